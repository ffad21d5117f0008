"""Benchmark: SummitLens money extraction vs quantulum3 and price-parser, same gold, same run.

Scores each tool on the hand-written gold (tests/gold/trade/money_gold.csv): an amount is
correct when value (low and high) and currency match a gold amount of the same sentence
(scale is implied by the value). Prints precision/recall, time per sentence, the ratios
against SummitLens and peak memory (tracemalloc) of setup + one pass over the gold sentences (imports excluded), and the
process's maximum resident set size.

    .venv/bin/python bench/bench_money.py
"""

from __future__ import annotations

import datetime as dt
import gc
import math
import time
import tracemalloc
from decimal import Decimal

import pandas as pd

from summitlens import paths

GOLD = paths.TESTS_GOLD / "trade" / "money_gold.csv"
REPEAT = 5
_CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
                     "¥": "CNY", "RMB": "CNY", "CNY": "CNY", "₽": "RUB", "RUB": "RUB"}


def summitlens_tool():
    from summitlens.extract.money import extract_money, load_lexicon
    from summitlens.extract.money.lexicon import _load

    _load.cache_clear()  # count compiling the lexicon in setup time and memory
    lex = load_lexicon()

    def run(sentence: str, published: dt.date | None):
        return [(m.value_low, m.value_high, m.currency) for m in
                extract_money(sentence, published=published, lexicon=lex)]

    return run


def quantulum_tool():
    import quantulum3.classifier

    quantulum3.classifier.USE_CLF = False  # its pickled classifier does not load with scikit-learn 1.9
    from quantulum3 import parser

    def run(sentence: str, published):
        out = []
        for q in parser.parse(sentence):
            if q.unit.entity.name == "currency" and getattr(q.unit, "currency_code", None):
                out.append((float(q.value), float(q.value), q.unit.currency_code))
        return out

    return run


def price_parser_tool():
    from price_parser import Price

    def run(sentence: str, published):
        p = Price.fromstring(sentence)  # one price per string
        if p.amount is None:
            return []
        cur = _CURRENCY_SYMBOLS.get((p.currency or "").strip(), p.currency or "")
        v = float(p.amount) if isinstance(p.amount, Decimal) else float(p.amount)
        return [(v, v, cur)]

    return run


def score(preds: dict, gold: pd.DataFrame) -> dict:
    n_pred = sum(len(v) for v in preds.values())
    n_gold = n_ok = 0
    for key, g in gold.groupby(["file", "sentence"], sort=False):
        pool = list(preds[key])
        for r in g.itertuples():
            if not r.surface:
                continue
            n_gold += 1
            lo, hi = float(r.value_low), float(r.value_high)
            for i, (plo, phi, cur) in enumerate(pool):
                if math.isclose(plo, lo, rel_tol=1e-9) and math.isclose(phi, hi, rel_tol=1e-9) and cur == r.currency:
                    n_ok += 1
                    pool.pop(i)
                    break
    return {"precision": n_ok / n_pred if n_pred else 0.0, "recall": n_ok / n_gold if n_gold else 0.0,
            "n_pred": n_pred, "n_gold": n_gold, "n_correct": n_ok}


def measure(name: str, make, sentences: list[tuple]) -> dict:
    """Time ``REPEAT`` passes without tracing, then one traced pass for peak memory."""
    gc.collect()
    t0 = time.perf_counter()
    run = make()
    setup = time.perf_counter() - t0
    run(sentences[0][1], sentences[0][2])  # warm caches
    preds = {}
    t0 = time.perf_counter()
    for _ in range(REPEAT):
        for file, sentence, published in sentences:
            preds[(file, sentence)] = run(sentence, published)
    per_sentence = (time.perf_counter() - t0) / (REPEAT * len(sentences))
    gc.collect()
    tracemalloc.start()
    run = make()
    for _, sentence, published in sentences:
        run(sentence, published)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"tool": name, "setup_s": setup, "ms_per_sentence": per_sentence * 1e3, "peak_mib": peak / 2**20,
            "preds": preds}


def main() -> None:
    gold = pd.read_csv(GOLD, dtype=str, keep_default_na=False)
    sentences = []
    for (file, sentence), g in gold.groupby(["file", "sentence"], sort=False):
        pub = g["published"].iloc[0]
        sentences.append((file, sentence, dt.date.fromisoformat(pub) if pub else None))
    results = []
    for name, make in (("summitlens", summitlens_tool), ("quantulum3", quantulum_tool),
                       ("price-parser", price_parser_tool)):
        r = measure(name, make, sentences)
        r.update(score(r.pop("preds"), gold))
        results.append(r)
    base = results[0]
    print(f"money extraction on {len(sentences)} gold sentences, {base['n_gold']} gold amounts "
          f"(value + currency must match; timing = mean of {REPEAT} passes)")
    print(f"{'tool':<13}{'P':>7}{'R':>7}{'ms/sent':>10}{'× slower':>10}{'setup s':>9}{'peak MiB':>10}")
    for r in results:
        ratio = r["ms_per_sentence"] / base["ms_per_sentence"]
        print(f"{r['tool']:<13}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['ms_per_sentence']:>10.3f}"
              f"{ratio:>10.2f}{r['setup_s']:>9.2f}{r['peak_mib']:>10.1f}")
    import resource

    print(f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    for r in results[1:]:
        print(f"summitlens vs {r['tool']}: recall {base['recall']:.3f} vs {r['recall']:.3f}; "
              f"{r['ms_per_sentence'] / base['ms_per_sentence']:.2f}× the time per sentence")


if __name__ == "__main__":
    main()
