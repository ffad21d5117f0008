"""Atomic text writes: all or nothing, 0644, rollback really exercised."""

from __future__ import annotations

import os

import pytest

from summitlens.io import atomic
from summitlens.io.atomic import write_atomic, write_text_atomic


def test_write_and_mode(tmp_path):
    p = write_text_atomic(tmp_path / "sub" / "page.html", "<p>hi</p>\n")
    assert p.read_text() == "<p>hi</p>\n" and p.stat().st_mode & 0o777 == 0o644


def test_rollback_when_the_write_fails_mid_way(tmp_path):
    p = write_text_atomic(tmp_path / "x.txt", "old")

    def partial(tmp):
        with open(tmp, "w") as fh:
            fh.write("ne")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomic(p, partial)
    assert p.read_text() == "old" and os.listdir(tmp_path) == ["x.txt"]


def test_rollback_when_the_rename_fails(tmp_path, monkeypatch):
    p = write_text_atomic(tmp_path / "x.txt", "old")

    def no_rename(src, dst):
        raise PermissionError("rename refused")

    monkeypatch.setattr(atomic.os, "replace", no_rename)
    with pytest.raises(PermissionError):
        write_text_atomic(p, "new")
    assert p.read_text() == "old" and os.listdir(tmp_path) == ["x.txt"]


def test_interrupt_also_rolls_back(tmp_path):
    def interrupted(tmp):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "y.bin", interrupted)
    assert os.listdir(tmp_path) == []
