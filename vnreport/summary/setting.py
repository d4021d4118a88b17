"""Who held the event: the organiser, read around the event word (the place is read by `venue.py`).

The organiser is the subject of the organiser verb (`Thành ủy Hà Nội tổ chức Hội nghị …`; the first body
of `X phối hợp với Y tổ chức` or of a list), the agent of `do … tổ chức` or `được tổ chức bởi`, the
subject of an event verb (`Công an Hà Nội đã khởi tố …`, `Quốc hội thảo luận …`) or of `có`/`công bố`
before the event word (`Thành ủy đã có cuộc họp`), the body after `của` (`Phiên họp thứ 47 của Ủy ban
Thường vụ Quốc hội`) or inside the name (`Đại hội đại biểu Đảng bộ TP Cần Thơ`, `Hội nghị lần thứ 15 Ban
Chấp hành …`, `Phiên họp Chính phủ`), the elected body of a session, for a document signed as the news
the body of its signer's title (`ông A, Chủ tịch UBND tỉnh Bình Định đã ký …`), else the agent of the
sentence after it that tells the event again (`Hội thảo do Bộ X tổ chức`). A person is no organiser.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from vnreport import regexes
from vnreport.extract.documents.lexicon import KINDS
from vnreport.extract.locations.lexicon import org_head_trie
from vnreport.extract.names import title_matcher
from vnreport.extract.officials.merging import country_names
from vnreport.lexicon import PASSIVE_MARKS
from vnreport.report.model import DateMention, Event, Mention, Official, Report, Sentence, Task
from vnreport.segment.document import Document
from vnreport.summary.lead import alternation, cue_phrases, cue_words, lead_sentences
from vnreport.summary.phrases import Candidate, is_stop, name_span, organiser_verb_before, skip_adverbs_back
from vnreport.summary.tokens import Token, cue_rows, is_mark, match_ending_at, match_length
from vnreport.summary.vocabulary import EventWord, cues, event_trie, event_words, names_elected
from vnreport.text import fold, quotation_open

_MAX_ORGANISER_TOKENS = 20
_DO_REACH = 80  # tokens: `Hội nghị <long name> do <organiser> tổ chức`
_TITLE_REACH = 120  # characters
_OF_REACH = 3  # tokens after the name: `Phiên họp thứ 47 của …`
_CLAUSE_END = frozenset({".", ";", ":", "!", "?", "…"})
_LED_KINDS = frozenset({"meeting", "visit", "reception", "talks"})  # led by a person: `lãnh đạo TP làm việc với …`
_NAMED_BODY_REACH = 5  # tokens: `Thường trực Chính phủ`
_MAX_LIST = 6  # bodies in a list of organisers
_OPENING_REACH = 3  # tokens: the event word opens the sentence that tells it again (`Buổi lễ do …`)
_ELECTED_REACH = 2  # sentences before the event's: where the lead names the elected body
CASE_KINDS = frozenset({"trial", "investigation"})  # a court's or the police's act: its subject is the body
_JOINING = frozenset({"và", "cùng", "hợp"})  # `hợp`: `phối hợp`, `kết hợp`, `liên hợp` between two bodies
_BRACKET_REACH = 6  # tokens of a short name in brackets: `(GTVT)`, `(Thừa Thiên - Huế)`
_NAME_TAIL_REACH = 3  # tokens of a body's name after its short name in brackets: `(TĐ-KT) Trung ương`
_DELEGATION_REACH = 8  # tokens of a delegation's name: `đoàn kiểm tra công vụ TP`, `Đoàn giám sát số 3 của …`
# words that lead a day written between a subject and its verb: `Bộ Y tế chiều nay (5/6) đã họp`, `… hôm 8/2 …`
_TIME_LEAD = frozenset({"ngày", "hôm", "sáng", "chiều", "tối", "trưa", "đêm", "rạng", "nay", "qua", "vào", "("})
_TIME_LEAD_REACH = 4  # tokens
_TERM_WORDS = frozenset({"khóa", "khoá", "nhiệm kỳ"})  # `Quốc hội khóa XV`: the body's term after its name
# after a bare head: more bodies listed (`của Sở, ngành`, `của Bộ và địa phương`), not one named again
_LIST_GOES_ON = frozenset({",", "và"})
# a bare head read as the body in general, not one named before it (`của Đảng`: the Communist Party)
_GENERAL_HEADS = frozenset({"đảng"})
# a paper or a case a leader orders: `Chủ tịch UBND tỉnh X yêu cầu Công an …` is the body's act
_ISSUED_KINDS = frozenset({"directive", "investigation"})
_BETWEEN_REACH = 6  # tokens from the event word to `giữa`: `hội nghị giao ban sáng 6/2 giữa UBND TP với …`
# who meets with whom as equals: the sides of talks, a visit or a reception hold nothing between them
_BETWEEN_KINDS = frozenset({"meeting", "conference"})


# an organiser as read, with the construction that read it (`verb_subject`, `do_agent`, `body_in_name` …):
# `benchmarks/organiser_sources.py` counts each construction's right and wrong over the gold sets
Read = tuple[str, str]


def organiser(doc: Document, report: Report, best: Candidate, following: Sequence[Sentence] = ()) -> str | None:
    """Who held the event, as written (an organisation's name, or `tỉnh Khánh Hòa` as the subject); else
    the agent of the sentence after it that tells the event again (`Hội thảo do Bộ X tổ chức …`)."""
    found = read_organiser(doc, report, best, following)
    return found[0] if found else None


def read_organiser(doc: Document, report: Report, best: Candidate, following: Sequence[Sentence] = ()) -> Read | None:
    """The organiser with the construction that read it. A session is an elected body's, and so is its vote on
    a person (`bỏ phiếu bầu ông A`): when the body read is none (`thừa ủy quyền của Thủ tướng Chính phủ`), the
    elected body the story names."""
    found = _organiser(doc, report, best, following)
    if (best.kind != "session" and not best.word.votes) or (found and _is_elected(doc, found[0])):
        return found
    elected = elected_body(doc, report, best, following)
    if elected is None and best.kind == "session" and not found:
        elected = elected_in_text(doc, report)  # `Tại phiên chất vấn chiều nay, các đại biểu …` … `Chủ tịch QH …`
    return (elected, "elected_body") if elected else found


def ordered_check(best: Candidate) -> bool:
    """`Thủ tướng yêu cầu Bộ Y tế, Bảo hiểm xã hội Việt Nam kiểm tra …`: a checks word read as a directive (event.py:
    an order opens its clause) has as subject the body told to check, not the one that orders: no organiser."""
    return best.word.checks and best.kind == "directive"


def _is_elected(doc: Document, name: str) -> bool:
    """`name` (as written in the text) names an elected body: `HĐND tỉnh`, `Ủy ban Thường vụ Quốc hội`."""
    at = doc.text.find(name)
    if at < 0:
        return False
    lo = doc.token_index(at)
    return names_elected(doc.tokens, lo, lo + len(doc.tokens_in(at, at + len(name))), whole_words=False)


def _organiser(doc: Document, report: Report, best: Candidate, following: Sequence[Sentence]) -> Read | None:
    toks = best.toks
    if best.verb_at is not None:
        found = _subject_before(doc, report, toks, best.verb_at)
        if found:
            return found, "verb_subject"
    if best.delegation_at is not None:
        found = _delegation_name(doc, report, toks, best.delegation_at, best.head)
        if found:
            return found, "delegation"  # `Đoàn kiểm tra số 845 của Bộ Chính trị … làm việc với …`: the delegation it is
        at = best.delegation_at + match_length(event_trie(), toks, best.delegation_at)
        found = _of_organisation(report, toks, _skip_number(toks, at), min(best.head, at + _OF_REACH + 2))
        if found:
            # `Đoàn công tác của Bộ Y tế … đã làm việc với …`: the body whose delegation it is
            return found, "delegation_of"
    have = _have_before(toks, best.head)
    have = _before_brackets(toks, _subject_end(report, toks, have)) if have is not None else None
    if have is not None:
        found = _organisation_ending_at(report, toks[have - 1].end)
        if found and not _ends_a_title(doc, report, toks[have - 1].end):
            return found, "have_subject"  # `Thành ủy TP.HCM đã có cuộc họp`, `Văn phòng Chính phủ có văn bản thông báo`
    agent = _agent_after_do(doc, report, toks, best.head + 1)
    if agent:
        return agent, "do_agent"
    agent = _agent_after_passive(doc, report, toks, best.head + 1)
    if agent:
        return agent, "passive_agent"
    length = match_length(event_trie(), toks, best.head)
    k = skip_adverbs_back(toks, best.head)
    decides = match_ending_at(cues()["decision_verb"], toks, k) or match_ending_at(cues()["body_decides"], toks, k)
    if k > 0 and decides:  # `Công an Hà Nội đã ra quyết định khởi tố`, `Ban Bí thư quyết định thi hành kỷ luật`
        k = skip_adverbs_back(toks, k - decides)
    as_verb = not best.word.noun or not toks[best.head].is_cap  # `Bộ Y tế họp báo`; not `Ảnh Chinhphu.vn Chỉ thị …`
    k = _before_brackets(toks, _subject_end(report, toks, k))
    partner = _partner_before(toks, k) if k > 0 and as_verb else None
    if partner is not None and _organisation_ending_at(report, toks[partner - 1].end):
        k = partner  # `UBND tỉnh X phối hợp với Bộ Y khởi công …`: the first body leads
    told_to_check = ordered_check(best)
    found = _organisation_ending_at(report, toks[k - 1].end) if k > 0 and as_verb and not told_to_check else None
    if found and (best.kind == "directive" or not _ends_a_title(doc, report, toks[k - 1].end)):
        # `Công an Hà Nội đã khởi tố`, `ông A, Chủ tịch UBND tỉnh B đã ký`, `Bộ Y tế họp báo`
        return found, "event_verb_subject"
    if k > 0 and not best.word.noun and best.kind not in _LED_KINDS:
        place = next((m.text for loc in report.locations for m in loc.mentions if m.end == toks[k - 1].end), None)
        opens = place is not None and _opens_subject(toks, k, place)
        if place is not None and opens and not _ends_an_address(doc, report, toks, k, place, bodies=True):
            return place, "place_subject"  # `Sáng 8/2, TP.HCM đã khởi công cầu vượt …`
    end = name_span(toks, best.head)[0] if best.word.noun else best.head + length
    found = None
    if not best.word.announces and not best.word.orders:
        # `công bố quyết định của Bộ Chính trị`: the decision's body, not the organiser; `giao cho Bộ X`: the body told
        found = _of_organisation(report, toks, best.head + length, min(len(toks), end + _OF_REACH))
    if found and best.kind != "directive" and _of_a_document(toks, best.head + length, end + _OF_REACH):
        # `phiên họp triển khai Kết luận của Bộ Chính trị`, `hội nghị phản biện dự thảo Nghị quyết của HĐND TP`:
        # the body issued the paper the event is about, not the event (corpus sample: 3 fires of 15, all wrong)
        found = None
    if found:
        return found, "of_body"  # `Phiên họp thứ 47 của Ủy ban Thường vụ Quốc hội`, `ký các Quyết định của Thủ tướng …`
    after = _skip_ordinal(toks, best.head + length)
    # `họp Ban Chỉ đạo …`: the body that meets; not `làm việc với Quận ủy …`, `tiếp Đoàn …` (host, guest)
    meets = best.kind == "meeting" and toks[best.head + length - 1].lower != "với"
    # `cuộc bầu cử Hạ viện Pháp`: the body after an election's noun is the one elected, not who holds the vote
    # (dev..dev11: 3 fires, 3 wrong; news corpus: 14 fires, 14 wrong, read by hand)
    elects = best.kind == "election" and best.word.noun and not best.word.votes
    told = best.word.orders  # `Thủ tướng vừa giao Bộ X …`, `yêu cầu UBND tỉnh …`: the body after it is the one told
    if after < len(toks) and not elects and not told and (best.word.noun or best.kind not in _LED_KINDS or meets):
        found = _organisation_starting_at(report, toks[after].start) or _named_body_at(doc, report, toks, after)
        if found:
            # `Đại hội đại biểu Đảng bộ TP Cần Thơ`, `Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh`
            return found, "body_in_name"
    found = _agent_after_by(report, toks, best.head + length)
    if found:
        return found, "by_agent"  # `Hội nghị được tổ chức bởi Bộ Công Thương`

    if best.kind == "directive":
        # the signer's body; else the body that opens the clause (`Văn phòng UBND tỉnh X cho biết đã có văn bản …`)
        found = _signer_organisation(report, toks, best.head)
        if found:
            return found, "signer_body"
        found = None if told_to_check else _clause_subject(report, toks, best.head)
        return (found, "directive_clause_subject") if found else None
    if best.kind in CASE_KINDS and not best.word.noun:
        found = _clause_subject(report, toks, best.head)
        if found and takes_case_steps(best.kind, found):
            # `Công an tỉnh Đồng Nai ngày 8/4 cho biết đã bắt …`, `TAND tỉnh X đã đưa vụ án … ra xét xử`; not
            # `Bộ Y tế cần lên tiếng vụ bắt …`, a body that speaks of the case (corpus sample: of 6 fires, the 3
            # police bodies were right, the 3 others wrong)
            return found, "act_clause_subject"
    found = _agent_told_again(doc, report, best, following)
    return (found, "told_again") if found else None


def _subject_end(report: Report, toks: list[Token], k: int) -> int:
    """Where the subject ends when the day of the happening stands between it and its verb at toks[k]
    (`Chính phủ Ai Cập ngày 19/5 đã tổ chức lễ …`, `Bộ Công an chiều nay (26/6) khởi tố …`, news' common order):
    before the day, when an organisation ends there; else k."""
    start = _day_before(report, toks, k)
    bare = skip_adverbs_back(toks, k)
    if start is None or (bare > 0 and _organisation_span_ending_at(report, toks[bare - 1].end)):
        return k  # `Ban Chấp hành Đảng bộ tỉnh khóa XVIII tổ chức`: the body's name holds its term
    start = _before_term(toks, skip_adverbs_back(toks, start))
    return start if start > 0 and _organisation_span_ending_at(report, toks[start - 1].end) else k


def _before_term(toks: list[Token], k: int) -> int:
    """Where a body's name ends when its term follows it: `HĐND thành phố khóa 15`, `Quốc hội khóa XV`."""
    if k >= 2 and toks[k - 2].lower in _TERM_WORDS:
        return k - 2
    return k


def _day_before(report: Report, toks: list[Token], k: int) -> int | None:
    """Index of the first token of a day written right before toks[k] with the words that lead it (`ngày`,
    `chiều nay (…)`, `hôm`), after skipping the adverbs of the verb; None when no day stands there."""
    k = skip_adverbs_back(toks, k)
    if k > 0 and toks[k - 1].lower == ")":
        k -= 1
    if k == 0:
        return None
    day = next((d for d in report.dates if d.end == toks[k - 1].end and d.precision == "day"), None)
    if day is None:
        return k if _before_term(toks, k) < k else None
    while k > 0 and toks[k - 1].start >= day.start:
        k -= 1
    for _ in range(_TIME_LEAD_REACH):
        if k > 0 and toks[k - 1].lower in _TIME_LEAD:
            k -= 1
    return k


def _before_brackets(toks: list[Token], k: int) -> int:
    """Where the subject ends when a short name in brackets stands between it and toks[k] (`Bộ Y tế (BYT) đã có
    cuộc họp`): the index of the opening bracket; else k."""
    if k < 2 or toks[k - 1].lower != ")":
        return k
    opening = next((i for i in range(k - 2, max(0, k - _BRACKET_REACH), -1) if toks[i].lower == "("), None)
    return opening if opening is not None and opening > 0 else k


def _clause_start(toks: list[Token], end: int, reach: int) -> int:
    """Where the clause ending before toks[end] starts: after the nearest `,`, `;`, `:` or `.` outside brackets,
    at most `reach` tokens back."""
    start = end
    depth = 0
    while start > 0 and end - start < reach:
        text = toks[start - 1].lower
        depth += text == ")"
        depth -= text == "("
        if depth <= 0 and text in {",", ";", ":", "."}:
            break
        start -= 1
    return start


def _clause_subject(report: Report, toks: list[Token], head: int) -> str | None:
    """The body that opens the clause of toks[head] (after its time: `Sáng 25/6, TAND tỉnh X đã đưa …`), the
    actor of a court's or the police's act told a few words later; not a body the act is done to (`bị`, `được`)."""
    k = _clause_start(toks, head, _DO_REACH)
    if k == head:
        return None
    span = _organisation_span_starting_at(report, toks[k].start)
    if span is None:
        return None
    if any(t.lower in PASSIVE_MARKS for t in toks[k:head] if t.start >= span[1]):
        return None
    return _organisation_starting_at(report, toks[k].start)


def _delegation_name(doc: Document, report: Report, toks: list[Token], at: int, head: int) -> str | None:
    """An inspecting or monitoring delegation is a body of its own, named as written: `Đoàn kiểm tra số 845`
    (an organisation), else `Đoàn kiểm tra của Ban Bí thư`, `đoàn kiểm tra công vụ TP` (its words up to `do`,
    a comma or a verb) — not a bare `Đoàn kiểm tra`. A leader's standing group (`Tổ công tác của Thủ tướng
    (Chính phủ)`, `… của Chủ tịch UBND TP`: a title, no body, after `của`) is named up to its verb, the event word
    itself included. A visit's delegation (`Đoàn công tác`) is not: its body leads."""
    word = _event_word_at(toks, at)
    if word is None or word.kind != "inspection":
        return None
    for k in range(at, head):  # `Đoàn kiểm tra theo Quyết định … (Đoàn kiểm tra số 469)`
        other = _event_word_at(toks, k)
        if other is not None and other.delegation:
            named = _organisation_starting_at(report, toks[k].start)
            if named:
                return named
    end = at + match_length(event_trie(), toks, at)
    k = end
    led = False  # the group is a leader's (`Tổ công tác của Thủ tướng`): its name may run to the event verb
    names: set[int] = set()
    while k < min(head, end + _DELEGATION_REACH):
        tok = toks[k]
        if tok.lower == "của" and not led:
            span = _organisation_span_starting_at(report, toks[k + 1].start) if k + 1 < head else None
            if span is not None:  # `Tổ công tác của Bộ X`: the body's own group, no body itself
                return None if word.subject_only else doc.text[toks[at].start : span[1]]
            if k + 1 >= head or not _leader_title_at(toks, k + 1):
                return None
            # `Tổ công tác của Thủ tướng (Chính phủ) làm việc …`, `… của Chủ tịch UBND TP vừa …`: a leader's own
            # group, named by his title up to its verb
            led = True
            names = {m.start for o in report.officials for m in o.mentions}
        elif led and tok.start in names:
            return None  # `… của Thiếu tướng Nguyễn Văn A`: a person's, not a leader's standing group
        elif _ends_delegation_name(toks, k):
            break
        k += 1
    if led and k == head:
        return doc.text[toks[at].start : toks[k - 1].end]
    if word.subject_only and not led:
        return None  # `Tổ công tác đặc biệt đã …`: only a leader's group is named as a body of its own
    if k == end or (toks[k].lower not in {"do", ","} and not match_length(cues()["verb_adverb"], toks, k)):
        return None
    return doc.text[toks[at].start : toks[k - 1].end]


def leaders_group(toks: list[Token], at: int) -> bool:
    """The delegation word at toks[at] is a leader's group: `của` and a leader's title right after it (`Tổ công tác
    của Thủ tướng`, `… của Chủ tịch UBND TP`), the only subject_only delegation (summary_events.tsv) that is a body of
    its own; a body's group (`Tổ công tác của Bộ X`) or an unowned one (`Tổ công tác đặc biệt`) is not."""
    k = at + match_length(event_trie(), toks, at)
    return k + 1 < len(toks) and toks[k].lower == "của" and _leader_title_at(toks, k + 1)


def _ends_delegation_name(toks: list[Token], k: int) -> bool:
    """toks[k] ends a delegation's name: a clause mark, `,`, `(`, `do`, a verb adverb or an event word."""
    tok = toks[k]
    if is_mark(tok, _CLAUSE_END) or tok.lower in {",", "(", "do"} or match_length(cues()["verb_adverb"], toks, k):
        return True
    return bool(match_length(event_trie(), toks, k))


def _leader_title_at(toks: list[Token], k: int) -> bool:
    """A leader's title opens at toks[k], capitalised (officials_titles.txt: `Thủ tướng`, `Chủ tịch UBND TP`)."""
    return toks[k].is_cap and bool(match_length(title_matcher(), toks, k))


def _event_word_at(toks: list[Token], k: int) -> EventWord | None:
    length = match_length(event_trie(), toks, k)
    return event_words()[" ".join(t.lower for t in toks[k : k + length])] if length else None


def _skip_number(toks: list[Token], k: int) -> int:
    """Past `số 12` after a delegation word."""
    if k + 1 < len(toks) and toks[k].lower == "số" and toks[k + 1].lower[:1].isdigit():
        return k + 2
    return k


def _organisation_mention_at(report: Report, start: int) -> tuple[int, int, str] | None:
    """The longest organisation mention that starts at `start`: its start, end and text."""
    best: tuple[int, int, str] | None = None
    for organisation in report.organizations:
        for mention in organisation.mentions:
            if mention.start == start and (best is None or mention.end > best[1]):
                best = (mention.start, mention.end, mention.text)
    return best


def _organisation_span_starting_at(report: Report, start: int) -> tuple[int, int] | None:
    found = _organisation_mention_at(report, start)
    return found[:2] if found else None


def _named_body_at(doc: Document, report: Report, toks: list[Token], k: int) -> str | None:
    """`cuộc họp Thường trực Chính phủ`: capitalised words that end with an organisation's name."""
    if match_length(event_trie(), toks, k) or _names_a_title(report, toks[k].start):
        return None  # `Hội nghị WEF ASEAN`, `Ủy viên Bộ Chính trị`: an event or a title, not a body
    if match_length(cues()["event_level"], toks, k):
        return None  # `Hội nghị Cấp cao ASEAN`, `Hội nghị Bộ trưởng Kinh tế ASEAN`: who meets, not who holds it
    ends = {m.end for o in report.organizations for m in o.mentions}
    for end in range(k + 1, min(len(toks), k + _NAMED_BODY_REACH) + 1):
        if not toks[end - 1].is_cap and toks[end - 1].first:
            return None
        if toks[end - 1].end in ends and end - k > 1:
            return doc.text[toks[k].start : toks[end - 1].end]
    return None


def _names_a_title(report: Report, start: int) -> bool:
    """An official's title or name starts at `start`."""
    for official in report.officials:
        if any(m.start == start for t in official.titles for m in t.mentions):
            return True
        if any(m.start == start for m in official.mentions):
            return True
    return False


def _skip_ordinal(toks: list[Token], k: int) -> int:
    """Past `lần thứ 15`, `thứ 10`, `chuyên đề`, `bất thường` (and a comma) after an event word."""
    for _ in range(3):
        length = match_length(cues()["name_ordinal"], toks, k)
        if not length:
            break
        k += length
        if k < len(toks) and (toks[k].lower[:1].isdigit() or _is_roman(toks[k].text)):
            k += 1
    if k > 0 and k < len(toks) and toks[k].lower == "," and match_length(cues()["name_ordinal"], toks, k - 2):
        k += 1
    return k


def _is_roman(text: str) -> bool:
    return bool(text) and all(c in "IVXLC" for c in text)


def _agent_after_by(report: Report, toks: list[Token], after: int) -> str | None:
    """`… được tổ chức bởi Bộ Công Thương`: the body after `bởi` that follows an organiser verb."""
    for k in range(after + 1, min(len(toks) - 1, after + _DO_REACH)):
        if is_mark(toks[k], _CLAUSE_END):
            return None
        if toks[k].lower == "bởi" and match_ending_at(cues()["organiser_verb"], toks, k):
            return _organisation_starting_at(report, toks[k + 1].start)
    return None


def _agent_told_again(doc: Document, report: Report, best: Candidate, following: Sequence[Sentence]) -> str | None:
    """`Hội thảo do Bộ Thông tin và Truyền thông phối hợp với … tổ chức`: a sentence after the event's
    opens with an event word of the same kind, or one the event's sentence names, and gives its agent."""
    named = {t.lower for t in best.toks}
    for sentence in following:
        toks = doc.tokens_in(sentence.start, sentence.end)
        for k in range(min(len(toks), _OPENING_REACH)):
            length = match_length(event_trie(), toks, k)
            if not length:
                continue
            word = event_words()[" ".join(t.lower for t in toks[k : k + length])]
            if word.noun and (word.kind == best.kind or all(t.lower in named for t in toks[k : k + length])):
                agent = _agent_after_do(doc, report, toks, k + length)
                if agent:
                    return agent
            break
    return None


def organiser_told_later(doc: Document, report: Report, best: Candidate, following: Sequence[Sentence]) -> str | None:
    """`Thủ tướng phát biểu tại hội nghị tài chính toàn quốc sáng 12/6.` (the sapo) … `Sáng 12/6, Thủ tướng dự Hội
    nghị tổng kết ngành tài chính do Bộ Tài chính tổ chức.` (the lead): a sentence after the event's names an event
    of the same kind anywhere in it (the told-again reading asks only its opening words) and holds it with its
    organiser: the agent of `do … tổ chức` or the subject of `tổ chức` right before it, a body the report names
    (not a clause read as a name: `Bộ trưởng đánh giá cao Tân Phú với công tác tổ chức hội nghị …`)."""
    if not best.word.noun:
        return None
    names = {m.text for o in report.organizations for m in o.mentions}
    days = _days_in(report, [best.sentence] + ([best.dated_by] if best.dated_by is not None else []))
    for sentence in following:
        toks = doc.tokens_in(sentence.start, sentence.end)
        if _tells_another_happening(report, toks, days):
            continue
        for k in range(len(toks)):
            word = _event_word_at(toks, k)
            if word is None or not word.noun or word.kind != best.kind:
                continue
            verb = organiser_verb_before(toks, k)
            found = None
            # `họp báo về việc tổ chức Lễ hội …`: the holding verb made a noun has no subject of its own
            if verb is not None and not match_ending_at(cues()["nominaliser"], toks, verb):
                found = _subject_before(doc, report, toks, verb)
            found = found or _agent_after_do(doc, report, toks, k + match_length(event_trie(), toks, k))
            if found in names:
                return found
            break  # the first such noun of a sentence is its reading: one reading a sentence keeps it linear
    return None


def organiser_told_before(doc: Document, report: Report, best: Candidate, earlier: Sequence[Sentence]) -> str | None:
    """`Tối 14/6, tại X, UBND tỉnh A tổ chức bế mạc Festival …` (the lead) … `Phó Chủ tịch nước phát biểu tại lễ bế
    mạc …` (later): the event word is read in a later sentence with no organiser, while a lead sentence before it
    (`earlier`, the body sentences before the event's) names the body as the subject of a verb of holding
    (`holds_verb` rows: `tổ chức`, `đăng cai`), most often of an object that is no event word of the lexicon (`tổ
    chức sơ kết …`, `tổ chức bế mạc …`). The first such verb of the lead decides, read in one pass over each
    sentence: after an order, a request, a plan or a partner in its sentence (`holds_blocked_by`: `đề nghị Sở X sớm
    tổ chức …`, `sẽ tổ chức …`, `A phối hợp với B, C tổ chức …`) or after a body inside a title, there is no
    organiser and no later sentence is asked; only a body the report names is one. A sentence that tells another
    happening (`Trước đó`, another day) is skipped, and so is the rest of a sentence at a verb made a noun (`công
    tác tổ chức`): neither holds the event. News corpus (4,798 texts): 7 of 11 fires right before these limits,
    the 4 wrong ones each met one."""
    if not best.word.noun or not earlier:
        return None
    names = {m.text for o in report.organizations for m in o.mentions}
    days = _days_in(report, [best.sentence] + ([best.dated_by] if best.dated_by is not None else []))
    holds, blocked_by = cues()["holds_verb"], cues()["holds_blocked_by"]
    for sentence in earlier:
        toks = doc.tokens_in(sentence.start, sentence.end)
        if _tells_another_happening(report, toks, days):
            continue
        blocked = False  # an order, a request, a plan or a partner read before, in the same forward pass
        for k in range(1, len(toks)):
            blocked = blocked or bool(match_length(blocked_by, toks, k - 1))
            if not match_length(holds, toks, k):
                continue
            if blocked:
                return None  # `đề nghị Sở X tổ chức …`, `sẽ tổ chức …`: the first verb of holding decides
            if match_ending_at(cues()["nominaliser"], toks, k):
                break  # `công tác tổ chức …`: a noun, no verb of holding with a subject of its own
            end = skip_adverbs_back(toks, k)
            if _in_a_title(doc, report, toks, end):
                return None  # `yêu cầu Bộ trưởng Bộ X tổ chức kiểm điểm …`: a person told to hold it
            found = _subject_before(doc, report, toks, end)
            return found if found in names else None
    return None


def _in_a_title(doc: Document, report: Report, toks: list[Token], end: int) -> bool:
    """The body ending before toks[end] belongs to a title: an official's (`_ends_a_title`), or a title word written
    right before it with no name after (`Bộ trưởng Bộ X tổ chức …`)."""
    if end == 0 or _ends_a_title(doc, report, toks[end - 1].end):
        return end > 0
    span = _organisation_span_ending_at(report, toks[end - 1].end)
    bare = _before_brackets(toks, end)  # `Bộ trưởng Bộ X (BX) tổ chức …`: the body before its short name
    if span is None and 0 < bare < end:
        span = _organisation_span_ending_at(report, toks[bare - 1].end)
    if span is None:
        return False
    # a mention that starts before the sentence's first token has no title before it in the sentence
    start = next((j for j in range(end - 1, -1, -1) if toks[j].start <= span[0]), 0)
    return start > 0 and bool(match_ending_at(title_matcher(), toks, start))


def _days_in(report: Report, sentences: Sequence[Sentence]) -> set[str]:
    """The days (`MM-DD`) the dates of `sentences` write."""
    return {
        d.value[-5:] for d in report.dates if _writes_a_day(d) and any(s.start <= d.start < s.end for s in sentences)
    }


def _writes_a_day(date: DateMention) -> bool:
    """A date of one day (not a range `12-13/6` written with `/`)."""
    return date.precision == "day" and "/" not in date.value


def _tells_another_happening(report: Report, toks: list[Token], days: set[str]) -> bool:
    """A later sentence tells another happening of the story, not the event again: it opens with `Trước đó`,
    `Cùng ngày` (`other_happening` rows of summary_cues.tsv), or dates itself on none of the event's days (`Hôm
    2/5, Bộ Y tế đã tổ chức hội nghị …` after an event of 12/6). Only the date opening the sentence dates it: a
    date inside (`đánh giá kết quả từ ngày 1/1 đến nay`, `hạn nộp là ngày 30/6`) tells of something else."""
    if not toks:
        return False
    if match_length(cues()["other_happening"], toks, 0):
        return True
    own = {d.value[-5:] for d in report.dates if _writes_a_day(d) and d.start == toks[0].start}
    return bool(days and own and not days & own)


def body_between(report: Report, best: Candidate) -> str | None:
    """`hội nghị giao ban giữa UBND TP Hà Nội với lãnh đạo các sở`, `buổi làm việc giữa Tổ công tác của Thủ tướng
    và Tập đoàn X`: a meeting held between a body and those it calls in is the first body's, named right after
    `giữa` and followed by `với`/`và` (not `giữa Thủ tướng và doanh nghiệp`, people, nor `giữa hai đảng`)."""
    if best.kind not in _BETWEEN_KINDS or not best.word.noun:
        return None
    toks, head = best.toks, best.head
    start = head + match_length(event_trie(), toks, head)
    for k in range(start, min(len(toks), start + _BETWEEN_REACH)):
        if is_mark(toks[k], _CLAUSE_END) or toks[k].lower == ",":
            return None
        n = match_length(cues()["between"], toks, k)
        if not n:
            continue
        if k + n >= len(toks):  # the row ends the sentence: no body named after it
            return None
        found = _organisation_mention_at(report, toks[k + n].start)
        if found is None or _inside_a_title(report, found[0]):
            return None
        after = next((j for j in range(k + n, len(toks)) if toks[j].start >= found[1]), None)
        return found[2] if after is not None and match_length(cues()["between_other"], toks, after) else None
    return None


def _inside_a_title(report: Report, start: int) -> bool:
    """An official's title mention holds the position `start` (`Chủ tịch UBND TP với …`: a person, not a body)."""
    return any(m.start <= start < m.end for o in report.officials for t in o.titles for m in t.mentions)


def _have_before(toks: list[Token], head: int) -> int | None:
    """Where the subject ends when `(đã) có (văn bản)` or `công bố Quyết định` stands right before the event
    word (`Thanh tra Chính phủ công bố Quyết định kiểm tra …`); None else."""
    k = skip_adverbs_back(toks, head)
    k -= match_ending_at(cues()["have_object"], toks, k)
    verb = match_ending_at(cues()["have_verb"], toks, k)
    if not verb or k - verb <= 0:
        return None
    k = skip_adverbs_back(toks, k - verb)
    return k if k > 0 else None


def _ends_a_title(doc: Document, report: Report, end: int) -> bool:
    """`Bí thư Thành ủy Hà Nội đã làm việc với …`: the organisation belongs to a person's title — he, not
    his body, is the subject."""
    lowered = doc.view[max(0, end - _TITLE_REACH) : end].lower()
    return any(lowered.endswith(fold(t.text).lower()) for o in report.officials for t in o.titles if " " in t.text)


def _of_organisation(report: Report, toks: list[Token], start: int, end: int) -> str | None:
    """The organisation written right after `của` within toks[start:end]; or the body it names again by its bare
    head (`phiên họp quý II của Hội đồng`, see `_body_named_again`)."""
    for k in range(start, end - 1):
        if toks[k].lower == "của":
            return _organisation_starting_at(report, toks[k + 1].start) or _body_named_again(report, toks, k + 1)
    return None


def _body_named_again(report: Report, toks: list[Token], at: int) -> str | None:
    """`Ông A, Chủ tịch Hội đồng Tư vấn X, đã chủ trì phiên họp quý II của Hội đồng`: a body written again by its
    bare head (a head of orgs_heads.tsv, capitalised, no capitalised name after it) is the body of that head a
    person's title named before it in the sentence, the nearest. None when no title names such a body (`của Bộ`
    alone); nor inside a quotation (`chủ đề “… của Đảng …”`); nor for `Đảng` (the party in general, as often
    outside quotes); nor when a list goes on after the head (`của Sở, ngành`, `của Sở và địa phương`: departments
    in general)."""
    if not toks[at].is_cap or _inside_quotes(toks, at):
        return None
    length = match_length(org_head_trie(), toks, at)
    after = at + length
    if not length or (
        after < len(toks)
        and (toks[after].lower in _LIST_GOES_ON or (toks[after].kind == "word" and toks[after].is_cap))
    ):
        return None  # no head, a name follows it (`của Hội đồng Nhân dân …`: a mention or nothing), or a list
    head = " ".join(t.lower for t in toks[at:after])
    if head in _GENERAL_HEADS:
        return None
    lo, hi = toks[0].start, toks[at].start
    named = [
        (m.start, m.text)
        for o in report.organizations
        for m in o.mentions
        if lo <= m.start and m.end <= hi and m.text.lower().startswith(head + " ") and _inside_a_title(report, m.start)
    ]
    return max(named)[1] if named else None


def _inside_quotes(toks: list[Token], at: int) -> bool:
    """toks[at] stands inside a quotation its sentence opened before it (`“…”`, `«…»` or `"…"`)."""
    return quotation_open("".join(tok.text for tok in toks[:at]))


def _of_a_document(toks: list[Token], start: int, end: int) -> bool:
    """A document's type word (documents_kinds.tsv) before the first `của` of toks[start:end]: the body after
    it owns the document (`triển khai Kết luận của Bộ Chính trị`, `quán triệt nghị quyết của Tỉnh ủy`). Written
    in lower case it counts only right before `của`: further back it is a common word of the event itself
    (`hội nghị pháp luật của Sở Tư pháp`, `hội nghị quyết định nhân sự của …`), whose organiser follows."""
    at = next((k for k in range(start, min(end, len(toks)) - 1) if toks[k].lower == "của"), None)
    if at is None:
        return False
    before = " ".join(t.text for t in toks[start:at])
    return _capitalised_document_word().search(before) is not None or _document_word_last().search(before) is not None


@cache
def _capitalised_document_word() -> re.Pattern[str]:
    """A type word written capitalised, as a document's name is (`Nghị quyết số 12`, `Kế hoạch 35`)."""
    return regexes.compile(rf"(?<!\w)(?:{alternation([word[0].upper() + word[1:] for word in KINDS])})(?!\w)")


@cache
def _document_word_last() -> re.Pattern[str]:
    """A type word in any case ending the words before `của`: the press writes most in lower case too
    (`nghị quyết`, `kết luận`), but those marked `capital` are also common nouns of the event (`nhà máy thủy
    điện`, `tập huấn hướng dẫn nghiệp vụ`) and own nothing unless capitalised."""
    any_case = [word for word, kind in KINDS.items() if not kind.capital]
    return regexes.compile(rf"(?<!\w)(?i:{alternation(any_case)})$")


def _organisation_starting_at(report: Report, start: int) -> str | None:
    found = _organisation_mention_at(report, start)
    return found[2] if found else None


def elected_body(doc: Document, report: Report, best: Candidate, following: Sequence[Sentence] = ()) -> str | None:
    """The elected body a session belongs to: the first organisation of its sentence that is one; else of the
    sentences before it in the lead (`Bộ trưởng … đăng đàn trả lời trước Quốc hội. Đây là một phiên chất vấn …`),
    of the title, of the sentences after it (`… được ĐB thảo luận ngày 31/5. … nhiều đại biểu Quốc hội …`)."""
    titles = doc.title_sentences()
    before = [s for s in doc.sentences if s.end <= best.sentence.start][-_ELECTED_REACH:]
    dated = [best.dated_by] if best.dated_by is not None else []  # a title's event dated by the lead
    for sentence in [best.sentence, *dated, *before[::-1], *titles, *following]:
        found = _elected_in(doc, report, sentence)
        if found:
            return found
    return None


def elected_in_text(doc: Document, report: Report) -> str | None:
    """A session whose sentence, lead, title and next sentences name no body (`Tại phiên chất vấn chiều 15/6, các
    đại biểu …`) sits in the elected body the article names first (`… dự toán Quốc hội giao`, `Chủ tịch QH …`): a
    sitting with questions and debates is always an elected body's, and a story of one names it somewhere. One pass
    over the organisation mentions in the order of the text (each asked once); None when it names none."""
    return _first_elected(doc, (m for o in report.organizations for m in o.mentions))


def _elected_in(doc: Document, report: Report, sentence: Sentence) -> str | None:
    return _first_elected(
        doc, (m for o in report.organizations for m in o.mentions if sentence.start <= m.start < sentence.end)
    )


def _first_elected(doc: Document, mentions: Iterable[Mention]) -> str | None:
    """The first of `mentions` in the order of the text that names an elected body, as written; None when none."""
    for mention in sorted(mentions, key=lambda m: m.start):
        lo = doc.token_index(mention.start)
        if names_elected(doc.tokens, lo, lo + len(doc.tokens_in(mention.start, mention.end)), whole_words=False):
            return mention.text
    return None


def _signer_organisation(report: Report, toks: list[Token], head: int) -> str | None:
    """A document signed as the news: the organisation of the title of its signer, the official named
    last before the verb (`ông A, Chánh Thanh tra Bộ GD-ĐT cho biết đã ký …`)."""
    at = toks[head].start
    lo = toks[0].start
    nearest: tuple[int, int, str | None] | None = None
    for official in report.officials:
        for mention in official.mentions:
            if lo <= mention.start and mention.end <= at and (nearest is None or mention.start > nearest[0]):
                organisation = next((t.organization for t in official.titles if t.current and t.organization), None)
                nearest = (mention.start, mention.end, organisation)
    if nearest is None or _tells_of_another_signer(report, toks, nearest[1], head, nearest[2]):
        return None
    if nearest[2] is not None and _names_a_place(report, nearest[2]):
        return None  # `Thủ tướng Úc Malcolm Turnbull đã yêu cầu …`: a country is no body (README: named as a body)
    return nearest[2]


def _names_a_place(report: Report, name: str) -> bool:
    """`name` is a country (`Úc` of `Thủ tướng Úc`, a place the report leaves inside the title) or written as one
    of the report's places, not as a body."""
    return fold(name).lower() in country_names() or any(m.text == name for p in report.locations for m in p.mentions)


def _tells_of_another_signer(report: Report, toks: list[Token], after: int, head: int, own: str | None) -> bool:
    """`ông A, Chủ tịch UBND xã X cho biết Ban Y đã có văn bản …`, `… xác nhận, lãnh đạo huyện vừa ký …`: the
    official only tells of the paper; the clause a told verb opens after his name has its own subject (a body or
    an official the report names, not his own body `own`; or leaders). Not `ông A cho biết đã ký …`, `… cho biết
    đơn vị này đã có …`, `… cho biết, Ủy ban đã ký …`, where he or his own unit acted, nor `… cho biết Quyết định
    … đã được ký`, a paper signed in the passive."""
    k = next((i for i in range(len(toks)) if toks[i].start >= after), head)
    while k < head and not match_length(cues()["told_verb"], toks, k):
        k += 1
    if k >= head or toks[head - 1].lower in PASSIVE_MARKS:
        return False
    k += match_length(cues()["told_verb"], toks, k)
    while k < head and (opener := match_length(cues()["told_opener"], toks, k)):
        k += opener
    if k >= head:
        return False
    if match_length(cues()["leaders"], toks, k):
        return True
    return toks[k].is_cap and _another_named_at(report, toks[k].start, own)


def _another_named_at(report: Report, start: int, own: str | None) -> bool:
    """An organisation other than `own` (nor a shorter writing of it: `UBND xã` of `UBND xã X`), or an official,
    is mentioned from `start`."""
    body = _organisation_starting_at(report, start)
    if body is not None:
        return own is None or not own.lower().startswith(body.lower())
    return any(m.start == start for o in report.officials for m in o.mentions) or any(
        m.start == start for o in report.officials for t in o.titles for m in t.mentions
    )


def _subject_before(doc: Document, report: Report, toks: list[Token], end: int) -> str | None:
    """The organisation written just before the organiser verb (the verb's subject)."""
    end = _subject_end(report, toks, end)
    if end == 0:
        return None
    partner = _partner_before(toks, end)
    if partner is not None:
        return _subject_before(doc, report, toks, partner)  # `X phối hợp với Y tổ chức`: X is the subject
    last = toks[end - 1]
    span = _organisation_span_ending_at(report, last.end)
    if span is None and last.lower == ")":
        back = range(end - 2, max(0, end - _MAX_ORGANISER_TOKENS), -1)
        opening = next((k for k in back if toks[k].lower == "("), None)
        if opening is not None:
            # `UBND TP.Huế (Thừa Thiên - Huế) đã tổ chức`; else the body's short name in the brackets (`ngân hàng
            # TMCP … (Sacombank) tổ chức`)
            return _subject_before(doc, report, toks, opening) or _organisation_ending_at(report, toks[end - 2].end)
    if span is not None:
        if _is_place(report, span[0], span[1]) or _admin_unit(doc, span[0], span[1]):
            # `UBND quận 1, Thành phố Hồ Chí Minh tổ chức`: an apposition
            comma = doc.view.rfind(",", max(0, span[0] - 3), span[0])
            before = _organisation_span_ending_at(report, comma) if comma >= 0 else None
            if before is not None and not _in_venue(doc, before[0]):
                return before[2]
        return _first_of_list(doc, report, toks, span)
    place = next((m.text for loc in report.locations for m in loc.mentions if m.end == last.end), None)
    if place is not None and _opens_subject(toks, end, place) and not _ends_an_address(doc, report, toks, end, place):
        comma = doc.view.rfind(",", max(0, last.end - len(place) - 3), last.end - len(place))
        body = _organisation_span_ending_at(report, comma) if comma >= 0 else None
        if body is not None and not _in_venue(doc, body[0]):
            return body[2]
        return place  # `…, tỉnh Khánh Hòa tổ chức Lễ công bố …`; `UBND quận 1, TP Hồ Chí Minh tổ chức`
    start = _clause_start(toks, end, _MAX_ORGANISER_TOKENS)
    if start == end or not toks[start].is_cap or end - start >= _MAX_ORGANISER_TOKENS:
        return None
    if any(is_stop(toks, k) or match_length(cues()["verb_adverb"], toks, k) for k in range(start, end)):
        return None  # a clause, not a name: `Tổng thống A đã ra lệnh`
    if _names_a_person(report, toks[start].start, last.end):
        return None
    if end - start > 1 and sum(t.is_cap for t in toks[start:end]) < 2:
        return None  # `Phát biểu khai mạc hội thảo`: a clause opened at a sentence's start, not a body's name
    if _title_then_more(doc, report, toks[start].start, last.end):
        return None  # `do ông A, Phó Chủ tịch UBND huyện B làm Trưởng đoàn tiến hành …`: a person's title and his part
    return doc.text[toks[start].start : last.end]


def _title_then_more(doc: Document, report: Report, start: int, end: int) -> bool:
    """doc.text[start:end] opens with an official's title, word for word, and a clause goes on after it (`Phó Chủ
    tịch UBND huyện B làm Trưởng đoàn`: a lower-case verb): a person's apposition and a clause, no body's name (a
    title alone, `Thủ tướng Chính phủ`, may stand for the body; a title before its holder's name, `Thủ tướng Chính
    phủ Lê Văn An`, or a longer place, `… huyện B` of `… huyện Bình Chánh`, opens no clause)."""
    titles = _folded_titles(report)
    words = doc.view[start:end].split()
    opening = ""
    for n, word in enumerate(words[:-1]):
        opening = f"{opening} {fold(word).lower()}".lstrip()
        if opening in titles and words[n + 1][:1].islower():
            return True
    return False


_titles_of: list[tuple[Report, frozenset[str]]] = []  # the last report's folded titles (see `_folded_titles`)


def _folded_titles(report: Report) -> frozenset[str]:
    """The officials' titles of more than one word, folded and in lower case: built once per report (the
    organiser is read for several candidates and following sentences of one report), not at each question."""
    if not _titles_of or _titles_of[0][0] is not report:
        written = (t.text for o in report.officials for t in o.titles if " " in t.text)
        titles = frozenset(" ".join(fold(text).lower().split()) for text in written)
        _titles_of[:] = [(report, titles)]
    return _titles_of[0][1]


def _first_of_list(doc: Document, report: Report, toks: list[Token], span: tuple[int, int, str]) -> str:
    """`Bộ Công Thương và UBND tỉnh Nam Định tổ chức`: the first body of a list of bodies leads."""
    first = span
    for _ in range(_MAX_LIST):
        k = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].start == first[0]), None)
        if k is None or k < 2 or toks[k - 1].lower not in {"và", ","}:
            break
        before = _organisation_span_ending_at(report, toks[k - 2].end)
        if before is None or _is_place(report, before[0], before[1]) or _in_venue(doc, before[0]):
            break
        first = before
    return first[2]


def _names_a_person(report: Report, start: int, end: int) -> bool:
    """A person's name stands in [start, end): an official or another person is no organiser."""
    people = [m for o in report.officials for m in o.mentions] + [m for p in report.people for m in p.mentions]
    return any(start <= m.start and m.end <= end for m in people)


def _partner_before(toks: list[Token], end: int) -> int | None:
    """Where the subject ends when `phối hợp với Y` (or `chủ trì, phối hợp với Y`) stands between it
    and the verb at toks[end]; None when no partner phrase is in the clause."""
    for k in range(end - 1, max(0, end - _MAX_ORGANISER_TOKENS * 2), -1):
        if toks[k].lower in {".", ";", ":"}:
            return None
        length = match_length(cues()["partner"], toks, k)
        if length and k + length < end:
            while k > 0:
                before = next((n for n in (3, 2, 1) if match_length(cues()["partner"], toks, k - n) >= n), None)
                if before is None:
                    break
                k -= before
            k = skip_adverbs_back(toks, k)
            if k > 0 and toks[k - 1].lower == ",":
                k -= 1  # `3 bộ, Bộ Công Thương, Bộ Tài chính, phối hợp với …`
            return k if k > 0 else None
    return None


def _in_venue(doc: Document, start: int) -> bool:
    """`tại Hội trường Thành ủy Nha Trang, tỉnh Khánh Hòa tổ chức`: the body at `start` names the venue."""
    before = doc.view[max(0, start - _TITLE_REACH) : start].lower()
    clause = before[max(before.rfind(c) for c in ",.;:") + 1 :]
    return "tại " in clause


def _admin_unit(doc: Document, start: int, end: int) -> bool:
    """`Thành phố Hồ Chí Minh`, `tỉnh Quảng Nam`: an administrative unit's name, read as an organisation."""
    toks = doc.tokens_in(start, end)
    return bool(toks) and match_length(cues()["admin_word"], toks, 0) > 0


def _is_place(report: Report, start: int, end: int) -> bool:
    return any(m.start == start and m.end == end for loc in report.locations for m in loc.mentions)


def _ends_an_address(
    doc: Document, report: Report, toks: list[Token], end: int, place: str, *, bodies: bool = False
) -> bool:
    """`một tòa án ở Moscow, Nga đã tuyên án`: the place after a comma ends the address of a place (with
    `bodies`, of a body: `Bệnh viện huyện Thanh Bình, Đồng Tháp ký …`) before it; not when that place
    closes a venue (`tại Hội trường Thành ủy Nha Trang, tỉnh Khánh Hòa tổ chức`)."""
    begin = toks[end - 1].end - len(place)
    k = next((i for i in range(end - 1, max(-1, end - _MAX_ORGANISER_TOKENS), -1) if toks[i].start <= begin), 0)
    if k < 2 or toks[k - 1].lower != "," or _in_venue(doc, toks[k - 2].start):
        return False
    named = [m for loc in report.locations for m in loc.mentions]
    if bodies:
        named += [m for o in report.organizations for m in o.mentions]
    return any(m.end == toks[k - 2].end for m in named)


def _opens_subject(toks: list[Token], end: int, place: str) -> bool:
    """The place alone is the subject: a comma or the sentence start stands before it."""
    begin = toks[end - 1].end - len(place)
    k = end - 1
    while k > 0 and toks[k].start > begin and end - k < _MAX_ORGANISER_TOKENS:
        k -= 1  # to the place's first token: `TP.HCM` is three
    k -= match_ending_at(cues()["leaders"], toks, k) if k > 0 else 0  # `…, lãnh đạo TP Đà Nẵng tổ chức …`
    return k <= 0 or toks[k - 1].lower in {",", ";", ":"}


def _agent_after_do(doc: Document, report: Report, toks: list[Token], after: int) -> str | None:
    """`Hội nghị … do Bộ Tài chính tổ chức`: the organiser stands between `do` and the verb."""
    do = next((k for k in range(after, min(len(toks), after + _DO_REACH)) if toks[k].lower == "do"), None)
    if do is None:
        return None
    start = do + 1
    if start >= len(toks):
        return None
    first = _organisation_starting_at(report, toks[start].start)
    for end in range(start + 1, min(len(toks), start + _MAX_ORGANISER_TOKENS * 2)):
        if is_mark(toks[end], _CLAUSE_END):
            return None
        if toks[end].lower == "," or match_length(cues()["partner"], toks, end):
            # `do Bộ A phối hợp với Bộ B, Sở C tổ chức`: the first body leads
            return first if first and _verb_follows(toks, end) else None
        if match_length(cues()["organiser_verb"], toks, end):
            lo, hi = toks[start].start, toks[end - 1].end
            if _names_a_person(report, lo, hi):  # `do Thứ trưởng A ký ban hành`: his title's body, if any
                return _signer_organisation(report, toks, end)
            named = _organisation_ending_at(report, hi)
            if first and named and named != first and _joined_between(report, toks, start, hi):
                return first  # `do Văn phòng Chính phủ phối hợp Hội Nhà báo tổ chức`: the first body leads
            return named or first or doc.text[lo:hi]  # `do Bộ Công Thương chủ trì tổ chức`
    return None


def _joined_between(report: Report, toks: list[Token], start: int, end: int) -> bool:
    """The body at toks[start] is joined to the body that ends at character `end`: `và`, `cùng` or `phối hợp`
    stands between their names (`A và B phối hợp tổ chức`, `A phối hợp B tổ chức`)."""
    first, last = _organisation_span_starting_at(report, toks[start].start), _organisation_span_ending_at(report, end)
    if first is None or last is None:
        return False
    for k in range(start, len(toks)):
        if toks[k].start >= last[0]:
            return False  # past the start of the last body: nothing further can stand between the two
        if toks[k].lower in _JOINING and toks[k].start >= first[1]:
            return True
    return False


def _agent_after_passive(doc: Document, report: Report, toks: list[Token], after: int) -> str | None:
    """`Lễ tuyên dương … đã được Hội đồng Thi đua tổ chức trọng thể`: the body between `được` and the organiser
    verb."""
    for k in range(after, min(len(toks) - 1, after + _DO_REACH)):
        if is_mark(toks[k], _CLAUSE_END):
            return None
        if toks[k].lower != "được":
            continue
        span = _organisation_span_starting_at(report, toks[k + 1].start)
        if span is None:
            return None
        verb = next((j for j in range(k + 1, len(toks)) if toks[j].start >= span[1]), len(toks))
        found = _organisation_starting_at(report, toks[k + 1].start)
        tail = _name_tail_after_brackets(toks, verb)
        if tail is not None:
            # `được Hội đồng Thi đua-Khen thưởng (TĐ-KT) Trung ương tổ chức`: the name read stops at its
            # brackets; the agent is the whole name up to the verb (the name read when nothing follows them)
            if toks[tail - 1].lower != ")":
                found = doc.text[span[0] : toks[tail - 1].end]
            verb = tail
        while verb < len(toks) and match_length(cues()["verb_adverb"], toks, verb):
            verb += match_length(cues()["verb_adverb"], toks, verb)  # `được Bộ X chính thức tổ chức`
        if verb < len(toks) and match_length(cues()["partner"], toks, verb):
            verb = _verb_after_partner(toks, verb)  # `được Bộ Y tế phối hợp với UBND TP tổ chức`: the first body
        if verb < len(toks) and toks[verb].lower == ",":
            # `được Công ty X, đơn vị thành viên của Tổng công ty Y tổ chức`: an apposition or more bodies before
            # the verb that closes the clause; the first body leads, as after `do` (`_agent_after_do`)
            return found if _apposition_or_bodies(report, toks, verb + 1) else None
        return found if verb < len(toks) and match_length(cues()["organiser_verb"], toks, verb) else None
    return None


_LIST_JOINS = frozenset({",", "và"})  # between the bodies that hold an event together (`được Sở A, Sở B và Sở C`)
_APPOSITION_LINKS = frozenset({"của", "thuộc", *_LIST_JOINS})  # before a body inside an apposition (`đơn vị của Y`)


def _apposition_or_bodies(report: Report, toks: list[Token], start: int) -> bool:
    """What follows the comma after the agent of `được`, from toks[start], runs to the organiser verb as an
    apposition (summary_cues.tsv `apposition`: `đơn vị thành viên của Tổng công ty Y tổ chức`) or as more bodies
    joined by `,` or `và` (`được Sở A, Sở B và Sở C tổ chức`): the agent leads. Not a clause of its own whose
    subject stands right before the verb (`được Công ty A, sau đó UBND tỉnh B tổ chức`; nor an apposition whose
    last body follows a word that joins nothing to it)."""
    reach = min(len(toks), start + _MAX_ORGANISER_TOKENS * 2)
    if start < len(toks) and match_length(cues()["apposition"], toks, start):
        verb = next((k for k in range(start, reach) if _ends_or_organises(toks, k)), None)
        if verb is None or is_mark(toks[verb], _CLAUSE_END):
            return False
        body = _organisation_span_ending_at(report, toks[verb - 1].end)
        if body is None:
            return True
        first = next((k for k in range(start, verb) if toks[k].start >= body[0]), verb)
        return first > start and toks[first - 1].lower in _APPOSITION_LINKS
    k = start
    while k < reach:
        span = _organisation_span_starting_at(report, toks[k].start)
        if span is None:
            return False
        k = next((j for j in range(k + 1, reach) if toks[j].start >= span[1]), reach)
        while k < reach and match_length(cues()["verb_adverb"], toks, k):
            k += match_length(cues()["verb_adverb"], toks, k)
        if k < reach and match_length(cues()["organiser_verb"], toks, k):
            return True
        if not (k < reach and toks[k].lower in _LIST_JOINS):
            return False
        k += 1
    return False


def _ends_or_organises(toks: list[Token], k: int) -> bool:
    """toks[k] closes the clause or opens the organiser verb."""
    return is_mark(toks[k], _CLAUSE_END) or bool(match_length(cues()["organiser_verb"], toks, k))


def _name_tail_after_brackets(toks: list[Token], at: int) -> int | None:
    """Where a body's name ends when toks[at] opens its short name in brackets and the name goes on after them
    (`(TĐ-KT) Trung ương`) or stops at them, up to the organiser verb: the verb's index; else None (no brackets,
    or no verb right after a few words of the name)."""
    if at >= len(toks) or toks[at].lower != "(":
        return None
    closing = next((i for i in range(at + 1, min(len(toks), at + _BRACKET_REACH)) if toks[i].lower == ")"), None)
    if closing is None:
        return None
    for end in range(closing + 1, min(len(toks), closing + 2 + _NAME_TAIL_REACH)):
        if end > closing + 1 and (is_mark(toks[end - 1], _CLAUSE_END) or toks[end - 1].lower in {",", "(", ")"}):
            return None
        if match_length(cues()["organiser_verb"], toks, end):
            return end
    return None


def _verb_after_partner(toks: list[Token], at: int) -> int:
    """Index of the organiser verb that closes the partner phrase at toks[at] (`phối hợp với UBND TP Hà Nội
    và WHO tổ chức`), within its clause; len(toks) when none does."""
    for k in range(at + 1, min(len(toks), at + _MAX_ORGANISER_TOKENS * 2)):
        if is_mark(toks[k], _CLAUSE_END) or toks[k].lower == ",":
            break
        if match_length(cues()["organiser_verb"], toks, k):
            return k
    return len(toks)


def _verb_follows(toks: list[Token], start: int) -> bool:
    """The organiser verb closes the clause that starts at toks[start]."""
    for k in range(start, min(len(toks), start + _MAX_ORGANISER_TOKENS * 2)):
        if is_mark(toks[k], _CLAUSE_END):
            return False
        if match_length(cues()["organiser_verb"], toks, k):
            return True
    return False


def _organisation_ending_at(report: Report, end: int) -> str | None:
    span = _organisation_span_ending_at(report, end)
    return span[2] if span else None


def _organisation_span_ending_at(report: Report, end: int) -> tuple[int, int, str] | None:
    """(start, end, name) of the longest organisation mention that ends at `end`."""
    return _organisation_ends(report).get(end)


_ends_of: list[tuple[Report, int, dict[int, tuple[int, int, str]]]] = []  # the last report's (see below)


def _organisation_ends(report: Report) -> dict[int, tuple[int, int, str]]:
    """The longest organisation mention ending at each offset, built once per report and number of organisations:
    the organiser's readers ask it at many tokens of a text, and a scan of every mention at each question grows with
    tokens × mentions on a hostile text (issue #11)."""
    if not _ends_of or _ends_of[0][0] is not report or _ends_of[0][1] != len(report.organizations):
        ends: dict[int, tuple[int, int, str]] = {}
        for organisation in report.organizations:
            for mention in organisation.mentions:
                best = ends.get(mention.end)
                if best is None or mention.start < best[0]:
                    ends[mention.end] = (mention.start, mention.end, organisation.name)
        _ends_of[:] = [(report, len(report.organizations), ends)]
    return _ends_of[0][2]


def issuer_organiser(doc: Document, report: Report, event: Event, tasks: list[Task]) -> str | None:
    """A paper or a case no reading above gives a body: the body of the title of the leader who gives the
    lead's first task (`Chủ tịch UBND TP Y … đã có văn bản yêu cầu …` in the lead's first sentence) issued it,
    as a signer's body issues what they sign. An order (an order_verb cue: `yêu cầu`, `chỉ đạo`, `giao`), not a
    request or a proposal (`đề xuất`: to the body that decides), and only a body the text names as an
    organisation (not `Mỹ` of `Tổng thống Mỹ`). On the ten dev sets it fires 3 times, right 3; on 1,530 corpus
    articles twice (both of them dev articles). The caller asks it only for an event with no organiser. A head or
    deputy head of the Government (`Phó Thủ tướng A giao …`, `Thủ tướng yêu cầu …`) gives `Chính phủ`, or the office
    the text says passes his order on (round 30: on the 22 read sets 2 fires, both right; on news1000 3, all right)."""
    if event.kind not in _ISSUED_KINDS:
        return None
    lead = [ls.sentence for ls in lead_sentences(doc) if ls.order == 0 and not ls.caption]
    first = next((t for t in tasks if any(s.start <= t.start < s.end for s in lead)), None)
    if first is None or first.by is None or fold(first.verb) not in _orders():
        return None
    official = next((o for o in report.officials if o.name == first.by or _holds(o, first.by)), None)
    if official is None:
        government = _governments().get(fold(first.by).lower())  # `Thủ tướng yêu cầu …`: the bare title orders
        return (_passed_on_by(doc, report) or government) if government else None
    named = {m.text for o in report.organizations for m in o.mentions}
    bodies = [t.organization for t in official.titles if t.current and t.organization in named]
    if bodies:
        return bodies[0]
    government = _government_of(official)
    return (_passed_on_by(doc, report) or government) if government else None


def _passed_on_by(doc: Document, report: Report) -> str | None:
    """The office the text says passes the leader's order on (`Văn phòng Chính phủ vừa có văn bản truyền đạt ý kiến
    của Phó Thủ tướng …`: summary_cues.tsv, pass_on and the pass_on_between words before it): the paper is that
    office's, as samples/gold/README.md (round 27) reads the author's words passed on by another office."""
    for sentence in doc.sentences:
        toks = doc.tokens_in(sentence.start, sentence.end)
        for k in range(1, len(toks)):
            if not match_length(cues()["pass_on"], toks, k):
                continue
            if not _passes_a_leaders_order(toks, k + match_length(cues()["pass_on"], toks, k)):
                continue  # `Sở … đã truyền đạt kinh nghiệm cho giáo viên`: no order of the government's head
            j = k
            while between := match_ending_at(cues()["pass_on_between"], toks, j):
                j -= between
            body = _organisation_ending_at(report, toks[j - 1].end) if j > 0 else None
            if body:
                return body
    return None


def _passes_a_leaders_order(toks: list[Token], k: int) -> bool:
    """What the office passes on at toks[k] is the order of a head of the Government: `ý kiến (chỉ đạo) của`,
    `kết luận của` (summary_cues.tsv, pass_on_object) then a government_head title (`… của Phó Thủ tướng A`)."""
    said = match_length(cues()["pass_on_object"], toks, k)
    return bool(said) and bool(match_length(cues()["government_head"], toks, k + said))


def _government_of(official: Official) -> str | None:
    """The government a head or deputy head of it leads, read from his current title written without a country
    (`Phó Thủ tướng Trịnh Đình Dũng giao …`: `Chính phủ`; summary_cues.tsv, government_head), as the body that
    issues the order; none when any of his titles names another body (`Thủ tướng Hungary`)."""
    if any(t.organization for t in official.titles):
        return None
    heads = _governments()
    return next(
        (heads[fold(t.text).lower()] for t in official.titles if t.current and fold(t.text).lower() in heads), None
    )


@cache
def _governments() -> dict[str, str]:
    """government_head rows of summary_cues.tsv: a title (folded) and the body it heads, as written."""
    return {
        fold(row.phrase).lower(): row.value for row in cue_rows("summary_cues.tsv") if row.role == "government_head"
    }


def takes_case_steps(kind: str, body: str) -> bool:
    """A trial or an investigation step is the act of a police force, a procuracy or a court: `body` may be its
    actor (every body may hold an event of another kind)."""
    # a word of a body's name that makes it one: the investigating bodies and the others that charge or try
    case_body = cue_words("investigating_body", "case_body")
    return kind not in CASE_KINDS or case_body.search(fold(body).lower()) is not None


@cache
def _orders() -> frozenset[str]:
    """The order verbs (order_verb cues of summary_cues.tsv); not a request (`đề nghị`, `đề xuất`)."""
    return frozenset(cue_phrases("order_verb"))


def _holds(official: Official, title: str) -> bool:
    return any(t.text == title for t in official.titles)
