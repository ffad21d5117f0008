"""Read a raw corpus folder: list its ``.txt`` files and join the optional manifest.

A corpus is any folder of ``.txt`` articles (line 1 = headline, then paragraphs), searched
recursively, with an optional ``manifest.csv`` whose ``file`` column names each file by
its path relative to the folder or by its bare name. Known columns: ``outlet``, ``url``,
``published`` (``YYYY-MM-DD``), ``date_source``; others are ignored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

MANIFEST_NAME = "manifest.csv"


@dataclass(frozen=True)
class RawFile:
    """One input file with its manifest metadata."""

    path: Path
    rel: str
    outlet: str = ""
    url: str = ""
    published: str = ""
    date_source: str = "missing"


def list_files(raw_dir: str | os.PathLike[str]) -> list[tuple[Path, str]]:
    """All ``*.txt`` files under ``raw_dir``, sorted by relative POSIX path.

    Args:
        raw_dir: Corpus folder.

    Returns:
        ``(path, relative path)`` pairs.
    """
    root = Path(raw_dir)
    files = [p for p in root.rglob("*.txt") if p.is_file() and not p.name.startswith(".")]
    pairs = [(p, p.relative_to(root).as_posix()) for p in files]
    return sorted(pairs, key=lambda x: x[1])


def read_manifest(raw_dir: str | os.PathLike[str]) -> pd.DataFrame:
    """The corpus manifest as strings (empty frame when there is none).

    Examples:
        >>> read_manifest("/nonexistent").empty
        True
    """
    f = Path(raw_dir) / MANIFEST_NAME
    if not f.exists():
        return pd.DataFrame(columns=["file"])
    return pd.read_csv(f, dtype=str, keep_default_na=False)


def _date_source(row: dict[str, str]) -> str:
    published = row.get("published", "").strip()
    given = row.get("date_source", "").strip()
    if not published:
        return "missing"
    return given or "manifest"


def corpus_files(raw_dir: str | os.PathLike[str]) -> list[RawFile]:
    """Files of the corpus joined with their manifest rows.

    Args:
        raw_dir: Corpus folder.

    Returns:
        One :class:`RawFile` per ``.txt`` file, sorted by relative path.
    """
    manifest = read_manifest(raw_dir)
    by_key: dict[str, dict[str, str]] = {}
    for row in manifest.to_dict("records"):
        f = str(row.get("file", "")).strip()
        if f:
            by_key.setdefault(f, row)
            by_key.setdefault(Path(f).name, row)
    out = []
    for path, rel in list_files(raw_dir):
        row = by_key.get(rel) or by_key.get(path.name) or {}
        out.append(RawFile(
            path=path, rel=rel,
            outlet=str(row.get("outlet", "")).strip(),
            url=str(row.get("url", "")).strip(),
            published=str(row.get("published", "")).strip(),
            date_source=_date_source({k: str(v) for k, v in row.items()}),
        ))
    return out
