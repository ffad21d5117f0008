"""Meeting figures on thin data (no ledger, one meeting): a message instead of an exception."""

from __future__ import annotations

import pandas as pd
import pytest

from summitlens.plots import meetings as pm
from tests.plots.conftest import figure_texts

LEDGER_COLUMNS = ["meeting_id", "start", "end", "place", "country", "host_side", "occasion", "mode", "status",
                  "first_planned", "first_occurred", "reference_meeting_no"]
EMPTY_LEDGER = pd.DataFrame(columns=LEDGER_COLUMNS)  # object dtypes, as an empty build gives
ONE = pd.DataFrame({"meeting_id": ["m1"], "start": pd.to_datetime(["2023-03-20"]),
                    "end": pd.to_datetime(["2023-03-22"]), "place": ["Moscow"], "country": ["Russia"],
                    "host_side": ["Russia"], "occasion": ["state_visit"], "mode": ["in_person"],
                    "status": ["occurred"], "first_planned": pd.to_datetime(["2023-03-17"]),
                    "first_occurred": pd.to_datetime(["2023-03-21"]), "reference_meeting_no": [40]})
REFERENCE = pd.DataFrame({"start_date": pd.to_datetime(["2019-06-05", "2022-02-04"]),
                          "end_date": pd.to_datetime(["2019-06-07", "2022-02-04"])})
EMPTY_MENTIONS = pd.DataFrame(columns=["is_putin_xi", "mode", "status"])


@pytest.mark.parametrize("reference", [None, REFERENCE.iloc[:0], REFERENCE], ids=["none", "empty", "two"])
@pytest.mark.parametrize("fn", [pm.meetings_per_year, pm.meeting_timeline, pm.meeting_gaps])
def test_empty_ledger_never_raises(fn, reference):
    fig = fn(EMPTY_LEDGER, reference=reference)
    if reference is None or reference.empty:
        assert "no " in figure_texts(fig)


def test_meeting_gaps_empty_ledger_says_reference_only():
    assert "reference only" in figure_texts(pm.meeting_gaps(EMPTY_LEDGER, reference=REFERENCE))


def test_planned_lag_and_mode_share_empty():
    assert "no meeting reported as planned" in figure_texts(pm.planned_lag(EMPTY_LEDGER))
    assert "no Putin–Xi meeting mention" in figure_texts(pm.mode_share(EMPTY_MENTIONS))


@pytest.mark.parametrize("fn", [pm.meetings_per_year, pm.meeting_timeline, pm.meeting_gaps])
def test_one_meeting_draws(fn):
    fig = fn(ONE, reference=REFERENCE)
    assert fig.axes[0].get_legend() is not None


def test_one_mention_mode_share():
    m = pd.DataFrame({"is_putin_xi": [True], "mode": ["in_person"], "status": ["occurred"]})
    assert pm.mode_share(m).axes[0].patches


@pytest.mark.parametrize("fn", [pm.meetings_per_year, pm.meeting_timeline, pm.meeting_gaps])
def test_undated_ledger_rows_are_left_out_of_dated_figures(fn):
    undated = ONE.iloc[[0]].assign(meeting_id="Mundated_x", start=pd.NaT, end=pd.NaT, first_planned=pd.NaT,
                                   first_occurred=pd.NaT, reference_meeting_no=pd.NA)
    fig = fn(pd.concat([ONE, undated], ignore_index=True), reference=REFERENCE)
    assert fig is not None


def test_only_undated_rows_never_raise():
    undated = ONE.assign(start=pd.NaT, end=pd.NaT, first_planned=pd.NaT, first_occurred=pd.NaT)
    for fn in (pm.meetings_per_year, pm.meeting_timeline, pm.meeting_gaps):
        assert fn(undated, reference=None) is not None
    assert pm.planned_lag(undated) is not None
