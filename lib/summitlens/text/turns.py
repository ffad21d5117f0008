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

__all__ = ["label_pattern", "speaker_turns"]


@lru_cache(maxsize=8)
def _compiled(path: str | None) -> tuple[re.Pattern, str, tuple[str, ...], bool]:
    rules = load_rules(path, default="turns.yml")
    notes = "|".join(re.escape(n).replace(r"\ ", " ") for n in rules["interpreter_notes"])
    rx = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w.'\u2019-]*\s+(?:of\s+(?:the\s+)?)?){0,7}[A-Z][\w.'\u2019-]*)"
                    rf"\s*(?:\((?:{notes})\))?:\s+(?=\S)")
    return (rx, f"({rules['anywhere_note']})", tuple(str(w).lower() for w in rules["not_speakers"]),
            bool(rules.get("reject_all_caps", False)))


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
    ``anywhere_note`` ("(retranslated)"). Headlines never hold labels. Each label's speaker
    holds the floor until the next label; documents without a label get no turns.

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
    order = sorted(range(len(doc)), key=lambda i: (doc[i], snos[i]))
    labels: dict[int, tuple[str, int]] = {}
    per_doc: dict = {}
    prev_para = None
    for i in order:
        first_in_para = (doc[i], para_no[i]) != prev_para
        prev_para = (doc[i], para_no[i])
        if heads[i] or ":" not in texts[i]:
            continue
        for m in rx.finditer(texts[i]):
            if m.start() == 0 or first_in_para or anywhere in m.group(0).lower():
                name = m.group(1).strip()
                if no_caps and name.upper() == name:
                    break
                if len(name.split()) >= 1 and not name.lower().startswith(not_speakers):
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
