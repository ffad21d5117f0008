"""Frozen held-out framing gold, round 4 (tests/gold/framing/heldout_r4_*.csv): unseen text.

Annotated after round 3 had become development data (tests/gold/heldout_r4_framing/): every
unit of 14 new documents (6 Kremlin pages, 8 AllSides articles; ``documents``) and 35 new
AllSides sentences holding a unit and a speech cue (``sentences``). Scored exactly as round 1
(see test_gold_heldout_r1.py). A second annotator audited 25 rows: 1 with an error (4 %).

First run (quoted in the README), after the rules learnt from rounds 1–3: terms P/R 0.968 /
1.000 (63 gold rows), target 0.714 (majority baseline 0.905: worse than always answering
'other'), voice 0.841 (0.603), speaker 0.619 (0.286), negated P/R 1.000 / 1.000 (1 true),
hedged P/R 0.500 / 1.000 (1 true). Floors just under it; target is an expected failure.
Round 4 is development data now. Target study (issue 13): the nearest-mention fallback
needs the mention in the term's own clause (40 characters, no clause break bar an apposition)
and a progressive is no copula: target 0.714 -> 0.841, still under its baseline 0.905.
Attribution structure study (issue 13: the subject before an aside between commas or dashes,
no addressee of "told" as speaker, adverbials dropped from speakers, nested reports to the outer
speaker, participles share their clause's subject, unresolved pronouns left empty): voice
0.841 -> 0.873, speaker 0.619 -> 0.730; floors just under these.
Structural target and scope study (issue 13: title, apposition, examples,
relative-clause antecedent, predicate and support-verb subject on the parse; negation
through a preposition only by "no"; reduced impersonal passives hedge): target 0.841
-> 0.921, above its baseline 0.905 but not by 0.1 (still an expected failure); hedged P/R
0.500/1.000 -> 1.000/1.000.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r4_framing"
#: Fourth attribution pass (issue 13, rounds 8-9 studied: continued quotations in the paragraph,
#: a title's period after an inverted verb, a title-only subject's name, a reporting
#: verb's own clause): speaker 0.730 -> 0.746; floors just under these.
#: Fifth attribution pass (issue 13: quotation speaker from its governing verb on the parse, a closing
#: "…, X reported." as the outer report): speaker floor raised to just under the new figure.
# Seventh attribution pass: "friendlier" is a unit (ANNOTATION.md; rounds 6 and 8 mark it, this
# round's gold does not): precision 0.968 -> 0.953; floor just under it.
#: Eighteenth attribution pass (this session, rule reported_adjunct: a term in an adjunct of the
#: reporting verb is the writer's): voice 0.889 -> 0.921; floors just under these.
FLOORS = {"precision": 0.95, "recall": 0.99, "target": 1.005, "voice": 0.92, "speaker": 0.76,
          "neg_p": 0.99, "neg_r": 0.99, "hedge_p": 0.99, "hedge_r": 0.99}
_TARGET_XFAIL = "target 0.921 does not beat its majority baseline (0.905, nearly all 'other') by 0.1"


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r4", "heldout_r4_documents.csv", "heldout_r4_sentences.csv",
                          PACKETS / "framing_scope6_sentences.csv")


@pytest.mark.parametrize("field", field_params({"target": _TARGET_XFAIL}))
def test_heldout_r4_field(heldout, field):
    check_field(heldout, field, "held-out r4", FLOORS)
