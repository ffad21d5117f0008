"""The ``frame_terms`` table: every frame term of a sentences table with voice, polarity, target.

Paragraphs are rebuilt from their sentences so that quotations spanning sentences are seen
whole; transcript turns come from :mod:`summitlens.text.turns`.

Examples:
    >>> frame_text("A no-limits partnership.")[["surface", "category"]].values.tolist()
    [['no-limits', 'partnership'], ['partnership', 'partnership']]
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from summitlens.extract.frames.cues import Cues, load_cues
from summitlens.extract.frames.lexicon import Lexicon, load_lexicon
from summitlens.extract.frames.match import excluded, find_terms, flag_of
from summitlens.extract.frames.polarity import scare_quoted
from summitlens.extract.frames.scope import hedge_scope, needs_parse, negation_scope
from summitlens.extract.frames.target import (
    first_person_with, mentions, premodifier_target, speaker_side, target_of,
)
from summitlens.extract.frames.voice import (
    adjunct_candidate, after_speaker_phrase, apposed_name, appositive_label, attributions, blank_link_blurbs,
    bracketed,
    characterising_verb, comment_candidate, description_title, object_sense_candidate,
    drop_unresolved_pronouns, in_speaker_phrase, paragraph_speaker, parenthetical, plural_speaker,
    possessed_title_candidate,
    reported_adjunct, resolve_document_speakers, speaker_from_earlier, name_quotation, title_quotation, titled_person,
    voice_of,
)
from summitlens.text.quotes import quote_containing, quote_spans
from summitlens.text.turns import speaker_turns

__all__ = ["FRAME_TERM_COLUMNS", "VOICES", "frame_text", "extract_frame_terms", "analyse_sentence"]

VOICES = ("authorial", "quoted", "paraphrase")

FRAME_TERM_COLUMNS = (
    "doc_id", "sentence_no", "paragraph_no", "char_start", "char_end", "surface", "term",
    "term_id", "category", "weight", "voice", "speaker", "negated", "negation_cue", "hedged",
    "hedge_cue", "target", "flag", "is_headline", "sentence", "sentence_start", "sentence_end",
)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph rebuilt from its sentences, with its quotation spans."""

    text: str  # original quotes
    match: str  # match form
    quotes: tuple[tuple[int, int], ...]


def analyse_sentence(sent_match: str, *, para: Paragraph, offset: int, lexicon: Lexicon, cues: Cues,
                     turn: tuple[str, int, str] = ("", 0, ""),
                     hits: list[tuple[int, int, str]] | None = None, doc=None,
                     adjunct_doc=None, report_doc=None) -> list[dict]:
    """Frame terms of one sentence; offsets local to the sentence.

    Args:
        sent_match: The sentence in match form.
        para: Its paragraph.
        offset: Offset of the sentence in the paragraph.
        lexicon: Compiled lexicon.
        cues: Compiled cues.
        turn: Transcript turn ``(speaker, label end, previous speaker)``.
        hits: Precomputed :func:`find_terms` of the sentence.
        doc: spaCy parse of the sentence (match form) when it holds a scope trigger, names a
            side or holds a reporting verb; without it no term is negated, only scare quotes
            hedge and speakers are read from the words around the verb only.
        adjunct_doc: Parse of a sentence parsed only for rule ``reported_adjunct`` (a reporting
            verb with an adjunct after it, :func:`~summitlens.extract.frames.voice.adjunct_candidate`):
            read by that rule alone; ``doc`` is used when given.
        report_doc: Parse of a sentence not parsed otherwise that holds a reporting cue, read by
            rule ``governing_report`` alone.

    Returns:
        One dict per term with ``char_start_local``/``char_end_local`` and the table's
        analysis columns.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "Russia is not a dictatorship."
        >>> [r["negated"] for r in analyse_sentence(t, para=Paragraph(t, t, ()), offset=0,
        ...     lexicon=load_lexicon(), cues=load_cues(), doc=parse_one(t))]
        [True]
    """
    if hits is None:
        hits = find_terms(sent_match, lexicon=lexicon)
    if not hits:
        return []
    end = offset + len(sent_match)
    quotes_local = tuple((max(a, offset) - offset, min(b, end) - offset)
                         for a, b in para.quotes if a < end and b > offset)
    # Link blurbs glued into the text (hover cards of names) are blanked before speakers are read;
    # a term inside one is read with its own headlines.
    said_text, blurbs = blank_link_blurbs(sent_match)
    attrs = attributions(said_text, quotes_local, cues, doc=doc, modifier_doc=report_doc)
    raw_attrs = None if blurbs else attrs
    ments = mentions(sent_match, cues)
    if turn[1] > 0:
        # A transcript label ("Vladimir Putin: …") names the speaker, not what the turn is about.
        ments = [m for m in ments if m[1] >= turn[1]]
    rows = []
    pseudo = [m.span() for m in cues.negation_pseudo.finditer(sent_match)] if doc is not None else []
    for s, e, tid in hits:
        entry = lexicon.entries[tid]
        target = target_of(ments, s, e, tid, entry.category, cues, text=sent_match, doc=doc)
        turn_speaker = turn[0] if s >= turn[1] else turn[2]
        side = speaker_side(turn_speaker) if turn[0] else None
        if side and entry.category == "partnership" and first_person_with(sent_match, s, e, ments, side, cues):
            target = "relationship"  # Putin: "we are not creating military alliances with China"
        # A proper-noun premodifier ("US partner") names a state or body: not "other" for
        # target-conditioned exclusions such as business partners.
        named = target == "other" and premodifier_target(sent_match, s, ments, cues) == "other"
        flag = flag_of(sent_match, s, e, tid, lexicon, target=target)
        if flag == "proper_name":
            # A name ("Fox & Friends", "Trans-Pacific Partnership") is about a side only when a
            # premodifier inside it names one ("Russian-Chinese Committee for Friendship").
            pre = premodifier_target(sent_match, s, ments, cues)
            target = pre if pre in ("relationship", "russia", "china", "leader") else "other"
        if not flag and excluded(sent_match, s, e, tid, lexicon, target="other_named" if named else target):
            continue
        q = quote_containing(quotes_local, s, e)
        para_q = next(((a, b) for a, b in para.quotes if a <= offset + s < b), None)
        in_blurb = any(a <= s < b for a, b in blurbs)
        if in_blurb and raw_attrs is None:
            raw_attrs = attributions(sent_match, quotes_local, cues)  # its own headlines' reports
        voice, speaker = voice_of(s, q, raw_attrs if in_blurb else attrs, turn_speaker=turn_speaker,
                                  sentence_text=sent_match if in_blurb else said_text, cues=cues,
                                  para_speaker=lambda: paragraph_speaker(para.match, para.quotes, cues,
                                                                         quote=para_q), doc=doc,
                                  report_doc=report_doc)
        if voice == "paraphrase" and (appositive_label(sent_match, s, e, cues, doc=doc) or parenthetical(sent_match, s)
                                      or reported_adjunct(doc if doc is not None else adjunct_doc, s, cues)
                                      or in_speaker_phrase(said_text, s, attrs, doc=doc, cues=cues)
                                      or cues.speaker_phrase_after and after_speaker_phrase(said_text, s, attrs, cues)):
            voice, speaker = "authorial", ""
        if speaker and cues.apposed_name:
            # "The second-ranking Senate Republican, John Cornyn of Texas, said": the name.
            speaker = apposed_name(said_text, speaker, cues) or apposed_name(para.match, speaker, cues) or speaker
        if q is not None and (title_quotation(sent_match, q, cues) or cues.title_proper_names
                              and flag == "proper_name" and title_quotation(sent_match, q, cues, opener=False)
                              or name_quotation(doc, sent_match, q, s, e, cues)):
            speaker = ""  # a title in quotation marks ("on "Fox and Friends""): nobody's words
            if cues.title_authorial:
                voice = "authorial"  # ... but the writer's naming
        if q is not None and voice == "quoted" and bracketed(sent_match, s, e, q, cues):
            voice, speaker = "authorial", ""  # "[Libyan strongman Moammar] Gadhafi": the writer's insertion
        neg = negation_scope(doc, s, e, scope=cues.scope, pseudo=pseudo) if doc is not None else ""
        hedge = hedge_scope(doc, s, e, scope=cues.scope) if doc is not None else ""
        if not hedge and q is not None and voice == "quoted" and flag != "proper_name":
            if scare_quoted(sent_match, s, e, q, para_quote=para_q, cues=cues, attributed=bool(attrs), doc=doc):
                hedge = "scare quotes"
        rows.append({
            "char_start_local": s, "char_end_local": e,
            "term": " ".join(sent_match[s:e].lower().replace('"', " ").replace("'", " ").replace("-", " ").split()),
            "term_id": tid, "category": entry.category, "weight": entry.weight,
            "voice": voice, "speaker": speaker, "negated": bool(neg), "negation_cue": neg,
            "hedged": bool(hedge), "hedge_cue": hedge, "target": target,
            "flag": flag,
        })
    return rows


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


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in FRAME_TERM_COLUMNS})


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
        (13, 22, 'no limits', 'quoted')
    """
    lx = lexicon or load_lexicon()
    cu = cues or load_cues()
    out: list[dict] = []
    if len(sentences) == 0:
        return _empty()
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
        return _empty()
    # Paragraph groups (only for candidate paragraphs).
    groups: dict[tuple, list[int]] = {}
    wanted = {(doc[i], para_no[i]) for i in cand}
    for i in range(n):
        k = (doc[i], para_no[i])
        if k in wanted:
            groups.setdefault(k, []).append(i)
    paras: dict[tuple, tuple[Paragraph, int]] = {}
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
        paras[k] = (Paragraph(pt, "".join(buf_m), tuple(quote_spans(pt))), int(p0))
    turns = speaker_turns(doc, para_no, snos, matches, heads)
    # Parse only the candidate sentences that hold a negation or hedge trigger, name a side or report.
    # A reporting verb is a reason too: its subject on the parse is the speaker; so is a possessed
    # noun before a name (voice.possessed_title: is it in what a reporting verb reports?).
    to_parse = [i for i in cand if needs_parse(matches[i], scope=cu.scope, targets=cu.target_patterns)
                or _unattributed_verb(matches[i], cu) or _quoted_hit(i, hits[i], starts, paras, doc, para_no, cu)
                or cu.nested_on_parse and _reports(matches[i], cu) >= 2
                or cu.inverted_subject_parse and _inverted_after_comma(matches[i], cu)
                or characterising_verb(matches[i], cu) or comment_candidate(matches[i], cu)
                or object_sense_candidate(matches[i], cu)
                or any(possessed_title_candidate(matches[i], a, b, cu) for a, b, _ in hits[i])]
    # A reporting verb with an adjunct after it (rule ``reported_adjunct``): parsed for that rule only.
    in_parse = set(to_parse)
    adj = [i for i in cand if i not in in_parse and adjunct_candidate(matches[i], cu)]
    # A reporting cue (rule ``governing_report``): parsed for that rule only.
    in_adj = set(adj)
    rep = [i for i in cand if i not in in_parse and i not in in_adj and _report_candidate(matches[i], cu)]
    parsed: dict[int, object] = {}
    if to_parse or adj or rep:
        from summitlens.text.parse import load_parser

        # Only the tagger and the parser are needed (no entities, no lemmas): faster.
        nlp = load_parser()
        off = [p for p in ("ner", "lemmatizer") if p in nlp.pipe_names]
        both = to_parse + adj + rep
        parsed = dict(zip(both, nlp.pipe([matches[i] for i in both], batch_size=64, disable=off)))
    adj_parsed = {i: parsed.pop(i) for i in adj}
    rep_parsed = {i: parsed.pop(i) for i in rep}
    for i in cand:
        para, p0 = paras[(doc[i], para_no[i])]
        off = int(starts[i]) - p0
        for r in analyse_sentence(matches[i], para=para, offset=off, lexicon=lx, cues=cu,
                                  turn=turns.get(i, ("", 0, "")), hits=hits[i], doc=parsed.get(i),
                                  adjunct_doc=adj_parsed.get(i), report_doc=adj_parsed.get(i, rep_parsed.get(i))):
            s_loc, e_loc = r.pop("char_start_local"), r.pop("char_end_local")
            out.append({
                "doc_id": doc[i], "sentence_no": int(snos[i]), "paragraph_no": int(para_no[i]),
                "char_start": int(starts[i]) + s_loc, "char_end": int(starts[i]) + e_loc,
                "surface": texts[i][s_loc:e_loc], **r, "is_headline": bool(heads[i]),
                "sentence": texts[i], "sentence_start": s_loc, "sentence_end": e_loc,
            })
    if any(r["voice"] == "quoted" and not r["speaker"] for r in out):
        _continued_quotes(out, doc, para_no, snos, matches, paras, cu)
    full: dict[int, object] = {}  # whole-pipeline parses of sentences before pronoun speakers, by row
    if any(r["speaker"].lower() in cu.pronoun_speakers for r in out):
        _resolve_from_previous_subject(out, doc, para_no, snos, matches, cu, full=full)
    resolve_pronoun_speakers(out, cu.pronoun_speakers)
    if any(r["speaker"].lower() in cu.pronoun_speakers for r in out):
        _resolve_from_document(out, doc, snos, matches, cu)
    if any(r["speaker"].lower() in cu.pronoun_speakers for r in out):
        _resolve_from_persons(out, doc, snos, matches, cu, full=full)
    if any(r["speaker"].lower() in cu.plural_pronoun_speakers for r in out):
        _resolve_plural_pronouns(out, doc, para_no, snos, matches, cu, parsed=parsed)
    resolve_document_speakers(out, doc, snos, matches, cu)
    if cu.description_speakers and any(description_title(r["speaker"], cu) for r in out):
        _resolve_descriptions(out, doc, snos, matches, cu)
    drop_unresolved_pronouns(out, cu)
    return pd.DataFrame(out, columns=list(FRAME_TERM_COLUMNS))


def _quoted_hit(i: int, hits, starts, paras, doc, para_no, cues: Cues) -> bool:
    """Whether a term of sentence ``i`` sits in a quotation (its governing verb on the parse may
    name the speaker when no cue is next to it)."""
    if not cues.quote_governor:
        return False
    para, p0 = paras[(doc[i], para_no[i])]
    off = int(starts[i]) - p0
    return any(a <= off + s < b for s, _, _ in hits for a, b in para.quotes)


def _report_candidate(text: str, cues: Cues) -> bool:
    """Whether a sentence holds a reporting verb or a source phrase of ``governing_sources``
    (then rule ``governing_report`` reads its parse)."""
    if "governing_report" in cues.attribution_rules_off or not cues.governing_deps:
        return False
    return bool(cues.verbs.search(text)) or any(w in cues.governing_sources for w in text.lower().split())


def _unattributed_verb(text: str, cues: Cues) -> bool:
    """Whether a sentence holds a reporting verb whose speaker the words around it do not name
    (then its parse is worth its cost: the verb's subject is the speaker)."""
    if not cues.verbs.search(text):
        return False
    found = {a.start for a in attributions(text, quote_spans(text), cues)}
    return any(m.start() not in found for m in cues.verbs.finditer(text))


def _inverted_after_comma(text: str, cues: Cues) -> bool:
    """Whether a verb of saying right after a comma is followed by a capitalised word ("…, who
    was a close friend of Chavez, said Felipe Burbano de Lara, …"): its subject on the parse
    may follow it."""
    return any(m.group(0).lower() in cues.inverting_verbs and text[:m.start()].rstrip().endswith(",")
               and text[m.end():].lstrip()[:1].isupper() for m in cues.verbs.finditer(text))


def _reports(text: str, cues: Cues) -> int:
    """How many reporting verbs a sentence holds (two may nest: "He said he would accept it only
    if Ingraham denounced …", decided on the parse)."""
    return sum(1 for _ in cues.verbs.finditer(text))


#: Paragraphs looked back through for the speaker of a quotation continued from them.
QUOTE_LOOKBACK = 3
_OPENING_QUOTES = ('"', "\u201c", "\u00ab", "\u201e")
_CLOSING_QUOTES = ('"', "\u201d", "\u00bb", "'", "\u2019")


def _continued_quotes(rows: list[dict], doc, para_no, snos, matches, paras, cues: Cues) -> None:
    """A quotation that opens its paragraph with no cue of its own continues the previous
    paragraph's quotation (a multi-paragraph quote): it takes that paragraph's speaker."""
    by_para: dict[tuple, list[int]] = {}
    for i in range(len(doc)):
        by_para.setdefault((doc[i], int(para_no[i])), []).append(i)

    def speaker_of(k) -> tuple[str, bool]:
        """(speaker of the paragraph's quotation, whether the paragraph opens with a quote)."""
        idx = by_para.get(k)
        if not idx:
            return "", False
        text = " ".join(matches[j] or "" for j in idx)
        quotes = quote_spans(text)
        if not quotes:
            # "The telegram said, in part:" before a block quotation: the lead-in's subject
            lead = cues.lead_in.match(text)
            return (lead.group("who").strip() if lead else ""), False
        return paragraph_speaker(text, quotes, cues), text.lstrip().startswith(_OPENING_QUOTES)

    index = {(doc[i], int(snos[i])): i for i in range(len(doc))}

    def credited(i: int) -> str:
        """The credit line (a sentence of its own, after one that closes a quotation) that ends
        the block quotation holding sentence ``i`` ('' if none within the lookahead)."""
        for j in range(i + 1, len(doc)):
            if doc[j] != doc[i] or int(para_no[j]) - int(para_no[i]) > cues.credit_lookahead:
                return ""
            m = cues.credit_line.match(matches[j] or "")
            if m:
                prev = (matches[j - 1] or "").rstrip(" .\u2026")
                return m.group("who").strip() if prev.endswith(_CLOSING_QUOTES) else ""
        return ""

    for r in rows:
        if r["voice"] != "quoted" or (r["speaker"] and r["speaker"].split()[0].lower() not in cues.source_nouns):
            continue
        k = (r["doc_id"], int(r["paragraph_no"]))
        i = index.get((r["doc_id"], int(r["sentence_no"])))
        who = credited(i) if i is not None else ""
        if who:
            r["speaker"] = who
            continue
        if r["speaker"]:
            continue
        para, p0 = paras[k]
        lead = len(para.match) - len(para.match.lstrip())
        q = next(((a, b) for a, b in para.quotes if a <= r["char_start"] - p0 < b), None)
        if q is None or q[0] != lead or not para.match[lead:].startswith(_OPENING_QUOTES):
            continue
        for back in range(1, QUOTE_LOOKBACK + 1):
            spk, opens = speaker_of((k[0], k[1] - back))
            if spk:
                r["speaker"] = spk
                break
            if not opens:
                break


#: Sentences looked back through for the antecedent of a pronoun speaker.
PRONOUN_LOOKBACK = 30


def _named(spk: str, cues: Cues) -> bool:
    """A person's name as an antecedent of "he"/"she": two or more words, capitalised at both
    ends, no rubric in capitals ("JUST WATCHED"), not a source noun ("Officials")."""
    w = spk.split()
    return len(w) >= 1 and w[0][:1].isupper() and w[-1][:1].isupper() \
        and w[0].lower() not in cues.source_nouns and not any(x.isupper() and len(x) > 3 for x in w) \
        and not (len(w) == 1 and w[0].lower() in cues.not_speakers)


def _resolve_from_document(rows: list[dict], doc, snos, matches, cues: Cues) -> None:
    """A pronoun speaker left unresolved: the last named speaker of a reporting cue in the
    document's earlier sentences (not only those that hold a frame term)."""
    cache: dict[int, str] = {}

    def last_in(j: int) -> str:
        if j not in cache:
            m = matches[j] or ""
            names = [a.speaker for a in attributions(m, quote_spans(m), cues) if _named(a.speaker, cues)]
            cache[j] = names[-1] if names else ""
        return cache[j]

    _fill_pronoun_speakers(rows, doc, snos, cues, last_in, PRONOUN_LOOKBACK)


def _fill_pronoun_speakers(rows: list[dict], doc, snos, cues: Cues, name_in, lookback: int) -> None:
    """Give each row whose speaker is a pronoun the first ``name_in(j)`` found in the
    ``lookback`` sentences before it, in the same document (rows are changed in place)."""
    speaker_from_earlier([(r, name_in) for r in rows if r["speaker"].lower() in cues.pronoun_speakers],
                         doc, snos, lookback)


#: Sentences before a pronoun speaker searched for a person's name (parsed, so few).
PERSON_LOOKBACK = 3


def _full_parse(j: int, matches, full: dict[int, object]):
    """Sentence ``j`` parsed with the whole pipeline (entities too), once per row: ``full`` is the
    cache the pronoun-speaker resolvers share."""
    if j not in full:
        from summitlens.text.parse import load_parser

        full[j] = load_parser()(matches[j] or "")
    return full[j]


def _resolve_from_persons(rows: list[dict], doc, snos, matches, cues: Cues, *,
                          full: dict[int, object] | None = None) -> None:
    """A pronoun speaker still unresolved ("He added, …" after "Vilsack met farmers."): the
    last person the parser's entity recogniser finds in the sentence before it, or earlier
    (up to :data:`PERSON_LOOKBACK` sentences); only those few sentences are parsed (``full``:
    parses already made for them, shared with :func:`_resolve_from_previous_subject`)."""
    cache: dict[int, str] = {}
    full = {} if full is None else full

    def last_person(j: int) -> str:
        if j not in cache:
            parsed = _full_parse(j, matches, full)
            ents = [e for e in parsed.ents if e.label_ == "PERSON"]
            # "Trump chastised … for Assad to get rid of …. He called on Moscow": a pronoun
            # subject continues the subject of the sentence before it when that is a name (a
            # person, or a person the recogniser took for an organisation).
            subj = _subject_person(parsed, cues) if cues.subject_antecedent else None
            pick = subj if subj is not None else ents[-1] if ents else None
            cache[j] = pick.text.removesuffix("'s").strip() if pick is not None else ""
        return cache[j]

    _fill_pronoun_speakers(rows, doc, snos, cues, last_person, PERSON_LOOKBACK)


def _subject_person(parsed, cues: Cues):
    """The person named as the subject of the main verb of a parsed sentence (a PERSON entity,
    or a name the recogniser took for an organisation), or None."""
    subj = [e for e in parsed.ents if e.label_ in ("PERSON", "ORG") and e.root.dep_ == "nsubj"
            and e.root.head.dep_ == "ROOT" and _named(e.text, cues)]
    return subj[0] if subj else None


def _resolve_from_previous_subject(rows: list[dict], doc, para_no, snos, matches, cues: Cues, *,
                                   full: dict[int, object] | None = None) -> None:
    """Rule ``previous_subject``: a pronoun speaker ("Back in May 1939, he said …, “…Grand
    Alliance…”") whose sentence follows, in the same paragraph, one whose main subject is a
    person ("Winston Churchill stood out among …") is that person, before the last named speaker
    of the document is tried (that was Horace Wilson, a report two sentences earlier). Only the
    sentence before each such row is parsed (``full``: the parse cache shared with
    :func:`_resolve_from_persons`).

    Examples:
        >>> from summitlens.extract.frames.cues import load_cues
        >>> rows = [{"doc_id": "d", "sentence_no": 1, "paragraph_no": 0, "speaker": "he"}]
        >>> m = ["Winston Churchill stood out among politicians.", "He said we need an alliance."]
        >>> _resolve_from_previous_subject(rows, ["d", "d"], [0, 0], [0, 1], m, load_cues())
        >>> rows[0]["speaker"]
        'Winston Churchill'
    """
    if "previous_subject" in cues.attribution_rules_off:
        return
    cache: dict[int, str] = {}
    full = {} if full is None else full

    def subject_in(j: int, para: int) -> str:
        if int(para_no[j]) != para:
            return ""
        if j not in cache:
            pick = _subject_person(_full_parse(j, matches, full), cues)
            cache[j] = pick.text.removesuffix("'s").strip() if pick is not None else ""
        return cache[j]

    speaker_from_earlier([(r, lambda j, para=int(r["paragraph_no"]): subject_in(j, para)) for r in rows
                          if r["speaker"].lower() in cues.pronoun_speakers], doc, snos, 1)


def _resolve_plural_pronouns(rows: list[dict], doc, para_no, snos, matches, cues: Cues, *,
                             parsed: dict[int, object]) -> None:
    """A plural pronoun speaker ("Rather, they believe, …"): the last plural speaker of a
    reporting cue (:func:`~summitlens.extract.frames.voice.plural_speaker`) in the
    ``plural_antecedent_lookback`` sentences before it in its paragraph ("Iran hawks argue …");
    kept (then left empty) when there is none. Rule ``plural_antecedent``; a sentence the table
    step has parsed already (``parsed``, by row) is not parsed again, the others of those few are
    parsed with the same components (tagger and parser only)."""
    if "plural_antecedent" in cues.attribution_rules_off or cues.plural_antecedent_lookback <= 0:
        return
    from summitlens.text.parse import load_parser

    cache: dict[int, str] = {}
    nlp = load_parser()
    off = [p for p in ("ner", "lemmatizer") if p in nlp.pipe_names]

    def plural_in(j: int) -> str:
        if j not in cache:
            m = matches[j] or ""
            d = parsed[j] if j in parsed else nlp(m, disable=off)
            atts = attributions(m, quote_spans(m), cues, doc=d)
            found = [w for w in (plural_speaker(d, m, a, cues) for a in atts) if w]
            cache[j] = found[-1] if found else ""
        return cache[j]

    for r in rows:
        if r["speaker"].lower() in cues.plural_pronoun_speakers:
            para = r["paragraph_no"]
            speaker_from_earlier([(r, lambda j, para=para: plural_in(j) if int(para_no[j]) == para else "")],
                                 doc, snos, cues.plural_antecedent_lookback)


def resolve_pronoun_speakers(rows: list[dict], pronouns: frozenset[str]) -> None:
    """"he said": a pronoun speaker becomes the last named speaker before it in the document.

    Rows must be in document order; changed in place; a pronoun with no named speaker
    before it is kept.

    Examples:
        >>> rows = [{"doc_id": "d", "speaker": "Mike Pompeo"}, {"doc_id": "d", "speaker": "he"}]
        >>> resolve_pronoun_speakers(rows, frozenset({"he"})); rows[1]["speaker"]
        'Mike Pompeo'
    """
    last: dict = {}
    for r in rows:
        spk = r["speaker"]
        if spk.lower() in pronouns:
            r["speaker"] = last.get(r["doc_id"], spk)
        elif spk and spk[:1].isupper() and len(spk.split()) >= 2:
            last[r["doc_id"]] = spk


#: Sentences before a description speaker searched for the person it names (parsed, so few).
DESCRIPTION_LOOKBACK = 5


def _resolve_descriptions(rows: list[dict], doc, snos, matches, cues: Cues) -> None:
    """A speaker that is a definite description of a person ("the Texas senator") becomes the
    person it co-refers with in the :data:`DESCRIPTION_LOOKBACK` sentences before it or earlier in
    its own (:func:`titled_person` on the parser's PERSON entities); rows changed in place, kept
    when no one fits."""
    from summitlens.text.parse import load_parser

    nlp = load_parser()
    index = {(doc[i], int(snos[i])): i for i in range(len(doc))}
    found: dict[tuple[int, str], str] = {}  # several terms of one sentence share its speaker: one parse
    for r in rows:
        noun = description_title(r["speaker"], cues)
        i = index.get((r["doc_id"], int(r["sentence_no"]))) if noun else None
        if i is None:
            continue
        key = (i, r["speaker"])
        if key not in found:
            found[key] = _description_person(i, r["speaker"], noun, doc, matches, nlp, cues)
        r["speaker"] = found[key] or r["speaker"]


def _description_person(i: int, speaker: str, noun: str, doc, matches, nlp, cues: Cues) -> str:
    """The person the description ``speaker`` (title ``noun``) of sentence ``i`` co-refers with;
    '' when no one fits."""
    own = matches[i] or ""
    at = own.find(speaker)
    earlier = [matches[j] or "" for j in range(max(0, i - DESCRIPTION_LOOKBACK), i) if doc[j] == doc[i]]
    prefix = " ".join(earlier + [own[:at if at >= 0 else 0]])
    if not prefix.strip():
        return ""
    persons = [(e.text.removesuffix("'s").strip(), e.start_char) for e in nlp(prefix).ents
               if e.label_ == "PERSON"]
    # The fallback (the only person named) looks at earlier sentences only: a name in the
    # description's own sentence is what is reported ("heard the Tsarnaev brothers …, the
    # commissioner said"), not the speaker.
    cut = len(" ".join(earlier))
    return titled_person(prefix, persons, noun) or titled_person(
        prefix, [p for p in persons if p[1] < cut], noun, fallback=cues.description_person) if persons else ""
