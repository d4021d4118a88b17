"""The structure of an official document — parts, chapters, sections, articles, clauses and points
(`Phần thứ nhất`, `Chương I`, `Mục 2`, `Điều 5.`, `1.`, `a)`) — with offsets and headings, and the
references a text makes to its own units (`khoản 3 Điều 12 của Luật này`).

A unit opens a paragraph. Text an amending article quotes (`“1. Nội dung …”.`) belongs to another
document: quoted paragraphs open no unit of this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnreport import regexes
from vnreport.report.model import ArticleReference, StructureUnit
from vnreport.segment.document import Document

_PART = regexes.compile(r"(?i)phần\s+(?P<n>thứ\s+[^\W\d_]+|[IVXLC]+|\d+)(?![\w])[.:]?\s*")
_CHAPTER = regexes.compile(r"(?i)chương\s+(?P<n>[IVXLC]+|\d+)(?![\w])[.:]?\s*")
_SECTION = regexes.compile(r"(?i)mục\s+(?P<n>\d+)(?![\w])[.:]?\s*")
_ARTICLE = regexes.compile(r"Điều\s+(?P<n>\d+[a-z]?)(?![\w/])\s*[.:]?\s*")
_CLAUSE = regexes.compile(r"(?P<n>\d{1,3})\.\s+")
_POINT = regexes.compile(r"(?P<n>[a-zđ])\)\s+")
_LEVELS = ("part", "chapter", "section", "article", "clause", "point")
_NAMES = {"part": "Phần", "chapter": "Chương", "section": "Mục", "article": "Điều", "clause": "khoản", "point": "điểm"}
_REFERENCE = regexes.compile(
    r"(?:điểm\s+(?P<point>[a-zđ])\s+)?(?:khoản\s+(?P<clause>\d{1,3})\s+)?Điều\s+(?P<article>\d{1,3})(?![\w/])"
    r"(?P<other>\s+(?:của|tại)\s+(?:[^\s,;.]+\s+){0,6}?(?:số\s+)?\d)?"
)


@dataclass
class _Open:
    kind: str
    number: str
    label: str


def read_structure(doc: Document, body_start: int) -> list[StructureUnit]:
    """Every unit that opens a paragraph after `body_start`, in text order."""
    units: list[StructureUnit] = []
    stack: list[_Open] = []
    quoted = False
    paragraphs = [p for p in doc.paragraphs if p.start >= body_start]
    for index, paragraph in enumerate(paragraphs):
        text = doc.text[paragraph.start : paragraph.end]
        if quoted or text.startswith(("“", '"')):
            quoted = not _closes_quote(text)
            continue
        found = _unit_at(doc, paragraph.start, paragraph.end)
        if found is None:
            continue
        kind, number, heading_start = found
        level = _LEVELS.index(kind)
        while stack and _LEVELS.index(stack[-1].kind) >= level:
            stack.pop()
        if kind in ("clause", "point") and not any(o.kind == "article" for o in stack):
            continue  # a numbered list outside any article is not a clause of the document
        heading = doc.text[heading_start : paragraph.end].strip() or None
        if heading is None and kind in ("part", "chapter", "section") and index + 1 < len(paragraphs):
            following = paragraphs[index + 1]
            candidate = doc.text[following.start : following.end].strip()
            if candidate.isupper():
                heading = candidate
        if kind in ("clause", "point"):
            heading = None  # a clause's text is its content, not a heading
        within = stack[-1].label if stack else None
        units.append(
            StructureUnit(
                kind=kind,  # type: ignore[arg-type]
                number=number,
                heading=heading,
                within=within,
                start=paragraph.start,
                end=paragraph.end,
            )
        )
        stack.append(_Open(kind, number, f"{_NAMES[kind]} {number}"))
    _set_ends(units, len(doc.text))
    return units


def _closes_quote(text: str) -> bool:
    return text.rstrip().rstrip(".;").endswith(("”", '"'))


def _unit_at(doc: Document, start: int, end: int) -> tuple[str, str, int] | None:
    for kind, pattern in (("part", _PART), ("chapter", _CHAPTER), ("section", _SECTION), ("article", _ARTICLE)):
        match = pattern.match(doc.text, start, end)
        if match:
            return kind, match.group("n"), match.end()
    for kind, pattern in (("clause", _CLAUSE), ("point", _POINT)):
        match = pattern.match(doc.text, start, end)
        if match:
            return kind, match.group("n"), match.end()
    return None


def _set_ends(units: list[StructureUnit], text_end: int) -> None:
    """A unit runs to the next unit of the same or a higher level."""
    open_units: list[StructureUnit] = []
    for unit in units:
        level = _LEVELS.index(unit.kind)
        while open_units and _LEVELS.index(open_units[-1].kind) >= level:
            open_units.pop().end = unit.start
        open_units.append(unit)
    for unit in open_units:
        unit.end = text_end


def article_count(units: list[StructureUnit]) -> int:
    """The number of articles: the last article number when the numbering runs up from the start (a
    heading missing from a converted text, even the first, does not lower it), else the articles found."""
    numbers = [int(re.match(r"\d+", u.number).group()) for u in units if u.kind == "article"]  # type: ignore[union-attr]
    if not numbers:
        return 0
    return max(numbers) if numbers == sorted(numbers) and numbers[0] <= 2 else len(numbers)


def read_references(doc: Document, units: list[StructureUnit]) -> list[ArticleReference]:
    """`khoản 3 Điều 12`, `Điều 5 của Luật này`: references to this document's own articles (not
    `Điều 9 của Luật Căn cước công dân số 59/2014/QH13`), each with the start of its target."""
    articles = {int(re.match(r"\d+", u.number).group()): u.start for u in units if u.kind == "article"}  # type: ignore[union-attr]
    headings = {u.start for u in units if u.kind == "article"}
    found = []
    for match in _REFERENCE.finditer(doc.text):
        if match.group("other") or match.start() in headings:
            continue  # another document's article, or an article's own heading
        article = int(match.group("article"))
        found.append(
            ArticleReference(
                text=match.group(0),
                article=article,
                clause=int(match.group("clause")) if match.group("clause") else None,
                point=match.group("point"),
                start=match.start(),
                end=match.end(),
                target=articles.get(article),
            )
        )
    return found
