"""Pipeline step ``meetings``: meeting mentions and the meeting ledger.

Reads ``articles``, ``sentences`` and the ``dates`` step's ``document_dates`` and
``temporal_expressions`` (the date of a meeting is the date expression attached to its
predicate); writes ``meeting_mentions``, ``meetings`` and ``meeting_coverage``. The reference
meetings are read from ``ctx.reference_dir / "putin_xi_meetings.csv"`` when present.
"""

from __future__ import annotations

from collections import namedtuple

import pandas as pd

from summitlens.derive.meetings import build_ledger
from summitlens.extract.dates import TimeExpr
from summitlens.extract.encounters import document_event, link_mentions, load_encounter_rules
from summitlens.extract.gazetteer import load_gazetteer
from summitlens.extract.meetings import extract_meetings, load_cues
from summitlens.pipeline.base import Context, Step, progress_bar, row_runs, table_timestamp
from summitlens.pipeline.corrections import correct

INPUTS = ("articles", "sentences", "document_dates", "temporal_expressions")
OUTPUTS = ("meeting_mentions", "meetings", "meeting_coverage")
REFERENCE_FILE = "putin_xi_meetings.csv"


_Sentence = namedtuple("_Sentence", "sentence_no char_start char_end text")


def _date(v):
    return None if v is None or pd.isna(v) else pd.Timestamp(v).date()


def times_by_sentence(temporal: pd.DataFrame) -> dict[tuple[str, int], list[TimeExpr]]:
    """The ``temporal_expressions`` rows as sentence-local :class:`TimeExpr` lists.

    Examples:
        >>> t = pd.DataFrame({"doc_id": ["d"], "sentence_no": [2], "sent_char_start": [9],
        ...                   "sent_char_end": [13], "surface": ["2019"], "start": [pd.Timestamp("2019-01-01")],
        ...                   "end": [pd.Timestamp("2019-12-31")], "granularity": ["year"],
        ...                   "tense": ["none"], "confidence": [0.85], "rule": ["year"]})
        >>> times_by_sentence(t)[("d", 2)][0].start
        datetime.date(2019, 1, 1)
    """
    out: dict[tuple[str, int], list[TimeExpr]] = {}
    for r in temporal.sort_values(["doc_id", "sentence_no", "sent_char_start"], kind="mergesort").itertuples(index=False):
        out.setdefault((r.doc_id, int(r.sentence_no)), []).append(TimeExpr(
            int(r.sent_char_start), int(r.sent_char_end), r.surface, _date(r.start), _date(r.end),
            r.granularity, r.tense, float(r.confidence), r.rule))
    return out


def extract_tables(articles: pd.DataFrame, sentences: pd.DataFrame, document_dates: pd.DataFrame,
                   temporal: pd.DataFrame, *, progress: bool = False) -> dict[str, pd.DataFrame]:
    """Meeting mentions of a corpus, linked to their documents' events (pure).

    Per document: sentence mentions (:func:`summitlens.extract.meetings.extract_meetings`,
    dates attached from ``temporal_expressions``), the document's own event from its headline,
    title formula and lead (:func:`summitlens.extract.encounters.document_event`), and the
    links between them (:func:`summitlens.extract.encounters.link_mentions`). Documents
    without a meeting cue cost one regex search per sentence.

    Args:
        articles: The ``articles`` table.
        sentences: The ``sentences`` table.
        document_dates: The ``document_dates`` table (anchors).
        temporal: The ``temporal_expressions`` table.
        progress: Show a progress bar over the documents read (those with a meeting cue).

    Returns:
        ``{"meeting_mentions": …}``.
    """
    from summitlens.schemas import TABLES

    gz, cues, rules = load_gazetteer(), load_cues(), load_encounter_rules()
    anchors = {d: (a, src) for d, a, src in zip(document_dates["doc_id"], document_dates["anchor"],
                                                document_dates["anchor_source"])}
    by_sentence = times_by_sentence(temporal)
    sents = sentences[sentences["is_english"].astype(bool)].sort_values(["doc_id", "sentence_no"], kind="mergesort")
    # only documents with a meeting cue somewhere are read further
    has_cue = sents["text_match"].str.contains(cues.meeting.pattern, flags=cues.meeting.flags, regex=True)
    cue_docs = set(sents.loc[has_cue, "doc_id"])
    sents = sents[sents["doc_id"].isin(cue_docs)]
    # plain lists, one per column, and each document's run of rows (per-row pandas access is slow)
    col = {c: sents[c].tolist() for c in ("doc_id", "sentence_no", "char_start", "char_end", "text", "text_match",
                                         "paragraph_no")}
    col["is_headline"] = sents["is_headline"].astype(bool).tolist()
    runs = row_runs(col["doc_id"])
    arts = articles[articles["doc_id"].isin(cue_docs)].sort_values("doc_id", kind="mergesort")
    mm = []
    for doc_id, story_id in progress_bar(zip(arts["doc_id"], arts["story_id"]), desc="meetings", total=len(arts),
                                         progress=progress):
        run = runs.get(doc_id)
        if run is None:
            continue
        a, b = run
        texts = col["text_match"][a:b]
        anchor, src = anchors.get(doc_id, (pd.NaT, "none"))
        anchor = None if pd.isna(anchor) else pd.Timestamp(anchor)
        adate = anchor.date() if anchor is not None else None
        snos = col["sentence_no"][a:b]
        times = [by_sentence.get((doc_id, int(n)), []) for n in snos]
        heads = col["is_headline"][a:b]
        rows = [_Sentence(*r) for r in zip(snos, col["char_start"][a:b], col["char_end"][a:b], col["text"][a:b])]
        ms = extract_meetings(texts, anchor=adate, anchor_source=src, times=times,
                              paragraph_ids=col["paragraph_no"][a:b], gazetteer=gz, cues=cues)
        h = next((i for i, x in enumerate(heads) if x), None)
        body = [i for i, x in enumerate(heads) if not x]
        lead_ids = ([h] if h is not None else []) + body[:2]
        lead_m = next((m for m in ms if m.sentence_index in lead_ids and m.is_putin_xi), None) or \
            next((m for m in ms if m.sentence_index in lead_ids), None)
        ev = document_event(texts[h] if h is not None else "", [texts[i] for i in body[:3]], anchor=adate,
                            anchor_source=src, headline_dates=times[h] if h is not None else (),
                            lead_mention=lead_m, context=[texts[i] for i in body[3:12]], gazetteer=gz,
                            rules=rules, cues=cues)
        dated = [[(t.start, t.end) for t in ts if t.start is not None] for ts in times]
        spans = [[(t.char_start, t.char_end) for t in ts if t.start is not None] for ts in times]
        for m in link_mentions(texts, ms, ev, is_headline=heads, dated=dated, gazetteer=gz, rules=rules, cues=cues,
                               date_spans=spans, paragraph_ids=col["paragraph_no"][a:b]):
            s = rows[m["sentence_index"]]
            mm.append({"doc_id": doc_id, "sentence_no": s.sentence_no, "char_start": s.char_start,
                       "char_end": s.char_end, "cue_start": s.char_start + m["char_start"],
                       "cue_end": s.char_start + m["char_end"], "cue": m["cue"], "evidence": s.text,
                       "participants": ";".join(m["participants"]), "is_putin_xi": m["is_putin_xi"],
                       "participants_source": m["participants_source"], "place": m["place"],
                       "country": m["country"], "occasion": m["occasion"],
                       "occasion_type": gz.occasion_type(m["occasion"]) if m["occasion"] else "",
                       "start": table_timestamp(m["start"]), "end": table_timestamp(m["end"]),
                       "granularity": m["granularity"],
                       "date_surface": m["date_surface"], "date_source": m["date_source"],
                       "status": m["status"], "mode": m["mode"], "mode_source": m["mode_source"],
                       "tense": m["tense"],
                       "event_id": f"{doc_id}#{rows[ev.sentence_index].sentence_no}" if ev is not None and m["link"] else "",
                       "link": m["link"], "anchor": anchor if anchor is not None else pd.NaT,
                       "anchor_source": src, "story_id": story_id, "confidence": m["confidence"]})
    cols = list(TABLES["meeting_mentions"].column_order)
    return {"meeting_mentions": pd.DataFrame(mm, columns=cols)}


def read_reference(reference_dir) -> pd.DataFrame | None:
    """The reference meetings table with parsed dates, or None when absent."""
    f = reference_dir / REFERENCE_FILE
    if not f.exists():
        return None
    return pd.read_csv(f, parse_dates=["start_date", "end_date"])


def partition_tables(articles: pd.DataFrame, sentences: pd.DataFrame, document_dates: pd.DataFrame,
                     temporal: pd.DataFrame, *, progress: bool = False) -> dict[str, pd.DataFrame]:
    """The per-document part of the step: ``meeting_mentions`` of any set of whole documents
    (one partition or the corpus), rows in ``doc_id`` order (pure).

    Concatenating the results of partitions and sorting them stably by ``doc_id`` gives the
    result for the whole corpus (every row depends on its own document only).
    """
    tables = extract_tables(articles, sentences, document_dates, temporal, progress=progress)
    for c in ("start", "end", "anchor"):
        tables["meeting_mentions"][c] = pd.to_datetime(tables["meeting_mentions"][c])
    return tables


def global_tables(meeting_mentions: pd.DataFrame, reference: pd.DataFrame | None) -> dict[str, pd.DataFrame]:
    """The corpus-wide part of the step: the ledger ``meetings`` and ``meeting_coverage`` from
    every meeting mention (in ``doc_id`` order) and the reference meetings (pure)."""
    ledger, coverage = build_ledger(meeting_mentions, reference=reference)
    return {"meetings": ledger, "meeting_coverage": coverage}


def run(ctx: Context) -> dict[str, pd.DataFrame]:
    """Run the meetings step on the tables of ``ctx``."""
    tables = partition_tables(ctx.table("articles"), ctx.table("sentences"), ctx.table("document_dates"),
                              ctx.table("temporal_expressions"), progress=ctx.progress)
    correct(ctx, tables)  # corrected mentions make the ledger
    tables.update(global_tables(tables["meeting_mentions"], read_reference(ctx.reference_dir)))
    return correct(ctx, tables, "meetings", "meeting_coverage")


STEP = Step(name="meetings", outputs=OUTPUTS, run=run, inputs=INPUTS)
