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

import datetime

from vnreport.extract.dates.cores import Found, Point, scan
from vnreport.extract.dates.lexicon import month_names, patterns
from vnreport.extract.dates.years import article_year_from, inferred_year
from vnreport.report.model import DateMention
from vnreport.segment.document import Document
from vnreport.text import match_view, nfc


def _format_point(point: Point, year: int | None) -> str:
    y = point[0] if point[0] is not None else year
    text = f"{y:04d}" if y is not None else "XXXX"
    if point[1] is not None:
        text += f"-{point[1]:02d}"
        if point[2] is not None:
            text += f"-{point[2]:02d}"
    return text


def _value(f: Found, year: int | None) -> str:
    if f.precision == "quarter":
        return f"{_format_point(f.lo, year)}-Q{f.quarter}"
    if f.hi is not None:
        return f"{_format_point(f.lo, year)}/{_format_point(f.hi, year)}"
    return _format_point(f.lo, year)


def _precision(f: Found) -> str:
    return "interval" if f.hi is not None else f.precision


def find_dates(doc: Document) -> list[Found]:
    """Every date span of the document (the years of partial dates not yet settled)."""
    return scan(doc.view)


def article_year(doc: Document, found: list[Found] | None = None) -> int | None:
    """The publication year: `doc.year` when known, else the year the article's own dated expressions
    agree on (full dates and month/quarter/part-of-year expressions weigh more than a bare `năm 2024`;
    year ranges, document dates, horizons `đến năm 2030`, comparisons `cùng kỳ năm 2023`, anniversaries
    and law names do not vote). Ties go to the later year."""
    if doc.year is not None:
        return doc.year
    return article_year_from(doc.view, find_dates(doc) if found is None else found)


def extract_dates(doc: Document, found: list[Found] | None = None) -> list[DateMention]:
    """Every date or period mention in `doc`, in text order, without overlaps."""
    found = find_dates(doc) if found is None else found
    article = doc.year if doc.year is not None else article_year_from(doc.view, found)
    mentions = []
    for index, f in enumerate(found):
        year = None if f.explicit else inferred_year(found, index, doc.view, article)
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


def date_at(view: str, pos: int, year: int | None = None) -> tuple[str | None, int] | None:
    """The day and month (with a year or not) written exactly at `pos` of the match view — `15/7/2024`,
    `15-7`, `05 tháng 01 năm 2026` — as (ISO day, end); the value is None when the day is impossible or
    its year is neither written nor given. None when no such date starts at `pos`."""
    p = patterns()
    for pattern in (p.numeric, p.spelled):
        m = pattern.match(view, pos)
        if m is None:
            continue
        month = int(m.group("m")) if m.group("m") else None
        if month is None:
            named = month_names().get(" ".join(m.group("mn").split()))
            if named is None or named[1]:
                return None
            month = named[0]
        written = int(m.group("y")) if m.group("y") else year
        return (iso_day(written, month, int(m.group("d"))), m.end())
    return None


def iso_day(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date_text(s: str, year: int | None = None) -> str | None:
    """The ISO value of the first date expression in `s` (`ngày 15/7/2024`, `15-7-2024`,
    `ngày 05 tháng 01 năm 2026`); a bare `15/7` is taken as a date and needs `year`. None if `s` holds no
    date, or its year is neither written nor given."""
    view = match_view(nfc(s))
    found = scan(view, assume_date=True)
    if not found:
        return None
    first = found[0]
    if not first.explicit:
        if year is None:
            return None
        year = year + first.rel if first.rel is not None else year
    return _value(first, None if first.explicit else year)
