"""Language identification (STUB: replaced by the text work)."""

from __future__ import annotations


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language, ``und`` when unsure.

    Examples:
        >>> detect_language("The two leaders met in Moscow.")
        'en'
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "und"
    ascii_share = sum(c.isascii() for c in letters) / len(letters)
    return "en" if ascii_share > 0.8 else "und"


def detect_languages(texts: list[str]) -> list[str]:
    """Language codes of several texts (batch form of :func:`detect_language`).

    Examples:
        >>> detect_languages(["Putin met Xi in Beijing."])
        ['en']
    """
    return [detect_language(t) for t in texts]
