"""Figures for the framing notebook: a table in, a matplotlib Figure out."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from summitlens.plots.style import new_figure, no_data

__all__ = ["balance_per_article", "balance_by_group", "relationship_by_group", "voice_breakdown", "negation_counts",
           "keyness_chart", "topic_frames"]

_SOURCE = "SummitLens frame_terms / frame_scores (lexicon resources/frames.yml)"
_COLORS = {"authoritarian": "#b2182b", "partnership": "#2166ac"}
_VOICE_COLORS = {"authorial": "#4d4d4d", "quoted": "#e08214", "paraphrase": "#8073ac"}


def _short(s: str, n: int = 48) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def balance_per_article(doc_balance: pd.DataFrame, *, top: int = 30, source: str = _SOURCE) -> Figure:
    """Horizontal bars: frame balance of each article with frame terms (−1 authoritarian … +1 partnership).

    Args:
        doc_balance: Output of :func:`summitlens.analyse.framing.document_balance`.
        top: Show at most this many articles (those with the most frame terms).
        source: Caption.

    Returns:
        The figure.

    Examples:
        >>> db = pd.DataFrame({"doc_id": ["a"], "title": ["T"], "balance": [0.5],
        ...                    "n_partnership": [3], "n_authoritarian": [1]})
        >>> tuple(float(x) for x in balance_per_article(db).axes[0].get_xlim())
        (-1.05, 1.05)
    """
    df = doc_balance.dropna(subset=["balance"]).copy()
    df["n"] = df["n_partnership"] + df["n_authoritarian"]
    df = df.sort_values(["n", "doc_id"], ascending=[False, True], kind="mergesort").head(top)
    df = df.sort_values(["balance", "doc_id"], kind="mergesort")
    height = max(3.0, 0.28 * len(df) + 1.5)
    fig, ax = new_figure(title="Frame balance per article", xlabel="balance (partnership − authoritarian) / total",
                         ylabel="", source=source, size=(8, height))
    if df.empty:
        return no_data(fig, ax, "no article with frame terms about Russia, China or their leaders")
    labels = [f"{_short(t)} (n={n})" for t, n in zip(df.get("title", df["doc_id"]), df["n"])]
    colors = [_COLORS["partnership"] if b > 0 else _COLORS["authoritarian"] if b < 0 else "#999999"
              for b in df["balance"]]
    ax.barh(range(len(df)), df["balance"], color=colors)
    ax.set_yticks(range(len(df)), labels, fontsize=7)
    ax.axvline(0, color="#333333", lw=0.8)
    ax.set_xlim(-1.05, 1.05)
    fig.tight_layout()
    return fig


def balance_by_group(aggregate: pd.DataFrame, *, by: str = "outlet", source: str = _SOURCE) -> Figure:
    """Pooled frame balance per group with its bootstrap confidence interval.

    Args:
        aggregate: Output of :func:`summitlens.analyse.framing.aggregate_balance`.
        by: The grouping column.
        source: Caption.

    Returns:
        The figure.

    Examples:
        >>> ag = pd.DataFrame({"outlet": ["x"], "n_docs": [2], "balance": [0.2],
        ...                    "balance_low": [-0.1], "balance_high": [0.5]})
        >>> balance_by_group(ag).axes[0].get_title()
        'Frame balance by outlet (95% bootstrap CI)'
    """
    df = aggregate.dropna(subset=["balance"]).reset_index(drop=True)
    height = max(3.0, 0.3 * len(df) + 1.5)
    fig, ax = new_figure(title=f"Frame balance by {by} (95% bootstrap CI)",
                         xlabel="balance (partnership − authoritarian) / total", ylabel="",
                         source=source, size=(8, height))
    if df.empty:
        return no_data(fig, ax, f"no {by} with frame terms about Russia, China or their leaders")
    y = np.arange(len(df))
    lo = (df["balance"] - df["balance_low"]).clip(lower=0)
    hi = (df["balance_high"] - df["balance"]).clip(lower=0)
    ax.errorbar(df["balance"], y, xerr=[lo, hi], fmt="o", color="#333333", ecolor="#999999", capsize=3)
    ax.set_yticks(y, [f"{_short(g, 36)} (n={n})" for g, n in zip(df[by], df["n_docs"])], fontsize=8)
    ax.axvline(0, color="#333333", lw=0.8)
    ax.set_xlim(-1.05, 1.05)
    ax.invert_yaxis()
    fig.tight_layout()
    return fig


def relationship_by_group(table: pd.DataFrame, *, by: str = "bias", source: str = _SOURCE) -> Figure:
    """Bars: framing balance of Russia–China per group, intervals where the group is large enough.

    Each bar is labelled with the number of articles behind it (those holding a counted term,
    of all articles in the group); groups the analysis refused
    an interval (``note``, e.g. "n < 10 articles: no interval") say so next to the bar.

    Args:
        table: Output of :func:`summitlens.analyse.framing.relationship_framing`.
        by: The grouping column.
        source: Caption.

    Returns:
        The figure.

    Examples:
        >>> tb = pd.DataFrame({"bias": ["left", "right"], "n_docs": [40, 3], "balance": [0.2, -0.5],
        ...     "balance_low": [0.0, float("nan")], "balance_high": [0.4, float("nan")],
        ...     "note": ["", "n < 10 articles: no interval"]})
        >>> [t.get_text() for t in relationship_by_group(tb).axes[0].texts][-1]
        'n=3 — n < 10 articles: no interval'
    """
    df = table.dropna(subset=["balance"]).reset_index(drop=True)
    height = max(3.0, 0.45 * len(df) + 1.8)
    fig, ax = new_figure(title=f"Framing of Russia, China and their relationship by {by}",
                         xlabel="balance (partnership − authoritarian) / total; 95% bootstrap CI",
                         ylabel="", source=source + "; unflagged, non-negated terms about Russia/China",
                         size=(8, height))
    if df.empty:
        return no_data(fig, ax, f"no {by} with frame terms about Russia, China or their leaders")
    y = np.arange(len(df))
    colors = [_COLORS["partnership"] if b > 0 else _COLORS["authoritarian"] if b < 0 else "#999999"
              for b in df["balance"]]
    ax.barh(y, df["balance"], color=colors, alpha=0.8)
    has = df["balance_low"].notna() & df["balance_high"].notna()
    if has.any():
        d = df[has]
        ax.errorbar(d["balance"], y[has.to_numpy()],
                    xerr=[(d["balance"] - d["balance_low"]).clip(lower=0), (d["balance_high"] - d["balance"]).clip(lower=0)],
                    fmt="none", ecolor="#333333", capsize=3)
    ax.set_yticks(y, [_short(g, 30) for g in df[by]], fontsize=8)
    notes = df["note"] if "note" in df else pd.Series([""] * len(df))
    with_terms = df["n_docs_with_terms"] if "n_docs_with_terms" in df else pd.Series([None] * len(df))
    for yi, n, k, note in zip(y, df["n_docs"], with_terms, notes):
        # the articles behind the bar are those holding a counted term (of all in the group)
        label = f"n={int(n)}" if k is None or pd.isna(k) else f"n={int(k)} with terms, of {int(n)}"
        ax.text(1.07, yi, label + (f" — {note}" if note else ""), va="center", fontsize=7,
                transform=ax.get_yaxis_transform())
    ax.axvline(0, color="#333333", lw=0.8)
    ax.set_xlim(-1.05, 1.05)
    ax.invert_yaxis()
    fig.tight_layout()
    return fig


def voice_breakdown(voice_counts: pd.DataFrame, *, source: str = _SOURCE) -> Figure:
    """Stacked bars: frame terms per category by voice (authorial, quoted, paraphrase).

    Args:
        voice_counts: Output of :func:`summitlens.analyse.framing.voice_counts`.
        source: Caption.

    Returns:
        The figure.

    Examples:
        >>> vc = pd.DataFrame({"category": ["partnership"] * 3, "voice": ["authorial", "quoted", "paraphrase"],
        ...                    "n_terms": [1, 2, 3]})
        >>> len(voice_breakdown(vc).axes[0].patches)
        3
    """
    fig, ax = new_figure(title="Whose words? Frame terms by voice", xlabel="category",
                         ylabel="terms (not negated)", source=source)
    if voice_counts.empty:
        return no_data(fig, ax, "no frame terms in this corpus")
    wide = voice_counts.pivot_table(index="category", columns="voice", values="n_terms", aggfunc="sum",
                                    fill_value=0)
    bottom = np.zeros(len(wide))
    for v in ("authorial", "quoted", "paraphrase"):
        vals = wide[v].to_numpy() if v in wide else np.zeros(len(wide))
        ax.bar(wide.index, vals, bottom=bottom, label=v, color=_VOICE_COLORS[v])
        bottom += vals
    ax.legend(frameon=False)
    fig.tight_layout()
    return fig


def negation_counts(voice_counts: pd.DataFrame, *, source: str = _SOURCE) -> Figure:
    """Grouped bars per category: counted, negated (left out of scores) and hedged terms.

    Args:
        voice_counts: Output of :func:`summitlens.analyse.framing.voice_counts`.
        source: Caption.

    Returns:
        The figure.

    Examples:
        >>> vc = pd.DataFrame({"category": ["a"], "voice": ["quoted"], "n_terms": [2],
        ...                    "n_negated": [1], "n_hedged": [0]})
        >>> len(negation_counts(vc).axes[0].patches)
        3
    """
    fig, ax = new_figure(title="Negated and hedged frame terms", xlabel="category", ylabel="terms",
                         source=source)
    if voice_counts.empty:
        return no_data(fig, ax, "no frame terms in this corpus")
    g = voice_counts.groupby("category")[["n_terms", "n_negated", "n_hedged"]].sum()
    x = np.arange(len(g))
    w = 0.27
    for k, (col, label, color) in enumerate((("n_terms", "counted", "#4d4d4d"),
                                             ("n_negated", "negated (not counted)", "#d6604d"),
                                             ("n_hedged", "hedged (counted)", "#fdb863"))):
        ax.bar(x + (k - 1) * w, g[col], width=w, label=label, color=color)
    ax.set_xticks(x, g.index)
    ax.legend(frameon=False)
    fig.tight_layout()
    return fig


def keyness_chart(keyness: pd.DataFrame, *, label_a: str = "group A", label_b: str = "group B",
                  source: str = "SummitLens articles; log-likelihood (G²) on CountVectorizer counts") -> Figure:
    """Diverging bars of log-likelihood: words key for group A (right) and B (left).

    Args:
        keyness: Output of :func:`summitlens.analyse.framing.keyness`.
        label_a: Name of group A.
        label_b: Name of group B.
        source: Caption.

    Returns:
        The figure.

    Examples:
        >>> k = pd.DataFrame({"word": ["x", "y"], "log_likelihood": [5.0, 3.0], "key_for": ["a", "b"]})
        >>> len(keyness_chart(k).axes[0].patches)
        2
    """
    df = keyness.copy()
    df["signed"] = np.where(df["key_for"] == "a", df["log_likelihood"], -df["log_likelihood"])
    df = df.sort_values(["signed", "word"], kind="mergesort")
    height = max(3.0, 0.22 * len(df) + 1.5)
    fig, ax = new_figure(title=f"Keyness: {_short(label_a, 30)} (right) vs {_short(label_b, 30)} (left)",
                         xlabel="log-likelihood G² (signed)", ylabel="", source=source, size=(8, height))
    if df.empty:
        return no_data(fig, ax, "no key words: too few articles or words to compare the two groups")
    colors = ["#2166ac" if v > 0 else "#b2182b" for v in df["signed"]]
    ax.barh(range(len(df)), df["signed"], color=colors)
    ax.set_yticks(range(len(df)), df["word"], fontsize=7)
    ax.axvline(0, color="#333333", lw=0.8)
    fig.tight_layout()
    return fig


def topic_frames(topics: pd.DataFrame, *, categories: tuple[str, ...] = ("authoritarian", "partnership"),
                 source: str = "SummitLens articles; NMF topics (TF-IDF, fixed seed) × frame_scores") -> Figure:
    """Grouped bars: frame terms per 1,000 words carried by each NMF topic.

    Args:
        topics: Output of :func:`summitlens.analyse.framing.frame_topics`.
        categories: Categories to draw.
        source: Caption.

    Returns:
        The figure.

    Examples:
        >>> t = pd.DataFrame({"topic": [0], "top_words": ["a, b"], "authoritarian_per_1000": [1.0],
        ...                   "partnership_per_1000": [2.0]})
        >>> len(topic_frames(t).axes[0].patches)
        2
    """
    height = max(3.0, 0.45 * len(topics) + 1.5)
    fig, ax = new_figure(title="Which topics carry which frames", xlabel="frame terms per 1,000 words",
                         ylabel="", source=source, size=(8, height))
    if topics.empty:
        return no_data(fig, ax, "no topics: too few articles or words")
    y = np.arange(len(topics))
    h = 0.8 / max(1, len(categories))
    for k, c in enumerate(categories):
        ax.barh(y + k * h - 0.4 + h / 2, topics[f"{c}_per_1000"], height=h, label=c,
                color=_COLORS.get(c, None))
    ax.set_yticks(y, [f"{t}: {_short(w, 40)}" for t, w in zip(topics["topic"], topics["top_words"])], fontsize=7)
    ax.invert_yaxis()
    ax.legend(frameon=False)
    fig.tight_layout()
    return fig
