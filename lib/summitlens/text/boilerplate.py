"""Boilerplate removal driven by ``resources/boilerplate.yml``.

:func:`clean_lines` splits the lines of one file into the headline, the kept body
paragraphs and the removed boilerplate (each with the id of the rule that removed it).
Rules are data: a regex with optional conditions (``scope``, ``max_words``, ``after``),
or one of two structural kinds (``nav_prefix`` for breadcrumbs that end with the
headline, ``repeated_headline``). See the YAML file for the field reference.

Passes, in order:

1. line rules, top to bottom (``after`` sees the previous non-blank line's rule);
2. the headline is the first line no rule removed;
3. ``repeated_headline``: the next kept line, when it equals the headline; then
   ``duplicate``: kept lines repeated inside another kept line (pull quotes), found through
   token anchors in near-linear time (a 20 MB file of distinct paragraphs takes seconds);
4. ``head`` rules on the lines between the headline and the first kept paragraph;
5. ``tail`` rules on the trailing block at the end of the file, from its first footer
   line (a line removed by a line rule) onwards — so a name-like last line is removed
   only when it sits among footer boilerplate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile
from pathlib import Path

import yaml

from summitlens import paths
from summitlens.text.normalize import to_match_form

__all__ = ["Rule", "CleanResult", "load_rules", "clean_lines"]

_KINDS = {"regex", "nav_prefix", "repeated_headline", "duplicate", "caption_label"}
_SCOPES = {"line", "head", "tail"}


@dataclass(frozen=True)
class Rule:
    """A boilerplate rule (see ``resources/boilerplate.yml`` for the fields)."""

    rule_id: str
    pattern: re.Pattern[str] | None
    why: str
    kind: str = "regex"
    scope: str = "line"
    max_words: int | None = None
    after: tuple[str, ...] = field(default_factory=tuple)
    min_words: int = 0
    strip: re.Pattern[str] | None = None

    def matches(self, text: str, prev_rule: str | None, n_words: int | None = None) -> bool:
        """Whether this regex rule removes ``text`` (a stripped line).

        ``n_words`` (the number of words of ``text``) may be passed to save recounting.

        Examples:
            >>> r = Rule("ad", re.compile("^advertisement$", re.I), "ads")
            >>> r.matches("ADVERTISEMENT", None), r.matches("An advertisement ran.", None)
            (True, False)
        """
        if self.pattern is None or self.kind == "caption_label":
            return False
        if self.after and prev_rule not in self.after:
            return False
        if n_words is None:
            n_words = len(text.split())
        if (self.max_words is not None and n_words > self.max_words) or n_words < self.min_words:
            return False
        return self.pattern.search(text) is not None


@dataclass(frozen=True)
class CleanResult:
    """Result of cleaning the lines of one file."""

    title: str
    title_line: int
    body: list[tuple[int, str]]          # (line_no, paragraph text) kept, in order
    removed: list[tuple[int, str, str]]  # (line_no, rule_id, text), in line order


def load_rules(path: str | Path | None = None) -> tuple[Rule, ...]:
    """Load boilerplate rules from YAML (default: the packaged ``boilerplate.yml``).

    Args:
        path: A YAML list of rules with ``id``, ``why`` and ``pattern`` or ``kind``, or a mapping
            with that list under ``rules`` and a ``rules_off`` list of ids left out (rules measured
            and switched off).

    Returns:
        The rules, in file order, without those in ``rules_off``.

    Raises:
        ValueError: On a duplicate id, unknown kind/scope or a regex rule without pattern.

    Examples:
        >>> rules = load_rules()
        >>> "comment_form" in [r.rule_id for r in rules]
        True
    """
    data = yaml.safe_load(Path(path or paths.resource("boilerplate.yml")).read_text(encoding="utf-8"))
    off: set[str] = set()
    if isinstance(data, dict):
        off = {str(x) for x in data.get("rules_off") or ()}
        data = data.get("rules")
    rules: list[Rule] = []
    seen: set[str] = set()
    for r in data or []:
        rid, kind, scope = str(r["id"]), r.get("kind", "regex"), r.get("scope", "line")
        if rid in seen or kind not in _KINDS or scope not in _SCOPES:
            raise ValueError(f"bad boilerplate rule {rid!r}: duplicate id or unknown kind/scope")
        if kind == "regex" and not r.get("pattern"):
            raise ValueError(f"boilerplate rule {rid!r} has no pattern")
        seen.add(rid)
        if rid in off:
            continue
        flags = re.I if r.get("ignore_case", True) else 0
        pattern = re.compile(r["pattern"], flags) if r.get("pattern") else None
        after = r.get("after") or ()
        strip = re.compile(r["strip"], flags) if r.get("strip") else None
        rules.append(Rule(rid, pattern, str(r.get("why", "")), kind, scope, r.get("max_words"),
                          tuple([after] if isinstance(after, str) else after), int(r.get("min_words", 0)), strip))
    return tuple(rules)


def _key(text: str) -> str:
    """Comparison form of a line: match form, case-folded, single spaces, no end punctuation."""
    return " ".join(to_match_form(text).casefold().split()).strip(" .:;-\"'")


def _dup_key(text: str) -> str:
    """Cheaper comparison form for duplicate detection (match form only when non-ASCII)."""
    return " ".join((text if text.isascii() else to_match_form(text)).split()).casefold().strip(" .,:;-\"'")


def _is_nav_prefix(text: str, nxt: str | None, max_words: int | None) -> bool:
    if not nxt or len(text) <= len(nxt) or to_match_form(text[-3:]).casefold() != to_match_form(nxt[-3:]).casefold():
        return False
    if len(nxt.split()) < 3:
        return False
    k, kn = _key(text), _key(nxt)
    if not k.endswith(kn) or len(k) == len(kn):
        return False
    prefix = k[: len(k) - len(kn)].split()
    return 0 < len(prefix) <= (max_words or 6)


def _anchor(tokens: list[str]) -> tuple[str, ...] | None:
    """The inner tokens a containing line must hold as whole, consecutive tokens.

    Tokens other than the first and the last are bounded by spaces on both sides, so when the
    key occurs inside a longer key they are whole tokens of it too. Of the inner pairs, the
    longest (a cheap stand-in for the rarest) is taken; a 3-token key gives its middle token;
    shorter keys have no anchor.
    """
    if len(tokens) >= 4:
        lens = list(map(len, tokens))
        pairs = list(map(int.__add__, lens[1:-2], lens[2:-1]))
        a = pairs.index(max(pairs)) + 1
        return (tokens[a], tokens[a + 1])
    if len(tokens) == 3:
        return (tokens[1],)
    return None


def _containers(keys: dict[int, str], cands: list[int]) -> dict[int, list[int]]:
    """For each candidate line, the lines whose key is longer and contains its key.

    Near-linear: each candidate is indexed by an anchor (:func:`_anchor`), every line's token
    pairs and tokens are looked up once, and only anchor hits are verified with a substring
    test. Candidates without an anchor (keys of one or two tokens) are compared with every line.
    """
    by_anchor: dict[tuple[str, ...], list[int]] = {}
    loose: list[int] = []
    for k in cands:
        anchor = _anchor(keys[k].split(" "))
        if anchor is None:
            loose.append(k)
        else:
            by_anchor.setdefault(anchor, []).append(k)
    shortest = min(len(keys[k]) for k in cands)
    has_single = any(len(a) == 1 for a in by_anchor)
    found: dict[int, set[int]] = {}
    for j, kj in keys.items():
        if len(kj) <= shortest:
            continue
        toks = kj.split(" ")
        grams: list[tuple[str, ...]] = list(zip(toks, toks[1:]))
        if has_single:
            grams += [(t,) for t in toks]
        for g in grams:
            for k in by_anchor.get(g, ()):
                if len(kj) > len(keys[k]) and keys[k] in kj:
                    found.setdefault(k, set()).add(j)
        for k in loose:
            if len(kj) > len(keys[k]) and keys[k] in kj:
                found.setdefault(k, set()).add(j)
    return {k: sorted(js) for k, js in found.items()}


def _mark_duplicates(idx: list[tuple[int, str]], label: list[str | None], title_k: int, rule: Rule) -> None:
    """Label kept lines repeated verbatim elsewhere in the file (pull quotes, doubled paragraphs).

    A line of at least ``rule.min_words`` words is removed when it occurs (in match form,
    case-folded, blanks collapsed) inside a longer kept line, or equals an earlier kept line (the
    first copy stays). Lines are decided in order, and a line removed earlier no longer counts
    as the copy that removes another. Near-linear in the number of lines (see :func:`_containers`).
    """
    kept = [k for k in range(len(idx)) if label[k] is None and k != title_k]
    keys = {k: _dup_key(idx[k][1]) for k in kept}
    cands = [k for k in kept if keys[k] and len(idx[k][1].split()) >= rule.min_words]
    if not cands:
        return
    same: dict[str, list[int]] = {}
    for k in kept:
        same.setdefault(keys[k], []).append(k)
    containers = _containers({k: v for k, v in keys.items() if v}, cands)
    for k in cands:
        earlier = any(label[j] is None for j in takewhile(lambda j: j < k, same[keys[k]]))
        if earlier or any(label[j] is None for j in containers.get(k, ())):
            label[k] = rule.rule_id


def caption_text(text: str, rule: Rule) -> str | None:
    """The caption a labelled photo caption line holds, without its label and trailing credit.

    ``rule`` is a ``caption_label`` rule: its ``pattern`` is the label at the start of the line
    ("Hide caption", "Image copyright AP Image caption"), its ``strip`` the credit at the end
    ("Previous Next Morry Gash/AP"). None when the label is absent, the line is longer than
    ``max_words`` or fewer than ``min_words`` words are left (a bare credit).

    Examples:
        >>> r = Rule("caption_label", re.compile(r"hide caption\s*", re.I), "captions", "caption_label",
        ...          max_words=80, min_words=5, strip=re.compile(r"\s+previous\s+next.*$", re.I))
        >>> caption_text("Hide caption Kim and Moon meet in the truce village. Previous Next Pool/AP", r)
        'Kim and Moon meet in the truce village.'
        >>> caption_text("toggle caption Susan Walsh/AP", r) is None
        True
    """
    if rule.pattern is None or (rule.max_words is not None and len(text.split()) > rule.max_words):
        return None
    m = rule.pattern.match(text)
    if m is None:
        return None
    rest = text[m.end():]
    if rule.strip is not None:
        rest = rule.strip.sub("", rest)
    rest = rest.strip()
    return rest if len(rest.split()) >= max(rule.min_words, 1) else None


def clean_lines(lines: list[str], *, rules: tuple[Rule, ...]) -> CleanResult:
    """Split lines into headline, kept body paragraphs and removed boilerplate.

    Args:
        lines: The lines of one file (without newline characters).
        rules: Rules from :func:`load_rules`.

    Returns:
        A :class:`CleanResult`; every non-blank line is either the title, in ``body``,
        or in ``removed`` with its rule id. Line numbers are 0-based indexes into ``lines``.

    Examples:
        >>> r = clean_lines(["Home World Xi meets Putin", "", "Xi meets Putin", "14",
        ...                  "Xi met Putin.", "Leave a Reply"], rules=load_rules())
        >>> r.title, r.body, [x[1] for x in r.removed]
        ('Xi meets Putin', [(4, 'Xi met Putin.')], ['breadcrumb', 'share_counter', 'comment_form'])
    """
    idx = [(i, s.strip()) for i, s in enumerate(lines) if s.strip()]
    n = len(idx)
    label: list[str | None] = [None] * n
    line_rules = [r for r in rules if r.scope == "line" and r.kind in ("regex", "nav_prefix")]
    captions = [r for r in rules if r.kind == "caption_label"]
    n_words = [len(s.split()) for _, s in idx]
    by_length: dict[int, list[Rule]] = {}  # rules that can match a line of that many words

    def can_match(nw: int) -> list[Rule]:
        if nw not in by_length:
            by_length[nw] = [r for r in line_rules if r.kind != "regex" or r.max_words is None or nw <= r.max_words]
        return by_length[nw]

    for k, (i, text) in enumerate(idx):
        prev = label[k - 1] if k else None
        nxt = idx[k + 1][1] if k + 1 < n else None
        for c in captions:  # a labelled caption keeps its sentence unless that is boilerplate itself
            cap = caption_text(text, c)
            if cap is not None and not any(r.kind == "regex" and r.matches(cap, prev)
                                           for r in can_match(len(cap.split()))):
                idx[k], n_words[k] = (i, cap), len(cap.split())
                text = cap
                break
        nw = n_words[k]
        for r in can_match(nw):
            if (r.kind == "nav_prefix" and _is_nav_prefix(text, nxt, r.max_words)) or r.matches(text, prev, n_words[k]):
                label[k] = r.rule_id
                break
    kept = [k for k in range(n) if label[k] is None]
    title_k = kept[0] if kept else -1
    if title_k >= 0:
        rep = next((r for r in rules if r.kind == "repeated_headline"), None)
        later = [k for k in kept if k > title_k]
        if rep and later and _key(idx[later[0]][1]) == _key(idx[title_k][1]):
            label[later[0]] = rep.rule_id
        dup = next((r for r in rules if r.kind == "duplicate"), None)
        if dup:
            _mark_duplicates(idx, label, title_k, dup)
        head = [r for r in rules if r.scope == "head"]
        for k in range(title_k + 1, n):
            if label[k] is not None:
                continue
            hit = next((r for r in head if r.matches(idx[k][1], label[k - 1], n_words[k])), None)
            if hit is None:
                break
            label[k] = hit.rule_id
        tail = [r for r in rules if r.scope == "tail"]
        start = n
        for k in range(n - 1, title_k, -1):
            if label[k] is None and not any(r.pattern and (r.max_words is None or n_words[k] <= r.max_words)
                                            and r.pattern.search(idx[k][1]) for r in tail):
                break
            start = k
        footer = next((k for k in range(start, n) if label[k] is not None), n)
        for k in range(footer + 1, n):
            if label[k] is None:
                hit = next((r for r in tail if r.matches(idx[k][1], label[k - 1], n_words[k])), None)
                if hit:
                    label[k] = hit.rule_id
    title = idx[title_k][1] if title_k >= 0 else ""
    title_line = idx[title_k][0] if title_k >= 0 else -1
    body = [(i, s) for k, (i, s) in enumerate(idx) if label[k] is None and k != title_k]
    removed = [(i, str(label[k]), s) for k, (i, s) in enumerate(idx) if label[k] is not None]
    return CleanResult(title, title_line, body, removed)
