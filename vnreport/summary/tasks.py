"""Directives and tasks: what is asked, proposed or assigned, by whom and of whom, one row per task.

A task sentence reads `<asker> đề nghị <recipient> <action>; <action>; …`. The verbs, the words that
open an action (`tiếp tục`, `tập trung`, `cần`) and the words that make a verb a noun (`sự chỉ đạo`,
`chỉ đạo của`) are a lexicon (`data/summary_tasks.tsv`). The asker is the official whose mention
precedes the verb in the sentence, else the organisation or document before it, else the capitalised
subject of the clause. The recipient runs from the verb to the first action word. Each `;`-separated
action clause is a row; a `;` followed by a capitalised item (a list of documents) does not start one.
A past report (`Thành phố đã chỉ đạo …`) is not a request unless an official is the one asking.

The one who asks stands in subject position: a person or a body, not an adverbial (`Trong phương án đề
xuất …`, `Khi tổ chức kiểm điểm đề nghị …`); a body followed by a modal (`Sở GD-ĐT Hà Nội cần chỉ đạo
…`) is the one told, not the one asking, whether or not it is a known body (`Xã có trách nhiệm yêu cầu
…`); a body inside the subject's title (`Thủ tướng Chính phủ chỉ đạo …`) is not the asker, the title is.
A negated verb (`không thể giao`), a form's name (`Đơn đề nghị`) and a title (`Trưởng ban chỉ đạo`) ask
nothing. Photo captions, and the caption and credit a page glued before a sentence's text (`lead.caption_spans`),
hold no task.

Which cue asks, by counts over the ten dev sets and a corpus subset (each task read): `yêu cầu`, `đề nghị`,
`chỉ đạo` and `giao` ask; the calls `kêu gọi`, `hối thúc` (a leader or a body calling on another) ask too, but
not a call for money (`kêu gọi đầu tư`); `kiến nghị` asks only whom it names or with a modal; `đề xuất` (a
proposal, an investor's plan, the noun) is no ask. A request of the story's past (`từng đề nghị`), a verb in a
passive or relative clause (`được Bộ X giao`, `do UBND tỉnh giao cho …`) and an allocation (`giao vốn`) are none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

from vnreport import regexes
from vnreport.extract.locations.lexicon import unit_words
from vnreport.extract.names import title_matcher
from vnreport.lexicon import PhraseMatcher, load_rows, load_words
from vnreport.report.model import Report, Sentence, Task
from vnreport.segment.document import Document
from vnreport.spans import covers
from vnreport.summary.lead import after_page, caption_spans, whole_captions
from vnreport.summary.tokens import (
    RolePhraseRow,
    Token,
    body_sentences,
    is_mark,
    match_ending_at,
    match_length,
    sentence_tokens,
    table_matchers,
)
from vnreport.text import fold

_MAX_RECIPIENT_TOKENS = 24
_MAX_SUBJECT_TOKENS = 12
_SENTENCE_END = frozenset({".", "!", "?", "…"})
_OPEN = frozenset({"(", "“", "«", "["})
_CLOSE = frozenset({")", "”", "»", "]"})
_TRAILING = frozenset({",", ";", ".", "…", ":", "-", "và", "nên"})  # `… các cơ quan nên`: the modal is no recipient


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    name: str


@dataclass
class Spans:
    """Mentions sorted by start; what the verbs ask of them is answered by bisection, not by a scan of
    every mention before (which made an article of many verbs and mentions quadratic, issue #11)."""

    spans: list[Span]
    starts: list[int] = field(default_factory=list)
    first_end: dict[str, int] = field(default_factory=dict)  # name → end of its first mention

    def __post_init__(self) -> None:
        self.starts = [span.start for span in self.spans]
        for span in self.spans:
            self.first_end[span.name] = min(span.end, self.first_end.get(span.name, span.end))


@dataclass
class Verb:
    index: int  # token index of the verb
    length: int
    by: str | None
    to: tuple[int, int] | None  # token range of the recipient
    action: int  # token index where the asked action starts


def lexicon() -> dict[str, PhraseMatcher[bool]]:
    return table_matchers("summary_tasks.tsv")


def find_tasks(doc: Document, report: Report, photos: list[tuple[int, int]] | None = None) -> list[Task]:
    """Every task clause of the body; `photos`: the body's `caption_spans`, when the caller has read them."""
    _SCANS.clear()
    try:
        return _find_tasks(doc, report, photos)
    finally:
        _SCANS.clear()


def _find_tasks(doc: Document, report: Report, photos: list[tuple[int, int]] | None) -> list[Task]:
    """Every task clause of the body, in order; repeated paragraphs count once."""
    sentences = body_sentences(doc)
    photos = caption_spans(doc, sentences) if photos is None else photos
    officials = Spans(
        sorted((Span(m.start, m.end, o.name) for o in report.officials for m in o.mentions), key=lambda s: s.start)
    )
    others = Spans(
        sorted(
            [Span(m.start, m.end, o.name) for o in report.organizations for m in o.mentions]
            + [Span(d.start, d.end, d.text) for d in report.documents],
            key=lambda s: s.start,
        )
    )
    titles = {fold(t.text).lower(): o.name for o in report.officials for t in o.titles}
    named = Spans(  # whom a verb may ask by name: a body, an official or a place (`hối thúc Nga …`)
        sorted(
            [Span(m.start, m.end, o.name) for o in report.organizations for m in o.mentions]
            + [Span(m.start, m.end, o.name) for o in report.officials for m in o.mentions]
            + [Span(m.start, m.end, place.name) for place in report.locations for m in place.mentions],
            key=lambda s: s.start,
        )
    )
    tasks: list[Task] = []
    seen: set[tuple] = set()
    previous: list[Task] = []
    captions = whole_captions(sentences, photos)
    for sentence in sentences:
        if sentence.start in captions:
            previous = []
            continue
        if not previous and not _may_ask(doc, sentence):
            continue
        text = after_page(doc, sentence, photos)  # `(Ảnh: PV/Vietnam+) …`: the credit asks nothing
        if text.start != sentence.start:
            previous = []  # a caption or sub-heading glued before the text: a new paragraph, no list goes on
        sentence = text
        toks = sentence_tokens(doc, sentence)
        found = _sentence_tasks(doc, sentence, toks, officials, others, titles, named)
        if not found and previous:
            found = _continued(doc, toks, previous[-1])
        for task in found:
            if task.by is None and task.to is None:
                continue  # no one asks and no one is asked: a verb in passing, not a directive
            if covers(photos, task.start):
                continue  # `Xử lý 12 dự án … Ảnh: X Theo đó, …`: the caption glued before the text asks nothing
            key = (task.verb, task.by, task.to, task.text)
            if key not in seen:
                seen.add(key)
                tasks.append(task)
        previous = found
    return tasks


@cache
def _verb_cue() -> re.Pattern[str]:
    verbs = [row.phrase for row in load_rows("summary_tasks.tsv", RolePhraseRow) if row.role == "verb"]
    return regexes.compile("|".join(re.escape(v) for v in verbs), re.IGNORECASE)


def _may_ask(doc: Document, sentence: Sentence) -> bool:
    """A cheap test before tokenising: the sentence contains a task verb somewhere."""
    return _verb_cue().search(doc.view, sentence.start, sentence.end) is not None


def _sentence_tasks(
    doc: Document,
    sentence: Sentence,
    toks: list[Token],
    officials: Spans,
    others: Spans,
    titles: dict[str, str],
    named: Spans,
) -> list[Task]:
    verbs: list[Verb] = []
    for i in range(len(toks)):
        length = match_length(lexicon()["verb"], toks, i)
        if not length or (toks[i].is_cap and i > 0) or _blocked(toks, i, length):
            continue
        if verbs and (i < verbs[-1].action or (i == verbs[-1].action and verbs[-1].to is not None)):
            continue  # `chỉ đạo Bộ X yêu cầu Hội Y …`: what Bộ X is told is to ask, one task
        verb = _read_verb(doc, sentence, toks, i, length, officials, others, titles, verbs, named)
        if verb is not None and (not verbs or verb.to is not None):
            verbs.append(verb)  # a later verb with no recipient is part of the earlier task's action
    tasks: list[Task] = []
    for k, verb in enumerate(verbs):
        end = verbs[k + 1].index if k + 1 < len(verbs) else len(toks)
        end = _trim_connector(toks, verb.action, end)
        verb_text = " ".join(t.lower for t in toks[verb.index : verb.index + verb.length])
        to = doc.text[toks[verb.to[0]].start : toks[verb.to[1] - 1].end] if verb.to else None
        for start, stop in _clauses(toks, verb.action, end):
            tasks.append(_task(doc, toks, start, stop, verb_text, verb.by, to))
    return tasks


def _blocked(toks: list[Token], i: int, length: int) -> bool:
    """`sự chỉ đạo`, `các yêu cầu`, `lãnh đạo, chỉ đạo`, `chỉ đạo của`: nouns, not requests — but `có văn bản
    yêu cầu` asks in writing; a call for money (`kêu gọi đầu tư`) and a request of the story's past (`từng đề
    nghị`) are not tasks either."""
    if match_length(lexicon()["solicitation"], toks, i) or match_length(lexicon()["allocation"], toks, i):
        return True  # `kêu gọi đầu tư`, `giao vốn`: a call for money, an allocation — no one is asked to act
    if i > 0 and match_ending_at(lexicon()["background"], toks, i):
        return True  # `Ông X từng đề nghị …`: the story's past, not a task of the news
    if i > 0 and match_ending_at(lexicon()["in_writing"], toks, i):
        return bool(match_length(lexicon()["block_after"], toks, i + length))
    if i > 0 and match_ending_at(lexicon()["block_before"], toks, i):
        return True
    if i > 1 and toks[i - 1].lower == "," and match_ending_at(lexicon()["block_before_comma"], toks, i - 1):
        return True
    return bool(match_length(lexicon()["block_after"], toks, i + length))


def _read_verb(
    doc: Document,
    sentence: Sentence,
    toks: list[Token],
    i: int,
    length: int,
    officials: Spans,
    others: Spans,
    titles: dict[str, str],
    verbs: list[Verb],
    named: Spans,
) -> Verb | None:
    at = toks[i].start
    told = _modal_before(toks, i)
    official = _last_before(officials, sentence.start, at)
    if _passive_agent(doc, toks, i, official) or _passive_agent(doc, toks, i, _last_before(others, sentence.start, at)):
        return None  # `dự án do UBND tỉnh giao cho …`, `được Bộ X giao`: what was handed down, not a request
    sent = _addressee(doc, toks, i, _last_before(others, sentence.start, at))
    if sent is not None and not told:
        return _sent_request(sentence, toks, i, length, sent, official, others)
    if official is not None and not told:
        by: str | None = official.name
        scope_start = official.end
        nearer = _clause_subject(doc, toks, i, others, titles, officials)
        if nearer is not None and nearer[0] >= official.end:
            by, scope_start = nearer[1], nearer[0]  # `Tại cuộc họp với Thủ tướng …, UBND TP kiến nghị …`
            if nearer[2] and _has_past(doc, toks, scope_start, at):
                return None  # `…, Ngân hàng Nhà nước đã chỉ đạo …`: a body's past report, no request
    else:
        clause_start = _clause_start(doc, toks, i)
        other = _last_before(others, toks[clause_start].start if clause_start < len(toks) else at, at)
        if told and other is None:
            return _told_subject(toks, clause_start, i, length)
        by = other.name if other else _subject(doc, toks, clause_start, i)
        if other is not None:
            by = _title_around(doc, toks, clause_start, i, other, others) or by
        scope_start = other.end if other else sentence.start
        if by is not None and _is_pronoun(by):
            last = _last_before(officials, 0, at)
            by = last.name if last else None
        elif by is not None:
            by = _holder(by, titles, officials, at) or (
                by if other is not None or _names_one(toks, clause_start, i) else None
            )
        elif by is None and verbs:
            by = verbs[-1].by
        if told and other is not None:
            # `Sở GD-ĐT Hà Nội cần chỉ đạo các trường …`: the body is told what to do; no one asks here
            action = i + length
            told_range = _token_range(doc, toks, other.start, other.end)
            return Verb(i, length, None, told_range, action) if action < len(toks) else None
        if _has_past(doc, toks, scope_start, at):
            return None
    to, action = _recipient(toks, i + length)
    whole = _named_recipient(doc, toks, i + length, named)
    if whole is not None and (to is None or _runs_past_name(toks, to, whole)):
        to, action = whole, whole[1]
    if action >= len(toks) or not (toks[action].is_wordlike or toks[action].lower in _OPEN - {"("}):
        return None  # `Phát biểu chỉ đạo, …`: a verb followed by punctuation asks nothing
    if to is None and match_length(lexicon()["not_action"], toks, action):
        return None  # `nhiệm vụ do Thủ tướng giao và …`, `đất được giao (…)`: a verb in passing
    if to is None and _unaddressed_proposal(toks, i, action):
        return None  # `Doanh nghiệp có kiến nghị gì thêm …`: a proposal that asks no one is a noun
    return Verb(i, length, by, to, action)


def _unaddressed_proposal(toks: list[Token], verb: int, action: int) -> bool:
    """`kiến nghị` names whom it asks (`kiến nghị Chính phủ …`) or opens its action with a modal (`kiến nghị
    nên cho phép …`) when it asks; otherwise it is a noun or a report (`thư kiến nghị gửi …`). On the ten dev
    sets 8 of the 14 read were asks, all 8 with a recipient or a modal, none of the 6 others."""
    return bool(match_length(lexicon()["proposal"], toks, verb)) and not match_length(lexicon()["modal"], toks, action)


def _token_range(doc: Document, toks: list[Token], start: int, end: int) -> tuple[int, int]:
    """The token range of the text from `start` to `end` (a mention): its first token and the one after it."""
    starts = _scans(doc, toks)[0]
    return bisect_left(starts, start), bisect_left(starts, end)


def _addressee(doc: Document, toks: list[Token], verb: int, body: Span | None) -> tuple[int, int] | None:
    """`Bộ X có công văn gửi Sở Y yêu cầu …`: the body right before the verb that a paper is sent to (`gửi`
    before it) is the one told, not the one asking. Token range of the body, if so."""
    if body is None:
        return None
    first, after = _token_range(doc, toks, body.start, body.end)
    if first == 0 or after > verb or not match_ending_at(lexicon()["sent_to"], toks, first):
        return None
    between = after + (after < verb and toks[after].lower == "để")  # `gửi UBND Hà Nội để chỉ đạo …`
    return (first, after) if _subject_end(toks, between, verb) == between else None


def _sent_request(
    sentence: Sentence,
    toks: list[Token],
    verb: int,
    length: int,
    sent: tuple[int, int],
    official: Span | None,
    others: Spans,
) -> Verb | None:
    """The request of a paper sent to a body: asked by the official named before, else the body or paper
    before `gửi`. On the ten dev sets and the corpus subset it fired 5 times, each time on the body sent to
    read as the asker before: the one told right 5 times, the asker 4 (the fifth is the paper itself)."""
    action = verb + length
    if action >= len(toks) or not toks[action].is_wordlike:
        return None
    sender = _last_before(others, sentence.start, toks[sent[0]].start)
    by = official.name if official is not None else sender.name if sender is not None else None
    return Verb(verb, length, by, sent, action)


def _passive_agent(doc: Document, toks: list[Token], verb: int, agent: Span | None) -> bool:
    """`được Thủ tướng giao …`, `do UBND tỉnh giao cho …`: the mention right before the verb is the agent of a
    passive or relative clause (`agent_mark` before it), so the verb tells what was handed down. On the ten
    dev sets and the corpus subset it fired on 8 `giao` tasks, 7 of them no request. A `relative_mark` (`chỉ
    tiêu X giao`) is read for `giao` only: before `yêu cầu` the same words open a request (`… mà UBND tỉnh còn
    yêu cầu các sở …`, `Để thực hiện kế hoạch UBND tỉnh yêu cầu …`)."""
    if agent is None:
        return False
    first, after = _token_range(doc, toks, agent.start, agent.end)
    if first == 0 or after > verb or _subject_end(toks, after, verb) != after:
        return False
    if match_ending_at(lexicon()["agent_mark"], toks, first):
        return True
    return toks[verb].lower == "giao" and bool(match_ending_at(lexicon()["relative_mark"], toks, first))


def _clause_subject(
    doc: Document, toks: list[Token], verb: int, others: Spans, titles: dict[str, str], officials: Spans
) -> tuple[int, str, bool] | None:
    """(start, name, whether a body) of the subject that opens the verb's own clause: a body (`…, UBND TP.HCM
    kiến nghị`) or a title standing for an official named before (`…, Thủ tướng cho biết sẽ giao …`)."""
    start = _clause_start(doc, toks, verb)
    if start >= verb:
        return None
    end = _subject_end(toks, start, verb)
    if end <= start:
        return None
    body = _last_before(others, toks[start].start, toks[end - 1].end)
    if body is not None and body.start == toks[start].start and body.end == toks[end - 1].end:
        return body.start, body.name, True
    subject = _subject(doc, toks, start, verb)
    holder = _holder(subject, titles, officials, toks[verb].start) if subject else None
    return (toks[start].start, holder, False) if holder else None


def _told_subject(toks: list[Token], clause_start: int, verb: int, length: int) -> Verb | None:
    """`Địa phương có trách nhiệm yêu cầu các hộ …`: the subject before the modal is the one told to ask."""
    modal = match_ending_at(lexicon()["modal"], toks, verb)
    told = _subject_range(toks, clause_start, verb - modal)
    action = verb + length
    return Verb(verb, length, None, told, action) if told is not None and action < len(toks) else None


def _title_around(
    doc: Document, toks: list[Token], clause_start: int, verb: int, body: Span, others: Spans
) -> str | None:
    """`Thủ tướng Chính phủ sẽ chỉ đạo …`, `Lãnh đạo Chính phủ yêu cầu …`: a body that ends a subject made
    of a title and the body is not the asker; the title (or the official it stands for) is. A body that
    is the whole subject (`Văn phòng Chính phủ`, around `Chính phủ`) is the asker."""
    found = _subject_range(toks, clause_start, verb)
    if found is None or toks[found[1] - 1].end != body.end:
        return None
    whole = _span_at(others, toks[found[0]].start, body.end)
    if whole is not None:
        return whole.name
    starts = _scans(doc, toks)[0]
    head = bisect_left(starts, body.start) - found[0]
    title = max(match_length(title_matcher(), toks, found[0]), match_length(lexicon()["leaders"], toks, found[0]))
    if head <= 0 or title != head:
        return None
    return doc.text[toks[found[0]].start : body.end]


def _modal_before(toks: list[Token], i: int) -> bool:
    """`cần`, `phải`, `có trách nhiệm` right before the verb: its subject is the one told."""
    return bool(match_ending_at(lexicon()["modal"], toks, i))


def _last_before(spans: Spans, lo: int, hi: int) -> Span | None:
    """The last span (by start) starting in [lo, hi) and ending by hi."""
    first = bisect_left(spans.starts, lo)
    for k in range(bisect_left(spans.starts, hi) - 1, first - 1, -1):
        if spans.spans[k].end <= hi:
            return spans.spans[k]
    return None


def _span_at(spans: Spans, start: int, end: int) -> Span | None:
    """The span that runs exactly from start to end, if there is one."""
    k = bisect_left(spans.starts, start)
    while k < len(spans.spans) and spans.starts[k] == start:
        if spans.spans[k].end == end:
            return spans.spans[k]
        k += 1
    return None


def _scans(doc: Document, toks: list[Token]) -> tuple[list[int], list[int], list[int]]:
    """Per token list, computed once: token starts, where each token's clause starts, and how many past
    markers (`đã chỉ đạo`) start before each token."""
    cached = _SCANS.get(id(toks))
    if cached is None or cached[0] is not toks:
        clause = [0] * (len(toks) + 1)
        past = [0] * (len(toks) + 1)
        for k, tok in enumerate(toks):
            clause[k + 1] = k + 1 if tok.kind == "punct" and tok.lower in {",", ";", ":"} else clause[k]
            past[k + 1] = past[k] + bool(match_length(lexicon()["past"], toks, k))
        cached = (toks, [t.start for t in toks], clause, past)
        _SCANS[id(toks)] = cached  # the list is kept with its arrays, so its id is not reused meanwhile
    return cached[1], cached[2], cached[3]


# Arrays per token list of the article being read (find_tasks empties it first).
_SCANS: dict[int, tuple[list[Token], list[int], list[int], list[int]]] = {}


def _subject_end(toks: list[Token], start: int, verb: int) -> int:
    """Where the subject before the verb ends once the words that trail a subject (`subject_trim`: adverbs,
    auxiliaries) are taken off its end."""
    end = verb
    while end > start:
        length = match_ending_at(lexicon()["subject_trim"], toks, end)
        if not length:
            break
        end -= length
    return end


def _clause_start(doc: Document, toks: list[Token], i: int) -> int:
    return _scans(doc, toks)[1][i]


def _subject(doc: Document, toks: list[Token], start: int, verb: int) -> str | None:
    """`Phó Thủ tướng yêu cầu …`: the capitalised subject before the verb, when no entity is there — not
    an adverbial (`Trong phương án …`, `Khi tổ chức …`) or an abstract noun (`Tinh thần …`)."""
    found = _subject_range(toks, start, verb)
    return doc.text[toks[found[0]].start : toks[found[1] - 1].end] if found else None


def _names_one(toks: list[Token], clause_start: int, verb: int) -> bool:
    """Whether the subject before the verb, which no entity covers and no title of a known official matches,
    names one who asks: each of its words opens with a capital (`Phó Thủ tướng`, `Thứ trưởng Bộ X`), bar the
    words of a name (`in_name`: `Chủ tịch UBND tỉnh`, `Nhà lãnh đạo Nga`) and the leaders' word that opens it
    (`lãnh đạo tỉnh X`). A lower-case verb or adverb makes the words a clause whose noun the verb is (`Quản lý
    nhà nước chưa đáp ứng kịp yêu cầu …`, `Đây chỉ là đề nghị`, `Một số dự án giao …`), not an asker."""
    found = _subject_range(toks, clause_start, verb)
    if found is None:
        return False
    start, end = found
    if match_length(lexicon()["plural"], toks, start) or match_length(title_matcher(), toks, start):
        # `Các chuyên gia …`, `Nhiều công nhân …`, `Trưởng ban An toàn giao thông …`: people or a title, whatever
        # their lower-case words, unless an auxiliary or a copula shows a clause (`Thủ tướng cũng nêu ra yêu cầu`)
        return not any(
            toks[k].first and not toks[k].is_cap and match_length(lexicon()["clause_word"], toks, k)
            for k in range(start, end)
        )
    k = start + match_length(lexicon()["leaders"], toks, start)
    while k < end:
        tok = toks[k]
        if tok.kind != "word" or not tok.first or tok.is_cap:
            k += 1
            continue
        # a unit word names people by their place (`Người dân thôn X`, `Cử tri khu phố Y`)
        length = match_length(lexicon()["in_name"], toks, k) or match_length(unit_words(), toks, k)
        if not length:
            return False
        k += length
    return True


def _subject_range(toks: list[Token], start: int, verb: int) -> tuple[int, int] | None:
    """The token range of the capitalised subject that runs from `start` to the verb, if there is one."""
    start = _subject_start(toks, start, verb)
    if start < verb and match_length(lexicon()["not_subject"], toks, start):
        return None
    end = _subject_end(toks, start, verb)
    if end == start or not (toks[start].is_cap or _leaders_of(toks, start, end)) or end - start > _MAX_SUBJECT_TOKENS:
        return None
    return start, end


def _leaders_of(toks: list[Token], start: int, end: int) -> bool:
    """`lãnh đạo tỉnh Bình Định yêu cầu …`: a subject written in lower case that names the leaders of a
    named place or body."""
    length = match_length(lexicon()["leaders"], toks, start)
    return bool(length) and any(tok.is_cap for tok in toks[start + length : end])


def _subject_start(toks: list[Token], start: int, verb: int) -> int:
    """Past the words that open a clause before its subject: a connector (`Đồng thời …`) and a word that
    precedes the noun (`vị Chủ tịch …`)."""
    start += match_length(lexicon()["connector"], toks, start) if start < verb else 0
    start += toks[start].lower == "," if start < verb else 0
    start += match_length(lexicon()["subject_lead"], toks, start) if start < verb else 0
    return start


def _holder(subject: str, titles: dict[str, str], officials: Spans, at: int) -> str | None:
    """`Thiếu tướng đề nghị`: a title standing alone is the official named earlier with that title."""
    name = titles.get(fold(subject).lower())
    if name is None:
        return None
    named_before = officials.first_end.get(name, at + 1) <= at
    return name if named_before else None


def _is_pronoun(subject: str) -> bool:
    """`Ông đề nghị`, `Đồng chí yêu cầu`: an anchor word standing for the official last named."""
    return subject.lower() in load_words("officials_anchors.txt")


def _has_past(doc: Document, toks: list[Token], lo: int, hi: int) -> bool:
    """A past marker starts in [lo, hi)."""
    starts, _, past = _scans(doc, toks)
    return past[bisect_left(starts, hi)] > past[bisect_left(starts, lo)]


def _recipient_start(toks: list[Token], j: int) -> int:
    """Past `:`, `cho` and what is handed over (`giao nhiệm vụ cho các sở …`) to whom the verb asks."""
    if j < len(toks) and toks[j].lower in {":", "cho"}:
        j += 1
    return j + (match_length(lexicon()["assignment"], toks, j) if j < len(toks) else 0)


# Mentions looked at that open at the recipient's first token: a body, an official and a place can share a start,
# and a name nested in a longer one another; a fixed bound keeps the look constant however many mentions a
# hostile text stacks at one offset.
_MOST_AT_ONE_START = 8


def _named_recipient(doc: Document, toks: list[Token], j: int, named: Spans) -> tuple[int, int] | None:
    """`kêu gọi Tổng thống Nga dùng …`, `giao cho Thanh tra Chính phủ thanh tra …`: a body, official or place
    named right after the verb and followed by a lower-case verb is the one asked, though no action word
    (`tiếp tục`, `tập trung` …) marks where the recipient ends."""
    j = _recipient_start(toks, j)
    if j >= len(toks):
        return None
    k = bisect_left(named.starts, toks[j].start)
    ends = [span.end for span in named.spans[k : k + _MOST_AT_ONE_START] if span.start == toks[j].start]
    if not ends:
        return None
    _, end = _token_range(doc, toks, toks[j].start, max(ends))
    if end <= j or end >= len(toks) or toks[end - 1].end != max(ends):
        return None  # the name ends inside a token, or nothing follows it
    after = toks[end]
    if after.is_cap or not after.is_wordlike or match_length(lexicon()["not_after_recipient"], toks, end):
        return None  # `đề nghị Bộ Tài chính là đầu mối …`, `… Bộ X về việc …`: no action of the named one
    return j, end


def _recipient(toks: list[Token], j: int) -> tuple[tuple[int, int] | None, int]:
    """(token range of whom the verb asks, index where the asked action starts)."""
    j = _recipient_start(toks, j)
    if j >= len(toks) or not (toks[j].is_cap or match_length(lexicon()["recipient"], toks, j)):
        return None, j
    for k in range(j + 1, min(len(toks), j + _MAX_RECIPIENT_TOKENS)):
        if is_mark(toks[k], _SENTENCE_END) or toks[k].lower in {";", ":", "là"}:
            break  # `là`: a copula, so the verb was in a noun phrase (`nhiệm vụ … giao cho X là …`), no one told
        if _starts_action(toks, k) or _ends_recipient(toks, k):
            end = k
            while end > j and toks[end - 1].lower in _TRAILING:
                end -= 1
            return ((j, end), k) if end > j else (None, k)
    return None, j


def _runs_past_name(toks: list[Token], to: tuple[int, int], name: tuple[int, int]) -> bool:
    """`yêu cầu Bộ Công an mở …`, `kêu gọi Tehran lập tức ngừng …`: the recipient read up to an action word
    runs past the body or place named right after the verb into a lower-case word — the named one's action,
    since no action word of the lexicon opened it — unless that word carries the name on (`recipient_goes_on`:
    `Sở X và các đơn vị …`, `UBND các huyện`; a unit word: `UBND tỉnh …`)."""
    if to[0] != name[0] or to[1] <= name[1]:
        return False
    k = name[1]
    return not (match_length(lexicon()["recipient_goes_on"], toks, k) or match_length(unit_words(), toks, k))


def _starts_action(toks: list[Token], k: int) -> bool:
    if toks[k].is_cap or not _opens_action(toks, k):
        return False
    return not (k > 0 and match_ending_at(lexicon()["determiner"], toks, k))


def _ends_recipient(toks: list[Token], k: int) -> bool:
    """`chỉ đạo Bộ X yêu cầu Hội Y …`, `đề nghị Bộ trưởng cho biết …`: a verb that is what the recipient is
    asked to do, though it opens no list of actions."""
    return not toks[k].is_cap and bool(match_length(lexicon()["recipient_end"], toks, k))


def _opens_action(toks: list[Token], k: int) -> bool:
    """An action word at toks[k], unless the phrase there only looks like one (`các đơn vị có liên quan`)."""
    opens = match_length(lexicon()["task_start"], toks, k)
    return bool(opens) and not match_length(lexicon()["not_task_start"], toks, k)


def _trim_connector(toks: list[Token], start: int, end: int) -> int:
    """Drop `, đồng thời` / `và` that lead into the next verb of the sentence."""
    while end > start:
        length = match_ending_at(lexicon()["connector"], toks, end)
        if length:
            end -= length
        elif toks[end - 1].lower in _TRAILING:
            end -= 1
        else:
            break
    return end


def _clauses(toks: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """Split an action at `;` outside quotes and brackets when a lower-case action follows."""
    clauses = []
    depth = 0
    clause_start = start
    for k in range(start, end):
        text = toks[k].lower
        if text in _OPEN or (text == '"' and depth == 0):
            depth += 1
        elif text in _CLOSE and depth == 0:
            end = k  # `… xử lý hồi cuối tháng 3) Dự thảo …`: a bracket or quotation closed, the action with it
            break
        elif text in _CLOSE or text == '"':
            depth = max(0, depth - 1)
        elif text == ";" and depth == 0 and k + 1 < end and _opens_clause(toks, k + 1):
            clauses.append((clause_start, k))
            clause_start = k + 1
    clauses.append((clause_start, end))
    return [(a, b) for a, b in clauses if b > a]


def _opens_clause(toks: list[Token], k: int) -> bool:
    """A lower-case word after `;` opens the next asked action, unless it goes on a list of nouns or makes a
    remark (`…; các mẫu chuẩn …`, `…; đây là …`): the second half of one task, not a task of its own."""
    return toks[k].is_wordlike and not toks[k].is_cap and not match_length(lexicon()["not_clause"], toks, k)


def _task(doc: Document, toks: list[Token], start: int, end: int, verb: str, by: str | None, to: str | None) -> Task:
    while end > start + 1 and toks[end - 1].lower in _TRAILING:
        end -= 1
    lead = match_length(lexicon()["connector"], toks, start)
    if lead and start + lead < end:
        start += lead + (toks[start + lead].lower == ",")  # `; đồng thời thúc đẩy …`
    a, b = toks[start].start, toks[end - 1].end
    return Task(text=doc.text[a:b], verb=verb, by=by, to=to, start=a, end=b)


def _continued(doc: Document, toks: list[Token], previous: Task) -> list[Task]:
    """`Bên cạnh đó, tập trung đẩy mạnh …`: no verb, no subject — the previous task list goes on."""
    i = match_length(lexicon()["connector"], toks, 0)
    if i and i < len(toks) and toks[i].lower == ",":
        i += 1
    if i >= len(toks) or not _opens_action(toks, i) or match_length(lexicon()["not_continued"], toks, i):
        return []  # `Báo cáo tại cuộc họp, ông X cho biết …`: a report's noun or clause, not the next task
    end = len(toks)
    tasks = []
    for start, stop in _clauses(toks, i, end):
        task = _task(doc, toks, start, stop, previous.verb, previous.by, previous.to)
        task.continued = True
        tasks.append(task)
    return tasks
