"""A corpus view over a batch's output: most cited documents, most mentioned officials and their titles
over time, articles per month, top organisations.

One aggregator reads report dicts, whichever output they come from (JSON Lines or the SQLite
`articles.report` column), so both give the same numbers. Reports are read generically, by the field
names of the model, so sections still being filled simply count as empty.

An article's month is its publication date (an HTML page's metadata) when known, else the date of
the event it reports (`summary.event.date`), else it is counted as "unknown".
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import msgspec

from vnreport import regexes

_MONTH = regexes.compile(r"\d{4}-\d{2}")
UNKNOWN_MONTH = "unknown"
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class _TitleSpan:
    articles: int = 0
    first: str | None = None
    last: str | None = None
    months: Counter[str] = field(default_factory=Counter)  # month → articles: the dots of the timeline chart

    def see(self, month: str | None) -> None:
        self.articles += 1
        if month is not None:
            self.first = month if self.first is None else min(self.first, month)
            self.last = month if self.last is None else max(self.last, month)
            self.months[month] += 1


@dataclass
class CorpusStats:
    articles: int = 0
    errors: int = 0
    words: int = 0
    months: Counter[str] = field(default_factory=Counter)
    documents: Counter[str] = field(default_factory=Counter)  # key → articles citing it
    document_info: dict[str, dict[str, Any]] = field(default_factory=dict)
    officials: Counter[str] = field(default_factory=Counter)  # name → articles mentioning
    official_mentions: Counter[str] = field(default_factory=Counter)
    official_titles: dict[str, dict[str, _TitleSpan]] = field(default_factory=lambda: defaultdict(dict))
    organizations: Counter[str] = field(default_factory=Counter)
    organization_mentions: Counter[str] = field(default_factory=Counter)
    unreadable: int = 0  # lines that are no record (torn, not an object, a section of the wrong type)

    def add(self, record: object) -> None:
        """Count one record: a report (plus "path") or an error record; anything else is unreadable, and
        counts nowhere else (half a record counted would skew every total)."""
        if not _well_formed(record):
            self.unreadable += 1
            return
        assert isinstance(record, dict)
        if "error" in record and "source" not in record:
            self.errors += 1
            return
        self.articles += 1
        self.words += int((record.get("source") or {}).get("words") or 0)
        month = article_month(record)
        self.months[month or UNKNOWN_MONTH] += 1
        self._add_documents(record)
        self._add_officials(record, month)
        self._add_organizations(record)

    def _add_documents(self, record: dict[str, Any]) -> None:
        for key, document in _unique(record, "documents", "key").items():
            self.documents[key] += 1
            self.document_info.setdefault(
                key, {k: document.get(k) for k in ("kind", "number", "name", "issuer", "date") if document.get(k)}
            )

    def _add_officials(self, record: dict[str, Any], month: str | None) -> None:
        for name, official in _unique(record, "officials", "name").items():
            self.officials[name] += 1
            self.official_mentions[name] += _mention_count(official)
            spans = self.official_titles[name]
            titles = {label for t in official.get("titles") or [] if isinstance(t, dict) and (label := _title_label(t))}
            for title in titles:
                spans.setdefault(title, _TitleSpan()).see(month)

    def _add_organizations(self, record: dict[str, Any]) -> None:
        for name, organization in _unique(record, "organizations", "name").items():
            self.organizations[name] += 1
            self.organization_mentions[name] += _mention_count(organization)

    def to_dict(self, top: int = 10) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "errors": self.errors,
            "unreadable": self.unreadable,
            "words": self.words,
            "documents": [
                {"key": key, **self.document_info.get(key, {}), "articles": count}
                for key, count in self.documents.most_common(top)
            ],
            "officials": [
                {
                    "name": name,
                    "articles": count,
                    "mentions": self.official_mentions[name],
                    "titles": [
                        {
                            "title": title,
                            "articles": span.articles,
                            "first": span.first,
                            "last": span.last,
                            "months": dict(sorted(span.months.items())),
                        }
                        for title, span in sorted(
                            self.official_titles[name].items(), key=lambda item: (item[1].first or "9999", item[0])
                        )
                    ],
                }
                for name, count in self.officials.most_common(top)
            ],
            "months": [
                {"month": month, "articles": self.months[month]}
                for month in sorted(self.months, key=lambda m: (m == UNKNOWN_MONTH, m))
            ],
            "organizations": [
                {"name": name, "articles": count, "mentions": self.organization_mentions[name]}
                for name, count in self.organizations.most_common(top)
            ],
        }


def article_month(record: dict[str, Any]) -> str | None:
    """YYYY-MM: the publication date if the page gave one, else the date of the event reported."""
    published = (record.get("source") or {}).get("published") or record.get("published")  # older outputs: top level
    candidates = [published, ((record.get("summary") or {}).get("event") or {}).get("date")]
    for value in candidates:
        if isinstance(value, str) and _MONTH.match(value):
            return value[:7]
    return None


_SECTIONS = ("documents", "officials", "organizations")


def _well_formed(record: object) -> bool:
    """The fields the statistics read have the types a batch writes (a hand-edited or foreign line may not)."""
    if not isinstance(record, dict):
        return False
    source, summary = record.get("source"), record.get("summary")
    if not isinstance(source, dict | None) or not isinstance(summary, dict | None):
        return False
    if summary is not None and not isinstance(summary.get("event"), dict | None):
        return False
    return all(isinstance(record.get(section), list | None) for section in _SECTIONS)


def _unique(record: dict[str, Any], section: str, key: str) -> dict[str, dict[str, Any]]:
    """Items of a section by their key, once per article (an article citing a law twice counts once)."""
    found: dict[str, dict[str, Any]] = {}
    for item in record.get(section) or []:
        if isinstance(item, dict) and isinstance(item.get(key), str) and item[key].strip():
            found.setdefault(item[key].strip(), item)
    return found


def _mention_count(item: dict[str, Any]) -> int:
    mentions = item.get("mentions")
    return len(mentions) if isinstance(mentions, list) and mentions else 1


def _title_label(title: dict[str, Any]) -> str | None:
    text = title.get("text")
    if not isinstance(text, str) or not text.strip():
        return None
    organization = title.get("organization")
    label = text.strip()
    if isinstance(organization, str) and organization.strip() and organization.strip() not in label:
        label = f"{label} {organization.strip()}"
    return label if title.get("current", True) else f"nguyên {label}"


# --- readers -------------------------------------------------------------------------------------


def is_sqlite(path: str) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def records_from_jsonl(path: str) -> Iterator[object]:
    """Records of a JSON Lines output; a line that does not parse (a killed run's last) is None, counted as
    unreadable."""
    decoder = msgspec.json.Decoder()
    with open(path, "rb") as handle:
        for line in handle:
            if not line.strip():
                continue
            try:
                yield decoder.decode(line)
            except msgspec.DecodeError:
                yield None


def records_from_sqlite(path: str) -> Iterator[object]:
    decoder = msgspec.json.Decoder()
    from vnreport.batch.sqlite import readonly_uri

    conn = sqlite3.connect(readonly_uri(path), uri=True)  # quoted: `db#x.sqlite` is a name
    try:
        for (report,) in conn.execute("SELECT report FROM articles ORDER BY id"):
            try:
                yield decoder.decode(report)
            except msgspec.DecodeError:
                yield None  # a row another program wrote: counted as unreadable
        for path_, reason, error in conn.execute("SELECT path, reason, error FROM errors ORDER BY id"):
            yield {"path": path_, "reason": reason, "error": error}
    finally:
        conn.close()


def corpus_stats(path: str) -> CorpusStats:
    """Aggregate a batch output file: JSON Lines or the SQLite database."""
    stats = CorpusStats()
    for record in records_from_sqlite(path) if is_sqlite(path) else records_from_jsonl(path):
        stats.add(record)
    return stats
