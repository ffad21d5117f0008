"""Command line: ``python -m summitlens build|build-large|report|dictionary|fingerprint``.

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
) -> None:
    """Build every table from a corpus as one new generation and print a one-line summary."""
    from summitlens.io.generation import BuildLockedError
    from summitlens.pipeline import STEPS, StepInputError, UnknownStepError, UnsafeOutputError
    from summitlens.pipeline import build as run_build
    from summitlens.pipeline.base import select_steps

    try:
        select_steps(STEPS, step)
    except UnknownStepError as exc:
        raise _fail(str(exc)) from None
    from summitlens.io.formats import SpecError

    raw = _corpus(raw)
    try:
        summary = run_build(raw, out, steps=step, progress=progress, lock_timeout=wait)
    except (UnsafeOutputError, StepInputError, SpecError) as exc:
        raise _fail(str(exc)) from None
    except BuildLockedError as exc:
        raise _fail(str(exc), 3) from None
    typer.echo(summary.line())


@app.command("build-large")
def build_large(
    raw: Annotated[Path, typer.Option(help="Corpus folder (may be bigger than memory).")],
    out: Annotated[Path, typer.Option(help="Output folder for partitioned Parquet datasets.")],
    partition_size: Annotated[int, typer.Option(help="Files per partition.")] = 500,
    workers: Annotated[int, typer.Option(help="Dask worker processes.")] = 2,
    wait: Annotated[float, typer.Option(
        help="Seconds to wait while another build writes to the same output (0: fail at once).")] = 600.0,
) -> None:
    """Build the corpus tables out of core with Dask (partitioned Parquet datasets)."""
    from summitlens.io.generation import BuildLockedError
    from summitlens.pipeline import UnsafeOutputError
    from summitlens.scale import build_corpus_partitioned

    raw = _corpus(raw, folder_only=True)
    try:
        c = build_corpus_partitioned(raw, out, partition_size=partition_size, n_workers=workers,
                                     lock_timeout=wait)
    except UnsafeOutputError as exc:
        raise _fail(str(exc)) from None
    except BuildLockedError as exc:
        raise _fail(str(exc), 3) from None
    typer.echo(f"read {c['n_read']} documents: kept {c['n_kept']}, quarantined {c['n_quarantined']}; "
               f"{c['n_partitions']} partitions (generation {c['generation']})")


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
) -> None:
    """Run every notebook on a corpus and render the HTML report into reports/<corpus>/."""
    from summitlens.report import build_report

    if code not in ("show", "hide"):
        raise typer.BadParameter("--code must be show or hide")
    corpus = _corpus(corpus)
    result = build_report(corpus, hide_code=code == "hide", progress=progress)
    typer.echo(f"report: {result.out_dir / 'index.html'} ({len(result.pages)} notebook pages)")


@app.command()
def fingerprint(
    raw: Annotated[Path, typer.Option(help="Corpus: a folder, a data file or a corpus YAML.")] = paths.RAW,
) -> None:
    """Print the corpus fingerprint (hash of the manifest and files)."""
    from summitlens.provenance import corpus_fingerprint

    typer.echo(corpus_fingerprint(_corpus(raw)))
