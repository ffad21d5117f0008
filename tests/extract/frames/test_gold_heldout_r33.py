"""Frozen held-out framing gold, round 33 (tests/gold/framing/heldout_r33_sentences.csv): unseen text.

Annotated while round 32 was frozen and not yet run (tests/gold/heldout_r33_framing/): 50 new
AllSides sentences holding a unit and a word naming Russia, China, their leaders or capitals, no
negation or hedge cue near the unit; no document packet. Scored exactly as round 1 (see
test_gold_heldout_r1.py). A second annotator audited 35 rows and disputed 2 (adjudicated with the
rows of the same structure before freezing).

First run (quoted in the README), after the rules learnt from rounds 1-32 (framing pass two:
without_gerund and change_into on): terms P/R 0.981 / 1.000 (51 gold rows); target 0.725 (n=51,
majority baseline 0.686) — under issue 13's 0.85 and under its baseline + 0.1; voice 0.882
(baseline 0.882: 45 of 51 rows authorial) and speaker 0.902 (baseline 0.882), neither beating its
baseline by 0.1; no negated or hedged row. Target errors (14): a third party's term given to the
country named nearby ("brothers from an area of Russia", "NATO's … expansion to the border of
Russia … the alliance", "aid to the struggling ally" Ukraine, US "allies" of an effort against
Russia, "other trading partners" beside China, a "new era" of Bush's speech) and terms about
China given to no one ("the Communist regime" of GM's ventures, "a predatory economic partner",
"compared to China's authoritarian …"), a "strongmen (most notably, Vladimir Putin)" not given to
Putin. Voice errors: "According to the Associated Press, the suspects are brothers" and "some
analysts see … autocratic" read as paraphrase where the annotators wrote authorial (the
reported-event conflict of rounds 28-31), and three paraphrases read as authorial ("tend to look
to Russia as Ukraine's key ally" of "People in the east", Bolsonaro's "views as a predatory
economic partner", a moderator's question). Floors at the figures; target, voice and speaker
are expected failures (not beating their baselines by 0.1), negated and hedged have no true row.

Framing target pass four (issue 13, r32-r33 now development data; rules in frames.yml's
target_syntax): target 0.725 -> 0.863 (clause_participant on: NATO's "the alliance", US "allies",
"trading partners", a law firm's "partner"; modifier_clause: "the struggling ally battling hostile
Russia", "aides and allies caught up in the investigation into Russian meddling"; and_other: "China
and other authoritarian states"). Above its baseline by 0.1: no longer an expected failure, floor
just under it. Left: the literal "brothers from an area of Russia", the "Communist regime" of GM's
ventures and "the regime's suppression of the Falun Gong" (no side named near), a relative clause
on "Brazil's relationship with China", "a new era of cyber threats including Russia's attempt",
"strongmen (most notably, Vladimir Putin)", and "marked … as an untrustworthy partner" (rule
raised_subject, one sentence: off).
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r33_framing"
FLOORS = {"precision": 0.98, "recall": 1.0, "target": 0.86, "voice": 0.99, "speaker": 0.99,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"voice": "voice 0.882 equals its majority baseline (0.882: 45 of 51 rows authorial)",
          "speaker": "speaker 0.902 does not beat its majority baseline (0.882) by 0.1",
          "negated": "no negated row in this round: precision and recall of true are undefined",
          "hedged": "no hedged row in this round: precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r33", None, "heldout_r33_sentences.csv", PACKETS / "framing_r33_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r33_field(heldout, field):
    check_field(heldout, field, "held-out r33", FLOORS)
