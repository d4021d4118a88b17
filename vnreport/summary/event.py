"""The event an article reports: its kind and name as written, when, where, who organised it, and the
officials who chaired, attended and spoke.

News leads follow one pattern — `<when>, <organiser> tổ chức <Event name …>, <purpose>` — and the
event words (`Hội nghị`, `Đại hội`, `lễ kỷ niệm`, `xét xử`) are a lexicon
(`data/summary_events.tsv`). So the lead sentences and the title are scanned for event words; an
event word that is the object of an organiser verb (`tổ chức`, `khai mạc`) beats a capitalised
event name, which beats a bare event word. The name runs from the event word to where the purpose,
the place or the time begins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from vnreport.lexicon import PhraseMatcher, load_rows, phrase_matcher
from vnreport.report.model import DateMention, Event, Mention, Official, Participant, Report, Role, Sentence
from vnreport.segment.document import Document
from vnreport.summary.tokens import Token, body_sentences, is_mark, match_length, sentence_tokens, table_matchers

LEAD_SENTENCES = 3  # the event is announced in the first body sentences
LEAD_PARAGRAPHS = 3  # and its date in the first body paragraphs
_MAX_NAME_TOKENS = 40
_MAX_ORGANISER_TOKENS = 20
_MAX_VENUE_TOKENS = 12
_CLAUSE_END = frozenset({".", ";", ":", "!", "?", "…"})
_OPENERS = {"(": ")", "“": "”", '"': '"', "«": "»"}
_DROP_AT_NAME_END = frozenset({"và", "của", "-", ",", "với"})
_AT_PLACE = re.compile(r"(?:tại|ở)\s+$", re.IGNORECASE)
_NEAR_DOCUMENT = 25  # characters: `Kế hoạch số 258-KH/TU, ngày 15/7/2024` is the document's date


class EventRow(NamedTuple):
    phrase: str
    kind: str
    form: str
    flags: str = ""


@dataclass(frozen=True)
class EventWord:
    kind: str
    noun: bool
    once_per_term: bool


@dataclass
class Candidate:
    score: float
    order: int  # lower is earlier in the article
    sentence: Sentence
    toks: list[Token]
    head: int  # token index of the event word
    word: EventWord
    verb_at: int | None  # token index where the organiser verb (with its adverbs) starts


@cache
def event_words() -> dict[str, EventWord]:
    words = {}
    for row in load_rows("summary_events.tsv", EventRow):
        flags = row.flags.split(",")
        words[row.phrase.lower()] = EventWord(row.kind, row.form == "noun", "once_per_term" in flags)
    return words


@cache
def event_trie() -> PhraseMatcher[bool]:
    return phrase_matcher(event_words())


def cues() -> dict[str, PhraseMatcher[bool]]:
    return table_matchers("summary_cues.tsv")


def build_event(doc: Document, report: Report) -> Event | None:
    """The reported event; None when the article gives nothing of one (no event word, lead date or
    official with a role)."""
    best = _best_candidate(doc)
    event = Event()
    if best is not None:
        event.kind = best.word.kind
        if best.word.noun and (best.verb_at is not None or best.toks[best.head].is_cap):
            # a name is capitalised or the object of `tổ chức`; `lễ hội của một số tỉnh` names nothing
            end, stopped_at = _name_span(best.toks, best.head)
            event.name = doc.text[best.toks[best.head].start : best.toks[end - 1].end]
            event.mention = Mention(text=event.name, start=best.toks[best.head].start, end=best.toks[end - 1].end)
            event.organizer = _organiser(doc, report, best, stopped_at)
        elif best.verb_at is not None:
            event.organizer = _organiser(doc, report, best, None)
    event_sentence = best.sentence if best is not None and best.order >= 0 else None
    _set_date(event, doc, report, event_sentence)
    event.location = _location(doc, report, best, event.organizer)
    _set_people(event, report.officials)
    if event == Event():
        return None
    return event


# --- kind and name --------------------------------------------------------------------------------


def _best_candidate(doc: Document) -> Candidate | None:
    candidates: list[Candidate] = []
    for index, sentence in enumerate(body_sentences(doc)[:LEAD_SENTENCES]):
        candidates += _candidates(doc, sentence, order=index, bonus=0.0)
    if doc.title is not None:
        for paragraph in doc.paragraphs_of("title"):
            for sentence in paragraph.sentences:
                candidates += _candidates(doc, sentence, order=-1, bonus=-1.0)
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.score, -abs(c.order + 0.5), -c.head))


def _candidates(doc: Document, sentence: Sentence, *, order: int, bonus: float) -> list[Candidate]:
    toks = sentence_tokens(doc, sentence)
    words = event_words()
    found = []
    i = 0
    while i < len(toks):
        length = match_length(event_trie(), toks, i)
        if not length:
            i += 1
            continue
        word = words[" ".join(t.lower for t in toks[i : i + length])]
        verb_at = _organiser_verb_before(toks, i)
        if not word.noun:
            score = 1.0
        elif verb_at is not None:
            score = 3.0
        elif toks[i].is_cap:
            score = 2.0
        else:
            score = 1.0
        if word.noun and _name_span(toks, i)[0] - i == length:
            score -= 1.5  # a bare `Hội nghị` refers back to an event; it does not name one
        found.append(Candidate(score + bonus, order, sentence, toks, i, word, verb_at))
        i += length
    return found


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


def _set_date(event: Event, doc: Document, report: Report, sentence: Sentence | None) -> None:
    chosen = _event_date(doc, report, sentence)
    if chosen is not None:
        event.date = chosen.value
        event.part_of_day = chosen.part_of_day
        event.time = chosen.time


def _event_date(doc: Document, report: Report, sentence: Sentence | None) -> DateMention | None:
    """The date in the event's sentence, else the first day-precise date of the lead paragraphs."""
    lead = [p for p in doc.paragraphs if p.kind == "body"][:LEAD_PARAGRAPHS]
    candidates = [
        d
        for d in sorted(report.dates, key=lambda d: d.start)
        if _is_day(d) and any(p.start <= d.start < p.end for p in lead) and not _near_document(report, d)
    ]
    if sentence is not None:
        for date in candidates:
            if sentence.start <= date.start < sentence.end:
                return date
    return candidates[0] if candidates else None


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
    return doc.text[toks[start].start : toks[end - 1].end]


# --- who ------------------------------------------------------------------------------------------


def _set_people(event: Event, officials: list[Official]) -> None:
    ordered = sorted(officials, key=lambda o: min((m.start for m in o.mentions), default=0))
    for official in ordered:
        roles: list[Role] = [r for r in official.roles if r in ("chaired", "attended", "spoke")]
        if not roles:
            continue
        event.participants.append(
            Participant(
                name=official.name,
                titles=[t.text if t.current else f"nguyên {t.text}" for t in official.titles],
                roles=roles,
            )
        )
        if "chaired" in roles:
            event.chaired.append(official.name)
        elif "attended" in roles:
            event.attended.append(official.name)
        if "spoke" in roles:
            event.spoke.append(official.name)
