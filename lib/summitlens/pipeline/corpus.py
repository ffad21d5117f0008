"""Pipeline step ``corpus``: raw files → articles, paragraphs, sentences, boilerplate, quarantine,
manifest_issues.

The corpus — a ``.txt`` or ``.html`` folder, a JSON Lines / CSV / Parquet file, or a corpus
YAML describing one — is read through :func:`summitlens.io.formats.iter_documents`, one
stream of documents: paths or records it refuses (links leaving the corpus, hidden files,
invalid JSON lines, missing mapped fields, empty text …) start the ``quarantine`` table,
manifest and date problems make ``manifest_issues``; neither aborts the build. Record files
are streamed and processed in batches, never held whole in memory.

Per file: decode (or quarantine), repair mojibake, normalise, remove boilerplate by rule,
segment into paragraphs and sentences, identify each paragraph's language. Then exact
duplicates (same ``doc_id``) are quarantined, keeping the first file in path order, and
near-duplicates are clustered into stories.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from summitlens.io.formats import corpus_spec, document_batches, iter_documents
from summitlens.io.read import RawFile, read_bytes
from summitlens.pipeline.base import Context, Step, exit_with_parent
from summitlens.text.boilerplate import clean_lines, load_rules
from summitlens.text.decode import DecodeError, decode_bytes
from summitlens.text.fingerprint import cluster_signatures, doc_id, minhash_signature, text_hash
from summitlens.text.language import detect_languages
from summitlens.text.normalize import normalize_unicode, to_match_form
from summitlens.text.repair import count_mojibake, repair_mojibake
from summitlens.text.segment import is_bullet, split_sentences

_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
_PARALLEL_MIN_FILES = 400
_BATCH = 2000


@dataclass
class Doc:
    """Everything the corpus step derives from one kept file."""

    article: dict
    paragraphs: list[dict] = field(default_factory=list)
    sentences: list[dict] = field(default_factory=list)
    boilerplate: list[dict] = field(default_factory=list)
    text_key: str = ""
    signature: list[int] = field(default_factory=list)
    n_bytes: int = 0
    record: int = 0

    def dedup_key(self) -> tuple[str, str, str, list[int], int]:
        """``(file, doc_id, text_key, signature, n_bytes)``: what :func:`resolve_duplicates` needs."""
        a = self.article
        return (a["file"], a["doc_id"], self.text_key, self.signature, self.n_bytes)


@functools.lru_cache(maxsize=1)
def _default_rules():
    return load_rules()


def _quarantine(raw: RawFile, reason: str, detail: str, size: int) -> dict:
    return {"file": raw.rel, "record": raw.record, "reason": reason, "detail": detail, "n_bytes": size}


def process_file(raw: RawFile, *, rules=None) -> Doc | dict:
    """Turn one raw document into a :class:`Doc`, or a quarantine row (a dict) with the reason.

    ``txt`` files are read as they are; ``html`` pages are read and their main text extracted
    (:func:`summitlens.io.formats.html.extract_page`; the page's date fills ``published`` when
    the manifest has none, ``date_source`` ``html``); ``record`` documents carry their bytes.
    Never raises on bad input: any failure becomes a quarantine row.
    """
    if raw.kind == "record" and raw.data is not None:
        data = raw.data
    else:
        try:
            data = read_bytes(raw.path)
        except OSError as exc:
            return _quarantine(raw, "unreadable", f"{type(exc).__name__}: {exc}", 0)
    try:
        if raw.kind == "html":
            raw, n_page = _html_document(raw, data), len(data)
            data = raw.data
            if not data.strip():
                return _quarantine(raw, "no_body", "no main text found in the page", n_page)
            out = _process_bytes(raw, data, rules=rules if rules is not None else _default_rules(),
                                 headline_only=True)
            if isinstance(out, dict):
                out["n_bytes"] = n_page
            return out
        return _process_bytes(raw, data, rules=rules if rules is not None else _default_rules())
    except DecodeError as exc:
        return _quarantine(raw, exc.reason, exc.detail, len(data))


def _html_document(raw: RawFile, data: bytes) -> RawFile:
    """``raw`` with ``data`` = the page's headline and main text (and the page's date if none)."""
    from dataclasses import replace

    from summitlens.io.formats.html import extract_page, page_document
    from summitlens.io.read import parse_date

    page = extract_page(decode_bytes(data).text, find_date=not raw.published)
    published, date_source = raw.published, raw.date_source
    if not published and page.published:
        published, problem = parse_date(page.published)
        date_source = "html" if published and not problem else "missing"
    return replace(raw, data=page_document(page), published=published, date_source=date_source)


def _process_bytes(raw: RawFile, data: bytes, *, rules, headline_only: bool = False) -> Doc | dict:
    """A :class:`Doc` of the decoded, cleaned text, or a quarantine row; ``headline_only`` keeps
    a document whose only paragraph is its headline (an HTML page's headline is marked up as
    one, so a release that is all headline, "X met with Y", is a report; a one-line text file
    may be a truncated article and is quarantined)."""
    decoded = decode_bytes(data)
    n_repairs = count_mojibake(decoded.text)
    text = normalize_unicode(repair_mojibake(decoded.text))
    did = doc_id(data)
    clean = clean_lines(text.split("\n"), rules=rules)
    if not clean.title or not (clean.body or headline_only):
        return _quarantine(raw, "no_body", "no headline and body paragraphs after cleaning", len(data))
    paras = [clean.title] + [p for _, p in clean.body]
    langs = detect_languages(paras)
    full = "\n\n".join(paras)
    match = to_match_form(full)
    doc = Doc(article={}, text_key=text_hash(text), n_bytes=len(data), record=raw.record)
    pos = 0
    n_words = 0
    sent_no = 0
    lang_chars: dict[str, int] = {}
    for p_no, (para, lang) in enumerate(zip(paras, langs)):
        start, end = pos, pos + len(para)
        english = lang == "en"
        doc.paragraphs.append({
            "doc_id": did, "paragraph_no": p_no, "char_start": start, "char_end": end,
            "text": para, "is_headline": p_no == 0, "is_bullet": is_bullet(para),
            "language": lang, "is_english": english,
        })
        if p_no > 0:
            lang_chars[lang] = lang_chars.get(lang, 0) + len(para)
        if english:
            n_words += len(_WORD.findall(para))
        for s, e in split_sentences(para):
            doc.sentences.append({
                "doc_id": did, "sentence_no": sent_no, "paragraph_no": p_no,
                "char_start": start + s, "char_end": start + e, "text": full[start + s:start + e],
                "text_match": match[start + s:start + e], "is_headline": p_no == 0,
                "is_english": english,
            })
            sent_no += 1
        pos = end + 2
    doc.boilerplate = [{"doc_id": did, "line_no": i, "rule_id": r, "text": t} for i, r, t in clean.removed]
    language = max(sorted(lang_chars), key=lambda k: lang_chars[k]) if lang_chars else langs[0]
    doc.article = {
        "doc_id": did, "file": raw.rel, "outlet": raw.outlet, "url": raw.url,
        "published": pd.to_datetime(raw.published, errors="coerce") if raw.published else pd.NaT,
        "date_source": raw.date_source, "meta": raw.meta, "title": clean.title, "text": full, "text_match": match,
        "encoding": decoded.encoding, "n_repairs": n_repairs, "language": language,
        "n_chars": len(full), "n_words": n_words, "n_paragraphs": len(paras),
        "n_sentences": sent_no, "n_boilerplate": len(clean.removed),
    }
    if pd.isna(doc.article["published"]):
        doc.article["date_source"] = "missing"
    doc.signature = minhash_signature(match)
    return doc


def _process_all(files: list[RawFile], *, progress: bool, workers: int) -> list[Doc | dict]:
    bar = dict(total=len(files), desc="corpus", unit="doc", disable=not progress, mininterval=0.5)
    if workers > 1 and len(files) >= _PARALLEL_MIN_FILES:
        # forkserver, not fork: forking after a native thread pool (lingua's) has started deadlocks.
        ctx = multiprocessing.get_context("forkserver")
        # Workers exit when the build process dies (no orphans after a kill).
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=exit_with_parent,
                                 initargs=(os.getpid(),)) as pool:
            return list(tqdm(pool.map(process_file, files, chunksize=64), **bar))
    return [process_file(f) for f in tqdm(files, **bar)]


def _process_stream(items, *, progress: bool, workers: int, on_batch) -> tuple[list[dict], list[dict]]:
    """Process a document stream in batches, handing each batch's results to ``on_batch``
    (so they can be compacted and dropped); returns reader quarantine rows and issue rows."""
    rejected: list[dict] = []
    issues: list[dict] = []
    bar = tqdm(desc="corpus", unit="doc", disable=not progress, mininterval=0.5)
    pool = None
    started = False
    try:
        for docs in document_batches(items, _BATCH, rejected=rejected, issues=issues):
            if pool is None and workers > 1 and (len(docs) >= _PARALLEL_MIN_FILES or started):
                # forkserver, not fork: forking after a native thread pool (lingua's) has started deadlocks.
                ctx = multiprocessing.get_context("forkserver")
                pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=exit_with_parent,
                                           initargs=(os.getpid(),))
            if pool is not None and len(docs) > 1:
                on_batch(list(pool.map(process_file, docs, chunksize=32)))
            else:
                on_batch([process_file(d) for d in docs])
            started = True
            bar.update(len(docs))
    finally:
        bar.close()
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return rejected, issues


class _Collected:
    """Results of the corpus step kept compactly: one DataFrame per table and batch (with the
    document's ``file`` for dropping duplicates later), dedup keys, quarantine rows."""

    _TABLES = ("articles", "paragraphs", "sentences", "boilerplate")

    def __init__(self) -> None:
        self.frames: dict[str, list[pd.DataFrame]] = {t: [] for t in self._TABLES}
        self.keys: list[tuple] = []
        self.positions: dict[str, int] = {}
        self.quarantine: list[dict] = []

    def add(self, results: list[Doc | dict]) -> None:
        docs = []
        for r in results:
            if isinstance(r, dict):
                self.quarantine.append(r)
            else:
                docs.append(r)
                self.keys.append(r.dedup_key())
                if r.record:
                    self.positions[r.article["file"]] = r.record
        if not docs:
            return
        files = [d.article["file"] for d in docs]
        self.frames["articles"].append(pd.DataFrame([d.article for d in docs]).assign(_file=files))
        for name in self._TABLES[1:]:
            rows = [getattr(d, name) for d in docs]
            flat = [x for r in rows for x in r]
            if flat:
                self.frames[name].append(pd.DataFrame(flat).assign(
                    _file=[f for f, r in zip(files, rows) for _ in r]))

    def tables(self, dupe_files: set[str], stories: dict[str, tuple[str, int]]) -> dict[str, pd.DataFrame]:
        from summitlens.io.parquet import empty_table

        out = {}
        for name in self._TABLES:
            parts, self.frames[name] = self.frames[name], []
            if not parts:
                out[name] = empty_table(name)
                continue
            df = pd.concat(parts, ignore_index=True)
            del parts
            df = df[~df["_file"].isin(dupe_files)].drop(columns="_file").reset_index(drop=True)
            if name == "articles":
                story = df["doc_id"].map(lambda d: stories[d])
                df["story_id"] = [s[0] for s in story]
                df["n_story_docs"] = [s[1] for s in story]
            out[name] = df
        return out


def resolve_duplicates(
    keys: list[tuple[str, str, str, list[int], int]],
    *,
    positions: dict[str, int] | None = None,
) -> tuple[dict[str, tuple[str, int]], list[dict]]:
    """Quarantine exact duplicates and cluster the rest into stories.

    Args:
        keys: ``(file, doc_id, text_key, minhash signature, n_bytes)`` per decoded file.
        positions: ``file -> record position`` (record files) for the quarantine rows.

    Returns:
        ``doc_id -> (story_id, n_story_docs)`` for kept documents, and quarantine rows for
        exact duplicates (same text up to whitespace; the first file in path order is kept).
    """
    kept: dict[str, str] = {}
    sigs: dict[str, list[int]] = {}
    dupes = []
    for rel, did, key, sig, size in sorted(keys, key=lambda k: k[0]):
        if key in kept:
            dupes.append({"file": rel, "record": (positions or {}).get(rel, 0), "reason": "duplicate",
                          "detail": f"same text as {kept[key]}", "n_bytes": size})
        else:
            kept[key] = rel
            sigs[did] = sig
    clusters = cluster_signatures(sigs)
    sizes: dict[str, int] = {}
    for sid in clusters.values():
        sizes[sid] = sizes.get(sid, 0) + 1
    return {d: (sid, sizes[sid]) for d, sid in clusters.items()}, dupes


def build_corpus(
    raw_dir: str | os.PathLike[str],
    *,
    progress: bool = False,
    workers: int | None = None,
) -> dict[str, pd.DataFrame]:
    """Build the six corpus tables from any corpus.

    Args:
        raw_dir: Corpus folder, data file (``.jsonl[.gz]``, ``.csv``, ``.parquet``) or corpus
            YAML (see :mod:`summitlens.io.formats.spec`).
        progress: Show a tqdm bar.
        workers: Processes for large corpora (default: CPU count, at most 4).

    Returns:
        ``{"articles", "paragraphs", "sentences", "boilerplate", "quarantine", "manifest_issues"}``
        frames. Never raises on bad input: refused paths, bad records and unreadable files are
        quarantine rows, manifest and date problems are ``manifest_issues`` rows.

    Raises:
        summitlens.io.formats.SpecError: The corpus cannot be resolved (no such path, an
            invalid corpus YAML, a data file without a text field).
    """
    spec = corpus_spec(raw_dir)
    workers = workers or min(4, os.cpu_count() or 1)
    got = _Collected()
    rejected, issues = _process_stream(iter_documents(spec), progress=progress, workers=workers, on_batch=got.add)
    stories, dupes = resolve_duplicates(got.keys, positions=got.positions)
    got.keys = []
    quarantine = rejected + got.quarantine + dupes
    issues.sort(key=lambda i: (i["manifest_row"], i["file"], i["problem"], i["column"]))
    quarantine.sort(key=lambda q: (q["file"], q["record"]))
    tables = got.tables({q["file"] for q in dupes}, stories)
    rest = docs_to_tables([], quarantine, issues)
    return {**tables, "quarantine": rest["quarantine"], "manifest_issues": rest["manifest_issues"]}


DOCUMENT_TABLES = ("articles", "paragraphs", "sentences", "boilerplate")


def process_partition(raws: list[RawFile]) -> list[Doc | dict]:
    """The per-document part of the step for one partition: :func:`process_file` on each.

    Examples:
        >>> process_partition([])
        []
    """
    return [process_file(r) for r in raws]


def partition_corpus_tables(
    results: list[Doc | dict],
    *,
    stories: dict[str, tuple[str, int]],
    dupe_files: set[str],
) -> dict[str, pd.DataFrame]:
    """``articles``, ``paragraphs``, ``sentences`` and ``boilerplate`` of one partition, once the
    driver has decided duplicates and stories (:func:`resolve_duplicates`) for the corpus.

    Args:
        results: :func:`process_partition` output (quarantine rows are skipped).
        stories: ``doc_id -> (story_id, n_story_docs)`` for (at least) this partition's kept documents.
        dupe_files: Files quarantined as exact duplicates (dropped).

    Returns:
        The four document tables of the partition (not yet validated).

    Examples:
        >>> partition_corpus_tables([], stories={}, dupe_files=set())["articles"].empty
        True
    """
    kept = [d for d in results if not isinstance(d, dict) and d.article["file"] not in dupe_files]
    for d in kept:
        d.article["story_id"], d.article["n_story_docs"] = stories[d.article["doc_id"]]
    tables = docs_to_tables(kept, [])
    return {name: tables[name] for name in DOCUMENT_TABLES}


def docs_to_tables(
    docs: list[Doc], quarantine: list[dict], manifest_issues: list[dict] | None = None,
) -> dict[str, pd.DataFrame]:
    """The six corpus tables from processed documents, quarantine rows and manifest issues."""
    from summitlens.io.parquet import empty_table

    def frame(rows: list[dict], name: str) -> pd.DataFrame:
        return pd.DataFrame(rows) if rows else empty_table(name)

    return {
        "articles": frame([d.article for d in docs], "articles"),
        "paragraphs": frame([p for d in docs for p in d.paragraphs], "paragraphs"),
        "sentences": frame([s for d in docs for s in d.sentences], "sentences"),
        "boilerplate": frame([b for d in docs for b in d.boilerplate], "boilerplate"),
        "quarantine": frame(quarantine, "quarantine"),
        "manifest_issues": frame(list(manifest_issues or []), "manifest_issues"),
    }


def corpus_counts(tables: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Counts for the build's one-line summary, from the corpus tables.

    Returns:
        ``n_kept``, ``n_quarantined``, ``n_refused`` (paths the reader did not open or read:
        links leaving the corpus, hidden, FIFOs, bad names …), ``n_duplicates`` and
        ``n_manifest_issues``.

    Examples:
        >>> corpus_counts(docs_to_tables([], []))["n_manifest_issues"]
        0
    """
    q, refused = tables["quarantine"], ("hidden", "outside_corpus", "dangling_link", "not_a_regular_file",
                                        "unreadable_name")
    return {"n_kept": len(tables["articles"]), "n_quarantined": len(q),
            "n_refused": int(q["reason"].isin(refused).sum()), "n_duplicates": int((q["reason"] == "duplicate").sum()),
            "n_manifest_issues": len(tables["manifest_issues"])}


def run(ctx: Context) -> dict[str, pd.DataFrame]:
    """Step entry point."""
    return build_corpus(Path(ctx.raw_dir), progress=ctx.progress)


STEP = Step(
    name="corpus",
    outputs=("articles", "paragraphs", "sentences", "boilerplate", "quarantine", "manifest_issues"),
    run=run,
)
