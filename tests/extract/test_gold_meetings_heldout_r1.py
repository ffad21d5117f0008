"""Meetings against the frozen held-out gold, round 1 (tests/gold/meetings/heldout_r1_*).

Written by annotators who never saw the rules or the output (../shared/ANNOTATION.md,
Meetings). Three packets, each built as its own corpus through the project's readers and
the pipeline (``corpus``, ``dates``, ``meetings``): ``kremlin`` and ``kremlin2`` (official
releases: the listed ``kremlin_html/<N>.html`` pages with their manifest rows, read by the
HTML reader) and ``allsides`` (the listed records of ``allsides.jsonl.gz``, read by the JSON
Lines reader with ``corpora/allsides.yml``'s mapping).

Scores, per packet and pooled:

* Putin–Xi mention precision / recall: a predicted Putin–Xi mention (one per sentence) is
  right when its sentence holds a gold Putin–Xi row; a gold row is found when its sentence
  holds a predicted Putin–Xi mention (sentences match after collapsing whitespace and quotes,
  either containing the other, so segmentation differences do not count);
* status accuracy over matched mentions, gated against the majority baseline;
* ledger precision / recall against the Putin–Xi ledger gold: a ledger row matches a gold
  encounter when the gold start lies inside the row's interval (or both are undated with the
  same place or occasion); each gold encounter matches one row, a second row for it is a
  duplicate and counts against precision.

The first run (before any rule was changed for this gold) is quoted in the README; the
floors below sit at or under it.
"""

from __future__ import annotations

import gzip
import json
import shutil
from functools import lru_cache

import pandas as pd
import pytest

from summitlens import load_tables, paths
from tests.conftest import require_shared
from tests.extract._gold_meetings import norm
from tests.quality import gate_accuracy

GOLD = paths.TESTS_GOLD / "meetings"
PACKETS = ("kremlin", "kremlin2", "allsides")
KREMLIN = paths.SHARED_CORPORA / "kremlin_html"
ALLSIDES = paths.SHARED_CORPORA / "allsides" / "allsides.jsonl.gz"

#: First run (quoted in the README): mentions P 0.763 / R 0.493, status 0.752 (majority
#: baseline 0.653), ledger P 0.541 / R 0.476. After r1 became dev: mentions P 0.785 / R 0.556,
#: status 0.798 (baseline 0.693); with group references to a document event's participants
#: ("the two leaders", "BRICS leaders", "Vladimir Putin and Xi Jinping …", "The SCO Summit …",
#: issue 12): mentions P 0.792 / R 0.663, status 0.824 (baseline 0.721). Third study (precision
#: counts only sentences the annotators saw; "discussed"/"exchanged views" are no meeting words
#: (ANNOTATION.md); sub-heading formulas; "the presidents of Russia and China"; multilateral
#: summits keep the pair; greetings in the present are held; future anaphora is planned; undated
#: encounters bounded by their reports): mentions P 0.924 / R 0.712, status 0.904 (baseline
#: 0.719), ledger P 0.718 / R 0.667. Issue 12 second pass (undated document events dated by their
#: report's last days, undated mentions joined to the nearest compatible encounter, one row per visit):
#: ledger P 0.788 / R 0.619 (wide report rows no longer match encounters by accident). Floors sit just
#: under the latest figures.
MENTION_P, MENTION_R = 0.91, 0.70
#: Status: gated, so baseline + 0.1 <= floor <= figure (0.719 + 0.1 <= 0.90 <= 0.904).
STATUS_MIN = 0.90
LEDGER_P, LEDGER_R = 0.78, 0.61


def read_gold(name: str) -> pd.DataFrame:
    """A meetings gold file (``tests/gold/meetings/<name>.csv``) with booleans and dates parsed."""
    g = pd.read_csv(GOLD / f"{name}.csv", dtype=str, keep_default_na=False)
    g["is_putin_xi"] = g["is_putin_xi"].str.lower() == "true"
    for c in ("start", "end"):
        g[c] = pd.to_datetime(g[c].replace("", None), errors="coerce")
    return g


def _gold(kind: str, packet: str) -> pd.DataFrame:
    return read_gold(f"heldout_r1_{kind}_{packet}")


def build_sources(files: list[str], tmp_path_factory, label: str, mentions: pd.DataFrame,
                  ledger: pd.DataFrame) -> list[tuple]:
    """Build the Kremlin pages and the AllSides records of ``files`` as one corpus each
    (``corpus``, ``dates``, ``meetings``) and pair each with its slice of the gold:
    ``(name, tables, mention gold, ledger gold)`` as :func:`pool_packets` takes them."""
    from summitlens.pipeline import build

    out = []
    for kind, make in (("kremlin_html", _build_kremlin), ("allsides", _build_allsides)):
        mine = sorted(f for f in files if f.startswith(kind + "/"))
        if not mine:
            continue
        where = tmp_path_factory.mktemp(f"{label}_{kind}")
        spec = make(mine, where / "raw")
        build(spec, where / "out", steps=["corpus", "dates", "meetings"], progress=False)
        t = load_tables(spec, out_dir=where / "out", build_if_missing=False)
        out.append((f"{label}-{kind}", t, mentions[mentions["file"].str.startswith(kind + "/")],
                    ledger[ledger["files"].str.contains(kind + "/", regex=False)].reset_index(drop=True)))
    return out


def round_documents(name: str) -> pd.DataFrame:
    """The documents of a frozen meetings round (``tests/gold/<name>/documents.csv``)."""
    return pd.read_csv(GOLD.parent / name / "documents.csv", dtype=str, keep_default_na=False)


def round_packets(tmp_path_factory, n: int, packets: tuple[str, ...] = ("a", "b")) -> list[tuple]:
    """Build the packets of frozen meetings round ``n`` (documents in
    ``tests/gold/heldout_r<n>_meetings/documents.csv``, set ``meetings_r<n><packet>``; gold
    ``heldout_r<n><packet>_mentions`` / ``_ledger``) as :func:`build_sources` pairs them."""
    require_shared(KREMLIN)
    docs = round_documents(f"heldout_r{n}_meetings")
    out = []
    for packet in packets:
        files = [f for s, f in zip(docs["set"], docs["file"]) if s == f"meetings_r{n}{packet}"]
        out += build_sources(files, tmp_path_factory, f"r{n}{packet}", read_gold(f"heldout_r{n}{packet}_mentions"),
                             read_gold(f"heldout_r{n}{packet}_ledger"))
    return out


def _files(packet: str) -> list[str]:
    files = set(_gold("mentions", packet)["file"])
    for f in _gold("ledger", packet)["files"]:
        files |= {x.strip() for x in str(f).split(";") if x.strip()}
    return sorted(files)


def _build_kremlin(files: list[str], where):
    where.mkdir(parents=True, exist_ok=True)
    names = [f.split("/", 1)[1] for f in files if f.startswith("kremlin_html/")]
    for n in names:
        shutil.copy(KREMLIN / n, where / n)
    man = pd.read_csv(KREMLIN / "manifest.csv", dtype=str, keep_default_na=False)
    man[man["file"].isin(names)].to_csv(where / "manifest.csv", index=False)
    spec = where / "corpus.yml"
    spec.write_text("name: heldout_kremlin\nformat: html\npath: .\nmanifest: manifest.csv\n"
                    "defaults:\n  outlet: President of Russia (en.kremlin.ru)\n", encoding="utf-8")
    return spec


def _build_allsides(files: list[str], where):
    where.mkdir(parents=True, exist_ok=True)
    ids = {f.split("/", 1)[1] for f in files if f.startswith("allsides/")}
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as fh, gzip.open(where / "allsides.jsonl.gz", "wt",
                                                                       encoding="utf-8") as out:
        for line in fh:
            if json.loads(line).get("ID") in ids:
                out.write(line)
    base = (paths.ROOT / "corpora" / "allsides.yml").read_text(encoding="utf-8")
    spec = where / "corpus.yml"
    lines = [ln for ln in base.splitlines() if not ln.startswith(("path:", "name:"))]
    spec.write_text("name: heldout_allsides\npath: allsides.jsonl.gz\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return spec


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    require_shared(KREMLIN)
    from summitlens.pipeline import build

    out = {}
    for p in PACKETS:
        where = tmp_path_factory.mktemp(f"heldout_{p}")
        files = _files(p)
        spec = (_build_allsides if p == "allsides" else _build_kremlin)(files, where / "raw")
        build(spec, where / "out", steps=["corpus", "dates", "meetings"], progress=False)
        out[p] = load_tables(spec, out_dir=where / "out", build_if_missing=False)
    return out


def _doc_of(t, file: str) -> str | None:
    key = file.split("/", 1)[1]
    a = t.articles
    hit = a[a["file"].astype(str).str.endswith(key)]
    if not len(hit) and "url" in a:
        hit = a[a["doc_id"].astype(str) == key]
    if not len(hit):  # JSON Lines records: the record id is kept in meta or the file column
        hit = a[a["file"].astype(str).str.contains(key, regex=False) | a["meta"].astype(str).str.contains(
            key, regex=False)] if "meta" in a else hit
    return hit["doc_id"].iloc[0] if len(hit) else None


def _sentence_nos(t, doc: str, sentence: str) -> list[int]:
    s = t.sentences[t.sentences["doc_id"] == doc]
    g = norm(sentence)
    if not g:
        return []
    return [int(n) for n, x in zip(s["sentence_no"], s["text"]) if g in norm(x) or (len(norm(x)) > 20 and norm(x) in g)]


@lru_cache(maxsize=None)
def annotated_text(file: str) -> str | None:
    """The text the annotators read for ``file`` (normalised), or None when it is the whole record.

    Kremlin packets were made with ``trafilatura.extract(html, favor_recall=True)`` plus the
    title, which drops the page's lead paragraph ("Vladimir Putin met in Astana with …") that
    the project's HTML reader keeps. A predicted mention in a sentence the annotators never saw
    cannot be judged, so precision counts only predictions inside this text (recall is
    unaffected). Decided before held-out round 3 was run; applied to every round.
    """
    if not file.startswith("kremlin_html/"):
        return None
    import trafilatura

    html = (KREMLIN / file.split("/", 1)[1]).read_text(encoding="utf-8")
    body = (trafilatura.extract(html, favor_recall=True) or "").replace("\u00a0", " ")
    man = pd.read_csv(KREMLIN / "manifest.csv", dtype=str, keep_default_na=False)
    title = man.loc[man["file"] == file.split("/", 1)[1], "title"]
    return norm((title.iloc[0] if len(title) else "") + "\n" + body)


def _visible(t, doc_ids, evidence) -> list[bool]:
    files = dict(zip(t.articles["doc_id"], t.articles["file"].astype(str)))
    out = []
    for d, e in zip(doc_ids, evidence):
        f = files.get(d, "")
        key = next((k for k in (f"kremlin_html/{f.rsplit('/', 1)[-1]}",) if f.endswith(".html")), "")
        seen = annotated_text(key) if key else None
        out.append(seen is None or norm(e)[:60] in seen)
    return out


def score_mentions(t, gold: pd.DataFrame) -> dict:
    """Putin–Xi mention precision/recall and status pairs for one packet."""
    mm = t.meeting_mentions
    px = mm[mm["is_putin_xi"]].drop_duplicates(["doc_id", "sentence_no"])
    px = px[pd.Series(_visible(t, px["doc_id"], px["evidence"]), index=px.index, dtype=bool)]
    gold_px: dict[tuple[str, int], list] = {}
    located, unlocated = [], 0
    docs = set()
    for g in gold.itertuples():
        doc = _doc_of(t, g.file)
        if doc is None:
            unlocated += 1
            continue
        docs.add(doc)
        nos = _sentence_nos(t, doc, g.sentence)
        if not nos:
            unlocated += 1
        located.append((g, doc, nos))
        if g.is_putin_xi:
            for n in nos:
                gold_px.setdefault((doc, n), []).append(g)
    px = px[px["doc_id"].isin(docs)]
    right = [(d, n) in gold_px for d, n in zip(px["doc_id"], px["sentence_no"])]
    pred_keys = {(d, n): st for d, n, st in zip(px["doc_id"], px["sentence_no"], px["status"])}
    n_gold = found = 0
    status = []
    missed = []
    for g, doc, nos in located:
        if not g.is_putin_xi:
            continue
        n_gold += 1
        hit = [n for n in nos if (doc, n) in pred_keys]
        if hit:
            found += 1
            status.append((g.status, pred_keys[(doc, hit[0])]))
        else:
            missed.append(g.sentence[:120])
    fps = [e[:120] for e, ok in zip(px["evidence"], right) if not ok]
    n_gold += sum(1 for g in gold.itertuples() if g.is_putin_xi and _doc_of(t, g.file) is None)
    return {"n_pred": len(px), "tp": sum(right), "n_gold": n_gold, "found": found, "status": status,
            "missed": missed, "fps": fps, "unlocated": unlocated}


def score_ledger(t, gold: pd.DataFrame) -> dict:
    """Ledger precision/recall (duplicates count against precision) for one packet."""
    led = t.meetings
    g = gold[gold["is_putin_xi"]].reset_index(drop=True)
    used: set[int] = set()
    right = 0
    for r in led.itertuples():
        match = None
        for i, x in g.iterrows():
            if i in used:
                continue
            if pd.isna(x["start"]):
                if pd.isna(r.start) and ((x["place"] and x["place"] == r.place) or
                                         (x["occasion"] and x["occasion"] == r.occasion)):
                    match = i
                    break
            elif not pd.isna(r.start) and r.start <= x["start"] <= r.end:
                match = i
                break
        if match is not None:
            used.add(match)
            right += 1
    return {"n_pred": len(led), "tp": right, "n_gold": len(g), "found": len(used)}


def _pr(tp, n_pred, found, n_gold):
    return (tp / n_pred if n_pred else 1.0), (found / n_gold if n_gold else 1.0)


def pool_packets(packets: list[tuple[str, object, pd.DataFrame, pd.DataFrame]], label: str) -> dict:
    """Score (name, tables, mention gold, ledger gold) packets, print each and the pool.

    Returns pooled mention and ledger precision/recall and the matched status pairs.
    """
    tot_m = {"n_pred": 0, "tp": 0, "n_gold": 0, "found": 0}
    tot_l = dict(tot_m)
    status = []
    for name, t, mention_gold, ledger_gold in packets:
        sm, sl = score_mentions(t, mention_gold), score_ledger(t, ledger_gold)
        mp, mr = _pr(sm["tp"], sm["n_pred"], sm["found"], sm["n_gold"])
        lp, lr = _pr(sl["tp"], sl["n_pred"], sl["found"], sl["n_gold"])
        print(f"\n[{label} {name}] mentions: predicted={sm['n_pred']} right={sm['tp']} gold={sm['n_gold']} "
              f"found={sm['found']} P={mp:.3f} R={mr:.3f} (gold rows not located: {sm['unlocated']}); "
              f"ledger: rows={sl['n_pred']} right={sl['tp']} gold={sl['n_gold']} found={sl['found']} "
              f"P={lp:.3f} R={lr:.3f}")
        for x in sm["missed"][:8]:
            print("   missed:", x)
        for x in sm["fps"][:8]:
            print("   false+:", x)
        for k in tot_m:
            tot_m[k] += sm[k]
            tot_l[k] += sl[k]
        status += sm["status"]
    mp, mr = _pr(tot_m["tp"], tot_m["n_pred"], tot_m["found"], tot_m["n_gold"])
    lp, lr = _pr(tot_l["tp"], tot_l["n_pred"], tot_l["found"], tot_l["n_gold"])
    print(f"\n[{label} all] Putin–Xi mentions P={mp:.3f} R={mr:.3f} (predicted {tot_m['n_pred']}, gold "
          f"{tot_m['n_gold']}); ledger P={lp:.3f} R={lr:.3f} (rows {tot_l['n_pred']}, gold encounters {tot_l['n_gold']})")
    return {"mention": (mp, mr), "ledger": (lp, lr), "status": status}


def check_round(packets: list[tuple], label: str, *, mention: tuple[float, float], ledger: tuple[float, float],
                status_min: float, status_gate: str | None = None) -> None:
    """Score a round's packets and gate mentions, ledger (floors) and status (against its
    baseline; the gate named ``status_gate``, default "meeting status (held-out <label>)")."""
    r = pool_packets(packets, label)
    (mp, mr), (lp, lr), status = r["mention"], r["ledger"], r["status"]
    assert mp >= mention[0] and mr >= mention[1]
    assert lp >= ledger[0] and lr >= ledger[1]
    gate_accuracy(status_gate or f"meeting status (held-out {label})", [g for g, _ in status],
                  [p for _, p in status], status_min)


def check_no_putin_xi(packets: list[tuple], label: str) -> None:
    """Gate a round whose gold has no Putin–Xi encounter: no Putin–Xi mention or ledger row
    predicted (pooled precision 1.0, any prediction being wrong)."""
    r = pool_packets(packets, label)
    assert r["mention"][0] == 1.0 and r["ledger"][0] == 1.0


def test_heldout_r1_meetings(packets):
    check_round([(p, packets[p], _gold("mentions", p), _gold("ledger", p)) for p in PACKETS], "r1",
                mention=(MENTION_P, MENTION_R), ledger=(LEDGER_P, LEDGER_R), status_min=STATUS_MIN,
                status_gate="meeting status (held-out r1, now dev)")
