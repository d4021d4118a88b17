"""Lexicons are data files in `vnreport/data/`, loaded once per process.

Plain text: one entry per line, `#` starts a comment. Tables: tab-separated columns.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

from vnreport.text import fold, nfc


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


# Phrase lexicons are matched as tries over lower-case match-view syllables (see vnreport/text.py).
Trie = dict[str, "Trie"]
TRIE_END = "\x00"


def build_trie(phrases: Iterable[str]) -> Trie:
    """A trie of phrases, folded like the match view and lower-cased, one syllable per level."""
    root: Trie = {}
    for phrase in phrases:
        node = root
        for syllable in fold(phrase).lower().split():
            node = node.setdefault(syllable, {})
        node[TRIE_END] = {}
    return root
