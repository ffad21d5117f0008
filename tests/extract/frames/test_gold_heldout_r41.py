"""Frozen held-out framing gold, round 41 (tests/gold/framing/heldout_r41_sentences.csv): unseen text.

Drawn after round 40 had its first run, with no pass in between (tests/gold/heldout_r41_framing/): 40
AllSides sentences holding a unit and a speech cue (every target a third party; no negated and no hedged
row). Scored exactly as round 1 (see test_gold_heldout_r1.py). A second annotator audited every row before
the freeze (6 of 44 disputed, adjudicated).

First run (quoted in the README), on the code of round 40's first run: terms P/R 0.976 / 0.976 (41 gold
rows; "despotic" predicted, a form the adjudication removed; a legal "friend of the court" missed);
target 1.000 (baseline 1.000) — not measurable; voice 0.825 (n=40, baseline 0.450); speaker 0.725
(baseline 0.400); no negated or hedged row (one hedge predicted). Voice errors (7): three show titles in
quotation marks ("Conway said on “Fox & Friends.”") read as authorial (the adjudication made them
quoted); "Article 5 says an attack against one ally …" (a treaty article as the source) read as
authorial, twice; an organisation's name read as a paraphrase of "an NGO"; a headline in capitals read
as a speaker. Speaker errors (11): pronoun speakers ("He", "she", "he") left empty (an open convention),
the speakers of multi-sentence quotations named in the paragraph (Dr. Ford, Bob Menendez, Dubowitz) left
empty, a headline's "(Reuters)" after it, "Article 5", the organisation and the capitals headline. Floors
at the figures; target, negated and hedged are expected failures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r41_framing"
#: Twentieth attribution pass (rounds 1-41 pooled, credited_quotation): speaker 0.725 -> 0.750; then
#: rule label_words (turns.yml: the capitals kicker "BUSH'S ADVICE TO JEB:" is no speaker's label):
#: voice 0.825 -> 0.850, speaker 0.750 -> 0.775; floors at these.
FLOORS = {"precision": 0.97, "recall": 0.97, "target": 0.99, "voice": 0.85, "speaker": 0.775,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"target": "target 1.000 at its majority baseline (1.000): every term is about third parties",
          "negated": "no negated row in this round: precision and recall of true are undefined",
          "hedged": "no hedged row in this round (one predicted at the first run, none since rule "
                    "impersonal_own_predicate): precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r41", None, "heldout_r41_sentences.csv", PACKETS / "framing_r41_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r41_field(heldout, field):
    check_field(heldout, field, "held-out r41", FLOORS)
