"""The meeting ledger: mentions merged across articles, reconciled with the reference.

:func:`build_ledger` merges Putin–Xi meeting mentions into distinct meetings (compatible
mode, overlapping intervals, compatible place and occasion), keeps the status history
(planned in one article, reported as held in a later one), counts articles and stories
(syndicated copies count once) and matches each meeting to the reference table.
The other functions are small aggregations for the notebook's figures.

Examples:
    >>> import pandas as pd
    >>> m = pd.DataFrame({"doc_id": ["a", "b"], "sentence_no": [1, 2], "is_putin_xi": [True, True],
    ...     "status": ["planned", "occurred"], "mode": ["in_person", "in_person"],
    ...     "start": pd.to_datetime(["2023-03-20", "2023-03-21"]),
    ...     "end": pd.to_datetime(["2023-03-26", "2023-03-21"]), "place": ["Moscow", ""],
    ...     "country": ["Russia", ""], "occasion": ["state_visit", ""], "occasion_type": ["state_visit", ""],
    ...     "anchor": pd.to_datetime(["2023-03-17", "2023-03-22"]), "story_id": ["a", "b"],
    ...     "confidence": [0.9, 0.9], "evidence": ["Xi will visit Moscow next week.", "They met."]})
    >>> ledger, _ = build_ledger(m)
    >>> ledger[["start", "place", "status", "n_articles"]].astype(str).values.tolist()
    [['2023-03-21', 'Moscow', 'occurred', '2']]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

__all__ = ["build_ledger", "reconcile", "meetings_per_year", "meeting_gaps", "planned_lag",
           "mode_share", "evidence_table", "LEDGER_COLUMNS"]

_MAX_SEED_DAYS = 62  # wider intervals (a year, a season) only attach to existing meetings
_OCCURRED = ("occurred", "virtual", "phone")
LEDGER_COLUMNS = ["meeting_id", "start", "end", "place", "country", "host_side", "occasion", "occasion_type",
                  "mode", "status", "status_history", "first_planned", "first_occurred", "n_mentions",
                  "n_articles", "n_stories", "doc_ids", "evidence", "reference_meeting_no",
                  "reference_match", "confidence"]
_COVERAGE_COLUMNS = ["meeting_no", "start", "end", "city", "country", "occasion_type", "format", "covered",
                     "meeting_ids", "n_articles", "n_stories"]


@dataclass
class _Cluster:
    start: pd.Timestamp | None
    end: pd.Timestamp | None
    place: str = ""
    country: str = ""
    occasion: str = ""
    occasion_type: str = ""
    mode: str = "in_person"
    rows: list = field(default_factory=list)


def _compatible(c: _Cluster, r) -> bool:
    mode_r = "in_person" if r["mode"] == "in_person" else "remote"
    mode_c = "in_person" if c.mode == "in_person" else "remote"
    if mode_r != mode_c:
        return False
    if r["place"] and c.place and r["place"] != c.place:
        return False
    if r["country"] and c.country and r["country"] != c.country:
        return False
    ot_r, ot_c = r["occasion_type"], c.occasion_type
    if ot_r and ot_c and ot_r != ot_c and "state_visit" not in (ot_r, ot_c):
        return False
    return True


def _overlap_days(c: _Cluster, r, max_seed_days: int = _MAX_SEED_DAYS) -> int:
    """Largest overlap (days; negative = gap) between ``r`` and the cluster's precise members."""
    if pd.isna(r["start"]):
        return -10**6
    best = -10**6
    for x in c.rows:
        if pd.isna(x["start"]) or x["width"] > max_seed_days:
            continue
        s, e = max(x["start"], r["start"]), min(x["end"], r["end"])
        best = max(best, (e - s).days + 1)
    return best


def _consensus(rows: list, max_seed_days: int) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """The member interval overlapping most other members (then narrowest, then earliest)."""
    dated = [x for x in rows if not pd.isna(x["start"])]
    precise = ([x for x in dated if x["width"] <= 7] or [x for x in dated if x["width"] <= max_seed_days]
               or dated)
    if not precise:
        return None, None

    def support(x):
        return sum(1 for y in dated if y["start"] <= x["end"] and y["end"] >= x["start"])

    top = max(support(x) for x in precise)
    eligible = [x for x in precise if support(x) >= 0.8 * top]
    best = min(eligible, key=lambda x: (x["width"], -support(x), x["start"]))
    return best["start"], best["end"]


def _host_side(country: str) -> str:
    if not country:
        return ""
    return country if country in ("Russia", "China") else "third_country"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:24] or "unknown"


def build_ledger(mentions: pd.DataFrame, *, reference: pd.DataFrame | None = None,
                 max_seed_days: int = _MAX_SEED_DAYS, slack_days: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Merge Putin–Xi meeting mentions into a ledger of distinct meetings.

    Mentions are taken most precise first; each joins the compatible meeting (same mode,
    compatible place/country/occasion) whose precise member intervals it overlaps most
    (or comes within ``slack_days`` of, when place or occasion agree). A meeting's interval
    is the narrowest precise (≤ 7 days when any) member interval overlapped by at least
    80 % as many members as the best-supported one.

    Args:
        mentions: The ``meeting_mentions`` table.
        reference: The reference meetings (``putin_xi_meetings.csv`` read with dates parsed);
            ``None`` marks every row ``no_reference`` and returns an empty coverage table.
        max_seed_days: Mentions with a wider interval (a year, a season) or no date only
            join an existing meeting; they never found one on their own unless they name
            a place or occasion.
        slack_days: Intervals this many days apart still merge when place, country or
            occasion agree.

    Returns:
        ``(ledger, coverage)``: the ``meetings`` and ``meeting_coverage`` tables.
    """
    m = mentions[mentions["is_putin_xi"] & ~mentions["status"].isin(["hypothetical"])].copy()
    m["width"] = (m["end"] - m["start"]).dt.days
    m = m.sort_values(["width", "start", "doc_id", "sentence_no"], na_position="last", kind="mergesort")
    clusters: list[_Cluster] = []
    pending = []
    for _, r in m.iterrows():
        dated = not pd.isna(r["start"])
        cands = [c for c in clusters if _compatible(c, r)]
        if dated:
            cands = [(c, _overlap_days(c, r, max_seed_days)) for c in cands]
            # a few days' slack when the place or occasion agrees ("ten days from now")
            cands = [(c, o) for c, o in cands if o > 0 or (o > -slack_days and (
                (r["place"] and r["place"] == c.place) or (r["occasion_type"] and r["occasion_type"] == c.occasion_type)
                or (r["country"] and r["country"] == c.country)))]
        else:
            # undated: only within the same story, or by the same named place/occasion
            cands = [(c, 0) for c in cands if any(x["story_id"] == r["story_id"] for x in c.rows)
                     and (not (r["place"] or r["occasion_type"]) or
                          (r["place"] and r["place"] == c.place) or
                          (r["occasion_type"] and r["occasion_type"] == c.occasion_type))]
        if cands:
            c = max(cands, key=lambda co: co[1])[0]
            c.place = c.place or r["place"]
            c.country = c.country or r["country"]
            if r["occasion_type"] and (not c.occasion_type or c.occasion_type == "state_visit"):
                c.occasion, c.occasion_type = r["occasion"], r["occasion_type"]
            c.rows.append(r)
            continue
        if dated and (r["width"] <= max_seed_days or r["place"] or r["occasion_type"]):
            clusters.append(_Cluster(r["start"], r["end"], r["place"], r["country"], r["occasion"],
                                     r["occasion_type"], r["mode"], [r]))
        else:
            pending.append(r)
    merged = True
    while merged:  # second pass: clusters seeded apart that turn out to be one meeting
        merged = False
        for i in range(len(clusters)):
            for j in range(i + 1, len(clusters)):
                a, b = clusters[i], clusters[j]
                probe = {"mode": b.mode, "place": b.place, "country": b.country,
                         "occasion_type": b.occasion_type}
                if not _compatible(a, probe):
                    continue
                gap = max((_overlap_days(a, x, max_seed_days) for x in b.rows), default=-10**6)
                agree = (a.place and a.place == b.place) or (a.country and a.country == b.country) or \
                    (a.occasion_type and a.occasion_type == b.occasion_type)
                if gap > 0 or (gap > -slack_days and agree):
                    a.rows.extend(b.rows)
                    a.place, a.country = a.place or b.place, a.country or b.country
                    if b.occasion_type and (not a.occasion_type or a.occasion_type == "state_visit"):
                        a.occasion, a.occasion_type = b.occasion, b.occasion_type
                    del clusters[j]
                    merged = True
                    break
            if merged:
                break
    rows = []
    for c in clusters:
        c.start, c.end = _consensus(c.rows, max_seed_days)
        df = pd.DataFrame(c.rows).sort_values(["anchor", "doc_id", "sentence_no"], kind="mergesort")
        hist = []
        seen = set()
        for _, r in df.iterrows():
            key = (r["status"], r["doc_id"])
            if key in seen:
                continue
            seen.add(key)
            a = "" if pd.isna(r["anchor"]) else r["anchor"].strftime("%Y-%m-%d")
            hist.append(f"{r['status']}@{r['doc_id']}@{a}")
        occurred = df[df["status"].isin(_OCCURRED)]
        planned = df[df["status"] == "planned"]
        if len(occurred):
            status = occurred["status"].mode().iloc[0]
        elif (df["status"] == "cancelled").any():
            status = "cancelled"
        else:
            status = "planned"
        modes = df["mode"].value_counts()
        best = df.sort_values(["confidence", "anchor"], ascending=[False, True], kind="mergesort").iloc[0]
        rows.append({
            "start": c.start, "end": c.end, "place": c.place, "country": c.country,
            "host_side": _host_side(c.country), "occasion": c.occasion, "occasion_type": c.occasion_type,
            "mode": modes.index[0], "status": status, "status_history": "; ".join(hist),
            "first_planned": planned["anchor"].min() if len(planned) else pd.NaT,
            "first_occurred": occurred["anchor"].min() if len(occurred) else pd.NaT,
            "n_mentions": len(df), "n_articles": df["doc_id"].nunique(), "n_stories": df["story_id"].nunique(),
            "doc_ids": ";".join(sorted(df["doc_id"].unique())), "evidence": best["evidence"],
            "confidence": round(float(df["confidence"].mean()), 3),
        })
    ledger = pd.DataFrame(rows, columns=[c for c in LEDGER_COLUMNS if c not in
                                         ("meeting_id", "reference_meeting_no", "reference_match")])
    ledger = ledger.sort_values(["start", "place", "occasion"], kind="mergesort").reset_index(drop=True)
    ids, used = [], set()
    for _, r in ledger.iterrows():
        base = "M" + (r["start"].strftime("%Y%m%d") if not pd.isna(r["start"]) else "undated") + "_" + \
            _slug(r["place"] or r["occasion"] or r["country"] or r["mode"])
        mid, k = base, 2
        while mid in used:
            mid, k = f"{base}_{k}", k + 1
        used.add(mid)
        ids.append(mid)
    ledger.insert(0, "meeting_id", ids)
    ledger, coverage = reconcile(ledger, reference)
    return ledger[LEDGER_COLUMNS], coverage


def reconcile(ledger: pd.DataFrame, reference: pd.DataFrame | None, *,
              slack_days: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Match ledger meetings to reference meetings; report the reference's coverage.

    A ledger meeting matches a reference row when their intervals overlap (the reference
    widened by ``slack_days``), the places are compatible (same city or country, or one
    missing) and so are the occasions. Video and phone meetings never match (the reference
    lists in-person encounters only). Among several candidates the one agreeing on most
    fields, then nearest in time, wins.

    Args:
        ledger: Ledger rows (``meeting_id, start, end, place, country, occasion_type, mode``).
        reference: Reference table with ``start_date``/``end_date`` as datetimes, or None.
        slack_days: Tolerance around the reference span.

    Returns:
        ``(ledger with reference_meeting_no/reference_match, coverage)``.

    Examples:
        >>> import pandas as pd
        >>> ref = pd.DataFrame({"meeting_no": [1], "start_date": pd.to_datetime(["2022-09-15"]),
        ...     "end_date": pd.to_datetime(["2022-09-16"]), "city": ["Samarkand"], "country": ["Uzbekistan"],
        ...     "occasion_type": ["SCO_summit"], "format": ["bilateral_talks"]})
        >>> led = pd.DataFrame({"meeting_id": ["x"], "start": pd.to_datetime(["2022-09-12"]),
        ...     "end": pd.to_datetime(["2022-09-18"]), "place": ["Samarkand"], "country": ["Uzbekistan"],
        ...     "occasion_type": ["SCO_summit"], "mode": ["in_person"], "doc_ids": ["d"], "n_articles": [1],
        ...     "n_stories": [1]})
        >>> led2, cov = reconcile(led, ref)
        >>> int(led2["reference_meeting_no"].iloc[0]), bool(cov["covered"].iloc[0])
        (1, True)
    """
    ledger = ledger.copy()
    nos: list = []
    match: list[str] = []
    if reference is None or not len(reference):
        ledger["reference_meeting_no"] = pd.array([pd.NA] * len(ledger), dtype="Int64")
        ledger["reference_match"] = "no_reference"
        return ledger, pd.DataFrame(columns=_COVERAGE_COLUMNS)
    ref = reference.copy()
    ref["start_date"] = pd.to_datetime(ref["start_date"])
    ref["end_date"] = pd.to_datetime(ref["end_date"])
    slack = pd.Timedelta(days=slack_days)
    for _, r in ledger.iterrows():
        if pd.isna(r["start"]):
            nos.append(pd.NA)
            match.append("undated")
            continue
        if r["mode"] != "in_person":
            nos.append(pd.NA)
            match.append("not_in_reference")
            continue
        best, best_key = None, None
        for _, x in ref.iterrows():
            if r["end"] < x["start_date"] - slack or r["start"] > x["end_date"] + slack:
                continue
            cities = [c.strip() for c in re.split(r"[;/,]", str(x["city"]))]
            countries = [c.strip() for c in re.split(r"[;/,]", str(x["country"]))]
            if r["place"] and r["place"] not in cities and r["country"] not in countries:
                continue
            if not r["place"] and r["country"] and r["country"] not in countries:
                continue
            types = str(x["occasion_type"]).split(";")
            if r["occasion_type"] and r["occasion_type"] not in types and r["occasion_type"] != "state_visit":
                continue
            agree = (r["place"] in cities) + (r["country"] in countries) + (r["occasion_type"] in types)
            dist = abs((x["start_date"] - r["start"]).days)
            key = (-agree, dist)
            if best_key is None or key < best_key:
                best, best_key = x, key
        if best is None:
            nos.append(pd.NA)
            match.append("not_in_reference")
        else:
            nos.append(int(best["meeting_no"]))
            match.append("matched")
    ledger["reference_meeting_no"] = pd.array(nos, dtype="Int64")
    ledger["reference_match"] = match
    cov = []
    for _, x in ref.iterrows():
        hit = ledger[ledger["reference_meeting_no"] == x["meeting_no"]]
        docs = set(";".join(hit["doc_ids"]).split(";")) - {""} if len(hit) else set()
        cov.append({"meeting_no": int(x["meeting_no"]), "start": x["start_date"], "end": x["end_date"],
                    "city": str(x["city"]), "country": str(x["country"]),
                    "occasion_type": str(x["occasion_type"]), "format": str(x["format"]),
                    "covered": bool(len(hit)), "meeting_ids": ";".join(hit["meeting_id"]),
                    "n_articles": len(docs), "n_stories": int(hit["n_stories"].sum()) if len(hit) else 0})
    return ledger, pd.DataFrame(cov, columns=_COVERAGE_COLUMNS)


def meetings_per_year(ledger: pd.DataFrame, reference: pd.DataFrame | None = None) -> pd.DataFrame:
    """Meetings per calendar year: ledger (held, in person / remote) vs reference.

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


def evidence_table(mentions: pd.DataFrame, articles: pd.DataFrame | None = None, *,
                   n: int = 20, width: int = 110) -> pd.DataFrame:
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
    if articles is not None:
        m = m.merge(articles[["doc_id", "file"]], on="doc_id", how="left")
    else:
        m["file"] = m["doc_id"]
    m["evidence"] = m["evidence"].str.replace(r"\s+", " ", regex=True).map(
        lambda s: s if len(s) <= width else s[: width - 1] + "…")
    m["date"] = m["start"].dt.strftime("%Y-%m-%d").fillna("")
    m = m.sort_values(["confidence", "start", "file", "sentence_no"], ascending=[False, True, True, True],
                      kind="mergesort")
    return m[["file", "date", "status", "place", "occasion", "evidence"]].head(n).reset_index(drop=True)
