"""Corpus overview tables for notebook 01: counts per outlet/year, languages, rules, clusters."""

from __future__ import annotations

import pandas as pd


def docs_per_outlet(articles: pd.DataFrame, *, top: int = 15) -> pd.DataFrame:
    """Documents per outlet (empty outlet shown as ``unknown``), largest first.

    Examples:
        >>> docs_per_outlet(pd.DataFrame({"outlet": ["A", "", "A"]}))
            outlet  n_docs
        0        A       2
        1  unknown       1
    """
    s = articles["outlet"].replace("", "unknown").value_counts()
    out = s.rename_axis("outlet").reset_index(name="n_docs")
    out = out.sort_values(["n_docs", "outlet"], ascending=[False, True], kind="mergesort")
    return out.head(top).reset_index(drop=True)


def docs_per_year(articles: pd.DataFrame) -> pd.DataFrame:
    """Documents per publication year, with a ``n_undated`` row total kept apart.

    Examples:
        >>> a = pd.DataFrame({"published": pd.to_datetime(["2023-03-17", None, "2022-09-07"])})
        >>> docs_per_year(a)
           year  n_docs
        0  2022       1
        1  2023       1
    """
    years = articles["published"].dropna().dt.year.astype("int64")
    out = years.value_counts().rename_axis("year").reset_index(name="n_docs")
    return out.sort_values("year").reset_index(drop=True)


def language_counts(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Paragraphs and characters per detected language.

    Examples:
        >>> language_counts(pd.DataFrame({"language": ["en", "ar", "en"], "text": ["ab", "c", "d"]}))
          language  n_paragraphs  n_chars
        0       en             2        3
        1       ar             1        1
    """
    g = paragraphs.assign(n_chars=paragraphs["text"].str.len()).groupby("language")
    out = pd.DataFrame({"n_paragraphs": g.size(), "n_chars": g["n_chars"].sum()}).reset_index()
    return out.sort_values(["n_paragraphs", "language"], ascending=[False, True]).reset_index(drop=True)


def boilerplate_by_rule(boilerplate: pd.DataFrame) -> pd.DataFrame:
    """Lines removed per rule, with one example line.

    Examples:
        >>> boilerplate_by_rule(pd.DataFrame({"rule_id": ["r", "r"], "text": ["a", "b"],
        ...                                   "doc_id": ["d", "e"], "line_no": [1, 2]}))
          rule_id  n_lines  n_docs example
        0       r        2       2       a
    """
    if boilerplate.empty:
        return pd.DataFrame(columns=["rule_id", "n_lines", "n_docs", "example"])
    b = boilerplate.sort_values(["doc_id", "line_no"])
    g = b.groupby("rule_id")
    out = pd.DataFrame({"n_lines": g.size(), "n_docs": g["doc_id"].nunique(),
                        "example": g["text"].first().str.slice(0, 60)}).reset_index()
    return out.sort_values(["n_lines", "rule_id"], ascending=[False, True]).reset_index(drop=True)


def story_clusters_table(articles: pd.DataFrame) -> pd.DataFrame:
    """Near-duplicate clusters with more than one document: story, size, files.

    Examples:
        >>> a = pd.DataFrame({"story_id": ["s", "s", "t"], "n_story_docs": [2, 2, 1],
        ...                   "file": ["x.txt", "y.txt", "z.txt"], "title": ["T", "T", "U"]})
        >>> story_clusters_table(a)
          story_id  n_docs         files title
        0        s       2  x.txt, y.txt     T
    """
    multi = articles[articles["n_story_docs"] > 1].sort_values(["story_id", "file"])
    if multi.empty:
        return pd.DataFrame(columns=["story_id", "n_docs", "files", "title"])
    g = multi.groupby("story_id")
    out = pd.DataFrame({"n_docs": g.size(), "files": g["file"].agg(", ".join),
                        "title": g["title"].first()}).reset_index()
    return out.sort_values(["n_docs", "story_id"], ascending=[False, True]).reset_index(drop=True)


def quarantine_summary(quarantine: pd.DataFrame) -> pd.DataFrame:
    """Quarantined files per reason.

    Examples:
        >>> quarantine_summary(pd.DataFrame({"reason": ["empty", "duplicate", "empty"], "n_bytes": [0, 5, 0]}))
              reason  n_files  n_bytes
        0      empty        2        0
        1  duplicate        1        5
    """
    if quarantine.empty:
        return pd.DataFrame({"reason": pd.Series(dtype=str), "n_files": pd.Series(dtype="int64"),
                             "n_bytes": pd.Series(dtype="int64")})
    g = quarantine.groupby("reason")
    out = pd.DataFrame({"n_files": g.size(), "n_bytes": g["n_bytes"].sum()}).reset_index()
    return out.sort_values(["n_files", "reason"], ascending=[False, True]).reset_index(drop=True)


def corrections_summary(corrections: pd.DataFrame | None) -> pd.DataFrame | str:
    """The corrections a build applied (and rejected), for the report; a sentence when none.

    Args:
        corrections: The ``corrections`` table (None for a build made before the step existed).

    Returns:
        One row per line of the corrections file (status, table, row, field, previous → new
        value, reason, why rejected), applied first; or a sentence saying no file was given.

    Examples:
        >>> corrections_summary(None)
        'No corrections file: every value is as the extractors produced it.'
        >>> c = pd.DataFrame({"line_no": [1], "row_id": ["M20220204_beijing"], "table": ["meetings"],
        ...     "field": ["mode"], "value": ["virtual"], "previous": ["in_person"], "reason": ["video"],
        ...     "status": ["applied"], "detail": [""], "step": ["meetings"]})
        >>> corrections_summary(c)[["status", "field", "previous", "value"]].values.tolist()
        [['applied', 'mode', 'in_person', 'virtual']]
    """
    if corrections is None or corrections.empty:
        return "No corrections file: every value is as the extractors produced it."
    cols = ["status", "table", "row_id", "field", "previous", "value", "reason", "detail", "line_no"]
    return corrections[cols].sort_values(["status", "line_no"], kind="mergesort").reset_index(drop=True)


def corpus_summary(tables) -> pd.DataFrame:
    """Headline counts of a corpus build as a two-column table.

    Args:
        tables: A :class:`summitlens.Tables` namespace.

    Returns:
        ``measure``/``value`` rows: files read, kept, quarantined, stories, words, sentences.
    """
    a, q = tables.articles, tables.quarantine
    rows = [
        ("files read", len(a) + len(q)),
        ("documents kept", len(a)),
        ("files quarantined", len(q)),
        ("exact duplicates", int((q["reason"] == "duplicate").sum())),
        ("stories (near-duplicate clusters)", int(a["story_id"].nunique())),
        ("dated documents", int(a["published"].notna().sum())),
        ("English words", int(a["n_words"].sum())),
        ("sentences", int(a["n_sentences"].sum())),
        ("boilerplate lines removed", int(a["n_boilerplate"].sum())),
    ]
    return pd.DataFrame(rows, columns=["measure", "value"])
