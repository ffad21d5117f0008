"""Polarity of a frame term: negated ("not a dictatorship") or hedged ("so-called alliance").

Both look at a word window before the term that stops at clause boundaries
(:mod:`summitlens.text.clauses`); the cue words are data (``resources/frame_cues.yml``).

Examples:
    >>> negation_cue("Russia is not a dictatorship", 16, cues=load_cues())
    'not'
"""

from __future__ import annotations

import re

from summitlens.extract.frames.cues import Cues, load_cues
from summitlens.text.clauses import STRONG_MARKS, WORD, clause_start

__all__ = ["negation_cue", "hedge_cue", "scare_quoted", "propagate_negation"]


def negation_cue(text: str, s: int, *, cues: Cues) -> str:
    """The negation cue scoping over a term starting at ``s`` ('' when none).

    Args:
        text: Sentence in match form.
        s: Start of the term.
        cues: Compiled cues.

    Returns:
        The last negation cue (lower case) in the term's clause window, pseudo-negations
        ("not only") excepted.

    Examples:
        >>> negation_cue("not only allies", 9, cues=load_cues())
        ''
    """
    start = clause_start(text, s, breaks=cues.scope_breaks, window_words=cues.negation_window)
    seg = text[start:s]
    if not seg.strip():
        return ""
    pseudo = [m.span() for m in cues.negation_pseudo.finditer(text, max(0, start - 10), min(len(text), s + 30))]
    hit = ""
    for m in cues.negation.finditer(seg):
        a, b = m.start() + start, m.end() + start
        if any(pa < b and a < pb for pa, pb in pseudo):
            continue
        hit = m.group(0)
    return hit.lower()


def hedge_cue(text: str, s: int, *, cues: Cues) -> str:
    """The hedge cue before a term starting at ``s`` ('' when none).

    Examples:
        >>> hedge_cue("the so-called alliance", 14, cues=load_cues())
        'so-called'
    """
    start = clause_start(text, s, window_words=cues.hedge_window + 1, marks=STRONG_MARKS)
    seg = text[start:s]
    m = None
    for m in cues.hedge.finditer(seg):
        pass
    return m.group(0).lower() if m else ""


def scare_quoted(text: str, s: int, e: int, quote: tuple[int, int], *, para_quote, cues: Cues,
                 attributed: bool) -> bool:
    """True when a quoted term stands alone in its quotation, with nobody quoted.

    Args:
        text: Sentence in match form.
        s: Term start (sentence offset).
        e: Term end.
        quote: The quotation (sentence offsets) holding the term.
        para_quote: The paragraph's quotation holding the term (paragraph offsets) or None.
        cues: Compiled cues (``scare_extra_words``).
        attributed: Whether the sentence names a source.

    Returns:
        Whether the quotes are scare quotes.

    Examples:
        >>> scare_quoted('a "partnership"', 3, 14, (2, 15), para_quote=(2, 15),
        ...              cues=load_cues(), attributed=False)
        True
    """
    inner = text[quote[0]:quote[1]]
    extra = len(WORD.findall(inner)) - len(WORD.findall(text[s:e]))
    short = para_quote is not None and (para_quote[1] - para_quote[0]) <= (e - s) + 12
    return extra <= cues.scare_extra_words and short and not attributed


_COORD = re.compile(r"^[\s,]*(or|nor|and)\s+(?:(?:an?|the|any|their|its|our)\s+)?(?:[\w-]+\s+){0,1}$", re.I)


def propagate_negation(text: str, rows: list[dict]) -> None:
    """"not a partnership or an alliance": a negation carries over coordinated terms (in place).

    Args:
        text: Sentence in match form.
        rows: Term rows of the sentence in text order, with ``char_start_local``,
            ``char_end_local``, ``negated`` and ``negation_cue``.

    Examples:
        >>> rows = [{"char_start_local": 6, "char_end_local": 17, "negated": True, "negation_cue": "not"},
        ...         {"char_start_local": 24, "char_end_local": 32, "negated": False, "negation_cue": ""}]
        >>> propagate_negation("not a partnership or an alliance", rows); rows[1]["negated"]
        True
    """
    for prev, cur in zip(rows, rows[1:]):
        if prev["negated"] and not cur["negated"]:
            gap = text[prev["char_end_local"]:cur["char_start_local"]]
            if _COORD.match(gap):
                cur["negated"], cur["negation_cue"] = True, prev["negation_cue"]
