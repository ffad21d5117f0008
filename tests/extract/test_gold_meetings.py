"""Quality of the meetings step against hand-written gold (tests/gold/meetings/).

Thresholds (issue 4): temporal interval accuracy >= 0.85; Putin–Xi meeting-mention
precision >= 0.85 and recall >= 0.8; status, interval and place accuracy over the found
mentions, each gated against the majority-class baseline (tests/quality.py). This gold is
development data (written while the rules were written): the figures are optimistic.
"""

from __future__ import annotations

import pytest

from tests.extract._gold_meetings import load_gold, score_meetings, score_temporal
from tests.quality import gate_accuracy


@pytest.fixture(scope="module")
def tables(seed_tables, rcn_tables):
    return [seed_tables, rcn_tables]


def test_gold_size():
    t, m = load_gold("temporal"), load_gold("meeting_mentions")
    files = set(t["file"]) | set(m["file"])
    assert len(t) >= 80 and len(m) >= 30
    assert sum(not f.startswith(("00",)) for f in files) >= 15


def test_temporal_interval_accuracy(tables):
    s = score_temporal(tables, load_gold("temporal"))
    print(f"\ntemporal: n={s['n']} interval accuracy={s['accuracy']:.3f} found={s['found']:.3f}")
    bad = s["rows"][~s["rows"]["correct"]]
    if len(bad):
        print(bad.to_string())
    gate_accuracy("temporal interval (dev)", list(s["rows"]["gold_interval"]), list(s["rows"]["pred_interval"]), 0.85)


#: The dev gold (issue 4) has no headline or anaphora rows ("Russian-Chinese talks", "The talks
#: focused on …"), which ANNOTATION.md counts as mentions and the extractor now finds (issue 12):
#: precision leaves those out here; tests/extract/test_gold_meetings_heldout_r1.py scores them.
SKIP_LINKS = ("headline", "anaphora")


def test_meeting_mentions(tables):
    all_rows = score_meetings(tables, load_gold("meeting_mentions"))
    print(f"\nmeeting mentions, headline and anaphora rows included: precision={all_rows['precision']:.3f}")
    s = score_meetings(tables, load_gold("meeting_mentions"), skip_links=SKIP_LINKS)
    print(f"\nmeeting mentions: gold={s['n_gold']} predicted={s['n_pred']} precision={s['precision']:.3f} "
          f"recall={s['recall']:.3f} status accuracy={s['status_accuracy']:.3f} "
          f"interval accuracy={s['interval_accuracy']:.3f} place accuracy={s['place_accuracy']:.3f}")
    assert s["precision"] >= 0.85
    assert s["recall"] >= 0.8


#: Accuracy floors over the found Putin–Xi mentions (each beats its majority baseline by 0.1).
FIELD_MIN = {"status": 0.85, "interval": 0.85, "place": 0.85}


@pytest.mark.parametrize("field", sorted(FIELD_MIN))
def test_meeting_field_accuracy(tables, field):
    pairs = score_meetings(tables, load_gold("meeting_mentions"))["labels"][field]
    gate_accuracy(f"meeting {field} (dev)", [g for g, _ in pairs], [p for _, p in pairs], FIELD_MIN[field])


def test_seeds_mention_six_distinct_encounters(seed_tables):
    led = seed_tables.meetings
    assert (led["reference_match"] == "matched").sum() >= 4
    assert len(led) >= 6
    assert (led["mode"] == "virtual").any()
    assert (led["status_history"].str.contains("planned@")).any()
