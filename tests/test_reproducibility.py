"""Re-running gives byte-identical tables and the same corpus fingerprint."""

from __future__ import annotations

import shutil

from summitlens import paths
from summitlens.pipeline import build
from summitlens.provenance import corpus_fingerprint


def test_rebuild_is_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build(paths.RAW, a, progress=False)
    build(paths.RAW, b, progress=False)
    a, b = paths.current_dir(a), paths.current_dir(b)
    files = sorted(p.name for p in a.glob("*.parquet"))
    assert "articles.parquet" in files and files == sorted(p.name for p in b.glob("*.parquet"))
    for name in files:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_fingerprint_stable_and_sensitive(tmp_path):
    copy = tmp_path / "raw"
    shutil.copytree(paths.RAW, copy)
    assert corpus_fingerprint(copy) == corpus_fingerprint(paths.RAW) == corpus_fingerprint(copy)
    first = next(copy.rglob("*.txt"))
    first.write_bytes(first.read_bytes() + b" ")
    assert corpus_fingerprint(copy) != corpus_fingerprint(paths.RAW)
