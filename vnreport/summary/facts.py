"""Key facts: the article's figures as rows of what is measured, the value, and how it changed.

Read from `report.figures`. A percentage written right after another figure as its change
(`343,6 nghìn tỷ đồng, tăng 18,2% so với cùng kỳ`) belongs to that figure and is not a fact of its own.
The change phrase is every change clause after the figure, as written (`đạt 99,4% kế hoạch năm, tăng
5,3% so với cùng kỳ năm 2023`); the measure is the figures extractor's, else the words of the clause
before the figure, less the verbs that only link it (`ước thực hiện`, `đạt`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from vnreport.report.model import DateMention, Figure, KeyFact, Report, Sentence
from vnreport.segment.document import Document
from vnreport.summary.tokens import (
    Token,
    is_mark,
    later_copies,
    match_ending_at,
    match_length,
    sentence_tokens,
    table_matchers,
    table_values,
)

MAX_FACTS = 10
_MAX_MEASURE_TOKENS = 14
_CLAUSE_COMMA = re.compile(r",\s")
_MAX_GAP_TOKENS = 15  # words between a figure and a change that still belongs to it
_AMOUNT_WINDOW = 3  # `tăng khoảng 5%`, `tăng gấp đôi`
_CLAUSE_BREAK = frozenset({",", ";", ":", ".", "!", "?", "…", "(", ")"})
_CHANGE_END: frozenset[str] = frozenset({",", ";", ".", "!", "?", "…", ":"})
_LEADING_NOISE = frozenset({"và", "còn", "riêng", "trong", "đó", "-", "trong đó"})


@dataclass
class Placed:
    figure: Figure
    sentence: Sentence
    toks: list[Token]


def key_facts(doc: Document, report: Report) -> list[KeyFact]:
    """The figures worth a reader's ten seconds, in the order of the article, at most MAX_FACTS."""
    placed = _placed_figures(doc, report)
    spans = [_change_span(item.toks, item.figure.end) for item in placed]
    absorbed: set[int] = set()  # start offsets of figures that are another figure's change
    facts: list[tuple[int, KeyFact]] = []
    seen: set[tuple] = set()
    for item, change_span in zip(placed, spans, strict=True):
        figure = item.figure
        if figure.start in absorbed or figure.value is None:
            continue
        if change_span is not None:
            absorbed.update(p.figure.start for p in placed if change_span[0] <= p.figure.start < change_span[1])
        if figure.unit is None and change_span is None and figure.change is None:
            continue
        fact = _fact(doc, report, item, change_span, [s for s in spans if s is not None])
        key = (fact.value, fact.unit, (fact.measure or "").lower())
        if key in seen:
            continue
        seen.add(key)
        facts.append((2 * (fact.change is not None) + (fact.measure is not None), fact))
    ranked = sorted(range(len(facts)), key=lambda k: -facts[k][0])[:MAX_FACTS]
    return [facts[k][1] for k in sorted(ranked)]


def _placed_figures(doc: Document, report: Report) -> list[Placed]:
    """Figures of body paragraphs (each repeated paragraph once), not inside a date or a document."""
    sentences = [(s, p.kind, p.start) for p in doc.paragraphs for s in p.sentences]
    starts = [s.start for s, _, _ in sentences]
    copies = later_copies(doc)
    covered = [(d.start, d.end) for d in report.dates] + [(d.start, d.end) for d in report.documents]
    tokens: dict[int, list[Token]] = {}
    placed = []
    for figure in sorted(report.figures, key=lambda f: f.start):
        index = bisect_right(starts, figure.start) - 1
        if index < 0:
            continue
        sentence, kind, paragraph_start = sentences[index]
        if kind != "body" or paragraph_start in copies or figure.end > sentence.end:
            continue
        if any(a <= figure.start and figure.end <= b for a, b in covered):
            continue
        if index not in tokens:
            tokens[index] = sentence_tokens(doc, sentence)
        placed.append(Placed(figure, sentence, tokens[index]))
    return placed


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
        if toks[i].lower == ",":
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
        if text == "," and _is_change(toks, k + 1):
            return k + 1
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
