"""The evidence behind every number: the sentences of a ledger row, a frame score or a trade verdict.

``evidence_sentences`` turns keys (document, sentence number and the span to highlight, in
document character offsets) into one row per sentence with the article's outlet, headline,
date and URL and the sentence in full, HTML-escaped, with the span wrapped in ``<mark>``.
``ledger_evidence``, ``frame_evidence`` and ``trade_evidence`` build those keys from the
``meetings``, ``frame_terms`` and ``trade_check`` tables; ``with_evidence`` adds to a display
table a column that opens (HTML ``<details>``) to its rows' sentences; ``html_table`` shows
such a table in a notebook and the report (human column labels, searchable and filterable
there). Pure functions: tables in, tables or HTML text out.
"""

from __future__ import annotations

import html

import pandas as pd

from summitlens.analyse.findings import _t, label, report_config
from summitlens.derive.framing import SCORED_TARGETS

__all__ = ["EVIDENCE_COLUMNS", "mark_span", "parse_sentence_keys", "evidence_sentences", "ledger_evidence",
           "frame_evidence", "trade_evidence", "with_evidence", "HtmlTable", "html_table"]

#: The columns every evidence table ends with (key and extra columns come first).
EVIDENCE_COLUMNS = ["outlet", "headline", "date", "url", "sentence", "doc_id", "sentence_no"]


def mark_span(text: str, start: int | None = None, end: int | None = None) -> str:
    """``text`` HTML-escaped, with the characters ``start:end`` wrapped in ``<mark>``.

    Offsets are clipped to the text; no span (``None`` or an empty one) marks nothing.

    Args:
        text: The sentence.
        start: First character of the span (relative to ``text``).
        end: One past its last character.

    Returns:
        HTML text.

    Examples:
        >>> mark_span("Putin met Xi <in> Moscow.", 6, 9)
        'Putin <mark>met</mark> Xi &lt;in&gt; Moscow.'
        >>> mark_span("No span & nothing marked.")
        'No span &amp; nothing marked.'
    """
    text = str(text)
    if start is None or end is None or pd.isna(start) or pd.isna(end):
        return html.escape(text, quote=False)
    s, e = max(0, min(int(start), len(text))), max(0, min(int(end), len(text)))
    if e <= s:
        return html.escape(text, quote=False)
    esc = html.escape
    return f"{esc(text[:s], quote=False)}<mark>{esc(text[s:e], quote=False)}</mark>{esc(text[e:], quote=False)}"


def parse_sentence_keys(value) -> list[tuple[str, int]]:
    """``"doc:3;doc:4"`` (the ledger's ``evidence_sentences``) as ``[("doc", 3), ("doc", 4)]``.

    Malformed parts are skipped.

    Examples:
        >>> parse_sentence_keys("14f3:8;76cb:12;bad;x:y")
        [('14f3', 8), ('76cb', 12)]
        >>> parse_sentence_keys(None)
        []
    """
    out = []
    for part in str(value or "").split(";"):
        doc, _, sno = part.strip().rpartition(":")
        if doc and sno.isdigit():
            out.append((doc, int(sno)))
    return out


def _date(v) -> str:
    return "" if v is None or pd.isna(v) else f"{pd.Timestamp(v):%Y-%m-%d}"


def evidence_sentences(tables, *, keys: pd.DataFrame) -> pd.DataFrame:
    """One row per key: the sentence behind it, with the article's outlet, headline, date and URL.

    Args:
        tables: A :class:`summitlens.Tables` namespace (``sentences`` and ``articles`` are read).
        keys: Columns ``doc_id`` and ``sentence_no``, optionally ``span_start``/``span_end``
            (document character offsets of the text to highlight); every other column (the
            row key such as ``meeting_id``, and extras such as ``status``) is kept, first.

    Returns:
        The key's other columns, then :data:`EVIDENCE_COLUMNS`; ``sentence`` is HTML (escaped,
        the span in ``<mark>``). A sentence missing from ``sentences`` reads
        "(sentence not in the tables)". Row order follows ``keys``; exact duplicates are dropped.

    Examples:
        >>> from types import SimpleNamespace
        >>> sents = pd.DataFrame({"doc_id": ["d"], "sentence_no": [2], "char_start": [100],
        ...                       "text": ["Putin met Xi in Moscow."]})
        >>> arts = pd.DataFrame({"doc_id": ["d"], "outlet": ["CNN"], "title": ["Summit"],
        ...     "url": ["https://x.org/a"], "published": pd.to_datetime(["2023-03-21"])})
        >>> keys = pd.DataFrame({"meeting_id": ["M1"], "doc_id": ["d"], "sentence_no": [2],
        ...                      "span_start": [106], "span_end": [109]})
        >>> evidence_sentences(SimpleNamespace(sentences=sents, articles=arts), keys=keys).iloc[0, :6].tolist()
        ['M1', 'CNN', 'Summit', '2023-03-21', 'https://x.org/a', 'Putin <mark>met</mark> Xi in Moscow.']
    """
    extra = [c for c in keys.columns if c not in ("doc_id", "sentence_no", "span_start", "span_end")]
    cols = extra + EVIDENCE_COLUMNS
    if keys.empty:
        return pd.DataFrame(columns=cols)
    s, a = _t(tables, "sentences"), _t(tables, "articles")
    k = keys.copy()
    k["sentence_no"] = pd.to_numeric(k["sentence_no"], errors="coerce").astype("Int64")
    for c in ("span_start", "span_end"):
        if c not in k:
            k[c] = pd.NA
    if len(s):
        s = s[["doc_id", "sentence_no", "char_start", "text"]].drop_duplicates(["doc_id", "sentence_no"])
        s = s.astype({"sentence_no": "Int64"})
        k = k.merge(s, on=["doc_id", "sentence_no"], how="left")
    else:
        k["char_start"], k["text"] = pd.NA, pd.NA
    meta = {r["doc_id"]: r for r in a.to_dict("records")} if "doc_id" in a else {}

    def one(r) -> dict:
        m = meta.get(r["doc_id"], {})
        if r["text"] is None or pd.isna(r["text"]):
            sent = "(sentence not in the tables)"
        else:
            base = 0 if pd.isna(r["char_start"]) else int(r["char_start"])
            lo = None if pd.isna(r["span_start"]) else int(r["span_start"]) - base
            hi = None if pd.isna(r["span_end"]) else int(r["span_end"]) - base
            sent = mark_span(" ".join(str(r["text"]).split("\n")), lo, hi)
        text = {c: ("" if m.get(c) is None or (not isinstance(m.get(c), str) and pd.isna(m.get(c))) else
                    " ".join(str(m.get(c)).split())) for c in ("outlet", "title", "url")}
        return {**{c: r[c] for c in extra}, "outlet": text["outlet"], "headline": text["title"],
                "date": _date(m.get("published")), "url": text["url"], "sentence": sent,
                "doc_id": r["doc_id"], "sentence_no": r["sentence_no"]}

    out = pd.DataFrame([one(r) for r in k.to_dict("records")], columns=cols)
    return out.drop_duplicates().reset_index(drop=True)


def ledger_evidence(tables) -> pd.DataFrame:
    """Every sentence behind each ledger row (``meetings.evidence_sentences``), cue highlighted.

    The highlighted span is the meeting cue ("met", "visit", "video call") of the sentence's
    Putin–Xi mention; ``said`` is what that sentence reports (held, planned, video …).

    Returns:
        ``meeting_id, said`` then :data:`EVIDENCE_COLUMNS`, in ledger order.

    Examples:
        >>> from types import SimpleNamespace
        >>> ledger_evidence(SimpleNamespace()).columns.tolist()[:3]
        ['meeting_id', 'said', 'outlet']
    """
    led, mm = _t(tables, "meetings"), _t(tables, "meeting_mentions")
    rows = [{"meeting_id": r["meeting_id"], "doc_id": d, "sentence_no": n}
            for r in led.to_dict("records") for d, n in parse_sentence_keys(r.get("evidence_sentences"))]
    keys = pd.DataFrame(rows, columns=["meeting_id", "doc_id", "sentence_no"])
    if len(keys) and {"cue_start", "cue_end", "status"} <= set(mm.columns):
        px = mm[mm["is_putin_xi"].fillna(False).astype(bool)] if "is_putin_xi" in mm else mm
        cues = (px.sort_values(["doc_id", "sentence_no", "cue_start"], kind="mergesort")
                .drop_duplicates(["doc_id", "sentence_no"])[["doc_id", "sentence_no", "cue_start", "cue_end", "status"]]
                .rename(columns={"cue_start": "span_start", "cue_end": "span_end", "status": "said"}))
        cues["said"] = cues["said"].map(label)
        keys = keys.merge(cues.astype({"sentence_no": "int64"}), on=["doc_id", "sentence_no"], how="left")
    keys["said"] = keys["said"].fillna("") if "said" in keys else ""
    return evidence_sentences(tables, keys=keys[["meeting_id", "said", *[c for c in keys if c not in
                                                                         ("meeting_id", "said")]]])


def frame_evidence(tables, *, scored_only: bool = True) -> pd.DataFrame:
    """The sentence of every frame term behind ``frame_scores``, the term highlighted.

    Args:
        tables: A :class:`summitlens.Tables` namespace.
        scored_only: Only terms about Russia, China, their leaders or their relationship and not
            flagged (those ``frame_scores`` counts); negated ones are kept and say so in ``counted``.

    Returns:
        ``doc_id`` is the row key (one article's scores); ``term, category, voice, speaker, counted``
        then :data:`EVIDENCE_COLUMNS` (without a second ``doc_id``).

    Examples:
        >>> from types import SimpleNamespace
        >>> frame_evidence(SimpleNamespace()).columns.tolist()[:3]
        ['term', 'category', 'voice']
    """
    ft = _t(tables, "frame_terms")
    extra = ["term", "category", "voice", "speaker", "counted"]
    if ft.empty:
        return pd.DataFrame(columns=extra + EVIDENCE_COLUMNS)
    if scored_only:
        if "target" in ft:
            ft = ft[ft["target"].isin(SCORED_TARGETS)]
        if "flag" in ft:
            ft = ft[ft["flag"].fillna("").astype(str).eq("")]
    neg = ft["negated"].fillna(False).astype(bool) if "negated" in ft else pd.Series(False, index=ft.index)
    keys = pd.DataFrame({"term": ft["surface"], "category": ft["category"].map(label), "voice": ft["voice"].map(label),
                         "speaker": ft.get("speaker", pd.Series("", index=ft.index)).fillna(""),
                         "counted": neg.map({True: "no: negated", False: "yes"}),
                         "doc_id": ft["doc_id"], "sentence_no": ft["sentence_no"],
                         "span_start": ft["char_start"], "span_end": ft["char_end"]})
    keys = keys.sort_values(["doc_id", "sentence_no", "span_start"], kind="mergesort")
    return evidence_sentences(tables, keys=keys)


def trade_evidence(tables) -> pd.DataFrame:
    """The sentence of every checked trade figure, target or forecast, the amount highlighted.

    Returns:
        ``surface, check, verdict`` then :data:`EVIDENCE_COLUMNS`; join it to
        :func:`summitlens.analyse.trade.reported_figures` on ``doc_id`` and ``surface``.

    Examples:
        >>> from types import SimpleNamespace
        >>> trade_evidence(SimpleNamespace()).columns.tolist()[:3]
        ['surface', 'check', 'verdict']
    """
    tc = _t(tables, "trade_check")
    extra = ["surface", "check", "verdict"]
    if tc.empty:
        return pd.DataFrame(columns=extra + EVIDENCE_COLUMNS)
    keys = pd.DataFrame({"surface": tc["surface"], "check": tc["check"].map(label), "verdict": tc["verdict"].map(label),
                         "doc_id": tc["doc_id"], "sentence_no": tc["sentence_no"],
                         "span_start": tc["char_start"], "span_end": tc["char_end"]})
    return evidence_sentences(tables, keys=keys.sort_values(["doc_id", "span_start"], kind="mergesort"))


def _source_html(r: dict) -> str:
    e = html.escape
    name = " — ".join(x for x in (r.get("outlet", ""), r.get("headline", "")) if x) or str(r.get("doc_id", ""))
    url = str(r.get("url") or "")
    link = f" <a href='{e(url)}' target='_blank' rel='noopener'>source</a>" if url.startswith(("http://", "https://")) else ""
    date = f" ({e(r['date'])})" if r.get("date") else ""
    return f"<span class='ev-source'>{e(name)}{date}{link}</span>"


def with_evidence(df: pd.DataFrame, evidence: pd.DataFrame, *, on: str | list[str], column: str = "sentences",
                  extra: tuple[str, ...] = ()) -> pd.DataFrame:
    """``df`` with a column that opens (HTML ``<details>``) to the evidence sentences of each row.

    Args:
        df: The display table.
        evidence: An evidence table (:func:`evidence_sentences` and friends).
        on: Column(s) present in both that tie a row to its sentences.
        column: Name of the new column.
        extra: Evidence columns shown before each sentence (e.g. ``("said",)``).

    Returns:
        A copy of ``df`` with ``column``: "N sentences" that opens to an ordered list of
        sentences with outlet, headline, date and link; empty when a row has none.

    Examples:
        >>> ev = pd.DataFrame({"meeting_id": ["M1"], "outlet": ["CNN"], "headline": ["H"], "date": ["2023-03-21"],
        ...     "url": [""], "sentence": ["Putin <mark>met</mark> Xi."], "doc_id": ["d"], "sentence_no": [1]})
        >>> cell = with_evidence(pd.DataFrame({"meeting_id": ["M1", "M2"]}), ev, on="meeting_id")["sentences"]
        >>> cell[0][:41], cell[1]
        ('<details><summary>1 sentence</summary><ol', '')
    """
    on = [on] if isinstance(on, str) else list(on)
    e = html.escape
    cells: dict[tuple, list[str]] = {}
    for r in evidence.to_dict("records"):
        pre = " ".join(f"<b>{e(str(r[c]))}</b>" for c in extra if r.get(c))
        cells.setdefault(tuple(r[c] for c in on), []).append(
            f"<li>{pre + ': ' if pre else ''}{r['sentence']}<br>{_source_html(r)}</li>")
    out = df.copy()

    def cell(key) -> str:
        items = cells.get(key, [])
        if not items:
            return ""
        n = f"{len(items)} sentence{'s' if len(items) != 1 else ''}"
        return f"<details><summary>{n}</summary><ol class='evidence'>{''.join(items)}</ol></details>"

    out[column] = [cell(tuple(k)) for k in df[on].itertuples(index=False, name=None)] if len(df) else []
    return out


class HtmlTable:
    """A table shown as HTML in notebooks and the report, with human column labels.

    Dates show as ``YYYY-MM-DD``, booleans as yes / no, floats with at most three decimals. Columns in ``html_columns`` are shown as they are (they hold HTML built here: marked
    sentences, ``<details>``); every other cell is escaped. The report turns it into a
    searchable, sortable table with outlet and date filters.
    """

    def __init__(self, df: pd.DataFrame, *, html_columns: tuple[str, ...] = ("sentence", "sentences"),
                 values: tuple[str, ...] | None = None, caption: str = "") -> None:
        self.df = df.reset_index(drop=True)
        self.html_columns = tuple(c for c in html_columns if c in df.columns)
        self.values = tuple(report_config().get("label_values", ())) if values is None else values
        self.caption = caption

    def to_html(self) -> str:
        """The table as HTML (class ``dataframe evidence``)."""
        e = html.escape
        df = self.df
        head = "".join(f"<th>{e(str(label(c)))}</th>" for c in df.columns)
        body = []
        for row in df.itertuples(index=False, name=None):
            tds = []
            for c, v in zip(df.columns, row):
                if c in self.html_columns:
                    tds.append(f"<td class='ev'>{'' if v is None or (not isinstance(v, str) and pd.isna(v)) else v}</td>")
                    continue
                if v is None or (not isinstance(v, (str, list, tuple)) and pd.isna(v)):
                    text = ""
                elif isinstance(v, bool):
                    text = "yes" if v else "no"
                elif isinstance(v, pd.Timestamp):
                    text = f"{v:%Y-%m-%d}"
                elif isinstance(v, float):
                    text = str(round(v, 3))
                else:
                    text = str(label(v)) if c in self.values and isinstance(v, str) else str(v)
                if c == "url" and text.startswith(("http://", "https://")):
                    tds.append(f"<td><a href='{e(text)}' target='_blank' rel='noopener'>{e(text)}</a></td>")
                    continue
                tds.append(f"<td>{e(text)}</td>")
            body.append(f"<tr>{''.join(tds)}</tr>")
        cap = f"<caption>{e(self.caption)}</caption>" if self.caption else ""
        return (f"<table class='dataframe evidence' border='0'>{cap}<thead><tr>{head}</tr></thead>"
                f"<tbody>{''.join(body)}</tbody></table>")

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        n, k = self.df.shape
        return f"{n} row{'s' if n != 1 else ''} × {k} columns: " + ", ".join(str(label(c)) for c in self.df.columns)

    def __len__(self) -> int:
        return len(self.df)


def html_table(df: pd.DataFrame, *, html_columns: tuple[str, ...] = ("sentence", "sentences"),
               caption: str = "") -> HtmlTable:
    """Show ``df`` with human labels; ``html_columns`` keep their HTML (marked sentences, details).

    Examples:
        >>> t = html_table(pd.DataFrame({"mode": ["in_person"], "sentence": ["<mark>met</mark>"]}))
        >>> "<td>in person</td>" in t.to_html() and "<td class='ev'><mark>met</mark></td>" in t.to_html()
        True
        >>> repr(t)
        '1 row × 2 columns: mode, sentence'
    """
    return HtmlTable(df, html_columns=html_columns, caption=caption)
