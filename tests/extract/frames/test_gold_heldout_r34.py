"""Frozen held-out framing gold, round 34 (tests/gold/framing/heldout_r34_sentences.csv): unseen text.

Annotated while this session's passes were in their worktrees (tests/gold/heldout_r34_framing/):
the last 15 AllSides sentences holding a unit with a negation or hedge cue near it and 35
sentences holding a unit and a word naming Russia, China, their leaders or capitals; no document
packet. Scored exactly as round 1 (see test_gold_heldout_r1.py). A second annotator audited 36
rows and disputed 4 (open calls, kept).

First run (quoted in the README), after the rules learnt from rounds 1-33 (framing pass four:
clause_participant, modifier_clause, and_other, side_premodifier, bare_pair, linking_verb,
not_so_much on): terms P/R 1.000 / 0.961 (51 gold rows); target 0.857 (n=49, majority baseline
0.796) — over issue 13's 0.85 but not its baseline + 0.1; voice 0.918 (baseline 0.735); speaker
0.857 (baseline 0.735); negated P/R 0.500 / 0.500 (2 true rows matched); no hedged row. Terms
missed: "authoritarianism" (a form the gold admits in this round and rounds 6-28 but round 24
adjudicated out) and "allies" inside a quotation. Target errors (7): a Trump-Putin "best friends"
and "friendly" given to Putin (gold: other), "Hong Kong Alliance in Support of …" given to China,
GM's "Chinese partners" to China and "China, one of the nation's largest trade partners" to
other, "the Communist regime" of a company's experience in the country to other, "alleging ties
between … and allies of Russian President" to Russia. Voice: CNN's and officials' allegations
read as authorial (the reported-event conflict of rounds 28-33), "China has maintained a
military alliance" read as China's paraphrase. Speaker: a quotation opened by "he said" after
"Obama's inauguration", a pronoun speaker ("he"), a restated charge given to Putin. Negation:
"would be nothing without friendly police departments" right; "never evolve … until they can
get … leadership without … a dictatorship" missed; "dictators" under a "rather than" list
taken as negated. Floors at the figures; target is an expected failure (not beating its
baseline by 0.1), hedged has no true row.

Framing voice pass (issue 13, rounds 1-35 pooled; rule object_sense, "maintain" with a noun object
reports nothing): "China has maintained a military alliance" now authorial, voice 0.918 -> 0.939,
speaker 0.857 -> 0.878; voice floor raised to just under the figure.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r34_framing"
FLOORS = {"precision": 1.0, "recall": 0.96, "target": 0.89, "voice": 0.93, "speaker": 0.85,
          "neg_p": 0.5, "neg_r": 0.5, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"target": "target 0.857 does not beat its majority baseline (0.796) by 0.1",
          "hedged": "no hedged row in this round: precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r34", None, "heldout_r34_sentences.csv", PACKETS / "framing_r34_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r34_field(heldout, field):
    check_field(heldout, field, "held-out r34", FLOORS)
