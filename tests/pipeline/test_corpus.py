"""Corpus step: every input file ends in exactly one of articles or quarantine."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from summitlens import paths
from summitlens.io.read import RawFile
from summitlens.pipeline.corpus import build_corpus, process_file
from tests.conftest import require_shared

ARTICLE = "Xi to meet Putin\n\nChinese leader Xi Jinping will visit Russia next week.\n\nThe visit was announced on Friday.\n"


def _bad_corpus(tmp_path):
    d = tmp_path / "raw"
    d.mkdir()
    (d / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "copy.txt").write_text("\n" + ARTICLE + "\n\n", encoding="utf-8")
    (d / "bom16.txt").write_bytes(codecs.BOM_UTF16_LE + ("Other headline\n\n" + ARTICLE.split("\n\n", 1)[1]).encode("utf-16-le"))
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_bytes(b"  \n\n ")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (d / "headline_only.txt").write_text("Just a headline\n", encoding="utf-8")
    return d


def test_bad_input_is_quarantined_with_reason(tmp_path):
    t = build_corpus(_bad_corpus(tmp_path))
    reasons = dict(zip(t["quarantine"]["file"], t["quarantine"]["reason"]))
    assert reasons == {"ok.txt": "duplicate", "empty.txt": "empty", "blank.txt": "empty",
                       "binary.txt": "binary", "headline_only.txt": "no_body"}
    assert sorted(t["articles"]["file"]) == ["bom16.txt", "copy.txt"]  # first in path order is kept


def test_sentence_offsets_slice_text(seed_tables):
    text = dict(zip(seed_tables.articles.doc_id, seed_tables.articles.text))
    match = dict(zip(seed_tables.articles.doc_id, seed_tables.articles.text_match))
    for row in seed_tables.sentences.itertuples():
        assert text[row.doc_id][row.char_start:row.char_end] == row.text
        assert match[row.doc_id][row.char_start:row.char_end] == row.text_match
    for row in seed_tables.paragraphs.itertuples():
        assert text[row.doc_id][row.char_start:row.char_end] == row.text


def test_seeds_have_estimated_dates_and_boilerplate_trace(seed_tables):
    a = seed_tables.articles
    assert len(a) == 5 and set(a.date_source) == {"estimated"}
    assert a.published.notna().all()
    assert set(seed_tables.boilerplate.doc_id) <= set(a.doc_id)
    assert (a.n_boilerplate.sum() == len(seed_tables.boilerplate))


@pytest.mark.parametrize("corpus,n_files", [
    (paths.RAW, 5),
    (paths.SHARED_CORPORA / "more_news", 28),
    (paths.RUSSIA_CHINA_NEWS, 137),
    (paths.BBC, 2225),
])
def test_counts_add_up_on_shared_corpora(corpus, n_files):
    require_shared(corpus)
    t = build_corpus(corpus)
    assert len(t["articles"]) + len(t["quarantine"]) == n_files
    assert t["articles"]["doc_id"].is_unique
    if corpus == paths.BBC:
        q = t["quarantine"]
        # 98 byte-exact copies + 2 that differ only in paragraph breaks; 199.txt is Latin-1 and kept.
        assert (q["reason"] == "duplicate").sum() >= 98
        assert "sport/199.txt" in set(t["articles"]["file"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_no_byte_string_crashes_the_reader(tmp_path, data):
    f = tmp_path / "x.txt"
    f.write_bytes(data)
    res = process_file(RawFile(path=f, rel="x.txt"))
    assert isinstance(res, dict) or res.article["doc_id"]
