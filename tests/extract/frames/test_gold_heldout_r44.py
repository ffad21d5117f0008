"""Frozen held-out framing gold, round 44 (tests/gold/framing/heldout_r44_sentences.csv): unseen text.

A third draw of this session, taken after rounds 42-43 had their first run (tests/gold/heldout_r44_framing/):
40 AllSides sentences holding a unit and a speech cue (every target a third party; no negated and no hedged
row). Scored exactly as round 1 (see test_gold_heldout_r1.py). A second annotator audited every row before
the freeze (0 of 41 disputed; "despotic" removed as round 41). Frozen while the session's second passes ran,
before their merge.

First run (quoted in the README), on the code after the second merge: terms P/R
0.976 / 1.000 (40 gold rows; "despotic" predicted, a form the adjudication removed); target 1.000 (baseline
1.000) — not measurable; voice 0.825 (n=40, baseline 0.375); speaker 0.625 (baseline 0.400); no negated or
hedged row. Speaker errors (15): pronoun speakers ("he" four times, "she") left empty (rule
`kept_pronoun` ships off: the gold splits by period), speakers named only in the paragraph ("the
Senator", "the President", "Tony") left empty, paraphrase sources left empty ("local activists", "an
influential 2007 study", Mattis, Wilson), and three authorial terms read as paraphrases ("Salon I",
"Sessions", "Trump"). Floors at the figures; target, negated and hedged are expected failures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r44_framing"
#: Speaker pass after the errata of rounds 1-16 (rule kept_pronoun on, quote_cue_pronoun on): speaker
#: 0.625 -> 0.775 (25 -> 31 of 40; kept_pronoun +6). The scorer then compared words, not substrings (a
#: predicted "he" had counted as gold "the President"): 0.750 (30 of 40), the floor re-set to it.
FLOORS = {"precision": 0.97, "recall": 1.0, "target": 0.99, "voice": 0.82, "speaker": 0.75,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"target": "target 1.000 at its majority baseline (1.000): every term is about third parties",
          "negated": "no negated row in this round: precision and recall of true are undefined",
          "hedged": "no hedged row in this round: precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r44", None, "heldout_r44_sentences.csv", PACKETS / "framing_r44_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r44_field(heldout, field):
    check_field(heldout, field, "held-out r44", FLOORS)
