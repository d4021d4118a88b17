"""Extraction: one module or package per entity kind, run as typed stages over the segmented Document.

The stages, in order, and what each takes from the ones before it:

    dates          Document                       → date spans, the year evidence, DateMention list, the
                                                     article's year and its source
    documents      Document, dates                → DocumentRef list (a document issued in a dated sentence
                                                     takes that day; when its number or name writes the
                                                     year that day lacks, the dates are read again)
    the document   Document, documents            → OfficialDocument when the text is one (its header,
                                                     signer, bases, changes, structure)
    places         Document                       → place spans
    organisations  Document, place spans          → Organization list and mention spans (a name ends
                                                     where its place ends)
    locations      Document, place spans,         → Location list (a place named only inside an
                   organisation and document spans   organisation's or a document's name is not one)
    officials      Document, organisation spans   → Official and Person lists (a title's organisation
                                                     ends where the organisation does); the document's
                                                     signer joins them
    figures        Document                       → Figure list

Each stage is a plain function with typed arguments; nothing passes between stages except through
them. Lexicons live in `vnreport/data/` as plain files (see `vnreport/lexicon.py`), never as literals.
"""

from __future__ import annotations

from dataclasses import dataclass

from vnreport.extract.dates import article_year_of, extract_dates, find_dates, year_evidence
from vnreport.extract.dates.cores import Found
from vnreport.extract.dates.years import YearEvidence, settle_issued_days
from vnreport.extract.documents import extract_documents
from vnreport.extract.figures import extract_figures
from vnreport.extract.locations import PlaceSpan, Span, extract_locations, find_places
from vnreport.extract.officials import extract_people
from vnreport.extract.organizations import OrganizationsFound, find_organizations
from vnreport.extract.selfdoc import read_official_document, with_signer
from vnreport.report.model import (
    DateMention,
    DocumentRef,
    Figure,
    Location,
    Official,
    OfficialDocument,
    Person,
    YearSource,
)
from vnreport.segment.document import Document


@dataclass(slots=True)
class Extraction:
    """Every stage's output, for the report and the summary."""

    dates: list[DateMention]
    documents: list[DocumentRef]
    document: OfficialDocument | None
    places: list[PlaceSpan]
    locations: list[Location]
    organizations: OrganizationsFound
    officials: list[Official]
    people: list[Person]
    figures: list[Figure]
    year: int | None = None
    year_source: YearSource = "none"


def run_extractors(doc: Document) -> Extraction:
    """Run the stages in order over `doc` (its `year` is set from the text when the caller gave none)."""
    found = find_dates(doc)
    evidence = year_evidence(doc, found)
    dates, documents, year_source = _dates_and_documents(doc, found, evidence)
    # `Ngày 8-2, … ký ban hành Nghị định số 08/2017/NĐ-CP`: the document's year is its day's
    if settle_issued_days(evidence, documents, dates, doc.sentences):
        dates, documents, year_source = _dates_and_documents(doc, found, evidence)
    document = read_official_document(doc, documents)
    places = find_places(doc)
    organizations = find_organizations(doc, places)
    named: list[Span] = [*organizations.spans, *(m for d in documents for m in d.mentions)]
    locations = extract_locations(doc, places, named)
    officials, people = extract_people(doc, organizations.spans)
    if document is not None:
        officials, people = with_signer(document, officials, people)
    figures = extract_figures(doc)
    return Extraction(
        dates, documents, document, places, locations, organizations, officials, people, figures, doc.year, year_source
    )


def _dates_and_documents(
    doc: Document, found: list[Found], evidence: YearEvidence
) -> tuple[list[DateMention], list[DocumentRef], YearSource]:
    """The dates, the article's year (set on `doc`) with its source, and the documents dated by them."""
    dates = extract_dates(doc, found, evidence)
    doc.year, year_source = article_year_of(doc, found, evidence, dates)
    return dates, extract_documents(doc, dates), year_source


__all__ = ["Extraction", "run_extractors"]
