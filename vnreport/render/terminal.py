"""The rich terminal view."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from vnreport.render.sections import section_tables, source_line
from vnreport.report.model import Report


def report_view(report: Report, only: frozenset[str] | None = None) -> RenderableType:
    parts: list[RenderableType] = [
        Panel(
            Text(report.title or "(no title)", style="bold"),
            subtitle=Text(source_line(report), style="dim"),
            subtitle_align="left",
        )
    ]
    for section in section_tables(report, only):
        if not section.rows:
            parts.append(Text(f"{section.title}: none found", style="dim"))
            continue
        table = Table(title=f"{section.title} ({len(section.rows)})", title_justify="left", expand=False)
        for header in section.headers:
            table.add_column(header, overflow="fold")
        for row in section.rows:
            table.add_row(*row)
        parts.append(table)
    return Group(*parts)


def print_report(console: Console, report: Report, only: frozenset[str] | None = None) -> None:
    console.print(report_view(report, only))
