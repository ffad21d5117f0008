"""Frozen held-out framing gold, round 46 (tests/gold/framing/heldout_r46_sentences.csv): unseen text.

A second draw of the session of 2026-12-03 (fifth) (tests/gold/heldout_r46_framing/), taken after round 45 was
frozen: 40 AllSides sentences holding a unit, 20 with a negation or hedge word and 20 with a speech cue (every
target a third party; no negated and no hedged row). Scored exactly as round 1. A second annotator audited
every row before the freeze (0 of 36 disputed). Frozen before the session's passes were merged.

First run (quoted in the README), on the code after the merge: terms P/R 0.946 / 0.972 (36 gold rows;
"liberal-democratic regime" and "antitrust regime" predicted, non-pejorative senses; a quoted "friend of the
court" gloss missed); target 1.000 (baseline 1.000) — not measurable; voice 0.829 (n=35, baseline 0.457);
speaker 0.743 (baseline 0.514). Speaker errors (9): paraphrase sources left empty ("Jeb Bush", "Rishi Sunak",
"a New Hampshire Republican"), authorial terms read as paraphrases ("Chicago police", "many", "Trump", "a
person"), a title for the name ("the Prime Minister" for Theresa May) and a name for a pronoun ("McCain" for
"he").
Floors at the figures; target, negated and hedged are expected failures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r46_framing"
FLOORS = {"precision": 0.94, "recall": 0.97, "target": 0.99, "voice": 0.82, "speaker": 0.74,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"target": "target 1.000 at its majority baseline (1.000): every term is about third parties",
          "negated": "no negated row in this round: precision and recall of true are undefined",
          "hedged": "no hedged row in this round: precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r46", None, "heldout_r46_sentences.csv", PACKETS / "framing_r46_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r46_field(heldout, field):
    check_field(heldout, field, "held-out r46", FLOORS)
