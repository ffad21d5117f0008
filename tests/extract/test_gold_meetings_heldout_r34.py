"""Meetings against the frozen held-out gold, round 34 (tests/gold/meetings/heldout_r34[ab]*).

Annotated while this session's second set of passes was in its worktrees and rounds 32-33 had been
run: 12 unused AllSides records with a sentence naming two heads of state beside a meeting phrase
(tests/gold/heldout_r34_meetings/: the Paris climate summit and Obama's meetings there planned, an
Obama-Hollande press conference, Singapore, the 2012 and 2016 G20s, the St. Petersburg G20 planned
and the Moscow meeting cancelled, the 2018 G7, Helsinki, the Buenos Aires G20 and the USMCA
signing, an Obama-Lee news conference), 46 mentions and 17 encounters in two packets. A second
annotator audited every row (4 of 63 disputed, all participants from a host country: 2
adjudicated, removing Xi from the 2016 G20 "held in China", so no Putin-Xi row remains).

First run (quoted in the README), after the round 1-33 rules and this session's second passes
(recall 9efc32a: cataphora, clause_dates on; status 690b21b/bba30c3: in_person_cue_mode,
adjective_complement, planned_modifier on; attachment pass seven): no Putin-Xi mention predicted
(right); mentions of every pair P 0.848 / R 0.783 (33 predicted, 46 gold); status 0.694 (n=36,
majority baseline 0.583). Misses (10): a headline "ahead of climate talks" and "Ahead of the
president's trip", "next week's … talks", "the two-week U.N. conference", "characterized the meeting
at the time", "a post-summit press conference", "the whole Korean trip" and "the Korean
negotiations" in a quotation, "a communique at the G-7 summit", a habitual "me and Mr. Putin talk
about". False (5): a senator's trip, "for the first time in Modi's decade-long tenure" of a
minister's visit, "the Pompeo visit", a hacking charge, a candidate's positions. Status errors
(11): six planned meetings read as occurred (previews: "The meeting is the first …"), two held
ones as planned, a video call as phone, a planned one as phone and one as hypothetical. Floors at
the figures. Sixth status pass (preview_present, prospective_attitude): status 0.778 (n=36, 28 right):
"The White House has said an earlier meeting in Moscow … is under review" (two rows) and "expressed
optimism about his summit" now planned; floor raised. preview_present then shipped off (merged with
the recall pass after round 35 it broke the status floors of rounds 12 and 35): 0.722 (26 right).
Recall pass after round 37 (non_head_possessor: "the Republican senator's trip to Egypt at Obama's
…" is the senator's): every pair P 0.903 (31 predicted, 28 right), R unchanged; precision floor raised.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.90, 0.78  # mentions of every pair; first run 0.848 / 0.783; recall pass after r37 (non_head_possessor) 0.903 / 0.783
ALL_STATUS_MIN = 0.77  # status pass 2 after round 36 (preview_present on with its guard): 0.778 (n=36, 28 right); baseline 0.583 + 0.1; first run 0.694 (n=36); sixth status pass 0.722 (26 right; 0.778 with preview_present on, which ships off)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 34, ("a", "b"))


def test_heldout_r34_no_putin_xi(packets):
    check_no_putin_xi(packets, "r34")


def test_heldout_r34_meetings_all_pairs(packets):
    check_all_pairs(packets, "r34", round_documents("heldout_r34_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=ALL_STATUS_MIN)
