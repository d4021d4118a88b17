"""Rendering: every output format is a view of the one Report (or Segmentation) model."""

from __future__ import annotations

from enum import StrEnum


class ReportFormat(StrEnum):
    """`analyze --format`: views for people (table, markdown, html) and for programs (json, jsonl)."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    MARKDOWN = "markdown"
    HTML = "html"


class SegmentFormat(StrEnum):
    """`segment --format`: one sentence per line, or every word with its offsets."""

    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"


# The sections a report is shown in, for `--only` (kept here, not in sections.py, so that the CLI's help
# lists them without importing the report model).
SECTION_KEYS = ("officials", "people", "documents", "dates", "organizations", "locations", "figures")
SUMMARY_PARTS = ("brief", "event", "key_facts", "documents", "tasks", "highlights", "warnings")
SUMMARY_KEYS = tuple(f"summary.{part}" for part in SUMMARY_PARTS)
DOCUMENT_KEYS = ("document", "document.structure")
ONLY_KEYS = (*SECTION_KEYS, "summary", *SUMMARY_KEYS, *DOCUMENT_KEYS)
