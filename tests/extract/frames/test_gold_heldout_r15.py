"""Frozen held-out framing gold, round 15 (tests/gold/framing/heldout_r15_sentences.csv): unseen text.

Annotated after round 14 had become development data (tests/gold/heldout_r15_framing/): 60 new
AllSides sentences, the last 28 holding a unit near a negation/hedge cue and 32 holding a unit
and a speech cue on any topic; no document packet. Scored exactly as round 1 (see
test_gold_heldout_r1.py). A second annotator audited 30 rows: none with an error; one term it
found missing was added before freezing.

First run (quoted in the README), after the rules learnt from rounds 1–14 (eighth attribution
and seventh scope passes): terms P/R 0.970 / 1.000 (64 gold rows; "Ally" as a first name and
"regime change" taken), target 1.000 (majority baseline 1.000: every term is about third
parties, so target cannot be measured here), voice 0.859 (0.484), speaker 0.719 (0.422),
negated P/R 0.800 / 0.800 (5 true rows), hedged P/R 0.667 / 1.000 (4). Of the 18 speaker
errors, 5 are pronoun speakers in the gold ("she", "he": the paragraph names no one) where the
extractor leaves the speaker empty; the rest are speakers of another clause ("Mike Pence" for
Trump, "Ingraham" for Hogg, "Rahami" for Amarjit Singh), paraphrase read as authorial ("his
family", "Zaborona", "Victoria Valentino") and the reverse (a poll, a title's subject). Target
is an expected failure (its baseline is 1.0); floors at the other figures.

Scope, eighth pass (rounds 1-15 pooled: "not as" over a description, quoted names no scare
quotes): negated P/R 0.800/0.800 -> 0.833/1.000 ("not as a boundless 'global war on terror'"),
hedged P 0.667 -> 0.800 (the “Friends” center); neg/hedge floors just under these.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r15_framing"
#: Tenth attribution pass (rounds 1-16 pooled: a term in the speaker phrase after a postposed verb is
#: authorial): voice 0.875 -> 0.891, speaker 0.734 -> 0.750; floors just under these.
FLOORS = {"precision": 0.96, "recall": 0.99, "target": 1.1, "voice": 0.89, "speaker": 0.74,
          "neg_p": 0.83, "neg_r": 0.99, "hedge_p": 0.79, "hedge_r": 0.99}
_XFAIL = {"target": "every gold term is about third parties: the majority baseline is 1.0"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r15", None, "heldout_r15_sentences.csv", PACKETS / "framing_scope17_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r15_field(heldout, field):
    check_field(heldout, field, "held-out r15", FLOORS)
