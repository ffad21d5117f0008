"""Import direction: a module of ``lib/summitlens`` imports only from its own layer or below.

The layers, bottom to top (:data:`LAYERS`; names on one row share a layer):

=========  ==============================================================================
paths      where data lives (the only module that knows)
rules      the one cached YAML rules loader and phrase-to-regex helper
text       pure str -> str / str -> spans helpers (decode, normalise, segment, quotes,
           clauses, turns …)
schemas    one pandera schema per table, the registry
io         reading raw corpora, atomic writes, validated Parquet, generations; provenance
           (corpus fingerprint, versions) sits here too
extract    pure sentence/table -> table extractors (dates, frames, money, meetings,
           gazetteer)
derive     tables the pipeline writes that are built from other tables (frame_scores,
           the meetings ledger, trade_check)
pipeline   the steps and the build (and the out-of-core corpus build in ``scale``)
tables     ``load_tables`` for notebooks; the data dictionary generator
analyse    notebook-only aggregations (may read ``derive``)
plots      figure functions
report     the HTML report
cli        the command line (and ``__main__``), then the package facade ``__init__``
=========  ==============================================================================

Every ``import`` / ``from … import`` of ``summitlens`` is read with :mod:`ast`, including
imports inside functions (a lazy import is still a dependency). ``from summitlens import
X`` resolves ``X`` through the package facade: a name the facade defines itself
(``__version__``) is allowed everywhere; a re-exported name counts as its home module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from summitlens import paths

ROOT = Path(paths.__file__).resolve().parent

#: Bottom to top. A package (``text/``) or a top-level module (``paths.py``) belongs to the
#: layer that names it.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("paths",),
    ("rules",),
    ("text",),
    ("schemas",),
    ("io", "provenance"),
    ("extract",),
    ("derive",),
    ("pipeline", "scale"),
    ("tables", "dictionary"),
    ("analyse",),
    ("plots",),
    ("report",),
    ("cli", "__main__"),
    ("__init__",),
)
RANK = {name: i for i, row in enumerate(LAYERS) for name in row}

#: Known upward imports, ``(importing module, imported module)``, each owned by another
#: change and reported to the lead. Remove an entry when it is fixed (a test checks that
#: every entry still exists).
KNOWN_VIOLATIONS: set[tuple[str, str]] = {
    # paths.corpus_* asks io.formats whether a path is a corpus spec file.
    ("paths", "io.formats.spec"),
    # the articles schema borrows the manifest's date range from io.read.
    ("schemas.corpus", "io.read"),
}


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def _layer(module: str) -> str:
    return module.split(".")[0]


def _facade_names() -> dict[str, str]:
    """Names the package facade re-exports -> their home module (own names -> '')."""
    tree = ast.parse((ROOT / "__init__.py").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("summitlens."):
            for a in node.names:
                out[a.asname or a.name] = node.module.split(".", 1)[1]
    return out


def imports_of(path: Path) -> list[str]:
    """The ``summitlens`` modules imported by a file (relative names, e.g. ``io.read``).

    Examples:
        >>> "paths" in imports_of(ROOT / "rules.py")
        True
    """
    facade = _facade_names()
    out: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "summitlens":
                for a in node.names:
                    if (ROOT / f"{a.name}.py").exists() or (ROOT / a.name).is_dir():
                        out.append(a.name)
                    elif facade.get(a.name):
                        out.append(facade[a.name])
            elif node.module.startswith("summitlens."):
                out.append(node.module.split(".", 1)[1])
        elif isinstance(node, ast.Import):
            out += [a.name.split(".", 1)[1] for a in node.names if a.name.startswith("summitlens.")]
    return out


def _violations() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        mod = _module_name(path)
        own = _layer(mod)
        for target in imports_of(path):
            if RANK[_layer(target)] > RANK[own]:
                found.append((mod, target, f"{own} (layer {RANK[own]}) imports {_layer(target)} "
                                           f"(layer {RANK[_layer(target)]})"))
    return found


def test_every_module_has_a_layer():
    missing = sorted({_layer(_module_name(p)) for p in ROOT.rglob("*.py")} - set(RANK))
    assert not missing, f"add these to LAYERS: {missing}"


def test_imports_point_down():
    bad = [v for v in _violations() if (v[0], v[1]) not in KNOWN_VIOLATIONS]
    for mod, target, why in _violations():
        print(f"{'KNOWN ' if (mod, target) in KNOWN_VIOLATIONS else ''}{mod} -> {target}: {why}")
    assert not bad, "upward imports:\n" + "\n".join(f"{m} -> {t}: {w}" for m, t, w in bad)


def test_known_violations_still_exist():
    current = {(m, t) for m, t, _ in _violations()}
    fixed = KNOWN_VIOLATIONS - current
    assert not fixed, f"fixed, remove from KNOWN_VIOLATIONS: {sorted(fixed)}"


@pytest.mark.parametrize("low, high", [("text", "extract"), ("extract", "derive"), ("derive", "pipeline"),
                                       ("pipeline", "analyse"), ("analyse", "plots"), ("io", "extract")])
def test_layer_order(low, high):
    assert RANK[low] < RANK[high]
