"""Document events: the encounter a document itself reports.

An official release announces its event in the title formula ("Telephone conversation with
President of China Xi Jinping", "Russian-Chinese talks", "BRICS Summit", "On December 15,
Vladimir Putin will hold talks with …"); a news article in its headline and lead. The event
gets participants from the formula's counterpart plus the leaders the lead names (a
summit's chair counts: "chaired by China" = Xi), the mode from the formula or the lead, a
status, and a date: the lead's own date, else — for a readout ("Vladimir Putin had a
telephone conversation with …") of a dated release — the publication day.

Examples:
    >>> from datetime import date
    >>> ev = document_event("Telephone conversation with President of China Xi Jinping",
    ...     ["Vladimir Putin had a telephone conversation with President of China Xi Jinping."],
    ...     anchor=date(2022, 6, 15))
    >>> ev.participants, ev.mode, ev.status, str(ev.start), ev.date_source
    (('putin', 'xi'), 'phone', 'phone', '2022-06-15', 'published')
    >>> document_event("Trump rewrites US foreign policy", ["He met no one."], anchor=None) is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from summitlens.extract.encounters.rules import EncounterRules, load_encounter_rules
from summitlens.extract.gazetteer import Gazetteer, find_entities, load_gazetteer
from summitlens.extract.meetings import (
    council_leaders, country_of_participant, load_cues, not_head_that_day, title_leaders)

__all__ = ["DocEvent", "document_event", "leader_of"]

_ROLES = ("leader", "leader_other")
_PEOPLE = ("leader", "leader_other", "official")  # who can be a formula's counterpart or subject
_LEAD = 3  # sentences after the headline read for participants and mode


@dataclass(frozen=True)
class DocEvent:
    """The encounter a document reports.

    Attributes:
        participants: Sorted participant ids (people.yml ids, or ``leader_of_<Country>``).
        is_putin_xi: Both leaders (``role: leader``) take part.
        mode: ``in_person``, ``virtual`` or ``phone``.
        status: ``occurred``, ``planned``, ``virtual`` or ``phone``.
        start: First day (None when undated).
        end: Last day.
        date_source: ``text`` (a date in the headline or lead), ``published`` (a readout
            dated by its release) or ``''``.
        place: City id ('' when none).
        country: Country of the place or the destination country.
        occasion: Occasion id.
        source: The title formula id, or ``lead``.
        sentence_index: Index (in the document's sentences) of the sentence that states it.
    """

    participants: tuple[str, ...]
    is_putin_xi: bool
    mode: str
    status: str
    start: date | None
    end: date | None
    date_source: str
    place: str
    country: str
    occasion: str
    source: str
    sentence_index: int


def leader_of(country: str, *, gazetteer: Gazetteer | None = None, day: date | None = None) -> str:
    """The participant id of a country's leader: a ``role: leader`` person of that country
    (in office on ``day`` when given), else ``leader_of_<country>`` (:meth:`Gazetteer.leader_of`).

    Examples:
        >>> leader_of("China"), leader_of("Mongolia"), leader_of("China", day=date(2005, 9, 3))
        ('xi', 'leader_of_Mongolia', 'leader_of_China')
    """
    return (gazetteer or load_gazetteer()).leader_of(country, day)


def _country_of_word(word: str, rules: EncounterRules, gz: Gazetteer) -> str:
    w = word.strip(" .,'’s")
    if w in rules.adjectives:
        return rules.adjectives[w]
    if w in gz.countries:
        return w
    for cid, c in gz.countries.items():
        if w in (c.get("aliases") or []) or w in (c.get("mentions") or []):
            return cid
    return ""


def _city(word: str, gz: Gazetteer) -> str:
    """The city (places.yml id) a title formula names in its country slot ('' when the word is
    no city).

    Examples:
        >>> gz = load_gazetteer()
        >>> _city("Qingdao", gz), _city("Yesterday", gz)
        ('Qingdao', '')
    """
    w = word.strip(" .,")
    for e in find_entities(w, gazetteer=gz, kinds=("place",)):
        if e.char_start == 0 and e.char_end == len(w):
            return e.id
    return ""


def _pair_countries(pair: str, rules: EncounterRules, gz: Gazetteer) -> list[str]:
    """Countries of a formula's pair of adjectives ("Russian-Chinese", "Russian-North Korean"):
    each hyphenated part as a whole ("North Korean"), else its words one by one.

    Examples:
        >>> rl, gz = load_encounter_rules(), load_gazetteer()
        >>> _pair_countries("Russian-North Korean", rl, gz), _pair_countries("Russian Chinese", rl, gz)
        (['Russia', 'North Korea'], ['Russia', 'China'])
    """
    out: list[str] = []
    for part in re.split(r"\s*[-–]\s*", pair.strip()):
        c = _country_of_word(part, rules, gz)
        found = [c] if c else [x for x in (_country_of_word(w, rules, gz) for w in part.split()) if x]
        out += [x for x in found if x not in out]
    return out


def _leaders_in(text: str, gz: Gazetteer, roles=_ROLES, day: date | None = None) -> list[str]:
    """Heads (and, with ``roles``, officials) a text names: people.yml people, then titled
    leaders (:func:`~summitlens.extract.meetings.title_leaders`), in text order."""
    known = find_entities(text, gazetteer=gz, kinds=("person",))
    ents = known + title_leaders(text, gazetteer=gz, day=day, known=known)
    return [e.id for e in sorted(ents, key=lambda e: e.char_start)
            if (gz.people.get(e.id, {}).get("role") in roles or e.id not in gz.people)
            and not not_head_that_day(e.id, gz, day)]


def _counterpart(who: str, rules: EncounterRules, gz: Gazetteer, day: date | None = None) -> str:
    """The counterpart a title formula names: a person or titled leader ("President of the
    People's Republic of China Hu Jintao": the name after the title wins), else a country's
    leader when the formula names the country alone ("Talks with China"); a country word that
    qualifies others ("French business community representatives", "Chinese Foreign Minister
    Yang Jiechi") names no head of state.

    Examples:
        >>> rl, gz = load_encounter_rules(), load_gazetteer()
        >>> _counterpart("Chinese leader Jiang Zemin", rl, gz, date(2001, 7, 26))
        'leader_of_China'
        >>> _counterpart("French business community representatives", rl, gz, date(2019, 4, 18))
        ''
    """
    people = _leaders_in(who, gz, _PEOPLE, day)
    if people:
        return people[-1]
    bare = re.sub(r"^(?:the\s+)", "", " ".join(who.split()).strip(" .,"), flags=re.I)
    for e in find_entities(bare, gazetteer=gz, kinds=("country",)):
        if e.char_start == 0 and e.char_end == len(bare):
            return leader_of(e.id, gazetteer=gz, day=day)
    c = _country_of_word(bare, rules, gz) if len(bare.split()) == 1 else ""
    return leader_of(c, gazetteer=gz, day=day) if c else ""


def _countries_of(parts, gz: Gazetteer) -> set[str]:
    return {country_of_participant(p, gz) for p in parts} - {""}


def _one_per_country(parts: set[str], gz: Gazetteer) -> set[str]:
    """Drop ``leader_of_<Country>`` when a named participant is that country's leader.

    Examples:
        >>> sorted(_one_per_country({"putin", "leader_of_Belarus", "lukashenko"}, load_gazetteer()))
        ['lukashenko', 'putin']
    """
    have = {gz.people[p].get("country") for p in parts if p in gz.people
            and gz.people[p].get("role") in _ROLES}
    return {p for p in parts if not (p.startswith("leader_of_") and p[len("leader_of_"):] in have)}


def document_event(
    headline: str,
    lead: Sequence[str],
    *,
    anchor: date | None,
    anchor_source: str = "published",
    headline_dates: Sequence = (),
    lead_mention=None,
    context: Sequence[str] = (),
    subject: str = "putin",
    gazetteer: Gazetteer | None = None,
    rules: EncounterRules | None = None,
    cues=None,
) -> DocEvent | None:
    """The encounter a document reports in its headline / title formula and lead.

    Args:
        headline: The headline (title) sentence.
        lead: The first sentences after the headline.
        anchor: Publication date (the readout's day) or None.
        anchor_source: ``published`` lets a readout take the publication day.
        headline_dates: Resolved date expressions of the headline (``TimeExpr``).
        context: More of the document's first sentences: a multilateral gathering's member
            countries (``occasions.yml`` ``members``) named there take part.
        lead_mention: The sentence mention (:class:`~summitlens.extract.meetings.MeetingMention`)
            of the headline or lead, when the sentence extractor found one; its date, place and
            status are used.
        subject: Participant implied by a title formula whose lead names nobody else (the
            official releases read here are the Kremlin's).
        gazetteer: People/places/occasions.
        rules: Encounter rules (default ``encounters.yml``).
        cues: Meeting cues (default ``meetings.yml``) for the lead's mode.

    Returns:
        A :class:`DocEvent`, or None when neither a formula nor the lead reports an encounter.
    """
    gz = gazetteer or load_gazetteer()
    rl = rules or load_encounter_rules()
    cq = cues or load_cues()
    lead = [s for s in lead[:_LEAD] if s]
    lead_text = " ".join(lead)
    hit = rl.formula(headline or "")
    occ_ents = [e.id for e in find_entities(headline or "", gazetteer=gz, kinds=("occasion",))]
    members = [c for o in occ_ents for c in gz.members(o)]
    if hit is not None and hit[0] == "multilateral_named" and not members:
        hit = None  # a gathering word without a multilateral occasion
    parts: set[str] = set()
    mode = status = ""
    place = country = occasion = ""
    source = "lead"
    if hit is not None:
        fid, m = hit
        source = fid
        g = m.groupdict()
        mode = rl.formula_mode(fid)
        status = rl.formula_status(fid)
        if g.get("who"):
            cp = _counterpart(g["who"], rl, gz, anchor)
            if cp:
                parts.add(cp)
        if g.get("pair"):
            for c in _pair_countries(g["pair"], rl, gz):
                parts.add(leader_of(c, gazetteer=gz, day=anchor))
        if g.get("country"):
            c = _country_of_word(g["country"], rl, gz)
            if not c and "formula_city" not in rl.rules_off:
                # "Vladimir Putin arrived in Qingdao": a city the formula names is in its country,
                # whose leader the visitor meets (rule formula_city)
                place = _city(g["country"], gz)
                c = gz.country_of(place) if place else ""
            if c:
                parts.add(leader_of(c, gazetteer=gz, day=anchor))
                country = c
        if g.get("occasion"):
            occasion = occ_ents[0] if occ_ents else ""
            parts |= set(_leaders_in(lead_text, gz, day=anchor))
            wider = " ".join([headline or "", lead_text, *context])
            for c in members:  # member countries the report names take part
                if gz.country_pattern(c).search(wider):
                    parts.add(leader_of(c, gazetteer=gz, day=anchor))
            for o in occ_ents:
                if (gz.occasions.get(o) or {}).get("council"):
                    # an inter-state council: every member state's leader sits on it
                    parts |= council_leaders(o, gz, day=anchor, named=parts)
            for rx in rl.chair:
                for cm in rx.finditer(lead_text):
                    c = _country_of_word(cm.group("country"), rl, gz)
                    if c:
                        parts.add(leader_of(c, gazetteer=gz, day=anchor))
            if occ_ents and len(_countries_of(parts, gz)) < 2 and gz.members(occ_ents[0], identifiable=True):
                # a summit named without (enough) participants: its members' leaders
                parts |= council_leaders(occ_ents[0], gz, day=anchor, named=parts)
        first = _leaders_in(lead[0], gz, _PEOPLE, anchor) if lead else []
        parts |= set(first[:1]) if first else set()
        if subject and len(parts) < 2:
            parts.add(subject)
    elif lead_mention is not None and lead_mention.status != "hypothetical":
        parts = set(lead_mention.participants)
    else:
        return None
    parts = _one_per_country(parts, gz)
    if len(parts) < 2:
        return None
    if not mode:
        text = (headline or "") + " " + (lead[0] if lead else "")
        mode = "phone" if cq.phone.search(text) else "virtual" if cq.virtual.search(text) else ""
        if not mode and lead_mention is not None:
            mode = lead_mention.mode
        mode = mode or "in_person"
    start = end = None
    date_source = ""
    for t in headline_dates:
        if t.start is not None and t.granularity in ("day", "multi-day", "weekend"):
            start, end, date_source = t.start, t.end, "text"
            break
    if lead_mention is not None:
        if start is None and lead_mention.start is not None and (lead_mention.end - lead_mention.start).days <= 7:
            start, end, date_source = lead_mention.start, lead_mention.end, "text"
        place, country = lead_mention.place or place, lead_mention.country or country
        occasion = occasion or lead_mention.occasion
        if not status:
            status = lead_mention.status
            # a tenseless title ("A dinner in honour of the leaders … hosted by the President of
            # Brazil") of a dated release names the day's event, not a coming one
            # (a threatened cancellation, "ponders threat to cancel Kim summit", is of one still to come)
            if status == "planned" and lead_mention.tense == "none" and anchor is not None \
                    and anchor_source == "published" and (lead_mention.start is None or lead_mention.start <= anchor) \
                    and not cq.unrealised_cancel.search(headline or ""):
                status = "occurred"
    readout = bool(lead and rl.readout.search(lead[0]))
    if not readout and hit is None and "readout_headline" not in rl.rules_off:
        # a release titled by its readout ("President Vladimir Putin met with Chinese President Hu
        # Jintao", 2001-2006 pages) reports the day's event like one that opens with it
        readout = bool(rl.readout.search(headline or ""))
    if not status:
        status = "occurred" if (readout or hit is not None) else "planned"
    if status in ("occurred", "virtual", "phone"):
        status = "occurred" if mode == "in_person" else mode
    if start is None and anchor is not None and anchor_source == "published" and status != "planned" \
            and (readout or hit is not None):
        start = end = anchor
        date_source = "published"
    leaders = gz.leaders()
    ps = tuple(sorted(p for p in parts if p))
    return DocEvent(participants=ps, is_putin_xi=all(x in ps for x in leaders), mode=mode, status=status,
                    start=start, end=end, date_source=date_source, place=place, country=country,
                    occasion=occasion, source=source,
                    sentence_index=lead_mention.sentence_index if lead_mention is not None else 0)
