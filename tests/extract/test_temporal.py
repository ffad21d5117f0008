"""Tests of summitlens.extract.dates (resolution): parametrised edge cases and properties."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.extract.dates import detect_tense, infer_anchor, resolve_dates

WED = date(2022, 9, 7)    # a Wednesday
FRI = date(2023, 3, 17)   # a Friday
TUE = date(2024, 3, 19)   # a Tuesday


@pytest.mark.parametrize(("text", "anchor", "surface", "start", "end", "gran"), [
    ("Putin will meet him in Vladivostok on Wednesday.", WED, "Wednesday", "2022-09-07", "2022-09-07", "day"),
    ("A meeting is planned for next week.", WED, "next week", "2022-09-12", "2022-09-18", "week"),
    ("They will meet the following week.", WED, "the following week", "2022-09-12", "2022-09-18", "week"),
    ("Trade grew last year.", FRI, "last year", "2022-01-01", "2022-12-31", "year"),
    ("Prices rose this month.", FRI, "this month", "2023-03-01", "2023-03-31", "month"),
    ("They held a virtual meeting in December.", FRI, "December", "2022-12-01", "2022-12-31", "month"),
    ("They will meet again in December.", FRI, "December", "2023-12-01", "2023-12-31", "month"),
    ("The summit takes place in Samarkand on September 15 and 16.", WED, "September 15 and 16",
     "2022-09-15", "2022-09-16", "multi-day"),
    ("Putin visited China for the forum on Oct 17-18, 2023.", TUE, "Oct 17-18, 2023", "2023-10-17",
     "2023-10-18", "multi-day"),
    ("The visit will run from March 20 through 22.", FRI, "March 20 through 22", "2023-03-20", "2023-03-22",
     "multi-day"),
    ("He will travel in mid-May.", TUE, "mid-May", "2024-05-11", "2024-05-20", "month_part"),
    ("The trip would take place in the second half of May.", TUE, "the second half of May", "2024-05-16",
     "2024-05-31", "month_part"),
    ("They last met in early February.", WED, "early February", "2022-02-01", "2022-02-10", "month_part"),
    ("Xi will visit Moscow in the spring.", FRI, "in the spring", "2023-03-01", "2023-05-31", "season"),
    ("Trade reached $240 billion in 2023.", TUE, "2023", "2023-01-01", "2023-12-31", "year"),
    ("The two met in Uzbekistan last September.", FRI, "last September", "2022-09-01", "2022-09-30", "month"),
    ("Xi will pay a state visit from Monday to Wednesday.", FRI, "Monday to Wednesday", "2023-03-20",
     "2023-03-22", "multi-day"),
    ("The leaders will meet over the weekend.", WED, "the weekend", "2022-09-10", "2022-09-11", "weekend"),
    ("His first trip abroad since early 2020.", WED, "early 2020", "2020-01-01", "2020-04-30", "year_part"),
    ("He said so on 28 June 2021.", WED, "28 June 2021", "2021-06-28", "2021-06-28", "day"),
    ("SCO meetings are scheduled for Thursday and Friday next week.", WED, "Thursday and Friday next week",
     "2022-09-15", "2022-09-16", "multi-day"),
    ("Trade grew from January to November this year.", date(2021, 12, 15), "January to November this year",
     "2021-01-01", "2021-11-30", "multi-month"),
    ("Xi went to Moscow in March of last year.", TUE, "March of last year", "2023-03-01", "2023-03-31", "month"),
    ("They met three years ago.", TUE, "three years ago", "2021-01-01", "2021-12-31", "year"),
    ("He spoke yesterday.", TUE, "yesterday", "2024-03-18", "2024-03-18", "day"),
    ("It happened in the late 1990s.", TUE, "the late 1990s", "1996-01-01", "1999-12-31", "decade"),
    ("Talks were held in the first quarter of 2023.", TUE, "the first quarter of 2023", "2023-01-01",
     "2023-03-31", "quarter"),
])
def test_resolve(text, anchor, surface, start, end, gran):
    exprs = resolve_dates(text, anchor=anchor)
    hit = [e for e in exprs if e.surface == surface]
    assert hit, [e.surface for e in exprs]
    e = hit[0]
    assert (str(e.start), str(e.end), e.granularity) == (start, end, gran)


@pytest.mark.parametrize("text", [
    "Putin may meet Xi.",                      # modal verb, not the month
    "the Winter Olympics in Beijing",          # not a season
    "the Spring Festival",                     # a name
    "a $2019 bill",                            # money, not a year
    "They will march on.",
])
def test_no_false_dates(text):
    assert resolve_dates(text, anchor=WED) == []


def test_without_anchor_relative_is_unresolved_explicit_kept():
    exprs = resolve_dates("They met last year and in March 2019.", anchor=None, anchor_source="none")
    by = {e.surface: e for e in exprs}
    assert by["last year"].start is None and by["last year"].confidence == 0
    assert str(by["March 2019"].start) == "2019-03-01"


@pytest.mark.parametrize(("text", "tense"), [
    ("Xi will visit Russia next week.", "future"),
    ("The two leaders met in Samarkand.", "past"),
    ("Putin is poised to visit China.", "future"),
    ("The summit will be held in Samarkand.", "future"),
])
def test_detect_tense(text, tense):
    assert detect_tense(text) == tense


def test_infer_anchor_never_today():
    assert infer_anchor(["No dates at all."]) == (None, "none")
    a, src = infer_anchor(["Putin visited Beijing in May 2017.", "In 2016 trade fell."])
    assert src == "inferred" and a == date(2017, 5, 31)
    a, _ = infer_anchor(["Trade grew 20% in 2018 compared with last year."])
    assert a.year == 2019


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
def test_never_crashes_offsets_and_order(text, anchor):
    last = -1
    for e in resolve_dates(text, anchor=anchor):
        assert text[e.char_start:e.char_end] == e.surface
        assert e.char_start >= last
        last = e.char_end
        if e.start is not None:
            assert e.start <= e.end
        assert 0.0 <= e.confidence <= 1.0


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["in December", "on Wednesday", "next week", "last year", "in the spring",
                        "mid-May", "September 15 and 16"]),
       st.sampled_from(["They met {}.", "They will meet {}.", "A summit is planned {}."]),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))
def test_templates_always_resolve(expr, template, anchor):
    exprs = resolve_dates(template.format(expr), anchor=anchor)
    assert exprs and all(e.start is not None for e in exprs)


def test_fast():
    text = ("Putin and Xi held a virtual meeting in December, and Xi will visit Moscow from Monday to "
            "Wednesday next week, after talks on September 15 and 16 in 2022.")
    t0 = time.perf_counter()
    for _ in range(200):
        resolve_dates(text, anchor=FRI)
    per = (time.perf_counter() - t0) / 200
    print(f"resolve_dates: {per * 1000:.3f} ms per sentence")
    assert per < 0.01
