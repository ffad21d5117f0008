"""Provenance of a run: corpus fingerprint, package and dependency versions, git commit."""

from __future__ import annotations

import hashlib
import os
import subprocess
from importlib import metadata
from pathlib import Path

from summitlens import paths
from summitlens.io.read import list_files, manifest_path, read_bytes

DEPENDENCIES = ("pandas", "numpy", "pyarrow", "pandera", "ftfy", "lingua-language-detector",
                "datasketch", "scikit-learn", "matplotlib", "papermill", "nbconvert", "dask")


def corpus_fingerprint(raw_dir: str | os.PathLike[str]) -> str:
    """SHA-256 over the manifest and every corpus file (relative path + bytes), hex.

    Only what the reader would read counts: a manifest or file link that leaves the corpus
    folder is never opened.

    Examples:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("x")
        >>> corpus_fingerprint(d) == corpus_fingerprint(d)
        True
    """
    h = hashlib.sha256()
    root = Path(raw_dir)
    manifest = manifest_path(root)
    if manifest is not None:
        try:
            h.update(b"manifest\0" + read_bytes(manifest))
        except OSError as exc:
            h.update(b"manifest-unreadable\0" + type(exc).__name__.encode())
    for path, rel in list_files(root):
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
