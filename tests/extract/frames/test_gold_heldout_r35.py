"""Frozen held-out framing gold, round 35 (tests/gold/framing/heldout_r35_sentences.csv): unseen text.

Annotated while this session's passes were in their worktrees and round 34 was frozen and not yet
run (tests/gold/heldout_r35_framing/): the last 32 AllSides sentences holding a unit and a word
naming Russia, China, their leaders or capitals; the same draw's two Kremlin transcripts hold no
term. Scored exactly as round 1 (see test_gold_heldout_r1.py). A second annotator audited 24 rows
and disputed 2 (adjudicated before freezing).

First run (quoted in the README), after the rules learnt from rounds 1-33 (framing pass four):
terms P/R 0.970 / 0.970 (33 gold rows); target 0.844 (n=32, majority baseline 0.656); voice
0.844 (baseline 0.750) and speaker 0.875 (baseline 0.781), neither beating its baseline by 0.1;
no negated or hedged row (one "allies" predicted negated: "will never be acceptable to the U.S.
and its allies"). Terms: "authoritarianism" missed (see round 34), a "testing regime" taken.
Target errors (5): "his wings … the regime" of Assad given to Russia (and read as authorial in a
transcript-like quotation), "two competing alliances" of Russia and Turkey to Russia, Trump's
"alliances" against China to China, "authoritarian policies" of "the Chinese regime" to other,
"authoritarianism in China and Russia" to other (gold: both). Voice errors: four reported claims
read as authorial (investigators' findings, a speaker's quoted remark without marks, "As Seth
Ackerman … counseled", "charges that …"). Floors at the figures; voice, speaker, negated and
hedged are expected failures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r35_framing"
FLOORS = {"precision": 0.96, "recall": 0.96, "target": 0.84, "voice": 0.85, "speaker": 0.88,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"voice": "voice 0.844 does not beat its majority baseline (0.750) by 0.1",
          "speaker": "speaker 0.875 does not beat its majority baseline (0.781) by 0.1",
          "negated": "no negated row in this round (one predicted): precision and recall of true are undefined",
          "hedged": "no hedged row in this round: precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r35", None, "heldout_r35_sentences.csv", PACKETS / "framing_r35_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r35_field(heldout, field):
    check_field(heldout, field, "held-out r35", FLOORS)
