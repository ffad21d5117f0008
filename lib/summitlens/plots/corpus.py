"""Figures for notebook 01 (corpus overview): table in, matplotlib Figure out."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from summitlens.plots.style import new_figure, no_data


def _barh(df: pd.DataFrame, label: str, value: str, *, title: str, xlabel: str, source: str,
          empty: str = "no data") -> Figure:
    fig, ax = new_figure(title=title, xlabel=xlabel, ylabel="", source=source,
                         size=(8, max(2.5, 0.32 * len(df) + 1.2)))
    if df.empty:
        return no_data(fig, ax, empty)
    d = df.iloc[::-1]
    ax.barh(d[label].astype(str), d[value])
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    return fig


def docs_per_outlet(counts: pd.DataFrame, *, source: str = "SummitLens articles table") -> Figure:
    """Horizontal bars of documents per outlet (from :func:`analyse.corpus.docs_per_outlet`).

    Examples:
        >>> fig = docs_per_outlet(pd.DataFrame({"outlet": ["A"], "n_docs": [2]}))
        >>> fig.axes[0].get_title()
        'Documents per outlet'
    """
    return _barh(counts, "outlet", "n_docs", title="Documents per outlet", xlabel="documents", source=source,
                 empty="no documents in this corpus")


def docs_per_year(counts: pd.DataFrame, *, n_undated: int = 0, source: str = "SummitLens articles table") -> Figure:
    """Bars of documents per publication year; the undated count goes in the subtitle."""
    fig, ax = new_figure(title="Documents per year", xlabel="publication year", ylabel="documents",
                         source=f"{source}; {n_undated} undated documents not shown")
    if counts.empty:
        no_data(fig, ax, "no dated documents in this corpus")
    else:
        ax.bar(counts["year"].astype(str), counts["n_docs"])
        ax.tick_params(axis="x", rotation=45)
    fig.tight_layout()
    return fig


def length_distribution(articles: pd.DataFrame, *, source: str = "SummitLens articles table") -> Figure:
    """Histogram of document length in English words."""
    fig, ax = new_figure(title="Document length", xlabel="English words per document",
                         ylabel="documents", source=source)
    if len(articles):
        ax.hist(articles["n_words"], bins=min(30, max(5, len(articles) // 3)))
    else:
        no_data(fig, ax, "no documents in this corpus")
    fig.tight_layout()
    return fig


def boilerplate_by_rule(counts: pd.DataFrame, *, source: str = "SummitLens boilerplate table") -> Figure:
    """Horizontal bars of boilerplate lines removed per rule."""
    return _barh(counts, "rule_id", "n_lines", title="Boilerplate lines removed, by rule",
                 xlabel="lines removed", source=source, empty="no boilerplate line removed")


def languages(counts: pd.DataFrame, *, source: str = "SummitLens paragraphs table") -> Figure:
    """Horizontal bars of paragraphs per detected language."""
    return _barh(counts, "language", "n_paragraphs", title="Paragraph languages",
                 xlabel="paragraphs (log scale)", source=source)
