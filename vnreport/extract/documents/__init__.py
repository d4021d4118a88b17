"""Document references: numbered state and Party documents, their short forms, and documents cited by name.

Three kinds of mention are found on the match view (`doc.view`), each reported with offsets into
`doc.text`:

* **Full references** carry a number and symbol: `Nghị định số 100/2019/NĐ-CP`, `Kế hoạch 258-KH/TU`,
  `Luật số: 68/2020/QH14`, a bare `1234/QĐ-UBND`, a công văn `567/BTC-TCT`, a draft `Số: …/QĐ-UBND`.
  The symbol is split into number, year, type code and issuer codes and normalised into a key
  (`15-NQ/TƯ`, `15/NQ-TW` and `15 - NQ/TW` all give `15-NQ/TW`).
* **Named documents** have no number: `Luật Thủ đô (sửa đổi)`, `Bộ luật Hình sự năm 2015`,
  `Hiến pháp năm 2013`, `Luật sửa đổi, bổ sung một số điều của Luật …`, `Nghị quyết Trung ương 4 khóa
  XII`, `Quy hoạch Thủ đô thời kỳ 2021 - 2030`, a plan by its period (`Kế hoạch hợp tác … giai đoạn 2017 - 2020`),
  a treaty by the body that adopted it and its subject (`Công ước của Liên Hợp Quốc về …`), a declaration by its
  own abbreviation (`Tuyên bố về ứng xử của các bên … (DOC)`). A name runs while its words can belong to a title; it
  ends at punctuation, a year (kept), or a word that starts a new clause (data file).
* **Short forms** repeat a type and number only: `Nghị quyết 57`, `NQ 57`, `Nghị định 168/2024`. A short
  form is a mention of the nearest earlier full reference with the same type and number (or, when the
  first mention is the short one — a headline — of the nearest later one). A short form that no full
  reference explains becomes a document of its own only when it is unambiguous: a capitalised type word
  whose short forms are not everyday phrases (`Nghị định 67 của Chính phủ`, not `Kế hoạch 5 năm`) and a
  number that does not count something. Abbreviated ones (`NQ 57`) never stand alone.

One `DocumentRef` is returned per distinct document, in order of first mention; its text and span are
those of the fullest mention (type word through number), and `mentions` lists every occurrence.
"""

from __future__ import annotations

from vnreport import regexes
from vnreport.extract.dates import extract_dates
from vnreport.extract.documents.candidates import Cand, fold_key, overlaps
from vnreport.extract.documents.dating import date_issued
from vnreport.extract.documents.full import draft_candidates, full_candidates
from vnreport.extract.documents.named import (
    constitution_candidates,
    declaration_candidates,
    law_abbrev_candidates,
    law_candidates,
    party_named_candidates,
    plan_candidates,
)
from vnreport.extract.documents.resolve import group_candidates, to_ref
from vnreport.extract.documents.shorts import short_candidates
from vnreport.extract.documents.subjects import issuers_of_subjects
from vnreport.extract.documents.titled import link_shortened_titles, titled_candidates
from vnreport.report.model import DateMention, DocumentRef
from vnreport.segment.document import Document, segment
from vnreport.spans import Spans
from vnreport.text import nfc

_URL = regexes.compile(r"(?:https?://|www\.)\S+")


def extract_documents(doc: Document, dates: list[DateMention] | None = None) -> list[DocumentRef]:
    """Every document the text cites, one entry per distinct document, in order of first mention.
    `dates`: the article's dates (the dates stage), which date a document issued in a dated sentence."""
    view = doc.view
    urls = Spans([(m.start(), m.end()) for m in _URL.finditer(view)])
    named = [
        *constitution_candidates(doc),
        *party_named_candidates(doc),
        *plan_candidates(doc),
        *law_candidates(doc, urls),
        *law_abbrev_candidates(doc),
        *declaration_candidates(doc),
    ]
    titled = titled_candidates(doc)
    link_shortened_titles(titled)
    named += titled
    named_ends = {c.end: c for c in named if not c.amends_one}
    # `Luật sửa đổi, bổ sung … của Bộ luật Hình sự số 100/2015/QH13`: the number names the amended law, whose
    # full reference lies inside the amending law's name and so does not displace it
    named_ends |= {c.numbered_law.end: c.numbered_law for c in named if c.numbered_law is not None}
    amended_starts = {c.numbered_law.start for c in named if c.numbered_law is not None}
    full = [*full_candidates(doc, named_ends, urls), *draft_candidates(doc)]
    taken = [(c.start, c.end) for c in full]
    full_spans = Spans([(c.start, c.end) for c in full if c.start not in amended_starts])
    kept_named: list[Cand] = []
    outer: Cand | None = None  # the kept names come in order of start: the last one not nested in another
    for cand in sorted(named, key=lambda c: (c.start, -(c.end - c.start))):
        if overlaps(cand, full_spans):
            continue
        if outer is None or outer.end <= cand.start:
            outer = cand
        elif not (outer.start < cand.start and cand.end <= outer.end):
            continue  # overlaps a kept name without lying inside it
        # a name inside another is a document of its own (`Nghị quyết phê chuẩn Hiệp ước …`)
        kept_named.append(cand)
        taken.append((cand.start, cand.end))
    kept = {id(c) for c in kept_named}
    _bare_names_of_bills(kept_named)
    _titles_restated(view, full, [c for c in titled if id(c) in kept])
    _numbers_restated(view, full, kept_named)
    _names_restating(view, full, kept_named)
    taken_spans = Spans(taken)
    shorts = [c for c in short_candidates(doc, urls) if not overlaps(c, taken_spans)]
    entries = group_candidates([*full, *kept_named, *shorts])
    refs = [to_ref(doc, e) for e in entries]
    date_issued(doc, refs, extract_dates(doc) if dates is None else dates)
    issuers_of_subjects(doc, refs)
    return refs


_TITLE_WORDS = 6  # words of a title compared with what follows a number


_BILL = " (sua doi)"  # how `_name_base` writes `(sửa đổi)` / `sửa đổi` after a law's name


def _bare_names_of_bills(named: list[Cand]) -> None:
    """`Quốc hội thảo luận dự án Luật Đường sắt (sửa đổi)` … `Luật Đường sắt phải khuyến khích …`: in a text
    that names a bill, the law's bare name (no year) is that bill; unless the text also names the law with a
    year (`Luật Đường sắt 2005`) or as what an amending law amends (`Luật sửa đổi … của Luật Đường sắt`),
    which tell the law in force from the bill."""
    bills = {c.base[1] for c in named if c.base and c.qual is None and c.base[1].endswith(_BILL)}
    if not bills:
        return
    in_force = {c.base[1] for c in named if c.base and (c.qual is not None or c.amended)}
    for cand in named:
        if cand.base is None or cand.qual is not None or cand.amended or cand.flavor != "named":
            continue
        bill = cand.base[1] + _BILL
        if bill in bills and cand.base[1] not in in_force:
            cand.base, cand.key = ("name", bill), bill


def _titles_restated(view: str, full: list[Cand], named: list[Cand]) -> None:
    """`Nghị quyết phê chuẩn đề nghị … ` … `Nghị quyết số 36/2017/QH14 phê chuẩn đề nghị …`: a titled
    document whose title follows a number of the same kind is that numbered document."""
    by_opening: dict[tuple[str, str], list[Cand]] = {}
    for cand in full:
        if cand.kind:
            after = fold_key(view[cand.end : cand.end + 400]).split()
            by_opening.setdefault((cand.kind, " ".join(after[:_TITLE_WORDS])), []).append(cand)
    if not by_opening:
        return
    for cand in named:
        if not cand.kind or cand.number or not cand.name or not cand.name.startswith(cand.kind):
            continue
        title = fold_key(view[cand.start + len(cand.kind) : cand.end])
        words = title.split()
        if len(words) < _TITLE_WORDS:
            continue
        for numbered in by_opening.get((cand.kind, " ".join(words[:_TITLE_WORDS])), []):
            if fold_key(view[numbered.end : numbered.end + len(title) + 40]).startswith(title):
                cand.flavor, cand.key = "full", numbered.key
                break


_OPEN_BRACKET = regexes.compile(r"\s*\(\s*")
_CLOSE_BRACKET = regexes.compile(r"\s*\)")


def _numbers_restated(view: str, full: list[Cand], named: list[Cand]) -> None:
    """`Nghị quyết về sắp xếp đơn vị hành chính cấp tỉnh năm 2025 (Nghị quyết số 202/2025/QH15)`: a name
    followed by its own number in brackets, of the same kind, is that numbered document."""
    by_start = {c.start: c for c in full}
    for cand in named:
        bracket = _OPEN_BRACKET.match(view, cand.end)
        numbered = by_start.get(bracket.end()) if bracket else None
        if numbered is None or numbered.kind != cand.kind or not _CLOSE_BRACKET.match(view, numbered.end):
            continue
        cand.flavor, cand.key = "full", numbered.key


def _names_restating(view: str, full: list[Cand], named: list[Cand]) -> None:
    """`Nghị quyết số 60-NQ/TW (Nghị quyết Hội nghị Trung ương 11 khóa XIII)`, `Nghị quyết số 39-NQ/TW, ngày
    18/7/2023 của Bộ Chính trị (Nghị quyết Trung ương 6 khóa XII)`: a name in brackets right after a numbered
    reference (or after its own date and issuer), of the same kind, is that numbered document."""
    by_start = {c.start: c for c in named if c.flavor == "named" and c.kind}
    if not by_start:
        return
    for numbered in full:
        if not numbered.kind:
            continue
        for pos in dict.fromkeys((numbered.end, numbered.tail_end or numbered.end)):
            bracket = _OPEN_BRACKET.match(view, pos)
            cand = by_start.get(bracket.end()) if bracket else None
            if cand is not None and cand.kind == numbered.kind and _CLOSE_BRACKET.match(view, cand.end):
                cand.flavor, cand.key = "full", numbered.key
                break


def reference_key(reference: str, *, prefer_numbered: bool = False) -> str | None:
    """The normalised key of the first document cited in `reference` (`Nghị quyết số 15-NQ/TƯ` → `15-NQ/TW`);
    with `prefer_numbered`, of the first numbered one (`Điều 2 của Luật sửa đổi … số 57/2005/QH11`).

    Used to compare references written by hand (gold files) with what the extractor finds.
    """

    found = extract_documents(segment(nfc(reference), words="dictionary"), []) or _as_quoted_title(reference)
    if not found:  # a short form written alone (`quyết định 106`, of `các quyết định 106, 107/QĐ-TTg`)
        shorts = short_candidates(segment(nfc(reference), words="dictionary"), Spans([]))
        return shorts[0].key if shorts else None
    if prefer_numbered:
        found = [d for d in found if d.number] or found
    return found[0].key if found else None


def _as_quoted_title(reference: str) -> list[DocumentRef]:
    """A plan's title written alone (`Quy hoạch tổng thể … đến năm 2030`) is read as the text quotes it."""
    return extract_documents(segment(nfc(f"“{reference}”"), words="dictionary"), [])
