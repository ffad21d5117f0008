"""Benchmark: build the corpus tables of the whole BBC corpus (2,225 files).

Compares, in the same run, the full ``corpus`` step (decode, repair, boilerplate rules,
segmentation, language id, dedup, MinHash stories; process pool on all cores) with the
obvious alternative that does much less: read each file with ``errors="replace"`` and run
``ftfy.fix_text`` on it. Prints seconds, documents per second, the ratio, and peak memory.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

import ftfy

from summitlens import paths
from summitlens.io.read import list_files
from summitlens.pipeline import build


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def main() -> int:
    corpus = paths.BBC
    if not corpus.exists():
        print(f"skip: {corpus} not found")
        return 0
    files = list_files(corpus)
    t0 = time.perf_counter()
    for path, _ in files:
        ftfy.fix_text(path.read_text(encoding="utf-8", errors="replace"))
    naive = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        summary = build(corpus, Path(out), steps=["corpus"], progress=False)
        ours = time.perf_counter() - t0
    print(summary.line())
    print(f"corpus step, BBC ({len(files)} files): {ours:.2f} s ({len(files) / ours:.0f} docs/s); "
          f"goal < 20 s on 2 cores")
    print(f"read + ftfy.fix_text only: {naive:.2f} s; full step / naive = {ours / naive:.2f}x")
    print(f"peak memory (max RSS of this process or a worker): {_peak_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
