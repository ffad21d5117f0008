"""Tests for summitlens.text.repair."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.text.repair import count_mojibake, repair_mojibake


def cp874_mojibake(text: str) -> str:
    """UTF-8 text decoded as Thai cp874 (what produced seed 004)."""
    return text.encode("utf-8").decode("cp874", errors="ignore")


def cp1252_mojibake(text: str) -> str:
    """UTF-8 decoded as Windows-1252 the way browsers do (undefined bytes kept as C1)."""
    import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")

    return text.encode("utf-8").decode("sloppy-windows-1252")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi โ€“ Putin", "Xi – Putin"),                      # seed 004: en dash via cp874
        ("invasion โ€“ or called it", "invasion – or called it"),
        ("Xi โ€”Putin", "Xi —Putin"),                        # em dash
        ("Pokรฉmon", "Pokémon"),                            # Latin letter inside a Latin word
        ("Chinaâ€™s â€œno limitsâ€\x9d", "China’s “no limits”"),  # cp1252 mojibake (ftfy)
        ("Ã©tÃ© Ã  PÃ©kin", "été à Pékin"),
        ("plain ASCII text.", "plain ASCII text."),
        ("“curly” quotes – kept", "“curly” quotes – kept"),
        ("ﬁnancial &amp; ｆｕｌｌ", "ﬁnancial &amp; ｆｕｌｌ"),   # ligatures, entities, width untouched
    ],
)
def test_repairs(text: str, expected: str) -> None:
    assert repair_mojibake(text) == expected


@pytest.mark.parametrize(
    "thai",
    [
        "สวัสดีครับ ผมชื่อสมชาย",
        "ภาษาไทย “คำพูด” – ยาว",
        "กรุงเทพฯ “ข่าว”—ไทย",
        "ราคา 100 บาท…",
        "นายกรัฐมนตรีกล่าวว่า “เราจะไม่ยอมแพ้”",
    ],
)
def test_genuine_thai_is_left_alone(thai: str) -> None:
    assert repair_mojibake(thai) == thai
    assert count_mojibake(thai) == 0


@pytest.mark.parametrize(
    "original",
    ["Xi – Putin “no limits” summit…", "Moscow’s €1.5bn deal — signed", "São Paulo • naïve café"],
)
def test_round_trip_of_synthetic_mojibake(original: str) -> None:
    assert repair_mojibake(cp1252_mojibake(original)) == original
    garbled = cp874_mojibake(original)
    if garbled != original:
        assert repair_mojibake(garbled) == original or count_mojibake(garbled) > 0


def test_cp874_en_dash_exact() -> None:
    garbled = cp874_mojibake("invasion – or")
    assert garbled == "invasion โ€“ or"
    assert repair_mojibake(garbled) == "invasion – or"


def test_count_mojibake() -> None:
    assert count_mojibake("clean text – “quoted”") == 0
    assert count_mojibake("Xi โ€“ Putin") == 1
    assert count_mojibake("Chinaâ€™s and Russiaâ€™s") == 2


def test_option_disables_cp874() -> None:
    assert repair_mojibake("Xi โ€“ Putin", fix_cp874=False) == "Xi โ€“ Putin"


_ALPHABET = st.sampled_from(list("abc XYZ.,’“”–—…€") + ["โ€“", "â€™", "é", "ส", "ว", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_repair_is_idempotent(text: str) -> None:
    once = repair_mojibake(text)
    assert repair_mojibake(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_repair_never_crashes(text: str) -> None:
    assert isinstance(repair_mojibake(text), str)
    assert count_mojibake(text) >= 0
