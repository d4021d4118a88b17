"""Rendering: every output format is a view of the one Report (or Segmentation) model."""

from __future__ import annotations

FORMATS = ("table", "json", "jsonl", "markdown")
SEGMENT_FORMATS = ("text", "json", "jsonl")
