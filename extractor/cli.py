"""The `extractor` command: argument checks only, each command calls one plain function."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., exists=True, help="Files or folders (recursive)."),
    output: Path | None = typer.Option(None, "-o", "--output", help="JSON Lines file; stdout if absent."),
    errors: Path | None = typer.Option(None, "--errors", help="JSON Lines file of failures."),
    workers: int = typer.Option(0, "--workers", "-j", help="Worker processes; 0 = all cores."),
    resume: bool = typer.Option(False, "--resume", help="Skip inputs whose id is already in --output."),
    db: str | None = typer.Option(None, "--db", help="Also load the records into this database URL."),
    max_bytes: int = typer.Option(20 * 1024 * 1024, "--max-bytes", help="Refuse larger files."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds allowed per document."),
    progress: bool | None = typer.Option(None, "--progress/--no-progress", help="Default: on a terminal."),
) -> None:
    """Extract records from releases into JSON Lines (and optionally a database)."""
    from extractor.language import load_in_background

    load_in_background()  # while extractor.batch imports spaCy
    from extractor.batch import BatchOptions, run_batch

    options = BatchOptions(
        workers=workers,
        resume=resume,
        max_bytes=max_bytes,
        timeout=timeout,
        progress=sys.stderr.isatty() if progress is None else progress,
    )
    summary = run_batch(paths, output=output, errors=errors, options=options)
    if db:
        if output is None:
            raise typer.BadParameter("--db needs -o/--output to load from", param_hint="--db")
        from extractor.sinks.database import load_jsonl

        report = load_jsonl(output, db)
        typer.echo(report.describe(), err=True)
    typer.echo(summary.describe(), err=True)
    raise typer.Exit(1 if summary.failures else 0)


@app.command()
def validate(records: Path = typer.Argument(..., exists=True, dir_okay=False)) -> None:
    """Check every record against the schema and every evidence offset; exit 1 on any fault."""
    from extractor.validate import validate_jsonl

    faults, count = validate_jsonl(records)
    for fault in faults:
        typer.echo(fault, err=True)
    typer.echo(f"{count} records, {len(faults)} faults", err=True)
    raise typer.Exit(1 if faults else 0)


@app.command()
def evaluate(
    folder: Path = typer.Argument(..., exists=True, file_okay=False),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    min_f1: float | None = typer.Option(None, "--min-f1", help="Exit 1 if any field's F1 is lower."),
    raise_floors_in: Path | None = typer.Option(
        None, "--raise-floors", help="Raise the F1 floors in this baseline file (never lowers one)."
    ),
) -> None:
    """Score extraction against the `.gold.json` files in FOLDER: P/R/F1 per field and language."""
    from extractor.evaluate import evaluate_folder, format_report

    report = evaluate_folder(folder)
    if raise_floors_in is not None:
        from extractor.evaluate import raise_floors

        raise_floors(report, raise_floors_in)
    if as_json:
        import json

        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(format_report(report))
    if min_f1 is not None and report.lowest_f1() < min_f1:
        typer.echo(f"F1 below {min_f1}: {report.lowest_f1():.3f}", err=True)
        raise typer.Exit(1)


@app.command()
def load(
    records: Path = typer.Argument(..., exists=True, dir_okay=False),
    db: str = typer.Option("sqlite:///newsroom.db", "--db", help="SQLAlchemy URL (sqlite or postgresql)."),
) -> None:
    """Load a JSON Lines file of records into the newsroom database, idempotently."""
    from extractor.sinks.database import load_jsonl

    report = load_jsonl(records, db)
    typer.echo(report.describe(), err=True)
    raise typer.Exit(1 if report.refused else 0)


if __name__ == "__main__":
    app()
