"""Link sentence mentions to their document's event.

Given the sentence mentions of one document (:func:`summitlens.extract.meetings.extract_meetings`)
and its :class:`~summitlens.extract.encounters.events.DocEvent`:

* a transcript of talks with another leader keeps that leader: mentions whose Putin–Xi
  participants were inferred (``coreference``/``implied``, "I"/"you" in a turn) take the
  event's participants instead — never a default leader;
* an undated mention of the same leaders, with no place, occasion or status that contradicts
  the event, is that event (``link = event``, or ``anaphora`` when it says "the talks", "the
  visit" …): it takes the event's date (``date_source = event``) and, unless its own clause
  names a mode, the event's mode;
* the headline of a title formula and sentences that refer to the event only by anaphora
  ("The talks focused on trade.") become mentions of the event.

Examples:
    >>> from datetime import date
    >>> from summitlens.extract.meetings import extract_meetings
    >>> from summitlens.extract.encounters.events import document_event
    >>> s = ["Russian-Chinese talks", "Vladimir Putin held talks in Beijing with President of China Xi Jinping.",
    ...      "The talks focused on trade."]
    >>> ms = extract_meetings(s, anchor=date(2022, 2, 4))
    >>> ev = document_event(s[0], s[1:], anchor=date(2022, 2, 4), lead_mention=ms[0] if ms else None)
    >>> rows = link_mentions(s, ms, ev, is_headline=[True, False, False])
    >>> [(r["sentence_index"], r["link"], str(r["start"])) for r in rows]
    [(0, 'headline', '2022-02-04'), (1, 'event', '2022-02-04'), (2, 'anaphora', '2022-02-04')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import asdict

from summitlens.extract.encounters.events import DocEvent
from summitlens.extract.encounters.rules import EncounterRules, load_encounter_rules
from summitlens.extract.encounters.syntax import sole_argument, supports
from summitlens.extract.dates import detect_tense, load_lexicon
from summitlens.extract.dates.tense import clause_bounds
from summitlens.extract.gazetteer import Gazetteer, find_entities, load_gazetteer
from summitlens.extract.meetings import (
    TITLE_PREFIXES, _conditional, _gathering_leaders, _gathering_near, _non_head_subject, _parsed, _present_subject,
    _prospective_at,
    country_of_participant, hedged_before, is_head, load_cues, title_leaders)

__all__ = ["link_mentions"]

_HELD = ("occurred", "virtual", "phone")
_SAME_DAYS = 7  # a dated mention joins the event when its interval (at most a week) holds the event day
_NON_PARTICIPANT_ROLES = ("spokesperson", "diplomat")
#: Title formulas of a conversation between the two (their transcript's "you" is the other)
_CONVERSATION = ("talks_with", "phone_with", "video_with", "bilateral_talks", "press_statements")


def _countries(participants, gz: Gazetteer, day=None) -> set[str]:
    """Countries of heads-of-state participants (``leader_of_<Country>``, a people.yml
    leader, or an official head on ``day``); any other official counts as their own id, so no
    official joins a heads' event."""
    out = set()
    for p in participants:
        out.add(country_of_participant(p, gz) or p if is_head(p, gz, day=day) else p)
    return out


def heads_event(ev: DocEvent, gz: Gazetteer) -> bool:
    """Whether every participant of an event is a head of state or government (people.yml
    ``role: leader``/``leader_other``, or ``leader_of_<Country>``) of two or more countries:
    its headline and anaphora are mentions too. A meeting with a minister, a governor or an
    executive is not (ANNOTATION.md).

    Examples:
        >>> from summitlens.extract.encounters.events import DocEvent
        >>> ev = DocEvent(("leader_of_Belarus", "putin"), False, "in_person", "occurred", None, None, "", "", "",
        ...               "", "multilateral_named", 0)
        >>> heads_event(ev, load_gazetteer())
        True
        >>> from dataclasses import replace
        >>> heads_event(replace(ev, participants=("putin", "wang_yi")), load_gazetteer())
        False
    """
    return _heads_pair(ev.participants, gz, ev.start)


def _heads_pair(participants, gz: Gazetteer, day=None) -> bool:
    """Heads of state or government of two countries or more, and no one else."""
    return bool(participants) and all(is_head(p, gz, day=day) for p in participants) \
        and len(_countries(participants, gz, day)) >= 2


def _group(status: str) -> str:
    return "held" if status in _HELD else status


def _status_for(mode: str, status: str) -> str:
    if status in _HELD:
        return "occurred" if mode == "in_person" else mode
    return status


def _own_mode(text: str, rl: EncounterRules, cq) -> str:
    """The mode a sentence states itself ('' when it states none)."""
    if cq.phone.search(text):
        return "phone"
    if cq.virtual.search(text):
        return "virtual"
    return "in_person" if rl.in_person.search(text) else ""


def _event_row(ev: DocEvent, i: int, cue: str, cue_start: int, link: str, text: str = "",
               under_way: re.Pattern | None = None) -> dict:
    # "A number of documents will be signed following the talks": said of the event as still to
    # come; "today's talks will further develop our relations": the event under way (held)
    tense = detect_tense(text, span=(cue_start, cue_start + len(cue))) if text else "none"
    now = under_way is not None and _group(ev.status) == "held" and bool(under_way.search(text))
    status = "planned" if tense == "future" and ev.status != "cancelled" and not now else ev.status
    return {"sentence_index": i, "char_start": cue_start, "char_end": cue_start + len(cue), "cue": cue,
            "participants": ev.participants, "is_putin_xi": ev.is_putin_xi, "participants_source": "coreference",
            "place": ev.place, "country": ev.country, "occasion": ev.occasion, "start": ev.start, "end": ev.end,
            "granularity": "day" if ev.start is not None else "", "date_surface": "",
            "status": status, "mode": ev.mode, "tense": tense, "confidence": 0.7,
            "link": link, "date_source": "event" if ev.start is not None else "", "mode_source": "event"}


def _non_finite(text: str, start: int, end: int, rl: EncounterRules) -> bool:
    """The anaphor at ``[start, end)`` hangs from an infinitive or a bare gerund on the parse
    ("flew to Oslo to prepare the summit"; rule ``past_own_clause``): a past verb above it reports
    another act, and the encounter keeps the status of the one linked."""
    if "past_own_clause" in rl.rules_off:
        return False
    from summitlens.extract.encounters.syntax import non_finite_clause

    return non_finite_clause(_parsed(text), start, end)


def _cancelled_object(text: str, start: int, end: int, rl: EncounterRules) -> bool:
    """The anaphor at ``[start, end)`` is the direct object of a cancelling verb on the parse
    ("Obama canceled the summit"; rule ``cancelled_object``, encounters.yml ``frame.cancel_verbs``)."""
    from summitlens.extract.encounters.syntax import cancelled_object

    return cancelled_object(_parsed(text), start, end, verbs=rl.cancel_verbs)


def _future_in_past(text: str, start: int, end: int, rl: EncounterRules) -> bool:
    """The anaphor's clause looks ahead from the past only ("nothing would come out of the talks";
    rule ``future_in_past``, encounters.yml ``frame.past_future_auxiliaries``)."""
    from summitlens.extract.encounters.syntax import future_in_past

    return future_in_past(_parsed(text), start, end, past_future=rl.past_future_auxiliaries,
                          future=rl.future_auxiliaries - rl.past_future_auxiliaries)


def _named_leaders_only(sentences, rows: list[dict], heads, gz: Gazetteer) -> list[dict]:
    """Drop Putin–Xi mentions inferred by coreference ("you" in a transcript turn, "the two
    leaders") when the document has not named both leaders by then (headline included): a
    transcript's counterpart is whoever the text names, never a default leader."""
    inferred = [r for r in rows if r["is_putin_xi"] and r["participants_source"] == "coreference"]
    if not inferred:
        return rows
    leaders = set(gz.leaders())
    last = max(r["sentence_index"] for r in inferred)
    seen: set[str] = set()
    named_by: list[set[str]] = []
    for i in range(last + 1):
        seen = seen | {e.id for e in find_entities(sentences[i] or "", gazetteer=gz, kinds=("person",))
                       if e.id in leaders}
        named_by.append(seen)
    head = next((i for i, x in enumerate(heads) if x), None)
    head_named = named_by[head] if head is not None and head <= last else set()
    named_pair = "inferred_pair_named" not in load_encounter_rules().rules_off
    out = []
    for r in rows:
        if not (r["is_putin_xi"] and r["participants_source"] == "coreference") \
                or leaders <= (named_by[r["sentence_index"]] | head_named | _titled_here(sentences, r, gz)):
            out.append(r)
            continue
        # (rule inferred_pair_named)
        kept = _named_heads_kept(sentences[r["sentence_index"]] or "", r, gz) if named_pair else None
        if kept:
            out.append(kept)
    return out


def _named_heads_kept(text: str, r: dict, gz: Gazetteer) -> dict | None:
    """An inferred Putin–Xi row whose own sentence names two other heads of different countries
    ("we pin great hopes on the personal meeting between President Trump and North Korean leader Kim
    Jong-un", said by Putin): the row of those heads, without the leaders inferred by coreference
    (rule ``inferred_pair_named``, which the caller checks); None when the sentence names fewer than two.

    Examples:
        >>> r = {"participants": ("kim_jong_un", "putin", "trump", "xi"), "is_putin_xi": True,
        ...      "participants_source": "coreference", "start": None}
        >>> _named_heads_kept("the meeting between President Trump and Kim Jong-un", r, load_gazetteer())["participants"]
        ('kim_jong_un', 'trump')
        >>> _named_heads_kept("we discussed the meeting", r, load_gazetteer()) is None
        True
    """
    named = {e.id for e in find_entities(text, gazetteer=gz, kinds=("person",))} \
        | {e.id for e in title_leaders(text, gazetteer=gz, day=r["start"])}
    mine = {p for p in r["participants"] if p in named and is_head(p, gz, day=r["start"])}
    if len({country_of_participant(p, gz) for p in mine}) < 2:
        return None
    return {**r, "participants": tuple(sorted(mine)), "is_putin_xi": False, "participants_source": "explicit"}


def _titled_here(sentences, r: dict, gz: Gazetteer) -> set[str]:
    """Participants of row ``r`` its own sentence names by a title ("speak with the leadership of
    the People's Republic of China", :func:`~summitlens.extract.meetings.title_leaders`): named, like
    by their name.

    Examples:
        >>> r = {"sentence_index": 0, "start": None, "participants": ("obama", "xi")}
        >>> _titled_here(["Obama will speak with the leadership of China."], r, load_gazetteer())
        {'xi'}
    """
    text = sentences[r["sentence_index"]] or ""
    return {e.id for e in title_leaders(text, gazetteer=gz, day=r["start"])} & set(r["participants"])


def _participant_spans(text: str, p: str, ents, gz: Gazetteer, pair: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a sentence names participant ``p``: by name, short name or title, by a place or country
    of their own (the host: "Xi's first visit to Moscow"), by the occasion of a summit of many
    (``leaders_of_<occasion>``), or by a phrase naming both leaders (``pair``).

    Examples:
        >>> t = "Obama flew to Tokyo for talks."
        >>> _participant_spans(t, "leader_of_Japan", find_entities(t), load_gazetteer(), [])
        [(14, 19)]
    """
    from summitlens.extract.meetings import GROUP_PREFIX

    if p.startswith(GROUP_PREFIX):
        occ = p[len(GROUP_PREFIX):]
        return [(e.char_start, e.char_end) for e in ents if e.kind == "occasion" and e.id == occ]
    home = country_of_participant(p, gz)
    out = [(e.char_start, e.char_end) for e in ents
           if e.id == p or (home and e.kind != "occasion" and not e.id.startswith("leader")
                            and (gz.country_of(e.id) if e.kind != "person" else country_of_participant(e.id, gz)) == home
                            and (e.kind != "person" or is_head(e.id, gz)))]
    for n in (gz.people.get(p) or {}).get("short_names") or ():
        out += [m.span() for m in re.finditer(rf"(?<!\w){re.escape(str(n))}(?!\w)", text)]
    return out + (pair if p in gz.leaders() else [])


def _frame_filter(sentences, rows: list[dict], heads, gz: Gazetteer, parsed: dict | None,
                  rl: EncounterRules | None = None) -> list[dict]:
    """Drop explicit mentions whose meeting predicate lacks one of the participants (or a pronoun
    for them) in its syntactic frame ("Trump is enabling Putin and Xi to control … a summit").

    Putin–Xi mentions are always checked; with rule ``frame_all_pairs`` every pair is ("working-level
    staff will finalize the details in future talks", said after "Trump and Kim will agree"). A
    participant the sentence does not name (a short name, a title it cannot place) is not held against
    the mention."""
    every = rl is not None and "frame_all_pairs" not in rl.rules_off

    def checked(r: dict) -> bool:
        return (r["is_putin_xi"] or (every and len(r["participants"]) >= 2)) \
            and r["participants_source"] == "explicit" and not heads[r["sentence_index"]]

    cand = [r for r in rows if checked(r)]
    if not cand:
        return rows
    from summitlens.text.parse import parse

    parsed = dict(parsed or {})
    todo = sorted({r["sentence_index"] for r in cand} - set(parsed))
    for i, d in zip(todo, parse([sentences[i] for i in todo])):
        parsed[i] = d
    cq = load_cues()
    both_named = cq.both_named
    leaders = set(gz.leaders())
    drop = set()
    for k, r in enumerate(rows):
        if not checked(r):
            continue
        text = sentences[r["sentence_index"]]
        ents = find_entities(text, gazetteer=gz, kinds=("person", "place", "country", "occasion"))
        ents += title_leaders(text, gazetteer=gz, day=r["start"], known=ents)
        pair = [m.span() for m in both_named.finditer(text)]
        doc = parsed[r["sentence_index"]]
        # each participant (or a word standing for them) in the predicate's frame: "compared the
        # relationship with Putin … to the one since the visit of Xi" is not their encounter
        if r["is_putin_xi"]:
            if not all(supports(doc, r["char_start"], r["char_end"], _participant_spans(text, p, ents, gz, pair))
                       for p in leaders):
                drop.add(k)
            continue
        # another pair: dropped only when no participant at all is in the frame of any meeting cue
        spans = [x for p in r["participants"] for x in _participant_spans(text, p, ents, gz, pair)]
        cues = [(r["char_start"], r["char_end"]), *(m.span() for m in cq.meeting.finditer(text))]
        if spans and not any(supports(doc, a, b, spans) for a, b in cues):
            drop.add(k)
    return [r for k, r in enumerate(rows) if k not in drop]


def link_mentions(
    sentences: Sequence[str],
    mentions: Sequence,
    event: DocEvent | None,
    *,
    is_headline: Sequence[bool] | None = None,
    dated: Sequence[bool] | None = None,
    gazetteer: Gazetteer | None = None,
    rules: EncounterRules | None = None,
    cues=None,
    parsed: dict | None = None,
    date_spans: Sequence[Sequence[tuple[int, int]]] | None = None,
    paragraph_ids: Sequence | None = None,
) -> list[dict]:
    """Mentions of one document, linked to (and completed by) its event.

    Args:
        sentences: The document's sentences (match form), in order.
        mentions: Its sentence mentions (``MeetingMention``), in order.
        event: Its document event, or None.
        is_headline: Whether each sentence is the headline (default: the first one).
        dated: Per sentence, whether it holds a resolved date expression, or the ``(start,
            end)`` intervals of those it holds (an anaphoric sentence with a date of its own is
            not added as a mention of the event, unless every such interval holds the event's
            day: "today's talks" in the report of the day's talks).
        gazetteer: People/places/occasions.
        rules: Encounter rules.
        cues: Meeting cues (``meetings.yml``).
        parsed: Sentence index -> spaCy ``Doc`` for sentences already parsed (the rest of
            the candidates are parsed here).
        date_spans: Per sentence, the ``(char_start, char_end)`` offsets of the intervals in
            ``dated``, in the same order: a news anaphor is unlinked only by a date in its own clause
            ("The summit came and went, and the deadline was pushed to July 4" is the summit; rule
            ``clause_dates``). Default: every date of the sentence counts.
        paragraph_ids: Per sentence, its paragraph: with rule ``turn_block_anaphora`` on (it ships
            off), a turn label ("Vladimir Putin: …") keeps news anaphora out of its turn block only;
            otherwise, or without them, a document with any turn label gets no news anaphora.

    Returns:
        One dict per mention (the ``MeetingMention`` fields plus ``link`` — ``''``,
        ``event``, ``anaphora``, ``headline`` or ``participants`` — and ``date_source`` —
        ``sentence``, ``event`` or ``''`` — and ``mode_source`` — ``cue``, ``event`` or
        ``default``), sorted by sentence.
    """
    heads = list(is_headline) if is_headline is not None else [i == 0 for i in range(len(sentences))]
    gz, rl, cq = gazetteer or load_gazetteer(), rules or load_encounter_rules(), cues or load_cues()
    out = _link_event(sentences, mentions, event, heads, dated, gz, rl, cq, parsed)
    return _postponed(sentences, _news_chain(sentences, out, event, heads, dated, gz, rl, cq,
                                             date_spans=date_spans, paragraph_ids=paragraph_ids), cq)


def _postponed(sentences: Sequence[str], rows: list[dict], cq) -> list[dict]:
    """An anaphor in a clause that postpones its encounter ("but the meeting was postponed because of a
    snowstorm") refers to one still to come, whatever the encounter linked (rule ``postponed_planned``,
    meetings.yml ``status_cues.postponed``)."""
    for r in rows:
        if r["link"] != "anaphora" or r["status"] in ("cancelled", "hypothetical"):
            continue
        text = sentences[r["sentence_index"]]
        lo, hi = _clause(text, r["char_start"], r["char_end"])
        if cq.postponed.search(text[lo:hi]) and not cq.cancelled.search(text[lo:hi]):
            r["status"] = "planned"
    return rows


def _link_event(sentences: Sequence[str], mentions: Sequence, event: DocEvent | None, heads: list[bool],
                dated: Sequence | None, gz: Gazetteer, rl: EncounterRules, cq, parsed: dict | None) -> list[dict]:
    """Link mentions to the document's event (see :func:`link_mentions`; defaults resolved there)."""
    has_date = [_dated_otherwise(d, event) for d in dated] if dated is not None else [False] * len(sentences)
    out: list[dict] = []
    for m in mentions:
        r = asdict(m)
        r["link"] = ""
        r["date_source"] = "sentence" if m.start is not None else ""
        r["mode_source"] = "cue" if _own_mode(sentences[m.sentence_index], rl, cq) else "default"
        out.append(r)
    out = _named_leaders_only(sentences, out, heads, gz)
    out = _pronoun_pairs(sentences, out, event, gz, rl, cq)
    out = _frame_filter(sentences, out, heads, gz, parsed, rl)
    if event is None:
        return out
    ev = event
    ev_parts = set(ev.participants)
    heads_ev = not ev.is_putin_xi and heads_event(ev, gz)
    ev_countries = _countries(ev.participants, gz, ev.start)
    for r in out:
        text = sentences[r["sentence_index"]]
        # a heads-of-state event (a council, talks with another leader): a mention of some of
        # its own participants' countries is linked to it like a Putin–Xi one
        own = heads_ev and not r["is_putin_xi"]
        if own:
            mine = _countries(r["participants"], gz, ev.start)
            own = len(mine) >= 2 and mine <= ev_countries
        if not ev.is_putin_xi and not own:
            # "I will soon visit Beijing at the invitation of President Xi Jinping", said at a
            # meeting with a minister: a leader the sentence names outside the event makes it
            # another encounter, kept as the sentence gives it
            ents = find_entities(text, gazetteer=gz)
            named = {e.id for e in ents if e.kind == "person"} | _titled_here(sentences, r, gz)
            # (a summit both leaders' countries belong to keeps its pair: "Putin will attend the
            # BRICS summit", said in the announcement of a visit to the host country)
            gathering = bool(r["occasion"]) and set(gz.leaders()) <= _gathering_leaders(ents, text, gz)
            if r["is_putin_xi"] and r["participants_source"] != "explicit" and named <= ev_parts and not gathering:
                r.update(participants=ev.participants, is_putin_xi=False, link="participants")
            continue
        if not (r["is_putin_xi"] or own) or r["status"] in ("cancelled", "hypothetical"):
            continue
        if r["start"] is not None and (ev.start is None or not (r["start"] <= ev.start <= r["end"])
                                       or (r["end"] - r["start"]).days > _SAME_DAYS):
            continue  # dated otherwise, or only by a month or a year: left as the sentence dates it
        if r["place"] and ev.place and r["place"] != ev.place:
            continue
        if r["country"] and ev.country and r["country"] != ev.country and not r["place"]:
            continue
        if r["occasion"] and ev.occasion and r["occasion"] != ev.occasion:
            continue
        if _group(r["status"]) != _group(ev.status):
            # "I am glad to have this opportunity today": in a held event's report, the event
            # a tenseless phrase ("Speech at a meeting between the presidents …") or "this summit"
            # with a future predicate ("your participation will help at this summit"): the event too
            under_way = rl.present_anaphora.search(text) and r["start"] is None
            if not (_group(ev.status) == "held" and r["status"] == "planned" and ev.start is not None
                    and (r["tense"] != "future" or under_way)
                    and (rl.same_day.search(text) or rl.anaphora.search(text) or under_way
                         or (r["start"] is None and r["tense"] == "present")
                         or (r["start"] is None and r["tense"] == "none"
                             and (not r["occasion"] or r["occasion"] == ev.occasion))
                         or (heads[r["sentence_index"]] and ev.source != "lead"))) \
                    and not _own_occasion_now(r, ev, text, cq):
                continue
            r["status"] = ev.status
        own_mode = _own_mode(text, rl, cq)
        if own_mode and own_mode != ev.mode:
            continue  # "we also had telephone conversations": another encounter
        mode = own_mode or ev.mode
        r.update(start=ev.start, end=ev.end, granularity="day" if ev.start is not None else "",
                 date_source="event" if ev.start is not None else "", mode=mode,
                 status=_status_for(mode, r["status"]), place=r["place"] or ev.place,
                 country=r["country"] or ev.country, occasion=r["occasion"] or ev.occasion,
                 link="headline" if heads[r["sentence_index"]] and ev.source != "lead"
                 else "anaphora" if rl.anaphora.search(text) else "event",
                 mode_source="cue" if own_mode else "event")
    if not (ev.is_putin_xi or heads_ev):
        return out
    have = {r["sentence_index"] for r in out}
    if ev.source != "lead":
        h = next((i for i, x in enumerate(heads) if x), None)
        if h is not None and h not in have:
            out.append(_event_row(ev, h, sentences[h], 0, "headline"))
            have.add(h)
    for i, text in enumerate(sentences):
        # a sub-heading in the title formula ("Beginning of meeting with President of China
        # Xi Jinping") naming the event's participants is the event too
        if i in have or heads[i] or not text or text.rstrip().endswith((".", "?", "!")) \
                or len(text.split()) > 25 or rl.formula(text) is None or rl.turn.match(text):
            continue
        named = {e.id for e in find_entities(text, gazetteer=gz, kinds=("person",))}
        if named and named <= ev_parts:
            out.append(_event_row(ev, i, text, 0, "headline"))
            have.add(i)
    others = {pid for pid, p in gz.people.items()
              if pid not in ev_parts and p.get("role") not in _NON_PARTICIPANT_ROLES}
    for i, text in enumerate(sentences):
        if i in have or heads[i] or not text or has_date[i]:
            continue
        a = rl.anaphora.search(text)
        if a is None:
            continue
        if any(e.id in others for e in find_entities(text, gazetteer=gz, kinds=("person",))):
            continue
        if _not_held(text, a.start(), a.end(), cq):
            continue
        if _elsewhere(text, ev, gz):
            continue  # "during our meeting in Sochi", said in the report of a Beijing forum
        summit = _summit_antecedent(i, a.group(0), out, gz, rl, event=ev)
        out.append(_event_row(summit or ev, i, a.group(0), a.start(), "anaphora", text, rl.present_anaphora))
        have.add(i)
    for i, text in enumerate(sentences):
        if i in have or heads[i] or not text or has_date[i]:
            continue
        ref = _group_reference(text, ev, rl, gz, others)
        if ref is None or _not_held(text, ref[1], ref[1] + len(ref[0]), cq):
            continue
        out.append(_event_row(ev, i, ref[0], ref[1], "anaphora", text, rl.present_anaphora))
        have.add(i)
    if _group(ev.status) == "held" and ev.mode == "in_person":
        for i, text in enumerate(sentences):
            # "allow me to welcome you to Moscow", "We are very happy to see you here": the
            # encounter under way, greeted in its own transcript
            if i in have or heads[i] or not text or has_date[i]:
                continue
            g = rl.greetings.search(text)
            if g is None or _not_held(text, g.start(), g.end(), cq) or _elsewhere(text, ev, gz) \
                    or any(e.id in others for e in find_entities(text, gazetteer=gz, kinds=("person",))):
                continue
            out.append(_event_row(ev, i, g.group(0), g.start(), "anaphora", text, rl.present_anaphora))
            have.add(i)
    for i, text in enumerate(sentences):
        # "timed to coincide with Mr Xi Jinping's visit": a participant's own visit or talks
        if i in have or heads[i] or not text or has_date[i] or ev.source == "lead":
            continue
        ref = _possessive_reference(text, ev, rl, gz, others)
        if ref is None or _not_held(text, ref[1], ref[1] + len(ref[0]), cq) or _elsewhere(text, ev, gz):
            continue
        out.append(_event_row(ev, i, ref[0], ref[1], "anaphora", text, rl.present_anaphora))
    return sorted(out, key=lambda r: (r["sentence_index"], r["char_start"]))


#: Sentences looked back for the summit "the summit", "this meeting" refers to (rule summit_anaphora)
_SUMMIT_BACK = 3


def _summit_antecedent(i: int, anaphor: str, rows: Sequence[dict], gz: Gazetteer, rl: EncounterRules, *,
                       event: DocEvent | None = None) -> DocEvent | None:
    """The encounter a gathering anaphor ("the summit", "this meeting", ``encounters.yml``
    ``gathering_words``) of sentence ``i`` refers to when it is not the document's own event: the
    nearest mention in the :data:`_SUMMIT_BACK` sentences before it, when that mention is

    * of a gathering whose members are identifiable (``occasions.yml`` ``members``: "the BRICS
      Summit in Goa … this meeting will be a good opportunity"; rule ``summit_anaphora``), or
    * a heads' encounter the sentence names itself, of other participants than ``event`` ("You
      met Theresa May yesterday. What was the outcome of the meeting?", in the news conference
      after a summit; rule ``nearest_meeting``).

    None otherwise (the anaphor is the document's event).

    Examples:
        >>> r = {"sentence_index": 0, "participants": ("putin", "xi"), "is_putin_xi": True, "mode": "in_person",
        ...      "status": "planned", "start": None, "end": None, "date_source": "", "place": "Goa",
        ...      "country": "India", "occasion": "BRICS_summit", "link": "", "char_start": 4}
        >>> _summit_antecedent(1, "this meeting", [r], load_gazetteer(), load_encounter_rules()).occasion
        'BRICS_summit'
        >>> _summit_antecedent(1, "the visit", [r], load_gazetteer(), load_encounter_rules()) is None
        True
    """
    if not rl.gathering.search(anaphor):
        return None
    before = [r for r in rows if i - _SUMMIT_BACK <= r["sentence_index"] < i]
    if not before:
        return None
    r = max(before, key=lambda r: (r["sentence_index"], r["char_start"]))
    if r["status"] in ("cancelled", "hypothetical") or not _heads_pair(r["participants"], gz, r["start"]):
        return None
    if r["occasion"] and gz.members(r["occasion"], identifiable=True):
        return None if "summit_anaphora" in rl.rules_off else _as_event(r)
    if "nearest_meeting" in rl.rules_off or event is None or r["link"] \
            or set(r["participants"]) == set(event.participants):
        return None
    return _as_event(r)


def _own_occasion_now(r: dict, ev: DocEvent, text: str, cq) -> bool:
    """In a held event's report, a mention of the event's own occasion dated on its day, or
    undated with no planning cue ("Today we are holding the meeting of the Supreme State
    Council", "thank you for the invitation to attend a meeting of the Council"), is the event."""
    if not ev.occasion or r["occasion"] != ev.occasion or _group(ev.status) != "held":
        return False
    if r["start"] is not None:
        # "on June 8, the President will have talks": later on the event's day, still to come
        return r["start"] == ev.start == r["end"] and r["tense"] != "future"
    return not cq.planned_near.search(text)



def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause ``[lo, hi)`` of ``text`` around ``[start, end)``: :func:`~summitlens.extract.dates.tense.clause_bounds`
    on the lexicon's clause boundaries (one place for every clause check of this module)."""
    return clause_bounds([b.start() for b in load_lexicon().boundaries.finditer(text)], start, end, len(text))

def _not_held(text: str, start: int, end: int, cq) -> bool:
    """A cancellation or hypothetical cue in the clause of ``text[start:end]`` ("if they
    continue to cooperate" after "The two leaders expressed confidence" does not count)."""
    lo, hi = _clause(text, start, end)
    clause = text[lo:hi]
    return bool(cq.cancelled.search(clause) or cq.hypothetical.search(clause))


def _possessive_reference(text: str, ev: DocEvent, rl: EncounterRules, gz: Gazetteer,
                          others: set[str]) -> tuple[str, int] | None:
    """``(surface, start)`` of a participant's own encounter by possessive ("Mr Xi Jinping's
    visit", "Putin's talks") in the report of a bilateral Putin–Xi event, or None."""
    if len(ev.participants) != 2:
        return None
    people = find_entities(text, gazetteer=gz, kinds=("person",))
    if any(e.id in others for e in people):
        return None
    for e in people:
        if e.id in ev.participants:
            m = rl.possessive_event.match(text, e.char_end)
            if m is not None:
                return text[e.char_start:m.end()], e.char_start
    return None


def _dated_otherwise(d, ev: DocEvent | None) -> bool:
    """Whether a sentence's dates (a bool, or ``(start, end)`` intervals) name another time
    than the event's day."""
    if isinstance(d, bool) or d is None:
        return bool(d)
    if ev is None or ev.start is None:
        return bool(d)
    return any(not (a <= ev.start <= b) for a, b in d)


def _elsewhere(text: str, ev: DocEvent, gz: Gazetteer) -> bool:
    """The sentence names a city or country other than the event's own place."""
    for e in find_entities(text, gazetteer=gz, kinds=("place",)):
        if ev.place and e.id != ev.place:
            return True
        country = gz.country_of(e.id)
        if not ev.place and ev.country and country and country != ev.country:
            return True
    return False


def _pronoun_pairs(sentences: Sequence[str], rows: list[dict], ev: DocEvent | None, gz: Gazetteer,
                   rl: EncounterRules, cq) -> list[dict]:
    """Drop Putin–Xi mentions whose pair comes only from "you"/"we" in a speaker's turn, unless
    the document is a conversation of the two (a bilateral talks/call formula, or both speak).
    A sentence naming a leader, the two leaders as a group, or a summit both belong to keeps
    its mention.

    At a news conference or an interview the speaker's "you" is a journalist and "we" his side,
    never the other leader ("Everyone I met with said …").
    """
    leaders = set(gz.leaders())
    if ev is not None and ev.is_putin_xi and ev.source in _CONVERSATION:
        # talks of the two (also with a third leader: "Meeting with Xi Jinping and Battulga")
        return rows
    speakers = set()
    for t in sentences:
        m = rl.turn.match(t or "")
        if m and _label_only(m.group(0)):
            speakers |= {e.id for e in find_entities(m.group(0), gazetteer=gz, kinds=("person",))}
    if leaders <= speakers:
        return rows
    keep = []
    for r in rows:
        if r["is_putin_xi"] and r["participants_source"] == "coreference":
            text = sentences[r["sentence_index"]] or ""
            m = rl.turn.match(text)
            body = text[m.end():] if m else text
            ents = find_entities(body, gazetteer=gz, kinds=("person", "occasion"))
            named = ({e.id for e in ents if e.kind == "person"} | _titled_here(sentences, r, gz)) & leaders
            summit = bool(_gathering_leaders(ents, body, gz))  # "the BRICS summit", not "BRICS countries"
            if not (named or summit or cq.both.search(body) or cq.both_named.search(body)):
                continue
        keep.append(r)
    return keep


_LABEL_WORD = re.compile(r"[A-Z(][\w'’.()-]*|of|the|and|de|van|von|bin|al-?\w*")


def _names_speaker(label: str, gz: Gazetteer, rl: EncounterRules, cq) -> bool:
    """Whether a turn label names who speaks: a person of the gazetteer, a leader's title, an
    interviewer or one of ``speaker_label`` ("Vladimir Putin:", "President of Turkey Recep Tayyip
    Erdogan:", "Question:"); a kicker ("OPINION:", "FILE PHOTO:", "Exclusive:", "THE G-20:") names no
    one and makes no transcript of a news report (rule ``kicker_label``).

    Examples:
        >>> from summitlens.extract.meetings import load_cues
        >>> _names_speaker("Vladimir Putin: ", load_gazetteer(), load_encounter_rules(), load_cues())
        True
        >>> _names_speaker("OPINION: ", load_gazetteer(), load_encounter_rules(), load_cues())
        False
    """
    from summitlens.extract.meetings import title_leaders

    words = label.rstrip().rstrip(":").strip()
    return bool(find_entities(words, gazetteer=gz, kinds=("person",)) or title_leaders(words, gazetteer=gz, cues=cq)
                or cq.interviewer.search(words) or rl.speaker_label.search(words))


def _label_only(label: str) -> bool:
    """A transcript turn label ("President of Russia Vladimir Putin:") holds only a title and a
    name; "The President of China once told me:" is a quotation, no one's turn.

    Examples:
        >>> _label_only("President of Russia Vladimir Putin: "), _label_only("The President of China once told me: ")
        (True, False)
    """
    return all(_LABEL_WORD.fullmatch(w) for w in label.rstrip().rstrip(":").split())


def _group_reference(text: str, ev: DocEvent, rl: EncounterRules, gz: Gazetteer,
                     others: set[str]) -> tuple[str, int] | None:
    """``(surface, start)`` of a reference to the event's participants as a group in
    ``text`` — "the two leaders", "BRICS leaders", every participant of a bilateral event by
    name, or the event's own occasion — or None (also when another leader is named)."""
    people = find_entities(text, gazetteer=gz, kinds=("person",))
    if any(e.id in others for e in people):
        return None
    m = rl.leader_refs.search(text)
    if m is not None:
        return m.group(0), m.start()
    mine = sorted((e for e in people if e.id in ev.participants), key=lambda e: e.char_start)
    if len(ev.participants) == 2 and {e.id for e in mine} == set(ev.participants) and not rl.turn.search(text):
        for a, b in zip(mine, mine[1:]):
            if a.id != b.id and rl.coordinated.search(text[a.char_end:b.char_start]) \
                    and not _relationship_pair(text, a.char_start, a.char_end, rl.relationship_nouns):
                return text[a.char_start:b.char_end], a.char_start
    if ev.occasion:
        w = rl.gathering_window
        for e in find_entities(text, gazetteer=gz, kinds=("occasion",)):
            if e.id == ev.occasion and _gathering_near(e, text, gz, rl.gathering, w):
                return text[e.char_start:e.char_end], e.char_start
    return None


def _relationship_pair(text: str, start: int, end: int, nouns: frozenset) -> bool:
    """The coordinated names starting at ``start`` are the subject of a predicate whose object or
    attribute is a relationship noun (``encounters.yml`` ``relationship_nouns``), on the parse: "Obama
    and Netanyahu had famously frosty relations", "Trump and Macron have had a rocky relationship" speak
    of the pair's relations, not of an encounter (rule ``relationship_pair``).

    Examples:
        >>> t = "Trump and Macron have had a rocky relationship throughout their tenures."
        >>> _relationship_pair(t, 0, 5, frozenset({"relationship"}))
        True
        >>> t = "Trump and Macron discussed trade at length."
        >>> _relationship_pair(t, 0, 5, frozenset({"relationship"}))
        False
    """
    if not nouns:
        return False
    from summitlens.text.parse import head_token

    tok = head_token(_parsed(text), start, end)
    if tok is None:
        return False
    # a verb above the names (the parse may hang a long subject off a phrase before it: "…, as Israel's
    # most vital ally, Obama and Netanyahu had famously frosty relations")
    return any(c.dep_ in ("dobj", "attr", "obj") and (c.lemma_.lower() in nouns or c.lower_ in nouns)
               for h in tok.ancestors if h.pos_ in ("VERB", "AUX") for c in h.children)


def _turn_blocks(turns: Sequence[int], paragraph_ids: Sequence) -> set[int]:
    """The sentences that a document's turn labels make a speaker's own (rule ``turn_block_anaphora``):
    with two turns or more (a transcript), every sentence from the first turn's paragraph on; a
    single turn ("Said Macron: …", a kicker "FILE PHOTO: …"), the sentences of its own paragraph.

    Examples:
        >>> sorted(_turn_blocks([3], [0, 1, 2, 2, 3])), sorted(_turn_blocks([2, 4], [0, 1, 2, 2, 3, 4]))
        ([2, 3], [2, 3, 4, 5])
    """
    paras = list(paragraph_ids)
    first = paras[turns[0]]
    if len(turns) > 1:
        return {i for i, p in enumerate(paras) if p >= first}
    return {i for i, p in enumerate(paras) if p == first}


def _news_chain(sentences: Sequence[str], rows: list[dict], ev: DocEvent | None, heads: Sequence[bool],
                dated, gz: Gazetteer, rl: EncounterRules, cq, *,
                date_spans: Sequence[Sequence[tuple[int, int]]] | None = None,
                paragraph_ids: Sequence | None = None) -> list[dict]:
    """In a news report (no title formula), a sentence that refers to an encounter by anaphora
    ("the meeting", "this encounter", "after their meeting", "the two presidents …") is a
    mention of the most recent encounter of heads of state named explicitly before it (the
    document's event before any): its participants, place, occasion and date; status from
    that encounter and the anaphor's own clause (a future predicate of a held encounter is
    planned; a cancellation cue skips it; a hypothetical cue before the anaphor makes it
    hypothetical). A sentence naming a head outside that encounter, or dated on another day,
    refers to something else.

    Examples:
        >>> from summitlens.extract.meetings import extract_meetings
        >>> s = ["Trump rewrites US foreign policy", "Trump met Russian President Vladimir Putin in Helsinki.",
        ...      "After the meeting, Putin smiled."]
        >>> rows = link_mentions(s, extract_meetings(s, anchor=None), None)
        >>> [(r["sentence_index"], r["link"], r["participants"]) for r in rows]
        [(1, '', ('putin', 'trump')), (2, 'anaphora', ('putin', 'trump'))]
    """
    if ev is not None and ev.source != "lead":
        return rows
    if any(h and (rl.not_event.search(t or "") or (rl.formula(t or "") or ("multilateral_named",))[0]
                  != "multilateral_named") for h, t in zip(heads, sentences)):
        # a message ("their meeting in July" is no report), or a release whose title formula
        # names its own event ("Meeting with permanent members of the Security Council")
        return rows
    headline_turn = "headline_turn_chain" not in rl.rules_off
    blocks = paragraph_ids is not None and "turn_block_anaphora" not in rl.rules_off
    turns = []
    for i, (h, t) in enumerate(zip(heads, sentences)):
        if h and headline_turn:
            continue  # "Trump: 'Mental health' is the issue …": a headline's quotation opens no transcript (rule headline_turn_chain)
        m = rl.turn.match(t or "")
        if m and _label_only(m.group(0)) and not rl.not_turn_label.match(m.group(0)) \
                and ("kicker_label" in rl.rules_off or _names_speaker(m.group(0), gz, rl, cq)):
            if not blocks:
                return rows  # a transcript: "this meeting" is the speaker's own, not one reported
            turns.append(i)
    muted = _turn_blocks(turns, paragraph_ids) if turns else set()
    have = {r["sentence_index"] for r in rows}
    by_i: dict[int, list[dict]] = {}
    for r in rows:
        by_i.setdefault(r["sentence_index"], []).append(r)
    found: list[tuple[int, DocEvent]] = []
    if ev is not None and ev.status != "hypothetical" and heads_event(ev, gz):
        found.append((ev.sentence_index, ev))
    out = list(rows)
    # encounters named explicitly, in order: a plain anaphor in the lead before the first of them
    # refers to it when it comes within `cataphora_window` sentences (rule cataphora)
    named_at = [(r["sentence_index"], r) for r in rows
                if r["link"] in ("", "event", "headline") and r["status"] not in ("hypothetical", "cancelled")
                and _heads_pair(r["participants"], gz, r["start"])]
    cataphora = "cataphora" not in rl.rules_off and not found
    group_cancelled = "group_after_cancelled" not in rl.rules_off
    called_off: list[tuple[int, DocEvent]] = []  # cancelled encounters named in a sentence
    for i, text in enumerate(sentences):
        for r in by_i.get(i, ()):
            if r["link"] in ("", "event", "headline") and r["status"] not in ("hypothetical", "cancelled") \
                    and _heads_pair(r["participants"], gz, r["start"]):
                found.append((i, _as_event(r)))
            elif r["link"] in ("", "event", "headline") and r["status"] == "cancelled" and group_cancelled \
                    and _heads_pair(r["participants"], gz, r["start"]):
                called_off.append((i, _as_event(r)))  # only a group reference links it (rule group_after_cancelled)
        if i in muted:
            continue  # a speaker's turn: "this meeting" is the speaker's own (rule turn_block_anaphora)
        ahead = None  # the encounter named next, for an anaphor before any (rule cataphora)
        if cataphora and not found and not called_off and not heads[i] and i not in have and text:
            ahead = next(((j, _as_event(r)) for j, r in named_at if i < j <= i + rl.cataphora_window), None)
            if ahead is None or not rl.cataphora.search(text):
                continue
            found_here = [ahead]
        else:
            found_here = found
        if i in have or not text or not (found_here or called_off):
            continue
        if heads[i] and not found_here:
            continue
        if heads[i]:
            # a headline names the report's own encounter by one of its heads (rule lone_head)
            row = _lone_head_row(text, i, found, dated, gz, rl, cq, headline=True)
            if row is not None:
                out.append(row)
                have.add(i)
            continue
        det = None
        cues = [m for rx in (rl.news_anaphora, rl.leader_refs) for m in [rx.search(text)] if m]
        q = rl.qualified_anaphora.search(text)  # "the next meeting", "the February 27 meeting"
        if q is not None:
            cues.append(q)
        indef = rl.indefinite_anaphora.search(text)  # "the utility of a summit" (rule indefinite_anaphora)
        if indef is not None:
            cues.append(indef)
        proper = rl.named_anaphora.search(text)  # "Friday's phone call" (rules weekday_anaphora, named_anaphora)
        placed = None  # "the Singapore summit": the encounters before in a place it names (rule named_anaphora_place)
        if proper is not None and "named_anaphora_place" not in rl.rules_off:
            proper = rl.weekday_anaphora.search(text) or proper
            if not rl.weekday_anaphora.fullmatch(proper.group(0)):
                qual = find_entities(proper.group(0), gazetteer=gz, kinds=("occasion", "place", "country"))
                where = {e.id for e in qual}
                placed = {id(cand) for _, cand in found if where & _where_of(cand, gz, i, by_i)}
                if not placed:
                    proper = None  # "the POTUS visit", "the Trump-Romney meeting": no place of an encounter before
        if proper is not None:
            cues.append(proper)
        if ahead is not None:
            # only a plain anaphor or group reference points ahead ("The mood of the summit appeared
            # optimistic and the two leaders …" before "… when they first met")
            cues = [rl.cataphora.search(text)]
            q = indef = proper = None
        if not found_here and not (cues and rl.leader_refs.search(text)):
            continue  # only a group reference links a cancelled encounter (rule group_after_cancelled)
        if not cues:
            row = _lone_head_row(text, i, found, dated, gz, rl, cq)
            if row is not None:
                out.append(row)
                have.add(i)
                continue
            det = _determined(text, rl)  # "the telephone calls", "his earlier conversations"
            if det is None:
                continue
            cues = [det]
        a = min(cues, key=lambda m: (m.start(), m is not q))
        # "the next meeting", "the February 27 meeting": a coming encounter, dated on its own day
        # (rule qualified_count: also when another anaphor of the clause comes first, "the two
        # leaders held a third meeting"; without it, "the first two summits" is no anaphor)
        count_off = "qualified_count" in rl.rules_off
        if q is not None and count_off and q.group("count"):
            cues.remove(q)
            q = None
            if not cues:
                continue
            a = min(cues, key=lambda m: m.start())
        qualified = (a is q or not count_off) and q is not None \
            and bool(q.group("next") or q.group("later") or q.group("day"))
        near = text[max(0, a.start() - 4):a.end()]
        if cq.first_person.search(near) or cq.second_person.search(near) or cq.generic.search(text):
            continue  # "our meeting", "your visit": the speaker's own; "meetings … have become a tradition"
        ents = find_entities(text, gazetteer=gz, kinds=("person", "occasion"))
        named = {e.id for e in ents if e.kind == "person" and is_head(e.id, gz)}
        if "non_head_holder" not in rl.rules_off and _non_head_subject(
                text, a, ents, [(e.char_start, e.char_end) for e in ents if e.id in named], gz, None, cq):
            continue  # "the visit of Kim Yo Jong": someone else's, not the heads' (rule non_head_holder)
        dates = dated[i] if dated is not None and not isinstance(dated[i], bool) else []
        clo, chi = _clause(text, a.start(), a.end())  # the anaphor's own clause (dates, cancellation)
        if dates and date_spans is not None and "clause_dates" not in rl.rules_off \
                and len(date_spans[i]) == len(dates):
            # a date of another clause ("…, and the deadline was pushed to July 4", "a border area that
            # has divided the two nations since 1953") is another event's, not the anaphor's (rule clause_dates)
            keep = [(d, sp) for d, sp in zip(dates, date_spans[i]) if clo <= sp[0] < chi]
            if rl.report_lemmas and keep:
                # "CNN reported Wednesday … preparations for the summit": the report's date (rule report_date)
                from summitlens.extract.encounters.syntax import report_dated

                keep = [(d, sp) for d, sp in keep if not report_dated(_parsed(text), *sp, lemmas=rl.report_lemmas)]
            dates = [d for d, _ in keep]
        occ = {e.id for e in ents if e.kind == "occasion"}
        pick = None
        group = rl.leader_refs.search(text)
        if called_off and ahead is None and group is not None and group.start() == a.start():
            # "the summit" of a cancelled encounter is none, but "the two leaders" are still its pair
            found_here = sorted(found_here + called_off, key=lambda x: x[0])
        for _, cand in reversed(found_here):
            if named - set(cand.participants):
                continue
            if a is proper and placed is not None and id(cand) not in placed:
                continue  # "the Singapore summit" is an encounter in Singapore
            if occ and cand.occasion and cand.occasion not in occ:
                continue
            if cand.start is not None and not qualified and any(not (lo <= cand.start <= hi) for lo, hi in dates):
                continue  # dated on another day: another encounter (unless "the next/February 27 meeting")
            pick = cand
            break
        if pick is None:
            continue
        clause = cq.unrealised_cancel.sub(lambda m: " " * len(m.group(0)), text[clo:chi])
        cancelled = bool(cq.cancelled.search(clause))
        if cancelled and "cancelled_anaphora" in rl.rules_off:
            continue
        row = _event_row(pick, i, a.group(0), a.start(), "anaphora", text, rl.present_anaphora)
        if any(cand is pick for _, cand in called_off):
            # "the two leaders have spoken twice since" after "declined a meeting with …": the pair's
            # own act, with its own tense and mode (rule group_after_cancelled)
            mode = _own_mode(text[clo:chi], rl, cq) or "in_person"
            row.update(start=None, end=None, granularity="", date_source="", mode=mode, mode_source="cue",
                       status="planned" if row["tense"] == "future" else _status_for(mode, "occurred"))
        if row["tense"] == "future" and row["status"] == "planned" and _group(pick.status) == "held" \
                and rl.past_future_auxiliaries and _future_in_past(text, a.start(), a.end(), rl):
            row["status"] = pick.status  # "nothing would come out of the talks": held (rule future_in_past)
        if a is q:
            _qualify(row, a, text, dates if qualified else [], pick, rl)
        if a is det and cq.phone.search(a.group(0)) and row["status"] not in ("hypothetical", "cancelled"):
            # "the telephone calls": the anaphor names its own mode (rule determined_anaphora)
            row.update(mode="phone", mode_source="cue", status="phone")
        if a is indef:
            # another encounter of the pair, still to come: no date or mode of the one linked
            row.update(start=None, end=None, granularity="", date_source="", mode="in_person",
                       mode_source="default", status="planned" if _group(row["status"]) == "held" else row["status"])
        if hedged_before(text, clo, a, cq) or (
                any(cq.conditional) and _conditional(text, a, cq.conditional)):
            row["status"] = "hypothetical"  # also "Such a meeting, if it came about, would …" (rule conditional_clause)
        elif row["status"] == "planned" and row["tense"] == "past" and not cancelled and a is not q \
                and not cq.planned.search(clause) and "past_anaphora" not in rl.rules_off \
                and not _non_finite(text, a.start(), a.end(), rl) \
                and not _prospective_at(text, a.start(), a.end(), heads=rl.prospective_heads) \
                and not _prospective_at(text, a.start(), a.end(), heads=rl.before_heads):  # rule before_anaphora
            # "When the two leaders reconvened on Thursday morning": a past predicate of the
            # anaphor reports the encounter held, whatever was said of it before (rule past_anaphora)
            row["status"] = _status_for(row["mode"], "occurred")
        if _group(row["status"]) == "held" and pick.start is None and row["tense"] != "none" \
                and "preview_present" not in rl.rules_off and _present_subject(text, a):
            row["status"] = "planned"  # "The meeting is the first between …": a preview (rule preview_present)
        # a cancellation in the anaphor's clause (rule cancelled_anaphora) leaves the status to the
        # encounter linked: calls to cancel it, a summit "called off" hours after it began; but an
        # anaphor a cancelling verb takes as its object is cancelled ("canceled the summit": rule
        # cancelled_object)
        if cancelled and rl.cancel_verbs and _cancelled_object(text, a.start(), a.end(), rl):
            row["status"] = "cancelled"
        out.append(row)
        have.add(i)
    return sorted(out, key=lambda r: (r["sentence_index"], r["char_start"]))


class _Span:
    """A match-like span of a sentence (``start()``, ``end()``, ``group(0)``) found on the parse."""

    def __init__(self, text: str, start: int, end: int):
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _: int = 0) -> str:
        return self._text[self._start:self._end]



@functools.lru_cache(maxsize=8)
def _noun_prefilter(nouns: frozenset) -> re.Pattern:
    """One compiled pattern of ``nouns`` for the cheap check before the parse (built once per rule set,
    not per sentence)."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(nouns))) + ")", re.I)

def _determined(text: str, rl: EncounterRules) -> _Span | None:
    """A determined encounter noun of ``text`` ("the telephone calls", "his earlier conversations"),
    read on the parse, or None (rule ``determined_anaphora``; :func:`.syntax.determined_encounter`)."""
    d = rl.determined_anaphora
    if not d or not _noun_prefilter(d["nouns"]).search(text):
        return None
    from summitlens.extract.encounters.syntax import determined_encounter

    span = determined_encounter(_parsed(text), nouns=d["nouns"], determiners=d["determiners"],
                                modifiers=d["modifiers"], own_prepositions=d["own_prepositions"])
    return None if span is None else _Span(text, *span)


def _where_of(ev: DocEvent, gz: Gazetteer, i: int, by_i: dict[int, list[dict]]) -> set[str]:
    """Place, country, occasion and participants' countries of an encounter, and those of the mentions of
    the same participants before sentence ``i`` (``by_i``: mention rows by sentence): what a
    name-qualified anaphor ("the Singapore summit", "the China summit") may name (rule
    ``named_anaphora_place``)."""
    evs = [ev, *(_as_event(r) for j in range(i) for r in by_i.get(j, ())
                 if set(r["participants"]) == set(ev.participants))]
    return {w for e in evs for w in (e.place, e.country, e.occasion, gz.country_of(e.place),
                                     *(country_of_participant(p, gz) for p in e.participants)) if w}


def _lone_head_row(text: str, i: int, found: Sequence[tuple[int, DocEvent]], dated, gz: Gazetteer,
                   rl: EncounterRules, cq, *, headline: bool = False) -> dict | None:
    """A mention of an encounter established before, made by a sentence that names one of its
    heads only (rule ``lone_head``), or None.

    The sentence must name exactly one head of state or government in office (not after
    "President-elect", "candidate" … :attr:`EncounterRules.not_head_before`), as an argument of a
    head-level encounter word (:attr:`EncounterRules.lone_head`) on the parse: its subject, object,
    possessor, compound or the object of its preposition ("The reason for Trump's visit", "Macron talks
    may be more important"), with no other object (:func:`~summitlens.extract.encounters.syntax.sole_argument`).
    It is linked to the most recent
    encounter in ``found`` that head takes part in and that the sentence's own dates do not put on
    another day; it takes that encounter's participants, and its status as :func:`_event_row` gives
    it (a future predicate of a held encounter is planned; a hypothetical cue before the word makes it
    hypothetical); a headline (``headline``) keeps the encounter's status whatever its verb.

    Examples:
        >>> from summitlens.extract.encounters.events import DocEvent
        >>> ev = DocEvent(("leader_of_Japan", "obama"), False, "in_person", "occurred", None, None, "", "", "",
        ...               "", "mention", 0)
        >>> from dataclasses import replace
        >>> from summitlens.rules import load_rules, rules_path
        >>> cues = load_rules(rules_path(None, default="encounters.yml"))["lone_head_cues"]
        >>> rl = replace(load_encounter_rules(), lone_head=re.compile(cues, re.I))  # the rule switched on
        >>> r = _lone_head_row("Obama defended the trip on Sunday.", 1, [(0, ev)], None, load_gazetteer(),
        ...                    rl, load_cues())
        >>> r["participants"], r["cue"], r["link"]
        (('leader_of_Japan', 'obama'), 'trip', 'anaphora')
        >>> _lone_head_row("Clinton defended the trip.", 1, [(0, ev)], None, load_gazetteer(), rl, load_cues()) is None
        True
    """
    cue_ms = list(rl.lone_head.finditer(text))
    if not cue_ms or cq.generic.search(text):
        return None
    ents = find_entities(text, gazetteer=gz, kinds=("person", "place", "country", "occasion"))
    ents += title_leaders(text, gazetteer=gz, known=ents)
    people = [e for e in ents if e.kind == "person" or e.id.startswith(TITLE_PREFIXES)]
    named = {e.id for e in people}
    if len(named) != 1:
        return None
    h = next(iter(named))
    if not is_head(h, gz):
        return None
    spans = [(e.char_start, e.char_end) for e in people
             if not rl.not_head_before.search(text[max(0, e.char_start - 60):e.char_start])]
    if not spans:
        return None
    dates = dated[i] if dated is not None and not isinstance(dated[i], bool) else []
    pick = None
    for _, cand in reversed(found):
        if h not in cand.participants:
            continue
        if dates and (cand.start is None or any(not (lo <= cand.start <= hi) for lo, hi in dates)):
            continue  # dated on a day of its own: another encounter, or one the document does not date
        pick = cand
        break
    if pick is None:
        return None
    doc = _parsed(text)
    cue = next((m for m in cue_ms if sole_argument(doc, m.start(), m.end(), spans)), None)
    if cue is None:
        return None
    lo, hi = _clause(text, cue.start(), cue.end())
    clause = cq.unrealised_cancel.sub(lambda m: " " * len(m.group(0)), text[lo:hi])
    row = _event_row(pick, i, cue.group(0), cue.start(), "anaphora", text, rl.present_anaphora)
    if headline:
        row["status"] = pick.status  # headline style ("Macron talks may be more important"): the encounter's
    if hedged_before(text, lo, cue, cq, masked=" " * lo + clause) or (
            any(cq.conditional) and _conditional(text, cue, cq.conditional)):
        row["status"] = "hypothetical"  # "any meeting with Trump" (not "the trip could offer challenges")
    elif row["status"] == "planned" and row["tense"] == "past" and not cq.planned.search(clause) \
            and not cq.cancelled.search(clause) and not _non_finite(text, cue.start(), cue.end(), rl) \
            and not _prospective_at(text, cue.start(), cue.end(), heads=rl.prospective_heads):
        row["status"] = _status_for(row["mode"], "occurred")
    return row


def _qualify(row: dict, a: re.Match, text: str, dates: Sequence, pick: DocEvent, rl: EncounterRules) -> None:
    """Date and status of a qualified anaphor (rule ``qualified_anaphora``): its own date when the
    sentence holds one; "no plans for a third summit" is hypothetical; "the next meeting", a
    third one or a date after the encounter linked is still to come (``planned``); a past
    predicate ("The first summit in this format took place in 2009") has held."""
    if len(dates) == 1:
        row.update(start=dates[0][0], end=dates[0][1], date_source="sentence",
                   granularity="day" if dates[0][0] == dates[0][1] else "")
    if rl.no_plans_before.search(text[max(0, a.start() - 30):a.start()]):
        row["status"] = "hypothetical"
    elif a.group("next") or (a.group("later") and ("qualified_count" in rl.rules_off or row["tense"] != "past")) \
            or (dates and pick.end is not None and all(lo > pick.end for lo, _ in dates)):
        row["status"] = "planned"
    elif not a.group("day") and row["tense"] == "past" and _group(row["status"]) != "held":
        row["status"] = _status_for(row["mode"], "occurred")  # "The first summit … took place in 2009"


def _as_event(r: dict) -> DocEvent:
    """A linked or explicit mention row as an encounter later anaphora refer to."""
    return DocEvent(participants=tuple(r["participants"]), is_putin_xi=bool(r["is_putin_xi"]), mode=r["mode"],
                    status=r["status"], start=r["start"], end=r["end"], date_source=r["date_source"],
                    place=r["place"], country=r["country"], occasion=r["occasion"], source="mention",
                    sentence_index=r["sentence_index"])
