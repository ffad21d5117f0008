"""Speaker turns of transcripts: "President of Russia Vladimir Putin: …".

A label is a run of capitalised words (with "of"/"of the" between them), an optional
interpreter note in brackets ("(retranslated)"), then a colon. A title chain joined by commas
before the name ("President of Russia, Supreme Commander-in-Chief of Russia Vladimir Putin: …")
belongs to the label. The label vocabulary (notes, label-like words that are not speakers) and
the message documents (greetings, messages, articles by a leader: one turn of their author)
are data: ``resources/turns.yml``.

Examples:
    >>> [m.group(1) for m in label_pattern().finditer("Xi Jinping (retranslated): Thank you.")]
    ['Xi Jinping']
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from summitlens.rules import NEVER, load_rules

__all__ = ["bare_labels", "label_ok", "label_pattern", "post_signer", "speaker_turns"]

#: A chain of capitalised title words joined by commas that opens a sentence before a label
#: ("President of Russia, "): the label's name is what follows it.
_TITLE_CHAIN = re.compile(r"(?:[A-Z][\w.'\u2019-]*(?:\s+of(?:\s+the)?)?(?:\s*,\s*|\s+))+")


def _title_chain(prefix: str) -> bool:
    """Whether ``prefix`` (the text before a label) is a comma-ended chain of two or more
    capitalised title words ("President of Russia, "; not "Yes, ")."""
    return prefix.rstrip().endswith(",") and len(prefix.split()) >= 2 and bool(_TITLE_CHAIN.fullmatch(prefix))


def _long_title(prefix: str, connectors: frozenset[str], min_words: int) -> bool:
    """Whether ``prefix`` (the text before a label) is a long title holding lowercase words (rule
    ``long_title``): capitalised words, ``connectors``, commas and bracketed words only, an "of",
    and at least ``min_words`` words ("Minister of Labour, Family, Social Affairs and "; not
    "Trump and ", not "They met and ").

    Examples:
        >>> _long_title("Minister of Labour, Family, Social Affairs and ", frozenset({"of", "and"}), 4)
        True
        >>> _long_title("As head of state he met and ", frozenset({"of", "and"}), 4)
        False
    """
    words = [w.strip(",()") for w in prefix.split()]
    words = [w for w in words if w]
    if len(words) < min_words or "of" not in words or not prefix[:1].isupper():
        return False
    return all(w[:1].isupper() or w in connectors for w in words)


@dataclass(frozen=True)
class _Rules:
    """``turns.yml`` compiled once per path."""

    label: re.Pattern
    anywhere: str
    not_speakers: tuple[str, ...]
    reject_all_caps: bool
    captions: re.Pattern
    single_label_min_words: int
    all_caps_min_words: int
    not_before_mid_label: frozenset[str]
    turn_end_chars: str
    mid_label_min_words: int
    message_titles: re.Pattern
    author_in_title: tuple[re.Pattern, ...]
    author_in_lead: re.Pattern
    lead_sentences: int
    bare_labels: tuple[re.Pattern, ...] = ()
    post_signature: re.Pattern = NEVER
    title_connectors: frozenset[str] = frozenset()
    long_title_min_words: int = 0
    role_labels: frozenset[str] = frozenset()
    not_in_labels: frozenset[str] = frozenset()
    rules_off: frozenset[str] = frozenset()


def _patterns(value) -> tuple[re.Pattern, ...]:
    """One regex or a list of them (each with a group ``who``)."""
    if not value:
        return ()
    return tuple(re.compile(str(p)) for p in ([value] if isinstance(value, str) else value))


@lru_cache(maxsize=8)
def _rules(path: str | None) -> _Rules:
    rules = load_rules(path, default="turns.yml")
    notes = "|".join(re.escape(n).replace(r"\ ", " ") for n in rules["interpreter_notes"])
    label = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w.'\u2019-]*\s+(?:of\s+(?:the\s+)?)?){0,7}[A-Z][\w.'\u2019-]*)"
                       rf"\s*(?:\((?:{notes})\))?:\s+(?=\S)")
    marks = [r"\s+".join(re.escape(w) for w in str(m).split()) for m in rules.get("caption_markers") or []]
    m = rules.get("messages") or {}
    return _Rules(
        label=label,
        anywhere=f"({rules['anywhere_note']})",
        not_speakers=tuple(str(w).lower() for w in rules["not_speakers"]),
        reject_all_caps=bool(rules.get("reject_all_caps", False)),
        captions=re.compile(r"\b(?:" + "|".join(marks) + r")\b", re.I) if marks else NEVER,
        single_label_min_words=int(rules.get("single_label_min_words", 1)),
        all_caps_min_words=int(rules.get("all_caps_min_words", 0)),
        not_before_mid_label=frozenset(str(w).lower() for w in rules.get("not_before_mid_label") or []),
        turn_end_chars=str(rules.get("turn_end_chars", "")),
        mid_label_min_words=int(rules.get("mid_label_min_words", 1)),
        message_titles=re.compile(m["titles"]) if m.get("titles") else NEVER,
        author_in_title=_patterns(m.get("author_in_title")),
        author_in_lead=re.compile(m["author_in_lead"]) if m.get("author_in_lead") else NEVER,
        lead_sentences=int(m.get("lead_sentences", 0)),
        bare_labels=tuple(re.compile(str(p), re.I) for p in rules.get("bare_labels") or []),
        post_signature=re.compile(rules["post_signature"]) if rules.get("post_signature") else NEVER,
        title_connectors=frozenset(str(w).lower() for w in rules.get("title_connectors") or []),
        long_title_min_words=int(rules.get("long_title_min_words", 0)),
        role_labels=frozenset(str(w).lower() for w in rules.get("role_labels") or []),
        not_in_labels=frozenset(str(w).lower() for w in rules.get("not_in_labels") or []) | (
            frozenset() if "kicker_words" in (rules.get("rules_off") or [])
            else frozenset(str(w).lower() for w in rules.get("kicker_words") or [])),
        rules_off=frozenset(str(x) for x in rules.get("rules_off") or []),
    )


def _key(rules) -> str | None:
    return None if rules is None else str(rules)


def _message_turns(order, doc, texts, heads, labelled, out, rules: _Rules) -> None:
    """Turns of message documents (no labels; the headline names a message): in place."""
    by_doc: dict = {}
    for i in order:
        by_doc.setdefault(doc[i], []).append(i)
    for d, idx in by_doc.items():
        if labelled.get(d):
            continue
        head = [i for i in idx if heads[i]]
        if not head or not rules.message_titles.search(texts[head[0]] or ""):
            continue
        who, start = "", None
        m = next((m for p in rules.author_in_title for m in [p.search(texts[head[0]] or "")] if m), None)
        if m:
            who, start = m.group("who").strip(), idx.index(head[-1]) + 1
        else:
            body = [k for k, i in enumerate(idx) if not heads[i]][:rules.lead_sentences]
            for k in body:
                m = rules.author_in_lead.search(texts[idx[k]] or "")
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
    Revolution: A Daughter Recalls"). A label after a comma counts only when everything before
    it is a chain of capitalised titles ("President of Russia, Supreme Commander-in-Chief …").
    A label holding a word of ``not_in_labels`` or a possessive is a headline or kicker, not a
    name (rule ``label_words``: "Awful Moments In Quarantine History:", "My Little Pony:",
    "BUSH'S ADVICE TO JEB:"); rule ``kicker_words`` (off by default) adds the time adverbs of a
    live-news kicker ("JUST NOW:") to those words.

    Examples:
        >>> label_ok("Vladimir Putin", "Vladimir Putin: Friends, good afternoon,", 0)
        True
        >>> label_ok("Report", "Report: Trump warns of conflict with North Korea", 0)
        False
        >>> label_ok("AMY GOODMAN", "AMY GOODMAN: Welcome back.", 0)
        True
        >>> t = "President of Russia, Supreme Commander-in-Chief Vladimir Putin: Comrades,"
        >>> label_ok("Supreme Commander-in-Chief Vladimir Putin", t, 21)
        True
        >>> label_ok("BUSH'S ADVICE TO JEB", "BUSH'S ADVICE TO JEB: Former President Bush says so.", 0)
        False
    """
    r = _rules(_key(rules))
    words = name.split()
    if "label_words" not in r.rules_off and any(
            w.lower() in r.not_in_labels or w.lower().endswith(("'s", "\u2019s")) for w in words):
        return False
    all_caps = name.upper() == name
    if all_caps and len(words) < r.all_caps_min_words:
        return False
    if not all_caps and any(len(w) > 3 and w.isupper() for w in words):
        return False
    if _GLUED.search(name):
        return False
    if r.turn_end_chars and sentence.rstrip()[-1:] not in r.turn_end_chars:
        return False
    if start > 0:
        if _title_chain(sentence[:start]):
            return True
        if "long_title" not in r.rules_off and _long_title(sentence[:start], r.title_connectors,
                                                            r.long_title_min_words):
            return True
        before = sentence[:start].split()
        prev = before[-1].strip("\"'\u201c\u201d").lower() if before else ""
        if len(words) < r.mid_label_min_words or prev in r.not_before_mid_label or \
                words[0].lower() in r.not_before_mid_label or (before and before[-1][-1:] in ",\"'\u201c\u201d"):
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
    return _rules(_key(rules)).label


def bare_labels(text: str, *, rules: str | os.PathLike[str] | None = None) -> list[tuple[str, int]]:
    """Speaker labels without a colon (rule ``bare_labels``: "archived recording (adam schiff)",
    "archived recording 2" in a podcast transcript) anywhere in ``text``, in order: ``(speaker,
    label end)``, the speaker the name in brackets (capitalised) or else the label itself.

    Examples:
        >>> bare_labels("archived recording (jane doe) We are friends.")
        [('Jane Doe', 30)]
        >>> bare_labels("archived recording 1 Yes. archived recording 2 Well, no.")
        [('archived recording 1', 21), ('archived recording 2', 47)]
        >>> bare_labels("The recording was archived.")
        []
    """
    r = _rules(_key(rules))
    if "bare_labels" in r.rules_off:
        return []
    found = []
    for rx in r.bare_labels:
        for m in rx.finditer(text):
            who = m.groupdict().get("who")
            name = " ".join(w[:1].upper() + w[1:] for w in who.split()) if who else m.group("label").strip()
            found.append((m.start(), name, m.end()))
    return [(name, end) for _, name, end in sorted(found)]


def post_signer(text: str, *, rules: str | os.PathLike[str] | None = None) -> str:
    """The author of a social-media post whose text ends with its signature (rule
    ``signed_posts``: "… — Jane Doe (@janedoe) May 1, 2018"); '' when the text ends otherwise.

    Examples:
        >>> post_signer("Ties are good. - Jane Doe (@janedoe) May 1, 2018")
        'Jane Doe'
        >>> post_signer("Jane Doe (@janedoe) wrote that ties are good.")
        ''
    """
    r = _rules(_key(rules))
    if "signed_posts" in r.rules_off:
        return ""
    m = r.post_signature.search(text)
    return m.group("who").strip() if m else ""


def _post_turns(order, doc, para_no, texts, heads, labelled, out, rules) -> None:
    """Turns of signed posts (see :func:`post_signer`): every sentence of a paragraph whose last
    sentence ends with a post's signature is its signer's words; in place."""
    by_para: dict = {}
    for i in order:
        if not heads[i] and not labelled.get(doc[i]):
            by_para.setdefault((doc[i], para_no[i]), []).append(i)
    for idx in by_para.values():
        who = post_signer(texts[idx[-1]] or "", rules=rules)
        if who:
            for i in idx:
                out.setdefault(i, (who, 0, who))


def speaker_turns(doc, para_no, snos, texts, heads, *,
                  rules: str | os.PathLike[str] | None = None) -> dict[int, tuple[str, int, str]]:
    """Speaker turns of transcripts: row index -> ``(speaker, label end, previous speaker)``.

    A label counts at the start of a sentence (after a comma-joined title chain too), or
    anywhere in the first sentence of a paragraph (a heading glued to the first turn), or
    anywhere when it carries the ``anywhere_note`` ("(retranslated)"). Headlines and media
    captions ("Media caption …") never hold labels, and a document's only label must have
    ``single_label_min_words`` words ("Brexit: Russia did it." is a subheading). A label may
    follow a long title holding lowercase words (rule ``long_title``); a generic role label
    ("Question:") with no later label in its document is no turn (rule ``unanswered_role``). Each label's
    speaker holds the floor until the next label; sentences before the first label (the lead
    and readout of a page) are in no turn. Documents without a label get no turns, except
    that a document whose headline names a message ("Greetings to …", "Article by Vladimir
    Putin …") is one turn of its author (named in the
    headline or in a lead sentence "Vladimir Putin sent greetings to …"), from the sentence
    after the one naming the author. The label and message vocabulary is data
    (``resources/turns.yml``).

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
    r = _rules(_key(rules))
    order = sorted(range(len(doc)), key=lambda i: (doc[i], snos[i]))
    labels: dict[int, tuple[str, int]] = {}
    earlier: dict[int, str] = {}
    per_doc: dict = {}
    prev_para = None
    for i in order:
        first_in_para = (doc[i], para_no[i]) != prev_para
        prev_para = (doc[i], para_no[i])
        bare = [] if heads[i] else bare_labels(texts[i] or "", rules=rules)
        if bare:
            labels[i] = bare[-1]
            if len(bare) > 1:
                earlier[i] = bare[-2][0]  # several turns in one sentence: the last one's predecessor
            per_doc[doc[i]] = per_doc.get(doc[i], 0) + 1
            continue
        if heads[i] or ":" not in texts[i] or r.captions.search(texts[i]):
            continue
        for m in r.label.finditer(texts[i]):
            chain = m.start() > 0 and _title_chain(texts[i][:m.start()])
            if m.start() == 0 or first_in_para or chain or r.anywhere in m.group(0).lower():
                name = m.group(1).strip()
                if r.reject_all_caps and name.upper() == name or not label_ok(name, texts[i], m.start(), rules=rules):
                    break
                if len(name.split()) >= 1 and not name.lower().startswith(r.not_speakers):
                    labels[i] = (name, m.end())
                    per_doc[doc[i]] = per_doc.get(doc[i], 0) + 1
                break
    # A lone one-word label is a subheading ("Brexit: Russia did it."), not a transcript.
    for d in [d for d, n in per_doc.items() if n == 1]:
        i = next(i for i in labels if doc[i] == d)
        if len(labels[i][0].split()) < r.single_label_min_words:
            del labels[i]
            per_doc[d] = 0
    # A generic role label ("Question: at what expense?" in an address) with no later label in its
    # document is rhetorical: no turn (rule ``unanswered_role``).
    if "unanswered_role" not in r.rules_off:
        last = {}
        for i in order:
            if i in labels:
                last[doc[i]] = i
        for i in [i for i in labels if labels[i][0].lower() in r.role_labels and last[doc[i]] == i]:
            del labels[i]
            per_doc[doc[i]] -= 1
    out: dict[int, tuple[str, int, str]] = {}
    _message_turns(order, doc, texts, heads, per_doc, out, r)
    _post_turns(order, doc, para_no, texts, heads, per_doc, out, rules)
    current_doc, current = None, ""
    for i in order:
        if doc[i] != current_doc:
            current_doc, current = doc[i], ""
        if per_doc.get(doc[i], 0) < 1:
            continue
        if i in labels:
            name, end = labels[i]
            out[i] = (name, end, earlier.get(i, current))
            current = name
        elif current:
            out[i] = (current, 0, current)
    return out
