"""Schemas of the corpus tables written by the ``corpus`` step.

Character offsets (``char_start``, ``char_end``; Python slice convention, end exclusive)
always refer to ``articles.text``. ``articles.text_match`` has exactly the same length
(one-to-one character replacements only), so the same offsets slice it too.
"""

from __future__ import annotations

import pandera.pandas as pa

from summitlens.io.read import DATE_RANGE
from summitlens.schemas.registry import NONNEG, col, doc_key, register, sentence_key, span


ARTICLES = register(
    "articles",
    {
        "doc_id": col("str", "Stable document key: first 16 hex digits of the SHA-1 of the file's bytes "
                      "(surrounding whitespace stripped); independent of the code version."),
        "file": col("str", "Document key, unique and stable: the file path relative to the corpus folder "
                    "(`.txt`/`.html` folders), or `<data file name>#<id>` for a record of a JSON Lines, CSV "
                    "or Parquet file (`<data file name>#<position>` when the mapping has no `id`)."),
        "outlet": col("str", "Publisher, from the manifest or the record's mapped `outlet` field (or the "
                      "corpus YAML's default); empty when unknown."),
        "url": col("str", "Original URL, from the manifest or the record's mapped `url` field; empty when unknown."),
        "published": col("datetime64[ns]", "Publication date from the manifest, the record's mapped date "
                         "field, or the HTML page (missing when unknown or unusable).", nullable=True),
        "date_source": col("str", "Where `published` comes from: `manifest`, `estimated` (by hand, "
                           "evidence in the manifest notes), `record` (the record's date field), `html` "
                           "(found in the page by htmldate) or `missing`."),
        "meta": col("str", "The manifest row's other columns, or the record's unmapped fields (e.g. `title`, "
                    "`topic`, `authors`, `bias`), as a JSON object with sorted keys and the values as "
                    "written; `{}` when there are none."),
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

QUARANTINE_REASONS = {
    "empty": "empty or whitespace only after decoding (for a record: an empty or blank text field)",
    "binary": "NUL or control bytes: not text",
    "undecodable": "no encoding gives plausible text",
    "duplicate": "same text as a kept file, or another name (link) of a file already read, or a link "
                 "to a folder of the corpus (not followed)",
    "no_body": "no headline, or (a text file or record) no body paragraph, after boilerplate removal; "
               "an HTML page that is all headline is kept",
    "unreadable": "the file (or folder) could not be opened or read",
    "hidden": "a `.txt` file whose name, or a folder on its path, starts with a dot",
    "outside_corpus": "a symbolic link resolving outside the corpus folder (never opened)",
    "dangling_link": "a symbolic link to a missing path or a link loop",
    "not_a_regular_file": "a `.txt` FIFO, socket or device (never opened)",
    "unreadable_name": "a `.txt` file whose name is not valid UTF-8 (`file` shows the bad bytes as `\\xNN`)",
    "invalid_json": "a JSON Lines line that is not valid JSON",
    "bad_record": "a record that is not an object, has more CSV fields than the header, or a text that "
                  "is not a string",
    "missing_field": "a record without the mapped `id`, `title` or `text` field",
}

QUARANTINE = register(
    "quarantine",
    {
        "file": col("str", "Path relative to the corpus folder (undecodable name bytes escaped as `\\xNN`), "
                    "or the record's key `<data file name>#<id>` (`#<position>` when it has no id)."),
        "record": col("int64", "1-based position of the record in its data file: line number (JSON "
                      "Lines; CSV: the line where the record starts), row number (Parquet); 0 for a "
                      "file of a folder corpus.", checks=NONNEG),
        "reason": col("str", "Why the path is not kept: " + "; ".join(f"`{k}`: {v}" for k, v in
                                                                        QUARANTINE_REASONS.items()) + ".",
                      checks=pa.Check.isin(list(QUARANTINE_REASONS))),
        "detail": col("str", "Human-readable detail (e.g. the kept copy of a duplicate)."),
        "n_bytes": col("int64", "File size in bytes (0 for paths never opened: links, FIFOs).", checks=NONNEG),
    },
    keys=("file", "record"),
    step="corpus",
    description="Input files and records not kept, with the reason: nothing is dropped silently.",
)

MANIFEST_PROBLEMS = {
    "outside_corpus": "manifest.csv is a link resolving outside the corpus folder (not read)",
    "unreadable_manifest": "manifest.csv could not be read or decoded",
    "empty_manifest": "manifest.csv is empty",
    "no_file_column": "no `file` column (the detail names the columns found)",
    "duplicate_column": "a column name repeated (the first is used)",
    "bad_row": "more fields than the header, or a CSV syntax error",
    "missing_file": "a row without a file",
    "duplicate_row": "a second row for the same file (the first is used)",
    "ambiguous_file": "a bare name or case-insensitive path matching several files",
    "file_not_in_corpus": "no corpus file has this path",
    "file_not_read": "the file is in `quarantine` as refused by the reader",
    "bad_date": "`published` (or a record's date field) is not an ISO date nor the corpus's `date_format` "
                "(`published` left missing, the record kept)",
    "date_out_of_range": f"`published` outside {DATE_RANGE[0]}..{DATE_RANGE[1]} (`published` left missing)",
    "files_without_row": "corpus files without a manifest row (one summary row, the count in `value`)",
}

MANIFEST_ISSUES = register(
    "manifest_issues",
    {
        "manifest_row": col("int64", "1-based line number in manifest.csv where the record starts (the "
                            "header is usually line 1), or the record's position in a data file (as "
                            "`quarantine.record`); 0 for problems of the whole manifest.", checks=NONNEG),
        "file": col("str", "The row's `file` value (normalised: `/` separators, no leading `./`); empty "
                    "for problems of the whole manifest."),
        "column": col("str", "Normalised name of the column concerned; empty when none."),
        "value": col("str", "The offending value as written (e.g. the bad date), kept so nothing is lost."),
        "problem": col("str", "What is wrong: " + "; ".join(f"`{k}`: {v}" for k, v in
                                                             MANIFEST_PROBLEMS.items()) + ".",
                       checks=pa.Check.isin(list(MANIFEST_PROBLEMS))),
        "detail": col("str", "Human-readable explanation and what the build did about it."),
    },
    keys=("manifest_row", "problem", "column"),
    step="corpus",
    description="Every problem found in manifest.csv or in a record's date; the build goes on with the "
                "valid rows.",
)
