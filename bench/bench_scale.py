"""Benchmark: every table of a corpus built in memory and on Dask, side by side.

For each corpus and path it prints wall time, documents per second and the peak memory of
the whole process tree (the build process and every child: Dask nanny, workers, process
pools), sampled with psutil every 0.2 s. Each build runs in its own process so one path's
memory never counts for the other.

1. The full AllSides corpus (``corpora/allsides.yml``, ~37k articles): in memory and on a
   2-worker Dask ``LocalCluster``. Goal: Dask peak < 3 GB.
2. The BBC scaling curve: BBC replicated 1×, 4×, 16× into a temporary folder (each replica's
   files end with a line naming the replica, so deduplication keeps them). Goals: the
   in-memory BBC 1× build < 30 s; Dask peak flat as the corpus grows; time linear.

Usage::

    python bench/bench_scale.py                    # both parts
    python bench/bench_scale.py --skip-allsides    # BBC curve only
    python bench/bench_scale.py --scales 1 4       # fewer replicas
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def measure(mode: str, corpus: Path, out: Path, *, partition_size: int) -> dict:
    """Run one build in a child process; wall time, peak tree RSS and its summary line."""
    cmd = [sys.executable, __file__, "--one", mode, str(corpus), str(out), "--partition-size", str(partition_size)]
    t0 = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    proc = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        try:
            peak = max(peak, _tree_rss(proc))
        except psutil.NoSuchProcess:
            break
        time.sleep(0.2)
    seconds = time.perf_counter() - t0
    stdout = child.stdout.read() if child.stdout else ""
    if child.returncode != 0:
        return {"mode": mode, "error": f"exit {child.returncode}", "seconds": seconds, "peak_mb": peak / 2**20}
    result = json.loads(stdout.strip().splitlines()[-1])
    return {"mode": mode, "seconds": seconds, "peak_mb": peak / 2**20, **result}


def _one(mode: str, corpus: str, out: str, partition_size: int) -> None:
    if mode == "memory":
        from summitlens.pipeline import build

        s = build(corpus, out, progress=False)
    else:
        from summitlens.scale import build_partitioned

        s = build_partitioned(corpus, out, partition_size=partition_size)
    print(json.dumps({"n_read": s.n_read, "n_kept": s.n_kept, "line": s.line()}))


def replicate_bbc(bbc: Path, dest: Path, k: int) -> Path:
    """BBC copied ``k`` times into ``dest`` (replica ``i`` in ``dest/r<i>/``), each file ending
    with a line naming its replica (distinct text: deduplication keeps every copy)."""
    for i in range(k):
        for p in sorted(bbc.rglob("*.txt")):
            if p.name.upper() == "README.TXT":
                continue
            target = dest / f"r{i:02d}" / p.relative_to(bbc)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(p.read_bytes().rstrip() + f"\n\nReplica number {i} of this article.\n".encode())
    return dest


def _row(label: str, r: dict) -> str:
    if "error" in r:
        return f"{label:<16} {r['mode']:<7} FAILED ({r['error']}) after {r['seconds']:.0f} s"
    return (f"{label:<16} {r['mode']:<7} {r['n_read']:>7} docs {r['seconds']:>8.1f} s "
            f"{r['n_read'] / r['seconds']:>8.1f} docs/s  peak {r['peak_mb']:>7.0f} MB")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--one", nargs=3, metavar=("MODE", "CORPUS", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--partition-size", type=int, default=500)
    ap.add_argument("--skip-allsides", action="store_true")
    ap.add_argument("--skip-bbc", action="store_true")
    ap.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--modes", nargs="+", default=["memory", "dask"])
    args = ap.parse_args(argv)
    if args.one:
        _one(*args.one, args.partition_size)
        return 0
    from summitlens import paths

    with tempfile.TemporaryDirectory(prefix="bench_scale_") as tmp:
        tmp = Path(tmp)
        allsides = ROOT / "corpora" / "allsides.yml"
        if not args.skip_allsides and allsides.exists():
            for mode in args.modes:
                r = measure(mode, allsides, tmp / f"allsides_{mode}", partition_size=args.partition_size)
                print(_row("allsides", r), flush=True)
        if not args.skip_bbc and paths.BBC.exists():
            for k in args.scales:
                corpus = replicate_bbc(paths.BBC, tmp / f"bbc_{k}x", k)
                for mode in args.modes:
                    r = measure(mode, corpus, tmp / f"out_bbc_{k}x_{mode}", partition_size=args.partition_size)
                    print(_row(f"bbc {k}x", r), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
