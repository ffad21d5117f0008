"""Frozen held-out framing gold, round 36 (tests/gold/framing/heldout_r36_*.csv): unseen text.

Annotated while this session's second set of passes was in its worktrees
(tests/gold/heldout_r36_framing/): 40 AllSides sentences holding any unit (the negation/hedge and
Russia/China pools are used up) and the two Kremlin pages named nowhere that hold the most units
(the 2017 National Unity Day reception, the 2016 interview to Bloomberg), as whole documents.
Scored exactly as round 1 (see test_gold_heldout_r1.py). A second annotator audited 30 sentence
rows (1 disputed, adjudicated) and every document row (none disputed).

First run (quoted in the README), after the rules learnt from rounds 1-35 (framing voice pass:
object_sense on): terms P/R 0.946 / 1.000 (108 gold rows; false: "Friends," as the address of two
speeches and the headline's "Friendship" of an order's name, an "inspections regime", a political
"regime" change, "friendlier"); target 0.806 (n=108, majority baseline 0.787) — not baseline + 0.1;
voice 0.963 (baseline 0.685); speaker 0.861 (baseline 0.352); no negated row; hedged 0 / 0 (the
one hedged row, "it feels as though a new era", missed; "regimes" of "certain countries … keen
to" taken as hedged). Target errors (21): Russia's friendship with Slovenia, Serbia, France or
Turkey given to other (gold: russia, an open call of the audit) and three of them ("friendship
between our two states") to the Russia-China relationship although China is not a side; Putin's
"comprehensive partnership and strategic cooperation" with China given to other, an interviewer's
"new best friend" of Putin to other. Speaker errors: in the reception transcript the guests' turns
are given to the next guest (a speaker label after the speech it closes), "Friends," given to Putin
in two guests' turns; a quotation opened by "If anybody … says:". Voice: three reported views read
as authorial, "nine of them allow civil partnerships" read as a paraphrase. Floors at the figures;
target, negated and hedged are expected failures.

Framing pass after round 37 (turns.yml rule long_title: a speaker label after a long title holding
lowercase words, "Minister of Labour, Family, Social Affairs and Equal Opportunities of the
Republic of Slovenia Anja Kopac-Mrak (retranslated):", starts that guest's turn): speaker 0.861 ->
0.935; floor raised to it.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r36_framing"
FLOORS = {"precision": 0.94, "recall": 1.0, "target": 0.89, "voice": 0.96, "speaker": 0.93,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"target": "target 0.806 does not beat its majority baseline (0.787) by 0.1",
          "negated": "no negated row in this round: precision and recall of true are undefined",
          "hedged": "hedged 0 / 0 on the round's one hedged row"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r36", "heldout_r36_documents.csv", "heldout_r36_sentences.csv",
                          PACKETS / "framing_r36_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r36_field(heldout, field):
    check_field(heldout, field, "held-out r36", FLOORS)
