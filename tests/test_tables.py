"""load_tables reads one complete, verified generation of the right corpus, never stale or mixed."""

from __future__ import annotations

import json
import shutil

import pytest

from summitlens import load_tables, paths
from summitlens.io.generation import IncompleteGenerationError
from summitlens.io.parquet import TableDigestError
from summitlens.pipeline import build
from summitlens.tables import StaleTablesError, StaleTablesWarning
from tests.pipeline.test_build import make_corpus


@pytest.fixture
def built(tmp_path):
    raw, out = make_corpus(tmp_path / "raw"), tmp_path / "out"
    build(raw, out, steps=["corpus"], progress=False)
    return raw, out


def test_reads_the_current_generation(built):
    raw, out = built
    t = load_tables(raw, out_dir=out, build_if_missing=False)
    assert t.generation == paths.current_generation(out) and len(t.articles) == 2
    assert t.build["corpus"] == str(raw.resolve())


def test_nothing_built_is_an_error_without_build(tmp_path):
    raw = make_corpus(tmp_path / "raw")
    with pytest.raises(StaleTablesError, match="no tables have been built"):
        load_tables(raw, out_dir=tmp_path / "out", build_if_missing=False)


def test_added_file_warns_without_build(built):
    raw, out = built
    make_corpus(raw, ["c.txt"])
    with pytest.warns(StaleTablesWarning, match="corpus changed"):
        t = load_tables(raw, out_dir=out, build_if_missing=False)
    assert len(t.articles) == 2


def test_added_file_triggers_a_rebuild(built):
    raw, out = built
    make_corpus(raw, ["c.txt"])
    t = load_tables(raw, out_dir=out)
    assert sorted(t.articles.file) == ["a.txt", "b.txt", "c.txt"]
    assert set(t.build["steps_run"]) >= {"corpus", "meetings"}


def test_tables_of_another_corpus_are_refused(built, tmp_path):
    _, out = built
    other = make_corpus(tmp_path / "other", ["c.txt"])
    with pytest.raises(StaleTablesError, match="another corpus"):
        load_tables(other, out_dir=out, build_if_missing=False)


def test_a_replaced_table_is_refused(built, tmp_path):
    """A table file swapped after the build (tables of two builds) is detected by its digest."""
    raw, out = built
    other = make_corpus(tmp_path / "other", ["c.txt"])
    build(other, tmp_path / "out2", steps=["corpus"], progress=False)
    shutil.copy(paths.current_dir(tmp_path / "out2") / "sentences.parquet", paths.current_dir(out) / "sentences.parquet")
    with pytest.raises(TableDigestError, match="sentences"):
        load_tables(raw, out_dir=out, build_if_missing=False)


def test_incomplete_generation_is_refused(built):
    raw, out = built
    (paths.current_dir(out) / "paragraphs.parquet").unlink()
    with pytest.raises(IncompleteGenerationError, match="paragraphs"):
        load_tables(raw, out_dir=out, build_if_missing=False)


def test_generation_without_manifest_is_refused(built):
    raw, out = built
    manifest = paths.current_dir(out) / "build.json"
    m = json.loads(manifest.read_text())
    manifest.write_text(json.dumps({**m, "generation": "000001-00000000"}))
    with pytest.raises(IncompleteGenerationError, match="no build manifest"):
        load_tables(raw, out_dir=out, build_if_missing=False)
