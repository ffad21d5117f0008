"""Benchmark: sentence segmentation and language identification over the BBC corpus.

Compares summitlens.text.segment.split_sentences with the obvious alternative (a bare
regex split on ". " + capital, which mis-splits "U.S. officials" and "Mr. Xi"), and
summitlens.text.language.detect_languages (cheap English path + lingua) with lingua on
every paragraph. Prints times, ratios and peak memory. Skips when ../shared is absent.
"""

from __future__ import annotations

import re
import resource
import sys
import time

from summitlens import paths
from summitlens.text.language import _detector, detect_languages
from summitlens.text.segment import split_sentences

NAIVE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def main() -> int:
    files = sorted(paths.BBC.glob("*/*.txt"))
    if not files:
        print(f"skipped: BBC corpus not found at {paths.BBC}")
        return 0
    paras = [p.strip() for f in files for p in f.read_bytes().decode("utf-8", "replace").split("\n") if p.strip()]
    print(f"{len(files)} files, {len(paras)} paragraphs")

    t = time.perf_counter()
    n_naive = sum(len(NAIVE.split(p)) for p in paras)
    t_naive = time.perf_counter() - t
    t = time.perf_counter()
    n_ours = sum(len(split_sentences(p)) for p in paras)
    t_ours = time.perf_counter() - t
    print(f"segmentation: split_sentences {t_ours:.2f} s ({n_ours} sentences) vs naive regex "
          f"{t_naive:.2f} s ({n_naive}); ratio {t_ours / max(t_naive, 1e-9):.1f}x")

    detector = _detector()
    detector.detect_language_of("warm-up: lingua loads its models lazily")
    docs: dict[str, list[str]] = {}
    for f in files:
        docs[str(f)] = [p.strip() for p in f.read_bytes().decode("utf-8", "replace").split("\n") if p.strip()]
    t = time.perf_counter()
    langs = [code for ps in docs.values() for code in detect_languages(ps)]
    t_ours = time.perf_counter() - t
    t = time.perf_counter()
    detector.detect_languages_in_parallel_of(paras)
    t_lingua = time.perf_counter() - t
    n_en = sum(code == "en" for code in langs)
    print(f"language id: detect_languages per document {t_ours:.2f} s ({n_en}/{len(langs)} en) vs lingua on "
          f"every paragraph {t_lingua:.2f} s; ratio {t_ours / max(t_lingua, 1e-9):.2f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
