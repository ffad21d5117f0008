"""Unit tests of summitlens.extract.dates.attach: clauses and the date that modifies an event."""

from __future__ import annotations

from datetime import date

import pytest

from summitlens.extract.dates import attach_date, clause_ids, resolve_dates

A = date(2023, 3, 20)


@pytest.mark.parametrize("text,a,b,same", [
    ("Xi has met Putin 39 times since becoming leader, most recently in September.", "met", "September", True),
    ("They met in May; the talks failed in June.", "met", "June", False),
    ("the two would meet at the (SCO) summit in Samarkand.", "meet", "Samarkand", True),
    ("He left because of the war, and then he met Xi.", "war", "met", False),
])
def test_clause_ids(text, a, b, same):
    segs = clause_ids(text)
    ia, ib = text.index(a), text.index(b)
    ids = lambda p: {k for s, e, k in segs if s <= p < e}  # noqa: E731
    assert bool(ids(ia) & ids(ib)) is same


@pytest.mark.parametrize("text,event,want", [
    # a class word after a noun marker is a noun ("head of state"), not a reporting verb
    ("Over the weekend, China's head of state Xi Jinping will meet Putin, according to a diplomat.",
     "meet", "the weekend"),
    ("Xi went to Moscow for a state visit in March of last year.", "went to", "March of last year"),
    # a date right before "when" dates the when-clause
    ("They declared a friendship in February last year when the Russian leader visited Beijing.",
     "visited", "February last year"),
    # a subordinate clause ends at its comma; the main clause goes on
    ("Xi has met Putin 39 times since becoming leader, most recently in September at a summit.",
     "met", "September"),
    # "hinted" reports: its date is the hint's
    ("Last month, the envoy hinted that Putin and Xi will meet several times this year.", "meet", "this year"),
    # a date right after an amount modifies it
    ("Wealth is falling, from $82,300 in 2010 to $81,400 today.", "$82,300", "2010"),
    ("Wealth is falling, from $82,300 in 2010 to $81,400 today.", "$81,400", "today"),
    # a date hanging on a reporting verb dates the report
    ("As Townhall reported earlier this week, the IRS spent $4.1 million on a conference in 2010.",
     "$4.1 million", "2010"),
])
def test_attachment_rules(text, event, want):
    s = text.index(event)
    got = attach_date(text, event=(s, s + len(event)), dates=resolve_dates(text, anchor=A), anchor=A)
    assert got is not None and got.surface in want


# Tree rules (sentences with two or more dates), each checked on invented sentences.
@pytest.mark.parametrize("text,event,want", [
    # a date of another noun ("the 2016 election", "a 2019 report") is not the event's
    ("Xi will visit Moscow next week, weeks after the Kremlin's 2019 report on trade.", "visit", "next week"),
    ("Putin held a summit with Xi in June, ahead of the 2024 election.", "summit", "June"),
    # ... unless that noun is an argument of the figure's predicate
    ("The firm spent $20 million on the 2019 campaign, the group said on Monday.", "$20 million", "2019"),
    # a date of another figure
    ("Growth has led to a steep fall in the share of people living on less than $2 a day, from 30 percent "
     "in 1995 to only 8 percent in 2018.", "$2", None),
    # a date in a coordinated clause of its own
    ("Beijing invested $3 billion, and Moscow received $1 billion in loans this year, and next year "
     "it will get more.", "$3 billion", None),
    # a later conjunct does not take the first conjunct's date
    ("The bill includes a pay raise this year, and $2 billion in new money to prepare for the 2030 census.",
     "$2 billion", None),
    # the event in a finite subordinate clause, or after "ahead of"/"before"
    ("As I said at the meeting with Xi, last year trade grew by 20 percent in the first quarter of 2023.",
     "meeting", None),
    ("Putin played tennis on Saturday ahead of a summit with Xi that the 2024 election may overshadow.",
     "summit", None),
    # a figure that is the object of a reporting verb takes its date
    ("Last month, the fund reported holding $8 million, less than in the 2016 and 2020 races.",
     "$8 million", "Last month"),
    # the earlier level of a change does not take the change's date
    ("In 2019, the $50 billion budget fell to $30 billion, as threats in 2018 waned.", "$50 billion", None),
    ("In 2019, the $50 billion budget fell to $30 billion, as threats in 2018 waned.", "$30 billion", "2019"),
    # a state since a date is not the event's date
    ("Xi's call with Putin has been at the heart of a row since Friday, when reports in 2024 came out.",
     "call", None),
    # a run of dates with only digits between is a list of labels
    ("Sales: $4 million 3 January February March April 12 rivals $2 million.", "$2 million", None),
])
def test_attachment_tree_rules(text, event, want):
    s = text.index(event)
    got = attach_date(text, event=(s, s + len(event)), dates=resolve_dates(text, anchor=A), anchor=A)
    if want is None:
        assert got is None, got.surface
    else:
        assert got is not None and got.surface in want, got
