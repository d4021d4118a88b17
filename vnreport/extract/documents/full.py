"""Full references (a symbol with its type word, `số` or issuer) and drafts (`Số: …/QĐ-UBND`)."""

from __future__ import annotations

import re

from vnreport import regexes
from vnreport.extract.documents.candidates import RANK_FULL, RANK_FULL_WORD, Cand, inside
from vnreport.extract.documents.context import LEAD_SO, Lead, read_article, read_lead, read_tail
from vnreport.extract.documents.lexicon import ALL_CODES, CODE_KINDS, CODES, KIND_ALT, KINDS
from vnreport.extract.documents.symbols import DRAFT, LAW_CODE, SYMBOL, Symbol, code_norm, read_symbol
from vnreport.segment.document import Document
from vnreport.spans import Spans

_COORD = regexes.compile(r"\s*(?:,|;|và|hoặc)\s*(?:(?:số|Số)\s*)?$")


_SPACE = regexes.compile(r"\s+")
# `Nghị quyết số 57-NQ/TW năm 2024`, `Quyết định 959/QĐ-BHXH năm 2015`: the year written right after the
# number, no comma between, is the year the document was issued (not a span `năm 2016 - 2020`, nor a list
# `19/NQ-CP năm 2015, 2016`: a resolution issued every year, cited for several)
_YEAR_AFTER_NUMBER = regexes.compile(
    r"[^\S\n]+năm[^\S\n]+(?P<y>(?:19|20)\d\d)(?![\d/])(?![^\S\n]*(?:[-–,;]|và|đến|tới)[^\S\n]*(?:năm[^\S\n]+)?\d)"
)


# Between two listed documents: a comma or `và`, then the second one's type word and `số`.
LISTED = regexes.compile(rf"\s*(?:,|;|và|hoặc|,\s*và)\s*(?:(?i:{KIND_ALT})\s+)?(?:(?:số|Số)\s*:?\s*)?")


def _kind_of(lead: Lead, symbol: Symbol) -> str | None:
    """The kind: the type word written before the number when it fits the code, else the code's kind."""
    code_kind = None
    if symbol.type_code:
        code_kind = CODES[symbol.system].get(symbol.type_code) or CODES["state"].get(symbol.type_code)
    elif LAW_CODE.fullmatch(symbol.issuer_codes[0]):
        code_kind = "Nghị quyết" if symbol.issuer_codes[0].startswith("UBTV") else "Luật"
    else:
        code_kind = "Công văn"
    if lead.kind_word:
        word = KINDS[_SPACE.sub(" ", lead.kind_word.lower())].kind
        fits = symbol.type_code is None or word in CODE_KINDS.get(symbol.type_code, frozenset({word}))
        if fits or lead.kind_word[0].isupper():
            return word
    return code_kind


def full_candidates(doc: Document, named_ends: dict[int, Cand], skip: Spans) -> list[Cand]:
    view = doc.view
    cands: list[Cand] = []
    for match in SYMBOL.finditer(view):
        if inside(match.start(), skip):
            continue
        symbol = read_symbol(match)
        if symbol is None:
            continue
        named = _named_before(view, match.start(), named_ends)
        lead = Lead(match.start(), so=True) if named else read_lead(view, match.start())
        previous = cands[-1] if cands else None
        coordinated = (
            previous is not None
            and not lead.kind_word
            and _COORD.fullmatch(view, previous.end, lead.start if lead.so else match.start()) is not None
            and previous.type_code == symbol.type_code
        )
        written = 2 if (lead.kind_word or named or coordinated) else 1 if (lead.so or lead.abbr) else 0
        if written + symbol.strength < 2:
            continue
        cand = _full_cand(doc, match, symbol, lead)
        if named is not None:
            cand.start, cand.kind, cand.name, cand.rank = named.start, named.kind, named.name, RANK_FULL_WORD + 1
            cand.base, cand.qual = named.base, str(symbol.year) if symbol.year else named.qual
        elif coordinated and previous is not None and previous.kind:
            cand.kind = previous.kind
        cands.append(cand)
    _share_tails(view, cands)
    return cands


def _share_tails(view: str, cands: list[Cand]) -> None:
    """`các Nghị quyết số 57-NQ/TW, 59-NQ/TW và 68-NQ/TW của Bộ Chính trị`, `Quyết định 2345/QĐ-UBND và
    Quyết định 2346/QĐ-UBND cùng ngày 15/7/2025`: documents listed together share the date and issuer
    written after the last — the date between documents of one kind, the issuer also between documents
    of one issuer's codes (`Nghị quyết số 18-NQ/TW, Kết luận số 121-KL/TW của Ban Chấp hành …`)."""
    for a, b in zip(reversed(cands[:-1]), reversed(cands[1:]), strict=True):
        if a.end > b.start or LISTED.fullmatch(view, a.tail_end, b.start) is None:
            continue
        same_kind = a.kind is not None and a.kind == b.kind
        if a.issuer is None and b.issuer is not None and (same_kind or a.issuer_codes == b.issuer_codes):
            a.issuer = b.issuer
        if a.date is None and b.date is not None and same_kind and (a.year is None or b.date[:4] == str(a.year)):
            a.date = b.date
            if a.year is None and b.date[:4].isdigit():
                a.year = int(b.date[:4])
                a.qual = str(a.year)


def _named_before(view: str, start: int, named_ends: dict[int, Cand]) -> Cand | None:
    """A named law written right before the symbol or its `số` (`Bộ luật Hình sự số 100/2015/QH13`)."""
    so = LEAD_SO.search(view, max(0, start - 12), start)
    before = so.start() if so else start
    while before > 0 and view[before - 1] in " ,":
        before -= 1
    return named_ends.get(before)


def _issue_year_after(view: str, end: int, number_year: int | None) -> re.Match[str] | None:
    """The issuing year written right after a number (`57-NQ/TW năm 2024`); not one the number's own year
    contradicts (`Thông tư 01/2013/TT-BYT năm 2015, có 73% …` tells a year of its application)."""
    m = _YEAR_AFTER_NUMBER.match(view, end)
    if m is None or (number_year is not None and int(m.group("y")) != number_year):
        return None
    return m


def _full_cand(doc: Document, match: re.Match[str], symbol: Symbol, lead: Lead) -> Cand:
    start = lead.start if (lead.kind_word or lead.abbr) else match.start()
    kind = _kind_of(lead, symbol)
    year_hint = symbol.year or doc.year
    issued = _issue_year_after(doc.view, match.end(), symbol.year)
    tail = read_tail(doc, issued.end() if issued else match.end(), year_hint, kind)
    if tail.date is None and issued is not None:
        tail.date = issued.group("y")
    if tail.bare_year and symbol.year and tail.date != str(symbol.year):
        tail.date = None  # `Thông tư 01/2013/TT-BYT của Bộ Y tế năm 2015`: a year of its application (a year
        # after the issuing verb is its own: `Thông tư 01/2013/TT-BYT được ban hành năm 2014`)
    year = symbol.year or (int(tail.date[:4]) if tail.date else None)
    base = (kind or "", str(symbol.number))
    return Cand(
        start=start,
        end=match.end(),
        flavor="full",
        rank=RANK_FULL_WORD if (lead.kind_word or lead.abbr) else RANK_FULL,
        kind=kind,
        number=doc.text[match.start() : match.end()],
        key=symbol.key,
        system=symbol.system,
        type_code=symbol.type_code,
        issuer_codes=symbol.issuer_codes,
        year=year,
        date=tail.date,
        issuer=tail.issuer,
        subject=tail.subject,
        article=read_article(doc.view, start),
        tail_end=tail.end,
        base=base,
        qual=str(year) if year else None,
    )


def draft_candidates(doc: Document) -> list[Cand]:
    cands = []
    for m in DRAFT.finditer(doc.view):
        codes = [code_norm(c) for c in m.group("code").split("-")]
        type_code = codes[0] if codes[0] in ALL_CODES else None
        kind = CODES["state"].get(codes[0], "Công văn") if type_code else "Công văn"
        issuers = codes[1:] if type_code else codes
        cands.append(
            Cand(
                start=m.start(),
                end=m.end(),
                flavor="draft",
                rank=RANK_FULL,
                kind=kind,
                key=f"?/{'-'.join(codes)}",
                system="state",
                type_code=type_code,
                issuer_codes=issuers,
            )
        )
    return cands
