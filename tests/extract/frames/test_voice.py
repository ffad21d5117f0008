"""Tests of summitlens.extract.frames.voice: voice and speaker of frame terms."""

from __future__ import annotations

import pandas as pd
import pytest

from summitlens.extract.frames import extract_frame_terms, frame_text
from summitlens.extract.frames.cues import load_cues
from summitlens.extract.frames.voice import attributions, speaker_after, speaker_before



def _one(text: str) -> dict:
    df = frame_text(text)
    assert len(df) == 1, df[["surface", "category"]].values.tolist()
    return df.iloc[0].to_dict()


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
