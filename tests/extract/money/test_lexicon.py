"""Unit tests of summitlens.extract.money.lexicon: a user's own rules file."""

from __future__ import annotations

from summitlens.extract.money import find_amounts, load_lexicon



def test_custom_lexicon(tmp_path):
    import yaml

    from summitlens import paths

    raw = yaml.safe_load(paths.resource("money.yml").read_text(encoding="utf-8"))
    raw["currencies"]["before"]["¥"] = "JPY"
    f = tmp_path / "money.yml"
    f.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    assert find_amounts("¥300 million", lexicon=load_lexicon(f))[0].currency == "JPY"

