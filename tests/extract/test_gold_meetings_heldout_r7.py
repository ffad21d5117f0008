"""Meetings against the frozen held-out gold, round 7 (tests/gold/meetings/heldout_r7*).

Annotated after round 6 had become development data, on 10 unused AllSides records (US news,
2013–2019) about leaders' encounters of any pair (tests/gold/heldout_r7_meetings/): Trump–Putin
in Hamburg and Helsinki, Trump–Kim, the G-7 summits of 2018 and 2019, Obama–Putin 2013. The
Putin–Xi pools are used up, so the round is scored on mentions of every pair like round 4 (see
test_gold_meetings_heldout_r4). A second annotator audited 25 of the 81 mention rows and 10 of
the 21 ledger rows: none with an error, and no mention missing.

First run (quoted in the README), after the round 1–6 rules: mentions of every pair P 0.920 /
R 0.420 (25 predicted, 81 gold), status 0.412 (n=34, majority baseline 0.471); no Putin–Xi
mention predicted (right). News reports of summits are missed when they go by anaphora ("the
meeting", "this encounter", "the two leaders", "the talks"), by leaders' aides reporting them,
or by summit names without a leader in the sentence; status reads planned meetings as
hypothetical and held ones as planned. Precision holds; status fails (expected failure) and recall is far
below issue 12's bar; floors at the figures.

Latest (round 7 as dev data, issue 12: a news report's anaphora — "the meeting", "this
encounter", "after their meeting", "the two leaders" — are mentions of the most recent encounter
of heads it has named; "his meeting with Putin" is the head named just before; a threatened or
weighed cancellation stays planned; "today's meeting" is under way): every pair P/R 0.925 / 0.593
(40 predicted, 81 gold), status 0.646 (n=48, baseline 0.521), which now beats its baseline by
0.125: the expected failure on status is lifted. After round 8's pass (leaders Abe, Merkel, Moon
and bare surnames after a full name; a head's trip to several countries; a threatened
cancellation is of a meeting still to come): P/R 0.915 / 0.704 (47 predicted), status 0.667
(n=57, baseline 0.456). Floors just under these.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.92, 0.81  # mentions of every pair; first run 0.920 / 0.420, round 9 pass 0.925 / 0.778, round 10 pass 0.926 / 0.790, latest 0.929 / 0.815 (round 15-16 pass)
ALL_STATUS_MIN = 0.77  # status pass after round 42 (outcome_condition, anaphor_hedge_clause) 0.775 (n=71, 55 right; 53 before it); sixth status pass 0.739 (n=69, 51 right; 49 before it); status pass on the parse 0.676 (n=68, 46 right); round 15-16 pass 0.636 (n=66, 42 right); issue 12's bar would be 0.9; first run 0.412 (n=34, baseline 0.471); r8 pass 0.667 (n=57, baseline 0.456); r9 pass 0.651 (n=63, 41 right); latest 0.641 (n=64, 41 right, baseline 0.484)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 7)


def test_heldout_r7_no_putin_xi(packets):
    check_no_putin_xi(packets, "r7")


def test_heldout_r7_meetings_all_pairs(packets):
    check_all_pairs(packets, "r7", round_documents("heldout_r7_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


def test_heldout_r7_meetings_status(packets):
    check_all_pairs(packets, "r7", round_documents("heldout_r7_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
