"""Frozen held-out framing gold, round 13 (tests/gold/framing/heldout_r13_sentences.csv): unseen text.

Annotated after round 12 had become development data (tests/gold/heldout_r13_framing/): 81 new
AllSides sentences, 60 holding a unit near a negation/hedge cue (any topic) and the last 21
unused sentences on Russia/China holding a unit and a speech cue; no document packet. Scored
exactly as round 1 (see test_gold_heldout_r1.py). A second annotator audited 30 rows: none with
an error, and no term missing (five surfaces keep a qualifier the unit list lacks).

First run (quoted in the README), after the rules learnt from rounds 1–12 (sixth attribution and
fifth scope passes): terms P/R 0.963 / 0.919 (86 gold rows; compounds "user-friendly",
"business partner" and the superlative "friendliest" missed, verb forms taken), target 0.949
(majority baseline 0.962: all but three terms are about third parties), voice 0.899 (0.430),
speaker 0.861 (0.506; the first fresh round above issue 13's 0.85), negated P/R 0.933 / 0.824
(17 true rows), hedged P/R 0.714 / 0.556 (9). Target is below its baseline (expected
failure); floors at the other figures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r13_framing"
#: Scope, sixth pass (issue 13, rounds 1-13 pooled: negated PP predicates "not about regime
#: change", quoted lists, scare quotes nested in the speaker's quotation): negated P/R
#: 0.933/0.824 -> 0.938/0.882, hedged P/R 0.750/0.545 (after other sessions' term changes) ->
#: 0.875/0.636; floors just under these.
#: Seventh attribution pass (rounds 1-13 pooled; units per ANNOTATION.md, title quotations authorial,
#: questions report nobody, description speakers): terms 0.963/0.919 -> 0.988/0.965, voice 0.899 -> 0.940,
#: speaker 0.861 -> 0.904; floors just under these.
#: Scope, seventh pass (issue 13, rounds 1-14 pooled: indefinite objects of a negated verb, "no" on
#: a modal subject, quoted adjectives): negated P/R 0.938/0.882 -> 0.941/0.941; floors just under
#: these.
#: Errata of rounds 1-16 (tests/gold/framing/errata_r1_r16_speakers.csv, pronoun-only attributions as
#: the text gives them) with rule kept_pronoun on: speaker 0.904 -> 0.892 (75 -> 74 of 83). The
#: errata alone (rule off) give 0.880 (73): the floor breaks because the errata changed the gold,
#: so it is re-set to the errata'd figure; the rule itself is +1 row on the errata'd gold (+2 / -1: the
#: one lost, a quotation with no verb after a paraphrase credited "he said", is an errata row the
#: audit upheld as empty).
FLOORS = {"precision": 0.98, "recall": 0.96, "target": 1.0, "voice": 0.96, "speaker": 0.891,
          "neg_p": 0.94, "neg_r": 0.94, "hedge_p": 0.87, "hedge_r": 0.63}
_XFAIL = {"target": "target 0.949 is below its majority baseline (0.962)"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r13", None, "heldout_r13_sentences.csv", PACKETS / "framing_scope15_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r13_field(heldout, field):
    check_field(heldout, field, "held-out r13", FLOORS)
