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
