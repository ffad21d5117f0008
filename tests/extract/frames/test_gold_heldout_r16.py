"""Frozen held-out framing gold, round 16 (tests/gold/framing/heldout_r16_sentences.csv): unseen text.

Annotated after round 15 had become development data (tests/gold/heldout_r16_framing/): 60 new
AllSides sentences holding a unit and a speech cue on any topic (the pool of sentences with a
negation/hedge cue is used up); no document packet. Scored exactly as round 1 (see
test_gold_heldout_r1.py). A second annotator audited 30 rows: one error ("according to a
published report" marked authorial), adjudicated before freezing with the one other row of that
structure; no term missing.

First run (quoted in the README), after the rules learnt from rounds 1–15 (ninth attribution
and eighth scope passes): terms P/R 1.000 / 0.966 (59 gold rows; "allies" and "friend" missed
in two long sentences), target 1.000 (majority baseline 1.000: every term is about third
parties), voice 0.842 (0.526), speaker 0.737 (0.404); no negated or hedged row in the gold and
none predicted (precision and recall of true undefined). Voice and speaker errors: paraphrase
after "according to" and a closing "…, said X" read as authorial ("according to aides",
"according to a published report", "a senior official in the Obama administration", "said
Felipe Burbano de Lara", "Romney will make … claim"), and the reverse (a name apposed to an
organisation, "Jim Campbell of the conservative legal group Alliance Defending Freedom", read as
the speaker of the organisation's name; "Democratic pollster Celinda Lake" of "Lake Research
Partners"), speakers of another clause ("Florida" for Chester Trahan, "CNN" for Stephen
Townsend). Target, negated and hedged are expected failures here; floors at the other figures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r16_framing"
#: Tenth attribution pass (rounds 1-16 pooled: a term in the speaker phrase after a postposed verb is
#: authorial): voice 0.842 -> 0.895, speaker 0.737 -> 0.789; floors just under these.
#: Errata of rounds 1-16 (tests/gold/framing/errata_r1_r16_speakers.csv, pronoun-only attributions as
#: the text gives them) with rule kept_pronoun on: speaker 0.789 -> 0.772 (45 -> 44 of 57). The
#: errata alone (rule off) give 0.667 (38): the floor breaks because the errata changed the gold,
#: so it is re-set to the errata'd figure; the rule itself is +6 rows on the errata'd gold.
FLOORS = {"precision": 0.99, "recall": 0.96, "target": 1.1, "voice": 0.89, "speaker": 0.771,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"target": "every gold term is about third parties: the majority baseline is 1.0",
          "negated": "no negated row in this round: precision and recall of true are undefined",
          "hedged": "no hedged row in this round: precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r16", None, "heldout_r16_sentences.csv", PACKETS / "framing_scope18_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r16_field(heldout, field):
    check_field(heldout, field, "held-out r16", FLOORS)
