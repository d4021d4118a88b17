"""Where the event was held: `tại <venue>` in its sentence (not a correspondent's or an envoy's `tại`,
not one in a quoted name, in brackets, in the topic `về tình hình … tại X`, in a framing clause or after a
body unless nothing else gives one, nor the country a reception's guest is visiting; `ở` as `tại` right
after the event's name, a verb of holding or a comma), else the venue come to right before attending the event
(`đến trụ sở X để dự lễ …`), else the destination of a visit or of the visit that
frames the event (for a lead announcing an invited visit, the venue opening the next sentence), else a
venue in a sentence that tells the event again (`Hội nghị được tổ chức trực tiếp
từ Hội trường Diên Hồng`, `… tại Hội nghị thượng đỉnh X tại Y`, not in a photo's caption; a closing ceremony as
`bế mạc Festival X`), else the country of a public vote the lead opens with (`cuộc bầu cử Hạ viện X`), in the
title, or a dateline (`ĐÀ NẴNG - …`); a visit whose sentence names no destination takes the one the lead or
the title tells (`Thủ tướng thăm chính thức Mỹ`); for an incident a title names, `ở`/`tại` after its name or the lead's
`Vụ tai nạn xảy ra … tại …` (a spot the lead names inside the title's place before it), else the place heading the
title (`Đắk Lắk: …`); for a delegation, the unit it works with (a leader's own working session with a body has no
venue unless one is written); for a local leader's reception, the city of the body in the host's title (also a host
named after `buổi tiếp của`); not the unit of the voters a meeting with voters is held with
(`tiếp xúc cử tri quận Ba Đình`: samples/gold/README.md, "A voters' meeting's place"); last, the place of the same
happening the title or the lead tells with an event noun and a verb of holding (`Hội nghị … diễn ra hôm nay tại Hà
Nội` for a speech told by a verb), on no other day. A place the text does not give
is None, never guessed from the organiser's name.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate
from typing import NamedTuple

from vnreport import regexes
from vnreport.extract.names import country_matcher
from vnreport.lexicon import load_words
from vnreport.report.model import Official, Report, Sentence
from vnreport.segment.document import Document
from vnreport.summary.lead import captions
from vnreport.summary.phrases import Candidate, is_stop, organiser_verb_before
from vnreport.summary.tokens import Token, is_mark, match_ending_at, match_length
from vnreport.summary.vocabulary import cues, event_trie, event_words

_MAX_VENUE_TOKENS = 16
_CLAUSE_END = frozenset({".", ";", ":", "!", "?", "…"})
_MATTER_KINDS = frozenset({"directive", "investigation", "trial", "other"})
_VISIT_REACH = 3  # tokens: `chuyến thăm chính thức Việt Nam`
_ATTRIBUTIVE_NEAR = 4  # tokens from `phóng viên`, `Đại sứ` to `tại`: `Phóng viên TTXVN tại Lào`
_ATTRIBUTIVE_REACH = 10  # … when a name stands between: `Đại sứ Liên minh Châu Âu (EU) tại Việt Nam`
_NAME_REACH = 12  # tokens of an event name before `ở`: `Đối thoại Shangri-La lần thứ 16 ở Singapore`
_HELD_REACH = 4  # tokens from the event word told again to its verb: `Hội nghị được tổ chức …`
_DATELINE_REACH = 40  # characters: `ĐÀ NẴNG - `
_DATELINE = regexes.compile(r"\(?([^\s()\-–—,.:][^()\-–—,.:\n]{1,28}?)\)?\s*[-–—]\s")
_ACT_KINDS = frozenset({"trial", "investigation"})
_HELD_MATTER_KINDS = frozenset({"other"})
_HAPPENING_KINDS = frozenset({"other", "investigation"})  # a lead may tell where the happening `xảy ra`
# `Jakarta, 5/9/2023 (TTXVN) - …`, `Tokyo, ngày 16/12 (TTXVN/Vietnam+) – …`: a city, a day and an agency
_AGENCY_DATELINE = regexes.compile(
    r"[*_\s]{0,4}([^\W\d_][^\W\d_ ]*(?: [^\W\d_][^\W\d_ ]*){0,3}),\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}"
    r"(?:\s*[/.-]\s*\d{2,4})?\s*[*_]{0,2}\s*\([^()\n]{2,30}\)\s*[*_]{0,2}\s*[-–—][*_]{0,2}\s"
)
_DATELINE_WORDS = 4
_QUOTES = frozenset({'"', "“", "”"})
_Found = tuple[str, int]  # a place's text and the offset in the document's text where it ends
_DASHES = frozenset({"-", "–"})
_CLAUSE_BREAKS = frozenset({",", ";", ":"})  # a clause of the sentence opens after one of these
_OPENING_MARKS = _CLAUSE_BREAKS | {"(", "["}  # … and a bracketed one after these
_INCIDENT_LEAD = 3  # lead sentences after the title where an incident is told again with its place


class Place(NamedTuple):
    """The event's place and the construction that gave it (`benchmarks/venue_sources.py` counts how often each
    one is right)."""

    name: str | None
    source: str


def location(
    doc: Document, report: Report, best: Candidate, following: list[Sentence], date: str | None = None
) -> str | None:
    """Where the event was held: `tại <venue>` in its sentence, else the place a visitor reached right before
    the visit word (`đã tới thủ đô Praha, bắt đầu chuyến thăm …`), else the destination of a visit (`chuyến
    thăm chính thức Việt Nam`), else `tại <venue>` in a following sentence that tells the same event
    again (`Sáng 27.9, tại Trung tâm hội nghị …, Đảng bộ TP.Hải Phòng tổ chức Đại hội`). None when the
    text does not say: the place in the organiser's name is not where the event was. `date`: the event's, when
    known (a place followed by another date is another happening's)."""
    return placed(doc, report, best, following, date).name


def placed(doc: Document, report: Report, best: Candidate, following: list[Sentence], date: str | None = None) -> Place:
    """The event's place (as `location`) with the name of the construction that gave it."""
    marks = _Marks.of(report)
    in_names = best.kind not in _MATTER_KINDS  # `TAND cấp cao tại Đà Nẵng mở phiên tòa`: the court's seat, no venue
    slots = _outside_guest_visit(report, best, _outside_prior_clause(best, _venue_slots(best)))
    slots = _outside_framed_content(best, slots, marks)
    venue = _at_venue(doc, best.toks, slots, marks, in_names=in_names, site_from=_site_from(best))
    if venue:
        return Place(venue, "sentence")
    venue = _o_after_name(doc, best, marks)
    if venue:
        return Place(venue, "o_after_name")
    venue = _came_to_attend(doc, best, marks)
    if venue:
        return Place(venue, "came_to")
    if _is_incident(best):
        return Place(_incident_place(doc, report, best, marks), "incident")
    if best.kind in _HELD_MATTER_KINDS:
        # `Chủ tịch UBND xã X cho biết, trên địa bàn vừa xảy ra một trường hợp tử vong …`: the teller's unit
        venue = _territory_told(doc, report, [best.sentence])
        if venue:
            return Place(venue, "territory")
    if best.kind in _HELD_MATTER_KINDS and _done_at(best) >= 0:
        # `các phiến quân IS vừa cho nổ nhà nguyện X và tháp Y tại thành phố Mosul`: where the act was done
        venue = _place_text(_happened_at(doc, best.toks, _done_at(best), marks, incident_stops=True))
        if venue:
            return Place(venue, "act")
    visit = best.head if best.kind == "visit" else _framing_visit(best.toks)
    if visit is not None:
        destination = _destination(doc, report, best.toks, visit)
        first_day = _first_day_venue(doc, best, marks) if destination is not None else None
        if first_day is not None:
            return Place(first_day, "first_day")
        arrival = _arrival(doc, best.toks, visit, marks)
        if arrival is not None:
            # `đã tới thủ đô Praha, bắt đầu chuyến thăm chính thức Séc`: the city reached, not the country
            return Place(arrival, "arrival")
        if destination is not None:
            return Place(destination, "destination")
    told_again = [] if best.kind == "directive" else [*following, *_preceding(doc, best)]
    photos = captions(doc, doc.sentences) if told_again else set()
    for sentence in told_again:  # a document is not told again with a venue: a later `tại` is its content's
        toks = doc.tokens_in(sentence.start, sentence.end)
        again = next((k for k in range(len(toks)) if _kind_at(toks, k) == best.word.kind), None)
        if again is None and best.word.opens:
            again = _opened_at(toks)  # `lễ bế mạc festival X` told again as `tổ chức bế mạc Festival X`
        if again is not None:
            held = _held_after(toks, again)
            incident = next((k for k in range(len(toks)) if match_length(cues()["incident"], toks, k)), len(toks))
            # a photo's caption names where the photo was taken (`Tổng thống … trong một cuộc điện đàm tại Nhà
            # Trắng`), which may not be the event's place
            named_at = -1 if sentence.start in photos else _named_event_at(toks, again, best.word.kind)
            slots = _told_again_slots(toks, again, held, _credit_end(toks), incident, named_at, marks)
            another = match_length(cues()["other_happening"], toks, 0)  # `Trong một diễn biến liên quan, …`
            if not held and not another and organiser_verb_before(toks, again) is not None:
                # `Cục X sẽ đăng cai tổ chức Cuộc họp … và các sự kiện bên lề tại Y`: the event told as held, its
                # venue after it
                slots = _after_told_again(slots, again, min(incident, len(toks)))
            venue = _at_venue(doc, toks, slots, marks)
            if venue:
                return Place(venue, "told_again")  # `Hội nghị được tổ chức trực tiếp từ Hội trường Diên Hồng, …`
    if best.kind in _HAPPENING_KINDS:
        # `Vụ việc xảy ra vào sáng 13/6, tại …`, `vụ tai nạn xảy ra … tại khu vực …`: a lead sentence tells where the
        # happening took place, bound to `xảy ra` after the incident noun it is told by (not a place a person lives
        # in, in brackets, nor one an incident noun merely stands before)
        told = _incident_told_at(doc, marks, happened_only=True)
        if told:
            return Place(told[0], "happened_told")
    country = _vote_country(doc, best, marks)
    if country:
        return Place(country, "vote_country")
    if best.kind == "visit":
        destination = _visit_told_again(doc, report, [*told_again, *doc.title_sentences()])
        if destination:
            return Place(destination, "visit_again")  # `Thủ tướng thăm chính thức Mỹ` before `Chuyến thăm sẽ …`
    if best.delegation_at is not None:
        # `đoàn công tác … làm việc với UBND quận Đồ Sơn`: the delegation went there; a leader's own working session
        # with a body (`Phó Chủ tịch UBND TP có buổi làm việc với UBND huyện X`) has no venue unless one is written
        # (samples/gold/README.md, round 28)
        host = _host_place(doc, report, best, marks)
        if host:
            return Place(host, "host_place")
    if best.kind == "reception":
        host = _host_city(doc, report, best)
        if host:
            return Place(host, "host_city")  # `bà A, Phó Bí thư Thành ủy Thành phố Hồ Chí Minh đã tiếp ông B …`
    if best.order >= 0 and best.kind not in _MATTER_KINDS:
        venue = _title_venue(doc, best, marks)
        if venue:
            return Place(venue, "title")
    if best.kind in _ACT_PLACE_KINDS:
        venue = _place_text(_act_place(doc, best, marks, date))
        if venue:
            return Place(venue, "act_place")
    if (
        best.kind not in _UNTOLD_KINDS
        and not _is_incident(best)
        and not match_length(cues()["other_happening"], best.toks, 0)
    ):
        venue = _lead_happening_venue(doc, report, best, marks)
        if venue:
            return Place(venue, "lead_happening")
    return Place(_dateline(doc, report), "dateline")


# a directive is not told again with a venue; a session's group discussion (`thảo luận ở Tổ 9`) is a step of it
_UNTOLD_KINDS = frozenset({"directive", "session"})
_LONG_NAME_REACH = 40  # tokens of a capitalised event name before its verb of holding
_LEAD_REACH = 4  # body sentences of the lead where the same happening may be told with its place


def _lead_happening_venue(doc: Document, report: Report, best: Candidate, marks: _Marks) -> str | None:
    """When no construction of the event's own sentence gives its place: the place of the happening the title or
    the lead tells with an event noun of its own (`Hội nghị … diễn ra hôm nay tại Hà Nội`, `vòng 4 cuộc đối thoại …
    diễn ra ở X`), the same one as the event's when that sentence names no other day than the event's sentence
    does. Only a place bound to the noun by a verb of holding in its clause (`_noun_venue`); never in a caption, in a
    sentence opening another happening (`Trước đó, …`, `Cùng ngày, …`), nor in quotes or brackets."""
    days = _days_in(report, [best.sentence, *([best.dated_by] if best.dated_by else [])])
    # a sentence whose event is told by a noun names the happening itself: another noun in the lead is the same one
    # only when of its kind (`Trước đó, tại Hội nghị X, …` is not the `buổi làm việc tại Y` the lead tells)
    kind = best.kind if best.word.noun and best.order >= 0 else None
    body = [s for s in _untitled_sentences(doc)[:_LEAD_REACH] if s.start != best.sentence.start]
    sentences = [s for s in doc.title_sentences() if s.start != best.sentence.start] + body
    photos = captions(doc, doc.sentences)
    for sentence in sentences:
        if sentence.start in photos or (days and not _days_in(report, [sentence]) <= days):
            continue
        toks = doc.tokens_in(sentence.start, sentence.end)
        if toks and match_length(cues()["other_happening"], toks, 0):
            continue
        venue = _noun_venue(doc, toks, marks, kind, _other_days(report, days))
        if venue:
            return venue
    return None


_AROUND = frozenset({"sau", "trước", "khi", "các", "những"})


def _days_in(report: Report, sentences: list[Sentence]) -> set[str]:
    """The values of the dates written in `sentences`."""
    return {d.value for d in report.dates if any(s.start <= d.start < s.end for s in sentences)}


def _other_days(report: Report, days: set[str]) -> frozenset[int]:
    """Where the dates of a day, a month or a year that is none of `days` start (`diễn ra vào năm 2016`); when the
    event's sentence names no day, a day may be its own (`diễn ra sáng nay (17/5)`): only months and years."""
    precisions = _DAY_PRECISIONS if days else _DAY_PRECISIONS - {"day"}
    return frozenset(d.start for d in report.dates if d.value not in days and d.precision in precisions)


_DAY_PRECISIONS = frozenset({"day", "month", "year"})


def _noun_venue(
    doc: Document, toks: list[Token], marks: _Marks, kind: str | None, other_days: frozenset[int]
) -> str | None:
    """The first venue bound to an event noun of the sentence (a document's aside) by a verb of holding that
    follows it in its clause (`Hội nghị … diễn ra hôm nay tại Hà Nội`, `_bound_prep`). Not in quotes or brackets, not a
    correspondent's or envoy's `tại`, not inside or right after an organisation's name. Each noun reads a few
    tokens after it (`_NAME_REACH`): linear in the sentence."""
    depth = 0
    quoted = False
    for k, tok in enumerate(toks):
        depth = _depth_after(depth, tok)
        if tok.lower in _QUOTES:
            quoted = not quoted if tok.lower == '"' else tok.lower == "“"
        if depth or quoted:
            continue
        length = match_length(event_trie(), toks, k)
        if not length and tok.is_cap:
            length = match_length(event_trie(), toks, k, whole_words=False)
        word = event_words()[" ".join(t.lower for t in toks[k : k + length])] if length else None
        if word is None or not word.noun or word.kind == "directive" or (kind is not None and word.kind != kind):
            continue
        if k > 0 and toks[k - 1].lower in _AROUND:
            continue  # `sau cuộc họp tại X`: a meeting before or after the event, not it
        at, verb_at = _bound_prep(toks, k + length, marks, named=tok.is_cap)
        if (
            at < 0
            or _attributive(toks, at)
            or marks.in_organisation(toks[at].start)
            or _after_organisation(toks, at, marks)
        ):
            continue
        found = _venue(doc, toks, at + 1, marks)
        if found is None or (toks[at + 1].start, found[1]) in marks.organisations:
            continue  # a body alone (`buổi điều trần tại Thượng viện`) is no place
        # `Hội nghị X diễn ra vào năm 2016 tại Y`: a happening of another day (read once: the first venue ends the scan)
        return None if _other_day_in_clause(toks, verb_at, other_days) else found[0]
    return None


def _other_day_in_clause(toks: list[Token], start: int, other_days: frozenset[int]) -> bool:
    """A date of another day than the event's starts in the clause from toks[start] (the verb of holding) on."""
    for tok in toks[start:]:
        if tok.lower in _CLAUSE_STOPS:
            return False
        if tok.start in other_days:
            return True
    return False


def _bound_prep(toks: list[Token], start: int, marks: _Marks, *, named: bool) -> tuple[int, int]:
    """Index of the `tại`/`ở` bound to the event name ending at toks[start] by the verb of holding that follows
    the name in its clause (`tại` within a few words after the verb, `ở` right after it or its date); a
    capitalised name (`named`) may run on past commas and other event words (`Hội nghị sơ kết công tác kiểm tra,
    giám sát … diễn ra hôm nay tại Hà Nội`). A `tại`/`ở` right after a noun's name without the verb is not read
    (`dự diễn đàn cấp cao tại X` in a title, `tế thần ở lễ hội X`: often the place of another happening). -1 when
    none; with the index where that verb starts."""
    verb_end = verb_at = -1
    comma = False
    for k in range(start, min(len(toks) - 1, start + (_LONG_NAME_REACH if named else _NAME_REACH))):
        lower = toks[k].lower
        verb = match_length(cues()["held_verb"], toks, k) if verb_end < 0 else 0
        if verb:
            verb_end, verb_at = k + verb, k
        if lower in _CLAUSE_END or lower in _QUOTES or (verb_end < 0 and not named and lower in {",", "(", ")"}):
            return -1, -1
        if verb_end < 0 and not verb and not named and match_length(event_trie(), toks, k):
            return -1, -1  # another event's name: its verb of holding is its own
        if verb_end < 0 or k < verb_end:
            continue
        if k - verb_end > _HELD_REACH + 2:
            return -1, -1
        comma = comma or lower == ","  # `diễn ra sáng nay, 10/6, ở X`: only `ở` is read past the date's commas
        held_at = lower == "tại" and not comma
        if toks[k].first and (held_at or (lower == "ở" and _held_at(toks, k, _past_date_back(toks, k, marks)))):
            return (k, verb_at) if _place_follows(toks, k + 1) else (-1, -1)
    return -1, -1


_ACT_PLACE_KINDS = frozenset({"investigation", "trial", "other"})  # kinds whose act may be placed by `_act_place`


def _act_place(doc: Document, best: Candidate, marks: _Marks, date: str | None = None) -> _Found | None:
    """For an act, an investigation or a trial whose sentence gives no venue by any other construction: an `ở`/`tại`
    that a named place follows, inside the act's noun phrase before its head with no clause stop between (`Một tòa
    án ở X đã tuyên án …`) or after the head with none between (`3 nghi phạm bị bắt ở thành phố X`); not in brackets
    (`anh A (trú ở xã X)`: where a person lives) or quotes, not a correspondent's or an envoy's, not inside or right
    after an organisation's name, nor in the clause of an incident or a matter it names (`Liên quan đến vụ việc xảy
    ra tại xã X, …`). A second happening's clause or a person's or thing's description (summary_cues.tsv
    `act_place_stop`: `trong khi`, `người`, `từng sống`, `học`) ends the scan after the head, and blocks a place before
    it up to the next clause stop. A place followed by a date other than the event's (`date`) is where another,
    earlier happening took place (`bắt giữ nghi phạm đâm xe ở thành phố X ngày 1/3`). One pass over the sentence's
    tokens."""
    toks, head, head_end = best.toks, best.head, best.word_end
    depth = 0
    quoted = incident = blocked = False
    pending: _Found | None = None  # a place in the act's noun phrase before its head
    past = -1  # the text offset where the last place read ends: its own commas are no clause stops
    for k in range(len(toks) - 1):
        tok = toks[k]
        if k == head:
            if pending is not None:
                return pending
            incident = blocked = False  # what the subject's clause tells ends at the act's head
        if tok.start < past:
            continue  # `Một tòa án ở Moscow, Nga đã tuyên án`: inside the place read
        depth = _depth_after(depth, tok)
        if tok.lower in _QUOTES:
            quoted = not quoted if tok.lower == '"' else tok.lower == "“"
        stop = not depth and not quoted and tok.lower in _CLAUSE_STOPS
        halt = not depth and not quoted and tok.first and bool(match_length(cues()["act_place_stop"], toks, k))
        if k >= head_end and (halt or (stop and _ends_act_clause(toks, k))):
            return None  # `… bắt giữ một nghi phạm, trong khi … ở X`, `…, đối tượng … ở X`: another clause's place
        if stop and pending is not None and _place_apposed(toks, k, past):
            past = toks[k + 1].end  # `Một tòa án ở Moscow, Nga đã tuyên án`: the country of the place read
            continue
        if stop:
            incident = blocked = False
            pending = None
        if halt:
            blocked = True
            pending = None
        # `vụ việc xảy ra tại X`, `liên quan vụ nước giếng … ở ấp Y`: the place of the matter the clause names
        incident = incident or bool(match_length(cues()["incident"], toks, k) or _topic_at(toks, k))
        opens = tok.lower in _O | _AT or _on_surface(toks, k)  # `bị bắt trên quốc lộ 1A`
        if depth or quoted or incident or blocked or not opens or not tok.first:
            continue
        if head <= k < head_end or _attributive(toks, k):
            continue
        if marks.in_organisation(tok.start) or _after_organisation(toks, k, marks):
            continue
        at = _past_side(toks, k + 1)  # `ở phía tây thị trấn X`: the place named after the side of it
        venue = _venue(doc, toks, at, marks, anywhere=True) if _place_follows(toks, at) else None
        if venue and date is not None and _dated_otherwise(toks, at, venue[1], marks, date):
            continue
        if venue and k >= head_end:
            return venue
        if venue and pending is None:
            pending, past = venue, venue[1]
    return None


def _past_side(toks: list[Token], k: int) -> int:
    """Past `phía` and a compass side at toks[k] (`phía tây`, `phía đông nam`) when a place is named after them."""
    if k + 1 >= len(toks) or toks[k].lower != "phía":
        return k
    for width in (2, 1):
        side = " ".join(t.lower for t in toks[k + 1 : k + 1 + width])
        if (
            side in load_words("summary_compass_sides.txt")
            and k + 1 + width < len(toks)
            and _place_follows(toks, k + 1 + width)
        ):
            return k + 1 + width
    return k


def _place_apposed(toks: list[Token], k: int, past: int) -> bool:
    """Whether the comma at toks[k] right after the place read (ending at the text offset `past`) stands before a
    one-word capitalised name and a lower-case word (`ở Moscow, Nga đã …`): the place's country or province."""
    return (
        toks[k].lower == ","
        and k > 0
        and toks[k - 1].end == past
        and k + 2 < len(toks)
        and toks[k + 1].is_cap
        and toks[k + 1].first
        and not toks[k + 2].is_cap
        and toks[k + 2].first
    )


def _ends_act_clause(toks: list[Token], k: int) -> bool:
    """Whether the stop at toks[k], after the act's head, ends the clause the act is told in: a full stop, a colon,
    a semicolon; a comma before a person's apposition (summary_cues.tsv `act_apposition`: `…, đối tượng …`, `…, cựu
    giám đốc …`), not one before an adjunct or a second object of the act (`bị bắt hôm 24/1, trong chiến dịch …`)."""
    if toks[k].lower != ",":
        return True
    return k + 1 < len(toks) and bool(match_length(cues()["act_apposition"], toks, k + 1))


def _dated_otherwise(toks: list[Token], k: int, end: int, marks: _Marks, date: str) -> bool:
    """Whether the place that starts at toks[k] and ends at the text offset `end` is followed (right after, or after
    `vào`, `hôm`) by a date whose day is not `date`: the place of the happening so dated. Constant work: the
    place is at most `_MAX_VENUE_TOKENS` long."""
    while k < len(toks) and toks[k].start < end:
        k += 1
    if k >= len(toks) or not marks.date_values:
        return False
    # a date mention may open with its date word (`hôm 1/3` read whole, as `ngày 1/3`) or stand after it
    value = marks.date_values.get(toks[k].start)
    if value is None and toks[k].lower in {"vào", "hôm"} and k + 1 < len(toks):
        value = marks.date_values.get(toks[k + 1].start)
    return value is not None and value.split("/")[0] != date


def _topic_at(toks: list[Token], k: int) -> bool:
    """A matter's noun (summary_cues.tsv `topic_head`: `vụ`, `tình hình`, `sự việc`) written in lower case at
    toks[k]."""
    return not toks[k].is_cap and bool(match_length(cues()["topic_head"], toks, k))


def _site_from(best: Candidate) -> int | None:
    """Where a ceremony told by its verb (`khởi công`, `khánh thành`) has its words end: a `tại` after it in its
    clause, past the object, names the site where the ceremony was held, an area word and its place too (`đã khởi
    công xây dựng 2 cầu vượt tại khu vực sân bay X`); None for an event told by a noun or of another kind."""
    return best.word_end if best.kind == "ceremony" and not best.word.noun else None


_OPENED_KINDS = frozenset({"festival", "exhibition", "contest"})


def _opened_at(toks: list[Token]) -> int | None:
    """The index of the first festival, exhibition or contest word, or capitalised name, that the verb of opening or
    closing it stands right before (summary_cues.tsv `opening_verb`: `bế mạc Festival X`, `khai mạc Triển lãm Y`):
    the ceremony that opens or closes it (`lễ bế mạc festival X`) told again. A capitalised name of another kind of
    event (`khai mạc Hội nghị X`) is not. None when the sentence has none."""
    for k in range(len(toks) - 1):
        verb = match_length(cues()["opening_verb"], toks, k)
        named = k + verb
        if not verb or named >= len(toks):
            continue
        kind = _kind_at(toks, named)
        if kind in _OPENED_KINDS or (kind is None and toks[named].is_cap):
            return named
    return None


def _visit_told_again(doc: Document, report: Report, sentences: list[Sentence]) -> str | None:
    """A visit whose own sentence names no destination (`Chuyến thăm sẽ diễn ra từ ngày 29 đến 31/5`): the
    destination of the visit word in the first of `sentences` (the lead, the title) that gives one (`Thủ tướng
    thăm chính thức Mỹ vào tuần tới`)."""
    for sentence in sentences:
        toks = doc.tokens_in(sentence.start, sentence.end)
        for k in range(len(toks)):
            if _kind_at(toks, k) == "visit":
                destination = _destination(doc, report, toks, k)
                if destination:
                    return destination
    return None


def _o_after_name(doc: Document, best: Candidate, marks: _Marks) -> str | None:
    """`Đối thoại Shangri-La lần thứ 16 ở Singapore`, `cuộc gặp chính thức ở Nhà Trắng`, `buổi làm việc ở trụ
    sở UBND xã …`: `ở` and a capitalised place or a venue word right after the event's name (no comma, no topic
    `về` between), as `tại` gives it."""
    if not best.word.noun or best.kind in _MATTER_KINDS:
        return None
    toks = best.toks
    k = _prep_after(toks, best.head + match_length(event_trie(), toks, best.head), _O, _NAME_STOPS)
    # `họp báo ở thành phố Mumbai`, `ở trụ sở UBND xã …`
    return _place_text(_venue(doc, toks, k + 1, marks)) if k >= 0 else None


def _came_to_attend(doc: Document, best: Candidate, marks: _Marks) -> str | None:
    """`ông A ngay lập tức đến trụ sở Công an tỉnh X để dự lễ khen thưởng …`, `có mặt tại Nhà hát Y tham dự Lễ …`:
    the venue someone came to right before the verb of attending the event word (summary_cues.tsv `attend_arrival`,
    `attend_purpose`) is where the event was held. Only a venue that ends right at that verb (no date, no clause
    between): the few tokens before the event word are read, whatever the sentence's length."""
    toks = best.toks
    purpose = match_ending_at(cues()["attend_purpose"], toks, best.head)
    if not purpose:
        return None
    end = best.head - purpose
    for k in range(end - 1, max(-1, end - _MAX_VENUE_TOKENS - 3), -1):
        if is_mark(toks[k], _CLAUSE_END):
            return None
        length = match_length(cues()["attend_arrival"], toks, k)
        if length and k + length < end and _venue_end(toks, k + length, marks) == end:
            return _place_text(_venue(doc, toks, k + length, marks))
    return None


def _vote_country(doc: Document, best: Candidate, marks: _Marks) -> str | None:
    """A public vote (`cuộc bầu cử`, summary_cues.tsv `popular_vote`) takes place in the country its name ends with
    (`cuộc bầu cử Hạ viện Pháp`, `bầu cử tổng thống Mỹ`: an elected office, `vote_office`, may stand between) or
    that `ở nước này` after its name points back to, the last country its sentence names before the vote (`Tổng
    thống Iran … tái đắc cử trong cuộc bầu cử Tổng thống ở nước này`). A vote of a body on persons (`bầu`, `phê
    chuẩn`) is no public vote; None when no country is written there. Only a vote the lead's first sentence tells
    after its day (`Ngày 20-5, …`): a vote a title names (`Bầu cử Tổng thống X: khó đoán định`), or a later sentence
    that forecasts or comments on it (`Nhiều người dự đoán, trong cuộc bầu cử …`, `bài viết cho rằng cuộc bầu cử …
    là quan trọng`), is seldom the news of a vote held."""
    toks = best.toks
    if (
        best.kind != "election"
        or best.order != 0
        or not any(t.start in marks.date_starts for t in toks[: best.head])
        or not any(match_length(cues()["popular_vote"], toks, k) for k in range(best.head, best.word_end))
    ):
        return None
    k = best.word_end
    k += match_length(cues()["vote_office"], toks, k) if k < len(toks) else 0
    named = _country_at(doc, toks, k)
    if named:
        return named
    if k + 1 < len(toks) and toks[k].lower in _O | _AT and match_length(cues()["this_country"], toks, k + 1):
        return _last_country(doc, toks, best.head)
    return None


def _last_country(doc: Document, toks: list[Token], end: int) -> str | None:
    """The last country (or region) written whole from a token before toks[end]: read forwards, past each name at
    once, so that a longer name is not read by its tail (`Nam Sudan`, not `Sudan`; `Papua New Guinea`, not
    `Guinea`). None when none is written there."""
    found = None
    k = 0
    while k < end:
        length = country_matcher().length(toks, k) if toks[k].is_cap else 0
        if length:
            found = doc.text[toks[k].start : toks[k + length - 1].end]
        k += max(length, 1)
    return found


def _country_at(doc: Document, toks: list[Token], k: int) -> str | None:
    """The country (or region) written from toks[k] (`Pháp`, `Hàn Quốc`), as written; None when none starts there."""
    length = country_matcher().length(toks, k) if k < len(toks) and toks[k].is_cap else 0
    return doc.text[toks[k].start : toks[k + length - 1].end] if length else None


_O = frozenset({"ở"})
_AT = frozenset({"tại"})
_NAME_STOPS = frozenset({",", ";", ":", ".", "về"})  # and another event word: the event's name ends
_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "?", "!"})


def _prep_after(
    toks: list[Token],
    start: int,
    preps: frozenset[str],
    stops: frozenset[str],
    *,
    placed: bool = True,
    events_stop: bool = True,
    bracketed: bool = True,
) -> int:
    """Index of the first of `preps` within a few words of toks[start], before any of `stops` (and, with
    `events_stop`, before another event word), not inside a quoted name (`hội thảo “Quản lý … ở X”`: the
    title's place, not the venue); with `placed`, only one a capitalised place or a venue word follows. With
    `bracketed` False, text in brackets is passed over, its stops too (`anh A (trú ở xã X) bị thương`: where a
    person lives). -1 when none."""
    last = len(toks) - 1 if placed else len(toks)
    quoted = False
    depth = 0
    for k in range(start, min(last, start + _NAME_REACH)):
        if not bracketed:
            depth = _depth_after(depth, toks[k])
            if depth or toks[k].lower == ")":
                continue
        if toks[k].lower in stops or (events_stop and match_length(event_trie(), toks, k)):
            return -1
        if toks[k].lower in _QUOTES:
            quoted = not quoted if toks[k].lower == '"' else toks[k].lower == "“"
        if not quoted and toks[k].lower in preps and toks[k].first and (not placed or _place_follows(toks, k + 1)):
            return k
    return -1


def _is_incident(best: Candidate) -> bool:
    """The event is an incident the title or the dated lead names (`Vụ nổ ở …`, `… bị thương trong tai nạn …`,
    `Ít nhất 10 người chết trong vụ tai nạn … sáng nay (2/7) gần thành phố X`)."""
    return best.kind == "other" and bool(match_length(cues()["incident_news"], best.toks, best.head))


def _incident_place(doc: Document, report: Report, best: Candidate, marks: _Marks) -> str | None:
    """Where the incident a title or the lead names happened: `ở`/`tại`/`gần` after its name in the rest of its
    clause (`Vụ nổ ở nhà ga X`, `vụ cháy lớn ở chợ Y`, `vụ tai nạn … do va chạm giữa xe buýt và xe tải vào sáng
    nay gần thành phố Z`), unless the lead names a spot inside that place (`_within`); else the lead sentence that
    tells it again happening there (`Vụ tai nạn xảy ra gần 19 giờ tại thị trấn X`, `… chết đuối tại hồ Y`), else the
    place heading the title (`Đắk Lắk: …`)."""
    toks = best.toks
    named = best.head + match_length(cues()["incident_news"], toks, best.head)
    found = _place_text(_happened_at(doc, toks, named, marks))
    titled = _named_part(doc, best.sentence, found) if found else None  # `Vụ nổ ở nhà thi đấu X có thể là …`
    told = _incident_told_at(doc, marks)
    if titled is None or (told is not None and _within(doc, told, titled)):
        # `… chết đuối tại Bình Định` over `Vụ đuối nước … xảy ra tại khu vực sông X, thuộc thôn Y (xã Z, …, tỉnh
        # Bình Định)`: the lead's place, whose address names the title's, is where it happened
        if told:
            return told[0]
        return _territory_told(doc, report, _untitled_sentences(doc)[:_INCIDENT_LEAD]) or _heading_place(doc, report)
    return titled


def _territory_told(doc: Document, report: Report, sentences: list[Sentence]) -> str | None:
    """`ông A, Chủ tịch UBND xã X (huyện Y) xác nhận trên địa bàn vừa xảy ra một vụ …`: an official of a unit's
    governing body tells that an incident has just happened `trên địa bàn` (the territory, its unit word at most
    written: `trên địa bàn xã`) — his unit (`xã X`) is where it happened. The first of `sentences` that says so."""
    for sentence in sentences:
        toks = doc.tokens_in(sentence.start, sentence.end)
        for k in range(1, len(toks)):
            n = match_length(cues()["territory"], toks, k)
            if not n or not match_ending_at(cues()["told_verb"], toks, k - (toks[k - 1].lower == ",")):
                continue
            after = k + n
            word = match_length(cues()["admin_word"], toks, after)
            if not match_length(cues()["incident_just"], toks, after + word):
                continue
            # the first telling of the sentence only: its teller's unit is looked up once (linear in the mentions)
            told = k - (toks[k - 1].lower == ",")
            told -= match_ending_at(cues()["told_verb"], toks, told)
            unit = _teller_unit(doc, report, toks, told)
            if unit is not None and (not word or unit.lower().startswith(_words(toks, after, after + word))):
                return unit
            break
    return None


def _words(toks: list[Token], start: int, end: int) -> str:
    return " ".join(t.lower for t in toks[start:end])


_TELLER_REACH = 16  # tokens between the teller's body and the verb: `UBND xã X (huyện Y, TP Z), xác nhận`


def _teller_unit(doc: Document, report: Report, toks: list[Token], verb: int) -> str | None:
    """The unit of the local governing body in the teller's title phrase (`xã X` of `Chủ tịch UBND xã X`), as
    written: the body follows a title (summary_cues.tsv `teller_title`) and ends within a few tokens of the reporting
    verb at toks[verb]. None when no such body is named (`Theo UBND xã X, Chủ tịch Hội Nông dân huyện cho biết …`:
    the body before is no teller's)."""
    lo = toks[max(0, verb - _TELLER_REACH)].start
    hi = toks[verb].start if verb < len(toks) else toks[-1].end
    mention = max(
        (m for o in report.organizations for m in o.mentions if lo <= m.end <= hi and m.start < hi),
        key=lambda m: m.start,
        default=None,
    )
    if mention is None:
        return None
    first = next((j for j in range(max(0, verb - _TELLER_REACH * 3), verb) if toks[j].start >= mention.start), verb)
    if first == verb or toks[first].start != mention.start or not match_ending_at(cues()["teller_title"], toks, first):
        return None
    inside = doc.tokens_in(mention.start, mention.end)
    local = match_length(cues()["local_authority"], inside, 0)
    if not local or local >= len(inside) or not match_length(cues()["admin_word"], inside, local):
        return None
    if local + match_length(cues()["admin_word"], inside, local) >= len(inside):
        return None  # `UBND tỉnh`: no unit named
    return doc.text[inside[local].start : mention.end]


def _heading_place(doc: Document, report: Report) -> str | None:
    """`Đắk Lắk: 59 người nhập viện nghi ngộ độc …`: the place that heads the title before a colon, where the story
    of the title's incident is, when neither the title nor the lead places the incident itself."""
    title = next(iter(doc.title_sentences()), None)
    if title is None:
        return None
    toks = doc.tokens_in(title.start, title.end)
    colon = next((k for k in range(1, min(len(toks), _HEADING_WORDS + 1)) if toks[k].lower == ":"), None)
    if colon is None:
        return None
    start, end = toks[0].start, toks[colon - 1].end
    return next((m.text for loc in report.locations for m in loc.mentions if m.start == start and m.end == end), None)


_HEADING_WORDS = 6  # tokens of a place heading a title: `Thừa Thiên - Huế:`


def _incident_told_at(doc: Document, marks: _Marks, *, happened_only: bool = False) -> tuple[str, Sentence, int] | None:
    """The place where the lead tells the title's incident happening (`Vụ tai nạn xảy ra gần 19 giờ tại thị trấn
    X`, `một vụ đuối nước … đã xảy ra tại khu vực sông Y`) or tells it again with its place (`một nhóm học sinh chết
    đuối tại hồ Z`), with its sentence and where the place ends in the text. With `happened_only`, only the place
    bound to `xảy ra` (the event is not known to be the incident a noun names)."""
    for sentence in _untitled_sentences(doc)[:_INCIDENT_LEAD]:
        toks = doc.tokens_in(sentence.start, sentence.end)
        subject = False  # an incident noun stands earlier in the clause: `một vụ đuối nước … đã xảy ra tại …`
        framed = False
        for k in range(len(toks)):
            if k == 0 or toks[k - 1].lower in _CLAUSE_STOPS:
                # `Liên quan đến vụ việc xảy ra tại X, …`: a clause that opens so frames the news by a background
                # happening (not `làm rõ các tình tiết liên quan đến vụ việc xảy ra tại X`: the happening itself)
                framed = happened_only and bool(match_length(cues()["topic_frame"], toks, k))
            if k == 0:
                continue
            named = match_length(cues()["incident_news"], toks, k)
            if toks[k].lower in _CLAUSE_STOPS:
                subject = False
            elif named:
                subject = True
            told = match_length(cues()["incident_verb"], toks, k, whole_words=False)  # as the syllables were read
            found = None
            if told and not framed and (subject or _incident_before(toks, k)):
                found = _at_after(doc, toks, k + told, marks)  # `… xảy ra tại X`
            elif named and not happened_only:
                # the incident told again with its place, not in brackets (`anh A (trú ở xã X)`): `một nhóm học sinh
                # chết đuối tại hồ Y`
                found = _happened_at(doc, toks, k + named, marks)
            if found:
                return found[0], sentence, found[1]
    return None


def _within(doc: Document, told: tuple[str, Sentence, int], place: str) -> bool:
    """The title's place is written in the address that follows the lead's place (`tại khu vực sông X, thuộc thôn Y
    (xã Z, huyện V, tỉnh W)` for `W`): only names, unit words, `thuộc` and marks stand between, so the lead names a
    spot inside it (`tại thành phố X và chia buồn với người dân Y` does not)."""
    _, sentence, end = told
    at = doc.text.find(place, end, sentence.end)
    if at < 0:
        return False
    toks = doc.tokens_in(end, at)
    return all(
        t.is_cap or not t.first or t.lower in _ADDRESS_MARKS or match_length(cues()["venue_word"], toks, k)
        for k, t in enumerate(toks)
    )


_ADDRESS_MARKS = frozenset({",", "(", ")", "-", "–", "thuộc"})


def _happened_at(
    doc: Document, toks: list[Token], start: int, marks: _Marks, *, incident_stops: bool = False
) -> _Found | None:
    """The place after the first `ở`, `tại` or `gần` from toks[start] to the end of its clause (at most
    `_HAPPENED_REACH` tokens) that a capitalised place or a venue word follows: where the incident or the act told
    before it happened. Not one in brackets (`anh A (trú ở xã X)`: where a person lives), in quotes, nor a
    correspondent's or an envoy's (`Phóng viên TTXVN tại Lào`). With `incident_stops` (an act's clause), an
    incident noun ends the search: a place after it is that incident's (`tiêu diệt kẻ chủ mưu các vụ tấn công tại
    thủ đô X`), not where the act was done. The place with where it ends in the text."""
    depth = 0
    quoted = False
    for k in range(start, min(len(toks) - 1, start + _HAPPENED_REACH)):
        tok = toks[k]
        depth = _depth_after(depth, tok)
        if tok.lower in _CLAUSE_STOPS and not depth:  # `sáng nay (2.7) gần …`: a date's dot in brackets goes on
            return None
        if incident_stops and match_length(cues()["incident"], toks, k):
            return None
        if tok.lower in _QUOTES:
            quoted = not quoted if tok.lower == '"' else tok.lower == "“"
        if depth or quoted or not (tok.lower in _HAPPENED_PREPS or _on_surface(toks, k)) or not tok.first:
            continue
        if _attributive(toks, k):
            continue
        venue = _venue(doc, toks, k + 1, marks) if toks[k + 1].is_cap or _venue_word_at(toks, k + 1) else None
        if venue:
            return venue
    return None


_HAPPENED_PREPS = frozenset({"ở", "tại", "gần"})


def _on_surface(toks: list[Token], k: int) -> bool:
    """`trên` at toks[k] before a road, a bridge, a river or a lake (summary_cues.tsv `surface_place`) and its name,
    capitalised or a number, right after the word: `xe tải lao vào đám đông trên cầu X`, `hút cát trên sông Y`, `trên
    quốc lộ 1A` place the happening as `ở`/`tại` do; not `trên đường trở về X` (a journey), `trên địa bàn`, `trên
    mạng`."""
    if toks[k].lower != "trên" or k + 1 >= len(toks):
        return False
    word = match_length(cues()["surface_place"], toks, k + 1)
    named = k + 1 + word
    return bool(word) and named < len(toks) and (toks[named].is_cap or toks[named].lower[:1].isdigit())


_HAPPENED_REACH = 24  # tokens from an incident's name to its place: `vụ tai nạn … vào sáng sớm nay (2.7) gần …`


def _incident_before(toks: list[Token], k: int) -> bool:
    """An incident noun is the subject of the verb at toks[k] (`Vụ tai nạn xảy ra`, `vụ việc thương tâm xảy ra`)."""
    return any(match_ending_at(cues()["incident"], toks, j) for j in range(max(1, k - 2), k + 1))


def _at_after(doc: Document, toks: list[Token], start: int, marks: _Marks) -> _Found | None:
    """The place after the first `ở`/`tại` within a few words of toks[start], in its clause and before a `khi`
    (`xảy ra khi anh A đang làm việc tại Công ty X`: where A was, told of the time), not in brackets (`khiến anh A
    (trú ở xã X) bị thương`), with where it ends."""
    k = _prep_after(toks, start, _O | _AT, _TOLD_STOPS, events_stop=False, bracketed=False)
    if k < 0:
        # `xảy ra tại khu vực gần cầu X`, `xảy ra ở ngay trước cổng chợ Y`: a spot word before the place
        at = _prep_after(toks, start, _O | _AT, _TOLD_STOPS, placed=False, events_stop=False, bracketed=False)
        found = _beside_place(doc, toks, at, marks) if at >= 0 else None
        if found is not None:
            return found
        # `xảy ra vào khoảng 17h ngày 7/2, tại khu vực ngã tư X`: the time set off by a comma before the place
        reach = range(start, min(len(toks) - 1, start + _NAME_REACH))
        depth = 0
        comma = -1
        for j in reach:
            depth = _depth_after(depth, toks[j])
            if not depth and toks[j].lower in _TOLD_STOPS:
                comma = j
                break
        if comma < 0 or toks[comma].lower != "," or toks[comma + 1].lower not in _O | _AT:
            return None
        k = _prep_after(toks, comma + 1, _O | _AT, _TOLD_STOPS, events_stop=False, bracketed=False)
        if k < 0:
            return _beside_place(doc, toks, comma + 1, marks)
    # `xảy ra tại khu vực sông X`: the area named is where
    return _venue(doc, toks, k + 1, marks, anywhere=True) or _beside_place(doc, toks, k, marks)


_TOLD_STOPS = _CLAUSE_STOPS | {"khi"}  # `xảy ra khi …`: a time clause follows, its `tại` is where someone was


def _beside_place(doc: Document, toks: list[Token], k: int, marks: _Marks) -> _Found | None:
    """`tại khu vực gần tượng đài X`, `ở ngay trước cổng chợ Y`: the place after the spot word
    (summary_cues.tsv `place_position`, an area word before it) that `tại`/`ở` at toks[k] opens; None when no place
    follows. A fixed number of tokens is read."""
    if k >= len(toks) or toks[k].lower not in _O | _AT:
        return None
    at = k + 1
    at += match_length(cues()["area_word"], toks, at) if at < len(toks) else 0
    spot = match_length(cues()["place_position"], toks, at) if at < len(toks) else 0
    if not spot or at + spot >= len(toks):
        return None
    at += spot
    # a landmark's lower-case head (`tượng đài X`, `đền Y`): up to two words before the name, venue or landmark
    # words only (not `gần nhà ông A`: a person's home)
    named = next((j for j in range(at, min(len(toks), at + _LANDMARK_HEAD + 1)) if toks[j].is_cap), None)
    if named is not None and named > at and not _landmark_head(toks, at, named):
        return None
    found = _venue(doc, toks, at, marks, anywhere=True)
    if found is not None:
        return found
    if named is None or named == at:
        return None
    end = _venue_end(toks, named, marks)
    return (doc.text[toks[at].start : toks[end - 1].end], toks[end - 1].end) if end is not None else None


_LANDMARK_HEAD = 2  # lower-case words before a landmark's name: `tượng đài Thánh X`


def _landmark_head(toks: list[Token], at: int, named: int) -> bool:
    """toks[at:named] are all venue or landmark words (summary_cues.tsv `venue_word`, `landmark_head`): `tượng
    đài`, `cổng chợ`; not `nhà ông` (`gần nhà ông A`: a person's home, named by its owner)."""
    k = at
    while k < named:
        length = max(match_length(cues()[role], toks, k) for role in ("venue_word", "landmark_head"))
        if not length or k + length > named:
            return False
        k += length
    return True


def _depth_after(depth: int, tok: Token) -> int:
    """The depth of brackets after `tok`, `depth` before it: an opening bracket deepens it, a closing one makes it
    shallower, never below 0 (a stray `)`)."""
    return depth + (tok.lower == "(") - (tok.lower == ")" and depth > 0)


def _place_follows(toks: list[Token], k: int) -> bool:
    """A capitalised word, a venue word or an area word that a named place follows (`khu vực sông X`) at toks[k]."""
    return toks[k].is_cap or _venue_word_at(toks, k) or _past_area(toks, k, anywhere=True) > k


def _venue_word_at(toks: list[Token], k: int) -> bool:
    return bool(match_length(cues()["venue_word"], toks, k))


def _host_place(doc: Document, report: Report, best: Candidate, marks: _Marks) -> str | None:
    """The administrative unit in the name of the local body a delegation works with (`làm việc với Quận ủy
    quận 2`, `có buổi làm việc với UBND huyện Tân Phong`), or the unit itself (`làm việc với Quận 9`, `… với tỉnh
    Quảng Nam`): where the delegation went. Only a unit's governing body (local_authority): an association, a
    department or a police force named after a city (`làm việc với Liên đoàn Lao động thành phố X`, `… với Công an
    TP. Y`) may be met anywhere; the text does not say where."""
    toks = best.toks
    start = best.head + match_length(event_trie(), toks, best.head)
    k = next((i for i in range(max(0, start - 1), min(len(toks) - 1, start + 2)) if toks[i].lower == "với"), None)
    if k is None:
        return None
    at = toks[k + 1].start
    mention = max(
        (m for o in report.organizations for m in o.mentions if m.start == at), key=lambda m: m.end, default=None
    )
    if mention is None:
        named_unit = match_length(cues()["admin_word"], toks, k + 1) and _names_place(toks, k + 1, numbered=True)
        return _place_text(_venue(doc, toks, k + 1, marks)) if named_unit else None
    inside = doc.tokens_in(mention.start, mention.end)
    if not match_length(cues()["local_authority"], inside, 0):
        return None
    unit = next((i for i in range(1, len(inside)) if match_length(cues()["admin_word"], inside, i)), None)
    if unit is None or unit + match_length(cues()["admin_word"], inside, unit) >= len(inside):
        return None
    return doc.text[inside[unit].start : mention.end]


def _host_city(doc: Document, report: Report, best: Candidate) -> str | None:
    """The city or province in the body of the host's title (`ông A, Phó Bí thư Thành ủy Thành phố X hôm qua
    tiếp …`: `Thành phố X`): a local leader receives a guest in the city he leads. The host is the
    official named last before the reception word in its sentence; a central title (`Thủ tướng`) names none."""
    toks = best.toks
    lo, at = toks[0].start, toks[best.head].start
    host = max(
        ((m.start, o) for o in report.officials for m in o.mentions if lo <= m.start and m.end <= at),
        key=lambda pair: pair[0],
        default=None,
    )
    if host is None:
        return _named_host_city(doc, report, best)
    return _city_of(doc, host[1], lo, at)


def _named_host_city(doc: Document, report: Report, best: Candidate) -> str | None:
    """`tại buổi tiếp của Chủ tịch UBND TP X Nguyễn Văn A với Đại sứ …`: the host named with his title right after
    the reception noun and `của`; his city, as `_host_city` reads it."""
    toks = best.toks
    k = best.word_end
    if not best.word.noun or k + 1 >= len(toks) or toks[k].lower != "của":
        return None
    at = toks[k + 1].start
    for official in report.officials:
        for title in official.titles:
            mention = next((m for m in title.mentions if m.start == at), None)
            if mention is not None:
                # the name right after the title, not the official's last mention of the text: the body is looked
                # for between them, and a later sentence may name the same body of another city
                name_end = min((m.end for m in official.mentions if m.start >= mention.end), default=mention.end)
                return _city_of(doc, official, at, name_end)
    return None


def _city_of(doc: Document, host: Official, lo: int, hi: int) -> str | None:
    """The city or province of the local body in the host's current title, written between lo and hi: `Thành phố X`
    of `Thành ủy Thành phố X`, `TPHCM` of `UBND TPHCM` (the capitalised name right after the body's word)."""
    body = next((t.organization for t in host.titles if t.current and t.organization), None)
    start = doc.text.find(body, lo, hi) if body else -1
    if body is None or start < 0:
        return None
    end = start + len(body)
    inside = doc.tokens_in(start, end)
    unit = next((i for i in range(1, len(inside)) if match_length(cues()["admin_word"], inside, i)), None)
    if unit is None:
        local = match_length(cues()["local_authority"], inside, 0)
        return doc.text[inside[local].start : end] if 0 < local < len(inside) and inside[local].is_cap else None
    if unit + match_length(cues()["admin_word"], inside, unit) >= len(inside):
        return None
    return doc.text[inside[unit].start : end]


def _held_after(toks: list[Token], again: int) -> bool:
    """A verb of holding follows the event word told again in its clause (`Hội nghị Thượng đỉnh EU hôm nay
    (22/6) đã khai mạc tại …`, `Hội nghị được tổ chức …`); a comma before a subject ends the clause."""
    for k in range(again + 1, len(toks)):
        if toks[k].lower in {";", "."} or (toks[k].lower == "," and k > again + _HELD_REACH):
            return False
        if match_length(cues()["held_verb"], toks, k):
            return True
    return False


def _preceding(doc: Document, best: Candidate) -> list[Sentence]:
    """The body sentences before the event's, in the lead (`Hội nghị Thượng đỉnh EU hôm nay (22/6) đã
    khai mạc tại thủ đô Brussels` before `Hội nghị lần này tập trung vào …`), nearest first."""
    if best.order <= 0:
        return []
    body = [s for s in _untitled_sentences(doc) if s.start < best.sentence.start]
    return body[::-1][: best.order]


def _untitled_sentences(doc: Document) -> list[Sentence]:
    """The text's sentences outside its title paragraphs, in reading order."""
    titles = [(p.start, p.end) for p in doc.paragraphs_of("title")]
    return [s for s in doc.sentences if not any(a <= s.start < b for a, b in titles)]


def _credit_end(toks: list[Token]) -> int:
    """Index of the colon of the last photo credit glued into the sentence (`… tại sân bay X - Ảnh: Báo Y
    Chiều 20/6, tại …`): what stands before it is the photo's caption; -1 when none."""
    return max(
        (k + 1 for k in range(len(toks) - 1) if toks[k + 1].lower == ":" and match_length(cues()["credit"], toks, k)),
        default=-1,
    )


def _told_again_slots(
    toks: list[Token], again: int, held: bool, after: int, incident: int, named_at: int, marks: _Marks
) -> Callable[[int], bool]:
    """Past any caption and before an incident (`sau vụ hỏa hoạn … tại London`): the `tại` that ends the name
    of the event word told again (`Hội nghị thượng đỉnh X tại Y`), anywhere when a verb of holding follows
    that word, else before it only where the `tại` opens its clause (`Sáng 27/9, tại Trung tâm X, Đảng bộ tổ
    chức Đại hội`) or follows a verb of holding (`Sự kiện diễn ra tại X nhân kỷ niệm …`): inside another
    clause it is the place of what that clause tells (`sai phạm tại Khu du lịch X đã bị Thanh tra …`, `phát
    biểu tại hội trường trước phiên họp`), not the event's."""
    limit = incident if held else min(again, incident)

    def allowed(i: int) -> bool:
        if i == named_at and i < incident:
            return True
        held_here = bool(match_ending_at(cues()["held_verb"], toks, i))  # `Sự kiện này diễn ra tại …`
        return after < i < limit and (held or held_here or _opens_clause(toks, i, marks))

    return allowed


def _after_told_again(allowed: Callable[[int], bool], again: int, limit: int) -> Callable[[int], bool]:
    """`allowed`, and any `tại` after the event word told again at toks[again] and before toks[limit]."""
    return lambda i: allowed(i) or again < i < limit


def _opens_clause(toks: list[Token], i: int, marks: _Marks) -> bool:
    """toks[i] opens its clause: first in the sentence, after a comma or a colon, after the date that opens the
    sentence (`Ngày 7/2 tại thành phố X, …`), or written with a capital (`Tại trụ sở …` glued after a caption)."""
    if i == 0 or toks[i].is_cap or toks[i - 1].lower in _OPENING_MARKS:
        return True
    return marks.date_ends is not None and marks.date_ends.get(toks[i - 1].end) == toks[0].start


def _named_event_at(toks: list[Token], again: int, kind: str) -> int:
    """The `tại` closing the name of the first event noun of `kind` told again from toks[again] on that has
    one (`Phái đoàn … họp tại … Ngoại trưởng … chủ trì cuộc đối thoại X tại Y`); -1 when none."""
    for k in range(again, len(toks)):
        at = _at_after_name(toks, k) if _kind_at(toks, k) == kind else -1
        if at >= 0:
            return at
    return -1


def _at_after_name(toks: list[Token], head: int) -> int:
    """Index of the `tại` that follows the event noun at toks[head] within its name (`cuộc đối thoại X tại
    Y`, `Hội nghị thượng đỉnh X tại Y`), before any comma, topic `về` or other event
    word; -1 when none. A verb names no event (`thảo luận tại Tổ 9`, `khám xét nơi ở … tại Quận 8` tell of a
    step, not of the event's place); `ở` is not read so: a later sentence's `dự lễ ở X` may be one of several
    places."""
    length = match_length(event_trie(), toks, head)
    if not length and toks[head].is_cap:
        length = match_length(event_trie(), toks, head, whole_words=False)
    if not length or not event_words()[" ".join(t.lower for t in toks[head : head + length])].noun:
        return -1
    return _prep_after(toks, head + length, _AT, _NAME_STOPS | {"("}, placed=False)


def _title_venue(doc: Document, best: Candidate, marks: _Marks) -> str | None:
    """`Thủ tướng thăm và làm việc tại Thanh Hóa`: the title names the same kind of event and its venue."""
    for paragraph in doc.paragraphs_of("title"):
        for sentence in paragraph.sentences:
            toks = doc.tokens_in(sentence.start, sentence.end)
            if any(_kind_at(toks, k) == best.word.kind for k in range(len(toks))):
                incident = next((k for k in range(len(toks)) if match_length(cues()["incident"], toks, k)), len(toks))
                venue = _at_venue(doc, toks, _before_index(incident), marks)
                if venue:
                    return _named_part(doc, sentence, venue)
    return None


def _named_part(doc: Document, sentence: Sentence, venue: str) -> str:
    """A title's venue ends with its name: `Hà Nội nằm trong tầm ngắm` is `Hà Nội` (`Quốc hội` stays whole)."""
    start = doc.text.find(venue, sentence.start, sentence.end)
    toks = doc.tokens_in(start, start + len(venue)) if start >= 0 else []
    end = len(toks)
    while end > 1 and not toks[end - 1].is_cap:
        word = end - 1
        while word > 0 and not toks[word].first:
            word -= 1  # back to the word's first syllable: `bị thương` goes whole, `Quốc hội` stays
        if word == 0 or toks[word].is_cap:
            break
        end = word
    return doc.text[toks[0].start : toks[end - 1].end] if toks else venue


def _dateline(doc: Document, report: Report) -> str | None:
    """`ĐÀ NẴNG - Ngày 6-2, …`, `(Hà Nội) – …`: a place that opens the body before a dash."""
    body = next((p for p in doc.paragraphs if p.kind != "title"), None)
    if body is None:
        return None
    head = doc.view[body.start : body.start + _DATELINE_REACH]
    agency = _AGENCY_DATELINE.match(doc.view[body.start : body.start + 2 * _DATELINE_REACH])
    if agency is not None:
        city = agency.group(1)
        start, end = body.start + agency.start(1), body.start + agency.end(1)
        mentions = (m for loc in report.locations for m in loc.mentions)
        named = next((m.text for m in mentions if m.start == start and m.end == end), None)
        if named or all(w[:1].isupper() for w in city.split()[:_DATELINE_WORDS]):
            return named or doc.text[start:end]  # a foreign city the gazetteer may not know: `Jakarta`
    match = _DATELINE.match(head)
    if match is None:
        return None
    start, end = body.start + match.start(1), body.start + match.end(1)
    return next((m.text for loc in report.locations for m in loc.mentions if m.start == start and m.end == end), None)


class _Marks(NamedTuple):
    """Where the report's organisations end and its dates start: a `tại` right after an organisation may
    belong to its name (`Ngân hàng Thế giới (WB) tại Việt Nam`), a venue ends where a date begins."""

    organisation_ends: frozenset[int]
    date_starts: frozenset[int]
    person_starts: frozenset[int]  # an official's title or name: `tại hội trường Quốc hội Bộ trưởng … A trình bày`
    organisations: tuple[tuple[int, int], ...] = ()  # a `tại` inside one is its name's: `TAND cấp cao tại Đà Nẵng`
    date_ends: dict[int, int] | None = None  # where each date ends → where it starts
    organisation_starts: tuple[int, ...] = ()  # the organisations' starts, sorted
    organisation_reach: tuple[int, ...] = ()  # the furthest end of the organisations starting up to each of those
    date_values: dict[int, str] | None = None  # where each date starts → its ISO value

    @staticmethod
    def of(report: Report) -> _Marks:
        people = {m.start for o in report.officials for m in o.mentions}
        names = people | {m.start - 1 for o in report.officials for m in o.mentions}
        # a title right before its holder's name (`Bộ trưởng Bộ Giao thông Vận tải Trương Quang Nghĩa`), not
        # one inside a venue's name (`Phủ Chủ tịch`)
        people.update(m.start for o in report.officials for t in o.titles for m in t.mentions if m.end + 1 in names)
        spans = sorted((m.start, m.end) for o in report.organizations for m in o.mentions)
        return _Marks(
            frozenset(m.end for o in report.organizations for m in o.mentions),
            frozenset(d.start for d in report.dates),
            frozenset(people),
            tuple(spans),
            {d.end: d.start for d in report.dates},
            tuple(a for a, _ in spans),
            tuple(accumulate((b for _, b in spans), max)),
            {d.start: d.value for d in report.dates},
        )

    def in_organisation(self, pos: int) -> bool:
        """Whether pos is strictly inside an organisation's mention: a bisect over the sorted starts and the
        furthest end reached by the mentions starting before pos (logarithmic per call, not one per mention)."""
        before = bisect_left(self.organisation_starts, pos)  # the mentions starting strictly before pos
        return before > 0 and self.organisation_reach[before - 1] > pos


def _framing_visit(toks: list[Token]) -> int | None:
    """`… thảo luận … trong chuyến thăm Nhà Trắng`: the visit word inside which the event took place."""
    for k in range(1, len(toks)):
        length = match_length(event_trie(), toks, k)
        if length and _kind_at(toks, k) == "visit" and match_ending_at(cues()["within_visit"], toks, k):
            return k
    return None


def _destination(doc: Document, report: Report, toks: list[Token], head: int) -> str | None:
    """Where a visit goes: the place, or a named venue, right after the visit word and the other steps of
    the visit (`chuyến thăm chính thức Việt Nam`, `đến thăm, kiểm tra Quân cảng Sài Gòn`)."""
    k = head + match_length(event_trie(), toks, head)
    limit = min(len(toks), k + 2 * _VISIT_REACH)
    while k < limit:
        length = match_length(cues()["visit_step"], toks, k)
        if not length:
            break
        k += length
    if k >= limit:
        return None
    lo, hi = toks[k].start, toks[limit - 1].end
    starts = {m.start: loc.name for loc in report.locations for m in loc.mentions if lo <= m.start < hi}
    for i in range(k, min(limit, k + _VISIT_REACH)):
        if toks[i].start in starts:
            return starts[toks[i].start]
        word = match_length(cues()["venue_word"], toks, i) if toks[i].is_cap else 0
        if word:
            end = i + word
            while end < len(toks) and (toks[end].is_cap or not toks[end].first) and end - i < _MAX_VENUE_TOKENS:
                end += 1  # a named venue: `Quân cảng Sài Gòn`, not `Nhà trắng thể hiện …`
            return doc.text[toks[i].start : toks[end - 1].end] if end > i + word else None
    return None


SITTING_OPENING = 6  # tokens after the first that open a sitting's sentence: `Sáng ngày 7/6, tại Phủ Chủ tịch, …`


def first_sitting(doc: Document, best: Candidate) -> list[Token]:
    """`Nhận lời mời của A, B thăm chính thức Việt Nam từ ngày 6 - 8/6. Sáng 7/6, tại Phủ Chủ tịch, A chủ trì
    lễ đón …`: a lead that only announces an invited visit is followed by its first sitting, told by the next
    sentence that is no caption: its tokens, of which the first `SITTING_OPENING` and one hold the day and the
    venue that date and place the event (both read in this one sentence). Empty when the lead is no such
    invitation."""
    if best.order < 0 or not _invited_lead(best):
        return []
    photos = captions(doc, doc.sentences)
    after = next((s for s in doc.sentences if s.start >= best.sentence.end and s.start not in photos), None)
    return [] if after is None else doc.tokens_in(after.start, after.end)


def _first_day_venue(doc: Document, best: Candidate, marks: _Marks) -> str | None:
    """The venue that opens the first sitting's sentence after its time (`first_sitting`): where the event told
    was held, not the whole country."""
    nxt = first_sitting(doc, best)
    for k in range(1, min(len(nxt), SITTING_OPENING + 1)):
        if nxt[k].lower == "tại" and nxt[k - 1].lower == ",":
            return _place_text(_venue(doc, nxt, k + 1, marks))
        if nxt[k].lower in _CLAUSE_STOPS and nxt[k].lower != ",":
            return None
    return None


def _invited_lead(best: Candidate) -> bool:
    """The event's sentence opens (after a dateline's dash) with an invitation: `Nhận lời mời của A, B thăm …`."""
    toks = best.toks
    return any(
        match_length(cues()["invitation"], toks, k) and (k == 0 or toks[k - 1].lower in _DASHES)
        for k in range(min(best.head, SITTING_OPENING))
    )


def _arrival(doc: Document, toks: list[Token], head: int, marks: _Marks) -> str | None:
    """Where the visitor arrived, right before the visit word (`đã đến thủ đô Bắc Kinh, bắt đầu chuyến thăm
    …`, `đã tới Mỹ trong chuyến thăm …`): the place reached is where the visit takes place; the place must
    end within a few words of the visit word, so that the arrival is the visit's own."""
    if head > 0 and toks[head - 1].lower == "chuyến":
        head -= 1  # the visit word may be read without its classifier: `chuyến thăm`
    for k in range(head - 1, -1, -1):
        if toks[k].lower in _CLAUSE_END:
            return None
        length = match_length(cues()["arrival"], toks, k)
        if not length:
            continue
        end = _venue_end(toks, k + length, marks)
        if end is None or not 0 <= head - end <= _VISIT_REACH:
            return None
        return _place_text(_venue(doc, toks, k + length, marks))
    return None


def _before_index(limit: int) -> Callable[[int], bool]:
    return lambda i: i < limit


def _kind_at(toks: list[Token], k: int) -> str | None:
    """The kind of the event word at toks[k]; a capitalised one may open a longer word of the segmenter
    (`Hội nghị Thượng đỉnh` read as one word)."""
    length = match_length(event_trie(), toks, k)
    if not length and toks[k].is_cap:
        length = match_length(event_trie(), toks, k, whole_words=False)
    return event_words()[" ".join(t.lower for t in toks[k : k + length])].kind if length else None


def _outside_prior_clause(best: Candidate, allowed: Callable[[int], bool]) -> Callable[[int], bool]:
    """`Hơn 1 tuần sau khi Bộ trưởng chỉ đạo rà soát …, thành phần đoàn dự SEA Games tại Malaysia, sáng 14/7, Tổng
    cục … gặp mặt báo chí`: a clause of what came before or after the news (`sau khi`, `trước khi`), from its cue
    to the last comma before the event word, tells where that was; not when the event word is inside it (`sau
    khi dự Diễn đàn … tại Trung Quốc, ông A cho biết …`)."""
    toks = best.toks
    cue = next((k for k in range(best.head) if match_length(cues()["prior_frame"], toks, k)), None)
    if cue is None:
        return allowed
    end = next((k for k in range(best.head - 1, cue, -1) if toks[k].lower == ","), cue)
    return lambda i: allowed(i) and not cue <= i < end


def _outside_framed_content(best: Candidate, allowed: Callable[[int], bool], marks: _Marks) -> Callable[[int], bool]:
    """`Tại cuộc họp giao ban sáng 6/2, Chủ tịch A yêu cầu … báo cáo về sự việc … tại trường X`, `Trong cuộc hội
    đàm ngày 3/2, hai bộ trưởng nhất trí … triển khai vũ khí tại Y`: the event frames what its sentence tells; a
    `tại` past the comma that closes the frame is the place of what was said or done there. A `tại` right after
    that comma still closes the frame (`Tại hội nghị sáng 6/2, tại Hà Nội, …`); with a verb of holding in the frame
    the event is told as held, and its venue may follow (`tại Lễ … diễn ra sáng nay, 12/5, ở Hải Dương`), as with one
    right after the frame's comma (`… phát biểu tại lễ khởi công cầu X, diễn ra tại huyện A`); one past the frame is
    another event's (`…, ông A cho biết Hội nghị X sẽ diễn ra tại Y`)."""
    toks = best.toks
    framed = bool(match_ending_at(cues()["event_frame"], toks, best.head))
    if not framed and not match_ending_at(cues()["framing"], toks, best.head):
        return allowed
    end = _frame_end(toks, best.head)
    if end is None:
        return allowed
    held = next((k for k in range(best.word_end, end) if match_length(cues()["held_verb"], toks, k)), None)
    if held is not None:
        # `Tại Hội nghị … được tổ chức sáng nay (6/2), tại thành phố X`: told as held, its venue follows, up to the
        # clause after it (`Trong khuôn khổ Hội nghị X diễn ra tối qua (18-5) với sự tham dự của A, Tổng công ty Y
        # vừa nhận … Dự án Z tại Bệnh viện W`: the matter of that clause)
        last = _held_stretch_end(toks, held, marks)
        return lambda i: allowed(i) and i <= last
    if not framed:
        return allowed  # `Trong khuôn khổ Hội nghị X, ngày 12/5, các đại biểu đã …`: the event's own programme
    if match_length(cues()["held_verb"], toks, end + 1, whole_words=False):
        return allowed  # `… phát biểu tại lễ khởi công cầu X, diễn ra tại huyện A`: the event told as held, not a frame
    # a `tại` that opens a clause right after the frame, past the day written there, still names the event's place
    # (`Trong khuôn khổ chuyến thăm …, sáng 7-7, tại Hamburg, Thủ tướng …`)
    last = max(end + 1, _held_stretch_end(toks, end - 1, marks))
    return lambda i: allowed(i) and i <= last


def _held_stretch_end(toks: list[Token], held: int, marks: _Marks) -> int:
    """The last index where the venue of a frame told as held (its verb of holding at toks[held]) may stand: the
    token after the first comma that no date, time or `tại`/`ở` follows (`diễn ra sáng nay, 12/5, ở X`), or the mark
    that ends the sentence's clause."""
    for k in range(held + 1, len(toks)):
        if toks[k].lower in {";", ":", "."}:
            return k
        if toks[k].lower != "," or k + 1 >= len(toks):
            continue
        nxt = toks[k + 1]  # `diễn ra sáng nay, 10/6/2017, ở X`: a day, a time or the venue goes on with the frame
        timed = nxt.lower[:1].isdigit() or bool(match_length(cues()["venue_time"], toks, k + 1))
        if not (timed or nxt.start in marks.date_starts or nxt.lower in _AT | _O):
            return k + 1
    return len(toks)


def _frame_end(toks: list[Token], start: int) -> int | None:
    """Index of the first mark after toks[start] that ends its clause; None when none does."""
    return next((k for k in range(start + 1, len(toks)) if _closes_frame(toks, k)), None)


def _closes_frame(toks: list[Token], k: int) -> bool:
    """The mark at toks[k] ends the clause of the event's frame: not a comma inside its name (`…, khóa XIX,
    nhiệm kỳ …`, `ngày Thế giới phòng, chống tăng huyết áp`: between two lower-case words), nor one before the
    event's other name (`Tại Hội nghị X, còn gọi là Đối thoại Y, diễn ra ở Z, …`: summary_cues.tsv `name_alias`)."""
    if toks[k].lower in {";", ":", "."}:
        return True
    if toks[k].lower != "," or k + 1 >= len(toks):
        return False
    if match_length(cues()["name_continue"], toks, k + 1) or match_length(cues()["name_alias"], toks, k + 1):
        return False
    return not (_lower_word(toks[k - 1]) and _lower_word(toks[k + 1]))


def _lower_word(tok: Token) -> bool:
    return tok.is_word and not tok.is_cap and not tok.lower[:1].isdigit()


def _outside_guest_visit(report: Report, best: Candidate, allowed: Callable[[int], bool]) -> Callable[[int], bool]:
    """`… đã tiếp ông A, Chủ tịch …, đang thăm và làm việc tại Việt Nam`: the `tại` of the guest's visit to a
    country, told after the reception word, is where the guest's visit is, not where the reception was (the
    host's city, which the text may give later); a visit to a city (`thăm và làm việc tại Thành phố Hồ Chí
    Minh`) is where the guest was received."""
    if best.kind != "reception":
        return allowed
    toks = best.toks
    countries = {m.start for loc in report.locations if loc.level == "country" for m in loc.mentions}
    guest: set[int] = set()
    visit = None
    for k in range(best.head + 1, len(toks)):
        if toks[k].lower in _CLAUSE_END:
            visit = None
        elif _kind_at(toks, k) == "visit":
            visit = k
        elif toks[k].lower == "tại" and visit is not None and _guest_country(toks, k, visit, countries):
            guest.add(k)
    return lambda i: allowed(i) and i not in guest


def _guest_country(toks: list[Token], at: int, visit: int, countries: set[int]) -> bool:
    """The `tại` at toks[at] ends the visit told at toks[visit] (`thăm và làm việc tại`) and a country follows."""
    return at - visit <= _VISIT_REACH + 2 and at + 1 < len(toks) and toks[at + 1].start in countries


def _venue_slots(best: Candidate) -> Callable[[int], bool]:
    """Where `tại` may stand to give the event's place: anywhere in the sentence of a gathering, but not
    in a clause about an incident (`… vụ việc xảy ra tại xã …`); for a document, an investigation or a
    trial only before the event word (`Ngày 2-6, tại …, ông A đã ký …`), as what follows is its matter
    (`thành lập tổ công tác … tại Bình Định`)."""
    toks = best.toks
    incident = next((k for k in range(len(toks)) if match_length(cues()["incident"], toks, k)), len(toks))
    held = best.verb_at is not None and best.kind in _HELD_MATTER_KINDS
    limit = min(incident, best.head) if best.kind in _MATTER_KINDS and not held else incident
    done = _done_at(best) if best.kind in _HELD_MATTER_KINDS and not held else -1
    # `Liên quan đến vụ việc … tại Trường X, ngày 12/2, Chủ tịch UBND quận đã ký …`; `tuần hành tại X`
    return lambda i: i < limit or (0 <= done <= i <= done + _DONE_REACH and i < incident)


_DONE_REACH = 3  # syllables between a happening's verb and its `tại`: `xuống đường tuần hành tại …`


def _done_at(best: Candidate) -> int:
    """Index of the token after a happening told by a verb (`biểu tình`, `xuống đường`), where its `tại` may
    follow within `_DONE_REACH` tokens; -1 (no such place) when the event word is a noun."""
    if best.word.noun:
        return -1
    return best.word_end


def _at_venue(
    doc: Document,
    toks: list[Token],
    allowed: Callable[[int], bool],
    marks: _Marks | None = None,
    *,
    in_names: bool = True,
    site_from: int | None = None,
) -> str | None:
    """The venue after the first `tại` that gives the event's place: not one inside a quoted name (`Tọa
    đàm "… tại Khu du lịch Sơn Trà"`), nor one of a noun phrase (`Phóng viên TTXVN tại Lào`); a `tại`
    right after or inside an organisation (`Ngân hàng Thế giới (WB) tại Việt Nam`, `Tổng Lãnh sự quán … tại
    Frankfurt`; never for a court's act) or in a framing clause (`Trong
    khuôn khổ chuyến thăm … tại Đức, chiều 5/7, …`) only when no other gives one. From `site_from` on, in the
    clause of a ceremony's verb, an area word and the place after it are the venue (`_site_from`)."""
    quoted = topic = held = framing = False
    depth = 0
    site = site_from is not None  # still in the clause of the ceremony's verb
    fallback: str | None = None
    for i, tok in enumerate(toks):
        if tok.lower in _QUOTES:
            quoted = not quoted if tok.lower == '"' else tok.lower == "“"
            continue
        depth = _depth_after(depth, tok)
        site = site and not (site_from is not None and i > site_from and tok.lower in _CLAUSE_STOPS)
        if i == 0 or toks[i - 1].lower in _CLAUSE_BREAKS:
            # `Tiếp tục chuyến thăm … tại Đức, chiều 5/7, …`; `chuyến thăm, làm việc tại …` goes on with the visit
            framing = bool(match_length(cues()["framing"], toks, i)) or (framing and _goes_on_framing(toks, i))
        if tok.lower in _CLAUSE_BREAKS or match_length(cues()["held_verb"], toks, i):
            topic = False  # `Hội thảo về … được tổ chức tại Đà Nẵng`: the verb of holding comes back to the event
        elif tok.lower == "về" and tok.first and match_length(cues()["topic_head"], toks, i + 1):
            topic = True  # `họp bàn về tình hình sốt đất tại Thành phố`: where the matter is, not the meeting
        held = held or bool(match_length(cues()["held_verb"], toks, i))
        opener = (
            tok.lower == "tại" or (held and _held_at(toks, i, _past_date_back(toks, i, marks))) or _opening_o(toks, i)
        )
        if not opener or not tok.first or quoted or topic or depth or not allowed(i) or _attributive(toks, i):
            continue
        inside = marks is not None and marks.in_organisation(tok.start)
        if inside and not in_names:
            continue  # `TAND cấp cao tại Đà Nẵng mở phiên tòa`: the court's name, not the venue
        at_site = site and site_from is not None and i >= site_from
        venue = _place_text(_venue(doc, toks, _past_bridge(toks, i + 1), marks, anywhere=at_site))
        if not venue:
            continue
        if framing or inside or (marks is not None and _after_organisation(toks, i, marks)):
            fallback = fallback or venue  # the visit that frames the event, or `Ngân hàng Thế giới tại Việt Nam`
            continue
        return venue
    return fallback


def _goes_on_framing(toks: list[Token], i: int) -> bool:
    """After a comma, another verb of the same visit (`chuyến thăm, làm việc tại Nhật Bản`) keeps the
    framing clause open: its `tại` is the visit's, not the event's."""
    return toks[i - 1].lower == "," and bool(match_length(cues()["framing_step"], toks, i))


def _opening_o(toks: list[Token], i: int) -> bool:
    """`Ngày 12/3, ở Hà Nội, …`: `ở` opening a clause of its own, between commas, gives the venue as `tại`; not
    after a name (`đã thăm Bảo tàng X (Bến Y), ở quận 4, nơi …`: that place's address)."""
    if toks[i].lower != "ở" or (i > 0 and toks[i - 1].lower not in {",", ";"}):
        return False
    if i > 1 and (toks[i - 2].is_cap or (i > 2 and toks[i - 2].lower == ")" and toks[i - 3].is_cap)):
        return False
    return any(t.lower == "," for t in toks[i + 1 : i + 1 + _MAX_VENUE_TOKENS])


def _past_date_back(toks: list[Token], i: int, marks: _Marks | None) -> int:
    """`diễn ra sáng nay, 10/6/2017, ở Hà Nội`, `tổ chức ngày 29/5 ở TP.HCM`: the index of `ở` moved back over
    the date (and its commas) written between the verb of holding and it, so the verb stands right before."""
    if marks is None or not marks.date_ends or i == 0 or toks[i].lower != "ở":
        return i
    k = i
    while k > 0 and toks[k - 1].lower == ",":
        k -= 1
    start = marks.date_ends.get(toks[k - 1].end) if k > 0 else None
    if start is None:
        return i
    while k > 0 and toks[k - 1].start >= start:
        k -= 1
    while k > 0 and toks[k - 1].lower in {",", "vào"}:
        k -= 1
    return k


def _held_at(toks: list[Token], i: int, verb_end: int) -> bool:
    """After a verb of holding, `ở X` (`diễn ra ở Singapore`) and `từ <hall>` (`được tổ chức trực tiếp từ
    Hội trường Diên Hồng`) give the venue as `tại` does; `ở` only right after the verb, or after the date
    written after it (the verb ends before toks[verb_end])."""
    if toks[i].lower == "từ":
        return _facility_at(toks, i + 1) or bool(match_length(cues()["bridge_point"], toks, i + 1))
    return toks[i].lower == "ở" and verb_end > 0 and bool(match_ending_at(cues()["held_verb"], toks, verb_end))


def _past_bridge(toks: list[Token], k: int) -> int:
    """Past `điểm cầu (chính) (tại)` (`trực tuyến từ điểm cầu Hà Nội`, `tại điểm cầu Trụ sở Chính phủ`): an
    online event's main bridge point is its place."""
    length = match_length(cues()["bridge_point"], toks, k) if k < len(toks) else 0
    if not length:
        return k
    k += length
    return k + 1 if k < len(toks) and toks[k].lower in {"tại", "ở"} else k


def _facility_at(toks: list[Token], k: int) -> bool:
    """A named facility starts at toks[k] (`Hội trường Diên Hồng`): `từ` before it gives the venue of an
    event held from there."""
    return k < len(toks) and toks[k].is_cap and bool(match_length(cues()["facility"], toks, k))


def _attributive(toks: list[Token], at: int) -> bool:
    """`Phóng viên TTXVN tại Lào`, `Đại sứ Việt Nam tại Mỹ`: a correspondent's or an envoy's `tại`, within
    a few words after the head and no comma between."""
    for k in range(at - 1, max(-1, at - _ATTRIBUTIVE_REACH - 1), -1):
        if toks[k].lower in {",", ";", ":", "."} or toks[k].lower[:1].isdigit():
            return False  # `… phóng viên Đông Nam Á ngày 16/5 tại Tokyo`: a date closes the noun phrase
        if match_length(cues()["attributive_at"], toks, k):
            return True
        if at - k > _ATTRIBUTIVE_NEAR and not (toks[k].is_cap or not toks[k].first or toks[k].lower in "()&-"):
            return False  # past a few words, only a name stands between: `Đại sứ Liên minh Châu Âu (EU) tại …`
    return False


def _after_organisation(toks: list[Token], at: int, marks: _Marks) -> bool:
    """An organisation ends right before `tại` (or before its acronym in brackets)."""
    k = at - 1
    if k >= 2 and toks[k].lower == ")" and toks[k - 2].lower == "(":
        k -= 3
    return k >= 0 and toks[k].end in marks.organisation_ends


def _venue(
    doc: Document, toks: list[Token], start: int, marks: _Marks | None = None, *, anywhere: bool = False
) -> _Found | None:
    """A capitalised place or a venue word with a name (`hội trường UBND tỉnh`, `thành phố Vinh`) after
    `tại`, not an event, with where it ends in the text; a bare venue word (`thảo luận tại hội trường`) names no
    place. `anywhere`: past an area word that a place follows, wherever the `tại` stands (`_past_area`)."""
    start = _past_area(toks, start, anywhere=anywhere)
    end = _venue_end(toks, start, marks)
    if end is None or not (any(t.is_cap for t in toks[start:end]) or _numbered(toks, start, end)):
        return None
    if match_length(cues()["venue_word"], toks, start) >= end - start:
        return None  # `tại Hội trường`, `tại trụ sở` alone
    return doc.text[toks[start].start : toks[end - 1].end], toks[end - 1].end


def _place_text(found: _Found | None) -> str | None:
    return found[0] if found else None


def _numbered(toks: list[Token], start: int, end: int) -> bool:
    """A unit or a square named by a number right after its word (`quận 9`, `phường 3`, `quảng trường 19-8`): a
    written name, as a capitalised one is."""
    word = match_length(cues()["numbered_venue"], toks, start)
    return bool(word) and start + word < end and toks[start + word].lower[:1].isdigit()


def _past_area(toks: list[Token], k: int, *, anywhere: bool = False) -> int:
    """`Chiều 5/6, tại khu vực xã A, …`, `tại địa bàn huyện B`: past the word of an area when a place is named right
    after it, which is the venue; only when the `tại` before it opens its clause, as inside a noun phrase the
    area is where a matter lies (`thanh tra việc sử dụng đất tại khu vực sân bay X`), unless `anywhere` (an
    incident's `xảy ra tại khu vực sông X`). `tại khu vực biên giới` names none, and stays as it is."""
    length = match_length(cues()["area_word"], toks, k) if k < len(toks) else 0
    opens = anywhere or k == 1 or (k >= 2 and toks[k - 2].lower in {",", ";", ":"})
    return k + length if length and opens and _names_place(toks, k + length, numbered=True) else k


def _venue_end(toks: list[Token], start: int, marks: _Marks | None = None) -> int | None:
    """One past the last token of the venue that starts at toks[start], or None when none does; a date
    or a time word (`từ ngày 18-20/6`, `Chiều qua`) ends it."""
    if start >= len(toks) or match_length(event_trie(), toks, start) or match_length(cues()["not_venue"], toks, start):
        return None
    event = match_length(event_trie(), toks, start, whole_words=False) if toks[start].is_cap else 0
    if event > 1 and event >= match_length(cues()["venue_word"], toks, start, whole_words=False):
        return None  # `Hội nghị thượng đỉnh X` read as one word: an event, not a venue; `Đại lễ đường X` is a hall
    if not (toks[start].is_cap or match_length(cues()["venue_word"], toks, start)):
        return None
    end = start
    comma = None
    named_from = start + match_length(cues()["venue_word"], toks, start)  # past `Trung tâm`, `tỉnh` …
    while end < len(toks) and end - start < _MAX_VENUE_TOKENS:
        nxt = toks[end]
        if nxt.lower == "," and _continues_venue(toks, end + 1):
            comma = end if comma is None else comma
            end += 1  # `Quảng trường Hùng Vương, thành phố Việt Trì`
            continue
        if (
            nxt.lower in _DASHES
            and end > start
            and _spaced(toks, end)
            and not _names_place(toks, end + 1, numbered=True)
        ):
            break  # `tỉnh Cà Mau – thủ phủ của tôm`, `Washington - tờ Bloomberg …`: an apposition, not the name
        if nxt.lower in {"ở", *_DASHES} and comma is None and end > start:
            comma = end  # `hội trường … ở miền Trung Israel`, `giao lộ A - nhánh đường B - …`: cut here when too long
        if nxt.lower == "." and _abbreviation_dot(toks, end):
            end += 1  # `Tp. Hồ Chí Minh`, `H. Nhơn Trạch`
            continue
        if is_mark(nxt, _CLAUSE_END) or nxt.lower in {",", "("}:
            break
        if end > start and nxt.lower == "thuộc" and not _names_place(toks, end + 1):
            break  # `TP Fukuoka thuộc tỉnh cùng tên`, but `vùng lòng hồ thuộc huyện Quỳnh Nhai` goes on
        if nxt.lower == "và" and _named(toks, start, end) and not _names_place(toks, end + 1, numbered=True):
            break  # `làm việc tại Đức và dự Hội nghị …`: a second predicate; `tại xã A và xã B` goes on
        if _owner_follows(toks, start, end):
            end += 1  # `tại trụ sở của Tập đoàn X`: a bare venue word and the body it belongs to
            continue
        if end > start and (
            (marks is not None and (nxt.start in marks.date_starts or nxt.start in marks.person_starts))
            or match_length(cues()["venue_time"], toks, end)
        ):
            break
        verb = match_length(cues()["organiser_verb"], toks, end) or match_length(cues()["verb_adverb"], toks, end)
        stop = is_stop(toks, end) or match_length(cues()["venue_stop"], toks, end)
        act = _act_verb(toks, end) or (nxt.lower == "ra" and _act_verb(toks, end + 1))
        if end > start and not nxt.is_cap and (stop or verb or act):
            break
        if _event_after_name(toks, named_from, end):
            break
        end += 1
    if end - start >= _MAX_VENUE_TOKENS:
        if comma is None:
            return None
        end = comma  # `Nhà tưởng niệm …, thôn …, xã …, huyện …`: the venue up to its address
    while end > start + 1 and toks[end - 1].lower in {"-", "–"}:
        end -= 1  # `Câu lạc bộ Bạch Đằng - nơi …`
    return end


def _event_after_name(toks: list[Token], named_from: int, end: int) -> bool:
    """An event word right after the venue's written name starts what is told there (`tại Paris hội thảo “…”`,
    `đến trụ sở Công an TP.HCM thăm, động viên …`, `tại Nghĩa trang liệt sĩ tỉnh X Lễ truy điệu …`); right after
    the venue word (the name starts at toks[named_from], past it) it is the venue's own name (`Trung tâm Hội nghị
    Quốc gia`), as it is after a lower-case word (`Trung tâm Hội chợ Triển lãm`)."""
    return end > named_from and toks[end - 1].is_cap and bool(match_length(event_trie(), toks, end))


def _named(toks: list[Token], start: int, end: int) -> bool:
    """A capitalised word past the venue's first stands in toks[start:end]: its name is written (`tại Đức`,
    `tại tỉnh Cà Mau`), so a lower-case word after `và` starts another phrase; a name written in lower case
    after a capitalised head (`Trung tâm nghiên cứu chiến lược và quốc tế`) may still go on."""
    return any(t.is_cap for t in toks[start + 1 : end]) or (end - start == 1 and toks[start].is_cap)


def _spaced(toks: list[Token], k: int) -> bool:
    """Spaces stand on both sides of toks[k] (`Hà Nội - nơi …`), not a hyphen inside a name (`Xy-ri`)."""
    return 0 < k < len(toks) - 1 and toks[k - 1].end < toks[k].start and toks[k].end < toks[k + 1].start


def _names_place(toks: list[Token], k: int, *, numbered: bool = False) -> bool:
    """A place is named at toks[k]: a capitalised word, or a venue word and a capitalised name (`huyện Quỳnh
    Nhai`; with `numbered`, a number too: `quận 7`), not a description (`tỉnh cùng tên`)."""
    if k >= len(toks):
        return False
    word = match_length(cues()["venue_word"], toks, k)
    if toks[k].is_cap or not word or k + word >= len(toks):
        return toks[k].is_cap
    name = toks[k + word]
    return name.is_cap or (numbered and name.lower[:1].isdigit())


def _owner_follows(toks: list[Token], start: int, end: int) -> bool:
    """`của` and a capitalised name follow a bare venue word (`trụ sở của Bộ …`, `hội trường của UBND …`)."""
    if end + 1 >= len(toks) or toks[end].lower != "của" or not toks[end + 1].is_cap:
        return False
    return end > start and match_length(cues()["venue_word"], toks, start) == end - start


def _act_verb(toks: list[Token], k: int) -> bool:
    """A court's or the police's act (`xét xử`, `khởi tố`) ends a venue: `đưa vụ án … tại xã A ra xét xử`."""
    length = match_length(event_trie(), toks, k) if k < len(toks) else 0
    if not length:
        return False
    word = event_words()[" ".join(t.lower for t in toks[k : k + length])]
    return not word.noun and word.kind in _ACT_KINDS


def _abbreviation_dot(toks: list[Token], k: int) -> bool:
    """The `.` of `Tp.`, `TP.`, `H.`, `Q.` before a capitalised name: part of the venue."""
    return 0 < k < len(toks) - 1 and toks[k + 1].is_cap and match_length(cues()["abbreviation"], toks, k - 1) == 1


def _continues_venue(toks: list[Token], k: int) -> bool:
    """After a comma, `thành phố Việt Trì` goes on with the venue; `tỉnh Khánh Hòa tổ chức …` is the
    subject of the sentence."""
    if not _names_place(toks, k, numbered=True) or not match_length(cues()["venue_word"], toks, k):
        return False  # `tại Cà Mau, tỉnh địa đầu cực nam`: a description of the place, not its address
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
