"""Tests for summitlens.derive.framing: the frame_scores table."""

from __future__ import annotations

import pandas as pd

from summitlens.derive.framing import SCORED_TARGETS, document_scores
from summitlens.io.parquet import validate


def _terms(rows):
    cols = ["doc_id", "category", "voice", "negated", "hedged", "weight", "target"]
    return pd.DataFrame(rows, columns=cols)


ARTS = pd.DataFrame({"doc_id": ["a", "b", "c"], "n_words": [1000, 500, 0]})


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


def test_scores_are_deterministic_and_sorted():
    ft = _terms([("b", "partnership", "quoted", False, False, 1.0, "relationship"),
                 ("a", "authoritarian", "authorial", False, False, 1.0, "russia")])
    s1, s2 = document_scores(ft, ARTS), document_scores(ft.iloc[::-1], ARTS)
    pd.testing.assert_frame_equal(s1, s2)
    assert list(s1["doc_id"]) == sorted(s1["doc_id"])


def test_analyse_reexports_derive():
    from summitlens.analyse import framing as fr

    assert fr.document_scores is document_scores and fr.SCORED_TARGETS == SCORED_TARGETS


def test_scores_on_seed_tables(seed_tables):
    fs = seed_tables.frame_scores
    validate(fs, "frame_scores")
    assert set(fs["doc_id"]) == set(seed_tables.articles["doc_id"])


def test_flagged_terms_are_left_out_of_scores():
    ft = _terms([("a", "partnership", "authorial", False, False, 1.0, "relationship"),
                 ("a", "partnership", "authorial", False, False, 1.0, "russia")])
    ft["flag"] = ["", "economic"]
    s = document_scores(ft, ARTS).set_index(["doc_id", "category", "voice"])
    assert s.loc[("a", "partnership", "all"), "n_terms"] == 1
    s2 = document_scores(ft, ARTS, include_flagged=True).set_index(["doc_id", "category", "voice"])
    assert s2.loc[("a", "partnership", "all"), "n_terms"] == 2
