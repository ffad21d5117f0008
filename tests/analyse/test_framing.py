"""Tests for summitlens.analyse.framing: scores, balance, bootstrap, KWIC, keyness, topics."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from summitlens.analyse.framing import (aggregate_balance, document_balance, document_scores,
                                        frame_topics, keyness, kwic, top_terms, voice_counts)
from summitlens.io.parquet import validate


def _terms(rows):
    cols = ["doc_id", "category", "voice", "negated", "hedged", "weight", "target"]
    return pd.DataFrame(rows, columns=cols)


ARTS = pd.DataFrame({"doc_id": ["a", "b", "c"], "n_words": [1000, 500, 0],
                     "outlet": ["X", "X", "Y"], "title": ["A", "B", "C"],
                     "published": pd.to_datetime(["2019-01-01", "2020-01-01", None])})


def test_document_scores_counts_and_rates():
    ft = _terms([("a", "partnership", "quoted", False, False, 1.0, "relationship"),
                 ("a", "partnership", "authorial", True, False, 1.0, "relationship"),
                 ("a", "authoritarian", "authorial", False, True, 0.5, "russia"),
                 ("b", "authoritarian", "paraphrase", False, False, 1.0, "other")])
    s = document_scores(ft, ARTS).set_index(["doc_id", "category", "voice"])
    assert s.loc[("a", "partnership", "all"), "n_terms"] == 1
    assert s.loc[("a", "partnership", "all"), "n_negated"] == 1
    assert s.loc[("a", "partnership", "all"), "per_1000_words"] == 1.0
    assert s.loc[("a", "all", "all"), "n_terms"] == 2
    assert s.loc[("a", "authoritarian", "authorial"), "n_hedged"] == 1
    assert s.loc[("a", "authoritarian", "authorial"), "weight_sum"] == 0.5
    # target "other" is not scored by default, but is with targets=None
    assert s.loc[("b", "authoritarian", "all"), "n_terms"] == 0
    s2 = document_scores(ft, ARTS, targets=None).set_index(["doc_id", "category", "voice"])
    assert s2.loc[("b", "authoritarian", "all"), "n_terms"] == 1
    # every document gets rows; zero words give rate 0
    assert s.loc[("c", "all", "all"), "per_1000_words"] == 0.0
    validate(document_scores(ft, ARTS), "frame_scores")


def test_document_scores_empty():
    s = document_scores(_terms([]), ARTS)
    assert len(s) == 3 * 3 * 4 and s["n_terms"].sum() == 0


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
