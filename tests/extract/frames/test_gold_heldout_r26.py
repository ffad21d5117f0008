"""Frozen held-out framing gold, round 26 (tests/gold/framing/heldout_r26_sentences.csv): unseen text.

Annotated after round 25 was frozen, before the passes it measures (tests/gold/heldout_r26_framing/):
45 new AllSides sentences each holding a unit with a negation or hedge cue near it; no document
packet. Scored exactly as round 1 (see test_gold_heldout_r1.py). A second annotator audited 21
rows and disputed 1 ("could be the … authoritarian some of us fear" not hedged, kept).

First run (quoted in the README), after the rules learnt from rounds 1-25 (seventeenth
attribution pass, commit 2b5ed9b): terms P/R 0.976 / 1.000 (40 gold rows; "regime change"
predicted), target 1.000 (every term about third parties: not measurable), voice 0.900 (majority
baseline 0.675), speaker 0.850 (0.700), negated P/R 0.875 / 0.875 (8 true rows: "not so much a
new era" missed; "I'm not afraid of the Koch brothers" predicted negated),
hedged P/R 1.000 / 0.500 (2 true; "Allies in Name Only?" missed). Voice, speaker and negation
meet issue 13's targets on this round. Errors of speaker: a show or song title read as a speaker
("My Little Pony"), two names before a verb of another clause ("Derry", "Abominable"), a pronoun
speaker the extractor leaves empty, "Danielle Pletka" named in the paragraph. Floors just under
the figures; target is an expected failure (baseline 1.000).
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r26_framing"
#: Framing pass after round 38 (rule governing_report): voice 0.900 -> 0.925, speaker 0.850 -> 0.875;
#: floors just under these.
FLOORS = {"precision": 0.97, "recall": 0.99, "target": 1.1, "voice": 0.92, "speaker": 0.87,
          "neg_p": 0.87, "neg_r": 0.87, "hedge_p": 0.99, "hedge_r": 0.49}
_XFAIL = {"target": "every gold term is about third parties: the majority baseline is 1.000"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r26", None, "heldout_r26_sentences.csv", PACKETS / "framing_r26_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r26_field(heldout, field):
    check_field(heldout, field, "held-out r26", FLOORS)
