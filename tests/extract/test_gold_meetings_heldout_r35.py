"""Meetings against the frozen held-out gold, round 35 (tests/gold/meetings/heldout_r35[ab]*).

Annotated while this session's first passes were in their worktrees and rounds 32-34 had been
run: the last 10 unused AllSides records with a sentence naming two heads of state beside a
meeting phrase (tests/gold/heldout_r35_meetings/: Obama in Ramallah and Israel 2013, the planned
Singapore summit, Macron's 2018 state visit, Bastille Day, a NATO summit, the state dinner for
Singh, Obama-Netanyahu 2013 and 2015, a call with Rouhani, Obama-Trump as president-elect,
Abe's 2015 visit), 46 mentions and 13 encounters in two packets. A second annotator audited
every row (2 of 61 disputed, adjudicated).

First run (quoted in the README), after the round 1-34 rules (the code of d508783; this
session's meetings passes were lost before they could be merged): no Putin-Xi mention
predicted (right); mentions of every pair P 0.882 / R 0.674 (34 predicted, 46 gold); status
0.903 (n=31, majority baseline 0.677). Misses (15): five "state dinner(s)" and "host a state
visit" mentions (a state dinner is not a meeting cue), "an appearance with Mahmoud Abbas" (2),
"met for more than an hour" with "Obama and Abbas" as a coordinated subject, "will host the
French president", two headlines "Obama And Netanyahu Discuss … At White House", a photo caption
"Obama's Israel trip", "after meeting the president" (the president-elect's meeting, object a
title only), a "working lunch". False (4): habitual or generic "meetings" ("Obama's meetings with
foreign leaders", "The meetings have left some Democrats pining", post-presidency work) and a
committee hearing. Floors at the figures.

Recall pass after round 35 (rules appearance_with, host_title, meal_with with bare_meal and
possessor_not_party, people.yml `abbas`): P 0.900 / R 0.804 (40 predicted, 36 right; 37 of 46 gold
found), status 0.919 (n=37). The two headlines "Obama And Netanyahu Discuss …" are found by the rules
joint_discussion with title_case_parse, which ship off (round 3 Putin-Xi loses precision). Still
missed: "host a state visit", "For the state dinner, Mr. Trump broke with tradition" (one head named),
the photo caption, "after meeting the president", the quoted "working lunch"; still false: the
habitual "meetings" of the former president and the committee hearing.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.90, 0.80  # mentions of every pair; first run 0.882 / 0.674; recall pass after round 35 0.900 / 0.804
ALL_STATUS_MIN = 0.94  # status pass 2 after round 36 (refused_meeting with group_after_cancelled): 0.946 (n=37, 35 right); baseline 0.677 + 0.1; first run 0.903 (n=31); recall pass 0.919 (n=37, baseline 0.703)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 35, ("a", "b"))


def test_heldout_r35_no_putin_xi(packets):
    check_no_putin_xi(packets, "r35")


def test_heldout_r35_meetings_all_pairs(packets):
    check_all_pairs(packets, "r35", round_documents("heldout_r35_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=ALL_STATUS_MIN)
