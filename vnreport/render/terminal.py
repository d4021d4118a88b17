"""The rich terminal view: the event and the officials first (on the first screen), then the rest of the
summary (tables and lists), then the other entities.

Cells wrap at spaces only. Vietnamese words are runs of space-separated syllables, so a wrap never
splits a syllable, and every column is at least as wide as its longest syllable (rich measures the
minimum width of a cell as its longest word), so nothing is folded or cut with an ellipsis at 80
columns. Wider terminals give the columns their natural width.
"""

from __future__ import annotations

import math

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from vnreport.render.safe import terminal_safe, value_safe
from vnreport.render.sections import (
    Block,
    FieldList,
    ItemList,
    SectionTable,
    map_block,
    report_blocks,
    source_line,
    year_hint,
)
from vnreport.report.model import Report


def report_view(report: Report, only: frozenset[str] | None = None) -> RenderableType:
    """Every string from the input is made terminal-safe (no escape sequence reaches the terminal) and
    given to rich as `Text`, never parsed as markup."""
    header = Text(terminal_safe(report.title or "(no title)"), style="bold")
    header.append("\n" + terminal_safe(source_line(report)), style="dim")
    parts: list[RenderableType] = [Panel(header, box=box.ROUNDED)]
    hint = year_hint(report)
    if hint:
        parts.append(Text(hint, style="dim"))
    for block in report_blocks(report, only, lead_officials=True):
        parts += [Text(""), _block(map_block(block, value_safe))]
    return Group(*parts)


def _block(block: Block) -> RenderableType:
    if isinstance(block, FieldList):
        return _fields(block)
    if isinstance(block, ItemList):
        return _items(block)
    return _table(block)


def _none_found(title: str) -> Text:
    return Text(f"{title}: none found", style="dim")


def _fields(block: FieldList) -> RenderableType:
    if not block.fields:
        return _none_found(block.title)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for label, lines in block.fields:
        grid.add_row(Text(label), Text("\n".join(lines)))
    return Panel(grid, title=Text(block.title, style="bold"), title_align="left", box=box.ROUNDED)


def _items(block: ItemList) -> RenderableType:
    if not block.items:
        return _none_found(block.title)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", no_wrap=True, style="dim" if block.numbered else "yellow")
    grid.add_column()
    for index, item in enumerate(block.items, 1):
        grid.add_row(f"{index}." if block.numbered else "!", Text(item))
    title = Text(f"{block.title} ({len(block.items)})", style="bold italic")
    return Group(title, grid)


class _FittedTable:
    """A table at its natural width when that fits; otherwise exactly the width, shared by content.

    Rich shrinks an over-wide table by narrowing its widest columns alike, which leaves a long task
    or subject in a thin column beside a half-empty one. Here the short columns (names, dates,
    numbers) keep their width, and the columns with long text share the rest in proportion to the
    square root of their longest cell (a long task gets more room than a recipient without starving
    it), each at least as wide as its longest word so that no word is cut.
    """

    def __init__(self, section: SectionTable) -> None:
        self.section = section

    def _table(self, widths: list[int] | None) -> Table:
        section = self.section
        title = f"{section.title} ({len(section.rows)})"
        table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False)
        for k, header in enumerate(section.headers):
            table.add_column(Text(header), width=widths[k] if widths else None)
        for row in section.rows:
            table.add_row(*map(Text, row))
        return table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        natural = self._table(None)
        natural_width = Measurement.get(console, options.update_width(_UNBOUNDED), natural).maximum
        if natural_width <= options.max_width:
            yield natural
            return
        columns = list(zip(*([self.section.headers, *self.section.rows]), strict=True))
        longest = [max(cell_len(cell) for cell in column) for column in columns]
        words = [max((cell_len(w) for cell in column for w in cell.split()), default=1) for column in columns]
        available = options.max_width - (natural_width - sum(longest))
        widths = share_width(longest, words, available)
        yield self._table(widths) if widths else natural


def share_width(longest: list[int], words: list[int], available: int) -> list[int] | None:
    """Column widths that sum to at most `available`, none below its longest word: short columns get
    their whole width first (narrowest first), long ones share the rest by weight. None when not even
    the longest words fit (rich then does what it can)."""
    widths = words[:]
    remaining = available - sum(widths)
    if remaining < 0:
        return None
    flexible = [k for k, width in enumerate(longest) if width > _SHORT_CELL]
    for k in sorted((k for k in range(len(longest)) if k not in flexible), key=lambda k: longest[k]):
        grow = min(longest[k] - widths[k], remaining)
        widths[k] += grow
        remaining -= grow
    weights = {k: math.sqrt(min(longest[k], _RATIO_CAP)) for k in flexible}
    while remaining > 0:
        growing = [k for k in flexible if widths[k] < longest[k]]
        if not growing:
            break
        total = sum(weights[k] for k in growing)
        shares = {k: max(1, int(remaining * weights[k] / total)) for k in growing}
        for k in sorted(growing, key=lambda k: -weights[k]):
            grow = min(shares[k], longest[k] - widths[k], remaining)
            widths[k] += grow
            remaining -= grow
    return widths


_SHORT_CELL = 20  # columns no wider than this keep their natural width
_RATIO_CAP = 300
_UNBOUNDED = 100_000


def _table(section: SectionTable) -> RenderableType:
    if not section.rows:
        return _none_found(section.title)
    if section.note:
        return Group(_FittedTable(section), Text(section.note, style="dim"))
    return _FittedTable(section)


def print_report(console: Console, report: Report, only: frozenset[str] | None = None) -> None:
    console.print(report_view(report, only))
