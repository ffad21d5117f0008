"""What a pipeline step is, the context it runs in, and the checks before it runs."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from summitlens import paths
from summitlens.io.parquet import read_table, table_exists


class MissingTableError(KeyError):
    """A step asked for a table that was neither built in this run nor carried over."""

    def __init__(self, name: str, where: str | os.PathLike[str]):
        super().__init__(name)
        self.name = name
        self.where = where

    def __str__(self) -> str:
        return f"table {self.name} was not built in this run and is not in {self.where}"


class StepInputError(RuntimeError):
    """A step's declared input table is missing or out of date (the message names the step to run)."""


class UnknownStepError(ValueError):
    """A step name that the pipeline does not have."""


@dataclass
class Context:
    """Inputs of a pipeline run: the raw corpus, the folder being written, tables built so far.

    ``out_dir`` is the folder tables are read from when not built in this run: during a
    build, the new generation folder (holding the tables carried over from the previous
    generation). ``reads`` records every table name a step asked for, so the build manifest
    knows what each table was derived from.
    """

    raw_dir: Path
    out_dir: Path
    reference_dir: Path = field(default_factory=lambda: paths.REFERENCE)
    progress: bool = True
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    reads: set[str] = field(default_factory=set)
    #: The corrections file of this build (:mod:`summitlens.pipeline.corrections`), or None.
    corrections: pd.DataFrame | None = None
    #: What the steps of this run applied or rejected (entries of ``apply_corrections``).
    corrections_log: list[dict] = field(default_factory=list)
    #: The previous build's ``corrections`` table (for tables carried over), or None.
    carried_log: pd.DataFrame | None = None
    #: Names of the steps of this run.
    steps_run: tuple[str, ...] = ()
    #: Tables carried over from the previous build (not rewritten by this run).
    carried: frozenset[str] = frozenset()

    def table(self, name: str) -> pd.DataFrame:
        """A table built earlier in this run, or read (validated) from ``out_dir`` (one file or a
        folder of parts written by a partitioned build).

        Raises:
            MissingTableError: (a ``KeyError``) neither is available.
        """
        self.reads.add(name)
        if name not in self.tables:
            if not table_exists(name, self.out_dir):
                raise MissingTableError(name, self.out_dir)
            self.tables[name] = read_table(name, self.out_dir)
        return self.tables[name]


def progress_bar(iterable: Iterable | None = None, *, desc: str, total: int | None = None, unit: str = "doc",
                 progress: bool = True):
    """The pipeline's progress bar (tqdm on stderr, redrawn at most twice a second; never
    written into a table): one per step, over documents, batches or partitions.

    Args:
        iterable: What to iterate over (``None``: update the bar by hand).
        desc: Label, the step's name.
        total: Number of items when ``iterable`` has no length.
        unit: Unit shown (``doc``, ``part`` …).
        progress: ``False`` gives a disabled bar (no output at all).

    Returns:
        A ``tqdm`` instance.

    Examples:
        >>> list(progress_bar(range(3), desc="dates", progress=False))
        [0, 1, 2]
    """
    from tqdm import tqdm

    return tqdm(iterable, desc=desc, total=total, unit=unit, disable=not progress, mininterval=0.5,
                file=sys.stderr, dynamic_ncols=True)


def table_timestamp(d) -> pd.Timestamp:
    """A resolved date as the tables store it: a nanosecond timestamp, or ``NaT`` for no date and
    for a date the tables cannot hold (before 1677-09-22 or after 2262-04-11: "since 1321" keeps
    its expression, rule and granularity but no interval).

    Examples:
        >>> from datetime import date
        >>> table_timestamp(date(2014, 5, 20)), table_timestamp(None), table_timestamp(date(1321, 1, 1))
        (Timestamp('2014-05-20 00:00:00'), NaT, NaT)
    """
    if d is None:
        return pd.NaT
    ts = pd.Timestamp(d)
    return ts if _NS_MIN <= ts <= _NS_MAX else pd.NaT


_NS_MIN, _NS_MAX = pd.Timestamp.min.ceil("D"), pd.Timestamp.max.floor("D")


def row_runs(keys: list) -> dict:
    """``key -> (first, last + 1)`` positions of each run of equal keys in a sorted list.

    Examples:
        >>> row_runs(["a", "a", "b"])
        {'a': (0, 2), 'b': (2, 3)}
    """
    out: dict = {}
    start = 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            out[keys[start]] = (start, i)
            start = i
    return out


def split_by_documents(tables: Mapping[str, pd.DataFrame], *, size: int) -> list[dict[str, pd.DataFrame]]:
    """Cut tables keyed by ``doc_id`` into batches of ``size`` whole documents (in ``doc_id``
    order; rows of a document keep their order): the units a step's progress bar counts when
    its extractor works on whole tables. Every row of those extractors depends on its own
    document only (the Dask path relies on it too), so the batches' results concatenated in
    order equal one call on the whole tables.

    Args:
        tables: Tables with a ``doc_id`` column; the first one's documents define the batches
            (a document only in another table goes with the batch its key sorts into).
        size: Documents per batch.

    Returns:
        One ``{name: rows of the batch's documents}`` per batch (one batch of everything when
        the first table is empty).

    Examples:
        >>> a = pd.DataFrame({"doc_id": ["c", "a", "b"]})
        >>> s = pd.DataFrame({"doc_id": ["a", "c", "a"], "n": [1, 2, 3]})
        >>> [(b["articles"]["doc_id"].tolist(), b["sentences"]["n"].tolist())
        ...  for b in split_by_documents({"articles": a, "sentences": s}, size=2)]
        [(['a', 'b'], [1, 3]), (['c'], [2])]
    """
    import numpy as np

    first = next(iter(tables.values()))
    ids = sorted(set(first["doc_id"].tolist()))
    if not ids:
        return [dict(tables)]
    ordered = {}
    for name, df in tables.items():
        df = df.sort_values("doc_id", kind="mergesort") if len(df) else df
        ordered[name] = (df, np.asarray(df["doc_id"].tolist(), dtype=object))
    batches = []
    starts = list(range(0, len(ids), size))
    for k, i in enumerate(starts):
        batch = {}
        for name, (df, keys) in ordered.items():
            # batch k holds every row from its first document up to the next batch's first one
            # (rows of documents missing from the first table are kept, in their place)
            lo = 0 if k == 0 else int(np.searchsorted(keys, ids[i], side="left"))
            hi = len(keys) if k == len(starts) - 1 else int(np.searchsorted(keys, ids[starts[k + 1]], side="left"))
            batch[name] = df.iloc[lo:hi]
        batches.append(batch)
    return batches


def map_documents(fn: Callable[..., Any], tables: Mapping[str, pd.DataFrame], *, size: int, desc: str,
                  progress: bool = False, **options) -> list:
    """``fn(**batch, **options)`` on batches of ``size`` whole documents
    (:func:`split_by_documents`, in ``doc_id`` order), with a progress bar over documents:
    for extractors that take whole tables and whose rows depend on their own document only.

    Returns:
        The results, one per batch, in order (see :func:`concat_in_order`).

    Examples:
        >>> a = pd.DataFrame({"doc_id": ["b", "a", "c"]})
        >>> map_documents(lambda articles, k: articles["doc_id"].tolist() + [k], {"articles": a}, size=2,
        ...               desc="x", k=0)
        [['a', 'b', 0], ['c', 0]]
    """
    first = next(iter(tables))
    out = []
    batches = split_by_documents(tables, size=size)
    with progress_bar(desc=desc, total=tables[first]["doc_id"].nunique(), progress=progress) as bar:
        for batch in batches:
            out.append(fn(**batch, **options))
            bar.update(batch[first]["doc_id"].nunique())
    return out


def concat_in_order(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Batch results concatenated in order with a fresh index (empty batches are skipped, so
    their untyped columns never change a dtype; all empty: the first frame).

    Examples:
        >>> concat_in_order([pd.DataFrame({"x": [1]}), pd.DataFrame({"x": []}), pd.DataFrame({"x": [2]})])["x"].tolist()
        [1, 2]
    """
    nonempty = [f for f in frames if len(f)]
    if not nonempty:
        return frames[0].reset_index(drop=True)
    return pd.concat(nonempty, ignore_index=True)


@dataclass(frozen=True)
class Step:
    """One pipeline step: the only writer of its ``outputs``; ``inputs`` are checked before it runs."""

    name: str
    outputs: tuple[str, ...]
    run: Callable[[Context], dict[str, pd.DataFrame]]
    inputs: tuple[str, ...] = ()


def select_steps(steps: Iterable[Step], names: Iterable[str] | None) -> list[Step]:
    """The steps to run, in pipeline order; ``None`` means all.

    Raises:
        UnknownStepError: A name is not a step (the message lists the valid ones).

    Examples:
        >>> s = [Step("a", ("x",), dict), Step("b", ("y",), dict, ("x",))]
        >>> [t.name for t in select_steps(s, ["b", "a"])]
        ['a', 'b']
        >>> select_steps(s, ["c"])
        Traceback (most recent call last):
        ...
        summitlens.pipeline.base.UnknownStepError: unknown step 'c'; valid steps: a, b
    """
    steps = list(steps)
    if names is None:
        return steps
    wanted = list(names)
    valid = [s.name for s in steps]
    unknown = [n for n in wanted if n not in valid]
    if unknown:
        raise UnknownStepError(f"unknown step {', '.join(repr(n) for n in unknown)}; "
                               f"valid steps: {', '.join(valid)}")
    return [s for s in steps if s.name in wanted]


def plan_inputs(
    steps: Iterable[Step],
    run: Iterable[str],
    base: Mapping[str, Iterable[str]],
) -> tuple[list[str], list[str]]:
    """Which tables of the previous generation to carry over, and check every declared input.

    A table of the previous generation is carried over unless a step of this run rewrites
    it, or it was derived (directly or not) from a table this run rewrites: then it is
    *stale* and dropped. Every input a running step declares must be written earlier in
    this run or carried over.

    Args:
        steps: All pipeline steps, in order.
        run: Names of the steps this build runs.
        base: Tables of the previous generation -> the tables each was derived from.

    Returns:
        ``(carried, stale)`` table names, sorted.

    Raises:
        StepInputError: A declared input is missing or stale; the message names the step to run.

    Examples:
        >>> s = [Step("corpus", ("articles",), dict), Step("dates", ("dates",), dict, ("articles",)),
        ...      Step("trade", ("money",), dict, ("articles", "dates"))]
        >>> plan_inputs(s, ["trade"], {"articles": [], "dates": ["articles"], "money": ["dates"]})
        (['articles', 'dates'], [])
        >>> plan_inputs(s, ["corpus"], {"articles": [], "dates": ["articles"], "money": ["dates"]})
        ([], ['dates', 'money'])
        >>> plan_inputs(s, ["trade"], {"articles": []})
        Traceback (most recent call last):
        ...
        summitlens.pipeline.base.StepInputError: step trade needs table dates: run `build --step dates` first
    """
    steps = list(steps)
    run = set(run)
    produced_by = {o: s.name for s in steps for o in s.outputs}
    rewritten = {o for s in steps if s.name in run for o in s.outputs}
    stale: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, inputs in base.items():
            if name not in rewritten and name not in stale and any(i in rewritten or i in stale for i in inputs):
                stale.add(name)
                changed = True
    carried = {n for n in base if n not in rewritten and n not in stale}
    have = set(carried)
    for step in steps:
        if step.name not in run:
            continue
        for name in step.inputs:
            if name in have:
                continue
            producer = produced_by.get(name)
            if producer is None:
                raise StepInputError(f"step {step.name} needs table {name}, which no step produces")
            if name in stale:
                raise StepInputError(f"step {step.name} needs table {name}, which is out of date because "
                                     f"its inputs are rebuilt in this run: add `--step {producer}`")
            if producer in run:
                raise StepInputError(f"step {step.name} needs table {name} from step {producer}, which runs later")
            raise StepInputError(f"step {step.name} needs table {name}: run `build --step {producer}` first")
        have |= set(step.outputs)
    return sorted(carried), sorted(stale)


def exit_with_parent(parent_pid: int | None = None, *, poll_seconds: float = 1.0) -> None:
    """Make the calling (worker) process exit when its parent, or ``parent_pid``, dies.

    Use it as a process pool's initializer so a killed build leaves no orphan workers::

        ProcessPoolExecutor(max_workers=n, mp_context=ctx,
                            initializer=exit_with_parent, initargs=(os.getpid(),))

    On Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` makes the kernel kill the worker when the
    process that forked it dies (with ``forkserver`` that is the fork server, which exits
    when the build process dies). On every platform a daemon thread also checks every
    ``poll_seconds`` whether the parent changed or ``parent_pid`` is gone, and exits then.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    ppid = os.getppid()

    def gone() -> bool:
        if os.getppid() != ppid:
            return True
        if parent_pid is not None:
            try:
                os.kill(parent_pid, 0)
            except ProcessLookupError:
                return True
            except PermissionError:
                return False
        return False

    if gone():  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(poll_seconds)
            if gone():
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
