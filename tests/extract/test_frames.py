"""Unit tests for summitlens.extract.frames: matching, voice, negation, hedging, target."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.extract.frames import (FRAME_TERM_COLUMNS, expand_pattern, extract_frame_terms,
                                       find_terms, frame_text, lexicon_from_dict, load_cues,
                                       load_lexicon, quote_spans)


def _one(text: str) -> dict:
    df = frame_text(text)
    assert len(df) == 1, df[["surface", "category"]].values.tolist()
    return df.iloc[0].to_dict()


# ------------------------------------------------------------------ lexicon and matching
@pytest.mark.parametrize("pattern, expected", [
    ("dictator{,s}", ["dictator", "dictators"]),
    ("{a,b} {c,d}", ["a c", "a d", "b c", "b d"]),
    ("no limits", ["no limits"]),
    ("{x ,}y", ["x y", "y"]),
])
def test_expand_pattern(pattern, expected):
    assert expand_pattern(pattern) == expected


@pytest.mark.parametrize("text, surfaces", [
    ("The dictatorship fell.", ["dictatorship"]),
    ("Dictators and despots.", ["Dictators", "despots"]),
    ("an autocratic regime", ["autocratic", "regime"]),
    ("a no-limits partnership", ["no-limits partnership"]),
    ('a "no limits" partnership', ['no limits" partnership']),
    ("a strong-man ruler", ["strong-man"]),
    ("comprehensive strategic partnership", ["comprehensive strategic partnership"]),
    ("deepening Russian-Chinese cooperation", ["deepening Russian-Chinese cooperation"]),
    ("Russia's ally", ["ally"]),
    # boundaries: no match inside words
    ("really totally dictatorially", ["dictatorially"]),
    ("allyship, rallying, tally", []),
    ("the partnerships", ["partnerships"]),
    ("mini-dictator", ["dictator"]),
    # exclusions
    ("He is a business partner at a law firm.", []),
    ("China is Russia's largest trading partner.", []),
    ("The sanctions regime and the visa-free regime.", []),
    ("the Trans-Pacific Partnership", []),
    ("They cracked down on tax evasion.", []),
    ("limitless natural resources", []),
    ("the president's allies in Congress", []),
    ("", []),
])
def test_find_terms_surfaces(text, surfaces):
    assert [text[s:e] for s, e, _ in find_terms(text)] == surfaces


def test_longest_match_wins():
    text = "the comprehensive partnership and strategic cooperation between them"
    (s, e, tid), = find_terms(text)
    assert text[s:e] == "comprehensive partnership and strategic cooperation"


def test_duplicate_form_rejected():
    with pytest.raises(ValueError):
        lexicon_from_dict({"terms": [{"id": "a", "category": "x", "term": "ally"},
                                     {"id": "b", "category": "y", "term": "all{y,ies}"}]})


def test_user_category():
    lx = lexicon_from_dict({"terms": [{"id": "war", "category": "conflict", "term": "war{,s}"}]})
    df = frame_text("Russia's war in Ukraine.", lexicon=lx)
    assert df[["surface", "category"]].values.tolist() == [["war", "conflict"]]


def test_vocabulary_lists_forms():
    assert "dictatorship" in load_lexicon().vocabulary


# ----------------------------------------------------------------------------- quotes
@pytest.mark.parametrize("text, expected", [
    ('He said "no limits".', [(8, 19)]),
    ("\u201cWe are friends,\u201d he said.", [(0, 17)]),
    ("Russia's ties", []),
    ("the leaders' summit", []),
    ("\u2018boundless\u2019 ties", [(0, 11)]),
    ("\u201cOpen quote runs on", [(0, 19)]),
])
def test_quote_spans(text, expected):
    assert quote_spans(text) == expected


# ------------------------------------------------------------------------------ voice
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


# --------------------------------------------------------------------- negation, hedges
@pytest.mark.parametrize("text, negated", [
    ("China is not a dictatorship.", True),
    ("Russia and China are no longer partners.", True),
    ("This is far from an alliance.", True),
    ("China is not Russia's ally.", True),
    ("Beijing denied being an ally of Moscow.", True),
    ("They never formed an alliance.", True),
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
    df = frame_text("They will not form a partnership or an alliance.")
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


# ----------------------------------------------------------------------------- target
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


# ------------------------------------------------------------------------------ table
def test_extract_empty_table_has_columns():
    df = extract_frame_terms(pd.DataFrame(columns=["doc_id", "sentence_no", "paragraph_no", "char_start",
                                                   "char_end", "text", "text_match", "is_headline"]))
    assert tuple(df.columns) == FRAME_TERM_COLUMNS and len(df) == 0


def test_offsets_into_articles(seed_tables):
    ft, arts = seed_tables.frame_terms, seed_tables.articles.set_index("doc_id")
    assert len(ft) > 10
    for r in ft.itertuples():
        assert arts.at[r.doc_id, "text"][r.char_start:r.char_end] == r.surface


def test_cues_load():
    c = load_cues()
    assert c.negation_window >= 4 and c.negation.search("no longer")


# -------------------------------------------------------------------------- properties
_WORDS = st.sampled_from(["Russia", "China", "is", "not", "a", "dictatorship", "partner", "no", "limits",
                          "so-called", "alliance", '"', "\u201c", "\u201d", "'", ",", ".", "said", "Putin",
                          "ally", "-", "friends", "\n", "regime", "x"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_property_offsets_point_at_match(text):
    df = frame_text(text)
    for r in df.itertuples():
        assert text[r.char_start:r.char_end] == r.surface
        assert r.voice in ("authorial", "quoted", "paraphrase")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_property_never_crashes(text):
    for s, e, _ in find_terms(text):
        assert 0 <= s < e <= len(text)
    frame_text(text)
