"""Limits an input is held to, in a module the CLI can import without loading the readers (--help stays fast)."""

from __future__ import annotations

# The size of one input, and (batch) the seconds its analysis may take: a 20 MB article of natural
# text takes about three minutes.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_TIMEOUT = 600.0
DEFAULT_FETCH_TIMEOUT = 30.0  # seconds for a whole download of a URL
# A publication year (--year) is a calendar year an ISO 8601 date can hold as four digits.
MIN_YEAR, MAX_YEAR = 1, 9999
