"""Tests of summitlens.text.turns: transcript speaker turns."""

from __future__ import annotations

import pytest

from summitlens.text.turns import label_pattern, speaker_turns


@pytest.mark.parametrize("text, name", [
    ("Vladimir Putin: Good afternoon.", "Vladimir Putin"),
    ("President of Russia Vladimir Putin: Colleagues,", "President of Russia Vladimir Putin"),
    ("President of the People's Republic of China Xi Jinping (retranslated): Dear friend,",
     "President of the People's Republic of China Xi Jinping"),
    ("Xi Jinping (via interpreter): Thank you.", "Xi Jinping"),
    ("the ratio was 3:1 overall", None),
])
def test_label_pattern(text, name):
    m = label_pattern().search(text)
    assert (m.group(1) if m else None) == name


def _turns(texts, paras=None, heads=None):
    n = len(texts)
    return speaker_turns(["d"] * n, paras or [1] * n, list(range(n)), texts, heads or [False] * n)


def test_speaker_holds_floor_until_next_label():
    t = _turns(["Vladimir Putin: Hello.", "We are friends.", "Xi Jinping: Indeed.", "Thanks."])
    assert [t[i][0] for i in range(4)] == ["Vladimir Putin", "Vladimir Putin", "Xi Jinping", "Xi Jinping"]
    assert t[2] == ("Xi Jinping", 12, "Vladimir Putin")


def test_no_label_no_turns_and_headlines_ignored():
    assert _turns(["Putin met Xi.", "They talked."]) == {}
    assert _turns(["Putin: a headline"], heads=[True]) == {}


def test_label_like_notes_are_not_speakers():
    assert _turns(["Note: this is a transcript.", "Read more: here."]) == {}


def test_label_mid_sentence_only_first_in_paragraph_or_retranslated():
    t = _turns(["Talks began. Vladimir Putin: Hello.", "Later on. Xi Jinping: Yes."], paras=[1, 1])
    assert t[0][0] == "Vladimir Putin" and t[1][0] == "Vladimir Putin"
    t = _turns(["Talks began. Vladimir Putin: Hello.", "Later on. Xi Jinping (retranslated): Yes."],
               paras=[1, 1])
    assert t[1][0] == "Xi Jinping"
