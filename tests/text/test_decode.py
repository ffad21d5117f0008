"""Tests for summitlens.text.decode."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens import paths
from summitlens.text.decode import DecodeError, decode_bytes, implausibility
from tests.conftest import require_shared

SAMPLES = {
    "en": "Xi Jinping met Vladimir Putin in Moscow – “no limits”, they said.",
    "fr": "Le président Poutine a rencontré M. Xi à Pékin l’été dernier.",
    "ru": "Владимир Путин встретился с Си Цзиньпином в Москве.",
    "zh": "习近平与普京在莫斯科会晤，双方讨论了合作。",
}


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (SAMPLES["en"].encode("utf-8"), SAMPLES["en"], "utf-8"),
        (codecs.BOM_UTF8 + SAMPLES["en"].encode("utf-8"), SAMPLES["en"], "utf-8-sig"),
        (SAMPLES["ru"].encode("utf-16"), SAMPLES["ru"], "utf-16"),
        (SAMPLES["en"].encode("utf-16-le"), SAMPLES["en"], "utf-16-le"),
        (SAMPLES["en"].encode("utf-16-be"), SAMPLES["en"], "utf-16-be"),
        (SAMPLES["zh"].encode("utf-32"), SAMPLES["zh"], "utf-32"),
        (SAMPLES["en"].encode("cp1252"), SAMPLES["en"], "cp1252"),
        (SAMPLES["fr"].encode("latin-1", errors="ignore"), SAMPLES["fr"].encode("latin-1", errors="ignore").decode("latin-1"), "latin-1"),
        ("The fee was £15.8m.".encode("latin-1"), "The fee was £15.8m.", "latin-1"),
        (SAMPLES["ru"].encode("cp1251"), SAMPLES["ru"], "cp1251"),
        ("ПРЕЗИДЕНТ России".encode("cp1251"), "ПРЕЗИДЕНТ России", "cp1251"),
        (SAMPLES["zh"].encode("gbk"), SAMPLES["zh"], "gbk"),
        ("“Xi” met Putin in ".encode() + b"caf\xe9", "“Xi” met Putin in café", "utf-8+cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "utf32", "cp1252", "latin1",
         "latin1-pound", "cp1251", "cp1251-caps", "gbk", "utf8-stray-byte"],
)
def test_decodes_known_encodings(data: bytes, text: str, encoding: str) -> None:
    got = decode_bytes(data)
    assert (got.text, got.encoding) == (text, encoding)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n ", "empty"),
        (codecs.BOM_UTF8 + b"  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 9)) * 20, "binary"),
        (b"\x81\x8d\x8f\x90\x9d" * 4, "undecodable"),
    ],
)
def test_quarantine_reasons(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as err:
        decode_bytes(data)
    assert err.value.reason == reason
    assert err.value.detail


def test_bbc_latin1_file_decodes_with_pound_sign() -> None:
    path = paths.BBC / "sport" / "199.txt"
    require_shared(path)
    got = decode_bytes(path.read_bytes())
    assert got.encoding == "latin-1"
    assert "£15.8m" in got.text and "\ufffd" not in got.text


def test_implausibility_flags_wrong_code_page() -> None:
    right = SAMPLES["ru"].encode("cp1251").decode("cp1251")
    wrong = SAMPLES["ru"].encode("cp1251").decode("cp1252")
    assert implausibility(right) == 0.0
    assert implausibility(wrong) > 0.5


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_only_raise_decode_error(data: bytes) -> None:
    try:
        got = decode_bytes(data)
    except DecodeError as err:
        assert err.reason in {"empty", "binary", "undecodable"}
    else:
        assert isinstance(got.text, str) and got.text.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=300).filter(lambda t: t.strip()))
def test_valid_utf8_round_trips(text: str) -> None:
    try:
        got = decode_bytes(text.encode("utf-8"))
    except DecodeError as err:
        assert err.reason in {"binary", "empty"}  # control-character-heavy text
    else:
        if "\x00" not in text:  # NUL-bearing text may legitimately read as UTF-16
            assert got.text == text.removeprefix("\ufeff")
