"""The frame lexicon: brace patterns expanded to forms, compiled into an Aho–Corasick automaton.

The lexicon is data (``resources/frames.yml``): term entries with an id, a category, a weight
and brace patterns ("dictator{,s,ship}"), plus context exclusions.

Examples:
    >>> load_lexicon().forms["dictatorships"]
    'dictator'
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from itertools import product

import ahocorasick

from summitlens.rules import load_rules, rules_path

__all__ = ["TermEntry", "Exclusion", "Lexicon", "expand_pattern", "lexicon_from_dict", "load_lexicon",
           "END"]

_BRACE = re.compile(r"\{([^{}]*)\}")
#: Trie key marking the end of a form.
END = "\x00"


def expand_pattern(pattern: str) -> list[str]:
    """Expand brace groups of a lexicon pattern into literal lower-case forms.

    Args:
        pattern: A term pattern such as ``"dictator{,s,ship}"``; groups multiply out.

    Returns:
        The forms, in order, without duplicates, whitespace collapsed.

    Examples:
        >>> expand_pattern("dictator{,s,ship}")
        ['dictator', 'dictators', 'dictatorship']
        >>> expand_pattern("{close,deep} {ties,friendship}")
        ['close ties', 'close friendship', 'deep ties', 'deep friendship']
    """
    parts = _BRACE.split(pattern)
    literals, groups = parts[0::2], [g.split(",") for g in parts[1::2]]
    out: dict[str, None] = {}
    for combo in product(*groups) if groups else [()]:
        s = literals[0]
        for alt, lit in zip(combo, literals[1:]):
            s += alt + lit
        s = " ".join(s.lower().split())
        if s:
            out[s] = None
    return list(out)


@dataclass(frozen=True)
class TermEntry:
    """One lexicon entry (all its forms share id, category and weight)."""

    term_id: str
    category: str
    weight: float


@dataclass(frozen=True)
class Exclusion:
    """A rule that drops a match of some term ids in a given context."""

    rule_id: str
    terms: frozenset[str]
    before: re.Pattern | None
    after: re.Pattern | None
    targets: frozenset[str] | None
    proper_name: bool = False
    #: A flag rule keeps the match and records this flag (``proper_name``, ``economic``).
    flag: str = ""


@dataclass
class Lexicon:
    """A compiled frame lexicon: term forms in an Aho–Corasick automaton, exclusions."""

    categories: dict[str, str]
    entries: dict[str, TermEntry]
    forms: dict[str, str]  # form (words joined by single spaces) -> term_id
    exclusions: list[Exclusion]
    automaton: ahocorasick.Automaton = field(repr=False)
    source: str = ""

    @property
    def vocabulary(self) -> list[str]:
        """Single-space forms, e.g. for ``CountVectorizer(vocabulary=…)``."""
        return sorted(self.forms)


@functools.lru_cache(maxsize=8)
def _load_lexicon_cached(path: str, extended: bool) -> Lexicon:
    return lexicon_from_dict(load_rules(path), source=path, extended=extended)


def lexicon_from_dict(data: dict, *, source: str = "<dict>", extended: bool = False) -> Lexicon:
    """Compile a lexicon from its YAML structure (see ``resources/frames.yml``).

    Args:
        data: Mapping with ``terms`` (list of entries with ``id``, ``category``, ``term``,
            optional ``weight`` and ``forms``), optional ``categories``, ``exclusions`` and
            ``rules_off`` (exclusion rule ids kept in the file but switched off).
        source: Name recorded for error messages.
        extended: Also compile entries marked ``core: false``.

    Returns:
        The compiled :class:`Lexicon`.

    Raises:
        ValueError: On a duplicate id or a form claimed by two entries.

    Examples:
        >>> lx = lexicon_from_dict({"terms": [{"id": "ally", "category": "partnership",
        ...                                    "term": "all{y,ies}"}]})
        >>> sorted(lx.forms)
        ['allies', 'ally']
    """
    categories = dict(data.get("categories") or {})
    entries: dict[str, TermEntry] = {}
    forms: dict[str, str] = {}
    all_ids = {str(raw["id"]) for raw in data.get("terms") or []}
    for raw in data.get("terms") or []:
        if not extended and raw.get("core", True) is False:
            continue
        tid, cat = str(raw["id"]), str(raw["category"])
        if tid in entries:
            raise ValueError(f"{source}: duplicate term id {tid!r}")
        categories.setdefault(cat, "")
        entries[tid] = TermEntry(tid, cat, float(raw.get("weight", 1.0)))
        all_forms = dict.fromkeys(expand_pattern(str(raw["term"])))
        for extra in raw.get("forms") or []:
            all_forms.update(dict.fromkeys(expand_pattern(str(extra))))
        for f in all_forms:
            # Hyphens and quotes between words are matched like spaces.
            f = " ".join(re.split(r"[\s\-\"']+", f)).strip()
            if f in forms and forms[f] != tid:
                raise ValueError(f"{source}: form {f!r} is claimed by {forms[f]!r} and {tid!r}")
            forms[f] = tid
    exclusions = []
    off = {str(x) for x in data.get("rules_off") or []}
    for raw in data.get("exclusions") or []:
        if str(raw.get("id")) in off:
            continue
        terms = frozenset(str(t) for t in raw.get("terms") or [])
        unknown = terms - all_ids
        if unknown:
            raise ValueError(f"{source}: exclusion {raw.get('id')!r} names unknown terms {sorted(unknown)}")
        terms = terms & set(entries)
        if not terms:
            continue
        exclusions.append(Exclusion(
            rule_id=str(raw["id"]),
            terms=terms,
            before=re.compile(raw["before"], re.I) if raw.get("before") else None,
            after=re.compile(raw["after"], re.I) if raw.get("after") else None,
            targets=frozenset(raw["target"]) if raw.get("target") else None,
            proper_name=bool(raw.get("proper_name", False)),
            flag=str(raw.get("flag") or ""),
        ))
    # Automaton keys: the first word of each form; the following words are walked in a
    # trie of words at each hit (so optional words cost nothing when absent).
    auto = ahocorasick.Automaton()
    roots: dict[str, dict] = {}
    for f, tid in forms.items():
        words = f.split(" ")
        node = roots.setdefault(words[0], {})
        for w in words[1:]:
            node = node.setdefault(w, {})
        node[END] = tid
    for first, node in roots.items():
        auto.add_word(first, (first, node))
    if len(auto):
        auto.make_automaton()
    return Lexicon(categories, entries, forms, exclusions, auto, source)


def load_lexicon(path: str | os.PathLike[str] | None = None, *, extended: bool = False) -> Lexicon:
    """Load and compile a frame lexicon (cached per path).

    Args:
        path: YAML file; default the packaged ``resources/frames.yml``.
        extended: Also match the entries marked ``core: false`` (beyond ANNOTATION.md's units).

    Returns:
        The compiled :class:`Lexicon`.

    Examples:
        >>> lx = load_lexicon()
        >>> sorted(lx.categories)[:2]
        ['authoritarian', 'partnership']
        >>> lx.forms["dictatorships"]
        'dictator'
    """
    return _load_lexicon_cached(str(rules_path(path, default="frames.yml")), extended)
