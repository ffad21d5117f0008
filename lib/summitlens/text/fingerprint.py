"""Document fingerprints: stable content ids and near-duplicate (story) clusters."""

from __future__ import annotations

import hashlib
import re

from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")
_SCHEME = "affine32"  # datasketch >= 2 hashing scheme; signatures are stored with it


def doc_id(data: bytes) -> str:
    """Stable document key: first 16 hex digits of the SHA-1 of the file's bytes, stripped
    of surrounding whitespace. It depends on the input only, never on the code version.

    Examples:
        >>> doc_id(b"Xi met Putin.")
        '0ed4d8eac220b109'
        >>> doc_id(b"  Xi met Putin.\\n") == doc_id(b"Xi met Putin.")
        True
    """
    return hashlib.sha1(data.strip()).hexdigest()[:16]


def text_hash(text: str) -> str:
    """Hash of a normalised text with whitespace collapsed: equal for exact duplicates
    whatever their encoding or surrounding whitespace.

    Examples:
        >>> text_hash("Xi  met\\nPutin.") == text_hash(" Xi met Putin. ")
        True
    """
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def shingles(text: str, *, k: int = 5) -> set[bytes]:
    """Lower-cased word ``k``-shingles of ``text`` (the whole text when shorter).

    Examples:
        >>> sorted(shingles("A b c", k=2))
        [b'a b', b'b c']
    """
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


def minhash_signature(text: str, *, num_perm: int = 64, k: int = 5, seed: int = 1) -> list[int]:
    """MinHash signature of ``text``'s word shingles (fixed seed: the same on every run).

    Examples:
        >>> len(minhash_signature("Putin met Xi in Beijing on Friday."))
        64
    """
    m = MinHash(num_perm=num_perm, seed=seed, scheme=_SCHEME)
    m.update_batch(list(shingles(text, k=k)) or [b""])
    return [int(v) for v in m.hashvalues]


def cluster_signatures(
    signatures: dict[str, list[int]],
    *,
    threshold: float = 0.8,
    seed: int = 1,
) -> dict[str, str]:
    """Cluster documents by MinHash signatures (LSH candidates, then estimated Jaccard).

    Args:
        signatures: ``doc_id -> signature`` in a deterministic order (the first of a
            cluster names it).
        threshold: Estimated Jaccard similarity above which two documents are one story.
        seed: The seed the signatures were made with.

    Returns:
        ``doc_id -> story_id`` where ``story_id`` is the doc_id of the cluster's first member.

    Examples:
        >>> s = minhash_signature("a b c d e f g h")
        >>> cluster_signatures({"x": s, "y": s, "z": minhash_signature("other words here")})
        {'x': 'x', 'y': 'x', 'z': 'z'}
    """
    order = list(signatures)
    if not order:
        return {}
    num_perm = len(next(iter(signatures.values())))
    rank = {d: i for i, d in enumerate(order)}
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    hashes: dict[str, MinHash] = {}
    parent = {d: d for d in order}

    def find(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    for d in order:
        m = MinHash(num_perm=num_perm, seed=seed, hashvalues=signatures[d], scheme=_SCHEME)
        for other in lsh.query(m):
            if m.jaccard(hashes[other]) >= threshold:
                ra, rb = find(d), find(other)
                if ra != rb:
                    keep, drop = (ra, rb) if rank[ra] < rank[rb] else (rb, ra)
                    parent[drop] = keep
        lsh.insert(d, m)
        hashes[d] = m
    return {d: find(d) for d in order}


def story_clusters(
    texts: dict[str, str],
    *,
    threshold: float = 0.8,
    num_perm: int = 64,
    k: int = 5,
    seed: int = 1,
) -> dict[str, str]:
    """Cluster near-duplicate documents (MinHash + LSH on word shingles).

    Args:
        texts: ``doc_id -> text`` in a deterministic order (the first of a cluster names it).
        threshold: Estimated Jaccard similarity above which two documents are one story.
        num_perm: MinHash permutations.
        k: Shingle length in words.
        seed: MinHash seed (fixed: same clusters on every run).

    Returns:
        ``doc_id -> story_id`` where ``story_id`` is the doc_id of the cluster's first member.

    Examples:
        >>> a = ("Russian President Vladimir Putin and Chinese leader Xi Jinping met in Moscow on "
        ...      "Tuesday to discuss trade, energy deals and the war in Ukraine, officials said.")
        >>> story_clusters({"a": a, "b": "Reuters - " + a, "c": "Completely different text here."})
        {'a': 'a', 'b': 'a', 'c': 'c'}
    """
    sigs = {d: minhash_signature(t, num_perm=num_perm, k=k, seed=seed) for d, t in texts.items()}
    return cluster_signatures(sigs, threshold=threshold, seed=seed)
