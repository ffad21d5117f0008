"""Tests of summitlens.extract.frames.target: what a frame term is about."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.extract.frames import frame_text
from summitlens.extract.frames.cues import load_cues
from summitlens.extract.frames.target import mentions



def _one(text: str) -> dict:
    df = frame_text(text)
    assert len(df) == 1, df[["surface", "category"]].values.tolist()
    return df.iloc[0].to_dict()


@pytest.mark.parametrize("text, target", [
    ("The partnership between Russia and China deepened.", "relationship"),
    ("Putin is a dictator.", "leader"),
    ("Russia is a dictatorship.", "russia"),
    ("Beijing's authoritarian government.", "china"),
    ("America and its Western allies met in Brussels.", "other"),
    ("The Syrian regime fell.", "other"),
    ("The two leaders sealed their friendship.", "relationship"),
])
def test_target(text, target):
    assert _one(text)["target"] == target


def test_country_mentions_come_from_places():
    kinds = [k for k, _, _ in mentions("Chinese and Kremlin officials", load_cues(), use_gazetteer=False)]
    assert kinds == ["russia", "china"]


@pytest.mark.parametrize("text, surface, target", [
    # A relational person noun names someone else than its possessor.
    ("Kazakhstan is Russia's closest neighbour, partner and ally.", "ally", "other"),
    ("Moscow welcomed an ally of Putin to the talks.", "ally", "other"),
    ("The US and its allies met in Brussels.", "allies", "other"),
    # ... unless a name next to it is its referent: an apposition before the possessor, a
    # name right after the noun, or "in <place>" after it.
    ("China, North Korea's only major ally, said nothing.", "ally", "china"),
    ("Washington will work with Syrian ally Russia on the plan.", "ally", "russia"),
    ("Assad relies on his friends in Moscow.", "friends", "russia"),
    # Possessor and referent are the two sides: the relationship.
    ("China, Russia's strategic partner, agreed.", "strategic partner", "relationship"),
])
def test_possessed_relational_noun_target(text, surface, target):
    from summitlens.extract.frames import frame_text

    df = frame_text(text)
    assert df.loc[df["surface"] == surface, "target"].iloc[0] == target


@pytest.mark.parametrize("text, surface, target", [
    # Unnamed first-person partners/allies are someone else; a named referent still counts.
    ("We will keep investing in Russia's infrastructure with our leading partners.", "partners", "other"),
    ("We continue to cooperate with our Russian partners.", "partners", "russia"),
    ("It sends a message to Iran and Russia, as well as our allies, that it is no partner.", "allies", "other"),
    ('He said that Russia "is not our ally."', "ally", "russia"),
    # A transcript label names the speaker, not what the turn is about.
    ("Vladimir Putin: We will finish it without inviting foreign partners.", "partners", "other"),
    # Dashes set off an apposition like commas.
    ("Trump called the test an embarrassment to China - Pyongyang's main ally.", "ally", "china"),
    ("Until then, North Korea's ally -- China -- is seen as the best avenue.", "ally", "china"),
    # The subject right before a copula is the predicate noun's target.
    ("He suggested Putin could be an important ally for the U.S.", "ally", "leader"),
    ("Russia and China are partners.", "partners", "relationship"),
    # A name is about a side only through a premodifier inside it.
    ("An analysis by the Alliance for Securing Democracy found Kremlin-backed RT promoted her.",
     "Alliance", "other"),
    ("He spoke on \u201cFox & Friends\u201d about the Russia investigation.", "Friends", "other"),
    # A subject's own noun phrase before what it is about: "The US policy toward Russia".
    ("The US policy toward Russia can hardly be called friendly.", "friendly", "other"),
    # A Russian speaker's "we ... with China" is the relationship.
    ("Vladimir Putin: You see, we are not creating military alliances with China.", "alliances", "relationship"),
])
def test_target_rules_issue13(text, surface, target):
    _assert_only_target(text, surface, target)


@pytest.mark.parametrize("text, surface, target", [
    # A country merely named in another clause of the sentence is not the target (round 4).
    ("Jeff Sessions is a former colleague and a friend, but he should recuse himself from the Russia probe.",
     "friend", "other"),
    ("They cut deals with oppressive regimes around the world, and sold uranium to Russia.", "regimes", "other"),
    # A progressive is no copula: Russia is not the regime it supports.
    ("McMaster said Russia was supporting a murderous regime in Syria.", "regime", "other"),
    # An apposition right after the term is its referent.
    ("He spoke to a genuine autocratic strongman, Russian President Vladimir Putin, by phone.",
     "strongman", "leader"),
])
def test_target_needs_clause_link(text, surface, target):
    _assert_only_target(text, surface, target)


def _assert_only_target(text: str, surface: str, target: str) -> None:
    """The one term of ``text`` with that surface has that target."""
    df = frame_text(text)
    assert df.loc[df["surface"] == surface, "target"].tolist() == [target], df[["surface", "target"]].values.tolist()


@pytest.mark.parametrize("text, surface, target", [
    # The term's place in the parse decides (issue 13), not the nearest name.
    ("I congratulate Mr Putin, who is my friend, on his victory.", "friend", "leader"),
    ("Beijing, which has become the leading trading partner of Brazil, may gain.", "partner", "china"),
    ("Moscow spoke to a genuine autocratic strongman, President Vladimir Putin.", "autocratic", "leader"),
    ("They compared him to the police under the murderous dictator Josef Stalin.", "dictator", "other"),
    ("It could leave autocratic nations like Russia, China, and Iran in charge.", "autocratic", "relationship"),
    ("He urged a stand against authoritarian regimes such as Russia.", "authoritarian", "russia"),
    ("Russia, Syria's main military ally, has described the reports.", "ally", "russia"),
    ("Bush said Russia is not a U.S. ally.", "ally", "russia"),
    ("China is both an adversary and a potential partner.", "partner", "china"),
    ("He hoped that Russia could form an alliance with France.", "alliance", "russia"),
    ("Tariffs hurt trade with China and some allies.", "allies", "other"),
    ("Manafort had ties to Putin allies in Kyiv.", "allies", "other"),
    ("The strike hit the Russian-backed Syrian regime.", "regime", "other"),
    ("Obama said Russia has Syria's regime under its protection.", "regime", "other"),
    ("Russia and Iran back the regime that Obama opposes.", "regime", "other"),
    ("The US policy toward Russia can hardly be called friendly.", "friendly", "other"),
])
def test_parse_target(text, surface, target):
    df = frame_text(text)
    assert df.loc[df["surface"] == surface, "target"].iloc[0] == target


def test_backer_mentions_are_dropped():
    from summitlens.extract.frames.target import drop_backers

    t = "a Russia-friendly Republican and a Russian-backed regime"
    assert drop_backers(t, [("russia", 2, 8), ("russia", 35, 42)]) == []


@pytest.mark.parametrize("text, surface, target", [
    # A relation of one side with a third party is about someone else (rule third_party_relation).
    ("Russia has strong and friendly ties with Algeria.", "friendly ties", "other"),
    ("Russia enjoys friendly and mutually respectful relations with Iran.", "friendly", "other"),
    ("Russia's relations with Gabon are traditionally friendly.", "friendly", "other"),
    ("Xi toasted the friendship between China and the United States.", "friendship", "other"),
    # ... unless the side is the predicate's subject or forms the relation itself.
    ("There was hope that Russia could form an alliance with France.", "alliance", "russia"),
    # "Our nations", "bilateral" next to a third party are that pair (rule third_party_generic).
    ("Relations between Russia and the Hellenic Republic match the traditions of friendship "
     "between our nations.", "friendship", "other"),
    ("Our talks in New Delhi proved the high level of bilateral strategic partnership.",
     "strategic partnership", "other"),
    # ... not next to a bloc or with both sides named.
    ("Our two countries cherish their friendship despite NATO.", "friendship", "relationship"),
])
def test_third_party_target(text, surface, target):
    df = frame_text(text)
    assert df.loc[df["surface"] == surface, "target"].iloc[0] == target


def test_linking_verb_switches(monkeypatch):
    """``linking_verb`` is on since framing pass four (rounds 1-33 pooled: two sentences of round 18,
    none broken); listed in ``rules_off`` it is off."""
    from summitlens.extract.frames.target import target_syntax

    assert "linking_verb" not in target_syntax()["rules_off"]
    assert {"third_party_relation", "third_party_generic"}.isdisjoint(target_syntax()["rules_off"])
    text = "A warm friendship connects generations of Russians and Chinese."
    assert _target(text, "friendship") == "relationship"
    _with_rules(monkeypatch, off={"linking_verb"})
    assert _target(text, "friendship") != "relationship"


@pytest.mark.parametrize("rule", ["third_party_relation", "third_party_generic"])
def test_rules_switch_off(monkeypatch, rule):
    from summitlens.extract.frames import target as T

    text = ("Relations between Russia and the Hellenic Republic match the traditions of friendship "
            "between our nations." if rule == "third_party_generic" else "Russia has friendly ties with Algeria.")
    d = dict(T.target_syntax())
    d["rules_off"] = frozenset({rule})
    monkeypatch.setattr(T, "target_syntax", lambda: d)
    assert frame_text(text)["target"].iloc[0] != "other"


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc RussiaChinaIranour two nations bilateral ,.")), max_size=80))
def test_third_party_generic_never_crashes(text):
    from summitlens.extract.frames.target import third_party_generic

    out = third_party_generic(text, mentions(text, load_cues()), load_cues())
    assert len(out) == len(mentions(text, load_cues()))
    assert third_party_generic(text, out, load_cues()) == out  # idempotent


def test_relation_between_the_sides_is_no_third_party():
    from summitlens.extract.frames.scope import term_root
    from summitlens.extract.frames.target import third_party_relation
    from summitlens.text.parse import parse_one

    t = "Russia enjoys friendly relations with China."
    assert not third_party_relation(term_root(parse_one(t), 14, 22), mentions(t, load_cues()))


# Issue 13, target pass on rounds 1-13, 18 and 22 pooled: each rule with invented sentences, and
# each switched off.
_PASS_CASES = {
    # A person noun titled by a side is its leader: a leader phrase or an apposed name.
    "side_title_noun": [("Critics mocked the Chinese autocrat for his speech.", "autocrat", "leader")],
    # A list led by a side, or a range of places, is about its sides; a list led by a third party is not.
    "side_list": [("Sanctions hurt two of its closest allies, China and Belarus.", "allies", "china"),
                  ("From Iran to Russia, repressive regimes are jailing their critics.", "regimes", "russia"),
                  ("Trump cozied up to dictators from Iran to Russia to Cuba.", "dictators", "russia")],
    # A third party's relation with one side is about someone else.
    "third_party_owner": [("Voters said the senator was too friendly with Putin.", "friendly", "other"),
                          ("The Kremlin seeks governments friendly to Moscow across the region.", "friendly", "other")],
    # A definite noun takes up the one side named before it.
    "definite_anaphor": [("Beijing's censors spoke first, and then the regime silenced the critics.", "regime",
                          "china")],
    # Framing target pass, rounds 1-26: an apposition the parser reads as a coordination or an
    # object is about its anchor.
    "detached_apposition": [("They blamed Beijing, Pyongyang's neighbour and ally, for the test.", "ally", "china"),
                            ("The senator lashed out at China, a geopolitical rival but key U.S. trade partner, "
                             "in a speech.", "partner", "china"),
                            ("Voters blamed Russia, the Syrian army's ally, for the strike.", "ally", "russia"),
                            ("China, Iran's top partner and ally, said nothing.", "ally", "china")],
    # A name after "pro-" backs the noun: someone else's.
    "backer_prefix": [("The protesters toppled a pro-Moscow regime in the capital.", "regime", "other")],
}


def _with_rules(monkeypatch, *, off=frozenset(), on=frozenset()):
    from summitlens.extract.frames import target as T

    d = dict(T.target_syntax())
    d["rules_off"] = (d["rules_off"] | frozenset(off)) - frozenset(on)
    monkeypatch.setattr(T, "target_syntax", lambda: d)


def _target(text: str, surface: str) -> str:
    df = frame_text(text)
    return df.loc[df["surface"] == surface, "target"].iloc[0]


@pytest.mark.parametrize("rule, text, surface, target",
                         [(r, *c) for r, cases in _PASS_CASES.items() for c in cases])
def test_target_pass_rules(monkeypatch, rule, text, surface, target):
    assert _target(text, surface) == target
    _with_rules(monkeypatch, off={rule})
    assert _target(text, surface) != target


@pytest.mark.parametrize("text, surface, target", [
    # A list led by a third party stays someone else's.
    ("The United States and its allies, Britain, France and China, objected.", "allies", "other"),
    ("The envoy warned about autocrats in Iran, Cuba and Russia.", "autocrats", "other"),
    # A place phrase is no antecedent of "the regime".
    ("Dissidents fled their homes in Moscow, and the regime seized them.", "regime", "other"),
])
def test_target_pass_limits(text, surface, target):
    assert _target(text, surface) == target


def test_target_pass_rules_off_by_default(monkeypatch):
    """``pronoun_owner`` ships off (r11 +1, r22 +1, but r1 -1: "his supposed 'friendship' with Putin")."""
    from summitlens.extract.frames.target import target_syntax

    assert "pronoun_owner" in target_syntax()["rules_off"]
    assert not {"side_title_noun", "side_list", "third_party_owner", "definite_anaphor"} & target_syntax()["rules_off"]
    text = "Reporters asked about his warm friendship with Putin."
    assert _target(text, "friendship") == "leader"
    _with_rules(monkeypatch, on={"pronoun_owner"})
    assert _target(text, "friendship") == "other"


@pytest.mark.parametrize("text, surface, target", [
    # A list after a name is no apposition: its possessive pronoun names the anchor's own allies.
    ("Sanctions hit Russia, its allies and its partners, and the rest of the region.", "allies", "other"),
    # A third party anchoring the apposition is someone else.
    ("Mongolia, China's neighbour and ally, stayed silent.", "ally", "other"),
])
def test_detached_apposition_limits(text, surface, target):
    assert _target(text, surface) == target


def test_apposition_anchor_needs_an_opening_mark():
    from summitlens.extract.frames.scope import term_root
    from summitlens.extract.frames.target import _np_head, apposition_anchor
    from summitlens.text.parse import parse_one

    t = "Moscow and its allies met."
    assert apposition_anchor(_np_head(term_root(parse_one(t), 15, 21))) is None


def test_clause_participant_switches(monkeypatch):
    """``clause_participant`` (partnership terms) is on since framing pass four (rounds 1-33 pooled:
    +23 rows in 11 rounds, r7 -1 on a misparsed "China is either an ally or friend", no floor
    broken); ``clause_participant_authoritarian`` ships off (it breaks round 23's floor)."""
    from summitlens.extract.frames.target import target_syntax

    assert "clause_participant" not in target_syntax()["rules_off"]
    assert "clause_participant_authoritarian" in target_syntax()["rules_off"]
    assert _target("Allies have concluded that Russia broke the treaty.", "Allies") == "other"
    text, surface = "The regime is protected by Russian troops.", "regime"
    assert _target(text, surface) == "russia"
    _with_rules(monkeypatch, on={"clause_participant_authoritarian"})
    assert _target(text, surface) == "other"
    _with_rules(monkeypatch, off={"clause_participant"})
    assert _target("Allies have concluded that Russia broke the treaty.", "Allies") == "russia"
    # The clause's subject is still what a predicate term is about.
    assert _target("China is an ally in the fight.", "ally") == "china"


def test_other_participant_keeps_the_subject():
    from summitlens.extract.frames.target import other_participant
    from summitlens.text.parse import parse_one

    t = "Moscow will change into a friendly state."
    assert not other_participant(parse_one(t), 26, 34, 0, 6)
    t = "Allies have concluded that Russia broke the treaty."
    assert other_participant(parse_one(t), 0, 6, 27, 33)


@pytest.mark.parametrize("rule, text, surface, off, on", [
    ("ruler_agent", "Does it matter if China is ruled by a tyrant?", "tyrant", "china", "leader"),
    ("third_party_pair", "They doubt the uneasy US-Russian partnership.", "partnership", "russia", "other"),
])
def test_target_pass_rules_ship_off(monkeypatch, rule, text, surface, off, on):
    """``ruler_agent`` and ``third_party_pair`` ship off (rounds 1-30 pooled: r30 +1 each, r10 -1
    for ``third_party_pair``, whose gold splits on a U.S.-Russian alliance)."""
    from summitlens.extract.frames.target import target_syntax

    assert rule in target_syntax()["rules_off"]
    assert _target(text, surface) == off
    _with_rules(monkeypatch, on={rule})
    assert _target(text, surface) == on


def test_ruler_agent_needs_a_ruling_verb():
    from summitlens.extract.frames.scope import term_root
    from summitlens.extract.frames.target import _np_head, ruler_agent
    from summitlens.text.parse import parse_one

    t = "China was praised by a tyrant."
    assert ruler_agent(_np_head(term_root(parse_one(t), 23, 29)), mentions(t, load_cues())) is None
    t = "Belarus is ruled by a tyrant."
    assert ruler_agent(_np_head(term_root(parse_one(t), 22, 28)), mentions(t, load_cues())) == "other"


# Issue 13, framing target pass four (rounds 1-33 pooled, r32-r33 development data): each rule
# with invented sentences, and each switched off.
_PASS4_CASES = {
    # A side inside a clause on the term's noun (not its subject) is a participant, not the target.
    "modifier_clause": [("The senators froze aid to the embattled ally fighting hostile Russia.", "ally", "other"),
                        ("He pardoned aides and allies caught up in the inquiry into Russian hacking.", "allies",
                         "other")],
    # "X and other autocrats" calls X one too.
    "and_other": [("Voters distrust Putin and other autocrats.", "autocrats", "leader"),
                  ("Compared to China and other authoritarian states, the response was slow.", "authoritarian",
                   "china")],
    # A relational noun's adjective names its referent.
    "side_premodifier": [("The militia and its Russian and Iranian allies held the town.", "allies", "russia")],
    # "the two" with no side named speaks of two people.
    "bare_pair": [("The two were no longer friends after the trial.", "friends", "other")],
}


@pytest.mark.parametrize("rule, text, surface, target",
                         [(r, *c) for r, cases in _PASS4_CASES.items() for c in cases])
def test_target_pass_four_rules(monkeypatch, rule, text, surface, target):
    assert _target(text, surface) == target
    _with_rules(monkeypatch, off={rule})
    assert _target(text, surface) != target


@pytest.mark.parametrize("text, surface, target", [
    # The subject of a relative clause on the term still names its sides.
    ("They praised the alliance that Russia and China formed.", "alliance", "relationship"),
    # A list led by a third party, and partnership nouns, are not instances.
    ("Sanctions hit Iran, Russia and other dictatorships.", "dictatorships", "other"),
    ("Moscow must work with Ukraine and other partners.", "partners", "other"),
    # "the two" in a sentence naming a side, and "the two leaders", stay the relationship.
    ("Putin and Xi met again, and the two are close friends.", "close friends", "relationship"),
    ("The two leaders are close friends.", "close friends", "relationship"),
    # A compounded name is a possessor, not the referent.
    ("The banker, a Kremlin ally, was sanctioned.", "ally", "other"),
])
def test_target_pass_four_limits(text, surface, target):
    assert _target(text, surface) == target


@pytest.mark.parametrize("rule, text, surface, off, on", [
    ("raised_subject", "Russia is going to be seen by many countries as a reliable partner.", "partner", None, "russia"),
    ("object_predicate", "He denounced Russian hacking, calling President Putin “an autocratic thug.”", "autocratic",
     None, "leader"),
])
def test_target_pass_four_rules_ship_off(monkeypatch, rule, text, surface, off, on):
    """``raised_subject`` and ``object_predicate`` fix one gold sentence each (r33, r13): off."""
    from summitlens.extract.frames.target import target_syntax

    assert rule in target_syntax()["rules_off"]
    before = _target(text, surface)
    assert before != on
    _with_rules(monkeypatch, on={rule})
    assert _target(text, surface) == on


def test_modifier_clause_keeps_exempt_verbs():
    """A clause of a ruling or linking verb on the term names its own sides."""
    from summitlens.extract.frames.target import modifier_clause_participant
    from summitlens.text.parse import parse_one

    t = "Critics mocked the strongman who rules Russia."
    assert not modifier_clause_participant(parse_one(t), 19, 28, 39, 45)
    t = "Critics mocked the strongman who fears Russia."
    assert modifier_clause_participant(parse_one(t), 19, 28, 39, 45)
