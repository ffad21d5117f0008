"""Frozen held-out framing gold, round 11 (tests/gold/framing/heldout_r11_sentences.csv): unseen text.

Annotated while round 10 waited for its first run (tests/gold/heldout_r11_framing/): 100 new
AllSides sentences, 60 holding a unit near a negation/hedge cue (any topic) and 40 on
Russia/China holding a unit and a speech cue; no document packet. Scored exactly as round 1
(see test_gold_heldout_r1.py). A second annotator audited 30 rows: 1 with an error (3.3 %:
"so-called" on a name, "Five Eyes allies", marked hedged), and no term missing.

First run (quoted in the README), after the rules learnt from rounds 1–10 (fifth attribution
and fourth scope passes): terms P/R 0.972 / 0.972 (108 gold rows; verb forms "partnered",
"partnering" taken for units), target 0.943 (majority baseline 0.848), voice 0.895 (0.400),
speaker 0.752 (0.505), negated P/R 0.929 / 0.722 (18 true rows matched), hedged P/R 1.000 /
0.875 (8). Speakers missed for reported clauses without quotation marks ("U.S. officials say",
"a bipartisan group of lawmakers … urging") and named by a title or description only in the
sentence ("the Texas senator", "Senate Republican" for Cornyn). Target beats its baseline by
0.095, not 0.1 (expected failure); floors at the other figures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r11_framing"
#: Scope, fifth pass (issue 13, rounds 1-12 pooled: "impose" a support verb): negated P/R
#: 0.929/0.722 -> 0.933/0.778; floor just under it.
#: Scope, seventh pass (issue 13, rounds 1-14 pooled: indefinite objects of a negated verb, "no" on
#: a modal subject, quoted adjectives): negated P/R 0.941/0.842 -> 0.944/0.895; floors just under
#: these.
#: Target pass (rounds 1-13, 18, 22 pooled: side titles, lists, third-party owners, definite
#: anaphors): target 0.943 -> 0.962, which beats its baseline (0.848) by 0.1: the expected
#: failure is lifted, floor just under the figure.
FLOORS = {"precision": 0.97, "recall": 0.97, "target": 0.96, "voice": 0.90, "speaker": 0.78,
          "neg_p": 0.94, "neg_r": 0.89, "hedge_p": 0.99, "hedge_r": 0.87}
_XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r11", None, "heldout_r11_sentences.csv", PACKETS / "framing_scope13_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r11_field(heldout, field):
    check_field(heldout, field, "held-out r11", FLOORS)
