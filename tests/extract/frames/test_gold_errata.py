"""The errata overlay of the framing gold (``tests/gold/framing/errata_*.csv``).

Frozen gold files are never edited. An errata file corrects the speaker of single rows (e.g.
``errata_r1_r16_speakers.csv``: rounds 1-16 left a pronoun-only attribution empty, the project's
convention keeps the pronoun as the text gives it); :func:`read_gold` overlays it as it reads a
frozen file, checking that the sentence, surface and frozen speaker are the row's own.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.extract.frames.test_gold_heldout_r1 import GOLD, apply_errata, read_errata, read_gold

_HEADER = "gold_file,row_index,sentence,surface,speaker_frozen,speaker,reason\n"


def _gold_dir(tmp_path, errata: str):
    pd.DataFrame({"item": ["1", "2"], "sentence": ["\u201cA pact,\u201d he said.", "An ally, she says."],
                  "surface": ["pact", "ally"], "voice": ["quoted", "attributed_paraphrase"],
                  "speaker": ["", ""]}).to_csv(tmp_path / "heldout_rx_sentences.csv", index=False)
    (tmp_path / "errata_rx.csv").write_text(_HEADER + errata, encoding="utf-8")
    return tmp_path


def test_overlay_replaces_only_the_speaker(tmp_path):
    d = _gold_dir(tmp_path, "heldout_rx_sentences.csv,1,\"An ally, she says.\",ally,,she,pronoun only\n")
    frozen = (d / "heldout_rx_sentences.csv").read_bytes()
    gold = read_gold("heldout_rx_sentences.csv", d)
    assert gold["speaker"].tolist() == ["", "she"]
    assert gold.drop(columns="speaker").equals(pd.read_csv(d / "heldout_rx_sentences.csv", dtype=str,
                                                           keep_default_na=False).drop(columns="speaker"))
    assert (d / "heldout_rx_sentences.csv").read_bytes() == frozen  # the frozen file is untouched


def test_overlay_ignores_other_gold_files(tmp_path):
    d = _gold_dir(tmp_path, "heldout_ry_sentences.csv,0,x,y,,he,other file\n")
    assert read_gold("heldout_rx_sentences.csv", d)["speaker"].tolist() == ["", ""]


@pytest.mark.parametrize("row", [
    "heldout_rx_sentences.csv,0,\"An ally, she says.\",pact,,she,wrong sentence\n",
    "heldout_rx_sentences.csv,1,\"An ally, she says.\",pact,,she,wrong surface\n",
    "heldout_rx_sentences.csv,1,\"An ally, she says.\",ally,Xi,she,wrong frozen speaker\n",
    "heldout_rx_sentences.csv,5,\"An ally, she says.\",ally,,she,no such row\n",
])
def test_overlay_fails_loudly_on_a_row_that_is_not_its_own(tmp_path, row):
    with pytest.raises(AssertionError):
        read_gold("heldout_rx_sentences.csv", _gold_dir(tmp_path, row))


def test_every_errata_row_matches_its_frozen_gold_row():
    """Each erratum of the repository names an existing gold file and row whose sentence, surface
    and frozen speaker it repeats (apply_errata asserts it), and changes that row's speaker."""
    errata = read_errata()
    for name, rows in errata.groupby(errata["gold_file"].map(lambda f: str(f).rsplit("/", 1)[-1])):
        assert (GOLD / name).exists(), f"errata name a missing gold file: {name}"
        frozen = pd.read_csv(GOLD / name, dtype=str, keep_default_na=False)
        fixed = apply_errata(frozen, name, errata)
        for i, speaker in zip(rows["row_index"].astype(int), rows["speaker"]):
            assert fixed["speaker"].iloc[i] == speaker
        assert fixed.drop(columns="speaker").equals(frozen.drop(columns="speaker"))
