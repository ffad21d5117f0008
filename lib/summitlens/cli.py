"""Command line: ``python -m summitlens build|dictionary|fingerprint``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from summitlens import paths

app = typer.Typer(add_completion=False, help="SummitLens: news about Putin and Xi into validated tables.")


@app.command()
def build(
    raw: Annotated[Path, typer.Option(help="Corpus folder of .txt files (+ optional manifest.csv).")] = paths.RAW,
    out: Annotated[Optional[Path], typer.Option(help="Output folder (default data/processed[/<corpus>]).")] = None,
    step: Annotated[Optional[list[str]], typer.Option(help="Run only these steps (repeatable).")] = None,
    progress: Annotated[bool, typer.Option(help="Show progress bars.")] = True,
) -> None:
    """Build every table from a corpus folder and print a one-line summary."""
    from summitlens.pipeline import build as run_build

    raw = paths.resolve_corpus(raw)
    if not raw.is_dir():
        typer.echo(f"error: corpus folder not found: {raw}", err=True)
        raise typer.Exit(2)
    summary = run_build(raw, out, steps=step, progress=progress)
    typer.echo(summary.line())


@app.command("build-large")
def build_large(
    raw: Annotated[Path, typer.Option(help="Corpus folder (may be bigger than memory).")],
    out: Annotated[Path, typer.Option(help="Output folder for partitioned Parquet datasets.")],
    partition_size: Annotated[int, typer.Option(help="Files per partition.")] = 500,
    workers: Annotated[int, typer.Option(help="Dask worker processes.")] = 2,
) -> None:
    """Build the corpus tables out of core with Dask (partitioned Parquet datasets)."""
    from summitlens.scale import build_corpus_partitioned

    c = build_corpus_partitioned(paths.resolve_corpus(raw), out, partition_size=partition_size,
                                 n_workers=workers)
    typer.echo(f"read {c['n_read']} documents: kept {c['n_kept']}, quarantined {c['n_quarantined']}; "
               f"{c['n_partitions']} partitions")


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
    corpus: Annotated[Path, typer.Option(help="Corpus folder.")] = paths.RAW,
    code: Annotated[str, typer.Option(help="show or hide code cells in the HTML pages.")] = "show",
    progress: Annotated[bool, typer.Option(help="Show progress bars.")] = True,
) -> None:
    """Run every notebook on a corpus and render the HTML report into reports/<corpus>/."""
    from summitlens.report import build_report

    if code not in ("show", "hide"):
        raise typer.BadParameter("--code must be show or hide")
    result = build_report(corpus, hide_code=code == "hide", progress=progress)
    typer.echo(f"report: {result.out_dir / 'index.html'} ({len(result.pages)} notebook pages)")


@app.command()
def fingerprint(
    raw: Annotated[Path, typer.Option(help="Corpus folder.")] = paths.RAW,
) -> None:
    """Print the corpus fingerprint (hash of the manifest and files)."""
    from summitlens.provenance import corpus_fingerprint

    typer.echo(corpus_fingerprint(paths.resolve_corpus(raw)))
