"""Cue lexicons of the frame extractor (negation, hedges, attribution, targets), compiled.

The cues are data (``resources/frame_cues.yml``); the countries a target may be come from
``resources/places.yml`` (their ``mentions`` words), so countries have one id scheme.

Examples:
    >>> bool(load_cues().negation.search("no longer partners"))
    True
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass

from summitlens.rules import NEVER, load_rules, rules_path

__all__ = ["Cues", "Scope", "load_cues", "cue_regex"]


def cue_regex(phrases, *, suffix=r"\s*$") -> re.Pattern:
    """Case-insensitive alternation of cue phrases, longest first, any spaces between words.

    A cue must not touch a word character, an apostrophe or a hyphen on its left (so "not"
    does not fire in "can-not"), nor a word character on its right.

    Args:
        phrases: Cue words or phrases.
        suffix: Regex appended after the alternation; None for a free-standing cue.

    Returns:
        The compiled pattern.

    Examples:
        >>> cue_regex(["no longer", "no"], suffix=None).findall("no longer, no")
        ['no longer', 'no']
    """
    alts = sorted({" ".join(str(p).lower().split()) for p in phrases}, key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts)
    return re.compile(rf"(?:(?<![\w'-])|(?<=\s))(?:{body})(?![\w]){suffix}" if suffix else
                      rf"(?<![\w'-])(?:{body})(?![\w])", re.I)


def _spaced(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in str(phrase).split())


def _words(items) -> frozenset[str]:
    return frozenset(str(w).lower() for w in items or [])


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
    target_clause_breaks: tuple[str, ...] = (",", ";", ":", '"')
    title_words: frozenset[str] = frozenset()
    skip_before_verb: frozenset[str] = frozenset()
    speaker_leading_drop: frozenset[str] = frozenset()
    not_speakers: frozenset[str] = frozenset()
    speaker_after_stop: re.Pattern = NEVER
    speaker_after_starts: frozenset[str] = frozenset()
    passive_marker: re.Pattern = NEVER
    passive_verbs: frozenset[str] = frozenset()
    relative_clause: re.Pattern = NEVER
    premodifier_breaks: frozenset[str] = frozenset()
    not_premodifier: frozenset[str] = frozenset()
    scope: "Scope | None" = None
    pronoun_speakers: frozenset[str] = frozenset()
    credit_line: re.Pattern = NEVER
    lead_in: re.Pattern = NEVER
    greeting_sender: re.Pattern = NEVER
    keep_unresolved_pronouns: bool = False
    #: Pronouns kept as the speaker when unresolved (rule ``kept_pronoun``).
    kept_pronouns: frozenset[str] = frozenset()
    #: Twelfth attribution pass (each a switch of section ``attribution``).
    title_before_name: bool = True
    noun_subjects: bool = False
    described_speaker_after: bool = False
    pronoun_ends_speaker: bool = False
    source_phrase_speaker: bool = False
    title_adjectives: frozenset[str] = frozenset()
    credit_lookahead: int = 0
    relational_nouns: frozenset[str] = frozenset()
    possessive_pronouns: frozenset[str] = frozenset()
    first_person_possessives: frozenset[str] = frozenset()
    first_person_nouns: frozenset[str] = frozenset()
    apposition_dashes: tuple[str, ...] = ()
    copula_modals: frozenset[str] = frozenset()
    not_referent_links: re.Pattern = NEVER
    first_person_words: frozenset[str] = frozenset()
    with_window: int = 0
    possessor_coordinators: frozenset[str] = frozenset()
    referent_links: frozenset[str] = frozenset()
    appositive_max_words: int = 0
    appositive_breaks: frozenset[str] = frozenset()
    title_abbreviations: frozenset[str] = frozenset()
    quote_after: re.Pattern = NEVER
    quote_before: re.Pattern = NEVER
    not_before_postposed: frozenset[str] = frozenset()
    inverting_verbs: frozenset[str] = frozenset()
    unresolved_pronouns: frozenset[str] = frozenset()
    speaker_leading_adverbials: frozenset[str] = frozenset()
    aside_max_chars: int = 0
    aside_max_commas: int = 0
    titled_name: re.Pattern = NEVER
    antecedent_openers: frozenset[str] = frozenset()
    title_speakers: re.Pattern = NEVER
    speaker_lookback: int = 0
    document_speakers: re.Pattern = NEVER
    message_sender: re.Pattern = NEVER
    addressee_verbs: re.Pattern = NEVER
    addressee_max_words: int = 0
    name_like_calendar_words: frozenset[str] = frozenset()
    quote_possessor: re.Pattern = NEVER
    title_small_words: frozenset[str] = frozenset()
    title_min_words: int = 0
    title_openers: frozenset[str] = frozenset()
    title_interview_openers: frozenset[str] = frozenset()
    verb_coordinators: frozenset[str] = frozenset()
    subject_climb_deps: frozenset[str] = frozenset()
    governing_deps: frozenset[str] = frozenset()
    governing_sources: frozenset[str] = frozenset()
    governing_verbs: frozenset[str] = frozenset()
    governing_stop_deps: frozenset[str] = frozenset()
    #: Rule ``as_report``: markers of a comment clause of saying on a clause ("As a study argued, …").
    as_report_marks: frozenset[str] = frozenset()
    as_report_stop_deps: frozenset[str] = frozenset()
    #: Rule ``postposed_modifiers``: the speaker's modifiers after the comma ("…, local activists said").
    postposed_modifier_deps: frozenset[str] = frozenset()
    postposed_modifier_max: int = 0
    quantity_nouns: frozenset[str] = frozenset()
    writer_pronouns: frozenset[str] = frozenset()
    subject_drop_deps: frozenset[str] = frozenset()
    complement_deps: frozenset[str] = frozenset()
    continued_quote_max_gap: int = 0
    verb_clause_scope: bool = False
    final_report_outer: bool = False
    quote_governor: bool = False
    quote_governor_min_words: int = 0
    apposed_name: bool = False
    description_nouns: frozenset[str] = frozenset()
    description_person: bool = False
    description_speakers: bool = False
    subject_antecedent: bool = False
    source_phrase_quotes: bool = False
    speaker_phrase_parse: bool = False
    possessor_not_antecedent: bool = False
    title_authorial: bool = False
    title_proper_names: bool = False
    name_quotation_deps: frozenset[str] = frozenset()
    nested_on_parse: bool = False
    question_auxiliaries: frozenset[str] = frozenset()
    source_from: re.Pattern = NEVER
    possessed_speech_nouns: frozenset[str] = frozenset()
    possessed_speech_paraphrase: bool = False
    speaker_phrase_after: bool = False
    source_noun_after: bool = False
    inverted_subject_parse: bool = False
    #: Thirteenth attribution pass: rule ids switched off (``attribution.rules_off``), the nouns of a
    #: document whose issuer a preposition names (``source_from_nouns``) and those prepositions.
    attribution_rules_off: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    issuer_preps: frozenset[str] = frozenset()
    title_possessors: frozenset[str] = frozenset()
    #: Fifteenth attribution pass: a signature after a quotation (``quote_signature``, group
    #: ``who``) and verbs that cast their object "as" something (``characterising_verbs``).
    quote_signature: re.Pattern = NEVER
    #: Twentieth attribution pass: a source's name in parentheses closing a quotation (rule
    #: ``credited_quotation``: "“…” (Reuters)"), group ``who``, and the words in parentheses that
    #: are stage directions, not sources ("(Applause)").
    quote_credit: re.Pattern = NEVER
    credit_not_sources: frozenset[str] = frozenset()
    characterising_verbs: frozenset[str] = frozenset()
    #: Seventeenth attribution pass: plural pronoun speakers ("they argue") resolved to a plural
    #: speaker of the sentences just before them in the paragraph (rule ``plural_antecedent``).
    plural_pronoun_speakers: frozenset[str] = frozenset()
    plural_antecedent_lookback: int = 0
    #: Eighteenth attribution pass: prepositions that open an adjunct of a reporting verb, no
    #: part of what it reports (``adjunct_preps``, rule ``reported_adjunct``).
    adjunct_preps: frozenset[str] = frozenset()
    #: Nineteenth attribution pass: participles that gloss rather than report (``gloss_participles``,
    #: rule ``reported_adjunct``: "he said, referring to warnings by … allies").
    gloss_participles: frozenset[str] = frozenset()
    #: Issue 13, framing voice pass: markers of a comment clause ("as X noted, …") whose reporting
    #: verb reports the clause it hangs on (``comment_clause_marks``, rule ``comment_clause``).
    comment_clause_marks: frozenset[str] = frozenset()
    comment_clause_objects: frozenset[str] = frozenset()
    #: Verbs that report only with a clause: with a noun object they keep or show something
    #: ("China has maintained a military alliance"; ``object_sense_verbs``, rule ``object_sense``).
    object_sense_verbs: frozenset[str] = frozenset()


#: A capitalised word of a name ("Gen.", "O'Hanlon", "H.R.").
_CAP = r"[A-Z][\w.'\u2019-]*"


def _name(att: dict) -> str:
    """A name of up to six capitalised words, ``name_joins`` particles allowed between them
    ("Speaker Nancy Pelosi", "Charles de Gaulle")."""
    joins = "|".join(re.escape(str(w)) for w in att.get("name_joins") or []) or "(?!)"
    return rf"{_CAP}(?:\s+(?:(?:{joins})\s+)?{_CAP}){{0,5}}"


def _source_from(att: dict) -> re.Pattern:
    """``source_from``: a document noun and the name of its source after "from" ("a statement
    from Speaker Nancy Pelosi", "Another report from TMZ"), group ``who``; never matches when
    ``source_from_nouns`` is empty."""
    nouns = "|".join(re.escape(str(w)) for w in att.get("source_from_nouns") or [])
    if not nouns:
        return NEVER
    return re.compile(rf"(?<![\w-])(?:{nouns})\s+from\s+(?:the\s+)?(?P<who>{_name(att)})")


def _quote_cues(att: dict, verbs: list[str]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The reporting cues next to a quotation, as three regexes with group ``who``.

    ``quote_after`` reads the text after a quotation ("…," Mr. McCain said; "…," McConnell,
    a Kentucky Republican, told reporters; "…," the letter stated; "…," answered Gen. Martin
    Dempsey); ``quote_before`` the text before one ("said Sarah Repucci, senior director at
    Freedom House, “…"; "Writes Allahpundit: “…"; "Wrote the Examiner's Jerry Dunleavy: “…");
    ``quote_possessor`` a possessor and a noun of speech before one ("Abraham Lincoln's advice:
    “…").
    """
    name = _name(att)
    dets = "|".join(re.escape(str(w)) for w in att.get("subject_determiners") or []) or "(?!)"
    phrase = rf"(?:{dets})\s+(?:[\w.'\u2019-]+\s+){{0,5}}?[\w.'\u2019-]+"
    skip = "|".join(re.escape(str(w)) for w in att.get("skip_before_verb") or []) or "(?!)"
    vb = "|".join(sorted({re.escape(str(v)) for v in verbs}, key=len, reverse=True))
    stops = "|".join(re.escape(str(w)) for w in att.get("speaker_after_stops") or [] if str(w).isalpha())
    # Rule ``quote_cue_pronoun``: a pronoun subject of the cue ('"…," he continued').
    prons = [] if "quote_cue_pronoun" in (att.get("rules_off") or ()) else att.get("quote_cue_pronouns") or []
    pron = "|".join(rf"{re.escape(str(w))}(?![\w'\u2019-])" for w in prons) or "(?!)"
    after = re.compile(
        rf"^\s*[,\u2014\u2013-]?\s*(?:(?:{vb})\s+(?P<who>{name}|{phrase})(?=\s*(?:[,.;:]|$|\s+(?:{stops})\b))"
        rf"|(?P<who2>{name}|{phrase}|(?i:{pron}))(?:\s*,[^,\"\u201c\u201d]{{1,160}},?)?\s+(?:(?:{skip})\s+)*"
        rf"(?:{vb})\b)")
    before = re.compile(rf"(?<![\w-])(?i:{vb})\s+(?:the\s+)?(?P<who>{name})(?:\s*,[^\"\u201c\u201d]{{0,160}})?\s*[,:]\s*$")
    nouns = "|".join(re.escape(str(w)) for w in att.get("speech_nouns") or []) or "(?!)"
    possessor = re.compile(rf"(?<![\w-])(?P<who>{name})'s\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{nouns})\s*:\s*$")
    return after, before, possessor


def _speaker_patterns(att: dict) -> dict:
    """The document-level speaker cues of section ``attribution``: a titled name (group ``who``;
    "President of Russia Vladimir Putin", "Mr Putin"), a bare title as a whole speaker (group
    ``title``), a message noun as a whole speaker, and the sender of a message (group ``who``)."""
    titles = sorted((str(t) for t in att.get("person_titles") or []), key=len, reverse=True)
    alt = "|".join(_spaced(t) for t in titles)
    name = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}"
    titled = re.compile(rf"\b(?:{alt})\.?\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){{1,5}}?)?(?P<who>{name})")
    bare = "|".join(_spaced(t) for t in sorted((str(t) for t in att.get("title_speakers") or []), key=len,
                                                 reverse=True))
    nouns = "|".join(re.escape(str(t)) for t in att.get("document_speakers") or [])
    return {
        "titled_name": titled if alt else NEVER,
        "title_speakers": re.compile(rf"(?:the\s+)?(?P<title>{bare})", re.I) if bare else NEVER,
        "document_speakers": re.compile(rf"(?:the|his|her|this|that|a|its)\s+(?:[a-z]+\s+)?(?:{nouns})", re.I)
        if nouns else NEVER,
        "message_sender": re.compile(att["message_sender"]) if att.get("message_sender") else NEVER,
    }


@dataclass(frozen=True)
class Scope:
    """Word lists of the parse-based negation and hedge scope (section ``scope``)."""

    negators: frozenset[str]
    negated_adverbs: frozenset[str]
    negating_preps: frozenset[str]
    negating_from_heads: frozenset[str]
    negating_nouns: frozenset[str]
    denial_verbs: frozenset[str]
    denial_particles: dict
    predicate_deps: frozenset[str]
    contrastive: frozenset[str]
    hedge_modifiers: re.Pattern
    hedge_adverbs: frozenset[str]
    hedge_heads: frozenset[str]
    impersonal_verbs: frozenset[str]
    hedge_phrases: re.Pattern
    trigger: re.Pattern
    existential_verbs: frozenset[str] = frozenset()
    denial_path_stops: frozenset[str] = frozenset()
    negating_before: re.Pattern = NEVER
    cleft_subjects: frozenset[str] = frozenset()


def _scope(d: dict) -> Scope:
    """Compile the ``scope`` section: word sets and the trigger regex that selects sentences."""
    denial, particles = set(), {}
    for v in d.get("denial_verbs") or []:
        w = str(v).lower().split()
        denial.add(w[0])
        if len(w) > 1:
            particles[w[0]] = w[1]
    words = set()
    for k in ("negators", "negating_preps", "negating_nouns", "hedge_adverbs", "hedge_heads",
              "hedge_modifiers"):
        words.update(str(w).lower() for w in d.get(k) or [])
    words.update(denial)
    words.update(f"{w} from" for w in d.get("negating_from_heads") or [])
    trig = cue_regex(sorted(words) + list(d.get("hedge_phrases") or []), suffix=None)
    # "n't" is glued to its verb: match it anywhere.
    # Impersonal passives only after a form of "be" ("are said", "is widely seen").
    imp = "|".join(re.escape(str(w).lower()) for w in d.get("impersonal_verbs") or []) or "(?!)"
    trig = re.compile(trig.pattern + r"|n't\b|\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:"
                      + imp + r")\b", re.I)
    return Scope(
        negators=_words(d.get("negators")), negated_adverbs=_words(d.get("negated_adverbs")),
        negating_preps=_words(d.get("negating_preps")),
        negating_from_heads=_words(d.get("negating_from_heads")),
        negating_nouns=_words(d.get("negating_nouns")), denial_verbs=frozenset(denial),
        denial_particles=particles, predicate_deps=frozenset(str(x) for x in d.get("predicate_deps") or []),
        contrastive=_words(d.get("contrastive")),
        existential_verbs=_words(d.get("existential_verbs")),
        denial_path_stops=frozenset(str(x) for x in d.get("denial_path_stops") or []),
        negating_before=cue_regex(d.get("negating_before") or ["\x00"], suffix=r"\s*$"),
        cleft_subjects=_words(d.get("cleft_subjects")),
        hedge_modifiers=cue_regex(d.get("hedge_modifiers") or ["\x00"], suffix=None),
        hedge_adverbs=_words(d.get("hedge_adverbs")), hedge_heads=_words(d.get("hedge_heads")),
        impersonal_verbs=_words(d.get("impersonal_verbs")),
        hedge_phrases=cue_regex(d.get("hedge_phrases") or ["\x00"], suffix=None),
        trigger=trig,
    )


@functools.lru_cache(maxsize=8)
def _load_cues_cached(path: str, places: str | None) -> Cues:
    from summitlens.extract.gazetteer import load_gazetteer

    d = load_rules(path)
    neg, hed, att, tgt = d["negation"], d["hedges"], d["attribution"], d["targets"]
    gz = load_gazetteer(places=places)
    targets: dict[str, re.Pattern] = {str(c).lower(): gz.country_pattern(str(c))
                                      for c in tgt.get("countries") or []}
    targets.update({k: re.compile("|".join(v)) for k, v in tgt.items()
                    if k in ("russia", "china", "leader", "relationship", "other")})
    stops = "|".join(re.escape(w) for w in att.get("speaker_after_stops") or [])
    markers = "|".join(re.escape(w) for w in att.get("passive_markers") or [])
    pron = "|".join(_spaced(w) for w in att.get("relative_pronouns") or []) or "(?!)"
    # Rule ``quote_only_verbs``: verbs that report only next to a quotation ("…," Trump continued).
    quote_verbs = list(att["verbs"]) + ([] if "quote_only_verbs" in (att.get("rules_off") or ())
                                        else list(att.get("quote_only_verbs") or []))
    quote_after, quote_before, quote_possessor = _quote_cues(att, quote_verbs)
    aux = "|".join(_spaced(w) for w in att.get("relative_auxiliaries") or []) or "(?!)"
    return Cues(
        negation=cue_regex(neg["cues"], suffix=None),
        negation_pseudo=cue_regex(neg.get("pseudo") or ["\x00"], suffix=None),
        negation_window=int(neg.get("window", 6)),
        scope_breaks=_words(neg.get("scope_breaks")),
        hedge=cue_regex(hed["cues"], suffix=None),
        hedge_window=int(hed.get("window", 4)),
        scare_extra_words=int(hed.get("scare_quote_max_extra_words", 1)),
        verbs=re.compile(r"(?<![\w-])(?:" + "|".join(sorted({re.escape(v) for v in att["verbs"]},
                                                            key=len, reverse=True)) + r")(?![\w-])"),
        source_phrases=cue_regex(att["source_phrases"], suffix=None),
        impersonal=cue_regex(att.get("impersonal") or ["\x00"], suffix=None),
        source_nouns=_words(att.get("source_nouns")) | (frozenset() if "relation_speaker" in
                                                         (att.get("rules_off") or ())
                                                         else _words(att.get("relation_nouns"))),
        target_patterns=targets,
        target_window=int(tgt.get("window", 120)),
        target_clause_breaks=tuple(str(c) for c in tgt.get("clause_breaks") or ()),
        person_terms=frozenset(tgt.get("person_terms") or []),
        title_words=_words(att.get("title_words")),
        skip_before_verb=_words(att.get("skip_before_verb")),
        speaker_leading_drop=_words(att.get("speaker_leading_drop")),
        not_speakers=_words(att.get("not_speakers")),
        speaker_after_stop=re.compile(rf"\s+(?:{stops})\s") if stops else NEVER,
        speaker_after_starts=_words(att.get("speaker_after_starts")),
        passive_marker=re.compile(rf"({markers})$") if markers else NEVER,
        passive_verbs=frozenset(str(w) for w in att.get("passive_verbs") or []),
        relative_clause=re.compile(rf"\s*({pron})(\s+({aux}))?\s*$"),
        premodifier_breaks=_words(tgt.get("premodifier_breaks")),
        not_premodifier=_words(tgt.get("not_premodifier")),
        scope=_scope(d["scope"]) if d.get("scope") else None,
        pronoun_speakers=_words(att.get("pronoun_speakers")),
        credit_line=re.compile(att["credit_line"]) if att.get("credit_line") else NEVER,
        lead_in=re.compile(att["lead_in"]) if att.get("lead_in") else NEVER,
        greeting_sender=re.compile(att["greeting_sender"]) if att.get("greeting_senders") else NEVER,
        keep_unresolved_pronouns=bool(att.get("keep_unresolved_pronouns", False)),
        kept_pronouns=_words(att.get("kept_pronouns")),
        title_before_name=bool(att.get("title_before_name", True)),
        noun_subjects=bool(att.get("noun_subjects", False)),
        described_speaker_after=bool(att.get("described_speaker_after", False)),
        pronoun_ends_speaker=bool(att.get("pronoun_ends_speaker", False)),
        source_phrase_speaker=bool(att.get("source_phrase_speaker", False)),
        title_adjectives=_words(att.get("title_adjectives")),
        credit_lookahead=int(att.get("credit_lookahead", 0)),
        relational_nouns=frozenset(tgt.get("relational_nouns") or []),
        possessive_pronouns=_words(tgt.get("possessive_pronouns")),
        first_person_possessives=_words(tgt.get("first_person_possessives")),
        first_person_nouns=frozenset(tgt.get("first_person_nouns") or []),
        copula_modals=_words(tgt.get("copula_modals")),
        not_referent_links=cue_regex(tgt.get("not_referent_links") or ["\x00"], suffix=None),
        first_person_words=_words(tgt.get("first_person_words")),
        with_window=int(tgt.get("with_window", 0)),
        apposition_dashes=tuple(sorted((str(d) for d in tgt.get("apposition_dashes") or []), key=len,
                                       reverse=True)),
        possessor_coordinators=_words(tgt.get("possessor_coordinators")),
        referent_links=_words(tgt.get("referent_links")),
        appositive_max_words=int(att.get("appositive_max_words", 0)),
        appositive_breaks=_words(att.get("appositive_breaks")),
        title_abbreviations=_words(load_rules(None, default="abbreviations.yml").get("titles")),
        not_before_postposed=_words(att.get("not_before_postposed")),
        inverting_verbs=_words(att.get("inverting_verbs")),
        unresolved_pronouns=_words(att.get("unresolved_pronouns")),
        speaker_leading_adverbials=_words(att.get("speaker_leading_adverbials")),
        aside_max_chars=int(att.get("aside_max_chars", 0)),
        aside_max_commas=int(att.get("aside_max_commas", 0)),
        quote_after=quote_after,
        quote_before=quote_before,
        quote_possessor=quote_possessor,
        name_like_calendar_words=_words(att.get("name_like_calendar_words")),
        title_small_words=_words(att.get("title_small_words")),
        title_min_words=int(att.get("title_min_words", 0)),
        title_openers=_words(att.get("title_openers")),
        title_interview_openers=_words(att.get("title_interview_openers")),
        verb_coordinators=_words(att.get("verb_coordinators")),
        subject_climb_deps=_words(att.get("subject_climb_deps")),
        governing_deps=_words(att.get("governing_deps")),
        governing_sources=_words(att.get("governing_sources")),
        governing_verbs=_words(att.get("governing_verbs")),
        governing_stop_deps=_words(att.get("governing_stop_deps")),
        as_report_marks=_words(att.get("as_report_marks")),
        as_report_stop_deps=_words(att.get("as_report_stop_deps")),
        postposed_modifier_deps=_words(att.get("postposed_modifier_deps")),
        postposed_modifier_max=int(att.get("postposed_modifier_max", 0)),
        quantity_nouns=_words(att.get("quantity_nouns")),
        writer_pronouns=_words(att.get("writer_pronouns")),
        subject_drop_deps=_words(att.get("subject_drop_deps")),
        complement_deps=_words(att.get("complement_deps")),
        continued_quote_max_gap=int(att.get("continued_quote_max_gap", 0)),
        verb_clause_scope=bool(att.get("verb_clause_scope", False)),
        final_report_outer=bool(att.get("final_report_outer", False)),
        quote_governor=bool(att.get("quote_governor", False)),
        quote_governor_min_words=int(att.get("quote_governor_min_words", 0)),
        apposed_name=bool(att.get("apposed_name", False)),
        description_nouns=_words(att.get("description_nouns")),
        description_person=bool(att.get("description_person", False)),
        description_speakers=bool(att.get("description_speakers", False)),
        subject_antecedent=bool(att.get("subject_antecedent", False)),
        source_phrase_quotes=bool(att.get("source_phrase_quotes", False)),
        speaker_phrase_parse=bool(att.get("speaker_phrase_parse", False)),
        possessor_not_antecedent=bool(att.get("possessor_not_antecedent", False)),
        title_authorial=bool(att.get("title_authorial", False)),
        title_proper_names=bool(att.get("title_proper_names", False)),
        name_quotation_deps=_words(att.get("name_quotation_deps")),
        nested_on_parse=bool(att.get("nested_on_parse", False)),
        question_auxiliaries=_words(att.get("question_auxiliaries")),
        source_from=_source_from(att),
        possessed_speech_nouns=_words(att.get("possessed_speech_nouns")),
        possessed_speech_paraphrase=bool(att.get("possessed_speech_paraphrase", False)),
        speaker_phrase_after=bool(att.get("speaker_phrase_after", False)),
        source_noun_after=bool(att.get("source_noun_after", False)),
        inverted_subject_parse=bool(att.get("inverted_subject_parse", False)),
        attribution_rules_off=frozenset(str(x) for x in att.get("rules_off") or ()),
        document_nouns=_words(att.get("source_from_nouns")),
        issuer_preps=_words(att.get("issuer_preps")),
        title_possessors=_words(att.get("title_possessors")),
        quote_signature=re.compile(att["quote_signature"]) if att.get("quote_signature") else NEVER,
        quote_credit=re.compile(att["quote_credit"]) if att.get("quote_credit") else NEVER,
        credit_not_sources=_words(att.get("credit_not_sources")),
        characterising_verbs=_words(att.get("characterising_verbs")),
        plural_pronoun_speakers=_words(att.get("plural_pronoun_speakers")),
        plural_antecedent_lookback=int(att.get("plural_antecedent_lookback", 0)),
        adjunct_preps=_words(att.get("adjunct_preps")),
        gloss_participles=_words(att.get("gloss_participles")),
        comment_clause_marks=_words(att.get("comment_clause_marks")),
        comment_clause_objects=_words(att.get("comment_clause_objects")),
        object_sense_verbs=_words(att.get("object_sense_verbs")),
        antecedent_openers=_words(att.get("antecedent_openers")),
        addressee_verbs=cue_regex(att.get("addressee_verbs") or ["\x00"], suffix=None),
        addressee_max_words=int(att.get("addressee_max_words", 0)),
        speaker_lookback=int(att.get("speaker_lookback", 0)),
        **_speaker_patterns(att),
    )


def load_cues(path: str | os.PathLike[str] | None = None, *,
              places: str | os.PathLike[str] | None = None) -> Cues:
    """Load the cue lexicons (cached per path).

    Args:
        path: YAML file; default the packaged ``resources/frame_cues.yml``.
        places: Places gazetteer giving the ``mentions`` of the target countries; default
            the packaged ``resources/places.yml``.

    Returns:
        The compiled :class:`Cues`.

    Examples:
        >>> bool(load_cues().negation.search("no longer partners"))
        True
        >>> list(load_cues().target_patterns)
        ['russia', 'china', 'leader', 'relationship', 'other']
    """
    return _load_cues_cached(str(rules_path(path, default="frame_cues.yml")),
                             str(rules_path(places)) if places else None)
