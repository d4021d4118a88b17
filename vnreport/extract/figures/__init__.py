"""Figures: money, percentages and counted quantities, each with the change phrases that follow it.

A figure is a number with a scale word or a unit: `343,6 nghìn tỷ đồng`, `18,2%`, `hơn 1.200 người`,
`hàng nghìn lao động`. A bare number (a year, a date part, a list number, an ordinal, a document
number) is not a figure, and neither is a duration, an age or a repetition (`70 năm`, `65 tuổi`,
`3 lần`): their units are marked `skip` in `figures_units.tsv`.

A number followed by a lower-case noun counts that noun even when `figures_units.tsv` does not list it
(`9 ổ nhóm`, `30 triệu cổ phiếu`, `21 tổ dân phố`): the noun is the longest word of underthesea's
dictionary over the next three syllables, and the unit is the noun as written. Function words, verbs,
adjectives and mass nouns are not counted nouns (`figures_not_nouns.tsv`); a classifier takes the noun
after it (`lượt du khách`, `chủ đầu tư`: `figures_noun_classifiers.txt`); a listed count unit grows into
the longer word it begins (`khách` → `khách hàng`, except `figures_units_whole.txt`); nouns of one kind
may be listed after one number (`21 huyện, thành phố, thị xã`: `figures_noun_lists.txt`). Such a count
must be a whole number, and a bare number right after a capitalised word is part of a name
(`SEA Games 31 với`, `tàu Biển Ngọc 20 lên`). Symbols are reported as written (`km²`, `km2`, `độ C`, `°C`).

`text` is the number, scale and unit only. Words such as `hơn`, `gần`, `khoảng`, `ước đạt`, `trở lên`
set `approx`/`bound` and stay out of it. A range (`6,5-7%`, `từ 5 đến 7 triệu đồng`) is one figure:
`value` is its lower end, `upper` its upper end, and `bound` is `lower`.

A change phrase right after a figure (`…, tăng 18,2% so với cùng kỳ năm 2023`) belongs to that figure
(`change` is the first, `changes` all of them) and its number is not a figure of its own. A change with
no figure before it (`GDP tăng 7,09%`) becomes a figure of its own quantity that carries the change.
Change values: `ratio` keeps the percentage as written (`bằng 102%` → 102, i.e. +2%); `of_target` is
the percentage of the target reached (`vượt 5% kế hoạch` → 105); `points` is signed (`giảm 2,3 điểm
phần trăm` → -2.3); `multiple` is the factor (`gấp 1,5 lần` → 1.5, `giảm 2 lần` → 0.5).

Numbers follow the Vietnamese convention (decimal comma, dot thousands) unless the document as a whole
is written the English way (`1,234.5`). A comma before exactly three digits (`2,025`) is ambiguous; in a
Vietnamese document it is read as a decimal comma.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from vnreport import regexes
from vnreport.extract.figures.changes import ChangeHit, find_changes
from vnreport.extract.figures.lexicon import FigureLexicon, figure_lexicon
from vnreport.extract.figures.measure import measure
from vnreport.extract.figures.quantities import Quantity, approx_before, is_figure, scan_quantity
from vnreport.numbers import Convention, parse_vietnamese_number
from vnreport.report.model import Change, Figure
from vnreport.segment.document import Document

__all__ = ["detect_convention", "extract_figures", "parse_vietnamese_number"]

# Between a figure and its change phrase (or between two change phrases) only punctuation may stand.
_ATTACH_GAP = regexes.compile(r"[ ]*\)?[ ]*(?:[,(-][ ]*)?(?:(?:và|tương ứng|,)[ ]*)*", re.IGNORECASE)
# Each opens with a digit and only then tests what stands before it, so that re skips every position
# without a digit in C (a pattern opening with the look-behind is tried at every character).
_EN_EVIDENCE = regexes.compile(r"\d(?<![\d.,]\d)(?:\d{0,2}(?:,\d{3})+\.\d+(?![\d.,])|\d{0,2}(?:,\d{3}){2,}(?![\d.,]))")
_VI_EVIDENCE = regexes.compile(
    r"\d(?<![\d.,]\d)(?:\d{0,2}(?:\.\d{3})+,\d+(?![\d.,])|\d{0,2}(?:\.\d{3}){2,}(?![\d.,])"
    r"|\d*,\d{1,2}(?![\d.,]))"
)


def detect_convention(view: str) -> Convention:
    """`en` when the document writes `1,234.5` more often than `1.234,5`; Vietnamese otherwise."""
    english = len(_EN_EVIDENCE.findall(view))
    if not english:
        return "vi"
    return "en" if english > len(_VI_EVIDENCE.findall(view)) else "vi"


@dataclass
class _Draft:
    quantity: Quantity
    anchor: int  # where the words qualifying the figure begin (approximation words, a change verb)
    changes: list[Change] = field(default_factory=list)
    tail: int = 0  # end of the figure or of its last change phrase


# A digit not written right after a letter or digit: opening with the digit, re skips in C every
# position without one (see regexes.scan_branches).
_DIGIT_STARTS = regexes.compile(r"\d(?<![^\W_]\d)")


def _candidate_starts(doc: Document, lex: FigureLexicon) -> Iterator[int]:
    """Where `lex.candidate_re` matches, in order: digits and number words scanned apart (each with a
    prefix re can skip by) and merged. Two candidates never overlap (a word or a digit right after
    another letter or digit is no candidate), so the merge is the single scan's sequence."""
    lower = doc.lower_view
    if lower is None:
        return (m.start() for m in lex.candidate_re.finditer(doc.view))
    digits = (m.start() for m in _DIGIT_STARTS.finditer(doc.view))
    words = (m.start() for m in lex.candidate_words_lower_re.finditer(lower))
    return heapq.merge(digits, words)


def _figures_from_text(
    doc: Document, lex: FigureLexicon, convention: Convention, hits: list[ChangeHit]
) -> list[_Draft]:
    view = doc.view
    covered = [(h.start, h.end) for h in hits]
    drafts: list[_Draft] = []
    last_end = 0
    index = 0
    for start in _candidate_starts(doc, lex):
        if start < last_end:
            continue
        while index < len(covered) and covered[index][1] <= start:
            index += 1
        if index < len(covered) and covered[index][0] <= start:
            continue
        quantity = scan_quantity(view, start, lex, convention)
        if quantity is None:
            continue
        if not is_figure(quantity, view, lex):
            if quantity.kind == "skip" or quantity.scaled:
                last_end = quantity.end
            continue
        if index < len(covered) and quantity.end > covered[index][0]:
            continue
        approx_before(view, quantity, lex)
        if quantity.amount.informal and quantity.unit is None:
            quantity.unit, quantity.kind = "VND", "money"
        anchor = quantity.flag_start if quantity.flag_start >= 0 else quantity.start
        drafts.append(_Draft(quantity=quantity, anchor=anchor, tail=quantity.end))
        last_end = quantity.end
    return drafts


def _attach_changes(doc: Document, drafts: list[_Draft], hits: list[ChangeHit]) -> list[_Draft]:
    """Give each change phrase to the figure right before it; the others become figures themselves."""
    view = doc.view
    ordered = sorted(drafts, key=lambda d: d.quantity.start)
    starts = [d.quantity.start for d in ordered]
    result = list(ordered)
    for hit in hits:
        position = bisect_right(starts, hit.start) - 1
        host = ordered[position] if position >= 0 else None
        if host is not None and host.tail <= hit.start and _ATTACH_GAP.fullmatch(view, host.tail, hit.start):
            host.changes.append(hit.change)
            host.tail = hit.end
            continue
        if hit.quantity is None or hit.quantity.value is None or hit.change.kind == "multiple":
            continue
        standalone = _Draft(quantity=hit.quantity, anchor=hit.start, changes=[hit.change], tail=hit.end)
        result.append(standalone)
        ordered.insert(position + 1, standalone)
        starts.insert(position + 1, hit.quantity.start)
    return sorted(result, key=lambda d: d.quantity.start)


def _to_figure(doc: Document, draft: _Draft, floor: int, sentence_start: int, lex: FigureLexicon) -> Figure:
    q = draft.quantity
    unit = " ".join(doc.text[q.written[0] : q.written[1]].split()) if q.written else q.unit
    return Figure(
        text=doc.text[q.start : q.end],
        value=float(q.value) if q.value is not None else None,
        unit=unit,
        start=q.start,
        end=q.end,
        approx=q.approx,
        bound=q.bound,
        change=draft.changes[0] if draft.changes else None,
        changes=draft.changes,
        measure=measure(doc, draft.anchor, floor, sentence_start, lex),
        upper=float(q.upper) if q.upper is not None else None,
    )


def extract_figures(doc: Document) -> list[Figure]:
    """Every money amount, percentage and counted quantity in `doc`, in text order."""
    lex = figure_lexicon()
    convention = detect_convention(doc.view)
    hits = find_changes(doc, lex, convention)
    drafts = _attach_changes(doc, _figures_from_text(doc, lex, convention, hits), hits)
    sentence_starts = doc.sentence_starts
    figures: list[Figure] = []
    previous_tail = 0
    for draft in drafts:
        position = bisect_right(sentence_starts, draft.anchor) - 1
        sentence_start = sentence_starts[position] if position >= 0 else 0
        figures.append(_to_figure(doc, draft, previous_tail, sentence_start, lex))
        previous_tail = max(previous_tail, draft.tail)
    return figures
