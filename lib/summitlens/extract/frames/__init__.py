"""Frame terms: lexicon matching with voice, speaker, negation, hedging and target.

Rules and word lists are data (``resources/frames.yml``, ``resources/frame_cues.yml``, the
countries of ``resources/places.yml``); this package only applies them, one job per module:

* :mod:`.lexicon` — load the lexicon, expand brace patterns, compile the automaton;
* :mod:`.cues` — load the cue lexicons (negation, hedges, attribution, targets);
* :mod:`.match` — find terms (word-bounded, longest leftmost) and apply exclusions;
* :mod:`.scope` — ``negated`` and ``hedged`` decided on the dependency parse of the sentences
  that hold a term and a trigger (negation of the term's predicate or determiner, "far
  from", denial verbs; "so-called" on the term, agentless "said to be"), and the term's
  syntactic target;
* :mod:`.polarity` — scare quotes (a short quotation that is the term itself, unattributed);
  the older word-window cues are kept for comparison;
* :mod:`.voice` — ``voice`` (``quoted`` / ``paraphrase`` / ``authorial``) and ``speaker``;
* :mod:`.target` — ``target`` (``relationship``, ``russia``, ``china``, ``leader``, ``other``)
  from a proper-noun premodifier or the nearest mentions (third countries and NATO are
  ``other``) when the sentence is not parsed;
* :mod:`.table` — the ``frame_terms`` table from ``sentences`` (:func:`extract_frame_terms`).

Quotation spans, clause windows and transcript speaker turns are shared text helpers
(:mod:`summitlens.text.quotes`, :mod:`summitlens.text.clauses`, :mod:`summitlens.text.turns`).

Examples:
    >>> frame_text("Russia is not a dictatorship.")[["surface", "negated"]].values.tolist()
    [['dictatorship', True]]
"""

from __future__ import annotations

from summitlens.extract.frames.cues import Cues, load_cues
from summitlens.extract.frames.lexicon import Lexicon, expand_pattern, lexicon_from_dict, load_lexicon
from summitlens.extract.frames.match import find_terms
from summitlens.extract.frames.table import FRAME_TERM_COLUMNS, VOICES, extract_frame_terms, frame_text
from summitlens.extract.frames.target import TARGETS
from summitlens.text.quotes import quote_spans

__all__ = [
    "Lexicon",
    "Cues",
    "FRAME_TERM_COLUMNS",
    "VOICES",
    "TARGETS",
    "expand_pattern",
    "lexicon_from_dict",
    "load_lexicon",
    "load_cues",
    "find_terms",
    "quote_spans",
    "frame_text",
    "extract_frame_terms",
]
