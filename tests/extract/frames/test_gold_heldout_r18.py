"""Frozen held-out framing gold, round 18 (tests/gold/framing/heldout_r18_documents.csv): unseen official releases.

Annotated after round 17 was frozen (tests/gold/heldout_r18_framing/): every remaining
en.kremlin.ru page of at most 2,300 words holding a framing unit, 19 whole pages (speeches,
an interview, messages to Chinese leaders, an SCO declaration, meetings with officials, an
article by Putin). Scored as round 1's documents (see test_gold_heldout_r1.py), and the page
without a gold row counts too: whatever is predicted there is a false term. A second annotator
audited 30 rows (no error) and read two pages whole (nothing missing).

First run (quoted in the README), after the rules learnt from rounds 1–16: terms P/R 0.963 /
1.000 (78 gold rows; false: a non-pejorative "international regime", two "environmentally
friendly"), target 0.782 (majority baseline 0.769), voice 0.962 (0.962), speaker 0.859
(0.821). Target errors (17): "friendly"/"friendship" of Russia and a third country read as
Russia or the relationship, and the Russia–China relationship or China read as `other`
("comprehensive strategic partnership" after a sentence naming China, "our strategic partners"
for China); speaker errors (11): messages and greetings reported by the release ("President
Vladimir Putin sent messages of congratulations …", a "Greetings" page) left without their
sender, an SCO declaration's paraphrase read as authorial. Target, voice and speaker do not
beat their majority baselines by 0.1 on this round (almost every term is Putin's own word about
another country), so they are expected failures; terms are gated.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.extract.frames.test_gold_heldout_r1 import (
    GOLD, _document, check_field, evaluate_document_rows, field_params, prediction_rows, read_gold, require_shared,
    summarise)

PACKETS = GOLD.parent / "heldout_r18_framing"
#: Eleventh attribution pass (lead-in paragraphs "The message said, in part:" before a block quotation):
#: speaker 0.859 -> 0.923, which beats its baseline (0.821) by 0.1: the expected failure is lifted,
#: floor just under the figure.
#: Target pass on official releases (third_party_relation, third_party_generic): target 0.782 -> 0.833.
FLOORS = {"precision": 0.96, "recall": 0.99, "target": 0.83, "voice": 0.96, "speaker": 0.921,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"target": "target 0.782 does not beat its majority baseline (0.769) by 0.1",
          "voice": "voice 0.962 equals its majority baseline (0.962)",
          "negated": "no negated row in this round: precision and recall of true are undefined",
          "hedged": "no hedged row in this round: precision and recall of true are undefined"}


def _pages_without_gold(gold: pd.DataFrame) -> list[dict]:
    """Predictions on the round's pages that hold no gold term (all false terms)."""
    from summitlens.extract.frames import extract_frame_terms

    pages = pd.read_csv(PACKETS / "documents.csv", dtype=str, keep_default_na=False)
    return [p for file in sorted(set(pages["file"]) - set(gold["file"]))
            for p in prediction_rows(file, extract_frame_terms(_document(file, {})))]


@pytest.fixture(scope="module")
def heldout():
    require_shared()
    gold = read_gold("heldout_r18_documents.csv")
    rows, preds, missing = evaluate_document_rows(gold)
    return summarise({"documents": (rows, preds + _pages_without_gold(gold), missing)}, "heldout_r18")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r18_field(heldout, field):
    check_field(heldout, field, "held-out r18", FLOORS)
