"""Tests for summitlens.derive.meetings: the ledger (every Putin–Xi mention reaches a row)."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlens.derive.meetings import LEDGER_COLUMNS, build_ledger


def _m(rows):
    base = {"sentence_no": 0, "is_putin_xi": True, "mode": "in_person", "mode_source": "cue", "place": "",
            "country": "", "occasion": "", "occasion_type": "", "confidence": 0.9, "evidence": "e",
            "event_id": "", "status": "occurred", "anchor": "2021-12-15"}
    df = pd.DataFrame([{**base, **r} for r in rows])
    for c in ("start", "end", "anchor"):
        df[c] = pd.to_datetime(df[c])
    df["story_id"] = df["doc_id"]
    return df


def test_empty_and_no_putin_xi_give_empty_ledger():
    m = _m([{"doc_id": "a", "is_putin_xi": False, "start": "2021-12-15", "end": "2021-12-15"}])
    led, cov = build_ledger(m)
    assert led.empty and list(led.columns) == LEDGER_COLUMNS and cov.empty
    led, _ = build_ledger(m.iloc[0:0])
    assert led.empty


def test_event_linked_mentions_enter_together_with_evidence():
    m = _m([{"doc_id": "a", "sentence_no": 0, "event_id": "a#1", "mode": "virtual", "status": "virtual",
             "start": "2021-12-15", "end": "2021-12-15"},
            {"doc_id": "a", "sentence_no": 5, "event_id": "a#1", "mode": "virtual", "status": "virtual",
             "mode_source": "event", "start": "2021-12-15", "end": "2021-12-15"}])
    led, _ = build_ledger(m)
    assert len(led) == 1
    assert led["evidence_sentences"].iloc[0] == "a:0;a:5"
    assert led["status_history"].iloc[0] == "virtual@a@2021-12-15"


def test_video_talks_and_bare_talks_same_day_are_one_encounter():
    m = _m([{"doc_id": "a", "mode": "virtual", "status": "virtual", "start": "2021-12-15", "end": "2021-12-15"},
            {"doc_id": "b", "mode": "in_person", "mode_source": "default", "start": "2021-12-15",
             "end": "2021-12-15"}])
    led, _ = build_ledger(m)
    assert len(led) == 1 and led["mode"].iloc[0] == "virtual"


def test_visit_and_video_call_same_day_stay_two():
    m = _m([{"doc_id": "a", "mode": "virtual", "status": "virtual", "start": "2021-12-15", "end": "2021-12-15"},
            {"doc_id": "b", "mode": "in_person", "place": "Beijing", "country": "China", "start": "2021-12-15",
             "end": "2021-12-15"}])
    led, _ = build_ledger(m)
    assert sorted(led["mode"]) == ["in_person", "virtual"]


def test_phone_calls_on_consecutive_days_stay_two():
    m = _m([{"doc_id": "a", "mode": "virtual", "status": "virtual", "occasion_type": "BRICS_summit",
             "start": "2022-06-23", "end": "2022-06-23"},
            {"doc_id": "b", "mode": "virtual", "status": "virtual", "occasion_type": "BRICS_summit",
             "start": "2022-06-24", "end": "2022-06-24"}])
    assert len(build_ledger(m)[0]) == 2


def test_undated_joins_by_place_only_in_time():
    m = _m([{"doc_id": "a", "place": "Vladivostok", "country": "Russia", "start": "2022-09-07",
             "end": "2022-09-07", "anchor": "2022-09-08"},
            {"doc_id": "b", "place": "Vladivostok", "country": "Russia", "start": None, "end": None,
             "anchor": "2022-09-09"},
            {"doc_id": "c", "place": "Vladivostok", "country": "Russia", "start": None, "end": None,
             "anchor": "2018-09-12"}])
    led, _ = build_ledger(m)
    assert len(led) == 2
    dated = led[led["dated_by"] == "date"].iloc[0]
    assert dated["doc_ids"] == "a;b"
    # the 2018 report is no mention of the 2022 encounter: a row of its own, bounded by its report
    old = led[led["dated_by"] == "report"].iloc[0]
    assert old["doc_ids"] == "c"
    assert (str(old["start"].date()), str(old["end"].date())) == ("2017-09-12", "2018-09-12")


def test_planned_undated_is_bounded_by_its_announcement():
    m = _m([{"doc_id": "a", "place": "Moscow", "country": "Russia", "start": None, "end": None,
             "anchor": "2023-03-01", "status": "planned"}])
    led, _ = build_ledger(m)
    row = led.iloc[0]
    assert (row["dated_by"], str(row["start"].date()), str(row["end"].date())) == \
        ("report", "2023-03-01", "2024-02-29")


_ROW = st.fixed_dictionaries({
    "doc_id": st.sampled_from(["a", "b", "c"]), "sentence_no": st.integers(0, 5),
    "mode": st.sampled_from(["in_person", "virtual", "phone"]),
    "mode_source": st.sampled_from(["cue", "default", "event"]),
    "status": st.sampled_from(["occurred", "planned", "hypothetical", "cancelled"]),
    "place": st.sampled_from(["", "Moscow", "Beijing"]), "event_id": st.sampled_from(["", "a#1"]),
    "start": st.sampled_from([None, "2022-02-04", "2022-01-01"]),
})


@settings(max_examples=40, deadline=None)
@given(st.lists(_ROW, min_size=1, max_size=8))
def test_every_mention_reaches_exactly_one_row(rows):
    rows = [{**r, "end": {"2022-02-04": "2022-02-04", "2022-01-01": "2022-12-31", None: None}[r["start"]],
             "country": {"Moscow": "Russia", "Beijing": "China", "": ""}[r["place"]]} for r in rows]
    m = _m(rows).drop_duplicates(["doc_id", "sentence_no"])
    led, _ = build_ledger(m)
    keys = [k for e in led["evidence_sentences"] for k in e.split(";")]
    want = {f"{d}:{n}" for d, n, s in zip(m["doc_id"], m["sentence_no"], m["status"]) if s != "hypothetical"}
    assert sorted(keys) == sorted(want)
    assert led["meeting_id"].is_unique


def test_undated_readout_is_dated_by_its_report_and_joins_the_same_visit():
    # a release reporting the day's visit to Tianjin names no date; the Beijing talks are dated
    m = _m([{"doc_id": "a", "event_id": "a#0", "place": "Tianjin", "country": "China", "start": None, "end": None,
             "anchor": "2018-06-08"},
            {"doc_id": "b", "place": "Beijing", "country": "China", "occasion_type": "state_visit",
             "start": "2018-06-08", "end": "2018-06-08", "anchor": "2018-06-08"}])
    led, _ = build_ledger(m)
    assert len(led) == 1 and led["doc_ids"].iloc[0] == "a;b"
    assert str(led["start"].iloc[0].date()) == "2018-06-08"


def test_undated_event_alone_gets_the_days_before_its_report():
    m = _m([{"doc_id": "a", "event_id": "a#0", "start": None, "end": None, "anchor": "2019-04-27"}])
    led, _ = build_ledger(m, event_days=3)
    assert led["dated_by"].iloc[0] == "report"
    assert (str(led["start"].iloc[0].date()), str(led["end"].iloc[0].date())) == ("2019-04-24", "2019-04-27")


def test_undated_planned_joins_the_next_encounter_of_its_occasion_not_another():
    m = _m([{"doc_id": "a", "occasion_type": "BRICS_summit", "status": "planned", "start": None, "end": None,
             "anchor": "2017-07-04"},
            {"doc_id": "b", "occasion_type": "state_visit", "country": "Russia", "start": "2017-07-05",
             "end": "2017-07-05", "anchor": "2017-07-05"},
            {"doc_id": "c", "occasion_type": "BRICS_summit", "place": "Xiamen", "country": "China",
             "start": "2017-09-03", "end": "2017-09-03", "anchor": "2017-09-03"}])
    led, _ = build_ledger(m)
    assert len(led) == 2
    assert led.loc[led["place"] == "Xiamen", "doc_ids"].iloc[0] == "a;c"


def test_yesterdays_meeting_of_the_same_story_extends_the_visit():
    m = _m([{"doc_id": "a", "start": "2017-07-03", "end": "2017-07-03", "anchor": "2017-07-04"},
            {"doc_id": "a", "sentence_no": 1, "place": "Moscow", "country": "Russia", "occasion_type": "state_visit",
             "start": "2017-07-04", "end": "2017-07-04", "anchor": "2017-07-04"}])
    led, _ = build_ledger(m)
    assert len(led) == 1
    assert (str(led["start"].iloc[0].date()), str(led["end"].iloc[0].date())) == ("2017-07-03", "2017-07-04")
