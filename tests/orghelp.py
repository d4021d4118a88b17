"""Organisations of a written example as the whole pipeline's extractors find them, checked for offsets, and its
locations."""

from __future__ import annotations

from vnreport.extract import run_extractors
from vnreport.report.model import Organization
from vnreport.segment.document import segment


def organizations(text: str) -> dict[str, Organization]:
    doc = segment(text, words="dictionary")
    found = run_extractors(doc).organizations.organizations
    for organization in found:
        for mention in organization.mentions:
            assert doc.text[mention.start : mention.end] == mention.text
    return {organization.name: organization for organization in found}


def names(text: str) -> list[str]:
    return list(organizations(text))


def places(text: str) -> list[str]:
    """The locations the whole pipeline reports for a written example."""
    doc = segment(text, words="dictionary")
    return [location.name for location in run_extractors(doc).locations]
