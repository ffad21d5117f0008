"""Table schemas for every table SummitLens writes; see :mod:`summitlens.schemas.registry`."""

from summitlens.schemas import corpus, corrections, framing, meetings, trade  # noqa: F401  (registers)
from summitlens.schemas.registry import TABLES, TableSpec, col, register

__all__ = ["TABLES", "TableSpec", "col", "register"]
