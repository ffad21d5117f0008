"""Vocabulary is data: no word lists in the Python modules under ``lib/summitlens/extract/``.

Every ``.py`` file under ``extract/`` is parsed with :mod:`ast`; the test fails on any
list/tuple/set/dict literal holding more than :data:`MAX_WORDS` plain-word string constants,
on a string split into more than :data:`MAX_WORDS` words (``"a b c".split()``), and on a
regex alternation of more than :data:`MAX_WORDS` plain words (``"(said|told|…)"``). A
literal holding a snake_case string (``"doc_id"``) lists identifiers (columns, rule ids) and
is not counted. Such
vocabulary belongs in ``lib/summitlens/resources/*.yml`` (read with ``summitlens.rules``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from summitlens import paths

EXTRACT = Path(paths.__file__).resolve().parent / "extract"
#: More plain words than this in one literal counts as a word list.
MAX_WORDS = 8
_PLAIN = re.compile(r"^[A-Za-z][A-Za-z'\u2019.-]*(?: [A-Za-z][A-Za-z'\u2019.-]*)*$")

#: Files still holding word lists, relative to ``extract/``.
ALLOWLIST: set[str] = set()


_IDENT = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)+$")


def _identifiers(elts) -> bool:
    """A literal holding a snake_case string lists identifiers (columns, ids), not words."""
    return any(isinstance(e, ast.Constant) and isinstance(e.value, str) and _IDENT.match(e.value)
               for e in elts if e is not None)


def _plain(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(_PLAIN.match(node.value))


def _word_lists(tree: ast.AST) -> list[tuple[int, int, str]]:
    """``(line, number of words, first words)`` of each word list in a module."""
    out = []
    for node in ast.walk(tree):
        words: list[str] = []
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            if not _identifiers(node.elts):
                words = [e.value for e in node.elts if _plain(e)]
        elif isinstance(node, ast.Dict):
            elts = list(node.keys) + list(node.values)
            if not _identifiers(elts):
                words = [e.value for e in elts if e is not None and _plain(e)]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "split" and isinstance(node.func.value, ast.Constant)
              and isinstance(node.func.value.value, str)):
            words = [w for w in node.func.value.value.split() if _PLAIN.match(w)]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "|" in node.value:
            words = [w for w in re.split(r"\(\?:|[|()]", node.value) if w and _PLAIN.match(w.replace(r"\s+", " "))]
        if len(words) > MAX_WORDS:
            out.append((node.lineno, len(words), " ".join(words[:5])))
    return out


def _modules():
    return sorted(EXTRACT.rglob("*.py"))


def test_extract_modules_exist():
    assert _modules(), EXTRACT


def test_no_word_lists_in_extract_modules():
    offenders = []
    for path in _modules():
        rel = path.relative_to(EXTRACT).as_posix()
        if rel in ALLOWLIST:
            continue
        for line, n, first in _word_lists(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"extract/{rel}:{line}: {n} words ({first} …)")
    print("\n".join(offenders) or "no word lists")
    assert not offenders, "word lists belong in resources/*.yml:\n" + "\n".join(offenders)


def test_allowlist_is_not_stale():
    """An allowlisted file that no longer holds a word list must leave the list."""
    clean = [rel for rel in ALLOWLIST
             if not (EXTRACT / rel).exists() or not _word_lists(ast.parse((EXTRACT / rel).read_text("utf-8")))]
    assert not clean, f"remove from ALLOWLIST: {clean}"


@pytest.mark.parametrize("source, flagged", [
    ("X = frozenset('a b c d e f g h i j'.split())", True),
    ("X = ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i')", True),
    ("X = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7, 'h': 8, 'i': 9}", True),
    ("X = r'(?:one|two|three|four|five|six|seven|eight|nine)'", True),
    ("X = ('doc_id', 'sentence_no', 'a', 'b', 'c', 'd', 'e', 'f', 'g')", False),
    ("X = ('a', 'b', 'c')", False),
    ("X = re.compile(r'[A-Z][\\w.]*|U\\.S\\.')", False),
])
def test_detector(source, flagged):
    assert bool(_word_lists(ast.parse(source))) is flagged
