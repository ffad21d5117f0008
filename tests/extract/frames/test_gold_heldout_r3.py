"""Frozen held-out framing gold, round 3 (tests/gold/framing/heldout_r3_*.csv): unseen text.

Annotated after rounds 1 and 2 had become development data (tests/gold/heldout_r3_framing/):
every unit of 14 new documents (6 Kremlin pages, 8 AllSides articles; ``documents``), 48 new
AllSides sentences holding a unit near a negation/hedge or speech cue (``sentences``) and 23
new Kremlin transcript sentences holding a unit near a negation/hedge cue (``kremlin``). Scored
exactly as round 1 (see test_gold_heldout_r1.py); decided before the first run, the Kremlin
sentence packet's speaker is not scored (the packet shows no transcript label). A second
annotator audited 30 rows: 2 with an error (6.7%).

First run (quoted in the README): terms P/R 0.992 / 0.968 (124 gold rows), target 0.767
(majority baseline 0.767), voice 0.692 (0.575), speaker 0.606 (0.475; n=99), negated P/R
0.667 / 0.333 (6 true), hedged P/R 1.000 / 1.000 (2 true). Floors just under it; target does
not beat its baseline, so that test is an expected failure. Negated and hedged rest on 6 and 2
true rows: the pooled figures over rounds 1–3 are in the README.

Round 3 is development data now. After the target/voice/negation study (issue 13: unnamed
"our partners/allies" are someone else, transcript labels are no target mentions, dash
appositions, copula subjects, names as targets only through their premodifier, media captions
and lone one-word labels are no turns, "if not"/"avoid"/"not creating" negate, clefts do
not): target 0.767 -> 0.875 (beats its baseline 0.767 by 0.1: no longer an expected failure),
voice 0.692 -> 0.742, speaker 0.606 -> 0.667, negated P/R 0.667/0.333 -> 1.000/0.833; floors
just under these. Clause-bound nearest-mention fallback (after round 4): target 0.875 -> 0.883.
Attribution structure study (issue 13: the subject before an aside between commas or dashes,
no addressee of "told" as speaker, adverbials dropped from speakers, nested reports to the outer
speaker, participles share their clause's subject, unresolved pronouns left empty): voice
0.742 -> 0.767, speaker 0.667 -> 0.798; floors just under these.
Structural target and scope study (issue 13: title, apposition, examples,
relative-clause antecedent, predicate and support-verb subject on the parse; negation
through a preposition only by "no"; reduced impersonal passives hedge): target 0.883
-> 0.942 (negated and hedged unchanged).
Transcript and message speakers (issue 13, second pass: title chains before a turn label,
articles by a leader as his words, bare titles and message nouns resolved to the named person,
addressees of told/urged and appositions authorial): voice 0.767 -> 0.792, speaker 0.798 ->
0.828; floors just under these.
Third attribution pass (issue 13, after round 6): voice 0.792 -> 0.800, speaker 0.828 -> 0.848;
floors just under these.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import (
    FIELDS, GOLD, check_field, evaluate_document_rows, evaluate_packet, read_gold, require_shared, summarise,
)

PACKETS = GOLD.parent / "heldout_r3_framing"
#: Eighteenth attribution pass (this session, rule reported_adjunct: a term in an adjunct of the
#: reporting verb is the writer's): voice 0.826 -> 0.835, speaker 0.890 -> 0.900; floors just under these.
FLOORS = {"precision": 0.99, "recall": 0.96, "target": 0.94, "voice": 0.83, "speaker": 0.89,
          "neg_p": 0.99, "neg_r": 0.83, "hedge_p": 0.99, "hedge_r": 0.99}


@pytest.fixture(scope="module")
def heldout():
    require_shared()
    parts = {"documents": evaluate_document_rows(read_gold("heldout_r3_documents.csv")),
             "sentences": evaluate_packet(read_gold("heldout_r3_sentences.csv"),
                                          PACKETS / "framing_scope4_sentences.csv"),
             "kremlin": evaluate_packet(read_gold("heldout_r3_kremlin_sentences.csv"),
                                        PACKETS / "framing_scope5_sentences.csv")}
    return summarise(parts, "heldout_r3")


def _speaker_pairs(pairs):
    """Pairs whose speaker is scored (not the Kremlin sentence packet)."""
    return [(g, h) for g, h in pairs if not (g["source"] == "sentence" and g["file"].startswith("kremlin_html/"))]


@pytest.mark.parametrize("field", FIELDS)
def test_heldout_r3_field(heldout, field):
    pairs = _speaker_pairs(heldout["pairs"]) if field == "speaker" else None
    check_field(heldout, field, "held-out r3", FLOORS, pairs)
