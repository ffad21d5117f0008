"""The whole pipeline on Dask gives the same tables, row for row, as the in-memory build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from summitlens import paths
from summitlens.io.generation import current_snapshot
from summitlens.pipeline import UnsafeOutputError, build
from summitlens.scale import PARTITIONED, build_partitioned, read_partitioned
from summitlens.tables import load_tables

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


@pytest.fixture(scope="module")
def client():
    from summitlens.scale import dask_client

    with dask_client(n_workers=2) as c:
        yield c


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """40 files of russia_china_news (with their manifest rows) + 20 BBC files + one exact
    duplicate, copied into a temporary corpus."""
    rcn, bbc = CORPORA / "russia_china_news", CORPORA / "bbc"
    if not rcn.is_dir() or not bbc.is_dir():
        pytest.skip("shared corpora not available")
    raw = tmp_path_factory.mktemp("sample") / "raw"
    raw.mkdir()
    names = sorted(p.name for p in rcn.glob("*.txt"))[:40]
    for n in names:
        shutil.copy(rcn / n, raw / n)
    manifest = pd.read_csv(rcn / "manifest.csv", dtype=str, keep_default_na=False)
    file_col = manifest.columns[0]
    manifest[manifest[file_col].isin(names)].to_csv(raw / "manifest.csv", index=False)
    for p in sorted(bbc.glob("politics/*.txt"))[:20]:
        shutil.copy(p, raw / f"bbc_{p.name}")
    shutil.copy(raw / names[0], raw / "zz_duplicate.txt")
    return raw


def test_partitioned_build_equals_in_memory_build(sample, tmp_path, client):
    mem, dsk = tmp_path / "mem", tmp_path / "dask"
    a_sum = build(sample, mem, progress=False)
    b_sum = build_partitioned(sample, dsk, partition_size=10, client=client)
    assert b_sum.n_partitions == 7 and b_sum.n_duplicates == a_sum.n_duplicates == 1
    a = load_tables(sample, out_dir=mem, build_if_missing=False)
    b = load_tables(sample, out_dir=dsk, build_if_missing=False)
    assert set(a.build["tables"]) == set(b.build["tables"])
    assert b.build["layout"] == "partitioned" and b.build["tables"]["sentences"]["parts"]
    for name in sorted(a.build["tables"]):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)
    assert len(a.articles) == 60 and len(a.meeting_mentions) > 0 and len(a.money_mentions) > 0
    # the lazy reader gives the same rows
    lazy = read_partitioned("articles", dsk).compute().sort_values("doc_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(lazy, a.articles, check_dtype=False)
    # a partial in-memory build on top of a partitioned one carries the part files over
    build(sample, dsk, steps=["trade"], progress=False)
    c = load_tables(sample, out_dir=dsk, build_if_missing=False)
    pd.testing.assert_frame_equal(c.money_mentions, a.money_mentions)
    pd.testing.assert_frame_equal(c.sentences, a.sentences)


def _corpus(folder):
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "a.txt").write_text("Xi to meet Putin\n\nXi Jinping will visit Russia next week.\n")
    return folder


@pytest.mark.parametrize("inside", [False, True])
def test_out_in_raw_is_refused_and_nothing_deleted(tmp_path, inside):
    """`build-large --raw C --out C` once deleted the raw files; now it is refused before any cluster starts."""
    raw = _corpus(tmp_path / "C")
    before = sorted(p.relative_to(raw) for p in raw.rglob("*"))
    with pytest.raises(UnsafeOutputError):
        build_partitioned(raw, raw / "out" if inside else raw, partition_size=1, client=object())
    assert sorted(p.relative_to(raw) for p in raw.rglob("*")) == before


def test_partitioned_build_is_a_generation_and_keeps_other_files(tmp_path, client):
    raw, out = _corpus(tmp_path / "raw"), tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    (out / "articles" / "mine.txt").write_text("not the build's")
    s = build_partitioned(raw, out, partition_size=1, client=client)
    assert (out / "articles" / "mine.txt").read_text() == "not the build's"
    assert paths.current_generation(out) == s.generation
    m = current_snapshot(out).manifest
    assert m["kind"] == "tables" and m["tables"]["articles"]["rows"] == 1 == s.n_kept
    assert set(PARTITIONED) <= set(m["tables"])
    assert not (current_snapshot(out).dir / "_work").exists()


def test_failed_build_leaves_previous_output_loadable(tmp_path, client, monkeypatch):
    raw, out = _corpus(tmp_path / "raw"), tmp_path / "out"
    first = build_partitioned(raw, out, partition_size=1, client=client)
    (raw / "articles" / "b.txt").write_text("Putin meets Xi\n\nVladimir Putin met Xi Jinping in Beijing.\n")
    from summitlens.pipeline import trade

    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(trade, "global_tables", boom)  # fails on the driver after every part is written
    with pytest.raises(RuntimeError, match="boom"):
        build_partitioned(raw, out, partition_size=1, client=client)
    assert paths.current_generation(out) == first.generation
    gens = sorted(p.name for p in paths.generations_dir(out).iterdir() if p.is_dir())
    assert gens == [first.generation]
    with pytest.warns(UserWarning):  # the corpus changed since; the old tables still load
        t = load_tables(raw, out_dir=out, build_if_missing=False)
    assert len(t.articles) == 1


def test_partitioned_build_shows_a_bar_over_completed_partitions(tmp_path, client, capfd):
    raw = _corpus(tmp_path / "raw")
    (raw / "b.txt").write_text("Another headline\n\nXi met Putin in Moscow on Monday.\n", encoding="utf-8")
    build_partitioned(raw, tmp_path / "out", partition_size=1, client=client, progress=True)
    out, err = capfd.readouterr()
    assert "corpus:" in err and "dates, meetings, framing, trade:" in err and "2/2" in err
    assert "part" not in out
    build_partitioned(raw, tmp_path / "out2", partition_size=1, client=client, progress=False)
    assert "corpus:" not in capfd.readouterr().err


def _corrected_builds(tmp_path, client, lines) -> tuple:
    """Build a one-sentence trade corpus in memory, write the corrections ``lines(tables)``
    gives for it, rebuild in memory and on Dask; return both builds' tables."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "b.txt").write_text("Trade grows\n\nTrade between China and Russia reached $240 billion in 2023.\n",
                               encoding="utf-8")
    build(raw, tmp_path / "mem", progress=False)
    rows = lines(load_tables(raw, out_dir=tmp_path / "mem"))
    (raw / "corrections.csv").write_text("row_id,table,field,value,reason\n" + "".join(f"{x}\n" for x in rows))
    build(raw, tmp_path / "mem", progress=False)
    build_partitioned(raw, tmp_path / "dsk", partition_size=1, client=client, progress=False)
    return load_tables(raw, out_dir=tmp_path / "mem"), load_tables(raw, out_dir=tmp_path / "dsk")


def test_partitioned_build_applies_corrections_like_build(tmp_path, client):
    def lines(t):
        r = t.money_mentions.iloc[0]
        return [f"{r.doc_id}:{r.char_start}:{r.char_end},money_mentions,kind,forecast,x", "nope,meetings,status,planned,y"]

    a, b = _corrected_builds(tmp_path, client, lines)
    for name in ("corrections", "money_mentions", "trade_check"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))
    assert a.corrections["status"].tolist() == ["applied", "rejected"]
    assert a.money_mentions["kind"].tolist() == ["forecast"]


def test_partitioned_build_hands_corrected_dates_to_later_steps(tmp_path, client):
    """A corrected date expression reaches the money figure it dates, on Dask as in memory."""
    def lines(t):
        te = t.temporal_expressions.iloc[0]
        return [f"{te.doc_id}:{te.char_start},temporal_expressions,{f},{v},x"
                for f, v in (("start", "2022-01-01"), ("end", "2022-12-31"))]

    a, b = _corrected_builds(tmp_path, client, lines)
    assert a.money_mentions["period_start"].dt.year.tolist() == [2022]
    for name in ("corrections", "temporal_expressions", "money_mentions", "trade_check"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)
