"""Corpus readers behind one interface: any corpus → a stream of documents.

:func:`iter_documents` takes a :class:`~summitlens.io.formats.spec.CorpusSpec` (from
:func:`corpus_spec`: a folder, a data file or a corpus YAML) and yields, in a stable order:

- :class:`~summitlens.io.read.RawFile` — one document: its key (``rel`` → ``articles.file``),
  position (``record``), outlet, url, published (ISO or empty), date_source, ``meta`` (JSON of
  the other fields) and either a file to read (``kind`` ``txt`` or ``html``: read and
  extracted by the corpus step, in parallel) or the document itself (``kind`` ``record``:
  ``data`` holds headline line, blank line, body);
- :class:`Rejected` — a quarantine row (key, position, reason, detail);
- :class:`DateIssue` — a ``manifest_issues`` row (a manifest problem, or a record's
  unusable date: the record is still yielded, undated).

Formats: ``txt`` folder (:func:`summitlens.io.read.read_corpus`, unchanged), ``html`` folder
(same listing rules for ``.html``/``.htm`` pages, optional manifest), ``jsonl``, ``csv`` and
``parquet`` record files (:mod:`summitlens.io.formats.records`, streamed).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from summitlens.io.formats.records import DateIssue, Rejected, iter_record_file
from summitlens.io.formats.spec import (
    FORMATS,
    RECORD_FORMATS,
    CorpusSpec,
    SpecError,
    corpus_spec,
    is_spec_file,
    load_spec,
)
from summitlens.io.read import DATE_RANGE, RawFile, read_corpus

__all__ = ["CorpusSpec", "SpecError", "Rejected", "DateIssue", "FORMATS", "RECORD_FORMATS", "corpus_spec",
           "load_spec", "is_spec_file", "iter_documents", "document_batches", "protected_dirs", "HTML_SUFFIXES"]

HTML_SUFFIXES = (".html", ".htm")


def iter_documents(spec: CorpusSpec | str | os.PathLike[str], *, date_range: tuple[date, date] = DATE_RANGE
                   ) -> Iterator[RawFile | Rejected | DateIssue]:
    """Every document of a corpus, with quarantine and issue rows (see the module docstring).

    Args:
        spec: A corpus description, or a folder / data file / corpus YAML to resolve.
        date_range: Accepted dates (a YAML's ``date_range`` wins).

    Examples:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("T\\n\\nBody.")
        >>> [(type(x).__name__, x.rel) for x in iter_documents(d)]
        [('RawFile', 'a.txt')]
    """
    if not isinstance(spec, CorpusSpec):
        spec = corpus_spec(spec)
    date_range = spec.date_range or date_range
    if spec.format in RECORD_FORMATS:
        yield from iter_record_file(spec, date_range=date_range)
        return
    suffixes = HTML_SUFFIXES if spec.format == "html" else (".txt",)
    corpus = read_corpus(spec.path, date_range=date_range, suffixes=suffixes, kind=spec.format,
                         manifest=spec.manifest)
    for s in corpus.skipped:
        yield Rejected(s["file"], 0, s["reason"], s["detail"], s["n_bytes"])
    for i in corpus.manifest_issues:
        yield DateIssue(i["file"], i["manifest_row"], i["column"], i["value"], i["problem"], i["detail"])
    for f in corpus.files:
        if spec.defaults and (not f.outlet or not f.url):
            from dataclasses import replace

            f = replace(f, outlet=f.outlet or spec.defaults.get("outlet", ""),
                        url=f.url or spec.defaults.get("url", ""))
        yield f


def document_batches(items, size: int, *, rejected: list, issues: list) -> Iterator[list[RawFile]]:
    """Batches of at most ``size`` documents from an :func:`iter_documents` stream.

    Quarantine rows (:class:`Rejected`) and issue rows (:class:`DateIssue`) met on the way are
    appended, as table rows, to ``rejected`` and ``issues``.

    Examples:
        >>> rej, iss = [], []
        >>> items = [Rejected("x.txt", 0, "hidden", "", 0), "doc1", "doc2", "doc3"]
        >>> list(document_batches(items, 2, rejected=rej, issues=iss)), [r["reason"] for r in rej]
        ([['doc1', 'doc2'], ['doc3']], ['hidden'])
    """
    batch: list = []
    for item in items:
        if isinstance(item, Rejected):
            rejected.append(item.row())
        elif isinstance(item, DateIssue):
            issues.append(item.row())
        else:
            batch.append(item)
            if len(batch) >= size:
                yield batch
                batch = []
    if batch:
        yield batch


def protected_dirs(corpus: str | os.PathLike[str]) -> list[Path]:
    """Folders a build must never write into for this corpus: the data's folder (the corpus
    folder itself, or the folder holding the data file), and a YAML's folder when it is a
    corpus folder. Unresolvable corpora protect their own path.

    Examples:
        >>> protected_dirs("/no/such/corpus")
        [PosixPath('/no/such/corpus')]
    """
    p = Path(corpus).resolve()
    try:
        spec = corpus_spec(p)
    except SpecError:
        return [p]
    data = spec.path if spec.is_folder else spec.path.parent
    out = [data]
    if spec.manifest is not None and spec.manifest.parent not in out:
        out.append(spec.manifest.parent)
    return out
