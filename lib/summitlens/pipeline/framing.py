"""Pipeline step ``framing`` (filled in by the framing work). ``STEP = None`` until then."""

from __future__ import annotations

STEP = None
