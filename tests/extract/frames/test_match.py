"""Tests of summitlens.extract.frames.match: boundaries, longest match, exclusions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.extract.frames.match import find_terms



@pytest.mark.parametrize("text, surfaces", [
    ("The dictatorship fell.", ["dictatorship"]),
    ("Dictators and despots.", ["Dictators", "despots"]),
    ("an autocratic regime", ["autocratic", "regime"]),
    # compound formulas are split (ANNOTATION.md)
    ("a no-limits partnership", ["no-limits", "partnership"]),
    ('a "no limits" partnership', ["no limits", "partnership"]),
    ("a strong-man ruler", ["strong-man"]),
    ("comprehensive strategic partnership", ["comprehensive strategic partnership"]),
    ("deepening Russian-Chinese cooperation", []),  # not a unit of ANNOTATION.md (extended lexicon)
    ("Russia's ally", ["ally"]),
    # boundaries: no match inside words
    ("really totally dictatorially", ["dictatorially"]),
    ("allyship, rallying, tally", []),
    ("the partnerships", ["partnerships"]),
    ("mini-dictator", ["dictator"]),
    # exclusions
    ("He is a business partner at a law firm.", ["partner"]),  # kept, flagged economic (ANNOTATION.md)
    ("his former partners and a sparring partner", ["partners", "partner"]),  # partner(s): units
    ("a user-friendly app, friendlier ties, the friendliest nation", ["friendly", "friendlier", "friendliest"]),
    ("They partnered with Ford, partnering again.", []),  # verb forms: no unit of ANNOTATION.md
    ("China is Russia's largest trading partner.", ["partner"]),  # kept, flagged economic
    ("The sanctions regime and the visa-free regime.", []),
    ("the Trans-Pacific Partnership", ["Partnership"]),  # kept, flagged proper_name
    ("They crushed the protest.", []),
    ("limitless natural resources", ["limitless"]),  # boundless_other off: a unit whatever it qualifies
    ("a friend of mine", []),  # friend_idioms
    ("friends and family, friend or foe", ["friends", "friend"]),  # friend_collocations off
    ("in partnership with Ford", ["partnership"]),  # in_partnership_with off
    ("friendly fire", ["friendly"]),  # friendly_fire off
    ("an inspections regime, a testing regime, an antitrust regime", []),  # regime_technical
    ("a liberal-democratic regime such as ours", []),  # regime_democratic
    ("the Assad regime and a military regime", ["regime", "regime"]),
    ("the president's allies in Congress", ["allies"]),  # political_allies off
    ("", []),
])
def test_find_terms_surfaces(text, surfaces):
    assert [text[s:e] for s, e, _ in find_terms(text)] == surfaces


def test_longest_match_wins():
    text = "the comprehensive partnership and strategic cooperation between them"
    assert [text[s:e] for s, e, _ in find_terms(text)] == ["comprehensive partnership", "strategic cooperation"]


def test_extended_lexicon_keeps_the_longer_formulas():
    from summitlens.extract.frames.lexicon import load_lexicon

    text = "deepening Russian-Chinese cooperation"
    assert [text[s:e] for s, e, _ in find_terms(text, lexicon=load_lexicon(extended=True))] == [text]


@pytest.mark.parametrize("text, flag", [
    ("China is Russia's largest trading partner.", "economic"),
    ("They signed the Treaty of Friendship in 2001.", "proper_name"),
    ("He appeared on Fox & Friends.", "proper_name"),
    ("Russia is China's strategic partner.", ""),
    ("He met his business partner.", "economic"),
])
def test_flags(text, flag):
    from summitlens.extract.frames import frame_text

    assert frame_text(text)["flag"].tolist() == [flag]




@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_property_offsets_in_range(text):
    for s, e, _ in find_terms(text):
        assert 0 <= s < e <= len(text)
