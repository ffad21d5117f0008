"""Tests of summitlens.text.blurbs: link blurbs glued into news text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.text.blurbs import blank_spans, link_blurbs


@pytest.mark.parametrize("text, rest", [
    # a hover card: the full name repeats the surname glued to a headline, closed by MORE
    ("Gov. Ann Lee Ann Marie LeeCouncil votes on road plan in June MORE met the mayor.", " met the mayor."),
    ("Rep. Tom Hale Thomas HaleHouse passes budget bill MORE said on Monday.", " said on Monday."),
])
def test_link_blurbs_end_at_more(text, rest):
    (a, b), = link_blurbs(text)
    assert text[b:] == rest
    assert text[:a].endswith(("Lee", "Hale"))


@pytest.mark.parametrize("text", [
    "Ann Lee met the mayor in June.",
    "Lee and Lee MORE",                     # no headline glued to the repeated surname
    "Lee said more was needed.",
])
def test_no_blurb(text):
    assert link_blurbs(text) == []


def test_blank_spans_keeps_offsets():
    t = "Gov. Ann Lee Ann Marie LeeCouncil votes in June MORE met the mayor."
    spans = link_blurbs(t)
    blanked = blank_spans(t, spans)
    assert len(blanked) == len(t) and "June" not in blanked and blanked.endswith("met the mayor.")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes_and_spans_are_ordered(text):
    spans = link_blurbs(text)
    assert all(0 <= a <= b <= len(text) for a, b in spans)
    assert [a for a, _ in spans] == sorted(a for a, _ in spans)
    assert len(blank_spans(text, spans)) == len(text)
