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
