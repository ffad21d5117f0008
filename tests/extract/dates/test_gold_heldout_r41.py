"""Date attachment against the frozen held-out gold, round 41 (tests/gold/dates/heldout_r41_attachment.csv).

Annotated while the passes of the session of 2026-12-03 (third) were in their worktrees (branched
before this draw), on 36 AllSides sentences with a money amount and two or more date cues of the
wider list (tests/gold/heldout_r41/), by an annotator who read only ANNOTATION.md and the texts; a
second annotator audited every row and skipped item (0 of 49 disputed).

First run (the figure the README quotes), after the round 1-40 rules and dates pass ten
(scope_stops_at_relative on): attachment 0.933 (n=45, majority baseline 0.689: 31 figures have no
date) — over issue 11's 0.9 for the first time on a fresh round (r37-r40 first runs: 0.704, 0.844,
0.784, 0.860). Money figures only. Errors (3): "the $3.5 million already pledged to another …
candidate" given the fronted "over the summer" of the clause's support announcement (gold: none);
"Today the Department of Commerce spends $9 billion a year" given "Today" (gold: none, "today" read
as nowadays); "for $385 … two years earlier" left unattached (gold: "two years earlier", counted from
the 2015 plea, an open call of the auditor).

Floor at the figure.
Scoring: tests/extract/dates/_heldout.py.
"""

from __future__ import annotations

from tests.extract.dates._heldout import check_attachment

ATTACH_FLOOR = 0.95  # first run 0.933; dates pass thirteen 0.956 (generic_present)


def test_heldout_r41_attachment_accuracy():
    check_attachment("heldout r41", ATTACH_FLOOR, "heldout_r41_attachment.csv")
