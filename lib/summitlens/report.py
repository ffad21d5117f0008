"""Build the HTML report of a corpus: run every notebook with papermill, render with nbconvert.

``reports/<corpus-name>/`` receives the executed notebooks, one HTML page per notebook,
``figures/`` (PNG + SVG saved by the notebooks), and ``index.html`` with the research
questions, headline figures, links and a provenance block. The stored notebooks in
``notebooks/`` are never touched (``make notebooks`` refreshes those).
"""

from __future__ import annotations

import html
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from summitlens import __version__, paths
from summitlens.analyse.notes import all_notes
from summitlens.io.atomic import write_text_atomic
from summitlens.provenance import corpus_fingerprint, git_commit, versions

TEMPLATE_DIR = paths.resource("nbconvert")

QUESTIONS = (
    ("Meetings", "How often do Putin and Xi meet, when, where, on what occasion — and what did each "
     "article say was planned versus what happened?"),
    ("Framing", "Is the Russia–China relationship framed as authoritarian or as a partnership, and in "
     "whose words: the journalist's or a quoted speaker's? Negated or hedged?"),
    ("Trade", "Which money figures do articles report (actual, target, record, forecast), and do they "
     "match official China customs (GACC) figures?"),
)


@dataclass(frozen=True)
class ReportResult:
    """Where the report went and which pages it has."""

    out_dir: Path
    pages: tuple[str, ...]


def notebook_paths(notebooks_dir: Path = paths.NOTEBOOKS) -> list[Path]:
    """The numbered notebooks of the suite, in order."""
    return sorted(notebooks_dir.glob("[0-9][0-9]_*.ipynb"))


def _display_path(corpus: Path) -> str:
    """The corpus path as shown in the report: relative to the project when inside it."""
    try:
        return corpus.resolve().relative_to(paths.ROOT.resolve()).as_posix()
    except ValueError:
        return os.path.relpath(corpus.resolve(), paths.ROOT.resolve())


def run_notebook(src: Path, dst: Path, *, corpus: Path, figures: Path) -> None:
    """Execute ``src`` with papermill into ``dst`` with ``corpus`` as parameter."""
    import papermill as pm

    os.environ["SUMMITLENS_FIGURES"] = str(figures)
    try:
        pm.execute_notebook(str(src), str(dst), parameters={"corpus": _display_path(corpus)},
                            kernel_name="summitlens", cwd=str(src.parent), progress_bar=False,
                            log_output=False)
    finally:
        os.environ.pop("SUMMITLENS_FIGURES", None)


def render_html(nb_path: Path, out: Path, *, hide_code: bool) -> None:
    """Render an executed notebook to a self-contained HTML page (no network scripts)."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="summitlens", extra_template_basedirs=[str(TEMPLATE_DIR)])
    exporter.exclude_input = hide_code
    exporter.exclude_input_prompt = hide_code
    exporter.exclude_output_prompt = hide_code
    body, _ = exporter.from_notebook_node(nbformat.read(str(nb_path), as_version=4))
    write_text_atomic(out, body)


def _table_html(df: pd.DataFrame) -> str:
    return df.to_html(index=False, border=0, classes="summary", na_rep="")


def headline_tables(tables) -> list[tuple[str, str]]:
    """Headline figures for the index: (title, HTML) pairs for the tables that exist."""
    from summitlens.analyse import corpus as corpus_stats

    out = [("Corpus", _table_html(corpus_stats.corpus_summary(tables)))]
    for title, fn in _HEADLINES:
        try:
            df = fn(tables)
        except (AttributeError, KeyError, ImportError):
            continue
        if df is not None and len(df):
            out.append((title, _table_html(df)))
        elif df is not None:
            out.append((title, "<p>None in this corpus.</p>"))
    return out


def _meetings_per_year(tables) -> pd.DataFrame | None:
    from summitlens.analyse.meetings import meetings_per_year

    return meetings_per_year(tables.meetings, reference=getattr(tables, "reference_meetings", None))


def _frame_balance(tables) -> pd.DataFrame | None:
    from summitlens.analyse.framing import headline_balance

    return headline_balance(tables.frame_scores)


def _trade_verdicts(tables) -> pd.DataFrame | None:
    from summitlens.analyse.trade import verdict_counts

    return verdict_counts(tables.trade_check)


_HEADLINES = (("Meetings per year", _meetings_per_year), ("Frame balance", _frame_balance),
              ("Trade-check verdicts", _trade_verdicts))

_CSS = """body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}
h1{margin-bottom:0}table.summary{border-collapse:collapse;margin:.5em 0 1.5em}
table.summary td,table.summary th{padding:3px 10px;border-bottom:1px solid #ddd;text-align:left}
.figs img{max-width:46%;margin:4px;border:1px solid #eee}code{font-size:90%}
dl.prov dt,dl.notes dt{font-weight:bold}dl.notes dd{margin:0 0 .6em 1em}dl.prov dd{margin:0 0 .4em 1em;font-family:monospace}"""


def _markdown_inline(text: str) -> str:
    """Escape ``text`` and render its bold (``**…**``) and code (backticks) spans, the notes' only markup.

    Examples:
        >>> _markdown_inline("**No money figures** in `x` <b>")
        '<b>No money figures</b> in <code>x</code> &lt;b&gt;'
    """
    out = html.escape(text, quote=False)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    return re.sub(r"`(.+?)`", r"<code>\1</code>", out)


def render_index(*, corpus: Path, pages: list[tuple[str, str]], tables, figures: list[str]) -> str:
    """The report's ``index.html`` as a string (deterministic for the same inputs)."""
    e = html.escape
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
             f"<title>SummitLens report — {e(paths.corpus_name(corpus))}</title><link rel='icon' href='data:,'>"
             f"<style>{_CSS}</style>"
             f"</head><body><h1>SummitLens report</h1><p>Corpus <code>{e(paths.corpus_name(corpus))}</code></p>",
             "<h2>Questions</h2><ol>"]
    parts += [f"<li><b>{e(t)}</b> — {e(q)}</li>" for t, q in QUESTIONS]
    parts.append("</ol><h2>Notebooks</h2><ul>")
    parts += [f"<li><a href='{e(href)}'>{e(title)}</a></li>" for title, href in pages]
    parts.append("</ul><h2>What this corpus holds</h2><dl class='notes'>")
    parts += [f"<dt>{e(topic)}</dt><dd>{_markdown_inline(note)}</dd>" for topic, note in all_notes(tables)]
    parts.append("</dl><h2>Headline figures</h2>")
    for title, body in headline_tables(tables):
        parts.append(f"<h3>{e(title)}</h3>{body}")
    if figures:
        parts.append("<div class='figs'>")
        parts += [f"<a href='figures/{e(f)}'><img src='figures/{e(f)}' alt='{e(f)}'></a>" for f in figures]
        parts.append("</div>")
    prov = {"corpus fingerprint (SHA-256 of manifest and files)": corpus_fingerprint(corpus),
            "summitlens version": __version__, "git commit": git_commit(),
            **{f"{k}": v for k, v in versions().items() if k != "summitlens"}}
    parts.append("<h2>Provenance</h2><dl class='prov'>")
    parts += [f"<dt>{e(k)}</dt><dd>{e(str(v))}</dd>" for k, v in prov.items()]
    parts.append("</dl></body></html>\n")
    return "".join(parts)


def build_report(
    corpus: str | os.PathLike[str] = paths.RAW,
    *,
    hide_code: bool = False,
    out_dir: str | os.PathLike[str] | None = None,
    progress: bool = True,
) -> ReportResult:
    """Build tables, run every notebook on ``corpus`` and render the report.

    Args:
        corpus: Raw corpus folder.
        hide_code: Hide code cells in the HTML pages.
        out_dir: Report folder; default ``reports/<corpus-name>``.
        progress: Show progress bars while building the tables.

    Returns:
        A :class:`ReportResult`.

    Raises:
        FileNotFoundError: ``corpus`` is not an existing folder (checked before anything is
            built or written).
    """
    from tqdm import tqdm

    from summitlens import load_tables
    from summitlens.pipeline import build

    corpus = paths.resolve_corpus(corpus)
    if not corpus.exists():
        raise FileNotFoundError(f"corpus folder does not exist: {corpus} (a corpus is a folder, a data file "
                                "or a corpus YAML)")
    from summitlens.io.formats import SpecError, corpus_spec

    try:
        corpus_spec(corpus)
    except SpecError as exc:
        raise FileNotFoundError(f"{corpus} is not a folder, a data file or a valid corpus YAML: {exc}") from None
    out = Path(out_dir) if out_dir is not None else paths.report_dir(corpus)
    figures = out / "figures"
    figures.mkdir(parents=True, exist_ok=True)
    build(corpus, paths.processed_dir(corpus), progress=progress)
    pages = []
    for nb in tqdm(notebook_paths(), desc="notebooks", unit="nb", disable=not progress):
        executed = out / nb.name
        run_notebook(nb, executed, corpus=corpus, figures=figures)
        render_html(executed, out / f"{nb.stem}.html", hide_code=hide_code)
        title = json.loads(nb.read_text(encoding="utf-8"))["cells"][0]["source"]
        title = "".join(title).splitlines()[0].lstrip("# ").strip() if title else nb.stem
        pages.append((title, f"{nb.stem}.html"))
    tables = load_tables(corpus, build_if_missing=False)
    figs = sorted(p.name for p in figures.glob("*.png"))
    write_text_atomic(out / "index.html", render_index(corpus=corpus, pages=pages, tables=tables, figures=figs))
    return ReportResult(out, tuple(h for _, h in pages))
