"""Output and report folders are keyed by the corpus's resolved path, not its base name."""

from __future__ import annotations

import pytest

from summitlens import paths


def test_default_corpus_keeps_its_folders():
    assert paths.processed_dir() == paths.processed_dir(paths.RAW) == paths.PROCESSED
    assert paths.report_dir() == paths.report_dir("data/raw") == paths.REPORTS / "raw"


def test_same_base_name_different_folders(tmp_path):
    a, b = tmp_path / "a" / "news", tmp_path / "b" / "news"
    assert paths.processed_dir(a) != paths.processed_dir(b)
    assert paths.report_dir(a) != paths.report_dir(b)
    assert paths.processed_dir(a).name.startswith("news-")


def test_a_corpus_named_raw_never_takes_the_default_folders(tmp_path):
    other = tmp_path / "raw"
    assert paths.processed_dir(other) != paths.PROCESSED
    assert paths.report_dir(other) != paths.report_dir()
    assert paths.processed_dir(other).parent == paths.PROCESSED


def test_key_is_stable_and_ignores_spelling(tmp_path):
    (tmp_path / "c").mkdir()
    assert paths.corpus_key(tmp_path / "c") == paths.corpus_key(f"{tmp_path}/x/../c/")


@pytest.mark.parametrize("path,folder,expected", [
    ("/a/b", "/a/b", True), ("/a/b/c", "/a/b", True), ("/a/bc", "/a/b", False), ("/a", "/a/b", False),
])
def test_is_within(path, folder, expected):
    assert paths.is_within(path, folder) is expected


def test_current_dir_follows_the_pointer(tmp_path):
    assert paths.current_dir(tmp_path) is None
    g = paths.generations_dir(tmp_path)
    g.mkdir()
    (g / "CURRENT").write_text("000001-abcdef01\n")
    assert paths.current_dir(tmp_path) == g / "000001-abcdef01"
