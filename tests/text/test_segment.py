"""Tests for summitlens.text.segment."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.text.segment import is_bullet, load_abbreviations, split_sentences, strip_bullet


def sents(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi met Putin. They talked.", ["Xi met Putin.", "They talked."]),
        ("Mr. Xi met Dr. Fauci and Gen. Milley.", ["Mr. Xi met Dr. Fauci and Gen. Milley."]),
        ("U.S. officials met. The U.S. delegation left.", ["U.S. officials met.", "The U.S. delegation left."]),
        ("Troops left the U.S. The talks ended.", ["Troops left the U.S.", "The talks ended."]),
        ("It came from the U.S. Senate.", ["It came from the U.S. Senate."]),
        ("They meet on Sept. 15 in Samarkand.", ["They meet on Sept. 15 in Samarkand."]),
        ("It takes effect Jan. 1. China agreed.", ["It takes effect Jan. 1.", "China agreed."]),
        ("J. R. R. Tolkien and George W. Bush wrote.", ["J. R. R. Tolkien and George W. Bush wrote."]),
        ("Trade hit $1.5 billion, up 3.5%. It grew.", ["Trade hit $1.5 billion, up 3.5%.", "It grew."]),
        ('"We are ready," he said. "We go now." He left.', ['"We are ready," he said.', '"We go now."', "He left."]),
        ("“Why?” he asked. Nobody knew!", ["“Why?” he asked.", "Nobody knew!"]),
        ("He said: “We are ready. We will go.” Then he left.",
         ["He said: “We are ready.", "We will go.”", "Then he left."]),
        ("The talks ended (finally.) Xi left.", ["The talks ended (finally.)", "Xi left."]),
        ("Meeks, D-N.Y., spoke. Sen. Paul, R-Ky., agreed.", ["Meeks, D-N.Y., spoke.", "Sen. Paul, R-Ky., agreed."]),
        ("Rep. Meeks of N.Y. said so at 9 p.m. on Friday.", ["Rep. Meeks of N.Y. said so at 9 p.m. on Friday."]),
        ("It was 9 p.m. The talks ended.", ["It was 9 p.m.", "The talks ended."]),
        ("Give it to . . . your president. Yes.", ["Give it to . . . your president.", "Yes."]),
        ("It ended. * * * Speech by Xi", ["It ended. * * *", "Speech by Xi"]),
        ("Line one\nLine two.", ["Line one", "Line two."]),
        ("Key points: • Xi arrives • Putin hosts", ["Key points:", "Xi arrives", "Putin hosts"]),
        ("• China’s ministry said so. Xi agreed.", ["China’s ministry said so.", "Xi agreed."]),
        ("习近平与普京会晤。双方讨论了合作！", ["习近平与普京会晤。", "双方讨论了合作！"]),
        ("No. 1 priority is trade. No. It is not.", ["No. 1 priority is trade.", "No.", "It is not."]),
        ("  padded sentence.  ", ["padded sentence."]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


@pytest.mark.parametrize(
    ("text", "bullet"),
    [("• Xi arrives", True), ("  – Talks follow.", True), ("- item", True), ("* item", True),
     ("⦁ item", True), ("-5 degrees", False), ("Xi – Putin", False), ("", False)],
)
def test_is_bullet(text: str, bullet: bool) -> None:
    assert is_bullet(text) is bullet
    assert (strip_bullet(text) > 0) is bullet


def test_custom_abbreviations(tmp_path) -> None:
    path = tmp_path / "abbr.yml"
    path.write_text("titles: [amb]\nbefore_number: []\nambiguous: []\nnever_final: []\nstarters: []\n")
    abbr = load_abbreviations(path)
    assert [(a, b) for a, b in split_sentences("Amb. Denisov spoke.", abbreviations=abbr)] == [(0, 19)]
    assert len(split_sentences("Mr. Denisov spoke.", abbreviations=abbr)) == 2


_WORDS = st.sampled_from(["Xi", "met", "Putin", "U.S.", "Mr.", "Sept.", "15", "$1.5", "“quote.”",
                          "end.", "Why?", "No!", "•", "–", "\n", "…", "J.", "a.m.", " ", "。"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_spans_are_in_bounds_ordered_and_disjoint(text: str) -> None:
    spans = split_sentences(text)
    prev_end = 0
    for a, b in spans:
        assert 0 <= prev_end <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        prev_end = b


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_spans_never_crash_and_cover_all_letters(text: str) -> None:
    spans = split_sentences(text)
    covered = set()
    for a, b in spans:
        covered.update(range(a, b))
    assert all(i in covered for i, c in enumerate(text) if c.isalnum())
