"""Content ids and story clusters."""

from __future__ import annotations

from hypothesis import given, strategies as st

from summitlens.text.fingerprint import doc_id, story_clusters, text_hash

BASE = ("Russian President Vladimir Putin and Chinese leader Xi Jinping met in Beijing on "
        "Friday and signed a statement on a partnership with no limits, officials said.")


def test_doc_id_ignores_surrounding_whitespace():
    assert doc_id(b"\n a \n") == doc_id(b"a")
    assert len(doc_id(b"a")) == 16


def test_text_hash_ignores_line_breaks():
    assert text_hash("a b\n\nc") == text_hash("a\nb c")


def test_syndicated_copy_shares_story():
    texts = {"x": BASE, "y": "Reuters - " + BASE, "z": "The BBC corpus is about football and films."}
    out = story_clusters(texts)
    assert out["x"] == out["y"] == "x"
    assert out["z"] == "z"


@given(st.dictionaries(st.text(min_size=1, max_size=5), st.text(max_size=200), max_size=8))
def test_clusters_total_and_deterministic(texts):
    a = story_clusters(texts)
    assert a == story_clusters(dict(texts))
    assert set(a) == set(texts)
    assert all(a[s] == s for s in set(a.values()))
