"""Frozen held-out framing gold, round 31 (tests/gold/framing/heldout_r31_sentences.csv): unseen text.

Annotated after round 30 had become development data (tests/gold/heldout_r31_framing/): 50 new
AllSides sentences holding a unit and a word naming Russia, China or their leaders, with no
negation or hedge cue near the unit; no document packet. Scored exactly as round 1 (see
test_gold_heldout_r1.py). The brief added nothing on voice. A second annotator audited 29 rows and
disputed 3 (three "trading/trade partner" surfaces written as the unit `partner` before freezing).

First run (quoted in the README), after the rules learnt from rounds 1-30 (target pass, commit
b85e3b8, and the colon_frame doctest fix d854b60): terms P/R 0.978 / 0.978 (46 gold rows; "friends
of mine in China" in a tweet missed, a "testing regime" predicted), target 0.911 (majority baseline
0.756) — issue 13's 0.85 met; voice 0.933 and speaker 0.933, over issue 13's 0.9 and 0.85 but under
their majority baseline (0.978: all but one row authorial), so not gated; no negated or hedged
row. Target errors (4): Russia as "its allies Iran and Russia", "its allies in Russia", "calling
the Kremlin an ally", and China among "a lot of other countries … authoritarian", given `other`.
Voice errors (3): a "regime" or "allies" inside a reported belief or accusation ("the US firmly
believes that the Syrian regime …", "Ukraine and its Western allies accuse …", Putin "responded
with air strikes … against the … regime") read as the source's paraphrase. Floors just under the
figures; voice, speaker, negated and hedged are expected failures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r31_framing"
FLOORS = {"precision": 0.97, "recall": 0.97, "target": 0.91, "voice": 1.0, "speaker": 1.0,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"voice": "voice 0.933 is under its majority baseline (0.978: one row not authorial)",
          "speaker": "speaker 0.933 is under its majority baseline (0.978)",
          "negated": "no negated row in this round: precision and recall of true are undefined",
          "hedged": "no hedged row in this round: precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r31", None, "heldout_r31_sentences.csv", PACKETS / "framing_r31_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r31_field(heldout, field):
    check_field(heldout, field, "held-out r31", FLOORS)
