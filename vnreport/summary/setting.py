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

from collections.abc import Callable

from vnreport.report.model import Report, Sentence
from vnreport.segment.document import Document
from vnreport.summary.phrases import Candidate, is_stop, name_span, skip_adverbs_back
from vnreport.summary.tokens import Token, is_mark, match_length
from vnreport.summary.vocabulary import cues, event_trie, event_words
from vnreport.text import fold

_MAX_ORGANISER_TOKENS = 20
_DO_REACH = 80  # tokens: `Hội nghị <long name> do <organiser> tổ chức`
_TITLE_REACH = 120  # characters
_OF_REACH = 3  # tokens after the name: `Phiên họp thứ 47 của …`
_MAX_VENUE_TOKENS = 16
_CLAUSE_END = frozenset({".", ";", ":", "!", "?", "…"})
_MATTER_KINDS = frozenset({"directive", "investigation", "trial", "other"})
_VISIT_REACH = 3  # tokens: `chuyến thăm chính thức Việt Nam`


def organiser(doc: Document, report: Report, best: Candidate) -> str | None:
    """Who held the event, as written (an organisation's name, or `tỉnh Khánh Hòa` as the subject)."""
    toks = best.toks
    if best.verb_at is not None:
        found = _subject_before(doc, report, toks, best.verb_at)
        if found:
            return found
    agent = _agent_after_do(doc, report, toks, best.head + 1)
    if agent:
        return agent
    length = match_length(event_trie(), toks, best.head)
    if not best.word.noun:
        k = skip_adverbs_back(toks, best.head)
        found = _organisation_ending_at(report, toks[k - 1].end) if k > 0 else None
        if found and (best.kind == "directive" or not _ends_a_title(doc, report, toks[k - 1].end)):
            return found  # `Công an Hà Nội đã khởi tố`, `ông A, Chủ tịch UBND tỉnh B đã ký`
    end = name_span(toks, best.head)[0] if best.word.noun else best.head + length
    found = _of_organisation(report, toks, best.head + length, min(len(toks), end + _OF_REACH))
    if found:
        return found  # `Phiên họp thứ 47 của Ủy ban Thường vụ Quốc hội`, `ký các Quyết định của Thủ tướng …`
    if best.head + length < len(toks):
        found = _organisation_starting_at(report, toks[best.head + length].start)
        if found:
            return found  # `Đại hội đại biểu Đảng bộ TP Cần Thơ`, `Phiên họp Chính phủ`
    if best.kind == "session":
        return _elected_body(report, best)
    if best.kind == "directive":
        return _signer_organisation(report, toks, best.head)
    return None


def _ends_a_title(doc: Document, report: Report, end: int) -> bool:
    """`Bí thư Thành ủy Hà Nội đã làm việc với …`: the organisation belongs to a person's title — he, not
    his body, is the subject."""
    lowered = doc.view[max(0, end - _TITLE_REACH) : end].lower()
    return any(lowered.endswith(fold(t.text).lower()) for o in report.officials for t in o.titles if " " in t.text)


def _of_organisation(report: Report, toks: list[Token], start: int, end: int) -> str | None:
    """The organisation written right after `của` within toks[start:end]."""
    for k in range(start, end - 1):
        if toks[k].lower == "của":
            return _organisation_starting_at(report, toks[k + 1].start)
    return None


def _organisation_starting_at(report: Report, start: int) -> str | None:
    best: tuple[int, str] | None = None
    for organisation in report.organizations:
        for mention in organisation.mentions:
            if mention.start == start and (best is None or mention.end > best[0]):
                best = (mention.end, mention.text)
    return best[1] if best else None


def _elected_body(report: Report, best: Candidate) -> str | None:
    """The elected body a session belongs to: the first organisation of its sentence that is one."""
    elected = cues()["elected_body"]
    sentence = best.sentence
    for mention in sorted(
        (m for o in report.organizations for m in o.mentions if sentence.start <= m.start < sentence.end),
        key=lambda m: m.start,
    ):
        toks = [t for t in best.toks if mention.start <= t.start < mention.end]
        if any(elected.length(toks, k, whole_words=False) for k in range(len(toks))):
            return mention.text
    return None


def _signer_organisation(report: Report, toks: list[Token], head: int) -> str | None:
    """A document signed as the news: the organisation of the title of its signer, the official named
    last before the verb (`ông A, Chánh Thanh tra Bộ GD-ĐT cho biết đã ký …`)."""
    at = toks[head].start
    lo = toks[0].start
    nearest: tuple[int, str | None] | None = None
    for official in report.officials:
        for mention in official.mentions:
            if lo <= mention.start and mention.end <= at and (nearest is None or mention.start > nearest[0]):
                organisation = next((t.organization for t in official.titles if t.current and t.organization), None)
                nearest = (mention.start, organisation)
    return nearest[1] if nearest else None


def _subject_before(doc: Document, report: Report, toks: list[Token], end: int) -> str | None:
    """The organisation written just before the organiser verb (the verb's subject)."""
    if end == 0:
        return None
    last = toks[end - 1]
    span = _organisation_span_ending_at(report, last.end)
    if span is not None:
        if _is_place(report, span[0], span[1]):  # `UBND quận 1, Thành phố Hồ Chí Minh tổ chức`: an apposition
            comma = doc.view.rfind(",", max(0, span[0] - 3), span[0])
            before = _organisation_ending_at(report, comma) if comma >= 0 else None
            if before is not None:
                return before
        return span[2]
    place = next((m.text for loc in report.locations for m in loc.mentions if m.end == last.end), None)
    if place is not None and _opens_subject(toks, end, place):
        return place  # `…, tỉnh Khánh Hòa tổ chức Lễ công bố …`
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


def _is_place(report: Report, start: int, end: int) -> bool:
    return any(m.start == start and m.end == end for loc in report.locations for m in loc.mentions)


def _opens_subject(toks: list[Token], end: int, place: str) -> bool:
    """The place alone is the subject: a comma or the sentence start stands before it."""
    words = len(place.split())
    k = end - words
    return k <= 0 or toks[k - 1].lower in {",", ";", ":"}


def _agent_after_do(doc: Document, report: Report, toks: list[Token], after: int) -> str | None:
    """`Hội nghị … do Bộ Tài chính tổ chức`: the organiser stands between `do` and the verb."""
    do = next((k for k in range(after, min(len(toks), after + _DO_REACH)) if toks[k].lower == "do"), None)
    if do is None:
        return None
    start = do + 1
    for end in range(start + 1, min(len(toks), start + _MAX_ORGANISER_TOKENS)):
        if is_mark(toks[end], _CLAUSE_END) or toks[end].lower == ",":
            return None
        if match_length(cues()["organiser_verb"], toks, end):
            named = _organisation_ending_at(report, toks[end - 1].end)
            return named or doc.text[toks[start].start : toks[end - 1].end]
    return None


def _organisation_ending_at(report: Report, end: int) -> str | None:
    span = _organisation_span_ending_at(report, end)
    return span[2] if span else None


def _organisation_span_ending_at(report: Report, end: int) -> tuple[int, int, str] | None:
    """(start, end, name) of the longest organisation mention that ends at `end`."""
    best: tuple[int, int, str] | None = None
    for organisation in report.organizations:
        for mention in organisation.mentions:
            if mention.end == end and (best is None or mention.start < best[0]):
                best = (mention.start, mention.end, organisation.name)
    return best


def location(doc: Document, report: Report, best: Candidate, following: list[Sentence]) -> str | None:
    """Where the event was held: `tại <venue>` in its sentence, else the destination of a visit (`chuyến
    thăm chính thức Việt Nam`), else `tại <venue>` in a following sentence that tells the same event
    again (`Sáng 27.9, tại Trung tâm hội nghị …, Đảng bộ TP.Hải Phòng tổ chức Đại hội`). None when the
    text does not say: the place in the organiser's name is not where the event was."""
    venue = _at_venue(doc, best.toks, _venue_slots(best))
    if venue:
        return venue
    if best.kind == "visit":
        length = match_length(event_trie(), best.toks, best.head)
        after = best.toks[best.head + length : best.head + length + _VISIT_REACH]
        for tok in after:
            place = next((loc.name for loc in report.locations for m in loc.mentions if m.start == tok.start), None)
            if place is not None:
                return place
    for sentence in following:
        toks = doc.tokens_in(sentence.start, sentence.end)
        again = next((k for k in range(len(toks)) if _kind_at(toks, k) == best.word.kind), None)
        if again is not None:
            venue = _at_venue(doc, toks, _before_index(again))
            if venue:
                return venue
    return None


def _before_index(limit: int) -> Callable[[int], bool]:
    return lambda i: i < limit


def _kind_at(toks: list[Token], k: int) -> str | None:
    length = match_length(event_trie(), toks, k)
    return event_words()[" ".join(t.lower for t in toks[k : k + length])].kind if length else None


def _venue_slots(best: Candidate) -> Callable[[int], bool]:
    """Where `tại` may stand to give the event's place: anywhere in the sentence of a gathering, but not
    in a clause about an incident (`… vụ việc xảy ra tại xã …`); for a document, an investigation or a
    trial only before the event word (`Ngày 2-6, tại …, ông A đã ký …`), as what follows is its matter
    (`thành lập tổ công tác … tại Bình Định`)."""
    if best.kind in _MATTER_KINDS:
        return lambda i: i < best.head
    toks = best.toks
    incident = next((k for k in range(len(toks)) if match_length(cues()["incident"], toks, k)), len(toks))
    return lambda i: i < incident


def _at_venue(doc: Document, toks: list[Token], allowed: Callable[[int], bool]) -> str | None:
    for i, tok in enumerate(toks):
        if tok.lower == "tại" and tok.first and allowed(i):
            venue = _venue(doc, toks, i + 1)
            if venue:
                return venue
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
        if nxt.lower == "," and _continues_venue(toks, end + 1):
            end += 1  # `Quảng trường Hùng Vương, thành phố Việt Trì`
            continue
        if is_mark(nxt, _CLAUSE_END) or nxt.lower in {",", "("}:
            break
        verb = match_length(cues()["organiser_verb"], toks, end)
        stop = is_stop(toks, end) or match_length(cues()["venue_stop"], toks, end)
        if end > start and not nxt.is_cap and (stop or verb):
            break
        end += 1
    if end - start >= _MAX_VENUE_TOKENS:
        return None
    return end


def _continues_venue(toks: list[Token], k: int) -> bool:
    """After a comma, `thành phố Việt Trì` goes on with the venue; `tỉnh Khánh Hòa tổ chức …` is the
    subject of the sentence."""
    if k >= len(toks) or not match_length(cues()["venue_word"], toks, k):
        return False
    for j in range(k + 1, min(len(toks), k + _MAX_VENUE_TOKENS)):
        if toks[j].lower in {",", ".", ";", ":"}:
            return True
        if match_length(cues()["organiser_verb"], toks, j) or match_length(event_trie(), toks, j):
            return False
    return True


def venue_tokens(toks: list[Token]) -> set[int]:
    """Indices of the tokens of venues written after `tại` (`tại Hội trường Trung tâm Hội nghị tỉnh`)."""
    inside: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.lower == "tại" and tok.first:
            end = _venue_end(toks, i + 1)
            if end is not None:
                inside.update(range(i + 1, end))
    return inside
