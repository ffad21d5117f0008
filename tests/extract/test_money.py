"""Unit tests of summitlens.extract.money: edge cases as tables, properties with hypothesis."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.extract.money import (
    extract_money,
    extract_money_table,
    find_amounts,
    find_time_expressions,
    load_lexicon,
    parse_number,
)

B, M, T = 1e9, 1e6, 1e12


@pytest.mark.parametrize(
    "text, expected",  # expected: [(surface, low, high, currency, scale)]
    [
        ("Trade hit $240 billion.", [("$240 billion", 240 * B, 240 * B, "USD", "billion")]),
        ("It reached US$146.887 billion.", [("US$146.887 billion", 146.887 * B, 146.887 * B, "USD", "billion")]),
        ("It reached USD 45 billion.", [("USD 45 billion", 45 * B, 45 * B, "USD", "billion")]),
        ("worth 140 billion U.S. dollars a year", [("140 billion U.S. dollars", 140 * B, 140 * B, "USD", "billion")]),
        ("exceeding the record level of 140 billion U.S.", [("140 billion U.S.", 140 * B, 140 * B, "USD", "billion")]),
        ("tariffs on $60B of US goods", [("$60B", 60 * B, 60 * B, "USD", "billion")]),
        ("a $44bn bid", [("$44bn", 44 * B, 44 * B, "USD", "billion")]),
        ("sank to $107.76bln", [("$107.76bln", 107.76 * B, 107.76 * B, "USD", "billion")]),
        ("$1.5 mln and $2 tn", [("$1.5 mln", 1.5 * M, 1.5 * M, "USD", "million"), ("$2 tn", 2 * T, 2 * T, "USD", "trillion")]),
        ("a bounty of $25m", [("$25m", 25 * M, 25 * M, "USD", "million")]),
        ("a $142,300 deposit", [("$142,300", 142300.0, 142300.0, "USD", "unit")]),
        ("it cost $1,234.5 in all", [("$1,234.5", 1234.5, 1234.5, "USD", "unit")]),
        ("1.74 trillion yuan", [("1.74 trillion yuan", 1.74 * T, 1.74 * T, "CNY", "trillion")]),
        ("RMB 5 billion", [("RMB 5 billion", 5 * B, 5 * B, "CNY", "billion")]),
        ("¥300 million", [("¥300 million", 300 * M, 300 * M, "CNY", "million")]),
        ("10 billion roubles and 3 million rubles",
         [("10 billion roubles", 10 * B, 10 * B, "RUB", "billion"), ("3 million rubles", 3 * M, 3 * M, "RUB", "million")]),
        ("€3.5m", [("€3.5m", 3.5 * M, 3.5 * M, "EUR", "million")]),
        ("5 billion euros", [("5 billion euros", 5 * B, 5 * B, "EUR", "billion")]),
        ("$200bn (£157bn)", [("$200bn", 200 * B, 200 * B, "USD", "billion"), ("£157bn", 157 * B, 157 * B, "GBP", "billion")]),
        ("more than a trillion dollars", [("a trillion dollars", T, T, "USD", "trillion")]),
        ("ten billion dollars", [("ten billion dollars", 10 * B, 10 * B, "USD", "billion")]),
        ("half a billion dollars", [("half a billion dollars", 0.5 * B, 0.5 * B, "USD", "billion")]),
        ("$200-250 billion", [("$200-250 billion", 200 * B, 250 * B, "USD", "billion")]),
        ("$200–$250 billion", [("$200–$250 billion", 200 * B, 250 * B, "USD", "billion")]),
        ("a $300-to-500-billion deficit", [("$300-to-500-billion", 300 * B, 500 * B, "USD", "billion")]),
        ("worth between $252 million and $611 million",
         [("$252 million and $611 million", 252 * M, 611 * M, "USD", "million")]),
        ("between 200 and 250 billion dollars", [("200 and 250 billion dollars", 200 * B, 250 * B, "USD", "billion")]),
        ("$5 to $10 million", [("$5 to $10 million", 5 * M, 10 * M, "USD", "million")]),
        ("ranging from $1bn to $2bn", [("$1bn to $2bn", B, 2 * B, "USD", "billion")]),
        ("trade rose from $100 billion to $150 billion",
         [("$100 billion", 100 * B, 100 * B, "USD", "billion"), ("$150 billion", 150 * B, 150 * B, "USD", "billion")]),
        ("HK$5 billion", [("HK$5 billion", 5 * B, 5 * B, "HKD", "billion")]),
        ("30bn baht (£398m; $768m)", [("30bn baht", 30 * B, 30 * B, "THB", "billion"),
                                      ("£398m", 398 * M, 398 * M, "GBP", "million"),
                                      ("$768m", 768 * M, 768 * M, "USD", "million")]),
    ],
)
def test_amounts(text, expected):
    got = [(a.surface, a.value_low, a.value_high, a.currency, a.scale) for a in find_amounts(text)]
    assert got == [(s, pytest.approx(lo), pytest.approx(hi), c, sc) for s, lo, hi, c, sc in expected]


@pytest.mark.parametrize(
    "text",
    [
        "home to more than 3 billion people",
        "ten billion cubic metres of gas",
        "37 million tonnes of grain",
        "tariffs ranging from 5% to 25% on 5,140 products",
        "Xi has met Putin 39 times since 2013.",
        "the S-400 system and the G20 summit in 2019",
        "billions of dollars in aid",
        "the U.S. dollar slipped",
        "Five hundred billion, maybe more.",
        "a 2030 Agenda and the 7th Eastern Economic Forum",
        "the U.S. is losing $100’s of billions",
        "the 12 Euro zone countries",
        "",
    ],
)
def test_not_money(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    "text, approx",
    [
        ("more than $200 billion", "more_than"),
        ("over $50 billion", "more_than"),
        ("exceeded US$100 billion", "more_than"),
        ("exceeding the record level of 140 billion U.S. dollars", "more_than"),
        ("about $15 billion", "approx"),
        ("nearly $90 billion", "approx"),
        ("some $30 billion", "approx"),
        ("roughly $500bn", "approx"),
        ("an estimated $1.72bn", "approx"),
        ("up to $12 billion", "up_to"),
        ("less than $1 billion", "less_than"),
        ("at least $1", "at_least"),
        ("the remaining $300 billion or so", "approx"),
        ("$200 billion", ""),
        ("insurance claims were pushed up to $37bn", ""),
    ],
)
def test_approx(text, approx):
    assert find_amounts(text)[-1].approx == approx


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


def test_time_expressions_fallback():
    got = find_time_expressions("in the first half of 2023 and last year", published=dt.date(2024, 1, 10))
    assert [(t.surface, t.year, t.partial) for t in got] == [("first half of 2023", 2023, True),
                                                             ("last year", 2023, False)]


def test_parse_number():
    assert parse_number("1,234,567.25") == 1234567.25


def test_custom_lexicon(tmp_path):
    import yaml

    from summitlens import paths

    raw = yaml.safe_load(paths.resource("money.yml").read_text(encoding="utf-8"))
    raw["currencies"]["before"]["¥"] = "JPY"
    f = tmp_path / "money.yml"
    f.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    assert find_amounts("¥300 million", lexicon=load_lexicon(f))[0].currency == "JPY"


def test_table_offsets_and_missing_temporal():
    text = "Headline\n\nTrade hit $240 billion last year, up 26.3%."
    start = text.index("Trade")
    s = pd.DataFrame({"doc_id": ["d"], "sentence_no": [1], "char_start": [start], "char_end": [len(text)],
                      "text": [text[start:]], "text_match": [text[start:]], "is_english": [True]})
    a = pd.DataFrame({"doc_id": ["d"], "published": [pd.Timestamp("2024-03-19")], "text": [text]})
    df = extract_money_table(s, a)
    row = df.iloc[0]
    assert text[row.char_start:row.char_end] == row.surface == "$240 billion"
    assert (row.year, row.change_pct, row.year_source) == (2023, 26.3, "rules")


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
