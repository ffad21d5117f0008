"""Tests of summitlens.extract.frames.cues: loading the cue lexicons."""

from __future__ import annotations

import pytest

from summitlens.extract.frames.cues import load_cues



def test_cues_load():
    c = load_cues()
    assert c.negation_window >= 4 and c.negation.search("no longer")


def test_attribution_vocabulary_is_loaded():
    c = load_cues()
    assert "spokesman" in c.title_words and "repeatedly" in c.skip_before_verb
    assert c.passive_marker.search("the so-") and "called" in c.passive_verbs


def test_target_countries_follow_places_ids():
    assert list(load_cues().target_patterns)[:2] == ["russia", "china"]


def test_document_speaker_cues_are_loaded():
    c = load_cues()
    names = [m.group("who") for m in c.titled_name.finditer(
        "President of Russia Vladimir Putin met Mr Blair and Finnish President Tarja Halonen.")]
    assert names == ["Vladimir Putin", "Blair", "Tarja Halonen"]
    assert c.title_speakers.fullmatch("The President") and not c.title_speakers.fullmatch("The Kremlin")
    assert c.document_speakers.fullmatch("the message") and not c.document_speakers.fullmatch("the ministry")
    assert c.message_sender.search("Vladimir Putin sent a welcoming message to the forum").group("who") == \
        "Vladimir Putin"
    assert c.addressee_verbs.search("has told allies") and c.addressee_max_words > 0


@pytest.mark.parametrize("paragraph, who", [
    ("The telegram said, in part:", "The telegram"),
    ("His message to President Hu said, in part:", "His message"),
    ("The message to Li Yanlin contains the following passage:", "The message"),
    ("Xi Jinping said:", "Xi Jinping"),
    ("He said that he was tired.", None),
    ("The message said: \u201cWe are friends.\u201d", None),
])
def test_lead_in(paragraph, who):
    m = load_cues().lead_in.match(paragraph)
    assert (m.group("who") if m else None) == who


def test_twelfth_pass_switches_are_loaded():
    # Shipped on (each helps >= 2 rounds, breaks fewer rows than it fixes) and off (one round).
    c = load_cues()
    assert c.title_before_name and "authoritarian" in c.title_adjectives
    assert c.noun_subjects and c.source_phrase_speaker
    assert not c.described_speaker_after and not c.pronoun_ends_speaker and not c.keep_unresolved_pronouns
    assert c.verbs.fullmatch("complained") and c.verbs.fullmatch("testified")
