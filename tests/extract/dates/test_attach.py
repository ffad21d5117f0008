"""Unit tests of summitlens.extract.dates.attach: clauses and the date that modifies an event."""

from __future__ import annotations

from datetime import date

import pytest

from summitlens.extract.dates import attach_date, clause_ids, resolve_dates

A = date(2023, 3, 20)


def _attach(text, event, lexicon=None):
    """The date attached to the first occurrence of ``event`` in ``text`` (anchor ``A``)."""
    s = text.index(event)
    return attach_date(text, event=(s, s + len(event)), dates=resolve_dates(text, anchor=A), anchor=A,
                       lexicon=lexicon)


def _lex_with(on=(), off=()):
    """The packaged lexicon with the rule ids ``on`` taken out of ``rules_off`` and ``off`` put in."""
    from dataclasses import replace

    from summitlens.extract.dates.lexicon import load_lexicon

    lex = load_lexicon()
    return replace(lex, tree={**lex.tree, "rules_off": (lex.tree["rules_off"] - set(on)) | set(off)})


def _attached(text, event, lex):
    """The surface of the date attached to ``event`` with lexicon ``lex`` (None: no date)."""
    got = _attach(text, event, lex)
    return None if got is None else got.surface


def _check(text, event, want):
    """The attached date's surface contains ``want``; None: no date is attached."""
    got = _attach(text, event)
    if want is None:
        assert got is None, got.surface
    else:
        assert got is not None and want in got.surface, got


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
    got = _attach(text, event)
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
    ("In 2019, the $50 billion budget fell to $30 billion, as threats in 2018 waned.", "$30 billion", "2019"),
    # a run of dates with only digits between is a list of labels
    ("Sales: $4 million 3 January February March April 12 rivals $2 million.", "$2 million", None),
])
def test_attachment_tree_rules(text, event, want):
    got = _attach(text, event)
    if want is None:
        assert got is None, got.surface
    else:
        assert got is not None and got.surface in want, got


# rules added on the round 3–4 development errors (issue 11); one or two invented cases each
@pytest.mark.parametrize("text,event,want", [
    # a year naming a period noun ("the 2016 cycle", "all of 2016") is a time of the clause
    ("In 2017 the group spent $4 million, more than the $3 million it spent in all of 2016.", "$3 million",
     "2016"),
    ("The network plans to spend $300 million in the 2018 cycle, a boost from the $250 million it "
     "spent during the 2016 cycle.", "$250 million", "2016"),
    # the event inside a clause on a noun does not take the date of the predicate above it
    ("In 2009, lawmakers urged a tax on people earning more than $1 million to shore up funding through "
     "the end of the recession of 2008 and 2009.", "$1 million", None),
    ("Rick Snyder signed legislation on Monday to spend $1.3 billion a year more to fix roads and other "
     "infrastructure, but it needs a vote on May 5.", "$1.3 billion", None),
    # ... unless "when" dates that clause ("a July 2014 job (when oil was around $100)")
    ("There is no difference between a July 2014 job (when oil was around $100) and one scheduled today.",
     "$100", "July 2014"),
    # "before heading to a rally": the event after a relating preposition's clause
    ("Speaking to reporters on Sunday before heading to a summit with Modi, Trump praised his July 25 call.",
     "summit", None),
    # the date right after another figure is that figure's
    ("Prices have plunged to $2.99 a gallon from $3.70 in late June, dipping below $3 for the first time "
     "since 2010 last week.", "$2.99", None),
    ("The surplus hit $31bn in August, up from $28bn in July.", "$28bn", "July"),
    # ... but a figure coordinated with the event shares it
    ("The campaign spent between $25,000 and $85,000 in 2018, and more on Monday.", "$25,000", "2018"),
    # a date before a copula dates the figure after it
    ("The average home price in the U.S. in June 2016 was $358,000, up from $300,000 in 2010.",
     "$358,000", "June 2016"),
    # the earlier level ("up from the current $7.25") does not take the date of the change
    ("On Tuesday night, Obama called on Congress to raise the wage to $9 an hour by 2015, up from the "
     "current $7.25.", "$7.25", None),
    # a date inside the event's own phrase wins over the predicate's ("$779 billion deficit recorded")
    ("The deficit for the 2019 fiscal year stands at $984 billion, up from the $779 billion deficit "
     "recorded at the end of 2018, the Treasury said on Friday.", "$779 billion", "the end of 2018"),
    ("The deficit for the 2019 fiscal year stands at $984 billion, up from the $779 billion deficit "
     "recorded at the end of 2018, the Treasury said on Friday.", "$984 billion", "2019"),
    # a participle on the event noun: its date is the figure's ("a loss reported in his 1995 return")
    ("He said last year that he used a $916 million loss reported in his 1995 tax return to avoid taxes.",
     "$916 million", "1995"),
    # a date right after a reporting verb dates the report, whatever the parse
    ("Trump said on Monday he would meet Xi Jinping next month as the trade war intensified.", "meet",
     "next month"),
    # ... unless "that" opens the reported clause first
    ("The Post reported that as of Sunday afternoon, the PAC raised $107,000 since its launch on Saturday.",
     "$107,000", "Sunday"),
    # a non-finite clause completing the figure's predicate carries its date
    ("The campaign has spent $25,000 promoting the ad since yesterday, it said on November 5, 2018.",
     "$25,000", "yesterday"),
])
def test_attachment_dev_round_rules(text, event, want):
    _check(text, event, want)


def test_clause_ids_keep_thousands_together():
    t = "The price in June 2016 was $358,000 (the median was $307,000)."
    segs = clause_ids(t, dates=resolve_dates(t, anchor=A))
    ids = {k for s, e, k in segs if s <= t.index("June") < e} & {k for s, e, k in segs if s <= t.index("000") < e}
    assert ids


# rules added on the round-5/6 development errors (issue 11)
@pytest.mark.parametrize("text,event,want", [
    # a change verb is not a cancelling verb ("dropped 28 percent, or $2,353 per student")
    ("State funding dropped 28 percent, or $2,353 per student, between 2008 and 2013, a study said.",
     "$2,353", "2008 and 2013"),
    # a fronted "when" clause dates the clause it opens
    ("When the administration finalized the agreement in December 2015, it committed $3 billion to the fund.",
     "$3 billion", "December 2015"),
    # a possessive date on the event's own noun phrase
    ("Trump said on Monday he would probably host next year's Group of Seven summit at his resort.",
     "summit", "next year"),
    # a comparison baseline ("about equal to this year") dates no event
    ("For 2016, the budget promises a $474 billion deficit, about equal to this year.", "$474 billion", "2016"),
    # a date on another goal ("toward 2014 re-election efforts") is not the figure's
    ("The group has been around since December, while the campaign raised $10 million toward 2014 "
     "re-election efforts.", "$10 million", None),
    # a period that a date ends is part of that date
    ("The campaign said it had raised $266 million for the three months ending June 30, including "
     "$131 million in June alone.", "$266 million", "June 30"),
    # a gap ("the first state visit in 14 years") is never the event's date
    ("Last year, Xi made the first state visit in 14 years by a Chinese leader to North Korea.",
     "state visit", "Last year"),
])
def test_attachment_dev_rounds_5_6(text, event, want):
    _check(text, event, want)


# scope rules added on the round-7 development errors (issue 11): where a date reaches below
# the predicate it hangs on; invented sentences, one or two per rule
@pytest.mark.parametrize("text,event,want", [
    # a span cannot date a punctual act of saying: it dates what is reported
    ("Between March 2 and March 9, the senator reported buying shares worth $50,000.", "$50,000",
     "March 2 and March 9"),
    ("As of June, the committee said it had raised $12 million overall.", "$12 million", "June"),
    # ... while a point date on the reporting verb still dates the report
    ("On Monday, the committee said it had raised $12 million overall.", "$12 million", None),
    # a parenthetical source is no act of its own
    ("From April to June 2019, according to an analysis of filings, the campaign received $2 million.",
     "$2 million", "April to June 2019"),
    # the event that is the occasion of an act happens when the act does
    ("Earlier Monday, Putin told reporters at a meeting with Xi that trade would grow.", "meeting", "Monday"),
    ("On Monday, Putin told reporters that he expected to see Xi at a summit.", "summit", None),
    # a fronted date scopes over coordinated clauses
    ("In May of 2010, exports were 4 percent lower than 6 percent in May of 2011, the price of coal was "
     "$2.10 higher, and demand was weak.", "$2.10", "May of 2010"),
    # a date on the first of coordinated clauses with the same verb is carried over
    ("Some 200 officers earned over $150,000 in 2019, and 900 officers earned at least $100,000, the city said "
     "on Monday.", "$100,000", "2019"),
    # ... but not to a clause with another verb
    ("Some 200 officers earned over $150,000 in 2019, and the city spent $3 million on overtime.",
     "$3 million", None),
    # a comparison baseline of another figure ("a 25 percent increase since last year")
    ("Gas prices are approaching $3 a gallon — a 25 percent increase since last year and the highest "
     "since 2014.", "$3", None),
    # a temporal preposition on a verb bounds that verb's act; on a noun it does not
    ("The mayor -- who previously said he was not aware of the $90,000 Smith paid to the firm before the "
     "2016 election in an effort to keep it quiet -- denied on Thursday that any public money was used.",
     "$90,000", "2016"),
    ("Putin spoke on Tuesday at the close of what may be his last foreign trip before the March election.",
     "foreign trip", None),
])
def test_attachment_scope_rules(text, event, want):
    _check(text, event, want)


# rules added on the round-8 development errors (issue 11): a date attaches to a figure only
# when it dates the figure's own predicate; invented sentences, one or two per rule
@pytest.mark.parametrize("text,event,want", [
    # a single date with a figure is decided on the parse: a clause of its own, coordinated
    ("The House approved an increase of $4.2 billion for the program, and that bill became law in "
     "late March 2015.", "$4.2 billion", None),
    ("Supposing a buyer gets the average rate on a $300,000 loan, last year's payment was $90 higher.",
     "$300,000", None),
    # ... a fronted "when" clause still dates the main clause
    ("When the city signed the contract in May 2018, it pledged $2 billion to the port.", "$2 billion",
     "May 2018"),
    # a figure restating another one ("amounting to") shares its date
    ("The charity said it had received 300 gifts between early March and late April, amounting to $40,000.",
     "$40,000", "early March and late April"),
    # a date inside a condition is the condition's deadline
    ("Renters fear the $1,800 fee increase that could hit them if the credits are not extended by Oct. 1.",
     "$1,800", None),
    # a comparison baseline, a price level, a futures contract date nothing
    ("Federal research spending is now a full $20 billion below 2012 after the cuts.", "$20 billion", None),
    ("Spending per pupil fell below $9,000 in today's dollars, a first for the state.", "$9,000", None),
    ("December crude fell $1.20, or 2 percent, to settle at $58.40 a barrel.", "$1.20", None),
    # ... unless the figure is inside the date's own noun phrase
    ("Last month's bill was $30 more than this month's bill of $410.", "$410", "this month"),
    # a date after another figure with its noun ("$90 million in sales in 2016") is that figure's
    ("According to filings, the chain in 2019 sold 12 hotels, with $90 million in sales in 2016, for "
     "$200 million.", "$200 million", "2019"),
    # an infinitive completing the figure's predicate carries its date
    ("The agency allowed $4.5 million in grants to flow to shell firms from 2011 to 2014, a review released "
     "Monday found.", "$4.5 million", "2011 to 2014"),
    # a date on the noun a figure comes from dates that source
    ("He started with $2 million left over from his narrow 2016 House victory in his accounts.",
     "$2 million", None),
])
def test_attachment_dev_round_8(text, event, want):
    _check(text, event, want)


HIKES = ("Over the past years, the state has passed a series of wage hikes: a two-year hike for farm workers, "
         "started in 2014, from $8.00 to $9.50 an hour; a 2016 law that raises cooks to $12 an hour by 2020.")


# rules added on the round-9 development errors (issue 11): another act's date, scope of
# fronted spans and when-clauses, list items, captions; invented sentences, one or two per rule
@pytest.mark.parametrize("text,event,want", [
    # a year on a noun that is no argument of a verbal event below the predicate
    ("This week, Reuters reported that Trump did not know about the 2012 trade pact when he spoke to Xi "
     "by phone.", "spoke to Xi", None),
    # a present state is not bounded by an earlier act: that act is its cause
    ("The county is facing about $4.1 million in legal costs after the March 2016 chemical spill at the plant.",
     "$4.1 million", None),
    # ... a past act still is ("paid … before the 2016 election")
    ("The firm paid $80,000 to the consultant before the 2018 election, records show.", "$80,000", "2018"),
    # a figure after "equal to" is the value of the noun, not something compared with
    ("When the magazine first ranked the clubs in 1995, the top club was Ajax, with revenue equal to about "
     "$90 million in today's dollars.", "$90 million", "1995"),
    # a fronted span covers a participle in the main clause
    ("Over the same period from 2016-2019, donors made an average of 40 gifts averaging $1,200 in total.",
     "$1,200", "2016-2019"),
    # ... a fronted point date does not reach a clause on a noun
    ("In 2012, the mayor urged a fee on firms earning more than $5 million to fund the schools.",
     "$5 million", None),
    # list items separated by semicolons: each figure its own item's date; the start of a change
    # dates its earlier level, not its target
    (HIKES, "$8.00", "2014"),
    (HIKES, "$9.50", None),
    (HIKES, "$12", "2020"),
    # a relative clause on a participant, set off by a comma, says something else about them
    ("The first summit of the new leader was with Chancellor Merkel, who had to be flown home Thursday "
     "when a storm hit Berlin.", "summit", None),
    # a photo caption's trailing date dates the event its place belongs to
    ("Xi Jinping speaks to reporters after his meeting at the Kremlin in Moscow, Russia, Tuesday, "
     "March 21, 2023. (AP Photo/Staff)", "meeting", "March 21, 2023"),
    # an event in a clause measured from another act ("before", "since") does not take a date
    # outside it, and a date inside such a clause is the other act's
    ("Last Monday — two days before Xi is expected to meet Putin — the ministry published new rules on the "
     "2019 tariffs.", "meet", None),
    ("The 2019 trip made him the first foreign leader to visit Xi since he took office last week.", "visit", None),
    ("Officials hope for another summit, similar to those the envoy helped arrange in 2015 and 2018.",
     "summit", None),
])
def test_attachment_dev_round_9(text, event, want):
    _check(text, event, want)


@pytest.mark.parametrize("text,event,want", [
    # a figure measuring an instrument that an act is done to takes no date of the act
    ("The House passed its version of a $900 billion spending bill on Friday, sending it to the Senate.",
     "$900 billion", None),
    ("Lawmakers agreed to hold a Thursday vote on $12 billion in relief for the flooded towns.",
     "$12 billion", None),
    ("The city began the campaign early last year by enacting a $40 fee on new permits.", "$40", None),
    # ... the figure's own act still takes its date, below the act or without one
    ("The company spent $3 million on the ads on Friday.", "$3 million", "Friday"),
    ("The Senate on Monday passed a bill that would spend $2 billion on roads in 2025.", "$2 billion", "2025"),
    # a date that is the object of a relating preposition on another noun bounds a comparison
    ("Gold rose $30 on Tuesday, its biggest daily gain since March 3, 2020.", "$30", "Tuesday"),
    ("Copper climbed $210 to trade at $9,450 a tonne, its biggest rise since May 4, 2021.", "$210", None),
])
def test_attachment_dev_round_10(text, event, want):
    _check(text, event, want)


@pytest.mark.parametrize(("text", "event", "want"), [
    # a "since" clause or phrase on a figure's perfect predicate starts the figure's period
    ("Since the tariff was lifted in 2016, the port has earned $4 billion in fees.", "$4 billion", "2016"),
    ("The fund had paid out $12 million in grants since opening its office in 2011.", "$12 million", "2011"),
    # ... not on a predicate that is not perfect: the act is measured from another act
    ("The leaders met in Beijing, the first time since the treaty was signed in 2001.", "met", None),
    # a meeting in a clause of simultaneity happens at the time of the clause it hangs on
    ("The premier will fly out Monday, as regional leaders gather in Astana for the SCO summit.",
     "summit", "Monday"),
    # ... not a comment clause on a saying
    ("As I said at the joint meeting before, last year, container traffic increased 2.7 times.",
     "meeting", None),
    # a "when" clause after a meeting noun, restating the meeting, dates it (decided on the tree)
    ("It sets the stage for the first meeting between the two leaders when Xi and Putin meet in October.",
     "meeting", "October"),
    # a purpose phrase after a forecast figure is the figure's period, not the forecasting's date
    ("Last December, analysts were forecasting profits of about $146 a share for 2018.", "$146", "2018"),
])
def test_attachment_round_11_classes(text, event, want):
    _check(text, event, want)


def test_blocking_rules_can_be_turned_off():
    """``attachment.rules_off`` names blocking rules to skip (here: the event inside a clause on
    a noun, which the fronted date does not reach)."""
    from dataclasses import replace

    from summitlens.extract.dates.lexicon import load_lexicon

    t = "In 2012, the mayor urged a fee on firms earning more than $5 million to fund the schools."
    s = t.index("$5 million")
    ds = resolve_dates(t, anchor=A)
    assert attach_date(t, event=(s, s + 10), dates=ds, anchor=A) is None
    lex = load_lexicon()
    off = replace(lex, tree={**lex.tree, "rules_off": frozenset({"event_in_noun_clause"})})
    assert attach_date(t, event=(s, s + 10), dates=ds, anchor=A, lexicon=off).surface == "2012"


_AHEAD = "The plan cuts emissions by 2050, with details to be made public ahead of a climate summit meeting in Paris in 2015."


@pytest.mark.parametrize("text,event,want", [
    # a date right after the object of a relating phrase modifies that object, not the act
    # the phrase places in time (the parser hangs "in 2015" on "made")
    (_AHEAD, "summit meeting", "2015"),
    (_AHEAD, "made public", None),
    ("Leaders will gather in Rome on Monday ahead of the summit in Paris in June.", "gather", "Monday"),
    ("Leaders will gather in Rome on Monday ahead of the summit in Paris in June.", "summit", "June"),
])
def test_date_after_relating_object_is_the_objects(text, event, want):
    _check(text, event, want)


def test_relating_object_date_can_be_turned_off():
    """``relating_object_date`` in ``attachment.rules_off`` keeps the parser's attachment."""
    from dataclasses import replace

    from summitlens.extract.dates.lexicon import load_lexicon

    ds = resolve_dates(_AHEAD, anchor=A)
    lex = load_lexicon()
    off = replace(lex, tree={**lex.tree, "rules_off": frozenset({"relating_object_date"})})
    s, m = _AHEAD.index("summit meeting"), _AHEAD.index("made public")
    assert attach_date(_AHEAD, event=(s, s + 14), dates=ds, anchor=A, lexicon=off) is None
    assert attach_date(_AHEAD, event=(m, m + 11), dates=ds, anchor=A, lexicon=off).surface == "2015"


def test_date_starting_inside_a_token_does_not_crash():
    """A date resolved inside a token ("Expo'2015") has no token of its own to start at."""
    _check("Xi met Putin ahead of the Expo'2015 and in May.", "met", "May")


@pytest.mark.parametrize("text,event,want", [
    # a deictic date right after another figure, no link word, is that figure's
    ("Aid was $5 billion last year, and the $3 billion this year frees up millions of dollars for roads.",
     "millions of dollars", None),
    ("Spending rose from $12.5 million last year to $20.1 million so far in fiscal year 2014.",
     "$20.1 million", "2014"),
    # a quarter "of the year" is a date the figure can take
    ("The group said on Monday that it had raised $4.2 million in the second quarter of the year.",
     "$4.2 million", "second quarter"),
])
def test_attachment_eighth_pass(text, event, want):
    _check(text, event, want)


_EIGHTH_OFF = ("fronted_scope", "comparison_own_date", "period_in_date", "own_clause_first")


def test_one_round_rules_ship_switched_off():
    """Rules of the eighth pass that helped one round only are listed in ``rules_off``."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert set(_EIGHTH_OFF) <= load_lexicon().tree["rules_off"]


@pytest.mark.parametrize("rule,text,event,want", [
    ("fronted_scope", "On Monday, Xi will become the first leader to meet the new king.", "meet", "Monday"),
    ("comparison_own_date", "The deficit widened to $305 billion in May, compared with $202 billion from the "
     "same period last year.", "$202 billion", "last year"),
])
def test_switched_off_rules_work_when_on(rule, text, event, want):
    """Switched-off rules still do what they say when a user turns them on."""
    got = _attached(text, event, _lex_with(on={rule}))
    assert got is not None and want in got, got


@pytest.mark.parametrize("text,event,want", [
    # an attributive date on a noun deep inside an argument is that noun's (deep_argument)
    ("The cost of the inquiry into Russia's interference in the 2016 election is now near $17 million.",
     "$17 million", None),
    ("A November Gallup poll found 76 percent support nationally for a wage of $9 an hour.", "$9 an hour", None),
    # ... but a noun on a preposition of the predicate is its argument
    ("Adelson spent more than $100 million on the 2012 campaign.", "$100 million", "2012"),
    # a compound on a period noun and a part of the day belong to the date
    ("The United States spent $668 billion just on public schools in the 2016-2017 school year.",
     "$668 billion", "2016-2017"),
    ("The Post reported that as of Sunday afternoon, the PAC raised more than $107,000 since its "
     "launch on Saturday.", "$107,000", "Sunday"),
])
def test_attachment_ninth_pass(text, event, want):
    _check(text, event, want)


def test_deep_argument_can_be_turned_off():
    t = "The cost of the inquiry into Russia's interference in the 2016 election is now near $17 million."
    assert _attached(t, "$17 million", _lex_with(off={"deep_argument"})) == "2016"


@pytest.mark.parametrize("text,event,want", [
    # a figure's purpose infinitive dates the figure (purpose_infinitive)
    ("Despite the governor's request for more than $2 billion to fund the new bridge this year, "
     "lawmakers are expected to cut the money.", "$2 billion", "this year"),
    ("The president signed the bill on Friday, providing $300 million for the army to train "
     "about 4,000 recruits over the next year.", "$300 million", "over the next year"),
    # a date set off before the subject of a plain verb scopes over the events after it
    # (fronted_clause_scope) ...
    ("Over the same period, from 1990 to 2015, the median price per room rose by a factor of 3, "
     "from $150 to $450.", "$150", "1990 to 2015"),
    # ... not over those of a reporting or planning verb
    ("In 2011, the mayor and city lawmakers urged a new tax on residents earning more than $2 million.",
     "$2 million", None),
    # a "when" clause after its verb is simultaneous with it (when_clause_date)
    ("Smith spent more than $12,000 on catering when he hosted the senator's first fundraiser in "
     "Ohio in late June.", "$12,000", "late June"),
])
def test_attachment_tenth_pass(text, event, want):
    _check(text, event, want)


@pytest.mark.parametrize("rule,text,event,want", [
    ("appositive_date", "Sales at shoe stores fell to $1.2 billion from $9.8 billion in March, the last "
     "month before the lockdown.", "$1.2 billion", None),
])
def test_tenth_pass_rules_off_work_when_on(rule, text, event, want):
    """``appositive_date`` helped one round only: off, but working (``relative_on_event``, off
    after the tenth pass, is on since the fifteenth: r16 +1, r21 +1)."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert "appositive_date" in load_lexicon().tree["rules_off"]
    got = _attached(text, event, _lex_with(on={rule}))
    assert (got is None) if want is None else (got is not None and want in got), got


@pytest.mark.parametrize("rule", ["purpose_infinitive", "fronted_clause_scope", "when_clause_date"])
def test_tenth_pass_rules_can_be_turned_off(rule):
    """Each tenth-pass rule has an id that ``rules_off`` turns off (the old behaviour back)."""
    cases = {"purpose_infinitive": ("Despite the governor's request for more than $2 billion to fund the new "
                                    "bridge this year, lawmakers are expected to cut the money.", "$2 billion"),
             "fronted_clause_scope": ("Over the same period, from 1990 to 2015, the median price per room rose "
                                      "by a factor of 3, from $150 to $450.", "$150"),
             "when_clause_date": ("Smith spent more than $12,000 on catering when he hosted the senator's first "
                                  "fundraiser in Ohio in late June.", "$12,000")}
    text, event = cases[rule]
    assert _attached(text, event, _lex_with(off={rule})) is None


# Eleventh pass (rounds 1–17): invented sentences of the two shipped rules, and each id off.
_ELEVENTH = {
    "span_carried_over": ("The audit said the agency billed clients more than $40 million from 2014 through "
                          "2017, but ended up collecting only $22.5 million.", "$22.5 million", "2014 through 2017"),
    "converted_figure": ("Tokyo plans to raise duties on nearly $30bn (£23.1bn) worth of imports starting "
                         "on 1 July.", "£23.1bn", "1 July"),
}


@pytest.mark.parametrize("rule", sorted(_ELEVENTH))
def test_eleventh_pass_rules(rule):
    """A period carried to a later coordinated clause; a converted figure dated as its neighbour."""
    text, event, want = _ELEVENTH[rule]
    _check(text, event, want)


@pytest.mark.parametrize("rule", sorted(_ELEVENTH))
def test_eleventh_pass_rules_can_be_turned_off(rule):
    """Each eleventh-pass rule has an id that ``rules_off`` turns off (no date for the event)."""
    text, event, _ = _ELEVENTH[rule]
    # (the twelfth pass's bracketed_figure covers a converted figure too)
    ids = {rule, "bracketed_figure"} if rule == "converted_figure" else {rule}
    assert _attached(text, event, _lex_with(off=ids)) is None


# Twelfth pass (rounds 1–18): the shipped rule on invented sentences, with its id off; the
# rules measured on one round only are shipped off and give their date when switched on.
_TWELFTH_ON = {
    "bracketed_figure": ("The median rent in May 2019 was $1,450 (the average rent was $1,610).",
                         "$1,610", "May 2019"),
}
_TWELFTH_OFF = {
    "deadline_goal": ("The company is making progress in its march toward $900 million in online sales "
                      "by 2022, its chief executive said.", "$900 million", "2022"),
    "shared_subject": ("The summit would be the first of its kind and will take place by June, "
                       "according to officials.", "summit", "June"),
    "change_end_date": ("The city's parking fee goes from 50 cents to 75 cents an hour in March and is "
                        "expected to raise more money.", "50 cents", None),
}


@pytest.mark.parametrize("rule", sorted(_TWELFTH_ON))
def test_twelfth_pass_rule_and_its_id(rule):
    """A bracketed aside on a figure is dated as that figure; off, it takes no date."""
    text, event, want = _TWELFTH_ON[rule]
    assert want in (_attached(text, event, _lex_with()) or "")
    assert _attached(text, event, _lex_with(off={rule, "converted_figure"})) is None


@pytest.mark.parametrize("rule", sorted(_TWELFTH_OFF))
def test_twelfth_pass_one_round_rules_shipped_off(rule):
    """Rules helping one round only are in ``rules_off``; switched on, they give their date."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule in load_lexicon().tree["rules_off"]
    text, event, want = _TWELFTH_OFF[rule]
    got = _attached(text, event, _lex_with(on={rule}))
    assert got == want if want is None else want in (got or "")


# thirteenth pass (rounds 1-19): each rule with its id in ``attachment.rules_off``
_THIRTEENTH_ON = {
    "difference_date": ("Median pay for women was $9,400 less than the median pay for men between 2005 "
                        "and 2010, the study found.", "$9,400", "2005 and 2010"),
    "argument_clause_date": ("The couple bought $2 million worth of shares in trades that took place on "
                             "March 3 and April 9.", "$2 million", "March 3 and April 9"),
}


@pytest.mark.parametrize("rule", sorted(_THIRTEENTH_ON))
def test_thirteenth_pass_rule_and_its_id(rule):
    """A comparative's difference and a figure timed by a clause on its act's argument take that
    date; with the rule switched off they take none."""
    text, event, want = _THIRTEENTH_ON[rule]
    assert want in (_attached(text, event, _lex_with()) or "")
    assert _attached(text, event, _lex_with(off={rule})) is None


def test_difference_date_not_a_same_period_baseline():
    """A year-on-year comparison's date is the baseline's, not the difference's."""
    text = "Exports were $9 billion more than was recorded during the same period last year."
    assert _attached(text, "$9 billion", _lex_with()) is None


def test_participle_act_shipped_off():
    """One round only (r19 +1, r14 -1): in ``rules_off``; on, the act's date is withheld."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert "participle_act" in load_lexicon().tree["rules_off"]
    text = "The $700 million budget passed on Thursday is the largest yet."
    assert _attached(text, "$700 million", _lex_with(on={"participle_act"})) is None


# fourteenth pass (rounds 1-20): each rule with its id in ``attachment.rules_off``
_FOURTEENTH_ON = {
    "start_participle": ("Mandatory cuts of $800 billion to both programs will take effect over ten years, "
                         "beginning in March, unless lawmakers act.", "$800 billion", "March"),
    "raised_argument_clause": ("The deal would cancel $30 billion from the second round of the budget cuts "
                               "that are due to start in October.", "$30 billion", "October"),
}


@pytest.mark.parametrize("rule", sorted(_FOURTEENTH_ON))
def test_fourteenth_pass_rule_and_its_id(rule):
    """A start participle on a figure's predicate and a raised relative clause on its argument's
    "of" noun date the figure; with the rule switched off they date nothing."""
    text, event, want = _FOURTEENTH_ON[rule]
    assert want in (_attached(text, event, _lex_with()) or "")
    assert _attached(text, event, _lex_with(off={rule})) is None


def test_goal_phrase_is_no_other_act():
    """"toward(s)" names a goal, not another act (``goal_phrase``): a date after the goal's object
    dates the figure's predicate; with the rule off the date is the goal object's."""
    text = "Officials said up to $90 million in unspent funds could go towards the school budget in May."
    assert _attached(text, "$90 million", _lex_with()) == "May"
    assert _attached(text, "$90 million", _lex_with(off={"goal_phrase"})) is None


_FOURTEENTH_OFF = {
    # a period over an instrument act: the acts repeat over it
    "period_act": ("From 2001 through 2009, the agency approved 312 grants with a value of $9 billion.",
                   "$9 billion", "2001 through 2009"),
    # a period after another figure's noun in the event's manner phrase
    "period_figure": ("The firm paid her $120,000, in monthly $10,000 payments from January 2019 to "
                      "December 2019.", "$120,000", "January 2019 to December 2019"),
    # a relative clause on a period noun of the figure's phrase
    "period_relative": ("Negotiators are finishing a $2 trillion-plus spending bill for the budget year that "
                        "began Oct. 1 and hope to pass it soon.", "$2 trillion", None),
}


@pytest.mark.parametrize("rule", sorted(_FOURTEENTH_OFF))
def test_fourteenth_pass_one_round_rules_shipped_off(rule):
    """One round each (r20 +1, none hurt): in ``rules_off``; switched on, they do what they say."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule in load_lexicon().tree["rules_off"]
    text, event, want = _FOURTEENTH_OFF[rule]
    got = _attached(text, event, _lex_with(on={rule}))
    assert got == want if want is None else want in (got or "")


@pytest.mark.parametrize("text,event,want", [
    # a comment clause set off by a comma on the event, with a further clause below it, holds the
    # date of the act below (relative_on_event, on since the fifteenth pass)
    ("As of Friday, the county debt was $4.2 billion, where it has stayed since last month when "
     "the cap was reached.", "$4.2 billion", "Friday"),
])
def test_fifteenth_pass_relative_on_event(text, event, want):
    from summitlens.extract.dates.lexicon import load_lexicon

    assert "relative_on_event" not in load_lexicon().tree["rules_off"]
    _check(text, event, want)
    assert _attached(text, event, _lex_with(off={"relative_on_event"})) != _attached(text, event, _lex_with())


_SEVENTEENTH_ON = {
    # described_noun_date: a figure in a clause describing a noun takes the date written before
    # that noun as its attribute (participial and relative clause)
    "described_noun_date": [
        ("The mayor said on Monday that the county's 2024 budget, totaling nearly $3 billion, would "
         "be cut.", "$3 billion", "2024"),
        ("The board must adopt next year's plan, which sets aside $40 million for roads, by March.",
         "$40 million", "next year"),
    ],
}


@pytest.mark.parametrize("rule,text,event,want", [(r, *c) for r, cs in sorted(_SEVENTEENTH_ON.items()) for c in cs])
def test_seventeenth_pass_rule_and_its_id(rule, text, event, want):
    """Seventeenth pass (on: r22 +1, r23 +1, hurts none): the described noun's date is the
    figure's; with the rule switched off the clause on the noun blocks it."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule not in load_lexicon().tree["rules_off"]
    assert _attached(text, event, _lex_with()) == want
    assert _attached(text, event, _lex_with(off={rule})) != want


@pytest.mark.parametrize("text,event,want", [
    # the date on the predicate above the noun is not the noun's attribute: still blocked
    ("On Friday the council passed a plan, which sets aside $40 million for roads.", "$40 million", None),
    # a date inside the describing clause is the clause's own, as before
    ("The city's budget, which grew $12 million in 2019, is under review.", "$12 million", "2019"),
])
def test_seventeenth_pass_described_noun_limits(text, event, want):
    _check(text, event, want)


# eighteenth pass (rounds 1-23): changed_level on (r16 +1, r22 +1, hurts none); period_change off
# (r22 +2, one round)
_EIGHTEENTH_ON = {
    # a held level ("its $40 billion") that a change verb takes as object: the date is the change's
    "changed_level": [
        ("The central bank will trim its $40 billion a month in asset purchases by $5 billion "
         "starting in March.", "$40 billion", None),
        ("Analysts doubt the fund will reduce its $12 billion in holdings until next year.",
         "$12 billion", None),
    ],
}


@pytest.mark.parametrize("rule,text,event,want", [(r, *c) for r, cs in sorted(_EIGHTEENTH_ON.items()) for c in cs])
def test_eighteenth_pass_rule_and_its_id(rule, text, event, want):
    """Eighteenth pass (on): the held level takes no date of the change acting on it; with the rule
    switched off the change's date reaches it."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule not in load_lexicon().tree["rules_off"]
    assert _attached(text, event, _lex_with()) == want
    assert _attached(text, event, _lex_with(off={rule})) is not None


@pytest.mark.parametrize("text,event,want", [
    # the change itself still takes the date ("by $5 billion starting in March")
    ("The central bank will trim its $40 billion a month in asset purchases by $5 billion "
     "starting in March.", "$5 billion", "March"),
    # a figure without a possessive is the amount changed, not a held level: the verb's date is its
    ("The city will cut $40 million from the school budget in 2025.", "$40 million", "2025"),
])
def test_eighteenth_pass_changed_level_limits(text, event, want):
    _check(text, event, want)


def test_eighteenth_pass_period_change_shipped_off():
    """One round only (r22 +2, none hurt): in ``rules_off``; switched on, a period framing a change
    dates its earlier level too (off: the "from" level takes no date before it)."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert "period_change" in load_lexicon().tree["rules_off"]
    text = "Over the five years from 2010 to 2015, state revenue climbed from $3.1 billion to $4.4 billion."
    assert _attached(text, "$3.1 billion", _lex_with()) is None
    assert _attached(text, "$3.1 billion", _lex_with(on={"period_change"})) == "2010 to 2015"


# nineteenth pass (rounds 1-24): range_figure on (r23 +1, r24 +1, hurts none); subject_attribute
# off (r21 +1, r15 -1); subject_clause off (r24 +2, one round); described_noun_of off (r24 +2, one
# round)
_NINETEENTH_ON = {
    # a figure closing a pair or range with the next figure shares the date after that figure
    "range_figure": [
        ("Democrats outspent Republicans $12 million to $9 million in the 2022 cycle.", "$12 million", "2022"),
        ("Average pay was up 4 cents to $21 in March, the agency said.", "4 cents", "March"),
    ],
}


@pytest.mark.parametrize("rule,text,event,want", [(r, *c) for r, cs in sorted(_NINETEENTH_ON.items()) for c in cs])
def test_nineteenth_pass_rule_and_its_id(rule, text, event, want):
    """Nineteenth pass (on): the pair's date reaches its first figure; with the rule switched off
    the date stays the second figure's."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule not in load_lexicon().tree["rules_off"]
    assert want in (_attached(text, event, _lex_with()) or "")
    assert _attached(text, event, _lex_with(off={rule})) is None


@pytest.mark.parametrize("text,event,want", [
    # a change's starting level keeps no date of its end level, with or without words between
    ("Wages rose from $7 to $9 in 2019.", "$7", None),
    ("The state raised its wage from the old $7 to $9 in 2019.", "$7", None),
    # the second figure keeps its date
    ("Democrats outspent Republicans $12 million to $9 million in the 2022 cycle.", "$9 million", "2022"),
])
def test_nineteenth_pass_range_figure_limits(text, event, want):
    _check(text, event, want)


_NINETEENTH_OFF = {
    # a date on a noun among the subject's own words (modifier, apposition) dates the figure in
    # the object
    "subject_attribute": ("The club's October charity golf tournament exceeded its target of $50,000.",
                          "$50,000", "October"),
    # ... and the figure in a participle on the object of that subject's verb
    "subject_clause": ("The senator's May 2019 disclosure report included an account holding $1,001 to "
                       "$15,000 in bonds.", "$1,001", "May 2019"),
    # a figure in a relative clause on a noun takes the noun's "of" date after it
    "described_noun_of": ("Officials compared it with the surplus of fiscal 2000, which was $236 billion.",
                          "$236 billion", "2000"),
}


@pytest.mark.parametrize("rule", sorted(_NINETEENTH_OFF))
def test_nineteenth_pass_one_round_rules_shipped_off(rule):
    """Helping one round only (or as many rows broken as fixed): in ``rules_off``; switched on, they
    do what they say."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule in load_lexicon().tree["rules_off"]
    text, event, want = _NINETEENTH_OFF[rule]
    assert _attached(text, event, _lex_with()) is None
    assert want in (_attached(text, event, _lex_with(on={rule})) or "")


# twentieth pass (rounds 1-25): link_blurb and attributive_single (r1 +1, r15 +3, r17 +1, r19 +1
# together; link_blurb alone r1 +1, r15 +3, r19 +1, r11 -1; attributive_single alone r17 +1), both
# shipped off: attributive_single breaks the meetings gold (r3 ledger, r4 status: "Today we are
# holding ... the meeting" dates the meeting), and link_blurb alone breaks attachment r11
_BLURB = ("Governor Ann Lee Ann Marie LeeCouncil votes on road plan in June MORE met the mayor "
          "on Monday to sign a $5 million grant.")


def test_twentieth_pass_link_blurb():
    """Switched on, a link blurb glued into the sentence is a text of its own: an event outside it
    takes none of its dates, an event inside it only its own; shipped off, the blurb's date can be
    taken."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert "link_blurb" in load_lexicon().tree["rules_off"]
    on = _lex_with(on={"link_blurb"})
    assert _attached(_BLURB, "met", on) == "Monday"
    assert _attached(_BLURB, "votes", on) == "June"
    text = "Governor Ann Lee Ann Marie LeeCouncil votes on road plan in June MORE met the mayor."
    assert _attached(text, "met", on) is None
    assert _attached(text, "met", _lex_with()) == "June"
    # a date after the blurb is still the event's
    text = "Governor Ann Lee Ann Marie LeeCouncil backs road plan MORE met the mayor in June."
    assert _attached(text, "met", on) == "June"


@pytest.mark.parametrize("text,event,want", [
    # a single date written before a lower-case word is a noun's attribute: decided on the tree
    ("Trump pressed Lee during that call, a leading 2020 presidential contender.", "call", None),
    # ... a date followed by a name or a link word still goes by the fast rules
    ("The spokesman said Lee met Kim in Seoul on Tuesday.", "met", "Tuesday"),
    ("Lee and Kim met in 2019 and again last spring.", "met", "2019"),
])
def test_twentieth_pass_attributive_single(text, event, want):
    """Switched on (shipped off), a lone attributive date is decided on the tree."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert "attributive_single" in load_lexicon().tree["rules_off"]
    got = _attached(text, event, _lex_with(on={"attributive_single"}))
    assert got is None if want is None else want in (got or "")


def test_twentieth_pass_attributive_single_switched_off():
    """Shipped off, a lone attributive date goes by the fast rules (same clause: attached)."""
    text = "Trump pressed Lee during that call, a leading 2020 presidential contender."
    assert _attached(text, "call", _lex_with(on={"attributive_single"})) is None
    assert _attached(text, "call", _lex_with()) == "2020"


# twenty-first pass (rounds 1-26): each rule with its id in ``attachment.rules_off``
@pytest.mark.parametrize("text,event,want", [
    # a period above the finite clause holding the figure frames it
    ("The firm spent $8 million on ads from 2012 to 2016, over $2 million of which went to radio.",
     "$2 million", "2012 to 2016"),
    ("It was the quiet stretch from May to August, as the club spent $3 million on wages.",
     "$3 million", "May to August"),
    # ... a point date of the clause above still does not reach it
    ("The firm said on Monday that it had spent $8 million, which was twice the budget.",
     "$8 million", None),
])
def test_twenty_first_pass_period_clause(text, event, want):
    from summitlens.extract.dates.lexicon import load_lexicon

    assert "period_clause" not in load_lexicon().tree["rules_off"]
    _check(text, event, want)


def test_twenty_first_pass_period_clause_switched_off():
    """Switched off, a finite clause keeps the period above it from the figure."""
    text = "The firm spent $8 million on ads from 2012 to 2016, over $2 million of which went to radio."
    assert _attached(text, "$2 million", _lex_with()) == "2012 to 2016"
    assert _attached(text, "$2 million", _lex_with(off={"period_clause"})) is None


def test_twenty_first_pass_coordinated_figure_switched_on():
    """Shipped off in the twenty-first pass (r26 +2 only); switched on in the third attachment pass
    (widened to series, r31 +2): a figure coordinated with the event on the parse ("a $40 minimum
    or 3 percent of sales in 2019") shares its date; switched off, it does not."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert "coordinated_figure" not in load_lexicon().tree["rules_off"]
    text = "The fee will rise: to a $40 minimum or 3 percent of sales in 2019, and to a $90 minimum or 4 percent of sales in 2020."
    assert _attached(text, "$40", _lex_with()) == "2019"
    assert _attached(text, "$90", _lex_with()) == "2020"
    assert _attached(text, "$40", _lex_with(off={"coordinated_figure"})) is None


# twenty-second pass (rounds 1-27): each rule with its id in ``attachment.rules_off``
@pytest.mark.parametrize("text,event,want", [
    # a condition without a subject of its own is said of the figure's predicate: its date is the figure's
    ("The scheme would cost about $8 billion if adopted in 2031, the agency said.", "$8 billion", "2031"),
    ("Outlays would grow by $4.5 billion if enacted next year and by $9 billion later.", "$4.5 billion",
     "next year"),
    # ... a condition with its own subject stays the condition's deadline
    ("Families could owe $900 more if the credits are not renewed by March 1.", "$900", None),
])
def test_twenty_second_pass_elliptic_condition(text, event, want):
    from summitlens.extract.dates.lexicon import load_lexicon

    assert "elliptic_condition" not in load_lexicon().tree["rules_off"]
    _check(text, event, want)


def test_twenty_second_pass_elliptic_condition_switched_off():
    """Switched off, the reduced condition keeps its date from the figure."""
    text = "The scheme would cost about $8 billion if adopted in 2031, the agency said."
    assert _attached(text, "$8 billion", _lex_with()) == "2031"
    assert _attached(text, "$8 billion", _lex_with(off={"elliptic_condition"})) is None


@pytest.mark.parametrize("rule,text,event,on,off", [
    # then_anaphor (r27 +1 only): "then" points back to the last date before it
    ("then_anaphor", "The mayor, speaking to reporters in June 2011 about how voters resented rents, "
     "then topping $3,000 a month.", "$3,000", "June 2011", None),
])
def test_twenty_second_pass_one_round_rules_shipped_off(rule, text, event, on, off):
    """One round only (r27), none hurting a row: in ``rules_off``; switched on they decide as ``on``
    (their siblings deadline_below, on since dates pass eleven: :func:`test_deadline_below_shipped_on`,
    and fronted_relating, on since dates pass thirteen: :func:`test_fronted_relating_shipped_on`)."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule in load_lexicon().tree["rules_off"]
    assert _attached(text, event, _lex_with(on={rule})) == on
    assert _attached(text, event, _lex_with()) == off


# Twenty-third pass (rounds 1-28): invented sentences of each rule, and each id off.
_TWENTY_THIRD_ON = {
    # a date before a filing or return named as the figure's source is the figure's period
    "source_document": ("The charity, founded in 1998, holds more than $4 billion in assets, according to "
                        "the group's 2021 tax filing.", "$4 billion", "2021"),
    # the value of a level the date is written before is no baseline: the level's date is its own
    "own_level": ("Farm output was near a record last year at $2.3 trillion, just below the 2014 level of "
                  "$2.4 trillion.", "$2.4 trillion", "2014"),
}


@pytest.mark.parametrize("rule", sorted(_TWENTY_THIRD_ON))
def test_twenty_third_pass_rule_and_its_id(rule):
    from summitlens.extract.dates.lexicon import load_lexicon

    text, event, want = _TWENTY_THIRD_ON[rule]
    assert rule not in load_lexicon().tree["rules_off"]
    _check(text, event, want)
    assert _attached(text, event, _lex_with(off={rule})) != want


@pytest.mark.parametrize("text,event,want", [
    # a report's date is its publication, not the figure's period
    ("According to a 2019 agency report, migrants paid $9 billion in payroll taxes.", "$9 billion", None),
    # a level after the figure without an "of" link stays a baseline
    ("Output rose to $2.6 trillion, above 2014 levels.", "$2.6 trillion", None),
])
def test_twenty_third_pass_limits(text, event, want):
    _check(text, event, want)


@pytest.mark.parametrize("rule,text,event,on,off", [
    # colon_frame (r28 +4): the clause before a colon dates the list of amounts spelling it out
    ("colon_frame", "The mayor went all out in June: the campaign spent $80,000 on mailers and $9,000 "
     "on signs.", "$9,000", "June", None),
    # bracket_frame (r30 +6, twenty-fourth pass): a list of bracketed amounts after nouns takes the
    # date of the first noun, not the comparison base (off, the base "from 2024" dates the change)
    ("bracket_frame", "The plan sets budgets for 2026 for services like the coast guard ($12 billion, up "
     "$1 billion from 2024), the park service ($3 billion) and the weather service ($2 billion).",
     "$1 billion", "2026", "2024"),
])
def test_twenty_third_pass_one_round_rules_shipped_off(rule, text, event, on, off):
    """One round only (r28, r30), none hurting a row: in ``rules_off``; switched on they decide as ``on``.
    (scope_stops_at_relative, shipped off here at r28 +1, is on since dates pass ten: see
    test_scope_stops_at_relative_shipped_on.)"""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule in load_lexicon().tree["rules_off"]
    assert _attached(text, event, _lex_with(on={rule})) == on
    assert _attached(text, event, _lex_with()) == off


# Twenty-fourth pass (rounds 1-30): invented sentences of each rule, and each id off.
_TWENTY_FOURTH_ON = {
    # a date in a relative clause on another date's period noun dates no event
    "relative_on_date": ("In fiscal year 2019, which ended this past Sept. 30, the state spent about $9 "
                         "billion on roads.", "$9 billion", "2019"),
    # a period hung on a noun of the event's clause frames the clause
    "span_to_clause": ("The firm owes the city $5 million in fees to cover losses on its contracts between "
                       "2011 and 2014.", "$5 million", "2011 and 2014"),
}


@pytest.mark.parametrize("rule", sorted(_TWENTY_FOURTH_ON))
def test_twenty_fourth_pass_rule_and_its_id(rule):
    from summitlens.extract.dates.lexicon import load_lexicon

    text, event, want = _TWENTY_FOURTH_ON[rule]
    assert rule not in load_lexicon().tree["rules_off"]
    _check(text, event, want)
    assert _attached(text, event, _lex_with(off={rule})) != _attached(text, event, _lex_with())


@pytest.mark.parametrize("text,event,want", [
    # a bracket with a date of its own keeps it
    ("Budgets rise for the coast guard ($12 billion in 2027) and the navy.", "$12 billion", "2027"),
    # a period on a noun in a relative clause stays that clause's
    ("The city would lose $3 billion, twice the cuts that the council passed during the slump from "
     "2009 to 2011.", "$3 billion", None),
])
def test_twenty_fourth_pass_limits(text, event, want):
    _check(text, event, want)


@pytest.mark.parametrize("text, event, want", [
    ("The charity raised $3 million, then $6 million, then $11 million in 2017.", "$3 million", "2017"),
    ("The charity raised $3 million, then $6 million, then $11 million in 2017.", "$6 million", "2017"),
    ("Fees rose to a $40 minimum or 2 percent of pay in 2016.", "$40", "2016"),
])
def test_third_attachment_pass_coordinated_figure(text, event, want):
    from dataclasses import replace

    from summitlens.extract.dates.lexicon import load_lexicon

    a = date(2019, 3, 1)
    i = text.index(event)
    got = attach_date(text, event=(i, i + len(event)), dates=resolve_dates(text, anchor=a), anchor=a)
    assert got is not None and got.surface.endswith(want)
    lex = load_lexicon()
    off = replace(lex, tree={**lex.tree, "rules_off": lex.tree["rules_off"] | {"coordinated_figure"}})
    got_off = attach_date(text, event=(i, i + len(event)), dates=resolve_dates(text, anchor=a), anchor=a, lexicon=off)
    assert got_off is None or not got_off.surface.endswith(want)


# Attachment pass four (rounds 1-32): a date closing the later of two verb phrases coordinated
# under one auxiliary scopes over the figure in the first (conjunct_scope); invented sentences.
@pytest.mark.parametrize("text, event, want", [
    ("The plan would cut costs by $40 billion and create new jobs next year.", "$40 billion", "next year"),
    ("Allied groups have raised $8 million and spent most of it on ads this year, as they prepare for "
     "the race.", "$8 million", "this year"),
])
def test_fourth_attachment_pass_conjunct_scope(text, event, want):
    from summitlens.extract.dates.lexicon import load_lexicon

    assert "conjunct_scope" not in load_lexicon().tree["rules_off"]
    assert _attached(text, event, _lex_with()) == want
    assert _attached(text, event, _lex_with(off={"conjunct_scope"})) != want


@pytest.mark.parametrize("text, event", [
    # no shared auxiliary: each past act keeps its own date
    ("He sold the house for $82,000 and bought a farm in 1990.", "$82,000"),
    ("The firm paid $5 million in fines and closed two plants in March.", "$5 million"),
    # the later conjunct has an auxiliary of its own
    ("The firm will pay $5 million in fines and has closed two plants since March.", "$5 million"),
])
def test_fourth_attachment_pass_conjunct_scope_limits(text, event):
    assert _attached(text, event, _lex_with()) is None


@pytest.mark.parametrize("text, event, want", [
    # a figure measuring a noun through a participle takes the date of the act on the noun
    ("So far this year the mayor has signed contracts valued at $3 million with local firms.", "$3 million",
     "this year"),
    ("The agency disclosed a March 2021 order for trucks valued at $80 million.", "$80 million", "March 2021"),
])
def test_fourth_attachment_pass_measure_participle(text, event, want):
    from summitlens.extract.dates.lexicon import load_lexicon

    assert "measure_participle" not in load_lexicon().tree["rules_off"]
    assert want in (_attached(text, event, _lex_with()) or "")
    assert want not in (_attached(text, event, _lex_with(off={"measure_participle"})) or "")


def test_fourth_attachment_pass_measure_participle_limit():
    # the measured noun deep below the dated act: not the figure's date
    text = "He was charged in May 2019 with 12 counts of fraud involving schemes valued at $2 million."
    assert _attached(text, "$2 million", _lex_with()) is None


def test_fourth_attachment_pass_part_figure_shipped_off():
    """One gold sentence (r31): ``part_figure`` is in ``rules_off``; switched on, the parts after
    "including" take the whole's date."""
    from summitlens.extract.dates.lexicon import load_lexicon

    text = "The firm booked costs of $9 million in 2019, including $4 million in fines and $2 million in fees."
    assert "part_figure" in load_lexicon().tree["rules_off"]
    for event in ("$4 million", "$2 million"):
        assert _attached(text, event, _lex_with(on={"part_figure"})) == "2019"
        assert _attached(text, event, _lex_with()) != "2019"


# --- attachment pass five (rounds 1-33): invented sentences, each rule on and switched off ---

@pytest.mark.parametrize("rule, text, event, want", [
    # the budget or campaign a figure is taken from dates it
    ("source_container", "The mayor will keep the $3 million park fund from her 2021 budget request as a floor.",
     "$3 million", "2021"),
    ("source_container", "Officials will shift $40 million from the agency's fiscal 2022 budget to road repairs.",
     "$40 million", "2022"),
    # a weekday inside a name is no date
    ("weekday_in_name", "Diners paid $8 for burgers at TGI Friday's in the mall.", "$8", None),
    # a deadline's date is no figure's
    ("deadline_noun", "The company missed a March 2019 deadline for its $40,000 electric truck.", "$40,000", None),
])
def test_fifth_attachment_pass_rules(rule, text, event, want):
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule not in load_lexicon().tree["rules_off"]
    assert _attached(text, event, _lex_with()) == want
    assert _attached(text, event, _lex_with(off={rule})) != want


@pytest.mark.parametrize("text, event, want", [
    # the source phrase of another figure ("… and $2 million from the party fund")
    ("She moved $5 million from her 2019 campaign and $2 million from the party fund.", "$2 million", None),
    # a weekday after a preposition, not inside a name
    ("Diners paid $8 for burgers on Friday in the mall.", "$8", "Friday"),
    # a date that is no deadline's attribute
    ("The firm paid $2 million in March 2019 to meet a deadline.", "$2 million", "March 2019"),
])
def test_fifth_attachment_pass_limits(text, event, want):
    assert _attached(text, event, _lex_with()) == want


@pytest.mark.parametrize("rule, text, event, want", [
    # the "than" clause hung on the predicate: its period is the difference's
    ("difference_clause", "Tourists spent $3 billion more in the city than they earned there between 2010 and 2015.",
     "$3 billion", "2010 and 2015"),
    # a period carried into a later conjunct stops at a figure with a participle of its own
    ("own_act_figure", "The new cuts would be phased in between 2020 and 2025 and come on top of the $900 billion "
     "already approved.", "$900 billion", None),
])
def test_fifth_attachment_pass_one_sentence_rules_shipped_off(rule, text, event, want):
    """One gold sentence each (r33): in ``rules_off``; switched on, they give the invented answer."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule in load_lexicon().tree["rules_off"]
    assert _attached(text, event, _lex_with(on={rule})) == want
    assert _attached(text, event, _lex_with()) != want


# attachment pass six (rounds 1-34): each rule with its id in ``attachment.rules_off``
@pytest.mark.parametrize("rule, text, event, want", [
    # a relative clause on the figure's noun, its pronoun the subject, dates the figure
    ("figure_relative_date", "The council argued last week over $40 million in school grants, which are due to start "
     "March 3.", "$40 million", "March 3"),
    ("figure_relative_date", "Voters rejected the $40 million in new taxes, which would take effect Jan. 2, on Monday.",
     "$40 million", "Jan. 2"),
    # a date on the noun of a phrase on a reporting verb dates the report, not the reported figure
    ("report_occasion_date", "The mayor said of the plan for $4 million in repairs in a Friday interview that it was "
     "too costly.", "$4 million", None),
])
def test_sixth_attachment_pass_rules(rule, text, event, want):
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule not in load_lexicon().tree["rules_off"]
    assert _attached(text, event, _lex_with()) == want
    assert _attached(text, event, _lex_with(off={rule})) != want


@pytest.mark.parametrize("text, event, want", [
    # a relative clause spanning the noun's term ("through") is not the figure's date
    ("The club sold its stadium name in 2001 for $50 million in a deal that runs through 2030.", "$50 million", "2001"),
    # a relative clause of saying dates another act
    ("Voters saw the $40 million in new taxes, which was revealed on Monday, as too high.", "$40 million", None),
    # the noun of a phrase on a verb other than a reporting one keeps its date
    ("The mayor spent $4 million in a Friday auction.", "$4 million", "Friday"),
])
def test_sixth_attachment_pass_limits(text, event, want):
    assert _attached(text, event, _lex_with()) == want


@pytest.mark.parametrize("rule, text, event, want", [
    # "been" makes a predicate perfect: the "since" clause opens the figure's period
    ("perfect_been", "The consultant who's been paid $90,000 since the inquiry was opened in March refused to comment.",
     "$90,000", "March"),
    # a container noun on a participle without a subject on the figure
    ("container_participle", "He starts the 2024 race with $3 million left over from his 2022 Senate campaign.",
     "$3 million", "2022"),
    # a "when" clause right after the figure dates it
    ("figure_when_clause", "Rent rose from $900 when we moved in 2010 to $1,400 when we left in 2019.", "$1,400", "2019"),
])
def test_sixth_attachment_pass_one_sentence_rules_shipped_off(rule, text, event, want):
    """One gold sentence each (r23, r33, r34): in ``rules_off``; switched on, they give the invented answer."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule in load_lexicon().tree["rules_off"]
    assert _attached(text, event, _lex_with(on={rule})) == want
    assert _attached(text, event, _lex_with()) != want


@pytest.mark.parametrize("rule, text, event, want", [
    # the date of a plea or a charge is not the date of the act judged
    ("charged_act", "The treasurer pleaded guilty in May 2019 to embezzling $80,000 from the club.", "$80,000", None),
])
def test_seventh_attachment_pass_rules(rule, text, event, want):
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule not in load_lexicon().tree["rules_off"]
    assert _attached(text, event, _lex_with()) == want
    assert _attached(text, event, _lex_with(off={rule})) != want


@pytest.mark.parametrize("rule, text, event, want", [
    # a noun in the "of" phrase of a partitive stands for the partitive
    ("partitive_argument", "The storm wiped out all of its 2017 harvest, pushing the farm $2 million into debt.",
     "$2 million", "2017"),
    # the whole a share restates is dated as the share
    ("restated_whole", "The House committee released a plan this month that provides $90 million to combat homelessness "
     "in fiscal 2019, or roughly half of the $180 million requested by the mayor to address the crisis.", "$180 million",
     "2019"),
    # "during" a period: no punctual saying fills it, it dates what is said
    ("during_span", "Mostly during the 2016 cycle, aides say the donor gave $5 million to the party.", "$5 million",
     "2016"),
    # a date opening a later conjunct is that conjunct's
    ("later_conjunct_date", "The plan raises outlays in 2016 to $1.2 billion and in 2017 to $1.3 billion.", "$1.2 billion",
     "2016"),
])
def test_seventh_attachment_pass_one_sentence_rules_shipped_off(rule, text, event, want):
    """One gold sentence each (r35, r36): in ``rules_off``; switched on, they give the invented answer."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule in load_lexicon().tree["rules_off"]
    assert _attached(text, event, _lex_with(on={rule})) == want
    assert _attached(text, event, _lex_with()) != want


def test_degree_than_is_no_relating_subordinator():
    """degree_than (shipped off, r35 +0): "more than" before a verb is a degree, not a relation."""
    from summitlens.extract.dates.attach import _relating_mark
    from summitlens.text.parse import parse_one

    on = _lex_with(on={"degree_than"}).tree
    doc = parse_one("The fund had been more than cut in half from 2001 to 2003.")
    marks = [t for t in doc if t.dep_ == "mark" and t.lower_ == "than"]
    assert all(not _relating_mark(t, on) for t in marks)


# attachment pass eight (rounds 1-38, all dev): each rule with its id in ``attachment.rules_off``
@pytest.mark.parametrize("text, event, want", [
    # a fronted date, a comma, then a subject: the date is that verb's, however the parser hung it
    ("Consider that between 1990 and 2005, the county spent $2 billion on prisons while building "
     "just three schools, according to a report written by a local professor.", "$2 billion", "1990 and 2005"),
    # the same after a dash (``scope_opening_marks``)
    ("Since at least the late 1990s, every governor of Ohio has sought to grow the state's budget—just from 2005 to "
     "2015, appropriations for the agency rose from $2.3 billion to $3.1 billion.", "$2.3 billion", "2005 to 2015"),
])
def test_comma_subject_scope_on_after_comma_or_dash(text, event, want):
    """comma_subject_scope ships on (pass eight: r35 +1, r37 +2 with the dash, r38 +1, hurts none)."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert "comma_subject_scope" not in load_lexicon().tree["rules_off"]
    assert _attached(text, event, _lex_with()) == want
    assert _attached(text, event, _lex_with(off={"comma_subject_scope"})) != want


@pytest.mark.parametrize("text, event, want", [
    # a figure in a sequel clause takes the date of the clause it continues
    ("Wages rose 2.1 percent in 2019, pushing the average pay up to $48,300.", "$48,300", "2019"),
    ("Smaller leaks happened in March of 2015, leading to a $900 fine, and in 2012, which resulted in a $4,000 "
     "fine.", "$900", "March of 2015"),
])
def test_sequel_clause_takes_the_continued_clause_date(text, event, want):
    """sequel_clause ships on (pass eight: r37 +1, r38 +1, hurts none); off, the old answer is back."""
    assert _attached(text, event, _lex_with()) == want
    assert _attached(text, event, _lex_with(off={"sequel_clause"})) != want


def test_sequel_clause_skips_a_date_of_another_noun():
    """Only dates on the continued verb or its arguments count ("since its launch on Saturday" does not)."""
    text = ("As of Sunday afternoon, the fund raised more than $90,000 since its launch on Saturday, potentially "
            "bringing in over $40,000 to the campaign.")
    assert _attached(text, "$40,000", _lex_with()) != "Saturday"


def test_reached_level_shipped_off():
    """reached_level (attachment r38 +1, one gold sentence): in ``rules_off``; on, the level reached
    takes the change's date."""
    from summitlens.extract.dates.lexicon import load_lexicon

    text = "Average weekly pay rose 0.5 percent in March to $1,020, the agency said."
    assert "reached_level" in load_lexicon().tree["rules_off"]
    assert _attached(text, "$1,020", _lex_with(on={"reached_level"})) == "March"
    assert _attached(text, "$1,020", _lex_with()) != "March"


@pytest.mark.parametrize("text, event, want", [
    ("$2.1 million is the amount the county paid to victims of floods between 2015 and 2017.", "$2.1 million",
     "2015 and 2017"),
    ("Aides stressed that $40 million is not the limit for what the committee may spend this year.", "$40 million",
     "this year"),
])
def test_equated_clause_dates_the_figure(text, event, want):
    """equated_clause ships on (pass eight: r36 +1, r38 +1, hurts none); off, no date."""
    assert _attached(text, event, _lex_with()) == want
    assert _attached(text, event, _lex_with(off={"equated_clause"})) != want


def test_equated_clause_leaves_a_date_on_the_copula():
    """A date on the copula itself is left to the tree (the copula's own time)."""
    from summitlens.extract.dates.attach import _equated_clause
    from summitlens.text.parse import parse_one

    text = "In 2016, $3 million was the sum the county paid to victims of floods between 2011 and 2014."
    s = text.index("$3")
    assert _equated_clause(text, (s, s + 10), resolve_dates(text, anchor=A), parse_one(text), _lex_with()) is None


# dates pass nine (attachment rounds 1-39, all dev)
def test_change_base_shipped_off():
    """change_base (attachment r39 +1, one gold sentence, hurts none): in ``rules_off``; switched on, the
    base a change is counted from ("an increase from the previous year") does not date the change."""
    from summitlens.extract.dates.lexicon import load_lexicon

    text = ("The port keeps adding jobs, fostering some $60 billion in trade between Laredo and Nuevo Laredo in "
            "2015, a $5 billion increase from the previous year.")
    assert "change_base" in load_lexicon().tree["rules_off"]
    assert _attached(text, "$5 billion", _lex_with(on={"change_base"})) == "2015"
    assert _attached(text, "$5 billion", _lex_with()) == "the previous year"


def test_change_base_leaves_a_range():
    """A "from … to …" range after a change word is a span, not a base."""
    text = "Democrats still got $137 billion in tax increases from 1991 through 1995 that they had wanted."
    assert _attached(text, "$137 billion", _lex_with(on={"change_base"})) == "1991 through 1995"


# dates pass ten (attachment rounds 1-40, all dev)
@pytest.mark.parametrize("text, event", [
    ("On Monday, she hired a lawyer, a move that shows she will fight for every cent of her $9 million deal.",
     "$9 million"),
    ("As of May, some 12 million pupils were in the scheme, which costs $20 billion a year.", "$20 billion"),
])
def test_scope_stops_at_relative_shipped_on(text, event):
    """scope_stops_at_relative (r28 +1, r40 +1, hurts none): a fronted date does not reach into a
    finite relative clause with a subject of its own between the event and the meeting point."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert "scope_stops_at_relative" not in load_lexicon().tree["rules_off"]
    assert _attached(text, event, _lex_with()) is None
    assert _attached(text, event, _lex_with(off={"scope_stops_at_relative"})) is not None


def test_fronted_phrase_scope_shipped_off():
    """fronted_phrase_scope (attachment r40 +1, one gold sentence, hurts none): in ``rules_off``;
    switched on, a date opening a longer phrase set off by a comma before the subject scopes over
    the clause, as a date set off by itself does (``fronted_clause_scope``)."""
    from summitlens.extract.dates.lexicon import load_lexicon

    text = ("In winter in Texas under a cold-snap scenario, prices may be low on most days while prices may "
            "reach up to $90/MWh on other days.")
    assert "fronted_phrase_scope" in load_lexicon().tree["rules_off"]
    assert _attached(text, "$90/MWh", _lex_with(on={"fronted_phrase_scope"})) == "In winter"
    assert _attached(text, "$90/MWh", _lex_with()) is None


def test_fronted_phrase_scope_needs_the_date_as_the_phrase_head():
    """A date deeper in the fronted phrase ("In his address Tuesday night, …") dates that phrase's noun."""
    text = ("In his address Tuesday night, the mayor asked the council to raise the wage to $15 by 2025, up "
            "from the current $11.")
    assert _attached(text, "$11", _lex_with(on={"fronted_phrase_scope"})) is None


# dates pass eleven (attachment rounds 1-42, all dev)
def test_deadline_below_shipped_on():
    """deadline_below (r27 +1, r39 +1, hurts none): a date that is the object of a deadline relation
    ("ahead of", "just before") on a verb below the figure's predicate is that act's deadline."""
    from summitlens.extract.dates.lexicon import load_lexicon

    text = ("The measure would authorize $300 million for the Highway Safety Board to give to counties to "
            "repair their bridges ahead of 2030.")
    assert "deadline_below" not in load_lexicon().tree["rules_off"]
    assert _attached(text, "$300 million", _lex_with()) is None
    assert _attached(text, "$300 million", _lex_with(off={"deadline_below"})) == "2030"


@pytest.mark.parametrize("text, event, want", [
    # figure_deictic_date with deictic_rules [rel_unit, deictic, ago]: "today", "N years ago" right
    # after another figure are that figure's
    ("The bill would raise the threshold to $200,000 for single parents, up from $75,000 today.", "$200,000", None),
    ("The average price increased to $12,951 from $6,425 five years ago.", "$12,951", None),
    ("The average price increased to $12,951 from $6,425 five years ago.", "$6,425", "five years ago"),
])
def test_deictic_date_after_another_figure(text, event, want):
    """(dates pass eleven: r37 +2, r42 +1, hurts none) a deictic day or an "ago" span written right
    after another figure is that figure's date, as "this year" already was."""
    assert _attached(text, event, _lex_with()) == want


def test_find_reports():
    """(dates pass eleven: "find" a reporting verb, r17 +1, r42 +1, hurts none) the date of a study's
    finding is the finding's, not the figure's."""
    text = "In 2012, a study found that a renter must make more than $60,000 a year to afford the city."
    assert _attached(text, "$60,000", _lex_with()) is None


def test_value_noun_of_shipped_off():
    """value_noun_of (r37 +1, one gold sentence, hurts none): in ``rules_off``; switched on, a noun
    naming a value whose "of" phrase holds the figure ("the record of $3.5 million, set in 1980") is
    the figure's own noun, so a clause on it dates the figure."""
    from summitlens.extract.dates.lexicon import load_lexicon

    text = "That beats the previous record of $4.2 million, set in 1996."
    assert "value_noun_of" in load_lexicon().tree["rules_off"]
    assert _attached(text, "$4.2 million", _lex_with(on={"value_noun_of"})) == "1996"
    assert _attached(text, "$4.2 million", _lex_with()) is None


# dates pass thirteen (attachment rounds 1-45, all dev)
@pytest.mark.parametrize("text, event, off", [
    # a fronted date does not reach an event in a relating phrase: "after" (r27) ...
    ("In March 2015, the startup closed its doors after burning $40 million in venture money.", "$40 million",
     "March 2015"),
    # ... or "than" (r44): the compared figure is a baseline, not an act of the fronted date
    ("On Jan. 1, state minimum wages will be higher than the federal requirement of $7.25 an hour in 21 states.",
     "$7.25", "Jan. 1"),
])
def test_fronted_relating_shipped_on(text, event, off):
    """fronted_relating (r27 +1, r44 +1, hurts none; off from the twenty-second pass, on since dates
    pass thirteen): fronted_clause_scope stops at a relating phrase holding the event."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert "fronted_relating" not in load_lexicon().tree["rules_off"]
    assert _attached(text, event, _lex_with()) is None
    assert _attached(text, event, _lex_with(off={"fronted_relating"})) == off


@pytest.mark.parametrize("text, event, want", [
    # a "today" on a present-tense verb whose figure is a rate per unit of time: nowadays, no date
    ("Today, drug companies spend $4 billion a year on ads to consumers.", "$4 billion", None),
    ("Today the agency spends $9 billion per year on grants, and 2019 was no different.", "$9 billion", None),
    ("Today, the fund pays out $300 million annually.", "$300 million", None),
    # ... not a level without a rate, a past act, or a verb with an auxiliary
    ("The average plan today costs $3,000 more than it did in 2013.", "$3,000", "today"),
    ("Today, the board approved $2 million a year for the program.", "$2 million", "Today"),
    ("Today, the board will approve $2 million a year for the program.", "$2 million", "Today"),
])
def test_generic_present(text, event, want):
    """generic_present (dates pass thirteen: r41 +1, r43 +1, hurts none): "today" with a present-tense
    rate is "nowadays"; the id in ``rules_off`` gives the date back."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert "generic_present" not in load_lexicon().tree["rules_off"]
    assert _attached(text, event, _lex_with()) == want
    if want is None:
        assert _attached(text, event, _lex_with(off={"generic_present"})) is not None


def test_report_subject_date_shipped_off():
    """report_subject_date (dates pass thirteen: r44 +1 only, one gold sentence, hurts none): in
    ``rules_off``; switched on, a date on the subject of a reporting verb is the report's."""
    from summitlens.extract.dates.lexicon import load_lexicon

    text = "A 2014 report from the institute estimated the market for the four drugs at $100 billion annually."
    assert "report_subject_date" in load_lexicon().tree["rules_off"]
    assert _attached(text, "$100 billion", _lex_with(on={"report_subject_date"}, off={"report_noun_date"})) is None
    # (dates pass twenty-five) report_noun_date, on, now covers this sentence: "report" names a report
    assert _attached(text, "$100 billion", _lex_with()) is None
    assert _attached(text, "$100 billion", _lex_with(off={"report_noun_date"})) == "2014"


def test_start_prep_label_shipped_off():
    """start_prep_label (dates pass thirteen: r44 +1 only, one gold sentence, hurts none): in
    ``rules_off``; switched on, a start participle parsed as a preposition opens the figure's period."""
    from summitlens.extract.dates.lexicon import load_lexicon

    text = ("That payoff will come from the fund, to which the rich countries are supposed to donate $100 billion "
            "a year beginning in 2020, with the money going to the developing world.")
    assert "start_prep_label" in load_lexicon().tree["rules_off"]
    assert _attached(text, "$100 billion", _lex_with(on={"start_prep_label"})) == "2020"
    assert _attached(text, "$100 billion", _lex_with()) is None


def test_period_over_day_shipped_off():
    """period_over_day (dates pass thirteen: r44 +1 only, one gold sentence, hurts none): in
    ``rules_off``; switched on, a period beats a single day tied with it on a planning verb."""
    from summitlens.extract.dates.lexicon import load_lexicon

    text = "Warren on Friday proposed $20 trillion in federal spending over the next decade to provide care."
    assert "period_over_day" in load_lexicon().tree["rules_off"]
    assert _attached(text, "$20 trillion", _lex_with(on={"period_over_day"})) == "next decade"
    assert _attached(text, "$20 trillion", _lex_with()) == "Friday"


# (twenty-fifth pass) rules of attachment rounds r46-r47: each switched off and on
_TWENTY_FIFTH_ON = [
    # difference_than: the figure is a difference over an elliptic "than in YEAR"
    ("difference_than", "The average teacher earns $4,310 more per year than in 2005.", "$4,310", "2005", None),
    ("difference_than", "The state collected about $91 million less than in 2011.", "$91 million", "2011", None),
    # report_noun_date: a date on the subject that names a report dates the report
    ("report_noun_date", "The Urban Institute's estimate last year, by the way, put the cost of the plan at "
     "$12 billion a year.", "$12 billion", None, "last year"),
]
_TWENTY_FIFTH_OFF = [
    # value_noun_bound: a bound on a value noun whose "of" holds the figure (r47 +1 only)
    ("value_noun_bound", "Farmers have been helped by the state with a total cost of about $3 billion a year "
     "since 1998 by four governors.", "$3 billion", "1998", None),
    # figure_noun_attribute: a date before a noun holding another figure (r46 +2, one sentence)
    ("figure_noun_attribute", "At today's price of copper at $2.61, the mine would gross $9 million a day.",
     "$9 million", None, "today"),
    # infinitive_not_finite: "allowed X to restore" is no finite clause (r47 +1 only)
    ("infinitive_not_finite", "The spending pact in March 2014 allowed the agency to restore $1.5 billion "
     "for research.", "$1.5 billion", "March 2014", None),
    # quoted_figure_report: a quoted figure below a reporting verb (r47 +1, r30 -1)
    ("quoted_figure_report", "Last October, a Chicago Tribune columnist wrote a sharp review of the plans of the "
     "mayoral candidates to fix transit and zeroed in on one idea – “build a tunnel under the lake, at a cost of "
     "perhaps $4 billion a year” – as the worst.", "$4 billion", None, "Last October"),
    # with_attribute_figure: a figure under "with" on a noun below the meeting point (r47 +1, r22 -2, r41 -1)
    ("with_attribute_figure", "For a retiree with an annual income of $31,400, the premium in 2027 would "
     "average $9,100 a year.", "$31,400", None, "2027"),
    # deep_noun_clause: a clause on a noun deeper in the figure's phrase (r47 +1, +5 -5 pooled)
    ("deep_noun_clause", "Nearly $40 billion in new spending included in the bill approved on Friday will raise "
     "the deficit, a watchdog group said.", "$40 billion", None, "Friday"),
]


@pytest.mark.parametrize("rule, text, event, on, off", _TWENTY_FIFTH_ON)
def test_twenty_fifth_pass_rules_on(rule, text, event, on, off):
    """Rules shipped on: the date with the rule, another without it."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule not in load_lexicon().tree["rules_off"]
    got, without = _attached(text, event, _lex_with()), _attached(text, event, _lex_with(off={rule}))
    assert (got is None if on is None else on in got), got
    assert (without is None if off is None else off in without), without


@pytest.mark.parametrize("rule, text, event, on, off", _TWENTY_FIFTH_OFF)
def test_twenty_fifth_pass_rules_shipped_off(rule, text, event, on, off):
    """Rules fixing one gold sentence or breaking rows ship in ``rules_off``; switched on they work."""
    from summitlens.extract.dates.lexicon import load_lexicon

    assert rule in load_lexicon().tree["rules_off"]
    got, without = _attached(text, event, _lex_with(on={rule})), _attached(text, event, _lex_with())
    assert (got is None if on is None else on in got), got
    assert (without is None if off is None else off in without), without
