"""The organisation grammar: a head followed by the complements its spec allows, in order (a domain, an
open name, `Trung ương`, a nested organisation, a place), found left to right over the tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from vnreport import regexes
from vnreport.extract.locations import Entry, PlaceSpan, Unit, gazetteer
from vnreport.extract.locations.spans import HOME_COUNTRY
from vnreport.extract.names import country_matcher, foreign_name_length, hyphenated_given, surnames, title_matcher
from vnreport.extract.organizations.lexicon import (
    Head,
    country_abbreviations,
    head_syllable_pairs,
    home_media,
    is_acronym,
    outlet_kinds,
)
from vnreport.extract.organizations.names import (
    NameMode,
    compound_end,
    domain,
    field_list,
    field_tail,
    field_words,
    open_name,
    words_to_acronym,
)
from vnreport.extract.organizations.scan import Scan, acronym_at, central_at, head_at
from vnreport.lexicon import list_matcher, load_words
from vnreport.segment.dictionary import is_view_word
from vnreport.segment.syllables import has_foreign_shape
from vnreport.text import DASHES, fold, strip_accents

_GENERIC_BEFORE = frozenset({"các", "những", "mọi", "từng", "Các", "Những"})
ADMIN_LEVELS = frozenset({"province", "district", "commune"})
_MAX_DEPTH = 3
_PARTY = "đảng"  # the Party's word, lower case
_NAMES = frozenset("NLMB")
_NAMED = frozenset("DRNLMB")  # the letters that name a body of a generic head (`Ủy ban` + `Kinh tế`)
_ROMAN = regexes.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # `Vụ III`, `Cục II`: a shape, no lexicon


@dataclass(slots=True)
class OrgMatch:
    first: int  # token indices, last exclusive
    last: int
    head: Head
    place: PlaceSpan | None = None
    bare_unit: str | None = None  # `UBND tỉnh`: the unit word without a name
    place_first: int | None = None  # token where the place (or bare unit) starts
    acronym: str | None = None  # defined right after it: `Tập đoàn Điện lực Việt Nam (EVN)`
    short_last: int = 0  # end of a short name in parentheses with its place: `(CDC Đắk Lắk)`
    nested: list[OrgMatch] = field(default_factory=list)
    bare: bool = False  # the head alone (`Thành ủy`): nested in a longer name, not reported on its own
    body: int = 0  # the token after the head: `Văn hóa cơ sở` of `Cục Văn hóa cơ sở` is read as one name
    shared: bool = False  # its place is written after a later body of a list (`HĐND, UBND tỉnh Tây Ninh`)
    credit_only: bool = False  # an outlet's bureau in a credit (`VOV-Paris`): its span holds the place, the
    # outlet nested in it is the organisation reported (the gold's `VOV`)


def all_matches(s: Scan) -> list[OrgMatch]:
    """The outermost organisations of the document, left to right."""
    found: list[OrgMatch] = []
    k, n = 0, len(s.tokens)
    texts, lowers, openers = s.tokens.texts, s.tokens.lowers, s.lex.openers
    while k < n:
        opens = texts[k] in openers or lowers[k] in openers  # the cheap test first
        match = parse(s, k) if opens and s.tokens.is_word(k) else None
        if match is None and opens and s.tokens.is_word(k):
            match = _sharing_place(s, k)
        if match is None or _generic(s, match):
            k += 1
            continue
        if _word_split_by_a_line_break(s, match.last):
            k = match.last  # `HỘI ĐỒNG NHÂN` / `DÂN TỈNH …` of a header: a name cut, not a body of its own
            continue
        if _subject_of_a_law(s, match.first):
            k = match.last  # `Luật Công an xã`, `Luật Cảnh sát biển`: what the law is about, no body acting
            continue
        whole = (match.last, list(match.nested))
        _cut_foreign_holder(s, match)
        if _outlet_of_a_country(s, match):
            if match.last == whole[0]:
                k = match.last  # the outlet word and its country alone once the holder is cut: no outlet named
                continue
            match.last, match.nested = whole  # `báo Mỹ Washington Examiner`: the name after the country is its
        match.first = _foreign_paper_name(s, match)  # `báo Business Insider`: the paper is `Business Insider`
        brand = found[-1] if found and found[-1].head.alone and not found[-1].head.spec.letters else None
        match.first = _brand_before_branch(s, match, brand.first if brand else found[-1].last if found else 0)
        if brand is not None and match.first <= brand.first:
            found.pop()  # `VIB Bank - Chi nhánh Sài Gòn`: the known brand opens the branch's name
        found.append(match)
        k = match.last
    _extend_to_defined_names(s, found)
    return found


_MIN_DEFINED = 3  # tokens of a name defined with its acronym that a shorter mention may be cut from


def _extend_to_defined_names(s: Scan, found: list[OrgMatch]) -> None:
    """A mention cut short of a name the article defines with its acronym elsewhere (`Tổng công ty Đầu tư
    và Kinh doanh` + `vốn nhà nước`, defined once as `… vốn nhà nước (SCIC)`), whose text goes on with the
    rest of that name, is that name: it runs to its end (not into the next mention)."""
    lowers = s.tokens.lowers
    defined: set[tuple[str, ...]] = set()
    longest: dict[tuple[str, ...], int] = {}  # a proper prefix of a defined name → the longest name's length
    for match in found:
        size = match.last - match.first
        if match.acronym is None or size < _MIN_DEFINED:
            continue
        name = tuple(lowers[match.first : match.last])
        defined.add(name)
        for cut in range(2, size):
            longest[name[:cut]] = max(longest.get(name[:cut], 0), size)
    for index, match in enumerate(found):
        size = longest.get(tuple(lowers[match.first : match.last]), 0) if longest else 0
        end = match.first + size
        limit = found[index + 1].first if index + 1 < len(found) else len(lowers)
        if not size or end > limit or not all(s.joined(m) for m in range(match.last, end)):
            continue
        if tuple(lowers[match.first : end]) in defined:
            match.last = end


def _word_split_by_a_line_break(s: Scan, last: int) -> bool:
    """The name ends at a line's end on a syllable that makes one word, or goes on a head, with the next
    line's first (`NHÂN` + `DÂN`, `ỦY BAN` + `NHÂN DÂN`), written in the same capitals or continued in
    lower case: a word split by the break.
    The next line is read from the text, as a header's lines may be no body tokens."""
    tokens = s.tokens
    if not (0 < last <= len(tokens) and tokens.is_word(last - 1)):
        return False
    found = _NEXT_LINE_WORD.match(tokens.view, tokens.ends[last - 1])
    if found is None:
        return False
    before, after = tokens.texts[last - 1], found.group(1)
    if not (after.islower() or (before.isupper() and after.isupper() and len(before) > 1)):
        return False
    pair = (before.lower(), after.lower())
    return pair in head_syllable_pairs() or is_view_word(" ".join(pair))


_NEXT_LINE_WORD = re.compile(r"[ \t]*\n[ \t]*(\w+)")


_LAW_NAMES = (("Luật",), ("Bộ", "luật"), ("Pháp", "lệnh"))  # the kind words a law's name opens with


def _subject_of_a_law(s: Scan, k: int) -> bool:
    """The organisation at k is the name of a law, right after its kind word (`Luật Công an nhân dân`,
    `Pháp lệnh Cảnh sát môi trường`)."""
    texts = s.tokens.texts
    for words in _LAW_NAMES:
        first = k - len(words)
        if first >= 0 and tuple(texts[first:k]) == words and all(s.joined(m) for m in range(first + 1, k + 1)):
            return True
    return False


_MAX_SHARED = 5  # bodies of a list that share the place written after the last (`HĐND, UBND, MTTQ tỉnh …`)
_LIST_SEPARATORS = frozenset({",", "và", "-", "–"})


def _sharing_place(s: Scan, k: int, depth: int = 0) -> OrgMatch | None:
    """`Hội đồng nhân dân, Ủy ban nhân dân, Mặt trận Tổ quốc tỉnh Tây Ninh`: a head that needs its place
    and has none, listed before bodies the last of which names it, is that place's body too (its mention is
    the head alone). None when the list ends in no place or in a level (`HĐND, UBND các cấp`)."""
    width, head = head_at(s, k)
    if not width or head is None or "P" not in head.spec.required or depth > _MAX_SHARED:
        return None
    tokens, j = s.tokens, k + width
    if not (s.joined(j + 1) and tokens.texts[j] in _LIST_SEPARATORS):
        return None
    following = parse(s, j + 1) or _sharing_place(s, j + 1, depth + 1)
    if following is None or following.place_first is None or _generic(s, following):
        return None
    place = following.place
    if place is None and following.bare_unit is None:
        return None
    if place is not None and place.level not in ADMIN_LEVELS:
        return None  # `HĐND, UBND và Ủy ban MTTQ Việt Nam các cấp`: the country is the Front's own
    return OrgMatch(k, j, head, place, following.bare_unit, j, body=j, shared=True)


def _cut_foreign_holder(s: Scan, match: OrgMatch) -> None:
    """A name that ran on into a foreign person's name after a country, an acronym or a lower-case word (`Phòng
    Thương mại Mỹ Thomas Donohue`, `Tập đoàn LG Koo Kwang-mo`, `Ủy ban Olympic quốc tế Thomas Bach`, `Tập
    đoàn Lotte Shin Dong` of `Shin Dong-bin`): ends before the person, when lower case or punctuation
    follows the person and no company's legal form is in it."""
    items, last = s.tokens.items, match.last
    end = last
    if last - 2 > match.body and s.joined(last + 1) and items[last].text == "-" and items[last].gap == 0:
        given = f"{items[last - 1].text}-{items[last + 1].text}"
        if items[last + 1].gap == 0 and hyphenated_given(given) and foreign_name_length(items, last - 2) >= 2:
            end = last - 2
    elif not (s.joined(last) and items[last].is_cap_word):
        suffixes = load_words("orgs_company_suffixes.txt")
        business = any("B" in m.head.spec.letters for m in (match, *match.nested))  # `Công ty du lịch Hanoi Redtours`
        for k in range(match.body, last - 1):
            token = items[k]
            country = country_matcher().length(items, k) if token.is_cap else 0
            if country and k + country < last and k + country + foreign_name_length(items, k + country) == last:
                end = k + country
                break
            acronym = len(token.text) > 1 and token.text.isupper() and token.is_word
            lower = token.is_word and not token.is_cap and not business and k + 2 < last
            if not (acronym or lower) or not items[k + 1].is_cap_word or (k + 1) in s.place_at:
                continue
            if s.lex.units.length(items, k) or country_matcher().length(items, k + 1):
                continue  # `huyện Krông Pắk`: a place's name; `… Mỹ Thomas Donohue`: the country is the name's
            if k + 1 + foreign_name_length(items, k + 1, loose=lower) == last and not any(
                t.text.rstrip(".") in suffixes for t in items[k + 1 : last]
            ):
                end = k + 1
                break
    if end == last:
        return
    match.last = end
    match.nested = [m for m in match.nested if m.last <= end]
    if match.place_first is not None and match.place_first >= end:
        match.place, match.bare_unit, match.place_first = None, None, None


_MAX_BRAND = 3  # words of a brand before `- Chi nhánh …` (`VIB Bank`)


def _brand_before_branch(s: Scan, match: OrgMatch, free: int) -> int:
    """`VIB Bank - Chi nhánh Sài Gòn`: a branch written after its company's brand (capitalised words that
    no organisation found before takes, and a dash) is named with it. The branch's first token."""
    tokens, k = s.tokens, match.first
    if match.head.text.lower() != "chi nhánh" or k < 2 or not tokens.joined[k] or tokens.texts[k - 1] not in DASHES:
        return k
    first = k - 1
    while first > free and k - 1 - first < _MAX_BRAND and tokens.joined[first] and tokens.is_cap_word(first - 1):
        first -= 1
    if first == k - 1 or not tokens.texts[first].isascii():
        return k
    return first


def parse(s: Scan, k: int, depth: int = 0) -> OrgMatch | None:
    """The organisation whose head starts at token k, or None: read once per (k, depth), as a parse depends on
    nothing else. A body named after a body (`Ủy ban A và B Ủy ban C …`, `Ban X của Ủy ban Y của Hội đồng Z`) is
    asked for by the one before it as its parent (S, U, Q), as a head inside its open name and by the scan at depth
    0: each asks once, later asks get a copy (callers extend and cut what they get)."""
    key = (k, depth)
    if key in s.parsed:
        known = s.parsed[key]
        return None if known is None else _copy(known)
    match = _parse(s, k, depth)
    s.parsed[key] = None if match is None else _copy(match)
    return match


def _copy(match: OrgMatch) -> OrgMatch:
    """A copy of a parsed match and of the matches nested in it, which its reader may change."""
    return replace(match, nested=[_copy(inner) for inner in match.nested])


def _parse(s: Scan, k: int, depth: int) -> OrgMatch | None:
    width, head = head_at(s, k)
    if not width or head is None or depth > _MAX_DEPTH or (depth and head.spec.opens_only):
        return None
    if _congress_numbered(s, head, k + width):
        return None
    match = OrgMatch(k, k + width, head, body=k + width)
    got: set[str] = set()
    j = k + width
    for letter in head.spec.letters:
        if letter in _NAMES and "R" in got:
            continue  # `Vụ III`: a numbered department takes no name after its number
        if letter in _NAMES and "F" in got:
            continue  # `Cơ quan tình báo Thụy Sĩ`: the country closed the name
        if letter == "N" and "D" in got and _written_lower(s, k, head):
            continue  # `Phó Trưởng ban Tổ chức Trung ương Hà Ban`: the holder's name follows the domain
        if letter == "V" and not got:
            continue  # `báo cáo Hội đồng về …`: a subject names only a body named before it
        if letter == "Q" and head.spec.at_least_one and not got & (_NAMED | {"W"}):
            continue  # `Ủy ban của Quốc hội`: any committee of it (not `Ủy ban Kinh tế …`, `Ban Chỉ đạo …`)
        step = _complement(s, letter, j, match, depth)
        if not step and letter in {"B", "M"} and letter in head.spec.required:
            step = _place_named(s, j)  # `Công ty Hòa Bình cho biết`: a company named after a province
        if step:
            got.add(letter)
            j += step
        elif letter in head.spec.required and not (letter in _NAMES and got & {"W", "F"}):
            return _alone(s, k, width, head, depth)  # a subject read before it names the body (`WL!`)
    if head.spec.at_least_one and not got:
        return _alone(s, k, width, head, depth)
    unnamed = head.spec.at_least_one and got == {"S"} and bool(set(head.spec.letters) & _NAMED)
    if unnamed and _owner_alone(s, match.nested[-1]):
        return _alone(s, k, width, head, depth)  # `cấp Ủy ban Quốc hội`: any committee of it, as `của Quốc hội`
    if _lower_head_unnamed(s, k, width, head, got, placed=match.place is not None):
        return _alone(s, k, width, head, depth)  # `Phó ban tỉnh`, `Phó Trưởng ban Thường trực Ban …`: the title's
    if head.text.lower() == "chi nhánh" and match.nested and match.place_first is None:
        _place_of_branch(match, match.nested[-1])
    if match.place_first is None and match.nested:  # `Ban Thường vụ Thành ủy Hà Nội`: the place of the whole
        inner = match.nested[-1]
        match.place, match.bare_unit, match.place_first = inner.place, inner.bare_unit, inner.place_first
    dashed = _dashed_acronym(s, j) if head.spec.letters and set(head.spec.letters) & {"M", "B"} else None
    if dashed is not None:
        j += 2  # `Ngân hàng TMCP Sài Gòn - SCB`: its acronym after a dash, written as part of the name
    elif got & _NAMES and match.place_first is None and not match.nested:
        j = _on_to_own_acronym(s, k, j, business="B" in got or _a_party(head))  # `Đảng Cộng hòa tiến bước (REM)`
    if not head.spec.letters and width > 1 and j == k + width:
        party = _named_party(s, j - 1, depth)  # `Trung ương Đảng Nhân dân Cách mạng Lào`
        if party is None and s.joined(j):
            party = _named_party(s, j, depth)  # `Bộ Chính trị Đảng Cộng sản Cuba`: the party's own politburo
        if party is not None:
            match.nested.append(party)
            j = party.last
    match.last = j
    if width > 1 and not match.nested:
        _fixed_inner(s, match, k + width, depth)
        central = central_at(s, k)
        body = parse(s, k + central, depth + 1) if not match.nested and 0 < central < width else None
        if body is not None and body.last == j and not body.bare:
            match.nested.append(body)  # `Trung ương Hội Nông dân Việt Nam`: and `Hội Nông dân Việt Nam`
    match.bare = head.part and j == k + width and match.place_first is None
    match.acronym = dashed or match.acronym or _own_acronym(s, k, j)
    if match.acronym is None and match.place is not None:
        match.acronym, match.short_last = _short_name(s, k, j, match.place)
    return match


def _written_lower(s: Scan, k: int, head: Head) -> bool:
    """The head at k is a row of orgs_heads.tsv written in lower case (`ban` of `Trưởng ban …`, `chi bộ`), and
    is so written in the text."""
    return head.lower_ok and s.tokens.texts[k][:1].islower()


def _lower_head_unnamed(s: Scan, k: int, width: int, head: Head, got: set[str], *, placed: bool) -> bool:
    """A head written in lower case that may take a name of its own (`Trưởng ban Quy hoạch …`, `Bí thư chi bộ
    thôn …`) but names no body here: it took only a bare unit word, `Trung ương` or a nested body (`Phó ban
    tỉnh`; a named place or a number do name it: `chi bộ thôn …`, `Chi bộ 4`); its name opens with a title's
    qualifier, a head never read right after a title (`Phó Trưởng ban Thường trực Ban Chỉ đạo …`); the head
    and its name spell a longer head the grammar did not read so (`Trưởng ban Chỉ đạo …`, a steering
    committee's own head); the name opens with an acronym, the body itself (`Phó Trưởng ban MACC`); the name
    is a person's, a surname before a capitalised syllable that makes no word with it (`Trưởng ban Hà Ban`);
    or, for a head named by a domain elsewhere, the name (no domain) stands after no title of its row."""
    if not (_written_lower(s, k, head) and head.spec.at_least_one and set(head.spec.letters) & _NAMED):
        return False
    if not got & _NAMED:
        return not (placed or "#" in got)  # `chi bộ thôn …`, `Chi bộ 4`: a named place or a number names it
    tokens, j = s.tokens, k + width
    if not s.joined(j):
        return False
    following = s.lex.heads_lower.match(tokens.items, j)[1]
    if isinstance(following, Head) and following.untitled:
        return True
    if "N" not in got or "D" in got:
        return False
    titled = bool(k) and tokens.joined[k] and tokens.texts[k - 1] in head.after
    if "D" in head.spec.letters and not titled:
        return True  # `là ban Phật …`: a department named by its field anywhere, by a name of its own after a title
    if s.lex.heads_lower.match(tokens.items, k)[0] > width or is_acronym(tokens.texts[j]):
        return True
    pair = j + 1 < len(tokens) and s.joined(j + 1) and is_view_word(f"{tokens.lowers[j]} {tokens.lowers[j + 1]}")
    return tokens.texts[j] in surnames() and not pair


def _opens_at(s: Scan, k: int, depth: int) -> bool:
    """Whether an organisation starts at token k at that depth (the names that run over a run of heads ask it
    again and again): the parse's own record, no copy made."""
    if (k, depth) not in s.parsed:
        parse(s, k, depth)
    return s.parsed[(k, depth)] is not None


def _owner_alone(s: Scan, nested: OrgMatch) -> bool:
    """The nested body is a national owner of committees and nothing more (`Quốc hội`, `Chính phủ`)."""
    texts = s.tokens.texts
    return nested.last - nested.first == 2 and (texts[nested.first], texts[nested.first + 1].lower()) in _OWNERS


def _a_party(head: Head) -> bool:
    """The bare party head (`Đảng`, `đảng`), which a foreign party's translated name follows."""
    return head.text.lower() == "đảng"


def _on_to_own_acronym(s: Scan, k: int, j: int, *, business: bool) -> int:
    """A name cut before lower-case words that its own acronym closes (`Tổng công ty Đầu tư và Kinh doanh vốn
    nhà nước (SCIC)`, `Trung tâm Ứng cứu khẩn cấp máy tính Việt Nam (VNCERT)`): the acronym shows where the
    name ends, so it runs on to it. Past a name that is no business's, the words end on a capitalised word or
    a place, as a body's name does (not `Chi cục Kiểm lâm cấp giấy chứng nhận (GCN)`: the verb and its
    object, whose acronym it is)."""
    end = words_to_acronym(s, j)
    if end == j or _own_acronym(s, k, end) is None:
        return j
    tokens = s.tokens
    if not business and not _ends_on_a_name_word(s, end):
        return j
    lower = any(tokens.texts[m].islower() for m in range(j, end))
    proper = j - k >= 2 and tokens.is_cap_word(j - 1) and tokens.is_cap_word(j - 2)
    return j if lower and proper else end  # `Công ty Hòa Phát sản xuất thép (HPG)`: the verb after a proper name


def _ends_on_a_name_word(s: Scan, end: int) -> bool:
    """The token before `end` ends a capitalised word (`Đầu tư`, a word of two syllables to the segmenter
    included) or a place."""
    tokens, last = s.tokens, end - 1
    if tokens.is_cap(last) or s.inside_place[last] or last in s.place_at:
        return True
    return tokens.is_cap_word(last - 1) and s.compounds.get(tokens.starts[last - 1], -1) >= tokens.ends[last]


def _named_party(s: Scan, k: int, depth: int) -> OrgMatch | None:
    """The party named from its word `Đảng` at k that ends `Trung ương Đảng` (`… Đảng Cộng sản Việt Nam`,
    `… Đảng Nhân dân Cách mạng Lào`): a communist party, or a party named with its country; None when
    `Đảng` stands alone (`Trung ương Đảng khóa XIII`, `Trung ương Đảng Tô Lâm`)."""
    if k < 0 or s.tokens.texts[k] != "Đảng" or not s.joined(k + 1):
        return None
    party = parse(s, k, depth + 1)
    if party is None or party.last <= k + 1 or party.bare:
        return None
    communist = fold(party.head.text).lower().startswith("đảng cộng sản")
    national = party.place is not None and party.place.level == "country"
    return party if communist or national else None


_COUNT_WORDS = frozenset({"hai", "ba", "các", "những", "cả"})


def _counted(s: Scan, k: int) -> bool:
    """A number or a plural right before the head at k (`hai đảng …`, `các Viện …`, `3 Trung tâm …`)."""
    tokens = s.tokens
    if not (k and tokens.joined[k]):
        return False
    return tokens.lowers[k - 1] in _COUNT_WORDS or tokens.items[k - 1].kind == "number"


def _alone(s: Scan, k: int, width: int, head: Head, depth: int) -> OrgMatch | None:
    """`VKSND`, `BHXH` written alone (orgs_known.tsv): the body the article is about, though the head
    usually takes its place (`VKSND tỉnh …`); not before a unit word that names no place (`VKSND tỉnh,
    thành phố`: generic), nor inside another body's name (`Cơ quan BHXH`)."""
    if not head.alone or depth or (s.joined(k + width) and s.lex.units.length(s.tokens.items, k + width)):
        return None
    return OrgMatch(k, k + width, head, body=k + width)


def _place_named(s: Scan, j: int) -> int:
    """A province's or town's name written alone (no unit word, no country) right after a head that needs a
    business name, with no other name after it: the body's name (`Công ty Hòa Bình`, `Tổng công ty Sông
    Thu`), not where it is. Tokens from j, 0 when none."""
    place = s.place_at.get(j)
    if place is None or place.level not in ADMIN_LEVELS or not place.name or place.from_unit:
        return 0
    if not s.joined(j) or not s.tokens.is_cap_word(j) or s.lex.units.length(s.tokens.items, j):
        return 0
    after = place.last
    if s.joined(after) and (s.tokens.is_cap_word(after) or after in s.place_at):
        return 0  # `Công ty Hà Nội Xanh`, a name read otherwise; `Công ty Thanh Hóa, Nghệ An`
    return after - j


_MAX_CODE = 6  # characters of a department's code (`C08`, `PC03`, `A05`)


def _code_before_parent(s: Scan, match: OrgMatch, j: int) -> str | None:
    """`(C08)`, `(PC03)` at j after a department's name: its code, which starts like its head (`Cục`,
    `Phòng`), when a capitalised word follows it."""
    tokens = s.tokens
    if not (s.joined(j + 3) and tokens.texts[j] == "(" and tokens.texts[j + 2] == ")" and tokens.is_cap(j + 3)):
        return None
    code = tokens.texts[j + 1]
    if not (2 <= len(code) <= _MAX_CODE and code.isalnum() and code.upper() == code and code[0].isalpha()):
        return None
    head = strip_accents(match.head.text[0]).upper()
    return code if head in strip_accents(code[:2]).upper() else None


def _dashed_acronym(s: Scan, j: int) -> str | None:
    """` - SCB` after a bank's or company's name (and before no other capitalised word): its acronym."""
    tokens = s.tokens
    if not (s.joined(j + 1) and tokens.texts[j] in DASHES and is_acronym(tokens.texts[j + 1])):
        return None
    if (j + 1) in s.place_at or s.inside_place[j + 1]:
        return None  # `Công ty Sao Biển - TPHCM`: where it is
    if s.joined(j + 2) and (tokens.is_cap_word(j + 2) or tokens.texts[j + 2] in DASHES):
        return None  # `… - SCB Bank`, `A - B - C`: a longer name or a list
    return tokens.texts[j + 1]


def _place_of_branch(match: OrgMatch, company: OrgMatch) -> None:
    """`Chi nhánh Công ty cổ phần Tập đoàn Vinacontrol Quy Nhơn`: the place after the company's name is the
    branch's, the company is `Công ty cổ phần Tập đoàn Vinacontrol`."""
    if company.place is None or not company.place.name or company.place_first is None:
        return
    if company.place_first <= company.first + 1 or company.place_first != company.last - (
        company.place.last - company.place.first
    ):
        return  # only a place that ends the name
    match.place, match.place_first = company.place, company.place_first
    company.last, company.place, company.place_first = company.place_first, None, None


_MAX_NUMBER = 4  # digits of a body's number: `Ban Chỉ đạo 389`, `Đoàn kiểm tra 469`


def _numbered(s: Scan, j: int) -> int:
    """A body's number (`Ban Chỉ đạo 389`, `Đoàn kiểm tra số 469`) and the qualifier after it
    (`Ban Chỉ đạo 389 quốc gia`): tokens from j, 0 when no number follows."""
    tokens, k = s.tokens, j
    if s.joined(k) and tokens.lowers[k] == "số":
        k += 1
    if not (s.joined(k) and tokens.items[k].kind == "number" and tokens.texts[k].isdigit()):
        return 0
    if len(tokens.texts[k]) > _MAX_NUMBER:
        return 0
    k += 1
    if s.joined(k):
        k += list_matcher("orgs_qualifiers.txt", "lower").match(tokens.items, k)[0]
    return k - j


def _area(s: Scan, j: int) -> int:
    """`khu vực 1`, `khu vực II` after a regional body of 2025 (`Tòa án nhân dân khu vực 1`), with the
    province after a dash (`… khu vực 1 - Thanh Hóa`): tokens from j, 0 when none follows."""
    tokens = s.tokens
    if not (s.joined(j + 2) and tokens.lowers[j] == "khu" and tokens.lowers[j + 1] == "vực"):
        return 0
    numbered = _area_code(s, j) - j - 2  # 1 after `số` (`khu vực số 1`)
    j += numbered
    if not _code(tokens.texts[j + 2], _MAX_NUMBER):
        return 0 if numbered else _named_area(s, j + 2) - j
    k = j + 3
    if s.joined(k + 1) and tokens.texts[k] in DASHES:
        place = s.place_at.get(k + 1)
        if place is not None and place.name:
            return place.last - j + numbered
    return k - j + numbered


def _area_code(s: Scan, j: int) -> int:
    """The index of the area's code after `khu vực` at j (`khu vực 1`, `khu vực số 1`): j + 2, or j + 3 past `số`."""
    return j + 3 if s.tokens.lowers[j + 2] == "số" and s.joined(j + 3) else j + 2


def _code(text: str, digits: int, roman: bool = True) -> bool:
    """A unit's code: a number of at most `digits` digits, or (`roman`) a Roman numeral in capitals (`II`, `IV`)."""
    return (text.isdigit() and len(text) <= digits) or (roman and text.isupper() and bool(_ROMAN.fullmatch(text)))


_MAX_AREA_NAME = 3  # capitalised words of an area's name (`khu vực Long Thành`)


def _named_area(s: Scan, k: int) -> int:
    """End of an area's name at k after `khu vực` (`Trung tâm Y tế khu vực Cẩm Mỹ`, `Bệnh viện Đa khoa khu
    vực Cẩm Phả`): a place, or capitalised words that are no person's name nor another body; k-2 (no area)
    when none follows."""
    tokens = s.tokens
    place = s.place_at.get(k)
    if place is not None and place.name:
        return place.last
    j = k
    while j < len(tokens) and j - k < _MAX_AREA_NAME and s.joined(j) and tokens.is_cap_word(j) and not head_at(s, j)[0]:
        j += 1
    if j == k or (j < len(tokens) and s.joined(j) and tokens.is_cap_word(j)) or tokens.texts[k] in surnames():
        return k - 2  # `khu vực Nguyễn Văn …`, a longer capitalised run: no area's name
    return j


_MAX_SUBJECT = 16  # tokens of a subject after `về`
_SUBJECT_JOINERS = frozenset({",", "và", "của", "các", "cho", "với", "đối"})
_BEFORE_NAMES = frozenset({"của", "với", "hiện", "cho"})  # `của Chính phủ`, `thực hiện Nghị định 67`


def _subject(s: Scan, j: int, match: OrgMatch, depth: int) -> int:
    """`về phòng, chống tham nhũng, tiêu cực`: the subject a steering committee, council or commission is
    named after, in words of its subject lexicon (orgs_topic_words.txt, the domains, the name vocabulary)
    joined by commas and `của`, `các`, `và`; capitalised words only after `của`, `với`, `thực hiện`
    (`… về thực hiện Nghị định 67/2014/NĐ-CP của Chính phủ`), so that the holder's name after a title
    is not read into it; an organisation named there is nested (`Chính phủ`). Tokens from j (`về`
    included), 0 when no subject follows."""
    tokens, n = s.tokens, len(s.tokens)
    if not (s.joined(j) and tokens.texts[j] == "về"):
        return 0
    topic = list_matcher("orgs_topic_words.txt", "lower")
    k = end = j + 1
    capitals = False  # inside a capitalised name or a number after `của`, `thực hiện`
    nested: list[OrgMatch] = []
    while k < n and s.joined(k) and k - j <= _MAX_SUBJECT:
        text = tokens.texts[k]
        opens = end > j + 1 and tokens.lowers[k - 1] in _BEFORE_NAMES
        if (capitals or opens) and (
            tokens.is_cap_word(k) or (tokens.items[k].kind != "word" and text not in {",", "."})
        ):
            inner = parse(s, k, depth + 1) if tokens.is_cap_word(k) else None
            if inner is not None and not inner.bare:
                nested.append(inner)
                k = end = inner.last
                capitals = False  # `… với UNESCO Phạm Sanh Châu`: the name after it is no part of it
            else:
                k = end = compound_end(s, k) if tokens.is_cap_word(k) else k + 1
                capitals = True
            continue
        capitals = False
        if text.islower() or text == ",":
            width = max(topic.match(tokens.items, k)[0], s.lex.vocab.match(tokens.items, k)[0], _domain_width(s, k))
            if width and text != ",":
                k = end = k + width
                continue
            if text in _SUBJECT_JOINERS and (k > j + 1 or text == "các"):
                k += 1
                continue
        break
    if end <= j + 1:
        return 0
    match.nested.extend(m for m in nested if m.last <= end)
    return end - j


def _placed_subject(s: Scan, j: int) -> int:
    """`phòng, chống tham nhũng, lãng phí, tiêu cực` right after a steering committee's head, without
    `về`, read only when the committee's place or its national owner follows it (`Ban Chỉ đạo phòng, chống
    tham nhũng, lãng phí, tiêu cực tỉnh Nam Định`, `BCĐ xây dựng nông thôn mới tỉnh`, `… của Chính phủ`):
    otherwise the words may be what the committee does (`Ban Chỉ đạo xây dựng kế hoạch …`). Words of the
    subject lexicon, the domains and the name vocabulary (the first may be capitalised) joined by commas
    and `và`, `của`, `các`; tokens from j."""
    tokens, n = s.tokens, len(s.tokens)
    topic = list_matcher("orgs_topic_words.txt", "lower")
    k = end = j
    while k < n and s.joined(k) and k - j <= _MAX_SUBJECT:
        text = tokens.texts[k]
        if text.islower() or (k == j and tokens.is_cap_word(k)):
            width = max(topic.match(tokens.items, k)[0], s.lex.vocab.match(tokens.items, k)[0], _domain_width(s, k))
            if width and (k == j or not tokens.is_cap(k)):
                k = end = k + width
                continue
            if k > j and text in _SUBJECT_JOINERS:
                k += 1
                continue
        elif text == "," and k > j:
            k += 1
            continue
        elif end > j and end == k and text.isupper():
            k = end = k + _acronym_width(s, k)  # the disease fought, as an acronym: `phòng, chống HIV/AIDS tỉnh …`
            continue
        break
    if end == j:
        return 0
    return end - j if place_complement(s, end)[0] or _owner_follows(s, end) else 0


def _owner_follows(s: Scan, k: int) -> bool:
    """`của Chính phủ`, `của Quốc hội` at k: the national body a committee belongs to, which closes its
    subject as its place does (`Ban Chỉ đạo phòng, chống tội phạm của Chính phủ`)."""
    texts = s.tokens.texts
    if not (k + 2 < len(texts) and texts[k] == "của" and s.joined(k + 1) and s.joined(k + 2)):
        return False
    return (texts[k + 1], texts[k + 2].lower()) in _OWNERS


_CONGRESS_ABBREVIATIONS = frozenset({"ĐH"})  # `Đại học`, but also `Đại hội` (`ĐH XII`)


def _congress_numbered(s: Scan, head: Head, j: int) -> bool:
    """`ĐH XII Đảng`: the abbreviation shared by a university and a congress, before the roman numeral of a
    congress's ordinal, is the congress (an event), not a university."""
    if head.text not in _CONGRESS_ABBREVIATIONS or not s.joined(j):
        return False
    text = s.tokens.texts[j]
    return bool(text) and _ROMAN.fullmatch(text) is not None


def _acronym_width(s: Scan, k: int) -> int:
    """Tokens of the acronym at k, with one joined to it by a slash (`HIV/AIDS`, written as three tokens)."""
    texts = s.tokens.texts
    if k + 2 < len(texts) and texts[k + 1] == "/" and texts[k + 2].isupper() and s.joined(k + 2):
        return 3
    return 1


def _domain_width(s: Scan, k: int) -> int:
    return s.lex.domains.match(s.tokens.items, k)[0]


def _an_outlet_kind(s: Scan, match: OrgMatch) -> bool:
    """The head is a kind of news outlet (orgs_outlet_kinds.tsv: `Báo`, `báo`, `Tạp chí`)."""
    head = fold(" ".join(s.tokens.texts[match.first : match.body])).lower()
    return head in outlet_kinds("country")


def _reporting_tail(s: Scan, first: int, end: int) -> int:
    """Tokens of a reporting verb in lower case that ends a newspaper's name [first, end) (orgs_media_tail_verbs.txt:
    `thông tin` of `Báo Lao Động thông tin`), after a word of the name; 0 when none."""
    tokens, verbs = s.tokens, list_matcher("orgs_media_tail_verbs.txt", "lower")
    for width in (2, 1):
        start = end - width
        lower = start > first and all(tokens.texts[m].islower() for m in range(start, end))
        if lower and verbs.match(tokens.items, start)[0] == width:
            return width
    return 0


def _fixed_inner(s: Scan, match: OrgMatch, end: int, depth: int) -> None:
    """`Văn phòng Chính phủ`, `Thanh tra Chính phủ`, `Văn phòng Trung ương Đảng`, `Đoàn đại biểu Quốc hội`
    (tỉnh …): a head of several words that ends in another organisation's name has it nested (the shortest
    one that ends with it). After a country an inner national body (a head that takes a country) is that
    country's (`Văn phòng Chính phủ Nhật Bản`: `Chính phủ Nhật Bản`, not Việt Nam's `Chính phủ`); any other
    head in the words still ends with them (not `Phòng Nhật Bản` of `Bộ Quốc Phòng Nhật Bản`)."""
    if match.head.media:
        return  # `The New York Times` is one name
    national = match.place is not None and match.place.level == "country" and match.place.last == match.last
    for m in range(end - 1, match.first + 1, -1):  # two words of its own at least: not `Nhóm G20`
        inner = parse(s, m, depth + 1)
        if inner is None or inner.bare:
            continue
        if inner.last == end or (national and inner.last == match.last and "K" in inner.head.spec.letters):
            match.nested.append(inner)
            return


def _nest_ending(s: Scan, k: int, end: int, match: OrgMatch, depth: int) -> None:
    """The body parsed at k is nested in `match` when it ends exactly at `end` (`Quốc hội` of `Ủy ban Kinh tế của
    Quốc hội`, `Trung ương Đảng` of `Ban Chấp hành Trung ương Đảng`)."""
    inner = parse(s, k, depth + 1)
    if inner is not None and inner.last == end:
        match.nested.append(inner)


def _foreign_chain(s: Scan, k: int) -> bool:
    """`Tổng Bí thư Ban Chấp hành Trung ương Đảng, Chủ tịch nước Lào`: the body ending at k is one of a chain of
    titles whose next title (after `,` or `và`) names a foreign country right after it (an optional `nước`
    between): the Party is that country's, not Việt Nam's `Trung ương Đảng`. Not `…, Chủ tịch Hội Hữu nghị Lào -
    Việt Nam`: an organisation's head after the title, the country is in its name. Reads a few tokens after k."""
    texts = s.tokens.texts
    if not s.joined(k + 1) or texts[k] not in {",", "và"}:
        return False
    start = k + 1 + title_matcher().length(s.tokens.items, k + 1)
    if start == k + 1:
        return False
    if start < len(texts) and s.joined(start) and s.tokens.lowers[start] == "nước":
        start += 1  # `Chủ tịch nước Lào` when the title is read without `nước`
    return start < len(texts) and s.joined(start) and bool(country_matcher().length(s.tokens.items, start))


def _after_a_title(s: Scan, k: int) -> bool:
    """A title's word (orgs_title_stops.txt: `Giám đốc`, `Trưởng`, `Chủ tịch`) ends right before the head at k."""
    if not (k and s.joined(k)):
        return False
    return bool(list_matcher("orgs_title_stops.txt", "lower", reverse=True).ending_at(s.tokens.items, k)[0])


def _complement(s: Scan, letter: str, j: int, match: OrgMatch, depth: int) -> int:
    if letter == "D":
        width = domain(s, j)
        if not width:
            return 0
        width += field_list(s, j + width)
        width += field_tail(s, j, j + width, lambda m: _opens_at(s, m, depth + 1))  # `… Thương mại và công nghiệp VN`
        if "K" in match.head.spec.letters:
            width += _field_before_country(s, j + width)  # `Bộ An ninh` + `mạng` + `Australia`
        return width
    if letter in {"N", "M", "L", "B"}:
        mode = NameMode(
            through_heads=letter in {"M", "B"},
            central_follows="C" in match.head.spec.letters,
            vocab_start=letter == "L",
            lower_words=letter == "B",
            nested=lambda m: _opens_at(s, m, depth + 1),
            counted=_counted(s, match.first) or fold(match.head.text).lower() == "đảng",
            titled=_after_a_title(s, match.first),
        )
        width = open_name(s, j, mode)
        if width == 1 and letter in {"N", "L"} and s.tokens.lowers[j] == _PARTY:
            return 0  # `chi bộ Đảng`: the Party itself names none of its bodies (bare `Đảng` is no organisation)
        if width and _an_outlet_kind(s, match):
            width -= _reporting_tail(s, j, j + width)  # `Báo Chính phủ thông tin thêm`: the report's verb
        if width and not match.head.media and match.head.text.lower() not in load_words("orgs_issue_heads.txt"):
            width += _number_suffix(s, j + width)  # `Trung tâm Giáo dục thường xuyên số 2`, not `Tạp chí … số 11`
            width += _closing_number(s, j, j + width, match)  # `Vụ Thể thao thành tích cao 1`, `… khu vực II`
        numbered = "#" in match.head.spec.letters and _numbered(s, j + width)  # `Ban Quản lý dự án 85`
        if letter == "L" and width and not numbered and _plain_lower(s, match.first, match.body, j + width):
            return 0  # `Vụ cán bộ đánh nhau …`: the case, not a department
        if letter == "L" and width and _cut_short(s, match.body, j + width):
            return 0  # `Trung tâm đăng kiểm xe …`: a lower-case name that goes on in words it does not know
        if letter == "B" and width == 1 and " " not in match.head.text and (j + 1) not in s.place_at:
            return 0  # `Hội Lim` is a festival, `Hội An` a town: a one-word head takes a longer name
        if width and letter in {"N", "L", "M"}:
            width += field_list(s, j + width, capitalised=letter == "M")  # `Cục Quốc tịch, hộ tịch và chứng thực`
        return width
    if letter == "#":
        return _numbered(s, j)
    if letter == "A":
        branch = _branch_word(s, j, area=True)  # `Ngân hàng Nhà nước chi nhánh khu vực 5`: the 2025 branch
        width = _area(s, j + branch)
        if branch and width:
            match.nested.append(OrgMatch(match.first, j, match.head))  # and `Ngân hàng Nhà nước`
        return branch + width if width else 0
    if letter == "V":
        return _subject(s, j, match, depth)
    if letter == "W":
        return _placed_subject(s, j)
    if letter == "R":
        text = s.tokens.texts[j] if s.joined(j) else ""
        return 1 if text and _ROMAN.fullmatch(text) else 0
    if letter == "C":
        width = central_at(s, j) if s.joined(j) else 0
        party = _named_party(s, j + width - 1, depth) if width else None
        if party is None:
            if s.tokens.texts[j + width - 1] == "Đảng" and not _foreign_chain(s, j + width):
                _nest_ending(s, j, j + width, match, depth)  # `Ban Chấp hành Trung ương Đảng`: `Trung ương Đảng`
            return width
        match.nested.append(party)  # `Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam`
        return party.last - j
    if letter == "Q":
        texts = s.tokens.texts
        if j + 2 < len(texts) and texts[j] == "của" and s.joined(j + 2):
            body = (texts[j + 1], texts[j + 2].lower())
            if body not in _OWNERS:
                return _foreign_owner(s, j, match, depth)
            _nest_ending(s, j + 1, j + 3, match, depth)  # `Ủy ban Kinh tế của Quốc hội`: and `Quốc hội`
            return 3
        return 0
    if letter in {"S", "U"}:
        code = _code_before_parent(s, match, j) if letter == "U" or depth == 0 else None
        skip = 3 if code else 0  # `Cục Cảnh sát giao thông (C08) Bộ Công an`
        dash = 1 if letter == "U" and s.joined(j + skip + 1) and s.tokens.texts[j + skip] in DASHES else 0
        k = j + skip + dash
        field = field_words(s, k) if letter == "U" and skip == 0 and dash == 0 and j > match.body else 0
        k += field
        if not s.joined(k) or not s.tokens.is_cap(k):
            return 0  # `Cục I thanh tra tại …`: the verb, no body
        nested = parse(s, k, depth + 1)
        if field and (nested is None or nested.place_first is None):
            return 0  # lower-case words after a unit's name go on it only before a parent with its place
        if nested is None or (dash and nested.bare) or nested.head.text.lower() == match.head.text.lower():
            return 0  # `Trưởng phòng Phòng Giáo dục …`: the title's word, then the body
        if code and nested.bare:
            return 0  # after a code, a body named in full (`Bộ Công an`, `Công an tỉnh …`)
        match.nested.append(nested)
        match.acronym = code or match.acronym
        if letter == "S" and j > match.body and not nested.place_first:
            return nested.last - j + _closing_number(s, j, nested.last, match)  # `Bộ Tư lệnh Vùng Cảnh sát biển 2`
        return nested.last - j
    if letter == "F":
        return _agency_of_a_country(s, j, match)
    if letter == "K":
        skip = _short_form_before_country(s, j, match)  # `… toàn quốc (Nhân đại) Trung Quốc`
        width = _country(s, j + skip, match) if skip else 0
        if not width:
            skip, width = 0, _country(s, j, match)
        elif match.place_first is not None:
            match.place_first = j  # the key skips the short form: one body with and without it
        width += skip if width else 0
        if width and (_describes_home_body(s, match) or _any_of_a_kind(s, match, j + width)):
            return 0
        return width + _partner_or_seat(s, j + width, match, partner=False) if width else 0
    if letter == "P":
        skip = 3 if acronym_at(s, j) and s.joined(j + 3) else 0  # `Ủy ban nhân dân (UBND) tỉnh`
        branch = _branch_word(s, j + skip)  # `Ngân hàng Nhà nước chi nhánh TPHCM`: a body of its own
        if branch:
            match.nested.append(OrgMatch(match.first, j + skip, match.head))  # and `Ngân hàng Nhà nước`
        skip += branch
        bureau = _bureau_dash(s, j + skip, match)  # `VOV-Miền Trung`, `VOV-Paris`: the outlet's bureau
        if bureau:
            match.nested.append(OrgMatch(match.first, j + skip, match.head))  # the outlet is the organisation
            match.credit_only = True
        skip += bureau
        between = _before_place(s, j + skip)
        width, place, bare = place_complement(s, j + skip + between)
        if not width and not (skip or between):
            place = _district_named(s, j)  # `Hạt Kiểm lâm Thường Xuân`, `Công an Bình Thạnh`
            width = place.last - j if place is not None else 0
        if not width:
            national = "K" in match.head.spec.letters  # `Bộ Quốc phòng Việt - Trung`: two ministries
            return _country_pair(s, j) if not (skip + between or national) else 0  # `Hội hữu nghị Việt - Trung`
        match.place, match.bare_unit, match.place_first = place, bare, j + skip  # the key skips the term
        if _describes_home_body(s, match):  # `ngành công an Việt Nam`
            match.place, match.bare_unit, match.place_first = None, None, None
            return 0
        skip += between
        width = skip + width
        if "B" in match.head.spec.letters and place is not None:
            width += _branch(s, j + width)  # `Công ty TNHH Nhà máy bia Heineken Việt Nam - Vũng Tàu`
            width += _place_number(s, j + width)  # `CTCP Phát triển địa ốc Sài Gòn 5,`
        if "A" in match.head.spec.letters and place is not None and place.level == "country":
            branch = _branch_word(s, j + width, area=True)  # `Ngân hàng Nhà nước Việt Nam chi nhánh khu vực 9`
            area = _area(s, j + width + branch) if branch else 0
            if area:
                match.nested.append(OrgMatch(match.first, j + width, match.head))
                match.place, match.place_first = None, None
                width += branch + area
        return width + _partner_or_seat(s, j + width, match)
    return 0


def _district_named(s: Scan, k: int) -> PlaceSpan | None:
    """A district's bare name right after a local body's head and field, which the places stage did not read
    without its unit word (`Hạt Kiểm lâm Thường Xuân`, `Công an Bình Thạnh`): an old
    district's name of the gazetteer, of two or more capitalised syllables, that the name does not go on
    after (not the first words of a person's name) and that opens with no surname (`Hoàng Mai`, `Lê Chân`
    may be a person); its province when every district of that name lies in one, else none (`Châu Thành`).
    One match at k: constant work per head."""
    tokens = s.tokens
    if k >= len(tokens) or not s.joined(k) or tokens.texts[k] in surnames():
        return None
    width, _ = gazetteer().admin_names.match(tokens.items, k)
    last = k + width
    if not width or not all(tokens.is_cap_word(m) and s.joined(m) for m in range(k, last)):
        return None
    if last < len(tokens) and s.joined(last) and tokens.is_cap(last):
        return None  # the capitalised run goes on: a longer name, or a person's
    name = " ".join(tokens.texts[k:last])
    if len(name.split()) < 2:
        return None
    entries = gazetteer().admin_by_name.get(fold(name), [])
    provinces = {e.province for e in entries if e.level == "district"}
    if not provinces:
        return None
    province = provinces.pop() if len(provinces) == 1 else None  # `Châu Thành` of five provinces: none of them
    return PlaceSpan(tokens.starts[k], tokens.ends[last - 1], k, last, name, "district", province)


def _foreign_owner(s: Scan, j: int, match: OrgMatch, depth: int) -> int:
    """`của` at j and the legislature or government that owns the committee, written otherwise than `Quốc hội`
    or `Chính phủ` (orgs_owner_bodies.txt): `Ủy ban Quốc phòng` + `của Duma Quốc gia`, `UB các vấn đề xã hội` +
    `của QH`. Tokens of `của` and the owner, which is nested; 0 when the owner's head is not in
    orgs_owner_bodies.txt."""
    if not s.tokens.is_cap(j + 1):
        return 0
    owner = parse(s, j + 1, depth + 1)
    if owner is None or owner.head.text.lower() not in _owner_heads():
        return 0
    match.nested.append(owner)
    return owner.last - j


@cache
def _owner_heads() -> frozenset[str]:
    return frozenset(word.lower() for word in load_words("orgs_owner_bodies.txt"))


_HOME_SHORT = HOME_COUNTRY.split()[0]  # `Việt`: the home country's short form in a pair (`Việt - Trung`)


def _country_pair(s: Scan, j: int) -> int:
    """`Hội hữu nghị Việt - Trung`, `Hội hữu nghị Nhật-Việt`: a bilateral body named by the short forms of two
    countries joined by a dash, the home country's `Việt` one of them and a country of the gazetteer the other
    (the places stage reads a short form such as `Trung`, `Nhật` only beside a country it knows, and `Việt` never).
    A place written with its unit word right after the pair is the society's own (`Hội hữu nghị Nhật-Việt tỉnh
    Osaka`, one of several local ones). Tokens of the pair and its place at j, 0 when none."""
    tokens = s.tokens
    first = _short_country(s, j)
    dash = j + first
    if not first or not (s.joined(dash) and tokens.texts[dash] in DASHES and s.joined(dash + 1)):
        return 0
    second = _short_country(s, dash + 1)
    home = [tokens.texts[m] == _HOME_SHORT for m in (j, dash + 1)]
    if not second or home[0] == home[1]:
        return 0
    end = dash + 1 + second
    seat = s.place_at.get(end) if s.joined(end) else None
    placed = seat is not None and seat.name and (seat.from_unit or s.lex.units.length(s.tokens.items, end))
    return (seat.last if seat is not None and placed else end) - j


def _short_country(s: Scan, k: int) -> int:
    """Tokens of a country's name or short form at k (gazetteer, any flag), or of the home country's `Việt` alone
    (not the `Việt` of `Việt Nam`, read as a place); 0 when none."""
    tokens = s.tokens
    if k >= len(tokens) or not tokens.is_cap_word(k):
        return 0
    if tokens.texts[k] == _HOME_SHORT:
        return 0 if s.joined(k + 1) and tokens.is_cap_word(k + 1) else 1
    return gazetteer_country_width(s, k)


def gazetteer_country_width(s: Scan, k: int) -> int:
    """Tokens of a country's name or short form at k as the gazetteer writes it (`Hungary`, `Trung Quốc`, `Nhật`;
    any flag), 0 when none. Shared by the bilateral bodies here and the news outlets' qualifiers (sources.py)."""
    width, entry = gazetteer().names.match(s.tokens.items, k)
    return width if width and isinstance(entry, Entry) and entry.level == "country" else 0


_LEVEL_JOINERS = frozenset({",", "/"})  # unit words listed: `tỉnh, thành phố`, `xã/phường`
_OWNERS = frozenset({("Quốc", "hội"), ("Chính", "phủ")})  # Q: the national body a committee belongs to
_FOREIGN_SEATS = frozenset({"country", "other", "province", "region"})


def _partner_or_seat(s: Scan, k: int, match: OrgMatch, *, partner: bool = True) -> int:
    """After a body named by its country: the partner country of a friendship or bilateral body (`Hội hữu
    nghị Việt Nam - Campuchia`, `Hội hữu nghị Nga-Việt`) and the seat abroad of a national body (`Hiệp hội
    doanh nghiệp Nhật Bản tại Việt Nam`, `Đại sứ quán Việt Nam tại Hà Lan`; not a mission's seat in Việt Nam's
    provinces: `Đại sứ quán Hoa Kỳ tại Hà Nội` is `Đại sứ quán Hoa Kỳ` in Hà Nội): tokens to add at k. A national
    body (`Chính phủ`, `Quốc hội`, a party: `partner` false) has no partner (`Ủy ban liên Chính phủ Việt
    Nam - Lào` is the joint commission's name, not the government's)."""
    place = match.place
    if place is None or place.level != "country" or k + 1 >= len(s.tokens) or not s.joined(k):
        return 0
    tokens = s.tokens
    if partner and tokens.texts[k] in DASHES and s.joined(k + 1) and tokens.is_cap_word(k + 1):
        width, entry = gazetteer().names.match(tokens.items, k + 1)
        if width and isinstance(entry, Entry) and entry.level == "country" and entry.name != place.name:
            return 1 + width
        glued = tokens.items[k].gap == 0 and tokens.items[k + 1].gap == 0  # `Nga-Việt`: a short form
        after = k + 2
        if glued and not (after < len(tokens) and s.joined(after) and tokens.is_cap_word(after)):
            return 2
        return 0
    if tokens.lowers[k] != "tại" or not s.joined(k + 1):
        return 0
    seat = place_or_country_at(s, k + 1)  # `Đại sứ quán VN tại TQ`
    if seat is None or not seat.name or seat.level not in _FOREIGN_SEATS or seat.name == place.name:
        return 0
    # a mission's seat in Việt Nam is where it is, no part of its name (`Đại sứ quán Hoa Kỳ tại Hà Nội`); an
    # association is named by its seat (`Hiệp hội Doanh nghiệp Nhật Bản tại Đà Nẵng`)
    mission = "K" in match.head.spec.required
    abroad = seat.level in {"country", "other"} or (place.name != HOME_COUNTRY and not (mission and seat.province))
    return 1 + seat.last - (k + 1) if abroad else 0


def _plain_lower(s: Scan, head: int, first: int, last: int) -> bool:
    """A name all in lower case (`Vụ cán bộ đánh nhau`, `các Viện nghiên cứu của Quân đội`) is a common noun
    phrase, unless a title or role at the body comes right before its head (`Cục trưởng Cục phòng chống
    tham nhũng`, orgs_lower_name_cues.txt) or its place follows (`Trung tâm phát triển quỹ đất tỉnh …`)."""
    tokens = s.tokens
    if any(tokens.is_cap(m) for m in range(first, last)) or (last < len(tokens) and last in s.place_at):
        return False
    if place_complement(s, last)[0]:
        return False  # `Trung tâm phát triển quỹ đất tỉnh`: its bare unit word follows
    if (last > first and tokens.texts[last - 1].isdigit()) or _area(s, last):
        return False  # `Ban Quản lý dự án đầu tư xây dựng khu vực số 1`: one numbered body
    cues = list_matcher("orgs_lower_name_cues.txt", reverse=True)
    titled = head and tokens.joined[head] and cues.ending_at(tokens.items, head)[0]
    return not titled  # `Cục trưởng Cục phòng chống tham nhũng`: the body's own title before it


def _describes_home_body(s: Scan, match: OrgMatch) -> bool:
    """A lower-case army before `Việt Nam` (`tiềm lực quân đội Việt Nam`): the press names the country's own
    army by its capitalised name (`Quân đội nhân dân Việt Nam`), so the lower-case phrase describes it (so too
    `ngành công an Việt Nam`: the police force is `Công an nhân dân`, `Bộ Công an`); before a foreign country
    (`quân đội Pháp`) it is how the body is named. A lower-case `chính phủ Việt Nam` is the government (`hợp
    tác với chính phủ Việt Nam`): 6 of 7 in the corpus, listed by the gold."""
    if (
        match.head.text.lower() not in load_words("orgs_home_described.txt")
        or not s.tokens.items[match.first].text[:1].islower()
    ):
        return False
    return match.place is not None and match.place.name == HOME_COUNTRY


def _any_of_a_kind(s: Scan, match: OrgMatch, k: int) -> bool:
    """A lower-case government or army and its country followed by `nào` (`chưa từng có chính phủ Việt Nam
    nào`): any body of that kind, no body named."""
    lower = s.tokens.items[match.first].text[:1].islower()
    return lower and s.joined(k) and s.tokens.lowers[k] == "nào"


_MIN_CAPITALISED_FIELD = 2  # syllables of a capitalised word of a field (`Phát triển`): one alone may be a name


def _field_before_country(s: Scan, k: int) -> int:
    """Tokens of the words that go on a national body's domain up to its country at k (`Bộ An ninh` + `mạng` +
    `Australia`, `Bộ Kế hoạch` + `Phát triển Quốc gia` + `Indonesia`): lower-case content words (no function
    word, verb, title, place or head) or capitalised words of the dictionary of two or more syllables (no
    person, place or head), at most four; 0 unless a country follows them at once."""
    tokens, m = s.tokens, k
    for _ in range(_MAX_FIELD_WORDS):
        width = field_words(s, m, limit=1)
        if not width and s.joined(m) and tokens.is_cap_word(m) and not is_acronym(tokens.texts[m]):
            named = m in s.place_at or s.inside_place[m] or head_at(s, m)[0] or m in s.facility_at
            end = compound_end(s, m)
            width = end - m if not named and end - m >= _MIN_CAPITALISED_FIELD else 0
        if not width:
            break
        m += width
    if m == k or not s.joined(m):
        return 0
    span = s.place_at.get(m)
    return m - k if span is not None and span.level == "country" else 0


_MAX_FIELD_WORDS = 4


def _country(s: Scan, k: int, match: OrgMatch) -> int:
    """A national body's country (`Quốc hội Hà Lan`, `Hạ viện Anh`), read even where the name alone would
    need more context to be the country (`Anh`); a province or city is not a national body's."""
    if not s.joined(k):
        return 0
    between = list_matcher("orgs_country_words.txt", "text").match(s.tokens.items, k)[0]
    if between and not s.joined(k + between):
        return 0
    k += between  # `Thượng viện CH Haiti`, `Chính phủ nước Cộng hòa …`
    span = place_or_country_at(s, k)
    if span is not None:
        by_capital = _by_its_capital(match, span)  # `chính phủ Ankara`: Turkey's government
        if span.level not in {"country", "region"} and not by_capital:
            return 0  # `Nghị viện châu Á - Thái Bình Dương` takes a region
        match.place, match.place_first = span, k - between
        return span.last - k + between + _state_form(s, span.last)
    width, entry = gazetteer().names.match(s.tokens.items, k)
    if not width or not isinstance(entry, Entry) or entry.level != "country":
        return 0
    tokens = s.tokens  # `Hạ viện Hà Lan Khadija Arib`: the country though a name follows it
    match.place = PlaceSpan(tokens.starts[k], tokens.ends[k + width - 1], k, k + width, entry.name, "country", None)
    match.place_first = k - between
    return width + between + _state_form(s, k + width)


_MAX_SHORT_FORM = 3  # syllables of a body's short name in parentheses (`Nhân đại`, `Chính hiệp`)


def _short_form_before_country(s: Scan, j: int, match: OrgMatch) -> int:
    """A national body's short name in parentheses between its name and its country (`Đại hội Đại biểu nhân dân
    toàn quốc (Nhân đại) Trung Quốc`, `Hội nghị Hiệp thương chính trị nhân dân toàn quốc (Chính hiệp) Trung
    Quốc`): its own acronym (`_own_acronym`), or a capitalised short form made of syllables of its name. The
    tokens of the parentheses at j, 0 when none (the country is read after them by the caller)."""
    tokens = s.tokens
    if not (s.joined(j) and tokens.texts[j] == "(" and s.joined(j + 1) and tokens.is_cap(j + 1)):
        return 0
    close = j + 1
    while close < len(tokens) and close - j <= _MAX_SHORT_FORM and s.joined(close) and tokens.texts[close] != ")":
        close += 1
    if close >= len(tokens) or tokens.texts[close] != ")" or close == j + 1 or not s.joined(close + 1):
        return 0
    if acronym_at(s, j):
        return close + 1 - j if _own_acronym(s, match.first, j) is not None else 0
    syllables = {tokens.lowers[m] for m in range(match.first, j)}
    inner = range(j + 1, close)
    if not all(tokens.is_word(m) and tokens.lowers[m] in syllables for m in inner):
        return 0
    return close + 1 - j


_MAX_AGENCY_WORDS = 6  # lower-case tokens of a foreign agency's descriptor (`thông tin năng lượng`)


def _agency_of_a_country(s: Scan, k: int, match: OrgMatch) -> int:
    """`Cơ quan tình báo Thụy Sĩ`, `Cơ quan bảo vệ môi trường Mỹ`: a foreign agency the press names by what
    it does, in lower case, and closes with its country (spec letter F). Tokens of the descriptor and the
    country at k, 0 unless a foreign country follows the lower-case words at once: a function word (`của`,
    `tại`, orgs_name_stops.txt), a place or a capitalised word before it ends the descriptor with no name
    read, a generic descriptor (`chức năng`, `lớn`, orgs_agency_generic.txt) names no one agency, and the
    descriptor opens with a word of an organisation's name (orgs_vocab.txt), as the L letter's does."""
    tokens, stops = s.tokens, load_words("orgs_name_stops.txt")
    j = k
    while j - k < _MAX_AGENCY_WORDS and s.joined(j) and tokens.is_word(j) and tokens.texts[j].islower():
        if tokens.lowers[j] in stops or j in s.place_at:
            return 0
        j += 1
    if j == k or list_matcher("orgs_agency_generic.txt", "lower").match(tokens.items, k)[0]:
        return 0
    if not s.lex.vocab.match(tokens.items, k)[0]:
        return 0  # `Ủy ban kêu gọi Nga`: a verb, no agency's field, opens the words before the country
    place, place_first = match.place, match.place_first
    width = _country(s, j, match)
    if not width:
        return 0
    if _foreign_state_alone(s, match.place, j + width):
        return j - k + width
    match.place, match.place_first = place, place_first
    return 0


def _foreign_state_alone(s: Scan, country: PlaceSpan | None, after: int) -> bool:
    """The country closing an agency's descriptor is one foreign state, no partner after it: not the home
    state (`Cơ quan đại diện Việt Nam ở nước ngoài` is a kind of its bodies, not one agency), not a region
    (`vùng Nam Bộ`), and no dash and partner (`Ủy ban hợp tác Lào - Việt Nam`: a bilateral body, named with
    both countries by its other letters)."""
    if country is None or country.level != "country" or country.name == HOME_COUNTRY:
        return False
    return not _partner_follows(s, after)


def _partner_follows(s: Scan, k: int) -> bool:
    """A dash and a country, or an acronym or a word glued to it, at k: a partner country or bloc after a
    country (`Lào - Việt Nam`, `Mỹ-ASEAN`, `Nhật -Việt`); not a title after a spaced dash (`… Mỹ - Phó Đô
    đốc …`) nor an acronym after one (`Cơ quan tình báo Mỹ - CIA`: the agency's own)."""
    tokens = s.tokens
    if not (s.joined(k) and tokens.texts[k] in DASHES and s.joined(k + 1)):
        return False
    word, place = tokens.texts[k + 1], s.place_at.get(k + 1)
    if place is not None and place.level == "country":
        return True  # `Việt Nam`, which the foreign countries' matcher leaves out
    glued = tokens.items[k + 1].gap <= 0
    if glued and tokens.is_cap_word(k + 1):
        return True  # `Nhật -Việt`: a short form glued to the dash
    # `Mỹ-ASEAN`; after a spaced dash (`Mỹ - CIA`) an acronym is the agency's own
    return bool(country_matcher().length(tokens.items, k + 1)) or (glued and len(word) > 1 and word.isupper())


_GOVERNMENTS = frozenset({"chính phủ"})  # a head the press names by the capital it sits in


def _by_its_capital(match: OrgMatch, span: PlaceSpan) -> bool:
    """`chính phủ Ankara`, `chính phủ Damascus`: a government named by its capital, a city abroad (the
    gazetteer's level `other`, no province of Việt Nam)."""
    return fold(match.head.text).lower() in _GOVERNMENTS and span.level == "other" and span.province is None


def _state_form(s: Scan, k: int) -> int:
    """`Dân chủ Cộng hòa` after the country of `Chính phủ nước Việt Nam Dân chủ Cộng hòa` (orgs_state_forms.txt):
    tokens of the form of state at k, 0 when none."""
    if not s.joined(k):
        return 0
    return list_matcher("orgs_state_forms.txt", "text").match(s.tokens.items, k)[0]


_MAX_SUFFIX = 2  # digits of the number that ends a body's name (`Trường THPT Thuận Thành số 1`)


def _number_suffix(s: Scan, k: int) -> int:
    """`số 1`, `số 12` right after a body's name: the number of one of several bodies of that name
    (`Khu Quản lý giao thông đô thị số 1`, `Trường THPT Thuận Thành số 1`); tokens, 0 when none."""
    tokens = s.tokens
    if not (s.joined(k) and tokens.lowers[k] == "số" and s.joined(k + 1)):
        return 0
    return 2 if tokens.items[k + 1].kind == "number" and _code(tokens.texts[k + 1], _MAX_SUFFIX, roman=False) else 0


def _closing_number(s: Scan, first: int, k: int, match: OrgMatch) -> int:
    """The number or numbered area that closes a body's name at k, right before the clause goes on
    (`Vụ Thể thao thành tích cao 1,`, `Trung tâm Huấn luyện thể thao quốc gia 1 đã`, `Học viện Chính trị khu
    vực I`): one of several bodies of that name. A bare number is read only before a punctuation mark or a
    word of orgs_number_closers.txt (not `… Chất lượng 3 năm`, a count); tokens, 0 when none."""
    tokens = s.tokens
    if k <= first or k >= len(tokens) or not s.joined(k):
        return 0
    if tokens.lowers[k] == "khu":
        if "A" in match.head.spec.letters:
            return 0  # its own area letter reads it
        area = _area(s, k)
        # numbered areas only, no `khu vực Cẩm Mỹ`; the code, not the province after a dash (`khu vực IV - Cần Thơ`)
        return area if area and _code(tokens.texts[_area_code(s, k)], _MAX_NUMBER) else 0
    text = tokens.texts[k]
    if tokens.texts[k - 1].isdigit() or not tokens.is_word(k - 1):
        return 0
    numeral = (tokens.items[k].kind == "number" and _code(text, _MAX_SUFFIX, roman=False)) or (
        len(text) > 1 and _code(text, 0)
    )
    if not numeral:
        return 0
    after = k + 1
    if after >= len(tokens):
        return 1
    if tokens.items[after].kind != "word":
        numeric = after + 1 < len(tokens) and tokens.items[after + 1].kind == "number"
        if numeric and tokens.texts[after] in _NUMBER_GLUE and s.joined(after + 1):
            return 0  # `1/2`, `1.000`, `2,5`: a date, an amount; `1, 2 và 3`: a list of numbers
        return 1 if tokens.texts[after] in _CLOSING_MARKS else 0
    return (
        1 if s.joined(after) and list_matcher("orgs_number_closers.txt", "lower").match(tokens.items, after)[0] else 0
    )


_NUMBER_GLUE = frozenset({"/", ".", ",", "-", ":"})
_CLOSING_MARKS = frozenset({",", ".", ";", ":", ")", "(", "-", "–", '"', "”", "!", "?"})


def _cut_short(s: Scan, first: int, last: int) -> bool:
    """A name all in lower case followed by another lower-case word that is no function word: where it
    ends is unknown, so it is not read (`Trung tâm phát triển` of a longer `… phát triển xyz`)."""
    tokens = s.tokens
    if any(tokens.is_cap(m) for m in range(first, last)):
        return False
    if last >= len(tokens) or not tokens.joined[last] or not tokens.is_word(last) or not tokens.texts[last].islower():
        return False
    if _area(s, last):
        return False  # `… đầu tư xây dựng khu vực số 1`: the area of the body named so far
    return last not in s.place_at and not s.lex.units.length(tokens.items, last) and not _stop(s, last)


def _stop(s: Scan, k: int) -> bool:
    return bool(s.lex.name_stops.match(s.tokens.items, k)[0])


def _bureau_dash(s: Scan, k: int, match: OrgMatch) -> int:
    """1 for the dash glued to a medium's name before a place (`VOV-Miền Trung`, `VOV- Đông Bắc`, `VOV-Paris`
    in a credit): the outlet's bureau there, its place no place of the text; else 0."""
    tokens = s.tokens
    if not (match.head.media and s.joined(k) and tokens.texts[k] in DASHES and tokens.items[k].gap == 0):
        return 0
    return 1 if s.joined(k + 1) and (k + 1) in s.place_at else 0


def _before_place(s: Scan, k: int) -> int:
    """Tokens between a head and its place that belong to neither: a term (`Đoàn đại biểu Quốc hội khóa
    XV đơn vị thành phố Đà Nẵng`), `nước` (`Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam`). Only
    read when a place follows them."""
    tokens, j = s.tokens, k
    if s.joined(j) and tokens.lowers[j] == "khóa" and s.joined(j + 1) and _ROMAN.fullmatch(tokens.texts[j + 1]):
        j += 2
    if s.joined(j) and tokens.lowers[j] in {"đơn", "nước"}:
        j += 2 if tokens.lowers[j] == "đơn" and s.joined(j + 1) and tokens.lowers[j + 1] == "vị" else 1
    if j > k and (j in s.place_at or s.lex.units.length(tokens.items, j)):
        return j - k
    return 0


def _branch_word(s: Scan, k: int, *, area: bool = False) -> int:
    """`chi nhánh` right before a place, after a dash or not: the branch of a bank or company in that
    place (`Ngân hàng Nhà nước chi nhánh TPHCM`, `Ngân hàng Ngoại thương - Chi nhánh Bình Định`); with
    `area`, before any word (the caller reads the area: `chi nhánh khu vực 5`)."""
    tokens = s.tokens
    dash = 1 if s.joined(k) and tokens.texts[k] in {"-", "–"} else 0
    k += dash
    if s.joined(k + 1) and tokens.lowers[k] == "chi" and tokens.lowers[k + 1] == "nhánh" and s.joined(k + 2):
        return dash + 2 if area or (k + 2) in s.place_at else 0
    return 0


_CLOSERS = frozenset({",", ".", ";", ")", ":"})


def _place_number(s: Scan, k: int) -> int:
    """A company's number right after its place, closing the name (`Địa ốc Sài Gòn 5,`, `Sông Đà 9.`): 1, 0
    when none (not `… Hà Nội 5 năm`, a number that counts the word after it)."""
    tokens = s.tokens
    if not (s.joined(k) and tokens.items[k].kind == "number" and tokens.texts[k].isdigit()):
        return 0
    if len(tokens.texts[k]) > _MAX_SUFFIX:
        return 0
    closes = k + 1 >= len(tokens) or not tokens.joined[k + 1] or tokens.texts[k + 1] in _CLOSERS
    return 1 if closes else 0


def _branch(s: Scan, k: int) -> int:
    """` - Vũng Tàu` after a company's place: the branch it names."""
    tokens = s.tokens
    if s.joined(k) and tokens.texts[k] in {"-", "–"} and s.joined(k + 1):
        place = s.place_at.get(k + 1)
        if place is not None and place.name:
            return place.last - k
    return 0


def place_complement(s: Scan, k: int) -> tuple[int, PlaceSpan | None, str | None]:
    """(tokens, place, bare unit word) of a place complement at k."""
    if k >= len(s.tokens) or not s.joined(k):
        return 0, None, None
    span = place_or_country_at(s, k)
    if span is not None and (span.name or span.bare):
        if span.level == "country" and s.joined(span.last):
            second = s.place_at.get(span.last)  # `MTTQ Việt Nam thành phố Hà Nội`
            if second is not None and second.level in ADMIN_LEVELS and second.name:
                return second.last - k, second, None
            width, _, bare = place_complement(s, span.last)  # `Ủy ban MTTQ Việt Nam tỉnh`: the local body
            if width and bare is not None and (span.last not in s.place_at or s.place_at[span.last].bare):
                return span.last - k + width, None, bare
        if span.bare and not span.name:  # `UBND Thành phố` in an article that names no city
            return span.last - k, None, "thành phố" if span.bare == "city" else "tỉnh"
        if span.level == "region":
            return span.last - k, None, fold(span.name).lower()
        return span.last - k, span, None
    width, unit = s.lex.units.match(s.tokens.items, k)
    if width and isinstance(unit, Unit) and unit.level in ADMIN_LEVELS:
        after = k + width
        if after < len(s.tokens) and s.tokens.lowers[after] in {"ủy", "uỷ"}:
            return 0, None, None  # `Ban Tổ chức tỉnh ủy`: the committee, no bare province
        listed = after < len(s.tokens) and s.tokens.texts[after] in _LEVEL_JOINERS
        if listed and s.lex.units.match(s.tokens.items, after + 1)[0]:
            return 0, None, None  # `UBND tỉnh, thành phố`, `Công an xã/phường`: generic
        return width, None, unit.word
    return 0, None, None


def place_or_country_at(s: Scan, k: int) -> PlaceSpan | None:
    """The place the places stage read at k, else a country written as letters (`VN`, `TQ`): where a body's name
    takes a place or a country, not where any place reading would (the other `place_at` reads take no letters)."""
    return s.place_at.get(k) or abbreviated_country(s, k)


def abbreviated_country(s: Scan, k: int) -> PlaceSpan | None:
    """`VN` of `BHXH VN`, `TQ` of `Bộ Ngoại giao TQ` (orgs_country_abbreviations.tsv): the country, which the
    places stage does not read from two letters. A word of its own after a space: not the `.VN` of `VOV.VN`,
    nor the `VN` of `VN-Index` or `VN/…`, whose next token is glued to it."""
    tokens = s.tokens
    country = country_abbreviations().get(tokens.texts[k]) if k < len(tokens) else None
    if country is None or tokens.items[k].gap <= 0:
        return None
    if k + 1 < len(tokens) and tokens.items[k + 1].gap == 0 and tokens.texts[k + 1] in _GLUED_AFTER:
        return None
    return PlaceSpan(tokens.starts[k], tokens.ends[k], k, k + 1, country, "country", None)


_GLUED_AFTER = DASHES | {"/", "&", "_"}  # `VN-Index`, `VN/…`: a code, not the country


def _own_acronym(s: Scan, k: int, j: int) -> str | None:
    """`Tập đoàn Gỗ Trường Thành (TTF)`, `Tổng công ty Cảng hàng không Việt Nam (ACV)`, `Sở Giao dịch
    Chứng khoán TP.HCM (HoSE)`: an acronym in parentheses right after a name of two words at least is
    its short name when it starts like one of the name's words, or is written in Latin letters only (an
    English name's acronym) and belongs to no longer phrase: not `đại biểu Quốc hội (ĐBQH)`, whose
    acronym opens with the lower-case word before the body; not a place (`(TPHCM)`), nor another body
    that takes complements (`(UBND)`)."""
    tokens = s.tokens
    j += _before_own_acronym(s, j)
    if not (j + 2 < len(tokens) and tokens.texts[j] == "(" and tokens.texts[j + 2] == ")"):
        return None
    if j + 1 in s.place_at or s.inside_place[j + 1]:
        return None  # `Công ty … Blue Harbor (TPHCM)`: where the body is, no name of it
    width, brand = head_at(s, j + 1)  # `Tập đoàn Viễn thông Quân đội (Viettel)`, `TCty điện lực Việt Nam (EVN)`
    acronym = tokens.texts[j + 1]
    first = strip_accents(acronym[0]).upper()
    initials = {strip_accents(tokens.texts[m][0]).upper() for m in range(k, j) if tokens.is_word(m)}
    # `… của Liên Hợp Quốc (UNESCO)`: after `của`, a known acronym that opens like none of the name's words
    # names the thing owned by a body written as its bare head; `giá vàng của Công ty … Tân Lộc (TLJ)`: one that
    # does is the owner's own, as is one after a head and its name (`của Lực lượng Phòng vệ Biển Nhật Bản (JMSDF)`)
    owned = k > 0 and tokens.joined[k] and tokens.lowers[k - 1] == "của" and first not in initials
    owned = owned and head_at(s, k)[0] == j - k
    if width == 1 and brand is not None and not brand.spec.letters and j - k >= 2 and not owned:
        return acronym
    if j - k < 2 or not (is_acronym(acronym) or _brand_shaped(acronym)) or (width and brand is not None):
        return None  # `EU (EVFTA)`: an acronym after an acronym names something else
    if first in initials:
        return acronym
    before = tokens.lowers[k - 1] if k and tokens.joined[k] and tokens.is_word(k - 1) else ""
    longer = bool(before) and strip_accents(before[0]).upper() == first  # `đại biểu Quốc hội (ĐBQH)`
    return acronym if acronym.isascii() and not longer else None


_CLOSING_QUOTES = frozenset({'"', "”", "’"})


def _before_own_acronym(s: Scan, j: int) -> int:
    """Tokens between a name and the parenthesis of its acronym that keep the acronym the name's: the
    closing quote of a quoted name (`"Nhà nước Hồi giáo" (IS)`) or `tự xưng`, self-styled (`Nhà nước Hồi giáo
    tự xưng (IS)`); 0 when none."""
    tokens = s.tokens
    if j < len(tokens) and tokens.texts[j] in _CLOSING_QUOTES and tokens.items[j].gap == 0:
        return 1
    self_styled = j + 1 < len(tokens) and tokens.lowers[j] == "tự" and tokens.lowers[j + 1] == "xưng"
    return 2 if self_styled and s.joined(j + 1) and s.joined(j + 2) else 0


def _short_name(s: Scan, k: int, j: int, place: PlaceSpan) -> tuple[str | None, int]:
    """`Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk (CDC Đắk Lắk)`: an acronym and the body's own place in
    parentheses after its name, its short name (the place there is no place of its own). (acronym, token
    after the short name); (None, 0) when none."""
    tokens = s.tokens
    if not (j + 3 < len(tokens) and tokens.texts[j] == "(" and s.joined(j + 2)):
        return None, 0
    acronym = tokens.texts[j + 1]
    inner = s.place_at.get(j + 2)
    if inner is None or inner.name != place.name or inner.last >= len(tokens) or tokens.texts[inner.last] != ")":
        return None, 0
    if not (is_acronym(acronym) or _brand_shaped(acronym)) or j - k < 2:
        return None, 0
    return acronym, inner.last


def _brand_shaped(text: str) -> bool:
    """`HoSE`, `VNPost`, `PetroVietnam`: Latin letters, a capital first, two capitals at least."""
    capitals = sum(c.isupper() for c in text)
    return text.isascii() and text.isalnum() and text[0].isupper() and capitals >= 2 and len(text) <= 14


_MAX_ALTERNATIVE = 3  # tokens of a head written as the other choice in parentheses: `(Thành ủy)`


def _alternative(s: Scan, match: OrgMatch) -> bool:
    """`Tỉnh ủy (Thành ủy) - HĐND - UBND tỉnh (thành phố)`: a template naming a body of every province,
    a bare head or unit with its alternative in parentheses after it (or the alternative itself)."""
    tokens, last = s.tokens, match.last
    bare = last == match.body or (match.bare_unit is not None and match.place_first == match.body)
    if not bare:
        return False  # `Tập đoàn Viễn thông Quân đội (Viettel)`: a named body and its brand
    if s.joined(last + 1) and tokens.texts[last] == "(" and not is_acronym(tokens.texts[last + 1]):
        width = head_at(s, last + 1)[0] or s.lex.units.length(tokens.items, last + 1)
        if width and last + 1 + width < len(tokens) and tokens.texts[last + 1 + width] == ")":
            return True
    first = match.first
    if not (first >= 2 and tokens.texts[first - 1] == "(" and last < len(tokens) and tokens.texts[last] == ")"):
        return False
    if is_acronym(tokens.texts[first]):
        return False  # `Quốc hội (QH)`: the body's acronym; `… (Viện chấn thương chỉnh hình)`: a named body
    return any(head_at(s, p)[0] == first - 1 - p for p in range(max(0, first - 1 - _MAX_ALTERNATIVE), first - 1))


def _levels_follow(s: Scan, k: int) -> bool:
    """Unit words listed at k (`tỉnh, thành phố`, `xã, phường`): levels, no place."""
    items = s.tokens.items
    width = s.lex.units.length(items, k) if s.joined(k) else 0
    after = k + width
    if not (width and s.joined(after + 1) and items[after].text in _LEVEL_JOINERS):
        return False
    return bool(s.lex.units.length(items, after + 1))


def _outlet_of_a_country(s: Scan, match: OrgMatch) -> bool:
    """`báo Mỹ`, `Tạp chí Mỹ` (`… Foreign Policy`): an outlet's kind and its country, nothing else, describe an
    outlet (orgs_outlet_kinds.tsv) and name none; a province names one (`Báo Cà Mau`)."""
    tokens = s.tokens
    if match.nested or not _an_outlet_kind(s, match):
        return False
    width = country_matcher().length(tokens.items, match.body) if match.body < len(tokens) else 0
    return width > 0 and match.body + width == match.last


_PAPER_KINDS = frozenset({"báo", "tờ báo", "tạp chí", "nhật báo"})  # a paper's kind, not a station's (`Đài NHK`)


def _foreign_paper_name(s: Scan, match: OrgMatch) -> int:
    """Where a foreign paper's own name starts after its kind word and country (`báo Business Insider`, `Tạp chí
    Mỹ Foreign Policy`: the paper is `Business Insider`, `Foreign Policy`): every word of the name in Latin
    letters, its first no acronym (`Báo CAND`, `Tạp chí GTVT` are Vietnamese), one of them no Vietnamese
    syllable (`báo Thanh Nien` stays), and no Vietnamese outlet's name (`báo VnExpress`: orgs_media.tsv's first
    section). match.first when the name is not such."""
    tokens = s.tokens
    kind = fold(" ".join(tokens.texts[match.first : match.body])).lower()
    if kind not in _PAPER_KINDS or match.nested or match.body >= match.last:
        return match.first
    start = match.body + country_matcher().length(tokens.items, match.body)
    words = [tokens.texts[m] for m in range(start, match.last) if tokens.is_word(m)]
    if not words or start >= match.last or not tokens.is_cap_word(start) or is_acronym(tokens.texts[start]):
        return match.first
    if not all(word.isascii() for word in tokens.texts[start : match.last]):
        return match.first
    if not any(has_foreign_shape(word) for word in words):
        return match.first
    name = fold(tokens.view[tokens.starts[start] : tokens.ends[match.last - 1]]).lower()
    return match.first if name in home_media() else start


def _class_name(s: Scan, match: OrgMatch) -> bool:
    """`Ban Đảng` (of `các ban Đảng`, `Ban Đảng, đoàn thể`): a kind of body (orgs_class_names.txt), alone or
    before its parent (`Ban Đảng Tỉnh ủy`)."""
    tokens = s.tokens
    end = match.nested[0].first if match.nested else match.last
    if end <= match.first:
        return False
    classes = load_words("orgs_class_names.txt")
    if fold(" ".join(tokens.texts[match.first : end])).lower() in classes:
        return True
    for cut in range(match.first + 2, min(end, match.first + _MAX_CLASS_WORDS + 1)):
        if fold(" ".join(tokens.texts[match.first : cut])).lower() in classes and head_at(s, cut)[0]:
            return True  # `Ban Lãnh đạo Hiệp hội …`: the leaders of a body read as one name with it
    return False


_MAX_CLASS_WORDS = 3  # syllables of a kind of body (`ban lãnh đạo`)


def _level_follows(s: Scan, match: OrgMatch) -> bool:
    """A level of orgs_generic_levels.txt after the name (`MTTQ cấp xã`, `… các tỉnh, thành phố`), or a
    bare unit pointed back to (`Tỉnh ủy tỉnh này`: the unit names no place)."""
    generic = s.lex.generic_after
    width = generic.match(s.tokens.items, match.last)[0] if s.joined(match.last) else 0
    if width and not _names_follow(s, match.last + width):
        return True
    if _counted_units(s, match.last):
        return True
    unit = match.place_first
    return match.bare_unit is not None and unit is not None and bool(generic.match(s.tokens.items, unit)[0])


def _counted_units(s: Scan, k: int) -> bool:
    """A number of units after the name (`Chi cục Quản lý thị trường 63 tỉnh, thành phố`, `Công an 5
    huyện`): the body of each of them, no one body."""
    tokens = s.tokens
    if not (s.joined(k) and s.joined(k + 1) and tokens.texts[k].isdigit()):
        return False
    width = s.lex.units.length(tokens.items, k + 1)
    return bool(width) and not _names_follow(s, k + 1 + width)


def _names_follow(s: Scan, k: int) -> bool:
    """A place right after a level (`Ban An toàn giao thông các tỉnh Tuyên Quang, Phú Thọ`): the bodies of
    the places named, no level in general."""
    return s.joined(k) and (k in s.place_at or s.inside_place[k] or (k - 1) in s.place_at)


_CABINETS = frozenset({"chính phủ", "nội các"})  # the government as a body, or as the cabinet of its leader


def _a_cabinet_led_by(s: Scan, match: OrgMatch) -> bool:
    """`Chính phủ của Tổng thống …`, `Chính phủ của ông …` (orgs_led_by.txt): one leader's cabinet, no body of
    its own; other bodies stay (`Nhà Trắng của Tổng thống …`, `Công đảng của ông …`)."""
    if fold(match.head.text).lower() not in _CABINETS or not s.joined(match.last):
        return False
    return bool(list_matcher("orgs_led_by.txt", "lower").match(s.tokens.items, match.last)[0])


def _inner_head(s: Scan, match: OrgMatch) -> bool:
    """A head starts inside the name before its country (`MTTQ` of `Ủy ban MTTQ Việt Nam`): the country is
    that inner body's, so the outer one still wants a level (`… các cấp` names every committee)."""
    end = match.place_first if match.place_first is not None else match.last
    return any(head_at(s, m)[0] for m in range(match.first + 1, end))


def _generic(s: Scan, match: OrgMatch) -> bool:
    """`các UBND tỉnh`, `các Sở`: a plural names no particular organisation; nor does a level (`MTTQ cấp
    xã`, `Hội Nông dân các cấp`)."""
    k = match.first
    national = match.place is not None and match.place.level == "country"  # `Ủy ban MTTQ Việt Nam tỉnh, …`
    if _level_follows(s, match) and (match.place is None or (national and _inner_head(s, match))):
        return True
    if (match.place_first is None or national) and _levels_follow(s, match.last):
        return True  # `MTTQ tỉnh, thành phố, xã`, `Ủy ban MTTQ Việt Nam tỉnh, thành phố`: every such body
    if _class_name(s, match) or _outlet_of_a_country(s, match):
        return True
    if match.last == match.body and match.place_first is None and _a_cabinet_led_by(s, match):
        return True
    if match.place is None and _alternative(s, match):
        return True
    if not (k and s.tokens.joined[k] and s.tokens.texts[k - 1] in _GENERIC_BEFORE):
        return False
    words = sum(1 for m in range(match.first, match.last) if s.tokens.is_word(m))  # `các Phòng GD - ĐT`
    return match.place is None and words <= 3
