"""Hand validation: stratified sample for coding, precision with Wilson intervals, CLI round trip."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from summitlens.analyse.validation import sample_for_coding, validate, wilson
from summitlens.cli import app


def _terms(n: int) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i % 7}" for i in range(n)],
                         "category": ["partnership" if i % 4 else "authoritarian" for i in range(n)],
                         "voice": "quoted", "speaker": "Putin", "negated": False, "hedged": False,
                         "target": "relationship", "sentence": [f"sentence {i}" for i in range(n)]})


@pytest.mark.parametrize(("k", "n", "low", "high"), [(8, 10, 0.490, 0.943), (0, 10, 0.0, 0.278), (10, 10, 0.722, 1.0),
                                                      (50, 100, 0.404, 0.596)])
def test_wilson_matches_published_values(k, n, low, high):
    lo, hi = wilson(k, n)
    assert round(lo, 3) == pytest.approx(low, abs=0.001) and round(hi, 3) == pytest.approx(high, abs=0.001)


def test_sample_is_stratified_deterministic_and_has_coding_columns():
    df = _terms(200)
    a = sample_for_coding(df, table="frame_terms", n=40, seed=3)
    b = sample_for_coding(df, table="frame_terms", n=40, seed=3)
    pd.testing.assert_frame_equal(a, b)
    assert len(a) == 40 and a["row_id"].is_unique
    assert a["category"].value_counts().to_dict() == {"partnership": 30, "authoritarian": 10}
    assert {"correct_voice", "correct_negated", "comment"} <= set(a.columns)
    assert (df.loc[a["row_id"], "sentence"].to_numpy() == a["sentence"].to_numpy()).all()
    assert len(sample_for_coding(df.head(5), table="frame_terms", n=50)) == 5


def test_sample_keeps_a_rare_stratum():
    df = _terms(100)
    df.loc[0, "category"] = "rare"
    assert "rare" in set(sample_for_coding(df, table="frame_terms", n=10, seed=0)["category"])


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 60), st.integers(0, 80), st.integers(0, 5))
def test_sample_never_crashes_and_has_the_right_size(rows, n, seed):
    s = sample_for_coding(_terms(rows), table="frame_terms", n=n, seed=seed)
    assert len(s) == min(n, rows)


def test_validate_counts_yes_no_values_and_blanks():
    c = pd.DataFrame({"voice": ["quoted"] * 5, "correct_voice": ["1", "no", "quoted", "authorial", ""]})
    r = validate(c).iloc[0]
    assert (r["n_coded"], r["n_correct"], r["precision"]) == (4, 2, 0.5)
    assert r["ci_low"] < 0.5 < r["ci_high"]
    empty = validate(pd.DataFrame({"voice": ["x"], "correct_voice": [""]})).iloc[0]
    assert empty["n_coded"] == 0 and math.isnan(empty["precision"])


def test_cli_sample_then_validate(tmp_path):
    runner = CliRunner()
    out = tmp_path / "coded.csv"
    res = runner.invoke(app, ["sample", "frame_terms", "--n", "6", "--seed", "0", "--out", str(out)])
    assert res.exit_code == 0, res.output
    coded = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert len(coded) == 6 and "correct_voice" in coded
    coded["correct_voice"] = ["1", "1", "0", "1", "1", ""]
    coded.to_csv(out, index=False)
    res = runner.invoke(app, ["validate", str(out)])
    assert res.exit_code == 0, res.output
    assert "voice" in res.output and "0.8" in res.output
    assert runner.invoke(app, ["sample", "no_such_table", "--out", str(out)]).exit_code == 2
    assert runner.invoke(app, ["validate", str(tmp_path / "missing.csv")]).exit_code == 2
