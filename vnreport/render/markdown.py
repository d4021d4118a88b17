"""Markdown view, for pasting into notes: the same blocks as the terminal view."""

from __future__ import annotations

from vnreport.render.sections import Block, FieldList, ItemList, SectionTable, report_blocks, source_line
from vnreport.report.model import Report


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def _heading(block: Block) -> str:
    level = "###" if block.key.startswith("summary.") else "##"
    if isinstance(block, FieldList):
        return f"{level} {block.title}"
    count = len(block.rows) if isinstance(block, SectionTable) else len(block.items)
    return f"{level} {block.title} ({count})"


def _body(block: Block) -> list[str]:
    if isinstance(block, FieldList):
        return _fields(block)
    if isinstance(block, ItemList):
        marker = "{}." if block.numbered else "-"
        return [f"{marker.format(k)} {_cell(item)}" for k, item in enumerate(block.items, 1)]
    if not block.rows:
        return []
    lines = ["| " + " | ".join(block.headers) + " |", "|" + "---|" * len(block.headers)]
    return lines + ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]


def _fields(block: FieldList) -> list[str]:
    lines = []
    for label, values in block.fields:
        if len(values) == 1:
            lines.append(f"- **{label}:** {_cell(values[0])}")
        else:
            lines.append(f"- **{label}:**")
            lines += [f"  - {_cell(value)}" for value in values]
    return lines


def to_markdown(report: Report, only: frozenset[str] | None = None) -> str:
    lines = [f"# {report.title or report.source.path or 'Report'}", "", f"_{source_line(report)}_", ""]
    in_summary = False
    for block in report_blocks(report, only):
        if block.key.startswith("summary.") and not in_summary:
            lines += ["## Summary", ""]
            in_summary = True
        body = _body(block)
        lines += [_heading(block), "", *(body or ["_none found_"]), ""]
    return "\n".join(lines).rstrip() + "\n"
