"""Tests for summitlens.analyse.framing: balance, bootstrap, KWIC, keyness, topics."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from summitlens.analyse.framing import (aggregate_balance, document_balance, frame_topics, keyness, kwic,
                                        top_terms, voice_counts)
from summitlens.derive.framing import document_scores
from summitlens.io.parquet import validate


def _terms(rows):
    cols = ["doc_id", "category", "voice", "negated", "hedged", "weight", "target"]
    return pd.DataFrame(rows, columns=cols)


ARTS = pd.DataFrame({"doc_id": ["a", "b", "c"], "n_words": [1000, 500, 0],
                     "outlet": ["X", "X", "Y"], "title": ["A", "B", "C"],
                     "published": pd.to_datetime(["2019-01-01", "2020-01-01", None])})


@pytest.mark.parametrize("p, a, expected", [(3, 1, 0.5), (0, 2, -1.0), (2, 0, 1.0), (1, 1, 0.0)])
def test_balance_index(p, a, expected):
    fs = pd.DataFrame({"doc_id": ["d", "d"], "category": ["partnership", "authoritarian"], "voice": ["all"] * 2,
                       "n_words": [100, 100], "n_terms": [p, a], "n_negated": [0, 0], "n_hedged": [0, 0],
                       "weight_sum": [float(p), float(a)], "per_1000_words": [p * 10.0, a * 10.0]})
    assert document_balance(fs)["balance"].iloc[0] == expected


def test_balance_nan_without_terms():
    s = document_scores(_terms([]), ARTS)
    assert document_balance(s, ARTS)["balance"].isna().all()


def test_aggregate_balance_seeded_and_ci_contains_estimate():
    rng = np.random.default_rng(1)
    db = pd.DataFrame({"outlet": ["x"] * 20 + ["y"] * 10, "n_words": 1000,
                       "n_partnership": rng.integers(0, 5, 30), "n_authoritarian": rng.integers(0, 5, 30)})
    a1 = aggregate_balance(db, seed=3, n_boot=300)
    a2 = aggregate_balance(db, seed=3, n_boot=300)
    pd.testing.assert_frame_equal(a1, a2)
    assert ((a1["balance_low"] <= a1["balance"]) & (a1["balance"] <= a1["balance_high"])).all()
    assert list(a1["n_docs"]) == [20, 10]


def test_aggregate_by_year_drops_missing():
    s = document_scores(_terms([("a", "partnership", "quoted", False, False, 1.0, "relationship")]), ARTS)
    agg = aggregate_balance(document_balance(s, ARTS), by="year", n_boot=50)
    assert list(agg["year"]) == [2019, 2020]


def test_voice_counts_and_top_terms():
    ft = _terms([("a", "partnership", "quoted", False, True, 1.0, "relationship")]).assign(term="ally")
    vc = voice_counts(ft)
    assert len(vc) == 3 and vc["n_hedged"].sum() == 1
    assert top_terms(ft).values.tolist() == [["partnership", "ally", 1]]


def test_kwic_on_frame_terms_uses_nth_occurrence():
    ft = pd.DataFrame({"doc_id": ["d", "d"], "sentence_no": [0, 0], "surface": ["ally", "ally"],
                       "term": ["ally", "ally"], "term_id": ["ally", "ally"], "voice": ["authorial"] * 2,
                       "negated": [False, False], "char_start": [10, 30],
                       "sentence": ["An ally is an ally."] * 2})
    k = kwic(ft, "ally", window=5)
    assert k["left"].tolist() == ["An ", " is an "[-5:]]


def test_kwic_on_sentences_phrase_across_hyphen():
    s = pd.DataFrame({"doc_id": ["d"], "sentence_no": [3], "text": ["A no-limits partnership."]})
    assert kwic(s, "no limits")["match"].tolist() == ["no-limits"]


def test_keyness_direction_and_llr():
    a = ["ally partner friendship"] * 10
    b = ["dictator regime"] * 10
    k = keyness(a, b, min_count=1, top=3)
    assert set(k[k.key_for == "a"]["word"]) == {"ally", "partner", "friendship"}
    assert (k["log_likelihood"] > 0).all()
    assert keyness([], b).empty


def test_frame_topics_deterministic():
    arts = pd.DataFrame({"doc_id": list("abcdef"), "n_words": [5] * 6, "text": [
        "ally partner friendship summit", "dictator regime tyrant", "ally treaty friendship",
        "regime repression dictator", "summit trade ally", "tyrant despot regime"]})
    fs = pd.DataFrame({"doc_id": list("abcdef"), "category": ["partnership"] * 6, "voice": ["all"] * 6,
                       "n_terms": [3, 0, 2, 0, 1, 0], "n_words": [5] * 6})
    t1 = frame_topics(arts, fs, n_topics=2)
    t2 = frame_topics(arts, fs, n_topics=2)
    pd.testing.assert_frame_equal(t1, t2)
    assert t1["n_docs"].sum() == 6


def test_scores_on_seed_tables(seed_tables):
    fs = seed_tables.frame_scores
    validate(fs, "frame_scores")
    assert set(fs["doc_id"]) == set(seed_tables.articles["doc_id"])
    db = document_balance(fs, seed_tables.articles)
    assert db["balance"].between(-1, 1).all() or db["balance"].isna().any()


def _lean_tables(n_left=12, n_right=3):
    import json as _json

    docs = [f"l{i}" for i in range(n_left)] + [f"r{i}" for i in range(n_right)]
    arts = pd.DataFrame({"doc_id": docs, "n_words": [100] * len(docs),
                         "published": ["2019-06-05"] * n_left + ["2020-01-01"] * n_right,
                         "outlet": ["L"] * n_left + ["R"] * n_right, "title": docs,
                         "meta": [_json.dumps({"bias": 0})] * n_left + [_json.dumps({"bias": 2})] * n_right})
    ft = pd.DataFrame({"doc_id": docs + ["l0", "l1", "l2"],
                       "category": ["partnership"] * len(docs) + ["authoritarian", "partnership", "partnership"],
                       "target": ["relationship"] * len(docs) + ["leader", "other", "russia"],
                       "negated": [False] * len(docs) + [False, False, True],
                       "flag": [""] * len(docs) + ["", "", ""]})
    return ft, arts


def test_relationship_framing_refuses_small_groups_and_counts_articles():
    from summitlens.analyse.framing import relationship_framing

    ft, arts = _lean_tables()
    r = relationship_framing(ft, arts, by="bias", n_boot=200).set_index("bias")
    assert r.loc["left", "n_docs"] == 12 and r.loc["right", "n_docs"] == 3
    assert r.loc["left", "n_partnership"] == 12 and r.loc["left", "n_authoritarian"] == 1  # other, negated out
    assert not np.isnan(r.loc["left", "balance_low"]) and r.loc["left", "note"] == ""
    assert np.isnan(r.loc["right", "balance_low"]) and r.loc["right", "note"] == "n < 10 articles: no interval"
    again = relationship_framing(ft, arts, by="bias", n_boot=200).set_index("bias")
    assert again.equals(r)  # seeded


def test_relationship_framing_by_year_and_missing_meta():
    from summitlens.analyse.framing import relationship_framing

    ft, arts = _lean_tables()
    assert relationship_framing(ft, arts, by="year", n_boot=50)["year"].tolist() == ["2019", "2020"]
    assert relationship_framing(ft, arts.drop(columns="meta"), by="bias", n_boot=50).empty


def test_flagged_terms_are_not_counted():
    from summitlens.analyse.framing import relationship_framing

    ft, arts = _lean_tables()
    ft.loc[0, "flag"] = "proper_name"
    r = relationship_framing(ft, arts, by="bias", n_boot=50).set_index("bias")
    assert r.loc["left", "n_partnership"] == 11


def test_kwic_lines_carry_outlet_headline_and_date():
    from summitlens.analyse.framing import kwic_lines

    ft = pd.DataFrame({"doc_id": ["d"], "sentence_no": [0], "surface": ["alliance"], "term": ["alliance"],
                       "term_id": ["alliance"], "voice": ["quoted"], "negated": [False],
                       "sentence": ["They spoke of an alliance between Moscow and Beijing."]})
    arts = pd.DataFrame({"doc_id": ["d"], "outlet": ["Fox News"], "title": ["Headline"],
                         "published": ["2019-06-05"]})
    k = kwic_lines(ft, arts, "alliance", window=10)
    assert k[["outlet", "title", "published", "match"]].values.tolist() == [["Fox News", "Headline", "2019-06-05", "alliance"]]
