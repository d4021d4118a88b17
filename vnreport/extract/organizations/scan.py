"""What the organisation grammar reads at a token: the document's tokens and place spans, and the tests
every complement shares (a head, `Trung ương`, an acronym in parentheses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from vnreport.extract.locations import Facility, PlaceSpan
from vnreport.extract.names import nation_matcher, title_matcher
from vnreport.extract.organizations.lexicon import Head, Lexicon, central_matcher, is_acronym, lexicon
from vnreport.lexicon import list_matcher, load_words
from vnreport.numbers import small_number
from vnreport.segment.dictionary import is_word
from vnreport.segment.syllables import has_foreign_shape
from vnreport.segment.tokens import TokenArrays
from vnreport.text import fold

if TYPE_CHECKING:
    from vnreport.extract.organizations.grammar import OrgMatch

Tokens = TokenArrays

CENTRAL = frozenset({"Trung ương", "trung ương", "Trung Ương", "TƯ", "TW", "T.Ư", "T.W", "T . Ư", "T . W"})


@dataclass(slots=True)
class Scan:
    """One document's tokens as the organisation grammar sees them."""

    tokens: Tokens
    compounds: dict[int, int]  # start → end of a capitalised word with lower-case syllables (`Thống kê`)
    place_at: dict[int, PlaceSpan]  # first token → place (not a facility)
    inside_place: list[bool]  # a token inside a place after its first
    facility_at: frozenset[int]  # tokens of facilities (but venues' names) where no organisation starts
    in_memorial: list[bool]  # a token of a memorial's name after a titled person (PlaceSpan.eponym)
    lex: Lexicon = field(default_factory=lexicon)
    # (token, depth) → the organisation parsed there (grammar.parse), or None: an open name asks at every head
    # inside, the body before asks for its parent, and every name that runs over the same heads asks again
    # (`Hội đồng Hội đồng …`, `Ủy ban A và B Ủy ban C …`), so each is parsed once
    parsed: dict[tuple[int, int], OrgMatch | None] = field(default_factory=dict)

    @classmethod
    def of(cls, tokens: Tokens, places: list[PlaceSpan], compounds: dict[int, int]) -> Scan:
        """Facilities (`Trung tâm Hội nghị Long Hưng`, `Cảng Sài Gòn`) are no organisation's start, but
        may lie inside one's name (`Tổng công ty Cảng hàng không Việt Nam`)."""
        inside = [False] * len(tokens)
        admin = [p for p in places if p.level != "facility"]
        for place in admin:
            for k in range(place.first + 1, place.last):
                inside[k] = True
        facilities = {p.first for p in places if p.level == "facility"}
        memorial = [False] * len(tokens)
        for place in places:
            if place.eponym:
                memorial[place.first + 1 : place.last] = [True] * (place.last - place.first - 1)
            elif place.level == "facility" and not place.venue:
                facilities.update(range(place.first + 1, place.last))  # `cảng Hội An`: no `Hội` there
        return cls(tokens, compounds, {p.first: p for p in admin}, inside, frozenset(facilities), memorial)

    def joined(self, k: int) -> bool:
        return k < len(self.tokens) and self.tokens.joined[k]


def head_at(s: Scan, k: int) -> tuple[int, Head | None]:
    """(tokens, head) of an organisation head starting at token k; (0, None) when none."""
    width, head = _head_at(s, k)
    if width and _site_follows(s, k + width):
        return 0, None  # `Zing.vn`, `Amazon.com`: the site, read whole by the sources
    if head is not None and _known_name_goes_on(s, k, width, head):
        return 0, None
    if head is not None and names_a_product(s, k):
        return 0, None  # `Boeing 727-223`, `Honda Civic`: the product, no organisation acting
    return width, head


def names_a_product(s: Scan, k: int) -> bool:
    """A maker's brand (orgs_product_makers.txt) at token k right before a model code (`Boeing 727-223`,
    `Airbus A320`, `BMW S1000RR`, `Suzuki GSX-R1000`) or a model name (orgs_product_words.txt: `Honda
    Civic`, `Toyota Avalon Limited`): the brand names the product, no organisation."""
    width = list_matcher("orgs_product_makers.txt", "text").match(s.tokens.items, k)[0]
    j = k + width
    if not width or not s.joined(j):
        return False
    return _model_code(s, j) or bool(list_matcher("orgs_product_words.txt", "text").match(s.tokens.items, j)[0])


_YEAR_LIKE = range(1900, 2100)
_MIN_MODEL_NUMBER = 3  # digits of a model number written alone (`Boeing 727`; not `ASEAN 4`)


def _model_code(s: Scan, j: int) -> bool:
    """A model code at token j: Latin letters and digits, a digit among them, its parts joined by a dash
    with no space (`A320`, `S1000RR`, `B727-200`, `727-223`, `GSX-R1000`, `7-Series`); a number alone
    needs three digits and no year's shape (`Boeing 747`, not `Toyota 2017`)."""
    items, texts = s.tokens.items, s.tokens.texts
    parts = [texts[j]]
    m = j + 1
    while m + 1 < len(items) and texts[m] == "-" and items[m].gap == 0 and items[m + 1].gap == 0:
        parts.append(texts[m + 1])
        m += 2
    if not all(part.isascii() and part.isalnum() for part in parts):
        return False
    code = "".join(parts)
    if not any(c.isdigit() for c in code):
        return False
    if len(parts) == 1 and code.isdigit():
        return len(code) >= _MIN_MODEL_NUMBER and not (len(code) == 4 and int(code) in _YEAR_LIKE)
    return True


def _known_name_goes_on(s: Scan, k: int, width: int, head: Head) -> bool:
    """A name of orgs_known.tsv read only as a whole name: a capitalised word in Latin letters right after
    it (`Mitsubishi UFJ Leasing`, `Tokyo Gas Co`) makes it the first word of a longer name it does not
    stand for."""
    if not head.alone or head.spec.letters or head.media:
        return False
    j = k + width
    return s.joined(j) and s.tokens.is_cap_word(j) and s.tokens.texts[j].isascii() and j not in s.place_at


def _cued_medium(s: Scan, k: int, width: int) -> bool:
    """A medium that is also a common word (`Dân trí`, `AP`) named as a source: after a source cue (`theo`,
    `trả lời`, `Ảnh:`), or opening its sentence before a reporting verb (`RT đưa tin`, `Dân trí dẫn lời`)."""
    items = s.tokens.items
    if s.lex.media_cues.ending_at(items, k)[0]:
        return True
    reports = s.joined(k + width) and list_matcher("orgs_media_report_verbs.txt", "lower").match(items, k + width)[0]
    return bool(reports) and s.tokens.sentence_initial(k)


def _head_at(s: Scan, k: int) -> tuple[int, Head | None]:
    tokens = s.tokens
    if k >= len(tokens) or not tokens.is_word(k) or s.inside_place[k] or k in s.facility_at:
        return 0, None
    exact_width, exact = s.lex.heads_exact.match(tokens.items, k)
    if k in s.place_at:
        place = s.place_at[k]
        if not (isinstance(exact, Head) and exact.media and exact_width > place.last - k):
            return 0, None  # `Pháp Luật TP.HCM` is a paper, `Pháp` alone the country
        return exact_width, exact
    if isinstance(exact, Head) and exact.cue and not _cued_medium(s, k, exact_width):
        exact_width, exact = 0, None  # `Thanh Niên` alone is the youth, `trả lời Thanh Niên` the paper
    lower_width, lower = s.lex.heads_lower.match(tokens.items, k)
    if not tokens.is_cap(k) and not _lower_first_ok(s, k, lower_width, lower):
        lower_width, lower = 0, None
    if lower_width > exact_width and isinstance(lower, Head):
        inside = _inside_a_word(s, k, lower_width) or _ends_a_word(s, k, lower_width) or _venue(s, k, lower_width)
        inside = inside or _an_event(s, k, lower_width, lower) or _in_a_title(s, k, lower_width)
        if lower.untitled and _titled(s, k):
            inside = True  # `Phó Bí thư Thường trực Thành ủy`, `, Thường trực Ban Bí thư`: a title
        return (0, None) if inside else (lower_width, lower)
    if not isinstance(exact, Head):
        return 0, None
    if _an_event(s, k, exact_width, exact):
        return 0, None  # `Phòng Bầu dục`: a room, no department
    if exact.alone and k and tokens.items[k - 1].kind == "number" and tokens.joined[k]:
        return 0, None  # `500 MB`: a size, not the bank
    if exact.lower_ok and not _lower_head_ok(s, k, exact_width, exact):
        return 0, None
    return exact_width, exact


def _lower_first_ok(s: Scan, k: int, width: int, head: Head | None) -> bool:
    """A capitalised head marked `*` written with a lower-case first letter (`trường THPT Lê Lợi`): read
    where a lower-case head would be (before a capitalised name, no dictionary word with the syllable
    before it), unless that name is a country alone, or a place alone after a plural word (orgs_kind_plurals),
    or `Trung ương` (any spelling) ending the name after a plural word or a count, or, after a head of
    orgs_place_kind_heads.txt, a province alone: then it is a kind (`các trường đại học Mỹ`, `nhiều trường đại
    học Hà Nội`, `5 bệnh viện Trung ương`, `chọn bệnh viện Việt Nam`, `đến bệnh viện Hà Nội để khám`; not
    `trường THCS Hòa Bình`, `các bệnh viện Trung ương Quân đội 108`)."""
    if not (isinstance(head, Head) and head.lower_first and s.tokens.texts[k][:1].islower()):
        return False
    j = k + width
    if _foreign_cue_before_latin(s, k, j):
        return False
    plural = bool(list_matcher("orgs_kind_plurals.txt", reverse=True).ending_at(s.tokens.items, k)[0])
    central = central_matcher().length(s.tokens.items, j) if s.joined(j) else 0
    if (plural or _counted(s, k)) and central and not _named_on(s, j + central):
        return False  # `các bệnh viện Trung ương`, `5 bệnh viện Trung ương`: a kind of hospital, no name
    place = _place_width(s, j, plural=plural, province=fold(head.text).lower() in _place_kind_heads())
    if place and not _named_on(s, j + place):
        return False
    return _lower_head_ok(s, k, width, head)


_MAX_LATIN_RUN = 6  # capitalised Latin words looked at after a foreign cue (`Banco Do Lestria`)


def _foreign_cue_before_latin(s: Scan, k: int, j: int) -> bool:
    """A lower-case noun [k, j) that the sources read before a foreign body's name (orgs_foreign_cues.txt:
    `công ty`, `tập đoàn`, `ngân hàng`) right before a capitalised word in Latin letters of no Vietnamese
    syllable, where the sources' reading of a foreign name is needed: after a title, whose holder's foreign
    name follows the body (`Phó chủ tịch tập đoàn Quintex Robert Hanley`: `Quintex`), or when a word of the
    Latin name is a word no business name holds in Vietnamese (`ngân hàng Banco Do Lestria`: `Do`)."""
    tokens = s.tokens
    if not s.joined(j) or not tokens.is_cap_word(j):
        return False
    text = tokens.texts[j]
    if not (text.isascii() and not text.isupper() and has_foreign_shape(text)):
        return False  # `ngân hàng JBIC`: an acronym is read by the grammar
    if list_matcher("orgs_foreign_cues.txt", "lower").match(tokens.items, k)[0] != j - k:
        return False
    goes_on = j + 1 < len(tokens) and s.joined(j + 1) and tokens.is_cap_word(j + 1)
    if _after_a_title(s, k):
        return goes_on  # `Giám đốc ngân hàng Eximbank.`: no holder named after it, the grammar's reading
    m = j + 1
    while m < min(len(tokens), j + _MAX_LATIN_RUN) and s.joined(m) and tokens.is_cap_word(m):
        if tokens.texts[m].isascii() and s.lex.name_stops.match(tokens.items, m)[0]:
            return m + 1 < len(tokens) and s.joined(m + 1) and tokens.is_cap_word(m + 1)
        m += 1
    return False


_MAX_TITLE = 5  # tokens of a title before a body's common noun: `Phó Tổng giám đốc điều hành`


def _after_a_title(s: Scan, k: int) -> bool:
    """A title or rank ends right before token k (`Phó chủ tịch` of `Phó chủ tịch tập đoàn …`)."""
    items, titles = s.tokens.items, title_matcher()
    return any(titles.length(items, first) == k - first for first in range(max(0, k - _MAX_TITLE), k))


_DATE_NOUNS = frozenset({"năm", "ngày", "tháng"})  # before a number that is a date's, no count


def _counted(s: Scan, k: int) -> bool:
    """A small count right before token k (`5 bệnh viện …`, `hai bệnh viện …`): up to three digits or a number
    word, not a year or a day (`Năm 2016 bệnh viện …`, `ngày 5 bệnh viện …`)."""
    if not (k > 0 and s.joined(k)):
        return False
    before = s.tokens.items[k - 1]
    if before.kind == "number":
        counts = before.text.isdigit() and len(before.text) <= 3
    else:
        counts = small_number(before.lower) is not None
    return counts and not (k > 1 and s.joined(k - 1) and s.tokens.lowers[k - 2] in _DATE_NOUNS)


def _named_on(s: Scan, j: int) -> bool:
    """The name goes on at token j: a capitalised word (`các bệnh viện Trung ương Quân đội 108`) or a dash
    (`bệnh viện Việt Nam - Cuba`) joined to what comes before it."""
    return s.joined(j) and (s.tokens.is_cap_word(j) or s.tokens.texts[j] in {"-", "–"})


def _place_width(s: Scan, j: int, *, plural: bool, province: bool = False) -> int:
    """Tokens of the country (Việt Nam too) starting at token j on the head's line, or of the gazetteer's place
    when the head is plural, or of a province alone (no unit word) with `province`; 0 when none."""
    if not s.joined(j):
        return 0
    country = nation_matcher().length(s.tokens.items, j)
    place = s.place_at.get(j) if plural or province else None
    if place is not None and not plural and (place.level != "province" or place.from_unit):
        place = None
    return max(country, place.last - j if place is not None else 0)


@cache
def _place_kind_heads() -> frozenset[str]:
    return frozenset(fold(word).lower() for word in load_words("orgs_place_kind_heads.txt"))


def _an_event(s: Scan, k: int, width: int, head: Head) -> bool:
    """`Hội Báo toàn quốc`, `Hội khỏe Phù Đổng`: the head and the word after it name a festival or a fair."""
    j = k + width
    return s.joined(j) and (fold(head.text).lower(), fold(s.tokens.lowers[j])) in s.lex.events


def _in_a_title(s: Scan, k: int, width: int) -> bool:
    """`Phó Trưởng Ban Thường trực Ban Kinh tế …`: the head's words end a title (orgs_title_heads.txt)."""
    if not (k and s.joined(k)):
        return False
    return list_matcher("orgs_title_heads.txt", "lower").match(s.tokens.items, k - 1)[0] == width + 1


def _titled(s: Scan, k: int) -> bool:
    """Whether a head that is also a title's word (`Thường trực`) stands in a title: unless it opens a
    sentence or a line, or a lower-case word that ends no title comes right before it (`thành viên
    Thường trực Hiệp hội …`, `của Thường vụ Thành ủy`), it is one (`Phó Chủ tịch Thường trực UBND`, `,
    Thường trực Ban Bí thư`)."""
    tokens = s.tokens
    if not (k and s.joined(k)) or tokens.texts[k - 1] in _SENTENCE_ENDS:
        return False  # `Thường trực HĐND tỉnh … gồm có: …`: a sentence that opens with it names the body
    if not (tokens.is_word(k - 1) and tokens.texts[k - 1].islower()):
        return True
    return bool(list_matcher("orgs_title_stops.txt", "lower", reverse=True).ending_at(tokens.items, k)[0])


_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _inside_a_word(s: Scan, k: int, width: int) -> bool:
    """`Báo cáo`, `Vụ việc`, `Hội nghị`, `Sở hữu`, `BÁO CÁO`: a one-syllable head that makes a dictionary
    word with the lower-case syllable after it (`Bộ Tư pháp` keeps its capital)."""
    tokens, j = s.tokens, k + width
    if width != 1 or not s.joined(j) or not tokens.is_word(j):
        return False
    following = tokens.texts[j]
    if not (following.islower() or (following.isupper() and tokens.texts[k].isupper())):
        return False
    return is_word(f"{tokens.lowers[k]} {tokens.lowers[j]}")


def _site_follows(s: Scan, k: int) -> bool:
    """A web suffix glued after a dot at k (`.vn` of `Zing.vn`)."""
    tokens = s.tokens
    if k + 1 >= len(tokens) or tokens.items[k].kind != "dot" or tokens.items[k].gap != 0:
        return False
    return tokens.items[k + 1].gap == 0 and tokens.lowers[k + 1] in _web_suffixes()


@cache
def _web_suffixes() -> frozenset[str]:
    return load_words("orgs_web_suffixes.txt")


def _venue(s: Scan, k: int, width: int) -> bool:
    """`Trung tâm hội nghị biểu diễn …`: a venue's head (places_facilities.tsv) longer than the body's."""
    facility_width, facility = s.lex.facilities.match(s.tokens.items, k)
    return facility_width > width and isinstance(facility, Facility) and "venue" in facility.flags


def _ends_a_word(s: Scan, k: int, width: int) -> bool:
    """`NGHĨA VỤ`, `NHIỆM VỤ`, `CÁN BỘ` in a heading's capitals: a one-syllable head that ends a dictionary
    word with the syllable before it, written in the same capitals."""
    tokens = s.tokens
    if width != 1 or not k or not tokens.joined[k] or not tokens.is_word(k - 1):
        return False
    previous = tokens.texts[k - 1]
    if not (previous.isupper() and tokens.texts[k].isupper()):
        return False
    return is_word(f"{tokens.lowers[k - 1]} {tokens.lowers[k]}")


def _lower_head_ok(s: Scan, k: int, width: int, head: Head) -> bool:
    """A head written in lower case (`báo`, `ban`, `phòng`, `khoa`): after one of its words (`Trưởng
    ban …`, `tờ báo …`), or before a capitalised name — or, when it takes a place, a place written with its
    unit word (`công an huyện Đông Anh`) — when it makes no word with the syllable before it (`báo Thanh
    Niên`, `phòng Tài nguyên nước`; not `thông báo`, `cảnh báo`)."""
    tokens = s.tokens
    previous = tokens.texts[k - 1] if k and tokens.joined[k] else ""
    if head.after and previous in head.after:
        return True
    j = k + width
    if not head.before_capital:
        return False
    if _dash_before_parent(s, j, head):
        j += 1  # `cơ quan Cảnh sát điều tra - Công an TP. Hà Nội`: its parent body after a dash
    if not (s.joined(j) and (tokens.is_cap_word(j) or _unit_place_at(s, j, head))):
        return False
    if _bare_unit_at(s, j, head):
        return False  # `lãnh đạo công an Phường`: the unit word alone names no body of its own
    return not (previous and tokens.is_word(k - 1) and is_word(f"{previous.lower()} {tokens.lowers[k]}"))


def _unit_place_at(s: Scan, j: int, head: Head) -> bool:
    """A named place written with its unit word at j (`huyện Đông Anh`), after a head that takes a place
    (spec letter P): the unit word is lower case, but the place names the body as a capitalised name does
    (`công an huyện Đông Anh`, `công an xã Phú Cường`, `công an tỉnh Thanh Hóa`)."""
    span = s.place_at.get(j)
    if "P" not in head.spec.letters or span is None or not span.name:
        return False
    # a gazetteer place read with its unit word (`tỉnh Thanh Hóa`, `quận Hoàn Kiếm`) is not marked from_unit
    unit = s.lex.units.length(s.tokens.items, j)
    return span.from_unit or (span.first == j and bool(unit) and span.last > j + unit)


def _bare_unit_at(s: Scan, j: int, head: Head) -> bool:
    """A unit word at j with no place name after it (`Phường`, `TP`), after a head that takes a place."""
    span = s.place_at.get(j)
    named = span is not None and bool(span.name) and span.last > j + 1  # `TP.HCM`, `huyện Đông Anh`
    return "P" in head.spec.letters and bool(s.lex.units.length(s.tokens.items, j)) and not named


DASHES = frozenset({"-", "–", "—"})


def _dash_before_parent(s: Scan, j: int, head: Head) -> bool:
    """A dash at j before a capitalised word, after a head that takes its parent body (spec letter U)."""
    tokens = s.tokens
    return "U" in head.spec.letters and s.joined(j) and tokens.texts[j] in DASHES and s.joined(j + 1)


def central_at(s: Scan, k: int) -> int:
    """Tokens of `Trung ương` (`TƯ`, `T.Ư`) at k, with a following `Đảng`."""
    texts = s.tokens.texts
    for width in (3, 2, 1):
        joined = k + width <= len(texts) and all(s.joined(m) for m in range(k + 1, k + width))
        if joined and " ".join(texts[k : k + width]) in CENTRAL:
            return width + (1 if s.joined(k + width) and texts[k + width] == "Đảng" else 0)
    return 0


def acronym_at(s: Scan, k: int) -> str | None:
    """`(MTTQ)` at token k: the acronym, else None."""
    texts = s.tokens.texts
    if k + 2 < len(texts) and texts[k] == "(" and texts[k + 2] == ")" and is_acronym(texts[k + 1]):
        return texts[k + 1]
    return None
