"""Tests of summitlens.extract.frames.table: the frame_terms table and its offsets."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.extract.frames import FRAME_TERM_COLUMNS, extract_frame_terms, find_terms, frame_text



def test_extract_empty_table_has_columns():
    df = extract_frame_terms(pd.DataFrame(columns=["doc_id", "sentence_no", "paragraph_no", "char_start",
                                                   "char_end", "text", "text_match", "is_headline"]))
    assert tuple(df.columns) == FRAME_TERM_COLUMNS and len(df) == 0


def test_offsets_into_articles(seed_tables):
    ft, arts = seed_tables.frame_terms, seed_tables.articles.set_index("doc_id")
    assert len(ft) > 10
    for r in ft.itertuples():
        assert arts.at[r.doc_id, "text"][r.char_start:r.char_end] == r.surface


_WORDS = st.sampled_from(["Russia", "China", "is", "not", "a", "dictatorship", "partner", "no", "limits",
                          "so-called", "alliance", '"', "\u201c", "\u201d", "'", ",", ".", "said", "Putin",
                          "ally", "-", "friends", "\n", "regime", "x"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_property_offsets_point_at_match(text):
    df = frame_text(text)
    for r in df.itertuples():
        assert text[r.char_start:r.char_end] == r.surface
        assert r.voice in ("authorial", "quoted", "paraphrase")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_property_never_crashes(text):
    for s, e, _ in find_terms(text):
        assert 0 <= s < e <= len(text)
    frame_text(text)


def _document(*paragraphs: str) -> pd.DataFrame:
    """A one-document ``sentences`` table: one paragraph per argument."""
    from summitlens.text.normalize import to_match_form
    from summitlens.text.segment import split_sentences

    rows, pos, sno = [], 0, 0
    for pno, p in enumerate(paragraphs):
        for a, b in split_sentences(p):
            rows.append(("d", sno, pno, pos + a, pos + b, p[a:b], to_match_form(p[a:b]), False))
            sno += 1
        pos += len(p) + 2
    return pd.DataFrame(rows, columns=["doc_id", "sentence_no", "paragraph_no", "char_start", "char_end",
                                       "text", "text_match", "is_headline"])


def _speaker_of(df: pd.DataFrame, surface: str) -> str:
    return df.loc[df["surface"] == surface, "speaker"].iloc[-1]


@pytest.mark.parametrize("paragraphs, surface, speaker", [
    # A quotation continued in the next paragraph takes the previous paragraph's speaker.
    (("Senator Jane Holt said: \u201cWe must act now.", "\u201cOur allies are waiting for us.\u201d"),
     "allies", "Senator Jane Holt"),
    # A pronoun speaker takes the last named speaker of the document, even from a sentence
    # without a frame term.
    (("Foreign Minister Karl Berg spoke on Monday.", "Berg met reporters.",
      "\u201cThe regime must fall,\u201d he said."), "regime", "Foreign Minister Karl Berg"),
    # A block quotation closed by a credit line ("Name, Outlet") is in that writer's words.
    (("\u201cThe alliance is weaker than ever.", "It must be rebuilt.\u201d", "Anna Smith, Daily Planet"),
     "alliance", "Anna Smith"),
    # Two writers in one credit line.
    (("\u201cThe allies will pay.\u201d Tom Lee and Ann Ray, The Globe",), "allies", "Tom Lee and Ann Ray"),
    # A definite description of a person is the person the document named with that title.
    (("Sen. Bernie Sanders spoke in Iowa on Monday.",
      "The Vermont senator denounced Russian meddling, calling President Putin \u201can autocratic thug.\u201d"),
     "autocratic", "Bernie Sanders"),
    # An unattributed quotation with no credit line keeps an empty speaker.
    (("\u201cThe regime must fall.\u201d", "North Korea fired a missile."), "regime", ""),
    # A lead-in paragraph ending with a colon ("The message said, in part:") speaks the block
    # quotation after it, and the message speaks for its sender named in the headline.
    (("President Karl Berg sent a message to the organisers of the festival", "The message said, in part:",
      "\u201cThe festival is a gift to the city.", "\u201cIt honours our friendship.\u201d"),
     "friendship", "President Karl Berg"),
    (("Karl Berg sent messages of congratulations to two presidents", "His message to President Ann Ray said:",
      "\u201cOur strategic partnership grows.\u201d"), "strategic partnership", "Karl Berg"),
    # A paragraph without a colon introduces nothing.
    (("The message arrived on Monday.", "\u201cOur strategic partnership grows.\u201d"),
     "strategic partnership", ""),
])
def test_document_level_speakers(paragraphs, surface, speaker):
    assert _speaker_of(extract_frame_terms(_document(*paragraphs)), surface) == speaker


def test_pronoun_is_not_resolved_to_a_rubric_or_participle():
    df = extract_frame_terms(_document("JUST WATCHED Rebels say the town fell.",
                                       "Unveiling the plan on Monday, officials spoke.",
                                       "\u201cThe regime is finished,\u201d he said."))
    # No named antecedent: the pronoun is not resolved, it stays as the text gives it (kept_pronoun).
    assert _speaker_of(df, "regime") == "he"


def test_pronoun_speaker_continues_the_previous_subject():
    df = extract_frame_terms(_document(
        "Trump chastised Syria's two main allies, Russia and Iran, for their roles, and noted that Russian "
        "President Vladimir Putin had guaranteed a 2013 agreement for Assad to get rid of his chemical weapons.",
        "He called on Moscow to change course and join the West in seeking a more responsible regime in Damascus."))
    assert _speaker_of(df, "regime") == "Trump"



def test_inverted_subject_parse_trigger():
    from summitlens.extract.frames.cues import load_cues
    from summitlens.extract.frames.table import _inverted_after_comma

    cues = load_cues()
    assert _inverted_after_comma("Correa was a close friend of Chavez, said Felipe Burbano de Lara.", cues)
    assert not _inverted_after_comma("Correa, who was a friend, said it was over.", cues)


def test_greeting_sender_and_kept_pronouns_ship_off():
    """One-round or pooled-negative rules of the eleventh pass are off by default: a headline "X
    wished …" names no sender (round 18 only), and the switch keeping every unresolved pronoun ("they"
    too) stays off (rule ``kept_pronoun`` keeps only "he"/"she")."""
    from summitlens.extract.frames.cues import load_cues

    cues = load_cues()
    assert not cues.keep_unresolved_pronouns
    assert cues.greeting_sender.search("President Karl Berg wished a happy birthday to Ann Ray") is None
    df = extract_frame_terms(_document("Karl Berg wished a happy birthday to Ann Ray", "The telegram said, in part:",
                                       "\u201cYou are a longtime friend of our nation.\u201d"))
    assert _speaker_of(df, "friend") == "The telegram"


# Seventeenth attribution pass (rounds 1-25 pooled): plural_antecedent on (r12 +2, r25 +1).
@pytest.mark.parametrize("paragraphs, surface, on", [
    # "they" + reporting verb: the plural speaker of the sentence before, same paragraph
    (("Harbour pilots argue that the port is too small. Rather, they believe, the regime ignores them.",),
     "regime", "Harbour pilots"),
    (("Farm economists say prices will rise. The larger worry, they argue, is the dictator's next decree.",),
     "dictator", "Farm economists"),
    # a singular speaker before is no antecedent of "they"
    (("Economist Ana Ruiz says prices will rise. The worry, they argue, is the dictator's next decree.",),
     "dictator", ""),
    # nor is a plural speaker of another paragraph
    (("Harbour pilots argue that the port is too small.", "Rather, they believe, the regime ignores them."),
     "regime", ""),
])
def test_seventeenth_pass_plural_antecedent(paragraphs, surface, on):
    import dataclasses

    from summitlens.extract.frames.cues import load_cues

    cues = load_cues()
    assert "plural_antecedent" not in cues.attribution_rules_off
    assert _speaker_of(extract_frame_terms(_document(*paragraphs)), surface) == on
    off = dataclasses.replace(cues, attribution_rules_off=cues.attribution_rules_off | {"plural_antecedent"})
    assert _speaker_of(extract_frame_terms(_document(*paragraphs), cues=off), surface) == ""


def test_previous_subject_rule_names_the_pronoun_speaker():
    """Rule previous_subject: a pronoun speaker right after a sentence whose main subject is a
    person (same paragraph) is that person, not the document's last named speaker."""
    import dataclasses

    from summitlens.extract.frames.cues import load_cues

    paragraphs = ("Senior adviser Horace Wilson said that the talks had to go on.",
                  "Winston Churchill stood out among far-sighted politicians. Back in May 1939, he said in "
                  "the House of Commons, \u201cWe must create a Grand Alliance against aggression.\u201d")
    df = extract_frame_terms(_document(*paragraphs))
    assert _speaker_of(df, "Alliance") == "Winston Churchill"
    off = dataclasses.replace(load_cues(), attribution_rules_off=load_cues().attribution_rules_off | {"previous_subject"})
    df = extract_frame_terms(_document(*paragraphs), cues=off)
    assert _speaker_of(df, "Alliance") == "Senior adviser Horace Wilson"
