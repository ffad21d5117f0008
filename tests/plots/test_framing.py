"""Framing figures on thin data (no frame terms, one article): a message instead of an exception."""

from __future__ import annotations

import pandas as pd
import pytest

from summitlens.analyse import framing as fr
from summitlens.plots import framing as pf
from tests.plots.conftest import figure_texts

EMPTY = {
    "balance": pd.DataFrame(columns=["doc_id", "title", "balance", "n_partnership", "n_authoritarian"]),
    "aggregate": pd.DataFrame(columns=["outlet", "n_docs", "balance", "balance_low", "balance_high"]),
    "voice": pd.DataFrame(columns=["category", "voice", "n_terms", "n_negated", "n_hedged"]),
    "keyness": pd.DataFrame(columns=["word", "log_likelihood", "key_for"]),
    "topics": pd.DataFrame(columns=["topic", "top_words", "authoritarian_per_1000", "partnership_per_1000"]),
}


@pytest.mark.parametrize(("fig_fn", "expected"), [
    (lambda: pf.balance_per_article(EMPTY["balance"]), "no article with frame terms"),
    (lambda: pf.balance_by_group(EMPTY["aggregate"], by="outlet"), "no outlet with frame terms"),
    (lambda: pf.voice_breakdown(EMPTY["voice"]), "no frame terms"),
    (lambda: pf.negation_counts(EMPTY["voice"]), "no frame terms"),
    (lambda: pf.keyness_chart(EMPTY["keyness"]), "no key words"),
    (lambda: pf.topic_frames(EMPTY["topics"]), "no topics"),
])
def test_empty_tables_give_a_message(fig_fn, expected):
    assert expected in figure_texts(fig_fn())


def test_analysis_of_empty_tables_feeds_the_figures():
    """The notebook chain on an empty build: analyse -> plot, never an exception."""
    terms = pd.DataFrame(columns=["doc_id", "category", "voice", "negated", "hedged", "term", "surface", "sentence",
                                  "char_start", "char_end", "target"])
    counts = fr.voice_counts(terms)
    assert "no frame terms" in figure_texts(pf.voice_breakdown(counts))
    assert "no frame terms" in figure_texts(pf.negation_counts(counts))


def test_one_row_tables_draw():
    b = pd.DataFrame({"doc_id": ["a"], "title": ["T"], "balance": [0.5], "n_partnership": [3],
                      "n_authoritarian": [1]})
    assert len(pf.balance_per_article(b).axes[0].patches) == 1
    ag = pd.DataFrame({"outlet": ["x"], "n_docs": [1], "balance": [0.2], "balance_low": [0.2], "balance_high": [0.2]})
    assert figure_texts(pf.balance_by_group(ag)) == ""
    vc = pd.DataFrame({"category": ["partnership"], "voice": ["quoted"], "n_terms": [1], "n_negated": [0],
                       "n_hedged": [0]})
    assert pf.voice_breakdown(vc).axes[0].patches and pf.negation_counts(vc).axes[0].patches
    k = pd.DataFrame({"word": ["x"], "log_likelihood": [5.0], "key_for": ["a"]})
    assert len(pf.keyness_chart(k).axes[0].patches) == 1
    t = pd.DataFrame({"topic": [0], "top_words": ["a"], "authoritarian_per_1000": [0.0], "partnership_per_1000": [1.0]})
    assert len(pf.topic_frames(t).axes[0].patches) == 2


def test_relationship_by_group_says_when_an_interval_is_refused():
    import pandas as pd

    from summitlens.plots.framing import relationship_by_group

    tb = pd.DataFrame({"bias": ["left", "center", "right"], "n_docs": [40, 25, 3],
                       "balance": [0.2, 0.1, -0.5], "balance_low": [0.0, -0.1, float("nan")],
                       "balance_high": [0.4, 0.3, float("nan")],
                       "note": ["", "", "n < 10 articles: no interval"]})
    texts = [t.get_text() for t in relationship_by_group(tb).axes[0].texts]
    assert texts == ["n=40", "n=25", "n=3 — n < 10 articles: no interval"]
