"""Frozen held-out framing gold, round 12 (tests/gold/framing/heldout_r12_sentences.csv): unseen text.

Annotated while round 11 was development data (tests/gold/heldout_r12_framing/): 100 new
AllSides sentences, 60 holding a unit near a negation/hedge cue (any topic) and 40 on
Russia/China holding a unit and a speech cue; no document packet. Scored exactly as round 1
(see test_gold_heldout_r1.py). A second annotator audited 30 rows: 1 with an error (3.3 %: an
interview answer marked authorial), and no term missing.

First run (quoted in the README), after the rules learnt from rounds 1–11 (sixth attribution
pass: names in apposition, pronoun subjects, job titles): terms P/R 0.991 / 0.991 (111 gold
rows), target 0.882 (majority baseline 0.873), voice 0.873 (0.400), speaker 0.800 (0.491),
negated P/R 0.857 / 0.667 (18 true rows), hedged P/R 0.600 / 0.500 (12). Hedges missed on
perception verbs ("it seemed they might have been allies", "seen as … friendly", "it is said")
and scare quotes on single words; negations missed on contrasts ("The signs you take as
dictatorship … not"); speakers missed for sources that are not persons ("Iran hawks", "the
report", "prosecutors"). Target beats its baseline by 0.009 (expected failure); floors at the
other figures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r12_framing"
#: Scope, seventh pass (issue 13, rounds 1-14 pooled: indefinite objects of a negated verb, "no" on
#: a modal subject, quoted adjectives): negated P/R 0.882/0.833 -> 0.889/0.889; floors just under
#: these.
#: Tenth attribution pass (rounds 1-16 pooled: a term in the speaker phrase after a postposed verb is
#: authorial): voice 0.891 -> 0.900, speaker 0.818 -> 0.827; floors just under these.
#: Framing pass after round 38 (rule writer_report: "I fear we have not, friends" is the writer's):
#: voice 0.909 -> 0.918, speaker 0.855 -> 0.864; floors just under these.
#: Framing pass of rounds 1-41 pooled (impersonal_own_predicate): hedged P 0.700 -> 0.778; floor just under it.
#: Errata of rounds 1-16 (tests/gold/framing/errata_r1_r16_speakers.csv, pronoun-only attributions as
#: the text gives them) with rule kept_pronoun on: speaker 0.864 -> 0.855 (95 -> 94 of 110). The
#: errata alone (rule off) give 0.836 (92): the floor breaks because the errata changed the gold,
#: so it is re-set to the errata'd figure; the rule itself is +2 rows on the errata'd gold.
FLOORS = {"precision": 0.99, "recall": 0.99, "target": 0.973, "voice": 0.91, "speaker": 0.854,
          "neg_p": 0.88, "neg_r": 0.88, "hedge_p": 0.77, "hedge_r": 0.50}
_XFAIL = {"target": "target 0.882 beats its majority baseline (0.873) by less than 0.1"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r12", None, "heldout_r12_sentences.csv", PACKETS / "framing_scope14_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r12_field(heldout, field):
    check_field(heldout, field, "held-out r12", FLOORS)
