"""Language identification per paragraph, offline.

Obviously English text (ASCII letters only and a share of English function words) takes
a cheap path; anything else goes to lingua-language-detector, built once (lazily) in
low-accuracy mode over a restricted set of languages likely in news about Russia and
China. Returns ISO 639-1 codes, or ``und`` when there is nothing to decide on.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = ["LANGUAGES", "detect_language", "detect_languages", "is_obviously_english"]

#: Languages the detector chooses from (lingua ``Language`` member names).
LANGUAGES = ("ENGLISH", "ARABIC", "RUSSIAN", "CHINESE", "FRENCH", "GERMAN", "SPANISH",
             "UKRAINIAN", "ITALIAN", "PORTUGUESE", "JAPANESE", "KOREAN", "TURKISH",
             "PERSIAN", "HINDI", "DUTCH", "POLISH", "THAI", "INDONESIAN")

_WORD = re.compile(r"[^\W\d_]+")
_STOPWORDS = frozenset(
    "the a an of to in on at for and or but is are was were be been has have had it its "
    "that this with as by from he she they we his her their not will would said says "
    "which who after than also into about over more".split()
)


def is_obviously_english(text: str, *, min_words: int = 4, min_stopword_share: float = 0.12) -> bool:
    """True when ``text`` is ASCII-lettered and rich in English function words.

    Args:
        text: A paragraph.
        min_words: Fewer words than this are never "obvious".
        min_stopword_share: Required share of English function words.

    Returns:
        Whether the cheap English path applies.

    Examples:
        >>> is_obviously_english("The two leaders met in Moscow on Tuesday.")
        True
        >>> is_obviously_english("Les deux dirigeants se sont rencontrés à Moscou.")
        False
    """
    words = _WORD.findall(text, 0, 600)  # the first ~100 words are evidence enough
    if len(words) < min_words or not all(w.isascii() for w in words):
        return False
    hits = sum(1 for w in words if w.lower() in _STOPWORDS)
    return hits / len(words) >= min_stopword_share


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in LANGUAGES if hasattr(Language, name)]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def _code(lang: Any) -> str:
    return "und" if lang is None else lang.iso_code_639_1.name.lower()


def _is_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(ord(c) < 0x250 for c in letters) * 2 >= len(letters)


def _is_short_ascii(text: str, short: int = 8) -> bool:
    words = _WORD.findall(text)
    return len(words) < short and all(w.isascii() for w in words)


def detect_language(text: str, *, prior: str | None = None) -> str:
    """ISO 639-1 code of ``text``'s language; ``und`` when it has no letters.

    Short unaccented texts (headlines, labels: fewer than 8 words, ASCII letters only)
    are unreliable for any detector; when ``prior`` (e.g. the document's language) is
    given, they get it.

    Args:
        text: A paragraph or sentence.
        prior: Language to assume for short unaccented texts.

    Returns:
        A two-letter code such as ``en``, ``ar``, ``ru``, ``zh``, or ``und``.

    Examples:
        >>> detect_language("The two leaders met in Moscow.")
        'en'
        >>> detect_language("اقرأ أيضًا: في الحرب مع الصين")
        'ar'
        >>> detect_language("2024 – 15%")
        'und'
    """
    if not _WORD.search(text):
        return "und"
    if is_obviously_english(text):
        return "en"
    if prior and _is_short_ascii(text):
        return prior
    return _code(_detector().detect_language_of(text))


def detect_languages(texts: list[str], *, prior: str | None = "auto") -> list[str]:
    """Batch version of :func:`detect_language` (lingua runs in parallel on the rest).

    Args:
        texts: Paragraphs, typically of one document.
        prior: Language given to short unaccented texts; ``"auto"`` (default) uses the
            language holding most characters among the other Latin-script texts;
            ``None`` asks lingua.

    Returns:
        One code per input, in order.

    Examples:
        >>> detect_languages(["The two leaders met in Moscow.", "Путин встретился с Си Цзиньпином.", ""])
        ['en', 'ru', 'und']
        >>> detect_languages(["Ebbers denies WorldCom fraud", "The former chief executive denied the charges."])
        ['en', 'en']
    """
    out = ["und" if not _WORD.search(t) else "en" if is_obviously_english(t) else "" for t in texts]
    short = [not code and _is_short_ascii(t) for t, code in zip(texts, out)]
    if prior is not None:
        todo = [i for i, code in enumerate(out) if not code and not short[i]]
    else:
        todo = [i for i, code in enumerate(out) if not code]
    if len(todo) > 8:
        found = _detector().detect_languages_in_parallel_of([texts[i] for i in todo])
        for i, lang in zip(todo, found):
            out[i] = _code(lang)
    elif todo:
        found = [_detector().detect_language_of(texts[i]) for i in todo]
        for i, lang in zip(todo, found):
            out[i] = _code(lang)
    if prior is not None and any(short):
        if prior == "auto":
            weight: dict[str, int] = {}
            for t, code, sh in zip(texts, out, short):
                if code and code != "und" and not sh and _is_latin(t):
                    weight[code] = weight.get(code, 0) + len(t)
            prior = max(sorted(weight), key=weight.__getitem__) if weight else None
        for i, sh in enumerate(short):
            if sh:
                out[i] = prior or _code(_detector().detect_language_of(texts[i]))
    return out
