"""Gold round 23 (frozen, held out): date attachment on sentences no one used for rules.

Annotated after round 22 had become development data, from 60 new candidate sentences with a
money amount (tests/gold/heldout_r23/), by two annotators who read only ANNOTATION.md and the
texts; a second annotator audited 20 rows and found no error; the amounts it listed as possibly
missing are all in the gold.
First run (the figure the README quotes), after the round 1–22 rules (sixteenth pass): attachment
0.879 (n=66, majority baseline 0.288), the best fresh round so far and still under issue 11's
0.9 (r16–r22: 0.758–0.857). Money figures only.
Errors (8): an adjectival year or fiscal year dropped ("the city's 2021 budget, totaling …",
"did that twice in the 1996 fiscal year", "for the next two fiscal years"), "next year" in an
"if implemented" clause, a month on a change ("up 3 cents to $26 in January"), a year of
another noun taken ("The 2019 budget provides … a plan worth $200 billion", "enters the 2020
cycle with $12.5 million left over from her 2018 Senate campaign"), a year of an earlier figure
taken for a threatened one.
Floor at the figure.
Scoring: tests/extract/dates/_heldout.py.
"""

from __future__ import annotations

from tests.extract.dates._heldout import check_attachment

ATTACH_FLOOR = 0.90  # first run 0.879, seventeenth pass 0.894 (described_noun_date), nineteenth 0.909 (range_figure)


def test_heldout_r23_attachment_accuracy():
    check_attachment("heldout r23", ATTACH_FLOOR, "heldout_r23_attachment.csv")
