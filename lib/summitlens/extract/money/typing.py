"""What a money amount refers to: kind, subject, approximation, change, year and countries.

:func:`extract_money` finds the amounts of a sentence (:mod:`.amounts`) and types each one:
its **kind** (actual, target, record, forecast …) and **subject** from the nearest cues of
``resources/money.yml``, the percentage change next to it, the **year** from the date
expression attached to it (:func:`summitlens.extract.dates.attach_date`; dates come from the
``dates`` step's table or, for a lone sentence, from the one resolver), and the
**countries** from the gazetteer.

Examples:
    >>> [(m.surface, m.kind, m.year) for m in extract_money("Trade hit a record $240 billion in 2023.")]
    [('$240 billion', 'record', 2023)]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass

from summitlens.extract.dates.attach import attach_date
from summitlens.extract.gazetteer import Gazetteer, country_mentions, find_entities, load_gazetteer
from summitlens.extract.money.amounts import Amount, find_amounts, parse_number
from summitlens.extract.money.lexicon import Lexicon, load_lexicon, norm_key

__all__ = ["MoneyMention", "TimeExpression", "extract_money", "find_countries", "is_total_trade",
           "main_countries", "time_from_exprs", "time_from_table", "PERIOD_GRANULARITIES"]

_WORD = re.compile(r"[A-Za-z0-9$€£¥₽₹%][\w'.$%-]*")
_ATTRIBUTIVE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class TimeExpression:
    """A time expression in a sentence, reduced to what a money figure needs."""

    char_start: int
    char_end: int
    surface: str
    year: int | None
    period_start: str | None = None   # ISO date
    period_end: str | None = None     # ISO date
    partial: bool = False             # a part of a calendar year ("first five months")
    relation: str = ""                # by / in / since / ""
    source: str = "rules"


@dataclass(frozen=True, kw_only=True)
class MoneyMention(Amount):
    """A typed money amount in a sentence: an :class:`Amount` plus what it refers to (one row
    of ``money_mentions`` before offsets)."""

    change_pct: float | None
    year: int | None
    period_start: str | None
    period_end: str | None
    is_partial_year: bool
    year_relation: str
    time_surface: str
    year_source: str
    kind: str
    kind_cue: str
    subject: str
    subject_cue: str
    countries: str

    def to_dict(self) -> dict:
        """The mention as a plain dict.

        Examples:
            >>> extract_money("It cost $5bn.")[0].to_dict()["value_low"]
            5000000000.0
        """
        return asdict(self)


def _n_words(s: str) -> int:
    return len(_WORD.findall(s))


def _change_pct(text: str, a: Amount, lo: int, hi: int, lex: Lexicon) -> float | None:
    window = int(lex.raw["change_pct"]["window_words"])
    best = None
    for m in lex.percent.finditer(text):
        if m.start() < lo or m.end() > hi:
            continue
        gap = text[a.char_end:m.start()] if m.start() >= a.char_end else text[m.end():a.char_start]
        if _n_words(gap) > window or ";" in gap:
            continue
        pre = text[max(0, m.start() - 40):m.start()]
        post = text[m.end():m.end() + 40]
        if re.search(r"\b(?:to|from)\s*$", pre, re.IGNORECASE):
            continue
        if not (lex.pct_change_before.search(pre) or lex.pct_change_after.match(post)):
            continue
        v = parse_number(m.group("num").lstrip("-"))
        neg = m.group("num").startswith("-") or bool(lex.pct_negative.search(pre[-25:] + " " + post[:20]))
        v = -v if neg else v
        d = _n_words(gap)
        if best is None or d < best[0]:
            best = (d, v)
    return best[1] if best else None


def _cue_matches(text: str, lex: Lexicon) -> tuple[list, list]:
    """All kind and subject cue matches of a sentence (computed once per sentence)."""
    order = {kind: i for i, kind in enumerate(lex.raw["kind"]["order"])}
    void = [(m.start(), m.end()) for m in lex.not_cues.finditer(text)]
    kinds = [(m.start(), m.end(), order[kind], kind, " ".join(m.group(0).split()))
             for kind, _, rx in lex.kind_cues for m in rx.finditer(text)
             if not any(s <= m.start() and m.end() <= e for s, e in void)]
    subjects = [(m.start(), m.end(), rank, subj, " ".join(m.group(0).split()))
                for rank, (subj, rx) in enumerate(lex.subject_cues) for m in rx.finditer(text)]
    return kinds, subjects


def _kind(text: str, a: Amount, lo: int, hi: int, lex: Lexicon, cues: list) -> tuple[str, str]:
    k = lex.raw["kind"]
    wb, wa = int(k["window_before"]), int(k["window_after"])
    best = None
    if lex.kind_blocker.search(text, lo, a.char_start):
        lo = a.char_start  # the amount is what something acts on: only cues after it count
    for start, end, rank, kind, cue in cues:
        if start < lo or end > hi:
            continue
        if end <= a.char_start:
            gap = text[end:a.char_start]
            d = _n_words(gap)
            if d > wb or ";" in gap or ":" in gap:
                continue
        elif start >= a.char_end:
            gap = text[a.char_end:start]
            d = _n_words(gap)
            if d > wa or ";" in gap or ":" in gap:
                continue
        else:
            continue
        key = (d, rank, -len(cue))
        if best is None or key < best[0]:
            best = (key, kind, cue)
    return (best[1], best[2]) if best else (k["default"], "")


def _subject(a: Amount, lex: Lexicon, cues: list) -> tuple[str, str]:
    best = None
    for start, end, rank, subj, cue in cues:
        if start < a.char_end and end > a.char_start:
            continue
        d = a.char_start - end if end <= a.char_start else start - a.char_end
        key = (d, rank)
        if best is None or key < best[0]:
            best = (key, subj, cue)
    return (best[1], best[2]) if best else (lex.raw["subject"]["default"], "")


def find_countries(text: str, *, gazetteer: Gazetteer | None = None,
                   exclude: tuple[tuple[int, int], ...] = ()) -> list[str]:
    """ISO codes of the countries a sentence names (names, demonyms, capitals, leaders).

    Countries come from the gazetteer (``places.yml``: each country's ``mentions`` and
    ``code``; ``people.yml``: a person's country), the one id scheme of every extractor;
    a country without a code is left out.

    Args:
        text: One sentence.
        gazetteer: A loaded gazetteer; default the packaged one.
        exclude: Spans to ignore (e.g. money amounts, so "US$" is not the United States).

    Returns:
        Sorted unique ISO 3166-1 alpha-2 codes.

    Examples:
        >>> find_countries("Russian-Chinese trade reached US$140 billion.", exclude=((28, 44),))
        ['CN', 'RU']
        >>> find_countries("Trump said so.")
        ['US']
    """
    gz = gazetteer or load_gazetteer()

    def free(s: int, e: int) -> bool:
        return not any(s < b and e > a for a, b in exclude)

    ids = {cid for cid, s, e in country_mentions(text, gazetteer=gz) if free(s, e)}
    ids |= {gz.people[p.id].get("country", "") for p in find_entities(text, gazetteer=gz, kinds=("person",))
            if free(p.char_start, p.char_end) and p.id in gz.people}
    return sorted({gz.country_code(c) for c in ids if c} - {""})




def _gap_words(s: str, lex: Lexicon) -> int:
    return sum(1 for w in _WORD.findall(s) if w.lower() not in lex.linking_words)


def _assign_time(text: str, amounts: list[Amount], times: list[TimeExpression], i: int,
                 lex: Lexicon) -> TimeExpression | None:
    """The time expression an amount refers to: the nearest one (in words) between the
    neighbouring amounts, one following the amount winning a tie; else the nearest in the
    sentence."""
    a = amounts[i]
    nxt = amounts[i + 1].char_start if i + 1 < len(amounts) else 10 ** 9
    prv = amounts[i - 1].char_end if i > 0 else -1
    best = None
    for t in times:
        if t.char_start >= a.char_end and t.char_end <= nxt:
            gap = _gap_words(text[a.char_end:t.char_start], lex)
            if nxt < 10 ** 9 and _gap_words(text[t.char_end:nxt], lex) < gap:
                continue  # nearer to the next amount: it is that amount's period
            key = (gap, 0)
        elif t.char_end <= a.char_start and t.char_start >= prv:
            gap = _gap_words(text[t.char_end:a.char_start], lex)
            if prv >= 0 and _gap_words(text[prv:t.char_start], lex) <= gap:
                continue  # nearer to (or as near as) the previous amount
            key = (gap, 1)
        else:
            continue
        if best is None or key < best[0]:
            best = (key, t)
    if best is not None:
        return best[1]
    if not times:
        return None
    return min(times, key=lambda t: min(abs(t.char_start - a.char_end), abs(a.char_start - t.char_end)))


def extract_money(
    text: str,
    *,
    published: dt.date | None = None,
    time_expressions: list[TimeExpression] | None = None,
    context_countries: tuple[str, ...] = (),
    lexicon: Lexicon | None = None,
    gazetteer: Gazetteer | None = None,
    amounts: list[Amount] | None = None,
) -> list[MoneyMention]:
    """Extract and type every money amount of a sentence.

    Args:
        text: One sentence (use ``sentences.text_match`` for straight quotes and ASCII dashes).
        published: Publication date (anchor for "last year" etc.).
        time_expressions: Resolved time expressions of this sentence (local offsets), e.g.
            from the ``temporal_expressions`` table; default: resolved here with
            :func:`summitlens.extract.dates.resolve_dates` (anchored on ``published``).
        context_countries: The article's two main countries, used when the sentence speaks
            of "bilateral"/"mutual"/"our" trade but names fewer than two countries.
        lexicon: A compiled lexicon; default the packaged one.
        gazetteer: The gazetteer countries come from; default the packaged one.
        amounts: The sentence's amounts when the caller has found them already
            (:func:`find_amounts` with the same lexicon); default: found here.

    Returns:
        One :class:`MoneyMention` per amount, in reading order.

    Examples:
        >>> ms = extract_money("Trade surpassed a $200 billion target last year and reached "
        ...                    "a record $240 billion in 2023.", published=dt.date(2024, 3, 19))
        >>> [(m.value_low, m.kind, m.year) for m in ms]
        [(200000000000.0, 'target', 2023), (240000000000.0, 'record', 2023)]
    """
    lex = lexicon or load_lexicon()
    if amounts is None:
        amounts = find_amounts(text, lexicon=lex)
    if not amounts:
        return []
    if time_expressions is None:
        from summitlens.extract.dates import resolve_dates

        time_expressions = time_from_exprs(resolve_dates(text, anchor=published), sentence=text, lexicon=lex)
    times = list(time_expressions)
    spans = tuple((a.char_start, a.char_end) for a in amounts)
    times = sorted((t for t in times if all(t.char_end <= s or t.char_start >= e for s, e in spans)),
                   key=lambda t: t.char_start)
    named = find_countries(text, gazetteer=gazetteer, exclude=spans)
    bilateral = bool(context_countries) and bool(lex.bilateral.search(text))
    kind_cues, subject_cues = _cue_matches(text, lex)
    doc = None
    if len(times) >= 2 and len(amounts) >= 1:
        from summitlens.text.parse import parse_one

        doc = parse_one(text)
    out = []
    for i, a in enumerate(amounts):
        lo = amounts[i - 1].char_end if i > 0 else 0
        hi = amounts[i + 1].char_start if i + 1 < len(amounts) else len(text)
        kind, kind_cue = _kind(text, a, lo, hi, lex, kind_cues)
        subject, subject_cue = _subject(a, lex, subject_cues)
        countries = named
        if context_countries and len(named) < 2 and (bilateral or (not named and subject == "bilateral_trade")):
            countries = sorted(set(named) | set(context_countries))
        t = attach_date(text, event=(a.char_start, a.char_end), dates=times, doc=doc) if times else None
        if t is None and len(times) == 1 and len(amounts) == 1:
            t = _assign_time(text, amounts, times, i, lex)  # one figure, one period: "… in 2023, trade hit $240bn"
        out.append(MoneyMention(
            **asdict(a), change_pct=_change_pct(text, a, lo, hi, lex),
            year=t.year if t else None, period_start=t.period_start if t else None,
            period_end=t.period_end if t else None, is_partial_year=bool(t.partial) if t else False,
            year_relation=t.relation if t else "", time_surface=t.surface if t else "",
            year_source=t.source if t else "", kind=kind, kind_cue=kind_cue, subject=subject,
            subject_cue=subject_cue, countries=";".join(countries),
        ))
    return out


#: Granularities of the ``temporal_expressions`` table usable as the period of an amount.
PERIOD_GRANULARITIES = {"month": True, "multi-month": True, "season": True, "quarter": True,
                        "year_part": True, "year": False, "multi-year": False, "decade": False}

_EXPLICIT_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def time_from_table(rows, *, sentence: str, sentence_start: int,
                    lexicon: Lexicon | None = None) -> list[TimeExpression]:
    """Turn rows of the ``temporal_expressions`` table into sentence-local time expressions.

    Only month-or-longer granularities are kept (a weekday says nothing about the year a
    trade figure refers to). A single-year interval gives its year; a multi-year interval
    gives its last year when written as a deadline ("by 2030"), else no year.

    Args:
        rows: Iterable of mappings with ``char_start``, ``char_end``, ``surface``, ``start``,
            ``end``, ``granularity`` (offsets into ``articles.text``).
        sentence: The sentence text.
        sentence_start: Offset of the sentence in ``articles.text``.
        lexicon: A compiled lexicon; default the packaged one.

    Returns:
        Time expressions with offsets local to the sentence.

    Examples:
        >>> import pandas as pd
        >>> row = {"char_start": 13, "char_end": 17, "surface": "2023", "granularity": "year",
        ...        "start": pd.Timestamp("2023-01-01"), "end": pd.Timestamp("2023-12-31")}
        >>> [(t.year, t.relation) for t in time_from_table([row], sentence="Trade rose by 2023.",
        ...                                                  sentence_start=0)]
        [(2023, 'by')]
    """
    lex = lexicon or load_lexicon()
    out = []
    for r in rows:
        g = r["granularity"]
        if g in ("day", "multi-day") and _EXPLICIT_YEAR.search(str(r["surface"])):
            g = "month"  # "on March 5, 2023": the figure's year (and month)
        if g not in PERIOD_GRANULARITIES:
            continue
        a, b = int(r["char_start"]) - sentence_start, int(r["char_end"]) - sentence_start
        if a < 0 or b > len(sentence) or (g == "year" and _ATTRIBUTIVE.search(sentence[max(0, a - 5):a])):
            continue
        s, e = r["start"], r["end"]
        if s is None or e is None or s != s or e != e:  # NaT / None: unresolved
            continue
        rel = lex.time_patterns["relation"].search(sentence[max(0, a - 30):a])
        relation = lex.raw["time"]["relations"].get(norm_key(rel.group("rel")), "") if rel else ""
        partial = PERIOD_GRANULARITIES[g] and s.year == e.year
        if partial and lex.full_year.search(r["surface"]):
            # "at the end of 2021": a year's total, not its last quarter
            s, e, partial = s.replace(month=1, day=1), e.replace(month=12, day=31), False
        if s.year == e.year:
            year = int(s.year)
        elif relation == "by":
            year = int(e.year)
        else:
            year = None
        out.append(TimeExpression(a, b, sentence[a:b], year, s.date().isoformat(), e.date().isoformat(),
                                  partial, relation, "temporal_expressions"))
    return out


def time_from_exprs(exprs, *, sentence: str, lexicon: Lexicon | None = None) -> list[TimeExpression]:
    """Turn resolved :class:`~summitlens.extract.dates.TimeExpr` of one sentence into time
    expressions for money figures (see :func:`time_from_table`).

    Examples:
        >>> from summitlens.extract.dates import resolve_dates
        >>> t = "Trade hit $200bn last year."
        >>> [(x.surface, x.year) for x in time_from_exprs(resolve_dates(t, anchor=dt.date(2024, 3, 7)), sentence=t)]
        [('last year', 2023)]
    """
    import pandas as pd

    rows = [{"char_start": e.char_start, "char_end": e.char_end, "surface": e.surface,
             "granularity": e.granularity, "start": pd.Timestamp(e.start) if e.start else None,
             "end": pd.Timestamp(e.end) if e.end else None} for e in exprs]
    return time_from_table(rows, sentence=sentence, sentence_start=0, lexicon=lexicon)


def main_countries(sentences: list[str], *, gazetteer: Gazetteer | None = None, n: int = 2) -> tuple[str, ...]:
    """The ``n`` countries named in most sentences of an article (ties: alphabetical).

    Examples:
        >>> main_countries(["Putin met Xi in Beijing.", "Russia and China agreed."])
        ('CN', 'RU')
    """
    gz = gazetteer or load_gazetteer()
    counts: dict[str, int] = {}
    for s in sentences:
        for c in find_countries(s, gazetteer=gz):
            counts[c] = counts.get(c, 0) + 1
    ranked = sorted(counts, key=lambda c: (-counts[c], c))[:n]
    return tuple(sorted(ranked))


def is_total_trade(m: MoneyMention, *, lexicon: Lexicon | None = None) -> bool:
    """True when a mention is about total two-way trade (not exports, imports or a balance).

    Examples:
        >>> is_total_trade(extract_money("Bilateral trade reached $240 billion.")[0])
        True
        >>> is_total_trade(extract_money("Chinese imports from Russia reached $114 billion.")[0])
        False
    """
    lex = lexicon or load_lexicon()
    return m.subject == "bilateral_trade" and norm_key(m.subject_cue) in lex.total_trade
