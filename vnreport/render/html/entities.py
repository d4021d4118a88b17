"""A report's entities as the HTML view shows them: a label, the normalised values, and every mention.

Each entity becomes one `Entity` (its kind, the label, the fields the side panel lists) and each of its
mentions a `Span` into the text. An official's titles are marked too, as part of the official (the
`title` role), so an organisation inside a title nests in it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from vnreport.render.html.marks import Span
from vnreport.render.sections import date_label, format_number, year_unknown
from vnreport.report.model import (
    DateMention,
    DocumentRef,
    Figure,
    Location,
    Mention,
    Official,
    OfficialTitle,
    Organization,
    Person,
    Report,
)

# Kind → (singular, plural) as the legend and the panel name them.
KIND_LABELS: dict[str, tuple[str, str]] = {
    "official": ("Official", "Officials"),
    "person": ("Person", "People"),
    "document": ("Document", "Documents"),
    "date": ("Date", "Dates"),
    "organization": ("Organisation", "Organisations"),
    "location": ("Place", "Places"),
    "figure": ("Figure", "Figures"),
}


@dataclass(frozen=True, slots=True)
class Entity:
    kind: str
    label: str
    fields: list[tuple[str, str]]

    def to_json(self) -> list[object]:
        return [self.kind, self.label, [list(f) for f in self.fields]]

    def tooltip(self) -> str:
        """One line for the `title` attribute (the hover text without JavaScript)."""
        details = "; ".join(f"{name}: {value}" for name, value in self.fields)
        head = f"{KIND_LABELS[self.kind][0]}: {self.label}"
        return f"{head} — {details}" if details else head


def _fields(*pairs: tuple[str, str | None]) -> list[tuple[str, str]]:
    return [(name, value) for name, value in pairs if value]


def title_label(title: OfficialTitle) -> str:
    """`Bí thư Tỉnh ủy` with its organisation when the title does not already name it; `nguyên …` when former."""
    label = title.text
    if title.organization and title.organization not in label:
        label = f"{label} ({title.organization})"
    return label if title.current else f"nguyên {label}"


def _official(o: Official) -> Entity:
    return Entity(
        "official",
        o.name,
        _fields(
            ("Titles", "; ".join(title_label(t) for t in o.titles)),
            ("Role", ", ".join(o.roles) or o.role),
            ("Honorifics", ", ".join(o.honorifics)),
            ("Deceased", "yes" if o.deceased else None),
            ("Mentions", str(len(o.mentions))),
        ),
    )


def _person(p: Person) -> Entity:
    return Entity("person", p.name, _fields(("Kind", p.kind), ("Mentions", str(len(p.mentions)))))


def _date(d: DateMention) -> Entity:
    if year_unknown(d.value):
        year = "not written, and the article gives none to infer it from (--year sets it)"
    elif d.inferred:
        year = "not written: inferred from the article or --year"
    else:
        year = None
    return Entity(
        "date",
        d.text,
        _fields(
            ("Value", date_label(d.value)),
            ("Precision", d.precision),
            ("Year", year),
            ("Part of day", d.part_of_day),
            ("Time", d.time),
            ("Approximate", "yes" if d.fuzzy else None),
        ),
    )


def _document(d: DocumentRef) -> Entity:
    return Entity(
        "document",
        f"{d.kind or ''} {d.number}".strip() if d.number else d.name or d.text,
        _fields(
            ("Key", d.key),
            ("Kind", d.kind),
            ("Number", d.number),
            ("Name", d.name),
            ("Date", date_label(d.date) if d.date else None),
            ("Issuer", d.issuer),
            ("Subject", d.subject),
            ("Units cited", ", ".join(d.articles)),
        ),
    )


def _organization(o: Organization) -> Entity:
    return Entity("organization", o.name, _fields(("Expanded", o.expanded), ("Mentions", str(len(o.mentions)))))


def _location(loc: Location) -> Entity:
    return Entity(
        "location",
        loc.name,
        _fields(
            ("Canonical", loc.canonical),
            ("Level", loc.level),
            ("Province", loc.province),
            ("Historical", "abolished or merged by the 2025 reform" if loc.historical else None),
            ("Mentions", str(len(loc.mentions))),
        ),
    )


def figure_value(f: Figure) -> str | None:
    if f.value is None:
        return None
    value = format_number(f.value)
    if f.upper is not None:
        value = f"{value} – {format_number(f.upper)}"
    bound = {"lower": "at least ", "upper": "at most "}.get(f.bound or "", "")
    approx = "about " if f.approx else ""
    return f"{bound}{approx}{value} {f.unit or ''}".strip()


def _figure(f: Figure) -> Entity:
    return Entity(
        "figure",
        f.text,
        _fields(
            ("Value", figure_value(f)),
            ("Measure", f.measure),
            ("Change", "; ".join(c.text for c in f.changes) or (f.change.text if f.change else None)),
        ),
    )


def _spans(mentions: Iterable[Mention], kind: str, entity: int, role: str = "") -> list[Span]:
    return [Span(m.start, m.end, kind, entity, role) for m in mentions]


def collect(report: Report) -> tuple[list[Entity], list[Span]]:
    """Every entity of the report, and every mention of each as a span (entity = index in the list)."""
    entities: list[Entity] = []
    spans: list[Span] = []

    def add(entity: Entity, found: list[Span]) -> None:
        spans.extend(found)
        entities.append(entity)

    for o in report.officials:
        index = len(entities)
        titles = [s for t in o.titles for s in _spans(t.mentions, "official", index, "title")]
        add(_official(o), _spans(o.mentions, "official", index) + titles)
    for p in report.people:
        add(_person(p), _spans(p.mentions, "person", len(entities)))
    for doc in report.documents:
        add(
            _document(doc),
            _spans(doc.mentions or [Mention(text=doc.text, start=doc.start, end=doc.end)], "document", len(entities)),
        )
    for d in report.dates:
        add(_date(d), [Span(d.start, d.end, "date", len(entities))])
    for org in report.organizations:
        add(_organization(org), _spans(org.mentions, "organization", len(entities)))
    for loc in report.locations:
        add(_location(loc), _spans(loc.mentions, "location", len(entities)))
    for f in report.figures:
        add(_figure(f), [Span(f.start, f.end, "figure", len(entities))])
    return entities, spans
