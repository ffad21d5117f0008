"""The resolver's speed-ups change no match (issue 11): first-character grouping of alternations
(``patterns._factor``) and the per-rule literal prefilter (``Patterns.needs_text``). Invented
sentences only."""

from __future__ import annotations

import re
from datetime import date

import pytest

import summitlens.extract.dates.resolve as resolve_module
from summitlens.extract.dates import resolve_dates
from summitlens.extract.dates.patterns import _factor, compiled_patterns, foldable_text, required_literals

SENTENCES = [
    "The envoys met in Minsk on March 3 and will meet again next Tuesday, 2 weeks from now.",
    "EXPORTS ROSE IN THE FIRST HALF OF 2019 AND FELL LATER THAT YEAR",
    "a donation to March For Our Lives came last Sept. 30, the day before the vote.",
    "Over the past three years, and in the second quarter of last year, sales doubled.",
    "It has been 20 years since the treaty; a decade later the talks resumed, she said today.",
    "The \u212aremlin said on \u017funday that Christmas 2021 was quiet \u2014 as in early May.",
    "Wahlen im Frühjahr: the summit is set for mid-October or the weekend after Thanksgiving.",
]


@pytest.mark.parametrize("alts,text", [
    (["march", "may", "june", "mar"], "Mar"),
    (["march", "may", "june", "mar"], "mayor"),
    (["ab", "a", "Ab"], "Ab"),
    (["end\\s+of", "early", "e"], "end   of"),
    (["week", "weekend", "w"], "weekend"),
])
@pytest.mark.parametrize("flags", [0, re.I])
def test_factor_matches_like_the_plain_alternation(alts, text, flags):
    plain = re.compile("(?:" + "|".join(alts) + ")", flags)
    factored = re.compile(_factor(alts), flags)
    for pos in range(len(text)):
        a, b = plain.match(text, pos), factored.match(text, pos)
        assert (a and a.span()) == (b and b.span())


def test_factor_leaves_unsafe_alternations_plain():
    assert _factor(["ab", "Ab"]) == "(?:ab|Ab)"  # first characters differing only in case
    assert _factor(["a?b", "ac"]) == "(?:a?b|ac)"  # a quantified first character
    assert _factor([r"\.x", "ax"]) == r"(?:\.x|ax)"  # not a plain first character


def test_required_literals_are_necessary():
    for name, rx in compiled_patterns().rules:
        lits = required_literals(rx)
        for text in SENTENCES:
            folded = foldable_text(text)
            if folded is None or not lits:
                continue
            if rx.search(text):
                assert any(w in folded for w in lits), (name, text)


def test_foldable_text_refuses_characters_matching_ascii_letters():
    assert foldable_text("On \u017funday") is None  # long s matches "s"
    assert foldable_text("Frühjahr \u2014 May") == "frühjahr \u2014 may"


@pytest.mark.parametrize("text", SENTENCES + [s.lower() for s in SENTENCES] + [s.upper() for s in SENTENCES])
def test_prefilter_changes_no_expression(text, monkeypatch):
    a = date(2021, 6, 14)
    with_filter = resolve_dates(text, anchor=a)
    monkeypatch.setattr(resolve_module, "foldable_text", lambda t: None)  # every rule runs
    assert resolve_dates(text, anchor=a) == with_filter
