"""The report as blocks of strings — the one source of the terminal, Markdown and HTML views.

The summary comes first (the event, key facts, documents cited, tasks, highlights, warnings; for an
official document its one-line brief instead of the event), then, when the input is itself an official
document, the document (its identity, then its structure), then the entity tables; the terminal and
HTML views bring the officials table up beside the event (`lead_officials`). `only` narrows the
blocks: an entity section (`officials`), the whole summary (`summary`) or one part of it
(`summary.tasks`), the document (`document`) or its structure alone (`document.structure`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from vnreport.render import SECTION_KEYS
from vnreport.report.model import DocumentLink, DocumentRef, Event, OfficialDocument, Report, Summary


@dataclass(frozen=True)
class SectionTable:
    key: str
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    note: str | None = None  # one line under the table that explains a value in it


@dataclass(frozen=True)
class FieldList:
    """Labelled values, each one or more lines (the event)."""

    key: str
    title: str
    fields: list[tuple[str, list[str]]]


@dataclass(frozen=True)
class ItemList:
    """Paragraph-long items (highlights, warnings)."""

    key: str
    title: str
    items: list[str]
    numbered: bool = False


Block = SectionTable | FieldList | ItemList

# A date whose year the text does not give and the article does not let infer is written `XXXX-05-24`
# in JSON (ISO 8601's form for an unknown year); people read it as below, with the reason beside it.
UNKNOWN_YEAR = "năm chưa rõ"
UNKNOWN_YEAR_NOTE = (
    f"—/MM/DD ({UNKNOWN_YEAR}, XXXX-MM-DD in JSON): the year is not written and the article gives none to "
    "infer it from; --year YEAR sets it"
)


def date_label(value: str) -> str:
    """An ISO value as people read it: `XXXX-05-24` → `—/05/24 (năm chưa rõ)`, an interval of such dates
    `—/05/24 → —/05/26 (năm chưa rõ)`; a value with a known year is shown as it is."""
    if "XXXX" not in value:
        return value
    parts = [part.replace("XXXX", "—").replace("-", "/") if "XXXX" in part else part for part in value.split("/")]
    return f"{' → '.join(parts)} ({UNKNOWN_YEAR})"


def year_unknown(value: str | None) -> bool:
    return value is not None and "XXXX" in value


def wants(only: frozenset[str] | None, key: str) -> bool:
    """Whether the block `key` (`officials`, `summary.tasks`) is among the chosen sections."""
    if only is None or key in only:
        return True
    parent = key.split(".", 1)[0]
    return parent != key and parent in only


# --- entity tables --------------------------------------------------------------------------------


def _count(items: list) -> str:
    return str(len(items))


def _titles(titles: Iterable) -> str:
    return "; ".join(t.text if t.current else f"nguyên {t.text}" for t in titles)


def _officials(r: Report) -> list[tuple[str, ...]]:
    return [(o.name, _titles(o.titles), ", ".join(o.roles), _count(o.mentions)) for o in r.officials]


def _people(r: Report) -> list[tuple[str, ...]]:
    return [(p.name, p.kind, _count(p.mentions)) for p in r.people]


def _dates(r: Report) -> list[tuple[str, ...]]:
    return [(d.text, date_label(d.value), "inferred" if d.inferred else "") for d in r.dates]


def _document_row(d: DocumentRef) -> tuple[str, ...]:
    return (d.kind or "", d.number or d.name or "", d.date or "", d.issuer or "", d.subject or "")


def _documents(r: Report) -> list[tuple[str, ...]]:
    return [_document_row(d) for d in r.documents]


def _organizations(r: Report) -> list[tuple[str, ...]]:
    return [(o.name, o.expanded or "", _count(o.mentions)) for o in r.organizations]


def _locations(r: Report) -> list[tuple[str, ...]]:
    return [(loc.name, loc.level or "", loc.province or "", _count(loc.mentions)) for loc in r.locations]


def format_number(v: float | None) -> str:
    if v is None:
        return ""
    if float(v).is_integer() and abs(v) < 1e18:
        return f"{int(v):,}"  # 343,600,000,000,000 rather than 3.436e+14
    return f"{v:,.10g}"


def _figures(r: Report) -> list[tuple[str, ...]]:
    return [(f.text, format_number(f.value), f.unit or "", f.change.text if f.change else "") for f in r.figures]


_SECTIONS: tuple[tuple[str, str, tuple[str, ...], Callable[[Report], list[tuple[str, ...]]]], ...] = (
    ("officials", "Officials", ("Name", "Titles", "Role", "Mentions"), _officials),
    ("people", "Other people", ("Name", "Kind", "Mentions"), _people),
    ("documents", "Documents", ("Kind", "Number / name", "Date", "Issuer", "Subject"), _documents),
    ("dates", "Dates", ("Text", "Value", ""), _dates),
    ("organizations", "Organisations", ("Name", "Expanded", "Mentions"), _organizations),
    ("locations", "Locations", ("Name", "Level", "Province", "Mentions"), _locations),
    ("figures", "Figures", ("Text", "Value", "Unit", "Change"), _figures),
)
assert tuple(key for key, *_ in _SECTIONS) == SECTION_KEYS, "render/__init__.py lists the sections for --only"


def _table_note(report: Report, key: str) -> str | None:
    if key == "dates" and any(year_unknown(d.value) for d in report.dates):
        return UNKNOWN_YEAR_NOTE
    return None


def section_tables(report: Report, only: frozenset[str] | None = None) -> list[SectionTable]:
    return [
        SectionTable(key, title, headers, rows(report), _table_note(report, key))
        for key, title, headers, rows in _SECTIONS
        if only is None or key in only
    ]


# --- summary blocks -------------------------------------------------------------------------------


def _event_fields(event: Event, *, titles_shown: bool = True) -> list[tuple[str, list[str]]]:
    """The event's fields; with `titles_shown` false (the officials table stands right beside it) the
    participants are listed by name alone."""
    when = " · ".join(part for part in (event.date and date_label(event.date), event.part_of_day, event.time) if part)
    fields: list[tuple[str, list[str]]] = [
        ("Event", [event.name] if event.name else []),
        ("Kind", [event.kind.replace("_", " ")] if event.kind else []),
        ("When", [when] if when else []),
        ("Where", [event.location] if event.location else []),
        ("Organiser", [event.organizer] if event.organizer else []),
    ]
    titles = {p.name: p.titles for p in event.participants} if titles_shown else {}
    shown: set[str] = set()

    def people(names: list[str]) -> list[str]:
        lines = []
        for name in names:
            if name in shown or not titles.get(name):
                lines.append(name)
            else:
                lines.append(f"{name} — {'; '.join(titles[name])}")
            shown.add(name)
        return lines

    fields += [("Chaired", people(event.chaired)), ("Attended", people(event.attended))]
    fields.append(("Spoke", people(event.spoke)))
    return [(label, lines) for label, lines in fields if lines]


def _key_fact_rows(summary: Summary) -> list[tuple[str, ...]]:
    return [(f.measure or "", f.text, f.change or "", f.period or "") for f in summary.key_facts]


def _cited_rows(report: Report, summary: Summary) -> list[tuple[str, ...]]:
    first: dict[str, DocumentRef] = {}
    for document in report.documents:
        first.setdefault(document.key, document)
    return [_document_row(first[key]) for key in summary.documents if key in first]


def _task_rows(summary: Summary) -> list[tuple[str, ...]]:
    """One row per task; who asks whom is written once for a run of tasks with the same asker and recipient."""
    rows: list[tuple[str, ...]] = []
    previous: tuple[str, str, str] | None = None
    for task in summary.tasks:
        who = (task.by or "", task.verb, task.to or "")
        rows.append(("", "", "", task.text) if who == previous else (*who, task.text))
        previous = who
    return rows


def _drop_empty_columns(table: SectionTable) -> SectionTable:
    """A column no row fills (no period on any fact) only costs width."""
    keep = [k for k in range(len(table.headers)) if any(row[k] for row in table.rows)] if table.rows else []
    if not table.rows or len(keep) == len(table.headers):
        return table
    rows = [tuple(row[k] for k in keep) for row in table.rows]
    return SectionTable(table.key, table.title, tuple(table.headers[k] for k in keep), rows)


_KEY_FACT_HEADERS = ("Measure", "Figure", "Change", "Period")
_DOCUMENT_HEADERS = ("Kind", "Number / name", "Date", "Issuer", "Subject")
_TASK_HEADERS = ("By", "Verb", "Of whom", "Task")


def summary_blocks(
    report: Report, only: frozenset[str] | None = None, *, participant_titles: bool = True
) -> list[Block]:
    summary = report.summary or Summary()
    parts: dict[str, Callable[[], Block]] = {}
    if summary.brief:
        parts["summary.brief"] = lambda: FieldList("summary.brief", "In brief", [("", [summary.brief or ""])])
    if report.document is None:  # an official document tells no event: its brief says what it is
        parts["summary.event"] = lambda: FieldList(
            "summary.event", "Event", _event_fields(summary.event or Event(), titles_shown=participant_titles)
        )
    parts |= {
        "summary.key_facts": lambda: _drop_empty_columns(
            SectionTable("summary.key_facts", "Key facts", _KEY_FACT_HEADERS, _key_fact_rows(summary))
        ),
        "summary.documents": lambda: _drop_empty_columns(
            SectionTable("summary.documents", "Documents cited", _DOCUMENT_HEADERS, _cited_rows(report, summary))
        ),
        "summary.tasks": lambda: SectionTable("summary.tasks", "Tasks", _TASK_HEADERS, _task_rows(summary)),
        "summary.highlights": lambda: ItemList(
            "summary.highlights", "Highlights", [h.text for h in summary.highlights], numbered=True
        ),
        "summary.warnings": lambda: ItemList("summary.warnings", "Warnings", [w.message for w in summary.warnings]),
    }
    if report.document is not None and only is None:  # a law's duties are its provisions, not requests
        parts.pop("summary.tasks")
    return [build() for key, build in parts.items() if wants(only, key)]


# --- an official document as input ----------------------------------------------------------------


def document_blocks(report: Report, only: frozenset[str] | None = None) -> list[Block]:
    """The input's own identity as an official document, and its chapters and articles."""
    document = report.document
    if document is None:
        return []
    blocks: list[Block] = []
    if only is None or "document" in only:
        blocks.append(FieldList("document", "Official document", _document_fields(document)))
    if wants(only, "document.structure") and document.structure:
        rows: list[tuple[str, ...]] = [
            (unit.kind, unit.number, unit.heading or "", unit.within or "") for unit in document.structure
        ]
        blocks.append(SectionTable("document.structure", "Structure", ("Unit", "Number", "Heading", "In"), rows))
    return blocks


def _document_fields(document: OfficialDocument) -> list[tuple[str, list[str]]]:
    signer = document.signer
    signed = " ".join(p for p in (signer.authority, signer.position, signer.name) if p) if signer else ""
    fields = [
        ("Kind", [document.kind or ""]),
        ("Number", [document.number or ""]),
        ("Date", [date_label(document.date) if document.date else ""]),
        ("Place", [document.place or ""]),
        ("Issuer", [" / ".join(document.issuer_levels) or document.issuer or ""]),
        ("Title", [document.title or ""]),
        ("Subject", [document.subject or ""]),
        ("Signed by", [signed]),
        ("In force from", [date_label(document.effective) if document.effective else ""]),
        ("Based on", _link_lines(document.bases)),
        ("Replaces", _link_lines(document.replaces)),
        ("Repeals", _link_lines(document.repeals)),
        ("Amends", _link_lines(document.amends)),
        ("Articles", [str(document.articles) if document.articles else ""]),
        ("Recipients", list(document.recipients)),
    ]
    return [(label, lines) for label, lines in fields if any(lines)]


def _link_lines(links: list[DocumentLink]) -> list[str]:
    return [" ".join(link.text.split()) for link in links]


def report_blocks(report: Report, only: frozenset[str] | None = None, *, lead_officials: bool = False) -> list[Block]:
    """Everything a view shows, in order. Without `only`, the documents appear once, in the summary.

    `lead_officials` (the terminal and HTML views) puts the officials table right after the event (or
    the brief), so that who took part is on the first screen rather than after the tasks and
    highlights; the event then names the participants only, since their titles stand in the table."""
    tables = section_tables(report, only)
    if only is None and report.summary is not None:
        tables = [t for t in tables if t.key != "documents"]
    officials = [t for t in tables if t.key == "officials"] if lead_officials else []
    blocks = summary_blocks(report, only, participant_titles=not officials)
    if officials:
        at = next((k + 1 for k, b in enumerate(blocks) if b.key in ("summary.event", "summary.brief")), 0)
        blocks[at:at] = officials
        tables = [t for t in tables if t.key != "officials"]
    return [*blocks, *document_blocks(report, only), *tables]


def map_block(block: Block, fn: Callable[[str], str]) -> Block:
    """The block with `fn` applied to every string it shows (the views make input text terminal-safe)."""
    if isinstance(block, SectionTable):
        rows = [tuple(fn(cell) for cell in row) for row in block.rows]
        note = fn(block.note) if block.note is not None else None
        return SectionTable(block.key, fn(block.title), tuple(fn(h) for h in block.headers), rows, note)
    if isinstance(block, FieldList):
        return FieldList(
            block.key, fn(block.title), [(fn(label), [fn(v) for v in values]) for label, values in block.fields]
        )
    return ItemList(block.key, fn(block.title), [fn(item) for item in block.items], block.numbered)


def block_strings(block: Block) -> list[str]:
    """Every string a block shows (for checks that a view cuts no word)."""
    if isinstance(block, SectionTable):
        return [block.title, *block.headers, *(cell for row in block.rows for cell in row)]
    if isinstance(block, FieldList):
        labels = [label for label, _ in block.fields]
        return [block.title, *labels, *(line for _, lines in block.fields for line in lines)]
    return [block.title, *block.items]


def source_line(report: Report) -> str:
    s = report.source
    size = f"{s.characters:,} characters · {s.words:,} words"
    return f"{s.path or '<text>'} · {s.encoding} · {size} · sha256 {s.sha256[:12]}"


def year_hint(report: Report) -> str | None:
    """One line for a report whose dates lack a written year when no year was given (--year, or a page's
    own date): for an archive, the publication year is what most improves the dates."""
    if report.year_source == "given":
        return None
    lacking = sum(1 for d in report.dates if d.inferred or year_unknown(d.value))
    if not lacking:
        return None
    # One line that fits 80 columns: the count, and what to do about it.
    return f"{lacking} dates lack a written year: for archives, --year is the biggest accuracy lever"
