"""The lines of a career list (issue #12): a period, a colon, then the posts held over it, with no name:

    - 9/1990-6/1995: Chuyên viên Sở Kế hoạch và Đầu tư tỉnh …
    - Từ 1/2002 đến 5/2010: Phó Giám đốc Sở …; Ủy viên Ban Chấp hành Đảng bộ tỉnh.
    - Từ 9/2015 đến nay: Phó Chủ tịch UBND tỉnh …

The posts belong to the profile's subject, the person the list is about (named before it); they are former
posts (`current: false`, README's career-list convention) unless the period runs `đến nay`. A period is a
range (`A - B`, `từ A đến B`) or `từ A`, `năm A`, `tháng A` alone, at the start of an item (the sentence's
start, after a bullet, `;` or `.`), and the colon must follow it at once: a period inside a sentence (`từ tháng
2/2012 – 9/2015, tuyến ống …`) or after a word (`giai đoạn 2017-2020: …`) opens no item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from vnreport.extract.officials.clauses import clause_cues
from vnreport.extract.officials.titles import TitlePhrase
from vnreport.segment.tokens import Token

_DATE = re.compile(r"(?:\d{1,2}/){0,2}\d{4}")  # `1995`, `6/1995`, `3/7/2017` (one token each); anchored by fullmatch
_ITEM_OPENERS = frozenset({"-", "+", "•", "*", ";", "."})  # a bullet or the end of the item before
_RANGE_JOINS = frozenset({"-", "đến", "tới"})
_UNITS = frozenset({"tháng", "năm"})
_OPENERS = frozenset({"từ", *_UNITS})
_NOW = frozenset({"nay"})
_SEPARATORS = frozenset({",", ";", "và", "kiêm", "rồi"})  # between the posts of one item (`Trưởng khoa rồi Phó …`)
_LINKS = frozenset({"là", "làm", "giữ", "chức", "vụ"})  # `- 1995-2000: giữ chức Phó Giám đốc …`
_MAX_LINKS = 3


class CareerItem(NamedTuple):
    start: int  # the first token of the period
    phrases: list[TitlePhrase]


def career_items(toks: Sequence[Token], by_first: dict[int, TitlePhrase], used: set[int]) -> list[CareerItem]:
    """The items of a career list in one sentence whose posts no name in the sentence has taken (`used`: the
    first tokens of title phrases tied to a name); each post marked current only when the period runs to now."""
    items: list[CareerItem] = []
    for k in range(len(toks)):
        if k and toks[k - 1].text not in _ITEM_OPENERS:
            continue
        period = _period(toks, k)
        if period is None:
            continue
        after, now = period
        phrases = _posts(toks, _past_unread(toks, after, by_first), by_first, used)
        if phrases:
            items.append(CareerItem(k, [replace(p, current=now and p.current) for p in phrases]))
    return items


def _period(toks: Sequence[Token], k: int) -> tuple[int, bool] | None:
    """(one past the colon, whether the period runs to now) of a period at toks[k] that a colon closes."""
    opened = k < len(toks) and toks[k].lower in _OPENERS  # `Từ 9/2015:`, `Năm 2010:`: a period on its own
    k += int(k < len(toks) and toks[k].lower == "từ")
    found = _range_end(toks, k)
    if found is None:
        return None
    k, now, ranged = found
    if not (ranged or opened) or k >= len(toks) or toks[k].text != ":":
        return None
    return k + 1, now


def _range_end(toks: Sequence[Token], k: int) -> tuple[int, bool, bool] | None:
    """(one past it, whether it runs to now, whether it is a range) of a date at toks[k] or the range it opens
    (`1995 - 2000`, `tháng 2/2008 đến nay`, `2010 đến hiện nay`), or None."""
    k = _date_end(toks, k)
    if k < 0 or k >= len(toks) or toks[k].lower not in _RANGE_JOINS:
        return None if k < 0 else (k, False, False)
    k += 1 + int(k + 1 < len(toks) and toks[k + 1].lower == "hiện")
    if k < len(toks) and toks[k].lower in _NOW:
        return k + 1, True, True
    k = _date_end(toks, k)
    return None if k < 0 else (k, False, True)


def _date_end(toks: Sequence[Token], k: int) -> int:
    """One past a date at toks[k] (after `tháng`/`năm`), or -1."""
    k += int(k < len(toks) and toks[k].lower in _UNITS)
    if k < len(toks) and toks[k].kind in {"date", "number"} and _DATE.fullmatch(toks[k].text):
        return k + 1
    return -1


_MAX_UNREAD = 16  # tokens of a line's first part that no title reads, up to its `,` or `;`


def _past_unread(toks: Sequence[Token], k: int, by_first: dict[int, TitlePhrase]) -> int:
    """Where a career line's posts start past a first part that no title reads, up to its `,` or `;`, when a post
    opens the next part (`- 1980-1983: Công tác tại Viện Kỹ thuật quân sự, Thượng úy.`, `- 1988-1990: Tùy viên
    giáo dục Đại sứ quán …; Đảng ủy viên Đảng bộ Đại sứ quán.`); else k. Not past a post inside that part (`làm
    trợ lý cho Bộ trưởng …`), a full stop or a colon."""
    for j in range(k, min(len(toks), k + _MAX_UNREAD)):
        if j in by_first or toks[j].text in {".", ":"}:
            return k
        if toks[j].text in {",", ";"}:
            return j + 1 if j + 1 in by_first else k
    return k


def _posts(toks: Sequence[Token], k: int, by_first: dict[int, TitlePhrase], used: set[int]) -> list[TitlePhrase]:
    """The posts right after the colon (and `là`, `giữ chức`), joined by `,`, `;`, `và`, `kiêm`; none when a
    name took the first."""
    start = k
    while k < len(toks) and k - start < _MAX_LINKS and k not in by_first and toks[k].lower in _LINKS:
        k += 1
    phrases: list[TitlePhrase] = []
    while k in by_first and k not in used:
        phrase = by_first[k]
        phrases.append(phrase)
        k = phrase.last
        if k < len(toks) and toks[k].lower in _SEPARATORS:
            k += 1
            continue
        break
    return phrases


_DATED_OPENERS = frozenset({",", ";", "."})  # what ends the item before a dated clause (or the sentence's start)


def dated_items(toks: Sequence[Token], by_first: dict[int, TitlePhrase], used: set[int]) -> list[CareerItem]:
    """The dated clauses of a biography told with its subject left out (`năm 2001 là Phó Văn phòng …`, `Tháng
    12/2007 được điều chuyển làm A, B; từ tháng 2/2008 là C`): a period with its unit at an item's start, an
    optional comma, a clause cue about its subject (not one that ends a post), then the posts no name of the
    sentence has taken. Linear: one period read per item start."""
    items: list[CareerItem] = []
    matcher = clause_cues()
    for k in range(len(toks)):
        if k and toks[k - 1].text not in _DATED_OPENERS:
            continue
        period = _dated_period(toks, k)
        if period is None:
            continue
        j, now = period
        j += int(j < len(toks) and toks[j].text == ",")
        length, cue = matcher.match(toks, j, whole_words=True) if j < len(toks) else (0, None)
        if not length or cue is None or cue.who != "subject" or cue.current == "ended":
            continue
        phrases = _posts(toks, j + length, by_first, used)
        if phrases:
            items.append(CareerItem(k, [replace(p, current=now and p.current) for p in phrases]))
    return items


def _dated_period(toks: Sequence[Token], k: int) -> tuple[int, bool] | None:
    """(one past the period, whether it runs to now) of a period written with its unit at toks[k] (`năm 2001`,
    `tháng 11/2006`, `từ tháng 2/2008`, `từ năm 1952 đến năm 1954`); a bare number is no period here."""
    k += int(k < len(toks) and toks[k].lower == "từ")
    if k >= len(toks) or toks[k].lower not in _UNITS:
        return None
    found = _range_end(toks, k)
    return None if found is None else found[:2]


_BARE_OPENERS = frozenset({";"})  # what ends the item before a bare post (or the sentence's start)
_BARE_ENDS = frozenset({";", "."})
_TERM_HEADS = frozenset({"khóa", "khoá", "nhiệm"})
_TERM_PARTS = frozenset({",", ";", "-", "–", "kỳ"})
_MAX_TERM = 10


def bare_items(toks: Sequence[Token], by_first: dict[int, TitlePhrase], used: set[int]) -> list[CareerItem]:
    """The items of a sentence that are nothing but posts no name has taken, from the sentence's start or a `;` to
    a `;`, a full stop or the sentence's end, past a term (`Ủy viên Ban Chấp hành Trung ương Đảng khóa XII, XIII;`,
    `Đại biểu Quốc hội khóa XIII; XIV.`). Not after an item that holds a post: the list of a clause goes on there
    (`từng kinh qua các vị trí A; B; C`, `được cử giữ chức A; B`), whose cue tells whether its posts are held;
    after a cue of posts no longer held (`từng kinh qua … như giảng viên; A`) the item's posts are former too."""
    items: list[CareerItem] = []
    titled, before_titled = False, False  # a post stands in the item being read, in the item before it
    past = False  # a cue of posts no longer held came before (`từng kinh qua các vị trí như …; A; B`)
    matcher = clause_cues()
    for k in range(len(toks)):
        if not past and toks[k].lower in matcher.openers:
            cue = matcher.match(toks, k, whole_words=True)[1]
            past = cue is not None and cue.current in {"no", "ended"}
        if k and toks[k - 1].text in _BARE_OPENERS:
            titled, before_titled = False, titled
        opens = not k or (toks[k - 1].text in _BARE_OPENERS and not before_titled)
        titled = titled or k in by_first
        if not opens or k not in by_first or k in used:
            continue
        phrases: list[TitlePhrase] = []
        j = k
        while j in by_first and j not in used:
            phrases.append(by_first[j])
            j = _past_term(toks, by_first[j].last)
            if j < len(toks) and toks[j].text == "," and j + 1 in by_first:
                j += 1
                continue
            break
        if j >= len(toks) or toks[j].text in _BARE_ENDS:
            items.append(CareerItem(k, [replace(p, current=False) for p in phrases] if past else phrases))
    return items


def _past_term(toks: Sequence[Token], k: int) -> int:
    """One past a term at toks[k] (`khóa XII, XIII`, `khóa X; XI; XII`, `nhiệm kỳ 2015-2020`), or k."""
    if k >= len(toks) or toks[k].lower not in _TERM_HEADS:
        return k
    j = k + 1
    while j < len(toks) and j - k < _MAX_TERM:
        text = toks[j].text
        roman = text.isupper() and set(text) <= set("IVXLC")
        if not (roman or toks[j].kind in {"number", "date"} or toks[j].lower in _TERM_PARTS):
            break
        j += 1
    while j > k + 1 and toks[j - 1].text in _TERM_PARTS:
        j -= 1  # a separator that closes the term is the item's own end (`khóa XII, XIII;`)
    return j
