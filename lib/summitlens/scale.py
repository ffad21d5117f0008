"""Out-of-core corpus builds with Dask, for corpora bigger than one machine's memory.

The in-memory pipeline (:func:`summitlens.pipeline.build`) holds every table in RAM. For a
corpus that does not fit, :func:`build_corpus_partitioned` processes files in partitions on
a Dask ``LocalCluster`` (processes, one thread each) and writes each corpus table as a
partitioned Parquet dataset ``<out>/<table>/part-NNNNN.parquet``. Only one small row per
document (file, doc_id, text hash, MinHash signature) travels back to the driver, where
exact duplicates and story clusters are decided with the same code as the in-memory path
(:func:`summitlens.pipeline.corpus.resolve_duplicates`). Each partition is validated
against the table schema. Read the result with ``dask.dataframe.read_parquet`` or
:func:`read_partitioned`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd

from summitlens.io.parquet import validate, write_table
from summitlens.io.read import RawFile, corpus_files
from summitlens.pipeline.corpus import docs_to_tables, process_file, resolve_duplicates

PARTITIONED = ("articles", "paragraphs", "sentences", "boilerplate")


def _stage(part_no: int, files: list[RawFile], staging: str) -> list[tuple]:
    """Process one partition; pickle its documents to staging; return per-document keys."""
    import pickle

    results = [process_file(f) for f in files]
    with open(Path(staging) / f"part-{part_no:05d}.pkl", "wb") as fh:
        pickle.dump(results, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return [("quarantine", r) if isinstance(r, dict) else ("doc", *r.dedup_key()) for r in results]


def _finish(part_no: int, staging: str, out: str, stories: dict, dupe_files: set) -> int:
    """Drop duplicates, add story ids, validate and write one partition of each table."""
    import pickle

    with open(Path(staging) / f"part-{part_no:05d}.pkl", "rb") as fh:
        results = pickle.load(fh)
    docs = [r for r in results if not isinstance(r, dict) and r.article["file"] not in dupe_files]
    for d in docs:
        d.article["story_id"], d.article["n_story_docs"] = stories[d.article["doc_id"]]
    tables = docs_to_tables(docs, [])
    for name in PARTITIONED:
        write_table(tables[name], name, Path(out) / name)
        os.replace(Path(out) / name / f"{name}.parquet", Path(out) / name / f"part-{part_no:05d}.parquet")
    return len(docs)


def build_corpus_partitioned(
    raw_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    partition_size: int = 500,
    n_workers: int = 2,
    memory_limit: str = "4GiB",
) -> dict[str, int]:
    """Build the corpus tables out of core, one partition of files at a time.

    Args:
        raw_dir: Corpus folder.
        out_dir: Output folder; receives ``<table>/part-*.parquet`` and ``quarantine.parquet``.
        partition_size: Files per partition (bounds the memory of one task).
        n_workers: Dask worker processes (one thread each).
        memory_limit: Memory limit per worker (Dask spills or restarts above it).

    Returns:
        Counts: ``n_read``, ``n_kept``, ``n_quarantined``, ``n_partitions``.
    """
    from dask.distributed import Client, LocalCluster

    files = corpus_files(raw_dir)
    parts = [files[i:i + partition_size] for i in range(0, len(files), partition_size)]
    out = Path(out_dir)
    staging = out / "_staging"
    for name in PARTITIONED:
        shutil.rmtree(out / name, ignore_errors=True)
    staging.mkdir(parents=True, exist_ok=True)
    with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                      memory_limit=memory_limit, dashboard_address=None) as cluster, Client(cluster) as client:
        staged = client.gather(client.map(_stage, range(len(parts)), parts, staging=str(staging), pure=False))
        keys, quarantine = [], []
        for rows in staged:
            for row in rows:
                if row[0] == "quarantine":
                    quarantine.append(row[1])
                else:
                    keys.append(row[1:])
        stories, dupes = resolve_duplicates(keys)
        quarantine += dupes
        dupe_files = {q["file"] for q in dupes}
        kept = client.gather(client.map(_finish, range(len(parts)), staging=str(staging), out=str(out),
                                        stories=stories, dupe_files=dupe_files, pure=False))
    shutil.rmtree(staging)
    write_table(pd.DataFrame(quarantine) if quarantine else docs_to_tables([], [])["quarantine"],
                "quarantine", out)
    return {"n_read": len(files), "n_kept": int(sum(kept)), "n_quarantined": len(quarantine),
            "n_partitions": len(parts)}


def read_partitioned(name: str, out_dir: str | os.PathLike[str]):
    """A partitioned table as a lazy ``dask.dataframe`` (validated per partition on compute)."""
    import dask.dataframe as dd

    ddf = dd.read_parquet(str(Path(out_dir) / name))
    return ddf.map_partitions(validate, name, meta=ddf._meta)
