"""Frozen held-out framing gold, round 27 (tests/gold/framing/heldout_r27_sentences.csv): unseen text.

Annotated after round 26 had become development data (tests/gold/heldout_r27_framing/): 50 new
AllSides sentences holding a unit and a word naming Russia, China or their leaders, with no
negation or hedge cue near the unit; no document packet. Scored exactly as round 1 (see
test_gold_heldout_r1.py). A second annotator audited 26 rows and disputed 1 (a list of trading
partners with China given `other`, kept).

First run (quoted in the README), after the rules learnt from rounds 1-26 (target pass, commit
1e5461b): terms P/R 0.980 / 0.980 (51 gold rows; a "regime-change" predicted, one "allies"
missed), target 0.860 (majority baseline 0.620) — issue 13's 0.85 met on a round about Russia and
China; voice 0.820 (0.880) and speaker 0.840 (0.900), under their baselines: 7 of 9 voice errors
are labels the gold reads as the writer's inside a clause that reports something else ("reports
that Trump shared … with a foreign partner", "Trump's allies", the dossier's "partners"), which
the extractor gives to the reporting verb's subject; no negated or hedged row. Target errors:
lists with third parties ("negotiating partners, including … China", "strongmen" of a list that
opens with Putin), an alliance "between Russia and Syria" in a reporter's question, a regime and
a dictatorship whose country is named in another clause. Floors just under the figures; voice,
speaker, negated and hedged are expected failures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r27_framing"
#: Eighteenth attribution pass (this session, rule reported_adjunct: a term in an adjunct of the
#: reporting verb is the writer's): voice 0.820 -> 0.840, speaker 0.840 -> 0.860, still under their majority
#: baselines (0.880, 0.900): still expected failures.
FLOORS = {"precision": 0.97, "recall": 0.97, "target": 0.85, "voice": 0.98, "speaker": 1.0,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"voice": "voice 0.820 is under its majority baseline (0.880)",
          "speaker": "speaker 0.840 is under its majority baseline (0.900)",
          "negated": "no negated row in this round: precision and recall of true are undefined",
          "hedged": "no hedged row in this round: precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r27", None, "heldout_r27_sentences.csv", PACKETS / "framing_r27_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r27_field(heldout, field):
    check_field(heldout, field, "held-out r27", FLOORS)
