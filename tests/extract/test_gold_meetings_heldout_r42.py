"""Meetings against the frozen held-out gold, round 42 (tests/gold/meetings/heldout_r42[ab]*).

A third draw of this session, taken after rounds 40-41 had their first run: 12 AllSides records in two packets
(tests/gold/heldout_r42_meetings/: the April 2018 Moon-Kim summit, the planned Trump-Kim talks, Helsinki 2018,
Trump-Xi in June 2019, the 2019 Trump-Zelensky call), 40 mentions and 9 encounters. A second annotator per
packet audited every row before the freeze (2 of 49 disputed, upheld). Frozen while the session's second
passes ran, before their merge.

First run (quoted in the README), on the code after the second merge: no Putin-Xi
mention predicted (right); mentions of every pair P 0.778 / R 0.525 (27 predicted, 21 right; 21 of 40 gold
found); status 0.619 (n=21, majority baseline 0.524) — under its baseline + 0.1. Misses (19): the photo
captions of the April 2018 Moon-Kim summit ("Hide caption North Korean leader Kim Jong Un and South Korean
President Moon Jae-in meet in the truce village"), sentences of the summit naming no meeting word with the
leaders ("They walked side by side down a red carpet", "For much of that lengthy discussion, Kim could be
seen listening intently to Moon"), "Two previous summits, in 2000 and 2007", "The meeting is set to take
place in just two months", "Meeting being planned!", a Trump-Lopez Obrador "spoke to". False (6): a remark
"standing next to Moon" without a meeting word, "the two leaders were trading insults", congressional
leaders. Floors at the figures; status is an expected failure.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.77, 0.52  # mentions of every pair; first run 0.778 / 0.525
ALL_STATUS_MIN = 0.63  # baseline 0.524 + 0.1: not reached; first run 0.619 (n=21)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 42, ("a", "b"))


def test_heldout_r42_no_putin_xi(packets):
    check_no_putin_xi(packets, "r42")


def test_heldout_r42_meetings_all_pairs(packets):
    check_all_pairs(packets, "r42", round_documents("heldout_r42_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


@pytest.mark.xfail(strict=True, reason="status 0.619 is under its majority baseline + 0.1 (0.624)")
def test_heldout_r42_meetings_status(packets):
    check_all_pairs(packets, "r42", round_documents("heldout_r42_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
