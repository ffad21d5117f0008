"""Registry of table schemas: one pandera schema per table, with keys and descriptions.

Every table the pipeline writes is registered here by the module of its domain
(``schemas/corpus.py``, ``schemas/meetings.py`` …). The data dictionary is generated from
this registry, and :func:`summitlens.io.parquet.write_table` validates against it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandera.pandas as pa


@dataclass(frozen=True)
class TableSpec:
    """A table: its name, schema, sort keys, the pipeline step that writes it."""

    name: str
    schema: pa.DataFrameSchema
    keys: tuple[str, ...]
    step: str
    description: str
    column_order: tuple[str, ...] = field(default=())


TABLES: dict[str, TableSpec] = {}


def register(
    name: str,
    columns: dict[str, pa.Column],
    *,
    keys: tuple[str, ...],
    step: str,
    description: str,
) -> TableSpec:
    """Register a table schema and return its spec.

    Args:
        name: Table name (also the Parquet file stem).
        columns: Ordered pandera columns, each with a ``description``.
        keys: Columns that identify a row; rows are sorted by them before writing.
        step: Name of the pipeline step that writes the table.
        description: One sentence for the data dictionary.

    Returns:
        The registered :class:`TableSpec`.

    Examples:
        >>> spec = register("_example", {"doc_id": col("str", "Document key.")},
        ...                 keys=("doc_id",), step="corpus", description="Example.")
        >>> spec.column_order
        ('doc_id',)
        >>> _ = TABLES.pop("_example")
    """
    missing = [c for c, v in columns.items() if not v.description]
    if missing:
        raise ValueError(f"{name}: columns without description: {missing}")
    schema = pa.DataFrameSchema(columns, strict=True, ordered=True, coerce=True, name=name)
    spec = TableSpec(name, schema, tuple(keys), step, description, tuple(columns))
    TABLES[name] = spec
    return spec


def col(dtype: str, description: str, *, nullable: bool = False, checks=None) -> pa.Column:
    """Shorthand for a described pandera column.

    Args:
        dtype: pandas dtype name (``"str"``, ``"int64"``, ``"float64"``, ``"bool"``,
            ``"datetime64[ns]"``).
        description: Text for the data dictionary.
        nullable: Whether missing values are allowed.
        checks: Optional pandera checks.

    Returns:
        A :class:`pandera.Column`.
    """
    return pa.Column(dtype, checks=checks, nullable=nullable, description=description)


#: Checks shared by many columns.
NONNEG = pa.Check.ge(0)
UNIT = pa.Check.in_range(0.0, 1.0)


def doc_key() -> pa.Column:
    """The ``doc_id`` column of every table keyed on articles.

    Examples:
        >>> doc_key().description
        'Document key (articles.doc_id).'
    """
    return col("str", "Document key (articles.doc_id).")


def sentence_key(description: str = "Sentence (sentences.sentence_no).") -> pa.Column:
    """A ``sentence_no`` column pointing into the ``sentences`` table."""
    return col("int64", description, checks=NONNEG)


def span(of: str = "") -> dict[str, pa.Column]:
    """``char_start``/``char_end`` columns: offsets (Python slice) into ``articles.text``.

    Args:
        of: What the span covers, e.g. ``" of the term"``.

    Examples:
        >>> span(" of the term")["char_end"].description
        'End offset (exclusive) of the term in articles.text.'
    """
    return {
        "char_start": col("int64", f"Start offset{of} in articles.text.", checks=NONNEG),
        "char_end": col("int64", f"End offset (exclusive){of} in articles.text.", checks=NONNEG),
    }
