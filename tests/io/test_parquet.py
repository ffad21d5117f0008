"""Validated, atomic, byte-identical Parquet writes."""

from __future__ import annotations

import pandas as pd
import pandera.errors
import pyarrow.parquet as pq
import pytest

from summitlens.io.parquet import (
    TableDigestError,
    empty_table,
    file_digest,
    read_table,
    store_table,
    write_table,
)


def _quarantine():
    return pd.DataFrame({"file": ["b.txt", "a.txt"], "record": [0, 0], "reason": ["empty", "binary"],
                         "detail": ["x", "y"], "n_bytes": [0, 10]})


def test_roundtrip_sorted_by_keys(tmp_path):
    write_table(_quarantine(), "quarantine", tmp_path)
    back = read_table("quarantine", tmp_path)
    assert back["file"].tolist() == ["a.txt", "b.txt"]


def test_rewrite_is_byte_identical_and_leaves_no_temp(tmp_path):
    p = write_table(_quarantine(), "quarantine", tmp_path)
    first = p.read_bytes()
    write_table(_quarantine().iloc[::-1], "quarantine", tmp_path)
    assert p.read_bytes() == first
    assert [f.name for f in tmp_path.iterdir()] == ["quarantine.parquet"]


@pytest.mark.parametrize("bad", [
    {"reason": ["not-a-reason"]},
    {"n_bytes": [-1]},
])
def test_invalid_table_is_refused_and_nothing_written(tmp_path, bad):
    df = _quarantine().iloc[:1].assign(**bad)
    with pytest.raises(pandera.errors.SchemaErrors):
        write_table(df, "quarantine", tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_unknown_table():
    with pytest.raises(KeyError):
        write_table(pd.DataFrame(), "no_such_table", "/tmp")


def test_empty_table_writes(tmp_path):
    write_table(empty_table("articles"), "articles", tmp_path)
    assert read_table("articles", tmp_path).empty


def test_store_table_returns_the_validated_sorted_frame(tmp_path):
    got = store_table(_quarantine(), "quarantine", tmp_path)
    assert got["file"].tolist() == ["a.txt", "b.txt"] and list(got.index) == [0, 1]
    pd.testing.assert_frame_equal(got, read_table("quarantine", tmp_path))


def test_tables_are_published_0644(tmp_path):
    p = write_table(_quarantine(), "quarantine", tmp_path)
    assert p.stat().st_mode & 0o777 == 0o644


def test_failed_write_rolls_back(tmp_path, monkeypatch):
    """A write that fails half-way leaves the old table intact and no temporary file."""
    p = write_table(_quarantine(), "quarantine", tmp_path)
    old = p.read_bytes()
    real = pq.write_table

    def half_then_fail(table, where, **kw):
        real(table, where, **kw)
        with open(where, "r+b") as fh:  # a truncated file, as a crash mid-write would leave
            fh.truncate(10)
        raise OSError("disk full")

    monkeypatch.setattr(pq, "write_table", half_then_fail)
    with pytest.raises(OSError, match="disk full"):
        write_table(_quarantine().iloc[:1], "quarantine", tmp_path)
    assert p.read_bytes() == old
    assert [f.name for f in tmp_path.iterdir()] == ["quarantine.parquet"]


def test_digest_check(tmp_path):
    p = write_table(_quarantine(), "quarantine", tmp_path)
    assert len(read_table("quarantine", tmp_path, sha256=file_digest(p))) == 2
    with pytest.raises(TableDigestError, match="not the file its build wrote"):
        read_table("quarantine", tmp_path, sha256="0" * 64)
