"""Measured quality of boilerplate removal and sentence segmentation against hand gold.

Gold files (tests/gold/corpus/):
- boilerplate_gold.csv: every non-blank line of the annotated files, ``is_boilerplate`` 0/1
  (line_no is the 0-based line index in the file);
- sentences_gold.csv: the expected sentences of annotated paragraphs (file + line_no).

The files are run through the library functions directly (decode → repair → normalise →
clean_lines → split_sentences). Thresholds: 0.9 for boilerplate precision and recall and
for sentence-boundary F1.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest

from summitlens import paths
from summitlens.text.boilerplate import CleanResult, clean_lines, load_rules
from summitlens.text.decode import decode_bytes
from summitlens.text.normalize import normalize_unicode, to_match_form
from summitlens.text.repair import repair_mojibake
from summitlens.text.segment import split_sentences, strip_bullet
from tests.conftest import require_shared

GOLD = paths.TESTS_GOLD / "corpus"
THRESHOLD = 0.9
CORPORA = {"seeds": paths.RAW_ARTICLES, "russia_china_news": paths.RUSSIA_CHINA_NEWS}


def _rows(name: str) -> list[dict[str, str]]:
    with open(GOLD / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _path(corpus: str, file: str) -> Path:
    path = CORPORA[corpus] / file
    require_shared(path)
    return path


@lru_cache(maxsize=None)
def _clean(path: Path) -> tuple[list[str], CleanResult]:
    text = normalize_unicode(repair_mojibake(decode_bytes(path.read_bytes()).text))
    lines = text.split("\n")
    return lines, clean_lines(lines, rules=load_rules())


def _stream(text: str) -> str:
    """Comparison stream: match form without any whitespace."""
    return "".join(to_match_form(text).split())


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def test_gold_files_cover_enough_documents() -> None:
    bp, sents = _rows("boilerplate_gold.csv"), _rows("sentences_gold.csv")
    for rows in (bp, sents):
        files = defaultdict(set)
        for r in rows:
            files[r["corpus"]].add(r["file"])
        assert len(files["seeds"]) == 5 and len(files["russia_china_news"]) >= 10


def test_boilerplate_gold_lines_match_files() -> None:
    for r in _rows("boilerplate_gold.csv"):
        lines, _ = _clean(_path(r["corpus"], r["file"]))
        assert lines[int(r["line_no"])].strip().startswith(r["text"]), (r["file"], r["line_no"])


def test_boilerplate_precision_recall() -> None:
    rows = _rows("boilerplate_gold.csv")
    tp = fp = fn = 0
    errors = []
    for r in rows:
        _, res = _clean(_path(r["corpus"], r["file"]))
        removed = {ln: rid for ln, rid, _ in res.removed}
        gold, pred = r["is_boilerplate"] == "1", int(r["line_no"]) in removed
        tp, fp, fn = tp + (gold and pred), fp + (pred and not gold), fn + (gold and not pred)
        if gold != pred:
            errors.append(f"{'FP' if pred else 'FN'} {r['file']}:{r['line_no']} {removed.get(int(r['line_no']))} {r['text'][:60]!r}")
    p, rec, f1 = _prf(tp, fp, fn)
    print(f"\nboilerplate gold: {len(rows)} lines, {tp + fn} boilerplate; "
          f"precision={p:.3f} recall={rec:.3f} F1={f1:.3f}")
    print("\n".join(errors))
    assert p >= THRESHOLD and rec >= THRESHOLD


def test_titles_are_never_boilerplate() -> None:
    rows = [r for r in _rows("boilerplate_gold.csv")]
    first_kept: dict[tuple[str, str], int] = {}
    for r in rows:
        if r["is_boilerplate"] == "0":
            first_kept.setdefault((r["corpus"], r["file"]), int(r["line_no"]))
    for (corpus, file), line_no in first_kept.items():
        _, res = _clean(_path(corpus, file))
        assert res.title_line == line_no, file


def test_sentence_boundary_f1() -> None:
    gold: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    for r in _rows("sentences_gold.csv"):
        gold[(r["corpus"], r["file"], int(r["line_no"]))].append(r["sentence"])
    tp = fp = fn = exact = n_pred = 0
    errors = []
    for (corpus, file, line_no), sents in gold.items():
        _, res = _clean(_path(corpus, file))
        para = dict(res.body).get(line_no)
        assert para is not None, f"{file}:{line_no} is not a kept paragraph"
        lead = strip_bullet(para)
        assert _stream(para[lead:]) == "".join(_stream(s) for s in sents), f"gold drift in {file}:{line_no}"
        g_bounds, acc = set(), 0
        for s in sents[:-1]:
            acc += len(_stream(s))
            g_bounds.add(acc)
        spans = split_sentences(para)
        p_bounds = {len(_stream(para[lead:b])) for _, b in spans[:-1]}
        tp += len(g_bounds & p_bounds)
        fp += len(p_bounds - g_bounds)
        fn += len(g_bounds - p_bounds)
        predicted = {_stream(para[a:b]) for a, b in spans}
        exact += sum(_stream(s) in predicted for s in sents)
        n_pred += len(spans)
        if g_bounds != p_bounds:
            errors.append(f"{file}:{line_no} missed={sorted(g_bounds - p_bounds)} extra={sorted(p_bounds - g_bounds)}")
    p, r, f1 = _prf(tp, fp, fn)
    n_gold = sum(len(v) for v in gold.values())
    print(f"\nsentence gold: {len(gold)} paragraphs, {n_gold} sentences, {tp + fn} internal boundaries; "
          f"boundary precision={p:.3f} recall={r:.3f} F1={f1:.3f}; "
          f"exact sentences={exact}/{n_gold} (predicted {n_pred})")
    print("\n".join(errors))
    assert f1 >= THRESHOLD
