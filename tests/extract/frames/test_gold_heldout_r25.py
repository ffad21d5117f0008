"""Frozen held-out framing gold, round 25 (tests/gold/framing/heldout_r25_sentences.csv): unseen text.

Annotated after round 24 had become development data (tests/gold/heldout_r25_framing/): 60 new
AllSides sentences holding a unit, 25 with a negation or hedge cue near it and 35 naming Russia,
China or their leaders; no document packet. Scored exactly as round 1 (see
test_gold_heldout_r1.py). A second annotator audited 28 rows and disputed 4 (14.3 %), all open
calls kept as written (two "without … allies" not negated, a target, a hedge).

First run (quoted in the README), after the rules learnt from rounds 1-24 (sixteenth attribution
pass, commit 1b07c52): terms P/R 1.000 / 0.969 (65 gold rows; two "X-friendly" compounds
missed), target 0.841 (majority baseline 0.762), voice 0.905 (0.841), speaker 0.825 (0.841);
negated P/R 0.400 / 0.500 (4 true rows: the two "without … allies" the audit disputed predicted
negated, "not so much a new era" and "not so much out of fraternal affection" missed); hedged
P/R 1.000 / 0.333 (3 true: "as though they were old friends", "reportedly Fryberg's friends"
missed). Speaker errors: quotations attributed in the paragraph ("American officials", "Eric
Trump", "the president") left empty, an identifying label inside a reported clause read as
paraphrase. Target, voice and speaker do not beat their baselines by 0.1 (expected failures);
floors just under the other figures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r25_framing"
#: Eighteenth attribution pass (this session, rule reported_adjunct: a term in an adjunct of the
#: reporting verb is the writer's): voice 0.905 -> 0.921, speaker 0.841 -> 0.857, neither
#: beating its majority baseline (0.841) by 0.1: still expected failures.
#: After the scope pass (this session, rule without_definite: "without" denies no definite or
#: possessed object): negated P 0.400 -> 0.667 (R 0.500 kept); floor just under it.
#: Twentieth attribution pass (rounds 1-41 pooled, credited_quotation: "“…” (Reuters)"): speaker
#: 0.857 -> 0.873, still short of its majority baseline (0.841) plus 0.1: an expected failure.
FLOORS = {"precision": 0.99, "recall": 0.96, "target": 0.86, "voice": 0.94, "speaker": 0.94,
          "neg_p": 0.66, "neg_r": 0.49, "hedge_p": 0.99, "hedge_r": 0.33}
_XFAIL = {"target": "target 0.841 does not beat its majority baseline (0.762) by 0.1",
          "voice": "voice 0.905 does not beat its majority baseline (0.841) by 0.1",
          "speaker": "speaker 0.873 (0.825 at the first run) beats its majority baseline (0.841) by less than 0.1"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r25", None, "heldout_r25_sentences.csv", PACKETS / "framing_r25_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r25_field(heldout, field):
    check_field(heldout, field, "held-out r25", FLOORS)
