"""Corpus readers: YAML descriptions, JSON Lines / CSV / Parquet records, HTML pages."""

from __future__ import annotations

import gzip
import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from summitlens.io.formats import (
    DateIssue,
    Rejected,
    SpecError,
    corpus_spec,
    iter_documents,
    load_spec,
    protected_dirs,
)
from summitlens.io.formats.html import extract_page, preclean
from summitlens.io.formats.records import parse_record_date, record_document
from summitlens.io.formats.spec import guess_mapping
from summitlens.io.read import RawFile

REC = {"ID": "a1", "title": "Xi meets Putin", "content_original": "Xi met Putin.\n\nThey talked.",
       "date": "2019-06-05", "source": "CNN", "url": "http://x/1", "bias": 0, "topic": "world"}
MAPPING = "mapping: {id: ID, title: title, text: content_original, published: date, url: url, outlet: source}\n"


def _jsonl(path, records, *, gz=False, extra_lines=()):
    lines = [json.dumps(r).encode() for r in records] + [x.encode() if isinstance(x, str) else x
                                                         for x in extra_lines]
    data = b"\n".join(lines) + b"\n"
    path.write_bytes(gzip.compress(data, mtime=0) if gz else data)
    return path


def _split(items):
    docs = [x for x in items if isinstance(x, RawFile)]
    rej = [x for x in items if isinstance(x, Rejected)]
    iss = [x for x in items if isinstance(x, DateIssue)]
    return docs, rej, iss


# --------------------------------------------------------------------------- YAML


def _yaml(tmp_path, text, name="c.yml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize("text,message", [
    ("format: xml\npath: a.jsonl\n", "unknown format"),
    ("format: jsonl\n", "`path`"),
    ("format: jsonl\npath: missing.jsonl\n", "is not a file"),
    ("format: jsonl\npath: a.jsonl\nmapping: {body: x}\n", "unknown mapping role"),
    ("format: jsonl\npath: a.jsonl\nmapping: {title: t}\n", "must name the `text` field"),
    ("format: jsonl\npath: a.jsonl\nmapping: {text: [a, b]}\n", "must be a string"),
    ("format: jsonl\npath: a.jsonl\ncolour: red\n", "unknown key"),
    ("format: jsonl\npath: a.jsonl\ndate_format: mdy\n", "strftime"),
    ("format: jsonl\npath: a.jsonl\nencoding: klingon\n", "unknown encoding"),
    ("format: jsonl\npath: a.jsonl\ndate_range: [2020-01-01]\n", "date_range"),
    ("format: html\npath: .\nmapping: {text: x}\n", "applies to jsonl"),
    ("format: jsonl\npath: a.jsonl\nname: ../x\n", "plain name"),
    ("- just\n- a list\n", "must be a mapping"),
    ("format: [unclosed\n", "not valid YAML"),
])
def test_invalid_yaml_is_refused_with_a_clear_message(tmp_path, text, message):
    (tmp_path / "a.jsonl").write_text("{}\n")
    with pytest.raises(SpecError, match=message):
        load_spec(_yaml(tmp_path, text))


def test_yaml_paths_are_relative_to_the_yaml(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    _jsonl(data / "n.jsonl", [REC])
    (tmp_path / "conf").mkdir()
    y = _yaml(tmp_path / "conf", "name: news\nformat: jsonl\npath: ../data/n.jsonl\n" + MAPPING)
    monkeypatch.chdir("/")
    spec = corpus_spec(y)
    assert spec.path == data / "n.jsonl" and spec.name == "news" and spec.source == y
    assert protected_dirs(y) == [data]


def test_corpus_spec_kinds(tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "a.txt").write_text("x")
    (tmp_path / "h").mkdir()
    (tmp_path / "h" / "1.html").write_text("<p>x</p>")
    _jsonl(tmp_path / "n.jsonl.gz", [REC], gz=True)
    (tmp_path / "x.doc").write_text("x")
    assert corpus_spec(tmp_path / "t").format == "txt"
    assert corpus_spec(tmp_path / "h").format == "html"
    assert corpus_spec(tmp_path / "n.jsonl.gz").format == "jsonl"
    with pytest.raises(SpecError, match="not a corpus"):
        corpus_spec(tmp_path / "x.doc")
    with pytest.raises(SpecError, match="not found"):
        corpus_spec(tmp_path / "nothing")


def test_mapping_is_guessed_from_field_names():
    assert guess_mapping(list(REC)) == {"id": "ID", "title": "title", "text": "content_original",
                                        "published": "date", "url": "url", "outlet": "source"}
    assert guess_mapping(["headline", "body", "link"]) == {"title": "headline", "text": "body", "url": "link"}


# --------------------------------------------------------------------------- JSON Lines


@pytest.mark.parametrize("gz", [False, True])
def test_jsonl_records_keys_metadata_and_extra_fields(tmp_path, gz):
    p = _jsonl(tmp_path / ("n.jsonl.gz" if gz else "n.jsonl"), [REC, {**REC, "ID": "b2", "date": ""}], gz=gz)
    docs, rej, iss = _split(list(iter_documents(p)))
    assert not rej and not iss
    d = docs[0]
    assert (d.rel, d.record, d.kind, d.outlet, d.url, d.published, d.date_source) == (
        f"{p.name}#a1", 1, "record", "CNN", "http://x/1", "2019-06-05", "record")
    assert json.loads(d.meta) == {"bias": 0, "topic": "world"}
    assert d.data == b"Xi meets Putin\n\nXi met Putin.\n\nThey talked."
    assert (docs[1].published, docs[1].date_source) == ("", "missing")


def test_jsonl_bad_records_are_quarantined_with_their_line(tmp_path):
    p = _jsonl(tmp_path / "n.jsonl", [REC], extra_lines=[
        "{not json",                                                 # line 2
        "[1, 2]",                                                    # line 3
        json.dumps({"ID": "c", "title": "T"}),                       # line 4: no text field
        json.dumps({**REC, "ID": "d", "content_original": "  "}),    # line 5: empty text
        json.dumps({**REC}),                                         # line 6: id a1 again
        b'{"ID": "e", "title": "T", "content_original": "caf\xe9"}',  # line 7: not UTF-8
        json.dumps({**REC, "ID": "f", "content_original": 42}),      # line 8: text not a string
        json.dumps({**REC, "ID": "", "title": "x"}),                 # line 9: empty id
        "",                                                          # line 10: blank, skipped
        json.dumps({**REC, "ID": "g"}),                              # line 11: fine
    ])
    docs, rej, _ = _split(list(iter_documents(load_spec(_yaml(
        tmp_path, "format: jsonl\npath: n.jsonl\n" + MAPPING)))))
    assert [(r.record, r.reason) for r in rej] == [
        (2, "invalid_json"), (3, "bad_record"), (4, "missing_field"), (5, "empty"), (6, "duplicate"),
        (7, "undecodable"), (8, "bad_record"), (9, "missing_field")]
    assert rej[4].file == "n.jsonl#a1" and "record 1" in rej[4].detail
    assert [(d.rel, d.record) for d in docs] == [("n.jsonl#a1", 1), ("n.jsonl#g", 11)]
    assert all(r.row()["record"] == r.record for r in rej)


def test_jsonl_dates_bad_ones_become_issues_and_the_record_is_kept(tmp_path):
    dates = ["2019-06-05", "1/21/18", "0001-11-30", "2050-09-30", "", "soon"]
    p = _jsonl(tmp_path / "n.jsonl", [{**REC, "ID": f"r{i}", "content_original": f"Body {i}.", "date": d}
                                      for i, d in enumerate(dates)])
    spec = load_spec(_yaml(tmp_path, "format: jsonl\npath: n.jsonl\n" + MAPPING +
                           "date_format: '%m/%d/%y'\ndate_range: [1990-01-01, 2021-03-31]\n"))
    docs, rej, iss = _split(list(iter_documents(spec)))
    assert not rej and len(docs) == 6
    assert [d.published for d in docs] == ["2019-06-05", "2018-01-21", "", "", "", ""]
    assert [(i.record, i.problem, i.value) for i in iss] == [
        (3, "date_out_of_range", "0001-11-30"), (4, "date_out_of_range", "2050-09-30"), (6, "bad_date", "soon")]
    assert iss[0].row()["manifest_row"] == 3 and iss[0].row()["column"] == "date"


def test_jsonl_without_id_is_keyed_by_line_and_without_text_field_is_an_error(tmp_path):
    p = _jsonl(tmp_path / "n.jsonl", [{"headline": "H", "body": "B."}])
    assert [d.rel for d in iter_documents(p)] == ["n.jsonl#1"]
    q = _jsonl(tmp_path / "q.jsonl", [{"headline": "H", "words": "B."}])
    with pytest.raises(SpecError, match="no text field"):
        list(iter_documents(q))


def test_jsonl_is_streamed_not_read_whole(tmp_path, monkeypatch):
    p = _jsonl(tmp_path / "n.jsonl", [{**REC, "ID": str(i)} for i in range(50)])
    it = iter_documents(p)
    first = next(it)
    assert first.rel == "n.jsonl#0"  # one record produced before the rest is read
    it.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.binary(max_size=40), max_size=8))
def test_jsonl_never_crashes_on_garbage(tmp_path, lines):
    p = tmp_path / "g.jsonl"
    p.write_bytes(b"\n".join(x.replace(b"\n", b" ") for x in lines) + b"\n")
    spec = load_spec(_yaml(tmp_path, "format: jsonl\npath: g.jsonl\nmapping: {text: text}\n"))
    for item in iter_documents(spec):
        assert isinstance(item, (RawFile, Rejected, DateIssue))


# --------------------------------------------------------------------------- CSV, Parquet


def test_csv_records_positions_and_meta(tmp_path):
    p = tmp_path / "n.csv"
    p.write_bytes("ID,title,content_original,date,source,topic\n"
                  "a1,Xi meets Putin,\"Xi met Putin.\n\nThey talked.\",2019-06-05,CNN,world\n"
                  "a2,Empty,,2019-06-05,CNN,world\n"
                  "a3,Too,many,fields,x,y,z\n".encode() + b"a4,Bad,caf\xe9,,CNN,world\n")
    docs, rej, _ = _split(list(iter_documents(p)))
    assert [(d.rel, d.record) for d in docs] == [("n.csv#a1", 2)]
    assert json.loads(docs[0].meta) == {"topic": "world"}
    assert docs[0].data == b"Xi meets Putin\n\nXi met Putin.\n\nThey talked."
    assert [(r.record, r.reason) for r in rej] == [(5, "empty"), (6, "bad_record"), (7, "undecodable")]


def test_csv_with_yaml_delimiter_and_encoding(tmp_path):
    (tmp_path / "n.txt.csv").write_bytes("id;headline;body\n1;Caf\u00e9;Le caf\u00e9.\n".encode("cp1252"))
    spec = load_spec(_yaml(tmp_path, "format: csv\npath: n.txt.csv\nencoding: cp1252\ndelimiter: ';'\n"
                           "mapping: {id: id, title: headline, text: body}\n"))
    (doc,) = list(iter_documents(spec))
    assert doc.data.decode() == "Caf\u00e9\n\nLe caf\u00e9."


def test_parquet_records_by_row_with_typed_meta(tmp_path):
    df = pd.DataFrame({"ID": ["a1", "a2", "a3"], "title": ["T1", "T2", "T3"],
                       "content_original": ["Body one.", None, "Body three."],
                       "date": pd.to_datetime(["2019-06-05", "2019-06-06", None]), "bias": [0, 1, 2]})
    p = tmp_path / "n.parquet"
    df.to_parquet(p, row_group_size=2)
    docs, rej, iss = _split(list(iter_documents(p)))
    assert [(d.rel, d.record, d.published) for d in docs] == [("n.parquet#a1", 1, "2019-06-05"),
                                                              ("n.parquet#a3", 3, "")]
    assert json.loads(docs[1].meta) == {"bias": 2}
    assert [(r.record, r.reason) for r in rej] == [(2, "empty")] and not iss


@pytest.mark.parametrize("value,fmt,expected", [
    ("2019-06-05", "", ("2019-06-05", "")),
    ("2019-06-05T23:30:00-05:00", "", ("2019-06-05", "")),
    ("12/31/18", "%m/%d/%y", ("2018-12-31", "")),
    ("31/12/18", "%m/%d/%y", ("", "bad_date")),
    ("12/31/18", "", ("", "bad_date")),
    ("0001-11-30", "%m/%d/%y", ("", "date_out_of_range")),
    (None, "", ("", "")),
])
def test_parse_record_date(value, fmt, expected):
    assert parse_record_date(value, date_format=fmt) == expected


def test_record_document_puts_the_title_on_one_line():
    assert record_document("", "Body.") == b"Body."
    assert record_document("A\nB", "x\r\ny") == b"A B\n\nx\ny"


# --------------------------------------------------------------------------- HTML

PAGE = """<html><head><title>Talks with Xi Jinping • President of Russia</title>
<meta property="og:title" content="Talks with Xi Jinping"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About the site</a></nav>
<article class="read__in"><h1>Talks with Xi Jinping</h1>
<div class="read__lead"><p>The leaders met in the Kremlin.</p></div>
<div class="read__meta"><time class="read__published" datetime="2019-06-05">June 5, 2019</time></div>
<div class="read__internal_content" itemprop="articleBody">
<p>They discussed the <a class="termin_tag">SCO<span class="read__tooltip hidden">Background information
Shanghai Cooperation Organisation (SCO)</span></a> summit and trade between the two countries.</p>
<div class="read__cut"><h3>See also</h3><a href="1.html">Earlier talks with Xi Jinping</a>
<div class="cut__date">May 1, 2019</div></div>
<p><b>Vladimir Putin:</b> Mr Chairman, friends, I am glad to welcome you to Moscow once
again for these important talks.</p>
<p><b>Xi Jinping</b> (retranslated): Thank you, Mr President, for the warm welcome and
your hospitality today.</p>
<p>* * *</p>
</div>
<div class="read__updated">Last updated at <time datetime="2015-03-20">March 20, 2015</time></div>
</article><footer>All content on this site is licensed under Creative Commons</footer></body></html>"""


def test_html_page_text_turns_lead_and_no_hidden_text():
    page = extract_page(PAGE)
    assert page.title == "Talks with Xi Jinping"
    assert page.paragraphs == [
        "The leaders met in the Kremlin.",
        "They discussed the SCO summit and trade between the two countries.",
        "Vladimir Putin: Mr Chairman, friends, I am glad to welcome you to Moscow once again for these "
        "important talks.",
        "Xi Jinping (retranslated): Thank you, Mr President, for the warm welcome and your hospitality today.",
    ]
    assert page.published == "2019-06-05"  # never the "Last updated" 2015 date
    assert page.removed["kremlin_tooltip"] == 1 and page.removed["kremlin_see_also"] == 1


def test_html_pull_quote_dropped_only_when_repeated():
    body = ("<article><h1>T</h1><p>We will build the bridge across the river by next year, the minister said.</p>"
            "<blockquote><p>“We will build the bridge across the river by next year”</p></blockquote>"
            "<blockquote><p>A quote that appears nowhere else in the text.</p></blockquote></article>")
    tree, _, removed = preclean(f"<html><body>{body}</body></html>")
    assert removed == {"pull_quote": 1}
    assert "nowhere else" in tree.text_content()


def test_html_folder_with_manifest_and_no_body_page(tmp_path):
    d = tmp_path / "pages"
    d.mkdir()
    (d / "1.html").write_text(PAGE, encoding="utf-8")
    (d / "2.html").write_text("<html><body><article><h1>Only a headline</h1></article></body></html>")
    (d / "manifest.csv").write_text("file,url,published,place\n1.html,http://k/1,2019-06-04,Moscow\n")
    items = list(iter_documents(d))
    docs, rej, iss = _split(items)
    assert [(f.rel, f.kind, f.published, f.url) for f in docs] == [("1.html", "html", "2019-06-04", "http://k/1"),
                                                                   ("2.html", "html", "", "")]
    assert json.loads(docs[0].meta) == {"place": "Moscow"}
    assert [i.problem for i in iss] == ["files_without_row"] and not rej


@pytest.mark.parametrize("name,data", [("n.jsonl.gz", gzip.compress(b'{"text": "a"}\n' * 50, mtime=0)[:40]),
                                       ("n.parquet", b"PAR1 not really parquet")])
def test_corrupt_file_gives_an_unreadable_row_not_a_crash(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    spec = load_spec(_yaml(tmp_path, f"format: {'jsonl' if 'jsonl' in name else 'parquet'}\npath: {name}\n"
                                     "mapping: {text: text}\n"))
    items = list(iter_documents(spec))
    assert items and isinstance(items[-1], Rejected) and items[-1].reason == "unreadable"
