"""Figures for notebook 04 (trade figures): table in, matplotlib Figure out."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from summitlens.analyse.trade import reference_series
from summitlens.plots.style import new_figure, no_data

__all__ = ["VERDICT_COLOURS", "official_vs_reported", "error_distribution", "targets_vs_outcomes"]

#: One colour per verdict, the same in every trade figure.
VERDICT_COLOURS = {
    "match": "#1b9e77", "close": "#e6ab02", "mismatch": "#d95f02", "unverifiable": "#7570b3",
    "reached": "#1b9e77", "reached_late": "#e6ab02", "not_reached": "#d95f02", "pending": "#7570b3",
}
_BN = 1e9
_SOURCE = "China customs (GACC) via data/reference/china_russia_trade.csv; SummitLens trade_check table"


def _reference(reference: pd.DataFrame | None) -> pd.DataFrame:
    if reference is None or reference.empty:
        return pd.DataFrame({"year": pd.Series(dtype="int64"), "official_usd": pd.Series(dtype="float64"),
                             "confirmed": pd.Series(dtype=bool)})
    return reference_series(reference)


def _official_line(ax, reference: pd.DataFrame | None) -> pd.DataFrame:
    s = _reference(reference)
    conf = s[s["confirmed"]]
    ax.plot(s["year"], s["official_usd"] / _BN, color="#444444", lw=1.5, zorder=1, label="official (GACC)")
    unconf = s[~s["confirmed"]]
    if len(unconf):
        ax.scatter(unconf["year"], unconf["official_usd"] / _BN, facecolors="white", edgecolors="#444444",
                   zorder=2, s=30, label="official, unconfirmed row")
    return conf


def official_vs_reported(trade_check: pd.DataFrame, reference: pd.DataFrame, *, source: str = _SOURCE) -> Figure:
    """Official China–Russia trade per year (line) with the figures articles reported (points
    coloured by verdict; one-sided figures drawn as triangles: ▲ "more than", ▼ "up to").

    Args:
        trade_check: The ``trade_check`` table.
        reference: The reference trade table (``china_russia_trade.csv``).
        source: Caption.

    Returns:
        The figure.

    Examples:
        >>> ref = pd.DataFrame({"year": [2022, 2023], "trade_usd_bn": [190.27, 240.11], "confirmed": [True, True]})
        >>> tc = pd.DataFrame({"check": ["figure"], "year": [2023], "reported_low_usd": [240e9],
        ...                    "reported_high_usd": [240e9], "approx": [""], "verdict": ["match"]})
        >>> official_vs_reported(tc, ref).axes[0].get_title()
        'China–Russia trade: official totals and reported figures'
    """
    fig, ax = new_figure(title="China–Russia trade: official totals and reported figures", xlabel="year",
                         ylabel="goods trade, US$ billion", source=source)
    _official_line(ax, reference)
    f = trade_check[(trade_check["check"] == "figure") & trade_check["year"].notna()
                    & trade_check["reported_low_usd"].notna()]
    markers = {"more_than": "^", "at_least": "^", "less_than": "v", "up_to": "v"}
    for verdict, colour in VERDICT_COLOURS.items():
        g = f[f["verdict"] == verdict]
        if g.empty:
            continue
        for approx, gg in g.groupby(g["approx"].map(lambda a: markers.get(a, "o"))):
            y = (gg["reported_low_usd"] + gg["reported_high_usd"]) / 2 / _BN
            ax.scatter(gg["year"].astype(int), y, color=colour, marker=approx, s=55, zorder=3,
                       edgecolors="black", linewidths=0.4)
        ax.scatter([], [], color=colour, s=55, label=f"reported: {verdict}")
    if f.empty:
        ax.text(0.5, 0.5, "no China–Russia trade figure reported in this corpus", ha="center", va="center",
                transform=ax.transAxes, color="#777777")
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    return fig


def error_distribution(trade_check: pd.DataFrame, *, close_pct: float = 5.0, source: str = _SOURCE) -> Figure:
    """Reported minus official, in % of the official value, one dot per checked figure
    (jittered deterministically), coloured by verdict; dashed lines at ±``close_pct``.

    Examples:
        >>> tc = pd.DataFrame({"check": ["figure"], "diff_pct": [-4.7], "verdict": ["close"]})
        >>> error_distribution(tc).axes[0].get_xlabel()
        'reported − official, % of official'
    """
    fig, ax = new_figure(title="How far reported figures are from the official totals",
                         xlabel="reported − official, % of official", ylabel="", source=source, size=(8, 3.2))
    f = trade_check[(trade_check["check"] == "figure") & trade_check["diff_pct"].notna()].reset_index(drop=True)
    order = list(VERDICT_COLOURS)[:4]
    for i, verdict in enumerate(order):
        g = f[f["verdict"] == verdict]
        jitter = [((k * 7) % 11 - 5) / 40 for k in range(len(g))]
        ax.scatter(g["diff_pct"], [i + j for j in jitter], color=VERDICT_COLOURS[verdict], s=45,
                   edgecolors="black", linewidths=0.4, zorder=3)
    ax.set_yticks(range(len(order)), order)
    ax.set_ylim(-0.6, len(order) - 0.4)
    for x in (-close_pct, close_pct):
        ax.axvline(x, color="#888888", ls="--", lw=1)
    ax.axvline(0, color="#444444", lw=1)
    if f.empty:
        ax.text(0.5, 0.5, "no reported figure could be checked against the official totals", ha="center",
                va="center", transform=ax.transAxes, color="#777777")
    fig.tight_layout()
    return fig


def targets_vs_outcomes(targets: pd.DataFrame, reference: pd.DataFrame, *, source: str = _SOURCE) -> Figure:
    """Targets and forecasts (horizontal dashed lines, up to their deadline when one is written)
    against the official series; a dot marks the first year the series reached each one.

    Args:
        targets: :func:`summitlens.analyse.trade.targets_vs_outcomes` output.
        reference: The reference trade table.
        source: Caption.

    Examples:
        >>> ref = pd.DataFrame({"year": [2022, 2023], "trade_usd_bn": [190.27, 240.11], "confirmed": [True, True]})
        >>> t = pd.DataFrame({"check": ["target"], "target_usd_bn": [200.0], "target_year": [2024],
        ...                   "first_year_reached": [2023], "verdict": ["reached"]})
        >>> targets_vs_outcomes(t, ref).axes[0].get_ylabel()
        'goods trade, US$ billion'
    """
    fig, ax = new_figure(title="Trade targets and when the official total reached them", xlabel="year",
                         ylabel="goods trade, US$ billion", source=source)
    _official_line(ax, reference)
    s = _reference(reference)
    x0 = int(s["year"].min()) if len(s) else 2010
    x1 = int(s["year"].max()) if len(s) else 2025
    t = targets.drop_duplicates(subset=["check", "target_usd_bn", "target_year"]).reset_index(drop=True)
    for r in t.itertuples():
        colour = VERDICT_COLOURS.get(r.verdict, "#999999")
        end = int(r.target_year) if pd.notna(r.target_year) else x1
        ax.hlines(r.target_usd_bn, x0, end, colors=colour, linestyles="--", lw=1.2, zorder=2)
        label = f"{r.check} ${r.target_usd_bn:g}bn" + (f" by {int(r.target_year)}" if pd.notna(r.target_year) else "")
        ax.text(x0, r.target_usd_bn, label + f": {r.verdict}", fontsize=7, va="bottom", color=colour)
        if pd.notna(r.first_year_reached):
            row = s[s["year"] == int(r.first_year_reached)]
            if len(row):
                ax.scatter([int(r.first_year_reached)], row["official_usd"] / _BN, color=colour, s=60, zorder=4,
                           edgecolors="black", linewidths=0.5)
    if t.empty:
        ax.text(0.5, 0.5, "no trade target or forecast in this corpus", ha="center", va="center",
                transform=ax.transAxes, color="#777777")
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    return fig
