"""The suite's matplotlib style and figure saving (PNG + SVG with a source caption)."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib
import matplotlib.style
from matplotlib.figure import Figure

STYLE = Path(__file__).with_name("summitlens.mplstyle")


def use_style() -> None:
    """Apply the suite's style file to matplotlib."""
    matplotlib.style.use(STYLE)


def new_figure(*, title: str, xlabel: str, ylabel: str, source: str, size: tuple[float, float] = (8, 4.5)):
    """A styled figure with title, axis labels and a source caption.

    The figure is a plain :class:`matplotlib.figure.Figure`, not registered with pyplot:
    a notebook shows it by ending the cell with the figure, and nothing leaks between cells.

    Examples:
        >>> fig, ax = new_figure(title="T", xlabel="x", ylabel="y", source="test")
        >>> ax.get_title()
        'T'
    """
    use_style()
    fig = Figure(figsize=size)
    ax = fig.add_subplot()
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    fig.text(0.01, 0.005, f"Source: {source}", fontsize=7, color="#555555", ha="left", va="bottom")
    return fig, ax


def no_data(fig: Figure, ax, text: str = "no data") -> Figure:
    """Write ``text`` in the middle of an empty axes (thin data: say what is missing, never raise).

    Examples:
        >>> fig, ax = new_figure(title="T", xlabel="x", ylabel="y", source="test")
        >>> no_data(fig, ax, "no frame terms").axes[0].texts[0].get_text()
        'no frame terms'
    """
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="#777777", wrap=True)
    ax.set_xticks([])
    ax.set_yticks([])
    return fig


def save_figure(fig: Figure, name: str, *, out_dir: str | os.PathLike[str] | None = None) -> None:
    """Save ``fig`` as PNG and SVG into ``out_dir`` (default ``$SUMMITLENS_FIGURES``).

    Does nothing when neither is set (interactive use). Deterministic: the SVG hash salt
    is fixed and no dates or software versions are written into the files.
    """
    target = out_dir or os.environ.get("SUMMITLENS_FIGURES")
    if not target:
        return
    out = Path(target)
    out.mkdir(parents=True, exist_ok=True)
    for ext, meta in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
        with matplotlib.rc_context({"svg.hashsalt": "summitlens"}):
            fig.savefig(out / f"{name}.{ext}", metadata=meta, bbox_inches="tight")
    title = fig._suptitle.get_text() if fig._suptitle is not None else ""
    title = title or next((ax.get_title() for ax in fig.axes if ax.get_title()), name.replace("_", " "))
    (out / f"{name}.caption.txt").write_text(title.strip() + "\n", encoding="utf-8")


def _png(fig: Figure) -> bytes:
    import io

    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None}, bbox_inches="tight")
    return buf.getvalue()


def register_notebook_display() -> None:
    """Show figures as PNG when a notebook cell ends with one (no-op outside IPython)."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is a dependency of ipykernel
        return
    shell = get_ipython()
    if shell is not None:
        shell.display_formatter.formatters["image/png"].for_type(Figure, _png)
