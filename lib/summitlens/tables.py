"""Load every table of a corpus (building it first when missing) for notebooks."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from summitlens import paths
from summitlens.io.parquet import read_table
from summitlens.schemas import TABLES


class Tables(SimpleNamespace):
    """Attribute access to a corpus's tables: ``t.articles``, ``t.sentences`` …

    Reference tables are loaded as ``reference_meetings`` and ``reference_trade`` when
    present in ``data/reference``.
    """


def load_tables(
    corpus: str | os.PathLike[str] = paths.RAW,
    *,
    out_dir: str | os.PathLike[str] | None = None,
    build_if_missing: bool = True,
) -> Tables:
    """Read all tables built from ``corpus`` (and the reference tables).

    Args:
        corpus: Raw corpus folder.
        out_dir: Folder of the tables; default :func:`summitlens.paths.processed_dir`.
        build_if_missing: Run the pipeline first when the tables are missing.

    Returns:
        A :class:`Tables` namespace.
    """
    corpus = paths.resolve_corpus(corpus)
    out = Path(out_dir) if out_dir is not None else paths.processed_dir(corpus)
    if build_if_missing and not (out / "articles.parquet").exists():
        from summitlens.pipeline import build

        build(corpus, out, progress=False)
    t = Tables(corpus=paths.corpus_name(corpus))
    for name in sorted(TABLES):
        f = out / f"{name}.parquet"
        if f.exists():
            setattr(t, name, read_table(name, out))
    if paths.REFERENCE_MEETINGS.exists():
        t.reference_meetings = pd.read_csv(paths.REFERENCE_MEETINGS, parse_dates=["start_date", "end_date"])
    if paths.REFERENCE_TRADE.exists():
        t.reference_trade = pd.read_csv(paths.REFERENCE_TRADE)
    return t
