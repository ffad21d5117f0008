"""Schemas of the tables written by the ``meetings`` step.

Dates (``start``, ``end``, ``anchor`` …) are inclusive calendar days stored as
``datetime64[ns]`` at midnight. ``char_start``/``char_end`` are character offsets into
``articles.text`` (Python slice convention).
"""

from __future__ import annotations

import pandera.pandas as pa

from summitlens.schemas.registry import NONNEG, UNIT, col, doc_key, register, sentence_key, span

_STATUSES = ["occurred", "planned", "virtual", "phone", "cancelled", "hypothetical"]
_MODES = ["in_person", "virtual", "phone"]
_ANCHOR_SOURCES = ["published", "estimated", "inferred", "none"]
_GRANULARITIES = ["day", "multi-day", "weekend", "week", "month_part", "month", "multi-month", "season",
                  "quarter", "year_part", "year", "multi-year", "decade", "since", "rolling"]

DOCUMENT_DATES = register(
    "document_dates",
    {
        "doc_id": doc_key(),
        "published": col("datetime64[ns]", "articles.published (missing when unknown).", nullable=True),
        "date_source": col("str", "articles.date_source."),
        "anchor": col("datetime64[ns]", "Reference date used for relative expressions: the publication "
                      "date, else a date inferred from the article's own explicit dates; missing when "
                      "there is no evidence (never today's date).", nullable=True),
        "anchor_source": col("str", "`published` (manifest date), `estimated` (hand-estimated date), "
                             "`inferred` (from internal evidence) or `none`.",
                             checks=pa.Check.isin(_ANCHOR_SOURCES)),
    },
    keys=("doc_id",),
    step="dates",
    description="The anchor date of each article used by the temporal resolver.",
)

TEMPORAL_EXPRESSIONS = register(
    "temporal_expressions",
    {
        "doc_id": doc_key(),
        "sentence_no": sentence_key("Sentence holding the expression (sentences.sentence_no)."),
        **span(" of the expression"),
        "sent_char_start": col("int64", "Start offset of the expression in its sentence (sentences.text).",
                               checks=NONNEG),
        "sent_char_end": col("int64", "End offset (exclusive) of the expression in its sentence.",
                             checks=NONNEG),
        "surface": col("str", "The expression as written (articles.text[char_start:char_end])."),
        "start": col("datetime64[ns]", "First day of the resolved interval (inclusive); missing when a "
                     "relative expression has no anchor.", nullable=True),
        "end": col("datetime64[ns]", "Last day of the resolved interval (inclusive).", nullable=True),
        "granularity": col("str", "`day`, `multi-day`, `weekend`, `week`, `month_part`, `month`, `season`, "
                           "`quarter`, `year_part`, `year`, `multi-year`, `decade` or `rolling` (the "
                           "past/next N units); `since` is kept for old tables (\"since 1959\" is now "
                           "the year 1959).",
                           checks=pa.Check.isin(_GRANULARITIES)),
        "anchor": col("datetime64[ns]", "Reference date used (document_dates.anchor).", nullable=True),
        "anchor_source": col("str", "Source of the anchor (see document_dates).",
                             checks=pa.Check.isin(_ANCHOR_SOURCES)),
        "tense": col("str", "Tense of the clause used to resolve the expression: `past`, `present`, "
                     "`future`, or `none` when no cue was found or the expression does not depend on "
                     "tense (explicit years, next/last …).", checks=pa.Check.isin(["past", "present", "future", "none"])),
        "rule": col("str", "Id of the pattern that matched (see extract/dates/patterns.py)."),
        "confidence": col("float64", "0–1: rule confidence times the anchor's reliability.", checks=UNIT),
    },
    keys=("doc_id", "char_start"),
    step="dates",
    description="Date expressions of every sentence resolved to inclusive date intervals.",
)

MEETING_MENTIONS = register(
    "meeting_mentions",
    {
        "doc_id": doc_key(),
        "sentence_no": sentence_key("Evidence sentence (sentences.sentence_no)."),
        **span(" of the evidence sentence"),
        "cue_start": col("int64", "Start offset of the meeting cue word in articles.text.", checks=NONNEG),
        "cue_end": col("int64", "End offset (exclusive) of the meeting cue.", checks=NONNEG),
        "cue": col("str", "Meeting cue (`met`, `visit`, `telephone conversation` …)."),
        "evidence": col("str", "The evidence sentence (sentences.text)."),
        "participants": col("str", "Participant ids from people.yml, sorted, joined by `;`."),
        "is_putin_xi": col("bool", "True when both Putin and Xi take part (not a delegation meeting)."),
        "participants_source": col("str", "`explicit` (named), `coreference` (\"the two leaders\" after a "
                                   "sentence naming both) or `implied` (a leader visiting the other's country).",
                                   checks=pa.Check.isin(["explicit", "coreference", "implied"])),
        "place": col("str", "City (places.yml id); empty when none is named."),
        "country": col("str", "Country of the city, or the destination country named; empty when none."),
        "occasion": col("str", "Occasion id (occasions.yml); empty when none is named."),
        "occasion_type": col("str", "Occasion in the reference table's `occasion_type` vocabulary."),
        "start": col("datetime64[ns]", "First day of the meeting interval (from the sentence's date "
                     "expressions or a neighbour's).", nullable=True),
        "end": col("datetime64[ns]", "Last day of the meeting interval (inclusive).", nullable=True),
        "granularity": col("str", "Granularity of the date expression used; empty when undated."),
        "date_surface": col("str", "The date expression used; empty when undated."),
        "date_source": col("str", "`sentence` (a date attached to the meeting in its sentence), `event` "
                           "(the date of the document's event the mention is linked to) or empty.",
                           checks=pa.Check.isin(["sentence", "event", ""])),
        "status": col("str", "`occurred`, `planned`, `virtual`, `phone`, `cancelled` or `hypothetical`.",
                      checks=pa.Check.isin(_STATUSES)),
        "mode": col("str", "`in_person`, `virtual` or `phone`.", checks=pa.Check.isin(_MODES)),
        "mode_source": col("str", "`cue` (the sentence states the mode: video, phone, visit, in person …), "
                           "`event` (taken from the document event it is linked to) or `default` (in "
                           "person for want of a cue).", checks=pa.Check.isin(["cue", "event", "default"])),
        "tense": col("str", "Tense of the meeting cue's clause."),
        "event_id": col("str", "The document event the mention is linked to (`<doc_id>#<sentence_no>` of "
                        "the sentence stating it); empty when not linked."),
        "link": col("str", "How the mention is tied to its document's event: `event` (same leaders, no "
                    "contradiction), `anaphora` (\"the talks\", \"the visit\"), `headline` (a title "
                    "formula), `participants` (a transcript's counterpart replaced an inferred leader) "
                    "or empty.", checks=pa.Check.isin(["", "event", "anaphora", "headline", "participants"])),
        "anchor": col("datetime64[ns]", "Anchor date of the article (document_dates.anchor).", nullable=True),
        "anchor_source": col("str", "Source of the anchor.", checks=pa.Check.isin(_ANCHOR_SOURCES)),
        "story_id": col("str", "articles.story_id (syndicated copies share it)."),
        "confidence": col("float64", "0–1 confidence of the mention.", checks=UNIT),
    },
    keys=("doc_id", "sentence_no", "cue_start"),
    step="meetings",
    description="Sentences reporting a meeting, visit, video conference or phone call between leaders.",
)

MEETINGS = register(
    "meetings",
    {
        "meeting_id": col("str", "Ledger key: `M` + first day (YYYYMMDD or `undated`) + place/occasion slug."),
        "start": col("datetime64[ns]", "First day of the meeting (the narrowest member interval most "
                     "members agree with); missing for an undated encounter.", nullable=True),
        "end": col("datetime64[ns]", "Last day of the meeting (inclusive).", nullable=True),
        "place": col("str", "City; empty when no mention names one."),
        "country": col("str", "Country."),
        "host_side": col("str", "`Russia`, `China`, `third_country` or empty."),
        "occasion": col("str", "Occasion id."),
        "occasion_type": col("str", "Occasion in the reference vocabulary."),
        "mode": col("str", "`in_person`, `virtual` or `phone` (majority of the mentions that state a mode).",
                    checks=pa.Check.isin(_MODES)),
        "status": col("str", "Latest status reported: `occurred` (or `virtual`/`phone`) wins over "
                      "`planned` when any article reports it as held.", checks=pa.Check.isin(_STATUSES)),
        "status_history": col("str", "Status per article in anchor order: `planned@<doc_id>@<date>; "
                              "occurred@<doc_id>@<date>`."),
        "first_planned": col("datetime64[ns]", "Earliest anchor date of an article reporting it as "
                             "planned.", nullable=True),
        "first_occurred": col("datetime64[ns]", "Earliest anchor date of an article reporting it as held.",
                              nullable=True),
        "n_mentions": col("int64", "Meeting mentions merged into this meeting.", checks=pa.Check.ge(1)),
        "n_articles": col("int64", "Distinct articles reporting it.", checks=pa.Check.ge(1)),
        "n_stories": col("int64", "Distinct stories (articles.story_id) reporting it.", checks=pa.Check.ge(1)),
        "doc_ids": col("str", "Reporting doc_ids, sorted, joined by `;`."),
        "evidence": col("str", "The most confident evidence sentence."),
        "evidence_sentences": col("str", "Every evidence sentence of the encounter as `doc_id:sentence_no`, "
                                  "sorted, joined by `;` (meeting_mentions keys)."),
        "dated_by": col("str", "`date` (a mention dates it to at most two months), `interval` (only wide "
                        "intervals: a year, a season), `report` (no mention dates it: within a year after "
                        "the first article announcing it, or before the first reporting it as held) or "
                        "`none` (undated: no report date either).",
                        checks=pa.Check.isin(["date", "interval", "report", "none"])),
        "reference_meeting_no": col("Int64", "Matching `meeting_no` in data/reference/putin_xi_meetings.csv.",
                                    nullable=True),
        "reference_match": col("str", "`matched`, `not_in_reference` (dated, no reference row overlaps: "
                               "e.g. video calls, which the reference excludes) or `undated`.",
                               checks=pa.Check.isin(["matched", "not_in_reference", "undated", "no_reference"])),
        "confidence": col("float64", "Mean confidence of the merged mentions.", checks=UNIT),
    },
    keys=("meeting_id",),
    step="meetings",
    description="Ledger of distinct Putin–Xi meetings merged across articles, reconciled with the reference.",
)

MEETING_COVERAGE = register(
    "meeting_coverage",
    {
        "meeting_no": col("int64", "Reference meeting number.", checks=pa.Check.ge(1)),
        "start": col("datetime64[ns]", "Reference start_date."),
        "end": col("datetime64[ns]", "Reference end_date."),
        "city": col("str", "Reference city."),
        "country": col("str", "Reference country."),
        "occasion_type": col("str", "Reference occasion_type."),
        "format": col("str", "Reference format."),
        "covered": col("bool", "True when at least one ledger meeting matches it."),
        "meeting_ids": col("str", "Matching ledger meeting_ids joined by `;`."),
        "n_articles": col("int64", "Articles reporting it (0 when not covered).", checks=NONNEG),
        "n_stories": col("int64", "Stories reporting it.", checks=NONNEG),
    },
    keys=("meeting_no",),
    step="meetings",
    description="Which reference meetings (data/reference/putin_xi_meetings.csv) the corpus covers.",
)
