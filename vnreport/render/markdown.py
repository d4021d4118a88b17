"""Markdown view, for pasting into notes: the same blocks as the terminal view."""

from __future__ import annotations

from vnreport import regexes
from vnreport.render.safe import value_safe
from vnreport.render.sections import Block, FieldList, ItemList, SectionTable, map_block, report_blocks, source_line
from vnreport.report.model import Report

# Text from the input is shown, never interpreted: a Markdown renderer must not see a link, an emphasis or
# raw HTML in it (`<script>`, `<img onerror=…>`, `[x](javascript:…)` once passed through as markup).
_MARKUP = regexes.compile(r"([\\`*_\[\]|#~])")
_HTML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _cell(value: str) -> str:
    """A string from the input as literal Markdown text on one line."""
    return _MARKUP.sub(r"\\\1", value.replace("\n", " ")).translate(_HTML)


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
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
    return lines + (["", f"_{_cell(block.note)}_"] if block.note else [])


def _fields(block: FieldList) -> list[str]:
    lines = []
    for label, values in block.fields:
        if not label:  # a field that is the whole block (an official document's brief): a paragraph
            lines += [_cell(value) for value in values]
        elif len(values) == 1:
            lines.append(f"- **{label}:** {_cell(values[0])}")
        else:
            lines.append(f"- **{label}:**")
            lines += [f"  - {_cell(value)}" for value in values]
    return lines


def to_markdown(report: Report, only: frozenset[str] | None = None) -> str:
    """The report as Markdown, every string from the input shown terminal-safe whether printed or saved: a
    saved note is later `cat` to a terminal or rendered where a bidirectional override reorders what the
    reader sees (Trojan Source), so no escape sequence, bidi control or invisible character survives."""
    title = _cell(value_safe(report.title or report.source.path or "Report"))
    lines = [f"# {title}", "", f"_{_cell(value_safe(source_line(report)))}_", ""]
    in_summary = False
    for block in (map_block(b, value_safe) for b in report_blocks(report, only)):
        if block.key.startswith("summary.") and not in_summary:
            lines += ["## Summary", ""]
            in_summary = True
        body = _body(block)
        lines += [_heading(block), "", *(body or ["_none found_"]), ""]
    return "\n".join(lines).rstrip() + "\n"
