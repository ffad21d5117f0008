"""Unit tests of summitlens.extract.money.typing: kind, subject, year, change, countries; properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.extract.money import extract_money, find_countries, main_countries, time_from_exprs



@pytest.mark.parametrize(
    "text, kind",
    [
        ("They set a $200 billion target.", "target"),
        ("Our goal is to reach US$200 billion in mutual trade.", "target"),
        ("Xi mentioned the intention to increase bilateral trade to US$250 billion.", "target"),
        ("We will pass the US$200 billion mark.", "target"),
        ("Trade reached a record $240 billion in 2023.", "record"),
        ("Trade reached a historic high, totalling 140 billion dollars.", "record"),
        ("Trade is expected to reach $300 billion in 2030.", "forecast"),
        ("Imports could reach about $551 billion in 2018.", "forecast"),
        ("Oil at $50 per barrel.", "other"),
        ("Trade rose 26.3% to $240.1 billion in 2023.", "actual"),
        ("Trump raised tariffs on $200 billion of Chinese goods.", "actual"),
    ],
)
def test_kind(text, kind):
    assert extract_money(text)[0].kind == kind


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Bilateral trade reached $240 billion.", "bilateral_trade"),
        ("China invested $50 billion in Venezuela.", "investment"),
        ("a 30-year, $400 billion deal to sell Russian natural gas", "deal"),
        ("China imports about $15 billion of crude oil", "energy"),
        ("the $2 trillion stimulus bill", "budget"),
        ("assets worth $300 billion were frozen under sanctions", "sanctions"),
        ("a GDP of $19.4 trillion", "other"),
    ],
)
def test_subject(text, subject):
    assert extract_money(text)[0].subject == subject


@pytest.mark.parametrize(
    "text, published, years",
    [
        ("surpassing a $200 billion target last year and reaching a record $240 billion in 2023",
         dt.date(2024, 3, 19), [2023, 2023]),
        ("The deficit was $381 billion in 2018, $337 billion in 2017.", None, [2018, 2017]),
        ("from January to November this year, trade rose 31 percent to US$123 billion.",
         dt.date(2021, 12, 15), [2021]),
        ("It reached US$123 billion in November.", dt.date(2021, 12, 15), [2021]),
        ("It reached US$12 billion in November.", dt.date(2021, 3, 1), [2020]),
        ("trade of $250 billion by the end of the decade", dt.date(2024, 5, 16), [2030]),
        ("trade of $200 billion by 2024", None, [2024]),
        ("Trade hit $240 billion last year.", None, [None]),
        ("Accenture's 2014 report: wells cost about $5 million.", None, [2014]),
        ("Wells cost about $5 million, said the author of a 2014 shale report.", None, [None]),
        ("the U.S. budget for fiscal 2019 includes $258 million", None, [2019]),
    ],
)
def test_years(text, published, years):
    assert [m.year for m in extract_money(text, published=published)] == years


def test_partial_year_and_relation():
    m = extract_money("In the first nine months of 2021 trade exceeded US$100 billion.")[0]
    assert (m.year, m.is_partial_year, m.period_start, m.period_end) == (2021, True, "2021-01-01", "2021-09-30")
    t = extract_money("trade of $200 billion by 2024")[0]
    assert (t.year_relation, t.is_partial_year) == ("by", False)


@pytest.mark.parametrize(
    "text, pct",
    [
        ("Trade rose 26.3% to $240.1 billion.", 26.3),
        ("Trade reached $240.1 billion, up 26.3% from a year earlier.", 26.3),
        ("Trade sank by 2.9% to $107.76bln.", -2.9),
        ("our mutual trade has increased by 31 percent to US$123 billion", 31.0),
        ("tariffs on $200 billion of goods rose to 25% from 10%", None),
        ("a 25 percent duty on $250 billion of Chinese goods", None),
    ],
)
def test_change_pct(text, pct):
    assert extract_money(text)[0].change_pct == pct


def test_countries_and_context():
    m = extract_money("Trade between Russia and China reached US$140 billion.")[0]
    assert m.countries == "CN;RU"
    m = extract_money("Our mutual trade reached US$140 billion.", context_countries=("CN", "RU"))[0]
    assert m.countries == "CN;RU"
    m = extract_money("The US-India trade relationship is worth about $100 billion.")[0]
    assert m.countries == "IN;US"


def test_time_from_the_one_resolver():
    from summitlens.extract.dates import resolve_dates

    text = "in the first half of 2023 and last year"
    got = time_from_exprs(resolve_dates(text, anchor=dt.date(2024, 1, 10)), sentence=text)
    assert [(t.surface, t.year, t.partial) for t in got] == [("the first half of 2023", 2023, True),
                                                             ("last year", 2023, False)]


def test_money_has_no_resolver_and_no_country_lists_of_its_own():
    import pathlib

    import summitlens.extract.money as money
    from summitlens.rules import load_rules

    for f in pathlib.Path(money.__file__).parent.glob("*.py"):
        src = f.read_text(encoding="utf-8")
        assert "def find_time_expressions" not in src and "january" not in src.lower(), f.name
    assert set(load_rules("money.yml")["countries"]) == {"bilateral_cues"}


@pytest.mark.parametrize("text,codes", [
    ("Chinese imports from Russia rose.", ["CN", "RU"]),
    ("Putin and Xi agreed.", ["CN", "RU"]),
    ("Washington and Tokyo disagree.", ["JP", "US"]),
    ("The U.S. trade deficit widened.", ["US"]),
    ("Nothing here.", []),
])
def test_countries_come_from_the_gazetteer(text, codes):
    assert find_countries(text) == codes


def test_main_countries():
    assert main_countries(["Putin met Xi in Beijing.", "Russia and China agreed.", "India watched."]) == ("CN", "RU")


_ALPHABET = st.sampled_from(list("0123456789$€£¥.,- ") + ["billion", " bn", "US$", " yuan", " to ", " and ",
                                                          "between ", "more than ", "about ", "%", " in 2023",
                                                          " last year", "record ", "target ", "a", "Trade "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_never_crashes_and_offsets_point_at_surface(text):
    for m in extract_money(text, published=dt.date(2024, 1, 1)):
        assert text[m.char_start:m.char_end] == m.surface
        assert 0 <= m.value_low <= m.value_high
        assert m.kind in {"actual", "target", "record", "forecast", "other"}


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_crashes_on_any_text(text):
    for m in extract_money(text):
        assert text[m.char_start:m.char_end] == m.surface

