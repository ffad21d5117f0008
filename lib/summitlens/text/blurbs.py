"""Link blurbs glued into news text, as character spans (``resources/blurbs.yml``).

The Hill's hover cards put a linked person's full name and a headline inside a sentence ("Sen. Roy
Blunt Roy Dean BluntGOP senators balk at … MORE said it."): the framing attribution blanks them
before reading speakers, and the date attachment keeps their dates apart from the sentence's. One
pattern serves both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summitlens.rules import load_rules

__all__ = ["blank_spans", "link_blurbs"]


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern:
    return re.compile(load_rules("blurbs.yml")["link_blurb"])


def link_blurbs(text: str) -> list[tuple[int, int]]:
    """The link blurbs of ``text``: from right after the repeated surname to the closing MORE.

    Args:
        text: A sentence (match form, offsets kept).

    Returns:
        ``(start, end)`` character spans, in text order.

    Examples:
        >>> t = "Sen. Roy Blunt Roy Dean BluntGOP senators balk at a trial in May MORE said it."
        >>> [t[b:] for a, b in link_blurbs(t)]
        [' said it.']
        >>> link_blurbs("Roy Blunt said it.")
        []
    """
    return [(m.end("sur"), m.end()) for m in _pattern().finditer(text)]


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` blanked to spaces (same length, offsets unchanged).

    Examples:
        >>> blank_spans("abc def ghi", [(4, 7)])
        'abc     ghi'
    """
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text
