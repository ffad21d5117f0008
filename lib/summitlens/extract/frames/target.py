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

__all__ = ["TARGETS", "apposition_anchor", "copula_subject", "definite_anaphor", "drop_backers", "drop_bare_pair", "and_other_instances", "first_person_with", "mentions", "modifier_clause_participant", "other_participant",
           "parse_target", "possessor_target", "premodifier_side", "premodifier_target", "side_list", "side_range", "side_title",
           "speaker_side", "target_of", "target_syntax", "third_party_generic", "third_party_owner",
           "third_party_relation"]

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
    if _on("third_party_pair") and third_party_pair(text, [m for m in mentions if m[1] < b and a < m[2]]):
        return "other"  # "the US-Russian alliance": a third party's relation with one side
    return kinds[0] if kinds else "other"


def third_party_pair(text: str, inside) -> bool:
    """Whether premodifier mentions pair a third party with one side by a hyphen (rule
    ``third_party_pair``): "the US-Russian alliance" is a relation of the US and Russia, not
    Russia's.

    Args:
        text: Sentence in match form.
        inside: ``(kind, start, end)`` mentions inside the premodifier.

    Returns:
        True for a side and a third party joined by a hyphen.

    Examples:
        >>> t = "They doubt the US-Russian partnership."
        >>> third_party_pair(t, [("other", 15, 17), ("russia", 18, 25)])
        True
    """
    ms = sorted(inside, key=lambda m: m[1])
    for (k1, a1, b1), (k2, a2, b2) in zip(ms, ms[1:]):
        if {k1, k2} & {"russia", "china", "leader"} and "other" in {k1, k2} and text[b1:a2].strip() == "-":
            return True
    return False


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


def target_of(mentions, s: int, e: int, term_id: str, category: str, cues: Cues, *, text: str = "",
              doc=None) -> str:
    """Target of a term: a proper-noun premodifier, else the nearest mentions in the window.

    Args:
        mentions: :func:`mentions` of the sentence.
        s: Term start.
        e: Term end.
        term_id: Lexicon id (person nouns prefer a near leader).
        category: Lexicon category.
        cues: Compiled cues.
        text: Sentence in match form (enables the premodifier rule).
        doc: spaCy parse of the sentence (match form), when it was parsed: the structural
            rules (:func:`parse_target`, then :func:`~summitlens.extract.frames.scope.syntactic_target`)
            come first.

    Returns:
        One of :data:`TARGETS`.

    Examples:
        >>> t = "Putin is a dictator."
        >>> target_of(mentions(t, load_cues()), 11, 19, "dictator", "authoritarian", load_cues(), text=t)
        'leader'
    """
    if text:
        mentions = drop_backers(text, mentions)  # "Russian-backed regime": the backer is no target
        mentions = third_party_generic(text, mentions, cues, doc=doc)  # "our two countries" = Russia and Greece
        mentions = drop_bare_pair(text, mentions)  # "the two brothers": no side named, no relationship
    if doc is not None:
        found = parse_target(doc, s, e, mentions, term_id=term_id, cues=cues, category=category)
        if found is not None:
            return found
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
        if doc is not None:
            from summitlens.extract.frames.scope import syntactic_target

            found = syntactic_target(doc, s, e, mentions)
            if found is not None:
                return found
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
        if doc is not None and kind != "other" and _on("clause_participant" if category == "partnership" else
                                                       "clause_participant_authoritarian") \
                and other_participant(doc, s, e, a, b):
            continue  # another participant of a clause the term is in ("aid to an ally facing Russian aggression")
        if doc is not None and kind != "other" and _on("modifier_clause") and \
                modifier_clause_participant(doc, s, e, a, b):
            continue  # a participant of a clause on the term's noun ("the ally battling Russia")
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



def _term_and_mention(doc, s: int, e: int, a: int, b: int):
    """The head of the term's noun phrase and the mention's root on the parse, or ``(None, None)``
    when either span has no token (shared by the participant rules below)."""
    from summitlens.extract.frames.scope import term_root

    t, m = term_root(doc, s, e), term_root(doc, a, b)
    if t is None or m is None:
        return None, None
    return _np_head(t), m

def other_participant(doc, s: int, e: int, a: int, b: int) -> bool:
    """Whether a mention is another participant of a clause the term takes part in (rule
    ``clause_participant``, and ``clause_participant_authoritarian`` for authoritarian terms; both
    ship off): the lowest common head of the term's noun and the mention is a verb that is neither
    of them ("Allies have concluded that Russia …", "the regime is protected by Russian military
    force"), so the nearness of the mention says nothing of the term. Not when the mention is the
    subject of that verb and the term no clause of its own under it ("China is either an ally or
    friend"; the subject's phrase reaches into ``subject_preps`` only), or the object the term is
    predicated of through ``predicative_preps`` ("mistook the Russian strongman for a friend").

    Args:
        doc: spaCy ``Doc`` of the sentence (match form).
        s: Term start.
        e: Term end.
        a: Mention start.
        b: Mention end.

    Returns:
        True when the mention should not decide the term's target by nearness.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> other_participant(parse_one("Allies have concluded that Russia broke the treaty."), 0, 6, 27, 33)
        True
        >>> other_participant(parse_one("They met the Russian regime."), 21, 27, 13, 20)
        False
    """
    t, m = _term_and_mention(doc, s, e, a, b)
    if t is None:
        return False
    up = {x.i for x in [t, *t.ancestors]}
    lca = next((x for x in [m, *m.ancestors] if x.i in up), None)
    if lca is None or lca.i in (t.i, m.i) or lca.pos_ not in ("VERB", "AUX"):
        return False
    # The clause's subject is what the clause says of the term ("China is either an ally or
    # friend", "cooperation between Russia and China translated into a strategic partnership");
    # so is an object the term is predicated of ("mistook the Russian strongman for a friend").
    sx = target_syntax()
    path = [x for x in [t, *t.ancestors] if x.i != lca.i and lca.i in {y.i for y in x.ancestors}]
    if any(x.dep_ in sx["clause_deps"] for x in path) or path[-1].dep_ == "agent":
        return True  # a clause of its own, or the agent of a passive ("is supported by … allies")
    deps = ("nsubj", "nsubjpass")
    if any(x.dep_ == "pobj" and x.head.head.i == lca.i and x.head.lower_ in sx["predicative_preps"] for x in path):
        deps += ("dobj",)
    stops = _own_np_stops() | {"prep"}
    for c in lca.children:
        if c.dep_ not in deps:
            continue
        own = _own_tokens(c, stops=stops)
        own += [y for x in list(own) for p in x.children if p.dep_ == "prep" and p.lower_ in sx["subject_preps"]
                for y in p.subtree]
        if any(m.i == x.i for x in own):
            return False
    return True


def modifier_clause_participant(doc, s: int, e: int, a: int, b: int) -> bool:
    """Whether a mention is a participant of a clause that modifies the term's noun, other than its
    subject (rule ``modifier_clause``): "aid to the struggling ally battling Russia", "aides and
    allies caught up in the investigation into Russian meddling", "an ally that fought Russia" —
    the clause says what the term's referent does or undergoes, so the mention is someone else.
    The subject of a relative clause ("the alliance that Russia and China formed") and the clauses
    of ``modifier_clause_exempt`` verbs ("the strongman ruling Russia", "a friendship linking
    Russians and Chinese") still name the term's sides.

    Args:
        doc: spaCy ``Doc`` of the sentence (match form).
        s: Term start.
        e: Term end.
        a: Mention start.
        b: Mention end.

    Returns:
        True when the mention should not decide the term's target by nearness.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> modifier_clause_participant(parse_one("They sent arms to the ally fighting Russia."), 22, 26, 36, 42)
        True
        >>> modifier_clause_participant(parse_one("They praised the alliance that Russia formed."), 17, 25, 31, 37)
        False
    """
    t, m = _term_and_mention(doc, s, e, a, b)
    if t is None:
        return False
    # The clause may hang on the first conjunct of the term's noun ("aides and allies caught up in …").
    nouns = [t, t.head] if t.dep_ == "conj" and t.head.i < t.i else [t]
    path = []
    for x in [m, *m.ancestors]:
        if any(x.i == n.i for n in nouns):
            break
        path.append(x)
    else:
        return False  # the mention is not under the term's noun
    if len(path) < 2 or path[-1].dep_ not in ("acl", "relcl") or path[-1].i < t.i:
        return False
    verb = path[-1]
    if verb.lemma_.lower() in target_syntax()["modifier_clause_exempt"]:
        return False
    return path[-2].dep_ not in ("nsubj", "nsubjpass", "csubj")


# --------------------------------------------------------------------------- parse-based target

_NOUNS = {"NOUN", "PROPN", "PRON", "NUM", "X"}
_SIDE_ORDER = ("relationship", "leader", "russia", "china")


@functools.lru_cache(maxsize=1)
def target_syntax() -> dict:
    """Word lists of the parse-based target rules (``frames.yml``, section ``target_syntax``).

    Examples:
        >>> "like" in target_syntax()["example_preps"]
        True
    """
    from summitlens.rules import load_rules

    d = load_rules(None, default="frames.yml").get("target_syntax") or {}
    out = {k: frozenset(str(w).lower() for w in d.get(k) or []) for k in
           ("example_preps", "relative_pronouns", "pronouns", "support_verbs", "backer_suffixes",
            "own_np_stops", "relation_preps", "linking_verbs", "rules_off", "place_preps", "range_preps",
            "owner_preps", "anaphor_determiners", "person_pronouns", "list_continuers",
            "predicative_preps", "clause_deps", "subject_preps", "ruler_verbs", "modifier_clause_exempt", "instance_markers")}
    for k in ("apposition_openers", "apposition_closers"):
        out[k] = frozenset(str(w) for w in d.get(k) or [])
    suf = "|".join(sorted(re.escape(w) for w in out["backer_suffixes"])) or "(?!)"
    out["backer"] = re.compile(rf"\s*-\s*(?:{suf})\b", re.I)
    pre = "|".join(sorted(re.escape(str(w)) for w in d.get("backer_prefixes") or [])) or "(?!)"
    out["backer_prefix"] = re.compile(rf"\b(?:{pre})\s*-\s*$", re.I)
    out["generic_relationship"] = re.compile("|".join(d.get("generic_relationship") or []) or "(?!)", re.I)
    out["bare_pair"] = re.compile("|".join(d.get("bare_pair") or []) or "(?!)", re.I)
    return out


def _on(rule: str) -> bool:
    """Whether a parse-based target rule is switched on (``target_syntax.rules_off``)."""
    return rule not in target_syntax()["rules_off"]


def drop_backers(text: str, mentions) -> list:
    """Mentions that name a backer ("Russian-backed regime", "Russia-adjacent members") dropped;
    so are those after a backer prefix ("a pro-Moscow strongman"; rule ``backer_prefix``).

    Examples:
        >>> t = "the Russian-backed Syrian regime"
        >>> drop_backers(t, [("russia", 4, 11)])
        []
        >>> drop_backers("a pro-Moscow strongman", [("russia", 6, 12)])
        []
    """
    sx = target_syntax()
    rx, pre = sx["backer"], sx["backer_prefix"]
    prefixed = _on("backer_prefix")
    return [m for m in mentions if not rx.match(text, m[2])
            and not (prefixed and pre.search(text, max(0, m[1] - 12), m[1]))]


def _own_np_stops() -> frozenset[str]:
    """Dependency labels that end a term's own phrase (``frames.yml`` ``target_syntax.own_np_stops``)."""
    return target_syntax()["own_np_stops"]


def _own_tokens(tok, *, stops=None, skip=frozenset()):
    """Tokens of ``tok``'s own phrase: its subtree without clauses, appositions or conjuncts."""
    stops = _own_np_stops() if stops is None else stops
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        if t.i in skip:
            continue
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in stops)
    return out


def _kinds(tokens, mentions) -> set[str]:
    """Mention kinds overlapping any of ``tokens``."""
    spans = [(t.idx, t.idx + len(t.text)) for t in tokens]
    return {k for k, a, b in mentions if any(a < y and x < b for x, y in spans)}


def _side(kinds) -> str | None:
    """The target named by a set of mention kinds: both sides make the relationship."""
    if "relationship" in kinds or {"russia", "china"} <= set(kinds):
        return "relationship"
    return next((k for k in _SIDE_ORDER if k in kinds), None)


def _coordinated(h) -> list:
    """``h``, the nouns coordinated right under it and, when ``h`` is itself a conjunct, the one it
    is coordinated with ("strong ties and friendship with Algeria": ties and friendship)."""
    out = [h, *(c for c in h.children if c.dep_ == "conj")]
    if h.dep_ == "conj":  # a conjunct is never the root
        out.append(h.head)
    return out


def _with_conjuncts(tok) -> list:
    """``tok`` and the tokens coordinated with it ("Russia, and possibly even Assad")."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _head_kinds(tok, mentions, *, pronouns=frozenset()) -> tuple[set[str], bool]:
    """(mention kinds of one conjunct's phrase, whether it names someone).

    The head word and its name parts decide first ("Putin's Russia" is Russia, "Konstantin
    Kosachev" a person of his own even after "a prominent Russian"); then the phrase without
    its prepositional modifiers ("The US policy toward Russia" is the US's); then all of it
    ("the leader of Russia"). A pronoun ("it", "they") takes the nearest earlier mention.
    """
    name = [tok] + [c for c in tok.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
    kinds = _kinds(name, mentions)
    if kinds:
        return kinds, True
    if tok.pos_ == "PROPN":
        return set(), True
    if tok.lower_ in pronouns:
        before = [(b, k) for k, a, b in mentions if b <= tok.idx]
        return ({max(before)[1]} if before else set()), bool(before)
    kinds = _kinds(_own_tokens(tok, stops=_own_np_stops() | {"prep"}), mentions) or \
        _kinds(_own_tokens(tok), mentions)
    return kinds, bool(kinds) or tok.pos_ == "NOUN"


def _tokens_target(tokens, mentions, *, pronouns=frozenset()) -> tuple[str | None, bool, set[str]]:
    """(side named by the phrases of ``tokens``, whether they name anyone, all their kinds)."""
    kinds, named = set(), False
    for c in tokens:
        k, n = _head_kinds(c, mentions, pronouns=pronouns)
        kinds |= k
        named = named or n
    return _side(kinds), named, kinds


def _phrase_target(tok, mentions, *, pronouns) -> tuple[str | None, bool, set[str]]:
    """(side named by ``tok`` and its conjuncts, whether they name anyone, all their kinds)."""
    return _tokens_target(_with_conjuncts(tok), mentions, pronouns=pronouns)


def _np_head(root):
    """The noun the term belongs to: an adjective term climbs to its noun ("autocratic
    strongman", "Russia-friendly Republican"), a title to the name it precedes ("dictator
    Josef Stalin"); a noun term stays ("regime supporters" are not the regime)."""
    h = root
    while h.head.i != h.i and h.head.pos_ in _NOUNS and (
            h.dep_ == "amod" or (h.dep_ in ("compound", "nmod") and h.head.pos_ == "PROPN")):
        h = h.head
    return h


def _arguments(h, *, relation: bool = True) -> list:
    """The term noun's own arguments: possessor and between/of/with/among objects (shared
    with a coordinated noun: "partnership and strategic interaction between Russia and China").
    Only a relation (``relation``: the partnership category) has between/with/among sides: the
    "Syrian regime together with Russia" is no regime of Russia's."""
    nouns = [h, *(c for c in h.children if c.dep_ == "conj")]
    if h.dep_ == "conj" and h.head.i != h.i:
        nouns.append(h.head)
    out = [c for c in h.children if c.dep_ == "poss"]
    preps = ("between", "of", "with", "among") if relation else ("of",)
    out += [g for x in nouns for c in x.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]
    return out


def _predicate_subjects(h):
    """What a predicate term is said of: ``(verb, argument tokens, the "as" token or None)``.

    The subject of a copula ("Russia is not an ally"), the object of an "as"-complement ("see
    Russia as an ally", "referred ... to China as its strategic partner"), else its subject;
    ``(None, [], None)`` when the term is no predicate.
    """
    hh = h
    while hh.dep_ == "conj" and hh.head.i != hh.i:
        hh = hh.head  # "both an adversary, but also a potential partner"
    if hh.dep_ == "oprd" and _on("object_predicate"):
        objs = [c for c in hh.head.children if c.dep_ == "dobj" and c.i < hh.i]
        if objs:
            return hh.head, objs, objs[0]  # "calling President Putin an autocratic thug"
    if hh.dep_ in ("attr", "oprd", "acomp"):
        v = hh.head
        return v, _raised_subjects(v), None
    if hh.dep_ == "pobj" and hh.head.lower_ == "as" and hh.head.head.i != hh.head.i:
        as_tok = hh.head
        v = as_tok.head
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if not objs:
            tos = [t for t in v.subtree if t.dep_ == "pobj" and t.head.lower_ == "to" and t.i < as_tok.i]
            objs = tos[-1:]
        if objs:
            return v, objs, objs[0]
        return v, _raised_subjects(v), None
    return None, [], None


def _raised_subjects(v) -> list:
    """The subjects of verb ``v``; for a verb without one that is the open complement of another
    ("China is going to be marked … as an untrustworthy partner", "Russia seems to be an ally"),
    the subject of the verb it complements (rule ``raised_subject``)."""
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not subj and v.dep_ == "xcomp" and v.head.i != v.i and _on("raised_subject"):
        v = v.head
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subj


def _third_parties(tokens, mentions) -> tuple[set[str], bool]:
    """(side kinds named by ``tokens`` and their conjuncts, whether one of them is a third party:
    an ``other`` mention or a proper name that is no side, "Gabon", "the Hellenic Republic")."""
    sides, third = set(), False
    for g in tokens:
        for a in _with_conjuncts(g):
            kinds, named = _head_kinds(a, mentions)
            own = kinds & _SIDES
            sides |= own
            if ("other" in kinds and not own) or (not kinds and named and a.pos_ == "PROPN"):
                third = True
    return sides, third


def third_party_relation(root, mentions) -> bool:
    """Whether a partnership term is about a relation of one side with a third party.

    The relation is the term's noun ("friendship between China and the United States"), the
    noun an adjective term modifies ("friendly ties with Algeria") or the subject of a predicate
    adjective ("Russia's relations with Gabon are traditionally friendly"); its
    ``relation_preps`` objects name a third party and, with its possessor, not both sides
    (rule ``third_party_relation``).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> from summitlens.extract.frames.scope import term_root
        >>> t = "Russia has strong and friendly ties with Algeria."
        >>> d = parse_one(t)
        >>> third_party_relation(term_root(d, 22, 30), mentions(t, load_cues()))
        True
    """
    r = root
    while r.dep_ == "conj" and r.head.i != r.i and r.pos_ == "ADJ":
        r = r.head  # "strong and friendly ties"
    h = _np_head(r)
    heads = _coordinated(h)
    if h.pos_ == "ADJ":
        heads += _predicate_subjects(h)[1]  # "relations with Gabon are friendly"
    sx = target_syntax()
    preps = sx["relation_preps"]
    objs = [g for x in heads for c in x.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]
    if not objs:
        return False
    # A side that is, or forms, the relation keeps it: "Russia should not be partners with a
    # Gas Killing Animal", "Russia could form an alliance with France" (its own ties).
    owner = _predicate_subjects(h)[1] if h.pos_ != "ADJ" else []
    if h.dep_ == "dobj" and h.head.lower_ in sx["support_verbs"]:
        owner = [c for c in h.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(_head_kinds(a, mentions)[0] & {"russia", "china", "leader"} for a in owner):
        return False
    sides, third = _third_parties(objs, mentions)
    if not third:
        return False
    sides |= {k for x in heads for c in x.children if c.dep_ == "poss" for k in _kinds(list(c.subtree), mentions)}
    return _side(sides & _SIDES) != "relationship"


def third_party_generic(text: str, mentions, cues: Cues, *, doc=None) -> list:
    """Generic relationship mentions ("our two countries", "bilateral") relabelled ``other``
    when the sentence is about one side and a third party (rule ``third_party_generic``).

    A third party is a place of the gazetteer that is no side (not a bloc of the cue lexicon's
    ``other``: "Our two countries oppose NATO" stays the relationship), or a proper name in a
    ``relation_preps`` phrase ("relations between Russia and the Hellenic Republic", on the
    parse). Both sides named (leaders by their country in ``people.yml``) keep the mentions.

    Examples:
        >>> t = "Our talks in New Delhi showed the level of bilateral partnership."
        >>> [k for k, a, b in third_party_generic(t, mentions(t, load_cues()), load_cues())]
        ['other', 'other']
    """
    sx = target_syntax()
    generic = [m for m in mentions if m[0] == "relationship" and sx["generic_relationship"].fullmatch(text[m[1]:m[2]])]
    if not generic or not _on("third_party_generic") or len(generic) < sum(k == "relationship" for k, _, _ in mentions):
        return mentions
    sides = {k for k, _, _ in mentions if k in ("russia", "china")}
    sides |= {speaker_side(text[a:b]) for k, a, b in mentions if k == "leader"} - {None}
    if {"russia", "china"} <= sides:
        return mentions
    bloc = cues.target_patterns.get("other")
    third = any(k == "other" and not (bloc and bloc.fullmatch(text[a:b])) for k, a, b in mentions)
    if not third and doc is not None:
        objs = [g for t in doc if t.dep_ == "prep" and t.lower_ in sx["relation_preps"]
                for g in t.children if g.dep_ == "pobj"]
        names = [m for m in mentions if m not in generic]
        third = any(found[1] and found[0] for found in (_third_parties([g], names) for g in objs))
    if not third:
        return mentions
    return [("other", a, b) if (k, a, b) in generic else (k, a, b) for k, a, b in mentions]


def _linked_side(h, mentions) -> str | None:
    """The side a linking verb's object names when the term (or a conjunct) is its subject or
    it modifies the term ("friendship connects … Russians and Chinese", "friendship and
    confidence linking our two nations"; rule ``linking_verb``)."""
    verbs = target_syntax()["linking_verbs"]
    nouns = [h, *(c for c in h.children if c.dep_ == "conj")]
    found = []
    for x in nouns:
        if x.dep_ in ("nsubj", "nsubjpass") and x.head.lower_ in verbs:
            found.append(x.head)
        found += [c for c in x.children if c.dep_ in ("acl", "relcl") and c.lower_ in verbs]
    for v in found:
        objs = [c for c in v.children if c.dep_ in ("dobj", "attr")]
        objs += [g for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        side = _side({k for o in objs for k in _kinds(list(o.subtree), mentions)} & _SIDES)
        if side:
            return side
    return None


def _range_kinds(x, mentions) -> set[str] | None:
    """Mention kinds of a "from A to B (to C)" range on ``x`` (``range_preps``), None without one.

    The range's later legs may hang on the first one, on its object or on ``x``'s own head
    ("cozied up to dictators from Saudi Arabia to Russia to North Korea").
    """
    legs = target_syntax()["range_preps"]
    for f in x.children:
        if f.dep_ != "prep" or f.lower_ != "from":
            continue
        objs = [g for g in f.children if g.dep_ == "pobj"]
        if not objs:
            continue
        objs += [g for t in f.subtree if t.dep_ == "prep" and t.lower_ in legs for g in t.children if g.dep_ == "pobj"]
        doc = x.doc
        end = max(t.i for t in f.subtree)
        while end + 2 < len(doc) and doc[end + 1].lower_ in legs and doc[end + 1].dep_ == "prep":
            nxt = [g for g in doc[end + 1].children if g.dep_ == "pobj"]
            if not nxt:
                break
            objs += nxt
            end = max(end + 1, max(t.i for t in doc[end + 1].subtree))
        if len(objs) < 2:
            continue
        return {k for o in objs for k in _kinds(list(o.subtree), mentions)}
    return None


def side_range(h, mentions) -> str | None:
    """The sides among a range of places the term's noun spans ("dictators from Saudi Arabia to
    Russia to North Korea", "From Russia to China, repressive regimes", "dictators, who from
    China to Venezuela to Russia try …"): third parties in the range are left aside; ``other``
    when it names no side (rule ``side_list``).

    The range hangs on the term's noun (or its coordination head), on the verb the noun is the
    subject or object of, or on the verb of a relative clause on the noun.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> from summitlens.extract.frames.scope import term_root
        >>> t = "From Cuba to China, repressive regimes are jailing critics."
        >>> side_range(_np_head(term_root(parse_one(t), 31, 38)), mentions(t, load_cues()))
        'china'
    """
    hosts = _coordinated(h)
    if h.dep_ in ("nsubj", "nsubjpass", "dobj") and h.head.i != h.i:
        hosts.append(h.head)
    hosts += [c for c in h.children if c.dep_ == "relcl"]
    for x in hosts:
        for y in [x, *(c for c in x.children if c.dep_ == "prep" and c.lower_ not in ("from",))]:
            found = _range_kinds(y, mentions) if y is x else None
            if found is None and y is not x:
                found = next((r for g in y.children if g.dep_ == "pobj" for r in [_range_kinds(g, mentions)]
                              if r is not None), None)
            if found is not None:
                return _side(found & _SIDES) or "other"
    return None


def side_list(h, mentions, *, category: str) -> str | None:
    """The sides named in a list the term's noun is said of, third parties left aside (rule
    ``side_list``): a place phrase of an authoritarian noun ("autocrats in China, Turkey and
    Russia", ``place_preps``), names after the noun and a comma misparsed as coordination ("its
    trading partners, China and Mexico"); ranges are :func:`side_range`'s.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> from summitlens.extract.frames.scope import term_root
        >>> t = "The report names dictatorships in Russia and Cuba."
        >>> side_list(_np_head(term_root(parse_one(t), 17, 30)), mentions(t, load_cues()), category="authoritarian")
        'russia'
    """
    sx = target_syntax()
    if category == "authoritarian":
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in sx["place_preps"]:
                side = _list_sides([g for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"], mentions)
                if side:
                    return side
    doc = h.doc
    own_name = any(t.text[:1].isupper() for c in h.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                   for t in c.subtree)
    for c in h.children:
        if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i == h.i + 2 and doc[h.i + 1].text == "," and not own_name:
            side = _list_sides([c], mentions)
            if side:
                return side
    return None


def _list_sides(heads, mentions) -> str | None:
    """The sides of a list of names (``heads`` and their conjuncts) whose first item is a side:
    "China, Turkey, North Korea and Russia" is both sides; "Britain, France, Russia and China"
    (a third party first) is None."""
    items = sorted((a for g in heads for a in _with_conjuncts(g)), key=lambda t: t.i)
    if not items:
        return None
    first = _head_kinds(items[0], mentions)[0]
    if not first & _SIDES:
        return None
    return _side({k for a in items for k in _head_kinds(a, mentions)[0]} & _SIDES)


def third_party_owner(root, h, mentions, *, pronoun_owners: bool = True) -> bool:
    """Whether a partnership term is a third party's relation with one side (rule
    ``third_party_owner``): "his friendly posture toward Putin", "Trump was too friendly with
    Putin", "governments friendly to Moscow".

    The relation's objects (``owner_preps``, on the term or the noun it modifies) name sides
    only, and its owner names none: a possessor ("his" with no side named before it, a name
    that is no side), the subject of a predicate term, or the noun an adjective term with its own
    object describes.

    Args:
        root: The term's root token.
        h: Its noun (:func:`_np_head`).
        mentions: ``(kind, start, end)`` target mentions of the sentence.
        pronoun_owners: Take "his"/"her" (``person_pronouns``) with no side named before them
            as a third party (rule ``pronoun_owner``); else such a possessor decides nothing.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> from summitlens.extract.frames.scope import term_root
        >>> t = "Critics doubted his friendly posture toward Putin."
        >>> d = parse_one(t)
        >>> third_party_owner(term_root(d, 20, 28), _np_head(term_root(d, 20, 28)), mentions(t, load_cues()))
        True
    """
    sx = target_syntax()
    preps = sx["owner_preps"]
    hosts = [root, h] if root is not h else [h]
    objs = [g for x in hosts for c in x.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]
    if not objs:
        return False
    sides, third = _third_parties(objs, mentions)
    if third or not sides:
        return False
    owners = [c for c in h.children if c.dep_ == "poss"]
    if root is not h and root.pos_ == "ADJ" and any(c.dep_ == "prep" and c.lower_ in preps for c in root.children):
        owners.append(h)  # "governments friendly to Moscow": the governments
    if h.pos_ == "ADJ" or not owners:
        owners += _predicate_subjects(h)[1]
    if not owners:
        return False
    sub = list(root.subtree)
    outside = [m for m in mentions if not (sub[0].idx <= m[1] and m[2] <= sub[-1].idx + len(sub[-1]))]
    for o in owners:
        if o.lower_ in sx["person_pronouns"]:
            if not pronoun_owners or any(b <= o.idx and k in _SIDES for k, a, b in mentions):
                return False  # "Putin ... his friendship with Xi": the pronoun may be a side
            continue
        kinds, named = _head_kinds(o, outside if o is h else mentions)
        if kinds & _SIDES or not (named or "other" in kinds):
            return False
        if o is h and o.pos_ == "PROPN":
            return False
    return True


def ruler_agent(h, mentions) -> str | None:
    """The target of a person noun that is the passive agent of a ruling verb (rule
    ``ruler_agent``, ``ruler_verbs``): the leader when the verb's subject is Russia or China
    ("Russia is led by an autocrat"), ``other`` for a third party; None otherwise.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> from summitlens.extract.frames.scope import term_root
        >>> t = "China is ruled by a tyrant."
        >>> ruler_agent(_np_head(term_root(parse_one(t), 20, 26)), mentions(t, load_cues()))
        'leader'
    """
    if h.dep_ != "pobj" or h.head.dep_ != "agent" or h.head.head.i == h.head.i:
        return None
    verb = h.head.head
    if verb.lower_ not in target_syntax()["ruler_verbs"]:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects and verb.dep_ == "acl" and verb.head.i != verb.i:
        subjects = [verb.head]  # "Russia, ruled by a dictator"
    kinds = {k for x in subjects for k in _head_kinds(x, mentions)[0]}
    if kinds & {"russia", "china"}:
        return "leader"
    return "other" if "other" in kinds else None


def side_title(h, s: int, e: int, mentions, *, inside=frozenset()) -> str | None:
    """The side of a person noun's title (rule ``side_title_noun``): the name in apposition
    ("Russia's strongman Vladimir Putin": Putin, not Russia), else a leader mention that spans
    the term ("the Russian strongman", the cue lexicon's leader phrases); None otherwise.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> from summitlens.extract.frames.scope import term_root
        >>> t = "He praised the Russian strongman."
        >>> side_title(term_root(parse_one(t), 23, 32), 23, 32, mentions(t, load_cues()))
        'leader'
    """
    for c in h.children:
        if c.dep_ == "appos" and c.i not in inside and c.pos_ == "PROPN":
            side = _side(_head_kinds(c, mentions)[0])
            if side:
                return side
    if any(k == "leader" and a < s and e <= b for k, a, b in mentions):
        return "leader"
    return None


def definite_anaphor(h, s: int, mentions, *, person: bool) -> str | None:
    """The side a definite authoritarian noun takes up from earlier in the sentence (rule
    ``definite_anaphor``): "China's Communists … finance the regime's power", "siding with the
    Chinese Communist Party … a subsidiary of the authoritarian regime"; a person noun ("told the
    autocrat") takes up a leader.

    Only a noun with a determiner of ``anaphor_determiners`` and nothing of its own naming anyone
    (no proper-noun or capitalised modifier, no prepositional object), after mentions of one
    side only and of no third party (a place phrase, "in Moscow", is none), none of them
    c-commanding the noun.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> from summitlens.extract.frames.scope import term_root
        >>> t = "China's leaders spoke, but the regime did not change."
        >>> definite_anaphor(term_root(parse_one(t), 30, 36), 30, mentions(t, load_cues()), person=False)
        'china'
    """
    sx = target_syntax()
    if not any(c.dep_ == "det" and c.lower_ in sx["anaphor_determiners"] for c in h.children):
        return None
    for c in h.children:
        if c.dep_ in ("compound", "nmod", "amod", "poss", "prep", "appos", "nummod") and (
                c.dep_ == "prep" or any(t.text[:1].isupper() for t in c.subtree)):
            return None
    # A place phrase is where something is, not an antecedent ("his friends in Moscow … the regime").
    places = [(t.idx, t.idx + len(t.text)) for t in h.doc if t.dep_ == "pobj" and t.head.lower_ in sx["place_preps"]]
    before = {k for k, a, b in mentions if b <= s and not any(x <= a < y for x, y in places)}
    if "other" in before:
        return None
    # A mention that c-commands the noun is another party acting on it ("China could guarantee
    # the security of the regime"), not its antecedent.
    below = {t.i for t in h.subtree}
    for t in h.doc:
        if t.i not in below and t.head.i != t.i and any(a <= t.idx < b <= s for k, a, b in mentions) and \
                h.i in {x.i for x in t.head.subtree} and h.i not in {x.i for x in t.subtree}:
            return None
    if person:
        return "leader" if "leader" in before else None
    sides = before & {"russia", "china"}
    return next(iter(sides)) if len(sides) == 1 and "relationship" not in before else None


def apposition_anchor(h) -> list | None:
    """The names a term's noun phrase stands in apposition to where the parse does not say so
    (rule ``detached_apposition``); None when it is no such apposition.

    Two shapes: a noun coordinated (without a comma: a list item is no apposition) with a parsed
    apposition shares its anchor ("China, North Korea's top trading partner and ally": ally); a
    common-noun phrase with a determiner or a
    possessor (not a possessive pronoun: "Russia, its allies and partners" is a list), opened by
    ``apposition_openers`` right after a proper name and closed by ``apposition_closers`` (not
    a comma before a ``list_continuers`` word) or the end, whatever the parser made of it
    ("Beijing, North Korea's neighbor and ally, …" read as a coordination; "China, a
    geopolitical foe but critical U.S. trade partner, …" read as an object). The anchor comes
    with the names coordinated with it before the phrase ("Russia and Brazil -- …").

    Args:
        h: The term's noun (:func:`_np_head`).

    Returns:
        The anchor's conjuncts (tokens) before the phrase, or None.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> from summitlens.extract.frames.scope import term_root
        >>> d = parse_one("She blamed Beijing, North Korea's neighbor and ally, for the test.")
        >>> [t.text for t in apposition_anchor(_np_head(term_root(d, 47, 51)))]
        ['Beijing']
    """
    sx = target_syntax()
    top = h
    doc = h.doc
    while top.dep_ == "conj" and top.head.i != top.i and top.head.pos_ == "NOUN" and not any(
            t.text in sx["apposition_openers"] for t in doc[top.head.i + 1:top.i]):
        top = top.head  # "neighbor and ally", not a list item after a comma
    if top.pos_ != "NOUN":
        return None
    if top is not h and top.dep_ == "appos" and top.head.i != top.i:
        anchor = top.head
    else:
        kids = list(top.children)
        if not any(c.dep_ in ("det", "poss") for c in kids) or any(
                c.dep_ == "poss" and c.lower_ in sx["pronouns"] | sx["person_pronouns"] for c in kids):
            return None
        own = [t.i for t in top.subtree if not t.is_punct]
        left, right = min(own), max(own)
        if left < 2 or doc[left - 1].text not in sx["apposition_openers"]:
            return None
        if right + 1 < len(doc):
            closer = doc[right + 1]
            if closer.text not in sx["apposition_closers"] or (
                    closer.text == "," and right + 2 < len(doc) and doc[right + 2].lower_ in sx["list_continuers"]):
                return None
        anchor = doc[left - 2]
        if anchor.pos_ != "PROPN":
            return None
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i and anchor.head.i < anchor.i:
        anchor = anchor.head
    out = [c for c in _with_conjuncts(anchor) if c.i < top.i]
    return out or None


def parse_target(doc, s: int, e: int, mentions, *, term_id: str, cues: Cues,
                 category: str = "partnership") -> str | None:
    """Target of a term from its place in the dependency parse (None when no rule applies).

    In order: the name a term is a title of ("dictator Josef Stalin", "strongman, Russian
    President Vladimir Putin") or stands in apposition to ("Russia, Syria's main ally"); the
    examples of its noun ("autocratic nations like Russia, China"); the antecedent of a
    relative clause it is the predicate of ("Mr Putin, who is my friend"); the subject (or the
    object of an "as"-complement) of a predicate term ("Russia is not a U.S. ally", "see
    Russia as an ally"), combined with the term's own arguments ("China is Russia's partner":
    the relationship); the subject of a support verb ("Russia could form an alliance with
    France"); ``other`` for a term coordinated with a named party ("disputes with China and
    some allies"). Both sides among the deciding words make ``relationship``; third parties or
    unnamed people make ``other``. Rules of the issue-13 target pass (each can be switched off in
    ``target_syntax.rules_off``): a side's title on a person noun (:func:`side_title`), a third
    party's relation with one side (:func:`third_party_owner`), lists and ranges of places
    (:func:`side_list`, :func:`side_range`), a definite noun taking up the side named before it
    (:func:`definite_anaphor`). Target pass four: "X and other autocrats" (:func:`and_other_instances`),
    a relational noun's own adjective (:func:`premodifier_side`), an object predicative said of the
    object (``object_predicate``, off) and the subject a raising verb lends its complement
    (``raised_subject``, off); in :func:`target_of`, a bare "the two" with no side named is no
    mention (:func:`drop_bare_pair`), and in its nearest-mention fallback the participants of a
    clause on the term's noun decide nothing (:func:`modifier_clause_participant`).

    Args:
        doc: spaCy ``Doc`` of the sentence (match form).
        s: Term start.
        e: Term end.
        mentions: ``(kind, start, end)`` target mentions of the sentence.
        term_id: Lexicon id (relational nouns name someone else than their possessor).
        cues: Compiled cues (``relational_nouns``).
        category: Lexicon category (only ``partnership`` terms are relations with sides).

    Returns:
        A target, or None to let the surface rules decide.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "I congratulate Mr Putin, who is my friend."
        >>> parse_target(parse_one(t), 35, 41, mentions(t, load_cues()), term_id="friend", cues=load_cues())
        'leader'
        >>> t = "It could leave autocratic nations like Russia, China, and Iran in charge."
        >>> parse_target(parse_one(t), 15, 25, mentions(t, load_cues()), term_id="autocrat", cues=load_cues())
        'relationship'
    """
    from summitlens.extract.frames.scope import term_root

    root = term_root(doc, s, e)
    if root is None:
        return None
    sx = target_syntax()
    mentions = drop_backers(doc.text, mentions)
    span = doc.char_span(s, e, alignment_mode="expand")
    inside = {t.i for t in span} if span is not None else {root.i}
    relational = term_id in cues.relational_nouns
    h = _np_head(root)
    pron = sx["pronouns"]
    args_side = _side({k for a in _arguments(h, relation=category == "partnership")
                       for k in _kinds(list(a.subtree), mentions)})

    # 1. A title before a name ("dictator Josef Stalin", "strongman Putin").
    if h is not root and h.pos_ == "PROPN" and h.i not in inside:
        return _side(_head_kinds(h, mentions)[0]) or "other"
    # 1a. The agent of a ruling verb: "Russia is led by an autocrat" (its leader).
    if term_id in cues.person_terms and not relational and _on("ruler_agent"):
        side = ruler_agent(h, mentions)
        if side:
            return side
    # 1b. A person noun titled by a side: an apposed name ("Russia's strongman Vladimir Putin"),
    #     else a leader phrase around it ("the Russian strongman").
    if category == "authoritarian" and not relational and term_id in cues.person_terms and _on("side_title_noun"):
        side = side_title(h, s, e, mentions, inside=inside)
        if side:
            return side
    # 2a. A relation of one side with a third party ("friendly ties with Algeria"), or of a third
    #     party with one side ("his friendly posture toward Putin").
    if category == "partnership" and _on("third_party_relation") and third_party_relation(root, mentions):
        return "other"
    if category == "partnership" and _on("third_party_owner") and third_party_owner(
            root, h, mentions, pronoun_owners=_on("pronoun_owner")):
        return "other"
    # 2. The term's own arguments name a side ("alliance between Moscow and Beijing", "his
    #    friendship with Putin"); a relational noun's possessor is not its referent.
    if args_side and not relational:
        return args_side
    # 2b. A linking verb's object: "friendship connects … Russians and Chinese".
    if category == "partnership" and not relational and _on("linking_verb"):
        side = _linked_side(h, mentions)
        if side:
            return side
    # 3. Apposition: the name the term's phrase stands beside ("strongman, President Putin";
    #    "Russia, Syria's main ally"); a list naming third parties too is about them.
    for c in h.children:
        if c.dep_ == "appos" and c.i not in inside and c.pos_ == "PROPN":
            side, _, kinds = _phrase_target(c, mentions, pronouns=frozenset())
            first = _list_sides([c], mentions) if _on("side_list") else None
            if first:
                return first  # "its allies Russia or Iran": the sides of a list led by a side
            return "other" if "other" in kinds or not side else side
    if h.dep_ == "appos" and h.head.i != h.i:
        # The anchor and its conjuncts before the term ("Syria and Russia, longtime allies").
        side, named, _ = _tokens_target([c for c in _with_conjuncts(h.head) if c.i < h.i], mentions)
        if side:
            return _side({side, args_side}) if relational and args_side and args_side != side else side
        if named and h.head.pos_ == "PROPN":
            return "other"
    # 3c. An apposition the parser misread, or a noun coordinated with one ("Beijing, North
    #     Korea's neighbor and ally, …"; rule detached_apposition).
    if _on("detached_apposition"):
        anchors = apposition_anchor(h)
        if anchors:
            side, named, _ = _tokens_target(anchors, mentions)
            if side:
                return _side({side, args_side}) if relational and args_side and args_side != side else side
            if named:
                return "other"
    # 4a. A range of places: "dictators from Saudi Arabia to Russia to North Korea".
    if _on("side_list"):
        side = side_range(h, mentions)
        if side:
            return side
    # 4. Examples of the term's noun: "nations like Russia, China", "regimes such as Russia".
    heads = _coordinated(h)
    for x in heads:
        preps = [c for c in x.children if c.dep_ == "prep" and c.lower_ in sx["example_preps"]
                 and (c.lower_ != "as" or doc[c.i - 1].lower_ == "such")]
        preps += [g for c in x.children if c.lower_ == "such" for g in c.children
                  if g.dep_ == "prep" and g.lower_ == "as"]
        for p in preps:
            kinds = _kinds(list(p.subtree), mentions)
            if kinds:
                return _side(kinds) or "other"
    # 4b. Lists of places: "autocrats in China, Turkey and Russia", "its trading partners, China
    #     and Mexico".
    if _on("side_list"):
        side = side_list(h, mentions, category=category)
        if side:
            return side
    # 4c. A relational noun's own adjective names its referent ("its Russian and Iranian
    #     allies", "their Russian friends"); the possessor is the other party.
    if relational and _on("side_premodifier"):
        side = premodifier_side(h, mentions, inside=inside)
        if side:
            return _side({side, args_side}) if args_side and args_side != side else side
    # 5. The predicate of a relative clause is about its antecedent ("Mr Putin, who is my
    #    friend"; "those China has cultivated as allies").
    verb, subjects, as_object = _predicate_subjects(h)
    if verb is not None:
        v = verb
        while v.dep_ == "xcomp" and v.head.i != v.i:
            v = v.head
        if v.dep_ == "relcl" and v.head.i != v.i and (
                any(c.lower_ in sx["relative_pronouns"] for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))
                or (as_object is None and verb is v and h.dep_ == "pobj" and not any(
                    c.dep_ == "advmod" and c.lower_ in sx["relative_pronouns"] for c in v.children))):
            side, named, _ = _phrase_target(v.head, mentions, pronouns=frozenset())
            return side or "other"
    # 6. A predicate term: its subject (or the object of "see X as"), with its own arguments.
    if subjects:
        subj_kinds: set[str] = set()
        named = False
        for a in subjects:
            side, nm, kinds = _phrase_target(a, mentions, pronouns=pron)
            named = named or nm
            subj_kinds |= kinds
        subj = _side(subj_kinds)
        if subj and args_side and subj != args_side and _side({subj, args_side}) == "relationship":
            return "relationship"  # "China is Russia's partner"
        if subj:
            return subj
        if named and (relational or "other" in subj_kinds):
            return "other"  # "Tillerson may be a friend of Putin's", "The US policy ... friendly"
    # 7. A support verb's object: the subject's relationship ("Russia could form an alliance").
    if not relational and h.dep_ == "dobj" and h.head.lower_ in sx["support_verbs"]:
        v = h.head
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        withs = [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                 for g in c.children if g.dep_ == "pobj"]
        ss = _side({k for a in subj for k in _phrase_target(a, mentions, pronouns=pron)[2]})
        ws = _side({k for a in withs for k in _kinds(list(a.subtree), mentions)})
        if ss:
            return "relationship" if ws and ws != ss and _side({ss, ws}) == "relationship" else ss
    # 8. A possessive pronoun on a non-relational term: its antecedent ("China ... its regime",
    #    "Putin and his regime").
    if not relational:
        for c in h.children:
            if c.dep_ == "poss" and c.lower_ in pron | {"his", "her"}:
                side = _side(_head_kinds(c, mentions, pronouns=pron | {"his", "her"})[0])
                if side:
                    return side
    # 8b. A definite noun taking up the one side named before it ("China's Communists … the
    #     regime"; "Xi … told the autocrat").
    if category == "authoritarian" and not relational and _on("definite_anaphor"):
        side = definite_anaphor(h, s, mentions, person=term_id in cues.person_terms)
        if side:
            return side
    # 9. A name compounded on a relational noun is its possessor, not its referent ("Putin
    #    allies", "Trump ally"): someone else.
    if relational and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in inside
                          and _kinds([c], mentions) for c in h.children):
        return "other"
    # 9b. "X and other autocrats": the label presupposes that X is one (rule and_other).
    if category == "authoritarian" and _on("and_other"):
        side = and_other_instances(h, mentions)
        if side:
            return side
    # 10. Coordinated with a named party: "disputes with China and some allies".
    conj_names = [x for x in ([h.head] if h.dep_ == "conj" else []) + [c for c in h.children if c.dep_ == "conj"]
                  if _head_kinds(x, mentions)[0]]
    if conj_names and not _kinds([h] + [c for c in h.children if c.dep_ in ("compound", "amod", "poss")], mentions):
        return "other"
    return None


def and_other_instances(h, mentions) -> str | None:
    """The sides an authoritarian noun with "other" is coordinated after (rule ``and_other``):
    "Putin and other autocrats", "China and other authoritarian states" call the named ones
    autocrats too; a list led by a third party ("Iran, Russia and other dictatorships") is None,
    as for :func:`side_list`. Partnership nouns are not instances of this ("Ukraine and other
    international partners" are someone's partners).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> from summitlens.extract.frames.scope import term_root
        >>> t = "He seems comfortable with Putin and other autocrats."
        >>> and_other_instances(_np_head(term_root(parse_one(t), 42, 51)), mentions(t, load_cues()))
        'leader'
    """
    if h.dep_ != "conj" or h.head.i >= h.i or not any(c.lower_ in target_syntax()["instance_markers"]
                                                      for c in h.children if c.dep_ in ("amod", "det")):
        return None
    top = h.head
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head  # "Iran, Russia and other dictatorships": the list from its first item
    items = sorted((x for x in _with_conjuncts(top) if x.i < h.i), key=lambda t: t.i)
    kinds = [_head_kinds(x, mentions)[0] for x in items]
    if not kinds or not kinds[0] & _SIDES:
        return None
    return _side(set().union(*kinds) & _SIDES)


def premodifier_side(h, mentions, *, inside=frozenset()) -> str | None:
    """The side a relational noun's adjective premodifiers (with their conjuncts) name, when the
    first of them is a side (rule ``side_premodifier``): "the regime and its Russian and Iranian
    allies" are Russia's (Iran aside, as in :func:`side_list`); "its Iranian and Russian allies"
    are None, and a compounded name is a possessor ("Putin allies", "Kremlin ally"), not read here.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> from summitlens.extract.frames.scope import term_root
        >>> t = "The regime and its Russian and Iranian allies held the city."
        >>> premodifier_side(_np_head(term_root(parse_one(t), 39, 45)), mentions(t, load_cues()))
        'russia'
    """
    mods = [c for c in h.children if c.dep_ == "amod" and c.i < h.i and c.i not in inside]
    items = sorted((x for c in mods for x in _with_conjuncts(c)), key=lambda t: t.i)
    kinds = [_kinds([x], mentions) for x in items]
    kinds = [k for k in kinds if k]
    if not kinds or not kinds[0] & _SIDES:
        return None
    return _side(set().union(*kinds) & _SIDES)


def drop_bare_pair(text: str, mentions) -> list:
    """Relationship mentions that are only a bare pair ("the two", ``target_syntax.bare_pair``)
    dropped when the sentence names no side and no other relationship phrase (rule ``bare_pair``):
    "the two brothers suspected of bombing", "The two are not friends" speak of two people; "the
    two leaders", "the two sides" are kept (the pattern's lookahead leaves them out).

    Examples:
        >>> t = "The two are not friends."
        >>> drop_bare_pair(t, mentions(t, load_cues()))
        []
        >>> len(drop_bare_pair("The two leaders are friends.", mentions("The two leaders are friends.", load_cues())))
        1
        >>> t = "Putin and Xi met; the two are friends."
        >>> len(drop_bare_pair(t, mentions(t, load_cues()))) == len(mentions(t, load_cues()))
        True
    """
    sx = target_syntax()
    if not _on("bare_pair"):
        return mentions
    bare = [m for m in mentions if m[0] == "relationship" and (b := sx["bare_pair"].match(text, m[1])) and b.end() == m[2]]
    if not bare:
        return mentions
    rest = [m for m in mentions if m not in bare]
    if any(k in _SIDES for k, _, _ in rest):
        return mentions
    return rest

