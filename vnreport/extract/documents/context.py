"""What surrounds a reference: the type word or `số` before it (`Nghị quyết số`), the structural units
cited with it (`điểm a khoản 1 Điều 5`), and after it the date, issuer and subject (`, ngày 15/7/2024 của
Ban Thường vụ Thành ủy Hà Nội về “…”`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnreport import regexes
from vnreport.extract.dates import date_at
from vnreport.extract.documents.lexicon import (
    ABBR_ALT,
    ISSUER_COMPOUNDS,
    ISSUER_WORDS,
    KIND_ALT,
    LOWER,
    NAME_STOPS,
    UPPER,
)
from vnreport.segment.document import Document

_LEAD_KIND = regexes.compile(rf"(?<!\w)(?P<kind>(?i:{KIND_ALT}))(?:\s+(?i:số))?\s*(?::\s*)?$")


_LEAD_KIND_WORDS = regexes.compile(
    rf"(?<!\w)(?P<kind>(?i:{KIND_ALT}))(?P<mid>(?:\s+[{LOWER}]+){{1,6}}?)\s+số\s*(?::\s*)?$"
)


_LEAD_ABBR = regexes.compile(rf"(?<!\w)(?P<abbr>{ABBR_ALT})\s+$")


LEAD_SO = regexes.compile(r"(?<!\w)[Ss]ố\s*(?::\s*)?$")


_UNIT = (
    r"(?:(?i:điểm)\s+[a-zđ]\d?(?:\s*(?:,|và)\s*[a-zđ]\d?)*"
    r"|(?i:khoản)\s+\d+[a-z]?(?:\s*(?:,|và)\s*\d+[a-z]?)*"
    r"|(?i:điều)\s+\d+[a-zđ]?(?:\s*(?:,|và)\s*\d+[a-zđ]?)*"
    r"|(?i:mục)\s+\d+|(?i:chương)\s+[IVXLC]+|(?i:phần)\s+(?:thứ\s+\w+|[IVXLC]+))(?!\w)"
)


_ARTICLE = regexes.compile(rf"(?<!\w)(?P<art>{_UNIT}(?:\s*,?\s+{_UNIT})*)\s+(?:của\s+)?$")


# The verbs that say a document was issued, signed or passed (`ký ban hành`, `ban hành`, `ký kết`, `ký`,
# `thông qua`): one list for every pattern below that reads them.
_SIGN_VERBS = r"(?:ký[^\S\n]+ban[^\S\n]+hành|ban[^\S\n]+hành|ký[^\S\n]+kết|ký|thông[^\S\n]+qua)"
# A document's own date after its number: `, ngày 15/7/2024`, `(ban hành ngày 15-7-2024)`, `(15/7/2024)`,
# `ký kết vào ngày 5/3/2010`.
_SIGNED = rf"(?:được\s+)?{_SIGN_VERBS}\s+(?:vào\s+)?"
# `Nghị quyết số 2356 ra ngày 2/6`, `văn bản 2267/UBND ra ngày 28/6/2012`: `ra` (came out) right after a
# document's number is its issuing, as a newspaper issue's (`số 23 ra ngày …`); only before a day, since `ra`
# alone starts many verbs (`ra đời`, `ra mắt`)
_SIGNED_DAY = rf"(?:được\s+)?(?:{_SIGN_VERBS}|ra)\s+(?:vào\s+)?"
_DATE_NGAY = regexes.compile(
    rf"\s*(?:,\s*)?(?:\(\s*)?(?:{_SIGNED}(?:(?:sáng|chiều|tối|trưa)\s+)(?:ngày\s+)?"
    rf"|(?:{_SIGNED_DAY})?(?:cùng\s+)?ngày\s+|{_SIGNED}hôm\s+)"
)


# … or after the session that passed it: `được Quốc hội khóa XV thông qua tại Kỳ họp thứ 9, ngày 12/6/2025`.
_DATE_SESSION = regexes.compile(
    r"[^\S\n]*(?:,[^\S\n]*)?(?:được[^\S\n]+(?:[^\W_]+[^\S\n]+){0,4}?)?thông[^\S\n]+qua[^\S\n]+tại[^\S\n]+"
    r"(?:[Kk]ỳ|[Pp]hiên|[Hh]ội)(?:[^\S\n]+[^\W_]+){1,10}?(?:[^\S\n]*,)?[^\S\n]+ngày[^\S\n]+"
)


# … or only its year, after a verb that says it was signed or passed then: `(ký năm 2010)`.
_DATE_YEAR = regexes.compile(rf"\s*(?:,\s*)?(?P<open>\(\s*)?{_SIGNED}năm\s+(?P<y>(?:19|20)\d\d)(?!\d)")


_DATE_PAREN = regexes.compile(r"\s*\(\s*")


# … or after its signer or the body that issued it: `(của Thủ tướng Chính phủ) do Phó Thủ tướng Vũ Văn A ký
# ngày 9/11/2016`, `được UBND tỉnh ban hành ngày 3/2/2025`, `đã được Quốc hội khóa XV thông qua ngày 26/6/2025`.
_DATE_SIGNER = regexes.compile(
    r"[^\S\n]*(?:,[^\S\n]*)?(?:(?:đã|vừa)[^\S\n]+)?(?:do|được)[^\S\n]+(?:[^\W_]+[^\S\n]+){1,8}?"
    rf"{_SIGN_VERBS}[^\S\n]+(?:vào[^\S\n]+)?(?:ngày|hôm)[^\S\n]+"
)


# … or only its month or year, after its signer or the body that issued it, or after the verb alone, or after
# `ra đời` (came into being): `Thông tư 78 được Liên bộ Công Thương - Tài chính ban hành tháng 5/2015`, `Nghị
# định 67 (được) ban hành tháng 7/2014`, `Luật … được Quốc hội thông qua năm 2005`, `Luật … ra đời từ năm 2014`.
_DATE_SIGNER_COARSE = regexes.compile(
    r"[^\S\n]*(?:,[^\S\n]*)?(?:(?:(?:do|được)[^\S\n]+(?:[^\W_]+[^\S\n]+|-[^\S\n]+){0,8}?)?"
    rf"{_SIGN_VERBS}|ra[^\S\n]+đời)"
    r"[^\S\n]+(?:(?:vào|từ)[^\S\n]+)?(?:tháng[^\S\n]+(?P<m>\d{1,2})(?:[^\S\n]*[/-][^\S\n]*|[^\S\n]+năm[^\S\n]+)"
    r"|năm[^\S\n]+)(?P<y>(?:19|20)\d\d)(?![\d/-])"
)


# A document header's place and date in the next cell: `Số: 223/NQ-CP | Hà Nội, ngày 31 tháng 7 năm 2025`.
_DATE_HEADER = regexes.compile(r"\s*\|\s*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}\s*,\s*ngày\s+")
_CLOSE_PAREN = regexes.compile(r"\s*\)")


# … or after the meeting that adopted it, named without `của`: `Nghị quyết số 60-NQ/TW Hội nghị lần thứ 11 Ban
# Chấp hành Trung ương Đảng khóa XIII ngày 12/4/2025`.
_DATE_MEETING = regexes.compile(
    r"(?:[^\S\n]*,)?[^\S\n]+(?:Hội[^\S\n]+nghị|Kỳ[^\S\n]+họp|Đại[^\S\n]+hội|Phiên[^\S\n]+họp)"
    r"(?:[^\S\n]+[^\W_]+){1,14}?(?:[^\S\n]*,)?[^\S\n]+ngày[^\S\n]+"
)


_OF = regexes.compile(r"\s*(?:,\s*)?(?:của|do)\s+")


_ABOUT = regexes.compile(r"\s*(?:[,:]\s*)?(?:(?P<ve>về\s+việc|về|V/v)\s*(?::\s*)?)?(?P<q>[“\"«‘])?")


_APPROVE = regexes.compile(r"\s+(?=phê duyệt\s)")


_CLOSE = {"“": "”", '"': '"', "«": "»", "‘": "’"}


_CLAUSE_END = regexes.compile(r"[,;.:!?()“”\"«»\n]|\s-\s")


_WORD = regexes.compile(r"[^\W_]+(?:[.'’][^\W_]+)*")


_SPACE = regexes.compile(r"\s+")


_COMMA = regexes.compile(r",\s+")


_NEXT_WORD = regexes.compile(r"[ \t]+([^\W_]+(?:[.'’][^\W_]+)*)")


_WORD_GROUP = regexes.compile(r"([^\W_]+(?:[.'’][^\W_]+)*)")


# `của Chính phủ và Quyết định …`, `… và Khoản 4 Điều 11 …`: what follows `và` is not the issuer's
_ISSUER_AND = regexes.compile(rf"\s+và\s+(?=[{UPPER}])(?!(?i:{KIND_ALT}|điểm|khoản|điều|mục|chương)\b)")


# `Bộ Nông nghiệp - Phát triển nông thôn`; unspaced between abbreviations, `Bộ NN-PTNT`, `Sở GD-ĐT`
_ISSUER_DASH = regexes.compile(rf"\s?-\s?(?=[{UPPER}][{LOWER}])|(?<=[{UPPER}])-(?=[{UPPER}]{{2}})")


_ISSUER_COMMA_LIST = regexes.compile(rf",\s+[{UPPER}][{LOWER}]*(?:\s+[^\W\d_]+){{0,3}}\s+và\s+[{UPPER}]")


_MAX_ISSUER_WORDS = 24


_MAX_SUBJECT = 400


@dataclass
class Lead:
    start: int
    kind_word: str | None = None
    abbr: str | None = None
    so: bool = False


def read_lead(view: str, start: int) -> Lead:
    """The type word (`Nghị quyết số`), abbreviation (`QĐ`) or `số` written right before a symbol."""
    lo = max(0, start - 80)
    window = view[lo:start]
    for pattern in (_LEAD_KIND, _LEAD_KIND_WORDS):
        m = pattern.search(window)
        # `Quyết định khởi tố vụ án số …`; a lower-case `quyết định … số` is more likely the verb
        if m and (pattern is _LEAD_KIND or (m.group("kind")[0].isupper() and m.group("mid").strip().islower())):
            return Lead(lo + m.start(), kind_word=m.group("kind"), so="số" in m.group(0).lower())
    m = _LEAD_ABBR.search(window)
    if m:
        return Lead(lo + m.start(), abbr=m.group("abbr"))
    m = LEAD_SO.search(window)
    if m:
        return Lead(lo + m.start(), so=True)
    return Lead(start)


def read_article(view: str, start: int) -> str | None:
    m = _ARTICLE.search(view, max(0, start - 120), start)
    return _SPACE.sub(" ", m.group("art")) if m else None


def line_end(view: str, pos: int) -> int:
    end = view.find("\n", pos)
    return len(view) if end < 0 else end


def _issuer_end(view: str, pos: int, limit: int) -> int | None:
    """End of the issuer that starts at `pos` (`Ban Thường vụ Thành ủy Hà Nội`), or None if none starts."""
    m = _WORD.match(view, pos, limit)
    if m is None or not m.group()[0].isupper() or m.group().lower() == "về":
        return None
    end, last, words = m.end(), m.group(), 1
    while words < _MAX_ISSUER_WORDS:
        joined = _ISSUER_AND.match(view, end, limit) or _ISSUER_DASH.match(view, end, limit)
        if joined is None and _ISSUER_COMMA_LIST.match(view, end, limit):
            joined = _COMMA.match(view, end, limit)
        step = _issuer_step(view, joined.end() if joined else end, limit, last if joined is None else "")
        if step is None:
            break
        end, last, words = step[0], step[1], words + 1
    return end


def _issuer_step(view: str, pos: int, limit: int, last: str) -> tuple[int, str] | None:
    """(end, word) of the next issuer word after `pos`, or None when the issuer ends there.

    `last` is the word before (empty after `và`, `-` or a comma): a lower-case syllable continues the
    issuer when it completes that word (`Chính trị`, `Thành ủy`) or is an organisation word itself.
    """
    m = (_NEXT_WORD if last else _WORD_GROUP).match(view, pos, limit)
    if m is None:
        return None
    word = m.group(1)
    if word[0].isupper():
        if word.lower() == "về" or view.startswith("V/v", m.start(1)):
            return None
        return m.end(), word
    if word[0].isdigit() or not last:
        return None
    if f"{last} {word}".lower() in ISSUER_COMPOUNDS:
        return m.end(), word
    second = _NEXT_WORD.match(view, m.end(), limit)
    pair = f"{word} {second.group(1)}".lower() if second else None
    if second and pair in ISSUER_WORDS:
        return second.end(), second.group(1)
    if word.lower() in ISSUER_WORDS and pair not in NAME_STOPS:
        return m.end(), word
    return None


def _quoted_end(view: str, open_at: int, limit: int) -> int | None:
    """Index just past the quote mark that closes the one at `open_at` (nested “…” counted)."""
    opening = view[open_at]
    closing = _CLOSE[opening]
    depth, i = 1, open_at + 1
    stop = min(limit, open_at + _MAX_SUBJECT)
    while i < stop:
        ch = view[i]
        if ch == closing and (opening == closing or depth == 1):
            return i + 1
        if ch == closing:
            depth -= 1
        elif ch == opening:
            depth += 1
        i += 1
    return None


@dataclass
class _Tail:
    date: str | None = None
    issuer: str | None = None
    subject: str | None = None
    end: int = 0  # where the date and issuer read end (the subject aside)
    bare_year: bool = False  # the date is a year written alone after the issuer or in brackets (`_year_written`)


def read_tail(doc: Document, pos: int, year_hint: int | None, kind: str | None) -> _Tail:
    """Date, issuer and subject written after a reference: `, ngày 15/7/2024 của … về “…”`."""
    view, text = doc.view, doc.text
    limit = line_end(view, pos)
    tail = _Tail()
    for _ in range(2):  # the date may come before or after the issuer
        dated = date_after(view, pos, limit, year_hint) if tail.date is None else None
        if dated is None and tail.date is None:
            dated = _year_written(view, pos, limit, tail.issuer is not None)
            tail.bare_year = dated is not None
        if dated is not None:
            tail.date, pos = dated
            continue
        m = _OF.match(view, pos, limit)
        end = _issuer_end(view, m.end(), limit) if m and tail.issuer is None else None
        if m and end is not None:
            tail.issuer = text[m.end() : end]
            pos = end
            continue
        break
    tail.end = pos
    tail.subject = _read_subject(doc, pos, limit, kind)
    if tail.date is None:
        late = _date_after_subject(view, pos, limit, year_hint)
        if late is not None:
            tail.date, cut = late
            if tail.subject is not None and view.find(tail.subject, pos, limit) >= 0:
                start = view.find(tail.subject, pos, limit)
                if start < cut < start + len(tail.subject):
                    tail.subject = text[start:cut].strip(" ,") or None
    return tail


# After the subject, the day the document was issued: `Kế hoạch số 45/KH-UBND … về thực hiện chuyển đổi số
# năm 2025 được ban hành ngày 20/1/2025`, `Quyết định số … về việc phê duyệt … ký ngày 15/2/2025` — never an
# effective date (`có hiệu lực từ ngày …` has no issuing verb before `ngày`).
_LATE_SIGNED = regexes.compile(
    rf"(?<!\w)(?:được[^\S\n]+)?{_SIGN_VERBS}"
    r"[^\S\n]+(?:vào[^\S\n]+)?ngày[^\S\n]+",
    re.IGNORECASE,
)
# What the words between the reference and that verb may not hold: the end of a sentence, brackets, another
# document's symbol or type word with its number (the verb would be that document's).
_NOT_SUBJECT = regexes.compile(rf"[.;!?()\n]|\d+/[\w/.-]*[{UPPER}]|(?<!\w)(?:{KIND_ALT})\s+(?:số\s+)?\d")


def _date_after_subject(view: str, pos: int, limit: int, year_hint: int | None) -> tuple[str | None, int] | None:
    """(date, where the issuing words start) of a document dated after its subject (see `_LATE_SIGNED`)."""
    end = min(limit, pos + _MAX_SUBJECT)
    m = _LATE_SIGNED.search(view, pos, end)
    if m is None or _NOT_SUBJECT.search(view, pos, m.start()):
        return None
    found = date_at(view, m.end(), year_hint)
    if found is None or found[1] > limit:
        return None
    cut = m.start()
    signer = _BY.search(view, pos, cut)
    return found[0], signer.start() if signer else cut


_BY = regexes.compile(r",?[^\S\n]+(?:(?:vừa|đã)[^\S\n]+)?(?:do|được)[^\S\n]+[^\W\d_]", re.IGNORECASE)


def _read_subject(doc: Document, pos: int, limit: int, kind: str | None) -> str | None:
    view, text = doc.view, doc.text
    m = _ABOUT.match(view, pos, limit)
    if m and m.group("q"):
        close = _quoted_end(view, m.end() - 1, limit)
        if close is not None and (m.group("ve") or not view[pos : m.start("q")].strip()):
            subject = text[m.end() : close - 1].strip()
            return subject or None
        return None
    start = m.end() if m and m.group("ve") else None
    if start is None and kind == "Quyết định":
        approve = _APPROVE.match(view, pos, limit)
        start = approve.end() if approve else None
    if start is None:
        return None
    stop = _CLAUSE_END.search(view, start, min(limit, start + _MAX_SUBJECT))
    subject = text[start : stop.start() if stop else min(limit, start + _MAX_SUBJECT)].strip()
    return subject or None


# What goes on after a year that is no document's issuing year: a span (`năm 2016 - 2020`, `năm 2016 đến 2020`) or
# a list (`năm 2015, 2016`: a resolution issued every year, cited for several); a year must follow the separator
# (`Nghị định 97 của Chính phủ năm 2016, 63 tỉnh …`: the clause goes on with a count, the year is the decree's)
YEAR_RUNS_ON = r"[^\S\n]*(?:[-–,;/]|và|đến|tới)[^\S\n]*(?:năm[^\S\n]+)?(?:19|20)\d\d(?!\d)"


# A document's year written alone after it: in brackets (`Nghị định 24 (năm 2014) của Chính phủ`), or after its
# issuer (`Nghị định 121 của Chính phủ năm 2013`, `Quyết định 41/TTg của Thủ tướng Chính phủ năm 1977`), one that
# does not run on (`YEAR_RUNS_ON`).
_YEAR_BRACKETED = regexes.compile(r"[^\S\n]*\([^\S\n]*năm[^\S\n]+(?P<y>(?:19|20)\d\d)[^\S\n]*\)")
_YEAR_AFTER_ISSUER = regexes.compile(rf"[^\S\n]+năm[^\S\n]+(?P<y>(?:19|20)\d\d)(?![\d/])(?!{YEAR_RUNS_ON})")


def _year_written(view: str, pos: int, limit: int, after_issuer: bool) -> tuple[str, int] | None:
    """(year, end) of a year written alone at `pos` that dates the document before it (see `_YEAR_BRACKETED`)."""
    m = _YEAR_BRACKETED.match(view, pos, limit) or (
        _YEAR_AFTER_ISSUER.match(view, pos, limit) if after_issuer else None
    )
    return (m.group("y"), m.end()) if m else None


def date_after(view: str, pos: int, limit: int, year_hint: int | None) -> tuple[str | None, int] | None:
    """(ISO date or None, end) of a document's own date written at `pos`, or None when none is."""
    leads = (
        (_DATE_NGAY, False),
        (_DATE_PAREN, True),
        (_DATE_HEADER, False),
        (_DATE_SIGNER, False),
        (_DATE_MEETING, False),
        (_DATE_SESSION, False),
    )
    for lead, closed in leads:
        m = lead.match(view, pos, limit)
        found = date_at(view, m.end(), year_hint) if m else None
        if found is None or found[1] > limit:
            continue
        value, end = found
        close = _CLOSE_PAREN.match(view, end, limit)
        if close:
            end = close.end()
        elif closed:
            continue
        return value, end
    m = _DATE_SIGNER_COARSE.match(view, pos, limit)
    if m is not None and 1 <= int(m.group("m") or 1) <= 12:
        return (f"{m.group('y')}-{int(m.group('m')):02d}" if m.group("m") else m.group("y")), m.end()
    m = _DATE_YEAR.match(view, pos, limit)
    if m is None:
        return None
    close = _CLOSE_PAREN.match(view, m.end(), limit)
    if m.group("open") and close is None:
        return None
    return m.group("y"), close.end() if close and m.group("open") else m.end()
