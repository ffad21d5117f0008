"""What a pipeline step is, and the context it runs in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from summitlens import paths
from summitlens.io.parquet import read_table


@dataclass
class Context:
    """Inputs of a pipeline run: the raw corpus, the output folder, tables built so far."""

    raw_dir: Path
    out_dir: Path
    reference_dir: Path = field(default_factory=lambda: paths.REFERENCE)
    progress: bool = True
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def table(self, name: str) -> pd.DataFrame:
        """A table built earlier in this run, or read from ``out_dir``."""
        if name not in self.tables:
            self.tables[name] = read_table(name, self.out_dir)
        return self.tables[name]


@dataclass(frozen=True)
class Step:
    """One pipeline step: the only writer of its ``outputs``."""

    name: str
    outputs: tuple[str, ...]
    run: Callable[[Context], dict[str, pd.DataFrame]]
    inputs: tuple[str, ...] = ()
