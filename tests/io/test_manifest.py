"""Manifest parsing, validation and matching: every problem is an issue row, never a crash."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from summitlens.io.read import (
    DATE_RANGE, ManifestError, match_manifest, parse_date, parse_manifest, read_corpus, read_manifest,
)


def _corpus(tmp_path, files, manifest: bytes | str | None):
    for rel in files:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    if manifest is not None:
        f = tmp_path / "manifest.csv"
        f.write_bytes(manifest if isinstance(manifest, bytes) else manifest.encode("utf-8"))
    c = read_corpus(tmp_path)
    return {f.rel: f for f in c.files}, c.manifest_issues


def _problems(issues) -> list[str]:
    return [i["problem"] for i in issues]


@pytest.mark.parametrize(("text", "outlet"), [
    ("file,outlet\na.txt,BBC\n", "BBC"),
    ("file;outlet\na.txt;BBC\n", "BBC"),
    ("file\toutlet\na.txt\tBBC\n", "BBC"),
    (" File , Outlet \na.txt , BBC \n", "BBC"),
    ("\ufeffFILE,Outlet\na.txt,BBC\n", "BBC"),
    ('file;outlet;notes\na.txt;BBC;"a, b, c"\n', "BBC"),
    ("file,outlet\r\na.txt,BBC\r\n", "BBC"),
    ("file,outlet\n./a.txt,BBC\n", "BBC"),
])
def test_delimiter_and_headers(text, outlet):
    rows = parse_manifest(text).rows
    assert [(r["file"], r["outlet"]) for r in rows] == [("a.txt", outlet)]


@pytest.mark.parametrize(("value", "expected"), [
    ("2023-03-21", ("2023-03-21", "")),
    ("2023/03/21", ("2023-03-21", "")),
    ("2023-03-21T23:30:00-05:00", ("2023-03-21", "")),  # the date as written
    ("2023-03-21 01:00:00+08:00", ("2023-03-21", "")),
    ("2023-03-21T10:00Z", ("2023-03-21", "")),
    ("", ("", "")),
    ("2999-12-31", ("", "date_out_of_range")),
    ("1500-01-01", ("", "date_out_of_range")),
    ("yesterday", ("", "bad_date")),
    ("today", ("", "bad_date")),
    ("2023-02-30", ("", "bad_date")),
    ("21/03/2023", ("", "bad_date")),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@given(st.text(max_size=40))
@settings(max_examples=200, deadline=None)
def test_parse_date_never_crashes(value):
    iso, problem = parse_date(value)
    assert (iso == "") or (DATE_RANGE[0].isoformat() <= iso <= DATE_RANGE[1].isoformat() and not problem)


def test_bad_dates_are_issues_with_the_value_kept(tmp_path):
    files, issues = _corpus(tmp_path, ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"],
                            "file,published\na.txt,2999-12-31\nb.txt,1500-01-01\nc.txt,yesterday\n"
                            "d.txt,2023-01-02T23:00:00-05:00\ne.txt,2023-01-02T01:00:00+09:00\n")
    assert [(i["manifest_row"], i["problem"], i["value"]) for i in issues] == [
        (2, "date_out_of_range", "2999-12-31"), (3, "date_out_of_range", "1500-01-01"), (4, "bad_date", "yesterday")]
    assert [(files[f].published, files[f].date_source) for f in sorted(files)] == [
        ("", "missing"), ("", "missing"), ("", "missing"), ("2023-01-02", "manifest"), ("2023-01-02", "manifest")]


def test_duplicate_rows_first_kept(tmp_path):
    files, issues = _corpus(tmp_path, ["a.txt"], "file,outlet\na.txt,First\na.txt,Second\n")
    assert files["a.txt"].outlet == "First"
    assert [(i["manifest_row"], i["problem"]) for i in issues] == [(3, "duplicate_row")]


def test_row_for_a_missing_file_and_files_without_row(tmp_path):
    files, issues = _corpus(tmp_path, ["a.txt", "b.txt"], "file,outlet\na.txt,A\nzzz.txt,Z\n")
    assert _problems(issues) == ["files_without_row", "file_not_in_corpus"]
    assert issues[0]["value"] == "1" and "b.txt" in issues[0]["detail"]


def test_row_for_a_refused_file(tmp_path):
    (tmp_path / ".h.txt").write_text("x")
    _, issues = _corpus(tmp_path, ["a.txt"], "file,outlet\na.txt,A\n.h.txt,H\n")
    assert _problems(issues) == ["file_not_read"] and "hidden" in issues[0]["detail"]


def test_rows_match_by_relative_path_only(tmp_path):
    files, issues = _corpus(tmp_path, ["a.txt", "sub1/a.txt", "sub2/a.txt", "sub3/only.txt", "sub4/b.txt"],
                            "file,outlet\nsub1/a.txt,One\nonly.txt,Only\nSUB4/B.TXT,Case\n")
    assert {k: f.outlet for k, f in files.items()} == {
        "a.txt": "", "sub1/a.txt": "One", "sub2/a.txt": "", "sub3/only.txt": "Only", "sub4/b.txt": "Case"}
    assert _problems(issues) == ["files_without_row"]


def test_ambiguous_bare_name(tmp_path):
    files, issues = _corpus(tmp_path, ["sub1/a.txt", "sub2/a.txt"], "file,outlet\na.txt,X\n")
    assert {f.outlet for f in files.values()} == {""}
    assert _problems(issues) == ["files_without_row", "ambiguous_file"]


def test_extra_columns_kept_in_meta(tmp_path):
    files, issues = _corpus(tmp_path, ["a.txt", "b.txt"],
                            "file,Topic,outlet,Bias,authors,doc_type\na.txt,trade,BBC,left,\"X, Y\",news\n")
    assert json.loads(files["a.txt"].meta) == {"authors": "X, Y", "bias": "left", "doc_type": "news",
                                               "topic": "trade"}
    assert files["a.txt"].meta.index("authors") < files["a.txt"].meta.index("topic")  # sorted keys
    assert files["b.txt"].meta == "{}"


@pytest.mark.parametrize(("manifest", "problem"), [
    (b"", "empty_manifest"),
    (b"  \n\n", "empty_manifest"),
    (b"name,outlet\na.txt,BBC\n", "no_file_column"),
    (b"\x00\x01\x02" * 100, "unreadable_manifest"),
])
def test_unusable_manifest_is_an_issue_not_a_crash(tmp_path, manifest, problem):
    files, issues = _corpus(tmp_path, ["a.txt"], manifest)
    assert _problems(issues) == [problem]
    assert files["a.txt"].outlet == ""


def test_no_file_column_names_the_columns_found():
    with pytest.raises(ManifestError, match="'name', 'outlet'"):
        parse_manifest(" Name ;Outlet\na.txt;BBC\n")


def test_manifest_link_outside_the_corpus_is_not_read(tmp_path):
    (tmp_path / "evil.csv").write_text("file,outlet\na.txt,Leaked\n")
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "manifest.csv").symlink_to(tmp_path / "evil.csv")
    files, issues = _corpus(d, ["a.txt"], None)
    assert _problems(issues) == ["outside_corpus"] and files["a.txt"].outlet == ""


def test_manifest_link_inside_the_corpus_is_read(tmp_path):
    (tmp_path / "meta").mkdir()
    (tmp_path / "meta" / "m.csv").write_text("file,outlet\na.txt,Inside\n")
    (tmp_path / "manifest.csv").symlink_to(tmp_path / "meta" / "m.csv")
    files, issues = _corpus(tmp_path, ["a.txt"], None)
    assert files["a.txt"].outlet == "Inside" and issues == []


def test_bad_rows_are_issues():
    m = parse_manifest("file,outlet\na.txt,A,extra\n,B\nb.txt\n")
    assert [(r["file"], r["outlet"]) for r in m.rows] == [("b.txt", "")]
    assert [(i["manifest_row"], i["problem"]) for i in m.issues] == [(2, "bad_row"), (3, "missing_file")]


def test_duplicate_column():
    m = parse_manifest("file,outlet,Outlet\na.txt,A,B\n")
    assert m.rows[0]["outlet"] == "A" and [i["problem"] for i in m.issues] == ["duplicate_column"]


def test_match_prefers_exact_path():
    m = parse_manifest("file,outlet\nA.txt,Case\na.txt,Exact\n")
    rows, issues = match_manifest(["a.txt"], m)
    assert rows["a.txt"]["outlet"] == "Exact" and [i["problem"] for i in issues] == ["duplicate_row"]


def test_no_manifest_gives_no_issues(tmp_path):
    assert read_manifest(tmp_path).present is False
    _, issues = _corpus(tmp_path, ["a.txt"], None)
    assert issues == []


@given(st.text(max_size=300))
@settings(max_examples=150, deadline=None)
def test_any_text_parses_or_raises_manifest_error(text):
    try:
        m = parse_manifest(text)
    except ManifestError:
        return
    for r in m.rows:
        json.loads(r["meta"])
        assert r["file"] and r["date_source"] in ("missing", "manifest") or r["published"]
