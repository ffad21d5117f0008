"""Meeting mentions: sentences that report an encounter between leaders.

A mention is one sentence (with a short window of neighbours for the date and for
"the two leaders"-style references) that reports a meeting, a visit, a video conference or
a phone call. Each gets participants (gazetteer ids), place, occasion, an interval from the
sentence's date expressions, a status (``occurred``, ``planned``, ``virtual``, ``phone``,
``cancelled``, ``hypothetical``), a mode (``in_person``, ``virtual``, ``phone``) and a
confidence. Meetings with a delegation (Putin and Li Zhanshu) keep their real participants
and ``is_putin_xi=False``.

Participant ids: people.yml ids; a head of state named only by a title ("US President George
Bush", "the presidents of France and Egypt") is ``leader_of_<Country>`` and a head of government
("Chinese Prime Minister Wen Jiabao", "the Prime Minister of Malaysia")
``head_of_government_of_<Country>`` (places.yml country ids, :func:`title_leaders`), the same
``leader_of_<Country>`` ids as summits' members; a people.yml ``role: leader`` keeps their id only
while in office on the document's day ("his visits to China" in 2002 is ``leader_of_China``).
A titled leader of another participant's own country is domestic and no participant.

Cue lexicons live in ``resources/meetings.yml``; people, places and occasions in the
gazetteer (:mod:`summitlens.extract.gazetteer`).

Examples:
    >>> from datetime import date
    >>> ms = extract_meetings(["Putin and Xi held a virtual meeting in December."],
    ...                       anchor=date(2023, 3, 17))
    >>> m = ms[0]
    >>> m.participants, m.status, m.mode, str(m.start)
    (('putin', 'xi'), 'virtual', 'virtual', '2022-12-01')
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from summitlens.extract.gazetteer import (
    Entity, Gazetteer, find_entities, in_office, in_periods, load_gazetteer, short_name_entities)
from summitlens.extract.dates import TimeExpr, attach_date, clause_ids, detect_tense, load_lexicon, resolve_dates
from summitlens.rules import NEVER, compile_phrases, load_rules, phrase_alternation, rules_path

__all__ = ["MeetingMention", "extract_meetings", "load_cues", "STATUSES", "MODES"]

STATUSES = ("occurred", "planned", "virtual", "phone", "cancelled", "hypothetical")
MODES = ("in_person", "virtual", "phone")
_PARTICIPANT_ROLES = ("leader", "official", "leader_other")
_SKIP_GRANULARITY = ("since", "rolling", "decade", "multi-year")
_WINDOW = 6  # sentences looked back for "the two leaders" and for a speaker
_SPEAKER = re.compile(r"(?:^|[\s.])((?:[A-Z][\w'.-]*\s+){0,8}[A-Z][\w'.-]*)\s*(?:\(retranslated\))?\s*:\s")


@dataclass(frozen=True)
class MeetingMention:
    """One meeting mention (offsets are local to the sentence).

    Attributes:
        sentence_index: Index of the evidence sentence in the input sequence.
        char_start: Start of the meeting cue in the sentence.
        char_end: End of the meeting cue (exclusive).
        cue: The meeting cue text ("met", "visit", "telephone conversation" …).
        participants: Sorted participant ids.
        is_putin_xi: True when both leaders (``role: leader``) take part.
        participants_source: ``explicit``, ``coreference`` (the two leaders …) or
            ``implied`` (one leader visiting the other's country).
        place: City id ('' when none).
        country: Country of the place, or a country named as destination ('' when none).
        occasion: Occasion id ('' when none).
        start: First day of the interval (None when undated).
        end: Last day, inclusive.
        granularity: Granularity of the date expression used ('' when undated).
        date_surface: Surface of the date expression used.
        status: One of :data:`STATUSES`.
        mode: One of :data:`MODES`.
        tense: Tense of the meeting cue's clause.
        confidence: 0–1.
    """

    sentence_index: int
    char_start: int
    char_end: int
    cue: str
    participants: tuple[str, ...]
    is_putin_xi: bool
    participants_source: str
    place: str
    country: str
    occasion: str
    start: date | None
    end: date | None
    granularity: str
    date_surface: str
    status: str
    mode: str
    tense: str
    confidence: float


@dataclass(frozen=True)
class _Cues:
    meeting: re.Pattern
    cancelled: re.Pattern
    hypothetical: re.Pattern
    phone: re.Pattern
    virtual: re.Pattern
    planned: re.Pattern
    both: re.Pattern
    both_named: re.Pattern
    past_purpose: re.Pattern
    present_encounter: re.Pattern
    verb_cue: re.Pattern
    planned_near: re.Pattern
    future_aux: re.Pattern
    in_person: re.Pattern
    travel: re.Pattern
    destination_before: re.Pattern
    not_venue_before: re.Pattern
    meet_with_before: re.Pattern
    first_person: re.Pattern
    second_person: re.Pattern
    first_person_plural: re.Pattern
    header: re.Pattern
    joint: re.Pattern = NEVER
    generic: re.Pattern = NEVER
    titles_state: tuple[str, ...] = ()
    titles_government: tuple[str, ...] = ()
    titles_collective: tuple[str, ...] = ()
    titles_plural: tuple[str, ...] = ()
    collective_before: re.Pattern = NEVER
    deputy: re.Pattern = NEVER
    not_title_countries: frozenset = frozenset()
    unrealised_cancel: re.Pattern = NEVER
    postponed: re.Pattern = NEVER
    under_way_before: re.Pattern = NEVER
    pronoun_with: re.Pattern = NEVER
    pronoun_opening: re.Pattern = NEVER
    signature: re.Pattern = NEVER
    leader_group: re.Pattern = NEVER
    group_gathering: re.Pattern = NEVER
    conference: re.Pattern = NEVER
    country_compound: re.Pattern = NEVER
    invitation: re.Pattern = NEVER
    interviewer: re.Pattern = NEVER
    attribution: re.Pattern = NEVER
    bare_titles: tuple = (frozenset(), frozenset())
    summit_word: re.Pattern = NEVER
    summit_prepositions: frozenset = frozenset()
    first_person_singular: re.Pattern = NEVER
    first_person_object: re.Pattern = NEVER
    in_person_cue: re.Pattern = NEVER
    speak: re.Pattern = NEVER
    phone_verb: re.Pattern = NEVER
    refusal_lemmas: frozenset = frozenset()
    conditional: tuple = (frozenset(), frozenset())
    planned_modifiers: frozenset = frozenset()
    outcome_condition: tuple = (frozenset(), frozenset())
    anaphor_hedge_clause: bool = False
    joint_prefilter: re.Pattern = NEVER
    joint_lemmas: tuple = (frozenset(), frozenset(), frozenset(), frozenset(), ())
    arrival: re.Pattern = NEVER
    meal_lemmas: frozenset = frozenset()
    possessed_people: frozenset = frozenset()
    non_head_nouns: frozenset = frozenset()
    former_before: re.Pattern = NEVER
    head_title: re.Pattern = NEVER
    place_visit: tuple = (frozenset(), frozenset(), frozenset())
    place_visit_nouns: re.Pattern = NEVER
    place_visit_country: bool = False


def _alt(items: Sequence[str], *, not_at: str | None = None) -> re.Pattern:
    """Case-insensitive whole-word alternation of ``items`` (longest first); ``not_at``: a regex
    that, matching where an item starts, makes it no match there."""
    guard = f"(?!(?:{not_at}))" if not_at else ""
    return re.compile(r"(?<![\w'])" + guard + "(?:" + "|".join(f"(?:{x})" for x in
                                                            sorted(items, key=len, reverse=True)) + r")(?!\w)", re.I)


@lru_cache(maxsize=8)
def _load_cues(path: str) -> _Cues:
    from summitlens.extract.encounters.rules import load_encounter_rules

    d = load_rules(path)
    w = d["words"]
    lt = d.get("leader_titles") or {}
    off = load_encounter_rules().rules_off
    joint_conf = [] if "joint_news_conference" in off else list(d.get("joint_conference_cues") or ())
    joint_conf += [] if "press_conference_with" in off else list(d.get("press_conference_with_cues") or ())
    joint_conf += [] if "conference_alongside" in off else list(d.get("conference_alongside_cues") or ())
    joint_conf += [] if "conference_place_with" in off else list(d.get("conference_place_with_cues") or ())
    speak = [] if "speak_with" in off else list(d.get("speak_with_cues") or ())
    invite = [] if "invitation" in off else list(d.get("invitation_cues") or ())
    speak += [] if "time_with" in off else list(d.get("time_with_cues") or ())
    speak += [] if "handshake" in off else list(d.get("handshake_cues") or ())
    speak += [] if "plural_conversation" in off else list(d.get("plural_conversation_cues") or ())
    speak += [] if "welcome_verb" in off else list(d.get("welcome_verb_cues") or ())
    speak += [] if "meal_with" in off else list(d.get("meal_cues") or ())
    speak += [] if "photo_op" in off else list(d.get("photo_op_cues") or ())
    speak += [] if "talk_with" in off else list(d.get("talk_with_cues") or ())
    speak += [] if "appearance_with" in off else list(d.get("appearance_cues") or ())
    speak += [] if "host_title" in off else list(d.get("host_title_cues") or ())
    ja = {} if "joint_appearance" in off else d.get("joint_appearance") or {}
    # "Trump joined Indian Prime Minister Narendra Modi to highlight …" (rule join_head)
    join = {} if "join_head" in off else {k: ja[k] for k in ("join_lemmas", "join_prefilter") if ja.get(k)}
    prefilter = "|".join(f"(?:{x})" for x in (ja.get("prefilter"), join.get("join_prefilter")) if x)
    return _Cues(
        joint_prefilter=re.compile(prefilter, re.I) if prefilter else NEVER,
        joint_lemmas=(frozenset(str(x).lower() for x in [*(ja.get("event_lemmas") or ()), *(
            () if "joint_discussion" in off else ja.get("discussion_lemmas") or ())]),)
        + (frozenset(str(x).lower() for x in [*(ja.get("encounter_lemmas") or ()), *(join.get("join_lemmas") or ())]),)
        + tuple(frozenset(str(x).lower() for x in ja.get(k) or ())
                for k in ("partner_prepositions", "control_prepositions"))
        + (tuple(str(x) for x in ja.get("links") or ()),),
        meeting=_alt([*d["meeting_cues"], *joint_conf, *speak, *invite]),
        invitation=NEVER if not invite else _alt(invite),
        cancelled=_alt([*(c for c in d["status_cues"]["cancelled"]
                          if "postponed_planned" in off or c not in (d["status_cues"].get("postponed") or ())),
                        *([] if "withdrawn_meeting" in off else d["status_cues"].get("withdrawn") or []),
                        *([] if "replaced_plan" in off else d["status_cues"].get("replaced") or []),
                        *([] if "negated_schedule" in off else d["status_cues"].get("negated_schedule") or [])]),
        hypothetical=_alt([*d["status_cues"]["hypothetical"],
                           *([] if "hypothetical_prospect" in off else d["status_cues"].get("prospect") or [])]),
        phone=_alt(d["mode_cues"]["phone"]),
        virtual=_alt(d["mode_cues"]["virtual"], not_at="|".join(
            [d[k] for k, rule in (("video_media", "video_media"), ("virtual_degree", "virtually_degree"))
             if rule not in off and d.get(k)]) or None),
        planned=_alt(d["planned_cues"]),
        both=_alt(d["both_leaders"]),
        both_named=_alt(d.get("both_leaders_named") or [r"(?!x)x"]),
        past_purpose=re.compile(d.get("past_purpose", r"(?!x)x"), re.I),
        present_encounter=re.compile(d.get("present_encounter", r"(?!x)x"), re.I),
        verb_cue=re.compile(phrase_alternation(w["verb_cues"]) + "$", re.I),
        planned_near=compile_phrases(w["planned_near"]),
        future_aux=compile_phrases(w["future_auxiliaries"]),
        in_person=compile_phrases(w["in_person"]),
        travel=compile_phrases(w["travel"]),
        destination_before=re.compile(phrase_alternation(w["destination_before"]) + r"\s+(?:the\s+)?$", re.I),
        not_venue_before=re.compile(phrase_alternation(w["not_venue_before"])
                                    + r"\s+(?:\w+\s+){0,2}(?:in|to)\s+$", re.I),
        meet_with_before=re.compile(phrase_alternation(w["meet_with_before"])
                                    + r"\s+(?:\w+\s+){0,2}(?:with\s+)?(?:\w+\s+){0,2}$", re.I),
        first_person=compile_phrases(w["first_person"], flags=0),
        second_person=compile_phrases(w["second_person"], flags=0),
        first_person_plural=compile_phrases(w["first_person_plural"], flags=0),
        header=re.compile(w["transcript_header"]),
        # absent sections: phrase_alternation of no phrase never matches
        joint=re.compile(phrase_alternation(w.get("joint_cues") or ()) + "$", re.I),
        generic=compile_phrases(w.get("generic") or ()),
        titles_state=tuple(str(x) for x in [*(lt.get("head_of_state") or ()),
                                            *(() if "counterpart_title" in off else lt.get("counterpart") or ())]),
        titles_government=tuple(str(x) for x in lt.get("head_of_government") or ()),
        titles_collective=() if "country_leadership" in off else tuple(str(x) for x in lt.get("collective") or ()),
        titles_plural=() if "country_leaders_plural" in off else tuple(str(x) for x in lt.get("plural") or ()),
        collective_before=re.compile(lt.get("collective_before", r"(?!x)x"), re.I),
        deputy=re.compile(phrase_alternation(lt.get("not_after") or ()) + r"[\s-]*$", re.I),
        former_before=NEVER if "country_adjective_title" in off or not lt.get("not_after_former") else re.compile(
            phrase_alternation(lt["not_after_former"]) + r"[\s-]*$", re.I),
        not_title_countries=frozenset(str(x) for x in lt.get("not_countries") or ()),
        unrealised_cancel=_alt([*(d["status_cues"].get("unrealised_cancel") or [r"(?!x)x"]),
                                *([] if "urged_cancel" in off else d["status_cues"].get("urged_cancel") or [])]),
        under_way_before=re.compile(d.get("under_way_before", r"(?!x)x"), re.I),
        postponed=NEVER if "postponed_planned" in off or not d["status_cues"].get("postponed") else _alt(
            d["status_cues"]["postponed"]),
        pronoun_with=re.compile("|".join(
            [d.get("pronoun_meeting_with", r"(?!x)x")]
            + ([] if "post_author_place" in off else [d.get("pronoun_meeting_place_with", r"(?!x)x")])
            + ([] if "pronoun_subject_with" in off else [d.get("pronoun_subject_meeting_with", r"(?!x)x")])
            + ([] if "first_person_talks" in off else [d.get("first_person_talks_with", r"(?!x)x")])), re.I),
        pronoun_opening=NEVER if "pronoun_subject" in off else re.compile(d.get("pronoun_subject_opening", r"(?!x)x"), re.I),
        leader_group=NEVER if "leaders_gathering" in off else re.compile("|".join(
            [d.get("leader_group", r"(?!x)x")] + ([] if "regional_leader_group" in off or not d.get("leader_group_regions")
                                                   else [rf"\b{phrase_alternation(d['leader_group_regions'])}\s+leaders\b"])), re.I),
        group_gathering=re.compile(d.get("group_gathering", r"(?!x)x"), re.I),
        signature=re.compile(d.get("post_signature", r"(?!x)x")),
        conference=NEVER if "joint_conference_counterpart" in off or not joint_conf else _alt(joint_conf),
        country_compound=NEVER if "country_compound" in off else re.compile(d.get("country_compound", r"(?!x)x"), re.I),
        interviewer=NEVER if "interviewer_you" in off else re.compile(
            phrase_alternation(w.get("interviewer_labels") or ()) + "$", re.I),
        summit_word=NEVER if "summit_countries" in off else re.compile(
            (d.get("summit_countries") or {}).get("cue", r"(?!x)x"), re.I),
        summit_prepositions=frozenset(str(x).lower() for x in (d.get("summit_countries") or {}).get("prepositions") or ()),
        bare_titles=(frozenset(), frozenset()) if "bare_title_counterpart" in off else tuple(
            frozenset(str(x).lower() for x in (d.get("bare_counterpart_titles") or {}).get(k) or ())
            for k in ("lemmas", "modifiers")),
        attribution=NEVER if "quoted_first_person" in off else re.compile(d.get("quote_attribution", r"(?!x)x")),
        first_person_singular=_alt([re.escape(x) for x in [*(d.get("first_person_singular") or ()),
                                                            *(() if "first_person_between" in off else
                                                              d.get("first_person_object") or ())]]
                                   or [r"(?!x)x"]),
        first_person_object=NEVER if "first_person_between" in off or not d.get("first_person_object") else _alt(
            [re.escape(x) for x in d["first_person_object"]]),
        arrival=NEVER if "arrival_host" in off or not d.get("arrival_cues") else _alt(d["arrival_cues"]),
        in_person_cue=NEVER if "in_person_cue_mode" in off or not d.get("in_person_cue_words") else _alt(
            d["in_person_cue_words"]),
        speak=NEVER if "speak_with_phone" in off or "speak_with" in off or not d.get("speak_with_cues") else _alt(
            d["speak_with_cues"]),
        phone_verb=NEVER if "call_verb_phone" in off or not d.get("phone_verb_cues") else _alt(d["phone_verb_cues"]),
        refusal_lemmas=frozenset() if "refused_meeting" in off else frozenset(
            str(x).lower() for x in d.get("refusal_lemmas") or ()),
        conditional=(frozenset(), frozenset()) if "conditional_clause" in off else (
            frozenset(str(x).lower() for x in (d.get("conditional_clause") or {}).get("marks") or ()),
            frozenset(str(x).lower() for x in (d.get("conditional_clause") or {}).get("modals") or ())),
        possessed_people=frozenset() if "possessor_not_party" in off else frozenset(
            str(x).lower() for x in d.get("possessed_people") or ()),
        meal_lemmas=frozenset() if "meal_with" in off or "bare_meal" in off else frozenset(
            str(x).lower() for x in d.get("meal_lemmas") or ()),
        non_head_nouns=frozenset() if "non_head_subject" in off else frozenset(
            str(x).lower() for x in d.get("non_head_subjects") or ()),
        head_title=_alt([re.escape(str(t)).replace(r"\ ", r"\s+") for t in [
            *(lt.get("head_of_state") or ()), *(lt.get("head_of_government") or ())]] or [r"(?!x)x"]),
        place_visit=(frozenset(), frozenset(), frozenset()) if "place_visit" in off else tuple(
            frozenset(str(x).lower() for x in (d.get("place_visit") or {}).get(k) or ())
            for k in ("nouns", "verbs", "heads")),
        place_visit_nouns=NEVER if "place_visit" in off or not (d.get("place_visit") or {}).get("nouns") else re.compile(
            r"\b(?:" + "|".join(map(re.escape, sorted(str(x).lower() for x in d["place_visit"]["nouns"]))) + r")\b", re.I),
        place_visit_country="place_visit" not in off and "place_visit_country" not in off,
        planned_modifiers=frozenset() if "planned_modifier" in off else frozenset(
            str(x).lower() for x in d.get("planned_modifiers") or ()),
        outcome_condition=(frozenset(), frozenset()) if "outcome_condition" in off else tuple(
            frozenset(str(x).lower() for x in (d.get("outcome_condition") or {}).get(k) or ())
            for k in ("words", "encounter_lemmas")),
        anaphor_hedge_clause="anaphor_hedge_clause" not in off,
    )


def load_cues(path: str | os.PathLike[str] | None = None) -> _Cues:
    """Load (and cache) the meeting cue lexicons (default the packaged ``meetings.yml``).

    Examples:
        >>> bool(load_cues().meeting.search("The two leaders met in Beijing."))
        True
    """
    return _load_cues(str(rules_path(path, default="meetings.yml")))


def _place(entities: list[Entity], cue_pos: int, text: str, gz: Gazetteer, cq: _Cues) -> tuple[str, str]:
    """Best place for the meeting: a city (or destination country) nearest after the cue."""
    cands = []
    for e in entities:
        if text[e.char_end:e.char_end + 2] in ("'s", "’s"):
            continue  # "Moscow's invasion": a possessive modifier, not a venue
        if e.kind == "place":
            # "ambassador in Beijing", "Embassy in Washington": not where the meeting is
            if cq.not_venue_before.search(text[max(0, e.char_start - 40):e.char_start]):
                continue
            cands.append((e, 0))
        elif e.kind == "country" and cq.destination_before.search(text[max(0, e.char_start - 16):e.char_start]):
            cands.append((e, 1))
    if not cands:
        return "", ""

    def score(c):
        e, pen = c
        d = e.char_start - cue_pos
        return (pen, d < -60, abs(d))

    e, _ = min(cands, key=score)
    if e.kind == "place":
        return e.id, gz.country_of(e.id)
    # a city of that country may follow ("Samarkand, Uzbekistan" is handled by the city)
    return "", e.id


def _place_visit(text: str, cq: _Cues) -> list[tuple[int, int]]:
    """The spans of the visits in ``text`` that go to a place or a group that is no one's host (a
    cemetery, a temple, an air base, troops: ``meetings.yml`` ``place_visit``), on the parse of the
    sentence (:func:`~summitlens.extract.encounters.syntax.place_visit`; rule ``place_visit``). Only a
    sentence naming one of those nouns is parsed.

    Examples:
        >>> cq = load_cues()
        >>> t = "Trump canceled a visit to a military cemetery in France."
        >>> [t[a:b] for a, b in _place_visit(t, cq)]
        ['a visit to a military cemetery in France']
        >>> _place_visit("Trump will visit France next week.", cq)
        []
    """
    nouns, verbs, heads = cq.place_visit
    if not nouns or not text or not cq.place_visit_nouns.search(text):
        return []
    from summitlens.extract.encounters.syntax import place_visit

    return place_visit(_parsed(text), nouns=nouns, verbs=verbs, heads=heads)


def _place_visit_countries(sentences: Sequence[str], ents: Sequence[Sequence[Entity]], people: Sequence[set[str]],
                           gz: Gazetteer, cq: _Cues, day: date | None) -> tuple[list[bool], set[str]]:
    """The sentences of a visit to a place that is no one's host (:func:`_place_visit`) and the countries
    those visits name (a country, or a city's) whose head the document names nowhere: a visit to those
    countries meets no head (rule ``place_visit_country``: "the trip to Iraq" in a report of a visit to
    troops in Iraq).

    Examples:
        >>> s = ["Obama visited troops in Iraq.", "The trip to Iraq was short."]
        >>> gz, cq = load_gazetteer(), load_cues()
        >>> ents = [find_entities(x, gazetteer=gz) for x in s]
        >>> _place_visit_countries(s, ents, [set(), set()], gz, cq, None)
        ([True, False], {'Iraq'})
    """
    spans = [_place_visit(t, cq) for t in sentences]
    flags = [bool(x) for x in spans]
    if not cq.place_visit_country or not any(flags):
        return flags, set()
    named = {country_of_participant(p, gz) for ps in people for p in ps if is_head(p, gz, day=day)}
    where = {e.id if e.kind == "country" else gz.country_of(e.id)
             for sp, es in zip(spans, ents) for e in es if e.kind in ("country", "place")
             and any(a <= e.char_start and e.char_end <= b for a, b in sp)}
    return flags, {c for c in where if c and c not in named}


def _occasion(entities: list[Entity], cue_pos: int, text: str) -> str:
    occ = [e for e in entities if e.kind == "occasion"]
    if not occ:
        return ""
    return min(occ, key=lambda e: (abs(e.char_start - cue_pos), e.char_start)).id


def _neighbour_date(text: str, entities: list[Entity], times: Sequence[TimeExpr], shared: set[str], *,
                    anchor: date | None, lex) -> TimeExpr | None:
    """The date attached to the place or occasion a neighbouring sentence shares with a
    meeting ("The SCO summit opens in Samarkand on September 15"), by the attachment rules."""
    usable = [x for x in times if x.start is not None and x.granularity not in _SKIP_GRANULARITY]
    if not usable or not shared:
        return None
    for e in entities:
        if e.kind in ("occasion", "place") and e.id in shared:
            t = attach_date(text, event=(e.char_start, e.char_end), dates=usable, anchor=anchor, lexicon=lex)
            if t is not None:
                return t
    return None


def _gathering_leaders(entities: list[Entity], text: str, gz: Gazetteer, day: date | None = None) -> set[str]:
    """Leaders (``role: leader``) who take part in a gathering the sentence names as one
    ("the SCO summit", "the Eastern Economic Forum"): those of its member countries and of the
    country that always hosts it (``occasions.yml`` ``members``, ``host``), in office on ``day``
    when given ("the heads of state of the SCO" in 2001 are not Xi).

    Examples:
        >>> t = "Putin will attend the SCO summit."
        >>> sorted(_gathering_leaders(find_entities(t), t, load_gazetteer()))
        ['putin', 'xi']
        >>> t = "SCO countries trade more."
        >>> _gathering_leaders(find_entities(t), t, load_gazetteer())
        set()
        >>> t = "the heads of state of the SCO will meet in Sochi"
        >>> sorted(_gathering_leaders(find_entities(t), t, load_gazetteer(), date(2001, 7, 26)))
        ['putin']
    """
    from summitlens.extract.encounters.rules import load_encounter_rules

    rl = load_encounter_rules()
    countries: set[str] = set()
    for e in entities:
        if e.kind != "occasion":
            continue
        entry = gz.occasions.get(e.id) or {}
        own = set(gz.members(e.id, identifiable=True))
        own |= {entry["host"]} if entry.get("host") else set()
        if not own:
            continue
        w = rl.gathering_window
        if rl.not_gathering_after.match(text, e.char_end):
            continue  # "BRICS countries": the members, not the gathering
        if rl.gathering.search(text[max(0, e.char_start - w):e.char_end + w]):
            countries |= own
    return {p for p in gz.leaders() if gz.people[p].get("country") in countries
            and (day is None or in_office(gz.people[p], day))}


def _host_leaders(entities: list[Entity], text: str, gz: Gazetteer, cq: "_Cues", day: date | None,
                  parts: set[str]) -> set[str]:
    """The leader, in office on ``day``, of the country that always hosts a gathering the
    sentence names as one (``occasions.yml`` ``host``), when no participant is from that country.

    Examples:
        >>> from datetime import date
        >>> t = "Mr Macron was a distinguished guest of the St Petersburg International Economic Forum."
        >>> _host_leaders(find_entities(t), t, load_gazetteer(), load_cues(), date(2019, 4, 18), {"macron"})
        {'putin'}
    """
    from summitlens.extract.encounters.rules import load_encounter_rules

    rl = load_encounter_rules()
    mine = {country_of_participant(p, gz) for p in parts}
    out: set[str] = set()
    for e in entities:
        host = (gz.occasions.get(e.id) or {}).get("host") if e.kind == "occasion" else None
        if host and host not in mine and _leaders_gathering(e, text, gz, rl):
            out.add(_title_id(host, "", gz, cq, day))
    return out


def _gathering_occasions(entities: list[Entity], text: str, gz: Gazetteer) -> list[str]:
    """Occasions the sentence names as a gathering of their members' leaders ("the BRICS
    summit", "the next meeting of the Supreme Economic Council"), in order: multilateral
    occasions whose members are identifiable, not named as a group of countries ("BRICS
    countries") nor as a gathering of others ("SCO foreign ministers", ``encounters.yml``
    ``not_leaders_gathering``).

    Examples:
        >>> t = "The next meeting of the Supreme Eurasian Economic Council will be held in spring."
        >>> _gathering_occasions(find_entities(t), t, load_gazetteer())
        ['Supreme_Eurasian_Economic_Council']
        >>> t = "SCO foreign ministers met in Moscow."
        >>> _gathering_occasions(find_entities(t), t, load_gazetteer())
        []
    """
    from summitlens.extract.encounters.rules import load_encounter_rules

    rl = load_encounter_rules()
    out: list[str] = []
    for e in entities:
        if e.kind == "occasion" and e.id not in out and gz.members(e.id, identifiable=True) \
                and _leaders_gathering(e, text, gz, rl):
            out.append(e.id)
    return out


def _arrival(text: str) -> bool:
    """The sentence says a head travels, arrives or is there in person (``encounters.yml``
    ``own_mode_cues.in_person``: "arrived in Japan to attend the G20 summit"), so a country it
    names is the head's destination, not only the venue of a summit of many (rule ``summit_venue``).

    Examples:
        >>> _arrival("Vladimir Putin arrived in Japan to attend the G20 summit")
        True
        >>> _arrival("At the G-20 meeting last November in France, Mr. Obama told European leaders …")
        False
    """
    from summitlens.extract.encounters.rules import load_encounter_rules

    return bool(load_encounter_rules().in_person.search(text))


@lru_cache(maxsize=16)
def _parsed(text: str):
    """The parse of a candidate sentence, kept for the next check of the same sentence: the
    parse-based cue checks below (invitation, its object, idiom, headline present) read one
    sentence several times."""
    from summitlens.text.parse import parse_one

    return parse_one(text)



def _cue_token(text: str, cue: re.Match):
    """The head token of ``cue`` on the (kept) parse of ``text``, or None: what the parse-based cue
    checks below read."""
    from summitlens.text.parse import head_token

    return head_token(_parsed(text), cue.start(), cue.end())

def _present_simple(text: str, cue: re.Match, keep: Sequence[tuple[int, int]] = ()) -> bool:
    """The meeting cue's predicate is in the simple present (:func:`~summitlens.extract.encounters.syntax.present_simple`,
    on the parse of the sentence): "Trump-Kim summit in Hanoi collapses after negotiations fail". A
    Title Case headline is read on its sentence-cased copy (rule ``title_case_parse``; ``keep``: the
    spans of people's names, which keep their capitals).

    Examples:
        >>> t = "Leaders' summit in Oslo ends without a deal"
        >>> _present_simple(t, re.search("summit", t))
        True
    """
    from summitlens.extract.encounters.syntax import present_simple

    return present_simple(_headline_parsed(text, keep), cue.start(), cue.end(),
                          subject="headline_subject" not in _rules_off())


def _headline_parsed(text: str, keep: Sequence[tuple[int, int]]):
    """The parse of ``text``, or of its sentence-cased copy when it is a Title Case headline (rule
    ``title_case_parse``: :func:`~summitlens.text.parse.sentence_case`, same offsets; ``keep``: the
    spans of people's names, which keep their capitals)."""
    if "title_case_parse" in _rules_off():
        return _parsed(text)
    from summitlens.text.parse import sentence_case

    return _parsed(sentence_case(text, keep=keep))


def _calls_someone(text: str, cue: re.Match) -> bool:
    """The cue is the verb "call" with a direct object and no infinitive complement, on the parse of
    the sentence: a phone call ("he would call his allies"), not "call Putin to account" or "called the
    talks useful" (rule
    call_verb_phone).

    Examples:
        >>> t = "Trump said he would call his allies after the summit."
        >>> _calls_someone(t, re.search("call", t))
        True
        >>> t = "He failed to call Putin to account."
        >>> _calls_someone(t, re.search("call", t))
        False
    """
    tok = _cue_token(text, cue)
    if tok is None or not tok.tag_.startswith("VB"):
        return False
    deps = {c.dep_ for c in tok.children}  # one object ("call Abe" may parse as oprd), not "called it good"
    return ("dobj" in deps) != ("oprd" in deps) and "xcomp" not in deps


def _speaks_with(text: str, cue: re.Match, spans: Sequence[tuple[int, int]]) -> bool:
    """The object of the speaking verb at the cue ("spoke with …", "talked to …") is one of the
    participants (``spans``: their ``(start, end)`` offsets), on the parse: "Trump spoke with Putin",
    not "Trump and Kim speak with reporters" (rule speak_with_phone).

    Examples:
        >>> t = "Trump spoke with Putin on Friday."
        >>> _speaks_with(t, re.search("spoke with", t), [(16, 21)])
        True
        >>> t = "Trump and Kim spoke with reporters."
        >>> _speaks_with(t, re.search("spoke with", t), [(0, 5), (10, 13)])
        False
    """
    tok = _cue_token(text, cue)
    if tok is None:
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    objs = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(w.idx < b and w.idx + len(w.text) > a for o in objs for w in o.subtree for a, b in spans)


def _refused(text: str, cue: re.Match, lemmas: frozenset) -> bool:
    """The meeting cue is what a refusal (``lemmas``: "refuse", "refusal", "decline" …) is of, on the
    parse: its direct object or its infinitive complement ("declined a meeting with Netanyahu",
    "Obama's refusal to meet with the Prime Minister"; rule refused_meeting).

    Examples:
        >>> t = "Obama's refusal to meet with Merkel was seen as a snub."
        >>> _refused(t, re.search("meet", t), frozenset({"refusal"}))
        True
        >>> t = "Obama declined to take questions at the summit."
        >>> _refused(t, re.search("summit", t), frozenset({"decline"}))
        False
    """
    tok = _cue_token(text, cue)
    return tok is not None and tok.dep_ in ("dobj", "xcomp", "acl") and tok.head.lemma_.lower() in lemmas


def _modified_by(text: str, cue: re.Match, words: frozenset) -> bool:
    """The meeting noun at the cue has an adjective modifier among ``words`` on the parse ("his
    proposed meeting with Kim", "Mr. Trump's upcoming talks"; rule planned_modifier).

    Examples:
        >>> t = "Doubts grew over the upcoming summit with Merkel."
        >>> _modified_by(t, re.search("summit", t), frozenset({"upcoming"}))
        True
        >>> _modified_by(t, re.search("summit", t), frozenset({"proposed"}))
        False
    """
    tok = _cue_token(text, cue)
    return tok is not None and any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in tok.children)


def _prospective_at(text: str, start: int, end: int, *, heads: dict | None = None) -> bool:
    """The meeting noun at ``[start, end)`` is what a preparation, a condition or an expectation is
    for, on the parse (:func:`~summitlens.extract.encounters.syntax.prospective_noun`; rule
    ``prospective_noun``, encounters.yml ``frame.prospective_heads``, the loaded rules' unless
    ``heads`` is given): "traveled … to lay the foundation for the meeting". Used for meeting cues
    here and for anaphora in ``encounters.link``.

    Examples:
        >>> t = "The envoy traveled to Oslo to lay the foundation for the summit."
        >>> _prospective_at(t, t.index("summit"), t.index("summit") + 6)
        True
    """
    from summitlens.extract.encounters.rules import load_encounter_rules
    from summitlens.extract.encounters.syntax import prospective_noun

    heads = load_encounter_rules().prospective_heads if heads is None else heads
    return bool(heads) and prospective_noun(_parsed(text), start, end, heads=heads)


def _dates_noun(text: str, cue: re.Match, t) -> bool:
    """The date ``t`` modifies the meeting cue itself on the parse
    (:func:`~summitlens.extract.encounters.syntax.modifies_noun`; rule ``prospective_dated``), not
    the act the cue hangs from ("agreed in March to a summit").

    Examples:
        >>> from summitlens.extract.dates import TimeExpr
        >>> s = "The king agreed in March to a summit with the queen."
        >>> a = s.index("in March")
        >>> d = TimeExpr(a, a + 8, "in March", None, None, "month", "past", 0.9, "month")
        >>> _dates_noun(s, re.search("summit", s), d)
        False
    """
    from summitlens.extract.encounters.syntax import modifies_noun

    return modifies_noun(_parsed(text), cue.start(), cue.end(), t.char_start, t.char_end)


def _retrospective_cue(text: str, cue: re.Match) -> bool:
    """The meeting noun follows "after" or "following" in a clause with no future auxiliary, on the
    parse (:func:`~summitlens.extract.encounters.syntax.retrospective_noun`; rule
    ``retrospective_noun``): "The queen touts progress after Oslo summit".

    Examples:
        >>> t = "The queen touts progress after Oslo summit"
        >>> _retrospective_cue(t, re.search("summit", t))  # the rule ships off (rules_off)
        False
        >>> from summitlens.extract.encounters.syntax import retrospective_noun
        >>> m = re.search("summit", t)
        >>> retrospective_noun(_parsed(t), m.start(), m.end(), prepositions=frozenset({"after"}),
        ...                    future=frozenset({"will"}))
        True
    """
    from summitlens.extract.encounters.rules import load_encounter_rules
    from summitlens.extract.encounters.syntax import retrospective_noun

    rl = load_encounter_rules()
    return bool(rl.retrospective_prepositions) and retrospective_noun(
        _parsed(text), cue.start(), cue.end(), prepositions=rl.retrospective_prepositions,
        future=rl.future_auxiliaries)


def _past_head(text: str, cue: re.Match) -> bool:
    """The verb heading the meeting cue's clause is a simple past on the parse
    (:func:`~summitlens.extract.encounters.syntax.simple_past_head`; rule ``past_head_parse``): the
    tense of an irregular verb no cue word of ``temporal.yml`` gives.

    Examples:
        >>> t = "The king then sat across from the queen at a working lunch."
        >>> _past_head(t, re.search("lunch", t))
        True
    """
    from summitlens.extract.encounters.syntax import simple_past_head

    return simple_past_head(_parsed(text), cue.start(), cue.end())


def _present_subject(text: str, cue: re.Match) -> bool:
    """The meeting noun is the subject of a verb in the present on the parse
    (:func:`~summitlens.extract.encounters.syntax.present_subject`; rule ``preview_present``).

    Examples:
        >>> t = "The meeting is the first between the two leaders since the deal."
        >>> _present_subject(t, re.search("meeting", t))
        True
    """
    from summitlens.extract.encounters.rules import load_encounter_rules
    from summitlens.extract.encounters.syntax import present_subject

    return present_subject(_parsed(text), cue.start(), cue.end(), neutral=load_encounter_rules().preview_neutral_lemmas)


def _clause_cue(text: str, cue: re.Match, pattern: re.Pattern, *, lo: int = 0, hi: int | None = None,
                conditional: bool = False, masked: str | None = None,
                outcome: tuple[frozenset, frozenset] = (frozenset(), frozenset())) -> bool:
    """Whether ``pattern`` matches in ``text[lo:hi]`` at words of the meeting cue's own clause on
    the parse (:func:`~summitlens.extract.encounters.syntax.in_cue_clause`; rules mode_in_clause,
    hypothetical_in_clause, planned_in_clause, adjective_complement): a status or mode cue of another event in the
    sentence does not speak for this one. ``masked`` (same offsets as ``text``, words blanked) is
    searched instead of ``text`` when given; ``conditional`` also counts a subordinate clause of
    the cue's clause. ``outcome`` (words, encounter lemmas of ``meetings.yml`` ``outcome_condition``)
    leaves out a modal or subordinator that conditions an outcome of the meeting noun, not the
    meeting ("if the talks fail": rule outcome_condition).

    Examples:
        >>> t = "The king told the queen in a phone call that their summit went well."
        >>> _clause_cue(t, re.search("summit", t), re.compile("phone"))
        False
        >>> _clause_cue(t, re.search("call", t), re.compile("phone"))
        True
    """
    from summitlens.extract.encounters.syntax import in_cue_clause, outcome_condition

    hi = len(text) if hi is None else hi
    doc = None
    words, lemmas = outcome
    for m in pattern.finditer(text if masked is None else masked, lo, hi):
        doc = doc if doc is not None else _parsed(text)
        if in_cue_clause(doc, cue.start(), cue.end(), m.start(), m.end(), conditional=conditional,
                         adjectives="adjective_complement" not in _rules_off()) and not (
                words and outcome_condition(doc, cue.start(), cue.end(), m.start(), m.end(), words=words,
                                            encounter_lemmas=lemmas)):
            return True
    return False


def hedged_before(text: str, lo: int, cue: re.Match, cq: _Cues, *, masked: str | None = None) -> bool:
    """Whether a hypothetical cue stands in ``text[lo:cue.start()]`` (``masked``, same offsets, when
    given) that hedges the meeting itself, for an anaphor (link.py): with rule ``anaphor_hedge_clause``
    only a cue of the anaphor's own clause on the parse counts, as rule hypothetical_in_clause reads
    explicit mentions ("a way that could backfire if the talks fail": the "could" is the backfiring's);
    a modal or subordinator that conditions only an outcome of the meeting noun does not count either
    (rule outcome_condition: "if the talks fail").

    Examples:
        >>> t = "The deal could collapse if the talks fail."
        >>> hedged_before(t, 0, re.search("talks", t), load_cues())
        False
        >>> t = "The deal could collapse if the talks happen."
        >>> hedged_before(t, 0, re.search("talks", t), load_cues())
        True
    """
    from summitlens.extract.encounters.syntax import in_cue_clause, outcome_condition

    words, lemmas = cq.outcome_condition
    own_clause = cq.anaphor_hedge_clause
    src = text if masked is None else masked
    doc = None
    for m in cq.hypothetical.finditer(src, lo, cue.start()):
        if not words and not own_clause:
            return True
        doc = doc if doc is not None else _parsed(text)
        if own_clause and not in_cue_clause(doc, cue.start(), cue.end(), m.start(), m.end(), conditional=True,
                                            adjectives="adjective_complement" not in _rules_off()):
            continue  # another clause's hedge (rule anaphor_hedge_clause)
        if not words or not outcome_condition(doc, cue.start(), cue.end(), m.start(), m.end(), words=words,
                                              encounter_lemmas=lemmas):
            return True
    return False


def _conditional(text: str, cue: re.Match, conditional: tuple[frozenset, frozenset]) -> str:
    """How the meeting cue's own clause is conditioned on the parse of the sentence
    (:func:`~summitlens.extract.encounters.syntax.conditional_frame`; rule conditional_clause):
    ``conditional`` holds the subordinators and the modals of ``meetings.yml`` ``conditional_clause``.

    Examples:
        >>> t = "Such a summit would be a historic first."
        >>> _conditional(t, re.search("summit", t), (frozenset({"if"}), frozenset({"would"})))
        'modal'
    """
    from summitlens.extract.encounters.syntax import conditional_frame

    marks, modals = conditional
    return conditional_frame(_parsed(text), cue.start(), cue.end(), marks=marks, modals=modals)


def _invited(text: str, cue: re.Match) -> bool:
    """The meeting cue is an invitation or the encounter an invitation asks for, on the parse of
    the sentence (:func:`~summitlens.extract.encounters.syntax.invited`): "Putin invited Fox to
    visit Russia", "Trump had invited Putin to Washington".

    Examples:
        >>> t = "The king invited the president to visit Oslo."
        >>> _invited(t, re.search("visit", t))
        True
    """
    from summitlens.extract.encounters.syntax import invited

    return invited(_parsed(text), cue.start(), cue.end())


def _is_invitation(cue: re.Match, text: str, cq: _Cues) -> bool:
    """The meeting cue found at ``cue`` is an invitation cue (``meetings.yml`` ``invitation_cues``)."""
    m = cq.invitation.match(text, cue.start())
    return m is not None and m.end() == cue.end()


def _invites(text: str, cue: re.Match, spans: Sequence[tuple[int, int]]) -> bool:
    """The invitation verb at ``cue`` has a named participant (one of ``spans``) as its object
    (:func:`~summitlens.extract.encounters.syntax.object_in`): "Trump had invited Putin to Washington".

    Examples:
        >>> t = "Trump had invited Putin to Washington."
        >>> _invites(t, re.search("invited", t), [(18, 23)]), _invites(t, re.search("invited", t), [(0, 5)])
        (True, False)
    """
    from summitlens.extract.encounters.syntax import object_in

    return object_in(_parsed(text), cue.start(), cue.end(), spans)


def _thing_object(text: str, cue: re.Match, spans: Sequence[tuple[int, int]]) -> bool:
    """The meeting verb at ``cue`` has a thing, not a person, as its object, on the parse of the
    sentence (:func:`~summitlens.extract.encounters.syntax.thing_object`; rule object_idiom):
    "the plan was met with protests", "efforts … have not yet met with success"; ``spans`` are the participants.

    Examples:
        >>> t = "The plan was met with protests, and the mayor met with Jones."
        >>> _thing_object(t, re.search("met", t), []), _thing_object(t, re.search("met with J", t), [])
        (True, False)
    """
    from summitlens.extract.encounters.syntax import thing_object

    return thing_object(_parsed(text), cue.start(), cue.end(), spans)


def _bare_meal(text: str, cue: re.Match, lemmas: frozenset) -> bool:
    """The cue is a meal noun with no determiner, possessive or modifier and no partner ("with") on
    the noun or its verb, on the parse: a meal in general ("known to drink wine for lunch and
    dinner"), not one two people share ("had dinner with Abe", "the state dinner"; rule ``bare_meal``).

    Examples:
        >>> t = "He is known to drink wine for lunch and dinner."
        >>> _bare_meal(t, re.search("lunch", t), frozenset({"lunch", "dinner"}))
        True
        >>> t = "Trump then had dinner with Abe."
        >>> _bare_meal(t, re.search("dinner", t), frozenset({"lunch", "dinner"}))
        False
    """
    tok = _cue_token(text, cue)
    if tok is None or tok.lemma_.lower() not in lemmas or " " in cue.group(0).strip():
        return False
    if any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children):
        return False
    heads = [tok, tok.head] if tok.head.pos_ in ("VERB", "AUX") else [tok]
    return not any(c.dep_ == "prep" and c.lower_ == "with" for h in heads for c in h.children)


def _non_head_subject(text: str, cue: re.Match, entities: Sequence[Entity], heads: Sequence[tuple[int, int]],
                      gz: Gazetteer, day: date | None, cq: _Cues) -> bool:
    """The meeting verb at ``cue`` has a subject who is a person but no head, and no head among its
    subjects, on the parse: a person the parser names (``PERSON``) whom neither the gazetteer nor a
    title holds, a gazetteer person who is no head on ``day`` ("Kerry has met with other world
    leaders, including French President Emmanuel Macron"), or a noun of ``meetings.yml``
    ``non_head_subjects`` with no head's title ("South Korean officials meet with Kim Jong Un"); a
    relative pronoun stands for the noun it modifies ("Tillerson and Lavrov, who had met earlier").
    ``heads`` are the spans of the heads. The heads in the sentence met that person, not each other
    (rule ``non_head_subject``). The possessor of a meeting noun is its subject too ("Kerry's talks with
    …", rule ``non_head_possessor``), and so are its "of"/"by" complement ("the visit of Kim Yo Jong",
    "a meeting of senior secretaries") and a name the parser tags ``PERSON`` compounded with it ("ahead
    of Ross visit to Beijing"; rule ``non_head_holder``, which link.py also applies to news anaphora).

    Examples:
        >>> t = "Kerry has met with French President Emmanuel Macron and Chancellor Merkel."
        >>> _non_head_subject(t, re.search("met", t), find_entities(t), [(19, 50)], load_gazetteer(), None,
        ...                   load_cues())
        True
        >>> t = "Obama met with Merkel in Berlin."
        >>> _non_head_subject(t, re.search("met", t), find_entities(t), [(0, 5), (15, 21)], load_gazetteer(), None,
        ...                   load_cues())
        False
        >>> t = "Kerry's talks with Israeli Prime Minister Benjamin Netanyahu and President Abbas were long."
        >>> _non_head_subject(t, re.search("talks", t), find_entities(t), [(19, 60)], load_gazetteer(), None,
        ...                   load_cues())
        True
        >>> t = "Meanwhile, the visit of Kim Yo Jong is one of the most powerful people in the Hermit Kingdom."
        >>> _non_head_subject(t, re.search("the visit", t), find_entities(t), [], load_gazetteer(), None,
        ...                   load_cues())
        True
    """
    tok = _cue_token(text, cue)
    if tok is not None and tok.pos_ in ("NOUN", "PROPN") and "non_head_possessor" not in _rules_off():
        # "Kerry's talks with Israeli Prime Minister Benjamin Netanyahu and Palestinian President Mahmoud
        # Abbas": the possessor of a meeting noun holds the talks (rule non_head_possessor)
        subjects = [c for c in tok.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
        off = _rules_off()
        if "non_head_holder" not in off:
            # "the visit of Kim Yo Jong", "the meeting of foreign ministers": the noun's "of"/"by"
            # complement holds it (rule non_head_holder)
            subjects += [g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by")
                         for g in c.children if g.dep_ == "pobj"]
        if "non_head_holder" not in off:
            # "ahead of Ross visit to Beijing": a name compounded with the noun (rule non_head_holder)
            subjects += [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                         and c.ent_type_ == "PERSON"]
    elif tok is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    else:
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ == "relcl" and any(c.tag_ in ("WP", "WDT") for c in subjects):
        subjects = [tok.head]  # "Tillerson and Lavrov, who had met earlier": the noun the clause modifies
    subjects += [x for c in subjects for x in c.conjuncts]
    if not subjects:
        return False

    def span(t) -> tuple[int, int]:
        return t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)

    def overlaps(a: int, b: int, spans) -> bool:
        return any(a < y and x < b for x, y in spans)

    if any(overlaps(*span(t), heads) for t in subjects):
        return False
    people = [e for e in entities if e.kind == "person"]
    for t in subjects:
        a, b = t.idx, t.idx + len(t.text)
        named = [e for e in people if a < e.char_end and e.char_start < b]
        if named and all(not is_head(e.id, gz, day=day) for e in named):
            return True  # a minister or official of the gazetteer
        if not named and t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
            return True  # someone the gazetteer does not know as a head
        if not named and t.lemma_.lower() in cq.non_head_nouns and not cq.head_title.search(text, *span(t)):
            return True  # "officials", "the foreign minister": no head's title
    return False


def _compound_of_cue(text: str, entities: Sequence[Entity], pid: str, cq: _Cues) -> bool:
    """A mention of ``pid`` is the compound modifier of a meeting noun outside every occasion's name, on
    the parse ("the Putin meeting"): the head is a party of that meeting, not of a summit of many the
    sentence also names ("The NATO summit, the U.K. trip and the Putin meeting …"; rule
    ``summit_compound_head``).

    Examples:
        >>> t = "The NATO summit, the U.K. trip and the Putin meeting could all offer challenges."
        >>> _compound_of_cue(t, find_entities(t), "putin", load_cues())
        True
        >>> t = "Putin attended the G20 summit."
        >>> _compound_of_cue(t, find_entities(t), "putin", load_cues())
        False
    """
    from summitlens.text.parse import head_token

    doc = _parsed(text)
    occasions = [(e.char_start, e.char_end) for e in entities if e.kind == "occasion"]
    cues = [(m.start(), m.end()) for m in cq.meeting.finditer(text)
            if not any(a <= m.start() < b for a, b in occasions)]
    for e in entities:
        if e.kind != "person" or e.id != pid:
            continue
        t = head_token(doc, e.char_start, e.char_end)
        if t is not None and t.dep_ == "compound" and any(
                a <= t.head.idx < b for a, b in cues):
            return True
    return False


def _possessor_only(text: str, entities: Sequence[Entity], pid: str, lemmas: frozenset) -> bool:
    """Every mention of ``pid`` in the sentence is the possessor of a noun naming another person
    (``lemmas``: "Obama's Republican rival Mitt Romney", "Trump's son-in-law"), on the parse: the
    head is not a party to the sentence's encounter (rule ``possessor_not_party``).

    Examples:
        >>> t = "Netanyahu hosted a dinner for Obama's Republican rival Mitt Romney."
        >>> _possessor_only(t, find_entities(t), "obama", frozenset({"rival"}))
        True
        >>> t = "Netanyahu hosted Obama's delegation."
        >>> _possessor_only(t, find_entities(t), "obama", frozenset({"rival"}))
        False
    """
    from summitlens.text.parse import head_token

    doc = _parsed(text)
    toks = [head_token(doc, e.char_start, e.char_end) for e in entities if e.kind == "person" and e.id == pid]

    def role(h) -> bool:  # "rival", or "rival Mitt Romney" whose head is the name
        return h.lemma_.lower() in lemmas or any(
            c.dep_ in ("compound", "nmod", "appos") and c.lemma_.lower() in lemmas for c in h.children)
    return bool(toks) and all(t is not None and t.dep_ == "poss" and role(t.head) for t in toks)


def _joint_act(text: str, entities: Sequence[Entity], gz: Gazetteer, cq: _Cues, day: date | None, *,
               you: str | None = None, me: str | None = None) -> tuple[re.Match | None, set[str]]:
    """The act that joins two heads of a sentence with no meeting word, on its parse (rule
    ``joint_appearance``, ``meetings.yml`` ``joint_appearance``): ``(match of the act's word, heads
    named by pronouns)``, or ``(None, set())``. In a transcript turn "you" is ``you`` (the head
    addressed) and "I"/"we" ``me`` (the speaker) when they are heads.

    Examples:
        >>> t = "Xi Jinping and Vladimir Putin opened an exhibition of paintings."
        >>> m, extra = _joint_act(t, find_entities(t), load_gazetteer(), load_cues(), None)
        >>> m.group(0), extra
        ('opened', set())
    """
    from summitlens.extract.encounters.syntax import joint_encounter

    spans: list[tuple[int, int]] = []
    ids: list[str] = []
    for e in entities:
        if e.kind == "person" and is_head(e.id, gz, day=day):
            spans.append((e.char_start, e.char_end))
            ids.append(e.id)
    named = len(spans)
    for pid, rx in ((you, cq.second_person), (me, cq.first_person)):
        if pid and is_head(pid, gz, day=day) and pid not in ids:
            for m in rx.finditer(text):
                spans.append((m.start(), m.end()))
                ids.append(pid)
    if len(set(ids)) < 2:
        return None, set()
    ev, enc, preps, control, links = cq.joint_lemmas
    doc = _headline_parsed(text, [(e.char_start, e.char_end) for e in entities if e.kind == "person"])
    hit = joint_encounter(doc, spans, event_lemmas=ev, encounter_lemmas=enc,
                          partner_prepositions=preps, links=links, named=named, control=control,
                          keys=[country_of_participant(p, gz) or p for p in ids])
    if hit is None or _joined_in_act(doc, hit, enc):
        return None, set()
    return re.compile(re.escape(text[hit[0]:hit[1]])).search(text, hit[0]), set(ids) - {e.id for e in entities}


def _joined_in_act(doc, hit: tuple[int, int], lemmas: frozenset) -> bool:
    """The joint act at ``hit`` is an encounter verb (``lemmas``: "join") with "in" and a gerund: joining someone in
    an act of speech or policy ("Xi joined Putin in condemning the strikes"), not an encounter (rule
    ``join_head``).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "Xi joined Putin in condemning the strikes."
        >>> _joined_in_act(parse_one(t), (3, 9), frozenset({"join"}))
        True
        >>> t = "Trump joined Modi at the rally."
        >>> _joined_in_act(parse_one(t), (6, 12), frozenset({"join"}))
        False
    """
    from summitlens.text.parse import head_token

    v = head_token(doc, *hit)
    if v is None or v.lemma_.lower() not in lemmas:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.tag_ == "VBG" for g in c.children) for c in v.children)


def out_of_office(text: str, entities: Sequence[Entity], *, not_head_before: re.Pattern,
                  groups: Sequence[str] = ("elect", "former")) -> set[str]:
    """Ids of the people a sentence names with a title of someone not in office (rule ``not_in_office``).

    A person is out of office when a mention of theirs follows such a title (``not_head_before`` of
    ``encounters.yml``: "President-elect Donald Trump", "former President Obama", "ex-President …";
    not when the name only modifies a noun after it, "the former Trump campaign adviser") or stands in
    apposition with one, on the parse ("President Trump, then a candidate, …", "Smith, the party
    nominee, …": :func:`~summitlens.extract.encounters.syntax.appositions`). ANNOTATION.md counts
    encounters of heads of state or government only, so they take no part in the sentence's encounter.

    Args:
        text: The sentence.
        entities: Its entities (people are read, other kinds skipped).
        not_head_before: Regex matched right before a name (and after an appositive phrase plus a
            space) when the person is not in office.
        groups: Named groups of ``not_head_before`` that count (``elect``: not yet in office, rule
            ``not_in_office``; ``former``: out of office now, rule ``former_title``); a match without
            named groups always counts.

    Returns:
        The ids of the people named out of office (a person with one such mention in the sentence).

    Examples:
        >>> from summitlens.extract.encounters.rules import load_encounter_rules
        >>> rx = load_encounter_rules().not_head_before
        >>> t = "President-elect Donald Trump met with President Barack Obama at the White House."
        >>> sorted(out_of_office(t, find_entities(t), not_head_before=rx))
        ['trump']
        >>> t = "President Trump, then a candidate, nodded at the idea of a meeting with Putin."
        >>> sorted(out_of_office(t, find_entities(t), not_head_before=rx))
        ['trump']
        >>> t = "Former President Obama met Putin."
        >>> out_of_office(t, find_entities(t), not_head_before=rx, groups=("elect",))
        set()
        >>> t = "Trump met Putin in Helsinki."
        >>> out_of_office(t, find_entities(t), not_head_before=rx)
        set()
    """
    from summitlens.extract.encounters.syntax import appositions, name_modifier

    def counts(m: re.Match | None) -> bool:
        named = {k for k, v in m.groupdict().items() if v is not None} if m else set()
        return m is not None and (not m.groupdict() or bool(named & set(groups)))

    out: set[str] = set()
    for e in entities:
        if e.kind != "person" or e.id in out:
            continue
        a, b = e.char_start, e.char_end
        # (a space closes a title glued to the name's own title: "Ex-President Obama")
        if counts(not_head_before.search(text[max(0, a - 60):a] + " ")) and not name_modifier(_parsed(text), a, b):
            out.add(e.id)  # "President-elect Donald Trump", "former President Obama"
        elif (text[b:].lstrip().startswith(",") or text[:a].rstrip().endswith(",")) and any(
                counts(not_head_before.search(p + " ")) for p in appositions(_parsed(text), a, b)):
            out.add(e.id)  # "President Trump, then a candidate, …"
    return out


def _rules_off() -> frozenset:
    """Ids of the rules ``encounters.yml`` switches off (``rules_off``)."""
    from summitlens.extract.encounters.rules import load_encounter_rules

    return load_encounter_rules().rules_off


#: Prefix of the participant id of a multilateral summit's other leaders (``leaders_of_G7_summit``).
GROUP_PREFIX = "leaders_of_"


def _summit_of_many(entities: list[Entity], text: str, gz: Gazetteer) -> str:
    """The first multilateral occasion (``occasions.yml`` ``members`` or ``multilateral: true``)
    the sentence names as a gathering of leaders ('' when none).

    Examples:
        >>> t = "Trump headed to the G-7 meeting after imposing tariffs."
        >>> _summit_of_many(find_entities(t), t, load_gazetteer())
        'G7_summit'
        >>> t = "G20 countries trade more."
        >>> _summit_of_many(find_entities(t), t, load_gazetteer())
        ''
    """
    from summitlens.extract.encounters.rules import load_encounter_rules

    rl = load_encounter_rules()
    for e in entities:
        entry = gz.occasions.get(e.id) or {} if e.kind == "occasion" else {}
        if (entry.get("members") or entry.get("multilateral")) and _leaders_gathering(e, text, gz, rl):
            return e.id
    return ""


def _leaders_gathering(e: Entity, text: str, gz: Gazetteer, rl) -> bool:
    """The sentence names occasion ``e`` as a gathering of leaders: a gathering word near it
    (:func:`_gathering_near`), not its members as a group ("BRICS countries", ``encounters.yml``
    ``not_gathering_after``) nor a gathering of others ("SCO foreign ministers",
    ``not_leaders_gathering``, 24 characters either side)."""
    if rl.not_gathering_after.match(text, e.char_end) \
            or rl.not_leaders_gathering.search(text[max(0, e.char_start - 24):e.char_end + 24]):
        return False
    return _gathering_near(e, text, gz, rl.gathering, rl.gathering_window)


def _gathering_near(e: Entity, text: str, gz: Gazetteer, gathering: re.Pattern, window: int) -> bool:
    """A gathering word within ``window`` characters of an occasion's name; for an
    inter-state council (``council: true``) outside the name itself ("a meeting of the Supreme
    State Council", not "on behalf of the Supreme State Council")."""
    if (gz.occasions.get(e.id) or {}).get("council"):
        return bool(gathering.search(text[max(0, e.char_start - window):e.char_start])
                    or gathering.search(text[e.char_end:e.char_end + window]))
    return bool(gathering.search(text[max(0, e.char_start - window):e.char_end + window]))


def council_leaders(occasion: str, gz: Gazetteer, *, day: date | None = None,
                    named: set[str] = frozenset()) -> set[str]:
    """Participants of a gathering of ``occasion``'s member states: per member country, a
    leader named in the sentence (``named``), else the people.yml ``role: leader`` of that
    country in office on ``day``, else ``leader_of_<Country>``.

    Examples:
        >>> from datetime import date
        >>> sorted(council_leaders("Union_State_Supreme_State_Council", load_gazetteer(), day=date(2017, 6, 30)))
        ['leader_of_Belarus', 'putin']
        >>> sorted(council_leaders("BRICS_summit", load_gazetteer(), day=date(2011, 4, 14)))
        ['leader_of_China', 'leader_of_Russia']
    """
    out: set[str] = set()
    for c in gz.members(occasion):
        mine = {p for p in named if gz.people.get(p, {}).get("country") == c}
        if mine:
            out |= mine
            continue
        out.add(gz.leader_of(c, day))
    return out


#: Prefixes of participant ids made from a title, not from people.yml (see :func:`title_leaders`).
TITLE_PREFIXES = ("leader_of_", "head_of_government_of_")
_TITLE_RX: dict[tuple, tuple[re.Pattern, re.Pattern, dict[str, str], re.Pattern]] = {}
_TURN_LABEL = re.compile(r"^[^:.]{3,120}:\s")
_NAME = r"(?:,?\s+(?P<name>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}))?"


def country_of_participant(pid: str, gz: Gazetteer) -> str:
    """Country of a participant id: ``leader_of_<Country>``, ``head_of_government_of_<Country>``
    or a people.yml person's country ('' when unknown).

    Examples:
        >>> gz = load_gazetteer()
        >>> country_of_participant("head_of_government_of_Malaysia", gz), country_of_participant("xi", gz)
        ('Malaysia', 'China')
    """
    for pre in TITLE_PREFIXES:
        if pid.startswith(pre):
            return pid[len(pre):]
    return str((gz.people.get(pid) or {}).get("country", ""))


def is_head(pid: str, gz: Gazetteer, *, day: date | None = None) -> bool:
    """Whether a participant id is a head of state or government: a title id
    (:data:`TITLE_PREFIXES`), a people.yml ``role: leader``/``leader_other``, or an official
    whose ``head_periods`` hold ``day`` (Hu Jintao in 2005, not in 2002).

    Examples:
        >>> gz = load_gazetteer()
        >>> is_head("leader_of_Kyrgyzstan", gz), is_head("wang_yi", gz)
        (True, False)
        >>> is_head("hu_jintao", gz, day=date(2005, 9, 3)), is_head("hu_jintao", gz, day=date(2002, 12, 25))
        (True, False)
    """
    if pid.startswith(TITLE_PREFIXES):
        return True
    p = gz.people.get(pid) or {}
    if p.get("role") in ("leader", "leader_other"):
        return True
    return day is not None and bool(p.get("head_periods")) and in_periods(p["head_periods"], day)


def not_head_that_day(pid: str, gz: Gazetteer, day: date | None) -> bool:
    """An official who was head of state or government only at other times (people.yml
    ``head_periods``): on ``day`` they hold a party or government post, and a meeting with them
    is no heads' encounter ("Hu Jintao, General-Secretary of the Central Committee" in 2002).

    Examples:
        >>> gz = load_gazetteer()
        >>> not_head_that_day("hu_jintao", gz, date(2002, 12, 25)), not_head_that_day("hu_jintao", gz, date(2005, 9, 3))
        (True, False)
        >>> not_head_that_day("li_zhanshu", gz, date(2022, 9, 7))
        False
    """
    p = gz.people.get(pid) or {}
    return day is not None and bool(p.get("head_periods")) and not in_periods(p["head_periods"], day)


def before_election(pid: str, gz: Gazetteer, day: date | None) -> bool:
    """A head on a day before they were first elected (people.yml ``elected``): a candidate or
    holder of another post then, so an encounter of theirs that day is no heads' encounter (rule
    ``candidate_not_head``; a president-elect counts as the incoming head).

    Examples:
        >>> gz = load_gazetteer()
        >>> before_election("trump", gz, date(2016, 8, 31)), before_election("trump", gz, date(2016, 12, 2))
        (True, False)
        >>> before_election("putin", gz, date(2001, 6, 14)), before_election("trump", gz, None)
        (False, False)
    """
    elected = (gz.people.get(pid) or {}).get("elected")
    return day is not None and elected is not None and day < elected


def _title_patterns(gz: Gazetteer, cq: _Cues) -> tuple[re.Pattern, re.Pattern, dict[str, str], re.Pattern]:
    """The "<title> of <countries>" and "<country> <title>" regexes, country word -> id, and a
    regex of the country words (longest first) that splits a matched list."""
    off = _rules_off()
    key = (id(gz), id(cq), "possessive_title" in off, "country_adjective_title" in off, cq.titles_plural)
    hit = _TITLE_RX.get(key)
    if hit is not None:
        return hit
    word_country: dict[str, str] = {}
    of_words: list[str] = []
    for cid, c in gz.countries.items():
        for a in [cid, *(c.get("aliases") or [])]:
            word_country.setdefault(str(a), cid)
            of_words.append(str(a))
    adj_words = list(of_words)
    for cid, c in gz.countries.items():
        for a in c.get("mentions") or []:
            # "Beijing", "Kremlin", "Communist Party": metonyms, not titles' countries
            if str(a) not in gz.places and str(a) not in cq.not_title_countries:
                word_country.setdefault(str(a), cid)
                adj_words.append(str(a))
        # "Australian Prime Minister", "his Turkish counterpart": a country's adjective before a
        # title only (places.yml ``adjectives``; rule country_adjective_title)
        for a in [] if "country_adjective_title" in off else c.get("adjectives") or []:
            word_country.setdefault(str(a), cid)
            adj_words.append(str(a))
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(set(ws), key=lambda w: (-len(w), w)))  # noqa: E731
    titles = [*cq.titles_state, *cq.titles_government, *cq.titles_collective]
    t_alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(titles, key=len, reverse=True))
    c_of = rf"(?:the\s+)?(?-i:{alt(of_words)})(?!\w)"
    of_rx = re.compile(rf"(?<!\w)(?P<title>{t_alt})(?P<pl>s)?\s+of\s+(?P<list>{c_of}"
                       rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){c_of})*){_NAME}", re.I)
    # "North Korea's leader", "Taiwan's President" (rule possessive_title)
    poss = "" if "possessive_title" in off else r"(?:['’]s)?"
    # "met with Vietnamese leaders": a country's adjective before a plural leader title names its head
    # (rule country_leaders_plural)
    t_adj = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted([*titles, *cq.titles_plural], key=len,
                                                                         reverse=True))
    adj_rx = re.compile(rf"(?<![\w-])(?P<country>(?-i:{alt(adj_words)})){poss}\s+(?P<title>{t_adj})(?!\w){_NAME}", re.I)
    words_rx = re.compile("|".join(re.escape(w) for w in sorted(word_country, key=len, reverse=True)))
    _TITLE_RX[key] = (of_rx, adj_rx, word_country, words_rx)
    return _TITLE_RX[key]


def _is_collective(title: str, cq: _Cues) -> bool:
    """The title is a country's collective leadership (``leader_titles.collective``).

    Examples:
        >>> _is_collective("Leadership", load_cues()), _is_collective("President", load_cues())
        (True, False)
    """
    return " ".join(title.split()).lower() in {t.lower() for t in cq.titles_collective}


def _title_id(country: str, title: str, gz: Gazetteer, cq: _Cues, day: date | None) -> str:
    if " ".join(title.split()).lower() in {t.lower() for t in cq.titles_government}:
        return f"{TITLE_PREFIXES[1]}{country}"
    return gz.leader_of(country, day)


def title_leaders(text: str, *, gazetteer: Gazetteer | None = None, cues: _Cues | None = None,
                  day: date | None = None, known: Sequence[Entity] = ()) -> list[Entity]:
    """Heads of state or government named by a title (``meetings.yml`` ``leader_titles``) and
    not by a people.yml entry: ``leader_of_<Country>`` for a head of state, else
    ``head_of_government_of_<Country>``; a people.yml ``role: leader`` of that country in office
    on ``day`` keeps their id. One entity per country of a list ("the presidents of France
    and Egypt"). Spans overlapping ``known`` people (``find_entities``) are left to them.

    Examples:
        >>> [(e.id, e.surface) for e in title_leaders("Putin called US President George Bush.")]
        [('leader_of_United States', 'US President George Bush')]
        >>> [e.id for e in title_leaders("meetings with the presidents of France and Egypt")]
        ['leader_of_France', 'leader_of_Egypt']
        >>> from datetime import date
        >>> [e.id for e in title_leaders("the Prime Minister of Malaysia", day=date(2005, 12, 13))]
        ['head_of_government_of_Malaysia']
        >>> title_leaders("President of the Russian Union of Industrialists")
        []
    """
    if not text:
        return []
    gz = gazetteer or load_gazetteer()
    cq = cues or load_cues()
    if not (cq.titles_state or cq.titles_government):
        return []
    of_rx, adj_rx, word_country, words_rx = _title_patterns(gz, cq)
    taken = [(e.char_start, e.char_end) for e in known if e.kind == "person"]
    out: list[Entity] = []

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)

    def collective_elsewhere(m: re.Match) -> bool:
        # "the leadership of China" names its head only as the object of "with"/"to" (rule country_leadership)
        return _is_collective(m.group("title"), cq) and not cq.collective_before.search(text[:m.start()])

    for m in of_rx.finditer(text):
        if not free(m.start(), m.end("list")) or cq.deputy.search(text[max(0, m.start() - 24):m.start()]) \
                or collective_elsewhere(m):
            continue  # "Deputy Prime Minister of …", "Vice-President of …": no head
        countries = [word_country[w] for w in words_rx.findall(m.group("list")) if w in word_country]
        end = m.end() if (m.group("name") and not m.group("pl") and len(countries) == 1) else m.end("list")
        if m.group("name") and not free(m.start("name"), m.end("name")):
            end = m.end("list")
        for c in dict.fromkeys(countries):
            out.append(Entity("person", _title_id(c, m.group("title"), gz, cq, day), m.start(), end, text[m.start():end]))
        taken.append((m.start(), end))
    for m in adj_rx.finditer(text):
        if not free(m.start(), m.end("title")) or collective_elsewhere(m) \
                or cq.former_before.search(text[max(0, m.start() - 24):m.start()]):
            continue  # "a former Spanish prime minister": no head in office (rule country_adjective_title)
        end = m.end() if m.group("name") and free(m.start("name"), m.end("name")) else m.end("title")
        c = word_country.get(m.group("country"), "")
        if c:
            out.append(Entity("person", _title_id(c, m.group("title"), gz, cq, day), m.start(), end, text[m.start():end]))
            taken.append((m.start(), end))
    return sorted(out, key=lambda e: e.char_start)


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")  # between the countries of a list


def _attached_destination(text: str, cue: re.Match | None, entities: Sequence[Entity], country: str,
                          gz: Gazetteer, cq: "_Cues") -> bool:
    """A city or country of ``country`` hangs from the travel cue on the parse (its object, "to"/"in"
    phrase or compound: "visit to Brussels", "visits Myanmar", "the Japan trip"), not a place elsewhere
    in the sentence ("Trump's stops in Riyadh, … Brussels … the trip", "as Obama visits region … in
    Jerusalem"): only then is that country's head the visit's host (rule ``destination_attached``).

    Examples:
        >>> t = "Trump's stops in Riyadh, Jerusalem, Rome, Brussels and Sicily are short on his first trip abroad."
        >>> _attached_destination(t, re.search("trip", t), find_entities(t), "Belgium", load_gazetteer(),
        ...                       load_cues())
        False
        >>> t = "Obama will be the first sitting U.S. president to visit Myanmar."
        >>> _attached_destination(t, re.search("visit", t), find_entities(t), "Myanmar", load_gazetteer(),
        ...                       load_cues())
        True
    """
    from summitlens.text.parse import head_token

    doc = _parsed(text)
    cues = [cue] if cue is not None else []
    cues += [m for rx in (cq.travel, cq.arrival, cq.meeting) for m in rx.finditer(text)]
    under = {t.i for m in cues for tok in [head_token(doc, m.start(), m.end())] if tok is not None
             for t in tok.subtree}
    seen = False
    for e in entities:
        if e.kind not in ("place", "country"):
            continue
        if (e.id if e.kind == "country" else gz.country_of(e.id)) != country:
            continue
        seen = True
        h = head_token(doc, e.char_start, e.char_end)
        if h is not None and h.i in under:
            return True
    return not seen  # the country comes from elsewhere (the report's place): left as it was


def _destinations(entities: list[Entity], country: str, text: str) -> list[str]:
    """The destination ``country`` and the countries coordinated with it ("to China, India
    and Kyrgyzstan"), in order.

    Examples:
        >>> t = "his visits to China, India and Kyrgyzstan"
        >>> _destinations(find_entities(t), "China", t)
        ['China', 'India', 'Kyrgyzstan']
    """
    cs = [e for e in entities if e.kind == "country"]
    k = next((j for j, e in enumerate(cs) if e.id == country), None)
    if k is None:
        return [country]
    lo = hi = k
    while lo > 0 and _LIST_GAP.fullmatch(text[cs[lo - 1].char_end:cs[lo].char_start]):
        lo -= 1
    while hi + 1 < len(cs) and _LIST_GAP.fullmatch(text[cs[hi].char_end:cs[hi + 1].char_start]):
        hi += 1
    return list(dict.fromkeys(e.id for e in cs[lo:hi + 1]))


def _other_leader(pid: str, gz: Gazetteer) -> bool:
    """A head of state other than the two leaders: a people.yml ``role: leader_other`` or a title id."""
    return pid.startswith(TITLE_PREFIXES) or (gz.people.get(pid) or {}).get("role") == "leader_other"


def _people(entities: list[Entity], gz: Gazetteer, day: date | None = None) -> set[str]:
    """Participant ids of a sentence's people: people.yml participants, title ids
    (:func:`title_leaders`), and a leader's title used out of their office ("the Chinese
    president" in 2005) as ``leader_of_<Country>``, never the later office holder."""
    out = set()
    for e in entities:
        if e.kind != "person":
            continue
        if e.id.startswith(TITLE_PREFIXES):
            out.add(e.id)
        elif gz.people.get(e.id, {}).get("role") in _PARTICIPANT_ROLES:
            if day is not None and _by_title(e, gz) and not in_office(gz.people[e.id], day):
                # a party title out of office ("General Secretary of the Communist Party of
                # China" in 2002) names no head of state
                if gz.people[e.id].get("role") == "leader" and gz.people[e.id].get("country") \
                        and not _party_title(e, gz):
                    out.add(TITLE_PREFIXES[0] + gz.people[e.id]["country"])
                continue
            out.add(e.id)
    return out


def _with_titles(entities: list[Entity], text: str, gz: Gazetteer, cq: _Cues, day: date | None) -> list[Entity]:
    """A sentence's gazetteer entities plus its titled leaders (:func:`title_leaders`); a
    leader's title after "Deputy"/"Vice" (``leader_titles.not_after``) is someone else's post."""
    entities = [e for e in entities if not (e.kind == "person" and _by_title(e, gz)
                                            and cq.deputy.search(text[max(0, e.char_start - 24):e.char_start]))]
    titled = title_leaders(text, gazetteer=gz, cues=cq, day=day, known=entities)
    label = _TURN_LABEL.match(text or "")
    if label:  # a transcript turn's speaker label ("President of Armenia Serzh Sargsyan: …") is no participant
        titled = [e for e in titled if e.char_start >= label.end()]
    return sorted(entities + titled, key=lambda e: (e.char_start, e.kind != "person")) if titled else entities


def _party_title(e: Entity, gz: Gazetteer) -> bool:
    """The mention is one of the person's ``party_titles`` (people.yml)."""
    norm = " ".join(e.surface.split()).lower()
    return any(" ".join(str(t).split()).lower() == norm for t in (gz.people.get(e.id) or {}).get("party_titles") or ())


def _other_encounter(named: set[str], call: set[str], gz: Gazetteer) -> bool:
    """A sentence naming a head of a country the call sentence before it (with two countries'
    heads or more) does not name reports another encounter, not the call ("the results of his
    meeting with US President George W. Bush", after a call with Jiang Zemin).

    Examples:
        >>> gz = load_gazetteer()
        >>> _other_encounter({"putin", "leader_of_United States"}, {"putin", "leader_of_China"}, gz)
        True
        >>> _other_encounter({"putin", "xi"}, {"putin"}, gz)
        False
    """
    mine = {country_of_participant(p, gz) for p in call if is_head(p, gz)} - {""}
    if len(mine) < 2:
        return False
    return any(is_head(p, gz) and country_of_participant(p, gz) not in mine for p in named)


def _last_head(ents: list[list[Entity]], i: int, parts: set[str], gz: Gazetteer, day: date | None) -> str:
    """The head of state or government named last in the ``_WINDOW`` sentences before sentence
    ``i``, of a country none of ``parts`` is from ('' when none): who "his" is in "his meeting
    with Putin".

    Examples:
        >>> t = ["Trump is back from the G20 summit.", "He faced criticism for his meeting with Putin."]
        >>> _last_head([find_entities(x) for x in t], 1, {"putin"}, load_gazetteer(), None)
        'trump'
    """
    mine = {country_of_participant(p, gz) for p in parts}
    for j in range(i - 1, max(-1, i - 1 - _WINDOW), -1):
        for e in sorted(ents[j], key=lambda e: -e.char_start):
            if e.kind == "person" and is_head(e.id, gz, day=day) and country_of_participant(e.id, gz) not in mine:
                return e.id
    return ""


def _signed_by(sentences: Sequence[str], ents: list[list[Entity]], i: int, parts: set[str], gz: Gazetteer,
               cq: _Cues, day: date | None) -> str:
    """The head of state or government who signs a post quoted in sentence ``i`` (``meetings.yml``
    ``post_signature``: "— Donald J. Trump (@realDonaldTrump) July 7, 2017") in that sentence or
    the two after it, of a country none of ``parts`` is from ('' when none): who "my" is in "my
    meeting with Vladimir Putin".

    Examples:
        >>> t = ["I look forward to my meeting with Vladimir Putin.",
        ...      "Much to discuss. — Donald J. Trump (@realDonaldTrump) July 7, 2017"]
        >>> _signed_by(t, [find_entities(x) for x in t], 0, {"putin"}, load_gazetteer(), load_cues(), None)
        'trump'
    """
    mine = {country_of_participant(p, gz) for p in parts}
    for j in range(i, min(len(sentences), i + 3)):
        m = cq.signature.search(sentences[j] or "")
        if m is None:
            continue
        for e in ents[j]:
            if m.start() <= e.char_start < m.end() and e.kind == "person" and is_head(e.id, gz, day=day) \
                    and country_of_participant(e.id, gz) not in mine:
                return e.id
        return ""
    return ""


def _summit_countries(text: str, entities: Sequence[Entity], parts: set[str], gz: Gazetteer, cq: _Cues,
                      day: date | None) -> set[str]:
    """The heads of the countries that are the parties of a summit noun of ``text``, on the parse
    (rule ``summit_countries``): two countries, or one beside one head of another country, give
    ``leader_of_<Country>`` ids (a people.yml leader in office keeps their id); else empty.

    Examples:
        >>> import dataclasses  # the rule ships off (rules_off): its cue given here
        >>> cq = dataclasses.replace(load_cues(), summit_word=re.compile(r"\\bsummit\\b"),
        ...                          summit_prepositions=frozenset({"with", "between"}))
        >>> t = "North Korea threatens to back away from summit with US."
        >>> sorted(_summit_countries(t, find_entities(t), set(), load_gazetteer(), cq, date(2018, 5, 16)))
        ['leader_of_North Korea', 'leader_of_United States']
        >>> _summit_countries("The summit in Japan ended.", find_entities("The summit in Japan ended."), set(),
        ...                   load_gazetteer(), cq, None)
        set()
    """
    from summitlens.extract.encounters.syntax import summit_parties

    doc = _parsed(text)
    own = {country_of_participant(p, gz) for p in parts}
    for m in cq.summit_word.finditer(text):
        toks = summit_parties(doc, m.start(), m.end(), prepositions=cq.summit_prepositions)
        spans = [(doc[k].idx, doc[k].idx + len(doc[k].text)) for k in toks]
        found = {e.id for e in entities if e.kind == "country"
                 and any(a < e.char_end and e.char_start < b for a, b in spans)} - own
        if len(found) + len(own) >= 2:
            return {_title_id(c, "", gz, cq, day) for c in found}
    return set()


def _group_in_frame(text: str, group: re.Match, cq: _Cues) -> bool:
    """Whether the group of leaders ``group`` ("other leaders", "foreign leaders") lies in the frame
    of a meeting cue of ``text``, on the parse (rule ``leader_group_cue``).

    Examples:
        >>> t = "After talks with other leaders, Obama flew home."
        >>> _group_in_frame(t, load_cues().leader_group.search(t), load_cues())
        True
        >>> t = "Obama received a letter from world leaders."
        >>> _group_in_frame(t, load_cues().leader_group.search(t), load_cues())
        False
    """
    from summitlens.text.parse import head_token

    doc = _parsed(text)
    g = head_token(doc, group.start(), group.end())
    if g is None:
        return False
    for m in cq.meeting.finditer(text):
        c = head_token(doc, m.start(), m.end())
        if c is None:
            continue
        if g.dep_ == "pobj" and g.head.lower_ in ("with", "among", "between") and g.head.head.i in (c.i, c.head.i):
            return True  # "a luncheon with other leaders", "had conversations with world leaders"
        if g.dep_ in ("nsubj", "dobj", "conj") and g.head.i == c.i:
            return True  # "world leaders met", "met other leaders"
    return False


def _first_person_frame(text: str, cq: _Cues) -> bool:
    """Whether "I", "me" or "my" lies in the frame of a meeting cue of ``text``, on the parse (rule
    ``quoted_first_person``): "My meeting in Argentina with President Xi", "I've had talks with …";
    also "me" or "myself" as the object of a preposition of the cue noun, alone or coordinated ("the
    meeting between Kim Jong Un and myself"; rule ``first_person_between``, meetings.yml
    ``first_person_object``).

    Examples:
        >>> _first_person_frame("My meeting in Argentina with President Xi was extraordinary.", load_cues())
        True
        >>> _first_person_frame("I think the meeting of the two presidents went well.", load_cues())
        False
        >>> import dataclasses  # rule first_person_between ships off (rules_off): its words given here
        >>> cq = dataclasses.replace(load_cues(), first_person_object=re.compile("me|myself"))
        >>> _first_person_frame("The meeting between Kim Jong Un and myself will take place in Singapore.", cq)
        True
    """
    from summitlens.text.parse import head_token

    def me(t) -> bool:
        return t.lower_ in ("i", "me", "my")

    def subject_me(v) -> bool:
        return any(x.dep_ in ("nsubj", "nsubjpass") and me(x) for x in v.children)

    doc = _parsed(text)
    for m in cq.meeting.finditer(text):
        c = head_token(doc, m.start(), m.end())
        if c is None:
            continue
        if c.pos_ in ("VERB", "AUX"):
            if any(x.dep_ == "neg" for x in c.children):
                continue  # "I have not spoken to the president": no encounter
            if subject_me(c) or any(x.dep_ == "prep" and any(me(y) for y in x.children) for x in c.children):
                return True  # "I met him", "he met with me"
            continue
        if any(x.dep_ == "poss" and me(x) for x in c.children):
            return True  # "my meeting"
        if c.dep_ in ("dobj", "obj") and c.head.pos_ in ("VERB", "AUX") and subject_me(c.head):
            return True  # "I've had some very good talks with …"
        if any(x.dep_ in ("relcl", "acl") and subject_me(x) for x in c.children):
            return True  # "the conversation I had with President Trump"
        if any(x.dep_ == "prep" and any(cq.first_person_object.fullmatch(z.text) for y in x.children
                                        if y.dep_ == "pobj" for z in (y, *y.conjuncts)) for x in c.children):
            return True  # "the meeting between Kim Jong Un and myself" (rule first_person_between)
    return False


def _quoted_head(sentences: Sequence[str], ents: list[list[Entity]], i: int, parts: set[str],
                 paras: Sequence[int], gz: Gazetteer, cq: _Cues, day: date | None) -> str:
    """The head of state or government a quotation in sentence ``i`` is attributed to, of a
    country none of ``parts`` is from ('' when none): the head named in the attribution ("Modi
    said", ``quote_attribution``) of sentence ``i``, the one before or the two after in its
    paragraph, else the head named last before that attribution ("he told American troops").
    Rule ``quoted_first_person``.

    Examples:
        >>> import dataclasses  # the rule ships off (rules_off): its attribution pattern given here
        >>> cq = dataclasses.replace(load_cues(), attribution=re.compile(r"\\btold\\b"))
        >>> t = ["Trump flew to Iraq on Wednesday.", "I've had very good talks with President Erdogan.",
        ...      "Many things will happen, he told the troops."]
        >>> _quoted_head(t, [find_entities(x) for x in t], 1, {"erdogan"}, [0, 1, 1], load_gazetteer(), cq, None)
        'trump'
    """
    mine = {country_of_participant(p, gz) for p in parts}
    for j in (i, i - 1, i + 1, i + 2):
        if not 0 <= j < len(sentences) or paras[j] != paras[i] and j != i:
            continue
        m = cq.attribution.search(sentences[j] or "")
        if m is None:
            continue
        named = [e for e in ents[j] if e.kind == "person" and is_head(e.id, gz, day=day)
                 and country_of_participant(e.id, gz) not in mine and abs(e.char_start - m.start()) < 40]
        if named:
            return min(named, key=lambda e: abs(e.char_start - m.start())).id
        return _last_head(ents, j, parts, gz, day) if j > 0 else ""
    return ""


def _without_own_titles(parts: set[str], gz: Gazetteer) -> set[str]:
    """``parts`` without the titled leaders (``leader_of_<Country>``) of a country a named
    participant is from: the title is that participant's, or a domestic official's."""
    named = {country_of_participant(p, gz) for p in parts if not p.startswith(TITLE_PREFIXES)}
    return {p for p in parts if not (p.startswith(TITLE_PREFIXES) and country_of_participant(p, gz) in named)}


def _by_title(e: Entity, gz: Gazetteer) -> bool:
    """The mention is a title ("the Chinese president"), not one of the person's names."""
    return not any(a in e.surface for a in gz.names(e.id))


def transcript_turns(sentences: Sequence[str], ents: list[list[Entity]], *,
                     interviewer: re.Pattern = NEVER, titled: bool = False, gazetteer: Gazetteer | None = None,
                     cues: _Cues | None = None, day: date | None = None) -> tuple[list[str | None], list[bool]]:
    """Who speaks in each sentence of a transcript: the person named in the last turn label
    ("President of Russia Vladimir Putin: …") up to the next label, and whether the sentence is
    in an interviewer's turn ("Question: …", ``interviewer`` matching the whole label). With
    ``titled``, a label naming a head only by a title the gazetteer does not hold ("President of
    Tajikistan Emomali Rahmon:") gives ``leader_of_<Country>`` (:func:`title_leaders`).

    Examples:
        >>> t = ["Vladimir Putin: Good afternoon.", "Question: Did you meet him?", "Vladimir Putin: Yes."]
        >>> transcript_turns(t, [find_entities(x) for x in t], interviewer=re.compile("Question$"))
        (['putin', None, 'putin'], [False, True, False])
        >>> t = ["President of Tajikistan Emomali Rahmon: Thank you."]
        >>> transcript_turns(t, [find_entities(x) for x in t], titled=True)[0]
        ['leader_of_Tajikistan']
    """
    speaker: list[str | None] = []
    asking: list[bool] = []
    current: str | None = None
    asks = False
    for i, text in enumerate(sentences):
        for m in _SPEAKER.finditer(text or ""):
            ids = [e.id for e in ents[i] if e.char_end > m.start(1) and e.char_start < m.end(1)
                   and e.kind == "person"]
            label = _TURN_LABEL.match(text) if not ids and titled else None
            if label and label.end() >= m.end(1):
                ids = [e.id for e in title_leaders(label.group(0), gazetteer=gazetteer, cues=cues, day=day)]
            current = ids[-1] if ids else None
            asks = not ids and bool(interviewer.match(m.group(1)))
        speaker.append(current)
        asking.append(asks)
    return speaker, asking


def _headline_turn_closed(sentences: Sequence[str], paras: Sequence[int], speaker: list[str | None],
                          asking: list[bool]) -> tuple[list[str | None], list[bool]]:
    """Speakers and interviewer flags with a turn opened in the headline (paragraph 0) closed at its end:
    the body's sentences up to the next turn label have no speaker (rule ``headline_turn``).

    Examples:
        >>> _headline_turn_closed(["Trump: Guns are not the issue", "Trump spoke in Tokyo."], [0, 1],
        ...                       ["trump", "trump"], [False, False])
        (['trump', None], [False, False])
        >>> _headline_turn_closed(["Meeting with Xi", "Vladimir Putin: Thank you."], [0, 1], [None, "putin"],
        ...                       [False, False])
        ([None, 'putin'], [False, False])
    """
    if not sentences or not paras or paras[0] != 0 or not speaker[0]:
        return speaker, asking
    speaker, asking = list(speaker), list(asking)
    for j in range(1, len(sentences)):
        if paras[j] == 0:
            continue
        if _SPEAKER.search(sentences[j] or ""):
            break  # the body's own turns
        speaker[j], asking[j] = None, False
    return speaker, asking


def turn_counterparts(speaker: Sequence[str | None], gz: Gazetteer, *, day: date | None = None) -> dict[str, str]:
    """In a transcript where the heads of exactly two countries speak, each one's counterpart
    (rule ``turn_counterpart``): "you"/"we" in one's turn is the pair; otherwise none.

    Examples:
        >>> turn_counterparts(["putin", None, "leader_of_Tajikistan", "putin"], load_gazetteer())
        {'putin': 'leader_of_Tajikistan', 'leader_of_Tajikistan': 'putin'}
        >>> turn_counterparts(["putin", "putin"], load_gazetteer())
        {}
    """
    heads = [p for p in dict.fromkeys(speaker) if p and is_head(p, gz, day=day)]
    if len(heads) != 2 or len({country_of_participant(p, gz) for p in heads}) != 2:
        return {}
    a, b = heads
    return {a: b, b: a}


def _bare_title(t, cq: _Cues) -> bool:
    """Whether the parsed token ``t`` heads a bare title with no country or name of its own ("the
    President", "my colleague"; ``bare_counterpart_titles``, rule ``bare_title_counterpart``): in
    the transcript of two heads, the other head.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> doc = parse_one("This is my fourth meeting with the President.")
        >>> _bare_title(doc[-2], load_cues()), _bare_title(doc[3], load_cues())
        (True, False)
    """
    lemmas, mods = cq.bare_titles
    return t.lemma_.lower() in lemmas and all(
        c.lower_ in mods or c.dep_ == "punct" for c in t.children)


def _pronoun_in_frame(text: str, cq: _Cues, *, second: bool = False,
                      named: Sequence[tuple[int, int]] = ()) -> bool:
    """A first- or second-person pronoun (``meetings.yml`` ``first_person``, ``second_person``;
    with ``second`` only the latter) is an argument of one of the sentence's meeting cues, on the
    parse: its subject, object or possessor, the object of its preposition, or the subject of the
    verb whose object the cue is ("we will meet in Dushanbe", "your first meeting with Kim",
    "meet with you", "we have had regular meetings"); not inside another phrase ("our citizens
    received benefits", "we expect Italians visiting Russia"), nor with an object of its own that
    is no pronoun nor one of the ``named`` spans ("we received the Secretary of State"). Joint-appearance and invitation cues
    need named participants and do not count.

    Examples:
        >>> _pronoun_in_frame("We will also meet in Dushanbe in October.", load_cues())
        True
        >>> _pronoun_in_frame("I am pleased to meet with you.", load_cues(), second=True)
        True
        >>> _pronoun_in_frame("Our citizens received benefits.", load_cues())
        False
        >>> _pronoun_in_frame("We received the governor of the region.", load_cues())
        False
    """
    from summitlens.text.parse import head_token

    doc = _parsed(text)
    words = [cq.second_person] if second else [cq.first_person, cq.second_person]
    for m in cq.meeting.finditer(text):
        if cq.joint.match(m.group(0)) or _is_invitation(m, text, cq):
            continue
        cue = head_token(doc, m.start(), m.end())
        if cue is None:
            continue
        objects = [c for c in cue.children if c.dep_ in ("dobj", "obj")] + [
            g for c in cue.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children
            if g.dep_ == "pobj"]
        if any(o.pos_ != "PRON" and not any(a < o.right_edge.idx + len(o.right_edge.text) and o.left_edge.idx < b
                                             for a, b in named) and not _bare_title(o, cq) for o in objects):
            continue  # "we received the Secretary of State", "I met with governors": someone else
        governors = {cue.i}
        if cue.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "obj") and cue.head.i != cue.i:
            governors.add(cue.head.i)  # "we had talks": the subject of the verb taking the cue
        for t in doc:
            if not any(rx.fullmatch(t.text) for rx in words):
                continue
            h = t.head
            if h.i in governors or (h.dep_ == "prep" and h.head.i in governors):
                return True
    return False


def answering_heads(speaker: Sequence[str | None], asking: Sequence[bool], gz: Gazetteer, *,
                    day: date | None = None) -> list[str | None]:
    """Per sentence, the head an interviewer's turn addresses (rule ``interviewer_you``): the
    last head whose turn came before it, else the next head to speak; None outside such turns.

    Examples:
        >>> answering_heads([None, "putin", None], [True, False, True], load_gazetteer())
        ['putin', None, 'putin']
    """
    out: list[str | None] = [None] * len(speaker)
    last: str | None = None
    for i, (s, q) in enumerate(zip(speaker, asking)):
        if s and is_head(s, gz, day=day):
            last = s
        if q:
            out[i] = last or next((x for x in speaker[i + 1:] if x and is_head(x, gz, day=day)), None)
    return out


def extract_meetings(
    sentences: Sequence[str],
    *,
    anchor: date | None,
    anchor_source: str = "published",
    times: Sequence[Sequence[TimeExpr]] | None = None,
    paragraph_ids: Sequence[int] | None = None,
    gazetteer: Gazetteer | None = None,
    cues: _Cues | None = None,
) -> list[MeetingMention]:
    """Find meeting mentions in the sentences of one article.

    Args:
        sentences: The article's sentences in reading order (``sentences.text_match``).
        anchor: Reference date for relative dates (publication date or inferred).
        anchor_source: Source of the anchor (scales date confidence).
        times: Resolved date expressions per sentence (default: resolved here).
        paragraph_ids: Paragraph of each sentence; the date window stays in a paragraph.
        gazetteer: People/places/occasions (default the packaged gazetteer).
        cues: Cue lexicons (default the packaged ``meetings.yml``).

    Returns:
        At most one mention per sentence, in order.

    Examples:
        >>> from datetime import date
        >>> ms = extract_meetings(["Putin will meet Li Zhanshu in Vladivostok on Wednesday."],
        ...                       anchor=date(2022, 9, 7))
        >>> ms[0].participants, ms[0].is_putin_xi, ms[0].status, ms[0].place
        (('li_zhanshu', 'putin'), False, 'planned', 'Vladivostok')
        >>> extract_meetings([], anchor=None)
        []
    """
    gz = gazetteer or load_gazetteer()
    cq = cues or load_cues()
    lex = load_lexicon()
    leaders = gz.leaders()
    if times is None:
        times = [resolve_dates(s, anchor=anchor, anchor_source=anchor_source) for s in sentences]
    paras = list(paragraph_ids) if paragraph_ids is not None else list(range(len(sentences)))
    # bare surnames of people the document names in full ("Kim" after "Kim Jong Un")
    off = _rules_off()
    summit_turn = "summit_in_turn" not in off
    # titles of people not (yet) in office, and of people out of office now (rules not_in_office, former_title)
    office_groups = tuple(g for g, rule in (("elect", "not_in_office"), ("former", "former_title")) if rule not in off)
    from summitlens.extract.encounters.rules import load_encounter_rules

    not_head_before = load_encounter_rules().not_head_before
    # … unless someone else of that surname was named since (rule same_surname: "Kim Yong Chol")
    found = short_name_entities(sentences, [find_entities(s, gazetteer=gz) for s in sentences], gazetteer=gz,
                                nearest_owner="same_surname" not in off)
    ents = [_with_titles(e, s, gz, cq, anchor) for e, s in zip(found, sentences)]
    people = [_people(e, gz, anchor) for e in ents]
    # transcripts: "President of Russia Vladimir Putin: …" sets who "I"/"we" is until the next label
    speaker, asking = transcript_turns(sentences, ents, interviewer=cq.interviewer,
                                       titled="turn_counterpart" not in off, gazetteer=gz, cues=cq, day=anchor)
    if paragraph_ids is not None and "headline_turn" not in off:
        # "Trump: 'Mental health' is the issue behind the Texas shooting": a headline quoting a speaker is
        # no turn of the report under it (rule headline_turn; paragraph 0 is the headline)
        speaker, asking = _headline_turn_closed(sentences, paras, speaker, asking)
    counterpart = {} if "turn_counterpart" in off else turn_counterparts(speaker, gz, day=anchor)
    addressee = answering_heads(speaker, asking, gz, day=anchor)
    modes = [("phone" if cq.phone.search(t or "") else "virtual" if cq.virtual.search(t or "") else "")
             for t in sentences]
    # visits to troops, bases, cemeteries, temples and the countries of such visits (rules place_visit,
    # place_visit_country): no encounter with the host's head
    place_visits, no_host = _place_visit_countries(sentences, ents, people, gz, cq, anchor)
    out: list[MeetingMention] = []
    for i, text in enumerate(sentences):
        if not text:
            continue
        cue_m = cq.meeting.search(text)
        group_m = cq.leader_group.search(text)
        gather_m = cq.group_gathering.search(text) if group_m else None
        if gather_m is None and group_m is not None and cue_m is not None and "leader_group_cue" not in off \
                and _group_in_frame(text, group_m, cq):
            # "After a luncheon with other leaders", "phone calls with foreign leaders": a meeting cue
            # whose frame holds a group of leaders (rule leader_group_cue)
            gather_m = cue_m
        if cue_m is None and gather_m is not None:
            cue_m = gather_m  # "Trump and dozens of world leaders gathered …" (rule leaders_gathering)
        act: set[str] = set()
        act_m = None
        if cue_m is None and not cq.header.match(text) and cq.joint_prefilter.search(text):
            # two heads in one act with no meeting word (rule joint_appearance)
            act_m, act = _joint_act(text, ents[i], gz, cq, anchor,
                                    you=addressee[i] or counterpart.get(speaker[i] or ""), me=speaker[i])
            cue_m = act_m
        if cue_m is None or cq.header.match(text):
            continue
        parts = set(people[i]) | act
        gone: set[str] = set()
        if office_groups:
            # "President-elect Donald Trump met with President Barack Obama": a president-elect, a
            # candidate (rule not_in_office) or a former head (rule former_title) is no head of state
            gone = out_of_office(text, ents[i], not_head_before=not_head_before, groups=office_groups) & parts
            parts -= gone
        if "candidate_not_head" not in off and not cq.hypothetical.search(text):
            # "a lightning visit to Mexico" reported before the visitor was first elected: a candidate's
            # encounter, no heads' (rule candidate_not_head; "he'd treat the Chinese president" stays)
            gone |= {p for p in parts if before_election(p, gz, anchor)}
            parts -= gone
        if cq.possessed_people and len(parts) >= 2:
            # "a dinner for Obama's Republican rival Mitt Romney": Obama is no party (rule possessor_not_party)
            gone |= {p for p in parts if _possessor_only(text, ents[i], p, cq.possessed_people)}
            parts -= gone
        if "title_of_named" not in off:
            # "the Belarus president, Alexander Lukashenko": the title is the named head (rule title_of_named)
            parts = _without_own_titles(parts, gz)
        source = "explicit"
        turn_only = False  # the only participant not named is the speaker of the turn
        if not parts and i and not speaker[i] and cq.pronoun_opening.search(text):
            # "He will attend a NATO summit in Brussels": the head named last before (rule pronoun_subject)
            subj = _last_head(ents, i, parts, gz, anchor)
            if subj:
                parts.add(subj)
                source = "coreference"
        if cq.both_named.search(text):  # "the presidents of Russia and China"
            parts |= {p for p in leaders if anchor is None or in_office(gz.people[p], anchor)}
        if speaker[i] and cq.first_person.search(text):
            # the speaker is "I"/"we"; "you" is the other leader when the speaker is one of them
            parts.add(speaker[i])
            mate = counterpart.get(speaker[i])
            if mate and (cq.second_person.search(text) or cq.first_person_plural.search(text)
                         or ("turn_first_person" not in off and _first_person_frame(text, cq))) \
                    and all(is_head(p, gz, day=anchor) and country_of_participant(p, gz) == country_of_participant(mate, gz)
                            for p in parts - {speaker[i], mate}) \
                    and _pronoun_in_frame(text, cq, named=[(e.char_start, e.char_end) for e in ents[i]
                                                           if e.kind == "person" and e.id in parts]):
                # the transcript of two heads: "you"/"we" is the speaker and the other head who
                # speaks in it, never a default leader (rule turn_counterpart)
                parts.add(mate)
                source = "coreference" if mate not in people[i] else source
            elif speaker[i] in leaders and (cq.second_person.search(text) or cq.first_person_plural.search(text)):
                # (a summit both leaders attend that the turn names gives the other leader below, rule
                # summit_in_turn: "We expect that the BRICS Summit in Goa will open new opportunities")
                if not (summit_turn and set(leaders) <= _gathering_leaders(ents[i], text, gz, anchor)):
                    parts |= {p for p in leaders if p != speaker[i]}
            turn_only = parts - people[i] == {speaker[i]}
            source = "coreference" if len(parts & set(leaders)) > len(people[i] & set(leaders)) else source
        elif addressee[i] and cq.second_person.search(text) and addressee[i] not in parts and any(
                not cq.joint.match(m.group(0)) for m in cq.meeting.finditer(text)) \
                and sum(is_head(p, gz, day=anchor) for p in parts) <= 1 and _pronoun_in_frame(
                    text, cq, second=True, named=[(e.char_start, e.char_end) for e in ents[i] if e.kind == "person"]):
            # an interviewer's "you" is the head answering ("Question: Mr President, this was your
            # first meeting with Kim Jong-un", rule interviewer_you)
            parts.add(addressee[i])
            source = "coreference"
        both = cq.both.search(text)
        if both and not set(leaders) <= parts and parts <= set(leaders):
            before = set().union(*(people[j] for j in range(0, i))) if i else set()
            before |= {speaker[j] for j in range(0, i + 1) if speaker[j]}
            # other heads named since the last sentence that names both leaders
            both_at = max([j for j in range(max(0, i - _WINDOW), i) if set(leaders) <= people[j]], default=-1)
            recent = set().union(*(people[j] for j in range(max(0, i - _WINDOW, both_at + 1), i))) if i else set()
            # both leaders named earlier in the article, no other head of state just before
            if set(leaders) <= before | parts and not any(_other_leader(p, gz) for p in recent):
                parts |= set(leaders)
                source = "coreference"
        present = [p for p in leaders if p in parts]
        if len(present) == 1 and len(parts) == 1 and i:
            # "A meeting with Xi is planned": the other leader is the subject named just before
            other = [p for p in leaders if p != present[0]]
            window = set().union(*(people[j] for j in range(max(0, i - 2), i)))
            obj = [e for e in ents[i] if e.kind == "person" and e.id == present[0]]
            if other and other[0] in window and any(
                    cq.meet_with_before.search(text[max(0, e.char_start - 40):e.char_start]) for e in obj):
                parts.add(other[0])
                source = "coreference"
                present = list(leaders)
        pronoun_m = cq.pronoun_with.search(text) if len(parts) == 1 and i else None
        if pronoun_m:
            # "his meeting with Putin": the head of another country named last just before;
            # "my meeting with Putin" in a post: its author, signed just after, first
            mine = cq.first_person.search(pronoun_m.group(0))
            if mine and "post_author" in off:
                subj = ""
            else:
                subj = (_signed_by(sentences, ents, i, parts, gz, cq, anchor) if mine else "") \
                    or _last_head(ents, i, parts, gz, anchor)
            if subj:
                parts.add(subj)
                source = "coreference"
                present = [p for p in leaders if p in parts]
        if len(parts) <= 1 and not speaker[i] and cq.attribution is not NEVER \
                and cq.first_person_singular.search(text) and _first_person_frame(text, cq):
            # "My meeting in Argentina with President Xi", "I've had some very good talks with President
            # Erdogan," he told …: the head quoted (rule quoted_first_person)
            subj = _signed_by(sentences, ents, i, parts, gz, cq, anchor) \
                or _quoted_head(sentences, ents, i, parts, paras, gz, cq, anchor)
            if subj and subj not in parts:
                parts.add(subj)
                source = "coreference"
                present = [p for p in leaders if p in parts]
        if len(parts) == 1 and i and not speaker[i] and is_head(next(iter(parts)), gz, day=anchor) \
                and cq.conference.search(text):
            # "Mr. Obama said at a joint news conference at the White House": the other head is the
            # one named last before, of another country (rule joint_conference_counterpart)
            subj = _last_head(ents, i, parts, gz, anchor)
            if subj:
                parts.add(subj)
                source = "coreference"
                present = [p for p in leaders if p in parts]
        if len(parts) == 1 and is_head(next(iter(parts)), gz, day=anchor):
            # "Trump … gets serious about North Korea talks": that country's head (rule country_compound)
            own = country_of_participant(next(iter(parts)), gz)
            for e in ents[i]:
                if e.kind == "country" and e.id != own and cq.country_compound.match(text, e.char_end):
                    parts.add(_title_id(e.id, "", gz, cq, anchor))
                    source = "implied" if source == "explicit" else source
                    present = [p for p in leaders if p in parts]
        if len(parts) < 2 and all(is_head(p, gz, day=anchor) for p in parts) and cq.summit_word.search(text):
            # "summit with the U.S.", "US-China summit": the countries' heads (rule summit_countries)
            by_summit = _summit_countries(text, ents[i], parts, gz, cq, anchor)
            if by_summit:
                parts |= by_summit
                source = "implied" if source == "explicit" else source
                present = [p for p in leaders if p in parts]
        place, country = _place(ents[i], cue_m.start(), text, gz, cq)
        traveller = next(iter(parts)) if len(parts) == 1 else ""
        if len(parts) == 1 and (present or is_head(traveller, gz, day=anchor)):
            # one head travelling to another country: implied meeting with its leader (the
            # other leader when in office on the document's day, else leader_of_<Country>), one
            # per country of a list ("his visits to China, India and Kyrgyzstan", "Trump, who
            # will also travel to South Korea, China, Vietnam, and the Philippines")
            own_country = country_of_participant(traveller, gz)
            # (rule arrival_host: a head arriving in another country's city or country, "as President
            # Obama arrived in Beijing", visits it)
            if country and country != own_country and (cq.travel.search(text) or cq.arrival.search(text)) \
                    and not place_visits[i] and ("destination_attached" in off
                                                 or _attached_destination(text, cue_m, ents[i], country, gz, cq)):
                for c in _destinations(ents[i], country, text):
                    if c != own_country and c not in no_host:
                        parts.add(_title_id(c, "", gz, cq, anchor))
                source = "implied"
        if set(leaders) & parts and not set(leaders) <= parts:
            # a gathering both leaders' countries belong to, or one the other's country hosts
            # ("Putin will attend the SCO summit", "Xi attended the Eastern Economic Forum")
            joined = _gathering_leaders(ents[i], text, gz, anchor)
            missing = set(leaders) - parts
            if missing and missing <= joined:
                parts |= missing
                # the turn's speaker at a summit both attend: the other leader is implied by the
                # summit, not inferred from "we"/"you" (rule summit_in_turn)
                source = "implied" if source == "explicit" or (turn_only and summit_turn) else source
                present = list(leaders)
        if parts and not set(leaders) & parts and all(is_head(p, gz, day=anchor) for p in parts):
            # another head at a gathering one country always hosts meets its leader ("Mr Macron
            # was a distinguished guest of the St Petersburg International Economic Forum")
            host = _host_leaders(ents[i], text, gz, cq, anchor, parts)
            if host:
                parts |= host
                source = "implied" if source == "explicit" else source
        # a gathering of member states' leaders the sentence names, with no one else named
        # ("BRICS leaders will meet …", "the next meeting of the Supreme Economic Council"): its
        # members' leaders, in office on the meeting's day (set once the date is known)
        by_occasion: list[str] = []
        # a titled leader of a participant's own country is a domestic official ("Prime
        # Minister of Russia" meeting Putin): no participant of a foreign encounter
        parts = _without_own_titles(parts, gz)
        if all(is_head(p, gz) for p in parts):
            by_occasion = [] if cq.generic.search(text) else _gathering_occasions(ents[i], text, gz)
            if by_occasion and not parts >= council_leaders(by_occasion[0], gz, day=anchor, named=parts):
                source = "implied" if source == "explicit" else source
            else:
                by_occasion = []
        lone = next(iter(parts)) if len(parts) == 1 else ""
        # a foreign country in the sentence is where the head goes, unless it is only the summit's
        # venue (rule summit_venue: no travel or arrival in the sentence)
        abroad = bool(lone and country and country != country_of_participant(lone, gz)
                      and ("summit_venue" in off or cq.travel.search(text) or _arrival(text)))
        if lone and not by_occasion and "summit_of_many" not in off and is_head(lone, gz, day=anchor) \
                and not cq.generic.search(text) and not abroad:
            # one head at a summit of many ("Trump headed to the G-7 meeting", "back from the
            # G20 summit"): an encounter with its other leaders (not when the sentence is about
            # the head's arrival in the host country: "arrived in Japan to attend the G20 summit")
            many = _summit_of_many(ents[i], text, gz)
            if many and "summit_compound_head" not in off and _compound_of_cue(text, ents[i], lone, cq):
                many = ""  # "the NATO summit, the U.K. trip and the Putin meeting" (rule summit_compound_head)
            if many:
                parts.add(GROUP_PREFIX + many)
                source = "implied"
        if gather_m is not None and len(parts) == 1 and is_head(next(iter(parts)), gz, day=anchor):
            # one head among a gathering of many leaders (rule leaders_gathering)
            parts.add(GROUP_PREFIX + "group")
            source = "implied"
        if len(parts) < 2 and not by_occasion:
            continue
        cues_found = list(cq.meeting.finditer(text)) or ([cue_m] if act_m is not None else [])
        if source == "coreference" and all(cq.joint.match(m.group(0)) for m in cues_found):
            continue  # "we have attended videoconferences": a joint appearance needs named participants
        is_px = all(p in parts for p in leaders)
        multilateral = any(e.kind == "occasion" and gz.members(e.id) for e in ents[i])
        pair = cq.both_named.search(text)
        if is_px and source == "explicit" and not multilateral:
            # a third party meeting each of them ("Trump will meet with Xi and Putin"); at a
            # multilateral summit both attend it is also their encounter
            # (a leader named only by a pronoun of the joint act, "we discussed", is at the act)
            first = {p: min([e.char_start for e in ents[i] if e.id == p] + ([pair.start()] if pair else []),
                            default=cue_m.start()) for p in leaders}
            cue_pos = min((m.start() for m in cues_found), default=cue_m.start())
            others_before = [e for e in ents[i] if e.kind == "person" and e.id not in leaders
                             and e.char_start < cue_pos and _other_leader(e.id, gz)]
            with_m = re.search(r"\bwith\b", text[cue_pos:min(first.values())])
            if min(first.values()) > cue_pos and (others_before or (with_m and parts - set(leaders))):
                is_px = False
        # pick the meeting cue nearest the participants (first cue is often fine)
        cue_all = cues_found or [cue_m]
        person_pos = [e.char_start for e in ents[i] if e.kind == "person" and e.id in parts] or [0]
        spans = [(e.char_start, e.char_end) for e in ents[i] if e.kind == "person" and e.id in parts]
        if "object_idiom" not in off:
            # "have been met with accusations", "have not yet met with success", "received bruises":
            # a meeting verb whose object is a thing is no encounter (rule object_idiom)
            cue_all = [m for m in cue_all if not _thing_object(text, m, spans)]
            if not cue_all:
                continue
        if "non_head_subject" not in off:
            # "Kerry has met with other world leaders, including French President Emmanuel Macron": the
            # encounter is of a subject who is no head, not of the heads it met (rule non_head_subject)
            heads = [(e.char_start, e.char_end) for e in ents[i] if e.kind == "person" and e.id in parts
                     and is_head(e.id, gz, day=anchor)]
            kept = [m for m in cue_all if not _non_head_subject(text, m, ents[i], heads, gz, anchor, cq)]
            if not kept and act_m is None and len(cue_all) and cq.joint_prefilter.search(text):
                # "Obama and Xi unveiled the plan …, where negotiators … met": the heads' own joint act
                act_m = _joint_act(text, ents[i], gz, cq, anchor)[0]
                kept = [act_m] if act_m is not None else []
            cue_all = kept
            if not cue_all:
                continue
        if cq.meal_lemmas:
            # "known to drink wine for lunch and dinner": a meal in general, no encounter (rule bare_meal)
            cue_all = [m for m in cue_all if not _bare_meal(text, m, cq.meal_lemmas)]
            if not cue_all:
                continue
        if any(_is_invitation(m, text, cq) for m in cue_all):
            # an invitation is an encounter only when it invites a named participant ("invited Putin
            # to Washington", not "invite the experts", "inviting me": rule invitation)
            cue_all = [m for m in cue_all if not _is_invitation(m, text, cq) or _invites(text, m, spans)]
            if not cue_all:
                continue
        if both:
            person_pos.append(both.start())
        # "X …, although the two met in Uzbekistan last September": prefer a meeting verb, and
        # take place, occasion and date from the clause of the chosen cue when it has them
        cue_m = min(cue_all, key=lambda m: (not cq.verb_cue.match(m.group(0)),
                                            min(abs(m.start() - p) for p in person_pos), m.start()))
        segs = clause_ids(text, dates=times[i], lexicon=lex)
        cue_ids = {k for a, b, k in segs if a <= cue_m.start() < b}
        in_clause = [e for e in ents[i] if any(a <= e.char_start < b and k in cue_ids for a, b, k in segs)]
        if any(e.kind in ("place", "country") for e in in_clause):
            place, country = _place(in_clause, cue_m.start(), text, gz, cq)
        occasion = _occasion(in_clause if any(e.kind == "occasion" for e in in_clause) else ents[i],
                             cue_m.start(), text)
        usable = [x for x in times[i] if x.start is not None and x.granularity not in _SKIP_GRANULARITY]
        t = attach_date(text, event=(cue_m.start(), cue_m.end()), dates=usable, anchor=anchor, lexicon=lex)
        if t is None:  # short window: a neighbour in the same paragraph sharing place/occasion
            for j in (i + 1, i - 1):
                if 0 <= j < len(sentences) and abs(paras[j] - paras[i]) <= 1:
                    t = _neighbour_date(sentences[j], ents[j], times[j], {occasion, place} - {""},
                                        anchor=anchor, lex=lex)
                    if t is not None:
                        break
        day = t.start if t is not None else anchor
        if by_occasion:
            parts |= council_leaders(by_occasion[0], gz, day=day, named=parts)
            is_px = all(p in parts for p in leaders)
        # an official who was head of state or government only at other times takes no part
        # ("spoke by telephone with Hu Jintao, General-Secretary of the Central Committee" in 2002)
        parts = {p for p in parts if not not_head_that_day(p, gz, day)} - gone
        if len(parts) < 2 and not by_occasion:
            continue
        tense = detect_tense(text, span=(cue_m.start(), cue_m.end()), lexicon=lex)
        mode, mode_cue = "in_person", False  # mode_cue: stated in the cue's own clause
        own_mode = "mode_in_clause" not in off  # a call or video of another event is not this one's mode
        if act_m is not None:
            pass  # two heads in one act are together in person ("watched a video clip": rule joint_appearance)
        elif cq.phone.search(text) and (not own_mode or _clause_cue(text, cue_m, cq.phone)):
            mode, mode_cue = "phone", own_mode
        elif cq.virtual.search(text) and (not own_mode or _clause_cue(text, cue_m, cq.virtual)):
            mode, mode_cue = "virtual", own_mode
        elif own_mode and (cq.phone.search(text) or cq.virtual.search(text)):
            pass  # "told Moon in a phone call that … during their summit": the summit is in person
        elif cq.phone_verb.fullmatch(cue_m.group(0)) and _calls_someone(text, cue_m):
            mode, mode_cue = "phone", True  # "said he would call his regional allies" (rule call_verb_phone)
        elif tense == "past" and cq.speak.fullmatch(cue_m.group(0)) and not cq.in_person.search(text) \
                and all(cq.speak.fullmatch(m.group(0)) for m in cues_found) and _speaks_with(text, cue_m, spans):
            mode, mode_cue = "phone", True  # "Trump spoke with Putin and condemned the attack" (rule speak_with_phone)
        elif cq.in_person_cue.fullmatch(cue_m.group(0)):
            pass  # "a meeting with Putin went better" after a call: in person (rule in_person_cue_mode)
        elif not cq.in_person.search(text):
            # "The two leaders assessed …" right after "had a telephone conversation"
            prev = [j for j in range(max(0, i - 4), i) if modes[j]]
            if prev and not _other_encounter(people[i], people[prev[-1]], gz):
                mode = modes[prev[-1]]
        bounds = [b.start() for b in lex.boundaries.finditer(text)]
        lo = max([b for b in bounds if b < cue_m.start()], default=0)
        hi = min([b for b in bounds if b >= cue_m.end()], default=len(text))
        # a threatened or weighed cancellation ("threat to cancel") is left out of the clause
        clause = cq.unrealised_cancel.sub(lambda m: " " * len(m.group(0)), text[lo:hi])
        if cq.cancelled.search(clause) or (cq.refusal_lemmas and _refused(text, cue_m, cq.refusal_lemmas)):
            status = "cancelled"  # also "Obama's refusal to meet with …" (rule refused_meeting)
        elif cq.postponed.search(clause):
            status = "planned"  # "the meeting was postponed": still to come (rule postponed_planned)
        elif cq.under_way_before.search(text[max(0, cue_m.start() - 40):cue_m.start()]):
            status = "occurred" if mode == "in_person" else mode  # "today's meeting": under way
        elif any(cq.conditional) and _conditional(text, cue_m, cq.conditional):
            status = "hypothetical"  # "if the talks are held …", "such a meeting would mark …" (rule conditional_clause)
        elif cq.hypothetical.search(clause) and ("hypothetical_in_clause" in off or _clause_cue(
                text, cue_m, cq.hypothetical, lo=lo, hi=hi, conditional=True, masked=text[:lo] + clause,
                outcome=cq.outcome_condition)):
            # "possibly souring relations … in Mr. Trump's upcoming talks": the noun itself says the
            # meeting is planned; the doubt is about something else (rule planned_modifier)
            status = "planned" if cq.planned_modifiers and _modified_by(text, cue_m, cq.planned_modifiers) \
                else "hypothetical"
        elif any(cq.outcome_condition) and cq.hypothetical.search(clause) and "hypothetical_in_clause" not in off \
                and _clause_cue(text, cue_m, cq.hypothetical, lo=lo, hi=hi, conditional=True, masked=text[:lo] + clause):
            # "if the talks fail", "the summit could lead to a deal": the hedge is on an outcome; the
            # meeting is taken for granted and still to come (rule outcome_condition)
            status = "planned"
        else:
            planned_cue = cq.planned.search(text)
            if planned_cue and "planned_in_clause" not in off and not _clause_cue(text, cue_m, cq.planned):
                planned_cue = None  # "… said the talks went well; he will fly home": the "will" is another event's
            if cq.invitation.search(text) and _invited(text, cue_m):
                status = "planned"  # "Putin invited Fox to visit Russia": the visit is to come (rule invitation)
            elif cq.past_purpose.search(clause) and not cq.future_aux.search(clause):
                status = "occurred"
            elif cq.present_encounter.search(clause) and not cq.future_aux.search(clause):
                status = "occurred"  # "I am glad to meet you": the encounter is under way
            elif tense == "future" or (planned_cue and tense != "past"):
                status = "planned"
            elif tense == "past" or cq.past_purpose.search(text):
                status = "occurred"
                if planned_cue and cq.planned_near.search(text[max(0, cue_m.start() - 40):cue_m.end() + 40]):
                    status = "planned"
            elif t is not None and anchor is not None:
                status = "planned" if t.start > anchor else "occurred"
            elif tense == "none" and not planned_cue and "past_head_parse" not in off and _past_head(text, cue_m):
                status = "occurred"  # "Trump and Putin then sat … at a working lunch" (rule past_head_parse)
            elif tense == "none":
                # tenseless headline-style phrases announce what is coming; a verb in the headline
                # present reports the event ("Trump-Kim summit in Hanoi collapses": rule present_headline)
                status = "occurred" if "present_headline" not in off and _present_simple(
                    text, cue_m, [(e.char_start, e.char_end) for e in ents[i] if e.kind == "person"]) else "planned"
            else:
                status = "planned" if planned_cue else "occurred"
            if t is not None and anchor is not None:
                if status == "occurred" and t.start > anchor:
                    status = "planned"
                elif status == "planned" and tense == "future" and t.start == t.end == anchor \
                        and not planned_cue and not cq.future_aux.search(clause) and "progressive_today" not in off:
                    # "Today we are holding the meeting of the Council": a present progressive dated
                    # on the day of the report is under way, not to come (rule progressive_today)
                    status = "occurred"
            ahead = t is None or anchor is None or t.start > anchor  # no date of its own before the report
            if not ahead and "prospective_dated" not in off and not _dates_noun(text, cue_m, t):
                ahead = True  # "agreeing in March to a meeting": the date is the agreement's (rule prospective_dated)
            if status == "occurred" and ahead and _prospective_at(text, cue_m.start(), cue_m.end()):
                status = "planned"  # "traveled … to lay the foundation for the meeting" (rule prospective_noun)
            elif status == "planned" and not planned_cue and (t is None or anchor is None or t.start <= anchor) \
                    and _retrospective_cue(text, cue_m):
                status = "occurred"  # "touts 'big leap forward' after G-20 meeting" (rule retrospective_noun)
            if status == "occurred" and t is None and tense != "none" and "preview_present" not in off \
                    and _present_subject(text, cue_m):
                status = "planned"  # "The meeting is the first between …": a preview (rule preview_present)
            if status == "occurred" and cq.unrealised_cancel.search(text[lo:hi]):
                status = "planned"  # "issued a threat to cancel the Trump-Kim meeting": still to come
            if status == "planned" and cq.conference.fullmatch(cue_m.group(0)) and not cq.future_aux.search(clause) \
                    and not planned_cue:
                status = "occurred"  # "declines to take a question … at joint presser with May": reported after
            if mode != "in_person" and (status == "occurred" or (status == "planned" and tense == "none" and not cq.planned.search(text)
                                            and "mode_over_planned" not in off)
                                        or (status == "planned" and mode_cue and "planned_call_mode" not in off)):
                status = mode  # a call or video to come is still a call (ANNOTATION.md; rule mode_over_planned)
        conf = {"explicit": 0.9, "coreference": 0.75, "implied": 0.6}[source]
        if t is None:
            conf *= 0.9
        if tense == "none":
            conf *= 0.9
        out.append(MeetingMention(
            sentence_index=i, char_start=cue_m.start(), char_end=cue_m.end(), cue=cue_m.group(0),
            participants=tuple(sorted(parts)), is_putin_xi=is_px, participants_source=source,
            place=place, country=country, occasion=occasion,
            start=t.start if t else None, end=t.end if t else None,
            granularity=t.granularity if t else "", date_surface=t.surface if t else "",
            status=status, mode=mode, tense=tense, confidence=round(conf, 3)))
    return out
