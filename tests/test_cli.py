"""The command line: help works, bad usage exits 2, paths with spaces, the corpus is never written."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from summitlens import paths
from summitlens.cli import app
from summitlens.io.generation import build_lock
from tests.pipeline.test_build import make_corpus


class _Result:
    def __init__(self, r):
        self.returncode, self.stdout, self.stderr = r.exit_code, r.stdout, r.stderr


def _cli(*args):
    """Run the CLI in-process (fast); ``test_module_help`` checks ``python -m summitlens``."""
    return _Result(CliRunner().invoke(app, [str(a) for a in args]))


def test_module_help():
    r = subprocess.run([sys.executable, "-m", "summitlens", "build", "--help"], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert "--step" in r.stdout


@pytest.mark.parametrize("command", [[], ["build"], ["build-large"], ["report"], ["fingerprint"], ["dictionary"]])
def test_help(command):
    r = _cli(*command, "--help")
    assert r.returncode == 0, r.stderr
    assert "Usage:" in r.stdout


def test_unknown_step_exits_2_and_lists_steps(tmp_path):
    r = _cli("build", "--raw", make_corpus(tmp_path / "raw"), "--out", tmp_path / "out", "--step", "bogus")
    assert r.returncode == 2
    assert "unknown step 'bogus'" in r.stderr and "corpus" in r.stderr and "trade" in r.stderr
    assert not (tmp_path / "out").exists()


def test_missing_input_step_exits_2(tmp_path):
    r = _cli("build", "--raw", make_corpus(tmp_path / "raw"), "--out", tmp_path / "out", "--step", "framing")
    assert r.returncode == 2 and "run `build --step corpus` first" in r.stderr


def test_missing_corpus_exits_2(tmp_path):
    for command in (["build", "--raw"], ["report", "--corpus"], ["build-large", "--out", tmp_path / "o", "--raw"]):
        r = _cli(*command, tmp_path / "missing")
        assert r.returncode == 2 and "corpus folder not found" in r.stderr, (command, r.stderr)
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("command", ["build", "build-large"])
@pytest.mark.parametrize("inside", [False, True])
def test_out_in_raw_is_refused_and_raw_untouched(tmp_path, command, inside):
    raw = make_corpus(tmp_path / "C" / "articles").parent  # the data/raw layout: corpus/articles/*.txt
    (raw / "manifest.csv").write_text("file,outlet\narticles/a.txt,X\n")
    before = {p: p.read_bytes() for p in raw.rglob("*") if p.is_file()}
    out = raw / "out" if inside else raw
    r = _cli(command, "--raw", raw, "--out", out)
    assert r.returncode == 2 and "corpus folder" in r.stderr, r.stderr
    assert {p: p.read_bytes() for p in raw.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in raw.iterdir()) == ["articles", "manifest.csv"]


def test_corpus_path_with_spaces(tmp_path):
    raw = make_corpus(tmp_path / "my corpus" / "news folder")
    out = tmp_path / "out dir"
    r = _cli("build", "--raw", raw, "--out", out, "--step", "corpus", "--no-progress")
    assert r.returncode == 0, r.stderr
    assert "kept 2" in r.stdout and (paths.current_dir(out) / "articles.parquet").exists()


@pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")
def test_makefile_quotes_corpus_and_rejects_a_missing_one(tmp_path):
    raw = make_corpus(tmp_path / "with space")
    dry = subprocess.run(["make", "-n", "data", f"CORPUS={raw}"], capture_output=True, text=True, cwd=paths.ROOT)
    assert f'build --raw "{raw}"' in dry.stdout
    r = subprocess.run(["make", "data", f"CORPUS={tmp_path / 'no such'}"], capture_output=True, text=True,
                       cwd=paths.ROOT)
    assert r.returncode != 0 and "corpus folder not found" in r.stderr
    assert "summitlens build" not in r.stdout


def test_locked_output_exits_3_with_wait_0(tmp_path):
    raw, out = make_corpus(tmp_path / "raw"), tmp_path / "out"
    with build_lock(out, timeout=0):
        r = _cli("build", "--raw", raw, "--out", out, "--wait", "0", "--no-progress")
    assert r.returncode == 3 and "another build is writing" in r.stderr
    assert paths.current_dir(out) is None


# --------------------------------------------------------------------------- corpus YAML / data files


def test_build_from_a_corpus_yaml_and_a_data_file(tmp_path):
    from tests.pipeline.test_corpus import _jsonl_corpus

    y = _jsonl_corpus(tmp_path)
    out = tmp_path / "out"
    r = _cli("build", "--raw", y, "--out", out, "--step", "corpus", "--no-progress")
    assert r.returncode == 0, r.stderr
    assert "kept 2" in r.stdout and (paths.current_dir(out) / "articles.parquet").exists()
    from summitlens import load_tables

    t = load_tables(y, out_dir=out, build_if_missing=False)
    assert sorted(t.articles["file"]) == ["news.jsonl.gz#a1", "news.jsonl.gz#b2"]
    r = _cli("build", "--raw", tmp_path / "data" / "news.jsonl.gz", "--out", tmp_path / "out2", "--step", "corpus",
             "--no-progress")
    assert r.returncode == 0 and "kept 2" in r.stdout, r.stderr
    fp = _cli("fingerprint", "--raw", y)
    assert fp.returncode == 0 and len(fp.stdout.strip()) == 64


@pytest.mark.parametrize("inside", [False, True])
def test_out_in_the_data_folder_of_a_yaml_corpus_is_refused(tmp_path, inside):
    from tests.pipeline.test_corpus import _jsonl_corpus

    y = _jsonl_corpus(tmp_path)
    data = tmp_path / "data"
    before = {p: p.read_bytes() for p in data.rglob("*")}
    r = _cli("build", "--raw", y, "--out", data / "out" if inside else data, "--no-progress")
    assert r.returncode == 2 and "corpus folder" in r.stderr, r.stderr
    assert {p: p.read_bytes() for p in data.rglob("*")} == before


def test_invalid_corpus_yaml_exits_2_with_the_problem(tmp_path):
    y = tmp_path / "bad.yml"
    y.write_text("format: xml\npath: x\n")
    for command in (["build", "--raw"], ["report", "--corpus"], ["fingerprint", "--raw"]):
        r = _cli(*command, y)
        assert r.returncode == 2 and "unknown format 'xml'" in r.stderr, (command, r.stderr)


def test_yaml_corpus_has_its_own_keyed_output_folder(tmp_path):
    from summitlens.io.formats import corpus_spec

    y = tmp_path / "a" / "c.yml"
    y.parent.mkdir()
    (tmp_path / "n.jsonl").write_text('{"text": "x"}\n')
    y.write_text("name: mine\nformat: jsonl\npath: ../n.jsonl\n")
    key = paths.corpus_key(y)
    assert key.startswith("mine-") and paths.processed_dir(y) == paths.PROCESSED / key
    assert paths.corpus_name(y) == "mine" and corpus_spec(y).name == "mine"
    other = tmp_path / "b" / "c.yml"
    other.parent.mkdir()
    other.write_text("name: mine\nformat: jsonl\npath: ../n.jsonl\n")
    assert paths.corpus_key(other) != key  # keyed by the YAML's resolved path, not its name alone


@pytest.mark.parametrize("name", ["allsides.yml", "kremlin_html.yml"])
def test_shipped_corpus_yamls_are_valid(name):
    from summitlens.io.formats import load_spec

    y = paths.ROOT / "corpora" / name
    if not (paths.SHARED_CORPORA / name.removesuffix(".yml")).is_dir():
        pytest.skip("shared corpora not available")
    spec = load_spec(y)
    assert spec.name == name.removesuffix(".yml") and spec.path.exists()
