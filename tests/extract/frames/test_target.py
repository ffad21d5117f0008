"""Tests of summitlens.extract.frames.target: what a frame term is about."""

from __future__ import annotations

import pytest

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
