"""Dates: one resolver for every extractor (vocabulary, patterns, tense, resolution, anchors,
attachment of a date to an event).

Modules, one concern each:

- ``vocabulary``: calendar words from ``resources/calendar.yml``;
- ``lexicon``: the temporal rules of ``resources/temporal.yml``;
- ``patterns``: compiled expression patterns;
- ``tense``: the tense of a clause;
- ``resolve``: :func:`resolve_dates`, expressions to inclusive date intervals;
- ``anchor``: :func:`estimate_anchor` / :func:`infer_anchor` for undated articles;
- ``attach``: :func:`attach_date`, the date that modifies an event.

Examples:
    >>> from datetime import date
    >>> [(e.surface, str(e.start)) for e in resolve_dates("Xi arrived on Monday.", anchor=date(2023, 3, 22))]
    [('Monday', '2023-03-20')]
"""

from summitlens.extract.dates.anchor import AnchorEstimate, estimate_anchor, infer_anchor
from summitlens.extract.dates.attach import attach_date, clause_ids
from summitlens.extract.dates.lexicon import TemporalLexicon, load_lexicon
from summitlens.extract.dates.resolve import GRANULARITIES, TimeExpr, resolve_dates
from summitlens.extract.dates.tense import detect_tense
from summitlens.extract.dates.vocabulary import Calendar, load_calendar

__all__ = ["AnchorEstimate", "Calendar", "GRANULARITIES", "TemporalLexicon", "TimeExpr", "attach_date", "clause_ids",
           "detect_tense", "estimate_anchor", "infer_anchor", "load_calendar", "load_lexicon",
           "resolve_dates"]
