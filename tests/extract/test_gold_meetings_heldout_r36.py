"""Meetings against the frozen held-out gold, round 36 (tests/gold/meetings/heldout_r36[ab]*).

Annotated while this session's passes were in their worktrees (branched before this draw): 12
unused AllSides records from a wider pool (two sentences with a meeting phrase and a head of
state beside a second head or a leader's title; tests/gold/heldout_r36_meetings/: Obama in
Myanmar and Thailand 2012, Trump-Zelensky, Trump-Kim, the Morrison state visit, "Howdy, Modi", a
Trump-Erdogan line; six records hold only meetings of ministers and officials), 21 mentions and 9
encounters in two packets. A second annotator audited every row (7 of 33 disputed, adjudicated).

First run (quoted in the README), after the round 1-35 rules and this session's meetings passes
(recall: appearance_with, host_title, counterpart_title, meal_with with bare_meal and
possessor_not_party on; status: prospective_attitude on, preview_present off): no Putin-Xi
mention predicted (right); mentions of every pair P 0.824 / R 0.714 (17 predicted, 21 gold);
status 0.400 (n=15, majority baseline 0.600) — under its baseline. Misses (6): the headline
"Obama: Myanmar trip not an endorsement", "The first sitting U.S. president to visit the
country", "As well as meeting Thein Sein and Suu Kyi, Obama will deliver a speech", the two
encounters of "will host the Australian prime minister for a state visit on Friday, then join
Indian Prime Minister …", "the president's interactions with the Ukrainian president". False (3):
two video captions "Obama visits temple In Thailand" (a place, not a leader) and "Kerry has met
with other world leaders, including French President Emmanuel Macron and German President …" read
as a Macron-Germany meeting. Status errors (9): the Myanmar visit, dated by the record the day
before it took place (the gold follows the publication date: planned), read as held from "arrives
in", "arrived in … on Monday" and its anaphora; the postponed Zelensky visit read as held; the
Zelensky call read as planned. Floors at the figures; status is an expected failure.

Recall pass after round 36 (country adjectives before titles, non-head subjects; rules
country_adjective_title, non_head_subject): P 0.833 / R 0.810 (18 predicted, 15 right; 17 of 21 gold
found), status 0.471 (n=17, still under its baseline). Found: both encounters of "will host the Australian
prime minister …, then join Indian Prime Minister Narendra Modi". No longer predicted: "Kerry has met with
other world leaders, including French President Emmanuel Macron …" (a subject who is no head). New false
positive: "Speaking Sunday alongside Thai Prime Minister Yingluck Shinawatra, Obama emphasized …". Still
missed: the "Myanmar trip" headline, "to visit the country", "As well as meeting Thein Sein and Suu Kyi"
(neither in people.yml), "the president's interactions with the Ukrainian president". Floors at the figures.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_no_putin_xi, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

ALL_P, ALL_R = 0.93, 0.80  # mentions of every pair; first run 0.824 / 0.714, recall pass after round 36 0.833 / 0.810, after r39 0.938 / 0.810
ALL_STATUS_MIN = 0.70  # baseline 0.600 + 0.1: not reached; first run 0.400 (n=15)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 36, ("a", "b"))


def test_heldout_r36_no_putin_xi(packets):
    check_no_putin_xi(packets, "r36")


def test_heldout_r36_meetings_all_pairs(packets):
    check_all_pairs(packets, "r36", round_documents("heldout_r36_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


@pytest.mark.xfail(strict=True, reason="status 0.400 is under its majority baseline (0.600)")
def test_heldout_r36_meetings_status(packets):
    check_all_pairs(packets, "r36", round_documents("heldout_r36_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
