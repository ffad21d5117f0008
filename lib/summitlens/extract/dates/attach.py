"""Attachment: which date expression of a sentence modifies a given event.

Not the nearest date: the one in the event's clause that modifies the event itself, its
own predicate, or the predicate that governs the event noun — unless that predicate is a
reporting, announcing, cancelling or planning verb (``temporal.yml``: ``attachment``), whose
date is the date of the report, announcement or cancellation.

A sentence with one date is decided by fast rules (same clause, not right after a
reporting verb, not a past date after a cancelled/announced event). A sentence with two or
more dates is parsed (:mod:`summitlens.text.parse`) and the date nearest the event in the
dependency tree wins, dates hanging on a class verb on its side of the event left out.

Examples:
    >>> from datetime import date
    >>> from summitlens.extract.dates.resolve import resolve_dates
    >>> t = "The surplus hit $31bn in August, up from $28bn in July."
    >>> ds = resolve_dates(t, anchor=date(2024, 10, 1))
    >>> attach_date(t, event=(16, 21), dates=ds).surface, attach_date(t, event=(41, 46), dates=ds).surface
    ('August', 'July')
    >>> t = "Moscow announced on Tuesday a trip to Beijing next month."
    >>> attach_date(t, event=(30, 34), dates=resolve_dates(t, anchor=date(2024, 10, 3))).surface
    'next month'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from summitlens.extract.dates.lexicon import TemporalLexicon, load_lexicon
from summitlens.extract.dates.resolve import TimeExpr

__all__ = ["attach_date", "clause_ids"]

_WORD = re.compile(r"[A-Za-z]+")


def clause_ids(text: str, *, dates: Sequence[TimeExpr] = (),
               lexicon: TemporalLexicon | None = None) -> list[tuple[int, int, int]]:
    """The sentence cut into clauses: ``(start, end, clause id)`` segments covering ``text``.

    Strong breaks (``;``, quotes, a spaced dash, "but", "while" …) start a new clause;
    brackets hold an embedded clause, after which the outer one goes on. A subordinator ("when", "since", "because" …) opens a subordinate clause that
    runs to the next comma, after which the main clause goes on with its own id; followed
    at once by a date it is a preposition ("before May") and opens nothing.

    Args:
        text: A sentence.
        dates: Its date expressions (to tell a preposition from a subordinator).
        lexicon: A loaded temporal lexicon (default the packaged one).

    Returns:
        Segments in text order; equal ids mean the same clause.

    Examples:
        >>> t = "Xi met Putin 39 times since becoming leader, most recently in May."
        >>> [(t[a:b].strip(), k) for a, b, k in clause_ids(t)]
        [('Xi met Putin 39 times', 0), ('since becoming leader,', 1), ('most recently in May.', 0)]
    """
    lex = lexicon or load_lexicon()
    marks: list[tuple[int, int, str]] = []
    strong = [(m.start(), m.end()) for m in lex.clause_breaks.finditer(text)]
    marks += [(a, b, "strong") for a, b in strong]
    starts = sorted(d.char_start for d in dates)
    for m in lex.subordinators.finditer(text):
        nxt = next((p for p in starts if p >= m.end()), None)
        if nxt is not None and re.fullmatch(r"\s*(?:the\s+)?", text[m.end():nxt], re.I):
            continue  # "before the end of 2018": a preposition
        marks.append((m.start(), m.end(), "sub"))
    marks += [(i, i + 1, "comma") for i, c in enumerate(text) if c == ","
              and not any(a <= i < b for a, b in strong)]
    closing = set(lex.brackets.values())
    marks += [(i, i + 1, "open" if c in lex.brackets else "close") for i, c in enumerate(text)
              if c in lex.brackets or c in closing]
    marks.sort()
    out: list[tuple[int, int, int]] = []
    main = cur = 0
    nxt_id, in_sub, pos = 1, False, 0
    outer: list[tuple[int, int, bool]] = []  # (main, current, in_sub) outside each open bracket
    for a, b, kind in marks:
        if a < pos:
            continue
        if kind == "comma" and not in_sub:
            continue
        if kind == "close" and not outer:
            continue
        if kind in ("comma", "close"):
            out.append((pos, b, cur))  # the comma or bracket closes the inner clause
            if kind == "close":
                main, cur, in_sub = outer.pop()
            else:
                cur, in_sub = main, False
            pos = b
            continue
        if a > pos:
            out.append((pos, a, cur))
        pos = a
        if kind == "strong":
            main = cur = nxt_id
            nxt_id, in_sub = nxt_id + 1, False
        elif kind == "open":
            outer.append((main, cur, in_sub))
            main = cur = nxt_id
            nxt_id, in_sub = nxt_id + 1, False
        else:
            cur, nxt_id, in_sub = nxt_id, nxt_id + 1, True
    out.append((pos, len(text), cur))
    return [seg for seg in out if seg[1] > seg[0]]


def _ids_of(segs: list[tuple[int, int, int]], a: int, b: int) -> set[int]:
    return {k for s, e, k in segs if s < max(b, a + 1) and e > a}


def _clause_sets(text: str, dates: Sequence[TimeExpr], lex: TemporalLexicon):
    """Segments, and per date the clause ids it belongs to (a date right before "when" also
    belongs to the when-clause it dates)."""
    segs = clause_ids(text, dates=dates, lexicon=lex)
    rel = {}
    for d in dates:
        ids = _ids_of(segs, d.char_start, d.char_end)
        m = re.match(r"[\s,]*([A-Za-z]+)", text[d.char_end:])
        if m and m.group(1).lower() in lex.date_relative:
            ids |= _ids_of(segs, d.char_end + m.start(1), d.char_end + m.end(1))
        rel[(d.char_start, d.char_end)] = ids
    return segs, rel


def _verb_class(word: str, lex: TemporalLexicon) -> str:
    w = word.lower()
    for name, lemmas in lex.verb_lemmas.items():
        if w in lemmas:
            return name
    return ""


def _class_verbs(text: str, ids: set[int], segs, lex: TemporalLexicon) -> list[tuple[int, int, str]]:
    """Class verbs (not planning ones) in the clauses ``ids``; a class word after a noun
    marker ("the report", "head of state") is a noun and left out."""
    out = []
    for name, rx in lex.verb_classes.items():
        if name == "planning":
            continue  # "planned" is mostly an attribute of the event ("a planned summit")
        for m in rx.finditer(text):
            prev = _WORD.findall(text[max(0, m.start() - 20):m.start()])
            if prev and prev[-1].lower() in lex.noun_markers:
                continue
            if _ids_of(segs, m.start(), m.end()) & ids:
                out.append((m.start(), m.end(), name))
    return sorted(out)


def _is_past(d: TimeExpr, text: str, anchor: date | None, lex: TemporalLexicon) -> bool:
    if anchor is not None and d.end is not None:
        return d.end < anchor
    return bool(lex.past_markers.search(text, d.char_start, d.char_end))


def _fast(text: str, event: tuple[int, int], d: TimeExpr, anchor: date | None,
          lex: TemporalLexicon) -> TimeExpr | None:
    s, e = event
    segs, rel = _clause_sets(text, [d], lex)
    ev_ids = _ids_of(segs, s, e)
    if not rel[(d.char_start, d.char_end)] & ev_ids:
        return None
    verbs = _class_verbs(text, ev_ids, segs, lex)
    gap = lex.verb_date_gap_words
    for vs, ve, name in verbs:
        between = (ve <= d.char_start and vs >= e) or (vs >= d.char_end and ve <= s)
        if between:
            return None  # "Xi will visit, the Kremlin said on Friday" / "said on Friday Xi met"
        if ve <= d.char_start and len(_WORD.findall(text[ve:d.char_start])) <= gap and not (
                ve <= s < d.char_start):
            return None  # "said on Friday": the date of the saying
        if name in ("cancelling", "announcing") and ve <= s and d.char_start >= e \
                and _is_past(d, text, anchor, lex):
            return None  # "cancelled a planned summit last week"
    return d


def _head(doc, a: int, b: int):
    toks = [t for t in doc if t.idx < b and t.idx + len(t.text) > a]
    if not toks:
        return None
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[0]


def _path(t) -> list:
    out = [t]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def _tree(text: str, event: tuple[int, int], dates: list[TimeExpr], doc, anchor: date | None,
          lex: TemporalLexicon) -> TimeExpr | None:
    if doc is None:
        from summitlens.text.parse import parse_one

        doc = parse_one(text)
    ev = _head(doc, *event)
    if ev is None:
        return None
    ev_path = _path(ev)
    ev_ids = {t.i: k for k, t in enumerate(ev_path)}
    best = None
    s, e = event
    segs, rel = _clause_sets(text, dates, lex)
    ev_clauses = _ids_of(segs, s, e)
    for d in dates:
        dh = _head(doc, d.char_start, d.char_end)
        if dh is None:
            continue
        d_path = _path(dh)
        # the date's own tokens do not count as its attachment point
        j = next((k for k, t in enumerate(d_path) if t.i in ev_ids), None)
        if j is None:
            continue
        lca = d_path[j]
        dist = j + ev_ids[lca.i]
        if any(_verb_class(t.lemma_, lex) not in ("", "planning") and t.pos_ in ("VERB", "AUX")
               for t in d_path[1:j]):
            continue  # "As Townhall reported earlier this week, …": the date of the report
        cls = _verb_class(lca.lemma_, lex) or _verb_class(lca.text, lex)
        if lca.i != ev.i and cls and cls != "planning":
            # a date on a reporting/announcing/cancelling verb dates that act, unless it
            # follows the event and is not a past date of the act ("… a trip next month")
            after = d.char_start >= e
            if not after or cls == "reporting" or _is_past(d, text, anchor, lex):
                continue
        in_clause = bool(rel[(d.char_start, d.char_end)] & ev_clauses)
        key = (not in_clause, dist, abs(d.char_start - s))
        if best is None or key < best[0]:
            best = (key, d)
    return best[1] if best else None


def attach_date(text: str, *, event: tuple[int, int], dates: Sequence[TimeExpr], doc=None,
                anchor: date | None = None, lexicon: TemporalLexicon | None = None) -> TimeExpr | None:
    """The date expression that modifies an event of a sentence, or None.

    Args:
        text: The sentence.
        event: ``(start, end)`` of the event in ``text``: a meeting predicate or noun
            ("met", "summit", "trip"), a money amount.
        dates: The sentence's resolved date expressions (offsets local to ``text``).
        doc: A spaCy parse of ``text`` (parsed here when needed and not given).
        anchor: The reference date: a date ending before it, written after a cancelled or
            announced event, dates the cancellation or announcement.
        lexicon: A loaded temporal lexicon (default the packaged one).

    Returns:
        The attached :class:`TimeExpr`, or None when no date modifies the event.

    Examples:
        >>> from summitlens.extract.dates.resolve import resolve_dates
        >>> t = "Putin canceled a planned summit with Xi last week."
        >>> attach_date(t, event=(25, 31), dates=resolve_dates(t, anchor=date(2024, 5, 2))) is None
        True
        >>> t = "Xi met Putin in Moscow on March 21."
        >>> attach_date(t, event=(3, 6), dates=resolve_dates(t, anchor=date(2023, 3, 22))).surface
        'March 21'
    """
    lex = lexicon or load_lexicon()
    s, e = event
    cands = [d for d in dates if d.char_end <= s or d.char_start >= e]
    if not cands:
        return None
    if len(cands) == 1:
        return _fast(text, event, cands[0], anchor, lex)
    nxt = min((d for d in cands if d.char_start >= e), key=lambda d: d.char_start, default=None)
    if nxt is not None and lex.adjacent.fullmatch(text, e, nxt.char_start) \
            and _fast(text, event, nxt, anchor, lex) is not None:
        return nxt  # "$82,300 in 2010": the date right after the event
    return _tree(text, event, cands, doc, anchor, lex)
