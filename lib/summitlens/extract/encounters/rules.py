"""The encounter rules (``resources/encounters.yml``), compiled once per file.

Examples:
    >>> r = load_encounter_rules()
    >>> r.formula("Telephone conversation with President of China Xi Jinping")[0]
    'phone_with'
    >>> bool(r.anaphora.search("The talks focused on trade."))
    True
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

from summitlens.rules import NEVER, load_rules, rules_path

__all__ = ["EncounterRules", "load_encounter_rules"]


@dataclass(frozen=True)
class EncounterRules:
    """Compiled encounter rules.

    Attributes:
        formulas: ``(id, regex, mode, status)`` per title formula, in file order.
        readout: Regex of readout openings.
        anaphora: Regex of anaphoric references to the document's event.
        anaphora_leaders: Regex of references to the two leaders ("the two leaders").
        leader_refs: Regex of group references to an event's participants that make a
            mention of the event alone ("The two leaders saw …", "BRICS leaders …").
        coordinated: Regex of the text between two coordinated leader names ("… and President of").
        relationship_nouns: Lemmas of relationship nouns ("relationship", "relations") whose predicate makes
            coordinated names no group reference (rule ``relationship_pair``; empty when off).
        gathering: Regex of gathering words near an occasion's name ("SCO Summit").
        gathering_window: Characters around an occasion's name searched for a gathering word.
        turn: Regex of a transcript turn opening ("President of Russia Vladimir Putin: ").
        not_event: Regex of headlines that report no encounter ("Greetings to …", "Message to …").
        possessive_event: Regex matched right after a participant's name: their own encounter
            ("'s visit", "'s talks").
        not_gathering_after: Regex matched right after an occasion's name: the members as a
            group, not the gathering ("BRICS countries").
        not_leaders_gathering: Regex of words next to an occasion's name that make the
            gathering one of others than leaders ("SCO foreign ministers").
        greetings: Regex of greetings of the counterpart in a held in-person event's transcript.
        chair: Regexes whose ``country`` group names a summit's chair.
        adjectives: Country adjective -> country id.
        in_person: Regex of cues that keep a linked sentence in person.
        same_day: Regex of "today" words: in a held event's report they refer to the event.
        present_anaphora: Regex of the event under way named by a present deictic ("today's
            talks", "this summit"): its future predicate does not make it a planned meeting.
        news_anaphora: Regex of further anaphoric references a news report makes to an
            encounter it has named ("this encounter", "their meeting", "pre-summit").
        qualified_anaphora: Regex of news anaphora qualified by an ordinal, "next" or a date
            ("the next meeting", "a third summit", "the February 27 meeting"): the encounter named
            before, or another of the same pair (rule ``qualified_anaphora``).
        indefinite_anaphora: Regex of indefinite news anaphora ("a summit", "a meeting") not followed by
            participants or a destination of their own: an encounter of the pair named before still to
            come (rule ``indefinite_anaphora``).
        named_anaphora: Regex of news anaphora qualified by a weekday ("Friday's phone call"; rule
            ``weekday_anaphora``) or a capitalised name ("the Singapore summit"; rule ``named_anaphora``):
            the encounter named before, like ``news_anaphora``.
        weekday_anaphora: Regex of the weekday-qualified ones alone (rule ``weekday_anaphora``); a
            name-qualified anaphor that is not one must name a place, country or occasion of the
            encounter it links (rule ``named_anaphora_place``).
        no_plans_before: Regex matched right before a qualified anaphor that makes it
            hypothetical ("no plans for a third summit").
        rules_off: Ids of rules switched off (``encounters.yml`` ``rules_off``): rules measured to
            help one development round only ship off until another round confirms them.
        not_turn_label: Regex of labels that look like a transcript turn but are a page's
            caption or credit ("Photograph: …"), or open with a section or video kicker ("OPINION: …",
            "JUST WATCHED Trump: …"; rule ``kicker_not_turn``): no speaker.
        report_lemmas: Lemmas of reporting verbs whose date ("CNN reported Wednesday …") is no date of
            the encounter a news anaphor of the sentence refers to (rule ``report_date``).
        frame_prepositions: Prepositions whose objects belong to a meeting predicate's frame.
        frame_pronouns: Lower-case words that stand for leaders in a frame.
        invitation_lemmas: Lemmas of an invitation: the encounter it asks for is still to come
            (rule ``invitation``).
        idiom_lemmas: Lemmas of meeting verbs that are no encounter when their object is a thing
            ("met with success", "received bruises"; rule ``object_idiom``).
        idiom_prepositions: Prepositions whose object is such a verb's object ("met with", "met by").
        person_lemmas: Lemmas of common nouns naming people, whom a head may meet ("met with officials").
        lone_head: Regex of head-level encounter words whose one named head links the sentence to that
            head's encounter established before (rule ``lone_head``).
        not_head_before: Regex matched right before a name: the person is not in office ("President-elect").
        prospective_heads: Preposition -> lemmas of the word it attaches to whose object, a meeting
            noun, is still to come ("prepare for the summit"; key ``""``: verbs of a direct object;
            rule ``prospective_noun``; empty when off), with the attitudes toward an encounter to
            come ("optimism about the summit": ``frame.prospective_attitudes``, rule
            ``prospective_attitude``) unless that rule is off.
        retrospective_prepositions: Prepositions whose object, a meeting noun, is over when their
            clause has no future auxiliary ("after the summit"; rule ``retrospective_noun``).
        future_auxiliaries: Auxiliaries of a clause still to come ("will", "would").
        before_heads: Preposition -> lemmas of the word it attaches to whose object, a news anaphor,
            is later than the act reported ("before the summit", "ahead of the talks"; rule
            ``before_anaphora``; empty when off).
        past_future_auxiliaries: Auxiliaries of a future seen from the past ("would"; rule
            ``future_in_past``; empty when off).
        cancel_verbs: Lemma of a verb whose direct object, an anaphor, is cancelled -> the particle it
            needs ("call off"; rule ``cancelled_object``; empty when off).
        determined_anaphora: ``nouns``, ``determiners``, ``modifiers``, ``own_prepositions`` (frozensets)
            of a determined encounter noun read on the parse ("the telephone calls", "his earlier
            conversations"; rule ``determined_anaphora``; empty when off).
        preview_neutral_lemmas: Lemmas of a present verb of a meeting noun that say nothing of whether
            the encounter is still to come ("the meeting comes after …", "talks need to …"; rule
            ``preview_present``).
        speaker_label: Regex of words that make a turn label name its speaker ("President",
            "Question"; rule ``kicker_label``).
        cataphora_window: Sentences after a plain news anaphor in which the first encounter of heads
            the report names may come, when none came before it ("The mood of the summit …" before
            "… when they first met"; rule ``cataphora``; 0 when off).
        cataphora: Regex of the anaphora that may point ahead ("the summit", "the two leaders"; rule
            ``cataphora``).
    """

    formulas: tuple[tuple[str, re.Pattern, str, str], ...]
    readout: re.Pattern
    anaphora: re.Pattern
    anaphora_leaders: re.Pattern
    chair: tuple[re.Pattern, ...]
    adjectives: dict[str, str]
    in_person: re.Pattern
    same_day: re.Pattern
    present_anaphora: re.Pattern = NEVER
    frame_prepositions: frozenset = frozenset()
    frame_pronouns: frozenset = frozenset()
    leader_refs: re.Pattern = NEVER
    coordinated: re.Pattern = NEVER
    relationship_nouns: frozenset = frozenset()
    gathering: re.Pattern = NEVER
    gathering_window: int = 40
    turn: re.Pattern = NEVER
    not_event: re.Pattern = NEVER
    possessive_event: re.Pattern = NEVER
    not_gathering_after: re.Pattern = NEVER
    not_leaders_gathering: re.Pattern = NEVER
    greetings: re.Pattern = NEVER
    news_anaphora: re.Pattern = NEVER
    qualified_anaphora: re.Pattern = NEVER
    no_plans_before: re.Pattern = NEVER
    indefinite_anaphora: re.Pattern = NEVER
    named_anaphora: re.Pattern = NEVER
    weekday_anaphora: re.Pattern = NEVER
    not_turn_label: re.Pattern = NEVER
    report_lemmas: frozenset = frozenset()
    invitation_lemmas: frozenset = frozenset()
    idiom_lemmas: frozenset = frozenset()
    idiom_prepositions: frozenset = frozenset()
    person_lemmas: frozenset = frozenset()
    lone_head: re.Pattern = NEVER
    cataphora_window: int = 0
    cataphora: re.Pattern = NEVER
    not_head_before: re.Pattern = NEVER
    prospective_heads: dict = field(default_factory=dict)
    retrospective_prepositions: frozenset = frozenset()
    future_auxiliaries: frozenset = frozenset()
    rules_off: frozenset = frozenset()
    before_heads: dict = field(default_factory=dict)
    cancel_verbs: dict = field(default_factory=dict)
    past_future_auxiliaries: frozenset = frozenset()
    determined_anaphora: dict = field(default_factory=dict)
    speaker_label: re.Pattern = NEVER
    preview_neutral_lemmas: frozenset = frozenset()

    def formula(self, headline: str) -> tuple[str, re.Match] | None:
        """The first title formula matching ``headline``: ``(id, match)``, or None."""
        h = " ".join(str(headline).split())
        if self.not_event.search(h):
            return None
        for fid, rx, _, _ in self.formulas:
            m = rx.search(h)
            if m:
                return fid, m
        return None

    def formula_mode(self, fid: str) -> str:
        return next((mode for f, _, mode, _ in self.formulas if f == fid), "")

    def formula_status(self, fid: str) -> str:
        return next((st for f, _, _, st in self.formulas if f == fid), "")


def _words(items) -> re.Pattern:
    body = "|".join(re.escape(str(x)).replace(r"\ ", r"\s+") for x in sorted(items, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{body})(?!\w)", re.I)


def _rx(d: dict, key: str, flags: int = re.I) -> re.Pattern:
    """The regex of the rules file's ``key``, or :data:`~summitlens.rules.NEVER` when it has none."""
    return re.compile(d[key], flags) if key in d else NEVER


@lru_cache(maxsize=8)
def _load(path: str) -> EncounterRules:
    d = load_rules(path)
    off = frozenset(str(x) for x in d.get("rules_off") or ())
    formulas = tuple((f["id"], re.compile(f["pattern"], re.I), f.get("mode", ""), f.get("status", ""))
                     for f in d["title_formulas"] if f["id"] not in off)
    return EncounterRules(
        formulas=formulas,
        readout=re.compile("|".join(f"(?:{p})" for p in d["readout_leads"])),
        anaphora=_words(d["anaphora"]),
        anaphora_leaders=_words(d.get("anaphora_leaders", [])),
        chair=tuple(re.compile(p) for p in d.get("chair_patterns", [])),
        adjectives={str(k): str(v) for k, v in (d.get("country_adjectives") or {}).items()},
        in_person=_words((d.get("own_mode_cues") or {}).get("in_person", [])),
        same_day=_rx(d, "same_day"),
        present_anaphora=_rx(d, "present_anaphora"),
        frame_prepositions=frozenset(str(w).lower() for w in (d.get("frame") or {}).get("prepositions", [])),
        frame_pronouns=frozenset(str(w).lower() for w in (d.get("frame") or {}).get("pronouns", [])),
        leader_refs=re.compile("|".join(f"(?:{p})" for p in [
            *(d.get("leader_references") or [r"(?!x)x"]),
            # "The leaders of two countries discussed …" (rule leaders_of_countries)
            *(() if "leaders_of_countries" in off else d.get("leader_references_of_countries") or ()),
            # "The two are to meet Tuesday", "the two men shook hands" (rule the_two)
            *(() if "the_two" in off else d.get("leader_references_the_two") or ())]), re.I),
        coordinated=_rx(d, "coordinated_names", 0),
        relationship_nouns=frozenset() if "relationship_pair" in off else frozenset(
            str(w).lower() for w in d.get("relationship_nouns") or ()),
        gathering=_rx(d, "gathering_words"),
        gathering_window=int(d.get("gathering_window", 40)),
        turn=_rx(d, "transcript_turn", 0),
        not_event=_rx(d, "not_event_headlines"),
        possessive_event=_rx(d, "possessive_event"),
        not_gathering_after=_rx(d, "not_gathering_after"),
        not_leaders_gathering=_rx(d, "not_leaders_gathering"),
        greetings=_rx(d, "greetings"),
        news_anaphora=_words([*(d.get("news_anaphora") or ()),
                              *(() if "joint_news_conference" in off else d.get("news_conference_anaphora") or ()),
                              *(() if "plural_anaphora" in off else d.get("plural_news_anaphora") or ()),
                              *(() if "handshake" in off else d.get("handshake_news_anaphora") or ()),
                              *(() if "meal_anaphora" in off else d.get("meal_news_anaphora") or ())])
        if d.get("news_anaphora") else NEVER,
        qualified_anaphora=NEVER if "qualified_anaphora" in off else _rx(d, "qualified_news_anaphora"),
        no_plans_before=_rx(d, "no_plans_before"),
        indefinite_anaphora=NEVER if "indefinite_anaphora" in off or not d.get("indefinite_news_anaphora") else
        re.compile(_words(d["indefinite_news_anaphora"]).pattern + d.get("indefinite_not_before", ""), re.I),
        named_anaphora=re.compile("|".join(f"(?:{d[k]})" for k, rule in (("weekday_news_anaphora", "weekday_anaphora"),
                                                                        ("named_news_anaphora", "named_anaphora"))
                                           if k in d and rule not in off) or NEVER.pattern),
        weekday_anaphora=NEVER if "weekday_anaphora" in off else _rx(d, "weekday_news_anaphora", 0),
        rules_off=off,
        # "OPINION: …", "JUST WATCHED Trump: …": a section or video kicker is no turn (rule kicker_not_turn)
        not_turn_label=re.compile("|".join(f"(?:{d[k]})" for k in ("not_turn_labels", "kicker_turn_labels")
                                           if k in d and (k != "kicker_turn_labels" or "kicker_not_turn" not in off))
                                  or NEVER.pattern, re.I),
        report_lemmas=frozenset() if "report_date" in off else frozenset(
            str(w).lower() for w in (d.get("frame") or {}).get("report_lemmas", [])),
        invitation_lemmas=frozenset(str(w).lower() for w in (d.get("frame") or {}).get("invitation_lemmas", [])),
        idiom_lemmas=frozenset(str(w).lower() for w in (d.get("frame") or {}).get("idiom_lemmas", [])),
        idiom_prepositions=frozenset(str(w).lower() for w in (d.get("frame") or {}).get("idiom_prepositions", [])),
        person_lemmas=frozenset(str(w).lower() for w in (d.get("frame") or {}).get("person_lemmas", [])),
        lone_head=NEVER if "lone_head" in off else _rx(d, "lone_head_cues"),
        not_head_before=_rx(d, "not_head_before"),
        prospective_heads={} if "prospective_noun" in off else {
            str(k): frozenset(str(w).lower() for w in v or ())
            for k, v in [*((d.get("frame") or {}).get("prospective_heads") or {}).items(),
                         *([] if "prospective_attitude" in off else
                           ((d.get("frame") or {}).get("prospective_attitudes") or {}).items())]},
        retrospective_prepositions=frozenset() if "retrospective_noun" in off else frozenset(
            str(w).lower() for w in (d.get("frame") or {}).get("retrospective_prepositions", [])),
        future_auxiliaries=frozenset(str(w).lower() for w in (d.get("frame") or {}).get("future_auxiliaries", [])),
        before_heads={} if "before_anaphora" in off else {
            str(k): frozenset(str(w).lower() for w in v or ())
            for k, v in ((d.get("frame") or {}).get("before_heads") or {}).items()},
        cancel_verbs={} if "cancelled_object" in off else {
            str(w).lower().split()[0]: " ".join(str(w).lower().split()[1:])
            for w in (d.get("frame") or {}).get("cancel_verbs", [])},
        past_future_auxiliaries=frozenset() if "future_in_past" in off else frozenset(
            str(w).lower() for w in (d.get("frame") or {}).get("past_future_auxiliaries", [])),
        speaker_label=_rx(d, "speaker_label"),
        preview_neutral_lemmas=frozenset(
            str(w).lower() for w in (d.get("frame") or {}).get("preview_neutral_lemmas", [])),
        determined_anaphora={} if "determined_anaphora" in off else _determined_words(
            d.get("determined_anaphora") or {}, off),
        cataphora_window=0 if "cataphora" in off else int(d.get("cataphora_window", 0)),
        cataphora=NEVER if "cataphora" in off else _rx(d, "cataphora_cues"),
    )


def _determined_words(d: dict, off: frozenset) -> dict[str, frozenset]:
    """The word lists of rule ``determined_anaphora``; ``discussion_nouns`` ("that lengthy discussion")
    join its ``nouns`` unless rule ``determined_discussion`` is off.

    Examples:
        >>> d = {"nouns": ["meeting"], "discussion_nouns": ["discussion"]}
        >>> sorted(_determined_words(d, frozenset())["nouns"])
        ['discussion', 'meeting']
        >>> sorted(_determined_words(d, frozenset({"determined_discussion"}))["nouns"])
        ['meeting']
    """
    out = {str(k): frozenset(str(w).lower() for w in v or ()) for k, v in d.items() if k != "discussion_nouns"}
    if "determined_discussion" not in off:
        extra = frozenset(str(w).lower() for w in d.get("discussion_nouns") or ())
        out["nouns"] = out.get("nouns", frozenset()) | extra
    return out


def load_encounter_rules(path: str | os.PathLike[str] | None = None) -> EncounterRules:
    """Load (and cache) the encounter rules; default the packaged ``encounters.yml``.

    Examples:
        >>> load_encounter_rules().adjectives["Chinese"]
        'China'
    """
    return _load(str(rules_path(path, default="encounters.yml")))
