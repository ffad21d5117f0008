"""Frozen held-out framing gold, round 20 (tests/gold/framing/heldout_r20_sentences.csv): unseen text.

Annotated after round 19 had become development data (tests/gold/heldout_r20_framing/): 60 new
AllSides sentences holding a unit and a speech cue on any topic; no document packet. Scored
exactly as round 1 (see test_gold_heldout_r1.py). The annotators' brief gives a quotation
attributed only by a pronoun the pronoun. A second annotator audited 30 rows: two errors, one
adjudicated before freezing ("if you don't have local allies" negated), one left as the brief
says (a pronoun the auditor named from outside knowledge); no term missing.

First run (quoted in the README), after the rules learnt from rounds 1–19 (commit 15c292f):
terms P/R 0.982 / 0.948 (58 gold rows; missed "friends"/"friend" in three long sentences, a
neutral "regime" predicted), target 1.000 (majority baseline 1.000: every term is about third
parties), voice 0.836 (0.455), speaker 0.709 (0.364); negated P/R 0.500 / 1.000 (one true row;
"deny … domestic partnership benefits" predicted negated). Voice errors (9): show titles in
quotation marks ("Fox & Friends") read as quotations with a speaker, paraphrase read as
authorial ("Ford", "he"), a tweet's "@arthurbrooks"; speaker errors (16): 6 pronoun-attributed
quotations, descriptions taken for names ("a statement" for Emory University, "a detailed
report" for The Associated Press), speakers named in another sentence ("Lowry", "Hatch").
Target and hedged are expected failures here; floors at the other figures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r20_framing"
#: Twelfth attribution pass (written on r1-r19, measured here after this round's first run): voice
#: 0.836 -> 0.818, speaker 0.709 -> 0.691 (one row each; pooled r1-r20 the pass still fixes more
#: than it breaks). Floors just under these.
FLOORS = {"precision": 0.98, "recall": 0.94, "target": 1.1, "voice": 0.81, "speaker": 0.69,
          "neg_p": 0.5, "neg_r": 0.99, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"target": "every gold term is about third parties: the majority baseline is 1.0",
          "hedged": "no hedged row in this round: precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r20", None, "heldout_r20_sentences.csv", PACKETS / "framing_scope21_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r20_field(heldout, field):
    check_field(heldout, field, "held-out r20", FLOORS)
