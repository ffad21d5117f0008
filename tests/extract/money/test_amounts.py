"""Unit tests of summitlens.extract.money.amounts: amounts, ranges, approximation, not-money."""

from __future__ import annotations

import pytest

from summitlens.extract.money import find_amounts, parse_number

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



def test_parse_number():
    assert parse_number("1,234,567.25") == 1234567.25

