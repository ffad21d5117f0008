"""Rules added after round 5's first run: one test per rule (resolver and attachment)."""

from __future__ import annotations

from datetime import date

from summitlens.extract.dates import attach_date, resolve_dates
from summitlens.extract.dates.resolve import quote_spans


def _iv(text, surface, anchor):
    e = next(x for x in resolve_dates(text, anchor=anchor) if surface in x.surface)
    return str(e.start), str(e.end)


def _att(text, event, anchor):
    i = text.index(event)
    got = attach_date(text, event=(i, i + len(event)), dates=resolve_dates(text, anchor=anchor), anchor=anchor)
    return None if got is None else got.surface


def test_attributive_day_is_nearest_occurrence():
    t = "Sessions can also expect to be asked about his role in Comey's May 9 firing."
    assert _iv(t, "May 9", date(2017, 6, 10)) == ("2017-05-09", "2017-05-09")


def test_attributive_month_in_past_clause_keeps_tense():
    t = "In the April call, Mr. Trump told the newly elected Ukrainian leader he was invited."
    assert _iv(t, "April", date(2019, 11, 15)) == ("2019-04-01", "2019-04-30")


def test_cue_inside_other_date_is_weak():
    t = "We estimate that we will restore the level of 2019, last year, by December in terms of flights."
    assert _iv(t, "December", date(2020, 7, 6)) == ("2020-12-01", "2020-12-31")


def test_early_in_year():
    t = "The president was roundly criticized early in 2014 for the remark."
    assert _iv(t, "2014", date(2015, 11, 14)) == ("2014-01-01", "2014-04-30")


def test_quote_spans_mixed_marks():
    assert quote_spans('"as it was today,” he told reporters') == [(0, 18)]
    assert quote_spans('Conway, May 9: "Well, today') == [(15, 27)]


def test_quoted_today_counts_from_the_speech_day():
    t = '"I would object if the situation was the same as it was today,” Adrian told USA TODAY Sports on Friday.'
    ds = resolve_dates(t, anchor=date(2020, 3, 23))
    assert [(d.surface, str(d.start)) for d in ds] == [("today", "2020-03-20"), ("Friday", "2020-03-20")]


def test_tense_cues_inside_a_quotation_do_not_date_outside_it():
    t = 'Conway, May 9: "Well, I would point them to the three letters that were received today."'
    ds = resolve_dates(t, anchor=date(2017, 5, 12))
    assert [(d.surface, str(d.start)) for d in ds] == [("May 9", "2017-05-09"), ("today", "2017-05-09")]


def test_quoted_today_without_a_speech_day_stays_on_the_anchor():
    t = '"We signed it today," he said.'
    assert _iv(t, "today", date(2020, 3, 23)) == ("2020-03-23", "2020-03-23")


def test_attach_elliptic_as_scheduled():
    t = ("Trump said on Friday a summit with Kim Jong Un that the United States pulled out of will now go "
         "ahead as scheduled on June 12 in Singapore.")
    assert _att(t, "summit", date(2018, 6, 2)) == "June 12"


def test_attach_past_rule_not_across_complementizer():
    t = "Lobbying records show that Primex paid the firm $85,000 in 2018 and 2019 for its services."
    assert _att(t, "$85,000", date(2020, 1, 6)) == "2018 and 2019"


def test_attach_relative_clause_spanning_another_noun():
    t = "FedEx bought naming rights to FedEx Field in 1998 for $205 million in a deal that runs through 2025."
    assert _att(t, "$205 million", date(2020, 7, 13)) == "1998"


def test_attach_non_restrictive_relative_on_another_noun():
    t = ("The next day, Trump had his infamous call with Zelensky, which prompted a whistleblower to file a "
         "complaint on August 12, and a call with Macron in 2018.")
    assert _att(t, "infamous call", date(2019, 12, 19)) is None


def test_attach_since_on_state_reaches_participle_figure():
    t = "The group has been around only since December, raising about $1,000 and spending $18, in 2014 terms."
    assert _att(t, "$1,000", date(2013, 4, 13)) == "December"


def test_attach_raised_subject_infinitive():
    t = ("The Bush-era tax cuts expire Jan. 1, and more than $100 billion in automatic spending cuts are due "
         "to take effect Jan. 2.")
    assert _att(t, "$100 billion", date(2012, 11, 5)) == "Jan. 2"
