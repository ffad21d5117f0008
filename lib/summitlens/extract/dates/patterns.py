"""The compiled date-expression patterns, built from the calendar vocabulary.

Each rule has an id (recorded in ``temporal_expressions.rule``) and the trigger classes it
needs: a rule runs only in windows around a trigger word of its class, which keeps the
resolver fast on long sentences.

Examples:
    >>> p = compiled_patterns()
    >>> [name for name, rx in p.rules if rx.fullmatch("Oct. 30, 2019 - Jan. 2, 2020")]
    ['mdy_range_y']
    >>> bool(p.trigger.search("__February 14, 1950."))
    True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from re import _constants as _sre, _parser as _sre_parse

from summitlens.extract.dates.vocabulary import Calendar, load_calendar
from summitlens.rules import phrase_alternation

__all__ = ["Patterns", "compiled_patterns", "RULE_NEEDS", "required_literals", "foldable_text"]

#: Trigger classes each rule needs (M month, Y year, W weekday, S season, E weekend, A ago,
#: Q quarter, U period unit, D deictic, N named day, C cycle).
RULE_NEEDS = {
    "mdy_range_y": "M", "dmy_range_y": "M", "my_range": "M",
    "md_range": "M", "dm_range": "M", "mdy": "M", "dmy": "M", "month_range": "M", "part_month": "M",
    "month_year": "M", "rel_month": "M", "iso": "Y", "year_range": "Y", "part_year": "YU", "quarter": "Q",
    "first_n": "U", "decade": "Y", "decade_end": "U", "year": "Y", "season": "S", "weekday_range": "W",
    "weekday": "W", "weekend": "E", "named_day": "N", "rel_unit": "U", "rolling": "U", "ago": "AU",
    "in_n": "U", "later": "U", "deictic": "D", "rolling_one": "U", "these_n": "U", "since_n": "U",
    "week_end": "U", "in_the_week": "U", "within_the": "U", "rest_of": "U", "two_years": "U", "part_rel": "U",
    "early_year": "Y", "unit_before": "U", "rolling_coming": "U", "rolling_qualified": "U",
    "rel_month_day": "M", "part_the_month": "U", "election_cycle": "C", "the_year": "U",
    "glued_day": "M", "in_n_approx": "U", "rolling_decade": "U", "rel_quarter": "Q",
    "couple_ago": "AU", "rolling_half": "U", "rolling_in_past": "U", "rolling_hours": "U", "units_since": "U",
}


@dataclass(frozen=True)
class Patterns:
    """Compiled patterns.

    Attributes:
        rules: ``(rule id, pattern)`` in priority order (case-insensitive).
        trigger: Trigger words; the group name is the trigger class.
        capitalised: A month or weekday name written with a capital (case-sensitive).
        bare_month: A month name alone ("in December").
        month: Regex source of a month name or abbreviation.
        day: Regex source of a day of the month.
        year: Regex source of a four-digit year.
        weekday: Regex source of a weekday name.
        in_n_span: Text before "in N years" that makes it a gap, not a date ("the first visit").
        needs_text: Per rule id, lower-case literals one of which every match of the rule
            contains (:func:`required_literals`): a sentence whose lower-cased text
            (:func:`foldable_text`) holds none of them is not searched with the rule (empty: no
            such literals known, the rule always runs).
    """

    rules: tuple[tuple[str, re.Pattern], ...]
    trigger: re.Pattern
    capitalised: re.Pattern
    bare_month: re.Pattern
    month: str
    day: str
    year: str
    weekday: str
    in_n_span: re.Pattern
    needs_text: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _month_source(cal: Calendar) -> str:
    by_no: dict[int, list[str]] = {}
    for w, n in cal.months.items():
        by_no.setdefault(n, []).append(w)
    full = {max(ws, key=len) for ws in by_no.values()}
    alts = [w.capitalize() if w in full else w.capitalize() + r"\.?" for w in cal.months]
    alts.sort(key=lambda a: (-len(a.replace("\\.?", "")), a))
    return _factor(alts)


def _factor(alts: list[str]) -> str:
    """The alternation of regex sources ``alts`` (tried in this order) as one non-capturing
    group, the alternatives grouped under their first character (one group for "December" and
    "Dec", another for the months in J):
    the engine tries only the group of the character at hand instead of every alternative.
    The same matches: each group keeps its alternatives' order, and groups never share a
    first character (in either case). Left as a plain alternation when an alternative does
    not start with a plain ASCII letter or digit, or two first characters differ only in case.

    Examples:
        >>> _factor(["may", "mar", "june"])
        '(?:m(?:ay|ar)|june)'
        >>> re.fullmatch(_factor(["ab", "a", "Ab"]), "Ab") is not None, _factor(["ab", "Ab"])
        (True, '(?:ab|Ab)')
    """
    plain = "(?:" + "|".join(alts) + ")"
    firsts = [a[:1] for a in alts]
    if not alts or not all(f.isascii() and f.isalnum() and a[1:2] not in ("?", "*", "+", "{")
                            for f, a in zip(firsts, alts)) \
            or len(set(firsts)) != len({f.lower() for f in firsts}):
        return plain
    groups: dict[str, list[str]] = {}
    for a in alts:
        groups.setdefault(a[0], []).append(a[1:])
    return "(?:" + "|".join(f + "(?:" + "|".join(rests) + ")" if len(rests) > 1 else f + rests[0]
                            for f, rests in groups.items()) + ")"


def _alt(words) -> str:
    """Regex source of phrases (longest first, any whitespace between words), no guards."""
    ws = sorted(set(words), key=lambda w: (-len(w), w))
    return _factor([r"\s+".join(re.escape(x) for x in w.split()) for w in ws]) if ws else "(?!)"


def _needs(seq, depth: int = 0) -> set[str] | None:
    """Literals (ASCII, lower-cased) one of which every match of the parsed ``seq`` contains, or
    None when no such set is known; of several, the set whose shortest literal is longest."""
    if depth > 50:
        return None
    cands: list[set[str]] = []
    run: list[str] = []
    for op, av in seq:
        if op is _sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            cands.append({"".join(run)})
            run = []
        sub = None
        if op is _sre.SUBPATTERN:
            sub = _needs(av[3], depth + 1)
        elif op is _sre.ATOMIC_GROUP:
            sub = _needs(av, depth + 1)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _needs(av[2], depth + 1)
        elif op is _sre.BRANCH:
            alts = [_needs(a, depth + 1) for a in av[1]]
            if all(alts):
                sub = set().union(*alts)
        if sub:
            cands.append(sub)
    if run:
        cands.append({"".join(run)})
    if not cands:
        return None
    return max(cands, key=lambda c: (min(map(len, c)), -len(c)))


def required_literals(rx: re.Pattern) -> tuple[str, ...]:
    """Lower-case ASCII literals one of which every match of ``rx`` contains (a necessary
    condition, read off the parsed pattern: a run of literal characters outside any optional
    part, or one per alternative of a group); empty when none is known. A sentence whose
    lower-cased text (:func:`foldable_text`) holds none of them cannot match ``rx``.

    Args:
        rx: A compiled pattern (any flags: literals are compared lower-cased).

    Returns:
        The literals, sorted, none containing another (the shorter suffices).

    Examples:
        >>> required_literals(re.compile("(?:over|during)[ ]+the[ ]+days?", re.I))
        ('during', 'over')
        >>> required_literals(re.compile("(?:Jan|Feb)[.]? [0-9]+"))
        ('feb', 'jan')
        >>> required_literals(re.compile("(?:the )?[0-9]+s?"))
        ()
    """
    try:
        found = _needs(_sre_parse.parse(rx.pattern, rx.flags)) or set()
    except Exception:  # an unexpected parse tree: no prefilter, the rule always runs
        return ()
    if not found or "" in found:
        return ()
    return tuple(sorted(w for w in found if not any(v != w and v in w for v in found)))


@lru_cache(maxsize=4096)
def _ascii_foldable(ch: str) -> bool:
    """Whether no ASCII character matches ``ch`` case-insensitively ("é", "—": yes; the
    Kelvin sign, dotted capital I, long s: no, they match "k", "i", "s")."""
    return not any(re.fullmatch(re.escape(chr(i)), ch, re.I) for i in range(128))


def foldable_text(text: str) -> str | None:
    """``text`` lower-cased for :attr:`Patterns.needs_text`, or None when a character of it
    matches an ASCII letter case-insensitively without lower-casing to it (then every rule runs).

    Examples:
        >>> foldable_text("Talks in March — on Friday"), foldable_text(chr(0x212A) + "elvin")
        ('talks in march — on friday', None)
    """
    if not text.isascii() and not all(map(_ascii_foldable, {c for c in text if not c.isascii()})):
        return None
    return text.lower()


@lru_cache(maxsize=8)
def _build(cal: Calendar) -> Patterns:
    pw = cal.pattern_words
    M = _month_source(cal)
    D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    Y = r"(?:1[89]\d\d|20\d\d)"
    WD = "(?:" + "|".join(w.capitalize() for w in cal.weekdays) + ")s?"
    SEP = rf"\s*{_alt(pw['range_separators'])}\s*"
    DASH = rf"\s*{_alt(pw['dash_separators'])}\s*"
    PART = rf"(?P<part>{_alt(pw['part'])})"
    REL = rf"(?P<rel>{_alt(pw['relative'])})"
    nums = sorted(cal.number_words, key=lambda w: (-len(w), w))
    NUM = r"(?P<n>\d{1,2}|" + "|".join(nums) + ")"
    NUMS = r"(?P<n>\d{1,2}|" + "|".join(w for w in nums if w not in ("a", "an")) + ")"
    vague = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(cal.vague_numbers, key=lambda w: (-len(w), w)))
    NW = "|".join(w for w in nums if w not in ("a", "an"))
    CNT = r"\d{1,2}(?:\.\d)?|" + NW
    span_in = _alt(pw['span_in_prepositions'])  # "over the past decade", "for the coming year"
    seasons = "|".join(sorted(cal.seasons, key=len, reverse=True))
    season_names = "|".join(re.escape(w) for w in cal.season_name_words) or "(?!)"
    ords = "|".join(sorted((o for o in cal.ordinals if not o.startswith("q")), key=len, reverse=True))
    not_year = phrase_alternation(cal.not_year_after)
    named = phrase_alternation([*cal.named_days, *cal.movable_days])
    rules = [
        ("mdy_range_y", rf"(?:from\s+)?(?P<m1>{M})\s+(?P<d1>{D}),?\s+(?P<y1>{Y}){DASH}(?P<m2>{M})\s+(?P<d2>{D}),?\s+(?P<y2>{Y})(?!\d)"),
        ("dmy_range_y", rf"(?:from\s+)?(?<!\d)(?P<d1>{D})\s+(?P<m1>{M}),?\s+(?P<y1>{Y}){DASH}(?P<d2>{D})\s+(?P<m2>{M}),?\s+(?P<y2>{Y})(?!\d)"),
        ("my_range", rf"(?:from\s+)?(?P<m1>{M}),?\s+(?P<y1>{Y}){DASH}(?P<m2>{M}),?\s+(?P<y2>{Y})(?!\d)"),
        ("md_range", rf"(?:from\s+)?(?P<m1>{M})\s+(?P<d1>{D}){SEP}(?:(?P<m2>{M})\s+)?(?P<d2>{D})(?!\d)(?:,?\s+(?P<y>{Y}))?(?!\d)"),
        ("dm_range", rf"(?:from\s+)?(?P<d1>{D})(?:\s+(?P<m1>{M}))?{SEP}(?P<d2>{D})\s+(?:of\s+)?(?P<m2>{M})(?:,?\s+(?P<y>{Y}))?(?!\d)"),
        ("mdy", rf"(?P<m>{M})\s+(?P<d>{D})(?![\d,]\d)(?:,?\s+(?P<y>{Y}))?(?!\d)"),
        # (dates pass eight) "on or about Nov.18": an abbreviated month glued by its dot to the day
        # (``glued_day``, resolved as mdy)
        ("glued_day", rf"(?P<m>{M})(?<=\.)(?P<d>{D})(?![\d,]\d)(?:,?\s+(?P<y>{Y}))?(?!\d)"),
        ("dmy", rf"(?<!\d)(?P<d>{D})\s+(?:of\s+)?(?P<m>{M})(?:,?\s+(?P<y>{Y}))?(?!\d)"),
        ("iso", r"(?<![\d/])(?P<y>(?:19|20)\d\d)-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"),
        ("year_range", rf"(?:from\s+|between\s+)?(?<![\d$£€])(?P<y1>{Y})\s*(?P<sep>-|–|—|to|through|until|and)\s*(?P<y2>{Y}|\d\d)(?![\d%])"),
        ("month_range", rf"(?:from\s+|between\s+)?(?P<m1>{M})\s*(?P<msep>-|–|—|to|through|until|till|\s(?:and|&)\s)\s*(?P<m2>{M})(?!\s*{D}\b)(?:,?\s+(?:of\s+)?(?:(?P<y>{Y})|(?P<yrel>last|this|next)\s+year))?"),
        ("part_month", rf"{PART}[\s-]*(?:(?P<mrel>last|this|next)\s+)?(?P<m>{M})(?:,?\s+(?:of\s+)?(?P<y>{Y}))?(?:,?\s+(?P<yrel>last|this|next)\s+year)?"),
        ("part_year", rf"{PART}[\s-]*(?:(?P<y>{Y})|(?P<yrel2>(?:last|this|next|the)\s+year))(?![\d%])"),
        ("month_year", rf"(?P<m>{M})(?:\s+of|,)?\s+(?:(?P<y>{Y})(?![\d%])|(?P<yrel>last|this|next|the\s+previous|the\s+following)\s+year)"),
        # (twenty-second pass) "last Sept. 30", "next March 1": a day of the month before or
        # after the anchor, not the month with a stray number (``rel_month_day``)
        ("rel_month_day", rf"(?P<rel>last|next|this\s+past|this\s+coming)\s+(?P<m>{M})\s+(?P<d>{D})(?![\d,]\d)(?:,?\s+(?P<y>{Y}))?(?!\d)"),
        ("rel_month", rf"(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+previous|the\s+following)\s+(?P<m>{M})"),
        ("first_n", rf"the\s+first\s+{NUMS}\s+(?P<unit>months|quarters)(?:\s+of\s+(?:(?P<y>{Y})|(?P<yrel>the|this|last|next|the\s+current)\s+(?:(?:fiscal|budget|calendar)\s+)?year))?"),
        ("quarter", rf"(?:the\s+)?(?P<q>{ords})\s+quarter\s+(?:of\s+)?(?:(?P<y>{Y})|(?P<yrel>last|this|next)\s+year)|(?P<q2>Q[1-4])\s+(?P<y2>{Y})"
                    rf"|(?:the\s+|(?<=\bin\s))(?P<q3>{ords})(?:\s+(?:and|to|through)\s+(?P<q4>{ords}))?\s+quarters?"
                    rf"(?:\s+of\s+the\s+(?:current\s+|calendar\s+)?year(?!s))?(?!\s+of\s|\s+\d|-)"),
        # (dates pass eleven) "last quarter", "next quarter", "this quarter": the calendar quarter
        # before, after or holding the anchor, like "last month"; not "the last quarter of 2015"
        # nor "the last quarter century" (``rel_quarter``; pattern_words.quarter_relative,
        # quarter_not_before)
        ("rel_quarter", rf"(?P<rel>{_alt(pw.get('quarter_relative', ()))})\s+quarter(?![\w-])"
                        rf"(?!\s+(?:{_alt(pw.get('quarter_not_before', ()))})\b)"),
        ("season", rf"(?:(?P<y0>{Y})\s+(?=(?:early|mid|late|{seasons})))?(?:(?P<det>{_alt(pw['season_determiners'])})\s+)?(?:(?P<part>early|mid|late)[\s-]+)?(?P<s>{seasons})(?:\s+(?:or|and|to|through)\s+(?P<s2>{seasons})(?=\s+(?:of\s+)?{Y}))?(?:\s+(?:of\s+)?(?P<y>{Y}))?(?!\s+(?:and\s+\w+\s+)?(?:{season_names}))(?!\w)"),
        ("weekday_range", rf"(?:from\s+)?(?P<w1>{WD})\s*(?:-|–|to|through|until|and)\s*(?P<w2>{WD})(?:\s+(?P<wrel>next|last|this)\s+week)?"),
        ("weekday", rf"(?:(?P<mod>last|next|this\s+past|this\s+coming|this|coming)\s+)?(?P<w>{WD})(?:\s+(?P<wrel>next|last|this)\s+week)?(?!\s*,?\s*(?-i:{M})(?![\w.]?\w))"),
        ("weekend", r"(?P<mod>this\s+past|this\s+coming|the|this|last|next|the\s+previous|the\s+following)\s+weekend"),
        ("named_day", rf"(?P<nd>{named})(?:,?\s+(?P<y>{Y}))?"),
        ("decade_end", r"(?:the\s+)?end\s+of\s+(?:the|this)\s+decade"),
        ("rel_unit", rf"(?:(?P<pre>earlier|later|early|late)\s+)?{REL}\s+(?:(?:fiscal|budget|calendar)\s+)?(?P<unit>week|month|year|decade)(?!s)"),
        # "over the past week": the seven days up to the anchor (a rolling span, not last week)
        ("rolling_one", r"(?:over|during|throughout)\s+(?P<rel>the\s+past|the\s+last|the\s+next|the\s+coming)\s+(?P<unit>week|month|year)(?!s)"),
        # (dates pass ten) "over the past decade", "in the past decade": the ten years up to the
        # anchor, like "the past 10 years" ("the last decade" stays the calendar decade before;
        # not "the past decade and a half") (``rolling_decade``)
        ("rolling_decade", rf"(?:(?:{span_in})\s+)?(?P<rel>the\s+past)\s+(?P<unit>decade)(?!s)(?!\s+and\s+a\s+half)"),
        # (dates pass twelve) "over the past year and a half", "in the last month and a half": one
        # unit and a half back (or ahead) from the anchor, a rolling span; not a decade and a half
        # (left alone like rolling_decade) (``rolling_half``)
        ("rolling_half", rf"(?:(?:{span_in})\s+)?(?P<rel>the\s+past|the\s+last|the\s+next|the\s+coming)\s+(?P<unit>week|month|year)\s+and\s+a\s+half(?![\w-])"),
        # (dates pass twelve) "in the past week": the seven days up to the anchor, like "over the
        # past week" ("in the last week" stays the calendar week before) (``rolling_in_past``)
        ("rolling_in_past", r"in\s+(?P<rel>the\s+past)\s+(?P<unit>week|month|year)(?!s)(?![\w-])(?!\s+and\s+a\s+half)"),
        # (dates pass twelve) "in the last 24 hours": the days the hours reach back (or ahead) to, up
        # to the anchor (``rolling_hours``)
        ("rolling_hours", rf"(?:(?:{_alt([*pw['span_in_prepositions'], *pw.get('hours_prepositions', ())])})\s+)?(?P<rel>the\s+past|the\s+last|the\s+next|the\s+coming)\s+(?P<n>\d{{1,3}})\s+hours(?![\w-])"),
        # (dates pass twelve) "In the 22 months since he was appointed": the span back from the anchor
        # the count is measured over, like "the past 22 months" (``units_since``)
        ("units_since", rf"(?:(?:in|over|during|for)\s+)?the\s+(?P<n>{CNT})\s+(?P<unit>days|weeks|months|years)(?=\s+since\b)"),
        # (twentieth pass) "for the coming year", "over the coming decade": from the anchor on,
        # like "over the next year" ("the coming" never points back; pattern_words
        # span_in_prepositions, period_qualifiers)
        ("rolling_coming", rf"(?:{span_in}\s+)?(?P<rel>the\s+coming)\s+(?:{_alt(pw.get('period_qualifiers', ()))}\s+)?(?P<unit>week|month|year|decade)(?!s)"),
        # (twentieth pass) "the next two fiscal years": a rolling count of qualified years
        ("rolling_qualified", rf"(?P<rel>the\s+past|the\s+last|the\s+next|the\s+coming)\s+(?P<n>{CNT})\s+{_alt(pw.get('period_qualifiers', ()))}\s+(?P<unit>years)"),
        # "within the year": the anchor's own year (month, week)
        ("within_the", r"within\s+the\s+(?P<unit>week|month|year)(?!s)"),
        # "throughout the rest of this year": from the anchor to the end of its year
        ("rest_of", rf"(?:{span_in}\s+)?the\s+{_alt(pw['rest_nouns'])}\s+of\s+(?:the|this)\s+(?P<unit>week|month|year)(?!s)"),
        ("these_n", rf"(?:over|during|in|for)\s+these\s+{NUMS}\s+(?P<unit>days|weeks|months|years|decades)"),
        # "it has been 20 years since ...": the start point, anchor minus N
        ("since_n", rf"(?<=been\s){NUM}\s+(?P<unit>day|week|month|year)s?(?=\s+since\b)"),
        ("week_end", r"(?:the\s+)?end\s+of\s+(?:the|this)\s+week(?!s)"),
        ("in_the_week", r"(?P<pre>earlier|later)\s+in\s+the\s+week(?!s)"),
        # "the next two or three years", "the next 18 months-2 years", "within three to four
        # weeks": the wider count
        ("rolling", rf"(?P<rel>the\s+past|the\s+last|the\s+next|the\s+coming|recent|within)\s+(?:(?P<n>{CNT})(?:\s+(?:days|weeks|months|years))?\s*(?:or|to|-|–|—)\s*)?(?:(?P<n_hi>{CNT}|{vague})\s*)?(?P<unit>days|weeks|months|years|decades)"),
        # "this and last year": both years
        ("two_years", r"(?P<r1>this|last|next)\s+and\s+(?P<r2>this|last|next)\s+year(?!s)"),
        # "the first week of this month", "the end of next month": a part of a relative month
        ("part_rel", rf"{PART}\s+(?P<rel>this|last|next|the\s+previous|the\s+following|the\s+current)\s+month(?!s)"),
        # (twenty-second pass) "at the end of the month": a part of the month written before it in
        # the sentence ("raised $1 million in June and had $2 million at the end of the month"),
        # else of the anchor's month (``part_the_month``)
        ("part_the_month", rf"{PART}\s+the\s+month(?!s)(?!\s+{_alt(pw.get('the_month_not_before', ()))}\b)"),
        # (twenty-second pass) "this election cycle", "the current two-year campaign cycle": the
        # cycle holding the anchor (``calendar.yml`` ``election_cycle``)
        ("election_cycle", rf"(?P<rel>this|the\s+current|last|the\s+last|the\s+previous|next|the\s+next)\s+(?:{_alt(pw.get('cycle_length_words', ()))}[\s-]+)?(?:{_alt(pw.get('cycle_qualifiers', ()))}\s+)cycle(?!s)"),
        # (dates pass eight) "a turbo-charged start to the year", "his final briefing of the year", "The
        # year started off …" as the subject: the year written before it in the sentence, else the
        # anchor's (``the_year``; pattern_words the_year_before, the_year_of_after, the_year_not_before)
        ("the_year", rf"(?:(?:(?P<lead>(?:{_alt(pw.get('the_year_of_after', ()))})(?:\s+[\w-]+){{0,2}}\s+)of"
                     rf"|{_alt(pw.get('the_year_before', ()))})\s+the|^(?-i:The))\s+(?-i:year)(?![\w-])"
                     rf"(?!\s+(?:{_alt(pw.get('the_year_not_before', ()))})\b|\s+\d|['’])"),
        ("ago", rf"{NUM}\s+(?P<unit>day|week|month|year|decade)s?\s+(?P<dir>ago|earlier|prior)"),
        # (dates pass twelve) "a couple of weeks ago", "a couple days ago": a pair counted back like
        # "two weeks ago" (``couple_ago``; pattern_words.pair_counts, their value in vague_numbers)
        ("couple_ago", rf"a\s+(?P<n>{_alt(pw.get('pair_counts', ()))})(?:\s+of)?\s+(?P<unit>day|week|month|year)s\s+(?P<dir>ago|earlier)"),
        ("in_n", rf"in\s+{NUM}\s+(?P<unit>day|week|month|year)s?(?:['’]?\s*time)?|{NUM.replace('<n>', '<n2>')}\s+(?P<unit2>day|week|month|year)s?\s+from\s+now"),
        # (dates pass nine) "in some two years", "in about three months": an approximate count ahead
        # is resolved as "in N years" (``in_n_approx``; pattern_words.count_approximators)
        ("in_n_approx", rf"in\s+(?:{_alt(pw.get('count_approximators', ()))})\s+{NUM}\s+(?P<unit>day|week|month|year)s?(?:['’]?\s*time)?"),
        ("later", rf"(?:(?:over|more\s+than|less\s+than|about|some|nearly|almost)\s+)?{NUM}\s+(?P<unit>day|week|month|year|decade)s?\s+later"),
        # "today", "yesterday", "this morning", (eighteenth pass) "last night": pattern_words.deictic_triggers
        ("deictic", rf"(?P<w>{_alt(pw['deictic_triggers'])})(?![A-Za-z])"),
        ("decade", r"(?:the\s+)?(?:early\s+|mid-?|late\s+)?(?P<dec>(?:19|20)\d0)s"),
        ("year", rf"(?<![\d$£€.,/-])(?P<y>{Y})(?![\d%]|,\d|\.\d|\s*{not_year})"),
        # (sixteenth pass) a year before 1800 after one of pattern_words.early_year_prepositions
        # ("since 1321", "in 1789"): bare four-digit numbers that old are rarely years otherwise
        ("early_year", rf"{_alt(pw.get('early_year_prepositions', ()))}\s+(?P<y>1[0-7]\d\d)(?![\d%]|,\d|\.\d|\s*{not_year}|\s+(?!{_alt(pw.get('early_year_links', ()))}\b)[a-z])"),
        # (sixteenth pass) "the year before", "the day after" closing a clause: counted from the
        # date written before it in the sentence (resolve.py ``sentence_relative``)
        ("unit_before", r"the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|earlier|later)(?=\s*(?:[.,;:!?)]|$))"),
    ]
    wd_stems = sorted({w[:-3].capitalize() for w in cal.weekdays if w.endswith("day")})
    trigger = re.compile(
        r"(?<![A-Za-z])(?:"
        rf"(?P<M>(?<![A-Za-z]){_factor(sorted(cal.months, key=len, reverse=True))}(?![a-z]))"
        r"|(?P<Y>(?<!\d)(?:1\d|20)\d\d)"
        rf"|(?P<W>(?<![A-Za-z])(?:{'|'.join(wd_stems)})day)"
        rf"|(?P<S>(?<![A-Za-z])(?:{seasons}))"
        r"|(?P<E>\bweekend)"
        rf"|(?P<A>\b{_alt(pw['ago_triggers'])}\b)"
        r"|(?P<Q>\b(?:quarters?|Q[1-4])\b)"
        rf"|(?P<U>\b{_alt(pw['unit_triggers'])}\b)"
        rf"|(?P<D>\b{_alt(pw['deictic_triggers'])})"
        rf"|(?P<N>{named})"
        rf"|(?P<C>\b{_alt(pw.get('cycle_nouns', ()))}\b))", re.I)
    # every rule starts at a word start: cheap to reject mid-word positions, and no month
    # inside a word ("dismay 5")
    compiled = tuple((name, re.compile(r"(?<![A-Za-z])" + rx, re.I)) for name, rx in rules)
    return Patterns(
        rules=compiled, needs_text={name: required_literals(rx) for name, rx in compiled},
        trigger=trigger, capitalised=re.compile(M), bare_month=re.compile(rf"(?P<m>{M})(?![\w.]?\w)"),
        month=M, day=D, year=Y, weekday=WD,
        in_n_span=re.compile(rf"\b{_alt(pw['in_n_span_before'])}\b[^,;:.!?]{{0,60}}$", re.I),
    )


def compiled_patterns(calendar: Calendar | None = None) -> Patterns:
    """The compiled patterns for a calendar vocabulary (cached).

    Args:
        calendar: A loaded calendar (default the packaged ``calendar.yml``).

    Returns:
        The :class:`Patterns`.

    Examples:
        >>> sorted(compiled_patterns().trigger.match("Sunday").groupdict(default="x").items())[-2]
        ('W', 'Sunday')
    """
    return _build(calendar or load_calendar())
