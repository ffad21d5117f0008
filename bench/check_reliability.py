"""Reliability cases of issue 10 ("Measured"): bad inputs, attacks, kills, concurrency, thin corpora.

Each case builds a corpus in a temporary folder with ``python -m summitlens build`` (a
subprocess with a timeout) and checks the outcome against the behaviour the issue asks for:
exit code, ``quarantine`` / ``manifest_issues`` rows, and tables that load and are
consistent (every ``sentences`` / ``frame_scores`` … ``doc_id`` is in ``articles``). It prints
a table ``case | expected | observed | pass`` and exits non-zero when a case fails.

    python bench/check_reliability.py            # every case (a few minutes: BBC kills)
    python bench/check_reliability.py --quick    # only the cases of about a second each (~30 s)
    python bench/check_reliability.py -k manifest  # cases whose name contains "manifest"

Cases that share a corpus share one build (the bad-input files, the symlinks, the fuzzed
files), so a "quick" case costs well under a second once its group is built.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

from summitlens import paths  # noqa: E402

PYTHON = sys.executable
SEEDS = sorted((paths.RAW / "articles").glob("*.txt"))
BBC = paths.BBC
BUILD_TIMEOUT = 240.0
#: Seconds a killed build's worker processes get to notice and exit before they count as orphans.
ORPHAN_GRACE = 5.0
#: Tables whose doc_id must be in ``articles`` for a snapshot to be consistent.
DOC_TABLES = ("paragraphs", "sentences", "boilerplate", "frame_terms", "frame_scores", "meeting_mentions",
              "money_mentions", "temporal_expressions")


# --------------------------------------------------------------------------------------------
# helpers


@dataclass
class Result:
    observed: str
    ok: bool


@dataclass(frozen=True)
class Case:
    name: str
    expected: str
    run: Callable[["Context"], Result]
    quick: bool = False


class Context:
    """Temporary folder and the builds shared by several cases (built once, on demand)."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self._cache: dict[str, object] = {}

    def once(self, key: str, fn: Callable[[], object]):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    def folder(self, name: str) -> Path:
        p = self.tmp / name
        shutil.rmtree(p, ignore_errors=True)
        p.mkdir(parents=True)
        return p


def build(raw: Path, out: Path, *extra: str, timeout: float = BUILD_TIMEOUT) -> subprocess.CompletedProcess:
    """Run ``python -m summitlens build`` as a subprocess (returncode -9 on timeout)."""
    cmd = [PYTHON, "-m", "summitlens", "build", "--raw", os.fsdecode(raw), "--out", os.fsdecode(out),
           "--no-progress", *extra]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env)
    except subprocess.TimeoutExpired as e:
        return subprocess.CompletedProcess(cmd, -9, e.stdout or "", f"timeout after {timeout:.0f} s")


def popen_build(raw: Path, out: Path) -> subprocess.Popen:
    cmd = [PYTHON, "-m", "summitlens", "build", "--raw", str(raw), "--out", str(out), "--no-progress"]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONHASHSEED": "0"}, start_new_session=True)


def last_line(text: str, n: int = 90) -> str:
    lines = [ln.strip() for ln in (text or "").strip().splitlines() if ln.strip()]
    s = lines[-1] if lines else ""
    return s if len(s) <= n else s[: n - 1] + "…"


def load(raw: Path, out: Path):
    """``load_tables`` without building; returns (tables or None, error text)."""
    from summitlens import load_tables

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return load_tables(raw, out_dir=out, build_if_missing=False), ""
    except Exception as e:  # noqa: BLE001 - the error is the observation
        return None, f"{type(e).__name__}: {last_line(str(e), 70)}"


def consistency(t) -> tuple[bool, str]:
    """Every doc_id of the per-document tables is in ``articles``."""
    arts = getattr(t, "articles", None)
    if arts is None:
        return False, "no articles table"
    ids = set(arts["doc_id"])
    for name in DOC_TABLES:
        df = getattr(t, name, None)
        if df is None:
            return False, f"no {name} table"
        bad = int((~df["doc_id"].isin(ids)).sum())
        if bad:
            return False, f"{bad}/{len(df)} {name} rows not in articles"
    return True, f"{len(ids)} articles, consistent"


def table(t, name: str):
    import pandas as pd

    df = getattr(t, name, None)
    return df if df is not None else pd.DataFrame()


def session_alive(sid: int) -> list[int]:
    """Processes still running in session ``sid`` (children left by a killed build)."""
    alive = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if len(fields) > 3 and int(fields[3]) == sid and fields[0] != "Z":
            alive.append(int(d.name))
    return alive


# --------------------------------------------------------------------------------------------
# 1. bad-input files: one corpus, one build, one case per file

_SEED_TEXT = SEEDS[0].read_bytes() if SEEDS else b"Putin meets Xi\n\nPutin met Xi in Moscow on Monday.\n"
_BODY = ("Russia and China\n\nVladimir Putin met Xi Jinping in Moscow. The two leaders discussed trade "
         "and energy. They signed several agreements on Tuesday.\n")

#: name -> (bytes, expectation, check(t, row) -> (ok, observed))
BAD_FILES: dict[bytes, tuple[bytes, str]] = {
    b"empty.txt": (b"", "quarantined: empty"),
    b"binary.txt": (bytes(range(256)) * 8, "quarantined: binary"),
    b"undecodable.txt": (bytes(random.Random(1).randrange(128, 256) for _ in range(3000)),
                         "quarantined (undecodable/binary) or kept with a recorded encoding"),
    b"latin1.txt": (("Caf\u00e9 diplomacy\n\n" + _BODY + "Le caf\u00e9 \u00e9tait plein.\n").encode("latin-1"),
                    "kept, decoded (text has 'Café')"),
    b"bom.txt": (b"\xef\xbb\xbf" + _BODY.encode(), "kept, no BOM in text"),
    b"nul.txt": (_BODY.encode().replace(b"two leaders", b"two\x00 leaders\x00"),
                 "kept without NUL (or quarantined with a reason)"),
    b"whitespace.txt": (b"   \n\t\n  \r\n", "quarantined (empty/no body)"),
    b"boilerplate.txt": (b"Share this article\n\nFollow us on Twitter\n\nAdvertisement\n\nSubscribe to our "
                         b"newsletter\n", "quarantined or kept: never a crash, recorded"),
    b"huge_line.txt": (b"Huge line\n\n" + b" ".join(b"word%d." % i for i in range(250_000)) + b"\n",
                       "kept (one 2 MB line), build within the timeout"),
    b"crlf.txt": (_BODY.replace("\n", "\r\n").encode(), "kept, no CR in text"),
    b"mojibake.txt": ("Xi \u2013 Putin\n\nXi \u2013 Putin met in Moscow, the leaders said.\n"
                      .encode("utf-8").decode("cp874", errors="replace").encode("utf-8"),
                      "kept, mojibake repaired ('–' in text)"),
    b"caf\xe9_name.txt": (_BODY.encode(), "recorded (kept or quarantined), build exits 0"),
    b"UPPER.TXT": (_BODY.replace("Moscow", "Beijing").encode(), "kept (case-insensitive .txt)"),
    b".hidden.txt": (_BODY.replace("Moscow", "Sochi").encode(), "quarantine row saying why (hidden)"),
}


def _unique(name: bytes, data: bytes) -> bytes:
    """Make text files differ (else they are quarantined as exact duplicates of each other)."""
    if name.startswith((b"empty", b"binary", b"undecodable", b"whitespace", b"boilerplate", b"huge", b"mojibake")):
        return data
    tag = name.split(b".")[0].replace(b"\xe9", b"e")
    sep = b"\r\n" if b"\r\n" in data else b"\n"
    return data + sep + b"This copy is the one filed as " + tag + b"." + sep


def _label(name: bytes) -> str:
    return name.decode("utf-8", "backslashreplace")


def _bad_build(ctx: Context):
    raw = ctx.folder("bad_inputs")
    for name, (data, _) in BAD_FILES.items():
        with open(os.path.join(os.fsencode(raw), name), "wb") as f:
            f.write(_unique(name, data))
    out = ctx.tmp / "bad_inputs_out"
    t0 = time.perf_counter()
    proc = build(raw, out)
    took = time.perf_counter() - t0
    t, err = load(raw, out) if proc.returncode == 0 else (None, last_line(proc.stderr))
    return proc, t, err, took


def _row_for(t, name: bytes):
    """('kept', row) / ('quarantine', row) / (None, None) for the file ``name``."""
    arts, q = table(t, "articles"), table(t, "quarantine")
    stem = os.fsdecode(name).split(".")[0][:3] if name != b".hidden.txt" else ".hidden"
    want = _label(name)
    for kind, df in (("kept", arts), ("quarantine", q)):
        if df.empty:
            continue
        files = df["file"].astype(str)
        names = files.map(lambda f: f.rsplit("/", 1)[-1])
        hit = df[(names == want) | (names.str.lower() == want.lower())
                 | (names.str.startswith(stem) & (want.startswith("caf")))]
        if len(hit):
            return kind, hit.iloc[0]
    return None, None


def _bad_case(name: bytes) -> Callable[[Context], Result]:
    def run(ctx: Context) -> Result:
        proc, t, err, took = ctx.once("bad", lambda: _bad_build(ctx))
        if proc.returncode != 0:
            return Result(f"build exit {proc.returncode}: {err}", False)
        if t is None:
            return Result(f"tables not loadable: {err}", False)
        kind, row = _row_for(t, name)
        if kind is None:
            return Result("no row in articles or quarantine", False)
        if kind == "quarantine":
            obs = f"quarantined: {row['reason']}"
        else:
            obs = f"kept ({row.get('encoding', '?')}, {int(row.get('n_words', 0))} words)"
        text = str(row.get("text", "")) if kind == "kept" else ""
        n = _label(name)
        ok = {
            "empty.txt": kind == "quarantine" and row["reason"] == "empty",
            "binary.txt": kind == "quarantine" and row["reason"] in ("binary", "undecodable"),
            "undecodable.txt": kind == "quarantine" or bool(row.get("encoding")),
            "latin1.txt": kind == "kept" and "Café" in text,
            "bom.txt": kind == "kept" and "\ufeff" not in text,
            "nul.txt": kind == "quarantine" or "\x00" not in text,
            "whitespace.txt": kind == "quarantine",
            "boilerplate.txt": True,
            "huge_line.txt": kind == "kept",
            "crlf.txt": kind == "kept" and "\r" not in text,
            "mojibake.txt": kind == "kept" and "–" in text and "โ" not in text,
            "UPPER.TXT": kind == "kept",
            ".hidden.txt": kind == "quarantine",
        }.get(n, True)
        if n == "huge_line.txt":
            obs += f"; build {took:.1f} s"
        return Result(obs, ok)

    return run


def _bad_all_accounted(ctx: Context) -> Result:
    proc, t, err, _ = ctx.once("bad", lambda: _bad_build(ctx))
    if t is None:
        return Result(f"exit {proc.returncode}: {err}", False)
    n = len(table(t, "articles")) + len(table(t, "quarantine"))
    ok, why = consistency(t)
    return Result(f"exit 0; {n}/{len(BAD_FILES)} files have a row; {why}", ok and n >= len(BAD_FILES))


# --------------------------------------------------------------------------------------------
# 2. fuzzed names and bytes (seeded)

_NAME_CHARS = "abcXYZ 0123-_.,;'\"()[]{}&$#@!~^%+=éßЖ中文😀\u200b\u202e"


def _fuzz_build(ctx: Context):
    rng = random.Random(20241124)
    raw = ctx.folder("fuzz")
    names = set()
    for i in range(40):
        stem = "".join(rng.choice(_NAME_CHARS) for _ in range(rng.randint(1, 24))).strip() or "x"
        stem = stem.replace("/", "_").lstrip("-") or "y"
        name = f"{i:02d}{stem}"[:120] + ".txt"
        if name.lower() in names:
            continue
        names.add(name.lower())
        kind = rng.random()
        if kind < 0.3:
            data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 2000)))
        elif kind < 0.6:
            base = bytearray(_SEED_TEXT[: rng.randint(100, len(_SEED_TEXT))])
            for _ in range(rng.randint(1, 30)):
                base[rng.randrange(len(base))] = rng.randrange(256)
            data = bytes(base)
        else:
            data = _BODY.encode(rng.choice(["utf-8", "utf-16", "cp1251", "latin-1"]), errors="replace")
        (raw / name).write_bytes(data)
    sub = raw / "sub dir" / "-n"
    sub.mkdir(parents=True)
    (sub / "nested.txt").write_bytes(_BODY.encode())
    out = ctx.tmp / "fuzz_out"
    proc = build(raw, out)
    t, err = load(raw, out) if proc.returncode == 0 else (None, last_line(proc.stderr))
    return proc, t, err, len(names) + 1


def _fuzz_case(ctx: Context) -> Result:
    proc, t, err, n_files = ctx.once("fuzz", lambda: _fuzz_build(ctx))
    if t is None:
        return Result(f"exit {proc.returncode}: {err}", False)
    n = len(table(t, "articles")) + len(table(t, "quarantine"))
    ok, why = consistency(t)
    return Result(f"exit 0; {n}/{n_files} files have a row; {why}", ok and n == n_files)


# --------------------------------------------------------------------------------------------
# 3. symlink escapes

SECRET = "SECRET-OUTSIDE-THE-CORPUS"


def _symlink_build(ctx: Context):
    outside = ctx.folder("outside")
    (outside / "secret.txt").write_text(f"Secret headline\n\n{SECRET} Putin met Xi in Moscow.\n")
    (outside / "manifest.csv").write_text("file,outlet\nok.txt,LEAKED-OUTLET\n")
    raw = ctx.folder("symlinks")
    (raw / "ok.txt").write_text(_BODY)
    os.symlink("/etc/passwd", raw / "passwd.txt")
    os.symlink(outside / "secret.txt", raw / "secret.txt")
    os.symlink(outside, raw / "outside_dir")
    os.symlink(raw / "nowhere.txt", raw / "dangling.txt")
    os.symlink(outside / "manifest.csv", raw / "manifest.csv")
    out = ctx.tmp / "symlinks_out"
    proc = build(raw, out)
    t, err = load(raw, out) if proc.returncode == 0 else (None, last_line(proc.stderr))
    return proc, t, err


def _symlink_file_case(ctx: Context) -> Result:
    proc, t, err = ctx.once("symlink", lambda: _symlink_build(ctx))
    if t is None:
        return Result(f"exit {proc.returncode}: {err}", False)
    arts, q = table(t, "articles"), table(t, "quarantine")
    text = " ".join(arts["text"].astype(str)) if len(arts) else ""
    leaked = [w for w in ("root:x:0:0", SECRET) if w in text]
    qfiles = " ".join(q["file"].astype(str)) if len(q) else ""
    recorded = [n for n in ("passwd", "secret", "dangling") if n in qfiles]
    obs = f"leaked {leaked or 'nothing'}; quarantine rows for {recorded or 'none'}"
    return Result(obs, not leaked and len(recorded) == 3)


def _symlink_manifest_case(ctx: Context) -> Result:
    proc, t, err = ctx.once("symlink", lambda: _symlink_build(ctx))
    if t is None:
        return Result(f"exit {proc.returncode}: {err}", False)
    arts = table(t, "articles")
    leaked = bool(len(arts)) and (arts["outlet"].astype(str) == "LEAKED-OUTLET").any()
    issues = table(t, "manifest_issues")
    q = table(t, "quarantine")
    recorded = ("manifest" in " ".join(q["file"].astype(str))) if len(q) else False
    recorded = recorded or (len(issues) > 0)
    return Result(f"outside manifest applied: {leaked}; recorded: {recorded}", not leaked and recorded)


# --------------------------------------------------------------------------------------------
# 4. manifest attacks: one small corpus each

def _manifest_corpus(ctx: Context, key: str, manifest: str | bytes, files: int = 2):
    def make():
        raw = ctx.folder(f"manifest_{key}")
        for f in SEEDS[:files]:
            shutil.copy(f, raw / f.name)
        data = manifest.encode() if isinstance(manifest, str) else manifest
        (raw / "manifest.csv").write_bytes(data)
        out = ctx.tmp / f"manifest_{key}_out"
        proc = build(raw, out)
        t, err = load(raw, out) if proc.returncode == 0 else (None, last_line(proc.stderr))
        return proc, t, err
    return ctx.once(f"manifest_{key}", make)


def _seed(i: int) -> str:
    return SEEDS[i].name if len(SEEDS) > i else f"{i}.txt"


def _outlets(t) -> set[str]:
    arts = table(t, "articles")
    return set(arts["outlet"].astype(str)) if len(arts) else set()


def _issues_text(t) -> str:
    df = table(t, "manifest_issues")
    return " | ".join(" ".join(str(v) for v in r) for r in df.astype(str).itertuples(index=False)) if len(df) else ""


def _issue_with(t, word: str) -> str:
    """The first ``manifest_issues`` row whose text contains ``word`` ("" when none)."""
    rows = [r for r in _issues_text(t).split(" | ") if word.lower() in r.lower()]
    return " ".join(rows[0].split()) if rows else ""


def _m_semicolon(ctx):
    proc, t, err = _manifest_corpus(ctx, "semicolon", f"file;outlet;published\n{_seed(0)};TASS;2023-03-20\n")
    if t is None:
        return Result(f"exit {proc.returncode}: {err}", False)
    return Result(f"outlets {sorted(_outlets(t))}", "TASS" in _outlets(t))


def _m_headers(ctx):
    proc, t, err = _manifest_corpus(ctx, "headers", f" File , Outlet \n{_seed(0)},Xinhua\n")
    if t is None:
        return Result(f"exit {proc.returncode}: {err}", False)
    return Result(f"outlets {sorted(_outlets(t))}", "Xinhua" in _outlets(t))


def _m_no_file_column(ctx):
    proc, t, err = _manifest_corpus(ctx, "nofile", f"name,outlet\n{_seed(0)},RT\n")
    said = (proc.stderr or "") + _issues_text(t) if t is not None else proc.stderr or ""
    names_cols = "name" in said and "outlet" in said
    obs = f"exit {proc.returncode}; " + (last_line(proc.stderr) or _issues_text(t)[:80] or "silent")
    return Result(obs, names_cols)


def _m_dates(ctx):
    proc, t, err = _manifest_corpus(ctx, "dates", f"file,outlet,published\n{_seed(0)},A,not-a-date\n"
                                                  f"{_seed(1)},B,2999-12-31\n{_seed(2)},C,1500-01-01\n", files=3)
    if t is None:
        return Result(f"exit {proc.returncode}: {err}", False)
    issues = _issues_text(t)
    kept = [v for v in ("not-a-date", "2999-12-31", "1500-01-01") if v in issues]
    return Result(f"exit 0; bad values kept in manifest_issues: {kept or 'none'}", len(kept) == 3)


def _issue_row_case(ctx, key: str, manifest: str, word: str, absent: str) -> Result:
    """The manifest corpus ``key`` builds and ``manifest_issues`` has a row containing ``word``
    (``absent`` is what the observation says when no row does)."""
    proc, t, err = _manifest_corpus(ctx, key, manifest)
    if t is None:
        return Result(f"exit {proc.returncode}: {err}", False)
    row = _issue_with(t, word)
    return Result(f"exit 0; manifest_issues: {row[:70] or absent}", bool(row))


def _m_duplicates(ctx):
    return _issue_row_case(ctx, "dups", f"file,outlet\n{_seed(0)},A\n{_seed(0)},B\n", "dup", "no duplicate row")


def _m_missing_files(ctx):
    return _issue_row_case(ctx, "missing", f"file,outlet\n{_seed(0)},A\nno_such_file.txt,B\n", "no_such_file",
                           "no row naming the missing file")


def _m_mixed_tz(ctx):
    proc, t, err = _manifest_corpus(ctx, "tz", f"file,outlet,published\n{_seed(0)},A,2023-03-20T10:00:00+03:00\n"
                                               f"{_seed(1)},B,2023-03-21\n{_seed(2)},C,2023-03-22T10:00:00Z\n", files=3)
    if t is None:
        return Result(f"exit {proc.returncode}: {err}", False)
    ok, why = consistency(t)
    dated = int(table(t, "articles")["published"].notna().sum())
    return Result(f"exit 0; {dated}/3 dated; {why}", ok and dated == 3)


def _m_empty_manifest(ctx):
    proc, t, err = _manifest_corpus(ctx, "zero", b"")
    if t is None:
        return Result(f"exit {proc.returncode}: {err}", False)
    return Result(f"exit 0; {len(table(t, 'articles'))} articles; issues: {_issues_text(t)[:50] or 'none'}",
                  len(table(t, "articles")) == min(2, len(SEEDS)))


def _m_subpath(ctx):
    def make():
        raw = ctx.folder("manifest_subpath")
        for sub in ("sub1", "sub2"):
            (raw / sub).mkdir()
            (raw / sub / "a.txt").write_text(_BODY.replace("Moscow", sub))
        (raw / "a.txt").write_text(_BODY.replace("Moscow", "Kazan"))
        (raw / "manifest.csv").write_text("file,outlet\nsub1/a.txt,ONLY-SUB1\n")
        out = ctx.tmp / "manifest_subpath_out"
        proc = build(raw, out)
        return proc, *((load(raw, out)) if proc.returncode == 0 else (None, last_line(proc.stderr)))
    proc, t, err = ctx.once("manifest_subpath", make)
    if t is None:
        return Result(f"exit {proc.returncode}: {err}", False)
    arts = table(t, "articles")
    n = int((arts["outlet"].astype(str) == "ONLY-SUB1").sum())
    return Result(f"row for sub1/a.txt applied to {n} files", n == 1)


# --------------------------------------------------------------------------------------------
# 5. kill -9 during a BBC build over an older output

def _bbc_copy(ctx: Context) -> Path:
    def make():
        raw = ctx.folder("bbc")
        shutil.copytree(BBC, raw, dirs_exist_ok=True)
        return raw
    return ctx.once("bbc_copy", make)


def _older_output(ctx: Context, name: str) -> tuple[Path, Path, int]:
    """A BBC copy whose output holds an older complete build (business only), then the full
    corpus restored: a new build would replace 500 articles by ~2,100."""
    full = _bbc_copy(ctx)
    raw = ctx.folder(f"{name}_raw")
    shutil.copytree(full / "business", raw / "business")
    out = ctx.tmp / f"{name}_out"
    shutil.rmtree(out, ignore_errors=True)
    proc = build(raw, out)
    t, err = load(raw, out)
    if proc.returncode != 0 or t is None:
        raise RuntimeError(f"older build failed: {last_line(proc.stderr) or err}")
    for d in full.iterdir():
        if d.is_dir() and d.name != "business":
            shutil.copytree(d, raw / d.name)
    return raw, out, len(t.articles)


def _kill_case(delay: float) -> Callable[[Context], Result]:
    def run(ctx: Context) -> Result:
        if not BBC.is_dir():
            return Result(f"{BBC} absent", False)
        try:
            raw, out, n_old = ctx.once("older", lambda: _older_output(ctx, "kill"))
        except RuntimeError as e:
            return Result(str(e), False)
        p = popen_build(raw, out)
        time.sleep(delay)
        finished = p.poll() is not None
        if not finished:
            os.kill(p.pid, signal.SIGKILL)
        p.wait()
        deadline = time.monotonic() + ORPHAN_GRACE
        while (orphans := session_alive(p.pid)) and time.monotonic() < deadline:
            time.sleep(0.25)
        lived = ""
        if orphans:  # how long they outlive the build (observed, then cleaned up)
            t_kill = deadline - ORPHAN_GRACE
            while session_alive(p.pid) and time.monotonic() < t_kill + 60:
                time.sleep(0.5)
            gone = not session_alive(p.pid)
            lived = f" (alive > {ORPHAN_GRACE:g} s; {'gone after %.0f s' % (time.monotonic() - t_kill) if gone else 'still alive after 60 s'})"
        for pid in session_alive(p.pid):  # our own children: clean up after observing them
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        t, err = load(raw, out)
        if t is None:
            return Result(f"load_tables failed: {err}", False)
        ok, why = consistency(t)
        n = len(t.articles)
        which = "previous" if n == n_old else ("new" if finished else f"MIXED/new?({n})")
        obs = (f"{'finished' if finished else 'killed'} at {delay:g} s; load -> {which} generation; {why}; "
               f"orphans {len(orphans)}{lived}")
        return Result(obs, ok and (n == n_old or finished) and not orphans)

    return run


# --------------------------------------------------------------------------------------------
# 6. two concurrent builds of different corpora into one output; 7. a reader during a build

def _concurrent(ctx: Context) -> Result:
    a = ctx.folder("conc_a")
    for f in SEEDS:
        shutil.copy(f, a / f.name)
    b = ctx.folder("conc_b")
    for f in sorted((BBC / "politics").glob("*.txt"))[:150]:
        shutil.copy(f, b / f.name)
    out = ctx.tmp / "conc_out"
    shutil.rmtree(out, ignore_errors=True)
    pa, pb = popen_build(a, out), popen_build(b, out)
    ra, rb = pa.wait(timeout=BUILD_TIMEOUT), pb.wait(timeout=BUILD_TIMEOUT)
    errs = [last_line(p.stderr.read()) for p, r in ((pa, ra), (pb, rb)) if r != 0]
    loaded = []
    for raw, n_files in ((a, len(SEEDS)), (b, 150)):
        t, _ = load(raw, out)
        if t is not None:
            loaded.append((raw.name, consistency(t), len(t.articles) + len(t.quarantine), n_files))
    clear = all(("lock" in e.lower() or "busy" in e.lower() or "another build" in e.lower()) for e in errs)
    ok = bool(loaded) and all(c[0] and n == nf for _, c, n, nf in loaded) and clear
    obs = (f"exits {ra}/{rb}" + (f" ({'; '.join(errs)[:60]})" if errs else "")
           + f"; loadable as {[name for name, *_ in loaded] or 'nothing'}"
           + (f"; {loaded[0][1][1]}" if loaded else ""))
    return Result(obs, ok)


def _reader(ctx: Context) -> Result:
    if not BBC.is_dir():
        return Result(f"{BBC} absent", False)
    try:
        raw, out, n_old = _older_output(ctx, "reader")
    except RuntimeError as e:
        return Result(str(e), False)
    p = popen_build(raw, out)
    snaps, bad, errors = 0, [], []
    stop = threading.Event()

    def loop():
        nonlocal snaps
        while not stop.is_set():
            t, err = load(raw, out)
            if t is None:
                errors.append(err)
            else:
                snaps += 1
                ok, why = consistency(t)
                if not ok:
                    bad.append(why)
            time.sleep(0.2)

    th = threading.Thread(target=loop)
    th.start()
    rc = p.wait(timeout=BUILD_TIMEOUT)
    stop.set()
    th.join()
    obs = f"build exit {rc}; {snaps} snapshots, {len(bad)} inconsistent, {len(errors)} load errors"
    if errors:
        obs += f" ({errors[0][:40]})"
    return Result(obs, rc == 0 and snaps > 0 and not bad and not errors)


# --------------------------------------------------------------------------------------------
# 8. thin corpora and CLI refusals

def _thin(kind: str) -> Callable[[Context], Result]:
    def run(ctx: Context) -> Result:
        raw = ctx.folder(f"thin_{kind}")
        if kind == "one":
            shutil.copy(SEEDS[0], raw / SEEDS[0].name)
        elif kind == "no_putin_xi":
            for f in sorted((BBC / "sport").glob("*.txt"))[:3]:
                shutil.copy(f, raw / f.name)
        out = ctx.tmp / f"thin_{kind}_out"
        proc = build(raw, out)
        if proc.returncode != 0:
            return Result(f"exit {proc.returncode}: {last_line(proc.stderr)}", False)
        t, err = load(raw, out)
        if t is None:
            return Result(f"not loadable: {err}", False)
        ok, why = consistency(t)
        want = {"empty": 0, "one": 1, "no_putin_xi": 3}[kind]
        mm = table(t, "meeting_mentions")
        px = int(mm["is_putin_xi"].sum()) if len(mm) else 0
        return Result(f"exit 0; {why}; {px} Putin–Xi mentions",
                      ok and len(t.articles) == want and (kind != "no_putin_xi" or px == 0))
    return run


def _missing(ctx: Context) -> Result:
    raw, out = ctx.tmp / "no_such_corpus", ctx.tmp / "missing_out"
    proc = build(raw, out, timeout=30)
    return Result(f"exit {proc.returncode}: {last_line(proc.stderr, 60)}; out created: {out.exists()}",
                  proc.returncode != 0 and not out.exists()
                  and any(w in proc.stderr.lower() for w in ("not found", "does not exist", "no such")))


def _cli(args: list[str], want_rc: Callable[[int], bool], want: str) -> Callable[[Context], Result]:
    def run(ctx: Context) -> Result:
        raw = ctx.folder("cli_raw")
        cmd = [PYTHON, "-m", "summitlens", *[a.replace("{raw}", str(raw)).replace("{out}", str(ctx.tmp / "cli_out"))
                                             for a in args]]
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=ROOT)
        text = p.stdout + p.stderr
        return Result(f"exit {p.returncode}: {last_line(p.stderr or p.stdout, 60)}",
                      want_rc(p.returncode) and want.lower() in text.lower())
    return run


def _out_inside_raw(ctx: Context) -> Result:
    raw = ctx.folder("inside_raw")
    (raw / "articles").mkdir()
    (raw / "articles" / "a.txt").write_text(_BODY)
    p = build(raw, raw, timeout=60)
    return Result(f"exit {p.returncode}; raw file kept: {(raw / 'articles' / 'a.txt').exists()}",
                  p.returncode != 0 and (raw / "articles" / "a.txt").exists())


# --------------------------------------------------------------------------------------------

CASES: list[Case] = [
    *[Case(f"bad input: {_label(n)}", exp, _bad_case(n), quick=True) for n, (_, exp) in BAD_FILES.items()],
    Case("bad input: every file accounted for", "exit 0; a row per file; consistent", _bad_all_accounted, True),
    Case("fuzzed names and bytes (seed 20241124)", "exit 0; a row per file; consistent", _fuzz_case, True),
    Case("symlink escape: files", "/etc/passwd and outside files not read; quarantine rows",
         _symlink_file_case, True),
    Case("symlink escape: manifest.csv", "outside manifest not applied; recorded", _symlink_manifest_case, True),
    Case("manifest: semicolon-delimited", "delimiter sniffed, outlet applied", _m_semicolon),
    Case("manifest: ' File , Outlet ' headers", "headers normalised, outlet applied", _m_headers),
    Case("manifest: no file column", "clear error naming the columns found", _m_no_file_column),
    Case("manifest: bad/out-of-range dates", "exit 0; values kept in manifest_issues", _m_dates),
    Case("manifest: duplicate rows", "exit 0; manifest_issues row", _m_duplicates),
    Case("manifest: rows for missing files", "exit 0; manifest_issues row", _m_missing_files),
    Case("manifest: mixed time zones", "exit 0; all dated; consistent", _m_mixed_tz),
    Case("manifest: zero-byte manifest", "exit 0; articles built", _m_empty_manifest),
    Case("manifest: sub1/a.txt vs sub2/a.txt", "row applied to its relative path only", _m_subpath),
    *[Case(f"kill -9 at {d:g} s, BBC over older output", "previous complete generation; no orphans",
           _kill_case(d)) for d in (2.0, 5.0, 10.0, 20.0)],
    Case("two concurrent builds into one output", "both exit 0 (lock) or one fails clearly; one corpus whole",
         _concurrent),
    Case("reader loops load_tables during a build", "every snapshot complete and consistent", _reader),
    Case("thin: empty corpus", "exit 0; 0 articles; loadable", _thin("empty")),
    Case("thin: 1-file corpus", "exit 0; 1 article; consistent", _thin("one")),
    Case("thin: no Putin–Xi (3 BBC sport)", "exit 0; 3 articles; 0 Putin–Xi mentions", _thin("no_putin_xi")),
    Case("thin: missing corpus", "refused (exit ≠ 0), nothing created", _missing, True),
    Case("--out equal to --raw", "refused; raw files untouched", _out_inside_raw, True),
    Case("build --help", "exit 0, usage", _cli(["build", "--help"], lambda rc: rc == 0, "--raw"), True),
    Case("build --step bogus", "exit ≠ 0 naming the step",
         _cli(["build", "--raw", "{raw}", "--out", "{out}", "--step", "bogus"], lambda rc: rc != 0, "bogus"), True),
]


def run_cases(cases: list[Case], *, tmp: Path | None = None, verbose: bool = True) -> list[tuple[Case, Result, float]]:
    """Run ``cases`` in a temporary folder; returns (case, result, seconds) rows."""
    own = tmp is None
    tmp = Path(tempfile.mkdtemp(prefix="summitlens-reliability-")) if own else tmp
    ctx = Context(tmp)
    rows = []
    try:
        for case in cases:
            t0 = time.perf_counter()
            try:
                res = case.run(ctx)
            except Exception as e:  # noqa: BLE001 - a crash of a case is a failed case
                res = Result(f"case crashed: {type(e).__name__}: {last_line(str(e), 70)}", False)
            rows.append((case, res, time.perf_counter() - t0))
            if verbose:
                print(f"  {'PASS' if res.ok else 'FAIL'}  {case.name}  ({rows[-1][2]:.1f} s)", file=sys.stderr,
                      flush=True)
    finally:
        if own:
            shutil.rmtree(tmp, ignore_errors=True)
    return rows


def format_table(rows) -> str:
    def esc(s):
        return str(s).replace("|", "\\|")
    lines = ["| case | expected | observed | pass |", "|---|---|---|---|"]
    lines += [f"| {esc(c.name)} | {esc(c.expected)} | {esc(r.observed)} | {'yes' if r.ok else '**no**'} |"
              for c, r, _ in rows]
    n_ok = sum(r.ok for _, r, _ in rows)
    lines.append(f"\n{n_ok}/{len(rows)} cases pass.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="only the quick cases (about a second each once their shared build is done)")
    ap.add_argument("-k", default="", help="only cases whose name contains this text")
    args = ap.parse_args(argv)
    cases = [c for c in CASES if (c.quick or not args.quick) and args.k.lower() in c.name.lower()]
    rows = run_cases(cases)
    print(format_table(rows))
    return 0 if all(r.ok for _, r, _ in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
