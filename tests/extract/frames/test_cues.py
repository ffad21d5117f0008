"""Tests of summitlens.extract.frames.cues: loading the cue lexicons."""

from __future__ import annotations

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
