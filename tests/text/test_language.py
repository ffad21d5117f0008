"""Tests for summitlens.text.language."""

from __future__ import annotations

import pytest

from summitlens import paths
from summitlens.text.language import detect_language, detect_languages, is_obviously_english

ARABIC_SEED_LINE = ("<< اقرأ أيضًا: في الحرب مع الصين ، مخاطر الولايات المتحدة رد فعل عنيف "
                    "باستخدام تكنولوجيا المتفجرات الخاصة >>>")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The two leaders met in Moscow on Tuesday to discuss trade.", "en"),
        (ARABIC_SEED_LINE, "ar"),
        ("Владимир Путин встретился с Си Цзиньпином в Москве.", "ru"),
        ("Володимир Зеленський зустрівся з прем'єр-міністром у Києві.", "uk"),
        ("习近平与普京在莫斯科会晤，双方讨论了合作。", "zh"),
        ("Le président russe a rencontré son homologue chinois à Pékin.", "fr"),
        ("Der russische Präsident traf seinen chinesischen Amtskollegen in Peking.", "de"),
        ("El presidente ruso se reunió con su homólogo chino en Pekín.", "es"),
        ("", "und"),
        ("2024 – 15% (±3)", "und"),
    ],
)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_cheap_path() -> None:
    assert is_obviously_english("Xi said that the talks were a success for both sides.")
    assert not is_obviously_english("Xi Jinping")  # too short to be obvious
    assert not is_obviously_english("Путин и Си встретились в Москве, где они обсудили торговлю.")


def test_prior_for_short_unaccented_text() -> None:
    assert detect_language("Ebbers denies WorldCom fraud", prior="en") == "en"
    assert detect_language("Путин встретился с Си", prior="en") == "ru"  # not ASCII: no prior


def test_detect_languages_batch_matches_single_and_uses_document_prior() -> None:
    texts = ["Rich grab half Colombia poor fund",
             "The former chief executive denied the charges in court on Monday.",
             ARABIC_SEED_LINE, ""]
    assert detect_languages(texts) == ["en", "en", "ar", "und"]
    assert detect_languages(texts[1:]) == [detect_language(t) for t in texts[1:]]
    assert detect_languages([]) == []


def test_seed_003_arabic_line() -> None:
    path = paths.RAW_ARTICLES / "003_77647fa608d4f452.txt"
    if not path.exists():
        pytest.skip("seed 003 absent")
    line = next(x for x in path.read_text(encoding="utf-8").splitlines() if "اقرأ" in x)
    assert detect_language(line) == "ar"
