"""Tense of the clause around a span, from cue words (``temporal.yml``: ``tense_cues``).

"in December" in a past-tense clause is the previous December, in a future clause the next:
the resolver asks this module which.

Examples:
    >>> detect_tense("Xi will visit Moscow next week.")
    'future'
    >>> detect_tense("Exports rose sharply in July.", span=(26, 30))
    'past'
"""

from __future__ import annotations

from collections.abc import Sequence

from summitlens.extract.dates.lexicon import TemporalLexicon, load_lexicon

__all__ = ["detect_tense", "sentence_cues", "clause_tense", "clause_only_tense", "clause_bounds"]


def sentence_cues(text: str, lex: TemporalLexicon) -> tuple[list, list, list, list]:
    """Future, past and present cue spans and clause-boundary offsets of a sentence.

    Examples:
        >>> fut, past, pres, bounds = sentence_cues("He said it will rain, but", load_lexicon())
        >>> [p[2] for p in past], len(fut) > 0, bounds
        (['said'], True, [20, 22])
    """
    fut = [(m.start(), m.end()) for m in lex.future.finditer(text)]
    if "prospective_event" not in lex.resolver_rules_off:
        # (eighteenth pass) an event still ahead: "of a planned summit … on May 28"
        fut = sorted(fut + [(m.start(), m.end()) for m in lex.prospective.finditer(text)])
    past = [(m.start(), m.end(), m.group(0).lower()) for m in lex.past.finditer(text)]
    if "attributive_ed" not in lex.resolver_rules_off:
        # (dates pass thirteen) a regular "-ed" form right after a determiner is an adjective ("a
        # shortened trading week", "the revised figures"), no past verb (``attributive_ed``)
        past = [p for p in past if not (p[2].endswith("ed") and " " not in p[2]
                                        and lex.attributive_ed_before.search(text, 0, p[0]))]
    pres = [(m.start(), m.end()) for m in lex.present.finditer(text)]
    bounds = [m.start() for m in lex.boundaries.finditer(text)]
    return fut, past, pres, bounds


def clause_bounds(bounds: list[int], s: int, e: int, n: int) -> tuple[int, int]:
    """The clause ``[lo, hi)`` around ``[s, e)`` given boundary offsets.

    Examples:
        >>> clause_bounds([5, 20], 8, 10, 30)
        (5, 20)
    """
    lo = max([b for b in bounds if b < s], default=0)
    hi = min([b for b in bounds if b >= e], default=n)
    return lo, hi


def clause_tense(text: str, s: int, e: int, lex: TemporalLexicon, *, inside: bool = False,
                 cache: tuple | None = None, weak: Sequence[tuple[int, int]] = (),
                 ignore: Sequence[tuple[int, int]] = (), future_head: bool = False) -> str:
    """Tense of the clause around ``text[s:e]``: nearest cue in the clause, else sentence.

    A cue inside one of the ``weak`` spans (other date expressions: "last" of "last year")
    counts as farther away by ``lex.weak_cue_penalty`` characters; a cue inside one of the
    ``ignore`` spans (a quotation the span is not in) does not count. With ``future_head``, a
    future cue before the span (a planned act: "plans to testify … on Dec. 10", "will testify
    … on Tuesday") wins over a nearer past cue that lies after the span ("claims made by …")
    or inside a subordinate clause opened between them ("since the deal was announced").

    Examples:
        >>> clause_tense("They met in May.", 12, 15, load_lexicon())
        'past'
        >>> t = "He will testify before the panel on Tuesday about claims made by Comey."
        >>> clause_tense(t, 33, 43, load_lexicon()), clause_tense(t, 33, 43, load_lexicon(), future_head=True)
        ('past', 'future')
    """
    fut_all, past_all, pres_all, bounds = cache or sentence_cues(text, lex)
    cues: list[tuple[int, int, str]] = []
    fut = fut_all
    for a, b in fut:
        cues.append((a, b, "future"))
    for ps, pe, w in past_all:
        if w in lex.not_past_ed or any(a <= ps < b for a, b in fut):
            continue
        if not inside and ps < e and pe > s:  # inside the expression ("last week")
            continue
        cues.append((ps, pe, "past"))
    for ps, pe in pres_all:
        if any(a <= ps < b for a, b in fut):
            continue
        cues.append((ps, pe, "present"))
    if not inside:
        cues = [c for c in cues if not (c[0] >= s and c[1] <= e)]
    cues = [c for c in cues if not any(a <= c[0] and c[1] <= b for a, b in ignore)]
    if not cues:
        return "none"
    lo, hi = clause_bounds(bounds, s, e, len(text))
    in_clause = [c for c in cues if c[0] >= lo and c[1] <= hi]
    pool = in_clause or cues

    def dist(c):
        gap = s - c[1] if c[1] <= s else c[0] - e
        # present-tense auxiliaries are weak evidence: prefer a real cue
        far = lex.weak_cue_penalty if any(a <= c[0] and c[1] <= b for a, b in weak) else 0
        return (max(gap, 0) + (40 if c[2] == "present" else 0) + far, 0 if c[2] == "past" else 1)

    best = min(pool, key=dist)
    if future_head and best[2] == "past" and _future_head(text, s, e, cues, lex):
        return "future"
    return best[2]


def _future_head(text: str, s: int, e: int, cues: list, lex: TemporalLexicon) -> bool:
    """Whether the nearest future cue before ``[s, e)`` governs it: every past cue between them
    is the future verb itself ("expected to last through Monday") or stands in a subordinate
    clause opened after the future cue ("since the deal was announced"). A capitalised cue
    inside the sentence is a name ("columnist George Will … on Friday wrote"), not a modal.

    Examples:
        >>> t = "He plans to speak, since it was agreed, on May 5."
        >>> _future_head(t, 40, 48, [(3, 11, "future"), (29, 32, "past")], load_lexicon())
        True
    """
    ahead = [c for c in cues if c[2] == "future" and c[1] <= s
             and not (c[0] > 0 and text[c[0]].isupper() and text[:c[0]].strip()[-1:] not in '.!?"“')]
    if not ahead:
        return False
    f = max(ahead, key=lambda c: c[1])
    for c in cues:
        if c[2] != "past" or not f[1] <= c[0] < s:
            continue
        if not text[f[1]:c[0]].strip():
            continue  # the infinitive of the future cue ("expected to last")
        if not lex.subordinators.search(text[f[1]:c[0]]):
            return False
    return True


def clause_only_tense(text: str, s: int, e: int, lex: TemporalLexicon, cache: tuple) -> str:
    """Like :func:`clause_tense` but ``none`` when the clause itself has no cue.

    Examples:
        >>> lx = load_lexicon()
        >>> t = "He said: the summit, 2019"
        >>> clause_only_tense(t, 21, 25, lx, sentence_cues(t, lx))
        'none'
    """
    lo, hi = clause_bounds(cache[3], s, e, len(text))
    return clause_tense(text[lo:hi], s - lo, e - lo, lex)


def detect_tense(text: str, *, span: tuple[int, int] | None = None, lexicon: TemporalLexicon | None = None,
                 inside: bool = True) -> str:
    """Tense of a clause (``past``, ``present``, ``future`` or ``none``) from cue words.

    Args:
        text: A sentence.
        span: The part of interest; the nearest cue to it (inside its clause first) decides.
        lexicon: A loaded lexicon (default the packaged one).
        inside: Let cues inside ``span`` count (a verb like "held talks" is its own cue).

    Returns:
        The tense label.

    Examples:
        >>> detect_tense("The two leaders met in Samarkand.")
        'past'
    """
    lex = lexicon or load_lexicon()
    s, e = span or (len(text), len(text))
    return clause_tense(text, s, e, lex, inside=inside)
