"""load_tables reads one complete, verified generation of the right corpus, never stale or mixed."""

from __future__ import annotations

import json
import shutil

import pandas as pd
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


def _partition(out, names=("articles", "sentences", "paragraphs")):
    """Rewrite tables of the current generation as folders of two part files (the layout
    of a partitioned build), recording the parts and their digests in build.json."""
    from summitlens.io.parquet import read_table, store_part, table_path

    gen = paths.current_dir(out)
    manifest = gen / "build.json"
    m = json.loads(manifest.read_text())
    for name in names:
        df = read_table(name, gen)
        docs = sorted(df["doc_id"].unique())
        parts = {}
        for i, chunk in enumerate([docs[:1], docs[1:]]):
            _, sha = store_part(df[df["doc_id"].isin(chunk)], name, gen, i)
            parts[f"part-{i:05d}.parquet"] = sha
        table_path(name, gen).unlink()
        entry = {k: v for k, v in m["tables"][name].items() if k != "sha256"}
        m["tables"][name] = {**entry, "layout": "partitioned", "path": name, "parts": parts}
    manifest.write_text(json.dumps(m))
    return m


def test_partitioned_tables_read_like_single_files(built):
    raw, out = built
    single = load_tables(raw, out_dir=out, build_if_missing=False)
    _partition(out)
    t = load_tables(raw, out_dir=out, build_if_missing=False)
    for name in ("articles", "sentences", "paragraphs", "quarantine"):
        pd.testing.assert_frame_equal(getattr(t, name), getattr(single, name), obj=name)


def test_a_replaced_or_missing_part_is_refused(built):
    raw, out = built
    _partition(out)
    folder = paths.current_dir(out) / "sentences"
    shutil.copy(folder / "part-00000.parquet", folder / "part-00001.parquet")
    with pytest.raises(TableDigestError, match="sentences"):
        load_tables(raw, out_dir=out, build_if_missing=False)
    (folder / "part-00001.parquet").unlink()
    with pytest.raises(IncompleteGenerationError, match="sentences"):
        load_tables(raw, out_dir=out, build_if_missing=False)
