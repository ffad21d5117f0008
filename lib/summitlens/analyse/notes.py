"""What a corpus's tables can and cannot show, in words, for the notebooks and the report.

Each ``*_note`` function takes the :class:`summitlens.Tables` namespace of a build and returns a
:class:`Note`: a short Markdown paragraph that says what was found and, on thin data (an
empty corpus, one file, no Putin–Xi meeting, no money figure …), what is missing and which
figures and tables below will therefore be empty. Notebooks show the note as the cell's
result, so the "what to say when empty" logic lives here and is tested, not in the notebooks.
A table that was not built at all counts as empty.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["Note", "corpus_note", "meetings_note", "framing_note", "trade_note", "all_notes"]

#: Frame-score targets counted in ``frame_scores`` (the rest stay in ``frame_terms`` only).
_SCORED = "Russia, China, their leaders or their relationship"


class Note(str):
    """Markdown text shown rendered in a notebook (``text/markdown``) and as plain text.

    Examples:
        >>> n = Note("**No money figures** were found.")
        >>> n._repr_markdown_()
        '**No money figures** were found.'
        >>> repr(n)
        '**No money figures** were found.'
    """

    def _repr_markdown_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return str(self)


def _table(tables, name: str) -> pd.DataFrame:
    """The table ``name`` of ``tables``, or an empty frame when it was not built."""
    df = getattr(tables, name, None)
    return df if isinstance(df, pd.DataFrame) else pd.DataFrame()


def _n(k: int, one: str, many: str | None = None) -> str:
    """``"1 article"`` / ``"3 articles"``."""
    return f"{k:,} {one if k == 1 else (many or one + 's')}"


def _col(df: pd.DataFrame, name: str, default=None) -> pd.Series:
    return df[name] if name in df.columns else pd.Series([default] * len(df), index=df.index, dtype=object)


def corpus_note(tables) -> Note:
    """What went in: documents kept and set aside, and what the corpus figures cannot show.

    Args:
        tables: A :class:`summitlens.Tables` namespace (missing tables count as empty).

    Returns:
        A :class:`Note`.

    Examples:
        >>> from types import SimpleNamespace
        >>> corpus_note(SimpleNamespace())
        **No documents were read**: the corpus folder holds no `.txt` file, so every table and figure below is empty.
    """
    a, q = _table(tables, "articles"), _table(tables, "quarantine")
    if a.empty and q.empty:
        return Note("**No documents were read**: the corpus folder holds no `.txt` file, so every table and "
                    "figure below is empty.")
    if a.empty:
        reasons = ", ".join(f"{r} {k}" for r, k in _col(q, "reason", "unknown").value_counts().sort_index().items())
        return Note(f"**No documents were kept**: all {_n(len(q), 'file')} read were set aside in quarantine "
                    f"({reasons}), so every table and figure below except the quarantine summary is empty.")
    parts = [f"{_n(len(a), 'document')} kept of {_n(len(a) + len(q), 'file')} read "
             f"({len(q):,} set aside in quarantine)."]
    n_dated = int(_col(a, "published").notna().sum())
    if n_dated == 0:
        parts.append("**No publication dates** (no manifest date and none in the files): the per-year figure is "
                     "empty and relative dates in the text cannot be anchored on a publication date.")
    elif n_dated < len(a):
        parts.append(f"{_n(len(a) - n_dated, 'document')} without a publication date.")
    if len(a) == 1:
        parts.append("With a single document, distributions and near-duplicate clusters say little.")
    if int(pd.to_numeric(_col(a, "n_boilerplate", 0), errors="coerce").fillna(0).sum()) == 0:
        parts.append("No boilerplate line was removed.")
    return Note(" ".join(parts))


def meetings_note(tables) -> Note:
    """What the meetings figures can show: Putin–Xi mentions, ledger meetings, reference matches.

    Args:
        tables: A :class:`summitlens.Tables` namespace (missing tables count as empty).

    Returns:
        A :class:`Note`; it starts with "No Putin–Xi encounters were found in this corpus" when
        no sentence reports one.

    Examples:
        >>> from types import SimpleNamespace
        >>> str(meetings_note(SimpleNamespace())).split(":")[0]
        '**No Putin–Xi encounters were found in this corpus**'
    """
    a, m, led = _table(tables, "articles"), _table(tables, "meeting_mentions"), _table(tables, "meetings")
    px = m[_col(m, "is_putin_xi", False).fillna(False).astype(bool)]
    if px.empty:
        other = f" ({_n(len(m), 'meeting mention')} with other participants)" if len(m) else ""
        why = "the corpus has no documents" if a.empty else "no sentence reports a meeting, visit, video " \
            f"conference or phone call between Putin and Xi{other}"
        return Note(f"**No Putin–Xi encounters were found in this corpus**: {why}. The ledger and the "
                    "evidence tables below are empty; the figures show the reference meetings only "
                    "(`data/reference/putin_xi_meetings.csv`).")
    parts = [f"{_n(len(px), 'Putin–Xi meeting mention')} in "
             f"{_n(int(_col(px, 'doc_id').nunique()), 'article')}; {_n(len(led), 'distinct meeting')} in the ledger"]
    if len(led):
        status, mode = _col(led, "status", ""), _col(led, "mode", "")
        held = int(((status == "occurred") & (mode == "in_person")).sum())
        planned = int((status == "planned").sum())
        remote = int(mode.isin(["virtual", "phone"]).sum())
        matched = int((_col(led, "reference_match", "") == "matched").sum())
        parts[0] += (f" ({held} held in person, {remote} by video or phone, {planned} only planned; "
                     f"{matched} matched to the reference).")
        if held == 0:
            parts.append("**No in-person meeting reported as held**: the gaps figure shows the reference only.")
        if int(_col(led, "first_planned").notna().sum()) == 0:
            parts.append("No meeting was first reported as planned, so the planned-versus-occurred figure is "
                         "empty.")
    else:
        parts[0] += ": the mentions could not be dated or placed well enough to form a meeting."
    return Note(" ".join(parts))


def framing_note(tables) -> Note:
    """What the framing figures can show: frame terms found, scored, negated; keyness and topics.

    Args:
        tables: A :class:`summitlens.Tables` namespace (missing tables count as empty).

    Returns:
        A :class:`Note`.

    Examples:
        >>> from types import SimpleNamespace
        >>> str(framing_note(SimpleNamespace())).split(":")[0]
        '**No frame terms were found**'
    """
    a, ft, fs = _table(tables, "articles"), _table(tables, "frame_terms"), _table(tables, "frame_scores")
    parts = []
    if ft.empty:
        parts.append("**No frame terms were found**: no English sentence uses a term of the authoritarian or "
                     "partnership lexicon (`resources/frames.yml`), so the balance, voice, negation and "
                     "keyword-in-context figures and tables below are empty.")
    else:
        negated = int(_col(ft, "negated", False).fillna(False).astype(bool).sum())
        cats = ", ".join(f"{c} {k}" for c, k in _col(ft, "category", "").value_counts().sort_index().items())
        parts.append(f"{_n(len(ft), 'frame term')} found ({cats}; {negated} negated) in "
                     f"{_n(int(_col(ft, 'doc_id').nunique()), 'article')}.")
        scored = pd.to_numeric(_col(fs, "n_terms", 0), errors="coerce").fillna(0)
        if fs.empty or int(scored.sum()) == 0:
            parts.append(f"**None of them is about {_SCORED}**, so there is no frame balance per article, "
                         "outlet or year.")
    if len(a) < 2:
        parts.append(f"Keyness and topics compare articles: with {_n(len(a), 'article')} they are empty.")
    return Note(" ".join(parts))


def trade_note(tables) -> Note:
    """What the trade figures can show: money amounts, China–Russia trade figures, checks.

    Args:
        tables: A :class:`summitlens.Tables` namespace (missing tables count as empty).

    Returns:
        A :class:`Note`; it starts with "No money figures" when no amount was found.

    Examples:
        >>> from types import SimpleNamespace
        >>> str(trade_note(SimpleNamespace())).split(" were")[0]
        '**No money figures**'
    """
    mm, tc = _table(tables, "money_mentions"), _table(tables, "trade_check")
    if mm.empty:
        return Note("**No money figures** were found in this corpus (no amount with a numeral and a currency), "
                    "so there is nothing to check against the China customs (GACC) totals: the figures show "
                    "the official series only and the tables below are empty.")
    crt = int(_col(mm, "is_china_russia_trade", False).fillna(False).astype(bool).sum())
    parts = [f"{_n(len(mm), 'money amount')} found, {crt} of them China–Russia trade."]
    if crt == 0 or tc.empty:
        parts.append("**No China–Russia trade figure** to check against the China customs (GACC) totals: the "
                     "figures show the official series only.")
    else:
        check = _col(tc, "check", "")
        figs, targets = tc[check == "figure"], tc[check != "figure"]
        verdicts = ", ".join(f"{v} {k}" for v, k in _col(figs, "verdict", "").value_counts().sort_index().items())
        parts.append(f"{_n(len(figs), 'reported figure')} checked" + (f" ({verdicts})" if verdicts else "")
                     + f"; {_n(len(targets), 'target or forecast', 'targets or forecasts')}.")
    return Note(" ".join(parts))


def all_notes(tables) -> list[tuple[str, Note]]:
    """Every topic's note as ``(topic, note)`` pairs, in notebook order (for the report index).

    Examples:
        >>> from types import SimpleNamespace
        >>> [topic for topic, _ in all_notes(SimpleNamespace())]
        ['Corpus', 'Meetings', 'Framing', 'Trade']
    """
    return [("Corpus", corpus_note(tables)), ("Meetings", meetings_note(tables)),
            ("Framing", framing_note(tables)), ("Trade", trade_note(tables))]
