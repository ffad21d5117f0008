"""The pinned parser model is the one Explosion published (tests mirror text/parse.py)."""

from __future__ import annotations

from summitlens.text.parse import PUBLISHED_PERFORMANCE, check_model, load_parser, parse


def test_model_is_the_published_en_core_web_sm_3_8_0():
    meta = check_model()
    assert meta["version"] == "3.8.0"
    assert abs(meta["performance"]["dep_uas"] - 0.9176955214) < 1e-9
    assert abs(meta["performance"]["ents_f"] - 0.8433119744) < 1e-9
    assert PUBLISHED_PERFORMANCE["dep_uas"] == 0.9176955214


def test_parser_gives_heads_and_entities():
    doc = next(parse(["Vladimir Putin held talks with Xi Jinping in Beijing on Friday."]))
    assert any(t.dep_ == "ROOT" and t.lemma_ == "hold" for t in doc)
    assert {e.label_ for e in doc.ents} >= {"PERSON", "GPE"}
    assert load_parser() is load_parser()


def test_sentence_case_keeps_offsets_and_names():
    # rule title_case_parse: a Title Case headline is parsed on a sentence-cased copy of the same length
    from summitlens.text.parse import sentence_case

    t = "Obama And Netanyahu Discuss Iran, Palestinians At White House"
    s = sentence_case(t, keep=[(0, 5), (10, 19)])
    assert len(s) == len(t) and s.startswith("Obama and Netanyahu discuss")
    assert sentence_case("Trump meets Kim at the DMZ.") == "Trump meets Kim at the DMZ."
    assert sentence_case("NATO Leaders Gather In Brussels") == "NATO leaders gather in brussels"
