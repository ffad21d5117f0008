"""Frozen held-out framing gold, round 39 (tests/gold/framing/heldout_r39_sentences.csv): unseen text.

Annotated while the passes of the session of 2026-12-03 (second) were in their worktrees (branched
before this draw; tests/gold/heldout_r39_framing/): 40 AllSides sentences holding a unit and a speech
cue (the negation/hedge-cue pool and the Russia/China-topic pool are empty, so no whole document and
every target is a third party). Scored exactly as round 1 (see test_gold_heldout_r1.py). A second
annotator audited every row (0 of 40 disputed).

First run (quoted in the README), after the rules learnt from rounds 1-38 and the framing pass of
the session of 2026-12-03 (second; governing_report, quantity_subject, writer_report on): terms P/R
1.000 / 0.975 (40 gold rows; missed one "partnership"); target 0.974 (n=39, majority baseline 1.000;
one "friends" given the relationship) — not measurable; voice 0.897 (baseline 0.462); speaker 0.769
(baseline 0.256); negated 0.000 / 0.000 and hedged 0.000 / 0.000 on the round's one row each. Voice
errors (4): "Israel's other Western allies" of a "referring to" clause and "a Trump friend" inside
"believed to be …" read as paraphrase; a headline quoted by "the Wall Street Journal announced" read
as authorial; a bracketed "[Libyan strongman …]" inside a quotation read as quoted. Speaker errors
(9): four pronoun speakers ("he", "she") left empty (pronoun speakers: an open convention), "His
bill", "the Wall Street Journal", "The reports" (given "the AP"), "the United States" of "referring
to … that the United States considers partners" (given Kerry), "He said she is 'surrounded by
friends'" (gold: the person named before). Negation missed: "To say they're friends … is a pretty
significant stretch"; hedge missed: "his \"friends,\" according to a Senate probe" (scare quotes).
Floors at the figures; target and hedged are expected failures (negated was one until the negation
pass below).

Nineteenth attribution pass (rounds 1-39 pooled; gloss_participles on): "Israel's other Western
allies" of the "referring to" clause is the writer's: voice 0.897 -> 0.923 (35 -> 36 of 39); floor
raised to 0.92. The bracket, headline and "according to" rows are fixed by rules that ship off
(bracket_insertion, title_reported, aside_source: frame_cues.yml).

Negation pass (rule dismissed_saying, frames.yml): "To say they're friends … is a pretty significant
stretch" is negated: negated 0.000 / 0.000 -> 1.000 / 1.000 on the round's one row; the expected
failure is lifted and the floors raised to the figures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r39_framing"
FLOORS = {"precision": 1.0, "recall": 0.97, "target": 0.99, "voice": 0.92, "speaker": 0.76,
          "neg_p": 1.0, "neg_r": 1.0, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"target": "target 0.974 under its majority baseline (1.000): every term is about third parties",
          "hedged": "hedged 0.000 / 0.000 on the round's one hedged row"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r39", None, "heldout_r39_sentences.csv", PACKETS / "framing_r39_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r39_field(heldout, field):
    check_field(heldout, field, "held-out r39", FLOORS)
