"""Schemas of the corpus tables written by the ``corpus`` step.

Character offsets (``char_start``, ``char_end``; Python slice convention, end exclusive)
always refer to ``articles.text``. ``articles.text_match`` has exactly the same length
(one-to-one character replacements only), so the same offsets slice it too.
"""

from __future__ import annotations

import pandera.pandas as pa

from summitlens.schemas.registry import NONNEG, col, doc_key, register, sentence_key, span


ARTICLES = register(
    "articles",
    {
        "doc_id": col("str", "Stable document key: first 16 hex digits of the SHA-1 of the file's bytes "
                      "(surrounding whitespace stripped); independent of the code version."),
        "file": col("str", "File path relative to the corpus folder."),
        "outlet": col("str", "Publisher, from the manifest; empty when unknown."),
        "url": col("str", "Original URL, from the manifest; empty when unknown."),
        "published": col("datetime64[ns]", "Publication date from the manifest (missing when unknown).",
                         nullable=True),
        "date_source": col("str", "Where `published` comes from: `manifest`, `estimated` (by hand, "
                           "evidence in the manifest notes) or `missing`."),
        "title": col("str", "Headline (first non-boilerplate line of the file)."),
        "text": col("str", "Headline, blank line, then the kept body paragraphs separated by blank "
                    "lines: decoded, mojibake repaired, NFC; original quotes and dashes. "
                    "All character offsets refer to this column."),
        "text_match": col("str", "`text` with straight quotes, ASCII hyphens and plain spaces, one "
                          "character for one character (same length and offsets as `text`)."),
        "encoding": col("str", "Encoding the file was decoded with."),
        "n_repairs": col("int64", "Number of mojibake repairs made while decoding.", checks=NONNEG),
        "language": col("str", "ISO 639-1 code of the dominant language of the body paragraphs."),
        "n_chars": col("int64", "Length of `text` in characters.", checks=NONNEG),
        "n_words": col("int64", "Word tokens in the English paragraphs of `text`.", checks=NONNEG),
        "n_paragraphs": col("int64", "Paragraphs in `text`, headline included.", checks=NONNEG),
        "n_sentences": col("int64", "Sentences in `text`, headline included.", checks=NONNEG),
        "n_boilerplate": col("int64", "Lines removed as boilerplate.", checks=NONNEG),
        "story_id": col("str", "Near-duplicate cluster key (MinHash/LSH over word shingles): the "
                        "`doc_id` of the cluster's first document. Syndicated copies share it."),
        "n_story_docs": col("int64", "Documents in this story cluster (1 = unique).", checks=pa.Check.ge(1)),
    },
    keys=("doc_id",),
    step="corpus",
    description="One row per kept input file.",
)

PARAGRAPHS = register(
    "paragraphs",
    {
        "doc_id": doc_key(),
        "paragraph_no": col("int64", "0 for the headline, then 1, 2, … in reading order.", checks=NONNEG),
        **span(),
        "text": col("str", "Paragraph text (articles.text[char_start:char_end])."),
        "is_headline": col("bool", "True for the headline paragraph."),
        "is_bullet": col("bool", "True when the paragraph is a bullet line (•, -, *)."),
        "language": col("str", "ISO 639-1 code from offline language identification (lingua); "
                        "`und` when undetermined."),
        "is_english": col("bool", "True when the paragraph is English (used by English analyses)."),
    },
    keys=("doc_id", "paragraph_no"),
    step="corpus",
    description="One row per paragraph of articles.text.",
)

SENTENCES = register(
    "sentences",
    {
        "doc_id": doc_key(),
        "sentence_no": sentence_key("Sentence number within the document, from 0."),
        "paragraph_no": col("int64", "Paragraph holding the sentence.", checks=NONNEG),
        **span(),
        "text": col("str", "Sentence text (articles.text[char_start:char_end])."),
        "text_match": col("str", "Same span of articles.text_match (straight quotes, ASCII dashes)."),
        "is_headline": col("bool", "True for sentences of the headline."),
        "is_english": col("bool", "True when the sentence's paragraph is English."),
    },
    keys=("doc_id", "sentence_no"),
    step="corpus",
    description="One row per sentence; the unit every extractor reads.",
)

BOILERPLATE = register(
    "boilerplate",
    {
        "doc_id": doc_key(),
        "line_no": col("int64", "Line number in the decoded file, from 0.", checks=NONNEG),
        "rule_id": col("str", "Id of the rule in boilerplate.yml that removed the line."),
        "text": col("str", "The removed line, as decoded and repaired."),
    },
    keys=("doc_id", "line_no"),
    step="corpus",
    description="Every line removed as boilerplate, with the rule that removed it.",
)

QUARANTINE = register(
    "quarantine",
    {
        "file": col("str", "File path relative to the corpus folder."),
        "reason": col("str", "`empty`, `binary`, `undecodable`, `duplicate`, `no_body` or `unreadable`.",
                      checks=pa.Check.isin(["empty", "binary", "undecodable", "duplicate", "no_body",
                                            "unreadable"])),
        "detail": col("str", "Human-readable detail (e.g. the kept copy of a duplicate)."),
        "n_bytes": col("int64", "File size in bytes.", checks=NONNEG),
    },
    keys=("file",),
    step="corpus",
    description="Input files not kept, with the reason: nothing is dropped silently.",
)
