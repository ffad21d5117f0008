"""Schemas of the framing tables written by the ``framing`` step.

``frame_terms`` has one row per occurrence of a frame-lexicon term in an English sentence
(offsets into ``articles.text``); ``frame_scores`` has one row per document, category and
voice, so categories added to the lexicon need no schema change.
"""

from __future__ import annotations

import pandera.pandas as pa

from summitlens.schemas.registry import NONNEG, col, doc_key, register, sentence_key, span

VOICES = ["authorial", "quoted", "paraphrase"]
TARGETS = ["relationship", "russia", "china", "leader", "other"]

FRAME_TERMS = register(
    "frame_terms",
    {
        "doc_id": doc_key(),
        "sentence_no": sentence_key("Sentence holding the term (sentences.sentence_no)."),
        "paragraph_no": col("int64", "Paragraph holding the sentence.", checks=NONNEG),
        **span(" of the term"),
        "surface": col("str", "The term as written (articles.text[char_start:char_end])."),
        "term": col("str", "Normalised form: lower case, hyphens and quote marks as spaces."),
        "term_id": col("str", "Id of the lexicon entry (frames.yml) that matched."),
        "category": col("str", "Frame category of the entry (`authoritarian`, `partnership`, or a "
                        "user category)."),
        "weight": col("float64", "Weight of the entry (default 1.0).", checks=NONNEG),
        "voice": col("str", "`quoted` (inside quotation marks), `paraphrase` (reported speech without "
                     "quotes: said that, according to) or `authorial`.", checks=pa.Check.isin(VOICES)),
        "speaker": col("str", "Source named for a quoted or paraphrased term; empty when none."),
        "negated": col("bool", "True when a negation scopes over the term on the dependency parse (its "
                       "predicate or determiner negated: not, no, no longer, never, far from, without, "
                       "denied …); not when it negates another verb."),
        "negation_cue": col("str", "The negation cue found; empty when not negated."),
        "hedged": col("bool", "True when the author distances from the label: so-called/alleged on the term, "
                      "scare quotes around the term alone, agentless 'are said to be'/'seen as', "
                      "'friendly veneer', 'what critics call'."),
        "hedge_cue": col("str", "The hedge cue (or `scare quotes`); empty when not hedged."),
        "target": col("str", "What the term is about: `relationship`, `russia`, `china`, `leader` "
                      "or `other` (NATO, US allies, third countries): the term's arguments on the parse "
                      "when the sentence was parsed, else a proper-noun premodifier or the nearest "
                      "mentions.", checks=pa.Check.isin(TARGETS)),
        "flag": col("str", "`proper_name` (Treaty of Friendship, Trans-Pacific Partnership, Fox & Friends) "
                    "or `economic` (trading partner): a term, but left out of scores; empty otherwise.",
                    checks=pa.Check.isin(["", "proper_name", "economic"])),
        "is_headline": col("bool", "True when the sentence is part of the headline."),
        "sentence": col("str", "Text of the sentence (sentences.text), for KWIC and reading."),
        "sentence_start": col("int64", "Start of the term in `sentence` (sentence-local offset).", checks=NONNEG),
        "sentence_end": col("int64", "End of the term in `sentence` (exclusive).", checks=NONNEG),
    },
    keys=("doc_id", "char_start"),
    step="framing",
    description="One row per frame-lexicon term in an English sentence, with voice, speaker, "
                "negation, hedging and target.",
)

FRAME_SCORES = register(
    "frame_scores",
    {
        "doc_id": doc_key(),
        "category": col("str", "Frame category, or `all` for every category together."),
        "voice": col("str", "`authorial`, `quoted`, `paraphrase`, or `all` for every voice.",
                     checks=pa.Check.isin(VOICES + ["all"])),
        "n_words": col("int64", "Words in the English text of the document (articles.n_words).",
                       checks=NONNEG),
        "n_terms": col("int64", "Terms counted: not negated.", checks=NONNEG),
        "n_negated": col("int64", "Negated terms (kept apart, not in n_terms).", checks=NONNEG),
        "n_hedged": col("int64", "Hedged terms among n_terms.", checks=NONNEG),
        "weight_sum": col("float64", "Sum of the weights of the n_terms terms.", checks=NONNEG),
        "per_1000_words": col("float64", "n_terms per 1,000 words (0 when n_words is 0).", checks=NONNEG),
    },
    keys=("doc_id", "category", "voice"),
    step="framing",
    description="Per document, category and voice: counts and rates of frame terms about Russia, "
                "China, their leaders or their relationship (target not `other`); negated terms "
                "counted apart.",
)
