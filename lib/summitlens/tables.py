"""Load every table of a corpus (building it first when missing or stale) for notebooks."""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from summitlens import paths
from summitlens.io.generation import IncompleteGenerationError, Snapshot, current_snapshot
from summitlens.io.parquet import read_table
from summitlens.schemas import TABLES


class Tables(SimpleNamespace):
    """Attribute access to a corpus's tables: ``t.articles``, ``t.sentences`` …

    ``t.generation`` is the id of the build they come from and ``t.build`` its manifest.
    Reference tables are loaded as ``reference_meetings`` and ``reference_trade`` when
    present in ``data/reference``.
    """


class StaleTablesError(RuntimeError):
    """The built tables do not belong to this corpus (or no tables were built)."""


class StaleTablesWarning(UserWarning):
    """The corpus changed since its tables were built."""


def _problem(snap: Snapshot | None, corpus: Path, fingerprint: str | None) -> str | None:
    """Why the current generation cannot be returned for ``corpus`` (None: it can)."""
    if snap is None:
        return "no tables have been built"
    m = snap.manifest
    if m.get("kind", "tables") != "tables":
        return (f"generation {snap.id} was written by an older build-large (corpus tables only): "
                "rebuild it with build or build-large")
    if m.get("corpus") != str(corpus):
        return f"generation {snap.id} was built from another corpus ({m.get('corpus')})"
    if fingerprint is not None and m.get("corpus_fingerprint") != fingerprint:
        return f"the corpus changed since generation {snap.id} was built (files added, removed or edited)"
    from summitlens.pipeline.corrections import changed_since

    why = changed_since(m, corpus)
    if why:
        return f"the corpus changed since generation {snap.id} was built ({why})"
    return None


def _read(snap: Snapshot) -> dict[str, pd.DataFrame]:
    """Every table of a generation, one file or a folder of parts alike (``build.json`` records
    each table's layout: ``sha256`` of its file, or ``parts`` with each part's digest)."""
    return {name: read_table(name, snap.dir, sha256=entry.get("sha256"), parts=entry.get("parts"))
            for name, entry in sorted(snap.tables.items()) if name in TABLES}


def load_tables(
    corpus: str | os.PathLike[str] = paths.RAW,
    *,
    out_dir: str | os.PathLike[str] | None = None,
    build_if_missing: bool = True,
) -> Tables:
    """Read all tables of the current build of ``corpus`` (and the reference tables).

    Tables written as one file (``build``) and as folders of part files (``build-large``,
    on Dask) are read alike. Only a complete generation is read: the pointer is read once, every table the build
    manifest lists must be there with the SHA-256 the build recorded, so tables of two
    different builds are never returned together.

    Args:
        corpus: Raw corpus folder.
        out_dir: Output folder; default :func:`summitlens.paths.processed_dir`.
        build_if_missing: Run the pipeline first when there are no tables, or when the
            corpus changed since they were built (fingerprint of its files). When False: no
            tables raise :class:`StaleTablesError`; a changed corpus gives a
            :class:`StaleTablesWarning` and the old tables. Tables of another corpus in an
            ``out_dir`` you name are always refused (never replaced).

    Returns:
        A :class:`Tables` namespace.

    Raises:
        StaleTablesError: See ``build_if_missing``.
        summitlens.io.generation.IncompleteGenerationError: The current generation lacks
            a table its manifest lists.
        summitlens.io.parquet.TableDigestError: A table file was changed after its build.
    """
    from summitlens.provenance import corpus_fingerprint

    corpus = paths.resolve_corpus(corpus)
    out = Path(out_dir) if out_dir is not None else paths.processed_dir(corpus)
    fingerprint = corpus_fingerprint(corpus) if corpus.exists() else None
    snap = current_snapshot(out)
    problem = _problem(snap, corpus, fingerprint)
    if problem and out_dir is not None and "another corpus" in problem:
        # Never replace another corpus's tables in a folder the caller named.
        raise StaleTablesError(f"{out}: {problem}; choose another --out for {corpus}")
    if problem and build_if_missing:
        from summitlens.pipeline import build

        build(corpus, out, progress=False)
        snap = current_snapshot(out)
        problem = _problem(snap, corpus, fingerprint)
    if problem:
        if snap is not None and problem.startswith("the corpus changed"):
            warnings.warn(f"{problem}; loading the old tables from {out} "
                          f"(rebuild: python -m summitlens build --raw '{corpus}')", StaleTablesWarning,
                          stacklevel=2)
        else:
            raise StaleTablesError(f"{out}: {problem}; build them with: python -m summitlens build "
                                   f"--raw '{corpus}'" + (f" --out '{out}'" if out_dir is not None else ""))
    for attempt in range(3):
        try:
            frames = _read(snap)
            break
        except FileNotFoundError:
            # A later build removed this generation while we read it: take the new current one.
            if attempt == 2:
                raise
            snap = current_snapshot(out)
            if snap is None:
                raise IncompleteGenerationError(f"{out}: tables vanished while reading") from None
    t = Tables(corpus=paths.corpus_name(corpus), generation=snap.id, build=snap.manifest, **frames)
    if paths.REFERENCE_MEETINGS.exists():
        t.reference_meetings = pd.read_csv(paths.REFERENCE_MEETINGS, parse_dates=["start_date", "end_date"])
    if paths.REFERENCE_TRADE.exists():
        t.reference_trade = pd.read_csv(paths.REFERENCE_TRADE)
    return t
