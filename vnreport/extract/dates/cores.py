"""Date spans: each pattern finds a *core* on the match view (`27/9`, `tháng 9/2024`, `quý III`, `nhiệm kỳ
2025 - 2030` …); the words around it (`ngày`, a part of day, a weekday, a time, a chain `từ ngày 1 đến …`)
are read by small anchored patterns; overlaps are settled longest first. The result is a list of `Found`
spans with their parts; the year of a date written without one is settled later (`years.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import chain, pairwise

from vnreport import regexes
from vnreport.extract.dates.lexicon import (
    TEN_DAYS,
    LawNames,
    bare_year_before,
    can_chi,
    count_nouns,
    day_cues,
    format_clock,
    horizon_after,
    law_names,
    law_titles,
    month_names,
    not_name_before,
    number_words,
    part,
    patterns,
    period_words,
    person_heads_before_year,
    pod,
    score_words,
    season_before,
    tet_dates,
    unit_words,
    year_cues,
    year_prefixes,
)
from vnreport.extract.names import surnames
from vnreport.lexicon import treebank_verbs
from vnreport.numbers import roman
from vnreport.segment.dictionary import is_word
from vnreport.text import fold

_QUARTER_WORDS = {"đầu": 1, "cuối": 4}  # `quý đầu năm 2017`, `quý cuối năm`, `quý đầu tiên của năm 2025`
_ITEM = regexes.compile(r"[0-9IV]+(?!\w)")  # a member of a list of months or quarters (`6`, `IV`)
_RELATIVE_YEARS = {"nay": 0, "ngoái": -1, "trước": -1, "tới": 1, "sau": 1}


Point = tuple[int | None, int | None, int | None]  # year, month, day; year None = to be inferred


@dataclass(slots=True)
class Found:
    start: int
    end: int
    precision: str  # day, month, quarter, year, interval; "skip" blocks a span (lunar, event names)
    lo: Point
    hi: Point | None = None
    quarter: int | None = None
    explicit: bool = False  # the year is written in the expression
    rel: int | None = None  # year relative to the article's (`năm nay` 0, `năm ngoái` -1)
    fuzzy: bool = False
    part_of_day: str | None = None
    time: str | None = None
    # what makes the core a date: "strong" (a year, `ngày`, a part of day, a cue word …); "fraction" (a weak
    # cue on a fraction-like `1/3`), "none" and "year-chain" (a bare `2023`) are kept only inside a chain
    cue: str = "strong"
    doc_date: bool = False
    partial_year: bool = False
    reported: bool = False  # `những tháng đầu năm 2017`: months of a year reported on or planned, naming the present
    year_range: bool = False
    horizon: bool = False  # `tầm nhìn 2050`: a target year, not the article's
    today: bool = False  # `hôm nay, 5.6`: the article's own day, never placed by the dates of a story
    tet: int | None = None  # a named Tết: days after its first day (`mùng 6 Tết Nguyên đán` → 5)
    cycle: int | None = None  # its sexagenary year (`Tết Đinh Dậu` → 33), 0 = Giáp Tý
    parts: tuple[Found, Found] | None = None  # a span joined from two dates (`từ … đến …`): the two
    members: list[Found] | None = None  # the later members of a list sharing its year (`tháng 5 và 6/2024`)
    head_end: int = 0
    # a day named by its relation to the day told just before it (`ngày hôm sau (20/6)`, `Trước đó (6/1)`)
    beside_day: bool = False


def window(start: int, width: int = 80) -> int:
    return max(0, start - width)


def _two_digit_end(y: int, y2_text: str) -> int | None:
    """`2016-17` → 2017; a four-digit end as is; None when the end is not after the start."""
    y2 = int(y2_text)
    if len(y2_text) == 2:
        y2 = y // 100 * 100 + y2
    return y2 if 0 < y2 - y <= 100 else None


def _clock(match: re.Match[str], prefix: str, part_of_day: str | None) -> str:
    hour = int(match.group(f"{prefix}_h"))
    minute = next((match.group(f"{prefix}_{g}") for g in ("mi", "mi2", "mi3") if match.group(f"{prefix}_{g}")), "0")
    return format_clock(hour, int(minute), part_of_day)


def _is_fraction_like(day: int, month: int) -> bool:
    return day < month <= 5


def _day_month(view: str, m: re.Match[str], month: int, assume_date: bool) -> list[Found]:
    """A numeric or spelled day-month core: its surroundings decide whether and how it is a date."""
    p = patterns()
    start, end = m.start(), m.end()
    day = int(m.group("d"))
    written = part(m, "y")
    year = int(written) if written else None
    lunar = bool(p.lunar_after.match(view, end)) or bool(p.lunar_before.search(view, window(start, 20), start))
    if lunar:
        return [Found(start, end, "skip", (None, None, None))]
    if year is None and _recurs(view, start, end):
        return [Found(start, end, "skip", (None, None, None))]
    if year is None and p.not_day_after.match(view, end) and not _zoned_day(view, start, end):
        return []  # `lên đến 10-12 triệu đồng`, `từ 5-7 năm`: a range of numbers
    found = Found(start, end, "day", (year, month, day), explicit=year is not None)
    if year is None and not assume_date:
        found.cue = "none"
    chain = p.chain_before.search(view, window(start), start)
    heads: list[Found] = []
    paren = chain is not None and chain.group("paren") is not None and view.startswith(")", end)
    if not (chain and (chain.group("ngay") or chain.group("from") or paren) and _chained_days(chain, found, heads)):
        _extend_before(view, found)
    if year is None:
        rel = p.after_rel.match(view, found.end)
        if rel:
            found.rel = _RELATIVE_YEARS[rel.group("rel").lower()]
            found.end = rel.end()
    _extend_after_time(view, found)
    night = _night_before(view, found, month, day)
    if night is not None:
        heads.append(night)
    if found.cue == "none":
        found.cue = _word_cue(view, found.start, day, month)
    fraction = found.cue == "fraction" and view[m.start("d") : m.end()].find(".") == -1  # `Tỷ lệ 3/4: …`
    if found.cue in ("none", "fraction") and not fraction and _titles_the_day(view, found.start, found.end):
        found.cue = "strong"
    found.doc_date = found.explicit and bool(p.doc_before.search(view, window(found.start), found.start))
    return [*heads, found]


_TITLE_WORDS = regexes.compile(r"[^\W\d_][\w-]*(?:[^\S\n]+[^\W\d_][\w-]*){0,7}[^\S\n]+\Z")


def _titles_the_day(view: str, start: int, end: int) -> bool:
    """`Giá nông sản 31.5: …`, `Tin thế giới 15/5: …`: in the first line (the title), a day written without a
    cue right before a colon, after one to eight words that open the line, names the day the piece is of."""
    if view[end : end + 1] != ":" or start > 80 or view.find("\n", 0, start) != -1:
        return False
    if _TITLE_WORDS.match(view, 0, start) is None:
        return False
    # `Kết quả 2/1: …`, `Việt Nam thắng Thái Lan 2/1: …`: a score or a ratio, not a day
    words = fold(view[:start]).lower().split()
    scores = score_words()
    return not any(w in scores or " ".join(words[k : k + 2]) in scores for k, w in enumerate(words))


def _zoned_day(view: str, start: int, end: int) -> bool:
    """`Tối 31.5 giờ Washington`, `ngày 7/2 giờ địa phương`: after a day word or a part of day, `giờ` and
    a place name whose clock the day is told by; without such a word (`24/24 giờ`) it stays a count."""
    p = patterns()
    if not p.zone_after.match(view, end):
        return False
    before = p.before.search(view, window(start), start)
    return before is not None and any(before.group(g) for g in ("ngay", "pod", "tpod", "wd", "wd2", "rel"))


def _night_before(view: str, found: Found, month: int, day: int) -> Found | None:
    """`Đêm 1 rạng sáng 2/4`: the night the text names by its day alone is the day before (`đêm 31 rạng sáng
    1/4` the last of the month before)."""
    if not view.startswith("rạng", found.start) and not view.startswith("Rạng", found.start):
        return None
    m = patterns().night_before.search(view, window(found.start, 20), found.start)
    if m is None:
        return None
    d1 = int(m.group("d1"))
    if d1 == day - 1:
        first_month = month
    elif day == 1 and d1 >= 28:
        first_month = 12 if month == 1 else month - 1
    else:
        return None
    year = found.lo[0]
    if year is not None and first_month == 12 and month == 1:
        year -= 1
    night = Found(m.start(), m.end("d1"), "day", (year, first_month, d1), explicit=found.explicit)
    night.part_of_day = "đêm"
    return night


_RECURRING_REACH = 50  # characters: `diễn ra thường niên vào mùng 3 và <the day>`


def _recurs(view: str, start: int, end: int) -> bool:
    """A day written without a year told to come every year (`ngày 31/12 hằng năm`, `thường niên vào …`)."""
    p = patterns()
    if p.recurring_after.match(view, end):
        return True
    return p.recurring_before.search(view, window(start, _RECURRING_REACH), start) is not None


def _word_cue(view: str, start: int, day: int, month: int) -> str:
    """`dịp 30/4`, `trước 30/6`: a cue word from `dates_day_cues.tsv` before a bare day/month. A weak cue
    does not make a date of a common fraction (`từ 1/3`), which then needs a chain."""
    cue = patterns().cue_before.search(view, window(start, 30), start)
    if cue is None:
        return "none"
    strength = day_cues().get(" ".join(cue.group("cue").lower().split()), "weak")
    return "strong" if strength == "strong" or not _is_fraction_like(day, month) else "fraction"


def _chained_days(chain: re.Match[str], last: Found, heads: list[Found]) -> bool:
    """`từ ngày 1 đến 5/10/2024` → `last` becomes one interval; `ngày 1 và 3/10` → `ngày 1` goes to `heads`
    beside `3/10` (consecutive days, `ngày 1 và 2/10`, are one interval); in brackets, `(1-2/12)` → `1-2/12`.
    False when the words before `last` are no such chain."""
    year, month, day2 = last.lo
    d1 = int(chain.group("d1"))
    start = chain.start("ngay" if chain.group("ngay") else "d1") if chain.group("paren") else chain.start()
    if chain.group("count") and _counted_days(chain, d1, day2 or 0):
        last.start, last.precision = start, "interval"  # `hai ngày 10 và 11/5`: one stay of two days
        last.lo, last.hi = (year, month, d1), (year, month, day2)
        last.cue = "strong"
        return True
    if chain.group("count") and chain.group("count").lower() not in _COUNTS:
        start = chain.start("ngay") if chain.group("ngay") else chain.start("d1")  # `các` is no part of a date
    if (
        chain.group("ngay")
        and not chain.group("count")
        and chain.group("conj").lower() in ("và", "&")
        and _consecutive(_chain_days(chain, d1, day2 or 0))
    ):
        # `Ngày 4 và 5-2, huyện đã huy động …`: consecutive days joined by `và` are one stretch, as with a count
        last.start, last.precision = start, "interval"
        last.lo, last.hi = (year, month, d1), (year, month, day2)
        last.cue = "strong"
        return True
    if chain.group("conj").lower() in ("-", "đến", "tới") and not chain.group("rest"):
        if d1 >= (day2 or 0):
            return False
        last.start, last.precision = start, "interval"
        last.lo, last.hi = (year, month, d1), (year, month, day2)
        last.cue = "strong"
        return True
    heads.append(Found(start, chain.end("d1"), "day", (year, month, d1), explicit=last.explicit))
    for item in re.finditer(r"\d+", chain.group("rest")):
        a = chain.start("rest") + item.start()
        heads.append(Found(a, a + len(item.group()), "day", (year, month, int(item.group())), explicit=last.explicit))
    last.cue = "strong"
    return True


_COUNTS = {"hai": 2, "2": 2, "ba": 3, "3": 3}


_DIGITS = re.compile(r"\d+")


def _chain_days(chain: re.Match[str], d1: int, last: int) -> list[int]:
    """The days a chain names in order: its first, the ones listed between (`14, 15 và 16/10`), its last."""
    return [d1, *(int(d) for d in _DIGITS.findall(chain.group("rest"))), last]


def _consecutive(days: list[int]) -> bool:
    """Each day the day after the one before (`4 và 5`, `14, 15 và 16`)."""
    return all(b == a + 1 for a, b in pairwise(days))


def _counted_days(chain: re.Match[str], d1: int, last: int) -> bool:
    """`hai ngày 10 và 11/5`, `3 ngày 14, 15 và 16/10`: as many consecutive days as the count says;
    `các ngày 8 và 9/6`, `những ngày 8 & 9/6`: consecutive days, one stretch of an event."""
    days = _chain_days(chain, d1, last)
    count = _COUNTS.get(chain.group("count").lower())  # `các ngày 8 và 9/6`: the days of one stay, uncounted
    return _consecutive(days) and (count is None or len(days) == count)


def _extend_before(view: str, found: Found) -> None:
    """Take in `ngày`, a part of day, a weekday or a time written before the core."""
    p = patterns()
    lo = window(found.start)
    paren = p.before_paren.search(view, lo, found.start)
    if paren and paren.start() < found.start and view.startswith(")", found.end):
        # `Sáng nay (5/6)`: the mention is the date written inside the brackets (samples/gold/README.md)
        found.part_of_day = pod(paren.group("pod"))
        found.cue = "strong"
        found.beside_day = paren.group("relative") is not None  # `Tối 19/6/2014, …, ngày hôm sau (20/6)`
        return
    before = p.before.search(view, lo, found.start)
    if not before or before.start() == found.start:
        return
    found.start = before.start()
    found.cue = "strong"
    found.part_of_day = pod(before.group("tpod") or before.group("pod"))
    found.today = bool(before.group("rel"))  # `hôm nay, 5.6`, `hôm qua 7/6`
    if before.group("time"):
        found.time = _clock(before, "bt", pod(before.group("tpod")) or found.part_of_day)


def _extend_after_time(view: str, found: Found) -> None:
    """`ngày 27/9 lúc 14h30`: the time joins the date (a bare `14h30` only in the HH:MM shapes)."""
    after = patterns().after_time.match(view, found.end)
    if not after or found.time:
        return
    own_pod = pod(after.group("tpod"))
    if after.group("time"):
        found.time = _clock(after, "at", own_pod or found.part_of_day)
    else:
        hour, minute = re.split(r"[hg:]", after.group("clock").lower())
        if int(hour) > 23:
            return
        found.time = format_clock(int(hour), int(minute), own_pod or found.part_of_day)
    found.part_of_day = found.part_of_day or own_pod
    found.end = after.end()


def _numeric(view: str, assume_date: bool) -> list[Found]:
    out: list[Found] = []
    for m in patterns().numeric.finditer(view):
        if m.group("sep") == "." and not m.group("y") and view[m.end() : m.end() + 1] == "%":
            continue
        if m.group("mixed") and not _DAY_WORD_BEFORE.search(view, window(m.start(), 6), m.start()):
            continue  # `5-10/2016` alone is as often months 5 to 10 of 2016
        if m.group("sep_sp") and not _spaced_full_date(view, m):
            continue
        if m.group("m_sd"):
            if _spaced_date(view, m.start(), int(m.group("d")), int(m.group("m_sd"))):
                out.extend(_day_month(view, m, int(m.group("m_sd")), assume_date))
            continue
        out.extend(_day_month(view, m, int(part(m, "m") or 0), assume_date))
    return out


_DAY_WORD_BEFORE = regexes.compile(r"(?<!\w)(?:ngày|hôm)[^\S\n]+\Z", re.IGNORECASE)
_SEPARATOR_BEFORE = regexes.compile(r"[/-][^\S\n]*\Z")


def _spaced_full_date(view: str, m: re.Match[str]) -> bool:
    """`4/ 4/2017`, `ngày 3 / 1 / 2019`: a full date spaced round its separators is a date unless it ends a chain of
    fractions (`1/ 2/ 3/2017`: a separator right before its day), and, spaced on both sides of its first separator,
    only after a day cue (`Tỷ số 3 / 1 / 2019` is a score)."""
    if _SEPARATOR_BEFORE.search(view, window(m.start(), 3), m.start()):
        return False
    first = view[m.end("d") : m.start("m_sp")]
    if not (first[:1].isspace() and first[-1:].isspace()):
        return True
    before = patterns().before.search(view, window(m.start()), m.start())
    return before is not None and any(before.group(g) for g in ("pod", "tpod", "wd", "wd2", "rel", "ngay"))


def _spaced_date(view: str, start: int, day: int, month: int) -> bool:
    """`sáng 5 - 9`, `Thứ Hai 5 - 9`, `ngày 22 - 6`: a day and month spaced round their dash (without a year
    a score, a range of numbers, a class, elsewhere) is a date right after a part of day or a weekday, or
    after `ngày` when it cannot be a range of days (`ngày 5 - 9` may be the 5th to the 9th)."""
    before = patterns().before.search(view, window(start), start)
    if before is None:
        return False
    return any(before.group(g) for g in ("pod", "tpod", "wd", "wd2", "rel")) or (
        bool(before.group("ngay")) and day > month
    )


def _iso(view: str) -> list[Found]:
    found = []
    for m in patterns().iso.finditer(view):
        point = (int(m.group("y")), int(m.group("m")), int(m.group("d")))
        f = Found(m.start(), m.end(), "day", point, explicit=True)
        _extend_after_time(view, f)
        found.append(f)
    return found


def _spelled(view: str, assume_date: bool) -> list[Found]:
    out: list[Found] = []
    for m in patterns().spelled.finditer(view):
        if m.group("mn"):
            month, lunar = month_names()[" ".join(m.group("mn").split())]
            if lunar:
                out.append(Found(m.start(), m.end(), "skip", (None, None, None)))
                continue
        else:
            month = int(m.group("m"))
        out.extend(_day_month(view, m, month, assume_date))
    return out


def _year_of(m: re.Match[str]) -> tuple[int | None, int | None]:
    """(written year, relative year) of a core with `y` and `rel` groups."""
    y = int(m.group("y")) if m.group("y") else None
    rel = _RELATIVE_YEARS[m.group("rel").lower()] if m.group("rel") else None
    return y, rel


def _months(view: str) -> list[Found]:
    p = patterns()
    out: list[Found] = []
    for m in p.month.finditer(view):
        start, end = m.start(), m.end()
        if m.group("mn"):
            month, lunar = month_names()[" ".join(m.group("mn").split())]
        else:
            month, lunar = int(m.group("m")), False
        year, rel = _year_of(m)
        lo = window(start, 40)
        if (
            lunar
            or p.lunar_after.match(view, end)
            or p.lunar_before.search(view, lo, start)
            or (year is None and p.event_before.search(view, lo, start))  # `Cách mạng tháng Tám năm 1945`: a date
        ):
            out.append(Found(start, end, "skip", (None, None, None)))
            continue
        if not m.group("pre") and p.digit_before.search(view, lo, start):
            continue  # `3 tháng 9 ngày`: a duration; `15 tháng 9` is the spelled pattern's
        if year is None and rel is None and p.not_month_after.match(view, end):
            continue
        if year is None and rel is None and p.recurring_after.match(view, end):
            out.append(Found(start, end, "skip", (None, None, None)))
            continue
        pre = (m.group("pre") or "").lower()
        found = Found(start, end, "month", (year, month, None), explicit=year is not None, rel=rel)
        if pre in TEN_DAYS:
            first, last = TEN_DAYS[pre]
            found.precision, found.lo, found.hi = "interval", (year, month, first), (year, month, last)
        elif m.group("m2") and int(m.group("m2")) > month:
            found.precision, found.hi = "interval", (year, int(m.group("m2")), None)
        found.fuzzy = pre in ("đầu", "cuối", "giữa")
        out.append(found)
        if m.group("more"):
            _members(m, found, int)
    return out


def _members(m: re.Match[str], head: Found, value: Callable[[str], int]) -> None:
    """`tháng 5 và 6 năm 2024`, `quý III, IV/2024`: the head ends before the list and the later members
    (the last one with the year written after it) become dates of their own, all of the shared year."""
    items = list(_ITEM.finditer(m.string, m.start("more"), m.end("more")))
    head.head_end = m.start("more")  # the head's own end, once the list has won its place (`_expand`)
    head.members = []
    for k, item in enumerate(items):
        end = m.end() if k == len(items) - 1 else item.end()
        member = Found(
            item.start(), end, head.precision if head.hi is None else "month", head.lo, explicit=head.explicit
        )
        member.rel = head.rel
        if head.quarter is not None:
            member.quarter = value(item.group())
        else:
            member.lo = (head.lo[0], value(item.group()), None)
        head.members.append(member)


def _quarter_number(text: str) -> int:
    return roman(text.upper()) or (int(text) if text.isdigit() else 0)


def _quarters(view: str) -> list[Found]:
    p = patterns()
    out = []
    for m in p.quarter.finditer(view):
        year, rel = _year_of(m)
        q = m.group("q")
        quarter = _QUARTER_WORDS.get(q.split()[0].lower()) or _quarter_number(q)
        found = Found(
            m.start(),
            m.end(),
            "quarter",
            (year, None, None),
            quarter=quarter,
            explicit=year is not None,
            rel=rel,
            fuzzy=bool(m.group("pre")),
        )
        out.append(found)
        if m.group("more"):
            _members(m, found, _quarter_number)
    for m in p.quarter_short.finditer(view):  # `Q1/2025`
        year = int(m.group("y"))
        out.append(Found(m.start(), m.end(), "quarter", (year, None, None), quarter=int(m.group("q")), explicit=True))
    return out


def _partial_years(view: str) -> list[Found]:
    """`8 tháng đầu năm 2024` → January–August; `6 tháng cuối năm` → July–December; `hai quý đầu năm 2025`
    → January–June (the quarters counted from one end of the year)."""
    out = []
    for m in patterns().partial.finditer(view):
        n_text = " ".join(m.group("n").lower().split())
        n = int(n_text) if n_text.isdigit() else number_words().get(n_text, 5 if n_text == "năm" else 0)
        year, rel = _year_of(m)
        side = (m.group("side") or "").lower()
        if m.group("unit").lower() != "tháng":
            if not side or not 1 <= n <= 3:
                continue  # `3 quý năm 2025` counts nothing from an end of the year
            n *= 3
        if not 1 <= n <= 11 or (not side and year is None):
            continue
        first, last = (13 - n, 12) if side == "cuối" else (1, n)
        out.append(
            Found(
                m.start(),
                m.end(),
                "interval",
                (year, first, None),
                (year, last, None),
                explicit=year is not None,
                rel=rel,
                partial_year=True,
            )
        )
    for m in year_cues().running_total.finditer(view):  # `Tính chung 9 tháng, …`: this year's first months
        n_text = " ".join(m.group("n").lower().split())
        n = int(n_text) if n_text.isdigit() else number_words().get(n_text, 0)
        if 1 <= n <= 11:
            out.append(
                Found(m.start("n"), m.end(), "interval", (None, 1, None), (None, n, None), rel=0, partial_year=True)
            )
    return out


def _years(view: str) -> list[Found]:
    out = []
    p, birth, decade = patterns(), year_cues().birth_before, year_cues().decade_before
    for m in p.year.finditer(view):
        year, rel = _year_of(m)
        pre = " ".join((m.group("pre") or "").lower().split())
        part, alone = year_prefixes().get(pre, ("", False))
        if year is None and not (pre and (rel is not None or alone)):
            continue
        start = m.start()
        if (
            not pre
            and p.digit_before.search(view, window(start, 20), start)
            and not (year is not None and p.doc_number_before.search(view, window(start, 20), start))
            and not (year is not None and p.year_list_after.match(view, m.end()))  # `trong 2 năm 2023 và 2024`
        ):
            continue  # `15 năm 2002-2017`, `70 năm`: a duration (`số 178 năm 2013` is a document's year)
        if not pre and year is not None and birth.search(view, window(start, 12), start):
            continue  # `sinh năm 1985`: a birth year is not a date
        if (
            not pre
            and year is not None
            and year % 10 == 0
            and not m.group("y2")
            and decade.search(view, window(start, 8), start)
        ):
            continue  # `những năm 1970`: a decade is not a date (`những năm 1997` is one year, a date)
        if year is None and rel is None:
            rel = 0  # `những tháng cuối năm`: this year
        found = Found(start, m.end(), "year", (year, None, None), explicit=year is not None, rel=rel)
        if m.group("y2") and year is not None:
            y2 = _two_digit_end(year, m.group("y2"))
            if y2 is None:
                found.end = m.end("y")
            else:
                found.precision, found.hi, found.year_range = "interval", (y2, None, None), True
        _set_half(found, part, year)
        found.fuzzy = part in ("fuzzy", "months")
        found.reported = part == "months" and year is not None
        found.horizon = m.group("fiscal") is not None  # a budget's year: no step of the story, not the present
        out.append(found)
    return out


def _set_half(found: Found, part: str, year: int | None) -> None:
    """A prefix of part h1 (`nửa đầu`) makes the year January to June, one of part h2 (`nửa cuối`) July to
    December (dates_year_prefixes.tsv)."""
    if part == "h1":
        found.precision, found.lo, found.hi = "interval", (year, 1, None), (year, 6, None)
    elif part == "h2":
        found.precision, found.lo, found.hi = "interval", (year, 7, None), (year, 12, None)


def _periods(view: str) -> list[Found]:
    """`nhiệm kỳ 2025 - 2030`, `năm học 2024-2025`, `tầm nhìn 2050`, and bare `2026–2031`."""
    p = patterns()
    out = []
    lower = view.lower()
    periods = p.period_lower.finditer(lower) if len(lower) == len(view) else p.period.finditer(view)
    for m in periods:
        year = int(m.group("y"))
        form = period_words().get(" ".join(m.group("kw").lower().split()), "range")
        if m.group("y2"):
            y2 = _two_digit_end(year, m.group("y2"))
            if y2 is not None:
                out.append(
                    Found(
                        m.start(),
                        m.end(),
                        "interval",
                        (year, None, None),
                        (y2, None, None),
                        explicit=True,
                        year_range=True,
                    )
                )
                continue
        if form in ("horizon", "era") and not p.not_day_after.match(view, m.end("y")):
            # `thời kỳ 2000 người` counts people; a past era (`thời kỳ 1986`) is no target year
            out.append(
                Found(m.start(), m.end("y"), "year", (year, None, None), explicit=True, horizon=form == "horizon")
            )
    # `từ 1800 đến 1900 người` counts; `từ 1986 đến 2015` is a span of years
    spans = [m for m in p.from_to_years.finditer(view) if not p.not_day_after.match(view, m.end())]
    for m in (*p.bare_range.finditer(view), *spans):
        year, y2 = int(m.group("y")), int(m.group("y2"))
        if 0 < y2 - year <= 100:
            out.append(
                Found(
                    m.start(), m.end(), "interval", (year, None, None), (y2, None, None), explicit=True, year_range=True
                )
            )
    for m in p.bare_year.finditer(view):
        found = Found(m.start(), m.end(), "year", (int(m.group("y")), None, None), explicit=True, cue="year-chain")
        before = view[window(m.start(), 8) : m.start()].lower()
        if "đầu" in before or "cuối" in before or "giữa" in before:
            half = p.year_half_before.search(view, window(m.start(), 16), m.start())
            part = p.year_part_before.search(view, window(m.start(), 8), m.start())
            if half:  # `nửa cuối 2017`: July to December, as `nửa cuối năm 2017`
                found.start, found.cue = half.start(), "strong"
                _set_half(found, year_prefixes()[" ".join(fold(half.group("half")).lower().split())][0], found.lo[0])
            elif part:  # `cuối 2015`
                found.start, found.cue, found.fuzzy = part.start(), "strong", True
        elif "từ" in before:
            since = p.since_year.match(view, m.start() - 3)
            if since is not None and since.start("y") == m.start():
                found.cue = "strong"  # `từ 2013 đến nay`
        elif _UP_TO_BEFORE.search(view, window(m.start(), 10), m.start()) and _ends_a_horizon(view, m.end()):
            found.cue, found.horizon = "strong", True  # `định hướng đến 2030`: the horizon, as `đến năm 2030` is
        elif _bare_year_cued(view, m.start(), m.end()):
            # `tăng 6,8% so với 2015`, `cùng kỳ 2015`, `trước 1975`, `Phó Giáo sư (1996)`: a year of another time
            # than the story's (a comparison, a bound, a step told aside), no evidence of the article's year
            found.cue, found.horizon = "strong", True
        elif _after_season(view, m.start(), m.end()):
            # `mùa mưa lũ 2017`, `vụ đông xuân 2017`, `cuộc bầu cử Tổng thống 2016`: the year of a season or a
            # recurring round, named with it (no evidence of the article's year, as a year in a name)
            found.cue, found.horizon = "strong", True
        elif (
            _after_name(view, m.start())
            or _after_law_name(view, m.start())
            or _ORDINAL_BEFORE.search(view, window(m.start(), 20), m.start())
        ):
            # `SEA Games 2017`, `Luật Đất đai 2013`, `Festival … lần thứ VI - 2017`: a year in a name (no
            # evidence of the article's year)
            found.cue, found.horizon = "strong", True
        out.append(found)
    return out


# `từ nay đến 2020`, `định hướng tới 2030`: a bare year a span runs up to; not after a number (`từ 1.500 đến 2000
# người` is a count). In the 2017 news corpus it fires 58 times, 30 of 30 read right (all years, most horizons).
_UP_TO_BEFORE = regexes.compile(r"(?<![\d.,][^\S\n])(?<!\w)(?:đến|tới)[^\S\n]+\Z")
_NEXT_WORDS = regexes.compile(r"[^\S\n]*(?P<w1>\w+)(?:[^\S\n]+(?P<w2>\w+))?")


def _ends_a_horizon(view: str, end: int) -> bool:
    """What follows the bare year ending at `end`, after `đến`/`tới`, lets it be the year a span runs up to:
    the clause ends there (a mark, the line's end), or a capitalised word that is no unit opens the rest
    (`đến 2030 Việt Nam …`), or a lower-case word of dates_horizon_after.txt or a treebank verb (`đến 2020 sẽ
    …`, `đến 2020 hoàn tất …`). A unit or a counted noun makes the number a count (`lên tới 2000 chỗ ngồi`,
    `đạt tới 2000 MW`, `tăng tới 2000 ca`)."""
    m = _NEXT_WORDS.match(view, end)
    if m is None:
        return True
    first = m.group("w1")
    units = unit_words()
    if first in units or patterns().not_day_after.match(view, end):
        return False
    if first[0].isupper():
        return True
    folded = fold(first).lower()
    pair = f"{folded} {fold(m.group('w2')).lower()}" if m.group("w2") else folded
    verbs = treebank_verbs()
    return folded in horizon_after() or folded in verbs or pair in verbs


_PAREN_NAME = regexes.compile(r"(?P<run>(?:[^\W\d_][\w-]*[^\S\n]+){1,5})\(\Z")


def _bare_year_cued(view: str, start: int, end: int) -> bool:
    """A bare year that is a date by what stands around it: a word of dates_bare_year_before.txt right before it
    (`so với 2015`, `trước 1975`) where the clause goes on as after a year a span runs up to (`_ends_a_horizon`:
    not `trước 2000 khán giả`), or the year alone
    in parentheses (`xây mới (2006)`, `Chiến dịch Biên giới (1950)`), but not after a person's name, where it is a
    birth year (`Nguyễn Thị Nga (1983)`), nor right after a number (`(1)`, `12 (2000)`)."""
    if bare_year_before().search(view, window(start, 20), start):
        return _ends_a_horizon(view, end)
    if not (start > 0 and view[start - 1] == "(" and view[end : end + 1] == ")"):
        return False
    run = _PAREN_NAME.search(view, window(start, 60), start)
    if run is None:
        return False  # `(2006)` opening a line or after a number or a mark: a note, a list item, a code
    words = run.group("run").split()
    capitalised = 0
    for w in reversed(words):
        if not w[0].isupper():
            break
        capitalised += 1
    return not _names_a_person(words, len(words) - capitalised)


def _names_a_person(words: list[str], first: int) -> bool:
    """The capitalised words from `first` on name a person: a surname and a name (`Nguyễn Thị Nga (1983)`), or
    any name after a word that announces one (`Ông Nguyễn Văn An`, `PGS.TS Trần Văn Nam`, `Bác Hồ`, `Tổng thống
    Barack Obama`), skipped whether it is capitalised or not."""
    if first == len(words):
        return False
    heads, most = person_heads_before_year()
    announced = False
    for n in range(1, most + 1):  # `Tổng thống Barack Obama`: a lower-case head ends right before the name
        if first - n >= 0 and fold(" ".join(words[first - n : first])).lower().rstrip(".") in heads:
            announced = True
            break
    while first < len(words) - 1 and fold(words[first]).lower().rstrip(".") in heads:
        first += 1  # `Ông Nguyễn Văn An`, `GS Ngô Bảo Châu`: the head opens the capitalised run
        announced = True
    if announced:
        return True
    return len(words) - first >= 2 and words[first] in surnames()


_SEASON_REACH = 50  # characters: a season's head and up to three words before its bare year


def _after_season(view: str, start: int, end: int) -> bool:
    """A season's or a recurring round's head of dates_season_heads.txt stands up to three words before the bare
    year (`mùa mưa lũ 2017`, `vụ đông xuân 2017`), and no unit or counted noun follows it (`mùa này có 2000 khách`
    is a count)."""
    if not season_before().search(view, window(start, _SEASON_REACH), start):
        return False
    m = _NEXT_WORDS.match(view, end)
    if m is None:
        return True
    w1, w2 = fold(m.group("w1")).lower(), fold(m.group("w2") or "").lower()
    if w1 in count_nouns() or f"{w1} {w2}" in count_nouns():
        return False  # `Cuộc bầu cử có 2024 cử tri tham gia`: people counted
    return m.group("w1") not in unit_words() and not patterns().not_day_after.match(view, end)


_NAME_REACH = 30  # characters: the capitalised word before a year that names something
# the edition of a recurring event before its year (`Festival … lần thứ VI - 2017`): the year names that edition
_ORDINAL_BEFORE = regexes.compile(r"(?<!\w)lần(?:[^\S\n]+thứ)?[^\S\n]+(?:[IVXL]+|\d{1,2})[^\S\n]*[-–][^\S\n]*\Z")


def _after_name(view: str, at: int) -> bool:
    """A capitalised word (not a unit of a law: `Điều`) stands right before `at`, on its line, with one space;
    at the opening of a sentence only an acronym (`APEC 2017: …`; not `Khoảng 2017 người`)."""
    if at < 2 or view[at - 1] != " ":
        return False
    lo = window(at, _NAME_REACH)
    start = max(view.rfind("\n", lo, at - 1), view.rfind(" ", lo, at - 1)) + 1
    word = view[start : at - 1]
    if len(word) < 2 or not word[0].isupper() or not word[-1].isalpha() or word.lower() in not_name_before():
        return False
    opening = start == 0 or view[start - 1] == "\n" or view[window(start, 3) : start].rstrip()[-1:] in _OPENERS
    return word.isupper() or not opening


_LAW_NAME_REACH = 90  # characters: a law's head, up to eight words of its name and the space before the year


def _after_law_name(view: str, at: int) -> bool:
    """A law's name stands right before the year at `at` (`Bộ luật Dân sự 2015`, `Hiến pháp 2013`): its words
    are lowercase after the first (`_after_name` misses them) and none tells a clause (`Luật này … từ 2015`)."""
    names = law_names()
    m = names.before_year.search(view, window(at, _LAW_NAME_REACH), at)
    if m is None:
        return False
    # a law cited in lower case (`luật Đất đai 2013`) names itself; `pháp luật về …` is law in general, and a bare
    # `luật 2000 …` names no law
    lower = view[m.start()].islower()
    if lower and (not m.group("words").split() or _LAW_IN_GENERAL.search(view, window(m.start(), 8), m.start())):
        return False
    words = m.group("words").split()
    # `luật các tổ chức tín dụng 2010`: a listed law's title is its name whatever words it holds
    return " ".join(fold(w).lower() for w in words) in law_titles() or not _has_stop(words, names)


_LAW_IN_GENERAL = regexes.compile(r"(?<!\w)pháp[^\S\n]+\Z", re.IGNORECASE)


def _has_stop(words: list[str], names: LawNames) -> bool:
    """A stop of dates_law_names.tsv stands among a law name's words as a run of lower-case words: a
    capitalised word is the name's own (`Luật Ban hành văn bản …`), never the start of a clause."""
    folded = [fold(w).lower() for w in words]
    for i in range(len(words)):
        for n in range(1, names.longest_stop + 1):
            run = words[i : i + n]
            if len(run) == n and not any(w[0].isupper() for w in run) and tuple(folded[i : i + n]) in names.stops:
                return True
    return False


_OPENERS = frozenset({"", ".", "!", "?", ":", "“", '"', "-", "–", "(", "…"})


def _month_years(view: str) -> list[Found]:
    """`(12/1986)`, `từ 7/2010`: a month and year written without `tháng` is a date in brackets or after a
    word of a span; elsewhere (`Nghị định 06/2017`, `quy hoạch 1/2000`) only as the end of a range of
    months (`tháng 2/1941 - 9/1941`)."""
    p = patterns()
    out: list[Found] = []
    matches = sorted(chain(p.month_year.finditer(view), p.month_year_dash.finditer(view)), key=re.Match.start)
    for m in matches:
        found = Found(m.start(), m.end(), "month", (int(m.group("y")), int(m.group("m")), None), explicit=True)
        if _counts_a_unit(view, m):
            continue
        if not p.month_year_cue.search(view, window(m.start(), 20), m.start()):
            found.cue = "month-chain"
        if out and out[-1].cue == "month-chain" and _opens_month_range(view, out[-1], found):
            out[-1].cue = "strong"
        out.append(found)
    return out


_NEXT_SYLLABLE = regexes.compile(r"[^\S\n]+(\w+)")
_MEASURED = frozenset({"money", "measure", "percent"})  # the kinds of unit (figures_units.tsv) a range of counts takes


def _counts_a_unit(view: str, m: re.Match[str]) -> bool:
    """`từ 5-2000 đồng`, `(1-2000 USD)`: a month and year written with a dash that a unit of the figures' table
    follows is a range of counts (a dash between two numbers is as often one), not a month — a unit of money or
    measure, and a word of its own: one that opens a longer dictionary word with the next syllable is no unit
    (`Đến 12-2016 tấn công …`); a counted noun is none either (`Từ 6-2016 người dân …`)."""
    from vnreport.extract.figures.lexicon import figure_lexicon  # here: the figures package imports the dates one

    if m.re is not patterns().month_year_dash:
        return False
    lex = figure_lexicon()
    unit = lex.unit_re.match(view, m.end())
    if unit is None or lex.units[" ".join(unit.group(1).split())][1] not in _MEASURED:
        return False  # a counted noun (`người`, `cây`) opens a clause after a date as often as it counts
    following = _NEXT_SYLLABLE.match(view, unit.end())
    return following is None or not is_word(unit.group(1).strip() + " " + following.group(1))


def _opens_month_range(view: str, first: Found, second: Found) -> bool:
    """`6/1970-12/1979: Sinh viên …` (a career list's line): two months and years joined by a dash, the second
    not earlier, are a range of months even with no word before them; a document's number has letters after
    its year (`06/2017/NĐ-CP`), never a second month."""
    joined = view[first.end : second.start].strip() in {"-", "–"}
    return joined and (second.lo[0] or 0, second.lo[1] or 0) >= (first.lo[0] or 0, first.lo[1] or 0)


def _tets(view: str) -> list[Found]:
    """`Tết Nguyên đán 2017`, `Tết Đinh Dậu`, `mùng 6 Tết Nguyên đán`: the solar days of a lunar new year."""
    p = patterns()
    out = []
    for m in p.tet.finditer(view):
        if m.group("y") is None and _recurs(view, m.start(), m.end()):
            continue  # `Tết Nguyên đán hằng năm`, `thường niên vào mùng 3 và mùng 4 Tết Nguyên đán`
        day = m.group("d")
        offset = 0 if day is None else (int(day) if day.isdigit() else number_words().get(day.lower(), 0)) - 1
        if not 0 <= offset < 30:
            continue
        year = int(m.group("y")) if m.group("y") else None
        first = tet_dates().get(year) if year is not None else None
        if year is not None and first is None:
            continue  # a year the table does not hold: no day to give
        lo = (first.year, first.month, first.day) if first else (None, 1, 28)  # late January: where Tết falls
        found = Found(m.start(), m.end(), "day", lo, explicit=year is not None, tet=offset)
        if m.group("stem"):
            cycle = _cycle(m)
            if cycle is None:
                continue
            found.cycle = cycle
        out.append(found)
    return out


# How far before a year's name its lunar month or day may begin: `tháng Mười Một âm lịch ` is 23 characters
_LUNAR_MONTH_REACH = 32


@cache
def _lunar_month_before() -> re.Pattern[str]:
    """`(tức) 14 tháng Giêng năm Đinh Dậu`, `tức 23 tháng Mười Một năm …`, `ngày 14 tháng 1 âm lịch năm …`, `(tức
    14/4 năm Đinh Dậu)`: a lunar month or day, perhaps marked `âm lịch`, right before the year's name makes it a
    lunar day's year. Month names of two words come from dates_month_names.tsv. Searched in a bounded window."""
    names = "|".join(re.escape(n).replace(r"\ ", r"[^\S\n]+") for n in sorted(month_names(), key=lambda n: -len(n)))
    lunar = r"(?:[^\S\n]+âm[^\S\n]+lịch)?"
    month = rf"(?<!\w)tháng[^\S\n]+(?:{names}|\w+)(?!\w)"
    return regexes.compile(rf"(?:{month}|(?<!\d)\d{{1,2}}/\d{{1,2}}){lunar}[^\S\n]*,?[^\S\n]*\Z", re.IGNORECASE)


def _cycle_years(view: str) -> list[Found]:
    """`năm Đinh Dậu`, `đầu xuân Đinh Dậu`, `Xuân Đinh Dậu 2017`: a year named by its sexagenary name. Its year,
    when not written, is the one of that name nearest to the year the text fixes (`__init__.py`)."""
    out = []
    for m in patterns().cycle_year.finditer(view):
        if _lunar_month_before().search(view, window(m.start(), _LUNAR_MONTH_REACH), m.start()):
            continue
        cycle = _cycle(m)
        if cycle is None:
            continue
        year = int(m.group("y")) if m.group("y") else None
        out.append(Found(m.start(), m.end(), "year", (year, None, None), explicit=year is not None, cycle=cycle))
    return out


def _cycle(m: re.Match[str]) -> int | None:
    """The sexagenary year (0 = Giáp Tý) of a match's `stem` and `branch`; None for a pair no year has."""
    stem, branch = can_chi()[" ".join(m.group("stem").split())][1], can_chi()[m.group("branch")][1]
    return next((n for n in range(60) if n % 10 == stem and n % 12 == branch), None)


def _select(candidates: list[Found]) -> list[Found]:
    """Longest first, no overlaps; `skip` spans win their place and are then dropped."""
    size = max((c.end for c in candidates), default=0)
    taken = bytearray(size)
    chosen = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if c.end <= c.start or taken.find(1, c.start, c.end) != -1:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    return sorted((c for c in chosen if c.precision != "skip"), key=lambda c: c.start)


def _link_chains(view: str, found: list[Found]) -> list[Found]:
    """Keep cue-less cores that continue a list or range (`15/7 - 20/7`, `năm 2022, 2023`) and drop the rest;
    an earlier member without a year borrows the year written on the later one."""
    p = patterns()
    kept: list[Found] = []
    for f in found:
        prev = kept[-1] if kept else None
        joined = prev is not None and prev.end <= f.start and p.connector.fullmatch(view, prev.end, f.start) is not None
        if f.cue == "year-chain" and not (joined and prev is not None and _is_written_year(prev)):
            continue
        if f.cue in ("none", "fraction") and not (joined and prev is not None and prev.lo[2] is not None):
            continue
        if f.cue == "month-chain" and not (joined and prev is not None and prev.precision == "month"):
            continue
        if (
            joined
            and prev is not None
            and f.explicit
            and not prev.explicit
            and prev.rel is None
            and prev.precision == f.precision
            and p.range_connector.fullmatch(view, prev.end, f.start)
        ):
            _borrow_year(prev, f)
        kept.append(f)
    return kept


_SPANNED = frozenset({"day", "month", "year"})


def _ranges(view: str, found: list[Found]) -> list[Found]:
    """Two dates written as one span become one interval: `từ tháng 9/2014 tới tháng 12/2016`, `Từ năm 1995
    đến năm 2016`, `tháng 2/1941- 9/1941`, `Tháng 4/1973 đến năm 1976`, `từ 25/4 đến 30/5/2017`. Days need
    `từ` before the first (two full dates joined by a dash are two dates); months and years need `từ` or a
    span word (`đến`, `tới`) unless both are months (`tháng 7/2023-11/2025`)."""
    p = patterns()
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is None or not _spannable(prev) or not _spannable(f) or prev.end > f.start:
            out.append(f)
            continue
        join = p.range_to.fullmatch(view, prev.end, f.start)
        since = p.range_from.search(view, window(prev.start, 8), prev.start)
        days = prev.precision == "day" or f.precision == "day"
        if (
            join is None
            or (days and (since is None or (prev.precision != f.precision and not _mixed_span(prev, f, join))))
            or (not days and since is None and join.group("conj") in "-–" and prev.precision != "month")
            or not _before(prev, f)
        ):
            out.append(f)
            continue
        if prev.lo[0] is None and f.lo[0] is not None:
            _borrow_year(prev, f)
        span = Found(
            since.start() if since else prev.start,
            f.end,
            "interval",
            prev.lo,
            f.lo,
            explicit=prev.explicit and f.explicit,
            part_of_day=prev.part_of_day,
            year_range=not days and prev.lo[1] is None and f.lo[1] is None,
            parts=(prev, f),
        )
        out[-1] = span
    return out


def _mixed_span(prev: Found, f: Found, join: re.Match[str]) -> bool:
    """`từ ngày 15/7/2009 đến tháng 2/2014`: a day and a month of different precision join into one
    span after `từ` only when both write their year and `đến`/`tới` joins them (a dash between a day and a month is
    as often two dates); a day and a year stay two (`từ ngày 1/1/2017 đến năm 2020`: a horizon)."""
    months = {prev.precision, f.precision} == {"day", "month"}
    return months and prev.explicit and f.explicit and join.group("conj") not in ("-", "–")


def _spannable(f: Found) -> bool:
    return (
        f.precision in _SPANNED and f.hi is None and f.rel is None and f.tet is None and f.cycle is None and not f.fuzzy
    )


def _before(a: Found, b: Found) -> bool:
    """`a` comes before `b` (a year not written counts as the same year)."""
    ya, yb = a.lo[0], b.lo[0]
    if ya is not None and yb is not None and ya != yb:
        return ya < yb
    return (a.lo[1] or 0, a.lo[2] or 0) < (b.lo[1] or 13, b.lo[2] or 32)


def _is_written_year(f: Found) -> bool:
    return f.explicit and f.precision in ("year", "interval") and f.lo[1] is None


def _borrow_year(prev: Found, later: Found) -> None:
    year = later.lo[0]
    assert year is not None
    if prev.lo[1] is not None and later.lo[1] is not None and prev.lo[1] > later.lo[1]:
        year -= 1  # `28/12 - 5/1/2025`
    prev.lo = (year, prev.lo[1], prev.lo[2])
    if prev.hi is not None:
        prev.hi = (year, prev.hi[1], prev.hi[2])
    prev.explicit = True


def scan(view: str, *, assume_date: bool = False) -> list[Found]:
    candidates = [
        *_numeric(view, assume_date),
        *_spelled(view, assume_date),
        *_iso(view),
        *_months(view),
        *_quarters(view),
        *_partial_years(view),
        *_years(view),
        *_periods(view),
        *_tets(view),
        *_cycle_years(view),
        *_month_years(view),
    ]
    return _ranges(view, _link_chains(view, _expand(_select(candidates))))


def _expand(found: list[Found]) -> list[Found]:
    """A list sharing its year (`tháng 5 và 6 năm 2024`) gives each member as a date of its own."""
    out = []
    for f in found:
        out.append(f)
        if f.members:
            f.end = f.head_end
            out.extend(f.members)
    return out
