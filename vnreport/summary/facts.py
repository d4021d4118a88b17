"""Key facts: the figures a reader must take away, as rows of what is measured, the value, and how it
changed — at most MAX_FACTS, the most important first.

Read from `report.figures`. A percentage written right after another figure as its change
(`343,6 nghìn tỷ đồng, tăng 18,2% so với cùng kỳ`) belongs to that figure and is not a fact of its own.
The change phrase is every change clause after the figure, as written (`đạt 99,4% kế hoạch năm, tăng
5,3% so với cùng kỳ năm 2023`); the measure is the figures extractor's, else the words of the clause
before the figure, less the verbs that only link it (`ước thực hiện`, `đạt`) — kept only when it is a
noun phrase (`GRDP của Thành phố`, not `bằng` or `Thủ tướng … đề nghị`); an amount whose clause before it is no noun
phrase, or its cut end, keeps the noun phrase that clause ends with (`… mục tiêu đến năm 2030 giá trị tôm xuất khẩu`),
and a sum of money still unnamed takes the noun phrase of the verb it is the object of (`bị xử phạt 70 triệu đồng` →
`tiền phạt`).

Importance: the headline is in the title and the lead, the news in the event's sentence; a figure in
parentheses, one item of a breakdown (`gồm 48 xã, 16 phường và 1 đặc khu`) or a lone `1` says less. A
money, percentage or measure without a noun-phrase measure tells a reader nothing and is left out; a
count carries its noun (`82 xã`). The selection is strict, by counts over the ten read sets: past the lead of a text
without paragraph breaks a figure is the body's detail (an amount there only when the lead writes its number), a
count of persons or items with nothing said of them past the lead is dropped, and a measure opening with a
conjunction or a comparison (`hoặc`, `so với`, `tương đương`) is none. A count told past the lead is the story's
detail when the title or the lead gives a figure, and inside the paragraph after the lead (past its first sentence)
when neither does, unless a change comes to it or the lead writes its number. `traced_key_facts` tags each fact
with the path that labelled it, for `benchmarks/fact_paths.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, islice

import msgspec

from vnreport import regexes
from vnreport.extract.documents.lexicon import KINDS
from vnreport.extract.figures.lexicon import figure_lexicon
from vnreport.extract.figures.quantities import is_label
from vnreport.lexicon import PhraseMatcher, load_list, load_rows, phrase_matcher, treebank_verbs
from vnreport.numbers import number_words, small_number
from vnreport.report.model import DateMention, Figure, KeyFact, Paragraph, Report, Sentence
from vnreport.segment.document import Document
from vnreport.spans import covers
from vnreport.summary.lead import caption_spans
from vnreport.summary.tokens import (
    RolePhraseRow,
    Token,
    is_mark,
    later_copies,
    match_ending_at,
    match_length,
    sentence_tokens,
    table_matchers,
    table_values,
)
from vnreport.text import fold

MAX_FACTS = 5
_YEAR_FIRST, _YEAR_LAST = 1900, 2100  # a number this size before a title is a year, not a head count
_TITLE = 3.0  # `Placed.where` of a figure in the title
# A count with nothing said of it (no measure, no verb) is kept among the first three sentences of the body
# only, whatever its size: of the key facts the ten real sets showed, such counts from the fourth body sentence on
# were 0 of 42 a gold headline figure (`3 anh em`, `77.000 người` — its only measure is its own noun), while every
# gold count that deep has a measure (`437 đại biểu tán thành`).
_BARE_COUNT_REACH = 3
# The paragraph after the lead (`Placed.where` `_AFTER_LEAD`) ranks next to it — but in a text without paragraph
# breaks it runs to the end of the article. Of the key facts the ten real sets gave from its 11th body sentence on (412
# candidates, 260 shown, in 123 articles), none was a gold headline figure; from the 5th to the 10th, 4 of 237.
_RUN_ON_REACH = 10
# An amount (money, a percentage, a measure) from the 4th body sentence of that paragraph on: of the 78 the ten
# sets showed from the 5th, 2 were gold headline figures, and both repeat a number the title or the lead writes
# (`vay ngân hàng gần 20 tỷ` in the lead, `20 tỷ đồng` in the body), which keeps them. The 4th sentence read over the
# 26 read sets (dev … dev25, round 35): of its 56 amounts shown as key facts, 2 matched a gold headline figure, and
# one of those the title's own figure already gave (`10 cân` … `10kg`); the rest were the body's detail (`tổng mức
# đầu tư 242 tỷ đồng`, `tỷ lệ này 19,3%`). Counts are not amounts: they reach further (`_COUNT_REACH`, below).
_AMOUNT_REACH = 3
# A count from the 6th body sentence of that paragraph on: of the 137 the fourteen read sets showed (dev..dev14), one
# was a gold headline figure, and it is what a change comes to (`giảm xuống còn 681 thành viên`); so is news told
# late, when the rest is the background.
_COUNT_REACH = 5
_CHANGE_BEFORE = 3  # tokens before a count that may hold the change it ends (`giảm xuống còn 681`)
_LEAD = 2.0  # `Placed.where` of the lead: the body's first paragraph of running text
_AFTER_LEAD = 1.0  # `Placed.where` of the paragraph after the lead
_SMALL_COUNT = 100  # a rate (`10 triệu đồng/tháng`) that deep is dropped only when it is small: a big one says a price
_MAX_MEASURE_TOKENS = 14
_CLAUSE_COMMA = regexes.compile(r",\s")
_MAX_GAP_TOKENS = 15  # words between a figure and a change that still belongs to it
_AMOUNT_WINDOW = 3  # `tăng khoảng 5%`, `tăng gấp đôi`
_CLAUSE_BREAK = frozenset({",", ";", ":", ".", "!", "?", "…", "(", ")"})
_CHANGE_END: frozenset[str] = frozenset({",", ";", ".", "!", "?", "…", ":"})
_LEADING_NOISE = frozenset({"và", "còn", "riêng", "trong", "đó", "-", "trong đó"})
_MIN_LEAD_WORDS = 8
_MAX_MEASURE_WORDS = 12  # the figures extractor keeps the last 12 words: that many is a cut clause
_SAME_COUNT = 20  # two counts of this size or more with the same value are one number told twice
_MAX_AROUND_TOKENS = 6
_JOINING_ROLES = frozenset({"tens", "zero"})  # numbers_words.tsv roles that join a longer number (`_numeral_word`)
_TEN = 10  # a number word worth ten joins a longer number (`mười hai`)
_ABLE = "được"  # after a verb, what it achieved: part of the verb's phrase (`bắt được`)
_MAX_VERBS = 3  # verbs before a count read as what is done to it (`ra lệnh bắt tạm giam`)
_MAX_SUBJECT_VERB_WORDS = 6  # `Ban quản lý rừng bắt được`: a subject and its verb; longer is a clause cut anywhere
_MAX_COUNTED_WORDS = 3  # words qualifying a count's noun after it (`cơ sở đào tạo giáo viên`)
_LOOKBACK = 400  # characters before a figure read for a breakdown, an aside or a quotation
_TOTAL = ("tổng", "toàn bộ", "cả nước")
_CLAUSE_MARKS = frozenset(",;:")
_BREAKDOWN = regexes.compile(r"(?<!\w)(?:gồm|bao gồm)(?!\w)|:", re.IGNORECASE)
# A sum written in `tỷ` with no unit word (`chi 1.200 tỷ sắm xe`, `gần 70 tỷ`): of the 20 such figures in 330 corpus
# texts, 19 are đồng and the other repeats the currency of the sum before it in its sentence (`3,3 tỷ USD … 2 tỷ`).
# A sum with no written number (`hàng chục nghìn tỷ`, `mấy tỉ`) gives no figure to take away and keeps no unit.
_BARE_SUM = regexes.compile(r"\d[\d.,]*\s(?:(?:nghìn|ngàn|triệu)\s)?(?:tỷ|tỉ)$", re.IGNORECASE)
_DONG = "VND"
_PURPOSE = "để"  # `50 tỷ để sửa chữa sân`: what the sum is for
_MAX_PURPOSE_TOKENS = 6  # syllables of the verb phrase after a bare sum (`xây 2 cầu vượt`)
_PHRASE_END = frozenset({"nhưng", "thì", "mà", "và", "là", "khi", "nên", "song", "còn"})  # a new clause begins
# Syllables after a measure head that still qualify it (`giá trị tôm xuất khẩu`): of the amounts labelled from a
# head in the whole corpus, every longer tail but two of seven was a clause going on (`kim ngạch thương mại … sớm đạt
# mục tiêu`, `thu ngân sách trong bối cảnh thuế …`).
_MAX_HEAD_TAIL = 3
_APPROX_BEFORE = frozenset({"hơn", "gần", "khoảng", "trên", "tới", "đến", "chừng", "ngót"})


@dataclass
class TracedFact:
    """A key fact with where it came from, for the benchmark that measures each path (never in the output)."""

    fact: KeyFact
    path: str  # which reader labelled it: `extractor`, `count_counted`, `around`, `sum_purpose`, `headline_count` …
    importance: float
    where: float  # as `Placed.where`
    nth: int  # as `Placed.nth`


@dataclass
class Placed:
    figure: Figure
    sentence: Sentence
    toks: list[Token]
    where: float  # 3 the title, 2 the lead paragraph, 1 the next one, 0 later
    nth: int  # which sentence of the body text it stands in (0 the first; the title's is 0 too)
    opens: bool = True  # its sentence opens its paragraph


@dataclass
class _Scans:
    """What the per-figure questions would otherwise rescan: every question is answered by bisection or
    from arrays computed once per sentence, so an article of many figures takes linear time (issue #11)."""

    report: Report
    toks: dict[int, tuple[list[int], list[int], list[int], list[int]]] = field(default_factory=dict)
    words: dict[int, list[int]] = field(default_factory=dict)  # id of a sentence → its words' start offsets
    chains: dict[tuple[int, int], int] = field(default_factory=dict)
    dates: list[DateMention] = field(default_factory=list)  # by start, then report order
    date_starts: list[int] = field(default_factory=list)
    date_ends: list[int] = field(default_factory=list)  # of `dates_by_end`
    dates_by_end: list[DateMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)  # by start, then report order
    figure_starts: list[int] = field(default_factory=list)
    figure_order: dict[int, int] = field(default_factory=dict)  # id of a figure → its index in the report
    figure_ends: list[int] = field(default_factory=list)  # sorted
    period_dates: list[DateMention] | None = None  # dates a period may be: not days, not in a change
    period_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.dates = sorted(self.report.dates, key=lambda d: d.start)
        self.date_starts = [d.start for d in self.dates]
        self.dates_by_end = sorted(self.report.dates, key=lambda d: d.end)
        self.date_ends = [d.end for d in self.dates_by_end]
        self.figures = sorted(self.report.figures, key=lambda f: f.start)
        self.figure_starts = [f.start for f in self.figures]
        self.figure_order = {id(f): k for k, f in enumerate(self.report.figures)}
        self.figure_ends = sorted(f.end for f in self.report.figures)

    def word_starts(self, sentence: Sentence) -> list[int]:
        """The start offsets of a sentence's words, computed once per sentence (a sentence of many counts)."""
        key = id(sentence)
        if key not in self.words:
            self.words[key] = [w.start for w in sentence.words]
        return self.words[key]

    def arrays(self, toks: list[Token]) -> tuple[list[int], list[int], list[int], list[int]]:
        """Per token index: its start offset, where its clause starts (after a clause break), where its
        change clause ends (at a `_CHANGE_END`), and the first token from it that is no leading noise."""
        key = id(toks)
        if key not in self.toks:
            n = len(toks)
            clause_start = [0] * (n + 1)
            for k in range(1, n + 1):
                clause_start[k] = clause_start[k - 1] if not is_mark(toks[k - 1], _CLAUSE_BREAK) else k
            change_end = [n] * (n + 1)
            noise_end = [n] * (n + 1)
            for k in range(n - 1, -1, -1):
                change_end[k] = k if is_mark(toks[k], _CHANGE_END) else change_end[k + 1]
                noise_end[k] = noise_end[k + 1] if is_mark(toks[k], _LEADING_NOISE) else k
            self.toks[key] = ([t.start for t in toks], clause_start, change_end, noise_end)
        return self.toks[key]


def key_facts(doc: Document, report: Report, event_sentence: Sentence | None = None) -> list[KeyFact]:
    """The figures worth a reader's ten seconds, the most important first, at most MAX_FACTS."""
    return [traced.fact for traced in traced_key_facts(doc, report, event_sentence)]


def traced_key_facts(doc: Document, report: Report, event_sentence: Sentence | None = None) -> list[TracedFact]:
    """The key facts, each with the path that labelled it (which reader gave its measure) and its importance:
    internal tags the benchmark `fact_paths.py` counts precision by, never in the output."""
    placed = _placed_figures(doc, report)
    scans = _Scans(report)
    spans = [_change_span(item.toks, item.figure.end, scans) for item in placed]
    found_spans = [s for s in spans if s is not None]
    placed_starts = [p.figure.start for p in placed]  # sorted: placed in the order of the figures
    absorbed: set[int] = set()  # start offsets of figures that are another figure's change
    facts: list[tuple[float, int, TracedFact]] = []
    inner: set[int] = set()  # ids of the counts inside the paragraph after the lead, past its first sentence
    restated: set[int] = set()  # ids of the counts past the lead that a change comes to or whose number the lead writes
    seen: set[tuple] = set()
    quantities = _quantity_units()
    lead_numbers = _lead_numbers(doc)
    # the headline's figures: the body telling one again, value and unit, tells the news
    title_figures = {(p.figure.value, p.figure.unit) for p in placed if p.where == _TITLE and p.figure.unit}
    names = {fold(m.text).lower() for loc in report.locations for m in loc.mentions}
    names |= {fold(m.text).lower() for org in report.organizations for m in org.mentions}
    currencies = _sum_currencies(placed, quantities)
    story_year = _story_year(report)
    for item, change_span in zip(placed, spans, strict=True):
        if id(item) in currencies:
            item.figure = msgspec.structs.replace(item.figure, unit=currencies[id(item)])
        figure = item.figure
        if figure.start in absorbed or figure.value is None:
            continue
        if _is_vague(figure):
            continue  # `hàng chục người`, `hàng trăm tiểu thương`: an order of size, no figure to take away
        if _is_body_aside(doc, item) and (figure.value, figure.unit) not in title_figures:
            continue  # `(tương đương 2.160 tỷ USD)`, `(cụ thể giá thuê năm trước là …)` past the lead: an aside, a
            # conversion or a detail the sentence sets apart, not the news
        if (
            item.where < _LEAD
            and _in_past_year(item, found_spans, scans, story_year)
            and (figure.value, figure.unit) not in title_figures
        ):
            continue  # `Năm 2016, trên địa bàn quận xảy ra 149 vụ …` past the lead of a 2017 story: the background
        if _is_run_on(item) and (figure.value, figure.unit) not in title_figures:
            continue  # the 11th sentence of a lead paragraph that runs to the end: the body, unless the title's
            # figure told again
        deep = _is_body_amount(item, quantities) and not _lead_writes(doc, item, lead_numbers)
        if deep or _is_body_count(doc, item, quantities, scans, lead_numbers):
            continue  # `tổng mức đầu tư 504 tỷ đồng`, `47 tàu vỏ thép` in the 7th sentence: the body's detail, the
            # background, unless the lead states it
        if change_span is not None:
            first, stop = bisect_left(placed_starts, change_span[0]), bisect_left(placed_starts, change_span[1])
            absorbed.update(placed_starts[first:stop])
        if figure.unit is None and change_span is None and figure.change is None:
            continue
        fact = _fact(doc, report, item, change_span, found_spans, scans)
        path = "extractor" if figure.measure else "clause" if fact.measure else "none"
        if fact.measure is not None and _is_cut(doc, item, fact.measure):
            # `… trình Kalibr SS-N-30A tấn công …`: the end of a longer clause; an amount keeps the noun phrase it
            # ends with (`… mục tiêu đến năm 2030 giá trị tôm xuất khẩu`)
            fact.measure = _headed_tail(fact.measure) if figure.unit in quantities else None
            path = "cut_head_tail" if fact.measure else "cut"
        if fact.measure is not None and (not _is_noun_phrase(fact.measure) or fold(fact.measure).lower() in names):
            headed = _headed_tail(fact.measure) if figure.unit in quantities else None
            if headed is not None:
                fact.measure, path = headed, "head_tail"  # `Bộ đặt mục tiêu giá trị xuất khẩu`: its noun phrase
            else:
                # a clause, a verb, or only the place or body it is about: a count keeps its own noun
                fact.measure = _predicate(fact.measure) if figure.unit is None or figure.unit in quantities else None
                path = "predicate" if fact.measure else "not_np"
        if fact.measure is not None and figure.unit not in quantities and _holds_figure(doc, item, fact.measure, scans):
            # `… có 11 lớp | 300 trẻ`: another figure's words; an amount keeps them (`cấp phép 9 dự án | 12.000
            # tỷ đồng` is how a headline states the worth of the counted), a count keeps its own noun
            fact.measure = None
            path = "holds_figure"
        purpose = _purpose_after(doc, item, scans) if id(item) in currencies else None
        if purpose is not None:
            fact.measure, path = purpose, "sum_purpose"  # `chi 1.200 tỷ sắm xe`: what the money is spent on
        if fact.measure is None and figure.unit in _money_units():
            fact.measure = _object_of_verb(item, scans)  # `… bị phạt 7 triệu đồng` → `tiền phạt`
            path = "verb_object" if fact.measure else path
        if fact.measure is None and (figure.unit is None or figure.unit in quantities):
            fact.measure = _measure_around(doc, item, scans)
            path = "around"
            if fact.measure is None:
                continue  # `bằng 94,71%`, `8% … Thủ tướng đề nghị`: a number a reader cannot place
        if fact.value == 1 and figure.unit not in quantities and item.where < _TITLE:
            continue  # `1 quyết định`, `1 điểm` in the body: one of a thing is not a figure to take away
        counted = None
        if figure.unit not in quantities:
            verbs = _verbs_before(doc, item, scans)
            counted = _counted_phrase(doc, item, scans)
            if counted is None and fact.measure is None and verbs is None and _is_bare_count_deep(item, fact):
                continue  # `3 anh em`, `2 cá nhân` deep in the story, with nothing said of them: no figure to take away
            said = fact.measure
            path = "count_noun:" + path
            if counted is not None:
                path = "count_counted"
            elif said is not None and _is_said_of_count(doc, item, said, verbs, scans):
                counted = said
                path = "count_said:" + path.removeprefix("count_noun:")
            elif verbs is not None:
                path = "count_verbs"
            counted = counted or verbs  # else the count's own noun says what is counted
            if counted is None and item.where < _LEAD and _is_generic(figure.unit):
                continue  # `9 người`, `3 anh em` past the lead, nothing said of them: whom they are is not told
        key = (fact.value, fact.unit)
        if key in seen:
            continue
        seen.add(key)
        if figure.unit not in quantities and (fact.value or 0) >= _SAME_COUNT:
            if ("count", fact.value) in seen:
                continue  # `13.000 người … 13.000 trường hợp`: one number told twice
            seen.add(("count", fact.value))
        importance = _importance(doc, item, fact, event_sentence)  # read before: `cả nước có 303 trường` is a total
        if figure.unit not in quantities:
            fact.measure = counted
        traced = TracedFact(fact, path, importance, item.where, item.nth)
        if item.where < _LEAD and _is_count(fact, quantities):
            # beside a lead's own figure, the lead must write the number before the same noun (`ba tàu cá` … `3 tàu
            # cá`): any number of the lead kept 35 counts over news1000, most wrong (`501 mong`, `3 bậc`)
            if _restated_beside_lead(doc, item, scans, lead_numbers):
                restated.add(id(traced))
            # only the paragraph after the lead: the counts of the paragraphs past it stay (dev's lists of votes,
            # `437 đại biểu tán thành`, are the headline of a lead without figures: 7 of 253 lost when dropped)
            if (
                item.where == _AFTER_LEAD
                and not item.opens
                and not _restates_lead_or_change(doc, item, scans, lead_numbers)
            ):
                inner.add(id(traced))
        facts.append((importance, figure.start, traced))
    for where, fact in _headline_counts(doc, report):
        if (fact.value, fact.unit) not in seen:
            seen.add((fact.value, fact.unit))
            facts.append((where, fact.start, TracedFact(fact, "headline_count", where, where, 0)))
    if any(traced.where >= _LEAD for _, _, traced in facts):
        # the title or the lead gives a figure: a count told past the lead is the story's detail (`89 con cá ngừ`,
        # `3 tay súng`), not the headline; an amount or a rate may still be the lead's figure told in full
        # unless a change comes to it (`tăng lên 45 ki ốt`) or the lead writes its number before the same noun
        facts = [
            f for f in facts if f[2].where >= _LEAD or not _is_count(f[2].fact, quantities) or id(f[2]) in restated
        ]
    else:
        # no figure in the title or the lead: the headline has none, and a count inside the paragraph after the lead
        # is its detail, unless a change comes to it (`giảm xuống còn 681`) or the lead writes its number; the
        # paragraph's first sentence may still be the news told on (a lead of one sentence)
        facts = [f for f in facts if id(f[2]) not in inner]
    ranked = sorted(facts, key=lambda f: (-f[0], f[1]))[:MAX_FACTS]
    return [traced for _, _, traced in ranked]


def _story_year(report: Report) -> int | None:
    """The story's year: the report's, else the latest year the text writes (None when it writes none)."""
    if report.year is not None:
        return report.year
    return max((year for date in report.dates if (year := _written_year(date)) is not None), default=None)


def _written_year(date: DateMention) -> int | None:
    """The last year a date written with its year reaches (`2016`, `2015/2016` → 2016), None when inferred."""
    if date.inferred or date.year_source is not None:
        return None
    last = date.value.rpartition("/")[2][:4]
    return int(last) if last.isdigit() else None


def _in_past_year(item: Placed, spans: list[tuple[int, int]], scans: _Scans, story_year: int | None) -> bool:
    """Whether the nearest period its sentence writes before the figure ends in a year before the story's
    (`Năm 2016, quận xảy ra 149 vụ` in a 2017 story): the background. Not a day (`Nghị định … ngày 20-10-2015`
    cites a text), not the basis of a change (`tăng 16,4% so với cùng kỳ 2016; khách du lịch đạt 3,07 triệu
    người`), and not after the figure (`tăng 18 vụ so với năm 2016` compares)."""
    if story_year is None:
        return False
    period = _nearest_period(item, spans, scans)
    year = _written_year(period) if period is not None else None
    return year is not None and year < story_year


def _is_count(fact: KeyFact, quantities: frozenset[str]) -> bool:
    """A count of things or people (`82 xã`, `2 Phó Thủ tướng`), not an amount (`5%`, `20 tỷ đồng`) or a rate
    (`10 triệu đồng/tháng`)."""
    return fact.unit not in quantities and "/" not in (fact.unit or "")


def _sum_currencies(placed: list[Placed], quantities: frozenset[str]) -> dict[int, str]:
    """The currency of each sum written in `tỷ` with no unit word (by the id of its `Placed`): the money unit of the
    sum before it in its sentence (`3,3 tỷ USD, trong đó tôm chân trắng đạt 2 tỷ`), else đồng."""
    money = {unit for unit, kind in figure_lexicon().units.values() if kind == "money"}
    currencies: dict[int, str] = {}
    previous: tuple[int, str] | None = None  # (sentence start, unit) of the last money figure
    for item in placed:
        figure = item.figure
        if figure.unit is None and figure.value is not None and _BARE_SUM.search(figure.text.rstrip()):
            same = previous is not None and previous[0] == item.sentence.start
            currencies[id(item)] = previous[1] if same and previous is not None else _DONG
        elif figure.unit in money and figure.unit in quantities:
            previous = (item.sentence.start, figure.unit)
    return currencies


def _purpose_after(doc: Document, item: Placed, scans: _Scans) -> str | None:
    """The verb phrase right after a sum written with no unit word, when the verb's object follows (`chi 1.200 tỷ
    sắm xe`, `gần 70 tỷ xây khu chợ`, `50 tỷ để sửa chữa sân`): what the money is for, the sum's measure."""
    toks = item.toks
    starts = scans.arrays(toks)[0]
    verbs = treebank_verbs()
    if not _spent_by_verb(toks, bisect_left(starts, item.figure.start), verbs):
        return None  # `… thì 12,1 nghìn tỷ chia cho …`: the sum is the subject of the verb after it, not its object
    e = bisect_left(starts, item.figure.end)
    if e < len(toks) and toks[e].lower == _PURPOSE:
        e += 1
    if e >= len(toks) or toks[e].kind != "word":
        return None
    width = next((w for w in (2, 1) if e + w <= len(toks) and _is_verb_run(toks[e : e + w], verbs)), 0)
    end = e + width
    while width and end < len(toks) and toks[end].kind in ("word", "number") and end - e < _MAX_PURPOSE_TOKENS:
        if toks[end].lower in _PHRASE_END:
            break
        end += 1
    if not width or end == e + width:
        return None  # no verb, or a verb with no object (`2 tỷ, tăng 8%`)
    return doc.text[toks[e].start : toks[end - 1].end]


def _spent_by_verb(toks: list[Token], k: int, verbs: frozenset[str]) -> bool:
    """The sum opening at token `k` is the object of a verb right before it, past one approximation (`chi 1.200 tỷ`,
    `đầu tư gần 70 tỷ`, `đề xuất hơn 50 tỷ`)."""
    if k > 0 and toks[k - 1].lower in _APPROX_BEFORE:
        k -= 1
    return any(k - w >= 0 and _is_verb_run(toks[k - w : k], verbs) for w in (1, 2))


def _is_verb_run(toks: list[Token], verbs: frozenset[str]) -> bool:
    """Syllables that together are one verb of the treebank (`sắm`, `sửa chữa`)."""
    return all(t.kind == "word" for t in toks) and fold(" ".join(t.lower for t in toks)) in verbs


def _is_run_on(item: Placed) -> bool:
    """A figure deep in the paragraph after the lead when it runs on (a text without paragraph breaks): the body,
    not the lead."""
    return item.where == _AFTER_LEAD and item.nth >= _RUN_ON_REACH


def _is_vague(figure: Figure) -> bool:
    """A number written as a vague word before its scale (`hàng chục`, `hàng nghìn`: numbers_vague.tsv). Of the
    153 gold headline figures of the read sets none is; of the 14 key facts such numbers gave there none was."""
    words = fold(figure.text).lower().split()
    qualifiers = figure_lexicon().approx_before_words
    first = next((w for w in words if w not in qualifiers), "")
    return first in _vague_words()


@cache
def _vague_words() -> frozenset[str]:
    return frozenset(fold(word).lower() for word in number_words().vague)


def _is_body_amount(item: Placed, quantities: frozenset[str]) -> bool:
    """An amount from the 4th body sentence on, in the paragraph after the lead."""
    return item.where == _AFTER_LEAD and item.nth >= _AMOUNT_REACH and item.figure.unit in quantities


def _is_body_count(
    doc: Document, item: Placed, quantities: frozenset[str], scans: _Scans, lead_numbers: frozenset[str]
) -> bool:
    """A count past the 5th body sentence of the paragraph after the lead that no change comes to and whose number
    the lead does not write."""
    if item.where != _AFTER_LEAD or item.nth < _COUNT_REACH or item.figure.unit in quantities:
        return False
    return not _restates_lead_or_change(doc, item, scans, lead_numbers)


def _restated_beside_lead(doc: Document, item: Placed, scans: _Scans, lead_numbers: frozenset[str]) -> bool:
    """A count past the lead kept beside the lead's own figure: a change comes to it as its level (`tăng lên 45 gian
    hàng`; not its size, `tăng 3 vụ so với cùng kỳ`, `tăng 3 bậc`: 3 of 3 such fires over news1000 were the change's
    size, no headline) or the lead writes its number before the same noun."""
    return (_comes_to(item, scans) and _ends_change(item, scans)) or _lead_writes(
        doc, item, lead_numbers, same_noun=True
    )


def _comes_to(item: Placed, scans: _Scans) -> bool:
    """The word right before the figure is one a change comes to a level with (summary_facts.tsv `change_to`)."""
    at = bisect_left(scans.arrays(item.toks)[0], item.figure.start)
    return at > 0 and bool(match_ending_at(table_matchers("summary_facts.tsv")["change_to"], item.toks, at, 1))


def _restates_lead_or_change(doc: Document, item: Placed, scans: _Scans, lead_numbers: frozenset[str]) -> bool:
    """A count past the lead that is still news: a change comes to it (`giảm xuống còn 681 thành viên`), or the title
    or the lead writes its number (`gần 20 tỷ`, `bắt giữ ba tàu cá` … `3 tàu cá`)."""
    return _ends_change(item, scans) or _lead_writes(doc, item, lead_numbers)


def _lead_writes(doc: Document, item: Placed, lead_numbers: frozenset[str], same_noun: bool = False) -> bool:
    """The title or the lead writes the number a figure opens with: in digits as the figure does (`20` of `20 tỷ
    đồng`), or as a small number in words before the same noun (`ba tàu cá` for `3 tàu cá`); `same_noun`: in either
    writing, before the same noun (`3 tàu` of the lead for `3 tàu cá`)."""
    toks = doc.tokens_in(item.figure.start, item.figure.end)
    k = next((i for i, t in enumerate(toks) if t.kind == "number"), None)
    if k is None:
        return False
    if toks[k].text in lead_numbers and not same_noun:
        return True
    noun = toks[k + 1].lower if k + 1 < len(toks) and toks[k + 1].kind == "word" else None
    return noun is not None and _spelled(toks[k].text, noun) in lead_numbers


def _spelled(value: str, noun: str) -> str:
    """The key a number of the lead stands under with the noun after it in `_lead_numbers`: `3 tàu` (of `ba tàu`)."""
    return f"{value} {fold(noun).lower()}"


def _ends_change(item: Placed, scans: _Scans) -> bool:
    """A change stands right before the figure and comes to it: `giảm xuống còn 681 thành viên`."""
    starts = scans.arrays(item.toks)[0]
    at = bisect_left(starts, item.figure.start)
    return any(_is_change(item.toks, k) for k in range(max(0, at - _CHANGE_BEFORE), at))


def _lead_numbers(doc: Document) -> frozenset[str]:
    """The numbers written in the title and the lead paragraph, as written: a figure the body repeats from them
    is the headline told again with its measure (the lead's `gần 20 tỷ` has no unit the figures extractor reads)."""
    paragraphs = [p for p in doc.paragraphs if p.kind == "title"] + _lead_paragraphs(doc, 1)
    out = set()
    for p in paragraphs:
        toks = doc.tokens_in(p.start, p.end)
        for k, tok in enumerate(toks):
            if tok.kind == "number":
                out.add(tok.text)
                if k + 1 < len(toks) and toks[k + 1].kind == "word":
                    out.add(_spelled(tok.text, toks[k + 1].lower))
                continue
            # `bắt giữ ba tàu cá`, `Hai người tử vong`: a small number in words, keyed with the noun it counts (alone,
            # `năm` is a year and `tư` part of `đầu tư`)
            if tok.kind != "word" or k + 1 >= len(toks) or toks[k + 1].kind != "word":
                continue
            if k and _numeral_word(toks[k - 1].lower):
                continue  # `mười hai`, `hai mươi ba`, `một trăm lẻ ba`: the tail of a larger number
            value = small_number(tok.lower)
            if value is not None and value > 1:
                out.add(_spelled(str(value), toks[k + 1].lower))
    return frozenset(out)


def _numeral_word(word: str) -> bool:
    """A word that joins a longer number in words (`data/numbers_words.tsv`: the `tens` and `zero` roles, `mươi`,
    `lẻ`, `linh`, and a word worth ten, `mười`; or a scale of `data/numbers_scales.tsv`: `trăm`, `nghìn`): a small
    number word after it is the tail of a larger one. Not any number word: `nhất` of `ít nhất ba tàu cá`, `năm` of
    `tháng năm ba tàu cá`."""
    words = number_words()
    if word in words.scales:
        return True
    value, role = words.numerals.get(word, (None, ""))
    return role in _JOINING_ROLES or value == _TEN


def _is_bare_count_deep(item: Placed, fact: KeyFact) -> bool:
    """A count past the lead with nothing said of it; a rate (`20 triệu đồng/m2`) only when it is small."""
    if item.nth < _BARE_COUNT_REACH:
        return False
    return "/" not in (fact.unit or "") or (fact.value or 0) < _SMALL_COUNT


def _headline_counts(doc: Document, report: Report) -> list[tuple[float, KeyFact]]:
    """Counts of people by title and of documents by kind in the title and the lead, which the figures
    stage leaves to the officials and documents (`Bổ sung 2 Phó Thủ tướng và 2 Phó Chủ tịch Quốc hội`,
    `Quốc hội thông qua 3 Luật và 5 Nghị quyết`): headline figures all the same."""
    spans = [(p.start, p.end, _TITLE) for p in doc.paragraphs if p.kind == "title"]
    spans += [
        (p.start, p.end, where)
        for p, where in zip(_lead_paragraphs(doc, 4), (_LEAD, _AFTER_LEAD, 0.0, 0.0), strict=False)
    ]
    figures = sorted((f.start, f.end) for f in report.figures)
    dates = sorted((d.start, d.end) for d in report.dates)
    out = []
    for start, end, where in spans:
        toks = doc.tokens_in(start, end)
        for k in range(len(toks) - 1):
            tok, nxt = toks[k], toks[k + 1]
            if not nxt.is_cap_word:
                continue  # the cheap test first: a count is followed by a capitalised title or kind
            value = _count_value(tok)
            if k and toks[k - 1].text == "/":
                continue  # `2 lần/tháng Bộ trưởng …` (a heading run into the text): `năm` is a year there, not five
            if value == 1 and where < _TITLE:
                continue  # `bổ sung một Phó chủ tịch` past the title: one of them is no figure to take away
            if not value or _YEAR_FIRST <= value <= _YEAR_LAST:
                continue  # `chương trình 2017 Chủ nhiệm …` (a caption run into the text): a year, no count
            if covers(figures, tok.start) or covers(dates, tok.start):
                continue
            if is_label(doc.view, tok.start, figure_lexicon()):
                continue  # `điều 4 Nghị định …`: the number names an article, it counts no decree
            length = _counted().length(toks, k + 1)
            if not length:
                continue
            unit = doc.text[nxt.start : toks[k + length].end]
            text = doc.text[tok.start : toks[k + length].end]
            fact = KeyFact(
                measure=None, text=text, value=float(value), unit=unit, start=tok.start, end=toks[k + length].end
            )
            out.append((where, fact))
    # past the lead a count by title is a detail of the story (`cùng hai ĐBQH …`, `trao Quyết định cho 22 Đại sứ`)
    # unless the text tells it twice (`đã bầu 4 Phó Bí thư …` then `4 Phó Bí thư … gồm …`): of the 13 such counts the
    # 26 read sets gave as key facts, the one gold headline figure was told twice, and 10 of the 12 others once
    # or the title or the lead writes its number before the same word (`10 Phó đoàn` … `10 Phó Trưởng đoàn`)
    told = Counter(_count_key(fact) for _, fact in out)
    lead_counts = _lead_counts(doc) if any(where < _LEAD for where, _ in out) else frozenset()
    return [
        (where, fact)
        for where, fact in out
        if where >= _LEAD or told[_count_key(fact)] > 1 or _headed_by_lead(fact, lead_counts)
    ]


def _headed_by_lead(fact: KeyFact, lead_counts: frozenset[tuple[float | None, str]]) -> bool:
    """The title or the lead writes the count: its number before the same whole title (`3 Phó Bí thư`; not `3 Phó
    Chủ tịch`), or before a short form no title of the lexicon reads, with the same first word (`12 Phó đoàn` of
    `12 Phó Trưởng đoàn`)."""
    key = _count_key(fact)
    return key in lead_counts or (key[0], "*" + key[1].split(" ", 1)[0]) in lead_counts


def _count_value(tok: Token) -> int | None:
    """A count's number, whatever its spelling (`2`, `02`, `hai`): one reading for a count and its lead's."""
    return int(tok.text) if tok.kind == "number" and tok.text.isdigit() else small_number(tok.lower)


def _lead_counts(doc: Document) -> frozenset[tuple[float | None, str]]:
    """The counts by title or document kind the title and the lead write (`10 Phó Trưởng đoàn`), keyed as
    `_count_key` keys a count (its value, its whole folded title): one past the lead with the same key is the
    headline's told again. A number before a capitalised word no title reads (`12 Phó đoàn`, a short form) is
    keyed by that word, marked `*`. One pass over their tokens."""
    paragraphs = [p for p in doc.paragraphs if p.kind == "title"] + _lead_paragraphs(doc, 1)
    out = set()
    for p in paragraphs:
        toks = doc.tokens_in(p.start, p.end)
        for k in range(len(toks) - 1):
            if not toks[k + 1].is_cap_word:
                continue
            value = _count_value(toks[k])
            length = _counted().length(toks, k + 1) if value else 0
            if length:
                unit = doc.text[toks[k + 1].start : toks[k + length].end]
                out.add((float(value or 0), fold(unit).lower()))
            elif value:
                out.add((float(value), "*" + fold(toks[k + 1].text).lower()))
    return frozenset(out)


def _count_key(fact: KeyFact) -> tuple[float | None, str]:
    """A count by title as its value and its title, whatever the spelling of its number (`hai`, `2`, `02`)."""
    return fact.value, fold(fact.unit or "").lower()


@cache
def _counted() -> PhraseMatcher[bool]:
    """Titles (`Phó Thủ tướng`) and document kinds (`Luật`, `Nghị quyết`) counted in a headline."""
    short = set(load_list("summary_count_short_titles.txt"))
    titles = [t for t in load_list("officials_titles.txt") if t not in short]
    return phrase_matcher([*titles, *(k.capitalize() for k in KINDS)])


def _importance(doc: Document, item: Placed, fact: KeyFact, event_sentence: Sentence | None) -> float:
    score = item.where
    # What comes before the figure is read back at most _LOOKBACK characters: a sentence of many
    # figures would otherwise be reread for each of them (hostile input, issue #11).
    start = max(item.sentence.start, fact.start - _LOOKBACK)
    if event_sentence is not None and event_sentence.start <= fact.start < event_sentence.end:
        score += 1.0  # tied to the event
    if fact.change is not None:
        score += 0.5
    if fact.measure is not None and fold(fact.measure).lower().startswith(_TOTAL):
        score += 0.5  # `tổng vốn đầu tư 311 triệu USD`: a total says more than its parts
    if fact.value == 1:
        score -= 1.0  # `1 đơn vị`, `1 điểm`: rarely the news
    if _BREAKDOWN.search(doc.view, start, fact.start):
        score -= 0.5  # `gồm 48 xã, 16 phường …`: an item of a breakdown, the total says more
    if _in_aside(doc, item):
        score -= 0.5  # `(quý I tăng 7,56%; …)`: an aside
    if doc.view.rfind("“", start, fact.start) > doc.view.rfind("”", start, fact.start):
        score -= 1.0  # in quoted speech: what someone said, not the news
    return score


def _is_body_aside(doc: Document, item: Placed) -> bool:
    """A figure past the lead inside parentheses: of the 14 such key facts the 27 read sets showed (round 37), none was
    a gold headline figure — a conversion (`5,6 triệu AUD (4,3 triệu USD)`), a detail (`(bàn chông dài 20 cm, rộng 7
    cm)`), a party's share beside its name (`cánh hữu (21,50%)`). In the title or the lead it stays (`khởi công dự án
    (tổng vốn 4.500 tỷ đồng)` may be the headline's figure)."""
    return item.where < _LEAD and _in_aside(doc, item)


def _in_aside(doc: Document, item: Placed) -> bool:
    """The figure stands inside parentheses opened earlier in its sentence (read back at most _LOOKBACK characters)."""
    start = max(item.sentence.start, item.figure.start - _LOOKBACK)
    return doc.view.rfind("(", start, item.figure.start) > doc.view.rfind(")", start, item.figure.start)


@cache
def _quantity_units() -> frozenset[str]:
    """Units that need a measure to mean something (VND, %, ha …); any other unit is a counted noun."""
    units = figure_lexicon().units.values()
    return frozenset(unit for unit, kind in units if kind in {"money", "percent", "points", "measure"})


@cache
def _share_units() -> frozenset[str]:
    """Units of a share, whose noun follows it (`100% đại biểu`): what follows any other amount is rarely its
    measure."""
    return frozenset(unit for unit, kind in figure_lexicon().units.values() if kind == "percent")


def _is_noun_phrase(measure: str) -> bool:
    """A measure a reader understands names a thing: it does not open with a verb or a function word
    (`bằng`, `tiếp`, `cho ý kiến đối`), and it is no clause (`năm 2025 không có tốc độ phát triển`)."""
    words = fold(measure).lower().split()
    if not words or len(words) > _MAX_MEASURE_WORDS or not (words[-1][-1:].isalpha() or words[-1].endswith(")")):
        return False  # ending in a number (`Xếp hạng 47`) or a dash
    if any(words[: len(p)] == p for p in _phrases("not_measure")) and not _opens_with_head(words):
        return False  # `tăng`, `số` open a clause or a label, but `tăng trưởng`, `số tiền` name what is measured
    if any(words[-len(p) :] == p for p in _phrases("verb_end")):
        return False  # `Nga phóng 26 tên lửa`, `cảnh sát thu giữ 500.000 viên`: subject and verb, no measure
    return not any(words[k : k + len(p)] == p for p in _phrases("clause") for k in range(len(words)))


def _opens_with_head(words: list[str]) -> bool:
    """The folded words are a noun phrase headed by a noun that names what an amount measures (`measure_head`):
    the head and at most _MAX_HEAD_TAIL words after it, as `_headed_tail` keeps (longer, a clause goes on: `số tiền
    nợ xấu có thể xây`); a head that names nothing alone (`số tiền`) needs a word after it."""
    alone = _alone_heads()
    return any(
        words[: len(head)] == head
        and (len(head) < len(words) or head in alone)
        and len(words) - len(head) <= _MAX_HEAD_TAIL
        for head in _heads_by_first_word().get(words[0], ())
    )


def _is_cut(doc: Document, item: Placed, measure: str) -> bool:
    """The figures extractor keeps the last _MAX_MEASURE_WORDS words of what stands before a figure: a
    measure of that many words right after another word is the cut end of a clause."""
    if len(measure.split()) < _MAX_MEASURE_WORDS:
        return False
    at = doc.text.rfind(measure, item.sentence.start, item.figure.start)
    before = doc.text[item.sentence.start : at].rstrip() if at > item.sentence.start else ""
    return before[-1:].isalnum()


def _holds_figure(doc: Document, item: Placed, measure: str, scans: _Scans) -> bool:
    """A measure with another figure inside it was read across that figure's clause: the words say what the
    other figure measures, not this one. Looked for in the _LOOKBACK characters before the figure only, so a
    sentence of many figures is not reread for each (issue #11)."""
    at = doc.text.rfind(measure, max(item.sentence.start, item.figure.start - _LOOKBACK), item.figure.start)
    if at < 0:
        return False
    k = bisect_left(scans.figure_starts, at)
    return k < len(scans.figure_starts) and scans.figure_starts[k] < at + len(measure)


def _headed_tail(measure: str) -> str | None:
    """The noun phrase a clause before an amount ends with, from the last noun that names what an amount measures
    (`measure_head`: `giá trị`, `kim ngạch`, `vốn đầu tư` …): `Bộ đưa ra mục tiêu đến năm 2030 giá trị tôm xuất khẩu`
    → `giá trị tôm xuất khẩu`. None when no such noun opens a noun phrase there."""
    words = measure.split()
    folded = fold(measure).lower().split()
    heads = _heads_by_first_word()
    found = [
        (k, k + len(phrase))
        for k, word in enumerate(folded)
        for phrase in heads.get(word, ())
        if folded[k : k + len(phrase)] == phrase
    ]
    at = max((k for k, _ in found), default=-1)
    # `tốc độ tăng trưởng`: a longer head holding the last one opens the phrase
    at = min((k for k, end in found if k < at < end), default=at)
    if at <= 0:
        return None  # none, or the whole measure already opens with it
    head_end = max(end for k, end in found if k == at)
    if len(words) - head_end > _MAX_HEAD_TAIL:
        return None  # `thu nhập thấp ở đô thị có khó khăn về nhà`: a clause goes on after the noun
    tail = " ".join(words[at:])
    if folded[at:] in _phrases("measure_head") and folded[at:] not in _alone_heads():
        return None  # `giá trị` alone: the noun that said what is valued was cut off
    return tail if _is_noun_phrase(tail) else None


@cache
def _heads_by_first_word() -> dict[str, tuple[list[str], ...]]:
    """The measure heads by their first word: a measure's words are each looked up once, not tried against
    every head."""
    index: dict[str, list[list[str]]] = {}
    for phrase in _phrases("measure_head"):
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in index.items()}


@cache
def _alone_heads() -> tuple[list[str], ...]:
    """The measure heads that say what is measured by themselves (`thiệt hại`, `doanh thu`)."""
    heads = table_values("summary_facts.tsv").get("measure_head", {})
    return tuple(fold(phrase).lower().split() for phrase, value in heads.items() if value == "alone")


def _object_of_verb(item: Placed, scans: _Scans) -> str | None:
    """The noun phrase a sum takes from the verb it is the object of, right before it past an approximation
    (`summary_facts.tsv` `object_of`: `bị phạt 7 triệu đồng` → `tiền phạt`, `chiếm đoạt hơn 150 triệu đồng` → `số
    tiền chiếm đoạt`), when the words before the sum named nothing: what the money is, as a reader says it."""
    toks = item.toks
    k = bisect_left(scans.arrays(toks)[0], item.figure.start)
    if k > 0 and toks[k - 1].lower in _APPROX_BEFORE:
        k -= 1
    length = match_ending_at(table_matchers("summary_facts.tsv")["object_of"], toks, k)
    if not length:
        return None
    verb = " ".join(t.lower for t in toks[k - length : k])
    return table_values("summary_facts.tsv")["object_of"].get(verb)


@cache
def _money_units() -> frozenset[str]:
    return frozenset(unit for unit, kind in figure_lexicon().units.values() if kind == "money")


def _predicate(measure: str) -> str | None:
    """What a clause before the figure says of it, after its subject and auxiliary: `tổ chức, cá nhân
    bị phạt tới 30 triệu đồng` → `phạt`; None when nothing a reader understands is left."""
    words = measure.split()
    folded = fold(measure).lower().split()
    after = 0
    for phrase in _phrases("clause"):
        for k in range(len(folded) - len(phrase) + 1):
            if folded[k : k + len(phrase)] == phrase:
                after = max(after, k + len(phrase))
    if not after or after >= len(words):
        return None
    rest = " ".join(words[after:])
    return rest if _is_noun_phrase(rest) else None


def _is_generic(unit: str | None) -> bool:
    """A counted noun that names persons or items and no kind of them (`người`, `anh em`, `chiếc`)."""
    return unit is not None and fold(unit).lower().split() in _phrases("generic_count")


@cache
def _phrases(role: str) -> tuple[list[str], ...]:
    rows = load_rows("summary_facts.tsv", RolePhraseRow)
    return tuple(fold(row.phrase).lower().split() for row in rows if row.role == role)


def _measure_around(doc: Document, item: Placed, scans: _Scans) -> str | None:
    """A measure written around the figure when none stands before it: the name before a bracketed figure
    (`Quảng Ngãi (11,51%)`), the noun after a share (`100% đại biểu`, `gần 40% số phương tiện`)."""
    toks = item.toks
    starts = scans.arrays(toks)[0]
    k, e = bisect_left(starts, item.figure.start), bisect_left(starts, item.figure.end)
    if k > 0 and toks[k - 1].lower == "(":
        start = k - 1
        while start > 0 and toks[start - 1].kind != "punct" and k - start < _MAX_AROUND_TOKENS:
            start -= 1
        found = doc.text[toks[start].start : toks[k - 2].end] if start < k - 1 else None
        return found if found and _is_noun_phrase(found) else None
    if item.figure.unit not in _share_units() and item.where < _AFTER_LEAD:
        # `5 triệu đồng tích góp được`, `10.000 đồng so với …`: past the paragraph after the lead, what follows an
        # amount was its measure 4 times in 23; in the title, the lead and the paragraph after it it is kept, where a
        # headline amount is read this way
        return None
    if e < len(toks) and toks[e].lower in {"cho", "số"}:
        e += 1  # `gần 40% số phương tiện …`
    end = e
    while end < len(toks) and toks[end].kind == "word" and end - e < _MAX_AROUND_TOKENS:
        if end > e and (toks[end].is_cap != toks[e].is_cap):
            break
        end += 1
    found = doc.text[toks[e].start : toks[end - 1].end] if end > e else None
    return found if found and _is_noun_phrase(found) else None


def _counted_phrase(doc: Document, item: Placed, scans: _Scans) -> str | None:
    """What a count counts, its noun with the words that qualify it after the figure: `114 cơ sở đào tạo, …` →
    `cơ sở đào tạo` (a reader is told what the 114 are, where the words before gave `cả nước`). Read in the
    sentence's words (`đào tạo` is one word), at most _MAX_COUNTED_WORDS; the noun ends at a mark, a capitalised
    word or a word that opens no noun phrase (`not_measure`, `count_end`: `có`, `được`, `mỗi`, `khiến` …). None
    when no word qualifies the noun (`130.000 người,`) or the count is a rate (`triệu đồng/tháng`)."""
    figure = item.figure
    if figure.unit is None or "/" in figure.unit:
        return None
    words = item.sentence.words
    first = bisect_left(scans.word_starts(item.sentence), figure.end)
    syllables = [fold(w.text).lower().split() for w in words[first : first + _MAX_COUNTED_WORDS + 1]]
    stops = _phrases("not_measure") + _phrases("count_end")
    taken = 0
    for k, word in enumerate(words[first : first + _MAX_COUNTED_WORDS]):
        ahead = [syllable for w in syllables[k:] for syllable in w]
        if word.kind != "word" or word.text[:1].isupper() or any(ahead[: len(stop)] == stop for stop in stops):
            break
        taken += 1
    if not taken:
        return None
    unit_start = figure.end - len(figure.unit) if figure.text.endswith(figure.unit) else None
    if unit_start is None:
        return None
    return doc.text[unit_start : words[first + taken - 1].end]


def _is_said_of_count(doc: Document, item: Placed, measure: str, verbs: str | None, scans: _Scans) -> bool:
    """The words before a count say something of it unless they are a clause cut anywhere (more than
    _MAX_SUBJECT_VERB_WORDS words, not the whole sentence before the count, not ending in the verbs right before
    it: `năng lượng được cung cấp từ hệ thống pin`, `trường xét trúng tuyển đối`) or the words after another
    figure (`32 đoàn hợp xướng | 10 quốc gia`, `1.300 Anh hùng … | 800.000 thương binh`): what is counted is then
    the count's own noun. A rate (`Thu nhập bình quân | 6,5 triệu đồng/người/tháng`) keeps them, it has no noun
    of its own, and so does a total."""
    if "/" in (item.figure.unit or "") or fold(measure).lower().startswith(_TOTAL):
        return True  # `tổng số doanh nghiệp trên địa bàn | 18.700 doanh nghiệp`: a total names what is counted
    if _across_clause(doc, item, measure):
        return False  # `Nghe tiếng kêu, | 2 sinh viên`, `khiến ba người chết, | 12 người`: the clause before
    if len(measure.split()) > _MAX_SUBJECT_VERB_WORDS and not _opens_sentence(doc, item, measure):
        said, done = fold(measure).lower(), fold(verbs or "").lower()
        if not done or not (said.endswith(done) or said.endswith(done.removesuffix(" " + _ABLE))):
            return False
    return not _follows_figure(doc, item, measure, scans)


def _across_clause(doc: Document, item: Placed, measure: str) -> bool:
    """A comma, semicolon or colon stands between the measure and the count: the measure ends the clause before
    it. Of the counts labelled so on the pooled read sets and a corpus sample, 2 of 13 labels said what is
    counted or done to it."""
    at = doc.text.rfind(measure, max(item.sentence.start, item.figure.start - _LOOKBACK), item.figure.start)
    return at >= 0 and not _CLAUSE_MARKS.isdisjoint(doc.text[at + len(measure) : item.figure.start])


def _opens_sentence(doc: Document, item: Placed, measure: str) -> bool:
    """The measure is the whole sentence before the count, its subject included (`Thành phố cũng đã giải quyết
    việc làm cho …`): no clause cut anywhere."""
    start, text = item.sentence.start, doc.text
    while start < item.figure.start and text[start].isspace():
        start += 1  # compared in place: a slice of the sentence per count is quadratic in a sentence of counts
    return start + len(measure) <= item.figure.start and text.startswith(measure, start)


def _follows_figure(doc: Document, item: Placed, measure: str, scans: _Scans) -> bool:
    """A figure ends right before the measure (a space between): the measure is that figure's noun phrase."""
    at = doc.text.rfind(measure, max(item.sentence.start, item.figure.start - _LOOKBACK), item.figure.start)
    if at < 0:
        return False
    k = bisect_left(scans.figure_ends, at + 1) - 1
    return k >= 0 and not doc.text[scans.figure_ends[k] : at].strip()


def _verbs_before(doc: Document, item: Placed, scans: _Scans) -> str | None:
    """What is done to a count, when no noun phrase before it says what it is: the verbs right before it
    (`khởi tố 5 bị can`, `bắt được 2 đối tượng`, `gỡ bỏ 106 tài khoản`), past the words that qualify a number
    (`hơn`, `khoảng`). Verbs are the words the treebank tags as verbs (`summary_verbs.txt`); at most
    _MAX_VERBS of them, read in the sentence's words (`tạm giam` is one)."""
    words = item.sentence.words
    k = bisect_left(scans.word_starts(item.sentence), item.figure.start)
    qualifiers = figure_lexicon().approx_before_words
    while k > 0 and fold(words[k - 1].text).lower() in qualifiers:
        k -= 1
    end = k
    while k > 0 and end - k < _MAX_VERBS and words[k - 1].kind == "word" and _in_verb_run(words[k - 1].text):
        k -= 1
    light = _light_verbs()
    while end > k and fold(words[end - 1].text).lower() in light:
        end -= 1  # `… có 3 đại biểu`, `gồm 20 người`: a linking verb says nothing of the count
    while k < end and fold(words[k].text).lower() in light:
        k += 1
    if not any(fold(w.text).lower() != _ABLE and _in_verb_run(w.text) for w in words[k:end]):
        return None  # `được 5 phiếu`: no verb says what is done
    return doc.text[words[k].start : words[end - 1].end]


@cache
def _light_verbs() -> frozenset[str]:
    """The linking phrases a measure drops at its end (`trim`: `có`, `là`, `đạt`, `gồm`, `ước thực hiện` …), each
    as its words joined by a space, as a segmented word is written — less `được`, which stays with the verb before
    it (`bắt được`: what the verb achieved)."""
    return frozenset(" ".join(phrase) for phrase in _phrases("trim")) - {_ABLE}


def _in_verb_run(word: str) -> bool:
    """A verb of the treebank, `được` after one, or both segmented as one word (`bắt được 2 đối tượng`)."""
    folded = fold(word).lower()
    head, _, last = folded.rpartition(" ")
    return folded in treebank_verbs() or folded == _ABLE or (last == _ABLE and head in treebank_verbs())


def _placed_figures(doc: Document, report: Report) -> list[Placed]:
    """Figures of the title and the body (each repeated paragraph once), not inside a date or a document."""
    sentences = [(s, p.kind, p.start) for p in doc.paragraphs for s in p.sentences]
    starts = [s.start for s, _, _ in sentences]
    copies = later_copies(doc)
    # the depth rules count the story's sentences: a dateline, a byline, page residue or a repeated paragraph
    # before the figure is no sentence of the story
    story = {p.start for p in doc.paragraphs if p.kind == "body" and p.start not in copies and _is_text(doc, p)}
    body_before = list(accumulate((start in story for _, _, start in sentences), initial=0))
    covered = sorted([(d.start, d.end) for d in report.dates] + [(d.start, d.end) for d in report.documents])
    covered_starts = [a for a, _ in covered]
    reach: list[int] = []  # reach[k]: the furthest end of covered[0..k], so "inside one of them" is one bisection
    for _, b in covered:
        reach.append(max(b, reach[-1]) if reach else b)
    lead = _lead_paragraphs(doc, 2)  # a lead cut from a text without breaks: its first sentence, then the rest
    # a photo's caption (`Xử lý 12 dự án … 7.000 tỉ đồng (Ảnh: …)`) tells what the photo shows, not the news
    photos = caption_spans(doc, [s for s, kind, _ in sentences if kind == "body"])
    tokens: dict[int, list[Token]] = {}
    placed = []
    for figure in sorted(report.figures, key=lambda f: f.start):
        index = bisect_right(starts, figure.start) - 1
        if index < 0:
            continue
        sentence, kind, paragraph_start = sentences[index]
        if kind not in ("body", "title") or paragraph_start in copies or figure.end > sentence.end:
            continue
        if covers(photos, figure.start):
            continue
        last = bisect_right(covered_starts, figure.start) - 1
        if last >= 0 and reach[last] >= figure.end:
            continue
        if index not in tokens:
            tokens[index] = sentence_tokens(doc, sentence)
        piece = next((k for k, p in enumerate(lead) if p.start <= sentence.start < p.end), None)
        where = _TITLE if kind == "title" else (_LEAD, _AFTER_LEAD)[piece] if piece is not None else 0.0
        begins = lead[piece].start if piece is not None else paragraph_start
        opens = index == 0 or sentences[index - 1][0].start < begins
        placed.append(Placed(figure, sentence, tokens[index], where, body_before[index], opens))
    return placed


def _lead_paragraphs(doc: Document, count: int) -> list[Paragraph]:
    """The body's first `count` paragraphs of running text, each repeated paragraph once, a photo's caption none: the
    lead, the paragraph after it, … A lead paragraph of more than `_RUN_ON_REACH` sentences is a text without
    paragraph breaks: its first sentence is the lead, the rest the paragraph after it."""
    copies = later_copies(doc)
    body = (p for p in doc.paragraphs if p.kind == "body" and p.start not in copies and _is_text(doc, p, True))
    out = list(islice(body, count))
    if out and len(out[0].sentences) > _RUN_ON_REACH:
        lead, rest = out[0].sentences[0], out[0].sentences[1:]
        first = msgspec.structs.replace(out[0], end=lead.end, sentences=[lead])
        after = msgspec.structs.replace(out[0], start=rest[0].start, sentences=rest)
        out = [first, after, *out[1:]][:count]
    return out


def _is_text(doc: Document, paragraph: Paragraph, uncaptioned: bool = False) -> bool:
    """A paragraph of running text, not a dateline, a byline or page residue (`100%`, `Chia sẻ`); `uncaptioned`:
    nor a photo's caption (its words past `caption_spans` do not count)."""
    toks = doc.tokens_in(paragraph.start, paragraph.end)
    if sum(1 for t in toks if t.kind == "word") < _MIN_LEAD_WORDS:
        return False
    if not uncaptioned or not paragraph.sentences:
        return True
    spans = caption_spans(doc, paragraph.sentences)
    return sum(1 for t in toks if t.kind == "word" and not covers(spans, t.start)) >= _MIN_LEAD_WORDS


def _change_span(toks: list[Token], after: int, scans: _Scans) -> tuple[int, int] | None:
    """Offsets of the change clauses that follow a figure: `, tăng 18,2% so với cùng kỳ năm 2023`.

    The first may come after the rest of the figure's own clause (`12.450 hộ đạt danh hiệu …, tăng
    8,5%`) as long as no other number stands between them.
    """
    starts, _, change_end, _ = scans.arrays(toks)
    first = _first_change(toks, bisect_left(starts, after))
    if first is None:
        return None
    # The clauses chained from `first`: each clause's end is looked up, and a chain already followed
    # from one of its clauses (for an earlier figure) is not followed again.
    path = []
    i = first
    while (id(toks), i) not in scans.chains:
        path.append(i)
        end = change_end[i]
        following = end + 1 if end < len(toks) and toks[end].lower == "," else end
        if end >= len(toks) or not _is_change(toks, following):
            scans.chains[(id(toks), i)] = end
            break
        i = following
    last = scans.chains[(id(toks), i)]
    for k in path:
        scans.chains[(id(toks), k)] = last
    return toks[first].start, toks[last - 1].end


def _first_change(toks: list[Token], i: int) -> int | None:
    if _is_change(toks, i):
        return i
    for k in range(i, min(len(toks), i + _MAX_GAP_TOKENS)):
        text = toks[k].lower
        if is_mark(toks[k], _CHANGE_END - {","}) or text[:1].isdigit():
            return None
        if text in {",", "("} and _is_change(toks, k + 1):
            return k + 1  # `, tăng 18,2%`, `(bằng 94,71% …)`
    return None


def _is_change(toks: list[Token], i: int) -> bool:
    verb = match_length(table_matchers("summary_facts.tsv")["change"], toks, i) if i < len(toks) else 0
    return bool(verb) and _amount_follows(toks, i + verb)  # not `12.450 hộ đạt danh hiệu …`


def _amount_follows(toks: list[Token], i: int) -> bool:
    """A change names an amount right after its verb: `tăng 18,2%`, `gấp 1,5 lần`, `tăng gấp đôi`."""
    return any(t.text[:1].isdigit() or t.text == "đôi" for t in toks[i : i + _AMOUNT_WINDOW])


def _fact(
    doc: Document,
    report: Report,
    item: Placed,
    change_span: tuple[int, int] | None,
    spans: list[tuple[int, int]],
    scans: _Scans,
) -> KeyFact:
    figure = item.figure
    fact = KeyFact(
        measure=figure.measure or _measure(doc, report, item, scans),
        text=figure.text,
        value=figure.value,
        unit=figure.unit,
        start=figure.start,
        end=figure.end,
        approx=figure.approx,
        period=_period(report, item, spans, scans),
    )
    if change_span is not None:
        fact.change = doc.text[change_span[0] : change_span[1]]
    if figure.change is not None:
        fact.change = fact.change or figure.change.text
        fact.change_kind = figure.change.kind
        fact.change_value = figure.change.value
        fact.basis = figure.change.basis
    elif change_span is not None:
        fact.change_kind, fact.change_value, fact.basis = _read_change(doc, report, change_span, scans)
    return fact


def _read_change(
    doc: Document, report: Report, span: tuple[int, int], scans: _Scans
) -> tuple[str | None, float | None, str | None]:
    """Kind, value and basis of the first change clause, when the figures extractor gave none."""
    text = doc.view[span[0] : span[1]]
    lowered = text.lower()
    kinds = table_values("summary_facts.tsv")["change"]
    kind = next((kinds[verb] for verb in sorted(kinds, key=lambda p: (-len(p), p)) if lowered.startswith(verb)), None)
    # the first in the report's order of the figures starting inside the span
    inside = scans.figures[bisect_left(scans.figure_starts, span[0]) : bisect_left(scans.figure_starts, span[1])]
    value = min(inside, key=lambda f: scans.figure_order[id(f)]).value if inside else None
    first_clause = _CLAUSE_COMMA.split(lowered)[0]  # `tăng 8,5% …, đạt …`: not the decimal comma
    at = first_clause.find("so với")
    basis = doc.text[span[0] + at : span[0] + len(first_clause)].strip() if at >= 0 else None
    return kind, value, basis


def _measure(doc: Document, report: Report, item: Placed, scans: _Scans) -> str | None:
    """The clause before the figure, without the linking verbs at its end or a period at its start."""
    toks = item.toks
    starts, clause_start, _, noise_end = scans.arrays(toks)
    end = bisect_left(starts, item.figure.start)
    start = clause_start[end]
    start = max(start, _after_dates(scans, toks, start, end))
    trims = table_matchers("summary_facts.tsv")["trim"]
    while end > start:
        length = match_ending_at(trims, toks, end)
        if not length or end - length < start:
            break
        end -= length
    start = min(noise_end[start], end) if start < end else start
    if end <= start:
        return None
    if end - start > _MAX_MEASURE_TOKENS:
        return None  # a whole clause before the figure, not a noun phrase naming it
    return doc.text[toks[start].start : toks[end - 1].end]


def _after_dates(scans: _Scans, toks: list[Token], start: int, end: int) -> int:
    """Skip a period written at the start of the clause: `8 tháng đầu năm 2024 tổng thu …`."""
    if start >= end:
        return start
    lo, hi = toks[start].start, toks[end - 1].end
    # the latest end among the dates inside [lo, hi]: down the dates by end, past those begun before lo
    last = None
    k = bisect_right(scans.date_ends, hi) - 1
    while k >= 0 and scans.date_ends[k] >= lo:
        if scans.dates_by_end[k].start >= lo:
            last = scans.date_ends[k]
            break
        k -= 1
    if last is None:
        return start
    starts = scans.arrays(toks)[0]
    return bisect_left(starts, last, start, end)


def _period(report: Report, item: Placed, spans: list[tuple[int, int]], scans: _Scans) -> str | None:
    """The nearest period written before the figure in its sentence (`8 tháng đầu năm 2024`): not a
    day, and not the basis of a change (`so với cùng kỳ năm 2023`)."""
    period = _nearest_period(item, spans, scans)
    return period.text if period is not None else None


def _nearest_period(item: Placed, spans: list[tuple[int, int]], scans: _Scans) -> DateMention | None:
    """As `_period`, the date itself."""
    if scans.period_dates is None:  # the same `spans` for every figure: which dates qualify, once
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        merged_starts = [a for a, _ in merged]

        def in_change(position: int) -> bool:
            k = bisect_right(merged_starts, position) - 1
            return k >= 0 and position < merged[k][1]

        scans.period_dates = [d for d in scans.dates if d.precision != "day" and not in_change(d.start)]
        scans.period_starts = [d.start for d in scans.period_dates]
    dates, starts = scans.period_dates, scans.period_starts
    # the latest start at most the figure's (the first in report order among equal starts), ending before it
    k = bisect_right(starts, item.figure.start) - 1
    while k >= 0 and starts[k] >= item.sentence.start:
        if dates[k].end <= item.figure.start:
            best = dates[k]
            while k > 0 and starts[k - 1] == best.start:
                k -= 1
                if dates[k].end <= item.figure.start:
                    best = dates[k]
            return best
        k -= 1
    return None
