"""Calendar vocabulary: month, weekday, number, season and named-day words (``calendar.yml``).

The only place SummitLens reads calendar words from; every extractor that needs a month name
asks this module.

Examples:
    >>> cal = load_calendar()
    >>> cal.months["sept"], cal.weekdays["sunday"], cal.seasons["winter"]
    (9, 6, (12, 2))
    >>> month_number("Dec.")
    12
"""

from __future__ import annotations

import os
from calendar import monthrange
from datetime import date, timedelta
from dataclasses import dataclass, field
from functools import lru_cache

from summitlens.rules import load_rules, rules_path

__all__ = ["Calendar", "load_calendar", "month_number", "movable_day", "number_value"]


@dataclass(frozen=True, eq=False)
class Calendar:
    """The calendar vocabulary (all keys lower-case).

    Attributes:
        months: Month name or abbreviation -> month number.
        ambiguous_months: Month words that are also ordinary words ("may", "mar").
        weekdays: Weekday name -> weekday number (Monday = 0).
        number_words: Number words counting periods ("three" -> 3).
        vague_numbers: Vague counts ("few" -> 3).
        ordinals: Ordinals of quarters and halves ("second", "q2" -> 2).
        seasons: Season -> (first month, last month).
        season_name_words: Words after a season that make it a name ("Davos").
        named_days: Named day (as written, lower-case) -> (month, day).
        movable_days: Named day whose date moves -> (month, weekday, nth, days after);
            nth -1 is the last such weekday of the month ("Memorial Day").
        not_year_after: Words after a four-digit number that make it a count, not a year.
        pattern_words: Word lists of the expression patterns (``part``, ``relative`` …).
        part_aliases: A part as written -> the part it means ("first days" -> "early").
        deictic_offsets: A deictic word -> the day it names, in days from the anchor
            ("yesterday" -> -1, "last night" -> -1); words not listed name the anchor's day.
        cycle_years: The calendar years of an election cycle, which ends with a year divisible
            by it ("this election cycle" in 2013 is 2013-2014).
    """

    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    number_words: dict[str, int]
    vague_numbers: dict[str, int]
    ordinals: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    season_name_words: tuple[str, ...]
    named_days: dict[str, tuple[int, int]]
    not_year_after: tuple[str, ...]
    pattern_words: dict[str, tuple[str, ...]]
    part_aliases: dict[str, str]
    movable_days: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)
    deictic_offsets: dict[str, int] = field(default_factory=dict)
    cycle_years: int = 2


@lru_cache(maxsize=8)
def _load(path: str) -> Calendar:
    d = load_rules(path)
    return Calendar(
        months={str(k).lower(): int(v) for k, v in d["months"].items()},
        ambiguous_months=frozenset(str(w).lower() for w in d.get("ambiguous_months", [])),
        weekdays={str(k).lower(): int(v) for k, v in d["weekdays"].items()},
        number_words={str(k).lower(): int(v) for k, v in d["number_words"].items()},
        vague_numbers={str(k).lower(): int(v) for k, v in d.get("vague_numbers", {}).items()},
        ordinals={str(k).lower(): int(v) for k, v in d["ordinals"].items()},
        seasons={str(k).lower(): (int(v[0]), int(v[1])) for k, v in d["seasons"].items()},
        season_name_words=tuple(str(w) for w in d.get("season_name_words", [])),
        named_days={" ".join(str(k).lower().split()): (int(v[0]), int(v[1]))
                    for k, v in d.get("named_days", {}).items()},
        not_year_after=tuple(str(w) for w in d.get("not_year_after", [])),
        movable_days={" ".join(str(k).lower().split()): tuple(int(x) for x in v)
                      for k, v in (d.get("movable_days") or {}).items()},
        pattern_words={str(k): tuple(" ".join(str(w).lower().split()) for w in v)
                       for k, v in (d.get("pattern_words") or {}).items() if isinstance(v, list)},
        part_aliases={" ".join(str(k).lower().split()): str(v)
                      for k, v in ((d.get("pattern_words") or {}).get("part_aliases") or {}).items()},
        deictic_offsets={" ".join(str(k).lower().split()): int(v)
                         for k, v in ((d.get("pattern_words") or {}).get("deictic_offsets") or {}).items()},
        cycle_years=int((d.get("election_cycle") or {}).get("years", 2)),
    )


def load_calendar(path: str | os.PathLike[str] | None = None) -> Calendar:
    """Load (and cache) the calendar vocabulary (default the packaged ``calendar.yml``).

    Args:
        path: A calendar YAML of your own, or None.

    Returns:
        The :class:`Calendar`.

    Examples:
        >>> load_calendar().named_days["christmas day"]
        (12, 25)
    """
    if path is None:
        return _default()
    return _load(str(rules_path(path, default="calendar.yml")))


@lru_cache(maxsize=1)
def _default() -> Calendar:
    return _load(str(rules_path(None, default="calendar.yml")))


def month_number(word: str, *, calendar: Calendar | None = None) -> int:
    """Month number of a month name or abbreviation (any case, trailing dot allowed).

    Examples:
        >>> month_number("September"), month_number("sep.")
        (9, 9)
    """
    cal = calendar or load_calendar()
    return cal.months[word.lower().rstrip(".")]


def number_value(word: str | None, *, calendar: Calendar | None = None) -> int | None:
    """Value of a digit string or a number word ("three" -> 3); None when unknown.

    Examples:
        >>> number_value("12"), number_value("Five"), number_value("few"), number_value("many")
        (12, 5, 3, None)
        >>> number_value("couple  of")
        2
    """
    if word is None:
        return None
    cal = calendar or load_calendar()
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return cal.number_words.get(w, cal.vague_numbers.get(w))


def movable_day(name: str, year: int, *, calendar: Calendar | None = None) -> date:
    """The date of a movable named day ("Thanksgiving") in a year.

    Examples:
        >>> str(movable_day("Thanksgiving", 2019)), str(movable_day("Memorial Day", 2020))
        ('2019-11-28', '2020-05-25')
    """
    cal = calendar or load_calendar()
    mo, wd, nth, after = cal.movable_days[" ".join(name.lower().split())]
    if nth > 0:
        first = date(year, mo, 1)
        d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = date(year, mo, monthrange(year, mo)[1])
        d = last - timedelta(days=(last.weekday() - wd) % 7)
    return d + timedelta(days=after)
