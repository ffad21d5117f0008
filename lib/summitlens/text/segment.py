"""Sentence segmentation (STUB: replaced by the text work)."""

from __future__ import annotations

import re

_END = re.compile(r"(?<=[.!?])[\"\u201d\u2019)]?\s+(?=[\"\u201c\u2018(]?[A-Z0-9])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``.

    Examples:
        >>> split_sentences("Xi met Putin. They talked.")
        [(0, 13), (14, 26)]
    """
    spans, start = [], 0
    for m in _END.finditer(text):
        closer = m.group(0).rstrip()
        spans.append((start, m.start() + len(closer)))
        start = m.end()
    spans.append((start, len(text.rstrip())))
    return [(a, b) for a, b in spans if b > a]


_BULLET = re.compile(r"^\s*(?:[\u2022\u25cf\u25aa\u2023\u2043\u25e6*\-\u2013]|\d+[.)])\s+")


def is_bullet(paragraph: str) -> bool:
    """True when ``paragraph`` is a bullet line.

    Examples:
        >>> is_bullet("\u2022 China's foreign ministry said")
        True
        >>> is_bullet("China said")
        False
    """
    return bool(_BULLET.match(paragraph))
