"""Frozen held-out framing gold, round 10 (tests/gold/framing/heldout_r10_sentences.csv): unseen text.

Annotated after round 9 had become development data (tests/gold/heldout_r10_framing/): 100 new
AllSides sentences, 60 holding a unit near a negation/hedge cue (any topic) and 40 on
Russia/China holding a unit and a speech cue; no document packet. Scored exactly as round 1
(see test_gold_heldout_r1.py). A second annotator audited 30 rows: 3 with an error (10 %: "not
for regime change" marked negated, two sentences under "It said …" / "according to two
sources" marked authorial), and no term missing.

First run (quoted in the README), after the rules learnt from rounds 1–9 (fourth attribution
and third scope passes): terms P/R 1.000 / 0.983 (115 gold rows), target 0.938 (majority
baseline 0.885: nearly every term is about third parties), voice 0.805 (0.451), speaker 0.761
(0.513), negated P/R 0.783 / 0.643 (28 true rows), hedged P/R 0.750 / 0.857 (7). Negation
misses denials outside the term's own predicate ("Never the best of friends", "not a friend",
"no longer an ally", "not by executive autocrats"); speakers missed for a quotation after a
name and a colon, reported clauses ("It said …"), quoted transcript names in capitals. Target
beats its baseline by 0.053, not 0.1 (expected failure); floors at the other figures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r10_framing"
#: Scope, fourth pass (issue 13, rounds 1-10 pooled: "not" opening a predicative or verbless
#: phrase — "an obstacle, not an ally", "not as allies", "Never the best of friends" — and negated
#: comparisons, "no closer ally than"): negated P/R 0.783/0.643 -> 0.885/0.821; floors just under.
#: Scope, sixth pass (issue 13, rounds 1-13 pooled: "not for regime change" as a negated PP
#: predicate, the row the audit doubted; nested scare quotes "'fat friend'" on): negated P/R
#: 0.885/0.821 -> 0.889/0.857, hedged P/R 0.750/0.857 -> 0.778/1.000; floors just under these.
#: Eighteenth attribution pass (this session, rule reported_adjunct: a term in an adjunct of the
#: reporting verb is the writer's): voice 0.841 -> 0.850, speaker 0.814 -> 0.823; floors just under these.
#: Errata of rounds 1-16 (tests/gold/framing/errata_r1_r16_speakers.csv, pronoun-only attributions as
#: the text gives them) with rule kept_pronoun on: speaker 0.823 -> 0.779 (93 -> 88 of 113). The
#: errata alone (rule off) give 0.779 (88): the floor breaks because the errata changed the gold,
#: so it is re-set to the errata'd figure; the rule itself is +0 rows on the errata'd gold (+3 / -3: the
#: three lost are authorial rows read as paraphrases, "He openly praised dictators -- not as allies",
#: whose voice was already wrong and whose empty speaker was right only because "He" was dropped).
FLOORS = {"precision": 0.99, "recall": 0.98, "target": 0.985, "voice": 0.845, "speaker": 0.778,
          "neg_p": 0.88, "neg_r": 0.85, "hedge_p": 0.77, "hedge_r": 0.99}
_XFAIL = {"target": "target 0.938 beats its majority baseline (0.885) by less than 0.1"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r10", None, "heldout_r10_sentences.csv", PACKETS / "framing_scope12_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r10_field(heldout, field):
    check_field(heldout, field, "held-out r10", FLOORS)
