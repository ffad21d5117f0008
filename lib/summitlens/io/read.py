"""Read a raw corpus folder: list its ``.txt`` files safely and join the validated manifest.

A corpus is any folder of ``.txt`` articles (line 1 = headline, then paragraphs), searched
recursively, with an optional ``manifest.csv``. The same listing and manifest rules serve
folders of ``.html`` pages (``suffixes``/``kind``); data files and corpus YAMLs are read by
:mod:`summitlens.io.formats`, which yields the same :class:`RawFile` documents.

**Listing** (:func:`scan_corpus`). A file is a corpus file when its name ends with ``.txt``
in any case (``a.txt``, ``B.TXT``). Nothing under the folder is skipped without a
quarantine row (``file``, ``reason``, ``detail``, ``n_bytes``):

- ``hidden``: a ``.txt`` file whose name, or a folder on whose path, starts with a dot;
- ``outside_corpus``: a symbolic link (to a file or a folder, whatever its name) whose target
  resolves outside the corpus folder — never opened, not even measured;
- ``dangling_link``: a link whose target does not exist (or a link loop);
- ``not_a_regular_file``: a ``.txt`` FIFO, socket or device — never opened;
- ``unreadable_name``: a ``.txt`` file whose name (or a folder's) is not valid UTF-8; its
  ``file`` is the name with the bad bytes escaped (``bad\\xff.txt``);
- ``duplicate``: a second name of a file already read (a symbolic or hard link inside the
  corpus; the file is read once, under the first name in path order), or a link to a folder
  of the corpus (links to folders are never followed: their files are read under their own
  path, so no file is read twice and link loops cannot happen).

Other files (``.csv``, ``.md`` …) are not corpus files and are only counted (``n_other``).
Files are opened with ``O_NOFOLLOW | O_NONBLOCK`` and read only when ``fstat`` says they are
regular files (:func:`read_bytes`), so a file swapped for a FIFO or a link after listing is
refused too (``unreadable``).

**Manifest** (:func:`parse_manifest`, :func:`read_manifest`). ``manifest.csv`` (refused like a
corpus file when it is a link that leaves the folder) is decoded like the articles, its
delimiter sniffed from the header line (comma, semicolon or tab), headers normalised
(BOM and blanks stripped, lower case, inner blanks to ``_``). It needs a ``file`` column:
without one :class:`ManifestError` names the columns found (the corpus step records it in
``manifest_issues`` and builds without metadata). Known columns: ``file``, ``outlet``,
``url``, ``published``, ``date_source``; every other column is kept in ``meta``, a JSON
object (sorted keys, values as written). ``published`` must be an ISO date
(``YYYY-MM-DD``, ``/`` or ``.`` also accepted), optionally with a time and a time zone:
only the date as written is kept (the author's calendar day, which relative dates such as
"on Wednesday" are anchored on), and it must lie in :data:`DATE_RANGE` (1900–2100, fixed so
that a build never depends on the clock). Every problem is an issue row (``manifest_row``,
``file``, ``column``, ``value``, ``problem``, ``detail``), never an exception: bad or
out-of-range dates (the value is kept in the issue; ``published`` becomes missing),
duplicate rows (the first is kept), rows with too many fields, rows without a file.

**Matching** (:func:`match_manifest`). A row applies to the file whose path relative to the
corpus folder it names: exactly, else case-insensitively when that names one file only.
A bare file name (no folder part) applies to a file in a sub-folder only when exactly one
corpus file has that name; a row for ``sub1/a.txt`` never applies to ``sub2/a.txt``. Rows
that match no file, or a file that already has a row, are issues; corpus files without a
row give one summary issue (``files_without_row``), not one per file.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from summitlens.text.decode import DecodeError, decode_bytes

__all__ = [
    "MANIFEST_NAME", "KNOWN_COLUMNS", "DATE_RANGE", "RawFile", "Listing", "Manifest", "Corpus",
    "ManifestError", "scan_corpus", "list_files", "read_bytes", "normalise_header",
    "parse_date", "parse_manifest", "manifest_path", "read_manifest", "read_manifest_file", "match_manifest", "read_corpus", "corpus_files",
]

MANIFEST_NAME = "manifest.csv"
#: Manifest columns with a column of their own in ``articles``; the others go to ``meta``.
KNOWN_COLUMNS = ("file", "outlet", "url", "published", "date_source")
#: Accepted publication dates, inclusive (fixed: a build never depends on the clock).
DATE_RANGE = (date(1900, 1, 1), date(2100, 12, 31))
_DELIMITERS = (",", ";", "\t")
_DATE = re.compile(
    r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})"                      # the date
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?"             # an optional time
    r"(?:\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?",              # an optional zone
    re.I,
)
_NO_MAX_EXAMPLES = 5


@dataclass(frozen=True)
class RawFile:
    """One input file with its (validated) manifest metadata.

    ``published`` is an ISO date ``YYYY-MM-DD`` in :data:`DATE_RANGE` or empty; ``meta`` is a
    JSON object of the manifest's extra columns (``{}`` without a row).
    """

    path: Path
    rel: str
    outlet: str = ""
    url: str = ""
    published: str = ""
    date_source: str = "missing"
    meta: str = "{}"
    #: How :func:`summitlens.pipeline.corpus.process_file` reads it: ``txt`` (the file's bytes),
    #: ``html`` (main text extracted from the page) or ``record`` (``data`` holds the document).
    kind: str = "txt"
    #: For ``record``: the document as ``.txt`` bytes (headline line, blank line, paragraphs).
    data: bytes | None = None
    #: 1-based position of the record in its data file (line or row); 0 for a file of a folder.
    record: int = 0


@dataclass(frozen=True)
class Listing:
    """What :func:`scan_corpus` found: files to read, paths refused, other files counted."""

    files: list[tuple[Path, str]]
    skipped: list[dict]
    n_other: int = 0


@dataclass(frozen=True)
class Manifest:
    """A parsed manifest: valid rows (in file order) and the issues found."""

    rows: list[dict] = field(default_factory=list)
    columns: tuple[str, ...] = ()
    issues: list[dict] = field(default_factory=list)
    present: bool = False


@dataclass(frozen=True)
class Corpus:
    """A corpus folder read: files joined with metadata, refused paths, manifest issues."""

    files: list[RawFile]
    skipped: list[dict]
    manifest_issues: list[dict]
    n_other: int = 0


class ManifestError(ValueError):
    """A manifest that cannot be used at all (no ``file`` column)."""


# --------------------------------------------------------------------------- listing


def _safe_name(name: str) -> str:
    """``name`` with undecodable bytes (surrogate escapes) shown as ``\\xNN``."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _bad_name(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _inside(target: str, root: str) -> bool:
    try:
        return os.path.commonpath([target, root]) == root
    except ValueError:  # different drives
        return False


def _skip(rel: str, reason: str, detail: str, n_bytes: int = 0, record: int = 0) -> dict:
    return {"file": rel, "record": int(record), "reason": reason, "detail": detail, "n_bytes": int(n_bytes)}


def scan_corpus(raw_dir: str | os.PathLike[str], *, suffixes: tuple[str, ...] = (".txt",)) -> Listing:
    """List the files to read under ``raw_dir`` and every path refused, with the reason.

    See the module docstring for the rules. Symbolic links to folders are never followed;
    links to files are followed only when they resolve inside the corpus folder.

    Args:
        raw_dir: Corpus folder (a missing folder lists nothing).
        suffixes: Lower-case name endings of corpus files (``(".html", ".htm")`` for pages).

    Returns:
        A :class:`Listing`: ``(path, relative POSIX path)`` pairs sorted by relative path
        (a link's path is its resolved target), and quarantine rows for refused paths.

    Examples:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "A.TXT").write_text("x")
        >>> _ = (d / ".h.txt").write_text("x"); (d / "out.txt").symlink_to("/etc/hostname")
        >>> found = scan_corpus(d)
        >>> [rel for _, rel in found.files], [(s["file"], s["reason"]) for s in found.skipped]
        (['A.TXT'], [('.h.txt', 'hidden'), ('out.txt', 'outside_corpus')])
    """
    root = os.fspath(raw_dir)
    if not os.path.isdir(root):
        return Listing([], [], 0)
    root_real = os.path.realpath(root)
    found: list[tuple[str, str, tuple[int, int]]] = []  # (rel, path to open, identity)
    skipped: list[dict] = []
    n_other = 0
    stack: list[tuple[str, str, bool, bool]] = [(root, "", False, False)]
    while stack:
        folder, prefix, hidden, bad = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            skipped.append(_skip(prefix or ".", "unreadable", f"folder not listed: {type(exc).__name__}: {exc}"))
            continue
        for e in entries:
            name = e.name
            if not prefix and name == MANIFEST_NAME:
                continue
            rel = prefix + _safe_name(name)
            is_hidden = hidden or name.startswith(".")
            is_bad = bad or _bad_name(name)
            is_txt = name.lower().endswith(suffixes)
            try:
                if e.is_symlink():
                    target = os.path.realpath(e.path)
                    if not _inside(target, root_real):
                        skipped.append(_skip(rel, "outside_corpus", "symbolic link to a path outside the "
                                             "corpus folder: not read"))
                        continue
                    if not os.path.exists(target):
                        skipped.append(_skip(rel, "dangling_link", "symbolic link to a missing path "
                                             "(or a link loop)"))
                        continue
                    st = os.stat(target)
                    if stat.S_ISDIR(st.st_mode):
                        shown = os.path.relpath(target, root_real).replace(os.sep, "/")
                        skipped.append(_skip(rel, "duplicate", f"link to the folder {_safe_name(shown)} of "
                                             "the corpus: not followed, its files are read under their own path"))
                        continue
                    if not is_txt:
                        n_other += 1
                    elif is_hidden:
                        skipped.append(_skip(rel, "hidden", "hidden file or folder (name starts with a dot)",
                                             st.st_size))
                    elif is_bad:
                        skipped.append(_skip(rel, "unreadable_name", "file name is not valid UTF-8", st.st_size))
                    elif not stat.S_ISREG(st.st_mode):
                        skipped.append(_skip(rel, "not_a_regular_file", "link to a FIFO, socket or device: "
                                             "not opened"))
                    else:
                        found.append((rel, target, (st.st_dev, st.st_ino)))
                    continue
                if e.is_dir(follow_symlinks=False):
                    stack.append((e.path, rel + "/", is_hidden, is_bad))
                    continue
                if not is_txt:
                    n_other += 1
                    continue
                st = e.stat(follow_symlinks=False)
            except OSError as exc:
                skipped.append(_skip(rel, "unreadable", f"{type(exc).__name__}: {exc}"))
                continue
            if not stat.S_ISREG(st.st_mode):
                skipped.append(_skip(rel, "not_a_regular_file", "FIFO, socket or device: not opened"))
            elif is_hidden:
                skipped.append(_skip(rel, "hidden", "hidden file or folder (name starts with a dot)", st.st_size))
            elif is_bad:
                skipped.append(_skip(rel, "unreadable_name", "file name is not valid UTF-8", st.st_size))
            else:
                found.append((rel, e.path, (st.st_dev, st.st_ino)))
    files: list[tuple[Path, str]] = []
    first: dict[tuple[int, int], str] = {}
    for rel, path, ident in sorted(found):
        if ident in first:
            skipped.append(_skip(rel, "duplicate", f"another name of {first[ident]} (link): read once"))
        else:
            first[ident] = rel
            files.append((Path(path), rel))
    return Listing(files, sorted(skipped, key=lambda s: s["file"]), n_other)


def list_files(raw_dir: str | os.PathLike[str]) -> list[tuple[Path, str]]:
    """The files :func:`scan_corpus` reads under ``raw_dir``, sorted by relative POSIX path.

    Examples:
        >>> list_files("/nonexistent")
        []
    """
    return scan_corpus(raw_dir).files


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a regular file, never following a final symbolic link nor blocking on a FIFO.

    Raises:
        OSError: When the path is a link, not a regular file, or cannot be read.

    Examples:
        >>> read_bytes("/nonexistent")
        Traceback (most recent call last):
        ...
        FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent'
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"not a regular file: {os.fspath(path)!r}")
        with os.fdopen(fd, "rb", closefd=True) as fh:
            fd = -1
            return fh.read()
    finally:
        if fd >= 0:
            os.close(fd)


# --------------------------------------------------------------------------- manifest


def _issue(row: int, problem: str, detail: str, *, file: str = "", column: str = "", value: str = "") -> dict:
    return {"manifest_row": int(row), "file": file, "column": column, "value": value,
            "problem": problem, "detail": detail}


def normalise_header(name: str) -> str:
    """A manifest column name: BOM and blanks stripped, lower case, inner blanks as ``_``.

    Examples:
        >>> normalise_header("\\ufeff File "), normalise_header("Date  Source")
        ('file', 'date_source')
    """
    return "_".join(name.replace("\ufeff", "").strip().lower().split())


def _sniff_delimiter(header: str) -> str:
    """The delimiter among comma, semicolon and tab that splits the header line most (comma on ties)."""
    best, best_n = ",", 1
    for d in _DELIMITERS:
        n = len(next(csv.reader([header], delimiter=d), []))
        if n > best_n:
            best, best_n = d, n
    return best


def parse_date(value: str, *, date_range: tuple[date, date] = DATE_RANGE) -> tuple[str, str]:
    """An ISO publication date (the date as written), or the problem with it.

    Args:
        value: The manifest's ``published`` value (may hold a time and a time zone).
        date_range: Accepted dates, inclusive.

    Returns:
        ``(iso date, "")``, ``("", "")`` for an empty value, or ``("", problem)`` with
        problem ``bad_date`` or ``date_out_of_range``.

    Examples:
        >>> parse_date("2023-03-21T23:30:00-05:00"), parse_date("2999-12-31"), parse_date("yesterday")
        (('2023-03-21', ''), ('', 'date_out_of_range'), ('', 'bad_date'))
    """
    value = value.strip()
    if not value:
        return "", ""
    m = _DATE.fullmatch(value)
    if not m:
        return "", "bad_date"
    try:
        d = date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    except ValueError:
        return "", "bad_date"
    if not date_range[0] <= d <= date_range[1]:
        return "", "date_out_of_range"
    return d.isoformat(), ""


def _file_key(value: str) -> str:
    """A manifest ``file`` value as a relative POSIX path (``\\`` → ``/``, no leading ``./``)."""
    key = value.strip().replace("\\", "/")
    while key.startswith("./"):
        key = key[2:]
    return key


def parse_manifest(text: str, *, date_range: tuple[date, date] = DATE_RANGE) -> Manifest:
    """Parse and validate manifest text.

    Args:
        text: The decoded ``manifest.csv``.
        date_range: Accepted publication dates, inclusive.

    Returns:
        A :class:`Manifest`: one row per usable line, with ``manifest_row`` (1-based line
        number of the record), ``file``, ``outlet``, ``url``, ``published`` (ISO date or
        empty), ``date_source`` and ``meta`` (JSON of the other columns); and its issues.

    Raises:
        ManifestError: When there is no ``file`` column (the message names the columns found).

    Examples:
        >>> m = parse_manifest(" File ;Outlet;Topic\\na.txt;BBC;trade\\na.txt;CNN;x\\n")
        >>> [(r["file"], r["outlet"], r["meta"]) for r in m.rows], [i["problem"] for i in m.issues]
        ([('a.txt', 'BBC', '{"topic": "trade"}')], ['duplicate_row'])
    """
    lines = text.lstrip("\ufeff").splitlines()
    header_line = next((ln for ln in lines if ln.strip()), "")
    delimiter = _sniff_delimiter(header_line)
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
    header: list[str] | None = None
    issues: list[dict] = []
    rows: list[dict] = []
    seen: dict[str, int] = {}
    keep: list[int] = []
    columns: list[str] = []
    end = 0
    try:
        for record in reader:
            start, end = end + 1, reader.line_num
            if not any(f.strip() for f in record):
                continue
            if header is None:
                header = record
                for i, raw in enumerate(record):
                    name = normalise_header(raw) or f"column_{i + 1}"
                    if name in columns:
                        issues.append(_issue(start, "duplicate_column", f"column {name!r} appears more than "
                                             "once; the first is used", column=name, value=raw))
                        continue
                    columns.append(name)
                    keep.append(i)
                if "file" not in columns:
                    found = ", ".join(repr(c) for c in columns) or "none"
                    raise ManifestError(f"{MANIFEST_NAME} has no `file` column (columns found: {found}; "
                                        f"delimiter {delimiter!r})")
                continue
            if len(record) > len(header):
                issues.append(_issue(start, "bad_row", f"{len(record)} fields but the header has {len(header)}: "
                                     "row not used", value=delimiter.join(record)[:200]))
                continue
            record = record + [""] * (len(header) - len(record))
            values = {c: record[i].strip() for c, i in zip(columns, keep)}
            rows.append(_validate_row(start, values, issues, seen, date_range=date_range))
    except csv.Error as exc:
        issues.append(_issue(end + 1, "bad_row", f"CSV error, rest of the manifest not read: {exc}"))
    if header is None:
        raise ManifestError(f"{MANIFEST_NAME} has no header line (columns found: none)")
    return Manifest([r for r in rows if r], tuple(columns), issues, True)


def _validate_row(line: int, values: dict[str, str], issues: list[dict], seen: dict[str, int], *,
                  date_range: tuple[date, date]) -> dict:
    """One manifest record as a row (empty dict when unusable); problems appended to ``issues``."""
    file = _file_key(values.get("file", ""))
    if not file:
        issues.append(_issue(line, "missing_file", "row without a file: not used", column="file"))
        return {}
    if file in seen:
        issues.append(_issue(line, "duplicate_row", f"a row for this file at line {seen[file]} is used; "
                             "this one is not", file=file, column="file", value=values.get("file", "")))
        return {}
    seen[file] = line
    raw_date = values.get("published", "")
    published, problem = parse_date(raw_date, date_range=date_range)
    if problem:
        lo, hi = date_range
        why = (f"not an ISO date (YYYY-MM-DD)" if problem == "bad_date"
               else f"outside {lo.isoformat()}..{hi.isoformat()}")
        issues.append(_issue(line, problem, f"{why}: published left missing", file=file, column="published",
                             value=raw_date))
    given = values.get("date_source", "")
    extra = {k: v for k, v in values.items() if k not in KNOWN_COLUMNS}
    return {
        "manifest_row": line, "file": file, "outlet": values.get("outlet", ""), "url": values.get("url", ""),
        "published": published, "date_source": (given or "manifest") if published else "missing",
        "meta": json.dumps(extra, sort_keys=True, ensure_ascii=False),
    }


def manifest_path(raw_dir: str | os.PathLike[str]) -> Path | None:
    """The file to read as the corpus manifest: ``manifest.csv`` or, when it is a link, its
    target; None when there is none or the link resolves outside the corpus folder.

    Examples:
        >>> manifest_path("/nonexistent") is None
        True
    """
    f = os.path.join(os.fspath(raw_dir), MANIFEST_NAME)
    if not os.path.lexists(f):
        return None
    if not os.path.islink(f):
        return Path(f)
    target = os.path.realpath(f)
    return Path(target) if _inside(target, os.path.realpath(os.fspath(raw_dir))) else None


def read_manifest(raw_dir: str | os.PathLike[str], *, date_range: tuple[date, date] = DATE_RANGE) -> Manifest:
    """The corpus manifest, validated; never raises on a bad manifest (it becomes an issue).

    Args:
        raw_dir: Corpus folder.
        date_range: Accepted publication dates, inclusive.

    Returns:
        A :class:`Manifest` (``present`` is False when there is no ``manifest.csv``).

    Examples:
        >>> read_manifest("/nonexistent").rows
        []
    """
    if not os.path.lexists(os.path.join(os.fspath(raw_dir), MANIFEST_NAME)):
        return Manifest()
    path = manifest_path(raw_dir)
    if path is None:
        return Manifest(issues=[_issue(0, "outside_corpus", "manifest.csv is a link to a path outside "
                                       "the corpus folder: not read, no metadata used")], present=True)
    return read_manifest_file(path, date_range=date_range)


def read_manifest_file(path: str | os.PathLike[str], *, date_range: tuple[date, date] = DATE_RANGE) -> Manifest:
    """A manifest file, validated like :func:`read_manifest` (problems become issues).

    Examples:
        >>> [i["problem"] for i in read_manifest_file("/nonexistent").issues]
        ['unreadable_manifest']
    """
    try:
        data = read_bytes(path)
    except OSError as exc:
        return Manifest(issues=[_issue(0, "unreadable_manifest", f"{type(exc).__name__}: {exc}")], present=True)
    try:
        text = decode_bytes(data).text
    except DecodeError as exc:
        problem = "empty_manifest" if exc.reason == "empty" else "unreadable_manifest"
        return Manifest(issues=[_issue(0, problem, f"{exc}: no metadata used")], present=True)
    try:
        return parse_manifest(text, date_range=date_range)
    except ManifestError as exc:
        return Manifest(issues=[_issue(0, "no_file_column", f"{exc}: no metadata used")], present=True)


def match_manifest(
    rels: list[str],
    manifest: Manifest,
    *,
    skipped: dict[str, str] | None = None,
) -> tuple[dict[str, dict], list[dict]]:
    """Match manifest rows to corpus files by relative path (see the module docstring).

    Args:
        rels: Relative paths of the corpus files.
        manifest: From :func:`parse_manifest` / :func:`read_manifest`.
        skipped: Relative path -> quarantine reason of refused paths (better issue text).

    Returns:
        ``relative path -> row`` and the matching issues.

    Examples:
        >>> m = parse_manifest("file,outlet\\na.txt,A\\nsub1/b.txt,B\\n")
        >>> rows, issues = match_manifest(["sub/a.txt", "sub2/b.txt"], m)
        >>> {k: v["outlet"] for k, v in rows.items()}, [i["problem"] for i in issues]
        ({'sub/a.txt': 'A'}, ['file_not_in_corpus', 'files_without_row'])
    """
    skipped = skipped or {}
    exact = set(rels)
    by_fold: dict[str, list[str]] = {}
    by_name: dict[str, list[str]] = {}
    for rel in rels:
        by_fold.setdefault(rel.casefold(), []).append(rel)
        by_name.setdefault(rel.rsplit("/", 1)[-1].casefold(), []).append(rel)
    assigned: dict[str, dict] = {}
    issues: list[dict] = []
    pending = []
    for row in manifest.rows:  # exact paths first: they win over looser matches
        if row["file"] in exact:
            assigned[row["file"]] = row
        else:
            pending.append(row)
    for row in pending:
        file = row["file"]
        hits = by_fold.get(file.casefold(), [])
        how = "path, ignoring case"
        if not hits and "/" not in file:
            hits, how = by_name.get(file.casefold(), []), "bare file name"
        if len(hits) == 1 and hits[0] not in assigned:
            assigned[hits[0]] = row
        elif len(hits) == 1:
            issues.append(_issue(row["manifest_row"], "duplicate_row", f"matches {hits[0]} ({how}), which has the "
                                 f"row at line {assigned[hits[0]]['manifest_row']}: not used", file=file,
                                 column="file", value=file))
        elif hits:
            issues.append(_issue(row["manifest_row"], "ambiguous_file", f"{len(hits)} corpus files match by {how}; "
                                 "give the path relative to the corpus folder: not used", file=file,
                                 column="file", value=file))
        elif file in skipped:
            issues.append(_issue(row["manifest_row"], "file_not_read", f"the file is not read "
                                 f"(quarantine reason {skipped[file]})", file=file, column="file", value=file))
        else:
            issues.append(_issue(row["manifest_row"], "file_not_in_corpus", "no corpus file has this path",
                                 file=file, column="file", value=file))
    unmatched = [r for r in rels if r not in assigned]
    if manifest.columns and unmatched:
        examples = ", ".join(unmatched[:_NO_MAX_EXAMPLES]) + (", …" if len(unmatched) > _NO_MAX_EXAMPLES else "")
        issues.append(_issue(0, "files_without_row", f"{len(unmatched)} of {len(rels)} corpus files have no "
                             f"manifest row (no outlet, url or date): {examples}", value=str(len(unmatched))))
    return assigned, issues


def read_corpus(raw_dir: str | os.PathLike[str], *, date_range: tuple[date, date] = DATE_RANGE,
                suffixes: tuple[str, ...] = (".txt",), kind: str = "txt",
                manifest: str | os.PathLike[str] | None = None) -> Corpus:
    """List a corpus folder and join each file with its validated manifest row.

    Args:
        raw_dir: Corpus folder.
        date_range: Accepted publication dates, inclusive.
        suffixes: Name endings of corpus files (see :func:`scan_corpus`).
        kind: :attr:`RawFile.kind` of the files (``txt`` or ``html``).
        manifest: Manifest file to use instead of the folder's ``manifest.csv`` (a corpus
            YAML's ``manifest:``).

    Returns:
        A :class:`Corpus`: files (sorted by relative path), quarantine rows of refused paths,
        ``manifest_issues`` rows sorted by line, and the count of non-``.txt`` files.

    Examples:
        >>> read_corpus("/nonexistent").files
        []
    """
    listing = scan_corpus(raw_dir, suffixes=suffixes)
    if manifest is None:
        parsed = read_manifest(raw_dir, date_range=date_range)
    else:
        parsed = read_manifest_file(manifest, date_range=date_range)
    rows, match_issues = match_manifest([rel for _, rel in listing.files], parsed,
                                        skipped={s["file"]: s["reason"] for s in listing.skipped})
    files = []
    for path, rel in listing.files:
        row = rows.get(rel, {})
        files.append(RawFile(path=path, rel=rel, outlet=row.get("outlet", ""), url=row.get("url", ""),
                             published=row.get("published", ""), date_source=row.get("date_source", "missing"),
                             meta=row.get("meta", "{}"), kind=kind))
    issues = sorted(parsed.issues + match_issues, key=lambda i: (i["manifest_row"], i["problem"], i["column"]))
    return Corpus(files, listing.skipped, issues, listing.n_other)


def corpus_files(raw_dir: str | os.PathLike[str]) -> list[RawFile]:
    """Files of the corpus joined with their manifest rows (see :func:`read_corpus`).

    Args:
        raw_dir: Corpus folder.

    Returns:
        One :class:`RawFile` per file read, sorted by relative path.
    """
    return read_corpus(raw_dir).files
