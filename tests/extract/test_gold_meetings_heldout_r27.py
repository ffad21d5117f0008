"""Meetings against the frozen held-out gold, round 27 (tests/gold/meetings/heldout_r27[ab]*).

Annotated after rounds 25 and 26 had become development data: 12 unused AllSides records with a
sentence naming two heads of state beside a meeting phrase (tests/gold/heldout_r27_meetings/:
Trump's 2017 first foreign trip with the Saudi king, Israel, Macron and the NATO summit, Macron's
2018 state visit, the Helsinki, Singapore and Hanoi summits, the Hamburg G20 with the Putin–Trump
meeting, Trump–Duda in Warsaw, the Hangzhou G20 with Obama–Xi), 49 mentions and 16 encounters in
two packets. A second annotator audited every row (6 disputed; one ledger row for the whole trip,
which double-counted its encounters, removed before freezing).

First run (quoted in the README), after the round 1-26 rules (second recall pass, commit
19a03cd): no Putin–Xi mention predicted (right); mentions of every pair P 0.846 / R 0.673 (39
predicted, 49 gold), status 0.727 (n=33, majority baseline 0.697). Misses: greetings and
handshakes at the NATO summit and a photo caption (6: "Macron greets leader of free world first",
"swerved to warmly greet … Merkel", "As NATO leaders walked to take a group photo"), "received a
reception fit for a king", "presented with a gold medal by the Saudi king", "Facing off with
Macron", a tweet's "stood on foreign soil next to a murderous lying thug", "after very
substantive dialogue", "during a joint press conference", "previewed the president's foreign
trip", the Hangzhou summit "which officially starts Sunday" (2), "the two of them 'got along from
the beginning'". False: Comey's "meetings with Trump", scraped related-link lines (2), an
administration's talks, a candidate-era "talks continued". Floors at the figures; status is an
expected failure (under its baseline + 0.1).
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.85, 0.73  # mentions of every pair; first run 0.846 / 0.673; after the joint-appearance pass (this session): 0.857 / 0.735
ALL_STATUS_MIN = 0.94  # status pass 2 after round 36 (preview_present on with its guard): 0.944 (n=36, 34 right); sixth status pass 0.917 (n=36, 33 right; 0.944 with preview_present on, which ships off); status pass on the parse 0.861 (n=36, 31 right, baseline 0.722): now gated; baseline 0.697 + 0.1: not reached; first run 0.727 (n=33)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 27, ("a", "b"))


def test_heldout_r27_no_putin_xi(packets):
    check_no_putin_xi(packets, "r27")


def test_heldout_r27_meetings_all_pairs(packets):
    check_all_pairs(packets, "r27", round_documents("heldout_r27_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


def test_heldout_r27_meetings_status(packets):
    check_all_pairs(packets, "r27", round_documents("heldout_r27_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
