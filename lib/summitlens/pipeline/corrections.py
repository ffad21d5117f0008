"""Hand corrections: a CSV a rebuild applies, and the ``corrections`` table that lists them.

The corrections file (``--corrections``; default ``<corpus folder>/corrections.csv`` when
present) has the columns ``row_id, table, field, value, reason`` (headers in any case). A row
is named by its table's keys joined with ``:`` in key order (:func:`row_id`):

=====================  ===================================
table                  row_id
=====================  ===================================
meetings               ``meeting_id``
meeting_mentions       ``doc_id:sentence_no:cue_start``
meeting_coverage       ``meeting_no``
frame_terms            ``doc_id:char_start``
frame_scores           ``doc_id:category:voice``
money_mentions         ``doc_id:char_start:char_end``
trade_check            ``doc_id:char_start:char_end``
document_dates         ``doc_id``
temporal_expressions   ``doc_id:char_start``
=====================  ===================================

Each step applies the corrections of its own tables right after computing them and before
deriving anything from them (a corrected ``meeting_mentions`` row reaches the ``meetings``
ledger, a corrected ``money_mentions`` row reaches ``trade_check``), so every table is still
written by one step. The last step, ``corrections``, writes one row per line of the file:
``applied`` (with the previous value) or ``rejected`` with the reason (unknown table, row or
field, a key field, a value the column's schema refuses, a later line for the same cell).
The file is an input of the build: ``build.json`` records its path and SHA-256, and
:func:`summitlens.load_tables` rebuilds when it changed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from summitlens.io.parquet import file_digest
from summitlens.pipeline.base import Context, Step, StepInputError

FILE_NAME = "corrections.csv"
COLUMNS = ("row_id", "table", "field", "value", "reason")
#: Tables no correction may touch: the corpus text (offsets hang on it) and this log.
PROTECTED = ("articles", "paragraphs", "sentences", "boilerplate", "quarantine", "manifest_issues", "corrections")


class CorrectionsFileError(ValueError):
    """The corrections file cannot be used (missing, unreadable, or a required column missing)."""


def default_path(corpus: str | os.PathLike[str]) -> Path | None:
    """``<corpus>/corrections.csv`` when the corpus is a folder holding one, else ``None``.

    Examples:
        >>> default_path("/no/such/folder") is None
        True
    """
    p = Path(corpus) / FILE_NAME
    return p if Path(corpus).is_dir() and p.is_file() else None


def load_input(corpus: str | os.PathLike[str], corrections: str | os.PathLike[str] | None = None
               ) -> tuple[pd.DataFrame | None, dict | None]:
    """The corrections of a build: the file given (else the corpus's default, if any), read,
    and its declaration for ``build.json`` (``path``, ``sha256``, ``rows``); ``(None, None)``
    when there is none.

    Examples:
        >>> load_input("/no/such/folder")
        (None, None)
    """
    path = Path(corrections) if corrections is not None else default_path(corpus)
    if path is None:
        return None, None
    table = read_corrections(path)
    return table, {"path": str(path.resolve()), "sha256": file_digest(path), "rows": len(table)}


def read_corrections(path: str | os.PathLike[str]) -> pd.DataFrame:
    """The corrections file as a frame of strings with a ``line_no`` (1 = first data row).

    Raises:
        CorrectionsFileError: The file is missing, unreadable, or lacks a column of :data:`COLUMNS`.

    Examples:
        >>> import tempfile
        >>> f = Path(tempfile.mkdtemp()) / "c.csv"
        >>> _ = f.write_text("Row_ID,table,field,value,reason\\nM1,meetings,status,planned,wrong\\n")
        >>> read_corrections(f)[["line_no", "row_id", "value"]].to_dict("records")
        [{'line_no': 1, 'row_id': 'M1', 'value': 'planned'}]
    """
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, sep=None, engine="python")
    except FileNotFoundError:
        raise CorrectionsFileError(f"corrections file not found: {path}") from None
    except (OSError, ValueError, pd.errors.ParserError) as exc:
        if Path(path).is_file() and Path(path).stat().st_size == 0:
            df = pd.DataFrame(columns=list(COLUMNS))
        else:
            raise CorrectionsFileError(f"corrections file {path} cannot be read: {exc}") from None
    df.columns = [str(c).strip().lower() for c in df.columns]
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise CorrectionsFileError(f"corrections file {path} lacks the columns {missing} "
                                   f"(expected {', '.join(COLUMNS)})")
    df = df[list(COLUMNS)].apply(lambda s: s.astype(str).str.strip())
    df.insert(0, "line_no", range(1, len(df) + 1))
    return df.reset_index(drop=True)


def row_id(df: pd.DataFrame, name: str) -> pd.Series:
    """The row ids of table ``name``: its keys joined with ``:`` in key order.

    Examples:
        >>> mm = pd.DataFrame({"doc_id": ["ab"], "sentence_no": [3], "cue_start": [120]})
        >>> row_id(mm, "meeting_mentions").tolist()
        ['ab:3:120']
    """
    from summitlens.schemas import TABLES

    keys = TABLES[name].keys
    parts = [df[k].map(lambda v: str(int(v)) if isinstance(v, (int, float)) and not isinstance(v, bool)
                       and float(v).is_integer() else str(v)) for k in keys]
    out = parts[0]
    for p in parts[1:]:
        out = out + ":" + p
    return out.reset_index(drop=True) if len(df) else pd.Series([], dtype=str)


def _screen(corrections: pd.DataFrame) -> dict[int, str]:
    """``line_no -> why`` for lines rejected before any table is read."""
    from summitlens.schemas import TABLES

    why: dict[int, str] = {}
    last: dict[tuple[str, str, str], int] = {}
    for r in corrections.itertuples(index=False):
        spec = TABLES.get(r.table)
        if spec is None or r.table in PROTECTED or r.table.startswith("_"):
            why[r.line_no] = "unknown table" if spec is None or r.table.startswith("_") else "table not correctable"
        elif r.field not in spec.column_order:
            why[r.line_no] = "unknown field"
        elif r.field in spec.keys:
            why[r.line_no] = "key field"
        elif not r.row_id:
            why[r.line_no] = "unknown row"
        else:
            key = (r.table, r.row_id, r.field)
            if key in last:
                why[last[key]] = f"superseded by line {r.line_no}"
            last[key] = r.line_no
    return why


def _coerce(value: str, name: str, field: str):
    """``value`` as a valid cell of ``name.field`` (checked against the column's schema).

    Raises:
        ValueError: With the reason (``bad value …``).
    """
    import pandera.pandas as pa

    from summitlens.schemas import TABLES

    column = TABLES[name].schema.columns[field]
    dtype = str(column.dtype)
    if value == "":
        if not column.nullable and dtype != "str":
            raise ValueError(f"bad value: {field} may not be empty")
        v = "" if dtype == "str" else None
    elif dtype == "bool":
        low = value.lower()
        if low not in ("true", "false", "1", "0", "yes", "no"):
            raise ValueError(f"bad value for bool: {value!r}")
        v = low in ("true", "1", "yes")
    elif dtype.startswith("datetime"):
        try:
            v = pd.Timestamp(value)
        except (ValueError, TypeError):
            raise ValueError(f"bad value for a date: {value!r}") from None
    elif dtype.lower().startswith("int"):
        try:
            v = int(value)
        except ValueError:
            raise ValueError(f"bad value for an integer: {value!r}") from None
    elif dtype.startswith("float"):
        try:
            v = float(value)
        except ValueError:
            raise ValueError(f"bad value for a number: {value!r}") from None
    else:
        v = value
    try:
        pa.DataFrameSchema({field: column}, coerce=True).validate(pd.DataFrame({field: [v]}))
    except (pa.errors.SchemaError, pa.errors.SchemaErrors, ValueError, TypeError) as exc:
        msg = str(getattr(exc, "message", "") or exc).splitlines()[0][:120]
        raise ValueError(f"bad value for {field}: {value!r} ({msg})") from None
    return v


def _text(v) -> str:
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return ""
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat() if v == v.normalize() else v.isoformat()
    return str(v)


def apply_corrections(df: pd.DataFrame, name: str, corrections: pd.DataFrame | None) -> tuple[pd.DataFrame, list[dict]]:
    """Apply the corrections of table ``name`` to ``df`` (pure: ``df`` itself is not changed).

    Lines for rows not in ``df`` are left out of the log (the row may be in another
    partition); :func:`corrections_table` rejects those no part applied.

    Returns:
        The corrected frame (``df`` itself when nothing applies) and one log entry per line
        that found its row: ``{line_no, previous, status, detail}``.

    Examples:
        >>> m = pd.DataFrame({"meeting_id": ["M1", "M2"], "status": ["occurred", "occurred"]})
        >>> c = pd.DataFrame({"line_no": [1], "row_id": ["M2"], "table": ["meetings"], "field": ["status"],
        ...                   "value": ["planned"], "reason": ["video call"]})
        >>> out, log = apply_corrections(m, "meetings", c)
        >>> out["status"].tolist(), log[0]["previous"], log[0]["status"]
        (['occurred', 'planned'], 'occurred', 'applied')
    """
    if corrections is None or not len(corrections) or not len(df):
        return df, []
    mine = corrections[corrections["table"] == name]
    if not len(mine):
        return df, []
    screened = _screen(corrections)
    mine = mine[~mine["line_no"].isin(screened)]
    if not len(mine):
        return df, []
    ids = row_id(df, name)
    where = {rid: i for i, rid in enumerate(ids)}
    out = df.copy()
    log: list[dict] = []
    for r in mine.itertuples(index=False):
        i = where.get(r.row_id)
        if i is None:
            continue
        previous = _text(out[r.field].iloc[i])
        try:
            v = _coerce(r.value, name, r.field)
        except ValueError as exc:
            log.append({"line_no": r.line_no, "previous": "", "status": "rejected", "detail": str(exc)})
            continue
        out.iloc[i, out.columns.get_loc(r.field)] = v
        log.append({"line_no": r.line_no, "previous": previous, "status": "applied", "detail": ""})
    return out, log


def corrections_table(corrections: pd.DataFrame | None, log: list[dict]) -> pd.DataFrame:
    """The ``corrections`` table: every line of the file with its status (pure).

    Args:
        corrections: The file (:func:`read_corrections`) or ``None``.
        log: Entries of :func:`apply_corrections` from every step (and partition).

    Examples:
        >>> c = pd.DataFrame({"line_no": [1, 2], "row_id": ["M1", "M9"], "table": ["meetings"] * 2,
        ...                   "field": ["status"] * 2, "value": ["planned"] * 2, "reason": ["", ""]})
        >>> corrections_table(c, [{"line_no": 1, "previous": "occurred", "status": "applied", "detail": ""}]
        ...                   )[["line_no", "status", "detail"]].to_dict("records")
        [{'line_no': 1, 'status': 'applied', 'detail': ''}, {'line_no': 2, 'status': 'rejected', 'detail': 'unknown row'}]
    """
    from summitlens.schemas import TABLES

    cols = list(TABLES["corrections"].column_order)
    if corrections is None or not len(corrections):
        return pd.DataFrame({c: pd.Series([], dtype="int64" if c == "line_no" else str) for c in cols})
    screened = _screen(corrections)
    by_line = {e["line_no"]: e for e in log}
    rows = []
    for r in corrections.itertuples(index=False):
        spec = TABLES.get(r.table)
        e = by_line.get(r.line_no)
        if r.line_no in screened:
            status, detail, previous = "rejected", screened[r.line_no], ""
        elif e is None:
            status, detail, previous = "rejected", "unknown row", ""
        else:
            status, detail, previous = e["status"], e["detail"], e["previous"]
        rows.append({"line_no": r.line_no, "row_id": r.row_id, "table": r.table, "field": r.field,
                     "value": r.value, "previous": previous, "reason": r.reason, "status": status,
                     "detail": detail, "step": spec.step if spec is not None else ""})
    return pd.DataFrame(rows, columns=cols)


def correct(ctx: Context, tables: dict[str, pd.DataFrame], *names: str) -> dict[str, pd.DataFrame]:
    """Apply ``ctx.corrections`` to ``tables[name]`` for each of ``names`` (default all) in
    place of the dict, logging into ``ctx.corrections_log``; returns ``tables``. A step calls
    it on its tables right after computing them, before deriving anything from them."""
    for name in names or tuple(tables):
        tables[name], log = apply_corrections(tables[name], name, ctx.corrections)
        ctx.corrections_log.extend(log)
    return tables


def changed_since(manifest: dict, corpus: str | os.PathLike[str]) -> str | None:
    """Why the corrections input of a build (its ``build.json``) is out of date, or ``None``:
    the file it read changed or vanished, or a default ``<corpus>/corrections.csv`` appeared."""
    recorded = (manifest.get("inputs") or {}).get("corrections")
    if recorded:
        p = Path(recorded["path"])
        if not p.is_file():
            return f"the corrections file {p} was removed"
        if file_digest(p) != recorded["sha256"]:
            return f"the corrections file {p} changed"
        return None
    found = default_path(corpus)
    return f"a corrections file {found} was added" if found is not None else None


def check_partial(manifest: dict | None, declared: dict | None) -> None:
    """Refuse a build of some steps when the corrections file changed since the current build
    (the carried tables would keep the old corrections).

    Raises:
        StepInputError: Naming a full build as the fix.
    """
    before = ((manifest or {}).get("inputs") or {}).get("corrections")
    if (before or {}).get("sha256") != (declared or {}).get("sha256"):
        raise StepInputError("the corrections file changed since the current tables were built: "
                             "run a full build (without --step)")


def run(ctx: Context) -> dict[str, pd.DataFrame]:
    """The ``corrections`` table of this build: lines applied by the steps run now, and for
    tables carried over from the previous build, that build's log (same file: see
    :func:`check_partial`)."""
    from summitlens.schemas import TABLES

    log = list(ctx.corrections_log)
    if ctx.corrections is not None and len(ctx.corrections):
        seen = {e["line_no"] for e in log}
        carried = {} if ctx.carried_log is None else {int(r.line_no): r for r in ctx.carried_log.itertuples(index=False)}
        written = {o for s in _steps() if s.name in ctx.steps_run for o in s.outputs}
        for r in ctx.corrections.itertuples(index=False):
            if r.line_no in seen or r.table not in TABLES or r.table in written:
                continue
            old = carried.get(r.line_no)
            if r.table in ctx.carried and old is not None:
                log.append({"line_no": r.line_no, "previous": old.previous, "status": old.status, "detail": old.detail})
            elif r.table not in ctx.carried:
                log.append({"line_no": r.line_no, "previous": "", "status": "rejected",
                            "detail": "table not built (run its step)"})
    return {"corrections": corrections_table(ctx.corrections, log)}


def _steps():
    from summitlens.pipeline import STEPS

    return STEPS


STEP = Step(name="corrections", outputs=("corrections",), run=run)
