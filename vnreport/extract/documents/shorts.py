"""Short forms that repeat a type and number only: `Nghị quyết 57`, `NQ 57`, `Nghị định 168/2024`,
`Nghị quyết 57, 59, 66 và 68`."""

from __future__ import annotations

import re

from vnreport import regexes
from vnreport.extract.documents.candidates import RANK_SHORT, Cand, inside
from vnreport.extract.documents.context import YEAR_RUNS_ON, date_after, line_end, read_article, read_tail
from vnreport.extract.documents.lexicon import ABBR_ALT, ABBREVS, COUNT_NOUNS, KIND_ALT, KINDS, Kind
from vnreport.extract.documents.named import tokens_after
from vnreport.segment.document import Document
from vnreport.spans import Spans

# `Quyết định (QĐ) 33/2014`: the type word's abbreviation in brackets may come between it and the number
_SHORT = regexes.compile(
    rf"(?<![\w/])(?P<kind>(?i:{KIND_ALT}))(?:\s*\((?:{ABBR_ALT})\))?\s+(?:(?i:số)\s*)?(?P<num>\d{{1,5}})"
    r"(?:\s?/\s?(?P<y>(?:19|20)\d\d)|-(?P<y2>(?:19|20)\d\d)(?!/))?(?![\w/-]|[.,]\d)"
)


_SHORT_ABBR = regexes.compile(rf"(?<![\w/])(?P<abbr>{ABBR_ALT})\s?(?P<num>\d{{1,5}})(?![\w/-]|[.,]\d)")


_SHORT_MORE = regexes.compile(r"(?:\s*,\s*|\s+và\s+)(?P<num>\d{1,5})(?![\w/-]|[.,]\d)")


# `các quyết định 106, 107/QĐ-TTg`: a number whose symbol the next one carries for both
_SHARED_SYMBOL = regexes.compile(r"(?:\s*,\s*|\s+và\s+)\d{1,5}(?:/(?:19|20)\d\d)?/(?P<code>[^\W\d_]+)-")


_YEAR_AFTER = regexes.compile(r"\s+năm\s+(?P<y>(?:19|20)\d\d)(?!\d)")


_SPACE = regexes.compile(r"\s+")


# `kế hoạch 5 năm 2021-2025`, `Nghị quyết 02 năm 2019, 2020`: the year after the number runs on, it dates no issuing
_RUNS_ON = regexes.compile(YEAR_RUNS_ON)


def _counts_something(doc: Document, pos: int, limit: int) -> bool:
    """`Kế hoạch 5 năm`, `Nghị quyết 3 lần`: the number is followed by what it counts (not by a date)."""
    if date_after(doc.view, pos, limit, None) is not None:
        return False
    toks = tokens_after(doc, pos, limit, 2)
    if not toks or not toks[0].is_word:
        return False
    one = toks[0].text.lower()
    two = f"{one} {toks[1].text.lower()}" if len(toks) > 1 else ""
    if two in COUNT_NOUNS or toks[0].text == "%":
        return True
    # `quyết định 929 điều động …`: a count noun that opens a longer word (a verb) counts nothing
    return one in COUNT_NOUNS and toks[0].last


def _short_cand(
    doc: Document, start: int, number: re.Match[str], end: int, year: str | None, kinds: frozenset[str]
) -> Cand:
    """A short form: `start` is its type word, `number` the match whose `num` (and `y`) group is the number."""
    kind = next(iter(kinds)) if len(kinds) == 1 else None
    info = KINDS.get(kind.lower()) if kind else None
    digits = str(int(number.group("num")))
    key = f"{kind} {digits}" + (f"/{year}" if year else "")
    tail = read_tail(doc, end, int(year) if year else doc.year, kind)
    return Cand(
        start=start,
        end=end,
        flavor="short",
        rank=RANK_SHORT + (1 if year else 0),
        kind=kind,
        number=doc.text[number.start("num") : number.end()],
        key=key,
        system=info.system if info else None,
        type_code=info.code if info else None,
        year=int(year) if year else None,
        date=tail.date,
        issuer=tail.issuer,
        subject=tail.subject,
        article=read_article(doc.view, start),
        base=("short", digits),
        qual=year,
        kinds=kinds,
    )


def short_candidates(doc: Document, skip: Spans) -> list[Cand]:
    view = doc.view
    cands: list[Cand] = []
    for m in _SHORT.finditer(view):
        if inside(m.start(), skip) or inside(m.end() - 1, skip):
            continue
        limit = line_end(view, m.end())
        word = m.group("kind")
        info = KINDS[_SPACE.sub(" ", word.lower())]
        year, end = m.group("y") or m.group("y2"), m.end()
        after_so = "số" in m.group().lower()  # `Thông cáo số 12`: the number written after `số`
        after = _YEAR_AFTER.match(view, end, limit)
        if after and not year:
            year, end = after.group("y"), after.end()
        elif not after_so and _counts_something(doc, end, limit):
            continue  # (`Thông cáo số 22 kỳ họp thứ Ba`: after `số` the number is the document's, not a count)
        year_like = 1945 <= int(m.group("num")) <= 2035 and not year and not after_so
        # `Thông cáo số 12`, `Văn bản 2103/2009`: `số` or a year makes a number of any type word a document's
        numbered = bool(m.group("y") or m.group("y2")) or after_so
        standalone = (info.standalone or numbered) and word[0].isupper() and not year_like
        shared = _SHARED_SYMBOL.match(view, end, limit)
        standalone = standalone or bool(shared and info.code and shared.group("code").upper() == info.code.upper())
        cand = _short_cand(doc, m.start(), m, end, year, frozenset({info.kind}))
        cand.standalone = standalone or (not year_like and _lower_case_cited(word, numbered, cand))
        if after and not (m.group("y") or m.group("y2")) and cand.date is None and not _RUNS_ON.match(view, end, limit):
            cand.date = year  # `Nghị định 105 năm 2014`: the year it was issued, as after a full number
        cands.append(cand)
        cands.extend(_coordinated_shorts(doc, cand, info, limit, year_after=after is not None))
    for m in _SHORT_ABBR.finditer(view):
        if inside(m.start(), skip) or inside(m.end() - 1, skip):
            continue
        cand = _short_cand(doc, m.start(), m, m.end(), None, frozenset(ABBREVS[m.group("abbr")]))
        cand.standalone = False
        cands.append(cand)
    return cands


def _lower_case_cited(word: str, numbered: bool, cand: Cand) -> bool:
    """`văn bản số 63`, `quyết định 929 của Thủ tướng Chính phủ`, `công văn 12 ngày 3/4`: a type word in lower
    case names one document when `số`, its issuer or its own date follows it, as a capitalised one does."""
    return word[0].islower() and (numbered or cand.issuer is not None or cand.date is not None)


def _coordinated_shorts(doc: Document, first: Cand, info: Kind, limit: int, *, year_after: bool) -> list[Cand]:
    """`Nghị quyết 57, 59, 66 và 68`: the numbers after the first share its type word. After a first whose year is
    written after it (`year_after`: `Nghị quyết 02 năm 2016, 05 năm 2017`) only a number with its own year is
    one: not a year of a list (`Chỉ thị 09 năm 2016, 2017`) nor a count opening the next clause (`Nghị định 105
    năm 2014, 12 huyện đã xong`)."""
    more: list[Cand] = []
    pos = first.end
    while (
        (m := _SHORT_MORE.match(doc.view, pos, limit))
        and not (year_after and _YEAR_AFTER.match(doc.view, m.end(), limit) is None)
        and not _counts_something(doc, m.end(), limit)
    ):
        cand = _short_cand(doc, m.start("num"), m, m.end(), None, frozenset({info.kind}))
        cand.standalone = first.standalone
        more.append(cand)
        pos = m.end()
    return more
