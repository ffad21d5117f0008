"""Meetings against the frozen held-out gold, round 24 (tests/gold/meetings/heldout_r24[ab]*).

Annotated after round 22 had become development data (round 23 frozen and not yet run): 12 unused
AllSides records with a sentence naming two heads of state beside a meeting phrase
(tests/gold/heldout_r24_meetings/: the Singapore and Panmunjom summits, a possible Trump–Xi
summit, Helsinki, the Osaka G-20 ahead, Trump's Japan visits, a Trump–Moon call; a candidate's and
a president-elect's meetings hold no encounter of heads), 40 mentions and 11 encounters in two
packets. A second annotator audited every row (2 open calls kept).

First run (quoted in the README), after the round 1-23 rules (third recall pass, commit d35caad):
mentions of every pair P 0.818 / R 0.700 (33 predicted, 40 gold), status 0.429 (n=28, majority
baseline 0.571); no Putin–Xi mention predicted (right). Status errors: summits the articles
preview (gold planned) read as occurred (6) or hypothetical (3), a cancelled summit and a phone
call read as occurred, two in-person meetings read as virtual (status pass after round 42, rules
outcome_condition and anaphor_hedge_clause: 0.828, n=29, over its baseline 0.586 + 0.1: a normal
test now). Misses: a photo caption's "bids farewell", "the two leaders could sit down" and "when the two leaders meet" of a possible
summit, headlines ("TRUMP TOUTS 'HISTORIC' KOREAN SUMMIT", "… if summit fails"), "This weekend's
presidential trip to Japan". False: the president-elect's White House meeting again (2 rows),
candidate Trump's meeting with Peña Nieto, Moon's "meeting of senior secretaries", "the
inter-Korean talks" of officials, a non-leader "secretly meeting". Floors at the figures; status
was an expected failure (under its baseline) until the status pass after round 42.

Precision pass after round 44 (non_head_holder on: "told a meeting of senior secretaries" is no heads'
meeting): P 0.903 / R 0.725 (31 predicted, 28 right); floor P raised to 0.90.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.90, 0.70  # mentions of every pair; first run 0.818 / 0.700; after the precision pass (this session): 0.871 / 0.700; precision pass after r44 (non_head_holder) 0.903 / 0.725
ALL_STATUS_MIN = 0.82  # status pass after round 42 (outcome_condition, anaphor_hedge_clause) 0.828 (n=29, 24 right; 20 before it); status pass 2 after round 36 (preview_present on with its guard): 0.655 (n=29, 19 right); baseline 0.571 + 0.1 (0.586 + 0.1 at n=29): not reached; first run 0.429 (n=28); after the status pass (this session): 0.500; sixth status pass 0.655 (n=29, 19 right; 18 before it), 0.621 with preview_present shipped off


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 24, ("a", "b"))


def test_heldout_r24_no_putin_xi(packets):
    check_no_putin_xi(packets, "r24")


def test_heldout_r24_meetings_all_pairs(packets):
    check_all_pairs(packets, "r24", round_documents("heldout_r24_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


def test_heldout_r24_meetings_status(packets):
    check_all_pairs(packets, "r24", round_documents("heldout_r24_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
