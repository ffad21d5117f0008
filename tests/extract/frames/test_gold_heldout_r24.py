"""Frozen held-out framing gold, round 24 (tests/gold/framing/heldout_r24_sentences.csv): unseen text.

Annotated after round 23 had become development data (tests/gold/heldout_r24_framing/): 60 new
AllSides sentences holding a unit and a word naming Russia, China or their leaders; no document
packet. Scored exactly as round 1 (see test_gold_heldout_r1.py). A second annotator audited 27
rows: 7 disputed (25.9 %), 2 adjudicated before freezing (unlisted forms are no units), 5 left
as written.

First run (quoted in the README), after the rules learnt from rounds 1-23 (fifteenth attribution
pass, commit a26f518): terms P/R 0.984 / 0.984 (61 gold rows; "dictatorial" predicted, one
"friend" missed), target 0.733 (majority baseline 0.733), after round 23's 0.922; voice 0.883
(0.833), speaker 0.933 (0.900); hedged P/R 1.000 / 1.000 (one row); no negated row. Target errors
(16): relations and lists with third parties again ("Russia's ally Iran", "an ally of Russia",
"Beijing, North Korea's ally", "its Russian and Iranian allies", "Putin and other autocrats"),
"the leader of China … he's an ally of Russia", a possessive "Moscow's … regime" read as Russia.
Target, voice and speaker do not beat their baselines by 0.1 (expected failures); negated has no
true row; floors just under the other figures.

Framing target pass four (issue 13, rounds 1-33 pooled: clause_participant on, modifier_clause,
and_other, side_premodifier): target 0.800 -> 0.867 ("its Russian and Iranian allies", "Putin and
other autocrats", "aid to an ally threatened with Russian invasion"), now above its baseline by
0.1: no longer an expected failure, floor just under it.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r24_framing"
FLOORS = {"precision": 0.98, "recall": 0.98, "target": 0.86, "voice": 0.94, "speaker": 1.0,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.99, "hedge_r": 0.99}
_XFAIL = {"voice": "voice 0.883 does not beat its majority baseline (0.833) by 0.1",
          "speaker": "speaker 0.933 does not beat its majority baseline (0.900) by 0.1",
          "negated": "no negated row in this round: precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r24", None, "heldout_r24_sentences.csv", PACKETS / "framing_topic25_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r24_field(heldout, field):
    check_field(heldout, field, "held-out r24", FLOORS)
