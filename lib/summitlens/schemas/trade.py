"""Schemas of the trade tables (filled in by the trade work)."""
