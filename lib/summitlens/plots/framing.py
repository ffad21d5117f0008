"""Figures for the framing notebook."""
