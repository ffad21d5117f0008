"""Speaker turns of transcripts: "President of Russia Vladimir Putin: …".

A label is a run of capitalised words (with "of"/"of the" between them), an optional
interpreter note in brackets ("(retranslated)"), then a colon. The label vocabulary (notes,
label-like words that are not speakers) is data: ``resources/turns.yml``.

Examples:
    >>> [m.group(1) for m in label_pattern().finditer("Xi Jinping (retranslated): Thank you.")]
    ['Xi Jinping']
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from summitlens.rules import load_rules

__all__ = ["label_ok", "label_pattern", "speaker_turns"]


@lru_cache(maxsize=8)
def _compiled(path: str | None) -> tuple[re.Pattern, str, tuple[str, ...], bool]:
    rules = load_rules(path, default="turns.yml")
    notes = "|".join(re.escape(n).replace(r"\ ", " ") for n in rules["interpreter_notes"])
    rx = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w.'\u2019-]*\s+(?:of\s+(?:the\s+)?)?){0,7}[A-Z][\w.'\u2019-]*)"
                    rf"\s*(?:\((?:{notes})\))?:\s+(?=\S)")
    return (rx, f"({rules['anywhere_note']})", tuple(str(w).lower() for w in rules["not_speakers"]),
            bool(rules.get("reject_all_caps", False)))


@lru_cache(maxsize=8)
def _captions(path: str | None) -> tuple[re.Pattern, int]:
    rules = load_rules(path, default="turns.yml")
    marks = [r"\s+".join(re.escape(w) for w in str(m).split()) for m in rules.get("caption_markers") or []]
    return (re.compile(r"\b(?:" + "|".join(marks) + r")\b", re.I) if marks else re.compile(r"(?!)"),
            int(rules.get("single_label_min_words", 1)))


@lru_cache(maxsize=8)
def _extra(path: str | None) -> tuple[int, frozenset[str], str, int]:
    rules = load_rules(path, default="turns.yml")
    return (int(rules.get("all_caps_min_words", 0)),
            frozenset(str(w).lower() for w in rules.get("not_before_mid_label") or []),
            str(rules.get("turn_end_chars", "")), int(rules.get("mid_label_min_words", 1)))


@lru_cache(maxsize=8)
def _message_rules(path: str | None) -> tuple[re.Pattern, re.Pattern, re.Pattern, int]:
    m = load_rules(path, default="turns.yml").get("messages") or {}
    never = re.compile(r"(?!)")
    return (re.compile(m["titles"]) if m.get("titles") else never,
            re.compile(m["author_in_title"]) if m.get("author_in_title") else never,
            re.compile(m["author_in_lead"]) if m.get("author_in_lead") else never,
            int(m.get("lead_sentences", 0)))


def _message_turns(order, doc, texts, heads, labelled, out, rules) -> None:
    """Turns of message documents (no labels; the headline names a message): in place."""
    titles, in_title, in_lead, n_lead = _message_rules(None if rules is None else str(rules))
    by_doc: dict = {}
    for i in order:
        by_doc.setdefault(doc[i], []).append(i)
    for d, idx in by_doc.items():
        if labelled.get(d):
            continue
        head = [i for i in idx if heads[i]]
        if not head or not titles.search(texts[head[0]] or ""):
            continue
        who, start = "", None
        m = in_title.search(texts[head[0]] or "")
        if m:
            who, start = m.group("who").strip(), idx.index(head[-1]) + 1
        else:
            body = [k for k, i in enumerate(idx) if not heads[i]][:n_lead]
            for k in body:
                m = in_lead.search(texts[idx[k]] or "")
                if m:
                    who, start = m.group("who").strip(), k + 1
                    break
        if who and start is not None:
            for i in idx[start:]:
                if not heads[i]:
                    out[i] = (who, 0, who)


_GLUED = re.compile(r"[a-z]{4,}[A-Z]")


def label_ok(name: str, sentence: str, start: int, *, rules: str | os.PathLike[str] | None = None) -> bool:
    """Whether a label-like match is a speaker's turn, not a rubric or a headline link.

    Rejected: rubric words in capitals inside a name ("JUST WATCHED Rebels"), words glued
    by a page scrape ("ObamaThe Memo"), a labelled sentence that ends without the
    punctuation of speech ("Report: Trump warns of conflict", "… Read more"), an all-caps
    label shorter than ``all_caps_min_words``; and, in mid-sentence, a label shorter than
    ``mid_label_min_words`` or after a word of ``not_before_mid_label`` ("the Cultural
    Revolution: A Daughter Recalls").

    Examples:
        >>> label_ok("Vladimir Putin", "Vladimir Putin: Friends, good afternoon,", 0)
        True
        >>> label_ok("Report", "Report: Trump warns of conflict with North Korea", 0)
        False
        >>> label_ok("AMY GOODMAN", "AMY GOODMAN: Welcome back.", 0)
        True
    """
    caps_min, not_before, end_chars, mid_min = _extra(None if rules is None else str(rules))
    words = name.split()
    all_caps = name.upper() == name
    if all_caps and len(words) < caps_min:
        return False
    if not all_caps and any(len(w) > 3 and w.isupper() for w in words):
        return False
    if _GLUED.search(name):
        return False
    if end_chars and sentence.rstrip()[-1:] not in end_chars:
        return False
    if start > 0:
        before = sentence[:start].split()
        prev = before[-1].strip("\"'\u201c\u201d").lower() if before else ""
        if len(words) < mid_min or prev in not_before or words[0].lower() in not_before or \
                (before and before[-1][-1:] in ",\"'\u201c\u201d"):
            return False
    return True


def label_pattern(rules: str | os.PathLike[str] | None = None) -> re.Pattern:
    """The compiled speaker-label regex (group 1 is the speaker's name).

    Args:
        rules: A turns YAML file; default the packaged ``resources/turns.yml``.

    Returns:
        The compiled pattern.

    Examples:
        >>> label_pattern().match("Vladimir Putin: Good afternoon.").group(1)
        'Vladimir Putin'
    """
    return _compiled(None if rules is None else str(rules))[0]


def speaker_turns(doc, para_no, snos, texts, heads, *,
                  rules: str | os.PathLike[str] | None = None) -> dict[int, tuple[str, int, str]]:
    """Speaker turns of transcripts: row index -> ``(speaker, label end, previous speaker)``.

    A label counts at the start of a sentence, or anywhere in the first sentence of a
    paragraph (a heading glued to the first turn), or anywhere when it carries the
    ``anywhere_note`` ("(retranslated)"). Headlines and media captions ("Media caption …")
    never hold labels, and a document's only label must have ``single_label_min_words``
    words ("Brexit: Russia did it." is a subheading). Each label's speaker
    holds the floor until the next label; documents without a label get no turns, except
    that a document whose headline names a message ("Greetings to …", "Article by Vladimir
    Putin …") is one turn of its author (named in the headline or in a lead sentence
    "Vladimir Putin sent greetings to …"), from the sentence after the one naming the author.
    The label and message vocabulary is data (``resources/turns.yml``).

    Args:
        doc: Document id per sentence row.
        para_no: Paragraph number per row.
        snos: Sentence number per row.
        texts: Sentence text (match form) per row.
        heads: Whether each row is a headline.
        rules: A turns YAML file; default ``resources/turns.yml``.

    Returns:
        For each row inside a turn: the speaker, the end offset of the label in that
        sentence (0 when the sentence holds no label) and the speaker before the label.

    Examples:
        >>> speaker_turns(["d", "d"], [1, 1], [0, 1],
        ...               ["Vladimir Putin: Thank you.", "We are friends."], [False, False])
        {0: ('Vladimir Putin', 16, ''), 1: ('Vladimir Putin', 0, 'Vladimir Putin')}
    """
    rx, anywhere, not_speakers, no_caps = _compiled(None if rules is None else str(rules))
    captions, single_min = _captions(None if rules is None else str(rules))
    order = sorted(range(len(doc)), key=lambda i: (doc[i], snos[i]))
    labels: dict[int, tuple[str, int]] = {}
    per_doc: dict = {}
    prev_para = None
    for i in order:
        first_in_para = (doc[i], para_no[i]) != prev_para
        prev_para = (doc[i], para_no[i])
        if heads[i] or ":" not in texts[i] or captions.search(texts[i]):
            continue
        for m in rx.finditer(texts[i]):
            if m.start() == 0 or first_in_para or anywhere in m.group(0).lower():
                name = m.group(1).strip()
                if no_caps and name.upper() == name or not label_ok(name, texts[i], m.start(), rules=rules):
                    break
                if len(name.split()) >= 1 and not name.lower().startswith(not_speakers):
                    labels[i] = (name, m.end())
                    per_doc[doc[i]] = per_doc.get(doc[i], 0) + 1
                break
    # A lone one-word label is a subheading ("Brexit: Russia did it."), not a transcript.
    for d in [d for d, n in per_doc.items() if n == 1]:
        i = next(i for i in labels if doc[i] == d)
        if len(labels[i][0].split()) < single_min:
            del labels[i]
            per_doc[d] = 0
    out: dict[int, tuple[str, int, str]] = {}
    _message_turns(order, doc, texts, heads, per_doc, out, rules)
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
