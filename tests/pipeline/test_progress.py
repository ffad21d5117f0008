"""Progress bars on every step (stderr only), and document batches that change no row."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.pipeline import build, framing, trade
from summitlens.pipeline.base import concat_in_order, map_documents, progress_bar, split_by_documents
from tests.pipeline.test_build import make_corpus

STEP_BARS = ("corpus", "dates", "meetings", "framing", "trade")


def test_every_step_shows_a_bar_on_stderr_and_none_in_stdout(tmp_path, capfd):
    raw = make_corpus(tmp_path / "raw", names=("a.txt", "b.txt", "c.txt"))
    build(raw, tmp_path / "out", progress=True)
    out, err = capfd.readouterr()
    for step in STEP_BARS:
        assert f"{step}:" in err, step
    assert "doc/s" in err or "it/s" in err or "doc [" in err
    assert not any(f"{step}:" in out for step in STEP_BARS)


def test_no_progress_prints_nothing(tmp_path, capfd):
    build(make_corpus(tmp_path / "raw"), tmp_path / "out", progress=False)
    out, err = capfd.readouterr()
    assert not any(f"{step}:" in err for step in STEP_BARS)


def test_progress_bar_disabled_passes_items_through():
    assert list(progress_bar(iter("abc"), desc="x", progress=False)) == ["a", "b", "c"]


_docs = st.lists(st.sampled_from(list("abcdefg")), max_size=25)


@settings(max_examples=60, deadline=None)
@given(articles=_docs, sentences=_docs, size=st.integers(1, 8))
def test_batches_hold_every_row_once_in_document_order(articles, sentences, size):
    a = pd.DataFrame({"doc_id": articles})
    s = pd.DataFrame({"doc_id": sentences, "n": range(len(sentences))})
    batches = split_by_documents({"articles": a, "sentences": s}, size=size)
    got = concat_in_order([b["sentences"] for b in batches])
    # no documents: one batch of the tables as given (the step's extractor sees them whole)
    want = s.sort_values("doc_id", kind="mergesort") if articles else s
    assert got.equals(want.reset_index(drop=True))
    assert sum(len(b["articles"]) for b in batches) == len(a)
    for b in batches:  # a document's rows are never split between batches
        assert b["articles"]["doc_id"].nunique() <= size


def test_map_documents_counts_documents(capfd):
    a = pd.DataFrame({"doc_id": ["a", "b", "c"]})
    got = map_documents(lambda articles: len(articles), {"articles": a}, size=2, desc="unit", progress=True)
    assert got == [2, 1]
    assert "3/3" in capfd.readouterr().err


@pytest.mark.parametrize("module", [trade, framing])
def test_batch_size_changes_no_row(module, seed_tables, monkeypatch):
    """Batches are for the progress bar only: one document per batch or all in one give the same tables."""
    t = seed_tables

    def run():
        if module is trade:
            return trade.partition_tables(t.articles, t.sentences, t.temporal_expressions, t.document_dates)
        return framing.partition_tables(t.articles, t.sentences, **framing.load_resources())

    monkeypatch.setattr(module, "BATCH_SIZE", 1)
    one = run()
    monkeypatch.setattr(module, "BATCH_SIZE", 10**6)
    whole = run()
    for name in one:
        pd.testing.assert_frame_equal(one[name], whole[name])
        assert len(one[name]) > 0
