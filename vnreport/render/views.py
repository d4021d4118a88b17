"""`analyze` output, one view per format: each takes the reports (and the failures) in input order.

Machine formats go through the shared record writers (render/writers.py); the views for people print
with rich, or write one HTML page. Failures reach stderr in every format; in JSON and JSON Lines they
also keep their place in the stream as an error record, so a reader can pair every input with its
outcome, and the HTML page lists them. A view is given each report with the text its offsets point
into (the HTML view marks the entities in it; the others need only the report).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from vnreport.render.writers import LineSink, RecordWriter, json_writer
from vnreport.report.model import Report

if TYPE_CHECKING:
    from rich.console import Console


class ReportView(Protocol):
    def report(self, report: Report, text: str) -> None: ...

    def failure(self, record: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


class RecordView:
    """json / jsonl: each report as a record narrowed to the chosen sections."""

    def __init__(self, writer: RecordWriter, narrow: Any) -> None:
        self.writer = writer
        self.narrow = narrow

    def report(self, report: Report, text: str) -> None:
        self.writer.write(self.narrow(report.to_dict()))

    def failure(self, record: dict[str, Any]) -> None:
        self.writer.write(record)

    def close(self) -> None:
        self.writer.close()


class TableView:
    """The rich terminal view, a rule between articles."""

    def __init__(self, console: Console, only: frozenset[str] | None) -> None:
        self.console = console
        self.only = only
        self.shown = 0

    def report(self, report: Report, text: str) -> None:
        from vnreport.render.terminal import print_report

        if self.shown:
            self.console.rule()
        print_report(self.console, report, self.only)
        self.shown += 1

    def failure(self, record: dict[str, Any]) -> None:
        return None  # already on stderr

    def close(self) -> None:
        return None


class MarkdownView:
    """Markdown, a blank line between articles."""

    def __init__(self, console: Console, only: frozenset[str] | None) -> None:
        self.console = console
        self.only = only
        self.shown = 0

    def report(self, report: Report, text: str) -> None:
        from vnreport.render.markdown import to_markdown

        text = to_markdown(report, self.only)
        self.console.file.write(("\n" if self.shown else "") + text)
        self.console.file.flush()
        self.shown += 1

    def failure(self, record: dict[str, Any]) -> None:
        return None

    def close(self) -> None:
        return None


class HtmlView:
    """One self-contained HTML page for the whole run: an article per input that could be read (each
    rendered as it comes, the text then let go), the others listed; written whole at the end."""

    def __init__(self, only: frozenset[str] | None) -> None:
        self.sink = LineSink(sys.stdout)
        self.only = only
        self.articles: list[str] = []
        self.titles: list[str] = []
        self.failures: list[Any] = []

    def report(self, report: Report, text: str) -> None:
        from vnreport.render.html.report_page import article_html

        number = len(self.articles) + 1
        self.articles.append(article_html(number, report, text, only=self.only))
        self.titles.append(report.title or report.source.path or f"Article {number}")

    def failure(self, record: dict[str, Any]) -> None:
        from vnreport.render.html.report_page import Failure

        self.failures.append(Failure(str(record.get("path", "")), str(record.get("error", ""))))

    def close(self) -> None:
        from vnreport.render.html.report_page import report_page

        self.sink.write_text(report_page(self.articles, self.titles, self.failures))


def report_view(
    fmt: str, console: Callable[[], Console], *, only: frozenset[str] | None, narrow: Any, inputs: int
) -> ReportView:
    """The view for `fmt`; `console` makes the stdout console the views for people print to (JSON and
    HTML need none, and a one-article run to a pipe does not import rich)."""
    if fmt == "table":
        return TableView(console(), only)
    if fmt == "markdown":
        return MarkdownView(console(), only)
    if fmt == "html":
        return HtmlView(only)
    return RecordView(json_writer(fmt, LineSink(sys.stdout), inputs=inputs), narrow)
