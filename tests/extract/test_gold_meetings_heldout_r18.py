"""Meetings against the frozen held-out gold, round 18 (tests/gold/meetings/heldout_r18[ab]*).

Annotated after round 17 had become development data: 8 unused AllSides records with at least
one sentence naming two heads of state beside a meeting phrase (tests/gold/heldout_r18_meetings/;
Trump–Kim summits, Obama–Netanyahu calls, the 2019 G7 in Biarritz), 45 mentions and 9
encounters in two packets. A second annotator audited 25 mentions and all 9 ledger rows (no
error; the mentions it listed as possibly missing are in the gold).

First run (quoted in the README), after the round 1–17 rules (commit 15c292f): mentions of every
pair P 0.704 / R 0.622 (27 predicted, 45 gold), status 0.786 (n=28, majority baseline 0.714);
no Putin–Xi mention predicted (right). Misses: summits referred to by ordinals and plurals ("The
first was in June 2018.", "The second, in February 2019.", "Those summits", "this summitry
period", "diplomatic discussions at the highest level"), a G7 session Trump skipped ("Trump
skips talks", "the US president's chair was empty", "before the session began"), "The two met
earlier this week", an invitation to the White House. False: negotiations of staff, a meeting
of a candidate with Mexico's president, a caption's "speak with reporters", "an exchange of
friendly letters", an ambassador meeting a senator and visiting the White House. Status is an
expected failure (0.786 does not beat 0.714 by 0.1); floors at the figures.

Second status pass (issue 12, hypothetical_prospect): status 0.839 (n=31, 26 right) now beats its
baseline by 0.1: the status test is a gate, no longer an expected failure.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.80, 0.62  # mentions of every pair; first run 0.704 / 0.622; after the precision pass (this session): 0.808 / 0.689
ALL_STATUS_MIN = 0.87  # status pass 2 after round 36 (refused_meeting with group_after_cancelled): 0.875 (n=32, 28 right); baseline 0.714 + 0.1; first run 0.786 (n=28); second status pass 0.839 (n=31)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 18, ("a", "b"))


def test_heldout_r18_no_putin_xi(packets):
    check_no_putin_xi(packets, "r18")


def test_heldout_r18_meetings_all_pairs(packets):
    check_all_pairs(packets, "r18", round_documents("heldout_r18_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


def test_heldout_r18_meetings_status(packets):
    check_all_pairs(packets, "r18", round_documents("heldout_r18_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
