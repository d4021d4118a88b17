"""The signature block and the recipients at the end of an official document.

State form: `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / *(signature)* / `Nguyễn Văn A`;
Party form with slashes: `T/M BAN THƯỜNG VỤ` / `PHÓ BÍ THƯ`; a law: `CHỦ TỊCH QUỐC HỘI` / `Nguyễn
Phú Trọng`; old laws give the name alone, then `(Đã ký)`. The lines may also run together on one line.
The name is the last line of the block, often in capitals; `Nơi nhận:` lists the recipients, one
`- …;` each, before or after the block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vnreport import regexes
from vnreport.extract.names import surnames, title_matcher
from vnreport.extract.officials.lexicon import AuthorityRow
from vnreport.extract.selfdoc.casing import normal_case
from vnreport.lexicon import load_list, load_rows
from vnreport.report.model import Mention, Signer
from vnreport.segment.document import Document
from vnreport.segment.tokens import scan
from vnreport.text import fold, match_view

TAIL_LINES = 40  # the recipients are within the last lines
_MAX_NAME_WORDS = 6
_RECIPIENTS = regexes.compile(r"(?i)^\s*nơi\s+nhận\s*:?\s*")
_CELL = regexes.compile(r"[^|\t]+")
_ITEM_MARK = regexes.compile(r"(?:^|\s)[-–+•]\s*")


@cache
def _authorities() -> dict[str, str]:
    return {r.written: r.canonical for r in load_rows("selfdoc_authorities.tsv", AuthorityRow)}


@cache
def _authority_pattern() -> re.Pattern[str]:
    written = sorted(_authorities(), key=lambda p: (-len(p), p))
    return regexes.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in written) + r")\s*")


@cache
def _notes() -> frozenset[str]:
    return frozenset(" ".join(fold(n).lower().split()) for n in load_list("selfdoc_signature_notes.txt"))


@dataclass
class _Line:
    start: int
    end: int
    text: str


def _cells(doc: Document, start: int, end: int) -> list[_Line]:
    """The cells of a paragraph: the page may flatten the table of the signature and the recipients into
    one line, cells joined by `|` or tabs (`- Lưu: VT.<TAB>KT. CHỦ TỊCH`); blank cells left out."""
    lines = []
    for cell in _CELL.finditer(doc.text, start, end):
        a, b = cell.start(), cell.end()
        while a < b and doc.text[a].isspace():
            a += 1
        while b > a and doc.text[b - 1].isspace():
            b -= 1
        if a < b:
            lines.append(_Line(a, b, doc.text[a:b]))
    return lines


def _tail_lines(doc: Document) -> list[_Line]:
    return [line for p in doc.paragraphs[-TAIL_LINES:] for line in _cells(doc, p.start, p.end)]


def _is_note(text: str) -> bool:
    return " ".join(fold(text).lower().split()) in _notes()


def name_span(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The span of a personal name at the end of `text[start:end]` (any case): a surname, then one to
    five syllables, each capitalised."""
    words = list(re.finditer(r"\S+", doc.text[start:end]))
    for size in range(min(_MAX_NAME_WORDS, len(words)), 1, -1):
        chosen = words[len(words) - size :]
        first = chosen[0].group()
        if _surname(first) and all(w.group()[0].isupper() and w.group().isalpha() for w in chosen):
            return start + chosen[0].start(), start + chosen[-1].end()
    return None


def _surname(word: str) -> bool:
    return word in surnames() or word.capitalize() in surnames()


def read_signature(doc: Document, body_end: int) -> Signer | None:
    """The signer of the document: the last personal name after the last article that stands as a
    signature does — a capitals position or an authority above it (or before it on its line), or a
    signature note (`(Đã ký)`) under it — with the position and authority read from those lines."""
    lines = [line for line in _lines_after(doc, body_end) if line.text.strip()]
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if _is_note(line.text) or _RECIPIENTS.match(line.text) or _is_item(line.text):
            continue
        span = name_span(doc, line.start, _before_note(doc, line))
        if span is None or not _looks_signed(doc, lines, index, span):
            continue
        name = " ".join(doc.text[span[0] : span[1]].split())
        mention = Mention(text=doc.text[span[0] : span[1]], start=span[0], end=span[1])
        signer = Signer(name=_name_case(name), mention=mention)
        above = [(index, doc.text[line.start : span[0]].strip())] + [
            (k, lines[k].text.strip()) for k in range(index - 1, max(-1, index - 6), -1)
        ]
        kept = [(k, a) for k, a in above if a and not _is_note(a)]
        used = _read_position(signer, [a for _, a in kept])
        first = lines[kept[used - 1][0]].start if used else span[0]
        signer.block = Mention(text=doc.text[first : span[1]], start=first, end=span[1])
        return signer
    return None


def _lines_after(doc: Document, start: int) -> list[_Line]:
    """The cells after `start`, without the recipients (`Nơi nhận:` and its `- …` items), which a
    flattened table interleaves with the signature block."""
    cells = [line for p in doc.paragraphs if p.start >= start for line in _cells(doc, p.start, p.end)]
    return [line for line in cells if not (_RECIPIENTS.match(line.text) or _is_item(line.text))]


def _looks_signed(doc: Document, lines: list[_Line], index: int, span: tuple[int, int]) -> bool:
    """A name that ends its line, with nothing before it but a position or an authority, and a
    position or authority line above it or a signature note under it."""
    before = doc.text[lines[index].start : span[0]].strip()
    after = doc.text[span[1] : lines[index].end].strip()
    if after and not _is_note(after):  # `Nguyễn Văn An (Đã ký)`
        return False
    if before and not _is_note(before):
        return _is_position(before)
    above = next((lines[k].text.strip() for k in range(index - 1, -1, -1) if not _is_note(lines[k].text)), "")
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    return _is_position(above) or _is_note(below)


def _is_position(text: str) -> bool:
    """A line of a signature block above the name: an authority, or a position in capitals."""
    if _authority_pattern().search(text):
        return True
    if not text.isupper():
        return _whole_title(text)
    view = match_view(text)
    tokens = scan(view, 0, len(view))
    return any(title_matcher().length(tokens, i) for i in range(len(tokens)))


def _whole_title(text: str) -> bool:
    """`Phó Chủ tịch`, `Giám đốc`: a position in normal case, the whole line (a page that lowered the
    block's capitals)."""
    view = match_view(text.strip())
    tokens = scan(view, 0, len(view))
    return bool(tokens) and text.strip()[:1].isupper() and title_matcher().length(tokens, 0) == len(tokens)


def _before_note(doc: Document, line: _Line) -> int:
    """Where the line ends before a signature note written after the name (`Nguyễn Văn An (Đã ký)`)."""
    text = doc.text[line.start : line.end].rstrip()
    if not text.endswith(")"):
        return line.end
    opening = text.rfind("(")
    if opening > 0 and _is_note(text[opening:]):
        return line.start + opening
    return line.end


def _is_item(text: str) -> bool:
    return text.lstrip().startswith(("-", "–", "+", "•"))


def _name_case(name: str) -> str:
    """`NGUYỄN VĂN A` → `Nguyễn Văn A`; a name already in normal case is kept."""
    return " ".join(w.capitalize() for w in name.split()) if name.isupper() else name


def _read_position(signer: Signer, above: list[str]) -> int:
    """Position and authority from the capitals lines above the name, nearest first (the name's own
    line first); how many of them were read."""
    position_lines: list[str] = []
    used = 0
    for count, text in enumerate(above):
        if not text.isupper() and not _authority_pattern().match(text) and not _whole_title(text):
            break
        # the signer's authority is the last one (`TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH` on one line)
        authorities = list(_authority_pattern().finditer(text))
        if authorities:
            authority = authorities[-1]
            signer.authority = _authorities()[authority.group(1)]
            on_behalf = text[authority.end() :].strip()
            if signer.authority == "TM." and on_behalf:
                signer.organization = normal_case(on_behalf)
            elif on_behalf and not position_lines:
                position_lines.insert(0, _last_title(on_behalf))  # `KT. CHỦ TỊCH PHÓ CHỦ TỊCH`
            head = text[: authority.start()].strip()
            if len(authorities) > 1 and _authorities()[authorities[0].group(1)] == "TM.":
                signer.organization = normal_case(text[authorities[0].end() : authority.start()])
            elif head:
                position_lines.insert(0, head)
            used = count + 1
            break
        position_lines.insert(0, text)
        used = count + 1
        if len(position_lines) == 2:
            break
    if position_lines:
        written = position_lines[-1]
        signer.position_text = written
        signer.position = normal_case(written)
    return used


def _last_title(text: str) -> str:
    """`CHỦ TỊCH PHÓ CHỦ TỊCH` → `PHÓ CHỦ TỊCH`: of two titles in a row, the signer's is the last."""
    view = match_view(text)
    tokens = scan(view, 0, len(view))
    starts: list[int] = []
    i = 0
    while i < len(tokens):
        width = title_matcher().length(tokens, i)
        if width:
            starts.append(i)
        i += width or 1
    if len(starts) < 2 or starts[0] != 0:
        return text
    return text[tokens[starts[-1]].start :]


def _items(text: str) -> list[str]:
    """`- Như Điều 3; - Lưu: VT.` → [`Như Điều 3`, `Lưu: VT`]."""
    pieces = (" ".join(p.split()).rstrip(";.,").strip() for p in _ITEM_MARK.split(text))
    return [p for p in pieces if p]


def read_recipients(doc: Document, body_end: int) -> list[str]:
    """The items of `Nơi nhận:`, as written (without the dash and the final `;`)."""
    lines = [line for line in _tail_lines(doc) if line.start >= body_end]
    for index, line in enumerate(lines):
        lead = _RECIPIENTS.match(line.text)
        if lead is None:
            continue
        items = _items(line.text[lead.end() :])
        for following in lines[index + 1 :]:
            if not _is_item(following.text):
                if _is_position(following.text) or name_span(doc, following.start, following.end):
                    continue  # a cell of the signature block beside the list
                break
            items += _items(following.text)
        return items
    return []
