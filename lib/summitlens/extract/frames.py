"""Frame terms: lexicon matching with voice, speaker, negation, hedging and target.

Rules and word lists are data (``resources/frames.yml``, ``resources/frame_cues.yml``);
this module only applies them. Matching runs on ``sentences.text_match`` (straight quotes,
ASCII dashes, same offsets as ``text``), lower-cased, with an Aho–Corasick automaton of
every expanded term form; a hit counts only at word boundaries, and the longest
leftmost match wins where terms overlap.

Each occurrence gets:

* ``voice``: ``quoted`` when any word of the term is inside quotation marks (quotes are
  paired over the whole paragraph, so a quotation may span sentences), ``paraphrase``
  when the sentence reports speech without quotes ("X said that …", "according to X",
  "…, X said."), else ``authorial``;
* ``speaker``: the source named by the sentence (or, for a quotation, by a sentence of the
  same paragraph that shares the quotation), empty when none;
* ``negated``: a negation cue within a few words before the term, in the same clause;
* ``hedged``: a hedge cue before the term ("so-called", "what critics call") or scare
  quotes (the quotation holds little more than the term and nobody is quoted);
* ``target``: ``relationship``, ``russia``, ``china``, ``leader`` or ``other``, from the
  entity mentions near the term (a small lexicon in ``frame_cues.yml``).
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path

import ahocorasick
import pandas as pd
import yaml

from summitlens import paths

__all__ = [
    "Lexicon",
    "Cues",
    "FRAME_TERM_COLUMNS",
    "expand_pattern",
    "load_lexicon",
    "load_cues",
    "find_terms",
    "quote_spans",
    "frame_text",
    "extract_frame_terms",
]

VOICES = ("authorial", "quoted", "paraphrase")
TARGETS = ("relationship", "russia", "china", "leader", "other")

FRAME_TERM_COLUMNS = (
    "doc_id", "sentence_no", "paragraph_no", "char_start", "char_end", "surface", "term",
    "term_id", "category", "weight", "voice", "speaker", "negated", "negation_cue", "hedged",
    "hedge_cue", "target", "is_headline", "sentence",
)

_WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")
_BRACE = re.compile(r"\{([^{}]*)\}")
# Characters that may separate the words of a multiword term in text_match.
_SEP = " -\"'"
_END = "\x00"  # trie key marking the end of a form


# --------------------------------------------------------------------------- lexicon
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
def _load_lexicon_cached(path: str) -> Lexicon:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return lexicon_from_dict(data, source=path)


def lexicon_from_dict(data: dict, *, source: str = "<dict>") -> Lexicon:
    """Compile a lexicon from its YAML structure (see ``resources/frames.yml``).

    Args:
        data: Mapping with ``terms`` (list of entries with ``id``, ``category``, ``term``,
            optional ``weight`` and ``forms``), optional ``categories`` and ``exclusions``.
        source: Name recorded for error messages.

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
    for raw in data.get("terms") or []:
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
    for raw in data.get("exclusions") or []:
        terms = frozenset(str(t) for t in raw.get("terms") or [])
        unknown = terms - set(entries)
        if unknown:
            raise ValueError(f"{source}: exclusion {raw.get('id')!r} names unknown terms {sorted(unknown)}")
        exclusions.append(Exclusion(
            rule_id=str(raw["id"]),
            terms=terms,
            before=re.compile(raw["before"], re.I) if raw.get("before") else None,
            after=re.compile(raw["after"], re.I) if raw.get("after") else None,
            targets=frozenset(raw["target"]) if raw.get("target") else None,
            proper_name=bool(raw.get("proper_name", False)),
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
        node[_END] = tid
    for first, node in roots.items():
        auto.add_word(first, (first, node))
    if len(auto):
        auto.make_automaton()
    return Lexicon(categories, entries, forms, exclusions, auto, source)


def load_lexicon(path: str | os.PathLike[str] | None = None) -> Lexicon:
    """Load and compile a frame lexicon (cached per path).

    Args:
        path: YAML file; default the packaged ``resources/frames.yml``.

    Returns:
        The compiled :class:`Lexicon`.

    Examples:
        >>> lx = load_lexicon()
        >>> sorted(lx.categories)[:2]
        ['authoritarian', 'partnership']
        >>> lx.forms["dictatorships"]
        'dictator'
    """
    return _load_lexicon_cached(str(Path(path) if path else paths.resource("frames.yml")))


# ------------------------------------------------------------------------------ cues
def _phrase_regex(phrases, *, suffix=r"\s*$") -> re.Pattern:
    alts = sorted({" ".join(str(p).lower().split()) for p in phrases}, key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts)
    return re.compile(rf"(?:(?<![\w'-])|(?<=\s))(?:{body})(?![\w]){suffix}" if suffix else
                      rf"(?<![\w'-])(?:{body})(?![\w])", re.I)


@dataclass
class Cues:
    """Compiled cue lexicons (negation, hedges, attribution, target mentions)."""

    negation: re.Pattern
    negation_pseudo: re.Pattern
    negation_window: int
    scope_breaks: frozenset[str]
    hedge: re.Pattern
    hedge_window: int
    scare_extra_words: int
    verbs: re.Pattern
    source_phrases: re.Pattern
    impersonal: re.Pattern
    source_nouns: frozenset[str]
    target_patterns: dict[str, re.Pattern]
    target_window: int
    person_terms: frozenset[str]


@functools.lru_cache(maxsize=8)
def _load_cues_cached(path: str) -> Cues:
    with open(path, encoding="utf-8") as fh:
        d = yaml.safe_load(fh)
    neg, hed, att, tgt = d["negation"], d["hedges"], d["attribution"], d["targets"]
    return Cues(
        negation=_phrase_regex(neg["cues"], suffix=None),
        negation_pseudo=_phrase_regex(neg.get("pseudo") or ["\x00"], suffix=None),
        negation_window=int(neg.get("window", 6)),
        scope_breaks=frozenset(w.lower() for w in neg.get("scope_breaks") or []),
        hedge=_phrase_regex(hed["cues"], suffix=None),
        hedge_window=int(hed.get("window", 4)),
        scare_extra_words=int(hed.get("scare_quote_max_extra_words", 1)),
        verbs=re.compile(r"(?<![\w-])(?:" + "|".join(sorted({re.escape(v) for v in att["verbs"]},
                                                            key=len, reverse=True)) + r")(?![\w-])"),
        source_phrases=_phrase_regex(att["source_phrases"], suffix=None),
        impersonal=_phrase_regex(att.get("impersonal") or ["\x00"], suffix=None),
        source_nouns=frozenset(w.lower() for w in att.get("source_nouns") or []),
        target_patterns={k: re.compile("|".join(v)) for k, v in tgt.items()
                         if k in ("russia", "china", "leader", "relationship")},
        target_window=int(tgt.get("window", 120)),
        person_terms=frozenset(tgt.get("person_terms") or []),
    )


def load_cues(path: str | os.PathLike[str] | None = None) -> Cues:
    """Load the cue lexicons (cached per path).

    Args:
        path: YAML file; default the packaged ``resources/frame_cues.yml``.

    Returns:
        The compiled :class:`Cues`.

    Examples:
        >>> bool(load_cues().negation.search("no longer partners"))
        True
    """
    return _load_cues_cached(str(Path(path) if path else paths.resource("frame_cues.yml")))


# -------------------------------------------------------------------------- matching
def _is_word_char(c: str) -> bool:
    return c.isalnum()


def find_terms(text: str, *, lexicon: Lexicon | None = None) -> list[tuple[int, int, str]]:
    """Lexicon terms in ``text``: boundary-aware, longest leftmost, context exclusions applied.

    Exclusions that depend on the target are not applied here (see :func:`frame_text`).

    Args:
        text: Text in match form (straight quotes, ASCII dashes); case does not matter.
        lexicon: Compiled lexicon; default :func:`load_lexicon`.

    Returns:
        ``(char_start, char_end, term_id)`` triples, sorted, not overlapping.

    Examples:
        >>> find_terms("A 'no-limits' partnership, not a dictatorship.")
        [(3, 25, 'no_limits'), (33, 45, 'dictator')]
        >>> find_terms("He is a partner at a law firm.")
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
            if _END in node and (pos >= n or not low[pos].isalnum()):
                best = (start, pos, node[_END])
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
            if not _excluded(text, s, e, tid, lx, target=None):
                out.append((s, e, tid))
                last_end = e
    return out


def _excluded(text: str, s: int, e: int, tid: str, lx: Lexicon, *, target: str | None) -> str:
    for rule in lx.exclusions:
        if tid not in rule.terms:
            continue
        if rule.targets is not None:
            if target is None or target not in rule.targets:
                continue
        elif target is not None:
            continue  # context-only rules were applied already
        if rule.proper_name and not _in_proper_name(text, s, e):
            continue
        if rule.before is not None and not rule.before.search(text[max(0, s - 80):s]):
            continue
        if rule.after is not None and not rule.after.search(text[e:e + 120]):
            continue
        return rule.rule_id
    return ""


_CAP_BEFORE = re.compile(r"(?:[A-Z][\w&'\u2019.]*|[A-Z]{2,})[\s-]+$")
_CAP_AFTER = re.compile(r"^[\s-]+(?:[A-Z][\w&'\u2019.]*)")


def _in_proper_name(text: str, s: int, e: int) -> bool:
    """True when a capitalised match sits inside a name: "Countryside Alliance", "Allied Domecq"."""
    if not text[s:s + 1].isupper():
        return False
    words = _WORD.findall(text)
    if words and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
        return False  # a Title Case headline: capitals say nothing about names
    before = text[max(0, s - 40):s]
    at_start = not before.strip() or before.rstrip()[-1:] in ".!?:\"\u201c'"
    if _CAP_BEFORE.search(before) and not at_start:
        return True
    return bool(_CAP_AFTER.match(text[e:e + 40])) and not text[e:e + 40].lstrip(" -").startswith(("I ", "I'"))


# ---------------------------------------------------------------------------- quotes
_OPEN_ONLY = "\u201c\u201e\u00ab"
_CLOSE_ONLY = "\u201d\u00bb"
_DOUBLE = _OPEN_ONLY + _CLOSE_ONLY + '"'
_SINGLE_OPEN = "\u2018"
_SINGLE_ANY = "\u2018\u2019'"
_QUOTE_CHARS = re.compile("[" + re.escape(_DOUBLE + _SINGLE_ANY) + "]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quotations in a paragraph (the quote marks included).

    Double quotes (straight or curly) pair up using the side they touch a word on; single
    quotes count only when they open after a space and close before a non-letter (so
    apostrophes are ignored). A quotation still open at the end runs to the end.

    Args:
        text: Paragraph text with original or straight quotes.

    Returns:
        Sorted ``(start, end)`` spans, end exclusive.

    Examples:
        >>> quote_spans('He said "no limits" today.')
        [(8, 19)]
        >>> quote_spans("Russia's \u2018boundless\u2019 ties")
        [(9, 20)]
        >>> quote_spans('\u201cWe are friends. We trust')
        [(0, 25)]
    """
    spans: list[tuple[int, int]] = []
    n = len(text)
    d_open: int | None = None
    s_open: int | None = None
    for qm in _QUOTE_CHARS.finditer(text):
        i, c = qm.start(), qm.group(0)
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        left_space = prev.isspace() or prev in "([{-/\u2014\u2013" or prev in _DOUBLE
        right_space = nxt.isspace() or nxt in ".,;:!?)]}-\u2014\u2013" or nxt in _DOUBLE + _SINGLE_ANY
        if c in _DOUBLE:
            if c in _OPEN_ONLY:
                opening = True
            elif c in _CLOSE_ONLY:
                opening = False
            elif left_space and not right_space:
                opening = True
            elif right_space and not left_space:
                opening = False
            else:
                opening = d_open is None
            if opening and not (c == "\u201d" and left_space and not right_space and d_open is None):
                if d_open is not None:  # an unclosed quotation: close it where a new one opens
                    spans.append((d_open, i))
                d_open = i
            elif d_open is not None:
                spans.append((d_open, i + 1))
                d_open = None
            elif c == "\u201d" and left_space and not right_space:
                d_open = i  # a closing mark typed as an opening one
        else:
            if (c in _SINGLE_OPEN or c == "'" or c == "\u2019") and left_space and not right_space \
                    and nxt.isalpha():
                if c in _SINGLE_OPEN or s_open is None:
                    s_open = i
            elif s_open is not None and not left_space and (right_space or i + 1 == n) \
                    and not (prev == "s" and c != "\u2019" and False):
                spans.append((s_open, i + 1))
                s_open = None
    if d_open is not None:
        spans.append((d_open, n))
    # Drop single-quote spans that are really long stretches (unpaired apostrophes).
    spans = [(a, b) for a, b in spans if not (text[a] in _SINGLE_ANY and b - a > 200)]
    return sorted(set(spans))


# ------------------------------------------------------------------------- analysis
@dataclass(frozen=True)
class _Para:
    text: str  # original quotes
    match: str  # match form
    quotes: tuple[tuple[int, int], ...]


def _words_before(text: str, pos: int, k: int) -> list[re.Match]:
    """The last k word matches before pos (used for windows)."""
    seg_start = max(0, pos - 12 * k - 20)
    ms = list(_WORD.finditer(text, seg_start, pos))
    return ms[-k:]


def _clause_start(text: str, pos: int, *, breaks: frozenset[str], window_words: int) -> int:
    """Start of the negation/hedge scope before pos: after the last clause break."""
    words = _words_before(text, pos, window_words)
    start = words[0].start() if words else pos
    seg = text[start:pos]
    cut = max((m.end() for m in re.finditer(r"[,;:()\[\]]|\s-\s|--", seg)), default=0)
    start += cut
    for m in _WORD.finditer(text, start, pos):
        if m.group(0).lower() in breaks:
            start = m.end()
    return start


def _negation(text: str, s: int, cues: Cues) -> str:
    start = _clause_start(text, s, breaks=cues.scope_breaks, window_words=cues.negation_window)
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


def _hedge(text: str, s: int, cues: Cues) -> str:
    words = _words_before(text, s, cues.hedge_window + 1)
    start = words[0].start() if words else s
    seg = text[start:s]
    cut = max((m.end() for m in re.finditer(r"[;:()]", seg)), default=0)
    seg = seg[cut:]
    m = None
    for m in cues.hedge.finditer(seg):
        pass
    return m.group(0).lower() if m else ""


def _quote_containing(quotes, s: int, e: int):
    for a, b in quotes:
        if a <= s < b or a < e <= b or (s <= a and b <= e):
            return a, b
    return None


_SPEAKER_STOP = re.compile(r"[,;:()\"\u201c\u201d\[\]]|\s-\s|\.\s")
# A speaker label of an interview or talks transcript: "Vladimir Putin: …",
# "President of the People's Republic of China Xi Jinping (retranslated): …".
_LABEL = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w.'\u2019-]*\s+(?:of\s+(?:the\s+)?)?){0,7}[A-Z][\w.'\u2019-]*)"
                    r"\s*(?:\((?:retranslated|via interpreter|through an interpreter|translated)\))?:\s+(?=\S)")
_RELATIVE = re.compile(r"\s*(who|which)(\s+(has|have|had|also|had\s+also|have\s+also|has\s+long|have\s+long))?\s*$")
_TITLE_WORDS = frozenset("""spokesman spokeswoman spokesperson minister ministry president leader
    ambassador envoy secretary chief official officials adviser advisor foreign affairs state news
    agency press service premier prime general director head of the a an and 's deputy senior
    former top editor columnist analyst analysts expert experts professor fellow commentator
    council committee department office government administration party media newspaper""".split())


def _speaker_before(text: str, pos: int, cues: Cues) -> str:
    """The noun phrase that ends just before a reporting verb at ``pos``."""
    seg = text[max(0, pos - 160):pos]
    m = None
    for m in _SPEAKER_STOP.finditer(seg):
        pass
    if m is not None:
        rel = _RELATIVE.match(seg[m.end():])
        if rel and m.group(0).strip() == ",":
            # "Western nations, who have labeled it …": the speaker precedes the comma.
            return _speaker_before(text, max(0, pos - 160) + m.start(), cues)
        seg = seg[m.end():]
    toks = list(_WORD.finditer(seg))
    keep: list[re.Match] = []
    for t in reversed(toks):
        w = t.group(0)
        lw = w.lower()
        if w[0].isupper() or lw in _TITLE_WORDS or lw in cues.source_nouns or w.endswith("'s"):
            keep.append(t)
            if len(keep) >= 8:
                break
            continue
        if lw in {"has", "have", "had", "also", "then", "once", "previously", "repeatedly", "to", "on",
                  "went", "goes", "go", "continued", "would", "may", "might", "could", "did", "does",
                  "do", "often", "always", "never", "still", "even", "again", "further",
                  "reportedly", "publicly", "later", "recently", "often", "was", "were", "is",
                  "would", "will", "who", "had", "openly", "privately", "himself", "herself"} and not keep:
            continue
        break
    if not keep:
        return ""
    keep.reverse()
    while keep and keep[0].group(0).lower() in {"and", "of", "that", "but", "as", "while"}:
        keep.pop(0)
    if not keep:
        return ""
    words = [k.group(0) for k in keep]
    if not any(w[0].isupper() or w.lower() in cues.source_nouns for w in words):
        return ""
    if len(words) == 1 and words[0].lower() in {"the", "a", "an", "it", "this", "that"}:
        return ""
    return seg[keep[0].start():keep[-1].end()].strip()


def _speaker_after(text: str, pos: int) -> str:
    """The noun phrase that starts at ``pos`` ("… said Xi", "according to the Kremlin")."""
    seg = text[pos:pos + 120]
    cut = _SPEAKER_STOP.search(seg)
    if cut:
        seg = seg[:cut.start()]
    seg = re.split(r"\s+(?:on|in|at|during|that|who|which|when|after|before|last|this|to|as|,)\s", " " + seg.strip(), maxsplit=1)[0].strip()
    seg = seg.rstrip(".")
    words = seg.split()
    if not words or len(words) > 8:
        words = words[:8]
    s = " ".join(words)
    return s if s and (s[0].isupper() or s.split()[0].lower() in {"the", "a", "an", "his", "her", "its", "their", "state", "chinese", "russian"}) else ""


@dataclass
class _Attribution:
    kind: str  # "verb_before", "verb_after" (postposed), "source_phrase"
    start: int
    end: int
    speaker: str


def _attributions(text: str, quotes, cues: Cues) -> list[_Attribution]:
    """Reporting cues outside quotations in a sentence (match form)."""
    def inside(p):
        return any(a <= p < b for a, b in quotes)

    out: list[_Attribution] = []
    for m in cues.impersonal.finditer(text):
        if not inside(m.start()):
            out.append(_Attribution("source_phrase", m.start(), m.end(), ""))
    for m in cues.source_phrases.finditer(text):
        if inside(m.start()):
            continue
        out.append(_Attribution("source_phrase", m.start(), m.end(), _speaker_after(text, m.end())))
    for m in cues.verbs.finditer(text):
        if inside(m.start()):
            continue
        before = text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"(so-|so |what |be |been |is |are |was |were |being )$", before) and \
                m.group(0) in {"called", "described", "viewed", "seen", "considered", "regarded",
                               "labeled", "labelled", "dubbed", "branded", "characterized",
                               "characterised", "portrayed", "reported"}:
            continue  # "so-called", passive "is seen as"
        spk = _speaker_before(text, m.start(), cues)
        if spk:
            # "…, Smith said." / "…," Smith said on Friday.": a postposed attribution.
            head = text[:m.start()].rstrip()
            head = head[:len(head) - len(spk)].rstrip() if head.endswith(spk) else head
            tail = text[m.end():]
            if head.endswith((",", '"', "'")) and len(_WORD.findall(tail)) <= 6 and "," not in tail:
                out.append(_Attribution("verb_after", m.start(), m.end(), spk))
            else:
                out.append(_Attribution("verb_before", m.start(), m.end(), spk))
            continue
        # Postposed ("…, Xi said." / "…," said Xi.)
        pre = text[:m.start()].rstrip()
        if pre.endswith((",", '"', "'")) or re.search(r"[,\"']\s*\w+(\s+\w+){0,4}\s*$", pre):
            after = _speaker_after(text, m.end())
            if after:
                out.append(_Attribution("verb_after", m.start(), m.end(), after))
                continue
            spk2 = _speaker_before(text, m.start(), cues)
            if spk2:
                out.append(_Attribution("verb_after", m.start(), m.end(), spk2))
    return out


@functools.lru_cache(maxsize=1)
def _gazetteer():
    """The meetings gazetteer (people, places, countries), or None when not installed."""
    try:
        from summitlens.extract.gazetteer import load_gazetteer
    except ImportError:  # pragma: no cover - the gazetteer ships with the package
        return None
    return load_gazetteer()


def _gazetteer_mentions(text: str) -> list[tuple[str, int, int]]:
    """Russia/China/leader mentions from the meetings gazetteer, when it is installed."""
    gz = _gazetteer()
    if gz is None:
        return []
    from summitlens.extract.gazetteer import find_entities

    out = []
    for ent in find_entities(text, gazetteer=gz, kinds=("person", "place", "country")):
        if ent.kind == "person":
            person = gz.people.get(ent.id, {})
            if person.get("role") == "leader":
                out.append(("leader", ent.char_start, ent.char_end))
            continue
        country = gz.country_of(ent.id)
        if country in ("Russia", "China"):
            out.append((country.lower(), ent.char_start, ent.char_end))
    return out


def _mentions(text: str, cues: Cues, *, use_gazetteer: bool = True) -> list[tuple[str, int, int]]:
    """Target mentions in a sentence: the cue lexicon plus (optionally) the gazetteer."""
    out = [(kind, m.start(), m.end()) for kind, rx in cues.target_patterns.items()
           for m in rx.finditer(text)]
    if use_gazetteer:
        out += _gazetteer_mentions(text)
    return out


_PREMOD = re.compile(r"((?:(?:[A-Z][\w.'\u2019-]*|U\.S\.)(?:'s|\u2019s)?[\s-]+){1,3})"
                     r"(?:[a-z][\w-]*\s+){0,2}$")
_NOT_PREMOD = frozenset("the a an this that these those its their our his her my your some any "
                        "no new old but and or in on at of for".split())


def _premodifier_target(text: str, s: int, mentions) -> str | None:
    """Target named by a proper-noun premodifier: "US allies", "China's ally", "Western allies"."""
    m = _PREMOD.search(text, max(0, s - 60), s)
    if not m:
        return None
    between = text[m.end(1):s].split()
    if any(w.lower() in _NOT_PREMOD or w.lower() in ("with", "to", "by", "from", "as", "is", "was", "are")
           for w in between):
        return None
    a, b = m.span(1)
    words = [w for w in re.split(r"[\s-]+", m.group(1)) if w]
    while words and words[0].lower().rstrip("'s\u2019") in _NOT_PREMOD:
        a = text.index(words[0], a) + len(words[0])
        words.pop(0)
    if not words:
        return None
    if a == 0 or text[:a].strip() == "" and len(words) == 1 and words[0].lower() in _NOT_PREMOD:
        return None
    for kind, ma, mb in mentions:
        if ma < b and a < mb:
            return kind
    return "other"


def _target(mentions, s: int, e: int, term_id: str, category: str, cues: Cues, *, text: str = "") -> str:
    """Target of a term: a proper-noun premodifier, else the nearest mentions in the window."""
    if text:
        pre = _premodifier_target(text, s, mentions)
        if pre is not None:
            return pre
    w = cues.target_window
    best: dict[str, int] = {}
    for kind, a, b in mentions:
        if s <= a < e or s < b <= e:
            continue
        d = (s - b) if b <= s else (a - e)
        if d > w:
            continue
        d = max(d, 0)
        if kind not in best or d < best[kind]:
            best[kind] = d
    if not best:
        return "other"
    person = term_id in cues.person_terms
    if person and "leader" in best and best["leader"] <= min(best.values()) + 40:
        return "leader"
    if "relationship" in best or ("russia" in best and "china" in best and category != "authoritarian"):
        return "relationship"
    if "russia" in best and "china" in best and best.get("leader", w + 1) > 40:
        return "relationship"
    return min(best.items(), key=lambda kv: (kv[1], TARGETS.index(kv[0])))[0]


def _analyse_sentence(sent_text: str, sent_match: str, *, para: _Para, offset: int,
                      lexicon: Lexicon, cues: Cues, sent_attr_cache: dict,
                      turn: tuple[str, int, str] = ("", 0, ""),
                      hits: list[tuple[int, int, str]] | None = None) -> list[dict]:
    """Frame terms of one sentence; offsets local to the sentence."""
    if hits is None:
        hits = find_terms(sent_match, lexicon=lexicon)
    if not hits:
        return []
    end = offset + len(sent_match)
    quotes_local = tuple((max(a, offset) - offset, min(b, end) - offset)
                         for a, b in para.quotes if a < end and b > offset)
    attrs = _attributions(sent_match, quotes_local, cues)
    mentions = _mentions(sent_match, cues)
    rows = []
    for s, e, tid in hits:
        entry = lexicon.entries[tid]
        target = _target(mentions, s, e, tid, entry.category, cues, text=sent_match)
        # A proper-noun premodifier ("US partner") names a state or body: not "other" for
        # target-conditioned exclusions such as business partners.
        named = target == "other" and _premodifier_target(sent_match, s, mentions) == "other"
        if _excluded(sent_match, s, e, tid, lexicon, target="other_named" if named else target):
            continue
        q = _quote_containing(quotes_local, s, e)
        speaker, voice = "", "authorial"
        turn_speaker = turn[0] if s >= turn[1] else turn[2]
        if turn_speaker and q is None:
            # A turn of a transcript: the labelled speaker's own words.
            voice, speaker = "quoted", turn_speaker
        elif q is not None:
            voice = "quoted"
            if attrs:
                # Prefer the cue closest to the quotation.
                att = min(attrs, key=lambda at: min(abs(at.start - q[0]), abs(at.start - q[1])))
                speaker = att.speaker
            else:
                speaker = sent_attr_cache.get(("para_speaker", q), "") or _para_speaker(para, offset + q[0], offset + q[1], cues)
        else:
            for att in attrs:
                if att.kind == "source_phrase" or att.kind == "verb_after" or (att.kind == "verb_before" and att.end <= s):
                    voice = "paraphrase"
                    speaker = att.speaker
                    if att.kind == "verb_before" and att.end <= s:
                        # nearest preceding verb wins
                        cands = [x for x in attrs if x.kind == "verb_before" and x.end <= s]
                        speaker = max(cands, key=lambda x: x.end).speaker if cands else speaker
                    break
        neg = _negation(sent_match, s, cues)
        hedge = _hedge(sent_match, s, cues)
        if not hedge and q is not None and voice == "quoted":
            inner = sent_match[q[0]:q[1]]
            extra = len(_WORD.findall(inner)) - len(_WORD.findall(sent_match[s:e]))
            para_q = next(((a, b) for a, b in para.quotes if a <= offset + s < b), None)
            short = para_q is not None and (para_q[1] - para_q[0]) <= (e - s) + 12
            if extra <= cues.scare_extra_words and short and not attrs:
                hedge = "scare quotes"
        rows.append({
            "char_start_local": s, "char_end_local": e, "term": " ".join(sent_match[s:e].lower().replace('"', " ").replace("'", " ").replace("-", " ").split()),
            "term_id": tid, "category": entry.category, "weight": entry.weight,
            "voice": voice, "speaker": speaker, "negated": bool(neg), "negation_cue": neg,
            "hedged": bool(hedge), "hedge_cue": hedge, "target": target,
        })
    _propagate_negation(sent_match, rows)
    return rows


_COORD = re.compile(r"^[\s,]*(or|nor|and)\s+(?:(?:an?|the|any|their|its|our)\s+)?(?:[\w-]+\s+){0,1}$", re.I)


def _propagate_negation(text: str, rows: list[dict]) -> None:
    """"not a partnership or an alliance": a negation carries over coordinated terms."""
    for prev, cur in zip(rows, rows[1:]):
        if prev["negated"] and not cur["negated"]:
            gap = text[prev["char_end_local"]:cur["char_start_local"]]
            if _COORD.match(gap):
                cur["negated"], cur["negation_cue"] = True, prev["negation_cue"]


def _para_speaker(para: _Para, qa: int, qb: int, cues: Cues) -> str:
    """Speaker of a quotation named elsewhere in its paragraph (outside the quotation)."""
    text = para.match
    quotes = para.quotes
    for att in _attributions(text, quotes, cues):
        if att.speaker:
            return att.speaker
    return ""


def _transcript_turns(doc, para_no, snos, matches, heads) -> dict[int, tuple[str, int, str]]:
    """Speaker turns of transcripts: sentence index -> (speaker, label end, previous speaker).

    A label counts at the start of a sentence, or anywhere in the first sentence of a
    paragraph (a heading glued to the first turn), or anywhere when it carries an
    interpreter note ("(retranslated)"). Headlines never hold labels. Each label's speaker
    holds the floor until the next label.
    """
    order = sorted(range(len(doc)), key=lambda i: (doc[i], snos[i]))
    labels: dict[int, tuple[str, int]] = {}
    per_doc: dict = {}
    prev_para = None
    for i in order:
        first_in_para = (doc[i], para_no[i]) != prev_para
        prev_para = (doc[i], para_no[i])
        if heads[i] or ":" not in matches[i]:
            continue
        for m in _LABEL.finditer(matches[i]):
            if m.start() == 0 or first_in_para or "(retranslated)" in m.group(0).lower():
                name = m.group(1).strip()
                if len(name.split()) >= 1 and not name.lower().startswith(("note", "source", "update", "photo", "read")):
                    labels[i] = (name, m.end())
                    per_doc[doc[i]] = per_doc.get(doc[i], 0) + 1
                break
    out: dict[int, tuple[str, int, str]] = {}
    current_doc, current = None, ""
    for i in order:
        if doc[i] != current_doc:
            current_doc, current = doc[i], ""
        if per_doc.get(doc[i], 0) < 1:
            continue
        if i in labels:
            name, end = labels[i]
            out[i] = (name, end, current)
            current = name
        elif current:
            out[i] = (current, 0, current)
    return out


def frame_text(text: str, *, lexicon: Lexicon | None = None, cues: Cues | None = None) -> pd.DataFrame:
    """Frame terms in a plain string, treated as one paragraph split into sentences.

    Args:
        text: Any text (original or straight quotes).
        lexicon: Compiled lexicon; default :func:`load_lexicon`.
        cues: Compiled cues; default :func:`load_cues`.

    Returns:
        One row per occurrence with ``char_start``/``char_end`` into ``text`` and the
        columns of :data:`FRAME_TERM_COLUMNS` (``doc_id`` empty).

    Examples:
        >>> df = frame_text('Russia is not a dictatorship, Peskov said.')
        >>> df[["surface", "category", "voice", "speaker", "negated"]].values.tolist()
        [['dictatorship', 'authoritarian', 'paraphrase', 'Peskov', True]]
    """
    from summitlens.text.normalize import to_match_form
    from summitlens.text.segment import split_sentences

    match = to_match_form(text)
    rows = []
    sents = split_sentences(text)
    for i, (a, b) in enumerate(sents):
        rows.append({"doc_id": "", "sentence_no": i, "paragraph_no": 0, "char_start": a, "char_end": b,
                     "text": text[a:b], "text_match": match[a:b], "is_headline": False})
    return extract_frame_terms(pd.DataFrame(rows), lexicon=lexicon, cues=cues) if rows else \
        pd.DataFrame(columns=list(FRAME_TERM_COLUMNS))


def extract_frame_terms(sentences: pd.DataFrame, *, lexicon: Lexicon | None = None,
                        cues: Cues | None = None) -> pd.DataFrame:
    """The ``frame_terms`` table from a ``sentences`` table.

    Paragraphs are rebuilt from the sentences of each ``(doc_id, paragraph_no)`` so that
    quotations spanning sentences are seen whole.

    Args:
        sentences: Rows with ``doc_id, sentence_no, paragraph_no, char_start, char_end,
            text, text_match, is_headline`` (filter to English sentences first).
        lexicon: Compiled lexicon; default :func:`load_lexicon`.
        cues: Compiled cues; default :func:`load_cues`.

    Returns:
        One row per occurrence (columns :data:`FRAME_TERM_COLUMNS`), offsets into
        ``articles.text``.

    Examples:
        >>> s = pd.DataFrame({"doc_id": ["d"], "sentence_no": [0], "paragraph_no": [1],
        ...     "char_start": [10], "char_end": [40], "text": ["A \u201cno limits\u201d partnership."],
        ...     "text_match": ['A "no limits" partnership.'], "is_headline": [False]})
        >>> r = extract_frame_terms(s).iloc[0]
        >>> (int(r.char_start), int(r.char_end), r.term, r.voice)
        (13, 35, 'no limits partnership', 'quoted')
    """
    lx = lexicon or load_lexicon()
    cu = cues or load_cues()
    out: list[dict] = []
    if len(sentences) == 0:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in FRAME_TERM_COLUMNS})
    doc = sentences["doc_id"].to_numpy()
    para_no = sentences["paragraph_no"].to_numpy()
    starts = sentences["char_start"].to_numpy()
    ends = sentences["char_end"].to_numpy()
    texts = sentences["text"].to_numpy()
    matches = sentences["text_match"].to_numpy()
    heads = sentences["is_headline"].to_numpy() if "is_headline" in sentences else [False] * len(sentences)
    snos = sentences["sentence_no"].to_numpy()
    # Cheap prefilter: only sentences with an automaton hit are analysed.
    n = len(sentences)
    cand, hits = [], {}
    for i in range(n):
        m = matches[i]
        if m:
            h = find_terms(m, lexicon=lx)
            if h:
                cand.append(i)
                hits[i] = h
    if not cand:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in FRAME_TERM_COLUMNS})
    # Paragraph groups (only for candidate paragraphs).
    groups: dict[tuple, list[int]] = {}
    wanted = {(doc[i], para_no[i]) for i in cand}
    for i in range(n):
        k = (doc[i], para_no[i])
        if k in wanted:
            groups.setdefault(k, []).append(i)
    paras: dict[tuple, tuple[_Para, int]] = {}
    for k, idx in groups.items():
        p0 = min(starts[j] for j in idx)
        p1 = max(ends[j] for j in idx)
        buf_t = [" "] * (p1 - p0)
        buf_m = [" "] * (p1 - p0)
        for j in idx:
            a = starts[j] - p0
            t, mt = texts[j], matches[j]
            buf_t[a:a + len(t)] = list(t)
            buf_m[a:a + len(mt)] = list(mt)
        pt = "".join(buf_t)
        paras[k] = (_Para(pt, "".join(buf_m), tuple(quote_spans(pt))), int(p0))
    turns = _transcript_turns(doc, para_no, snos, matches, heads)
    for i in cand:
        para, p0 = paras[(doc[i], para_no[i])]
        off = int(starts[i]) - p0
        for r in _analyse_sentence(texts[i], matches[i], para=para, offset=off,
                                   lexicon=lx, cues=cu, sent_attr_cache={},
                                   turn=turns.get(i, ("", 0, "")), hits=hits[i]):
            s_loc, e_loc = r.pop("char_start_local"), r.pop("char_end_local")
            out.append({
                "doc_id": doc[i], "sentence_no": int(snos[i]), "paragraph_no": int(para_no[i]),
                "char_start": int(starts[i]) + s_loc, "char_end": int(starts[i]) + e_loc,
                "surface": texts[i][s_loc:e_loc], **r, "is_headline": bool(heads[i]),
                "sentence": texts[i],
            })
    return pd.DataFrame(out, columns=list(FRAME_TERM_COLUMNS))
