"""Normal case for the capitals of an official document's header and signature (`UBND TỈNH THANH HÓA` →
`UBND tỉnh Thanh Hóa`, `CHỦ TỊCH QUỐC HỘI` → `Chủ tịch Quốc hội`): known phrases take the spelling of
the lexicon that lists them (titles, organisation heads and domains, places, abbreviations); other words
go to lower case; the first letter is a capital."""

from __future__ import annotations

from functools import cache

from vnreport import regexes
from vnreport.extract.organizations import AbbreviationRow, HeadRow
from vnreport.gazetteer import province_short_names
from vnreport.lexicon import PhraseMatcher, load_list, load_rows
from vnreport.segment.dictionary import is_word
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
    """`ỦY BAN NHÂN DÂN TỈNH THANH HÓA` → `Ủy ban nhân dân tỉnh Thanh Hóa`; spaces are collapsed. A
    one-syllable head inside a common word (`CÁN BỘ`, `CƠ SỞ`, `BAN HÀNH`) is no head. With `domains`
    (an issuer or a position line) the words after a unit word are the place's name (`HUYỆN ĐÔNG ANH`
    → `huyện Đông Anh`)."""
    text = " ".join(nfc(text).split())
    if not text:
        return text
    view = match_view(text)
    tokens = scan(view, 0, len(view))
    spellings = _spellings(domains)
    symbols = _inside(tokens, [(m.start(), m.end()) for m in _SYMBOL_WORD.finditer(text)])
    out: list[str] = []
    i = 0
    after_head = in_place = False
    previous = ""
    while i < len(tokens):
        width, spelled = spellings.match(tokens, i)
        common = width == 1 and spelled is not None and _inside_a_word(tokens, i)
        if width and spelled is not None and not common:
            piece = spelled
        else:
            width, piece = 1, text[tokens[i].start : tokens[i].end]
            if tokens[i].start not in symbols:  # a symbol keeps its capitals (`19/CT-TTG`)
                piece = piece.lower()
            capital = after_head or (in_place and domains)
            if capital and piece[:1].isalpha() and piece not in _UNIT_WORDS and piece not in _function_words():
                piece = piece[0].upper() + piece[1:]  # `VỤ NGÂN SÁCH …` → `Vụ Ngân sách …`
        _append(out, piece, tokens[i])
        lower = " ".join(piece.lower().split())
        after_head = lower in _heads() and not common
        unit = lower in _PLACE_UNITS or (previous, lower) in _TWO_SYLLABLE_UNITS
        in_place = unit or (in_place and lower[:1].isalpha() and lower not in _UNIT_WORDS)
        previous = lower
        i += width
    result = "".join(out)
    return result[0].upper() + result[1:]


_SYMBOL_WORD = regexes.compile(r"[^\s\d]*\d\S*/\S+")  # `19/CT-TTG`, `15-NQ/TW`


def _inside(tokens: list[Token], spans: list[tuple[int, int]]) -> set[int]:
    """Starts of the tokens inside one of `spans` (both in text order: one pass)."""
    found: set[int] = set()
    k = 0
    for token in tokens:
        while k < len(spans) and spans[k][1] <= token.start:
            k += 1
        if k < len(spans) and spans[k][0] <= token.start:
            found.add(token.start)
    return found


@cache
def _function_words() -> frozenset[str]:
    """`về`, `của`, `và`: never capitalised after a body's name (`… Chính phủ về việc …`)."""
    return frozenset(w.lower() for w in load_list("selfdoc_name_continuers.txt"))


def _inside_a_word(tokens: list[Token], i: int) -> bool:
    """`CÁN BỘ`, `CƠ SỞ`, `BỘ PHẬN`, `BAN HÀNH`: the syllable makes a dictionary word with a neighbour."""
    word = tokens[i].lower
    before = tokens[i - 1].lower if i and tokens[i].gap > 0 else ""
    after = tokens[i + 1].lower if i + 1 < len(tokens) and tokens[i + 1].gap > 0 else ""
    return (before.isalpha() and is_word(f"{before} {word}")) or (after.isalpha() and is_word(f"{word} {after}"))


@cache
def _authority_openers(titles: bool) -> PhraseMatcher[bool]:
    """Organisation heads (and titles): a capitals line opening with one names a body (or a position)."""
    matcher: PhraseMatcher[bool] = PhraseMatcher("lower")
    phrases = [r.head for r in load_rows("orgs_heads.tsv", HeadRow)]
    for phrase in [*phrases, *load_list("officials_titles.txt")] if titles else phrases:
        matcher.add(phrase, True)
    return matcher


def opens_with_body_or_title(text: str, *, titles: bool = True) -> bool:
    """`HỘI ĐỒNG NHÂN DÂN TỈNH …`, `CHỦ TỊCH ỦY BAN …`, `CHÍNH PHỦ`: the enacting authority under a
    document's name, not a line of the name (without `titles`: a body only)."""
    view = match_view(" ".join(nfc(text).split()))
    tokens = scan(view, 0, len(view))
    width = _authority_openers(titles).length(tokens, 0) if tokens else 0
    return width > 1 or (width == 1 and not _inside_a_word(tokens, 0))


# `UBND tỉnh …`; the second syllable of `thành phố`, `thị xã`, `thị trấn`, `đặc khu` too
_UNIT_WORDS = frozenset({"tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "thị", "trấn", "đặc", "khu"})
_PLACE_UNITS = frozenset({"tỉnh", "huyện", "quận", "xã", "phường"})
_TWO_SYLLABLE_UNITS = frozenset({("thành", "phố"), ("thị", "xã"), ("thị", "trấn"), ("đặc", "khu")})


def _append(out: list[str], piece: str, first: Token) -> None:
    if out and first.gap != 0:
        out.append(" ")
    out.append(piece)
