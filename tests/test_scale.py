"""The out-of-core (Dask) corpus build gives the same rows as the in-memory build."""

from __future__ import annotations

import pandas as pd
import pytest

from summitlens import paths
from summitlens.io.generation import current_snapshot
from summitlens.pipeline import UnsafeOutputError
from summitlens.pipeline.corpus import build_corpus
from summitlens.scale import build_corpus_partitioned, read_partitioned


@pytest.mark.parametrize("partition_size", [2])
def test_partitioned_equals_in_memory(tmp_path, partition_size):
    counts = build_corpus_partitioned(paths.RAW, tmp_path, partition_size=partition_size, n_workers=2)
    ref = build_corpus(paths.RAW)
    assert counts["n_partitions"] == 3 and counts["n_kept"] == len(ref["articles"])
    for name in ("articles", "sentences", "boilerplate"):
        got = read_partitioned(name, tmp_path).compute()
        keys = list(ref[name].columns[:2])
        a = got.sort_values(keys).reset_index(drop=True)
        b = ref[name].sort_values(keys).reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b, check_dtype=False)


def _corpus(folder):
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "a.txt").write_text("Xi to meet Putin\n\nXi Jinping will visit Russia next week.\n")
    return folder


@pytest.mark.parametrize("inside", [False, True])
def test_out_in_raw_is_refused_and_nothing_deleted(tmp_path, inside):
    """`build-large --raw C --out C` once deleted the raw files; now it is refused."""
    raw = _corpus(tmp_path / "C")
    before = sorted(p.relative_to(raw) for p in raw.rglob("*"))
    with pytest.raises(UnsafeOutputError):
        build_corpus_partitioned(raw, raw / "out" if inside else raw, partition_size=1, n_workers=1)
    assert sorted(p.relative_to(raw) for p in raw.rglob("*")) == before


def test_partitioned_build_is_a_generation_and_keeps_other_files(tmp_path):
    raw, out = _corpus(tmp_path / "raw"), tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    (out / "articles" / "mine.txt").write_text("not the build's")  # the old code rmtree'd <out>/articles
    c = build_corpus_partitioned(raw, out, partition_size=1, n_workers=1)
    assert (out / "articles" / "mine.txt").read_text() == "not the build's"
    assert paths.current_generation(out) == c["generation"]
    assert len(read_partitioned("articles", out).compute()) == c["n_kept"] == 1
    m = current_snapshot(out).manifest
    assert m["kind"] == "partitioned" and m["tables"]["articles"]["rows"] == 1
