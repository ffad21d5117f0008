"""Money amounts in a sentence: numbers with a currency, scale, range and approximation.

Finding an amount is one job; what it refers to (kind, subject, year, countries) is
:mod:`summitlens.extract.money.typing`. Offsets are local to the sentence.

Examples:
    >>> [(a.surface, a.currency, a.value_low) for a in find_amounts("Trade hit $240 billion in 2023.")]
    [('$240 billion', 'USD', 240000000000.0)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summitlens.extract.money.lexicon import Lexicon, load_lexicon, norm_key

__all__ = ["Amount", "find_amounts", "parse_number"]


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
            value = lex.number_words.get(norm_key(digits), 1.0)
            decimals = 1 if value < 1 else 0
            num_start = m.start("numw")
        cur_s = m.group("cur1") or m.group("cur2") or m.group("cur3")
        currency = lex.currency_of.get(norm_key(cur_s)) if cur_s else None
        if cur_s and currency is None:  # case-insensitive hit of a case-sensitive code
            currency = lex.currency_of.get(norm_key(cur_s.upper()))
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
            approx = lex.approx_codes.get(norm_key(cue), "approx")
            if norm_key(cue) == "up to" and lex.up_to_blocker.search(window[:am.start()]):
                approx, cue = "", ""  # "pushed up to $37bn": a particle, not a bound
        else:
            am = lex.approx_after.match(text[end:])
            if am:
                cue = am.group("cue")
                approx = lex.approx_codes.get(norm_key(cue), "approx")
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
        if not lex.range_lead.search(before):
            return False
    lo = a.value * (a.mult or b.mult or 1.0)
    hi = b.value * (b.mult or 1.0)
    return lo <= hi
