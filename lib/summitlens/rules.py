"""One loader for the YAML rules files, and one way to turn phrases into a regex.

Every extractor reads its vocabulary through :func:`load_rules` (parsed once per path and
cached) and compiles word lists with :func:`phrase_alternation` / :func:`compile_phrases`,
so "how is a rules file read" and "how does a phrase match" have one answer each.

Examples:
    >>> "january" in load_rules("calendar.yml")["months"]
    True
    >>> bool(compile_phrases(["last week", "past week"]).search("Over the  past week, ..."))
    True
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from summitlens import paths

__all__ = ["load_rules", "rules_path", "phrase_regex", "phrase_alternation", "compile_phrases"]


#: A pattern that never matches: the default of a rule whose YAML section is absent.
NEVER: re.Pattern = re.compile(r"(?!)")


def rules_path(name_or_path: str | os.PathLike[str] | None, *, default: str | None = None) -> Path:
    """Resolve a rules file name or path.

    A bare file name (``"calendar.yml"``) is looked up in ``summitlens/resources``; anything
    with a directory part (or an existing file) is taken as a path.

    Args:
        name_or_path: ``"calendar.yml"``, a path, or None for ``default``.
        default: Packaged file name used when ``name_or_path`` is None.

    Returns:
        The absolute path of the rules file.

    Examples:
        >>> rules_path("calendar.yml").name
        'calendar.yml'
        >>> rules_path(None, default="money.yml").name
        'money.yml'
    """
    if name_or_path is None:
        if default is None:
            raise ValueError("rules_path: give a file name or a default")
        name_or_path = default
    p = Path(name_or_path)
    if p.exists() or len(p.parts) > 1:
        return p.resolve()
    return paths.resource(str(name_or_path))


@lru_cache(maxsize=32)
def _load(path: str) -> Any:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def load_rules(name_or_path: str | os.PathLike[str] | None = None, *,
               default: str | None = None) -> Any:
    """The parsed YAML rules file (read once per path, then cached).

    The result is shared between callers: treat it as read-only.

    Args:
        name_or_path: A packaged file name (``"temporal.yml"``) or a path to a user's file.
        default: Packaged file name used when ``name_or_path`` is None.

    Returns:
        The parsed YAML document (usually a dict).

    Examples:
        >>> load_rules("calendar.yml")["months"]["march"]
        3
        >>> load_rules(None, default="calendar.yml") is load_rules("calendar.yml")
        True
    """
    return _load(str(rules_path(name_or_path, default=default)))


def phrase_regex(phrase: str) -> str:
    """Regex source for one phrase: escaped, any whitespace between words, word-bounded.

    Args:
        phrase: A word or multi-word phrase from a rules file.

    Returns:
        A regex source string (no flags).

    Examples:
        >>> bool(re.search(phrase_regex("per cent"), "5 per  cent"))
        True
        >>> bool(re.search(phrase_regex("war"), "software"))
        False
    """
    body = r"\s+".join(re.escape(w) for w in phrase.split())
    left = r"(?<!\w)" if phrase[:1].isalnum() else ""
    right = r"(?!\w)" if phrase[-1:].isalnum() or phrase[-1:] == "." else ""
    return left + body + right


def phrase_alternation(phrases: Iterable[str]) -> str:
    """One regex source matching any of the phrases, longest first.

    Phrases that start and end with a word character share one pair of boundary guards
    (much faster than one guard pair per phrase).

    Args:
        phrases: Words or phrases.

    Returns:
        A non-capturing group; ``(?!)`` (never matches) when ``phrases`` is empty.

    Examples:
        >>> re.findall(phrase_alternation(["next week", "next"]), "next week, next")
        ['next week', 'next']
    """
    plain, special = [], []
    for p in sorted({" ".join(str(p).split()) for p in phrases if str(p).strip()},
                    key=lambda s: (-len(s), s)):
        if p[:1].isalnum() and p[-1:].isalnum():
            plain.append(r"\s+".join(re.escape(w) for w in p.split()))
        else:
            special.append(phrase_regex(p))
    parts = special[:]
    if plain:
        parts.append(r"(?<!\w)(?:" + "|".join(plain) + r")(?!\w)")
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def compile_phrases(phrases: Iterable[str], *, flags: int = re.IGNORECASE) -> re.Pattern:
    """Compile :func:`phrase_alternation` (case-insensitive by default).

    Args:
        phrases: Words or phrases.
        flags: ``re`` flags.

    Returns:
        The compiled pattern.

    Examples:
        >>> compile_phrases(["said", "told"]).findall("He SAID she told")
        ['SAID', 'told']
    """
    return re.compile(phrase_alternation(phrases), flags)
