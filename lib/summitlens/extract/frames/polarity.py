"""Polarity of a frame term: negated ("not a dictatorship") or hedged ("so-called alliance").

Both look at a word window before the term that stops at clause boundaries
(:mod:`summitlens.text.clauses`); the cue words are data (``resources/frame_cues.yml``).

Examples:
    >>> negation_cue("Russia is not a dictatorship", 16, cues=load_cues())
    'not'
"""

from __future__ import annotations

import re

from summitlens.extract.frames.cues import Cues, load_cues
from summitlens.extract.frames.scope import _syntax
from summitlens.text.clauses import STRONG_MARKS, WORD, clause_start

__all__ = ["negation_cue", "hedge_cue", "scare_quoted", "tight_quote", "phrase_quote", "quoted_list",
           "propagate_negation"]


def negation_cue(text: str, s: int, *, cues: Cues) -> str:
    """The negation cue scoping over a term starting at ``s`` ('' when none).

    Args:
        text: Sentence in match form.
        s: Start of the term.
        cues: Compiled cues.

    Returns:
        The last negation cue (lower case) in the term's clause window, pseudo-negations
        ("not only") excepted.

    Examples:
        >>> negation_cue("not only allies", 9, cues=load_cues())
        ''
    """
    start = clause_start(text, s, breaks=cues.scope_breaks, window_words=cues.negation_window)
    seg = text[start:s]
    if not seg.strip():
        return ""
    pseudo = [m.span() for m in cues.negation_pseudo.finditer(text, max(0, start - 10), min(len(text), s + 30))]
    hit = ""
    for m in cues.negation.finditer(seg):
        a, b = m.start() + start, m.end() + start
        if any(pa < b and a < pb for pa, pb in pseudo):
            continue
        hit = m.group(0)
    return hit.lower()


def hedge_cue(text: str, s: int, *, cues: Cues) -> str:
    """The hedge cue before a term starting at ``s`` ('' when none).

    Examples:
        >>> hedge_cue("the so-called alliance", 14, cues=load_cues())
        'so-called'
    """
    start = clause_start(text, s, window_words=cues.hedge_window + 1, marks=STRONG_MARKS)
    seg = text[start:s]
    m = None
    for m in cues.hedge.finditer(seg):
        pass
    return m.group(0).lower() if m else ""


_OPEN = "\"'\u201c\u2018\u00ab"
_CLOSE = "\"'\u201d\u2019\u00bb"


def tight_quote(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The quotation marks right around a term ``[s, e)`` (a trailing comma or full stop may sit
    inside the closing mark), as ``(open index, close index)``; None when the term is not
    quoted on its own.

    Examples:
        >>> tight_quote("entities it designated as 'friends' and", 27, 34)
        (26, 34)
        >>> tight_quote("Putin's friends", 8, 15) is None
        True
    """
    o = s - 1
    if o < 0 or text[o] not in _OPEN or (o > 0 and (text[o - 1].isalnum())):
        return None
    c = _closing_mark(text, e)
    if c is None:
        return None
    if _unpaired(text[o], text[c]):
        return None  # "getting “friends’ wives into bed”": a possessive apostrophe closes nothing
    return o, c


def _closing_mark(text: str, e: int) -> int | None:
    """Index of the quotation mark closing a term that ends at ``e`` (a trailing comma or full
    stop may sit inside it), not followed by a letter; None when there is none."""
    c = e
    if c < len(text) and text[c] in ",." and c + 1 < len(text) and text[c + 1] in _CLOSE:
        c += 1
    if c >= len(text) or text[c] not in _CLOSE or (c + 1 < len(text) and text[c + 1].isalpha()):
        return None
    return c


def _unpaired(open_mark: str, close_mark: str) -> bool:
    """Whether an opening and a closing mark are of different kinds (a double mark closed by a
    single one, an apostrophe: ``scope_syntax.rules_off`` id ``paired_marks``)."""
    if "paired_marks" in _syntax()["rules_off"]:
        return False
    double = "\"\u201c\u201d\u00ab\u00bb"
    return (open_mark in double) != (close_mark in double)


# A quoted item of a series: an opening mark after a space, a few words (a comma may sit inside
# the closing mark), a closing mark; items joined by a comma, "and" or "or", an article allowed.
_QUOTED_ITEM = r"(?:(?<=\s)|(?<=^))[\"\u201c][^\"\u201c\u201d]{1,40}?[\"\u201d](?![\w])"
_LIST_SEP = r"\s*,?\s+(?:(?:and|or)\s+)?(?:(?:the|a|an)\s+)?"
_QUOTED_SERIES = re.compile(rf"{_QUOTED_ITEM}(?:{_LIST_SEP}{_QUOTED_ITEM})+")


def quoted_list(text: str, o: int, c: int, *, min_items: int = 3) -> bool:
    """Whether the quotation ``text[o:c + 1]`` is one of at least ``min_items`` quoted words in a
    series ("the “activists,” the “allies” and the “operatives”", "a “child”, a “dictator”, a
    “horrible human being”"): somebody's list of names or words, not the author's scare quote
    (``scope_syntax.quoted_list_items``; rule ``quoted_list``).

    Examples:
        >>> quoted_list('the "activists," the "allies" and the "operatives," who', 21, 28)
        True
        >>> quoted_list('We are "friends" or "not friends."', 7, 15)
        False
    """
    if min_items < 2:
        return False
    for m in _QUOTED_SERIES.finditer(text):
        if m.start() <= o and c < m.end():
            return len(re.findall(_QUOTED_ITEM, m.group(0))) >= min_items
    return False


def phrase_quote(text: str, s: int, e: int, *, max_words: int = 2) -> tuple[int, int] | None:
    """Quotation marks around a short phrase that ends in the term ``[s, e)`` (at most
    ``max_words`` words before it inside the marks: "not some 'fat friend'"), as
    ``(open index, close index)``; None otherwise (a phrase going on after the term, "an
    “authoritarian impulse”", is not the term's quotation).

    Examples:
        >>> phrase_quote("not some 'fat friend' or", 14, 20)
        (9, 20)
        >>> phrase_quote("an 'authoritarian impulse'", 4, 17) is None
        True
    """
    c = _closing_mark(text, e)
    if c is None or max_words < 1:
        return None
    m = re.search(rf"([{re.escape(_OPEN)}])((?:[A-Za-z][\w-]*\s+){{1,{max_words}}})$", text[max(0, s - 80):s])
    if m is None:
        return None
    o = max(0, s - 80) + m.start(1)
    if o > 0 and text[o - 1].isalnum():
        return None
    return o, c


def _bare_label(doc, s: int, e: int, o: int, cues: Cues, *, own: bool = False) -> bool:
    """A quoted noun the author applies to others: a common noun with no possessor, after an
    article or number at most ("entities it designated as “friends”", "sanctions on the
    “dictatorship” of Maduro", "blocking a “friend” on social media", "more than 50 “partners”"),
    not the speaker's own noun phrase ("his “friend” Ailes", "a “friend” of his") nor a word a
    reporting verb calls so (:func:`_reported`: "called Romney a “friend”", "said that Mugabe
    was a “dictator”", "such categories as “friends”")."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    adjective = root.pos_ == "ADJ" and root.dep_ == "amod" and root.head.pos_ == "NOUN" \
        and "adjective_scare_quote" not in _syntax()["rules_off"]  # "for “friendly” purposes"
    if root.pos_ != "NOUN" and not adjective:
        return False
    if own:
        return not _reported(root, cues)  # nested in the speaker's quotation: the speaker's marks
    if any(c.dep_ == "poss" for c in root.children):
        return False
    after = [t for t in doc if t.idx >= e and not t.is_punct][:2]
    if len(after) == 2 and after[0].lower_ == "of" and after[1].tag_ in ("PRP", "PRP$"):
        return False  # "a “friend” of his": a possessor after the noun
    prev = [t for t in doc if t.idx < o and not t.is_punct]
    if prev and prev[-1].tag_ in ("PRP$", "WP$", "POS"):
        return False  # "his “friend” Ailes": the speaker's own noun phrase
    before = doc.text[:o].rstrip(" :,")[-40:]
    last = list(cues.verbs.finditer(before))
    if last and last[-1].end() == len(before):
        return False
    return not _reported(root, cues)


_PREDICATE = ("oprd", "attr", "acomp")


def quoted_name(text: str, s: int, e: int) -> bool:
    """Whether the term ``[s, e)`` is a capitalised word quoted on its own inside a sentence that
    is not in title case: a name in quotation marks (a show, a centre: "watching "Friends"
    reruns", "at the “Friends” center"), not a scare quote (rule ``quoted_name``); a headline in
    title case ("Will “Autocratic” Trump Regime Allow Elections?") capitalises every word.

    Examples:
        >>> quoted_name('at the "Friends" center in Elchingen', 8, 15)
        True
        >>> quoted_name('Will "Autocratic" Trump Regime Allow Elections?', 6, 16)
        False
        >>> quoted_name('a "friendly" subpoena', 3, 11)
        False
    """
    if "quoted_name" in _syntax()["rules_off"]:
        return False
    tq = tight_quote(text, s, e)
    word = text[s:e]
    if tq is None or not word[:1].isupper() or word.isupper() or not text[:tq[0]].strip(" \"'\u201c\u2018"):
        return False
    if re.search(r"[.!?:]\s*$", text[:tq[0]]):
        return False  # a sentence (or a clause after a colon) opening with the word
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text[:s] + " " + text[e:]) if len(w) > 3]
    return sum(w[0].isupper() for w in words) * 2 <= len(words)


def _named(doc, s: int, e: int) -> bool:
    """Whether a naming verb (``scope_syntax.naming_verbs``: call, dub, brand …) takes the term
    ``[s, e)`` as its object predicate or "as"-complement ("call Biden a “friend”", "branded
    him a “dictator”")."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span.root
    while t.dep_ in ("conj", "appos") and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        t = t.head
    naming = _syntax()["naming_verbs"]
    if t.dep_ == "pobj" and t.head.lower_ == "as":
        return t.head.head.lower_ in naming
    return t.dep_ in ("oprd", "attr", "dobj") and t.head.lower_ in naming and (
        t.dep_ != "dobj" or any(c.dep_ in ("dobj", "dative") and c.i < t.i for c in t.head.children))


def _reported(tok, cues: Cues) -> bool:
    """Whether a reporting verb takes the phrase of ``tok`` as what is said or called: its object
    predicate or "as"-complement ("called Romney a “friend”", "see Russia as a “partner”"), or
    the predicate of the clause it reports ("said that Mugabe was a “dictator”"); or the phrase
    names words (``scope_syntax.mention_nouns``: "the words “friendly”")."""
    mention = _syntax()["mention_nouns"]
    t = tok
    for _ in range(8):
        if t.dep_ in ("conj", "appos", "amod", "compound") and t.head.i != t.i \
                and t.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            t = t.head
            if t.lower_ in mention:
                return True
            continue
        break

    def reporting(v) -> bool:
        return bool(cues.verbs.fullmatch(v.lower_) or cues.verbs.fullmatch(v.text))

    if t.dep_ == "pobj" and t.head.lower_ == "as":
        return reporting(t.head.head) or t.head.head.lower_ in mention  # "such categories as “friends”"
    if t.dep_ not in _PREDICATE:
        return False
    return reporting(t.head) or (t.head.dep_ in ("ccomp", "xcomp") and reporting(t.head.head))


def scare_quoted(text: str, s: int, e: int, quote: tuple[int, int], *, para_quote, cues: Cues,
                 attributed: bool, doc=None) -> bool:
    """True when a quoted term stands alone in its quotation, with nobody quoted.

    In a sentence that names a source, a term quoted on its own (:func:`tight_quote`) is still
    the author's scare quote when it is a common noun the author applies to others (an article or
    a number before it allowed, issue 13 third pass) and no reporting verb calls it so (with
    ``doc``, the sentence's parse): "entities it designated as “friends”", "sanctions on the
    “dictatorship” of Maduro, the White House said".

    Args:
        text: Sentence in match form.
        s: Term start (sentence offset).
        e: Term end.
        quote: The quotation (sentence offsets) holding the term.
        para_quote: The paragraph's quotation holding the term (paragraph offsets) or None.
        cues: Compiled cues (``scare_extra_words``).
        attributed: Whether the sentence names a source.

    Returns:
        Whether the quotes are scare quotes.

    Examples:
        >>> scare_quoted('a "partnership"', 3, 14, (2, 15), para_quote=(2, 15),
        ...              cues=load_cues(), attributed=False)
        True
    """
    inner = text[quote[0]:quote[1]]
    extra = len(WORD.findall(inner)) - len(WORD.findall(text[s:e]))
    short = para_quote is not None and (para_quote[1] - para_quote[0]) <= (e - s) + 12
    syn = _syntax()
    if doc is not None and "named_quote" not in syn["rules_off"] and _named(doc, s, e):
        # A word a naming verb gives somebody ("call Biden a “friend”") cites that person's
        # word, even with no source named (``scope_syntax.naming_verbs``).
        return False
    if quoted_name(text, s, e):
        return False  # "watching "Friends" reruns": a name in quotation marks
    tight = tq = tight_quote(text, s, e)
    if tq is not None and "quoted_list" not in syn["rules_off"] \
            and quoted_list(text, tq[0], tq[1], min_items=syn["quoted_list_items"]):
        return False  # "the “activists,” the “allies” and the “operatives”": a list of names
    if extra <= cues.scare_extra_words and short and not attributed:
        return True
    if doc is None:
        return False
    nested = False
    if "phrase_scare_quote" not in syn["rules_off"]:
        # Marks nested inside the speaker's quotation, around the term or a short phrase ending
        # in it: the speaker's own scare quotes ("“… I'm not some 'fat friend' …”", "“… the
        # prior rape of his 'friend' …”"), even with a possessor. On their own such marks quote
        # somebody's phrase ("backing a “murderous regime”", "on “Fox and Friends”").
        if tq is None:
            tq = phrase_quote(text, s, e, max_words=syn["scare_phrase_words"])
        nested = tq is not None and quote[0] < tq[0] and tq[1] < quote[1] - 1
        if tq is not None and tq != tight and not nested:
            tq = None
    return tq is not None and _bare_label(doc, s, e, tq[0], cues, own=nested)


_COORD = re.compile(r"^[\s,]*(or|nor|and)\s+(?:(?:an?|the|any|their|its|our)\s+)?(?:[\w-]+\s+){0,1}$", re.I)


def propagate_negation(text: str, rows: list[dict]) -> None:
    """"not a partnership or an alliance": a negation carries over coordinated terms (in place).

    Args:
        text: Sentence in match form.
        rows: Term rows of the sentence in text order, with ``char_start_local``,
            ``char_end_local``, ``negated`` and ``negation_cue``.

    Examples:
        >>> rows = [{"char_start_local": 6, "char_end_local": 17, "negated": True, "negation_cue": "not"},
        ...         {"char_start_local": 24, "char_end_local": 32, "negated": False, "negation_cue": ""}]
        >>> propagate_negation("not a partnership or an alliance", rows); rows[1]["negated"]
        True
    """
    for prev, cur in zip(rows, rows[1:]):
        if prev["negated"] and not cur["negated"]:
            gap = text[prev["char_end_local"]:cur["char_start_local"]]
            if _COORD.match(gap):
                cur["negated"], cur["negation_cue"] = True, prev["negation_cue"]
