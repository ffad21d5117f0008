"""Step selection, input planning, and pool workers that die with the build."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summitlens.pipeline import STEPS
from summitlens.pipeline.base import StepInputError, plan_inputs, select_steps


def test_select_steps_keeps_pipeline_order():
    names = [s.name for s in STEPS]
    assert [s.name for s in select_steps(STEPS, list(reversed(names)))] == names


def test_stale_inputs_name_the_step_to_add():
    base = {"articles": [], "sentences": [], "meeting_mentions": ["articles", "sentences"]}
    carried, stale = plan_inputs(STEPS, ["corpus"], base)
    assert carried == [] and stale == ["meeting_mentions"]
    with pytest.raises(StepInputError, match="run `build --step corpus` first"):
        plan_inputs(STEPS, ["framing"], {})


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


_POOL = """
import multiprocessing, os, time
from concurrent.futures import ProcessPoolExecutor
from summitlens.pipeline.base import exit_with_parent
ctx = multiprocessing.get_context("forkserver")
pool = ProcessPoolExecutor(max_workers=2, mp_context=ctx, initializer=exit_with_parent, initargs=(os.getpid(),))
futs = [pool.submit(time.sleep, 0.3) for _ in range(4)]
[f.result() for f in futs]
print(" ".join(str(p) for p in pool._processes), flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_pool_workers_exit_when_the_build_is_killed():
    proc = subprocess.Popen([sys.executable, "-c", _POOL], stdout=subprocess.PIPE, text=True)
    pids = [int(p) for p in proc.stdout.readline().split()]
    assert len(pids) == 2 and all(_alive(p) for p in pids)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    deadline = time.time() + 10
    while time.time() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.2)
    assert not any(_alive(p) for p in pids), "orphan pool workers survived the kill"
