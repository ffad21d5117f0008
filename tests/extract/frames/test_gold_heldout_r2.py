"""Frozen held-out framing gold, round 2 (tests/gold/framing/heldout_r2.csv): unseen text.

Annotated after round 1 had become development data: 14 new documents (8 Kremlin pages,
6 AllSides articles; ``source=document``) and 39 new single sentences holding a unit and a
negation/hedge cue (``source=sentence``, tests/gold/heldout_r2_framing/). Scored exactly as
round 1 (see test_gold_heldout_r1.py). First run (quoted in the README): terms P/R 1.000 /
1.000 (85), target 0.918 (majority baseline 0.929), voice 0.635 (0.388), speaker 0.482 (0.400),
negated P/R 0.850 / 0.944 (18 true), hedged P/R 0.556 / 0.714 (7 true). Floors just under it;
target did not beat its baseline by 0.1, so that test is an expected failure.

Round 2 is development data now. After the voice and speaker study (issue 13: quotation cues
next to a quotation, rubric and headline-link labels rejected, greetings and messages as their
author's turn, pronoun speakers by entity): voice 0.635 -> 0.741, speaker 0.482 -> 0.682 (beats
its baseline 0.400 by 0.1: no longer an expected failure), hedged P 0.556 -> 0.625; floors just
under these. Target study (issue 13, after round 3's first run): target 0.918 -> 0.941, still
short of its baseline (0.929) + 0.1, so that test stays an expected failure. Clause-bound
nearest-mention fallback (after round 4): target 0.941 -> 0.953, still an expected failure.
Attribution structure study (issue 13: the subject before an aside between commas or dashes,
no addressee of "told" as speaker, adverbials dropped from speakers, nested reports to the outer
speaker, participles share their clause's subject, unresolved pronouns left empty): voice
0.741 -> 0.788, speaker 0.682 -> 0.718; floors just under these.
Structural target and scope study (issue 13: title, apposition, examples,
relative-clause antecedent, predicate and support-verb subject on the parse; negation
through a preposition only by "no"; reduced impersonal passives hedge): target 0.953
(still an expected failure), negated P/R 0.850/0.944 -> 0.895/0.944, hedged P/R 0.625/0.714
-> 0.875/1.000.
Transcript and message speakers (issue 13, second pass: title chains before a turn label,
articles by a leader as his words, bare titles and message nouns resolved to the named person,
addressees of told/urged and appositions authorial): voice 0.788 -> 0.824, speaker 0.718 ->
0.776; floors just under these.
Third attribution pass (issue 13, after round 6): voice 0.824 -> 0.835, speaker 0.776 -> 0.788;
floors just under these.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import (
    GOLD, check_field, evaluate_document_rows, evaluate_packet, field_params, read_gold, require_shared, summarise,
)

SENTS = GOLD.parent / "heldout_r2_framing" / "framing_scope3_sentences.csv"
# Scope, second pass (issue 13, rounds 6-7 as development data): negated P 0.895 -> 0.944.
#: Fourth attribution pass (issue 13, rounds 8-9 studied: continued quotations in the paragraph,
#: a title's period after an inverted verb, a title-only subject's name, a reporting
#: verb's own clause): voice 0.835 -> 0.859, speaker 0.788 -> 0.824; floors just under these.
#: Scope, seventh pass (issue 13, rounds 1-14 pooled: indefinite objects of a negated verb, "no" on
#: a modal subject, quoted adjectives): negated P 0.944 -> 0.895 ("has not added a Syrian regime"
#: now negated); floors just under these.
FLOORS = {"precision": 0.99, "recall": 0.99, "target": 1.029, "voice": 0.85, "speaker": 0.82,
          "neg_p": 0.89, "neg_r": 0.94, "hedge_p": 0.87, "hedge_r": 0.99}


@pytest.fixture(scope="module")
def heldout():
    require_shared()
    gold = read_gold("heldout_r2.csv")
    parts = {"documents": evaluate_document_rows(gold[gold["source"] == "document"]),
             "sentences": evaluate_packet(gold[gold["source"] == "sentence"], SENTS)}
    return summarise(parts, "heldout_r2")


@pytest.mark.parametrize("field", field_params({"target": "target 0.953 does not beat its majority baseline (0.929, nearly all 'other') by 0.1"}))
def test_heldout_r2_field(heldout, field):
    check_field(heldout, field, "held-out r2", FLOORS)
