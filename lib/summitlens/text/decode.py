"""Decode raw bytes to text, or say why not.

Order of attempts: byte-order marks (UTF-8/16/32), BOM-less UTF-16 (recognised by its
NUL-byte pattern), binary detection, strict UTF-8, UTF-8 with a few stray single-byte
characters, then legacy code pages (cp1252/Latin-1, cp1251, GBK/GB18030, Big5, Shift-JIS,
EUC-KR, Greek, Arabic, Hebrew). A legacy decoding is accepted only when the decoded words
look like a real script (no words that mix scripts or consist of stray symbols); when no
candidate is plausible the bytes are quarantined as ``undecodable`` rather than garbled.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["DecodeError", "Decoded", "decode_bytes", "implausibility"]

#: Legacy encodings tried, in order of preference when equally plausible.
LEGACY = ("cp1252", "cp1251", "gbk", "gb18030", "big5", "shift_jis", "euc_kr",
          "cp1253", "cp1256", "cp1255")
#: Largest share of implausible characters accepted in a legacy decoding.
MAX_IMPLAUSIBLE = 0.1
#: Characters of a candidate decoding that are scored (enough evidence, bounded cost).
SAMPLE_CHARS = 50_000

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = re.compile(rb"[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_UTF8_MB = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_WORD = re.compile(r"\w+")
_INNER_CAPS = re.compile(r"[^\W\d_](?<=[a-z\u00e0-\u024f\u0430-\u045f])[A-Z\u00c0-\u00de\u0400-\u042f]")
_OK_SYMBOLS = set("£€¥$¢°§©®™•–—‘’“”„‚…«»‹›·×÷±¹²³¼½¾µ¶¡¿ºª№")


class DecodeError(ValueError):
    """Raised when bytes cannot be decoded; ``reason`` is a quarantine reason.

    Attributes:
        reason: One of ``empty``, ``binary``, ``undecodable``.
        detail: Human-readable explanation.
    """

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the (Python codec) name of the encoding used."""

    text: str
    encoding: str


def _stray_byte(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode one invalid UTF-8 byte as cp1252 (else Latin-1)."""
    assert isinstance(err, UnicodeDecodeError)
    b = err.object[err.start:err.start + 1]
    try:
        return b.decode("cp1252"), err.start + 1
    except UnicodeDecodeError:
        return b.decode("latin-1"), err.start + 1


codecs.register_error("summitlens-cp1252", _stray_byte)


def _script(ch: str) -> str:
    """Coarse script of a letter: first word of its Unicode name (LATIN, CYRILLIC, CJK …)."""
    name = unicodedata.name(ch, "")
    head = name.split(" ", 1)[0]
    if head in {"HIRAGANA", "KATAKANA", "CJK", "HANGUL", "BOPOMOFO"}:
        return "CJK"
    if head == "HALFWIDTH":
        return "HALFWIDTH"
    return head


def implausibility(text: str) -> float:
    """Share of non-ASCII characters that look like a wrong decoding.

    A character counts as implausible when it is a control/private/unassigned code point,
    an unusual symbol, a halfwidth form, or a letter inside a word that mixes scripts
    (``Ïóòèí``-style runs of accented Latin letters count as mixed too).

    Args:
        text: Decoded text.

    Returns:
        A number between 0 (plausible) and 1 (garbage); 0 for pure ASCII.

    Examples:
        >>> implausibility("Путин и Си")
        0.0
        >>> implausibility("Ïóòèí è Ñè") > 0.5
        True
    """
    non_ascii = sum(1 for c in text if ord(c) > 127)
    if not non_ascii:
        return 0.0
    bad = 0
    for c in text:
        if ord(c) > 127:
            cat = unicodedata.category(c)
            if cat[0] == "C" or (cat[0] in "SP" and c not in _OK_SYMBOLS and cat != "Ps"
                                 and cat != "Pe" and not 0x3000 <= ord(c) <= 0x303F
                                 and not 0xFF00 <= ord(c) <= 0xFF65):
                bad += 1
    for i in range(1, len(text) - 1):
        c = text[i]
        if ord(c) > 127 and unicodedata.category(c)[0] == "S" and text[i - 1].isalpha() and text[i + 1].isalpha():
            bad += 1
    for word in _WORD.findall(text):
        letters = [c for c in word if c.isalpha()]
        high = [c for c in letters if ord(c) > 127]
        if not high:
            continue
        scripts = {_script(c) for c in letters}
        if len(scripts) > 1 and not scripts <= {"LATIN"}:
            bad += len(high)
        elif "HALFWIDTH" in scripts:
            bad += len(high)
        elif scripts == {"LATIN"} and len(letters) >= 3 and len(high) * 2 > len(letters):
            bad += len(high)
        elif _INNER_CAPS.search(word):
            bad += len(high)
    return min(1.0, bad / non_ascii)


def _rare_hanzi(text: str) -> float:
    """Share of ideographs outside GB2312 (common simplified Chinese) in a GBK decoding."""
    han = [c for c in text if 0x4E00 <= ord(c) <= 0x9FFF]
    if not han:
        return 0.0
    rare = 0
    for c in han:
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            rare += 1
    return rare / len(han)


def _looks_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when NUL bytes sit in every other position."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    z_even, z_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if z_odd > 0.3 and z_even < 0.05:
        return "utf-16-le"
    if z_even > 0.3 and z_odd < 0.05:
        return "utf-16-be"
    return None


def _finish(text: str, encoding: str) -> Decoded:
    if not text.strip():
        raise DecodeError("empty", f"only whitespace after decoding as {encoding}")
    return Decoded(text, encoding)


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` or raise :class:`DecodeError` (``empty``, ``binary``, ``undecodable``).

    Args:
        data: Raw file content.

    Returns:
        The text and the codec used (``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-16-le``,
        ``utf-8+cp1252`` for UTF-8 with stray cp1252 bytes, ``cp1252``, ``latin-1``,
        ``cp1251``, ``gbk`` …).

    Raises:
        DecodeError: When the bytes are empty, binary, or fit no encoding plausibly.

    Examples:
        >>> decode_bytes("Xi – Putin".encode()).encoding
        'utf-8'
        >>> decode_bytes(b"Fee: \\xa35m").text, decode_bytes(b"Fee: \\xa35m").encoding
        ('Fee: £5m', 'latin-1')
        >>> decode_bytes("Путин".encode("cp1251")).text
        'Путин'
    """
    if not data.strip():
        raise DecodeError("empty", "file is empty or whitespace only")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _finish(data.decode(enc), enc)
            except UnicodeDecodeError as exc:
                raise DecodeError("undecodable", f"{enc} byte-order mark but invalid data: {exc.reason}") from None
    enc16 = _looks_utf16(data)
    if enc16:
        try:
            text = data.decode(enc16)
        except UnicodeDecodeError:
            pass
        else:
            if implausibility(text[:SAMPLE_CHARS]) <= MAX_IMPLAUSIBLE and "\x00" not in text:
                return _finish(text, enc16)
    if b"\x00" in data:
        raise DecodeError("binary", f"{data.count(0)} NUL bytes")
    n_control = len(_CONTROL.findall(data))
    if n_control > max(2, len(data) // 100):
        raise DecodeError("binary", f"{n_control} control bytes in {len(data)}")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    sequences = _UTF8_MB.findall(data)
    n_mb = len(sequences)
    n_stray = sum(b > 127 for b in data) - sum(len(m) for m in sequences)
    if n_mb and n_stray * 2 <= n_mb:
        return _finish(data.decode("utf-8", errors="summitlens-cp1252"), "utf-8+cp1252")
    best: tuple[float, str, str] | None = None
    for enc in LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        sample = text[:SAMPLE_CHARS]
        score = implausibility(sample)
        if enc in ("gbk", "gb18030"):
            score = max(score, _rare_hanzi(sample))
        if best is None or score < best[0]:
            best = (score, enc, text)
        if score == 0.0:
            break
    if best is None or best[0] > MAX_IMPLAUSIBLE:
        detail = "no encoding fits" if best is None else f"best guess {best[1]} looks garbled ({best[0]:.0%})"
        raise DecodeError("undecodable", detail)
    score, enc, text = best
    if enc == "cp1252" and not re.search(rb"[\x80-\x9f]", data):
        enc = "latin-1"
    return _finish(text, enc)
