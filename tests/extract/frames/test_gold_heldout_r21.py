"""Frozen held-out framing gold, round 21 (tests/gold/framing/heldout_r21_sentences.csv): unseen text.

Annotated after round 20 had become development data (tests/gold/heldout_r21_framing/): 60 new
AllSides sentences, 30 holding a unit with a negation or hedge cue near it and 30 a unit and a
speech cue; no document packet. Scored exactly as round 1 (see test_gold_heldout_r1.py). A
second annotator audited 26 rows: 3 errors (11.5 %), adjudicated before freezing (two quoted
words marked hedged, one writer's identification marked paraphrase); no term missing.

First run (quoted in the README), after the rules learnt from rounds 1-20 (commit 831b434):
terms P/R 1.000 / 1.000 (64 gold rows), target 1.000 (majority baseline 0.969: 62 of 64 terms are
about third parties, not measurable), voice 0.938 (0.516), speaker 0.766 (0.562), negated P/R
0.429 / 1.000 (3 true rows, 7 predicted: "no … regime", "never … brother", a family name read
as negated), hedged P/R 0 / 0 (1 true row, "reportedly good friends", missed; two quotations of a
speaker's own word predicted hedged). Speaker errors (15): 6 quotations attributed by a pronoun
(left empty by design), names from an earlier sentence ("Ryan", "Macron", "Benjamin Cole"), a
headline quotation ("Netanyahu"), a website as speaker, a description ("one of Cruz's
siblings") given as the name after it. Target and hedged are expected failures; floors just
under the other figures.
After the seventeenth attribution pass (hearsay_adverb switched on: "reportedly" on the term's
predicate hedges it), the one hedged row is found: hedged P/R 0.333 / 1.000 (was 0 / 0, an
expected failure); floors at those figures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r21_framing"
#: Twentieth attribution pass (rounds 1-41 pooled, quote_only_verbs): speaker 0.766 -> 0.797; floor just under it.
FLOORS = {"precision": 0.99, "recall": 0.99, "target": 1.1, "voice": 0.93, "speaker": 0.79,
          "neg_p": 0.42, "neg_r": 0.99, "hedge_p": 0.33, "hedge_r": 0.99}
_XFAIL = {"target": "62 of 64 gold terms are about third parties: the majority baseline is 0.969"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r21", None, "heldout_r21_sentences.csv", PACKETS / "framing_scope22_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r21_field(heldout, field):
    check_field(heldout, field, "held-out r21", FLOORS)
