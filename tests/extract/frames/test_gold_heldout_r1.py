"""Frozen held-out gold, round 1 (tests/gold/framing/heldout_r1_*.csv): framing on unseen text.

``_a``/``_b``: every frame term of whole documents (Kremlin pages from
``../shared/corpora/kremlin_html/<N>.html``, read with the project's HTML reader
:func:`summitlens.io.formats.html.extract_page`; AllSides records streamed from
``allsides.jsonl.gz``: headline, then the text). ``_c``/``_d``: single sentences holding a unit
and a negation/hedge cue; the extractor runs on the sentence's paragraph and the terms inside
the sentence are kept (``_no_term`` sentences hold no unit: any prediction there is wrong).

Scores: term precision/recall (overlap, same category); over matched terms, target, voice and
speaker accuracy and negated/hedged precision/recall of ``True``, each with its majority
baseline (tests/quality.py). Gold targets ``putin``/``xi`` are compared with ``leader`` and
``both`` with ``relationship`` (the table's coarser labels); ``attributed_paraphrase`` is
``paraphrase``. The floors are at or below the first-run figures (see the README).
"""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache

import pandas as pd
import pytest

from summitlens import paths
from summitlens.extract.frames import extract_frame_terms, frame_text
from summitlens.text.normalize import normalize_unicode, to_match_form
from summitlens.text.segment import split_sentences
from tests.quality import gate_accuracy, gate_positive

GOLD = paths.TESTS_GOLD / "framing"
SENTS = paths.TESTS_GOLD / "heldout_r1"
SHARED = paths.SHARED_CORPORA
TARGET_MAP = {"putin": "leader", "xi": "leader", "both": "relationship"}
VOICE_MAP = {"attributed_paraphrase": "paraphrase"}

#: Floors: first run (precision 0.990, recall 0.837, target 0.808, voice 0.827, speaker 0.577,
#: negated P/R 0.661/0.932, hedged P/R 0.467/0.583); raised to just under the figures after
#: the second study (issue 13: target 0.882, voice 0.862, speaker 0.705, negated P/R
#: 0.860/0.907, hedged P/R 0.714/0.625), each above its majority baseline by >= 0.1. The
#: target floor beats the baseline (0.777) by 0.1. Round 1 is development data now: round 2
#: measures unseen text. Voice and speaker study (quotation cues next to a quotation, turn
#: labels that are rubrics or headline links, greetings and messages, pronoun speakers by entity,
#: apostrophes normalised): after voice 0.862 -> 0.879, speaker 0.705 -> 0.757, hedged P
#: 0.714 -> 0.769 (baselines 0.455, 0.467). Target/negation study after round 3's first run:
#: target 0.882 -> 0.895, negated P/R 0.860/0.907 -> 0.862/0.926 (voice 0.879, speaker 0.757 kept).
#: Clause-bound nearest-mention fallback after round 4's first run: target 0.895 -> 0.900.
#: Attribution structure study (issue 13: the subject before an aside between commas or dashes,
#: no addressee of "told" as speaker, adverbials dropped from speakers, nested reports to the outer
#: speaker, participles share their clause's subject, unresolved pronouns left empty): voice
#: 0.879 -> 0.886, speaker 0.757 -> 0.795; floors just under these. Structural target and
#: scope study (issue 13: title, apposition, examples, relative-clause antecedent, predicate
#: subject and support-verb subject on the parse; negation through a preposition only by "no";
#: reduced impersonal passives hedge): target 0.900 -> 0.933, negated P/R 0.862/0.926 ->
#: 0.909/0.926, hedged P/R 0.769/0.625 -> 0.867/0.812.
#: Transcript and message speakers (issue 13, second pass: title chains before a turn label,
#: articles by a leader as his words, bare titles and message nouns resolved to the named person,
#: addressees of told/urged and appositions authorial): voice 0.886 -> 0.893, speaker 0.795 ->
#: 0.801; floors just under these.
#: Third attribution pass (issue 13, after round 6: subjects on the parse, speech-noun possessors,
#: parentheses and the speaker's own noun phrase authorial, titles in quotation marks): voice
#: 0.893 -> 0.897, speaker 0.801 -> 0.806; floors just under these.
#: Scope, second pass (issue 13, rounds 6-7 as development data: negators before the term, double
#: negatives, quantities, denial through objects only, bare-noun scare quotes): negated P/R
#: 0.909/0.926 -> 0.962/0.944, hedged P/R 0.867/0.812 -> 0.875/0.875; floors just under these.
#: Scope, third pass (issue 13, rounds 8-9 studied, rules kept only when they help more than one
#: round): a negated support verb denies the term ("not seeking regime change": negated in the
#: gold of rounds 8 and 9, not in this round's): negated P 0.962 -> 0.944; floor just under it.
#: Fourth attribution pass (issue 13, rounds 8-9 studied: continued quotations in the paragraph,
#: a title's period after an inverted verb, a title-only subject's name, a reporting
#: verb's own clause): voice 0.897 -> 0.902, speaker 0.806 -> 0.815; floors just under these.
#: Scope, fourth pass (issue 13, rounds 1-10 pooled: "not" opening a predicative phrase, negated
#: comparisons): negated P 0.944 -> 0.927 ("governments, not authoritarians" now negated, not in
#: the gold); floor just under it.
#: Scope, fifth pass (issue 13, rounds 1-12 pooled: "impose" a support verb, "would not constitute
#: imposing a dictatorship"): negated P/R 0.927/0.944 -> 0.929/0.963; floor just under it.
#: Seventh attribution pass and sixth scope pass (rounds 1-13 pooled; term units follow
#: ANNOTATION.md's list, so "business partner", "friendlier", "user-friendly" are terms) and the
#: scorer's own-occurrence change (a repeated surface is scored at its own occurrence): voice
#: 0.902 -> 0.903, speaker 0.815 -> 0.823, negated P/R 0.931/0.982, hedged P 0.875 -> 0.824 (a
#: newly found "seen as reliable coalition partners" predicted hedged, not in the gold).
#: Scope, seventh pass (issue 13, rounds 1-14 pooled: indefinite objects of a negated verb, "no" on
#: a modal subject, quoted adjectives): negated P 0.931 -> 0.915 ("not going to achieve -- regime
#: change" now negated, not in this round's gold), hedged P 0.824 -> 0.778 ("“authoritarian”
#: regimes" now a scare quote); floors just under these.
#: Eighteenth attribution pass (this session, rule reported_adjunct: a term in an adjunct of the
#: reporting verb is the writer's): voice 0.914 -> 0.918, speaker 0.839 -> 0.841; floors just under these.
#: Nineteenth attribution pass (rounds 1-39 pooled, gloss_participles: "he said, underscoring …
#: a Sunni alliance" is the writer's): voice 0.916 -> 0.918 (415 -> 416 of 453); floor at it.
#: Twentieth attribution pass (rounds 1-41 pooled, credited_quotation): speaker 0.843 -> 0.845
#: (383 of 453); floor at it. Rule label_words (turns.yml: a kicker or headline before a colon,
#: "Awful Moments In Quarantine History:", is no speaker's label): voice 0.918 -> 0.923 (418 of
#: 453), speaker 0.845 -> 0.850 (385); floors just under these.
FLOORS = {"precision": 0.95, "recall": 0.95, "target": 0.93, "voice": 0.922, "speaker": 0.849,
          "neg_p": 0.91, "neg_r": 0.98, "hedge_p": 0.77, "hedge_r": 0.87}


_WORD = re.compile(r"\w+(?:'\w+)*")


def _norm(s: str) -> str:
    return " ".join(to_match_form(normalize_unicode(s)).lower().split())


def _bool(x) -> bool:
    return str(x).strip().lower() in ("true", "1", "yes")


def _speaker_ok(gold: str, pred: str) -> bool:
    """Same speaker: one name's last word is a word of the other, curly and straight apostrophes alike.

    Words, not substrings ("he" is not "the President"); a possessive is its name.

    >>> _speaker_ok("Vladimir Putin", "Mr Putin's message"), _speaker_ok("the President", "he"), _speaker_ok("", "")
    (True, False, True)
    """
    g, p = ([w.removesuffix("'s") for w in _WORD.findall(to_match_form(x).lower())] for x in (gold, pred))
    if not g:
        return not p
    return bool(p) and (g[-1] in p or p[-1] in g)


def _sentences(doc_id: str, title: str, paragraphs: list[str]) -> pd.DataFrame:
    """A ``sentences`` table of one document: the headline, then one paragraph per line."""
    paras = [normalize_unicode(p).strip() for p in [title, *paragraphs] if p and p.strip()]
    full = "\n\n".join(paras)
    match = to_match_form(full)
    rows, pos, sno = [], 0, 0
    for pno, p in enumerate(paras):
        for a, b in split_sentences(p):
            rows.append((doc_id, sno, pno, pos + a, pos + b, p[a:b], match[pos + a:pos + b], pno == 0))
            sno += 1
        pos += len(p) + 2
    return pd.DataFrame(rows, columns=["doc_id", "sentence_no", "paragraph_no", "char_start", "char_end",
                                       "text", "text_match", "is_headline"])


@lru_cache(maxsize=1)
def _allsides(ids: frozenset[str]) -> dict[str, tuple[str, str]]:
    out = {}
    with gzip.open(SHARED / "allsides" / "allsides.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            if not any(i in line for i in ids):
                continue
            rec = json.loads(line)
            if rec.get("ID") in ids:
                out[rec["ID"]] = (rec.get("title") or "", rec.get("content_original") or "")
    return out


def _document(file: str, allsides) -> pd.DataFrame:
    kind, key = file.split("/", 1)
    if kind == "allsides":
        title, text = allsides[key]
        return _sentences(file, title, re.split(r"\n+", text))
    from summitlens.io.formats.html import extract_page

    html = (SHARED / "kremlin_html" / key).read_text(encoding="utf-8", errors="replace")
    page = extract_page(html, find_date=False)
    return _sentences(file, page.title, page.paragraphs)


def _gold_spans(sent_text: str, surface: str) -> list[tuple[int, int]]:
    text, target = _norm_keep(sent_text), _norm_keep(surface)
    out, i = [], text.find(target)
    while i >= 0:
        out.append((i, i + len(target)))
        i = text.find(target, i + 1)
    return out


def _norm_keep(s: str) -> str:
    """Match form, lower case, same length (so offsets stay valid)."""
    return to_match_form(s).lower()


def _own_occurrences(gold_rows: list[dict]) -> list[dict]:
    """Give each gold row its own occurrence of a repeated surface.

    A gold row is located by its surface, so a word that occurs twice in a sentence had both
    occurrences and was scored against the first prediction twice. Occurrences inside a longer
    gold surface of the same sentence ("ally" inside "close ally") are not the row's; when a
    sentence has as many rows of a surface as occurrences left, the k-th row (in file order)
    takes the k-th occurrence.
    """
    by_key: dict = {}
    for g in gold_rows:
        by_key.setdefault(g["key"], []).append(g)
    for rows in by_key.values():
        for g in rows:
            longer = [s for h in rows if len(_norm_keep(h["surface"])) > len(_norm_keep(g["surface"]))
                      for s in h["spans"]]
            own = [(a, b) for a, b in g["spans"] if not any(x <= a and b <= y for x, y in longer)]
            g["spans"] = own or g["spans"]
        same: dict = {}
        for g in rows:
            same.setdefault(_norm_keep(g["surface"]), []).append(g)
        for group in same.values():
            spans = sorted(group[0]["spans"])
            if len(group) > 1 and len(spans) == len(group):
                for g, span in zip(group, spans):
                    g["spans"] = [span]
    return gold_rows


def _match(gold_rows: list[dict], preds: list[dict]) -> list[tuple[dict, dict | None]]:
    """Pair gold rows with predictions (overlap, same category); marks used predictions.

    A prediction already paired with an earlier gold row is taken again only when no other
    overlapping prediction is left (one-to-one where the text allows it).
    """
    pairs, paired = [], set()
    for g in _own_occurrences(gold_rows):
        hits = [p for p in preds if p["key"] == g["key"] and p["category"] == g["category"]
                and any(p["s"] < b and a < p["e"] for a, b in g["spans"])]
        for p in hits:
            p["used"] = True
        hit = next((p for p in hits if id(p) not in paired), hits[0] if hits else None)
        if hit is not None:
            paired.add(id(hit))
        pairs.append((g, hit))
    return pairs


def _evaluate_documents(name: str):
    return evaluate_document_rows(read_gold(f"heldout_r1_{name}.csv"))


def prediction_rows(file: str, frame_terms: pd.DataFrame) -> list[dict]:
    """The extractor's terms of one document as prediction rows to pair with gold rows."""
    return [{"key": (file, int(r.sentence_no)), "s": int(r.sentence_start), "e": int(r.sentence_end),
             "category": r.category, "row": r, "used": False} for r in frame_terms.itertuples(index=False)]


def evaluate_document_rows(gold: pd.DataFrame):
    """(gold rows located in their sentences, predictions, gold rows not found) for whole documents."""
    ids = frozenset(f.split("/", 1)[1] for f in gold["file"] if f.startswith("allsides/"))
    allsides = _allsides(ids) if ids else {}
    gold_rows, preds, missing = [], [], []
    for file, g in gold.groupby("file", sort=True):
        sents = _document(file, allsides)
        preds += prediction_rows(file, extract_frame_terms(sents))
        norm = [_norm(t) for t in sents["text"]]
        for row in g.to_dict("records"):
            key = _norm(row["sentence"])
            cand = [i for i, t in enumerate(norm) if key in t or (len(t) > 20 and t in key)]
            spans, sno = [], None
            for i in cand:
                spans = _gold_spans(sents["text"].iloc[i], row["surface"])
                if spans:
                    sno = int(sents["sentence_no"].iloc[i])
                    break
            if sno is None:
                missing.append((file, row["surface"], row["sentence"][:60]))
                continue
            gold_rows.append({**row, "key": (file, sno), "spans": spans})
    return gold_rows, preds, missing


def _evaluate_sentences(name: str, sentence_file: str):
    gold = read_gold(f"heldout_r1_{name}.csv")
    items = pd.read_csv(SENTS / sentence_file, dtype=str, keep_default_na=False).set_index("item")
    no_term = read_gold(f"heldout_r1_{name}_no_term.csv")
    return evaluate_sentence_rows(gold, items, no_term)


def evaluate_sentence_rows(gold: pd.DataFrame, items: pd.DataFrame, no_term: pd.DataFrame):
    """The same for single sentences run on their paragraph (``items`` indexed by ``item``)."""
    gold_rows, preds, missing = [], [], []
    for item in sorted(set(gold["item"]) | set(no_term["item"])):
        it = items.loc[item]
        para, sent = normalize_unicode(it["paragraph"]), normalize_unicode(it["sentence"])
        a = _norm_keep(para).find(_norm_keep(sent))
        if a < 0:
            a, b = 0, len(para)  # the sentence is the paragraph (or differs in spacing)
        else:
            b = a + len(sent)
        ft = frame_text(para)
        for r in ft.itertuples(index=False):
            if a <= int(r.char_start) and int(r.char_end) <= b:
                preds.append({"key": item, "s": int(r.char_start) - a, "e": int(r.char_end) - a,
                              "category": r.category, "row": r, "used": False})
        for row in gold[gold["item"] == item].to_dict("records"):
            spans = _gold_spans(para[a:b], row["surface"])
            if not spans:
                missing.append((item, row["surface"]))
                continue
            gold_rows.append({**row, "key": item, "spans": spans})
    return gold_rows, preds, missing


@pytest.fixture(scope="module")
def heldout():
    require_shared()
    parts = {"a": _evaluate_documents("a"), "b": _evaluate_documents("b"),
             "c": _evaluate_sentences("c", "framing_scope_sentences.csv"),
             "d": _evaluate_sentences("d", "framing_scope2_sentences.csv")}
    return summarise(parts, "heldout_r1")


def summarise(parts: dict, label: str) -> dict:
    """Pool the parts, print their figures and the errors; precision, recall and matched pairs."""
    results = {}
    all_pairs, all_preds = [], []
    for name, (gold_rows, preds, missing) in parts.items():
        pairs = _match(gold_rows, preds)
        n_used = sum(p["used"] for p in preds)
        found = [(g, h) for g, h in pairs if h is not None]
        print(f"\n[{label}_{name}] gold={len(gold_rows)} predicted={len(preds)} "
              f"precision={n_used / max(len(preds), 1):.3f} recall={len(found) / max(len(gold_rows), 1):.3f} "
              f"missing-in-text={len(missing)}")
        if missing:
            print(f"  missing: {missing[:10]}")
        print(f"  false negatives: {[(g['key'], g['surface']) for g, h in pairs if h is None][:40]}")
        print(f"  false positives: {[(p['key'], p['row'].surface) for p in preds if not p['used']][:40]}")
        all_pairs += pairs
        all_preds += preds
    found = [(g, h["row"]) for g, h in all_pairs if h is not None]
    results["precision"] = sum(p["used"] for p in all_preds) / max(len(all_preds), 1)
    results["recall"] = len(found) / max(len(all_pairs), 1)
    results["pairs"] = found
    print(f"\n[{label} all] gold={len(all_pairs)} predicted={len(all_preds)} "
          f"precision={results['precision']:.3f} recall={results['recall']:.3f} matched={len(found)}")
    for g, h in found:
        errs = []
        if TARGET_MAP.get(g["target"], g["target"]) != h.target:
            errs.append(f"target {g['target']}->{h.target}")
        if VOICE_MAP.get(g["voice"], g["voice"]) != h.voice:
            errs.append(f"voice {g['voice']}->{h.voice}")
        if not _speaker_ok(g["speaker"], h.speaker):
            errs.append(f"speaker {g['speaker']!r}->{h.speaker!r}")
        if _bool(g["negated"]) != bool(h.negated):
            errs.append(f"negated {g['negated']}->{h.negated}")
        if _bool(g["hedged"]) != bool(h.hedged):
            errs.append(f"hedged {g['hedged']}->{h.hedged}")
        if errs:
            print(f"  {g['key']} {g['surface']!r}: {'; '.join(errs)}")
    return results


def require_shared() -> None:
    """Skip the test when the shared corpora are not available."""
    if not (SHARED / "allsides" / "allsides.jsonl.gz").exists():
        pytest.skip("../shared/corpora not available")


def read_gold(name: str, gold_dir=None) -> pd.DataFrame:
    """A gold CSV of ``tests/gold/framing/``, every field a string, with its errata applied.

    The frozen file is never edited: the speakers of ``errata_*.csv`` in the same folder
    overlay it as it is read (see :func:`apply_errata`).
    """
    gold_dir = GOLD if gold_dir is None else gold_dir
    gold = pd.read_csv(gold_dir / name, dtype=str, keep_default_na=False)
    return apply_errata(gold, name, read_errata(gold_dir))


#: The columns of an errata file (``row_index``: 0-based data row of the frozen gold file).
ERRATA_COLUMNS = ("gold_file", "row_index", "sentence", "surface", "speaker_frozen", "speaker", "reason")


def read_errata(gold_dir=None) -> pd.DataFrame:
    """Every ``errata_*.csv`` of the gold folder as one table (empty when there is none)."""
    gold_dir = GOLD if gold_dir is None else gold_dir
    files = sorted(gold_dir.glob("errata_*.csv"))
    frames = [pd.read_csv(f, dtype=str, keep_default_na=False).assign(errata_file=f.name) for f in files]
    for f, df in zip(files, frames):
        missing = set(ERRATA_COLUMNS) - set(df.columns)
        assert not missing, f"{f.name}: errata columns missing: {sorted(missing)}"
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=[*ERRATA_COLUMNS, "errata_file"])


def _same_text(a: str, b: str) -> bool:
    return " ".join(str(a).split()) == " ".join(str(b).split())


def apply_errata(gold: pd.DataFrame, name: str, errata: pd.DataFrame) -> pd.DataFrame:
    """The frozen gold table ``name`` with the speakers of its errata rows replaced.

    An errata row names its gold file and the 0-based data row; the row's sentence and surface
    (and the frozen speaker) must equal the gold row's, else the overlay fails loudly (an
    ``AssertionError``): an erratum changes only the speaker of the row it was written for.

    Examples:
        >>> gold = pd.DataFrame({"sentence": ["'A pact,' he said."], "surface": ["pact"], "speaker": [""]})
        >>> err = pd.DataFrame([{"gold_file": "g.csv", "row_index": "0", "sentence": "'A pact,' he said.",
        ...                      "surface": "pact", "speaker_frozen": "", "speaker": "he", "reason": "pronoun",
        ...                      "errata_file": "errata_x.csv"}])
        >>> apply_errata(gold, "g.csv", err)["speaker"].tolist()
        ['he']
    """
    rows = errata[[str(f).rsplit("/", 1)[-1] == name for f in errata["gold_file"]]] if len(errata) else errata
    if not len(rows):
        return gold
    gold = gold.copy()
    for e in rows.to_dict("records"):
        i = int(e["row_index"])
        where = f"{e['errata_file']}: {name} row {i}"
        assert 0 <= i < len(gold), f"{where}: no such data row ({len(gold)} rows)"
        g = gold.iloc[i]
        assert _same_text(g["sentence"], e["sentence"]), (
            f"{where}: sentence differs: {g['sentence']!r} vs {e['sentence']!r}")
        assert _same_text(g["surface"], e["surface"]), f"{where}: surface differs: {g['surface']!r} vs {e['surface']!r}"
        assert _same_text(g["speaker"], e["speaker_frozen"]), (
            f"{where}: frozen speaker differs: {g['speaker']!r} vs {e['speaker_frozen']!r}")
        gold.iloc[i, gold.columns.get_loc("speaker")] = e["speaker"]
    return gold


def evaluate_packet(gold: pd.DataFrame, packet) -> tuple:
    """:func:`evaluate_sentence_rows` of a sentence packet (``packet``: its CSV) against its
    gold rows; the packet's items without a gold row hold no term."""
    items = pd.read_csv(packet, dtype=str, keep_default_na=False).set_index("item")
    no_term = pd.DataFrame({"item": sorted(set(items.index) - set(gold["item"]))})
    return evaluate_sentence_rows(gold, items, no_term)


def evaluate_round(label: str, documents: str | None, sentences: str, packet) -> dict:
    """A round of whole documents (None: a round of sentences only) plus single sentences (gold
    files in ``tests/gold/framing/``, ``packet`` the sentences' CSV): its pooled figures (see
    :func:`summarise`)."""
    require_shared()
    parts = {"sentences": evaluate_packet(read_gold(sentences), packet)}
    if documents is not None:
        parts = {"documents": evaluate_document_rows(read_gold(documents)), **parts}
    return summarise(parts, label)


FIELDS = ("terms", "target", "voice", "speaker", "negated", "hedged")


def field_params(expected_failures: dict[str, str]) -> list:
    """The fields of a round as pytest parameters, those in ``expected_failures`` (field ->
    reason) marked as strict expected failures (a field that starts passing fails the run)."""
    return [pytest.param(f, marks=pytest.mark.xfail(reason=expected_failures[f], strict=True))
            if f in expected_failures else f for f in FIELDS]


def check_field(heldout: dict, field: str, label: str, floors: dict, pairs: list | None = None) -> None:
    """Gate one field of a framing round against its floors (every round's tests call this).

    ``pairs`` overrides the matched pairs (e.g. leaving out rows whose speaker is not scored).
    """
    pairs = heldout["pairs"] if pairs is None else pairs
    if field == "terms":
        print(f"\n[gate] framing terms ({label}): precision={heldout['precision']:.3f} recall={heldout['recall']:.3f}")
        assert heldout["precision"] >= floors["precision"] and heldout["recall"] >= floors["recall"]
    elif field == "target":
        gate_accuracy(f"framing target ({label})", [TARGET_MAP.get(g["target"], g["target"]) for g, _ in pairs],
                      [h.target for _, h in pairs], floors["target"])
    elif field == "voice":
        gate_accuracy(f"framing voice ({label})", [VOICE_MAP.get(g["voice"], g["voice"]) for g, _ in pairs],
                      [h.voice for _, h in pairs], floors["voice"])
    elif field == "speaker":
        gold = [g["speaker"].strip().lower() for g, _ in pairs]
        ok = [_speaker_ok(g["speaker"], h.speaker) for g, h in pairs]
        gate_accuracy(f"framing speaker ({label})", gold, [g if k else "\x00wrong" for g, k in zip(gold, ok)],
                      floors["speaker"])
    else:
        key = "neg" if field == "negated" else "hedge"
        gate_positive(f"framing {field} ({label})", [_bool(g[field]) for g, _ in pairs],
                      [bool(getattr(h, field)) for _, h in pairs], p_min=floors[f"{key}_p"], r_min=floors[f"{key}_r"])


@pytest.mark.parametrize("field", FIELDS)
def test_heldout_r1_field(heldout, field):
    check_field(heldout, field, "held-out r1", FLOORS)
