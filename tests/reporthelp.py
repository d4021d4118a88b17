"""Reports whose entity sections are written by hand (`HandReport`), with offsets found in the text: the
summary's tests check its own method and do not move when the extractors change."""

from __future__ import annotations

from vnreport.pipeline import analyze_text, source_from_text, source_info
from vnreport.report.model import (
    Change,
    DateMention,
    DocumentRef,
    Event,
    Figure,
    KeyFact,
    Location,
    Mention,
    Official,
    OfficialTitle,
    Organization,
    Report,
    Role,
    Summary,
)
from vnreport.segment.document import Document, segment
from vnreport.summary import summarize


class HandReport:
    """A Report whose entity sections are written by hand, with offsets found in the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.doc: Document = segment(text)
        source = source_from_text(text, path="hand.txt")
        self.report = Report(
            source=source_info(source, self.doc), title=self.doc.title.text if self.doc.title else None
        )

    def find(self, needle: str, nth: int = 0, after: int = 0) -> Mention:
        start = after - 1
        for _ in range(nth + 1):
            start = self.text.index(needle, start + 1)
        return Mention(text=needle, start=start, end=start + len(needle))

    def all(self, needle: str) -> list[Mention]:
        found, start = [], self.text.find(needle)
        while start >= 0:
            found.append(Mention(text=needle, start=start, end=start + len(needle)))
            start = self.text.find(needle, start + 1)
        return found

    def official(self, name: str, titles: list[str], roles: list[Role]) -> None:
        self.report.officials.append(
            Official(
                name=name,
                titles=[OfficialTitle(text=t) for t in titles],
                mentions=self.all(name),
                role=roles[0] if roles else None,
                roles=roles,
            )
        )

    def date(self, text: str, value: str, precision: str = "day", part_of_day: str | None = None, nth: int = 0) -> None:
        m = self.find(text, nth)
        self.report.dates.append(
            DateMention(text=text, value=value, start=m.start, end=m.end, precision=precision, part_of_day=part_of_day)  # type: ignore[arg-type]
        )

    def document(self, text: str, kind: str, key: str, nth: int = 0, **fields: str | None) -> None:
        m = self.find(text, nth)
        number = fields.pop("number", None)
        self.report.documents.append(
            DocumentRef(text=text, kind=kind, number=number, key=key, start=m.start, end=m.end, **fields)  # type: ignore[arg-type]
        )

    def organization(self, name: str) -> None:
        self.report.organizations.append(Organization(name=name, mentions=self.all(name)))

    def location(self, name: str) -> None:
        self.report.locations.append(Location(name=name, level="province", mentions=self.all(name)))

    def figure(self, text: str, value: float, unit: str | None, change: Change | None = None, nth: int = 0) -> None:
        m = self.find(text, nth)
        self.report.figures.append(Figure(text=text, value=value, unit=unit, start=m.start, end=m.end, change=change))

    def summary(self) -> Summary:
        return summarize(self.doc, self.report)

    def event(self) -> Event:
        """The summary's event, failing the test when the summary reports none."""
        event = self.summary().event
        assert event is not None, "no event reported"
        return event


def hand_report(text: str, dates: tuple[tuple[str, str], ...] = (), orgs: tuple[str, ...] = ()) -> HandReport:
    """A hand-built report of `text` with the organisations and the dates (as written, ISO value) given."""
    hand = HandReport(text)
    for org in orgs:
        hand.organization(org)
    for mention, value in dates:
        hand.date(mention, value)
    return hand


def key_facts_of(title: str, lead: str) -> list[KeyFact]:
    """The key facts analysed from a written title and lead, after a neutral body of two sentences."""
    body = "Các đơn vị sẽ báo cáo kết quả vào cuối năm. Người dân trong vùng rất phấn khởi trước tin này."
    summary = analyze_text(title + "\n\n" + lead + "\n\n" + body + "\n").summary
    return summary.key_facts if summary else []


def hand_event(
    text: str,
    date: str,
    value: str,
    orgs: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    more_dates: tuple[tuple[str, str], ...] = (),
) -> Event:
    """The event summarised from `text` whose organisations, places and dates (`date` as written, its ISO
    `value`, then each `(text, value)` of `more_dates`) are written by hand; the test fails here when no event is
    read."""
    hand = HandReport(text)
    for org in orgs:
        hand.organization(org)
    for place in places:
        hand.location(place)
    for written, iso in ((date, value), *more_dates):
        hand.date(written, iso)
    event = hand.summary().event
    assert event is not None
    return event


def summary_of(report: Report) -> Summary:
    """The report's summary, failing the test when it has none."""
    assert report.summary is not None, "no summary"
    return report.summary
