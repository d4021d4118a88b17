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
        phrases = _posts(toks, after, by_first, used)
        if phrases:
            items.append(CareerItem(k, [replace(p, current=now and p.current) for p in phrases]))
    return items


def _period(toks: Sequence[Token], k: int) -> tuple[int, bool] | None:
    """(one past the colon, whether the period runs to now) of a period at toks[k] that a colon closes."""
    opened = k < len(toks) and toks[k].lower in _OPENERS  # `Từ 9/2015:`, `Năm 2010:`: a period on its own
    k += int(k < len(toks) and toks[k].lower == "từ")
    k = _date_end(toks, k)
    if k < 0:
        return None
    now, ranged = False, False
    if k < len(toks) and toks[k].lower in _RANGE_JOINS:
        k += 1
        if k < len(toks) and toks[k].lower == "hiện":
            k += 1
        if k < len(toks) and toks[k].lower in _NOW:
            now, k = True, k + 1
        else:
            k = _date_end(toks, k)
            if k < 0:
                return None
        ranged = True
    if not (ranged or opened) or k >= len(toks) or toks[k].text != ":":
        return None
    return k + 1, now


def _date_end(toks: Sequence[Token], k: int) -> int:
    """One past a date at toks[k] (after `tháng`/`năm`), or -1."""
    k += int(k < len(toks) and toks[k].lower in _UNITS)
    if k < len(toks) and toks[k].kind in {"date", "number"} and _DATE.fullmatch(toks[k].text):
        return k + 1
    return -1


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
