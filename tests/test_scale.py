"""The out-of-core (Dask) corpus build gives the same rows as the in-memory build."""

from __future__ import annotations

import pandas as pd
import pytest

from summitlens import paths
from summitlens.pipeline.corpus import build_corpus
from summitlens.scale import build_corpus_partitioned, read_partitioned


@pytest.mark.parametrize("partition_size", [2])
def test_partitioned_equals_in_memory(tmp_path, partition_size):
    counts = build_corpus_partitioned(paths.RAW, tmp_path, partition_size=partition_size, n_workers=2)
    ref = build_corpus(paths.RAW)
    assert counts["n_partitions"] == 3 and counts["n_kept"] == len(ref["articles"])
    for name in ("articles", "sentences", "boilerplate"):
        got = read_partitioned(name, tmp_path).compute()
        keys = list(ref[name].columns[:2])
        a = got.sort_values(keys).reset_index(drop=True)
        b = ref[name].sort_values(keys).reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b, check_dtype=False)
