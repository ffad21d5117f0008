"""Provenance of a run: corpus fingerprint, package and dependency versions, git commit."""

from __future__ import annotations

import hashlib
import os
import subprocess
from importlib import metadata
from pathlib import Path

from summitlens import paths
from summitlens.io.read import manifest_path, read_bytes, scan_corpus

DEPENDENCIES = ("pandas", "numpy", "pyarrow", "pandera", "ftfy", "lingua-language-detector",
                "datasketch", "scikit-learn", "matplotlib", "papermill", "nbconvert", "dask")


def _file_digest(path: Path, h) -> None:
    """Feed a file's bytes to ``h`` in 1 MiB chunks (a large data file is never held whole)."""
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)


def corpus_fingerprint(raw_dir: str | os.PathLike[str]) -> str:
    """SHA-256 of a corpus, hex.

    A ``.txt`` folder: the manifest and every corpus file (relative path + bytes), exactly as
    before. Any other corpus (an ``.html`` folder, a data file, a corpus YAML): its kind, the
    YAML's bytes, the data file's bytes (streamed) or every page (relative path + bytes),
    and the manifest. Only what the reader would read counts: a manifest or file link that
    leaves the corpus folder is never opened.

    Examples:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("x")
        >>> corpus_fingerprint(d) == corpus_fingerprint(d)
        True
    """
    from summitlens.io.formats import HTML_SUFFIXES, SpecError, corpus_spec

    root = Path(raw_dir)
    try:
        spec = corpus_spec(root)
    except SpecError as exc:
        return hashlib.sha256(b"unusable-corpus\0" + str(exc).encode("utf-8", "backslashreplace")).hexdigest()
    if spec.format == "txt" and spec.source == spec.path:
        return _folder_fingerprint(root)
    h = hashlib.sha256(f"corpus\0{spec.format}\0".encode())
    if spec.source != spec.path:
        h.update(b"spec\0" + spec.source.read_bytes())
    if spec.is_folder:
        if spec.manifest is not None:
            h.update(b"manifest\0" + spec.manifest.read_bytes())
        h.update(_folder_fingerprint(spec.path, suffixes=HTML_SUFFIXES if spec.format == "html" else (".txt",),
                                     manifest=spec.manifest is None).encode())
    else:
        h.update(b"data\0")
        try:
            _file_digest(spec.path, h)
        except OSError as exc:
            h.update(b"unreadable\0" + type(exc).__name__.encode())
    return h.hexdigest()


def _folder_fingerprint(root: Path, *, suffixes: tuple[str, ...] = (".txt",), manifest: bool = True) -> str:
    h = hashlib.sha256()
    manifest = manifest_path(root) if manifest else None
    if manifest is not None:
        try:
            h.update(b"manifest\0" + read_bytes(manifest))
        except OSError as exc:
            h.update(b"manifest-unreadable\0" + type(exc).__name__.encode())
    for path, rel in scan_corpus(root, suffixes=suffixes).files:
        try:
            digest = hashlib.sha256(read_bytes(path)).digest()
        except OSError as exc:
            digest = b"unreadable\0" + type(exc).__name__.encode()
        h.update(rel.encode("utf-8", "backslashreplace") + b"\0" + digest)
    return h.hexdigest()


def git_commit(root: str | os.PathLike[str] = paths.ROOT) -> str:
    """Current git commit of the project, or ``unknown``."""
    try:
        out = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=root,
                             capture_output=True, text=True, check=True, timeout=10)
        return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def versions(packages: tuple[str, ...] = DEPENDENCIES) -> dict[str, str]:
    """Installed versions of ``summitlens`` and its main dependencies."""
    out = {}
    for name in ("summitlens", *packages):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out
