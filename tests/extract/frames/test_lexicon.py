"""Tests of summitlens.extract.frames.lexicon: patterns, compiling, user lexicons."""

from __future__ import annotations

import pytest

from summitlens.extract.frames import frame_text
from summitlens.extract.frames.lexicon import expand_pattern, lexicon_from_dict, load_lexicon



@pytest.mark.parametrize("pattern, expected", [
    ("dictator{,s}", ["dictator", "dictators"]),
    ("{a,b} {c,d}", ["a c", "a d", "b c", "b d"]),
    ("no limits", ["no limits"]),
    ("{x ,}y", ["x y", "y"]),
])
def test_expand_pattern(pattern, expected):
    assert expand_pattern(pattern) == expected



def test_duplicate_form_rejected():
    with pytest.raises(ValueError):
        lexicon_from_dict({"terms": [{"id": "a", "category": "x", "term": "ally"},
                                     {"id": "b", "category": "y", "term": "all{y,ies}"}]})


def test_user_category():
    lx = lexicon_from_dict({"terms": [{"id": "war", "category": "conflict", "term": "war{,s}"}]})
    df = frame_text("Russia's war in Ukraine.", lexicon=lx)
    assert df[["surface", "category"]].values.tolist() == [["war", "conflict"]]


def test_vocabulary_lists_forms():
    assert "dictatorship" in load_lexicon().vocabulary


def test_derived_noun_only_in_extended_lexicon():
    """"authoritarianism" ships off (core: false): the rounds disagree on it (frames.yml)."""
    assert "authoritarianism" not in load_lexicon().vocabulary
    assert "authoritarianism" in load_lexicon(extended=True).vocabulary


def test_rules_off_switches_an_exclusion_off():
    """An exclusion id listed in ``rules_off`` stays in the file but no longer drops matches."""
    from summitlens.extract.frames.lexicon import lexicon_from_dict

    data = {"terms": [{"id": "friend", "category": "partnership", "term": "friend{,s}"}],
            "exclusions": [{"id": "friend_collocations", "terms": ["friend"], "after": r"^\s+or foe\b"}]}
    assert [x.rule_id for x in lexicon_from_dict(data).exclusions] == ["friend_collocations"]
    assert lexicon_from_dict({**data, "rules_off": ["friend_collocations"]}).exclusions == []
