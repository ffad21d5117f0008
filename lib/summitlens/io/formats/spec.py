"""Corpus descriptions: what a corpus is (format, where its data is, which field is what).

A corpus is given to SummitLens in one of three ways, all resolved by :func:`corpus_spec`:

- a **folder**: ``.txt`` files (line 1 = headline), as always; or ``.html`` pages when the
  folder holds ``.html`` files and no ``.txt`` file;
- a **data file** (``.jsonl``, ``.jsonl.gz``, ``.ndjson``, ``.csv``, ``.csv.gz``, ``.tsv``,
  ``.parquet``): the format comes from the name and the field mapping is guessed from the
  field names (:data:`GUESSES`, e.g. ``content_original`` → text, ``source`` → outlet);
- a **corpus YAML** (``.yml`` / ``.yaml``) describing it once::

      name: allsides                 # output name (optional; default: the YAML's file name)
      format: jsonl                  # jsonl | csv | parquet | html | txt
      path: ../../shared/corpora/allsides/allsides.jsonl.gz   # relative to the YAML's folder
      encoding: utf-8                # jsonl/csv only (default utf-8)
      mapping: {id: ID, title: title, text: content_original, published: date,
                url: url, outlet: source}
      date_format: "%m/%d/%y"        # optional fallback for dates that are not ISO
      defaults: {outlet: "…"}        # optional constant values for unmapped fields
      manifest: manifest.csv         # html/txt only: metadata CSV (default <path>/manifest.csv)
      delimiter: ","                 # csv only (default: from the name, `.tsv` = tab)
      date_range: [1995-01-01, 2021-03-31]   # optional: dates accepted (default 1900–2100)

  Unknown keys, a missing ``path``, an unknown format or mapping role, a mapping of a role
  that is not a string, or ``mapping``/``date_format`` on a folder format are refused with a
  :class:`SpecError` naming the problem. Paths in the YAML are relative to the YAML's folder.

Mapping roles: ``id``, ``title``, ``text`` (required for record files), ``published``,
``url``, ``outlet``. Every field that is not mapped is kept in ``articles.meta``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

__all__ = ["CorpusSpec", "SpecError", "ROLES", "RECORD_FORMATS", "FORMATS", "GUESSES", "DATA_SUFFIXES",
           "is_spec_file", "data_format", "load_spec", "corpus_spec", "guess_mapping", "display_name"]

#: Roles a mapping can name, in output order.
ROLES = ("id", "title", "text", "published", "url", "outlet")
#: Formats of one data file holding many records.
RECORD_FORMATS = ("jsonl", "csv", "parquet")
FORMATS = RECORD_FORMATS + ("html", "txt")
#: Name endings of data files and their format.
DATA_SUFFIXES = {".jsonl": "jsonl", ".jsonl.gz": "jsonl", ".ndjson": "jsonl", ".ndjson.gz": "jsonl",
                 ".json.gz": "jsonl", ".csv": "csv", ".csv.gz": "csv", ".tsv": "csv", ".tsv.gz": "csv",
                 ".parquet": "parquet", ".pq": "parquet"}
#: Field names tried, in order, for each role when no mapping is given (case-insensitive).
GUESSES = {
    "id": ("id", "article_id", "doc_id", "uuid", "guid", "stories_id"),
    "title": ("title", "headline", "heading"),
    "text": ("text", "body", "content_original", "content", "maintext", "article", "full_text"),
    "published": ("published", "date_publish", "publish_date", "published_at", "date", "publication_date",
                  "pubdate"),
    "url": ("url", "link", "source_url_article", "canonical_url"),
    "outlet": ("outlet", "source", "source_domain", "media_name", "publisher", "site_name"),
}
_KEYS = {"name", "format", "path", "encoding", "mapping", "date_format", "defaults", "manifest", "delimiter",
         "date_range"}


class SpecError(ValueError):
    """A corpus description that cannot be used (the message says what to fix)."""


@dataclass(frozen=True)
class CorpusSpec:
    """A resolved corpus description.

    ``source`` is what the user gave (folder, data file or YAML), resolved; ``path`` the
    data (file or folder). ``mapping`` maps roles to field names (``None`` = guess).
    """

    format: str
    path: Path
    source: Path
    name: str = ""
    encoding: str = "utf-8"
    mapping: dict[str, str] | None = None
    date_format: str = ""
    defaults: dict[str, str] = field(default_factory=dict)
    manifest: Path | None = None
    delimiter: str = ""
    date_range: tuple[date, date] | None = None

    @property
    def is_folder(self) -> bool:
        """True for ``txt`` and ``html`` corpora (a folder of files)."""
        return self.format in ("txt", "html")


def is_spec_file(path: str | os.PathLike[str]) -> bool:
    """True for a corpus YAML name (``.yml`` / ``.yaml``).

    Examples:
        >>> is_spec_file("corpora/allsides.yml"), is_spec_file("a.jsonl")
        (True, False)
    """
    return os.fspath(path).lower().endswith((".yml", ".yaml"))


def data_format(path: str | os.PathLike[str]) -> str | None:
    """The record format of a data file from its name, or None.

    Examples:
        >>> data_format("x/allsides.jsonl.gz"), data_format("a.CSV"), data_format("a.txt")
        ('jsonl', 'csv', None)
    """
    name = os.fspath(path).lower()
    for suffix in sorted(DATA_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return DATA_SUFFIXES[suffix]
    return None


def display_name(path: str | os.PathLike[str]) -> str:
    """A data file's name without its data suffix (``allsides.jsonl.gz`` → ``allsides``).

    Examples:
        >>> display_name("/x/allsides.jsonl.gz"), display_name("/x/news.yml"), display_name("/x/raw")
        ('allsides', 'news', 'raw')
    """
    name = Path(path).name
    low = name.lower()
    for suffix in sorted(list(DATA_SUFFIXES) + [".yml", ".yaml"], key=len, reverse=True):
        if low.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _str_dict(value, what: str, where: Path) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise SpecError(f"{where}: `{what}` must be a mapping of names to values")
    out = {}
    for k, v in value.items():
        if not isinstance(v, (str, int, float)) or isinstance(v, bool):
            raise SpecError(f"{where}: `{what}.{k}` must be a string, not {type(v).__name__}")
        out[k] = str(v)
    return out


def load_spec(path: str | os.PathLike[str]) -> CorpusSpec:
    """Read and validate a corpus YAML.

    Args:
        path: The YAML file.

    Returns:
        A :class:`CorpusSpec` with paths resolved relative to the YAML's folder.

    Raises:
        SpecError: The YAML is unreadable, invalid, or describes no usable corpus.

    Examples:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.jsonl").write_text("")
        >>> _ = (d / "c.yml").write_text("format: jsonl\\npath: a.jsonl\\nmapping: {text: body}\\n")
        >>> s = load_spec(d / "c.yml"); s.format, s.path.name, s.mapping, s.name
        ('jsonl', 'a.jsonl', {'text': 'body'}, 'c')
        >>> _ = (d / "bad.yml").write_text("format: xml\\npath: a.jsonl\\n")
        >>> load_spec(d / "bad.yml")
        Traceback (most recent call last):
        ...
        summitlens.io.formats.spec.SpecError: ...bad.yml: unknown format 'xml' (use one of jsonl, csv, ...)
    """
    where = Path(path).resolve()
    try:
        data = yaml.safe_load(where.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SpecError(f"{where}: cannot read the corpus YAML: {exc}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise SpecError(f"{where}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise SpecError(f"{where}: a corpus YAML must be a mapping with at least `format` and `path`")
    unknown = sorted(set(map(str, data)) - _KEYS)
    if unknown:
        raise SpecError(f"{where}: unknown key(s) {', '.join(unknown)} (allowed: {', '.join(sorted(_KEYS))})")
    fmt = data.get("format")
    if fmt not in FORMATS:
        raise SpecError(f"{where}: unknown format {fmt!r} (use one of {', '.join(FORMATS)})")
    if not isinstance(data.get("path"), str) or not data["path"].strip():
        raise SpecError(f"{where}: `path` (the data file or folder, relative to the YAML) is required")
    target = (where.parent / os.path.expanduser(data["path"])).resolve()
    if fmt in RECORD_FORMATS and not target.is_file():
        raise SpecError(f"{where}: `path` {target} is not a file ({fmt} needs one data file)")
    if fmt not in RECORD_FORMATS and not target.is_dir():
        raise SpecError(f"{where}: `path` {target} is not a folder ({fmt} needs a folder of files)")
    mapping = data.get("mapping")
    if mapping is not None:
        mapping = _str_dict(mapping, "mapping", where)
        bad = sorted(set(mapping) - set(ROLES))
        if bad:
            raise SpecError(f"{where}: unknown mapping role(s) {', '.join(bad)} (roles: {', '.join(ROLES)})")
        if fmt not in RECORD_FORMATS:
            raise SpecError(f"{where}: `mapping` applies to jsonl, csv and parquet only (not {fmt})")
        if "text" not in mapping:
            raise SpecError(f"{where}: `mapping` must name the `text` field (the article body)")
    defaults = _str_dict(data.get("defaults"), "defaults", where)
    bad = sorted(set(defaults) - {"outlet", "url"})
    if bad:
        raise SpecError(f"{where}: `defaults` may set outlet and url only, not {', '.join(bad)}")
    date_format = data.get("date_format") or ""
    if not isinstance(date_format, str) or (date_format and "%" not in date_format):
        raise SpecError(f"{where}: `date_format` must be a strftime pattern such as \"%m/%d/%y\"")
    encoding = data.get("encoding") or "utf-8"
    try:
        import codecs

        codecs.lookup(str(encoding))
    except LookupError:
        raise SpecError(f"{where}: unknown encoding {encoding!r}") from None
    manifest = None
    if data.get("manifest") is not None:
        if fmt in RECORD_FORMATS:
            raise SpecError(f"{where}: `manifest` applies to html and txt folders only")
        if not isinstance(data["manifest"], str):
            raise SpecError(f"{where}: `manifest` must be a path")
        manifest = (where.parent / data["manifest"]).resolve()
        if not manifest.is_file():
            raise SpecError(f"{where}: manifest {manifest} not found")
    delimiter = data.get("delimiter") or ""
    if delimiter and (fmt != "csv" or not isinstance(delimiter, str) or len(delimiter) != 1):
        raise SpecError(f"{where}: `delimiter` must be one character, for csv only")
    date_range = None
    if data.get("date_range") is not None:
        dr = data["date_range"]
        try:
            lo, hi = (d if isinstance(d, date) else date.fromisoformat(str(d)) for d in dr)
        except (TypeError, ValueError):
            raise SpecError(f"{where}: `date_range` must be two ISO dates [first, last]") from None
        if lo > hi:
            raise SpecError(f"{where}: `date_range` starts after it ends")
        date_range = (lo, hi)
    name = data.get("name") or display_name(where)
    if not isinstance(name, str) or not name.strip() or "/" in name or "\\" in name or name.startswith("."):
        raise SpecError(f"{where}: `name` must be a plain name (no path separators, no leading dot)")
    return CorpusSpec(format=fmt, path=target, source=where, name=name.strip(), encoding=str(encoding),
                      mapping=mapping, date_format=date_format, defaults=defaults, manifest=manifest,
                      delimiter=delimiter, date_range=date_range)


def corpus_spec(corpus: str | os.PathLike[str]) -> CorpusSpec:
    """The description of any corpus: a folder, a data file or a corpus YAML.

    Raises:
        SpecError: Not a folder, a known data file or a valid corpus YAML.

    Examples:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("x")
        >>> corpus_spec(d).format, corpus_spec(d).mapping is None
        ('txt', True)
    """
    p = Path(corpus).resolve()
    if p.is_dir():
        fmt = "txt"
        if not any(p.rglob("*.txt")) and any(p.glob("*.htm*")):
            fmt = "html"
        return CorpusSpec(format=fmt, path=p, source=p, name=p.name)
    if not p.exists():
        raise SpecError(f"corpus not found: {p}")
    if is_spec_file(p):
        return load_spec(p)
    fmt = data_format(p)
    if fmt is None:
        raise SpecError(f"{p}: not a corpus (a folder, a .jsonl/.jsonl.gz/.csv/.parquet file or a corpus .yml)")
    return CorpusSpec(format=fmt, path=p, source=p, name=display_name(p))


def guess_mapping(fields: list[str]) -> dict[str, str]:
    """Roles -> field names guessed from a record's field names (see :data:`GUESSES`).

    Examples:
        >>> guess_mapping(["ID", "title", "date", "source", "source_url", "content_original"])
        {'id': 'ID', 'title': 'title', 'text': 'content_original', 'published': 'date', 'outlet': 'source'}
    """
    by_fold = {}
    for f in fields:
        by_fold.setdefault(f.casefold(), f)
    out: dict[str, str] = {}
    used: set[str] = set()
    for role in ROLES:
        for cand in GUESSES[role]:
            f = by_fold.get(cand)
            if f is not None and f not in used:
                out[role] = f
                used.add(f)
                break
    return out
