"""Entity spans → the article text with every entity marked in place.

Every mention of the report becomes a span (kind, entity, start, end). Spans are nested where they
nest (an organisation inside an official's title, a date inside a plan's name); a span that crosses
another (starts inside it, ends after it) cannot be an HTML element beside it, so it is not marked but
listed with the mark it crosses (`Mark.crossing`), and its entity keeps its other mentions. Nothing of
the text is dropped or rewritten: the concatenated text of the output is the input, character for
character, and each mark's text is `text[start:end]`.

One sort and one pass with a stack of open marks: O(n log n) in the spans and linear in the text,
whatever the nesting depth (no recursion).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

# The order of the kinds when spans coincide exactly: the more specific entity outside.
KINDS = ("official", "person", "document", "date", "organization", "location", "figure")
_RANK = {kind: rank for rank, kind in enumerate(KINDS)}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str
    entity: int  # index of the entity in its article's entity list
    role: str = ""  # a sub-kind shown differently: `title` for an official's title


@dataclass(slots=True)
class Mark:
    span: Span
    crossing: list[Span] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Open:
    mark: Mark


@dataclass(frozen=True, slots=True)
class Close:
    mark: Mark


Piece = str | Open | Close


def _order(span: Span) -> tuple[int, int, int, int]:
    return (span.start, -span.end, _RANK.get(span.kind, len(KINDS)), span.entity)


def marked_pieces(text: str, spans: list[Span]) -> Iterator[Piece]:
    """The text as runs of characters and opening/closing marks, properly nested. Spans outside the
    text or empty are skipped (a report from elsewhere cannot break the page)."""
    valid = sorted((s for s in spans if 0 <= s.start < s.end <= len(text)), key=_order)
    stack: list[Mark] = []
    at = 0
    seen: set[tuple[int, int, str, int]] = set()
    for span in valid:
        identity = (span.start, span.end, span.kind, span.entity)
        if identity in seen:  # the same mention listed twice
            continue
        seen.add(identity)
        while stack and stack[-1].span.end <= span.start:
            closing = stack.pop()
            if closing.span.end > at:
                yield text[at : closing.span.end]
                at = closing.span.end
            yield Close(closing)
        if stack and stack[-1].span.end < span.end:  # crosses the innermost open mark: cannot nest
            stack[-1].crossing.append(span)
            continue
        if span.start > at:
            yield text[at : span.start]
            at = span.start
        mark = Mark(span)
        stack.append(mark)
        yield Open(mark)
    while stack:
        closing = stack.pop()
        if closing.span.end > at:
            yield text[at : closing.span.end]
            at = closing.span.end
        yield Close(closing)
    if at < len(text):
        yield text[at:]
