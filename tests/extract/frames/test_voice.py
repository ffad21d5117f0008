"""Tests of summitlens.extract.frames.voice: voice and speaker of frame terms."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.extract.frames import extract_frame_terms, frame_text
from summitlens.extract.frames.cues import load_cues
from summitlens.extract.frames.voice import attributions, speaker_after, speaker_before



def _one(text: str) -> dict:
    df = frame_text(text)
    assert len(df) == 1, df[["surface", "category"]].values.tolist()
    return df.iloc[0].to_dict()


def _voice_speaker(text: str, surface: str) -> tuple[str, str]:
    """(voice, speaker) of the first term of ``text`` with that surface."""
    df = frame_text(text)
    r = df[df["surface"] == surface].iloc[0]
    return r["voice"], r["speaker"]


@pytest.mark.parametrize("text, voice, speaker", [
    ("Russia is a dictatorship.", "authorial", ""),
    ('"Russia is a dictatorship," Smith said.', "quoted", "Smith"),
    ('Smith said: "Russia is a dictatorship."', "quoted", "Smith"),
    ("Smith said that Russia is a dictatorship.", "paraphrase", "Smith"),
    ("Russia is a dictatorship, Smith said.", "paraphrase", "Smith"),
    ("According to the Kremlin, ties are a strategic partnership.", "paraphrase", "the Kremlin"),
    ("Experts warn that the alliance is growing.", "paraphrase", "Experts"),
    ("Xi called Putin his \u201cbest friend\u201d.", "quoted", "Xi"),
    ("The so-called alliance held.", "authorial", ""),
])
def test_voice(text, voice, speaker):
    r = _one(text)
    assert (r["voice"], r["speaker"]) == (voice, speaker)


def test_quote_spanning_sentences_in_paragraph():
    text = "\u201cWe met today. China is our ally and friend. We agree,\u201d Peskov said."
    df = frame_text(text)
    assert set(df["voice"]) == {"quoted"}
    assert set(df["speaker"]) == {"Peskov"}


def test_transcript_turns():
    sents = pd.DataFrame({
        "doc_id": ["d"] * 3, "sentence_no": [0, 1, 2], "paragraph_no": [1, 1, 2],
        "char_start": [0, 40, 80], "char_end": [30, 70, 110],
        "text": ["Vladimir Putin: Dear friend, hi.", "Our partnership is strong.", "Xi Jinping: My old friend."],
        "is_headline": [False] * 3})
    sents["text_match"] = sents["text"]
    df = extract_frame_terms(sents)
    assert df[["surface", "voice", "speaker"]].values.tolist() == [
        ["Dear friend", "quoted", "Vladimir Putin"], ["partnership", "quoted", "Vladimir Putin"],
        ["old friend", "quoted", "Xi Jinping"]]


@pytest.mark.parametrize("text, pos, expected", [
    ("Foreign Ministry spokesman Wang Wenbin said", 39, "Foreign Ministry spokesman Wang Wenbin"),
    ("Xi has repeatedly said", 17, "Xi"),
    ("and it said", 7, ""),
])
def test_speaker_before(text, pos, expected):
    assert speaker_before(text, pos, load_cues()) == expected


@pytest.mark.parametrize("text, pos, expected", [
    ("said Xi on Tuesday", 4, "Xi"),
    ("according to the Kremlin", 12, "the Kremlin"),
    ("said officials in Moscow", 4, ""),
])
def test_speaker_after(text, pos, expected):
    assert speaker_after(text, pos, load_cues()) == expected


def test_so_called_is_not_an_attribution():
    assert attributions("the so-called alliance", (), load_cues()) == []


@pytest.mark.parametrize("text, surface, speaker", [
    # A reporting verb earlier in the sentence attributes a later quotation, even with another
    # quotation between them.
    ('Speaker Paul Ryan said "there is no question" and called on him to see that Russia "is not our ally."',
     "ally", "Speaker Paul Ryan"),
    ('Senator Ann Burr stressed that Putin "is not our friend and never has been."', "friend", "Senator Ann Burr"),
])
def test_quote_attributed_to_earlier_verb_in_sentence(text, surface, speaker):
    from summitlens.extract.frames import frame_text

    df = frame_text(text)
    assert df.loc[df["surface"] == surface, "speaker"].iloc[0] == speaker


@pytest.mark.parametrize("text", ["Unveiling the new plan said little.", "Reading the report says a lot."])
def test_sentence_initial_participle_is_no_speaker(text):
    from summitlens.extract.frames.voice import speaker_before

    assert speaker_before(text, text.index(" sa"), load_cues()) == ""


@pytest.mark.parametrize("text, surface, voice", [
    # The writer's label of a name stays authorial inside reported speech.
    ("Lee added that he might lose faith in Kim Jong Un, the North Korean dictator.", "dictator", "authorial"),
    ("Yang accused Japan, a key U.S. ally, of stealing the islands.", "ally", "authorial"),
    ("Obama said the United States will work with Syrian ally Russia on the deal.", "ally", "authorial"),
    # A term in the reported clause itself is paraphrase.
    ("Yang said Japan is an ally of the United States.", "ally", "paraphrase"),
])
def test_appositive_label_is_authorial(text, surface, voice):
    df = frame_text(text)
    assert df.loc[df["surface"] == surface, "voice"].iloc[0] == voice


@pytest.mark.parametrize("text, surface, speaker", [
    # A title abbreviation between the quotation and its cue is no sentence end.
    ("\u201cThere will be no tyrants,\u201d Mr. Gibson said. \u201cWe will be free.\u201d", "tyrants", "Gibson"),
    # A name and its apposition between commas, then the verb.
    ('"The Russians are not our friends," McConnell, a Kentucky Republican, told reporters.', "friends",
     "McConnell"),
    # A determiner phrase as the postposed subject.
    ('"The two are not friends," the letter demanding the retraction stated.', "friends",
     "the letter"),  # on the parse: the subject cut before its participle clause
    # Verb, then the speaker and a long apposition, then the quotation.
    ("Of concern, said Sarah Repucci, senior director at Freedom House, a thinktank in Washington DC, "
     "\u201care the techniques. Countries include Cameroon, hardly regimes we would admire.\u201d", "regimes",
     "Sarah Repucci"),
    # A capitalised verb opening the sentence.
    ('Writes Allahpundit: "Can voters look again at the would-be strongman?"', "strongman", "Allahpundit"),
    # A multi-sentence quotation attributed after its last sentence.
    ("\u201cPutin is not America\u2019s friend. Putin is America\u2019s enemy,\u201d Mr. McCain said.", "friend",
     "McCain"),
])
def test_quotation_cue_next_to_the_quotation(text, surface, speaker):
    df = frame_text(text)
    row = df[df.surface == surface].iloc[0]
    assert (row.voice, row.speaker) == ("quoted", speaker)


def test_message_document_body_is_the_authors_quote():
    rows = [("Greetings to participants of the forum", True), ("Vladimir Putin sent greetings to the forum.", False),
            ("Our comprehensive partnership is strong.", False)]
    s = pd.DataFrame({"doc_id": "d", "sentence_no": range(3), "paragraph_no": range(3),
                      "char_start": [0, 100, 200], "char_end": [len(t) for t, _ in rows],
                      "text": [t for t, _ in rows], "text_match": [t for t, _ in rows],
                      "is_headline": [h for _, h in rows]})
    s["char_end"] = s["char_start"] + s["char_end"]
    row = extract_frame_terms(s).iloc[0]
    assert (row.voice, row.speaker) == ("quoted", "Vladimir Putin")


def test_pronoun_speaker_resolved_to_the_person_before():
    s = pd.DataFrame({"doc_id": "d", "sentence_no": [0, 1], "paragraph_no": [0, 1], "char_start": [0, 100],
                      "char_end": [29, 146], "text": ["Tom Vilsack visited Shanghai.",
                                                      '"China is a partner," he said at a press event.'],
                      "is_headline": False})
    s["text_match"] = s["text"]
    row = extract_frame_terms(s).query("surface == 'partner'").iloc[0]
    assert row.speaker == "Tom Vilsack"


def test_infinitive_report_verb_is_no_postposed_attribution():
    # "want to see the regime swept away": "see" after "to" reports nothing.
    from summitlens.extract.frames import frame_text

    r = frame_text("However, it does not want to see the North Korean regime swept away.").iloc[0]
    assert (r.voice, r.speaker) == ("authorial", "")


@pytest.mark.parametrize("text, surface, voice, speaker", [
    # The subject before an aside between commas or dashes is the speaker.
    ("Mr. McCain, who has visited Syria, said it backs the Assad regime.", "regime", "paraphrase", "McCain"),
    ("Bush, though, said Russia is not an ally.", "ally", "paraphrase", "Bush"),
    ("Rep. Eliot Engel, D-N.Y., top Democrat, said the regime must go.", "regime", "paraphrase", "Eliot Engel"),
    ("Matthew Henderson -- one of the authors -- said new partnerships are needed.", "partnerships",
     "paraphrase", "Matthew Henderson"),
    # After "told" comes the addressee, not the speaker.
    ("\u201cWe care about our allies,\u201d Michael Fullilove, head of a think-tank, told the Financial Times.",
     "allies", "quoted", "Michael Fullilove"),
    # A sentence-opening adverbial is no part of the speaker.
    ("On Thursday Mr Trump suggested that the regime was nervous.", "regime", "paraphrase", "Mr Trump"),
    # A report nested in a report belongs to the outer speaker.
    ("Comey said he asked a friend to help.", "friend", "paraphrase", "Comey"),
    # A participle shares its clause's subject.
    ("\u201cWe act,\u201d McMaster said, saying Russia backs a \u201cmurderous regime\u201d.", "regime", "quoted", "McMaster"),
    # Paraphrase without a verb of saying.
    ("Analysts largely consider the regime fragile.", "regime", "paraphrase", "Analysts"),
    ("Peskov referred to China as a reliable partner.", "partner", "paraphrase", "Peskov"),
    # An inserted attribution covers the whole sentence.
    ("The embargo has hurt Cuba's regime, Obama said, and engagement will help.", "regime", "paraphrase", "Obama"),
])
def test_attribution_structures(text, surface, voice, speaker):
    assert _voice_speaker(text, surface) == (voice, speaker)


def test_unresolved_pronoun_speaker_is_the_pronoun():
    """Rule ``kept_pronoun``: a pronoun-only attribution gives the pronoun, as the text gives it."""
    r = _one("\u201cThe regime is finished,\u201d he said.")
    assert (r["voice"], r["speaker"]) == ("quoted", "he")


def test_kept_pronoun_rule_keeps_he_and_she_not_they():
    """Rule ``kept_pronoun`` (on): an unresolved "he"/"she" stays the speaker, "they" does not;
    switched off (listed in ``rules_off``), every unresolved pronoun is dropped."""
    from dataclasses import replace

    from summitlens.extract.frames.voice import drop_unresolved_pronouns

    rows = [{"speaker": "he"}, {"speaker": "She"}, {"speaker": "they"}]
    drop_unresolved_pronouns(rows, load_cues())
    assert [r["speaker"] for r in rows] == ["he", "She", ""]
    off = replace(load_cues(), attribution_rules_off=load_cues().attribution_rules_off | {"kept_pronoun"})
    rows = [{"speaker": "he"}, {"speaker": "She"}, {"speaker": "they"}]
    drop_unresolved_pronouns(rows, off)
    assert [r["speaker"] for r in rows] == ["", "", ""]


@given(st.text(alphabet=st.sampled_from(list("ab ,-.\u201c\u201dSaid said told X")), max_size=80))
@settings(max_examples=200, deadline=None)
def test_subject_before_aside_never_crashes(text):
    from summitlens.extract.frames.voice import subject_before_aside
    for pos in range(0, len(text) + 1, 7):
        assert isinstance(subject_before_aside(text, pos, load_cues()), str)


@pytest.mark.parametrize("text, surface, voice, speaker", [
    # A term right after a verb of addressing names the addressee: the writer's word.
    ("The Trump administration has told allies not to use Huawei's equipment.", "allies", "authorial", ""),
    ("Lavrov told reporters that Russia is an ally.", "ally", "paraphrase", "Lavrov"),
    # Appositions with a possessor or between dashes, and a name in apposition after the term.
    ("Even China, North Korea's closest ally, expressed regret, said Hong Lei.", "ally", "authorial", ""),
    ("Russia and China -- consistent allies of the Syrian government -- reportedly blocked it.",
     "allies", "authorial", ""),
    ("The White House called it a provocation, and even the North's most important ally, China, "
     "expressed regret.", "ally", "authorial", ""),
    # A pronoun speaker names the titled subject of an earlier clause of its sentence.
    ("As Mr Putin summarised his talks, he said they would help the partnership.", "partnership",
     "paraphrase", "Putin"),
])
def test_addressees_appositions_and_sentence_antecedents(text, surface, voice, speaker):
    assert _voice_speaker(text, surface) == (voice, speaker)


def _doc_terms(texts, heads=None):
    import pandas as pd

    from summitlens.extract.frames import extract_frame_terms
    rows, pos = [], 0
    for i, t in enumerate(texts):
        rows.append({"doc_id": "d", "sentence_no": i, "paragraph_no": i, "char_start": pos,
                     "char_end": pos + len(t), "text": t, "text_match": t,
                     "is_headline": bool(heads and heads[i])})
        pos += len(t) + 2
    return extract_frame_terms(pd.DataFrame(rows))


def test_bare_title_and_message_speakers_resolve_to_the_named_person():
    ft = _doc_terms(["President Vladimir Putin met Finnish President Tarja Halonen",
                     "President Putin stressed that ties were good.",
                     "The President also noted that Finland is a model partner."], heads=[True, False, False])
    assert ft.iloc[0]["speaker"] == "Putin"
    ft = _doc_terms(["Vladimir Putin sent a welcoming message to participants of the forum",
                     '"Our strategic partnership grows," says the message.'], heads=[True, False])
    assert (ft.iloc[0]["voice"], ft.iloc[0]["speaker"]) == ("quoted", "Vladimir Putin")
    # Nobody named with the title: the speaker stays as written.
    ft = _doc_terms(["Talks ended.", "The President said Finland is a model partner."])
    assert ft.iloc[0]["speaker"] == "The President"


def test_transcript_turn_after_a_title_chain_and_article_by_a_leader_are_quoted():
    ft = _doc_terms(["Remarks during the review of troops",
                     "President of Russia, Supreme Commander-in-Chief of Russia Vladimir Putin: Comrades,",
                     "Our countries were allies."])
    assert (ft.iloc[0]["voice"], ft.iloc[0]["speaker"].split()[-1]) == ("quoted", "Putin")
    ft = _doc_terms(["Article by Vladimir Putin published in Handelsblatt", "We value our G20 partners."],
                    heads=[True, False])
    assert (ft.iloc[0]["voice"], ft.iloc[0]["speaker"]) == ("quoted", "Vladimir Putin")


@pytest.mark.parametrize("text, surface, voice, speaker", [
    # A possessor of a noun of speech before a colon speaks the quotation.
    ('We would all do better to take Abraham Lincoln\u2019s advice: \u201cWe are not enemies, but friends.\u201d',
     "friends", "quoted", "Abraham Lincoln"),
    ('Wrote the Washington Examiner\u2019s Jerry Dunleavy: "The alleged victim\u2019s friends said no."',
     "friends", "quoted", "Washington Examiner's Jerry Dunleavy"),
    # A month that is a name, and a coordinated verb sharing its subject.
    ('Speaking after being briefed by the U.K. ambassador, May said her government had anticipated the '
     'Russian response and said: "We will act alongside our allies."', "allies", "quoted", "May"),
    # A long subject right before the verb after a quotation is measured from where it starts.
    ('\u201cThe Castro regime must go,\u201d Republican presidential candidate and Florida Sen. Marco Rubio '
     'said in a statement.', "regime", "quoted", "Marco Rubio"),
    # A source noun; a cognition verb with a nested report keeps the outer speaker.
    ('One Lebanese source also told the news agency that strikes will be joined "by the Syrian army and '
     'its allies."', "allies", "quoted", "One Lebanese source"),
    ("Mattis had made it clear that the president did not value alliances.", "alliances", "paraphrase",
     "Mattis"),
    # A parenthesis and the speaker's own noun phrase are the writer's words.
    ("Black observes in National Review (which was never a friendly voice for Trump) that it is over.",
     "friendly", "authorial", ""),
    ("Trump denounces the probe as a hoax, and his aides and allies argue he is the victim.", "allies",
     "authorial", ""),
    # A link blurb glued to a name is skipped when the speaker is read.
    ("Sen. Roy Blunt Roy Dean BluntGOP senators balk at lengthy trial MORE (R-Mo.) called Romney a "
     "“friend” and said he would be pleased.", "friend", "quoted", "Roy Blunt"),
    # A title in quotation marks is nobody's words: the writer's naming (seventh pass).
    ('The Wyoming Republican said on \u201cFox and Friends\u201d that China cannot be trusted.', "Friends",
     "authorial", ""),
])
def test_third_pass_attribution_structures(text, surface, voice, speaker):
    assert _voice_speaker(text, surface) == (voice, speaker)


@pytest.mark.parametrize("text, surface, speaker", [
    # On the parse (the sentence names a side): the subject of the verb, not the object of a
    # preposition before it.
    ("Breitbart says that a top jihadist based in the Gaza Strip has claimed more \u201cbrothers\u201d are "
     "planning attacks in Russia.", "brothers", "a top jihadist"),
    # A common-noun subject the words before the verb miss; a participle climbs to its verb.
    ('"The only word I recognized was Manhattan," the Mercedes-Benz owner told police, adding that the '
     'talk between the brothers was in Russian.', "brothers", "the Mercedes-Benz owner"),
])
def test_speaker_from_the_parse(text, surface, speaker):
    assert _voice_speaker(text, surface)[1] == speaker


def test_parse_speaker_reports_only_its_complement():
    # "declared" reports "Chechnya pacified", not what follows the coordinated clause.
    r = _one("About 5 years ago, the Kremlin declared Chechnya pacified and withdrew its forces, leaving it "
             "under a local strongman named Kadyrov.")
    assert r["voice"] in ("authorial", "paraphrase")


@given(st.text(alphabet=st.sampled_from(list("ab ,().\u201c\u201dMORE Said said Sm Smith")), max_size=80))
@settings(max_examples=100, deadline=None)
def test_third_pass_helpers_never_crash(text):
    from summitlens.extract.frames.voice import blank_link_blurbs, parenthetical, title_quotation
    blanked, spans = blank_link_blurbs(text)
    assert len(blanked) == len(text) and all(0 <= a <= b <= len(text) for a, b in spans)
    for pos in range(0, len(text) + 1, 5):
        assert isinstance(parenthetical(text, pos), bool)
        assert isinstance(title_quotation(text, (0, pos), load_cues()), bool)
        assert isinstance(speaker_before(text, pos, load_cues()), str)


@pytest.mark.parametrize("text, surface, voice, speaker", [
    # A quotation opening the sentence after an attributed one continues it (multi-sentence quote).
    ('\u201cThe election is a referendum on him,\u201d said Michael McKenna, a strategist. \u201cShe '
     'personally can\u2019t stand scrutiny. She is not a very friendly person.\u201d', "friendly", "quoted",
     "Michael McKenna"),
    # ... but not across another sentence of the writer's.
    ('\u201cThe election is a referendum,\u201d McKenna said. He left early. \u201cShe is not a friendly '
     'person.\u201d', "friendly", "quoted", ""),
    # An opening mark typed to close a quotation.
    ('\u201cJust spoke to my friend MBS of Saudi Arabia!\u201c Trump tweeted.', "friend", "quoted", "Trump"),
    # A title's period ends no speaker after an inverted verb.
    ('\u201cTo be clear,\u201d said Mr. Pence, \u201cwe will defend our allies.\u201d', "allies", "quoted",
     "Mr. Pence"),
    # A subject made of a title only names the person its phrase holds.
    ("US Ambassador to the United Nations Nikki Haley warned that the United States will rebuke Russia for "
     "its support of the Syrian regime.", "regime", "paraphrase", "United Nations Nikki Haley"),
    # A reporting verb inside a subordinate clause reports only its clause.
    ("The idea was that Russia, facing what Johnson called an \u201ceconomic calamity\u201d, could use the "
     "income generated from the partnership.", "partnership", "authorial", ""),
])
def test_fourth_pass_attribution_structures(text, surface, voice, speaker):
    assert _voice_speaker(text, surface) == (voice, speaker)


@pytest.mark.parametrize("text, surface, voice, speaker", [
    # A quotation no cue touches takes the subject of the reporting verb governing it on the parse.
    ('King countered: "If he\'s not an ally, why do we continue to give him billions of dollars in aid?"',
     "ally", "quoted", "King"),
    ('In the interview on Tuesday, Mr Macron mentioned "re-emerging authoritarian powers" that were '
     'well-armed on Europe\'s borders.', "authoritarian", "quoted", "Mr Macron"),
    # ... but a scare-quoted word under a verb that reports nothing names no one.
    ('The French have always sought a \u201cstrongman\u201d in their presidents.', "strongman", "quoted", ""),
    # A report closing the sentence after a comma is the outer one.
    ('The NSA calls the effort an "active defense" and has used it to monitor sometime U.S. partners '
     'like Saudi Arabia, the Times reported.', "partners", "paraphrase", "the Times"),
])
def test_fifth_pass_attribution_structures(text, surface, voice, speaker):
    assert _voice_speaker(text, surface) == (voice, speaker)


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet='abc XY"\u201c\u201d:,.', max_size=40))
def test_quote_governor_never_crashes(text):
    from summitlens.extract.frames.voice import quote_governor
    from summitlens.text.parse import parse_one

    doc = parse_one(text)
    for a in range(0, len(text) + 1, 7):
        assert isinstance(quote_governor(doc, (a, len(text)), load_cues()), str)


@pytest.mark.parametrize("text, surface, voice, speaker", [
    # A description followed by a name in apposition: the name, as written.
    ("The second-ranking Senate Republican, John Cornyn of Texas, said in a statement that it would be "
     "\u201cthe worst possible message we could send to our friend Israel.\u201d", "friend", "quoted", "John Cornyn"),
    # A person noun of office is a speaker ("…, the commissioner said").
    ("The man said he heard the Tsarnaev brothers talk of Manhattan, the commissioner said.", "brothers",
     "paraphrase", "the commissioner"),
    # "according to" + a number word opens a speaker phrase.
    ("Russia moved weapons to areas where anti-regime forces are, according to two American defense officials.",
     "regime", "paraphrase", "two American defense officials"),
    # A name keeps its place before its appositive.
    ("Mike Pompeo, the secretary of state, said Russia is no ally.", "ally", "paraphrase", "Mike Pompeo"),
])
def test_sixth_pass_attribution_structures(text, surface, voice, speaker):
    assert _voice_speaker(text, surface) == (voice, speaker)


@pytest.mark.parametrize("text, surface, voice, speaker", [
    # A title in quotation marks closing a sentence (period inside) or opening it: authorial.
    ('\u201cIt is a hoax,\u201d Napolitano said on \u201cFox & Friends.\u201d', "Friends", "authorial", ""),
    ('\u201cThe Authoritarian Creep\u201d If China is to be believed, it won.', "Authoritarian", "authorial", ""),
    # A reporting verb asked in a question reports nobody.
    ("Do you think a President Clinton would have hired advisers who see Iran as a potential ally?", "ally",
     "authorial", ""),
    # ... but a question inside the clause of a real report keeps it.
    ("Senator Smith said Russia is no ally.", "ally", "paraphrase", "Senator Smith"),
])
def test_seventh_pass_attribution_structures(text, surface, voice, speaker):
    assert _voice_speaker(text, surface) == (voice, speaker)


@pytest.mark.parametrize("text, pos, expected", [
    ("Do you think Russia is an ally?", 7, True),
    ("Does anyone really believe it?", 19, True),
    ("But do they say so?", 12, True),
    ("Do you not think so?", 11, False),   # a negated question is rhetorical: left to the other rules
    ("You do think so.", 7, False),
    ("Did the minister of foreign affairs say it?", 36, False),  # more than three words between
    ("", 0, False),
])
def test_question_verb(text, pos, expected):
    from summitlens.extract.frames.voice import question_verb

    assert question_verb(text, pos, load_cues()) is expected


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="Do you think said.?;: ", max_size=40), st.integers(0, 45))
def test_question_verb_never_crashes(text, pos):
    from summitlens.extract.frames.voice import question_verb

    assert isinstance(question_verb(text, min(pos, len(text)), load_cues()), bool)


@pytest.mark.parametrize("text, speaker, expected", [
    ("The second-ranking Senate Republican, John Cornyn of Texas, said it.", "Senate Republican", "John Cornyn"),
    ("It is over, said Mr. Romney's campaign spokeswoman, Andrea Saul.", "Mr. Romney's campaign spokeswoman",
     "Andrea Saul"),
    ("Mike Pompeo, Secretary of State, said it.", "Mike Pompeo", ""),
    ("The minister, Russia and China, said it.", "The minister", ""),  # no two-word name
    ("", "", ""),
])
def test_apposed_name(text, speaker, expected):
    from summitlens.extract.frames.voice import apposed_name

    assert apposed_name(text, speaker, load_cues()) == expected


def test_description_helpers():
    from summitlens.extract.frames.voice import description_title, titled_person

    cues = load_cues()
    assert description_title("the Texas senator", cues) == "senator"
    assert description_title("the Kremlin", cues) == description_title("Ted Cruz", cues) == ""
    prefix = "Sen. Ted Cruz met Bob Smith."
    persons = [("Ted Cruz", 5), ("Bob Smith", 18)]
    assert titled_person(prefix, persons, "senator") == "Ted Cruz"
    assert titled_person(prefix, persons, "governor") == ""
    assert titled_person(prefix, persons, "governor", fallback=True) == ""  # two people: no guess


def test_opening_source_attributes_a_later_quotation():
    from summitlens.extract.frames.voice import opening_source

    cues = load_cues()
    t = 'According to Sondland, he and Trump "are not close friends."'
    q = (t.index('"'), len(t))
    assert opening_source(t, q, attributions(t, [q], cues)) == "Sondland"
    t = 'He left, according to Sondland, and "friends" stayed.'
    q = (t.index('"'), t.index('"', t.index('"') + 1) + 1)
    assert opening_source(t, q, attributions(t, [q], cues)) == ""  # not opening the sentence


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abc XY,.'()", max_size=40), st.text(alphabet="abc XY", max_size=8))
def test_apposed_name_never_crashes(text, speaker):
    from summitlens.extract.frames.voice import apposed_name

    assert isinstance(apposed_name(text, speaker, load_cues()), str)


def test_source_from_names_the_document_source():
    from summitlens.extract.frames.voice import source_from

    cues = load_cues()
    t = "Another report from TMZ alleged that family and friends are upset."
    assert source_from(t, "Another report", 0, cues) == "TMZ"
    import dataclasses

    off = dataclasses.replace(cues, source_from=re.compile("(?!)"))
    assert source_from(t, "Another report", 0, off) == "Another report"  # off: as written
    assert source_from("Russia's friends from Asia said so.", "Russia's friends", 0, cues) == "Russia's friends"
    t = 'Then came a statement from Speaker Nancy Pelosi that echoed him: "We are not allies."'
    assert source_from(t, "", t.index('"'), cues) == "Speaker Nancy Pelosi"
    assert source_from(t, "", 10, cues) == ""  # nothing before the quotation


def test_possessed_speech_noun_gives_the_quotation_its_possessor():
    from summitlens.extract.frames.voice import possessed_speech
    from summitlens.text.parse import parse_one

    cues = load_cues()
    t = "They expressed concern that Obama\u2019s requests for \u201cpartnerships\u201d are code."
    assert possessed_speech(parse_one(t), t.index("partnerships"), cues) == "Obama"
    t = "They met Obama\u2019s \u201cfriends\u201d in Paris."
    assert possessed_speech(parse_one(t), t.index("friends"), cues) == ""  # no speech noun
    row = frame_text("As Carol notes, the White House walked back Obama's \u201cally\u201d remarks about Egypt.").iloc[0]
    assert (row.voice, row.speaker) == ("quoted", "Obama")


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="abc XY,.'\"from report", max_size=60), st.text(alphabet="abc XY", max_size=8))
def test_source_from_never_crashes(text, speaker):
    from summitlens.extract.frames.voice import source_from

    assert isinstance(source_from(text, speaker, len(text) // 2, load_cues()), str)


def test_name_quotation_is_the_writers_naming():
    # Ninth attribution pass: a one-word capitalised quotation naming a show or place.
    assert _voice_speaker('They sat at the \u201cFriends\u201d center in Elchingen.', "Friends") == ("authorial", "")
    assert _voice_speaker('They sit and listen to music while watching "Friends" reruns.', "Friends") == ("authorial", "")
    assert _voice_speaker('"We are friends," Putin said.', "friends") == ("quoted", "Putin")


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet='ab XY"\u201c\u201d.,', max_size=40))
def test_name_quotation_never_crashes(text):
    from summitlens.extract.frames.voice import name_quotation

    n = len(text)
    assert name_quotation(None, text, (0, n), 0, n, load_cues()) is False


def test_nested_report_on_the_parse_keeps_the_outer_speaker():
    from summitlens.extract.frames.voice import Attribution, outer_speaker
    from summitlens.text.parse import parse_one

    cues = load_cues()
    t = "He said he would accept it only if Ingraham denounced the way Fox News treated him and his friends."
    cands = [Attribution("verb_before", 3, 7, "He"), Attribution("verb_before", 44, 53, "Ingraham")]
    assert outer_speaker(cands, t) == "Ingraham"  # too many words between them for the text rule
    expected = "He" if cues.nested_on_parse else "Ingraham"
    assert outer_speaker(cands, t, doc=parse_one(t), cues=cues) == expected


def test_term_in_the_speaker_phrase_after_the_verb_is_authorial():
    # Tenth attribution pass: the writer's description of a postposed speaker.
    t = ('\u201cWe have nothing in common,\u201d says Dana Van Abbema, a local volunteer with the campaign '
         'and friend of Alex.')
    assert _voice_speaker(t, "friend") == ("authorial", "")
    t = ('"We support the right to disagree," said Jim Campbell of the conservative legal group '
         'Alliance Defending Freedom.')
    assert _voice_speaker(t, "Alliance") == ("authorial", "")
    # ... but not what the verb reports, nor a term after a reporting verb in the phrase
    t = "Russia is a reliable partner, said Dmitry Peskov."
    assert _voice_speaker(t, "partner") == ("paraphrase", "Dmitry Peskov")
    assert _voice_speaker("It was a slight, said Peskov, who added that China is an ally.", "ally")[0] == "paraphrase"


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet='ab XY"\u201c\u201d.,said ', max_size=50), st.integers(0, 50))
def test_after_speaker_phrase_never_crashes(text, s):
    from summitlens.extract.frames.voice import after_speaker_phrase

    cues = load_cues()
    assert after_speaker_phrase(text, s, attributions(text, (), cues), cues) in (True, False)


def test_rules_off_stay_off_and_work_when_switched_on():
    # One-round rules of the tenth pass ship off (each helps round 16 only).
    import dataclasses

    cues = load_cues()
    assert not cues.source_noun_after and not cues.inverted_subject_parse
    on = dataclasses.replace(cues, source_noun_after=True)
    assert speaker_after("according to aides to both men.", 13, on) == "aides"
    assert speaker_after("according to aides to both men.", 13, cues) == ""
    assert speaker_after("said it would.", 5, on) == ""  # a pronoun is no source


# Twelfth attribution pass (rounds 1-19 pooled): each rule is a switch of frame_cues.yml,
# tested here both ways so a rule that ships off still works when a user switches it on.
def _with(**kw):
    import dataclasses

    return dataclasses.replace(load_cues(), **kw)


@pytest.mark.parametrize("phrase, expected", [
    ("city resident Ahmed Amir Neihoum", "city resident Ahmed Amir Neihoum"),
    ("longtime adviser Jane Doe", "longtime adviser Jane Doe"),
    ("it was Russia", ""),           # a pronoun and an auxiliary are no descriptors
    ("that Russia", ""),
    ("resident", ""),                # no name
    ("the ministry Russia is", ""),  # not a name at the end
])
def test_described_name(phrase, expected):
    from summitlens.extract.frames.voice import described_name

    assert described_name(phrase, load_cues()) == expected


def test_described_speaker_after_switch():
    t = "People have grown used to cuts since the revolution against Gadhafi, said city resident Ahmed Neihoum."
    pos = t.index("said") + 4
    assert speaker_after(t, pos, _with(described_speaker_after=True)) == "city resident Ahmed Neihoum"
    assert speaker_after(t, pos, _with(described_speaker_after=False)) == ""
    on = _with(described_speaker_after=True)
    atts = attributions(t, (), on)
    assert [(a.kind, a.speaker) for a in atts] == [("verb_after", "city resident Ahmed Neihoum")]
    # A clause after the verb is what is said, not a speaker.
    t = "Bush, though, said Russia is a partner."
    assert [a.speaker for a in attributions(t, (), on)] == ["Bush"]


@pytest.mark.parametrize("text, on, off", [
    ("Kathy Kontoa told the Guardian she thought", "she", "the Guardian she"),
    ("He told CNN he said", "he", "CNN he"),
    ("Officials said", "Officials", "Officials"),
])
def test_pronoun_ends_speaker_switch(text, on, off):
    pos = text.rindex(" ") + 1
    assert speaker_before(text, pos, _with(pronoun_ends_speaker=True)) == on
    assert speaker_before(text, pos, _with(pronoun_ends_speaker=False)) == off


def test_in_source_phrase():
    from summitlens.extract.frames.voice import in_source_phrase

    cues = load_cues()
    t = "Records were cleared, according to figures from the non-profit Drug Policy Alliance."
    end = t.index("according to") + len("according to")
    assert in_source_phrase(t, end, t.index("Alliance"), cues)
    t = "According to Xi, the alliance is strong."
    assert not in_source_phrase(t, 12, t.index("alliance"), cues)
    t = "According to officials who said the alliance is strong, it is."
    assert not in_source_phrase(t, 12, t.index("alliance"), cues)


def test_title_adjectives():
    from summitlens.extract.frames.voice import appositive_label

    t = "He urged countering an authoritarian China."
    s = t.index("authoritarian")
    assert appositive_label(t, s, s + 13, _with(title_adjectives=frozenset()))
    assert not appositive_label(t, s, s + 13, _with(title_adjectives=frozenset({"authoritarian"})))
    t = "He met dictator Kim Jong Un."
    s = t.index("dictator")
    assert appositive_label(t, s, s + 8, _with(title_adjectives=frozenset({"authoritarian"})))


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet='ab XY"\u201c\u201d.,said accordingto ', max_size=60), st.integers(0, 60))
def test_twelfth_pass_rules_never_crash(text, s):
    from summitlens.extract.frames.voice import described_name, in_source_phrase

    on = _with(described_speaker_after=True, pronoun_ends_speaker=True, source_phrase_speaker=True)
    assert isinstance(described_name(text, on), str)
    assert in_source_phrase(text, min(s, len(text)), len(text), on) in (True, False)
    for m in on.verbs.finditer(text):
        assert isinstance(speaker_before(text, m.start(), on), str)
        assert isinstance(speaker_after(text, m.end(), on), str)
    assert isinstance(attributions(text, (), on), list)


@pytest.mark.parametrize("text, surface, expected", [
    # a reporting verb of the twelfth pass
    ("Some conservatives complained Wednesday that liberals call Trump and his allies fascists.", "allies",
     ("paraphrase", "Some conservatives")),
    # a term naming the source after "according to"
    ("Thousands filed petitions, according to figures from the non-profit Drug Policy Alliance.", "Alliance",
     ("authorial", "")),
    # an adjective before a name is no title
    ("Buttigieg criticized the approach, saying America should be countering an authoritarian China.",
     "authoritarian", ("paraphrase", "Buttigieg")),
    # ... a noun before a name still is
    ("Obama said he would meet North Korean dictator Kim Jong Un.", "dictator", ("authorial", "")),
])
def test_twelfth_pass_voice(text, surface, expected):
    assert _voice_speaker(text, surface) == expected


# Thirteenth attribution pass (rounds 1-20 pooled): each rule has an id in
# ``attribution.rules_off``; tested switched on and switched off.
def _rules(off: frozenset[str]):
    import dataclasses

    return dataclasses.replace(load_cues(), attribution_rules_off=off)


def _vs(text: str, surface: str, cues) -> tuple[str, str]:
    df = frame_text(text, cues=cues)
    r = df[df["surface"] == surface].iloc[0]
    return r["voice"], r["speaker"]


@pytest.mark.parametrize("rule, text, surface, on, off", [
    ("document_issuer", '"We will miss our friends here," a letter from the museum said.', "friends",
     ("quoted", "the museum"), ("quoted", "a letter")),
    ("document_issuer", '"Our partners must act," a memo by the agency said.', "partners",
     ("quoted", "the agency"), ("quoted", "a memo")),
    ("quoted_as_saying", "The Gazette quoted Ms. Lund as saying her partner had left the firm in May.",
     "partner", ("paraphrase", "Ms. Lund"), ("authorial", "")),
    ("possessed_title", "Mr. Ortiz said his brother Pablo had never met the minister.", "brother",
     ("paraphrase", "Ortiz"), ("authorial", "")),
])
def test_thirteenth_pass_rules_on_and_off(rule, text, surface, on, off):
    assert _vs(text, surface, _rules(frozenset())) == on
    assert _vs(text, surface, _rules(frozenset({rule}))) == off


@pytest.mark.parametrize("text, surface, expected", [
    # a title before a name stays the writer's with every rule on
    ("Mr. Ortiz said Andean ally Peru had never met the minister.", "ally", ("authorial", "")),
    # a document with no issuer named keeps its own noun
    ('"We will miss our friends here," a letter said.', "friends", ("quoted", "a letter")),
    # "as" after a verb without an object names no speaker
    ("The paper ran as saying goes that friends are rare.", "friends", ("authorial", "")),
])
def test_thirteenth_pass_rules_leave_other_structures_alone(text, surface, expected):
    assert _vs(text, surface, _rules(frozenset())) == expected


def test_thirteenth_pass_rules_ship_off():
    # each helps one development round only, or breaks rows of another (frame_cues.yml); the
    # fourteenth pass switched possessed_title on (with its parse condition: rounds 9, 11, 15)
    assert {"document_issuer", "quoted_as_saying"} <= load_cues().attribution_rules_off
    assert "possessed_title" not in load_cues().attribution_rules_off
    assert _voice_speaker("The Gazette quoted Ms. Lund as saying her partner had left.", "partner") == ("authorial", "")


def test_thirteenth_pass_helpers():
    from summitlens.extract.frames.voice import document_issuer, possessed_title
    from summitlens.text.parse import parse_one

    cues = _rules(frozenset())
    t = "A statement by the ministry said the partners agreed."
    assert document_issuer(parse_one(t), t, "A statement", cues) == "the ministry"
    assert document_issuer(None, t, "A statement", cues) == ""
    assert document_issuer(parse_one(t), t, "Nobody here", cues) == ""
    assert possessed_title("their old friend Ana", 14, cues) and not possessed_title("old friend Ana", 4, cues)
    assert not possessed_title("his, friend Ana", 5, cues)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet='ab XY"\u201c\u201d.,said his her from by statement ', max_size=60), st.integers(0, 60))
def test_thirteenth_pass_helpers_never_crash(text, s):
    from summitlens.extract.frames.voice import document_issuer, possessed_title
    from summitlens.text.parse import parse_one

    cues = _rules(frozenset())
    assert possessed_title(text, min(s, len(text)), cues) in (True, False)
    assert isinstance(document_issuer(parse_one(text), text, text[:s], cues), str)


# Fourteenth attribution pass (rounds 1-21 pooled): possessed_title switched on, with a parse
# condition (voice.reported_argument): a reporting verb above the term takes it in its complement.
@pytest.mark.parametrize("text, surface, on, off", [
    # in what is said: the possessed noun is part of the report
    ("Ms. Vance said her brother Carlo had signed the deal.", "brother", ("paraphrase", "Vance"), ("authorial", "")),
    # in an adjunct of the reporting verb: the writer's title, as before
    ("Ms. Vance said to her brother Carlo that the deal was off.", "brother", ("authorial", ""), ("authorial", "")),
    ("Ms. Vance spoke with her friend Ana Ruiz about the deal.", "friend", ("authorial", ""), ("authorial", "")),
])
def test_fourteenth_pass_possessed_title(text, surface, on, off):
    assert "possessed_title" not in load_cues().attribution_rules_off
    assert _vs(text, surface, load_cues()) == on
    off_cues = _rules(load_cues().attribution_rules_off | {"possessed_title"})
    assert _vs(text, surface, off_cues) == off


def test_fourteenth_pass_reported_argument():
    from summitlens.extract.frames.voice import possessed_title, possessed_title_candidate, reported_argument
    from summitlens.text.parse import parse_one

    cues = load_cues()
    t = "The coach told reporters his friend Marta had quit."
    assert reported_argument(parse_one(t), t.index("friend"), cues) is True
    t = "The coach said to his friend Marta that he had quit."
    assert reported_argument(parse_one(t), t.index("friend"), cues) is False
    t = "His friend Marta quit the team."
    assert reported_argument(parse_one(t), t.index("friend"), cues) is None
    assert reported_argument(None, 0, cues) is None
    # without the parse the word rule alone decides; with it, no reporting verb means no report
    assert possessed_title(t, 4, cues) and not possessed_title(t, 4, cues, doc=parse_one(t))
    assert possessed_title_candidate(t, 4, 10, cues) and not possessed_title_candidate("His friend quit.", 4, 10, cues)


# Fifteenth attribution pass (rounds 1-23): each rule on (shipped) and switched off.
@pytest.mark.parametrize("rule, text, surface, on, off", [
    # a pull quote signed after a dash
    ("signed_quotation", '"Our old ally has gone quiet." - Mara Lind, The Harbour Times', "ally",
     ("quoted", "Mara Lind"), ("quoted", "")),
    ("signed_quotation", '"No regime lasts forever." – Tom Okafor on "Evening Desk"', "regime",
     ("quoted", "Tom Okafor"), ("quoted", "")),
    # a verb casting its object as the term: the subject's label
    ("characterising_as", "The pamphleteers cast the governor as a budding tyrant.", "tyrant",
     ("paraphrase", "The pamphleteers"), ("authorial", "")),
    ("characterising_as", "The mayor was in Lyon on Monday offering himself as a dependable partner.", "partner",
     ("paraphrase", "The mayor"), ("authorial", "")),
])
def test_fifteenth_pass_rules(rule, text, surface, on, off):
    assert rule not in load_cues().attribution_rules_off
    assert _vs(text, surface, load_cues()) == on
    assert _vs(text, surface, _rules(load_cues().attribution_rules_off | {rule})) == off


@pytest.mark.parametrize("text, surface", [
    # casting a vote, or "as" outside the verb's phrase: no characterisation
    ("The farmers cast their votes for a friendly candidate.", "friendly"),
    ("As an old ally, the town presented its award.", "ally"),
])
def test_fifteenth_pass_characterising_needs_the_as_phrase(text, surface):
    assert _vs(text, surface, load_cues()) == ("authorial", "")


def test_fifteenth_pass_nearest_subject_on_parse():
    from summitlens.extract.frames.voice import parse_subject
    from summitlens.text.parse import parse_one

    t = "LIMA (AP) - Peru's trade minister said the talks had stalled."
    on = parse_subject(parse_one(t), t.index("said"), load_cues())
    assert on is not None and on[0].endswith("trade minister")
    off = parse_subject(parse_one(t), t.index("said"), _rules(load_cues().attribution_rules_off | {"nearest_subject"}))
    assert off != on


def _turns_rules(tmp_path, off: list[str]):
    from summitlens.paths import resource

    src = resource("turns.yml").read_text(encoding="utf-8")
    path = tmp_path / "turns.yml"
    src = re.sub(r"(?m)^rules_off: \[([^\]]*)\]",
                 lambda m: f"rules_off: [{', '.join([*filter(None, m[1].split(', ')), *off])}]", src)
    path.write_text(src, encoding="utf-8")
    return path


def test_fifteenth_pass_bare_labels_and_signed_posts(tmp_path):
    from summitlens.text.turns import bare_labels, post_signer, speaker_turns

    texts = ["archived recording (nina park) Our partners are waiting.", "They said so."]
    assert speaker_turns(["d", "d"], [1, 1], [0, 1], texts, [False, False])[1][0] == "Nina Park"
    off = _turns_rules(tmp_path, ["bare_labels", "signed_posts"])
    assert bare_labels(texts[0], rules=off) == []
    assert speaker_turns(["d", "d"], [1, 1], [0, 1], texts, [False, False], rules=off) == {}
    post = "Friends do not do this. - Ana Ruiz (@anaruiz) March 3, 2019"
    assert post_signer(post) == "Ana Ruiz" and post_signer(post, rules=off) == ""
    assert _vs(post, "Friends", load_cues()) == ("quoted", "Ana Ruiz")
    assert _vs("Friends do not do this, Ana Ruiz wrote on (@anaruiz).", "Friends", load_cues())[0] != "quoted"


@pytest.mark.parametrize("text, surface", [
    ("One might argue that the two capitals are now close allies.", "allies"),
    ("The deal looks shaky if one believes that Moscow is a reliable partner.", "partner"),
])
def test_sixteenth_pass_generic_one_is_no_speaker(text, surface):
    """Generic "one" (``attribution.not_speakers``) reports nothing: the writer's own words."""
    assert _voice_speaker(text, surface) == ("authorial", "")


def test_sixteenth_pass_named_subject_still_speaks():
    """A named subject before the same verbs still speaks (the generic pronoun alone is dropped)."""
    assert _voice_speaker("Ivanov might argue that the two capitals are close allies.", "allies") == \
        ("paraphrase", "Ivanov")


def test_sixteenth_pass_quote_governor_stops_at_the_root():
    """Climbing from a quotation to a governing verb ends at the sentence's root on the parse
    (spaCy gives a new Token object on each access, so the root is found by index), and the
    quotation of a verbless headline-like sentence gets no invented speaker."""
    from summitlens.extract.frames.voice import quote_governor
    from summitlens.text.parse import parse_one

    t = 'Smith replied: "Russia is no friend of ours, and never was."'
    assert quote_governor(parse_one(t), (t.index('"'), len(t)), load_cues()) == "Smith"
    t = 'A "friend" indeed.'
    assert quote_governor(parse_one(t), (2, 10), load_cues()) == ""


# Eighteenth attribution pass (rounds 1-27 pooled): a term in an adjunct of the reporting verb
# names who or what is involved, no part of what is reported (rule ``reported_adjunct``).
@pytest.mark.parametrize("text, surface, speaker", [
    ("The governor spoke by phone to a notorious strongman on Friday.", "strongman", "The governor"),
    ("Ms. Ortega told the whole story to her brother in Madrid.", "brother", "Ortega"),
    ("The mayor wrote on the alliance's website that the bridge would reopen.", "alliance", "The mayor"),
    ('"We will rebuild the port," the minister said, rejecting offers from foreign partners.', "partners",
     "the minister"),
    ("The senator reaffirmed the treaty commitments to both of its regional allies.", "allies", "The senator"),
])
def test_eighteenth_pass_reported_adjunct(text, surface, speaker):
    rule = "reported_adjunct"
    assert rule not in load_cues().attribution_rules_off
    assert _vs(text, surface, load_cues()) == ("authorial", "")
    assert _vs(text, surface, _rules(load_cues().attribution_rules_off | {rule})) == ("paraphrase", speaker)


@pytest.mark.parametrize("text, surface, speaker", [
    # prepositions that give what is said, and "as" phrases: still the speaker's
    ("The senator spoke of the need to stand up to authoritarian regimes.", "authoritarian", "The senator"),
    ("The envoy described Norway as a model partner.", "partner", "The envoy"),
    # a participle that reports, one after a reported clause, a verb inside another report
    ('"The ties are strong," Mr. Vance said, noting that the partnership had survived the crisis.',
     "partnership", "Vance"),
    ("The professor wrote that the bank erred, failing to persuade allies to join.", "allies", "The professor"),
    ("Analysts say the plan helps voters feel closer to their friends.", "friends", "Analysts"),
])
def test_eighteenth_pass_reported_adjunct_leaves_reports_alone(text, surface, speaker):
    assert _vs(text, surface, load_cues()) == ("paraphrase", speaker)


def test_eighteenth_pass_adjunct_candidate_and_helpers():
    from summitlens.extract.frames.voice import adjunct_candidate, reported_adjunct
    from summitlens.text.parse import parse_one

    cues = load_cues()
    assert adjunct_candidate("She spoke to her friends.", cues)
    assert adjunct_candidate('"No," he said, shaking hands with his partners.', cues)
    assert not adjunct_candidate("She said her friends left.", cues)
    assert not adjunct_candidate("She spoke to her friends.", _rules(cues.attribution_rules_off | {"reported_adjunct"}))
    assert reported_adjunct(None, 0, cues) is False
    t = "No verb reports here: an alliance of towns."
    assert reported_adjunct(parse_one(t), t.index("alliance"), cues) is False


# Negation/voice pass (rounds 1-31 pooled): title_interview, on. A title-case quotation after
# "with"/"told" (attribution.title_interview_openers) is the show hosting an interview: the
# writer's naming, authorial; switched off, it stays the quoted words of nobody.
@pytest.mark.parametrize("text, surface", [
    ('The mayor said in an interview with "Morning Friends Live" that the port would reopen.', "Friends"),
    ('"We will rebuild the bridge," the governor told "Sunday Partners Hour" on Sunday.', "Partners"),
])
def test_negation_voice_pass_title_interview(text, surface):
    assert "title_interview" not in load_cues().attribution_rules_off
    assert _vs(text, surface, load_cues())[0] == "authorial"
    assert _vs(text, surface, _rules(load_cues().attribution_rules_off | {"title_interview"}))[0] == "quoted"


def test_negation_voice_pass_title_interview_needs_title_case():
    """Words in lower case after "with" are somebody's words, not a title."""
    t = 'She met with "our loyal allies in the north" last week, the minister said.'
    assert _vs(t, "allies", load_cues())[0] == "quoted"


# Negation/voice pass 2 (rounds 1-32 pooled): a "that" clause the parser hangs on the object of
# a preposition after a reporting verb is what the verb reports (rule ``that_clause_in_pp``).
@pytest.mark.parametrize("text, surface, speaker", [
    ("Lena Park, a fund manager, says in the note of the week that bond markets are entering a new era.",
     "new era", "Lena Park"),
])
def test_pass2_that_clause_in_pp(text, surface, speaker):
    from summitlens.extract.frames.voice import reported_adjunct
    from summitlens.text.parse import parse_one

    rule = "that_clause_in_pp"
    on = _rules(load_cues().attribution_rules_off - {rule})
    off = _rules(load_cues().attribution_rules_off | {rule})
    assert _vs(text, surface, on) == ("paraphrase", speaker)
    doc = parse_one(text)
    assert reported_adjunct(doc, text.index(surface), on) is False
    # a true relative clause ("the day that …" with "that" its subject) is no report
    t = "The minister spoke on the day that ended the old alliance."
    assert reported_adjunct(parse_one(t), t.index("alliance"), on) == reported_adjunct(parse_one(t), t.index("alliance"), off)


# Framing voice pass (issue 13, rounds 1-35 pooled). ``comment_clause``: a reporting verb in a
# comment clause ("as X noted") reports the clause it hangs on; ``object_sense``: "maintain"
# with a noun object reports nothing. Invented sentences, each rule switched on and off.
@pytest.mark.parametrize("rule, text, surface, on, off", [
    ("comment_clause", "As the minister noted last week, Russia remains a reliable partner.", "partner",
     ("paraphrase", "the minister"), ("authorial", "")),
    ("comment_clause", "As Maria Lopez just counseled in The Review, let's resist the regime's machinations.",
     "regime", ("paraphrase", "Maria Lopez"), ("authorial", "")),
    ("comment_clause", "The alliance, as Lopez argued, is a sham.", "alliance",
     ("paraphrase", "Lopez"), ("authorial", "")),
    ("object_sense", "Russia has maintained a close alliance with Syria for decades.", "alliance",
     ("authorial", ""), ("paraphrase", "Russia")),
    ("object_sense", "The senator openly expressed his admiration for foreign strongmen.", "strongmen",
     ("authorial", ""), ("paraphrase", "The senator")),
])
def test_voice_pass_rules(rule, text, surface, on, off):
    # comment_clause ships off (one gold sentence), object_sense on
    assert (rule in load_cues().attribution_rules_off) == (rule == "comment_clause")
    assert _vs(text, surface, _rules(load_cues().attribution_rules_off - {rule})) == on
    assert _vs(text, surface, _rules(load_cues().attribution_rules_off | {rule})) == off


@pytest.mark.parametrize("text, surface, expected", [
    # no comment: "as" is a time or a manner, or the verb has an object or a clause of its own
    ("As the talks began, Lopez argued that the alliance is a sham.", "alliance", ("paraphrase", "Lopez")),
    ("As the minister noted the risks, Russia remained a reliable partner.", "partner", ("authorial", "")),
    ("The envoy thanked his “dear friend,” as the host calls him, for the visit.", "dear friend",
     ("quoted", "")),
    # the comment covers its own clause, not another adverbial clause of it
    ("Moscow presents itself, as Lopez writes, as a neutral broker, though it remains authoritarian.",
     "authoritarian", ("authorial", "")),
    # "maintain" with a clause still reports
    ("Russia has long maintained that the alliance is strong.", "alliance", ("paraphrase", "Russia")),
    ("Russia maintained its alliance with Syria, officials said.", "alliance", ("paraphrase", "officials")),
])
def test_voice_pass_rules_limits(text, surface, expected):
    assert _vs(text, surface, _rules(load_cues().attribution_rules_off - {"comment_clause"})) == expected


def test_title_name_quotation_modifying_a_noun_is_the_writers():
    # Rule title_name: a title-case quotation ending with the term, modifying a noun after it.
    t = 'President Trump praised Paul Manafort in an exclusive "Fox & Friends" interview on Thursday.'
    assert _vs(t, "Friends", _rules(frozenset())) == ("authorial", "")
    assert _vs(t, "Friends", _rules(frozenset({"title_name"})))[0] == "quoted"
    # A title-case quotation that heads its own phrase is still the speaker's words.
    t = 'Tillerson was awarded Russia\'s "Order of Friendship" in 2013, he said.'
    assert _vs(t, "Friendship", _rules(frozenset()))[0] == "quoted"


@pytest.mark.parametrize("text, surface, on, off", [
    # a clause governed by a verb of saying whose subject the words before the verb cut short
    ("The rebels joined their allies in the north, Kurdish and U.S. officials said.", "allies",
     ("paraphrase", "Kurdish and U.S. officials"), ("authorial", "")),
    # the object of "according to" names the source of a paraphrase the words left without one
    ("According to news accounts, he was a student at Rindge, where he had friends.", "friends",
     ("paraphrase", "news accounts"), ("paraphrase", "")),
])
def test_governing_report(text, surface, on, off):
    # Rule governing_report: a report governing the term's clause on the parse.
    assert _vs(text, surface, _rules(load_cues().attribution_rules_off)) == on
    assert _vs(text, surface, _rules(load_cues().attribution_rules_off | {"governing_report"})) == off


@pytest.mark.parametrize("text, surface", [
    # a relative clause describes (the writer's words); cognition verbs report no words
    ("The rebels, who were allies of the army, withdrew, local officials said.", "allies"),
    ("Some men could believe that their partners are giving consent.", "partners"),
    # the addressee of "told" stays the writer's
    ("Trump has told friends he believes the memo would expose bias, according to two sources.", "friends"),
])
def test_governing_report_limits(text, surface):
    # the rule leaves these as the words around the cues read them
    off = load_cues().attribution_rules_off
    assert _vs(text, surface, _rules(off)) == _vs(text, surface, _rules(off | {"governing_report"}))


@pytest.mark.parametrize("text, surface, on, off", [
    ("A recent survey found that more than a fifth of Millennials say they have no friends.", "friends",
     "Millennials", "more than a fifth"),
    ("Sixty percent of voters say Russia is a friend.", "friend", "voters", "Sixty percent"),
    ("A majority of voters said Russia is a friend.", "friend", "voters", "A majority"),
])
def test_quantity_subject(text, surface, on, off):
    # Rule quantity_subject: a share of a group speaks for the group.
    rules = load_cues().attribution_rules_off
    assert _vs(text, surface, _rules(rules))[1] == on
    assert _vs(text, surface, _rules(rules | {"quantity_subject"}))[1] == off


def test_writer_report_is_authorial():
    # Rule writer_report: the writer's own report ("I told them that …") is the writer's words.
    t = "When I told them that I had attended a game with some liberal friends, their faces fell."
    rules = load_cues().attribution_rules_off
    assert _vs(t, "friends", _rules(rules)) == ("authorial", "")
    assert _vs(t, "friends", _rules(rules | {"writer_report"})) == ("paraphrase", "I")


# Nineteenth attribution pass (rounds 1-39 pooled): `gloss_participles` on; `bracket_insertion`,
# `title_reported` and `aside_source` ship off (one gold sentence each, or as many rows broken as
# fixed), each checked with the rule switched on and off.
@pytest.mark.parametrize("text, surface, expected", [
    ('"The mood can turn," he said, referring to warnings by the U.S. and its Western allies.', "allies",
     ("authorial", "")),
    ('"They must take part in the decisions," the envoy said, underscoring how hard it is to form a Sunni '
     'alliance.', "alliance", ("authorial", "")),
])
def test_nineteenth_pass_gloss_participles(text, surface, expected):
    assert _vs(text, surface, load_cues()) == expected


def test_nineteenth_pass_gloss_participles_limits():
    import dataclasses

    # without the list "referring" is a reporting participle: its clause is reported
    t = '"The mood can turn," he said, referring to warnings by the U.S. and its Western allies.'
    assert _vs(t, "allies", dataclasses.replace(load_cues(), gloss_participles=frozenset()))[0] == "paraphrase"
    # "referring to … as …" still characterises: the "as" on the way stops the rule
    t = "He said the talks failed, referring to the president as a dictator."
    assert _vs(t, "dictator", load_cues())[0] == "paraphrase"


@pytest.mark.parametrize("rule, text, surface, on, off", [
    ("bracket_insertion", '"We had to overthrow [Libyan strongman Moammar] Gadhafi," Ms Lopez said.', "strongman",
     ("authorial", ""), ("quoted", "Ms Lopez")),
    ("title_reported", '"Cracks Appear in Democratic-Jewish Alliance Over Iran Deal," the Wall Street Journal '
     'announced.', "Alliance", ("quoted", "the Wall Street Journal"), ("authorial", "")),
    ("aside_source", "The reports, according to the AP, said Brown and his friend were suspects.", "friend",
     ("paraphrase", "The reports"), ("paraphrase", "the AP")),
])
def test_nineteenth_pass_rules_off(rule, text, surface, on, off):
    assert rule in load_cues().attribution_rules_off
    assert _vs(text, surface, _rules(load_cues().attribution_rules_off - {rule})) == on
    assert _vs(text, surface, load_cues()) == off


@pytest.mark.parametrize("text, surface, expected", [
    # brackets outside the term, or no quotation
    ('"[America\'s] negotiating partners paid a price," Kahler wrote.', "partners", ("quoted", "Kahler")),
    # a title after an opener, or no reporting verb after it, stays a title
    ('He said on "Fox and Friends" that the talks went well.', "Friends", ("authorial", "")),
    # a source phrase that is no aside before a verb keeps its speaker
    ("According to the AP, Brown and his friend were suspects.", "friend", ("paraphrase", "the AP")),
])
def test_nineteenth_pass_rules_limits(text, surface, expected):
    on = _rules(load_cues().attribution_rules_off - {"bracket_insertion", "title_reported", "aside_source"})
    assert _vs(text, surface, on) == expected


# Twentieth attribution pass (rounds 1-41 pooled): a source credited in parentheses after a
# quotation that ends the sentence (rule ``credited_quotation``), on and switched off.
@pytest.mark.parametrize("text, surface, on, off", [
    ('-- "Harbour Towns Stay Friends, Mayors Say." (Reuters)', "Friends", ("quoted", "Reuters"), ("quoted", "")),
    ('"The port is no friend of the river towns." (Valley Courier-Gazette)', "friend",
     ("quoted", "Valley Courier-Gazette"), ("quoted", "")),
])
def test_twentieth_pass_credited_quotation(text, surface, on, off):
    assert "credited_quotation" not in load_cues().attribution_rules_off
    assert _vs(text, surface, load_cues()) == on
    assert _vs(text, surface, _rules(load_cues().attribution_rules_off | {"credited_quotation"})) == off


@pytest.mark.parametrize("text, surface", [
    # a stage direction in parentheses, or a gloss followed by more text: no source
    ('"We are among friends here." (Applause)', "friends"),
    ('They opened the "Druzhba" (Friendship) pipeline in the spring.', "Friendship"),
])
def test_twentieth_pass_credit_needs_a_source_at_the_end(text, surface):
    assert _vs(text, surface, load_cues())[1] == ""


def test_twentieth_pass_quote_only_verbs(tmp_path):
    """``quote_only_verbs`` ("…," Stone continued) attribute the quotation next to them and the
    one that continues it; they report nothing elsewhere; listing the rule in ``rules_off`` drops them."""
    from summitlens.extract.frames.cues import load_cues as load
    from summitlens.paths import resource

    text = '"The deal is done," Stone continued. "The mayor is no friend of the port."'
    assert "quote_only_verbs" not in load_cues().attribution_rules_off
    assert _vs(text, "friend", load_cues()) == ("quoted", "Stone")
    assert _vs('The talks continued. "The mayor is no friend of the port."', "friend", load_cues()) == ("quoted", "")
    src = resource("frame_cues.yml").read_text(encoding="utf-8")
    path = tmp_path / "frame_cues.yml"
    path.write_text(src.replace("  rules_off: [document_issuer,", "  rules_off: [quote_only_verbs, document_issuer,"),
                    encoding="utf-8")
    assert _vs(text, "friend", load(path)) == ("quoted", "")


@pytest.mark.parametrize("text, surface, voice, speaker", [
    ("The boy's brother developed a cold, his mother said.", "brother", "paraphrase", "his mother"),
    ("Her lawyer said Russia is a dictatorship.", "dictatorship", "paraphrase", "Her lawyer"),
])
def test_relation_nouns_are_speakers(text, surface, voice, speaker):
    """Rule ``relation_speaker``: a person's relation or representative reports."""
    assert _voice_speaker(text, surface) == (voice, speaker)


@pytest.mark.parametrize("text, surface, on", [
    # a comment clause of saying opening the sentence reports the clause it hangs on
    ("As an influential 2007 study argued, these types of regimes face low costs from sanctions\u2014since "
     "they aren\u2019t integrated to begin with\u2014and they may relish a weapons program.", "regimes",
     ("paraphrase", "an influential 2007 study")),
    # not a term in a clause of its own below that clause
    ("For example, as The New Republic has noted, Mr. McConnell went from telling students that America would "
     "never forget Tiananmen Square to hosting the Chinese ambassador at the same school several years later, even "
     "as the ambassador publicly defended the regime\u2019s suppression of the Falun Gong.", "regime",
     ("authorial", "")),
    # a verb with an object of its own reports nothing
    ("As Putin said his goodbyes, the regimes faced low costs from sanctions\u2014and more.", "regimes",
     ("authorial", "")),
])
def test_as_report_rule(text, surface, on):
    """Rule ``as_report`` (off: one gold sentence, r44): "As X argued, …" is X's paraphrase."""
    assert "as_report" in load_cues().attribution_rules_off
    assert _vs(text, surface, _rules(load_cues().attribution_rules_off - {"as_report"})) == on
    assert _vs(text, surface, load_cues())[0] == "authorial"


@pytest.mark.parametrize("text, surface, on", [
    # the speaker's modifiers after the comma keep the closing attribution for the whole sentence
    ("As U.S. forces vacated positions in several areas, including Manbij, Raqqa, Tabqa and Kobani, Syrian "
     "regime forces moved in alongside Kurdish fighters, local activists said.", "regime",
     ("paraphrase", "local activists")),
])
def test_postposed_modifiers_rule(text, surface, on):
    """Rule ``postposed_modifiers`` (off: one gold sentence, r44): "…, local activists said."."""
    from summitlens.extract.frames.voice import postposed_modifiers
    from summitlens.text.parse import parse_one

    assert "postposed_modifiers" in load_cues().attribution_rules_off
    cues = _rules(load_cues().attribution_rules_off - {"postposed_modifiers"})
    assert _vs(text, surface, cues) == on
    assert _vs(text, surface, load_cues()) == ("authorial", "")
    t = "The regime fell in the town, where he said."
    assert postposed_modifiers(parse_one(t), t[:t.index(" he said")], cues) == ""


def test_quote_cue_pronoun_rule(tmp_path):
    """Rule ``quote_cue_pronoun`` (on): a pronoun subject of the cue right after a quotation ('"…," he
    continued') is its speaker, and the quotation continuing it in the next sentence shares it;
    listing the rule in ``rules_off`` leaves both unattributed (a name still attributes)."""
    from summitlens.extract.frames.cues import load_cues as load
    from summitlens.paths import resource

    text = '"The deal is done," he continued. "The mayor is no friend of the port."'
    assert "quote_cue_pronoun" not in load_cues().attribution_rules_off
    assert _vs(text, "friend", load_cues()) == ("quoted", "he")
    assert _vs(text.replace(" he ", " she "), "friend", load_cues()) == ("quoted", "she")
    src = resource("frame_cues.yml").read_text(encoding="utf-8")
    path = tmp_path / "frame_cues.yml"
    path.write_text(src.replace("  rules_off: [document_issuer,", "  rules_off: [quote_cue_pronoun, document_issuer,"),
                    encoding="utf-8")
    assert _vs(text, "friend", load(path)) == ("quoted", "")
    assert _vs(text.replace(" he ", " Stone "), "friend", load(path)) == ("quoted", "Stone")


# Sixth framing pass: rule ``closing_report_tail`` (a closing report after a quotation does not
# report a clause with its own subject trailing after its verb).
def test_sixth_framing_pass_closing_report_tail():
    rule = "closing_report_tail"  # shipped off: it fixes one gold sentence
    text = '"It is going to work," Trump said, as he presented the plan to officials and allies.'
    assert rule in load_cues().attribution_rules_off
    assert _vs(text, "allies", _rules(load_cues().attribution_rules_off - {rule})) == ("authorial", "")
    assert _vs(text, "allies", load_cues()) == ("paraphrase", "Trump")
    # a participle sharing the verb's subject is left to the other rules
    text = '"The ties are strong," Mr. Vance said, noting that the partnership had survived the crisis.'
    assert _vs(text, "partnership", _rules(load_cues().attribution_rules_off - {rule})) == ("paraphrase", "Vance")

