"""Corpus listing: what is read, what is refused (with a reason), nothing dropped silently."""

from __future__ import annotations

import os
import socket
import threading

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from summitlens.io.read import corpus_files, list_files, read_bytes, read_corpus, scan_corpus


def _reasons(root) -> dict[str, str]:
    return {s["file"]: s["reason"] for s in scan_corpus(root).skipped}


def _rels(root) -> list[str]:
    return [rel for _, rel in list_files(root)]


def test_lists_txt_recursively_sorted_any_case(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "1.txt").write_text("x")
    (tmp_path / "README.TXT").write_text("x")
    (tmp_path / "c.Txt").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    listing = scan_corpus(tmp_path)
    assert [rel for _, rel in listing.files] == ["1.txt", "README.TXT", "b/2.txt", "c.Txt"]
    assert listing.skipped == [] and listing.n_other == 1


@pytest.mark.parametrize(("make", "rel", "reason"), [
    (lambda d: (d / ".hidden.txt").write_text("x"), ".hidden.txt", "hidden"),
    (lambda d: ((d / ".git").mkdir(), (d / ".git" / "a.txt").write_text("x")), ".git/a.txt", "hidden"),
    (lambda d: (d / "passwd.txt").symlink_to("/etc/passwd"), "passwd.txt", "outside_corpus"),
    (lambda d: (d / "etc").symlink_to("/etc", target_is_directory=True), "etc", "outside_corpus"),
    (lambda d: (d / "up.txt").symlink_to(d.parent / "secret.txt"), "up.txt", "outside_corpus"),
    (lambda d: (d / "gone.txt").symlink_to(d / "missing.txt"), "gone.txt", "dangling_link"),
    (lambda d: ((d / "loop1.txt").symlink_to(d / "loop2.txt"), (d / "loop2.txt").symlink_to(d / "loop1.txt")),
     "loop1.txt", "dangling_link"),
    (lambda d: os.mkfifo(d / "pipe.txt"), "pipe.txt", "not_a_regular_file"),
    (lambda d: (d / "pipe_link.txt").symlink_to(d / "pipe"), "pipe_link.txt", "not_a_regular_file"),
    (lambda d: (d / "same.txt").symlink_to(d / "ok.txt"), "same.txt", "duplicate"),
    (lambda d: (d / "self").symlink_to(d, target_is_directory=True), "self", "duplicate"),
])
def test_refused_paths_have_a_reason(tmp_path, make, rel, reason):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "ok.txt").write_text("x")
    (tmp_path / "secret.txt").write_text("secret")
    os.mkfifo(d / "pipe")
    make(d)
    assert _reasons(d).get(rel) == reason
    assert "ok.txt" in _rels(d) and rel not in _rels(d)


def test_outside_link_is_never_read(tmp_path):
    (tmp_path / "secret.txt").write_text("top secret")
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").symlink_to(tmp_path / "secret.txt")
    row = scan_corpus(d).skipped[0]
    assert row["n_bytes"] == 0 and "secret" not in row["detail"]


def test_links_inside_the_corpus_are_read_once(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("x")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real" / "a.txt")
    (tmp_path / "hard.txt").hardlink_to(tmp_path / "real" / "a.txt")
    (tmp_path / "linked").symlink_to(tmp_path / "real", target_is_directory=True)
    listing = scan_corpus(tmp_path)
    assert [rel for _, rel in listing.files] == ["alias.txt"]  # first name in path order
    assert {s["file"]: s["reason"] for s in listing.skipped} == {
        "hard.txt": "duplicate", "linked": "duplicate", "real/a.txt": "duplicate"}


def test_fifo_is_never_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    done = threading.Event()

    def run():
        read_corpus(tmp_path)
        done.set()

    threading.Thread(target=run, daemon=True).start()
    assert done.wait(10), "listing a FIFO blocked"


def test_socket_is_refused(tmp_path):
    path = tmp_path / "s.txt"
    if len(os.fsencode(path)) > 100:
        pytest.skip("socket path too long")
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(os.fspath(path))
        assert _reasons(tmp_path) == {"s.txt": "not_a_regular_file"}


def test_non_utf8_name_is_refused_with_an_escaped_path(tmp_path):
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    try:
        with open(name, "wb") as fh:
            fh.write(b"x")
    except (OSError, UnicodeError):
        pytest.skip("file system refuses non-UTF-8 names")
    listing = scan_corpus(tmp_path)
    assert listing.files == []
    assert listing.skipped[0]["file"] == "caf\\xe9.txt" and listing.skipped[0]["reason"] == "unreadable_name"
    listing.skipped[0]["file"].encode("utf-8")  # storable in Parquet


def test_read_bytes_refuses_links_and_fifos(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "l.txt").symlink_to(tmp_path / "a.txt")
    os.mkfifo(tmp_path / "p.txt")
    assert read_bytes(tmp_path / "a.txt") == b"x"
    with pytest.raises(OSError):
        read_bytes(tmp_path / "l.txt")
    with pytest.raises(OSError):
        read_bytes(tmp_path / "p.txt")


def test_missing_folder_lists_nothing(tmp_path):
    assert scan_corpus(tmp_path / "missing").files == []


def test_without_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    f = corpus_files(tmp_path)[0]
    assert (f.date_source, f.meta) == ("missing", "{}")


NAMES = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/\0"), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(NAMES, min_size=1, max_size=6, unique=True))
def test_every_txt_is_read_or_refused(tmp_path_factory, names):
    d = tmp_path_factory.mktemp("c")
    made = []
    for n in names:
        if n in (".", "..") or len(os.fsencode(n)) > 200:
            continue
        try:
            (d / (n + ".txt")).write_text("x")
            made.append(n + ".txt")
        except OSError:
            continue
    listing = scan_corpus(d)
    seen = [rel for _, rel in listing.files] + [s["file"] for s in listing.skipped]
    assert sorted(seen) == sorted(made)


def test_corpus_folder_given_through_a_link(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("x")
    (tmp_path / "real" / "b.txt").symlink_to(tmp_path / "real" / "a.txt")
    (tmp_path / "alias").symlink_to(tmp_path / "real", target_is_directory=True)
    listing = scan_corpus(tmp_path / "alias")
    assert [rel for _, rel in listing.files] == ["a.txt"]
    assert [(s["file"], s["reason"]) for s in listing.skipped] == [("b.txt", "duplicate")]


def test_html_suffixes_and_an_explicit_manifest(tmp_path):
    from summitlens.io.read import read_corpus, scan_corpus

    d = tmp_path / "pages"
    (d / "sub").mkdir(parents=True)
    (d / "1.html").write_text("<p>x</p>")
    (d / "sub" / "2.HTM").write_text("<p>y</p>")
    (d / ".3.html").write_text("<p>z</p>")
    (d / "a.txt").write_text("not a page")
    listing = scan_corpus(d, suffixes=(".html", ".htm"))
    assert [rel for _, rel in listing.files] == ["1.html", "sub/2.HTM"] and listing.n_other == 1
    assert [(s["file"], s["reason"], s["record"]) for s in listing.skipped] == [(".3.html", "hidden", 0)]
    meta = tmp_path / "meta.csv"
    meta.write_text("file,outlet,published\n1.html,K,2019-06-05\n")
    c = read_corpus(d, suffixes=(".html", ".htm"), kind="html", manifest=meta)
    assert [(f.rel, f.kind, f.outlet, f.published) for f in c.files] == [
        ("1.html", "html", "K", "2019-06-05"), ("sub/2.HTM", "html", "", "")]
