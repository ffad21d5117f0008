"""The notes that say in words what a corpus's tables hold and what is missing (thin data)."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from summitlens.analyse import notes

FUNCS = (notes.corpus_note, notes.meetings_note, notes.framing_note, notes.trade_note)


def _empty_tables(**over):
    """A namespace like a build of an empty corpus: every table present with no rows."""
    t = SimpleNamespace(
        articles=pd.DataFrame(columns=["doc_id", "published", "n_boilerplate", "story_id"]),
        quarantine=pd.DataFrame(columns=["file", "reason", "detail", "n_bytes"]),
        meeting_mentions=pd.DataFrame(columns=["doc_id", "is_putin_xi", "status", "mode"]),
        meetings=pd.DataFrame(columns=["meeting_id", "status", "mode", "reference_match", "first_planned"]),
        frame_terms=pd.DataFrame(columns=["doc_id", "category", "negated"]),
        frame_scores=pd.DataFrame(columns=["doc_id", "n_terms"]),
        money_mentions=pd.DataFrame(columns=["doc_id", "is_china_russia_trade"]),
        trade_check=pd.DataFrame(columns=["check", "verdict"]),
    )
    for k, v in over.items():
        setattr(t, k, v)
    return t


ONE_ARTICLE = pd.DataFrame({"doc_id": ["d"], "published": [pd.NaT], "n_boilerplate": [0], "story_id": ["s"]})


@pytest.mark.parametrize("fn", FUNCS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("tables", [SimpleNamespace(), _empty_tables(), _empty_tables(articles=ONE_ARTICLE)],
                         ids=["no tables", "empty tables", "one article"])
def test_notes_never_raise_and_are_markdown(fn, tables):
    n = fn(tables)
    assert isinstance(n, notes.Note) and len(n) > 20
    assert n._repr_markdown_() == str(n) == repr(n)


@pytest.mark.parametrize(("fn", "expected"), [
    (notes.corpus_note, "No documents were read"),
    (notes.meetings_note, "No Putin–Xi encounters were found in this corpus"),
    (notes.framing_note, "No frame terms were found"),
    (notes.trade_note, "No money figures"),
])
def test_empty_corpus_says_what_is_missing(fn, expected):
    assert expected in fn(_empty_tables())


def test_all_quarantined():
    q = pd.DataFrame({"file": ["a.txt", "b.txt"], "reason": ["binary", "empty"], "detail": "", "n_bytes": [1, 0]})
    n = notes.corpus_note(_empty_tables(quarantine=q))
    assert "No documents were kept" in n and "binary 1, empty 1" in n


def test_one_undated_article():
    n = notes.corpus_note(_empty_tables(articles=ONE_ARTICLE))
    assert "1 document kept of 1 file read" in n and "No publication dates" in n and "single document" in n


def test_other_meetings_but_no_putin_xi():
    m = pd.DataFrame({"doc_id": ["d"], "is_putin_xi": [False], "status": ["occurred"], "mode": ["in_person"]})
    n = notes.meetings_note(_empty_tables(articles=ONE_ARTICLE, meeting_mentions=m))
    assert n.startswith("**No Putin–Xi encounters were found in this corpus**")
    assert "1 meeting mention with other participants" in n


def test_putin_xi_mention_without_ledger_meeting():
    m = pd.DataFrame({"doc_id": ["d"], "is_putin_xi": [True], "status": ["occurred"], "mode": ["in_person"]})
    n = notes.meetings_note(_empty_tables(articles=ONE_ARTICLE, meeting_mentions=m))
    assert "1 Putin–Xi meeting mention in 1 article; 0 distinct meetings" in n


def test_only_planned_meeting_has_no_gaps():
    m = pd.DataFrame({"doc_id": ["d"], "is_putin_xi": [True], "status": ["planned"], "mode": ["in_person"]})
    led = pd.DataFrame({"meeting_id": ["m"], "status": ["planned"], "mode": ["in_person"],
                        "reference_match": ["not_in_reference"], "first_planned": pd.to_datetime(["2023-01-01"])})
    n = notes.meetings_note(_empty_tables(articles=ONE_ARTICLE, meeting_mentions=m, meetings=led))
    assert "0 held in person" in n and "1 only planned" in n and "No in-person meeting reported as held" in n


def test_frame_terms_about_others_only():
    ft = pd.DataFrame({"doc_id": ["d"], "category": ["authoritarian"], "negated": [False]})
    fs = pd.DataFrame({"doc_id": ["d"], "n_terms": [0]})
    n = notes.framing_note(_empty_tables(articles=ONE_ARTICLE, frame_terms=ft, frame_scores=fs))
    assert "1 frame term found (authoritarian 1; 0 negated)" in n and "None of them is about" in n
    assert "with 1 article they are empty" in n


def test_money_but_no_china_russia_trade():
    mm = pd.DataFrame({"doc_id": ["d"], "is_china_russia_trade": [False]})
    n = notes.trade_note(_empty_tables(money_mentions=mm))
    assert "1 money amount found, 0 of them China–Russia trade" in n and "No China–Russia trade figure" in n


def test_seed_tables_have_no_missing_markers(seed_tables):
    text = " ".join(str(n) for _, n in notes.all_notes(seed_tables))
    for marker in ("No documents", "No Putin–Xi encounters", "No frame terms", "No money figures"):
        assert marker not in text
    assert "Putin–Xi meeting mention" in text and "reported figure" in text
