"""The report as blocks of strings — the one source of the terminal, Markdown and HTML views.

The official document the text is (when it is one) and the summary come first (the event, key facts,
documents cited, tasks, highlights, warnings), then the entity tables. `only` narrows the blocks: a
top-level section (`officials`, `document`), the whole summary (`summary`) or one part of it
(`summary.tasks`); `TOP_SECTIONS` and `SUMMARY_KEYS` are the names `--only` accepts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from vnreport.report.model import DocumentRef, Event, Report, Summary


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

SUMMARY_PARTS = ("event", "key_facts", "documents", "tasks", "highlights", "warnings")
SUMMARY_KEYS = tuple(f"summary.{part}" for part in SUMMARY_PARTS)

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
    return key.startswith("summary.") and "summary" in only


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
SECTION_KEYS = tuple(key for key, *_ in _SECTIONS)
# Every top-level section `--only` can choose (the report's own, see report/model.py SECTIONS).
TOP_SECTIONS = ("document", *SECTION_KEYS, "summary")


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


def _one(value: str | None) -> list[str]:
    return [value] if value else []


def official_document_block(report: Report) -> FieldList | None:
    """What the text is when it is itself an official document: its identity, signer and layout."""
    doc = report.document
    if doc is None:
        return None
    signer = doc.signer
    signed = " ".join(x for x in (signer.authority, signer.position, signer.name) if x) if signer else ""
    number = f"{doc.number} ({doc.key})" if doc.number and doc.key and doc.key != doc.number else doc.number
    dated = " · ".join(x for x in (doc.date and date_label(doc.date), doc.place) if x)
    effective = date_label(doc.effective) if doc.effective else doc.effective_text
    fields: list[tuple[str, list[str]]] = [
        ("Kind", _one(doc.kind)),
        ("Number", _one(number)),
        ("Title", _one(doc.title)),
        ("Subject", _one(doc.subject)),
        ("Issuer", _one(doc.issuer)),
        ("Date", _one(dated)),
        ("Signed", _one(signed)),
        ("Effective", _one(effective)),
        ("Based on", [link.text for link in doc.bases]),
        ("Repeals", [link.text for link in doc.repeals]),
        ("Amends", [link.text for link in doc.amends]),
        ("Replaces", [link.text for link in doc.replaces]),
        ("Articles", _one(str(doc.articles) if doc.articles else None)),
    ]
    return FieldList("document", "Official document", [(label, lines) for label, lines in fields if lines])


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
    parts: dict[str, Callable[[], Block]] = {
        "summary.event": lambda: FieldList(
            "summary.event", "Event", _event_fields(summary.event or Event(), titles_shown=participant_titles)
        ),
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
    return [build() for key, build in parts.items() if wants(only, key)]


def report_blocks(report: Report, only: frozenset[str] | None = None, *, lead_officials: bool = False) -> list[Block]:
    """Everything a view shows, in order. Without `only`, the documents appear once, in the summary.

    `lead_officials` (the terminal view) puts the officials table right after the event, so that who
    took part is on the first screen rather than after the tasks and highlights; the event then names
    the participants only, since their titles stand in the table below it."""
    tables = section_tables(report, only)
    if only is None and report.summary is not None:
        tables = [t for t in tables if t.key != "documents"]
    officials = [t for t in tables if t.key == "officials"] if lead_officials else []
    document = official_document_block(report) if wants(only, "document") else None
    blocks: list[Block] = [document] if document is not None else []
    summary = summary_blocks(report, only, participant_titles=not officials)
    if officials:
        at = 1 if summary and summary[0].key == "summary.event" else 0
        summary[at:at] = officials
        tables = [t for t in tables if t.key != "officials"]
    return blocks + summary + tables


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
    """One line for a report read without --year whose dates lack a written year (and no page date
    anchored them): for an archive, the publication year is what most improves the dates."""
    if report.source.published:
        return None
    lacking = sum(1 for d in report.dates if d.inferred or year_unknown(d.value))
    if not lacking:
        return None
    # One line that fits 80 columns: the count, and what to do about it.
    return f"{lacking} dates lack a written year: for archives, --year is the biggest accuracy lever"
