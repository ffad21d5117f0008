"""Meetings against the frozen held-out gold, round 22 (tests/gold/meetings/heldout_r22[abc]*).

Annotated after round 21 had become development data: 12 unused AllSides records with at least
two sentences naming two heads of state beside a meeting phrase (tests/gold/heldout_r22_meetings/:
Trump in Japan, the 2019 NATO summit in London, Helsinki, Trump's January 2017 phone calls,
Obama–Erdogan in Paris, Obama–Putin at the St Petersburg G-20, the Ise-Shima G7), 113 mentions
and 32 encounters in three packets. A second annotator audited 40 mentions and every ledger row
(1 error: a campaign-era proposed summit, adjudicated with its record's rows).

First run (quoted in the README), after the round 1-21 rules (recall pass, commit 1b07c52):
mentions of every pair P 0.815 / R 0.575 (65 predicted, 113 gold), status 0.877 (n=65, majority
baseline 0.631); no Putin–Xi mention predicted (right). Misses: headlines and anaphora without a
second named leader ("Trump in Britain for NATO meetings", "The official program starts
Wednesday", "the tough phone calls I'm having", "his earlier conversations", "the Australian
call"), plural encounters of one sentence ("Merkel and Hollande … over the phone": one row
each), summits named without their leaders ("At last year's NATO summit"). False: the
president-elect's White House visit (6 rows: not yet a head of state), the campaign-era summit
proposal (5), "the two agreed to normalize relations". Floors at the figures.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.81, 0.57  # mentions of every pair; first run 0.815 / 0.575
ALL_STATUS_MIN = 0.87  # baseline 0.631 + 0.1; first run 0.877 (n=65)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 22, ("a", "b", "c"))


def test_heldout_r22_no_putin_xi(packets):
    check_no_putin_xi(packets, "r22")


def test_heldout_r22_meetings_all_pairs(packets):
    check_all_pairs(packets, "r22", round_documents("heldout_r22_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


def test_heldout_r22_meetings_status(packets):
    check_all_pairs(packets, "r22", round_documents("heldout_r22_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
