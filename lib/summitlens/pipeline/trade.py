"""Pipeline step ``trade``: sentences → money_mentions → trade_check.

Reads ``articles``, ``sentences`` and the ``dates`` step's ``temporal_expressions`` and
``document_dates`` (each amount takes the year of the date attached to it), extracts every money
amount with :func:`summitlens.extract.money.extract_money_table`, and checks the China–Russia
trade figures against ``<reference_dir>/china_russia_trade.csv`` with
:func:`summitlens.derive.trade.check_trade`.
"""

from __future__ import annotations

import pandas as pd

from summitlens.derive.trade import check_trade
from summitlens.extract.money import extract_money_table, load_lexicon
from summitlens.pipeline.base import Context, Step

REFERENCE_FILE = "china_russia_trade.csv"


def read_reference(ctx: Context) -> pd.DataFrame | None:
    """The reference trade table from ``ctx.reference_dir`` (``None`` when absent).

    Examples:
        >>> from summitlens import paths
        >>> ref = read_reference(Context(raw_dir=paths.RAW, out_dir=paths.PROCESSED))
        >>> int(ref.loc[ref.year == 2023, "trade_usd_bn"].round().item())
        240
    """
    f = ctx.reference_dir / REFERENCE_FILE
    return pd.read_csv(f) if f.exists() else None


def partition_tables(articles: pd.DataFrame, sentences: pd.DataFrame, temporal: pd.DataFrame,
                     document_dates: pd.DataFrame, *, lexicon=None) -> dict[str, pd.DataFrame]:
    """The per-document part: ``money_mentions`` of any set of whole documents (pure)."""
    return {"money_mentions": extract_money_table(sentences, articles, temporal=temporal, anchors=document_dates,
                                                  lexicon=lexicon or load_lexicon())}


def global_tables(money_mentions: pd.DataFrame, reference: pd.DataFrame | None) -> dict[str, pd.DataFrame]:
    """The corpus-wide part: ``trade_check`` from every money mention (in ``doc_id`` order; pure)."""
    return {"trade_check": check_trade(money_mentions, reference)}


def run(ctx: Context) -> dict[str, pd.DataFrame]:
    """Build ``money_mentions`` and ``trade_check`` from the tables of the earlier steps.

    Args:
        ctx: The pipeline context (``articles`` and ``sentences`` must be available;
            ``temporal_expressions`` and ``document_dates`` are required).

    Returns:
        ``{"money_mentions": …, "trade_check": …}``.
    """
    tables = partition_tables(ctx.table("articles"), ctx.table("sentences"), ctx.table("temporal_expressions"),
                              ctx.table("document_dates"), lexicon=load_lexicon())
    tables.update(global_tables(tables["money_mentions"], read_reference(ctx)))
    return tables


STEP = Step(name="trade", outputs=("money_mentions", "trade_check"), run=run,
            inputs=("articles", "sentences", "temporal_expressions", "document_dates"))
