"""Out-of-core corpus builds with Dask, for corpora bigger than one machine's memory.

The in-memory pipeline (:func:`summitlens.pipeline.build`) holds every table in RAM. For a
corpus that does not fit, :func:`build_corpus_partitioned` processes files in partitions on
a Dask ``LocalCluster`` (processes, one thread each) and writes each corpus table as a
partitioned Parquet dataset ``<table>/part-NNNNN.parquet`` inside a new generation of the
output folder (``<out>/.generations/<id>/``, published by switching ``CURRENT`` like
:func:`summitlens.pipeline.build`; nothing outside that generation folder is ever deleted). Only one small row per
document (file, doc_id, text hash, MinHash signature) travels back to the driver, where
exact duplicates and story clusters are decided with the same code as the in-memory path
(:func:`summitlens.pipeline.corpus.resolve_duplicates`). Each partition is validated
against the table schema. Read the result with :func:`read_partitioned`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd

from summitlens import paths
from summitlens.io.generation import DEFAULT_LOCK_TIMEOUT, IncompleteGenerationError, current_snapshot, open_generation
from summitlens.io.parquet import file_digest, store_table, table_path, validate
from summitlens.io.read import RawFile, read_corpus
from summitlens.pipeline.corpus import docs_to_tables, process_file, resolve_duplicates

PARTITIONED = ("articles", "paragraphs", "sentences", "boilerplate")


def _stage(part_no: int, files: list[RawFile], staging: str) -> list[tuple]:
    """Process one partition; pickle its documents to staging; return per-document keys."""
    import pickle

    results = [process_file(f) for f in files]
    with open(Path(staging) / f"part-{part_no:05d}.pkl", "wb") as fh:
        pickle.dump(results, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return [("quarantine", r) if isinstance(r, dict) else ("doc", *r.dedup_key()) for r in results]


def _finish(part_no: int, staging: str, out: str, stories: dict, dupe_files: set) -> dict[str, int]:
    """Drop duplicates, add story ids, validate and write one partition of each table.

    Returns the number of rows written per table.
    """
    import pickle

    with open(Path(staging) / f"part-{part_no:05d}.pkl", "rb") as fh:
        results = pickle.load(fh)
    docs = [r for r in results if not isinstance(r, dict) and r.article["file"] not in dupe_files]
    for d in docs:
        d.article["story_id"], d.article["n_story_docs"] = stories[d.article["doc_id"]]
    tables = docs_to_tables(docs, [])
    own = Path(staging) / f"part-{part_no:05d}"  # one folder per partition: no name clash between tasks
    rows = {}
    for name in PARTITIONED:
        rows[name] = len(store_table(tables[name], name, own))
        (Path(out) / name).mkdir(parents=True, exist_ok=True)
        os.replace(table_path(name, own), Path(out) / name / f"part-{part_no:05d}.parquet")
    return rows


def build_corpus_partitioned(
    raw_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    partition_size: int = 500,
    n_workers: int = 2,
    memory_limit: str = "4GiB",
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
) -> dict:
    """Build the corpus tables out of core, one partition of files at a time.

    Args:
        raw_dir: Corpus folder.
        out_dir: Output folder; a new generation receives ``<table>/part-*.parquet`` and
            ``quarantine.parquet``. Must not be the corpus folder or inside it.
        partition_size: Files per partition (bounds the memory of one task).
        n_workers: Dask worker processes (one thread each).
        memory_limit: Memory limit per worker (Dask spills or restarts above it).
        lock_timeout: Seconds to wait for another build into the same output.

    Returns:
        Counts ``n_read``, ``n_kept``, ``n_quarantined``, ``n_partitions`` and the
        ``generation`` id.

    Raises:
        FileNotFoundError: The corpus folder does not exist.
        summitlens.pipeline.UnsafeOutputError: The output is the corpus folder or inside it.
    """
    from dask.distributed import Client, LocalCluster

    from summitlens.pipeline import check_output, code_version
    from summitlens.provenance import corpus_fingerprint

    raw = paths.resolve_corpus(raw_dir)
    if not raw.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {raw}")
    out = Path(out_dir)
    check_output(raw, out)
    corpus = read_corpus(raw)
    files = corpus.files
    parts = [files[i:i + partition_size] for i in range(0, len(files), partition_size)]
    with open_generation(out, lock_timeout=lock_timeout) as gen:
        fingerprint = corpus_fingerprint(raw)
        staging = gen.dir / "_staging"
        staging.mkdir()
        with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                          memory_limit=memory_limit, dashboard_address=None) as cluster, Client(cluster) as client:
            staged = client.gather(client.map(_stage, range(len(parts)), parts, staging=str(staging), pure=False))
            keys, quarantine = [], list(corpus.skipped)
            for rows in staged:
                for row in rows:
                    if row[0] == "quarantine":
                        quarantine.append(row[1])
                    else:
                        keys.append(row[1:])
            stories, dupes = resolve_duplicates(keys)
            quarantine += dupes
            dupe_files = {q["file"] for q in dupes}
            written = client.gather(client.map(_finish, range(len(parts)), staging=str(staging), out=str(gen.dir),
                                               stories=stories, dupe_files=dupe_files, pure=False))
        shutil.rmtree(staging)  # inside the new generation folder
        q = store_table(pd.DataFrame(quarantine) if quarantine else docs_to_tables([], [])["quarantine"],
                        "quarantine", gen.dir)
        version = code_version()
        entries = {name: {"step": "corpus", "path": name, "partitions": len(parts),
                          "rows": int(sum(w[name] for w in written)), "generation": gen.id,
                          "code_version": version, "inputs": []} for name in PARTITIONED}
        entries["quarantine"] = {"step": "corpus", "rows": len(q), "generation": gen.id, "inputs": [],
                                 "sha256": file_digest(table_path("quarantine", gen.dir)), "code_version": version}
        issues = docs_to_tables([], [], manifest_issues=corpus.manifest_issues)["manifest_issues"]
        mi = store_table(issues, "manifest_issues", gen.dir)
        entries["manifest_issues"] = {"step": "corpus", "rows": len(mi), "generation": gen.id, "inputs": [],
                                      "sha256": file_digest(table_path("manifest_issues", gen.dir)),
                                      "code_version": version}
        gen.commit({"kind": "partitioned", "corpus": str(raw), "corpus_fingerprint": fingerprint,
                    "code_version": version, "steps_run": ["corpus"], "tables": entries})
    return {"n_read": len(files), "n_kept": entries["articles"]["rows"], "n_quarantined": len(quarantine),
            "n_partitions": len(parts), "generation": gen.id}


def read_partitioned(name: str, out_dir: str | os.PathLike[str]):
    """A partitioned table of ``out_dir``'s current generation as a lazy ``dask.dataframe``
    (validated per partition on compute)."""
    import dask.dataframe as dd

    snap = current_snapshot(out_dir)
    if snap is None or name not in snap.tables:
        raise IncompleteGenerationError(f"{out_dir}: no partitioned table {name} in the current generation")
    ddf = dd.read_parquet(str(snap.dir / snap.tables[name].get("path", name)))
    return ddf.map_partitions(validate, name, meta=ddf._meta)
