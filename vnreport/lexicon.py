"""Lexicons are data files in `vnreport/data/`, loaded once per process.

Plain text: one entry per line, `#` starts a comment. Tables: tab-separated columns.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from vnreport.text import nfc


def _lines(name: str) -> list[str]:
    raw = resources.files("vnreport").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in raw.splitlines():
        line = line.split(" #", 1)[0].rstrip() if not line.startswith("#") else ""
        if line.strip():
            rows.append(nfc(line.strip()))
    return rows


@cache
def load_words(name: str) -> frozenset[str]:
    return frozenset(_lines(name))


@cache
def load_list(name: str) -> tuple[str, ...]:
    return tuple(_lines(name))


@cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(name))
