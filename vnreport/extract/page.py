"""The page around an article: the lines a web page adds after it (a list of other articles opened by `Tin
khác`, counters and buttons such as `Lượt xem: 400`, `Bình luận`), from `byline_page_tail.tsv`. Entities
named there are the page's, not the article's; a trailing byline is looked for above them."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from vnreport.lexicon import load_rows
from vnreport.report.model import Paragraph
from vnreport.segment.document import Document


class PageTailRow(NamedTuple):
    phrase: str
    kind: str  # related | widget


_MAX_TAIL_LINE = 8  # words of a page's line after the article (`Bài viết cùng chủ đề`, `Lượt xem: 400`)
_LONGEST_CUE = 5  # words of the longest phrase of the table


@cache
def _page_tail() -> dict[str, str]:
    return {row.phrase: row.kind for row in load_rows("byline_page_tail.tsv", PageTailRow)}


def tail_kind(doc: Document, paragraph: Paragraph) -> str | None:
    """`related` for a line that opens a list of other articles, `widget` for a counter or button line."""
    words = doc.text[paragraph.start : paragraph.end].lower().replace(":", " ").split()
    if not words or len(words) > _MAX_TAIL_LINE:
        return None
    table = _page_tail()
    for n in range(min(_LONGEST_CUE, len(words)), 0, -1):
        kind = table.get(" ".join(words[:n]))
        if kind is not None:
            return kind
    return None


def related_from(doc: Document, body: list[Paragraph]) -> int:
    """The index in `body` of the first line in its last half that opens a list of other articles (`Tin
    khác`); len(body) when there is none."""
    for k in range(max(2, len(body) // 2), len(body)):
        if tail_kind(doc, body[k]) == "related":
            return k
    return len(body)


def page_tail_start(doc: Document) -> int:
    """The character offset where the page's list of other articles begins; the text's length if none."""
    body = [p for p in doc.paragraphs if p.kind in ("body", "title")]
    k = related_from(doc, body)
    return body[k].start if k < len(body) else len(doc.text)
