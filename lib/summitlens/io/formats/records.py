"""Record files (JSON Lines, CSV, Parquet) → documents, streamed one record at a time.

Each reader yields, in file order, one item per record: a :class:`~summitlens.io.read.RawFile`
of kind ``record`` (the document as ``.txt`` bytes: headline line, blank line, body) or a
:class:`Rejected` quarantine row, plus :class:`DateIssue` rows for unusable dates (the
record is kept, ``published`` missing). Nothing holds the whole file: JSON Lines are read
line by line (gzip or plain, told by the magic bytes), CSV record by record, Parquet by
batches of rows.

**Keys.** A document's ``file`` (``articles.file``) is ``<data file name>#<id>`` (e.g.
``allsides.jsonl.gz#bs9WSgZrehXqMOx5``) when the mapping has an ``id`` field, else
``<data file name>#<position>``. A second record with an id already read is quarantined
(``duplicate``), so keys are unique and stable across rebuilds.

**Positions** (``quarantine.record``, ``manifest_issues.manifest_row``) are 1-based: the line
number for JSON Lines, the line where the record starts for CSV (the header is line 1), the
row number for Parquet.

**Quarantine reasons.** ``invalid_json`` (a line that is not JSON), ``bad_record`` (a JSON
value that is not an object, a CSV row with more fields than the header, a text that is
not a string), ``missing_field`` (the mapped ``id``, ``title`` or ``text`` field is absent;
``published``, ``url`` and ``outlet`` may be absent), ``undecodable`` (bytes invalid in the
declared encoding), ``empty`` (empty or blank text), ``duplicate`` (an id already read).

**Dates.** ``published`` is read with :func:`summitlens.io.read.parse_date` (ISO, in
:data:`~summitlens.io.read.DATE_RANGE`); when that fails and the corpus gives a
``date_format`` (a :func:`~datetime.datetime.strptime` pattern such as ``%m/%d/%y``) that
pattern is tried as a fallback (two-digit years: 69–99 → 19xx, 00–68 → 20xx, Python's
rule). The accepted range is the corpus YAML's ``date_range`` (default 1900–2100; the
AllSides YAML ends it at the data set's snapshot date, so ``2050-09-30`` is refused). A date
still unusable (``0001-11-30``, ``2050-09-30``, ``yesterday``) becomes a ``bad_date`` /
``date_out_of_range`` issue and the record is kept undated.

**Metadata.** Every field that is not mapped is kept in ``meta`` (JSON object, sorted keys,
values as in the source: numbers stay numbers in JSON Lines, text in CSV).
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from summitlens.io.formats.spec import CorpusSpec, SpecError, guess_mapping
from summitlens.io.read import DATE_RANGE, RawFile, parse_date

__all__ = ["Rejected", "DateIssue", "iter_jsonl", "iter_csv", "iter_parquet", "iter_record_file",
           "record_document", "parse_record_date", "open_binary"]

_REQUIRED = ("id", "title", "text")


@dataclass(frozen=True)
class Rejected:
    """A record not kept: a quarantine row (``record`` = its position)."""

    file: str
    record: int
    reason: str
    detail: str
    n_bytes: int = 0

    def row(self) -> dict:
        """The ``quarantine`` row."""
        return {"file": self.file, "record": int(self.record), "reason": self.reason, "detail": self.detail,
                "n_bytes": int(self.n_bytes)}


@dataclass(frozen=True)
class DateIssue:
    """A kept record whose date could not be used: a ``manifest_issues`` row."""

    file: str
    record: int
    column: str
    value: str
    problem: str
    detail: str

    def row(self) -> dict:
        """The ``manifest_issues`` row."""
        return {"manifest_row": int(self.record), "file": self.file, "column": self.column, "value": self.value,
                "problem": self.problem, "detail": self.detail}


def parse_record_date(value, *, date_format: str = "",
                      date_range: tuple[date, date] = DATE_RANGE) -> tuple[str, str]:
    """A record's date as ISO, or the problem: ISO first, then ``date_format`` as a fallback.

    Examples:
        >>> parse_record_date("1/21/18", date_format="%m/%d/%y")
        ('2018-01-21', '')
        >>> parse_record_date("1/21/18"), parse_record_date("0001-11-30"), parse_record_date("")
        (('', 'bad_date'), ('', 'date_out_of_range'), ('', ''))
    """
    if value is None:
        return "", ""
    if isinstance(value, datetime):
        value = value.date().isoformat()
    elif isinstance(value, date):
        value = value.isoformat()
    text = str(value).strip()
    iso, problem = parse_date(text, date_range=date_range)
    if problem != "bad_date" or not date_format:
        return iso, problem
    try:
        d = datetime.strptime(text, date_format).date()
    except ValueError:
        return "", "bad_date"
    if not date_range[0] <= d <= date_range[1]:
        return "", "date_out_of_range"
    return d.isoformat(), ""


def record_document(title: str, text: str) -> bytes:
    """A record as ``.txt`` document bytes: the headline on one line, a blank line, the body.

    Examples:
        >>> record_document(" Xi\\nmeets Putin ", "Para one.\\r\\n\\r\\nPara two.")
        b'Xi meets Putin\\n\\nPara one.\\n\\nPara two.'
    """
    title = " ".join(title.split())
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    return ((title + "\n\n" if title else "") + body).encode("utf-8")


def open_binary(path: str | os.PathLike[str]):
    """Open a data file for reading bytes, transparently gunzipping (told by the magic bytes)."""
    fh = open(path, "rb")
    if fh.peek(2)[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=fh, mode="rb")
    return fh


class _Mapper:
    """Turns one record (a dict of fields) into a document, a rejection and/or a date issue."""

    def __init__(self, spec: CorpusSpec, name: str, *, date_range: tuple[date, date]):
        self.spec, self.name, self.date_range = spec, name, spec.date_range or date_range
        self.mapping: dict[str, str] | None = dict(spec.mapping) if spec.mapping is not None else None
        self.seen: dict[str, int] = {}

    def fix_mapping(self, fields: list[str]) -> None:
        if self.mapping is None:
            self.mapping = guess_mapping(fields)
            if "text" not in self.mapping:
                raise SpecError(f"{self.spec.source}: no text field found among {', '.join(map(str, fields))}; "
                                 "describe the corpus in a YAML with `mapping: {text: <field>}`")

    def __call__(self, pos: int, rec: dict, n_bytes: int) -> Iterator[RawFile | Rejected | DateIssue]:
        m = self.mapping or {}
        key = f"{self.name}#{pos}"
        if "id" in m:
            if m["id"] not in rec or rec[m["id"]] is None or str(rec[m["id"]]).strip() == "":
                yield Rejected(key, pos, "missing_field", f"no value for the id field {m['id']!r}", n_bytes)
                return
            rid = str(rec[m["id"]]).strip()
            key = f"{self.name}#{rid}"
            if rid in self.seen:
                yield Rejected(key, pos, "duplicate", f"id {rid!r} already read at record {self.seen[rid]}", n_bytes)
                return
            self.seen[rid] = pos
        for role in _REQUIRED:
            if role in m and m[role] not in rec:
                yield Rejected(key, pos, "missing_field", f"no field {m[role]!r} (mapped as {role})", n_bytes)
                return
        text, title = rec.get(m["text"]), rec.get(m["title"]) if "title" in m else ""
        for role, v in (("text", text), ("title", title)):
            if v is not None and not isinstance(v, str):
                yield Rejected(key, pos, "bad_record", f"{role} field {m[role]!r} is a {type(v).__name__}, "
                               "not a string", n_bytes)
                return
        text, title = text or "", title or ""
        if any("\udc80" <= c <= "\udcff" for c in text + title):
            yield Rejected(key, pos, "undecodable", f"bytes invalid in {self.spec.encoding}", n_bytes)
            return
        if not text.strip():
            yield Rejected(key, pos, "empty", f"the text field {m['text']!r} is empty", n_bytes)
            return
        published, date_source = "", "missing"
        if "published" in m:
            raw = rec.get(m["published"])
            published, problem = parse_record_date(raw, date_format=self.spec.date_format,
                                                   date_range=self.date_range)
            if problem:
                lo, hi = self.date_range
                why = ("not an ISO date" + (f" nor {self.spec.date_format!r}" if self.spec.date_format else "")
                       if problem == "bad_date" else f"outside {lo.isoformat()}..{hi.isoformat()}")
                yield DateIssue(key, pos, m["published"], str(raw), problem, f"{why}: published left missing")
            elif published:
                date_source = "record"

        def meta_str(role: str) -> str:
            v = rec.get(m[role]) if role in m else None
            return str(v).strip() if v not in (None, "") else self.spec.defaults.get(role, "")

        mapped = set(m.values())
        extra = {k: _plain(v) for k, v in rec.items() if k not in mapped}
        yield RawFile(path=self.spec.path, rel=key, outlet=meta_str("outlet"), url=meta_str("url"),
                      published=published, date_source=date_source,
                      meta=json.dumps(extra, sort_keys=True, ensure_ascii=False, default=str),
                      kind="record", data=record_document(title, text), record=pos)


def _plain(v):
    """A JSON-friendly value (dates as ISO text, bytes as text)."""
    if isinstance(v, (datetime, date)):
        return v.isoformat()
    if isinstance(v, bytes):
        return v.decode("utf-8", "backslashreplace")
    return v


#: Errors that end the reading of a (possibly compressed) file.
_READ_ERRORS = (OSError, EOFError, zlib.error)


def _unreadable(name: str, pos: int, exc: BaseException) -> Rejected:
    """The row of a file whose reading failed at record ``pos``: the rest is not read."""
    return Rejected(f"{name}#{pos}", pos, "unreadable", f"{type(exc).__name__}: {exc}: rest of the file not read")


def _lines(fh, name: str):
    """``(line number, bytes)`` pairs; a read error (corrupt gzip, I/O) ends the file with a
    :class:`Rejected` row ``unreadable`` at the next line."""
    pos = 0
    try:
        for pos, line in enumerate(fh, start=1):
            yield pos, line
    except _READ_ERRORS as exc:
        yield pos + 1, _unreadable(name, pos + 1, exc)


def iter_jsonl(spec: CorpusSpec, *, date_range: tuple[date, date] = DATE_RANGE
               ) -> Iterator[RawFile | Rejected | DateIssue]:
    """Stream a JSON Lines file (plain or gzip), one record per line.

    Examples:
        >>> import tempfile, pathlib
        >>> from summitlens.io.formats.spec import corpus_spec
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "n.jsonl"
        >>> _ = p.write_text('{"id": 1, "title": "T", "text": "Body.", "bias": 2}\\n{oops\\n')
        >>> [(type(r).__name__, r.rel if hasattr(r, "rel") else r.reason) for r in iter_jsonl(corpus_spec(p))]
        [('RawFile', 'n.jsonl#1'), ('Rejected', 'invalid_json')]
    """
    name = spec.path.name
    mapper = _Mapper(spec, name, date_range=date_range)
    decoder = codecs.getincrementaldecoder(spec.encoding)
    with open_binary(spec.path) as fh:
        pos = 0
        for pos, line in _lines(fh, name):
            if isinstance(line, Rejected):
                yield line
                return
            if not line.strip():
                continue
            try:
                text = decoder(errors="strict").decode(line, final=True)
            except UnicodeDecodeError as exc:
                yield Rejected(f"{name}#{pos}", pos, "undecodable", f"line is not valid {spec.encoding}: {exc.reason}",
                               len(line))
                continue
            try:
                rec = json.loads(text)
            except ValueError as exc:
                yield Rejected(f"{name}#{pos}", pos, "invalid_json", f"not a JSON value: {exc}"[:300], len(line))
                continue
            if not isinstance(rec, dict):
                yield Rejected(f"{name}#{pos}", pos, "bad_record", f"a JSON {type(rec).__name__}, not an object",
                               len(line))
                continue
            mapper.fix_mapping(list(rec))
            yield from mapper(pos, rec, len(line))


def iter_csv(spec: CorpusSpec, *, date_range: tuple[date, date] = DATE_RANGE
             ) -> Iterator[RawFile | Rejected | DateIssue]:
    """Stream a CSV file (plain or gzip) record by record; the header names the fields.

    Examples:
        >>> import tempfile, pathlib
        >>> from summitlens.io.formats.spec import corpus_spec
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "n.csv"
        >>> _ = p.write_text('headline,body,topic\\nT,"Body,\\nmore.",trade\\n,,x\\n')
        >>> [(getattr(r, "rel", None) or r.reason, r.record) for r in iter_csv(corpus_spec(p))]
        [('n.csv#2', 2), ('empty', 4)]
    """
    name = spec.path.name
    mapper = _Mapper(spec, name, date_range=date_range)
    delimiter = spec.delimiter or ("\t" if ".tsv" in name.lower() else ",")
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with open_binary(spec.path) as raw:
        fh = io.TextIOWrapper(raw, encoding=spec.encoding, errors="surrogateescape", newline="")
        reader = csv.reader(fh, delimiter=delimiter)
        header: list[str] | None = None
        end = 0
        try:
            for rec in reader:
                start, end = end + 1, reader.line_num
                if not any(f.strip() for f in rec):
                    continue
                if header is None:
                    header = [h.replace("\ufeff", "").strip() for h in rec]
                    mapper.fix_mapping(header)
                    continue
                size = sum(len(f) for f in rec)
                if len(rec) > len(header):
                    yield Rejected(f"{name}#{start}", start, "bad_record",
                                   f"{len(rec)} fields but the header has {len(header)}", size)
                    continue
                row = dict(zip(header, rec))
                yield from mapper(start, row, size)
        except csv.Error as exc:
            yield Rejected(f"{name}#{end + 1}", end + 1, "bad_record", f"CSV error, rest of the file not read: {exc}")
        except _READ_ERRORS as exc:
            yield _unreadable(name, end + 1, exc)


def iter_parquet(spec: CorpusSpec, *, date_range: tuple[date, date] = DATE_RANGE, batch_size: int = 1024
                 ) -> Iterator[RawFile | Rejected | DateIssue]:
    """Stream a Parquet file by batches of rows (position = 1-based row number)."""
    import pyarrow.parquet as pq

    name = spec.path.name
    mapper = _Mapper(spec, name, date_range=date_range)
    import pyarrow as pa

    pos = 0
    try:
        pf = pq.ParquetFile(spec.path)
        mapper.fix_mapping(list(pf.schema_arrow.names))
        for batch in pf.iter_batches(batch_size=batch_size):
            for rec in batch.to_pylist():
                pos += 1
                yield from mapper(pos, rec, 0)
    except (OSError, pa.ArrowException) as exc:
        yield _unreadable(name, pos + 1, exc)


_READERS = {"jsonl": iter_jsonl, "csv": iter_csv, "parquet": iter_parquet}


def iter_record_file(spec: CorpusSpec, *, date_range: tuple[date, date] = DATE_RANGE
                     ) -> Iterator[RawFile | Rejected | DateIssue]:
    """The reader of ``spec.format`` (``jsonl``, ``csv`` or ``parquet``)."""
    return _READERS[spec.format](spec, date_range=date_range)
