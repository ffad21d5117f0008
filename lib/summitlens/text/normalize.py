"""Unicode normalisation (STUB: replaced by the text work)."""

from __future__ import annotations

import unicodedata

_MATCH = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                        "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def normalize_unicode(text: str) -> str:
    """NFC, unified newlines.

    Examples:
        >>> normalize_unicode("a\\r\\nb")
        'a\\nb'
    """
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def to_match_form(text: str) -> str:
    """Straight quotes, ASCII dashes; same length as the input.

    Examples:
        >>> to_match_form("\u201cno limits\u201d")
        '"no limits"'
    """
    return text.translate(_MATCH)
