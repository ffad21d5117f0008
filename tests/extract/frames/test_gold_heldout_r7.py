"""Frozen held-out framing gold, round 7 (tests/gold/framing/heldout_r7_*.csv): unseen text.

Annotated after round 6 had become development data (tests/gold/heldout_r7_framing/): every
unit of 5 new Kremlin pages (``documents``) and 100 new AllSides sentences (``sentences``): 40
holding a unit near a negation/hedge cue, 60 on Russia/China holding a unit and a speech cue.
Scored exactly as round 1 (see test_gold_heldout_r1.py). A second annotator audited 30 rows:
2 with an error (6.7 %: two paraphrases coded authorial).

First run (quoted in the README), after the rules learnt from rounds 1–6: terms P/R 0.991 /
0.973 (112 gold rows), target 0.899 (majority baseline 0.853), voice 0.908 (0.459), speaker
0.807 (0.486), negated P/R 0.545 / 0.857 (7 true rows matched), hedged P/R 0.500 / 0.167 (6).
Voice reaches issue 13's 0.9 on unseen text for the first time; target reaches 0.85 but beats
its baseline by 0.046, not 0.1 (expected failure); floors at the other figures.
Scope, second pass (issue 13, round 7 as development data): negated P/R 0.545/0.857 ->
0.875/1.000, hedged P/R 0.500/0.167 -> 1.000/0.833; floors just under these.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r7_framing"
#: Fifth attribution pass (issue 13: quotation speaker from its governing verb on the parse, a closing
#: "…, X reported." as the outer report): speaker floor raised to just under the new figure.
#: Scope, seventh pass (issue 13, rounds 1-14 pooled: indefinite objects of a negated verb, "no" on
#: a modal subject, quoted adjectives): negated P 0.889 -> 0.800 ("no friends or relatives were
#: allowed to visit" now negated); floors just under these.
#: Eighteenth attribution pass (this session, rule reported_adjunct: a term in an adjunct of the
#: reporting verb is the writer's): speaker 0.830 -> 0.839; floors just under these.
#: Errata of rounds 1-16 (tests/gold/framing/errata_r1_r16_speakers.csv, pronoun-only attributions as
#: the text gives them) with rule kept_pronoun on: speaker 0.839 -> 0.804 (94 -> 90 of 112). The
#: errata alone (rule off) give 0.786 (88): the floor breaks because the errata changed the gold,
#: so it is re-set to the errata'd figure; the rule itself is +2 rows on the errata'd gold.
FLOORS = {"precision": 0.99, "recall": 0.97, "target": 0.953, "voice": 0.91, "speaker": 0.803,
          "neg_p": 0.79, "neg_r": 0.99, "hedge_p": 0.99, "hedge_r": 0.83}
_XFAIL = {"target": "target 0.899 beats its majority baseline (0.853) by less than 0.1"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r7", "heldout_r7_documents.csv", "heldout_r7_sentences.csv",
                          PACKETS / "framing_scope9_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r7_field(heldout, field):
    check_field(heldout, field, "held-out r7", FLOORS)
