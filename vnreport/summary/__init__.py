"""The structured summary of an article: the event, key facts, documents cited, tasks, highlights and
quality warnings — built from the Report's entity sections and the segmented Document, so it improves
as the extractors do. One module per part; every part is a linear pass over the text.

The event is the lead story's (`lead.py` finds the lead, `event.py` its event word, kind and date,
`phrases.py` reads the event word in its sentence, `setting.py` the organiser, `venue.py` the place,
`people.py` the chair, attendees and speakers; `vocabulary.py` holds the event words and cues).
"""

from __future__ import annotations

from vnreport.report.model import Event, Report, Sentence, Summary
from vnreport.segment.document import Document
from vnreport.summary.document import document_summary
from vnreport.summary.event import build_event
from vnreport.summary.facts import key_facts
from vnreport.summary.highlights import highlights
from vnreport.summary.lead import caption_spans
from vnreport.summary.setting import issuer_organiser
from vnreport.summary.tasks import find_tasks
from vnreport.summary.tokens import body_sentences
from vnreport.summary.warnings import quality_warnings


def summarize(doc: Document, report: Report) -> Summary:
    """The summary of `doc`, read from the entity sections already filled in `report`; an official
    document's is the document itself (summary/document.py)."""
    if report.document is not None:
        return document_summary(doc, report, report.document)
    event = build_event(doc, report)
    photos = caption_spans(doc, body_sentences(doc))  # read once for the tasks and the highlights
    tasks = find_tasks(doc, report, photos)
    if event is not None and event.organizer is None:
        event.organizer = issuer_organiser(doc, report, event, tasks)  # read from the lead's tasks
    return Summary(
        event=event,
        key_facts=key_facts(doc, report, event_sentence(doc, event)),
        documents=cited_documents(report),
        tasks=tasks,
        highlights=highlights(doc, photos),
        warnings=quality_warnings(doc, report),
    )


def event_sentence(doc: Document, event: Event | None) -> Sentence | None:
    """The sentence that tells the event (where its name is written), for the facts tied to it."""
    if event is None or event.mention is None:
        return None
    return next((s for s in doc.sentences if s.start <= event.mention.start < s.end), None)


def cited_documents(report: Report) -> list[str]:
    """Keys of the documents cited, each once, in order of first mention."""
    seen: dict[str, None] = {}
    for document in sorted(report.documents, key=lambda d: d.start):
        seen.setdefault(document.key, None)
    return list(seen)
