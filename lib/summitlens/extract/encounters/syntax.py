"""Participants from the syntax of the meeting predicate.

Parse a candidate sentence (a meeting cue and both leaders: :mod:`summitlens.text.parse`)
and collect the predicate's frame: for a verb ("met", "hosted", "visited") its subject,
object, agent and prepositional objects ("with Xi", "to Moscow"), and the subject of a verb
it complements ("Xi travelled to Vladivostok to meet Putin"); for a noun ("talks", "visit",
"summit") its possessor and compounds ("Xi's visit", "Putin-Xi summit"), its prepositional
objects ("talks with Putin"), and the frame of the verb it is the object or subject of
("Putin held talks with Xi"). A leader takes part when one of its tokens lies in that frame;
first- and second-person pronouns and "the two leaders" stand for the speakers of a
transcript or the leaders named before.

Examples:
    >>> from summitlens.text.parse import parse_one
    >>> t = "Trump is enabling Putin and Xi to control the outcome of a summit."
    >>> frame_tokens(parse_one(t), t.index("summit"), t.index("summit") + 6) & {2, 4}
    set()
    >>> t = "Putin held talks with Xi in Beijing."
    >>> sorted(frame_tokens(parse_one(t), 11, 16))[:5]
    [0, 1, 2, 3, 4]
"""

from __future__ import annotations

from summitlens.text.parse import head_token

__all__ = ["frame_tokens", "supports", "present_simple", "invited", "object_in", "thing_object", "sole_argument",
           "appositions", "name_modifier", "in_cue_clause", "non_finite_clause", "joint_encounter",
           "prospective_noun", "retrospective_noun", "cancelled_object", "future_in_past", "modifies_noun",
           "determined_encounter", "summit_parties", "present_subject", "simple_past_head", "place_visit",
           "outcome_condition"]

_ARGS = {"nsubj", "nsubjpass", "dobj", "agent", "attr", "dative", "obj", "iobj"}
_NOUN_MODS = {"poss", "compound", "nmod", "amod", "appos"}
_CLAUSE_LINKS = {"xcomp", "advcl", "ccomp", "conj", "relcl", "acl", "pcomp"}


def _preps() -> frozenset:
    from summitlens.extract.encounters.rules import load_encounter_rules

    return load_encounter_rules().frame_prepositions


def _invitation_lemmas() -> frozenset:
    from summitlens.extract.encounters.rules import load_encounter_rules

    return load_encounter_rules().invitation_lemmas


def _pronouns() -> frozenset:
    from summitlens.extract.encounters.rules import load_encounter_rules

    return load_encounter_rules().frame_pronouns


_head = head_token  # the syntactic head of a character span (text/parse.py)


def _sub(t) -> set[int]:
    return {x.i for x in t.subtree}


def _verb_frame(v, out: set[int], depth: int = 0) -> None:
    out.add(v.i)
    preps = _preps()
    for c in v.children:
        if c.dep_ in _ARGS:
            out |= _sub(c)
        elif c.dep_ == "prep" and c.lower_ in preps:
            out |= _sub(c)
        elif c.dep_ in ("advcl", "relcl") and any(x.tag_ in ("WDT", "WRB") and x.i < c.i for x in c.subtree):
            # "talks will take place, during which Putin and Xi will discuss …": same event
            out |= {i for x in c.children if x.dep_ in ("nsubj", "nsubjpass") for i in _sub(x)}
    if depth < 2 and v.dep_ in _CLAUSE_LINKS and v.head.i != v.i:
        # "Xi travelled to Moscow to meet Putin", "met and held talks": the governing verb's subject
        h = v.head
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass", "agent"):
                out |= _sub(c)
        if v.dep_ in ("relcl", "acl"):
            out |= {h.i} | {x.i for x in h.children if x.dep_ in _NOUN_MODS}
        if v.dep_ == "conj" or h.pos_ in ("VERB", "AUX"):
            _verb_frame(h, out, depth + 1)


def frame_tokens(doc, cue_start: int, cue_end: int) -> set[int]:
    """Token indices of the meeting predicate's frame (see module docstring).

    Args:
        doc: A spaCy ``Doc`` of the sentence.
        cue_start: Start offset of the meeting cue in the sentence.
        cue_end: End offset of the cue.

    Returns:
        Token indices; empty when the cue is not found.
    """
    t = _head(doc, cue_start, cue_end)
    if t is None:
        return set()
    out: set[int] = {t.i}
    if t.pos_ in ("VERB", "AUX"):
        _verb_frame(t, out)
        return out
    preps = _preps()
    for c in t.children:
        if c.dep_ in _NOUN_MODS or (c.dep_ == "prep" and c.lower_ in preps):
            out |= _sub(c)
    h = t.head
    if h.i != t.i:
        if t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "obj") and h.pos_ in ("VERB", "AUX"):
            _verb_frame(h, out)
        elif t.dep_ == "pobj" and h.head.pos_ in ("VERB", "AUX") and h.dep_ == "prep":
            _verb_frame(h.head, out)  # "Putin said during talks with Xi": the saying's subject
        elif t.dep_ == "compound":
            out |= _sub(h)
    return out


def supports(doc, cue_start: int, cue_end: int, spans, *, pronouns: bool = True) -> bool:
    """Whether any of ``spans`` (``(start, end)`` offsets of leader mentions) — or, with
    ``pronouns``, a first/second-person pronoun or "the two leaders" — lies in the frame.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "Xi's visit to Moscow was a success."
        >>> supports(parse_one(t), 5, 10, [(0, 2)])
        True
    """
    frame = frame_tokens(doc, cue_start, cue_end)
    for a, b in spans:
        if any(doc[i].idx < b and doc[i].idx + len(doc[i].text) > a for i in frame):
            return True
    if pronouns:
        pronouns_ = _pronouns()
        return any(doc[i].lower_ in pronouns_ for i in frame)
    return False


def present_simple(doc, cue_start: int, cue_end: int, *, subject: bool = False) -> bool:
    """Whether the meeting cue is (or hangs from) a verb in the simple present with no auxiliary
    or infinitive marker and no pronoun subject: the headline present that reports an event
    ("Trump-Kim summit in Hanoi collapses", "Trump meets Kim at DMZ"), unlike "Trump to meet Kim",
    "Russian-Chinese talks" or a speaker's "I welcome you to the summit".

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "Trump meets Kim at the border"
        >>> present_simple(parse_one(t), 6, 11)
        True
        >>> t = "Trump to meet Kim in Singapore"
        >>> present_simple(parse_one(t), 9, 13)
        False
        >>> t = "I welcome you to the summit"
        >>> present_simple(parse_one(t), 21, 27)
        False

    With ``subject`` (rule ``headline_subject``), a meeting noun counts only as the verb's subject
    ("Oslo summit ends without a deal"), not as what the headline's act is about ("King warns
    queen on Oslo summit"):

        >>> t = "King warns queen on Oslo summit"
        >>> [present_simple(parse_one(t), 25, 31, subject=x) for x in (False, True)]
        [True, False]
    """
    t = _head(doc, cue_start, cue_end)
    if subject and t is not None and t.pos_ not in ("VERB", "AUX") and t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    hops = 0
    while t is not None and t.pos_ != "VERB" and t.head.i != t.i and hops < 3:
        t, hops = t.head, hops + 1
    if t is None or t.pos_ != "VERB" or t.tag_ not in ("VBZ", "VBP"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") or (c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP")
                   for c in t.children)


def present_subject(doc, cue_start: int, cue_end: int, *, neutral: frozenset = frozenset()) -> bool:
    """Whether the meeting noun is the subject of a finite verb in the present (simple, passive or
    progressive: "The meeting is the first between the two leaders", "my visit is being prepared",
    "the summit is likely to go smoothly"), so the sentence describes an encounter not yet over when
    it was written (rule ``preview_present``). A verb that complements it with a perfect
    ("the trip seems to have had two phases") looks back, and a noun that is not the subject
    ("they are guests of the summit") says nothing of the encounter's time; nor does a verb whose
    lemma is in ``neutral`` (``encounters.yml`` ``frame.preview_neutral_lemmas``: "the meeting comes
    four days after …", "talks need to come without preconditions").

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "The meeting is the first between the two leaders in a year."
        >>> present_subject(parse_one(t), t.index("meeting"), t.index("meeting") + 7)
        True
        >>> t = "The meeting was the first between the two leaders in a year."
        >>> present_subject(parse_one(t), t.index("meeting"), t.index("meeting") + 7)
        False
        >>> t = "The trip seems to have had two phases."
        >>> present_subject(parse_one(t), t.index("trip"), t.index("trip") + 4)
        False
        >>> t = "The meeting comes four days after the vote."
        >>> [present_subject(parse_one(t), 4, 11, neutral=x) for x in (frozenset(), frozenset({"come"}))]
        [True, False]
    """
    c = _head(doc, cue_start, cue_end)
    if c is None or c.pos_ in ("VERB", "AUX") or c.dep_ not in ("nsubj", "nsubjpass"):
        return False
    v = c.head
    if v.lemma_.lower() in neutral:
        return False
    aux = [x for x in v.children if x.dep_ in ("aux", "auxpass")]
    if aux:
        finite = aux[0].tag_ in ("VBZ", "VBP") and aux[0].lemma_ == "be"
    else:
        finite = v.tag_ in ("VBZ", "VBP")
    perfect = any(x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lemma_ == "have" for a in x.children)
                  for x in v.children)
    return finite and not perfect


def invited(doc, cue_start: int, cue_end: int) -> bool:
    """Whether the meeting cue is an invitation (``encounters.yml`` ``invitation_lemmas``) or the
    encounter an invitation asks for (its complement, up to two links up: "invited Fox to visit
    Russia", "his invitation to visit China"; not a clause about another time: "invited him to
    the rally when they met in France").

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "Putin invited Fox to visit Russia."
        >>> invited(parse_one(t), t.index("visit"), t.index("visit") + 5)
        True
        >>> t = "Xi visited Russia after an invitation."
        >>> invited(parse_one(t), 3, 10)
        False
    """
    t = _head(doc, cue_start, cue_end)
    lemmas = _invitation_lemmas()
    for _ in range(3):
        if t is None:
            return False
        if t.lemma_.lower() in lemmas:
            return True
        if t.dep_ not in ("xcomp", "acl", "prep", "pobj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def object_in(doc, cue_start: int, cue_end: int, spans) -> bool:
    """Whether the direct object of the verb at the cue overlaps one of ``spans`` (``(start,
    end)`` offsets of named participants).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "Trump invited Putin to Washington."
        >>> object_in(parse_one(t), 6, 13, [(14, 19)]), object_in(parse_one(t), 6, 13, [(0, 5)])
        (True, False)
    """
    t = _head(doc, cue_start, cue_end)
    if t is None:
        return False
    objs = [i for c in t.children if c.dep_ in ("dobj", "obj") for i in _sub(c)]
    return any(doc[i].idx < b and doc[i].idx + len(doc[i].text) > a for i in objs for a, b in spans)


_CORE = ("compound", "flat", "conj", "appos", "nmod", "poss")


def _core(t, deps: tuple[str, ...] = _CORE) -> list:
    """The tokens of the noun phrase headed by ``t`` without its clauses and prepositional phrases
    ("accusations" of "accusations of racism from advocates"; "Trump and Kim" of a coordination);
    ``deps``: the dependents kept."""
    out = [t]
    for c in t.children:
        if c.dep_ in deps:
            out += _core(c, deps)
    return out


def _person(tokens, spans, people: frozenset, *, names: tuple[str, ...]) -> bool:
    """Whether one of ``tokens`` overlaps ``spans``, has a part of speech of ``names`` or a lemma of
    ``people``."""
    for x in tokens:
        if x.pos_ in names or x.lemma_.lower() in people or x.lower_ in people:
            return True
        if any(x.idx < b and x.idx + len(x.text) > a for a, b in spans):
            return True
    return False


def thing_object(doc, cue_start: int, cue_end: int, spans) -> bool:
    """Whether the meeting verb at the cue (``encounters.yml`` ``frame.idiom_lemmas``) has an object
    that is a thing, not a person, and no person as its subject: the idiom "efforts … met with
    success", "a stance that should be met with consequences" (rule ``object_idiom``). Its objects are the direct object and the objects of
    ``frame.idiom_prepositions`` ("with", a passive's "by"); one that overlaps ``spans`` (``(start,
    end)`` offsets of participants), is a name, a pronoun or a number, or a noun of
    ``frame.person_lemmas`` or ``frame.pronouns`` ("met with officials") keeps the verb an encounter, and
    so does such a subject ("Smith and Jones met with relatives of the victims").

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "The reform has been met with protests from teachers."
        >>> thing_object(parse_one(t), t.index("met"), t.index("met") + 3, [])
        True
        >>> t = "The governor met with the visiting officials."
        >>> thing_object(parse_one(t), t.index("met"), t.index("met") + 3, [])
        False
        >>> t = "Smith met with Jones."
        >>> thing_object(parse_one(t), 6, 9, [(15, 20)])
        False
        >>> t = "Smith and Jones met with relatives of the victims."
        >>> thing_object(parse_one(t), t.index("met"), t.index("met") + 3, [])
        False
    """
    from summitlens.extract.encounters.rules import load_encounter_rules

    rl = load_encounter_rules()
    t = _head(doc, cue_start, cue_end)
    if t is None or t.pos_ != "VERB" or t.lemma_.lower() not in rl.idiom_lemmas:
        return False
    objs = [c for c in t.children if c.dep_ in ("dobj", "obj")]
    for c in t.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in rl.idiom_prepositions:
            objs += [x for x in c.children if x.dep_ == "pobj"]
    if not objs:
        return False
    people = rl.person_lemmas | rl.frame_pronouns
    if any(_person(_core(o), spans, people, names=("PROPN", "PRON", "NUM")) for o in objs):
        return False
    # a person as the subject keeps the encounter ("Trump and Abe met with relatives", "he'll meet
    # with dictators"); a possessor does not ("the administration's efforts … met with success")
    subj = [x for c in t.children if c.dep_ in ("nsubj", "nsubjpass") for x in _core(c, ("compound", "flat", "conj", "appos"))]
    return not _person([x for x in subj if x.pos_ != "PRON" or x.tag_ == "PRP"], spans, people,
                       names=("PROPN", "PRON"))


_OBJECT_PREPS = ("with", "by", "between", "among")


def _overlaps(tokens, spans) -> bool:
    return any(x.idx < b and x.idx + len(x.text) > a for x in tokens for a, b in spans)


def sole_argument(doc, cue_start: int, cue_end: int, spans) -> bool:
    """Whether a participant (``spans``: ``(start, end)`` offsets of its mentions) is a direct argument
    of the encounter word at the cue and no one else is its counterpart there (rule ``lone_head``).

    Direct arguments: for a noun, its possessor, compound and modifiers, its "with"/"by"/"between"
    objects, and the subject of the verb it is the object of ("Trump had conversations"); for a verb,
    its subject, passive agent, direct object and "with" objects. A direct object or a "with" object
    that is not the participant (nor a pronoun) names the counterpart in the sentence itself, or makes
    the word no encounter ("met that standard", "visited the station"): False.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "Smith's trip was a success."
        >>> sole_argument(parse_one(t), t.index("trip"), t.index("trip") + 4, [(0, 5)])
        True
        >>> t = "Smith met the reporters on Monday."
        >>> sole_argument(parse_one(t), t.index("met"), t.index("met") + 3, [(0, 5)])
        False
        >>> t = "The talks went well, Smith said."
        >>> sole_argument(parse_one(t), t.index("talks"), t.index("talks") + 5, [(21, 26)])
        False
    """
    t = _head(doc, cue_start, cue_end)
    if t is None:
        return False
    args, objs = [], []
    if t.pos_ in ("VERB", "AUX"):
        verb = t
    else:
        args += [c for c in t.children if c.dep_ in _NOUN_MODS]
        objs += [x for c in t.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS
                 for x in c.children if x.dep_ == "pobj"]
        verb = t.head if t.dep_ in ("dobj", "obj") and t.head.pos_ in ("VERB", "AUX") else None
        if t.dep_ == "compound":
            args.append(t.head)  # "Trump-Abe summit", "NATO meetings"
        if t.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss", "compound", "nummod") for c in t.children):
            return False  # "does not have bad meetings": meetings in general, none established
    if verb is not None:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        args += subjects
        if verb is t:
            objs += [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        # "with" objects of the verb and of its other dependents ("meet at the venue with members of …")
        skip = {x.i for c in subjects for x in c.subtree}
        objs += [x for c in verb.subtree if c.i not in skip and c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS
                 for x in c.children if x.dep_ == "pobj"]
    for o in objs:
        core = _core(o)
        if not _overlaps(core, spans) and not all(x.pos_ == "PRON" for x in core):
            return False
    if any(e.label_ == "PERSON" and not _overlaps(e, spans) for e in doc.ents):
        return False  # another person named ("said Jens Stoltenberg during a meeting with Trump")
    return any(_overlaps(_core(a, _CORE + ("amod",)), spans) for a in args + objs)


def appositions(doc, start: int, end: int) -> list[str]:
    """The phrases in apposition with the name at ``start``-``end`` (character offsets), each from its
    first word through its head: "President Trump, then a candidate, …" -> "then a candidate"; "the
    president-elect, Donald Trump" -> "the president-elect" (rule ``not_in_office``).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "Smith, the party nominee, met the mayor."
        >>> appositions(parse_one(t), 0, 5)
        ['the party nominee']
        >>> appositions(parse_one(t), t.index("mayor"), t.index("mayor") + 5)
        []
    """
    t = _head(doc, start, end)
    if t is None:
        return []
    partners = [c for c in t.children if c.dep_ == "appos"]
    if t.dep_ == "appos" and t.head.i != t.i:
        partners.append(t.head)
    return [doc[p.left_edge.i:p.i + 1].text for p in partners if p.left_edge.i <= p.i]


def name_modifier(doc, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` only modifies a noun after it ("the former Smith campaign
    adviser"): a word before the name then describes that noun, not the person (rule ``not_in_office``).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "The former Smith campaign adviser met Jones."
        >>> name_modifier(parse_one(t), t.index("Smith"), t.index("Smith") + 5)
        True
        >>> t = "The former President Smith met Jones."
        >>> name_modifier(parse_one(t), t.index("Smith"), t.index("Smith") + 5)
        False
    """
    t = _head(doc, start, end)
    return t is not None and t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i \
        and t.head.pos_ not in ("PROPN",)


def simple_past_head(doc, cue_start: int, cue_end: int) -> bool:
    """Whether the verb heading the meeting cue's own clause is in the simple past (tag ``VBD``)
    with no auxiliary (rule ``past_head_parse``): the parse reads the tense of irregular verbs that
    the cue words of ``temporal.yml`` miss ("Trump and Putin then sat across from each other at a
    working lunch"). The cue is the verb itself or the object of a preposition of the verb (the
    setting of its act); a meeting noun that is the verb's subject or object may be what the act is
    about ("Obama cast the climate summit as a statement of solidarity" a week before it). A past
    modal or "did" is an auxiliary of a bare verb and does not count.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "The king then sat across from the queen at a working lunch."
        >>> simple_past_head(parse_one(t), t.index("lunch"), t.index("lunch") + 5)
        True
        >>> t = "The king will sit across from the queen at a working lunch."
        >>> simple_past_head(parse_one(t), t.index("lunch"), t.index("lunch") + 5)
        False
        >>> t = "The king cast the summit as a statement of solidarity."
        >>> simple_past_head(parse_one(t), t.index("summit"), t.index("summit") + 6)
        False
    """
    cue = _cue_and_clause_head(doc, cue_start, cue_end)
    if cue is None:
        return False
    c, h = cue
    if c.i != h.i and not (c.dep_ == "pobj" and c.head.dep_ == "prep" and c.head.head.i == h.i):
        return False  # only the verb itself or the setting of its act, not its subject or object
    return h.pos_ in ("VERB", "AUX") and h.tag_ == "VBD" and not any(
        x.dep_ in ("aux", "auxpass") for x in h.children)


def _clause_head(t):
    """The verb that heads the clause of token ``t`` (itself when a verb; an auxiliary, a
    subordinator, a participle used as a preposition ("including") or a noun climbs to the verb it
    belongs to; the root when there is none)."""
    while t.head.i != t.i and (t.pos_ not in ("VERB", "AUX") or t.dep_ in ("aux", "auxpass", "prep")):
        t = t.head
    return t


def _cue_and_clause_head(doc, cue_start: int, cue_end: int):
    """The head token of the cue at ``[cue_start, cue_end)`` and the verb heading its clause
    (:func:`_clause_head`), or None when the parse has no token there."""
    c = _head(doc, cue_start, cue_end)
    return None if c is None else (c, _clause_head(c))


def _clause_chain(h, *, adjectives: bool = False) -> set[int]:
    """The clause head ``h`` and the verbs it continues: the verb it complements ("set to meet",
    "travel … to meet": xcomp or an infinitival adverbial clause; "look forward to meeting": a
    gerund after the verb's preposition) or is coordinated with. With ``adjectives``, also the
    copula of a predicative adjective the verb complements ("was willing to visit": rule
    adjective_complement)."""
    out = {h.i}
    while h.head.i != h.i:
        if h.dep_ in ("xcomp", "conj") or (h.dep_ == "advcl" and any(c.tag_ == "TO" for c in h.children)):
            h = h.head
        elif adjectives and h.dep_ == "acomp" and h.pos_ == "ADJ":
            h = h.head  # "he was willing to visit": the copula heads the adjective's clause
        elif h.dep_ == "pcomp" and h.head.dep_ == "prep":
            h = h.head.head  # "looking forward to meeting": the verb of the preposition
        else:
            break
        out.add(h.i)
    return out


def in_cue_clause(doc, cue_start: int, cue_end: int, start: int, end: int, *, conditional: bool = False,
                  adjectives: bool = False) -> bool:
    """Whether the words at ``[start, end)`` belong to the meeting cue's own clause on the parse:
    they overlap the cue, or their clause head is the cue's or a verb the cue's clause
    complements or is coordinated with ("will travel to Oslo to meet": the "will" is the
    meeting's), or they modify the meeting noun ("the summit, which will be held in May"). With ``conditional``, a subordinate clause of the cue's clause ("if they meet",
    "meet … if talks progress") counts too. A cue word for another event of the sentence ("told
    him in a phone call that … during their summit") does not. With ``adjectives``, a verb that
    complements a predicative adjective belongs to the copula's clause ("he was willing to visit",
    "will be ready to meet": rule adjective_complement).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "The king told the queen in a phone call that the summit went well."
        >>> d = parse_one(t)
        >>> in_cue_clause(d, t.index("summit"), t.index("summit") + 6, t.index("phone"), t.index("phone") + 5)
        False
        >>> t = "The king will travel to Oslo to meet the queen."
        >>> d = parse_one(t)
        >>> in_cue_clause(d, t.index("meet"), t.index("meet") + 4, t.index("will"), t.index("will") + 4)
        True
        >>> t = "The king said he was willing to visit the queen."
        >>> d = parse_one(t)
        >>> [in_cue_clause(d, t.index("visit"), t.index("visit") + 5, t.index("was"), t.index("was") + 3,
        ...                adjectives=a) for a in (False, True)]
        [False, True]
    """
    if start < cue_end and end > cue_start:
        return True
    c, x = _head(doc, cue_start, cue_end), _head(doc, start, end)
    if c is None or x is None:
        return True  # no parse to judge by: keep the sentence's reading
    if c.pos_ not in ("VERB", "AUX") and x.i in _sub(c):
        return True  # the meeting noun's own modifiers: "the upcoming summit", "the summit, which will …"
    hc, hx = _clause_head(c), _clause_head(x)
    # a meeting noun counts only as an argument of its verb ("willing to talk on the phone", not
    # "willing to achieve … in exchange for a meeting")
    argument = c.i == hc.i or c.head.i == hc.i or (c.dep_ == "pobj" and c.head.head.i == hc.i)
    chain = _clause_chain(hc, adjectives=adjectives and argument)
    if hx.i in chain:
        return True
    return conditional and hx.dep_ == "advcl" and hx.head.i in chain


def outcome_condition(doc, cue_start: int, cue_end: int, start: int, end: int, *, words: frozenset,
                      encounter_lemmas: frozenset) -> bool:
    """Whether the hedge at ``[start, end)`` (a modal or a subordinator of ``words``) conditions an
    outcome of the meeting, not the meeting itself, on the parse: it is an ``aux`` or ``mark`` of the
    verb heading the meeting noun's clause, and that verb, whose argument the noun is, predicates no
    encounter (its lemma is not one of ``encounter_lemmas``: "if the talks fail", "the summit could
    lead to a deal", "could agree to a framework at the meeting"). The encounter itself is taken for
    granted there (rule ``outcome_condition``); "if the summit happens", "the two could meet" and a
    meeting verb keep their doubt.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> w, e = frozenset({"if", "could"}), frozenset({"happen", "meet"})
        >>> t = "The deal could collapse if the talks fail."
        >>> outcome_condition(parse_one(t), t.index("talks"), t.index("talks") + 5, t.index("if"),
        ...                   t.index("if") + 2, words=w, encounter_lemmas=e)
        True
        >>> t = "The deal could collapse if the talks happen."
        >>> outcome_condition(parse_one(t), t.index("talks"), t.index("talks") + 5, t.index("if"),
        ...                   t.index("if") + 2, words=w, encounter_lemmas=e)
        False
    """
    c, x = _head(doc, cue_start, cue_end), _head(doc, start, end)
    if c is None or x is None or c.pos_ in ("VERB", "AUX") or x.lower_ not in words:
        return False
    h = _clause_head(c)
    if h.i == c.i or x.dep_ not in ("aux", "mark") or x.head.i != h.i:
        return False
    return h.pos_ in ("VERB", "AUX") and h.lemma_.lower() not in encounter_lemmas


def non_finite_clause(doc, cue_start: int, cue_end: int) -> bool:
    """Whether the cue's clause is headed by a verb with no tense of its own: an infinitive or a
    bare gerund ("traveled … to prepare the summit", "imagine this summit succeeding"), so a past
    verb further up reports another act (the preparation), not the encounter held.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "The envoy flew to Oslo to prepare the summit."
        >>> non_finite_clause(parse_one(t), t.index("summit"), t.index("summit") + 6)
        True
        >>> t = "The summit ended without a deal."
        >>> non_finite_clause(parse_one(t), t.index("summit"), t.index("summit") + 6)
        False
    """
    cue = _cue_and_clause_head(doc, cue_start, cue_end)
    if cue is None:
        return False
    h = cue[1]
    if h.pos_ not in ("VERB", "AUX") or any(x.dep_ in ("aux", "auxpass") and x.tag_ != "TO" for x in h.children):
        return False
    return h.tag_ == "VB" and any(x.tag_ == "TO" for x in h.children) or (
        h.tag_ == "VBG" and h.dep_ not in ("ROOT", "conj"))


_WHO = ("compound", "flat", "appos", "amod", "nmod", "poss", "det")
_CONTROL = {"xcomp", "advcl", "pcomp", "prep", "conj", "acl"}


def _who(t, spans) -> set[int]:
    """Indices of ``spans`` that the noun phrase headed by ``t`` or its conjuncts overlap."""
    toks = _core(t, (*_WHO, "conj", "cc"))
    return {k for k, (a, b) in enumerate(spans)
            for x in toks if x.idx < b and x.idx + len(x.text) > a}


def _subjects(v, spans, control: frozenset = frozenset(), depth: int = 0) -> set[int]:
    """The heads (``spans`` indices) that are the subject of ``v``, or, when it has none of its own,
    the object (after a preposition of ``control``: "thank you for visiting") or the subject ("swerved
    to greet", "greets them before shaking …") of the verb that controls it."""
    own = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own:
        return set().union(*(_who(c, spans) for c in own))
    if depth >= 3 or v.dep_ not in _CONTROL or v.head.i == v.i:
        return set()
    h = v.head
    prep = h.lower_ if h.dep_ == "prep" else ""
    if prep and h.head.i != h.i:
        h = h.head
    objs = [c for c in h.children if c.dep_ in ("dobj", "obj")]
    if v.dep_ in ("pcomp", "prep") and objs and prep in control:
        return set().union(*(_who(c, spans) for c in objs))
    return _subjects(h, spans, control, depth + 1)


def joint_encounter(doc, spans, *, event_lemmas: frozenset, encounter_lemmas: frozenset,
                    partner_prepositions: frozenset, links: tuple[str, ...], keys=None,
                    named: int | None = None, control: frozenset = frozenset()) -> tuple[int, int] | None:
    """The character span of the act that joins two heads of ``spans`` (``(start, end)`` offsets), or None.

    Two different heads must be (1) joint subjects of a verb of ``event_lemmas``, (2) the subject
    of a verb and the object of one of ``links`` attached to it, or (3) the subject and the object,
    passive agent, possessor of the object, or ``partner_prepositions`` object of a verb or noun of
    ``encounter_lemmas`` (rule ``joint_appearance``). ``keys`` (one per span, default the span's
    index) tell heads apart: two spans of one key (one country) are no encounter; the first ``named``
    spans are names (default all): one of the two heads must be named, not only a pronoun. ``control``:
    prepositions after which the object of the verb is the subject of the act ("thank you for visiting").

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "The queen and the emperor opened the new bridge."
        >>> sp = [(t.index("queen"), t.index("queen") + 5), (t.index("emperor"), t.index("emperor") + 7)]
        >>> kw = dict(event_lemmas=frozenset({"open"}), encounter_lemmas=frozenset({"greet"}),
        ...           partner_prepositions=frozenset({"with"}), links=("together with",))
        >>> t[slice(*joint_encounter(parse_one(t), sp, **kw))]
        'opened'
        >>> t = "The queen opened the bridge with the emperor's son watching."
        >>> joint_encounter(parse_one(t), sp[:1], **kw) is None
        True
    """
    keys = list(range(len(spans))) if keys is None else list(keys)
    named = len(spans) if named is None else named
    if len(set(keys)) < 2:
        return None

    def joins(subj: set[int], partners: set[int]) -> bool:
        both = subj | partners
        if not any(k < named for k in both):
            return False
        if partners:
            return any(keys[a] != keys[b] for a in subj for b in partners)
        return len({keys[k] for k in subj}) >= 2
    link_rx = [tuple(x.lower().split()) for x in links]
    for v in doc:
        lem = v.lemma_.lower()
        subj = _subjects(v, spans, control) if v.pos_ in ("VERB", "AUX") or lem in encounter_lemmas else set()
        if not subj and v.pos_ == "NOUN" and lem in encounter_lemmas:
            h = v
            for _ in range(4):  # "trying to let go of a handshake with …": the subject of the act
                if h.head.i == h.i:
                    break
                h = h.head
                if h.pos_ in ("VERB", "AUX"):
                    subj = _subjects(h, spans, control)
                    if subj:
                        break
        if not subj:
            continue
        if lem in event_lemmas and v.pos_ == "VERB" and joins(subj, set()):
            return v.idx, v.idx + len(v.text)
        partners: set[int] = set()
        for c in v.children:
            words = tuple(x.lower_ for x in doc[c.i:c.i + 3])
            link = next((p for p in link_rx if words[:len(p)] == p), None)
            if c.dep_ in ("prep", "advmod") and link:
                last = doc[c.i + len(link) - 1]
                partners |= set().union(set(), *(_who(o, spans) for o in last.children if o.dep_ == "pobj"))
            if lem not in encounter_lemmas:
                continue
            if c.dep_ in ("dobj", "obj", "attr"):
                partners |= _who(c, spans)
            elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in partner_prepositions):
                partners |= set().union(set(), *(_who(o, spans) for o in c.children if o.dep_ == "pobj"))
        if partners and joins(subj, partners):
            return v.idx, v.idx + len(v.text)
    return None


def _noun_governor(c) -> tuple[str, str]:
    """The word that governs a meeting noun: ``(preposition, its head's lemma)`` when the noun is
    the object of a preposition ("prepare for the summit": ``("for", "prepare")``; "in exchange for
    a meeting": ``("for", "exchange")``), ``("", verb lemma)`` when it is a verb's direct object
    ("to secure the meeting"), else ``("", "")``."""
    if c.dep_ == "pobj" and c.head.dep_ in ("prep", "agent", "dative"):
        p = c.head
        return p.lower_, p.head.lemma_.lower()
    if c.dep_ in ("dobj", "obj"):
        return "", c.head.lemma_.lower()
    return "", ""


def prospective_noun(doc, cue_start: int, cue_end: int, *, heads: dict[str, frozenset]) -> bool:
    """Whether the meeting noun at ``[cue_start, cue_end)`` is what a preparation, a condition or an
    expectation is for, on the parse ("lay the foundation for the meeting", "prepare for his summit",
    "progress toward a meeting", "in exchange for a meeting", "to secure the meeting"): the encounter
    is still to come when that act is reported, whatever its tense (rule ``prospective_noun``).

    Args:
        doc: The parsed sentence.
        cue_start: Start of the meeting cue.
        cue_end: End of the meeting cue.
        heads: Preposition -> lemmas of the word it attaches to (``*``: any word); the key ``""``
            holds verbs whose direct object the noun is.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> h = {"for": frozenset({"prepare"}), "": frozenset({"secure"})}
        >>> t = "The envoy went to Oslo to prepare for the summit."
        >>> prospective_noun(parse_one(t), t.index("summit"), t.index("summit") + 6, heads=h)
        True
        >>> t = "The summit ended without a deal."
        >>> prospective_noun(parse_one(t), t.index("summit"), t.index("summit") + 6, heads=h)
        False
    """
    c = _head(doc, cue_start, cue_end)
    if c is None or c.pos_ in ("VERB", "AUX"):
        return False
    prep, lemma = _noun_governor(c)
    allowed = heads.get(prep)
    return bool(lemma) and allowed is not None and ("*" in allowed or lemma in allowed)


def retrospective_noun(doc, cue_start: int, cue_end: int, *, prepositions: frozenset,
                       future: frozenset) -> bool:
    """Whether the meeting noun at ``[cue_start, cue_end)`` is the object of a preposition that
    places another act after it ("touts progress after G-20 meeting", "coming immediately after the
    weekend summit") in a clause with no future auxiliary: the encounter is over (rule
    ``retrospective_noun``).

    Args:
        doc: The parsed sentence.
        cue_start: Start of the meeting cue.
        cue_end: End of the meeting cue.
        prepositions: Prepositions that follow an event ("after", "following").
        future: Auxiliaries of a clause still to come ("will", "would").

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> p, f = frozenset({"after"}), frozenset({"will"})
        >>> t = "The queen flew home after the summit."
        >>> retrospective_noun(parse_one(t), t.index("summit"), t.index("summit") + 6, prepositions=p, future=f)
        True
        >>> t = "The queen will fly home after the summit."
        >>> retrospective_noun(parse_one(t), t.index("summit"), t.index("summit") + 6, prepositions=p, future=f)
        False
    """
    c = _head(doc, cue_start, cue_end)
    if c is None or c.pos_ in ("VERB", "AUX") or c.dep_ != "pobj" or c.head.lower_ not in prepositions:
        return False
    h = _clause_head(c.head)
    for v in _clause_chain(h) | {h.i}:
        t = doc[v]
        if t.tag_ == "VB" or any(x.dep_ in ("aux", "auxpass") and x.lower_ in future for x in t.children):
            return False  # "will fly home after the summit", "to meet after the summit"
    return True


def cancelled_object(doc, cue_start: int, cue_end: int, *, verbs: dict[str, str]) -> bool:
    """Whether the meeting noun at ``[cue_start, cue_end)`` is the direct object of a verb that
    cancels it ("Obama cancelled the summit", "the decision to scrap the meeting", "called off the
    talks"): the encounter the noun refers to is cancelled, whatever the status of the encounter it
    is linked to (rule ``cancelled_object``). The subject of a passive ("the summit was called off")
    is left out: said of an encounter already under way, it reports one that took place.

    Args:
        doc: The parsed sentence.
        cue_start: Start of the meeting cue.
        cue_end: End of the meeting cue.
        verbs: Lemma of a cancelling verb -> the particle it needs ("call": "off"; "" for none).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> v = {"cancel": "", "call": "off"}
        >>> t = "The king abruptly cancelled the summit in May."
        >>> cancelled_object(parse_one(t), t.index("summit"), t.index("summit") + 6, verbs=v)
        True
        >>> t = "The king called the summit a success."
        >>> cancelled_object(parse_one(t), t.index("summit"), t.index("summit") + 6, verbs=v)
        False
    """
    c = _head(doc, cue_start, cue_end)
    if c is None or c.dep_ not in ("dobj", "obj"):
        return False
    v = c.head
    lemma = v.lemma_.lower()
    if lemma not in verbs:
        return False
    particle = verbs[lemma]
    return not particle or any(x.dep_ == "prt" and x.lower_ == particle for x in v.children)


def future_in_past(doc, cue_start: int, cue_end: int, *, past_future: frozenset, future: frozenset) -> bool:
    """Whether the future of the cue's clause is a future in the past only: its verb's auxiliary is
    one of ``past_future`` ("would") and none of ``future`` ("will"), so the clause says what was
    still to come at an earlier time ("nothing would come out of the talks"), not what is to come
    after the report (rule ``future_in_past``).

    Args:
        doc: The parsed sentence.
        cue_start: Start of the meeting cue.
        cue_end: End of the meeting cue.
        past_future: Lemmas (lower case) of auxiliaries of a future seen from the past ("would").
        future: Lemmas (lower case) of auxiliaries of a future seen from the present ("will").

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> pf, f = frozenset({"would"}), frozenset({"will"})
        >>> t = "Aides feared that nothing would come out of the summit."
        >>> future_in_past(parse_one(t), t.index("summit"), t.index("summit") + 6, past_future=pf, future=f)
        True
        >>> t = "Aides fear that nothing will come out of the summit."
        >>> future_in_past(parse_one(t), t.index("summit"), t.index("summit") + 6, past_future=pf, future=f)
        False
    """
    c = _head(doc, cue_start, cue_end)
    if c is None:
        return False
    h = _clause_head(c)
    aux = {x.lower_ for x in h.children if x.dep_ in ("aux", "auxpass")}
    return bool(aux & past_future) and not aux & future


def modifies_noun(doc, cue_start: int, cue_end: int, start: int, end: int) -> bool:
    """Whether the span ``[start, end)`` (a date) lies in the subtree of the meeting cue's head on the
    parse, so it dates the encounter itself ("a summit in June") and not the act it hangs from
    ("agreed in March to a summit"; rule ``prospective_dated``).

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "The king agreed in March to a summit with the queen."
        >>> d = parse_one(t)
        >>> a, b = t.index("summit"), t.index("in March")
        >>> modifies_noun(d, a, a + 6, b, b + 8)
        False
        >>> t = "The king agreed to a summit in June with the queen."
        >>> d = parse_one(t)
        >>> a, b = t.index("summit"), t.index("in June")
        >>> modifies_noun(d, a, a + 6, b, b + 7)
        True
    """
    c = _head(doc, cue_start, cue_end)
    d = _head(doc, start, end)
    if c is None or d is None:
        return True
    return d.i in {x.i for x in c.subtree}

def determined_encounter(doc, *, nouns: frozenset, determiners: frozenset, modifiers: frozenset,
                         own_prepositions: frozenset) -> tuple[int, int] | None:
    """The first noun phrase of ``doc`` that refers back to an encounter by its determiner alone, on
    the parse: an encounter noun ("calls", "conversations", "summits") with a determiner or possessor
    ("the", "all", "his"), any other modifier being one of ``modifiers`` ("the telephone calls", "his
    earlier conversations", "All conversations", "the tough phone calls"), and no prepositional
    object that names participants or a destination of its own ("the talks with lawmakers"). Rule
    ``determined_anaphora``.

    Args:
        doc: The parsed sentence.
        nouns: Lemmas of encounter nouns.
        determiners: Determiners and possessive pronouns that make the phrase anaphoric.
        modifiers: Lemmas of the other modifiers the phrase may have (numbers always may).
        own_prepositions: Prepositions whose object gives the noun participants or a destination of
            its own.

    Returns:
        ``(start, end)`` characters from the determiner to the noun, or None.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> kw = dict(nouns=frozenset({"call", "conversation"}), determiners=frozenset({"the", "his"}),
        ...           modifiers=frozenset({"phone", "earlier"}), own_prepositions=frozenset({"with"}))
        >>> t = "The minister would not say who made the phone calls."
        >>> a, b = determined_encounter(parse_one(t), **kw)
        >>> t[a:b]
        'the phone calls'
        >>> determined_encounter(parse_one("The union made the calls with its members."), **kw) is None
        True
        >>> determined_encounter(parse_one("The union made the nuclear calls."), **kw) is None
        True
    """
    for t in doc:
        if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() not in nouns:
            continue
        if t.dep_ == "compound":
            continue  # "the phone call": the head is "call"
        left = [c for c in t.children if c.i < t.i]
        det = [c for c in left if c.dep_ in ("det", "poss", "predet") and c.lower_ in determiners]
        if not det:
            continue
        ok = True
        for c in left:
            if c in det or c.dep_ in ("punct", "nummod") or c.like_num:
                continue
            if c.dep_ in ("amod", "compound", "advmod") and modifiers & {c.lemma_.lower(), c.lower_} and all(
                    x.dep_ == "punct" or modifiers & {x.lemma_.lower(), x.lower_} for x in c.children):
                continue
            ok = False
            break
        if not ok or any((c.dep_ == "prep" and c.lower_ in own_prepositions) or (c.i > t.i and c.dep_ == "advmod")
                         for c in t.children):
            continue  # "the talks with lawmakers", "his call for moving the embassy", "his trip back"
        if any(x.dep_ == "acl" for x in t.ancestors):
            continue  # "notes taken during the phone calls": a reduced relative describes things in general
        a = min(c.idx for c in det)
        return a, t.idx + len(t.text)
    return None


def summit_parties(doc, cue_start: int, cue_end: int, *, prepositions: frozenset) -> set[int]:
    """Token indices that name the parties of a meeting noun, on the parse: its compounds, adjectives
    and possessor ("US-China summit", "Pyongyang's summit"), the objects of its ``prepositions``
    ("summit with the U.S.", "the summit between the U.S. and North Korea"), and the subject of the
    verb it depends on ("North Korea threatened to back away from the summit": up through
    prepositions, objects and complement clauses). Rule ``summit_countries``.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> t = "Norway threatened to pull out of the summit with Chile."
        >>> doc = parse_one(t)
        >>> sorted(doc[k].text for k in summit_parties(doc, t.index("summit"), t.index("summit") + 6,
        ...                                              prepositions=frozenset({"with"})))
        ['Chile', 'Norway']
        >>> t = "The summit in Chile ended."
        >>> doc = parse_one(t)
        >>> summit_parties(doc, 4, 10, prepositions=frozenset({"with"}))
        set()
    """
    t = _head(doc, cue_start, cue_end)
    if t is None or t.pos_ in ("VERB", "AUX"):
        return set()
    out: set[int] = set()
    for c in t.children:
        if c.dep_ in ("compound", "amod", "poss", "nmod"):
            out |= _sub(c)
        elif c.dep_ == "prep" and c.lower_ in prepositions:
            out |= {i for o in c.children if o.dep_ == "pobj" for i in _sub(o)}
    if t.dep_ == "compound":  # "US-China summit gamble": the head's other compounds
        out |= {i for c in t.head.children if c.dep_ in ("compound", "amod") and c.i != t.i for i in _sub(c)}
    h, steps = t, 0
    while steps < 5 and h.dep_ in ("pobj", "prep", "dobj", "obj", "xcomp", "prt", "advmod") and h.head.i != h.i:
        h, steps = h.head, steps + 1
        if h.pos_ in ("VERB", "AUX"):
            subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                out |= {i for s in subj for i in _sub(s)}
                break
    return out


def place_visit(doc, *, nouns: frozenset, verbs: frozenset, heads: frozenset,
                prepositions: frozenset = frozenset({"to", "with", "at"})) -> list[tuple[int, int]]:
    """Visits whose destination or purpose is a place or a group that is no one's host, on the parse:
    a noun of ``nouns`` as the object of a preposition of a travel word of ``heads`` ("a visit to a
    military cemetery in France", "his holiday visit with troops in Iraq", "a visit to a U.S. air base")
    or as the object of a verb of ``verbs`` ("headed to Afghanistan to surprise U.S. troops", "Obama
    visits temple in Thailand"). Rule ``place_visit``: such a visit meets no head of the country.

    Returns:
        The character spans of those visits (the travel word's phrase, or the verb's, or the travel word's
        it complements), empty when there is none.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> kw = dict(nouns=frozenset({"cemetery", "troops"}), verbs=frozenset({"visit", "surprise"}),
        ...           heads=frozenset({"visit", "trip", "head"}))
        >>> t = "After the summit in Vietnam, he canceled a visit to a military cemetery in France."
        >>> [t[a:b] for a, b in place_visit(parse_one(t), **kw)]
        ['a visit to a military cemetery in France']
        >>> t = "Trump headed to Afghanistan to surprise U.S. troops."
        >>> [t[a:b] for a, b in place_visit(parse_one(t), **kw)]
        ['headed to Afghanistan to surprise U.S. troops']
        >>> place_visit(parse_one("He will pay a visit to France to meet Macron."), **kw)
        []
    """
    out: list[tuple[int, int]] = []
    for t in doc:
        if t.lemma_.lower() not in nouns and t.lower_ not in nouns:
            continue
        h = None
        if t.dep_ in ("dobj", "obj") and t.head.lemma_.lower() in verbs:
            h = t.head
            if h.dep_ in ("xcomp", "advcl") and h.head.lemma_.lower() in heads:
                h = h.head  # "headed to Afghanistan to surprise U.S. troops"
        elif t.dep_ == "pobj" and t.head.lower_ in prepositions and t.head.head.lemma_.lower() in heads:
            h = t.head.head
        if h is not None:
            sub = list(h.subtree)
            out.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return out


#: Dependencies that open a clause of its own (the walk up to a conditional stops there).
_BOUNDARY = frozenset({"advcl", "relcl", "acl", "csubj", "parataxis", "appos", "conj"})


def conditional_frame(doc, cue_start: int, cue_end: int, *, marks: frozenset, modals: frozenset) -> str:
    """How the meeting cue's own clause is conditioned on the parse ('' when it is not): ``"if"``
    when the cue lies inside an adverbial clause opened by one of ``marks`` ("If North Korea
    demands the talks be on Kim's home court", "if they meet"), ``"modal"`` when the verb heading
    the cue's clause, with the meeting noun as its subject or the cue as that verb, takes one of
    ``modals`` and is the sentence's main verb, not a clause a reporting verb takes ("Such a
    meeting would mark the first summit", not "said his summit would take place in May": a
    future seen from the past). Rule ``conditional_clause``.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> m, w = frozenset({"if", "unless"}), frozenset({"would"})
        >>> t = "If the summit happens, it will be historic."
        >>> conditional_frame(parse_one(t), t.index("summit"), t.index("summit") + 6, marks=m, modals=w)
        'if'
        >>> t = "A summit between the two leaders would be a historic first."
        >>> conditional_frame(parse_one(t), t.index("summit"), t.index("summit") + 6, marks=m, modals=w)
        'modal'
        >>> t = "The king said the summit would take place in May."
        >>> conditional_frame(parse_one(t), t.index("summit"), t.index("summit") + 6, marks=m, modals=w)
        ''
    """
    c = _head(doc, cue_start, cue_end)
    if c is None:
        return ""
    t = c
    while t.head.i != t.i:  # up to the first clause boundary; a complement clause inside it is still its
        if t.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ in marks for x in t.children):
            return "if"
        if t.dep_ in _BOUNDARY:
            break
        t = t.head
    h = _clause_head(c)
    if h.pos_ not in ("VERB", "AUX"):
        return ""
    # the meeting noun as the verb's subject (or a nominal before it the parser left unlabelled)
    argument = c.i == h.i or (c.head.i == h.i and (c.dep_ in ("nsubj", "nsubjpass") or (
        c.i < h.i and c.dep_ in ("npadvmod", "dep"))))
    if not argument or not any(x.dep_ == "aux" and x.lower_ in modals for x in h.children):
        return ""
    top = h
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return "modal" if top.dep_ == "ROOT" else ""


def report_dated(doc, start: int, end: int, *, lemmas: frozenset) -> bool:
    """Whether the date at characters ``[start, end)`` of a parsed ``doc`` dates a reporting verb
    (``lemmas``: "CNN reported Wednesday …", "Trump said on Thursday …"): its head is a temporal
    modifier of that verb, or the object of one of its prepositions (rule ``report_date``, encounters.yml
    ``frame.report_lemmas``). Such a date is the report's, not the encounter's an anaphor of the sentence
    refers to.

    Examples:
        >>> from summitlens.text.parse import parse_one
        >>> doc = parse_one("CNN reported Wednesday that officials were preparing for the summit.")
        >>> report_dated(doc, 13, 22, lemmas=frozenset({"report"}))
        True
        >>> doc = parse_one("The summit will take place on Wednesday.")
        >>> report_dated(doc, 30, 39, lemmas=frozenset({"report"}))
        False
    """
    t = head_token(doc, start, end)
    if t is None or not lemmas:
        return False
    gov = t.head.head if t.dep_ == "pobj" else t.head if t.dep_ in ("npadvmod", "tmod", "obl", "advmod") else None
    return gov is not None and gov is not t and gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in lemmas
