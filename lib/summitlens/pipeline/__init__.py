"""The pipeline: ordered steps, each the only writer of its tables.

``corpus`` → articles, paragraphs, sentences, boilerplate, quarantine
``dates`` (when present) → temporal_expressions, document_dates
``meetings`` → meeting_mentions, meetings, … (and the date tables until ``dates`` exists)
``framing`` → frame_terms, frame_scores
``trade`` → money_mentions, trade_check
``corrections`` (always run) → corrections: every line of the corrections file, applied by
the step that writes its table or rejected (:mod:`summitlens.pipeline.corrections`)

A build is a transaction (:mod:`summitlens.io.generation`): it writes every table into a
fresh generation folder of the output, then records a build manifest and switches the
output's ``CURRENT`` pointer. A build of some steps only (``steps=["trade"]``) starts from
the current generation's tables, replaces those of the steps it runs and drops the tables
derived from them (they would be stale). Each step's declared inputs are checked before
anything runs.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import time
from dataclasses import dataclass
from pathlib import Path

from summitlens import paths
from summitlens.io.generation import DEFAULT_LOCK_TIMEOUT, link_or_copy, open_generation
from summitlens.io.parquet import file_digest, store_table, table_path
from summitlens.pipeline.base import (
    Context,
    MissingTableError,
    Step,
    StepInputError,
    UnknownStepError,
    plan_inputs,
    select_steps,
)

__all__ = ["Context", "Step", "STEPS", "STEP_NAMES", "build", "BuildSummary", "StepInputError",
           "UnknownStepError", "UnsafeOutputError", "code_version", "check_output"]

_STEP_MODULES = ("corpus", "dates", "meetings", "framing", "trade", "corrections")


def _steps() -> list[Step]:
    steps = []
    for name in _STEP_MODULES:
        module = f"summitlens.pipeline.{name}"
        if importlib.util.find_spec(module) is None:
            continue
        step = getattr(importlib.import_module(module), "STEP", None)
        if step is not None:
            steps.append(step)
    return steps


STEPS = _steps()
STEP_NAMES = tuple(s.name for s in STEPS)


class UnsafeOutputError(ValueError):
    """The output folder would overlap the corpus folder."""


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
    generation: str = ""
    dropped: tuple[str, ...] = ()
    n_manifest_issues: int = 0
    n_partitions: int = 0

    def line(self) -> str:
        """One-line summary (the only place wall-clock time appears; never in tables)."""
        text = (f"read {self.n_read} documents: kept {self.n_kept}, quarantined "
                f"{self.n_quarantined} ({self.n_duplicates} duplicates), {self.n_stories} stories; "
                f"{len(self.tables)} tables in {self.seconds:.1f} s")
        if self.n_manifest_issues:
            text += f"; {self.n_manifest_issues} manifest issues (see table manifest_issues)"
        if self.n_partitions:
            text += f" on Dask, {self.n_partitions} partitions"
        if self.generation:
            text += f" (generation {self.generation})"
        if self.dropped:
            text += f"; dropped out-of-date tables {', '.join(self.dropped)}"
        return text


def code_version() -> dict[str, str]:
    """Package version and git commit of the code doing a build (for the build manifest)."""
    from summitlens import __version__
    from summitlens.provenance import git_commit

    return {"summitlens": __version__, "git_commit": git_commit()}


def check_output(raw: str | os.PathLike[str], out: str | os.PathLike[str]) -> None:
    """Refuse an output folder equal to or inside the corpus (or a corpus inside the output's
    generations), where a build could overwrite or delete raw files.

    Raises:
        UnsafeOutputError: With the reason.

    Examples:
        >>> check_output("/data/raw", "/data/processed")
        >>> check_output("/data/raw", "/data/raw/out")
        Traceback (most recent call last):
        ...
        summitlens.pipeline.UnsafeOutputError: output folder /data/raw/out is inside the corpus folder /data/raw; choose an output outside it
    """
    if paths.is_within(out, raw):
        where = "the" if Path(out).resolve() == Path(raw).resolve() else "inside the"
        raise UnsafeOutputError(f"output folder {out} is {where} corpus folder {raw}; choose an output outside it")
    if paths.is_within(raw, paths.generations_dir(out)):
        raise UnsafeOutputError(f"corpus folder {raw} is inside the build folder {paths.generations_dir(out)}")


def build(
    raw_dir: str | os.PathLike[str] = paths.RAW,
    out_dir: str | os.PathLike[str] | None = None,
    *,
    steps: list[str] | None = None,
    reference_dir: str | os.PathLike[str] = paths.REFERENCE,
    progress: bool = True,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    corrections: str | os.PathLike[str] | None = None,
) -> BuildSummary:
    """Run the pipeline on a corpus folder and publish its tables as one new generation.

    Args:
        raw_dir: Corpus folder (``.txt`` files, optional ``manifest.csv``).
        out_dir: Output folder; default :func:`summitlens.paths.processed_dir`.
        steps: Names of steps to run (default all, in order). The others' tables are carried
            over from the current generation unless derived from a table rebuilt here.
        reference_dir: Folder of the reference tables.
        progress: Show tqdm progress bars.
        lock_timeout: Seconds to wait for another build into the same output (0: fail at once).
        corrections: A corrections CSV (``row_id, table, field, value, reason``); default
            ``<corpus folder>/corrections.csv`` when present. Its path and SHA-256 are an
            input of the build (``build.json`` ``inputs``).

    Returns:
        A :class:`BuildSummary`.

    Raises:
        FileNotFoundError: The corpus folder does not exist.
        UnsafeOutputError: The output is the corpus folder or inside it.
        UnknownStepError: A name in ``steps`` is not a step.
        StepInputError: A step's input table is missing or out of date (names the step to run).
        summitlens.io.generation.BuildLockedError: Another build holds the output's lock.
        summitlens.pipeline.corrections.CorrectionsFileError: The corrections file is
            missing (when given) or unreadable.
    """
    from summitlens.pipeline import corrections as fixes
    from summitlens.provenance import corpus_fingerprint

    t0 = time.perf_counter()
    from summitlens.io.formats import protected_dirs

    raw = paths.resolve_corpus(raw_dir)
    if not raw.exists():
        raise FileNotFoundError(f"corpus folder not found: {raw}")
    out = Path(out_dir) if out_dir is not None else paths.processed_dir(raw)
    for data_dir in [raw] if raw.is_dir() else protected_dirs(raw):  # a data file's or YAML's data folder
        check_output(data_dir, out)
    if steps is not None and "corrections" in STEP_NAMES:
        steps = list(steps) + ["corrections"]  # the log of corrections is rewritten by every build
    to_run = select_steps(STEPS, steps)
    run_names = [s.name for s in to_run]
    partial = steps is not None and set(run_names) != set(STEP_NAMES)
    corr_table, declared = fixes.load_input(raw, corrections)
    version = code_version()
    with open_generation(out, lock_timeout=lock_timeout) as gen:
        fingerprint = corpus_fingerprint(raw)
        base_tables: dict[str, dict] = {}
        foreign = ""  # why the current generation cannot be built upon
        if partial and gen.base is not None:
            m = gen.base.manifest
            if m.get("kind", "tables") != "tables" or m.get("corpus") != str(raw):
                foreign = (f"the current tables in {out} were built from {m.get('corpus')}, not {raw}: "
                           "run a full build (without --step)")
            elif "corpus" not in run_names and m.get("corpus_fingerprint") != fingerprint:
                raise StepInputError(f"the corpus {raw} changed since the current tables in {out} were "
                                     "built: run a full build (without --step)")
            else:
                fixes.check_partial(m, declared)
                base_tables = dict(gen.base.tables)
        try:
            carried, stale = plan_inputs(STEPS, run_names,
                                         {n: t.get("inputs", []) for n, t in base_tables.items()})
        except StepInputError as exc:
            raise StepInputError(foreign or str(exc)) from None
        entries: dict[str, dict] = {}
        for name in carried:
            carry_table(name, base_tables[name], gen.base.dir, gen.dir)
            entries[name] = base_tables[name]
        ctx = Context(raw_dir=raw, out_dir=gen.dir, reference_dir=Path(reference_dir), progress=progress,
                      corrections=corr_table, steps_run=tuple(run_names), carried=frozenset(carried))
        if partial and base_tables.get("corrections") is not None:
            from summitlens.io.parquet import read_table

            ctx.carried_log = read_table("corrections", gen.base.dir)
        written: list[str] = []
        for step in to_run:
            ctx.reads = set()
            tables = step.run(ctx)
            missing = set(step.outputs) - set(tables)
            if missing:
                raise RuntimeError(f"step {step.name} did not produce {sorted(missing)}")
            reads = sorted(ctx.reads - set(step.outputs))
            for name in step.outputs:
                ctx.tables[name] = store_table(tables[name], name, gen.dir)
                entries[name] = {"step": step.name, "rows": len(ctx.tables[name]),
                                 "sha256": file_digest(table_path(name, gen.dir)),
                                 "inputs": reads, "generation": gen.id, "code_version": version}
                written.append(name)
        gen.commit({
            "kind": "tables",
            "corpus": str(raw),
            "corpus_fingerprint": fingerprint,
            "code_version": version,
            "steps_run": run_names,
            "inputs": {"corrections": declared},
            "tables": entries,
        })
    arts, quar = _optional_table(ctx, "articles"), _optional_table(ctx, "quarantine")
    issues = _optional_table(ctx, "manifest_issues")
    return BuildSummary(
        n_read=(len(arts) if arts is not None else 0) + (len(quar) if quar is not None else 0),
        n_kept=len(arts) if arts is not None else 0,
        n_quarantined=len(quar) if quar is not None else 0,
        n_duplicates=int((quar["reason"] == "duplicate").sum()) if quar is not None else 0,
        n_stories=int(arts["story_id"].nunique()) if arts is not None else 0,
        seconds=time.perf_counter() - t0,
        tables=tuple(written),
        generation=gen.id,
        dropped=tuple(stale),
        n_manifest_issues=len(issues) if issues is not None else 0,
    )


def carry_table(name: str, entry: dict, src_dir: Path, dst_dir: Path) -> None:
    """Hard-link (or copy) table ``name`` of a published generation into a new one, whether it
    is one file or a folder of parts (``entry["parts"]``: written by a partitioned build)."""
    from summitlens.io.parquet import parts_dir

    if entry.get("parts") is not None:
        parts_dir(name, dst_dir).mkdir(parents=True, exist_ok=True)
        for part in sorted(entry["parts"]):
            link_or_copy(parts_dir(name, src_dir) / part, parts_dir(name, dst_dir) / part)
    else:
        link_or_copy(table_path(name, src_dir), table_path(name, dst_dir))


def _optional_table(ctx: Context, name: str):
    try:
        return ctx.table(name)
    except MissingTableError:
        return None
