"""Key facts: the figures a reader must take away, as rows of what is measured, the value, and how it
changed — at most MAX_FACTS, the most important first.

Read from `report.figures`. A percentage written right after another figure as its change
(`343,6 nghìn tỷ đồng, tăng 18,2% so với cùng kỳ`) belongs to that figure and is not a fact of its own.
The change phrase is every change clause after the figure, as written (`đạt 99,4% kế hoạch năm, tăng
5,3% so với cùng kỳ năm 2023`); the measure is the figures extractor's, else the words of the clause
before the figure, less the verbs that only link it (`ước thực hiện`, `đạt`) — kept only when it is a
noun phrase (`GRDP của Thành phố`, not `bằng` or `Thủ tướng … đề nghị`).

Importance: the headline is in the title and the lead, the news in the event's sentence; a figure in
parentheses, one item of a breakdown (`gồm 48 xã, 16 phường và 1 đặc khu`) or a lone `1` says less. A
money, percentage or measure without a noun-phrase measure tells a reader nothing and is left out; a
count carries its noun (`82 xã`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from vnreport.extract.documents.lexicon import KINDS
from vnreport.extract.figures.lexicon import UnitRow
from vnreport.lexicon import PhraseMatcher, load_list, load_rows, phrase_matcher
from vnreport.numbers import small_number
from vnreport.report.model import DateMention, Figure, KeyFact, Paragraph, Report, Sentence
from vnreport.segment.document import Document
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
MIN_IMPORTANCE = 1.0
_MAX_MEASURE_TOKENS = 14
_CLAUSE_COMMA = re.compile(r",\s")
_MAX_GAP_TOKENS = 15  # words between a figure and a change that still belongs to it
_AMOUNT_WINDOW = 3  # `tăng khoảng 5%`, `tăng gấp đôi`
_CLAUSE_BREAK = frozenset({",", ";", ":", ".", "!", "?", "…", "(", ")"})
_CHANGE_END: frozenset[str] = frozenset({",", ";", ".", "!", "?", "…", ":"})
_LEADING_NOISE = frozenset({"và", "còn", "riêng", "trong", "đó", "-", "trong đó"})
_MIN_LEAD_WORDS = 8
_MAX_MEASURE_WORDS = 12
_MAX_AROUND_TOKENS = 6
_END = 1 << 62
_TOTAL = ("tổng", "toàn bộ", "cả nước")
_BREAKDOWN = re.compile(r"(?<!\w)(?:gồm|bao gồm)(?!\w)|:", re.IGNORECASE)


@dataclass
class Placed:
    figure: Figure
    sentence: Sentence
    toks: list[Token]
    where: float  # 3 the title, 2 the lead paragraph, 1 the next one, 0 later


def key_facts(doc: Document, report: Report, event_sentence: Sentence | None = None) -> list[KeyFact]:
    """The figures worth a reader's ten seconds, the most important first, at most MAX_FACTS."""
    placed = _placed_figures(doc, report)
    spans = [_change_span(item.toks, item.figure.end) for item in placed]
    absorbed: set[int] = set()  # start offsets of figures that are another figure's change
    facts: list[tuple[float, int, KeyFact]] = []
    seen: set[tuple] = set()
    quantities = _quantity_units()
    for item, change_span in zip(placed, spans, strict=True):
        figure = item.figure
        if figure.start in absorbed or figure.value is None:
            continue
        if change_span is not None:
            absorbed.update(p.figure.start for p in placed if change_span[0] <= p.figure.start < change_span[1])
        if figure.unit is None and change_span is None and figure.change is None:
            continue
        fact = _fact(doc, report, item, change_span, [s for s in spans if s is not None])
        if fact.measure is not None and not _is_noun_phrase(fact.measure):
            fact.measure = None
        if fact.measure is None and (figure.unit is None or figure.unit in quantities):
            fact.measure = _measure_around(doc, item)
            if fact.measure is None:
                continue  # `bằng 94,71%`, `8% … Thủ tướng đề nghị`: a number a reader cannot place
        key = (fact.value, fact.unit)
        if key in seen:
            continue
        seen.add(key)
        facts.append((_importance(doc, item, fact, event_sentence), figure.start, fact))
    for where, fact in _headline_counts(doc, report):
        if (fact.value, fact.unit) not in seen:
            seen.add((fact.value, fact.unit))
            facts.append((where, fact.start, fact))
    ranked = sorted(facts, key=lambda f: (-f[0], f[1]))[:MAX_FACTS]
    return [fact for _, _, fact in ranked]


def _headline_counts(doc: Document, report: Report) -> list[tuple[float, KeyFact]]:
    """Counts of people by title and of documents by kind in the title and the lead, which the figures
    stage leaves to the officials and documents (`Bổ sung 2 Phó Thủ tướng và 2 Phó Chủ tịch Quốc hội`,
    `Quốc hội thông qua 3 Luật và 5 Nghị quyết`): headline figures all the same."""
    copies = later_copies(doc)
    body = [p for p in doc.paragraphs if p.kind == "body" and p.start not in copies and _is_text(doc, p)]
    spans = [(p.start, p.end, 3.0) for p in doc.paragraphs if p.kind == "title"]
    spans += [(p.start, p.end, where) for p, where in zip(body, (2.0, 1.0, 0.0, 0.0), strict=False)]
    figures = sorted((f.start, f.end) for f in report.figures)
    dates = sorted((d.start, d.end) for d in report.dates)
    out = []
    for start, end, where in spans:
        toks = doc.tokens_in(start, end)
        for k in range(len(toks) - 1):
            tok, nxt = toks[k], toks[k + 1]
            value = int(tok.text) if tok.kind == "number" and tok.text.isdigit() else small_number(tok.lower)
            if not value or not nxt.is_cap_word:
                continue
            if _covers(figures, tok.start) or _covers(dates, tok.start):
                continue
            length = _counted().length(toks, k + 1)
            if not length:
                continue
            unit = doc.text[nxt.start : toks[k + length].end]
            text = doc.text[tok.start : toks[k + length].end]
            fact = KeyFact(
                measure=None, text=text, value=float(value), unit=unit, start=tok.start, end=toks[k + length].end
            )
            out.append((where, fact))
    return out


def _covers(spans: list[tuple[int, int]], pos: int) -> bool:
    """`pos` inside one of `spans` (sorted, not overlapping one another)."""
    k = bisect_right(spans, (pos, _END)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


@cache
def _counted() -> PhraseMatcher[bool]:
    """Titles (`Phó Thủ tướng`) and document kinds (`Luật`, `Nghị quyết`) counted in a headline."""
    return phrase_matcher([*load_list("officials_titles.txt"), *(k.capitalize() for k in KINDS)])


def _importance(doc: Document, item: Placed, fact: KeyFact, event_sentence: Sentence | None) -> float:
    score = item.where
    if event_sentence is not None and event_sentence.start <= fact.start < event_sentence.end:
        score += 1.0  # tied to the event
    if fact.change is not None:
        score += 0.5
    if fact.measure is not None and fold(fact.measure).lower().startswith(_TOTAL):
        score += 0.5  # `tổng vốn đầu tư 311 triệu USD`: a total says more than its parts
    if fact.value == 1:
        score -= 1.0  # `1 đơn vị`, `1 điểm`: rarely the news
    if _BREAKDOWN.search(doc.view, item.sentence.start, fact.start):
        score -= 0.5  # `gồm 48 xã, 16 phường …`: an item of a breakdown, the total says more
    if doc.view.rfind("(", item.sentence.start, fact.start) > doc.view.rfind(")", item.sentence.start, fact.start):
        score -= 0.5  # `(quý I tăng 7,56%; …)`: an aside
    if doc.view.rfind("“", item.sentence.start, fact.start) > doc.view.rfind("”", item.sentence.start, fact.start):
        score -= 1.0  # in quoted speech: what someone said, not the news
    return score


@cache
def _quantity_units() -> frozenset[str]:
    """Units that need a measure to mean something (VND, %, ha …); any other unit is a counted noun."""
    rows = load_rows("figures_units.tsv", UnitRow)
    return frozenset(row.unit for row in rows if row.kind in {"money", "percent", "points", "measure"})


def _is_noun_phrase(measure: str) -> bool:
    """A measure a reader understands names a thing: it does not open with a verb or a function word
    (`bằng`, `tiếp`, `cho ý kiến đối`), and it is no clause (`năm 2025 không có tốc độ phát triển`)."""
    words = fold(measure).lower().split()
    if not words or len(words) > _MAX_MEASURE_WORDS:
        return False
    if any(words[: len(p)] == p for p in _phrases("not_measure")):
        return False
    return not any(words[k : k + len(p)] == p for p in _phrases("clause") for k in range(len(words)))


@cache
def _phrases(role: str) -> tuple[list[str], ...]:
    rows = load_rows("summary_facts.tsv", RolePhraseRow)
    return tuple(fold(row.phrase).lower().split() for row in rows if row.role == role)


def _measure_around(doc: Document, item: Placed) -> str | None:
    """A measure written around the figure when none stands before it: the name before a bracketed figure
    (`Quảng Ngãi (11,51%)`), the noun after a share (`100% đại biểu`), the purpose of an amount (`3.794
    tỷ đồng cho Chương trình giảm nghèo`)."""
    toks = item.toks
    k = next((i for i, t in enumerate(toks) if t.start >= item.figure.start), len(toks))
    e = next((i for i, t in enumerate(toks) if t.start >= item.figure.end), len(toks))
    if k > 0 and toks[k - 1].lower == "(":
        start = k - 1
        while start > 0 and toks[start - 1].kind != "punct" and k - start < _MAX_AROUND_TOKENS:
            start -= 1
        found = doc.text[toks[start].start : toks[k - 2].end] if start < k - 1 else None
        return found if found and _is_noun_phrase(found) else None
    if e < len(toks) and toks[e].lower == "cho":
        e += 1
    end = e
    while end < len(toks) and toks[end].kind == "word" and end - e < _MAX_AROUND_TOKENS:
        if end > e and (toks[end].is_cap != toks[e].is_cap):
            break
        end += 1
    found = doc.text[toks[e].start : toks[end - 1].end] if end > e else None
    return found if found and _is_noun_phrase(found) else None


def _placed_figures(doc: Document, report: Report) -> list[Placed]:
    """Figures of the title and the body (each repeated paragraph once), not inside a date or a document."""
    sentences = [(s, p.kind, p.start) for p in doc.paragraphs for s in p.sentences]
    starts = [s.start for s, _, _ in sentences]
    copies = later_copies(doc)
    covered = [(d.start, d.end) for d in report.dates] + [(d.start, d.end) for d in report.documents]
    lead = [p.start for p in doc.paragraphs if p.kind == "body" and p.start not in copies and _is_text(doc, p)][:2]
    tokens: dict[int, list[Token]] = {}
    placed = []
    for figure in sorted(report.figures, key=lambda f: f.start):
        index = bisect_right(starts, figure.start) - 1
        if index < 0:
            continue
        sentence, kind, paragraph_start = sentences[index]
        if kind not in ("body", "title") or paragraph_start in copies or figure.end > sentence.end:
            continue
        if any(a <= figure.start and figure.end <= b for a, b in covered):
            continue
        if index not in tokens:
            tokens[index] = sentence_tokens(doc, sentence)
        where = (
            3.0
            if kind == "title"
            else 2.0
            if lead[:1] == [paragraph_start]
            else 1.0
            if paragraph_start in lead
            else 0.0
        )
        placed.append(Placed(figure, sentence, tokens[index], where))
    return placed


def _is_text(doc: Document, paragraph: Paragraph) -> bool:
    """A paragraph of running text, not a dateline, a byline or page residue (`100%`, `Chia sẻ`)."""
    return sum(1 for t in doc.tokens_in(paragraph.start, paragraph.end) if t.kind == "word") >= _MIN_LEAD_WORDS


def _change_span(toks: list[Token], after: int) -> tuple[int, int] | None:
    """Offsets of the change clauses that follow a figure: `, tăng 18,2% so với cùng kỳ năm 2023`.

    The first may come after the rest of the figure's own clause (`12.450 hộ đạt danh hiệu …, tăng
    8,5%`) as long as no other number stands between them.
    """
    i = next((k for k, t in enumerate(toks) if t.start >= after), len(toks))
    first = _first_change(toks, i)
    if first is None:
        return None
    span: tuple[int, int] | None = None
    i = first
    while i < len(toks):
        if toks[i].lower in {",", "("}:
            i += 1
        if not _is_change(toks, i):
            break
        end = i
        while end < len(toks) and not is_mark(toks[end], _CHANGE_END):
            end += 1
        span = (span[0] if span else toks[i].start, toks[end - 1].end)
        i = end
    return span


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
    doc: Document, report: Report, item: Placed, change_span: tuple[int, int] | None, spans: list[tuple[int, int]]
) -> KeyFact:
    figure = item.figure
    fact = KeyFact(
        measure=figure.measure or _measure(doc, report, item),
        text=figure.text,
        value=figure.value,
        unit=figure.unit,
        start=figure.start,
        end=figure.end,
        approx=figure.approx,
        period=_period(report, item, spans),
    )
    if change_span is not None:
        fact.change = doc.text[change_span[0] : change_span[1]]
    if figure.change is not None:
        fact.change = fact.change or figure.change.text
        fact.change_kind = figure.change.kind
        fact.change_value = figure.change.value
        fact.basis = figure.change.basis
    elif change_span is not None:
        fact.change_kind, fact.change_value, fact.basis = _read_change(doc, report, change_span)
    return fact


def _read_change(doc: Document, report: Report, span: tuple[int, int]) -> tuple[str | None, float | None, str | None]:
    """Kind, value and basis of the first change clause, when the figures extractor gave none."""
    text = doc.view[span[0] : span[1]]
    lowered = text.lower()
    kinds = table_values("summary_facts.tsv")["change"]
    kind = next((kinds[verb] for verb in sorted(kinds, key=len, reverse=True) if lowered.startswith(verb)), None)
    inside = [f for f in report.figures if span[0] <= f.start < span[1]]
    value = inside[0].value if inside else None
    first_clause = _CLAUSE_COMMA.split(lowered)[0]  # `tăng 8,5% …, đạt …`: not the decimal comma
    at = first_clause.find("so với")
    basis = doc.text[span[0] + at : span[0] + len(first_clause)].strip() if at >= 0 else None
    return kind, value, basis


def _measure(doc: Document, report: Report, item: Placed) -> str | None:
    """The clause before the figure, without the linking verbs at its end or a period at its start."""
    toks = item.toks
    end = next((k for k, t in enumerate(toks) if t.start >= item.figure.start), len(toks))
    start = end
    while start > 0 and not is_mark(toks[start - 1], _CLAUSE_BREAK):
        start -= 1
    start = max(start, _after_dates(report, toks, start, end))
    trims = table_matchers("summary_facts.tsv")["trim"]
    while end > start:
        length = match_ending_at(trims, toks, end)
        if not length or end - length < start:
            break
        end -= length
    while start < end and toks[start].lower in _LEADING_NOISE:
        start += 1
    if end <= start:
        return None
    start = max(start, end - _MAX_MEASURE_TOKENS)
    return doc.text[toks[start].start : toks[end - 1].end]


def _after_dates(report: Report, toks: list[Token], start: int, end: int) -> int:
    """Skip a period written at the start of the clause: `8 tháng đầu năm 2024 tổng thu …`."""
    if start >= end:
        return start
    lo, hi = toks[start].start, toks[end - 1].end
    last = max((d.end for d in report.dates if lo <= d.start and d.end <= hi), default=None)
    if last is None:
        return start
    return next((k for k in range(start, end) if toks[k].start >= last), end)


def _period(report: Report, item: Placed, spans: list[tuple[int, int]]) -> str | None:
    """The nearest period written before the figure in its sentence (`8 tháng đầu năm 2024`): not a
    day, and not the basis of a change (`so với cùng kỳ năm 2023`)."""
    before: list[DateMention] = [
        d
        for d in report.dates
        if item.sentence.start <= d.start <= d.end <= item.figure.start
        and d.precision != "day"
        and not any(a <= d.start < b for a, b in spans)
    ]
    return max(before, key=lambda d: d.start).text if before else None
