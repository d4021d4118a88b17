"""Extraction: one module per entity kind, each reading the segmented Document and filling the Report.

Lexicons live in `vnreport/data/` as plain files (see `vnreport/lexicon.py`), never as literals in code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vnreport.report.model import Report
    from vnreport.segment.document import Document


def run_extractors(doc: Document, report: Report) -> None:
    """Fill every entity section of `report` from `doc`."""
    from vnreport.extract.dates import article_year, extract_dates
    from vnreport.extract.documents import extract_documents
    from vnreport.extract.figures import extract_figures
    from vnreport.extract.locations import extract_locations
    from vnreport.extract.officials import extract_people
    from vnreport.extract.organizations import extract_organizations

    if doc.year is None:
        doc.year = article_year(doc)
    report.dates = extract_dates(doc)
    report.documents = extract_documents(doc)
    report.locations = extract_locations(doc)
    report.organizations = extract_organizations(doc)
    report.figures = extract_figures(doc)
    report.officials, report.people = extract_people(doc)
