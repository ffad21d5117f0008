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
from summitlens.pipeline.base import Context, Step, concat_in_order, map_documents
from summitlens.pipeline.corrections import correct

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


#: Documents per batch of the step's progress bar.
BATCH_SIZE = 100


def partition_tables(articles: pd.DataFrame, sentences: pd.DataFrame, temporal: pd.DataFrame,
                     document_dates: pd.DataFrame, *, lexicon=None, progress: bool = False) -> dict[str, pd.DataFrame]:
    """The per-document part: ``money_mentions`` of any set of whole documents, in ``doc_id``
    order (pure; run on batches of :data:`BATCH_SIZE` documents, with a progress bar when
    ``progress``)."""
    def money(articles, sentences, temporal, anchors, lexicon):
        return extract_money_table(sentences, articles, temporal=temporal, anchors=anchors, lexicon=lexicon)

    frames = map_documents(money, {"articles": articles, "sentences": sentences, "temporal": temporal,
                                   "anchors": document_dates},
                           size=BATCH_SIZE, desc="trade", progress=progress, lexicon=lexicon or load_lexicon())
    return {"money_mentions": concat_in_order(frames)}


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
                              ctx.table("document_dates"), lexicon=load_lexicon(), progress=ctx.progress)
    correct(ctx, tables)  # corrected figures are the ones checked
    tables.update(global_tables(tables["money_mentions"], read_reference(ctx)))
    return correct(ctx, tables, "trade_check")


STEP = Step(name="trade", outputs=("money_mentions", "trade_check"), run=run,
            inputs=("articles", "sentences", "temporal_expressions", "document_dates"))
