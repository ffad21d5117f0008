"""The one place that knows where SummitLens data lives.

Every other module asks this module for a path; nothing else hard-codes a folder.
Paths can be redirected with environment variables (``SUMMITLENS_ROOT``,
``SUMMITLENS_SHARED``) so the library works outside this repository.

A corpus is a folder, a data file (``.jsonl[.gz]``, ``.csv``, ``.parquet``) or a corpus YAML
(:mod:`summitlens.io.formats.spec`). Output and report folders are keyed by the corpus's
*resolved path* (the YAML's own path for a YAML), never by its base name alone:
``/x/a/news`` and ``/x/b/news`` get different folders, and a corpus named ``raw`` never
writes over the default corpus's tables or report. The readable part of the key is the
folder's name, a data file's name without its suffix, or a YAML's ``name:``.

Examples:
    >>> corpus_name("data/raw")
    'raw'
    >>> corpus_name("../shared/corpora/russia_china_news/")
    'russia_china_news'
    >>> processed_dir("data/raw") == PROCESSED
    True
    >>> processed_dir("/x/a/news") != processed_dir("/x/b/news")
    True
"""

from __future__ import annotations

import hashlib
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
    """Resolve a corpus (folder, data file or corpus YAML): absolute as is; relative to the
    working folder when it exists there, else relative to the repository root (so notebooks
    and ``make report CORPUS=corpora/allsides.yml`` work from any folder).

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
    """Display name of a corpus (folders use :func:`corpus_key`): a folder's base name, a
    data file's name without its data suffix, a corpus YAML's ``name:`` (else its file name).

    Examples:
        >>> corpus_name("/x/b/news/"), corpus_name("/x/allsides.jsonl.gz")
        ('news', 'allsides')
    """
    resolved = resolve_corpus(os.fspath(corpus).rstrip("/\\") or ".")
    if resolved.is_dir() or not resolved.name:
        return resolved.name or "corpus"
    from summitlens.io.formats.spec import SpecError, display_name, is_spec_file, load_spec

    if is_spec_file(resolved) and resolved.is_file():
        try:
            return load_spec(resolved).name
        except SpecError:
            pass
    return display_name(resolved) or "corpus"


def is_default_corpus(corpus: str | os.PathLike[str] | None) -> bool:
    """True for ``None`` and for any path that resolves to ``data/raw``.

    Examples:
        >>> is_default_corpus(None), is_default_corpus(RAW), is_default_corpus("/x/raw")
        (True, True, False)
    """
    return corpus is None or resolve_corpus(corpus) == RAW.resolve()


def corpus_key(corpus: str | os.PathLike[str] | None = None) -> str:
    """Folder name for a corpus's tables and report, keyed by its resolved path.

    ``raw`` for the default corpus; ``<base name>-<first 8 hex of sha1(resolved path)>``
    for any other, so two corpora with the same base name never share a folder.

    Examples:
        >>> corpus_key(RAW)
        'raw'
        >>> key = corpus_key("/x/a/news")
        >>> key.startswith("news-"), len(key) == len("news-") + 8
        (True, True)
        >>> corpus_key("/x/a/news") == corpus_key("/x/b/news")
        False
        >>> corpus_key("/elsewhere/raw") == "raw"
        False
    """
    if is_default_corpus(corpus):
        return "raw"
    resolved = resolve_corpus(corpus)
    digest = hashlib.sha1(os.fsencode(resolved)).hexdigest()[:8]
    return f"{corpus_name(resolved)}-{digest}"


def processed_dir(corpus: str | os.PathLike[str] | None = None) -> Path:
    """Output folder of the tables built from ``corpus``.

    The default corpus (``data/raw``) writes into ``data/processed``; any other corpus into
    ``data/processed/<corpus_key>`` (base name + 8 hex of the resolved path's SHA-1), so
    runs of different corpora never overwrite each other. The tables themselves live in
    the folder's current generation (:func:`current_dir`).

    Args:
        corpus: Raw corpus folder; ``None`` means the default ``data/raw``.

    Returns:
        The output folder (not created).

    Examples:
        >>> processed_dir() == PROCESSED
        True
        >>> processed_dir("/x/a/news").parent == PROCESSED
        True
    """
    if is_default_corpus(corpus):
        return PROCESSED
    return PROCESSED / corpus_key(corpus)


def report_dir(corpus: str | os.PathLike[str] | None = None) -> Path:
    """Folder of the HTML report for ``corpus``: ``reports/<corpus_key>``.

    Examples:
        >>> report_dir() == REPORTS / "raw"
        True
        >>> report_dir("/elsewhere/raw") == report_dir()
        False
    """
    return REPORTS / corpus_key(corpus)


#: Hidden folder inside an output folder holding one sub-folder per build ("generation"),
#: the ``CURRENT`` pointer and the build lock.
GENERATIONS = ".generations"
CURRENT = "CURRENT"


def generations_dir(out_dir: str | os.PathLike[str]) -> Path:
    """Folder holding the generations of output folder ``out_dir``.

    Examples:
        >>> generations_dir("/x/out").as_posix()
        '/x/out/.generations'
    """
    return Path(out_dir) / GENERATIONS


def current_generation(out_dir: str | os.PathLike[str]) -> str | None:
    """Id of the generation ``out_dir``'s ``CURRENT`` pointer names, or ``None``.

    Examples:
        >>> current_generation("/no/such/folder") is None
        True
    """
    try:
        gid = (generations_dir(out_dir) / CURRENT).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return gid or None


def current_dir(out_dir: str | os.PathLike[str]) -> Path | None:
    """Folder of the current (complete) generation of ``out_dir``, or ``None`` before any build.

    Read the pointer once and take every table from the folder it returns: a build that
    finishes meanwhile switches the pointer but never changes a published generation.

    Examples:
        >>> current_dir("/no/such/folder") is None
        True
    """
    gid = current_generation(out_dir)
    return generations_dir(out_dir) / gid if gid else None


def is_within(path: str | os.PathLike[str], folder: str | os.PathLike[str]) -> bool:
    """True when ``path`` is ``folder`` or inside it (after resolving symlinks).

    Examples:
        >>> is_within("/a/b/c", "/a/b"), is_within("/a/b", "/a/b"), is_within("/a/bc", "/a/b")
        (True, True, False)
    """
    p, f = Path(path).resolve(), Path(folder).resolve()
    return p == f or f in p.parents
