"""Frozen held-out framing gold, round 30 (tests/gold/framing/heldout_r30_sentences.csv): unseen text.

Annotated after rounds 28 and 29 had become development data (tests/gold/heldout_r30_framing/): 50
new AllSides sentences holding a unit and a word naming Russia, China or their leaders, with no
negation or hedge cue near the unit; no document packet. Scored exactly as round 1 (see
test_gold_heldout_r1.py). Unlike rounds 28–29 the annotators' brief had no line on terms inside a
reported event (voice follows ANNOTATION.md alone). A second annotator audited 40 rows and disputed
6 (3 adjudicated before freezing: two surfaces, one speaker).

First run (quoted in the README), after the rules learnt from rounds 1-29 (scope pass, commit
9d55514): terms P/R 1.000 / 0.982 (55 gold rows; a "farmer friend" missed), target 0.796 (majority
baseline 0.796), voice 0.796 (0.778) and speaker 0.815 (0.852): none beats its baseline; no negated
row; one hedge predicted where the gold has none ("widely viewed as … the regime"). Target errors
(11): terms about third parties in a sentence naming Russia or China given to them (the Assad
"regime" and "ally", a "US-Russian alliance" to combat ISIS, "allies, like the U.S. and China",
friends "across Russia", friendly overtures "to Russian President Putin"), Russia as "a strong
Syrian ally" and "a partner of Russia" given `other`, a Russian "autocrat" given to Russia, not
Putin. Voice errors (11): labels a named source applies, read by the gold as paraphrase, given to the
writer (Sanders' "autocracy", Trump "saying U.S. partners should pay more for the military
alliance" (2), Pompeo's "allies", officials' "U.S. partners", a fund's name in a newspaper report),
and the reverse (the Assad "regime" and "ally" inside "widely viewed as", a headline's "partner"
read as quoted). Floors at the term figures; target, voice, speaker, negated and hedged are
expected failures.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r30_framing"
FLOORS = {"precision": 1.0, "recall": 0.98, "target": 0.9, "voice": 0.88, "speaker": 0.95,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"target": "target 0.796 does not beat its majority baseline (0.796)",
          "voice": "voice 0.796 does not beat its majority baseline (0.778) by 0.1",
          "speaker": "speaker 0.815 is under its majority baseline (0.852)",
          "negated": "no negated row in this round: precision and recall of true are undefined",
          "hedged": "no hedged row in this round (one predicted at the first run, none since rule "
                    "impersonal_own_predicate): precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r30", None, "heldout_r30_sentences.csv", PACKETS / "framing_r30_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r30_field(heldout, field):
    check_field(heldout, field, "held-out r30", FLOORS)
