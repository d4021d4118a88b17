"""Who held the event and where: the organiser and the place, read around the event word.

The organiser is the subject of the organiser verb (`Thành ủy Hà Nội tổ chức Hội nghị …`), the agent of
`do … tổ chức`, the subject of an event verb (`Công an Hà Nội đã khởi tố …`, `Quốc hội thảo luận …`), the
body after `của` (`Phiên họp thứ 47 của Ủy ban Thường vụ Quốc hội`) or inside the name (`Đại hội đại
biểu Đảng bộ TP Cần Thơ`, `Phiên họp Chính phủ`), the elected body of a session, or for a document
signed as the news the body of its signer's title (`ông A, Chủ tịch UBND tỉnh Bình Định đã ký …`). The
place is where the text says the event was held (`tại <venue>`), or the destination of a visit; a place
the text does not give is None, never guessed from the organiser's name.
"""

from __future__ import annotations

import re

from vnreport.report.model import Report, Sentence
from vnreport.segment.document import Document
from vnreport.summary.phrases import Candidate, is_stop, name_span
from vnreport.summary.tokens import Token, is_mark, match_length
from vnreport.summary.vocabulary import cues, event_trie

_MAX_ORGANISER_TOKENS = 20
_MAX_VENUE_TOKENS = 12
_CLAUSE_END = frozenset({".", ";", ":", "!", "?", "…"})
_AT_PLACE = re.compile(r"(?:tại|ở)\s+$", re.IGNORECASE)


def organiser(doc: Document, report: Report, best: Candidate, stopped_at: int | None) -> str | None:
    toks = best.toks
    if best.verb_at is not None:
        return _subject_before(doc, report, toks, best.verb_at)
    if stopped_at is not None and toks[stopped_at].lower == "do":
        return _agent_after_do(doc, report, toks, stopped_at + 1)
    return None


def _subject_before(doc: Document, report: Report, toks: list[Token], end: int) -> str | None:
    """The organisation written just before the organiser verb (the verb's subject)."""
    if end == 0:
        return None
    last = toks[end - 1]
    named = _organisation_ending_at(report, last.end)
    if named is not None:
        return named
    start = end
    depth = 0
    while start > 0 and end - start < _MAX_ORGANISER_TOKENS:
        text = toks[start - 1].lower
        depth += text == ")"
        depth -= text == "("
        if depth <= 0 and text in {",", ";", ":", "."}:
            break
        start -= 1
    if start == end or not toks[start].is_cap or end - start >= _MAX_ORGANISER_TOKENS:
        return None
    return doc.text[toks[start].start : last.end]


def _agent_after_do(doc: Document, report: Report, toks: list[Token], start: int) -> str | None:
    """`Hội nghị do Bộ Tài chính tổ chức`: the organiser stands between `do` and the verb."""
    for end in range(start + 1, min(len(toks), start + _MAX_ORGANISER_TOKENS)):
        if is_mark(toks[end], _CLAUSE_END) or toks[end].lower == ",":
            return None
        if match_length(cues()["organiser_verb"], toks, end):
            named = _organisation_ending_at(report, toks[end - 1].end)
            return named or doc.text[toks[start].start : toks[end - 1].end]
    return None


def _organisation_ending_at(report: Report, end: int) -> str | None:
    best: tuple[int, str] | None = None
    for organisation in report.organizations:
        for mention in organisation.mentions:
            if mention.end == end and (best is None or mention.start < best[0]):
                best = (mention.start, organisation.name)
    return best[1] if best else None


def location(doc: Document, report: Report, best: Candidate | None, organiser: str | None) -> str | None:
    """`tại <place>` written before the event word or right after its name; else a place in that sentence."""
    if best is None:
        return None
    toks = best.toks
    name_end = name_span(toks, best.head)[0] if best.word.noun else best.head + 1
    for i, tok in enumerate(toks):
        if tok.lower == "tại" and tok.first and (i < best.head or i == name_end):
            venue = _venue(doc, toks, i + 1)
            if venue:
                return venue
    return _place_in_sentence(doc, report, best.sentence, organiser)


def _place_in_sentence(doc: Document, report: Report, sentence: Sentence, organiser: str | None) -> str | None:
    """A place of the event's sentence written after `tại`/`ở`, or inside the organiser's name
    (`Thành ủy Hà Nội` → Hà Nội); not any place the sentence happens to mention."""
    for location in report.locations:
        for m in location.mentions:
            if sentence.start <= m.start < sentence.end and _AT_PLACE.search(doc.view, max(0, m.start - 4), m.start):
                return location.name
    if organiser:
        for location in report.locations:
            if any(m.text in organiser for m in location.mentions):
                return location.name
    return None


def _venue(doc: Document, toks: list[Token], start: int) -> str | None:
    """A capitalised place or a venue word (`hội trường`, `thành phố`) after `tại`, not an event."""
    end = _venue_end(toks, start)
    return doc.text[toks[start].start : toks[end - 1].end] if end is not None else None


def _venue_end(toks: list[Token], start: int) -> int | None:
    """One past the last token of the venue that starts at toks[start], or None when none does."""
    if start >= len(toks) or match_length(event_trie(), toks, start):
        return None
    if not (toks[start].is_cap or match_length(cues()["venue_word"], toks, start)):
        return None
    end = start
    while end < len(toks) and end - start < _MAX_VENUE_TOKENS:
        nxt = toks[end]
        if nxt.lower == "," and end + 1 < len(toks) and match_length(cues()["venue_word"], toks, end + 1):
            end += 1  # `Quảng trường Hùng Vương, thành phố Việt Trì`
            continue
        if is_mark(nxt, _CLAUSE_END) or nxt.lower == ",":
            break
        verb = match_length(cues()["organiser_verb"], toks, end)
        if end > start and not nxt.is_cap and (is_stop(toks, end) or verb):
            break
        end += 1
    if end - start >= _MAX_VENUE_TOKENS:
        return None
    return end


def venue_tokens(toks: list[Token]) -> set[int]:
    """Indices of the tokens of venues written after `tại` (`tại Hội trường Trung tâm Hội nghị tỉnh`)."""
    inside: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.lower == "tại" and tok.first:
            end = _venue_end(toks, i + 1)
            if end is not None:
                inside.update(range(i + 1, end))
    return inside
