"""Date attachment against the frozen held-out gold, round 46 (tests/gold/dates/heldout_r46_attachment.csv).

A draw of the session of 2026-12-03 (fifth) (tests/gold/heldout_r46/): 40 AllSides sentences with a money
amount and two or more date cues of the wider list, by an annotator who read only ANNOTATION.md and the texts;
a second annotator audited every row and skipped item (0 of 45 disputed, one missing row upheld). Frozen while
the session's passes ran, before their merge.

First run (the figure the README quotes), on the code after the merge: attachment 0.783 (n=46, majority
baseline 0.543) — under issue 11's 0.9. Errors (10): a rate over "the next half decade" left undated; "today's
price" given to the sums computed from it; the years of an income bracket ("in 2013" after the clause) not
reached; a release date "on June 25" given to the loss of the quarter it reports; "last year" of an estimate
given to its figures; a fund's size given "over the past year"; "this fall" given to "all those millions".
Money figures only.

Floor at the figure.
"""

from __future__ import annotations

from tests.extract.dates._heldout import check_attachment

ATTACH_FLOOR = 0.82  # first run 0.783; dates pass twenty-five 0.826 (report_noun_date)


def test_heldout_r46_attachment_accuracy():
    check_attachment("heldout r46", ATTACH_FLOOR, "heldout_r46_attachment.csv")
