"""Publication anchors for undated articles, inferred from the article's own dates.

Examples:
    >>> infer_anchor(["They met on March 21, 2023.", "Trade grew in 2022."])
    (datetime.date(2023, 3, 21), 'inferred')
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from summitlens.extract.dates.lexicon import load_lexicon
from summitlens.extract.dates.patterns import compiled_patterns
from summitlens.extract.dates.resolve import _clip_day, _month_end, _month_num
from summitlens.extract.dates.tense import clause_only_tense, clause_tense, sentence_cues
from summitlens.extract.dates.vocabulary import load_calendar
from summitlens.rules import load_rules, rules_path

__all__ = ["AnchorEstimate", "estimate_anchor", "infer_anchor"]


@lru_cache(maxsize=1)
def _explicit_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    p = compiled_patterns()
    M, D, Y = p.month, p.day, p.year
    return (
        re.compile(rf"(?P<m>{M})\s+(?P<d>{D}),?\s+(?P<y>{Y})(?!\d)|(?P<d2>{D})\s+(?P<m2>{M}),?\s+(?P<y2>{Y})(?!\d)"),
        re.compile(rf"(?P<m>{M})(?:\s+of)?,?\s+(?P<y>{Y})(?![\d%])"),
        re.compile(rf"(?<![\d$£€.,/-])(?P<y>{Y})(?![\d%]|,\d|\.\d|\s*(?:billion|million|bn|trillion))"),
        re.compile(rf"{Y}\s*(?:-|–|—|to|through|until|and)?\s*$", re.I),
    )


_CAP_WORD_BEFORE = re.compile(r"(?<![.!?:;\n\"“]\s)(?<!^)\b(?P<w>[A-Z][A-Za-z]+)(?:['’]s)?\s+$")



@dataclass(frozen=True)
class AnchorEstimate:
    """A publication window inferred from an article's own dates.

    Attributes:
        anchor: Point estimate used as the reference date (``None``: abstained).
        start: First day of the window the publication date is believed to lie in.
        end: Last day of the window (inclusive).
        confidence: 0–1 strength of the evidence (0 when abstaining).
        source: ``inferred`` or ``none``.
        precision: Precision of the deciding evidence: ``day``, ``month``, ``year_cue``,
            ``year`` or ``none``.
    """

    anchor: date | None
    start: date | None
    end: date | None
    confidence: float
    source: str
    precision: str


_NO_ANCHOR = AnchorEstimate(None, None, None, 0.0, "none", "none")


@dataclass(frozen=True)
class _AnchorRules:
    target_before: re.Pattern
    name_after: re.Pattern
    name_before: re.Pattern
    not_name_words: frozenset
    year_cues: tuple
    next_year: re.Pattern
    strength: dict
    min_strength: float
    lag_days: dict


@lru_cache(maxsize=8)
def _anchor_rules(path: str) -> _AnchorRules:
    d = load_rules(path)["anchor_inference"]
    return _AnchorRules(
        target_before=re.compile(r"(?<!\w)" + d["target_before"] + r"\s+(?:the\s+(?:end\s+of\s+)?)?$", re.I),
        name_after=re.compile(r"^[\s-]*" + d["name_after"], re.I),
        name_before=re.compile(r"(?<!\w)" + d["name_before"] + r"\s*$", re.I),
        year_cues=tuple((re.compile(r"(?<!\w)" + k + r"(?!\w)", re.I), int(v)) for k, v in d["year_cues"].items()),
        not_name_words=frozenset(w.lower() for w in d["not_name_words"]),
        next_year=re.compile(r"(?<!\w)" + d["next_year_cue"] + r"(?!\w)", re.I),
        strength=dict(d["strength"]), min_strength=float(d["min_strength"]),
        lag_days={k: int(v) for k, v in d["lag_days"].items()},
    )


def _year_context(text: str, s: int, e: int, rules: _AnchorRules) -> str:
    """``target`` (deadline/forecast), ``name`` (part of a name) or ``date`` for a year at s:e."""
    before = text[max(0, s - 40):s]
    after = text[e:e + 40]
    cal = load_calendar()
    if rules.target_before.search(before) and not _explicit_patterns()[3].search(before):
        return "target"
    if rules.name_before.search(before) or rules.name_after.search(after):
        return "name"
    cap = _CAP_WORD_BEFORE.search(before)
    if cap and s - len(cap.group(0)) > 0 and cap.group("w").lower() not in cal.months \
            and cap.group("w").lower() not in rules.not_name_words and cap.group("w").lower() not in cal.weekdays:
        return "name"  # "Joint Sea 2019", "Made in China 2025"
    return "date"


def estimate_anchor(sentences: list[str], *, max_year: int | None = None,
                    lexicon: str | os.PathLike[str] | None = None) -> AnchorEstimate:
    """Infer a publication window for an undated article from its own dates.

    Evidence, from each sentence: full dates, month-year dates and bare years in clauses that
    are not future-tense; "last year" / "this year" / "next year" next to a single explicit
    year (the article dates from Y + 1 / Y / Y - 1). Years that are targets or deadlines
    ("by 2030", "until 2025", or any year in a future-tense clause) only bound the window from
    above; years naming something ("the 2020 election", "fiscal 2019", "Vision 2030") are
    ignored. The latest past date is a lower bound; the window runs from it for a lag that
    depends on its precision (``lag_days`` in ``temporal.yml``), cut by the earliest target
    year after it. Weak evidence (a single bare year) abstains. Never today's date.

    Args:
        sentences: The article's sentences.
        max_year: Ignore years after this one.
        lexicon: A temporal lexicon YAML (default the packaged ``temporal.yml``).

    Returns:
        An :class:`AnchorEstimate` (``anchor`` ``None`` and confidence 0 when abstaining).

    Examples:
        >>> e = estimate_anchor(["Putin visited Beijing on May 14, 2017.", "Trade should double by 2030."])
        >>> (str(e.anchor), str(e.start), e.precision)
        ('2017-05-14', '2017-05-14', 'day')
        >>> estimate_anchor(["The People's Republic was founded in 1949."]).anchor is None
        True
    """
    lex = load_lexicon(lexicon)
    rules = _anchor_rules(str(rules_path(lexicon, default="temporal.yml")))
    explicit_day, explicit_month, explicit_year, _ = _explicit_patterns()
    trigger = compiled_patterns().trigger
    # evidence: (precision, start, point) of past dates; targets: years bounding from above
    past: list[tuple[str, date, date]] = []
    targets: list[int] = []
    year_counts: dict[int, int] = {}
    for text in sentences:
        if not text or not trigger.search(text):
            continue
        cache = None
        covered: list[tuple[int, int]] = []

        def tense_at(s: int, e: int, *, clause_only: bool = True) -> str:
            # full dates: only their own clause counts (a dateline after a quote); bare years:
            # the nearest cue of the sentence when their clause has none
            nonlocal cache
            if cache is None:
                cache = sentence_cues(text, lex)
            if clause_only:
                return clause_only_tense(text, s, e, lex, cache)
            return clause_tense(text, s, e, lex, cache=cache)

        def ok_year(y: int) -> bool:
            return max_year is None or y <= max_year

        for m in explicit_day.finditer(text):
            mo = _month_num(m.group("m") or m.group("m2"))
            d = int(re.sub(r"\D", "", m.group("d") or m.group("d2")))
            y = int(m.group("y") or m.group("y2"))
            day = _clip_day(y, mo, d)
            covered.append((m.start(), m.end()))
            if day is None or not ok_year(y):
                continue
            if _year_context(text, m.start(), m.end(), rules) == "target" or tense_at(m.start(), m.end()) == "future":
                targets.append(y)
            else:
                past.append(("day", day, day))
        for m in explicit_month.finditer(text):
            if any(a <= m.start() < b for a, b in covered):
                continue
            covered.append((m.start(), m.end()))
            y, mo = int(m.group("y")), _month_num(m.group("m"))
            if not ok_year(y):
                continue
            if _year_context(text, m.start(), m.end(), rules) == "target" or tense_at(m.start(), m.end()) == "future":
                targets.append(y)
            else:
                past.append(("month", date(y, mo, 1), _month_end(y, mo)))
        years_here: dict[int, str] = {}
        for m in explicit_year.finditer(text):
            y = int(m.group("y"))
            fine = any(a <= m.start() < b for a, b in covered)
            ctx = "date" if fine else _year_context(text, m.start(), m.end(), rules)
            if ctx == "date" and tense_at(m.start(), m.end(), clause_only=False) == "future":
                ctx = "target"
            years_here.setdefault(y, ctx)
            if fine or not ok_year(y) or ctx == "name":
                continue
            if ctx == "target":
                targets.append(y)
                continue
            year_counts[y] = year_counts.get(y, 0) + 1
            past.append(("year", date(y, 1, 1), date(y, 7, 1)))
        if len(years_here) == 1:
            y0, ctx0 = next(iter(years_here.items()))
            if ctx0 == "date":
                for rx, off in rules.year_cues:
                    if rx.search(text) and ok_year(y0 + off):
                        y = y0 + off
                        past.append(("year_cue", date(y, 1, 1), date(y, 7, 1)))
                        break
            elif ctx0 == "target" and rules.next_year.search(text):
                targets.append(y0 - 1)
    if not past:
        return _NO_ANCHOR
    order = {"year": 0, "year_cue": 1, "month": 2, "day": 3}
    # the latest lower bound; at equal start the more precise evidence wins
    prec, lo, point = max(past, key=lambda p: (p[1], order[p[0]], p[2]))
    st = rules.strength
    if prec == "year":
        # a bare year is strong only when repeated (it or the year before: a cluster of recent
        # years) or confirmed by a finer date of that year
        n = year_counts.get(lo.year, 0) + year_counts.get(lo.year - 1, 0)
        conf = round(min(st["year"] + st["year_repeat"] * (n - 1), st["year_max"]), 3)
        if any(p[0] != "year" and p[1].year == lo.year for p in past):
            conf = max(conf, st["month"] - 0.1)
    else:
        conf = st[prec]
    if conf < rules.min_strength:
        return _NO_ANCHOR
    end = max(lo + timedelta(days=rules.lag_days[prec]), point)
    later = [y for y in targets if y >= lo.year]
    if later:
        end = max(min(end, date(min(later), 12, 31)), point)
    return AnchorEstimate(point, lo, end, round(conf, 3), "inferred", prec)


def infer_anchor(sentences: list[str], *, max_year: int | None = None) -> tuple[date | None, str]:
    """Infer a reference date for an undated article from its own explicit dates.

    The point of :func:`estimate_anchor`: the latest date of a past event (a full date gives
    that day, a month and year the month's last day, a year alone 1 July of it); "last year"
    next to a single explicit year Y gives Y + 1. Targets ("by 2030"), future clauses and
    names ("the 2020 election") are not anchors; a single bare year is too weak (no anchor).
    Never falls back to today's date: no evidence gives ``(None, "none")``.

    Args:
        sentences: The article's sentences (or any texts).
        max_year: Ignore years after this one.

    Returns:
        ``(anchor, "inferred")`` or ``(None, "none")``.

    Examples:
        >>> infer_anchor(["They met on March 21, 2023.", "Trade grew in 2022."])
        (datetime.date(2023, 3, 21), 'inferred')
        >>> infer_anchor(["No dates here."])
        (None, 'none')
    """
    est = estimate_anchor(sentences, max_year=max_year)
    return est.anchor, est.source
