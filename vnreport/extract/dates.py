"""Dates and periods: `Chiều 27/9`, `ngày 15 tháng 7 năm 2024`, `quý III/2024`, `8 tháng đầu năm 2024`,
`nhiệm kỳ 2025 - 2030` … normalised to ISO 8601 (DOMAIN.md §5, samples/gold/README.md "dates").

Each pattern finds a *core* (the numbers and the words that carry them) on the match view; the words
around it are read by small anchored patterns: what stands before a core (`ngày`, a part of day, a
weekday, a time, a chain `từ ngày 1 đến …`) and after it (`lúc 14h30`, `năm nay`, `âm lịch`). A bare
day/month (`27/9`) is a date only with such a cue, because the same shape is a fraction, a class or
a score. Overlaps are settled longest first. A missing year comes from the nearest earlier fully dated
expression close by, else the article's year; with no year anywhere the year is written `XXXX`
(ISO 8601-2 unspecified digits).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from vnreport.lexicon import load_list, load_table, load_words
from vnreport.report.model import DateMention
from vnreport.segment.document import Document
from vnreport.text import fold, match_view, nfc

_S = r"[^\S\n]+"  # a gap between words, never across a line
_O = r"[^\S\n]*"
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:1\d{3}|20\d\d|21\d\d)"
_Y_END = r"(?![\w/])(?![.,]\d)"  # a year is not followed by more digits or a document code
_ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}
_RELATIVE_YEARS = {"nay": 0, "ngoái": -1, "trước": -1, "tới": 1, "sau": 1}
_RELATIVE = r"(?:nay|ngoái|trước|tới|sau)(?!\w)"
_LEAD = 500  # characters: title and lead, where the article's own time is stated
_ANCHOR_REACH = 300  # characters: an earlier full date lends its year only to dates this close
_TEN_DAYS = {"thượng tuần": (1, 10), "trung tuần": (11, 20), "hạ tuần": (21, 31)}
_MONTH_PREFIXES = r"thượng tuần|trung tuần|hạ tuần|đầu|cuối|giữa"

Point = tuple[int | None, int | None, int | None]  # year, month, day; year None = to be inferred


@dataclass(slots=True)
class _Found:
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
    year_range: bool = False
    horizon: bool = False  # `tầm nhìn 2050`: a target year, not the article's


# --- lexicons → regex alternations ---------------------------------------------------------------


def _alternation(phrases: list[str] | tuple[str, ...]) -> str:
    ordered = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", _S) for p in ordered)


@cache
def _parts_of_day() -> dict[str, str]:
    return {fold(phrase).lower(): value for phrase, value in load_table("dates_parts_of_day.tsv")}


@cache
def _month_names() -> dict[str, tuple[int, bool]]:
    """Capitalised spellings (`Mười Hai`, `Mười hai`) → (month, lunar)."""
    names: dict[str, tuple[int, bool]] = {}
    for name, month, calendar in load_table("dates_month_names.tsv"):
        words = fold(name).split()
        for spelling in (" ".join(words), " ".join([words[0]] + [w.lower() for w in words[1:]])):
            names[spelling] = (int(month), calendar == "lunar")
    return names


@cache
def _number_words() -> dict[str, int]:
    return {fold(word).lower(): int(n) for word, n in load_table("dates_number_words.tsv")}


@cache
def _period_words() -> dict[str, str]:
    return {fold(word).lower(): form for word, form in load_table("dates_period_words.tsv")}


@cache
def _year_prefixes() -> dict[str, tuple[str, bool]]:
    return {fold(p).lower(): (part, alone == "yes") for p, part, alone in load_table("dates_year_prefixes.tsv")}


@cache
def _day_cues() -> dict[str, str]:
    return {fold(word).lower(): strength for word, strength in load_table("dates_day_cues.tsv")}


def _month_name_pattern() -> str:
    return "(?-i:" + _alternation(list(_month_names())) + ")"


@dataclass(frozen=True)
class _Patterns:
    numeric: re.Pattern[str]
    spelled: re.Pattern[str]
    month: re.Pattern[str]
    quarter: re.Pattern[str]
    partial: re.Pattern[str]
    year: re.Pattern[str]
    period: re.Pattern[str]
    bare_range: re.Pattern[str]
    bare_year: re.Pattern[str]
    before: re.Pattern[str]
    before_paren: re.Pattern[str]
    chain_before: re.Pattern[str]
    cue_before: re.Pattern[str]
    after_rel: re.Pattern[str]
    after_time: re.Pattern[str]
    lunar_after: re.Pattern[str]
    lunar_before: re.Pattern[str]
    event_before: re.Pattern[str]
    not_month_after: re.Pattern[str]
    not_day_after: re.Pattern[str]
    recurring_after: re.Pattern[str]
    digit_before: re.Pattern[str]
    doc_before: re.Pattern[str]
    connector: re.Pattern[str]
    range_connector: re.Pattern[str]
    future_before: re.Pattern[str]
    future_after: re.Pattern[str]
    vote_skip: re.Pattern[str]


_TIME = (
    r"(?P<h>[01]?\d|2[0-3])(?:[hg](?P<mi>[0-5]\d)?(?:'|p(?!\w))?(?![\w])"
    rf"|:(?P<mi2>[0-5]\d)(?!\d)|{_S}giờ(?:{_S}(?P<mi3>[0-5]?\d)(?:{_S}phút|')?)?(?!\w))"
)


def _time_group(name: str) -> str:
    """The time pattern with its groups renamed, so it can appear twice in one regex."""
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{name}_{m.group(1)}>", _TIME)


@cache
def _patterns() -> _Patterns:
    pod = _alternation(list(_parts_of_day()))
    weekday = _alternation([w for w, _ in load_table("dates_weekdays.tsv")])
    month_name = _month_name_pattern()
    numbers = _alternation(list(_number_words()))
    periods = _alternation(list(_period_words()))
    year_pre = _alternation(list(_year_prefixes()))
    cues = _alternation(list(_day_cues()))
    flags = re.IGNORECASE
    return _Patterns(
        numeric=re.compile(
            rf"(?<![\w/.,])(?<![^\W\d]-)(?P<d>{_D})(?P<sep>[/.-])(?P<m>{_M})(?:(?:(?P=sep)|{_S}năm{_S})(?P<y>{_Y}))?"
            r"(?!\w)(?!/\w)(?![.,]\d)(?!-[^\W\d])"
        ),
        spelled=re.compile(
            rf"(?<![\w/.,])(?P<d>{_D}){_S}tháng{_S}(?:(?P<m>{_M})(?!\w)|(?P<mn>{month_name})(?!\w))"
            rf"(?:(?:{_S}năm{_S}|[/.-])(?P<y>{_Y}){_Y_END})?",
            flags,
        ),
        month=re.compile(
            rf"(?<!\w)(?:(?P<pre>{_MONTH_PREFIXES}){_S})?tháng{_S}"
            rf"(?:(?P<m>{_M})(?:{_O}-{_O}(?P<m2>{_M}))?(?!\w)(?![.,/-]\d(?!\d{{3}}))|(?P<mn>{month_name})(?!\w))"
            rf"(?:(?:{_S}năm{_S}|[/.-])(?P<y>{_Y}){_Y_END}|{_S}năm{_S}(?P<rel>{_RELATIVE}))?",
            flags,
        ),
        quarter=re.compile(
            rf"(?<!\w)(?:(?P<pre>đầu|cuối|giữa){_S})?quý{_S}(?P<q>(?-i:IV|III|II|I)|[1-4])(?!\w)(?!/\d(?!\d{{3}}))"
            rf"(?:(?:{_S}năm{_S}|[/.-])(?P<y>{_Y}){_Y_END}|{_S}năm{_S}(?P<rel>{_RELATIVE}))?",
            flags,
        ),
        partial=re.compile(
            rf"(?<![\w.,])(?P<n>\d{{1,2}}|{numbers}){_S}tháng(?:{_S}(?P<side>đầu|cuối))?{_S}năm"
            rf"(?:{_S}(?P<y>{_Y}){_Y_END}|{_S}(?P<rel>{_RELATIVE}))?(?!{_S}học)(?!\w)",
            flags,
        ),
        year=re.compile(
            rf"(?<!\w)(?:(?P<pre>{year_pre}){_S})?năm(?:{_S}(?P<y>{_Y}){_Y_END}"
            rf"(?:{_O}(?:-|đến|tới){_O}(?P<y2>{_Y}|\d\d){_Y_END})?|{_S}(?P<rel>{_RELATIVE}))?(?!{_S}học)",
            flags,
        ),
        period=re.compile(
            rf"(?<!\w)(?P<kw>{periods}){_S}(?:năm{_S})?(?P<y>{_Y})(?![\w.,]|/\D)"
            rf"(?:{_O}(?:-|/|đến|tới){_O}(?:năm{_S})?(?P<y2>{_Y}|\d\d){_Y_END})?",
            flags,
        ),
        bare_range=re.compile(rf"(?<![\w/.,-])(?P<y>(?:1[89]|2[01])\d\d){_O}-{_O}(?P<y2>(?:1[89]|2[01])\d\d){_Y_END}"),
        bare_year=re.compile(rf"(?<![\w/.,-])(?P<y>(?:1[89]|2[01])\d\d){_Y_END}"),
        before=re.compile(
            rf"(?<!\w)(?:(?P<wd>{weekday}){_O},?{_O})?"
            rf"(?:(?P<time>{_time_group('bt')})(?:{_S}(?P<tpod>{pod}))?{_O},?{_O})?"
            rf"(?:(?P<pod>{pod})(?:{_S}(?:nay|qua|mai))?{_O},?{_O})?"
            rf"(?:(?P<wd2>{weekday}){_O},?{_O})?(?:(?P<ngay>ngày|hôm){_S})?\Z",
            flags,
        ),
        before_paren=re.compile(
            rf"(?<!\w)(?:(?P<pod>{pod})(?:{_S}(?:nay|qua|mai|hôm nay|hôm qua))?|(?P<wd>{weekday})|hôm nay|hôm qua"
            rf"|ngày mai|ngày hôm nay|ngày hôm qua){_O}\({_O}(?:ngày{_S})?\Z",
            flags,
        ),
        chain_before=re.compile(
            rf"(?<![\w/.-])(?:(?P<from>từ){_S})?(?:(?P<ngay>ngày){_S})?(?P<d1>{_D})(?P<rest>(?:{_O},{_O}{_D})*)"
            rf"{_O}(?P<conj>-|đến|tới|và|,){_O}(?:ngày{_S})?\Z",
            flags,
        ),
        cue_before=re.compile(rf"(?<!\w)(?P<cue>{cues}){_S}\Z", flags),
        after_rel=re.compile(rf"{_S}năm{_S}(?P<rel>{_RELATIVE})", flags),
        after_time=re.compile(
            rf"{_O},?{_O}(?:(?:(?:vào{_S})?lúc{_S})(?P<time>{_time_group('at')})"
            rf"|(?P<clock>\d{{1,2}}(?:[hg:])[0-5]\d)(?!\w))(?:{_S}(?P<tpod>{pod}))?",
            flags,
        ),
        lunar_after=re.compile(rf"{_O}[(,]?{_O}(?:âm lịch|ÂL)(?!\w)|{_O}\({_O}âm", flags),
        lunar_before=re.compile(rf"(?<!\w)(?:rằm|mùng|mồng){_S}(?:\d{{1,2}}{_S})?\Z", flags),
        event_before=re.compile(rf"(?<!\w)(?:{_alternation(load_list('dates_event_prefixes.txt'))}){_S}\Z", flags),
        not_month_after=re.compile(
            rf"{_S}(?:{_alternation(list(load_words('dates_not_month_after.txt')))})(?!\w)", flags
        ),
        recurring_after=re.compile(
            rf"{_O},?{_O}(?:{_alternation(load_list('dates_recurring_after.txt'))})(?!\w)", flags
        ),
        not_day_after=re.compile(
            rf"{_O}(?:%|(?:{_alternation(list(load_words('dates_not_month_after.txt')))}|tháng|tuổi|năm(?!{_S}{_RELATIVE}))(?!\w))",
            flags,
        ),
        digit_before=re.compile(rf"\d{_S}\Z"),
        # a document symbol (`258-KH/TU`, `100/2019/NĐ-CP`) just before: the date is that document's
        doc_before=re.compile(
            rf"[\w.-]*/[\w./-]*[A-ZĐ][\w./-]*{_O},?{_O}(?:(?:được{_S})?(?:ban hành|ký|thông qua){_S})?(?:vào{_S})?\Z"
        ),
        connector=re.compile(rf"{_O}(?:,|-|đến|tới|và|hoặc|cho đến|đến hết|hay){_O}(?:ngày{_S})?", flags),
        range_connector=re.compile(rf"{_O}(?:-|đến|tới|và|hoặc|cho đến|đến hết){_O}(?:ngày{_S})?", flags),
        future_before=re.compile(
            rf"(?<!\w)(?:{_alternation(load_list('dates_future_cues.txt'))})(?:{_S}[^\s,;.]+){{0,8}}{_O}\Z", flags
        ),
        future_after=re.compile(rf"{_S}(?:tới|sắp tới)(?!\w)", flags),
        vote_skip=re.compile(
            rf"(?<!\w)(?:{_alternation(load_list('dates_year_vote_skip.txt'))})(?:{_S}\S+){{0,2}}{_O}[(,]?{_O}\Z",
            flags,
        ),
    )


# --- small helpers ------------------------------------------------------------------------------


def _window(start: int, width: int = 80) -> int:
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
    return _format_clock(hour, int(minute), part_of_day)


def _format_clock(hour: int, minute: int, part_of_day: str | None) -> str:
    afternoon = {"chiều": (1, 11), "tối": (1, 11), "đêm": (6, 11), "trưa": (1, 2)}.get(part_of_day or "")
    if afternoon and afternoon[0] <= hour <= afternoon[1]:
        hour += 12  # `2 giờ chiều` is 14:00, `11 giờ đêm` 23:00, but `2 giờ đêm` stays 02:00
    return f"{hour:02d}:{minute:02d}"


def _pod(text: str | None) -> str | None:
    return _parts_of_day().get(" ".join(text.lower().split())) if text else None


def _is_fraction_like(day: int, month: int) -> bool:
    return day < month <= 5


# --- cores ---------------------------------------------------------------------------------------


def _day_month(view: str, m: re.Match[str], month: int, assume_date: bool) -> list[_Found]:
    """A numeric or spelled day-month core: its surroundings decide whether and how it is a date."""
    p = _patterns()
    start, end = m.start(), m.end()
    day = int(m.group("d"))
    year = int(m.group("y")) if m.group("y") else None
    lunar = bool(p.lunar_after.match(view, end)) or bool(p.lunar_before.search(view, _window(start, 20), start))
    if lunar:
        return [_Found(start, end, "skip", (None, None, None))]
    if year is None and p.recurring_after.match(view, end):
        return [_Found(start, end, "skip", (None, None, None))]
    if year is None and p.not_day_after.match(view, end):
        return []  # `lên đến 10-12 triệu đồng`, `từ 5-7 năm`: a range of numbers
    found = _Found(start, end, "day", (year, month, day), explicit=year is not None)
    if year is None and not assume_date:
        found.cue = "none"
    chain = p.chain_before.search(view, _window(start), start)
    heads: list[_Found] = []
    if not (chain and (chain.group("ngay") or chain.group("from")) and _chained_days(chain, found, heads)):
        _extend_before(view, found)
    if year is None:
        rel = p.after_rel.match(view, found.end)
        if rel:
            found.rel = _RELATIVE_YEARS[rel.group("rel").lower()]
            found.end = rel.end()
    _extend_after_time(view, found)
    if found.cue == "none":
        found.cue = _word_cue(view, found.start, day, month)
    found.doc_date = found.explicit and bool(p.doc_before.search(view, _window(found.start), found.start))
    return [*heads, found]


def _word_cue(view: str, start: int, day: int, month: int) -> str:
    """`dịp 30/4`, `trước 30/6`: a cue word from `dates_day_cues.tsv` before a bare day/month. A weak cue
    does not make a date of a common fraction (`từ 1/3`), which then needs a chain."""
    cue = _patterns().cue_before.search(view, _window(start, 30), start)
    if cue is None:
        return "none"
    strength = _day_cues().get(" ".join(cue.group("cue").lower().split()), "weak")
    return "strong" if strength == "strong" or not _is_fraction_like(day, month) else "fraction"


def _chained_days(chain: re.Match[str], last: _Found, heads: list[_Found]) -> bool:
    """`từ ngày 1 đến 5/10/2024` → `last` becomes one interval; `ngày 1 và 2/10` → `ngày 1` goes to `heads`
    beside `2/10`. False when the words before `last` are no such chain."""
    year, month, day2 = last.lo
    d1 = int(chain.group("d1"))
    if chain.group("conj").lower() in ("-", "đến", "tới") and not chain.group("rest"):
        if d1 >= (day2 or 0):
            return False
        last.start, last.precision = chain.start(), "interval"
        last.lo, last.hi = (year, month, d1), (year, month, day2)
        last.cue = "strong"
        return True
    heads.append(_Found(chain.start(), chain.end("d1"), "day", (year, month, d1), explicit=last.explicit))
    for item in re.finditer(r"\d+", chain.group("rest")):
        a = chain.start("rest") + item.start()
        heads.append(_Found(a, a + len(item.group()), "day", (year, month, int(item.group())), explicit=last.explicit))
    last.cue = "strong"
    return True


def _extend_before(view: str, found: _Found) -> None:
    """Take in `ngày`, a part of day, a weekday or a time written before the core."""
    p = _patterns()
    lo = _window(found.start)
    paren = p.before_paren.search(view, lo, found.start)
    if paren and paren.start() < found.start and view.startswith(")", found.end):
        found.start, found.end = paren.start(), found.end + 1
        found.part_of_day = _pod(paren.group("pod"))
        found.cue = "strong"
        return
    before = p.before.search(view, lo, found.start)
    if not before or before.start() == found.start:
        return
    found.start = before.start()
    found.cue = "strong"
    found.part_of_day = _pod(before.group("tpod") or before.group("pod"))
    if before.group("time"):
        found.time = _clock(before, "bt", _pod(before.group("tpod")) or found.part_of_day)


def _extend_after_time(view: str, found: _Found) -> None:
    """`ngày 27/9 lúc 14h30`: the time joins the date (a bare `14h30` only in the HH:MM shapes)."""
    after = _patterns().after_time.match(view, found.end)
    if not after or found.time:
        return
    own_pod = _pod(after.group("tpod"))
    if after.group("time"):
        found.time = _clock(after, "at", own_pod or found.part_of_day)
    else:
        hour, minute = re.split(r"[hg:]", after.group("clock").lower())
        if int(hour) > 23:
            return
        found.time = _format_clock(int(hour), int(minute), own_pod or found.part_of_day)
    found.part_of_day = found.part_of_day or own_pod
    found.end = after.end()


def _numeric(view: str, assume_date: bool) -> list[_Found]:
    out: list[_Found] = []
    for m in _patterns().numeric.finditer(view):
        if m.group("sep") == "." and not m.group("y") and view[m.end() : m.end() + 1] == "%":
            continue
        out.extend(_day_month(view, m, int(m.group("m")), assume_date))
    return out


def _spelled(view: str, assume_date: bool) -> list[_Found]:
    out: list[_Found] = []
    for m in _patterns().spelled.finditer(view):
        if m.group("mn"):
            month, lunar = _month_names()[" ".join(m.group("mn").split())]
            if lunar:
                out.append(_Found(m.start(), m.end(), "skip", (None, None, None)))
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


def _months(view: str) -> list[_Found]:
    p = _patterns()
    out: list[_Found] = []
    for m in p.month.finditer(view):
        start, end = m.start(), m.end()
        if m.group("mn"):
            month, lunar = _month_names()[" ".join(m.group("mn").split())]
        else:
            month, lunar = int(m.group("m")), False
        year, rel = _year_of(m)
        lo = _window(start, 40)
        if (
            lunar
            or p.lunar_after.match(view, end)
            or p.lunar_before.search(view, lo, start)
            or p.event_before.search(view, lo, start)
        ):
            out.append(_Found(start, end, "skip", (None, None, None)))
            continue
        if not m.group("pre") and p.digit_before.search(view, lo, start):
            continue  # `3 tháng 9 ngày`: a duration; `15 tháng 9` is the spelled pattern's
        if year is None and rel is None and p.not_month_after.match(view, end):
            continue
        if year is None and rel is None and p.recurring_after.match(view, end):
            out.append(_Found(start, end, "skip", (None, None, None)))
            continue
        pre = (m.group("pre") or "").lower()
        found = _Found(start, end, "month", (year, month, None), explicit=year is not None, rel=rel)
        if pre in _TEN_DAYS:
            first, last = _TEN_DAYS[pre]
            found.precision, found.lo, found.hi = "interval", (year, month, first), (year, month, last)
        elif m.group("m2") and int(m.group("m2")) > month:
            found.precision, found.hi = "interval", (year, int(m.group("m2")), None)
        found.fuzzy = pre in ("đầu", "cuối", "giữa")
        out.append(found)
    return out


def _quarters(view: str) -> list[_Found]:
    out = []
    for m in _patterns().quarter.finditer(view):
        year, rel = _year_of(m)
        q = m.group("q").upper()
        quarter = _ROMAN_QUARTERS.get(q) or int(q)
        out.append(
            _Found(
                m.start(),
                m.end(),
                "quarter",
                (year, None, None),
                quarter=quarter,
                explicit=year is not None,
                rel=rel,
                fuzzy=bool(m.group("pre")),
            )
        )
    return out


def _partial_years(view: str) -> list[_Found]:
    """`8 tháng đầu năm 2024` → January–August; `6 tháng cuối năm` → July–December."""
    out = []
    for m in _patterns().partial.finditer(view):
        n_text = " ".join(m.group("n").lower().split())
        n = int(n_text) if n_text.isdigit() else _number_words().get(n_text, 0)
        year, rel = _year_of(m)
        side = (m.group("side") or "").lower()
        if not 1 <= n <= 11 or (not side and year is None):
            continue
        first, last = (13 - n, 12) if side == "cuối" else (1, n)
        out.append(
            _Found(
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
    return out


def _years(view: str) -> list[_Found]:
    out = []
    for m in _patterns().year.finditer(view):
        year, rel = _year_of(m)
        pre = " ".join((m.group("pre") or "").lower().split())
        part, alone = _year_prefixes().get(pre, ("", False))
        if year is None and not (pre and (rel is not None or alone)):
            continue
        start = m.start()
        if not pre and _patterns().digit_before.search(view, _window(start, 20), start):
            continue  # `15 năm 2002-2017`, `70 năm`: a duration; a bare range is found by `_periods`
        if year is None and rel is None:
            rel = 0  # `những tháng cuối năm`: this year
        found = _Found(start, m.end(), "year", (year, None, None), explicit=year is not None, rel=rel)
        if m.group("y2") and year is not None:
            y2 = _two_digit_end(year, m.group("y2"))
            if y2 is None:
                found.end = m.end("y")
            else:
                found.precision, found.hi, found.year_range = "interval", (y2, None, None), True
        if part == "h1":
            found.precision, found.lo, found.hi = "interval", (year, 1, None), (year, 6, None)
        elif part == "h2":
            found.precision, found.lo, found.hi = "interval", (year, 7, None), (year, 12, None)
        found.fuzzy = part == "fuzzy"
        out.append(found)
    return out


def _periods(view: str) -> list[_Found]:
    """`nhiệm kỳ 2025 - 2030`, `năm học 2024-2025`, `tầm nhìn 2050`, and bare `2026–2031`."""
    p = _patterns()
    out = []
    for m in p.period.finditer(view):
        year = int(m.group("y"))
        form = _period_words().get(" ".join(m.group("kw").lower().split()), "range")
        if m.group("y2"):
            y2 = _two_digit_end(year, m.group("y2"))
            if y2 is not None:
                out.append(
                    _Found(
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
        if form == "year":
            out.append(_Found(m.start(), m.end("y"), "year", (year, None, None), explicit=True, horizon=True))
    for m in p.bare_range.finditer(view):
        year, y2 = int(m.group("y")), int(m.group("y2"))
        if 0 < y2 - year <= 100:
            out.append(
                _Found(
                    m.start(), m.end(), "interval", (year, None, None), (y2, None, None), explicit=True, year_range=True
                )
            )
    for m in p.bare_year.finditer(view):
        out.append(_Found(m.start(), m.end(), "year", (int(m.group("y")), None, None), explicit=True, cue="year-chain"))
    return out


# --- selection, chains, years --------------------------------------------------------------------


def _select(candidates: list[_Found]) -> list[_Found]:
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


def _link_chains(view: str, found: list[_Found]) -> list[_Found]:
    """Keep cue-less cores that continue a list or range (`15/7 - 20/7`, `năm 2022, 2023`) and drop the rest;
    an earlier member without a year borrows the year written on the later one."""
    p = _patterns()
    kept: list[_Found] = []
    for f in found:
        prev = kept[-1] if kept else None
        joined = prev is not None and prev.end <= f.start and p.connector.fullmatch(view, prev.end, f.start) is not None
        if f.cue == "year-chain" and not (joined and prev is not None and _is_written_year(prev)):
            continue
        if f.cue in ("none", "fraction") and not (joined and prev is not None and prev.lo[2] is not None):
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


def _is_written_year(f: _Found) -> bool:
    return f.explicit and f.precision in ("year", "interval") and f.lo[1] is None


def _borrow_year(prev: _Found, later: _Found) -> None:
    year = later.lo[0]
    assert year is not None
    if prev.lo[1] is not None and later.lo[1] is not None and prev.lo[1] > later.lo[1]:
        year -= 1  # `28/12 - 5/1/2025`
    prev.lo = (year, prev.lo[1], prev.lo[2])
    if prev.hi is not None:
        prev.hi = (year, prev.hi[1], prev.hi[2])
    prev.explicit = True


def _scan(view: str, *, assume_date: bool = False) -> list[_Found]:
    candidates = [
        *_numeric(view, assume_date),
        *_spelled(view, assume_date),
        *_months(view),
        *_quarters(view),
        *_partial_years(view),
        *_years(view),
        *_periods(view),
    ]
    return _link_chains(view, _select(candidates))


def _reads_as_other_time(view: str, f: _Found) -> bool:
    """A horizon, comparison, anniversary, birth or law name (`đến năm 2030`, `cùng kỳ năm 2023`, `(1954`)."""
    return view[f.start - 1 : f.start] == "(" or bool(_patterns().vote_skip.search(view, _window(f.start, 40), f.start))


def _vote_weight(view: str, f: _Found) -> float:
    """How much a mention says about the publication year; the lead (first `_LEAD` characters) counts more."""
    if not f.explicit or f.year_range or f.doc_date or f.horizon or f.cue == "year-chain":
        return 0.0
    if f.lo[0] is None or not 1900 <= f.lo[0] <= 2100:
        return 0.0
    if f.partial_year:
        weight = 3.0
    elif f.precision == "interval" or _reads_as_other_time(view, f):
        return 0.0
    else:
        weight = 1.0 if f.precision == "year" or f.fuzzy else 2.0
    return weight * 1.5 if f.start < _LEAD else weight


def _article_year_from(view: str, found: list[_Found]) -> int | None:
    votes: Counter[int] = Counter()
    for f in found:
        weight = _vote_weight(view, f)
        if weight and f.lo[0] is not None:
            votes[f.lo[0]] += weight
    if not votes:
        return None
    return max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _anchor_year(found: list[_Found], index: int, view: str) -> int | None:
    """The year of the nearest earlier full date (day or month, not a document's date) within reach."""
    here = found[index].start
    for f in reversed(found[:index]):
        if here - f.end > _ANCHOR_REACH:
            return None
        if f.explicit and f.precision in ("day", "month") and not f.doc_date and "\n" not in view[f.end : here]:
            return f.lo[0]
    return None


# --- values --------------------------------------------------------------------------------------


def _format_point(point: Point, year: int | None) -> str:
    y = point[0] if point[0] is not None else year
    text = f"{y:04d}" if y is not None else "XXXX"
    if point[1] is not None:
        text += f"-{point[1]:02d}"
        if point[2] is not None:
            text += f"-{point[2]:02d}"
    return text


def _value(f: _Found, year: int | None) -> str:
    if f.precision == "quarter":
        return f"{_format_point(f.lo, year)}-Q{f.quarter}"
    if f.hi is not None:
        return f"{_format_point(f.lo, year)}/{_format_point(f.hi, year)}"
    return _format_point(f.lo, year)


def _is_future(view: str, f: _Found) -> bool:
    """`vào tháng 9 tới`, `dự kiến ngày 5/10`: the event is ahead of the article, whatever was dated before."""
    p = _patterns()
    return bool(p.future_after.match(view, f.end) or p.future_before.search(view, _window(f.start, 80), f.start))


def _inferred_year(found: list[_Found], index: int, view: str, article: int | None) -> int | None:
    f = found[index]
    if f.rel is not None:
        return article + f.rel if article is not None else None
    if _is_future(view, f):
        return article
    return _anchor_year(found, index, view) or article


def _precision(f: _Found) -> str:
    return "interval" if f.hi is not None else f.precision


# --- public API ----------------------------------------------------------------------------------


def _found_of(doc: Document) -> list[_Found]:
    cached = doc.extras.get("dates.found")
    if cached is None:
        cached = _scan(doc.view)
        doc.extras["dates.found"] = cached
    return cached  # type: ignore[return-value]


def article_year(doc: Document) -> int | None:
    """The publication year: `doc.year` when known, else the year the article's own dated expressions
    agree on (full dates and month/quarter/part-of-year expressions weigh more than a bare `năm 2024`;
    year ranges, document dates, horizons `đến năm 2030`, comparisons `cùng kỳ năm 2023`, anniversaries
    and law names do not vote). Ties go to the later year."""
    if doc.year is not None:
        return doc.year
    return _article_year_from(doc.view, _found_of(doc))


def extract_dates(doc: Document) -> list[DateMention]:
    """Every date or period mention in `doc`, in text order, without overlaps."""
    found = _found_of(doc)
    article = doc.year if doc.year is not None else _article_year_from(doc.view, found)
    mentions = []
    for index, f in enumerate(found):
        year = None if f.explicit else _inferred_year(found, index, doc.view, article)
        mentions.append(
            DateMention(
                text=doc.text[f.start : f.end],
                value=_value(f, year),
                start=f.start,
                end=f.end,
                inferred=not f.explicit,
                precision=_precision(f),  # type: ignore[arg-type]
                part_of_day=f.part_of_day,
                time=f.time,
                fuzzy=f.fuzzy,
            )
        )
    return mentions


def parse_date_text(s: str, year: int | None = None) -> str | None:
    """The ISO value of the first date expression in `s` (`ngày 15/7/2024`, `15-7-2024`,
    `ngày 05 tháng 01 năm 2026`); a bare `15/7` is taken as a date and needs `year`. None if `s` holds no
    date, or its year is neither written nor given."""
    view = match_view(nfc(s))
    found = _scan(view, assume_date=True)
    if not found:
        return None
    first = found[0]
    if not first.explicit:
        if year is None:
            return None
        year = year + first.rel if first.rel is not None else year
    return _value(first, None if first.explicit else year)
