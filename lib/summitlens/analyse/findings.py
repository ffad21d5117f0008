"""The report's findings: one or two plain sentences per research question, computed from the tables.

Each finding carries the number of articles behind it, the measured accuracy of the
extractor that produced it (``resources/report.yml``, from the README's frozen held-out gold;
"in-sample" where only dev gold exists) and the corpus's coverage of the reference period.
``needs_review`` lists rows that readable rules flag for a human look. Pure functions: tables
in, text or tables out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd
import yaml

from summitlens import paths

__all__ = ["Finding", "report_config", "label", "relabel", "coverage", "meetings_finding", "framing_finding",
           "trade_finding", "all_findings", "needs_review"]


@lru_cache(maxsize=4)
def report_config(path: str | None = None) -> dict:
    """The report configuration (accuracies, labels, review rules) from ``resources/report.yml``.

    Examples:
        >>> sorted(report_config())
        ['accuracy', 'label_values', 'labels', 'review', 'validation']
    """
    with open(path or paths.resource("report.yml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def label(value) -> str:
    """The human label of an internal value or column name (unchanged when it has none).

    Examples:
        >>> label("in_person"), label("ledger_planned"), label("Beijing")
        ('in person', 'only planned', 'Beijing')
    """
    return report_config()["labels"].get(str(value), str(value).replace("_", " ") if "_" in str(value) else value)


def relabel(df: pd.DataFrame, *, columns: tuple[str, ...] = ()) -> pd.DataFrame:
    """``df`` with human column names, and human values in ``columns``.

    Examples:
        >>> relabel(pd.DataFrame({"mode": ["in_person"]}), columns=("mode",)).to_dict("records")
        [{'mode': 'in person'}]
    """
    out = df.copy()
    for c in columns:
        if c in out:
            out[c] = out[c].map(lambda v: label(v) if isinstance(v, str) else v)
    return out.rename(columns={c: label(c) for c in out.columns})


@dataclass(frozen=True)
class Finding:
    """A finding: its question, sentences, number of articles behind it and accuracy lines."""

    question: str
    sentences: tuple[str, ...]
    n_articles: int
    accuracy: tuple[str, ...] = field(default=())


def _t(tables, name: str) -> pd.DataFrame:
    df = getattr(tables, name, None)
    return df if isinstance(df, pd.DataFrame) else pd.DataFrame()


def _n(k: int, one: str, many: str | None = None) -> str:
    return f"{k:,} {one if k == 1 else (many or one + 's')}"


def _accuracy(topic: str) -> tuple[str, ...]:
    out = []
    for a in report_config()["accuracy"].get(topic, []):
        gold = "on unseen articles" if a["gold"] == "unseen" else "in-sample (no unseen figure yet)"
        out.append(f"{a['what']}: {a['measure']} {a['value']} {gold}")
    return tuple(out)


def coverage(tables) -> str:
    """How much of the reference period the corpus's publication dates cover.

    Examples:
        >>> from types import SimpleNamespace
        >>> coverage(SimpleNamespace())
        'The corpus has no dated article, so its coverage of the reference period is unknown.'
    """
    a, ref = _t(tables, "articles"), _t(tables, "reference_meetings")
    pub = pd.to_datetime(a["published"], errors="coerce").dropna() if "published" in a else pd.Series(dtype="datetime64[ns]")
    if pub.empty:
        return "The corpus has no dated article, so its coverage of the reference period is unknown."
    lo, hi = pub.min(), pub.max()
    text = f"Articles are dated {lo:%d %b %Y} to {hi:%d %b %Y} ({_n(len(pub), 'dated article')} of {len(a):,})"
    if len(ref):
        starts = pd.to_datetime(ref["start_date"])
        r_lo, r_hi = starts.min(), starts.max()
        inside = int(((starts >= lo) & (starts <= hi)).sum())
        text += (f"; the reference list runs {r_lo:%Y}–{r_hi:%Y} ({_n(len(ref), 'meeting')}), "
                 f"{inside} of them within the corpus's dates")
    return text + "."


def meetings_finding(tables) -> Finding:
    """The meetings answer: distinct encounters, reference matches, reference meetings not reported.

    Examples:
        >>> from types import SimpleNamespace
        >>> meetings_finding(SimpleNamespace()).sentences[0]
        'The corpus reports no Putin–Xi encounter.'
    """
    led, a, ref = _t(tables, "meetings"), _t(tables, "articles"), _t(tables, "reference_meetings")
    mm = _t(tables, "meeting_mentions")
    px = mm[mm["is_putin_xi"].fillna(False).astype(bool)] if "is_putin_xi" in mm else mm
    n_art = int(px["doc_id"].nunique()) if "doc_id" in px else 0
    if led.empty:
        return Finding("Meetings", ("The corpus reports no Putin–Xi encounter.",), n_art, _accuracy("meetings"))
    starts = pd.to_datetime(led["start"], errors="coerce").dropna()
    span = f" between {starts.min():%Y} and {starts.max():%Y}" if len(starts) else ""
    k = int(led["reference_meeting_no"].notna().sum()) if "reference_meeting_no" in led else 0
    held = led["status"].isin(["occurred"]) & (led["mode"] == "in_person")
    remote = led["mode"].isin(["virtual", "phone"])
    planned = led["status"] == "planned"
    first = (f"The corpus reports {_n(len(led), 'distinct Putin–Xi encounter')}{span}, {k} of them in the "
             f"reference list ({int(held.sum())} held in person, {int(remote.sum())} by video or phone, "
             f"{int(planned.sum())} only planned).")
    second = ""
    pub = pd.to_datetime(a["published"], errors="coerce").dropna() if "published" in a else pd.Series(dtype=object)
    if len(ref) and len(pub):
        s = pd.to_datetime(ref["start_date"])
        in_range = ref[(s >= pub.min()) & (s <= pub.max())]
        matched = set(led["reference_meeting_no"].dropna().astype(int)) if "reference_meeting_no" in led else set()
        missing = int((~in_range["meeting_no"].astype(int).isin(matched)).sum())
        second = (f"{_n(missing, 'reference meeting')} in the corpus's period ({pub.min():%Y}–{pub.max():%Y}) "
                  f"{'is' if missing == 1 else 'are'} not reported.")
    return Finding("Meetings", tuple(x for x in (first, second) if x), n_art, _accuracy("meetings"))


def framing_finding(tables) -> Finding:
    """The framing answer: partnership vs authoritarian terms about Russia–China, and whose words.

    Examples:
        >>> from types import SimpleNamespace
        >>> framing_finding(SimpleNamespace()).sentences[0]
        'No frame term about Russia, China, their leaders or their relationship was found.'
    """
    fs, ft = _t(tables, "frame_scores"), _t(tables, "frame_terms")
    if fs.empty or "category" not in fs:
        return Finding("Framing", ("No frame term about Russia, China, their leaders or their relationship was "
                                   "found.",), 0, _accuracy("framing"))
    allv = fs[fs["voice"] == "all"]
    p = int(allv.loc[allv["category"] == "partnership", "n_terms"].sum())
    au = int(allv.loc[allv["category"] == "authoritarian", "n_terms"].sum())
    n_art = int(allv.loc[allv["category"].isin(["partnership", "authoritarian"]) & (allv["n_terms"] > 0),
                         "doc_id"].nunique())
    if p + au == 0:
        return Finding("Framing", ("No frame term about Russia, China, their leaders or their relationship was "
                                   "found.",), 0, _accuracy("framing"))
    bal = (p - au) / (p + au)
    lean = "mostly as a partnership" if bal > 0.2 else ("mostly as authoritarian" if bal < -0.2 else "in mixed terms")
    first = (f"The relationship is framed {lean}: {_n(p, 'partnership term')} against {_n(au, 'authoritarian term')} "
             f"(balance {bal:+.2f} on a −1 to +1 scale).")
    byv = fs[(fs["voice"] != "all") & fs["category"].isin(["partnership", "authoritarian"])]
    byv = byv.groupby("voice")["n_terms"].sum()
    second = ""
    if byv.sum() > 0:
        share = byv / byv.sum()
        second = ("By voice: " + ", ".join(f"{share.get(v, 0):.0%} {label(v)}" for v in ("authorial", "quoted",
                                                                                          "paraphrase")) + ".")
    neg = int(ft["negated"].fillna(False).astype(bool).sum()) if "negated" in ft else 0
    if neg:
        second += f" {_n(neg, 'term')} negated, left out."
    return Finding("Framing", tuple(x.strip() for x in (first, second) if x), n_art, _accuracy("framing"))


def trade_finding(tables) -> Finding:
    """The trade answer: reported China–Russia trade figures and how they compare with GACC.

    Examples:
        >>> from types import SimpleNamespace
        >>> trade_finding(SimpleNamespace()).sentences[0]
        'The corpus reports no China–Russia trade figure to check against China customs (GACC) totals.'
    """
    tc = _t(tables, "trade_check")
    if tc.empty or "check" not in tc:
        return Finding("Trade", ("The corpus reports no China–Russia trade figure to check against China customs "
                                 "(GACC) totals.",), 0, _accuracy("trade"))
    figs, targets = tc[tc["check"] == "figure"], tc[tc["check"] != "figure"]
    v = figs["verdict"].value_counts()
    first = (f"The corpus reports {_n(len(figs), 'China–Russia trade figure')}: {int(v.get('match', 0))} "
             f"{'matches' if int(v.get('match', 0)) == 1 else 'match'} China customs (GACC) totals, {int(v.get('close', 0))} within 5 %, {int(v.get('mismatch', 0))} "
             f"mismatch, {int(v.get('unverifiable', 0))} cannot be checked.")
    second = ""
    if len(targets):
        r = targets["verdict"].value_counts()
        second = (f"{_n(len(targets), 'target or forecast', 'targets or forecasts')}: {int(r.get('reached', 0))} "
                  f"reached on time, {int(r.get('reached_late', 0))} late, {int(r.get('not_reached', 0))} not "
                  f"reached, {int(r.get('pending', 0))} pending.")
    return Finding("Trade", tuple(x for x in (first, second) if x), int(tc["doc_id"].nunique()), _accuracy("trade"))


def all_findings(tables) -> list[Finding]:
    """The three findings in question order.

    Examples:
        >>> from types import SimpleNamespace
        >>> [f.question for f in all_findings(SimpleNamespace())]
        ['Meetings', 'Framing', 'Trade']
    """
    return [meetings_finding(tables), framing_finding(tables), trade_finding(tables)]


def needs_review(tables, *, group_by: str = "outlet", min_docs: int | None = None) -> pd.DataFrame:
    """Rows flagged for a human look, one row per flag: table, row, rule, detail.

    Rules (readable, ``resources/report.yml`` ``review``): an in-person ledger row whose
    evidence mentions video or phone; a framing group (``group_by``, as the report's framing
    comparison groups articles: a column, ``year`` or a meta key such as ``bias``) with fewer
    articles than ``min_docs`` (default ``min_group_docs``), so it gets no interval; a trade
    figure whose article has no publication date (its year came from an inferred anchor).

    Args:
        tables: The loaded tables.
        group_by: The grouping of the framing comparison.
        min_docs: The smallest group that gets an interval.

    Examples:
        >>> from types import SimpleNamespace
        >>> led = pd.DataFrame({"meeting_id": ["M1"], "mode": ["in_person"], "evidence": ["They held a video call."]})
        >>> needs_review(SimpleNamespace(meetings=led))["rule"].tolist()
        ['in person, but the evidence says video or phone']
    """
    cfg = report_config()["review"]
    rows = []
    led = _t(tables, "meetings")
    if len(led) and "evidence" in led:
        cue = re.compile("|".join(cfg["remote_cues"]), re.IGNORECASE)
        for r in led[led["mode"] == "in_person"].to_dict("records"):
            if cue.search(str(r.get("evidence", ""))):
                rows.append(("meetings", r["meeting_id"], "in person, but the evidence says video or phone",
                             " ".join(str(r["evidence"]).split())))
    a, fs = _t(tables, "articles"), _t(tables, "frame_scores")
    smallest = int(min_docs) if min_docs is not None else int(cfg["min_group_docs"])
    if len(a) and len(fs) and "doc_id" in a:
        from summitlens.analyse.framing import article_groups

        docs = set(fs.loc[fs["n_terms"] > 0, "doc_id"])
        groups = article_groups(a, by=group_by)
        mine = pd.DataFrame({"doc_id": a["doc_id"], "group": groups})
        mine = mine[mine["doc_id"].isin(docs) & (mine["group"] != "")]
        per = mine.groupby("group")["doc_id"].nunique().sort_index()
        for group, k in per[per < smallest].items():
            rows.append(("framing", f"{group_by}={group}", f"group too small for an interval (< {smallest} articles)",
                         f"{_n(int(k), 'article')}"))
    tc = _t(tables, "trade_check")
    if len(tc) and len(a) and "published" in a:
        undated = set(a.loc[a["published"].isna(), "doc_id"])
        for r in tc[(tc["check"] == "figure") & tc["doc_id"].isin(undated) & tc["year"].notna()].to_dict("records"):
            rows.append(("trade_check", f"{r['doc_id']}:{r['sentence_no']}",
                         "year from an inferred anchor (article undated)", str(r["surface"])))
    return pd.DataFrame(rows, columns=["table", "row", "rule", "detail"])


def show_full_text() -> None:
    """Show table cells in full in notebooks and the report (evidence sentences are not cut).

    Examples:
        >>> show_full_text(); pd.get_option("display.max_colwidth") is None
        True
    """
    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.max_rows", 500)


def restrict(tables, *, since: int | None = None):
    """The tables limited to articles published in or after the year ``since`` (None: unchanged).

    Undated articles are left out when ``since`` is set; ledger and reference meetings keep
    those starting in or after ``since``; every table with a ``doc_id`` keeps the kept articles'.

    Examples:
        >>> from types import SimpleNamespace
        >>> a = pd.DataFrame({"doc_id": ["a", "b"], "published": pd.to_datetime(["2013-05-01", "2020-01-01"])})
        >>> restrict(SimpleNamespace(articles=a), since=2014).articles["doc_id"].tolist()
        ['b']
    """
    if since is None or str(since).strip() in ("", "None"):
        return tables
    since = int(since)
    out = dict(vars(tables))
    a = _t(tables, "articles")
    if "published" in a:
        a = a[pd.to_datetime(a["published"], errors="coerce").dt.year >= since]
    keep = set(a["doc_id"]) if "doc_id" in a else set()
    for name, df in vars(tables).items():
        if not isinstance(df, pd.DataFrame):
            continue
        if name == "articles":
            out[name] = a
        elif name == "meetings" and "start" in df:
            out[name] = df[pd.to_datetime(df["start"], errors="coerce").dt.year >= since]
        elif name == "reference_meetings" and "start_date" in df:
            out[name] = df[pd.to_datetime(df["start_date"], errors="coerce").dt.year >= since]
        elif "doc_id" in df.columns:
            out[name] = df[df["doc_id"].isin(keep)]
    return type(tables)(**out)
