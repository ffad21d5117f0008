"""The suite's matplotlib style and figure saving (PNG + SVG with a source caption)."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib


import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

STYLE = Path(__file__).with_name("summitlens.mplstyle")


def use_style() -> None:
    """Apply the suite's style file to matplotlib."""
    plt.style.use(STYLE)


def new_figure(*, title: str, xlabel: str, ylabel: str, source: str, size: tuple[float, float] = (8, 4.5)):
    """A styled figure with title, axis labels and a source caption.

    Examples:
        >>> fig, ax = new_figure(title="T", xlabel="x", ylabel="y", source="test")
        >>> ax.get_title()
        'T'
    """
    use_style()
    fig, ax = plt.subplots(figsize=size)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    fig.text(0.01, 0.005, f"Source: {source}", fontsize=7, color="#555555", ha="left", va="bottom")
    return fig, ax


def save_figure(fig: Figure, name: str, *, out_dir: str | os.PathLike[str] | None = None) -> list[Path]:
    """Save ``fig`` as PNG and SVG into ``out_dir`` (``$SUMMITLENS_FIGURES`` or no-op).

    Deterministic: SVG hash salt and metadata dates are fixed.
    """
    target = out_dir or os.environ.get("SUMMITLENS_FIGURES")
    if not target:
        return []
    out = Path(target)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ext, meta in (("png", {"Software": None}), ("svg", {"Date": None})):
        f = out / f"{name}.{ext}"
        with matplotlib.rc_context({"svg.hashsalt": "summitlens"}):
            fig.savefig(f, metadata=meta, bbox_inches="tight")
        written.append(f)
    return written
