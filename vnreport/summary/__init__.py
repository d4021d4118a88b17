"""The structured summary of an article: the event, key facts, documents cited, tasks, highlights and
quality warnings — built from the Report's entity sections and the segmented Document, so it improves
as the extractors do. One module per part; every part is a linear pass over the text.
"""

from __future__ import annotations

from vnreport.report.model import Report, Summary
from vnreport.segment.document import Document
from vnreport.summary.event import build_event
from vnreport.summary.facts import key_facts
from vnreport.summary.highlights import highlights
from vnreport.summary.tasks import find_tasks
from vnreport.summary.warnings import quality_warnings


def summarize(doc: Document, report: Report) -> Summary:
    """The summary of `doc`, read from the entity sections already filled in `report`."""
    return Summary(
        event=build_event(doc, report),
        key_facts=key_facts(doc, report),
        documents=cited_documents(report),
        tasks=find_tasks(doc, report),
        highlights=highlights(doc),
        warnings=quality_warnings(doc, report),
    )


def cited_documents(report: Report) -> list[str]:
    """Keys of the documents cited, each once, in order of first mention."""
    seen: dict[str, None] = {}
    for document in sorted(report.documents, key=lambda d: d.start):
        seen.setdefault(document.key, None)
    return list(seen)
