"""Sentence segmentation of one paragraph: regex candidates + an abbreviation list.

A candidate boundary is sentence-final punctuation (``. ! ? …``), optionally followed by
closing quotes/brackets, then whitespace and an upper-case letter, a digit, an opening
quote or a bullet. Candidates after abbreviations are vetoed using
``resources/abbreviations.yml`` (titles such as ``Mr.``, month and number prefixes such
as ``Sept. 15``, ambiguous ones such as ``U.S.`` that end a sentence only before a
common sentence starter) and after initials (``J. R. R.``). Newlines and bullet
symbols inside a paragraph are hard boundaries. Decimal numbers never split because a
boundary needs whitespace after the period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from summitlens import paths

__all__ = ["Abbreviations", "load_abbreviations", "split_sentences", "is_bullet", "strip_bullet"]

_BULLET_CHARS = "•●▪◦‣⦁·∙○■□➢►"
_LEAD_BULLET = re.compile(r"\s*(?:[" + _BULLET_CHARS + r"]|[-–—*](?=\s))\s*")
_INNER_BULLET = re.compile(r"\s+(?=[" + _BULLET_CHARS + r"]\s)")
_CANDIDATE = re.compile(
    r"(?:[.!?…]+|\.(?:\s\.){2})[\"'”’»)\]*]*(?:\s+\*(?:\s?\*){2})?(?=\s)"  # end + closers (+ "* * *")
    r"|[。！？]+[”」』）]*"  # CJK sentence ends need no space
)
_OPENERS = "\"'“‘«([—–-"
_DOTTED = re.compile(r"^(?:[a-z]\.)+[a-z]$")


@dataclass(frozen=True)
class Abbreviations:
    """Abbreviation sets (lower case, without the final period)."""

    titles: frozenset[str]
    before_number: frozenset[str]
    ambiguous: frozenset[str]
    never_final: frozenset[str]
    starters: frozenset[str]


def load_abbreviations(path: str | Path | None = None) -> Abbreviations:
    """Load an abbreviation file (default: the packaged ``abbreviations.yml``).

    Args:
        path: A YAML file with ``titles``, ``before_number``, ``ambiguous``,
            ``never_final`` and ``starters`` lists.

    Returns:
        The abbreviation sets.

    Examples:
        >>> "mr" in load_abbreviations().titles
        True
    """
    return _load(str(path or paths.resource("abbreviations.yml")))


@lru_cache(maxsize=8)
def _load(path: str) -> Abbreviations:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))

    def get(key: str) -> frozenset[str]:
        items = data.get(key) or []
        bad = [x for x in items if not isinstance(x, str)]
        if bad:  # YAML reads unquoted no/on/yes as booleans
            raise ValueError(f"{path}: quote these {key} entries: {bad}")
        return frozenset(x.lower().rstrip(".") for x in items)

    return Abbreviations(get("titles"), get("before_number"), get("ambiguous"),
                         get("never_final"), get("starters"))


@lru_cache(maxsize=1)
def _default() -> Abbreviations:
    return load_abbreviations()


def is_bullet(paragraph: str) -> bool:
    """True when ``paragraph`` is a bullet item (starts with •, ▪, ⦁, or a dash/asterisk and a space).

    Examples:
        >>> is_bullet("• Xi arrives on Monday."), is_bullet("  – Talks follow."), is_bullet("-5 degrees")
        (True, True, False)
    """
    m = _LEAD_BULLET.match(paragraph)
    return bool(m) and m.end() > 0 and bool(paragraph[: m.end()].strip())


def strip_bullet(paragraph: str) -> int:
    """Offset of the text after a leading bullet marker (0 when there is none).

    Examples:
        >>> strip_bullet("• Xi arrives.")
        2
    """
    return _LEAD_BULLET.match(paragraph).end() if is_bullet(paragraph) else 0  # type: ignore[union-attr]


_NEXT_WORD = re.compile(r"[\w.'’-]*")


def _next_word(text: str, j: int) -> str:
    m = _NEXT_WORD.match(text, j)
    return m.group(0).rstrip(".'’-") if m else ""


def _is_boundary(text: str, m: re.Match[str], abbr: Abbreviations, n: int) -> bool:
    """Decide whether the candidate ``m`` (punctuation before whitespace) ends ``text[:n]``'s sentence."""
    j = m.end()
    if m.group(0)[0] in "。！？":
        return j < n
    while j < n and text[j].isspace():
        j += 1
    if j >= n:
        return False
    c = text[j]
    if c in _BULLET_CHARS:
        return True
    k = j
    while k < n and text[k] in _OPENERS:
        k += 1
    if k >= n:
        return False
    first = text[k]
    if not (first.isdigit() or (first.isalpha() and not first.islower())):
        return False
    punct = m.group(0).rstrip("\"'”’»)]* ")
    if punct != "." or m.group(0) != punct:
        return True  # ? ! … or a closing quote/bracket: a real end
    i = m.start()
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    token = text[i:m.start()].lstrip("\"'“‘«([").lower()
    if not token:
        return True
    if token in abbr.titles or token in abbr.never_final:
        return False
    if len(token) == 1 and token.isalpha():
        return False  # an initial: "J. R. R. Tolkien", "George W. Bush"
    if token in abbr.before_number and first.isdigit():
        return False
    if token in abbr.ambiguous or _DOTTED.match(token):
        return _next_word(text, k).lower() in abbr.starters
    return True


def _split_line(text: str, start: int, end: int, abbr: Abbreviations, out: list[tuple[int, int]]) -> None:
    """Append sentence spans of ``text[start:end]`` (one line, one bullet item) to ``out``."""
    seg = text[start:end]
    lead = strip_bullet(seg)
    s = start + lead
    for m in _CANDIDATE.finditer(text, s, end):
        if _is_boundary(text, m, abbr, end):
            out.append((s, m.end()))
            s = m.end()
    out.append((s, end))


def split_sentences(text: str, *, abbreviations: Abbreviations | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in a paragraph, in order, without surrounding blanks.

    Args:
        text: One paragraph (newlines inside it are hard boundaries).
        abbreviations: Abbreviation sets; default: the packaged list.

    Returns:
        Non-overlapping ``(start, end)`` character offsets into ``text`` (Python slices).
        A leading bullet marker is not part of the sentence.

    Examples:
        >>> t = 'Mr. Xi met Putin in the U.S. capital. "We agree," he said. Talks end now." He left.'
        >>> [t[a:b] for a, b in split_sentences(t)]
        ['Mr. Xi met Putin in the U.S. capital.', '"We agree," he said.', 'Talks end now."', 'He left.']
        >>> [t[a:b] for t in ["Trade hit $1.5 billion, up 3.5%. J. R. R. Tolkien wrote."]
        ...  for a, b in split_sentences(t)]
        ['Trade hit $1.5 billion, up 3.5%.', 'J. R. R. Tolkien wrote.']
    """
    abbr = abbreviations or _default()
    raw: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lstart, lend = pos, pos + len(line)
        pos = lend + 1
        cuts = [lstart] + [mm.end() for mm in _INNER_BULLET.finditer(text, lstart, lend)] + [lend]
        for a, b in zip(cuts, cuts[1:]):
            _split_line(text, a, b, abbr, raw)
    spans: list[tuple[int, int]] = []
    for a, b in raw:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans
