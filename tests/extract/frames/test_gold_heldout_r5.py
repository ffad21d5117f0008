"""Frozen held-out framing gold, round 5 (tests/gold/framing/heldout_r5_*.csv): unseen text.

Annotated after round 4 had become development data (tests/gold/heldout_r5_framing/): every
unit of 14 new documents (6 Kremlin pages, 8 AllSides articles; ``documents``) and 45 new
AllSides sentences holding a unit and a speech cue (``sentences``). Scored exactly as round 1
(see test_gold_heldout_r1.py). A second annotator audited 25 rows: 1 with an error (4 %).

First run (quoted in the README), after the rules learnt from rounds 1–4: terms P/R 0.972 /
0.972 (72 gold rows), target 0.814 (majority baseline 0.729), voice 0.771 (0.443), speaker
0.600 (0.500), negated P/R 0 / 0 (1 true row, missed), hedged: no true row. Floors at the
figures; target beats its baseline by 0.085, not 0.1, and negation/hedging have one and no
true rows, so those three are expected failures.
Attribution structure study (issue 13: the subject before an aside between commas or dashes,
no addressee of "told" as speaker, adverbials dropped from speakers, nested reports to the outer
speaker, participles share their clause's subject, unresolved pronouns left empty): voice
0.771 -> 0.814, speaker 0.600 -> 0.700; floors just under these.
Structural target and scope study (issue 13: title, apposition, examples,
relative-clause antecedent, predicate and support-verb subject on the parse; negation
through a preposition only by "no"; reduced impersonal passives hedge): target 0.814
-> 0.900 (beats its baseline 0.729 by 0.1: no longer an expected failure); negated still misses
its one true row ("little evidence that he had a more sinister alliance").
Transcript and message speakers (issue 13, second pass: title chains before a turn label,
articles by a leader as his words, bare titles and message nouns resolved to the named person,
addressees of told/urged and appositions authorial): voice 0.814 -> 0.914, speaker 0.700 ->
0.829; floors just under these.
Third attribution pass (issue 13, after round 6): voice 0.914 -> 0.929, speaker 0.829 kept.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r5_framing"
#: Fourth attribution pass (issue 13, rounds 8-9 studied: continued quotations in the paragraph,
#: a title's period after an inverted verb, a title-only subject's name, a reporting
#: verb's own clause): voice 0.929 -> 0.943, speaker 0.829 -> 0.843; floors just under these.
#: Eighteenth attribution pass (this session, rule reported_adjunct: a term in an adjunct of the
#: reporting verb is the writer's): voice 0.944 -> 0.958, speaker 0.873 -> 0.887; floors just under these.
FLOORS = {"precision": 0.97, "recall": 0.97, "target": 0.89, "voice": 0.95, "speaker": 0.88,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 0.1, "hedge_r": 0.1}
_XFAIL = {"negated": "one negated row in this round, missed (P/R 0/0)",
          "hedged": "no hedged row in this round: precision and recall of true are undefined"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r5", "heldout_r5_documents.csv", "heldout_r5_sentences.csv",
                          PACKETS / "framing_scope7_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r5_field(heldout, field):
    check_field(heldout, field, "held-out r5", FLOORS)
