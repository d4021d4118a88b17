"""Change phrases after a figure: `tăng 18,2% so với cùng kỳ năm 2023`, `đạt 99,4% kế hoạch`, `gấp 1,5
lần`, `giảm 2,3 điểm phần trăm`, `chiếm 45%` — their kind, value, unit and basis."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from vnreport import regexes
from vnreport.extract.figures.lexicon import FigureLexicon, key
from vnreport.extract.figures.quantities import Quantity, approx_before, previous_word, scan_quantity
from vnreport.numbers import Convention
from vnreport.report.model import Change
from vnreport.segment.document import Document

_NEXT_WORD = regexes.compile(r"[ ]*([^\W\d_]+)")
_SPACES = regexes.compile(r"[ ]*")
_LAN = regexes.compile(r"[ ]*lần(?![^\W_])")
_BASIS_WORDS = 12
_BASIS_REACH = 200  # characters after a change searched for the end of its basis


@dataclass
class ChangeHit:
    start: int
    end: int
    change: Change
    quantity: Quantity | None


def _clause_stop(view: str, pos: int, limit: int, lex: FigureLexicon) -> int:
    """End of the phrase starting at `pos`: the clause end, or after `limit` words."""
    reach = min(len(view), pos + _BASIS_REACH)
    stop = lex.clause_end_re.search(view, max(pos - 1, 0), reach)  # from the space before, for ` trong khi `
    end = max(stop.start(), pos) if stop else reach
    words = list(re.finditer(r"\S+", view[pos:end]))
    if len(words) > limit:
        end = pos + words[limit - 1].end()
    while end > pos and view[end - 1] in " .":
        end -= 1
    return end


def _basis(view: str, pos: int, lex: FigureLexicon, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """The basis phrase starting at `pos` if it opens with one of `pattern`'s words."""
    match = pattern.match(view, pos)
    if not match:
        return None
    begin = _SPACES.match(view, pos).end()  # type: ignore[union-attr]
    if view[begin] == ",":
        begin = _SPACES.match(view, begin + 1).end()  # type: ignore[union-attr]
    end = _clause_stop(view, begin, _BASIS_WORDS, lex)
    return (begin, end) if end > begin else None


def _parse_change(doc: Document, verb: re.Match[str], lex: FigureLexicon, convention: Convention) -> ChangeHit | None:
    view = doc.view
    role = lex.change_roles[key(verb.group(1))]
    pos = verb.end()
    approx_words = lex.approx_forward_re.match(view, pos)
    if approx_words:
        pos = approx_words.end()
    number_start = _SPACES.match(view, pos).end()  # type: ignore[union-attr]
    if role == "multiply":
        return _parse_multiple(doc, verb, number_start, lex, convention)
    if role == "exceed":
        target_words = lex.target_re.match(view, pos)
        if target_words:
            number_start = _SPACES.match(view, target_words.end()).end()  # type: ignore[union-attr]
            found = _quantity_at(view, number_start, lex, convention)
            if found is None or found.unit != "%" or found.value is None:
                return None
            written = (_SPACES.match(view, pos).end(), target_words.end())  # type: ignore[union-attr]
            return _hit(doc, verb.start(), found.end, "of_target", found.value + 100, "%", written, found)
    found = _quantity_at(view, number_start, lex, convention)
    if found is None or found.value is None:
        return None
    after = found.end
    if role in {"increase", "decrease"}:
        sign = 1 if role == "increase" else -1
        if found.surface == "lần":
            value = found.value if sign > 0 else 1 / found.value if found.value else None
            kind, unit = "multiple", None
        elif found.kind == "points":
            value, kind, unit = found.value * sign, "points", "pp"
        elif found.kind in {"money", "percent", "measure", "count"} or found.scaled:
            value, kind, unit = found.value, role, found.unit
        else:
            return None
        if value is None:
            return None
        basis = _basis(view, after, lex, lex.basis_re)
        return _hit(doc, verb.start(), basis[1] if basis else after, kind, value, unit, basis, found)
    if found.unit != "%":
        return None
    if role == "share":
        whole: tuple[int, int] | None = None
        begin = _SPACES.match(view, after).end()  # type: ignore[union-attr]
        if begin < len(view) and view[begin].isalpha() and begin > after:
            end = _clause_stop(view, begin, _BASIS_WORDS, lex)
            whole = (begin, end) if end > begin else None
        return _hit(doc, verb.start(), whole[1] if whole else after, "share", found.value, "%", whole, found)
    target = _basis(view, after, lex, lex.target_re)
    if target:
        value = found.value + 100 if role == "exceed" else found.value
        return _hit(doc, verb.start(), target[1], "of_target", value, "%", target, found)
    basis = _basis(view, after, lex, lex.basis_re)
    if basis:
        kind = "increase" if role == "exceed" else "ratio"
        return _hit(doc, verb.start(), basis[1], kind, found.value, "%", basis, found)
    return None


def _quantity_at(view: str, pos: int, lex: FigureLexicon, convention: Convention) -> Quantity | None:
    if pos >= len(view) or not (view[pos].isdigit() or view[pos].isalpha()):
        return None
    found = scan_quantity(view, pos, lex, convention)
    if found is not None:
        approx_before(view, found, lex)
    return found


def _parse_multiple(
    doc: Document, verb: re.Match[str], pos: int, lex: FigureLexicon, convention: Convention
) -> ChangeHit | None:
    view = doc.view
    word = _NEXT_WORD.match(view, pos)
    found: Quantity | None = None
    if word and word.start(1) == pos and word.group(1).lower() in lex.multiple_words:
        value: Decimal | None = lex.multiple_words[word.group(1).lower()]
        end = word.end()
        lan = _LAN.match(view, end)
        end = lan.end() if lan else end
    else:
        found = _quantity_at(view, pos, lex, convention)
        if found is None or found.value is None or found.scaled or found.surface not in {None, "lần"}:
            return None
        value, end = found.value, found.end
    if value is None:
        return None
    basis = _basis(view, end, lex, lex.basis_re)
    return _hit(doc, verb.start(), basis[1] if basis else end, "multiple", value, None, basis, found)


def _hit(
    doc: Document,
    start: int,
    end: int,
    kind: str,
    value: Decimal,
    unit: str | None,
    basis: tuple[int, int] | None,
    quantity: Quantity | None,
) -> ChangeHit:
    change = Change(
        text=doc.text[start:end],
        kind=kind,  # type: ignore[arg-type]
        value=float(value),
        unit=unit,
        basis=doc.text[basis[0] : basis[1]] if basis else None,
    )
    return ChangeHit(start=start, end=end, change=change, quantity=quantity)


def _is_noun_comparative(view: str, verb: re.Match[str], lex: FigureLexicon) -> bool:
    """`độ cao hơn 2.100 km` is an altitude of more than 2,100 km, not an increase."""
    first = verb.group(1).split()[0].lower()
    return first in lex.comparatives and previous_word(view, verb.start()) in lex.blocks_comparative


def find_changes(doc: Document, lex: FigureLexicon, convention: Convention) -> list[ChangeHit]:
    hits: list[ChangeHit] = []
    last_end = 0
    lower = doc.lower_view
    verbs = lex.change_lower_re.finditer(lower) if lower is not None else lex.change_re.finditer(doc.view)
    for verb in verbs:
        if verb.start() < last_end or _is_noun_comparative(doc.view, verb, lex):
            continue
        hit = _parse_change(doc, verb, lex, convention)
        if hit is not None:
            hits.append(hit)
            last_end = hit.end
    return hits
