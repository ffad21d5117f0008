"""Whose words a frame term is in: reporting cues, speakers, and the voice of a term.

``quoted`` when the term is inside a quotation (or a transcript turn), ``paraphrase``
when the sentence reports speech without quotes ("X said that …", "according to X",
"…, X said."), else ``authorial``. The reporting verbs, source phrases and the words a
speaker phrase may hold are data (``resources/frame_cues.yml``, section ``attribution``).

Examples:
    >>> [(a.kind, a.speaker) for a in attributions("Russia is a partner, Peskov said.", (), load_cues())]
    [('verb_after', 'Peskov')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summitlens.extract.frames.cues import Cues, load_cues
from summitlens.text.blurbs import blank_spans, link_blurbs
from summitlens.text.clauses import WORD
from summitlens.text.parse import head_token

__all__ = [
    "Attribution",
    "addressee_object",
    "sentence_antecedent",
    "resolve_document_speakers",
    "speaker_from_earlier",
    "adjacent_speaker",
    "subject_before_aside",
    "outer_speaker",
    "drop_unresolved_pronouns",
    "appositive_label",
    "quote_cue_speaker",
    "sentence_break",
    "attributions",
    "speaker_before",
    "speaker_after",
    "paragraph_speaker",
    "continued_speaker",
    "voice_of",
    "title_quotation",
    "name_quotation",
    "parenthetical",
    "in_speaker_phrase",
    "after_speaker_phrase",
    "parse_subject",
    "quote_governor",
    "blank_link_blurbs",
    "apposed_name",
    "description_title",
    "titled_person",
    "opening_source",
    "question_verb",
    "source_from",
    "possessed_speech",
    "described_name",
    "in_source_phrase",
    "document_issuer",
    "possessed_title",
    "reported_argument",
    "reported_adjunct",
    "adjunct_candidate",
    "possessed_title_candidate",
    "quotation_signer",
    "characterised_as",
    "characterising_verb",
    "governing_report",
    "quantity_group",
]

_SPEAKER_STOP = re.compile(r"[,;:()\"\u201c\u201d\[\]]|\s-\s|\.\s")


def speaker_before(text: str, pos: int, cues: Cues) -> str:
    """The noun phrase that ends just before a reporting verb at ``pos``.

    Examples:
        >>> speaker_before("The Kremlin spokesman Dmitry Peskov said", 36, load_cues())
        'The Kremlin spokesman Dmitry Peskov'
    """
    pos = len(text[:pos].rstrip()) + (1 if text[pos - 1:pos].isspace() else 0)  # blanked text is skipped
    seg = text[max(0, pos - 160):pos]
    close = seg.rstrip()
    if close.endswith(")") and "(" in close:
        # "Sen. Rob Portman (R-Ohio) said": the subject precedes a parenthesis.
        opened = close.rfind("(")
        if ")" not in close[opened:-1]:
            return speaker_before(text, max(0, pos - 160) + opened, cues)
    m = None
    for m in _SPEAKER_STOP.finditer(seg):
        pass
    if m is not None:
        rel = cues.relative_clause.match(seg[m.end():])
        if rel and m.group(0).strip() == ",":
            # "Western nations, who have labeled it …": the speaker precedes the comma.
            return speaker_before(text, max(0, pos - 160) + m.start(), cues)
        seg = seg[m.end():]
    toks = list(WORD.finditer(seg))
    keep: list[re.Match] = []
    for t in reversed(toks):
        w = t.group(0)
        lw = w.lower()
        if w[0].isupper() or lw in cues.title_words or lw in cues.source_nouns or w.endswith("'s"):
            keep.append(t)
            if len(keep) >= 8:
                break
            continue
        if lw in cues.skip_before_verb and not keep:
            continue
        break
    if not keep:
        return ""
    keep.reverse()
    while keep and keep[0].group(0).lower() in cues.speaker_leading_drop:
        keep.pop(0)
    if keep and keep[0].group(0).lower() in cues.speaker_leading_adverbials:
        # "On Thursday Mr Trump said", "Although she felt": an adverbial opens the sentence.
        keep.pop(0)
        while keep and (keep[0].group(0).lower() in cues.not_speakers or keep[0].group(0).isdigit()):
            keep.pop(0)
    if not keep:
        return ""
    if cues.pronoun_ends_speaker and len(keep) > 1 and keep[-1].group(0).lower() in cues.unresolved_pronouns:
        # "Kathy Kontoa told the Guardian she thought …": the pronoun is the subject, the
        # capitalised words before it the object of an earlier verb.
        return keep[-1].group(0)
    words = [k.group(0) for k in keep]
    if seg[:keep[0].start()].strip() == "" and words[0].lower().endswith("ing") and len(words) > 1 \
            and not words[1][:1].isupper():
        return ""  # a sentence-initial participle ("Unveiling the plan, Pompeo said"), not a name
    if not any(w[0].isupper() or w.lower() in cues.source_nouns for w in words):
        return ""
    if len(words) == 1 and words[0].lower() in cues.not_speakers:
        prev = seg[:keep[0].start()].split()
        if not (words[0][:1].isupper() and words[0].lower() in cues.name_like_calendar_words) or \
                prev and (prev[-1][:1].islower() or prev[-1][:1].isdigit()):
            return ""  # "in May said" is a date; "…, May said" is Theresa May
    return seg[keep[0].start():keep[-1].end()].strip()


def speaker_after(text: str, pos: int, cues: Cues) -> str:
    """The noun phrase that starts at ``pos`` ("… said Xi", "according to the Kremlin").

    Examples:
        >>> speaker_after("according to the Kremlin on Friday", 12, load_cues())
        'the Kremlin'
        >>> speaker_after("said Mr. Pence, smiling", 4, load_cues())
        'Mr. Pence'
    """
    seg = text[pos:pos + 120]
    for cut in _SPEAKER_STOP.finditer(seg):
        if cut.group(0) == ". " and _abbreviated_title(seg[:cut.start() + 1], cues):
            continue  # "said Mr. Pence": a title's period ends no speaker
        seg = seg[:cut.start()]
        break
    seg = cues.speaker_after_stop.split(" " + seg.strip(), maxsplit=1)[0].strip()
    seg = seg.rstrip(".")
    words = seg.split()
    if not words or len(words) > 8:
        words = words[:8]
    s = " ".join(words)
    if len(words) == 1 and s.lower() in cues.not_speakers:
        return ""
    first = s.split()[0].lower() if s else ""
    if s and cues.described_speaker_after and not s[0].isupper() and first not in cues.speaker_after_starts:
        return described_name(s, cues)
    if s and cues.source_noun_after and first in cues.source_nouns and first not in cues.not_speakers \
            and first not in cues.pronoun_speakers | cues.unresolved_pronouns:
        return s  # "according to aides to both men", "said officials": a common-noun source
    return s if s and (s[0].isupper() or first in cues.speaker_after_starts) else ""


_DESCRIBED_NAME = re.compile(r"(?P<desc>(?:[a-z][\w-]*\s+){1,3})(?P<name>[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|[a-z]{1,3}(?=\s+[A-Z])))*)")


def described_name(phrase: str, cues: Cues) -> str:
    """The name closing a speaker phrase opened by lower-case descriptors ("city resident Ahmed
    Amir Neihoum", "longtime adviser Jane Doe"): the phrase itself; '' when the phrase is not
    one to three such descriptors and a name, or a descriptor is a pronoun, auxiliary or stop.

    Examples:
        >>> described_name("city resident Ahmed Amir Neihoum", load_cues())
        'city resident Ahmed Amir Neihoum'
        >>> described_name("it was Russia", load_cues())
        ''
    """
    m = _DESCRIBED_NAME.fullmatch(phrase.strip())
    if not m:
        return ""
    bad = cues.not_speakers | cues.skip_before_verb | cues.unresolved_pronouns | cues.speaker_leading_drop
    if any(w in bad or cues.verbs.fullmatch(w) for w in m.group("desc").split()):
        return ""
    return phrase.strip()


def _abbreviated_title(text: str, cues: Cues) -> bool:
    """Whether ``text`` ends with a title abbreviation and its period ("said Mr.")."""
    last = text.split()[-1].lower().rstrip(".") if text.split() else ""
    return bool(last) and last in cues.title_abbreviations


@dataclass
class Attribution:
    """A reporting cue in a sentence and the speaker it names."""

    kind: str  # "verb_before", "verb_after" (postposed), "source_phrase"
    start: int
    end: int
    speaker: str
    #: Character span of what the verb reports, when the speaker comes from the parse: only a
    #: term inside it is in the speaker's words.
    scope: tuple[int, int] | None = None


def attributions(text: str, quotes, cues: Cues, *, doc=None, modifier_doc=None) -> list[Attribution]:
    """Reporting cues outside quotations in a sentence (match form).

    Args:
        text: Sentence (or paragraph) in match form.
        quotes: Quotation spans in ``text`` (cues inside them are ignored).
        cues: Compiled cues.
        doc: spaCy parse of ``text`` (optional): a verb whose words before it name no speaker,
            or name the object of a preposition ("a jihadist based in the Gaza Strip has
            claimed"), takes its subject on the parse (:func:`parse_subject`).
        modifier_doc: A parse of ``text`` read only by rule ``postposed_modifiers`` when ``doc``
            is None (a sentence parsed for its reporting cue alone).

    Returns:
        The attributions in cue-type order (impersonal, source phrases, verbs).

    Examples:
        >>> [(a.kind, a.speaker) for a in attributions("According to Xi, ties are strong.", (), load_cues())]
        [('source_phrase', 'Xi')]
    """
    def inside(p):
        return any(a <= p < b for a, b in quotes)

    out: list[Attribution] = []
    for m in cues.impersonal.finditer(text):
        if not inside(m.start()):
            out.append(Attribution("source_phrase", m.start(), m.end(), ""))
    for m in cues.source_phrases.finditer(text):
        if inside(m.start()):
            continue
        out.append(Attribution("source_phrase", m.start(), m.end(), speaker_after(text, m.end(), cues)))
    for m in cues.verbs.finditer(text):
        if inside(m.start()):
            continue
        before = text[max(0, m.start() - 12):m.start()].lower()
        if cues.passive_marker.search(before) and m.group(0) in cues.passive_verbs:
            continue  # "so-called", passive "is seen as"
        if question_verb(text, m.start(), cues):
            continue  # "Do you think …": a question to the reader reports nobody
        n_out = len(out)
        refused = _verb_attribution(text, m, out, cues, doc=doc, modifier_doc=modifier_doc) \
            and len(out) == n_out
        if doc is None or refused:
            continue
        if len(out) == n_out:
            if m.group(0).endswith("ed") and re.match(r"\s+to\s", text[m.end():]):
                continue  # "nations usually believed to be friendly": a passive report
            att = _parse_attribution(text, doc, m, quotes, cues)
            if att is not None:
                out.append(att)
        elif out[-1].start == m.start() and out[-1].speaker and _object_speaker(doc, text, out[-1]):
            ps = parse_subject(doc, m.start(), cues)
            if ps and ps[1] < m.start():
                out[-1].speaker = ps[0]
    if doc is not None:
        out = [a for a in out if a.kind == "source_phrase" or not object_sense(doc, a.start, cues)]
    for a in out:
        if a.speaker.lower() in cues.pronoun_speakers:
            a.speaker = sentence_antecedent(text, a.start, cues) or a.speaker
        comment = comment_clause(doc, a.start, cues) if doc is not None and a.kind != "source_phrase" else None
        if comment is not None:
            # "Russia, as the minister noted, remains a partner": the clause the comment hangs on.
            a.kind, a.scope = "verb_after", comment
        elif doc is not None and a.kind == "verb_before" and a.scope is None and cues.verb_clause_scope:
            a.scope = _clause_of(doc, a.start)
    return out


_CLAUSE_OPEN = re.compile(r"[.?!;:\"(\u2014]|\s--?\s")


def question_verb(text: str, pos: int, cues: Cues) -> bool:
    """Whether the reporting verb at ``pos`` is asked in a question ("Do you think …",
    "Does anyone believe …"): an auxiliary of ``question_auxiliaries`` opens its clause and at
    most three words (the subject) come between it and the verb.

    Examples:
        >>> t = "Do you think Russia is an ally?"
        >>> question_verb(t, 7, load_cues()), question_verb("You do think so", 7, load_cues())
        (True, False)
    """
    if not cues.question_auxiliaries:
        return False
    head = text[:pos]
    cut = None
    for cut in _CLAUSE_OPEN.finditer(head):
        pass
    words = head[cut.end() if cut else 0:].split()
    while words and words[0].lower() in cues.speaker_leading_drop:
        words.pop(0)  # "But do they say …"
    return 2 <= len(words) <= 4 and words[0].lower() in cues.question_auxiliaries and \
        not any(w.lower().strip(",") in ("not", "n't") for w in words)


def _parse_attribution(text: str, doc, m: re.Match, quotes, cues: Cues) -> Attribution | None:
    """The attribution of the reporting verb ``m`` read on the parse: its subject (when it can
    be a speaker and is not quoted) reporting the verb's complement; None when it has none."""
    ps = parse_subject(doc, m.start(), cues)
    pre = text[:ps[1]].rstrip() if ps else ""
    scope = _complement(doc, m.start(), cues)
    inverted = pre.endswith((",", '"')) or bool(ps) and ps[1] > m.start()
    if scope and scope[0] >= m.end():
        comma = text.find(",", m.end(), scope[1])  # "…, like the Trans-Pacific Partnership, …"
        scope = (scope[0], comma) if comma >= 0 else scope
    quoted_subject = ps and any(a < ps[1] + len(ps[0]) and ps[1] < b for a, b in quotes)
    comment = comment_clause(doc, m.start(), cues) if scope is None else None
    if ps and comment is not None and _speaker_like(doc, ps, cues) and not quoted_subject and ps[1] < m.start():
        return Attribution("verb_after", m.start(), m.end(), ps[0], comment)
    if ps and scope and _speaker_like(doc, ps, cues) and not quoted_subject and \
            (ps[1] < m.start() or pre.endswith((",", '"'))):
        kind = _kind(text, m) if inverted else "verb_before"
        return Attribution(kind, m.start(), m.end(), ps[0], scope)
    return None


def comment_clause(doc, pos: int, cues: Cues) -> tuple[int, int] | None:
    """What the reporting verb at ``pos`` reports when it heads a comment clause (rule
    ``comment_clause``): an adverbial clause opened by one of ``comment_clause_marks`` with no
    clausal complement or object of its own ("As Lopez argued in The Review, …"; "…, as the
    minister noted, …"), the marker standing for what is said. The span is the clause the comment
    hangs on (its subtree on the parse); None when the verb heads no such clause.

    Args:
        doc: spaCy parse of the sentence.
        pos: Character offset of the reporting verb in the parse's text.
        cues: Compiled cues (``comment_clause_marks``, ``attribution.rules_off``).

    Returns:
        ``(start, end)`` character offsets, or None.

    Off by default (``attribution.rules_off``); switched on here:

    Examples:
        >>> import dataclasses
        >>> from summitlens.text.parse import parse_one
        >>> on = dataclasses.replace(load_cues(), attribution_rules_off=frozenset())
        >>> t = "As Maria Lopez argued in The Review, the alliance is a sham."
        >>> comment_clause(parse_one(t), t.index("argued"), on)
        (0, 60)
        >>> t = "As the talks began, Lopez argued that the alliance is a sham."
        >>> comment_clause(parse_one(t), t.index("argued"), on) is None
        True
    """
    if doc is None or "comment_clause" in cues.attribution_rules_off or not cues.comment_clause_marks:
        return None
    tok = head_token(doc, pos, pos + 1)
    if tok is None or tok.dep_ != "advcl" or tok.i == tok.head.i:
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "mark" and c.lower_ in cues.comment_clause_marks and c.i < tok.i for c in kids):
        return None
    for c in kids:
        if c.dep_ in ("ccomp", "xcomp", "attr", "oprd") or c.dep_ == "dobj" and c.lower_ not in \
                cues.comment_clause_objects and not cues.addressee_verbs.fullmatch(tok.text):
            # "as Lopez argued that …", "as the minister noted the risks", "“V. Putin,” as Trump labels
            # him": no comment on the clause ("as the minister told reporters" still is one)
            return None
    sub = list(tok.head.subtree)
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1])
    for c in tok.head.children:
        # other adverbial clauses of that clause are not in the comment ("…, as X writes, as a
        # “globalist power,” though it remains authoritarian")
        if c.dep_ == "advcl" and c.i != tok.i:
            if c.i > tok.i:
                end = min(end, c.left_edge.idx)
            else:
                start = max(start, c.right_edge.idx + len(c.right_edge))
    return start, end


def object_sense(doc, pos: int, cues: Cues) -> bool:
    """Whether the reporting verb at ``pos`` is one of ``object_sense_verbs`` used with a direct
    object and no clausal complement on the parse (rule ``object_sense``): it keeps or shows a
    thing ("China has maintained a military alliance"), it reports nothing.

    Args:
        doc: spaCy parse of the sentence.
        pos: Character offset of the verb in the parse's text.
        cues: Compiled cues (``object_sense_verbs``, ``attribution.rules_off``).

    Returns:
        True when the verb reports nothing.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "Russia has maintained a close alliance with Syria."
        >>> object_sense(parse_one(t), t.index("maintained"), load_cues())
        True
        >>> t = "Russia has maintained that the alliance is strong."
        >>> object_sense(parse_one(t), t.index("maintained"), load_cues())
        False
    """
    if "object_sense" in cues.attribution_rules_off or not cues.object_sense_verbs:
        return False
    tok = head_token(doc, pos, pos + 1)
    if tok is None or tok.lower_ not in cues.object_sense_verbs:
        return False
    kids = [c.dep_ for c in tok.children]
    return "dobj" in kids and not any(d in ("ccomp", "xcomp") for d in kids)


def object_sense_candidate(text: str, cues: Cues) -> bool:
    """Whether a sentence holds a verb of ``object_sense_verbs`` (then it is parsed, for
    :func:`object_sense`).

    Examples:
        >>> object_sense_candidate("China has maintained a military alliance.", load_cues())
        True
    """
    if "object_sense" in cues.attribution_rules_off or not cues.object_sense_verbs:
        return False
    return any(w.lower() in cues.object_sense_verbs for w in WORD.findall(text))


def comment_candidate(text: str, cues: Cues) -> bool:
    """Whether a sentence may hold a comment clause (rule ``comment_clause``): a marker of
    ``comment_clause_marks`` opening the sentence or following a comma or dash, then at most five
    words and a reporting verb; such a sentence is parsed to decide (:func:`comment_clause`).

    Examples:
        >>> import dataclasses
        >>> on = dataclasses.replace(load_cues(), attribution_rules_off=frozenset())
        >>> comment_candidate("The alliance, as Lopez argued, is a sham.", on)
        True
        >>> comment_candidate("Lopez argued the alliance is a sham.", on)
        False
    """
    if "comment_clause" in cues.attribution_rules_off or not cues.comment_clause_marks:
        return False
    for m in cues.verbs.finditer(text):
        words = re.split(r"(?:^|[,;(\u2013\u2014]|\s--?\s)\s*", text[max(0, m.start() - 80):m.start()])[-1].split()
        if 2 <= len(words) <= 6 and words[0].lower() in cues.comment_clause_marks:
            return True
    return False


def _clause_of(doc, pos: int) -> tuple[int, int] | None:
    """Character span of the clause a reporting verb at ``pos`` heads on the parse (its subtree):
    a verb in a relative clause, an aside or a subordinate clause ("the government that succeeds
    the Assad regime, which the Russians say is key"; "– U.S. officials described this as … –")
    reports nothing outside it. None when the verb heads the sentence."""
    tok = head_token(doc, pos, pos + 1)
    if tok is None or tok.dep_ == "ROOT":
        return None
    sub = list(tok.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1])


def _complement(doc, pos: int, cues: Cues) -> tuple[int, int] | None:
    """Character span of the complements (``complement_deps``) of the verb at ``pos``."""
    tok = head_token(doc, pos, pos + 1)  # the token at ``pos``
    toks = [d for c in (tok.children if tok is not None else ()) if c.dep_ in cues.complement_deps
            for d in c.subtree]
    if not toks:
        return None
    return min(t.idx for t in toks), max(t.idx + len(t) for t in toks)


def _speaker_like(doc, ps: tuple[str, int], cues: Cues) -> bool:
    """Whether a parse subject can be a speaker: it holds a name, a source noun or title word
    ("the foreign ministry"), or is a personal pronoun of ``unresolved_pronouns``."""
    words = [t for t in doc if ps[1] <= t.idx < ps[1] + len(ps[0])]
    if len(words) == 1 and words[0].lower_ in cues.not_speakers:
        return False
    return any(t.pos_ == "PROPN" or t.lower_ in cues.source_nouns and t.pos_ != "PRON"
               or t.lower_ in cues.title_words and t.pos_ == "NOUN" or t.lower_ in cues.unresolved_pronouns
               or cues.noun_subjects and t.tag_ == "NNS" and t.dep_ == "nsubj"
               for t in words)


def _object_speaker(doc, text: str, att: Attribution) -> bool:
    """Whether the speaker read before a verb ends in the object of a preposition on the parse
    ("based in the Gaza Strip has claimed"): not the verb's subject."""
    at = text.rfind(att.speaker, 0, att.start)
    if at < 0:
        return False
    end = at + len(att.speaker) - 1
    tok = head_token(doc, end, end + 1)  # the token at ``end``
    return tok is not None and tok.dep_ == "pobj" and tok.head.tag_ == "IN"  # not "including X"


def _verb_attribution(text: str, m: re.Match, out: list[Attribution], cues: Cues, *, doc=None,
                      modifier_doc=None) -> bool:
    """The attribution of the reporting verb ``m`` read from the words around it, appended to
    ``out``; False when they name no speaker, True when they show the verb reports nothing.
    With ``doc`` (and ``inverted_subject_parse``), a verb of saying after a comma whose subject
    on the parse follows it ("…, who was a close friend of Chavez, said Felipe Burbano de Lara,
    who teaches …") reports the words before it, its speaker that subject."""
    spk = speaker_before(text, m.start(), cues)
    if spk:
        # "…, Smith said." / "…," Smith said on Friday.": a postposed attribution.
        head = text[:m.start()].rstrip()
        head = head[:len(head) - len(spk)].rstrip() if head.endswith(spk) else head
        mods = postposed_modifiers(doc if doc is not None else modifier_doc, head, cues)
        if mods:
            # "…, local activists said.": the speaker's own modifiers after the comma.
            head, spk = head[:len(head) - len(mods)].rstrip(), f"{mods} {spk}"
        tail = text[m.end():]
        if head.endswith((",", '"', "'")) and (len(WORD.findall(tail)) <= 6 and "," not in tail
                                               or tail.lstrip().startswith(",")):
            # "…, Smith said." or an inserted "…, O'Hanlon said, but …": the whole sentence.
            out.append(Attribution("verb_after", m.start(), m.end(), spk))
        else:
            out.append(Attribution("verb_before", m.start(), m.end(), spk))
        return True
    # Postposed ("…, Xi said." / "…," said Xi.)
    pre = text[:m.start()].rstrip()
    if pre.split()[-1:] and pre.split()[-1].lower() in cues.not_before_postposed:
        return True  # "want to see the regime swept away": no report
    prior = [a for a in out if a.kind != "source_phrase" and a.end <= m.start() and a.speaker]
    if prior and m.group(0).endswith("ing") and pre.endswith(","):
        # "McMaster said, saying Russia …": a participle shares its clause's subject.
        out.append(Attribution("verb_before", m.start(), m.end(), prior[-1].speaker))
        return True
    if prior and pre.split()[-1].lower() in cues.verb_coordinators and \
            not any(a.start > prior[-1].end for a in out if a.kind != "source_phrase"):
        # "May said her government had anticipated it and said: …": coordinated verbs share
        # their subject.
        out.append(Attribution("verb_before", m.start(), m.end(), prior[-1].speaker))
        return True
    if doc is not None and cues.inverted_subject_parse and pre.endswith(",") \
            and m.group(0).lower() in cues.inverting_verbs:
        ps = parse_subject(doc, m.start(), cues)
        if ps and ps[1] >= m.end() and _speaker_like(doc, ps, cues):
            out.append(Attribution("verb_after", m.start(), m.end(), ps[0]))
            return True
    if cues.described_speaker_after and pre.endswith(",") and m.group(0).lower() in cues.inverting_verbs:
        # "…, who was a close friend of Chavez, said Felipe Burbano de Lara, who teaches …";
        # "…, said city resident Ahmed Amir Neihoum.": a name closing the report after the verb.
        after = speaker_after(text, m.end(), cues)
        rest = text[m.end():].lstrip()[len(after):] if after and text[m.end():].lstrip().startswith(after) else None
        if after and rest is not None and re.match(r"\s*(?:,|\.?\s*$)", rest) and _DESCRIBED_NAME.fullmatch(
                "x " + after if after[:1].isupper() else after):
            out.append(Attribution("verb_after", m.start(), m.end(), after))
            return True
    aside = subject_before_aside(text, m.start(), cues)
    if aside:
        # "Mr. McCain, who has visited Syria, said it …"; "Fullilove, head of X, told the FT."
        out.append(Attribution(_kind(text, m), m.start(), m.end(), aside))
        return True
    if pre.endswith((",", '"')) or re.search(r"(?:,|\"|'(?![a-z]))\s*\w+(\s+\w+){0,4}\s*$", pre):
        # Only a verb of saying precedes its subject ("…," said Xi); after "told" or
        # "called" comes the addressee or the object ("…," he told the Financial Times).
        after = speaker_after(text, m.end(), cues) if m.group(0).lower() in cues.inverting_verbs else ""
        if after:
            out.append(Attribution("verb_after", m.start(), m.end(), after))
            return True
        spk2 = speaker_before(text, m.start(), cues)
        if spk2:
            out.append(Attribution("verb_after", m.start(), m.end(), spk2))
            return True
    return False


def postposed_modifiers(doc, head: str, cues: Cues) -> str:
    """Rule ``postposed_modifiers``: the words closing ``head`` (the sentence up to a speaker
    found before a reporting verb) after its last comma when, on the parse, each modifies a noun,
    adjective or number after it (``postposed_modifier_deps``: "…, Syrian regime forces moved in,
    local activists said."; not "…, where he said"), at most ``postposed_modifier_max`` of them;
    '' otherwise (or without a parse).

    Examples:
        >>> import dataclasses
        >>> from summitlens.text.parse import parse_one
        >>> t = "Regime forces moved into the town, local activists said."
        >>> on = dataclasses.replace(load_cues(), attribution_rules_off=frozenset())
        >>> postposed_modifiers(parse_one(t), t[:t.index(" activists")], on)
        'local'
        >>> t = "Regime forces moved into the town, but activists said."
        >>> postposed_modifiers(parse_one(t), t[:t.index(" activists")], on)
        ''
        >>> postposed_modifiers(parse_one(t), t[:t.index(" activists")], load_cues())  # off by default
        ''
    """
    if doc is None or "postposed_modifiers" in cues.attribution_rules_off:
        return ""
    m = re.search(r",\s*((?:[a-z0-9][\w'-]*\s+)*[a-z0-9][\w'-]*)$", head)
    if m is None or len(m.group(1).split()) > cues.postposed_modifier_max:
        return ""
    a, b = m.start(1), m.end(1)
    toks = [t for t in doc if a <= t.idx < b]
    if not toks or any(t.dep_ not in cues.postposed_modifier_deps or t.head.idx < b or t.head.pos_ not in
                       ("NOUN", "PROPN", "ADJ", "NUM") for t in toks):
        return ""
    return m.group(1)


def after_speaker_phrase(text: str, s: int, attrs: list[Attribution], cues: Cues) -> bool:
    """Whether position ``s`` lies in the speaker phrase after a postposed verb or a source
    phrase ("…," said Jim Campbell of the conservative legal group Alliance Defending Freedom;
    "…," says Dana Van Abbema, a local volunteer … and friend of Alex): the writer's description
    of the speaker, not what is reported. No quotation mark, reporting verb or "that" between.

    Examples:
        >>> t = '"No," said Jim Campbell of the group Alliance Defending Freedom.'
        >>> after_speaker_phrase(t, t.index("Alliance"), attributions(t, ((0, 5),), load_cues()), load_cues())
        True
    """
    for att in attrs:
        if cues.source_phrase_speaker and att.kind == "source_phrase" and att.end <= s \
                and in_source_phrase(text, att.end, s, cues):
            return True
        if att.speaker and att.kind == "verb_after" and att.end <= s:
            p = text.find(att.speaker, att.end)
            if p < 0 or text[att.end:p].strip() or p > s:
                continue
            between = text[p:s]
            if any(q in between for q in "\"\u201c\u201d") or cues.verbs.search(between) \
                    or re.search(r"\bthat\b", between):
                continue
            return True
    return False


_SOURCE_GAP = re.compile(r"[,;:()\"\u201c\u201d]|\s--?\s|\u2014|\u2013|\bthat\b|\bwho\b|\bwhich\b")


def in_source_phrase(text: str, end: int, s: int, cues: Cues) -> bool:
    """Whether position ``s`` lies in the noun phrase right after a source phrase ending at
    ``end`` ("according to figures from the non-profit Drug Policy Alliance"; "According to
    Donald Trump and his allies, …"): the writer's naming of the source, not what it reports.
    No punctuation, dash, reporting verb or relative word between, at most 10 words.

    Examples:
        >>> t = "Records were cleared, according to figures from the Drug Policy Alliance."
        >>> in_source_phrase(t, t.index(" figures"), t.index("Alliance"), load_cues())
        True
        >>> t = "According to Xi, the alliance is strong."
        >>> in_source_phrase(t, 12, t.index("alliance"), load_cues())
        False
    """
    between = text[end:s]
    return len(between.split()) <= 10 and not _SOURCE_GAP.search(between) and not cues.verbs.search(between)


def sentence_antecedent(text: str, pos: int, cues: Cues) -> str:
    """The titled person ("Mr Putin", "President Xi Jinping") that a pronoun speaker before
    ``pos`` refers to in its own sentence: the last one before it that is the subject of a
    clause (at the sentence start, after a comma or one of ``antecedent_openers``, and followed
    by a lower-case word); '' when none ("After meeting Mr Putin, he said" names someone else).

    Examples:
        >>> t = "As Mr Putin summarised his talks with China, he said he was sure."
        >>> sentence_antecedent(t, t.index("said"), load_cues())
        'Putin'
        >>> t = "After meeting Mr Putin, he said he was sure."
        >>> sentence_antecedent(t, t.index("said"), load_cues())
        ''
    """
    best = ""
    for n in cues.titled_name.finditer(text, 0, pos):
        before = text[:n.start()].rstrip()
        prev = before.split()[-1].lower() if before.split() else ""
        after = text[n.end():].split()
        if (not before or before.endswith(",") or prev in cues.antecedent_openers) and after and \
                after[0][:1].islower() and not (cues.possessor_not_antecedent and n.group("who").endswith("'s")):
            best = n.group("who")  # "Mr Trump's approach …, he argues": a possessor is no subject
    return best


def _kind(text: str, m: re.Match) -> str:
    """``verb_after`` for a postposed attribution closing the sentence ("…, Smith said."),
    else ``verb_before``."""
    tail = text[m.end():]
    return "verb_after" if len(WORD.findall(tail)) <= 6 and "," not in tail else "verb_before"


#: A closing quotation mark and comma (and a speaker phrase) just before a closing report.
_QUOTE_BEFORE = re.compile(r"[\"\u201d]\s*[^\"\u201d\u201c]{0,60}$")


def _own_clause_after(doc, s: int, verb_pos: int) -> bool:
    """Whether the term at ``s`` sits in an adverbial clause with a subject of its own that hangs
    on the reporting verb at ``verb_pos`` ("said, as he presented … allies"; not a participle
    sharing the verb's subject: "said, rejecting offers from foreign partners").

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = '"It will work," Trump said, as he presented the plan to allies.'
        >>> _own_clause_after(parse_one(t), t.index("allies"), t.index("said"))
        True
        >>> t = '"We will rebuild," the minister said, rejecting offers from partners.'
        >>> _own_clause_after(parse_one(t), t.index("partners"), t.index("said"))
        False
    """
    if doc is None:
        return False
    tok = head_token(doc, s, s + 1)  # the token at ``s``
    while tok is not None and tok.head.i != tok.i:
        if tok.dep_ == "advcl" and tok.head.idx == verb_pos:
            return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        tok = tok.head
    return False


_ASIDE_END = re.compile(r"(?:,|\s--?|\u2014|\u2013)\s*$")


def subject_before_aside(text: str, pos: int, cues: Cues) -> str:
    """The subject of a reporting verb at ``pos`` separated from it by an aside between commas
    or dashes ("Mr. McCain, who has visited Syria, said"; "Henderson -- one of the authors --
    said"; "Bush, though, said"; "McConnell agreed, saying"); '' when the verb does not follow
    an aside.

    Examples:
        >>> t = "John McCain, who has visited Syria, said it has turned."
        >>> subject_before_aside(t, t.index("said"), load_cues())
        'John McCain'
        >>> subject_before_aside("It is strong, said to be rich.", 14, load_cues())
        ''
    """
    pre = text[:pos]
    while True:  # "Russia, Syria's ally, has described …": skip the auxiliaries before the verb
        w = re.search(r"(\w+)\s*$", pre)
        if not w or w.group(1).lower() not in cues.skip_before_verb:
            break
        pre = pre[:w.start()]
    end = _ASIDE_END.search(pre)
    if not end:
        return ""
    comma = end.group(0).strip() == ","
    opener = re.compile(r",\s" if comma else r"\s--?\s|\u2014|\u2013")
    body_end = end.start()
    starts = [o for o in opener.finditer(pre, max(0, body_end - cues.aside_max_chars), body_end)]
    best = ""
    for o in reversed(starts[-cues.aside_max_commas:] if comma else starts[-1:]):
        aside = pre[o.end():body_end]
        if any(q in aside for q in '"\u201c\u201d') or sentence_break(aside, cues):
            break
        # The earliest name before the commas: "Rep. Eliot Engel, D-N.Y., top Democrat, said";
        # a common noun only when no name comes before it ("The leader, Mitch McConnell, agreed").
        spk = speaker_before(text, o.start(), cues)
        if spk and (not best or any(w[:1].isupper() for w in spk.split()[1:]) or spk[:1].isupper()
                    and len(spk.split()) == 1):
            best = spk
    if best and not any(w[:1].isupper() for w in best.split()):
        # "The Senate majority leader, Mitch McConnell, agreed": the aside is the name.
        inner = speaker_before(text, body_end, cues)
        best = inner if inner[:1].isupper() else best
    return best


#: Characters between a quotation and the reporting cue that attributes it.
ADJACENT = 60


def paragraph_speaker(text: str, quotes, cues: Cues, *, quote: tuple[int, int] | None = None) -> str:
    """Speaker of a paragraph's quotation: a reporting cue right after or before it ('' when none).

    Args:
        text: Paragraph in match form.
        quotes: Its quotation spans.
        cues: Compiled cues.
        quote: The quotation (paragraph offsets); None takes the first attribution.

    Returns:
        The speaker, or '' when no cue touches the quotation: an unattributed quotation has
        no speaker (never a nearby capitalised word).

    Examples:
        >>> paragraph_speaker('"We are friends. We trust each other," Xi said.', [(0, 38)], load_cues(),
        ...                   quote=(0, 38))
        'Xi'
        >>> paragraph_speaker('"We are friends." North Korea fired a missile.', [(0, 17)], load_cues(),
        ...                   quote=(0, 17))
        ''
    """
    atts = [a for a in attributions(text, quotes, cues) if a.speaker]
    if quote is None:
        return atts[0].speaker if atts else ""
    return adjacent_speaker(text, quote, atts, cues) or continued_speaker(text, quotes, quote, atts, cues)


def continued_speaker(text: str, quotes, quote: tuple[int, int], atts, cues: Cues) -> str:
    """Speaker of a quotation with no cue of its own that opens a sentence right after an
    earlier quotation's sentence in its paragraph (a multi-sentence quote: "'…,' said Michael
    McKenna. 'She is not a very friendly person.'"): the earlier quotation's speaker.

    Only the sentence just before it is looked at, and it must end with the earlier quotation or
    its cue (no other sentence between them).

    Examples:
        >>> t = '"Ties are good," Xi said. "We are friends."'
        >>> continued_speaker(t, [(0, 16), (26, 43)], (26, 43), attributions(t, [(0, 16), (26, 43)], load_cues()),
        ...                   load_cues())
        'Xi'
        >>> t = '"Ties are good," Xi said. He left. "We are friends."'
        >>> continued_speaker(t, [(0, 16), (35, 52)], (35, 52), attributions(t, [(0, 16), (35, 52)], load_cues()),
        ...                   load_cues())
        ''
    """
    if cues.continued_quote_max_gap <= 0:
        return ""
    a = quote[0]
    pre = text[:a].rstrip()
    if not pre.endswith((".", "!", "?", '"', "\u201d")):
        return ""  # the quotation does not open a sentence
    earlier = [q for q in quotes if q[1] <= a]
    if not earlier:
        return ""
    prev = earlier[-1]
    gap = text[prev[1]:a]
    if len(gap) > cues.continued_quote_max_gap or sentence_break(gap.strip().rstrip(".!?"), cues):
        return ""
    return adjacent_speaker(text, prev, atts, cues)


def adjacent_speaker(text: str, quote: tuple[int, int], atts, cues: Cues | None = None) -> str:
    """Speaker of the attribution that touches ``quote`` (after it, or before it with , or :).

    Examples:
        >>> t = 'Xi said: "We are friends."'
        >>> adjacent_speaker(t, (9, 26), attributions(t, [(9, 26)], load_cues()))
        'Xi'
    """
    cues = cues or load_cues()
    a, b = quote
    best, best_d = "", ADJACENT + 1
    for att in atts:
        if not att.speaker:
            continue
        if att.start >= b:
            gap = text[b:att.start]
            if gap.rstrip().endswith(att.speaker) and "," not in gap.rstrip()[:-len(att.speaker)].lstrip(' ,"'):
                # '"…," Florida Sen. Marco Rubio said': measured to where the speaker starts.
                gap = gap.rstrip()[:-len(att.speaker)]
            d = len(gap)
        elif att.end <= a:
            gap = text[att.end:a]
            d = a - att.end
            if not gap.rstrip().endswith((":", ",")) and d > 3 and not (att.kind != "source_phrase" and d <= 40):
                continue
        else:
            continue
        if '"' in gap or "\u201c" in gap or "\u201d" in gap or sentence_break(gap.strip(), cues):
            continue
        if d < best_d:
            best, best_d = att.speaker, d
    return best or quote_cue_speaker(text, quote, cues)


_BREAK = re.compile(r"(\S*)[.!?]\s+(?=\S)")


def sentence_break(text: str, cues: Cues) -> bool:
    """Whether ``text`` holds a sentence end (a period after a title such as "Mr." or an
    initial is none).

    Examples:
        >>> sentence_break(" Mr. McCain ", load_cues()), sentence_break("ends. Then", load_cues())
        (False, True)
    """
    for m in _BREAK.finditer(text):
        w = m.group(1).lower().strip("\"'(\u201c\u201d")
        last = w.split(".")[-1]
        if last in cues.title_abbreviations or (len(last) == 1 and last.isalpha()):
            continue
        return True
    return False


def quote_cue_speaker(text: str, quote: tuple[int, int], cues: Cues) -> str:
    """Speaker named by a reporting cue right after or right before a quotation ('' if none).

    After it: a verb then its subject ("…," answered Gen. Martin Dempsey) or a subject (a
    name, with an apposition between commas, or a determiner phrase) then a verb ("…,"
    McConnell, a Kentucky Republican, told reporters; "…," the letter stated). Before it: a
    verb, a name and its apposition, then a comma or colon ("Writes Allahpundit: "…").

    Examples:
        >>> t = '"We are not friends," McConnell, a Kentucky Republican, told reporters.'
        >>> quote_cue_speaker(t, (0, 21), load_cues())
        'McConnell'
        >>> quote_cue_speaker('Writes Allahpundit: "Ties are strong."', (20, 38), load_cues())
        'Allahpundit'
    """
    a, b = quote
    after = text[b:b + 240]
    cut = re.search(r"[\"\u201c\u201d]", after)
    if cut:
        after = after[:cut.start()]
    m = cues.quote_after.match(after)
    if m and not sentence_break(after[:m.start("who") if m.group("who") else m.start("who2")], cues):
        who = (m.group("who") or m.group("who2")).strip()
        if who and not (len(who.split()) == 1 and who.lower() in cues.not_speakers):
            return who
    who = quotation_signer(text, quote, cues)
    if who:
        return who
    before = text[max(0, a - 240):a]
    cut = max(before.rfind('"'), before.rfind("\u201c"), before.rfind("\u201d"))
    before = before[cut + 1:]
    for rx in (cues.quote_before, cues.quote_possessor):
        m = rx.search(before)
        if m and not sentence_break(before[m.start():], cues):
            who = m.group("who").strip()
            if not (len(who.split()) == 1 and who.lower() in cues.not_speakers):
                return who
    return ""


def quotation_signer(text: str, quote: tuple[int, int], cues: Cues) -> str:
    """The name that signs a quotation after a dash (rule ``signed_quotation``: "“…” — Jane Doe,
    The Daily Planet", "“…” – Jane Doe on “Morning Show”", a pull quote); '' when none does.

    Examples:
        >>> import dataclasses
        >>> t = '"We are not friends." - Jane Doe, The Daily Planet'
        >>> quotation_signer(t, (0, 21), load_cues())
        'Jane Doe'
        >>> off = dataclasses.replace(load_cues(), attribution_rules_off=frozenset({"signed_quotation"}))
        >>> quotation_signer(t, (0, 21), off)
        ''
    """
    if "signed_quotation" not in cues.attribution_rules_off:
        m = cues.quote_signature.match(text, quote[1])
        if m:
            return m.group("who").strip()
    return quotation_credit(text, quote, cues)


def quotation_credit(text: str, quote: tuple[int, int], cues: Cues) -> str:
    """The source credited in parentheses right after a quotation that ends the text (rule
    ``credited_quotation``: "“…, Friends Say.” (Reuters)", "“…torture camps.” (Omaha
    World-Herald)": a quoted headline or editorial and its source); '' when none is, or the
    parentheses hold a stage direction of ``credit_not_sources`` ("(Applause)") or more text
    follows them (a gloss: "the “Druzhba” (Friendship) pipeline").

    Examples:
        >>> import dataclasses
        >>> t = '"Old Friends Meet Again." (Reuters)'
        >>> quotation_credit(t, (0, 25), load_cues())
        'Reuters'
        >>> quotation_credit('"We are friends." (Applause)', (0, 17), load_cues())
        ''
        >>> off = dataclasses.replace(load_cues(), attribution_rules_off=frozenset({"credited_quotation"}))
        >>> quotation_credit(t, (0, 25), off)
        ''
    """
    if "credited_quotation" in cues.attribution_rules_off:
        return ""
    m = cues.quote_credit.match(text, quote[1])
    if not m:
        return ""
    who = m.group("who").strip().rstrip(".")
    return "" if who.lower() in cues.credit_not_sources else who


def characterising_verb(text: str, cues: Cues) -> bool:
    """Whether a sentence holds a verb of ``characterising_verbs`` with "as" at most eight words
    after it (then its parse may show a subject casting something as a term).

    Examples:
        >>> characterising_verb("They cast the mayor as a tyrant.", load_cues())
        True
        >>> characterising_verb("They cast their votes.", load_cues())
        False
    """
    if "characterising_as" in cues.attribution_rules_off or not cues.characterising_verbs:
        return False
    words = [w.lower() for w in WORD.findall(text)]
    return any(w in cues.characterising_verbs and "as" in words[k + 1:k + 9] for k, w in enumerate(words))


def characterised_as(doc, s: int, cues: Cues) -> str:
    """The subject that casts something as the term at ``s`` (rule ``characterising_as``): on
    the parse, the term is inside the object of an "as" attached to a verb of
    ``characterising_verbs`` or to that verb's object ("the Whig presses cast Jackson as a
    would-be tyrant", "Putin was in Vienna offering himself as a reliable partner"); the verb's
    subject (:func:`parse_subject`, a possible speaker) is the one whose label it is; '' otherwise.

    Examples:
        >>> import dataclasses
        >>> from summitlens.text.parse import parse_one
        >>> t = "The old newspapers cast the mayor as a tyrant."
        >>> characterised_as(parse_one(t), t.index("tyrant"), load_cues())
        'The old newspapers'
        >>> off = dataclasses.replace(load_cues(), attribution_rules_off=frozenset({"characterising_as"}))
        >>> characterised_as(parse_one(t), t.index("tyrant"), off)
        ''
    """
    if doc is None or "characterising_as" in cues.attribution_rules_off or not cues.characterising_verbs:
        return ""
    tok = head_token(doc, s, s + 1)
    while tok is not None and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.dep_ == "prep":
            verb = tok.head.head
            if verb.dep_ in ("dobj", "oprd") and verb.head.i != verb.i:
                verb = verb.head  # "cast [Jackson as a tyrant]" parsed with "as" on the object
            if verb.lower_ not in cues.characterising_verbs:
                return ""
            ps = parse_subject(doc, verb.idx, cues)
            return ps[0] if ps and ps[1] < verb.idx and _speaker_like(doc, ps, cues) else ""
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "acl"):
            return ""  # the term is in a clause of its own
        tok = tok.head
    return ""


def _kept_runs(tok, cues: Cues) -> list[list]:
    """The words of ``tok``'s subtree left after cutting its relative clauses, prepositions and
    appositions (``subject_drop_deps``), as runs of adjacent tokens in text order (a cut part
    splits a run); the run holding ``tok`` is its phrase."""
    cut = [t for t in tok.subtree if t is not tok and t.dep_ in cues.subject_drop_deps]
    dropped = {d.i for c in cut for d in c.subtree}
    kept = [t for t in tok.subtree if t.i not in dropped]
    runs = [[kept[0]]]
    for t in kept[1:]:
        if t.i != runs[-1][-1].i + 1:
            runs.append([])
        runs[-1].append(t)
    return runs


def _phrase_of(tok, cues: Cues) -> str:
    """The noun phrase headed by ``tok``, cut before its relative clauses, prepositions and
    appositions (``subject_drop_deps``) as :func:`parse_subject` cuts a subject (:func:`_kept_runs`)."""
    run = next(r for r in _kept_runs(tok, cues) if tok in r)
    while run and run[-1].dep_ in ("cc", "punct", "case"):
        run.pop()
    while run and run[0].dep_ in ("cc", "punct"):
        run = run[1:]
    return tok.doc.text[run[0].idx:run[-1].idx + len(run[-1])] if run else ""


def governing_report(doc, s: int, cues: Cues, *, descriptions: bool = False) -> str | None:
    """The source of a report that governs the clause holding the term at ``s`` on the parse
    (rule ``governing_report``): climbing from the term, the first reporting verb reached
    through a clausal complement (``governing_deps``: "The Kurds, who have been America's only
    allies, stopped …, Kurdish and U.S. officials said") gives its subject
    (:func:`parse_subject`); a source phrase hanging on a clause above the term
    (``governing_sources``: "According to news accounts, … he had friends") gives its object.
    The verb must have a subject of its own on the parse (not one borrowed through a
    coordination or an infinitive: "will bash this strategy … and to argue that …").
    Reported speech without quotation marks: the term is in the source's words. None when no
    such report governs the term (or the rule is off); the source may be '' when the verb's
    subject is no possible speaker. A relative clause or a clause on a noun on the way
    (``governing_stop_deps``) is the writer's description: None, unless
    ``descriptions`` (the source of a paraphrase the words already found).

    Examples:
        >>> import dataclasses
        >>> from summitlens.text.parse import parse_one
        >>> t = "The rebels joined their allies, local officials said."
        >>> governing_report(parse_one(t), t.index("allies"), load_cues())
        'local officials'
        >>> t = "The rebels, who were allies of the army, withdrew, local officials said."
        >>> governing_report(parse_one(t), t.index("allies"), load_cues()) is None
        True
        >>> t = "According to news accounts, he had many friends."
        >>> governing_report(parse_one(t), t.index("friends"), load_cues())
        'news accounts'
        >>> t = "The officials praised their allies."
        >>> governing_report(parse_one(t), t.index("allies"), load_cues()) is None
        True
        >>> off = dataclasses.replace(load_cues(), attribution_rules_off=frozenset({"governing_report"}))
        >>> t = "According to news accounts, he had many friends."
        >>> governing_report(parse_one(t), t.index("friends"), off) is None
        True
    """
    if doc is None or "governing_report" in cues.attribution_rules_off or not cues.governing_deps:
        return None
    tok = head_token(doc, s, s + 1)
    if tok is None:
        return None
    path = {tok.i}
    as_report = cues.as_report_marks if "as_report" not in cues.attribution_rules_off else frozenset()
    for _ in range(16):
        source = _as_report(tok, path, cues) if as_report else None
        if source is not None:
            return source
        if tok.dep_ in cues.as_report_stop_deps:
            as_report = frozenset()  # the term sits in a clause of its own below ("even as he defended …")
        for c in tok.children:
            if c.lower_ in cues.governing_sources and c.dep_ == "prep" and c.i not in path:
                obj = next((g for t in c.children if t.dep_ == "prep" for g in t.children if g.dep_ == "pobj"),
                           None) or next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return _phrase_of(obj, cues)
        if tok.head.i == tok.i:
            return None
        head = tok.head
        if tok.dep_ in cues.governing_stop_deps and not descriptions:
            return None  # a relative clause or a clause on a noun: the writer's description
        if tok.dep_ in cues.governing_deps and head.pos_ in ("VERB", "AUX") and head.lower_ in cues.governing_verbs:
            if not any(c.dep_ == "nsubj" for c in head.children):
                return None  # a subject borrowed from a verb above ("will bash … and to argue that")
            ps = parse_subject(doc, head.idx, cues)
            return ps[0] if ps and _speaker_like(doc, ps, cues) else ""
        tok = head
        path.add(tok.i)
    return None


def _as_report(tok, path: set, cues: Cues) -> str | None:
    """Rule ``as_report``: the subject of a clause of saying opened by one of ``as_report_marks``
    hanging on ``tok`` ("As an influential 2007 study argued, these types of regimes face …"),
    whose verb (one of ``governing_verbs``) has a subject and no object or clausal complement of its
    own; None when there is none ('' when its subject is no possible speaker). The climb stops
    looking once it leaves a clause of ``as_report_stop_deps`` ("…, as X noted, he went …, even as
    the ambassador defended the regime": the term is in a clause of its own).

    Examples:
        >>> import dataclasses
        >>> from summitlens.text.parse import parse_one
        >>> t = "As an influential study argued, these regimes face low costs."
        >>> governing_report(parse_one(t), t.index("regimes"), load_cues()) is None  # off by default
        True
        >>> on = dataclasses.replace(load_cues(), attribution_rules_off=frozenset())
        >>> governing_report(parse_one(t), t.index("regimes"), on)
        'an influential study'
        >>> t = "As Putin said his goodbyes, the regimes faced low costs."
        >>> governing_report(parse_one(t), t.index("regimes"), on) is None
        True
        >>> t = "As a study noted, he stayed even as the envoy praised the regime."
        >>> governing_report(parse_one(t), t.index("regime"), on) is None
        True
    """
    for c in tok.children:
        if c.dep_ != "advcl" or c.i in path or c.lower_ not in cues.governing_verbs:
            continue
        kids = list(c.children)
        if not any(k.dep_ == "mark" and k.lower_ in cues.as_report_marks for k in kids):
            continue
        if any(k.dep_ in ("dobj", "ccomp", "xcomp") for k in kids) or not any(k.dep_ == "nsubj" for k in kids):
            continue
        ps = parse_subject(tok.doc, c.idx, cues)
        if ps is None:
            return None
        return ps[0] if _speaker_like(tok.doc, ps, cues) else ""
    return None


def drop_aside_sources(attrs: list[Attribution], text: str, cues: Cues) -> list[Attribution]:
    """Leave out a source phrase that is an aside between a speaker and the reporting verb right
    after it ("The reports, according to the AP, said …": the reports said it; the AP is where the
    writer read it), rule ``aside_source``.

    Examples:
        >>> import dataclasses
        >>> on = dataclasses.replace(load_cues(), attribution_rules_off=frozenset())
        >>> t = "The reports, according to the AP, said his friend left."
        >>> a = [Attribution("source_phrase", 13, 25, "the AP"), Attribution("verb_before", 34, 38, "The reports")]
        >>> [x.speaker for x in drop_aside_sources(a, t, on)], len(drop_aside_sources(a, t, load_cues()))
        (['The reports'], 2)
    """
    if "aside_source" in cues.attribution_rules_off:
        return attrs
    verbs = [v for v in attrs if v.kind in ("verb_before", "verb_after") and v.speaker]
    out = []
    for a in attrs:
        if a.kind == "source_phrase" and a.speaker:
            at = text.find(a.speaker, a.end)
            end = at + len(a.speaker) if at >= 0 else -1
            if end >= 0 and any(0 <= text.find(v.speaker) < a.start and end <= v.start
                                and not text[end:v.start].strip(" ,") for v in verbs):
                continue
        out.append(a)
    return out


def voice_of(s: int, quote: tuple[int, int] | None, attrs: list[Attribution], *,
             turn_speaker: str = "", para_speaker=lambda: "", sentence_text: str = "",
             cues: Cues | None = None, doc=None, report_doc=None) -> tuple[str, str]:
    """Voice and speaker of a term starting at ``s``.

    Args:
        s: Term start (sentence offset).
        quote: The quotation holding the term (sentence offsets), or None.
        attrs: :func:`attributions` of the sentence.
        turn_speaker: Speaker of the transcript turn holding the term ('' outside turns).
        para_speaker: Called for the speaker when a quotation has no cue next to it in its
            sentence.
        sentence_text: The sentence (match form), to check that a cue touches the quotation.
        cues: Compiled cues (default :func:`load_cues`), for the addressee of a reporting verb
            (a term right after "told", "urged": authorial).
        doc: Parse of the sentence (optional): a quotation no cue attributes takes the subject
            of the verb governing it (:func:`quote_governor`).
        report_doc: Parse of a sentence parsed only for rule ``governing_report`` (read by that
            rule alone; ``doc`` is used when given).

    Returns:
        ``(voice, speaker)``.

    Examples:
        >>> voice_of(0, None, [Attribution("verb_after", 20, 24, "Xi")])
        ('paraphrase', 'Xi')
        >>> voice_of(0, None, [], turn_speaker="Vladimir Putin")
        ('quoted', 'Vladimir Putin')
    """
    speaker, voice = "", "authorial"
    if turn_speaker and quote is None:
        # A turn of a transcript: the labelled speaker's own words.
        voice, speaker = "quoted", turn_speaker
    elif quote is not None:
        voice = "quoted"
        # Only a cue next to the quotation attributes it; else look across the paragraph.
        # "Obama's “ally” remarks", "the report's assertion that … “…”": the possessor, nearer
        # than any cue.
        speaker = possessed_speech(doc, s, cues) if cues is not None else ""
        speaker = speaker or sentence_text and adjacent_speaker(sentence_text, quote, attrs, cues) or ""
        if not speaker:
            # 'X said "…" and called on Y to recognise that Russia "is not our ally."': the
            # nearest reporting verb before the quotation in its sentence.
            before = [x for x in attrs if x.kind == "verb_before" and x.speaker and x.end <= quote[0]]
            if not before and cues is not None and cues.source_phrase_quotes:
                # "According to Sondland, he and Trump “are not close friends”": a source phrase
                # opening the sentence attributes what follows it, the quotation included.
                speaker = opening_source(sentence_text, quote, attrs)
            speaker = speaker or (outer_speaker(sorted(before, key=lambda x: x.end), sentence_text, doc=doc,
                                                cues=cues) if before
                                  else para_speaker())
            if not speaker and doc is not None and cues is not None and cues.quote_governor:
                speaker = quote_governor(doc, quote, cues)
            if not speaker and cues is not None:
                # "a statement from Speaker Nancy Pelosi that echoed …: “…”": the document's source.
                speaker = source_from(sentence_text, "", quote[0], cues)
        # A quotation inside a transcript turn or a message with no cue of its own: the
        # turn's speaker.
        speaker = speaker or turn_speaker
    else:
        if cues is not None and cues.final_report_outer:
            # "The NSA calls … partners …, the Times reported.": the closing report is the outer one.
            final = [a for a in attrs if a.kind == "verb_after" and a.start > s and a.speaker
                     and (a.scope is None or a.scope[0] <= s < a.scope[1])]
            pre = sentence_text[:final[-1].start].rstrip().removesuffix(final[-1].speaker) if final else ""
            if pre.rstrip().endswith(","):
                attrs = [final[-1]]
        if cues is not None and sentence_text:
            attrs = drop_aside_sources(attrs, sentence_text, cues)
        for att in attrs:
            if att.scope is not None and not att.scope[0] <= s < att.scope[1]:
                continue  # a speaker from the parse reports only its verb's complement
            if att.kind == "verb_after" and att.scope is None and s > att.end and sentence_text \
                    and "closing_report_tail" not in (cues.attribution_rules_off if cues is not None else ()) \
                    and _QUOTE_BEFORE.search(sentence_text[:att.start]) \
                    and _own_clause_after(doc if doc is not None else report_doc, s, att.start):
                continue  # '"…," Trump said, as he presented … allies': the trailing clause is not reported
            if att.kind == "source_phrase" or att.kind == "verb_after" or (att.kind == "verb_before" and att.end <= s):
                voice = "paraphrase"
                speaker = att.speaker
                if att.kind == "verb_before" and att.end <= s:
                    # nearest preceding verb wins, unless it reports inside an earlier report
                    cands = [x for x in attrs if x.kind == "verb_before" and x.end <= s
                             and (x.scope is None or x.scope[0] <= s < x.scope[1])]
                    speaker = outer_speaker(sorted(cands, key=lambda x: x.end), sentence_text, doc=doc,
                                            cues=cues) if cands else speaker
                break
        if voice == "paraphrase" and sentence_text and addressee_object(sentence_text, s, cues or load_cues()):
            voice, speaker = "authorial", ""
        if voice == "authorial" and cues is not None:
            # "The Whig presses cast Jackson as a would-be tyrant": the subject's characterisation.
            owner = characterised_as(doc, s, cues)
            voice, speaker = ("paraphrase", owner) if owner else (voice, speaker)
        if cues is not None and cues.possessed_speech_paraphrase:
            # "Obama's statement this week that Egypt was not America's ally": the possessor's words.
            owner = possessed_speech(doc, s, cues, through_clause=True)
            voice, speaker = ("paraphrase", owner) if owner else (voice, speaker)
        if cues is not None and (voice == "authorial" or not speaker):
            # "…, who have been America's only allies, stopped …, officials said"; "According to
            # news accounts, …": a report governing the term's clause on the parse.
            source = governing_report(doc if doc is not None else report_doc, s, cues,
                                      descriptions=voice == "paraphrase")
            if source is not None and voice == "authorial" and source and not (
                    sentence_text and addressee_object(sentence_text, s, cues)):
                voice, speaker = "paraphrase", source  # not the addressee of "told the autocrat that …"
            elif source is not None and voice == "paraphrase":
                speaker = source
        if voice == "paraphrase" and cues is not None and speaker.lower() in cues.writer_pronouns \
                and "writer_report" not in cues.attribution_rules_off:
            # "When I told them that I'd attended a game with some liberal friends": the writer's
            # own report outside quotation marks is the writer's words (rule writer_report).
            voice, speaker = "authorial", ""
    if speaker and sentence_text and cues is not None:
        speaker = source_from(sentence_text, speaker, 0, cues)  # "Another report from TMZ" -> TMZ
        # "a statement from the university said": the issuer named in the phrase.
        speaker = document_issuer(doc, sentence_text, speaker, cues) or speaker
    return voice, speaker


def document_issuer(doc, text: str, speaker: str, cues: Cues) -> str:
    """The issuer of a document that speaks ("a statement from the university said", "a detailed
    report by The Associated Press that said"): on the parse, when the head of the speaker phrase
    in ``text`` is one of ``document_nouns`` and has a preposition of ``issuer_preps``, the object
    of that preposition (its subtree up to a relative clause or apposition); '' otherwise, or
    without a parse, or with rule ``document_issuer`` off.

    Examples:
        >>> import dataclasses
        >>> from summitlens.text.parse import parse_one
        >>> on = dataclasses.replace(load_cues(), attribution_rules_off=frozenset())
        >>> t = '"We mourn our friends," a statement from the university said.'
        >>> document_issuer(parse_one(t), t, "a statement", on), document_issuer(parse_one(t), t, "a statement", load_cues())
        ('the university', '')
        >>> document_issuer(parse_one(t), t, "Mr. Smith", on)
        ''
    """
    if doc is None or "document_issuer" in cues.attribution_rules_off or not cues.issuer_preps or not speaker:
        return ""
    at = text.find(speaker)
    if at < 0:
        return ""
    span = [t for t in doc if at <= t.idx < at + len(speaker)]
    head = next((t for t in span if not at <= t.head.idx < at + len(speaker) or t.head.i == t.i), None)
    if head is None or head.lower_ not in cues.document_nouns:
        return ""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in cues.issuer_preps), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return ""
    cut = {d.i for c in obj.children if c.dep_ in ("relcl", "acl", "appos", "prep") for d in c.subtree}
    kept = [t for t in obj.subtree if t.i not in cut and not t.is_punct]
    return " ".join(t.text for t in kept) if kept else ""


def source_from(text: str, speaker: str, end: int, cues: Cues) -> str:
    """The source named after "from" by a document noun: the speaker phrase ``speaker`` itself
    ("Another report from TMZ alleged …" -> "TMZ"), or, when ``speaker`` is empty, the last such
    phrase before ``end`` ("a statement from Speaker Nancy Pelosi that echoed …: “…”" -> "Speaker
    Nancy Pelosi"). ``speaker`` unchanged when none fits (or ``source_from_nouns`` is empty).

    Examples:
        >>> source_from("Another report from TMZ alleged that friends are upset.", "Another report", 0, load_cues())
        'TMZ'
        >>> source_from('Then came a statement from Nancy Pelosi: "We are not allies."', "", 48, load_cues())
        'Nancy Pelosi'
    """
    if speaker:
        at = text.find(speaker)
        if at < 0:
            return speaker
        stop = at + len(speaker)
        m = cues.source_from.search(text, at, stop + 60)
        return m.group("who") if m is not None and m.start() < stop <= m.start("who") else speaker
    hits = [m for m in cues.source_from.finditer(text, 0, end) if m.end() <= end]
    return hits[-1].group("who") if hits else ""


def possessed_speech(doc, s: int, cues: Cues, *, through_clause: bool = False) -> str:
    """The possessor of a speech noun above the word at ``s`` on the parse ("Obama's “ally”
    remarks", "the report's assertion that … a “Friendly Foreign Government”", "Obama's requests
    for “partnerships”"): whose words they are. With ``through_clause`` only a word inside a
    clause of the noun counts ("Obama's statement that Egypt was not America's ally"); '' when
    none.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "The White House walked back Obama's “ally” remarks about Egypt."
        >>> possessed_speech(parse_one(t), t.index("ally"), load_cues())
        'Obama'
    """
    if doc is None or not cues.possessed_speech_nouns:
        return ""
    tok = head_token(doc, s, s + 1)  # the token at ``s``
    clause = False
    for _ in range(10):
        if tok is None:
            return ""
        if tok.idx != s and tok.lower_ in cues.possessed_speech_nouns and (clause or not through_clause):
            poss = [c for c in tok.children if c.dep_ == "poss" and not c.idx <= s < c.idx + len(c)]
            if poss:
                sub = [t for t in poss[0].subtree if t.dep_ != "case" and t.text not in ("'s", "\u2019s")]
                return " ".join(t.text for t in sub) if sub else ""
            return ""
        clause = clause or tok.pos_ in ("VERB", "AUX")
        if tok.head.i == tok.i:
            return ""
        tok = tok.head
    return ""


def quote_governor(doc, quote: tuple[int, int], cues: Cues) -> str:
    """Speaker of a quotation from the verb that governs it on the parse: the subject of the
    first verb above the quotation's words ("noting Canada has “no closer friend”" -> the
    subject of "noting"; "King countered: “…”"), when that verb is a reporting verb or the
    quotation holds at least ``quote_governor_min_words`` words; '' otherwise (a scare-quoted
    word: "sought a “strongman”").

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = 'King countered: "If he is not an ally, why do we give him aid?"'
        >>> quote_governor(parse_one(t), (16, len(t)), load_cues())
        'King'
    """
    a, b = quote
    inner = [t for t in doc if a < t.idx < b and t.idx + len(t) <= b and not t.is_punct]
    if not inner:
        return ""
    top = next((t for t in inner if not a <= t.head.idx < b), None)
    if top is None or top.dep_ == "pobj":
        return ""  # "followed up with calls to “the senior partner of …”": an object, not speech
    head = top.head
    for _ in range(6):
        if head is None or head.pos_ in ("VERB", "AUX") and not a <= head.idx < b:
            break
        if head.head.i == head.i:
            break  # the root, no verb above: the sentence's main word governs the quotation
        head = head.head
    if head is None or a <= head.idx < b:
        return ""
    if not cues.verbs.fullmatch(head.text) and len(inner) < cues.quote_governor_min_words:
        return ""
    ps = parse_subject(doc, head.idx, cues)
    if not ps or not _speaker_like(doc, ps, cues) or ps[1] < b and a < ps[1] + len(ps[0]):
        return ""
    return ps[0]


_ADDRESSEE_GAP = re.compile(r"[,;:\"\u201c\u201d]|\bthat\b", re.I)


def addressee_object(text: str, s: int, cues: Cues) -> bool:
    """Whether the term at ``s`` is the object of a verb of addressing ("has told allies not
    to …", "chided the North's closest ally"): the writer's word for the addressee, not part
    of what is reported.

    Examples:
        >>> addressee_object("The administration has told allies not to use Huawei.", 31, load_cues())
        True
        >>> addressee_object("He told reporters that Russia is an ally.", 37, load_cues())
        False
    """
    if cues.addressee_max_words <= 0:
        return False
    for m in cues.addressee_verbs.finditer(text, max(0, s - 80), s):
        gap = text[m.end():s]
        if len(gap.split()) <= cues.addressee_max_words and not _ADDRESSEE_GAP.search(gap):
            return True
    return False


_NESTED_GAP = re.compile(r"\s*(?:(?:[\w.'-]+\s+){0,3}that\s+)?$")


def outer_speaker(cands: list[Attribution], text: str, *, doc=None, cues: Cues | None = None) -> str:
    """Speaker of the nearest of ``cands`` (sorted by position) before a term, climbing out of
    nested reports: in "Kazianis said China fears that …" or "Comey said he asked …" the
    second cue is part of what the first reports, so the first speaker is the source. With
    ``doc`` (the sentence's parse) and `nested_on_parse`, a cue whose verb lies under the
    earlier cue's verb on the parse is nested too, however many words lie between them ("He
    said he would accept it only if Ingraham denounced …": he, not Ingraham).

    Examples:
        >>> t = "Comey said he asked a friend."
        >>> outer_speaker([Attribution("verb_before", 6, 10, "Comey"),
        ...                Attribution("verb_before", 14, 19, "he")], t)
        'Comey'
    """
    i = len(cands) - 1
    while i > 0 and text:
        cur, prev = cands[i], cands[i - 1]
        at = text.rfind(cur.speaker, prev.end, cur.start)
        if (at < 0 or not _NESTED_GAP.fullmatch(text[prev.end:at])) and not (
                doc is not None and cues is not None and cues.nested_on_parse and _under(doc, cur.start, prev.start)):
            break
        i -= 1
    return cands[i].speaker


def _under(doc, pos: int, head_pos: int) -> bool:
    """Whether the token at ``pos`` lies under the token at ``head_pos`` on the parse (not the
    same token)."""
    tok, head = head_token(doc, pos, pos + 1), head_token(doc, head_pos, head_pos + 1)
    return tok is not None and head is not None and tok.i != head.i and head in tok.ancestors


def drop_unresolved_pronouns(rows: list[dict], cues: Cues) -> None:
    """A speaker still a bare pronoun after resolution ("…," they said, with no name before it)
    is unattributed: its speaker becomes '' (rows changed in place). Rule ``kept_pronoun`` (on):
    a pronoun of ``kept_pronouns`` ("he", "she") stays, as the text gives it (ANNOTATION.md: who
    said it as the text gives it); switched off, it is dropped too.

    Examples:
        >>> rows = [{"speaker": "they"}, {"speaker": "She"}, {"speaker": "Xi"}]
        >>> drop_unresolved_pronouns(rows, load_cues()); [r["speaker"] for r in rows]
        ['', 'She', 'Xi']
        >>> from dataclasses import replace
        >>> off = replace(load_cues(), attribution_rules_off=frozenset({"kept_pronoun"}))
        >>> rows = [{"speaker": "she"}, {"speaker": "Xi"}]
        >>> drop_unresolved_pronouns(rows, off); [r["speaker"] for r in rows]
        ['', 'Xi']
    """
    if cues.keep_unresolved_pronouns:
        return
    kept = cues.kept_pronouns if "kept_pronoun" not in cues.attribution_rules_off else frozenset()
    for r in rows:
        low = r["speaker"].lower()
        if low in cues.unresolved_pronouns and low not in kept:
            r["speaker"] = ""


_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*)*")
#: What opens an apposition before a term: a comma or a spaced dash (match form: ASCII).
_APPOSITION_OPEN = re.compile(r",|\s--?\s")
#: A name in an apposition right after a term ("the North's closest ally, China, …").
_NAME_APPOSITION = re.compile(r",\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*[,.]")
_DETERMINED = re.compile(r"(?:\b(?:the|its|his|her|their)\b|\w's)(?:\s+[\w'-]+){0,3}\s*$", re.I)


def reported_argument(doc, s: int, cues: Cues) -> bool | None:
    """Whether the token at ``s`` lies in what the nearest reporting verb above it reports: the
    climb up the parse enters that verb through one of ``complement_deps`` ("said her friend
    Francesca Emerson introduced her": ccomp), not through an adjunct ("said to his dear brother
    Harry Belafonte", "blamed the attack not on his friend X": prep). None when no reporting verb
    governs the token (or there is no parse).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "He said to his brother Harry that it was late."
        >>> reported_argument(parse_one(t), t.index("brother"), load_cues())
        False
        >>> t = "She said her friend Anna had left."
        >>> reported_argument(parse_one(t), t.index("friend"), load_cues())
        True
    """
    tok = head_token(doc, s, s + 1) if doc is not None else None
    for _ in range(12):
        if tok is None or tok.head.i == tok.i:
            return None
        if tok.head.pos_ in ("VERB", "AUX") and cues.verbs.fullmatch(tok.head.lower_):
            return tok.dep_ in cues.complement_deps
        tok = tok.head
    return None


_PARTICIPLE_AFTER = re.compile(r"\s*(?:[\w.'-]+\s+){0,4}?[\w.'-]*,\s+[a-z]+ing\b")


def adjunct_candidate(text: str, cues: Cues) -> bool:
    """Whether a sentence may hold an adjunct of a reporting verb (rule ``reported_adjunct``; then
    its parse is worth its cost): a reporting verb followed within eight words by one of
    ``adjunct_preps``, or by a comma and an -ing form.

    Examples:
        >>> adjunct_candidate("She spoke to her friends.", load_cues())
        True
        >>> adjunct_candidate("She said her friends left.", load_cues())
        False
    """
    if "reported_adjunct" in cues.attribution_rules_off or not cues.adjunct_preps:
        return False
    for m in cues.verbs.finditer(text):
        after = [w.lower() for w in WORD.findall(text[m.end():m.end() + 120])][:8]
        if any(w in cues.adjunct_preps for w in after) or _PARTICIPLE_AFTER.match(text, m.end()):
            return True
    return False


def _reporting_participle(word: str, cues: Cues) -> bool:
    """Whether an -ing form is one of a reporting verb ("noting", "warning", "admitting"), its base
    read off the word (the parse has no lemmas)."""
    stem = word[:-3] if word.endswith("ing") else word
    return any(cues.verbs.fullmatch(w) for w in (word, stem, stem + "e", stem[:-1], stem + "s", stem + "ed"))


def reported_adjunct(doc, s: int, cues: Cues) -> bool:
    """Whether the term at ``s`` reaches the nearest reporting verb above it on the parse through an
    adjunct that is no part of what the verb reports (rule ``reported_adjunct``): a prepositional
    phrase opened by one of ``adjunct_preps`` ("spoke by phone to a strongman", "reaffirmed the
    treaty to its allies", "wrote on the alliance's website"), a prepositional addressee ("told
    the whole story to her brother") or a participial clause with no subordinator or subject,
    nothing reported between it and the verb, whose own verb reports nothing ("the minister said,
    rejecting offers from foreign partners") or glosses (``gloss_participles``: "he said, referring
    to warnings by … allies"). Not when an "as" lies on the way or hangs on the
    verb (a characterisation), nor when the verb is itself inside what a verb further up reports.
    Such a term names who or what is involved: the writer's words.

    Examples:
        >>> import dataclasses
        >>> from summitlens.text.parse import parse_one
        >>> t = "The minister talked to his old friends about the budget."
        >>> reported_adjunct(parse_one(t), t.index("friends"), load_cues())
        True
        >>> t = "The minister talked about his old friends."
        >>> reported_adjunct(parse_one(t), t.index("friends"), load_cues())
        False
        >>> off = dataclasses.replace(load_cues(), attribution_rules_off=frozenset({"reported_adjunct"}))
        >>> t = "The minister talked to his old friends about the budget."
        >>> reported_adjunct(parse_one(t), t.index("friends"), off)
        False
    """
    if doc is None or not adjunct_candidate(doc.text, cues):
        return False
    tok = head_token(doc, s, s + 1)
    that_clause = False
    for _ in range(12):
        if tok is None or tok.head.i == tok.i:
            return False
        if tok.lower_ == "as" and tok.dep_ == "prep":
            return False  # "described in a speech as …": a characterisation wherever "as" hangs
        that_clause = that_clause or _misplaced_that_clause(tok, cues)
        head = tok.head
        if head.pos_ in ("VERB", "AUX") and cues.verbs.fullmatch(head.lower_):
            if that_clause and not any(c.dep_ in cues.complement_deps for c in head.children):
                return False  # "says in the call of the day that markets …": the verb's own "that" clause
            if any(c.dep_ == "prep" and c.lower_ == "as" for c in head.children):
                return False  # a verb casting something "as" a label: the term may be that label
            adjunct = tok.lower_ in cues.adjunct_preps if (
                tok.dep_ == "prep" or (tok.dep_ == "dative" and tok.pos_ == "ADP")) else (
                tok.dep_ == "advcl" and tok.tag_ == "VBG"
                and (not _reporting_participle(tok.lower_, cues) or tok.lower_ in cues.gloss_participles)
                and not any(c.dep_ in ("mark", "nsubj") for c in tok.children)
                # a participle after a reported clause may go on with that clause: only one with
                # nothing reported between it and the verb
                and not any(c.dep_ in cues.complement_deps and head.i < c.i < tok.i for c in head.children))
            # ... unless that verb is itself inside what a verb further up reports
            return adjunct and reported_argument(doc, head.idx, cues) is not True
        tok = head
    return False


def _misplaced_that_clause(tok, cues: Cues) -> bool:
    """Whether ``tok`` heads a clause the parser hung on a noun as a relative clause although it
    is a complement "that" clause (rule ``that_clause_in_pp``): it opens with "that" as a
    subordinator ("mark"/"advmod", no gap it fills) and has a subject of its own, as in "says in
    the call of the day that markets may be shifting to a new era" (the clause is what is said,
    not a description of the day). A true relative clause ("the day that changed everything",
    "the note that she wrote") has "that" as its subject or object.

    Off by default (``attribution.rules_off``); switched on here:

    Examples:
        >>> import dataclasses
        >>> from summitlens.text.parse import parse_one
        >>> on = dataclasses.replace(load_cues(), attribution_rules_off=frozenset())
        >>> d = parse_one("He says in the call of the day that markets may be shifting to a new era.")
        >>> any(_misplaced_that_clause(t, on) for t in d), any(_misplaced_that_clause(t, load_cues()) for t in d)
        (True, False)
        >>> d = parse_one("He spoke on the day that changed the alliance.")
        >>> any(_misplaced_that_clause(t, on) for t in d)
        False
    """
    if "that_clause_in_pp" in cues.attribution_rules_off or tok.dep_ not in ("relcl", "acl"):
        return False
    first = tok.left_edge
    return first.lower_ == "that" and first.dep_ in ("mark", "advmod") and first.head.i == tok.i \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def possessed_title(text: str, s: int, cues: Cues, *, doc=None) -> bool:
    """Whether the term at ``s`` has a possessive determiner of ``title_possessors`` before it, at
    most two lower-case words between ("his brother Tamerlan", "its allies Russia or Iran", "her
    friend Francesca Emerson"): a noun with its name in apposition, part of what is reported, not
    the writer's title before a name ("Syrian ally Russia"). With ``doc``, only when a reporting
    verb above the term takes it in its complement (:func:`reported_argument`): in an adjunct of
    the verb ("said to his dear brother Harry Belafonte", "blamed the attack not on his friend X")
    or under no reporting verb it stays the writer's title. False with rule ``possessed_title`` off.

    Examples:
        >>> import dataclasses
        >>> on = load_cues()
        >>> off = dataclasses.replace(on, attribution_rules_off=frozenset({"possessed_title"}))
        >>> possessed_title("He said his brother Tamerlan left.", 15, on)
        True
        >>> possessed_title("He said ally Russia left.", 8, on), possessed_title("He said his brother Tamerlan left.", 15, off)
        (False, False)
        >>> from summitlens.text.parse import parse_one
        >>> t = "He said to his brother Tamerlan that it was late."
        >>> possessed_title(t, 15, on), possessed_title(t, 15, on, doc=parse_one(t))
        (True, False)
    """
    if "possessed_title" in cues.attribution_rules_off or not cues.title_possessors:
        return False
    if doc is not None and not reported_argument(doc, s, cues):
        return False
    words = text[max(0, s - 60):s].split()[-3:]
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in cues.title_possessors:
            return all(w[:1].islower() and w.isalpha() for w in words[i + 1:])
    return False


def possessed_title_candidate(text: str, s: int, e: int, cues: Cues) -> bool:
    """Whether the term ``[s, e)`` is a possessed noun before a name (:func:`possessed_title`),
    which the parse decides: a reason to parse its sentence.

    Examples:
        >>> import dataclasses
        >>> on = dataclasses.replace(load_cues(), attribution_rules_off=frozenset())
        >>> possessed_title_candidate("He said to his brother Harry that …", 15, 22, on)
        True
        >>> possessed_title_candidate("He said to his brother that …", 15, 22, on)
        False
    """
    return bool(cues.title_before_name and _NAME_AFTER.match(text, e) and text[e:e + 1] == " "
                and possessed_title(text, s, cues))


def appositive_label(text: str, s: int, e: int, cues: Cues, *, doc=None) -> bool:
    """Whether a term is the writer's label of a name: in an apposition right after the name
    ("Kim Jong Un, the North Korean dictator."; "China, North Korea's closest ally,"; "Russia
    and China -- consistent allies of the Syrian government --"), a title right before it
    ("ally Russia"), or a described noun with the name in apposition after it ("the North's
    most important ally, China, expressed regret").

    Examples:
        >>> appositive_label("Yang accused Japan, a key U.S. ally, of theft.", 31, 35, load_cues())
        True
        >>> appositive_label("Yang said Japan is an ally of Seoul.", 22, 26, load_cues())
        False
        >>> t = "Even China, North Korea's closest ally, expressed regret."
        >>> appositive_label(t, t.index("ally"), t.index("ally") + 4, load_cues())
        True
        >>> t = "Even the North's most important ally, China, expressed regret."
        >>> appositive_label(t, t.index("ally"), t.index("ally") + 4, load_cues())
        True
    """
    if cues.appositive_max_words <= 0:
        return False
    if cues.title_before_name and _NAME_AFTER.match(text, e) and text[e:e + 1] == " " and text[s:s + 1].islower() \
            and text[s:e].lower() not in cues.title_adjectives \
            and not possessed_title(text, s, cues, doc=doc):  # "authoritarian China", "his brother Tamerlan": no title
        return True  # "dictator Kim Jong Un", "Syrian ally Russia"
    if _NAME_APPOSITION.match(text, e) and _DETERMINED.search(text, max(0, s - 60), s):
        return True  # "the North's closest ally, China,"
    opens = list(_APPOSITION_OPEN.finditer(text, 0, s))
    if not opens or opens[-1].start() < 1:
        return False
    op = opens[-1]
    dash = op.group(0).strip() != ","
    head = text[:op.start()].rstrip()
    last = head.split()[-1] if head.split() else ""
    if not last[:1].isupper():
        return False
    seg = text[op.end():e].split()
    possessor = any(w.endswith("'s") for w in seg[:-1])  # "North Korea's closest ally"
    if not seg or len(seg) > cues.appositive_max_words or not (seg[0][:1].islower() or possessor) or \
            any(w.lower().strip(",") in cues.appositive_breaks for w in seg):
        return False
    tail = text[e:].lstrip()
    if dash and re.match(r"[^\",;:]{0,60}?\s--?\s", text[e:]):
        return True  # "-- consistent allies of the Syrian government --"
    return tail[:1] in (",", ".", "") or tail.startswith(("-", "\u2014")) or \
        bool(re.match(r"(?:[a-z][\w-]*\s+){0,4}(?:at|of|in|for)\s+[A-Z]", tail)) or \
        bool(re.match(r"(?:and|or)\s+[\w-]+\s*,", tail))


def resolve_document_speakers(rows: list[dict], doc, snos, matches, cues: Cues) -> None:
    """Speakers that name no one by themselves, resolved from the document (rows in place).

    A bare title ("The President explained …") becomes the person last named with that title
    in the :attr:`Cues.speaker_lookback` sentences before it ("President Putin stressed …");
    a message as speaker ("…," says the message) becomes its sender ("Vladimir Putin sent a
    welcoming message to …", the headline included). Left as they are when the document names
    no one.

    Args:
        rows: ``frame_terms`` rows (``doc_id``, ``sentence_no``, ``speaker``).
        doc: Document id per sentence row.
        snos: Sentence number per row.
        matches: Sentence text (match form) per row.
        cues: Compiled cues.

    Examples:
        >>> rows = [{"doc_id": "d", "sentence_no": 1, "speaker": "The President"}]
        >>> resolve_document_speakers(rows, ["d", "d"], [0, 1],
        ...     ["President Vladimir Putin met Finnish President Tarja Halonen.",
        ...      "The President called Finland a partner."], load_cues())
        >>> rows[0]["speaker"]
        'Tarja Halonen'
    """
    todo = []
    for r in rows:
        find = _name_finder(r["speaker"], cues) if r["speaker"] else None
        if find is not None:
            todo.append((r, lambda j, find=find: find(matches[j] or "")))
    if todo:
        speaker_from_earlier(todo, doc, snos, cues.speaker_lookback)


def _name_finder(speaker: str, cues: Cues):
    """For a bare title as speaker, a function giving the last person named with that title in
    a sentence; for a message noun, one giving the message's sender; else None."""
    title = cues.title_speakers.fullmatch(speaker)
    if title:
        rx = re.compile(r"(?i:" + re.escape(title.group("title")).replace(r"\ ", r"\s+") + r")\.?\s")

        def titled(text: str) -> str:
            names = [n.group("who") for n in cues.titled_name.finditer(text) if rx.match(text, n.start())]
            return names[-1].removesuffix("'s") if names else ""
        return titled
    if cues.document_speakers.fullmatch(speaker):
        def sender(text: str) -> str:
            m = None
            for m in cues.message_sender.finditer(text):
                pass
            if m is None:  # "X wished a happy birthday to …" (greeting_senders)
                m = cues.greeting_sender.search(text)
            return m.group("who") if m else ""
        return sender
    return None


def plural_speaker(doc, text: str, att: Attribution, cues: Cues) -> str:
    """The speaker of a reporting cue when it names several people (rule ``plural_antecedent``):
    its head on the parse is a plural noun ("Iran hawks argue", "American officials say") or it
    coordinates two speakers ("Blake and Clapper said"); '' otherwise, and for a pronoun.

    Args:
        doc: spaCy parse of ``text``.
        text: Sentence in match form.
        att: An attribution of ``text`` (:func:`attributions`).
        cues: Compiled cues.

    Returns:
        The speaker, or ''.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "Harbour pilots argue that the port is too small."
        >>> cu = load_cues()
        >>> d = parse_one(t)
        >>> [plural_speaker(d, t, a, cu) for a in attributions(t, (), cu, doc=d)]
        ['Harbour pilots']
        >>> t = "Harbour pilot Anna Berg argues that the port is too small."
        >>> d = parse_one(t)
        >>> [plural_speaker(d, t, a, cu) for a in attributions(t, (), cu, doc=d)]
        ['']
    """
    spk = att.speaker
    if not spk or spk.lower() in cues.unresolved_pronouns | cues.plural_pronoun_speakers:
        return ""
    i = text.rfind(spk, 0, att.start) if att.kind == "verb_before" else -1
    i = text.find(spk) if i < 0 else i
    span = doc.char_span(i, i + len(spk), alignment_mode="expand") if i >= 0 else None
    if span is None or not len(span):
        return ""
    plural = span.root.tag_ in ("NNS", "NNPS") or any(t.dep_ == "conj" and t.head.i == span.root.i for t in span)
    return spk if plural else ""


def speaker_from_earlier(todo, doc, snos, lookback: int) -> None:
    """Give the row of each ``(row, find)`` of ``todo`` the first name ``find(j)`` returns for
    the ``lookback`` sentences ``j`` before the row's own, nearest first, in the same document
    (rows changed in place; a row nothing is found for is kept).

    Args:
        todo: ``(row, find)`` pairs: a ``frame_terms`` row (``doc_id``, ``sentence_no``,
            ``speaker``) and a function of a sentence index giving a name or ''.
        doc: Document id per sentence row.
        snos: Sentence number per row.
        lookback: Sentences looked back through.

    Examples:
        >>> rows = [{"doc_id": "d", "sentence_no": 2, "speaker": "he"}]
        >>> speaker_from_earlier([(rows[0], ["Xi", "", ""].__getitem__)], ["d"] * 3, [0, 1, 2], 2)
        >>> rows[0]["speaker"]
        'Xi'
    """
    index = {(doc[i], int(snos[i])): i for i in range(len(doc))}
    for r, find in todo:
        i = index.get((r["doc_id"], int(r["sentence_no"])))
        if i is None:
            continue
        for j in range(i - 1, max(-1, i - 1 - lookback), -1):
            if doc[j] != doc[i]:
                break
            who = find(j)
            if who:
                r["speaker"] = who
                break


_QUOTE_TRIM = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb .,;:!?"


def title_quotation(text: str, quote: tuple[int, int], cues: Cues, *, opener: bool = True) -> bool:
    """Whether a quotation is a title in title case (a show, article, law or book: "said on
    "Fox and Friends""), the writer's naming rather than anyone's words.

    Besides ``title_openers``, the words of ``title_interview_openers`` open a show that hosts an
    interview ("in an interview with "Fox & Friends"", rule ``title_interview``).

    Examples:
        >>> t = 'He said on "Fox and Friends" that China is no friend.'
        >>> title_quotation(t, (11, 28), load_cues()), title_quotation('"We are friends," he said.', (0, 17), load_cues())
        (True, False)
        >>> import dataclasses
        >>> t = 'She spoke in an interview with "Good Morning Friends" today.'
        >>> q = (t.index('"'), t.rindex('"') + 1)
        >>> off = dataclasses.replace(load_cues(), attribution_rules_off=frozenset({"title_interview"}))
        >>> title_quotation(t, q, load_cues()), title_quotation(t, q, off)
        (True, False)
    """
    words = text[quote[0]:quote[1]].strip(_QUOTE_TRIM).split()
    if cues.title_min_words <= 0 or len(words) < cues.title_min_words:
        return False
    prev = text[:quote[0]].split()
    openers = cues.title_openers if "title_interview" in cues.attribution_rules_off \
        else cues.title_openers | cues.title_interview_openers
    if opener and prev and prev[-1].lower() not in openers:
        return False
    if not prev and reported_after(text, quote, cues):
        return False  # rule title_reported: a headline that someone "announced" is quoted
    big = [w for w in words if w.lower().strip(",:") not in cues.title_small_words]
    return len(big) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in big) and \
        words[-1][:1].isupper()


#: A speaker phrase of at most six words after a comma, then the verb (rule ``title_reported``).
_REPORTED_AFTER = re.compile(r"\s*,\s*(?:[\w.'&-]+\s+){1,6}$")


def reported_after(text: str, quote: tuple[int, int], cues: Cues) -> bool:
    """Whether a quotation is followed by a comma, a speaker phrase of at most six words and a
    reporting verb ("“Cracks Appear in … Alliance Over Iran Deal,” the Wall Street Journal
    announced"): rule ``title_reported`` (a title-case quotation opening its sentence that someone
    reports is that speaker's words, not the writer's naming of a title).

    Examples:
        >>> import dataclasses
        >>> on = dataclasses.replace(load_cues(), attribution_rules_off=frozenset())
        >>> t = '"Cracks Appear in the Alliance," the Journal announced.'
        >>> reported_after(t, (0, t.rindex('"') + 1), on), reported_after(t, (0, t.rindex('"') + 1), load_cues())
        (True, False)
        >>> t = '"Fox and Friends" is a show.'
        >>> reported_after(t, (0, t.rindex('"') + 1), on)
        False
    """
    if "title_reported" in cues.attribution_rules_off:
        return False
    after = text[quote[1]:]
    # the quotation's closing comma may sit inside the marks ("…,” the Journal announced)
    inner = text[quote[0]:quote[1]].rstrip("\"'\u201d\u2019\u00bb ")
    if inner.endswith(","):
        after = "," + after
    m = cues.verbs.search(after, 0, 80)
    return m is not None and bool(_REPORTED_AFTER.match(after[:m.start()]))


def bracketed(text: str, s: int, e: int, quote: tuple[int, int], cues: Cues) -> bool:
    """Whether the term ``s``-``e`` lies inside square brackets within its quotation ("to
    overthrow [Libyan strongman Moammar] Gadhafi"): the writer's insertion, not the speaker's
    words (rule ``bracket_insertion``).

    Examples:
        >>> import dataclasses
        >>> on = dataclasses.replace(load_cues(), attribution_rules_off=frozenset())
        >>> t = '"We must overthrow [Libyan strongman Moammar] Gadhafi," she said.'
        >>> bracketed(t, t.index("strongman"), t.index("strongman") + 9, (0, t.rindex('"') + 1), on)
        True
        >>> t = '"We must overthrow the strongman," she said.'
        >>> bracketed(t, t.index("strongman"), t.index("strongman") + 9, (0, t.rindex('"') + 1), on)
        False
    """
    if "bracket_insertion" in cues.attribution_rules_off:
        return False
    before, after = text[quote[0]:s], text[e:quote[1]]
    o = before.rfind("[")
    c = after.find("]")
    return o >= 0 and "]" not in before[o:] and c >= 0 and "[" not in after[:c]


def name_quotation(doc, text: str, quote: tuple[int, int], s: int, e: int, cues: Cues) -> bool:
    """Whether a quotation is one capitalised word, the term itself (or a title-case quotation
    ending with the term, rule ``title_name``), used on the parse as a
    name that modifies a noun after it (`name_quotation_deps`: "watching "Friends" reruns", "at
    the "Friends" center"): the writer's naming of a show or place, nobody's words. A
    quotation opening the sentence is never one ("'Friends' is over," she said).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = 'They sat at the "Friends" center in Ulm.'
        >>> s = t.index("Friends"); name_quotation(parse_one(t), t, (s - 1, s + 8), s, s + 7, load_cues())
        True
        >>> t = 'We are "Friends" now.'
        >>> s = t.index("Friends"); name_quotation(parse_one(t), t, (s - 1, s + 8), s, s + 7, load_cues())
        False
        >>> t = 'He gave an exclusive "Fox & Friends" interview.'
        >>> s = t.index("Friends"); name_quotation(parse_one(t), t, (t.index('"'), s + 8), s, s + 7, load_cues())
        True
    """
    if doc is None or not cues.name_quotation_deps:
        return False
    inner = text[quote[0]:quote[1]].strip(_QUOTE_TRIM + " ,.")
    if not inner[:1].isupper() or not text[:quote[0]].strip():
        return False
    if inner != text[s:e] or len(inner.split()) != 1:
        # Rule title_name: a title-case quotation of several words that ends with the term is a
        # name too when that word modifies a noun after the quotation ("an exclusive “Fox &
        # Friends” interview", "a known "Fox & Friends" viewer").
        if "title_name" in cues.attribution_rules_off or not inner.endswith(text[s:e]) \
                or not title_quotation(text, quote, cues, opener=False):
            return False
    inside = [t for t in doc if quote[0] <= t.idx < quote[1] and t.is_alpha]
    tops = [t for t in inside if not quote[0] <= t.head.idx < quote[1]]  # the quotation's own head
    tok = tops[0] if len(tops) == 1 else None
    return tok is not None and tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in cues.name_quotation_deps \
        and tok.head.i > tok.i and tok.head.idx >= quote[1]


def parenthetical(text: str, s: int) -> bool:
    """Whether position ``s`` is inside a parenthesis of ``text`` (an aside of the writer's:
    "observes Conrad Black in National Review (which was never a friendly voice …)").

    Examples:
        >>> t = "Black writes (in a friendly voice) that it is over."
        >>> parenthetical(t, t.index("friendly")), parenthetical(t, t.index("over"))
        (True, False)
    """
    opened = text.rfind("(", 0, s)
    return opened >= 0 and text.find(")", opened, s) < 0


def blank_link_blurbs(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with link blurbs glued into it ("Sen. Roy Blunt Roy Dean BluntGOP senators balk
    at … MORE") blanked to spaces (same length), and the blanked spans (the one pattern of
    :mod:`summitlens.text.blurbs`).

    Examples:
        >>> t = "Sen. Roy Blunt Roy Dean BluntGOP senators balk at a trial MORE said it."
        >>> blank_link_blurbs(t)[0].split()
        ['Sen.', 'Roy', 'Blunt', 'said', 'it.']
    """
    spans = link_blurbs(text)
    return blank_spans(text, spans), spans


def in_speaker_phrase(text: str, s: int, attrs: list[Attribution], *, doc=None, cues: Cues | None = None) -> bool:
    """Whether position ``s`` lies in the subject of a reporting verb, between the speaker's
    first word and the verb ("his aides and allies argue"; "Rep. Rodney Davis, chairman of
    the caucus and a Ryan ally, told The Hill"): the term describes the speaker and is not
    what the speaker says.

    Examples:
        >>> t = "Trump denied it, and his aides and allies argue he is the victim."
        >>> in_speaker_phrase(t, t.index("allies"), [Attribution("verb_before", 41, 46, "aides and allies")])
        True
    """
    for att in attrs:
        if att.speaker and att.kind != "source_phrase" and s < att.start:
            p = text.rfind(att.speaker, 0, att.start)
            if 0 <= p <= s and not any(o is not att and p <= o.start and o.end <= att.start for o in attrs):
                aside = text[p + len(att.speaker):s].lstrip().startswith((",", "-", "(", "\u2014", "\u2013"))
                span = _subject_span(doc, att.start, cues) if doc is not None and cues is not None \
                    and cues.speaker_phrase_parse and not aside else None
                if span is not None and not span[0] <= s < span[1]:
                    continue  # "Neighbors told AP they had no idea of the brothers' …, barely saw": not the subject
                return True
    return False


def _subject_span(doc, pos: int, cues: Cues) -> tuple[int, int] | None:
    """Character span of the whole subject (its subtree) of the verb at ``pos`` on the parse,
    climbing ``subject_climb_deps`` as :func:`parse_subject` does; None when there is none."""
    tok = head_token(doc, pos, pos + 1)
    for _ in range(4):
        if tok is None:
            return None
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            sub = list(subj.subtree)
            return sub[0].idx, sub[-1].idx + len(sub[-1])
        if tok.dep_ not in cues.subject_climb_deps or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def parse_subject(doc, pos: int, cues: Cues) -> tuple[str, int] | None:
    """The subject of the reporting verb at ``pos`` on the dependency parse ``doc``: the verb's
    own nsubj, or that of the verb it hangs from (``subject_climb_deps``: "…, adding that",
    "issued a statement denouncing"), cut before relative clauses, prepositions and appositions
    ("a top jihadist based in Gaza has claimed" -> "a top jihadist"); a relative pronoun stands
    for its antecedent. With rule ``nearest_subject`` (on), of two subjects of one verb the
    nearest before it counts, and words the parse hangs on the subject before a break
    ("WASHINGTON (Reuters) - Democratic hopefuls denounced") are left out: the run of words
    holding the subject's head is the phrase. ``(phrase, start offset)`` or None (no subject, or
    a passive one).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "A top jihadist based in the Gaza Strip has claimed that brothers plan attacks."
        >>> parse_subject(parse_one(t), t.index("claimed"), load_cues())
        ('A top jihadist', 0)
        >>> t = "US Ambassador to the United Nations Nikki Haley warned that the regime must go."
        >>> parse_subject(parse_one(t), t.index("warned"), load_cues())[0]
        'United Nations Nikki Haley'
    """
    tok = head_token(doc, pos, pos + 1)  # the token at ``pos``
    if tok is not None and tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
        return None  # "nations usually believed to be friendly": a reduced passive
    subj = None
    for _ in range(4):
        if tok is None:
            return None
        subjs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        subj = subjs[0] if subjs else None
        if len(subjs) > 1 and "nearest_subject" not in cues.attribution_rules_off:
            # "JERUSALEM (Reuters) - Israel's minister said", "…-Putin was": a verb with two
            # subjects on the parse has the one nearest before it.
            subj = ([c for c in subjs if c.i < tok.i] or subjs)[-1]
        if subj is not None:
            break
        if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and "quoted_as_saying" not in cues.attribution_rules_off:
            # "The Post quoted Ford as saying …": the object of the verb above "as" speaks.
            subj = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
            if subj is not None:
                break
        if tok.dep_ not in cues.subject_climb_deps or tok.head.i == tok.i or tok.dep_ == "acl" and tok.tag_ != "VBG":
            return None  # "nations believed to be friendly": a reduced passive names no speaker
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "attr", "pobj") and tok.head.i != tok.i:
            tok = tok.head  # "issued a statement denouncing …": the verb holding the noun
    if subj is None or subj.dep_ == "nsubjpass":
        return None
    if subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
        subj = tok.head  # "officials who said": the antecedent
    subj = quantity_group(subj, cues)  # "60 percent of Americans say": the Americans
    runs = _kept_runs(subj, cues)
    run = runs[0]
    if subj not in run and "nearest_subject" not in cues.attribution_rules_off:
        # "…, and other issues-Putin was in Vienna": words the parse hangs on the subject before a
        # break are not it; the run of words holding its head is.
        run = next(r for r in runs if subj in r)
        while run and run[0].dep_ in ("cc", "punct", "prep"):
            run = run[1:]
    while run and run[-1].dep_ in ("cc", "punct", "case"):
        run.pop()
    if not run:
        return None
    if all(_title_word(t, cues) for t in run):
        run = _name_in_subject(subj, run, cues) or run
    a, b = run[0].idx, run[-1].idx + len(run[-1])
    return doc.text[a:b], a


def quantity_group(subj, cues: Cues):
    """The group a quantity subject counts (rule ``quantity_subject``): a subject that is a number
    or one of ``quantity_nouns`` ("60 percent", "81%", "a fifth", "a majority") with an "of"
    phrase whose object is no pronoun stands for that object ("60 percent of Americans say" ->
    "Americans"): a poll's share of a group reports the group's view, the number is no speaker.
    ``subj`` itself otherwise.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> doc = parse_one("Sixty percent of voters say Russia is a friend.")
        >>> quantity_group(doc[1], load_cues()).text
        'voters'
        >>> quantity_group(doc[3], load_cues()).text
        'voters'
    """
    if "quantity_subject" in cues.attribution_rules_off or not cues.quantity_nouns:
        return subj
    if not (subj.lower_ in cues.quantity_nouns or subj.like_num):
        return subj
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return obj if obj is not None and obj.pos_ != "PRON" else subj


def _title_word(tok, cues: Cues) -> bool:
    """A word of a title ("Ambassador", "the", "US"): a title word or a short abbreviation."""
    w = tok.text.lower()
    return w in cues.title_words or tok.text.replace(".", "").isupper() and len(tok.text.replace(".", "")) <= 3


def _name_in_subject(subj, run, cues: Cues) -> list:
    """The name that a subject made of title words only carries in its subtree ("US Ambassador
    to the United Nations Nikki Haley"; "the leader, Mitch McConnell"): the last run of proper
    nouns after the title that are not title words, reached from it through no other common
    noun ("the leader of the veterans, allies of Mr Mugabe" names no one); [] when there is none."""
    def direct(t) -> bool:  # no other common noun between the title and the name
        if t.i == subj.i:
            return True
        h = t.head
        while h.i != subj.i and h.head.i != h.i:
            if h.pos_ == "NOUN" and not _title_word(h, cues):
                return False
            h = h.head
        return h.i == subj.i

    names: list = []
    for t in subj.subtree:
        if t.i <= run[-1].i:
            continue
        if t.pos_ == "PROPN" and not _title_word(t, cues) and direct(t):
            names = names + [t] if names and names[-1].i == t.i - 1 else [t]
    return names if names and names[-1].i == max(x.i for x in subj.subtree if x.pos_ != "PUNCT") else []


def opening_source(text: str, quote: tuple[int, int], attrs: list[Attribution]) -> str:
    """Speaker of a source phrase that opens the sentence and is closed by a comma before the
    quotation ("According to Sondland, he and Trump “are not close friends”"); '' otherwise.

    Examples:
        >>> t = 'According to Sondland, he and Trump "are not close friends."'
        >>> opening_source(t, (36, len(t)), attributions(t, [(36, len(t))], load_cues()))
        'Sondland'
    """
    for att in attrs:
        if att.kind != "source_phrase" or not att.speaker or att.end > quote[0]:
            continue
        if text[:att.start].strip(" \"'(") or "," not in text[att.end:quote[0]]:
            continue
        if any(o is not att and o.kind != "source_phrase" and att.end <= o.start < quote[0] for o in attrs):
            continue
        return att.speaker
    return ""


#: A name in apposition after a speaker phrase: ", John Cornyn of Texas," / ", Andrea Saul."
_APPOSED = re.compile(r"\s*,\s+(?P<who>(?:[A-Z][\w.'-]*\s+){1,3}[A-Z][\w'-]*[a-z][\w'-]*)"
                      r"(?:\s+(?:of|from)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?\s*(?:\([^)]*\)\s*)?(?:,|\.|$)")
#: What precedes a speaker phrase that is a description ("The second-ranking Senate Republican").
_DESCRIBED = re.compile(r"(?:\b(?:the|a|an)|'s)(?:\s+[\w-]+){0,3}\s+$", re.I)


def apposed_name(text: str, speaker: str, cues: Cues) -> str:
    """The name in apposition right after a speaker that is a description ("The second-ranking
    Senate Republican, John Cornyn of Texas, said"; "said Mr. Romney's campaign spokeswoman,
    Andrea Saul."): the name as written, preferred to its description; '' when there is none.

    A description holds a lower-case word (other than ``name_joins``-like particles) or follows
    a determiner or possessive; a name ("Mike Pompeo, the secretary of state, said") keeps its
    place.

    Examples:
        >>> t = "The second-ranking Senate Republican, John Cornyn of Texas, said it."
        >>> apposed_name(t, "Senate Republican", load_cues())
        'John Cornyn'
        >>> apposed_name("Mike Pompeo, Secretary of State, said it.", "Mike Pompeo", load_cues())
        ''
    """
    words = speaker.split()
    if not words:
        return ""
    lower = any(w[:1].islower() and w.lower() not in cues.title_small_words for w in words[1:]) or \
        words[0].lower() in ("the", "a", "an")
    at = text.find(speaker)
    while at >= 0:
        m = _APPOSED.match(text, at + len(speaker))
        if m and (lower or _DESCRIBED.search(text, max(0, at - 60), at)):
            who = m.group("who")
            if not any(w.lower().rstrip(".") in cues.title_words for w in who.split()[-1:]):
                return who
        at = text.find(speaker, at + 1)
    return ""


def description_title(speaker: str, cues: Cues) -> str:
    """The title noun of a speaker that is a definite description of a person ("the Texas
    senator" -> 'senator'); '' for anything else.

    Examples:
        >>> description_title("the Texas senator", load_cues()), description_title("Ted Cruz", load_cues())
        ('senator', '')
    """
    words = speaker.split()
    if len(words) < 2 or len(words) > 5 or words[0].lower() not in ("the", "this", "that"):
        return ""
    noun = words[-1].lower()
    return noun if noun in cues.description_nouns else ""


def titled_person(prefix: str, persons: list[tuple[str, int]], noun: str, *, fallback: bool = False) -> str:
    """The person a description with title ``noun`` co-refers with: the nearest of ``persons``
    (``(name, start)`` in ``prefix``, in text order) written with that title ("Sen. Ted Cruz"
    for "the senator"); with ``fallback``, else the nearest person when only one is named.

    Examples:
        >>> p = "Sen. Ted Cruz met Bob Smith."
        >>> titled_person(p, [("Ted Cruz", 5), ("Bob Smith", 18)], "senator")
        'Ted Cruz'
        >>> titled_person("Cruz spoke.", [("Cruz", 0)], "senator", fallback=True)
        'Cruz'
    """
    for name, at in reversed(persons):
        before = prefix[max(0, at - 40):at].split()
        w = before[-1].lower().rstrip(".") if before else ""
        if len(w) >= 3 and noun.startswith(w) or noun in (x.lower().strip(",") for x in before[-3:]):
            return name
    if fallback and len({n.split()[-1] for n, _ in persons}) == 1:
        return persons[-1][0]
    return ""
