"""Tests of summitlens.extract.frames.table: the frame_terms table and its offsets."""

from __future__ import annotations

import pandas as pd
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
