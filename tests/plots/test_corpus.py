"""Corpus figures on thin data: a message instead of an exception."""

from __future__ import annotations

import pandas as pd
import pytest

from summitlens.plots import corpus as pc
from tests.plots.conftest import figure_texts


@pytest.mark.parametrize(("fig_fn", "expected"), [
    (lambda: pc.docs_per_outlet(pd.DataFrame(columns=["outlet", "n_docs"])), "no documents"),
    (lambda: pc.docs_per_year(pd.DataFrame(columns=["year", "n_docs"]), n_undated=3), "no dated documents"),
    (lambda: pc.length_distribution(pd.DataFrame(columns=["n_words"])), "no documents"),
    (lambda: pc.boilerplate_by_rule(pd.DataFrame(columns=["rule_id", "n_lines"])), "no boilerplate"),
])
def test_empty_tables_give_a_message(fig_fn, expected):
    assert expected in figure_texts(fig_fn())


def test_one_row_tables_draw():
    assert len(pc.docs_per_outlet(pd.DataFrame({"outlet": ["A"], "n_docs": [1]})).axes[0].patches) == 1
    assert len(pc.docs_per_year(pd.DataFrame({"year": [2023], "n_docs": [1]})).axes[0].patches) == 1
    assert pc.length_distribution(pd.DataFrame({"n_words": [120]})).axes[0].patches
    assert figure_texts(pc.boilerplate_by_rule(pd.DataFrame({"rule_id": ["r"], "n_lines": [2]}))) == ""
