"""Meetings against the frozen held-out gold, round 39 (tests/gold/meetings/heldout_r39[ab]*).

Drawn after round 38 had its first run, with no pass in between: 12 AllSides records from the wider pool
(tests/gold/heldout_r39_meetings/: Abe's 2019 visit to Tehran, the proposed 2018 Trump-Kim meeting, the
April 2018 Moon-Kim summit; seven records hold meetings with legislators, governors and troops only), 27
mentions and 6 encounters in two packets. A second annotator audited every row before the freeze (no
dispute; one bare-pronoun anaphor it would add, kept as the annotator's call).

First run (quoted in the README), on the code of round 38's first run: no Putin-Xi mention predicted
(right); mentions of every pair P 0.684 / R 0.481 (19 predicted, 13 right; 13 of 27 gold found); status
0.538 (n=13, majority baseline 0.615) — under its baseline. Misses (14): an opinion piece's conditional and
speculative sentences about the Trump-Kim meeting ("If this historic summit happens", "for talks to
commence", "the bargaining table" twice, "they will meet somewhere along the Demilitarized Zone"), "The
April summit will take place at Panmunjom Peace House" (no leader in the sentence), "planning another
summit". False (6): Trump's visits to troops in Iraq and Afghanistan and a cancelled cemetery visit (no
foreign leader), an envoy's dispatch, a writer fired "to cover President Trump". A first invocation of this
test built round 38's packets by a template slip (round number left at 38) and scored no row of this round;
the figures above are from the first run that read this round's gold. Floors at the figures; status is an
expected failure.

Recall pass after round 39 (rules place_visit, place_visit_country: a visit to troops, a base or a cemetery meets
no host): every pair P 0.929 / R 0.481 (14 predicted, 13 right): the five false positives of the troop visits and
the cemetery are gone. Precision floor raised to 0.92.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.92, 0.48  # mentions of every pair; first run 0.684 / 0.481, recall pass after r39 0.929 / 0.481
ALL_STATUS_MIN = 0.72  # baseline 0.615 + 0.1: not reached; first run 0.538 (n=13)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 39, ("a", "b"))


def test_heldout_r39_no_putin_xi(packets):
    check_no_putin_xi(packets, "r39")


def test_heldout_r39_meetings_all_pairs(packets):
    check_all_pairs(packets, "r39", round_documents("heldout_r39_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


@pytest.mark.xfail(strict=True, reason="status 0.538 is under its majority baseline (0.615)")
def test_heldout_r39_meetings_status(packets):
    check_all_pairs(packets, "r39", round_documents("heldout_r39_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
