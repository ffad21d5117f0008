"""The meeting ledger: every Putin–Xi mention reaches a row, reconciled with the reference.

:func:`build_ledger` merges Putin–Xi meeting mentions into distinct encounters:

* mentions linked to one document event (``meeting_mentions.event_id``) enter together;
* dated units join the compatible encounter (same mode group, compatible place, country and
  occasion) whose precise interval they overlap, or seed one (intervals of at most
  ``max_seed_days``, or naming a place or occasion);
* an in-person encounter whose mentions name no place and give no in-person cue
  (``mode_source`` not ``cue``) and a video/phone encounter of the same days are one
  encounter ("talks" in one article, "talks via videoconference" in another);
* undated mentions join a dated encounter of their own story, or the only compatible one
  naming the same place, country or occasion, that fits their article's date (held: before
  it, within ``recent_days``; planned: after it); wide-interval mentions that join nothing keep their
  interval; the rest become rows of their own (one per place/occasion/mode), bounded by their
  reports (``dated_by`` = ``report``: within a year after the first announcement, or before
  the first report of it as held);
* place, occasion and mode are the majority among the encounter's own mentions; each row
  keeps its evidence sentences (``doc_id:sentence_no``) and its status history.

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
    >>> ledger[["start", "place", "status", "n_articles", "evidence_sentences"]].astype(str).values.tolist()
    [['2023-03-21', 'Moscow', 'occurred', '2', 'a:1;b:2']]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

__all__ = ["build_ledger", "reconcile", "LEDGER_COLUMNS"]

_MAX_SEED_DAYS = 62  # wider intervals (a year, a season) only attach to existing meetings
_PRECISE_DAYS = 7
_OCCURRED = ("occurred", "virtual", "phone")
LEDGER_COLUMNS = ["meeting_id", "start", "end", "place", "country", "host_side", "occasion", "occasion_type",
                  "mode", "status", "status_history", "first_planned", "first_occurred", "n_mentions",
                  "n_articles", "n_stories", "doc_ids", "evidence", "evidence_sentences", "dated_by",
                  "reference_meeting_no", "reference_match", "confidence"]
_COVERAGE_COLUMNS = ["meeting_no", "start", "end", "city", "country", "occasion_type", "format", "covered",
                     "meeting_ids", "n_articles", "n_stories"]


def _group(mode: str) -> str:
    return "in_person" if mode == "in_person" else "remote"


def _majority(values, default: str = "") -> str:
    vals = [v for v in values if v]
    if not vals:
        return default
    c = Counter(vals)
    top = max(c.values())
    return min(v for v in c if c[v] == top)  # deterministic tie-break


class _Majorities:
    """The majority attributes of a group of mention rows (``self.rows``)."""

    def attr(self, name: str) -> str:
        return _majority(r[name] for r in self.rows)

    def names_setting(self) -> bool:
        """Whether the rows name (by majority) a place, a country or an occasion."""
        return any(self.attr(k) for k in ("place", "country", "occasion_type"))

    def stories(self) -> set:
        return {r["story_id"] for r in self.rows}

    @property
    def mode(self) -> str:
        strong = [r["mode"] for r in self.rows if r.get("mode_source", "cue") != "default"]
        return _majority(strong) or _majority(r["mode"] for r in self.rows) or "in_person"


@dataclass
class _Unit(_Majorities):
    """Mentions that enter the ledger together (one document event, or one mention)."""

    rows: list
    start: pd.Timestamp | None = None
    end: pd.Timestamp | None = None

    def __post_init__(self):
        self.refresh()

    def refresh(self):
        dated = [r for r in self.rows if not pd.isna(r["start"])]
        if not dated:
            self.start = self.end = None
            return
        s, e = _consensus(dated)
        self.start, self.end = s, e

    @property
    def width(self) -> int:
        return 10**6 if self.start is None else (self.end - self.start).days

    @property
    def weak_in_person(self) -> bool:
        return all(r["mode"] == "in_person" and r.get("mode_source", "cue") == "default" and not r["place"]
                   for r in self.rows)


@dataclass
class _Cluster(_Majorities):
    units: list = field(default_factory=list)

    @property
    def rows(self) -> list:
        return [r for u in self.units for r in u.rows]

    def interval(self):
        dated = [r for r in self.rows if not pd.isna(r["start"])]
        if not dated:
            return None, None
        s, e = _consensus(dated)
        # a visit reported day by day ("yesterday's informal meeting", "today's talks"): the
        # precise dates in the text next to the consensus belong to it
        one = pd.Timedelta(days=1)
        for r in sorted(dated, key=lambda x: x["start"]):
            if r.get("dated_from") != "report" and (r["end"] - r["start"]).days <= 1 \
                    and r["start"] <= e + one and r["end"] >= s - one:
                s, e = min(s, r["start"]), max(e, r["end"])
        return s, e


def _consensus(rows: list) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """The member interval overlapping most other members (then narrowest, then earliest)."""
    dated = [x for x in rows if not pd.isna(x["start"])]
    if not dated:
        return None, None

    def width(x):
        return (x["end"] - x["start"]).days

    text = [x for x in dated if x.get("dated_from") != "report"]
    report = [x for x in dated if x.get("dated_from") == "report"]
    # a precise date in the text, else a report's bound, else a wider date in the text
    precise = ([x for x in text if width(x) <= _PRECISE_DAYS] or report
               or [x for x in text if width(x) <= _MAX_SEED_DAYS] or dated)

    def support(x):
        return sum(1 for y in dated if y["start"] <= x["end"] and y["end"] >= x["start"])

    top = max(support(x) for x in precise)
    eligible = [x for x in precise if support(x) >= 0.8 * top]
    best = min(eligible, key=lambda x: (width(x), -support(x), x["start"]))
    return best["start"], best["end"]


def _compatible(a, b, *, visit: bool = False) -> bool:
    """Place, country and occasion of two units/clusters do not contradict each other.

    ``visit``: the two overlap in time, so two cities of one country are stops of one visit
    (Beijing and Tianjin the same day)."""
    pa_, pb = a.attr("place"), b.attr("place")
    ca, cb = a.attr("country"), b.attr("country")
    if pa_ and pb and pa_ != pb and not (visit and ca and ca == cb):
        return False
    if ca and cb and ca != cb:
        return False
    oa, ob = a.attr("occasion_type"), b.attr("occasion_type")
    if oa and ob and oa != ob and "state_visit" not in (oa, ob):
        return False
    return True


def _agree(a, b) -> bool:
    return any(a.attr(k) and a.attr(k) == b.attr(k) for k in ("place", "country", "occasion_type"))


def _gap(a_start, a_end, b_start, b_end) -> int:
    """Overlap in days (positive) or minus the gap between two intervals."""
    return (min(a_end, b_end) - max(a_start, b_start)).days + 1


def _status_group(u) -> str:
    st = {r["status"] for r in u.rows}
    return "held" if st & set(_OCCURRED) else "cancelled" if "cancelled" in st else "planned"


def _in_time(u, start, recent_days: int) -> bool:
    """An encounter starting at ``start`` fits the unit's reports: reported as held by an
    article of day A → ``A - recent_days <= start <= A``; reported as planned → ``start >= A``
    (within a year). Undated articles fit anything."""
    if start is None:
        return False
    anchors = [r["anchor"] for r in u.rows if not pd.isna(r["anchor"])]
    if not anchors:
        return True
    a = min(anchors)
    if _status_group(u) == "held":
        return a - pd.Timedelta(days=recent_days) <= start <= a + pd.Timedelta(days=1)
    return a <= start <= a + pd.Timedelta(days=366)


def _nearest(u, cands: list, *, near_days: int):
    """The encounter an undated unit is about, among the compatible ``cands`` that fit its
    reports in time: one of its own story first, then one naming the same place, country or
    occasion; a unit naming none of them takes any within ``near_days`` of its first report.
    Within a tier the one nearest that report wins (reported as held: the latest before it; as
    planned: the next after it). None when there is no candidate or the two nearest of the
    deciding tier are equally near but apart (ambiguous)."""
    anchors = [r["anchor"] for r in u.rows if not pd.isna(r["anchor"])]
    a = min(anchors) if anchors else None

    def dist(c):
        s, e = c.interval()
        return 0 if a is None else min(abs((s - a).days), abs((e - a).days))

    named_unit = u.names_setting()
    same_story = [c for c in cands if any(r["story_id"] in u.stories() for r in c.rows)]
    named = [c for c in cands if _agree(u, c)]
    anyone = [] if named_unit else [c for c in cands if a is not None and dist(c) <= near_days]
    for tier in (same_story, named, anyone):
        if not tier:
            continue
        if len(tier) == 1:
            return tier[0]
        if a is None:
            return None
        ranked = sorted(tier, key=lambda c: (dist(c), c.interval()[0]))
        if dist(ranked[0]) == dist(ranked[1]) and ranked[0].interval() != ranked[1].interval():
            return None
        return ranked[0]
    return None


def _host_side(country: str) -> str:
    if not country:
        return ""
    return country if country in ("Russia", "China") else "third_country"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:24] or "unknown"


def _report_dated(rows: list, event_days: int) -> list:
    """A document event reported as held that no mention dates: the report's last
    ``event_days`` days (its anchor A: ``A - event_days … A``), marked ``dated_from`` =
    ``report``. Other rows are returned unchanged."""
    if event_days < 0 or any(not pd.isna(r["start"]) for r in rows):
        return rows
    anchors = [r["anchor"] for r in rows if not pd.isna(r["anchor"])]
    if not anchors or not ({r["status"] for r in rows} & set(_OCCURRED)):
        return rows
    if any(r["status"] in ("planned", "cancelled") for r in rows if r.get("link") in ("event", "headline")):
        return rows
    a = min(anchors)
    return [{**r, "start": a - pd.Timedelta(days=event_days), "end": a, "dated_from": "report"} for r in rows]


def _units(m: pd.DataFrame, *, event_days: int = 3) -> list[_Unit]:
    recs = m.to_dict("records")
    by_event: dict[str, list] = {}
    singles = []
    for r in recs:
        ev = r.get("event_id") or ""
        if ev:
            by_event.setdefault(ev, []).append(r)
        else:
            singles.append([r])
    units = [_Unit(_report_dated(rows, event_days)) for _, rows in sorted(by_event.items())] + \
        [_Unit(rows) for rows in singles]
    return units


def build_ledger(mentions: pd.DataFrame, *, reference: pd.DataFrame | None = None,
                 max_seed_days: int = _MAX_SEED_DAYS, slack_days: int = 3,
                 recent_days: int = 366, report_days: int = 365,
                 event_days: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Merge Putin–Xi meeting mentions into a ledger of distinct encounters.

    Args:
        mentions: The ``meeting_mentions`` table (``event_id`` and ``mode_source`` are
            optional: without them every mention enters alone and every mode counts).
        reference: The reference meetings (``putin_xi_meetings.csv`` read with dates parsed);
            ``None`` marks every row ``no_reference`` and returns an empty coverage table.
        max_seed_days: Mentions with a wider interval (a year, a season) only found an
            encounter of their own when nothing else takes them.
        slack_days: In-person intervals this many days apart still merge when place, country
            or occasion agree (video and phone calls need overlapping days).
        recent_days: An undated mention reported as held joins an encounter at most this many
            days before its article (one reported as planned: after it).
        report_days: An encounter no mention dates gets the interval its reports support: this
            many days after the first article announcing it (planned), or before the first
            reporting it as held (``dated_by`` = ``report``).
        event_days: A document event (``event_id``) reported as held that no mention dates
            took place within this many days before its report (a readout, a news report of the
            day's visit): ``anchor - event_days … anchor`` (``dated_by`` = ``report``); a date in
            the text always wins. A negative value turns this off.

    Returns:
        ``(ledger, coverage)``: the ``meetings`` and ``meeting_coverage`` tables. Hypothetical
        mentions never enter; every other Putin–Xi mention is in exactly one row.
    """
    keep = mentions["is_putin_xi"].fillna(False).astype(bool) & ~mentions["status"].isin(["hypothetical"])
    m = mentions[keep].copy()
    units = _units(m, event_days=event_days)
    units.sort(key=lambda u: (u.width, u.start if u.start is not None else pd.Timestamp.max,
                              u.rows[0]["doc_id"], u.rows[0]["sentence_no"]))
    clusters: list[_Cluster] = []
    later: list[_Unit] = []
    for u in units:
        if u.start is None:
            later.append(u)
            continue
        best, best_key = None, None
        for c in clusters:
            if _group(u.mode) != _group(c.mode):
                continue
            cs, ce = c.interval()
            o = _gap(u.start, u.end, cs, ce)
            if not _compatible(u, c, visit=o > 0):
                continue
            slack_ok = _group(u.mode) == "in_person" and o > -slack_days and _agree(u, c)
            # the day before, in the same story, naming nothing else: one visit reported day by day
            next_day = (_group(u.mode) == "in_person" and o >= 0 and u.stories() & c.stories()
                        and not u.names_setting())
            if o > 0 or slack_ok or next_day:  # video and phone calls take one day: no slack
                key = (o, _agree(u, c))
                if best_key is None or key > best_key:
                    best, best_key = c, key
        if best is not None:
            best.units.append(u)
        elif u.width <= max_seed_days or u.attr("place") or u.attr("occasion_type"):
            clusters.append(_Cluster([u]))
        else:
            later.append(u)
    merged = True
    while merged:  # clusters seeded apart that turn out to be one encounter
        merged = False
        for i in range(len(clusters)):
            for j in range(len(clusters)):
                if i == j:
                    continue
                a, b = clusters[i], clusters[j]
                (as_, ae), (bs, be) = a.interval(), b.interval()
                o = _gap(as_, ae, bs, be)
                if not _compatible(a, b, visit=o > 0):
                    continue
                same_mode = _group(a.mode) == _group(b.mode)
                # "talks" (no place, no in-person cue) and "talks via videoconference" the same day
                video_talks = (not same_mode and all(u.weak_in_person for u in b.units)
                               and _group(a.mode) == "remote" and o > 0 and (be - bs).days <= _PRECISE_DAYS)
                slack_ok = _group(a.mode) == "in_person" and o > -slack_days and _agree(a, b)
                next_day = (same_mode and _group(a.mode) == "in_person" and o >= 0
                            and a.stories() & b.stories() and not b.names_setting())
                if (same_mode and (o > 0 or slack_ok or next_day)) or video_talks:
                    a.units.extend(b.units)
                    del clusters[j]
                    merged = True
                    break
            if merged:
                break
    undated_groups: dict[tuple, _Cluster] = {}
    for u in later:
        # an undated mention names its encounter by place and occasion: no wildcard occasion here
        cands = [c for c in clusters if _group(c.mode) == _group(u.mode) and _compatible(u, c)
                 and not (u.attr("occasion_type") and c.attr("occasion_type")
                          and u.attr("occasion_type") != c.attr("occasion_type"))
                 and _in_time(u, c.interval()[0], recent_days)]
        if u.start is not None:  # a wide interval: an encounter inside it
            cands = [c for c in cands if c.interval()[0] is not None and _gap(u.start, u.end, *c.interval()) > 0]
        pick = _nearest(u, cands, near_days=max_seed_days)
        if pick is not None:
            pick.units.append(u)
            continue
        key = (u.start, u.end, u.attr("place"), u.attr("occasion_type"), _group(u.mode), _status_group(u))
        undated_groups.setdefault(key, _Cluster()).units.append(u)
    clusters.extend(undated_groups[k] for k in sorted(undated_groups, key=str))
    rows = []
    for c in clusters:
        start, end = c.interval()
        recs = sorted(c.rows, key=lambda r: (pd.Timestamp.min if pd.isna(r["anchor"]) else r["anchor"],
                                             r["doc_id"], r["sentence_no"]))
        hist, seen = [], set()
        for r in recs:
            if (r["status"], r["doc_id"]) in seen:
                continue
            seen.add((r["status"], r["doc_id"]))
            a = "" if pd.isna(r["anchor"]) else r["anchor"].strftime("%Y-%m-%d")
            hist.append(f"{r['status']}@{r['doc_id']}@{a}")
        statuses = [r["status"] for r in recs]
        held = [r for r in recs if r["status"] in _OCCURRED]
        planned = [r for r in recs if r["status"] == "planned"]
        mode = c.mode
        if held:
            status = "occurred" if mode == "in_person" else mode
        elif "cancelled" in statuses:
            status = "cancelled"
        else:
            status = "planned"
        best = sorted(recs, key=lambda r: (-r["confidence"], r["doc_id"], r["sentence_no"]))[0]
        widths = [(r["end"] - r["start"]).days for r in recs if not pd.isna(r["start"])]
        dated_by = "none" if start is None else "date" if min(widths) <= max_seed_days else "interval"
        if start is not None and all(r.get("dated_from") == "report" for r in recs if not pd.isna(r["start"])):
            dated_by = "report"
        first_planned = min((r["anchor"] for r in planned if not pd.isna(r["anchor"])), default=pd.NaT)
        first_held = min((r["anchor"] for r in held if not pd.isna(r["anchor"])), default=pd.NaT)
        if start is None and status in ("planned", "occurred", "virtual", "phone"):
            # no mention dates it: the reports bound it (announced as coming → within a year
            # after the first announcement; reported as held → within a year before the first report)
            year = pd.Timedelta(days=report_days)
            if status == "planned" and not pd.isna(first_planned):
                start, end, dated_by = first_planned, first_planned + year, "report"
            elif status != "planned" and not pd.isna(first_held):
                start, end, dated_by = first_held - year, first_held, "report"
        place = c.attr("place")
        rows.append({
            "start": start if start is not None else pd.NaT, "end": end if end is not None else pd.NaT,
            "place": place, "country": c.attr("country"), "host_side": _host_side(c.attr("country")),
            "occasion": c.attr("occasion"), "occasion_type": c.attr("occasion_type"),
            "mode": mode, "status": status, "status_history": "; ".join(hist),
            "first_planned": first_planned, "first_occurred": first_held,
            "n_mentions": len(recs), "n_articles": len({r["doc_id"] for r in recs}),
            "n_stories": len({r["story_id"] for r in recs}),
            "doc_ids": ";".join(sorted({r["doc_id"] for r in recs})), "evidence": best["evidence"],
            "evidence_sentences": ";".join(f"{d}:{n}" for d, n in sorted({(r["doc_id"], int(r["sentence_no"]))
                                                                          for r in recs})),
            "dated_by": dated_by,
            "confidence": round(sum(r["confidence"] for r in recs) / len(recs), 3),
        })
    cols = [c for c in LEDGER_COLUMNS if c not in ("meeting_id", "reference_meeting_no", "reference_match")]
    ledger = pd.DataFrame(rows, columns=cols)
    for c in ("start", "end", "first_planned", "first_occurred"):
        ledger[c] = pd.to_datetime(ledger[c])
    ledger = ledger.sort_values(["start", "place", "occasion", "mode", "evidence_sentences"],
                                kind="mergesort", na_position="last").reset_index(drop=True)
    ids, used = [], set()
    for start, place, occ, country, mode in zip(ledger["start"], ledger["place"], ledger["occasion"],
                                                ledger["country"], ledger["mode"]):
        base = "M" + (start.strftime("%Y%m%d") if not pd.isna(start) else "undated") + "_" + \
            _slug(place or occ or country or mode)
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
            if r.get("dated_by") == "report" and not agree:
                continue  # only bounded by its reports: a place or occasion must agree too
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
