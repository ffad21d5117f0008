"""Schemas of the tables written by the ``trade`` step: money mentions and the trade fact check.

Money values are in absolute units of the stated currency (``2.4e11`` for "$240 billion");
columns ending in ``_usd`` are US dollars. ``char_start``/``char_end`` are character offsets
into ``articles.text`` (Python slice convention). Years are calendar years (nullable).
"""

from __future__ import annotations

import pandera.pandas as pa

from summitlens.schemas.registry import NONNEG, col, doc_key, register, sentence_key, span

KINDS = ["actual", "target", "record", "forecast", "other"]
SUBJECTS = ["bilateral_trade", "investment", "energy", "deal", "budget", "sanctions", "other"]
APPROX = ["", "approx", "more_than", "at_least", "less_than", "up_to"]
RELATIONS = ["", "in", "by", "since"]
YEAR_SOURCES = ["", "temporal_expressions", "rules"]
CHECKS = ["figure", "target", "forecast"]
VERDICTS = ["match", "close", "mismatch", "unverifiable", "reached", "reached_late", "not_reached", "pending"]
REFERENCE_STATUS = ["confirmed", "unconfirmed", "absent"]

MONEY_MENTIONS = register(
    "money_mentions",
    {
        "doc_id": doc_key(),
        "sentence_no": sentence_key("Evidence sentence (sentences.sentence_no)."),
        **span(" of the amount"),
        "surface": col("str", "The amount as written (articles.text[char_start:char_end]), e.g. "
                       "`$200-250 billion`, `US$140 billion`, `140 billion U.S. dollars`."),
        "value_low": col("float64", "Lower bound in absolute units of `currency` (2.4e11 for $240 billion); "
                         "equal to `value_high` unless the text gives a range.", checks=NONNEG),
        "value_high": col("float64", "Upper bound in absolute units of `currency`.", checks=NONNEG),
        "currency": col("str", "ISO 4217 code (`USD`, `CNY`, `RUB`, `EUR`, `GBP` …) from the symbol, code or "
                        "name written with the number (resources/money.yml)."),
        "scale": col("str", "Scale word written: `unit`, `thousand`, `million`, `billion` or `trillion`.",
                     checks=pa.Check.isin(["unit", "thousand", "million", "billion", "trillion"])),
        "rounding_unit": col("float64", "Unit of the last significant digit written (at least two significant "
                             "digits), in absolute units: 1e9 for `$240 billion`, 1e8 for `$107.8 billion`. "
                             "Half of it is the rounding tolerance of the fact check.", checks=NONNEG),
        "approx": col("str", "Approximation written before/after the amount: `approx` (about, nearly, some …), "
                      "`more_than` (more than, over, exceeding …), `at_least`, `less_than`, `up_to`, or empty.",
                      checks=pa.Check.isin(APPROX)),
        "approx_cue": col("str", "The cue phrase that set `approx` (empty when none)."),
        "change_pct": col("float64", "Percentage change attached to the amount (`up 26.3%` → 26.3, "
                          "`sank by 2.9%` → -2.9); missing when none.", nullable=True),
        "year": col("Int64", "Calendar year the amount refers to (`in 2023`, `last year` resolved with the "
                    "publication date, `by 2024`, `the first five months`); missing when the sentence gives "
                    "none.", nullable=True),
        "period_start": col("datetime64[ns]", "First day of the period the amount refers to.", nullable=True),
        "period_end": col("datetime64[ns]", "Last day (inclusive) of the period the amount refers to.",
                          nullable=True),
        "is_partial_year": col("bool", "True when the period is part of a year (`January to November`, "
                               "`the first nine months`): not comparable with annual totals."),
        "year_relation": col("str", "How the amount relates to the period: `in`, `by` (a deadline, as for "
                             "targets), `since`, or empty.", checks=pa.Check.isin(RELATIONS)),
        "time_surface": col("str", "The time expression the year comes from (empty when none)."),
        "year_source": col("str", "`temporal_expressions` (the one date resolver, extract/dates: the "
                           "date attached to the amount) or empty. (`rules` is kept for old tables.)", checks=pa.Check.isin(YEAR_SOURCES)),
        "kind": col("str", "`actual`, `target`, `record`, `forecast` or `other`, from the nearest kind cue "
                    "(resources/money.yml); `actual` when there is none.", checks=pa.Check.isin(KINDS)),
        "kind_cue": col("str", "The cue phrase that set `kind` (empty for the default)."),
        "subject": col("str", "`bilateral_trade`, `investment`, `energy`, `deal`, `budget`, `sanctions` or "
                       "`other`, from the nearest subject cue in the sentence.", checks=pa.Check.isin(SUBJECTS)),
        "subject_cue": col("str", "The cue word that set `subject` (empty for the default)."),
        "countries": col("str", "ISO 3166-1 alpha-2 codes of the countries involved, sorted, joined by `;` "
                         "(named in the sentence, or the article's two main countries for `our`/`mutual`/"
                         "`bilateral` trade)."),
        "is_china_russia_trade": col("bool", "True when the amount is total two-way trade (subject cue `trade`, "
                                     "`turnover`, `mutual trade` …, not exports, imports or a balance) and the "
                                     "countries include China and Russia: what the fact check compares."),
        "evidence": col("str", "The evidence sentence (sentences.text)."),
    },
    keys=("doc_id", "char_start", "char_end"),
    step="trade",
    description="Every money amount in the English sentences, normalised and typed by year, kind and subject.",
)

TRADE_CHECK = register(
    "trade_check",
    {
        "doc_id": doc_key(),
        "sentence_no": sentence_key("Evidence sentence (sentences.sentence_no)."),
        **span(" of the amount"),
        "surface": col("str", "The amount as written."),
        "check": col("str", "`figure` (an actual or record annual total), `target` or `forecast`.",
                     checks=pa.Check.isin(CHECKS)),
        "kind": col("str", "money_mentions.kind.", checks=pa.Check.isin(KINDS)),
        "year": col("Int64", "Year the figure refers to (for targets: the year given in the sentence).",
                    nullable=True),
        "approx": col("str", "money_mentions.approx.", checks=pa.Check.isin(APPROX)),
        "reported_low_usd": col("float64", "Reported lower bound, US dollars (missing when not in USD).",
                                nullable=True),
        "reported_high_usd": col("float64", "Reported upper bound, US dollars (missing when not in USD).",
                                 nullable=True),
        "official_usd": col("float64", "China customs (GACC) total goods trade of `year`, US dollars "
                            "(data/reference/china_russia_trade.csv); missing when absent.", nullable=True),
        "reference_status": col("str", "`confirmed`, `unconfirmed` (reference row not confirmed by a source) "
                                "or `absent` (no row for the year).", checks=pa.Check.isin(REFERENCE_STATUS)),
        "diff_usd": col("float64", "Reported minus official, US dollars (for one-sided figures the written "
                        "bound; otherwise the midpoint).", nullable=True),
        "diff_pct": col("float64", "`diff_usd` as a percentage of the official value.", nullable=True),
        "tolerance_usd": col("float64", "Rounding tolerance used for `match` (half the rounding unit), US "
                             "dollars.", nullable=True),
        "verdict": col("str", "Figures: `match` (within the article's rounding, or on the right side of "
                       "`more than`/`up to`), `close` (within 5 %), `mismatch`, `unverifiable` (reference row "
                       "unconfirmed or absent, partial year, other currency). Targets/forecasts: `reached` "
                       "(by the target year), `reached_late`, `not_reached`, `pending` (target year after the "
                       "reference series), `unverifiable`.", checks=pa.Check.isin(VERDICTS)),
        "target_year": col("Int64", "Targets/forecasts: the deadline year (`by 2024`); missing when none is "
                           "written.", nullable=True),
        "first_year_reached": col("Int64", "Targets/forecasts: first year the official series reached the "
                                  "amount; missing when never.", nullable=True),
        "reason": col("str", "Why the verdict is what it is (one short phrase)."),
        "evidence": col("str", "The evidence sentence (sentences.text)."),
    },
    keys=("doc_id", "char_start", "char_end"),
    step="trade",
    description="China–Russia trade figures and targets reported by the articles, checked against China "
                "customs (GACC) totals.",
)
