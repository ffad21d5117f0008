"""Pipeline step ``meetings``: date expressions, meeting mentions, the meeting ledger.

Reads ``articles`` and ``sentences``; writes ``document_dates``, ``temporal_expressions``,
``meeting_mentions``, ``meetings`` and ``meeting_coverage``. The reference meetings are read
from ``ctx.reference_dir / "putin_xi_meetings.csv"`` when present.
"""

from __future__ import annotations

import pandas as pd

from summitlens.analyse.meetings import build_ledger
from summitlens.extract.gazetteer import load_gazetteer
from summitlens.extract.meetings import extract_meetings, load_cues
from summitlens.extract.temporal import estimate_anchor, load_lexicon, resolve_dates
from summitlens.pipeline.base import Context, Step

OUTPUTS = ("document_dates", "temporal_expressions", "meeting_mentions", "meetings", "meeting_coverage")
REFERENCE_FILE = "putin_xi_meetings.csv"


def _anchor(article, texts: list[str]) -> tuple[pd.Timestamp | None, str, float | None]:
    """(anchor, source, strength of an inferred anchor or None)."""
    pub = article["published"]
    if not pd.isna(pub):
        src = "estimated" if article["date_source"] == "estimated" else "published"
        return pd.Timestamp(pub).normalize(), src, None
    est = estimate_anchor(texts)
    return (pd.Timestamp(est.anchor) if est.anchor else None), est.source, est.confidence


def _ts(d):
    return pd.Timestamp(d) if d is not None else pd.NaT


def extract_tables(articles: pd.DataFrame, sentences: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Document anchors, temporal expressions and meeting mentions for a corpus (pure).

    Args:
        articles: The ``articles`` table.
        sentences: The ``sentences`` table.

    Returns:
        ``document_dates``, ``temporal_expressions`` and ``meeting_mentions`` DataFrames.
    """
    gz, cues, lex = load_gazetteer(), load_cues(), load_lexicon()
    sents = sentences.sort_values(["doc_id", "sentence_no"], kind="mergesort")
    by_doc = {k: g for k, g in sents.groupby("doc_id", sort=True)}
    dd, tx, mm = [], [], []
    for _, a in articles.sort_values("doc_id", kind="mergesort").iterrows():
        g = by_doc.get(a["doc_id"])
        if g is None:
            g = sents.iloc[0:0]
        g = g[g["is_english"]]
        texts = g["text_match"].tolist()
        anchor, src, strength = _anchor(a, texts)
        dd.append({"doc_id": a["doc_id"], "published": a["published"], "date_source": a["date_source"],
                   "anchor": anchor if anchor is not None else pd.NaT, "anchor_source": src})
        adate = anchor.date() if anchor is not None else None
        times = []
        for (_, s), text in zip(g.iterrows(), texts):
            exprs = resolve_dates(text, anchor=adate, anchor_source=src, lexicon=lex,
                                  anchor_confidence=strength)
            times.append(exprs)
            for e in exprs:
                tx.append({"doc_id": a["doc_id"], "sentence_no": s["sentence_no"],
                           "char_start": s["char_start"] + e.char_start, "char_end": s["char_start"] + e.char_end,
                           "surface": s["text"][e.char_start:e.char_end], "start": _ts(e.start), "end": _ts(e.end),
                           "granularity": e.granularity, "anchor": anchor if anchor is not None else pd.NaT,
                           "anchor_source": src, "tense": e.tense, "rule": e.rule, "confidence": e.confidence})
        rows = list(g.itertuples(index=False))
        for m in extract_meetings(texts, anchor=adate, anchor_source=src, times=times,
                                  paragraph_ids=g["paragraph_no"].tolist(), gazetteer=gz, cues=cues):
            s = rows[m.sentence_index]
            mm.append({"doc_id": a["doc_id"], "sentence_no": s.sentence_no, "char_start": s.char_start,
                       "char_end": s.char_end, "cue_start": s.char_start + m.char_start,
                       "cue_end": s.char_start + m.char_end, "cue": m.cue, "evidence": s.text,
                       "participants": ";".join(m.participants), "is_putin_xi": m.is_putin_xi,
                       "participants_source": m.participants_source, "place": m.place, "country": m.country,
                       "occasion": m.occasion, "occasion_type": gz.occasion_type(m.occasion) if m.occasion else "",
                       "start": _ts(m.start), "end": _ts(m.end), "granularity": m.granularity,
                       "date_surface": m.date_surface, "status": m.status, "mode": m.mode, "tense": m.tense,
                       "anchor": anchor if anchor is not None else pd.NaT, "anchor_source": src,
                       "story_id": a["story_id"], "confidence": m.confidence})

    def frame(rows, name):
        from summitlens.schemas import TABLES

        cols = list(TABLES[name].column_order)
        return pd.DataFrame(rows, columns=cols)

    return {"document_dates": frame(dd, "document_dates"),
            "temporal_expressions": frame(tx, "temporal_expressions"),
            "meeting_mentions": frame(mm, "meeting_mentions")}


def read_reference(reference_dir) -> pd.DataFrame | None:
    """The reference meetings table with parsed dates, or None when absent."""
    f = reference_dir / REFERENCE_FILE
    if not f.exists():
        return None
    return pd.read_csv(f, parse_dates=["start_date", "end_date"])


def run(ctx: Context) -> dict[str, pd.DataFrame]:
    """Run the meetings step on the tables of ``ctx``."""
    tables = extract_tables(ctx.table("articles"), ctx.table("sentences"))
    for c in ("start", "end", "anchor"):
        tables["meeting_mentions"][c] = pd.to_datetime(tables["meeting_mentions"][c])
    ledger, coverage = build_ledger(tables["meeting_mentions"], reference=read_reference(ctx.reference_dir))
    tables["meetings"] = ledger
    tables["meeting_coverage"] = coverage
    return tables


STEP = Step(name="meetings", outputs=OUTPUTS, run=run, inputs=("articles", "sentences"))
