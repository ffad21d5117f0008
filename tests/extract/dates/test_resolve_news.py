"""Date accuracy cases from ANNOTATION.md / issue 11 item 6 (invented sentences)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from summitlens.extract.dates import attach_date, resolve_dates

SUN = date(2024, 6, 9)  # a Sunday
THU = date(2024, 10, 3)


def _one(text, anchor, surface):
    hit = [e for e in resolve_dates(text, anchor=anchor) if surface in e.surface or e.surface in surface]
    assert hit, [e.surface for e in resolve_dates(text, anchor=anchor)]
    return hit[0]


@pytest.mark.parametrize("text,surface,start,end", [
    ("The forum ran from December 28, 2019 – January 3, 2020.", "December 28, 2019 – January 3, 2020",
     "2019-12-28", "2020-01-03"),
    ("The talks lasted 30 December 2019 - 2 January 2020.", "30 December 2019 - 2 January 2020",
     "2019-12-30", "2020-01-02"),
    ("The drill ran November 2021 – February 2022.", "November 2021 – February 2022", "2021-11-01", "2022-02-28"),
    ("The session took place Dec. 30-Jan. 2.", "Dec. 30-Jan. 2", "2023-12-30", "2024-01-02"),
    ("Sanctions were in force 2014–2022.", "2014–2022", "2014-01-01", "2022-12-31"),
])
def test_dash_ranges(text, surface, start, end):
    e = _one(text, date(2024, 3, 1), surface)
    assert (str(e.start), str(e.end)) == (start, end)


@pytest.mark.parametrize("text,surface,day", [
    ("▲ __March 3, 1961.", "March 3, 1961", "1961-03-03"),
    ("**Signed on 12 April 1972**", "12 April 1972", "1972-04-12"),
    ("[Moscow, July 9, 2001]", "July 9, 2001", "2001-07-09"),
])
def test_markup_does_not_change_the_day(text, surface, day):
    e = _one(text, date(2024, 3, 1), surface)
    assert str(e.start) == str(e.end) == day


@pytest.mark.parametrize("text,anchor,start", [
    ("Exports rose 8% in July.", date(2024, 9, 12), "2024-07-01"),
    ("Imports fell sharply in November.", date(2024, 2, 5), "2023-11-01"),
    ("Shipments hit a record in August.", date(2024, 9, 1), "2024-08-01"),
    ("The ministry expects deliveries to resume in May.", date(2024, 2, 5), "2024-05-01"),
    ("Deliveries will resume in January.", date(2024, 9, 5), "2025-01-01"),
])
def test_bare_months_by_tense(text, anchor, start):
    e = [x for x in resolve_dates(text, anchor=anchor) if x.granularity == "month"][0]
    assert str(e.start) == start


@pytest.mark.parametrize("offset", range(7))
def test_last_week_every_weekday(offset):
    anchor = date(2024, 6, 3) + timedelta(days=offset)  # Monday … Sunday
    e = _one("Officials met last week.", anchor, "last week")
    monday = anchor - timedelta(days=anchor.weekday()) - timedelta(days=7)
    assert (e.start, e.end) == (monday, monday + timedelta(days=6))


@pytest.mark.parametrize("weekday,expected", [
    ("Monday", "2024-06-03"), ("Friday", "2024-06-07"), ("Saturday", "2024-06-08"), ("Sunday", "2024-06-09"),
])
def test_weekday_on_sunday_publication(weekday, expected):
    e = _one(f"The minister said on {weekday} that talks had ended.", SUN, weekday)
    assert str(e.start) == expected


def test_future_weekday_is_the_next_one():
    assert str(_one("Xi will arrive on Tuesday.", SUN, "Tuesday").start) == "2024-06-11"


@pytest.mark.parametrize("text,surface,start,end", [
    ("Trade grew 3% in the first seven months of the year.", "the first seven months of the year",
     "2024-01-01", "2024-07-31"),
    ("Trade grew in the first three quarters of this year.", "the first three quarters of this year",
     "2024-01-01", "2024-09-30"),
    ("Output rose in the first two months of 2023.", "the first two months of 2023", "2023-01-01", "2023-02-28"),
    ("Trade grew 5% in the first five months.", "the first five months", "2024-01-01", "2024-05-31"),
])
def test_first_n_periods(text, surface, start, end):
    e = _one(text, THU, surface)
    assert (str(e.start), str(e.end)) == (start, end)


def test_since_year_is_the_year():
    e = _one("Relations have improved since 2001.", THU, "2001")
    assert (str(e.start), str(e.end), e.granularity) == ("2001-01-01", "2001-12-31", "year")


@pytest.mark.parametrize("text,surface,day", [
    ("Leaders exchanged greetings on New Year's Day.", "New Year's Day", "2024-01-01"),
    ("The parade on Victory Day drew crowds.", "Victory Day", "2024-05-09"),
    ("Shops closed on Christmas Day 2019.", "Christmas Day 2019", "2019-12-25"),
])
def test_named_days(text, surface, day):
    e = _one(text, THU, surface)
    assert str(e.start) == day


@pytest.mark.parametrize("text,surface", [
    ("He spoke yesterday.", "yesterday"), ("They met last week.", "last week"),
    ("The visit is next month.", "next month"), ("He left on Tuesday.", "Tuesday"),
    ("Talks were held in the past three years.", "the past three years"),
])
def test_unknown_anchor_leaves_relative_empty(text, surface):
    e = _one(text, None, surface)
    assert e.start is None and e.end is None


def test_unknown_anchor_keeps_explicit_dates():
    e = _one("They met on May 14, 2017.", None, "May 14, 2017")
    assert str(e.start) == "2017-05-14"


def test_past_n_years_is_calendar_years():
    e = _one("Trade doubled over the past 5 years.", THU, "the past 5 years")
    assert (str(e.start), str(e.end)) == ("2019-10-03", "2024-10-03")


@pytest.mark.parametrize("text,event,want", [
    ("The Kremlin canceled a planned summit with Beijing last week.", "summit", None),
    ("Moscow announced on Tuesday a trip to Beijing next month.", "trip", "next month"),
    ("The surplus hit $31bn in August, up from $28bn in July.", "$31bn", "August"),
    ("The surplus hit $31bn in August, up from $28bn in July.", "$28bn", "July"),
    ("Xi will visit Moscow in May, the Kremlin said on Friday.", "visit", "May"),
    ("The ministry said on Monday that the leaders met in Kazan in October.", "met", "in October"),
])
def test_attachment(text, event, want):
    s = text.index(event)
    got = attach_date(text, event=(s, s + len(event)), dates=resolve_dates(text, anchor=THU))
    assert (got.surface if got else None) == (want.replace("in ", "") if want else None) or (
        got is not None and want is not None and got.surface in want)
