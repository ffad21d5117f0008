"""Framing analysis for notebooks: balance, grouped CIs, KWIC, keyness, NMF topics.

All functions are pure (tables in, tables out) and deterministic: the bootstrap and the
topic model take a fixed ``seed``.
"""

from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd

from summitlens.derive.framing import SCORED_TARGETS, document_scores
from summitlens.extract.frames import VOICES

__all__ = [
    "document_scores",
    "document_balance",
    "aggregate_balance",
    "voice_counts",
    "kwic",
    "keyness",
    "frame_topics",
    "top_terms",
    "kwic_top",
    "split_groups",
    "article_groups",
    "relationship_framing",
    "kwic_lines",
    "LEAN_LABELS",
    "SCORED_TARGETS",
]

_VOICES = VOICES


def _balance(p, a):
    p = np.asarray(p, dtype=float)
    a = np.asarray(a, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(p + a > 0, (p - a) / (p + a), np.nan)


def document_balance(frame_scores: pd.DataFrame, articles: pd.DataFrame | None = None, *,
                     positive: str = "partnership", negative: str = "authoritarian",
                     voice: str = "all", weighted: bool = False) -> pd.DataFrame:
    """Per document: counts, rates and balance ``(P − A) / (P + A)`` (NaN when both are 0).

    Args:
        frame_scores: The ``frame_scores`` table.
        articles: Optional ``articles`` table; adds ``outlet``, ``title``, ``published``, ``year``.
        positive: Category counted as +1.
        negative: Category counted as −1.
        voice: Voice to use (``all`` or one voice).
        weighted: Use ``weight_sum`` instead of counts.

    Returns:
        One row per document with ``n_<positive>``, ``n_<negative>``, ``n_negated``,
        ``<cat>_per_1000``, ``balance``.

    Examples:
        >>> fs = pd.DataFrame({"doc_id": ["a", "a"], "category": ["partnership", "authoritarian"],
        ...     "voice": ["all", "all"], "n_words": [100, 100], "n_terms": [3, 1],
        ...     "n_negated": [0, 1], "n_hedged": [0, 0], "weight_sum": [3.0, 1.0],
        ...     "per_1000_words": [30.0, 10.0]})
        >>> document_balance(fs)["balance"].tolist()
        [0.5]
    """
    fs = frame_scores[frame_scores["voice"] == voice]
    val = "weight_sum" if weighted else "n_terms"
    wide = fs.pivot_table(index="doc_id", columns="category", values=val, aggfunc="sum", fill_value=0)
    rate = fs.pivot_table(index="doc_id", columns="category", values="per_1000_words", aggfunc="sum", fill_value=0)
    neg = fs[fs["category"] == "all"].set_index("doc_id")["n_negated"]
    words = fs.groupby("doc_id")["n_words"].first()
    out = pd.DataFrame(index=wide.index)
    out["n_words"] = words
    for cat in (positive, negative):
        out[f"n_{cat}"] = wide[cat] if cat in wide else 0
        out[f"{cat}_per_1000"] = rate[cat] if cat in rate else 0.0
    out["n_negated"] = neg.reindex(out.index).fillna(0).astype(int)
    out["balance"] = _balance(out[f"n_{positive}"], out[f"n_{negative}"])
    out = out.reset_index()
    if articles is not None:
        meta = articles[["doc_id", "outlet", "title", "published"]].copy()
        meta["year"] = pd.to_datetime(meta["published"]).dt.year.astype("Int64")
        meta["outlet"] = meta["outlet"].fillna("").replace("", "(unknown)")
        out = out.merge(meta, on="doc_id", how="left")
    return out.sort_values("doc_id", kind="mergesort").reset_index(drop=True)


def aggregate_balance(doc_balance: pd.DataFrame, *, by: str = "outlet", positive: str = "partnership",
                      negative: str = "authoritarian", n_boot: int = 1000, ci: float = 0.95,
                      seed: int = 0, min_docs: int = 1) -> pd.DataFrame:
    """Pooled balance and rates per group, with seeded bootstrap CIs over documents.

    The pooled balance is ``(ΣP − ΣA) / (ΣP + ΣA)`` over the group's documents; the CI
    resamples documents with replacement (``n_boot`` times, ``numpy`` generator ``seed``).

    Args:
        doc_balance: Output of :func:`document_balance` (with the ``by`` column).
        by: Grouping column (``outlet``, ``year`` …); missing values are dropped.
        positive: Positive category.
        negative: Negative category.
        n_boot: Bootstrap resamples.
        ci: Confidence level.
        seed: Random seed.
        min_docs: Groups with fewer documents are left out.

    Returns:
        One row per group: ``n_docs``, ``n_<positive>``, ``n_<negative>``, ``balance``,
        ``balance_low``, ``balance_high``, ``<cat>_per_1000`` (pooled) with ``_low``/``_high``.

    Examples:
        >>> db = pd.DataFrame({"outlet": ["x", "x", "y"], "n_words": [1000, 1000, 500],
        ...     "n_partnership": [3, 1, 0], "n_authoritarian": [1, 1, 2]})
        >>> r = aggregate_balance(db, n_boot=200)
        >>> r[["outlet", "n_docs", "balance"]].values.tolist()
        [['x', 2, 0.3333333333333333], ['y', 1, -1.0]]
    """
    rng = np.random.default_rng(seed)
    lo_q, hi_q = (1 - ci) / 2, 1 - (1 - ci) / 2
    rows = []
    df = doc_balance.dropna(subset=[by])
    for key, g in df.groupby(by, sort=True):
        if len(g) < min_docs:
            continue
        p = g[f"n_{positive}"].to_numpy(float)
        a = g[f"n_{negative}"].to_numpy(float)
        w = g["n_words"].to_numpy(float)
        idx = rng.integers(0, len(g), size=(n_boot, len(g)))
        P, A, W = p[idx].sum(1), a[idx].sum(1), w[idx].sum(1)
        bal_b = _balance(P, A)
        with np.errstate(invalid="ignore", divide="ignore"):
            pr_b = np.where(W > 0, P * 1000 / W, np.nan)
            ar_b = np.where(W > 0, A * 1000 / W, np.nan)
        row = {by: key, "n_docs": len(g), f"n_{positive}": int(p.sum()), f"n_{negative}": int(a.sum()),
               "balance": float(_balance(p.sum(), a.sum()))}
        for name, boot in (("balance", bal_b), (f"{positive}_per_1000", pr_b), (f"{negative}_per_1000", ar_b)):
            ok = boot[~np.isnan(boot)]
            row[f"{name}_low"] = float(np.quantile(ok, lo_q)) if len(ok) else np.nan
            row[f"{name}_high"] = float(np.quantile(ok, hi_q)) if len(ok) else np.nan
        row[f"{positive}_per_1000"] = p.sum() * 1000 / w.sum() if w.sum() else np.nan
        row[f"{negative}_per_1000"] = a.sum() * 1000 / w.sum() if w.sum() else np.nan
        rows.append(row)
    cols = [by, "n_docs", f"n_{positive}", f"n_{negative}", "balance", "balance_low", "balance_high",
            f"{positive}_per_1000", f"{positive}_per_1000_low", f"{positive}_per_1000_high",
            f"{negative}_per_1000", f"{negative}_per_1000_low", f"{negative}_per_1000_high"]
    return pd.DataFrame(rows, columns=cols)


def voice_counts(frame_terms: pd.DataFrame) -> pd.DataFrame:
    """Counts of terms by category × voice, with negated and hedged counts.

    Args:
        frame_terms: The ``frame_terms`` table.

    Returns:
        Rows ``category, voice, n_terms, n_negated, n_hedged`` (every voice listed).

    Examples:
        >>> ft = pd.DataFrame({"category": ["partnership"], "voice": ["quoted"],
        ...                    "negated": [False], "hedged": [True]})
        >>> voice_counts(ft).query("voice == 'quoted'")[["n_terms", "n_hedged"]].values.tolist()
        [[1, 1]]
    """
    cats = sorted(set(frame_terms["category"])) if len(frame_terms) else []
    grid = pd.MultiIndex.from_product([cats, list(_VOICES)], names=["category", "voice"]).to_frame(index=False)
    if len(frame_terms):
        ft = frame_terms.assign(negated=frame_terms["negated"].astype(bool), hedged=frame_terms["hedged"].astype(bool))
        ft = ft.assign(_pos=~ft["negated"], _h=ft["hedged"] & ~ft["negated"])
        g = ft.groupby(["category", "voice"]).agg(n_terms=("_pos", "sum"), n_negated=("negated", "sum"),
                                                  n_hedged=("_h", "sum")).reset_index()
        grid = grid.merge(g, on=["category", "voice"], how="left")
    for c in ("n_terms", "n_negated", "n_hedged"):
        grid[c] = grid[c].fillna(0).astype(int) if c in grid else 0
    return grid


def top_terms(frame_terms: pd.DataFrame, *, n: int = 10, include_negated: bool = False) -> pd.DataFrame:
    """Most frequent terms per category (ties broken alphabetically).

    Args:
        frame_terms: The ``frame_terms`` table.
        n: Terms per category.
        include_negated: Count negated occurrences too.

    Returns:
        Rows ``category, term, n`` sorted by category then count.

    Examples:
        >>> ft = pd.DataFrame({"category": ["a", "a", "a"], "term": ["x", "y", "x"],
        ...                    "negated": [False] * 3})
        >>> top_terms(ft, n=1).values.tolist()
        [['a', 'x', 2]]
    """
    ft = frame_terms if include_negated else frame_terms[~frame_terms["negated"].astype(bool)]
    g = ft.groupby(["category", "term"]).size().rename("n").reset_index()
    g = g.sort_values(["category", "n", "term"], ascending=[True, False, True], kind="mergesort")
    return g.groupby("category", sort=True).head(n).reset_index(drop=True)


def kwic(frame_terms_or_sentences: pd.DataFrame, term: str, *, window: int = 50,
         limit: int | None = None) -> pd.DataFrame:
    """Keyword in context: ``left | match | right`` for a term.

    With a ``frame_terms`` table, ``term`` is matched against ``term``/``term_id`` (exact,
    case-insensitive) and the context comes from the stored sentence; with a ``sentences``
    table (``text`` column), ``term`` is searched as a whole-word, case-insensitive phrase.

    Args:
        frame_terms_or_sentences: ``frame_terms`` or ``sentences`` table.
        term: The term (normalised form or term id for ``frame_terms``).
        window: Characters of context on each side.
        limit: Keep at most this many lines (in table order).

    Returns:
        Rows ``doc_id, sentence_no, left, match, right`` (plus ``voice``, ``negated`` from
        ``frame_terms``).

    Examples:
        >>> s = pd.DataFrame({"doc_id": ["d"], "sentence_no": [0],
        ...                   "text": ["Xi called Putin his best friend in 2019."]})
        >>> kwic(s, "best friend", window=10).values.tolist()
        [['d', 0, 'Putin his ', 'best friend', ' in 2019.']]
    """
    df = frame_terms_or_sentences
    rows = []
    t = term.lower().strip()
    if "sentence" in df.columns and "term" in df.columns:
        nth = df.groupby(["doc_id", "sentence_no", "surface"], sort=False).cumcount()
        mask = (df["term"].str.lower() == t) | (df["term_id"].str.lower() == t)
        sel = df[mask].assign(nth_occurrence=nth[mask])
        for r in sel.itertuples(index=False):
            sent = r.sentence
            loc = _local_offset(r)
            a, b = loc, loc + len(r.surface)
            rows.append({"doc_id": r.doc_id, "sentence_no": r.sentence_no,
                         "left": sent[max(0, a - window):a], "match": sent[a:b],
                         "right": sent[b:b + window], "voice": r.voice, "negated": bool(r.negated)})
    else:
        rx = re.compile(r"(?<!\w)" + r"[\s\-'\"\u2018\u2019\u201c\u201d]+".join(map(re.escape, t.split())) + r"(?!\w)", re.I)
        for r in df.itertuples(index=False):
            for m in rx.finditer(r.text):
                a, b = m.span()
                rows.append({"doc_id": r.doc_id, "sentence_no": r.sentence_no,
                             "left": r.text[max(0, a - window):a], "match": r.text[a:b],
                             "right": r.text[b:b + window]})
    out = pd.DataFrame(rows, columns=["doc_id", "sentence_no", "left", "match", "right"]
                       + (["voice", "negated"] if rows and "voice" in rows[0] else []))
    return out.head(limit) if limit is not None else out


def _local_offset(r) -> int:
    """Offset of a frame term inside its stored sentence."""
    hits = [m.start() for m in re.finditer(re.escape(r.surface), r.sentence)]
    n = int(getattr(r, "nth_occurrence", 0))
    return hits[n] if n < len(hits) else (hits[0] if hits else 0)


def keyness(group_a_texts, group_b_texts, *, top: int = 20, min_count: int = 5,
            stop_words: str | list[str] | None = "english", ngram_range: tuple[int, int] = (1, 1),
            vocabulary=None) -> pd.DataFrame:
    """Log-likelihood (G²) and χ² keyness of words in group A against group B.

    Counts come from :class:`sklearn.feature_extraction.text.CountVectorizer` fitted on
    both groups. Positive ``log_ratio`` means relatively more frequent in A.

    Args:
        group_a_texts: Iterable of texts.
        group_b_texts: Iterable of texts.
        top: Words to return per direction (A-key and B-key), by G².
        min_count: Minimum total count of a word.
        stop_words: Passed to ``CountVectorizer``.
        ngram_range: Passed to ``CountVectorizer``.
        vocabulary: Optional fixed vocabulary (e.g. the frame lexicon forms).

    Returns:
        Rows ``word, count_a, count_b, per_1000_a, per_1000_b, log_likelihood, chi2,
        log_ratio, key_for`` (``a`` or ``b``), strongest first per direction.

    Examples:
        >>> k = keyness(["ally ally ally partner"] * 3, ["dictator regime"] * 3, min_count=1, top=1)
        >>> k[["word", "key_for"]].values.tolist()
        [['ally', 'a'], ['dictator', 'b']]
    """
    from sklearn.feature_extraction.text import CountVectorizer

    a, b = list(group_a_texts), list(group_b_texts)
    cols = ["word", "count_a", "count_b", "per_1000_a", "per_1000_b", "log_likelihood", "chi2",
            "log_ratio", "key_for"]
    if not a or not b:
        return pd.DataFrame(columns=cols)
    cv = CountVectorizer(stop_words=None if vocabulary is not None else stop_words,
                         ngram_range=ngram_range, vocabulary=vocabulary, lowercase=True)
    try:
        X = cv.fit_transform(a + b)
    except ValueError:  # empty vocabulary
        return pd.DataFrame(columns=cols)
    ca = np.asarray(X[: len(a)].sum(0)).ravel().astype(float)
    cb = np.asarray(X[len(a):].sum(0)).ravel().astype(float)
    words = cv.get_feature_names_out()
    na, nb = ca.sum(), cb.sum()
    if na == 0 or nb == 0:
        return pd.DataFrame(columns=cols)
    tot = ca + cb
    ea, eb = na * tot / (na + nb), nb * tot / (na + nb)
    with np.errstate(divide="ignore", invalid="ignore"):
        ll = 2 * (np.where(ca > 0, ca * np.log(ca / ea), 0) + np.where(cb > 0, cb * np.log(cb / eb), 0))
        chi2 = np.where(ea > 0, (ca - ea) ** 2 / ea, 0) + np.where(eb > 0, (cb - eb) ** 2 / eb, 0)
        lr = np.log2(((ca + 0.5) / na) / ((cb + 0.5) / nb))
    df = pd.DataFrame({"word": words, "count_a": ca.astype(int), "count_b": cb.astype(int),
                       "per_1000_a": ca * 1000 / na, "per_1000_b": cb * 1000 / nb,
                       "log_likelihood": ll, "chi2": chi2, "log_ratio": lr})
    df = df[tot >= min_count]
    df["key_for"] = np.where(df["log_ratio"] > 0, "a", "b")
    parts = [df[df["key_for"] == k].sort_values(["log_likelihood", "word"], ascending=[False, True],
                                                kind="mergesort").head(top) for k in ("a", "b")]
    return pd.concat(parts, ignore_index=True)[cols]


def frame_topics(articles: pd.DataFrame, frame_scores: pd.DataFrame, *, n_topics: int = 5,
                 n_top_words: int = 8, seed: int = 0, max_features: int = 2000,
                 categories: tuple[str, ...] = ("authoritarian", "partnership")) -> pd.DataFrame:
    """NMF topics (TF-IDF, fixed seed) and the frames each topic carries.

    Each document's non-negated frame counts are shared among topics in proportion to its
    topic weights; the table reports, per topic, those shares per 1,000 (topic-weighted)
    words and the balance.

    Args:
        articles: ``articles`` table (``doc_id``, ``text``, ``n_words``).
        frame_scores: ``frame_scores`` table.
        n_topics: Number of topics (reduced when there are fewer documents).
        n_top_words: Words listed per topic.
        seed: ``random_state`` of NMF.
        max_features: Vocabulary size of the TF-IDF matrix.
        categories: Frame categories reported.

    Returns:
        One row per topic: ``topic``, ``top_words``, ``n_docs`` (documents whose dominant
        topic it is), ``<cat>_per_1000`` for each category, ``balance``.

    Examples:
        >>> arts = pd.DataFrame({"doc_id": list("abcd"), "n_words": [4] * 4, "text": [
        ...     "ally partner friendship ally", "dictator regime tyrant dictator",
        ...     "ally partner friendship treaty", "dictator regime repression tyrant"]})
        >>> fs = pd.DataFrame({"doc_id": list("abcd"), "category": ["partnership"] * 4,
        ...     "voice": ["all"] * 4, "n_terms": [4, 0, 3, 0], "n_words": [4] * 4})
        >>> frame_topics(arts, fs, n_topics=2, n_top_words=2)["n_docs"].tolist()
        [2, 2]
    """
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    cols = ["topic", "top_words", "n_docs"] + [f"{c}_per_1000" for c in categories] + ["balance"]
    arts = articles.sort_values("doc_id", kind="mergesort").reset_index(drop=True)
    if len(arts) < 2:
        return pd.DataFrame(columns=cols)
    k = max(1, min(n_topics, len(arts) - 1))
    tf = TfidfVectorizer(stop_words="english", max_features=max_features, min_df=1,
                         token_pattern=r"(?u)\b[^\W\d_][^\W\d_]+\b")
    X = tf.fit_transform(arts["text"])
    nmf = NMF(n_components=k, init="nndsvda", random_state=seed, max_iter=500)
    W = nmf.fit_transform(X)
    H = nmf.components_
    words = tf.get_feature_names_out()
    share = W / np.where(W.sum(1, keepdims=True) > 0, W.sum(1, keepdims=True), 1)
    fs = frame_scores[frame_scores["voice"] == "all"]
    nw = arts["n_words"].to_numpy(float)
    out = []
    dominant = W.argmax(1)
    for t in range(k):
        row = {"topic": t, "top_words": ", ".join(words[i] for i in np.argsort(-H[t], kind="stable")[:n_top_words]),
               "n_docs": int((dominant == t).sum())}
        tw = (share[:, t] * nw).sum()
        vals = {}
        for c in categories:
            cnt = fs[fs["category"] == c].set_index("doc_id")["n_terms"].reindex(arts["doc_id"]).fillna(0).to_numpy(float)
            vals[c] = (share[:, t] * cnt).sum()
            row[f"{c}_per_1000"] = vals[c] * 1000 / tw if tw > 0 else 0.0
        if len(categories) >= 2:
            p, a = vals[categories[1]], vals[categories[0]]
            row["balance"] = float((p - a) / (p + a)) if p + a > 0 else np.nan
        else:
            row["balance"] = np.nan
        out.append(row)
    return pd.DataFrame(out, columns=cols)


def kwic_top(frame_terms: pd.DataFrame, *, n_terms: int = 2, window: int = 50, limit: int = 5) -> pd.DataFrame:
    """KWIC lines for the most frequent terms of each category (see :func:`top_terms`).

    Args:
        frame_terms: The ``frame_terms`` table.
        n_terms: Terms per category.
        window: Characters of context on each side.
        limit: Lines per term.

    Returns:
        Rows ``category, term, doc_id, sentence_no, left, match, right, voice, negated``.

    Examples:
        >>> ft = pd.DataFrame({"doc_id": ["d"], "sentence_no": [0], "surface": ["ally"], "term": ["ally"],
        ...     "term_id": ["ally"], "category": ["partnership"], "voice": ["authorial"],
        ...     "negated": [False], "sentence": ["China is an ally."]})
        >>> kwic_top(ft, window=6)[["term", "left", "match"]].values.tolist()
        [['ally', 'is an ', 'ally']]
    """
    cols = ["category", "term", "doc_id", "sentence_no", "left", "match", "right", "voice", "negated"]
    parts = []
    for r in top_terms(frame_terms, n=n_terms).itertuples(index=False):
        k = kwic(frame_terms[frame_terms["category"] == r.category], r.term, window=window, limit=limit)
        parts.append(k.assign(category=r.category, term=r.term))
    if not parts:
        return pd.DataFrame(columns=cols)
    return pd.concat(parts, ignore_index=True).reindex(columns=cols)


def split_groups(articles: pd.DataFrame, *, column: str = "outlet", group_a=None, group_b=None,
                 frame_scores: pd.DataFrame | None = None) -> tuple[list[str], list[str], str, str]:
    """Texts of two groups of articles for :func:`keyness`.

    ``group_a`` defaults to the most frequent non-empty value of ``column`` (ties:
    alphabetical); ``group_b`` defaults to every other article. When ``column`` has fewer
    than two non-empty values (e.g. a corpus without a manifest) and ``frame_scores`` is
    given, articles are split by frame balance instead: partnership-leaning (balance > 0)
    against the rest.

    Args:
        articles: ``articles`` table (``text`` and ``column``; ``year`` is derived from
            ``published`` when asked for).
        column: Grouping column.
        group_a: Value (or list of values) of group A.
        group_b: Value (or list of values) of group B.
        frame_scores: Used only for the balance fallback.

    Returns:
        ``(texts_a, texts_b, label_a, label_b)``.

    Examples:
        >>> arts = pd.DataFrame({"outlet": ["X", "X", "Y"], "text": ["a", "b", "c"]})
        >>> split_groups(arts)
        (['a', 'b'], ['c'], 'outlet = X', 'other outlet')
    """
    df = articles.sort_values("doc_id", kind="mergesort") if "doc_id" in articles else articles
    if column == "year" and "year" not in df and "published" in df:
        df = df.assign(year=pd.to_datetime(df["published"]).dt.year.astype("Int64").astype(str))
    values = df[column].astype(str).replace({"<NA>": "", "nan": "", "NaT": ""}) if column in df else None
    present = values[values != ""] if values is not None else pd.Series(dtype=str)
    if present.nunique() < 2 and frame_scores is not None:
        bal = document_balance(frame_scores).set_index("doc_id")["balance"]
        lean = df["doc_id"].map(bal).fillna(0) > 0
        return (df.loc[lean, "text"].tolist(), df.loc[~lean, "text"].tolist(),
                "partnership-leaning articles", "other articles")
    if values is None or present.empty:
        return [], [], f"{column} (no values)", "—"
    if group_a is None:
        counts = present.value_counts()
        group_a = sorted(counts[counts == counts.max()].index)[0]
    a_vals = {str(v) for v in (group_a if isinstance(group_a, (list, tuple, set)) else [group_a])}
    in_a = values.isin(a_vals)
    if group_b is None:
        in_b, label_b = ~in_a, f"other {column}"
    else:
        b_vals = {str(v) for v in (group_b if isinstance(group_b, (list, tuple, set)) else [group_b])}
        in_b, label_b = values.isin(b_vals), f"{column} = {', '.join(sorted(b_vals))}"
    return (df.loc[in_a, "text"].tolist(), df.loc[in_b, "text"].tolist(),
            f"{column} = {', '.join(sorted(a_vals))}", label_b)


def headline_balance(frame_scores: pd.DataFrame, *, positive: str = "partnership",
                     negative: str = "authoritarian") -> pd.DataFrame:
    """Corpus-wide frame counts and balance per voice (the report's headline figure).

    Args:
        frame_scores: The ``frame_scores`` table.
        positive: Category counted as +1.
        negative: Category counted as −1.

    Returns:
        One row per voice: ``n_<positive>``, ``n_<negative>``, ``n_negated``, ``balance``.

    Examples:
        >>> fs = pd.DataFrame({"doc_id": ["a", "a", "a"], "voice": ["all", "all", "all"],
        ...     "category": ["partnership", "authoritarian", "all"], "n_terms": [3, 1, 4],
        ...     "n_negated": [0, 0, 1]})
        >>> headline_balance(fs)[["voice", "balance"]].to_dict("records")
        [{'voice': 'all', 'balance': 0.5}]
    """
    cats = frame_scores[frame_scores["category"].isin([positive, negative])]
    wide = cats.pivot_table(index="voice", columns="category", values="n_terms", aggfunc="sum", fill_value=0)
    neg = frame_scores[frame_scores["category"] == "all"].groupby("voice")["n_negated"].sum()
    out = pd.DataFrame(index=wide.index)
    for cat in (positive, negative):
        out[f"n_{cat}"] = (wide[cat] if cat in wide else 0)
    out["n_negated"] = neg.reindex(out.index).fillna(0).astype(int)
    out["balance"] = np.round(_balance(out[f"n_{positive}"], out[f"n_{negative}"]), 3)
    order = {"all": 0, "authorial": 1, "quoted": 2, "paraphrase": 3}
    out = out.reset_index()
    return out.sort_values("voice", key=lambda s: s.map(order).fillna(9), kind="mergesort").reset_index(drop=True)


#: AllSides' numeric lean codes (``bias`` in ``articles.meta``) when ``bias_text`` is absent.
LEAN_LABELS = {"0": "left", "1": "center", "2": "right"}


def article_groups(articles: pd.DataFrame, *, by: str = "outlet",
                   labels: dict[str, str] | None = None) -> pd.Series:
    """The group of each article: a column of ``articles``, ``year``, or a key of ``articles.meta``.

    ``meta`` is the JSON string of the manifest's or record's other fields (``bias``,
    ``topic``, ``authors`` for AllSides). For ``by="bias"``, ``bias_text`` is used when
    present, else ``bias`` through ``labels`` (default :data:`LEAN_LABELS`).

    Args:
        articles: The ``articles`` table.
        by: Column, ``year`` or meta key.
        labels: Value → label mapping applied to meta values.

    Returns:
        A string Series indexed like ``articles`` ('' when unknown).

    Examples:
        >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "meta": ['{"bias": 0}', '{"bias": 2}']})
        >>> article_groups(arts, by="bias").tolist()
        ['left', 'right']
    """
    if by == "year" and "published" in articles:
        y = pd.to_datetime(articles["published"], errors="coerce").dt.year
        return y.map(lambda v: "" if pd.isna(v) else str(int(v)))
    if by in articles.columns and by != "meta":
        return articles[by].fillna("").astype(str)
    lab = LEAN_LABELS if labels is None and by == "bias" else (labels or {})
    out = []
    for m in articles["meta"] if "meta" in articles else [""] * len(articles):
        try:
            d = json.loads(m) if isinstance(m, str) and m else {}
        except ValueError:
            d = {}
        v = d.get(f"{by}_text") if by == "bias" and d.get("bias_text") not in (None, "") else d.get(by)
        v = "" if v is None else str(v)
        out.append(lab.get(v, v))
    return pd.Series(out, index=articles.index, dtype=object)


def relationship_framing(frame_terms: pd.DataFrame, articles: pd.DataFrame, *, by: str = "bias",
                         min_docs: int = 10, n_boot: int = 1000, ci: float = 0.95, seed: int = 0,
                         targets: tuple[str, ...] = SCORED_TARGETS, labels: dict[str, str] | None = None,
                         positive: str = "partnership", negative: str = "authoritarian") -> pd.DataFrame:
    """Framing of Russia, China, their leaders and their relationship per group of articles.

    Counts only terms whose ``target`` is in ``targets``, not negated and without a ``flag``
    (proper names, economic senses). Every article of a group counts in ``n_docs`` (also those
    without a term). Bootstrap intervals (articles resampled, seeded) are given only for
    groups of at least ``min_docs`` articles; smaller groups get no interval and a ``note``.

    Args:
        frame_terms: The ``frame_terms`` table.
        articles: The ``articles`` table (``doc_id``, ``n_words``, ``published``, ``meta`` …).
        by: Grouping (see :func:`article_groups`): ``bias``, ``outlet``, ``year`` ….
        min_docs: Smallest group that gets an interval.
        n_boot: Bootstrap resamples.
        ci: Confidence level.
        seed: Random seed.
        targets: Targets counted.
        labels: Value → label mapping for meta values.
        positive: Category counted as +1.
        negative: Category counted as −1.

    Returns:
        One row per group: ``n_docs``, ``n_docs_with_terms``, counts, ``balance`` with
        ``balance_low``/``balance_high``, rates per 1,000 words, ``note``.

    Examples:
        >>> ft = pd.DataFrame({"doc_id": ["a", "b"], "category": ["partnership", "authoritarian"],
        ...     "target": ["relationship", "leader"], "negated": [False, False], "flag": ["", ""]})
        >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [100, 100],
        ...     "meta": ['{"bias": 0}', '{"bias": 2}']})
        >>> relationship_framing(ft, arts)[["bias", "n_docs", "balance", "note"]].values.tolist()
        [['left', 1, 1.0, 'n < 10 articles: no interval'], ['right', 1, -1.0, 'n < 10 articles: no interval']]
    """
    ft = frame_terms
    keep = ft["target"].isin(targets) & ~ft["negated"].astype(bool)
    if "flag" in ft:
        keep &= ft["flag"].fillna("").astype(str).eq("")
    ft = ft[keep]
    docs = articles[["doc_id", "n_words"]].copy()
    docs[by] = article_groups(articles, by=by, labels=labels).to_numpy()
    cnt = ft.groupby(["doc_id", "category"]).size().unstack(fill_value=0)
    for cat in (positive, negative):
        docs[f"n_{cat}"] = docs["doc_id"].map(cnt[cat] if cat in cnt else pd.Series(dtype=float)).fillna(0).astype(int)
    docs = docs[docs[by] != ""]
    agg = aggregate_balance(docs, by=by, positive=positive, negative=negative, n_boot=n_boot, ci=ci,
                            seed=seed, min_docs=1)
    with_terms = docs.assign(_t=(docs[f"n_{positive}"] + docs[f"n_{negative}"]) > 0).groupby(by)["_t"].sum()
    agg.insert(2, "n_docs_with_terms", agg[by].map(with_terms).fillna(0).astype(int).to_numpy())
    small = agg["n_docs"] < min_docs
    for c in [c for c in agg.columns if c.endswith(("_low", "_high"))]:
        agg.loc[small, c] = np.nan
    agg["note"] = np.where(small, f"n < {min_docs} articles: no interval", "")
    return agg.reset_index(drop=True)


def kwic_lines(frame_terms: pd.DataFrame, articles: pd.DataFrame, term: str, *, window: int = 50,
               limit: int | None = None) -> pd.DataFrame:
    """KWIC for any term with the outlet, headline and date of each line.

    Args:
        frame_terms: The ``frame_terms`` table.
        articles: The ``articles`` table (``outlet``, ``title``, ``published``).
        term: Normalised term or term id (see :func:`kwic`).
        window: Characters of context on each side.
        limit: Keep at most this many lines.

    Returns:
        Rows ``outlet, title, published, left, match, right, voice, negated, doc_id``.

    Examples:
        >>> ft = pd.DataFrame({"doc_id": ["d"], "sentence_no": [0], "surface": ["ally"], "term": ["ally"],
        ...     "term_id": ["ally"], "voice": ["authorial"], "negated": [False], "sentence": ["China is an ally."]})
        >>> arts = pd.DataFrame({"doc_id": ["d"], "outlet": ["X"], "title": ["T"], "published": ["2019-06-05"]})
        >>> kwic_lines(ft, arts, "ally", window=6)[["outlet", "title", "published", "left", "match"]].values.tolist()
        [['X', 'T', '2019-06-05', 'is an ', 'ally']]
    """
    k = kwic(frame_terms, term, window=window)
    cols = ["outlet", "title", "published", "left", "match", "right", "voice", "negated", "doc_id"]
    if k.empty:
        return pd.DataFrame(columns=cols)
    meta = articles[["doc_id", "outlet", "title", "published"]].drop_duplicates("doc_id")
    out = k.merge(meta, on="doc_id", how="left")
    out["published"] = out["published"].astype(str).str[:10]
    out = out.sort_values(["published", "doc_id", "sentence_no"], kind="mergesort").reindex(columns=cols)
    return (out.head(limit) if limit is not None else out).reset_index(drop=True)
