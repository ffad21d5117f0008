"""Quotation spans in a paragraph: which characters sit inside quotation marks.

Used by every extractor that asks "is this in someone's words?" (frame voice, speakers).

Examples:
    >>> quote_spans('He said "no limits" today.')
    [(8, 19)]
"""

from __future__ import annotations

import re

__all__ = ["quote_spans", "quote_containing"]

_OPEN_ONLY = "\u201c\u201e\u00ab"
_CLOSE_ONLY = "\u201d\u00bb"
_DOUBLE = _OPEN_ONLY + _CLOSE_ONLY + '"'
_SINGLE_OPEN = "\u2018"
_SINGLE_ANY = "\u2018\u2019'"
_QUOTE_CHARS = re.compile("[" + re.escape(_DOUBLE + _SINGLE_ANY) + "]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quotations in a paragraph (the quote marks included).

    Double quotes (straight or curly) pair up using the side they touch a word on; single
    quotes count only when they open after a space and close before a non-letter (so
    apostrophes are ignored). A quotation still open at the end runs to the end.

    Args:
        text: Paragraph text with original or straight quotes.

    Returns:
        Sorted ``(start, end)`` spans, end exclusive.

    Examples:
        >>> quote_spans('He said "no limits" today.')
        [(8, 19)]
        >>> quote_spans("Russia's \u2018boundless\u2019 ties")
        [(9, 20)]
        >>> quote_spans('\u201cWe are friends. We trust')
        [(0, 25)]
        >>> quote_spans('\u201cWe are friends!\u201c Xi said.')
        [(0, 17)]
    """
    spans: list[tuple[int, int]] = []
    n = len(text)
    d_open: int | None = None
    s_open: int | None = None
    for qm in _QUOTE_CHARS.finditer(text):
        i, c = qm.start(), qm.group(0)
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        left_space = prev.isspace() or prev in "([{-/\u2014\u2013" or prev in _DOUBLE
        right_space = nxt.isspace() or nxt in ".,;:!?)]}-\u2014\u2013" or nxt in _DOUBLE + _SINGLE_ANY
        if c in _DOUBLE:
            if c in _OPEN_ONLY:
                # An opening mark typed to close an open quotation ("… industry!\u201c Trump
                # tweeted"): it touches a word on its left only.
                opening = d_open is None or left_space or not right_space
            elif c in _CLOSE_ONLY:
                opening = False
            elif left_space and not right_space:
                opening = True
            elif right_space and not left_space:
                opening = False
            else:
                opening = d_open is None
            if opening and not (c == "\u201d" and left_space and not right_space and d_open is None):
                if d_open is not None:  # an unclosed quotation: close it where a new one opens
                    spans.append((d_open, i))
                d_open = i
            elif d_open is not None:
                spans.append((d_open, i + 1))
                d_open = None
            elif c == "\u201d" and left_space and not right_space:
                d_open = i  # a closing mark typed as an opening one
        else:
            if (c in _SINGLE_OPEN or c == "'" or c == "\u2019") and left_space and not right_space \
                    and nxt.isalpha():
                if c in _SINGLE_OPEN or s_open is None:
                    s_open = i
            elif s_open is not None and not left_space and (right_space or i + 1 == n):
                spans.append((s_open, i + 1))
                s_open = None
    if d_open is not None:
        spans.append((d_open, n))
    # Drop single-quote spans that are really long stretches (unpaired apostrophes).
    spans = [(a, b) for a, b in spans if not (text[a] in _SINGLE_ANY and b - a > 200)]
    return sorted(set(spans))


def quote_containing(spans, start: int, end: int) -> tuple[int, int] | None:
    """The first quotation span that overlaps or holds ``[start, end)``.

    Args:
        spans: ``(start, end)`` quotation spans (e.g. from :func:`quote_spans`).
        start: Start of the span of interest.
        end: End of the span of interest (exclusive).

    Returns:
        The quotation ``(start, end)``, or None when the span is outside every quotation.

    Examples:
        >>> quote_containing([(8, 19)], 9, 18)
        (8, 19)
        >>> quote_containing([(8, 19)], 0, 4) is None
        True
    """
    for a, b in spans:
        if a <= start < b or a < end <= b or (start <= a and b <= end):
            return a, b
    return None
