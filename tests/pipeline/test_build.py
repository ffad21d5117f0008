"""Builds are transactions: generations, one pointer switch, input checks, locks, cleaning."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import warnings

import pytest

from summitlens import load_tables, paths
from summitlens.io.generation import BuildLockedError, build_lock, current_snapshot
from summitlens.pipeline import STEPS, UnsafeOutputError, build
from summitlens.pipeline.base import Step, StepInputError, UnknownStepError

ARTICLES = {
    "a.txt": "Xi to meet Putin\n\nChinese leader Xi Jinping will visit Russia next week.\n\nThe visit was announced on Friday.\n",
    "b.txt": "Trade grows\n\nTrade between China and Russia reached $240 billion in 2023.\n\nOfficials said so on Monday.\n",
    "c.txt": "Summit ends\n\nPutin and Xi ended their talks in Moscow.\n\nBoth sides praised the outcome.\n",
}


def make_corpus(folder, names=("a.txt", "b.txt")):
    folder.mkdir(parents=True, exist_ok=True)
    for n in names:
        (folder / n).write_text(ARTICLES[n], encoding="utf-8")
    return folder


def _gens(out):
    return sorted(p.name for p in paths.generations_dir(out).iterdir() if p.is_dir())


def _consistent(t) -> bool:
    """Every table of a snapshot belongs to the same articles, and matches the manifest."""
    docs = set(t.articles.doc_id)
    return (set(t.sentences.doc_id) <= docs and set(t.paragraphs.doc_id) <= docs
            and all(len(getattr(t, n)) == e["rows"] for n, e in t.build["tables"].items()))


def test_build_writes_a_generation_and_switches_the_pointer(tmp_path):
    raw, out = make_corpus(tmp_path / "raw"), tmp_path / "out"
    s1 = build(raw, out, steps=["corpus"], progress=False)
    gen = paths.current_dir(out)
    assert gen.parent == paths.generations_dir(out) and gen.name == s1.generation
    assert not list(out.glob("*.parquet"))  # nothing at the top level: everything goes through the pointer
    m = json.loads((gen / "build.json").read_text())
    assert m["generation"] == s1.generation and m["corpus"] == str(raw.resolve())
    assert m["steps_run"] == ["corpus", "corrections"] and m["code_version"]["summitlens"]
    assert {n: e["rows"] for n, e in m["tables"].items()}["articles"] == 2
    from summitlens.provenance import corpus_fingerprint
    assert m["corpus_fingerprint"] == corpus_fingerprint(raw)
    for f in gen.iterdir():
        assert f.stat().st_mode & 0o777 == 0o644, f
    s2 = build(raw, out, steps=["corpus"], progress=False)
    assert s2.generation != s1.generation and paths.current_dir(out).name == s2.generation
    # rebuilt tables are byte-identical across generations
    for name in m["tables"]:
        assert (gen / f"{name}.parquet").read_bytes() == (paths.current_dir(out) / f"{name}.parquet").read_bytes()


def test_partial_build_carries_over_and_replaces_only_its_tables(tmp_path):
    raw, out = make_corpus(tmp_path / "raw"), tmp_path / "out"
    build(raw, out, progress=False)
    before = current_snapshot(out)
    s = build(raw, out, steps=["trade"], progress=False)
    after = current_snapshot(out)
    assert s.tables == ("money_mentions", "trade_check", "corrections")
    assert after.manifest["steps_run"] == ["trade", "corrections"]  # the corrections log is rewritten by every build
    assert set(after.tables) == set(before.tables)
    for name, entry in after.tables.items():
        if name in s.tables:
            assert entry["generation"] == after.id
        else:  # carried over: same file (hard link), same provenance
            assert entry == before.tables[name]
            assert os.path.samefile(before.dir / f"{name}.parquet", after.dir / f"{name}.parquet")
    assert _consistent(load_tables(raw, out_dir=out, build_if_missing=False))


def test_rebuilding_an_upstream_step_drops_derived_tables(tmp_path):
    raw, out = make_corpus(tmp_path / "raw"), tmp_path / "out"
    build(raw, out, progress=False)
    s = build(raw, out, steps=["corpus"], progress=False)
    assert "frame_scores" in s.dropped and "meetings" in s.dropped
    assert set(current_snapshot(out).tables) == {*next(st for st in STEPS if st.name == "corpus").outputs, "corrections"}


@pytest.mark.parametrize("steps,needs", [(["framing"], "articles"), (["trade"], "sentences")])
def test_declared_inputs_are_enforced(tmp_path, steps, needs):
    raw, out = make_corpus(tmp_path / "raw"), tmp_path / "out"
    with pytest.raises(StepInputError, match=rf"step {steps[0]} needs table \w+: run `build --step corpus` first"):
        build(raw, out, steps=steps, progress=False)
    assert paths.current_dir(out) is None and _gens(out) == []


def test_partial_build_refuses_tables_of_another_corpus(tmp_path):
    a, b, out = make_corpus(tmp_path / "a"), make_corpus(tmp_path / "b", ["c.txt"]), tmp_path / "out"
    build(a, out, steps=["corpus"], progress=False)
    with pytest.raises(StepInputError, match="built from .*: run a full build"):
        build(b, out, steps=["framing"], progress=False)


def test_partial_build_refuses_a_changed_corpus(tmp_path):
    raw, out = make_corpus(tmp_path / "raw"), tmp_path / "out"
    build(raw, out, steps=["corpus"], progress=False)
    make_corpus(raw, ["c.txt"])
    with pytest.raises(StepInputError, match="changed"):
        build(raw, out, steps=["framing"], progress=False)


def test_unknown_step(tmp_path):
    raw = make_corpus(tmp_path / "raw")
    with pytest.raises(UnknownStepError, match="valid steps: corpus, .*trade"):
        build(raw, tmp_path / "out", steps=["bogus"], progress=False)
    assert not (tmp_path / "out").exists()


def test_later_steps_read_the_validated_tables(tmp_path, monkeypatch):
    """ctx.tables holds the frame as validated and sorted, not the step's raw frame."""
    import summitlens.pipeline as pipeline

    seen = {}
    corpus_step = next(s for s in STEPS if s.name == "corpus")

    def shuffled(ctx):
        t = corpus_step.run(ctx)
        t["articles"] = t["articles"].iloc[::-1].reset_index(drop=True)
        return t

    def spy(ctx):
        seen["articles"] = ctx.table("articles")
        raise RuntimeError("stop")

    monkeypatch.setattr(pipeline, "STEPS", [Step("corpus", corpus_step.outputs, shuffled),
                                            Step("spy", ("frame_terms",), spy, ("articles",))])
    monkeypatch.setattr(pipeline, "STEP_NAMES", ("corpus", "spy"))
    with pytest.raises(RuntimeError, match="stop"):
        build(make_corpus(tmp_path / "raw"), tmp_path / "out", progress=False)
    a = seen["articles"]
    assert a["doc_id"].is_monotonic_increasing and list(a.index) == list(range(len(a)))


def test_failed_build_keeps_the_previous_output(tmp_path, monkeypatch):
    import summitlens.pipeline as pipeline

    raw, out = make_corpus(tmp_path / "raw"), tmp_path / "out"
    build(raw, out, steps=["corpus"], progress=False)
    before = current_snapshot(out)

    def boom(ctx):
        raise RuntimeError("step exploded")

    steps = [s if s.name != "meetings" else Step("meetings", s.outputs, boom, s.inputs) for s in STEPS]
    monkeypatch.setattr(pipeline, "STEPS", steps)
    make_corpus(raw, ["c.txt"])
    with pytest.raises(RuntimeError, match="step exploded"):
        build(raw, out, progress=False)
    assert paths.current_generation(out) == before.id and _gens(out) == [before.id]
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        t = load_tables(raw, out_dir=out, build_if_missing=False)
    assert t.generation == before.id and len(t.articles) == 2


def test_out_inside_raw_is_refused_and_raw_untouched(tmp_path):
    raw = make_corpus(tmp_path / "raw")
    snapshot = {p: p.read_bytes() for p in raw.rglob("*")}
    for out in (raw, raw / "out"):
        with pytest.raises(UnsafeOutputError, match="corpus folder"):
            build(raw, out, progress=False)
    assert {p: p.read_bytes() for p in raw.rglob("*")} == snapshot


def test_missing_corpus_is_refused_before_anything(tmp_path):
    with pytest.raises(FileNotFoundError, match="corpus folder not found"):
        build(tmp_path / "nope", tmp_path / "out", progress=False)
    assert not (tmp_path / "out").exists()


def test_leftovers_are_cleaned_and_only_inside_generations(tmp_path):
    raw, out = make_corpus(tmp_path / "raw"), tmp_path / "out"
    build(raw, out, steps=["corpus"], progress=False)
    first = paths.current_generation(out)
    gens = paths.generations_dir(out)
    (gens / "000099-deadbeef").mkdir()  # a killed build's folder
    (gens / "000099-deadbeef" / "articles.parquet").write_bytes(b"half")
    (gens / first / ".articles.parquet.x1.tmp").write_bytes(b"half")
    (out / ".articles.parquet.x2.tmp").write_bytes(b"half")  # left by the old layout
    (out / "notes.txt").write_text("mine")  # not ours: never removed
    (gens / "my-folder").mkdir()  # not a generation name: never removed
    build(raw, out, steps=["corpus"], progress=False)
    build(raw, out, steps=["corpus"], progress=False)
    assert not list(out.rglob("*.tmp"))
    assert first not in _gens(out) and "000099-deadbeef" not in _gens(out)
    assert len([g for g in _gens(out) if g != "my-folder"]) == 2  # current + previous
    assert (out / "notes.txt").read_text() == "mine" and (gens / "my-folder").is_dir()


def test_lock_fails_at_once_with_zero_timeout(tmp_path):
    raw, out = make_corpus(tmp_path / "raw"), tmp_path / "out"
    with build_lock(out, timeout=0):
        with pytest.raises(BuildLockedError, match="another build is writing"):
            build(raw, out, progress=False, lock_timeout=0)
    assert paths.current_dir(out) is None


_BUILD = """
import sys
from summitlens.pipeline import build
print(build(sys.argv[1], sys.argv[2], steps=["corpus"], progress=False).generation, flush=True)
"""


def test_two_concurrent_builds_give_one_consistent_generation(tmp_path):
    a = make_corpus(tmp_path / "a")
    b = make_corpus(tmp_path / "b", ["c.txt"])
    out = tmp_path / "out"
    with build_lock(out, timeout=0):  # both start while the output is locked: both must wait
        procs = [subprocess.Popen([sys.executable, "-c", _BUILD, str(c), str(out)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for c in (a, b)]
        time.sleep(3)
        assert all(p.poll() is None for p in procs)
    results = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), results
    snap = current_snapshot(out)
    assert snap.id in {r[0].strip() for r in results}
    corpus = snap.manifest["corpus"]
    t = load_tables(corpus, out_dir=out, build_if_missing=False)
    assert _consistent(t)
    assert sorted(t.articles.file) == (["a.txt", "b.txt"] if corpus == str(a) else ["c.txt"])


def test_reader_never_sees_mixed_tables(tmp_path):
    raw, out = make_corpus(tmp_path / "raw", ["a.txt"]), tmp_path / "out"
    build(raw, out, steps=["corpus"], progress=False)
    stop, seen, errors = threading.Event(), [], []

    def read():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            while not stop.is_set():
                try:
                    t = load_tables(raw, out_dir=out, build_if_missing=False)
                    seen.append((t.generation, _consistent(t)))
                except Exception as exc:  # noqa: BLE001 - any error is a failure of the test
                    errors.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for names in (["a.txt", "b.txt"], ["c.txt"], ["a.txt"], ["b.txt"]):
            for f in raw.iterdir():
                f.unlink()
            make_corpus(raw, names)
            build(raw, out, steps=["corpus"], progress=False)
    finally:
        stop.set()
        reader.join()
    assert not errors, errors[:3]
    assert len({g for g, _ in seen}) >= 2 and all(ok for _, ok in seen)


_KILLED = """
import sys, time
import summitlens.pipeline as p
from summitlens.pipeline.base import Step
corpus = p.STEPS[0]
def slow(ctx):
    tables = corpus.run(ctx)
    print("running", flush=True)
    time.sleep(60)
    return tables
p.STEPS = [Step("corpus", corpus.outputs, slow)] + p.STEPS[1:]
p.build(sys.argv[1], sys.argv[2], steps=["corpus"], progress=False)
"""


def test_killed_build_leaves_previous_output_and_is_cleaned(tmp_path):
    raw, out = make_corpus(tmp_path / "raw"), tmp_path / "out"
    build(raw, out, steps=["corpus"], progress=False)
    before = paths.current_generation(out)
    make_corpus(raw, ["c.txt"])
    proc = subprocess.Popen([sys.executable, "-c", _KILLED, str(raw), str(out)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "running"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert paths.current_generation(out) == before and len(_gens(out)) == 2  # the killed one is left over
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert _consistent(load_tables(raw, out_dir=out, build_if_missing=False))
    s = build(raw, out, steps=["corpus"], progress=False)  # waits for no one: the kill released the lock
    assert _gens(out) == sorted([before, s.generation])


def test_dates_outside_the_stored_range_do_not_stop_the_build(tmp_path):
    """A year the tables cannot store as a nanosecond timestamp ("since 1321") keeps its
    expression without an interval, and the build finishes."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "d.txt").write_text("Venice and Genoa renew old trade ties\n\nThe two cities have traded with each "
                               "other since 1321, and they signed a new agreement again in 2019.\n", encoding="utf-8")
    build(raw, out, steps=["corpus", "dates"], progress=False)
    tx = load_tables(raw, out_dir=out, build_if_missing=False).temporal_expressions.set_index("surface")
    assert tx.loc["since 1321", ["start", "end"]].isna().all()
    assert str(tx.loc["2019", "start"].date()) == "2019-01-01"
