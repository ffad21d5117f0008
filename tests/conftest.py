"""Session fixtures: tables built once per test run from the seeds and the shared corpus."""

from __future__ import annotations

import pytest

from summitlens import load_tables, paths


def _build(tmp_path_factory, corpus, name):
    from summitlens.pipeline import build

    out = tmp_path_factory.mktemp(name)
    build(corpus, out, progress=False)
    return load_tables(corpus, out_dir=out, build_if_missing=False)


def require_shared(path=paths.RUSSIA_CHINA_NEWS):
    """Skip the calling test when the shared corpora beside the project are absent."""
    if not path.exists():
        pytest.skip(f"shared data not found at {path} (clone the project beside ../shared)")


@pytest.fixture(scope="session")
def seed_tables(tmp_path_factory):
    """Tables built from data/raw (the five seed articles)."""
    return _build(tmp_path_factory, paths.RAW, "seeds")


@pytest.fixture(scope="session")
def rcn_tables(tmp_path_factory):
    """Tables built from ../shared/corpora/russia_china_news (skipped when absent)."""
    require_shared(paths.RUSSIA_CHINA_NEWS)
    return _build(tmp_path_factory, paths.RUSSIA_CHINA_NEWS, "rcn")
