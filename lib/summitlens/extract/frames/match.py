"""Finding lexicon terms in text: word-bounded, longest leftmost, context exclusions.

Matching runs on match-form text (straight quotes, ASCII dashes), lower-cased, with the
lexicon's Aho–Corasick automaton of first words and a trie of the following words.

Examples:
    >>> find_terms("A 'no-limits' partnership.")
    [(3, 12, 'no_limits'), (14, 25, 'partnership')]
"""

from __future__ import annotations

import re

from summitlens.extract.frames.lexicon import END, Lexicon, load_lexicon
from summitlens.text.clauses import WORD

__all__ = ["find_terms", "excluded", "flag_of", "in_proper_name"]

# Characters that may separate the words of a multiword term in text_match.
_SEP = " -\"'"


def find_terms(text: str, *, lexicon: Lexicon | None = None) -> list[tuple[int, int, str]]:
    """Lexicon terms in ``text``: boundary-aware, longest leftmost, context exclusions applied.

    Exclusions that depend on the target are not applied here (see
    :func:`summitlens.extract.frames.frame_text`).

    Args:
        text: Text in match form (straight quotes, ASCII dashes); case does not matter.
        lexicon: Compiled lexicon; default :func:`load_lexicon`.

    Returns:
        ``(char_start, char_end, term_id)`` triples, sorted, not overlapping.

    Examples:
        >>> find_terms("A 'no-limits' partnership, not a dictatorship.")
        [(3, 12, 'no_limits'), (14, 25, 'partnership'), (33, 45, 'dictator')]
        >>> find_terms("He is a partner at a law firm.")  # kept: an economic sense, flagged
        [(8, 15, 'partner')]
        >>> find_terms("The sanctions regime held.")
        []
    """
    lx = lexicon or load_lexicon()
    if not text or not len(lx.automaton):
        return []
    low = text.lower()
    n = len(low)
    found: list[tuple[int, int, str]] = []
    for end_idx, (first, node) in lx.automaton.iter(low):
        start = end_idx - len(first) + 1
        if start > 0 and low[start - 1].isalnum():
            continue
        pos = end_idx + 1
        best = None
        while True:
            if END in node and (pos >= n or not low[pos].isalnum()):
                best = (start, pos, node[END])
            j = pos
            while j < n and low[j] in _SEP:
                j += 1
            if j == pos or j >= n:
                break
            k = j
            while k < n and low[k].isalnum():
                k += 1
            nxt = node.get(low[j:k])
            if nxt is None:
                break
            node, pos = nxt, k
        if best is not None:
            found.append(best)
    if not found:
        return []
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str]] = []
    last_end = -1
    for s, e, tid in found:
        if s >= last_end:
            if not excluded(text, s, e, tid, lx, target=None):
                out.append((s, e, tid))
                last_end = e
    return out


def excluded(text: str, s: int, e: int, tid: str, lx: Lexicon, *, target: str | None) -> str:
    """Id of the lexicon exclusion that drops the match ``text[s:e]`` of ``tid`` ('' if none).

    With ``target=None`` only context rules (no ``target`` condition) apply; with a target,
    only the rules conditioned on targets.

    Args:
        text: Sentence in match form.
        s: Match start.
        e: Match end.
        tid: Term id of the match.
        lx: Compiled lexicon.
        target: The match's target, or None for the context-only pass.

    Returns:
        The exclusion rule id, or ''.

    Examples:
        >>> t = "The sanctions regime held."
        >>> bool(excluded(t, 14, 20, "regime", load_lexicon(), target=None))
        True
    """
    for rule in lx.exclusions:
        if tid not in rule.terms or rule.flag:
            continue
        if rule.targets is not None:
            if target is None or target not in rule.targets:
                continue
        elif target is not None:
            continue  # context-only rules were applied already
        if _context_holds(rule, text, s, e):
            return rule.rule_id
    return ""


def flag_of(text: str, s: int, e: int, tid: str, lx: Lexicon, *, target: str = "") -> str:
    """The flag of the first flag rule (``flag:`` in ``frames.yml``) that holds ('' when none).

    Flagged terms (proper names, economic senses) stay in ``frame_terms`` but scores leave
    them out. A ``proper_name`` rule needs a capitalised match.

    Args:
        text: Sentence in match form.
        s: Match start.
        e: Match end.
        tid: Term id of the match.
        lx: Compiled lexicon.
        target: The match's target (for rules conditioned on targets).

    Returns:
        The flag, e.g. ``economic`` or ``proper_name``, or ''.

    Examples:
        >>> t = "China is Russia's largest trading partner."
        >>> flag_of(t, 34, 41, "partner", load_lexicon())
        'economic'
    """
    for rule in lx.exclusions:
        if not rule.flag or tid not in rule.terms:
            continue
        if rule.targets is not None and target not in rule.targets:
            continue
        if rule.flag == "proper_name" and not text[s:s + 1].isupper():
            continue
        if _context_holds(rule, text, s, e):
            return rule.flag
    return ""


def _context_holds(rule, text: str, s: int, e: int) -> bool:
    """True when the match ``text[s:e]`` meets the context conditions of an exclusion or flag
    rule: inside a proper name when ``proper_name`` says so, ``before`` found in the 80
    characters before it, ``after`` in the 120 characters after it."""
    if rule.proper_name and not in_proper_name(text, s, e):
        return False
    if rule.before is not None and not rule.before.search(text[max(0, s - 80):s]):
        return False
    if rule.after is not None and not rule.after.search(text[e:e + 120]):
        return False
    return True


_CAP_BEFORE = re.compile(r"(?:[A-Z][\w&'\u2019.]*|[A-Z]{2,})[\s-]+$")
_CAP_AFTER = re.compile(r"^[\s-]+(?:[A-Z][\w&'\u2019.]*)")


def in_proper_name(text: str, s: int, e: int) -> bool:
    """True when a capitalised match sits inside a name: "Countryside Alliance", "Allied Domecq".

    Examples:
        >>> in_proper_name("He joined the Countryside Alliance today.", 26, 34)
        True
        >>> in_proper_name("Alliance with Russia is the goal.", 0, 8)
        False
    """
    if not text[s:s + 1].isupper():
        return False
    words = WORD.findall(text)
    if words and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
        return False  # a Title Case headline: capitals say nothing about names
    before = text[max(0, s - 40):s]
    at_start = not before.strip() or before.rstrip()[-1:] in ".!?:\"\u201c'"
    if _CAP_BEFORE.search(before) and not at_start:
        return True
    return bool(_CAP_AFTER.match(text[e:e + 40])) and not text[e:e + 40].lstrip(" -").startswith(("I ", "I'"))
