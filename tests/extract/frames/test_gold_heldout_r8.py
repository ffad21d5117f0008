"""Frozen held-out framing gold, round 8 (tests/gold/framing/heldout_r8_sentences.csv): unseen text.

Annotated after round 7 had become development data (tests/gold/heldout_r8_framing/): 100 new
AllSides sentences, 60 holding a unit near a negation/hedge cue (any topic) and 40 on
Russia/China holding a unit and a speech cue; no document packet. Scored exactly as round 1
(see test_gold_heldout_r1.py). A second annotator audited 30 rows: 4 with an error (13 %: a
verb form "partnering" annotated as a unit, two negations that scope over another word, one
attributed quotation given no speaker).

First run (quoted in the README), after the rules learnt from rounds 1–7: terms P/R 0.990 /
0.963 (107 gold rows), target 0.932 (majority baseline 0.932: nearly every term is about
third parties), voice 0.835 (0.515), speaker 0.748 (0.650), negated P/R 0.875 / 0.700 (20
true rows matched), hedged P/R 0.667 / 0.364 (11). Target and speaker do not beat their
baselines by 0.1 (expected failures); floors at the other figures.
Scope, third pass (issue 13, rounds 8-9 as development data: negated support verbs, quoted nouns
after an article or number as scare quotes unless a reporting verb calls them so): negated P/R
0.875/0.700 -> 0.882/0.750, hedged P/R 0.667/0.364 -> 0.700/0.636; floors just under these.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r8_framing"
#: Fourth attribution pass (issue 13, rounds 8-9 studied: continued quotations in the paragraph,
#: a title's period after an inverted verb, a title-only subject's name, a reporting
#: verb's own clause): speaker 0.748 -> 0.777, now beating its baseline (0.650) by 0.127: the
#: expected failure on speaker is lifted; floors just under these.
#: Fifth attribution pass (issue 13: quotation speaker from its governing verb on the parse, a closing
#: "…, X reported." as the outer report): speaker floor raised to just under the new figure.
# Seventh attribution pass (newly found "friendlier" and "user-friendly" rows with wrong speakers)
# and the scorer's own-occurrence change: speaker 0.806 -> 0.790, negated P/R 0.889/0.762 ->
# 0.850/0.810. Floors just under these.
#: Scope, seventh pass (issue 13, rounds 1-14 pooled: indefinite objects of a negated verb, "no" on
#: a modal subject, quoted adjectives): negated R 0.810 -> 0.857; floors just under these.
#: Tenth attribution pass (rounds 1-16 pooled: a term in the speaker phrase after a postposed verb is
#: authorial): voice 0.838 -> 0.867, speaker 0.790 -> 0.819; floors just under these.
#: Eighteenth attribution pass (this session, rule reported_adjunct: a term in an adjunct of the
#: reporting verb is the writer's): voice 0.867 -> 0.886, speaker 0.829 -> 0.848; floors just under these.
#: Negation pass of rounds 1-39 pooled (rule dismissed_saying: "hard to call friendly", "a mistake to
#: think we could find loyal allies"): negated P/R 0.900/0.857 -> 0.909/0.952; floors just under these.
#: Errata of rounds 1-16 (tests/gold/framing/errata_r1_r16_speakers.csv, pronoun-only attributions as
#: the text gives them) with rule kept_pronoun on: speaker 0.857 -> 0.838 (90 -> 88 of 105). The
#: errata alone (rule off) give 0.781 (82): the floor breaks because the errata changed the gold,
#: so it is re-set to the errata'd figure; the rule itself is +6 rows on the errata'd gold.
FLOORS = {"precision": 0.99, "recall": 0.96, "target": 1.0, "voice": 0.88, "speaker": 0.838,
          "neg_p": 0.9, "neg_r": 0.95, "hedge_p": 0.69, "hedge_r": 0.63}
_XFAIL = {"target": "target 0.932 equals its majority baseline (0.932)"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r8", None, "heldout_r8_sentences.csv", PACKETS / "framing_scope10_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r8_field(heldout, field):
    check_field(heldout, field, "held-out r8", FLOORS)
