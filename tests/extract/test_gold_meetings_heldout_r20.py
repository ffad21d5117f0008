"""Meetings against the frozen held-out gold, round 20 (tests/gold/meetings/heldout_r20[ab]*).

Annotated after round 19 had become development data: 6 unused AllSides records with a sentence
naming two heads of state beside a meeting phrase (tests/gold/heldout_r20_meetings/: the Helsinki
summit, Trump–Kim at Panmunjom, Singapore and Hanoi, Trump–Putin at the Osaka G-20, the St.
Petersburg G-20 and Obama's Moscow visit still to come; two records with no encounter of heads),
12 mentions and 7 encounters in two packets. A second annotator audited every row (no error).

First run (quoted in the README), after the round 1-19 rules (commit 727e156): mentions of every
pair P 0.667 / R 0.833 (9 predicted, 12 gold), status 0.700 (n=10, majority baseline 0.700); no
Putin–Xi mention predicted (right). False: "met" in its idiomatic passive sense ("have been met
with accusations", "should be met with", "have not yet met with success"). Missed: "a tussle …
during Trump's trip", "evaluating the utility of a summit". Status is an expected failure; floors
at the figures.
Round 20 pass ("a summit", "a visit" after the pair is named: indefinite_anaphora, on; the idiom rule
object_idiom helps this round only and ships off): P 0.700 / R 0.917, status 0.636 (n=11); floors
raised to just under the new figures.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.70, 0.91  # mentions of every pair; first run 0.667 / 0.833, round 20 pass 0.700 / 0.917
ALL_STATUS_MIN = 0.8  # baseline 0.700 + 0.1; first run 0.700 (n=10)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 20, ("a", "b"))


def test_heldout_r20_no_putin_xi(packets):
    check_no_putin_xi(packets, "r20")


def test_heldout_r20_meetings_all_pairs(packets):
    check_all_pairs(packets, "r20", round_documents("heldout_r20_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


@pytest.mark.xfail(strict=True, reason="status 0.700 equals its majority baseline (0.700)")
def test_heldout_r20_meetings_status(packets):
    check_all_pairs(packets, "r20", round_documents("heldout_r20_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
