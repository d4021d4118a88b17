"""`vnreport stats`: a corpus view of a batch output (JSON Lines or SQLite)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from rich.text import Text

from vnreport.cli.common import error_line, stdout_console, stdout_guard, write_lines
from vnreport.errors import ExitCode
from vnreport.render.safe import terminal_safe

HELP = """Summarise a `vnreport batch` output: most cited documents, most mentioned officials with their
titles over time, articles per month, top organisations.

OUTPUT is the JSON Lines file or the SQLite database a batch wrote. An article's month is its page's
publication date when known, else the date of the event it reports. --format html writes one page of
charts (inline SVG: it opens offline), each with its numbers.

Examples:

  vnreport stats reports.jsonl

  vnreport stats corpus.sqlite --format html > corpus.html

  vnreport stats corpus.sqlite --top 20 --format json | jq '.officials[0]'
"""


class StatsFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    HTML = "html"


def stats(
    output: Annotated[Path, typer.Argument(metavar="OUTPUT", help="A batch's .jsonl file or SQLite database.")],
    output_format: Annotated[
        StatsFormat | None,
        typer.Option("--format", "-f", show_default="table on a terminal, json in a pipe"),
    ] = None,
    top: Annotated[
        int, typer.Option(min=1, metavar="N", help="How many documents, officials, organisations to list.")
    ] = 10,
) -> None:
    from vnreport.cli.common import default_format

    fmt = default_format(output_format, tty_format=StatsFormat.TABLE)
    if not output.is_file():
        error_line(f"{output}: no such file (give the -o or --db file of a batch)", style="")
        raise typer.Exit(ExitCode.INPUT_ERROR)

    import sqlite3

    from vnreport.batch.stats import corpus_stats

    try:
        data = corpus_stats(str(output)).to_dict(top=top)
    except (OSError, sqlite3.Error) as exc:  # a database without our tables, an unreadable file
        error_line(f"{output}: cannot read it as a batch output ({exc})", style="")
        raise typer.Exit(ExitCode.INPUT_ERROR) from None
    if data["unreadable"]:
        # people on stderr: the totals below leave these lines out
        error_line(f"{output}: {data['unreadable']:,} lines are no batch record and were left out", style="")
    with stdout_guard():
        if fmt == "json":
            from vnreport.render.jsonout import to_json

            write_lines([to_json(data)])
        elif fmt == "html":
            from vnreport.reading import printable_path
            from vnreport.render.html.stats_page import stats_page
            from vnreport.render.writers import LineSink

            LineSink(sys.stdout).write_text(stats_page(data, printable_path(str(output))))
        else:
            _print_tables(data, output)


stats.__doc__ = HELP


def _print_tables(data: dict[str, Any], output: Path) -> None:
    from rich.table import Table
    from rich.text import Text

    console = stdout_console()
    counts = f": {data['articles']:,} articles, {data['words']:,} words, {data['errors']:,} errors"
    console.print(Text.assemble((terminal_safe(str(output)), "bold"), counts), highlight=False)
    documents = Table(title="Most cited documents", title_justify="left")
    for column in ("document", "kind", "issuer", "articles"):
        documents.add_column(column, justify="right" if column == "articles" else "left")
    for doc in data["documents"]:
        documents.add_row(*_cells(doc["key"], doc.get("kind") or "", doc.get("issuer") or "", str(doc["articles"])))
    officials = Table(title="Most mentioned officials", title_justify="left")
    for column in ("official", "articles", "titles over time"):
        officials.add_column(column, justify="right" if column == "articles" else "left")
    for official in data["officials"]:
        titles = "\n".join(_title_line(t) for t in official["titles"]) or "–"
        officials.add_row(*_cells(official["name"], str(official["articles"]), titles))
    months = Table(title="Articles per month", title_justify="left")
    months.add_column("month")
    months.add_column("articles", justify="right")
    for month in data["months"]:
        months.add_row(*_cells(month["month"], str(month["articles"])))
    organizations = Table(title="Top organisations", title_justify="left")
    organizations.add_column("organisation")
    organizations.add_column("articles", justify="right")
    organizations.add_column("mentions", justify="right")
    for org in data["organizations"]:
        organizations.add_row(*_cells(org["name"], str(org["articles"]), str(org["mentions"])))
    for table in (documents, officials, months, organizations):
        console.print(table)


def _cells(*values: object) -> list[Text]:
    """Cells from the records (input text): terminal-safe, and never parsed as rich markup."""
    from rich.text import Text

    return [Text(terminal_safe(str(value))) for value in values]


def _title_line(title: dict[str, Any]) -> str:
    first, last = title.get("first"), title.get("last")
    period = "" if first is None else f" ({first})" if first == last else f" ({first} → {last})"
    return f"{title['title']}{period} ×{title['articles']}"
