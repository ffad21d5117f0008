"""Frozen held-out framing gold, round 37 (tests/gold/framing/heldout_r37_*.csv): unseen text.

Annotated while this session's first passes were in their worktrees
(tests/gold/heldout_r37_framing/): 40 AllSides sentences holding any unit and, as whole
documents, the 2018 Presidential Address to the Federal Assembly and the 2020 article "75th
Anniversary of the Great Victory" signed by Putin. Scored exactly as round 1 (see
test_gold_heldout_r1.py). A second annotator audited 72 rows, disputed none and found 4 missing
(added before freezing).

First run (quoted in the README), after the rules learnt from rounds 1-36 (the code of d508783;
this session's framing pass was lost before it could be merged): terms P/R 0.989 / 1.000 (89 gold
rows; false: a neutral "regime"); target 0.978 (n=89, majority baseline 0.978: every sentence
row is `other`) — not baseline + 0.1; voice 0.944 (baseline 0.584); speaker 0.775 (baseline
0.596); negated 0 / 0 on the round's one negated row (a scare-quoted 'friendship' read as a
quotation); hedged 1.000 / 1.000 on its one hedged row. Speaker errors (20): 15 terms of the
Address after the rhetorical "Question: at what expense?" given to a speaker "Question" (a turn
label of the Kremlin's press-conference transcripts); "Alliance" of a quotation given to the
advisor who reported it instead of Churchill; "she" of two quotations left empty (the annotator
kept the pronoun); a "Friends" address and an "allies" view given to a speaker where the gold
has authorial voice. Voice: three terms of the signed article read as paraphrase or quotation.
Target: the Address's "comprehensive strategic partnership with the People's Republic of China"
given to china (gold: the relationship), "Friends" addressed to the Assembly given to russia.
Floors at the figures; target and negated are expected failures.

Framing pass after round 37 (turns.yml rule unanswered_role: a generic role label, "Question:",
with no later label in its document is rhetorical and starts no turn): speaker 0.775 -> 0.944 (the
Address's 15 terms are Putin's again), target 0.978 -> 0.989 (the Address's "our comprehensive
strategic partnership with the People's Republic of China" is the relationship once its speaker is
Putin: first person with the other side); speaker floor raised to it (target is still no
baseline + 0.1). frame_cues.yml rule title_name (a title-case quotation ending with the term that
modifies a noun after it, "an exclusive “Fox & Friends” interview", is the writer's naming): voice
0.944 -> 0.955, speaker 0.944 -> 0.955; voice floor raised to it. frame_cues.yml rule
previous_subject (a pronoun speaker after a sentence whose main subject is a person, "Winston
Churchill stood out …. Back in May 1939, he said …", is that person): speaker 0.955 -> 0.966;
floor raised to 0.96.
"""

from __future__ import annotations

import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, check_field, evaluate_round, field_params

PACKETS = GOLD.parent / "heldout_r37_framing"
FLOORS = {"precision": 0.98, "recall": 1.0, "target": 0.97, "voice": 0.95, "speaker": 0.96,
          "neg_p": 0.1, "neg_r": 0.1, "hedge_p": 1.0, "hedge_r": 1.0}
_XFAIL = {"target": "target 0.989 does not beat its majority baseline (0.978) by 0.1",
          "negated": "negated 0 / 0 on the round's one negated row"}


@pytest.fixture(scope="module")
def heldout():
    return evaluate_round("heldout_r37", "heldout_r37_documents.csv", "heldout_r37_sentences.csv",
                          PACKETS / "framing_r37_sentences.csv")


@pytest.mark.parametrize("field", field_params(_XFAIL))
def test_heldout_r37_field(heldout, field):
    check_field(heldout, field, "held-out r37", FLOORS)
