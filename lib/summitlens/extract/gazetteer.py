"""Gazetteers as data: people, places and occasions, and a fast entity finder.

The gazetteers live in ``summitlens/resources`` (``people.yml``, ``places.yml``,
``occasions.yml``); users can pass their own files to :func:`load_gazetteer`. The finder
returns non-overlapping, leftmost-longest mentions with character offsets, so other
extractors (meetings, framing targets) can reuse it.

Examples:
    >>> gz = load_gazetteer()
    >>> [(e.kind, e.id) for e in find_entities("Putin met Xi Jinping in Samarkand.", gazetteer=gz)]
    [('person', 'putin'), ('person', 'xi'), ('place', 'Samarkand')]
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from summitlens import paths
from summitlens.rules import load_rules

__all__ = ["Entity", "Gazetteer", "load_gazetteer", "find_entities", "country_mentions", "in_office", "KINDS",
           "short_name_entities"]

#: Entity kinds, in the order used to break ties between equally long matches.
KINDS = ("person", "occasion", "place", "country")

_PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class Entity:
    """One gazetteer mention in a text.

    Attributes:
        kind: ``person``, ``place`` (a city), ``country`` or ``occasion``.
        id: Gazetteer id (``putin``, ``Samarkand``, ``SCO_summit`` …).
        char_start: Start offset in the searched text.
        char_end: End offset (exclusive).
        surface: The matched text.
    """

    kind: str
    id: str
    char_start: int
    char_end: int
    surface: str


@dataclass
class Gazetteer:
    """Compiled gazetteer: entries plus two compiled regexes (case-sensitive, -insensitive).

    Attributes:
        people: ``id -> entry`` (name, country, role, aliases, titles, party_titles,
            in_office, head_periods).
        places: city ``id -> entry`` (country, aliases).
        countries: country ``id -> entry``.
        occasions: ``id -> entry`` (occasion_type, name, aliases).
    """

    people: dict[str, dict]
    places: dict[str, dict]
    countries: dict[str, dict]
    occasions: dict[str, dict]
    _lookup: dict[tuple[bool, str], tuple[str, str]] = field(default_factory=dict, repr=False)
    _rx_cs: re.Pattern | None = field(default=None, repr=False)
    _rx_ci: re.Pattern | None = field(default=None, repr=False)
    _country_rx: dict[str, re.Pattern] = field(default_factory=dict, repr=False)
    _country_words: object = field(default=None, repr=False)  # Aho-Corasick automaton of country words

    def country_of(self, place_id: str) -> str:
        """Country of a city id (or the id itself when it is a country); '' when unknown.

        Examples:
            >>> load_gazetteer().country_of("Samarkand")
            'Uzbekistan'
        """
        if place_id in self.places:
            return self.places[place_id].get("country", "")
        if place_id in self.countries:
            return place_id
        return ""

    def country_code(self, country_id: str) -> str:
        """ISO 3166-1 alpha-2 code of a country id ('' when the file gives none).

        Examples:
            >>> load_gazetteer().country_code("China")
            'CN'
        """
        return str((self.countries.get(country_id) or {}).get("code", ""))

    def country_words(self, country_id: str) -> tuple[str, ...]:
        """Words that refer to a country in running text: its ``mentions``, else its aliases.

        Examples:
            >>> load_gazetteer().country_words("Russia")[:3]
            ('Russia', "Russia's", 'Russian')
        """
        entry = self.countries.get(country_id) or {}
        return tuple(str(w) for w in entry.get("mentions") or entry.get("aliases") or [country_id])

    def names(self, person_id: str) -> tuple[str, ...]:
        """A person's name and aliases (not the titles); empty for an unknown id.

        Examples:
            >>> load_gazetteer().names("xi")[:2]
            ('Xi Jinping', 'Xi Jinping')
        """
        p = self.people.get(person_id) or {}
        return tuple(str(a) for a in [p.get("name", ""), *(p.get("aliases") or [])] if a)

    def members(self, occasion_id: str, *, identifiable: bool = False) -> tuple[str, ...]:
        """Countries whose leaders take part in a multilateral occasion (``occasions.yml``
        ``members``); empty for a bilateral or unknown occasion, and with ``identifiable`` for
        a gathering too large for one named member to make the others identifiable
        (``members_identifiable: false``).

        Examples:
            >>> load_gazetteer().members("SCO_summit"), load_gazetteer().members("G20_summit", identifiable=True)
            (('Russia', 'China'), ())
        """
        entry = self.occasions.get(occasion_id) or {}
        if identifiable and not entry.get("members_identifiable", True):
            return ()
        return tuple(entry.get("members") or ())

    def country_pattern(self, country_id: str) -> re.Pattern:
        """Case-sensitive whole-word regex of :meth:`country_words` (first word wins at a position).

        Examples:
            >>> load_gazetteer().country_pattern("China").findall("Chinese and China's")
            ['Chinese', 'China']
        """
        rx = self._country_rx.get(country_id)
        if rx is None:
            rx = re.compile("|".join(rf"\b{re.escape(w)}\b" for w in self.country_words(country_id)))
            self._country_rx[country_id] = rx
        return rx

    def countries_named(self, text: str) -> set[str]:
        """Ids of the countries one of whose :meth:`country_words` occurs in ``text`` as a
        substring: a cheap superset of the countries :meth:`country_pattern` finds.

        Examples:
            >>> sorted(load_gazetteer().countries_named("Chinese and Russian"))
            ['China', 'Russia']
        """
        if self._country_words is None:
            import ahocorasick

            auto = ahocorasick.Automaton()
            for cid in self.countries:
                for w in self.country_words(cid):
                    auto.add_word(w, auto.get(w, ()) + (cid,))
            auto.make_automaton()
            self._country_words = auto
        return {cid for _, ids in self._country_words.iter(text) for cid in ids} if text else set()

    def occasion_type(self, occasion_id: str) -> str:
        """Reference vocabulary type of an occasion id ('' when unknown).

        Examples:
            >>> load_gazetteer().occasion_type("Victory_Day_parade")
            'commemoration'
        """
        entry = self.occasions.get(occasion_id)
        return entry.get("occasion_type", occasion_id) if entry else ""

    def leaders(self) -> tuple[str, ...]:
        """Ids of people with ``role: leader`` (Putin and Xi in the packaged file)."""
        return tuple(k for k, v in self.people.items() if v.get("role") == "leader")

    def leader_of(self, country: str, day: date | None = None) -> str:
        """The participant id of a country's head of state: its ``role: leader`` person (in
        office on ``day`` when given, :func:`in_office`), else ``leader_of_<country>``; '' for
        no country.

        Examples:
            >>> gz = load_gazetteer()
            >>> gz.leader_of("China"), gz.leader_of("China", date(2005, 9, 3)), gz.leader_of("Mongolia")
            ('xi', 'leader_of_China', 'leader_of_Mongolia')
        """
        for pid, p in self.people.items():
            if p.get("role") == "leader" and p.get("country") == country and (day is None or in_office(p, day)):
                return pid
        return f"leader_of_{country}" if country else ""


def in_periods(periods, day: date) -> bool:
    """Whether ``day`` lies in one of ``[start, end)`` periods (``None``: open end), as people.yml
    ``in_office`` and ``head_periods`` give them.

    Examples:
        >>> in_periods([[date(2003, 3, 15), date(2013, 3, 14)]], date(2013, 3, 14))
        False
    """
    return any((a is None or a <= day) and (b is None or day < b) for a, b in periods)


def in_office(person: dict, day: date) -> bool:
    """Whether a person's titles refer to them on ``day`` (``in_office`` periods of people.yml).

    Examples:
        >>> in_office({"in_office": [[date(2013, 3, 14), None]]}, date(2001, 6, 14))
        False
        >>> in_office({}, date(2001, 6, 14))
        True
    """
    periods = person.get("in_office")
    return not periods or in_periods(periods, day)


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00a0": " "})


def _read_yaml(path: _PathLike):
    return load_rules(path) or []


def _alternation(aliases: list[str]) -> str:
    # Longest first so the regex engine prefers "Xi Jinping" over "Xi".
    return "|".join(re.escape(a) for a in sorted(set(aliases), key=lambda a: (-len(a), a)))


def _boundary(body: str) -> str:
    return rf"(?<!\w)(?:{body})(?!\w)"


@lru_cache(maxsize=16)
def _load_cached(people: str, places: str, occasions: str) -> Gazetteer:
    ppl = {e["id"]: e for e in _read_yaml(people)}
    plc = _read_yaml(places)
    cities = {e["id"]: e for e in plc.get("cities", [])}
    countries = {e["id"]: e for e in plc.get("countries", [])}
    occ = {e["id"]: e for e in _read_yaml(occasions)}
    lookup: dict[tuple[bool, str], tuple[str, str]] = {}
    cs: list[str] = []
    ci: list[str] = []

    def add(kind: str, eid: str, alias: str, case_sensitive: bool) -> None:
        key = (case_sensitive, alias if case_sensitive else alias.lower())
        if key in lookup:  # first entry wins: files are ordered by importance
            return
        lookup[key] = (kind, eid)
        (cs if case_sensitive else ci).append(alias)

    for eid, e in ppl.items():
        for a in [e.get("name", "")] + list(e.get("aliases", [])):
            if a:
                add("person", eid, a, True)
        for a in [*(e.get("titles") or []), *(e.get("party_titles") or [])]:
            add("person", eid, a, False)
    for eid, e in occ.items():
        for a in [eid.replace("_", " ")] + list(e.get("aliases", [])):
            # short acronyms (SCO, G20) keep their case; longer names are case-insensitive
            add("occasion", eid, a, a.isupper() or any(ch.isdigit() for ch in a))
    for eid, e in cities.items():
        for a in [eid] + list(e.get("aliases", [])):
            add("place", eid, a, True)
    for eid, e in countries.items():
        for a in [eid] + list(e.get("aliases", [])):
            add("country", eid, a, True)
    gz = Gazetteer(ppl, cities, countries, occ, lookup)
    gz._rx_cs = re.compile(_boundary(_alternation(cs))) if cs else None
    gz._rx_ci = re.compile(_boundary(_alternation(ci)), re.IGNORECASE) if ci else None
    return gz


def load_gazetteer(
    *,
    people: _PathLike | None = None,
    places: _PathLike | None = None,
    occasions: _PathLike | None = None,
) -> Gazetteer:
    """Load (and cache) the people, places and occasions gazetteers.

    Args:
        people: YAML list of people (``id, name, country, role, aliases, titles``);
            default the packaged ``people.yml``.
        places: YAML with ``cities`` (``id, country, aliases``) and ``countries``
            (``id, aliases``); default ``places.yml``.
        occasions: YAML list of occasions (``id, occasion_type, name, aliases``);
            default ``occasions.yml``.

    Returns:
        A compiled :class:`Gazetteer` (the same object for the same files).

    Examples:
        >>> gz = load_gazetteer()
        >>> gz.country_of("Vladivostok"), "putin" in gz.leaders()
        ('Russia', True)
    """
    return _load_cached(
        str(Path(people or paths.resource("people.yml")).resolve()),
        str(Path(places or paths.resource("places.yml")).resolve()),
        str(Path(occasions or paths.resource("occasions.yml")).resolve()),
    )


def find_entities(text: str, *, gazetteer: Gazetteer | None = None,
                  kinds: tuple[str, ...] = KINDS, merge_titles: bool = True) -> list[Entity]:
    """Find gazetteer mentions in ``text`` (leftmost-longest, non-overlapping).

    Args:
        text: A sentence or any string.
        gazetteer: A loaded :class:`Gazetteer`; default the packaged one.
        kinds: Entity kinds to keep.
        merge_titles: Merge a title directly followed by a name of the same person
            ("Russian President Vladimir Putin") into one mention.

    Returns:
        Entities sorted by ``char_start``.

    Examples:
        >>> es = find_entities("Russian President Vladimir Putin will attend the SCO summit.")
        >>> [(e.id, e.surface) for e in es]
        [('putin', 'Russian President Vladimir Putin'), ('SCO_summit', 'SCO summit')]
        >>> [e.id for e in find_entities("the lawyer who met Donald Trump Jr. and Trump")]
        ['trump']
        >>> find_entities("")
        []
    """
    if not text:
        return []
    gz = gazetteer or load_gazetteer()
    text_m = text.translate(_QUOTES)  # same length: offsets are unchanged
    cands: list[tuple[int, int, str, str]] = []
    for rx, cs in ((gz._rx_cs, True), (gz._rx_ci, False)):
        if rx is None:
            continue
        for m in rx.finditer(text_m):
            s = m.group(0)
            hit = gz._lookup.get((cs, s if cs else s.lower()))
            if hit is None:
                continue
            cands.append((m.start(), m.end(), hit[0], hit[1], cs))
    # leftmost-longest, then kind order
    order = {k: i for i, k in enumerate(KINDS)}
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0]), order.get(c[2], 9)))
    out: list[Entity] = []
    last_end = -1
    for s, e, kind, eid, cs in cands:
        if s < last_end:
            continue
        if kind == "person" and not cs and _titles_someone_else(text_m, e, gz.names(eid)):
            continue  # "Chinese President Jiang Zemin": the title is Jiang's, not Xi's
        if kind == "person" and _JUNIOR.match(text_m, e):
            continue  # "Donald Trump Jr.": the leader's son, not the leader
        out.append(Entity(kind, eid, s, e, text[s:e]))
        last_end = e
    if merge_titles and out:
        merged = [out[0]]
        for ent in out[1:]:
            prev = merged[-1]
            gap = text[prev.char_end:ent.char_start]
            if (prev.kind == ent.kind == "person" and prev.id == ent.id and gap.strip(" ,") == ""
                    and len(gap) <= 2):
                merged[-1] = Entity("person", ent.id, prev.char_start, ent.char_end,
                                    text[prev.char_start:ent.char_end])
            else:
                merged.append(ent)
        out = merged
    return [e for e in out if e.kind in kinds]


#: A generational suffix after a person's name ("Donald Trump Jr.", "Trump Jr."): another person.
_JUNIOR = re.compile(r",?[ \u00a0]+Jr\b\.?")
_SHORT_NEXT = re.compile(r"[\s\u00a0-]+[A-Z]")  # "Kim Yo Jong", "Kim Jong-il": another name


def short_name_entities(sentences: Sequence[str], entities: Sequence[list[Entity]], *,
                        gazetteer: Gazetteer | None = None, nearest_owner: bool = False) -> list[list[Entity]]:
    """A document's entities plus the bare surnames (people.yml ``short_names``) of people it
    names in full somewhere ("Kim's threats" in an article about Kim Jong Un), per sentence.

    A short name followed by another capitalised word is someone else's name ("Kim Yo Jong");
    one inside an entity already found is left to it.

    Args:
        sentences: The document's sentences.
        entities: ``find_entities`` of each sentence.
        gazetteer: The gazetteer (default the packaged one).
        nearest_owner: A bare short name is the person named in full nearest before it: after
            someone else of that surname ("Kim Yong Chol … Moon met Kim"), it is not the
            gazetteer's person until they are named in full again. Before any full name, it is
            the gazetteer's person (a headline).

    Returns:
        Per sentence, its entities with the short names added, sorted by ``char_start``.

    Examples:
        >>> s = ["Kim summit in doubt", "Trump will meet Kim Jong Un.", "Kim Yo Jong spoke."]
        >>> ents = short_name_entities(s, [find_entities(x) for x in s])
        >>> [[e.id for e in es] for es in ents]
        [['kim_jong_un'], ['trump', 'kim_jong_un'], []]
        >>> s = ["Trump will meet Kim Jong Un.", "Kim Yong Chol came.", "Moon met Kim.", "Kim Jong Un smiled at Kim."]
        >>> ents = short_name_entities(s, [find_entities(x) for x in s], nearest_owner=True)
        >>> [[e.id for e in es] for es in ents]
        [['trump', 'kim_jong_un'], [], [], ['kim_jong_un', 'kim_jong_un']]
    """
    gz = gazetteer or load_gazetteer()
    named = {e.id for es in entities for e in es if e.kind == "person"}
    short = [(str(n), pid) for pid in sorted(named) for n in (gz.people.get(pid) or {}).get("short_names") or ()]
    if not short:
        return [list(es) for es in entities]
    rx = re.compile(_boundary(_alternation([n for n, _ in short])))
    ids = dict(short)
    owner = {n: pid for n, pid in short}  # who a bare short name is, in reading order
    out = []
    for text, es in zip(sentences, entities):
        es = list(es)
        add = []
        for m in rx.finditer(text or ""):
            n = m.group(0)
            inside = [e for e in es if e.char_start <= m.start() < e.char_end]
            if inside:
                if nearest_owner and any(e.id == ids[n] for e in inside):
                    owner[n] = ids[n]  # named in full again
                continue
            if _SHORT_NEXT.match(text, m.end()):
                if nearest_owner:
                    owner[n] = ""  # "Kim Yong Chol": someone else of that surname
                continue
            if not nearest_owner or owner[n] == ids[n]:
                add.append(Entity("person", ids[n], m.start(), m.end(), n))
        out.append(sorted(es + add, key=lambda e: e.char_start) if add else es)
    return out


_NAME_AFTER = re.compile(r"[ \u00a0]((?:[A-Z][\w'’.-]*[ \u00a0-]){0,2}[A-Z][\w'’.-]+)")


def _titles_someone_else(text: str, end: int, names: tuple[str, ...]) -> bool:
    """A title ("Chinese President") directly followed by a name that is not one of ``names``."""
    m = _NAME_AFTER.match(text, end)
    if m is None:
        return False
    name = m.group(1)
    return not any(name.startswith(a) or a.startswith(name.split()[0]) for a in names)


def country_mentions(text: str, *, countries: tuple[str, ...] | None = None,
                     gazetteer: Gazetteer | None = None) -> list[tuple[str, int, int]]:
    """Mentions of countries in ``text`` by their :meth:`Gazetteer.country_words`.

    Unlike :func:`find_entities`, this also finds demonyms and metonyms ("Chinese",
    "the Kremlin") when the places file lists them as ``mentions``. Use it wherever an
    extractor needs "which country is this about" (frames, money, meetings): country ids
    are those of ``places.yml``; :meth:`Gazetteer.country_code` gives the ISO code.

    Args:
        text: A sentence or any string.
        countries: Country ids to look for, in this order; default every country.
        gazetteer: A loaded :class:`Gazetteer`; default the packaged one.

    Returns:
        ``(country_id, char_start, char_end)`` per mention, grouped by country in the order
        of ``countries``, each group in text order.

    Examples:
        >>> country_mentions("Chinese and Russian officials met in Moscow.",
        ...                  countries=("Russia", "China"))
        [('Russia', 12, 19), ('Russia', 37, 43), ('China', 0, 7)]
    """
    gz = gazetteer or load_gazetteer()
    ids = tuple(gz.countries) if countries is None else countries
    named = gz.countries_named(text)  # a country none of whose words occurs cannot match
    return [(cid, m.start(), m.end()) for cid in ids if cid in named or cid not in gz.countries
            for m in gz.country_pattern(cid).finditer(text)]
