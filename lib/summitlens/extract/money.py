"""Money amounts in a sentence, normalised and typed (value, currency, year, kind, subject).

Every rule lives in ``resources/money.yml`` (currencies, scale words, approximation,
range, kind, subject, country and time cues); this module only compiles and applies it.
Everything here is a pure function of its inputs: no I/O except reading the lexicon file
once (cached), no clock.

The unit is one sentence. Offsets are character offsets into the sentence string (Python
slice convention); the pipeline adds the sentence's ``char_start`` to get offsets into
``articles.text``.

Examples:
    >>> [m.surface for m in extract_money("Trade hit $240 billion, up 26.3%, in 2023.")]
    ['$240 billion']
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from summitlens import paths

__all__ = [
    "Amount",
    "Lexicon",
    "MoneyMention",
    "TimeExpression",
    "extract_money",
    "find_amounts",
    "find_countries",
    "find_time_expressions",
    "load_lexicon",
    "parse_number",
    "extract_money_table",
    "is_total_trade",
    "main_countries",
    "time_from_table",
]

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD = re.compile(r"[A-Za-z0-9$€£¥₽₹%][\w'.$%-]*")
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}


def _phrase(p: str) -> str:
    """Regex for a lexicon phrase: escaped, spaces match whitespace, word-bounded."""
    body = r"\s+".join(re.escape(w) for w in p.split())
    left = r"(?<![\w])" if p[:1].isalnum() else ""
    right = r"(?![\w])" if p[-1:].isalnum() or p[-1:] == "." else ""
    return left + body + right


def _alternation(phrases, *, case_sensitive_upper: bool = False) -> str:
    """One regex for many phrases, longest first. Phrases that start and end with a word
    character share one pair of word-boundary guards (much faster than one per phrase)."""
    plain, special = [], []
    for p in sorted(set(phrases), key=lambda s: (-len(s), s)):
        cs = case_sensitive_upper and any(c.isalpha() for c in p) and p.upper() == p
        if p[:1].isalnum() and p[-1:].isalnum():
            body = r"\s+".join(re.escape(w) for w in p.split())
            plain.append(f"(?-i:{body})" if cs else body)
        else:
            rx = _phrase(p)
            special.append(f"(?-i:{rx})" if cs else rx)
    parts = special[:]
    if plain:
        parts.append(r"(?<!\w)(?:" + "|".join(plain) + r")(?!\w)")
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class Lexicon:
    """A compiled money lexicon (see ``resources/money.yml``)."""

    raw: dict
    number: re.Pattern
    percent: re.Pattern
    connector: re.Pattern
    between_before: re.Pattern
    from_before: re.Pattern
    change_verb_before: re.Pattern
    approx_before: re.Pattern
    approx_after: re.Pattern
    pct_change_before: re.Pattern
    pct_change_after: re.Pattern
    pct_negative: re.Pattern
    kind_cues: tuple[tuple[str, str, re.Pattern], ...]
    subject_cues: tuple[tuple[str, re.Pattern], ...]
    country_cues: tuple[tuple[str, re.Pattern], ...]
    bilateral: re.Pattern
    time_patterns: dict[str, re.Pattern]
    currency_of: dict[str, str]
    scale_of: dict[str, tuple[float, str]]
    number_words: dict[str, float]
    approx_codes: dict[str, str]
    full_year: re.Pattern
    kind_blocker: re.Pattern
    up_to_blocker: re.Pattern
    not_cues: re.Pattern
    total_trade: frozenset


@lru_cache(maxsize=8)
def _load(path: str) -> Lexicon:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    cur = raw["currencies"]
    currency_of: dict[str, str] = {}
    for group in ("before", "after", "dangling_after"):
        for k, v in cur[group].items():
            currency_of.setdefault(_norm_key(k), v)
    before = _alternation(cur["before"], case_sensitive_upper=True)
    after = _alternation(cur["after"], case_sensitive_upper=True)
    after_stop = _alternation(cur.get("after_not_followed_by") or ["\x00"])
    up_to_blockers = _alternation(raw["approx"].get("up_to_blockers") or ["\x00"])
    dangling = _alternation(cur["dangling_after"], case_sensitive_upper=True)
    scale_of = {k.lower(): (float(v["multiplier"]), v["name"]) for k, v in raw["scales"].items()}
    attached = [k for k in raw["scales"]]
    spaced = [k for k, v in raw["scales"].items() if not v.get("attached_only")]
    scale_att = "(?:" + "|".join(re.escape(s) for s in sorted(attached, key=len, reverse=True)) + r")(?![A-Za-z])"
    scale_sp = "(?:" + "|".join(re.escape(s) for s in sorted(spaced, key=len, reverse=True)) + r")(?![A-Za-z])"
    words = raw["number_words"]
    numw = _alternation([str(w) for w in words])
    number = re.compile(
        r"(?<![A-Za-z0-9_.,])"
        rf"(?:(?P<cur1>{before})\s?)?"
        rf"(?:(?P<num>{_DIGITS})(?!['\u2019]s\b)(?![.,]?\d)|(?P<numw>{numw})(?=[\s-]+{scale_sp}))"
        rf"(?:(?P<scale_att>{scale_att})|[\s-](?P<scale>{scale_sp}))?"
        rf"(?:\s*(?:of\s+)?(?P<cur2>{after})(?![A-Za-z])(?![\s-]+{after_stop})|\s+(?P<cur3>{dangling})(?=[\s\"'\u201d\u2019)]*$))?",
        re.IGNORECASE,
    )
    percent = re.compile(rf"(?<![\w.])(?P<num>-?(?:{_DIGITS}))\s?(?:%|percent\b|per\s?cent\b|pct\b)",
                         re.IGNORECASE)
    conn = "|".join(re.escape(c) for c in raw["ranges"]["connectors"] if c != "-")
    connector = re.compile(rf"^\s*-?\s*(?P<c>[-\u2013\u2014]|{conn})\s*-?\s*$", re.IGNORECASE)
    between_before = re.compile(r"\bbetween\s*$", re.IGNORECASE)
    from_before = re.compile(r"\bfrom\s*$", re.IGNORECASE)
    change_verb_before = re.compile(
        r"\b" + _alternation(raw["ranges"]["change_verbs"]) + r"(?:\W+\w+){0,5}\W*from\s*$", re.IGNORECASE)
    ap = raw["approx"]
    approx_codes = {_norm_key(k): v for k, v in {**ap["cues"], **ap["after_cues"]}.items()}
    fill = _alternation(ap["fillers"])
    approx_before = re.compile(rf"(?P<cue>{_alternation(ap['cues'])})(?:\s+{fill})*\s*$", re.IGNORECASE)
    approx_after = re.compile(rf"^\s*(?P<cue>{_alternation(ap['after_cues'])})", re.IGNORECASE)
    cp = raw["change_pct"]
    pos_neg = _alternation(cp["positive_cues"] + cp["negative_cues"])
    pct_change_before = re.compile(rf"{pos_neg}(?:\s+(?:by|of|nearly|almost|about|around|some|over|more\s+than))*\s*$",
                                   re.IGNORECASE)
    pct_change_after = re.compile(
        r"^\s*(?:year[- ]on[- ]year\s+|on[- ]year\s+)?(?:rise|increase|growth|jump|gain|drop|decline|fall|decrease|"
        r"surge|climb|year[- ]on[- ]year|on\s+the\s+year)\b", re.IGNORECASE)
    pct_negative = re.compile(_alternation(cp["negative_cues"] + ["drop", "decline", "fall", "decrease"]),
                              re.IGNORECASE)
    kind_cues = tuple(
        (kind, "", re.compile(_alternation(raw["kind"]["cues"][kind]), re.IGNORECASE))
        for kind in raw["kind"]["order"]
    )
    subject_cues = tuple(
        (subj, re.compile(_alternation(raw["subject"]["cues"][subj]), re.IGNORECASE))
        for subj in raw["subject"]["priority"]
    )
    countries = raw["countries"]
    country_cues = tuple(
        (code, re.compile(_alternation([str(n) for n in names])))
        for code, names in countries.items() if code != "bilateral_cues"
    )
    bilateral = re.compile(_alternation(countries["bilateral_cues"]), re.IGNORECASE)
    t = raw["time"]
    months = _alternation(t["months"] + [m[:3] + "." for m in t["months"] if len(m) > 4])
    year = r"(?:19[5-9]\d|20\d\d)"
    rel_years = _alternation(t["relative_years"])
    year_ref = rf"(?P<yref>{year}|{rel_years})"
    time_patterns = {
        "month_range": re.compile(
            rf"(?:from\s+)?(?P<m1>{months})\s*(?:to|through|until|till|-|\u2013)\s*(?P<m2>{months})"
            rf"(?:\s+(?:of\s+)?{year_ref})?", re.IGNORECASE),
        "first_n": re.compile(
            rf"{t['first_n_months']}(?:\s+(?:of\s+)?(?:the\s+year|{year_ref}))?", re.IGNORECASE),
        "halves": re.compile(
            rf"(?P<half>{_alternation(t['halves'])})(?:\s+(?:of\s+)?(?:the\s+year|{year_ref}))?",
            re.IGNORECASE),
        "decade": re.compile(_alternation(t["decade_end"]), re.IGNORECASE),
        "month_year": re.compile(rf"(?P<m1>{months})(?:\s+\d{{1,2}},?)?\s+(?P<y>{year})(?![\w%])", re.IGNORECASE),
        "year": re.compile(rf"(?<![\w$.,\u20ac\u00a3-])(?P<y>{year})(?:['\u2019]s)?(?![\w%]|\s?(?:percent|per\s?cent|bn|billion|million))",
                           re.IGNORECASE),
        "fiscal": re.compile(rf"\bfiscal(?:\s+year)?\s+(?P<y>{year}|\d\d)\b", re.IGNORECASE),
        "relative_year": re.compile(rel_years, re.IGNORECASE),
        "relative_month": re.compile(_alternation(t["relative_months"]), re.IGNORECASE),
        "month": re.compile(rf"\b(?:in|by|since|until|of|during)\s+(?P<m1>{months})(?![\w])", re.IGNORECASE),
        "relation": re.compile(
            rf"(?P<rel>{_alternation(t['relations'])})(?:\s+the)?\s*$", re.IGNORECASE),
    }
    return Lexicon(raw, number, percent, connector, between_before, from_before, change_verb_before,
                   approx_before, approx_after, pct_change_before, pct_change_after, pct_negative,
                   kind_cues, subject_cues, country_cues, bilateral, time_patterns, currency_of, scale_of,
                   {_norm_key(k): float(v) for k, v in words.items()}, approx_codes,
                   re.compile(_alternation(t["full_year_cues"]), re.IGNORECASE),
                   re.compile(rf"{_alternation(raw['kind']['blockers'])}(?:\s+{_alternation(raw['kind']['blocker_fillers'])})*\s*$",
                              re.IGNORECASE),
                   re.compile(up_to_blockers + r"\s*$", re.IGNORECASE),
                   re.compile(_alternation(raw["kind"].get("not_cues") or ["\x00"]), re.IGNORECASE),
                   frozenset(_norm_key(c) for c in raw["subject"].get("total_trade_cues", [])))


def _norm_key(s: str) -> str:
    return " ".join(str(s).split()).lower()


def load_lexicon(path: str | os.PathLike[str] | None = None) -> Lexicon:
    """Load and compile a money lexicon (cached per path).

    Args:
        path: A YAML file shaped like ``resources/money.yml``; default the packaged one.

    Returns:
        The compiled :class:`Lexicon`.

    Examples:
        >>> lex = load_lexicon()
        >>> lex.currency_of["yuan"], lex.scale_of["bn"]
        ('CNY', (1000000000.0, 'billion'))
    """
    return _load(str(Path(path) if path is not None else paths.resource("money.yml")))


def parse_number(s: str) -> float:
    """Parse a written number with thousands separators and a decimal point.

    Args:
        s: Digits such as ``"1,234.5"`` or ``"240"``.

    Returns:
        The value as a float.

    Examples:
        >>> parse_number("1,234.5"), parse_number("146.887")
        (1234.5, 146.887)
    """
    return float(s.replace(",", ""))


# ---------------------------------------------------------------------------------------
# amounts


@dataclass(frozen=True)
class Amount:
    """A money amount found in a sentence (before typing)."""

    char_start: int
    char_end: int
    surface: str
    value_low: float
    value_high: float
    currency: str
    scale: str
    approx: str = ""
    approx_cue: str = ""
    decimals: int = 0
    sig_unit: float = 1.0


@dataclass
class _NP:
    start: int
    end: int
    num_start: int
    value: float
    decimals: int
    currency: str | None
    mult: float | None
    scale: str | None
    year_like: bool
    has_cur2: bool
    digits: str


def _number_phrases(text: str, lex: Lexicon) -> list[_NP]:
    out = []
    for m in lex.number.finditer(text):
        if m.group("num") is None and m.group("numw") is None:
            continue
        if m.group("num") is not None:
            digits = m.group("num")
            value = parse_number(digits)
            decimals = len(digits.split(".")[1]) if "." in digits else 0
            num_start = m.start("num")
        else:
            digits = m.group("numw")
            value = lex.number_words.get(_norm_key(digits), 1.0)
            decimals = 1 if value < 1 else 0
            num_start = m.start("numw")
        cur_s = m.group("cur1") or m.group("cur2") or m.group("cur3")
        currency = lex.currency_of.get(_norm_key(cur_s)) if cur_s else None
        if cur_s and currency is None:  # case-insensitive hit of a case-sensitive code
            currency = lex.currency_of.get(_norm_key(cur_s.upper()))
        sc = m.group("scale_att") or m.group("scale")
        mult, scale = lex.scale_of.get(sc.lower(), (None, None)) if sc else (None, None)
        end = m.end()
        # a trailing "U.S." without dollars keeps its full stop inside the surface
        year_like = (m.group("num") is not None and re.fullmatch(r"(?:19|20)\d\d", digits) is not None
                     and not sc and not cur_s)
        out.append(_NP(m.start(), end, num_start, value, decimals, currency, mult, scale, year_like,
                       bool(m.group("cur2") or m.group("cur3")), digits))
    return out


def _is_percent(text: str, np: _NP) -> bool:
    return re.match(r"\s?(?:%|percent\b|per\s?cent\b|pct\b)", text[np.end:], re.IGNORECASE) is not None


def _sig_unit(digits: str, mult: float) -> float:
    """Unit of the last significant digit (at least two significant digits)."""
    if not re.fullmatch(r"[\d,]+(?:\.\d+)?", digits):
        return mult
    d = digits.replace(",", "")
    if "." in d:
        return 10 ** -len(d.split(".")[1]) * mult
    stripped = d.lstrip("0") or "0"
    trailing = len(stripped) - len(stripped.rstrip("0"))
    n_sig = len(stripped) - trailing
    if n_sig < 2 and len(stripped) >= 2:
        trailing = len(stripped) - 2
    return 10 ** trailing * mult


def find_amounts(text: str, *, lexicon: Lexicon | None = None) -> list[Amount]:
    """Find money amounts (numbers with a currency) in a sentence.

    Handles currency symbols and codes before the number, currency names after it, scale
    words and abbreviations, thousands separators and decimals, ranges ("$200-250 billion",
    "between $1m and $2m", "from $5bn to $6bn" unless a change verb precedes "from"), and
    approximation cues ("more than", "about", "up to" …).

    Args:
        text: One sentence.
        lexicon: A compiled lexicon; default the packaged one.

    Returns:
        Amounts in reading order; ``value_low``/``value_high`` in absolute units.

    Examples:
        >>> a = find_amounts("It is worth between $200 and $250 billion.")[0]
        >>> (a.value_low, a.value_high, a.currency, a.scale)
        (200000000000.0, 250000000000.0, 'USD', 'billion')
        >>> [(x.value_low, x.approx) for x in find_amounts("more than 140 billion US dollars")]
        [(140000000000.0, 'more_than')]
    """
    lex = lexicon or load_lexicon()
    nps = [n for n in _number_phrases(text, lex) if not _is_percent(text, n)]
    groups: list[list[_NP]] = []
    i = 0
    while i < len(nps):
        a = nps[i]
        if i + 1 < len(nps):
            b = nps[i + 1]
            cm = lex.connector.match(text[a.end:b.start])
            if cm and _can_merge(text, a, b, cm.group("c").lower(), lex):
                groups.append([a, b])
                i += 2
                continue
        groups.append([a])
        i += 1
    out = []
    for g in groups:
        cur = next((n.currency for n in reversed(g) if n.currency), None)
        if cur is None:
            continue
        last = g[-1]
        mult = last.mult or 1.0
        scale = last.scale or "unit"
        lo_np, hi_np = g[0], g[-1]
        lo = lo_np.value * (lo_np.mult or mult)
        hi = hi_np.value * (hi_np.mult or mult)
        start, end = g[0].start, g[-1].end
        surface = text[start:end]
        approx, cue = "", ""
        window = text[max(0, start - 60):start]
        am = lex.approx_before.search(window)
        if am:
            cue = am.group("cue")
            approx = lex.approx_codes.get(_norm_key(cue), "approx")
            if _norm_key(cue) == "up to" and lex.up_to_blocker.search(window[:am.start()]):
                approx, cue = "", ""  # "pushed up to $37bn": a particle, not a bound
        else:
            am = lex.approx_after.match(text[end:])
            if am:
                cue = am.group("cue")
                approx = lex.approx_codes.get(_norm_key(cue), "approx")
        out.append(Amount(start, end, surface, lo, hi, cur, scale, approx, " ".join(cue.split()),
                          max(n.decimals for n in g), _sig_unit(hi_np.digits, hi_np.mult or mult)))
    return out


def _can_merge(text: str, a: _NP, b: _NP, conn: str, lex: Lexicon) -> bool:
    if a.year_like or a.has_cur2:
        return False
    if a.currency and b.currency and a.currency != b.currency:
        return False
    if not (a.currency or b.currency):
        return False
    if a.mult is not None and b.mult is not None and a.mult != b.mult:
        return False
    before = text[:a.start]
    if conn == "and" and not lex.between_before.search(before):
        return False
    if conn == "to" and lex.from_before.search(before) and lex.change_verb_before.search(before):
        return False
    if conn == "to" and not lex.from_before.search(before) and a.currency and b.currency and a.mult and b.mult:
        # "$5bn to $6bn" without "from": keep as a range only after "anywhere"/"ranging" etc.
        if not re.search(r"\b(?:rang\w*|anywhere|between|estimated|some)\s*$", before, re.IGNORECASE):
            return False
    lo = a.value * (a.mult or b.mult or 1.0)
    hi = b.value * (b.mult or 1.0)
    return lo <= hi


# ---------------------------------------------------------------------------------------
# time


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


def _year_of(ref: str | None, published: dt.date | None) -> int | None:
    if not ref:
        return published.year if published else None
    if re.fullmatch(r"\d{4}", ref):
        return int(ref)
    lex = load_lexicon()
    off = lex.raw["time"]["relative_years"].get(_norm_key(ref))
    if off is None or published is None:
        return None
    return published.year + int(off)


def _month_no(s: str) -> int:
    return _MONTHS[next(k for k in _MONTHS if k.startswith(s.lower().rstrip(".")[:3]))]


def _period(year: int | None, m1: int, m2: int) -> tuple[str | None, str | None]:
    if year is None:
        return None, None
    last = (dt.date(year + (m2 == 12), m2 % 12 + 1, 1) - dt.timedelta(days=1)).day
    return f"{year:04d}-{m1:02d}-01", f"{year:04d}-{m2:02d}-{last:02d}"


_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                  "ten": 10, "eleven": 11}


def find_time_expressions(text: str, *, published: dt.date | None = None,
                          lexicon: Lexicon | None = None) -> list[TimeExpression]:
    """Small rule-based year typing for money figures (the fallback resolver).

    Finds explicit years ("in 2023", "fiscal 2019"), month + year, relative years
    ("last year", "this year", resolved with ``published``), partial periods ("the first
    five months", "from January to November this year", "first half of 2023"), lone months
    ("in November": the latest such month not after ``published``) and "the end of the
    decade". Each gets the relation word before it (``by``, ``in``, ``since``).

    Args:
        text: One sentence.
        published: Publication date of the article (anchor for relative expressions).
        lexicon: A compiled lexicon; default the packaged one.

    Returns:
        Non-overlapping expressions in reading order.

    Examples:
        >>> [(t.surface, t.year, t.relation) for t in
        ...  find_time_expressions("Trade hit $200bn last year and will reach $250bn by 2030.",
        ...                        published=dt.date(2024, 3, 7))]
        [('last year', 2023, ''), ('2030', 2030, 'by')]
    """
    lex = lexicon or load_lexicon()
    tp = lex.time_patterns
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(m: re.Match, year, p0, p1, partial):
        a, b = m.start(), m.end()
        if not free(a, b):
            return
        taken.append((a, b))
        rel = tp["relation"].search(text[max(0, a - 30):a])
        relation = lex.raw["time"]["relations"].get(_norm_key(rel.group("rel")), "") if rel else ""
        found.append(TimeExpression(a, b, text[a:b], year, p0, p1, partial, relation))

    for m in tp["month_range"].finditer(text):
        y = _year_of(m.group("yref"), published)
        m1, m2 = _month_no(m.group("m1")), _month_no(m.group("m2"))
        if m1 <= m2:
            add(m, y, *_period(y, m1, m2), True)
    for m in tp["first_n"].finditer(text):
        n = m.group("n").lower()
        k = int(n) if n.isdigit() else _SMALL_NUMBERS.get(n)
        if k and 1 <= k <= 12:
            y = _year_of(m.group("yref"), published)
            add(m, y, *_period(y, 1, k), True)
    halves = {_norm_key(k): v for k, v in lex.raw["time"]["halves"].items()}
    for m in tp["halves"].finditer(text):
        y = _year_of(m.group("yref"), published)
        m1, m2 = halves[_norm_key(m.group("half"))]
        add(m, y, *_period(y, m1, m2), True)
    for m in tp["decade"].finditer(text):
        y = (published.year // 10 + 1) * 10 if published else None
        add(m, y, *_period(y, 1, 12), False)
    for m in tp["month_year"].finditer(text):
        y = int(m.group("y"))
        mo = _month_no(m.group("m1"))
        add(m, y, *_period(y, mo, mo), True)
    for m in tp["fiscal"].finditer(text):
        y = int(m.group("y"))
        y = y if y > 100 else 2000 + y
        add(m, y, *_period(y, 1, 12), False)
    for m in tp["year"].finditer(text):
        if _ATTRIBUTIVE.search(text[max(0, m.start() - 5):m.start()]):
            continue  # "a 2014 report": a year naming a thing, not a period
        y = int(m.group("y"))
        add(m, y, *_period(y, 1, 12), False)
    for m in tp["relative_year"].finditer(text):
        y = _year_of(m.group(0), published)
        add(m, y, *_period(y, 1, 12), False)
    for m in tp["relative_month"].finditer(text):
        if published is None:
            add(m, None, None, None, True)
            continue
        off = int(lex.raw["time"]["relative_months"].get(_norm_key(m.group(0)), 0))
        mo, y = published.month + off, published.year
        if mo < 1:
            mo, y = mo + 12, y - 1
        add(m, y, *_period(y, mo, mo), True)
    for m in tp["month"].finditer(text):
        mo = _month_no(m.group("m1"))
        if published is None:
            y = None
        else:
            y = published.year if mo <= published.month else published.year - 1
        add(m, y, *_period(y, mo, mo), True)
    return sorted(found, key=lambda t: t.char_start)


# ---------------------------------------------------------------------------------------
# typing


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


def find_countries(text: str, *, lexicon: Lexicon | None = None,
                   exclude: tuple[tuple[int, int], ...] = ()) -> list[str]:
    """ISO codes of the countries a sentence names (names, demonyms, capitals, leaders).

    Args:
        text: One sentence.
        lexicon: A compiled lexicon; default the packaged one.
        exclude: Spans to ignore (e.g. money amounts, so "US$" is not the United States).

    Returns:
        Sorted unique ISO 3166-1 alpha-2 codes.

    Examples:
        >>> find_countries("Russian-Chinese trade reached US$140 billion.", exclude=((28, 44),))
        ['CN', 'RU']
    """
    lex = lexicon or load_lexicon()
    out = set()
    for code, rx in lex.country_cues:
        for m in rx.finditer(text):
            if any(m.start() < e and m.end() > s for s, e in exclude):
                continue
            out.add(code)
            break
    return sorted(out)


_LINKING = frozenset({"in", "by", "for", "during", "since", "until", "of", "the", "at", "as", "on"})
_ATTRIBUTIVE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def _gap_words(s: str) -> int:
    return sum(1 for w in _WORD.findall(s) if w.lower() not in _LINKING)


def _assign_time(text: str, amounts: list[Amount], times: list[TimeExpression], i: int) -> TimeExpression | None:
    """The time expression an amount refers to: the nearest one (in words) between the
    neighbouring amounts, one following the amount winning a tie; else the nearest in the
    sentence."""
    a = amounts[i]
    nxt = amounts[i + 1].char_start if i + 1 < len(amounts) else 10 ** 9
    prv = amounts[i - 1].char_end if i > 0 else -1
    best = None
    for t in times:
        if t.char_start >= a.char_end and t.char_end <= nxt:
            gap = _gap_words(text[a.char_end:t.char_start])
            if nxt < 10 ** 9 and _gap_words(text[t.char_end:nxt]) < gap:
                continue  # nearer to the next amount: it is that amount's period
            key = (gap, 0)
        elif t.char_end <= a.char_start and t.char_start >= prv:
            gap = _gap_words(text[t.char_end:a.char_start])
            if prv >= 0 and _gap_words(text[prv:t.char_start]) <= gap:
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
) -> list[MoneyMention]:
    """Extract and type every money amount of a sentence.

    Args:
        text: One sentence (use ``sentences.text_match`` for straight quotes and ASCII dashes).
        published: Publication date (anchor for "last year" etc.).
        time_expressions: Resolved time expressions of this sentence (local offsets), e.g.
            from the ``temporal_expressions`` table; missing spans are filled by the
            fallback rules of :func:`find_time_expressions`.
        context_countries: The article's two main countries, used when the sentence speaks
            of "bilateral"/"mutual"/"our" trade but names fewer than two countries.
        lexicon: A compiled lexicon; default the packaged one.

    Returns:
        One :class:`MoneyMention` per amount, in reading order.

    Examples:
        >>> ms = extract_money("Trade surpassed a $200 billion target last year and reached "
        ...                    "a record $240 billion in 2023.", published=dt.date(2024, 3, 19))
        >>> [(m.value_low, m.kind, m.year) for m in ms]
        [(200000000000.0, 'target', 2023), (240000000000.0, 'record', 2023)]
    """
    lex = lexicon or load_lexicon()
    amounts = find_amounts(text, lexicon=lex)
    if not amounts:
        return []
    times = list(time_expressions or [])
    for t in find_time_expressions(text, published=published, lexicon=lex):
        if all(t.char_end <= s.char_start or t.char_start >= s.char_end for s in times):
            times.append(t)
    spans = tuple((a.char_start, a.char_end) for a in amounts)
    times = sorted((t for t in times if all(t.char_end <= s or t.char_start >= e for s, e in spans)),
                   key=lambda t: t.char_start)
    named = find_countries(text, lexicon=lex, exclude=spans)
    bilateral = bool(context_countries) and bool(lex.bilateral.search(text))
    kind_cues, subject_cues = _cue_matches(text, lex)
    out = []
    for i, a in enumerate(amounts):
        lo = amounts[i - 1].char_end if i > 0 else 0
        hi = amounts[i + 1].char_start if i + 1 < len(amounts) else len(text)
        kind, kind_cue = _kind(text, a, lo, hi, lex, kind_cues)
        subject, subject_cue = _subject(a, lex, subject_cues)
        countries = named
        if context_countries and len(named) < 2 and (bilateral or (not named and subject == "bilateral_trade")):
            countries = sorted(set(named) | set(context_countries))
        t = _assign_time(text, amounts, times, i)
        out.append(MoneyMention(
            **asdict(a), change_pct=_change_pct(text, a, lo, hi, lex),
            year=t.year if t else None, period_start=t.period_start if t else None,
            period_end=t.period_end if t else None, is_partial_year=bool(t.partial) if t else False,
            year_relation=t.relation if t else "", time_surface=t.surface if t else "",
            year_source=t.source if t else "", kind=kind, kind_cue=kind_cue, subject=subject,
            subject_cue=subject_cue, countries=";".join(countries),
        ))
    return out


# ---------------------------------------------------------------------------------------
# table level

#: Granularities of the ``temporal_expressions`` table usable as the period of an amount.
PERIOD_GRANULARITIES = {"month": True, "multi-month": True, "season": True, "quarter": True,
                        "year_part": True, "year": False, "multi-year": False, "decade": False}

_EXPLICIT_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PREFILTER = re.compile(r"\d|billion|million|trillion|thousand", re.IGNORECASE)


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
        if g not in PERIOD_GRANULARITIES:
            continue
        a, b = int(r["char_start"]) - sentence_start, int(r["char_end"]) - sentence_start
        if a < 0 or b > len(sentence) or (g == "year" and _ATTRIBUTIVE.search(sentence[max(0, a - 5):a])):
            continue
        s, e = r["start"], r["end"]
        if s is None or e is None or s != s or e != e:  # NaT / None: unresolved
            continue
        rel = lex.time_patterns["relation"].search(sentence[max(0, a - 30):a])
        relation = lex.raw["time"]["relations"].get(_norm_key(rel.group("rel")), "") if rel else ""
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


def main_countries(sentences: list[str], *, lexicon: Lexicon | None = None, n: int = 2) -> tuple[str, ...]:
    """The ``n`` countries named in most sentences of an article (ties: alphabetical).

    Examples:
        >>> main_countries(["Putin met Xi in Beijing.", "Russia and China agreed."])
        ('CN', 'RU')
    """
    lex = lexicon or load_lexicon()
    counts: dict[str, int] = {}
    for s in sentences:
        for c in find_countries(s, lexicon=lex):
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
    return m.subject == "bilateral_trade" and _norm_key(m.subject_cue) in lex.total_trade


def _date(v) -> dt.date | None:
    if v is None or v != v:  # None or NaT/NaN
        return None
    return v.date() if hasattr(v, "date") else v


def extract_money_table(sentences, articles, *, temporal=None, anchors=None,
                        lexicon: Lexicon | None = None):
    """The ``money_mentions`` table of a corpus (pure: tables in, table out).

    Args:
        sentences: The ``sentences`` table.
        articles: The ``articles`` table (``published`` anchors relative years).
        temporal: The ``temporal_expressions`` table, or ``None`` to use the fallback rules only.
        anchors: The ``document_dates`` table (anchor dates for undated articles), or ``None``.
        lexicon: A compiled lexicon; default the packaged one.

    Returns:
        A DataFrame with the columns of the ``money_mentions`` schema.

    Examples:
        >>> import pandas as pd
        >>> s = pd.DataFrame({"doc_id": ["d"], "sentence_no": [3], "char_start": [10], "char_end": [42],
        ...                   "text": ["Trade hit $240 billion last year."],
        ...                   "text_match": ["Trade hit $240 billion last year."], "is_english": [True]})
        >>> a = pd.DataFrame({"doc_id": ["d"], "published": [pd.Timestamp("2024-03-19")]})
        >>> extract_money_table(s, a)[["char_start", "surface", "year"]].to_dict("records")
        [{'char_start': 20, 'surface': '$240 billion', 'year': 2023}]
    """
    import pandas as pd

    from summitlens.schemas.trade import MONEY_MENTIONS

    lex = lexicon or load_lexicon()
    published = {d: _date(p) for d, p in zip(articles["doc_id"], articles["published"])}
    if anchors is not None and len(anchors):
        # a hand-estimated date is evidence; an anchor inferred from the text's own dates is not
        # reliable enough to turn "last year" into a year of a trade figure
        for d, a, src in zip(anchors["doc_id"], anchors["anchor"], anchors["anchor_source"]):
            if published.get(d) is None and _date(a) is not None and src in ("published", "estimated"):
                published[d] = _date(a)
    by_sentence: dict[tuple[str, int], list] = {}
    if temporal is not None and len(temporal):
        for r in temporal.to_dict("records"):
            if r.get("anchor_source") == "inferred" and not _EXPLICIT_YEAR.search(str(r["surface"])):
                continue  # relative expression resolved on an inferred anchor: not trusted
            by_sentence.setdefault((r["doc_id"], int(r["sentence_no"])), []).append(r)
    sents = sentences
    if "is_english" in sents.columns:
        sents = sents[sents["is_english"].astype(bool)]
    rows = []
    doc_texts: dict[str, list[str]] = {}
    for d, t in zip(sents["doc_id"], sents["text_match"]):
        doc_texts.setdefault(d, []).append(t)
    context: dict[str, tuple[str, ...]] = {}
    for r in sents.itertuples(index=False):
        match_text = r.text_match
        if not _PREFILTER.search(match_text):
            continue
        times = time_from_table(by_sentence.get((r.doc_id, int(r.sentence_no)), []), sentence=match_text,
                                sentence_start=int(r.char_start), lexicon=lex)
        if r.doc_id not in context:
            context[r.doc_id] = main_countries(doc_texts[r.doc_id], lexicon=lex)
        for m in extract_money(match_text, published=published.get(r.doc_id), time_expressions=times,
                               context_countries=context[r.doc_id], lexicon=lex):
            row = m.to_dict()
            row.update(
                doc_id=r.doc_id, sentence_no=int(r.sentence_no),
                char_start=int(r.char_start) + m.char_start, char_end=int(r.char_start) + m.char_end,
                surface=r.text[m.char_start:m.char_end], evidence=r.text,
                rounding_unit=m.sig_unit,
                is_china_russia_trade=is_total_trade(m, lexicon=lex) and {"CN", "RU"} <= set(m.countries.split(";")),
            )
            rows.append(row)
    cols = list(MONEY_MENTIONS.column_order)
    df = pd.DataFrame(rows, columns=cols) if rows else pd.DataFrame({c: [] for c in cols})
    df["year"] = pd.array(df["year"].tolist(), dtype="Int64")
    for c in ("period_start", "period_end"):
        df[c] = pd.to_datetime(df[c]).astype("datetime64[ns]")
    df["change_pct"] = df["change_pct"].astype("float64")
    for c in ("is_partial_year", "is_china_russia_trade"):
        df[c] = df[c].astype(bool)
    return df[cols]
