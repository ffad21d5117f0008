"""Meetings against the frozen held-out gold, round 32 (tests/gold/meetings/heldout_r32[ab]*).

Annotated while this session's passes were in their worktrees: 12 unused AllSides records with a
sentence naming two heads of state beside a meeting phrase (tests/gold/heldout_r32_meetings/:
Trump-Putin in Hamburg and at the 2017 G20, their 2018 summit, Hanoi, the April 2018 inter-Korean
summit, Trump's calls with Moon, Abe, Trudeau and Pena Nieto, Singapore planned, Obama-Xi in
Beijing planned), 46 mentions and 13 encounters in two packets. A second annotator audited every
row (16 of 59 disputed, mostly places and open calls; 2 adjudicated before freezing).

First run (quoted in the README), after the round 1-31 rules and this session's passes (recall
dd410b3: determined_anaphora, photo_op, turn_first_person, named_anaphora on; status 75982f2:
cancelled_object, before_anaphora, prospective_dated, present_headline on): no Putin-Xi mention
predicted (right); mentions of every pair P 0.812 / R 0.696 (32 predicted, 46 gold); status
0.625 (n=32) — equal to its majority baseline (0.625), so an expected failure. Misses (14): the
inter-Korean summit's colour sentences ("had not met the South's leader before", "the mood of the
summit", "all smiles and handshakes", a video caption "shake hands", "never heard him in
conversation"), its headline ("five things we've learned from Korean summit"), a tweet "Just had
a long and very good talk with President Moon", "time and location of meeting with North Korea",
"The summit came and went", "as President Obama arrived in Beijing", "the phone calls between"
two pairs (2 rows), a "conversation yesterday" in Putin's quoted words and "back from a Hanoi
summit". False (6): Romney's trip as a candidate, a rival's "prepares to meet", "said at the
press conference" without a meeting word, "assured both leaders" and "the leaders agreed" after
two calls, a run-on survey sentence. Status errors (12): planned and occurred confused both ways
(5), calls planned or planned calls (4), two floated visits (hypothetical) read as occurred and
planned, a planned one as hypothetical. Floors at the figures.

As dev data (issue 12 fifth status pass: in_person_cue_mode, adjective_complement, planned_modifier):
status 0.750 (n=32, 24 right), over baseline + 0.1, so the status gate is no longer an expected failure;
mentions unchanged. With the second recall pass (cataphora) as well: P 0.818 / R 0.717 and status
0.758 (n=33, baseline 0.636).
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.81, 0.69  # mentions of every pair; first run 0.812 / 0.696
ALL_STATUS_MIN = 0.75  # baseline 0.636 + 0.1 (one more matched mention since the second recall pass); first run 0.625 (n=32), 0.758 (n=33) after the fifth status pass


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 32, ("a", "b"))


def test_heldout_r32_no_putin_xi(packets):
    check_no_putin_xi(packets, "r32")


def test_heldout_r32_meetings_all_pairs(packets):
    check_all_pairs(packets, "r32", round_documents("heldout_r32_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


def test_heldout_r32_meetings_status(packets):
    check_all_pairs(packets, "r32", round_documents("heldout_r32_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
