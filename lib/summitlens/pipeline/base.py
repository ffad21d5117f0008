"""What a pipeline step is, the context it runs in, and the checks before it runs."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
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
