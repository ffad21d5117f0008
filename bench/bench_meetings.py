"""Benchmark: the ``meetings`` step on the BBC corpus and on ``russia_china_news``.

Builds the ``corpus`` and ``dates`` steps of each corpus once into ``--work`` (not timed),
then times the meetings step's pure part (mentions, document events, ledger) on those
tables, best of ``--repeat``, and prints seconds, mentions, ledger rows, the number of parsed
sentences and peak memory (tracemalloc, a separate run). ``--baseline SECONDS`` per corpus
(``bbc=…,rcn=…``) prints the ratio against a figure measured before a change.

Run: ``.venv/bin/python bench/bench_meetings.py [--repeat 3] [--baseline bbc=4.1,rcn=0.9]``
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from pathlib import Path

from summitlens import load_tables, paths
from summitlens.pipeline import build
from summitlens.pipeline.meetings import extract_tables, read_reference

CORPORA = {"bbc": paths.BBC, "rcn": paths.RUSSIA_CHINA_NEWS}


def _corpus_dir(name: str) -> Path:
    return Path(CORPORA[name])


def _tables(name: str, work: Path):
    """The corpus and dates tables of ``name``, built into ``work`` unless a complete build is there
    (a failed earlier run leaves an incomplete output: built again)."""
    from summitlens.tables import StaleTablesError

    out = work / name
    try:
        return load_tables(_corpus_dir(name), out_dir=out, build_if_missing=False)
    except StaleTablesError:
        build(_corpus_dir(name), out, steps=["corpus", "dates"], progress=False)
    return load_tables(_corpus_dir(name), out_dir=out, build_if_missing=False)


def run_step(t, reference):
    """The meetings step on loaded tables (what ``pipeline.meetings.run`` does, minus I/O)."""
    from summitlens.derive.meetings import build_ledger

    tables = extract_tables(t.articles, t.sentences, t.document_dates, t.temporal_expressions)
    ledger, coverage = build_ledger(tables["meeting_mentions"], reference=reference)
    return tables["meeting_mentions"], ledger


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--work", default="/tmp/summitlens_bench_meetings")
    ap.add_argument("--baseline", default="", help="e.g. bbc=4.1,rcn=0.9 (seconds before a change)")
    args = ap.parse_args()
    base = dict(kv.split("=") for kv in args.baseline.split(",") if kv)
    work = Path(args.work)
    reference = read_reference(paths.REFERENCE)
    from summitlens.text.parse import load_parser

    load_parser()  # model load is a once-per-process cost, not the step's
    for name in ("bbc", "rcn"):
        t = _tables(name, work)
        best, out = float("inf"), None
        for _ in range(args.repeat):
            gc.collect()
            t0 = time.perf_counter()
            out = run_step(t, reference)
            best = min(best, time.perf_counter() - t0)
        tracemalloc.start()
        run_step(t, reference)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        mm, led = out
        ratio = f"  ratio vs baseline {best / float(base[name]):.2f}x" if name in base else ""
        print(f"{name}: {len(t.articles)} articles, {len(t.sentences)} sentences: meetings step "
              f"{best:.2f} s (best of {args.repeat}), {len(mm)} mentions "
              f"({int(mm['is_putin_xi'].sum())} Putin–Xi), {len(led)} ledger rows, "
              f"peak {peak:.0f} MiB{ratio}")


if __name__ == "__main__":
    main()
