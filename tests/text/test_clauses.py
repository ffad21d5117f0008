"""Tests of summitlens.text.clauses: clause-bounded word windows."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.text.clauses import STRONG_MARKS, clause_start, words_before


@pytest.mark.parametrize("text, pos, breaks, window, expected", [
    ("China is not a dictatorship", 15, frozenset(), 8, "China is not a "),
    ("Not allies, but partners", 16, frozenset({"but"}), 8, " "),
    ("Not allies, yet partners", 16, frozenset(), 8, " yet "),
    ("one two three four five", 19, frozenset(), 2, "three four "),
    ("x (not) partners", 8, frozenset(), 8, " "),
    ("x - not partners", 8, frozenset(), 8, "not "),
    ("", 0, frozenset(), 8, ""),
])
def test_clause_start(text, pos, breaks, window, expected):
    assert text[clause_start(text, pos, breaks=breaks, window_words=window):pos] == expected


def test_strong_marks_keep_commas():
    t = "so-called, partnership"
    assert t[clause_start(t, 11, window_words=5, marks=STRONG_MARKS):11] == "so-called, "


def test_words_before():
    assert [m.group(0) for m in words_before("Russia's ties don't end", 23, 3)] == ["ties", "don't", "end"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.integers(min_value=0, max_value=80))
def test_property_start_within_bounds(text, pos):
    pos = min(pos, len(text))
    assert 0 <= clause_start(text, pos) <= pos
