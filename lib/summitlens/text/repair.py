"""Mojibake repair (STUB: replaced by the text work)."""

from __future__ import annotations

import ftfy


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded with a legacy code page.

    Examples:
        >>> repair_mojibake("plain")
        'plain'
    """
    return ftfy.fix_text(text, normalization="NFC")


def count_mojibake(text: str) -> int:
    """Number of suspicious mojibake runs in ``text``."""
    return int(repair_mojibake(text) != text)
