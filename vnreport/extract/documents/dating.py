"""The day a document was issued when the text writes no date after it: the day of the sentence that
issues it.

* `Ngày 2-6, ông … đã ký quyết định 1954/QĐ-UBND`, `Ngày 3/11, … ký ban hành Kết luận … (Kết luận số
  …-KL/TW)`: an issuing verb written right before the document (or before the type word that its
  parenthesised number restates) dates it by the first day of its sentence.
* `Thứ Ba, ngày 18/2/2025, Quốc hội …` … `Sau đó, Quốc hội biểu quyết thông qua Luật …`: a body passing a
  document by vote in a sentence without a date of its own does so on the day the story is at, the
  latest day written before it (not a document's own date, not one of a sentence set earlier: `Trước
  đó, …`).
* An effective date or a deadline (`có hiệu lực thi hành từ ngày 1/7/2025`) dates no issuing.
* `năm 2015 ký hiệp định …`, `Tháng 7/2014, Chính phủ ban hành Nghị định 67`: a sentence dated by its year or
  month alone dates the document by that year or month.
* `Quy hoạch … được ban hành theo Quyết định số 12/QĐ-TTg ngày 9/11/2016`: a document issued with a
  dated decision, cited right after it in its sentence, carries the decision's date.
* `Quốc hội biểu quyết thông qua các Luật nêu trên` / `2 Nghị quyết này`: the documents of that kind
  cited in the sentence before are passed that day.
* `Ngày 14/4, X được Bộ … xếp hạng di tích … tại Quyết định số 153`: a decision cited after an act verb of
  its clause (`tại`, `theo`) as the act's instrument was issued on the sentence's day (not one whose day is
  another happening's: `Ngày 5/6, … tổ chức lễ công bố …`).

A day whose year the text does not fix (`XXXX-06-02`) dates a document all the same; a day of another
year than the document's own (`Luật Đất đai năm 2013`) does not.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from vnreport import regexes
from vnreport.extract.dates.years import biography_spans
from vnreport.extract.documents.candidates import inside
from vnreport.extract.documents.context import date_after, line_end
from vnreport.extract.documents.lexicon import KIND_ALT, KINDS, alternation
from vnreport.lexicon import IssuingVerbRow, PhraseMatcher, list_matcher, load_list, load_rows, phrase_matcher
from vnreport.report.model import DateMention, DocumentRef
from vnreport.segment.document import Document
from vnreport.spans import Spans


class AnaphorWordRow(NamedTuple):
    word: str
    role: str


class ActWordRow(NamedTuple):
    word: str
    role: str  # verb, link, kind or block (documents_act_words.tsv)


_VERBS = load_rows("documents_issuing_verbs.tsv", IssuingVerbRow)
_ISSUING = phrase_matcher((r.verb for r in _VERBS), reverse=True)
_ISSUED_THEN = phrase_matcher((r.verb for r in _VERBS if r.self == "1"), reverse=True)
_VOTING = phrase_matcher((r.verb for r in _VERBS if r.vote == "1"), reverse=True)
_ANAPHOR_WORDS = load_rows("documents_anaphor_words.tsv", AnaphorWordRow)
_COUNT_WORDS = phrase_matcher((r.word for r in _ANAPHOR_WORDS if r.role == "count"), reverse=True)
_ANAPHOR = regexes.compile(
    rf"(?<!\w)(?i:{alternation([r.verb for r in _VERBS if r.vote == '1'])})\s+"
    rf"(?:(?i:{alternation([r.word for r in _ANAPHOR_WORDS if r.role == 'count'])})|\d{{1,2}})\s+"
    rf"(?P<kind>(?i:{KIND_ALT}))\s+(?i:{alternation([r.word for r in _ANAPHOR_WORDS if r.role == 'this'])})(?!\w)"
)
_SELF = regexes.compile(
    rf"(?P<kind>(?i:{KIND_ALT}))\s+(?i:{alternation([r.word for r in _ANAPHOR_WORDS if r.role == 'this'])})(?!\w)"
)
_THIS = alternation([r.word for r in _ANAPHOR_WORDS if r.role == "this"])
# `ký các Quyết định của Thủ tướng Chính phủ phê chuẩn …` … `Cụ thể, tại Quyết định số 2555, …`: documents
# issued together, named by their kind in the plural, then each by its number in the sentences that follow
_PLURAL = regexes.compile(
    rf"(?<!\w)(?i:{alternation([r.verb for r in _VERBS if r.self == '1'])})\s+"
    rf"(?:(?i:{alternation([r.word for r in _ANAPHOR_WORDS if r.role == 'count'])})|\d{{1,2}})\s+"
    rf"(?P<kind>(?i:{KIND_ALT}))(?!\w)(?!\s+(?i:{_THIS})(?!\w))"
)
_ACT_WORDS = load_rows("documents_act_words.tsv", ActWordRow)
_ACT_VERBS = phrase_matcher((r.word for r in _ACT_WORDS if r.role == "verb"), reverse=True)
_ACT_LINKS = phrase_matcher((r.word for r in _ACT_WORDS if r.role == "link"), reverse=True)
_ACT_KINDS = frozenset(r.word for r in _ACT_WORDS if r.role == "kind")
_ACT_BLOCKS = phrase_matcher(r.word for r in _ACT_WORDS if r.role == "block")
_ACT_REACH = 200  # characters from an act verb to the decision that does it
_ACT_DAY_REACH = 200  # characters from the sentence's day to the act verb (bounds the search for a ceremony)
_ACT_CLAUSE_ENDS = frozenset(",;:()")  # a verb before one of these is another clause's
_KIND_BEFORE = regexes.compile(rf"(?i:{KIND_ALT})\s*$")  # `Quyết định bổ nhiệm …`: the verb names a document
_SPECIFIED_SENTENCES = 6  # sentences after the plural in which its documents are named one by one
_SPACE = regexes.compile(r"\s+")
_ANNIVERSARY = phrase_matcher(["ngày"], reverse=True)  # `40 năm Ngày ký Hiệp ước …`: an anniversary, not a signing
_YEAR_REACH = 120  # characters from a year that opens a clause to the verb it dates
_RESTATED_WITHIN = 300  # characters between a type word and the bracketed number that restates it
_ISSUED_BY_WITHIN = 200  # characters between a document and the decision that issued it
_SIGNED_REACH = 160  # characters from a document to the signing written after it (`… mà A và B ký kết hôm 22/5`)
# `Nghị định thư … đã được ký kết ngày 26 tháng 4 năm 2017`, `Hiệp định … mà OFID và Bộ Tài chính ký kết hôm
# 22/5`: a signing written after the document, its day right after the verb (not `đăng ký`: a registration,
# told apart by `_signing_after`)
_SIGNED_AFTER = regexes.compile(r"(?<!\w)(?:ký|kí)(?:\s+kết)?\s+(?:vào\s+)?(?=(?i:ngày|hôm)\s)")
_REGISTERED = "đăng"  # the word before `ký` in `đăng ký` (to register), casefolded
# characters from the verb's end to the start of its day: the day of `ngày 26/4` starts at `ngày` itself, that
# of `hôm 22/5` after `hôm` and one space (a date mention takes `ngày` in, not `hôm`)
_DAY_AFTER_VERB = 4


# a month or a year that opens a clause dates what the clause issues (`Tháng 7/2014, Chính phủ ban hành Nghị
# định 67`, `Năm 2013, Quốc hội thông qua …`); a month only with its year written (`Tới tháng 11, …` may be
# of the year before the story's)
_CLAUSE_PRECISIONS = frozenset({"month", "year"})


class _Days:
    """The days of the text that may date a document issued in a sentence (sorted by start): every
    day-precision date except the documents' own dates and those inside a document's name."""

    def __init__(self, doc: Document, refs: list[DocumentRef], dates: list[DateMention]) -> None:
        self.refs = refs
        mentions = [m for r in refs for m in r.mentions]
        names = Spans([(m.start, m.end) for m in mentions])
        own = set()
        for m in mentions:  # `Quyết định số 12 ngày 5/3/2017`: the document's own date
            found = date_after(doc.view, m.end, line_end(doc.view, m.end), None)
            if found is not None:
                own.add(found[1])
        self.others = Spans([(d.start, d.end) for d in dates if d.precision != "day" and not inside(d.start, names)])
        self.days = [
            d for d in sorted(dates, key=lambda d: d.start) if d.precision == "day" and not inside(d.start, names)
        ]
        ahead = list_matcher("documents_ahead_cues.txt", reverse=True)
        tokens = doc.tokens
        self.days = [
            d for d in self.days if d.end not in own and not ahead.ending_at(tokens, doc.token_index(d.start))[0]
        ]
        self.starts = [d.start for d in self.days]
        # the days a story is at: not those of a biography (`Ngày vào Đảng: 25-8-1982`), which a vote
        # without a day of its own must not take
        biography = Spans(biography_spans(doc.view, doc.sentences))
        self.story_days = [d for d in self.days if not inside(d.start, biography)]
        self.story_starts = [d.start for d in self.story_days]
        self.years = [
            d
            for d in sorted(dates, key=lambda d: d.start)
            if d.precision in _CLAUSE_PRECISIONS
            and not d.fuzzy
            and not d.inferred
            and not inside(d.start, names)
            and d.end not in own
        ]
        self.year_ends = [d.end for d in self.years]
        self.breaks = [m.start() for m in _CLAUSE_BREAK.finditer(doc.view)]  # where a clause may open: `,;:`
        self.sentence_starts = doc.sentence_starts
        self.sentence_ends = [s.end for s in doc.sentences]
        cues = list_matcher("documents_earlier_cues.txt")
        self.earlier = {  # sentences set before the story's day: `Trước đó, …`
            t.sentence for i, t in enumerate(tokens) if cues.starts(t) and cues.length(tokens, i, whole_words=True)
        }

    def sentence_of(self, pos: int) -> int | None:
        index = bisect_right(self.sentence_starts, pos) - 1
        return index if index >= 0 and pos < self.sentence_ends[index] else None

    def first_in(self, start: int, end: int) -> DateMention | None:
        k = bisect_left(self.starts, start)
        return self.days[k] if k < len(self.days) and self.days[k].start < end else None

    def year_before(self, view: str, start: int, pos: int) -> DateMention | None:
        """The last year or month written in [start, pos) with no day after it there, when it opens its clause
        (`Năm 2013, HĐND …`, `…, năm 2015 ký …`, `Từ năm 1999, …`, `Tháng 7/2014, Chính phủ …`; not `trong
        chương trình năm 2017 …`)."""
        k = bisect_right(self.year_ends, pos) - 1
        if k < 0 or self.years[k].start < start or pos - self.years[k].end > _YEAR_REACH:
            return None
        year = self.years[k]
        b = bisect_left(self.breaks, year.start) - 1
        if not _opens(view, max(start, self.breaks[b] + 1 if b >= 0 else start), year.start):
            return None
        return year if self.first_in(year.end, pos) is None else None

    def latest_before(self, pos: int) -> DateMention | None:
        k = bisect_right(self.story_starts, pos) - 1
        return self.story_days[k] if k >= 0 else None

    def other_in(self, start: int, end: int) -> bool:
        """A date of another precision (a month, a year) stands in [start, end)."""
        return self.others.reach_before(bisect_left(self.others.starts, end)) > start


def date_issued(doc: Document, refs: list[DocumentRef], dates: list[DateMention]) -> None:
    """Give each document without a date the day of the sentence that issues it (see the module); one dated
    only by its year or month (`Quyết định 5383 (năm 2014)`) takes that day when it falls within them."""
    coarse = {id(r): r.date for r in refs if r.date is not None and len(r.date) < _DAY_LENGTH}
    for ref in refs:
        if id(ref) in coarse:
            ref.date = None
    _date_undated(doc, refs, dates)
    for ref in refs:
        written = coarse.get(id(ref))
        if written is not None and (ref.date is None or not ref.date.startswith(written)):
            ref.date = written


_DAY_LENGTH = len("2017-01-01")


def _date_undated(doc: Document, refs: list[DocumentRef], dates: list[DateMention]) -> None:
    undated = [r for r in refs if r.date is None]
    if not undated or not dates:
        return
    _date_own_partial(doc, undated, dates)
    _date_coordinated(doc, refs)
    undated = [r for r in undated if r.date is None]
    days = _Days(doc, refs, dates)
    if not days.days and not days.years:
        return
    issued: dict[int, DateMention] = {}  # id of a document dated by its issuing verb → that day
    for ref in undated:
        for mention in ref.mentions:
            day = _issued_at(doc, days, _verb_anchor(doc, days, ref, mention.start))
            if day is None:
                day = _acted_at(doc, days, ref, mention.start)
            if day is not None and _fits(ref, day):
                ref.date = day.value
                issued[id(ref)] = day
                break
    if issued:
        _date_listed(doc, days, refs, issued)
    _date_issued_by(doc, days, refs)
    _date_anaphors(doc, days, [r for r in refs if r.date is None])
    _date_specified(doc, days, [r for r in refs if r.date is None])
    _date_presented(doc, days, refs)
    _date_signed_after(doc, days, [r for r in refs if r.date is None])
    _date_passive(doc, days, [r for r in refs if r.date is None])


def _date_own_partial(doc: Document, undated: list[DocumentRef], dates: list[DateMention]) -> None:
    """`thông tư 130 (ngày 12/8)`, `Công điện số 997, ngày 11/7`: a document's own day written after it
    without a year takes the value the dates gave that day (`XXXX-07-11` when no evidence fixes its year,
    as a day of the sentence that issues it does)."""
    starts = [d.start for d in dates]
    for ref in undated:
        if not ref.number:
            continue  # `dự án luật … ngày 25/5`: after a bare name, the day is as often its debate's
        for mention in ref.mentions:
            own = date_after(doc.view, mention.end, line_end(doc.view, mention.end), None)
            if own is None or own[0] is not None:
                continue
            k = bisect_left(starts, mention.end)
            day = dates[k] if k < len(dates) else None
            if day is None or day.precision != "day" or day.end > own[1]:
                continue
            if _fits(ref, day):
                ref.date = day.value
                break


def _date_coordinated(doc: Document, refs: list[DocumentRef]) -> None:
    """`văn bản số 63, 64 ngày 11/7`: numbers that share one type word share the date written after the last."""
    view = doc.view
    for (_, _, first), (start, then_end, then) in reversed(list(_joined_pairs(view, refs))):
        if first.date is not None or then.date is None or not view[start:then_end].isdigit():
            continue
        if _fits_value(first, then.date):
            first.date = then.date


def _date_specified(doc: Document, days: _Days, undated: list[DocumentRef]) -> None:
    """`Ngày 21-11, Phó Thủ tướng … ký các Quyết định của Thủ tướng Chính phủ phê chuẩn …` … `Cụ thể, tại
    Quyết định số 2555, …`: the documents of that kind the next sentences name by number were issued that day."""
    if not undated:
        return
    for match in _PLURAL.finditer(doc.view):
        sentence = days.sentence_of(match.start())
        day = _day_of(doc, days, match.start(), False) if sentence is not None else None
        if day is None or sentence is None:
            continue
        kind = KINDS[_SPACE.sub(" ", match.group("kind").lower())].kind
        last = min(sentence + _SPECIFIED_SENTENCES, len(doc.sentences) - 1)
        for ref in undated:
            if ref.date is not None or ref.kind != kind or not ref.number or not _fits(ref, day):
                continue
            at = days.sentence_of(ref.start)
            if at is not None and ref.start > match.end() and at <= last:
                ref.date = day.value


_LIST_JOIN = regexes.compile(r"[^\S\n]*(?:[,;][^\S\n]*(?:và[^\S\n]+)?|và[^\S\n]+)")

_Mention = tuple[int, int, DocumentRef]  # start, end and the document of one mention


def _mention_pairs(refs: list[DocumentRef]) -> Iterator[tuple[_Mention, _Mention]]:
    """Every two mentions next to each other, of any of `refs`, in reading order (by start, then end)."""
    mentions = sorted(((m.start, m.end, r) for r in refs for m in r.mentions), key=lambda item: item[:2])
    return pairwise(mentions)


def _joined_pairs(view: str, refs: list[DocumentRef]) -> Iterator[tuple[_Mention, _Mention]]:
    """The pairs of `_mention_pairs` that stand in one list: nothing but a list joiner (`,`, `;`, `và`) from the
    end of the first to the start of the second."""
    for first, then in _mention_pairs(refs):
        join = _LIST_JOIN.match(view, first[1], then[0])
        if join is not None and join.end() == then[0]:
            yield first, then


def _date_listed(doc: Document, days: _Days, refs: list[DocumentRef], issued: dict[int, DateMention]) -> None:
    """`Ngày 9/5, ông … ký Quyết định số 17/QĐ-UBND, Quyết định số 18/QĐ-UBND và Quyết định số 19/QĐ-UBND`:
    the documents listed right after one its issuing verb dates are issued with it, that day."""
    for (_, end, first), (start, _, then) in _joined_pairs(doc.view, refs):
        day = issued.get(id(first))
        if day is None or then.date is not None or not _fits(then, day):
            continue
        if days.sentence_of(end) != days.sentence_of(start):
            continue
        then.date = day.value
        issued[id(then)] = day


@cache
def _issued_by() -> PhraseMatcher[bool]:
    """`ban hành theo`, `ban hành kèm theo` … (documents_issued_by_cues.txt), read back from a decision's mention."""
    return list_matcher("documents_issued_by_cues.txt", reverse=True)


def _date_issued_by(doc: Document, days: _Days, refs: list[DocumentRef]) -> None:
    """`Quy hoạch … do Tổng cục chủ trì và được ban hành theo Quyết định 12/QĐ-TTg ngày 9/11/2016`: the
    document cited right before a dated decision that issued it (`ban hành theo`, `ban hành kèm theo`) in the
    same sentence takes that decision's date."""
    for (_, end, issued), (start, _, decision) in _mention_pairs(refs):
        if issued.date is not None or decision.date is None or issued is decision:
            continue
        if start - end > _ISSUED_BY_WITHIN or days.sentence_of(end) != days.sentence_of(start):
            continue
        i = doc.token_index(start)
        if i >= len(doc.tokens) or doc.tokens[i].start != start or not _issued_by().ending_at(doc.tokens, i)[0]:
            continue
        year = decision.date[:4]
        if issued.year is None or not year.isdigit() or int(year) == issued.year:
            issued.date = decision.date


def _verb_anchor(doc: Document, days: _Days, ref: DocumentRef, start: int) -> int:
    """Where the issuing verb of a mention would end: right before it, or, for a number restating a
    document in brackets (`ký ban hành Kết luận … (Kết luận số 123-KL/TW)`), before the same type word
    earlier in the clause."""
    view = doc.view
    before = start - 1
    while before >= 0 and view[before] == " ":
        before -= 1
    if before < 0 or view[before] != "(" or not ref.kind:
        return start
    sentence = days.sentence_of(start)
    lo = max(doc.sentences[sentence].start if sentence is not None else 0, before - _RESTATED_WITHIN)
    found = view[lo:before].lower().rfind(ref.kind.lower())
    return lo + found if found >= 0 else start


def _issued_at(doc: Document, days: _Days, anchor: int) -> DateMention | None:
    """The day of the issuing verb that ends right before `anchor`, or None when no verb does."""
    i = doc.token_index(anchor)
    if i >= len(doc.tokens) or doc.tokens[i].start != anchor:
        return None
    n, _ = _ISSUING.ending_at(doc.tokens, i)
    if n:
        verb = doc.tokens[i - n]
        return _day_of(doc, days, verb.start, _VOTING.ending_at(doc.tokens, i)[0] > 0)
    # `Ngày 12/12/2013, Bộ Chính trị có các Quyết định 217, 218 …`: a count word between the verb and the
    # documents it issues; only a day dates them (`trong các năm 2015, 2016, Chính phủ đã ban hành các Nghị quyết
    # 19 …` is one resolution a year)
    counted, _ = _COUNT_WORDS.ending_at(doc.tokens, i)
    n, _ = _ISSUING.ending_at(doc.tokens, i - counted) if counted else (0, None)
    if not n:
        return None
    day = _day_of(doc, days, doc.tokens[i - counted - n].start, _VOTING.ending_at(doc.tokens, i - counted)[0] > 0)
    return day if day is not None and day.precision == "day" else None


def _acted_at(doc: Document, days: _Days, ref: DocumentRef, start: int) -> DateMention | None:
    """The day of the sentence whose act verb the decision starting at `start` does (`… xếp hạng di tích …
    tại Quyết định số 153`), or None: the decision cited as the instrument (`tại`, `theo`) of an act verb
    earlier in its clause, the sentence's day written before the verb with no ceremony between."""
    if not ref.kind or ref.kind.lower() not in _ACT_KINDS:
        return None
    tokens, view = doc.tokens, doc.view
    i = doc.token_index(start)
    sentence = days.sentence_of(start)
    if sentence is None or i >= len(tokens) or tokens[i].start != start:
        return None
    link, _ = _ACT_LINKS.ending_at(tokens, i)
    if not link:
        return None
    lo = max(doc.sentences[sentence].start, start - _ACT_REACH)
    end = i - link
    while end > 0 and tokens[end - 1].start >= lo and tokens[end - 1].text not in _ACT_CLAUSE_ENDS:
        n, _ = _ACT_VERBS.ending_at(tokens, end)
        if n:
            verb = tokens[end - n]
            if _KIND_BEFORE.search(view, lo, verb.start):
                return None
            day = _day_of(doc, days, verb.start, False)
            if (
                day is None
                or verb.start - day.end > _ACT_DAY_REACH
                or any(
                    _ACT_BLOCKS.length(tokens, k, whole_words=True) for k in range(doc.token_index(day.end), end - n)
                )
            ):
                return None
            return day
        end -= 1
    return None


@cache
def _since() -> PhraseMatcher[bool]:
    """`kể từ khi`, `từ sau khi` … (documents_since_cues.txt), read back from an issuing verb."""
    return list_matcher("documents_since_cues.txt", reverse=True)


def _day_of(doc: Document, days: _Days, pos: int, voted: bool) -> DateMention | None:
    """The first day of the sentence before `pos`; for a vote, else the day the story is at."""
    sentence = days.sentence_of(pos)
    if sentence is None:
        return None
    start = doc.sentences[sentence].start
    day = days.first_in(start, pos)
    at = doc.token_index(pos)
    if day is None and not _ANNIVERSARY.ending_at(doc.tokens, at)[0] and not _since().ending_at(doc.tokens, at)[0]:
        # `năm 2015 ký hiệp định …`, `Năm 2013, Quốc hội thông qua Luật …`: the year of the clause (not of a
        # clause of time: `Tháng 9-1973, … lần đầu kể từ sau khi ký Hiệp định …`)
        day = days.year_before(doc.view, start, pos)
    if day is not None or not voted:
        return day
    if days.other_in(start, pos) or sentence in days.earlier:
        return None  # `Năm 2013, Quốc hội thông qua …`, `Trước đó, …`: the sentence is set elsewhere
    return days.latest_before(start)


def _fits(ref: DocumentRef, day: DateMention) -> bool:
    """A day of another year than the document's own (`Luật Đất đai năm 2013`) is not its day."""
    return _fits_value(ref, day.value)


def _fits_value(ref: DocumentRef, value: str) -> bool:
    year = value[:4]
    return ref.year is None or not year.isdigit() or int(year) == ref.year


def _date_anaphors(doc: Document, days: _Days, undated: list[DocumentRef]) -> None:
    """`Quốc hội biểu quyết thông qua các Luật nêu trên`: the documents of that kind cited in the sentence
    before are passed on the day of this one."""
    if not undated:
        return
    by_sentence: dict[tuple[int, str], list[DocumentRef]] = {}
    for ref in undated:
        for mention in ref.mentions:
            sentence = days.sentence_of(mention.start)
            if sentence is not None and ref.kind:
                group = by_sentence.setdefault((sentence, ref.kind), [])
                if ref not in group:
                    group.append(ref)
    for match in _ANAPHOR.finditer(doc.view):
        sentence = days.sentence_of(match.start())
        kind = KINDS[_SPACE.sub(" ", match.group("kind").lower())].kind
        cited = by_sentence.get((sentence - 1, kind), []) if sentence else []
        day = _day_of(doc, days, match.start(), True) if cited else None
        for ref in cited:
            if day is not None and ref.date is None and _fits(ref, day):
                ref.date = day.value


def _date_presented(doc: Document, days: _Days, refs: list[DocumentRef]) -> None:
    """`Nghị quyết này được Quốc hội … thông qua ngày 19 tháng 6 năm 2017`, `Quy hoạch này … đến ngày
    9/11/2016 thì chính thức ban hành …`: a sentence opened by `<kind> này` with an issuing verb dates the
    document of that kind the text presents — the first one it cites — by the day nearest that verb."""
    first: dict[str, DocumentRef] = {}
    for cited in sorted(refs, key=lambda r: r.start):
        if cited.kind:
            first.setdefault(cited.kind.lower(), cited)
    if not first:
        return
    tokens = doc.tokens
    for sentence in doc.sentences:
        m = _SELF.match(doc.view, sentence.start, sentence.end)
        if m is None:
            continue
        ref = first.get(_SPACE.sub(" ", m.group("kind").lower()))
        if ref is None or ref.date is not None or ref.start > sentence.start:
            continue
        verb = None
        for i in range(doc.token_index(m.end()), len(tokens)):
            if tokens[i].start >= sentence.end:
                break
            n, _ = _ISSUED_THEN.ending_at(tokens, i + 1)
            if n:
                verb = tokens[i]
                break
        if verb is None:
            continue
        near = [d for d in (days.latest_before(verb.start), days.first_in(verb.end, sentence.end)) if d]
        near = [d for d in near if d.start >= m.end() and _fits(ref, d)]
        if near:
            ref.date = min(near, key=lambda d: min(abs(d.start - verb.end), abs(verb.start - d.end))).value


def _date_signed_after(doc: Document, days: _Days, undated: list[DocumentRef]) -> None:
    """`Nghị định thư … đã được ký kết ngày 26 tháng 4 năm 2017 tại Viêng Chăn`: a document signed on the day
    written right after the signing verb that follows it in its sentence, with no other document between."""
    if not undated:
        return
    starts = sorted(m.start for r in days.refs for m in r.mentions)
    nested = _nested_mentions(days.refs)
    for ref in undated:
        for mention in ref.mentions:
            if (mention.start, mention.end) in nested:
                continue  # `Nghị định thư sửa đổi Hiệp định …`: the signing is the outer document's
            sentence = days.sentence_of(mention.start)
            if sentence is None:
                continue
            limit = min(doc.sentences[sentence].end, mention.end + _SIGNED_REACH)
            verb = _signing_after(doc.view, mention.end, limit)
            if verb is None:
                continue
            k = bisect_left(starts, mention.end)
            if k < len(starts) and starts[k] < verb.start():
                continue  # another document stands between: the signing is its
            gap = doc.view[mention.end : verb.start()]
            if gap.count("(") > gap.count(")"):
                continue  # `Nghị định thư sửa đổi về Hiệp định TRIPs (… được ký kết vào ngày …`: a note on another
            day = days.first_in(verb.end(), verb.end() + _DAY_AFTER_VERB)
            if day is not None and _fits(ref, day):
                ref.date = day.value
                break


# `Luật … được ban hành`, `Luật … được Quốc hội thông qua`: the document is the subject of a passive issuing verb
# right after it (its issuer, up to six words, may stand between `được` and the verb); no date follows the verb (the
# document's own date, dated elsewhere)
_PASSIVE_AFTER = regexes.compile(
    r"[^\S\n]*(?:đã[^\S\n]+)?được(?:[^\S\n]+[^\s,;:.()“”\"]+){0,6}?[^\S\n]+"
    r"(?:ký[^\S\n]+ban[^\S\n]+hành|ban[^\S\n]+hành|thông[^\S\n]+qua|ký[^\S\n]+kết|phê[^\S\n]+duyệt)(?!\w)"
    r"(?![^\S\n]+(?:vào[^\S\n]+)?(?i:ngày|hôm|tháng|năm|từ|đến|tại|theo|kèm|cách[^\S\n]+đây)(?!\w))"
    # `Luật … được ban hành đã phát huy …`: an auxiliary after the verb opens the main clause, so the passive was a
    # relative clause that tells no day
    r"(?![^\S\n]+(?:đã|sẽ|đang|vẫn|cũng|chưa|không|còn|luôn|mới)(?!\w))"
)
_OPENING_WORDS = 1  # words before a day that still opens its sentence (`Sáng 5/6`: the part of day is the mention's)
_OPENING_REACH = 40  # characters those words may take: no more is read, however long the sentence before the day
_CLAUSE_BREAK = re.compile(r"[,;:]")
_PASSIVE_GAP_REACH = 40  # characters between the date and the document it dates (a comma, an adverb)


def _opens(view: str, start: int, pos: int) -> bool:
    """At most _OPENING_WORDS words stand in view[start:pos], so what is at `pos` opens the sentence or the clause
    that starts at `start` (`Sáng 5/6`, `…, năm 2015`); only a bounded slice is read."""
    return pos - start <= _OPENING_REACH and len(view[start:pos].split()) <= _OPENING_WORDS


@cache
def _passive_adverbs() -> frozenset[str]:
    """`lần đầu tiên`, `chính thức` … (documents_passive_adverbs.txt), folded to lower case."""
    return frozenset(" ".join(w.lower().split()) for w in load_list("documents_passive_adverbs.txt"))


def _subject_after(view: str, end: int, start: int) -> bool:
    """Only commas, spaces and an adverb of documents_passive_adverbs.txt stand in view[end:start]: the document at
    `start` is the subject of the clause the date ending at `end` opens (`Năm 2008, Luật …`; not `Ngày 5/6/2024,
    ông A cho biết Luật …`)."""
    if start - end > _PASSIVE_GAP_REACH:
        return False
    words = " ".join(view[end:start].replace(",", " ").split()).lower()
    return not words or words in _passive_adverbs()


def _date_passive(doc: Document, days: _Days, undated: list[DocumentRef]) -> None:
    """`Năm 2008, Luật Bảo hiểm y tế được ban hành`, `Ngày 6/4/2016, Luật … được Quốc hội thông qua`: a document
    that is the subject of a passive issuing verb in a sentence opened by a day, or by a month or a year opening
    its clause, was issued then (README "Documents": the date of the sentence that issues it)."""
    view = doc.view
    for ref in undated:
        for mention in ref.mentions:
            if _PASSIVE_AFTER.match(view, mention.end) is None:
                continue
            sentence = days.sentence_of(mention.start)
            if sentence is None:
                continue
            start = doc.sentences[sentence].start
            day = days.first_in(start, mention.start)
            if day is not None and not _opens(view, start, day.start):
                continue  # a day inside the sentence dates its own clause
            if day is None:
                day = days.year_before(view, start, mention.start)
            if day is not None and _subject_after(view, day.end, mention.start) and _fits(ref, day):
                ref.date = day.value
                break


def _signing_after(view: str, start: int, limit: int) -> re.Match[str] | None:
    """The first signing verb with its day in view[start:limit] that is no registration: the word before `ký`
    is not `đăng`, whatever its case and the spaces between (`đăng  ký`, `Đăng ký`, a non-breaking space)."""
    for verb in _SIGNED_AFTER.finditer(view, start, limit):
        before = view[start : verb.start()].split()
        if not before or before[-1].casefold() != _REGISTERED:
            return verb
    return None


def _nested_mentions(refs: list[DocumentRef]) -> set[tuple[int, int]]:
    """The (start, end) of every mention that lies inside a longer mention of another kind of document (`Hiệp
    định …` cited in the name of `Nghị định thư sửa đổi Hiệp định …`); one of the same kind (`Hiệp định Hiệp định
    vay …`, a word written twice) is the same document."""
    nested = set()
    reach, outer = -1, ""
    spans = sorted(((m.start, m.end, r.kind or "") for r in refs for m in r.mentions), key=lambda m: (m[0], -m[1]))
    for start, end, kind in spans:
        if end <= reach:
            if kind.lower() != outer.lower():
                nested.add((start, end))
            continue
        reach, outer = end, kind
    return nested
