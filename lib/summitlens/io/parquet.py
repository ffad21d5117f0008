"""Validated, atomic, byte-reproducible Parquet tables.

A table is validated against its registered schema when written and when read; rows are
sorted by the table's keys; the file is written to a temporary name in the same folder
and renamed into place (mode 0644), so a crash never leaves a half-written table.

A table is stored either as one file ``<dir>/<name>.parquet`` or, written by a partitioned
(Dask) build, as a folder of part files ``<dir>/<name>/part-NNNNN.parquet`` (each part
validated and sorted); :func:`read_table` reads both layouts alike and returns the same
frame (parts concatenated, validated and sorted by the table's keys).
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


def part_path(name: str, out_dir: str | os.PathLike[str], part_no: int) -> Path:
    """File of partition ``part_no`` of table ``name`` stored as a folder in ``out_dir``.

    Examples:
        >>> part_path("articles", "/x", 3).as_posix()
        '/x/articles/part-00003.parquet'
    """
    return Path(out_dir) / name / f"part-{part_no:05d}.parquet"


def parts_dir(name: str, out_dir: str | os.PathLike[str]) -> Path:
    """Folder of a partitioned table ``name`` in ``out_dir``.

    Examples:
        >>> parts_dir("articles", "/x").as_posix()
        '/x/articles'
    """
    return Path(out_dir) / name


def table_exists(name: str, out_dir: str | os.PathLike[str]) -> bool:
    """True when ``out_dir`` holds table ``name`` as one file or as a folder of parts."""
    return table_path(name, out_dir).exists() or parts_dir(name, out_dir).is_dir()


def _write(df: pd.DataFrame, path: Path) -> None:
    arrow = _to_arrow(df)
    write_atomic(path, lambda tmp: pq.write_table(
        arrow, tmp, compression="zstd", write_statistics=False, use_dictionary=True, store_schema=False))


def store_part(df: pd.DataFrame, name: str, out_dir: str | os.PathLike[str], part_no: int, *,
               validated: bool = False) -> tuple[pd.DataFrame, str]:
    """Validate, sort and atomically write one partition ``<out_dir>/<name>/part-NNNNN.parquet``.

    Args:
        df: The partition's rows.
        name: Registered table name.
        out_dir: Folder holding the table's folder.
        part_no: Partition number.
        validated: ``df`` already went through :func:`prepare_table` (skip it).

    Returns:
        The frame as validated and written, and the file's SHA-256.
    """
    if not validated:
        df = prepare_table(df, name)
    path = part_path(name, out_dir, part_no)
    _write(df, path)
    return df, file_digest(path)


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
    _write(df, table_path(name, out_dir))
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


def _read_file(path: Path, name: str, where, sha256: str | None) -> pa.Table:
    if sha256 is None:
        return pq.read_table(path)
    data = path.read_bytes()
    got = hashlib.sha256(data).hexdigest()
    if got != sha256:
        raise TableDigestError(f"table {name} in {where} is not the file its build wrote "
                               f"({path.name}: sha256 {got[:12]}…, manifest says {sha256[:12]}…)")
    return pq.read_table(pa.BufferReader(data))


def read_parts(name: str, in_dir: str | os.PathLike[str], *, parts: dict[str, str] | None = None) -> pd.DataFrame:
    """Read a table stored as a folder of part files, as one validated frame sorted by its keys
    (the frame a single-file build of the same rows gives).

    Args:
        name: Registered table name.
        in_dir: Folder holding ``<name>/part-*.parquet``.
        parts: ``part file name -> SHA-256`` recorded by the build: exactly these parts are
            read and checked. Default: every ``part-*.parquet`` of the folder, unchecked.

    Raises:
        TableDigestError: A part does not have the recorded digest.
        FileNotFoundError: A recorded part is missing.
    """
    folder = parts_dir(name, in_dir)
    files = sorted(parts) if parts is not None else sorted(p.name for p in folder.glob("part-*.parquet"))
    frames = []
    for f in files:
        arrow = _read_file(folder / f, name, in_dir, (parts or {}).get(f))
        if arrow.num_rows:
            frames.append(arrow.to_pandas())
    if not frames:
        return empty_table(name)
    df = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    return prepare_table(df, name)


def read_table(name: str, in_dir: str | os.PathLike[str], *, sha256: str | None = None,
               parts: dict[str, str] | None = None) -> pd.DataFrame:
    """Read and validate ``<in_dir>/<name>.parquet``, or the folder of parts ``<in_dir>/<name>/``
    when there is no single file (see :func:`read_parts`).

    Args:
        name: Registered table name.
        in_dir: Folder holding the table (for a built output use
            :func:`summitlens.paths.current_dir`, or :func:`summitlens.load_tables`).
        sha256: When given, the file's bytes must have this digest (checked on the very
            bytes that are parsed).
        parts: For a partitioned table, the parts and digests its build recorded.

    Returns:
        The validated table.

    Raises:
        TableDigestError: The file does not have the expected digest.
    """
    path = table_path(name, in_dir)
    if parts is not None or (not path.exists() and parts_dir(name, in_dir).is_dir()):
        return read_parts(name, in_dir, parts=parts)
    return validate(_read_file(path, name, in_dir, sha256).to_pandas(), name)


def empty_table(name: str) -> pd.DataFrame:
    """An empty DataFrame with the columns of table ``name`` (validates as such).

    Examples:
        >>> list(empty_table("quarantine").columns)
        ['file', 'record', 'reason', 'detail', 'n_bytes']
    """
    spec = _spec(name)
    return validate(pd.DataFrame({c: pd.Series(dtype="object") for c in spec.column_order}), name)
