"""Tests of summitlens.extract.frames.scope: negation and hedge scope, targets on the parse."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.extract.frames import frame_text
from summitlens.extract.frames.cues import load_cues
from summitlens.extract.frames.scope import needs_parse


def _row(text: str, surface: str) -> dict:
    df = frame_text(text)
    hit = df[df["surface"] == surface]
    assert len(hit) == 1, df[["surface", "category"]].values.tolist()
    return hit.iloc[0].to_dict()


def _assert_polarity_stable(words: list[str], *, all_on: bool) -> None:
    """Polarity of a sentence made of ``words`` (with the shipped rules, or every rule on) is
    boolean with a cue when set, and the same twice (the never-crash property of each pass)."""
    from summitlens.extract.frames import scope as sc

    syn = sc._syntax()
    saved = syn["rules_off"]
    if all_on:
        syn["rules_off"] = frozenset()
    try:
        text = " ".join(words) + "."
        df = frame_text(text)
        for r in df.itertuples(index=False):
            assert bool(r.negated) == bool(r.negation_cue) and bool(r.hedged) == bool(r.hedge_cue)
        assert df.equals(frame_text(text))
    finally:
        syn["rules_off"] = saved


@pytest.mark.parametrize("text, surface, negated", [
    ("Russia is not an ally.", "ally", True),
    ("There is no place for military alliances.", "alliances", True),
    ("This is far from an alliance.", "alliance", True),
    ("Russia and China are no longer partners.", "partners", True),
    ("Russia has never been an ally.", "ally", True),
    ("They never implicated any Trump ally.", "ally", False),
    ("No military alliance is going to alter that.", "alliance", False),
    ("Trump fixates on competitiveness, not its authoritarian system.", "authoritarian", False),
    ("The 20th century offers no shortage of authoritarian leftists.", "authoritarian", False),
    ("Beijing dismissed the idea of such a partnership.", "partnership", True),
    ("Neither side has other obvious major allies.", "allies", True),
    ("He doesn't believe Trump values the Western alliances.", "alliances", False),
    ("Democrats hammer Trump for not working with allies.", "allies", False),
    ("It is not a partnership of convenience but a real friendship.", "friendship", False),
    ("It is not a partnership of convenience but a real friendship.", "partnership", True),
    ("China did not condemn Russia, and remains its closest partner.", "partner", False),
    ("Don't support legitimizing China's autocratic political system.", "autocratic", False),
])
def test_negation_scope(text, surface, negated):
    assert bool(_row(text, surface)["negated"]) is negated


@pytest.mark.parametrize("text, surface, hedged", [
    ("The so-called Quad, is an ally.", "ally", False),
    ("the so-called partnership", "partnership", True),
    ("The two are said to be good friends.", "good friends", True),
    ("Russia is seen as China's junior partner.", "partner", True),
    ("Russia is seen by Beijing as its partner.", "partner", False),
    ("Russia's friendly veneer hides rivalry with China.", "friendly", True),
    ("Russia is supposedly China's ally.", "ally", True),
])
def test_hedge_scope(text, surface, hedged):
    assert bool(_row(text, surface)["hedged"]) is hedged


@pytest.mark.parametrize("text, surface, target", [
    ("New Russia-China alliance", "alliance", "relationship"),
    ("They spoke of an alliance between Moscow and Beijing.", "alliance", "relationship"),
    ("Russia and China are not partners.", "partners", "relationship"),
    ("the U.S. and its allies will defend Estonia should Russia attack.", "allies", "other"),
    ("NATO allies met in Brussels.", "allies", "other"),
])
def test_targets(text, surface, target):
    assert _row(text, surface)["target"] == target


def test_only_trigger_sentences_are_parsed():
    scope = load_cues().scope
    assert needs_parse("Russia isn't an ally.", scope=scope)
    assert needs_parse("They are said to be friends.", scope=scope)
    assert not needs_parse("Russia and China are partners.", scope=scope)


def test_unattributed_quotation_has_no_speaker():
    df = frame_text('North Korea fired a missile on Monday. "Russia and China are friends," a banner read in Asia.')
    assert df["speaker"].tolist() == [""]


@pytest.mark.parametrize("text, surface, negated", [
    # Concessive "if not" before the term's noun phrase negates it.
    ("Russia and China already have, if not a military alliance, very close relations.", "alliance", True),
    # "avoid" denies its object; creation verbs are existential ("not creating alliances").
    ("Other countries are trying to isolate themselves and avoid partnerships.", "partnerships", True),
    ("Vladimir Putin: We are not creating military alliances with China.", "alliances", True),
    # A cleft negates the clause, not the term.
    ("It is not our partners who should be offended by our veto.", "partners", False),
    # Third pass: a negated support verb denies the term ("not seeking regime change" is
    # negated in rounds 8 and 9; round 1's gold, the one row against, differs).
    ('"We are not seeking regime change," Obama said.', "regime", True),
    ("The US policy toward Russia can hardly be called friendly.", "friendly", True),
])
def test_negation_rules_issue13(text, surface, negated):
    from summitlens.extract.frames import frame_text

    df = frame_text(text)
    assert df.loc[df["surface"] == surface, "negated"].tolist() == [negated]


@pytest.mark.parametrize("text, surface, negated", [
    # A negation of the phrase the term sits inside through a preposition or as a possessor
    # is not a negation of the term (issue 13) ...
    ("I'm not a fan of regime change.", "regime", False),
    ("Without the support of its negotiating partners, sanctions fail.", "partners", False),
    ("He has no illusions about the dictator's intentions.", "dictator", False),
    # ... except "no" over its own object and an adjective predicate's object.
    ("There is no room for an alliance here.", "alliance", True),
    ("The programmes are not tantamount to a dictatorship.", "dictatorship", True),
    ("They went ahead without allies.", "allies", True),
])
def test_negation_through_prepositions(text, surface, negated):
    assert bool(_row(text, surface)["negated"]) is negated


@pytest.mark.parametrize("text, surface, hedged", [
    # Reduced impersonal passives on a noun hedge; negated ones deny instead.
    ("Nunes, generally seen as a Trump ally, spoke.", "ally", True),
    ("They came from nations usually believed to be friendly.", "friendly", True),
    ("He gave a speech widely seen as friendly toward Russia.", "friendly", True),
    ("Russia is not considered a friend of the U.S.", "friend", False),
    # A hedge modifier the parser reads as a verb still sits right before the term.
    ("Oil came from enemies such as Iran, or purported friends like Saudi Arabia.", "friends", True),
    # A distancing head must be the term's own head, not a noun further up.
    ("The visit is a show of support for NATO allies.", "allies", False),
    ("Their friendly veneer cracked.", "friendly", True),
    # "would-be" names an aspiration, not a doubt about the label.
    ("Voters ignored the would-be strongman.", "strongman", False),
])
def test_hedge_scope_structures(text, surface, hedged):
    assert bool(_row(text, surface)["hedged"]) is hedged


def test_sentences_naming_a_side_are_parsed():
    targets = load_cues().target_patterns
    assert needs_parse("Russia and China are partners.", scope=load_cues().scope, targets=targets)
    assert not needs_parse("NATO allies met.", scope=load_cues().scope, targets=targets)
    assert needs_parse("Nunes, widely seen as an ally, spoke.", scope=load_cues().scope)


@pytest.mark.parametrize("text, surface, negated", [
    # Issue 13, second pass (rounds 6-7 as development data). A negator after the term denies
    # the contrasted phrase, not the term.
    ("The U.S. believes in strategic partnerships, not strategic dependency.", "strategic partnerships", False),
    # A negator on a noun the term premodifies, or on a verb the parser hung the noun on.
    ("Not even our closest partners support denying Iran the ability to enrich.", "partners", False),
    ("He saw no friendly strobes.", "friendly", False),
    ('"This alliance, this relationship between America and Poland, has never been stronger."', "alliance", False),
    # Double negatives affirm.
    ("President Trump has not ruled out friendly relations with North Korea.", "friendly relations", False),
    ("Nobody can accuse Engel of not being a friend of the teachers.", "friend", False),
    ("Just because I disagree doesn't mean that I'm not going to be friends with them.", "friends", False),
    # "few or no" is a quantity.
    ("Today, most Americans have few or even no friends with other worldviews.", "friends", False),
    # Concessive "if not" on a coordinated noun.
    ("It will come from us, as citizens and neighbors, if not friends, deciding to act.", "friends", True),
    # A denial verb reaches the term only through its object or complement.
    ("He aimed to avoid an escalation by making clear that it is not against the Syrian regime.", "regime", False),
    # "no" through a preposition: only heads that deny the thing itself.
    ("The tariffs would be applied equally, with no exceptions for allies.", "allies", False),
    ("Morality plays no role for dictators.", "dictators", False),
    ("I have no trust in partnerships without independent checks.", "partnerships", True),
    # A negated verb's "as"-complement, a negating adjunct, a pro-form head, a negating prefix.
    ("In no respect whatsoever does Iran qualify as a friend of the US.", "friend", True),
    ("The perception of our strategy is not one of partnership, but of passivity.", "partnership", True),
    ("Moscow keeps propping up the Syrian not-so-strongman Bashar Assad.", "strongman", True),
    ("Trump might not find a friend in Senate Majority Leader Mitch McConnell.", "friend", True),
])
def test_negation_rules_issue13_second_pass(text, surface, negated):
    assert bool(_row(text, surface)["negated"]) is negated


@pytest.mark.parametrize("text, surface, hedged", [
    # A hedge modifier on the term's possessor does not hedge the term.
    ("The alleged victim's friends said she does not remember it.", "friends", False),
    # Pretence modifiers, distancing phrases, an adverb on an adjective term.
    ("Booker invented an imaginary gangster friend named T-Bone.", "friend", True),
    ("These groups, these, if you will, not friends of the president, were ignored.", "friends", True),
    ("Ukrainians exposed Manafort as a supposedly Russia-friendly tool.", "friendly", True),
    # An impersonal passive with a negative subject or an obligation is no report.
    ("Neither party was seen as more or less friendly toward civil rights.", "friendly", False),
    ("Our embassy should be viewed as an ally of dissidents.", "ally", False),
])
def test_hedge_rules_issue13_second_pass(text, surface, hedged):
    assert bool(_row(text, surface)["hedged"]) is hedged


@pytest.mark.parametrize("text, surface, negated", [
    # Issue 13, third pass (rounds 8-9 studied, rules counted over rounds 1-9). A negated support
    # verb denies the term it forms or seeks, also as the head of a compound ...
    ("We do not seek regime change.", "regime", True),
    ("Police are not making friends of the people.", "friends", True),
    # ... not a term that possesses its object.
    ("The United States did not seek the regime's permission.", "regime", False),
    # "no" on a subject counts nothing.
    ("At the same time, no military alliance is going to alter the balance.", "alliance", False),
])
def test_negation_rules_issue13_third_pass(text, surface, negated):
    assert bool(_row(text, surface)["negated"]) is negated


_PIECES = ["not", "no", "nor", "seek", "making", "the", "\u201cfriend\u201d", "'ally'", "a", "of his", "said",
           "as", "partnership", "regime change", "regime's", ",", "called", "categories", "50"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_third_pass_rules_never_crash(words):
    """Any mix of the third-pass triggers parses and yields boolean polarity with a cue when set."""
    df = frame_text(" ".join(words) + ".")
    for r in df.itertuples(index=False):
        assert bool(r.negated) == bool(r.negation_cue) and bool(r.hedged) == bool(r.hedge_cue)


@pytest.mark.parametrize("text, surface, negated", [
    # Issue 13, fourth pass (rounds 1-10 pooled, each rule counted per round). A "not"/"never"
    # that opens the term's phrase denies it as a label when that phrase says what something
    # is: in apposition to or coordinated with a predicate, an "as"-complement, a verbless phrase.
    ("The Left was an obstacle, not an ally.", "ally", True),
    ("It is an enemy of Biden, not a friend.", "friend", True),
    ("He's your boss, not one of your brothers on the line.", "brothers", True),
    ("He praised dictators, not as allies but as dictators.", "allies", True),
    ("Never the best of friends, the two chairwomen are antagonizing one another.", "friends", True),
    ("Not our friends & supporting them doesn't serve our interest.", "friends", True),
    ("Rubio was one of several sources who, though not Bannon allies, cautioned against it.", "allies", True),
    # A contrast between arguments denies the argument, not the label; a negator on a noun the
    # term premodifies denies that noun; "not all" is a partial negation.
    ("That's a matter for American courts, not communist tyrants running camps.", "tyrants", False),
    ("Abu Barra blamed the attack not on his friend Adebolajo but on the government.", "friend", False),
    ("We will seek common ground, not hostility, partnership, not conflict.", "partnership", False),
    ("Trump fixates on competitiveness, not its authoritarian system.", "authoritarian", False),
    ("Not all allies agree.", "allies", False),
    # A negated comparison affirms: "no closer ally than" says the ally is the closest.
    ("We have no closer ally than the United Kingdom.", "ally", False),
    ("The president may have no more important ally than Barr.", "ally", False),
    ("Israel will have no greater friend than the United States.", "friend", False),
    ("Israel will have no friend in the United States.", "friend", True),
])
def test_negation_rules_issue13_fourth_pass(text, surface, negated):
    assert bool(_row(text, surface)["negated"]) is negated


@pytest.mark.parametrize("text, surface, hedged", [
    # Fourth pass: "what X calls" by structure, a naming verb with the free relative "what" as its
    # object ("described as", "referred to as", "dubbed" as well as the listed "what critics call").
    ('He kept pressuring what he repeatedly referred to as the Iranian "regime".', "regime", True),
    ("Beijing now touts what officials describe as a partnership.", "partnership", True),
    ("Moscow entered what the Kremlin dubbed a strategic partnership.", "strategic partnership", True),
    # Only the phrase the verb names, not a noun further down in it; no "what", no hedge.
    ('It began with what an official described as a "rant" against U.S. allies.', "allies", False),
    ("Officials describe it as a partnership.", "partnership", False),
])
def test_hedge_rules_issue13_fourth_pass(text, surface, hedged, monkeypatch):
    # naming_what helps one development round only, so it is off by default (frames.yml).
    from summitlens.extract.frames import scope as sc

    monkeypatch.setitem(sc._syntax(), "rules_off", frozenset())
    assert bool(_row(text, surface)["hedged"]) is hedged


def test_single_round_rules_are_off_by_default():
    from summitlens.extract.frames import scope as sc

    # phrase_scare_quote is on since the sixth pass (rounds 10 and 13).
    assert "naming_what" in sc._syntax()["rules_off"] and "phrase_scare_quote" not in sc._syntax()["rules_off"]
    assert not _row("Beijing now touts what officials describe as a partnership.", "partnership")["hedged"]


def test_what_naming_sentences_are_parsed():
    assert needs_parse("Beijing touts what officials describe as a partnership.", scope=load_cues().scope)


def test_fourth_pass_rules_can_be_turned_off(monkeypatch):
    """Every fourth-pass rule has an id in ``frames.yml`` (``scope_syntax.rules_off``)."""
    from summitlens.extract.frames import scope as sc

    on = bool(_row("The Left was an obstacle, not an ally.", "ally")["negated"])
    monkeypatch.setitem(sc._syntax(), "rules_off", frozenset({"constituent_negation"}))
    assert on and not _row("The Left was an obstacle, not an ally.", "ally")["negated"]


_PIECES4 = ["not", "never", "no", "closer", "more", "important", "than", "an", "ally", "allies", "friends",
            "as", "what", "he", "called", "described", "one", "of", "the", "best", ",", "obstacle", "was",
            "'fat friend'", "\u201c", "\u201d"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_PIECES4), min_size=1, max_size=12))
def test_fourth_pass_rules_never_crash(words):
    """Any mix of the fourth-pass triggers yields boolean polarity with a cue when set, and the
    same output twice (deterministic)."""
    _assert_polarity_stable(words, all_on=False)


@pytest.mark.parametrize("text, surface, negated", [
    # Issue 13, fifth pass: "impose" forms the term it takes as object, so a negation up its
    # clause chain denies it, like "did not seek regime change" ...
    ("Invoking this law would not constitute imposing a dictatorship on the people.", "dictatorship", True),
    ("They did not impose a dictatorship.", "dictatorship", True),
    # ... but not the term's possessor nor an affirmed imposition.
    ("They did not impose the regime's rules.", "regime", False),
    ("They imposed a dictatorship.", "dictatorship", False),
])
def test_negation_rules_issue13_fifth_pass(text, surface, negated):
    assert bool(_row(text, surface)["negated"]) is negated


@pytest.mark.parametrize("text, surface, hedged", [
    # hearsay_clause: an impersonal "it" verb of hearsay or appearance over the term's clause.
    ("The Assad regime's sponsors are Iran and Russia, it is said.", "regime", True),
    ("At one point, it seemed they might have been allies.", "allies", True),
    ("It is not said that they are allies.", "allies", False),
    ("He said they are allies.", "allies", False),
    # comparison_standard: the standard of a comparison is not the hedged label.
    ("Bush was seen as more fun and friendly than his responsible brother Jeb.", "brother", False),
    ("Bush was seen as more fun and friendly than his responsible brother Jeb.", "friendly", True),
])
def test_hedge_rules_issue13_fifth_pass(text, surface, hedged, monkeypatch):
    # Each helps one development round only (r12), so it is off by default (frames.yml).
    from summitlens.extract.frames import scope as sc

    monkeypatch.setitem(sc._syntax(), "rules_off", frozenset())
    assert bool(_row(text, surface)["hedged"]) is hedged


def test_fifth_pass_single_round_rules_are_off_by_default():
    from summitlens.extract.frames import scope as sc

    assert {"hearsay_clause", "comparison_standard", "named_quote"} <= sc._syntax()["rules_off"]
    assert not _row("At one point, it seemed they might have been allies.", "allies")["hedged"]
    assert needs_parse("At one point, it seemed they might have been allies.", scope=load_cues().scope)
    assert needs_parse("They are allies, it is said.", scope=load_cues().scope)


_PIECES5 = ["it", "is", "was", "said", "seemed", "appears", "not", "they", "are", "allies", "friendly",
            "than", "more", "his", "brother", "seen", "as", "imposing", "impose", "a", "dictatorship", ","]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_PIECES5), min_size=1, max_size=12))
def test_fifth_pass_rules_never_crash(words):
    """Any mix of the fifth-pass triggers, rules on, yields boolean polarity with a cue when set,
    and the same output twice (deterministic)."""
    _assert_polarity_stable(words, all_on=True)


@pytest.mark.parametrize("text, surface, negated", [
    # Issue 13, sixth pass (pp_predicate): a negated copula whose predicate is an "about"/"for"
    # phrase denies the term heading its object ...
    ("It is not about regime change, she said.", "regime", True),
    ("Trump has long been clear that he's not for regime change.", "regime", True),
    # ... an affirmed one does not, nor a preposition on an adjective predicate.
    ("It is about regime change, she said.", "regime", False),
    ("Such an approach is good for enemies, but not good for allies.", "allies", False),
    # A denial verb over the term's predicate denies it.
    ("He denied being an ally of the regime.", "ally", True),
])
def test_negation_rules_issue13_sixth_pass(text, surface, negated):
    assert bool(_row(text, surface)["negated"]) is negated


@pytest.mark.parametrize("text, surface, field, expected", [
    # Each helps one development round only (r13), so it is off by default (frames.yml); every
    # rule on here:
    # infinitival_subject ("no" on the subject of a bare infinitive denies the thing) ...
    ("Many are elder orphans, with no close relatives or friends to take care of them.", "friends", "negated", True),
    # ... hearsay_object (the object of an impersonal hearsay passive's infinitive) ...
    ("Trump is said to have almost no friends outside his family.", "friends", "hedged", True),
    # ... negated_impersonal (a negated impersonal passive still hedges) ...
    ("The data is being phased out because it's not considered privacy-friendly.", "friendly", "hedged", True),
    # ... paired_marks (an apostrophe closes no double quotation mark) ...
    ("One excerpt describes his methodology for getting \u201cfriends\u2019 wives into bed,\u201d he said.", "friends",
     "hedged", False),
    # ... nearer_negation (a denial verb does not reach past a negated clause holding the term).
    ("He avoided answering the question: can Americans trust that a president will not give "
     "authoritarians a free pass?", "authoritarians", "negated", False),
])
def test_sixth_pass_single_round_rules(text, surface, field, expected, monkeypatch):
    from summitlens.extract.frames import scope as sc

    assert {"infinitival_subject", "hearsay_object", "negated_impersonal", "paired_marks",
            "nearer_negation"} <= sc._syntax()["rules_off"]
    monkeypatch.setitem(sc._syntax(), "rules_off", frozenset())
    assert bool(_row(text, surface)[field]) is expected


_PIECES6 = ["it", "is", "not", "about", "for", "regime", "change", "said", "to", "have", "no", "friends",
            "with", "take", "care", "avoided", "denied", "will", "give", "authoritarians", "considered",
            "\u201callies,\u201d", "the", "and", "\u201cfriends\u2019", "'friend'", ":", ","]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_PIECES6), min_size=1, max_size=12), st.booleans())
def test_sixth_pass_rules_never_crash(words, all_on):
    """Any mix of the sixth-pass triggers, with the shipped rules or every rule on, yields
    boolean polarity with a cue when set, and the same output twice (deterministic)."""
    _assert_polarity_stable(words, all_on=all_on)


@pytest.mark.parametrize("text, surface, negated", [
    # Issue 13, seventh pass (indefinite_object): a negated verb denies an indefinite singular
    # object the term heads ...
    ("We might have elected you as president, but we did not elect a new dictator.", "dictator", True),
    ("Because the nuclear deal will not force regime change, it elides that problem.", "regime", True),
    ("It will not produce a peace partner or spawn a law-abiding neighbor.", "partner", True),
    # ... not a plural, a definite or possessed object, or a name.
    ("You don't treat allies the same way you treat opponents.", "allies", False),
    ("He does not undermine our alliance.", "alliance", False),
    ("They will not visit family or friends on weekends.", "friends", False),
    # subject_no: "no" on the subject of a modal or passive verb denies there being such a thing ...
    ("No regime can be allowed to do so with impunity.", "regime", True),
    ("No alliance, however strict, can be an adequate substitute for the government.", "alliance", True),
    # ... not on the subject of a plain finite verb.
    ("No military alliance is going to alter the balance.", "alliance", False),
])
def test_negation_rules_issue13_seventh_pass(text, surface, negated):
    assert bool(_row(text, surface)["negated"]) is negated


@pytest.mark.parametrize("text, surface, field, expected", [
    # Each helps one development round only (r14), so it is off by default (frames.yml); every
    # rule on here: negated_auxiliary ("not" the parser hangs on a passive auxiliary) ...
    ("Johnson pointed out that he's \"not getting elected dictator or king.\"", "dictator", "negated", True),
    # ... reduced_root (a reduced impersonal passive parsed as the main verb).
    ("The man alleged to be her brother was a young adult living in London.", "brother", "hedged", True),
])
def test_seventh_pass_single_round_rules(text, surface, field, expected, monkeypatch):
    from summitlens.extract.frames import scope as sc

    assert {"negated_auxiliary", "reduced_root"} <= sc._syntax()["rules_off"]
    assert not {"indefinite_object", "subject_no", "adjective_scare_quote"} & sc._syntax()["rules_off"]
    assert not bool(_row(text, surface)[field])
    monkeypatch.setitem(sc._syntax(), "rules_off", frozenset())
    assert bool(_row(text, surface)[field]) is expected


_PIECES7 = ["no", "not", "did", "elect", "a", "new", "dictator", "regime", "change", "can", "be", "allowed",
            "is", "getting", "elected", "allies", "our", "alliance", "alleged", "to", "her", "brother",
            "\u201cfriendly\u201d", "purposes", "for", ","]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_PIECES7), min_size=1, max_size=12), st.booleans())
def test_seventh_pass_rules_never_crash(words, all_on):
    """Any mix of the seventh-pass triggers, with the shipped rules or every rule on, yields
    boolean polarity with a cue when set, and the same output twice (deterministic)."""
    _assert_polarity_stable(words, all_on=all_on)


@pytest.mark.parametrize("text, surface, negated", [
    # not_as: "not as" opening the phrase denies the description, a modifier of its head included.
    ("We must define our effort not as a boundless war on terror but as a series of targeted efforts.",
     "boundless", True),
    ("They saw Russia not as an ally but as a rival.", "ally", True),
    ("Beijing rejected the idea of an alliance with Moscow.", "alliance", True),
    ("Beijing rejected talk of an alliance.", "alliance", True),
])
def test_eighth_pass_negation(text, surface, negated):
    row = _row(text, surface)
    assert bool(row["negated"]) is negated, row["negation_cue"]


def test_eighth_pass_rules_switch(monkeypatch):
    """not_as is on and listing it in ``scope_syntax.rules_off`` restores the seventh pass's
    reading; denied_heads helped one round only (r15) and shipped off until the fourteenth pass
    (r15 and r21, none broken): on, a denial verb no longer reaches a term through a head that is
    not the idea of it; listed in ``rules_off`` it does again."""
    from summitlens.extract.frames import scope as sc

    boundless = ("We must define our effort not as a boundless war on terror but as a series of efforts.", "boundless")
    allure = ("The best way is to reject the allure of a would-be strongman.", "strongman")
    idea = ("Beijing rejected the idea of an alliance with Moscow.", "alliance")
    assert not {"denied_heads", "not_as"} & sc._syntax()["rules_off"]
    assert bool(_row(*boundless)["negated"]) and not bool(_row(*allure)["negated"])
    assert bool(_row(*idea)["negated"])
    monkeypatch.setitem(sc._syntax(), "rules_off", sc._syntax()["rules_off"] | {"denied_heads"})
    assert bool(_row(*allure)["negated"]) and bool(_row(*idea)["negated"])
    monkeypatch.setitem(sc._syntax(), "rules_off", sc._syntax()["rules_off"] - {"denied_heads"} | {"not_as"})
    assert not bool(_row(*boundless)["negated"]) and not bool(_row(*allure)["negated"])
    assert bool(_row(*idea)["negated"])


_PIECES8 = ["not", "as", "a", "boundless", "war", "but", "reject", "the", "allure", "idea", "of", "would-be",
            "strongman", "alliance", "friendly", "\"Friends\"", "center", ","]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_PIECES8), min_size=1, max_size=12))
def test_eighth_pass_rules_never_crash(words):
    """Any mix of the eighth-pass triggers yields boolean polarity with a cue when set, twice the same."""
    _assert_polarity_stable(words, all_on=False)


# Fourteenth pass (issue 13, rounds 1-21 pooled): modifier_term on (r8, r20, r21), hearsay_adverb
# off (r21 only); denied_heads switched on (see test_eighth_pass_rules_switch).
@pytest.mark.parametrize("text, surface, negated", [
    # a compound modifier of another noun is not denied with it
    ("The ministry does not want to provoke a regime crisis.", "regime", False),
    ("Officials denied alliance rumours.", "alliance", False),
    # nor is a possessor of a negated predicate
    ("He is not his partner's lawyer.", "partner", False),
    # "regime change" (scope_syntax.heading_compounds) and the term's own phrase still are
    ("We do not seek regime change.", "regime", True),
    ("Russia is not a friend of the regime.", "friend", True),
    ("The council did not form an alliance.", "alliance", True),
])
def test_fourteenth_pass_modifier_term(text, surface, negated):
    row = _row(text, surface)
    assert bool(row["negated"]) is negated, row["negation_cue"]


def test_fourteenth_pass_modifier_term_switch(monkeypatch):
    """Listed in ``scope_syntax.rules_off``, modifier_term restores the thirteenth pass's reading."""
    from summitlens.extract.frames import scope as sc

    assert "modifier_term" not in sc._syntax()["rules_off"]
    crisis = ("The ministry does not want to provoke a regime crisis.", "regime")
    lawyer = ("He is not his partner's lawyer.", "partner")
    assert not bool(_row(*crisis)["negated"]) and not bool(_row(*lawyer)["negated"])
    monkeypatch.setitem(sc._syntax(), "rules_off", sc._syntax()["rules_off"] | {"modifier_term"})
    assert bool(_row(*crisis)["negated"]) and bool(_row(*lawyer)["negated"])


@pytest.mark.parametrize("text, surface, on", [
    ("The two governors are reportedly good friends.", "good friends", "reportedly"),
    ("The two envoys were reportedly partners in the talks.", "partners", "reportedly"),
    # on another verb, the adverb reports the event, not the label
    ("The envoy reportedly blocked the allies' plan.", "allies", ""),
    ("He reportedly retains his iron grip on the party.", "iron grip", ""),
])
def test_fourteenth_pass_hearsay_adverb(monkeypatch, text, surface, on):
    """hearsay_adverb, off in the fourteenth pass (round 21 only), ships on since the seventeenth
    (rounds 21 and 25, none broken): "reportedly" on the term's predicate hedges it like
    "supposedly"; listed in ``rules_off``, it does not."""
    from summitlens.extract.frames import scope as sc
    from summitlens.text.parse import parse_one

    s = text.index(surface)
    doc, cue = parse_one(text), load_cues().scope
    assert "hearsay_adverb" not in sc._syntax()["rules_off"]
    assert sc.hedge_scope(doc, s, s + len(surface), scope=cue) == on
    assert bool(_row(text, surface)["hedged"]) is bool(on)
    monkeypatch.setitem(sc._syntax(), "rules_off", sc._syntax()["rules_off"] | {"hearsay_adverb"})
    assert sc.hedge_scope(doc, s, s + len(surface), scope=cue) == ""


@pytest.mark.parametrize("text, surface", [
    # seventeenth pass: the adverb on the copula before a possessed predicate noun
    ("All of the guests were reportedly the mayor's friends.", "friends"),
    ("The two ministers are reportedly close allies.", "allies"),
])
def test_seventeenth_pass_hearsay_adverb_on_possessed_predicate(text, surface):
    assert bool(_row(text, surface)["hedged"])


_PIECES14 = ["not", "no", "does", "want", "a", "regime", "crisis", "change", "his", "partner's", "lawyer",
             "denied", "alliance", "rumours", "reportedly", "good", "friends", "are", "is", "."]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_PIECES14), min_size=1, max_size=12))
def test_fourteenth_pass_rules_never_crash(words):
    """Any mix of the fourteenth-pass triggers yields boolean polarity with a cue when set, twice the same."""
    _assert_polarity_stable(words, all_on=True)


# Scope pass (this session, rounds 1-29 pooled): without_definite, denied_common_head and
# infinitive_chain on (two rounds each); negated_agent, inner_negation and far_from_gerund off
# (round 29 only).
@pytest.mark.parametrize("text, surface, negated", [
    # without_definite: "without" denies a bare or indefinite object, not a definite one
    ("The president acted without his allies in Europe.", "allies", False),
    ("The mayor acted without the partners he had courted.", "partners", False),
    ("She moved to the capital without friends or money.", "friends", True),
    # denied_common_head: a denial verb denies neither an adjective on another noun nor a name
    ("The senator rejected the governor's authoritarian instincts.", "authoritarian", False),
    ("The union rejected the North Atlantic Partnership outright.", "Partnership", False),
    ("The minister dismissed the idea of a partnership.", "partnership", True),
    # infinitive_chain: a negated verb reaches "to be" through a raising adjective or a purpose clause
    ("The two rivals are not likely to become friends soon.", "friends", True),
    ("The coach is not there to be their friend.", "friend", True),
    # ... but not through an extraposed "it" clause
    ("It would not be so bad to be friendly with the neighbours.", "friendly", False),
])
def test_scope_pass_rules(text, surface, negated):
    assert bool(_row(text, surface)["negated"]) is negated


@pytest.mark.parametrize("rule, text, surface", [
    ("without_definite", "The president acted without his allies in Europe.", "allies"),
    ("denied_common_head", "The senator rejected the governor's authoritarian instincts.", "authoritarian"),
])
def test_scope_pass_rules_switch_off(monkeypatch, rule, text, surface):
    """Listed in ``scope_syntax.rules_off``, a scope-pass rule restores the earlier reading."""
    from summitlens.extract.frames import scope as sc

    assert rule not in sc._syntax()["rules_off"]
    assert not bool(_row(text, surface)["negated"])
    monkeypatch.setitem(sc._syntax(), "rules_off", sc._syntax()["rules_off"] | {rule})
    assert bool(_row(text, surface)["negated"])


@pytest.mark.parametrize("rule, text, surface", [
    ("infinitive_chain", "The two rivals are not likely to become friends soon.", "friends"),
])
def test_scope_pass_rule_on_switch_off(monkeypatch, rule, text, surface):
    from summitlens.extract.frames import scope as sc

    assert bool(_row(text, surface)["negated"])
    monkeypatch.setitem(sc._syntax(), "rules_off", sc._syntax()["rules_off"] | {rule})
    assert not bool(_row(text, surface)["negated"])


@pytest.mark.parametrize("rule, text, surface", [
    # negated_agent: a "not" on a passive's by-phrase denies its object and what that holds
    ("negated_agent", "The vote was won not by the strongman of the north but by the voters.", "strongman"),
    # inner_negation: a negating preposition inside a subject's phrase still denies the term
    ("inner_negation", "Countries without allies rarely prosper.", "allies"),
])
def test_scope_pass_single_round_rules(monkeypatch, rule, text, surface):
    """Off by default (each helps round 29 only); listed as on they negate the term."""
    from summitlens.extract.frames import scope as sc

    assert rule in sc._syntax()["rules_off"]
    assert not bool(_row(text, surface)["negated"])
    monkeypatch.setitem(sc._syntax(), "rules_off", sc._syntax()["rules_off"] - {rule})
    assert bool(_row(text, surface)["negated"])


_PIECES_SCOPE = ["not", "without", "his", "the", "allies", "rejected", "authoritarian", "instincts", "likely",
                 "to", "be", "friends", "are", "there", "by", "far", "from", "forming", "an", "alliance", "it", "."]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_PIECES_SCOPE), min_size=1, max_size=12), st.booleans())
def test_scope_pass_rules_never_crash(words, all_on):
    """Any mix of the scope-pass triggers yields boolean polarity with a cue when set, twice the same."""
    _assert_polarity_stable(words, all_on=all_on)


# Negation/voice pass (rounds 1-31 pooled): indefinite_modifier ships off (it fixes one gold
# sentence, r10, and breaks one, r1); switched on, an adjective term directly on the indefinite
# singular object of a negated verb is denied with it, a plural or definite object is not.
@pytest.mark.parametrize("text, surface, on", [
    ("The summit did not produce a friendly agreement on fishing rights.", "friendly", True),
    ("The council never appointed a authoritarian governor for the island.", "authoritarian", True),
    ("The summit did not reward friendly ports.", "friendly", False),
    ("The summit did not end the friendly rivalry between the ports.", "friendly", False),
])
def test_negation_pass_indefinite_modifier(monkeypatch, text, surface, on):
    from summitlens.extract.frames import scope as sc

    assert "indefinite_modifier" in sc._syntax()["rules_off"]
    assert not bool(_row(text, surface)["negated"])
    monkeypatch.setitem(sc._syntax(), "rules_off", sc._syntax()["rules_off"] - {"indefinite_modifier"})
    assert bool(_row(text, surface)["negated"]) is on


# Negation/voice pass 2 (rounds 1-32 pooled): each rule has an id in ``scope_syntax.rules_off``;
# invented sentences checked with the rule switched on (as listed) and off.
@pytest.mark.parametrize("rule, text, surface, on", [
    # without_gerund: "without" over a gerund denies its predicate or formed object
    ("without_gerund+change_into", "The island stayed calm without sliding into a dictatorship.", "dictatorship", True),
    ("without_gerund", "Far from forming an alliance, the two states drifted apart.", "alliance", True),
    ("without_gerund", "The mayor left office without making friends on the council.", "friends", True),
    # change_into: a verb of becoming takes its "into" phrase as a predicate
    ("change_into", "The fishing pact never turned into an alliance.", "alliance", True),
    # negative_quantifier: "little"/"few" spent on the purpose that forms the term
    ("negative_quantifier", "The new envoy did little to win friends in the capital.", "friends", True),
    # counterfactual_for: a counterfactual "it … not … for" denies nothing of the "for" phrase
    ("counterfactual_for", "Had it not been for a loyal partner, the bakery would have closed.", "partner", False),
    ("counterfactual_for", "Were it not for its allies, the duchy would have fallen.", "allies", False),
    # denial_as_label: a denial verb with an "as" phrase dismisses the label, not its object
    ("denial_as_label", "The mayor dismissed allies who backed the plan as amateurs.", "allies", False),
])
def test_negation_pass2_rules(monkeypatch, rule, text, surface, on):
    from summitlens.extract.frames import scope as sc

    import re

    rules = set(rule.split("+"))  # the first rule, with any it needs switched on alongside
    if "negative_quantifier" in rules:  # the rule's words join the parse trigger when it is on
        words = "|".join(sorted(sc._syntax()["negative_quantifiers"]))
        monkeypatch.setitem(sc._syntax(), "trigger", re.compile(
            rf"{sc._syntax()['trigger'].pattern}|(?<![\w-])(?:{words})\s+to\b", re.I))
    shipped = sc._syntax()["rules_off"] - {"far_from_gerund"}  # subsumed by without_gerund
    monkeypatch.setitem(sc._syntax(), "rules_off", shipped - rules)
    assert bool(_row(text, surface)["negated"]) is on
    monkeypatch.setitem(sc._syntax(), "rules_off", (shipped - rules) | {rule.split("+")[0], "far_from_gerund"})
    assert bool(_row(text, surface)["negated"]) is not on


@pytest.mark.parametrize("text, surface, negated", [
    # the object of a plain gerund under "without" stays unnegated; a positive quantity too
    ("The club grew without naming its new partners.", "partners", False),
    ("The envoy did a lot to win friends in the capital.", "friends", False),
    ("The senator is not for regime change in the region.", "regime", True),
])
def test_negation_pass2_limits(text, surface, negated):
    assert bool(_row(text, surface)["negated"]) is negated


def test_negation_pass2_allegation_verb(monkeypatch):
    """Rule allegation_verb: the predicate of an allegation's "that" clause is hedged."""
    from summitlens.extract.frames import scope as sc

    text, surface = "The lawsuit alleges that the mayor was a close friend of the developer.", "close friend"
    shipped = sc._syntax()["rules_off"]
    monkeypatch.setitem(sc._syntax(), "rules_off", shipped - {"allegation_verb"})
    assert bool(_row(text, surface)["hedged"])
    monkeypatch.setitem(sc._syntax(), "rules_off", shipped | {"allegation_verb"})
    assert not bool(_row(text, surface)["hedged"])


_PIECES_PASS2 = ["without", "turning", "into", "a", "dictatorship", "little", "to", "make", "friends", "had",
                 "it", "not", "been", "for", "partner", "dismissed", "allies", "as", "alleged", "was", "."]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_PIECES_PASS2), min_size=1, max_size=12), st.booleans())
def test_negation_pass2_rules_never_crash(words, all_on):
    """Any mix of the pass-2 triggers yields boolean polarity, twice the same."""
    _assert_polarity_stable(words, all_on=all_on)


def test_negation_pass2_rules_ship_off():
    """Each pass-2 rule fixes one gold sentence only (round 32): they ship off, switchable by their
    ids. without_gerund and change_into, one cause fixing a sentence of round 29 and one of round 32
    together, are on (and subsume far_from_gerund, still listed off)."""
    from summitlens.extract.frames import scope as sc

    assert {"negative_quantifier", "counterfactual_for", "denial_as_label",
            "allegation_verb", "far_from_gerund"} <= sc._syntax()["rules_off"]
    assert not {"without_gerund", "change_into"} & sc._syntax()["rules_off"]
    assert bool(_row("Far from forming an alliance, the two states drifted apart.", "alliance")["negated"])
    assert "that_clause_in_pp" in load_cues().attribution_rules_off


# Issue 13, framing pass four (rounds 1-33 pooled): "not so much X but Y" denies X.
@pytest.mark.parametrize("text, surface, negated", [
    ("The treaty was meant to open not so much a new era of trust but a market.", "new era", True),
    ("They backed the deal, not so much out of friendly feeling but out of fear.", "friendly", True),
    # The degree word after the term denies nothing of it.
    ("She told friends she was angry, but not so much that she would resign.", "friends", False),
    # No contrast after the term: no "not so much … but" construction.
    ("He did not so much praise his allies.", "allies", False),
])
def test_pass_four_not_so_much(text, surface, negated):
    assert bool(_row(text, surface)["negated"]) is negated


def test_pass_four_not_so_much_switch(monkeypatch):
    """``not_so_much`` is on; listing it in ``scope_syntax.rules_off`` switches it off."""
    from summitlens.extract.frames import scope as sc

    text, surface = "They backed the deal, not so much out of friendly feeling but out of fear.", "friendly"
    assert "not_so_much" not in sc._syntax()["rules_off"]
    monkeypatch.setitem(sc._syntax(), "rules_off", sc._syntax()["rules_off"] | {"not_so_much"})
    assert not bool(_row(text, surface)["negated"])


# Negation pass of rounds 1-39 pooled (rule dismissed_saying): saying, thinking or naming the term
# dismissed by its predicate ("a stretch", "a mistake", "hard to call").
@pytest.mark.parametrize("text, surface, negated", [
    ("To say they're friends outside of the office is a pretty significant stretch, he added.", "friends", True),
    ("The envoy spoke of unprovoked moves that are hard to call friendly.", "friendly", True),
    ("It was always a mistake to think we could find loyal allies in this region.", "allies", True),
    # "hard to say" is doubt, not denial: only a naming verb goes with a difficulty adjective
    ("It is hard to say whether they are allies.", "allies", False),
    # the term as the subject of what is said: the dismissal is of the rest
    ("To say the alliance is weak is a stretch.", "alliance", False),
    # a saying that is not dismissed
    ("To say they are friends is fair.", "friends", False),
])
def test_negation_pass_dismissed_saying(text, surface, negated):
    assert bool(_row(text, surface)["negated"]) is negated


def test_negation_pass_dismissed_saying_switch(monkeypatch):
    """``dismissed_saying`` is on; listing it in ``scope_syntax.rules_off`` switches it off."""
    from summitlens.extract.frames import scope as sc

    text, surface = "It was always a mistake to think we could find loyal allies in this region.", "allies"
    assert "dismissed_saying" not in sc._syntax()["rules_off"]
    monkeypatch.setitem(sc._syntax(), "rules_off", sc._syntax()["rules_off"] | {"dismissed_saying"})
    assert not bool(_row(text, surface)["negated"])


# Framing pass of rounds 1-41 pooled (rule impersonal_own_predicate): an agentless impersonal
# passive distances the writer from its predicate noun, not from a term hung on that noun by a
# preposition; a partitive "of" ("one of his allies") keeps the term the predicate's own.
@pytest.mark.parametrize("text, surface, hedged", [
    ("An attack on one port is considered an attack on all allies.", "allies", False),
    ("The levy is widely viewed as an obstacle to action against the regime.", "regime", False),
    ("The mayor is widely seen as one of his closest allies.", "allies", True),
    ("The two towns are considered close allies.", "allies", True),
])
def test_hedge_impersonal_own_predicate(text, surface, hedged):
    assert bool(_row(text, surface)["hedged"]) is hedged


def test_hedge_impersonal_own_predicate_switch(monkeypatch):
    """``impersonal_own_predicate`` is on; listing it in ``scope_syntax.rules_off`` switches it off."""
    from summitlens.extract.frames import scope as sc

    text, surface = "An attack on one port is considered an attack on all allies.", "allies"
    assert "impersonal_own_predicate" not in sc._syntax()["rules_off"]
    monkeypatch.setitem(sc._syntax(), "rules_off", sc._syntax()["rules_off"] | {"impersonal_own_predicate"})
    assert bool(_row(text, surface)["hedged"])


@pytest.mark.parametrize("text, surface, negated", [
    # inverted_additive: the inverted subject of "neither"/"nor" is not denied
    ("And neither are their Republican allies in Congress.", "allies", False),
    ("We have not lost any lives, nor have our Iraqi allies.", "allies", False),
    ("Neither side has allies.", "allies", True),
])
def test_negation_rules_sixth_framing_pass(text, surface, negated):
    assert bool(_row(text, surface)["negated"]) is negated


@pytest.mark.parametrize("text, surface, negated", [
    # quantified_agent (shipped off: it fixes one gold sentence): "no one" over an indefinite
    # object of a verb that is neither existential nor support does not deny it
    ("No one gets to hate a friend over tariffs.", "friend", False),
    ("No country wants to make an ally of Iran.", "ally", True),
])
def test_quantified_agent_rule(text, surface, negated):
    from summitlens.extract.frames import scope as sc

    syn = sc._syntax()
    saved = syn["rules_off"]
    syn["rules_off"] = saved - {"quantified_agent"}
    try:
        assert bool(_row(text, surface)["negated"]) is negated
    finally:
        syn["rules_off"] = saved
