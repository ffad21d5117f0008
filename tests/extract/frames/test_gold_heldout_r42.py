"""Frozen held-out framing gold, round 42 (tests/gold/framing/heldout_r42_sentences.csv): unseen text.

Drawn after round 41 had its first run (tests/gold/heldout_r42_framing/): 40 AllSides sentences holding a
unit and a speech cue (every target a third party; one negated and two hedged rows). Scored exactly as
round 1 (see test_gold_heldout_r1.py). A second annotator audited every row before the freeze (0 of 42
disputed; one open call adjudicated as round 41). Frozen while this session's passes ran, before their merge.

First run (quoted in the README), on the merged code: terms P/R 1.000 / 1.000 (42 gold rows);
target 1.000 (baseline 1.000) — not measurable; voice 0.833 (n=42, baseline 0.429); speaker 0.690 (baseline
0.381); negated: its one row ("not known for ruling with an iron fist") missed; hedged P/R 1.000 / 0.500 (a
scare-quoted "regime change" missed). Speaker errors (13): pronoun speakers ("He", "She", "they", "he",
"she") left empty (the open convention), paraphrase sources left empty ("the White House", "his mother",
"An associate of Manafort", "Caldwell's mother, Terry"), "the likes" for Jan Schakowsky, "Google" for "An
anonymous employee", "Nixon" for an authorial "friendly". Floors at the figures; target and negated are
expected failures.

Speaker pass 1b (rule relation_speaker: "his mother said", "Caldwell's mother, Terry, said", "An associate
of Manafort"): voice 0.833 -> 0.881, speaker 0.690 -> 0.762; floors raised to these.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r42_framing"
#: Speaker pass after the errata of rounds 1-16 (rule kept_pronoun on, quote_cue_pronoun on): speaker
#: 0.762 -> 0.833 (32 -> 35 of 42: kept_pronoun +2,
#: quote_cue_pronoun +1); floor just under it.
FLOORS = {"precision": 1.0, "recall": 1.0, "target": 0.99, "voice": 0.88, "speaker": 0.83,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 1.0, "hedge_r": 0.5}
_XFAIL = {"target": "target 1.000 at its majority baseline (1.000): every term is about third parties",
          "negated": "its one negated row (\"not known for ruling with an iron fist\") missed"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r42", None, "heldout_r42_sentences.csv", PACKETS / "framing_r42_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r42_field(heldout, field):
    check_field(heldout, field, "held-out r42", FLOORS)
