"""Frozen held-out framing gold, round 9 (tests/gold/framing/heldout_r9_sentences.csv): unseen text.

Annotated after round 8 had become development data (tests/gold/heldout_r9_framing/): 100 new
AllSides sentences, 60 holding a unit near a negation/hedge cue (any topic) and 40 on
Russia/China holding a unit and a speech cue; no document packet. Scored exactly as round 1
(see test_gold_heldout_r1.py). A second annotator audited 30 rows: 1 with an error (3.3 %: "prevent" not
marked as negating).

First run (quoted in the README), after the rules learnt from rounds 1–8: terms P/R 0.991 /
0.972 (108 gold rows), target 0.914 (majority baseline 0.867), voice 0.857 (0.514), speaker
0.676 (0.390), negated P/R 0.867 / 0.591 (22 true rows matched), hedged P/R 0.571 / 0.444 (9).
Target beats its baseline by 0.047, not 0.1 (expected failure); floors at the other figures.
Scope, third pass (issue 13, rounds 8-9 as development data: negated support verbs, quoted nouns
after an article or number as scare quotes unless a reporting verb calls them so): negated P/R
0.867/0.591 -> 0.842/0.727, hedged P/R 0.571/0.444 -> 0.778/0.778; floors just under these.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r9_framing"
#: Fourth attribution pass (issue 13, rounds 8-9 studied: continued quotations in the paragraph,
#: a title's period after an inverted verb, a title-only subject's name, a reporting
#: verb's own clause): voice 0.857 -> 0.867, speaker 0.676 -> 0.733; floors just under these.
#: Scope, fourth pass (issue 13, rounds 1-10 pooled: "not" opening a predicative or verbless
#: phrase, negated comparisons): negated P/R 0.842/0.727 -> 0.905/0.864; floors just under these.
#: Scope, sixth pass (issue 13, rounds 1-13 pooled: three or more quoted items in a series are a
#: list of names, no scare quotes): hedged P 0.778 -> 0.875; floor just under it.
#: Scope, seventh pass (issue 13, rounds 1-14 pooled: indefinite objects of a negated verb, "no" on
#: a modal subject, quoted adjectives): negated P/R 0.952/0.870 -> 0.957/0.957, hedged P/R
#: 0.875/0.778 -> 0.889/0.889; floors just under these.
#: Twentieth attribution pass (rounds 1-41 pooled, quote_only_verbs): speaker 0.822 -> 0.832; floor just under it.
#: Errata of rounds 1-16 (tests/gold/framing/errata_r1_r16_speakers.csv, pronoun-only attributions as
#: the text gives them) with rule kept_pronoun on: speaker 0.832 -> 0.822 (89 -> 88 of 107). The
#: errata alone (rule off) give 0.785 (84): the floor breaks because the errata changed the gold,
#: so it is re-set to the errata'd figure; the rule itself is +4 rows on the errata'd gold.
FLOORS = {"precision": 0.99, "recall": 0.97, "target": 0.967, "voice": 0.89, "speaker": 0.822,
          "neg_p": 0.95, "neg_r": 0.95, "hedge_p": 0.88, "hedge_r": 0.88}
_XFAIL = {"target": "target 0.914 beats its majority baseline (0.867) by less than 0.1"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r9", None, "heldout_r9_sentences.csv", PACKETS / "framing_scope11_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r9_field(heldout, field):
    check_field(heldout, field, "held-out r9", FLOORS)
