"""What a frame term is about: the relationship, Russia, China, a leader, or something else.

Target mentions come from the cue lexicon (leaders, relationship phrases), the countries of
``resources/places.yml`` (their ``mentions``) and the gazetteer (people, cities). A proper-noun
premodifier ("US allies", "China's ally") names the target first; otherwise the nearest
mentions within a window decide.

Examples:
    >>> t = "Russia and China deepened their partnership."
    >>> target_of(mentions(t, load_cues()), 32, 43, "partnership", "partnership", load_cues(), text=t)
    'relationship'
"""

from __future__ import annotations

import functools
import re

from summitlens.extract.frames.cues import Cues, load_cues

__all__ = ["TARGETS", "copula_subject", "first_person_with", "mentions", "possessor_target", "premodifier_target", "speaker_side", "target_of"]

#: Target labels, in the order used to break ties between equally near mentions.
TARGETS = ("relationship", "russia", "china", "leader", "other")


@functools.lru_cache(maxsize=1)
def _gazetteer():
    """The meetings gazetteer (people, places, countries), or None when not installed."""
    try:
        from summitlens.extract.gazetteer import load_gazetteer
    except ImportError:  # pragma: no cover - the gazetteer ships with the package
        return None
    return load_gazetteer()


def _gazetteer_mentions(text: str) -> list[tuple[str, int, int]]:
    """Russia/China/leader mentions from the meetings gazetteer, when it is installed."""
    gz = _gazetteer()
    if gz is None:
        return []
    from summitlens.extract.gazetteer import find_entities

    out = []
    for ent in find_entities(text, gazetteer=gz, kinds=("person", "place", "country")):
        if ent.kind == "person":
            person = gz.people.get(ent.id, {})
            if person.get("role") == "leader":
                out.append(("leader", ent.char_start, ent.char_end))
            continue
        country = gz.country_of(ent.id)
        if country in ("Russia", "China"):
            out.append((country.lower(), ent.char_start, ent.char_end))
        elif country:
            # A third country or its city: "the U.S. and its allies" are about someone else.
            out.append(("other", ent.char_start, ent.char_end))
    return out


def mentions(text: str, cues: Cues, *, use_gazetteer: bool = True) -> list[tuple[str, int, int]]:
    """Target mentions in a sentence: the cue lexicon plus (optionally) the gazetteer.

    Args:
        text: Sentence in match form.
        cues: Compiled cues (``target_patterns``).
        use_gazetteer: Add the gazetteer's leaders and Russian/Chinese places.

    Returns:
        ``(kind, start, end)`` per mention: cue-lexicon kinds in their order, then the
        gazetteer's.

    Examples:
        >>> mentions("Chinese leader", load_cues(), use_gazetteer=False)
        [('china', 0, 7), ('leader', 0, 14)]
    """
    out = [(kind, m.start(), m.end()) for kind, rx in cues.target_patterns.items()
           for m in rx.finditer(text)]
    if use_gazetteer:
        out += _gazetteer_mentions(text)
    return out


_PREMOD = re.compile(r"((?:(?:[A-Z][\w.'\u2019-]*|U\.S\.)(?:'s|\u2019s)?[\s-]+){1,3})"
                     r"(?:[a-z][\w-]*\s+){0,2}$")


def premodifier_target(text: str, s: int, mentions, cues: Cues) -> str | None:
    """Target named by a proper-noun premodifier: "US allies", "China's ally", "Western allies".

    Args:
        text: Sentence in match form.
        s: Term start.
        mentions: :func:`mentions` of the sentence.
        cues: Compiled cues (``premodifier_breaks``, ``not_premodifier``).

    Returns:
        The kind of the mention inside the premodifier, ``other`` for another name, None
        when the term has no proper-noun premodifier.

    Examples:
        >>> t = "He met US allies"
        >>> premodifier_target(t, 10, mentions(t, load_cues()), load_cues())
        'other'
    """
    m = _PREMOD.search(text, max(0, s - 60), s)
    if not m:
        return None
    between = text[m.end(1):s].split()
    if any(w.lower() in cues.not_premodifier or w.lower() in cues.premodifier_breaks for w in between):
        return None
    a, b = m.span(1)
    words = [w for w in re.split(r"[\s-]+", m.group(1)) if w]
    while words and words[0].lower().rstrip("'s\u2019") in cues.not_premodifier:
        a = text.index(words[0], a) + len(words[0])
        words.pop(0)
    if not words:
        return None
    if a == 0 or text[:a].strip() == "" and len(words) == 1 and words[0].lower() in cues.not_premodifier:
        return None
    kinds = [kind for kind, ma, mb in mentions if ma < b and a < mb]
    if "relationship" in kinds or {"russia", "china"} <= set(kinds):
        return "relationship"  # "New Russia-China alliance"
    return kinds[0] if kinds else "other"


_PLACE_AFTER = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?")
_WORD_BACK = re.compile(r"[\w.-]+(?:'s|\u2019s|s')?")
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|our\s+country,?\s+of\s+)?")
_SIDES = {"russia", "china", "leader", "relationship"}


def possessor_target(text: str, s: int, e: int, mentions, cues: Cues, *, first_person: bool = False) -> str | None:
    """Target of a relational person noun with a possessor ("Russia's ally", "an ally of Putin").

    The noun names the possessor's ally, not the possessor: its target is a mention next to
    it (before the possessor after a comma or a verb, or right after the noun), else ``other``;
    ``relationship`` when possessor and referent are Russia and China (or their leaders).

    Args:
        text: Sentence in match form.
        s: Term start.
        e: Term end.
        mentions: :func:`mentions` of the sentence.
        cues: Compiled cues (``relational_nouns`` are checked by the caller).
        first_person: Also take "our"/"my" (``first_person_possessives``) as a possessor.

    Returns:
        A target, or None when the noun has no possessor.

    Examples:
        >>> t = "Kazakhstan is Russia's closest partner."
        >>> possessor_target(t, 31, 38, mentions(t, load_cues()), load_cues())
        'other'
        >>> t = "China, North Korea's only ally, said nothing."
        >>> possessor_target(t, 26, 30, mentions(t, load_cues()), load_cues())
        'china'
        >>> t = "We invested in Russia with our partners."
        >>> possessor_target(t, 31, 39, mentions(t, load_cues()), load_cues(), first_person=True)
        'other'
    """
    pos: tuple[int, int] | None = None
    # Walk back over at most five lower-case modifiers ("closest neighbour, partner and").
    words = list(_WORD_BACK.finditer(text, max(0, s - 80), s))
    for n, w in enumerate(reversed(words)):
        word = w.group(0)
        if word.lower() in cues.possessive_pronouns or (first_person and word.lower() in
                                                         cues.first_person_possessives):
            pos = w.span()
            break
        if word.endswith(("'s", "\u2019s", "s'")) and word[:1].isupper() or \
                word.endswith(("'s", "\u2019s")) and any(ma < w.end() and mb >= w.end() - 3 for _, ma, mb in mentions):
            start = min([ma for _, ma, mb in mentions if ma < w.end() and mb >= w.end() - 3] + [w.start()])
            pos = (start, w.end())
            break
        if word.lower() in cues.possessor_coordinators and n < 5:
            continue
        if n >= 5 or not word[:1].islower() or word.lower() in cues.not_premodifier \
                or word.lower() in cues.premodifier_breaks:
            break
    if pos is None:
        o = _OF_AFTER.match(text, e)
        if o:
            after = [(ma, mb) for k, ma, mb in mentions if o.end() <= ma <= o.end() + 30]
            if after and text[o.end():min(a for a, _ in after)].strip(" ,").split().__len__() <= 3:
                pos = (o.end(), max(mb for ma, mb in after if ma == min(a for a, _ in after)))
    if pos is None:
        return None
    owner = {k for k, ma, mb in mentions if ma < pos[1] and mb > pos[0]}
    # The noun's referent: a mention right before the possessor (apposition/subject) or right
    # after the noun ("its ally Russia").
    near = []
    for k, ma, mb in mentions:
        if ma < pos[1] and mb > pos[0]:
            continue
        if mb <= min(pos[0], s) and min(pos[0], s) - mb <= 25:
            gap = cues.not_referent_links.sub(" ; ", text[mb:min(pos[0], s)])
            if gap.lstrip().startswith((",", *cues.apposition_dashes)) and ";" not in gap or \
                    any(w.lower().strip("\"'") in cues.referent_links for w in gap.split()):
                near.append((min(pos[0], s) - mb, k))
        elif ma >= e and pos[0] < s and (ma - e <= 3 or _PLACE_AFTER.fullmatch(text[e:ma])
                                         or _dash_apposition(text[e:ma], cues)):
            near.append((ma - e, k))  # "its ally Russia", "his friends in Moscow"
    if not near:
        return "other"
    ref = min(near)[1]
    sides = {"russia", "china"}
    if (ref in sides and owner & sides and ref not in owner) or ref == "relationship":
        return "relationship"
    return ref


_LOWER_WORD = re.compile(r"[a-z][\w'-]*")


def copula_subject(text: str, s: int, mentions, cues: Cues) -> str | None:
    """Target of a predicate noun named by the subject right before its copula.

    "Putin could be an important ally for the U.S.": the words before the term are at most
    three lower-case modifiers, a copula (``referent_links``) with optional modals
    (``copula_modals``), and a mention that ends right there.

    Examples:
        >>> t = "Putin could be an important ally for the U.S."
        >>> copula_subject(t, 28, mentions(t, load_cues()), load_cues())
        'leader'
    """
    words = list(_WORD_BACK.finditer(text, max(0, s - 80), s))
    k = len(words) - 1
    n_mod = 0
    while k >= 0 and words[k].group(0).lower() not in cues.referent_links:
        if n_mod >= 3 or not _LOWER_WORD.fullmatch(words[k].group(0)):
            return None
        n_mod += 1
        k -= 1
    if k < 0 or text[words[k].end():s].strip(" ") != text[words[k].end():s].strip() or \
            any(c in text[words[k].start():s] for c in ",;:"):
        return None
    if k + 1 < len(words) and words[k + 1].group(0).endswith("ing"):
        return None  # a progressive, not a copula ("Russia was supporting a regime")
    k -= 1
    while k >= 0 and words[k].group(0).lower() in cues.copula_modals | cues.referent_links:
        k -= 1
    if k < 0:
        return None
    end = words[k].end()
    if text[end:words[k + 1].start()].strip():
        return None
    kinds = [kind for kind, ma, mb in mentions if mb == end or (ma < end <= mb)]
    kinds = [x for x in kinds if x != "other"] or kinds
    return min(kinds, key=TARGETS.index) if kinds else None


@functools.lru_cache(maxsize=256)
def speaker_side(name: str) -> str | None:
    """``russia``/``china`` for a speaker of the gazetteer's people from that country, else None.

    Examples:
        >>> speaker_side("Vladimir Putin"), speaker_side("Boris Johnson")
        ('russia', None)
    """
    gz = _gazetteer()
    if gz is None or not name:
        return None
    from summitlens.extract.gazetteer import find_entities

    for ent in find_entities(name, gazetteer=gz, kinds=("person",)):
        country = str(gz.people.get(ent.id, {}).get("country") or "").lower()
        if country in ("russia", "china"):
            return country
    return None


_WITH = re.compile(r"\s+with\s+(?:the\s+)?")


def first_person_with(text: str, s: int, e: int, mentions, side: str, cues: Cues) -> bool:
    """A speaker of ``side`` on a partnership "with" the other side in the first person.

    Examples:
        >>> t = "We are not creating military alliances with China."
        >>> first_person_with(t, 29, 38, mentions(t, load_cues()), "russia", load_cues())
        True
    """
    other = {"russia": "china", "china": "russia"}.get(side)
    m = _WITH.match(text, e)
    if other is None or m is None or not any(w.lower() in cues.first_person_words for w in text[:s].split()):
        return False
    return any(k == other and ma == m.end() for k, ma, mb in mentions) or \
        any(k == other and m.end() <= ma <= e + cues.with_window and
            not text[m.end():ma].strip(" ,").count(" ") > 3 for k, ma, mb in mentions)


def _dash_apposition(gap: str, cues: Cues) -> bool:
    """A gap that is only an apposition dash ("ally -- China")."""
    g = gap.strip()
    return bool(g) and g in cues.apposition_dashes


def _clause_break(gap: str, *, after: bool, cues: Cues) -> bool:
    """A clause break (``clause_breaks``) between a term and a mention, bar an apposition.

    An apposition right after the term ("a strongman, Russian President Vladimir Putin")
    is a gap of punctuation only.

    Examples:
        >>> _clause_break(", ", after=True, cues=load_cues()), _clause_break(" probe, ", after=False, cues=load_cues())
        (False, True)
    """
    if after and not gap.strip(" ,-"):
        return False
    return any(c in gap for c in cues.target_clause_breaks)


def target_of(mentions, s: int, e: int, term_id: str, category: str, cues: Cues, *, text: str = "") -> str:
    """Target of a term: a proper-noun premodifier, else the nearest mentions in the window.

    Args:
        mentions: :func:`mentions` of the sentence.
        s: Term start.
        e: Term end.
        term_id: Lexicon id (person nouns prefer a near leader).
        category: Lexicon category.
        cues: Compiled cues.
        text: Sentence in match form (enables the premodifier rule).

    Returns:
        One of :data:`TARGETS`.

    Examples:
        >>> t = "Putin is a dictator."
        >>> target_of(mentions(t, load_cues()), 11, 19, "dictator", "authoritarian", load_cues(), text=t)
        'leader'
    """
    if text and term_id in cues.relational_nouns:
        # A name right after the noun is its referent ("Syrian ally Russia").
        after = [k for k, ma, mb in mentions if k != "other" and e < ma <= e + 1]
        if after:
            return after[0]
        poss = possessor_target(text, s, e, mentions, cues, first_person=term_id in cues.first_person_nouns)
        if poss is not None:
            return poss
    if text:
        pre = premodifier_target(text, s, mentions, cues)
        if pre is not None:
            return pre
        subj = copula_subject(text, s, mentions, cues)
        if subj is not None:
            return subj
    w = cues.target_window
    best: dict[str, int] = {}
    for kind, a, b in mentions:
        if s <= a < e or s < b <= e:
            continue
        d = (s - b) if b <= s else (a - e)
        if d > w:
            continue
        d = max(d, 0)
        if text and _clause_break(text[b:s] if b <= s else text[e:a], after=b > s, cues=cues):
            continue  # another clause: a country merely named in the sentence
        if kind not in best or d < best[kind]:
            best[kind] = d
    if not best:
        return "other"
    if "other" in best and all(best["other"] < d for k, d in best.items() if k != "other"):
        return "other"  # a third country or body is the nearest
    best.pop("other", None)
    if not best:
        return "other"
    person = term_id in cues.person_terms
    if person and "leader" in best and best["leader"] <= min(best.values()) + 40:
        return "leader"
    if "relationship" in best or ("russia" in best and "china" in best and category != "authoritarian"):
        return "relationship"
    if "russia" in best and "china" in best and best.get("leader", w + 1) > 40:
        return "relationship"
    return min(best.items(), key=lambda kv: (kv[1], TARGETS.index(kv[0])))[0]
