"""Figures for the meetings notebook."""
