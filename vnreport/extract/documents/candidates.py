"""Candidates: every span that may cite a document — full references with a symbol, drafts, named
documents, short forms — with what was read around it. `resolve.py` groups them into documents."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from vnreport.spans import Spans
from vnreport.text import strip_accents

RANK_FULL_WORD, RANK_FULL, RANK_NAMED, RANK_SHORT = 3, 2, 2, 0


@dataclass
class Cand:
    start: int
    end: int
    flavor: str  # full | draft | named | short
    rank: int
    kind: str | None = None
    number: str | None = None
    key: str = ""
    system: str | None = None
    type_code: str | None = None
    issuer_codes: list[str] = field(default_factory=list)
    year: int | None = None
    date: str | None = None
    issuer: str | None = None
    subject: str | None = None
    name: str | None = None
    article: str | None = None
    tail_end: int = 0  # where its own date and issuer end (its end when none is written)
    # linking: a short form or an unqualified name points to a full reference with the same base
    base: tuple[str, str] | None = None
    qual: str | None = None
    kinds: frozenset[str] = frozenset()  # short forms: the kinds they may stand for
    standalone: bool = True
    amends_one: bool = False  # an amending law named by the laws it amends
    amended: bool = False  # a law an amending law of the text names (`… của Luật Đặc xá`)
    # the one law an amending law amends when a number follows it (`… của Bộ luật Hình sự số 100/2015/QH13`):
    # the number is that law's, which the number's full reference takes as its name
    numbered_law: Cand | None = None


def fold_key(text: str) -> str:
    return " ".join(strip_accents(text).split())


def inside(pos: int, spans: Spans) -> bool:
    """Some span holds `pos` (a <= pos < b)."""
    return spans.reach_before(bisect_right(spans.starts, pos)) > pos


def overlaps(cand: Cand, spans: Spans) -> bool:
    """Some span overlaps the candidate (a < cand.end and cand.start < b)."""
    return spans.reach_before(bisect_left(spans.starts, cand.end)) > cand.start
