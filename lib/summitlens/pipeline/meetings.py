"""Pipeline step ``meetings`` (filled in by the meetings work). ``STEP = None`` until then."""

from __future__ import annotations

STEP = None
