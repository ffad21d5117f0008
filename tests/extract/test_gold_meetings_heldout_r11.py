"""Meetings against the frozen held-out gold, round 11 (tests/gold/meetings/heldout_r11a*, r11b*).

Annotated after round 10 had become development data, on 8 more unused AllSides records (US
news, 2013–2018; tests/gold/heldout_r11_meetings/, two packets): the inter-Korean summit of April
2018 and the calls after it, Trump's July 2018 NATO / UK / Helsinki trip, Obama in Stockholm
before the St Petersburg G-20 of 2013, Putin–Lukashenko in St Petersburg 2017, Trump–Xi at
Mar-a-Lago 2017, and three records about meetings of aides, ambassadors and envoys. Scored on
mentions of every pair like round 4 (see test_gold_meetings_heldout_r4). A second annotator
audited 25 of the 53 mention rows (one debatable mode, a column not scored) and 10 of the 17
ledger rows (none); the six mentions it listed as possibly missing are all in the gold.

First run (quoted in the README), on the code of the round 1–9 rules (commit 5c11d2c: the
round-10 meetings pass was committed minutes later, before any other run; re-run on it, the
figures are the same): mentions of every pair P 0.926 / R 0.623 (27 predicted, 53 gold), status
0.545 (n=33, majority baseline 0.455); no Putin–Xi mention predicted (right). The best fresh
recall so far, still far below issue 12's bar. Missed: a headline summit, talks in quoted speech
("once our talk begins", "I won't talk to the Americans", "It's going be a very important
meeting"), a list of coming encounters ("The NATO summit, the U.K. trip and the Putin meeting"),
"He will attend a NATO summit in Brussels", "His British trip", "had a meeting with the Belarus
president, Alexander Lukashenko" and the anaphora after it ("Opening the meeting", "fruitful
discussions"), "a press conference with the Swedish prime minister after their meeting".
False: a nuclear deal "reached under" a president, a visa "to travel to the U.S.". Status
beats its baseline by less than 0.1 (expected failure); floors at the other figures.

Round-11 pass (development: "looking forward to" near a past-tense cue is planned): P 0.926 /
R 0.623 unchanged; status 0.545 -> 0.576 (n=33, baseline 0.455), now above baseline + 0.1, so
the expected failure is lifted; floor just under it.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.93, 0.67  # mentions of every pair; first run 0.926 / 0.623 (round-11 pass: same); round-14 pass 0.933 / 0.679
ALL_STATUS_MIN = 0.71  # status pass on the parse 0.718 (n=39, 28 right); baseline 0.455 + 0.1 = 0.555; first run 0.545 (n=33), round-11 pass 0.576, round-14 pass 0.611 (n=36)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 11)


def test_heldout_r11_no_putin_xi(packets):
    check_no_putin_xi(packets, "r11")


def test_heldout_r11_meetings_all_pairs(packets):
    check_all_pairs(packets, "r11", round_documents("heldout_r11_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


def test_heldout_r11_meetings_status(packets):
    check_all_pairs(packets, "r11", round_documents("heldout_r11_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
