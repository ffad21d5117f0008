"""Command line: ``python -m summitlens build|build-large|report|dictionary|fingerprint|sample|validate``.

Exit codes: 0 success; 2 bad usage (missing corpus, unknown step, output inside the corpus,
a step's input table missing); 3 another build holds the output folder's lock.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from summitlens import paths

# Plain help text: with rich markup a help string holding "[...]" is parsed as a markup tag
# (``build --help`` crashed on "data/processed[/<corpus>]").
app = typer.Typer(add_completion=False, rich_markup_mode=None,
                  help="SummitLens: news about Putin and Xi into validated tables.")


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _corpus(raw: Path, *, folder_only: bool = False) -> Path:
    """The resolved corpus (folder, data file or corpus YAML), or exit 2 when it does not
    exist or is not a usable corpus (an invalid YAML's problem is named)."""
    from summitlens.io.formats import SpecError, corpus_spec

    resolved = paths.resolve_corpus(raw)
    if not resolved.exists() or (folder_only and not resolved.is_dir()):
        raise _fail(f"corpus folder not found: {resolved}")
    try:
        corpus_spec(resolved)
    except SpecError as exc:
        raise _fail(str(exc)) from None
    return resolved


@app.command()
def build(
    raw: Annotated[Path, typer.Option(
        help="Corpus: a folder of .txt or .html files (+ optional manifest.csv), a .jsonl[.gz]/.csv/.parquet "
             "file, or a corpus YAML (format, path, mapping).")] = paths.RAW,
    out: Annotated[Optional[Path], typer.Option(
        help="Output folder (default: data/processed for data/raw, else data/processed/NAME-HASH).")] = None,
    step: Annotated[Optional[list[str]], typer.Option(
        help="Run only these steps (repeatable); the other tables are kept from the current build.")] = None,
    progress: Annotated[bool, typer.Option(help="Show progress bars.")] = True,
    wait: Annotated[float, typer.Option(
        help="Seconds to wait while another build writes to the same output (0: fail at once).")] = 600.0,
    corrections: Annotated[Optional[Path], typer.Option(
        help="Corrections CSV (row_id, table, field, value, reason) applied by the rebuild; default "
             "<corpus folder>/corrections.csv when present. Listed in the corrections table.")] = None,
) -> None:
    """Build every table from a corpus as one new generation and print a one-line summary."""
    from summitlens.io.generation import BuildLockedError
    from summitlens.pipeline import STEPS, StepInputError, UnknownStepError, UnsafeOutputError
    from summitlens.pipeline import build as run_build
    from summitlens.pipeline.base import select_steps
    from summitlens.pipeline.corrections import CorrectionsFileError

    try:
        select_steps(STEPS, step)
    except UnknownStepError as exc:
        raise _fail(str(exc)) from None
    from summitlens.io.formats import SpecError

    raw = _corpus(raw)
    try:
        summary = run_build(raw, out, steps=step, progress=progress, lock_timeout=wait, corrections=corrections)
    except (UnsafeOutputError, StepInputError, SpecError, CorrectionsFileError) as exc:
        raise _fail(str(exc)) from None
    except BuildLockedError as exc:
        raise _fail(str(exc), 3) from None
    typer.echo(summary.line())


@app.command("build-large")
def build_large(
    raw: Annotated[Path, typer.Option(
        help="Corpus (may be bigger than memory): a folder, a .jsonl[.gz]/.csv/.parquet file or a corpus YAML.")],
    out: Annotated[Optional[Path], typer.Option(
        help="Output folder (default as for build); tables are written as folders of Parquet parts.")] = None,
    partition_size: Annotated[int, typer.Option(help="Documents per partition.")] = 500,
    workers: Annotated[int, typer.Option(help="Worker processes of the local Dask cluster.")] = 2,
    scheduler: Annotated[Optional[str], typer.Option(
        help="Address of an existing Dask scheduler (tcp://host:port; default $DASK_SCHEDULER_ADDRESS, "
             "else a local cluster). Its workers must see the corpus and --out at the same paths.")] = None,
    wait: Annotated[float, typer.Option(
        help="Seconds to wait while another build writes to the same output (0: fail at once).")] = 600.0,
    progress: Annotated[bool, typer.Option(help="Show progress bars (completed partitions).")] = True,
    corrections: Annotated[Optional[Path], typer.Option(
        help="Corrections CSV applied by the build (default <corpus folder>/corrections.csv when present).")] = None,
) -> None:
    """Build every table on Dask, partitioned by document (same rows as build)."""
    from summitlens.io.formats import SpecError
    from summitlens.io.generation import BuildLockedError
    from summitlens.pipeline import UnsafeOutputError
    from summitlens.pipeline.corrections import CorrectionsFileError
    from summitlens.scale import build_partitioned

    raw = _corpus(raw)
    try:
        summary = build_partitioned(raw, out, scheduler=scheduler, partition_size=partition_size,
                                    n_workers=workers, lock_timeout=wait, progress=progress,
                                    corrections=corrections)
    except (UnsafeOutputError, SpecError, CorrectionsFileError) as exc:
        raise _fail(str(exc)) from None
    except BuildLockedError as exc:
        raise _fail(str(exc), 3) from None
    typer.echo(summary.line())


@app.command()
def dictionary(
    out: Annotated[Path, typer.Option(help="Where to write the data dictionary.")] = paths.DATA_DICTIONARY,
) -> None:
    """Write the data dictionary generated from the table schemas."""
    from summitlens.dictionary import render_dictionary
    from summitlens.io.atomic import write_text_atomic

    write_text_atomic(out, render_dictionary())
    typer.echo(f"wrote {out.name}")


@app.command()
def report(
    corpus: Annotated[Path, typer.Option(help="Corpus: a folder, a data file or a corpus YAML.")] = paths.RAW,
    code: Annotated[str, typer.Option(help="show or hide code cells in the HTML pages.")] = "show",
    progress: Annotated[bool, typer.Option(help="Show progress bars.")] = True,
    param: Annotated[Optional[list[str]], typer.Option(
        help="Notebook parameter NAME=VALUE (repeatable), e.g. group_by=bias or since=2014.")] = None,
    corrections: Annotated[Optional[Path], typer.Option(
        help="Corrections CSV (row_id, table, field, value, reason); default <corpus>/corrections.csv.")] = None,
) -> None:
    """Run every notebook on a corpus and render the HTML report into reports/<corpus>/."""
    from summitlens.report import build_report

    if code not in ("show", "hide"):
        raise typer.BadParameter("--code must be show or hide")
    corpus = _corpus(corpus)
    params = {}
    for item in param or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise typer.BadParameter(f"--param must be NAME=VALUE, got {item!r}")
        params[name.strip()] = int(value) if value.strip().lstrip("-").isdigit() else (value.strip() or None)
    result = build_report(corpus, hide_code=code == "hide", progress=progress, parameters=params,
                          corrections=corrections)
    typer.echo(f"report: {result.out_dir / 'index.html'} ({len(result.pages)} notebook pages)")


@app.command()
def fingerprint(
    raw: Annotated[Path, typer.Option(help="Corpus: a folder, a data file or a corpus YAML.")] = paths.RAW,
) -> None:
    """Print the corpus fingerprint (hash of the manifest and files)."""
    from summitlens.provenance import corpus_fingerprint

    typer.echo(corpus_fingerprint(_corpus(raw)))


@app.command()
def sample(
    table: Annotated[str, typer.Argument(help="Table to sample: meetings, meeting_mentions, frame_terms, "
                                              "money_mentions or trade_check.")],
    out: Annotated[Path, typer.Option(help="CSV to write (the coding sheet).")],
    n: Annotated[int, typer.Option(help="Rows to draw.")] = 50,
    corpus: Annotated[Path, typer.Option(help="Corpus: a folder, a data file or a corpus YAML.")] = paths.RAW,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
) -> None:
    """Write a stratified random sample of TABLE to a CSV for hand-coding (fill the correct_<field> columns)."""
    from summitlens import load_tables
    from summitlens.analyse.meetings import document_names
    from summitlens.analyse.validation import fields_for, sample_for_coding

    try:
        fields_for(table)
    except KeyError as exc:
        raise _fail(str(exc.args[0])) from None
    t = load_tables(_corpus(corpus))
    names = document_names(t.articles) if len(t.articles) else {}
    coded = sample_for_coding(getattr(t, table), table=table, n=n, seed=seed, names=names)
    out.parent.mkdir(parents=True, exist_ok=True)
    coded.to_csv(out, index=False)
    typer.echo(f"{len(coded)} rows of {table} -> {out}: fill the correct_<field> columns (1 = right, 0 = wrong, "
               "or the right value), then run `python -m summitlens validate` on it")


@app.command()
def validate(
    coded: Annotated[Path, typer.Argument(help="A coded sample written by `sample`.")],
) -> None:
    """Print precision per field of a coded sample with Wilson 95 % intervals."""
    import pandas as pd

    from summitlens.analyse.validation import validate as score

    if not coded.is_file():
        raise _fail(f"coded file not found: {coded}")
    res = score(pd.read_csv(coded, dtype=str, keep_default_na=False))
    if res.empty:
        raise _fail(f"{coded} has no correct_<field> column")
    typer.echo(res.to_string(index=False))
