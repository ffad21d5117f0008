"""Figures for the corpus notebook."""
