"""Frozen held-out framing gold, round 6 (tests/gold/framing/heldout_r6_*.csv): unseen text.

Annotated after round 5 had become development data (tests/gold/heldout_r6_framing/): every
unit of 5 new Kremlin pages (``documents``) and 100 new AllSides sentences (``sentences``): 50
holding a unit near a negation/hedge cue (on any topic: the Russia/China pool of such sentences
was exhausted) and 50 on Russia/China holding a unit and a speech cue. Scored exactly as round
1 (see test_gold_heldout_r1.py). A second annotator audited 30 rows: 1 with an error (3.3 %:
an attributed quotation given no speaker).

First run (quoted in the README), after the rules learnt from rounds 1–5: terms P/R 0.991 /
0.950 (120 gold rows), target 0.886 (majority baseline 0.851), voice 0.807 (0.439), speaker
0.640 (0.482), negated P/R 0.722 / 0.867 (15 true rows), hedged P/R 0.750 / 0.750 (8 true
rows). Target reaches issue 13's 0.85 but beats its baseline by 0.035, not 0.1 (the round is
mostly about third parties), so it is an expected failure; floors sit at the other figures.
Third attribution pass (issue 13: round 6 as development data; subjects of reporting verbs on
the parse, speech-noun possessors, parentheses and the speaker's own noun phrase authorial,
titles in quotation marks, link blurbs skipped): voice 0.807 -> 0.868, speaker 0.640 -> 0.781;
floors just under these.
Scope, second pass (issue 13, rounds 6-7 as development data): negated P/R 0.722/0.867 ->
1.000/1.000, hedged P/R 0.750/0.750 -> 1.000/1.000; floors just under these.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r6_framing"
#: Fourth attribution pass (issue 13, rounds 8-9 studied: continued quotations in the paragraph,
#: a title's period after an inverted verb, a title-only subject's name, a reporting
#: verb's own clause): speaker 0.789 -> 0.807; floors just under these.
# Seventh attribution pass (term units as ANNOTATION.md lists them) and the scorer's
# own-occurrence change: a newly found "might be friendlier" hedged in the gold is missed (hedged
# R 1.000 -> 0.889), and a repeated term now scored at its own occurrence is missed as negated
# (negated R 1.000 -> 0.933); voice 0.868 -> 0.905. Floors just under these.
#: Eleventh attribution pass (lead-in paragraphs before a block quotation): speaker 0.802 -> 0.810.
#: Framing pass after round 38 (rule governing_report: a verb of saying or "according to" governing the
#: term's clause on the parse): voice 0.914 -> 0.922, speaker 0.810 -> 0.819; floors just under these.
#: Twentieth attribution pass (rounds 1-41 pooled, quote_only_verbs): speaker 0.819 -> 0.828
#: (96 of 116); floor just under it.
FLOORS = {"precision": 0.99, "recall": 0.949, "target": 0.951, "voice": 0.92, "speaker": 0.827,
          "neg_p": 0.99, "neg_r": 0.93, "hedge_p": 0.99, "hedge_r": 0.88}
_XFAIL = {"target": "target 0.886 beats its majority baseline (0.851) by less than 0.1"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r6", "heldout_r6_documents.csv", "heldout_r6_sentences.csv",
                          PACKETS / "framing_scope8_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r6_field(heldout, field):
    check_field(heldout, field, "held-out r6", FLOORS)
