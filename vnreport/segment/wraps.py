"""Soft line breaks: a line cut inside a sentence (a hard-wrapped page, a document copied out of a PDF).

Texts copied from PDFs or narrow columns break lines every few words: `Nghị định số 12/2025/NĐ-CP ngày 5⏎
tháng 9 năm 2025`, `Căn cứ Luật Tổ chức chính quyền địa⏎phương`. Every stage reads a line as a paragraph,
so a date, a title or a name cut by such a break is lost. A break is soft when the next line goes on with
the sentence:
- it opens with a lower-case word that is no list item (`a)`, `đ.`), or with a number a word of the line
  before is waiting for (`số⏎12/2025`, `ngày⏎5`);
- in a text wrapped at a width (several such breaks, see `_is_wrapped`), it opens with a capitalised word
  that is no heading (`Việt⏎Nam`, `Bộ Giáo dục và⏎Đào tạo`) after a line that filled the width.

The rewrite is in the match view only (one character for one: `⏎` → space), so offsets are unchanged and a
mention is still `text[start:end]`, newline included. Line structure that carries meaning (headings in
capitals, `Điều 1.`, `a)` items, a line that ends a sentence, a short line) is never joined.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from vnreport import regexes
from vnreport.lexicon import load_list
from vnreport.text import fold

# A line break between two non-blank lines, with the spaces round it. The look-behind comes first, so
# in a long run of spaces only its first position is tried: linear.
_BREAK = regexes.compile(r"(?<=\S)[ \t]*+\r?\n[ \t]*+(?=\w)")
# A list item opens its line: `a)`, `đ)`, `1.`, `2)`, `3/` — structure, not a continuation.
_ITEM = regexes.compile(r"(?:[^\W\d_]|\d{1,3})[.)/](?:\s|$)")
# Words that open a line of an official document's structure or its blocks: never a continuation.
_HEADS = frozenset(["Điều", "Chương", "Mục", "Phần", "Căn", "Nơi", "Số", "TM.", "KT.", "Q.", "TL.", "TUQ."])
_FINAL = frozenset(".!?…:;")
# `Điều 5 của Luật này` wrapped to a line start is a reference going on; `Điều 5.` opens an article.
_ARTICLE_REFERENCE = regexes.compile(r"Điều\s++\d++[a-z]?(?![\d.:\w])")
# A heading: its line is never the start of a capitalised continuation (`Điều 5. Hiệu lực⏎Luật này …`).
_HEADING = regexes.compile(r"(?:Điều|Chương|Mục|Phần)\s++[\dIVXLC]")
# Lower-case breaks a text needs before its capitalised breaks are read as wraps too: a few, and a
# fair share of its line breaks (a news page with short paragraphs has none).
_WRAPPED_MIN = 3
_WRAPPED_SHARE = 0.2
# A line that filled the width: at least this share of the text's long lines (90th percentile).
_FULL_LINE = 0.75


@dataclass(frozen=True, slots=True)
class _Break:
    newline: int
    line_start: int  # of the line before
    line_end: int  # its last non-space character + 1
    next_start: int  # the first character of the line after


def unwrap_soft_breaks(view: str) -> str:
    """`view` with each soft line break as a space: same length, offsets unchanged."""
    if "\n" not in view:
        return view
    breaks = [_break_at(view, m.start(), m.end()) for m in _BREAK.finditer(view)]
    soft = {b.newline for b in breaks if _goes_on_in_lower_case(view, b)}
    # The first line is the title. A title cut in two goes on in the next line; a paragraph longer than
    # the title that ends its sentence is the body, which a scraped page may open in lower case (it lost
    # its first letter).
    title_start = len(view) - len(view.lstrip())
    title_end = view.find("\n", title_start)
    wrapped = _is_wrapped(len(soft - {title_end}), view.count("\n"))
    if title_end in soft and not wrapped and _is_paragraph(view, title_end + 1, title_end - title_start):
        soft.discard(title_end)
    if wrapped:
        width = _wrap_width(view)
        paragraph_start = 0
        for b in breaks:
            if b.newline not in soft and _goes_on_capitalised(view, b, width, paragraph_start):
                soft.add(b.newline)
            if b.newline not in soft:
                paragraph_start = b.next_start
    if not soft:
        return view
    chars = list(view)
    for newline in soft:
        chars[newline] = " "
        if view[newline - 1] == "\r":  # `\r\n`: both, or the `\r` alone would still end the line
            chars[newline - 1] = " "
    return "".join(chars)


def _break_at(view: str, before_end: int, after_start: int) -> _Break:
    newline = view.index("\n", before_end)
    return _Break(newline, view.rfind("\n", 0, before_end) + 1, before_end, after_start)


def _goes_on_in_lower_case(view: str, b: _Break) -> bool:
    if view[b.line_end - 1] in _FINAL or _ITEM.match(view, b.next_start):
        return False
    if view[b.line_start : b.line_end].isupper():
        return False  # a heading in capitals: `NGHỊ QUYẾT⏎CỦA BỘ CHÍNH TRỊ⏎về phát triển …` (the subject)
    opener = view[b.next_start]
    if opener.isdigit():
        words = view[b.line_start : b.line_end].split()
        return bool(words) and fold(words[-1]).lower() in _asks_number()
    return opener.islower()


def _line_from(view: str, start: int) -> str:
    """The rest of the line that `start` is on."""
    end = view.find("\n", start)
    return view[start : len(view) if end < 0 else end]


def _is_paragraph(view: str, start: int, title_length: int) -> bool:
    """The line at `start` is a paragraph of the body: longer than the title, ending its sentence."""
    line = _line_from(view, start).strip()
    return len(line) > title_length and line[-1:] in _FINAL


@cache
def _asks_number() -> frozenset[str]:
    """Words a number follows (`ngày`, `năm`, `số`): after one, a line may go on with a digit."""
    return frozenset(fold(word).lower() for word in load_list("wraps_number_words.txt"))


def _is_wrapped(soft: int, newlines: int) -> bool:
    return soft >= _WRAPPED_MIN and soft >= _WRAPPED_SHARE * newlines


def _wrap_width(view: str) -> int:
    lengths = sorted(len(line.strip()) for line in view.split("\n") if line.strip())
    return lengths[(len(lengths) * 9) // 10]


def _goes_on_capitalised(view: str, b: _Break, width: int, paragraph_start: int) -> bool:
    """A capitalised line after a full line of a wrapped text, neither of them a heading."""
    before = view[b.line_start : b.line_end].strip()
    if not before or before[-1] in _FINAL or before.isupper() or len(before) < _FULL_LINE * width:
        return False
    if _HEADING.match(view, paragraph_start):
        return False
    after = _line_from(view, b.next_start)
    first = after.split(maxsplit=1)[0]
    if _ARTICLE_REFERENCE.match(after):
        return True
    return first[:1].isupper() and not after.isupper() and first not in _HEADS and not _ITEM.match(after)
