"""Helpers for the figure tests: every figure function returns a Figure on empty and 1-row tables."""

from __future__ import annotations

from matplotlib.figure import Figure


def figure_texts(fig) -> str:
    """All text drawn on a figure's axes, joined (the 'no data' messages live there)."""
    assert isinstance(fig, Figure)
    return " | ".join(t.get_text() for ax in fig.axes for t in ax.texts)
