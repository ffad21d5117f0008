"""Tests of summitlens.analyse.meetings (ledger, reconciliation, aggregations)."""

from __future__ import annotations

import pandas as pd
import pytest

from summitlens.analyse.meetings import build_ledger, meeting_gaps, meetings_per_year, mode_share, planned_lag


def _m(rows):
    base = {"sentence_no": 0, "is_putin_xi": True, "mode": "in_person", "place": "", "country": "",
            "occasion": "", "occasion_type": "", "confidence": 0.9, "evidence": "e"}
    df = pd.DataFrame([{**base, **r} for r in rows])
    for c in ("start", "end", "anchor"):
        df[c] = pd.to_datetime(df[c])
    df["story_id"] = df.get("story_id", df["doc_id"])
    return df


REF = pd.DataFrame({
    "meeting_no": [39, 40], "start_date": pd.to_datetime(["2022-09-15", "2023-03-20"]),
    "end_date": pd.to_datetime(["2022-09-16", "2023-03-22"]), "city": ["Samarkand", "Moscow"],
    "country": ["Uzbekistan", "Russia"], "occasion_type": ["SCO_summit", "state_visit"],
    "format": ["bilateral_talks", "bilateral_talks"]})


def test_planned_then_occurred_merge_and_match():
    m = _m([
        {"doc_id": "a", "status": "planned", "start": "2022-09-12", "end": "2022-09-18", "country": "Uzbekistan",
         "anchor": "2022-09-07"},
        {"doc_id": "b", "status": "planned", "start": "2022-09-15", "end": "2022-09-16", "place": "Samarkand",
         "country": "Uzbekistan", "occasion": "SCO_summit", "occasion_type": "SCO_summit", "anchor": "2022-09-07"},
        {"doc_id": "c", "status": "occurred", "start": "2022-09-01", "end": "2022-09-30", "anchor": "2023-03-17"},
        {"doc_id": "c", "sentence_no": 5, "status": "planned", "start": "2023-03-20", "end": "2023-03-26",
         "country": "Russia", "anchor": "2023-03-17"},
    ])
    led, cov = build_ledger(m, reference=REF)
    assert len(led) == 2
    sam = led.iloc[0]
    assert (str(sam["start"].date()), sam["place"], sam["status"], sam["n_articles"]) == (
        "2022-09-15", "Samarkand", "occurred", 3)
    assert sam["status_history"].startswith("planned@a@2022-09-07")
    assert int(sam["reference_meeting_no"]) == 39
    assert led.iloc[1]["reference_meeting_no"] == 40
    assert cov["covered"].tolist() == [True, True]


def test_syndicated_copies_count_once_and_virtual_not_in_reference():
    m = _m([
        {"doc_id": "a", "story_id": "s", "status": "virtual", "mode": "virtual", "start": "2021-12-15",
         "end": "2021-12-15", "anchor": "2021-12-15"},
        {"doc_id": "b", "story_id": "s", "status": "virtual", "mode": "virtual", "start": "2021-12-15",
         "end": "2021-12-15", "anchor": "2021-12-15"},
    ])
    led, _ = build_ledger(m, reference=REF)
    assert (led["n_articles"].iloc[0], led["n_stories"].iloc[0]) == (2, 1)
    assert led["reference_match"].iloc[0] == "not_in_reference"


@pytest.mark.parametrize(("a", "b", "n"), [
    ({"place": "Moscow"}, {"place": "Beijing"}, 2),           # incompatible places
    ({"mode": "phone", "status": "phone"}, {}, 2),           # phone call vs in person
    ({"occasion_type": "SCO_summit"}, {"occasion_type": "BRICS_summit"}, 2),
    ({"place": "Moscow"}, {"country": "Russia"}, 1),
])
def test_compatibility(a, b, n):
    base = {"status": "occurred", "start": "2019-06-05", "end": "2019-06-05", "anchor": "2019-06-07"}
    m = _m([{"doc_id": "a", **base, **a}, {"doc_id": "b", **base, **b}])
    m.loc[0, "country"] = m.loc[0, "country"] or ("Russia" if m.loc[0, "place"] == "Moscow" else "")
    led, _ = build_ledger(m)
    assert len(led) == n
    assert (led["reference_match"] == "no_reference").all()


def test_hypothetical_never_and_undated_as_explicit_row():
    m = _m([{"doc_id": "a", "status": "hypothetical", "start": "2019-06-05", "end": "2019-06-05",
             "anchor": "2019-06-07"},
            {"doc_id": "b", "status": "occurred", "start": None, "end": None, "anchor": "2019-06-07"}])
    led, _ = build_ledger(m)
    assert len(led) == 1
    # no mention dates it: bounded by its report (held → within a year before the article)
    assert led["dated_by"].iloc[0] == "report"
    assert (str(led["start"].iloc[0].date()), str(led["end"].iloc[0].date())) == ("2018-06-07", "2019-06-07")
    assert led["evidence_sentences"].iloc[0] == "b:0"
    m.loc[1, "anchor"] = pd.NaT  # no report date either: an explicit undated row
    led, _ = build_ledger(m)
    assert pd.isna(led["start"].iloc[0]) and led["dated_by"].iloc[0] == "none"


def test_aggregations():
    led = pd.DataFrame({"meeting_id": ["x", "y"], "start": pd.to_datetime(["2022-02-04", "2022-09-15"]),
                        "status": ["occurred", "planned"], "mode": ["in_person", "in_person"],
                        "first_planned": pd.to_datetime([None, "2022-09-07"]),
                        "first_occurred": pd.to_datetime(["2022-03-01", None]),
                        "reference_meeting_no": pd.array([38, 39], dtype="Int64")})
    per = meetings_per_year(led, REF)
    assert per.set_index("year").loc[2022, "ledger_in_person"] == 1
    assert meeting_gaps(led["start"])["gap_days"].tolist() == [223]
    assert planned_lag(led)["lead_days"].tolist() == [8]
    share = mode_share(pd.DataFrame({"is_putin_xi": [True, True, False], "mode": ["in_person", "virtual", "phone"],
                                     "status": ["occurred", "virtual", "phone"]}))
    assert share["n"].sum() == 2


def test_ledger_vs_reference_and_summary():
    from summitlens.analyse.meetings import ledger_summary, ledger_vs_reference

    m = _m([{"doc_id": "a", "status": "occurred", "start": "2022-09-15", "end": "2022-09-15", "place": "Samarkand",
             "country": "Uzbekistan", "anchor": "2022-09-16"},
            {"doc_id": "b", "status": "phone", "mode": "phone", "start": "2022-06-15", "end": "2022-06-15",
             "anchor": "2022-06-15"}])
    led, _ = build_ledger(m, reference=REF)
    arts = pd.DataFrame({"doc_id": ["a", "b"], "file": ["a.txt", "b.txt"],
                         "published": pd.to_datetime(["2022-06-15", "2023-04-01"])})
    cmp = ledger_vs_reference(led, REF, arts)
    assert cmp["agreement"].tolist() == ["ledger only", "matched", "reference only"]
    assert cmp.loc[1, "document"] == "a.txt (2022-06-15)" and cmp.loc[1, "sentence_no"] == 0
    assert "1 matched, 1 in the ledger only, 1 in the reference only" in ledger_summary(led, cmp)
    empty, _ = build_ledger(m.iloc[0:0], reference=REF)
    assert ledger_summary(empty) == "This corpus reports no Putin–Xi encounter: the ledger is empty."
    assert ledger_vs_reference(empty, REF, arts.iloc[0:0]).empty
