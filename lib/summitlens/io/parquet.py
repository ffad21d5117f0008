"""Validated, atomic, byte-reproducible Parquet tables.

A table is validated against its registered schema when written and when read; rows are
sorted by the table's keys; the file is written to a temporary name in the same folder
and renamed into place, so a crash never leaves a half-written table.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from summitlens.schemas import TABLES


def _spec(name: str):
    try:
        return TABLES[name]
    except KeyError:
        raise KeyError(f"no schema registered for table {name!r}") from None


def validate(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Validate ``df`` against table ``name``'s schema (coercing dtypes), columns in order.

    Args:
        df: The table.
        name: Registered table name.

    Returns:
        The validated (coerced) table.
    """
    spec = _spec(name)
    df = df.reindex(columns=list(spec.column_order)) if set(spec.column_order) <= set(df.columns) else df
    return spec.schema.validate(df, lazy=True)


def _to_arrow(df: pd.DataFrame) -> pa.Table:
    table = pa.Table.from_pandas(df, preserve_index=False)
    # Drop pandas metadata (it records library versions) so files are byte-stable.
    return table.replace_schema_metadata(None)


def write_table(df: pd.DataFrame, name: str, out_dir: str | os.PathLike[str]) -> Path:
    """Validate, sort by keys and atomically write ``<out_dir>/<name>.parquet``.

    Args:
        df: The table.
        name: Registered table name.
        out_dir: Destination folder (created if missing).

    Returns:
        The path written.
    """
    spec = _spec(name)
    df = validate(df, name)
    if len(df):
        df = df.sort_values(list(spec.keys), kind="mergesort").reset_index(drop=True)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{name}.parquet"
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
    os.close(fd)
    try:
        pq.write_table(_to_arrow(df), tmp, compression="zstd", write_statistics=False,
                       use_dictionary=True, store_schema=False)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def read_table(name: str, in_dir: str | os.PathLike[str]) -> pd.DataFrame:
    """Read and validate ``<in_dir>/<name>.parquet``.

    Args:
        name: Registered table name.
        in_dir: Folder holding the table.

    Returns:
        The validated table.
    """
    df = pq.read_table(Path(in_dir) / f"{name}.parquet").to_pandas()
    return validate(df, name)


def empty_table(name: str) -> pd.DataFrame:
    """An empty DataFrame with the columns of table ``name`` (validates as such).

    Examples:
        >>> list(empty_table("quarantine").columns)
        ['file', 'reason', 'detail', 'n_bytes']
    """
    spec = _spec(name)
    return validate(pd.DataFrame({c: pd.Series(dtype="object") for c in spec.column_order}), name)
