"""Unit tests of summitlens.extract.dates.resolve: the general rules added on round-1 dev data."""

from __future__ import annotations

from datetime import date

import pytest

from summitlens.extract.dates import resolve_dates


def _one(text, anchor, surface):
    hits = [e for e in resolve_dates(text, anchor=anchor) if surface in e.surface or e.surface in surface]
    assert hits, (text, [e.surface for e in resolve_dates(text, anchor=anchor)])
    return hits[0]


@pytest.mark.parametrize("text,anchor,surface,start,end", [
    ("APEC Summit October 19 \u2212 21, 2001", date(2001, 10, 20), "October 19 \u2212 21, 2001",
     "2001-10-19", "2001-10-21"),
    ("It will be done within the next two or three years.", date(2018, 2, 6), "the next two or three years",
     "2018-02-06", "2021-02-06"),
    ("We will get there by the end of next March.", date(2020, 7, 6), "the end of next March",
     "2021-03-21", "2021-03-31"),
    ("This is in line with the approach we shared earlier this month.", date(2020, 5, 26),
     "earlier this month", "2020-05-01", "2020-05-25"),
    ("Earlier in May, Twitter announced a label.", date(2020, 5, 26), "Earlier in May", "2020-05-01", "2020-05-25"),
    ("In the critical early weeks of January, the virus spread.", date(2020, 4, 17), "early weeks of January",
     "2020-01-01", "2020-01-10"),
    ("The meeting was originally set for April 5-6.", date(2017, 3, 24), "April 5-6", "2017-04-05", "2017-04-06"),
    ("Trump may meet Xi in Florida in early April.", date(2017, 3, 24), "early April", "2017-04-01", "2017-04-10"),
    ("Before New Year, the bank opened 13,000 outlets.", date(2018, 2, 6), "New Year", "2018-01-01", "2018-01-01"),
])
def test_resolution(text, anchor, surface, start, end):
    e = _one(text, anchor, surface)
    assert (str(e.start), str(e.end)) == (start, end)


@pytest.mark.parametrize("text,surface", [
    ("Two days later Trump announces a withdrawal.", "Two days later"),
    ("Over a decade later he was still complaining.", "a decade later"),
])
def test_event_anchored_spans_stay_unresolved(text, surface):
    e = _one(text, date(2018, 12, 27), surface)
    assert e.start is None and e.end is None


def test_first_in_n_years_is_not_a_date():
    text = "Xi made the first state visit in 14 years by a Chinese leader."
    assert not [e for e in resolve_dates(text, anchor=date(2020, 1, 1)) if "14 years" in e.surface]
    assert [e.surface for e in resolve_dates("They will meet in two years.", anchor=date(2020, 1, 1))] == ["in two years"]


# rules added on the round-4 development errors (issue 11)
@pytest.mark.parametrize("text,anchor,surface,start,end", [
    ("He invited Xi to visit Moscow within the year.", date(2000, 3, 1), "within the year",
     "2000-01-01", "2000-12-31"),
    ("Troops will train in Poland over the next month.", date(2014, 4, 22), "over the next month",
     "2014-04-22", "2014-05-22"),
    ("The rotation will stay throughout the rest of this year.", date(2014, 4, 22),
     "throughout the rest of this year", "2014-04-22", "2014-12-31"),
    ("She followed the hearings two years prior.", date(2020, 4, 29), "two years prior",
     "2018-01-01", "2018-12-31"),
    ("She says that in the spring or summer of 1993 she met him.", date(2020, 4, 29),
     "the spring or summer of 1993", "1993-03-01", "1993-08-31"),
    ("Facebook will launch a drive around the Fourth of July.", date(2020, 7, 2), "Fourth of July",
     "2020-07-04", "2020-07-04"),
    # tense: a present progressive of an arrangement is future; "wrote" is past
    ("Paratroopers are arriving in Poland on Wednesday.", date(2014, 4, 22), "Wednesday",
     "2014-04-23", "2014-04-23"),
    ("A columnist, who opposes him, on Friday wrote a long piece.", date(2016, 7, 30), "Friday",
     "2016-07-29", "2016-07-29"),
])
def test_resolution_dev_round_rules(text, anchor, surface, start, end):
    e = _one(text, anchor, surface)
    assert (str(e.start), str(e.end)) == (start, end)
