"""Atomic file writes: a temporary file in the same folder, flushed, then renamed into place.

A reader sees the old file or the new one, never a half-written one; a failure (or a kill)
before the rename leaves the old file intact. The temporary names are ``.<name>.*.tmp``;
a kill between creating and renaming one leaves it behind, and the next build removes it.
Files are published with mode 0644 (``mkstemp`` creates them 0600).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

#: Mode of every published file (tables, pages, pointers): readable by all.
FILE_MODE = 0o644
TMP_SUFFIX = ".tmp"


def write_atomic(path: str | os.PathLike[str], write: Callable[[str], None]) -> Path:
    """Call ``write(tmp_path)`` to fill a temporary file, then rename it to ``path``.

    Args:
        path: Destination file (its folder is created when missing).
        write: Writes the whole content to the temporary path it is given.

    Returns:
        ``path`` as a :class:`~pathlib.Path`.

    Raises:
        Whatever ``write`` raises; the temporary file is removed first and ``path`` keeps
        its previous content.

    Examples:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.bin"
        >>> write_atomic(p, lambda tmp: pathlib.Path(tmp).write_bytes(b"ok")).read_bytes()
        b'ok'
        >>> oct(p.stat().st_mode & 0o777)
        '0o644'
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TMP_SUFFIX, dir=target.parent)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, FILE_MODE)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def write_text_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` to ``path`` atomically (UTF-8, ``\\n`` newlines, mode 0644).

    Examples:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
        >>> write_text_atomic(p, "hi").read_text()
        'hi'
    """
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    return write_atomic(path, write)
