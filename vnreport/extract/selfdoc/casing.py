"""Normal case for the capitals of an official document's header and signature (`UBND TỈNH THANH HÓA` →
`UBND tỉnh Thanh Hóa`, `CHỦ TỊCH QUỐC HỘI` → `Chủ tịch Quốc hội`): known phrases take the spelling of
the lexicon that lists them (titles, organisation heads and domains, places, abbreviations); other words
go to lower case; the first letter is a capital."""

from __future__ import annotations

from functools import cache

from vnreport.extract.organizations import AbbreviationRow, HeadRow
from vnreport.gazetteer import province_short_names
from vnreport.lexicon import PhraseMatcher, load_list, load_rows
from vnreport.segment.tokens import Token, scan
from vnreport.text import match_view, nfc


@cache
def _heads() -> frozenset[str]:
    """Organisation heads in lower case: the word after one opens the body's proper name."""
    return frozenset(" ".join(r.head.lower().split()) for r in load_rows("orgs_heads.tsv", HeadRow))


@cache
def _spellings(domains: bool) -> PhraseMatcher[str]:
    """Every phrase whose spelling the lexicons fix, keyed in lower case, valued as spelled. Domains
    (`Tài chính`, `Xây dựng`) are capitalised after an organisation head (`Bộ Tài chính`) only:
    `domains` is for issuer and position lines, not for a document's title."""
    matcher: PhraseMatcher[str] = PhraseMatcher("lower")
    phrases: list[str] = []
    phrases += load_list("officials_titles.txt")
    phrases += load_list("officials_ranks.txt")
    phrases += [r.head for r in load_rows("orgs_heads.tsv", HeadRow)]
    if domains:
        phrases += load_list("orgs_domains.txt")
    phrases += load_list("places_extra.txt")
    phrases += sorted(province_short_names())
    for phrase in phrases:
        if phrase[:1].isupper():  # lower-case heads (`báo`) stay as they are
            matcher.add(phrase, phrase)
    for row in load_rows("orgs_abbreviations.tsv", AbbreviationRow):
        matcher.add(row.abbreviation, row.abbreviation)
    return matcher


def normal_case(text: str, *, domains: bool = True) -> str:
    """`ỦY BAN NHÂN DÂN TỈNH THANH HÓA` → `Ủy ban nhân dân tỉnh Thanh Hóa`; spaces are collapsed."""
    text = " ".join(nfc(text).split())
    if not text:
        return text
    view = match_view(text)
    tokens = scan(view, 0, len(view))
    spellings = _spellings(domains)
    out: list[str] = []
    i = 0
    after_head = False
    while i < len(tokens):
        width, spelled = spellings.match(tokens, i)
        if width and spelled is not None:
            piece = spelled
        else:
            width, piece = 1, text[tokens[i].start : tokens[i].end].lower()
            if after_head and piece[:1].isalpha() and piece not in _UNIT_WORDS:
                piece = piece[0].upper() + piece[1:]  # `VỤ NGÂN SÁCH …` → `Vụ Ngân sách …`
        _append(out, piece, tokens[i])
        after_head = " ".join(piece.lower().split()) in _heads()
        i += width
    result = "".join(out)
    return result[0].upper() + result[1:]


_UNIT_WORDS = frozenset({"tỉnh", "thành", "huyện", "quận", "xã", "phường", "thị", "đặc"})  # `UBND tỉnh …`


def _append(out: list[str], piece: str, first: Token) -> None:
    if out and first.gap != 0:
        out.append(" ")
    out.append(piece)
