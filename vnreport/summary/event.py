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

The name runs from the event word to where the purpose, the place or the time begins (`phrases.py`).
The date is the first date of the event's own sentence that is not a document's, a cut-off (`tính
đến`), an effective or birth date (an incident told of or claimed on a day, by its own day a few days before when
the next sentences give it); the organiser is read by `setting.py`, the place by `venue.py`, the people by
`people.py`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import Literal, NamedTuple

import msgspec

from vnreport import regexes
from vnreport.extract.dates.lexicon import parts_of_day
from vnreport.extract.locations import gazetteer
from vnreport.extract.locations.lexicon import NOT_A_PLACE
from vnreport.extract.names import surnames
from vnreport.extract.officials.lexicon import RoleCueRow, org_words, person_noun_genders
from vnreport.extract.organizations.lexicon import outlet_kinds
from vnreport.lexicon import PASSIVE_MARKS, PhraseMatcher, load_list, load_rows
from vnreport.report.model import DateMention, Event, Mention, Report, Sentence
from vnreport.segment.document import Document
from vnreport.spans import Spans, covers
from vnreport.summary.lead import (
    LeadSentence,
    alternation,
    cue_phrases,
    is_legal_text,
    is_round_up,
    lead_sentences,
    raw_cue_words,
)
from vnreport.summary.people import set_people
from vnreport.summary.phrases import Candidate, name_span, organiser_verb_before, skip_adverbs_back
from vnreport.summary.setting import (
    CASE_KINDS,
    body_between,
    elected_body,
    leaders_group,
    ordered_check,
    organiser,
    organiser_told_before,
    organiser_told_later,
    takes_case_steps,
)
from vnreport.summary.tasks import lexicon as task_lexicon
from vnreport.summary.tokens import Token, match_ending_at, match_length, sentence_tokens
from vnreport.summary.venue import SITTING_OPENING, first_sitting, location, venue_tokens
from vnreport.summary.vocabulary import EventWord, cues, event_trie, event_words, names_elected
from vnreport.text import fold, quotation_open

_SPAN_AFTER = regexes.compile(r"\s*[-–]\s*\d")
_SPAN_BEFORE = regexes.compile(r"\d[^\S\n]*[-–][^\S\n]*\Z")  # `(21/6/1925 - 21/6/2017)`: the span's end
_SPAN_REACH = 6  # characters before a day: the dash that joins it to the span's start
# `Sau khi đến Tokyo vào ngày 4/6, …`, `sau cuộc bầu cử … hôm 8/6`: a day in a clause opened by `sau` dates
# the happening the event follows
_AFTER_CLAUSE = regexes.compile(r"(?:\A|[.,;:!?(\n])[^\S\n]*(?i:sau)(?!\w)[^.,;:!?()\n]*\Z")
# `… cho rằng sau vụ hỏa hoạn tại London ngày 14/6 vừa qua, …`: a day after `sau vụ` inside a clause dates the
# incident (29 corpus fires, all of them the incident's day); it still makes its sentence dated, as the incident
# may be the news, but does not date an event told outside the incident's words. `vụ` in lower case only: a
# capitalised `Vụ` is a ministry's department (`sau Vụ trưởng Vụ Pháp chế …`), no incident
_AFTER_INCIDENT = regexes.compile(r"(?<!\w)(?i:sau)[^\S\n]+(?:(?i:các|những)[^\S\n]+)?vụ(?!\w)[^.,;:!?()\n]*\Z")
_CLAUSE_REACH = 120  # characters before a day: its clause
# `Trước đó, ngày 20/12/2016, Bí thư … đã có buổi làm việc …`: a sentence opened by `Trước đó` tells what came
# before the news; its day dates that, not the event (dev..dev7 and 379 corpus leads: right 11/11 where it fires)
_BEFORE_THAT = regexes.compile(r"(?:\A|[.;:!?\n])[^\S\n]*(?i:trước[^\S\n]+đó)(?!\w)[^.;:!?\n]*\Z")
_CLAUSE_MARKS = frozenset({",", ";", ":", "("})  # tokens that close the clause before a word (a dash may join a name)
_LABEL_STOPS = frozenset({".", "?", "!", "-", "–"})  # end a title's first clause that is no label (`A - B`, `A?`)
_JOINED_WORK_REACH = 5  # tokens from an inspection verb to the working session joined to it: `khảo sát thực địa và làm`
_COMPOUND_REACH = 2  # tokens an other_compound cue may start before the event word it holds
_DEMAND_REACH = 10  # tokens a demands_resignation cue may start before the act it demands (`kêu gọi <post> <name>`)
_NOWHERE = -1  # an event word's position when no event word is read yet
_OUTLET_NAME = r"[^\S\n]+[^.,;:!?\n]{1,40}?"  # the outlet's name: `Nikkei Shimbun Nhật Bản`, `NHK`
_OUTLET_REACH = 60  # characters before a day: an outlet word and its name
_REPORT_ASPECTS = ("đã", "cũng", "cũng đã")  # before an outlet's verb of reporting (`Báo X ngày 8/6 đã đưa tin`)
# where an outlet's word before its name opens its clause: after a punctuation mark or a line's start, after
# `theo` or a plural (`các kênh truyền hình X`), or capitalised (`_reported_before`: a sentence's start, also
# after a caption that lost its full stop, `Ảnh: X Tờ Y ngày …`); not inside a word (`Dự báo`, `Tình báo`); a
# capitalised one inside a place's name is `_opens_a_place`
_CLAUSE_OPENING = r"(?:\A|(?<=[.,;:!?()\n\"“”]))[^\S\n]*|(?<!\w)(?i:theo|các|những)[^\S\n]+"
# `Ngày 6-2, lãnh đạo Bộ X cho biết đơn vị đã có văn bản …`, `chiều 13/6, trao đổi với …`: the day a body or a
# person told of an act (a document, a vote, a step of a case, a check: `Tối 8-2, Bộ X cho biết, Cục Y đã thực hiện
# kiểm tra …`) whose own day the text does not give (the verbs: `told_verb` rows of summary_cues.tsv; see _told_after)
_TOLD_ACT_KINDS = frozenset({"directive", "election", "investigation", "inspection"})  # told of, not held on the day
# a step of a case that a body (no person) tells of on a day is dated by that day (`Ngày 26.6, Bộ Công an cho biết,
# cơ quan CSĐT đã phát lệnh truy nã …`, `Công an huyện X ngày 23/6 cho biết, đang tạm giữ …`: dev4, dev16): the body
# announces its own or its unit's step (`_told_by_a_person`). Not an inspection so told (the earlier reading that put
# inspection in _TOLD_ACT_KINDS: an undated check) nor a document, which keeps its own date
_TOLD_BY_BODY_KINDS = frozenset({"investigation"})
_TELLER_BEFORE_REACH = 80  # characters before a day: a person written as its teller (`Bộ trưởng A ngày 5/6 cho biết`)
# an incident told of or claimed on a day (`_incident_told_on`) is dated by the day the story gives it in the told
# sentence or the next sentences, at most a week before the telling (`Trước đó, khoảng 13h ngày 11.5, …`)
_INCIDENT_DAY_SENTENCES = 3
_INCIDENT_DAY_REACH = 7  # days
_NEW_YEAR_GAP = -365 + _INCIDENT_DAY_REACH  # days from a day to the telling, at most: a day of the year before
_MONTH_DAY = regexes.compile(r"(?P<year>\d{4}|XXXX)-(?P<month>\d\d)-(?P<day>\d\d)")
_ANY_YEAR = 2000  # a leap year: a day's place among the others when its year is unknown
_QUOTED = regexes.compile(r"“[^“”\n]*”?|\"[^\"\n]*\"?")
_OPENED_KINDS = frozenset({"exhibition", "festival", "contest"})
_LEAD_ORGANISER_SENTENCES = 2  # lead sentences that may tell the title's event with its organiser
_DELEGATION_PLAN_REACH = 10  # tokens from a delegation word to its verb group: `đoàn Thanh tra TP Hà Nội sẽ …`
_TODAY_REACH = 8  # tokens: `Baovannghe.vn - Sáng nay (30/6), … sẽ diễn ra Lễ …` tells today's event
_ACT_OBJECT_REACH = 30  # characters from an act word to the decision it issues: `phê duyệt Quyết định số …`
# tokens from the event word to the `tại <sitting>` it happens at: `thảo luận kinh tế - xã hội tại phiên họp …`;
# further on, the sitting belongs to another clause (`… nhằm xây dựng báo cáo … tại phiên họp Chính phủ`)
_AT_SITTING_REACH = 10
_NEAR_DOCUMENT = 25  # characters: `Kế hoạch số 258-KH/TU, ngày 15/7/2024` is the document's date
_NEAR_DOCUMENT_LOOK = 8  # documents starting before a date read for it: one it follows closely is among the last
_SUBJECT_GAP_WORDS = 8  # words between a subject body and its event word: `ngày 12/6 đã chính thức đưa ra`
# a visit, a reception or talks is led by people: on dev..dev5 none of their 16 events has an organiser
_LATE_LEAD_ORDER = 3  # a lead sentence this far in (0 the first body sentence) tells no paper as the news alone
_HOSTED_KINDS = frozenset({"visit", "reception", "talks"})
# gatherings a lead announces with their days as its story (`_announced_gathering`)
_ANNOUNCED_KINDS = _HOSTED_KINDS | {"conference", "congress", "festival", "exhibition", "contest"}
# gatherings held beside another (`bên lề Hội nghị X, A và B đã có cuộc gặp …`): the sideline's news, no interview
_SIDELINE_KINDS = frozenset({"meeting", "talks", "reception", "ceremony", "press_conference"})
# words after a body that do not open its verb: it is one of a list, or a possessor (`Bộ X và Bộ Y`, `của`)
_NOT_A_VERB = frozenset({"và", "của", "cùng", "với", "hoặc", "hay", "là", "bị", "được", "sẽ"})
# acts a body does: in the gold of dev..dev7, 47 of their 51 papers, cases and trials name the body that acted
_ACTED_KINDS = CASE_KINDS | {"directive"}
# `lãnh đạo UBND TP làm việc với huyện …`: leaders meet as people (the gold names no organiser), a body's
# leaders who issue a paper or hold a ceremony speak for the body
_LED_BY_PEOPLE = frozenset({"meeting", "inspection"})
_STEP_REACH = 6  # tokens before a case step read for the suit it ends (`kiện anh em của mình ra tòa`)


class _Named(NamedTuple):
    """An organisation's mention before an event word, ordered by where it ends, then by its length."""

    end: int
    length: int
    text: str


# the incident a title names: a happening of kind `other`, named by the incident noun (`Vụ nổ ở …`)
_INCIDENT = EventWord("other", noun=True, once_per_term=False)
# an act the dated lead tells with a verb of no event word (`đã bổ nhiệm`, `đã thả`): a happening of kind `other`
_ACT = EventWord("other", noun=False, once_per_term=False)
# before an incident noun: a count of incidents, or a topic verb (`giảm`, `phòng`, `chống`, `ngừa`)
_Read = list[tuple[LeadSentence, list[Candidate]]]  # the lead's sentences (captions aside), each with its event words


def build_event(doc: Document, report: Report) -> Event | None:
    """The lead story's event; None when the article reports none."""
    if is_legal_text(doc):
        return None
    lead = lead_sentences(doc)
    if is_round_up(doc, report, lead):
        return None
    masked = _masked_spans(report)
    bodies = _body_starts(report)
    # every lead sentence's event words, read once: the event and its organiser are both read from them
    read = _without_label_elections(doc, [(ls, _candidates(doc, ls, masked, bodies)) for ls in lead if not ls.caption])
    best = _main_candidate(doc, report, lead, read, masked, bodies)
    if best is None:
        # an inspection word that names a matter (`quyết định thanh tra`) is the event only when the lead tells no other
        read = _without_label_elections(
            doc, [(ls, _candidates(doc, ls, masked, bodies, matters=True)) for ls in lead if not ls.caption]
        )
        best = _main_candidate(doc, report, lead, read, masked, bodies)
    if best is None:
        return None
    event = Event(kind=best.kind)
    if best.word.noun and (best.verb_at is not None or best.toks[best.head].is_cap):
        # a name is capitalised or the object of `tổ chức`; `lễ hội của một số tỉnh` names nothing
        _set_label(event, doc, best, _label_end(best, name_span(best.toks, best.head)[0]))
    elif best.word is _ACT:
        _label_the_act(event, doc, best)
    following = _following(doc, best)
    past_caption = _following(doc, best, past_caption=True)  # the organiser's readers look past a caption
    if best.word is not _ACT:
        event.organizer = _organiser(doc, report, best, read, past_caption)
    elif best.kind == "directive":  # an act told by a verb of no event word has no holder, but a paper has an issuer
        event.organizer = _issuer_of_the_act(report, best)  # `Bộ Tài chính vừa phát đi thông báo …`
    elif best.kind == "session":  # `Bộ trưởng A đã giải trình …` before `… đại biểu Quốc hội …`: the elected body's
        event.organizer = elected_body(doc, report, best, past_caption)
    _set_date(event, doc, report, best)
    event.location = location(doc, report, best, following, event.date)
    head = best.verb_at if best.verb_at is not None else best.head
    # an act's actor is read from its sentence, a title's too (`Bộ trưởng X từ chức`), unless the title asks
    # (`Bộ trưởng X có từ chức?`: no act done)
    asked = best.order < 0 and doc.view[best.sentence.start : best.sentence.end].rstrip().endswith("?")
    set_people(
        event,
        doc,
        report,
        best.sentence if best.order >= 0 else None,
        best.toks[head].start,
        actor_sentence=None if asked else best.sentence,
    )
    # after the people: talks held within the visit the lead tells have that visit's two leaders as their sides
    # (the visitor and the host who invited), read from the visit's sentence as for a visit
    event.kind = _kind(best, read)
    return event


def _organiser(doc: Document, report: Report, best: Candidate, read: _Read, following: list[Sentence]) -> str | None:
    """The body that held the event: read from its own sentence first (and the two after it, `following`), then
    from the title, the lead, the sitting it happens at, the subject of its clause, the body that opens the lead, the
    first body it is held between, a later sentence that holds it, a lead sentence before it whose subject holds it
    (`Cục X đã tổ chức sơ kết …` before `Tại hội nghị, …`)."""
    return (
        organiser(doc, report, best, following)
        or _title_organiser(doc, report, best, read)
        or _lead_organiser(doc, report, best, read)
        or _sentence_organiser(doc, report, best, read)
        or _subject_organiser(doc, report, best)
        or _opening_body_organiser(doc, report, best, read)
        or _case_body_before(report, best)
        or body_between(report, best)
        or organiser_told_later(doc, report, best, following)
        or organiser_told_before(doc, report, best, _lead_before(doc, best, read))
    )


def _lead_before(doc: Document, best: Candidate, read: _Read) -> list[Sentence]:
    """The body sentences of the lead read before the event's own (order 0 up to the event's order)."""
    return [ls.sentence for ls, _ in read if 0 <= ls.order < best.order]


# --- the lead story and its kind ----------------------------------------------------------------------


def _kind(best: Candidate, read: _Read) -> str:
    """The kind of the chosen event word; but a visit told in the lead under a title that reports talks (`A đón,
    hội đàm với B` over `Nhận lời mời của A, B thăm chính thức …`) is those talks: the title tells the visit's
    news (README: the title's happening). Talks words: `data/summary_cues.tsv`, talks_word (`hội đàm`, `điện đàm`);
    `hội kiến`, a courtesy call the gold reads as a reception (its kind in summary_events.tsv), is left out. Over
    the 4,980 read corpus texts it fires 4 times, all talks, each with its two sides as chairs. An inspection
    joined to a working session is that meeting (`_joined_to_work`)."""
    if best.kind == "inspection" and _joined_to_work(best, read):
        return "meeting"
    if best.kind == "investigation" and _inquiry_still_open(best):
        return "other"
    if best.kind != "visit" or best.order < 0:
        return best.kind
    title = [c for ls, found in read if ls.order < 0 for c in found]
    if any(c.kind == "talks" and match_length(cues()["talks_word"], c.toks, c.head) for c in title):
        return "talks"
    return best.kind


_INQUIRY_GOING_REACH = 3  # tokens of an inquiry_going cue right before the inquiry verb (`đang tiến hành`)


def _inquiry_still_open(best: Candidate) -> bool:
    """`cơ quan chức năng đang điều tra nguyên nhân`, `X đang tiến hành điều tra`, `Điều tra nguyên nhân vụ …`: the
    inquiry verb (summary_cues.tsv, open_inquiry) told still going on (inquiry_going right before it) or looking for
    a cause (inquiry_cause right after it) is no step of a case (README: an investigation step is an arrest, a
    prosecution); the story is the incident it looks into, a dated incident of kind `other`."""
    toks, i = best.toks, best.head
    n = match_length(cues()["open_inquiry"], toks, i)
    if not n:
        return False
    if i + n < len(toks) and match_length(cues()["inquiry_cause"], toks, i + n):
        return True
    return bool(match_ending_at(cues()["inquiry_going"], toks, i, _INQUIRY_GOING_REACH))


def _joined_to_work(check: Candidate, read: _Read) -> bool:
    """`Bộ trưởng A đã có buổi thị sát và làm việc với Viện X`, `đoàn công tác … đi khảo sát thực địa và làm việc với
    tỉnh Y`: the inspection verb of the event is joined by `và` to the verb of a working session (summary_cues.tsv,
    working_session) right after it, in its clause: one working session, a meeting, as `thăm và làm việc` is one
    visit. Read after the people, as talks within a visit are: who goes to inspect and work leads it, as the leader
    of an inspection does. An inspection word a filter dropped (`kết quả kiểm tra thực tế và làm việc với …`, a
    finding's matter) is never the event, so no working session is joined to it."""
    found = next((found for ls, found in read if ls.sentence is check.sentence), [])
    work = next((c for c in found if c.head > check.head), None)
    if work is None or work.head - check.head > _JOINED_WORK_REACH:
        return False
    between = check.toks[check.head + 1 : work.head]
    return (
        any(t.lower == "và" for t in between)
        and not any(t.lower in _CLAUSE_MARKS for t in between)
        and bool(match_length(cues()["working_session"], work.toks, work.head))
    )


def _main_candidate(
    doc: Document,
    report: Report,
    lead: list[LeadSentence],
    read: _Read,
    masked: _Masked,
    bodies: dict[int, int],
) -> Candidate | None:
    """The first event word of the lead's first dated sentence; else a clear one of the first body
    sentence, of the second, of the title; else any of the first body sentence or the title."""
    lead_end = max((ls.sentence.end for ls in lead), default=0)
    # a day of what an event follows (`Sau khi đến Tokyo vào ngày 4/6, …`) does not make its sentence dated
    # nor does a day after `Trước đó` (`Trước đó, ngày 20/4, Thanh tra TP ra quyết định thanh tra …`): it dates an
    # earlier happening of the story, as it never dates the event (`_set_date`)
    lead_days = [
        d for d in _event_days(doc, report, 0, lead_end, told_at=_NOWHERE) if not _after_before_that(doc, d.start)
    ]
    days = [d.start for d in lead_days]
    per_sentence = read
    all_dated = [
        (ls, found)
        for ls, found in per_sentence
        if ls.order >= 0
        and (any(ls.sentence.start <= d < ls.sentence.end for d in days) or _opens_with_the_day(doc, ls.sentence))
    ]
    dated = all_dated[0] if all_dated else None
    if dated is not None and _interview(doc, report, dated[0].sentence, dated[1]):
        # `Chiều 29/6, phóng viên … đã phỏng vấn ông A …`: statements to a reporter, no event; but a paper an earlier
        # lead sentence tells issued (`Chủ tịch UBND TP đã có văn bản giao …` before `Trao đổi với phóng viên sáng
        # 23/6, …`) is the news the remarks follow
        return _paper_told_done(read, min(dated[0].order, _LATE_LEAD_ORDER), _issuers(report))
    if dated is not None and not dated[1] and (planned := _candidates(doc, dated[0], masked, bodies, planned=True)):
        # `Dự kiến kỳ họp … khai mạc vào ngày 22/5`: an event to come; the story is the title's event, dated
        # by the next dated sentence, or the gathering the lead announces, or none (`Ngày 7/7, đoàn Thanh tra sẽ
        # công bố …`)
        title = next((found for ls, found in per_sentence if ls.order < 0 and found), None)
        if title is None:
            return _announced_gathering(dated[0], planned)
        if not _plan_told_on_its_day(doc, dated[0].sentence, lead_days, title[0].toks):
            all_dated = all_dated[1:]
            dated = all_dated[0] if all_dated else None
    if dated is not None and dated[0].order > 0 and not any(c.word.noun for c in dated[1]):
        # `Thủ tướng vừa giao các bộ … dự toán …` over a later dated sentence (`… theo Quyết định … ngày …`): the
        # undated opening tells an order just given, the news; the later day is background or a follow-up. Not
        # when the dated sentence names a gathering (`Sáng nay (6/2), tại cuộc họp …, ông A yêu cầu …`): given there
        opening = next((found for ls, found in per_sentence if ls.order == 0), [])
        ordered = next((c for c in opening if c.word.orders and c.just_done), None)
        if ordered is not None:
            return ordered
    if dated is not None and dated[1]:
        first = next((c for c in dated[1] if c.just_done), None) or _vote_at_sitting(dated[1]) or dated[1][0]
        return None if _late_paper(doc, first, dated[0], per_sentence) else first
    by_order = {ls.order: found for ls, found in per_sentence if found}
    chosen = next((c for order in (0, 1, 2, -1) for c in by_order.get(order, []) if c.strong), None)
    if chosen is None:
        # `Sáng 13/5, tại buổi Tổng Bí thư … tiếp xúc cử tri …` after a dated teaser with no event word
        chosen = next((found[0] for _, found in all_dated[1:2] if found and _takes_place(found[0])), None)
        if chosen is not None and (dated is None or _speech_spans(doc, dated[0].sentence)):
            chosen = None  # the dated sentence before is a quotation: the story is what was said
    if chosen is None:
        if any(_interview(doc, report, ls.sentence, []) for ls in lead if 0 <= ls.order <= 1):
            return None  # `bên lề Quốc hội, các đại biểu bày tỏ …` about a topic of the title
        chosen = next((c for order in (0, -1) for c in by_order.get(order, [])), None)
    if chosen is None and dated is not None:
        chosen = _incident_of_title(doc, lead)
    if chosen is None:
        chosen = _held_in_lead(read)
    if chosen is None and dated is not None and dated[0].order == 0:
        chosen = _act_of_dated_lead(doc, report, dated[0].sentence) or _incident_of_dated_lead(doc, dated[0])
    if chosen is None and (dated is None or dated[0].order > 0):
        chosen = _act_just_done_in_lead(doc, read)
    if chosen is None and dated is not None and dated[0].order > 0:
        # `Ngày 29-6, chính quyền Iraq tuyên bố đã đánh bại …` after an undated opening (a teaser, a subheading):
        # the first dated lead sentence tells the act done, as the first sentence would
        chosen = _act_of_later_dated_lead(doc, report, dated[0])
    if chosen is None and dated is None:
        # `Vụ nổ ở nhà thi đấu X …` over an undated lead (`Cảnh sát tin rằng … đã gây ra vụ nổ …`): the title's one
        # incident is the story still (4,978 corpus articles: fires 14 times, 12 of them on that incident's story)
        chosen = _incident_of_title(doc, lead)
    if chosen is None:
        # `Văn phòng Chính phủ đã có văn bản thông báo …` as the lead's second sentence, no clear event before it
        chosen = _paper_told_done(read, _LATE_LEAD_ORDER, _issuers(report))
    if chosen is not None:
        # `Sau khi …, tại cuộc họp đoàn riêng, 100% đại biểu … đã bỏ phiếu bầu ông A …`: the vote at the sitting
        chosen = (
            next((_vote_at_sitting(found) for _, found in per_sentence if found and found[0] is chosen), None) or chosen
        )
    if chosen is not None and chosen.order < 0 and dated is not None:
        chosen.dated_by = dated[0].sentence  # the title names the event, the lead's first dated sentence dates it
    elif (
        chosen is not None
        and dated is not None
        and chosen.order > dated[0].order
        and not any(ls.order == chosen.order for ls, _ in all_dated)
        and (_takes_place(chosen) or _told_again(doc, chosen, _nearest_before(all_dated, chosen)))
    ):
        # `Sáng 1/7, Bộ … tổ chức kỷ niệm 60 năm … Tới dự … tại Lễ kỷ niệm có …`: the sentence right after
        # the dated one names the event it told without an event word of its own, and so does a later undated
        # lead sentence (`Ngày 7/2, … Viện X chính thức ra mắt … Phát biểu tại lễ ra mắt, …`), or one that refers
        # back to the event the dated one names (`Ngày 8/7, … tại Hội nghị thượng đỉnh G20 … Hội nghị cũng …`).
        # The dated sentence nearest before it dates it when several stand before (~1,500 read corpus texts: 4
        # such leads, the nearest right in 2, the same day in 1, the first right in none)
        chosen.dated_by = _nearest_before(all_dated, chosen).sentence
    elif (
        chosen is not None
        and dated is not None
        and chosen.order >= 0
        and _right_before(read, chosen, dated[0])
        and not dated[1]
        and not chosen.just_done
        and (_takes_place(chosen) or _told_again(doc, chosen, dated[0]))
    ):
        # `… tờ trình Chính phủ gửi phiên khai mạc kỳ họp thứ N. Sáng D, Phó Thủ tướng A … đọc …`: the
        # sentence right before the dated one (a photo caption between them aside) names the event the dated one
        # tells without an event word (an act told as just done, `vừa quyết định`, is dated before the next
        # sentence's day, not by it), or names it in passing when the dated one names it again (`Tuyên bố chung
        # của hội nghị G20 … Hội nghị Thượng đỉnh … vừa kết thúc ngày 8/7 …`)
        chosen.dated_by = dated[0].sentence
    return chosen


def _plan_told_on_its_day(doc: Document, sentence: Sentence, days: list[DateMention], title: list[Token]) -> bool:
    """`Thủ tướng A ngày 27/6 cam kết sẽ tiến hành cuộc điều tra …`, `Ngày 21/6, ông A nhấn mạnh … đồng thời cho biết
    sẽ tổ chức một cuộc họp báo` under a title that reports the act told (`Thủ tướng A tuyên bố điều tra …`, `Bộ
    trưởng A từ chức`): the sentence's day stands before a verb of speech (the `spoke` cues of officials_role_cues.tsv)
    that stands before its first plan (`sẽ`, `dự kiến`): the day the plan was told, the day of the title's happening,
    so it dates the title's event. Not a day of the plan itself (`Ngày 14/9, các đại biểu sẽ chất vấn …`, `Kỳ họp
    sẽ khai mạc vào ngày 22/5`, `Dự kiến ngày 22/5, …`), nor a sentence that gives the plan its own, later day
    after its first (`… cho biết, dự kiến ngày 9/8 tới sẽ xét xử`, `… cho biết, ngày 9/8 tới, TAND sẽ …`: the
    title's event is the one planned; an earlier day there, `vụ cháy … ngày 14/6`, is a past happening's), nor
    under a title that is itself a plan (`Hà Nội sẽ tổ chức lễ hội …`: an announced event, undated). Over the 4,738
    seen corpus texts it changes 3 events, 3 right (2 of them in dev5 and dev7)."""
    day = next((d for d in days if sentence.start <= d.start < sentence.end), None)
    if day is None or any(_plans(title, k) for k in range(len(title))):
        return False
    toks = sentence_tokens(doc, sentence)
    plan = next((t.start for k, t in enumerate(toks) if _plans(toks, k)), None)
    if plan is None or plan < day.end:
        return False
    if any(day.end <= d.start < sentence.end and _days_between(day, d) > 0 for d in days):
        # `… cho biết, dự kiến, ngày 9/8 tới, TAND tỉnh X sẽ đưa vụ án ra xét xử`, and written before the plan's
        # word (`… cho biết, ngày 9/8 tới, TAND tỉnh X sẽ …`): a later day after the first is the plan's own
        return False
    return _speech_verb().search(doc.view, day.end, plan) is not None


@cache
def _speech_verb() -> re.Pattern[str]:
    """A verb by which an official speaks (`cho biết`, `cam kết`, `tuyên bố`: the `spoke` cues written after the
    speaker in officials_role_cues.tsv), a word of its own. Not `_telling_verbs`: the two lists differ on purpose
    (measured round 36 over the 27 read sets). These 117 cues hold every act of speech, of which the telling list
    has 5 (`cho biết`, `cho hay`, `khẳng định`, `thừa nhận`, `xác nhận`); a plan is told by a pledge or an
    announcement (`cam kết`, `tuyên bố`), which the telling list lacks: read with it here, dev5 loses an event day
    (17 → 16 right)."""
    rows = load_rows("officials_role_cues.tsv", RoleCueRow)
    phrases = sorted({r.cue for r in rows if r.role == "spoke" and r.where == "after" and "…" not in r.cue})
    return regexes.compile(r"(?<!\w)(?i:" + alternation(phrases, space=r"[^\S\n]+") + r")(?!\w)")


def _paper_told_done(read: _Read, before: int, issuers: frozenset[int]) -> Candidate | None:
    """`Phó Thủ tướng A đã có ý kiến chỉ đạo tới …`, `Cục X (Bộ Y) đã có văn bản gửi Sở Z …`: the first directive
    verb of a paper its subject has (a paper_have cue opens it, summary_cues.tsv: `có văn bản`, `có công văn`) told
    done (an act_done cue, `đã`, right before it, adverbs aside) in a body sentence of the lead before `before`: the
    paper is the news of a lead that names no clearer event (one told as just done, `vừa có văn bản`, is already
    strong). Over the read sets' articles with no event found, the first such verb of the lead's first three body
    sentences is the gold event in 5 of 6. Its subject is a body or an official (`_issued_by_its_subject`), not
    people (`Nhiều hộ dân đã có văn bản …`, a petition) nor none (`đến nay đã có văn bản …`); the paper is the
    subject's own, not one it received (`Sở X đã có văn bản của Bộ Y`); the sentence tells no earlier happening
    (`Trước đó, …`, `Từ năm 2015, …`: other_happening, paper_background cues) and the verb stands in its main
    clause, out of quotes (`_main_clause`: not `… dù trước đó UBND huyện đã có văn bản …`). Reads each candidate's
    few tokens around it and each sentence's tokens once: linear in the lead."""
    have, done = cues()["paper_have"], cues()["act_done"]
    frames = (cues()["other_happening"], cues()["paper_background"])
    for ls, found in read:
        if not 0 <= ls.order < before or not found:
            continue
        toks = found[0].toks
        if any(match_length(frame, toks, 0) for frame in frames):
            continue
        main: list[bool] | None = None
        for c in found:
            if c.kind != "directive" or c.word.noun or not match_length(have, c.toks, c.head, whole_words=False):
                continue
            back = skip_adverbs_back(c.toks, c.head)
            if not any(match_length(done, c.toks, k) for k in range(max(0, back - 1), c.head)):
                continue
            if not _issued_by_its_subject(c.toks, back, issuers) or _received(c):
                continue
            main = main if main is not None else _main_clause(toks)
            if main[c.head]:
                return c
    return None


def _issuers(report: Report) -> frozenset[int]:
    """Where a paper's issuer may end: an organisation's mention, an official's name or title."""
    return frozenset(
        [m.end for o in report.organizations for m in o.mentions]
        + [m.end for o in report.officials for m in o.mentions]
        + [m.end for o in report.officials for t in o.titles for m in t.mentions]
    )


def _issued_by_its_subject(toks: list[Token], back: int, issuers: frozenset[int]) -> bool:
    """The words right before toks[back] (where the verb's adverbs start, `đã`) end a body's or an official's mention
    (`issuers`; past a bracket that closes one, `Cục X (Bộ Y) đã …`), or a body named by its kind (acting_body cues:
    `cơ quan chức năng đã …`), as `_act_of_a_body` reads the subject of an act."""
    if back < 1:
        return False
    if toks[back - 1].end in issuers or match_ending_at(cues()["acting_body"], toks, back, 6):
        return True
    return back >= 2 and toks[back - 1].text == ")" and toks[back - 2].end in issuers


def _received(candidate: Candidate) -> bool:
    """The paper is another's (`đã có văn bản của Bộ Y`): `của` right after its word."""
    end = candidate.word_end
    return end < len(candidate.toks) and candidate.toks[end].lower == "của"


_QUOTE_MARKS = {"“": True, "”": False}


def _main_clause(toks: list[Token]) -> list[bool]:
    """For each token, whether it stands in the sentence's main clause: out of quotes (`“ … ”`, `" … "`) and out of a
    subordinate clause (paper_subordinate cues: `dù`, `khi`), which runs to the next comma when it opens the sentence
    or follows a comma (`Khi phát hiện sai phạm, Sở X …`), else to the sentence's end (`… dù trước đó UBND huyện đã
    …`). One pass."""
    subordinate = cues()["paper_subordinate"]
    marks: list[bool] = []
    quoted = False
    clause = ""  # "" none, "comma" to the next comma, "end" to the sentence's end
    for k, tok in enumerate(toks):
        if tok.text == '"':
            quoted = not quoted
        elif tok.text in _QUOTE_MARKS:
            quoted = _QUOTE_MARKS[tok.text]
        elif tok.text == "," and clause == "comma":
            clause = ""
        elif not clause and not quoted and match_length(subordinate, toks, k):
            clause = "comma" if k == 0 or toks[k - 1].text == "," else "end"
        marks.append(not quoted and not clause)
    return marks


def _late_paper(doc: Document, chosen: Candidate, dated: LeadSentence, read: _Read) -> bool:
    """A document told only deep in the lead (`Cụ thể, ngày 2/6, Bộ X có Văn bản số …`, `Ngày 19/6, Cục Y đã gửi công
    văn …` as the fourth or fifth sentence) after a title and opening sentences that date no happening and name no
    clear event, and whose words mark commentary (summary_cues.tsv commentary: `dư luận`, `nhiều người cho rằng`,
    `Theo báo cáo …` of a statistics round-up): a paper the analysis cites as background, not the news, which a lead
    tells in its first sentences. A paper just issued (`vừa ban hành`) stays the news, and so
    does one whose opening tells an act just done in words of no event (`Sở X vừa đưa ra phương án …`): the paper
    gives that news its day."""
    if chosen.kind != "directive" or chosen.just_done or dated.order < _LATE_LEAD_ORDER:
        return False
    opening = [(ls, found) for ls, found in read if ls.order < dated.order]
    if any(c.strong for _, found in opening for c in found):
        return False
    if any(_has_cue(doc, ls.sentence, "fresh_news", unless="act_recent_time") for ls, _ in opening):
        return False
    return any(_has_cue(doc, ls.sentence, "commentary") for ls, _ in opening if ls.order >= 0)  # title aside


def _has_cue(doc: Document, sentence: Sentence, role: str, *, unless: str | None = None) -> bool:
    """A cue of `role` (summary_cues.tsv) stands in the sentence, where no cue of `unless` starts at the same word
    (`fresh_news` unless `act_recent_time`: `Sở X vừa đưa ra …` tells something just done, `Những ngày vừa qua` a
    span of time)."""
    toks = sentence_tokens(doc, sentence)
    found = cues()[role]
    other = cues()[unless] if unless is not None else None
    return any(
        match_length(found, toks, k) and not (other is not None and match_length(other, toks, k))
        for k in range(len(toks))
    )


def _nearest_before(dated: _Read, chosen: Candidate) -> LeadSentence:
    """The dated lead sentence nearest before the chosen event's (one stands before it)."""
    return max((ls for ls, _ in dated if ls.order < chosen.order), key=lambda ls: ls.order)


def _right_before(read: _Read, chosen: Candidate, dated: LeadSentence) -> bool:
    """The chosen event's sentence is the lead's text sentence right before the dated one: a photo caption between
    them (`Hội chợ lần này quy tụ … [caption] Ngày 2/6, tại Hà Nội, … khai mạc …`) is no sentence of the story."""
    orders = [ls.order for ls, _ in read]
    at = orders.index(dated.order)
    return at > 0 and orders[at - 1] == chosen.order


def _told_again(doc: Document, chosen: Candidate, dated: LeadSentence) -> bool:
    """The dated lead sentence names the chosen event again by a noun of its kind that is none of its own event
    words (inside a name, after `tại`): `Tuyên bố chung của hội nghị G20 …` before `Hội nghị Thượng đỉnh … vừa kết
    thúc ngày hôm 8/7`, `Hội nghị cũng hoan nghênh …` after `Ngày 8/7, … tại Hội nghị thượng đỉnh G20`: the same
    happening, dated by that sentence. Not an act (a paper is dated by its own date)."""
    if chosen.kind == "directive" or not chosen.word.noun:
        return False
    toks = sentence_tokens(doc, dated.sentence)
    words = event_words()
    i = 0
    while i < len(toks):
        length = match_length(event_trie(), toks, i, whole_words=False)  # `Hội nghị Thượng đỉnh` is one word
        if length:
            word = words[" ".join(t.lower for t in toks[i : i + length])]
            if word.noun and word.kind == chosen.word.kind:
                return True
        i += length or 1
    return False


# the fewest tokens (syllables) an act's label has: a lone verb of one or two syllables says only the kind
_LEAST_ACT_LABEL = 3


def _label_the_act(event: Event, doc: Document, best: Candidate) -> None:
    """`Tổng cục Thuế vừa phát đi thông báo về việc …`: an act told by a verb of no event word is labelled, as an
    event word's name is, by its clause from the verb (`phát đi thông báo về việc …`) to the clause's end, cut as a
    name is (a stop word, a comma that ends the clause, at most as many words) and without the auxiliaries it
    ends on: the label says what happened, which the kind alone does not. A verb cut off alone (`đã tiến vào …`
    stopped at `vào`, `vừa bắt đầu.`, `vừa mất tích`) says nothing the kind does not: no label then. A verb is
    one word of at most two syllables (tokens), so a label needs three."""
    end = _label_end(best, name_span(best.toks, best.head)[0])
    if end - best.head >= _LEAST_ACT_LABEL:
        _set_label(event, doc, best, end)


def _set_label(event: Event, doc: Document, best: Candidate, end: int) -> None:
    """The event's name and its mention: the text from the event word (or the act's verb) to toks[end - 1]."""
    start, stop = best.toks[best.head].start, best.toks[end - 1].end
    event.name = doc.text[start:stop]
    event.mention = Mention(text=event.name, start=start, end=stop)


def _label_end(best: Candidate, end: int) -> int:
    """The end of the event's label cut at `end`, without the auxiliaries it ends on; the event word stays."""
    toks = best.toks
    while end - 1 > best.head and match_length(cues()["label_auxiliary"], toks, end - 1, whole_words=False) == 1:
        if toks[end - 1].lower == "vừa" and toks[end - 2].lower == "và":
            break
        end -= 1
    return end


def _announced_gathering(dated: LeadSentence, planned: list[Candidate]) -> Candidate | None:
    """`Hội nghị Bộ trưởng … sẽ diễn ra tại Hà Nội từ ngày 20-21/5`, `Thủ tướng … sẽ thăm chính thức Hoa Kỳ từ ngày
    29-31/5`: the lead's first sentence announces, with its days, a gathering (`_ANNOUNCED_KINDS`) under a title
    that names no event; that gathering is the story, dated by its first day. Not a sitting, a meeting, a ceremony
    or an act to come (`sẽ … trả lời chất vấn`, `sẽ đưa lên bàn nghị sự trong cuộc họp …`, `sẽ … ký kết`): in the
    corpus these are as often a word inside someone's statement. Over the 4,948 read corpus texts it fires 6 times,
    6 right by reading (the 2 of the read sets among them); with every kind it fired 12 times, 8 right."""
    if dated.order != 0 or planned[0].kind not in _ANNOUNCED_KINDS:
        return None
    return planned[0]


def _act_of_dated_lead(doc: Document, report: Report, sentence: Sentence, order: int = 0) -> Candidate | None:
    """`Sáng nay (6-2), ông A … đã thay mặt Ban Thường vụ … công bố …`, `Tổng thống X ngày 14/5 đã bổ nhiệm …`: the
    lead sentence given (its first; a later one through `_act_of_later_dated_lead`, which passes its `order`) is
    dated by one day and tells an act done (`đã`, `vừa` before a verb) with no event word
    of the lexicon: that act is the happening (kind `other`). Not words said or an attitude (`đã bày tỏ`, `đã ca
    ngợi`, `vừa cho biết`: a statement, no event), a change of figures (`đã tăng`), a plain `đã có`, what was done
    before (`đã từng`), an act inside a quotation, nor a period's figures (`từ ngày 1-1 đến ngày 14-6, … đã giao`). The
    later sentence's guards (an aside, a receipt, a plan before the act) are not applied here: an opening
    sentence `Ngày 29/6, PV đã đến ghi nhận …` is still read as an act."""
    days = _event_days(doc, report, sentence.start, sentence.end, told_at=_NOWHERE)
    opens = (
        bool(days)
        and days[0].start - sentence.start <= _OPENING
        and not doc.text[sentence.start : days[0].start].strip()
    )
    stretch = opens and _short_stretch(days[0])
    if not days or ("/" in days[0].value and not stretch) or _interview(doc, report, sentence, []):
        return None
    toks = sentence_tokens(doc, sentence)
    speech = _speech_spans(doc, sentence)
    call = _call_after_the_day(toks, days[0], speech) if order == 0 else None
    if call is None and order == 0 and opens:
        call = _call_after_a_name(toks, days[0], speech)
    if call is not None:  # `Tổng thống A ngày 5/6 đề xuất …`: the call made that day is the happening
        return Candidate(order, sentence, toks, call, _ACT, None, "other", just_done=False)
    for k in range(len(toks) - 1):
        done = match_length(cues()["act_done"], toks, k)
        if not done or covers(speech, toks[k].start):
            continue
        at = _past_act_adverbs(toks, k + done)  # `đã chính thức lên tiếng`: the verb follows the adverb
        if order == 0 and _a_call(toks, at, speech):  # `Ngày 7/2, A và B đã kêu gọi …`
            return Candidate(order, sentence, toks, at, _ACT, None, "other", just_done=False)
        if not _an_act(toks, at):
            return None  # the first act told is words, an attitude or a change: the sentence tells no happening
        return Candidate(order, sentence, toks, at, _ACT, None, _act_kind(toks, at), just_done=False)
    return None


def _after_the_day(toks: list[Token], day: DateMention) -> int:
    """The index of the first token after the lead's day and the brackets that close it (`hôm qua (6/2)`)."""
    j = bisect_right([t.start for t in toks], day.end - 1)
    while j < len(toks) and toks[j].text == ")":
        j += 1
    return j


def _call_after_the_day(toks: list[Token], day: DateMention, speech: list[tuple[int, int]]) -> int | None:
    """`Tổng thống A ngày 5/6 đề xuất …`, `Ông A hôm qua (6/2) đã cáo buộc …`: the index of the call (an `act_call`
    cue) that stands right after the lead's day, past a closing bracket, `đã` and adverbs; else None."""
    j = _after_the_day(toks, day)
    if j < len(toks) and (done := match_length(cues()["act_done"], toks, j)):
        j += done
    at = _past_act_adverbs(toks, j)
    return at if _a_call(toks, at, speech) else None


def _call_after_a_name(toks: list[Token], day: DateMention, speech: list[tuple[int, int]]) -> int | None:
    """`Ngày 7/2, Thủ tướng Đức Angela Merkel kêu gọi …`: in a sentence opened by its day, the index of the call (an
    `act_call` cue) its opening clause tells, a name ending right before it (a capitalised word or a closing
    bracket); else None. Only the clause the day's comma opens: a later one (`Ngày 7/2, Hà Nội có mưa rét, Sở X đề
    nghị …`) tells a call of another subject, and a call after an act done (`đã`) is read with that act."""
    j = _after_the_day(toks, day)
    if j < len(toks) and toks[j].text == ",":
        j += 1  # the day's comma
    calls, done = cues()["act_call"], cues()["act_done"]
    at = None
    for k in range(max(j, 1), len(toks)):
        if toks[k].text == "," or match_length(done, toks, k):
            return None
        if match_length(calls, toks, k):
            at = k
            break
    if at is None or not (toks[at - 1].is_cap or toks[at - 1].text == ")"):
        return None
    return at if _a_call(toks, at, speech) else None


def _a_call(toks: list[Token], at: int, speech: list[tuple[int, int]]) -> bool:
    """toks[at] is a call, a proposal, an accusation or a condemnation (`kêu gọi`, `đề xuất`, `cáo buộc`: act_call
    cues) its subject makes, outside a quotation, not reported after words said (`A cho biết B đã kêu gọi …`:
    act_call_told cues before it in its sentence). Such words are an act of the day (~0.7 % of the read sets' leads,
    every one annotated as an event), unlike a statement or an attitude (`tuyên bố`, `bày tỏ`: not_an_act)."""
    if at >= len(toks) or not match_length(cues()["act_call"], toks, at) or covers(speech, toks[at].start):
        return False
    return not any(_tells(toks, k) for k in range(at))


def _tells(toks: list[Token], k: int) -> bool:
    """An act_call_told cue at toks[k] heads a verb phrase after its subject (`người phát ngôn cho biết`, `ông A
    nói`): a word stands before it, not a mark (`, trả lời báo X, …`: no subject) nor a word that makes it a noun
    (act_call_told_noun: `trong cuộc trao đổi`, `câu trả lời`), a setting, no words told."""
    if not (k and toks[k - 1].is_word and match_length(cues()["act_call_told"], toks, k)):
        return False
    return not match_ending_at(cues()["act_call_told_noun"], toks, k, max_len=1)


# days: a sentence opened by a stretch of two or three days (`Ngày 4 và 5-2, huyện đã huy động …`, `Ngày 4-5/2, …`)
# tells an act of those days, dated by its first (a bracketed stretch inside the sentence, `đã thu mẫu trong 2 ngày
# (08 - 09/5)`, is a detail of a statement)
_STRETCH_DAYS = 2
_OPENING = 3  # characters: spaces at most between the sentence's start and its opening date


def _short_stretch(date: DateMention) -> bool:
    """A stretch of two or three consecutive days (`Ngày 4 và 5-2`), not a period (`từ ngày 1-1 đến ngày 14-6`)."""
    parts = date.value.replace("XXXX", "2000").split("/")  # a leap year for a day without its year
    if len(parts) != 2 or not all(len(part) == 10 for part in parts):
        return False
    try:
        lo, hi = dt.date.fromisoformat(parts[0]), dt.date.fromisoformat(parts[1])
    except ValueError:
        return False
    return 0 < (hi - lo).days <= _STRETCH_DAYS


def _act_of_later_dated_lead(doc: Document, report: Report, dated: LeadSentence) -> Candidate | None:
    """`Ngày 29-6, chính quyền Iraq tuyên bố đã đánh bại …`, `Ngày hôm qua 7/6, hai vụ tấn công … đã xảy ra …`:
    after an undated opening (a teaser, a subheading), the lead's first dated sentence (the second one when the
    first told only a plan, `_main_candidate`) tells an act done, as a
    dated first sentence would (`_act_of_dated_lead`). Not an act in an opinion or the reporter's own step
    (`Đại biểu A cho rằng đã nắm …`, `PV … đã đến ghi nhận`: summary_cues.tsv, later_act_aside), a receipt
    (`cho biết đã nhận được …`, later_act_not), nor one after a plan the sentence tells (`… sẽ được lắp đặt … đã đi
    vào hoạt động`)."""
    found = _act_of_dated_lead(doc, report, dated.sentence, dated.order)
    if found is None:
        return None
    toks, at = found.toks, found.head
    if match_length(cues()["later_act_not"], toks, at):
        return None
    if any(_plans(toks, k) for k in range(at)) or _aside_before_act(doc, report, dated.sentence, toks, at):
        return None
    return found


def _aside_before_act(doc: Document, report: Report, sentence: Sentence, toks: list[Token], at: int) -> bool:
    """A `later_act_aside` cue before the act at toks[at] tells an opinion or the reporter's step (`Đại biểu A cho
    rằng đã nắm …`, `PV … đã đến ghi nhận`); one inside a quotation that opens the sentence or a reported
    organisation's name (`PV Gas đã thu hồi …`) does not. The cue counts anywhere before the act, not only in its
    clause: what was said often follows a comma or a parenthesis (`cho rằng, A đã …`, `khẳng định … (EU) … đã`),
    and a clause-bound check fired wrongly there (corpus: 5 changed texts, 1 right)."""
    speech = _speech_spans(doc, sentence)
    bodies = sorted(
        (m.start, m.end) for o in report.organizations for m in o.mentions if sentence.start <= m.start < sentence.end
    )
    aside = cues()["later_act_aside"]
    return any(
        match_length(aside, toks, k)
        and not covers(speech, toks[k].start)
        and not any(a <= toks[k].start < b for a, b in bodies)
        for k in range(at)
    )


def _act_just_done_in_lead(doc: Document, read: _Read) -> Candidate | None:
    """`Bộ Tài chính vừa phát đi thông báo …`, `Theo hãng tin X, các phiến quân vừa cho nổ …`: the lead's first
    sentence, undated, tells an act its subject has just done (`vừa` before a verb, `act_just_done` cues) with no
    event word of the lexicon: the act is the news (kind `other`; `directive` when it issues a paper). Not words
    said, an attitude or a change of figures (`vừa cho biết`, `vừa có ý kiến`, `vừa tăng`), an act in a quotation
    or a clause of time (`sau khi vừa …`), a pair `vừa … vừa …` (both at once, no act), nor a question; a later
    sentence's day does not date it (the act comes before the day it was told)."""
    first = next((ls for ls, found in read if ls.order == 0), None)
    if first is None or doc.text[first.sentence.start : first.sentence.end].rstrip().endswith("?"):
        return None
    toks = sentence_tokens(doc, first.sentence)
    speech = _speech_spans(doc, first.sentence)
    mark = cues()["act_just_done"]
    found = next(((k, n) for k in range(1, len(toks) - 1) if (n := match_length(mark, toks, k))), None)
    if found is None:
        return None
    k, length = found
    if covers(speech, toks[k].start) or _both_at_once(toks, k) or _in_a_source_clause(toks, k):
        return None
    if match_ending_at(cues()["act_not_subject"], toks, k) or _in_a_relative_clause(toks, k):
        return None  # `sau khi vừa ăn`, `người vừa mới tới`: a clause of time or a relative one, no act as news
    at = _past_act_adverbs(toks, k + length)
    # the segmenter may join the verb to its object (`có ý`): a word said or a plain `có` is read as a prefix
    if not _an_act(toks, at) or match_length(cues()["not_an_act"], toks, at, whole_words=False):
        return None
    kind = "directive" if _issues_a_paper(toks, at) else _act_kind(toks, at)
    return Candidate(0, first.sentence, toks, at, _ACT, None, kind, just_done=True)


def _both_at_once(toks: list[Token], k: int) -> bool:
    """`vừa cung cấp nước, vừa kinh doanh điện`, `vừa thả cá xong thì …`: the mark at toks[k] opens a pair (a second
    `vừa`, or `thì`: `act_pair_end` cues, in its clause or opening a later one), both at once or one just as the
    other, no act as news. A `vừa` of a time (`sau đợt lũ vừa qua`) or inside a later clause (`…, mà B vừa …`) is
    no second mark."""
    ends = _pair_ends()
    in_clause = True  # the pair's second mark is in the first mark's clause or opens a later one (`vừa …, vừa …`)
    for j in range(k + 1, len(toks)):
        if toks[j].text in _CLAUSE_MARKS:
            in_clause = False
        elif (in_clause or toks[j - 1].text in _CLAUSE_MARKS) and toks[j].lower in ends and not _a_time_of_vua(toks, j):
            return True
    return False


def _a_time_of_vua(toks: list[Token], j: int) -> bool:
    """toks[j] opens a time (`vừa qua`, `vừa rồi`: `act_recent_time` cues), not the second mark of a pair."""
    return bool(match_length(cues()["act_recent_time"], toks, j))


@cache
def _pair_ends() -> frozenset[str]:
    return frozenset(cue_phrases("act_pair_end"))


def _clause_start(toks: list[Token], k: int) -> int:
    """The index of the first token of toks[k]'s clause: right after the nearest `_CLAUSE_MARKS` before it, else 0."""
    j = k
    while j > 0 and toks[j - 1].text not in _CLAUSE_MARKS:
        j -= 1
    return j


def _in_a_relative_clause(toks: list[Token], k: int) -> bool:
    """`Con đường mà xã vừa làm xong đã bị sạt lở`: the mark at toks[k] is in a relative clause (an `act_relative`
    cue between it and its clause's start), whose act only names the subject of the sentence."""
    relative = cues()["act_relative"]
    return any(match_length(relative, toks, j) for j in range(_clause_start(toks, k), k))


def _in_a_source_clause(toks: list[Token], k: int) -> bool:
    """`Theo báo cáo do Bộ X vừa công bố, tỷ lệ …`: the mark at toks[k] is inside the clause that names the source
    (opened by an `act_source` cue), whose act is not the news. A name right after the cue with no comma
    (`Theo Reuters các phiến quân vừa …`) ends that clause."""
    j = _clause_start(toks, k)
    opener = match_length(cues()["act_source"], toks, j)
    if not opener:
        return False
    name_end = j + opener
    while name_end < k and toks[name_end].is_cap:
        name_end += 1
    return name_end == j + opener or name_end >= k  # no name right after the cue, or the mark is in the name


def _issues_a_paper(toks: list[Token], at: int) -> bool:
    """The act at toks[at] issues a paper (`công bố lệnh trừng phạt`, `phát đi thông báo`): its verb issues
    (`act_issue` cues; `vi phạm quy định` does not) and its object, right after the verb (a syllable or two on), is
    a paper's word (`act_paper` cues)."""
    verb = match_length(cues()["act_issue"], toks, at)
    return bool(verb) and any(
        match_length(cues()["act_paper"], toks, j, whole_words=False)
        for j in range(at + verb, min(at + verb + 3, len(toks)))
    )


def _past_act_adverbs(toks: list[Token], at: int) -> int:
    """The index of the verb after the adverbs that may stand before it (`vừa chính thức công bố`)."""
    while at < len(toks) and (adverb := match_length(cues()["act_adverb"], toks, at)):
        at += adverb
    return at


def _an_act(toks: list[Token], at: int) -> bool:
    """toks[at] is a lower-case verb that is no word said, attitude, change of figures or plain `có`."""
    if at >= len(toks) or toks[at].kind != "word" or toks[at].is_cap:
        return False
    return not match_length(cues()["not_an_act"], toks, at)


def _act_kind(toks: list[Token], at: int) -> str:
    """The kind of the event verb at toks[at] when the lexicon has one (`đã bổ nhiệm` a directive, `đã phê chuẩn` an
    election: a clause the lexicon's own readers left, its subject being a person named with a day), else `other`."""
    length = match_length(event_trie(), toks, at)
    word = event_words()[" ".join(t.lower for t in toks[at : at + length])] if length else None
    return word.kind if word is not None and not word.noun else "other"


def _held_in_lead(read: _Read) -> Candidate | None:
    """The first happening the lead's later sentences (after the first) tell clearly: a sitting where something
    is said or done, or that it follows (`Phát biểu tại lễ ra mắt, …`, `Tham dự buổi lễ có …`, `trả lời báo chí
    sau cuộc họp`). The story of a lead that names no event of its own is told from it. (A letter told as done,
    `Cục X đã có văn bản gửi Sở Y …`, was tried too: right 3/3 on the read sets, wrong on unseen text.)"""
    for ls, found in read:
        if ls.order < 1 or not found or match_length(cues()["other_happening"], found[0].toks, 0):
            continue  # `Trước đó, tại buổi họp báo …`: a happening before the news
        for candidate in found:
            if candidate.word.noun and _at_or_after_event(candidate):
                return candidate
    return None


def _at_or_after_event(candidate: Candidate) -> bool:
    """`tại buổi …`, `tham dự cuộc họp …`, `sau cuộc gặp …` right before the event noun."""
    toks, head = candidate.toks, candidate.head
    return bool(match_ending_at(cues()["at_event"], toks, head) or match_ending_at(cues()["after_event"], toks, head))


def _incident_of_title(doc: Document, lead: list[LeadSentence]) -> Candidate | None:
    """`Thủ tướng X bị thương trong tai nạn …`, `Vụ nổ ở Y …`: a title that names one incident, over a
    lead that names no event (dated or not), reports that happening (kind `other`). Not many incidents (`Nhiều vụ nổ …`,
    `hàng trăm vụ tấn công`) nor a question about one (`Vì sao vụ X … ?`): a round-up, an analysis."""
    title = next((ls for ls in lead if ls.order < 0 and not ls.caption), None)
    if title is None or doc.text[title.sentence.start : title.sentence.end].rstrip().endswith("?"):
        return None
    toks = sentence_tokens(doc, title.sentence)
    found = _first_incident(title, toks)
    if found is None or _not_one_incident(toks, found.head):
        return None
    return found


def _incident_of_dated_lead(doc: Document, dated: LeadSentence) -> Candidate | None:
    """`Ít nhất 10 người chết trong vụ tai nạn … sáng nay (2/7) …`: the lead opens dated and names one incident, with
    no event word and no act told: that incident is the happening (kind `other`). Not one it follows or frames
    (`Sau vụ nổ …`, `Liên quan đến vụ tai nạn …`: the news is what came of it), one counted or a topic, nor one in
    someone's words."""
    toks = sentence_tokens(doc, dated.sentence)
    found = _first_incident(dated, toks)
    if found is None or _not_one_incident(toks, found.head):
        return None
    if covers(_speech_spans(doc, dated.sentence), toks[found.head].start):
        return None
    return None if _framed_incident(toks, found.head, _Clauses(toks)) else found


def _first_incident(read: LeadSentence, toks: list[Token]) -> Candidate | None:
    """The first incident the sentence names (`vụ nổ`, `tai nạn`), as its happening (kind `other`)."""
    at = next((k for k in range(len(toks)) if match_length(cues()["incident_news"], toks, k)), None)
    if at is None:
        return None
    return Candidate(read.order, read.sentence, toks, at, _INCIDENT, None, "other", just_done=False)


def _framed_incident(toks: list[Token], at: int, clauses: _Clauses) -> bool:
    """The incident at toks[at] is what the clause follows or frames: `sau vụ …`, `sau khi …`, `liên quan đến …`."""
    start = clauses.start[at]
    return bool(
        match_ending_at(cues()["after_event"], toks, at)
        or clauses.prior_frame_before(at)
        or any(match_length(cues()["topic_frame"], toks, k) for k in range(start, at))
    )


def _not_one_incident(toks: list[Token], at: int) -> bool:
    """`Nhiều vụ nổ`, `hàng trăm vụ tấn công`, `3 vụ tấn công`: incidents counted; `Giảm tai nạn`, `phòng, chống
    đuối nước`: incidents as a topic, not one happening (a number before `chết đuối` counts the dead: `lớp 9 chết
    đuối`)."""
    if at == 0:
        return False
    if match_length(cues()["incident_counted"], toks, at - 1, whole_words=False) == 1:
        return True
    return toks[at].lower == "vụ" and toks[at - 1].lower[:1].isdigit()


def _opens_with_the_day(doc: Document, sentence: Sentence) -> bool:
    """`Chiều nay, Bộ trưởng … ra quyết định …`, `Mới đây, Bí thư … dẫn đầu đoàn …`: the sentence opens with the
    day of the news in words, as a dated one opens with its date (not `Trong cuộc họp báo sáng nay, …`, where
    the day belongs to a name)."""
    if _in_open_quotation(doc, sentence.start):
        return False  # `“… Hôm nay, người ta nói rất nhiều về thanh tra …”`: someone's words
    toks = sentence_tokens(doc, sentence)
    opens = [k for k in range(min(len(toks), _TODAY_REACH)) if k == 0 or toks[k - 1].lower in {",", "-", "–"}]
    return any(match_length(cues()[role], toks, k) for role in ("today", "recent_day") for k in opens)


def _in_open_quotation(doc: Document, at: int) -> bool:
    """A quotation opened earlier in the paragraph is not closed before `at`."""
    start = doc.view.rfind("\n", 0, at) + 1
    return quotation_open(doc.view[start:at])


def _title_organiser(doc: Document, report: Report, best: Candidate, read: _Read) -> str | None:
    """`Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ tỉnh X` (title) … `Hội nghị diễn ra …` (lead): the lead
    tells the event without its organiser, the title names the same kind of event with one."""
    if best.order < 0:
        return None
    for ls, words in read:
        if ls.order >= 0:
            break
        for candidate in words:
            if candidate.kind == best.kind and candidate.word.noun:
                found = organiser(doc, report, candidate)
                names = {m.text for o in report.organizations for m in o.mentions}
                return found if found in names else None  # not `Họp chuẩn bị` before `tổ chức Lễ hội …`
    return None


def _lead_organiser(doc: Document, report: Report, best: Candidate, read: _Read) -> str | None:
    """`Phiên tòa phúc thẩm vụ án …` (title) … `Sáng nay, TAND cấp cao tại Hà Nội tiếp tục phiên tòa …` (lead,
    undated): the title names the event, the lead's first sentences tell the same kind with its organiser."""
    if best.order >= 0:
        return None
    names = {m.text for o in report.organizations for m in o.mentions}
    for ls, words in read:
        if not 0 <= ls.order < _LEAD_ORGANISER_SENTENCES:
            continue
        for candidate in words:
            if candidate.kind == best.kind:
                found = organiser(doc, report, candidate)
                return found if found in names else None
    return None


def _sentence_organiser(doc: Document, report: Report, best: Candidate, read: _Read) -> str | None:
    """`Kết luận phần thảo luận … tại phiên họp Chính phủ thường kỳ …`: the event word read first names no
    body, a later noun of the same kind in its sentence, after `tại`, names the sitting it happens at with the
    body that holds it (not `… nhằm xây dựng báo cáo phục vụ phiên họp Chính phủ`, another sitting). Or after an
    organiser verb: a photo caption glued to the sentence (`Lễ khai mạc … Tối 19/5, UBND tỉnh X phối hợp với …
    tổ chức Lễ khai mạc …`) names the event first, the clause then tells who holds it (news corpus: 4 fires, 4
    right, read by hand)."""
    if best.order < 0:
        return None
    names = {m.text for o in report.organizations for m in o.mentions}
    held_asked = False  # only the first noun an organiser verb holds is asked: one reading a sentence, not a word
    named_to = name_span(best.toks, best.head)[0]  # `Lễ khai mạc Tuần …`: a verb inside the event's name holds no other
    for ls, words in read:
        if ls.sentence != best.sentence:
            continue
        for candidate in words:
            if candidate.kind != best.kind or not candidate.word.noun:
                continue
            gap = candidate.head - best.head
            at = 0 < gap <= _AT_SITTING_REACH and candidate.toks[candidate.head - 1].lower == "tại"
            held = not held_asked and gap > 0 and candidate.verb_at is not None and candidate.verb_at >= named_to
            held_asked = held_asked or held
            if at or held:
                found = organiser(doc, report, candidate)
                if found in names:
                    return found
    return None


def _subject_organiser(doc: Document, report: Report, best: Candidate) -> str | None:
    """`Ngày 3/4, Tòa án nhân dân TP. Tân Phú mở phiên xét xử …`: the body that opens the event word's
    clause is its subject, whatever the verb between (the readers above know each verb's construction; this one
    asks only the position). Not a body inside a title (`Chủ tịch Hội đồng X, chủ trì …`), nor one acted upon
    (`bị`, `được`), nor one with a person or another body between it and the event word. As an independent
    reading it is right 34 times in 34 on dev..dev5 (it fires on conferences, directives, sessions, ceremonies,
    trials, meetings a body holds)."""
    if best.order < 0 or best.kind in _HOSTED_KINDS or ordered_check(best):
        return None
    toks, head = best.toks, best.head
    bodies = sorted((m.start, m.end, m.text) for o in report.organizations for m in o.mentions)
    k = _clause_opening(toks, head, bodies)
    if best.kind not in _LED_BY_PEOPLE:
        k += match_length(cues()["leaders"], toks, k)  # `lãnh đạo Bộ X cho biết đã có văn bản …`: the body acts
    if k >= head:
        return None
    i = bisect_right(bodies, (toks[k].start, 1 << 62, ""))  # past the mentions that start there
    if i == 0 or bodies[i - 1][0] != toks[k].start:
        return None
    body = bodies[i - 1]  # the longest of those
    at = toks[head].start
    between = [t for t in toks[k:head] if t.start >= body[1]]
    if len([t for t in between if t.kind == "word"]) > _SUBJECT_GAP_WORDS or any(
        t.lower in PASSIVE_MARKS for t in between
    ):
        return None
    titles = [(m.start, m.end) for o in report.officials for t in o.titles for m in t.mentions]
    if any(a <= body[0] and body[1] <= b and (a, b) != body[:2] for a, b in titles):
        return None  # `Chủ tịch Hội đồng Quốc phòng và An ninh, chủ trì …`: the body is part of a title
    names = [m.start for o in report.officials for m in o.mentions]
    own = _own_mentions(report, body[:2])  # `Ủy ban X (CTI) của …`: its own acronym is no other body between
    if any(body[1] <= n < at for n in names) or any(body[1] <= b[0] < at and b[:2] not in own for b in bodies):
        return None
    return body[2] if takes_case_steps(best.kind, body[2]) else None


def _own_mentions(report: Report, span: tuple[int, int]) -> set[tuple[int, int]]:
    """The (start, end) of every mention of the organisation one of whose mentions spans `span`."""
    for organization in report.organizations:
        spans = {(m.start, m.end) for m in organization.mentions}
        if span in spans:
            return spans
    return set()


def _opening_body_organiser(doc: Document, report: Report, best: Candidate, read: _Read) -> str | None:
    """`Bộ X đã thành lập hội đồng kỷ luật …` (the lead's first sentence) before `Chiều nay, Bộ trưởng … ra quyết
    định …`, `Thanh tra Bộ X phạt nặng bốn công ty` (title): a paper, a case or a trial is a body's act; when no
    reading above names it, the body that opens the lead's first sentence, else the title, as the subject of its
    verb is the one that acted (4,330 corpus articles: fires 7 times, right 7). Not for happenings (a meeting, a
    conference) nor inspections, which a story tells under a body that did something else (`Lầu Năm Góc đã đạt
    được thỏa thuận …` over its minister's meeting, `Bộ X đề xuất thanh tra …`)."""
    if best.kind not in _ACTED_KINDS:
        return None
    bodies = _body_mentions_by_start(report)
    for ls, _ in sorted(((ls, w) for ls, w in read if ls.order in (-1, 0)), key=lambda lw: -lw[0].order):
        found = _body_as_opening_subject(report, sentence_tokens(doc, ls.sentence), bodies)
        if found is not None and takes_case_steps(best.kind, found[0]):
            return found[0]
    return None


def _issuer_of_the_act(report: Report, best: Candidate) -> str | None:
    """`Bộ Tài chính vừa phát đi thông báo …`, `Bộ X ngày 26-5 cho biết thực hiện …, Cục Y đã xử phạt …`: a paper
    issued by an act told with no event word of the lexicon (a `directive` act) is the act of the body that opens
    the act's sentence as the subject of its verb: the organiser of a directive is the body that issues it
    (README). Only the sentence's opening body: the act's own clause may open with a unit that acts for it (`Cục
    Y`, where the gold names `Bộ X`) or with a country, no body (`Mỹ vừa công bố lệnh trừng phạt …`). Read sets: 2
    fires, 2 right; news1000 sample: 3 fires, 3 right. An act of kind `other` (an attack, an incident) keeps none.
    Not when another body is named between the opening one and the act (`Ngân hàng X nhận được phản ánh …, sau đó
    Bộ Y vừa phát đi thông báo …`: Bộ Y issues it), unless the opening body's verb before it is one of telling
    (`report_verb` rows: `Bộ X ngày 26-5 cho biết …, Cục Y đã xử phạt …`, the Bộ's act told as its own)."""
    toks, bodies = best.toks[: best.head], _body_mentions_by_start(report)
    found = _body_as_opening_subject(report, toks, bodies)
    if found is None:
        return None
    issuer, end = found
    after = bisect_right(bodies, (end, -(1 << 62), ""))  # the mentions that start at the opening one's end or later
    other = next((start for start, _, text in itertools.islice(bodies, after, None) if text != issuer), toks[-1].end)
    if other >= toks[-1].end:
        return issuer
    told = cues()["report_verb"]
    if any(end <= t.start < other and match_length(told, toks, k) for k, t in enumerate(toks)):
        return issuer
    return None


def _body_mentions_by_start(report: Report) -> list[tuple[int, int, str]]:
    """Every organisation mention as (start, -end, text), in the order of the text, the longest first at a start:
    what `_body_as_opening_subject` looks the opening body up in."""
    return sorted((m.start, -m.end, m.text) for o in report.organizations for m in o.mentions)


def _case_body_before(report: Report, best: Candidate) -> str | None:
    """A trial or an investigation step no reading above gives a body: the police force, procuracy or court
    named nearest before the event word in its sentence, whose step the story tells (`Trưởng Công an huyện X cho
    biết, đơn vị đã … vào cuộc điều tra`, `lãnh đạo Công an tỉnh Y đã chỉ đạo … điều tra`, `Bộ Công an cho biết,
    Cơ quan CSĐT (C46) đã phát lệnh truy nã`): only such a body takes a case's steps. Not a case still going on
    (`đang điều tra`, `đang tạm giữ`): the gold tells such a story as no step of a body's (dev..dev15: 4 right of
    4 fires without `đang`, 0 of 2 with it)."""
    if best.kind not in CASE_KINDS or best.order < 0:
        return None
    toks, start, at = best.toks, best.sentence.start, best.toks[best.head].start
    before = [
        _Named(m.end, m.end - m.start, m.text) for o in report.organizations for m in o.mentions if start <= m.start
    ]
    nearest_first = sorted((m for m in before if m.end <= at), reverse=True)  # nearest first, then longest
    body = next((b for b in nearest_first if takes_case_steps(best.kind, b.text)), None)
    ongoing = cues()["ongoing"]
    if body is None or any(
        body.end <= t.start < at and match_length(ongoing, toks, k, whole_words=False) for k, t in enumerate(toks)
    ):
        return None  # an ongoing case is no step done
    return body.text


def _body_as_opening_subject(
    report: Report, toks: list[Token], bodies: list[tuple[int, int, str]]
) -> tuple[str, int] | None:
    """The body whose name opens the sentence and is followed by its verb (a lower-case word): `Bộ Y tế đã …`,
    not `Bộ Y tế và …`, `Bộ Y tế, …` nor `Bộ trưởng Bộ Y tế …` (a title opens it). Its text and the end of its
    mention (the longest that opens the sentence)."""
    if not toks:
        return None
    i = bisect_right(bodies, (toks[0].start, -(1 << 62), ""))
    if i >= len(bodies) or bodies[i][0] != toks[0].start:
        return None
    start, neg_end, text = bodies[i]  # the longest mention starting there
    after = next((t for t in toks if t.start >= -neg_end), None)
    if after is None or after.kind != "word" or after.is_cap or after.lower in _NOT_A_VERB:
        return None
    titles = [(m.start, m.end) for o in report.officials for t in o.titles for m in t.mentions]
    if any(a <= start < b for a, b in titles):
        return None
    return text, -neg_end


def _clause_opening(toks: list[Token], head: int, bodies: list[tuple[int, int, str]]) -> int:
    """Index of the first token of toks[head]'s clause: after the nearest comma, semicolon or colon before it
    that is not inside a body's name (`TP. Hà Nội` holds a dot, `Bộ Công Thương, Thương mại` none)."""
    k = head
    while k > 0:
        tok = toks[k - 1]
        if tok.lower in {",", ";", ":", ".", "!", "?"} and not _in_a_body(bodies, tok.start):
            break
        k -= 1
    return k


def _in_a_body(bodies: list[tuple[int, int, str]], pos: int) -> bool:
    """`pos` falls inside one of the bodies' mentions (sorted by start); nested mentions share a start."""
    k = bisect_right(bodies, (pos, 1 << 62, ""))
    return any(a <= pos < b for a, b, _ in bodies[max(0, k - 3) : k])


def _takes_place(candidate: Candidate) -> bool:
    """The event word tells a happening of its sentence: a verb (`tiếp xúc cử tri`, `có buổi làm việc với`),
    or a noun that is organised, chaired or attended or where something happens (`chủ trì cuộc làm việc`,
    `tại buổi …`); not one named in passing (`trước lễ kỷ niệm …`, `tiếp theo lễ nhậm chức`), nor a document."""
    if candidate.kind == "directive":
        return False
    if not candidate.word.noun or candidate.verb_at is not None:
        return True
    return bool(match_ending_at(cues()["at_event"], candidate.toks, candidate.head))


def _interview(doc: Document, report: Report, sentence: Sentence, found: list[Candidate]) -> bool:
    """The sentence tells an interview or remarks to reporters (`phóng viên … đã phỏng vấn ông A`, `trả lời
    báo chí`, `bên lề`) before any event word of its own, and nothing it says was just done (`trao đổi với
    PV, ông A cho biết UBND tỉnh vừa ra Quyết định …`), nor does a body named after the press phrase do an act
    (`trao đổi với PV, ông A cho biết, Công an quận X đã vào cuộc điều tra …`: the body's act is the news). The side
    of a gathering (`bên lề`, interview_frame cues) tells remarks unless the sentence's first event word is a
    gathering held there (`_SIDELINE_KINDS`): its own gathering is a purpose cue's, no event word, so a meeting the
    sentence reads (`Bên lề Hội nghị G20, ngày 8/7, A và B đã có cuộc gặp …`) is the sideline meeting itself; an
    order or a step of a case is what the speaker said there (`trao đổi với báo chí bên lề Hội nghị …, ông A khẳng
    định, đã … chỉ đạo Công an … điều tra`)."""
    if any(c.just_done for c in found):
        return False
    toks = sentence_tokens(doc, sentence)
    limit = found[0].head if found else len(toks)
    for k in range(limit):
        press = match_length(cues()["interview"], toks, k) or (
            0 if found and found[0].kind in _SIDELINE_KINDS else match_length(cues()["interview_frame"], toks, k)
        )
        if press:
            return not _act_of_a_body(toks, k + press, _acting_bodies(report))
    return False


def _acting_bodies(report: Report) -> frozenset[int]:
    """Where organisations' mentions end, but for those that end an official's title (`Cục trưởng Cục X, Bộ Y
    tế đã giải đáp …`: the official acts, not the body)."""
    titles = {m.end for o in report.officials for t in o.titles for m in t.mentions}
    return frozenset(m.end for o in report.organizations for m in o.mentions if m.end not in titles)


def _act_of_a_body(toks: list[Token], start: int, bodies: frozenset[int]) -> bool:
    """From toks[start] on (past the press phrase), an organisation's name or a body named by its kind
    (`acting_body` cues: `đơn vị`, `cơ quan chức năng`) stands right before `đã`/`vừa` and an
    act (`Bộ X đã có văn bản giao …`, `Công an huyện vừa bắt giữ …`): not words said, an attitude or a change
    (`Sở X đã cho biết`), a plain `có`, nor a body ending an official's title (see `_acting_bodies`)."""
    for k in range(max(start, 1), len(toks)):
        done = match_length(cues()["act_done"], toks, k)
        if not done or (toks[k - 1].end not in bodies and not match_ending_at(cues()["acting_body"], toks, k, 6)):
            continue
        verb = _past_act_adverbs(toks, k + done)
        if verb >= len(toks):
            continue
        if _has_a_paper(toks, verb) if toks[verb].lower == "có" else _an_act(toks, verb):
            return True  # a plain `có` (`đã có ý kiến`; the segmenter may join it to its object) is no act
    return False


def _has_a_paper(toks: list[Token], at: int) -> bool:
    """`có văn bản`, `có công văn`: a plain `có` whose object is a paper's word (`act_paper` cues)."""
    return (
        at + 1 < len(toks)
        and toks[at].lower == "có"
        and bool(match_length(cues()["act_paper"], toks, at + 1, whole_words=False))
    )


class _Masked(Spans):
    """Where an event word is part of a name: an organisation (`Ủy ban Kiểm tra`) or a title (`Chánh Thanh
    tra`). Containment is a bisection, a name's start or end a set lookup: a scan of every mention for every
    event word made a long lead of names and event words quadratic (hostile-input review, round 13)."""

    def __init__(
        self,
        spans: list[tuple[int, int]],
        names: frozenset[int] = frozenset(),
        bodies: list[tuple[int, int]] | None = None,
    ) -> None:
        super().__init__(spans)
        self.name_ends = names  # where an official's name ends (`Chủ tịch UBND TP.X Võ Văn A`), not masked
        # where an organisation's mention starts and ends (not a title's): the bodies a list of an order joins
        self.body_starts = frozenset(a for a, _ in bodies or ())
        self.body_ends = frozenset(b for _, b in bodies or ())
        self.start_set = frozenset(self.starts)
        self.end_set = frozenset(b for _, b in spans)
        self.first_start: dict[int, int] = {}  # where the longest name ending at each end starts
        for a, b in spans:
            self.first_start[b] = min(a, self.first_start.get(b, a))


def _masked_spans(report: Report) -> _Masked:
    bodies = [(m.start, m.end) for o in report.organizations for m in o.mentions]
    spans = bodies + [(m.start, m.end) for o in report.officials for t in o.titles for m in t.mentions]
    return _Masked(spans, frozenset(m.end for o in report.officials if o.titles for m in o.mentions), bodies)


def _body_starts(report: Report) -> dict[int, int]:
    """Where each organisation's mention starts, by where it ends (the longest one ending there)."""
    starts: dict[int, int] = {}
    for organisation in report.organizations:
        for m in organisation.mentions:
            starts[m.end] = min(m.start, starts.get(m.end, m.start))
    return starts


def _held_by_its_subject(toks: list[Token], i: int, bodies: dict[int, int]) -> bool:
    """An organisation's name opens the clause and is the subject of the event word at toks[i]: `Viện X chính
    thức ra mắt`, `Trường Đại học Y kỷ niệm 50 năm thành lập` — the body holds its own launch or anniversary, as
    it would after `tổ chức`. Not an official whose title ends with a body (`Giám đốc Sở Z phát động …`): the
    body's name does not open the clause there."""
    back = skip_adverbs_back(toks, i)
    start = bodies.get(toks[back - 1].end) if back > 0 else None
    if start is None:
        return False
    first = back - 1
    while first > 0 and toks[first - 1].end > start:
        first -= 1
    return toks[first].start == start and (first == 0 or toks[first - 1].lower in {",", ";", ":"})


def _in_other_compound(toks: list[Token], i: int) -> bool:
    """toks[i] lies inside a whole compound of the other_compound cues that starts before it (`bốc thăm`, `rút
    thăm`, `đơn vị bầu cử`): one word that names no event; `bốc` or `rút` alone before another verb leaves it an
    event, and `bầu cử` alone stays an election."""
    matcher = cues()["other_compound"]
    return any(j + match_length(matcher, toks, j) > i for j in range(max(0, i - _COMPOUND_REACH), i))


def _after_before_that(doc: Document, at: int) -> bool:
    """The day at `at` is in a sentence opened by `Trước đó` (`Trước đó, ngày 3/6, …`), within its clause's reach:
    it dates an earlier happening of the story, not the event."""
    return bool(_BEFORE_THAT.search(doc.view, max(0, at - _CLAUSE_REACH), at))


def _demanded(toks: list[Token], i: int) -> bool:
    """A demands_resignation cue (`yêu cầu`, `kêu gọi`, `đòi`, `đề nghị`) starts at most `_DEMAND_REACH` tokens
    before toks[i] in its clause (a clause mark stops the look back): the act at toks[i] is demanded, not done."""
    demand = cues()["demands_resignation"]
    j = i - 1
    while j >= max(0, i - _DEMAND_REACH) and toks[j].text not in _CLAUSE_MARKS:
        if match_length(demand, toks, j):
            return True
        j -= 1
    return False


def _candidates(
    doc: Document,
    ls: LeadSentence,
    masked: _Masked,
    bodies: dict[int, int],
    *,
    planned: bool = False,
    matters: bool = False,
) -> list[Candidate]:
    """The event words of a lead sentence, in order, with the kind each gives (with `planned`, those of an
    event planned, not yet held, too; with `matters`, an inspection word that names a matter too)."""
    toks = sentence_tokens(doc, ls.sentence)
    words = event_words()
    elected = names_elected(toks, 0, len(toks))
    venues = venue_tokens(toks)
    speech = _speech_spans(doc, ls.sentence)
    today = any(match_length(cues()["today"], toks, k) for k in range(min(len(toks), _TODAY_REACH)))
    found: list[Candidate] = []
    framed: set[int] = set()  # candidates of a clause that frames the news (`Liên quan đến vụ việc … tại lễ hội X, …`)
    before: set[int] = set()  # candidates of a clause that tells what came before or after the news (`sau khi …`)
    in_frame = False
    counted: bool | None = None  # whether the sentence counts a vote, read at the first event word that asks
    clauses = _Clauses(toks, masked)
    orders: _OrderContext | None = None  # read at the first order word, once a sentence
    i = 0
    while i < len(toks):
        if i == 0 or toks[i - 1].lower in {",", ";", ":"}:
            in_frame = any(match_length(cues()[role], toks, i) for role in ("topic_frame", "framing"))
        length = match_length(event_trie(), toks, i)
        if not length:
            i += 1
            continue
        word = words[" ".join(t.lower for t in toks[i : i + length])]
        start, end = toks[i].start, toks[i + length - 1].end
        if (
            i in venues
            or (masked.holds(start, end) and not (word.delegation and _opens_a_name(masked, start)))
            or (word.noun and _is_generic(toks, i))
            or (not word.noun and toks[i].is_cap and (i > 0 or _closes_a_name(toks, i + length)))
        ):
            i += length
            continue
        if (word.needs_elected and not elected) or (word.needs_name and not _named(toks, i, length)):
            i += length
            continue
        if word.needs_predicate and not _predicate_of_a_body(toks, i, masked, opening=ls.order <= 1, named=word.orders):
            i += length  # `quyết định bổ nhiệm …`, `về việc chỉ định …`: the matter of a document, not the act
            continue
        if word.case_step and (planned or ls.order < 0 or not _step_told(toks, i, length, word)):
            # `việc bị bắt`, `bị bắt gặp`: no step told; `bị bắt giữ`: the step word that starts next is read. A title's
            # step may be one to come (`14 cán bộ … hầu tòa` over `Sắp tới, TAND … sẽ mở phiên …`): the lead tells it;
            # a step to come is no gathering a dated lead announces (`dự kiến phải ra tòa … hôm nay`)
            i += 1
            continue
        if word.orders:
            orders = orders or _OrderContext(toks)
            if orders.not_told(toks, i, clauses.start[i], masked):
                i += length  # `Nếu được Quốc hội đồng ý`, `Tại buổi sơ kết …, ông A yêu cầu …`: no order as the news
                continue
        if (
            word.kind == "inspection"
            and not clauses.order_before(i)
            and (_aside_check(toks, i, clauses) or (not matters and _names_the_check(toks, i)))
        ):
            # `kết quả thanh tra`, `qua kiểm tra`: a finding's or a document's matter, no inspection told; `trong khi
            # kiểm tra giấy tờ, …`: a check in a clause of background, `hệ thống giám sát`: an instrument; never news
            i += length
            continue
        if word.votes and not _votes_on_a_person(toks, i, length):
            i += length  # `bầu không khí`, `Nghị quyết phê chuẩn …`: no vote told
            continue
        if _in_other_compound(toks, i):
            i += length  # `bốc thăm`: drawing lots, no visit; `đơn vị bầu cử`: a deputy's constituency, no election
            continue
        if _opined_election(word, i, clauses):
            i += length  # `A cho rằng cuộc bầu cử …`: an opinion of the election, no vote told
            continue
        if word.demandable and _demanded(toks, i):
            i += length  # `kêu gọi hiệu trưởng trường X từ chức`: a resignation demanded, not told done
            continue
        if match_ending_at(cues()["negation"], toks, skip_adverbs_back(toks, i)):
            i += length  # `vẫn chưa có thông báo`, `không ký biên bản`: it did not happen
            continue
        if match_ending_at(cues()["purpose"], toks, i):
            i += length  # `chào mừng Đại hội …`, `hướng tới Lễ kỷ niệm …`, `kể từ Lễ khởi công`: not the happening
            continue
        held_today = today and word.kind != "directive"  # `sẽ có kết luận`, even today, is a plan
        if not held_today and not planned and _planned(toks, i, word, clauses):
            i += length  # `Đại hội … sẽ diễn ra vào tháng 10`, `sẽ có kế hoạch … vận động bầu cử`: not yet a happening
            continue
        held = not word.needs_organiser or organiser_verb_before(toks, i) is not None
        if not (held or _held_by_its_subject(toks, i, bodies)) or covers(speech, start):
            i += length  # `tổ chức kỷ niệm 40 năm …` but not `những kỷ niệm`; words of a quotation
            continue
        kind = "session" if elected and (word.session_if_elected or word.needs_elected) else word.kind
        if word.needs_elected and elected and counted is None:
            counted = _vote_counted(toks)  # once a sentence: a sentence of many event words stays linear
        if word.needs_elected and elected and counted:
            # `Với 89% đại biểu tán thành, Quốc hội thông qua Nghị quyết …`: the adopted document is the news, unless
            # the vote is on persons (`thông qua Nghị quyết bầu …`; README: Votes)
            kind = "election" if _votes_on_persons(toks, i + length) else "directive"
        if word.votes:
            kind = "election"  # `HĐND tỉnh đã bầu ông A giữ chức …`: the body's vote on a person, not its sitting
        kind = _opened_kind(toks, i + length, word) or kind
        if word.bilateral and match_length(cues()["bilateral"], toks, i + length, whole_words=False):
            # `cuộc gặp riêng giữa Thủ tướng A và Thủ tướng B`: two sides' talks, not a meeting (the segmenter may
            # join the cue's last word to the next: `người đồng cấp nước B` read as `cấp nước`, water supply)
            kind = "talks"
        if word.checks and clauses.order_before(i):
            kind = "directive"  # `Chủ tịch UBND tỉnh yêu cầu Công an điều tra …`: the order is the news
        verb_at = organiser_verb_before(toks, i)
        if kind == "directive" and verb_at is not None and _holds(toks, verb_at, i):
            kind = "ceremony"  # `UBND tỉnh tổ chức công bố quyết định …`: a ceremony where a document is announced
        just_done = told_just_done(toks, skip_adverbs_back(toks, i if verb_at is None else verb_at), i)
        if kind == "session" and word.adopts and just_done:
            kind = "directive"  # `UBTVQH vừa biểu quyết thông qua đề xuất …`: the decision just made is the news
        if found and verb_at is not None and not found[-1].word.noun and found[-1].head >= verb_at:
            found.pop()  # `ký Công điện số …`: the verb's object names the event
        if found and found[-1].kind == "directive" and not found[-1].word.noun:
            previous = found[-1]
            if previous.head + match_length(event_trie(), toks, previous.head) == i:
                found.pop()  # `ra quyết định khởi tố …`: the decision's object names the event
        topic = in_frame and match_length(cues()["topic_frame"], toks, clauses.start[i])
        programme = in_frame and match_ending_at(cues()["programme"], toks, i)
        if in_frame and (kind == "visit" or framed or topic or programme):
            framed.add(len(found))  # `Trong khuôn khổ chuyến thăm chính thức làm việc tại …, chiều 11/7, … hội kiến`
        elif clauses.prior_frame_before(i):
            before.add(len(found))  # `sau khi Bộ trưởng có chỉ đạo …, sáng 14/7, Tổng cục đã gặp mặt báo chí`
        found.append(Candidate(ls.order, ls.sentence, toks, i, word, verb_at, kind, just_done))
        i += length
    keep = [k for k in range(len(found)) if k not in framed] if len(framed) < len(found) else list(range(len(found)))
    if any(_told_by_verb(found[k]) for k in keep if k not in before):
        keep = [k for k in keep if k not in before]
    found = [found[k] for k in keep]
    if any(not c.word.announces for c in found):
        found = [c for c in found if not c.word.announces]  # `công bố Quyết định kiểm tra …`: the inspection
    return _without_delegations(found)


def _opined_election(word: EventWord, i: int, clauses: _Clauses) -> bool:
    """A popular election named by its noun (`cuộc bầu cử`, `bầu cử`; not an elected body's vote, `bầu`, `phê
    chuẩn`) after an opinion verb of its sentence (`hãng tin X đăng bài cho rằng cuộc bầu cử …`, `Nhiều người dự
    đoán, trong cuộc bầu cử …`): what is said of the election, an analysis, no vote the sentence reports. An election
    told held stays its lead's (`Ngày 20-5, A đã tái đắc cử trong cuộc bầu cử …`)."""
    return _popular_election(word) and clauses.opinion_before(i)


def _popular_election(word: EventWord) -> bool:
    """An election named by its noun (`cuộc bầu cử`), not an elected body's vote on persons (`bầu`, `phê chuẩn`)."""
    return word.kind == "election" and word.noun and not word.votes


def _without_label_elections(doc: Document, read: _Read) -> _Read:
    """The title's candidates but a popular election named in its label, the words before its first colon (`Bầu cử
    Anh: Thủ tướng A thông báo …`): the campaign names the series, the title's news is after the colon; unless the
    lead tells the vote held (summary_cues.tsv vote_held: `cử tri đi bầu`, `đã bỏ phiếu`), the election itself."""
    titles = [(ls, found) for ls, found in read if ls.order < 0 and found]
    if not titles:
        return read
    if any(_has_cue(doc, ls.sentence, "vote_held") for ls, _ in read if ls.order >= 0):
        return read
    out: _Read = []
    for ls, found in read:
        if ls.order < 0 and found:
            end = _title_label_end(found[0].toks)
            found = [c for c in found if not (c.head < end and _popular_election(c.word))]
        out.append((ls, found))
    return out


def _title_label_end(toks: list[Token]) -> int:
    """Where a title's label ends: the index of the colon that closes its first clause (`Bầu cử Anh: …`), else 0."""
    for k, tok in enumerate(toks):
        if tok.lower in _CLAUSE_MARKS or tok.lower in _LABEL_STOPS:
            return k if tok.lower == ":" else 0
    return 0


def _step_told(toks: list[Token], i: int, length: int, word: EventWord) -> bool:
    """The case step at toks[i:i + length] (`bị bắt`, `ra tòa`: a case_step word of summary_events.tsv) is told as a
    happening with the suspect as its subject (`5 quan chức bị bắt hôm 24-1`, `A phải ra tòa vì …`): no step_matter
    cue right before it (`việc bị bắt`, `kiện ra tòa`, `từng bị bắt`), and, for a step_closed word, its clause closes
    right after it (a punctuation mark, the sentence's end) or a step_close cue follows (a time, a place, a cause:
    `bị bắt hôm …`, `ra tòa vì …`); `bị bắt gặp`, `người bị bắt là …`, `có phải ra tòa không` tell none; nor a suit
    brought (a step_lawsuit cue a few tokens before it in its clause: `kiện anh em ra tòa`), nor one wished, feared
    or denied (a step_wish cue there: `không muốn bị bắt`, `lo ngại bị bắt`). Reads a bounded window around the word."""
    if match_ending_at(cues()["step_matter"], toks, i):
        return False
    lawsuit, wish = cues()["step_lawsuit"], cues()["step_wish"]
    for k in range(i - 1, max(-1, i - 1 - _STEP_REACH), -1):
        if toks[k].text in _CLAUSE_MARKS:
            break
        if match_length(lawsuit, toks, k) or match_length(wish, toks, k):
            return False
    after = i + length
    if not word.step_closed or after >= len(toks) or toks[after].kind == "punct":
        return True
    return bool(match_length(cues()["step_close"], toks, after))


def _closes_a_name(toks: list[Token], k: int) -> bool:
    """A closing parenthesis at toks[k] right after a capitalised verb that opens the sentence: the verb ends a name
    whose opening was cut off (an outlet's credit `(Thanh tra) - …`), no act told."""
    return k < len(toks) and toks[k].lower == ")"


_CHECK_LIST_REACH = 3  # inspection verbs listed before one: `kiểm tra, giám sát, thanh tra`


def _names_the_check(toks: list[Token], i: int) -> bool:
    """The inspection verb at toks[i] names the matter of a finding, a document or a body (`kết quả thanh tra`, `qua
    kiểm tra`, `cơ quan giám sát`; summary_cues.tsv, names_the_check), not an inspection told."""
    back = skip_adverbs_back(toks, i)
    for _ in range(_CHECK_LIST_REACH):  # `việc kiểm tra, giám sát …`: a verb listed after one names the same matter
        if back < 2 or toks[back - 1].lower not in {",", "và"}:
            break
        listed = next((n for n in (2, 1) if back - 1 - n >= 0 and _check_at(toks, back - 1 - n, n)), 0)
        if not listed:
            break
        back = skip_adverbs_back(toks, back - 1 - listed)
    return bool(match_ending_at(cues()["names_the_check"], toks, back))


def _aside_check(toks: list[Token], i: int, clauses: _Clauses) -> bool:
    """The inspection verb at toks[i] is never the news: it modifies the noun before it (`hệ thống giám sát`, `biên
    bản kiểm tra`; summary_cues.tsv, check_modifies) or a clause of background holds it (`trong khi kiểm tra`)."""
    modified = match_ending_at(cues()["check_modifies"], toks, skip_adverbs_back(toks, i))
    return clauses.background_before(i) or bool(modified)


def _check_at(toks: list[Token], k: int, n: int) -> bool:
    """toks[k : k + n] is a whole inspection verb (`kiểm tra`, `giám sát`)."""
    if match_length(event_trie(), toks, k) != n:
        return False
    word = event_words()[" ".join(t.lower for t in toks[k : k + n])]
    return word.kind == "inspection" and not word.noun


_PERSON_VOTE_REACH = 4  # `thông qua Nghị quyết về việc bầu …`: the act opens the object's first few words


def _votes_on_persons(toks: list[Token], after: int) -> bool:
    """The object adopted right after `thông qua` is a vote on persons (`Nghị quyết bầu …`, `miễn nhiệm …`)."""
    return any(
        match_length(cues()["person_vote"], toks, k) for k in range(after, min(len(toks), after + _PERSON_VOTE_REACH))
    )


def _votes_on_a_person(toks: list[Token], i: int, length: int) -> bool:
    """`bầu ông A`, `phê chuẩn bà B làm …`, `bầu giữ chức …`, `phê chuẩn việc bổ nhiệm …`: a person or a post
    follows the vote word; not `bầu không khí`, nor a matter named (`về việc bầu …`, `Nghị quyết phê chuẩn …`)."""
    k = i + length
    if k >= len(toks) or match_ending_at(cues()["names_the_act"], toks, skip_adverbs_back(toks, i)):
        return False
    # a phrase's end need not be a word's: the segmenter joins `làm Bộ (trưởng)` into `làm bộ` (to pretend)
    return toks[k].is_cap or any(
        match_length(cues()[role], toks, k, whole_words=False) for role in ("vote_person", "vote_post")
    )


def _vote_at_sitting(found: list[Candidate]) -> Candidate | None:
    """`Sáng 2/3, tại Kỳ họp bất thường …, Quốc hội đã bầu ông A làm …`: the sitting named after `tại` is where
    the news happens; the vote told by the clause's verb is the news."""
    first = found[0]
    if not (first.word.noun and first.head > 0 and first.toks[first.head - 1].lower in {"tại", "trong"}):
        return None
    return next(
        (
            c
            for c in found[1:]
            if c.word.votes and _names_who(c.toks, c.head + match_length(event_trie(), c.toks, c.head))
        ),
        None,
    )


def _names_who(toks: list[Token], k: int) -> bool:
    """The vote word's object names the person (`bầu ông A`, `đồng chí B`, `Betsy Devos`), not only the post
    (`bầu chức danh Chủ tịch …`, an item of the sitting's agenda)."""
    return k < len(toks) and (toks[k].is_cap or bool(match_length(cues()["vote_person"], toks, k, whole_words=False)))


def _vote_counted(toks: list[Token]) -> bool:
    """The sentence counts a vote (`với đa số phiếu tán thành`, `410/442 phiếu tán thành`), not an agreement
    (`các đại biểu tán thành với …`) nor the votes against (`không tán thành`)."""
    for k in range(len(toks)):
        length = match_length(cues()["vote_tally"], toks, k)
        if length and not (k + length < len(toks) and toks[k + length].lower == "với"):
            return True
    return False


def told_just_done(toks: list[Token], back: int, i: int) -> bool:
    """The act at toks[i] is told as just done: a `just_done` cue (`vừa`, `mới`, `đã vừa`) from the word before
    `back` (where the adverbs and the verb before the act start: `vừa chính thức ban hành`, `vừa tổ chức Hội
    nghị`) up to the act. The look-back of both readers, the event words and the acts of a body."""
    just = cues()["just_done"]
    return any(match_length(just, toks, k) for k in range(max(0, back - 1), i))


def _predicate_of_a_body(toks: list[Token], i: int, masked: _Masked, *, opening: bool, named: bool = False) -> bool:
    """The act word at toks[i] is one just done (`vừa bổ nhiệm`) or, in the title or the lead's opening sentences,
    the verb of a body or an office named right before it (`Thủ tướng Chính phủ bổ nhiệm …`, `Ban Bí thư thi
    hành kỷ luật …`; deeper in the text such a clause tells background: `trước thời điểm Thủ tướng phê duyệt …`);
    never a matter named after `việc`, `quyết định`, `được` (`công bố quyết định bổ nhiệm …`, `được bổ nhiệm`)."""
    back = skip_adverbs_back(toks, i)
    decided = match_ending_at(cues()["body_decides"], toks, back)
    if decided and back > decided and toks[back - decided - 1].end in masked.end_set:
        back = skip_adverbs_back(toks, back - decided)  # `Ban Bí thư quyết định thi hành kỷ luật …`: a body decides
    elif back == 0 or match_ending_at(cues()["names_the_act"], toks, back):
        return False
    just_done = told_just_done(toks, back, i)
    if named and opening and toks[back - 1].end in masked.name_ends:
        return True  # `Chủ tịch UBND TP.X Võ Văn A đã đồng ý …`: an order of an official named with his office
    return just_done or (opening and toks[back - 1].end in masked.end_set)


class _OrderContext:
    """What an order word (`yêu cầu`, `giao`, `chấp thuận`: `orders` in summary_events.tsv) asks of its sentence,
    read once a sentence so that a sentence of many order words stays linear: the first cue that says the order
    is not told as the news (order_not_told: a condition, a time, a period, a matter), whether the sentence names
    the sitting where it was said (order_said_at, before or after it), and the
    last investigating body named at or before each token (investigating_body: its order to its units is a step of
    the inquiry, `lãnh đạo Công an tỉnh đã chỉ đạo … điều tra`)."""

    def __init__(self, toks: list[Token]) -> None:
        told = cues()["order_not_told"]
        self.first_not_told = next((k for k in range(len(toks)) if match_length(told, toks, k)), len(toks))
        said = cues()["order_said_at"]
        # a word of the sitting may join the next (`tại cuộc` + `cuộc họp`): not whole words
        self.said_at_sitting = any(match_length(said, toks, k, whole_words=False) for k in range(len(toks)))
        police = cues()["investigating_body"]
        self.last_police: list[int] = []
        last = -1
        for k in range(len(toks)):
            if match_length(police, toks, k):
                last = k
            self.last_police.append(last)

    def not_told(self, toks: list[Token], i: int, clause_start: int, masked: _Masked) -> bool:
        """The order word at toks[i] is no order told as the news: a cue of order_not_told before it in its
        sentence, a sitting where it was said in its sentence, an investigating body before it in its clause, or a
        body before it that a document owns (`quyết định của Bộ Chính trị phân công …`: the document's matter)."""
        if self.said_at_sitting or self.first_not_told < i or (i > 0 and self.last_police[i - 1] >= clause_start):
            return True
        back = skip_adverbs_back(toks, i)
        if back == 0 or (start := masked.first_start.get(toks[back - 1].end)) is None:
            return False
        j = back - 1
        while j > 0 and toks[j].start > start:
            j -= 1
        return j > 0 and toks[j - 1].lower == "của"


def _told_by_verb(candidate: Candidate) -> bool:
    """The happening is the clause's verb (`đã tiếp`, `tổ chức Hội nghị …`), not a noun named in passing (`tại
    cuộc họp báo`): it tells the news after a clause of what came before (`sau khi …, …`)."""
    return not candidate.word.noun or candidate.verb_at is not None


class _Clauses:
    """Where each token's clause starts, and the last plan (`sẽ`, `dự kiến`), the last order (`yêu cầu`, not one of
    an investigating body to its units) and the last frame of what came before (`sau khi`) at or before each token:
    read once a sentence, so that asking for every event word whether its clause holds one is linear (`thông qua`
    written thousands of times in one sentence)."""

    def __init__(self, toks: list[Token], masked: _Masked | None = None) -> None:
        self.start: list[int] = []
        self._last_plan: list[int] = []
        self._last_prior: list[int] = []
        self._last_order: list[int] = []
        self._last_background: list[int] = []
        self.first_opinion = -1  # the sentence's first opinion verb (`cho rằng`, `dự đoán`), whatever its clause
        self.vote_held = False  # the sentence tells a vote held (`đã tái đắc cử`, `cử tri … đi bầu`)
        start = last_plan = last_prior = last_order = last_background = -1
        police = False
        for k in range(len(toks)):
            joins = last_order >= start and _joins_bodies(toks, k, masked)  # an order's list of bodies goes on
            if k == 0 or (toks[k - 1].lower in {",", ";", ":"} and not joins):
                start = k
            if _plans(toks, k):
                last_plan = k
            if match_length(cues()["prior_frame"], toks, k):
                last_prior = k
            if match_length(cues()["check_background"], toks, k):
                last_background = k
            if self.first_opinion < 0 and _opinion_verb(toks, k):
                self.first_opinion = k
            if not self.vote_held and match_length(cues()["vote_held"], toks, k):
                self.vote_held = True
            if start == k:
                police = False  # an investigating body named in the clause before its first order
            if not police and last_order < start and match_length(cues()["investigating_body"], toks, k):
                police = True
            if _orders(toks, k) and not (police and last_order < start):
                last_order = k
            self.start.append(start)
            self._last_plan.append(last_plan)
            self._last_prior.append(last_prior)
            self._last_order.append(last_order)
            self._last_background.append(last_background)

    def plan_before(self, i: int) -> bool:
        """A plan starts in toks[i]'s clause, before it."""
        return i > 0 and self._last_plan[i - 1] >= self.start[i]

    def order_before(self, i: int) -> bool:
        """An order (`yêu cầu`, `chỉ đạo`) starts in toks[i]'s clause, before it."""
        return i > 0 and self._last_order[i - 1] >= self.start[i]

    def prior_frame_before(self, i: int) -> bool:
        """A frame of what came before or after the news starts in toks[i]'s clause, before it."""
        return i > 0 and self._last_prior[i - 1] >= self.start[i]

    def opinion_before(self, i: int) -> bool:
        """An opinion verb (summary_cues.tsv, opinion) stands before toks[i] in its sentence and the sentence tells
        no vote held (vote_held: `đã tái đắc cử`): what follows is said, not reported done."""
        return 0 <= self.first_opinion < i and not self.vote_held

    def background_before(self, i: int) -> bool:
        """A clause of background (`trong khi`, `sau khi`, `khi`) opens in toks[i]'s clause, before it: a check told
        there is how something was found or what came before, not the news (summary_cues.tsv, check_background)."""
        return i > 0 and self._last_background[i - 1] >= self.start[i]


def _opinion_verb(toks: list[Token], k: int) -> bool:
    """An opinion verb at toks[k] (summary_cues.tsv opinion: `cho rằng`, `dự báo`), not the same word used as a noun,
    after `theo`/`như` or before `của` (opinion_noun_before/after: `theo dự báo của giới quan sát`, `như nhận định`)."""
    n = match_length(cues()["opinion"], toks, k)
    if not n:
        return False
    if k > 0 and match_ending_at(cues()["opinion_noun_before"], toks, k):
        return False
    return not match_length(cues()["opinion_noun_after"], toks, k + n)


def _joins_bodies(toks: list[Token], k: int, masked: _Masked | None) -> bool:
    """The comma before toks[k] joins two bodies of a list (`yêu cầu Bộ Y tế, Bảo hiểm xã hội Việt Nam kiểm tra …`):
    one clause goes on, its order still reaches the verb after the list. Organisations only, and only after an
    order (the caller asks): a clause of background ending in a body (`sau khi làm việc với UBND tỉnh, Bộ trưởng
    … kiểm tra`) is not joined to the main clause that a title opens."""
    return (
        masked is not None
        and k >= 2
        and toks[k - 1].lower == ","
        and toks[k - 2].end in masked.body_ends
        and toks[k].start in masked.body_starts
    )


def _orders(toks: list[Token], k: int) -> bool:
    """An order at toks[k] (`yêu cầu`, `chỉ đạo`), not the name of a steering body (`Ban chỉ đạo`) nor an order
    told as a noun, by the task reader's words (`theo chỉ đạo`, `theo sự chỉ đạo`, `được giao`, `chỉ đạo của Bộ
    trưởng về việc kiểm tra …`: the inspection carries it out)."""
    length = match_length(cues()["order_verb"], toks, k)
    if not length:
        return False
    nouns = task_lexicon()
    if k > 0 and match_ending_at(nouns["block_before"], toks, k):
        return False
    if match_length(nouns["block_after"], toks, k + length):
        return False
    return not (k > 0 and match_length(cues()["order_noun"], toks, k - 1) > 1)


def _planned(toks: list[Token], i: int, word: EventWord, clauses: _Clauses) -> bool:
    """`sẽ`, `dự kiến` before the event word in its clause (`… sẽ có kế hoạch … vận động bầu cử`) or right
    after the name it heads (`Đại hội … sẽ diễn ra vào tháng 10`): planned, not yet a happening."""
    if clauses.plan_before(i):
        return True
    if not word.noun:
        return False
    if word.delegation:  # `đoàn Thanh tra TP Hà Nội sẽ công bố …`: the delegation's verb group
        reach = range(i + 1, min(len(toks), i + _DELEGATION_PLAN_REACH))
        return any(_plans(toks, k) for k in itertools.takewhile(lambda k: toks[k].lower not in {",", ";", ":"}, reach))
    end = min(len(toks), name_span(toks, i)[0] + 1)  # the name may run on past `sẽ diễn ra …`
    return any(_plans(toks, k) and _held_after(toks, k) for k in range(i + 1, end))


def _held_after(toks: list[Token], k: int) -> bool:
    """A verb of holding follows the plan at toks[k]: `sẽ diễn ra`, `dự kiến được tổ chức`, `sẽ khai mạc`."""
    k += match_length(cues()["planned"], toks, k)
    return k < len(toks) and bool(match_length(cues()["held_verb"], toks, k, whole_words=False))  # `diễn | ra vào`


def _plans(toks: list[Token], k: int) -> bool:
    """A plan at toks[k] (`sẽ`, `dự kiến`), not one that was (`ban đầu dự kiến`, `dự kiến ban đầu`)."""
    length = match_length(cues()["planned"], toks, k)
    if not length:
        return False
    return not (match_ending_at(cues()["plan_was"], toks, k) or match_length(cues()["plan_was"], toks, k + length))


def _holds(toks: list[Token], verb_at: int, head: int) -> bool:
    return any(match_length(cues()["holds_event"], toks, k) for k in range(verb_at, head))


def _opened_kind(toks: list[Token], k: int, word: EventWord) -> str | None:
    """`Lễ khai mạc triển lãm …`, `lễ bế mạc Lễ hội …`: the ceremony that opens or closes an exhibition, a
    festival or a contest is that event."""
    if not word.opens or k >= len(toks):
        return None
    length = match_length(event_trie(), toks, k)
    if not length:
        return None
    opened = event_words()[" ".join(t.lower for t in toks[k : k + length])]
    return opened.kind if opened.noun and opened.kind in _OPENED_KINDS else None


def _without_delegations(found: list[Candidate]) -> list[Candidate]:
    """`Đoàn công tác của Bộ Y tế … đã làm việc với …`: the delegation is the subject; the event verb after
    it in the sentence tells what happened. A subject_only delegation (`Tổ công tác`) names no event by itself, nor
    after a delegation_object word (`báo cáo với Tổ công tác … tại buổi làm việc …`), and is the verb's subject only
    as a leader's group (`Tổ công tác của Thủ tướng`): a body's (`của Bộ X`) leaves the body the subject, as before
    the word was read. One walk back over the candidates, keeping the first event verb after each."""
    kept: list[Candidate] = []
    verb: Candidate | None = None  # the first event verb after the candidate read
    for c in reversed(found):
        told = verb if c.word.delegation else None
        if not c.word.noun:
            verb = c
        if c.word.subject_only and (told is None or match_ending_at(cues()["delegation_object"], c.toks, c.head, 1)):
            continue  # `Tổ công tác` names no event by itself; `báo cáo với Tổ công tác …`: the verb is another's
        if c.word.subject_only and not leaders_group(c.toks, c.head):
            continue  # `Tổ công tác của Bộ X …`, `Tổ công tác đặc biệt …`: the body or the verb's own subject leads
        if told is None:
            kept.append(c)
        else:
            told.delegation_at = c.head  # the first delegation before the verb: set last in this walk back
    return kept[::-1]


def _speech_spans(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Quotations that open the sentence or follow a colon (`“Thấy thái độ … đoàn công tác …” – ông A nói`):
    someone's words, not the happening."""
    out = []
    for m in _QUOTED.finditer(doc.view, sentence.start, sentence.end):
        # the character before the quotation, spaces skipped: a walk back, not a copy of the sentence per quotation
        at = m.start()
        while at > sentence.start and doc.view[at - 1].isspace():
            at -= 1
        if at == sentence.start or doc.view[at - 1] == ":":
            out.append((m.start(), m.end()))
    return out


def _named(toks: list[Token], i: int, length: int) -> bool:
    """`Lễ kỷ niệm …`, `tổ chức lễ công bố …`, `lễ truy điệu …`: a name follows or the word is capitalised
    or organised; a bare `đi lễ` is worship, not an event."""
    if toks[i].is_cap or organiser_verb_before(toks, i) is not None:
        return True
    return name_span(toks, i)[0] > i + length


def _opens_a_name(masked: _Masked, start: int) -> bool:
    """A name starts with the word: `Đoàn kiểm tra số 845` is a delegation named as a body."""
    return start in masked.start_set


def _is_generic(toks: list[Token], i: int) -> bool:
    """`các diễn đàn`, `nhiều cuộc họp`: event words in general, not one event."""
    return i > 0 and match_length(cues()["generic"], toks, i - 1) == 1


def _set_date(event: Event, doc: Document, report: Report, best: Candidate) -> None:
    chosen = _event_date(doc, report, best)
    if chosen is not None:
        event.date = chosen.value.split("/")[0]  # a stay of days (`các ngày 5 và 6/7`) is dated by its first
        event.part_of_day = chosen.part_of_day
        event.time = chosen.time


def _first_sitting_day(doc: Document, report: Report, best: Candidate) -> DateMention | None:
    """`Nhận lời mời của A, B thăm cấp Nhà nước Việt Nam từ ngày 6 - 8/6. Sáng 7/6, tại Phủ Chủ tịch, A chủ trì lễ
    đón …`: the day that opens the sentence of the first sitting after a lead that only announces an invited
    visit (venue.first_sitting, where the venue is read too) dates the sitting the article tells, not the
    visit's first day."""
    toks = first_sitting(doc, best)
    if not toks:
        return None
    days = _event_days(doc, report, toks[0].start, toks[-1].end)
    if not days or days[0].start > toks[min(len(toks) - 1, SITTING_OPENING)].start:
        return None  # the next sentence does not open with its day: no sitting told apart from the visit
    return days[0]


def _event_date(doc: Document, report: Report, best: Candidate) -> DateMention | None:
    """The first day of the event's sentence that dates the happening; for a document signed or issued
    as the news (`… ký các Quyết định …`), else the date of the document that follows the verb."""
    sentence = best.dated_by or (best.sentence if best.order >= 0 else None)
    if sentence is None:
        return None
    sitting_day = _first_sitting_day(doc, report, best)
    if sitting_day is not None:
        return sitting_day
    told_at = best.toks[best.head].start if best.sentence is sentence else None
    if best.kind == "directive" and best.just_done and best.sentence is sentence:
        # `Trưa nay (10.2), ông A cho biết Chủ tịch UBND TP vừa có văn bản …`: `vừa` tells the act as done before
        # the day its sentence names (the day it was told of): only its document's own date dates it
        return _document_date(doc, report, best)
    days = _event_days(doc, report, sentence.start, sentence.end, told_at)
    own = _day_of_the_word(doc, best, days) if best.sentence is sentence and best.kind not in _TOLD_ACT_KINDS else None
    person_starts = _person_starts(report) if best.kind in _TOLD_ACT_KINDS else []
    told_by_body: DateMention | None = None
    for date in ([own] if own is not None else []) + days:
        teller = _teller_of(doc, date, person_starts, best.kind) if best.kind in _TOLD_ACT_KINDS else ""
        if teller == "person":
            continue  # the day the act was told of, not its own
        if _dates_no_happening(doc, date) or _years_before(report, date):
            continue
        if teller == "body":
            # `Ngày 26/6, Công an huyện X cho biết, ngày 20/6, đơn vị đã khởi tố …`: a day the step is given later
            # in the sentence is its own; the body's day of telling dates it only when no other day stands
            told_by_body = told_by_body or date
            continue
        if _after_before_that(doc, date.start):
            continue  # `Trước đó, ngày 3/6, đoàn công tác … đã làm việc …`: an earlier happening, not the event's day
        if best.kind == "other" and _incident_told_on(doc, report, date, told_at, sentence.end):
            return _incident_day(doc, report, sentence, date) or date
        return date
    if told_by_body is not None:
        return told_by_body
    if best.kind == "directive":
        return _document_date(doc, report, best)
    return None


def _years_before(report: Report, date: DateMention) -> bool:
    """`Kỷ niệm 70 năm ngày Bác Hồ về ATK … Ngày 20/5/1947, Bác Hồ … đã đến …`: a day whose written year lies more
    than a year before the article's is a past happening recalled, never the news (a lead dated `20/12/2016` in an
    article of 2017 may still be)."""
    year = date.value[:4]
    return report.year is not None and year.isdigit() and not date.inferred and int(year) < report.year - 1


_WORD_DAY_GAP = regexes.compile(r"[^\S\n]*(?:(?i:vào)[^\S\n]+)?\Z")


def _day_of_the_word(doc: Document, best: Candidate, days: list[DateMention]) -> DateMention | None:
    """`Cambodia Daily hôm 6/2 thông tin, Đại sứ … trong cuộc họp báo hôm 3.2 khẳng định …`, `tại buổi họp báo chiều
    19/5`: a day written right after the event word (`vào` aside) is that happening's own, whatever day the sentence
    opens with (the day it was reported or told of). Not for an act told of (`_TOLD_ACT_KINDS`: `Chiều 31/5, … công
    bố Quyết định … do Thứ trưởng ký ngày 30/5/2017`): which of its days dates it is settled elsewhere."""
    end = best.toks[min(len(best.toks), best.word_end) - 1].end
    for date in days:
        if date.start < end or not _WORD_DAY_GAP.match(doc.view, end, date.start):
            continue
        # a part of the day, an hour or `hôm` times a happening; a bare `ngày 30/5/2017` after a meeting's word is as
        # often a meeting cited by the news (`phát ngôn của ông A tại Tọa đàm ngày 30/5/2017`) as the news itself
        if date.part_of_day is not None or date.time is not None or date.text[:3].lower() == "hôm":
            return date
    return None


def _incident_told_on(doc: Document, report: Report, date: DateMention, told_at: int | None, end: int) -> bool:
    """`Chiều 10/6, ông A, Chủ tịch UBND xã X cho biết, trên địa bàn vừa xảy ra một vụ …`, `Nhóm X ngày 19/6 thừa
    nhận đã tiến hành vụ tấn công …`, `Triều Tiên hôm nay (5/7) khẳng định đã tiến hành thử …`: the day is the one an
    incident was told of as just happened (a verb of telling, then `vừa xảy ra`, `vừa phát hiện`: `incident_just`
    rows) or claimed by its author (`claim_verb` rows), not the incident's own; so is a day whose told clause writes
    the incident's own earlier day (`Ngày 1/7, UBND xã X (huyện Y, tỉnh Z) xác nhận, lũ quét … chiều 30/6`: dev12).
    The verb stands between the day and the incident's word (at `told_at`); for a title's incident, within the words
    after the day (a teller with a title or a bracketed place after a comma counts). A step told of (`cho
    biết lực lượng chức năng đã tìm được thi thể`, `thông báo đã kiểm soát được vụ cháy`: `told_step` rows) keeps
    the day, even when its told clause writes an earlier day (`… đã tìm được thi thể nạn nhân chiều 15/5`): the
    story is that step (gold README: an incident's telling is dated by the incident only when it is the news)."""
    if told_at is None:
        verb = _told_after(claims=True, titled=True).match(doc.view, date.end)
    elif told_at > date.end:
        verb = _told_between().search(doc.view, date.end, told_at)
    else:
        return False
    if verb is None:
        return False
    if " ".join(fold(verb["verb"]).split()) in cue_phrases("claim_verb"):
        return True
    if _just_happened().search(doc.view, verb.end(), end) is not None:
        return True
    return _own_day_told(doc, report, date, verb.end(), end)


def _own_day_told(doc: Document, report: Report, told: DateMention, start: int, end: int) -> bool:
    """`Ngày 1/7, UBND xã X xác nhận, lũ quét bất ngờ đổ về suối Y chiều 30/6 khiến …`: the told clause writes the
    incident's own day, in the _INCIDENT_DAY_REACH days before the day it was told of; that day is the telling's
    (_incident_day then finds the incident's own). The clause runs from the verb (`start`) to the first `,` or `;`
    outside brackets: a day after it (`…, lớn hơn trận lũ ngày 5/8`) is of another happening; so is a day with a
    word of another happening or a comparison in the _OTHER_DAY_WORDS words right before it (`told_day_other` rows:
    `hơn trận lũ ngày 5/8`, `sau ngày 5/8`, `như đêm 4/8`); such a word further back leaves the day the incident's
    (`làm sập hơn 20 ngôi nhà ở bản B chiều 8/8`, `tràn qua bản B sau mưa lớn chiều 8/8`). A step told of
    (`told_step` rows: `đã tìm được thi thể`) keeps the day of the telling."""
    clause_end = _told_clause_end(doc.view, start, end)
    if _told_step().search(doc.view, start, clause_end) is not None:
        return False
    days = _event_days(doc, report, start, clause_end, told_at=_NOWHERE)
    return any(
        _incident_own_day(doc, day, told) is not None and not _other_day_word(doc.view, start, day.start)
        for day in days
    )


_OTHER_DAY_WORDS = 2  # words before a told clause's day that a word of another happening may stand in (`trận lũ ngày`)
_OTHER_DAY_CHARS = 40  # characters looked back for them: a bounded window, whatever the clause's length


def _other_day_word(text: str, start: int, at: int) -> bool:
    """A `told_day_other` phrase (`trận`, `hơn`, `so với`) in the _OTHER_DAY_WORDS words right before `at`, not
    before the told clause's `start`: a bounded look back."""
    lo = max(start, at - _OTHER_DAY_CHARS)
    words = list(re.finditer(r"\S+", text[lo:at]))
    if not words:
        return False
    if len(words) > _OTHER_DAY_WORDS:
        lo += words[-_OTHER_DAY_WORDS].start()
    return _told_day_other().search(text, lo, at) is not None


_CLAUSE_LEAD = regexes.compile(r"[\s,:;]*")


def _told_clause_end(text: str, start: int, end: int) -> int:
    """Where the told clause after a verb of telling ends: the first `,` or `;` outside brackets after the words
    it opens with (the comma right after the verb, `xác nhận, lũ quét …`, opens it), else `end`; one pass."""
    lead = _CLAUSE_LEAD.match(text, start, end)
    depth = 0
    for i in range(lead.end() if lead is not None else start, end):
        c = text[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c in ",;" and depth == 0:
            return i
    return end


def _told_day_other() -> re.Pattern[str]:
    """A word of another happening or a comparison in a told clause (`told_day_other` rows of summary_cues.tsv)."""
    return raw_cue_words("told_day_other")


def _told_step() -> re.Pattern[str]:
    """A step taken on an incident, told of (`told_step` rows of summary_cues.tsv: `tìm được`, `khởi tố`)."""
    return raw_cue_words("told_step")


@cache
def _told_between() -> re.Pattern[str]:
    """A verb that tells or claims an incident (`cho biết`, `khẳng định`, `thừa nhận`), a word of its own."""
    return regexes.compile(r"(?<!\w)(?P<verb>(?i:" + _telling_verbs(claims=True) + r"))(?!\w)")


def _just_happened() -> re.Pattern[str]:
    """An incident told as just happened (`vừa xảy ra`, `vừa phát hiện`: `incident_just` rows of summary_cues.tsv)."""
    return raw_cue_words("incident_just")


def _telling_verbs(*, claims: bool) -> str:
    """The verbs of telling (`told_verb` rows), with `claims` those of claiming too (`claim_verb`): an alternation.
    Not `_speech_verb`'s `spoke` cues (officials_role_cues.tsv): the two lists differ on purpose (measured round 36
    over the 27 read sets). An incident's day is moved to the day it was told only by a verb that reports a fact
    (`cho biết`, `xác nhận`, `thừa nhận`, and `trao đổi với`, `đưa tin`, `đăng tải`, which the `spoke` cues lack);
    with the 117 `spoke` cues (`nhấn mạnh`, `đề nghị`, `yêu cầu` …) added here, 13 right event days are lost on 10
    sets (dev15 −3, dev6 −2, one each on dev5, 9, 10, 11, 13, 16, 21, 22)."""
    phrases = cue_phrases("told_verb") + (cue_phrases("claim_verb") if claims else [])
    return alternation(phrases, space=r"[^\S\n]+")


def _incident_day(doc: Document, report: Report, sentence: Sentence, told: DateMention) -> DateMention | None:
    """The incident's own day, when the story gives it after the day it was told of: the first day in the rest of
    the told sentence or the next _INCIDENT_DAY_SENTENCES sentences that falls in the _INCIDENT_DAY_REACH days
    before the telling (`… Trước đó, khoảng 13h-16h ngày 11.5, người dân … phát hiện …`, `Vụ thử thành công hôm
    4/7 …`). None when no such day is told: the day of the telling then stands."""
    k = bisect_right(doc.sentence_starts, sentence.start) - 1
    end = doc.sentences[min(len(doc.sentences) - 1, k + _INCIDENT_DAY_SENTENCES)].end if k >= 0 else sentence.end
    # a day in a clause opened by `sau` (`sau khi phát hiện vụ tấn công … hôm 12/5`) is of what came before
    for date in _event_days(doc, report, told.end, max(end, sentence.end), told_at=_NOWHERE):
        day = _incident_own_day(doc, date, told)
        if day is not None:
            return day
    return None


def _incident_own_day(doc: Document, date: DateMention, told: DateMention) -> DateMention | None:
    """The day `date` as an incident's own, in the _INCIDENT_DAY_REACH days before the day it was told of (`tối
    31/12` told on `2/1`: the year before's), or None: a later or far earlier day, or one that dates no happening
    (a news outlet's day of reporting)."""
    day = _year_before(date) if _days_between(date, told) <= _NEW_YEAR_GAP else date
    if 0 < _days_between(day, told) <= _INCIDENT_DAY_REACH and not _dates_no_happening(doc, date):
        return day
    return None


def _year_before(date: DateMention) -> DateMention:
    """The day a year earlier (`Sáng 2/1, … Trước đó, tối 31/12`: the last day of the year before the telling's,
    not of its year, inferred): the same day when its year is written or unknown."""
    found = _MONTH_DAY.match(date.value)
    if found is None or not found["year"].isdigit() or not date.inferred:
        return date  # a year the text writes stands
    return msgspec.structs.replace(date, value=f"{int(found['year']) - 1:04d}{date.value[4:]}")


def _days_between(first: DateMention, then: DateMention) -> int:
    """Days from one day to another (0 when either is no single day): by their years when both are written, else
    within one leap year, so that 29/2 stays a day."""
    a, b = _MONTH_DAY.match(first.value), _MONTH_DAY.match(then.value)
    if a is None or b is None:
        return 0
    known = a["year"].isdigit() and b["year"].isdigit()
    try:
        days = [dt.date(int(m["year"]) if known else _ANY_YEAR, int(m["month"]), int(m["day"])) for m in (a, b)]
    except ValueError:
        return 0
    return (days[1] - days[0]).days


def _person_starts(report: Report) -> list[int]:
    """Where the officials and people the report names are mentioned, in order."""
    starts = [m.start for o in report.officials for m in o.mentions]
    starts += [m.start for p in report.people for m in p.mentions]
    return sorted(starts)


def _teller_of(doc: Document, date: DateMention, person_starts: list[int], kind: str) -> Literal["", "person", "body"]:
    """`Ngày 6-2, lãnh đạo Bộ X cho biết …`, `Chiều 11/5 ông A, Chánh Thanh tra Sở Y cho biết …`: "person" when the
    day is the one an act was told of (`_told_after`), not its own. A teller written with a title after a comma or a
    dash is a person the report names (a mention of theirs starts before the mark), opening on a name or an
    honorific (`ông`, `bà`): a body's name with a comma (`Cơ quan CSĐT Công an quận X, TP Y cho biết, đang tạm
    giữ …`) is the body announcing its own step, and `công văn ký ngày 11/5 trả lời Z, Trưởng đoàn W cho hay` dates
    the letter. "body" when a body tells of a step of a case on the day (`_told_by_a_person`): the day dates the
    step when the sentence gives it no other; "" when the day is no telling's."""
    m = _told_after(titled=True).match(doc.view, date.end)
    if m is None:
        return ""
    if m.group("first") is None:
        if kind not in _TOLD_BY_BODY_KINDS or _told_by_a_person(doc, date, m, person_starts):
            return "person"
        return "body"
    if not (m.group("first")[:1].isupper() or _teller_honorific().match(doc.view, m.start("first"))):
        return ""
    if _own_act_after().match(doc.view, m.end()):
        return ""  # `ông A, Chánh Thanh tra Bộ X cho biết đã ký …`: the teller's own act, told as the news
    k = bisect_right(person_starts, date.end)
    return "person" if k < len(person_starts) and person_starts[k] < m.start("mark") else ""


def _told_by_a_person(doc: Document, date: DateMention, told: re.Match[str], person_starts: list[int]) -> bool:
    """After a day and a plain teller (`_told_after`): True when a person tells of the step of a case, so the day is
    the telling's, not the step's. A body tells of its own or its unit's step (`body_told_verb` rows: `cho biết`, `xác
    nhận`) when the teller, written after the day (`Ngày 26.6, Bộ Công an cho biết`) or before it (`Công an huyện X
    ngày 23/6 cho biết`), opens on a capital and no person the report names is mentioned from a little before the day
    to the verb; a teller in lower case (`lãnh đạo Bộ X`, `người phát ngôn`) is a person, and a day that opens its
    clause with no teller before the verb (`Chiều 23/6, xác nhận với báo X, ông A cho biết`) is told by the words
    after it."""
    if " ".join(fold(told["verb"]).split()) not in cue_phrases("body_told_verb"):
        return True  # `đưa tin`, `trao đổi với`: an outlet's report or a person's words
    teller = doc.view[told.start() : told.start("verb")].strip(" ,)\t")
    i = bisect_right(doc.sentence_starts, date.start) - 1
    opening = doc.sentences[i].start if i >= 0 else 0  # the day's sentence: a long title keeps its name far before
    if teller:
        if not teller[:1].isupper() or _opens_on_a_person(teller, outlets=True):
            return True
    elif not _WORD_BEFORE.search(doc.view, max(opening, date.start - _TELLER_BEFORE_REACH), date.start):
        return True
    elif _opens_on_a_person(_clause_head_before(doc, opening, date.start)):
        # `Lãnh đạo Công an huyện X ngày 23/6 cho biết`: the teller before the day opens its clause; an outlet there
        # cites the body that tells (`Báo X dẫn nguồn tin từ Cơ quan CSĐT Y ngày 5/6 cho biết`: dev16), no person
        return True
    k = bisect_right(person_starts, opening)
    return k < len(person_starts) and person_starts[k] < told.start("verb")


_TELLER_HEAD_WORDS = 8  # words of a teller read for a title, a person word or an outlet it opens on
_TELLER_HEAD_REACH = 160  # characters of a clause read for its first _TELLER_HEAD_WORDS words


def _clause_head_before(doc: Document, opening: int, end: int) -> str:
    """The first words of the clause that runs to `end`: from the last comma before `end` (at or after the sentence's
    `opening`), found by a bisect on the document's commas, reading at most _TELLER_HEAD_REACH characters (a long
    sentence with a day every few words reads a bounded head per day, not the sentence back to its start)."""
    commas = doc.comma_positions
    k = bisect_left(commas, end) - 1
    start = commas[k] + 1 if k >= 0 and commas[k] >= opening else opening
    return doc.view[start : min(end, start + _TELLER_HEAD_REACH)].strip()


def _opens_on_a_person(teller: str, *, outlets: bool = False) -> bool:
    """A capitalised teller that is a person or an outlet, not a body: it opens on a title or a rank (officials'
    title lexicons: `Trưởng Công an huyện X`, `Người phát ngôn Bộ Y`, `Thượng tá A`), a word for a person (a word
    of address, `teller_person` rows: `Lãnh đạo`, `Đại diện`), with `outlets` an outlet (`Báo X`, `VnExpress`), or a
    surname before another capitalised word (`Nguyễn Văn Hùng`)."""
    words = teller.split(maxsplit=_TELLER_HEAD_WORDS)[:_TELLER_HEAD_WORDS]
    keys = [fold(w).lower() for w in words]
    heads, outlet_heads = _teller_person_heads(), _teller_outlets() if outlets else frozenset()
    if any(" ".join(keys[:k]) in heads or " ".join(keys[:k]) in outlet_heads for k in range(1, len(keys) + 1)):
        return True
    return (
        len(words) > 1
        and words[0] in surnames()
        and words[1][:1].isupper()
        and keys[0] not in org_words()
        and keys[0] not in _org_heads()
    )


@cache
def _teller_person_heads() -> frozenset[str]:
    """The words a person's or an outlet's teller opens on, folded lower (`_opens_on_a_person`)."""
    words = [*load_list("officials_titles.txt"), *load_list("officials_ranks.txt")]
    words += [*person_noun_genders(), *cue_phrases("teller_person")]
    return frozenset(fold(w).lower() for w in words)


@cache
def _teller_outlets() -> frozenset[str]:
    """The outlets a teller written after the day may open on (`VnExpress`, `Báo X`), folded lower."""
    return frozenset(fold(w).lower() for w in [*load_list("byline_outlets.txt"), *outlet_kinds("reported")])


@cache
def _org_heads() -> frozenset[str]:
    """A body's opening word that is also a surname (`Đoàn kiểm tra …`): the officials' organisation words."""
    return frozenset(fold(w).lower() for w in org_words())


# a word (or a closing parenthesis: `Công an huyện X (tỉnh Y) ngày 23/6`) right before a day: its subject is before it
_WORD_BEFORE = regexes.compile(r"[\w)][^\S\n]*\Z")


@cache
def _teller_honorific() -> re.Pattern[str]:
    """A teller_honorific (`ông`, `bà`, `đồng chí`: one word or more) at the start of a titled teller's first word."""
    return regexes.compile(r"(?i:" + alternation(cue_phrases("teller_honorific"), space=r"[^\S\n]+") + r")(?!\w)")


@cache
def _own_act_after() -> re.Pattern[str]:
    """Right after a verb of telling: `teller_own_act` (`đã`, `vừa`) with no subject of its own (`cho biết, đã …`)."""
    acts = alternation(cue_phrases("teller_own_act"), space=r"[^\S\n]+")
    return regexes.compile(r"[^\S\n]*,?[^\S\n]*(?:(?i:rằng)[^\S\n]+)?(?i:" + acts + r")(?!\w)")


_TITLED_TELLER_WORDS = 20  # words of a teller written with its title (`ông A, Cục trưởng Cục B (Bộ C)`)


@cache
def _told_after(*, claims: bool = False, titled: bool = False) -> re.Pattern[str]:
    """After a day: at most 14 words (the teller), then a verb of telling (`cho biết`, `trao đổi với` …); with
    `claims`, also one of claiming (`thừa nhận`, `khẳng định`). With `titled`, also a person written with a title after
    a comma or a dash (`Chiều 11/5 ông A, Chánh Thanh tra Sở X cho biết`, `ông A - Cục trưởng Cục B (Thanh tra Chính
    phủ) cho biết`): at most _TITLED_TELLER_WORDS words either side of the mark, none a `teller_stop` (an aspect or a
    conjunction: then the words are a clause of the act, `cơ quan đã khởi tố vụ án, ông A cho biết`)."""
    verbs = _telling_verbs(claims=claims)
    word = r"[^\s.,;:!?]+(?:\.[^\s.,;:!?]+)*"  # `TP.HCM`, `PGS.TS`: a dot inside a word ends no clause
    teller = r"(?:[^\S\n]*\))?,?(?:[^\S\n]+" + word + r"){0,14}?[^\S\n]+"
    if titled:
        stop = alternation(cue_phrases("teller_stop"), space=r"[^\S\n]+")
        plain = r"[^\S\n]+(?!(?i:" + stop + r")(?!\w))" + word
        n = _TITLED_TELLER_WORDS
        # a name, then its title after a comma or a dash (the apposition that tells a person, not a body: `Ngày 5/3,
        # Phòng Cảnh sát X số 2 (Công an tỉnh Y) cho biết đơn vị này đã kiểm tra …` is the body announcing its act);
        # the two runs are counted apart, each bounded (a linear match at one place)
        titled_teller = (
            rf"(?:[^\S\n]*\))?,?[^\S\n]+(?P<first>{word})(?:{plain}){{0,{n}}}?(?P<mark>,|[^\S\n]+[-–](?=[^\S\n]))"
            rf"(?:{plain}){{1,{n}}}?[^\S\n]+"
        )
        teller = rf"(?:{teller}|{titled_teller})"
    return regexes.compile(teller + r"(?P<verb>(?i:" + verbs + r"))(?!\w)")


@cache
def _reported_after(use: str) -> re.Pattern[str]:
    """After a day: `, hãng tin X cho biết`, `, Đài NHK đưa tin` — a news outlet (orgs_outlet_kinds.tsv, the
    words of `use`; not `báo cáo`, a paper) and its verb of reporting (`report_verb` rows; of `use` for `lead`)."""
    verbs = _report_verbs("lead" if use == "lead" else None)
    return regexes.compile(
        r"[^\S\n]*+,?[^\S\n]*+(?P<outlet>(?i:"
        + _outlets(use)
        + r"))"
        + _OUTLET_NAME
        + r"[^\S\n]+(?i:"
        + verbs
        + r")(?!\w)"
    )


@cache
def _reported_before() -> re.Pattern[str]:
    """Before a day, up to it: a news outlet that opens its clause and its name (`Tờ Nikkei Shimbun Nhật Bản ngày
    …`, `Hãng tin MENA …`), the day's word aside; read over a window that ends at the day (its look-behind sees
    the character before the window)."""
    opening = r"(?:" + _CLAUSE_OPENING + r"|(?<!\w)(?=" + _outlets("reported", capitalised=True) + r"))"
    outlet = r"(?P<outlet>(?i:" + _outlets("reported") + r"))"
    return regexes.compile(opening + outlet + _OUTLET_NAME + _day_word() + r"[^\S\n]*\Z")


@cache
def _report_verb_after() -> re.Pattern[str]:
    """Right after a day: the verb of reporting whose subject, an outlet, stands before it (`… ngày 9/6 cho hay`,
    `… ngày 8/6 đã đưa tin`: an aspect word may come before it)."""
    aspect = r"(?:(?i:" + alternation(list(_REPORT_ASPECTS), space=r"[^\S\n]+") + r")[^\S\n]++)?"
    return regexes.compile(r"[^\S\n]*+,?[^\S\n]*+" + aspect + r"(?i:" + _report_verbs() + r")(?!\w)")


@cache
def _day_word() -> str:
    """A day's word the date's mention may leave out: `ngày`, `hôm` or a part of the day (dates_parts_of_day.tsv:
    `sáng`, `đêm`, `rạng sáng`), with the space before it; optional."""
    return r"(?:[^\S\n]+(?i:" + alternation(["ngày", "hôm", *parts_of_day()], space=r"[^\S\n]+") + r"))?"


def _outlets(use: str, *, capitalised: bool = False) -> str:
    """The words naming a news outlet read for `use` (orgs_outlet_kinds.tsv), as an alternation; `capitalised`:
    as they open a sentence (`Tờ`, `Hãng tin`), to be read case-sensitively."""
    words = [fold(word) for word in outlet_kinds(use)]
    if capitalised:
        words = [word[0].upper() + word[1:] for word in words]
    return "(?:" + alternation(words, space=r"[^\S\n]+") + r")(?![^\S\n]+cáo)(?!\w)"  # every word, not `báo cáo`


def _report_verbs(value: str | None = None) -> str:
    return alternation(cue_phrases("report_verb", value), space=r"[^\S\n]+")


@cache
def _report_day_before() -> re.Pattern[str]:
    """Right before a day: a verb whose day is a report's (`Reuters đưa tin ngày 11/6, …`; `report_day_verb` rows)."""
    verbs = alternation(cue_phrases("report_day_verb"), space=r"[^\S\n]+")
    return regexes.compile(r"(?<!\w)(?i:" + verbs + r")(?:[^\S\n]+(?i:vào))?" + _day_word() + r"[^\S\n]*\Z")


def _dates_no_happening(doc: Document, date: DateMention) -> bool:
    """A day that dates no happening, for the event's day or an incident's own: the day a news outlet reported it
    (`Báo X ngày 8/6 đã đưa tin …`)."""
    return _reported(doc, date)


def _reported(doc: Document, date: DateMention) -> bool:
    """The day a news outlet reported the happening, not its own: `Ngày 13/6, Đài NHK đưa tin …`, `Tờ X ngày
    9/6 cho hay …`, `Hãng tin X ngày 10/7 đưa tin …`, `X đưa tin ngày 11/6, …`."""
    after = _reported_after("reported").match(doc.view, date.end)
    if after is not None and not _opens_a_place(doc, after.start("outlet"), after.end("outlet")):
        return True
    window = max(0, date.start - _OUTLET_REACH)
    if _report_day_before().search(doc.view, window, date.start):
        return True
    before = _reported_before().search(doc.view, window, date.start)
    if before is None or _opens_a_place(doc, before.start("outlet"), before.end("outlet")):
        return False
    return _report_verb_after().match(doc.view, date.end) is not None


def _opens_a_place(doc: Document, start: int, end: int) -> bool:
    """`Đài Loan ngày 9/6 cho biết …`: the outlet's word [start, end) opens a place's name (the gazetteer's) that
    goes on after it: a country or a city, no outlet."""
    first = doc.token_index(start)
    length, entry = gazetteer().names.match(doc.tokens, first)
    return length > len(doc.tokens_in(start, end)) and entry != NOT_A_PLACE


def _event_days(doc: Document, report: Report, start: int, end: int, told_at: int | None = None) -> list[DateMention]:
    """The days in [start, end) that may date a happening: not a document's date, a cut-off (`tính đến
    ngày 31-12-2016`), an effective date, a deadline, a birth date or either end of an anniversary span
    (`(3/7/1957-3/7/2017)`), a day of what the event (told at `told_at`) follows (`Sau khi đến Tokyo ngày
    4/6, …`), or a holiday (`Tết Nguyên đán`)."""
    out = []
    documents = sorted((d.start, d.end) for d in report.documents)
    for date in sorted(report.dates, key=lambda d: d.start):
        if not start <= date.start < end:
            continue
        if not _is_day(date) or _near_document(documents, date, doc.text) or _SPAN_AFTER.match(doc.view, date.end):
            continue
        if told_at is not None and _follows_what_is_dated(doc, date, told_at):
            continue
        if _reported_after("lead").match(doc.view, date.end):
            continue  # a news outlet's report day
        if _SPAN_BEFORE.search(doc.view, max(0, date.start - _SPAN_REACH), date.start):
            continue  # an anniversary span's end (`92 năm … (21/6/1925 - 21/6/2017)`) dates no happening
        if _ends_with(cues()["not_event_date"], doc.tokens_in(max(0, date.start - 30), date.start)):
            continue
        if any(cues()["holiday"].length([t], 0) for t in doc.tokens_in(date.start, date.end)):
            continue  # `sau kỳ nghỉ Tết Nguyên đán, sáng 8/2, …`: a holiday frames the happening, it does not date it
        out.append(date)
    return out


def _follows_what_is_dated(doc: Document, date: DateMention, told_at: int) -> bool:
    """`Sau khi đến Tokyo vào ngày 4/6, Thủ tướng … phát biểu tại Hội nghị …`: the day is in a clause opened by
    `sau` that does not hold the event word at `told_at` (`Sau khi … tái đắc cử trong cuộc bầu cử … ngày 19/5`
    tells the event itself); also a day after `sau vụ` inside a clause (the incident's), when an event word was read."""
    window = max(0, date.start - _CLAUSE_REACH)
    clause = _AFTER_CLAUSE.search(doc.view, window, date.start)
    if clause is None and told_at != _NOWHERE:
        clause = _AFTER_INCIDENT.search(doc.view, window, date.start)
    return clause is not None and not clause.start() <= told_at < date.start


def _ends_with(matcher: PhraseMatcher[bool], toks: list[Token], max_len: int = 3) -> bool:
    """A phrase of `matcher` ends the tokens (`… từ` before `ngày 15/10/2025`), word boundaries aside:
    the segmenter may join the cue to the date's own `ngày`."""
    return any(matcher.length(toks, len(toks) - n) == n for n in range(min(max_len, len(toks)), 0, -1))


def _following(doc: Document, best: Candidate, *, past_caption: bool = False) -> list[Sentence]:
    """The two sentences after the event's, where the lead may tell the event again with its organiser or
    its place. With `past_caption`, also after an event's sentence that starts past a caption glued before
    it (`… Ảnh: Minh Anh Đây là ý kiến … tại hội nghị … Hội nghị do Bộ Y tế … tổ chức.`); the place is not
    read there yet (its reader takes `Điện Elysee sau cuộc hội đàm` for a venue)."""
    if best.order < 0:
        return []
    at = best.sentence.start
    k = next(
        (i for i, s in enumerate(doc.sentences) if s.start == at or (past_caption and s.start <= at < s.end)),
        len(doc.sentences),
    )
    return doc.sentences[k + 1 : k + 3]


def _document_date(doc: Document, report: Report, best: Candidate) -> DateMention | None:
    """The date of the first numbered document after the verb, in its sentence or the next one."""
    after = best.toks[best.head].end
    sentences = doc.sentences
    k = next((i for i, s in enumerate(sentences) if s.start == best.sentence.start), None)
    limit = sentences[k + 1].end if k is not None and k + 1 < len(sentences) else best.sentence.end
    document = next((d for d in sorted(report.documents, key=lambda d: d.start) if after <= d.start < limit), None)
    # the act's paper is its object, right after it; so is the paper an act's own words name (`vừa có văn bản truyền
    # đạt …`): a numbered document further on is one the paper cites (`… quán triệt Kết luận số 01-KL/TW ngày …`)
    its_object = best.word.needs_predicate or best.word.adopts or _names_its_paper(best)
    if document is not None and its_object and document.start - after > _ACT_OBJECT_REACH:
        # `thi hành kỷ luật ông A …, theo Quy định 181-QĐ/TW ngày …`: a rule applied, not the act's paper;
        # `vừa thông qua 3 Nghị quyết … gồm: Nghị quyết số … ngày …`: a list of papers of their own dates
        return None
    if document is None or document.date is None:
        return None
    return DateMention(text=document.text, value=document.date, start=document.start, end=document.end)


def _names_its_paper(best: Candidate) -> bool:
    """The act's own words name the unnumbered paper or instruction it issues (`có văn bản`, `gửi công văn`, `có ý
    kiến chỉ đạo`: an own_paper cue inside the event verb's phrase)."""
    if best.word.noun:
        return False
    length = match_length(event_trie(), best.toks, best.head)
    return any(match_length(cues()["own_paper"], best.toks, j) for j in range(best.head, best.head + length))


def _is_day(date: DateMention) -> bool:
    parts = date.value.split("/")
    return all(len(part) == 10 for part in parts) and date.precision in {"day", "interval"}


def _near_document(documents: list[tuple[int, int]], date: DateMention, text: str) -> bool:
    """A document's own date: it follows the document closely on the same line (a title's document does
    not date the lead's first words). `documents`: their (start, end), sorted; only the last few that start
    before the date are read, so a sentence of thousands of documents and dates stays linear (issue #11)."""
    if date.part_of_day is not None or date.time is not None:
        # `tại phiên thảo luận về dự thảo Luật X chiều 6/6`: a paper is dated by its day alone; a part of the day
        # or an hour dates a happening
        return False
    k = bisect_right(documents, (date.start, len(text) + 1))
    return any(
        d_start <= date.start <= d_end + _NEAR_DOCUMENT and "\n" not in text[d_end : date.start]
        for d_start, d_end in documents[max(0, k - _NEAR_DOCUMENT_LOOK) : k]
    )
