"""The quick cases of ``bench/check_reliability.py`` (issue 10, "Measured") on every test run.

The script's full run (kills during a BBC build, concurrent builds, a reader during a build,
manifest attacks) is ``make check-reliability``; here the cases marked quick run once in a
temporary folder (they share a few small builds) and each is a test of its own.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from summitlens import paths

_SPEC = importlib.util.spec_from_file_location("check_reliability", paths.ROOT / "bench" / "check_reliability.py")
reliability = importlib.util.module_from_spec(_SPEC)
sys.modules["check_reliability"] = reliability
_SPEC.loader.exec_module(reliability)

QUICK = [c for c in reliability.CASES if c.quick]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    rows = reliability.run_cases(QUICK, tmp=tmp_path_factory.mktemp("reliability"), verbose=False)
    print("\n" + reliability.format_table(rows))
    return {case.name: result for case, result, _ in rows}


def test_quick_subset_is_not_empty():
    assert len(QUICK) >= 20 and all(c.expected for c in reliability.CASES)


@pytest.mark.parametrize("case", QUICK, ids=lambda c: c.name)
def test_quick_case(results, case):
    res = results[case.name]
    assert res.ok, f"{case.name}: expected {case.expected}; observed {res.observed}"
