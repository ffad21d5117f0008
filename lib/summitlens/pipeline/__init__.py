"""The pipeline: ordered steps, each the only writer of its tables.

``corpus`` → articles, paragraphs, sentences, boilerplate, quarantine
``meetings`` → temporal_expressions, meeting_mentions, meetings, …
``framing`` → frame_terms, frame_scores
``trade`` → money_mentions, trade_check
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from summitlens import paths
from summitlens.io.parquet import write_table
from summitlens.pipeline.base import Context, Step

__all__ = ["Context", "Step", "STEPS", "build", "BuildSummary"]


def _steps() -> list[Step]:
    from summitlens.pipeline import corpus, framing, meetings, trade

    return [s for s in (corpus.STEP, meetings.STEP, framing.STEP, trade.STEP) if s is not None]


STEPS = _steps()


@dataclass(frozen=True)
class BuildSummary:
    """Counts of one build, for the CLI's one-line summary."""

    n_read: int
    n_kept: int
    n_quarantined: int
    n_duplicates: int
    n_stories: int
    seconds: float
    tables: tuple[str, ...]

    def line(self) -> str:
        """One-line summary (the only place wall-clock time appears; never in tables)."""
        return (f"read {self.n_read} documents: kept {self.n_kept}, quarantined "
                f"{self.n_quarantined} ({self.n_duplicates} duplicates), {self.n_stories} stories; "
                f"{len(self.tables)} tables in {self.seconds:.1f} s")


def build(
    raw_dir: str | os.PathLike[str] = paths.RAW,
    out_dir: str | os.PathLike[str] | None = None,
    *,
    steps: list[str] | None = None,
    reference_dir: str | os.PathLike[str] = paths.REFERENCE,
    progress: bool = True,
) -> BuildSummary:
    """Run the pipeline on a corpus folder and write every table atomically.

    Args:
        raw_dir: Corpus folder (``.txt`` files, optional ``manifest.csv``).
        out_dir: Output folder; default :func:`summitlens.paths.processed_dir`.
        steps: Names of steps to run (default all, in order).
        reference_dir: Folder of the reference tables.
        progress: Show tqdm progress bars.

    Returns:
        A :class:`BuildSummary`.
    """
    t0 = time.perf_counter()
    raw = Path(raw_dir)
    out = Path(out_dir) if out_dir is not None else paths.processed_dir(raw)
    ctx = Context(raw_dir=raw, out_dir=out, reference_dir=Path(reference_dir), progress=progress)
    written: list[str] = []
    for step in STEPS:
        if steps is not None and step.name not in steps:
            continue
        tables = step.run(ctx)
        missing = set(step.outputs) - set(tables)
        if missing:
            raise RuntimeError(f"step {step.name} did not produce {sorted(missing)}")
        for name in step.outputs:
            write_table(tables[name], name, out)
            ctx.tables[name] = tables[name]
            written.append(name)
    arts = ctx.table("articles")
    quar = ctx.table("quarantine")
    return BuildSummary(
        n_read=len(arts) + len(quar),
        n_kept=len(arts),
        n_quarantined=len(quar),
        n_duplicates=int((quar["reason"] == "duplicate").sum()),
        n_stories=int(arts["story_id"].nunique()),
        seconds=time.perf_counter() - t0,
        tables=tuple(written),
    )
