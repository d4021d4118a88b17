"""What a figure measures: the words before it, trimmed of verbs, connectives and time frames
(`Tổng thu ngân sách 8 tháng đầu năm 2024 ước thực hiện 343,6 nghìn tỷ đồng` → `Tổng thu ngân sách`)."""

from __future__ import annotations

import re

from vnreport import regexes
from vnreport.extract.figures.lexicon import FigureLexicon
from vnreport.segment.document import Document

_CLAUSE_MARKS = ',;:()[]“"”…'
_MEASURE_WORDS = 12
_MEASURE_REACH = 200  # characters before a figure searched for its measure
_SUBJECT_WORDS = 8  # an auxiliary (đã, sẽ) after at most this many words ends a subject


# Time frames at either end of the words before a figure (8 tháng đầu năm 2024, quý III/2024, năm nay).
_TIME = (
    r"(?:(?:trong|tính đến|đến|từ|sau|qua|riêng|cả|của|vào)[ ]+)?"
    r"(?:(?:\d+|những)[ ]+tháng(?:[ ]+(?:đầu|cuối))?(?:[ ]+năm)?(?:[ ]+(?:19|20)\d\d)?"
    r"|năm[ ]+(?:19|20)\d\d(?:[ ]*-[ ]*(?:19|20)\d\d)?|năm[ ]+(?:nay|qua|trước|ngoái)"
    r"|quý[ ]+[IVX\d]+(?:[ ]*/[ ]*\d{4}|[ ]+năm[ ]+\d{4})?|tháng[ ]+\d{1,2}(?:[ ]*/[ ]*\d{4})?"
    r"|(?:đầu|cuối|giữa)[ ]+năm(?:[ ]+(?:19|20)\d\d)?|\d+[ ]+năm[ ]+qua|giai đoạn[ ]+\d{4}[ ]*-[ ]*\d{4}"
    r"|cả năm(?:[ ]+(?:19|20)\d\d)?|từ đầu năm(?:[ ]+(?:đến nay|tới nay))?)"
)


_TIME_HEAD = regexes.compile(r"^[ ]*" + _TIME + r"(?:[ ]+|$)", re.IGNORECASE)


_TIME_TAIL = regexes.compile(r"(?:^|[ ])" + _TIME + r"[ ]*$", re.IGNORECASE)


def _trimmeasure(segment: str, lex: FigureLexicon) -> tuple[int, int]:
    """The part of `segment` (the words before a figure) that names what the figure measures."""
    start, end = 0, len(segment.rstrip())
    for _ in range(8):
        before = (start, end)
        piece = segment[start:end]
        trail = lex.trail_re.search(piece) or _TIME_TAIL.search(piece)
        if trail:
            end = start + trail.start()
        piece = segment[start:end]
        lead = lex.lead_re.match(piece) or _TIME_HEAD.match(piece)
        if lead and lead.end() > 0:
            start += lead.end()
        while start < end and not segment[start].isalnum():
            start += 1
        while end > start and not segment[end - 1].isalnum() and segment[end - 1] not in ")%":
            end -= 1
        if (start, end) == before:
            break
    auxiliaries = list(lex.aux_re.finditer(segment, start, end))
    if auxiliaries and len(segment[start : auxiliaries[-1].start()].split()) <= _SUBJECT_WORDS:
        start = auxiliaries[-1].end()
    cuts = [m for m in lex.cut_re.finditer(segment, start, end) if m.end() < end]
    if cuts:
        start = cuts[-1].end()
    heads = list(lex.head_re.finditer(segment, start, end))
    if heads:
        start = heads[-1].start(1)
    return start, end


def measure(doc: Document, anchor: int, floor: int, sentence_start: int, lex: FigureLexicon) -> str | None:
    view = doc.view
    low = max(floor, sentence_start, anchor - _MEASURE_REACH)
    if anchor <= low:
        return None
    cut = max(view.rfind(mark, low, anchor) for mark in _CLAUSE_MARKS)
    dash = view.rfind(" - ", low, anchor)
    cut = max(cut, dash + 1 if dash >= 0 else -1)
    begin = cut + 1 if cut >= 0 else low
    start, end = _trimmeasure(view[begin:anchor], lex)
    if start >= end and cut > low and view[cut] == ",":
        previous_cut = max(view.rfind(mark, low, cut) for mark in _CLAUSE_MARKS)
        begin2 = previous_cut + 1 if previous_cut >= 0 else low
        start, end = _trimmeasure(view[begin2:cut], lex)
        begin = begin2
    words = doc.text[begin + start : begin + end].split()[-_MEASURE_WORDS:]
    if not words or not any(ch.isalpha() for ch in "".join(words)):
        return None
    return " ".join(words)
