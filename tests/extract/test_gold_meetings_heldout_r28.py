"""Meetings against the frozen held-out gold, round 28 (tests/gold/meetings/heldout_r28[ab]*).

Annotated after round 27 had become development data: 12 unused AllSides records with a sentence
naming two heads of state beside a meeting phrase (tests/gold/heldout_r28_meetings/: Merkel's 2017
White House visit, postponed, and the Hamburg G20 ahead; the Singapore summit ahead and Moon's
White House visit; Obama–Netanyahu in 2014; the 2018 Paris armistice ceremony of world leaders with
its side meetings; the 2012 Los Cabos G-20 with the Obama–Putin meeting; Sunnylands 2013; Beijing
2014), 58 mentions and 16 encounters in two packets. A second annotator audited every row (7
missing and 2 disputed; 6 rows added before freezing: anaphora of the Paris ceremony, a second
encounter of one sentence).

First run (quoted in the README), after the round 1-27 rules (joint-appearance pass, commit
dc8b515): no Putin–Xi mention predicted (right); mentions of every pair P 0.581 / R 0.466 (43
predicted, 58 gold), status 0.667 (n=27, majority baseline 0.556). False (18): talks of officials
and lawmakers ("Dream Act" talks, Schumer's call with an official, senators' letter, Iran "talks"),
a president-elect's and a candidate's meetings (Abe "the first foreign leader to meet Mr. Trump",
"a lightning visit to Mexico" and its related-link lines), sentences naming two heads without a
meeting ("Donald Trump and Angela Merkel couldn't be more different", "get to know each other
personally", "Netanyahu lectured Obama in the Oval Office"), "canceled a trip … to another
cemetery". Misses (31): the Paris ceremony's anaphora and gatherings ("the event", "the program",
"other global leaders gathered", "greeted Macron and other guests, including Putin", "a thumbs
up"), the summit with North Korea in headlines and in the North's statements ("back away from
summit", "sit together with us", "meet us at a meeting room"), "hosts the long-serving German
leader", "a series of awkward photo-ops", "announcing … alongside Chinese President Xi Jinping".
Floors at the figures.

Status pass 4 after round 39 (postponed_planned on): every pair status 0.742 (n=31, 23 right; "Trump-Merkel
meeting pushed back to Friday" now planned). Status floor raised to 0.74.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.62, 0.46  # mentions of every pair; first run 0.581 / 0.466; after the precision pass (this session): 0.625 / 0.466
ALL_STATUS_MIN = 0.74  # status pass 4 after round 39 (postponed_planned on): 0.742 (n=31, 23 right, baseline 0.516); status pass on the parse 0.704 (n=27, 19 right); baseline 0.556 + 0.1; first run 0.667 (n=27)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 28, ("a", "b"))


def test_heldout_r28_no_putin_xi(packets):
    check_no_putin_xi(packets, "r28")


def test_heldout_r28_meetings_all_pairs(packets):
    check_all_pairs(packets, "r28", round_documents("heldout_r28_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=ALL_STATUS_MIN)
