"""The header of an official document (Nghị định 30/2020/NĐ-CP, Phụ lục I; Party documents: Hướng dẫn
36-HD/VPTW): the issuer block, the national motto or the Party's heading, `Số:`/`Luật số:`, the place
and date line, the kind heading (`QUYẾT ĐỊNH`, `LUẬT`) with its name or trích yếu (`V/v …`, `Về việc …`).

A scraped or converted document comes in many shapes — one line per field, the two columns of the
header run together on one line, table cells joined by `|` (or only the first line of each cell), the
source's hard line breaks kept inside the fields (`ỦY` / `BAN NHÂN DÂN`, `Sơn` / `La, ngày …`), the
header in normal case, the whole document in one paragraph — so the broken lines are joined again
and each field is found by its own pattern within the first lines, not by its position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from vnreport import regexes
from vnreport.extract.dates import date_at
from vnreport.extract.dates.lexicon import WeekdayRow
from vnreport.extract.documents.symbols import SYMBOL, read_symbol
from vnreport.extract.selfdoc.casing import normal_case, opens_with_body_or_title
from vnreport.lexicon import DocumentKindRow, load_list, load_rows
from vnreport.segment.dictionary import is_word
from vnreport.segment.document import Document
from vnreport.text import fold

HEADER_LINES = 16  # the header fits in the first lines of a document
MAX_HEADER_LINE = 160  # characters: a header field is a short line; a long one is running text
MAX_MOTTO_LINE = 400  # a line with the motto may carry the whole header run together
LEAD_LINES = 40  # a page's title and a news lead before the document take fewer paragraphs
_CELL = regexes.compile(r"[^|\t]+")  # table cells flattened by the page: joined by `|` or tabs
_DECORATION = regexes.compile(r"[-_*=~.·•]{2,}|\*")
_DECORATION_MARKS = frozenset("-_*=~·•")
_TRAILING_DECORATION = regexes.compile(r"\s+[-_*=~·•]{3,}\s*$")
_NUMBER_LINE = regexes.compile(r"(?i)(?:(?P<law>luật|pháp\s+lệnh)\s+)?số\s*(?::\s*)?")
_PLACE_DATE = regexes.compile(r"(?P<place>[^\W\d_][^,|:;]{1,40}?)(?:\s*(?:,\s*)?(?i:ngày)\s+|\s*,\s*(?=\d))")
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")
_DATE_CUE = regexes.compile(r"\s*,\s*(?i:ngày)\s+\d")
_TRAILING_STAR = regexes.compile(r"\s+\*+$")  # the Party's star under its issuer block
_LEADING_DECORATION = regexes.compile(r"[-_*=~·•]{3,}\s+")
_INNER_NUMBER = regexes.compile(r"\s(?:Số|SỐ)\s*(?::\s*)?(?=\d)")
_BLANK_DATE = regexes.compile(r"(?i)[\s._…]*tháng[\s._…\d]*năm[\s._…]*(?:\d{4})?[\s.|]*$")  # `ngày … tháng … năm 2024`
_UNIT_WORDS = frozenset({"tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "thị", "trấn", "đặc", "khu"})
_SUBJECT = regexes.compile(r"(?i)^\s*(?:v/v|về\s+việc|về)\s*(?::\s*)?")


@cache
def _kinds() -> dict[str, str]:
    """Type words in lower case, spaces collapsed (`nghị quyết`) → the kind (`Nghị quyết`)."""
    return {" ".join(r.word.lower().split()): r.kind for r in load_rows("documents_kinds.tsv", DocumentKindRow)}


@cache
def _mottos() -> tuple[str, ...]:
    """The mottos' words, folded, in lower case, hyphens aside (`độc lập tự do hạnh phúc`): a page may
    write `Độc lập -Tự do- Hạnh phúc`."""
    return tuple(_loose(m) for m in load_list("selfdoc_mottos.txt"))


_WORD = regexes.compile(r"[^\s\-–—]+")


def _loose(text: str) -> str:
    return " ".join(_WORD.findall(fold(text).lower()))


@cache
def _motto_cues() -> tuple[str, ...]:
    """A cheap look before folding: each motto's first word and the next word's first letter, in lower
    case as written (`cộng h` matches `CỘNG HÒA` and `CỘNG HOÀ`)."""
    words = (m.lower().split() for m in load_list("selfdoc_mottos.txt"))
    return tuple(f"{w[0]} {w[1][0]}" for w in words if len(w) > 1)


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
    enacting: Line | None = None  # the capitals line under the name: `HỘI ĐỒNG NHÂN DÂN TỈNH …`, `CHỦ TỊCH …`
    end: int = 0  # where the body begins

    enacted: bool = False  # the enacting body under the name, the body's first sentence under it

    @property
    def signals(self) -> int:
        dated = self.date is not None or self.place is not None
        return sum((self.motto, self.number is not None, dated, self.kind is not None, self.enacted))


def _window(doc: Document) -> int:
    """How many paragraphs the header may take: the first ones, or up to some after the first mark of a
    header (the motto, a `Số:` line) when a page's title and a news lead come before it."""
    for index, paragraph in enumerate(doc.paragraphs[:LEAD_LINES]):
        head = doc.text[paragraph.start : min(paragraph.end, paragraph.start + MAX_MOTTO_LINE)]
        if _number_at(head) or _has_motto(head):
            return max(HEADER_LINES, index + HEADER_LINES - 4)
    return HEADER_LINES


def _has_motto(text: str) -> bool:
    """The motto or the Party's heading in the text (a cheap look at its words first)."""
    low = " ".join(text.lower().split())  # a page's no-break spaces too
    if not any(cue in low for cue in _motto_cues()):
        return False
    loose = _loose(text)
    return any(m in loose for m in _mottos())


def _number_at(text: str) -> bool:
    """`Số: 125/KH-UBND`, `Số 12-NQ/TU` opening the text."""
    lead = _NUMBER_LINE.match(text)
    symbol = SYMBOL.search(text, lead.end(), lead.end() + 40) if lead else None
    return symbol is not None and symbol.start() - lead.end() <= 8  # type: ignore[union-attr]


def header_lines(doc: Document) -> list[Line]:
    """The cells of the first paragraphs (up to 400 characters), decorations (`-------`, `***`) left out."""
    lines: list[Line] = []
    budget = _window(doc)
    for paragraph in doc.paragraphs[: 3 * budget]:
        budget -= _counts(doc, paragraph.start, paragraph.end)
        if budget < 0:
            break
        cells = (
            span
            for cell in _CELL.finditer(doc.text, paragraph.start, paragraph.end)
            for span in _run_together(doc, cell.start(), cell.end())
        )
        for start, end in cells:
            while start < end and (doc.text[start].isspace() or doc.text[start] in _INVISIBLE):
                start += 1  # a zero-width space or a byte-order mark a page leaves before a field
            while end > start and (doc.text[end - 1].isspace() or doc.text[end - 1] in _INVISIBLE):
                end -= 1
            if end - start > MAX_MOTTO_LINE:
                continue
            leading = _LEADING_DECORATION.match(doc.text, start, end)  # `--------- Hà Nội, ngày …`
            if leading and not _DECORATION.fullmatch(doc.text[start:end].replace(" ", "")):
                start = leading.end()
            text = doc.text[start:end]
            decoration = _TRAILING_DECORATION.search(text) if text[-1:] in _DECORATION_MARKS else None
            if decoration:
                end = start + decoration.start()
                text = doc.text[start:end]
            if not text or _DECORATION.fullmatch(text.replace(" ", "")):
                continue
            # a long line holds no field but the name (lower case is key enough there; folding costs)
            key = _key(text) if len(text) <= MAX_HEADER_LINE else " ".join(text.lower().split())
            lines.append(Line(start, end, text, key))
    return _unwrapped(doc, lines)


_SPACE_OR_MARK = regexes.compile(r"[\s|:;,.\-]*")
_BODY_CUE = regexes.compile(
    r"(?:Căn\s+cứ|Xét\s+đề\s+nghị|Theo\s+đề\s+nghị|QUYẾT\s+NGHỊ\s*:|QUYẾT\s+ĐỊNH\s*:|Điều\s+1\.)"
)


def _run_together(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """A cell that holds the header, the name, the enacting authority and the body run together (a page
    that joins the paragraphs: `… QUYẾT ĐỊNH Về việc … CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH … Căn cứ …`, or a
    text that opens with `NGHỊ QUYẾT <name> QUỐC HỘI Căn cứ …`): the head up to the first sentence of the
    body, its enacting authority in capitals apart, then the body. Other cells stay whole."""
    cue = _BODY_CUE.search(doc.text, start, min(end, start + MAX_MOTTO_LINE + 20))
    if cue is None or cue.start() - start < 8:
        return [(start, end)]
    head = doc.text[start : cue.start()]
    first = _WORD.match(head)
    opening = Line(start, cue.start(), head, _key(head[:40]))
    if first is None or not (_has_motto(head) or (head.split()[0].isupper() and _kind_heading(opening))):
        return [(start, end)]
    words = list(re.finditer(r"\S+", head))
    run = len(words)
    while run > 1 and words[run - 1].group().isupper():
        run -= 1
    for at in range(max(run, 1), len(words)):
        if opens_with_body_or_title(head[words[at].start() :]):
            return [(start, start + words[at].start()), (start + words[at].start(), cue.start()), (cue.start(), end)]
    return [(start, cue.start()), (cue.start(), end)]


_LINE_BREAK = regexes.compile(r"[^\S\n]*\n[^\S\n]*")  # one line break, no cell mark or rule between
_OPEN_DATE = regexes.compile(r"(?i)(?:^|[\s,])ngày(?:\s+\d{1,2})?(?:\s+tháng(?:\s+\d{1,2})?)?\s*$")
_DAY_FIRST = regexes.compile(r"(?i)ngày\s+\d")
_DATE_GOES_ON = regexes.compile(r"(?i)(?:\d|tháng\s|năm\s)")


def _unwrapped(doc: Document, lines: list[Line]) -> list[Line]:
    """The cells with the lines a page broke inside a field joined again (a site that keeps the source's
    hard line breaks: `ỦY` / `BAN NHÂN DÂN`, `CỘNG HÒA XÃ HỘI` / `CHỦ NGHĨA VIỆT NAM`, `Số:` / `45/QĐ-UBND`,
    `Sơn` / `La, ngày 16 tháng 11` / `năm 2023`). Lines apart by a cell mark (`|`) or a rule stay apart."""
    joined: list[Line] = []
    for line in lines:
        last = joined[-1] if joined else None
        if last is not None and _LINE_BREAK.fullmatch(doc.text, last.end, line.start) and _wraps(last, line):
            text = doc.text[last.start : line.end]
            joined[-1] = Line(last.start, line.end, text, _key(text))
        else:
            joined.append(line)
    return joined


def _wraps(line: Line, following: Line) -> bool:
    """Whether `following` goes on with the field `line` breaks off: the first words of the motto, a
    place-and-date line cut inside its date, or a lone word of a capitals line, a place's name or `Số:`."""
    if len(line.text) > MAX_HEADER_LINE or len(following.text) > MAX_MOTTO_LINE:
        return False
    if _OPEN_DATE.search(line.text) and _DATE_GOES_ON.match(following.text + " "):
        return True
    if line.text.endswith(",") and _place_like(line.text[:-1]) and _DAY_FIRST.match(following.text):
        return True  # `Hà Tĩnh,` / `ngày 5 tháng 3 năm 2024`
    loose = _loose(line.text)
    if loose and any(m.startswith(loose + " ") for m in _mottos()):
        both = f"{loose} {_loose(following.text)}"
        return any(m.startswith(both) or both.startswith(m) for m in _mottos())
    words = line.text.split()
    if len(words) > 1:
        return _word_broken(line, following) or _place_broken(line, following)
    if not words or not words[0][:1].isalpha() or _kind_heading(line) is not None:
        return False
    first = following.text[:1]
    if words[0].endswith(":"):  # `Số:` / `45/2022/QĐ-UBND`
        return first.isdigit()
    if not first.isalpha() or _has_motto(following.text) or _number_at(following.text):
        return False
    head = following.text.split()[0]
    return head.isupper() if words[0].isupper() else head[:1].isupper() and not head.isupper()


_TWO_WORDS = regexes.compile(r"[^\W\d_]\w*[^\S\n]+\w")


def _counts(doc: Document, start: int, end: int) -> int:
    """Whether a paragraph takes a line of the header's window: a cell mark (`|`), a rule or a lone word
    of a line a page broke (`ỦY` / `BAN NHÂN DÂN`) takes none."""
    return 1 if _TWO_WORDS.search(doc.text, start, min(end, start + MAX_HEADER_LINE)) else 0


def _field_line(line: Line) -> bool:
    """A line that may hold a field of the header: a short one, or one with the motto (the header run
    together); a longer line is running text (a news lead), or a long name under the kind heading."""
    return len(line.text) <= MAX_HEADER_LINE or _has_motto(line.text)


def read_header(doc: Document, lines: list[Line] | None = None, skip: frozenset[int] = frozenset()) -> Header:
    """The header's fields from its cells (`lines`, by default `header_lines(doc)`); the cells that
    start at an offset of `skip` (a site's properties table) are no part of it."""
    header = Header()
    lines = header_lines(doc) if lines is None else lines
    seen_number_or_date = issuer_last = early_date = False
    last_field = -1  # the line of the last number or date read
    for index, line in enumerate(lines):
        if line.start in skip or not _field_line(line):
            continue
        pieces = (p for part in _strip_mottos(line, header) for p in _split_at_number(doc, part))
        for rest in (p for piece in pieces for p in _split_at_place(doc, piece)):
            if header.number is None and _read_number(doc, rest, header):
                seen_number_or_date, issuer_last, last_field = True, False, index
                after = _after(doc, rest, header.number)
                if after is None:
                    continue
                rest = after
            # a date line before any other field (a page's own `Hà Nội, ngày 16/12/2024`) gives way to a later one
            open_date = (header.date is None and header.place is None) or early_date
            date_end = _read_place_date(doc, rest, header) if open_date else None
            if date_end is not None:
                early_date = not (header.motto or header.number or header.issuer_lines or early_date)
                seen_number_or_date, issuer_last, last_field = not early_date, False, index
                after = _after_offset(doc, rest, date_end)  # `Hà Nội, ngày … Số 45-CT/TU`, `… QUYẾT ĐỊNH Về …`
                if after is None:
                    continue
                if header.number is None and _read_number(doc, after, header):
                    after = _after(doc, after, header.number)
                    if after is None:
                        continue
                elif header.kind is not None or _kind_heading(after) is None:
                    continue
                rest = after
            kind = None
            if header.kind is None:
                kind = _kind_heading(rest) or (_bare_kind(rest) if header.motto or header.number else None)
            if kind is not None and not _page_title(header, lines[index + 1 : index + HEADER_LINES]):
                header.kind, header.kind_line = kind[0], rest
                name_start = rest.start + _prefix_length(rest.text, kind[1])
                tail = _after_offset(doc, rest, name_start)
                if tail is not None and header.number is None and _read_number(doc, tail, header):
                    name_start = header.number.end if header.number else name_start  # `NGHỊ QUYẾT SỐ 15/…`
                header.name_lines, header.subject = _name_lines(doc, lines[index + 1 :], rest, name_start)
                last = header.subject or (header.name_lines[-1] if header.name_lines else rest)
                last = _dated_below(doc, lines, last, header)
                header.end = last.end
                header.enacting = next((line for line in lines[index + 1 :] if line.start >= last.end), None)
                if header.enacting is not None and not header.enacting.text.isupper():
                    header.enacting = None
                header.enacted = _enacted(doc, header.enacting) and _opens_the_text(doc, rest.start)
                return header
            # the issuer block; the right column may come first (`CỘNG HÒA …` / `… ngày …` / `ỦY BAN …`)
            open_block = not seen_number_or_date or not header.issuer_lines or issuer_last
            issuer_last = kind is None and (rest.text.isupper() or _named_body(rest)) and open_block
            if issuer_last:
                header.issuer_lines.append(rest)
    if header.kind is None:
        header.kind = header.number_kind
        fields = [line for line in lines if _field_line(line)]
        header.subject = next((line for line in fields[:8] if _SUBJECT.match(line.text) and "v/v" in line.key), None)
        header.end = max((line.end for line in fields[:4]), default=0)
        if header.subject is not None:
            header.end = max(header.end, header.subject.end)
        elif last_field >= 0:
            header.name_lines = _bare_name(lines[last_field + 1 : last_field + 1 + _NAME_LINES], skip)
            header.end = max([header.end, *(line.end for line in header.name_lines)])
    return header


def _enacted(doc: Document, enacting: Line | None) -> bool:
    """`NGHỊ QUYẾT <name>` / `QUỐC HỘI` / `Căn cứ …`: a body in capitals under the name and the body's
    first sentence right under it — the opening of a document that a page kept without its header."""
    if enacting is None or not opens_with_body_or_title(enacting.text):
        return False
    below = _SPACE_OR_MARK.match(doc.text, enacting.end)
    return below is not None and _BODY_CUE.match(doc.text, below.end()) is not None


def _word_broken(line: Line, following: Line) -> bool:
    """`ỦY BAN NHÂN` / `DÂN TỈNH NGHỆ AN`: a capitals line broken inside a word of two syllables."""
    if not (line.text.isupper() and following.text.isupper()) or _has_motto(following.text):
        return False
    if opens_with_body_or_title(following.text):  # `… VĂN BẢN HÀNH CHÍNH` / `ỦY BAN NHÂN DÂN TỈNH …`
        return False
    last, first = line.text.split()[-1].lower(), following.text.split()[0].lower()
    return last.isalpha() and first.isalpha() and is_word(f"{last} {first}")


def _place_broken(line: Line, following: Line) -> bool:
    """`Thừa Thiên` / `Huế, ngày 27 tháng 02 năm 2017`: a place's name broken before its date."""
    if line.text.isupper() or not _place_like(line.text) or _has_motto(line.text):
        return False
    head = following.text.split(",")[0].split()
    return (
        0 < len(head) <= 3
        and "," in following.text
        and _DATE_CUE.search(following.text) is not None
        and (_place_like(" ".join(head)) and len(line.text.split()) + len(head) <= 6)
    )


def _opens_the_text(doc: Document, start: int) -> bool:
    """Only short lines before `start` (a page's title, a breadcrumb), no news story that quotes the
    document (`… ban hành Quyết định số … Nội dung như sau:`)."""
    for paragraph in doc.paragraphs:
        if paragraph.end > start:
            return True
        text = doc.text[paragraph.start : paragraph.end].rstrip()
        if len(text) > MAX_HEADER_LINE or text.endswith(":"):
            return False
    return True


def _bare_kind(line: Line) -> tuple[str, int] | None:
    """`Quyết định`, `Kế hoạch` alone on the line under the number (a page that writes the header in
    normal case and leaves the capitals to its style sheet)."""
    kind = _kinds().get(line.key)
    return (kind, len(line.key.split())) if kind is not None and line.text[:1].isupper() else None


def _named_body(line: Line) -> bool:
    """`Ủy ban nhân dân tỉnh Quảng Ninh`, `Ủy Ban Nhân Dân Tỉnh Quảng Ninh`, `Sở Y tế`: an issuer's line
    in normal or title case (a page's style sheet writes the capitals): a body's name, spelt as the
    lexicons spell it or with every word capitalised, not a sentence about it."""
    text = " ".join(line.text.split())
    words = text.split()
    if len(words) > 12 or text[-1:] in ".:;,!?" or not opens_with_body_or_title(text):
        return False
    return all(w[:1].isupper() for w in words) or normal_case(text.upper()) == text


def _dated_below(doc: Document, lines: list[Line], last: Line, header: Header) -> Line:
    """The place-and-date line under the name (a page that moves it below the title), when the header
    gave none; else `last`."""
    if header.date is not None or header.place is not None:
        return last
    below = next((line for line in lines if line.start >= last.end), None)
    if below is None or len(below.text) > MAX_HEADER_LINE or _read_place_date(doc, below, header) is None:
        return last
    return below


def _bare_name(following: list[Line], skip: frozenset[int]) -> list[Line]:
    """The name in capitals right under the number and date when the page kept no kind heading (the
    first line of each cell only: `Số: 41/2023/QĐ-UBND | Quảng Trị, ngày …` / `BAN HÀNH QUY ĐỊNH …`),
    not the enacting authority (`ỦY BAN NHÂN DÂN TỈNH …`), the motto or a heading of the body."""
    names: list[Line] = []
    for line in following:
        if line.start in skip or not line.text.isupper() or _has_motto(line.text) or _body_heading(line):
            break
        if not _name_continues(line) or _number_at(line.text):
            break
        names.append(line)
    return names


def _page_title(header: Header, following: list[Line]) -> bool:
    """A kind heading before any field of the header (`QUYẾT ĐỊNH PHÊ DUYỆT …` as the page's title) when
    the header itself (a `Số:` line or the motto) comes after it."""
    if header.motto or header.number is not None or header.date is not None or header.issuer_lines:
        return False
    return any(
        _NUMBER_LINE.match(line.text) or (_has_motto(line.text) and not _BODY_CUE.match(line.text))
        for line in following
    )  # not `Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;`


def _split_at_number(doc: Document, line: Line) -> list[Line]:
    """`ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH Số: 125/KH-UBND` (a column of the header run together): the
    issuer in capitals, then the number line."""
    inner = _INNER_NUMBER.search(line.text)
    if inner is None or not line.text[: inner.start()].strip().isupper():
        return [line]
    start = line.start + inner.start() + 1
    head = line.text[: inner.start()].rstrip()
    # `ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN ------- Số: …`, `ĐẢNG BỘ TỈNH … TỈNH ỦY * Số …`
    rule = _TRAILING_DECORATION.search(head) or _TRAILING_STAR.search(head)
    head_end = line.start + (rule.start() if rule else len(head))
    head, tail = doc.text[line.start : head_end], doc.text[start : line.end]
    first = Line(line.start, head_end, head, _key(head))
    if _kind_heading(first) is not None:  # `NGHỊ QUYẾT SỐ 15/2024/NQ-HĐND`: the heading reads its number
        return [line]
    return [first, Line(start, line.end, tail, _key(tail))]


def _split_at_place(doc: Document, line: Line) -> list[Line]:
    """`ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH Quảng Ninh, ngày 15 tháng 3 năm 2024`: the issuer in capitals,
    then the place (its words in normal case) and date."""
    cue = _DATE_CUE.search(line.text)
    if cue is None:
        return [line]
    words = list(re.finditer(r"\S+", line.text[: cue.start()]))
    first = len(words)
    while first > 0 and len(words) - first < 6 and not words[first - 1].group().isupper():
        first -= 1
    if 0 < first < len(words) and words[first - 1].group().endswith("."):
        first -= 1  # `TP. Hồ Chí Minh`
    if first < 2 or first == len(words) or not line.text[: words[first - 1].end()].isupper():
        return [line]  # an issuer has two words at least (`CHÍNH PHỦ`); `TP Hồ Chí Minh` is the place
    head_end, start = line.start + words[first - 1].end(), line.start + words[first].start()
    head, tail = doc.text[line.start : head_end], doc.text[start : line.end]
    return [Line(line.start, head_end, head, _key(head)), Line(start, line.end, tail, _key(tail))]


def _strip_mottos(line: Line, header: Header) -> list[Line]:
    """The words of the line before and after the motto block (an issuer, a place and date may share
    its line with it: the two columns of the header run together)."""
    spans: list[tuple[int, int]] = []
    if not _has_motto(line.text):
        return [line]
    loose = f" {_loose(line.text)} "
    for motto in _mottos():
        at = loose.find(f" {motto} ")
        if at >= 0:
            header.motto = True
            header.party = header.party or motto.startswith("đảng")
            spans.append((len(loose[:at].split()), len(loose[:at].split()) + len(motto.split())))
    if not spans:
        return [line]
    words = list(_WORD.finditer(line.text))
    kept: list[Line] = []
    position = 0
    for first, last in [*sorted(spans), (len(words), len(words))]:
        if first > position:
            start, end = line.start + words[position].start(), line.start + words[first - 1].end()
            text = line.text[start - line.start : end - line.start]
            kept.append(Line(start, end, text, _key(text)))
        position = max(position, last)
    return kept


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
    if number is None:
        return None
    return _after_offset(doc, line, number.end)


def _after_offset(doc: Document, line: Line, start: int) -> Line | None:
    if start >= line.end:
        return None
    while start < line.end and not doc.text[start].isalpha():
        start += 1
    if start >= line.end:
        return None
    return Line(start, line.end, doc.text[start : line.end], _key(doc.text[start : line.end]))


def _read_place_date(doc: Document, line: Line, header: Header) -> int | None:
    """`Hà Tĩnh, ngày 05 tháng 3 năm 2024`, `TP. Hồ Chí Minh, ngày 05/3/2024` opening the cell: a place
    in capitalised words, the date ending the cell (or a kind heading after it). A news lead's `Chiều
    nay, ngày 5/3, …` is none. A date left blank (`ngày … tháng … năm 2024`) still gives the place."""
    match = _PLACE_DATE.match(doc.view, line.start, line.end)
    if match is None or not _place_like(doc.text[match.start("place") : match.end("place")]):
        return None
    place = " ".join(doc.text[match.start("place") : match.end("place")].split())
    found = _date_in(doc, line, match.end())
    if found is None or found[0] is None:
        blank = _BLANK_DATE.match(doc.view, match.end(), line.end)
        if blank is None:
            return None
        header.place = place
        return blank.end()
    rest = doc.text[found[1] : line.end].strip(" .,;|)")
    if rest and not rest.split()[0].isupper() and not _number_at(rest):  # a kind heading or `Số:` after it
        return None
    header.date, header.place = found[0], place
    return found[1]


def _date_in(doc: Document, line: Line, at: int) -> tuple[str | None, int] | None:
    """The date written at `at`, within a line a page broke (`ngày 25` / `tháng 4 năm 2024`)."""
    if "\n" not in line.text:
        return date_at(doc.view, at, None)
    found = date_at(doc.view[line.start : line.end].replace("\n", " "), at - line.start, None)
    return None if found is None else (found[0], found[1] + line.start)


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(" ".join(r.phrase.lower().split()) for r in load_rows("dates_weekdays.tsv", WeekdayRow))


def _place_like(text: str) -> bool:
    """`Hà Nội`, `TP. Hồ Chí Minh`, `thành phố Huế`: capitalised words (unit words aside), six at most;
    not a weekday (a page's own date line, `Thứ Hai, ngày 16/12/2024`, before the document)."""
    words = text.split()
    if not words or len(words) > 6 or not words[0][:1].isupper():
        return False
    if " ".join(words).lower() in _weekdays():
        return False
    return all(w[:1].isupper() or w.lower() in _UNIT_WORDS or w in ("-", "–") for w in words)


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
    doc: Document, following: list[Line], kind_line: Line, rest_start: int
) -> tuple[list[Line], Line | None]:
    """The name written after the kind heading (on its line or the next capitals lines, up to the
    enacting authority `HỘI ĐỒNG NHÂN DÂN TỈNH …`, `CHỦ TỊCH …`) and the trích yếu (`V/v …`, `Về việc …`,
    a lower-case line right under the heading, or one in sentence case: `Triển khai thực hiện …`), with
    the lower-case lines that continue it."""
    names: list[Line] = []
    rest = doc.text[rest_start : kind_line.end].strip()
    if rest:
        start = doc.text.index(rest, rest_start)
        on_heading = Line(start, start + len(rest), rest, _key(rest))
        if _SUBJECT.match(rest) or not rest.isupper():  # `NGHỊ QUYẾT Về việc …` on one line
            return names, _continued(doc, on_heading, following[:_NAME_LINES])
        names.append(on_heading)
    for index, line in enumerate(following[: _NAME_LINES + 2]):
        if index >= _NAME_LINES and not (names and _broken_off(names[-1])):
            break  # a fourth or fifth line only where the line before it breaks off (`… CỦA`)
        if not names and (_SUBJECT.match(line.text) or line.text[:1].islower() or _sentence_title(line)):
            return names, _continued(doc, line, following[index + 1 : index + _NAME_LINES])
        if not names and index == 0 and _by_body(line):
            continue  # `NGHỊ QUYẾT` / `CỦA BỘ CHÍNH TRỊ` / `về …`: the body that issues it, not its name
        goes_on = not names or _broken_off(names[-1]) or _name_continues(line)
        if line.text.isupper() and not _body_heading(line) and goes_on:
            names.append(line)
            continue
        break
    return names, None


def _broken_off(line: Line) -> bool:
    """`… NGÀY 16 THÁNG 7 NĂM 2021 CỦA` / `THỦ TƯỚNG CHÍNH PHỦ …`: a name line that ends on a word no
    name ends on (a page's line break inside the name), so the next line goes on with it even when it
    opens with a body or a title."""
    words = line.key.split()
    return bool(words) and words[-1] in _continuers()


@cache
def _continuers() -> frozenset[str]:
    return frozenset(_key(w) for w in load_list("selfdoc_name_continuers.txt"))


_NAME_LINES = 3
_BODY_OPENER = regexes.compile(
    r"(?i)(?:căn\s+cứ|kính\s+gửi|điều\s+\d|chương\s+[ivxlc\d]|phần\s+\w+|khó[aá]\s+\w+|kỳ\s+họp"
    r"|[ivxlc]+\.|[a-zđ]\.|\d+\.|[a-zđ]\))(?!\w)"
)


def _sentence_title(line: Line) -> bool:
    """`Triển khai thực hiện …`, `Quy định mức hỗ trợ …` under the heading: a line in sentence case that
    is no sentence of the body (no `Căn cứ …`, no numbered item, no final `.` or `:`)."""
    text = line.text.rstrip()
    if not text[:1].isupper() or text.isupper() or text.endswith((".", ":", ";", ",")):
        return False
    return _BODY_OPENER.match(text) is None


def _continued(doc: Document, first: Line, following: list[Line]) -> Line:
    """The trích yếu with the lower-case lines that continue it (`Về việc phê duyệt …` / `giai đoạn …`)."""
    last = first
    for line in following:
        if not line.text[:1].islower() or last.text.rstrip().endswith((".", ":", ";")):
            break
        last = line
    if last is first:
        return first
    text = doc.text[first.start : last.end]
    return Line(first.start, last.end, text, _key(text))


def _name_continues(line: Line) -> bool:
    """A second capitals line of the name (`ĐẾN NĂM 2045`), not the enacting authority, the session line
    (`KHÓA XIX, KỲ HỌP THỨ 22`), `QUYẾT NGHỊ:` or a heading of the body (`I. MỤC ĐÍCH`, `CHƯƠNG I`)."""
    if _kind_heading(line) is not None:
        return False
    return not (_by_body(line) or opens_with_body_or_title(line.text))


def _body_heading(line: Line) -> bool:
    """`I. MỤC ĐÍCH, YÊU CẦU`, `A. MỤC TIÊU`, `CHƯƠNG I`, `PHẦN I`, `KHÓA XIX, KỲ HỌP THỨ 22`,
    `QUYẾT NGHỊ:`: a line of the body, not of the name."""
    text = line.text.rstrip()
    return text.endswith(":") or bool(_BODY_OPENER.match(text))


def _by_body(line: Line) -> bool:
    """`CỦA BỘ CHÍNH TRỊ`, `CỦA QUỐC HỘI KHÓA XII, KỲ HỌP THỨ 5`: the body that issues the document (not
    an old law's `CỦA QUỐC HỘI SỐ 21-LCT/HĐNN8 … VỀ BẢO VỆ SỨC KHOẺ NHÂN DÂN`, which names it)."""
    words = line.text.split(None, 1)
    if not line.key.startswith("của ") or len(words) < 2 or _NAMES_IT.search(line.key):
        return False
    return opens_with_body_or_title(words[1])


_NAMES_IT = regexes.compile(r"(?<!\w)(?:số|về)(?!\w)")
