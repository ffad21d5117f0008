"""Attachment: which date expression of a sentence modifies a given event.

Not the nearest date: the one in the event's clause that modifies the event itself, its
own predicate, or the predicate that governs the event noun — unless that predicate is a
reporting, announcing, cancelling or planning verb (``temporal.yml``: ``attachment``), whose
date is the date of the report, announcement or cancellation.

A sentence with one date and a meeting event is decided by fast rules (same clause, not
right after a reporting verb, not a past date after a cancelled/announced event). A figure,
or a sentence with two or more dates, is parsed (:mod:`summitlens.text.parse`); a date is left out when the tree shows
it modifies another act (``temporal.yml``: ``attachment``, tree rules): a noun outside the
event's phrase that is no argument of its predicate ("the 2016 election"), another figure
("from 35.9 percent in 1990"), a phrase relating another act ("before the November
election", "than the G7 meeting in June"), a clause below the point where date and event
meet (relative, participial, coordinated), a verb above a finite clause holding the event
or a later conjunct's first conjunct, a figure under "from" a date before it ("to $9 by 2015, up from the current
$7.25"), an event inside a clause on a noun below the meeting point ("legislation on Monday to
spend $1.3 billion"); a date right after a reporting verb ("said on Monday he would meet …")
dates the report whatever the parse; a date right after another figure ("from $3.70 in late
June") is that figure's; a date before a copula dates the figure after it ("the price in June
2016 was $358,000"); a period noun is part of its date ("the 2016 cycle", "all of 2016"); and
a run of dates with only digits between (chart labels) modifies nothing. An elliptic "as"
clause ("go ahead as scheduled on June 12") and an infinitive completing a figure's predicate
("$100 billion … are due to take effect Jan. 2") are the event's own; a relative clause on
another noun of the event's phrase, set off by a comma or spanning a state ("in a deal that
runs through 2025"), is not.
Scope: a span or "as of" date on a reporting verb dates what is reported ("As of November,
the group said it had raised $75 million"); a parenthetical source ("according to") and an
act whose occasion is the event ("told May at a meeting") let a date through; a fronted date
scopes over coordinated clauses, and a date on the first of coordinated clauses with the same
verb is carried over to the later ones; a temporal preposition on a verb ("paid … before the
2016 election") bounds that verb's act.
A date dates a figure only when it dates the figure's own predicate: a comparison baseline
("$100 billion below 2010"), a price level ("$4,000 in today's dollars") and a futures
contract ("April gold") date nothing, unless the figure is in the date's own noun phrase
("this week's payment of $2,172"); a date inside a condition ("if … aren't renewed by Jan. 1")
is its deadline; an attributive date on a figure's source ("left over from her 2018 Senate
victory") is the source's; a date after another figure and its noun ("$158 million in revenue
in 2013") is that figure's, unless the event restates it ("…, amounting to $75,000"); an
infinitive completing the figure's predicate ("allowed $11.7 million … to go to inmates from
2006 to 2010") and a fronted "when" clause carry their date.
Another act, scope and layout (round 9): a date in another list item (``;``) is never the
event's; a noun's date is no argument of a verbal event below the predicate ("didn't know about
the 2010 New START when he spoke to Putin"); a present state is not bounded by an earlier act
("is facing $2.8 million in debt after the August 2014 police shooting"); an event in a clause
opened by a relating subordinator, or a date inside one ("since he took office last week"), is
another act's; a comma-set relative clause on a
participant ("May, who had to be rushed to safety Wednesday") is hers. A fronted span covers a
participle of the main clause ("During … 2015-2019, employees made 69 contributions averaging
$2,700"); a figure "equal to" a noun's value is no comparison; the start of a change dates its
earlier level ("started in 2013, from $7.25 to $9.00"); a caption's trailing date ("in
Helsinki, Finland, Monday, July 16, 2018.") and a single date after a relating preposition
are decided on the tree.
Round 10: a figure measuring an instrument that an act is done to ("passed … a $700 billion
defense policy bill on Monday", "a Friday vote on $9 billion in aid": ``instrument_acts``)
takes no date of that act; a date that is itself the object of a relating preposition on a
noun other than the event ("its biggest point rise since June 6, 2008") bounds a comparison.
Sixth pass (each blocking rule of :func:`_blocks` has an id, ``attachment.rules_off`` turns
it off; rules measured by ablation over rounds 1–11, those with a pooled net ≤ 0 or firing on
one round only removed): a "since" clause or phrase on a figure's perfect predicate starts the
figure's period ("had earned $89 million … since leaving the White House in 2001"); a named
event in a clause of simultaneity takes its head clause's date ("will speak Tuesday, as world
leaders assemble … for 'Climate Summit 2014'"); a single date in a "when" clause after the
event is decided on the tree ("the first meeting … when Trump and Kim meet in May or June").
Seventh pass (rules kept only when they help two rounds or more of r1–r12 and hurt none): a
date right after the object of a relating phrase modifies that object, wherever the parser
hung it ("ahead of a climate summit meeting in Paris in 2015"; "at an international summit
that … after his re-election in November": the re-election's, not the summit's;
``relating_object_date``, which ``rules_off`` turns off too).
Eighth pass (rounds 1–14; kept only when helping two rounds or more): a deictic date right after
another figure with no link word ("the $2 billion this year") is that figure's
(``figure_deictic_date``). Measured and shipped switched off (``rules_off``, effects in
``temporal.yml``): a fronted date scoping over the events below its verb (``fronted_scope``), a
date inside the same comparison as the figure (``comparison_own_date``), "the period in 2012" as
one time expression (``period_in_date``), a figure's own clause ranked before the governing act
(``own_clause_first``).
Ninth pass (rounds 1–15): a noun a date is written before as its attribute is an argument of
the event's predicate only when it hangs on the predicate or one of its prepositions; deeper in
an argument it is that noun's date ("the cost of the investigation into … the 2016 election is
near $17 million": ``deep_argument``); a compound on a period noun is part of the date ("the
2016–2017 school year"), as is a part of the day ("as of Sunday afternoon").
Tenth pass (rounds 1–16; kept only when helping two rounds or more): an infinitive without a
subject that is a figure's purpose dates the figure ("a request for more than $1 billion to fund
the border wall this year": ``purpose_infinitive``); a date set off by a comma before the subject
of a verb outside the verb classes scopes over the events after it in that clause ("Over a
similar period, from 1980 to 2018, the … price … increased …, from $131 to $600":
``fronted_clause_scope``); a "when" clause after its verb is simultaneous with it ("spent more
than $15,000 … when he hosted … in late May": ``when_clause_date``). Shipped switched off: a date
in apposition to another figure's date (``appositive_date``), a date in a comma-set relative
clause on the event (``relative_on_event``).
Eleventh pass (rounds 1–17; kept only when helping two rounds or more): a period on a clause
frames a later clause coordinated with it ("submitted notices … from 2009 through 2012, but
ended up charging only $31.2 million": ``span_carried_over``); a figure in brackets right after
another figure ("nearly $60bn (£46.7bn) worth of US imports beginning on 1 June") is dated as
that neighbour (``converted_figure``).
Twelfth pass (rounds 1–18; kept only when helping two rounds or more): a figure in brackets
after another figure, with no date inside the brackets, is an aside on it and dated as it
("$358,000 (median home price was $307,000)": ``bracketed_figure``). Shipped switched off (one
round each): a deadline on a goal's predicate (``deadline_goal``), a date on a conjunct sharing
the event's subject (``shared_subject``), a point date after "from X to Y" left to Y
(``change_end_date``), a "by which time" clause taking its antecedent date (``antecedent_time``).
Thirteenth pass (rounds 1–19; kept only when helping two rounds or more and hurting none): the
difference of a comparative takes a date under a preposition inside its "than" complement
("$4,200 more than families took home in 2014": ``difference_date``); a relative or participial
clause after a figure, on an argument of the figure's predicate or the object of one of its
prepositions, times the figure's act ("sold $1.5 million … worth of stock … in transactions
that took place on Jan. 31": ``argument_clause_date``). Shipped switched off: a participle of an
instrument act on the figure's noun (``participle_act``, r19 +1, r14 −1).
Fourteenth pass (rounds 1–20; kept only when helping two rounds or more and hurting none): a
participle of a start verb without a subject on a figure's predicate opens the figure's period
("cuts of $1.2 trillion … will take place over a decade, beginning in January":
``start_participle``); a clause on the figure's argument reaches it through an infinitive without
a subject and through "of" phrases ("$45 billion from the next round of the sequester cuts that are
set to hit in January": ``raised_argument_clause``); a goal ("toward") names no other act, so
neither an event in a goal phrase nor a date after one is another act's ("could go towards the
state pension fund in June": ``goal_phrase``). Shipped switched off (r20 only): a period on an
instrument act (``period_act``), a period after another figure's noun (``period_figure``), a
relative clause on a period noun of the figure's phrase (``period_relative``).
Fifteenth pass (rounds 1–21): ``relative_on_event``, off since the tenth pass, is on (r16 +1,
r21 +1, breaks none).
Seventeenth pass (rounds 1-23): a figure in a relative or participial clause on a noun takes the
date written before that noun as its attribute ("the city's 2021 budget, totaling more than $88
billion": ``described_noun_date``).
Eighteenth pass (rounds 1-23): a held level that a change verb takes as object takes no date of
the change ("will reduce its $85 billion a month in bond purchases by $10 billion starting in
January": ``changed_level``, ``level_changing_verbs``). Shipped switched off (r22 only): a period
framing a whole change dates its earlier level too ("in the ten preceding years from 2007 to 2017,
federal spending rose from $2.7 trillion to $4.1 trillion": ``period_change``).
Nineteenth pass (rounds 1-24): a figure closing a pair or a range with the next figure, not a
change's starting level after "from", shares the date after that figure ("$453 million to $289
million in the 2014 cycle", "up 3 cents to $26 in January": ``range_figure``, ``range_link``,
``range_start_before``). Shipped switched off: a date on a noun among the subject's own words (a
modifier, an apposition) dating a figure in the object (``subject_attribute``: r21 +1, r15 -1), and
a figure in a participle on that object (``subject_clause``: r24 only); a figure in a relative
clause on a noun takes the noun's "of" date ("the deficit of fiscal 1943—which was $54.554
billion": ``described_noun_of``, r24 only).
Twentieth pass (rounds 1-25): a link blurb glued into the sentence ("President Trump Donald John
TrumpGOP senators balk at … MORE") is a text of its own: an event outside it takes none of its dates
and is read with it blanked, an event inside it only its dates (``link_blurb``); a single date
written before a lower-case word ("a leading 2020 presidential contender") is decided on the tree,
not by the fast rules (``attributive_single``).
Twenty-first pass (rounds 1-26): a period (a span between two bounds) above the finite clause
holding a figure frames the figure ("spent more than $4 billion … from 2005 to 2011, over $1
billion of which were contributions": ``period_clause``). Shipped switched off (r26 only): a figure
coordinated with the event on the parse shares the date after it ("to a $325 minimum or 2 percent of
income in 2015": ``coordinated_figure``). Attachment pass three (rounds 1-31): ``coordinated_figure``
switched on, widened to a series of figures linked by conjuncts and appositions ("raised $7 million,
then $10 million, then $38 million in 2018"): r26 +2, r31 +2.
Twenty-second pass (rounds 1-27): a condition without a subject of its own on a figure's predicate
is said of that predicate, so its date is the figure's ("would cost roughly $60 billion if
implemented in 2019": ``elliptic_condition``). Shipped switched off (r27 only): a deadline on an act
below the figure's predicate ("to enhance their security ahead of 2020": ``deadline_below``), a
fronted date kept from an event in a relating phrase ("In October 2012, … filed for bankruptcy after
spending $132 million": ``fronted_relating``, on since dates pass thirteen), "then" on a figure's predicate pointing back to the
last date before it ("in April 2006 …, then surpassing an average of $2.50": ``then_anaphor``).
Twenty-third pass (rounds 1-28): a date before a filing, return or disclosure named as a figure's
source is the figure's period ("$32 billion in assets, according to the organization's 2017 tax
filing": ``source_document``); a level the date is written before whose value is the figure is no
baseline ("the 2007 level of $1.92 trillion": ``own_level``). Shipped switched off (r28 only): a
clause closed by a colon dates the elaboration after it ("held nothing back in April and May: …
spent more than $120,000": ``colon_frame``); a fronted date does not scope into a finite relative
clause with its own subject ("a move that points to … her $69 million contract":
``scope_stops_at_relative``).
Twenty-fourth pass (rounds 1-30): ``colon_frame`` switched on, with its bracket case: a list of
figures in brackets after a noun, holding no clause and no date but comparison bases, takes the
noun's date, a later item the first item's ("agencies like the NIH ($31.3 billion, up $471 million
from fiscal 2012), the CDC ($11.3 billion)": ``bracket_frame``); a date in a relative clause on a
noun another date names dates no event ("In fiscal year 2016, which ended this past Sept. 30, …":
``relative_on_date``); a period written after a noun off the event's path is read on the clause the
event stands in ("made $384,000 selling data between 2015 and this year": ``span_to_clause``).
Attachment pass four (rounds 1-32): a date closing the later of two verb phrases coordinated under
one auxiliary, without a subject of its own, scopes over a figure in the first ("would increase GDP by
$113 billion and create 900,000 jobs next year": ``conjunct_scope``): r24 +1, r30 +1, hurts none.
A figure measuring a noun through a participle without a subject ("trips valued at $5.2 million")
takes the date of the noun or of the act the noun takes part in (``measure_participle``).
Shipped switched off (one sentence, r31 +2): a part of a figure ("$1.5 billion last year,
including $1 billion …") takes the whole's date (``part_figure``).
Attachment pass five (rounds 1-33; kept on only when helping two rounds or more and hurting none):
a date before the budget, fund or campaign a figure is taken from, the "from" phrase on the
figure's noun or predicate, is the figure's ("the $1.6 trillion revenue target from his 2013 budget
proposal": ``source_container``, ``source_container_nouns``); a weekday inside a name dates nothing
("appletinis at TGI Friday's": ``weekday_in_name``, ``weekday_name_before`` / ``_after``); a date
written as a deadline's attribute dates no figure ("missed a March 2019 deadline for its $40,000
truck": ``deadline_noun``, ``deadline_after``). Shipped switched off (one sentence each): the
"than" clause of a difference hung on the predicate (``difference_clause``); a period carried over
into a later conjunct stops at a figure with a participle of its own ("… and come on top of the $2.7
trillion already passed": ``own_act_figure``).
Attachment pass six (rounds 1-34; kept on only when helping two rounds or more and hurting none):
a relative clause on the figure's noun whose pronoun is its subject, with the date on its verb,
says when the figure's own thing happens ("$110 billion in automatic spending cuts, which are due
to take effect Jan. 2": ``figure_relative_date``); a date written before the noun of a phrase on a
reporting verb dates the report ("…,' Bivens wrote in a Friday blog post": ``report_occasion_date``);
a fronted date set off by a comma scopes over an instrument act and what it is done to ("In
September, Esper approved the transfer of $3.6 billion": ``fronted_instrument``). Shipped switched
off (one sentence each): "been" as a perfect auxiliary for a "since" period (``perfect_been``), a
container source on a participle ("$12.5 million left over from her 2018 Senate campaign":
``container_participle``), a "when" clause right after a figure ("to around $20 when she left her
job in 2005": ``figure_when_clause``).
Attachment pass seven (rounds 1-36; kept on only when helping two rounds or more and hurting none):
a date on a verb judging an earlier act (a plea, a charge, a sentence) does not date the act judged
in a clause below it ("pleaded guilty in January 2012 to stealing $350,000": ``charged_act``,
``charge_verbs``). Shipped switched off (one sentence each): a fronted date followed by a comma and
a subject re-hung on that subject's verb (``comma_subject_scope``); a noun in a partitive's "of"
phrase as an argument ("wiped out all of its 2012 profits": ``partitive_argument``); the whole a
share restates dated as the share ("$581 million … in fiscal 2017, or roughly half of the $1.1
billion": ``restated_whole``); "during" a period as a span on a reporting verb (``during_span``); a
date opening a later conjunct kept from the earlier one ("in 2014 to $1.012 trillion and in 2015 to
$1.014 trillion": ``later_conjunct_date``); "more than" before a verb as a degree, not a relating
subordinator (``degree_than``).
Attachment pass eight (rounds 1-38, all dev): ``comma_subject_scope`` switched on and widened to a
date after a dash (``scope_opening_marks``: "—just from 2010 to 2020, appropriations … rose from
$1.17 billion"); a figure in a sequel clause (a subjectless participle of a verb of consequence set
off by a comma: "…, pushing their median salaries up to $55,291") takes the date of the clause it
continues (``sequel_clause``, ``sequel_verbs``); a figure equated by "be" with a noun takes the
date of the clause on that noun ("$5.7 million is the amount the city paid … between 2011 and
2014": ``equated_clause``). Shipped switched off (one sentence): the level a
change reaches takes the change's date after the change's own amount ("rose 0.3 percent in January
to $26.74": ``reached_level``).
Dates pass nine (rounds 1-39, all dev). Shipped switched off (one sentence): the base a change is
counted from ("a $10 billion increase from the previous year") dates no figure (``change_base``).
Dates pass eleven (rounds 1-42, all dev): ``deadline_below`` switched on (r27 +1, r39 +1); a deictic
day or an "ago" span right after another figure is that figure's ("up from $75,000 today",
``figure_deictic_date`` over ``deictic_rules``); "find" reports. Shipped switched off (one sentence): a
value noun whose "of" phrase holds the figure is the figure's own ("the previous record of $3.5
million, set in 1980": ``value_noun_of``).
Dates pass thirteen (rounds 1-45, all dev): ``fronted_relating`` switched on (r27 +1, r44 +1: "On
Jan. 1, state minimum wages will be higher than the federal requirement of $7.25 an hour"); a
"today" on a present-tense verb whose figure is a rate per unit of time is "nowadays" and dates no
figure ("Today, drug companies spend $4 billion a year on ads": ``generic_present``, r41 +1, r43 +1).
Shipped switched off (one sentence): a date written as the attribute of the subject of a reporting
verb is the report's ("A 2014 report … estimated the market at $100 billion": ``report_subject_date``);
a start participle the parser labels a preposition ("donate $100 billion a year beginning in 2020":
``start_prep_label``); on a verb of planning or announcing, of two dates tied on the tree a period
wins over a single day ("on Friday proposed $20 trillion … over the next decade": ``period_over_day``).
Dates pass twenty-five (rounds 1-47, all dev): a figure that is a difference over an elliptic "than in
YEAR" keeps that date, which is no comparison baseline ("earns $7,655 more per year than in 1991":
``difference_than``, ``difference_than_link``; r32 +1, r47 +1); a date on the subject of the meeting
point that names a report dates the report ("The Brookings Institution's estimate last year … put the
high end … at $543 billion": ``report_noun_date``, ``report_nouns``; r44 +1, r46 +2). Shipped switched
off: a relating bound on a value noun whose "of" phrase holds the figure is the figure's ("a cost of
$5-$10 billion a year since 1993": ``value_noun_bound``, one sentence); a date before a noun under a
preposition that holds another figure is that figure's ("At today's price of crude at $51.76, this
would gross over $42 million": ``figure_noun_attribute``, one sentence); an infinitive with its own
subject is no finite clause ("allowed the administration to restore $22.5 billion":
``infinitive_not_finite``, one sentence); a quoted figure below a reporting verb takes no date of the
writing (``quoted_figure_report``: r47 +1, r30 -1); a figure under "with" on a noun below the meeting
point describes that noun ("for a 64-year-old with an annual income of $56,800":
``with_attribute_figure``: r47 +1, r22 -2, r41 -1); a clause on a noun deeper in the figure's phrase
describes that noun ("a $5 million payout to Laquan McDonald, a … teenager … shot … last fall":
``deep_noun_clause``: +5 -5, not on a noun right under the figure's "in" or "of").
Of the rest, a date that is no time bound and no carried-over figure's date wins, then a date
inside the event's own phrase, then its clause, fewer clauses on the date's way, the shorter
tree path.

Examples:
    >>> from datetime import date
    >>> from summitlens.extract.dates.resolve import resolve_dates
    >>> t = "The surplus hit $31bn in August, up from $28bn in July."
    >>> ds = resolve_dates(t, anchor=date(2024, 10, 1))
    >>> attach_date(t, event=(16, 21), dates=ds).surface, attach_date(t, event=(41, 46), dates=ds).surface
    ('August', 'July')
    >>> t = "Moscow announced on Tuesday a trip to Beijing next month."
    >>> attach_date(t, event=(30, 34), dates=resolve_dates(t, anchor=date(2024, 10, 3))).surface
    'next month'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from summitlens.extract.dates.lexicon import TemporalLexicon, load_lexicon
from summitlens.extract.dates.resolve import TimeExpr
from summitlens.text.blurbs import blank_spans, link_blurbs
from summitlens.text.parse import head_token

__all__ = ["attach_date", "clause_ids"]

_WORD = re.compile(r"[A-Za-z]+")


def clause_ids(text: str, *, dates: Sequence[TimeExpr] = (),
               lexicon: TemporalLexicon | None = None) -> list[tuple[int, int, int]]:
    """The sentence cut into clauses: ``(start, end, clause id)`` segments covering ``text``.

    Strong breaks (``;``, quotes, a spaced dash, "but", "while" …) start a new clause;
    brackets hold an embedded clause, after which the outer one goes on. A subordinator ("when", "since", "because" …) opens a subordinate clause that
    runs to the next comma, after which the main clause goes on with its own id; followed
    at once by a date it is a preposition ("before May") and opens nothing.

    Args:
        text: A sentence.
        dates: Its date expressions (to tell a preposition from a subordinator).
        lexicon: A loaded temporal lexicon (default the packaged one).

    Returns:
        Segments in text order; equal ids mean the same clause.

    Examples:
        >>> t = "Xi met Putin 39 times since becoming leader, most recently in May."
        >>> [(t[a:b].strip(), k) for a, b, k in clause_ids(t)]
        [('Xi met Putin 39 times', 0), ('since becoming leader,', 1), ('most recently in May.', 0)]
    """
    lex = lexicon or load_lexicon()
    marks: list[tuple[int, int, str]] = []
    strong = [(m.start(), m.end()) for m in lex.clause_breaks.finditer(text)]
    marks += [(a, b, "strong") for a, b in strong]
    starts = sorted(d.char_start for d in dates)
    for m in lex.subordinators.finditer(text):
        nxt = next((p for p in starts if p >= m.end()), None)
        if nxt is not None and re.fullmatch(r"\s*(?:the\s+)?", text[m.end():nxt], re.I):
            continue  # "before the end of 2018": a preposition
        marks.append((m.start(), m.end(), "sub"))
    marks += [(i, i + 1, "comma") for i, c in enumerate(text) if c == ","
              and not any(a <= i < b for a, b in strong)
              and not (text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit())]  # "358,000"
    closing = set(lex.brackets.values())
    marks += [(i, i + 1, "open" if c in lex.brackets else "close") for i, c in enumerate(text)
              if c in lex.brackets or c in closing]
    marks.sort()
    out: list[tuple[int, int, int]] = []
    main = cur = 0
    nxt_id, in_sub, pos = 1, False, 0
    outer: list[tuple[int, int, bool]] = []  # (main, current, in_sub) outside each open bracket
    for a, b, kind in marks:
        if a < pos:
            continue
        if kind == "comma" and not in_sub:
            continue
        if kind == "close" and not outer:
            continue
        if kind in ("comma", "close"):
            out.append((pos, b, cur))  # the comma or bracket closes the inner clause
            if kind == "close":
                main, cur, in_sub = outer.pop()
            else:
                cur, in_sub = main, False
            pos = b
            continue
        if a > pos:
            out.append((pos, a, cur))
        pos = a
        if kind == "strong":
            main = cur = nxt_id
            nxt_id, in_sub = nxt_id + 1, False
        elif kind == "open":
            outer.append((main, cur, in_sub))
            main = cur = nxt_id
            nxt_id, in_sub = nxt_id + 1, False
        else:
            cur, nxt_id, in_sub = nxt_id, nxt_id + 1, True
    out.append((pos, len(text), cur))
    return [seg for seg in out if seg[1] > seg[0]]


def _ids_of(segs: list[tuple[int, int, int]], a: int, b: int) -> set[int]:
    return {k for s, e, k in segs if s < max(b, a + 1) and e > a}


def _clause_sets(text: str, dates: Sequence[TimeExpr], lex: TemporalLexicon):
    """Segments, and per date the clause ids it belongs to (a date right before "when" also
    belongs to the when-clause it dates)."""
    segs = clause_ids(text, dates=dates, lexicon=lex)
    lead = len(text) - len(text.lstrip())  # where the sentence's first word starts
    rel = {}
    for d in dates:
        ids = _ids_of(segs, d.char_start, d.char_end)
        m = re.match(r"[\s,]*([A-Za-z]+)", text[d.char_end:])
        if m and m.group(1).lower() in lex.date_relative:
            ids |= _ids_of(segs, d.char_end + m.start(1), d.char_end + m.end(1))
        # a date inside a fronted "when" clause dates the clause it opens too ("When they
        # finalized the deal in December 2015, it committed $3 billion")
        for (a, b, _), nxt in zip(segs, segs[1:]):
            if a == lead <= d.char_start < b \
                    and (w := re.match(r"\W*([A-Za-z]+)", text[a:b])) and w.group(1).lower() in lex.date_relative:
                ids.add(nxt[2])
        rel[(d.char_start, d.char_end)] = ids
    return segs, rel


def _verb_class(word: str, lex: TemporalLexicon) -> str:
    w = word.lower()
    for name, lemmas in lex.verb_lemmas.items():
        if w in lemmas:
            return name
    return ""


def _class_verbs(text: str, ids: set[int], segs, lex: TemporalLexicon) -> list[tuple[int, int, str]]:
    """Class verbs (not planning ones) in the clauses ``ids``; a class word after a noun
    marker ("the report", "head of state") is a noun and left out."""
    out = []
    for name, rx in lex.verb_classes.items():
        if name == "planning":
            continue  # "planned" is mostly an attribute of the event ("a planned summit")
        for m in rx.finditer(text):
            prev = _WORD.findall(text[max(0, m.start() - 20):m.start()])
            if prev and prev[-1].lower() in lex.noun_markers:
                continue
            if _ids_of(segs, m.start(), m.end()) & ids:
                out.append((m.start(), m.end(), name))
    return sorted(out)


def _change_word(word: str, lex: TemporalLexicon) -> bool:
    """A form of a change verb ("dropped", "drops": ``tree.change_verbs``)."""
    w = word.lower()
    return any(w[:len(w) - k] in lex.tree["change_verbs"] for k in range(0, 4) if len(w) - k >= 3)


def _is_past(d: TimeExpr, text: str, anchor: date | None, lex: TemporalLexicon) -> bool:
    if anchor is not None and d.end is not None:
        return d.end < anchor
    return bool(lex.past_markers.search(text, d.char_start, d.char_end))


def _span(text: str, d: TimeExpr, lex: TemporalLexicon) -> bool:
    """A span or a state's point ("between Jan. 24 and Feb. 14", "as of November"): it cannot
    date a punctual act of saying, so on a reporting verb it dates what is reported."""
    return _period(text, d, lex) \
        or bool(lex.tree["span_before"].search(text, max(0, d.char_start - 30), d.char_start)) \
        or ("during_span" not in lex.tree["rules_off"]
            and bool(lex.tree["during_span_before"].search(text, max(0, d.char_start - 30), d.char_start)))


def _period(text: str, d: TimeExpr, lex: TemporalLexicon) -> bool:
    """A span between two bounds ("from 2009 through 2012", "between 2002 and 2008"): a period
    framing what happens in it, not the point of one act (span rule ids)."""
    return getattr(d, "rule", None) in lex.tree["span_rules"]


def _fronted(text: str, d: TimeExpr, lex: TemporalLexicon) -> bool:
    """A date opening the sentence, set off by a comma ("In September of 2004, …")."""
    return bool(lex.tree["fronted_before"].search(text, 0, d.char_start)) \
        and bool(re.match(r"\s*,", text[d.char_end:]))


def _clause_fronted(text: str, d: TimeExpr, tr: dict) -> bool:
    """A date opening its clause (the sentence, or a clause after a complementizer), set off by
    a comma ("On Monday, …", "shows that in 2016, …")."""
    return bool(tr["clause_fronted_before"].search(text, 0, d.char_start)) \
        and bool(re.match(r"\s*,", text[d.char_end:]))


def _occasion(text: str, event: tuple[int, int], verb_end: int, lex: TemporalLexicon) -> bool:
    """The event is the occasion of the act of a verb just before it ("told May at a meeting",
    "said during talks"): the act happens at the event, so the act's date is the event's."""
    m = lex.occasion_before.search(text, verb_end, event[0])
    return m is not None and len(_WORD.findall(text[verb_end:m.start()])) <= 2


def _relative_spans(text: str, lex: TemporalLexicon) -> list[tuple[int, int]]:
    """Relative clauses set off by a comma ("…, who had to be rushed to safety Wednesday"): from
    the relative word to the next comma or strong break (or the end)."""
    out = []
    for m in lex.relative_openers.finditer(text):
        stop = [x.start() for x in (lex.clause_breaks.search(text, m.end()),) if x is not None]
        comma = text.find(",", m.end())
        out.append((m.start(), min(stop + ([comma] if comma >= 0 else []) + [len(text)])))
    return out


def _fast(text: str, event: tuple[int, int], d: TimeExpr, anchor: date | None,
          lex: TemporalLexicon, *, past_rule: bool = True) -> TimeExpr | None:
    s, e = event
    segs, rel = _clause_sets(text, [d], lex)
    ev_ids = _ids_of(segs, s, e)
    if not rel[(d.char_start, d.char_end)] & ev_ids:
        return None
    for a, b in _relative_spans(text, lex):
        if (a <= d.char_start < b) != (a <= s < b):
            return None  # "Theresa May, who had to be rushed to safety Wednesday": her act
    verbs = _class_verbs(text, ev_ids, segs, lex)
    if _quantity(text, event, None):
        # "dropped 28 percent, or $2,353 per student": a change of the figure, not a cancelling
        verbs = [v for v in verbs if not _change_word(text[v[0]:v[1]], lex)]
    gap = lex.verb_date_gap_words
    span = _span(text, d, lex)
    for vs, ve, name in verbs:
        before = vs >= d.char_end and ve <= s
        if before and (span or text[vs:ve].lower() in lex.tree["parenthetical_sources"]
                       or _occasion(text, event, ve, lex)):
            continue  # "Between Jan. 24 and Feb. 14, Loeffler reported selling … $1.3 million",
            # "From July, according to an analysis, Yang had received", "told May at a meeting"
        if before or (ve <= d.char_start and vs >= e):
            return None  # "Xi will visit, the Kremlin said on Friday" / "said on Friday Xi met"
        if ve <= d.char_start and not span and len(_WORD.findall(text[ve:d.char_start])) <= gap and not (
                ve <= s < d.char_start):
            return None  # "said on Friday": the date of the saying
        if past_rule and name in ("cancelling", "announcing") and ve <= s and d.char_start >= e \
                and not any(w.lower() in lex.tree["complementizers"] for w in _WORD.findall(text[ve:s])) \
                and _is_past(d, text, anchor, lex):
            return None  # "cancelled a planned summit last week"
    return d


_head = head_token  # the syntactic head of a character span (text/parse.py)


def _path(t) -> list:
    out = [t]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


_VERBAL = ("VERB", "AUX")
_NOMINAL = ("NOUN", "PROPN", "NUM", "PRON")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
_NOUN_MODIFIER = ("compound", "nmod", "poss", "nummod", "amod")
_FIGURE_DEPS = ("nummod", "compound", "quantmod", "nmod")
_OWN_WORD_DEPS = ("compound", "nmod", "appos")
_CLAUSAL = ("advcl", "ccomp", "relcl", "acl", "pcomp", "conj", "csubj", "parataxis")


def _own_end(d_path: list, n_own: int, tree: dict) -> int:
    """Where a date's own words end on its path, counting a noun it names a period of or
    takes a share of ("the 2016 cycle", "all of 2016", "a second time this week") as its own,
    and a period it ends ("the three months ending June 30")."""
    k = n_own
    heads, parts, nouns = tree["period_heads"], tree["period_participles"], tree["period_nouns"]
    while k < len(d_path):
        t = d_path[k]
        if t.lower_ in parts and k + 1 < len(d_path) and d_path[k + 1].lemma_.lower() in nouns \
                and t.head.i == d_path[k + 1].i:
            k += 2
        elif t.pos_ in _NOMINAL + ("ADJ",) and t.lemma_.lower() in heads:
            k += 1
        elif t.dep_ == "compound" and k + 1 < len(d_path) and t.head.i == d_path[k + 1].i \
                and d_path[k + 1].lemma_.lower() in heads:
            k += 2  # "the 2016-2017 school year", "this election cycle": a named period
        elif (t.lower_ == "of" or (t.lower_ == "in" and "period_in_date" not in tree["rules_off"])) \
                and k + 1 < len(d_path) and d_path[k + 1].lemma_.lower() in heads:
            k += 2  # "all of 2016", "the same period in 2012" (period_in_date)
        else:
            break
    return k


def _governor(d_path: list, n_own: int):
    """The first word above a date that is not a preposition: the word the date modifies."""
    return next((t for t in d_path[n_own:] if t.pos_ != "ADP" and t.dep_ != "prep"), None)


def _in_phrase(ev, tok, deps: frozenset) -> bool:
    """Whether ``tok`` lies in the event's own phrase: reached from the event head going
    down through ``deps`` labels only ("visit to Moscow", "$98 million in savings")."""
    t = tok
    while t.i != ev.i:
        if t.dep_ not in deps or t.head.i == t.i:
            return False
        t = t.head
    return True


def _finite(t, lex: TemporalLexicon) -> bool:
    """A clause of its own: a verb with a subject, or opened by a subordinator, other than a
    date-relative one ("a July 2014 job (when oil was around $100)")."""
    if t.pos_ not in _VERBAL or t.dep_ not in _CLAUSAL:
        return False
    if any(c.lower_ in lex.date_relative for c in t.children):
        return False
    if "infinitive_not_finite" not in lex.tree["rules_off"] and t.dep_ == "ccomp" \
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children):
        return False  # (twenty-fifth pass) "allowed the administration to restore …": an infinitive
    return any(c.dep_ in _SUBJECTS or (c.dep_ == "mark" and c.lower_ not in lex.date_relative)
               for c in t.children)


def _alongside(verb, prep, lex: TemporalLexicon) -> bool:
    """An adverbial clause of simultaneity (``tree.simultaneous_marks``: "will speak Tuesday, as
    world leaders assemble … for 'Climate Summit 2014'", "Even as Pyongyang engaged in talks …
    earlier this month"): its act happens at the time of the clause it hangs on — unless it
    is a comment clause on a saying ("As I said at the bilateral meeting") or the date is a
    span's bound (``prep`` in ``span_prepositions``: "running through midnight Saturday as
    the Senate considers …"), which bounds a state, not an act."""
    tr = lex.tree
    return verb.dep_ == "advcl" and _marked(verb, tr["simultaneous_marks"]) \
        and not (_verb_class(verb.lemma_, lex) or _verb_class(verb.text, lex)) \
        and (prep is None or prep.lower_ not in tr["span_prepositions"])


def _phrase_root(ev):
    """The noun a figure quantifies ("$916 million loss"): the event's phrase head."""
    t = ev
    while t.dep_ in ("nummod", "compound", "quantmod", "nmod") and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head
    return t


def _value_noun_of(ev, root, lca, ev_path: list, k: int, tr: dict) -> bool:
    """(dates pass eleven) The meeting point is a noun naming a value whose "of" phrase holds the
    figure ("the previous record of $3.5 million, set in 1980"; ``value_nouns``): the noun is the
    figure's own, as in "the $3.5 million record" (``value_noun_of``).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> doc = parse_one("That destroys the previous record of $3.5 million, set in 1980.")
        >>> ev = doc[8]
        >>> p = _path(ev)
        >>> on = {**load_lexicon().tree, "rules_off": frozenset()}  # shipped off: switched on here
        >>> _value_noun_of(ev, _phrase_root(ev), doc[4], p, 2, on)
        True
    """
    if "value_noun_of" in tr["rules_off"] or k < 2:
        return False
    of = ev_path[k - 1]
    return lca.pos_ in ("NOUN", "PROPN") and lca.lemma_.lower() in tr["value_nouns"] \
        and of.lower_ == "of" and of.dep_ == "prep" and of.head.i == lca.i \
        and ev_path[k - 2].i == root.i and root.dep_ == "pobj"


def _figure(t, dates: Sequence[TimeExpr]) -> bool:
    """``t`` is a figure (digits) or a noun counted by one, not part of a date."""
    def in_date(x):
        return any(d.char_start <= x.idx < d.char_end for d in dates)

    if in_date(t):
        return False
    if t.like_num and any(c.isdigit() for c in t.text):
        return True
    def counted(n):  # "the $779 billion deficit": a noun counted by a figure of its own
        return any(c.dep_ in ("nummod", "quantmod") and not in_date(c)
                   and any(ch.isdigit() for x in c.subtree if not in_date(x) for ch in x.text)
                   for c in n.children)

    # ... also through a unit noun ("a 25 percent increase since last year")
    return counted(t) or any(c.dep_ == "compound" and not in_date(c) and counted(c) for c in t.children)


def _relational(t, words: frozenset) -> bool:
    """``t`` is the object of a preposition relating it to another act ("ahead of a summit")."""
    if t.dep_ not in ("pobj", "pcomp"):  # "before the November election", "before heading to"
        return False
    p = t.head
    return p.lower_ in words or f"{p.head.lower_} {p.lower_}" in words


def _relating_outside(tr: dict) -> frozenset:
    """The relating prepositions that make another act of a phrase seen from outside it: a goal
    (``goal_prepositions``, "toward") names no act, so neither the event in a goal phrase ("march
    toward $800 million in digital revenues by 2020") nor a date after one ("could go towards the
    state pension fund in June") is another act's (``goal_phrase``); a date inside the goal's own
    phrase still is ("raised $10 million toward 2014 re-election efforts": ``relating_phrase``)."""
    rel = tr["relational_prepositions"]
    return rel if "goal_phrase" in tr["rules_off"] else rel - tr["goal_prepositions"]


def _relating_object_date(d: TimeExpr, d_path: list, tr: dict) -> list:
    """A date right after the object of a relating phrase, with at most its own preposition
    between ("made public ahead of a climate summit meeting in Paris in 2015"): it modifies
    that object — the relation already places the act above it in time — wherever the
    parser hung it. Returns the date's path re-hung on that object (or unchanged)."""
    doc = d_path[0].doc
    n_own = next((k for k, t in enumerate(d_path) if not d.char_start <= t.idx < d.char_end), len(d_path))
    own = d_path[:n_own]
    # (the date's first token: the one it starts in, also inside a token: "Expo'2015")
    first = min((t.i for t in doc if t.idx < d.char_end and t.idx + len(t.text) > d.char_start),
                default=d_path[0].i)
    if n_own < len(d_path) and d_path[n_own].i == first - 1 and d_path[n_own].pos_ == "ADP":
        own, first = own + [d_path[n_own]], first - 1  # "in 2015": the date's preposition
    if first == 0:
        return d_path
    prev = doc[first - 1]
    x = prev
    relating = _relating_outside(tr)
    while x.right_edge.i == prev.i and x.head.i != x.i:  # the phrases ending right before the date
        if x.pos_ in ("NOUN", "PROPN") and _relational(x, relating):
            return d_path if x in d_path else own + _path(x)
        x = x.head
    return d_path


def _shallow_argument(noun, verb, *, own_words: bool = False, partitive: frozenset = frozenset()) -> bool:
    """``noun`` hangs on ``verb`` directly ("June fundraising delivered …") or as the object of
    one of its prepositions ("spending $100 million on the 2012 campaign"), or is coordinated
    with such a noun; with ``own_words`` (nineteenth pass, ``subject_attribute``) also a noun
    among such a noun's own words, a modifier or an apposition, no preposition between ("its
    August money bomb campaign surpassed …", "a June retreat, the firm's outing, cost …").

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> doc = parse_one("Its May fund drive beat the goal of $2 million.")
        >>> drive, beat = doc[3], doc[4]
        >>> _shallow_argument(drive, beat), _shallow_argument(doc[2], beat)
        (True, False)
        >>> _shallow_argument(doc[2], beat, own_words=True)
        True
    """
    while True:
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        # (attachment pass seven) a noun in an "of" phrase on a partitive ("all of its 2012
        # profits") stands for the partitive phrase (``partitive_argument``)
        p = noun.head
        if noun.dep_ == "pobj" and p.lower_ == "of" and p.head.i != p.i and p.head.lemma_.lower() in partitive:
            noun = p.head
            continue
        if not (own_words and noun.dep_ in _OWN_WORD_DEPS and noun.head.i != noun.i
                and noun.head.pos_ in _NOMINAL):
            break
        noun = noun.head
    p = noun.head
    return p.i == verb.i or (p.dep_ == "prep" and p.head.i == verb.i)


def _subject_attribute(d: TimeExpr, gov, lca) -> bool:
    """The date is written before a noun among the own words of the subject of ``lca`` ("the
    firm's May 2016 filing listed a stake worth $15,001 to $50,000"): the subject's date, the
    time of what the clause says of it (``subject_clause``).

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> from summitlens.text.parse import parse_one
        >>> t = "The June 2019 report listed a fund holding $4 million."
        >>> doc, d = parse_one(t), resolve_dates(t, anchor=date(2020, 1, 1))[0]
        >>> _subject_attribute(d, doc[3], doc[4])
        True
    """
    if gov is None or lca.pos_ not in _VERBAL or d.char_end > gov.idx:
        return False
    t = gov
    while t.dep_ in _OWN_WORD_DEPS + ("conj",) and t.head.i != t.i and t.head.pos_ in _NOMINAL:
        t = t.head
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.i == lca.i


def _bounding(t, tr: dict) -> bool:
    """``t`` is the object of a temporal preposition on a verb ("paid … before the 2016
    election", "raised … since his inauguration in January"): a time bound of that verb's act,
    unlike one on a noun ("his last trip before the November election") or a comparison."""
    p = t.head
    return t.dep_ == "pobj" and p.lower_ in tr["bounding_prepositions"] and p.head.pos_ in _VERBAL \
        and not _present_state(p.head, tr)


def _report_noun_date(d: TimeExpr, gov, lca, ev, tr: dict) -> bool:
    """(twenty-fifth pass) The date modifies the subject of the meeting point, and that subject
    names a report (``report_nouns``: "The centrist Brookings Institution's estimate last year …
    put the high end … at $543 billion"): the date of the estimate, not of the figure it gives
    (``report_noun_date``). Not a report named as a document (``document_nouns``: "the senator's May
    2019 disclosure report included an account holding $1,001"), whose period is the figure's.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> doc = parse_one("The institute's estimate last year put the cost at $543 billion.")
        >>> tr = load_lexicon().tree
        >>> _report_noun_date(None, doc[3], doc[6], doc[11], tr)
        True
    """
    return "report_noun_date" not in tr["rules_off"] and gov is not None and lca.i != ev.i \
        and gov.pos_ in ("NOUN", "PROPN") and gov.dep_ in tr["subject_deps"] and gov.head.i == lca.i \
        and lca.pos_ in _VERBAL and gov.lemma_.lower() in tr["report_nouns"] \
        and not any(c.dep_ == "compound" and c.lemma_.lower() in tr["document_nouns"] for c in gov.children)


def _figure_noun_attribute(d: TimeExpr, gov, ev_path: list, k: int, dates: Sequence[TimeExpr], tr: dict) -> bool:
    """(twenty-fifth pass) The date is written before a noun under a preposition, outside the
    event's path, and that noun holds another figure ("At today's price of crude at $51.76, this
    would gross over $42 million a day"): the date of that figure, not of one derived from it
    (``figure_noun_attribute``).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> doc = parse_one("At today's price of crude at $51.76, this would gross $42 million a day.")
        >>> x = TimeExpr(3, 8, "today", None, None, "day", "none", 1.0, "deictic")
        >>> on = {**load_lexicon().tree, "rules_off": frozenset()}  # shipped off: switched on here
        >>> _figure_noun_attribute(x, doc[3], _path(doc[15]), 1, [x], on)
        True
    """
    if "figure_noun_attribute" in tr["rules_off"] or gov is None or gov.pos_ not in ("NOUN", "PROPN") \
            or gov.dep_ != "pobj" or d.char_end > gov.idx:
        return False
    on_path = {t.i for t in ev_path}
    if gov.i in on_path:
        return False
    return any(_figure(t, dates) for t in gov.subtree if t.i not in on_path and t.i != gov.i and t.idx > gov.idx)


def _quoted_report(text: str, event: tuple[int, int], d: TimeExpr, lca, lex: TemporalLexicon) -> bool:
    """(twenty-fifth pass) The event is inside a quotation that holds neither the date nor the
    meeting point, and the meeting point is a reporting verb ("Last September, a … columnist
    wrote … “throw a bunch of particles into the atmosphere, at a cost of perhaps $2 billion a
    year”"): the date of the writing, not of the quoted figure (``quoted_figure_report``).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = 'Last September, a columnist wrote "at a cost of $2 billion a year".'
        >>> x = TimeExpr(0, 14, "Last September", None, None, "month", "past", 1.0, "rel_month")
        >>> lx = load_lexicon()
        >>> on = replace(lx, tree={**lx.tree, "rules_off": frozenset()})  # shipped off: switched on here
        >>> _quoted_report(t, (t.index("$"), t.index(" a year")), x, parse_one(t)[5], on)
        True
    """
    if "quoted_figure_report" in lex.tree["rules_off"] or lca.pos_ not in _VERBAL \
            or "reporting" not in (_verb_class(lca.lemma_, lex), _verb_class(lca.text, lex)):
        return False
    from summitlens.extract.dates.resolve import quote_spans

    q = next(((a, b) for a, b in quote_spans(text, lexicon=lex) if a <= event[0] and event[1] <= b), None)
    return q is not None and not q[0] <= d.char_start < q[1] and not q[0] <= lca.idx < q[1]


def _with_attribute(ev_path: list, k: int, tr: dict) -> bool:
    """(twenty-fifth pass) The event is the object of "with" on a noun below the meeting point
    ("for a 64-year-old with an annual income of $56,800, the premium in 2026 would average
    …"): a figure describing that noun, not an act the date can time (``with_attribute_figure``).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> doc = parse_one("For a retiree with an income of $56,800, the premium in 2026 would average $20,500.")
        >>> p = _path(doc[8])
        >>> on = {**load_lexicon().tree, "rules_off": frozenset()}  # shipped off: switched on here
        >>> _with_attribute(p, len(p) - 1, on)
        True
    """
    if "with_attribute_figure" in tr["rules_off"]:
        return False
    for m in range(1, k):
        t = ev_path[m]
        if t.lower_ == "with" and t.dep_ == "prep" and t.head.pos_ not in _VERBAL and m + 1 < k:
            return True
    return False


def _compared_bound(d: TimeExpr, d_path: list, ev, root, tr: dict) -> bool:
    """The date itself is the object of a relating preposition on a noun other than the event
    ("jumped $8.80, …, its biggest point rise since June 6, 2008"): the bound of a comparison
    that noun makes, not the time of the event."""
    m = next((k for k, t in enumerate(d_path) if not d.char_start <= t.idx < d.char_end), None)
    if not m or not _relational(d_path[m - 1], tr["relational_prepositions"]):
        return False
    host = d_path[m - 1].head.head  # the word the preposition hangs on ("prior" of "prior to": its head)
    if host.pos_ in ("ADV", "ADJ", "ADP") and host.head.i != host.i:
        host = host.head
    if "value_noun_bound" not in tr["rules_off"] and host.lemma_.lower() in tr["value_nouns"] \
            and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == host.i:
        return False  # (twenty-fifth pass) "a cost of $5-$10 billion a year since 1993": the value's own bound
    return host.pos_ in ("NOUN", "PROPN") and host.i not in (ev.i, root.i)


def _instrument_act(text: str, event: tuple[int, int], ev, ev_path: list, k: int, gov, tr: dict) -> bool:
    """A figure measuring an instrument that an act is done to, and the date meeting it at or
    above that act ("passed its version of a $700 billion defense policy bill on Monday", "a
    Friday vote on $9 billion in aid", ``instrument_acts``): the date of the act (the passing,
    the vote), not the period the figure covers; so is a date on a participle of such an act on
    the figure's noun ("the $150 million … plan unveiled by Trump aides last week": thirteenth
    pass, ``participle_act``)."""
    if not _quantity(text, event, ev):
        return False
    acts = tr["instrument_acts"]
    return any(t.lemma_.lower() in acts for t in ev_path[1:k + 1]) \
        or (gov is not None and gov.pos_ in ("NOUN", "PROPN") and gov.lemma_.lower() in acts) \
        or ("participle_act" not in tr["rules_off"] and gov is not None and gov.pos_ in _VERBAL
            and gov.dep_ == "acl" and gov.head.i == ev_path[k].i and k > 0 and gov.lemma_.lower() in acts)


def _present_state(verb, tr: dict) -> bool:
    """A verb in the simple or progressive present ("is facing $2.8 million in debt after the
    August 2014 police shooting"): a state holding now, which a phrase on an earlier act does
    not bound (that phrase gives its cause)."""
    tags = tr["present_tags"]
    if verb.tag_ in tags:
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in tags for c in verb.children)


def _subjectless(verb) -> bool:
    """A clause without a subject of its own (a participle, an infinitive, an ellipsis)."""
    return not any(c.dep_ in _SUBJECTS for c in verb.children)


def _marked(verb, words: frozenset) -> bool:
    """A clause opened by one of ``words`` as its marker ("if", "since", "that" …)."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in verb.children)


def _quantity(text: str, event: tuple[int, int], ev) -> bool:
    if any(c.isdigit() for c in text[event[0]:event[1]]):
        return True
    return ev is not None and (ev.pos_ == "NUM" or ev.like_num)


def _object_xcomp(text: str, event: tuple[int, int], ev, ev_path: list, k: int, verb, tr: dict) -> bool:
    """A figure that is the object of the meeting point, and a date in a participle or
    infinitive without a subject completing it ("spent $25,000 promoting the ad since
    yesterday", "allowed $11.7 million … to go to inmates from 2006 to 2010"): the date of
    the spending."""
    return _quantity(text, event, ev) and (verb.dep_ == "xcomp" or _infinitive(verb)) and _subjectless(verb) \
        and all(t.dep_ in tr["quantity_object_deps"] | {"conj"} for t in ev_path[:k])


def _purpose_infinitive(text: str, event: tuple[int, int], ev, ev_path: list, k: int, verb, tr: dict) -> bool:
    """A figure reached from the meeting point through object labels or a purpose preposition
    (``purpose_prepositions``), and a date in an infinitive hanging on the meeting point, without
    a subject or with one the purpose preposition opens ("a request for more than $1 billion to fund the border wall this year",
    "providing $500 million for the U.S. to train … rebels over the next year"): the
    infinitive is what the figure is for, its date the figure's period (``purpose_infinitive``)."""
    if "purpose_infinitive" in tr["rules_off"] or not _quantity(text, event, ev) or k == 0:
        return False
    # (its subject, if any, introduced by the purpose preposition: "for the U.S. to train")
    if not (any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
            and (_subjectless(verb) or _marked(verb, tr["purpose_prepositions"]))
            and verb.head.i == ev_path[k].i and verb.dep_ in ("acl", "advcl", "xcomp")):
        return False
    preps = [t for t in ev_path[:k] if t.dep_ == "prep"]
    return all(t.dep_ in tr["quantity_object_deps"] | {"conj", "prep", "pobj"} for t in ev_path[:k]) \
        and all(t.lower_ in tr["purpose_prepositions"] for t in preps)


def _infinitive(verb) -> bool:
    """An infinitive clause ("allowed $11.7 million … to go to inmates from 2006 to 2010",
    often parsed as an adverbial clause): with an object, the object's own act."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _elliptic(verb, tr: dict) -> bool:
    """An elliptic clause without a subject ("as scheduled on June 12"): part of the predicate
    it hangs on, not another act."""
    return _marked(verb, tr["elliptic_marks"]) and _subjectless(verb)


def _simultaneous(verb, lex: TemporalLexicon) -> bool:
    """A fronted date-relative clause ("When the administration finalized the agreement in
    December 2015, it committed $3 billion"): its act and the main clause's are simultaneous,
    so its date is the main clause's too."""
    return verb.dep_ == "advcl" and verb.i < verb.head.i \
        and any(c.lower_ in lex.date_relative and c.dep_ in ("advmod", "mark") for c in verb.children)


def _when_after(verb, lca, lex: TemporalLexicon) -> bool:
    """A "when" clause after the verb it hangs on, the meeting point ("spent more than $15,000
    on in-kind contributions when he hosted Trump's first big fundraiser … in late May"): its
    act and the head clause's are simultaneous, so its date is the head clause's too
    (``when_clause_date``)."""
    return "when_clause_date" not in lex.tree["rules_off"] and verb.dep_ == "advcl" \
        and verb.head.i == lca.i and verb.i > lca.i and lca.pos_ in _VERBAL \
        and any(c.lower_ in lex.tree["when_marks"] and c.dep_ in ("advmod", "mark") for c in verb.children)


def _source_document(d: TimeExpr, gov, ev_path: list, k: int, tr: dict) -> bool:
    """A date written as the attribute of a document noun (``document_nouns``: a filing, a
    return, a report) that a phrase on the figure's own predicate, or on a clause describing the
    figure, names as the figure's source ("has $32 billion in assets, according to its 2017 tax
    filing", "a $6,000 check that appeared on its 2014 filing"): the document's period is the
    figure's (``source_document``)."""
    if "source_document" in tr["rules_off"] or gov is None or gov.dep_ != "pobj" \
            or d.char_end > gov.idx or gov.lemma_.lower() not in tr["document_nouns"]:
        return False
    head = gov.head.head  # the word the document's preposition hangs on
    if head.lower_ in tr["source_links"] and head.dep_ in ("prep", "advcl"):
        head = head.head  # "according to …"
    on_path = {t.i for t in ev_path[:k + 1]}
    return head.i in on_path or (head.dep_ in tr["noun_clause_deps"] and head.head.i in on_path)


def _relative_between(between: list, lex: TemporalLexicon) -> bool:
    """(twenty-third pass) A finite relative clause with a subject of its own between the event
    and the meeting point ("On Monday, she hired a lawyer, a move that signals a fight over her
    $9 million deal"): a comment on a noun of the clause, which a date fronted in that clause does
    not scope over (``scope_stops_at_relative``).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> lex = load_lexicon()  # on since dates pass ten: switch it off for the example
        >>> off = lex.tree["rules_off"] | {"scope_stops_at_relative"}
        >>> doc = parse_one("On Monday, she hired a lawyer, a move that signals a fight over her deal.")
        >>> _relative_between([doc[11], doc[9]], lex)
        True
        >>> _relative_between([doc[11], doc[9]], replace(lex, tree={**lex.tree, "rules_off": off}))
        False
    """
    if "scope_stops_at_relative" in lex.tree["rules_off"]:
        return False
    return any(t.dep_ == "relcl" and _finite(t, lex) and not _subjectless(t) for t in between)


def _bracket_frame(text: str, event: tuple[int, int], dates: Sequence[TimeExpr], doc,
                   lex: TemporalLexicon) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A figure in brackets right after a noun, the brackets holding figures and no clause, and no
    date but comparison bases ("spending next year for agencies like the NIH ($31 billion, up
    $4 million from 2012) and the FDA ($4 billion)"): the brackets list the noun's amounts, which
    take the noun's date (``bracket_frame``); in a list of such items, the first item's noun's.
    A bracket after a figure ("$30bn (£23bn)") is left to ``converted_figure`` and
    ``bracketed_figure``.

    Returns:
        ``((start, end), (open, close))``: the noun to date and the brackets (from the list's
        first), or None.

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> from summitlens.text.parse import parse_one
        >>> t = "Budgets for 2025 rise for the army ($9 billion, up $1 billion from 2024) and the navy ($7 billion)."
        >>> ds, doc = resolve_dates(t, anchor=date(2024, 3, 1)), parse_one(t)
        >>> (a, b), _ = _bracket_frame(t, (t.index("$7"), t.index("$7") + 10), ds, doc, load_lexicon())
        >>> t[a:b]
        'army'
        >>> _bracket_frame(t, (t.index("$9"), t.index("$9") + 10), ds, doc, load_lexicon()) is not None
        True
        >>> t = "Budgets rise for the army ($9 billion in 2025)."
        >>> _bracket_frame(t, (26, 36), resolve_dates(t, anchor=date(2024, 3, 1)), parse_one(t), load_lexicon()) is None
        True
    """
    s, e = event
    if not _quantity(text, event, None):
        return None
    o = text.rfind("(", 0, s)
    c = text.find(")", e)
    if o < 0 or c < 0 or ")" in text[o:s] or "(" in text[e:c]:
        return None
    inside = [t for t in doc if o < t.idx < c]
    if not inside or any(t.pos_ in _VERBAL for t in inside):
        return None  # an aside with a clause of its own ("(defined as firms that earn $50 million)")
    noun = next((t for t in reversed(doc[:inside[0].i]) if not t.is_space), None)
    if noun is None or noun.text != "(":
        return None
    noun = next((t for t in reversed(doc[:noun.i]) if not t.is_space), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") \
            or _quantity(text, (noun.idx, noun.idx + len(noun.text)), noun):
        return None  # a bracket after a figure: a conversion or an aside on that figure
    tr = lex.tree
    for d in dates:
        if o < d.char_start < c:
            dh = _head(doc, d.char_start, d.char_end)
            gov = None if dh is None else next((t for t in _path(dh) if not d.char_start <= t.idx < d.char_end), None)
            if gov is None or gov.lower_ not in tr["change_sources"]:
                return None  # a date of the bracket's own ("($9 billion in 2025)")
    # a later item of a list of bracketed asides ("…, the FDA ($4 billion)"): the first item's
    # noun, whatever the parse makes of the list
    first = o
    while (p := text.rfind(")", 0, first)) >= 0 and tr["bracket_list_link"].match(text, p + 1) \
            and (q := text.rfind("(", 0, p)) >= 0 and not any(ch in text[p + 1:first] for ch in ";:()") \
            and not any(t.pos_ in _VERBAL for t in doc if p < t.idx < first):
        first = q
    if first != o:
        noun = next((t for t in reversed(doc) if t.idx + len(t.text) <= first and not t.is_space), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return None
    return (noun.idx, noun.idx + len(noun.text)), (first, c + 1)


def _relative_on_date(d: TimeExpr, path: list, dates: Sequence[TimeExpr], doc, lex: TemporalLexicon) -> bool:
    """(twenty-fourth pass) A date inside a relative clause on a noun that another date of the
    sentence names ("In fiscal 2016, which ended Sept. 30, the agency spent $4 billion", "the 2019
    season, which began in March"): it tells when that period began or ended, it dates no event
    (``relative_on_date``).

    Args:
        d: The date.
        path: The tokens on the date's path, up to the event's path.
        dates: The sentence's dates.
        doc: The sentence's parse.
        lex: A loaded temporal lexicon.

    Returns:
        Whether the date only describes another date's period.

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> from summitlens.text.parse import parse_one
        >>> t = "In fiscal year 2021, which ended on Sept. 30, the agency spent $4 billion."
        >>> ds, doc = resolve_dates(t, anchor=date(2022, 3, 1)), parse_one(t)
        >>> paths = [_path(_head(doc, d.char_start, d.char_end)) for d in ds]
        >>> [d.surface for d, p in zip(ds, paths) if _relative_on_date(d, p, ds, doc, load_lexicon())]
        ['Sept. 30']
    """
    if "relative_on_date" in lex.tree["rules_off"]:
        return False
    for t in path:
        if t.dep_ != "relcl" or t.pos_ not in _VERBAL:
            continue
        noun, sub = t.head, {x.i for x in t.subtree}
        for o in dates:
            if o is d or o.char_start <= d.char_start < o.char_end:
                continue
            oh = _head(doc, o.char_start, o.char_end)
            if oh is not None and oh.i not in sub and (oh.i == noun.i or oh.head.i == noun.i):
                return True
    return False


def _span_to_clause(text: str, d: TimeExpr, d_path: list, n_own: int, ev_ids, lex: TemporalLexicon) -> list:
    """(twenty-fourth pass) A period between two bounds that the parse hangs on a noun off the
    event's path ("the firm made $9,000 selling data between 2015 and 2019", "According to the
    paper, between 2000 and 2013, the city spent $1 billion"): a period frames a clause, not a
    thing, so it is read on the clause the noun stands in (its nearest verb with a subject of its
    own or the main verb) when the event stands in that clause too (``span_to_clause``). Returns
    the date's path, re-hung or as it was.

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> from summitlens.text.parse import parse_one
        >>> t = "The firm made $9,000 selling data between 2015 and 2019."
        >>> doc = parse_one(t)
        >>> d = resolve_dates(t, anchor=date(2020, 1, 1))[0]
        >>> p = _path(_head(doc, d.char_start, d.char_end))
        >>> [x.text for x in _span_to_clause(t, d, p, 1, {2}, load_lexicon())]
        ['2015', 'between', 'made']
    """
    tr = lex.tree
    # (two coordinated dates after a span word, "between 2015 and this year", are two bounds too)
    if "span_to_clause" in tr["rules_off"] or not (
            _period(text, d, lex) or (_span(text, d, lex) and lex.coordination.search(d.surface))):
        return d_path
    rel = _relating_outside(tr) | tr["difference_marks"]
    g = next((k for k, t in enumerate(d_path[n_own:], n_own) if t.pos_ != "ADP" and t.dep_ != "prep"), None)
    # (an attribute written before its noun, "the 2013-2014 cuts", is the noun's)
    if g is None or d_path[g].pos_ not in ("NOUN", "PROPN") or d_path[g].i in ev_ids \
            or _relational(d_path[g], rel) or d_path[g].lemma_.lower() in tr["period_heads"] \
            or d.char_start < d_path[g].idx:
        return d_path
    for k in range(g + 1, len(d_path)):
        t = d_path[k]
        if t.dep_ == "relcl" or (t.dep_ == "acl" and t.pos_ in _VERBAL and not _infinitive(t)) \
                or _relational(t, rel):
            # a clause on a noun ("the increases states enacted during …") or a relating or
            # comparing phrase ("less than the pay for men between 2005 and 2010") keeps it
            return d_path
        if t.pos_ in _VERBAL and (t.dep_ == "ROOT" or any(c.dep_ in _SUBJECTS for c in t.children)):
            # only a clause the event stands in: a noun in another clause keeps its period
            # ("the tax increases that states enacted during the crisis from 2008 to 2011")
            return d_path[:g] + d_path[k:] if t.i in ev_ids else d_path
    return d_path


def _colon_frame(verb, lca, lex: TemporalLexicon) -> bool:
    """A clause closed by a colon, parsed as a complement of the clause after the colon that
    elaborates it ("They splurged in March: the firm spent $9,000 on flowers"): the elaboration
    happens in the time of the clause it spells out, so a date of that clause is its date too
    (``colon_frame``; not a reporting or announcing verb, whose date is the saying).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> lex = load_lexicon()  # colon_frame ships in rules_off (one round only)
        >>> on = replace(lex, tree={**lex.tree, "rules_off": lex.tree["rules_off"] - {"colon_frame"}})
        >>> doc = parse_one("They splurged in March: the firm spent $9,000 on flowers.")
        >>> _colon_frame(doc[1], doc[7], on)
        True
        >>> _colon_frame(doc[1], doc[7], lex)
        False
    """
    tr = lex.tree
    if "colon_frame" in tr["rules_off"] or lca.pos_ not in _VERBAL or verb.head.i != lca.i \
            or verb.dep_ not in tr["colon_frame_deps"] or not verb.i < lca.i:
        return False
    if (_verb_class(verb.lemma_, lex) or _verb_class(verb.text, lex)) in ("reporting", "announcing"):
        return False
    # the colon between the two clauses, on either of them
    return any(t.text in tr["elaboration_marks"] and t.head.i in (verb.i, lca.i)
               for t in verb.doc[verb.i + 1:lca.i])


def _set_off(clause) -> bool:
    """A non-restrictive clause: a comma right before its first word ("…, which prompted")."""
    first = min(clause.subtree, key=lambda t: t.i)
    return first.i > 0 and first.nbor(-1).text == ","


def _raised_subject(text: str, event: tuple[int, int], ev, ev_path: list, k: int, verbs: list,
                    d_path: list, j: int, tr: dict) -> bool:
    """A figure that is the subject of the meeting point, and a date on an infinitive without a
    subject completing it ("$100 billion in cuts are due to take effect Jan. 2"): the date of
    the figure's own act."""
    if not _quantity(text, event, ev) or k == 0 or ev_path[k - 1].dep_ not in ("nsubj", "nsubjpass"):
        return False
    chain = [t for t in d_path[:j] if t.pos_ in _VERBAL or t.dep_ in tr["raising_deps"]]
    return bool(verbs) and all(v.dep_ in tr["raising_deps"] and _subjectless(v) for v in verbs) \
        and chain[-1].dep_ in tr["raising_deps"]


def _period_start(text: str, event: tuple[int, int], ev, ev_path: list, k: int, d_path: list, j: int,
                  n_own: int, tr: dict) -> bool:
    """A figure accumulated over a period that a "since" clause or phrase on its own perfect
    predicate opens ("since similar legislation was enacted in 2007, the state has … saved
    taxpayers an estimated $2 billion", "had earned $89 million … since leaving the White House
    in 2001"): the date of the act opening the period is the figure's start."""
    lca = ev_path[k]
    if not _quantity(text, event, ev) or k == 0 or j == 0 or lca.pos_ not in _VERBAL \
            or not all(t.dep_ in tr["quantity_object_deps"] | {"conj"} for t in ev_path[:k]):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for t in ev_path[:k + 1] if t.pos_ in _VERBAL
                  for c in t.children)
    # (attachment pass six) "been" as an auxiliary is perfect whatever the parser makes of a
    # contracted "has" ("who's been paid at least $80,000 … since a grand jury was first seated in
    # April": ``perfect_been``)
    # (the date on the "since" clause's verb itself, not deeper: "… since a grand jury was seated in
    # April to consider allegations against Perry, a potential 2016 presidential candidate")
    perfect = perfect or ("perfect_been" not in tr["rules_off"] and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in tr["perfect_auxiliaries"]
        for t in ev_path[:k + 1] if t.pos_ in _VERBAL for c in t.children)
        and all(t.dep_ == "prep" for t in d_path[n_own:j - 1]))
    top = d_path[j - 1]  # the phrase or clause holding the date, on the predicate
    opens = top.lower_ in tr["period_start_marks"] if top.dep_ == "prep" \
        else top.pos_ in _VERBAL and _marked(top, tr["period_start_marks"])
    return perfect and opens and j - 1 >= n_own


_CLAUSE_HEADS = ("ROOT", "ccomp", "conj", "advcl", "relcl", "parataxis")


def _clause_verb(path: list):
    """The verb heading the clause a token is in: the first verb on its path that heads a
    clause of its own (not a participle or infinitive on a noun or verb)."""
    return next((t for t in path if t.pos_ in _VERBAL and t.dep_ in _CLAUSE_HEADS), None)


def _carried_period(text: str, event: tuple[int, int], d: TimeExpr, ev_path: list, d_path: list, n_own: int,
                    lex: TemporalLexicon) -> bool:
    """A period on a clause ("from 2009 through 2012", "from 2010 to 2011") and the event in a
    later clause coordinated with it ("ICE submitted notices totaling … $52.7 million from 2009
    through 2012, but ended up charging only $31.2 million"; "grew $1.5 billion from 2010 to
    2011, but military intelligence programs dropped by $3 billion"): the period frames the
    later clause too (``span_carried_over``; a point such as "this week" does not carry). Not a
    figure that a participle or relative clause of its own dates ("would be made between 2014
    and 2023 and come on top of the $2.7 trillion already passed": ``own_act_figure``)."""
    if "span_carried_over" in lex.tree["rules_off"] or not _period(text, d, lex) or d.char_end > event[0]:
        return False
    if "own_act_figure" not in lex.tree["rules_off"] and ev_path and any(
            c.dep_ in lex.tree["noun_clause_deps"] and c.pos_ in _VERBAL and c.lemma_.lower() not in lex.tree["measure_participles"]
            for t in {ev_path[0], _phrase_root(ev_path[0])} for c in t.children):
        return False
    dv, evv = _clause_verb(d_path[n_own:]), _clause_verb(ev_path)
    if dv is None or evv is None or evv.dep_ != "conj" or evv.i <= dv.i or not dv.idx < d.char_start:
        return False
    return evv.head.i == dv.i or (dv.dep_ == "ccomp" and evv.head.i == dv.head.i)


def _blocked(text: str, event: tuple[int, int], d: TimeExpr, dates: Sequence[TimeExpr], ev, ev_path: list, k: int,
             d_path: list, j: int, n_own: int, anchor: date | None, lex: TemporalLexicon) -> str | None:
    """The id of the first blocking rule (:func:`_blocks`) that fires and is not turned off
    (``temporal.yml``: ``attachment.rules_off``), or None when the date may date the event."""
    off = lex.tree["rules_off"]
    return next((r for r in _blocks(text, event, d, dates, ev, ev_path, k, d_path, j, n_own, anchor, lex)
                 if r not in off), None)


def _blocks(text: str, event: tuple[int, int], d: TimeExpr, dates: Sequence[TimeExpr], ev, ev_path: list, k: int,
            d_path: list, j: int, n_own: int, anchor: date | None, lex: TemporalLexicon):
    """The ids of the rules saying the date (path ``d_path`` meeting the event's path at
    ``ev_path[k]``) modifies another act than the event, in order; a bare ``return`` is a
    rule letting the date through. See :func:`attach_date` for the rules."""
    tr = lex.tree
    lca = ev_path[k]
    root = _phrase_root(ev)
    # the meeting point inside the event's own phrase ("$779 billion deficit recorded at …")
    at_event = lca.i == ev.i or (lca.i == root.i and all(t.dep_ in _FIGURE_DEPS for t in ev_path[:k])) \
        or _value_noun_of(ev, root, lca, ev_path, k, tr)
    gov = _governor(d_path[:j + 1], n_own)
    own = d_path[n_own:j]
    prep = next((t for t in own if t.dep_ == "prep" or t.pos_ == "ADP"), None)  # the date's preposition
    if _period_start(text, event, ev, ev_path, k, d_path, j, n_own, tr):
        return
    if _source_document(d, gov, ev_path, k, tr) or _source_container(text, event, d, gov, ev_path, k, tr):
        return
    if _elliptic_condition(text, event, ev, lca, d_path[n_own:j], tr):
        return
    if _figure_relative(text, event, ev, d_path, n_own, j, lex):
        return
    if _difference(text, d, ev_path, k, own, tr) or _difference_clause(text, d, ev_path, k, own, tr):
        return
    # a date inside a phrase relating another act ("before the November election"), unless
    # measured from it ("weeks before the 2016 election": a time of the event's own clause) or
    # bounding a verb ("the $130,000 Cohen paid before the 2016 election": ranked after others)
    if any(_relational(t, tr["relational_prepositions"])
           and not any(c.dep_ == "npadvmod" for c in t.head.children)
           and not _bounding(t, tr) for t in own):
        yield "relating_phrase"
    # a date of another figure ("from 35.9 percent in 1990"), unless the event restates that
    # figure ("500 donations between … and …, amounting to $75,000"); (fourteenth pass, off) a
    # period is no other figure's ("$600,000, in monthly $50,000 installments from January 2017 to
    # December 2017": ``period_figure``)
    if any(_figure(t, dates) for t in own if not event[0] <= t.idx < event[1] and t.i != root.i) \
            and not ("period_figure" not in tr["rules_off"] and _period(text, d, lex)) \
            and not any(t.pos_ in _VERBAL and t.dep_ in ("advcl", "acl") and t.lemma_.lower() in tr["equating_verbs"]
                        for t in ev_path[:k]):
        yield "other_figure"
    # a date modifying a noun outside the event's own phrase and not an argument of the
    # event's predicate dates that noun ("the 2016 election", "a 2017 paper")
    # (a verbal event below the predicate, "didn't know about the 2010 New START when he spoke
    # to Putin", has a predicate of its own: that noun is no argument of it)
    if gov is not None and gov.pos_ in _NOMINAL and gov.i != lca.i \
            and not _in_phrase(root, gov, tr["phrase_deps"]) \
            and not (lca.pos_ in _VERBAL and _in_phrase(lca, gov, tr["argument_deps"])
                     and not (ev.pos_ in _VERBAL and k > 0)) \
            and not (ev.like_num and gov.like_num and _series_figure(ev, gov, lex)):
        yield "other_noun"
    # (ninth pass) ... and a noun a date is written before as its attribute is an argument only
    # when it hangs on the predicate itself or on a preposition of it: a noun deeper inside an
    # argument ("the cost of the investigation into Russia's interference in the 2016 election
    # is near $17 million") is that noun's date
    elif gov is not None and gov.pos_ in _NOMINAL and gov.i != lca.i and lca.pos_ in _VERBAL \
            and d.char_end <= gov.idx and not _in_phrase(root, gov, tr["phrase_deps"]) \
            and not _shallow_argument(gov, lca, own_words="subject_attribute" not in tr["rules_off"],
                                      partitive=_partitives(tr)):
        yield "deep_argument"
    # (dates pass thirteen) a date written as the attribute of the subject of a reporting verb at the
    # meeting point ("A 2014 report from RAND Corp. estimated the market at $100 billion annually"):
    # the report's date, not the reported figure's (``report_subject_date``)
    if gov is not None and gov.pos_ in _NOMINAL and gov.dep_ in tr["subject_deps"] and gov.head.i == lca.i \
            and d.char_end <= gov.idx and lca.i != ev.i and lca.pos_ in _VERBAL \
            and {"reporting", "announcing"} & {_verb_class(lca.lemma_, lex), _verb_class(lca.text, lex)}:
        yield "report_subject_date"
    if _compared_bound(d, d_path, ev, root, tr):
        yield "compared_bound"
    if _report_noun_date(d, gov, lca, ev, tr):
        yield "report_noun_date"
    if _figure_noun_attribute(d, gov, ev_path, k, dates, tr):
        yield "figure_noun_attribute"
    if _quoted_report(text, event, d, lca, lex):
        yield "quoted_figure_report"
    if _with_attribute(ev_path, k, tr):
        yield "with_attribute_figure"
    if _report_occasion(text, event, ev, d, gov, lca, lex):
        yield "report_occasion_date"
    # (fourteenth pass) ... but a period is no punctual act: "From 1995 through 2004, the White House
    # approved 598 disaster declarations with a cost of $37 billion" (``period_act``)
    # (attachment pass six) ... but a date opening the sentence, set off by a comma, scopes over
    # the act and what it is done to ("In September, Esper approved the transfer of $3.6 billion"),
    # unless the figure stands in a clause, an apposition or a later conjunct below the act ("Over
    # the last few years, the state has passed a series of hikes …: a hike …, started in 2013, from
    # $7.25 to $9.00": ``fronted_instrument``)
    if _instrument_act(text, event, ev, ev_path, k, gov, tr) \
            and not ("period_act" not in tr["rules_off"] and _period(text, d, lex)) \
            and not ("fronted_instrument" not in tr["rules_off"] and _fronted(text, d, lex)
                     and d.char_end <= lca.idx and gov is not None and gov.i == lca.i
                     and not any(t.dep_ in tr["noun_clause_deps"] | tr["fronted_stop_deps"] for t in ev_path[:k])):
        yield "instrument_act"
    # a date written as the attribute of a noun that names a figure's source ("$10.5 million
    # left over from her landslide 2018 Senate victory"): the source's date
    if gov is not None and gov.pos_ in ("NOUN", "PROPN") and gov.i not in (root.i, lca.i) \
            and d.char_end <= gov.idx and gov.dep_ == "pobj" and gov.head.lower_ in tr["source_prepositions"]:
        yield "source_attribute"
    # a date inside a clause below the meeting point (relative, participial, coordinated)
    # belongs to that clause, unless the clause is part of the event's own phrase
    verbs = [t for t in d_path[n_own:j] if t.pos_ in _VERBAL and not _elliptic(t, tr)
             and not _simultaneous(t, lex) and not _when_after(t, lca, lex)
             and not _start_participle(text, event, ev, t, lca, tr)
             and not _colon_frame(t, lca, lex)]
    if verbs:
        # a condition ("the $2,200 tax hike that could hit … if the tax cuts aren't renewed by
        # Jan. 1"): a date inside it is the condition's deadline, not the event's
        if any(_marked(t, tr["condition_marks"]) for t in verbs):
            yield "condition_clause"
        # a clause opened by a relating subordinator ("the first world leader to visit Trump
        # since he took office last week"): a date inside it dates the act it is measured from
        if any(_relating_mark(c, tr) for t in verbs for c in t.children):
            yield "relating_clause"
        # (twenty-second pass) a date that is itself the object of a deadline relation on a verb of
        # a clause below the meeting point ("would authorize $600 million for the commission to
        # allocate to states to enhance their security ahead of 2020"): that act's deadline
        if _deadline_below(text, event, ev, d, d_path, n_own, verbs, tr):
            yield "deadline_below"
        # (twenty-fifth pass) ... and in the event's own phrase, a clause on a noun deeper than the
        # meeting point ("a $5 million payout to Laquan McDonald, a black teenager fatally shot …
        # last fall") describes that noun (``deep_noun_clause``)
        if at_event and "deep_noun_clause" not in tr["rules_off"] and any(
                t.dep_ in ("acl", "relcl") and t.head.i not in (lca.i, ev.i, root.i)
                and not (t.head.dep_ == "pobj" and t.head.head.head.i in (ev.i, root.i)) for t in verbs):
            yield "deep_noun_clause"
        if not at_event and not _object_xcomp(text, event, ev, ev_path, k, verbs[-1], tr) \
                and not _raised_subject(text, event, ev, ev_path, k, verbs, d_path, j, tr) \
                and not (len(verbs) == 1 and _purpose_infinitive(text, event, ev, ev_path, k, verbs[0], tr)) \
                and not _shared_subject(ev_path, k, verbs, tr) \
                and not _conjunct_scope(text, event, d, ev, ev_path, k, verbs, tr) \
                and not _argument_clause(text, event, d, ev, ev_path, k, verbs, tr):
            yield "lower_clause"
        # a relative clause with its own subject on a noun inside the event's phrase, set off
        # by a comma ("call with Zelensky, which prompted … a complaint on August 12") or
        # spanning a state ("$205 million in a deal that runs through 2025"): that noun's date
        spans = prep is not None and prep.lower_ in tr["span_prepositions"]
        if at_event and any(_finite(t, lex) and t.dep_ == "relcl" and t.head.i not in (ev.i, root.i)
                            and (spans or _set_off(t)) for t in verbs):
            yield "relative_on_phrase_noun"
        # (tenth pass) ... and a comment clause set off by a comma on the event itself with a
        # further clause below it ("up to $75,000, which includes most taxpayers, … analysts
        # estimated Monday"): the date of the act below
        if at_event and verbs[-1].dep_ == "relcl" and _set_off(verbs[-1]) \
                and verbs[-1].head.i in (ev.i, root.i):
            yield "relative_on_event"
        # (fourteenth pass) a relative clause with its own subject on a period noun inside the
        # event's phrase ("a $1 trillion-plus spending bill for the budget year that began Oct. 1"):
        # the period's start, not the figure's date (``period_relative``)
        if at_event and any(_finite(t, lex) and t.dep_ == "relcl" and t.head.i not in (ev.i, root.i)
                            and t.head.lemma_.lower() in tr["period_nouns"] for t in verbs):
            yield "period_relative"
    if _change_start(text, event, d, ev_path, k, lex):
        yield "change_end_date"
    # (attachment pass seven) a date opening a later conjunct ("increases spending in 2014 to $1.012
    # trillion and in 2015 to $1.014 trillion"): the later conjunct's (``later_conjunct_date``)
    if _opens_later_conjunct(event, d, d_path, n_own, j):
        yield "later_conjunct_date"
    if at_event:
        return
    # (eighteenth pass) a held level that a change acts on ("will reduce its $85 billion a month in
    # bond purchases by $10 billion starting in January"): the date is the change's
    if _changed_level(text, event, ev, ev_path, k, tr):
        yield "changed_level"
    between = ev_path[:k]
    if _antecedent_time(d, between, tr):
        return
    # a date opening the clause of the meeting point, set off by a comma ("On Monday, Trump will
    # become the first head of state to meet …", "shows that in 2016, half of the tax … will fall
    # on those making less than $120,000"): it scopes over every event below that verb
    if "fronted_scope" not in tr["rules_off"] and lca.pos_ in _VERBAL and gov is not None \
            and gov.i == lca.i and d.char_end <= lca.idx and _clause_fronted(text, d, tr):
        return
    cls = _verb_class(lca.lemma_, lex) or _verb_class(lca.text, lex)
    # (tenth pass) a date set off by a comma before the subject of the meeting point's clause
    # ("Over a similar period, from 1980 to 2018, the median rental price … increased …, from
    # $131 to $600", "but by 2027, it would boost … levies for everyone earning up to $75,000"):
    # it scopes over the events after it in that clause, unless the verb is a class verb (its
    # date is the saying, the plan) or the event is in brackets (fronted_clause_scope)
    # (dates pass ten) ... also when the date opens a longer phrase set off by a comma before the
    # subject ("In spring in California under a high-wind scenario, “… prices may reach up to
    # $55/MWh …”": ``fronted_phrase_scope``)
    if "fronted_clause_scope" not in tr["rules_off"] and lca.pos_ in _VERBAL and not cls \
            and gov is not None and gov.i == lca.i and d.char_end <= event[0] \
            and (_before_subject(text, d, lca) or ("fronted_phrase_scope" not in tr["rules_off"]
                                                   and _fronted_subject_phrase(d_path[j - 1] if j > 0 else None, lca, d))) \
            and not _bracketed(text, event, lex) and not _relating_event(between, tr) \
            and not _relative_between(between, lex):
        return
    if cls in ("reporting", "announcing") and gov is not None and gov.i == lca.i and (
            _span(text, d, lex) or (k > 0 and ev_path[k - 1].dep_ == "prep"
                                    and ev_path[k - 1].lower_ in tr["occasion_prepositions"])):
        return  # "As of November, the group said it had raised $75 million"
    # clauses coordinated with the meeting point that a date reaches: a fronted date before
    # the first of them, or a date on the first carried over to a later one with the same verb
    spread = {t.i for t in between if t.dep_ == "conj" and t.pos_ in _VERBAL and (
        (d.char_end <= lca.idx and _fronted(text, d, lex))
        or _parallel(lca, [t], d, event, gov))}
    # the event inside a clause on a noun ("legislation on Monday to spend $1.3 billion", "the
    # memo … summarizing the call"): the date above that noun is not the event's
    # (not "a July 2014 job (when oil was around $100)"); a fronted span covers a participle
    # without a subject in the main clause ("During the same time span from 2015-2019,
    # employees made 69 contributions averaging $2,700")
    covers = _fronted_phrase(d_path[j - 1] if j > 0 else None, lca) and _span(text, d, lex)
    # (seventeenth pass) ... but a figure in a clause describing the noun the date is written
    # before ("the city's 2021 budget, totaling $88 billion") measures that noun: its date
    described = _described_noun(text, event, ev, d, d_path, n_own, lca, tr)
    # (nineteenth pass) ... and a participle on the object of a verb whose subject the date is
    # written before ("the firm's May 2016 filing listed a stake worth $15,001 to $50,000")
    subject = "subject_clause" not in tr["rules_off"] and _subject_attribute(d, gov, lca)
    if any(t.pos_ in _VERBAL and t.dep_ in tr["noun_clause_deps"]
           and not any(c.lower_ in lex.date_relative for c in t.children)
           and not (covers and t.dep_ == "acl" and _subjectless(t))
           and not (described and t.head.i == lca.i)
           and not (t.dep_ == "acl" and subject and t.head.head.i == lca.i and t.head.dep_ in ("dobj", "attr"))
           and not _measure_participle(t, between, tr)
           for t in between):
        yield "event_in_noun_clause"
    # the event in a finite clause of its own, or the object of a relating preposition
    quantity = _quantity(text, event, ev)
    # (an event named by a noun or verb, not a figure, in a clause of simultaneity happens at
    # its head clause's time)
    named = ev.pos_ in ("NOUN", "PROPN") + _VERBAL
    # (twenty-first pass) ... but a period is no act of the clause above: it frames a figure in a
    # finite clause below it ("spent more than $4 billion … from 2005 to 2011, over $1 billion of
    # which were contributions", "the period from July to September, as she spent $5.5 million":
    # ``period_clause``)
    framed = _period_clause(text, event, ev, d, lex)
    if any(_finite(t, lex) and t.i not in spread and not (named and _alongside(t, prep, lex))
           and not (described and t.head.i == lca.i and t.dep_ in tr["noun_clause_deps"])
           for t in between) and not framed:
        yield "event_in_finite_clause"
    # (a figure after "equal to" is the value of the noun it hangs on, "wealth equal to less
    # than $6 billion", not another act compared with)
    relating = _relating_outside(tr) - tr["equality_prepositions"] if quantity else _relating_outside(tr)
    # (... unless the meeting point is the comparing word itself, "compared with $202 billion
    # from the same period last year": the date is inside the comparison, the compared figure's)
    if any(_relational(t, relating) and not _deadline_goal(t, lca, prep, tr) for t in between) and not (
            lca.lower_ in tr["comparison_verbs"] and "comparison_own_date" not in tr["rules_off"]):
        yield "event_relational"
    # the event in a clause opened by a relating subordinator ("Last Friday — just three days
    # before Trump is supposed to meet Putin — Mueller announced"), the date outside it, before
    # the subordinator: the date of another act, whatever the clause hangs on
    if any(t.pos_ in _VERBAL and any(_relating_mark(c, tr) and d.char_end <= c.idx for c in t.children)
           for t in between + [lca]):
        yield "event_relating_subordinator"
    # a later conjunct: the date on the first conjunct, between the two, is the first's
    if any(t.dep_ == "conj" and t.head.i == lca.i and t.i not in spread for t in between) \
            and lca.idx < d.char_start < event[0]:
        yield "later_conjunct"
    if _charged_act(d, gov, lca, between, tr):
        yield "charged_act"
    # (but the start of a change is the time of its earlier level: "a hike, started in 2013,
    # from $7.25 to $9.00" dates $7.25, not $9.00)
    # (eighteenth pass) ... not a period framing the whole change ("in the ten preceding years from
    # 2007 to 2017, federal spending rose from $2.7 trillion to $4.1 trillion": ``period_change``)
    if quantity and d.char_end <= event[0] \
            and any(t.dep_ == "prep" and t.lower_ in tr["change_sources"] for t in between[1:]) \
            and not ("period_change" not in tr["rules_off"] and _period(text, d, lex)) \
            and not (gov is not None and lca.i in (gov.i, gov.head.i) and gov.lemma_.lower() in tr["start_verbs"]
                     and k > 1 and between[1].lower_ in tr["change_sources"]):
        yield "change_source"  # "to $9 by 2015, up from the current $7.25": the earlier level


def _relating_mark(c, tr: dict) -> bool:
    """``c`` is a subordinator relating another act ("since he took office last week"); a "than"
    right after a degree word ("had been more than cut in half") is a degree, not a relation
    (attachment pass seven, ``degree_than``, words ``degree_words``).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> lex = load_lexicon()  # degree_than ships in rules_off (no gold row measured)
        >>> tr = {**lex.tree, "rules_off": lex.tree["rules_off"] - {"degree_than"}}
        >>> doc = parse_one("The fund had been more than cut in half from 2001 to 2003.")
        >>> [t.text for t in doc if t.dep_ == "mark" and _relating_mark(t, tr)]
        []
    """
    if c.dep_ != "mark" or c.lower_ not in tr["relational_prepositions"]:
        return False
    return "degree_than" in tr["rules_off"] or not (
        c.lower_ == "than" and c.i > 0 and c.nbor(-1).lower_ in tr["degree_words"])


def _partitives(tr: dict) -> frozenset:
    """The partitive heads whose "of" noun stands for them (``partitive_argument``), or none."""
    return frozenset() if "partitive_argument" in tr["rules_off"] else tr["partitive_heads"]


def _opens_later_conjunct(event: tuple[int, int], d: TimeExpr, d_path: list, n_own: int, j: int) -> bool:
    """The date opens a conjunct written after the event, only its preposition before it ("raises
    spending in 2014 to $1.012 trillion and in 2015 to $1.014 trillion"): the later conjunct's
    date, not the earlier one's (``later_conjunct_date``; a figure coordinated with the event and
    a date after it, "$25,000 and $85,000 in 2018", share it: that conjunct opens with the figure).

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> lex = load_lexicon()  # later_conjunct_date ships in rules_off (one round only)
        >>> on = replace(lex, tree={**lex.tree, "rules_off": lex.tree["rules_off"] - {"later_conjunct_date"}})
        >>> t = "The plan raises outlays in 2016 to $1.2 billion and in 2017 to $1.3 billion."
        >>> ds = resolve_dates(t, anchor=date(2015, 6, 1))
        >>> attach_date(t, event=(t.index("$1.2"), t.index(" and in")), dates=ds, lexicon=on).surface
        '2016'
    """
    if d.char_start < event[1]:
        return False
    doc = d_path[0].doc
    for t in d_path[n_own:j]:
        if t.dep_ != "conj" or t.left_edge.idx < event[1]:
            continue
        first = min((x.i for x in doc if x.idx < d.char_end and x.idx + len(x.text) > d.char_start),
                    default=d_path[0].i)
        if all(x.pos_ in ("ADP", "DET") for x in doc[t.left_edge.i:first]):
            return True
    return False


def _charged_act(d: TimeExpr, gov, lca, between: list, tr: dict) -> bool:
    """The date is on a verb judging an earlier act (``charge_verbs``: a plea, a charge, a
    sentence) and the event stands in a clause below it ("pleaded guilty in January 2012 to
    stealing $350,000"): the judged act is earlier, the date is the plea's (``charged_act``).

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> t = "The treasurer pleaded guilty in May 2019 to embezzling $80,000 from the club in 2016."
        >>> ds = resolve_dates(t, anchor=date(2019, 6, 1))
        >>> attach_date(t, event=(t.index("$"), t.index(" from")), dates=ds).surface
        '2016'
    """
    return "charged_act" not in tr["rules_off"] and gov is not None and gov.i == lca.i \
        and lca.pos_ in _VERBAL and lca.lemma_.lower() in tr["charge_verbs"] \
        and any(t.pos_ in _VERBAL for t in between)


def _comma_subject(text: str, d: TimeExpr, d_path: list, tr: dict) -> list:
    """A date opening its clause (at the sentence start, after a comma, a dash or a subordinator,
    ``scope_opening_marks``, with at most its preposition and adverbs before it), followed by a comma
    and then the subject of a verb ("Consider that between 1980 and 2012, California spent $4
    billion"): it modifies that verb, wherever the parser hung it (``comma_subject_scope``). Returns
    the date's path re-hung on the verb (or unchanged).

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> lex = load_lexicon()  # comma_subject_scope ships on (attachment pass eight)
        >>> off = replace(lex, tree={**lex.tree, "rules_off": lex.tree["rules_off"] | {"comma_subject_scope"}})
        >>> t = ("Consider that between 1990 and 2005, the county spent $2 billion on prisons while building just "
        ...      "three schools, according to a report written by a local professor.")
        >>> ds = resolve_dates(t, anchor=date(2012, 1, 1))
        >>> ev = (t.index("$"), t.index(" on prisons"))
        >>> attach_date(t, event=ev, dates=ds).surface, attach_date(t, event=ev, dates=ds, lexicon=off) is None
        ('1990 and 2005', True)
    """
    m = re.match(r"\s*,\s*", text[d.char_end:])
    if m is None:
        return d_path
    doc = d_path[0].doc
    after = d.char_end + m.end()
    nxt = next((t for t in doc if t.idx >= after), None)
    if nxt is None:
        return d_path
    subj = next((x for x in doc if x.dep_ in _SUBJECTS and x.left_edge.i == nxt.i and x.head.pos_ in _VERBAL
                 and x.head.i > nxt.i), None)
    verb = subj.head if subj is not None else None
    if verb is None or verb.dep_ in ("relcl", "acl"):
        return d_path  # "…, which began in October 2018, …": a relative clause, not the clause opened
    if verb in d_path and not any(t.pos_ in _VERBAL for t in d_path[:d_path.index(verb)]):
        return d_path  # already on the verb (or on its phrases)
    first = min((t.i for t in doc if t.idx < d.char_end and t.idx + len(t.text) > d.char_start), default=d_path[0].i)
    i = first
    # (its preposition, whatever its tag: "since yesterday, it said" opens no clause)
    while i > 0 and (doc[i - 1].pos_ in ("ADP", "ADV") or doc[i - 1].dep_ == "prep" and doc[i - 1] in d_path):
        i -= 1
    opening = tr["scope_opening_marks"] or {","}
    if not (i == 0 or doc[i - 1].text in opening or doc[i - 1].pos_ == "SCONJ"
            or doc[i - 1].lower_ in tr["complementizers"]):
        return d_path
    n_own = next((k for k, t in enumerate(d_path) if not d.char_start <= t.idx < d.char_end), len(d_path))
    own = d_path[:n_own]
    if n_own < len(d_path) and d_path[n_own].pos_ == "ADP" and d_path[n_own].i < first:
        own = own + [d_path[n_own]]
    return own + _path(verb)


def _reached_level(text: str, event: tuple[int, int], figures: Sequence[TimeExpr], doc,
                   lex: TemporalLexicon) -> TimeExpr | None:
    """The date of a change a level reaches: a figure in the end phrase (``end_prepositions``) of a
    change verb (``change_verbs``) takes the date on that verb written between the verb and the
    figure, even when the change's own amount stands right before it ("rose 0.3 percent in January
    to $26.74", "fell $2 in May to $50": ``reached_level``); None otherwise.

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> from summitlens.text.parse import parse_one
        >>> t = "Average weekly pay rose 0.5 percent in March to $1,020, the agency said."
        >>> ds = resolve_dates(t, anchor=date(2019, 4, 5))
        >>> lex = load_lexicon()  # reached_level ships in rules_off (one gold sentence)
        >>> on = replace(lex, tree={**lex.tree, "rules_off": lex.tree["rules_off"] - {"reached_level"}})
        >>> _reached_level(t, (t.index("$"), t.index(", the")), ds, parse_one(t), on).surface
        'March'
    """
    tr = lex.tree
    if "reached_level" in tr["rules_off"] or not _quantity(text, event, None):
        return None
    ev = _head(doc, *event)
    prep = ev.head if ev is not None and ev.dep_ == "pobj" else None
    verb = prep.head if prep is not None and prep.dep_ == "prep" else None
    if verb is None or prep.lower_ not in tr["end_prepositions"] or verb.pos_ not in _VERBAL \
            or verb.lemma_.lower() not in tr["change_verbs"]:
        return None
    for d in sorted(figures, key=lambda d: -d.char_start):
        dh = _head(doc, d.char_start, d.char_end)
        if dh is None or not verb.i < dh.i < prep.i:
            continue
        on = dh.head if dh.dep_ == "pobj" else dh
        if on.head.i == verb.i and on.dep_ in ("prep", "npadvmod", "advmod"):
            return d
    return None


def _equated_clause(text: str, event: tuple[int, int], cands: Sequence[TimeExpr], doc,
                    lex: TemporalLexicon) -> TimeExpr | None:
    """The date of the clause on the noun a figure is equated with: a figure subject of "be" whose
    attribute noun has a clause below it ("$5.7 million is the amount the city paid … between 2011
    and 2014", "$100 million is not the ceiling for what the PAC may spend this year") takes the date
    of that clause, when no other date stands on the copula (``equated_clause``); None otherwise.

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> from summitlens.text.parse import parse_one
        >>> t = "$2.1 million is the sum the county spent on overtime between 2015 and 2017."
        >>> ds = resolve_dates(t, anchor=date(2019, 4, 5))
        >>> _equated_clause(t, (0, t.index(" is")), ds, parse_one(t), load_lexicon()).surface
        '2015 and 2017'
    """
    if "equated_clause" in lex.tree["rules_off"] or not _quantity(text, event, None):
        return None
    ev = _head(doc, *event)
    cop = ev.head if ev is not None and ev.dep_ in ("nsubj", "nsubjpass") else None
    if cop is None or cop.lemma_.lower() != "be":
        return None
    attr = next((c for c in cop.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
    if attr is None:
        return None
    got = []
    for d in cands:
        x = _head(doc, d.char_start, d.char_end)
        verbs = 0
        while x is not None and x.i not in (attr.i, cop.i) and x.head.i != x.i:
            verbs += x.pos_ in _VERBAL
            x = x.head
        if x is not None and x.i == cop.i:
            return None  # a date on the copula: the tree decides
        if x is not None and x.i == attr.i and verbs:
            got.append(d)
    return got[0] if len(got) == 1 else None


_SEQUEL_ARGUMENTS = ("dobj", "nsubj", "nsubjpass", "attr", "dative")


def _sequel_clause(text: str, event: tuple[int, int], cands: Sequence[TimeExpr], doc,
                   lex: TemporalLexicon) -> TimeExpr | None:
    """The date of the clause a sequel clause continues: a figure below a participle of a verb of
    consequence (``sequel_verbs``) without a subject of its own, set off by a comma after the verb it
    continues ("…, pushing salaries up to $55,291", "…, leading to a $663 fine"), with no date of its
    own, takes the last date before it whose path reaches that verb through no other verb
    (``sequel_clause``); None otherwise.

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> from summitlens.text.parse import parse_one
        >>> t = "Wages rose 2.1 percent in 2019, pushing the average pay up to $48,300."
        >>> ds = resolve_dates(t, anchor=date(2020, 3, 1))
        >>> _sequel_clause(t, (t.index("$"), t.index(".", t.index("$") + 4)), ds, parse_one(t), load_lexicon()).surface
        '2019'
    """
    tr = lex.tree
    if "sequel_clause" in tr["rules_off"] or not _quantity(text, event, None):
        return None
    ev = _head(doc, *event)
    t = ev
    while t is not None and t.head.i != t.i and not (t.dep_ == "advcl" and t.tag_ == "VBG"):
        t = t.head
    if t is None or t.dep_ != "advcl" or t.lemma_.lower() not in tr["sequel_verbs"]:
        return None
    verb = t.head
    if verb.pos_ not in _VERBAL or verb.i > t.i or doc[t.left_edge.i - 1].text != "," \
            or any(c.dep_ in _SUBJECTS for c in t.children):
        return None
    lo, hi = doc[t.left_edge.i].idx, doc[t.right_edge.i].idx + len(doc[t.right_edge.i].text)
    comma = text.find(",", event[1], hi)  # (a later conjunct the parser hung on the participle)
    if any(lo <= d.char_start < (hi if comma < 0 else comma) for d in cands):
        return None  # a date of its own
    best = None
    for d in cands:
        if d.char_end > doc[t.left_edge.i].idx:
            continue
        x = _head(doc, d.char_start, d.char_end)
        nouns = []  # (nouns on the way: the verb's arguments only, not "since its launch on Saturday")
        while x is not None and x.i != verb.i and x.head.i != x.i and x.pos_ not in _VERBAL:
            x = x.head
            nouns += [x] if x.pos_ in ("NOUN", "PROPN") and x.i != verb.i else []
        if x is not None and x.i == verb.i and all(n.dep_ in _SEQUEL_ARGUMENTS for n in nouns) \
                and (best is None or d.char_start > best.char_start):
            best = d
    return best


def _restated_whole(text: str, event: tuple[int, int], doc, lex: TemporalLexicon) -> tuple[int, int] | None:
    """The figure whose share restates it, when the event is the whole of that share: a later
    conjunct after a restating link ("…, or roughly half of the $1.1 billion requested",
    ``restating_links``) with the event in its "of" phrase; returns that figure's character span,
    or None (``restated_whole``).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = ("The agency released a budget this week that sets aside $12 million to fight wildfires in 2020, "
        ...      "or about a third of the $36 million requested by the governor.")
        >>> lex = load_lexicon()  # restated_whole ships in rules_off (one round only)
        >>> on = replace(lex, tree={**lex.tree, "rules_off": lex.tree["rules_off"] - {"restated_whole"}})
        >>> a, b = _restated_whole(t, (t.index("$36"), t.index(" requested")), parse_one(t), on)
        >>> t[a:b]
        '$12 million'
    """
    tr = lex.tree
    if "restated_whole" in tr["rules_off"] or not _quantity(text, event, None):
        return None
    ev = _head(doc, *event)
    if ev is None or ev.dep_ != "pobj" or ev.head.lower_ != "of":
        return None
    share = ev.head.head
    # (the link right before the conjunct, wherever the parser hung it)
    cc = doc[share.left_edge.i - 1] if share.left_edge.i > 0 else None
    if share.dep_ != "conj" or cc is None or cc.lower_ not in tr["restating_links"]:
        return None
    # the figure restated: the last money figure before the link, wherever the parser hung the
    # conjunct
    m = None
    for m in tr["source_figure"].finditer(text, 0, cc.idx):
        pass
    if m is None:
        return None
    t = next((x for x in doc if x.idx <= m.end() - 1 < x.idx + len(x.text)), None)
    if t is None:
        return None
    g = t.head if t.dep_ in _FIGURE_DEPS and t.head.like_num and t.head.i > t.i else t
    a, b = m.start(), g.idx + len(g.text)
    if a < event[1] and event[0] < b:
        return None
    return a, b


def _report_occasion(text: str, event: tuple[int, int], ev, d: TimeExpr, gov, lca, lex: TemporalLexicon) -> bool:
    """A date written as the attribute of the noun a saying happens in, on a reporting verb that
    is the figure's meeting point ("'… starts at $2.1 trillion,' Bivens wrote in a Friday blog
    post"): the report's date, not the reported figure's (``report_occasion_date``).

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> t = "The mayor said of the plan for $4 million in repairs in a Friday interview that it was too costly."
        >>> ds = resolve_dates(t, anchor=date(2021, 1, 5))
        >>> attach_date(t, event=(t.index("$"), t.index(" in repairs")), dates=ds) is None
        True
    """
    if "report_occasion_date" in lex.tree["rules_off"] or gov is None or not _quantity(text, event, ev) \
            or lca.pos_ not in _VERBAL or (_verb_class(lca.lemma_, lex) or _verb_class(lca.text, lex)) != "reporting":
        return False
    return gov.pos_ in ("NOUN", "PROPN") and gov.dep_ == "pobj" and gov.head.head.i == lca.i \
        and d.char_end <= gov.idx and not _in_phrase(_phrase_root(ev), gov, lex.tree["phrase_deps"])


def _figure_relative(text: str, event: tuple[int, int], ev, d_path: list, n_own: int, j: int,
                     lex: TemporalLexicon) -> bool:
    """A relative clause on the figure's own noun, its relative pronoun the clause's subject, with
    the date on the clause's verb or on an infinitive without a subject completing it ("$1.2
    billion in spending cuts, which will take effect Jan. 1", "the $110 billion in automatic
    spending cuts, which are due to take effect Jan. 2"): the clause says when the figure's own
    thing happens, so its date is the figure's (``figure_relative_date``). The noun is the
    figure's, or the noun of an "in" / "of" phrase on it (``figure_stuff_prepositions``); a verb
    of saying or announcing in the clause ("which was revealed …") dates another act, a span
    preposition ("in a deal that runs through 2025") the noun's term.

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> t = "The council argued last week over $40 million in school grants, which are due to start March 3."
        >>> ds = resolve_dates(t, anchor=date(2021, 1, 5))
        >>> attach_date(t, event=(t.index("$"), t.index(" in school")), dates=ds).surface
        'March 3'
    """
    tr = lex.tree
    if "figure_relative_date" in tr["rules_off"] or j == 0 or not _quantity(text, event, ev):
        return False
    if d_path[j].i not in (ev.i, _phrase_root(ev).i):
        return False
    seg = d_path[n_own:j]
    rel = next((i for i, t in enumerate(seg) if t.dep_ == "relcl"), None)
    if rel is None:
        return False
    below, verb, above = seg[:rel], seg[rel], seg[rel + 1:]
    # from the date up to the clause's verb: a preposition that relates no other act and spans no
    # state ("$205 million in a deal that runs through 2025": the deal's term), and the
    # infinitives or complements of a raising chain ("are due to take effect")
    if not all((t.dep_ == "prep" and t.lower_ not in tr["relational_prepositions"] | tr["span_prepositions"])
               or (t.dep_ in tr["raising_deps"] and _subjectless(t)) for t in below):
        return False
    if above and not (len(above) == 2 and above[0].dep_ == "pobj" and above[1].dep_ == "prep"
                      and above[1].lower_ in tr["figure_stuff_prepositions"]):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in tr["relative_pronouns"] for c in verb.children):
        return False
    return not any(_verb_class(t.lemma_, lex) or _verb_class(t.text, lex)
                   for t in below + [verb] if t.pos_ in _VERBAL)


def _elliptic_condition(text: str, event: tuple[int, int], ev, lca, own: list, tr: dict) -> bool:
    """A figure, and a date in a condition clause without a subject of its own on the figure's
    predicate ("would cost roughly $60 billion if implemented in 2019"): the reduced condition is
    said of the predicate's own subject, so its date is the time the figure holds for
    (``elliptic_condition``; a condition with a subject of its own, "if the tax cuts aren't
    renewed by Jan. 1", stays the condition's deadline).

    Args:
        text: The sentence.
        event: ``(start, end)`` of the figure in ``text``.
        ev: The figure's head token.
        lca: Where the date's and the figure's paths meet.
        own: The date's path from above its own words up to (not including) ``lca``.
        tr: The tree rules of the temporal lexicon (``attachment``).

    Returns:
        Whether the date is the figure's through an elliptic condition.

    Examples:
        >>> from summitlens.extract.dates.lexicon import load_lexicon
        >>> from summitlens.text.parse import parse_one
        >>> t = "The plan would cost $9 billion if adopted in 2030."
        >>> doc = parse_one(t)
        >>> verb = next(x for x in doc if x.lower_ == "adopted")
        >>> _elliptic_condition(t, (20, 30), _head(doc, 20, 30), verb.head, [doc[10], verb], load_lexicon().tree)
        True
    """
    if "elliptic_condition" in tr["rules_off"] or not _quantity(text, event, ev) or lca.pos_ not in _VERBAL:
        return False
    verbs = [t for t in own if t.pos_ in _VERBAL]
    return len(verbs) == 1 and verbs[0].head.i == lca.i and _marked(verbs[0], tr["condition_marks"]) \
        and _subjectless(verbs[0])


def _deadline_below(text: str, event: tuple[int, int], ev, d: TimeExpr, d_path: list, n_own: int, verbs: list,
                    tr: dict) -> bool:
    """A figure, and a date that is itself the object of a deadline relation (``deadline_relations``:
    "ahead of 2020", "before Jan. 1") on a verb of a clause below the meeting point ("would
    authorize $600 million for the commission to allocate to states to enhance their security
    ahead of 2020"): the deadline of that act, not the figure's time (``deadline_below``).

    Args:
        text: The sentence.
        event: ``(start, end)`` of the figure in ``text``.
        ev: The figure's head token.
        d: The date.
        d_path: The date's path to the root; ``n_own`` of its tokens are the date's own.
        n_own: How many tokens of ``d_path`` are the date's own.
        verbs: The verbs of the clauses below the meeting point on the date's path.
        tr: The tree rules of the temporal lexicon (``attachment``).

    Returns:
        Whether the date is a deadline of an act below the figure's predicate.
    """
    if "deadline_below" in tr["rules_off"] or not verbs or not _quantity(text, event, ev) \
            or n_own == 0 or n_own >= len(d_path):
        return False
    p = d_path[n_own]  # the date's preposition ("of" of "ahead of")
    rel = p.lower_ if p.lower_ in tr["deadline_relations"] else f"{p.head.lower_} {p.lower_}"
    if rel not in tr["deadline_relations"] or d_path[n_own - 1].dep_ != "pobj":
        return False
    host = p.head if p.lower_ in tr["deadline_relations"] else p.head.head
    return host.pos_ in _VERBAL and any(v.i == host.i for v in verbs)


def _relating_event(between: list, tr: dict) -> bool:
    """The event below the meeting point is the object of a relating phrase or clause ("In
    October 2012, the firm filed for bankruptcy after spending $132 million"): another act that
    the relation places before or after the clause's own, which a date fronted on that clause
    does not date (``fronted_relating``)."""
    return "fronted_relating" not in tr["rules_off"] and any(_relational(t, _relating_outside(tr)) for t in between)


def _then_antecedent(text: str, event: tuple[int, int], cands: Sequence[TimeExpr], doc,
                     lex: TemporalLexicon) -> TimeExpr | None:
    """A figure whose own predicate carries an anaphoric time adverb before it
    (``anaphoric_time_adverbs``: "… in April 2006 about voter anger over gasoline prices, then
    surpassing an average of $2.50 per gallon"): the adverb points back to the last date written
    before it, which is the figure's (``then_anaphor``); None otherwise.

    Args:
        text: The sentence.
        event: ``(start, end)`` of the figure in ``text``.
        cands: The candidate dates of the figure.
        doc: The sentence's parse.
        lex: A loaded temporal lexicon.

    Returns:
        The antecedent date, or None.

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> from summitlens.text.parse import parse_one
        >>> t = "She spoke in May 2010 about fuel prices, then topping $4 a gallon."
        >>> ds = resolve_dates(t, anchor=date(2012, 1, 1))
        >>> lex = load_lexicon()  # shipped off: switch it on for the example
        >>> on = replace(lex, tree={**lex.tree, "rules_off": lex.tree["rules_off"] - {"then_anaphor"}})
        >>> _then_antecedent(t, (55, 57), ds, parse_one(t), on).surface
        'May 2010'
        >>> _then_antecedent(t, (55, 57), ds, parse_one(t), lex) is None
        True
    """
    tr = lex.tree
    if "then_anaphor" in tr["rules_off"] or not _quantity(text, event, None):
        return None
    ev = _head(doc, *event)
    if ev is None:
        return None
    pred = next((t for t in _path(ev)[1:] if t.pos_ in _VERBAL), None)
    adv = pred is not None and next((c for c in pred.children if c.dep_ == "advmod" and c.i < ev.i
                                     and c.lower_ in tr["anaphoric_time_adverbs"]), None)
    if not adv:
        return None
    return max((d for d in cands if d.char_end <= adv.idx), key=lambda d: d.char_end, default=None)


def _period_clause(text: str, event: tuple[int, int], ev, d: TimeExpr, lex: TemporalLexicon) -> bool:
    """A figure, and a period (a span between two bounds: ``span_rules``) above the finite clause
    holding it ("unions spent more than $4 billion … from 2005 to 2011, over $1 billion of which
    were contributions"): a period is no punctual act of the clause it hangs on but a time frame,
    which covers the clauses below it, so it may date the figure (``period_clause``).

    Args:
        text: The sentence.
        event: ``(start, end)`` of the event in ``text``.
        ev: The event's head token.
        d: The date.
        lex: A loaded temporal lexicon.

    Returns:
        Whether the finite clause does not keep the date from the figure.

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> t = "Sales grew from 2010 to 2014, when the firm earned $5 million."
        >>> d = resolve_dates(t, anchor=date(2020, 1, 1))[0]
        >>> _period_clause(t, (51, 61), None, d, load_lexicon())
        True
        >>> _period_clause(t, (0, 5), None, d, load_lexicon())
        False
    """
    return "period_clause" not in lex.tree["rules_off"] and _quantity(text, event, ev) and _period(text, d, lex)


def _changed_level(text: str, event: tuple[int, int], ev, ev_path: list, k: int, tr: dict) -> bool:
    """A figure held by someone (a possessive on its phrase: "its $85 billion") that is the object
    of a verb changing it (``level_changing_verbs``: "reduce", "trim" …), and the date meeting it at
    or above that verb: the level stands before the change, the date is the change's
    (``changed_level``).

    Args:
        text: The sentence.
        event: ``(start, end)`` of the figure in ``text``.
        ev: The figure's head token.
        ev_path: The tokens from the figure's head up to the root.
        k: Where the date's path meets ``ev_path``.
        tr: The tree rules of the temporal lexicon (``attachment``).

    Returns:
        Whether the date is the change's, not the held level's.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> from summitlens.extract.dates.lexicon import load_lexicon
        >>> t = "The agency will trim its $40 billion in loans next year."
        >>> ev = parse_one(t)[7]
        >>> _changed_level(t, (25, 36), ev, _path(ev), 1, load_lexicon().tree)
        True
    """
    if "changed_level" in tr["rules_off"] or not _quantity(text, event, ev) or k == 0:
        return False
    root = _phrase_root(ev)
    verb = root.head
    return root.dep_ == "dobj" and verb.pos_ in _VERBAL and verb.lemma_.lower() in tr["level_changing_verbs"] \
        and any(c.dep_ == "poss" for c in root.children) \
        and any(t.i == verb.i for t in ev_path[1:k + 1])


def _described_noun(text: str, event: tuple[int, int], ev, d: TimeExpr, d_path: list, n_own: int, lca,
                    tr: dict) -> bool:
    """A figure in a relative or participial clause on a noun, and the date written before that
    noun as its attribute ("the city's 2021 budget, totaling more than $88 billion", "next
    year's budget, which allocates $1.3 billion to pensions"): the clause says what the noun
    amounts to, so the noun's date is the figure's (``described_noun_date``).

    Args:
        text: The sentence.
        event: ``(start, end)`` of the figure.
        ev: The figure's head token.
        d: The date.
        d_path: The date's path to the root; ``n_own`` of its tokens are the date's own.
        n_own: How many tokens of ``d_path`` are the date's own.
        lca: Where the date's and the event's paths meet.
        tr: The lexicon's tree rules.

    Returns:
        Whether the date is the attribute of the noun the figure's clause describes.

    Examples:
        >>> from summitlens.extract.dates.lexicon import load_lexicon
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> from summitlens.text.parse import parse_one
        >>> from datetime import date
        >>> t = "The 2019 budget, totaling $40 billion, was approved."
        >>> doc, d = parse_one(t), resolve_dates(t, anchor=date(2019, 1, 5))[0]
        >>> ev, dh = _head(doc, 26, 37), _head(doc, d.char_start, d.char_end)
        >>> _described_noun(t, (26, 37), ev, d, _path(dh), 1, dh.head, load_lexicon().tree)
        True
    """
    if "described_noun_date" in tr["rules_off"] or not _quantity(text, event, ev):
        return False
    if lca.pos_ not in ("NOUN", "PROPN") or not 0 < n_own < len(d_path):
        return False
    if "described_noun_of" not in tr["rules_off"] and n_own + 1 < len(d_path) \
            and d_path[n_own].lower_ == "of" and d_path[n_own + 1].i == lca.i and d.char_start > lca.idx:
        return True  # (nineteenth pass) "the deficit of fiscal 1943, which was $54.6 billion"
    if d_path[n_own].i != lca.i:
        return False
    return d_path[n_own - 1].dep_ in _NOUN_MODIFIER and d.char_end <= lca.idx


def _difference(text: str, d: TimeExpr, ev_path: list, k: int, own: list, tr: dict) -> bool:
    """The event is the difference of a comparative ("$15,708.38 less than the median salary for
    men between 2002 and 2008", "nearly $4,200 more than families took home in 2014") and the
    date is the object of a preposition inside the comparison's complement, opened by one of
    ``difference_marks``: the difference is measured over that period, so the date is the
    figure's (``difference_date``). Not a date written as the compared noun's attribute ("$600
    billion more than the December 2015 bill") nor a year-on-year baseline ("more than was
    recorded during the same period last year": ``difference_baseline``)."""
    if "difference_date" in tr["rules_off"] or k != 1 or ev_path[0].dep_ != "npadvmod" \
            or ev_path[1].tag_ not in ("JJR", "RBR") or not own or own[0].dep_ != "prep" \
            or tr["difference_baseline"].search(text, ev_path[1].idx, d.char_start):
        return False
    marks = tr["difference_marks"]
    return any(t.lower_ in marks or _marked(t, marks) for t in own)


def _difference_clause(text: str, d: TimeExpr, ev_path: list, k: int, own: list, tr: dict) -> bool:
    """:func:`_difference` when the parser hangs the comparison's clause on the predicate whose
    object is the comparative ("contributed $115.2 billion more to Medicare than they took out
    between 2002 and 2009": "took" on "contributed", not on "more"): the date under a preposition
    in that clause is the difference's period too (``difference_clause``)."""
    if "difference_clause" in tr["rules_off"] or k != 2 or ev_path[0].dep_ != "npadvmod" \
            or ev_path[1].tag_ not in ("JJR", "RBR") or ev_path[1].dep_ not in ("dobj", "attr") \
            or not own or own[0].dep_ != "prep" or own[-1].pos_ not in _VERBAL or own[-1].dep_ != "advcl" \
            or tr["difference_baseline"].search(text, ev_path[1].idx, d.char_start):
        return False
    return _marked(own[-1], tr["difference_marks"])


def _argument_clause(text: str, event: tuple[int, int], d: TimeExpr, ev, ev_path: list, k: int,
                     verbs: list, tr: dict) -> bool:
    """A figure, and after it one relative or participial clause holding the date, on a noun that
    is an argument of the figure's predicate or the object of one of its prepositions ("sold $1.5
    million … worth of stock … in transactions that took place on Jan. 31", "reduce … spending by
    $502 billion for vehicles built between 1975 and 2029"): the clause times the figure's act,
    so its date is the figure's (``argument_clause_date``)."""
    if "argument_clause_date" in tr["rules_off"] or d.char_start < event[1] or not _quantity(text, event, ev):
        return False
    # (fourteenth pass) an infinitive completing a verb without a subject is part of its clause ("cuts
    # that are set to hit in January": one clause, ``raised_argument_clause``)
    clause = verbs if "raised_argument_clause" in tr["rules_off"] \
        else [t for t in verbs if not (t.dep_ in tr["raising_deps"] and _subjectless(t))]
    if len(clause) != 1 or clause[0].i != verbs[-1].i:
        return False
    v, lca = verbs[-1], ev_path[k]
    noun = v.head
    if not (v.dep_ in ("relcl", "acl") and lca.pos_ in _VERBAL and noun.pos_ in ("NOUN", "PROPN")):
        return False
    if noun.head.i == lca.i or (noun.head.dep_ == "prep" and noun.head.head.i == lca.i):
        return True
    # (fourteenth pass) ... or a noun reached from one of its prepositions through "of" phrases ("$45
    # billion from the next round of the sequester cuts that are set to hit in January",
    # ``raised_argument_clause``)
    if "raised_argument_clause" in tr["rules_off"]:
        return False
    t = noun
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
        t = t.head.head
    return t.i != noun.i and t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i == lca.i


def _start_participle(text: str, event: tuple[int, int], ev, verb, lca, tr: dict) -> bool:
    """A participle of a start verb (``start_verbs``) without a subject on a figure's predicate
    ("cuts of $1.2 trillion … will take place over a decade, beginning in January"): it opens
    the figure's period, so its date is the figure's (``start_participle``); (dates pass thirteen)
    also when the parser labels the participle a preposition ("to donate $100 billion a year
    beginning in 2020": ``start_prep_label``, shipped off, one gold sentence)."""
    deps = ("advcl", "xcomp", "acl") + (("prep",) if "start_prep_label" not in tr["rules_off"] else ())
    return "start_participle" not in tr["rules_off"] and verb.tag_ == "VBG" and verb.head.i == lca.i \
        and verb.dep_ in deps and verb.lemma_.lower() in tr["start_verbs"] \
        and _subjectless(verb) and _quantity(text, event, ev)


def _deadline_goal(t, lca, prep, tr: dict) -> bool:
    """``t`` is the object of a goal preposition on the meeting point (``goal_prepositions``) and
    the date hangs on the same predicate under a deadline preposition (``deadline_prepositions``:
    "making dents in the Times' march toward $800 million in digital revenues by 2020"): the
    deadline dates the goal, which is no other act (``deadline_goal``)."""
    return "deadline_goal" not in tr["rules_off"] and prep is not None \
        and prep.lower_ in tr["deadline_prepositions"] and prep.head.i == lca.i \
        and t.dep_ == "pobj" and t.head.lower_ in tr["goal_prepositions"] and t.head.head.i == lca.i


def _shared_subject(ev_path: list, k: int, verbs: list, tr: dict) -> bool:
    """The event is the subject of the meeting point and the date on a verb coordinated with it
    that has no subject of its own ("The talks would be the first … and will take place by
    May"): the later conjunct says what the event does, its date is the event's
    (``shared_subject``)."""
    if "shared_subject" in tr["rules_off"] or len(verbs) != 1 or k == 0:
        return False
    v = verbs[0]
    return v.dep_ == "conj" and v.head.i == ev_path[k].i and _subjectless(v) \
        and ev_path[k - 1].dep_ in ("nsubj", "nsubjpass")


def _measure_participle(verb, between: list, tr: dict) -> bool:
    """The figure is the measure of a participle without a subject on a noun ("trips valued at $5.2
    million", "a deal for vaccines valued at $1.5 billion", "prizes totaling $150,000"): the
    figure is that noun's value, so the noun's date, or the date of the act the noun takes part in,
    is the figure's (``measure_participle``; verbs ``measure_participles``). Only the first verb
    on the figure's way up, reached directly or through one preposition, on a noun that is an
    argument of the meeting point (the head of ``between[-1]``) or the object of one of its
    prepositions.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> doc = parse_one("They signed a deal for jets valued at $2 billion.")
        >>> between = [doc[10], doc[7], doc[6], doc[5], doc[4]]  # "$2 billion" up to "deal"
        >>> [t.text for t in between], _measure_participle(doc[6], between, load_lexicon().tree)
        (['billion', 'at', 'valued', 'jets', 'for'], True)
    """
    if "measure_participle" in tr["rules_off"] or verb.dep_ != "acl" or not _subjectless(verb) \
            or verb.lemma_.lower() not in tr["measure_participles"]:
        return False
    below = [t for t in between if t.i != verb.i and verb.is_ancestor(t)]
    if any(t.pos_ in _VERBAL for t in below) or sum(t.dep_ == "prep" for t in below) > 1:
        return False
    # the measured noun is an argument of the meeting point, or the object of one of its
    # prepositions ("indicted … for 60 counts of violations amounting to $250,000": deeper, not)
    lca = between[-1].head if between else verb.head
    noun = verb.head
    return noun.head.i == lca.i or (noun.head.dep_ == "prep" and noun.head.head.i == lca.i)


def _conjunct_scope(text: str, event: tuple[int, int], d: TimeExpr, ev, ev_path: list, k: int,
                    verbs: list, tr: dict) -> bool:
    """A figure in the first of two verb phrases coordinated under one auxiliary, and a date
    closing the later one ("would raise output by $113 billion and add new jobs next year",
    "have raised $8 million and spent it on ads this cycle"): the trailing date scopes over both
    conjuncts (``conjunct_scope``). Only a later conjunct without a subject or an auxiliary of its
    own, right on the figure's predicate, which has one ("sold the house for $82,000 and bought a
    farm in 1990": the farm's date), with nothing but punctuation or a clause of its own after the
    date in that conjunct.

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> t = "The plan would cut costs by $40 billion and create new jobs next year."
        >>> d = attach_date(t, event=(26, 37), dates=resolve_dates(t, anchor=date(2020, 1, 1)))
        >>> d.surface
        'next year'
    """
    if "conjunct_scope" in tr["rules_off"] or len(verbs) != 1 or k == 0 or not _quantity(text, event, ev):
        return False
    v, lca = verbs[0], ev_path[k]
    if not (v.dep_ == "conj" and v.head.i == lca.i and lca.pos_ in _VERBAL and v.pos_ in _VERBAL
            and _subjectless(v) and ev_path[k - 1].dep_ not in _SUBJECTS
            and event[1] <= v.idx < d.char_start
            and any(c.dep_ == "aux" for c in lca.children) and not any(c.dep_ == "aux" for c in v.children)):
        return False
    # the date closes the later conjunct: after it, only punctuation or a clause of its own
    rest = [t for t in v.subtree if t.idx >= d.char_end]
    return not any(not t.is_punct and not any(a.dep_ in tr["trailing_clause_deps"] and a.head.i == v.i
                                              for a in [t, *t.ancestors] if a.i != v.i)
                   for t in rest)


def _change_start(text: str, event: tuple[int, int], d: TimeExpr, ev_path: list, k: int,
                  lex: TemporalLexicon) -> bool:
    """The event is the start value of a change "from X to Y" and the date a point after the end
    value ("goes from 14 cents to 24 cents a gallon in July"): the date is the end value's, the
    start value the earlier state (``change_end_date``); a span ("fell from $63,000 to $55,600
    between 2000 and 2011") covers both."""
    tr = lex.tree
    if "change_end_date" in tr["rules_off"] or not _quantity(text, event, None) or k == 0 \
            or ev_path[1].lower_ not in tr["change_sources"] or d.char_start < event[1] or _period(text, d, lex):
        return False
    src = ev_path[1]  # "to" hangs on "from" or on the change verb, by the parse
    to = next((t for h in (src, src.head) for t in h.children if t.dep_ == "prep"
               and t.lower_ in tr["end_prepositions"] and t.idx >= event[1]), None) if src.dep_ == "prep" else None
    if to is None:
        return False
    end = max(x.idx + len(x.text) for x in to.subtree)
    return to.idx < d.char_start and (end <= d.char_start or any(
        c.isdigit() for c in text[to.idx:d.char_start]))


def _antecedent_time(d: TimeExpr, between: list, tr: dict) -> bool:
    """The event in a relative clause on the date opened by a preposition and "which" with a time
    noun (``antecedent_time_nouns``: "…, but not until 2024, by which time inflation should make
    it about $12 an hour"): the clause's time is its antecedent, the date (``antecedent_time``)."""
    if "antecedent_time" in tr["rules_off"]:
        return False
    for v in between:
        if v.dep_ == "relcl" and d.char_start <= v.head.idx < d.char_end and any(
                c.dep_ == "prep" and any(n.lemma_.lower() in tr["antecedent_time_nouns"]
                                         and any(w.lower_ == "which" for w in n.children) for n in c.children)
                for c in v.children):
            return True
    return False


def _before_subject(text: str, d: TimeExpr, verb) -> bool:
    """A date set off by a comma before the subject of ``verb`` ("By 2027, it would …")."""
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return subj is not None and d.char_end <= subj.left_edge.idx and bool(re.match(r"\s*,", text[d.char_end:]))


def _bracketed(text: str, event: tuple[int, int], lex: TemporalLexicon) -> bool:
    """The event inside brackets ("(defined as firms with at least $50 million …)")."""
    depth = 0
    for c in text[:event[0]]:
        if c in lex.brackets:
            depth += 1
        elif c in lex.brackets.values() and depth:
            depth -= 1
    return depth > 0


def _fronted_phrase(t, head) -> bool:
    """``t`` is a phrase on ``head`` that opens the sentence and is set off by a comma ("During
    the same time span from 2015-2019, employees made …")."""
    if t is None or t.i >= head.i:
        return False
    toks = sorted(t.subtree, key=lambda x: x.i)
    first, last = toks[0], toks[-1]
    return all(x.is_punct for x in first.doc[:first.i]) and last.i + 1 < len(last.doc) \
        and last.nbor(1).text == ","


def _fronted_subject_phrase(t, verb, d: TimeExpr | None = None) -> bool:
    """``t`` is a phrase on ``verb`` that opens the sentence, is set off by a comma and stands
    before the verb's subject (``fronted_phrase_scope``: "In spring in California under a
    high-wind scenario, prices may reach …"); with ``d``, the date is the phrase's own head or
    its preposition's object, not a word deeper in it ("In his address Tuesday night, …": the
    address's date).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> doc = parse_one("In spring in California under a windy scenario, prices may reach $55.")
        >>> verb = next(t for t in doc if t.lemma_ == "reach")
        >>> _fronted_subject_phrase(doc[0], verb)
        True
        >>> _fronted_subject_phrase(doc[0], doc[0])
        False
    """
    if not _fronted_phrase(t, verb):
        return False
    if d is not None and not any(d.char_start <= x.idx < d.char_end
                                 for x in [t, *(c for c in t.children if c.dep_ == "pobj")]):
        return False
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return subj is not None and max(x.i for x in t.subtree) < subj.left_edge.i


def _parallel(lca, between: list, d: TimeExpr, event: tuple[int, int], gov) -> bool:
    """The event is in a later clause coordinated with the meeting point and has its verb
    ("made $200,000 in 2019, and 1,326 officers made 6 figures"), and the date sits on the
    first clause's verb (``gov``), between the two verbs."""
    return lca.pos_ in _VERBAL and gov is not None and gov.i == lca.i \
        and lca.idx < d.char_start < event[0] and any(
        t.dep_ == "conj" and t.pos_ in _VERBAL and t.lemma_.lower() == lca.lemma_.lower() for t in between)


def _tree(text: str, event: tuple[int, int], dates: list[TimeExpr], doc, anchor: date | None,
          lex: TemporalLexicon, others: frozenset = frozenset()) -> TimeExpr | None:
    ev = _head(doc, *event)
    if ev is None:
        return None
    ev_path = _path(ev)
    ev_ids = {t.i: k for k, t in enumerate(ev_path)}
    root_k = next((k for k, t in enumerate(ev_path) if t.dep_ not in _FIGURE_DEPS
                   or t.head.pos_ not in ("NOUN", "PROPN")), 0)
    best = None
    s, e = event
    own_first = "own_clause_first" not in lex.tree["rules_off"]
    period_first = "period_over_day" not in lex.tree["rules_off"]
    quantity = _quantity(text, event, ev)
    own_k = next((k for k, t in enumerate(ev_path) if t.pos_ in _VERBAL), len(ev_path))
    segs, rel = _clause_sets(text, dates, lex)
    ev_clauses = _ids_of(segs, s, e)
    acts = [t.idx + len(t.text) for t in doc if t.pos_ in _VERBAL and t.dep_ not in ("acl", "amod")
            and (_verb_class(t.lemma_, lex) or _verb_class(t.text, lex)) in ("reporting", "announcing")]
    for d in dates:
        dh = _head(doc, d.char_start, d.char_end)
        if dh is None:
            continue
        if dh.dep_ not in _NOUN_MODIFIER and not _span(text, d, lex) and any(
                ve <= d.char_start and not ve <= s < d.char_start
                and len(words := _WORD.findall(text[ve:d.char_start])) <= lex.verb_date_gap_words
                and not any(w.lower() in lex.tree["complementizers"] for w in words) for ve in acts):
            continue  # "said on Monday he would meet Xi next month": the date of the saying
        d_path = _path(dh)
        if "relating_object_date" not in lex.tree["rules_off"]:
            d_path = _relating_object_date(d, d_path, lex.tree)
        if "comma_subject_scope" not in lex.tree["rules_off"]:
            d_path = _comma_subject(text, d, d_path, lex.tree)
        # the date's own tokens do not count as its attachment point
        n_own = next((k for k, t in enumerate(d_path) if not d.char_start <= t.idx < d.char_end),
                     len(d_path))
        d_path = _span_to_clause(text, d, d_path, n_own, ev_ids, lex)
        j = next((k for k, t in enumerate(d_path) if t.i in ev_ids), None)
        if j is None:
            continue
        n_own = min(_own_end(d_path, n_own, lex.tree), j)
        k = ev_ids[d_path[j].i]
        other = (d.char_start, d.char_end) in others and not _coordinated_figure(text, d, ev, doc, lex) \
            and not _part_figure(text, d, ev_path, doc, lex)
        if other and not _parallel(ev_path[k], ev_path[:k], d, event, _governor(d_path[:j + 1], n_own)):
            continue  # another figure's date, unless carried over to a parallel clause or the
            # figure is coordinated with the event (twenty-first pass, ``coordinated_figure``)
        if _relative_on_date(d, d_path[:j], dates, doc, lex):
            continue
        if _blocked(text, event, d, dates, ev, ev_path, k, d_path, j, n_own, anchor, lex) is not None \
                and not _carried_period(text, event, d, ev_path, d_path, n_own, lex):
            continue
        in_phrase = k <= root_k
        in_clause = bool(rel[(d.char_start, d.char_end)] & ev_clauses)
        dverbs = [t for t in d_path[n_own:j] if t.pos_ in _VERBAL]
        n_verbs = len(dverbs)
        gap = d.char_start - e if d.char_start >= e else s - d.char_start
        # path length without prepositions ("as of early August" is no longer than "in May")
        n_words = sum(t.pos_ != "ADP" and t.dep_ != "prep" for t in d_path[n_own:j])
        if n_verbs == 1 and _purpose_infinitive(text, event, ev, ev_path, k, dverbs[0], lex.tree):
            n_verbs, n_words = 0, n_words - 1  # (tenth pass) the figure's purpose is its own clause
        # ranked after the rest: a time bound ("before the 2016 election"), another figure's
        # date carried over to a parallel clause
        bound = any(_relational(t, lex.tree["relational_prepositions"]) for t in d_path[n_own:j])
        # (own_clause_first, switched off: a figure's date meeting it at or below its own
        # predicate before one on a governing act above it)
        above = own_first and quantity and k > own_k
        # (dates pass thirteen) on a verb of planning or announcing, a single day is the act's and a
        # longer period the planned figure's: of two dates tied on the tree the period wins ("Warren on
        # Friday proposed $20 trillion in federal spending over the next decade": ``period_over_day``,
        # shipped off: one gold sentence; on any verb r6 -2)
        day = period_first and quantity and d.start is not None and d.start == d.end \
            and (_verb_class(ev_path[k].lemma_, lex) or _verb_class(ev_path[k].text, lex)) in ("planning", "announcing")
        key = (other, bound, above, not in_phrase, not in_clause, n_verbs,
               n_words + k, day, gap)
        if best is None or key < best[0]:
            best = (key, d)
    return best[1] if best else None


def _listed(text: str, dates: Sequence[TimeExpr], n: int) -> set[tuple[int, int]]:
    """Dates in a run of ``n`` or more with only digits and punctuation between (a chart's
    axis labels, a timeline): they modify nothing."""
    ds = sorted(dates, key=lambda d: d.char_start)
    out: set[tuple[int, int]] = set()
    run: list[TimeExpr] = []
    for d in ds:
        if run and not _WORD.search(text, run[-1].char_end, d.char_start) \
                and d.char_start >= run[-1].char_end:
            run.append(d)
        else:
            run = [d]
        if len(run) >= n:
            out |= {(x.char_start, x.char_end) for x in run}
    return out


def _figure_match(text: str, d, lex: TemporalLexicon):
    """The figure written right before a date, with at most a link word or two between ("up from
    $28bn in July"; ``figure_before``; a deictic date also right after a bare figure, "the $2
    billion this year": ``figure_deictic_date``): a regex match, or None."""
    tr = lex.tree
    m = lex.figure_before.search(text, max(0, d.char_start - 80), d.char_start)
    if m is None and "figure_deictic_date" not in tr["rules_off"] and getattr(d, "rule", None) in tr["deictic_rules"]:
        # "the $2 billion this year", "from $305.9 million last year to …"
        m = tr["figure_right_before"].search(text, max(0, d.char_start - 40), d.char_start)
    return m


def _coordinated_figure(text: str, d, ev, doc, lex: TemporalLexicon) -> bool:
    """The figure a date is written right after (:func:`_figure_match`) is coordinated with the
    event on the parse, a conjunct of the event's phrase or the event of its ("to a $325 minimum or
    2 percent of income in 2015"): one alternative amount, so the date is shared
    (``coordinated_figure``).

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> from summitlens.text.parse import parse_one
        >>> t = "The fee rose to a $50 minimum or 3 percent of sales in 2019."
        >>> doc, d = parse_one(t), resolve_dates(t, anchor=date(2020, 1, 1))[0]
        >>> lex = load_lexicon()
        >>> off = replace(lex, tree={**lex.tree, "rules_off": lex.tree["rules_off"] | {"coordinated_figure"}})
        >>> _coordinated_figure(t, d, _head(doc, 18, 21), doc, lex), _coordinated_figure(t, d, _head(doc, 18, 21), doc, off)
        (True, False)
    """
    if "coordinated_figure" in lex.tree["rules_off"]:
        return False
    m = _figure_match(text, d, lex)
    fig = m and _head(doc, m.start(), m.start() + len(m.group().split()[0]))
    if not fig:
        return False
    def noun(t):  # the noun a figure counts, whatever its tag ("a $695 minimum": "minimum" as ADJ)
        while t.dep_ in _FIGURE_DEPS and t.head.i != t.i:
            t = t.head
        return t

    a, b = noun(ev), noun(fig)
    if a.i == b.i:
        return False
    if (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i):
        return True
    return _series_figure(a, b, lex)


def _part_figure(text: str, d, ev_path: list, doc, lex: TemporalLexicon) -> bool:
    """The event is a part of the figure a date is written right after (:func:`_figure_match`),
    reached through one of ``part_links`` hung on that figure's phrase ("costs of $1.5 billion last
    year, including $1 billion in lost revenue and $500 million in pumping costs"): the parts hold
    for the whole's period (``part_figure``).

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> from summitlens.text.parse import parse_one
        >>> t = "The firm booked costs of $9 million in 2019, including $4 million in fines."
        >>> doc, d = parse_one(t), resolve_dates(t, anchor=date(2020, 1, 1))[0]
        >>> lex = load_lexicon()  # shipped switched off: one gold sentence (r31)
        >>> on = replace(lex, tree={**lex.tree, "rules_off": lex.tree["rules_off"] - {"part_figure"}})
        >>> ev_path = _path(_head(doc, 55, 65))
        >>> _part_figure(t, d, ev_path, doc, on), _part_figure(t, d, ev_path, doc, lex)
        (True, False)
    """
    tr = lex.tree
    if "part_figure" in tr["rules_off"]:
        return False
    m = _figure_match(text, d, lex)
    fig = m and _head(doc, m.start(), m.start() + len(m.group().split()[0]))
    if not fig:
        return False
    return any(t.lower_ in tr["part_links"] and t.dep_ == "prep" and fig.i < t.i
               and (t.head.i == fig.i or t.head.is_ancestor(fig)) for t in ev_path[1:])


def _series_figure(a, b, lex: TemporalLexicon) -> bool:
    """Two figures in one series on the parse, linked through conjuncts and appositions among
    figures ("raised $7 million, then $10 million, then $38 million in 2019": each a value of
    the series, so the date after the last is shared; part of ``coordinated_figure``, attachment
    pass three).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> doc = parse_one("She raised $2 million, then $5 million, then $9 million in 2019.")
        >>> lex = load_lexicon()
        >>> _series_figure(_head(doc, 11, 21), _head(doc, 40, 50), lex)
        True
    """
    if "coordinated_figure" in lex.tree["rules_off"]:
        return False

    def chain(t):  # the first figure of the series a figure stands in, and the figures on the way
        seen = [t]
        while t.dep_ in ("conj", "appos") and t.head.i != t.i and t.head.like_num:
            t = t.head
            seen.append(t)
        return seen

    ca, cb = chain(a), chain(b)
    return ca[-1].i == cb[-1].i


def _other_figures(text: str, event: tuple[int, int], dates: Sequence, lex: TemporalLexicon) -> set:
    """Dates right after a figure other than the event ("up from $28bn in July"): that
    figure's dates. A figure coordinated with the event ("$25,000 and $85,000 in 2018")
    shares its date with it."""
    s, e = event
    out = set()
    tr = lex.tree
    for d in dates:
        m = _figure_match(text, d, lex)
        if m is None or (m.start() < e and s < m.end()):
            continue
        if e <= m.start() and lex.coordination.fullmatch(text, e, m.start()):
            continue
        if "range_figure" not in tr["rules_off"] and e <= m.start() and tr["range_link"].fullmatch(text, e, m.start()) \
                and not tr["range_start_before"].search(text, max(0, s - 30), s):
            continue  # (nineteenth pass) "$453 million to $289 million in the 2014 cycle"
        out.add((d.char_start, d.char_end))
    if "appositive_date" not in tr["rules_off"]:
        # (tenth pass) a date in apposition to another figure's date ("from $22.1 billion in
        # February, the last month before the pandemic") is that figure's too
        ds = sorted(dates, key=lambda d: d.char_start)
        for p, d in zip(ds, ds[1:]):
            if (p.char_start, p.char_end) in out and d.char_start >= p.char_end \
                    and tr["appositive_link"].fullmatch(text, p.char_end, d.char_start):
                out.add((d.char_start, d.char_end))
    return out


_MULTI = {"day": "multi-day", "month": "multi-month", "year": "multi-year"}


def _coordinated(text: str, dates: Sequence, lex: TemporalLexicon) -> list:
    """Dates with coordinations of one granularity joined ("in 2018 and 2019", "today and
    tomorrow"): coordinated dates modify an event together. A group of :class:`TimeExpr` becomes
    one spanning expression; other date objects keep the group's last member."""
    out: list = []
    for d in sorted(dates, key=lambda d: d.char_start):
        p = out[-1] if out else None
        if p is not None and getattr(p, "granularity", None) == getattr(d, "granularity", None) \
                and lex.coordination.fullmatch(text, p.char_end, d.char_start):
            if isinstance(p, TimeExpr) and isinstance(d, TimeExpr):
                d = replace(d, char_start=p.char_start, surface=text[p.char_start:d.char_end],
                            start=min((x for x in (p.start, d.start) if x), default=None),
                            end=max((x for x in (p.end, d.end) if x), default=None),
                            granularity=_MULTI.get(d.granularity, d.granularity))
            out[-1] = d
        else:
            out.append(d)
    return out


def _baseline(text: str, event: tuple[int, int], d: TimeExpr, lex: TemporalLexicon) -> bool:
    """A date that dates no act: a comparison baseline ("$100 billion below 2010", "2017
    levels"), a price level ("in today's dollars"), a futures contract ("April gold"), (dates pass
    nine) the base a change is counted from ("a $10 billion increase from the previous year",
    ``change_base``; regexes ``change_base_before`` and, for the start of a range that is no
    base, ``change_base_range_after``: "up from 2015 to 2018") — unless the event is inside the
    date's own noun phrase ("more than this week's payment of $2,172"). ``change_base`` ships in ``rules_off`` (one gold sentence).

    Examples:
        >>> from summitlens.extract.dates.lexicon import load_lexicon
        >>> lx = load_lexicon()
        >>> on = replace(lx, tree={**lx.tree, "rules_off": lx.tree["rules_off"] - {"change_base"}})
        >>> t = "trade rose in 2011, a $10 billion increase from the previous year"
        >>> x = TimeExpr(t.index("the previous"), len(t), "the previous year", None, None, "year", "none", 0.5, "rel_unit")
        >>> _baseline(t, (t.index("$"), t.index(" increase")), x, lx), _baseline(t, (t.index("$"), t.index(" increase")), x, on)
        (False, True)
    """
    if d.char_end <= event[0] and lex.possessive_between.fullmatch(text, d.char_end, event[0]):
        return False
    if _own_level(text, event, d, lex):
        return False
    if "change_base" not in lex.tree["rules_off"] \
            and lex.tree["change_base_before"].search(text, max(0, d.char_start - 40), d.char_start) \
            and not lex.tree["change_base_range_after"].match(text, d.char_end) and not str(d.granularity).startswith("multi"):
        return True  # "a $10 billion increase from the previous year": the base of the change
    if "difference_than" not in lex.tree["rules_off"] and d.char_start >= event[1] \
            and lex.tree["difference_than_link"].fullmatch(text, event[1], d.char_start):
        return False  # (twenty-fifth pass) "$7,655 more per year than in 1991": the difference's period
    return bool(lex.baseline_before.search(text, max(0, d.char_start - 40), d.char_start)
                or lex.baseline_after.match(text, d.char_end)
                or (getattr(d, "rule", None) in lex.contract_rules and lex.contract_after.match(text, d.char_end)))


def _own_level(text: str, event: tuple[int, int], d, lex: TemporalLexicon) -> bool:
    """(twenty-third pass) A level the date is written before whose value is the event: the
    figure as its "of" complement ("the 2015 level of $2.1 trillion") or the level as the figure's
    apposition ("from $640 billion, the fiscal 2015 level"): the level's date is the figure's, no
    baseline (``own_level``; regexes ``own_level_after`` and ``own_level_before``).

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> t = "Output was $1.8 trillion, below the 2015 level of $2.1 trillion."
        >>> d = resolve_dates(t, anchor=date(2020, 1, 1))[0]
        >>> _own_level(t, (t.index("$2.1"), len(t) - 1), d, load_lexicon())
        True
        >>> _own_level(t, (t.index("$1.8"), t.index(",")), d, load_lexicon())
        False
    """
    tr = lex.tree
    if "own_level" in tr["rules_off"]:
        return False
    if d.char_end <= event[0]:
        return bool(tr["own_level_after"].fullmatch(text, d.char_end, event[0]))
    return bool(tr["own_level_before"].fullmatch(text, event[1], d.char_start)
                and lex.baseline_after.match(text, d.char_end))


def _relating_between(text: str, event: tuple[int, int], d, lex: TemporalLexicon) -> bool:
    """A relating preposition between the event and a date after it ("another inter-Korean
    summit, similar to those he was involved in organizing in 2000 and 2007"): the date may be
    another act's, which only the tree shows."""
    return d.char_start >= event[1] and lex.relating.search(text, event[1], d.char_start) is not None


def _caption_date(text: str, d, lex: TemporalLexicon) -> bool:
    """A photo caption's trailing date, set off by a comma after the place ("… after their
    meeting at the Presidential Palace in Helsinki, Finland, Monday, July 16, 2018. (AP
    Photo/…)"): it dates the event the place belongs to, which the tree shows, whatever
    the clause cut."""
    return bool(lex.caption_before.search(text, max(0, d.char_start - 30), d.char_start)
                and lex.caption_after.fullmatch(text, d.char_end))


def _in_relative_clause(text: str, d, lex: TemporalLexicon) -> bool:
    """A date inside a clause opened by a date-relative subordinator after the event ("the first
    meeting between a sitting US president and North Korean leader when Donald Trump and Kim
    meet in May or June"): whether the clause dates the event's noun only the tree shows."""
    segs = clause_ids(text, dates=[d], lexicon=lex)
    seg = next(((a, b) for a, b, _ in segs if a <= d.char_start < b), None)
    w = seg and re.match(r"\W*([A-Za-z]+)", text[seg[0]:seg[1]])
    return bool(w) and seg[0] > 0 and w.group(1).lower() in lex.date_relative


def _item(text: str, event: tuple[int, int], lex: TemporalLexicon) -> tuple[int, int]:
    """The list item holding the event: the text between the item breaks (``;``) around it
    ("a three-year hike …, started in 2013, from $7.25 to $9.00 an hour; a 2015 law …"). A
    date in another item dates that item's act."""
    a, b = 0, len(text)
    for m in lex.item_breaks.finditer(text):
        if m.end() <= event[0]:
            a = m.end()
        elif m.start() >= event[1]:
            b = m.start()
            break
    return a, b


def _rate(t, verb, tr: dict) -> bool:
    """The figure token ``t`` is a rate per unit of time: a time unit under it with a rate marker
    ("$4 billion a year", "$200 per month"), or a rate adverb under it or its verb ("pays out $9
    billion annually")."""
    if any(c.lower_ in tr["rate_adverbs"] for c in list(t.children) + list(verb.children)):
        return True
    for c in t.children:
        if c.lemma_.lower() in tr["rate_units"] and any(x.lower_ in tr["rate_markers"] for x in c.children):
            return True
        if c.lower_ in tr["rate_markers"] and any(x.lemma_.lower() in tr["rate_units"] for x in c.children):
            return True  # "per year": the unit under the preposition
    return False


def _generic_present(text: str, event: tuple[int, int], d, doc, lex: TemporalLexicon) -> bool:
    """(dates pass thirteen) A deictic "today" on a present-tense verb without an auxiliary whose
    figure is a rate per unit of time ("Today, drug companies spend $4 billion a year on ads"):
    "nowadays", a habit and no dated act, so it dates no figure (``generic_present``; vocabulary
    ``generic_deictic_words``, ``rate_units``, ``rate_markers``, ``rate_adverbs``, ``present_tags``).
    A level without a rate stays dated ("The average plan today costs $3,000 more").

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> from summitlens.text.parse import parse_one
        >>> t = "Today, drug companies spend $4 billion a year on ads."
        >>> d = resolve_dates(t, anchor=date(2016, 10, 26))[0]
        >>> _generic_present(t, (t.index("$"), t.index(" a year")), d, parse_one(t), load_lexicon())
        True
        >>> t = "Today, drug companies spent $4 billion on ads."
        >>> d = resolve_dates(t, anchor=date(2016, 10, 26))[0]
        >>> _generic_present(t, (t.index("$"), t.index(" on ads")), d, parse_one(t), load_lexicon())
        False
    """
    tr = lex.tree
    if "generic_present" in tr["rules_off"] or d.surface.lower() not in tr["generic_deictic_words"]:
        return False
    ev, dh = _head(doc, *event), _head(doc, d.char_start, d.char_end)
    if ev is None or dh is None:
        return False
    verb = ev
    while verb.pos_ not in _VERBAL and verb.head.i != verb.i:
        verb = verb.head
    return verb.pos_ in _VERBAL and dh.head.i == verb.i and verb.tag_ in tr["present_tags"] \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and _rate(ev, verb, tr)


def _named_weekday(text: str, d, lex: TemporalLexicon) -> bool:
    """A weekday inside a proper name, a brand or a restaurant ("$6 appletinis at TGI
    Friday's"): no date (``weekday_in_name``; ``weekday_name_before`` / ``weekday_name_after``).

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> t = "They sold $9 burgers at ACME Tuesday's on Main Street and paid $5 on Tuesday."
        >>> [_named_weekday(t, d, load_lexicon()) for d in resolve_dates(t, anchor=date(2020, 3, 5))]
        [True, False]
    """
    tr = lex.tree
    if "weekday_in_name" in tr["rules_off"] or getattr(d, "rule", None) != "weekday":
        return False
    return tr["weekday_name_before"].search(text, 0, d.char_start) is not None \
        or tr["weekday_name_after"].match(text[d.char_end:]) is not None


def _deadline_date(text: str, event: tuple[int, int], d, lex: TemporalLexicon) -> bool:
    """A date written as the attribute of a deadline ("failed to meet a February 2011 deadline
    for its $100,000 car"): the deadline's date, never a figure's (``deadline_noun``;
    ``deadline_after``).

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> t = "The firm missed a March 2019 deadline for its $40,000 truck."
        >>> [_deadline_date(t, (t.index("$"), t.index(" truck")), d, load_lexicon())
        ...  for d in resolve_dates(t, anchor=date(2020, 3, 5))]
        [True]
    """
    tr = lex.tree
    return "deadline_noun" not in tr["rules_off"] and _quantity(text, event, None) \
        and tr["deadline_after"].match(text[d.char_end:]) is not None


def _source_container(text: str, event: tuple[int, int], d: TimeExpr, gov, ev_path: list, k: int,
                      tr: dict) -> bool:
    """A date written before a noun naming the budget, fund or campaign a figure is taken from,
    the "from" phrase hanging on the figure's noun or its predicate ("the $1.6 trillion target
    from his 2013 budget proposal", "shifting $2.2 billion from its fiscal 2020 budget"): the
    container's period is the figure's (``source_container``; ``source_container_nouns``). The
    phrase follows the figure with no other figure between ("$2.2 billion from its 2020 budget and
    $1.6 billion from the war fund": the budget is not the second figure's source)."""
    if "source_container" in tr["rules_off"] or gov is None or gov.dep_ != "pobj" \
            or d.char_end > gov.idx or gov.lemma_.lower() not in tr["source_container_nouns"] \
            or gov.head.lower_ not in tr["source_prepositions"] or gov.head.idx < event[1] \
            or tr["source_figure"].search(text, event[1], gov.head.idx) is not None:
        return False
    on = gov.head.head
    if on.i in {t.i for t in ev_path[:k + 1]}:
        return True
    # (attachment pass six) ... or on a participle without a subject on the figure ("$12.5 million
    # left over from her 2018 Senate campaign": ``container_participle``)
    return "container_participle" not in tr["rules_off"] and on.dep_ == "acl" and on.pos_ in _VERBAL \
        and _subjectless(on) and on.head.i in {t.i for t in ev_path[:k + 1]}


def _when_clause_date(text: str, event: tuple[int, int], cands: Sequence[TimeExpr], doc,
                      lex: TemporalLexicon) -> TimeExpr | None:
    """A figure followed at once by a "when" clause ("fell from around $50 when she took over in
    1999 to around $20 when she left in 2005"): the clause says when the figure held, so the first
    date inside it, before the next figure, is the figure's, wherever the parser hung the clause
    (``figure_when_clause``; ``when_after_figure``).

    Examples:
        >>> from dataclasses import replace
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> lex = load_lexicon()  # shipped off (one gold sentence): switch it on for the example
        >>> lex = replace(lex, tree={**lex.tree, "rules_off": lex.tree["rules_off"] - {"figure_when_clause"}})
        >>> t = "Rent rose from $900 when we moved in 2010 to $1,400 when we left in 2019."
        >>> ds = resolve_dates(t, anchor=date(2021, 1, 5))
        >>> [attach_date(t, event=(t.index(f), t.index(f) + len(f)), dates=ds, lexicon=lex).surface
        ...  for f in ("$900", "$1,400")]
        ['2010', '2019']
    """
    tr = lex.tree
    s, e = event
    if "figure_when_clause" in tr["rules_off"] or not _quantity(text, event, None) \
            or tr["when_after_figure"].match(text, e) is None:
        return None
    mark = next((t for t in doc if t.idx >= e), None)
    if mark is None or mark.lower_ not in tr["when_marks"] or mark.dep_ not in ("advmod", "mark") \
            or mark.head.pos_ not in _VERBAL or mark.head.i < mark.i:
        return None
    clause = {t.i for t in mark.head.subtree}
    nxt = tr["source_figure"].search(text, e)
    limit = nxt.start() if nxt is not None else len(text)
    for d in sorted(cands, key=lambda x: x.char_start):
        h = _head(doc, d.char_start, d.char_end)
        if h is not None and e <= d.char_start and d.char_end <= limit and h.i in clause:
            return d
    return None


def _link_blurbs(text: str, lex: TemporalLexicon) -> list[tuple[int, int]]:
    """Link blurbs glued into a sentence (The Hill's hover cards: "President Trump Donald John
    TrumpGOP senators balk at … MORE"): from the headline glued to the repeated surname to the
    closing MORE (rule ``link_blurb``; the pattern of :mod:`summitlens.text.blurbs`).

    Examples:
        >>> from dataclasses import replace
        >>> lex = load_lexicon()  # shipped off: switch it on for the example
        >>> lex = replace(lex, tree={**lex.tree, "rules_off": lex.tree["rules_off"] - {"link_blurb"}})
        >>> t = "Sen. Roy Blunt Roy Dean BluntGOP senators balk at a trial in May MORE said it."
        >>> [t[b:] for a, b in _link_blurbs(t, lex)]
        [' said it.']
        >>> _link_blurbs(t, load_lexicon())
        []
    """
    tr = lex.tree
    if "link_blurb" in tr["rules_off"]:
        return []
    return link_blurbs(text)


def attach_date(text: str, *, event: tuple[int, int], dates: Sequence[TimeExpr], doc=None,
                anchor: date | None = None, lexicon: TemporalLexicon | None = None) -> TimeExpr | None:
    """The date expression that modifies an event of a sentence, or None.

    Args:
        text: The sentence.
        event: ``(start, end)`` of the event in ``text``: a meeting predicate or noun
            ("met", "summit", "trip"), a money amount.
        dates: The sentence's resolved date expressions (offsets local to ``text``).
        doc: A spaCy parse of ``text`` (parsed here when needed and not given).
        anchor: The reference date: a date ending before it, written after a cancelled or
            announced event, dates the cancellation or announcement.
        lexicon: A loaded temporal lexicon (default the packaged one).

    Returns:
        The attached :class:`TimeExpr`, or None when no date modifies the event.

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> t = "Putin canceled a planned summit with Xi last week."
        >>> attach_date(t, event=(25, 31), dates=resolve_dates(t, anchor=date(2024, 5, 2))) is None
        True
        >>> t = "Xi met Putin in Moscow on March 21."
        >>> attach_date(t, event=(3, 6), dates=resolve_dates(t, anchor=date(2023, 3, 22))).surface
        'March 21'
    """
    lex = lexicon or load_lexicon()
    s, e = event
    tr = lex.tree
    blurbs = _link_blurbs(text, lex)
    if blurbs:
        # (twentieth pass) a link blurb glued into the sentence is a text of its own: an event in
        # it takes only its dates, an event outside it none of them, read on the sentence with
        # the blurb blanked (``link_blurb``)
        own = next(((a, b) for a, b in blurbs if a <= s < b), None)
        if own is not None:
            dates = [d for d in dates if own[0] <= d.char_start < own[1]]
        else:
            dates = [d for d in dates if not any(a <= d.char_start < b for a, b in blurbs)]
            text, doc = blank_spans(text, blurbs), None
    if "converted_figure" not in tr["rules_off"] and text[e:].lstrip().startswith(")") \
            and (m := tr["converted_before"].search(text, max(0, s - 60), s)) is not None:
        # (eleventh pass) a converted amount in brackets ("nearly $60bn (£46.7bn) worth of US
        # imports beginning on 1 June"): the same figure in another currency, its neighbour's date
        return attach_date(text, event=(m.start(1), m.end(1)), dates=dates, doc=doc, anchor=anchor, lexicon=lex)
    if "bracketed_figure" not in tr["rules_off"] \
            and (m := tr["bracket_figure_before"].search(text, max(0, s - 80), s)) is not None \
            and (close := text.find(")", e)) >= 0 and "(" not in text[e:close] \
            and not any(m.end(1) <= d.char_start and d.char_end <= close + 1 for d in dates):
        # (twelfth pass) an aside in brackets after another figure ("$358,000 (median home price
        # was $307,000)"), no date of its own: dated as that neighbour
        return attach_date(text, event=(m.start(1), m.end(1)), dates=dates, doc=doc, anchor=anchor, lexicon=lex)
    if "bracket_frame" not in tr["rules_off"] and "(" in text[:s] and ")" in text[e:]:
        if doc is None:
            from summitlens.text.parse import parse_one

            doc = parse_one(text)
        frame = _bracket_frame(text, event, dates, doc, lex)
        if frame is not None:
            # (twenty-fourth pass) a list of figures in brackets after a noun ("agencies like the
            # NIH ($31 billion, up $4 million from 2012)"): dated as that noun, without the
            # comparison bases inside the brackets
            (a, b), (o, c) = frame
            return attach_date(text, event=(a, b), dates=[d for d in dates if not o <= d.char_start < c],
                               doc=doc, anchor=anchor, lexicon=lex)
    if "generic_present" not in tr["rules_off"] and _quantity(text, event, None) \
            and any(d.surface.lower() in tr["generic_deictic_words"] for d in dates):
        if doc is None:
            from summitlens.text.parse import parse_one

            doc = parse_one(text)
        # (dates pass thirteen) "Today, drug companies spend $4 billion a year": "nowadays", no
        # date of a rate (``generic_present``)
        dates = [d for d in dates if not _generic_present(text, event, d, doc, lex)]
    item = _item(text, event, lex)
    cands = _coordinated(text, [d for d in dates if (d.char_end <= s or d.char_start >= e)
                                and item[0] <= d.char_start and d.char_end <= item[1]
                                and getattr(d, "rule", None) not in lex.undating_rules
                                and not _named_weekday(text, d, lex) and not _deadline_date(text, event, d, lex)
                                and not _baseline(text, event, d, lex)], lex)
    others = _other_figures(text, event, cands, lex)
    figures = [d for d in cands if (d.char_start, d.char_end) in others]
    cands = [d for d in cands if (d.char_start, d.char_end) not in others]
    prv = max((d for d in cands if d.char_end <= s), key=lambda d: d.char_end, default=None)
    if prv is not None and lex.copula_between.fullmatch(text, prv.char_end, s) \
            and _quantity(text, event, None):
        return prv  # "the average price in June 2016 was $358,000"
    if len(cands) >= lex.tree["date_list_min"]:
        listed = _listed(text, cands, lex.tree["date_list_min"])
        cands = [d for d in cands if (d.char_start, d.char_end) not in listed]
    if not cands and not figures:
        return None
    if "figure_when_clause" not in tr["rules_off"] and tr["when_after_figure"].match(text, e) is not None \
            and _quantity(text, event, None):
        if doc is None:
            from summitlens.text.parse import parse_one

            doc = parse_one(text)
        # (attachment pass six) "from around $50 when she took over HP in 1999": the "when"
        # clause right after the figure dates it (``figure_when_clause``)
        when = _when_clause_date(text, event, cands, doc, lex)
        if when is not None:
            return when
    pos = [d for d in cands if d.char_end <= s and lex.possessive_between.fullmatch(text, d.char_end, s)]
    if pos:
        return pos[-1]  # "next year's Group of Seven summit"
    if len(cands) == 1 and not others and not _quantity(text, event, None) \
            and not _caption_date(text, cands[0], lex) and not _relating_between(text, event, cands[0], lex) \
            and not (cands[0].char_start >= e and _in_relative_clause(text, cands[0], lex)) \
            and not ("attributive_single" not in tr["rules_off"] and tr["attribute_after"].match(text, cands[0].char_end)):
        return _fast(text, event, cands[0], anchor, lex)
    nxt = min((d for d in cands if d.char_start >= e), key=lambda d: d.char_start, default=None)
    if nxt is not None and lex.adjacent.fullmatch(text, e, nxt.char_start) \
            and _fast(text, event, nxt, anchor, lex, past_rule=False) is not None:
        return nxt  # "$82,300 in 2010": the date right after the event
    if doc is None:
        from summitlens.text.parse import parse_one

        doc = parse_one(text)
    whole = _restated_whole(text, event, doc, lex)
    if whole is not None:
        # (attachment pass seven) "$581 million … in fiscal 2017, or roughly half of the $1.1
        # billion requested": the whole is dated as its share (``restated_whole``)
        return attach_date(text, event=whole, dates=dates, doc=doc, anchor=anchor, lexicon=lex)
    reached = _reached_level(text, event, figures, doc, lex)
    if reached is not None:
        # (attachment pass eight) "rose 0.3 percent in January to $26.74": the level reached takes
        # the change's date (``reached_level``)
        return reached
    equated = _equated_clause(text, event, cands, doc, lex)
    if equated is not None:
        # (attachment pass eight) "$5.7 million is the amount the city paid … between 2011 and
        # 2014": the clause on the noun the figure is equated with dates it (``equated_clause``)
        return equated
    sequel = _sequel_clause(text, event, cands + figures, doc, lex)
    if sequel is not None:
        # (attachment pass eight) "an increase of 3.4 percent in 2018, pushing their median salaries
        # up to $55,291": a sequel clause takes the date of the clause it continues (``sequel_clause``)
        return sequel
    got = _tree(text, event, cands + figures, doc, anchor, lex, frozenset(others))
    # (twenty-second pass) "…, then surpassing $2.50 a gallon": the date "then" points back to
    return got if got is not None else _then_antecedent(text, event, cands, doc, lex)
