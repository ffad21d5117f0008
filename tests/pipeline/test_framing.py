"""The framing step: registered outputs, English sentences only, deterministic."""

from __future__ import annotations

import pandas as pd

from summitlens.io.parquet import validate
from summitlens.pipeline import STEPS
from summitlens.pipeline.base import Context
from summitlens.pipeline.framing import STEP


def _ctx(tables, tmp_path):
    ctx = Context(raw_dir=tmp_path, out_dir=tmp_path, progress=False)
    ctx.tables.update({"articles": tables.articles, "sentences": tables.sentences})
    return ctx


def test_step_is_registered_after_corpus():
    names = [s.name for s in STEPS]
    assert "framing" in names and names.index("framing") > names.index("corpus")
    assert STEP.outputs == ("frame_terms", "frame_scores")


def test_step_outputs_validate_and_are_deterministic(seed_tables, tmp_path):
    a = STEP.run(_ctx(seed_tables, tmp_path))
    b = STEP.run(_ctx(seed_tables, tmp_path))
    for name in STEP.outputs:
        validate(a[name], name)
        pd.testing.assert_frame_equal(a[name].reset_index(drop=True), b[name].reset_index(drop=True))


def test_only_english_sentences(seed_tables, tmp_path):
    s = seed_tables.sentences.copy()
    s["is_english"] = False
    ctx = Context(raw_dir=tmp_path, out_dir=tmp_path, progress=False)
    ctx.tables.update({"articles": seed_tables.articles, "sentences": s})
    out = STEP.run(ctx)
    assert len(out["frame_terms"]) == 0
    assert out["frame_scores"]["n_terms"].sum() == 0
