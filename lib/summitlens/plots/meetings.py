"""Figures for the meetings notebook: a table in, a matplotlib Figure out."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from summitlens.analyse import meetings as am
from summitlens.analyse.findings import label
from summitlens.plots.style import new_figure, no_data

__all__ = ["meetings_per_year", "meeting_timeline", "meeting_gaps", "planned_lag", "mode_share"]

_SOURCE = "SummitLens meetings ledger"
_REF = "data/reference/putin_xi_meetings.csv"


def _empty(fig, ax, text="no Putin–Xi meeting in this corpus"):
    no_data(fig, ax, text)
    return _done(fig)


def _done(fig: Figure) -> Figure:
    """Detach the figure from pyplot: notebooks show it once, as the cell's result (the same
    under papermill and nbval), and open figures do not pile up."""
    fig.subplots_adjust(bottom=max(fig.subplotpars.bottom, 0.16))  # room for the source caption
    plt.close(fig)
    return fig


def meetings_per_year(ledger: pd.DataFrame, *, reference: pd.DataFrame | None = None) -> Figure:
    """Bars of meetings per year in the ledger (held in person, remote, planned) beside the reference.

    Examples:
        >>> led = pd.DataFrame({"start": pd.to_datetime(["2022-02-04"]), "status": ["occurred"],
        ...                     "mode": ["in_person"]})
        >>> meetings_per_year(led).axes[0].get_title()
        'Putin–Xi meetings per year: corpus ledger vs reference'
    """
    fig, ax = new_figure(title="Putin–Xi meetings per year: corpus ledger vs reference", xlabel="year",
                         ylabel="meetings", source=f"{_SOURCE}; {_REF}")
    t = am.meetings_per_year(ledger, reference)
    if not len(t):
        return _empty(fig, ax)
    x = np.arange(len(t))
    w = 0.4
    ax.bar(x - w / 2, t["ledger_in_person"], w, label="ledger: held in person", color="#2c3e50")
    ax.bar(x - w / 2, t["ledger_remote"], w, bottom=t["ledger_in_person"], label="ledger: video/phone",
           color="#7f8c8d")
    ax.bar(x - w / 2, t["ledger_planned"], w, bottom=t["ledger_in_person"] + t["ledger_remote"],
           label="ledger: only planned", color="#bdc3c7")
    ax.bar(x + w / 2, t["reference"], w, label="reference (in person)", color="#e67e22")
    ax.set_xticks(x, t["year"].astype(str), rotation=90 if len(t) > 12 else 0)
    ax.legend(fontsize=8)
    return _done(fig)


_KIND_COLORS = {"held in person": "#2c3e50", "held by video": "#16a085", "held by phone": "#8e44ad",
                "planned": "#e67e22", "cancelled or other": "#95a5a6", "reference list": "#999999"}


def meeting_timeline(ledger: pd.DataFrame, *, reference: pd.DataFrame | None = None) -> Figure:
    """Timeline of ledger encounters in lanes by how they were held (in person, video, phone) or only
    planned, above the reference list; filled markers are encounters matched to the reference.

    Examples:
        >>> led = pd.DataFrame({"meeting_id": ["M1"], "start": pd.to_datetime(["2022-02-04"]),
        ...     "end": pd.to_datetime(["2022-02-04"]), "place": ["Beijing"], "status": ["occurred"],
        ...     "mode": ["in_person"], "reference_meeting_no": [38]})
        >>> len(meeting_timeline(led).axes)
        1
    """
    fig, ax = new_figure(title="Putin–Xi encounters in the corpus by mode and status, against the reference list",
                         xlabel="date", ylabel="", source=f"{_SOURCE}; {_REF}", size=(9, 4.5))
    tl = am.encounter_timeline(ledger, reference)
    if tl.empty:
        return _empty(fig, ax)
    lanes = list(am.TIMELINE_KINDS)  # the reference list is the last lane
    y = {k: len(lanes) - 1 - i for i, k in enumerate(lanes)}
    for kind in lanes:
        g = tl[tl["kind"] == kind]
        color = _KIND_COLORS[kind]
        ax.hlines([y[kind]] * len(g), g["start"], g["end"], color=color, lw=3)
        hit, miss = g[g["in_reference"]], g[~g["in_reference"]]
        if kind == "reference list":
            ax.scatter(g["start"], [y[kind]] * len(g), marker="|", s=160, color=color, label="reference list (in person)")
            ax.scatter(hit["start"], [y[kind]] * len(hit), marker="|", s=160, color="#c0392b",
                       label="reference meeting the corpus reports")
            continue
        ax.scatter(hit["start"], [y[kind]] * len(hit), marker="o", s=45, color=color, zorder=3,
                   label=f"{kind} (in reference list)" if len(hit) else None)
        ax.scatter(miss["start"], [y[kind]] * len(miss), marker="o", s=45, facecolor="white", edgecolor=color,
                   zorder=3, label=f"{kind} (not in reference list)" if len(miss) else None)
        if len(g) <= 25:
            for r in g.itertuples():
                ax.annotate(r.place, (r.start, y[kind]), xytext=(0, 7), textcoords="offset points", fontsize=6,
                            ha="center", rotation=30)
    ax.set_yticks(list(y.values()), list(y.keys()), fontsize=8)
    ax.set_ylim(-0.7, len(lanes) - 0.3)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    if not (tl["kind"] != "reference list").any():
        ax.text(0.5, 0.6, "no dated Putin–Xi encounter in this corpus: reference list only", ha="center",
                va="center", transform=ax.transAxes, color="#777777")
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return _done(fig)


def meeting_gaps(ledger: pd.DataFrame, *, reference: pd.DataFrame | None = None) -> Figure:
    """Days between consecutive in-person meetings (ledger, held) and in the reference.

    Examples:
        >>> led = pd.DataFrame({"start": pd.to_datetime(["2022-02-04", "2022-09-15"]),
        ...     "status": ["occurred", "occurred"], "mode": ["in_person", "in_person"]})
        >>> meeting_gaps(led).axes[0].get_ylabel()
        'days since previous meeting'
    """
    fig, ax = new_figure(title="Gaps between consecutive Putin–Xi meetings", xlabel="meeting date",
                         ylabel="days since previous meeting", source=f"{_SOURCE}; {_REF}")
    held = ledger[(ledger["status"] == "occurred") & (ledger["mode"] == "in_person")]
    g = am.meeting_gaps(held["start"])
    if len(g):
        ax.plot(g["start"], g["gap_days"], "o-", color="#2c3e50", label="ledger (held, in person)")
    if reference is not None and len(reference):
        gr = am.meeting_gaps(reference["start_date"])
        ax.plot(gr["start"], gr["gap_days"], ".--", color="#e67e22", label="reference")
    if not len(g) and (reference is None or not len(reference)):
        return _empty(fig, ax, "no in-person Putin–Xi meeting reported as held, no reference")
    if not len(g):
        ax.text(0.5, 0.95, "no in-person Putin–Xi meeting reported as held in this corpus: reference only",
                ha="center", va="top", transform=ax.transAxes, color="#777777", fontsize=8)
    ax.legend(fontsize=8)
    return _done(fig)


def planned_lag(ledger: pd.DataFrame) -> Figure:
    """Lead time from the first article announcing a meeting to its start, per meeting.

    Examples:
        >>> led = pd.DataFrame({"meeting_id": ["m"], "start": pd.to_datetime(["2023-03-20"]),
        ...     "first_planned": pd.to_datetime(["2023-03-17"]), "first_occurred": [pd.NaT],
        ...     "status": ["planned"], "reference_meeting_no": [pd.NA]})
        >>> planned_lag(led).axes[0].get_xlabel()
        'days from first announcement to the meeting'
    """
    fig, ax = new_figure(title="Planned vs occurred: how far ahead meetings were announced",
                         xlabel="days from first announcement to the meeting", ylabel="",
                         source=_SOURCE)
    p = am.planned_lag(ledger)
    if not len(p):
        return _empty(fig, ax, "no meeting reported as planned")
    p = p.sort_values("start").reset_index(drop=True)
    colors = ["#27ae60" if (a or b) else "#c0392b" for a, b in zip(p["reported_held"], p["took_place_per_reference"])]
    ax.barh(np.arange(len(p)), p["lead_days"], color=colors)
    ax.set_yticks(np.arange(len(p)), [f"{m} ({s:%Y-%m-%d})" for m, s in zip(p["meeting_id"], p["start"])],
                  fontsize=7)
    ax.plot([], [], color="#27ae60", lw=6, label="held (reported later or in reference)")
    ax.plot([], [], color="#c0392b", lw=6, label="not confirmed as held")
    ax.axvline(0, color="#555555", lw=0.8)
    ax.legend(fontsize=8)
    return _done(fig)


def mode_share(mentions: pd.DataFrame) -> Figure:
    """Share of Putin–Xi meeting mentions in person vs video vs phone, by status group.

    Examples:
        >>> m = pd.DataFrame({"is_putin_xi": [True], "mode": ["virtual"], "status": ["virtual"]})
        >>> mode_share(m).axes[0].get_ylabel()
        'share of mentions'
    """
    fig, ax = new_figure(title="In person vs virtual: Putin–Xi meeting mentions", xlabel="mode",
                         ylabel="share of mentions", source=_SOURCE)
    t = am.mode_share(mentions)
    if not len(t):
        return _empty(fig, ax, "no Putin–Xi meeting mention in this corpus")
    piv = t.pivot_table(index="mode", columns="status_group", values="share", fill_value=0, aggfunc="sum")
    piv = piv.reindex([m for m in ("in_person", "virtual", "phone") if m in piv.index])
    bottom = np.zeros(len(piv))
    colors = {"held": "#2c3e50", "planned": "#bdc3c7", "other": "#e67e22"}
    for col in [c for c in ("held", "planned", "other") if c in piv.columns]:
        ax.bar([label(m) for m in piv.index], piv[col], bottom=bottom, label=col, color=colors[col])
        bottom += piv[col].to_numpy()
    ax.legend(fontsize=8)
    return _done(fig)
