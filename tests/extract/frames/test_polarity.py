"""Tests of summitlens.extract.frames.polarity: negation and hedges."""

from __future__ import annotations

import pytest

from summitlens.extract.frames import frame_text



def _one(text: str) -> dict:
    df = frame_text(text)
    assert len(df) == 1, df[["surface", "category"]].values.tolist()
    return df.iloc[0].to_dict()


@pytest.mark.parametrize("text, negated", [
    ("China is not a dictatorship.", True),
    ("Russia and China are no longer partners.", True),
    ("This is far from an alliance.", True),
    ("China is not Russia's ally.", True),
    ("Beijing denied being an ally of Moscow.", True),
    ("They have never been allies.", True),
    # A negated support verb denies the term it forms (issue 13, third pass: "did not seek regime
    # change", "not making friends"); another negated verb's object is not negated.
    ("They never formed an alliance.", True),
    ("He never implicated any Trump ally.", False),
    ("It is not only a partnership but a friendship.", False),
    ("A partnership with no limits.", False),
    ("China did not condemn Russia, and remains its closest partner.", False),
    ("Not surprisingly, the alliance grew.", False),
    ("There is no doubt the alliance is real.", False),
])
def test_negation(text, negated):
    df = frame_text(text)
    assert bool(df.iloc[0]["negated"]) is negated


def test_negation_carries_over_coordination():
    df = frame_text("It is not a partnership or an alliance.")
    assert df["negated"].tolist() == [True, True]


@pytest.mark.parametrize("text, hedged", [
    ("the so-called partnership", True),
    ("what critics call a dictatorship", True),
    ("their purported friendship", True),
    ('a "partnership" that means little', True),
    ('Putin called it a "partnership", Peskov said.', False),
    ("a real partnership", False),
])
def test_hedge(text, hedged):
    assert bool(_one(text)["hedged"]) is hedged


@pytest.mark.parametrize("text, hedged", [
    # Issue 13, second pass: a bare noun quoted on its own is the author's scare quote even in a
    # sentence that names a source ...
    ("Clearview provided its product to entities it designated as \u201cfriends\u201d and told cops to act.", True),
    ("\"He characterized the donations as coming from 'friends' that had contributed before.", True),
    # ... but not the speaker's own noun phrase (a determiner or possessive before the quote)
    # nor the complement of a reporting verb.
    ("Trump has said he would think about hiring his \u201cfriend\u201d Ailes, aides said.", False),
    ("Blunt called Romney a \u201cfriend\u201d and said he was pleased.", False),
    # Issue 13, third pass: an article or number before the quoted noun still makes it the
    # author's scare quote when no reporting verb introduces it ...
    ("He turned down the chance to set one up in a \u201cpartnership\u201d with the feds, aides said.", True),
    ("The group reportedly consisted of more than 50 \u201cpartners\u201d tied to Soros, aides said.", True),
    # ... but a word a reporting verb calls, a possessor after the noun and a quoted category
    # name are not.
    ("He said that Mugabe was a \u201cfriend\u201d, aides said.", False),
    ("He claimed knowledge, saying a \u201cfriend\u201d of his met Assange.", False),
    ("Entries were listed under such categories as \u201cfriends\u201d or staff, the complaint said.", False),
])
def test_scare_quotes_by_structure(text, hedged):
    df = frame_text(text)
    row = df[df["category"] == "partnership"].iloc[0]
    assert bool(row["hedged"]) is hedged


@pytest.mark.parametrize("text", ["friends", "a 'friend' of", "Putin's friends", "“allies” met"])
def test_tight_quote_never_crashes(text):
    from summitlens.extract.frames.polarity import tight_quote

    for s in range(len(text)):
        for e in range(s, len(text) + 1):
            r = tight_quote(text, s, e)
            assert r is None or (r[0] == s - 1 and text[r[0]] in "\"'\u201c\u2018\u00ab")


@pytest.mark.parametrize("text, hedged", [
    # Issue 13, fourth pass: scare quotes around a short phrase ending in the term, nested in the
    # speaker's quotation, are the speaker's own ...
    ("\u201cAs a kid I was lonely. I\u2019m not some 'fat friend' or some dude's dream. I'm happy.\u201d", True),
    # ... a phrase quoted on its own is somebody's phrase, and one going on after the term is
    # not the term's quotation.
    ("He added that Russia wanted to keep backing a \u201cmurderous regime\u201d as Trump weighed steps.", False),
])
def test_scare_quotes_on_a_phrase(text, hedged, monkeypatch):
    # phrase_scare_quote (on since the sixth pass: rounds 10 and 13); every rule on here.
    from summitlens.extract.frames import scope as sc

    monkeypatch.setitem(sc._syntax(), "rules_off", frozenset())
    df = frame_text(text)
    assert bool(df.iloc[0]["hedged"]) is hedged


@pytest.mark.parametrize("text", ["friends", "a 'fat friend' of", "'my friend'", "\u201cgood old allies\u201d met", "' x'"])
def test_phrase_quote_never_crashes(text):
    from summitlens.extract.frames.polarity import phrase_quote

    for s in range(len(text)):
        for e in range(s, len(text) + 1):
            r = phrase_quote(text, s, e)
            assert r is None or (r[0] < s and text[r[0]] in "\"'\u201c\u2018\u00ab" and r[1] >= e)


@pytest.mark.parametrize("text, hedged", [
    # Issue 13, fifth pass (named_quote): a word a naming verb gives somebody cites that
    # person's word, even with no source named ...
    ("Sanders went out of his way to call Biden a \u201cfriend\u201d before the debate.", False),
    ("They branded him a \u201cdictator\u201d at once.", False),
    # ... a bare quoted label stays a scare quote.
    ("Russia is a \u201cfriend\u201d of the regime.", True),
])
def test_named_quotes_are_no_scare_quotes(text, hedged, monkeypatch):
    # named_quote helps one development round only (r12), so it is off by default (frames.yml).
    from summitlens.extract.frames import scope as sc

    monkeypatch.setitem(sc._syntax(), "rules_off", frozenset())
    df = frame_text(text)
    row = df[df["surface"].str.lower().isin(["friend", "dictator"])].iloc[0]
    assert bool(row["hedged"]) is hedged


@pytest.mark.parametrize("text, hedged", [
    # Issue 13, sixth pass (quoted_list): a quoted term among three or more quoted items in a
    # series is somebody's list of names or words ...
    ("It revealed three groups: the black street \u201cactivists,\u201d the \u201callies\u201d and the "
     "\u201coperatives,\u201d who were older.", False),
    ("Two rivals decried Trump as a \u201cchild\u201d, a \u201cdictator\u201d, a \u201chorrible human being\u201d, "
     "and more.", False),
    # ... two quoted items, or one, stay scare quotes.
    ("We are \u201cfriends\u201d or \u201cnot friends,\u201d and easily forget who is who.", True),
    ("Russia is a \u201cfriend\u201d of the regime.", True),
])
def test_quoted_lists_are_no_scare_quotes(text, hedged):
    df = frame_text(text)
    row = df[df["surface"].str.lower().isin(["allies", "dictator", "friends", "friend"])].iloc[0]
    assert bool(row["hedged"]) is hedged


@pytest.mark.parametrize("text, hedged", [
    # Issue 13, sixth pass (phrase_scare_quote on: rounds 10 and 13): marks nested in the
    # speaker's quotation around the term are the speaker's scare quotes, even with a possessor ...
    ("\u201cShe asked me why. He actually used the prior rape of his 'friend' against her,\u201d Smith said.", True),
    # ... marks of their own around a possessed noun cite somebody's phrase.
    ("His \u201cfriend\u201d Ailes was there, the report said.", False),
])
def test_nested_scare_quotes(text, hedged):
    df = frame_text(text)
    row = df[df["surface"].str.lower() == "friend"].iloc[0]
    assert bool(row["hedged"]) is hedged


@pytest.mark.parametrize("text", ["", '"a"', '"a", "b" and "c"', '" x " y "', 'the "allies," and', '"' * 7])
def test_quoted_list_never_crashes(text):
    from summitlens.extract.frames.polarity import quoted_list

    for o in range(len(text)):
        for c in range(o, len(text)):
            assert quoted_list(text, o, c) in (True, False)


@pytest.mark.parametrize("text, surface, hedged", [
    # Issue 13, seventh pass (adjective_scare_quote): an attributive adjective quoted on its own is
    # the author's scare quote, like a bare noun ...
    ("They claim the campaign was watched for \u201cfriendly\u201d purposes, which is laughable.", "friendly", True),
    ("Blair suggested she \u201cfake\u201d a \u201cfriendly\u201d attitude toward the media.", "friendly", True),
    # ... not an unquoted one.
    ("They claim the campaign was watched for friendly purposes.", "friendly", False),
])
def test_quoted_adjectives_are_scare_quotes(text, surface, hedged):
    df = frame_text(text)
    row = df[df["surface"] == surface].iloc[0]
    assert bool(row["hedged"]) is hedged


@pytest.mark.parametrize("text, surface, hedged", [
    # quoted_name: a capitalised word quoted on its own mid-sentence is a name (a show, a centre).
    ("Nobody wants to watch \"Friends\" reruns all day long.", "Friends", False),
    ("At the \u201cFriends\u201d centre in the town, camaraderie has bloomed.", "Friends", False),
    # A headline in title case capitalises every word: still a scare quote.
    ("Will \u201cAutocratic\u201d Trump Regime Allow Elections?", "Autocratic", True),
    ("Sanctions hit the \u201cdictatorship\u201d of Maduro.", "dictatorship", True),
])
def test_quoted_names_are_no_scare_quotes(text, surface, hedged):
    df = frame_text(text)
    assert bool(df[df["surface"] == surface].iloc[0]["hedged"]) is hedged


@pytest.mark.parametrize("text", ["Friends", "a \"Friends\" show", ": \u201cFriends\u201d", "\"\"", "F\" x \"F"])
def test_quoted_name_never_crashes(text):
    from summitlens.extract.frames.polarity import quoted_name

    for s in range(len(text)):
        for e in range(s, len(text) + 1):
            assert quoted_name(text, s, e) in (True, False)
