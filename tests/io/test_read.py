"""Corpus listing and manifest join."""

from __future__ import annotations

from summitlens.io.read import corpus_files, list_files


def test_lists_txt_recursively_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "1.txt").write_text("x")
    (tmp_path / "README.TXT").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    assert [rel for _, rel in list_files(tmp_path)] == ["1.txt", "b/2.txt"]


def test_manifest_joined_by_path_or_name(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x")
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "c.txt").write_text("x")
    (tmp_path / "manifest.csv").write_text(
        "file,outlet,published\nsub/a.txt,BBC,2023-01-02\nb.txt,CNN,\n")
    files = {f.rel: f for f in corpus_files(tmp_path)}
    assert files["sub/a.txt"].outlet == "BBC"
    assert files["sub/a.txt"].date_source == "manifest"
    assert files["b.txt"].date_source == "missing"
    assert files["c.txt"].outlet == ""


def test_without_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    assert corpus_files(tmp_path)[0].date_source == "missing"
