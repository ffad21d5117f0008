"""Benchmark: frame scoring (negation, voice, hedges, target) vs plain CountVectorizer counting.

Scores the whole BBC corpus (``../shared/corpora/bbc``, 2,225 files) in the same run:

* ``summitlens``: :func:`summitlens.extract.frames.extract_frame_terms` on the sentences
  (segmented beforehand with ``summitlens.text``; segmentation is not timed, the pipeline
  has already done it) plus :func:`summitlens.analyse.framing.document_scores`;
* ``CountVectorizer``: ``CountVectorizer(vocabulary=lexicon forms, ngram_range=(1, n))`` on
  the document texts, with ``n`` the longest term (needed to count multiword terms) and
  with ``n = 3`` (the cheaper, incomplete variant).

Prints wall-clock seconds (best of ``--repeat``), the ratios, term counts and the peak
memory of each method (tracemalloc, measured in separate runs so timing is not disturbed).

Run: ``.venv/bin/python bench/bench_frames.py [--corpus DIR] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import gc
import re
import time
import tracemalloc
from pathlib import Path

import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer

from summitlens import paths
from summitlens.analyse.framing import document_scores
from summitlens.extract.frames import extract_frame_terms, load_cues, load_lexicon
from summitlens.text.normalize import normalize_unicode, to_match_form
from summitlens.text.segment import split_sentences


def read_corpus(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Articles and sentences tables (the columns the framing step reads) for a folder of .txt."""
    arts, sents = [], []
    for f in sorted(folder.rglob("*.txt")):
        if f.name.upper() == "README.TXT":
            continue
        raw = f.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        text = normalize_unicode(text).strip()
        doc_id = str(f.relative_to(folder))
        paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
        full = "\n\n".join(p.strip() for p in paras)
        match = to_match_form(full)
        pos, sno = 0, 0
        for pno, p in enumerate(full.split("\n\n")):
            for a, b in split_sentences(p):
                sents.append((doc_id, sno, pno, pos + a, pos + b, p[a:b], match[pos + a:pos + b], pno == 0))
                sno += 1
            pos += len(p) + 2
        arts.append((doc_id, full, len(re.findall(r"\w+", full))))
    articles = pd.DataFrame(arts, columns=["doc_id", "text", "n_words"])
    sentences = pd.DataFrame(sents, columns=["doc_id", "sentence_no", "paragraph_no", "char_start", "char_end",
                                             "text", "text_match", "is_headline"])
    return articles, sentences


def run_summitlens(articles, sentences, lexicon, cues):
    terms = extract_frame_terms(sentences, lexicon=lexicon, cues=cues)
    scores = document_scores(terms, articles, categories=tuple(lexicon.categories))
    return terms, scores


def run_countvectorizer(articles, vocabulary, n_max):
    cv = CountVectorizer(vocabulary=vocabulary, ngram_range=(1, n_max), lowercase=True,
                         token_pattern=r"(?u)\b\w+\b")
    return cv.transform(articles["text"])


def best_time(fn, repeat):
    times, out = [], None
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def peak_mb(fn):
    gc.collect()
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(paths.BBC))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    folder = Path(args.corpus)
    if not folder.exists():
        raise SystemExit(f"corpus not found: {folder}")
    t0 = time.perf_counter()
    articles, sentences = read_corpus(folder)
    print(f"corpus {folder}: {len(articles)} documents, {len(sentences)} sentences, "
          f"{articles['n_words'].sum():,} words (read + segmented in {time.perf_counter() - t0:.1f} s, not timed)")
    lexicon, cues = load_lexicon(), load_cues()
    vocab = lexicon.vocabulary
    n_max = max(len(v.split()) for v in vocab)

    t_sl, (terms, _) = best_time(lambda: run_summitlens(articles, sentences, lexicon, cues), args.repeat)
    t_cv, X = best_time(lambda: run_countvectorizer(articles, vocab, n_max), args.repeat)
    t_cv3, X3 = best_time(lambda: run_countvectorizer(articles, vocab, 3), args.repeat)
    t_cv1, X1 = best_time(lambda: run_countvectorizer(articles, vocab, 1), args.repeat)

    print(f"summitlens frames (negation, voice, hedges, target) : {t_sl:7.2f} s  {len(terms):6d} terms "
          f"({int(terms['negated'].sum())} negated, {int((terms['voice'] != 'authorial').sum())} quoted/paraphrase)")
    print(f"CountVectorizer(vocabulary, ngram_range=(1, {n_max}))     : {t_cv:7.2f} s  {int(X.sum()):6d} counts")
    print(f"CountVectorizer(vocabulary, ngram_range=(1, 3))      : {t_cv3:7.2f} s  {int(X3.sum()):6d} counts")
    print(f"CountVectorizer(vocabulary, ngram_range=(1, 1)) unigrams only: {t_cv1:7.2f} s  {int(X1.sum()):6d} counts")
    print(f"ratio summitlens / CountVectorizer(1, {n_max}) = {t_sl / t_cv:.2f}x   (goal: within 2x)")
    print(f"ratio summitlens / CountVectorizer(1, 3)  = {t_sl / t_cv3:.2f}x")
    print(f"ratio summitlens / CountVectorizer(1, 1)  = {t_sl / t_cv1:.2f}x   (strictest: single words only)")
    m_sl = peak_mb(lambda: run_summitlens(articles, sentences, lexicon, cues))
    m_cv3 = peak_mb(lambda: run_countvectorizer(articles, vocab, 3))
    m_cv1 = peak_mb(lambda: run_countvectorizer(articles, vocab, 1))
    print(f"peak memory (tracemalloc): summitlens {m_sl:.1f} MB, CountVectorizer(1, 3) {m_cv3:.1f} MB, "
          f"CountVectorizer(1, 1) {m_cv1:.1f} MB")
    try:
        import resource

        print(f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    except ImportError:  # pragma: no cover - not on Windows
        pass


if __name__ == "__main__":
    main()
