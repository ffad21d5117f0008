"""Schemas of the framing tables (filled in by the framing work)."""
