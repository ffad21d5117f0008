"""Unicode normalisation of article text, and the same-length "match form".

:func:`normalize_unicode` gives the text stored in ``articles.text`` (NFC, ``\\n``
newlines, no control or invisible characters). :func:`to_match_form` gives
``articles.text_match``: the same string with typographic quotes, dashes and spaces
replaced one-for-one by ASCII, so both columns share every character offset.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_unicode", "to_match_form", "MATCH_TABLE"]

_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
#: Control characters (except tab and newline) and invisible format characters that
#: carry no meaning in news text. ZWJ/ZWNJ (U+200C/U+200D) are kept: they matter in
#: Arabic, Persian and Indic scripts and in emoji.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
    "\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for ch in "\u2018\u2019\u201a\u201b\u2032\u2035\u2039\u203a\u00b4\u02bc\uff07":
        table[ord(ch)] = "'"
    for ch in "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\u301d\u301e\uff02":
        table[ord(ch)] = '"'
    for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d":
        table[ord(ch)] = "-"
    for cp in [0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000]:
        table[cp] = " "
    table[ord("\t")] = " "
    table[ord("\u2044")] = "/"
    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII
        table.setdefault(cp, chr(cp - 0xFEE0))
    return table


#: One-character-for-one-character replacements used by :func:`to_match_form`.
MATCH_TABLE: dict[int, str] = _table()
assert all(len(v) == 1 for v in MATCH_TABLE.values())


def normalize_unicode(text: str) -> str:
    """NFC-normalise, unify newlines to ``\\n`` and drop control/invisible characters.

    Idempotent: ``normalize_unicode(normalize_unicode(x)) == normalize_unicode(x)``.

    Args:
        text: Decoded (and repaired) text.

    Returns:
        The normalised text.

    Examples:
        >>> normalize_unicode("a\\r\\nb\\rc")
        'a\\nb\\nc'
        >>> normalize_unicode("Xi\\u200b Jinping\\u00ad")
        'Xi Jinping'
        >>> normalize_unicode("Cafe\\u0301")
        'Café'
    """
    text = _NEWLINES.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


def to_match_form(text: str) -> str:
    """Straight quotes, ASCII hyphens and plain spaces, keeping the length of ``text``.

    Every replacement is one character for one character, so offsets into the
    result are offsets into the input. Letters, case and ellipses are unchanged.

    Args:
        text: Normalised text (``articles.text``).

    Returns:
        A string of exactly ``len(text)`` characters.

    Examples:
        >>> to_match_form("\\u201cno limits\\u201d \\u2013 Xi\\u2019s\\u00a0visit")
        '"no limits" - Xi\\'s visit'
        >>> len(to_match_form("\\u2014\\u2026")) == 2
        True
    """
    return text.translate(MATCH_TABLE)
