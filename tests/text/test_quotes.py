"""Tests of summitlens.text.quotes: quotation spans."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.text.quotes import quote_containing, quote_spans


@pytest.mark.parametrize("text, expected", [
    ('He said "no limits".', [(8, 19)]),
    ("\u201cWe are friends,\u201d he said.", [(0, 17)]),
    ("Russia's ties", []),
    ("the leaders' summit", []),
    ("\u2018boundless\u2019 ties", [(0, 11)]),
    ("\u201cOpen quote runs on", [(0, 19)]),
    # An opening mark typed to close a quotation (touching a word on its left only).
    ("\u201cGood news!\u201c Trump tweeted.", [(0, 12)]),
    ("\u201cA\u201d and \u201cB\u201d", [(0, 3), (8, 11)]),
])
def test_quote_spans(text, expected):
    assert quote_spans(text) == expected


@pytest.mark.parametrize("spans, start, end, expected", [
    ([(8, 19)], 9, 12, (8, 19)),
    ([(8, 19)], 0, 9, (8, 19)),
    ([(8, 19)], 7, 20, (8, 19)),
    ([(8, 19)], 19, 22, None),
    ([], 0, 1, None),
])
def test_quote_containing(spans, start, end, expected):
    assert quote_containing(spans, start, end) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab '\"\u201c\u201d\u2018\u2019.,", max_size=80))
def test_property_spans_sorted_in_range_start_on_a_quote(text):
    spans = quote_spans(text)
    assert spans == sorted(set(spans))
    for a, b in spans:
        assert 0 <= a < b <= len(text)
        assert text[a] in "'\"\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb"
