"""Extraction: one module per entity kind, each reading the segmented Document and filling the Report.

Lexicons live in `vnreport/data/` as plain files (see `lexicon.py`), never as literals in code.
"""

from __future__ import annotations

from vnreport.report.model import Report
from vnreport.segment.document import Document


def run_extractors(doc: Document, report: Report) -> None:
    """Fill every entity section of `report` from `doc`, in dependency order."""
    return None
