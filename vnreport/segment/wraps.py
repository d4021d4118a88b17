"""Hard line breaks inside a sentence: a page or a converted document that keeps its source's line width
breaks a sentence anywhere, a date too (`… Nghị định số 12/2025/NĐ-CP ngày 5⏎tháng 9 năm 2025 …`,
`ngày⏎5 tháng 9`, `tháng 9⏎năm 2025`, `năm⏎2025`, `… vắc xin là⏎chế phẩm …`).

Such a break (a *soft wrap*) is read as a space: the match view gets a space where the text has it, so
every pattern, the tokens and the sentences run across it, while the text — and so every mention, which
may then hold the line break — keeps it as written. A line break is a soft wrap when the line before
ends inside a sentence (on a letter, a digit or a comma, in a line that is not all capitals: a heading
stands on its own line) and the next line goes on with it: it opens in lower case, not with a list marker
(`a)`, `b.`), or with a number right after a word that asks for one (`ngày`, `tháng`, `năm`, `số`:
wraps_number_words.txt).
A blank line, a line in capitals, a list item and a capitalised line (a new paragraph, a name, a
title) are never joined; nor is the first line, a page's title (a scraped lead may lose its first
letter: `ng Nguyễn Văn A …`).
"""

from __future__ import annotations

from functools import cache

from vnreport import regexes
from vnreport.lexicon import load_list
from vnreport.text import fold

# The break and the spaces round it; what stands before and after is checked in `_joins`.
_BREAK = regexes.compile(r"(?<=[^\W_]|,)[^\S\r\n]*+(?:\r\n|\n|\r)[^\S\r\n]*+(?=\w)")
_LIST_MARKER = regexes.compile(r"(?:[a-zđ]|\d{1,3})[.)](?!\S)")
_FIRST_LINE_END = regexes.compile(r"\S[^\r\n]*+")  # the first line with text: a page's title


def soft_wraps(view: str) -> list[tuple[int, int]]:
    """The (start, end) of each soft wrap of `view` (the line break with the spaces round it)."""
    title_end = _FIRST_LINE_END.search(view)
    out = []
    line_floor = title_end.end() if title_end else len(view)
    for m in _BREAK.finditer(view, line_floor + 1):
        if _joins(view, line_floor, m.start(), m.end()):
            out.append(m.span())
        line_floor = m.end()  # the next line starts here or later: each line is read once (issue #11)
    return out


def _joins(view: str, floor: int, before: int, after: int) -> bool:
    """Whether the line that ends at `before` (and starts at `floor` or later) goes on at `after`."""
    line = view[max(view.rfind("\n", floor, before), view.rfind("\r", floor, before), floor - 1) + 1 : before]
    if not any(ch.islower() for ch in line) or _LIST_MARKER.match(view, after):
        return False
    first = view[after]
    if first.isalpha():
        return first.islower()
    if first.isdigit():
        words = line.split()
        return bool(words) and words[-1].lower() in _asks_number()
    return False


@cache
def _asks_number() -> frozenset[str]:
    """Words a number follows (`ngày`, `năm`, `số`): after one, a line may go on with a digit."""
    return frozenset(fold(word).lower() for word in load_list("wraps_number_words.txt"))


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span written as spaces (same length, same offsets): a soft wrap read as a space."""
    if not spans:
        return text
    parts = []
    last = 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(" " * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)
