"""Hand corrections: applied by the step that writes the table, listed in ``corrections``, an input of the build."""

from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from summitlens import load_tables
from summitlens.cli import app
from summitlens.io.generation import current_snapshot
from summitlens.pipeline import build
from summitlens.pipeline.base import StepInputError
from summitlens.pipeline.corrections import apply_corrections, corrections_table, read_corrections, row_id
from tests.pipeline.test_build import make_corpus

HEADER = "row_id,table,field,value,reason\n"


def _lines(*rows) -> str:
    return HEADER + "".join(",".join(r) + "\n" for r in rows)


def _c(*rows) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=["row_id", "table", "field", "value", "reason"])
    df.insert(0, "line_no", range(1, len(df) + 1))
    return df


MEETINGS = pd.DataFrame({"meeting_id": ["M1", "M2"], "status": ["occurred", "planned"],
                         "n_mentions": [3, 1]})


@pytest.mark.parametrize("row, detail", [
    (("M9", "meetings", "status", "planned", ""), "unknown row"),
    (("M1", "meetings", "nope", "1", ""), "unknown field"),
    (("M1", "meetings", "meeting_id", "M3", ""), "key field"),
    (("M1", "nosuch", "status", "planned", ""), "unknown table"),
    (("x", "articles", "title", "t", ""), "table not correctable"),
    (("M1", "meetings", "status", "maybe", ""), "bad value for status"),
    (("M1", "meetings", "n_mentions", "three", ""), "bad value for an integer"),
])
def test_rejections_say_why(row, detail):
    c = _c(row)
    out, log = apply_corrections(MEETINGS, "meetings", c)
    t = corrections_table(c, log)
    assert t["status"].tolist() == ["rejected"] and t["detail"].iloc[0].startswith(detail)
    assert out.equals(MEETINGS)


def test_applied_keeps_previous_and_later_line_wins():
    c = _c(("M1", "meetings", "status", "planned", "a"), ("M1", "meetings", "status", "cancelled", "b"),
           ("M2", "meetings", "n_mentions", "4", "c"))
    out, log = apply_corrections(MEETINGS, "meetings", c)
    assert out["status"].tolist() == ["cancelled", "planned"] and out["n_mentions"].tolist() == [3, 4]
    t = corrections_table(c, log)
    assert t["status"].tolist() == ["rejected", "applied", "applied"]
    assert t["detail"].iloc[0] == "superseded by line 2" and t["previous"].tolist() == ["", "occurred", "1"]
    assert MEETINGS["status"].tolist() == ["occurred", "planned"]  # the input frame is untouched


def test_row_ids_are_keys_joined_by_colons():
    mm = pd.DataFrame({"doc_id": ["d"], "char_start": [10], "char_end": [22]})
    assert row_id(mm, "money_mentions").tolist() == ["d:10:22"]


def test_read_corrections_checks_columns(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("row_id;table;field;value;reason\nM1;meetings;status;planned;x\n")
    assert read_corrections(f)["table"].tolist() == ["meetings"]
    f.write_text("row_id,table,value\n")
    with pytest.raises(ValueError, match="lacks the columns"):
        read_corrections(f)


def _money_row(t, surface):
    r = t.money_mentions.set_index("surface").loc[surface]
    return f"{r.doc_id}:{r.char_start}:{r.char_end}"


def test_build_applies_corrections_before_derived_tables(tmp_path):
    raw, out = make_corpus(tmp_path / "raw", names=("a.txt", "b.txt", "c.txt")), tmp_path / "out"
    build(raw, out, progress=False)
    t = load_tables(raw, out_dir=out)
    assert len(t.corrections) == 0 and t.build["inputs"] == {"corrections": None}
    assert "$240 billion" in set(t.trade_check["surface"])
    rid = _money_row(t, "$240 billion")
    (raw / "corrections.csv").write_text(_lines((rid, "money_mentions", "is_china_russia_trade", "false", "not bilateral"),
                                               ("nope", "meetings", "status", "planned", "typo")))
    t2 = load_tables(raw, out_dir=out)  # the corrections file is an input: a changed one rebuilds
    assert t2.generation != t.generation
    assert t2.build["inputs"]["corrections"]["rows"] == 2
    row = t2.money_mentions.set_index("surface").loc["$240 billion"]
    assert not row["is_china_russia_trade"]
    assert "$240 billion" not in set(t2.trade_check["surface"])  # trade_check is derived from the corrected row
    log = t2.corrections
    assert log["status"].tolist() == ["applied", "rejected"] and log["previous"].iloc[0] == "True"
    assert log["step"].tolist() == ["trade", "meetings"] and log["detail"].iloc[1] == "unknown row"
    assert load_tables(raw, out_dir=out).generation == t2.generation  # unchanged file: no rebuild

    # a partial build keeps the log of the tables it carries; a changed file needs a full build
    build(raw, out, steps=["framing"], progress=False)
    assert load_tables(raw, out_dir=out).corrections["status"].tolist() == ["applied", "rejected"]
    (raw / "corrections.csv").write_text(_lines((rid, "money_mentions", "kind", "forecast", "x")))
    with pytest.raises(StepInputError, match="corrections file changed"):
        build(raw, out, steps=["framing"], progress=False)


def test_cli_corrections_option(tmp_path):
    raw, out = make_corpus(tmp_path / "raw"), tmp_path / "out"
    runner = CliRunner()
    res = runner.invoke(app, ["build", "--raw", str(raw), "--out", str(out), "--no-progress",
                              "--corrections", str(tmp_path / "missing.csv")])
    assert res.exit_code == 2 and "not found" in res.output
    fixes = tmp_path / "fixes.csv"
    fixes.write_text(_lines(("x", "frame_terms", "voice", "quoted", "x")))
    res = runner.invoke(app, ["build", "--raw", str(raw), "--out", str(out), "--no-progress",
                              "--corrections", str(fixes)])
    assert res.exit_code == 0, res.output
    m = current_snapshot(out).manifest
    assert m["inputs"]["corrections"]["path"] == str(fixes.resolve())
    assert m["tables"]["corrections"]["rows"] == 1


def test_corrections_of_a_table_not_built_say_so(tmp_path):
    raw, out = make_corpus(tmp_path / "raw"), tmp_path / "out"
    (raw / "corrections.csv").write_text(_lines(("M1", "meetings", "status", "planned", "x")))
    build(raw, out, steps=["corpus"], progress=False)
    t = load_tables(raw, out_dir=out, build_if_missing=False)
    assert t.corrections["detail"].tolist() == ["table not built (run its step)"]
