"""Dates and periods: `Chiều 27/9`, `ngày 15 tháng 7 năm 2024`, `quý III/2024`, `8 tháng đầu năm 2024`,
`nhiệm kỳ 2025 - 2030` … normalised to ISO 8601 (DOMAIN.md §5, samples/gold/README.md "dates").

Each pattern finds a *core* (the numbers and the words that carry them) on the match view; the words
around it are read by small anchored patterns: what stands before a core (`ngày`, a part of day, a
weekday, a time, a chain `từ ngày 1 đến …`) and after it (`lúc 14h30`, `năm nay`, `âm lịch`). A bare
day/month (`27/9`) is a date only with such a cue, because the same shape is a fraction, a class or
a score. Overlaps are settled longest first. A missing year comes only from evidence (`years.py`: the
given year, the page's dateline, a full date of the same happening, a year named as the present, the
latest full date reported as past); with none the year is written `XXXX` (ISO 8601-2 unspecified digits).
"""

from __future__ import annotations

import datetime

from vnreport.extract.dates.cores import Found, Point, scan
from vnreport.extract.dates.lexicon import month_names, part, patterns, tet_dates
from vnreport.extract.dates.years import (
    ArticleYearSource,
    YearEvidence,
    carried_out,
    cycle_year,
    gather,
    lead_year,
    resolve,
)
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


def year_evidence(doc: Document, found: list[Found] | None = None) -> YearEvidence:
    """What the text says about the year of its dates (`doc.year` counts as given)."""
    return gather(doc.view, find_dates(doc) if found is None else found, doc.paragraphs, doc.year)


def article_year(doc: Document, found: list[Found] | None = None) -> int | None:
    """The article's year: `doc.year` when known, else its dateline, else a year it names as the present,
    else the latest fixed year of its lead's days, once the lead's first day is fixed by evidence and unless the
    text reports a day or a month of a later year as past; None when nothing fixes it."""
    found = find_dates(doc) if found is None else found
    return article_year_of(doc, found, year_evidence(doc, found))[0]


def article_year_of(
    doc: Document, found: list[Found], evidence: YearEvidence, mentions: list[DateMention] | None = None
) -> tuple[int | None, ArticleYearSource]:
    year, source = evidence.article_year()
    if year is not None:
        return year, source
    mentions = extract_dates(doc, found, evidence) if mentions is None else mentions
    year = lead_year(mentions, doc.paragraphs, carried_out(doc.view, found))
    if year is not None and year < evidence.latest_dated:
        # the text reports a day or a month of a later year as past: the lead's days are an older story's
        # (a later year told past by a bare year alone is as often a plan: `năm 2020 tiếp tục …`)
        year = None
    # the story's year: the publication's in 65/81 articles of dev..dev7, 52/81 news of a corpus sample
    return (year, "lead_date") if year is not None else (None, "none")


def extract_dates(
    doc: Document, found: list[Found] | None = None, evidence: YearEvidence | None = None
) -> list[DateMention]:
    """Every date or period mention in `doc`, in text order, without overlaps."""
    found = find_dates(doc) if found is None else found
    evidence = year_evidence(doc, found) if evidence is None else evidence
    mentions = []
    named_cycle = _named_cycle_year(found, evidence)
    for f in found:
        year, source = (None, None) if f.explicit else resolve(doc.view, f, evidence)
        value = _value(f, year)
        if f.cycle is not None and f.tet is None and not f.explicit:
            year = _cycle_value(f.cycle, evidence)
            if year is None:
                continue  # `năm Đinh Dậu` with no year the text fixes near it: which one it is stays open
            value, source = str(year), None
        if f.tet is not None:
            if source in ("past_date", "future_date"):
                year = None  # a bare Tết is not placed by the story's dates: which one it is stays open
            if year is None and f.cycle is None:
                year = named_cycle  # `mùng 9 Tết` in a text of `đầu năm Đinh Dậu`: the Tết that opens that year
            tet = _tet_value(f, year, evidence)
            if tet is None:
                continue  # a Tết whose year the text does not fix names no day
            value, source = tet, None if f.cycle is not None else source
        mentions.append(
            DateMention(
                text=doc.text[f.start : f.end],
                value=value,
                start=f.start,
                end=f.end,
                inferred=not f.explicit,
                precision=_precision(f),  # type: ignore[arg-type]
                part_of_day=f.part_of_day,
                time=f.time,
                fuzzy=f.fuzzy,
                year_source=source,
            )
        )
    return mentions


_CYCLE_NEAR = 1  # years: `năm Đinh Dậu` is the text's own year or a neighbour, never one a cycle away


def _reference_year(evidence: YearEvidence) -> int | None:
    """The year the text fixes, to place a year named by its sexagenary name."""
    reference = evidence.article_year()[0] or (evidence.anchor[0] if evidence.anchor else None)
    return reference or evidence.latest_past or evidence.named_year or None


def _cycle_value(cycle: int, evidence: YearEvidence) -> int | None:
    """The solar year of `năm Đinh Dậu` (cycle 33): the one of that name the text's year falls in or beside
    (2017 with a text of 2016 – 2018); None when the text fixes no year or the nearest is further (a
    `năm Mậu Thân` in a text of 2017 is 1968 or 2028, which the text does not tell)."""
    reference = _reference_year(evidence)
    if reference is None:
        return None
    year = cycle_year(reference, cycle)
    return year if abs(year - reference) <= _CYCLE_NEAR else None


def _named_cycle_year(found: list[Found], evidence: YearEvidence) -> int | None:
    """The solar year of the first lunar year the text names by its cycle (`đầu năm Đinh Dậu`, `Xuân Đinh Dậu
    2017`) that is the text's own year or a neighbour; one recalled far off (`xuân Mậu Thân 1968` in a text of
    2017) or open is not the Tết the text tells, and the next is read. None when no such year is named."""
    for f in found:
        if f.cycle is not None and f.tet is None:
            year = _near_cycle_year(f, evidence)
            if year is not None:
                return year
    return None


def _near_cycle_year(f: Found, evidence: YearEvidence) -> int | None:
    """The solar year of one cycle year when it is the text's own year or a neighbour; None otherwise."""
    if not f.explicit:
        return _cycle_value(f.cycle, evidence) if f.cycle is not None else None
    year, reference = f.lo[0], _reference_year(evidence)
    if year is None or reference is None or abs(year - reference) > _CYCLE_NEAR:
        return None
    return year


def _tet_value(f: Found, year: int | None, evidence: YearEvidence) -> str | None:
    """The solar day of a named Tết (`Tết Nguyên đán 2017` → 2017-01-28, `mùng 6 Tết` five days later); a
    sexagenary name (`Tết Đinh Dậu`) takes the year of its cycle nearest to the one the text fixes."""
    if f.explicit:
        year = f.lo[0]
    elif f.cycle is not None:
        reference = _reference_year(evidence)
        if reference is None:
            return None
        year = cycle_year(reference, f.cycle)
    first = tet_dates().get(year) if year is not None else None
    if first is None or f.tet is None:
        return None
    return (first + datetime.timedelta(days=f.tet)).isoformat()


def date_at(view: str, pos: int, year: int | None = None) -> tuple[str | None, int] | None:
    """The day and month (with a year or not) written exactly at `pos` of the match view — `15/7/2024`,
    `15-7`, `05 tháng 01 năm 2026` — as (ISO day, end); the value is None when the day is impossible or
    its year is neither written nor given. None when no such date starts at `pos`."""
    p = patterns()
    for pattern in (p.numeric, p.spelled):
        m = pattern.match(view, pos)
        if m is None:
            continue
        month = int(part(m, "m") or 0) or None
        if month is None:
            named = month_names().get(" ".join(m.group("mn").split()))
            if named is None or named[1]:
                return None
            month = named[0]
        written = int(part(m, "y") or 0) or year
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
