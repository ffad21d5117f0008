"""Frozen held-out framing gold, round 32 (tests/gold/framing/heldout_r32_sentences.csv): unseen text.

Annotated after round 31 had become development data (tests/gold/heldout_r32_framing/): 50 new
AllSides sentences with a negation or hedge cue near a unit, none about Russia or China; no
document packet. Scored exactly as round 1 (see test_gold_heldout_r1.py). A second annotator
audited 25 rows and disputed 3 (open calls, kept).

First run (quoted in the README), after the rules learnt from rounds 1-31 (framing negation/voice
pass, title_interview on): terms P/R 0.959 / 0.979 (48 gold rows); target 1.000 (every row
`other`: majority baseline 1.000, not gated); voice 0.894 (n=47, baseline 0.596); speaker 0.872
(baseline 0.617); negated P/R 0.333 / 0.333 (3 true); hedged 1.000 / 0.667 (3 true).
Voice errors: terms naming people or things inside a reported event read as the source's
paraphrase ("regime" in an intelligence officials' statement, "a close friend" of a person the
book describes, "friends" and "brother" in "reportedly" clauses), and "says … a new era" of an
analyst read as authorial. Speakers: two pronoun speakers ("he", "she") left empty, an outlet
("Mediaite") missed. Negation missed: "doing little to make friends", "without turning into a
dictatorship"; predicted on "shrugged off a lack of … allies" and "had it not been for an
extraordinary partner". Hedge missed: "alleged Mr Mueller was \"best friends\" with".
Floors at the figures; target is an expected failure (every row `other`).
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r32_framing"
FLOORS = {"precision": 0.95, "recall": 0.97, "target": 1.0, "voice": 0.89, "speaker": 0.87,
          "neg_p": 0.33, "neg_r": 0.33, "hedge_p": 1.0, "hedge_r": 0.66}
_XFAIL = {"target": "every row is `other`: the majority baseline is 1.000, nothing to beat"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r32", None, "heldout_r32_sentences.csv", PACKETS / "framing_r32_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r32_field(heldout, field):
    check_field(heldout, field, "held-out r32", FLOORS)
