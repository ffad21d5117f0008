"""Schema of the ``corrections`` table: every hand correction a build was given, applied or not.

A corrections file (CSV: ``row_id, table, field, value, reason``) names a row by its table's
keys joined with ``:`` in key order (see :func:`summitlens.pipeline.corrections.row_id`):
``meetings`` ``meeting_id``; ``meeting_mentions`` ``doc_id:sentence_no:cue_start``;
``frame_terms`` and ``temporal_expressions`` ``doc_id:char_start``; ``money_mentions`` and
``trade_check`` ``doc_id:char_start:char_end``; ``frame_scores`` ``doc_id:category:voice``;
``document_dates`` ``doc_id``; ``meeting_coverage`` ``meeting_no``.
"""

from __future__ import annotations

import pandera.pandas as pa

from summitlens.schemas.registry import NONNEG, col, register

STATUSES = ["applied", "rejected"]

CORRECTIONS = register(
    "corrections",
    {
        "line_no": col("int64", "Row of the corrections file (1 = first row after the header).", checks=NONNEG),
        "row_id": col("str", "Row corrected: its table's keys joined with `:` in key order "
                      "(e.g. meeting_mentions `doc_id:sentence_no:cue_start`, meetings `meeting_id`)."),
        "table": col("str", "Table corrected."),
        "field": col("str", "Column corrected."),
        "value": col("str", "New value as written in the file (empty: missing, for a nullable column)."),
        "previous": col("str", "Value before the correction, as text (empty when rejected)."),
        "reason": col("str", "Why the value was corrected (from the file)."),
        "status": col("str", "`applied` or `rejected`.", checks=pa.Check.isin(STATUSES)),
        "detail": col("str", "Why a correction was rejected (`unknown table`, `unknown row`, `unknown field`, "
                      "`key field`, `bad value …`, `duplicate`); empty when applied."),
        "step": col("str", "Pipeline step that wrote (and corrected) the table; empty for an unknown table."),
    },
    keys=("line_no",),
    step="corrections",
    description="Hand corrections from the corpus's corrections file (`--corrections`, default "
                "`<corpus>/corrections.csv`), each applied right after the step that writes its table "
                "computes it (mentions before the ledger and the trade check derived from them), or "
                "rejected with the reason.",
)
