"""Participants from the syntax of the meeting predicate.

Parse a candidate sentence (a meeting cue and both leaders: :mod:`summitlens.text.parse`)
and collect the predicate's frame: for a verb ("met", "hosted", "visited") its subject,
object, agent and prepositional objects ("with Xi", "to Moscow"), and the subject of a verb
it complements ("Xi travelled to Vladivostok to meet Putin"); for a noun ("talks", "visit",
"summit") its possessor and compounds ("Xi's visit", "Putin-Xi summit"), its prepositional
objects ("talks with Putin"), and the frame of the verb it is the object or subject of
("Putin held talks with Xi"). A leader takes part when one of its tokens lies in that frame;
first- and second-person pronouns and "the two leaders" stand for the speakers of a
transcript or the leaders named before.

Examples:
    >>> from summitlens.text.parse import parse_one
    >>> t = "Trump is enabling Putin and Xi to control the outcome of a summit."
    >>> frame_tokens(parse_one(t), t.index("summit"), t.index("summit") + 6) & {2, 4}
    set()
    >>> t = "Putin held talks with Xi in Beijing."
    >>> sorted(frame_tokens(parse_one(t), 11, 16))[:5]
    [0, 1, 2, 3, 4]
"""

from __future__ import annotations

from summitlens.text.parse import head_token

__all__ = ["frame_tokens", "supports"]

_ARGS = {"nsubj", "nsubjpass", "dobj", "agent", "attr", "dative", "obj", "iobj"}
_NOUN_MODS = {"poss", "compound", "nmod", "amod", "appos"}
_CLAUSE_LINKS = {"xcomp", "advcl", "ccomp", "conj", "relcl", "acl", "pcomp"}


def _preps() -> frozenset:
    from summitlens.extract.encounters.rules import load_encounter_rules

    return load_encounter_rules().frame_prepositions


def _pronouns() -> frozenset:
    from summitlens.extract.encounters.rules import load_encounter_rules

    return load_encounter_rules().frame_pronouns


_head = head_token  # the syntactic head of a character span (text/parse.py)


def _sub(t) -> set[int]:
    return {x.i for x in t.subtree}


def _verb_frame(v, out: set[int], depth: int = 0) -> None:
    out.add(v.i)
    preps = _preps()
    for c in v.children:
        if c.dep_ in _ARGS:
            out |= _sub(c)
        elif c.dep_ == "prep" and c.lower_ in preps:
            out |= _sub(c)
        elif c.dep_ in ("advcl", "relcl") and any(x.tag_ in ("WDT", "WRB") and x.i < c.i for x in c.subtree):
            # "talks will take place, during which Putin and Xi will discuss …": same event
            out |= {i for x in c.children if x.dep_ in ("nsubj", "nsubjpass") for i in _sub(x)}
    if depth < 2 and v.dep_ in _CLAUSE_LINKS and v.head.i != v.i:
        # "Xi travelled to Moscow to meet Putin", "met and held talks": the governing verb's subject
        h = v.head
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass", "agent"):
                out |= _sub(c)
        if v.dep_ in ("relcl", "acl"):
            out |= {h.i} | {x.i for x in h.children if x.dep_ in _NOUN_MODS}
        if v.dep_ == "conj" or h.pos_ in ("VERB", "AUX"):
            _verb_frame(h, out, depth + 1)


def frame_tokens(doc, cue_start: int, cue_end: int) -> set[int]:
    """Token indices of the meeting predicate's frame (see module docstring).

    Args:
        doc: A spaCy ``Doc`` of the sentence.
        cue_start: Start offset of the meeting cue in the sentence.
        cue_end: End offset of the cue.

    Returns:
        Token indices; empty when the cue is not found.
    """
    t = _head(doc, cue_start, cue_end)
    if t is None:
        return set()
    out: set[int] = {t.i}
    if t.pos_ in ("VERB", "AUX"):
        _verb_frame(t, out)
        return out
    preps = _preps()
    for c in t.children:
        if c.dep_ in _NOUN_MODS or (c.dep_ == "prep" and c.lower_ in preps):
            out |= _sub(c)
    h = t.head
    if h.i != t.i:
        if t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "obj") and h.pos_ in ("VERB", "AUX"):
            _verb_frame(h, out)
        elif t.dep_ == "pobj" and h.head.pos_ in ("VERB", "AUX") and h.dep_ == "prep":
            _verb_frame(h.head, out)  # "Putin said during talks with Xi": the saying's subject
        elif t.dep_ == "compound":
            out |= _sub(h)
    return out


def supports(doc, cue_start: int, cue_end: int, spans, *, pronouns: bool = True) -> bool:
    """Whether any of ``spans`` (``(start, end)`` offsets of leader mentions) — or, with
    ``pronouns``, a first/second-person pronoun or "the two leaders" — lies in the frame.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "Xi's visit to Moscow was a success."
        >>> supports(parse_one(t), 5, 10, [(0, 2)])
        True
    """
    frame = frame_tokens(doc, cue_start, cue_end)
    for a, b in spans:
        if any(doc[i].idx < b and doc[i].idx + len(doc[i].text) > a for i in frame):
            return True
    if pronouns:
        pronouns_ = _pronouns()
        return any(doc[i].lower_ in pronouns_ for i in frame)
    return False
