"""Pipeline step ``trade`` (filled in by the trade work). ``STEP = None`` until then."""

from __future__ import annotations

STEP = None
