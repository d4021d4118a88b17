"""Markdown view, for pasting into notes."""

from __future__ import annotations

from vnreport.render.sections import section_tables, source_line
from vnreport.report.model import Report


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: Report, only: frozenset[str] | None = None) -> str:
    lines = [f"# {report.title or report.source.path or 'Report'}", "", f"_{source_line(report)}_", ""]
    for table in section_tables(report, only):
        lines += [f"## {table.title} ({len(table.rows)})", ""]
        if not table.rows:
            lines += ["_none found_", ""]
            continue
        lines.append("| " + " | ".join(table.headers) + " |")
        lines.append("|" + "---|" * len(table.headers))
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in table.rows]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
