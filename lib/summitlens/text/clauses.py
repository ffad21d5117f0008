"""Clause boundaries: where the clause holding a position starts.

A word-window scope (negation, hedges) stops at the last clause mark (``, ; : ( ) [ ]``,
a spaced dash) and after the last scope-breaking word ("but", "although" …, given by the
caller's rules) before the position.

Examples:
    >>> t = "Not allies, but partners"
    >>> t[clause_start(t, 16, breaks=frozenset({"but"}), window_words=8):16]
    ' '
"""

from __future__ import annotations

import re

__all__ = ["WORD", "CLAUSE_MARKS", "STRONG_MARKS", "words_before", "clause_start"]

#: A word: letters/digits with an optional apostrophe suffix ("Russia's", "don't").
WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")
#: Punctuation that ends a clause for word-window scopes.
CLAUSE_MARKS = re.compile(r"[,;:()\[\]]|\s-\s|--")
#: Stronger marks only (commas do not end the scope): used for hedges.
STRONG_MARKS = re.compile(r"[;:()]")


def words_before(text: str, pos: int, k: int) -> list[re.Match]:
    """The last ``k`` word matches before ``pos``.

    Args:
        text: Any text.
        pos: Character offset.
        k: Number of words wanted.

    Returns:
        Up to ``k`` :data:`WORD` matches, in text order.

    Examples:
        >>> [m.group(0) for m in words_before("one two three four", 14, 2)]
        ['two', 'three']
    """
    seg_start = max(0, pos - 12 * k - 20)
    ms = list(WORD.finditer(text, seg_start, pos))
    return ms[-k:]


def clause_start(text: str, pos: int, *, breaks: frozenset[str] = frozenset(),
                 window_words: int = 8, marks: re.Pattern = CLAUSE_MARKS) -> int:
    """Start of the scope that ends at ``pos``: after the last clause break in a word window.

    Args:
        text: Sentence text.
        pos: End of the scope (e.g. the start of a term).
        breaks: Lower-case words that close a scope ("but", "although" …).
        window_words: At most this many words before ``pos`` are in scope.
        marks: Punctuation pattern that closes a scope.

    Returns:
        The offset where the scope starts (``pos`` when no word precedes).

    Examples:
        >>> t = "They are, not friends"
        >>> t[clause_start(t, 14):14]
        ' not '
    """
    words = words_before(text, pos, window_words)
    start = words[0].start() if words else pos
    seg = text[start:pos]
    cut = max((m.end() for m in marks.finditer(seg)), default=0)
    start += cut
    for m in WORD.finditer(text, start, pos):
        if m.group(0).lower() in breaks:
            start = m.end()
    return start
