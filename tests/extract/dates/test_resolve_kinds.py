"""Rules added from the round 1-3 error kinds (invented sentences, one per rule)."""

from __future__ import annotations

from datetime import date

import pytest

from summitlens.extract.dates import attach_date, resolve_dates

A = date(2021, 6, 14)  # a Monday


def _iv(text: str, surface: str, anchor: date | None = A) -> tuple[str, str] | None:
    for e in resolve_dates(text, anchor=anchor):
        if surface in e.surface or e.surface in surface:
            return str(e.start), str(e.end)
    return None


@pytest.mark.parametrize("text,surface,want", [
    # coordinated years are two years; only "between X and Y" is a range
    ("The treaties were signed in 1994 and 1998 in Minsk.", "1994", ("1994-01-01", "1994-12-31")),
    ("The treaties were signed in 1994 and 1998 in Minsk.", "1998", ("1998-01-01", "1998-12-31")),
    ("Prices rose between 1994 and 1998.", "1994 and 1998", ("1994-01-01", "1998-12-31")),
    # quarters without a year: the anchor's year
    ("Exports should recover in the second quarter.", "the second quarter", ("2021-04-01", "2021-06-30")),
    ("We expect growth in the third and fourth quarters.", "the third and fourth quarters",
     ("2021-07-01", "2021-12-31")),
    # ... also "of the year", and a bare ordinal quarter after "in" (eighth attachment pass)
    ("The fund raised $9 million in the first quarter of the year.", "the first quarter of the year",
     ("2021-01-01", "2021-03-31")),
    ("The senator raises $2 million in second quarter for her race.", "second quarter",
     ("2021-04-01", "2021-06-30")),
    # end of a year: late December; after a deadline word the last day; past clause -> past year
    ("The plant opens at the end of 2022.", "the end of 2022", ("2022-12-21", "2022-12-31")),
    ("The line will be finished by the end of this year.", "the end of this year", ("2021-12-31", "2021-12-31")),
    ("Revenue at the end of the year was 5 billion.", "the end of the year", ("2020-12-21", "2020-12-31")),
    # earlier / later this year split at the anchor day, as for months
    ("Earlier this year, the mill closed.", "Earlier this year", ("2021-01-01", "2021-06-13")),
    # "over the past week": seven days up to the anchor; "over these N years": N years up to it
    ("Prices fell over the past week.", "over the past week", ("2021-06-07", "2021-06-14")),
    ("Over these three years, output doubled.", "Over these three years", ("2018-06-14", "2021-06-14")),
    # "it has been N years since": the start point
    ("It has been 12 years since the last flood.", "12 years", ("2009-01-01", "2009-12-31")),
    # end of the week / earlier in the week: the anchor's week
    ("A vote is due by the end of the week.", "the end of the week", ("2021-06-14", "2021-06-20")),
    ("Later in the week, the board meets.", "Later in the week", ("2021-06-15", "2021-06-20")),
    # year + season
    ("Aid for the 2019 summer floods arrived.", "2019 summer", ("2019-06-01", "2019-08-31")),
    # "the weekend" without a cue: the nearest weekend (a Monday report: the one just gone)
    ("Pressure mounted over the weekend.", "the weekend", ("2021-06-12", "2021-06-13")),
    # "as early as Monday": the coming Monday
    ("The files could be released as early as Monday.", "Monday", ("2021-06-14", "2021-06-14")),
])
def test_new_rules(text, surface, want):
    assert _iv(text, surface, date(2021, 6, 14) if "Revenue" not in text else date(2021, 7, 6)) == want


def test_unknown_anchor_keeps_relative_found_but_empty():
    ex = resolve_dates("Earlier in the week, the board met.", anchor=None)
    assert [(e.surface, e.start, e.end) for e in ex] == [("Earlier in the week", None, None)]


@pytest.mark.parametrize("text,event,want", [
    # coordinated dates modify the event together
    ("They held summits in 2018 and 2019 in Asia.", "summits", "2018 and 2019"),
    ("We will talk during our meetings today and tomorrow.", "meetings", "today and tomorrow"),
])
def test_attach_coordinated(text, event, want):
    i = text.index(event)
    got = attach_date(text, event=(i, i + len(event)), dates=resolve_dates(text, anchor=A), anchor=A)
    assert got is not None and got.surface == want


def test_attach_skips_baseline_levels():
    text = "Beijing agreed to buy $200 billion above 2017 levels."
    i = text.index("$200 billion")
    assert attach_date(text, event=(i, i + 12), dates=resolve_dates(text, anchor=A), anchor=A) is None
