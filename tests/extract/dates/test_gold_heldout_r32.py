"""Gold round 32 (frozen, held out): date attachment on sentences no one used for rules.

Annotated after round 31 had become development data, from 45 new candidate sentences with two
or more date expressions and a money amount (tests/gold/heldout_r32/), by two annotators who read
only ANNOTATION.md and the texts; a second annotator audited 19 rows and disputed 1 (kept).
First run (the figure the README quotes), after the round 1–31 rules (attachment pass three,
commit 0984a1e): attachment 0.822 (n=45, majority baseline 0.244), under issue 11's 0.9
(r29–r31: 0.841, 0.642, 0.809). Money figures only.
Errors (8): an event's name taken as a date ("Super Tuesday money race"); the date of another
act or noun taken ("terminated in May 2009" of the swaps, "in 1916" of the tax's introduction);
a figure's own date missed ("a two-year budget deal passed last week … raised … $300 billion",
"last year" of sales, a pledge "on Tuesday", "in the four years from 2011-2014" of a credit, and
a difference dated by its baseline "than in 2017").
Floor at the figure.
Scoring: tests/extract/dates/_heldout.py.
"""

from __future__ import annotations

from tests.extract.dates._heldout import check_attachment

ATTACH_FLOOR = 0.86  # first run 0.822; dates pass twenty-five 0.867 (difference_than)


def test_heldout_r32_attachment_accuracy():
    check_attachment("heldout r32", ATTACH_FLOOR, "heldout_r32_attachment.csv")
