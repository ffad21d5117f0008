"""Tests of summitlens.extract.gazetteer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.extract.gazetteer import find_entities, load_gazetteer


@pytest.fixture(scope="module")
def gz():
    return load_gazetteer()


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian President Vladimir Putin met Xi.", [("person", "putin"), ("person", "xi")]),
    ("China’s head of state and party leader Xi Jinping", [("person", "xi")]),
    ("Xi's visit to Moscow", [("person", "xi"), ("place", "Moscow")]),
    ("the SCO summit in Samarkand, Uzbekistan", [("occasion", "SCO_summit"), ("place", "Samarkand"),
                                                 ("country", "Uzbekistan")]),
    ("the opening of the Winter Olympics in Beijing", [("occasion", "Olympics"), ("place", "Beijing")]),
    ("Putin hosted top Chinese diplomat Wang Yi", [("person", "putin"), ("person", "wang_yi")]),
    ("Putin met Li Zhanshu at the Eastern Economic Forum", [("person", "putin"), ("person", "li_zhanshu"),
                                                            ("occasion", "Eastern_Economic_Forum")]),
    ("the G-20 summit in Osaka", [("occasion", "G20_summit"), ("place", "Osaka")]),
    ("Xiamen is not Xi", [("place", "Xiamen"), ("person", "xi")]),
    ("nothing here", []),
])
def test_find_entities(gz, text, expected):
    assert [(e.kind, e.id) for e in find_entities(text, gazetteer=gz)] == expected


def test_country_and_occasion_lookup(gz):
    assert gz.country_of("Kazan") == "Russia"
    assert gz.country_of("Brasilia") == "Brazil"
    assert gz.occasion_type("Victory_Day_parade") == "commemoration"
    assert set(gz.leaders()) == {"putin", "xi"}


def test_user_gazetteer(tmp_path):
    people = tmp_path / "people.yml"
    people.write_text("- id: abe\n  name: Shinzo Abe\n  role: leader_other\n  aliases: [Abe]\n")
    gz = load_gazetteer(people=people)
    assert [e.id for e in find_entities("Abe met Putin", gazetteer=gz)] == ["abe"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_crashes_and_offsets_point_at_surface(text):
    for e in find_entities(text):
        assert text[e.char_start:e.char_end] == e.surface
        assert 0 <= e.char_start < e.char_end <= len(text)


def test_countries_have_one_id_scheme(gz):
    assert gz.country_code("China") == "CN" and gz.country_code("Russia") == "RU"
    assert "Kremlin" in gz.country_words("Russia")
    # a country without `mentions` is referred to by its aliases
    assert gz.country_words("Brazil") == ("Brazil",)


def test_country_mentions_demonyms_and_metonyms(gz):
    from summitlens.extract.gazetteer import country_mentions

    text = "The Kremlin and Chinese officials met; Russia's envoy and the CCP agreed."
    got = [(c, text[a:b]) for c, a, b in country_mentions(text, countries=("Russia", "China"), gazetteer=gz)]
    assert got == [("Russia", "Kremlin"), ("Russia", "Russia"), ("China", "Chinese"), ("China", "CCP")]
    assert country_mentions("", gazetteer=gz) == []


def test_a_title_before_another_name_is_that_persons_title():
    ents = find_entities("Putin had a meeting with Chinese President Jiang Zemin.")
    assert "xi" not in {e.id for e in ents}
    assert {e.id for e in find_entities("Chinese President Xi Jinping spoke.")} == {"xi"}


_GZ = load_gazetteer()
_WORDS = sorted({w for c in _GZ.countries for w in _GZ.country_words(c)})


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from([" ", "-", "'s ", "x", "U", ".", "\u00e9"]),
                          st.text(max_size=4)), max_size=12))
def test_country_mentions_prefilter_changes_nothing(parts):
    """The substring prefilter (countries_named) only skips countries whose regex cannot match."""
    from summitlens.extract.gazetteer import country_mentions

    text = "".join(parts)
    every = [(cid, m.start(), m.end()) for cid in _GZ.countries for m in _GZ.country_pattern(cid).finditer(text)]
    assert country_mentions(text, gazetteer=_GZ) == every
