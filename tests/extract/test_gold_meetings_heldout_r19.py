"""Meetings against the frozen held-out gold, round 19 (tests/gold/meetings/heldout_r19[ab]*).

Annotated after round 18 had become development data: 5 unused AllSides records with a sentence
naming two heads of state beside a meeting phrase and 4 unused Kremlin pages with a meeting word
in the title (tests/gold/heldout_r19_meetings/: the Singapore summit, the 2018 G7, the Helsinki
summit, a Trump–Xi call, Putin's news conference after his talks with Kim Jong Un, which
announces his meeting with Xi in Beijing the next day; three pages with no head-of-state
encounter), 39 mentions (2 Putin–Xi) and 9 encounters in two packets. A second annotator audited
every row: 3 mentions and 1 ledger row in error (7.7 %), adjudicated before freezing.

First run (quoted in the README), after the round 1-18 rules (commit 8b38e9c): mentions of every
pair P 0.895 / R 0.462 (19 predicted, 39 gold), status 0.722 (n=18, majority baseline 0.944);
Putin–Xi: neither of the two mentions found (P 1.000 with nothing predicted, R 0.000; ledger 0 of 1).
The Kremlin news conference gave 3 of its 14 mentions: its title formula ("News conference
following Russian-North Korean talks") is not one the document-event rules know, so "the talks",
"your first meeting", "today's meeting" had no event to link to, and the planned meeting in
Beijing is named only as "the leadership of the People's Republic of China". Other misses: "the
handshake", "the meeting" in reported speech, "G7" used alone for the summit, "a visit to Tokyo"
with a host named elsewhere. False: "thanked Trump for raising the abduction issue with Kim", "the
two men had a quick, polite exchange" (ministers). Status is an expected failure (its majority
baseline is 0.944); Putin–Xi recall is an expected failure; floors at the figures.
Round 19 pass (the news-conference title formula, "the leadership of <country>" as its head on the
day, "the negotiations" no anaphor): P 0.917 / R 0.615, status 0.750, Putin–Xi 1 of 2 (ledger 1 of
1): the Putin–Xi recall test now passes, floors raised to just under the new figures.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import pool_packets, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.91, 0.61  # mentions of every pair; first run 0.895 / 0.462, round 19 pass 0.917 / 0.615
ALL_STATUS_MIN = 1.05  # baseline 0.944 + 0.1: unreachable; first run 0.722 (n=18); after the status pass (this session): 0.800 (n=25)
PUTIN_XI_R = 0.5  # first run 0.000 (0 of 2); round 19 pass 0.5 (1 of 2, ledger 1 of 1)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 19, ("a", "b"))


def test_heldout_r19_putin_xi_precision(packets):
    """Two Putin–Xi mentions (one planned encounter): nothing wrong predicted."""
    r = pool_packets(packets, "r19")
    assert r["mention"][0] == 1.0 and r["ledger"][0] == 1.0


def test_heldout_r19_putin_xi_recall(packets):
    r = pool_packets(packets, "r19")
    assert r["mention"][1] >= PUTIN_XI_R


def test_heldout_r19_meetings_all_pairs(packets):
    check_all_pairs(packets, "r19", round_documents("heldout_r19_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


@pytest.mark.xfail(strict=True, reason="status 0.722 cannot beat its majority baseline (0.944) by 0.1")
def test_heldout_r19_meetings_status(packets):
    check_all_pairs(packets, "r19", round_documents("heldout_r19_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
