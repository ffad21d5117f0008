"""Meetings against the frozen held-out gold, round 8 (tests/gold/meetings/heldout_r8*).

Annotated while round 7 was development data, on 10 more unused AllSides records (US news,
2013–2019; tests/gold/heldout_r8_meetings/): the G-20 in Hamburg 2017, Helsinki 2018, Trump's
Asia tour 2017, Kim in Beijing 2018, the cancelled Obama–Putin summit of 2013, and pages about
meetings with officials, lawyers and lawmakers (no meetings under ANNOTATION.md). Scored on
mentions of every pair like round 4 (see test_gold_meetings_heldout_r4). A second annotator
audited 25 of the 78 mention rows (none with an error) and 10 of the 17 ledger rows (1: an
empty end on the Hamburg summit), and found no mention missing.

First run (quoted in the README), after the round 1–7 rules (news anaphora, weighed
cancellations): mentions of every pair P 0.926 / R 0.436 (27 predicted, 78 gold), status 0.647
(n=34, majority baseline 0.382); no Putin–Xi mention predicted (right). Missed: joint news
conferences ("during the press conference", "their news conference"), trips to several
countries in one clause ("will also travel to South Korea, China, Vietnam, and the
Philippines"), summits reported through protests and logistics ("the G-20 summit", "all the
leaders got into the … convention center"), meetings in a quoted tweet ("my meeting with
Vladimir Putin"), cancelled talks reported by officials, a call a national security adviser
"participated in". Recall far below issue 12's bar; floors at the figures.

Latest (round 8 as dev data; rules kept only when they help two rounds: leaders Abe, Merkel, Moon
and bare surnames after a full name, "Kim"; a head's trip to several countries meets each host's
leader; a threatened cancellation is of a meeting still to come): every pair P 0.933 / R 0.513
(30 predicted), status 0.700 (n=40, baseline 0.425).

Round 10 pass (rules measured on r4-r10): `joint_news_conference` switched on ("the joint press
conference with Putin", "In the hours after the press conference"): P 0.943 / R 0.577 (35
predicted), status 0.733 (n=45, baseline 0.400). Floors just under these.

Status pass 4 after round 39 (postponed_planned on): every pair status 0.771 (n=48, 37 right; one more matched
mention, with the gold status). Status floor raised to 0.77.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.94, 0.57  # mentions of every pair; first run 0.926 / 0.436, round 9 pass 0.935 / 0.526, latest 0.943 / 0.577 (round 10 pass)
ALL_STATUS_MIN = 0.77  # status pass 4 after round 39 (postponed_planned on): 0.771 (n=48, 37 right); first run 0.647 (n=34, baseline 0.382); round 9 pass 0.707 (n=41); latest 0.733 (n=45, baseline 0.400)

@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 8)


def test_heldout_r8_no_putin_xi(packets):
    check_no_putin_xi(packets, "r8")


def test_heldout_r8_meetings_all_pairs(packets):
    check_all_pairs(packets, "r8", round_documents("heldout_r8_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=ALL_STATUS_MIN)
