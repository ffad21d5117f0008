"""Meetings against the frozen held-out gold, round 21 (tests/gold/meetings/heldout_r21[ab]*).

Annotated after round 20 had become development data: 6 unused AllSides records with a sentence
naming two heads of state beside a meeting phrase (tests/gold/heldout_r21_meetings/: Trump–Xi at
Mar-a-Lago, Netanyahu's planned visit, a Putin–Merkel call, Obama–Putin at the Lima APEC
meeting; two records with no encounter of heads), 4 mentions and 4 encounters in two packets, a
small round. A second annotator audited every row (one ledger status adjudicated).

First run (quoted in the README), after the round 1-20 rules (commit 5b58073): mentions of every
pair P 0.571 / R 1.000 (7 predicted, 4 gold), status 1.000 (n=4, majority baseline 0.750); no
Putin–Xi mention predicted (right). False: "a framework for talks with the Taliban" (talks of
negotiators), "invited Russia's foreign minister to the White House … in a meeting closed to the
press" (a minister), a sidebar headline of a link block ("… talks …"). Floors at the figures.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.57, 0.99  # mentions of every pair; first run 0.571 / 1.000
ALL_STATUS_MIN = 0.85  # baseline 0.750 + 0.1; first run 1.000 (n=4)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 21, ("a", "b"))


def test_heldout_r21_no_putin_xi(packets):
    check_no_putin_xi(packets, "r21")


def test_heldout_r21_meetings_all_pairs(packets):
    check_all_pairs(packets, "r21", round_documents("heldout_r21_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


def test_heldout_r21_meetings_status(packets):
    check_all_pairs(packets, "r21", round_documents("heldout_r21_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
