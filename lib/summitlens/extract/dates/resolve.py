"""Resolution of English date expressions to inclusive date intervals.

Every expression found in a sentence is resolved to ``[start, end]`` (inclusive dates) with a
granularity, anchored on a reference date (the article's publication date, or an anchor
inferred from the article's own explicit dates) and on the tense of the clause it sits in:
"in December" in a past-tense clause is the previous December, in a future clause the next.
Unknown anchor: relative expressions stay unresolved (``start``/``end`` None), never today.

Resolver rules with an id (``temporal.yml`` ``resolution.rules_off`` turns them off): a
future cue before a date governs it over a later past participle or a past cue in a
subordinate clause between them (``future_head``: "plans to testify, for the first time since
the deal was announced, … on Dec. 10"); a month or day without a year right after a date with a
written year takes that year (``sentence_year``: "in July 2016 and again in October"); "a decade
ago" is the year ten years back (``one_decade_year``); a year before 1800 after "in"/"since" is a
year (``early_year``); "a decade later", "the year before" count from the full date written
before them in the sentence (``sentence_relative``); two complete days joined by "and" ("on
Feb. 6 and Feb. 17", "Thursday and Friday") are two dates, not a range (``and_full_dates``);
(twenty-second pass) "last Sept. 30" is a day, the latest such day before the anchor
(``rel_month_day``); "at the end of the month" is a part of the month written before it in the
sentence, else of the anchor's month (``part_the_month``); "this election cycle" is the cycle of
``calendar.yml`` ``election_cycle`` holding the anchor (``election_cycle``). A bare month inside a
capitalised name ("a donation to March For Our Lives") is no date (``title_month``). (Dates pass
eight) "the year" standing as a date of its own ("a start to the year", "his final briefing of the
year", "The year started off …") is the year written before it in the sentence, else the anchor's
(``the_year``); an abbreviated month glued by its dot to the day ("on or about Nov.18") is that
day (``glued_day``, shipped in rules_off: one gold sentence); a bare weekday read as future six
days ahead, not after a deadline word ("by Monday"), is the day before the anchor ("on Wednesday"
in a Thursday article: ``yesterday_weekday``). (Dates pass nine) "in some two years" is a count
ahead like "in two years" (``in_n_approx``, shipped in rules_off: one gold sentence). (Dates pass
twelve) "a couple of weeks ago" counts two back (``couple_ago``); "over the past year and a half",
"in the last month and a half" are rolling spans of one unit and a half (``rolling_half``); "in the
past week" is the seven days up to the anchor (``rolling_in_past``, shipped in rules_off: one gold
sentence); a bare weekday with no past cue (present tense or none: "The wait continues Sunday") is
the occurrence nearest the anchor, ties to the past (``present_weekday``); "as early as" before a
date is no future cue when the nearest cue before it in its clause is a past verb ("was circulating
in Wuhan as early as mid-November": ``early_as_past``, shipped in rules_off: one gold sentence);
"in the last 24 hours" is the days the hours reach up to the anchor (``rolling_hours``) and "in the
22 months since …" the span back from the anchor (``units_since``), both shipped in rules_off (one
gold sentence each).

Pure functions, regexes compiled once, no ``dateparser`` at run time. Vocabulary lives in
``resources/calendar.yml``, rules in ``resources/temporal.yml``.

Examples:
    >>> from datetime import date
    >>> [(e.surface, str(e.start), str(e.end), e.granularity)
    ...  for e in resolve_dates("They met in December.", anchor=date(2023, 3, 17))]
    [('December', '2022-12-01', '2022-12-31', 'month')]
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from summitlens.extract.dates.lexicon import TemporalLexicon, load_lexicon
from summitlens.extract.dates.patterns import RULE_NEEDS, compiled_patterns, foldable_text
from summitlens.extract.dates.tense import clause_tense, sentence_cues
from summitlens.extract.dates.vocabulary import load_calendar, month_number, movable_day, number_value

__all__ = ["TimeExpr", "resolve_dates", "GRANULARITIES"]

GRANULARITIES = ("day", "multi-day", "weekend", "week", "month_part", "month", "multi-month",
                 "season", "quarter", "year_part", "year", "multi-year", "decade", "since", "rolling")

_WINDOW_BEFORE, _WINDOW_AFTER = 48, 64

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


# --------------------------------------------------------------------------- helpers
def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _clip_day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _part_name(written: str) -> str:
    """The part a written part of a period means ("the first days of" -> "early")."""
    part = re.sub(r"^the\s+|\s+of$", "", re.sub(r"\s+", " ", written.lower()))
    return load_calendar().part_aliases.get(part, part)


def _month_part_name(written: str) -> str:
    """The part of a month a written part means, "earlier"/"later" read as early/late ("earlier in
    the month" -> "early").

    Examples:
        >>> _month_part_name("the end of"), _month_part_name("earlier in")
        ('end', 'early')
    """
    part = _part_name(written)
    return {"earlier": "early", "later": "late"}.get(part, part)


def _part_of_month(y: int, m: int, part: str, lex) -> tuple[date, date]:
    a, b = lex.parts["month"].get(part, (1, 31))
    last = calendar.monthrange(y, m)[1]
    return date(y, m, min(a, last)), date(y, m, min(b, last))


def _part_of_year(y: int, part: str, lex) -> tuple[date, date]:
    a, b = lex.parts["year"].get(part, (1, 12))
    return date(y, a, 1), _month_end(y, b)


_TITLE_NEXT = re.compile(r"\s+([A-Z][a-z]*)\s+[A-Z]")


def _title_month(text: str, s: int, e: int) -> bool:
    """A bare month that is a word of a capitalised title or name: written after a lower-case word
    (or an opening quotation mark after one) and before a capitalised title word
    (``calendar.yml`` ``pattern_words.title_words``) and another capitalised word ("a donation to
    March For Our Lives"); in a title-case headline ("Talks Set In March For Leaders") the word
    before is capitalised too, and the month stays a date (``title_month``).

    Examples:
        >>> t = "She gave to March For Our Lives and met him in March for talks."
        >>> _title_month(t, 12, 17), _title_month(t, t.rindex("March"), t.rindex("March") + 5)
        (True, False)
    """
    m = _TITLE_NEXT.match(text, e)
    if m is None or m.group(1).lower() not in load_calendar().pattern_words.get("title_words", ()):
        return False
    before = re.search(r"([A-Za-z]+)[^A-Za-z]*$", text[max(0, s - 40):s])
    return before is not None and before.group(1)[0].islower()


def _month_num(s: str) -> int:
    return month_number(s)


def _num(s: str | None) -> int | None:
    return number_value(s)


def _count(s: str | None) -> float | None:
    """A count that may be a decimal ("4.5 years")."""
    if s and re.fullmatch(r"\d+\.\d+", s):
        return float(s)
    return number_value(s)


def _pick_year_for_month(m: int, anchor: date, tense: str, day: int | None = None) -> tuple[int, bool]:
    """Year for a month (and day) without year: latest not after the anchor in the past
    tense, earliest not before in the future tense, else the anchor's year."""
    key = (m, day or 0)
    akey = (anchor.month, anchor.day if day else 0)
    if tense == "past":
        return (anchor.year if key <= akey else anchor.year - 1), True
    if tense == "future":
        return (anchor.year if key >= akey else anchor.year + 1), True
    if tense == "nearest":
        # no cue at all: the occurrence nearest the anchor (a month ahead or back, not a year)
        dd = min(day or 15, 28)
        return min((anchor.year - 1, anchor.year, anchor.year + 1),
                   key=lambda y: (abs((date(y, m, dd) - anchor).days), -y)), False
    return anchor.year, False


def _rel_month_year(mo: int, rel: str, anchor: date, tense: str) -> int:
    """Year of "last/next/this <month>" from the anchor."""
    rel = re.sub(r"\s+", " ", rel.lower())
    if rel in ("last", "this past", "the previous"):
        return anchor.year if mo < anchor.month else anchor.year - 1
    if rel in ("next", "this coming", "the following"):
        return anchor.year if mo > anchor.month else anchor.year + 1
    return _pick_year_for_month(mo, anchor, tense)[0]


def _rel_day_year(mo: int, d: int, rel: str, anchor: date) -> int:
    """Year of "last/next <month> <day>" from the anchor: the latest such day before the anchor,
    or the earliest after it (``rel_month_day``: "last Sept. 30" on 2012-06-20 is 2011-09-30).

    Examples:
        >>> _rel_day_year(9, 30, "last", date(2012, 6, 20)), _rel_day_year(3, 1, "next", date(2012, 6, 20))
        (2011, 2013)
    """
    back = re.sub(r"\s+", " ", rel.lower()).split()[-1] in ("last", "past", "previous")
    if back:
        return anchor.year if (mo, d) < (anchor.month, anchor.day) else anchor.year - 1
    return anchor.year if (mo, d) > (anchor.month, anchor.day) else anchor.year + 1


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
    if mod == "last":
        # "last Monday" is the Monday of the previous Monday-Sunday week
        return _week_start(anchor) - timedelta(days=7 - w)
    if mod == "this past":
        delta = (anchor.weekday() - w) % 7 or 7
        return anchor - timedelta(days=delta)
    if mod in ("this coming", "coming"):
        return anchor + timedelta(days=(w - anchor.weekday()) % 7 or 7)
    if tense == "future":
        return anchor + timedelta(days=(w - anchor.weekday()) % 7)
    if tense == "nearest" and (w - anchor.weekday()) % 7 < (anchor.weekday() - w) % 7:
        return anchor + timedelta(days=(w - anchor.weekday()) % 7)  # "a Friday meeting" on Thursday
    # past, present and unknown: the latest such day on or before the anchor (news usage)
    return anchor - timedelta(days=(anchor.weekday() - w) % 7)


def _one_day(year: str | None, mo: int, d: int, anchor: date | None, tense: str
             ) -> tuple[date | None, date | None, str, str] | None:
    """Day ``d`` of month ``mo`` in the written ``year``, or (none written) in the year the
    tense picks from the anchor; None when no such day exists."""
    if year:
        y, C = int(year), "explicit_day"
    else:
        if anchor is None:
            return None, None, "day", "no_tense"
        y, known = _pick_year_for_month(mo, anchor, tense, d)
        C = "tense_dependent" if known else "no_tense"
    s = _clip_day(y, mo, d)
    return (s, s, "day", C) if s else None


def _named_day(key: str, year: str | None, anchor: date | None, tense: str, lex: TemporalLexicon
               ) -> tuple[date | None, date | None, str, str] | None:
    """A named day ("Christmas", "Thanksgiving"): in the written year; else its occurrence
    nearest the anchor when that lies within ``named_day_nearest_days`` ("a happy New Year"
    on December 28, "before Martin Luther King Jr. Day" the day before it), else by tense."""
    cal = load_calendar()

    def on(y: int) -> date | None:
        if key in cal.movable_days:
            return movable_day(key, y, calendar=cal)
        return _clip_day(y, *cal.named_days[key])

    if year:
        d = on(int(year))
        return (d, d, "day", "explicit_day") if d else None
    if anchor is None:
        return None, None, "day", "no_tense"
    days = [d for d in (on(y) for y in range(anchor.year - 1, anchor.year + 2)) if d is not None]
    if not days:
        return None
    near = min(days, key=lambda d: (abs((d - anchor).days), d))
    if abs((near - anchor).days) <= lex.named_day_nearest_days:
        return near, near, "day", "relative"
    if tense == "past":
        d = max((d for d in days if d <= anchor), default=near)
    elif tense == "future":
        d = min((d for d in days if d >= anchor), default=near)
    else:
        d = next((d for d in days if d.year == anchor.year), near)
    return d, d, "day", "tense_dependent" if tense in ("past", "future") else "no_tense"


def _weekday_year(text: str, s: int, day: date, tense: str, weekday_rx: str) -> date | None:
    """A day without a year written after its weekday ("Monday, December 26"): the same day
    of the year nearest the tense's pick, in the tense's direction, on which it is that
    weekday (within six years); None when no weekday is written or none fits."""
    m = re.search(rf"(?<![A-Za-z])({weekday_rx}),?\s*$", text[max(0, s - 14):s], re.I)
    if m is None:
        return None
    w = load_calendar().weekdays.get(m.group(1).lower().rstrip("s"))
    if w is None or day.weekday() == w:
        return None
    steps = {"past": (-1,), "future": (1,)}.get(tense, (-1, 1))
    for k in range(1, 7):
        for sign in steps:
            d = _clip_day(day.year + sign * k, day.month, day.day)
            if d is not None and d.weekday() == w:
                return d
    return None


# --------------------------------------------------------------------------- resolution
def _resolve(name: str, g: dict, surface: str, anchor: date | None, tense: str,
             lex: TemporalLexicon) -> tuple[date | None, date | None, str, str] | None:
    """(start, end, granularity, confidence-key) or None when the match is not a date."""
    C = "explicit_day"
    if name in ("mdy_range_y", "dmy_range_y"):
        s = _clip_day(int(g["y1"]), _month_num(g["m1"]), int(re.sub(r"\D", "", g["d1"])))
        e = _clip_day(int(g["y2"]), _month_num(g["m2"]), int(re.sub(r"\D", "", g["d2"])))
        if s is None or e is None or e < s or (e - s).days > 400:
            return None
        return s, e, "multi-day", "explicit_range"
    if name == "my_range":
        y1, y2 = int(g["y1"]), int(g["y2"])
        m1, m2 = _month_num(g["m1"]), _month_num(g["m2"])
        if (y2, m2) < (y1, m1) or y2 - y1 > 10:
            return None
        return date(y1, m1, 1), _month_end(y2, m2), "multi-month", "explicit_month"
    if name == "first_n":
        n = _num(g["n"])
        per = 3 if g["unit"].lower().startswith("quarter") else 1
        if n is None or not 1 <= n * per <= 12:
            return None
        if g["y"]:
            y, C = int(g["y"]), "explicit_month"
        else:
            if anchor is None:
                return None, None, "multi-month", "no_tense"
            rel = (g["yrel"] or "this").lower().split()[-1]
            y, C = anchor.year + {"last": -1, "next": 1}.get(rel, 0), "relative"
        return date(y, 1, 1), _month_end(y, n * per), "multi-month", C
    if name == "named_day":
        return _named_day(" ".join(g["nd"].lower().split()), g["y"], anchor, tense, lex)
    if name == "decade_end":
        if anchor is None:
            return None, None, "year", "no_tense"
        y = (anchor.year // 10 + 1) * 10
        return date(y, 1, 1), date(y, 12, 31), "year", "relative"
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
        return _one_day(g["y"], mo, d, anchor, tense)
    if name == "year_range":
        y1 = int(g["y1"])
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else (y1 // 100) * 100 + int(g["y2"])
        if not (y1 < y2 <= y1 + 50):
            return None
        if (g.get("sep") or "").lower() == "and" and not surface.lower().startswith("between"):
            return None  # "in 1996 and 1997": two years, not a range (only "between X and Y" is)
        return date(y1, 1, 1), date(y2, 12, 31), "multi-year", "explicit_year"
    if name in ("part_month", "part_year"):
        part = _part_name(g["part"])
        if name == "part_month":
            mo = _month_num(g["m"])
            if g["y"]:
                y, C = int(g["y"]), "explicit_month"
            elif g.get("mrel"):
                if anchor is None:
                    return None, None, "month_part", "no_tense"
                y, C = _rel_month_year(mo, g["mrel"].lower(), anchor, tense), "relative"
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
            if part in ("earlier", "later"):
                # "earlier in May" in May splits the month at the anchor; another May is whole
                s, e = date(y, mo, 1), _month_end(y, mo)
                if anchor is not None and (y, mo) == (anchor.year, anchor.month):
                    s, e = (s, max(s, anchor - timedelta(days=1))) if part == "earlier" else \
                        (min(e, anchor + timedelta(days=1)), e)
                return s, e, "month_part", C
            s, e = _part_of_month(y, mo, {"earlier": "early", "later": "late"}.get(part, part), lex)
            return s, e, "month_part", C
        part = {"earlier in": "earlier", "later in": "later"}.get(part, part)
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
                    return date(y, 1, 1), max(date(y, 1, 1), anchor - timedelta(days=1)), "year_part", C
                return min(date(y, 12, 31), anchor + timedelta(days=1)), date(y, 12, 31), "year_part", C
            if rel == "the" and tense == "past" and _part_of_year(y, part, lex)[0] > anchor:
                y -= 1  # "at the end of the year was ...": a year-end already past
        if part in lex.year_end_parts:
            # "the end of 2018" is late December (as "the end of March" is late March)
            s, e = _part_of_month(y, 12, "late", lex)
            return s, e, "month_part", C
        s, e = _part_of_year(y, part, lex)
        return s, e, "year_part", C
    if name == "month_range":
        m1, m2 = _month_num(g["m1"]), _month_num(g["m2"])
        if (g.get("msep") or "").strip().lower() in ("and", "&") and (m2 - m1) % 12 != 1 \
                and not surface.lower().startswith("between"):
            return None  # "in March and April" is one span; "in March and October" two months
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
    if name == "rel_month_day":
        mo, d = _month_num(g["m"]), int(re.sub(r"\D", "", g["d"]))
        if g.get("y"):
            return _one_day(g["y"], mo, d, anchor, tense)
        if anchor is None:
            return None, None, "day", "no_tense"
        s = _clip_day(_rel_day_year(mo, d, g["rel"], anchor), mo, d)
        return (s, s, "day", "relative") if s else None
    if name == "part_the_month":
        if anchor is None:
            return None, None, "month_part", "no_tense"
        s, e = _part_of_month(anchor.year, anchor.month, _month_part_name(g["part"]), lex)
        return s, e, "month_part", "relative"
    if name == "the_year":
        if anchor is None:
            return None, None, "year", "no_tense"
        return date(anchor.year, 1, 1), date(anchor.year, 12, 31), "year", "relative"
    if name == "election_cycle":
        if anchor is None:
            return None, None, "multi-year", "no_tense"
        n = load_calendar().cycle_years
        rel = re.sub(r"\s+", " ", g["rel"].lower()).split()[-1]
        last = anchor.year + (-anchor.year) % n + {"last": -n, "previous": -n, "next": n}.get(rel, 0)
        return date(last - n + 1, 1, 1), date(last, 12, 31), "multi-year", "relative"
    if name == "rel_month":
        if anchor is None:
            return None, None, "month", "no_tense"
        mo = _month_num(g["m"])
        y = _rel_month_year(mo, g["rel"], anchor, tense)
        return date(y, mo, 1), _month_end(y, mo), "month", "relative"
    if name == "quarter":
        if g.get("q3"):
            # "the first quarter", "the third and fourth quarters": the anchor's year, the
            # previous one in a past clause when the quarter starts after the anchor
            q1 = load_calendar().ordinals[g["q3"].lower()]
            q2 = load_calendar().ordinals[(g["q4"] or g["q3"]).lower()]
            if not 1 <= q1 <= q2 <= 4:
                return None
            if anchor is None:
                return None, None, "quarter", "no_tense"
            y = anchor.year - (1 if tense == "past" and date(anchor.year, 3 * q1 - 2, 1) > anchor else 0)
            return date(y, 3 * q1 - 2, 1), _month_end(y, 3 * q2), "quarter", "relative"
        q = load_calendar().ordinals[(g["q"] or g["q2"]).lower()]
        if not 1 <= q <= 4:
            return None
        if g["y"] or g["y2"]:
            y, C = int(g["y"] or g["y2"]), "explicit_month"
        else:
            if anchor is None:
                return None, None, "quarter", "no_tense"
            y, C = anchor.year + {"last": -1, "this": 0, "next": 1}[g["yrel"].lower()], "relative"
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter", C
    if name == "rel_quarter":
        # (dates pass eleven) "last quarter": the calendar quarter before the anchor's (``rel_quarter``)
        if anchor is None:
            return None, None, "quarter", "no_tense"
        rel = re.sub(r"\s+", " ", g["rel"].lower()).split()[-1]
        n = anchor.year * 4 + (anchor.month - 1) // 3 + {"last": -1, "previous": -1, "next": 1, "following": 1}.get(rel, 0)
        y, q = divmod(n, 4)
        return date(y, 3 * q + 1, 1), _month_end(y, 3 * q + 3), "quarter", "relative"
    if name == "season":
        g = {**g, "y": g["y"] or g.get("y0")}  # "the 2019 summer floods"
        det = re.sub(r"\s+", " ", (g["det"] or "").lower())
        sname = g["s"].lower()
        if g["s"][0].isupper() and not g["y"]:
            return None
        if not det and not g["y"]:
            return None
        if sname == "fall" and det not in load_calendar().pattern_words["fall_determiners"] and not g["y"]:
            return None
        m1, m2 = load_calendar().seasons[sname]
        if g.get("s2"):  # "the spring or summer of 1993": both seasons
            m2 = load_calendar().seasons[g["s2"].lower()][1]
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
            elif det in ("next", "this coming", "come") or tense == "future":
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
            d = _weekday_date(load_calendar().weekdays[g["w"].lower().rstrip("s")], anchor, tense, g["mod"], wrel)
            return d, d, "day", "relative" if (g["mod"] or wrel) else "tense_dependent"
        w1, w2 = load_calendar().weekdays[g["w1"].lower().rstrip("s")], load_calendar().weekdays[g["w2"].lower().rstrip("s")]
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
        elif tense == "future" or anchor >= sat_this:
            sat = sat_this
        else:
            # no cue: the weekend nearest the anchor, ties to the past ("over the weekend" in a
            # Monday report is the weekend just gone)
            prev = sat_this - timedelta(days=7)
            sat = prev if (anchor - prev).days - 1 <= (sat_this - anchor).days else sat_this
        return sat, sat + timedelta(days=1), "weekend", "relative"
    if name == "rel_unit":
        if anchor is None:
            return None, None, g["unit"].lower(), "no_tense"
        rel = g["rel"].lower().split()[-1]  # "the previous" -> "previous", "that same" -> "same"
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
            # "earlier this month": before the day of writing; "later this month": after it
            if pre == "earlier" and off == 0:
                return s, max(s, anchor - timedelta(days=1)), f"{unit}_part" if unit in ("month", "year") else gran, "relative"
            if pre == "later" and off == 0:
                return min(e, anchor + timedelta(days=1)), e, f"{unit}_part" if unit in ("month", "year") else gran, "relative"
            p = {"earlier": "early", "later": "late"}.get(pre, pre)
            if unit == "month":
                s, e = _part_of_month(s.year, s.month, p, lex)
            elif unit == "year":
                s, e = _part_of_year(s.year, p, lex)
            gran = f"{unit}_part" if unit in ("month", "year") else gran
        return s, e, gran, "relative"
    if name == "two_years":
        if anchor is None:
            return None, None, "multi-year", "no_tense"
        off = {"last": -1, "this": 0, "next": 1}
        y1, y2 = sorted(anchor.year + off[g[k].lower()] for k in ("r1", "r2"))
        return date(y1, 1, 1), date(y2, 12, 31), "multi-year", "relative"
    if name == "part_rel":
        if anchor is None:
            return None, None, "month_part", "no_tense"
        s, _, _, _ = _resolve("rel_unit", {"pre": None, "rel": g["rel"], "unit": "month"}, surface, anchor,
                              tense, lex)
        s, e = _part_of_month(s.year, s.month, _month_part_name(g["part"]), lex)
        return s, e, "month_part", "relative"
    if name == "rolling_hours":
        # "in the last 24 hours": the days the hours reach, counted whole (rolling_hours)
        g = {"n": str(-(-int(g["n"]) // 24)), "n_hi": None, "unit": "days", "rel": g["rel"]}
        name = "rolling"
    if name == "units_since":
        # "In the 22 months since he was appointed": the span back from the anchor (units_since)
        g = {"n": g["n"], "n_hi": None, "unit": g["unit"], "rel": "the past"}
        name = "rolling"
    if name == "rolling_half":
        # "over the past year and a half": one unit and a half (rolling_half)
        g = {**g, "n": "1.5"}
    if name in ("rolling_one", "these_n", "rolling_coming", "rolling_qualified", "rolling_decade",
                "rolling_half", "rolling_in_past"):
        g = {"n": g.get("n") or "1", "n_hi": None, "unit": g["unit"].lower().rstrip("s") + "s",
             "rel": g.get("rel") or "the past"}
        name = "rolling"
    if name in ("since_n", "couple_ago"):
        name = "ago"
    if name == "week_end":
        if anchor is None:
            return None, None, "week", "no_tense"
        s = _week_start(anchor)  # "by the end of the week": the anchor's week
        return s, s + timedelta(days=6), "week", "relative"
    if name == "within_the":
        return _resolve("rel_unit", {"pre": None, "rel": "this", "unit": g["unit"]}, surface, anchor, tense, lex)
    if name == "rest_of":
        if anchor is None:
            return None, None, "rolling", "no_tense"
        _, end, _, _ = _resolve("rel_unit", {"pre": None, "rel": "this", "unit": g["unit"]}, surface, anchor,
                                tense, lex)
        return anchor, end, "rolling", "relative"
    if name == "in_the_week":
        return _resolve("rel_unit", {"pre": g["pre"], "rel": "this", "unit": "week"}, surface, anchor, tense, lex)
    if name == "rolling":
        if anchor is None:
            return None, None, "rolling", "no_tense"
        n = _count(g.get("n_hi")) or _count(g["n"]) or 1  # "the next two or three years": the wider one
        unit = g["unit"].lower()
        rel = g["rel"].lower()
        sign = 1 if ("next" in rel or "coming" in rel or rel == "within") else -1
        months = n * {"months": 1, "years": 12, "decades": 120}.get(unit, 0)
        if unit in ("days", "weeks"):
            other = anchor + timedelta(days=sign * round(n * (7 if unit == "weeks" else 1)))
        elif months % 1:
            # a fraction of a month ("the last month and a half"): in days of an average month
            other = anchor + timedelta(days=sign * round(months * 30.44))
        else:
            months = round(months)
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 + sign * months, 12)
            other = date(y, mo + 1, min(anchor.day, calendar.monthrange(y, mo + 1)[1]))
        return (anchor, other, "rolling", "relative") if sign > 0 else (other, anchor, "rolling", "relative")
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
        if unit == "decade" and n <= lex.decade_year_max and "one_decade_year" not in lex.resolver_rules_off:
            y = anchor.year + sign * 10 * n  # "a decade ago": the year ten years back, as "10 years ago"
            return date(y, 1, 1), date(y, 12, 31), "year", "relative"
        if unit == "decade":
            d0 = (anchor.year + sign * 10 * n) // 10 * 10  # "six decades ago": the 1950s
            return date(d0, 1, 1), date(d0 + 9, 12, 31), "decade", "relative"
        y = anchor.year + sign * n
        return date(y, 1, 1), date(y, 12, 31), "year", "relative"
    if name == "unit_before":
        # "the year before": counted from a date before it in the sentence (resolve_dates)
        return None, None, g["unit"].lower(), "relative"
    if name == "later":
        # "two days later": anchored on an event of the text, not on the anchor: unresolved
        return None, None, {"decade": "decade"}.get(g["unit"].lower(), "day"), "no_tense"
    if name == "deictic":
        if anchor is None:
            return None, None, "day", "no_tense"
        w = " ".join(g["w"].lower().split())
        off = load_calendar().deictic_offsets.get(w, 0)
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
    if name in ("year", "early_year"):
        y = int(g["y"])
        return date(y, 1, 1), date(y, 12, 31), "year", "explicit_year"
    return None


_TENSE_RULES = {"part_year", "quarter", "named_day", "month", "md_range", "dm_range", "mdy", "dmy", "part_month", "season", "weekday",
                "weekday_range", "weekend", "month_range"}


def quote_spans(text: str, *, lexicon: TemporalLexicon | None = None) -> list[tuple[int, int]]:
    """Quotations of a sentence as ``(start, end)`` spans, marks included; a quotation left
    open runs to the end; (``open_quote_start``, shipped in rules_off: one gold sentence) a
    closing-only mark before any opening one closes a quotation from the sentence start.

    Examples:
        >>> quote_spans('He said "we met today" on Friday.')
        [(8, 22)]
    """
    lex = lexicon or load_lexicon()
    closing = {o: c for o, c in lex.quote_pairs}
    out: list[tuple[int, int]] = []
    i = 0
    if "open_quote_start" not in lex.resolver_rules_off:
        # (dates pass thirteen) a sentence that opens inside a quotation begun in an earlier one:
        # a closing-only mark before any opening mark closes a quotation from the sentence start
        # ("Earlier today, we … cut short a video clip …,” the news program tweeted late Sunday":
        # ``open_quote_start``)
        closers = {x for c in closing.values() for x in c} - set(closing)
        first = min((k for k in (text.find(x) for x in set(closing) | closers) if k >= 0), default=-1)
        if first >= 0 and text[first] in closers:
            out.append((0, first + 1))
            i = first + 1
    while True:
        # the next opening mark (one character each), found by str.find, not char by char
        i = min((k for k in (text.find(o, i) for o in closing) if k >= 0), default=-1)
        if i < 0:
            break
        c = closing[text[i]]
        j = min((k for k in (text.find(x, i + 1) for x in c) if k >= 0), default=-1)
        j = len(text) if j < 0 else j + 1
        out.append((i, j))
        i = j
    return out


def _speech_day(text: str, out: list[TimeExpr], anchor: date | None,
                lex: TemporalLexicon, quotes: list[tuple[int, int]] | None = None) -> list[TimeExpr]:
    """Deictic days inside a quotation ("today", "yesterday") counted from the one single
    day that dates the sentence outside its quotations ("'… as it was today,' Adrian told
    USA Today on Friday"), not from the anchor."""
    if anchor is None or not any(x.rule == "deictic" for x in out):
        return out  # (no deictic day to shift: spare the quotation scan)
    if quotes is None:
        quotes = quote_spans(text, lexicon=lex)
    if not quotes:
        return out

    def quoted(x: TimeExpr) -> bool:
        return any(a <= x.char_start and x.char_end <= b for a, b in quotes)

    outside = [x for x in out if not quoted(x)]
    if len(outside) != 1 or outside[0].start is None or outside[0].start != outside[0].end \
            or outside[0].rule == "deictic":
        return out
    shift = outside[0].start - anchor
    return [replace(x, start=x.start + shift, end=x.end + shift)
            if x.rule == "deictic" and x.start is not None and quoted(x) else x for x in out]


def _counted_from(out: list[TimeExpr], m: re.Match) -> tuple[date, date, str] | None:
    """An event-anchored count ("a decade later", "the year before", "two days earlier")
    counted from the last explicit date written before it in the sentence (``sentence_relative``:
    "In 2003, … $18.35; a decade later it was $15.83" is 2013); None without such a date or for
    a count back from the anchor ("ago").

    Examples:
        >>> import re
        >>> x = TimeExpr(3, 7, "2003", date(2003, 1, 1), date(2003, 12, 31), "year", "none", 0.85, "year")
        >>> m = re.match(r"(?P<n>a) (?P<unit>decade) (?P<dir>later)", "a decade later")
        >>> [str(d) for d in _counted_from([x], m)[:2]]
        ['2013-01-01', '2013-12-31']
    """
    g = m.groupdict()
    way = (g.get("dir") or "later").lower()
    if way == "ago":
        return None
    prev = next((x for x in reversed(out) if x.start is not None and x.end is not None), None)
    if prev is None or prev.rule not in _EXPLICIT_RULES:
        return None
    n = _num(g.get("n")) if g.get("n") else 1
    if n is None:
        return None
    sign = -1 if way in ("earlier", "prior", "before") else 1
    unit = g["unit"].lower()
    if unit in ("year", "decade"):
        if prev.start.year != prev.end.year:
            return None
        y = prev.start.year + sign * n * (10 if unit == "decade" else 1)
        return date(y, 1, 1), date(y, 12, 31), "year"
    if unit == "month" and (prev.start.year, prev.start.month) == (prev.end.year, prev.end.month):
        y, mo = divmod(prev.start.year * 12 + prev.start.month - 1 + sign * n, 12)
        return date(y, mo + 1, 1), _month_end(y, mo + 1), "month"
    if prev.start != prev.end:
        return None
    if unit == "day":
        d = prev.start + timedelta(days=sign * n)
        return d, d, "day"
    if unit == "week":
        s = _week_start(prev.start + timedelta(days=sign * 7 * n))
        return s, s + timedelta(days=6), "week"
    return None


#: Rules of dates written out in full (with their year): what an event-anchored count starts from.
_EXPLICIT_RULES = frozenset({"year", "early_year", "mdy", "dmy", "iso", "month_year"})


def _anaphoric(m: re.Match) -> bool:
    """A relative unit pointing back to the date before it ("that same year", "the same
    month": ``calendar.yml`` ``pattern_words.anaphoric``)."""
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    return rel in load_calendar().pattern_words.get("anaphoric", ())


def _same_as_before(out: list[TimeExpr], unit: str, start: date | None, end: date | None
                    ) -> tuple[date | None, date | None]:
    """The ``unit`` (year, month, week) holding the last resolved date before an anaphoric
    "that same year" when that date lies within one such unit ("in 2012, … that same year":
    2012); else ``(start, end)`` unchanged (the anchor's unit).

    Examples:
        >>> x = TimeExpr(3, 7, "2012", date(2012, 1, 1), date(2012, 12, 31), "year", "none", 0.85, "year")
        >>> [str(d) for d in _same_as_before([x], "year", date(2019, 1, 1), date(2019, 12, 31))]
        ['2012-01-01', '2012-12-31']
        >>> [str(d) for d in _same_as_before([x], "month", date(2019, 7, 1), date(2019, 7, 31))]
        ['2019-07-01', '2019-07-31']
    """
    prev = next((x for x in reversed(out) if x.start is not None and x.end is not None), None)
    if prev is None:
        return start, end
    a, b = prev.start, prev.end
    if unit == "year" and a.year == b.year:
        return date(a.year, 1, 1), date(a.year, 12, 31)
    if unit == "month" and (a.year, a.month) == (b.year, b.month):
        return date(a.year, a.month, 1), _month_end(a.year, a.month)
    if unit == "week" and _week_start(a) == _week_start(b):
        return _week_start(a), _week_start(a) + timedelta(days=6)
    return start, end


def _sentence_year(out: list[TimeExpr], start: date, end: date) -> tuple[date, date]:
    """A month or day without a year right after a date with a written year, in the same
    sentence and not earlier in that year ("briefed in July 2016 and again in October", "signed
    in October 2016 ahead of the November election"), takes that year (``sentence_year``).

    Examples:
        >>> x = TimeExpr(0, 9, "July 2016", date(2016, 7, 1), date(2016, 7, 31), "month", "none", 0.9, "month_year")
        >>> [str(d) for d in _sentence_year([x], date(2018, 10, 1), date(2018, 10, 31))]
        ['2016-10-01', '2016-10-31']
    """
    prev = out[-1] if out else None
    if prev is None or prev.start is None or prev.end is None or prev.start.year != prev.end.year \
            or not _WRITTEN_YEAR.search(prev.surface) or start.year != end.year:
        return start, end
    y = prev.start.year
    if y == start.year or (start.month, start.day) < (prev.end.month, 1):
        return start, end
    return _clip_day(y, start.month, start.day) or start, _clip_day(y, end.month, end.day) or _month_end(y, end.month)


_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")

# rules of a month or day written without a year, which may stand as a noun's attribute
_ATTRIBUTIVE_RULES = {"month", "mdy", "dmy", "md_range", "dm_range", "named_day", "weekday"}


def _earliest_in_past(text: str, s: int, cache: tuple, lex: TemporalLexicon) -> str | None:
    """"past" when the date at ``s`` follows "as early as" / "as soon as" and the nearest cue before
    that phrase in its clause (future, present or past) is a past one not after a modal or a form
    of "be" ("the virus was circulating in Wuhan as early as mid-November"), else None
    (``early_as_past``).

    Examples:
        >>> from summitlens.extract.dates.tense import sentence_cues
        >>> lx = load_lexicon()
        >>> t = "The virus was circulating as early as May."
        >>> _earliest_in_past(t, 38, sentence_cues(t, lx), lx)
        'past'
        >>> t = "It could be unsealed as early as Monday."
        >>> _earliest_in_past(t, 32, sentence_cues(t, lx), lx) is None
        True
    """
    m = lex.earliest_before.search(text, max(0, s - 24), s)
    if m is None:
        return None
    fut, past, pres, bounds = cache
    lo = max([b for b in bounds if b < m.start()], default=0)
    cues = [(a, "future") for a, b in fut if lo <= a and b <= m.start()]
    cues += [(a, "present") for a, b in pres if lo <= a and b <= m.start()]
    cues += [(a, "past") for a, b, w in past if lo <= a and b <= m.start() and w not in lex.not_past_ed]
    if not cues:
        return None
    a, kind = max(cues)
    if kind != "past" or lex.earliest_verb_before.search(text, max(0, a - 30), a):
        return None
    return "past"


def _needs_tense(name: str, m: re.Match) -> bool:
    """Whether resolving this match depends on the clause's tense (no year, no next/last)."""
    if name not in _TENSE_RULES:
        return False
    g = m.groupdict()
    # "the weekend", "this weekend": the determiner does not anchor it; the tense does
    mod = (g.get("mod") or "").strip().lower()
    return not (g.get("y") or g.get("yrel") or g.get("wrel") or mod not in ("", "the", "this"))


def _bare_month(text: str, m: re.Match, lex: TemporalLexicon) -> bool:
    """Whether a bare capitalised month name is a date (not the modal verb "May")."""
    word = m.group("m")
    if word.lower().rstrip(".") in load_calendar().ambiguous_months:
        return bool(lex.date_prepositions.search(text[max(0, m.start() - 20):m.start()]))
    return True


def _list_of_days(name: str, m: re.Match, *, separators: tuple[str, ...]) -> bool:
    """Two complete days joined as a list ("on Feb. 6 and Feb. 17", "talks Thursday and
    Friday"): each end names its own day, so they are two dates, not one range
    (``and_full_dates``); a second end without its month ("on June 14 and 15") is a range, and
    so is a pair sharing a qualifier written after it ("Thursday and Friday next week", "March 3
    and March 19, 2021"), which would be lost on the first day alone.

    Args:
        name: The rule id of the match (``md_range``, ``dm_range``, ``weekday_range``).
        m: The match.
        separators: The list separators (``calendar.yml``: ``pattern_words.list_separators``).

    Returns:
        Whether the match is two days written as a list.

    Examples:
        >>> from summitlens.extract.dates.patterns import compiled_patterns
        >>> rx = dict(compiled_patterns().rules)["weekday_range"]
        >>> _list_of_days("weekday_range", rx.search("talks Monday and Tuesday"), separators=("and",))
        True
        >>> _list_of_days("weekday_range", rx.search("talks Monday to Tuesday"), separators=("and",))
        False
        >>> _list_of_days("weekday_range", rx.search("talks Monday and Tuesday next week"), separators=("and",))
        False
    """
    if m.groupdict().get("wrel") or m.groupdict().get("y"):
        return False  # a shared qualifier ("… next week", "…, 2021"): one expression
    if name == "weekday_range":
        a, b = m.end("w1"), m.start("w2")
    elif name == "md_range" and m.group("m2"):
        a, b = m.end("d1"), m.start("m2")
    elif name == "dm_range" and m.group("m1"):
        a, b = m.end("m1"), m.start("d2")
    else:
        return False
    return " ".join(m.string[a:b].lower().split()) in separators


def _shouted(text: str) -> bool:
    """A sentence written in capitals (a headline): at least 12 letters, nearly all upper-case."""
    up = sum(map(str.isupper, text))
    return up >= 12 and sum(map(str.islower, text)) * 10 < up


def resolve_dates(text: str, *, anchor: date | None, anchor_source: str = "published",
                  tense: str | None = None, lexicon: TemporalLexicon | None = None,
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
    if _shouted(text):
        # an all-capitals headline ("… TO RUN DRY BY OCTOBER"): read with capitalised words,
        # report the words as written (same offsets)
        cased = re.sub(r"[A-Z]{2,}", lambda w: w.group(0).capitalize(), text)
        return [replace(x, surface=text[x.char_start:x.char_end]) for x in resolve_dates(
            cased, anchor=anchor, anchor_source=anchor_source, tense=tense, lexicon=lex,
            anchor_confidence=anchor_confidence)]
    pat = compiled_patterns()
    cands: list[tuple[int, int, str, dict]] = []
    # windows around trigger words, per trigger class; each rule runs only in its classes' windows
    wins: dict[str, list[list[int]]] = {}
    for t in pat.trigger.finditer(text):
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
    windows: dict[str, list[list[int]]] = {}  # merged windows per trigger-class set (rules share them)
    folded = foldable_text(text)  # the lower-cased sentence: skips rules lacking their literals
    holds: dict[tuple[str, ...], bool] = {}  # literal set -> whether the sentence holds one
    for name, rx in pat.rules:
        needs = RULE_NEEDS[name]
        merged = windows.get(needs)
        if merged is None:
            spans = sorted(ab for c in needs for ab in wins.get(c, ()))
            merged = windows[needs] = []
            for a, b in spans:
                if merged and a <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], b)
                else:
                    merged.append([a, b])
        if not merged:
            continue
        lits = pat.needs_text.get(name)
        if lits and folded is not None:
            held = holds.get(lits)
            if held is None:
                held = holds[lits] = any(w in folded for w in lits)
            if not held:
                continue  # none of the literals every match of the rule holds: it cannot match
        for a, b in merged:
            for m in rx.finditer(text, a, b):
                key = (m.start(), m.end(), name)
                if key not in seen:
                    seen.add(key)
                    cands.append((m.start(), m.end(), name, m))
    # a bare month ("in December") is matched separately: the combined regex prefers longer rules
    for m in pat.bare_month.finditer(text) if "M" in wins else ():
        if _bare_month(text, m, lex):
            cands.append((m.start(), m.end(), "month", m))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[TimeExpr] = []
    cache = None
    quotes = None
    last = -1
    factor = lex.anchor_factor.get(anchor_source, 0.5) if anchor is not None else 0.0
    if anchor_confidence is not None:
        factor *= max(0.0, min(1.0, anchor_confidence))
    for s, e, name, m in cands:
        if s < last:
            continue
        surface = text[s:e]
        # months and weekdays must be capitalised (avoid "may", "march", "sat")
        if name not in ("year", "year_range", "iso", "decade", "rel_unit", "rolling", "ago", "in_n", "later",
                        "deictic", "weekend", "part_year", "first_n", "decade_end", "season", "quarter", "named_day", "rolling_one", "these_n",
                        "since_n", "week_end", "in_the_week", "within_the", "rest_of", "two_years", "part_rel",
                        "early_year", "unit_before", "rolling_coming", "rolling_qualified", "in_n_approx",
                        "part_the_month", "election_cycle", "the_year", "rolling_decade", "rel_quarter",
                        "couple_ago", "rolling_half", "rolling_in_past", "rolling_hours", "units_since") \
                and not (pat.capitalised.search(surface) or re.search(pat.weekday, surface)):
            continue
        if name == "named_day" and not surface[:1].isupper():
            continue
        if name in lex.resolver_rules_off:
            continue  # a pattern rule switched off (early_year)
        if name == "glued_day":
            name = "mdy"  # "Nov.18": a month and day like "Nov. 18" (glued_day)
        if name == "in_n_approx":
            name = "in_n"  # "in some two years": a count ahead like "in two years" (in_n_approx)
        if name == "month" and "title_month" not in lex.resolver_rules_off and _title_month(text, s, e):
            continue  # "a donation to March For Our Lives": a word of a name (title_month)
        if "and_full_dates" not in lex.resolver_rules_off and _list_of_days(
                name, m, separators=load_calendar().pattern_words.get("list_separators", ())):
            continue  # "on Feb. 6 and Feb. 17": two days, each matched on its own (and_full_dates)
        # "a decade later", "the year before": counted from the sentence's own date (sentence_relative)
        counted = _counted_from(out, m) if name in ("later", "ago", "unit_before") \
            and "sentence_relative" not in lex.resolver_rules_off else None
        if name == "unit_before" and counted is None:
            continue  # "the year before" with no date before it in the sentence: no date
        if name == "rel_unit" and m.group("rel").lower() == "last" and not m.group("pre") \
                and re.search(r"(?<!\w)the\s+$", text[max(0, s - 5):s], re.I) \
                and lex.final_period_after.match(text, e):
            continue  # "the last year the C.I.A. has numbers": a final year, no date
        if name == "deictic" and surface.isupper() and re.search(r"[A-Z]\w*\s+$", text[max(0, s - 30):s]):
            continue  # "USA TODAY": a name
        gap = name == "in_n" and m.group("n") is not None and pat.in_n_span.search(text, max(0, s - 60), s)
        attributive = False
        if tense is not None:
            t = tense
        elif _needs_tense(name, m):
            if cache is None:
                cache = sentence_cues(text, lex)
            others = [(a, b) for a, b, *_ in cands if b <= s or a >= e]
            if quotes is None:
                quotes = quote_spans(text, lexicon=lex)
            # cues inside a quotation the date is not in are the speaker's, not the clause's
            speech = [(a, b) for a, b in quotes if not (a <= s and e <= b)]
            t = clause_tense(text, s, e, lex, cache=cache, weak=others, ignore=speech,
                             future_head="future_head" not in lex.resolver_rules_off)
            if name in _ATTRIBUTIVE_RULES and (t != "past" or name != "month") \
                    and lex.attributive_before.search(text, max(0, s - 30), s) \
                    and lex.attributive_after.match(text[e:e + 30]):
                attributive = True  # "a June summit", "Comey's May 9 firing": the noun's date
        else:
            t = "none"  # explicit or self-anchored ("next week"): the tense does not change it
        if t == "future" and tense is None and "early_as_past" not in lex.resolver_rules_off:
            t = _earliest_in_past(text, s, cache, lex) or t
        rt = "nearest" if attributive else t  # the tense used to resolve
        if t == "none" and tense is None and name not in ("weekday", "weekday_range", "weekend", "season"):
            rt = lex.bare_month_default
        if name == "weekday" and tense is None and not attributive and t in ("none", "present") \
                and "present_weekday" not in lex.resolver_rules_off:
            # "The wait continues Sunday", "could reveal … on Sunday": with no past cue, the
            # occurrence nearest the anchor, ties to the past (present_weekday)
            rt = "nearest"
        if gap:
            # "the second attack in two weeks", "the first visit in 14 years": the span back
            # from the anchor that the count is measured over, not a future date
            res = _resolve("rolling", {"n": m.group("n"), "n_hi": None, "rel": "the past",
                                       "unit": m.group("unit").lower() + "s"}, surface, anchor, rt, lex)
        elif name == "month":
            if anchor is None:
                res = (None, None, "month", "no_tense")
            else:
                mo = _month_num(m.group("m"))
                y, known = _pick_year_for_month(mo, anchor, rt)
                res = (date(y, mo, 1), _month_end(y, mo), "month", "tense_dependent" if known else "no_tense")
        else:
            res = _resolve(name, m.groupdict(), surface, anchor, rt, lex)
        if res is None:
            continue
        start, end, gran, ckey = res
        if name == "rel_unit" and anchor is not None and anchor.weekday() == 6 and start is not None \
                and not m.group("pre") and m.group("unit").lower() == "week" \
                and re.sub(r"\s+", " ", m.group("rel").lower()) in ("this", "the current"):
            # "this week" on a Sunday: in a future clause the week that starts tomorrow
            if cache is None:
                cache = sentence_cues(text, lex)
            if clause_tense(text, s, e, lex, cache=cache) == "future":
                start, end = start + timedelta(days=7), end + timedelta(days=7)
        if name == "weekday" and anchor is not None and start is not None and start == end \
                and start == anchor + timedelta(days=6) and not m.group("mod") and not m.group("wrel") \
                and "yesterday_weekday" not in lex.resolver_rules_off \
                and not lex.deadline_before.search(text, max(0, s - 24), s):
            # "on Wednesday" in a Thursday article read as future: six days ahead is rarely written
            # as a bare weekday; it is the day before (yesterday_weekday)
            start = end = anchor - timedelta(days=1)
        if counted is not None:
            start, end, gran = counted
        if name == "rel_unit" and out and _anaphoric(m):
            start, end = _same_as_before(out, m.group("unit").lower(), start, end)
        if name == "the_year" and out and start is not None:
            # "in 2012 … the start of the year": the year written before it (the_year)
            start, end = _same_as_before(out, "year", start, end)
        if name == "part_the_month" and out and start is not None:
            # "in June … at the end of the month": a part of the month written before it
            a, _ = _same_as_before(out, "month", None, None)
            if a is not None:
                start, end = _part_of_month(a.year, a.month, _month_part_name(m.group("part")), lex)
        if name in ("mdy", "dmy") and start is not None and not m.group("y"):
            start = end = _weekday_year(text, s, start, rt, pat.weekday) or start
        if name in ("month", "mdy", "dmy") and start is not None and t != "future" \
                and "sentence_year" not in lex.resolver_rules_off and not m.groupdict().get("y"):
            start, end = _sentence_year(out, start, end)
        if name == "part_year" and gran == "month_part" and end is not None \
                and lex.deadline_before.search(text, max(0, s - 24), s):
            start = end  # "by the end of the year": the deadline day
            gran = "day"
        if name == "the_year" and m.group("lead"):
            s += len(m.group("lead"))  # "his final press briefing of the year": "of the year"
            surface = text[s:e]
        # strip a leading "from " from the surface ("since 1959" is the year 1959: the start point)
        lead = re.match(r"(?:from|between)\s+", surface, re.I)
        if lead:
            s += lead.end()
            surface = text[s:e]
        conf = lex.confidence[ckey]
        if ckey.startswith("explicit") and start is not None:
            conf_f = 1.0
        else:
            conf_f = factor
        out.append(TimeExpr(s, e, surface, start, end, gran, t, round(conf * conf_f, 3),
                            "in_n_gap" if gap else name))
        last = e
    return _speech_day(text, out, anchor, lex, quotes)

