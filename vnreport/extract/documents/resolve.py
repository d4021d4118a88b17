"""Grouping candidates into documents: full references by key; names and short forms by the nearest
reference they fit (the earlier one, else the later one: a headline's short form)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field

from vnreport.extract.documents.candidates import Cand, fold_key
from vnreport.extract.documents.lexicon import CODE_KINDS, NAME_LINKS
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


class _Anchors:
    """The anchors a candidate may link to, filed under what `_name_fits` and `_short_fits` compare,
    each file in order of (start, order of adding). Finding the nearest fitting anchor is then a
    bisection or two, not a filter over every anchor (which made many documents quadratic, issue #11)."""

    def __init__(self) -> None:
        self.files: dict[tuple, list[tuple[int, int, _Entry]]] = {}
        self.added = 0

    def add(self, cand: Cand, entry: _Entry) -> None:
        self.added += 1
        keys: list[tuple] = []
        if cand.qual is not None:  # what a name fits: the same base, and a qualifier (the same, if it has one)
            keys += [("name", cand.base), ("name", cand.base, cand.qual)]
        if cand.flavor in ("full", "short") and cand.base is not None:  # what a short form fits, by kind
            kinds = {cand.kind, *(CODE_KINDS.get(cand.type_code or "", frozenset()) if cand.type_code else ())}
            for kind in kinds:
                keys += [("short", cand.base[1], kind), ("short", cand.base[1], kind, cand.qual)]
        for key in keys:
            insort(self.files.setdefault(key, []), (cand.start, self.added, entry), key=lambda item: item[:2])

    def nearest(self, cand: Cand, keys: list[tuple]) -> _Entry | None:
        """The entry of the nearest earlier anchor filed under any of `keys`, else of the nearest later
        one; between anchors at the same start, the first added (as a scan in order of adding would)."""
        earlier: tuple[int, int, _Entry] | None = None
        later: tuple[int, int, _Entry] | None = None
        for key in keys:
            file = self.files.get(key)
            if not file:
                continue
            k = bisect_left(file, cand.start, key=lambda item: item[0])
            if k > 0:
                top = file[k - 1][0]
                best = file[bisect_left(file, top, key=lambda item: item[0])]
                if earlier is None or (best[0], -best[1]) > (earlier[0], -earlier[1]):
                    earlier = best
            k = bisect_right(file, cand.start, key=lambda item: item[0])
            if k < len(file) and (later is None or file[k][:2] < later[:2]):
                later = file[k]
        chosen = earlier or later
        return chosen[2] if chosen else None

    def for_name(self, named: Cand) -> _Entry | None:
        return self.nearest(named, [("name", named.base) if named.qual is None else ("name", named.base, named.qual)])

    def for_short(self, short: Cand) -> _Entry | None:
        if short.base is None:
            return None
        tail = () if short.qual is None else (short.qual,)
        return self.nearest(short, [("short", short.base[1], kind, *tail) for kind in short.kinds])


def group_candidates(cands: list[Cand]) -> list[_Entry]:
    """Group candidates into documents: full references by key; names and short forms by what they fit."""
    entries: dict[str, _Entry] = {}
    anchors = _Anchors()

    def add(cand: Cand, entry: _Entry | None, anchor: bool) -> None:
        entry = entry or entries.setdefault(cand.key, _Entry(cand.key))
        entry.cands.append(cand)
        if anchor:
            anchors.add(cand, entry)

    ordered = sorted(cands, key=lambda c: c.start)
    for cand in ordered:
        if cand.flavor in ("full", "draft"):
            add(cand, None, True)
    for cand in ordered:
        if cand.flavor == "named" and cand.qual is not None:
            add(cand, anchors.for_name(cand), True)
    for cand in ordered:
        if cand.flavor == "named" and cand.qual is None:
            add(cand, anchors.for_name(cand), False)
    # short forms with a year (`Quyết định 150/2004`) first: one that stands alone anchors the bare ones
    for cand in sorted((c for c in ordered if c.flavor == "short"), key=lambda c: (c.qual is None, c.start)):
        entry = anchors.for_short(cand)
        if entry is None and cand.qual is None and not cand.standalone:
            entry = entries.get(cand.key)  # `thông tư 130` after `Thông tư 130`: the same bare short form again
        if entry is not None or cand.standalone:
            add(cand, entry, cand.qual is not None)
    return _merge_name_heads(sorted(entries.values(), key=lambda e: min(c.start for c in e.cands)))


def _entry_name(entry: _Entry) -> str | None:
    """The longest name of a document cited only by name (no number), else None."""
    if any(c.number or c.flavor != "named" for c in entry.cands):
        return None
    return max((c.name for c in entry.cands if c.name), key=len, default=None)


def _links_on(rest: str) -> bool:
    """The rest of a longer name carries on a shorter one of the same document: whose it is or between whom
    (`… của các tổ chức tín dụng`, `… giữa Việt Nam và …`), or its acronym (`… AANZFTA`)."""
    words = rest.split(maxsplit=1)
    if not words:
        return False
    first = words[0].strip("(),")
    return fold_key(first).lower() in NAME_LINKS or (len(first) >= 2 and first.isalpha() and first.isupper())


def _merge_name_heads(entries: list[_Entry]) -> list[_Entry]:
    """`Nghị quyết về xử lý nợ xấu` beside `Nghị quyết về xử lý nợ xấu của các tổ chức tín dụng`: a name that
    is the head of one longer name of the text, which goes on with a linking word, is that document again.
    Each longer name is cut at its word ends and looked up, so the pass is linear in the names' words."""
    by_name: dict[str, _Entry] = {}
    for entry in entries:
        name = _entry_name(entry)
        if name:
            by_name.setdefault(fold_key(name).lower(), entry)
    longer: dict[int, list[_Entry]] = {}
    for entry in entries:
        name = _entry_name(entry)
        if not name:
            continue
        for cut in (i for i, ch in enumerate(name) if ch == " "):
            head = by_name.get(fold_key(name[:cut]).lower())
            if head is not None and head is not entry and _links_on(name[cut:]):
                longer.setdefault(id(head), []).append(entry)
    # a head two longer names go on from (`Hiệp định … của A`, `Hiệp định … của B`): which one it is, the
    # text does not say
    into = {key: found[0] for key, found in longer.items() if len(found) == 1}
    for entry in entries:
        target = into.get(id(entry))
        while target is not None and id(target) in into:  # a head of a head: the longest name takes all
            target = into[id(target)]
        if target is not None:
            target.cands.extend(entry.cands)
    return [e for e in entries if id(e) not in into]


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
