"""Trade figures on thin data (no money figure, no reference): a message instead of an exception."""

from __future__ import annotations

import pandas as pd
import pytest

from summitlens.plots import trade as pt
from tests.plots.conftest import figure_texts

CHECK_COLUMNS = ["check", "year", "reported_low_usd", "reported_high_usd", "approx", "verdict", "diff_pct",
                 "target_usd_bn", "target_year", "first_year_reached"]
EMPTY_CHECK = pd.DataFrame(columns=CHECK_COLUMNS)
REFERENCE = pd.DataFrame({"year": [2022, 2023], "trade_usd_bn": [190.27, 240.11], "confirmed": [True, True]})
ONE_CHECK = pd.DataFrame({"check": ["figure"], "year": [2023], "reported_low_usd": [240e9],
                          "reported_high_usd": [240e9], "approx": [""], "verdict": ["match"], "diff_pct": [0.0]})


@pytest.mark.parametrize("reference", [REFERENCE, REFERENCE.iloc[:0], None], ids=["ref", "empty ref", "no ref"])
def test_empty_trade_check_gives_messages(reference):
    assert "no China–Russia trade figure" in figure_texts(pt.official_vs_reported(EMPTY_CHECK, reference))
    assert "no trade target" in figure_texts(pt.targets_vs_outcomes(EMPTY_CHECK, reference))
    assert "could be checked" in figure_texts(pt.error_distribution(EMPTY_CHECK))


def test_one_figure_draws():
    assert figure_texts(pt.official_vs_reported(ONE_CHECK, REFERENCE)) == ""
    assert figure_texts(pt.error_distribution(ONE_CHECK)) == ""
