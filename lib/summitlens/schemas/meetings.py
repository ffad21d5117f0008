"""Schemas of the meetings tables (filled in by the meetings work)."""
