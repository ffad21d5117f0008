"""The notebooks follow the suite's conventions (nbval checks their outputs separately)."""

from __future__ import annotations

import ast
import json

import pytest

from summitlens import paths
from summitlens.report import notebook_paths

NOTEBOOKS = notebook_paths()


def _cells(nb):
    return json.loads(nb.read_text(encoding="utf-8"))["cells"]


def test_the_four_notebooks_exist():
    assert [nb.name.split("_")[0] for nb in NOTEBOOKS][:1] == ["01"]


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.name)
def test_parameters_cell_first_and_tagged(nb):
    code = [c for c in _cells(nb) if c["cell_type"] == "code"]
    assert "parameters" in code[0].get("metadata", {}).get("tags", [])
    assert "corpus" in "".join(code[0]["source"])


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.name)
def test_only_library_calls(nb):
    for cell in _cells(nb):
        if cell["cell_type"] != "code":
            continue
        src = "".join(cell["source"])
        tree = ast.parse(src)
        defs = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                             ast.ClassDef, ast.Lambda))]
        assert not defs, f"{nb.name}: function/class definitions in a cell"
        assert "sys.path" not in src
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert (node.module or "").startswith("summitlens"), f"{nb.name}: imports {node.module}"
            elif isinstance(node, ast.Import):
                assert all(a.name.startswith("summitlens") for a in node.names), f"{nb.name}: imports"


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.name)
def test_outputs_stored_and_no_errors(nb):
    code = [c for c in _cells(nb) if c["cell_type"] == "code" and c["source"]]
    assert all(c.get("execution_count") for c in code), f"{nb.name}: not executed and saved"
    assert sum(bool(c.get("outputs")) for c in code) >= len(code) // 2, f"{nb.name}: few stored outputs"
    for c in code:
        for o in c.get("outputs", []):
            assert o["output_type"] != "error", f"{nb.name}: stored error output"
            assert o.get("name") != "stderr", f"{nb.name}: stored stderr output {o.get('text')}"


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.name)
def test_parameter_is_the_default_corpus(nb):
    first = next(c for c in _cells(nb) if c["cell_type"] == "code")
    assert 'corpus = "data/raw"' in "".join(first["source"])
    assert paths.RAW.exists()


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.name)
def test_says_what_is_missing(nb):
    """Right after loading the tables, each notebook shows its topic's note (what the corpus holds
    and, on thin data, what is missing): the wording lives in summitlens.analyse.notes."""
    code = ["".join(c["source"]) for c in _cells(nb) if c["cell_type"] == "code"]
    load = next(i for i, src in enumerate(code) if "load_tables(corpus)" in src)
    assert "notes." in code[load + 1] and "_note(t)" in code[load + 1]


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.name)
def test_command_line_parameters_and_corpus_neutral_wording(nb):
    """`make report SINCE=… GROUP_BY=…` reaches every notebook; no wording tied to the seed corpus."""
    cells = _cells(nb)
    params = "".join(next(c for c in cells if c["cell_type"] == "code")["source"])
    assert "since = None" in params
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    assert "restrict(load_tables(corpus), since=since)" in code
    text = "\n".join("".join(c["source"]) for c in cells)
    assert "For the seed articles" not in text and "# Parameters" in params
