"""Tests of summitlens.text.turns: transcript speaker turns."""

from __future__ import annotations

import pytest

from summitlens.text.turns import label_pattern, speaker_turns


@pytest.mark.parametrize("text, name", [
    ("Vladimir Putin: Good afternoon.", "Vladimir Putin"),
    ("President of Russia Vladimir Putin: Colleagues,", "President of Russia Vladimir Putin"),
    ("President of the People's Republic of China Xi Jinping (retranslated): Dear friend,",
     "President of the People's Republic of China Xi Jinping"),
    ("Xi Jinping (via interpreter): Thank you.", "Xi Jinping"),
    ("the ratio was 3:1 overall", None),
])
def test_label_pattern(text, name):
    m = label_pattern().search(text)
    assert (m.group(1) if m else None) == name


def _turns(texts, paras=None, heads=None):
    n = len(texts)
    return speaker_turns(["d"] * n, paras or [1] * n, list(range(n)), texts, heads or [False] * n)


def test_speaker_holds_floor_until_next_label():
    t = _turns(["Vladimir Putin: Hello.", "We are friends.", "Xi Jinping: Indeed.", "Thanks."])
    assert [t[i][0] for i in range(4)] == ["Vladimir Putin", "Vladimir Putin", "Xi Jinping", "Xi Jinping"]
    assert t[2] == ("Xi Jinping", 12, "Vladimir Putin")


def test_no_label_no_turns_and_headlines_ignored():
    assert _turns(["Putin met Xi.", "They talked."]) == {}
    assert _turns(["Putin: a headline"], heads=[True]) == {}


def test_label_like_notes_are_not_speakers():
    assert _turns(["Note: this is a transcript.", "Read more: here."]) == {}


def test_label_mid_sentence_only_first_in_paragraph_or_retranslated():
    t = _turns(["Talks began. Vladimir Putin: Hello.", "Later on. Xi Jinping: Yes."], paras=[1, 1])
    assert t[0][0] == "Vladimir Putin" and t[1][0] == "Vladimir Putin"
    t = _turns(["Talks began. Vladimir Putin: Hello.", "Later on. Xi Jinping (retranslated): Yes."],
               paras=[1, 1])
    assert t[1][0] == "Xi Jinping"


@pytest.mark.parametrize("sentence", [
    "Report: Trump warns of conflict with North Korea",  # a headline link, no end punctuation
    "JUST WATCHED Rebels: Assad using chemical weapons.",  # a rubric in capitals
    "RELATED: Talks in Moscow.",  # a one-word capitals rubric
])
def test_rubric_and_headline_labels_are_not_turns(sentence):
    assert _turns([sentence, "Russia is a partner."]) == {}


def test_all_caps_names_of_broadcast_transcripts_are_speakers():
    t = _turns(["AMY GOODMAN: Welcome back.", "Russia is a partner."])
    assert t[1][0] == "AMY GOODMAN"


def test_mid_sentence_label_after_article_or_glued_is_not_a_turn():
    assert _turns(["A book on the Cultural Revolution: A Daughter Recalls."]) == {}
    assert _turns(["They play for votes The Memo: Democrats confront a primary."]) == {}
    assert _turns(["Talks with Barack ObamaThe Memo: Democrats confront a primary."]) == {}


def test_message_documents_are_their_authors_turn():
    texts = ["Greetings to participants of the forum", "Vladimir Putin sent greetings to the forum.",
             "The message reads, in part:", "Our partnership is strong."]
    t = speaker_turns(["d"] * 4, [0, 1, 2, 3], [0, 1, 2, 3], texts, [True, False, False, False])
    assert 1 not in t and t[2][0] == "Vladimir Putin" and t[3][0] == "Vladimir Putin"
    texts = ["Message by Vladimir Putin to the forum", "We value our partners."]
    assert speaker_turns(["d"] * 2, [0, 1], [0, 1], texts, [True, False])[1][0] == "Vladimir Putin"
    # An article by a leader is the leader's own words too (ANNOTATION.md; held-out round 2).
    t = speaker_turns(["d"] * 2, [0, 1], [0, 1], ["Article by Vladimir Putin published in Handelsblatt",
                                                  "We value partners."], [True, False])
    assert t == {1: ("Vladimir Putin", 0, "Vladimir Putin")}
    # Without a message headline nothing changes.
    texts = ["Putin met Xi", "Vladimir Putin sent greetings to the forum.", "Ties are strong."]
    assert speaker_turns(["d"] * 3, [0, 1, 2], [0, 1, 2], texts, [True, False, False]) == {}


def test_media_captions_and_lone_one_word_labels_are_no_turns():
    from summitlens.text.turns import speaker_turns

    caption = ["Media playback is unsupported on your device Media caption US ambassador Nikki Haley: "
               '"Kim Jong-un is begging for war"', "China is its major ally."]
    assert speaker_turns(["d", "d"], [1, 2], [0, 1], caption, [False, False]) == {}
    rubric = ["Brexit: Russia did it.", "Then the regime melts down."]
    assert speaker_turns(["d", "d"], [1, 2], [0, 1], rubric, [False, False]) == {}
    # A two-word label alone still opens a turn.
    turns = speaker_turns(["d", "d"], [1, 2], [0, 1], ["Vladimir Putin: Friends, good afternoon.", "Thanks."],
                          [False, False])
    assert turns[1][0] == "Vladimir Putin"


def test_label_after_a_comma_joined_title_chain():
    texts = ["Remarks during the review of troops",
             "President of Russia, Supreme Commander-in-Chief of Russia Vladimir Putin: Comrades soldiers,",
             "Our countries were allies."]
    t = speaker_turns(["d"] * 3, [10, 11, 12], [0, 1, 2], texts, [False] * 3)
    assert 0 not in t and t[2][0] == "Supreme Commander-in-Chief of Russia Vladimir Putin"
    # One word and a comma is no title chain ("Yes, Russia: …" is no label).
    assert speaker_turns(["d", "d"], [1, 1], [0, 1], ["We agreed.", "Yes, Moscow Talks: it went well."],
                         [False, False]) == {}


def test_rules_are_loaded_once_per_path():
    from summitlens.text import turns

    assert turns._rules(None) is turns._rules(None)
    assert turns.label_pattern() is turns._rules(None).label


def test_label_after_a_long_title_with_lowercase_words():
    # Rule long_title: the title holds "and" between capitalised words; the name is the label's.
    texts = ["Vladimir Putin: Friends, welcome.",
             "Minister of Labour, Family, Social Affairs and Equal Opportunities of the Republic of "
             "Slovenia Anja Kopac-Mrak (retranslated): Mr President, dear friends,",
             "We are grateful."]
    t = speaker_turns(["d"] * 3, [1, 2, 3], [0, 1, 2], texts, [False] * 3)
    assert t[1][0].endswith("Anja Kopac-Mrak") and t[2][0].endswith("Anja Kopac-Mrak")
    # Without "of" or a title's words it stays no label ("Trump and Putin: …").
    texts = ["Vladimir Putin: Friends, welcome.", "Trump and Vladimir Putin: a summit.", "Yes."]
    assert speaker_turns(["d"] * 3, [1, 2, 3], [0, 1, 2], texts, [False] * 3)[2][0] == "Vladimir Putin"


def test_long_title_rule_can_be_switched_off(tmp_path):
    import copy

    import yaml

    from summitlens.rules import load_rules

    rules = copy.deepcopy(load_rules(None, default="turns.yml"))
    rules["rules_off"] = ["long_title"]
    path = tmp_path / "turns.yml"
    path.write_text(yaml.safe_dump(rules), encoding="utf-8")
    texts = ["Vladimir Putin: Friends.", "Minister of Labour, Family and Equal Opportunities of Slovenia "
             "Anja Kopac-Mrak: Dear friends,"]
    t = speaker_turns(["d"] * 2, [1, 2], [0, 1], texts, [False] * 2, rules=path)
    assert t[1][0] == "Vladimir Putin"


def test_unanswered_role_label_is_no_turn():
    # Rule unanswered_role: a rhetorical "Question: …" in an address keeps the speaker's turn.
    texts = ["Vladimir Putin: Citizens of Russia,", "Question: at what expense?", "Our partners agree."]
    t = speaker_turns(["d"] * 3, [1, 2, 3], [0, 1, 2], texts, [False] * 3)
    assert t[1][0] == "Vladimir Putin" and t[2][0] == "Vladimir Putin"
    # A press conference's question answered by a later label is a turn.
    texts = ["Dmitry Peskov: Please.", "Question: Are you partners?", "Vladimir Putin: We are."]
    t = speaker_turns(["d"] * 3, [1, 2, 3], [0, 1, 2], texts, [False] * 3)
    assert t[1][0] == "Question" and t[2][0] == "Vladimir Putin"


@pytest.mark.parametrize("sentence", [
    "BROTHER TO BROTHER - BUSH'S ADVICE TO JEB: Former President Bush says he will stay home.",
    "Awful Moments In Quarantine History: The island was closed.",
    "The report is about the show My Little Pony: Friendship Is Magic.",
])
def test_headline_and_kicker_labels_are_not_turns(sentence):
    # Rule label_words: a label holding a preposition, a possessive or a verb of being is no name.
    assert _turns([sentence, "Russia is a partner."]) == {}


def test_label_words_rule_can_be_switched_off(tmp_path):
    import copy

    import yaml

    from summitlens.rules import load_rules

    texts = ["BUSH'S ADVICE TO JEB: Former President Bush says he will stay home.", "Jeb is his brother."]
    assert _turns(texts) == {}
    rules = copy.deepcopy(load_rules(None, default="turns.yml"))
    rules["rules_off"] = ["label_words"]
    path = tmp_path / "turns.yml"
    path.write_text(yaml.safe_dump(rules), encoding="utf-8")
    t = speaker_turns(["d"] * 2, [1, 1], [0, 1], texts, [False] * 2, rules=path)
    assert t[1][0] == "BUSH'S ADVICE TO JEB"


def test_kicker_words_rule(tmp_path):
    """Rule ``kicker_words``: a time adverb ("JUST NOW:") makes a label a kicker, not a name."""
    import copy

    import yaml

    from summitlens.rules import load_rules
    from summitlens.text.turns import label_ok

    sentence = 'JUST NOW: "I would rather have a socialist in the White House than a dictator."'
    rules = copy.deepcopy(load_rules(None, default="turns.yml"))
    rules["rules_off"] = [x for x in rules.get("rules_off") or [] if x != "kicker_words"]
    on = tmp_path / "on.yml"
    on.write_text(yaml.safe_dump(rules), encoding="utf-8")
    assert not label_ok("JUST NOW", sentence, 0, rules=on)
    rules["rules_off"] = ["kicker_words"]
    off = tmp_path / "off.yml"
    off.write_text(yaml.safe_dump(rules), encoding="utf-8")
    assert label_ok("JUST NOW", sentence, 0, rules=off)
