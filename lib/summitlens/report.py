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


def run_notebook(src: Path, dst: Path, *, corpus: Path, figures: Path, parameters: dict | None = None) -> None:
    """Execute ``src`` with papermill into ``dst`` with ``corpus`` (and the ``parameters`` it declares)."""
    import papermill as pm

    declared = {p["name"] for p in pm.inspect_notebook(str(src)).values()} if parameters else set()
    params = {"corpus": _display_path(corpus), **{k: v for k, v in (parameters or {}).items() if k in declared}}
    os.environ["SUMMITLENS_FIGURES"] = str(figures)
    try:
        pm.execute_notebook(str(src), str(dst), parameters=params,
                            kernel_name="summitlens", cwd=str(src.parent), progress_bar=False,
                            log_output=False)  # the kernel spec logs errors only (Makefile)
    finally:
        os.environ.pop("SUMMITLENS_FIGURES", None)


def _datatables_assets() -> tuple[str, str]:
    """itables' offline DataTables bundle (CSS, base64 of the JS module), embedded in every page."""
    import base64

    import itables

    d = Path(itables.__file__).parent / "html"
    return ((d / "dt_bundle.css").read_text(encoding="utf-8"),
            base64.b64encode((d / "dt_bundle.js").read_bytes()).decode("ascii"))


def render_html(nb_path: Path, out: Path, *, hide_code: bool, pages=()) -> None:
    """Render an executed notebook to a self-contained HTML page (no network scripts).

    The page gets the report's navigation bar, its parameters cells hidden, and searchable,
    sortable tables (itables' DataTables bundle embedded, so it works offline).
    """
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="summitlens", extra_template_basedirs=[str(TEMPLATE_DIR)])
    exporter.exclude_input = hide_code
    exporter.exclude_input_prompt = hide_code
    exporter.exclude_output_prompt = hide_code
    nb = nbformat.read(str(nb_path), as_version=4)
    nb.cells = [c for c in nb.cells if not {"parameters", "injected-parameters"} & set(c.metadata.get("tags", []))]
    css, js = _datatables_assets()
    resources = {"summitlens": {"nav": nav_html(pages, current=out.name), "dt_css": css, "dt_js": js}}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
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
            from summitlens.analyse.findings import relabel

            out.append((title, _table_html(relabel(df, columns=("voice", "verdict", "check", "kind")))))
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
.figs{display:flex;flex-wrap:wrap;gap:8px}.figs figure{width:46%;margin:0}.figs img{max-width:100%;border:1px solid #eee}
figcaption{font-size:90%;color:#444}section.finding{border-left:4px solid #2c3e50;padding:.2em 1em;margin:1em 0}
p.answer{font-size:110%;margin:.3em 0}p.question{color:#555;font-style:italic}p.basis{font-size:90%;color:#444}
nav.summitlens-nav{display:flex;gap:1.2em;padding:8px 0;border-bottom:1px solid #ddd;margin-bottom:1em}
nav.summitlens-nav a.current{font-weight:bold}table.summary td{white-space:normal;overflow-wrap:anywhere}code{font-size:90%}
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


def _accuracy_html(lines) -> str:
    return "".join(f"<li>{html.escape(x)}</li>" for x in lines)


_VALIDATION_TABLES = {"Meetings": ("meetings", "meeting_mentions"), "Framing": ("frame_terms",),
                      "Trade": ("money_mentions", "trade_check")}


def _validation_html(out_dir: Path | None, question: str) -> str:
    """The latest hand validation of a question's tables: ``validation_<table>*.csv`` in the report folder."""
    if out_dir is None:
        return ""
    found = sorted((p for t in _VALIDATION_TABLES.get(question, ()) for p in Path(out_dir).glob(f"validation_{t}*.csv")),
                   key=lambda p: (p.stat().st_mtime, p.name))
    if not found:
        return ""
    from summitlens.analyse.validation import validate

    try:
        res = validate(pd.read_csv(found[-1], dtype=str, keep_default_na=False))
    except (ValueError, KeyError):
        return ""
    return (f"<details open><summary>Latest hand validation on this corpus ({html.escape(found[-1].name)}, "
            f"precision with Wilson 95 % interval)</summary>{_table_html(res)}</details>")


def render_index(*, corpus: Path, pages: list[tuple[str, str]], tables, figures: list[str],
                 downloads: list[str] = (), out_dir: Path | None = None, parameters: dict | None = None) -> str:
    """The report's ``index.html`` as a string (deterministic for the same inputs).

    ``parameters`` are the notebooks' papermill parameters: ``group_by`` and ``min_docs`` make
    the "needs review" list flag the same small groups as the framing comparison.
    """
    from summitlens.analyse import findings as fd

    e = html.escape
    name = paths.corpus_name(corpus)
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
             f"<title>SummitLens report — {e(name)}</title><link rel='icon' href='data:,'>"
             f"<style>{_CSS}</style></head><body>", nav_html(pages, current="index.html"),
             f"<h1>SummitLens report</h1><p>Corpus <code>{e(name)}</code></p>",
             "<h2 id='findings'>Findings</h2>",
             f"<p class='coverage'><b>Coverage.</b> {e(fd.coverage(tables))}</p>"]
    questions = dict(QUESTIONS)
    for f in fd.all_findings(tables):
        href = next((h for t, h in pages if f.question.lower() in t.lower()), "")
        more = f" <a href='{e(href)}'>Details and evidence →</a>" if href else ""
        parts.append(f"<section class='finding' data-question='{e(f.question)}'><h3>{e(f.question)}</h3>"
                     f"<p class='question'>{e(questions.get(f.question, ''))}</p>"
                     + "".join(f"<p class='answer'>{e(x)}</p>" for x in f.sentences)
                     + f"<p class='basis'>Based on <span class='n-articles'>{f.n_articles:,}</span> "
                     f"article{'s' if f.n_articles != 1 else ''}.{more}</p>"
                     f"<details><summary>Measured accuracy of the extractor</summary><ul>"
                     f"{_accuracy_html(f.accuracy)}</ul></details>{_validation_html(out_dir, f.question)}</section>")
    params = parameters or {}
    review = fd.needs_review(tables, group_by=str(params.get("group_by") or "outlet"),
                             min_docs=params.get("min_docs"))
    parts.append(f"<h2 id='review'>Needs review ({len(review)})</h2><p>Rows that readable rules flag for a human "
                 "look: an in-person meeting whose evidence says video or phone; a group too small for an "
                 "interval; a trade figure whose year came from an inferred anchor.</p>")
    parts.append(_table_html(review) if len(review) else "<p>Nothing flagged.</p>")
    parts.append("<h2 id='pages'>Pages</h2><ul>")
    parts += [f"<li><a href='{e(href)}'>{e(title)}</a></li>" for title, href in pages]
    parts.append("</ul><h2>What this corpus holds</h2><dl class='notes'>")
    parts += [f"<dt>{e(topic)}</dt><dd>{_markdown_inline(note)}</dd>" for topic, note in all_notes(tables)]
    parts.append("</dl>")
    if downloads:
        parts.append("<h2 id='downloads'>Download the tables (CSV)</h2><ul class='downloads'>")
        parts += [f"<li><a href='data/{e(f)}' download>{e(f)}</a></li>" for f in downloads]
        parts.append("</ul>")
    parts.append("<h2>Headline figures</h2>")
    for title, body in headline_tables(tables):
        parts.append(f"<h3>{e(title)}</h3>{body}")
    if figures:
        parts.append("<div class='figs'>")
        for i, (f, caption) in enumerate(figures, 1):
            parts.append(f"<figure><a href='figures/{e(f)}'><img src='figures/{e(f)}' alt='{e(caption)}'></a>"
                         f"<figcaption>Figure {i}. {e(caption)}</figcaption></figure>")
        parts.append("</div>")
    prov = {"corpus fingerprint (SHA-256 of manifest and files)": corpus_fingerprint(corpus),
            "summitlens version": __version__, "git commit": git_commit(),
            **{f"{k}": v for k, v in versions().items() if k != "summitlens"}}
    parts.append("<h2>Provenance</h2><dl class='prov'>")
    parts += [f"<dt>{e(k)}</dt><dd>{e(str(v))}</dd>" for k, v in prov.items()]
    parts.append("</dl></body></html>\n")
    return "".join(parts)


def nav_html(pages, *, current: str = "") -> str:
    """The navigation bar shared by the index and every page.

    Examples:
        >>> nav_html([("02 · Meetings", "02_meetings.html")], current="index.html").count("<a ")
        2
    """
    e = html.escape
    items = [("Findings", "index.html"), *[(t.split("·")[-1].split("—")[-1].split(":")[0].strip() or h, h)
                                           for t, h in pages]]
    links = "".join(f"<a href='{e(h)}'{' class=current' if h == current else ''}>{e(t)}</a>" for t, h in items)
    return f"<nav class='summitlens-nav'>{links}</nav>"


def write_downloads(tables, out_dir: Path) -> list[str]:
    """Write the processed tables of the run as CSV into ``out_dir/data``; their file names."""
    data = out_dir / "data"
    data.mkdir(parents=True, exist_ok=True)
    names = []
    for name in sorted(vars(tables)):
        df = getattr(tables, name)
        if not isinstance(df, pd.DataFrame):
            continue
        df = df.drop(columns=[c for c in ("text", "text_match") if c in df.columns])
        write_text_atomic(data / f"{name}.csv", df.to_csv(index=False))
        names.append(f"{name}.csv")
    return names


def build_report(
    corpus: str | os.PathLike[str] = paths.RAW,
    *,
    hide_code: bool = False,
    out_dir: str | os.PathLike[str] | None = None,
    progress: bool = True,
    parameters: dict | None = None,
    corrections: str | os.PathLike[str] | None = None,
) -> ReportResult:
    """Build tables, run every notebook on ``corpus`` and render the report.

    Args:
        corpus: Raw corpus folder.
        hide_code: Hide code cells in the HTML pages.
        out_dir: Report folder; default ``reports/<corpus-name>``.
        progress: Show progress bars while building the tables and running the notebooks.
        parameters: Extra papermill parameters (e.g. ``{"group_by": "bias", "since": 2014}``);
            a notebook receives only those its parameters cell defines.
        corrections: A corrections CSV applied by the build (default ``<corpus>/corrections.csv``
            when present; see :mod:`summitlens.pipeline.corrections`).

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
    build(corpus, paths.processed_dir(corpus), progress=progress, corrections=corrections)
    pages, order = [], []
    for nb in notebook_paths():
        title = json.loads(nb.read_text(encoding="utf-8"))["cells"][0]["source"]
        title = "".join(title).splitlines()[0].lstrip("# ").strip() if title else nb.stem
        pages.append((title, f"{nb.stem}.html"))
        code = "\n".join("".join(c["source"]) for c in json.loads(nb.read_text(encoding="utf-8"))["cells"])
        order += re.findall(r"save_figure\(\s*\w+\s*,\s*[\"']([\w-]+)[\"']", code)
    for nb in tqdm(notebook_paths(), desc="notebooks", unit="nb", disable=not progress):
        executed = out / nb.name
        run_notebook(nb, executed, corpus=corpus, figures=figures, parameters=parameters)
        render_html(executed, out / f"{nb.stem}.html", hide_code=hide_code, pages=pages)
    from summitlens.analyse.findings import restrict

    tables = restrict(load_tables(corpus, build_if_missing=False), since=(parameters or {}).get("since"))
    figs = [(f"{n}.png", _caption(figures, n)) for n in dict.fromkeys(order) if (figures / f"{n}.png").exists()]
    downloads = write_downloads(tables, out)
    write_text_atomic(out / "index.html", render_index(corpus=corpus, pages=pages, tables=tables, figures=figs,
                                                       downloads=downloads, out_dir=out,
                                                       parameters=parameters))
    return ReportResult(out, tuple(h for _, h in pages))


def _caption(figures: Path, name: str) -> str:
    cap = figures / f"{name}.caption.txt"
    return cap.read_text(encoding="utf-8").strip() if cap.exists() else name.replace("_", " ")
