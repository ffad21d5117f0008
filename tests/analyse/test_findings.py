"""The report's findings sentences, coverage, labels, review flags and the `since` restriction."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from summitlens.analyse import findings as fd


def _tables():
    arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "X", "Y"],
                         "published": pd.to_datetime(["2022-01-01", "2023-06-01", pd.NaT])})
    led = pd.DataFrame({"meeting_id": ["M1", "M2", "M3"], "start": pd.to_datetime(["2022-02-04", "2023-03-21", pd.NaT]),
                        "status": ["occurred", "occurred", "planned"], "mode": ["in_person", "virtual", "in_person"],
                        "reference_meeting_no": pd.array([38, pd.NA, pd.NA], dtype="Int64"),
                        "evidence": ["They met in Beijing.", "A video call.", "Xi met Putin by video link."]})
    ref = pd.DataFrame({"meeting_no": [38, 39, 40], "start_date": pd.to_datetime(["2022-02-04", "2022-09-15", "2019-06-05"])})
    mm = pd.DataFrame({"doc_id": ["a", "b"], "is_putin_xi": [True, True]})
    fs = pd.DataFrame({"doc_id": ["a", "a", "b"], "voice": ["all", "all", "quoted"],
                       "category": ["partnership", "authoritarian", "partnership"], "n_terms": [3, 1, 2]})
    tc = pd.DataFrame({"doc_id": ["c"], "sentence_no": [2], "check": ["figure"], "verdict": ["mismatch"],
                       "year": [2023], "surface": ["$200 billion"]})
    return SimpleNamespace(articles=arts, meetings=led, reference_meetings=ref, meeting_mentions=mm, frame_scores=fs,
                           frame_terms=pd.DataFrame({"doc_id": ["a"], "negated": [False]}), trade_check=tc)


def test_findings_sentences_come_from_the_tables():
    t = _tables()
    m = fd.meetings_finding(t)
    assert m.sentences[0].startswith("The corpus reports 3 distinct Putin–Xi encounters between 2022 and 2023, "
                                     "1 of them in the reference list")
    assert m.sentences[1] == "1 reference meeting in the corpus's period (2022–2023) is not reported."
    import yaml

    from summitlens import paths

    mention_acc = yaml.safe_load(paths.resource("report.yml").read_text(encoding="utf-8"))["accuracy"]["meetings"][0]
    assert m.n_articles == 2 and any(mention_acc["value"] in x for x in m.accuracy)
    f = fd.framing_finding(t)
    assert "3 partnership terms against 1 authoritarian term" in f.sentences[0] and "+0.50" in f.sentences[0]
    tr = fd.trade_finding(t)
    assert tr.sentences[0].startswith("The corpus reports 1 China–Russia trade figure: 0 match")
    assert any("in-sample" in x for x in tr.accuracy)


def test_coverage_names_the_reference_period():
    assert fd.coverage(_tables()) == ("Articles are dated 01 Jan 2022 to 01 Jun 2023 (2 dated articles of 3); the "
                                      "reference list runs 2019–2022 (3 meetings), 2 of them within the corpus's dates.")


def test_wording_fits_any_corpus_and_labels_are_human():
    for f in fd.all_findings(SimpleNamespace()):
        assert f.sentences and all("seed" not in s for s in f.sentences)
    assert fd.label("ledger_in_person") == "held in person" and fd.label("virtual") == "video"
    assert list(fd.relabel(pd.DataFrame({"ledger_remote": [1]})).columns) == ["held by video or phone"]


def test_needs_review_rules():
    flags = fd.needs_review(_tables())
    assert flags[flags["table"] == "meetings"]["row"].tolist() == ["M3"]
    assert set(flags[flags["table"] == "framing"]["row"]) == {"outlet=X"}
    assert flags[flags["table"] == "trade_check"]["row"].tolist() == ["c:2"]


def test_needs_review_groups_as_the_framing_comparison():
    t = _tables()
    t.articles["meta"] = ['{"bias": 0}', '{"bias": 2}', "{}"]
    by_lean = fd.needs_review(t, group_by="bias")
    assert by_lean[by_lean["table"] == "framing"]["row"].tolist() == ["bias=left", "bias=right"]
    assert fd.needs_review(t, group_by="year", min_docs=1).query("table == 'framing'").empty


def test_restrict_since():
    t = fd.restrict(_tables(), since=2023)
    assert t.articles["doc_id"].tolist() == ["b"] and t.meetings["meeting_id"].tolist() == ["M2"]
    assert t.reference_meetings.empty and t.trade_check.empty
    assert fd.restrict(_tables(), since=None).articles.shape[0] == 3
