"""The money rules (``resources/money.yml``), compiled once per file.

Currencies, scale words, number words, approximation and range cues, change percentages,
kind and subject cues, and how a date relates to an amount. Countries are not here: they
come from the gazetteer (``places.yml``), the one country id scheme.

Examples:
    >>> lex = load_lexicon()
    >>> lex.currency_of["yuan"], lex.scale_of["bn"]
    ('CNY', (1000000000.0, 'billion'))
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from summitlens.rules import load_rules, phrase_alternation, phrase_regex, rules_path

__all__ = ["Lexicon", "load_lexicon", "norm_key", "DIGITS"]

#: A written number: digits with thousands separators and an optional decimal part.
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def norm_key(s: str) -> str:
    """Lower-case a phrase and collapse its whitespace (the lookup key of every table).

    Examples:
        >>> norm_key("  More   Than ")
        'more than'
    """
    return " ".join(str(s).split()).lower()


def _alternation(phrases, *, case_sensitive_upper: bool = False) -> str:
    """:func:`summitlens.rules.phrase_alternation`, with all-capital codes ("USD", "RMB")
    optionally matched case-sensitively."""
    phrases = [str(p) for p in phrases]
    if not case_sensitive_upper:
        return phrase_alternation(phrases)
    upper = [p for p in phrases if any(c.isalpha() for c in p) and p.upper() == p]
    rest = [p for p in phrases if p not in upper]
    parts = [f"(?-i:{phrase_regex(p)})" for p in sorted(set(upper), key=lambda s: (-len(s), s))]
    if rest:
        parts.append(phrase_alternation(rest))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


@dataclass(frozen=True)
class Lexicon:
    """A compiled money lexicon (see ``resources/money.yml``).

    Attributes:
        raw: The parsed YAML document.
        number: A number with its currency and scale (the amount pattern).
        percent: A percentage.
        connector: The connector of a range ("-", "to", "and" …), alone between two numbers.
        between_before: "between" right before an amount.
        from_before: "from" right before an amount.
        change_verb_before: A change verb then "from" ("rose from …": two figures, not a range).
        range_lead: Words after which "A to B" is a range without "from".
        approx_before: An approximation cue before an amount ("more than").
        approx_after: An approximation cue after an amount ("or more").
        pct_change_before: A change cue before a percentage ("up 5%").
        pct_change_after: A change noun after a percentage ("5% rise").
        pct_negative: A cue making a change negative.
        kind_cues: ``(kind, '', pattern)`` in evaluation order.
        subject_cues: ``(subject, pattern)`` in priority order.
        bilateral: Phrases meaning "the two countries of this document".
        time_patterns: ``{"relation": pattern}``, the word before a date ("by", "in" …).
        currency_of: Currency marker -> ISO 4217 code.
        scale_of: Scale word -> (multiplier, name).
        number_words: Number word -> value.
        approx_codes: Approximation cue -> code.
        full_year: Cues making a part-of-year expression the whole year ("end of").
        kind_blocker: Words before an amount that make it the object of an act.
        up_to_blocker: Verbs making "up to" a particle ("pushed up to").
        not_cues: Phrases that are not kind cues ("target list").
        total_trade: Subject cues meaning total two-way trade.
        linking_words: Words that do not count as distance between an amount and a date.
    """

    raw: dict
    number: re.Pattern
    percent: re.Pattern
    connector: re.Pattern
    between_before: re.Pattern
    from_before: re.Pattern
    change_verb_before: re.Pattern
    range_lead: re.Pattern
    approx_before: re.Pattern
    approx_after: re.Pattern
    pct_change_before: re.Pattern
    pct_change_after: re.Pattern
    pct_negative: re.Pattern
    kind_cues: tuple[tuple[str, str, re.Pattern], ...]
    subject_cues: tuple[tuple[str, re.Pattern], ...]
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
    linking_words: frozenset


@lru_cache(maxsize=8)
def _load(path: str) -> Lexicon:
    raw = load_rules(path)
    cur = raw["currencies"]
    currency_of: dict[str, str] = {}
    for group in ("before", "after", "dangling_after"):
        for k, v in cur[group].items():
            currency_of.setdefault(norm_key(k), v)
    before = _alternation(cur["before"], case_sensitive_upper=True)
    after = _alternation(cur["after"], case_sensitive_upper=True)
    after_stop = _alternation(cur.get("after_not_followed_by") or [])
    up_to_blockers = _alternation(raw["approx"].get("up_to_blockers") or [])
    dangling = _alternation(cur["dangling_after"], case_sensitive_upper=True)
    scale_of = {k.lower(): (float(v["multiplier"]), v["name"]) for k, v in raw["scales"].items()}
    attached = list(raw["scales"])
    spaced = [k for k, v in raw["scales"].items() if not v.get("attached_only")]
    scale_att = "(?:" + "|".join(re.escape(s) for s in sorted(attached, key=len, reverse=True)) + r")(?![A-Za-z])"
    scale_sp = "(?:" + "|".join(re.escape(s) for s in sorted(spaced, key=len, reverse=True)) + r")(?![A-Za-z])"
    words = raw["number_words"]
    numw = _alternation([str(w) for w in words])
    number = re.compile(
        r"(?<![A-Za-z0-9_.,])"
        rf"(?:(?P<cur1>{before})\s?)?"
        rf"(?:(?P<num>{DIGITS})(?!['\u2019]s\b)(?![.,]?\d)|(?P<numw>{numw})(?=[\s-]+{scale_sp}))"
        rf"(?:(?P<scale_att>{scale_att})|[\s-](?P<scale>{scale_sp}))?"
        rf"(?:\s*(?:of\s+)?(?P<cur2>{after})(?![A-Za-z])(?![\s-]+{after_stop})|\s+(?P<cur3>{dangling})(?=[\s\"'\u201d\u2019)]*$))?",
        re.IGNORECASE,
    )
    percent = re.compile(rf"(?<![\w.])(?P<num>-?(?:{DIGITS}))\s?(?:%|percent\b|per\s?cent\b|pct\b)",
                         re.IGNORECASE)
    rg = raw["ranges"]
    conn = "|".join(re.escape(c) for c in rg["connectors"] if c != "-")
    connector = re.compile(rf"^\s*-?\s*(?P<c>[-\u2013\u2014]|{conn})\s*-?\s*$", re.IGNORECASE)
    change_verb_before = re.compile(
        r"\b" + _alternation(rg["change_verbs"]) + r"(?:\W+\w+){0,5}\W*from\s*$", re.IGNORECASE)
    range_lead = re.compile(_alternation(rg.get("range_lead_words") or []) + r"\s*$", re.IGNORECASE)
    ap = raw["approx"]
    approx_codes = {norm_key(k): v for k, v in {**ap["cues"], **ap["after_cues"]}.items()}
    fill = _alternation(ap["fillers"])
    approx_before = re.compile(rf"(?P<cue>{_alternation(ap['cues'])})(?:\s+{fill})*\s*$", re.IGNORECASE)
    approx_after = re.compile(rf"^\s*(?P<cue>{_alternation(ap['after_cues'])})", re.IGNORECASE)
    cp = raw["change_pct"]
    pos_neg = _alternation(cp["positive_cues"] + cp["negative_cues"])
    pct_change_before = re.compile(rf"{pos_neg}(?:\s+{_alternation(cp.get('fillers') or [])})*\s*$",
                                   re.IGNORECASE)
    pct_change_after = re.compile(
        rf"^\s*(?:{_alternation(cp.get('year_prefixes') or [])}\s+)?{_alternation(cp.get('nouns_after') or [])}",
        re.IGNORECASE)
    pct_negative = re.compile(_alternation(cp["negative_cues"] + list(cp.get("negative_nouns") or [])),
                              re.IGNORECASE)
    kind_cues = tuple((kind, "", re.compile(_alternation(raw["kind"]["cues"][kind]), re.IGNORECASE))
                      for kind in raw["kind"]["order"])
    subject_cues = tuple((subj, re.compile(_alternation(raw["subject"]["cues"][subj]), re.IGNORECASE))
                         for subj in raw["subject"]["priority"])
    bilateral = re.compile(_alternation(raw["countries"]["bilateral_cues"]), re.IGNORECASE)
    t = raw["time"]
    time_patterns = {"relation": re.compile(rf"(?P<rel>{_alternation(t['relations'])})(?:\s+the)?\s*$",
                                            re.IGNORECASE)}
    k = raw["kind"]
    return Lexicon(
        raw=raw, number=number, percent=percent, connector=connector,
        between_before=re.compile(r"\bbetween\s*$", re.IGNORECASE),
        from_before=re.compile(r"\bfrom\s*$", re.IGNORECASE),
        change_verb_before=change_verb_before, range_lead=range_lead,
        approx_before=approx_before, approx_after=approx_after,
        pct_change_before=pct_change_before, pct_change_after=pct_change_after, pct_negative=pct_negative,
        kind_cues=kind_cues, subject_cues=subject_cues, bilateral=bilateral, time_patterns=time_patterns,
        currency_of=currency_of, scale_of=scale_of,
        number_words={norm_key(w): float(v) for w, v in words.items()}, approx_codes=approx_codes,
        full_year=re.compile(_alternation(t["full_year_cues"]), re.IGNORECASE),
        kind_blocker=re.compile(rf"{_alternation(k['blockers'])}(?:\s+{_alternation(k['blocker_fillers'])})*\s*$",
                                re.IGNORECASE),
        up_to_blocker=re.compile(up_to_blockers + r"\s*$", re.IGNORECASE),
        not_cues=re.compile(_alternation(k.get("not_cues") or []), re.IGNORECASE),
        total_trade=frozenset(norm_key(c) for c in raw["subject"].get("total_trade_cues", [])),
        linking_words=frozenset(norm_key(w) for w in t.get("linking_words") or []),
    )


def load_lexicon(path: str | os.PathLike[str] | None = None) -> Lexicon:
    """Load and compile a money lexicon (cached per path).

    Args:
        path: A YAML file shaped like ``resources/money.yml``; default the packaged one.

    Returns:
        The compiled :class:`Lexicon`.

    Examples:
        >>> load_lexicon().approx_codes["more than"]
        'more_than'
    """
    return _load(str(rules_path(path, default="money.yml")))
