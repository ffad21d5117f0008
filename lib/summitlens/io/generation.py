"""Builds as transactions: each build writes a fresh *generation* folder, then switches a pointer.

Layout of an output folder ``<out>``::

    <out>/.generations/CURRENT          id of the current generation (replaced atomically)
    <out>/.generations/build.lock       held by the build writing into <out>
    <out>/.generations/<id>/            one folder per build: <table>.parquet … + build.json
                                        (a partitioned build: <table>/part-NNNNN.parquet …)

A build takes the lock, removes leftovers of earlier builds (``*.tmp`` files, generations
that are neither current nor the one before it: killed or failed builds leave such),
writes every table into a new folder, writes ``build.json`` (the build manifest: corpus,
fingerprint, code version, steps run, tables with row counts and SHA-256) and only then
replaces ``CURRENT``; it then removes all generations but the new one and the previous
one. A build that fails or is killed never changes ``CURRENT``: readers keep seeing the
previous complete build, and a published generation is never modified afterwards.

Concurrent builds into one output: the second waits for the lock up to ``lock_timeout``
seconds (default 600), then fails with :class:`BuildLockedError`.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from summitlens import paths
from summitlens.io.atomic import TMP_SUFFIX, write_text_atomic

MANIFEST = "build.json"
LOCK = "build.lock"
FORMAT = 1
DEFAULT_LOCK_TIMEOUT = 600.0
_ID = re.compile(r"^(\d{6})-[0-9a-f]{8}$")


class BuildLockedError(RuntimeError):
    """Another build holds the output folder's lock."""


class IncompleteGenerationError(RuntimeError):
    """The current generation of an output folder is missing, incomplete or inconsistent."""


def is_generation_id(name: str) -> bool:
    """True for names of the form ``NNNNNN-xxxxxxxx`` (what :func:`open_generation` creates).

    Examples:
        >>> is_generation_id("000012-0a1b2c3d"), is_generation_id("articles.parquet")
        (True, False)
    """
    return bool(_ID.match(name))


def read_manifest(gen_dir: str | os.PathLike[str]) -> dict | None:
    """The build manifest of a generation folder, or ``None`` when absent or unreadable."""
    try:
        return json.loads((Path(gen_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


@dataclass(frozen=True)
class Snapshot:
    """A complete generation: its id, folder and build manifest."""

    id: str
    dir: Path
    manifest: dict

    @property
    def tables(self) -> dict[str, dict]:
        """``name -> {rows, sha256, step, …}`` as recorded by the build."""
        return self.manifest.get("tables", {})


def current_snapshot(out_dir: str | os.PathLike[str]) -> Snapshot | None:
    """The current generation of ``out_dir`` (pointer read once), or ``None`` before any build.

    Raises:
        IncompleteGenerationError: The pointer names a folder without a matching manifest,
            or a table the manifest lists is missing.

    Examples:
        >>> current_snapshot("/no/such/folder") is None
        True
    """
    gid = paths.current_generation(out_dir)
    if gid is None:
        return None
    gen_dir = paths.generations_dir(out_dir) / gid
    manifest = read_manifest(gen_dir)
    if manifest is None or manifest.get("generation") != gid:
        raise IncompleteGenerationError(
            f"{out_dir}: the current generation {gid} has no build manifest ({MANIFEST}); rebuild it")
    missing = [n for n, t in manifest.get("tables", {}).items()
               if not (gen_dir / t.get("path", f"{n}.parquet")).exists()
               or any(not (gen_dir / t.get("path", n) / part).exists() for part in t.get("parts") or ())]
    if missing:
        raise IncompleteGenerationError(
            f"{out_dir}: generation {gid} lacks tables its manifest lists: {sorted(missing)}; rebuild it")
    return Snapshot(gid, gen_dir, manifest)


def clean_generations(out_dir: str | os.PathLike[str], *, keep: set[str]) -> list[str]:
    """Remove leftovers inside ``<out>/.generations`` (and old ``.<table>.*.tmp`` in ``<out>``).

    Only generation folders (names like ``000012-0a1b2c3d``) not in ``keep`` and ``*.tmp``
    files are removed; nothing outside the output's ``.generations`` folder is deleted except
    temporary files named the way :mod:`summitlens.io.atomic` names them.

    Returns:
        Names removed (relative to ``<out>``), sorted.
    """
    from summitlens.schemas import TABLES

    out = Path(out_dir)
    gens = paths.generations_dir(out)
    removed = []
    if gens.is_dir():
        for p in sorted(gens.iterdir()):
            if p.is_dir() and not p.is_symlink() and is_generation_id(p.name) and p.name not in keep:
                shutil.rmtree(p)
                removed.append(f"{paths.GENERATIONS}/{p.name}")
            elif p.is_file() and p.name.endswith(TMP_SUFFIX):
                p.unlink(missing_ok=True)
                removed.append(f"{paths.GENERATIONS}/{p.name}")
        for gid in sorted(keep):
            folder = gens / gid
            if folder.is_dir():
                for p in folder.rglob(f"*{TMP_SUFFIX}"):
                    p.unlink(missing_ok=True)
                    removed.append(p.relative_to(out).as_posix())
    if out.is_dir():
        for name in TABLES:
            for p in out.glob(f".{name}.parquet.*{TMP_SUFFIX}"):
                p.unlink(missing_ok=True)
                removed.append(p.name)
    return sorted(removed)


@dataclass
class NewGeneration:
    """A generation being written (see :func:`open_generation`)."""

    out_dir: Path
    id: str
    dir: Path
    base: Snapshot | None
    committed: bool = field(default=False)

    def commit(self, manifest: dict) -> Snapshot:
        """Write the build manifest, then switch ``CURRENT`` to this generation (atomic)."""
        manifest = {"format": FORMAT, "generation": self.id,
                    "previous": self.base.id if self.base else None, **manifest}
        write_text_atomic(self.dir / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
        write_text_atomic(paths.generations_dir(self.out_dir) / paths.CURRENT, self.id + "\n")
        self.committed = True
        return Snapshot(self.id, self.dir, manifest)

    def discard(self) -> None:
        """Remove this (uncommitted) generation folder and nothing else."""
        if not self.committed and self.dir.parent == paths.generations_dir(self.out_dir):
            shutil.rmtree(self.dir, ignore_errors=True)


@contextmanager
def build_lock(out_dir: str | os.PathLike[str], *, timeout: float = DEFAULT_LOCK_TIMEOUT) -> Iterator[None]:
    """Hold ``<out>/.generations/build.lock`` (waiting up to ``timeout`` s; 0 = fail at once).

    Raises:
        BuildLockedError: Another process held the lock for longer than ``timeout``.
    """
    from filelock import FileLock, Timeout

    gens = paths.generations_dir(out_dir)
    gens.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(gens / LOCK), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise BuildLockedError(
            f"another build is writing to {out_dir} (lock {gens / LOCK} held; waited {timeout:g} s); "
            "try again when it has finished") from None
    try:
        yield
    finally:
        lock.release()


def _next_id(gens: Path) -> str:
    numbers = [int(m.group(1)) for p in gens.iterdir() if (m := _ID.match(p.name))] if gens.is_dir() else []
    current = paths.current_generation(gens.parent)
    if current and (m := _ID.match(current)):
        numbers.append(int(m.group(1)))
    return f"{max(numbers, default=0) + 1:06d}-{secrets.token_hex(4)}"


@contextmanager
def open_generation(
    out_dir: str | os.PathLike[str],
    *,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
) -> Iterator[NewGeneration]:
    """Lock ``out_dir``, clean leftovers and yield a fresh, empty generation folder.

    Call :meth:`NewGeneration.commit` when every table is written; when the block raises
    (or ends without a commit) the new folder is removed and ``CURRENT`` is unchanged.

    Examples:
        >>> import tempfile
        >>> out = tempfile.mkdtemp()
        >>> with open_generation(out) as gen:
        ...     snap = gen.commit({"tables": {}})
        >>> current_snapshot(out).id == gen.id
        True
    """
    out = Path(out_dir)
    with build_lock(out, timeout=lock_timeout):
        try:
            base = current_snapshot(out)
        except IncompleteGenerationError:
            base = None
        keep = {base.id} if base else set()
        if base and base.manifest.get("previous"):
            keep.add(base.manifest["previous"])
        clean_generations(out, keep=keep)
        gens = paths.generations_dir(out)
        gid = _next_id(gens)
        gen = NewGeneration(out_dir=out, id=gid, dir=gens / gid, base=base)
        gen.dir.mkdir()
        os.chmod(gen.dir, 0o755)
        try:
            yield gen
        finally:
            gen.discard()
        if gen.committed:
            try:  # keep the new generation and the one before it (a reader may still be on it)
                clean_generations(out, keep={gen.id} | ({base.id} if base else set()))
            except OSError:
                pass


def link_or_copy(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
    """Hard-link ``src`` to ``dst`` (published files are never modified), else copy it."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
