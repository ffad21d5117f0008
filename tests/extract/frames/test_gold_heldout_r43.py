"""Frozen held-out framing gold, round 43 (tests/gold/framing/heldout_r43_sentences.csv): unseen text.

Drawn after round 42 was frozen, a second draw of this session (tests/gold/heldout_r43_framing/): 40
AllSides sentences holding a unit and a speech cue (every target a third party; one negated row, no hedged row). Scored exactly as
round 1 (see test_gold_heldout_r1.py). A second annotator audited every row before the freeze (1 of 38
disputed: a quoted show title, upheld as rounds 41-42). Frozen while this session's passes ran, before their merge.

First run (quoted in the README), on the merged code: terms P/R 1.000 / 1.000 (38 gold rows);
target 1.000 (baseline 1.000) — not measurable; voice 0.974 (n=38, baseline 0.632); speaker 0.816 (baseline
0.342); negated: its one row (a term called stupidity: "the idea that technology is … a friend to culture")
missed; no hedged row (none predicted). Errors: pronoun speakers "he" left empty (four), "The U.S." and a
report's source left empty or cut ("report it"), an all-capitals "JUST NOW" taken as a speaker, and the show
title “Fox & Friends” read as authorial (the adjudication made it quoted, as rounds 41–42). Floors at the
figures; target, negated and hedged are expected failures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r43_framing"
#: Speaker pass after the errata of rounds 1-16 (rule kept_pronoun on, quote_cue_pronoun on): speaker
#: 0.816 -> 0.921 (31 -> 35 of 38; kept_pronoun +4); floor just under it.
FLOORS = {"precision": 1.0, "recall": 1.0, "target": 0.99, "voice": 0.97, "speaker": 0.92,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"target": "target 1.000 at its majority baseline (1.000): every term is about third parties",
          "negated": "its one negated row (a term called stupidity) missed",
          "hedged": "no hedged row in this round (none predicted): precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r43", None, "heldout_r43_sentences.csv", PACKETS / "framing_r43_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r43_field(heldout, field):
    check_field(heldout, field, "held-out r43", FLOORS)
