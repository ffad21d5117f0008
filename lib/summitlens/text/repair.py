"""Mojibake repair: ftfy for cp1252/Latin-1 mojibake, plus UTF-8 read as Thai cp874.

ftfy 6.3 does not undo UTF-8 text that was decoded with the Thai code page cp874
(TIS-620): an en dash (bytes ``E2 80 93``) turns into ``โ€“``. :func:`repair_mojibake`
finds runs of characters that cp874 maps to high bytes and re-decodes a run as UTF-8
only when (a) the bytes form valid UTF-8 sequences, (b) the sequence contains a byte from
cp874's punctuation block 0x80-0xA0 (``€ … ‘ ’ “ ” • – —``, the tell-tale of mojibake)
or sits inside a Latin-script word, and (c) the result is not Thai. Genuine Thai text
(Thai letters separated by spaces or next to Thai) is left alone.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.badness import BADNESS_RE

__all__ = ["repair_mojibake", "count_mojibake"]

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=False, fix_encoding=True,
    restore_byte_a0=True, replace_lossy_sequences=True, decode_inconsistent_utf8=True,
    fix_c1_controls=True, fix_latin_ligatures=False, fix_character_width=False,
    uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=True,
    remove_control_chars=False, normalization="NFC", explain=False,
)


def _high_chars(codec: str) -> str:
    chars = []
    for b in range(0x80, 0x100):
        try:
            chars.append(bytes([b]).decode(codec))
        except UnicodeDecodeError:
            continue
    return "".join(chars)


_CP874_HIGH = _high_chars("cp874")
_RUN = re.compile("[" + re.escape(_CP874_HIGH) + "]{2,}")
_SEQ_LEN = {**{b: 2 for b in range(0xC2, 0xE0)}, **{b: 3 for b in range(0xE0, 0xF0)},
            **{b: 4 for b in range(0xF0, 0xF5)}}


def _is_thai(ch: str) -> bool:
    return bool(ch) and 0x0E00 <= ord(ch[0]) <= 0x0E7F


def _fix_run(run: str, latin_context: bool, prev: str) -> tuple[str, int]:
    """Re-decode the valid UTF-8 sequences inside one cp874 run; return (text, n fixed).

    ``prev`` is the character before the run: a sequence that directly follows a Thai
    character is taken to be genuine Thai and left alone.
    """
    data = run.encode("cp874")
    out: list[str] = []
    fixed = 0
    i = 0
    while i < len(data):
        n = _SEQ_LEN.get(data[i], 0)
        chunk = data[i:i + n]
        if n and len(chunk) == n and all(0x80 <= b <= 0xBF for b in chunk[1:]):
            try:
                ch = chunk.decode("utf-8")
            except UnicodeDecodeError:
                ch = ""
            tell = any(0x80 <= b <= 0xA0 for b in chunk)
            before = out[-1][-1] if out else prev
            if (ch and (tell or latin_context) and not _is_thai(ch) and not _is_thai(before)
                    and unicodedata.category(ch)[0] != "C"):
                out.append(ch)
                fixed += 1
                i += n
                continue
        out.append(data[i:i + 1].decode("cp874"))
        i += 1
    return "".join(out), fixed


def _fix_cp874(text: str) -> tuple[str, int]:
    total = 0

    def sub(m: re.Match[str]) -> str:
        nonlocal total
        s, e = m.span()
        before = text[s - 1] if s else ""
        after = text[e] if e < len(text) else ""
        latin = (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())
        new, n = _fix_run(m.group(0), latin, before)
        total += n
        return new

    return _RUN.sub(sub, text), total


def repair_mojibake(text: str, *, fix_cp874: bool = True, max_rounds: int = 3) -> str:
    """Undo UTF-8 text that was decoded with a legacy code page.

    Runs the cp874 repair, then ftfy (cp1252/Latin-1/MacRoman mojibake, C1 controls),
    repeating until nothing changes (at most ``max_rounds``). Curly quotes, ligatures,
    full-width forms and HTML entities are left as they are.

    Args:
        text: Possibly garbled text.
        fix_cp874: Also repair UTF-8 that was read as Thai cp874/TIS-620.
        max_rounds: Upper bound on repair rounds (double mojibake needs two).

    Returns:
        The repaired text; unchanged when nothing suspicious is found.

    Examples:
        >>> repair_mojibake("Xi โ€“ Putin")
        'Xi – Putin'
        >>> repair_mojibake("Chinaâ€™s â€œno limitsâ€\\x9d")
        'China’s “no limits”'
        >>> repair_mojibake("สวัสดี ครับ")
        'สวัสดี ครับ'
    """
    if text.isascii():
        return text
    return "\n".join(line if line.isascii() else _repair_line(line, fix_cp874, max_rounds)
                     for line in text.split("\n"))


def _repair_line(text: str, fix_cp874: bool, max_rounds: int) -> str:
    """Repair one line (ftfy works line by line too), repeating until nothing changes."""
    for _ in range(max_rounds):
        new = _fix_cp874(text)[0] if fix_cp874 else text
        new = ftfy.fix_text(new, _FTFY)
        if new == text:
            break
        text = new
    return text


def count_mojibake(text: str) -> int:
    """Number of suspicious mojibake sequences in ``text``.

    Counts ftfy's "badness" matches (cp1252/Latin-1 mojibake) plus the cp874 sequences
    that :func:`repair_mojibake` would re-decode.

    Args:
        text: Text to inspect (before repair).

    Returns:
        The number of suspicious sequences; 0 for clean text.

    Examples:
        >>> count_mojibake("Chinaâ€™s and Russiaâ€™s; Xi โ€“ Putin")
        3
        >>> count_mojibake("China’s")
        0
    """
    total = 0
    for line in text.split("\n"):
        if not line.isascii():
            fixed, n_cp874 = _fix_cp874(line)
            total += n_cp874 + len(BADNESS_RE.findall(fixed))
    return total
