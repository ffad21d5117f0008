"""The whole pipeline on Dask, partitioned by document, for corpora bigger than one machine.

:func:`build_partitioned` builds every table of :func:`summitlens.pipeline.build` — same
rows — on a Dask cluster: a ``LocalCluster`` (processes, one thread each) by default, or an
existing scheduler given by address (``scheduler=`` or ``DASK_SCHEDULER_ADDRESS``), so a
corpus that outgrows one machine runs on a cluster. The driver streams the corpus
(:func:`summitlens.io.formats.iter_documents`: any folder, data file or corpus YAML) into
partitions of ``partition_size`` documents, never holding it whole.

Two rounds of tasks, everything written into the new generation folder of the output (the
output store, which every worker must see — a shared file system on a real cluster; no
local staging folder):

1. per partition, read and process its documents (:func:`summitlens.pipeline.corpus.process_partition`),
   keep the result in ``<generation>/_work/part-NNNNN.pkl`` and return only per-document
   keys (file, doc_id, text hash, MinHash signature, size) and quarantine rows;
2. the driver decides exact duplicates and story clusters for the whole corpus
   (:func:`summitlens.pipeline.corpus.resolve_duplicates`, the in-memory code), then per
   partition the document tables, dates, meeting mentions, frame terms and scores and money
   mentions are computed by each step's pure ``partition_tables`` and written as part files
   ``<table>/part-NNNNN.parquet`` (validated, sorted). Only ``meeting_mentions`` and
   ``money_mentions`` come back, for the corpus-wide ``meetings`` ledger and ``trade_check``
   (each step's ``global_tables``), written as single files with ``quarantine`` and
   ``manifest_issues``.

The build is a transaction like :func:`summitlens.pipeline.build` (lock, fresh generation,
``build.json`` recording each table's layout and part digests, then ``CURRENT``); a failed
build removes only its own generation folder. :func:`summitlens.load_tables` reads the
result like any build.
"""

from __future__ import annotations

import os
import pickle
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from summitlens import paths
from summitlens.io.generation import DEFAULT_LOCK_TIMEOUT, IncompleteGenerationError, current_snapshot, open_generation
from summitlens.io.parquet import (
    empty_table,
    file_digest,
    parts_dir,
    store_part,
    store_table,
    table_path,
    validate,
)

__all__ = ["build_partitioned", "dask_client", "read_partitioned", "PARTITIONED", "SCHEDULER_ENV"]

SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
#: Tables written as folders of part files, with the step that writes them.
PARTITIONED = {
    "articles": "corpus", "paragraphs": "corpus", "sentences": "corpus", "boilerplate": "corpus",
    "document_dates": "dates", "temporal_expressions": "dates",
    "meeting_mentions": "meetings", "frame_terms": "framing", "frame_scores": "framing",
    "money_mentions": "trade",
}
#: Corpus-wide tables, computed on the driver and written as one file each.
GLOBAL = {"quarantine": "corpus", "manifest_issues": "corpus", "meetings": "meetings",
          "meeting_coverage": "meetings", "trade_check": "trade", "corrections": "corrections"}
_WORK = "_work"


@contextmanager
def dask_client(scheduler: str | None = None, *, n_workers: int = 2, memory_limit: str = "4GiB") -> Iterator:
    """A ``dask.distributed.Client``: to ``scheduler`` (or ``$DASK_SCHEDULER_ADDRESS``) when
    given, else to a new ``LocalCluster`` of ``n_workers`` processes with one thread each
    (closed on exit). Workers of an existing cluster need summitlens installed and must see
    the corpus and the output folder at the same paths."""
    from dask.distributed import Client, LocalCluster

    address = scheduler or os.environ.get(SCHEDULER_ENV) or None
    if address:
        with Client(address) as client:
            yield client
        return
    with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, memory_limit=memory_limit,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def _work_file(work: str, part_no: int) -> Path:
    return Path(work) / f"part-{part_no:05d}.pkl"


def _stage(part_no: int, raws: list, work: str) -> dict:
    """Task of round 1: process one partition's documents, keep them in the output store,
    return the per-document keys and quarantine rows."""
    from summitlens.io.atomic import write_atomic
    from summitlens.pipeline.corpus import process_partition

    results = process_partition(raws)

    def dump(tmp: str) -> None:
        with open(tmp, "wb") as fh:
            pickle.dump(results, fh, protocol=pickle.HIGHEST_PROTOCOL)

    write_atomic(_work_file(work, part_no), dump)
    keys, quarantine, positions = [], [], {}
    for r in results:
        if isinstance(r, dict):
            quarantine.append(r)
        else:
            keys.append(r.dedup_key())
            if r.record:
                positions[r.article["file"]] = r.record
    return {"part_no": part_no, "keys": keys, "quarantine": quarantine, "positions": positions}


def partition_tables(results: list, *, stories: dict, dupe_files: set, frames: dict,
                     corrections: pd.DataFrame | None = None) -> tuple[dict[str, pd.DataFrame], list[dict]]:
    """Every per-document table of one partition, each validated and sorted like a build's
    table, from :func:`summitlens.pipeline.corpus.process_partition` output and the driver's
    duplicate and story decisions, with the log of the corrections applied (pure).

    As in :func:`summitlens.pipeline.build`, each step's tables are corrected as soon as they
    are computed, so a later step reads corrected input (a corrected date reaches the meeting
    and the money figure it dates); the corrected ``meeting_mentions`` and ``money_mentions`` are
    what the corpus-wide derivations (ledger, ``trade_check``) start from.
    """
    from summitlens.pipeline.corrections import apply_corrections
    from summitlens.io.parquet import prepare_table
    from summitlens.pipeline import dates, framing, meetings, trade
    from summitlens.pipeline.corpus import partition_corpus_tables

    out: dict[str, pd.DataFrame] = {}
    log: list[dict] = []

    def put(tables: dict[str, pd.DataFrame]) -> None:
        for name, df in tables.items():
            out[name], applied = apply_corrections(prepare_table(df, name), name, corrections)
            log.extend(applied)

    put(partition_corpus_tables(results, stories=stories, dupe_files=dupe_files))
    arts, sents = out["articles"], out["sentences"]
    put(dates.partition_tables(arts, sents))
    put(meetings.partition_tables(arts, sents, out["document_dates"], out["temporal_expressions"]))
    put(framing.partition_tables(arts, sents, **frames))
    put(trade.partition_tables(arts, sents, out["temporal_expressions"], out["document_dates"]))
    return out, log


def _finish(part_no: int, work: str, out_dir: str, stories: dict, dupe_files: set, frames: dict,
            corrections: pd.DataFrame | None = None) -> dict:
    """Task of round 2: every per-document table of one partition, corrected and written as part files."""
    path = _work_file(work, part_no)
    with open(path, "rb") as fh:
        results = pickle.load(fh)
    tables, log = partition_tables(results, stories=stories, dupe_files=dupe_files, frames=frames,
                                   corrections=corrections)
    del results
    rows, digests = {}, {}
    for name in PARTITIONED:
        _, digests[name] = store_part(tables[name], name, out_dir, part_no, validated=True)
        rows[name] = len(tables[name])
    path.unlink(missing_ok=True)
    return {"part_no": part_no, "rows": rows, "digests": digests, "corrections": log,
            "meeting_mentions": tables["meeting_mentions"], "money_mentions": tables["money_mentions"]}




def _run_bounded(client, calls, window: int) -> Iterator:
    """Submit ``(fn, args, kwargs)`` calls keeping at most ``window`` in flight; yield results."""
    from dask.distributed import as_completed

    pending = as_completed()
    for fn, args, kwargs in calls:
        pending.add(client.submit(fn, *args, pure=False, **kwargs))
        while pending.count() >= window:
            future = next(pending)
            yield future.result()
            future.release()
    for future in pending:
        yield future.result()
        future.release()


def _in_doc_order(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Partition results concatenated in ``doc_id`` order (each partition's frame already is,
    and a document lies in one partition): the frame one in-memory run gives."""
    nonempty = [f for f in frames if len(f)]
    if not nonempty:
        return frames[0] if frames else pd.DataFrame()
    df = pd.concat(nonempty, ignore_index=True) if len(nonempty) > 1 else nonempty[0]
    return df.sort_values("doc_id", kind="mergesort").reset_index(drop=True)


def build_partitioned(
    raw_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str] | None = None,
    *,
    scheduler: str | None = None,
    partition_size: int = 500,
    n_workers: int = 2,
    memory_limit: str = "4GiB",
    reference_dir: str | os.PathLike[str] = paths.REFERENCE,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    client=None,
    progress: bool = True,
    corrections: str | os.PathLike[str] | None = None,
):
    """Build every table of a corpus on Dask, partitioned by document, as one new generation.

    Args:
        raw_dir: Corpus folder, data file or corpus YAML.
        out_dir: Output folder (default :func:`summitlens.paths.processed_dir`); must not be
            the corpus folder or inside it.
        scheduler: Address of an existing Dask scheduler (``tcp://host:port``); default
            ``$DASK_SCHEDULER_ADDRESS``, else a new ``LocalCluster``.
        partition_size: Documents per partition (bounds the memory of one task).
        n_workers: Worker processes of the ``LocalCluster`` (one thread each).
        memory_limit: Memory limit per ``LocalCluster`` worker.
        reference_dir: Folder of the reference tables.
        lock_timeout: Seconds to wait for another build into the same output.
        client: An open ``dask.distributed.Client`` to use (wins over ``scheduler``).
        progress: Show progress bars over completed partitions (stderr): round 1 (read and
            normalise) and round 2 (every step's per-document tables).
        corrections: A corrections CSV, as for :func:`summitlens.pipeline.build` (default
            ``<corpus folder>/corrections.csv`` when present).

    Returns:
        A :class:`summitlens.pipeline.BuildSummary` (``n_partitions`` set).

    Raises:
        FileNotFoundError: The corpus does not exist.
        summitlens.pipeline.UnsafeOutputError: The output is the corpus folder or inside it.
        summitlens.io.generation.BuildLockedError: Another build holds the output's lock.
    """
    from summitlens.io.formats import corpus_spec, document_batches, iter_documents, protected_dirs
    from summitlens.pipeline import STEPS, BuildSummary, check_output, code_version, framing, meetings, trade
    from summitlens.pipeline.base import progress_bar
    from summitlens.pipeline.corpus import docs_to_tables, resolve_duplicates
    from summitlens.provenance import corpus_fingerprint

    t0 = time.perf_counter()
    raw = paths.resolve_corpus(raw_dir)
    if not raw.exists():
        raise FileNotFoundError(f"corpus folder not found: {raw}")
    out = Path(out_dir) if out_dir is not None else paths.processed_dir(raw)
    for data_dir in [raw] if raw.is_dir() else protected_dirs(raw):
        check_output(data_dir, out)
    spec = corpus_spec(raw)
    from summitlens.pipeline import corrections as fixes

    corr_table, declared = fixes.load_input(raw, corrections)
    reference_dir = Path(reference_dir)
    step_inputs = {s.name: sorted(s.inputs) for s in STEPS}
    version = code_version()

    with open_generation(out, lock_timeout=lock_timeout) as gen:
        fingerprint = corpus_fingerprint(raw)
        work = gen.dir / _WORK
        work.mkdir()
        with (dask_client(scheduler, n_workers=n_workers, memory_limit=memory_limit)
              if client is None else _existing(client)) as cl:
            window = 2 * max(1, len(cl.scheduler_info().get("workers", {})) or n_workers) + 1
            rejected: list[dict] = []
            issues: list[dict] = []
            parts = document_batches(iter_documents(spec), partition_size, rejected=rejected, issues=issues)
            staged = sorted(progress_bar(_run_bounded(cl, ((_stage, (i, p, str(work)), {}) for i, p in enumerate(parts)),
                                                      window), desc="corpus", unit="part", progress=progress),
                            key=lambda s: s["part_no"])
            keys = [k for s in staged for k in s["keys"]]
            positions = {f: r for s in staged for f, r in s["positions"].items()}
            stories, dupes = resolve_duplicates(keys, positions=positions)
            dupe_files = {q["file"] for q in dupes}
            n_stories = len({s for s, _ in stories.values()})
            frames = cl.scatter(framing.load_resources(), broadcast=True)

            def calls():
                for s in staged:
                    ids = [k[1] for k in s["keys"]]
                    files = {k[0] for k in s["keys"]}
                    s["keys"] = None  # keep nothing per document on the driver beyond this point
                    yield _finish, (s["part_no"], str(work), str(gen.dir)), {
                        "stories": {d: stories[d] for d in ids if d in stories},
                        "dupe_files": files & dupe_files, "frames": frames, "corrections": corr_table}

            quarantine = rejected + [q for s in staged for q in s["quarantine"]] + dupes
            n_parts = len(staged)
            del keys
            finished = sorted(progress_bar(_run_bounded(cl, calls(), window), desc="dates, meetings, framing, trade",
                                           total=n_parts, unit="part", progress=progress),
                              key=lambda f: f["part_no"])
        shutil.rmtree(work)  # inside the new generation folder (empty unless a task left a file)
        entries: dict[str, dict] = {}
        for name, step in PARTITIONED.items():
            entries[name] = {"step": step, "layout": "partitioned", "path": name,
                             "parts": {f"part-{f['part_no']:05d}.parquet": f["digests"][name] for f in finished},
                             "rows": int(sum(f["rows"][name] for f in finished)), "inputs": step_inputs[step],
                             "generation": gen.id, "code_version": version}
            if not finished:  # an empty corpus: an empty folder is an empty table
                parts_dir(name, gen.dir).mkdir(parents=True, exist_ok=True)
        issues.sort(key=lambda i: (i["manifest_row"], i["file"], i["problem"], i["column"]))
        quarantine.sort(key=lambda q: (q["file"], q["record"]))
        singles = {k: v for k, v in docs_to_tables([], quarantine, issues).items()
                   if k in ("quarantine", "manifest_issues")}
        mm = _in_doc_order([f["meeting_mentions"] for f in finished])
        money = _in_doc_order([f["money_mentions"] for f in finished])
        if not len(mm.columns):  # no documents at all
            mm = empty_table("meeting_mentions")
        if not len(money.columns):
            money = empty_table("money_mentions")
        log = [e for f in finished for e in f["corrections"]]
        singles.update(meetings.global_tables(mm, meetings.read_reference(reference_dir)))
        ref_trade = reference_dir / trade.REFERENCE_FILE
        singles.update(trade.global_tables(money, pd.read_csv(ref_trade) if ref_trade.exists() else None))
        for name in ("meetings", "meeting_coverage", "trade_check"):
            singles[name], applied = fixes.apply_corrections(singles[name], name, corr_table)
            log.extend(applied)
        singles["corrections"] = fixes.corrections_table(corr_table, log)
        del finished, mm, money
        stored = {}
        for name, df in singles.items():
            stored[name] = store_table(df, name, gen.dir)
            step = GLOBAL[name]
            entries[name] = {"step": step, "rows": len(stored[name]),
                             "sha256": file_digest(table_path(name, gen.dir)), "inputs": step_inputs[step],
                             "generation": gen.id, "code_version": version}
        gen.commit({
            "kind": "tables", "layout": "partitioned", "partitions": n_parts, "partition_size": partition_size,
            "corpus": str(raw), "corpus_fingerprint": fingerprint, "code_version": version,
            "steps_run": [s.name for s in STEPS], "inputs": {"corrections": declared}, "tables": entries,
        })
    q = stored["quarantine"]
    n_kept = entries["articles"]["rows"]
    return BuildSummary(
        n_read=n_kept + len(q), n_kept=n_kept, n_quarantined=len(q),
        n_duplicates=int((q["reason"] == "duplicate").sum()), n_stories=n_stories,
        seconds=time.perf_counter() - t0, tables=tuple(sorted(entries)), generation=gen.id,
        n_manifest_issues=len(stored["manifest_issues"]), n_partitions=n_parts,
    )


@contextmanager
def _existing(client) -> Iterator:
    yield client


def read_partitioned(name: str, out_dir: str | os.PathLike[str]):
    """A partitioned table of ``out_dir``'s current generation as a lazy ``dask.dataframe``
    (one partition per part file, validated on compute), for tables too big for memory.

    Raises:
        IncompleteGenerationError: The current generation has no such partitioned table.
    """
    import dask.dataframe as dd

    snap = current_snapshot(out_dir)
    if snap is None or not snap.tables.get(name, {}).get("parts"):
        raise IncompleteGenerationError(f"{out_dir}: no partitioned table {name} in the current generation")
    files = [str(parts_dir(name, snap.dir) / p) for p in sorted(snap.tables[name]["parts"])]
    ddf = dd.read_parquet(files)
    return ddf.map_partitions(validate, name, meta=ddf._meta)
