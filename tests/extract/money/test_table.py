"""Unit tests of summitlens.extract.money.table: the money_mentions table."""

from __future__ import annotations

import pandas as pd

from summitlens.extract.money import extract_money_table



def test_table_offsets_and_missing_temporal():
    text = "Headline\n\nTrade hit $240 billion last year, up 26.3%."
    start = text.index("Trade")
    s = pd.DataFrame({"doc_id": ["d"], "sentence_no": [1], "char_start": [start], "char_end": [len(text)],
                      "text": [text[start:]], "text_match": [text[start:]], "is_english": [True]})
    a = pd.DataFrame({"doc_id": ["d"], "published": [pd.Timestamp("2024-03-19")], "text": [text]})
    df = extract_money_table(s, a)
    row = df.iloc[0]
    assert text[row.char_start:row.char_end] == row.surface == "$240 billion"
    assert (row.year, row.change_pct, row.year_source) == (2023, 26.3, "temporal_expressions")

