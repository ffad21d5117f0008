"""The one place that knows where SummitLens data lives.

Every other module asks this module for a path; nothing else hard-codes a folder.
Paths can be redirected with environment variables (``SUMMITLENS_ROOT``,
``SUMMITLENS_SHARED``) so the library works outside this repository.

Examples:
    >>> corpus_name("data/raw")
    'raw'
    >>> corpus_name("../shared/corpora/russia_china_news/")
    'russia_china_news'
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

#: Repository root (the folder holding ``pyproject.toml``), or ``SUMMITLENS_ROOT``.
ROOT = Path(os.environ.get("SUMMITLENS_ROOT", Path(__file__).resolve().parents[2]))

DATA = ROOT / "data"
RAW = DATA / "raw"
RAW_ARTICLES = RAW / "articles"
MANIFEST = RAW / "manifest.csv"
REFERENCE = DATA / "reference"
PROCESSED = DATA / "processed"
DATA_DICTIONARY = PROCESSED / "DATA_DICTIONARY.md"
REPORTS = ROOT / "reports"
NOTEBOOKS = ROOT / "notebooks"
TESTS_GOLD = ROOT / "tests" / "gold"

#: Shared data beside the project (seeds, corpora, reference); may be absent.
SHARED = Path(os.environ.get("SUMMITLENS_SHARED", ROOT.parent / "shared"))
SHARED_CORPORA = SHARED / "corpora"
RUSSIA_CHINA_NEWS = SHARED_CORPORA / "russia_china_news"
BBC = SHARED_CORPORA / "bbc"

REFERENCE_MEETINGS = REFERENCE / "putin_xi_meetings.csv"
REFERENCE_TRADE = REFERENCE / "china_russia_trade.csv"


def resource(name: str) -> Path:
    """Path of a packaged rules/lexicon file in ``summitlens/resources``.

    Args:
        name: File name, e.g. ``"boilerplate.yml"``.

    Returns:
        The path of the packaged file.

    Examples:
        >>> resource("boilerplate.yml").name
        'boilerplate.yml'
    """
    return Path(str(resources.files("summitlens") / "resources" / name))


def resolve_corpus(corpus: str | os.PathLike[str]) -> Path:
    """Resolve a corpus folder: absolute as is; relative to the working folder when it
    exists there, else relative to the repository root (so notebooks run from any folder).

    Examples:
        >>> resolve_corpus(RAW) == RAW.resolve()
        True
        >>> resolve_corpus("no/such/folder") == (ROOT / "no/such/folder").resolve()
        True
    """
    p = Path(corpus)
    if p.is_absolute() or p.exists():
        return p.resolve()
    return (ROOT / p).resolve()


def corpus_name(corpus: str | os.PathLike[str]) -> str:
    """Short name of a corpus folder, used for ``data/processed/<name>`` and reports."""
    return resolve_corpus(os.fspath(corpus).rstrip("/\\") or ".").name or "corpus"


def processed_dir(corpus: str | os.PathLike[str] | None = None) -> Path:
    """Folder of the Parquet tables built from ``corpus``.

    The default corpus (``data/raw``) writes straight into ``data/processed``; any other
    corpus writes into ``data/processed/<corpus-name>`` so runs never overwrite each other.

    Args:
        corpus: Raw corpus folder; ``None`` means the default ``data/raw``.

    Returns:
        The output folder (not created).
    """
    if corpus is None or resolve_corpus(corpus) == RAW.resolve():
        return PROCESSED
    return PROCESSED / corpus_name(corpus)


def report_dir(corpus: str | os.PathLike[str] | None = None) -> Path:
    """Folder of the HTML report for ``corpus`` (``reports/<corpus-name>``)."""
    return REPORTS / corpus_name(corpus if corpus is not None else RAW)
