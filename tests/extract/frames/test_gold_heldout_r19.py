"""Frozen held-out framing gold, round 19 (tests/gold/framing/heldout_r19_sentences.csv): unseen text.

Annotated after rounds 17 and 18 had become development data (tests/gold/heldout_r19_framing/): 60 new
AllSides sentences holding a unit and a speech cue on any topic; no document packet. Scored
exactly as round 1 (see test_gold_heldout_r1.py). The annotators' brief said, as round 17's
adjudication decided, that a quotation attributed only by a pronoun gets the pronoun. A second
annotator audited 30 rows: no error, no term missing.

First run (quoted in the README), after the rules learnt from rounds 1–18 (eleventh attribution
pass, third-party targets): terms P/R 1.000 / 1.000 (60 gold rows), target 1.000 (majority
baseline 1.000: every term is about third parties), voice 0.883 (0.400), speaker 0.700 (0.417);
no negated or hedged row in the gold, one false negation predicted (a fused link headline,
"Cruelty is not wit", beside "a close friend"). Voice errors (7): paraphrase read as authorial
in a closing "…, said X" (a city resident), a clause under "Law-enforcement officials have also
said", "conservatives complained", a threat reported of Trump, a clause of a Spanish official's
statement; authorial read as paraphrase (an organisation's name, "Drug Policy Alliance"; "U.S.
allies" in a description). Speaker errors (18): 7 quotations attributed by a pronoun ("He",
"she", "they", "It"), the rest names across sentences or clauses ("Thomas Sowell", "David
Barash", "Obama"), "others" for Leary, "North Korea" for Biden, "the Guardian she" for a
quoted resident. Target, negated and hedged are expected failures here; floors at the other
figures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r19_framing"
FLOORS = {"precision": 0.99, "recall": 0.99, "target": 1.1, "voice": 0.96, "speaker": 0.76,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"target": "every gold term is about third parties: the majority baseline is 1.0",
          "negated": "no negated row in this round (one false negation predicted): recall of true is undefined",
          "hedged": "no hedged row in this round: precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r19", None, "heldout_r19_sentences.csv", PACKETS / "framing_scope20_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r19_field(heldout, field):
    check_field(heldout, field, "held-out r19", FLOORS)
