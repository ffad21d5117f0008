"""Frozen held-out framing gold, round 38 (tests/gold/framing/heldout_r38_*.csv): unseen text.

Annotated while this session's passes were in their worktrees (branched before this draw;
tests/gold/heldout_r38_framing/): 40 AllSides sentences holding a unit and a speech cue and, as a
whole document, the 2020 Kremlin transcript "Meeting with Government members". Scored exactly as
round 1 (see test_gold_heldout_r1.py). A second annotator audited every row (50), disputed 1
(adjudicated) and found none missing.

First run (quoted in the README), after the rules learnt from rounds 1-37 and this session's
framing pass (long_title, unanswered_role, title_name, previous_subject on): terms P/R 1.000 /
0.940 (50 gold rows; missed "friendliness" and two "authoritarianism", derived forms the lexicon
does not list: an open call of the annotator); target 1.000 (n=47, majority baseline 1.000: every
term about third parties) — not measurable; voice 0.894 (baseline 0.617); speaker 0.766
(baseline 0.255); negated 1.000 / 1.000 on the round's one negated row; no hedged row. Voice
errors (5): four attributed paraphrases ("according to news accounts", "officials said", "sources
close to the president", a union official's view) read as authorial, a "friends" read as a
paraphrase of "I". Speaker errors (11): those paraphrases' sources left empty, the pronoun "he"
of two quotations left empty (the annotator kept it), a poll's "60 percent" and a TV station
given as speakers, a professor quoted on Obama's words given the quotation (gold: Obama).
Floors at the figures; target and hedged are expected failures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r38_framing"
#: Framing pass after round 38 (rule governing_report: "…, Kurdish and U.S. officials said" and "according to
#: news accounts" on the parse): voice 0.894 -> 0.915, speaker 0.766 -> 0.809; rule writer_report ("When I
#: told them that I'd attended a Nationals game with some liberal friends" is the writer's): voice 0.936,
#: speaker 0.830; floors just under these.
FLOORS = {"precision": 1.0, "recall": 0.94, "target": 0.99, "voice": 0.93, "speaker": 0.82,
          "neg_p": 1.0, "neg_r": 1.0, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"target": "target 1.000 at its majority baseline (1.000): every term is about third parties",
          "hedged": "no hedged row in this round: precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r38", "heldout_r38_documents.csv", "heldout_r38_sentences.csv",
                          PACKETS / "framing_r38_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r38_field(heldout, field):
    check_field(heldout, field, "held-out r38", FLOORS)
