"""Frozen held-out framing gold, round 14 (tests/gold/framing/heldout_r14_sentences.csv): unseen text.

Annotated after round 13 had become development data (tests/gold/heldout_r14_framing/): 60 new
AllSides sentences holding a unit near a negation/hedge cue (any topic; no unused Russia/China
sentence with a speech cue is left); no document packet. Scored exactly as round 1 (see
test_gold_heldout_r1.py, with the own-occurrence scorer). A second annotator audited 30 rows:
one with an error (a determiner "No" on the term read as not negating it), adjudicated before
freezing with the one other row of that structure; no term missing.

First run (quoted in the README), after the rules learnt from rounds 1–13 (seventh attribution
and sixth scope passes): terms P/R 1.000 / 0.984 (63 gold rows; "authoritarianism" is not a
unit), target 1.000 (majority baseline 1.000: every term is about third parties, so target
cannot be measured here), voice 0.871 (0.452), speaker 0.839 (0.500), negated P/R 1.000 / 0.600
(15 true rows), hedged P/R 0.889 / 0.667 (12). Negations missed on the object of a negated verb
("did not elect a new dictator", "not getting elected dictator"), a determiner "No" ("No
alliance … can be", "No regime can be allowed"), a negated comparison ("not as sound-bite
friendly") and "not the case"; hedges missed on "supposedly"/"alleged to be" and scare quotes on
one word; paraphrase without quotation marks read as authorial ("Democrats … autocratic",
"Journalists … supposedly authoritarian"). Target is an expected failure (its baseline is 1.0);
floors at the other figures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r14_framing"
#: Scope, seventh pass (issue 13, rounds 1-14 pooled: indefinite objects of a negated verb, "no" on
#: a modal subject, quoted adjectives): negated P/R 1.000/0.600 -> 1.000/0.800, hedged P/R
#: 0.889/0.667 -> 0.900/0.750; floors just under these.
#: Scope, eighth pass (rounds 1-15 pooled: "not as" over a description, quoted names): negated R
#: 0.800 -> 0.867 ("not as sound-bite friendly"), hedged P 0.900 -> 1.000 ("watching "Friends""
#: no scare quote); floors just under these.
FLOORS = {"precision": 0.99, "recall": 0.98, "target": 1.1, "voice": 0.90, "speaker": 0.88,
          "neg_p": 0.99, "neg_r": 0.86, "hedge_p": 0.99, "hedge_r": 0.74}
_XFAIL = {"target": "every gold term is about third parties: the majority baseline is 1.0"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r14", None, "heldout_r14_sentences.csv", PACKETS / "framing_scope16_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r14_field(heldout, field):
    check_field(heldout, field, "held-out r14", FLOORS)
