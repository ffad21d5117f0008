"""Pipeline step ``dates``: every date expression of the corpus, resolved once.

Reads ``articles`` and ``sentences``; writes ``document_dates`` (the anchor of each article:
its publication date, or one inferred from its own dates, or none) and
``temporal_expressions`` (each expression with its interval, tense, rule, confidence, and
both article and sentence-local offsets). The only writer of those tables: ``meetings``,
``framing`` and ``trade`` read them.
"""

from __future__ import annotations

import pandas as pd

from summitlens.extract.dates import estimate_anchor, load_lexicon, resolve_dates
from summitlens.pipeline.base import Context, Step, progress_bar, row_runs, table_timestamp
from summitlens.pipeline.corrections import correct

OUTPUTS = ("document_dates", "temporal_expressions")


def _anchor(article, texts: list[str]) -> tuple[pd.Timestamp | None, str, float | None]:
    """(anchor, source, strength of an inferred anchor or None)."""
    pub = article["published"]
    if not pd.isna(pub):
        src = "estimated" if article["date_source"] == "estimated" else "published"
        return pd.Timestamp(pub).normalize(), src, None
    est = estimate_anchor(texts)
    return (pd.Timestamp(est.anchor) if est.anchor else None), est.source, est.confidence


def extract_tables(articles: pd.DataFrame, sentences: pd.DataFrame, *,
                   progress: bool = False) -> dict[str, pd.DataFrame]:
    """Document anchors and resolved date expressions of a corpus (pure).

    Args:
        articles: The ``articles`` table.
        sentences: The ``sentences`` table (English sentences are read).
        progress: Show a progress bar over documents (stderr).

    Returns:
        ``{"document_dates": …, "temporal_expressions": …}``.
    """
    from summitlens.schemas import TABLES

    lex = load_lexicon()
    sents = sentences.sort_values(["doc_id", "sentence_no"], kind="mergesort")
    sents = sents[sents["is_english"].astype(bool)]
    # plain lists, one per column: per-row pandas access costs more than resolving the dates
    s_doc = sents["doc_id"].tolist()
    s_no, s_start = sents["sentence_no"].tolist(), sents["char_start"].tolist()
    s_text, s_match = sents["text"].tolist(), sents["text_match"].tolist()
    runs = row_runs(s_doc)
    arts = articles.sort_values("doc_id", kind="mergesort")
    dd, tx = [], []
    for doc_id, pub, date_source in progress_bar(
            zip(arts["doc_id"].tolist(), arts["published"].tolist(), arts["date_source"].tolist()),
            desc="dates", total=len(arts), progress=progress):
        a, b = runs.get(doc_id, (0, 0))
        texts = s_match[a:b]
        anchor, src, strength = _anchor({"published": pub, "date_source": date_source}, texts)
        anchor_ts = anchor if anchor is not None else pd.NaT
        dd.append({"doc_id": doc_id, "published": pub, "date_source": date_source,
                   "anchor": anchor_ts, "anchor_source": src})
        adate = anchor.date() if anchor is not None else None
        for i in range(a, b):
            for e in resolve_dates(s_match[i], anchor=adate, anchor_source=src, lexicon=lex,
                                   anchor_confidence=strength):
                tx.append({"doc_id": doc_id, "sentence_no": s_no[i],
                           "char_start": s_start[i] + e.char_start, "char_end": s_start[i] + e.char_end,
                           "sent_char_start": e.char_start, "sent_char_end": e.char_end,
                           "surface": s_text[i][e.char_start:e.char_end],
                           "start": table_timestamp(e.start), "end": table_timestamp(e.end),
                           "granularity": e.granularity, "anchor": anchor_ts,
                           "anchor_source": src, "tense": e.tense, "rule": e.rule, "confidence": e.confidence})

    def frame(rows, name):
        cols = list(TABLES[name].column_order)
        return pd.DataFrame(rows, columns=cols)

    return {"document_dates": frame(dd, "document_dates"),
            "temporal_expressions": frame(tx, "temporal_expressions")}


partition_tables = extract_tables  # per document: a partition is processed like the corpus


def run(ctx: Context) -> dict[str, pd.DataFrame]:
    """Run the dates step on the tables of ``ctx``."""
    return correct(ctx, extract_tables(ctx.table("articles"), ctx.table("sentences"), progress=ctx.progress))


STEP = Step(name="dates", outputs=OUTPUTS, run=run, inputs=("articles", "sentences"))
