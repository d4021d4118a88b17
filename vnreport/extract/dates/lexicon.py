"""The dates' lexicons (`dates_*` data files) and the patterns built from them, compiled once."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from vnreport import regexes
from vnreport.lexicon import DocumentKindRow, IssuingVerbRow, load_list, load_rows, load_words
from vnreport.numbers import count_phrases
from vnreport.text import fold


class UnitSurfaceRow(NamedTuple):
    surface: str
    unit: str
    kind: str


class PartOfDayRow(NamedTuple):
    phrase: str
    part: str


class MonthRow(NamedTuple):
    name: str
    month: str
    calendar: str


class PeriodRow(NamedTuple):
    word: str
    form: str


class YearPrefixRow(NamedTuple):
    phrase: str
    part: str
    alone: str


class DayCueRow(NamedTuple):
    word: str
    strength: str


class LawNameRow(NamedTuple):
    kind: str  # head: opens a law's name; stop: a word that tells a clause, not a name
    word: str


class WeekdayRow(NamedTuple):
    phrase: str
    weekday: str


class YearCueRow(NamedTuple):
    role: str
    phrase: str


class TetRow(NamedTuple):
    year: str
    date: str


class CanChiRow(NamedTuple):
    word: str
    part: str
    position: str


_S = r"[^\S\n]+"  # a gap between words, never across a line


_O = r"[^\S\n]*"


# An optional comma between optional gaps, written so that a long gap is crossed once: `{_O},?{_O}` would try
# every split of the gap between its two runs, quadratic in a run of spaces after a date.
_COMMA = rf"{_O}(?:,{_O})?"


_D = r"(?:0?[1-9]|[12]\d|3[01])"


_M = r"(?:0?[1-9]|1[0-2])"


_Y = r"(?:1\d{3}|20\d\d|21\d\d)"


_Y_END = r"(?![\w/])(?![.,]\d)"  # a year is not followed by more digits or a document code
# `năm tài khóa 2016`, `năm tài chính 2015`: a fiscal year is named by its year like a calendar one
_FISCAL = r"(?:[^\S\n]+(?:tài[^\S\n]+khóa|tài[^\S\n]+khoá|tài[^\S\n]+chính|ngân[^\S\n]+sách))"


_RELATIVE = r"(?:nay|ngoái|trước|tới|sau)(?!\w)"


_MONTH_PREFIXES = r"thượng tuần|trung tuần|hạ tuần|đầu|cuối|giữa"


TEN_DAYS = {"thượng tuần": (1, 10), "trung tuần": (11, 20), "hạ tuần": (21, 31)}


_QUARTER = r"(?:(?-i:IV|III|II|I)|[1-4])"


# `hôm 5-10/2016`: a day and month joined by a dash, the year by a slash (a date only after `ngày`/`hôm`, cores.py)
_MIXED = r"(?P<mixed>(?<=-\d)/|(?<=-\d\d)/)"

_SEP = rf"(?:{_O},{_O}|{_S}(?:và|hoặc){_S})"


_ITEM_END = r"(?!\w)(?![.,]\d(?!\d{3}))"


def _list(name: str, item: str) -> str:
    """The later members of a list sharing the year written after its last one (`tháng 5 và 6 năm 2024`,
    `quý III, IV/2024`): without a year the list must end its clause (`tháng 5, 6 doanh nghiệp` is a count)."""
    return (
        rf"(?P<{name}>(?>{_SEP}{item}{_ITEM_END}(?:{_SEP}{item}{_ITEM_END}){{0,10}}))"
        rf"(?=(?:{_S}năm{_S}|[/.]|{_O}-{_O}){_Y}{_Y_END}|{_O}(?:[,.;:)\n]|\Z))"
    )


def _alternation(phrases: list[str] | tuple[str, ...]) -> str:
    ordered = sorted({fold(p) for p in phrases}, key=lambda p: (-len(p), p))  # a set: one order in every process
    return "|".join(re.escape(p).replace(r"\ ", _S) for p in ordered)


@cache
def parts_of_day() -> dict[str, str]:
    """The parts of a day (`sáng`, `rạng sáng`, `đêm`), folded and lower case → the part they name."""
    return {fold(r.phrase).lower(): r.part for r in load_rows("dates_parts_of_day.tsv", PartOfDayRow)}


@cache
def month_names() -> dict[str, tuple[int, bool]]:
    """Capitalised spellings (`Mười Hai`, `Mười hai`) → (month, lunar)."""
    names: dict[str, tuple[int, bool]] = {}
    for row in load_rows("dates_month_names.tsv", MonthRow):
        words = fold(row.name).split()
        for spelling in (" ".join(words), " ".join([words[0]] + [w.lower() for w in words[1:]])):
            names[spelling] = (int(row.month), row.calendar == "lunar")
    return names


@cache
def number_words() -> dict[str, int]:
    # `năm` (five) is left out: `năm tháng` is "years and months".
    return {fold(word).lower(): n for word, n in count_phrases(11, exclude=frozenset({"năm"})).items()}


@cache
def tet_dates() -> dict[int, datetime.date]:
    """Year → the solar date of that year's Tết (its first lunar day)."""
    return {int(r.year): datetime.date.fromisoformat(r.date) for r in load_rows("dates_tet.tsv", TetRow)}


@cache
def can_chi() -> dict[str, tuple[str, int]]:
    """`Đinh` → (stem, 3), `Dậu` → (branch, 9): the sexagenary names of lunar years."""
    return {fold(r.word): (r.part, int(r.position)) for r in load_rows("dates_can_chi.tsv", CanChiRow)}


@cache
def period_words() -> dict[str, str]:
    return {fold(r.word).lower(): r.form for r in load_rows("dates_period_words.tsv", PeriodRow)}


@cache
def year_prefixes() -> dict[str, tuple[str, bool]]:
    rows = load_rows("dates_year_prefixes.tsv", YearPrefixRow)
    return {fold(r.phrase).lower(): (r.part, r.alone == "yes") for r in rows}


@cache
def unit_words() -> frozenset[str]:
    """The first words of the units a number is written with (figures_units.tsv: `MW`, `USD`, `ca`), as
    written: after a bare year they make it a count (`đạt tới 2000 MW`)."""
    return frozenset(r.surface.split()[0] for r in load_rows("figures_units.tsv", UnitSurfaceRow))


@cache
def count_nouns() -> frozenset[str]:
    """Lower-case nouns for people counted by a number (dates_count_nouns.txt: `cử tri`, `thí sinh`), which the
    units' first words lack: after a bare year in a season they make it a count."""
    return frozenset(" ".join(fold(w).lower().split()) for w in load_list("dates_count_nouns.txt"))


@cache
def horizon_after() -> frozenset[str]:
    """Lower-case words after `đến 2020` that keep the year the one a span runs up to (`sẽ`, `và`)."""
    return frozenset(fold(w).lower() for w in load_list("dates_horizon_after.txt"))


@cache
def bare_year_before() -> re.Pattern[str]:
    """`so với 2015`, `cùng kỳ 2015`, `trước 1975`: a word of dates_bare_year_before.txt that ends right before a
    bare year (matched with `search(view, lo, start)`, anchored at the year), not after a number (`từ 5 trước`)."""
    words = _alternation(load_list("dates_bare_year_before.txt"))
    return regexes.compile(rf"(?<![\d.,][^\S\n])(?<!\w)(?:{words})[^\S\n]+\Z", re.IGNORECASE)


@cache
def season_before() -> re.Pattern[str]:
    """`mùa mưa lũ 2017`, `vụ đông xuân 2017`, `cuộc bầu cử Tổng thống 2016`: a head of dates_season_heads.txt and
    up to three words without digits between it and a bare year (matched with `search(view, lo, start)`, anchored
    at the year), on one line and in one clause."""
    heads = _alternation(load_list("dates_season_heads.txt"))
    return regexes.compile(rf"(?<!\w)(?:{heads})(?:[^\S\n]+[^\W\d_]+){{0,3}}[^\S\n]+\Z", re.IGNORECASE)


@cache
def not_name_before() -> frozenset[str]:
    """Capitalised words before a number that is no year of a name (`Điều 1990`, `Số 2017`)."""
    return frozenset(fold(w).lower() for w in load_list("dates_not_name_before.txt"))


@dataclass(frozen=True, slots=True)
class LawNames:
    """`Luật Đất đai 2013`: the head of a law's name, with its words, right before a bare year (matched up to the
    end of the searched window), and the words that make the run a clause, not a name."""

    before_year: re.Pattern[str]
    stops: frozenset[tuple[str, ...]]  # runs of lower-case words, each folded
    longest_stop: int  # words of the longest of them (`ban hành`: 2)


_LAW_NAME_WORDS = 8  # words of a law's name between its head and its year (`Luật Xử lý vi phạm hành chính`)


@cache
def law_names() -> LawNames:
    rows = load_rows("dates_law_names.tsv", LawNameRow)
    heads = sorted((r.word for r in rows if r.kind == "head"), key=len, reverse=True)
    head = "|".join(r"[^\S\n]+".join(map(re.escape, h.split())) for h in heads)
    stops = frozenset(tuple(fold(r.word).lower().split()) for r in rows if r.kind == "stop")
    return LawNames(
        before_year=regexes.compile(
            rf"(?<!\w)(?:{head})(?P<words>(?:[^\S\n]+[^\W\d_]+){{0,{_LAW_NAME_WORDS}}})[^\S\n]+\Z"
        ),
        stops=stops,
        longest_stop=max((len(stop) for stop in stops), default=0),
    )


@cache
def law_titles() -> frozenset[str]:
    """The titles of documents_law_names.txt, folded and lower-cased: a title that holds a stop of
    dates_law_names.tsv (`các tổ chức tín dụng`) is still a law's name before a bare year."""
    return frozenset(" ".join(fold(t).lower().split()) for t in load_list("documents_law_names.txt"))


@cache
def day_cues() -> dict[str, str]:
    return {fold(r.word).lower(): r.strength for r in load_rows("dates_day_cues.tsv", DayCueRow)}


def _month_name_pattern() -> str:
    return "(?-i:" + _alternation(list(month_names())) + ")"


@dataclass(frozen=True)
class _Patterns:
    numeric: re.Pattern[str]
    spelled: re.Pattern[str]
    month: re.Pattern[str]
    quarter: re.Pattern[str]
    quarter_short: re.Pattern[str]
    iso: re.Pattern[str]
    night_before: re.Pattern[str]
    partial: re.Pattern[str]
    year: re.Pattern[str]
    period: re.Pattern[str]
    period_lower: re.Pattern[str]
    bare_range: re.Pattern[str]
    from_to_years: re.Pattern[str]
    bare_year: re.Pattern[str]
    month_year: re.Pattern[str]
    month_year_dash: re.Pattern[str]
    year_part_before: re.Pattern[str]
    year_half_before: re.Pattern[str]
    since_year: re.Pattern[str]
    month_year_cue: re.Pattern[str]
    range_from: re.Pattern[str]
    range_to: re.Pattern[str]
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
    zone_after: re.Pattern[str]
    recurring_after: re.Pattern[str]
    recurring_before: re.Pattern[str]
    digit_before: re.Pattern[str]
    year_list_after: re.Pattern[str]
    doc_number_before: re.Pattern[str]
    doc_before: re.Pattern[str]
    connector: re.Pattern[str]
    range_connector: re.Pattern[str]
    future_before: re.Pattern[str]
    future_after: re.Pattern[str]
    vote_skip: re.Pattern[str]
    tet: re.Pattern[str]
    cycle_year: re.Pattern[str]


_TIME = (
    r"(?P<h>[01]?\d|2[0-3])(?:[hg](?P<mi>[0-5]\d)?(?:'|p(?!\w))?(?![\w])"
    rf"|:(?P<mi2>[0-5]\d)(?!\d)|{_S}giờ(?:{_S}(?P<mi3>[0-5]?\d)(?:{_S}phút|')?)?(?!\w))"
)


def _time_group(name: str) -> str:
    """The time pattern with its groups renamed, so it can appear twice in one regex."""
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{name}_{m.group(1)}>", _TIME)


@cache
def patterns() -> _Patterns:
    pod = _alternation(list(parts_of_day()))
    weekday = _alternation([r.phrase for r in load_rows("dates_weekdays.tsv", WeekdayRow)])
    month_name = _month_name_pattern()
    numbers = _alternation(list(number_words()))
    periods = _alternation(list(period_words()))
    period_branches = "|".join(regexes.scan_branches(list(period_words()), not_after=r"\w", space=_S))
    year_pre = _alternation(list(year_prefixes()))
    halves = _alternation([w for w, (part, _) in year_prefixes().items() if part in ("h1", "h2")])
    cues = _alternation(list(day_cues()))
    paren_heads = _alternation(load_list("dates_paren_heads.txt"))
    doc_kinds = _alternation([r.word for r in load_rows("documents_kinds.tsv", DocumentKindRow)])
    flags = re.IGNORECASE
    stems = _alternation([w for w, (part, _) in can_chi().items() if part == "stem"])
    branches = _alternation([w for w, (part, _) in can_chi().items() if part == "branch"])
    return _Patterns(
        numeric=regexes.compile(
            rf"(?<![\w/.,])(?<![^\W\d]-)(?P<d>{_D})(?:(?P<sep>[/.-])(?P<m>{_M})"
            rf"(?:(?:(?P=sep)(?:(?<=/)[^\S\n])?|{_S}năm{_S}|{_MIXED})(?P<y>{_Y}))?"
            # `12 - 03 - 2024`, `4/ 4/2017`, `21 /6/2017`: spaced dashes or slashes need a year (`15/5/ 2017` above) …
            rf"|{_O}(?P<sep_sp>[-/]){_O}(?P<m_sp>{_M}){_O}(?P=sep_sp){_O}(?P<y_sp>{_Y})"
            rf"|{_S}-{_S}(?P<m_sd>{_M})(?!{_O}-))"  # … or a part of day before (`sáng 5 - 9`, cores.py)
            r"(?!\w)(?!/\w)(?![.,]\d)(?!-[^\W\d])"
        ),
        spelled=regexes.compile(
            rf"(?<![\w/.,])(?P<d>{_D}){_S}tháng{_S}(?:(?P<m>{_M})(?!\w)|(?P<mn>{month_name})(?!\w))"
            rf"(?:(?:{_S}năm{_S}|[/.-])(?P<y>{_Y}){_Y_END})?",
            flags,
        ),
        month=regexes.compile(
            rf"(?<!\w)(?:(?P<pre>{_MONTH_PREFIXES}){_S})?tháng{_S}"
            rf"(?:(?P<m>{_M})(?:{_O}-{_O}(?P<m2>{_M}))?(?!\w)(?:{_list('more', _M)}|(?![.,/-]\d(?!\d{{3}})))"
            rf"|(?P<mn>{month_name})(?!\w))"
            rf"(?:(?:{_S}năm{_S}|[/.]|{_O}-{_O})(?P<y>{_Y}){_Y_END}|{_S}năm{_S}(?P<rel>{_RELATIVE}))?",
            flags,
        ),
        quarter=regexes.compile(
            rf"(?<!\w)(?:(?P<pre>đầu|cuối|giữa){_S})?qu[ýí]{_S}(?:(?P<q>{_QUARTER}|(?:đầu|cuối)(?:{_S}(?:tiên|cùng))?"
            rf"(?:{_S}của)?(?={_S}năm(?!{_S}học)))(?!\w)(?:{_list('more', _QUARTER)}|(?!/\d(?!\d{{3}}))))"
            rf"(?:(?:{_S}năm{_S}|[/.]|{_O}-{_O})(?P<y>{_Y}){_Y_END}|{_S}năm{_S}(?P<rel>{_RELATIVE}))?",
            flags,
        ),
        # `Đêm 1 rạng sáng 2/4`: the night before the day written in full, by its day alone
        night_before=regexes.compile(rf"(?<!\w)(?:đêm|tối|khuya){_S}(?:ngày{_S})?(?P<d1>{_D}){_COMMA}\Z", flags),
        # `2025-04-04` (a page's time stamp written the ISO way)
        iso=regexes.compile(
            rf"(?<![\w/.-])(?P<y>{_Y})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w-])(?![.,/]\d)"
        ),
        # `Q1/2025`, `Q3-2024`: only with its year (`Q1` alone is as often a district, Quận 1)
        quarter_short=regexes.compile(rf"(?<![\w/.-])Q(?P<q>[1-4])(?:/|-|{_S}(?:năm{_S})?)(?P<y>{_Y}){_Y_END}"),
        partial=regexes.compile(
            rf"(?<![\w.,])(?P<n>\d{{1,2}}|{numbers}|(?<!những )(?<!các )năm(?={_S}tháng{_S}(?:đầu|cuối)))"
            rf"{_S}(?P<unit>tháng|qu[ýí])(?:{_S}(?P<side>đầu|cuối))?(?:{_S}của)?"
            # `6 tháng cuối 2016`: after a side, the year may follow without `năm`
            rf"(?:{_S}năm|(?:(?<=đầu)|(?<=cuối))(?={_S}{_Y}{_Y_END}))"
            rf"(?:{_S}(?P<y>{_Y}){_Y_END}|{_S}(?P<rel>{_RELATIVE}))?(?!{_S}học)(?!\w)",
            flags,
        ),
        year=regexes.compile(
            rf"(?<!\w)(?:(?P<pre>{year_pre}){_S})?năm(?:(?P<fiscal>{_FISCAL})?{_S}(?P<y>{_Y}){_Y_END}"
            rf"(?:{_O}(?:-|đến|tới){_O}(?P<y2>{_Y}|\d\d){_Y_END})?|{_S}(?P<rel>{_RELATIVE}))?(?!{_S}học)",
            flags,
        ),
        period=regexes.compile(
            rf"(?<!\w)(?P<kw>{periods}){_S}(?:năm{_S})?(?P<y>{_Y})(?![\w.,]|/\D)"
            rf"(?:{_O}(?:-|/|đến|tới){_O}(?:năm{_S})?(?P<y2>{_Y}|\d\d){_Y_END})?",
            flags,
        ),
        # The period pattern for the lower-case text, opening with the period words' first letters (see
        # regexes.scan_branches): re skips every other position in C.
        period_lower=regexes.compile(
            rf"(?P<kw>{period_branches})"
            rf"{_S}(?:năm{_S})?(?P<y>{_Y})(?![\w.,]|/\D)"
            rf"(?:{_O}(?:-|/|đến|tới){_O}(?:năm{_S})?(?P<y2>{_Y}|\d\d){_Y_END})?",
        ),
        # The first two digits before the look-behind, for the same reason.
        bare_range=regexes.compile(
            rf"(?P<y>(?:1[89]|2[01])(?<![\w/.,-]..)\d\d){_O}-{_O}(?P<y2>(?:1[89]|2[01])\d\d){_Y_END}"
        ),
        # `từ 1986 đến 2015`: two bare years joined as a span (a bare year alone is a date only in a chain)
        from_to_years=regexes.compile(
            rf"(?<!\w)từ{_S}(?P<y>(?:1[89]|2[01])\d\d){_S}(?:đến|tới){_S}(?:năm{_S})?(?P<y2>(?:1[89]|2[01])\d\d){_Y_END}",
            re.IGNORECASE,
        ),
        bare_year=regexes.compile(rf"(?<![\w/.,-])(?P<y>(?:1[89]|2[01])\d\d){_Y_END}"),
        # `(12/1986)`, `từ 7/2010`, the end of `tháng 2/1941 - 9/1941`: a month and year without `tháng`
        month_year=regexes.compile(
            rf"(?<![\w/.,])(?<![^\W\d]-)(?P<m>{_M})/(?P<y>(?:1[89]|2[01])\d\d){_Y_END}(?!-[^\W\d])"
        ),
        # `(tháng 1-2004 - 5-2010)`: the same with a dash, not after a digit and a dash (`5-6-2010` is a day)
        month_year_dash=regexes.compile(rf"(?<![\w/.,-])(?P<m>{_M})-(?P<y>(?:1[89]|2[01])\d\d){_Y_END}(?!-)"),
        # `cuối 2015` (a part of a year without `năm`), `từ 2013 đến nay` (the start of a span up to now)
        year_part_before=regexes.compile(rf"(?<!\w)(?:đầu|cuối|giữa){_S}\Z", flags),
        # `nửa cuối 2017` (a half of a year without `năm`): the h1 and h2 prefixes of dates_year_prefixes.tsv
        year_half_before=regexes.compile(rf"(?<!\w)(?P<half>{halves}){_S}\Z", flags),
        since_year=regexes.compile(
            rf"(?<!\w)từ{_S}(?P<y>(?:19|20)\d\d){_COMMA}(?:đến|tới|cho đến){_S}nay(?!\w)", flags
        ),
        month_year_cue=regexes.compile(rf"(?:\({_O}|(?<!\w)(?:từ|đến|tới|vào|thời điểm){_S})\Z", flags),
        range_from=regexes.compile(rf"(?<!\w)từ{_S}\Z", flags),
        range_to=regexes.compile(rf"{_O}(?P<conj>-|–|(?:cho{_S})?(?:đến|tới)(?:{_S}hết)?){_O}", flags),
        before=regexes.compile(
            rf"(?<!\w)(?:(?P<wd>{weekday}){_COMMA})?"
            rf"(?:(?P<time>{_time_group('bt')})(?:{_S}(?P<tpod>{pod}))?{_COMMA})?"
            rf"(?:(?P<pod>{pod})(?:{_S}(?:nay|qua|mai))?{_COMMA}|(?P<rel>(?:ngày{_S})?hôm{_S}(?:nay|qua)|ngày{_S}mai){_COMMA})?"
            rf"(?:(?P<wd2>{weekday}){_COMMA})?(?:(?P<ngay>(?:(?:ngày|hôm){_S})?(?:mùng|mồng)|ngày|hôm){_S})?\Z",
            flags,
        ),
        before_paren=regexes.compile(
            rf"(?<!\w)(?:(?P<pod>{pod})(?:{_S}(?:nay|qua|mai|hôm nay|hôm qua))?|(?P<wd>{weekday})|hôm nay|hôm qua"
            rf"|ngày mai|ngày hôm nay|ngày hôm qua|(?P<relative>{paren_heads}"
            rf"|cách{_S}đây{_S}(?:\d{{1,2}}|{numbers}){_S}ngày|(?:\d{{1,2}}|{numbers}){_S}ngày{_S}(?:trước|sau)))"
            rf"{_O}\({_O}(?:ngày{_S})?\Z",
            flags,
        ),
        chain_before=regexes.compile(
            rf"(?<![\w/.-])(?:(?P<from>từ){_S}|(?P<paren>\(){_O}|(?P<count>hai|ba|2|3|các|những){_S}(?=ngày))?"
            rf"(?:(?P<ngay>(?:ngày{_S})?(?:mùng|mồng)|ngày){_S})?(?P<d1>{_D})(?P<rest>(?:{_O},{_O}{_D})*)"
            rf"{_O}(?P<conj>-|đến|tới|và|&|,){_O}(?:ngày{_S})?\Z",
            flags,
        ),
        cue_before=regexes.compile(rf"(?<!\w)(?P<cue>{cues}){_S}\Z", flags),
        after_rel=regexes.compile(rf"{_S}năm{_S}(?P<rel>{_RELATIVE})", flags),
        after_time=regexes.compile(
            rf"{_COMMA}(?:(?:(?:vào{_S})?lúc{_S})(?P<time>{_time_group('at')})"
            rf"|(?P<clock>\d{{1,2}}(?:[hg:])[0-5]\d)(?!\w))(?:{_S}(?P<tpod>{pod}))?",
            flags,
        ),
        lunar_after=regexes.compile(rf"{_O}(?:[(,]{_O})?(?:âm lịch|ÂL)(?!\w)|{_O}\({_O}âm", flags),
        # `rằm tháng Giêng`; `mùng`/`mồng` name solar days as often (`mùng 2/9`): a lunar one says so (`âm lịch`)
        lunar_before=regexes.compile(rf"(?<!\w)rằm{_S}(?:\d{{1,2}}{_S})?\Z", flags),
        event_before=regexes.compile(rf"(?<!\w)(?:{_alternation(load_list('dates_event_prefixes.txt'))}){_S}\Z", flags),
        not_month_after=regexes.compile(
            rf"{_S}(?:{_alternation(list(load_words('dates_not_month_after.txt')))})(?!\w)", flags
        ),
        recurring_before=regexes.compile(
            rf"(?<!\w)(?:{_alternation(load_list('dates_recurring_before.txt'))}){_S}vào(?:{_S}[^\s.;:!?,]+){{0,4}}?{_S}\Z",
            flags,
        ),
        recurring_after=regexes.compile(
            rf"{_COMMA}(?:{_alternation(load_list('dates_recurring_after.txt'))})(?!\w)", flags
        ),
        not_day_after=regexes.compile(
            rf"{_O}(?:%|(?:{_alternation(list(load_words('dates_not_month_after.txt')))}|tháng|tuổi|năm(?!{_S}{_RELATIVE}))(?!\w))",
            flags,
        ),
        # `Tối 31.5 giờ Washington`, `chiều 29/5 giờ địa phương`: `giờ` naming whose clock, not a count of
        # hours (`10-12 giờ`); case-sensitive, a place after `giờ` is capitalised
        zone_after=regexes.compile(
            rf"{_O}giờ{_S}(?:(?:{_alternation(list(load_words('dates_zone_words.txt')))})(?!\w)|[A-ZĐ])"
        ),
        digit_before=regexes.compile(rf"\d{_S}\Z"),
        year_list_after=regexes.compile(rf"{_O}(?:,|và){_O}(?:năm{_S})?{_Y}{_Y_END}", flags),
        doc_number_before=regexes.compile(rf"(?<!\w)số{_S}\d+{_S}\Z", flags),
        # a document symbol (`258-KH/TU`, `100/2019/NĐ-CP`) just before: the date is that document's
        # or a document whose content is cited (`tại`) by its type word and a number without such a symbol (`chỉ đạo
        # tại văn bản 567 ngày 10/5/2007`, `quy định tại Điều 6 Quyết định số 652/2001 ngày …`); without `tại` a
        # plain number is as often the story's own decision (`được phê duyệt bằng quyết định 655, ngày …`). Searched
        # only over the 80 characters before a date (cores.window): the symbol run can backtrack quadratically over a
        # long string of slashes, so it must never be searched over a whole text
        doc_before=regexes.compile(
            rf"(?:[\w.-]*/[\w./-]*[A-ZĐ][\w./-]*|(?<!\w)(?i:tại){_S}(?:(?i:khoản|điểm|điều|mục){_S}\w+{_COMMA}){{0,3}}"
            rf"(?i:{doc_kinds})(?:{_S}(?i:số))?{_S}\d+(?:/[\w.]+)*(?:{_O}[-–]{_O}[A-ZĐ][\w./-]*)?)"
            rf"{_COMMA}(?:(?:được{_S})?(?:ban hành|ký|thông qua){_S})?(?:vào{_S})?\Z"
        ),
        connector=regexes.compile(rf"{_O}(?:,|-|đến|tới|và|hoặc|cho đến|đến hết|hay){_O}(?:ngày{_S})?", flags),
        range_connector=regexes.compile(rf"{_O}(?:-|đến|tới|và|hoặc|cho đến|đến hết){_O}(?:ngày{_S})?", flags),
        future_before=regexes.compile(
            rf"(?<!\w)(?:{_alternation(load_list('dates_future_cues.txt'))})(?:{_S}[^\s,;.]+){{0,8}}{_O}\Z", flags
        ),
        future_after=regexes.compile(rf"{_S}(?:tới|sắp tới)(?!\w)", flags),
        tet=regexes.compile(
            rf"(?<!\w)(?:(?:mùng|mồng){_S}(?P<d>\d{{1,2}}|{numbers}){_S})?(?-i:Tết)(?(d)(?!\w)|(?={_S}(?-i:Nguyên|{stems})))"
            rf"(?:{_S}(?-i:Nguyên){_S}đán(?!\w))?(?:{_S}(?-i:(?P<stem>{stems}){_S}(?P<branch>{branches}))(?!\w))?"
            rf"(?:(?:{_S}(?:năm{_S})?|{_O}-{_O})(?P<y>{_Y}){_Y_END})?",
            flags,
        ),
        # a lunar year named by its sexagenary name (`năm Đinh Dậu`, `đầu xuân Đinh Dậu`, `năm mới Đinh Dậu`,
        # `Xuân Đinh Dậu 2017`); the words before it name a year, never a day (a Tết is `tet`)
        cycle_year=regexes.compile(
            rf"(?<!\w)(?:(?:đầu|cuối){_S}(?=năm))?(?:năm(?:{_S}mới)?|xuân){_S}(?-i:(?P<stem>{stems}){_S}(?P<branch>{branches}))"
            rf"(?!\w)(?:(?:{_S}(?:năm{_S})?|{_O}-{_O})(?P<y>{_Y}){_Y_END})?",
            flags,
        ),
        vote_skip=regexes.compile(
            rf"(?<!\w)(?:{_alternation(load_list('dates_year_vote_skip.txt'))})(?:{_S}\S+){{0,2}}{_O}[(,]?{_O}\Z",
            flags,
        ),
    )


@dataclass(frozen=True)
class _YearCues:
    dateline_before: re.Pattern[str]
    present: re.Pattern[str]
    present_since: re.Pattern[str]
    present_lead: re.Pattern[str]
    in_year: re.Pattern[str]
    target_before: re.Pattern[str]
    ongoing_after: re.Pattern[str]
    planned_after: re.Pattern[str]
    next_year: re.Pattern[str]
    next_named: re.Pattern[str]
    next_named_not: re.Pattern[str]
    biography: re.Pattern[str]
    career: re.Pattern[str]
    document_object: re.Pattern[str]
    carried_out_before: re.Pattern[str]
    future_before: re.Pattern[str]
    future_day_before: re.Pattern[str]
    due_before: re.Pattern[str]
    not_future_before: re.Pattern[str]
    since_ahead: re.Pattern[str]
    since_past: re.Pattern[str]
    record_since_before: re.Pattern[str]
    not_anchor_before: re.Pattern[str]
    recalled_now: re.Pattern[str]
    counted_since: re.Pattern[str]
    cutoff_before: re.Pattern[str]
    target_ahead_before: re.Pattern[str]
    birth_before: re.Pattern[str]
    decade_before: re.Pattern[str]
    review: re.Pattern[str]
    plan_next: re.Pattern[str]
    present_adjusted: re.Pattern[str]
    running_total: re.Pattern[str]
    told_past: re.Pattern[str]
    scheduled: re.Pattern[str]
    scheduled_list: re.Pattern[str]
    scheduled_not: re.Pattern[str]
    origin: re.Pattern[str]
    plan: re.Pattern[str]
    plan_quarter_not_before: re.Pattern[str]
    anniversary: re.Pattern[str]
    until: re.Pattern[str]
    until_now: re.Pattern[str]
    clock: re.Pattern[str]
    school_year: re.Pattern[str]
    within: re.Pattern[str]
    held: re.Pattern[str]


def _present_pattern(cues: str, after: str = "") -> str:
    """A cue, up to two words (`Xuân Đinh Dậu`), `năm`, then the year."""
    return rf"(?<!\w)(?:{cues})(?P<names>(?:{_S}[^\W\d_]+){{0,2}}?)(?:{_S}năm)?{_S}(?P<y>{_Y}){_Y_END}{after}"


_HELD_SUBJECT_WORDS = 15  # words between a day and the verb that holds the event (subject, `tại Hà Nội,`)
_HELD_NAME_WORDS = 12  # words of the event's name between its head and its year


def _held_pattern(verbs: str, events: str, stops: str) -> str:
    """Matched right after a partial day: the event the sentence holds that day, named with its year, either
    the subject (`, lễ tuyên dương … năm 2017`) or the object of a holding verb (`, UBND tỉnh tổ chức Hội nghị
    … năm 2017`)."""
    # a dot with no space after it is inside a word after a capital (`T.Ư`, `TP.HCM`); after a small letter it
    # ends a sentence written without its space (`… lễ khai mạc.Tại lễ, …`), case-sensitively under IGNORECASE
    word = r"[^\s.;:!?“”\"]+(?:(?-i:(?<=[A-ZĐƯ]))\.[^\s.;:!?“”\"]+)*"
    held = rf"(?:{word}{_S}){{0,{_HELD_SUBJECT_WORDS}}}?(?:{verbs}){_S}(?:(?:long{_S}trọng|trọng{_S}thể){_S})?"
    name = rf"(?:{_S}(?!(?:{stops})(?!\w)){word}){{0,{_HELD_NAME_WORDS}}}?"
    # one gap before the closing bracket and the comma: two optional gaps in a row would try every split of a run
    opening = r"[^\S\n]*(?:\)[^\S\n]*)?(?:,[^\S\n]*)?"
    return rf"{opening}(?:{held})?(?:{events})(?!\w){name}{_S}năm{_S}(?P<y>{_Y}){_Y_END}(?!{_O}[-–]{_O}\d)"


def _after_in_year(cue: str) -> re.Pattern[str]:
    """A cue within a few words after `trong năm 2017` in its clause (not after `và`, `nhưng` …)."""
    return regexes.compile(
        rf"{_O},?(?:{_S}(?!(?:và|nhưng|còn|song)(?!\w))[^\s.;:!?,“”\"]+){{0,5}}?{_S}(?:{cue})(?!\w)", re.IGNORECASE
    )


@cache
def year_cues() -> _YearCues:
    """Patterns of `dates_year_cues.tsv`: where the year of a date written without one comes from."""
    roles: dict[str, list[str]] = {}
    for row in load_rows("dates_year_cues.tsv", YearCueRow):
        roles.setdefault(row.role, []).append(row.phrase)

    def alt(*names: str) -> str:
        return _alternation([phrase for name in names for phrase in roles[name]])

    listed = [cue for cue in roles["scheduled"] if cue not in roles["scheduled_unlisted"]]  # plan a list
    doc_kinds = _alternation([r.word for r in load_rows("documents_kinds.tsv", DocumentKindRow)])
    issuing = _alternation([r.verb for r in load_rows("documents_issuing_verbs.tsv", IssuingVerbRow)])

    flags = re.IGNORECASE
    return _YearCues(
        dateline_before=regexes.compile(rf"(?<!\w)(?:{alt('dateline')}){_O}:?{_O}\Z", flags),
        present=regexes.compile(_present_pattern(alt("present")), flags),
        present_since=regexes.compile(
            _present_pattern(alt("present_since"), rf"{_COMMA}(?:đến|tới){_S}nay(?!\w)"), flags
        ),
        present_lead=regexes.compile(_present_pattern(alt("present_lead")), flags),
        # not the first year of a span (`trong năm 2016-2017`, a fiscal or school year): no one year is named
        in_year=regexes.compile(rf"(?<!\w)trong{_S}năm{_S}(?P<y>{_Y}){_Y_END}(?!{_O}[-–]{_O}\d)", flags),
        # no `sẽ` between the cue and the year: `dự kiến sẽ hoàn thành trong năm 2021` is a horizon
        target_before=regexes.compile(
            rf"(?<!\w)(?:{alt('present_target')})(?!\w)(?:(?!(?<!\w)sẽ(?!\w))[^.;:!?\n])*\Z", flags
        ),
        ongoing_after=_after_in_year(alt("present_ongoing")),
        planned_after=_after_in_year(alt("present_planned")),
        next_year=regexes.compile(rf"(?<!\w)(?:{alt('next_year')})(?!\w)", flags),
        # `hy vọng sang năm 2018`: the word before the cue (`before`, none at a line's start) is read by the caller
        next_named=regexes.compile(
            rf"(?:(?<!\w)(?P<before>{alt('next_named_not')}){_S})?(?<!\w)(?:{alt('next_named')}){_S}(?P<y>{_Y}){_Y_END}"
            rf"(?!{_O}[-–]{_O}\d)",
            flags,
        ),
        # read over the clause before `sang năm 2021`: `bị hoãn lại sang năm 2021`, `lùi thời hạn sang năm 2021`
        next_named_not=regexes.compile(rf"(?<!\w)(?:{alt('next_named_not')})(?!\w)", flags),
        biography=regexes.compile(rf"(?<!\w)(?:{alt('biography')})(?!\w)", flags),
        career=regexes.compile(rf"(?<!\w)(?:{alt('career')})(?!\w)", flags),
        document_object=regexes.compile(rf"(?<!\w)(?:{alt('document_object')})(?!\w)", flags),
        # `thực hiện Chỉ thị số 15-CT/TU ngày 16/12/2016`: the cue, words of its clause with no comma (`thực hiện
        # đúng ý kiến chỉ đạo của Thủ tướng tại văn bản số …`; one comma right before the type word: `Hơn 6 năm
        # triển khai, Nghị định …`), the document's type word, then its name up to the date with no issuing verb
        # (`Thực hiện chỉ đạo của …, Bộ Tài chính đã ban hành Thông tư … ngày …` and `Để thực hiện Luật …, Bộ …
        # vừa ban hành Thông tư … ngày …` issue the document)
        carried_out_before=regexes.compile(
            rf"(?<!\w)(?:{alt('carried_out')})(?:{_S}[^\s.;:!?,]+){{0,12}}?,?{_S}(?:{doc_kinds})(?!\w)"
            rf"(?:(?!(?<!\w)(?:{issuing})(?!\w))[^.;:!?\n])*\Z",
            flags,
        ),
        # a deadline is also a future date: the `due` cues are future cues the data file lists once
        future_before=regexes.compile(rf"(?<!\w)(?:{alt('future', 'due')}){_O}\Z", flags),
        future_day_before=regexes.compile(rf"(?<!\w)(?:{alt('future_day')}){_O}\Z", flags),
        due_before=regexes.compile(rf"(?<!\w)(?:{alt('due')}){_O}\Z", flags),
        not_future_before=regexes.compile(rf"(?<!\w)(?:{alt('not_future')}){_O}\Z", flags),
        since_ahead=regexes.compile(rf"(?<!\w)(?:{alt('since_ahead')})(?!\w)", flags),
        since_past=regexes.compile(rf"(?<!\w)(?:{alt('since_past')})(?!\w)", flags),
        # `mức cao nhất kể từ tháng 8/2016`: the basis of a record
        record_since_before=regexes.compile(rf"(?<!\w)(?:{alt('record')}){_S}kể{_S}từ{_O}\Z", flags),
        not_anchor_before=regexes.compile(rf"(?<!\w)(?:{alt('not_anchor')}){_O}\Z", flags),
        # after a comma: `…, nay đã giảm`
        recalled_now=regexes.compile(rf",{_O}(?:{alt('recalled_now')})(?!\w)", flags),
        # any span counted up to now (`từ những tháng cuối năm 2016 đến nay`), within a clause's reach
        counted_since=regexes.compile(rf"(?<!\w)từ{_S}[^.;:!?\n]{{1,60}}?{_COMMA}(?:đến|tới){_S}nay(?!\w)", flags),
        cutoff_before=regexes.compile(rf"(?<!\w)(?:{alt('cutoff')})(?:{_S}(?:hết|cuối|thời{_S}điểm))?{_O}\Z", flags),
        target_ahead_before=regexes.compile(rf"(?<!\w)(?:{alt('target_ahead')})(?!\w)[^.;:!?\n]*\Z", flags),
        review=regexes.compile(
            rf"(?<!\w)(?:{alt('review')})(?:{_S}[^\s.;:!?“”\"]+){{0,12}}?{_S}năm{_S}(?P<y>{_Y}){_Y_END}(?!{_O}[-–]{_O}\d)",
            flags,
        ),
        plan_next=regexes.compile(
            rf"(?<!\w)(?:{alt('plan_next')})(?:{_S}[^\s.;:!?“”\"]+){{0,4}}?{_S}(?:{alt('present')}){_S}(?P<y>{_Y}){_Y_END}",
            flags,
        ),
        present_adjusted=regexes.compile(
            rf"(?<!\w)(?:{alt('present_adjusted')})(?:{_S}[^\s.;:!?“”\"]+){{0,6}}?{_S}năm{_S}(?P<y>{_Y}){_Y_END}",
            flags,
        ),
        running_total=regexes.compile(
            rf"(?<!\w)(?:{alt('running_total')}){_S}(?:cả{_S})?(?P<n>\d{{1,2}}|{_alternation(list(number_words()))})"
            rf"{_S}tháng(?!{_S}(?:đầu|cuối|năm|qua|tới|gần|trước|sau)(?!\w))(?!\w)",
            flags,
        ),
        told_past=regexes.compile(rf"(?<!\w)(?:{alt('told_past')})(?!\w)", flags),
        scheduled=regexes.compile(rf"(?<!\w)(?:{alt('scheduled')})(?!\w)", flags),
        scheduled_list=regexes.compile(rf"(?<!\w)(?:{_alternation(listed)})(?!\w)", flags),
        scheduled_not=regexes.compile(rf"(?<!\w)(?:{alt('scheduled_not')})(?!\w)", flags),
        plan=regexes.compile(
            rf"(?<!\w)(?:{alt('plan_before')}){_S}(?P<nam>năm){_S}(?P<y>{_Y}){_Y_END}"
            rf"|(?:(?<=[.,;:!?(“\n])|\A){_O}(?P<nam2>năm){_S}(?P<y2>{_Y}){_Y_END}(?:[^.;:!?\n“”]|\.(?=\S)){{0,50}}?(?<!\w)(?:{alt('plan_after')})(?!\w)"
            # `Cuối quý I-2017, các ý kiến … sẽ được tổng hợp`: a quarter opening its clause, then a scheduled step
            rf"|(?:(?<=[.,;:!?(“\n])|\A){_O}(?P<nam3>(?:(?:đầu|cuối|giữa){_S})?qu[ýí]){_S}(?:{_QUARTER})(?!\w)"
            rf"(?:{_S}năm{_S}|[/.]|{_O}-{_O})(?P<y3>{_Y}){_Y_END}(?:[^.;:!?\n“”]|\.(?=\S)){{0,50}}?(?<!\w)"
            rf"(?:{alt('plan_quarter_after')})(?!\w)",
            flags,
        ),
        plan_quarter_not_before=regexes.compile(rf"(?<!\w)(?:{alt('plan_quarter_not_before')}){_O},?{_O}\Z", flags),
        origin=regexes.compile(rf"(?<!\w)(?:{alt('origin')})(?!\w)", flags),
        anniversary=regexes.compile(rf"(?<!\w)(?:{alt('anniversary')}){_S}\d+{_S}năm(?!\w)", flags),
        birth_before=regexes.compile(rf"(?<!\w)(?<!tuyển )(?<!học )(?:{alt('birth')}){_S}\Z", flags),
        decade_before=regexes.compile(rf"(?<!\w)(?:{alt('decade')}){_S}\Z", flags),
        until=regexes.compile(rf"{_O}(?:đến|tới|cho đến){_S}", flags),
        until_now=regexes.compile(rf"{_O}(?:đến|tới|cho đến){_S}(?:nay|hiện nay|hiện tại|thời điểm này)(?!\w)", flags),
        clock=regexes.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:h][0-5]\d(?!\d)"),
        school_year=regexes.compile(
            rf"(?<!\w)(?:{alt('school_year')}){_S}năm{_S}học{_S}(?P<y>{_Y}){_O}[-–]{_O}(?P<y2>\d{{2}}|{_Y}){_Y_END}",
            flags,
        ),
        held=regexes.compile(_held_pattern(alt("held_verb"), alt("held_event"), alt("held_stop")), flags),
        within=regexes.compile(
            rf"(?<!\w)(?:{alt('within')}){_S}(?:{alt('named_event')})(?!\w)(?:{_S}[^\s.;:!?“”\"]+){{0,10}}?{_O}\Z",
            flags,
        ),
    )


def part(m: re.Match[str], name: str) -> str | None:
    """A group of a day-month match, also when written in its spaced form (`12 - 03 - 2024`: `m_sp`)."""
    value = m.group(name)
    if value is None and f"{name}_sp" in m.re.groupindex:
        value = m.group(f"{name}_sp")
    return value


def format_clock(hour: int, minute: int, part_of_day: str | None) -> str:
    afternoon = {"chiều": (1, 11), "tối": (1, 11), "đêm": (6, 11), "trưa": (1, 2)}.get(part_of_day or "")
    if afternoon and afternoon[0] <= hour <= afternoon[1]:
        hour += 12  # `2 giờ chiều` is 14:00, `11 giờ đêm` 23:00, but `2 giờ đêm` stays 02:00
    return f"{hour:02d}:{minute:02d}"


def pod(text: str | None) -> str | None:
    return parts_of_day().get(" ".join(text.lower().split())) if text else None


@cache
def person_heads_before_year() -> tuple[frozenset[str], int]:
    """Words and phrases (lower case, folded) that announce a person's name: the anchors (`ông`, `bà`, `anh`), the
    degrees and honours (`GS`, `TS`, `NSND`), the heads of state (`tổng thống`) and dates_birth_year_heads.txt
    (`bác`); with the most words any of them holds."""
    phrases = frozenset(
        fold(p).lower().rstrip(".")
        for name in (
            "officials_anchors.txt",
            "officials_honorifics.txt",
            "officials_person_heads.txt",
            "dates_birth_year_heads.txt",
        )
        for p in load_list(name)
    )
    return phrases, max(len(p.split()) for p in phrases)


@cache
def score_words() -> frozenset[str]:
    """dates_score_words.txt, folded and lower case: `kết quả`, `tỷ lệ`, `thắng`."""
    return frozenset(fold(w).lower() for w in load_list("dates_score_words.txt"))
