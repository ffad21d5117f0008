"""Generate the data dictionary (Markdown) from the registered table schemas."""

from __future__ import annotations

from summitlens.schemas import TABLES

_HEADER = """# SummitLens data dictionary

Generated from the table schemas (`python -m summitlens dictionary`); a test fails when it is
out of date. Conventions: snake_case columns; `_id` keys; `n_` counts; `_usd` US-dollar
amounts; `start`/`end` inclusive date intervals; `char_start`/`char_end` character offsets
(Python slice, end exclusive) into `articles.text`, which also slice `articles.text_match`
(same length). Tables are Parquet files in `data/processed/` (default corpus) or
`data/processed/<corpus-name>/`, sorted by their keys, validated on write and read.
"""


def render_dictionary() -> str:
    """The data dictionary as Markdown, one section per table in pipeline order.

    Examples:
        >>> "## articles" in render_dictionary()
        True
    """
    from summitlens.pipeline import STEPS

    order = {s.name: i for i, s in enumerate(STEPS)}
    specs = sorted(TABLES.values(), key=lambda s: (order.get(s.step, 99), s.name))
    out = [_HEADER]
    for spec in specs:
        if spec.name.startswith("_"):
            continue
        out.append(f"\n## {spec.name}\n\n{spec.description} Written by step `{spec.step}`; "
                   f"keys: {', '.join(f'`{k}`' for k in spec.keys)}.\n")
        out.append("\n| column | type | nullable | description |\n|---|---|---|---|\n")
        for name, column in spec.schema.columns.items():
            desc = (column.description or "").replace("|", "\\|").replace("\n", " ")
            out.append(f"| `{name}` | {column.dtype} | {'yes' if column.nullable else 'no'} | {desc} |\n")
    return "".join(out)
