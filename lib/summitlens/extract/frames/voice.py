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
from summitlens.text.clauses import WORD

__all__ = [
    "Attribution",
    "addressee_object",
    "sentence_antecedent",
    "resolve_document_speakers",
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
    "voice_of",
]

_SPEAKER_STOP = re.compile(r"[,;:()\"\u201c\u201d\[\]]|\s-\s|\.\s")


def speaker_before(text: str, pos: int, cues: Cues) -> str:
    """The noun phrase that ends just before a reporting verb at ``pos``.

    Examples:
        >>> speaker_before("The Kremlin spokesman Dmitry Peskov said", 36, load_cues())
        'The Kremlin spokesman Dmitry Peskov'
    """
    seg = text[max(0, pos - 160):pos]
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
    words = [k.group(0) for k in keep]
    if seg[:keep[0].start()].strip() == "" and words[0].lower().endswith("ing") and len(words) > 1 \
            and not words[1][:1].isupper():
        return ""  # a sentence-initial participle ("Unveiling the plan, Pompeo said"), not a name
    if not any(w[0].isupper() or w.lower() in cues.source_nouns for w in words):
        return ""
    if len(words) == 1 and words[0].lower() in cues.not_speakers:
        return ""
    return seg[keep[0].start():keep[-1].end()].strip()


def speaker_after(text: str, pos: int, cues: Cues) -> str:
    """The noun phrase that starts at ``pos`` ("… said Xi", "according to the Kremlin").

    Examples:
        >>> speaker_after("according to the Kremlin on Friday", 12, load_cues())
        'the Kremlin'
    """
    seg = text[pos:pos + 120]
    cut = _SPEAKER_STOP.search(seg)
    if cut:
        seg = seg[:cut.start()]
    seg = cues.speaker_after_stop.split(" " + seg.strip(), maxsplit=1)[0].strip()
    seg = seg.rstrip(".")
    words = seg.split()
    if not words or len(words) > 8:
        words = words[:8]
    s = " ".join(words)
    if len(words) == 1 and s.lower() in cues.not_speakers:
        return ""
    return s if s and (s[0].isupper() or s.split()[0].lower() in cues.speaker_after_starts) else ""


@dataclass
class Attribution:
    """A reporting cue in a sentence and the speaker it names."""

    kind: str  # "verb_before", "verb_after" (postposed), "source_phrase"
    start: int
    end: int
    speaker: str


def attributions(text: str, quotes, cues: Cues) -> list[Attribution]:
    """Reporting cues outside quotations in a sentence (match form).

    Args:
        text: Sentence (or paragraph) in match form.
        quotes: Quotation spans in ``text`` (cues inside them are ignored).
        cues: Compiled cues.

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
        spk = speaker_before(text, m.start(), cues)
        if spk:
            # "…, Smith said." / "…," Smith said on Friday.": a postposed attribution.
            head = text[:m.start()].rstrip()
            head = head[:len(head) - len(spk)].rstrip() if head.endswith(spk) else head
            tail = text[m.end():]
            if head.endswith((",", '"', "'")) and (len(WORD.findall(tail)) <= 6 and "," not in tail
                                                   or tail.lstrip().startswith(",")):
                # "…, Smith said." or an inserted "…, O'Hanlon said, but …": the whole sentence.
                out.append(Attribution("verb_after", m.start(), m.end(), spk))
            else:
                out.append(Attribution("verb_before", m.start(), m.end(), spk))
            continue
        # Postposed ("…, Xi said." / "…," said Xi.)
        pre = text[:m.start()].rstrip()
        if pre.split()[-1:] and pre.split()[-1].lower() in cues.not_before_postposed:
            continue  # "want to see the regime swept away": no report
        prior = [a for a in out if a.kind != "source_phrase" and a.end <= m.start() and a.speaker]
        if prior and m.group(0).endswith("ing") and pre.endswith(","):
            # "McMaster said, saying Russia …": a participle shares its clause's subject.
            out.append(Attribution("verb_before", m.start(), m.end(), prior[-1].speaker))
            continue
        aside = subject_before_aside(text, m.start(), cues)
        if aside:
            # "Mr. McCain, who has visited Syria, said it …"; "Fullilove, head of X, told the FT."
            out.append(Attribution(_kind(text, m, aside, cues), m.start(), m.end(), aside))
            continue
        if pre.endswith((",", '"')) or re.search(r"(?:,|\"|'(?![a-z]))\s*\w+(\s+\w+){0,4}\s*$", pre):
            # Only a verb of saying precedes its subject ("…," said Xi); after "told" or
            # "called" comes the addressee or the object ("…," he told the Financial Times).
            after = speaker_after(text, m.end(), cues) if m.group(0).lower() in cues.inverting_verbs else ""
            if after:
                out.append(Attribution("verb_after", m.start(), m.end(), after))
                continue
            spk2 = speaker_before(text, m.start(), cues)
            if spk2:
                out.append(Attribution("verb_after", m.start(), m.end(), spk2))
    for a in out:
        if a.speaker.lower() in cues.pronoun_speakers:
            a.speaker = sentence_antecedent(text, a.start, cues) or a.speaker
    return out


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
                after[0][:1].islower():
            best = n.group("who")
    return best


def _kind(text: str, m: re.Match, spk: str, cues: Cues) -> str:
    """``verb_after`` for a postposed attribution closing the sentence ("…, Smith said."),
    else ``verb_before``."""
    tail = text[m.end():]
    return "verb_after" if len(WORD.findall(tail)) <= 6 and "," not in tail else "verb_before"


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
    return adjacent_speaker(text, quote, atts, cues)


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
            d = att.start - b
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
    before = text[max(0, a - 240):a]
    cut = max(before.rfind('"'), before.rfind("\u201c"), before.rfind("\u201d"))
    before = before[cut + 1:]
    m = cues.quote_before.search(before)
    if m and not sentence_break(before[m.start():], cues):
        who = m.group("who").strip()
        if not (len(who.split()) == 1 and who.lower() in cues.not_speakers):
            return who
    return ""


def voice_of(s: int, quote: tuple[int, int] | None, attrs: list[Attribution], *,
             turn_speaker: str = "", para_speaker=lambda: "", sentence_text: str = "",
             cues: Cues | None = None) -> tuple[str, str]:
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
        speaker = sentence_text and adjacent_speaker(sentence_text, quote, attrs) or ""
        if not speaker:
            # 'X said "…" and called on Y to recognise that Russia "is not our ally."': the
            # nearest reporting verb before the quotation in its sentence.
            before = [x for x in attrs if x.kind == "verb_before" and x.speaker and x.end <= quote[0]]
            speaker = max(before, key=lambda x: x.end).speaker if before else para_speaker()
        # A quotation inside a transcript turn or a message with no cue of its own: the
        # turn's speaker.
        speaker = speaker or turn_speaker
    else:
        for att in attrs:
            if att.kind == "source_phrase" or att.kind == "verb_after" or (att.kind == "verb_before" and att.end <= s):
                voice = "paraphrase"
                speaker = att.speaker
                if att.kind == "verb_before" and att.end <= s:
                    # nearest preceding verb wins, unless it reports inside an earlier report
                    cands = [x for x in attrs if x.kind == "verb_before" and x.end <= s]
                    speaker = outer_speaker(sorted(cands, key=lambda x: x.end), sentence_text) if cands \
                        else speaker
                break
        if voice == "paraphrase" and sentence_text and addressee_object(sentence_text, s, cues or load_cues()):
            voice, speaker = "authorial", ""
    return voice, speaker


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


_NESTED_GAP = re.compile(r"\s*(?:that\s+)?$")


def outer_speaker(cands: list[Attribution], text: str) -> str:
    """Speaker of the nearest of ``cands`` (sorted by position) before a term, climbing out of
    nested reports: in "Kazianis said China fears that …" or "Comey said he asked …" the
    second cue is part of what the first reports, so the first speaker is the source.

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
        if at < 0 or not _NESTED_GAP.fullmatch(text[prev.end:at]):
            break
        i -= 1
    return cands[i].speaker


def drop_unresolved_pronouns(rows: list[dict], cues: Cues) -> None:
    """A speaker still a bare pronoun after resolution ("…," he said, with no name before it)
    is unattributed: its speaker becomes '' (rows changed in place).

    Examples:
        >>> rows = [{"speaker": "he"}, {"speaker": "Xi"}]
        >>> drop_unresolved_pronouns(rows, load_cues()); [r["speaker"] for r in rows]
        ['', 'Xi']
    """
    for r in rows:
        if r["speaker"].lower() in cues.unresolved_pronouns:
            r["speaker"] = ""


_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*)*")
#: What opens an apposition before a term: a comma or a spaced dash (match form: ASCII).
_APPOSITION_OPEN = re.compile(r",|\s--?\s")
#: A name in an apposition right after a term ("the North's closest ally, China, …").
_NAME_APPOSITION = re.compile(r",\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*[,.]")
_DETERMINED = re.compile(r"(?:\b(?:the|its|his|her|their)\b|\w's)(?:\s+[\w'-]+){0,3}\s*$", re.I)


def appositive_label(text: str, s: int, e: int, cues: Cues) -> bool:
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
    if _NAME_AFTER.match(text, e) and text[e:e + 1] == " " and text[s:s + 1].islower():
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
    todo = [r for r in rows if r["speaker"] and (cues.title_speakers.fullmatch(r["speaker"])
                                                  or cues.document_speakers.fullmatch(r["speaker"]))]
    if not todo:
        return
    index = {(doc[i], int(snos[i])): i for i in range(len(doc))}
    for r in todo:
        i = index.get((r["doc_id"], int(r["sentence_no"])))
        if i is None:
            continue
        title = cues.title_speakers.fullmatch(r["speaker"])
        if title:
            rx = re.compile(r"(?i:" + re.escape(title.group("title")).replace(r"\ ", r"\s+") + r")\.?\s")
            def find(text):
                names = [n.group("who") for n in cues.titled_name.finditer(text) if rx.match(text, n.start())]
                return names[-1].removesuffix("'s") if names else ""
        else:
            def find(text):
                m = None
                for m in cues.message_sender.finditer(text):
                    pass
                return m.group("who") if m else ""
        for j in range(i - 1, max(-1, i - 1 - cues.speaker_lookback), -1):
            if doc[j] != doc[i]:
                break
            who = find(matches[j] or "")
            if who:
                r["speaker"] = who
                break
