"""What a figure measures: the words before it, trimmed of verbs, connectives and time frames
(`Tổng thu ngân sách 8 tháng đầu năm 2024 ước thực hiện 343,6 nghìn tỷ đồng` → `Tổng thu ngân sách`)."""

from __future__ import annotations

import re

from vnreport import regexes
from vnreport.extract.figures.lexicon import FigureLexicon, folded_key
from vnreport.segment.dictionary import is_word
from vnreport.segment.document import Document

_CLAUSE_MARKS = ',;:()[]“"”…'
_MEASURE_WORDS = 12
_MEASURE_REACH = 200  # characters before a figure searched for its measure
_SUBJECT_WORDS = 8  # an auxiliary (đã, sẽ) after at most this many words ends a subject
# A photo credit glued before the text (`Ảnh: Minh Anh/TTXVN Đoàn …`): the measure starts after it. Letters
# before the slash, capitals after: no document number (`98/2023/QH15`) nor rate (`km/h`).
_CREDIT = regexes.compile(r"[^\W\d_]+/[A-ZĐ]{2,}(?![\w/])")
_LAST_WORD = regexes.compile(r"(?:^|[ ])(\S+)[ ]*$")


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


def _trimmeasure(segment: str, lex: FigureLexicon) -> tuple[int, int, str]:
    """The part of `segment` (the words before a figure) that names what the figure measures, and the last trim
    rule that set its start (`head`, `cut`, `aux`, else `clause`)."""
    start, end = 0, len(segment.rstrip())
    for _ in range(8):
        before = (start, end)
        piece = segment[start:end]
        trail = lex.trail_re.search(piece) or _TIME_TAIL.search(piece)
        if trail and not _completes_head(piece, trail.start(), lex):
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
    rule = "clause"
    auxiliaries = list(lex.aux_re.finditer(segment, start, end))
    if auxiliaries and len(segment[start : auxiliaries[-1].start()].split()) <= _SUBJECT_WORDS:
        start, rule = auxiliaries[-1].end(), "aux"
    cuts = [m for m in lex.cut_re.finditer(segment, start, end) if m.end() < end]
    if cuts:
        start, rule = cuts[-1].end(), "cut"
    heads = [m for m in lex.head_re.finditer(segment, start, end) if not _opens_not_head(segment, m.start(1), lex)]
    if heads:
        start, rule = heads[-1].start(1), "head"
    return start, end, rule


def _completes_head(piece: str, at: int, lex: FigureLexicon) -> bool:
    """`tổng | trị giá`: the trail at `at` is a word that completes the head word the words end with there."""
    if folded_key(piece[at:]) not in lex.head_tails:
        return False
    words = piece[:at].rstrip()
    return any(m.end() == len(words) for m in lex.head_re.finditer(words, max(0, len(words) - 8)))


def _opens_not_head(segment: str, pos: int, lex: FigureLexicon) -> bool:
    """`Tổng thống`, `tổng cục`: a head word opening a title or a body's name, not a measure."""
    words = segment[pos : pos + 40].split()
    return any(folded_key(" ".join(words[:k])) in lex.not_heads for k in (2, 3))


def _is_whole(view: str, low: int, anchor: int, lex: FigureLexicon) -> bool:
    """`sự tham dự của | 400 đại biểu`, `một trong | 4 tòa`: the figure owns or contains what the words name."""
    last = _LAST_WORD.search(view, max(low, anchor - 30), anchor)
    if last is None or folded_key(last.group(1)) not in lex.wholes:
        return False
    previous = view[max(low, last.start(1) - 12) : last.start(1)].split()
    return not previous or not is_word(previous[-1] + " " + last.group(1))  # `nhà ở`, `dành cho`: a word


def measure(doc: Document, anchor: int, floor: int, sentence_start: int, lex: FigureLexicon) -> str | None:
    """What the figure whose qualifying words begin at `anchor` measures, read from the words before it."""
    return traced_measure(doc, anchor, floor, sentence_start, lex)[0]


def traced_measure(
    doc: Document, anchor: int, floor: int, sentence_start: int, lex: FigureLexicon
) -> tuple[str | None, str]:
    """`measure`, with the path that read it (`window/rule`: what bounded the words, which trim rule set their
    start) — an internal tag for `benchmarks/measure_paths.py`, never in the output."""
    view = doc.view
    low = max(floor, sentence_start, anchor - _MEASURE_REACH)
    if anchor <= low:
        return None, "no_window"
    bound = "floor" if low == floor and floor > sentence_start else "sentence"
    if low == anchor - _MEASURE_REACH and low > max(floor, sentence_start):
        bound = "reach"
    cut = max(view.rfind(mark, low, anchor) for mark in _CLAUSE_MARKS)
    dash = view.rfind(" - ", low, anchor)
    if cut >= 0 or dash >= 0:
        bound = "dash" if dash + 1 > cut else "mark"
    cut = max(cut, dash + 1 if dash >= 0 else -1)
    credits = list(_CREDIT.finditer(view, max(low, cut), anchor))
    if credits:
        cut, bound = credits[-1].end() - 1, "credit"
    begin = cut + 1 if cut >= 0 else low
    start, end, rule = _trimmeasure(view[begin:anchor], lex)
    if start >= end and cut > low and view[cut] == ",":
        previous_cut = max(view.rfind(mark, low, cut) for mark in _CLAUSE_MARKS)
        begin2 = previous_cut + 1 if previous_cut >= 0 else low
        start, end, rule = _trimmeasure(view[begin2:cut], lex)
        begin, bound = begin2, "previous_clause"
    words = doc.text[begin + start : begin + end].split()[-_MEASURE_WORDS:]
    if not words or not any(ch.isalpha() for ch in "".join(words)):
        return None, bound + "/empty"
    if _is_whole(view, low, anchor, lex):
        return None, bound + "/whole"
    if folded_key(" ".join(words)) in lex.bare_heads:
        return None, bound + "/bare_head"  # `tổng` alone names nothing
    return " ".join(words), bound + "/" + rule
