"""The ``money_mentions`` table of a corpus: every sentence's typed amounts, with article offsets.

Examples:
    >>> import pandas as pd
    >>> s = pd.DataFrame({"doc_id": ["d"], "sentence_no": [0], "char_start": [0], "char_end": [13],
    ...                   "text": ["It cost $5bn."], "text_match": ["It cost $5bn."], "is_english": [True]})
    >>> extract_money_table(s, pd.DataFrame({"doc_id": ["d"], "published": [pd.NaT]}))["surface"].tolist()
    ['$5bn']
"""

from __future__ import annotations

import datetime as dt
import re

from summitlens.extract.gazetteer import Gazetteer, load_gazetteer
from summitlens.extract.money.amounts import find_amounts
from summitlens.extract.money.lexicon import Lexicon, load_lexicon
from summitlens.extract.money.typing import extract_money, is_total_trade, main_countries, time_from_table

__all__ = ["extract_money_table"]

_EXPLICIT_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PREFILTER = re.compile(r"\d|billion|million|trillion|thousand", re.IGNORECASE)


def _date(v) -> dt.date | None:
    if v is None or v != v:  # None or NaT/NaN
        return None
    return v.date() if hasattr(v, "date") else v


def extract_money_table(sentences, articles, *, temporal=None, anchors=None,
                        lexicon: Lexicon | None = None, gazetteer: Gazetteer | None = None):
    """The ``money_mentions`` table of a corpus (pure: tables in, table out).

    Args:
        sentences: The ``sentences`` table.
        articles: The ``articles`` table (``published`` anchors relative years).
        temporal: The ``temporal_expressions`` table, or ``None`` to resolve dates here (one resolver).
        anchors: The ``document_dates`` table (anchor dates for undated articles), or ``None``.
        lexicon: A compiled lexicon; default the packaged one.
        gazetteer: The gazetteer countries come from; default the packaged one.

    Returns:
        A DataFrame with the columns of the ``money_mentions`` schema.

    Examples:
        >>> import pandas as pd
        >>> s = pd.DataFrame({"doc_id": ["d"], "sentence_no": [3], "char_start": [10], "char_end": [42],
        ...                   "text": ["Trade hit $240 billion last year."],
        ...                   "text_match": ["Trade hit $240 billion last year."], "is_english": [True]})
        >>> a = pd.DataFrame({"doc_id": ["d"], "published": [pd.Timestamp("2024-03-19")]})
        >>> extract_money_table(s, a)[["char_start", "surface", "year"]].to_dict("records")
        [{'char_start': 20, 'surface': '$240 billion', 'year': 2023}]
    """
    import pandas as pd

    from summitlens.schemas.trade import MONEY_MENTIONS

    lex = lexicon or load_lexicon()
    gz = gazetteer or load_gazetteer()
    published = {d: _date(p) for d, p in zip(articles["doc_id"], articles["published"])}
    if anchors is not None and len(anchors):
        # a hand-estimated date is evidence; an anchor inferred from the text's own dates is not
        # reliable enough to turn "last year" into a year of a trade figure
        for d, a, src in zip(anchors["doc_id"], anchors["anchor"], anchors["anchor_source"]):
            if published.get(d) is None and _date(a) is not None and src in ("published", "estimated"):
                published[d] = _date(a)
    by_sentence: dict[tuple[str, int], list] = {}
    if temporal is not None and len(temporal):
        for r in temporal.to_dict("records"):
            if r.get("anchor_source") == "inferred" and not _EXPLICIT_YEAR.search(str(r["surface"])):
                continue  # relative expression resolved on an inferred anchor: not trusted
            by_sentence.setdefault((r["doc_id"], int(r["sentence_no"])), []).append(r)
    sents = sentences
    if "is_english" in sents.columns:
        sents = sents[sents["is_english"].astype(bool)]
    rows = []
    doc_texts: dict[str, list[str]] = {}
    for d, t in zip(sents["doc_id"], sents["text_match"]):
        doc_texts.setdefault(d, []).append(t)
    context: dict[str, tuple[str, ...]] = {}
    for r in sents.itertuples(index=False):
        match_text = r.text_match
        amounts = find_amounts(match_text, lexicon=lex) if _PREFILTER.search(match_text) else []
        if not amounts:
            continue  # no amount: extract_money finds nothing (the article's countries are not needed)
        times = time_from_table(by_sentence.get((r.doc_id, int(r.sentence_no)), []), sentence=match_text,
                                sentence_start=int(r.char_start), lexicon=lex) if temporal is not None else None
        if r.doc_id not in context:
            context[r.doc_id] = main_countries(doc_texts[r.doc_id], gazetteer=gz)
        for m in extract_money(match_text, published=published.get(r.doc_id), time_expressions=times,
                               context_countries=context[r.doc_id], lexicon=lex,
                               gazetteer=gz, amounts=amounts):
            row = m.to_dict()
            row.update(
                doc_id=r.doc_id, sentence_no=int(r.sentence_no),
                char_start=int(r.char_start) + m.char_start, char_end=int(r.char_start) + m.char_end,
                surface=r.text[m.char_start:m.char_end], evidence=r.text,
                rounding_unit=m.sig_unit,
                is_china_russia_trade=is_total_trade(m, lexicon=lex) and {"CN", "RU"} <= set(m.countries.split(";")),
            )
            rows.append(row)
    cols = list(MONEY_MENTIONS.column_order)
    df = pd.DataFrame(rows, columns=cols) if rows else pd.DataFrame({c: [] for c in cols})
    df["year"] = pd.array(df["year"].tolist(), dtype="Int64")
    for c in ("period_start", "period_end"):
        df[c] = pd.to_datetime(df[c]).astype("datetime64[ns]")
    df["change_pct"] = df["change_pct"].astype("float64")
    for c in ("is_partial_year", "is_china_russia_trade"):
        df[c] = df[c].astype(bool)
    return df[cols]
