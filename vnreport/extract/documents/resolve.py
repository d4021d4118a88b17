"""Grouping candidates into documents: full references by key; names and short forms by the nearest
reference they fit (the earlier one, else the later one: a headline's short form)."""

from __future__ import annotations

from dataclasses import dataclass, field

from vnreport.extract.documents.candidates import Cand
from vnreport.extract.documents.lexicon import CODE_KINDS
from vnreport.report.model import DocumentRef, Mention
from vnreport.segment.document import Document


@dataclass
class _Entry:
    key: str
    cands: list[Cand] = field(default_factory=list)


def _short_fits(short: Cand, anchor: Cand) -> bool:
    """A short form and an anchor (a full reference, or a short form with its year) agree."""
    if anchor.flavor not in ("full", "short") or anchor.base is None or short.base is None:
        return False
    if anchor.base[1] != short.base[1] or (short.qual and anchor.qual != short.qual):
        return False
    if anchor.kind in short.kinds:
        return True
    return bool(anchor.type_code) and bool(short.kinds & CODE_KINDS.get(anchor.type_code or "", frozenset()))


def _name_fits(named: Cand, other: Cand) -> bool:
    """A named mention and an anchor (a qualified name, or a number written with the name) agree."""
    if other.base != named.base or other.qual is None:
        return False
    return named.qual is None or named.qual == other.qual


def _nearest(cand: Cand, pool: list[tuple[Cand, _Entry]]) -> _Entry | None:
    """The entry of the nearest earlier candidate in `pool`, else of the nearest later one."""
    earlier = [(c, e) for c, e in pool if c.start < cand.start]
    if earlier:
        return max(earlier, key=lambda ce: ce[0].start)[1]
    later = [(c, e) for c, e in pool if c.start > cand.start]
    return min(later, key=lambda ce: ce[0].start)[1] if later else None


def resolve(cands: list[Cand]) -> list[_Entry]:
    """Group candidates into documents: full references by key; names and short forms by what they fit."""
    entries: dict[str, _Entry] = {}
    anchors: list[tuple[Cand, _Entry]] = []

    def add(cand: Cand, entry: _Entry | None, anchor: bool) -> None:
        entry = entry or entries.setdefault(cand.key, _Entry(cand.key))
        entry.cands.append(cand)
        if anchor:
            anchors.append((cand, entry))

    ordered = sorted(cands, key=lambda c: c.start)
    for cand in ordered:
        if cand.flavor in ("full", "draft"):
            add(cand, None, True)
    for cand in ordered:
        if cand.flavor == "named" and cand.qual is not None:
            add(cand, _nearest(cand, [(c, e) for c, e in anchors if _name_fits(cand, c)]), True)
    for cand in ordered:
        if cand.flavor == "named" and cand.qual is None:
            entry = _nearest(cand, [(c, e) for c, e in anchors if _name_fits(cand, c)])
            add(cand, entry, False)
    # short forms with a year (`Quyết định 150/2004`) first: one that stands alone anchors the bare ones
    for cand in sorted((c for c in ordered if c.flavor == "short"), key=lambda c: (c.qual is None, c.start)):
        entry = _nearest(cand, [(c, e) for c, e in anchors if _short_fits(cand, c)])
        if entry is not None or cand.standalone:
            add(cand, entry, cand.qual is not None)
    return sorted(entries.values(), key=lambda e: min(c.start for c in e.cands))


def _first(values: list[str | None]) -> str | None:
    return next((v for v in values if v), None)


def to_ref(doc: Document, entry: _Entry) -> DocumentRef:
    cands = sorted(entry.cands, key=lambda c: c.start)
    best = max(cands, key=lambda c: (c.rank, c.end - c.start, -c.start))
    ordered = [best, *cands]
    mentions, seen = [], set()
    for c in cands:
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            mentions.append(Mention(text=doc.text[c.start : c.end], start=c.start, end=c.end))
    articles = list(dict.fromkeys(c.article for c in cands if c.article))
    return DocumentRef(
        text=doc.text[best.start : best.end],
        kind=best.kind or _first([c.kind for c in ordered]),
        number=best.number,
        key=entry.key,
        date=_first([c.date for c in ordered]),
        issuer=_first([c.issuer for c in ordered]),
        subject=_first([c.subject for c in ordered]),
        name=_first([c.name for c in ordered]),
        start=best.start,
        end=best.end,
        system=best.system or _first([c.system for c in ordered]),  # type: ignore[arg-type]
        type_code=best.type_code,
        issuer_codes=best.issuer_codes,
        year=best.year or next((c.year for c in ordered if c.year), None),
        mentions=mentions,
        articles=articles,
    )
