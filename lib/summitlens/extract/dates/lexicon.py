"""The temporal rules (``temporal.yml``): tense cues, clause boundaries, parts of periods,
confidences, attachment verb classes.

Examples:
    >>> load_lexicon().parts["month"]["mid"]
    (11, 20)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from summitlens.rules import NEVER, compile_phrases, load_rules, phrase_alternation, rules_path

__all__ = ["TemporalLexicon", "load_lexicon"]


@dataclass(frozen=True, eq=False)
class TemporalLexicon:
    """Compiled temporal rules.

    Attributes:
        path: The rules file.
        future: Future/modality cues.
        prospective: Cues of an event still ahead ("a planned summit", "preparations for"),
            future cues unless ``prospective_event`` is in ``resolver_rules_off``.
        past: Past-tense cues.
        present: Present-tense cues.
        not_past_ed: Words ending in -ed that are not past forms.
        boundaries: Clause boundaries.
        parts: Parts of a month/year/season -> (first, last).
        confidence: Confidence of each rule kind.
        anchor_factor: Factor applied per anchor source.
        bare_month_default: Tense used for a bare month in a clause without any cue.
        verb_classes: Attachment verb classes (class -> compiled lemma/phrase pattern).
        date_prepositions: Prepositions a month word follows when it is a month ("in May").
        clause_breaks: Strong clause breaks for attachment (punctuation, "but", "while" …).
        brackets: Opening -> closing bracket of an embedded clause.
        subordinators: Words opening a subordinate clause that runs to the next comma.
        date_relative: Subordinators whose clause is dated by a date right before them ("when").
        noun_markers: Words after which a verb-class word is a noun ("the report").
        adjacent: What may stand between an event and a date right after it ("in").
        verb_date_gap_words: At most this many words between a class verb and its own date.
        past_markers: Words making a date point back from the anchor ("last", "ago").
        tree: Rules on the dependency tree for attachment (``phrase_deps``,
            ``relational_prepositions``,
            ``change_verbs``, ``quantity_object_deps``, ``period_heads``,
            ``noun_clause_deps``, ``change_sources``, ``complementizers``, ``elliptic_marks``,
            ``raising_deps``, ``span_prepositions``, ``span_rules``, ``parenthetical_sources``, ``bounding_prepositions``,
            ``occasion_prepositions``, ``equality_prepositions``, ``start_verbs``,
            ``period_start_marks``, ``simultaneous_marks``, ``perfect_auxiliaries``,
            ``figure_stuff_prepositions``, ``relative_pronouns``, ``fronted_stop_deps``, ``report_nouns``,
            ``rules_off`` (ids of blocking rules turned off): frozensets of
            lower-case words or labels; ``present_tags``: parser tags of present verbs;
            ``span_before``, ``fronted_before``, ``clause_fronted_before``,
            ``figure_right_before``, ``weekday_name_before``, ``weekday_name_after``,
            ``deadline_after``, ``source_figure``, ``when_after_figure``,
            ``difference_than_link``: compiled patterns; ``date_list_min``: int).
        year_end_parts: Parts of a year that mean its end ("the end of 2018"): late December.
        coordination: What joins coordinated dates ("2018 and 2019").
        baseline_after: Text after a date making it a comparison baseline ("2017 levels").
        figure_before: Text from another figure up to a date right after it ("$3.70 in").
        copula_between: Text between a date and the figure it dates through a copula ("was").
        deadline_before: Text right before a year's end that makes it a deadline ("by the end
            of the year"): the last day.
        attributive_before: Text right before a date that makes it a noun's attribute ("a").
        attributive_after: Text right after such a date ("June summit"): with
            ``attributive_before``, the date is resolved to its occurrence nearest the anchor.
        quote_pairs: (opening quotation mark, the marks that close it).
        undating_rules: Rule ids of expressions that date no event (attachment skips them).
        contract_after: Text after a bare month naming a futures contract ("April gold").
        contract_rules: Rule ids of the bare months ``contract_after`` applies to.
        baseline_before: Text right before a date making it a comparison baseline ("than").
        final_period_after: Text after "the last year" making it a final year, not a date.
        possessive_between: Text from a date with a possessive to the event it dates
            ("next year's Group of Seven summit").
        item_breaks: Breaks between list items (";"): a date in another item is not attached.
        relative_openers: A comma and a relative word opening a clause on a participant
            (", who").
        caption_before: Text before a caption's trailing date (a place, a comma).
        caption_after: Text after it (the end, a bracketed credit).
        relating: The relating prepositions as one pattern ("before", "similar to").
        occasion_before: An occasion preposition and at most three words, ending where the
            search ends ("at a", "during talks with"): the event is the occasion of an act.
        weak_cue_penalty: Extra distance of a tense cue inside another date expression.
        named_day_nearest_days: A named day without a year is its occurrence nearest the
            anchor when that lies at most this many days away (else the tense decides).
        resolver_rules_off: Ids of resolver rules turned off (``resolution.rules_off``).
        attributive_ed_before: A determiner ending where the search ends ("a", "the", "its"): a
            regular "-ed" form right after it is an adjective ("a shortened trading week"), no
            past cue (``resolution.attributive_ed_before``, rule ``attributive_ed``).
        decade_year_max: "N decades ago" with N at most this is the year 10N years back, not a
            decade (``resolution.decade_year_max``, rule ``one_decade_year``).
    """

    path: str
    future: re.Pattern
    prospective: re.Pattern
    past: re.Pattern
    present: re.Pattern
    not_past_ed: frozenset
    boundaries: re.Pattern
    parts: dict
    confidence: dict
    anchor_factor: dict
    bare_month_default: str
    verb_classes: dict
    verb_lemmas: dict
    date_prepositions: re.Pattern
    clause_breaks: re.Pattern
    brackets: dict
    subordinators: re.Pattern
    date_relative: frozenset
    noun_markers: frozenset
    adjacent: re.Pattern
    verb_date_gap_words: int
    past_markers: re.Pattern
    tree: dict
    year_end_parts: frozenset = frozenset()
    deadline_before: re.Pattern = NEVER
    coordination: re.Pattern = NEVER
    baseline_after: re.Pattern = NEVER
    figure_before: re.Pattern = NEVER
    copula_between: re.Pattern = NEVER
    attributive_before: re.Pattern = NEVER
    attributive_after: re.Pattern = NEVER
    weak_cue_penalty: int = 0
    quote_pairs: tuple = ()
    named_day_nearest_days: int = 0
    undating_rules: frozenset = frozenset()
    contract_after: re.Pattern = NEVER
    contract_rules: frozenset = frozenset()
    possessive_between: re.Pattern = NEVER
    item_breaks: re.Pattern = NEVER
    relating: re.Pattern = NEVER
    caption_before: re.Pattern = NEVER
    caption_after: re.Pattern = NEVER
    relative_openers: re.Pattern = NEVER
    baseline_before: re.Pattern = NEVER
    final_period_after: re.Pattern = NEVER
    occasion_before: re.Pattern = NEVER
    resolver_rules_off: frozenset = frozenset()
    decade_year_max: int = 0
    earliest_before: re.Pattern = NEVER
    earliest_verb_before: re.Pattern = NEVER
    attributive_ed_before: re.Pattern = NEVER


@lru_cache(maxsize=8)
def _load(path: str) -> TemporalLexicon:
    d = load_rules(path)
    cues = d["tense_cues"]

    def alt(items):
        return re.compile(r"(?<![\w'])(?:" + "|".join(f"(?:{x})" for x in items) + r")(?!\w)", re.I)

    def rx(section: dict, key: str, flags: int = re.I) -> re.Pattern:
        return re.compile(section[key], flags) if key in section else NEVER

    att = d.get("attachment", {})
    attr = d.get("attributive_date", {})

    classes = att.get("verb_classes", {})
    return TemporalLexicon(
        path=path,
        future=alt(cues["future"]), past=alt(cues["past"]), present=alt(cues["present"]),
        prospective=alt(cues["prospective"]) if cues.get("prospective") else NEVER,
        not_past_ed=frozenset(w.lower() for w in cues.get("not_past_ed", [])),
        boundaries=re.compile(d["clause_boundaries"], re.I),
        parts={k: {p: tuple(r) for p, r in v.items()} for k, v in d["parts"].items()},
        confidence=dict(d["confidence"]), anchor_factor=dict(d["anchor_factor"]),
        bare_month_default=str(d.get("bare_month_default", "none")),
        year_end_parts=frozenset(str(w).lower() for w in d.get("year_end_parts", [])),
        attributive_before=rx(attr, "before"),
        attributive_after=rx(attr, "after"),
        weak_cue_penalty=int(d.get("weak_cue_penalty", 0)),
        named_day_nearest_days=int(d.get("named_day_nearest_days", 0)),
        undating_rules=frozenset(str(r) for r in att.get("undating_rules", [])),
        contract_after=rx(att, "contract_after"),
        contract_rules=frozenset(str(r) for r in att.get("contract_rules", [])),
        baseline_before=rx(att, "baseline_before"),
        final_period_after=rx(d, "final_period_after"),
        resolver_rules_off=frozenset(str(r) for r in (d.get("resolution") or {}).get("rules_off") or ()),
        decade_year_max=int((d.get("resolution") or {}).get("decade_year_max") or 0),
        earliest_before=re.compile(r"(?<!\w)(?:" + (d.get("resolution") or {}).get("earliest_before", "(?!)") + r")\s+$", re.I),
        earliest_verb_before=re.compile(r"(?<!\w)(?:" + (d.get("resolution") or {}).get("earliest_verb_before", "(?!)")
                                        + r")\s+(?:\w+\s+)?$", re.I),
        attributive_ed_before=re.compile(r"(?:" + (d.get("resolution") or {}).get("attributive_ed_before", "(?!)")
                                         + r")\s+$", re.I),
        possessive_between=rx(att, "possessive_between"),
        quote_pairs=tuple((str(q)[0], str(q)[1:]) for q in d.get("quote_pairs", [])),
        deadline_before=re.compile(r"(?<!\w)(?:" + d.get("deadline_before", "(?!)") + r")\s+$", re.I),
        verb_classes={k: compile_phrases(v) for k, v in classes.items()},
        verb_lemmas={k: frozenset(str(w).lower() for w in v if " " not in str(w)) for k, v in classes.items()},
        date_prepositions=re.compile(
            r"(?:" + "|".join(d.get("month_prepositions", ["in"])) + r")[\s-]+$", re.I),
        clause_breaks=re.compile(att.get("clause_breaks", ";"), re.I),
        item_breaks=rx(att, "item_breaks", 0),
        relating=compile_phrases(att.get("relational_prepositions", [])),
        occasion_before=re.compile(
            phrase_alternation(att.get("occasion_prepositions", [])) + r"\s+(?:[\w'’.-]+\s+){0,3}$", re.I),
        caption_before=rx(att, "caption_before", 0),
        caption_after=rx(att, "caption_after", 0),
        relative_openers=re.compile(r",\s+(?:" + phrase_alternation(att.get("relative_openers", [])) + r")(?!\w)", re.I),
        brackets={str(b)[0]: str(b)[1] for b in att.get("brackets", [])},
        subordinators=compile_phrases(att.get("subordinators", [])),
        date_relative=frozenset(str(w).lower() for w in att.get("date_relative", [])),
        noun_markers=frozenset(str(w).lower() for w in att.get("noun_markers", [])),
        baseline_after=rx(att, "baseline_after"),
        coordination=rx(att, "coordination"),
        figure_before=rx(att, "figure_before"),
        copula_between=rx(att, "copula_between"),
        adjacent=re.compile(r"\s*(?:" + phrase_alternation(att.get("adjacent_links", [])) + r"\s+)?", re.I),
        verb_date_gap_words=int(att.get("verb_date_gap_words", 3)),
        past_markers=compile_phrases(att.get("past_markers", [])),
        tree={**{k: frozenset(str(w).lower() for w in att.get(k, [])) for k in (
            "phrase_deps", "argument_deps", "relational_prepositions",
            "change_verbs", "quantity_object_deps", "period_heads", "noun_clause_deps",
            "change_sources", "complementizers", "elliptic_marks", "raising_deps", "span_prepositions",
            "period_participles", "period_nouns", "span_rules", "parenthetical_sources", "bounding_prepositions",
            "occasion_prepositions", "equating_verbs", "condition_marks", "source_prepositions",
            "equality_prepositions", "start_verbs", "instrument_acts", "rules_off", "period_start_marks",
            "simultaneous_marks", "comparison_verbs", "deictic_rules", "purpose_prepositions",
            "when_marks", "goal_prepositions", "deadline_prepositions", "end_prepositions",
            "antecedent_time_nouns", "difference_marks", "level_changing_verbs", "anaphoric_time_adverbs",
            "deadline_relations", "colon_frame_deps", "elaboration_marks",
            "document_nouns", "source_links", "trailing_clause_deps", "measure_participles", "part_links",
            "source_container_nouns", "perfect_auxiliaries", "figure_stuff_prepositions", "relative_pronouns",
            "fronted_stop_deps", "degree_words", "charge_verbs", "partitive_heads",
            "restating_links", "scope_opening_marks", "sequel_verbs", "value_nouns",
            "generic_deictic_words", "rate_units", "rate_markers", "rate_adverbs", "subject_deps", "report_nouns")},
              **{k: frozenset(str(w) for w in att.get(k, [])) for k in ("present_tags",)},
              **{k: rx(att, k) for k in ("span_before", "fronted_before", "clause_fronted_before",
                                         "figure_right_before", "appositive_link", "converted_before", "difference_baseline",
                                         "bracket_figure_before", "range_link", "range_start_before",
                                         "attribute_after", "own_level_after",
                                         "own_level_before", "bracket_list_link", "weekday_name_before",
                                         "weekday_name_after", "deadline_after", "source_figure", "when_after_figure",
                                         "during_span_before", "change_base_before",
                                         "change_base_range_after", "difference_than_link")},
              "date_list_min": int(att.get("date_list_min", 3))},
    )


def load_lexicon(path: str | os.PathLike[str] | None = None) -> TemporalLexicon:
    """Load (and cache) the temporal rules (default the packaged ``temporal.yml``).

    Args:
        path: A rules YAML of your own, or None.

    Returns:
        The compiled :class:`TemporalLexicon`.

    Examples:
        >>> "said" in load_lexicon().verb_lemmas["reporting"] or "say" in load_lexicon().verb_lemmas["reporting"]
        True
    """
    if path is None:
        return _default()
    return _load(str(rules_path(path, default="temporal.yml")))


@lru_cache(maxsize=1)
def _default() -> TemporalLexicon:
    return _load(str(rules_path(None, default="temporal.yml")))
