"""Gold round 25 (frozen, held out): date attachment on sentences no one used for rules.

Annotated after round 24 had become development data, from 45 new candidate sentences with a
money amount (tests/gold/heldout_r25/), by two annotators who read only ANNOTATION.md and the
texts; a second annotator audited 26 rows and found no error and no missing amount.
First run (the figure the README quotes), after the round 1–24 rules (nineteenth pass, commit
3865a00): attachment 0.821 (n=39, majority baseline 0.359), under issue 11's 0.9 (r21–r24:
0.675–0.879). Money figures only.
Errors (7): the date of another act in the sentence taken (a founding "in 1992", an interview
"Tuesday", a lawsuit "in 2014", a promise "on Wednesday" instead of the vote "Friday"), a
deadline of another figure ("by October 2020" for a salary), a vote's "on Jan. 15" and "for the
coming year" not attached.
Floor at the figure.
Scoring: tests/extract/dates/_heldout.py.
"""

from __future__ import annotations

from tests.extract.dates._heldout import check_attachment

ATTACH_FLOOR = 0.82  # first run 0.821


def test_heldout_r25_attachment_accuracy():
    check_attachment("heldout r25", ATTACH_FLOOR, "heldout_r25_attachment.csv")
