"""`vnreport analyze`: one or more articles → reports on stdout."""

from __future__ import annotations

from typing import Annotated

import typer

from vnreport.cli.common import (
    default_format,
    error_line,
    narrow,
    parse_only,
    report_error,
    report_internal_error,
    stdout_console,
    stdout_guard,
)
from vnreport.errors import ExitCode, InputError
from vnreport.limits import DEFAULT_FETCH_TIMEOUT, DEFAULT_MAX_BYTES, MAX_YEAR, MIN_YEAR
from vnreport.render import ONLY_KEYS, SECTION_KEYS, ReportFormat

HELP = """Analyse articles: officials, dates, documents, organisations, places, figures.

FILE is a text file, a saved news page (.html, .htm: its main text, title and date), an http(s):// URL
(fetched within --timeout and --max-bytes), or "-" for standard input. The default output is a table
on a terminal and JSON in a pipe; --format html writes one page with every entity marked in the text.

For an archive, --year (the year the articles were published) is the biggest accuracy lever: dates
are often written without their year (Sáng 27/9). A page's own date is used when it has one.

Examples:

  vnreport analyze samples/hanoi-2024-09-27.txt

  vnreport analyze article.txt --format json --only officials,documents

  vnreport analyze article.txt --only summary.event,summary.tasks

  vnreport analyze https://example.vn/tin.html --format html > tin.html

  cat article.txt | vnreport analyze - --format jsonl --year 2019
"""

# `--only` accepts what the views and the JSON narrowing know, listed from the same constants.
ONLY_HELP = "Comma-separated sections to show: " + ", ".join(ONLY_KEYS) + " (e.g. summary,officials)."


def analyze(
    files: Annotated[
        list[str], typer.Argument(metavar="FILE...", help='Article files, saved pages, URLs, or "-" for stdin.')
    ],
    output_format: Annotated[
        ReportFormat | None,
        typer.Option("--format", "-f", show_default="table on a terminal, json in a pipe"),
    ] = None,
    only: Annotated[str | None, typer.Option(metavar="SECTIONS", help=ONLY_HELP)] = None,
    year: Annotated[
        int | None,
        typer.Option(
            min=MIN_YEAR,
            max=MAX_YEAR,
            metavar="YEAR",
            help="Publication year, for dates written without one (a page's own date wins). For an archive, "
            "the biggest accuracy lever.",
        ),
    ] = None,
    max_bytes: Annotated[
        int, typer.Option(min=1, metavar="BYTES", help="Refuse inputs (and URL downloads) larger than this.")
    ] = DEFAULT_MAX_BYTES,
    timeout: Annotated[
        float, typer.Option(min=0.001, metavar="SECONDS", help="Time a URL's whole download may take.")
    ] = DEFAULT_FETCH_TIMEOUT,
) -> None:
    fmt = default_format(output_format, tty_format=ReportFormat.TABLE)
    sections = (*SECTION_KEYS, "summary", "document")
    wanted = parse_only(only, ONLY_KEYS)

    from vnreport.pipeline import analyze_source
    from vnreport.reading import load_input, printable_path
    from vnreport.render.views import report_view

    failed = 0
    with stdout_guard():
        view = report_view(
            fmt,
            stdout_console,
            only=wanted,
            narrow=lambda record: narrow(record, wanted, sections),
            inputs=len(files),
        )
        try:
            for path in files:
                try:
                    # Loaded here rather than by analyze_file: the HTML view marks the entities in the text.
                    source = load_input(path, max_bytes=max_bytes, timeout=timeout)
                    report = analyze_source(source, year=year)
                except Exception as exc:  # a bad input, or a bug on one input: the others still go on
                    error = exc if isinstance(exc, InputError) else report_internal_error(path, exc)
                    if isinstance(exc, InputError):
                        report_error(error)
                    failed += 1
                    error.path = printable_path(error.path)  # JSON carries a name that is not UTF-8 escaped
                    view.failure(error.to_record())
                    continue
                report.source.path = printable_path(report.source.path) if report.source.path else None
                view.report(report, source.text)
        finally:
            view.close()
    if failed:
        error_line(f"{failed} of {len(files)} input(s) failed", style="yellow")
        raise typer.Exit(ExitCode.INPUT_ERROR)


analyze.__doc__ = HELP
