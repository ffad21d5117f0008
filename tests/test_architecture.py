"""docs/ARCHITECTURE.md names every module and package that exists (it must stay true)."""

from __future__ import annotations

import re

from summitlens import paths

LIB = paths.ROOT / "lib" / "summitlens"


def test_architecture_names_every_module():
    doc = (paths.ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    words = set(re.findall(r"[\w.]+", doc))
    missing = []
    for f in sorted(LIB.rglob("*.py")):
        if "__pycache__" in f.parts or f.name in ("__init__.py", "__main__.py"):
            continue
        if f.name not in words and f.stem not in words:
            missing.append(str(f.relative_to(LIB)))
    for d in sorted(p for p in LIB.rglob("*") if p.is_dir() and (p / "__init__.py").exists() and p != LIB):
        if f"{d.name}/" not in doc:
            missing.append(f"{d.relative_to(LIB)}/")
    assert not missing, f"docs/ARCHITECTURE.md does not mention: {missing}"
