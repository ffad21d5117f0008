"""Meetings against the frozen held-out gold, round 5 (tests/gold/meetings/heldout_r5*).

Annotated after round 4 had become development data, on 10 unused Kremlin pages whose title
names a meeting with a foreign leader, a summit or a council (tests/gold/heldout_r5_meetings/).
Built and scored like round 4 (see test_gold_meetings_heldout_r4): Putin–Xi mentions, status
and ledger, and the mentions of every pair. A second annotator audited 20 mention rows (1 with
an error: "once told me" is no meeting word) and the 25 ledger rows (1 with an error: the
ledger row of that sentence).

First run (quoted in the README), after the round 1–4 rules: Putin–Xi mentions P 0.000 / R
0.000 (1 gold mention, the one the audit disputes; 3 predicted, all wrong: a 2005 "visit to
China" paired with Xi, and two "meeting" sentences of a Kyrgyz visit), ledger P/R 0.000 /
0.000 (2 rows, 1 encounter), no matched status; mentions of every pair P 0.857 / R 0.288 (52
gold, 14 predicted), status 0.800 (n=15, baseline 0.467). The Putin–Xi part is an expected
failure against the issue's targets; the all-pair floors sat at the figures.

Latest (round 5 as dev data, issue 12: leaders named by title — leader_of_<Country>,
head_of_government_of_<Country> —, visits to a country meet its leader in office that day,
summits named without participants, greetings in a held event's transcript): every pair P/R
1.000 / 0.846 (33 predicted, 52 gold), status 0.909 (n=44, baseline 0.477); Putin–Xi P/R 1.000 /
0.000 (no prediction; the one gold row is the disputed "once told me"). Floors just under these.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_round, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

MENTION_P, MENTION_R = 0.9, 0.85  # Putin–Xi: issue 12's targets (first run 0.000 / 0.000: xfail)
LEDGER_P, LEDGER_R = 0.9, 0.85
STATUS_MIN = 0.9
ALL_P, ALL_R = 0.97, 0.84  # mentions of every pair; first run 0.857 / 0.288, round-14 pass 1.000 / 0.846, latest 0.971 / 0.846 (readout_headline)
ALL_STATUS_MIN = 0.9  # first run 0.800 (n=15, baseline 0.467); latest 0.909 (n=44, baseline 0.477)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 5, ("",))


@pytest.mark.xfail(reason="first run: Putin–Xi P/R 0.000 / 0.000 (one disputed gold mention, three false "
                   "predictions), far from the targets", strict=True)
def test_heldout_r5_meetings_putin_xi(packets):
    check_round(packets, "r5", mention=(MENTION_P, MENTION_R), ledger=(LEDGER_P, LEDGER_R), status_min=STATUS_MIN)


def test_heldout_r5_meetings_all_pairs(packets):
    check_all_pairs(packets, "r5", round_documents("heldout_r5_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=ALL_STATUS_MIN)
