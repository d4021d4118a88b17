"""What an official document says about other documents and about itself: its legal bases (`Căn cứ
…;`), when it takes effect (`có hiệu lực thi hành từ ngày …`, `kể từ ngày ký`), and what it repeals,
replaces or amends (`… hết hiệu lực kể từ ngày …`, `Bãi bỏ khoản 3 Điều 19 của Luật …`, `thay thế …`,
`Sửa đổi, bổ sung khoản 1 Điều 9 của Luật …`). The documents themselves are the documents stage's
references; this module reads the clauses around them.
"""

from __future__ import annotations

from dataclasses import dataclass

from vnreport import regexes
from vnreport.extract.dates import date_at
from vnreport.report.model import DocumentLink, DocumentRef, Paragraph
from vnreport.segment.document import Document

_BASIS = regexes.compile(r"(?i)(?<!\w)căn\s+cứ(?:\s+vào)?\s+")
_EFFECT = regexes.compile(r"(?i)(?<!\w)này\s+(?:chính\s+thức\s+|sẽ\s+)?có\s+hiệu\s+lực(?:\s+thi\s+hành)?")
_SINCE_SIGNING = regexes.compile(r"(?i)kể\s+từ\s+ngày\s+(?:ký|ban\s+hành)(?!\w)")
_DAY = regexes.compile(r"(?i)(?<!\w)ngày\s+")
_ENDS = regexes.compile(r"(?i)(?<!\w)(?:hết\s+hiệu\s+lực|bị\s+bãi\s+bỏ)")
_REPEAL = regexes.compile(r"(?i)(?<!\w)bãi\s+bỏ\s+")
_REPLACE = regexes.compile(r"(?i)(?<!\w)thay\s+thế\s+")
_WORDING = regexes.compile(r"(?i)(?<!\w)(?:thay\s+cụm\s+từ|thay\s+thế\s+tên\s+gọi|bỏ\s+cụm\s+từ)(?!\w)")
_AMEND = regexes.compile(
    r"(?i)(?<!\w)(?:sửa\s+đổi(?:\s*,\s*bổ\s+sung)?|bổ\s+sung)(?:\s+một\s+số\s+điều)?(?:\s+của)?\s+"
)
_AMENDED_BY = regexes.compile(r"(?i)(?<!\w)(?:đã\s+được\s+)?sửa\s+đổi\s*,\s*bổ\s+sung[^;.]{0,80}?\s+theo\s+")
_OPENING = regexes.compile(r"(?:Điều\s+\d+[.:]?\s*[^\n]*?\n)?\s*(?:\d{1,3}\.\s+|[a-zđ]\)\s+)?")
_ITEM_BREAK = regexes.compile(r"[;\n]")
_LIST_ITEM = regexes.compile(r"\s*(?:[a-zđ]\)|[-–+•])\s")
_VERB_ANY = regexes.compile(r"(?<!\w)(?:bãi bỏ|thay thế|sửa đổi|hết hiệu lực)(?!\w)")
_THIS = regexes.compile(
    r"(?i)(?:luật|bộ\s+luật|pháp\s+lệnh|nghị\s+quyết|nghị\s+định|quyết\s+định|thông\s+tư|chỉ\s+thị|kế\s+hoạch)\s+này"
)


@dataclass(frozen=True)
class _Cite:
    start: int
    end: int
    key: str


def _cites(documents: list[DocumentRef], own_key: str | None) -> list[_Cite]:
    cites = {(m.start, m.end, d.key) for d in documents if d.key != own_key for m in d.mentions}
    return [_Cite(*c) for c in sorted(cites)]


def _within(cites: list[_Cite], start: int, end: int) -> list[_Cite]:
    return [c for c in cites if start <= c.start and c.end <= end]


def _unique(links: list[DocumentLink]) -> list[DocumentLink]:
    seen: set[str] = set()
    out = []
    for link in links:
        marker = link.key or link.text
        if marker not in seen:
            seen.add(marker)
            out.append(link)
    return out


def read_bases(
    doc: Document, documents: list[DocumentRef], start: int, end: int, own_key: str | None
) -> list[DocumentLink]:
    """`Căn cứ Hiến pháp …; Căn cứ Luật …;` between the header and the first article."""
    cites = _cites(documents, own_key)
    cite_starts = {cite.start for cite in cites}
    links: list[DocumentLink] = []
    for paragraph in doc.paragraphs:
        if paragraph.end <= start or paragraph.start >= end:
            continue
        for lead in _BASIS.finditer(doc.view, paragraph.start, paragraph.end):
            item = lead.end()
            while item >= 0:
                stop = doc.view.find(";", item, paragraph.end)
                stop = paragraph.end if stop < 0 else stop
                links += _basis_item(doc, cites, item, _trim(doc, item, stop))
                item = _next_listed_basis(doc, cite_starts, stop, paragraph.end)
    return _unique(links)


def _basis_item(doc: Document, cites: list[_Cite], start: int, end: int) -> list[DocumentLink]:
    text = doc.text[start:end]
    amended_by = _AMENDED_BY.search(doc.view, start, end)  # `… đã được sửa đổi theo NQ …`
    own_end = amended_by.start() if amended_by else end
    within = _within(cites, start, own_end)
    # `Luật sửa đổi … của Luật Tổ chức Chính phủ …` is one basis: a name inside another's is not a second
    outer = [c for c in within if not any(o.start <= c.start and c.end <= o.end and o != c for o in within)]
    keys: list[str | None] = [cite.key for cite in outer] or [None]
    return [DocumentLink(text=text, key=key, start=start, end=end) for key in keys]


def _next_listed_basis(doc: Document, cite_starts: set[int], stop: int, end: int) -> int:
    """`Căn cứ Luật A …; Luật sửa đổi … B …;`: after a `;` a document named right away is one more basis
    of the same lead (-1 when the next item is anything else: a new `Căn cứ`, `Theo đề nghị …`)."""
    item = stop + 1
    while item < end and doc.view[item].isspace():
        item += 1
    return item if item < end and item in cite_starts else -1


def _trim(doc: Document, start: int, end: int) -> int:
    while end > start and (doc.text[end - 1].isspace() or doc.text[end - 1] in ",.;"):
        end -= 1
    return end


def read_effective(doc: Document, body_start: int, issued: str | None) -> tuple[str | None, str | None]:
    """(ISO date, text) of the document's own effect clause: the first `… này có hiệu lực …`."""
    for sentence in doc.sentences:
        if sentence.start < body_start:
            continue
        opening = _OPENING.match(doc.view, sentence.start, sentence.end)
        this = _THIS.match(doc.view, opening.end() if opening else sentence.start, sentence.end)
        effect = _EFFECT.match(doc.view, this.end() - 3, sentence.end) if this else None
        if effect is None:
            continue  # not the document's own effect clause (`… trước ngày Luật này có hiệu lực …`)
        text = doc.text[sentence.start : sentence.end].strip()
        if _SINCE_SIGNING.search(doc.view, effect.end(), sentence.end):
            return issued, text
        for day in _DAY.finditer(doc.view, effect.end(), sentence.end):
            found = date_at(doc.view, day.end(), None)
            if found is not None and found[0] is not None:
                return found[0], text
        return None, text
    return None, None


@dataclass
class Changes:
    repeals: list[DocumentLink]
    amends: list[DocumentLink]
    replaces: list[DocumentLink]


def read_changes(doc: Document, documents: list[DocumentRef], body_start: int, own_key: str | None) -> Changes:
    cites = _cites(documents, own_key)
    changes = Changes([], [], [])
    paragraphs = [p for p in doc.paragraphs if p.start >= body_start]
    consumed = -1
    for index, paragraph in enumerate(paragraphs):
        start, end = paragraph.start, paragraph.end
        if index <= consumed or _quoted(doc, paragraph):
            continue  # read with the clause before it, or quoted text of another document
        if (
            _ends_only_with_verb(doc, start, end)
            and index + 1 < len(paragraphs)
            and not _quoted(doc, paragraphs[index + 1])
        ):
            # (`1. Sửa đổi khoản 5 Điều 4 như sau:` / `“5. …”`: the quoted wording is no target)
            # `3. Bãi bỏ` / `khoản 3 … của Luật …` on the next line; `thay thế các luật sau đây:` / `a) …`
            consumed = index + 1
            while consumed + 1 < len(paragraphs) and _LIST_ITEM.match(doc.text, paragraphs[consumed + 1].start):
                consumed += 1
            _read_clause(doc, cites, start, paragraphs[consumed].end, changes)
            continue
        for sentence_start, sentence_end in _clauses(doc, start, end):
            _read_clause(doc, cites, sentence_start, sentence_end, changes)
    changes.repeals, changes.amends, changes.replaces = (
        _unique(changes.repeals),
        _unique(changes.amends),
        _unique(changes.replaces),
    )
    return changes


def _quoted(doc: Document, paragraph: Paragraph) -> bool:
    return doc.text[paragraph.start : paragraph.end].lstrip().startswith(("“", '"'))


def _ends_only_with_verb(doc: Document, start: int, end: int) -> bool:
    """`3. Bãi bỏ`, `2. Luật này thay thế các luật sau đây:`: what the verb acts on is on the next lines."""
    tail = " ".join(doc.view[start:end].lower().split()).rstrip(":")
    verb = tail.endswith(("bãi bỏ", "sửa đổi, bổ sung", "thay thế"))
    return verb or (doc.view[start:end].rstrip().endswith(":") and bool(_VERB_ANY.search(tail)))


def _clauses(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraph's sentences (a clause that runs onto the next line is one piece)."""
    pieces = [(s.start, s.end) for s in doc.sentences if start <= s.start < end]
    if not pieces:
        return [(start, end)]
    first, last = pieces[0], pieces[-1]
    return [(start, max(first[1], min(end, last[1])))] if len(pieces) == 1 else [(start, pieces[0][1]), *pieces[1:]]


def _read_clause(doc: Document, cites: list[_Cite], start: int, end: int, changes: Changes) -> None:
    ends = _ENDS.search(doc.view, start, end)
    if ends is not None:
        colon = doc.view.find(":", ends.end(), end)
        listed = colon >= 0 and "\n" in doc.view[colon:end]  # `… sau đây hết hiệu lực …:` / `a) Pháp lệnh …`
        subject_start, subject_end = (colon, end) if listed else (start, ends.start())
        excluded = [(m.end(), subject_end) for m in _AMENDED_BY.finditer(doc.view, subject_start, subject_end)]
        for cite in _named_by_number(_within(cites, subject_start, subject_end), doc.view):
            if not any(a <= cite.start < b for a, b in excluded) and not _THIS.match(doc.view, cite.start):
                changes.repeals.append(_link(doc, cite.start, cite))
    wording = _WORDING.search(doc.view, start, end)
    if wording is not None:  # `Thay cụm từ … tại khoản 8 Điều 14 của Luật …`: an amendment of wording
        kept = _within(cites, wording.end(), end)
        if kept:
            changes.amends.append(_link(doc, kept[0].start, kept[0]))
        return
    opening = _OPENING.match(doc.view, start, end)
    head = opening.end() if opening else start
    repeal = _REPEAL.match(doc.view, head, end)  # `3. Bãi bỏ …` opens the clause, not `đình chỉ, bãi bỏ`
    replace = _REPLACE.search(doc.view, start, end)
    if replace is not None and not _THIS.search(doc.view, start, replace.start()):
        replace = None  # only `… này (có hiệu lực … và) thay thế …` replaces: `giấy tờ thay thế` does not
    for match, target in ((repeal, changes.repeals), (replace, changes.replaces)):
        if match is not None:
            for cite in _named_by_number(_within(cites, match.end(), end), doc.view)[:6]:
                target.append(_link(doc, match.end(), cite))
    amend = _AMEND.match(doc.view, head, end)
    if amend is not None:
        # `Sửa đổi khoản 5 Điều 4 như sau: “5. … theo Luật …”`: what follows the colon is the new wording,
        # and a law it cites is not the one amended.
        colon = doc.view.find(":", amend.end(), end)
        following = [c for c in _within(cites, amend.end(), end if colon < 0 else colon)]
        excluded = [(m.end(), end) for m in _AMENDED_BY.finditer(doc.view, amend.end(), end)]
        kept = [c for c in following if not any(a <= c.start < b for a, b in excluded)]
        if kept:
            changes.amends.append(_link(doc, amend.end(), kept[0]))


def _named_by_number(cites: list[_Cite], doc_view: str) -> list[_Cite]:
    """Within one item, a numbered reference stands for the name around it (`Luật sửa đổi … của Luật
    thuế … số 57/2005/QH11` is 57/2005/QH11): named-only references are kept when nothing is numbered."""
    numbered = [c for c in cites if any(ch.isdigit() for ch in c.key) and "/" in c.key]
    if not numbered:
        return cites

    def explained(c: _Cite) -> bool:
        """A numbered reference later in the same item (no `;` or line break between)."""
        return any(n.start >= c.start and not _ITEM_BREAK.search(doc_view, c.end, n.start) for n in numbered)

    return [c for c in cites if c in numbered or not explained(c)]


def _link(doc: Document, start: int, cite: _Cite) -> DocumentLink:
    start = min(start, cite.start)
    return DocumentLink(text=doc.text[start : cite.end], key=cite.key, start=start, end=cite.end)
