"""Benchmark: SummitLens temporal resolver vs dateparser.search_dates, same gold, same run.

Scores both on the hand-written gold (tests/gold/meetings/temporal.csv): a gold expression is
resolved correctly when the tool returns an expression overlapping its surface in the same
sentence whose interval equals the gold interval. dateparser returns single datetimes, so it
is also scored leniently (its datetime falls inside the gold interval). Both tools get the
same sentence (`sentences.text_match`) and the same anchor (`document_dates.anchor`) as
RELATIVE_BASE. Prints accuracy, time per sentence, the speed ratio and peak memory
(tracemalloc, one pass each, imports excluded) and the process's maximum RSS.

    .venv/bin/python bench/bench_temporal.py
"""

from __future__ import annotations

import datetime as dt
import gc
import resource
import time
import tracemalloc
import warnings

import pandas as pd

from summitlens import load_tables, paths

GOLD = paths.TESTS_GOLD / "meetings" / "temporal.csv"
REPEAT = 3
_Q = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def _norm(s: str) -> str:
    return " ".join(str(s).translate(_Q).split()).lower()


def gold_sentences() -> pd.DataFrame:
    """Gold rows joined to their sentence text and the document's anchor."""
    gold = pd.read_csv(GOLD, dtype=str, keep_default_na=False)
    corpora = [paths.RAW] + ([paths.RUSSIA_CHINA_NEWS] if paths.RUSSIA_CHINA_NEWS.exists() else [])
    rows = []
    tables = [load_tables(c) for c in corpora]
    for g in gold.itertuples():
        for t in tables:
            art = t.articles[t.articles["file"].str.endswith(g.file)]
            if not len(art):
                continue
            doc = art["doc_id"].iloc[0]
            sents = t.sentences[t.sentences["doc_id"] == doc]
            hit = sents[sents["text"].map(_norm).str.contains(_norm(g.sentence), regex=False)]
            if not len(hit):
                continue
            dd = t.document_dates.set_index("doc_id").loc[doc]
            anchor = None if pd.isna(dd["anchor"]) else dd["anchor"].date()
            rows.append({"file": g.file, "text": hit["text_match"].iloc[0], "surface": g.surface,
                         "start": dt.date.fromisoformat(g.start), "end": dt.date.fromisoformat(g.end),
                         "anchor": anchor, "anchor_source": dd["anchor_source"]})
            break
    return pd.DataFrame(rows)


def ours(text: str, anchor, anchor_source):
    from summitlens.extract.dates import resolve_dates

    return [(e.surface, e.start, e.end) for e in resolve_dates(text, anchor=anchor, anchor_source=anchor_source)]


def dateparser_tool():
    from dateparser.search import search_dates

    def run(text: str, anchor, anchor_source):
        base = dt.datetime.combine(anchor, dt.time()) if anchor else None
        settings = {"RELATIVE_BASE": base} if base else {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text, languages=["en"], settings=settings) or []
        return [(s, d.date(), d.date()) for s, d in found]

    return run


def score(g: pd.DataFrame, results: list[list[tuple]]) -> tuple[float, float]:
    strict = lenient = 0
    for row, res in zip(g.itertuples(), results):
        gs = _norm(row.surface)
        for surface, s, e in res:
            ps = _norm(surface)
            if gs in ps or ps in gs:
                strict += int(s == row.start and e == row.end)
                lenient += int(s is not None and row.start <= s <= row.end and row.start <= e <= row.end)
                break
    return strict / len(g), lenient / len(g)


def timed(run, g: pd.DataFrame) -> tuple[list, float, int]:
    args = list(zip(g["text"], g["anchor"], g["anchor_source"]))
    results = [run(*a) for a in args]  # warm-up (lexicons, caches)
    gc.collect()
    tracemalloc.start()
    for a in args:
        run(*a)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    t0 = time.perf_counter()
    for _ in range(REPEAT):
        for a in args:
            run(*a)
    per = (time.perf_counter() - t0) / (REPEAT * len(args))
    return results, per, peak


def main() -> None:
    g = gold_sentences()
    print(f"gold expressions located: {len(g)} in {g['file'].nunique()} documents")
    ours_res, ours_t, ours_mem = timed(ours, g)
    dp_res, dp_t, dp_mem = timed(dateparser_tool(), g)
    o_strict, o_len = score(g, ours_res)
    d_strict, d_len = score(g, dp_res)
    print(f"{'tool':<22}{'interval acc':>13}{'lenient acc':>13}{'ms/sentence':>13}{'peak MiB':>10}")
    print(f"{'summitlens.temporal':<22}{o_strict:>13.3f}{o_len:>13.3f}{ours_t * 1e3:>13.3f}{ours_mem / 2**20:>10.2f}")
    print(f"{'dateparser.search':<22}{d_strict:>13.3f}{d_len:>13.3f}{dp_t * 1e3:>13.3f}{dp_mem / 2**20:>10.2f}")
    print(f"speed ratio (dateparser / summitlens): {dp_t / ours_t:.1f}x")
    print(f"accuracy ratio (summitlens / dateparser, strict): "
          f"{(o_strict / d_strict) if d_strict else float('inf'):.1f}x")
    print(f"max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
