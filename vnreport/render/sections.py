"""Report sections as headed rows of strings: the shared source of the terminal and Markdown views."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vnreport.report.model import Report


@dataclass(frozen=True)
class SectionTable:
    key: str
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]


def _count(items: list) -> str:
    return str(len(items))


def _officials(r: Report) -> list[tuple[str, ...]]:
    return [
        (
            o.name,
            "; ".join(t.text if t.current else f"nguyên {t.text}" for t in o.titles),
            ", ".join(o.roles),
            _count(o.mentions),
        )
        for o in r.officials
    ]


def _people(r: Report) -> list[tuple[str, ...]]:
    return [(p.name, p.kind, _count(p.mentions)) for p in r.people]


def _dates(r: Report) -> list[tuple[str, ...]]:
    return [(d.text, d.value, "inferred" if d.inferred else "") for d in r.dates]


def _documents(r: Report) -> list[tuple[str, ...]]:
    return [
        (d.kind or "", d.number or d.name or "", d.date or "", d.issuer or "", d.subject or "") for d in r.documents
    ]


def _organizations(r: Report) -> list[tuple[str, ...]]:
    return [(o.name, o.expanded or "", _count(o.mentions)) for o in r.organizations]


def _locations(r: Report) -> list[tuple[str, ...]]:
    return [(loc.name, loc.level or "", loc.province or "", _count(loc.mentions)) for loc in r.locations]


def _figures(r: Report) -> list[tuple[str, ...]]:
    def value(v: float | None) -> str:
        return "" if v is None else f"{v:,.10g}"

    return [(f.text, value(f.value), f.unit or "", f.change.text if f.change else "") for f in r.figures]


_SECTIONS: tuple[tuple[str, str, tuple[str, ...], Callable[[Report], list[tuple[str, ...]]]], ...] = (
    ("officials", "Officials", ("Name", "Titles", "Role", "Mentions"), _officials),
    ("people", "Other people", ("Name", "Kind", "Mentions"), _people),
    ("documents", "Documents", ("Kind", "Number / name", "Date", "Issuer", "Subject"), _documents),
    ("dates", "Dates", ("Text", "Value", ""), _dates),
    ("organizations", "Organisations", ("Name", "Expanded", "Mentions"), _organizations),
    ("locations", "Locations", ("Name", "Level", "Province", "Mentions"), _locations),
    ("figures", "Figures", ("Text", "Value", "Unit", "Change"), _figures),
)
SECTION_KEYS = tuple(key for key, *_ in _SECTIONS)


def section_tables(report: Report, only: frozenset[str] | None = None) -> list[SectionTable]:
    return [
        SectionTable(key, title, headers, rows(report))
        for key, title, headers, rows in _SECTIONS
        if only is None or key in only
    ]


def source_line(report: Report) -> str:
    s = report.source
    size = f"{s.characters:,} characters · {s.words:,} words"
    return f"{s.path or '<text>'} · {s.encoding} · {size} · sha256 {s.sha256[:12]}"
