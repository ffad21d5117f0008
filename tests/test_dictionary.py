"""The data dictionary is generated from the schemas and committed up to date."""

from summitlens import paths
from summitlens.dictionary import render_dictionary
from summitlens.schemas import TABLES


def test_dictionary_is_up_to_date():
    assert paths.DATA_DICTIONARY.read_text(encoding="utf-8") == render_dictionary(), (
        "run `make dictionary` (python -m summitlens dictionary)")


def test_every_column_documented():
    text = render_dictionary()
    for spec in TABLES.values():
        for col in spec.column_order:
            assert f"`{col}`" in text
