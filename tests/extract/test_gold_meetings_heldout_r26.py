"""Meetings against the frozen held-out gold, round 26 (tests/gold/meetings/heldout_r26[ab]*).

Annotated while round 25 was frozen and not yet run, on the last two unused Kremlin pages that
name Xi and are at most 7,000 words long (tests/gold/heldout_r26_meetings/): the 2019 meeting with
heads of international news agencies (packet a: 3 mentions, 2 of them Putin–Xi, the Bolshoi
concert and exhibition of Xi's 2019 state visit, named without a meeting noun) and the 2018 ORF
interview (packet b: 13 mentions: Kurz in Moscow, the Vienna visit ahead, Trump calls and meetings,
Bush in 2001, Obama in 2009, the Singapore summit ahead). A second annotator audited every row
(1 disputed, kept: a ledger place, not scored).

First run (quoted in the README), after the round 1-24 rules (status pass, commit 9ebeb20):
Putin–Xi mentions P 1.000 / R 0.000 (none predicted, 2 gold), ledger 0 of 1: "you and President
Xi opened a concert" and "visiting – together with President Xi – the photo exhibition" hold no
meeting word; mentions of every pair P 0.667 / R 0.312 (3 predicted, 16 gold), status 0.400 (n=5,
majority baseline 0.400). Misses: the interviewer's "your first foreign visit takes you to
Austria", "we were glad to welcome Federal Chancellor Kurtz in Russia", "met more than once at
various international venues", "we regularly talk over the phone", "the possibility of these
meetings", "In a recent telephone conversation, Donald said …", "the personal meeting between
President Trump and … Kim Jong-un", "your upcoming visit to Austria", "The most recent
conversation I had with President Trump". False: "let us continue our conversation" (the
interview itself). Floors at the figures; the Putin–Xi gate and status are expected failures. Sixth status pass (preview_present: "my visit
to Austria is being prepared") status 0.600 (n=5, 3 right), but preview_present ships off (it broke
the status floors of rounds 12 and 35 once the recall pass after round 35 was merged): 0.400. Status pass 2
after round 36: preview_present on again with a guard on the verb (frame.preview_neutral_lemmas): 0.600, now gated.
"""

from __future__ import annotations

import pytest

from tests.extract.test_gold_meetings_heldout_r1 import check_round, round_documents, round_packets
from tests.extract.test_gold_meetings_heldout_r4 import check_all_pairs

MENTION_P, MENTION_R = 0.9, 0.5  # Putin–Xi: not reached; first run 1.000 / 0.000 (0 predicted, 2 gold)
ALL_P, ALL_R = 0.66, 0.31  # mentions of every pair; first run 0.667 / 0.312
ALL_STATUS_MIN = 0.6  # status pass 2 after round 36 (preview_present on with its guard): 0.600 (n=5, 3 right): now gated; baseline 0.400 + 0.1; first run 0.400 (n=5)


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    return round_packets(tmp_path_factory, 26, ("a", "b"))


@pytest.mark.xfail(strict=True, reason="no Putin–Xi mention found (recall 0.000 of 2; ledger 0 of 1)")
def test_heldout_r26_meetings_putin_xi(packets):
    check_round(packets, "r26", mention=(MENTION_P, MENTION_R), ledger=(0.9, 0.85), status_min=0.9)


def test_heldout_r26_meetings_all_pairs(packets):
    check_all_pairs(packets, "r26", round_documents("heldout_r26_meetings"), precision=ALL_P, recall=ALL_R,
                    status_min=None)


def test_heldout_r26_meetings_status(packets):
    check_all_pairs(packets, "r26", round_documents("heldout_r26_meetings"), precision=None, recall=None,
                    status_min=ALL_STATUS_MIN)
