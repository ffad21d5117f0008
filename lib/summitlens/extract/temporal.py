"""Tense-aware resolution of English date expressions to inclusive date intervals.

Every expression found in a sentence is resolved to ``[start, end]`` (inclusive dates) with a
granularity, anchored on a reference date (the article's publication date, or an anchor
inferred from the article's own explicit dates) and on the tense of the clause it sits in:
"in December" in a past-tense clause is the previous December, in a future clause the next.

Pure functions, regexes compiled once, no ``dateparser`` at run time. Lexicons (tense cues,
clause boundaries, parts of periods, confidences) live in ``resources/temporal.yml``.

Examples:
    >>> from datetime import date
    >>> [(e.surface, str(e.start), str(e.end), e.granularity)
    ...  for e in resolve_dates("They met in December.", anchor=date(2023, 3, 17))]
    [('December', '2022-12-01', '2022-12-31', 'month')]
"""

from __future__ import annotations

import calendar
import os
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import yaml

from summitlens import paths

__all__ = ["TimeExpr", "AnchorEstimate", "resolve_dates", "detect_tense", "infer_anchor", "estimate_anchor",
           "load_lexicon", "GRANULARITIES"]

GRANULARITIES = ("day", "multi-day", "weekend", "week", "month_part", "month", "multi-month",
                 "season", "quarter", "year_part", "year", "multi-year", "decade", "since", "rolling")

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
             "sunday": 6}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_ORD = {"first": 1, "1st": 1, "q1": 1, "second": 2, "2nd": 2, "q2": 2, "third": 3, "3rd": 3, "q3": 3,
        "fourth": 4, "4th": 4, "q4": 4}


@dataclass(frozen=True)
class TimeExpr:
    """A resolved date expression.

    Attributes:
        char_start: Start offset in the searched text.
        char_end: End offset (exclusive).
        surface: Matched text.
        start: First day of the interval (``None`` when it cannot be resolved).
        end: Last day of the interval, inclusive.
        granularity: One of :data:`GRANULARITIES`.
        tense: Tense used to resolve it: ``past``, ``present``, ``future`` or ``none``.
        confidence: 0–1, from the rule and the anchor's source.
        rule: Id of the pattern that matched.
    """

    char_start: int
    char_end: int
    surface: str
    start: date | None
    end: date | None
    granularity: str
    tense: str
    confidence: float
    rule: str


# --------------------------------------------------------------------------- lexicon
@dataclass(frozen=True)
class _Lexicon:
    future: re.Pattern
    past: re.Pattern
    present: re.Pattern
    not_past_ed: frozenset
    boundaries: re.Pattern
    parts: dict
    confidence: dict
    anchor_factor: dict


@lru_cache(maxsize=8)
def _read_yaml(path: str) -> dict:
    """The parsed temporal rules file (cached: read once per path)."""
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=8)
def _load_lexicon(path: str) -> _Lexicon:
    d = _read_yaml(path)
    cues = d["tense_cues"]

    def alt(items):
        return re.compile(r"(?<![\w'])(?:" + "|".join(f"(?:{x})" for x in items) + r")(?!\w)", re.I)

    return _Lexicon(
        future=alt(cues["future"]), past=alt(cues["past"]), present=alt(cues["present"]),
        not_past_ed=frozenset(w.lower() for w in cues.get("not_past_ed", [])),
        boundaries=re.compile(d["clause_boundaries"], re.I),
        parts={k: {p: tuple(r) for p, r in v.items()} for k, v in d["parts"].items()},
        confidence=dict(d["confidence"]), anchor_factor=dict(d["anchor_factor"]),
    )


def load_lexicon(path: str | os.PathLike[str] | None = None) -> _Lexicon:
    """Load (and cache) the temporal lexicon YAML (default the packaged ``temporal.yml``).

    Examples:
        >>> load_lexicon().parts["month"]["mid"]
        (11, 20)
    """
    global _DEFAULT_LEXICON
    if path is None:
        if _DEFAULT_LEXICON is None:
            _DEFAULT_LEXICON = _load_lexicon(str(paths.resource("temporal.yml")))
        return _DEFAULT_LEXICON
    return _load_lexicon(str(path))


_DEFAULT_LEXICON: _Lexicon | None = None


# --------------------------------------------------------------------------- patterns
_M = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
      r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)")
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_Y = r"(?:1[89]\d\d|20\d\d)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
_SEP = r"\s*(?:-|–|—|to|through|thru|until|till|and|&)\s*"
_PART = (r"(?P<part>early|mid|late|earlier|later|the\s+beginning\s+of|the\s+start\s+of|the\s+end\s+of|"
         r"the\s+middle\s+of|beginning\s+of|start\s+of|end\s+of|middle\s+of|"
         r"the\s+(?:first|second|latter)\s+half\s+of|(?:first|second|latter)\s+half\s+of)")
_REL = r"(?P<rel>last|this|next|the\s+previous|the\s+following|the\s+same|the\s+current|previous|following)"
_NUM = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

_RULES: list[tuple[str, str]] = [
    ("md_range", rf"(?:from\s+)?(?P<m1>{_M})\s+(?P<d1>{_D}){_SEP}(?:(?P<m2>{_M})\s+)?(?P<d2>{_D})(?!\d)(?:,?\s+(?P<y>{_Y}))?(?!\d)"),
    ("dm_range", rf"(?:from\s+)?(?P<d1>{_D})(?:\s+(?P<m1>{_M}))?{_SEP}(?P<d2>{_D})\s+(?:of\s+)?(?P<m2>{_M})(?:,?\s+(?P<y>{_Y}))?(?!\d)"),
    ("mdy", rf"(?P<m>{_M})\s+(?P<d>{_D})(?![\d,]\d)(?:,?\s+(?P<y>{_Y}))?(?!\d)"),
    ("dmy", rf"(?<!\d)(?P<d>{_D})\s+(?:of\s+)?(?P<m>{_M})(?:,?\s+(?P<y>{_Y}))?(?!\d)"),
    ("iso", r"(?<![\d/])(?P<y>(?:19|20)\d\d)-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"),
    ("year_range", rf"(?:from\s+|between\s+)?(?<![\d$£€])(?P<y1>{_Y})\s*(?:-|–|—|to|through|until|and)\s*(?P<y2>{_Y}|\d\d)(?![\d%])"),
    ("month_range", rf"(?:from\s+)?(?P<m1>{_M})\s*(?:-|–|—|to|through|until|till)\s*(?P<m2>{_M})(?!\s*{_D}\b)(?:,?\s+(?:of\s+)?(?:(?P<y>{_Y})|(?P<yrel>last|this|next)\s+year))?"),
    ("part_month", rf"{_PART}[\s-]*(?P<m>{_M})(?:,?\s+(?:of\s+)?(?P<y>{_Y}))?(?:,?\s+(?P<yrel>last|this|next)\s+year)?"),
    ("part_year", rf"{_PART}[\s-]*(?:(?P<y>{_Y})|(?P<yrel2>(?:last|this|next|the)\s+year))(?![\d%])"),
    ("month_year", rf"(?P<m>{_M})(?:\s+of|,)?\s+(?:(?P<y>{_Y})(?![\d%])|(?P<yrel>last|this|next|the\s+previous|the\s+following)\s+year)"),
    ("rel_month", rf"(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+previous|the\s+following)\s+(?P<m>{_M})"),
    ("quarter", rf"(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(?:(?P<y>{_Y})|(?P<yrel>last|this|next)\s+year)|(?P<q2>Q[1-4])\s+(?P<y2>{_Y})"),
    ("season", rf"(?:(?P<det>in\s+the|this\s+past|this\s+coming|this|last|next|the|during\s+the|by\s+the|in|over\s+the)\s+)?(?:(?P<part>early|mid|late)[\s-]+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>{_Y}))?(?!\s+(?:and\s+\w+\s+)?(?:Olympic|Games|Palace|Davos|session|offensive|campaign|Forum|Festival|sports?|Youth|Universiade|Spartakiad))(?!\w)"),
    ("weekday_range", rf"(?:from\s+)?(?P<w1>{_WD})\s*(?:-|–|to|through|until|and)\s*(?P<w2>{_WD})(?:\s+(?P<wrel>next|last|this)\s+week)?"),
    ("weekday", rf"(?:(?P<mod>last|next|this\s+past|this\s+coming|this|coming)\s+)?(?P<w>{_WD})(?:\s+(?P<wrel>next|last|this)\s+week)?(?!\s*,?\s*{_M})"),
    ("weekend", r"(?P<mod>this\s+past|this\s+coming|the|this|last|next|the\s+previous|the\s+following)\s+weekend"),
    ("rel_unit", rf"(?:(?P<pre>earlier|later|early|late)\s+)?{_REL}\s+(?P<unit>week|month|year|decade)(?!s)"),
    ("rolling", r"(?P<rel>the\s+past|the\s+last|the\s+next|the\s+coming|recent)\s+(?P<n>\d{1,2}|few|two|three|four|five|six|seven|eight|nine|ten|several)?\s*(?P<unit>days|weeks|months|years|decades)"),
    ("ago", rf"{_NUM}\s+(?P<unit>day|week|month|year)s?\s+ago"),
    ("in_n", rf"in\s+{_NUM}\s+(?P<unit>day|week|month|year)s?(?:['’]?\s*time)?|{_NUM.replace('<n>', '<n2>')}\s+(?P<unit2>day|week|month|year)s?\s+from\s+now"),
    ("deictic", r"(?P<w>today|tonight|yesterday|tomorrow|this\s+morning|this\s+afternoon|this\s+evening)"),
    ("decade", r"(?:the\s+)?(?:early\s+|mid-?|late\s+)?(?P<dec>(?:19|20)\d0)s"),
    ("year", rf"(?<![\d$£€.,/-])(?P<y>{_Y})(?![\d%]|,\d|\.\d|\s*(?:billion|million|bn|trillion|troops|people|km|miles|tons|tonnes|soldiers|members|dollars|yuan|rubles))"),
]
_COMPILED = [(name, re.compile(rx, re.I)) for name, rx in _RULES]
# Which trigger word classes each rule needs: rules run only in windows around triggers.
_NEEDS = {
    "md_range": "M", "dm_range": "M", "mdy": "M", "dmy": "M", "month_range": "M", "part_month": "M",
    "month_year": "M", "rel_month": "M", "iso": "Y", "year_range": "Y", "part_year": "YU", "quarter": "Q",
    "decade": "Y", "year": "Y", "season": "S", "weekday_range": "W", "weekday": "W", "weekend": "E",
    "rel_unit": "U", "rolling": "U", "ago": "A", "in_n": "U", "deictic": "D",
}
_TRIGGER = re.compile(
    r"(?P<M>\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"
    r"|(?P<Y>(?<!\d)(?:18|19|20)\d\d)"
    r"|(?P<W>\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"|(?P<S>\b(?:spring|summer|autumn|fall|winter))"
    r"|(?P<E>\bweekend)"
    r"|(?P<A>\bago\b)"
    r"|(?P<Q>\b(?:quarter|Q[1-4])\b)"
    r"|(?P<U>\b(?:week|month|year|decade|day)s?\b)"
    r"|(?P<D>\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)))", re.I)
_WINDOW_BEFORE, _WINDOW_AFTER = 48, 64
_CASE_SENSITIVE_MONTH = re.compile(_M)  # months/weekdays must be capitalised in the text
_SINCE = re.compile(r"(?:ever\s+)?since\s+(?:the\s+)?$|from\s+$", re.I)
_MAY_OK = re.compile(r"(?:in|since|by|until|till|of|from|to|through|during|early|mid|late|last|next|this|"
                     r"the|before|after|between|and|or|end|beginning|start)[\s-]+$", re.I)
_BARE_MONTH = re.compile(rf"(?P<m>{_M})(?![\w.]?\w)")


# --------------------------------------------------------------------------- helpers
def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _clip_day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _part_of_month(y: int, m: int, part: str, lex) -> tuple[date, date]:
    a, b = lex.parts["month"].get(part, (1, 31))
    last = calendar.monthrange(y, m)[1]
    return date(y, m, min(a, last)), date(y, m, min(b, last))


def _part_of_year(y: int, part: str, lex) -> tuple[date, date]:
    a, b = lex.parts["year"].get(part, (1, 12))
    return date(y, a, 1), _month_end(y, b)


def _month_num(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")]


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    s = s.lower()
    if s.isdigit():
        return int(s)
    return _NUMBERS.get(s)


def _pick_year_for_month(m: int, anchor: date, tense: str, day: int | None = None) -> tuple[int, bool]:
    """Year for a month (and day) without year: latest not after the anchor in the past
    tense, earliest not before in the future tense, else the anchor's year."""
    key = (m, day or 0)
    akey = (anchor.month, anchor.day if day else 0)
    if tense == "past":
        return (anchor.year if key <= akey else anchor.year - 1), True
    if tense == "future":
        return (anchor.year if key >= akey else anchor.year + 1), True
    return anchor.year, False


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _weekday_date(w: int, anchor: date, tense: str, mod: str, wrel: str) -> date:
    if wrel:
        base = _week_start(anchor) + timedelta(days={"next": 7, "last": -7, "this": 0}[wrel])
        return base + timedelta(days=w)
    mod = re.sub(r"\s+", " ", mod or "").lower()
    if mod == "next":
        delta = (w - anchor.weekday()) % 7 or 7
        return anchor + timedelta(days=delta)
    if mod in ("last", "this past"):
        delta = (anchor.weekday() - w) % 7 or 7
        return anchor - timedelta(days=delta)
    if mod in ("this coming", "coming"):
        return anchor + timedelta(days=(w - anchor.weekday()) % 7 or 7)
    if tense == "future":
        return anchor + timedelta(days=(w - anchor.weekday()) % 7)
    # past, present and unknown: the latest such day on or before the anchor (news usage)
    return anchor - timedelta(days=(anchor.weekday() - w) % 7)


def _sentence_cues(text: str, lex: _Lexicon) -> tuple[list, list, list]:
    fut = [(m.start(), m.end()) for m in lex.future.finditer(text)]
    past = [(m.start(), m.end(), m.group(0).lower()) for m in lex.past.finditer(text)]
    pres = [(m.start(), m.end()) for m in lex.present.finditer(text)]
    bounds = [m.start() for m in lex.boundaries.finditer(text)]
    return fut, past, pres, bounds


def _clause_tense(text: str, s: int, e: int, lex: _Lexicon, *, inside: bool = False,
                  cache: tuple | None = None) -> str:
    """Tense of the clause around ``text[s:e]``: nearest cue in the clause, else sentence."""
    fut_all, past_all, pres_all, bounds = cache or _sentence_cues(text, lex)
    cues: list[tuple[int, int, str]] = []
    fut = fut_all
    for a, b in fut:
        cues.append((a, b, "future"))
    for ps, pe, w in past_all:
        if w in lex.not_past_ed or any(a <= ps < b for a, b in fut):
            continue
        if not inside and ps < e and pe > s:  # inside the expression ("last week")
            continue
        cues.append((ps, pe, "past"))
    for ps, pe in pres_all:
        if any(a <= ps < b for a, b in fut):
            continue
        cues.append((ps, pe, "present"))
    if not inside:
        cues = [c for c in cues if not (c[0] >= s and c[1] <= e)]
    if not cues:
        return "none"
    lo = max([b for b in bounds if b < s], default=0)
    hi = min([b for b in bounds if b >= e], default=len(text))
    in_clause = [c for c in cues if c[0] >= lo and c[1] <= hi]
    pool = in_clause or cues

    def dist(c):
        gap = s - c[1] if c[1] <= s else c[0] - e
        # present-tense auxiliaries are weak evidence: prefer a real cue
        return (max(gap, 0) + (40 if c[2] == "present" else 0), 0 if c[2] == "past" else 1)

    return min(pool, key=dist)[2]


def _clause_only_tense(text: str, s: int, e: int, lex: _Lexicon, cache: tuple) -> str:
    """Like :func:`_clause_tense` but ``none`` when the clause itself has no cue."""
    bounds = cache[3]
    lo = max([b for b in bounds if b < s], default=0)
    hi = min([b for b in bounds if b >= e], default=len(text))
    return _clause_tense(text[lo:hi], s - lo, e - lo, lex)


def detect_tense(text: str, *, span: tuple[int, int] | None = None, lexicon: _Lexicon | None = None,
                 inside: bool = True) -> str:
    """Tense of a clause (``past``, ``present``, ``future`` or ``none``) from cue words.

    Args:
        text: A sentence.
        span: The part of interest; the nearest cue to it (inside its clause first) decides.
        lexicon: A loaded lexicon (default the packaged one).
        inside: Let cues inside ``span`` count (a verb like "held talks" is its own cue).

    Returns:
        The tense label.

    Examples:
        >>> detect_tense("Xi will visit Moscow next week.")
        'future'
        >>> detect_tense("The two leaders met in Samarkand.")
        'past'
    """
    lex = lexicon or load_lexicon()
    s, e = span or (len(text), len(text))
    return _clause_tense(text, s, e, lex, inside=inside)


# --------------------------------------------------------------------------- resolution
def _resolve(name: str, g: dict, surface: str, anchor: date | None, tense: str,
             lex: _Lexicon) -> tuple[date | None, date | None, str, str] | None:
    """(start, end, granularity, confidence-key) or None when the match is not a date."""
    C = "explicit_day"
    if name in ("md_range", "dm_range"):
        m1 = _month_num(g["m1"] or g["m2"])
        m2 = _month_num(g["m2"] or g["m1"])
        d1, d2 = int(re.sub(r"\D", "", g["d1"])), int(re.sub(r"\D", "", g["d2"]))
        if g["y"]:
            y1 = y2 = int(g["y"])
            C = "explicit_range"
        else:
            if anchor is None:
                return None, None, "multi-day", "no_tense"
            y1, known = _pick_year_for_month(m1, anchor, tense, d1)
            y2 = y1
            C = "tense_dependent" if known else "no_tense"
        if m2 < m1:
            y2 = y1 + 1
        s, e = _clip_day(y1, m1, d1), _clip_day(y2, m2, d2)
        if s is None or e is None or e < s or (e - s).days > 62:
            return None
        return s, e, "multi-day", C
    if name in ("mdy", "dmy", "iso"):
        mo = int(g["mo"]) if name == "iso" else _month_num(g["m"])
        d = int(re.sub(r"\D", "", g["d"]))
        if g["y"]:
            y = int(g["y"])
        else:
            if anchor is None:
                return None, None, "day", "no_tense"
            y, known = _pick_year_for_month(mo, anchor, tense, d)
            C = "tense_dependent" if known else "no_tense"
        s = _clip_day(y, mo, d)
        return (s, s, "day", C) if s else None
    if name == "year_range":
        y1 = int(g["y1"])
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else (y1 // 100) * 100 + int(g["y2"])
        if not (y1 < y2 <= y1 + 50):
            return None
        return date(y1, 1, 1), date(y2, 12, 31), "multi-year", "explicit_year"
    if name in ("part_month", "part_year"):
        part = re.sub(r"^the\s+|\s+of$", "", re.sub(r"\s+", " ", g["part"].lower()))
        part = {"earlier": "early", "later": "late"}.get(part, part)
        if name == "part_month":
            mo = _month_num(g["m"])
            if g["y"]:
                y, C = int(g["y"]), "explicit_month"
            elif g["yrel"]:
                if anchor is None:
                    return None, None, "month_part", "no_tense"
                y = anchor.year + {"last": -1, "this": 0, "next": 1}[g["yrel"].lower()]
                C = "relative"
            else:
                if anchor is None:
                    return None, None, "month_part", "no_tense"
                y, known = _pick_year_for_month(mo, anchor, tense)
                C = "tense_dependent" if known else "no_tense"
            s, e = _part_of_month(y, mo, part, lex)
            return s, e, "month_part", C
        if g["y"]:
            y, C = int(g["y"]), "explicit_year"
        else:
            if anchor is None:
                return None, None, "year_part", "no_tense"
            rel = g["yrel2"].lower().split()[0]
            y = anchor.year + {"last": -1, "this": 0, "next": 1, "the": 0}[rel]
            C = "relative"
            if rel in ("this", "the") and g["part"].lower() in ("earlier", "later"):
                if g["part"].lower() == "earlier":
                    return date(y, 1, 1), anchor, "year_part", C
                return anchor, date(y, 12, 31), "year_part", C
        s, e = _part_of_year(y, part, lex)
        return s, e, "year_part", C
    if name == "month_range":
        m1, m2 = _month_num(g["m1"]), _month_num(g["m2"])
        if g["y"]:
            y, C = int(g["y"]), "explicit_month"
        elif g["yrel"]:
            if anchor is None:
                return None, None, "multi-month", "no_tense"
            y, C = anchor.year + {"last": -1, "this": 0, "next": 1}[g["yrel"].lower()], "relative"
        else:
            if anchor is None:
                return None, None, "multi-month", "no_tense"
            y, known = _pick_year_for_month(m2 if tense == "past" else m1, anchor, tense)
            C = "tense_dependent" if known else "no_tense"
            if tense == "past" and m2 < m1:
                y -= 0
        y1 = y - 1 if m2 < m1 and (g["y"] or tense == "past") else y
        y2 = y if m2 < m1 and (g["y"] or tense == "past") else (y + 1 if m2 < m1 else y)
        return date(y1, m1, 1), _month_end(y2, m2), "multi-month", C
    if name == "month_year":
        mo = _month_num(g["m"])
        if g["y"]:
            y, C = int(g["y"]), "explicit_month"
        else:
            if anchor is None:
                return None, None, "month", "no_tense"
            rel = g["yrel"].lower().split()[-1]
            y = anchor.year + {"last": -1, "this": 0, "next": 1, "previous": -1, "following": 1}[rel]
            C = "relative"
        return date(y, mo, 1), _month_end(y, mo), "month", C
    if name == "rel_month":
        if anchor is None:
            return None, None, "month", "no_tense"
        mo = _month_num(g["m"])
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        if rel in ("last", "this past", "the previous"):
            y = anchor.year if mo < anchor.month else anchor.year - 1
        elif rel in ("next", "this coming", "the following"):
            y = anchor.year if mo > anchor.month else anchor.year + 1
        else:
            y, _ = _pick_year_for_month(mo, anchor, tense)
        return date(y, mo, 1), _month_end(y, mo), "month", "relative"
    if name == "quarter":
        q = _ORD[(g["q"] or g["q2"]).lower()]
        if g["y"] or g["y2"]:
            y, C = int(g["y"] or g["y2"]), "explicit_month"
        else:
            if anchor is None:
                return None, None, "quarter", "no_tense"
            y, C = anchor.year + {"last": -1, "this": 0, "next": 1}[g["yrel"].lower()], "relative"
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter", C
    if name == "season":
        det = re.sub(r"\s+", " ", (g["det"] or "").lower())
        sname = g["s"].lower()
        if g["s"][0].isupper() and not g["y"]:
            return None
        if not det and not g["y"]:
            return None
        if sname == "fall" and det not in ("in the", "this", "last", "next", "this past", "this coming", "during the", "by the", "over the") and not g["y"]:
            return None
        m1, m2 = _SEASONS[sname]
        if g["y"]:
            y, C = int(g["y"]), "explicit_month"
        else:
            if anchor is None:
                return None, None, "season", "no_tense"
            # seasons as (year, start month); winter belongs to the year of its December
            cur_y = anchor.year if not (sname == "winter" and anchor.month <= 2) else anchor.year - 1
            s0 = date(cur_y, m1, 1)
            e0 = _month_end(cur_y + (1 if m2 < m1 else 0), m2)
            C = "tense_dependent"
            if det in ("last", "this past") or (tense == "past" and det not in ("next", "this coming")):
                y = cur_y if s0 <= anchor else cur_y - 1
                if det == "last" and e0 >= anchor >= s0:
                    y = cur_y - 1
                C = "relative" if det in ("last", "this past") else C
            elif det in ("next", "this coming") or tense == "future":
                y = cur_y if e0 >= anchor else cur_y + 1
                if det == "next" and s0 <= anchor <= e0:
                    y = cur_y + 1
                C = "relative" if det in ("next", "this coming") else C
            else:
                y, C = cur_y, "no_tense"
        s = date(y, m1, 1)
        e = _month_end(y + (1 if m2 < m1 else 0), m2)
        if g["part"]:
            a, b = lex.parts["season"][g["part"].lower()]
            ms = s.year * 12 + s.month - 1
            s = date((ms + a) // 12, (ms + a) % 12 + 1, 1)
            s_end = ms + b
            e = _month_end(s_end // 12, s_end % 12 + 1)
        return s, e, "season", C
    if name in ("weekday", "weekday_range"):
        if anchor is None:
            return None, None, "day", "no_tense"
        wrel = (g["wrel"] or "").lower()
        if name == "weekday":
            d = _weekday_date(_WEEKDAYS[g["w"].lower().rstrip("s")], anchor, tense, g["mod"], wrel)
            return d, d, "day", "relative" if (g["mod"] or wrel) else "tense_dependent"
        w1, w2 = _WEEKDAYS[g["w1"].lower().rstrip("s")], _WEEKDAYS[g["w2"].lower().rstrip("s")]
        s = _weekday_date(w1, anchor, tense, "", wrel)
        e = s + timedelta(days=(w2 - w1) % 7)
        return s, e, "multi-day", "relative" if wrel else "tense_dependent"
    if name == "weekend":
        if anchor is None:
            return None, None, "weekend", "no_tense"
        mod = re.sub(r"\s+", " ", g["mod"].lower())
        sat_this = _week_start(anchor) + timedelta(days=5)
        if mod in ("last", "this past", "the previous"):
            sat = sat_this if anchor > sat_this + timedelta(days=1) else sat_this - timedelta(days=7)
            sat = sat_this - timedelta(days=7) if anchor <= sat_this + timedelta(days=1) else sat_this
        elif mod in ("next", "this coming", "the following"):
            sat = sat_this if anchor < sat_this else sat_this + timedelta(days=7)
        elif tense == "past":
            sat = sat_this if anchor >= sat_this else sat_this - timedelta(days=7)
        else:
            sat = sat_this
        return sat, sat + timedelta(days=1), "weekend", "relative"
    if name == "rel_unit":
        if anchor is None:
            return None, None, g["unit"].lower(), "no_tense"
        rel = re.sub(r"\s+", " ", g["rel"].lower()).replace("the ", "")
        off = {"last": -1, "previous": -1, "this": 0, "current": 0, "same": 0, "next": 1, "following": 1}[rel]
        unit = g["unit"].lower()
        pre = (g["pre"] or "").lower()
        if unit == "week":
            s = _week_start(anchor) + timedelta(days=7 * off)
            e = s + timedelta(days=6)
        elif unit == "month":
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 + off, 12)
            s, e = date(y, mo + 1, 1), _month_end(y, mo + 1)
        elif unit == "year":
            s, e = date(anchor.year + off, 1, 1), date(anchor.year + off, 12, 31)
        else:
            d0 = (anchor.year // 10) * 10 + 10 * off
            s, e = date(d0, 1, 1), date(d0 + 9, 12, 31)
        gran = unit if unit != "decade" else "decade"
        if pre:
            if pre == "earlier" and off == 0:
                return s, anchor, f"{unit}_part" if unit in ("month", "year") else gran, "relative"
            if pre == "later" and off == 0:
                return anchor, e, f"{unit}_part" if unit in ("month", "year") else gran, "relative"
            p = {"earlier": "early", "later": "late"}.get(pre, pre)
            if unit == "month":
                s, e = _part_of_month(s.year, s.month, p, lex)
            elif unit == "year":
                s, e = _part_of_year(s.year, p, lex)
            gran = f"{unit}_part" if unit in ("month", "year") else gran
        return s, e, gran, "relative"
    if name == "rolling":
        if anchor is None:
            return None, None, "rolling", "no_tense"
        n = _num(g["n"]) or (3 if (g["n"] or "").lower() in ("few", "several") else 1)
        days = {"days": 1, "weeks": 7, "months": 30, "years": 365, "decades": 3652}[g["unit"].lower()] * n
        rel = g["rel"].lower()
        if "next" in rel or "coming" in rel:
            return anchor, anchor + timedelta(days=days), "rolling", "relative"
        return anchor - timedelta(days=days), anchor, "rolling", "relative"
    if name in ("ago", "in_n"):
        if anchor is None:
            return None, None, "day", "no_tense"
        n = _num(g.get("n") or g.get("n2"))
        unit = (g["unit"] or g.get("unit2") or "").lower()
        if n is None:
            return None
        sign = -1 if name == "ago" else 1
        if unit == "day":
            d = anchor + timedelta(days=sign * n)
            return d, d, "day", "relative"
        if unit == "week":
            s = _week_start(anchor + timedelta(days=sign * 7 * n))
            return s, s + timedelta(days=6), "week", "relative"
        if unit == "month":
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 + sign * n, 12)
            return date(y, mo + 1, 1), _month_end(y, mo + 1), "month", "relative"
        y = anchor.year + sign * n
        return date(y, 1, 1), date(y, 12, 31), "year", "relative"
    if name == "deictic":
        if anchor is None:
            return None, None, "day", "no_tense"
        w = g["w"].lower()
        off = {"yesterday": -1, "tomorrow": 1}.get(w, 0)
        d = anchor + timedelta(days=off)
        return d, d, "day", "relative"
    if name == "decade":
        d0 = int(g["dec"])
        s, e = date(d0, 1, 1), date(d0 + 9, 12, 31)
        low = surface.lower()
        if "early" in low:
            e = date(d0 + 3, 12, 31)
        elif "mid" in low:
            s, e = date(d0 + 3, 1, 1), date(d0 + 6, 12, 31)
        elif "late" in low:
            s = date(d0 + 6, 1, 1)
        return s, e, "decade", "explicit_year"
    if name == "year":
        y = int(g["y"])
        return date(y, 1, 1), date(y, 12, 31), "year", "explicit_year"
    return None


_TENSE_RULES = {"month", "md_range", "dm_range", "mdy", "dmy", "part_month", "season", "weekday",
                "weekday_range", "weekend", "month_range"}


def _needs_tense(name: str, m: re.Match) -> bool:
    """Whether resolving this match depends on the clause's tense (no year, no next/last)."""
    if name not in _TENSE_RULES:
        return False
    g = m.groupdict()
    return not (g.get("y") or g.get("yrel") or g.get("wrel") or g.get("mod"))


def _bare_month(text: str, m: re.Match) -> bool:
    """Whether a bare capitalised month name is a date (not the modal verb "May")."""
    word = m.group("m")
    if word.lower().rstrip(".") in ("may", "mar", "jan", "jun", "jul", "aug", "oct", "nov", "dec", "sep",
                                    "sept", "apr", "feb"):
        return bool(_MAY_OK.search(text[max(0, m.start() - 20):m.start()]))
    return True


def resolve_dates(text: str, *, anchor: date | None, anchor_source: str = "published",
                  tense: str | None = None, lexicon: _Lexicon | None = None,
                  anchor_confidence: float | None = None) -> list[TimeExpr]:
    """Find and resolve the date expressions of one sentence.

    Args:
        text: A sentence (straight quotes preferred, as in ``sentences.text_match``).
        anchor: The reference date (publication date or an inferred anchor); ``None`` leaves
            relative expressions unresolved (``start``/``end`` ``None``) but keeps explicit ones.
        anchor_source: ``published``, ``estimated``, ``inferred`` or ``none``: scales confidence.
        tense: Force a tense for every expression; default: detected per clause.
        lexicon: A loaded lexicon (default the packaged one).
        anchor_confidence: Strength (0–1) of an inferred anchor (``estimate_anchor``):
            further scales the confidence of expressions resolved on it.

    Returns:
        Expressions in text order, non-overlapping (leftmost-longest).

    Examples:
        >>> from datetime import date
        >>> a = date(2022, 9, 7)
        >>> [(e.surface, str(e.start), str(e.end)) for e in
        ...  resolve_dates("The summit will be held in Samarkand on September 15 and 16.", anchor=a)]
        [('September 15 and 16', '2022-09-15', '2022-09-16')]
        >>> [(e.surface, str(e.start), e.granularity) for e in resolve_dates("He said so on Wednesday.", anchor=a)]
        [('Wednesday', '2022-09-07', 'day')]
        >>> resolve_dates("", anchor=a)
        []
    """
    if not text:
        return []
    lex = lexicon or load_lexicon()
    cands: list[tuple[int, int, str, dict]] = []
    # windows around trigger words, per trigger class; each rule runs only in its classes' windows
    wins: dict[str, list[list[int]]] = {}
    for t in _TRIGGER.finditer(text):
        a = max(0, t.start() - _WINDOW_BEFORE)
        b = min(len(text), t.end() + _WINDOW_AFTER)
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        while b < len(text) and not text[b].isspace():
            b += 1
        w = wins.setdefault(t.lastgroup, [])
        if w and a <= w[-1][1]:
            w[-1][1] = max(w[-1][1], b)
        else:
            w.append([a, b])
    if not wins:
        return []
    seen: set = set()
    for name, rx in _COMPILED:
        spans = sorted(ab for c in _NEEDS[name] for ab in wins.get(c, ()))
        merged: list[list[int]] = []
        for a, b in spans:
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        for a, b in merged:
            for m in rx.finditer(text, a, b):
                key = (m.start(), m.end(), name)
                if key not in seen:
                    seen.add(key)
                    cands.append((m.start(), m.end(), name, m))
    # a bare month ("in December") is matched separately: the combined regex prefers longer rules
    for m in _BARE_MONTH.finditer(text) if "M" in wins else ():
        if _bare_month(text, m):
            cands.append((m.start(), m.end(), "month", m))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[TimeExpr] = []
    cache = None
    last = -1
    factor = lex.anchor_factor.get(anchor_source, 0.5) if anchor is not None else 0.0
    if anchor_confidence is not None:
        factor *= max(0.0, min(1.0, anchor_confidence))
    for s, e, name, m in cands:
        if s < last:
            continue
        surface = text[s:e]
        # months and weekdays must be capitalised (avoid "may", "march", "sat")
        if name not in ("year", "year_range", "iso", "decade", "rel_unit", "rolling", "ago", "in_n",
                        "deictic", "weekend", "part_year") and not (
                _CASE_SENSITIVE_MONTH.search(surface) or re.search(_WD, surface)):
            if name not in ("season", "quarter"):
                continue
        if tense is not None:
            t = tense
        elif _needs_tense(name, m):
            if cache is None:
                cache = _sentence_cues(text, lex)
            t = _clause_tense(text, s, e, lex, cache=cache)
        else:
            t = "none"  # explicit or self-anchored ("next week"): the tense does not change it
        if name == "month":
            if anchor is None:
                res = (None, None, "month", "no_tense")
            else:
                mo = _month_num(m.group("m"))
                y, known = _pick_year_for_month(mo, anchor, t)
                res = (date(y, mo, 1), _month_end(y, mo), "month", "tense_dependent" if known else "no_tense")
        else:
            res = _resolve(name, m.groupdict(), surface, anchor, t, lex)
        if res is None:
            continue
        start, end, gran, ckey = res
        # strip a leading "from " from the surface; keep "since" as an open interval
        lead = re.match(r"(?:from|between)\s+", surface, re.I)
        if lead:
            s += lead.end()
            surface = text[s:e]
        conf = lex.confidence[ckey]
        if ckey.startswith("explicit") and start is not None:
            conf_f = 1.0
        else:
            conf_f = factor
        if _SINCE.search(text[max(0, s - 18):s]) and start is not None and anchor is not None \
                and re.search(r"since\s+(?:the\s+)?$", text[max(0, s - 18):s], re.I):
            gran, end = "since", max(anchor, start)
        out.append(TimeExpr(s, e, surface, start, end, gran, t, round(conf * conf_f, 3), name))
        last = e
    return out


# --------------------------------------------------------------------------- anchors
_EXPLICIT_DAY = re.compile(rf"(?P<m>{_M})\s+(?P<d>{_D}),?\s+(?P<y>{_Y})(?!\d)|(?P<d2>{_D})\s+(?P<m2>{_M}),?\s+(?P<y2>{_Y})(?!\d)")
_EXPLICIT_MONTH = re.compile(rf"(?P<m>{_M})(?:\s+of)?,?\s+(?P<y>{_Y})(?![\d%])")
_EXPLICIT_YEAR = re.compile(rf"(?<![\d$£€.,/-])(?P<y>{_Y})(?![\d%]|,\d|\.\d|\s*(?:billion|million|bn|trillion))")
_CAP_WORD_BEFORE = re.compile(r"(?<![.!?:;\n\"“]\s)(?<!^)\b(?P<w>[A-Z][A-Za-z]+)(?:['’]s)?\s+$")
_YEAR_BEFORE = re.compile(rf"{_Y}\s*(?:-|–|—|to|through|until|and)?\s*$", re.I)


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
    d = _read_yaml(path)["anchor_inference"]
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
    if rules.target_before.search(before) and not _YEAR_BEFORE.search(before):
        return "target"
    if rules.name_before.search(before) or rules.name_after.search(after):
        return "name"
    cap = _CAP_WORD_BEFORE.search(before)
    if cap and s - len(cap.group(0)) > 0 and cap.group("w").lower() not in _MONTHS \
            and cap.group("w").lower() not in rules.not_name_words and cap.group("w").lower() not in _WEEKDAYS:
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
    rules = _anchor_rules(str(lexicon) if lexicon is not None else str(paths.resource("temporal.yml")))
    # evidence: (precision, start, point) of past dates; targets: years bounding from above
    past: list[tuple[str, date, date]] = []
    targets: list[int] = []
    year_counts: dict[int, int] = {}
    for text in sentences:
        if not text or not _TRIGGER.search(text):
            continue
        cache = None
        covered: list[tuple[int, int]] = []

        def tense_at(s: int, e: int, *, clause_only: bool = True) -> str:
            # full dates: only their own clause counts (a dateline after a quote); bare years:
            # the nearest cue of the sentence when their clause has none
            nonlocal cache
            if cache is None:
                cache = _sentence_cues(text, lex)
            if clause_only:
                return _clause_only_tense(text, s, e, lex, cache)
            return _clause_tense(text, s, e, lex, cache=cache)

        def ok_year(y: int) -> bool:
            return max_year is None or y <= max_year

        for m in _EXPLICIT_DAY.finditer(text):
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
        for m in _EXPLICIT_MONTH.finditer(text):
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
        for m in _EXPLICIT_YEAR.finditer(text):
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
