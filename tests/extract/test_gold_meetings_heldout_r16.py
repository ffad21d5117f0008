"""Meetings against the frozen held-out gold, round 16 (tests/gold/meetings/heldout_r16a*): official releases.

Annotated after round 15 was frozen: 12 unused en.kremlin.ru pages (2001–2006) whose title
reports Putin meeting, talking to or phoning a head of state or government (Jiang Zemin, Hu
Jintao, Kim Dae-jung, Koizumi, Fox, Kuchma; SCO 2006 and APEC 2001 summits; one meeting with
Russia's own prime minister), tests/gold/heldout_r16_meetings/.A second annotator audited 25 mentions and 10 ledger rows: one issue (the SCO
summit's member leaders named by title were left out of its six rows and its encounter),
adjudicated before freezing; every-pair scoring is by sentence, so it changes no figure.

First run (quoted in the README), after the round 1–14 rules: mentions of every pair P 0.958 /
R 0.532 (24 predicted, 47 gold), status 0.880 (n=25, majority baseline 0.800); no Putin–Xi
mention predicted (right). 14 of the 22 misses are lines the HTML extraction leaves out of the
article text, as it should for navigation: "See also" link lines ("Working Visit to the
People's Republic of China. APEC Summit October 19 − 21, 2001") and photo captions ("President
Putin with Mexican President Vicente Fox."); on the text the pipeline keeps, recall is 25/33 =
0.758. The other misses: a multilateral summit described by its participants ("The heads of
state and government of 20 countries … took part in the meeting", "the APEC leaders began their
meeting", "the leaders of Russia, China, Kazakhstan …"), "The leaders of two countries
discussed …", "The heads of state noted …", a host welcoming "the participants". False: Putin
calling on "the leaders of SCO member countries" in a speech. Status is an expected failure
(0.880 does not beat 0.800 by 0.1); floors at the figures.

Round 15-16 pass: a release titled by its readout is dated by its publication day (readout_headline),
so "The heads of state noted …" links to Putin's meeting with Hu Jintao in 2005: P 0.960 / R 0.553,
status 0.885 (n=26; still an expected failure).
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.95, 0.55  # mentions of every pair; first run 0.958 / 0.532, round 15-16 pass 0.960 / 0.553
ALL_STATUS_MIN = 0.9  # baseline 0.800 + 0.1; first run 0.880 (n=25)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 16, ("a",))


def test_heldout_r16_no_putin_xi(packets):
    check_no_putin_xi(packets, "r16")


def test_heldout_r16_meetings_all_pairs(packets):
    check_all_pairs(packets, "r16", round_documents("heldout_r16_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


@pytest.mark.xfail(strict=True, reason="status 0.880 does not beat its majority baseline (0.800) by 0.1")
def test_heldout_r16_meetings_status(packets):
    check_all_pairs(packets, "r16", round_documents("heldout_r16_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
