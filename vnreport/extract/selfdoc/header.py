"""The header of an official document (Nghị định 30/2020/NĐ-CP, Phụ lục I; Party documents: Hướng dẫn
36-HD/VPTW): the issuer block, the national motto or the Party's heading, `Số:`/`Luật số:`, the place
and date line, the kind heading (`QUYẾT ĐỊNH`, `LUẬT`) with its name or trích yếu (`V/v …`, `Về việc …`).

A scraped or converted document comes in many shapes — one line per field, the two columns of the
header run together on one line, or table cells joined by `|` — so each field is found by its own
pattern within the first lines, not by its position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from vnreport.extract.dates import date_at
from vnreport.extract.documents.lexicon import KindRow
from vnreport.extract.documents.symbols import SYMBOL, read_symbol
from vnreport.lexicon import load_list, load_rows
from vnreport.segment.document import Document
from vnreport.text import fold

HEADER_LINES = 16  # the header fits in the first lines of a document
MAX_HEADER_LINE = 160  # characters: a header field is a short line; a long one is running text
_CELL = re.compile(r"[^|]+")
_DECORATION = re.compile(r"[-_*=~.·•]{2,}|\*")
_TRAILING_DECORATION = re.compile(r"\s+[-_*=~·•]{3,}\s*$")
_NUMBER_LINE = re.compile(r"(?i)(?:(?P<law>luật|pháp\s+lệnh)\s+)?số\s*:?\s*")
_PLACE_DATE = re.compile(r"(?P<place>[^\W\d_][^,|:;\n]{1,40}?)\s*,\s*ngày\s+")
_SUBJECT = re.compile(r"(?i)^\s*(?:v/v|về\s+việc|về)\s*:?\s*")


@cache
def _kinds() -> dict[str, str]:
    """Type words in lower case, spaces collapsed (`nghị quyết`) → the kind (`Nghị quyết`)."""
    return {" ".join(r.word.lower().split()): r.kind for r in load_rows("documents_kinds.tsv", KindRow)}


@cache
def _mottos() -> tuple[str, ...]:
    return tuple(_key(m) for m in load_list("selfdoc_mottos.txt"))


def _key(text: str) -> str:
    return " ".join(fold(text).lower().replace("–", "-").split())


@dataclass
class Line:
    """A cell of the header: a paragraph, or a part of it between `|` marks; offsets into the text."""

    start: int
    end: int
    text: str  # as written
    key: str  # folded, lower case, spaces collapsed


@dataclass
class Header:
    motto: bool = False
    party: bool = False
    issuer_lines: list[Line] = field(default_factory=list)
    number: Line | None = None  # the symbol as written
    number_key: str | None = None
    place: str | None = None
    date: str | None = None
    kind: str | None = None
    number_kind: str | None = None  # `Luật số:` says the kind before the heading does
    kind_line: Line | None = None
    name_lines: list[Line] = field(default_factory=list)
    subject: Line | None = None
    end: int = 0  # where the body begins

    @property
    def signals(self) -> int:
        return sum((self.motto, self.number is not None, self.date is not None, self.kind is not None))


def header_lines(doc: Document) -> list[Line]:
    """The cells of the first paragraphs, decorations (`-------`, `***`) left out."""
    lines: list[Line] = []
    for paragraph in doc.paragraphs[:HEADER_LINES]:
        for cell in _CELL.finditer(doc.text, paragraph.start, paragraph.end):
            start, end = cell.start(), cell.end()
            while start < end and doc.text[start].isspace():
                start += 1
            while end > start and doc.text[end - 1].isspace():
                end -= 1
            text = doc.text[start:end]
            decoration = _TRAILING_DECORATION.search(text)
            if decoration:
                end = start + decoration.start()
                text = doc.text[start:end]
            if text and len(text) <= MAX_HEADER_LINE and not _DECORATION.fullmatch(text.replace(" ", "")):
                lines.append(Line(start, end, text, _key(text)))
    return lines


def read_header(doc: Document) -> Header:
    header = Header()
    lines = header_lines(doc)
    seen_number_or_date = False
    for index, line in enumerate(lines):
        rest = _strip_mottos(line, header)
        if rest is None:
            continue
        if header.number is None and _read_number(doc, rest, header):
            seen_number_or_date = True
            rest = _after(doc, rest, header.number)
            if rest is None:
                continue
        if header.date is None and _read_place_date(doc, rest, header):
            seen_number_or_date = True
            continue
        if header.kind is None:
            kind = _kind_heading(rest)
            if kind is not None:
                header.kind, header.kind_line = kind[0], rest
                header.name_lines, header.subject = _name_lines(doc, lines[index + 1 :], rest, kind[1])
                last = header.subject or (header.name_lines[-1] if header.name_lines else rest)
                header.end = last.end
                break
        if not seen_number_or_date and rest.text.isupper():
            header.issuer_lines.append(rest)
    if header.kind is None:
        header.kind = header.number_kind
        header.subject = next((line for line in lines[:8] if _SUBJECT.match(line.text) and "v/v" in line.key), None)
        header.end = max((line.end for line in lines[:4]), default=0)
        if header.subject is not None:
            header.end = max(header.end, header.subject.end)
    return header


def _strip_mottos(line: Line, header: Header) -> Line | None:
    """The words of the line before the motto block (an issuer may share its line with it: the two
    columns of the header run together); None when nothing comes before it."""
    first = len(line.key)
    for motto in _mottos():
        at = line.key.find(motto)
        if at >= 0:
            header.motto = True
            header.party = header.party or motto.startswith("đảng")
            first = min(first, at)
    if first == len(line.key):
        return line
    kept_words = len(line.key[:first].split())
    if not kept_words:
        return None
    end = line.start + _prefix_length(line.text, kept_words)
    text = line.text[: end - line.start]
    return Line(line.start, end, text, _key(text))


def _prefix_length(text: str, words: int) -> int:
    """Characters of `text` up to the end of its first `words` whitespace-separated words."""
    position = 0
    for count, match in enumerate(re.finditer(r"\S+", text), 1):
        position = match.end()
        if count == words:
            break
    return position


def _read_number(doc: Document, line: Line, header: Header) -> bool:
    lead = _NUMBER_LINE.match(doc.view, line.start, line.end)
    if lead is None:
        return False
    symbol = SYMBOL.search(doc.view, lead.end(), line.end)
    if symbol is None or symbol.start() - lead.end() > 8:
        return False
    parsed = read_symbol(symbol)
    header.number = Line(symbol.start(), symbol.end(), doc.text[symbol.start() : symbol.end()], "")
    header.number_key = parsed.key if parsed else None
    if lead.group("law"):
        header.number_kind = "Luật" if "luật" in lead.group("law").lower() else "Pháp lệnh"
    return True


def _after(doc: Document, line: Line, number: Line | None) -> Line | None:
    """What is left of the line after the number (a place and date may follow it on the same line)."""
    if number is None or number.end >= line.end:
        return None
    start = number.end
    while start < line.end and not doc.text[start].isalpha():
        start += 1
    if start >= line.end:
        return None
    return Line(start, line.end, doc.text[start : line.end], _key(doc.text[start : line.end]))


def _read_place_date(doc: Document, line: Line, header: Header) -> bool:
    match = _PLACE_DATE.search(doc.view, line.start, line.end)
    if match is None:
        return False
    found = date_at(doc.view, match.end(), None)
    if found is None or found[0] is None:
        return False
    header.date = found[0]
    header.place = " ".join(doc.text[match.start("place") : match.end("place")].split())
    return True


def _kind_heading(line: Line) -> tuple[str, int] | None:
    """(kind, words of the kind) when the line opens with a type word in capitals (`NGHỊ QUYẾT`)."""
    if not line.text[:1].isupper() or not line.text.split()[0].isupper():
        return None
    words = line.key.split()
    kinds = _kinds()
    for size in (4, 3, 2, 1):
        if len(words) >= size and " ".join(words[:size]) in kinds:
            return kinds[" ".join(words[:size])], size
    return None


def _name_lines(
    doc: Document, following: list[Line], kind_line: Line, kind_words: int
) -> tuple[list[Line], Line | None]:
    """The name written after the kind heading (on its line or the next capitals lines) and the
    trích yếu (`V/v …`, `Về việc …`, or a lower-case line right under the heading)."""
    names: list[Line] = []
    rest_start = kind_line.start + _prefix_length(kind_line.text, kind_words)
    rest = doc.text[rest_start : kind_line.end].strip()
    if rest:
        start = doc.text.index(rest, rest_start)
        names.append(Line(start, start + len(rest), rest, _key(rest)))
    subject = None
    for line in following[:3]:
        # `Về việc …`, `V/v …`; a Party document's trích yếu opens in lower case (`thực hiện Nghị quyết …`)
        if _SUBJECT.match(line.text) or (not names and line.text[:1].islower()):
            subject = line
            break
        if line.text.isupper() and not names:
            names.append(line)
            continue
        break
    return names, subject
