"""Gold round 9 of date intervals (frozen, held out): every date expression of 12 documents no one used for rules.

Annotated after round 8 had become development data (tests/gold/heldout_r9_dates/: 12 AllSides
records naming Russia, China or their leaders), by two annotators who read only ANNOTATION.md
and the texts; a second annotator audited 25 rows
(no error; the three expressions it listed as possibly missing are in the gold).
First run (the figure the README quotes), after the round 1–8 interval rules and the fourteenth
attachment pass: interval accuracy 0.831 (n=83, majority baseline 0.072, found 0.964), under
issue 11's 0.92 (r7 0.949, r8 0.957 had met it).
Errors (14): the anchor of reported speech (a debate's or a news conference's day, "today" in a
quotation given days earlier, "I just heard today" in an interview aired the day before
publication: 5 rows); bare months of a past story set years before publication ("in September",
"in October" of 2016 in a 2019 article); a future "plans to testify … on Dec. 10" resolved to
the past year; "a week earlier" after a dated event; "a decade ago" as a decade, not a year; "at
the beginning of 2009" as a quarter (the conventions' "early" is January–April); "48 hours
earlier", "over the past couple of years" and "before Election Day" not resolved.
Floor at the figure (fifteenth pass: future_head and sentence_year fix the Dec. 10 and the
"again in October" rows: 0.855).
Scoring: tests/extract/dates/_heldout.py.
"""

from __future__ import annotations

from tests.extract.dates._heldout import check_intervals

DATES_FLOOR = 0.86  # first run 0.831, fifteenth pass 0.855 (now dev data), sixteenth pass 0.867 (one_decade_year)


def test_heldout_r9_dates_interval_accuracy():
    check_intervals("heldout r9 dates", "heldout_r9_dates.csv", DATES_FLOOR)
