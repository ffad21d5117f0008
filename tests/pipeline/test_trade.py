"""The trade step on the seed articles and the shared corpus (session fixtures of conftest.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from summitlens import paths
from summitlens.io.parquet import validate
from summitlens.pipeline import trade
from summitlens.pipeline.base import Context


def _offsets_point_at_surface(t):
    text = t.articles.set_index("doc_id")["text"]
    for r in t.money_mentions.itertuples():
        assert text[r.doc_id][r.char_start:r.char_end] == r.surface


def test_seed_money_mentions(seed_tables):
    mm = seed_tables.money_mentions
    validate(mm, "money_mentions")
    _offsets_point_at_surface(seed_tables)
    got = mm[["surface", "value_low", "kind", "year", "is_china_russia_trade"]].to_dict("records")
    assert got == [
        {"surface": "$200 billion", "value_low": 200e9, "kind": "target", "year": 2023, "is_china_russia_trade": True},
        {"surface": "$240 billion", "value_low": 240e9, "kind": "record", "year": 2023, "is_china_russia_trade": True},
    ]


def test_seed_trade_check(seed_tables):
    tc = seed_tables.trade_check.set_index("surface")
    assert tc.loc["$240 billion", "verdict"] == "match"
    assert tc.loc["$200 billion", "verdict"] == "reached"
    assert tc.loc["$200 billion", "first_year_reached"] == 2023


def test_rcn_trade(rcn_tables):
    mm, tc = rcn_tables.money_mentions, rcn_tables.trade_check
    _offsets_point_at_surface(rcn_tables)
    assert len(mm) >= 100
    kremlin = rcn_tables.articles.loc[rcn_tables.articles.file == "kremlin_67712.txt", "doc_id"].item()
    k = tc[tc.doc_id == kremlin].set_index("surface")
    assert k.loc["US$250 billion", "check"] == "target"
    assert "match" in set(tc["verdict"])
    # every China–Russia trade figure or target of the corpus is in trade_check
    cr = mm[mm.is_china_russia_trade & mm.kind.isin(["actual", "record", "target", "forecast"])]
    assert len(tc) == len(cr)


def test_step_refuses_without_dates_tables(seed_tables, tmp_path):
    """No silent fallback: the trade step needs the dates step's tables."""
    from summitlens.pipeline.base import MissingTableError

    ctx = Context(raw_dir=paths.RAW, out_dir=tmp_path, reference_dir=paths.REFERENCE, progress=False,
                  tables={"articles": seed_tables.articles, "sentences": seed_tables.sentences})
    with pytest.raises(MissingTableError):
        trade.run(ctx)
    assert {"temporal_expressions", "document_dates"} <= set(trade.STEP.inputs)


def test_step_contract():
    assert trade.STEP.name == "trade"
    assert trade.STEP.outputs == ("money_mentions", "trade_check")
    assert set(trade.STEP.inputs) >= {"articles", "sentences"}
    assert isinstance(trade.read_reference(Context(raw_dir=paths.RAW, out_dir=paths.PROCESSED)), pd.DataFrame)
