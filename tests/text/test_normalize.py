"""Tests for summitlens.text.normalize."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.text.normalize import MATCH_TABLE, normalize_unicode, to_match_form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\r\nb\rc\u2028d\u2029e\x85f", "a\nb\nc\nd\ne\nf"),
        ("Xi\u200b Jin\u00adping\ufeff", "Xi Jinping"),
        ("bell\x07 and\x00 nul", "bell and nul"),
        ("\u202eRLO\u202c and \u200eLRM", "RLO and LRM"),
        ("Cafe\u0301", "Café"),
        ("tab\tkept", "tab\tkept"),
        ("ZWJ\u200d and ZWNJ\u200c kept", "ZWJ\u200d and ZWNJ\u200c kept"),
        ("“curly” – kept", "“curly” – kept"),
    ],
)
def test_normalize_unicode(text: str, expected: str) -> None:
    assert normalize_unicode(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u201cno limits\u201d", '"no limits"'),
        ("Xi\u2019s \u2018deal\u2019", "Xi's 'deal'"),
        ("2019\u20132020 \u2014 talks \u2212 5", "2019-2020 - talks - 5"),
        ("Xi\u00a0Jinping\u202fand\u2009Putin", "Xi Jinping and Putin"),
        ("\u00abPutin\u00bb", '"Putin"'),
        ("ＡＢＣ１２３", "ABC123"),
        ("ellipsis… stays", "ellipsis… stays"),
        ("Пу́тин", "Пу́тин"),
    ],
)
def test_to_match_form(text: str, expected: str) -> None:
    assert to_match_form(text) == expected


def test_match_table_is_one_to_one() -> None:
    assert all(len(v) == 1 for v in MATCH_TABLE.values())


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=300))
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_unicode(text)
    assert normalize_unicode(once) == once
    assert "\r" not in once


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=300))
def test_match_form_preserves_length_and_offsets(text: str) -> None:
    text = normalize_unicode(text)
    match = to_match_form(text)
    assert len(match) == len(text)
    assert to_match_form(match) == match
    for i, (a, b) in enumerate(zip(text, match)):
        assert a == b or MATCH_TABLE[ord(a)] == b, i
