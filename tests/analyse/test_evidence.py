"""Evidence sentences behind ledger rows, frame scores and trade verdicts (analyse/evidence.py)."""

from __future__ import annotations

import html
import re
from types import SimpleNamespace

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from summitlens import load_tables, paths
from summitlens.analyse import evidence as ev


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("Putin met Xi.", 6, 9, "Putin <mark>met</mark> Xi."),
    ("a & b", 0, 1, "<mark>a</mark> &amp; b"),
    ("abc", None, None, "abc"),
    ("abc", 2, 2, "abc"),
    ("abc", -5, 99, "<mark>abc</mark>"),
    ("<x>", 0, 3, "<mark>&lt;x&gt;</mark>"),
])
def test_mark_span(text, start, end, expected):
    assert ev.mark_span(text, start, end) == expected


@given(st.text(max_size=60), st.integers(-5, 70), st.integers(-5, 70))
def test_mark_span_keeps_the_text_and_marks_at_most_once(text, start, end):
    out = ev.mark_span(text, start, end)
    assert out.count("<mark>") <= 1
    assert html.unescape(re.sub(r"</?mark>", "", out)) == text


@pytest.mark.parametrize(("value", "expected"), [
    ("a:1;b:22", [("a", 1), ("b", 22)]), ("", []), (None, []), ("a:x;:3;b:4", [("b", 4)]),
    ("file.jsonl#7:3", [("file.jsonl#7", 3)]),
])
def test_parse_sentence_keys(value, expected):
    assert ev.parse_sentence_keys(value) == expected


def _tables():
    text = "Putin met Xi in Moscow. Trade hit $240 billion, a partnership."
    arts = pd.DataFrame({"doc_id": ["d"], "outlet": ["CNN"], "title": ["Summit"], "url": ["https://x.org/a"],
                         "published": pd.to_datetime(["2023-03-21"]), "text": [text]})
    sents = pd.DataFrame({"doc_id": ["d", "d"], "sentence_no": [0, 1], "char_start": [0, 24],
                          "text": [text[:23], text[24:]]})
    led = pd.DataFrame({"meeting_id": ["M1", "M2"], "evidence_sentences": ["d:0;d:9", ""]})
    mm = pd.DataFrame({"doc_id": ["d"], "sentence_no": [0], "cue_start": [6], "cue_end": [9], "status": ["occurred"],
                       "is_putin_xi": [True]})
    ft = pd.DataFrame({"doc_id": ["d", "d"], "sentence_no": [1, 1], "char_start": [50, 34], "char_end": [61, 46],
                       "surface": ["partnership", "$240 billion"], "category": ["partnership", "partnership"],
                       "voice": ["authorial", "authorial"], "speaker": ["", ""], "negated": [False, True],
                       "target": ["relationship", "other"], "flag": ["", ""]})
    tc = pd.DataFrame({"doc_id": ["d"], "sentence_no": [1], "char_start": [34], "char_end": [46],
                       "surface": ["$240 billion"], "check": ["figure"], "verdict": ["match"]})
    return SimpleNamespace(articles=arts, sentences=sents, meetings=led, meeting_mentions=mm, frame_terms=ft,
                           trade_check=tc)


def test_ledger_evidence_highlights_the_cue_and_keeps_missing_sentences():
    out = ev.ledger_evidence(_tables())
    assert out["meeting_id"].tolist() == ["M1", "M1"]
    assert out.loc[0, "sentence"] == "Putin <mark>met</mark> Xi in Moscow."
    assert out.loc[0, "said"] == "held" and out.loc[0, "outlet"] == "CNN" and out.loc[0, "date"] == "2023-03-21"
    assert out.loc[1, "sentence"] == "(sentence not in the tables)"


def test_frame_and_trade_evidence_mark_the_term():
    fe = ev.frame_evidence(_tables())
    assert fe["sentence"].tolist() == ["Trade hit $240 billion, a <mark>partnership</mark>."]  # other target left out
    assert len(ev.frame_evidence(_tables(), scored_only=False)) == 2
    te = ev.trade_evidence(_tables())
    assert te.loc[0, "sentence"] == "Trade hit <mark>$240 billion</mark>, a partnership."
    assert te.loc[0, "verdict"] == "matches GACC"


def test_with_evidence_opens_to_the_sentences_of_each_row():
    t = _tables()
    out = ev.with_evidence(t.meetings[["meeting_id"]], ev.ledger_evidence(t), on="meeting_id", extra=("said",))
    assert out.loc[0, "sentences"].startswith("<details><summary>2 sentences</summary>")
    assert "<b>held</b>: Putin <mark>met</mark>" in out.loc[0, "sentences"]
    assert "CNN — Summit (2023-03-21)" in out.loc[0, "sentences"] and "href='https://x.org/a'" in out.loc[0, "sentences"]
    assert out.loc[1, "sentences"] == ""


def test_empty_tables_give_empty_evidence():
    empty = SimpleNamespace()
    for fn in (ev.ledger_evidence, ev.frame_evidence, ev.trade_evidence):
        out = fn(empty)
        assert out.empty and set(ev.EVIDENCE_COLUMNS) <= set(out.columns)
    assert ev.with_evidence(pd.DataFrame({"meeting_id": []}), ev.ledger_evidence(empty), on="meeting_id").empty


def test_html_table_escapes_plain_cells_and_labels_columns():
    df = pd.DataFrame({"meeting_id": ["<M1>"], "mode": ["in_person"], "sentence": ["<mark>met</mark>"]})
    page = ev.html_table(df).to_html()
    assert "<th>meeting</th>" in page and "<td>&lt;M1&gt;</td>" in page and "<td>in person</td>" in page
    assert "<td class='ev'><mark>met</mark></td>" in page and "in_person" not in page


def test_every_ledger_row_of_the_default_corpus_has_its_sentences():
    t = load_tables(paths.RAW, build_if_missing=False)
    out = ev.ledger_evidence(t)
    n_keys = sum(len(ev.parse_sentence_keys(x)) for x in t.meetings["evidence_sentences"])
    assert len(out) == n_keys and set(out["meeting_id"]) == set(t.meetings["meeting_id"])
    assert (out["sentence"].str.count("<mark>") == 1).all() and (out["outlet"] != "").all()
    assert not out["sentence"].str.contains("not in the tables").any()
