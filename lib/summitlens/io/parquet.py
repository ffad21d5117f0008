"""Validated, atomic, byte-reproducible Parquet tables.

A table is validated against its registered schema when written and when read; rows are
sorted by the table's keys; the file is written to a temporary name in the same folder
and renamed into place (mode 0644), so a crash never leaves a half-written table.
:func:`store_table` returns the frame exactly as validated and written, so later pipeline
steps read what the files hold, not the raw in-memory frame.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from summitlens.io.atomic import write_atomic
from summitlens.schemas import TABLES


class TableDigestError(ValueError):
    """A table file's bytes do not match the digest its build manifest recorded."""


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


def prepare_table(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Validate ``df`` against table ``name``'s schema and sort it by the table's keys.

    Args:
        df: The table.
        name: Registered table name.

    Returns:
        The validated, sorted frame with a fresh 0..n-1 index (what :func:`write_table` writes).

    Examples:
        >>> q = pd.DataFrame({"file": ["b.txt", "a.txt"], "record": [0, 0], "reason": ["empty", "binary"],
        ...                   "detail": ["", ""], "n_bytes": [0, 3]})
        >>> prepare_table(q, "quarantine")["file"].tolist()
        ['a.txt', 'b.txt']
    """
    spec = _spec(name)
    df = validate(df, name)
    if len(df):
        df = df.sort_values(list(spec.keys), kind="mergesort")
    return df.reset_index(drop=True)


def table_path(name: str, out_dir: str | os.PathLike[str]) -> Path:
    """File of table ``name`` in folder ``out_dir``.

    Examples:
        >>> table_path("articles", "/x").as_posix()
        '/x/articles.parquet'
    """
    return Path(out_dir) / f"{name}.parquet"


def store_table(df: pd.DataFrame, name: str, out_dir: str | os.PathLike[str]) -> pd.DataFrame:
    """Validate, sort by keys and atomically write ``<out_dir>/<name>.parquet``.

    Args:
        df: The table.
        name: Registered table name.
        out_dir: Destination folder (created if missing).

    Returns:
        The frame as validated and written (use it, not ``df``, downstream).
    """
    df = prepare_table(df, name)
    arrow = _to_arrow(df)
    write_atomic(table_path(name, out_dir), lambda tmp: pq.write_table(
        arrow, tmp, compression="zstd", write_statistics=False, use_dictionary=True, store_schema=False))
    return df


def write_table(df: pd.DataFrame, name: str, out_dir: str | os.PathLike[str]) -> Path:
    """Validate, sort by keys and atomically write ``<out_dir>/<name>.parquet``.

    Args:
        df: The table.
        name: Registered table name.
        out_dir: Destination folder (created if missing).

    Returns:
        The path written.
    """
    store_table(df, name, out_dir)
    return table_path(name, out_dir)


def file_digest(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a file's bytes, hex.

    Examples:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "x"; _ = p.write_bytes(b"")
        >>> file_digest(p)[:12]
        'e3b0c44298fc'
    """
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def read_table(name: str, in_dir: str | os.PathLike[str], *, sha256: str | None = None) -> pd.DataFrame:
    """Read and validate ``<in_dir>/<name>.parquet``.

    Args:
        name: Registered table name.
        in_dir: Folder holding the table (for a built output use
            :func:`summitlens.paths.current_dir`, or :func:`summitlens.load_tables`).
        sha256: When given, the file's bytes must have this digest (checked on the very
            bytes that are parsed).

    Returns:
        The validated table.

    Raises:
        TableDigestError: The file does not have the expected digest.
    """
    path = table_path(name, in_dir)
    if sha256 is None:
        df = pq.read_table(path).to_pandas()
    else:
        data = path.read_bytes()
        got = hashlib.sha256(data).hexdigest()
        if got != sha256:
            raise TableDigestError(f"table {name} in {in_dir} is not the file its build wrote "
                                   f"(sha256 {got[:12]}…, manifest says {sha256[:12]}…)")
        df = pq.read_table(pa.BufferReader(data)).to_pandas()
    return validate(df, name)


def empty_table(name: str) -> pd.DataFrame:
    """An empty DataFrame with the columns of table ``name`` (validates as such).

    Examples:
        >>> list(empty_table("quarantine").columns)
        ['file', 'record', 'reason', 'detail', 'n_bytes']
    """
    spec = _spec(name)
    return validate(pd.DataFrame({c: pd.Series(dtype="object") for c in spec.column_order}), name)
