"""Meetings against the frozen held-out gold, round 10 (tests/gold/meetings/heldout_r10a*).

Annotated after round 9 had become development data, on 6 more unused AllSides records (US news,
2014–2020; tests/gold/heldout_r10_meetings/, one packet): Trump and Macron in Paris 2017, the
North American summit in Toluca 2014, Trump–Xi at the Buenos Aires G-20 2018, the WWI
centenary in Paris 2018, and two records about meetings with ministers and lawmakers. Scored
on mentions of every pair like round 4 (see test_gold_meetings_heldout_r4). A second
annotator audited all 21 mention rows and all 5 ledger rows: none with an error (one "the
visit" back-reference possibly missing).

First run (quoted in the README), after the round 1–9 rules (a quoted post's author, summits of
many, summit venues): mentions of every pair P 0.750 / R 0.476 (12 predicted, 21 gold),
status 0.800 (n=10, majority baseline 0.800); no Putin–Xi mention predicted (right). Missed: a
tweet's "My meeting in Argentina with President Xi" (the author is named only in the
paragraph), a gathering of "dozens of world leaders" at a commemoration, "a press conference
with the other two North American leaders" (leaders by title only), "As Mr. Obama arrived in
Mexico". False: a headline's "Obama's, allies' warnings", a minister meeting Putin, the Trump
Jr. meeting. Status does not beat its baseline (expected failure); floors at the figures.

Round 10 as dev data (rules measured on r4-r10, encounters.yml `rules_off`): `joint_news_conference`
(r8 +4, r10 +1, r9 -1) and `leaders_gathering` ("Trump and dozens of world leaders gathered",
r9 +1, r10 +3) switched on; `post_author_place` ("My meeting in Argentina with President Xi")
helps r10 only and ships off. P 0.812 / R 0.667 (16 predicted), status 0.857 (n=14, baseline
0.857: still the expected failure). Floors just under these.

Round-12 pass: a name followed by "Jr." is not the leader ("met with Donald Trump Jr."): P 0.867 /
R 0.667 (15 predicted), status unchanged.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.86, 0.66  # mentions of every pair; first run 0.750 / 0.476, latest 0.867 / 0.667
ALL_STATUS_MIN = 0.90  # baseline 0.800 + 0.1; first run 0.800 (n=10)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 10, ("a",))


def test_heldout_r10_no_putin_xi(packets):
    check_no_putin_xi(packets, "r10")


def test_heldout_r10_meetings_all_pairs(packets):
    check_all_pairs(packets, "r10", round_documents("heldout_r10_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


@pytest.mark.xfail(strict=True, reason="status 0.800 equals its majority baseline (0.800)")
def test_heldout_r10_meetings_status(packets):
    check_all_pairs(packets, "r10", round_documents("heldout_r10_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
