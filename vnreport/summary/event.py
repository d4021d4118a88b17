"""The event of the lead story: its kind and name as written, when, where, who organised it, and the
officials who chaired, attended and spoke.

News leads follow one pattern — `<when>, <organiser> tổ chức <Event name …>, <purpose>` — and the
event words (`Hội nghị`, `Đại hội`, `lễ kỷ niệm`, `làm việc với`, `ký`) are a lexicon
(`data/summary_events.tsv`). The lead story's happening is told by the first dated sentence of the
lead (`lead.py`: no caption, no page residue); its first event word (outside an organisation's name
or a title, and not after `các`/`những`) gives the kind. Without a dated sentence, the first lead
sentence or the title must name the event clearly: a verb just done (`vừa ban hành`), the object of
an organiser verb, a capitalised event name. An article with none of these — an analysis, a
statistics round-up, an interview, a law published as text — reports no event (`None`).

The name runs from the event word to where the purpose, the place or the time begins. The date is
the first date of the event's own sentence that is not a document's, a cut-off (`tính đến`), an
effective or birth date; the people are read by `people.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnreport.lexicon import PhraseMatcher
from vnreport.report.model import DateMention, Event, Mention, Report, Sentence
from vnreport.segment.document import Document
from vnreport.summary.lead import LeadSentence, is_legal_text, is_round_up, lead_sentences
from vnreport.summary.people import set_people
from vnreport.summary.tokens import Token, is_mark, match_length, sentence_tokens
from vnreport.summary.vocabulary import EventWord, cues, event_trie, event_words

_MAX_NAME_TOKENS = 40
_MAX_ORGANISER_TOKENS = 20
_MAX_VENUE_TOKENS = 12
_CLAUSE_END = frozenset({".", ";", ":", "!", "?", "…"})
_OPENERS = {"(": ")", "“": "”", '"': '"', "«": "»"}
_DROP_AT_NAME_END = frozenset({"và", "của", "-", ",", "với"})
_SPAN_AFTER = re.compile(r"\s*[-–]\s*\d")
_AT_PLACE = re.compile(r"(?:tại|ở)\s+$", re.IGNORECASE)
_NEAR_DOCUMENT = 25  # characters: `Kế hoạch số 258-KH/TU, ngày 15/7/2024` is the document's date


@dataclass
class Candidate:
    order: int  # -1 the title, else the index of the lead sentence
    sentence: Sentence
    toks: list[Token]
    head: int  # token index of the event word
    word: EventWord
    verb_at: int | None  # token index where the organiser verb (with its adverbs) starts
    kind: str
    just_done: bool  # `vừa ban hành`: the news of the day
    dated_by: Sentence | None = None  # the sentence that dates the event, when not its own

    @property
    def strong(self) -> bool:
        """Clear enough to be the event without a date: a verb just done, the object of an organiser verb,
        a capitalised event name."""
        return self.just_done or self.verb_at is not None or (self.word.noun and self.toks[self.head].is_cap)


def build_event(doc: Document, report: Report) -> Event | None:
    """The lead story's event; None when the article reports none."""
    if is_legal_text(doc):
        return None
    best = _main_candidate(doc, report)
    if best is None:
        return None
    event = Event(kind=best.kind)
    if best.word.noun and (best.verb_at is not None or best.toks[best.head].is_cap):
        # a name is capitalised or the object of `tổ chức`; `lễ hội của một số tỉnh` names nothing
        end, stopped_at = _name_span(best.toks, best.head)
        event.name = doc.text[best.toks[best.head].start : best.toks[end - 1].end]
        event.mention = Mention(text=event.name, start=best.toks[best.head].start, end=best.toks[end - 1].end)
        event.organizer = _organiser(doc, report, best, stopped_at)
    elif best.verb_at is not None:
        event.organizer = _organiser(doc, report, best, None)
    _set_date(event, doc, report, best)
    event.location = _location(doc, report, best, event.organizer)
    head = best.verb_at if best.verb_at is not None else best.head
    set_people(event, doc, report, best.sentence if best.order >= 0 else None, best.toks[head].start)
    return event


# --- the lead story and its kind ----------------------------------------------------------------------


def _main_candidate(doc: Document, report: Report) -> Candidate | None:
    """The first event word of the lead's first dated sentence; else a clear one of the first body
    sentence, of the second, of the title; else any of the first body sentence or the title."""
    lead = lead_sentences(doc)
    if is_round_up(doc, report, lead):
        return None
    masked = _masked_spans(report)
    days = [d.start for d in _event_days(doc, report)]
    per_sentence = [(ls, _candidates(doc, ls, masked)) for ls in lead if not ls.caption]
    dated = next(
        (
            (ls, found)
            for ls, found in per_sentence
            if ls.order >= 0 and any(ls.sentence.start <= d < ls.sentence.end for d in days)
        ),
        None,
    )
    if dated is not None and dated[1]:
        return next((c for c in dated[1] if c.just_done), dated[1][0])
    by_order = {ls.order: found for ls, found in per_sentence if found}
    chosen = next((c for order in (0, 1, -1) for c in by_order.get(order, []) if c.strong), None)
    if chosen is None:
        chosen = next((c for order in (0, -1) for c in by_order.get(order, [])), None)
    if chosen is not None and chosen.order < 0 and dated is not None:
        chosen.dated_by = dated[0].sentence  # the title names the event, the lead's first dated sentence dates it
    return chosen


def _masked_spans(report: Report) -> list[tuple[int, int]]:
    """Where an event word is part of a name: an organisation (`Ủy ban Kiểm tra`) or a title (`Chánh
    Thanh tra`)."""
    spans = [(m.start, m.end) for o in report.organizations for m in o.mentions]
    spans += [(m.start, m.end) for o in report.officials for t in o.titles for m in t.mentions]
    return sorted(spans)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _candidates(doc: Document, ls: LeadSentence, masked: list[tuple[int, int]]) -> list[Candidate]:
    """The event words of a lead sentence, in order, with the kind each gives."""
    toks = sentence_tokens(doc, ls.sentence)
    words = event_words()
    elected = any(match_length(cues()["elected_body"], toks, k) for k in range(len(toks)))
    venues = _venue_tokens(toks)
    found: list[Candidate] = []
    i = 0
    while i < len(toks):
        length = match_length(event_trie(), toks, i)
        if not length:
            i += 1
            continue
        word = words[" ".join(t.lower for t in toks[i : i + length])]
        start, end = toks[i].start, toks[i + length - 1].end
        if (
            i in venues
            or _inside(masked, start, end)
            or _is_generic(toks, i)
            or (not word.noun and toks[i].is_cap and i > 0)
        ):
            i += length
            continue
        if (word.needs_elected and not elected) or (word.needs_name and not _named(toks, i, length)):
            i += length
            continue
        kind = "session" if elected and (word.session_if_elected or word.needs_elected) else word.kind
        verb_at = _organiser_verb_before(toks, i)
        back = _skip_adverbs_back(toks, i if verb_at is None else verb_at)
        just_done = any(match_length(cues()["just_done"], toks, k) for k in range(max(0, back - 1), i))
        if found and verb_at is not None and not found[-1].word.noun and found[-1].head >= verb_at:
            found.pop()  # `ký Công điện số …`: the verb's object names the event
        found.append(Candidate(ls.order, ls.sentence, toks, i, word, verb_at, kind, just_done))
        i += length
    return found


def _named(toks: list[Token], i: int, length: int) -> bool:
    """`Lễ kỷ niệm …`, `tổ chức lễ công bố …`, `lễ truy điệu …`: a name follows or the word is capitalised
    or organised; a bare `đi lễ` is worship, not an event."""
    if toks[i].is_cap or _organiser_verb_before(toks, i) is not None:
        return True
    return _name_span(toks, i)[0] > i + length


def _is_generic(toks: list[Token], i: int) -> bool:
    """`các diễn đàn`, `nhiều cuộc họp`: event words in general, not one event."""
    return i > 0 and match_length(cues()["generic"], toks, i - 1) == 1


def _organiser_verb_before(toks: list[Token], head: int) -> int | None:
    """Index where `tổ chức` (with `long trọng`, `đã` …) starts when it stands right before toks[head]."""
    i = _skip_adverbs_back(toks, head)
    for length in range(min(4, i), 0, -1):
        if match_length(cues()["organiser_verb"], toks, i - length) == length:
            return _skip_adverbs_back(toks, i - length)
    return None


def _skip_adverbs_back(toks: list[Token], i: int) -> int:
    moved = True
    while moved and i > 0:
        moved = False
        for length in (2, 1):
            if i - length >= 0 and match_length(cues()["verb_adverb"], toks, i - length) == length:
                i -= length
                moved = True
                break
    return i


def _name_span(toks: list[Token], head: int) -> tuple[int, int | None]:
    """(one past the last token of the name, index of the stop word that ended it or None)."""
    length = match_length(event_trie(), toks, head)
    i = head + length
    stopped_at = None
    while i < len(toks) and i - head < _MAX_NAME_TOKENS:
        tok = toks[i]
        if is_mark(tok, _CLAUSE_END):
            break
        if tok.lower == ",":
            if _continues_after_comma(toks, i + 1):
                i += 1
                continue
            break
        if tok.lower in _OPENERS:
            close = _closing(toks, i)
            if close is None:
                break
            i = close + 1
            continue
        if not tok.is_cap and _is_stop(toks, i):
            stopped_at = i
            break
        i += 1
    end = i
    while end > head + length and toks[end - 1].lower in _DROP_AT_NAME_END:
        end -= 1
    return end, stopped_at


def _continues_after_comma(toks: list[Token], i: int) -> bool:
    if i >= len(toks) or toks[i].is_cap:
        return False
    return bool(match_length(cues()["name_continue"], toks, i, whole_words=False))


def _is_stop(toks: list[Token], i: int) -> bool:
    if match_length(cues()["name_stop"], toks, i):
        return True
    length = match_length(cues()["name_stop_before_number"], toks, i)
    return bool(length) and i + length < len(toks) and toks[i + length].lower[:1].isdigit()


def _closing(toks: list[Token], i: int) -> int | None:
    close = _OPENERS[toks[i].lower]
    for k in range(i + 1, min(len(toks), i + _MAX_NAME_TOKENS)):
        if toks[k].lower == close:
            return k
        if toks[k].lower in {".", ";"}:
            return None
    return None


# --- organiser ------------------------------------------------------------------------------------


def _organiser(doc: Document, report: Report, best: Candidate, stopped_at: int | None) -> str | None:
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


# --- when and where -------------------------------------------------------------------------------


def _set_date(event: Event, doc: Document, report: Report, best: Candidate) -> None:
    chosen = _event_date(doc, report, best)
    if chosen is not None:
        event.date = chosen.value
        event.part_of_day = chosen.part_of_day
        event.time = chosen.time


def _event_date(doc: Document, report: Report, best: Candidate) -> DateMention | None:
    """The first day of the event's sentence that dates the happening; for a document signed or issued
    as the news (`… ký các Quyết định …`), else the date of the document that follows the verb."""
    sentence = best.dated_by or (best.sentence if best.order >= 0 else None)
    if sentence is None:
        return None
    for date in _event_days(doc, report):
        if sentence.start <= date.start < sentence.end:
            return date
    if best.kind == "directive":
        return _document_date(doc, report, best)
    return None


def _event_days(doc: Document, report: Report) -> list[DateMention]:
    """The days that may date a happening: not a document's date, a cut-off (`tính đến ngày 31-12-2016`),
    an effective date, a deadline, a birth date or an anniversary span (`(3/7/1957-3/7/2017)`)."""
    out = []
    for date in sorted(report.dates, key=lambda d: d.start):
        if not _is_day(date) or _near_document(report, date) or _SPAN_AFTER.match(doc.view, date.end):
            continue
        if _ends_with(cues()["not_event_date"], doc.tokens_in(max(0, date.start - 30), date.start)):
            continue
        out.append(date)
    return out


def _ends_with(matcher: PhraseMatcher[bool], toks: list[Token], max_len: int = 3) -> bool:
    """A phrase of `matcher` ends the tokens (`… từ` before `ngày 15/10/2025`), word boundaries aside:
    the segmenter may join the cue to the date's own `ngày`."""
    return any(matcher.length(toks, len(toks) - n) == n for n in range(min(max_len, len(toks)), 0, -1))


def _document_date(doc: Document, report: Report, best: Candidate) -> DateMention | None:
    """The date of the first numbered document after the verb, in its sentence or the next one."""
    after = best.toks[best.head].end
    sentences = doc.sentences
    k = next((i for i, s in enumerate(sentences) if s.start == best.sentence.start), None)
    limit = sentences[k + 1].end if k is not None and k + 1 < len(sentences) else best.sentence.end
    document = next((d for d in sorted(report.documents, key=lambda d: d.start) if after <= d.start < limit), None)
    if document is None or document.date is None:
        return None
    return DateMention(text=document.text, value=document.date, start=document.start, end=document.end)


def _is_day(date: DateMention) -> bool:
    parts = date.value.split("/")
    return all(len(part) == 10 for part in parts) and date.precision in {"day", "interval"}


def _near_document(report: Report, date: DateMention) -> bool:
    return any(d.start <= date.start <= d.end + _NEAR_DOCUMENT for d in report.documents)


def _location(doc: Document, report: Report, best: Candidate | None, organiser: str | None) -> str | None:
    """`tại <place>` written before the event word or right after its name; else a place in that sentence."""
    if best is None:
        return None
    toks = best.toks
    name_end = _name_span(toks, best.head)[0] if best.word.noun else best.head + 1
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
        if end > start and not nxt.is_cap and (_is_stop(toks, end) or verb):
            break
        end += 1
    if end - start >= _MAX_VENUE_TOKENS:
        return None
    return end


def _venue_tokens(toks: list[Token]) -> set[int]:
    """Indices of the tokens of venues written after `tại` (`tại Hội trường Trung tâm Hội nghị tỉnh`)."""
    inside: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.lower == "tại" and tok.first:
            end = _venue_end(toks, i + 1)
            if end is not None:
                inside.update(range(i + 1, end))
    return inside
