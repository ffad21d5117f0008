"""Frozen held-out framing gold, round 23 (tests/gold/framing/heldout_r23_sentences.csv): unseen text.

Annotated after round 22 had become development data (tests/gold/heldout_r23_framing/): 60 new
AllSides sentences holding a unit and a word naming Russia, China or their leaders; no document
packet. Scored exactly as round 1 (see test_gold_heldout_r1.py). A second annotator audited 28
rows: 4 disputed calls `ANNOTATION.md` leaves open (kept as written); no term missing.

First run (quoted in the README), after the rules learnt from rounds 1-22 (target pass, commit
b9947ed): terms P/R 1.000 / 0.985 (65 gold rows; one "friend" missed), target 0.922 (majority
baseline 0.703), the first fresh round over issue 13's 0.85; voice 0.844 (0.875) and speaker
0.844 (0.891), under their baselines (57 of 65 terms are authorial); negated P/R 0 / 0 (one true
row, "not in a very user-friendly way", missed); no hedged row. Voice and speaker errors (10): a
dateline taken for a speaker ("WASHINGTON"), labels inside reported clauses read as paraphrase
("the EU believes … autocrat-run", "The Guardian reported that … regime"; the audit disputed
two of these), a tweet and a transcript label not read as the speaker's words ("Jeb Bush",
"Adam Schiff"), paraphrase read as authorial ("his critics", "the Russian president"). Target
errors (5): relations of a person with Putin ("friends with Putin"), "his authoritarian
government", a list with other parties ("authoritarian control" over Russia and its former
satellites). Voice, speaker, negated and hedged are expected failures; floors just under the
other figures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r23_framing"
FLOORS = {"precision": 0.99, "recall": 0.98, "target": 0.92, "voice": 0.98, "speaker": 1.0,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"voice": "voice 0.844 is under its majority baseline (0.875: most terms are authorial)",
          "speaker": "speaker 0.844 is under its majority baseline (0.891)",
          "negated": "the one negated row is missed (precision and recall 0)",
          "hedged": "no hedged row in this round: precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r23", None, "heldout_r23_sentences.csv", PACKETS / "framing_topic24_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r23_field(heldout, field):
    check_field(heldout, field, "held-out r23", FLOORS)
