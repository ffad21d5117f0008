"""Validated, atomic, byte-identical Parquet writes."""

from __future__ import annotations

import pandas as pd
import pandera.errors
import pytest

from summitlens.io.parquet import empty_table, read_table, write_table


def _quarantine():
    return pd.DataFrame({"file": ["b.txt", "a.txt"], "reason": ["empty", "binary"],
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
