"""Figures for the trade notebook."""
