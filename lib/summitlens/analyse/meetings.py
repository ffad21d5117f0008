"""Meeting aggregations for the notebook's figures (counts per year, gaps, lags, modes).

The ledger itself is built by the pipeline in :mod:`summitlens.derive.meetings`;
``build_ledger`` and ``reconcile`` are re-exported here so notebooks keep one import.

Examples:
    >>> import pandas as pd
    >>> meeting_gaps(pd.Series(pd.to_datetime(["2023-03-21", "2023-10-18"])))["gap_days"].tolist()
    [211]
"""

from __future__ import annotations

import pandas as pd

from summitlens.derive.meetings import _OCCURRED, LEDGER_COLUMNS, build_ledger, reconcile

__all__ = ["build_ledger", "reconcile", "meetings_per_year", "meeting_gaps", "planned_lag", "mode_share",
           "evidence_table", "document_names", "ledger_vs_reference", "ledger_summary", "encounter_kind",
           "encounter_timeline", "TIMELINE_KINDS", "LEDGER_COLUMNS"]

#: Lanes of the encounter timeline, top to bottom (the reference list is the last lane).
TIMELINE_KINDS = ("held in person", "held by video", "held by phone", "planned", "cancelled or other",
                  "reference list")


def meetings_per_year(ledger: pd.DataFrame, reference: pd.DataFrame | None = None) -> pd.DataFrame:
    """Meetings per calendar year: ledger (held, in person / remote) vs reference, every year of the range.

    Examples:
        >>> import pandas as pd
        >>> led = pd.DataFrame({"start": pd.to_datetime(["2022-02-04"]), "status": ["occurred"],
        ...                     "mode": ["in_person"]})
        >>> meetings_per_year(led).to_dict("records")
        [{'year': 2022, 'ledger_in_person': 1, 'ledger_remote': 0, 'ledger_planned': 0, 'reference': 0}]
    """
    led = ledger.dropna(subset=["start"])
    yr = pd.to_datetime(led["start"], errors="coerce").dt.year.rename("year")
    held = led["status"].isin(_OCCURRED)
    out = pd.DataFrame({
        "ledger_in_person": (held & (led["mode"] == "in_person")).groupby(yr).sum(),
        "ledger_remote": (held & (led["mode"] != "in_person")).groupby(yr).sum(),
        "ledger_planned": (~held).groupby(yr).sum(),
    })
    if reference is not None and len(reference):
        ref_years = pd.to_datetime(reference["start_date"]).dt.year.value_counts()
        out = out.join(ref_years.rename("reference"), how="outer")
    else:
        out["reference"] = 0
    out = out.fillna(0).astype("int64").sort_index()
    if len(out):  # every year of the range, so a year without meetings (2020) shows as zero
        out = out.reindex(range(int(out.index.min()), int(out.index.max()) + 1), fill_value=0)
    out.index.name = "year"
    return out.reset_index()


def meeting_gaps(dates: pd.Series) -> pd.DataFrame:
    """Days between consecutive meetings (sorted start dates).

    Examples:
        >>> import pandas as pd
        >>> meeting_gaps(pd.Series(pd.to_datetime(["2022-02-04", "2022-09-15"])))["gap_days"].tolist()
        [223]
        >>> meeting_gaps(pd.Series([], dtype=object)).columns.tolist()
        ['previous', 'start', 'gap_days']
    """
    d = pd.Series(sorted(pd.to_datetime(pd.Series(dates), errors="coerce").dropna().unique()),
                  dtype="datetime64[ns]")
    out = pd.DataFrame({"previous": d.shift(1), "start": d})
    out["gap_days"] = (out["start"] - out["previous"]).dt.days
    return out.dropna().astype({"gap_days": "int64"}).reset_index(drop=True)


def planned_lag(ledger: pd.DataFrame) -> pd.DataFrame:
    """For meetings first reported as planned: days from that report to the meeting's start,
    and whether a later article reported it as held.

    Examples:
        >>> import pandas as pd
        >>> led = pd.DataFrame({"meeting_id": ["m"], "start": pd.to_datetime(["2023-03-20"]),
        ...     "first_planned": pd.to_datetime(["2023-03-17"]), "first_occurred": [pd.NaT],
        ...     "status": ["planned"], "reference_meeting_no": [pd.NA]})
        >>> planned_lag(led)["lead_days"].tolist()
        [3]
    """
    p = ledger.dropna(subset=["first_planned", "start"]).copy()
    for col in ("start", "first_planned", "first_occurred"):
        p[col] = pd.to_datetime(p[col], errors="coerce")
    p["lead_days"] = (p["start"] - p["first_planned"]).dt.days.astype("int64")
    p["reported_held"] = p["first_occurred"].notna()
    p["took_place_per_reference"] = p["reference_meeting_no"].notna()
    return p[["meeting_id", "start", "first_planned", "first_occurred", "lead_days", "reported_held",
              "took_place_per_reference"]].reset_index(drop=True)


def mode_share(mentions: pd.DataFrame) -> pd.DataFrame:
    """Share of Putin–Xi mentions by mode and status group (held / planned / other).

    Examples:
        >>> import pandas as pd
        >>> m = pd.DataFrame({"is_putin_xi": [True, True], "mode": ["in_person", "virtual"],
        ...                   "status": ["occurred", "virtual"]})
        >>> mode_share(m)["n"].tolist()
        [1, 1]
    """
    m = mentions[mentions["is_putin_xi"].fillna(False).astype(bool)]
    grp = m["status"].map(lambda s: "held" if s in _OCCURRED else ("planned" if s == "planned" else "other"))
    out = m.groupby([m["mode"], grp.rename("status_group")]).size().rename("n").reset_index()
    out["share"] = (out["n"] / out["n"].sum()).round(3) if len(out) else []
    return out


def document_names(articles: pd.DataFrame) -> dict[str, str]:
    """``doc_id`` -> "outlet — headline (date)", the file name when there is neither outlet nor headline.

    Examples:
        >>> a = pd.DataFrame({"doc_id": ["d"], "file": ["x.txt"], "outlet": ["CNN"], "title": ["Xi meets Putin"],
        ...                   "published": pd.to_datetime(["2023-03-21"])})
        >>> document_names(a)
        {'d': 'CNN — Xi meets Putin (2023-03-21)'}
    """
    out = {}
    for r in articles.to_dict("records"):
        outlet = r.get("outlet") if isinstance(r.get("outlet"), str) else ""
        title = " ".join(str(r.get("title") or "").split())
        name = " — ".join(x for x in (outlet, title) if x) or str(r.get("file", r["doc_id"]))
        pub = r.get("published")
        out[r["doc_id"]] = name + (f" ({pd.Timestamp(pub):%Y-%m-%d})" if pub is not None and not pd.isna(pub) else "")
    return out


def evidence_table(mentions: pd.DataFrame, articles: pd.DataFrame | None = None, *,
                   n: int = 20, width: int | None = None) -> pd.DataFrame:
    """The most confident Putin–Xi evidence sentences, shortened for display.

    Examples:
        >>> import pandas as pd
        >>> m = pd.DataFrame({"doc_id": ["d"], "is_putin_xi": [True], "status": ["occurred"],
        ...     "start": pd.to_datetime(["2022-02-04"]), "place": ["Beijing"], "occasion": ["Olympics"],
        ...     "confidence": [0.9], "evidence": ["Putin met Xi in Beijing."], "sentence_no": [3]})
        >>> evidence_table(m)["evidence"].tolist()
        ['Putin met Xi in Beijing.']
    """
    m = mentions[mentions["is_putin_xi"]].copy()
    names = document_names(articles) if articles is not None else {}
    m["document"] = m["doc_id"].map(lambda d: names.get(d, d))
    m["evidence"] = m["evidence"].str.replace(r"\s+", " ", regex=True).map(
        lambda s: s if width is None or len(s) <= width else s[: width - 1] + "…")
    m["date"] = m["start"].dt.strftime("%Y-%m-%d").fillna("")
    m = m.sort_values(["confidence", "start", "document", "sentence_no"], ascending=[False, True, True, True],
                      kind="mergesort")
    return m[["document", "date", "status", "place", "occasion", "evidence"]].head(n).reset_index(drop=True)


_AGREEMENT = ["agreement", "meeting_id", "reference_meeting_no", "start", "end", "place", "occasion", "mode",
              "status", "dated_by", "n_articles", "document", "sentence_no", "evidence"]


def ledger_vs_reference(ledger: pd.DataFrame, reference: pd.DataFrame | None, articles: pd.DataFrame | None = None,
                        *, width: int | None = None) -> pd.DataFrame:
    """The ledger beside the reference: ``matched``, ``ledger only``, ``reference only``.

    Reference meetings count as ``reference only`` when nothing in the ledger matches them
    and they fall inside the corpus's date range (its first to last publication date):
    a corpus cannot be expected to report what happened outside it. Each ledger row carries
    its most confident evidence sentence (and, with ``articles``, that sentence's document:
    outlet and headline).

    Args:
        ledger: The ``meetings`` table.
        reference: The reference meetings (``start_date``, ``end_date``, ``city``, ``meeting_no`` …).
        articles: The ``articles`` table (for the date range and file names).
        width: Evidence sentences are cut to this many characters (None: shown in full).

    Returns:
        One row per ledger encounter and per uncovered reference meeting in range, by date.

    Examples:
        >>> import pandas as pd
        >>> led = pd.DataFrame({"meeting_id": ["M1"], "start": pd.to_datetime(["2022-02-04"]),
        ...     "end": pd.to_datetime(["2022-02-04"]), "place": ["Beijing"], "occasion": ["Olympics"],
        ...     "mode": ["in_person"], "status": ["occurred"], "dated_by": ["date"], "n_articles": [2],
        ...     "reference_meeting_no": pd.array([38], dtype="Int64"), "evidence": ["They met."],
        ...     "evidence_sentences": ["d:3"]})
        >>> ref = pd.DataFrame({"meeting_no": [38, 39], "start_date": pd.to_datetime(["2022-02-04", "2022-09-15"]),
        ...     "end_date": pd.to_datetime(["2022-02-04", "2022-09-16"]), "city": ["Beijing", "Samarkand"],
        ...     "occasion_type": ["Olympics", "SCO_summit"]})
        >>> arts = pd.DataFrame({"doc_id": ["d", "e"], "file": ["a.txt", "b.txt"],
        ...                      "published": pd.to_datetime(["2022-01-10", "2022-12-01"])})
        >>> ledger_vs_reference(led, ref, arts)[["agreement", "place", "document"]].values.tolist()
        [['matched', 'Beijing', 'a.txt (2022-01-10)'], ['reference only', 'Samarkand', '']]
    """
    rows = []
    files = document_names(articles) if articles is not None and "file" in articles else {}
    for r in ledger.to_dict("records"):
        first = str(r.get("evidence_sentences", "")).split(";")[0]
        doc, _, sno = first.partition(":")
        ev = " ".join(str(r.get("evidence", "")).split())
        rows.append({"agreement": "matched" if not pd.isna(r.get("reference_meeting_no")) else "ledger only",
                     "meeting_id": r["meeting_id"], "reference_meeting_no": r.get("reference_meeting_no"),
                     "start": r["start"], "end": r["end"], "place": r["place"], "occasion": r["occasion"],
                     "mode": r["mode"], "status": r["status"], "dated_by": r.get("dated_by", ""),
                     "n_articles": r["n_articles"], "document": files.get(doc, doc),
                     "sentence_no": int(sno) if sno.isdigit() else pd.NA,
                     "evidence": ev if width is None or len(ev) <= width else ev[: width - 1] + "…"})
    if reference is not None and len(reference) and articles is not None and articles["published"].notna().any():
        lo, hi = articles["published"].min(), articles["published"].max()
        matched = set(ledger["reference_meeting_no"].dropna().astype(int)) if len(ledger) else set()
        ref = reference[(pd.to_datetime(reference["start_date"]) >= lo) & (pd.to_datetime(reference["start_date"]) <= hi)]
        for x in ref.to_dict("records"):
            if int(x["meeting_no"]) in matched:
                continue
            rows.append({"agreement": "reference only", "meeting_id": "", "reference_meeting_no": int(x["meeting_no"]),
                         "start": pd.Timestamp(x["start_date"]), "end": pd.Timestamp(x["end_date"]),
                         "place": str(x.get("city", "")), "occasion": str(x.get("occasion_type", "")),
                         "mode": "in_person", "status": "", "dated_by": "", "n_articles": 0, "document": "",
                         "sentence_no": pd.NA, "evidence": ""})
    out = pd.DataFrame(rows, columns=_AGREEMENT)
    out["reference_meeting_no"] = pd.array(out["reference_meeting_no"], dtype="Int64")
    out["sentence_no"] = pd.array(out["sentence_no"], dtype="Int64")
    return out.sort_values(["start", "agreement", "meeting_id"], na_position="last",
                           kind="mergesort").reset_index(drop=True)


def ledger_summary(ledger: pd.DataFrame, comparison: pd.DataFrame | None = None) -> str:
    """One sentence on the ledger; says so plainly when the corpus reports no encounter.

    Examples:
        >>> import pandas as pd
        >>> ledger_summary(pd.DataFrame(columns=["status", "mode", "start"]))
        'This corpus reports no Putin–Xi encounter: the ledger is empty.'
    """
    if not len(ledger):
        return "This corpus reports no Putin–Xi encounter: the ledger is empty."
    held = ledger["status"].isin(_OCCURRED)
    n_undated = int(ledger["start"].isna().sum())
    text = (f"{len(ledger)} Putin–Xi encounters in the ledger: {int((held & (ledger['mode'] == 'in_person')).sum())} "
            f"held in person, {int((held & (ledger['mode'] != 'in_person')).sum())} by video or phone, "
            f"{int((~held).sum())} only planned, cancelled or reported otherwise; {n_undated} undated.")
    if comparison is not None and len(comparison):
        c = comparison["agreement"].value_counts()
        text += (f" Against the reference: {int(c.get('matched', 0))} matched, {int(c.get('ledger only', 0))} in the "
                 f"ledger only, {int(c.get('reference only', 0))} in the reference only (within the corpus's dates).")
    return text


def encounter_kind(status, mode) -> str:
    """The timeline lane of a ledger encounter: how it was held, or that it was only planned.

    Examples:
        >>> encounter_kind("occurred", "in_person"), encounter_kind("virtual", "virtual"), encounter_kind("planned", "phone")
        ('held in person', 'held by video', 'planned')
        >>> encounter_kind("cancelled", "in_person")
        'cancelled or other'
    """
    if status in _OCCURRED:
        return {"virtual": "held by video", "phone": "held by phone"}.get(mode, "held in person")
    return "planned" if status == "planned" else "cancelled or other"


def encounter_timeline(ledger: pd.DataFrame, reference: pd.DataFrame | None = None) -> pd.DataFrame:
    """Dated ledger encounters by kind (held in person, by video, by phone, planned) beside the reference list.

    Args:
        ledger: The ``meetings`` table (undated rows are left out: they have no place on a time axis).
        reference: The reference meetings (``meeting_no``, ``start_date``, ``end_date``, ``city``).

    Returns:
        One row per dated encounter and per reference meeting: ``kind`` (one of
        :data:`TIMELINE_KINDS`), ``start``, ``end``, ``place``, ``meeting_id``,
        ``reference_meeting_no`` and ``in_reference`` (a ledger row matched to the reference
        list, or a reference meeting the ledger reports), sorted by date.

    Examples:
        >>> led = pd.DataFrame({"meeting_id": ["M1", "M2"], "start": pd.to_datetime(["2022-02-04", "2022-12-30"]),
        ...     "end": pd.to_datetime(["2022-02-04", "2022-12-30"]), "place": ["Beijing", ""],
        ...     "status": ["occurred", "virtual"], "mode": ["in_person", "virtual"],
        ...     "reference_meeting_no": pd.array([38, None], dtype="Int64")})
        >>> ref = pd.DataFrame({"meeting_no": [38], "start_date": pd.to_datetime(["2022-02-04"]),
        ...     "end_date": pd.to_datetime(["2022-02-04"]), "city": ["Beijing"]})
        >>> encounter_timeline(led, ref)[["kind", "in_reference"]].values.tolist()
        [['held in person', True], ['reference list', True], ['held by video', False]]
    """
    cols = ["kind", "start", "end", "place", "meeting_id", "reference_meeting_no", "in_reference"]
    led = ledger.dropna(subset=["start"]) if "start" in ledger else ledger.iloc[:0]
    ref_no = led["reference_meeting_no"] if "reference_meeting_no" in led else pd.Series(pd.NA, index=led.index)
    rows = [{"kind": encounter_kind(r["status"], r["mode"]), "start": pd.Timestamp(r["start"]),
             "end": pd.Timestamp(r["end"]) if not pd.isna(r.get("end")) else pd.Timestamp(r["start"]),
             "place": str(r.get("place") or ""), "meeting_id": r["meeting_id"], "reference_meeting_no": n,
             "in_reference": not pd.isna(n)} for r, n in zip(led.to_dict("records"), ref_no)]
    matched = {int(n) for n in ref_no.dropna()}
    if reference is not None and len(reference):
        for x in reference.to_dict("records"):
            rows.append({"kind": "reference list", "start": pd.Timestamp(x["start_date"]),
                         "end": pd.Timestamp(x.get("end_date", x["start_date"])), "place": str(x.get("city", "")),
                         "meeting_id": "", "reference_meeting_no": int(x["meeting_no"]) if "meeting_no" in x else pd.NA,
                         "in_reference": "meeting_no" in x and int(x["meeting_no"]) in matched})
    out = pd.DataFrame(rows, columns=cols)
    out["reference_meeting_no"] = pd.array(out["reference_meeting_no"], dtype="Int64")
    out["in_reference"] = out["in_reference"].astype(bool)
    out["start"] = pd.to_datetime(out["start"])
    out["end"] = pd.to_datetime(out["end"])
    order = {k: i for i, k in enumerate(TIMELINE_KINDS)}
    return (out.assign(_k=out["kind"].map(order)).sort_values(["start", "_k", "meeting_id"], kind="mergesort")
            .drop(columns="_k").reset_index(drop=True))
