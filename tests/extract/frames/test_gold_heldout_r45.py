"""Frozen held-out framing gold, round 45 (tests/gold/framing/heldout_r45_sentences.csv): unseen text.

A draw of the session of 2026-12-03 (fifth) (tests/gold/heldout_r45_framing/): 40 AllSides sentences holding a
unit, 20 with a negation or hedge word anywhere in the sentence and 20 with a speech cue (every target a third
party; no negated and no hedged row). Scored exactly as round 1 (see test_gold_heldout_r1.py). A second
annotator audited every row before the freeze (0 of 39 disputed). Frozen while the session's passes ran,
before their merge.

First run (quoted in the README), on the code after the merge (speaker pass with kept_pronoun on): terms P/R
0.975 / 1.000 (39 gold rows; "brother" of "brother-in-law" predicted); target 1.000 (baseline 1.000) — not
measurable; voice 0.949 (n=39, baseline 0.641); speaker 0.949 (baseline 0.692); one term predicted negated
("No one gets to hate a friend"), none in the gold. Errors: a pronoun kept where the annotator resolved it to
the name in the paragraph ("he" for Bethancourt: the convention keeps the pronoun), a proper name and a
"you" read as paraphrases.
Floors at the figures; target, negated and hedged are expected failures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r45_framing"
FLOORS = {"precision": 0.97, "recall": 1.0, "target": 0.99, "voice": 0.94, "speaker": 0.94,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"target": "target 1.000 at its majority baseline (1.000): every term is about third parties",
          "negated": "no negated row in this round: precision and recall of true are undefined",
          "hedged": "no hedged row in this round: precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r45", None, "heldout_r45_sentences.csv", PACKETS / "framing_r45_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r45_field(heldout, field):
    check_field(heldout, field, "held-out r45", FLOORS)
