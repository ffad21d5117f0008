"""The ``frame_scores`` table: per-document counts and rates of frame terms.

Built by the ``framing`` pipeline step from ``frame_terms`` and ``articles``; the notebook
analyses (balance, CIs, KWIC, keyness, topics) are in :mod:`summitlens.analyse.framing`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from summitlens.extract.frames import VOICES

__all__ = ["document_scores", "SCORED_TARGETS"]

#: Targets counted in scores by default: frames about Russia, China, their leaders or
#: their relationship ("US allies", "the Assad regime" are kept in frame_terms only).
SCORED_TARGETS = ("relationship", "russia", "china", "leader")


def document_scores(frame_terms: pd.DataFrame, articles: pd.DataFrame, *,
                    categories: tuple[str, ...] = ("authoritarian", "partnership"),
                    targets: tuple[str, ...] | None = SCORED_TARGETS,
                    include_flagged: bool = False) -> pd.DataFrame:
    """The ``frame_scores`` table: one row per document × category × voice.

    Negated terms are counted in ``n_negated`` and left out of ``n_terms``, ``weight_sum``
    and ``per_1000_words``. Rows with category or voice ``all`` sum over the others.
    Every article gets rows, also without any term. Only terms whose ``target`` is in
    ``targets`` are scored, and flagged terms (``flag``: proper names such as "Treaty of
    Friendship", economic senses such as "trading partner") are left out unless
    ``include_flagged``.

    Args:
        frame_terms: The ``frame_terms`` table.
        articles: The ``articles`` table (``doc_id``, ``n_words``).
        categories: Categories to report (others present in ``frame_terms`` are added).
        targets: Targets to score; ``None`` scores every term.
        include_flagged: Also score terms with a ``flag``.

    Returns:
        The ``frame_scores`` table.

    Examples:
        >>> ft = pd.DataFrame({"doc_id": ["a", "a"], "category": ["partnership"] * 2,
        ...     "voice": ["quoted", "authorial"], "negated": [False, True],
        ...     "hedged": [False, False], "weight": [1.0, 1.0]})
        >>> arts = pd.DataFrame({"doc_id": ["a"], "n_words": [500]})
        >>> s = document_scores(ft, arts)
        >>> row = s[(s.category == "partnership") & (s.voice == "all")].iloc[0]
        >>> int(row.n_terms), int(row.n_negated), float(row.per_1000_words)
        (1, 1, 2.0)
    """
    cats = list(dict.fromkeys(list(categories) + sorted(set(frame_terms.get("category", pd.Series(dtype=str))))))
    docs = articles[["doc_id", "n_words"]].drop_duplicates("doc_id")
    ft = frame_terms
    if targets is not None and "target" in ft.columns:
        ft = ft[ft["target"].isin(targets)]
    if not include_flagged and "flag" in ft.columns:
        ft = ft[ft["flag"].fillna("").astype(str).eq("")]
    if len(ft):
        ft = ft.assign(negated=ft["negated"].astype(bool), hedged=ft["hedged"].astype(bool),
                       weight=ft["weight"].astype(float))
        ft = ft.assign(_pos=~ft["negated"], _w=np.where(ft["negated"], 0.0, ft["weight"]),
                       _h=ft["hedged"] & ~ft["negated"])
    frames = []
    for cat_all in (False, True):
        for voice_all in (False, True):
            keys = ["doc_id"] + ([] if cat_all else ["category"]) + ([] if voice_all else ["voice"])
            if len(ft):
                g = ft.groupby(keys).agg(n_terms=("_pos", "sum"), n_negated=("negated", "sum"),
                                         n_hedged=("_h", "sum"), weight_sum=("_w", "sum")).reset_index()
            else:
                g = pd.DataFrame(columns=keys + ["n_terms", "n_negated", "n_hedged", "weight_sum"])
            if cat_all:
                g["category"] = "all"
            if voice_all:
                g["voice"] = "all"
            frames.append(g)
    counts = pd.concat(frames, ignore_index=True)
    grid = pd.MultiIndex.from_product([docs["doc_id"], cats + ["all"], list(VOICES) + ["all"]],
                                      names=["doc_id", "category", "voice"]).to_frame(index=False)
    out = grid.merge(counts, on=["doc_id", "category", "voice"], how="left").merge(docs, on="doc_id")
    for c in ("n_terms", "n_negated", "n_hedged"):
        out[c] = out[c].fillna(0).astype("int64")
    out["weight_sum"] = out["weight_sum"].fillna(0.0).astype(float)
    out["n_words"] = out["n_words"].astype("int64")
    nw = out["n_words"].to_numpy()
    out["per_1000_words"] = np.where(nw > 0, out["n_terms"] * 1000.0 / np.maximum(nw, 1), 0.0)
    cols = ["doc_id", "category", "voice", "n_words", "n_terms", "n_negated", "n_hedged",
            "weight_sum", "per_1000_words"]
    return out[cols].sort_values(["doc_id", "category", "voice"], kind="mergesort").reset_index(drop=True)
