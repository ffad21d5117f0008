"""Money: amounts in a sentence, normalised and typed (value, currency, year, kind, subject).

Modules, one job each:

- ``lexicon``: the money rules of ``resources/money.yml``, compiled;
- ``amounts``: :func:`find_amounts`, numbers with a currency, scale, range and approximation;
- ``typing``: :func:`extract_money`, each amount's kind, subject, change, year (the date
  attached to it) and countries (from the gazetteer);
- ``table``: :func:`extract_money_table`, the ``money_mentions`` table of a corpus.

Examples:
    >>> [m.surface for m in extract_money("Trade hit $240 billion, up 26.3%, in 2023.")]
    ['$240 billion']
"""

from summitlens.extract.money.amounts import Amount, find_amounts, parse_number
from summitlens.extract.money.lexicon import Lexicon, load_lexicon
from summitlens.extract.money.table import extract_money_table
from summitlens.extract.money.typing import (
    PERIOD_GRANULARITIES,
    MoneyMention,
    TimeExpression,
    extract_money,
    find_countries,
    is_total_trade,
    main_countries,
    time_from_exprs,
    time_from_table,
)

__all__ = ["Amount", "Lexicon", "MoneyMention", "PERIOD_GRANULARITIES", "TimeExpression", "extract_money",
           "extract_money_table", "find_amounts", "find_countries", "is_total_trade", "load_lexicon",
           "main_countries", "parse_number", "time_from_exprs", "time_from_table"]
