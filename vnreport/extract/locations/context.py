"""Places written without their unit word, read from their context:

* an old district or commune name from the gazetteer after a preposition of place (`trú tại Hàng Bông`,
  `người dân ở Đồng Tâm`), in an address (`Hàng Bông, Hoàn Kiếm, Hà Nội`; `Gia Lâm (Hà Nội)`), or in
  parentheses (`cử tri Trần Văn A (Kim Mã, Tây Hồ)`);
* the names of a list after a plural unit word or facility head (`các huyện Nhà Bè, Bình Chánh, Hóc
  Môn`; `các tuyến đường Lê Thị Hồng Gấm, Hoàng Sa, Calmette`) — each is a place of that kind, and a
  street list's names are streets, not the provinces or islands they are named after;
* a street written without `đường` between a house number and the rest of its address (`số 47 Lê Văn
  Lương, quận Thanh Xuân`, `nhà số 12, Hàng Bạc (phường …)`);
* a place right after a title (`Tổng thống Pháp`) is marked as inside the title, a facility after a
  project word (`dự án cầu Bình Khánh`) as a project's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from vnreport.extract.locations.facilities import facility_name_end
from vnreport.extract.locations.lexicon import (
    Entry,
    Facility,
    Gazetteer,
    Tokens,
    Unit,
    acronym_head_trie,
    admin_cue_trie,
    delegation_trie,
    demonym_trie,
    deputy_trie,
    document_trie,
    domain_trie,
    ends_with_phrase,
    function_word_trie,
    gazetteer,
    name_heads,
    name_vocab_trie,
    not_names,
    opens_sentence,
    org_head_trie,
    part_heads,
    people_trie,
    plan_trie,
    plant_brand_trie,
    plant_head_trie,
    plant_word_trie,
    plural_trie,
    project_trie,
    team_head_trie,
    team_hiring_markers,
    team_qualifier_trie,
    title_trie,
)
from vnreport.extract.locations.spans import (
    HOME_COUNTRY,
    PlaceSpan,
    admin_level,
    ends_a_capitalised_word,
    village_number,
)
from vnreport.extract.names import starts_person
from vnreport.lexicon import list_matcher, load_rows, load_words
from vnreport.segment.dictionary import is_word
from vnreport.text import DASHES, fold

_CHAIN_MARKS = frozenset({",", "(", "-", "–"})
_ADDRESS_LEVELS = frozenset({"district", "commune", "village", "facility"})
LIST_JOINERS = frozenset({",", "và"})
_LIST_KEEPS = frozenset({",", "và", "(", ")"})
_MAX_ITEM = 5


@dataclass(slots=True)
class PendingList:
    """A plural unit word or facility head whose list is still being read."""

    kind: Unit | Facility
    last: int  # token after the list's last item
    opener: PlaceSpan | None = None  # the first place, written with the plural unit word


def enclosing(tokens: Tokens, span: PlaceSpan, places: list[PlaceSpan]) -> str | None:
    """`title` when a title ends right before the place (`Tổng thống Pháp`, `Chủ tịch nước Cộng hòa …`,
    `Trưởng thôn Hành Thiện`, a facility: `Giám đốc Khách sạn …`) or the place is where a title's holder serves
    (`Đại sứ Hàn Quốc tại Việt Nam`); `project` when a facility is a project's (`dự án Cảng hàng không quốc tế
    Long Thành`), `plan` when the text names the plan for it (`quy hoạch khu du lịch quốc gia …`)."""
    i = span.first
    if _in_a_chain_named_by_acronym(tokens, span.first, span.last) or _ends_a_name_with_acronym(tokens, span, places):
        return "name"
    if not span.from_unit and _names_a_credit(tokens, span.last):
        return "name"  # `Ảnh: Thanh Hà/TTXVN`, `Thái Bình/VOV`: a reporter's name, not the place
    if _ends_a_headed_name(tokens, span, places):
        return "name"  # `Tổng hội Xây dựng Việt Nam`, `Hãng hàng không Qatar`: a body's name, not the place
    if _ends_a_days_name(tokens, span.first):
        return "name"  # `Ngày Báo chí Cách mạng Việt Nam`: the day's name, not the country
    if _in_a_years_name(tokens, span):
        return "name"  # `Diễn đàn Doanh nghiệp Việt Nam 2017`: the yearly event's name, not the country
    if span.level in _TEAM_LEVELS and _names_a_team(tokens, span.first):
        return "name"  # `đội tuyển Đức`, `U23 Việt Nam`: the team, not the country
    if span.level in _PLANT_LEVELS and not span.from_unit and _names_a_plant(tokens, span):
        return "name"  # `Đạm Ninh Bình`, `nhà máy gang thép Lào Cai`: the plant or its product, not the province
    if span.level == "country" and ends_with_phrase(demonym_trie(), tokens, i):
        return "name"  # `thực dân Pháp`: the French rule, not France
    if span.level == "country" and span.name == HOME_COUNTRY and ends_with_phrase(people_trie(), tokens, i):
        return "name"  # `người Việt Nam định cư ở nước ngoài`: the Vietnamese people, not the country
    if span.level == "facility":
        if project_trie().ending_at(tokens.items, i)[1] is True or _listed_after_a_project(tokens, i, places):
            return "project"
        if ends_with_phrase(plan_trie(), tokens, i):
            return "plan"  # `quy hoạch khu du lịch quốc gia …`: the merge tells a project's kind from a place's
        return "title" if _after_a_title(tokens, i) else None  # `nguyên Bí thư khu Công nghệ cao …`
    if i and tokens.joined[i] and tokens.lowers[i - 1] == "nước":
        i -= 1
    if _after_a_title(tokens, i) or _title_with_domain(tokens, i):
        return "title"
    if span.level == "country" and _leader_before_a_name(tokens, span):
        return "title"
    if span.level == "country" and _owner_of_a_title(tokens, span, places):
        return "title"  # `Phó Bộ trưởng Tư pháp của Mỹ`, `Bộ chỉ huy Thái Bình Dương của Mỹ`
    if span.level == "province" and ends_with_phrase(delegation_trie(), tokens, i):
        return "title"  # `đoàn Cà Mau`: a National Assembly delegation, not the province (not `phái đoàn Nga`)
    if span.level == "province" and _after_a_deputy_word(tokens, i):
        return "title"  # `đại biểu tỉnh Quảng Ninh phát biểu`: the deputy's constituency
    previous = places[-1] if places else None
    if previous is not None and previous.inside == "title" and previous.last == i - 1 and tokens.lowers[i - 1] == "tại":
        return "title"
    if _listed_after_a_title(tokens, span, previous):
        return "listed"  # `Quốc vương Saudi Arabia, Qatar và Kuwait`: the title of each (no `tại` after it)
    if _inside_document(tokens, i) or _after_a_documents_place(tokens, i, previous):
        return "document"
    return None


def _listed_after_a_project(tokens: Tokens, i: int, places: list[PlaceSpan]) -> bool:
    """A facility at i that a `,` or `và` joins to a project's facility right before it (`các dự án như khu đô thị
    mới A và khu đô thị mới B`): an item of the same list of projects, marked as the first one is."""
    if i == 0 or not tokens.joined[i] or tokens.texts[i - 1] not in LIST_JOINERS or not places:
        return False
    previous = places[-1]
    return previous.last == i - 1 and previous.level == "facility" and previous.inside == "project"


def _owner_of_a_title(tokens: Tokens, span: PlaceSpan, places: list[PlaceSpan]) -> bool:
    """A country after `của` that ends a title (`Bộ trưởng Tư pháp của Mỹ`) or a name holding a place of its own
    (`Bộ chỉ huy Thái Bình Dương của Mỹ`): the country whose office or body it is, a word of that title or name
    as `Bộ trưởng Tư pháp Mỹ` would be, not a place named on its own."""
    k = span.first - 1  # `của`
    if k <= 0 or tokens.lowers[k] != "của" or not tokens.joined[k] or not tokens.joined[span.first]:
        return False
    if _after_a_title(tokens, k) or _title_with_domain(tokens, k):
        return True
    previous = places[-1] if places else None
    return previous is not None and previous.last == k and previous.inside in {"name", "title"}


def _names_a_credit(tokens: Tokens, k: int) -> bool:
    """The place ending before toks[k] is written against `/` and an outlet (byline_outlets.txt, as written):
    a byline's or a photo credit's author named like a place (`Thanh Hà/TTXVN`, `Thái Bình/VOV- Miền Trung`)."""
    if k + 1 >= len(tokens) or tokens.texts[k] != "/" or tokens.items[k].gap or tokens.items[k + 1].gap:
        return False
    return bool(list_matcher("byline_outlets.txt", "text").match(tokens.items, k + 1)[0])


def _after_a_title(tokens: Tokens, i: int) -> bool:
    """A title of places_title_words.txt ends right before token i (`Tổng thống Pháp`, `trưởng thôn …`), not a
    lower-case one that only ends a word with the syllable before it (`tăng trưởng`)."""
    width = title_trie().ending_at(tokens.items, i)[0]
    if not width:
        return False
    first = i - width
    if not tokens.texts[first][0].islower() or first == 0 or not tokens.joined[first]:
        return True
    return not is_word(f"{tokens.lowers[first - 1]} {tokens.lowers[first]}")


_TITLE_LIST_JOINERS = frozenset({",", "và"})
_TITLED = frozenset({"title", "listed"})


def _listed_after_a_title(tokens: Tokens, span: PlaceSpan, previous: PlaceSpan | None) -> bool:
    """`Quốc vương Saudi Arabia, Qatar và Kuwait`, `Tổng thống Nga và Pháp`: a place of the same level as the
    place inside a title right before it, joined by `và` or by a comma of a list that goes on, is the place of
    the same title for another holder (as `UBND tỉnh Tuyên Quang và Phú Thọ` names two bodies), not a place
    named on its own."""
    if previous is None or previous.inside not in _TITLED or previous.level != span.level or span.from_unit:
        return False
    if previous.last != span.first - 1 or tokens.texts[previous.last] not in _TITLE_LIST_JOINERS:
        return False
    if tokens.texts[previous.last] == "và" or previous.inside == "listed":
        return True
    # after a comma only inside a list that goes on (`Saudi Arabia, Qatar và Kuwait`), not a clause that opens
    # after the title (`Theo Bộ trưởng Quốc phòng Mỹ, Triều Tiên đang …`)
    return span.last < len(tokens) and tokens.joined[span.last] and tokens.texts[span.last] in _TITLE_LIST_JOINERS


def _leader_before_a_name(tokens: Tokens, span: PlaceSpan) -> bool:
    """`nhà lãnh đạo Triều Tiên Kim Jong-un`, `Nhà lãnh đạo tối cao Iran Ali Khamenei`: a country between a
    descriptive office (officials_country_heads.txt) and the capitalised name of its holder is a word of that
    office (samples/gold/README.md), not named on its own. Without a name after it (`lãnh đạo Việt Nam và
    Lào`) it stays a place, and so where the next capitalised word is a place (`lãnh đạo Nga, Mỹ`) or opens a
    sentence."""
    i, k = span.first, span.last
    if (
        not tokens.joined[i]
        or not list_matcher("officials_country_heads.txt", reverse=True).ending_at(tokens.items, i)[0]
    ):
        return False
    if k >= len(tokens) or not tokens.joined[k] or not tokens.is_cap_word(k) or opens_sentence(tokens, k):
        return False
    return not gazetteer().names.length(tokens.items, k)


def _after_a_deputy_word(tokens: Tokens, i: int) -> bool:
    """`đại biểu` right before token i, neither after a delegation word (`đoàn đại biểu tỉnh …`, a visiting
    delegation: places_delegation_words.txt) nor after a number (`Hội nghị có 300 đại biểu Hà Nội, Hải Phòng
    tham dự`: those counted come from the places, no deputy is named by a constituency), unless a unit word
    follows it (`3 đại biểu tỉnh Lâm Đồng đề nghị`: deputies of that constituency, places_constituency_units)."""
    width = deputy_trie().ending_at(tokens.items, i)[0]
    if not width:
        return False
    start = i - width
    if start == 0 or not tokens.joined[start]:
        return True  # nothing on its line before it
    if ends_with_phrase(delegation_trie(), tokens, start):
        return False
    counted = tokens.items[start - 1].kind == "number"
    return not counted or bool(list_matcher("places_constituency_units.txt", "lower").match(tokens.items, i)[0])


_CHAIN_REACH = 14  # tokens from a place to the acronym of the named chain it is in


def _in_a_chain_named_by_acronym(tokens: Tokens, first: int, last: int) -> bool:
    """`Tam giác phát triển Campuchia - Lào - Việt Nam (CLV)`, `… ba dòng sông A-da-oa-đi - Chao-phay-a - Mê
    Công (ACMECS)`: places joined by dashes, right before an acronym in parentheses, are the words of the
    name the acronym stands for (a cooperation mechanism, a body), not places named on their own."""
    n = len(tokens)
    dashed = first > 0 and tokens.joined[first] and tokens.texts[first - 1] in {"-", "–"}
    k = last
    while k < n and k - last < _CHAIN_REACH and tokens.joined[k]:
        text = tokens.texts[k]
        if text == "(":
            inner = tokens.texts[k + 1] if k + 2 < n else ""
            shaped = len(inner) >= 3 and inner.isalpha() and inner.isupper() and tokens.texts[k + 2] == ")"
            return dashed and shaped
        glued = tokens.items[k].gap == 0 and tokens.texts[k - 1] == "-"  # `Chao-phay-a`: one transliterated name
        if text in {"-", "–"}:
            dashed = True
        elif not tokens.is_cap_word(k) and not glued:
            return False
        k += 1
    return False


_HEADED_REACH = 8  # words from a name's head to the place that ends it (`Hội Quy hoạch phát triển đô thị Việt Nam`)


def _ends_a_headed_name(tokens: Tokens, span: PlaceSpan, places: list[PlaceSpan]) -> bool:
    """`Tổng hội Xây dựng Việt Nam`, `Báo điện tử Giáo dục Việt Nam`, `Hạm đội Biển Đen`, `BV Đa khoa tỉnh
    Hòa Bình`: a place that ends a name opened by the capitalised head of a body, an outlet or a gathering
    (places_name_heads.txt) is a word of that name (the organisation stage may not know the body), when only
    name words stand between: capitalised words (with the rest of their dictionary word: `Xây dựng`) and
    the lower-case words of an organisation's name (orgs_vocab.txt). Any other word (`Bệnh viện Bạch Mai
    chuyển bệnh nhân lên Hà Nội`), a mark or another place between, and it is not."""
    before = places[-1] if places else None
    described = False  # a lower-case word of a name stands between: a description, not a proper name
    k = span.first - 1
    while k >= 0 and span.first - k <= _HEADED_REACH and tokens.joined[k + 1]:
        if _abbreviation_link(tokens, k):
            k -= 1  # `Sở VH-TT tỉnh …`, `Sở Tài nguyên & Môi trường …`: a mark inside the domain's abbreviation
            continue
        if not tokens.is_word(k):
            return False
        if before is not None and before.first <= k < before.last:
            return False  # `Trường Sa`, an address's place: a place of its own stands between
        adjacent = k == span.first - 1
        head = _head_ending_at(tokens, k, adjacent=adjacent)
        if head is not None:
            if adjacent and _loose_head(tokens, span, head, k):
                return False
            return not (described and head in name_heads().proper)  # `Hội nghị xúc tiến đầu tư vùng …`
        if tokens.is_cap_word(k):
            k -= 1
        elif ends_a_capitalised_word(tokens, k):
            k -= 2  # `Xây dựng`, `Giáo dục`: a capitalised word of two syllables
        else:
            width = name_vocab_trie().ending_at(tokens.items, k + 1)[0]
            if not width:
                return False
            described = True
            k -= width
    return False


_LINKS = frozenset({"&", "-"})


def _abbreviation_link(tokens: Tokens, k: int) -> bool:
    """toks[k] is `&` or a tight `-` before a capitalised word of a name (`Tài nguyên & Môi trường`, `VH-TT`):
    a mark of the name's domain, not the end of the name (a spaced dash joins two names: `Hà Nội - Hải Phòng`)."""
    text = tokens.texts[k]
    if text not in _LINKS or k == 0 or not tokens.is_word(k - 1) or not tokens.is_cap(k + 1):
        return False
    return text == "&" or (tokens.items[k].gap == 0 and tokens.items[k + 1].gap == 0)


_OUTLET_HEADS = frozenset({"báo", "đài"})  # `Báo Nhật Bản đưa tin`: the country's press, not a paper's name


def _loose_head(tokens: Tokens, span: PlaceSpan, head: str, k: int) -> bool:
    """The head ending at toks[k], right before the place, is no name's head: a head of places_part_heads.txt
    capitalised only because it opens the sentence (`Trung tâm Hà Nội ngập sâu`: the centre of the city; not after
    a bracket or a colon, `(Trung tâm …)` opens a name), a bare `Báo`/`Đài` before a country (the country's
    press), not the end of a word (`nhà báo`), or a lower-case `báo` that ends a word (`thông báo Hà Nội …`). Any
    other head opening a sentence still opens a name (`Báo Nghệ An đã …`, `Bộ Tư lệnh Thái Bình Dương …`: in the
    read corpus 36 of 41 such were names)."""
    first = k - len(head.split()) + 1
    if head.lower() in _OUTLET_HEADS:
        joined = first > 0 and tokens.joined[first] and is_word(f"{tokens.lowers[first - 1]} {tokens.lowers[first]}")
        if joined and head.islower():
            return True  # `thông báo`, `cảnh báo`: the end of a word, no paper
        return span.level == "country" and not joined
    opens = first == 0 or not tokens.joined[first] or tokens.texts[first - 1] in {".", "!", "?", "…"}
    return opens and head in part_heads()


def _head_ending_at(tokens: Tokens, k: int, *, adjacent: bool) -> str | None:
    """The head of places_name_heads.txt that ends at toks[k] (`Hạm đội`, `BV`), not a longer word it starts
    (`Báo cáo`): capitalised, or, right before the place (`adjacent`), one the file writes in lower case
    (`thủy điện`; not `bệnh viện`, a capitalised head). None when none does."""
    heads = name_heads()
    for j in range(k, max(-1, k - heads.longest), -1):
        width, head = heads.trie.match(tokens.items, j)
        if not head or j + width != k + 1:
            continue
        written = " ".join(tokens.texts[j : k + 1])
        if written in heads.titled and not _heads_a_body(tokens, j):
            continue  # `các trường THPT Hà Nội`, `Lực lượng PCCC …`: a generic acronym naming a kind
        if tokens.is_cap_word(j) or (adjacent and written in heads.lower):
            return written
    return None


def _heads_a_body(tokens: Tokens, j: int) -> bool:
    """A generic acronym at j (places_name_heads.txt `^`: `THPT`, `PCCC`) heads one body's name right after a
    capitalised word (`Trường THPT`, `Cảnh sát PCCC`) or a lower-case head of its kind not made plural
    (places_acronym_heads.txt: `trường THPT`, not `các trường THPT`)."""
    if j == 0 or not tokens.joined[j]:
        return False
    if _capitalised_word_ending_at(tokens, j - 1):
        return True
    width = acronym_head_trie().ending_at(tokens.items, j, whole_words=True)[0]
    if not width or tokens.is_cap(j - width):
        return False
    k = j - width
    return k == 0 or not tokens.joined[k] or not plural_trie().ending_at(tokens.items, k)[0]


_NAME_REACH = 8  # words of a name before the place it ends in (`Hãng thông tấn trung ương Triều Tiên`)
_IN_NAMES = frozenset({"các", "những", "và"})  # function words a body's name holds (`Hiệp hội các quốc gia …`)


def _ends_a_name_with_acronym(tokens: Tokens, span: PlaceSpan, places: list[PlaceSpan]) -> bool:
    """`Tổ chức Hợp tác Thượng Hải (SCO)`, `đoàn Thể thao Việt Nam (TTVN)`, `Cơ quan hợp tác quốc tế Nhật Bản
    (JICA)`: a place that ends a name opened by a capitalised word a few words before it, the name's
    acronym right after, is a word of that name (the organisation stage may not know the body). Not when
    the acronym is the place's own (`Đồng bằng sông Cửu Long (ĐBSCL)`, `Bà Rịa - Vũng Tàu (BRVT)`), nor in a
    list of places (`… Việt Nam, Trung Quốc và Hàn Quốc (ACS)`); a place before, not listed, is a word of the
    name too (`Công ty cổ phần Chứng khoán Sài Gòn - Hà Nội (SHS)`)."""
    acronym = _acronym_after(tokens, span.last)
    if not acronym or acronym == _initials(tokens, span.first, span.last):
        return False
    before = places[-1] if places else None
    k = span.first - 1
    while k >= 0 and span.first - k <= _NAME_REACH and tokens.joined[k + 1] and tokens.is_word(k):
        lower = tokens.lowers[k]
        if lower in _PLACE_PREPOSITIONS or (lower not in _IN_NAMES and function_word_trie().match(tokens.items, k)[0]):
            return False  # `hội nghị tại Hà Nội (HN)`: where, not a name's word
        if tokens.is_cap_word(k):
            if before is None or not before.first <= k < before.last:
                return True
            if any(tokens.texts[m] in LIST_JOINERS for m in range(k, span.first)):
                return False  # `Việt Nam, Trung Quốc và Hàn Quốc (ACS)`: a list of places
        k -= 1
    return False


def _acronym_after(tokens: Tokens, last: int) -> str:
    """The acronym in parentheses right after a place (`(SCO)`, `(TTVN)`) that names no place itself (not
    `(TPHCM)`, `(ĐBSCL)`), or ""."""
    n = len(tokens)
    if last + 2 >= n or tokens.texts[last] != "(" or tokens.texts[last + 2] != ")":
        return ""
    text = tokens.texts[last + 1]
    if len(text) < 2 or not text.isalpha() or not text.isupper() or gazetteer().names.length(tokens.items, last + 1):
        return ""
    return text


def _initials(tokens: Tokens, first: int, last: int) -> str:
    """`BRVT` of `Bà Rịa - Vũng Tàu`: the first letters of a span's words, in capitals."""
    return "".join(tokens.texts[k][0] for k in range(first, last) if tokens.is_word(k)).upper()


_DAY_REACH = 6  # words of a day's name before the place it ends in
_NOT_DAY_NAMES = frozenset({"Thứ", "Chủ"})  # `ngày Thứ Hai`, `ngày Chủ nhật`: a weekday, no day's name


_NAME_WORD_SYLLABLES = 3  # syllables of a capitalised dictionary word before the place (`Bất động sản`)


def _in_a_years_name(tokens: Tokens, span: PlaceSpan) -> bool:
    """`Diễn đàn Doanh nghiệp Việt Nam 2017`, `APEC Việt Nam 2017`, `Vinh quang Việt Nam 2017`: a place between a
    capitalised word of a name (not one opening the sentence) and a year is a word of an edition's name — a
    forum, a fair, a programme. Not after a lower-case word (`bầu cử Mỹ 2016`: the country's election), nor
    before a date's year (`Việt Nam 24/6/2017`). Over the read corpus 51 fires, all read: each inside a name."""
    year, first = span.last, span.first
    if year >= len(tokens) or first == 0 or not tokens.joined[year] or not tokens.joined[first]:
        return False
    text = tokens.texts[year]
    if not (len(text) == 4 and text.isdigit() and text[:2] in {"19", "20"}):
        return False
    if _joins_a_date(tokens, year + 1):
        return False  # `2017-2018`, `2017/…`: a span or a date, not an edition
    return _capitalised_word_ending_at(tokens, first - 1)


def _joins_a_date(tokens: Tokens, k: int) -> bool:
    """tokens[k] joins the year before it to more of a span or date (`2017-2018`, `2017/18`, `2017.05`): a
    `/`, `-` or `–` written tight, or a `.` only when a digit follows it tight — a `.` ending the sentence
    (`… Nha Trang 2017.`) joins nothing."""
    if k >= len(tokens) or tokens.items[k].gap != 0:
        return False
    text = tokens.texts[k]
    if text in {"/", "-", "–"}:
        return True
    return text == "." and k + 1 < len(tokens) and tokens.items[k + 1].gap == 0 and tokens.texts[k + 1][:1].isdigit()


_TEAM_LEVELS = frozenset({"country", "province", "region"})
_PLANT_LEVELS = frozenset({"country", "province"})
_TEAM_REACH = 4  # qualifiers between a team's head and its place (`đội tuyển nữ U23 Việt Nam`)


def _names_a_team(tokens: Tokens, first: int) -> bool:
    """`đội tuyển Đức`, `tuyển nữ Kenya`, `CLB bóng đá Hà Nội`, `U23 Việt Nam`: a country, province or region right
    after a team's head (places_team_heads.txt), with at most a few qualifiers between (places_team_qualifiers.txt,
    an age group `U23`), on one line, ends the team's name: it names the team, not the place. An age group alone
    heads a team (`U23 Việt Nam thắng U23 Malaysia`). A bare `tuyển` right before the place heads a team unless
    a passive or an aspect marker comes before it (`được tuyển Nhật Bản làm việc`: hired). Walks back at most
    `_TEAM_REACH` qualifiers: linear."""
    k = first
    for _ in range(_TEAM_REACH + 1):
        if k == 0 or not tokens.joined[k]:
            return False
        if _is_age_group(tokens.texts[k - 1]):
            return True
        width = team_head_trie().ending_at(tokens.items, k)[0]
        if width:
            return width > 1 or k < first or tokens.lowers[k - 1] != _BARE_TEAM_HEAD or _opens_a_team(tokens, k - 1)
        width = team_qualifier_trie().ending_at(tokens.items, k)[0]
        if not width:
            return False
        k -= width
    return False


_BARE_TEAM_HEAD = "tuyển"


def _opens_a_team(tokens: Tokens, k: int) -> bool:
    """The bare `tuyển` at k opens a team's name (`thắng tuyển Thái Lan`, `cùng tuyển Ý`) unless a passive or an
    aspect marker before it makes it the verb to hire (`được tuyển`, `vừa tuyển`: places_team_hiring_markers.txt)."""
    return tokens.sentence_initial(k) or tokens.lowers[k - 1] not in team_hiring_markers()


_KIND_JOINERS = frozenset({",", "và", "("})
_KIND_REACH = 4  # words of the origin before the mark (`sâm Hàn Quốc, sâm Mỹ`)


def _names_a_plant(tokens: Tokens, span: PlaceSpan) -> bool:
    """`DAP Lào Cai`, `Đạm Ninh Bình`, `nhà máy gang thép Thái Nguyên`, `sâm Hàn Quốc, sâm Mỹ`: a province or a
    country right after a product (a whole word on the place's line) names the plant, the firm or the brand. A
    product of places_plant_words.txt always; a bare one of places_plant_brands.txt only capitalised (also
    opening a sentence: `Bia Sài Gòn, thương hiệu …`), after a plant's head (`nhà máy`, `công ty`, `dự án`),
    or repeated for each origin of a list of its kinds (or for a kind's other name in brackets: `sâm Ngọc Linh
    (sâm Việt Nam)`); else the place is its market or origin (`giá xi măng Trung Quốc`). A few tokens read:
    constant per place."""
    first = span.first
    if first == 0 or not tokens.joined[first]:
        return False
    if plant_word_trie().ending_at(tokens.items, first, whole_words=True)[0]:
        return True
    width = plant_brand_trie().ending_at(tokens.items, first, whole_words=True)[0]
    if not width:
        return False
    p = first - width
    if tokens.is_cap_word(p):
        return True  # `Đạm Ninh Bình`, `(Sâm Việt Nam)`, `Bia Sài Gòn`, also opening a sentence or a headline
    if p > 0 and tokens.joined[p] and plant_head_trie().ending_at(tokens.items, p, whole_words=True)[0]:
        return True  # `nhà máy đạm Ninh Bình`
    product = tokens.lowers[p:first]
    k = span.last
    if (
        k + width < len(tokens)
        and tokens.texts[k] in LIST_JOINERS
        and all(tokens.joined[k : k + 1 + width])  # on the place's line, as the backward reading
        and tokens.lowers[k + 1 : k + 1 + width] == product
    ):
        return True  # `sâm Hàn Quốc, sâm Mỹ`: the first of the kinds
    if p == 0 or not tokens.joined[p] or tokens.texts[p - 1] not in _KIND_JOINERS:
        return False
    # `…, sâm Nga, sâm Canada`, `sâm Ngọc Linh (sâm Việt Nam)`: the same product a few words before the mark
    k = p - 1
    for _ in range(_KIND_REACH):
        if k - 1 - width < 0 or not tokens.joined[k] or not tokens.is_word(k - 1):
            return False
        if tokens.lowers[k - 1 - width : k - 1] == product:
            return True
        k -= 1
    return False


def _is_age_group(text: str) -> bool:
    """`U23`, `U19`: `U` and a two-digit age."""
    return len(text) == 3 and text[0] == "U" and text[1:].isdigit()


def _capitalised_word_ending_at(tokens: Tokens, k: int) -> bool:
    """tokens[k] ends a capitalised word of a name: a capitalised syllable, or the last of a dictionary word of
    up to three syllables whose first is capitalised (`Vinh quang`, `Bất động sản`), not opening the sentence."""
    for m in range(k, max(-1, k - _NAME_WORD_SYLLABLES), -1):
        if not tokens.is_word(m) or (m < k and not tokens.joined[m + 1]):
            return False
        if tokens.is_cap_word(m):
            written = " ".join(tokens.texts[m : k + 1])
            return not tokens.sentence_initial(m) and (m == k or is_word(written))
    return False


def _ends_a_days_name(tokens: Tokens, first: int) -> bool:
    """`Ngày Báo chí Cách mạng Việt Nam`, `ngày Doanh nhân Việt Nam`: a capitalised name after `ngày`, on one
    line and without a function word, ending in the place (not `ngày Việt Nam gia nhập …`, `ngày Nhật đảo
    chính Pháp`: the day a country did something)."""
    k = first - 1
    while k > 0 and first - k < _DAY_REACH and tokens.joined[k + 1] and tokens.is_word(k):
        lower = tokens.lowers[k]
        if function_word_trie().match(tokens.items, k)[0] or lower in _PLACE_PREPOSITIONS or lower == "và":
            return False
        if tokens.lowers[k - 1] == "ngày" and tokens.joined[k] and tokens.is_cap_word(k):
            return tokens.texts[k] not in _NOT_DAY_NAMES and not gazetteer().names.length(tokens.items, k)
        k -= 1
    return False


_DOCUMENT_REACH = 10  # words between a document's kind and a place of its name (`Hiệp định Đối tác xuyên …`)
_DOCUMENT_JOINERS = frozenset({"và", ",", "nước", "-", "–"})


def _title_with_domain(tokens: Tokens, i: int) -> bool:
    """`Bộ trưởng Thương mại New Zealand`, `Bộ trưởng Quốc phòng Mỹ`: a title and its domain right before."""
    width = domain_trie().ending_at(tokens.items, i)[0]
    return bool(width) and tokens.is_cap(i - width) and ends_with_phrase(title_trie(), tokens, i - width)


def _inside_document(tokens: Tokens, i: int) -> bool:
    """`Thỏa thuận Paris`, `Bản tuyên bố Cairo`, `Hiệp định Đối tác xuyên Thái Bình Dương`, `Sách Đỏ Việt
    Nam`: a place within a few words after a document's kind (places_document_words.txt), on one line and
    with no punctuation between; right after a kind written in lower case (`thỏa thuận Minsk`)."""
    k = i
    while k > 0 and i - k < _DOCUMENT_REACH and tokens.joined[k] and tokens.is_word(k - 1):
        k -= 1
        if tokens.texts[k] in _PLACE_PREPOSITIONS:
            return False  # `Hiệp định được ký kết tại Hà Nội`: where it was signed, not its name
        width = document_trie().match(tokens.items, k)[0]
        if width and k + width <= i:
            if tokens.texts[k][0].islower():
                return k + width == i  # `các thỏa thuận Minsk`; not `ký thỏa thuận hợp tác với Nhật Bản`
            verb = tokens.sentence_initial(k) and function_word_trie().match(tokens.items, k + width)[0]
            return not verb  # `Tuyên bố tại Hà Nội, …`: the verb that opens a sentence, no document
    return False


def _after_a_documents_place(tokens: Tokens, i: int, previous: PlaceSpan | None) -> bool:
    """`Hiệp ước … giữa nước A và nước B`: the next place of a document's name, after `và`/`nước`."""
    if previous is None or previous.inside != "document" or previous.last >= i:
        return False
    if all(tokens.texts[k] in _DOCUMENT_JOINERS for k in range(previous.last, i)) and i - previous.last <= 3:
        return True
    return _in_documents_subject(tokens, previous.last, i)


_SUBJECT_REACH = 16  # words of a document's subject before a place in it
_PLACE_PREPOSITIONS = frozenset({"tại", "ở", "sang", "đến", "tới", "từ", "trên"})


def _in_documents_subject(tokens: Tokens, k: int, i: int) -> bool:
    """`Hiệp ước … giữa nước A và nước B về việc sửa đổi điểm khởi đầu của đường biên giới quốc gia A - B`:
    a place in the subject (`về …`, lower-case words on, no punctuation, no preposition of place) that
    follows a place of the document's name is the name's too."""
    if tokens.texts[k] != "về" or i - k > _SUBJECT_REACH:
        return False
    for m in range(k + 1, i):
        text = tokens.texts[m]
        if not tokens.joined[m] or not tokens.is_word(m) or not text.islower() or text in _PLACE_PREPOSITIONS:
            return False
    return True


def admin_in_context(tokens: Tokens, i: int, gaz: Gazetteer, places: list[PlaceSpan]) -> PlaceSpan | None:
    """An old district or commune name without its unit word, where the context makes it a place."""
    if not tokens.is_cap_word(i) or not gaz.admin_names.starts(tokens.items[i]):
        return None
    width = gaz.admin_names.length(tokens.items, i)
    if width < 2 or not all(tokens.is_cap_word(k) for k in range(i, i + width)):
        return None
    last = i + width
    n = len(tokens)
    if (i and tokens.joined[i] and tokens.is_cap_word(i - 1)) or (
        last < n and tokens.joined[last] and tokens.is_cap_word(last)
    ):
        return None  # inside a longer name
    if tokens.texts[i] in not_names() or _second_end(tokens, i):
        return None
    if not (
        ends_with_phrase(admin_cue_trie(), tokens, i)
        or _before_a_province(tokens, last, gaz)
        or _after_an_address_part(tokens, i, places)
        or _in_parentheses(tokens, i, last, gaz)
    ):
        return None
    name = fold(tokens.view[tokens.starts[i] : tokens.ends[last - 1]])
    return _admin_span(tokens, i, last, name, gaz.admin_by_name.get(name, []))


def _second_end(tokens: Tokens, i: int) -> bool:
    """`tuyến metro Bến Thành - Suối Tiên (Q.9)`, `vành đai 3 Tân Vạn - Nhơn Trạch`, `khu công nghiệp Song
    Khê - Nội Hoàng`: a name after a dash and a capitalised word is the second end of a route or a name,
    not an address's commune (dev..dev10 and a corpus sample: 3 of 3 such readings wrong)."""
    if i < 2 or tokens.texts[i - 1] not in _DASH_MARKS:
        return False
    return tokens.joined[i] and tokens.joined[i - 1] and tokens.is_cap_word(i - 2)


_DASH_MARKS = frozenset({"-", "–"})


def _admin_span(tokens: Tokens, i: int, last: int, name: str, entries: list[Entry]) -> PlaceSpan:
    provinces = tuple(dict.fromkeys(e.province for e in entries if e.province))
    units = {e.name[: len(e.name) - len(name) - 1] for e in entries}
    canonical = f"{next(iter(units))} {name}" if len(units) == 1 else name
    level = "district" if any(e.level == "district" for e in entries) else "commune"
    return PlaceSpan(
        tokens.starts[i],
        tokens.ends[last - 1],
        i,
        last,
        canonical,
        level,
        provinces[0] if len(provinces) == 1 else None,
        historical=bool(entries) and all(e.historical for e in entries),
        candidates=provinces,
        from_unit=True,
        bare_name=name.lower(),
        by_context=True,
    )


def _before_a_province(tokens: Tokens, last: int, gaz: Gazetteer) -> bool:
    """`Gia Lâm, Hà Nội`; `Phong Điền (Cần Thơ)`; `Kim Thành, tỉnh Hải Dương`."""
    k = last
    if not (k + 1 < len(tokens) and tokens.texts[k] in _CHAIN_MARKS and tokens.joined[k + 1]):
        return False
    width, entry = gaz.names.match(tokens.items, k + 1)
    if width and isinstance(entry, Entry) and entry.level == "province" and "after_unit" not in entry.flags:
        return True
    _, unit = gaz.units.match(tokens.items, k + 1)
    return isinstance(unit, Unit) and unit.level in {"province", "district"}


def _after_an_address_part(tokens: Tokens, i: int, places: list[PlaceSpan]) -> bool:
    """`Hàng Bông, Hoàn Kiếm`: right after a lower unit of an address and a comma."""
    if not places or i < 2 or tokens.texts[i - 1] not in {",", "("}:
        return False
    previous = places[-1]
    return previous.last == i - 1 and previous.level in _ADDRESS_LEVELS


def _in_parentheses(tokens: Tokens, i: int, last: int, gaz: Gazetteer) -> bool:
    """`(Tây Hồ)`, `(Kim Mã, Tây Hồ)`: parentheses that hold only such names."""
    if i == 0 or tokens.texts[i - 1] not in {"(", ","}:
        return False
    if tokens.texts[i - 1] == "," and not (i > 2 and tokens.texts[i - 3 : i - 1].count("(")):
        return False
    after = tokens.texts[last] if last < len(tokens) else ""
    if after == ")":
        return True
    return after == "," and gaz.admin_names.length(tokens.items, last + 1) >= 2


# --- a street in an address ----------------------------------------------------------------------------


class CountBlockerRow(NamedTuple):
    """A row of places_count_blockers.tsv: a word before a number that makes it no count of places."""

    word: str
    role: str  # house, time, lot


@cache
def _count_blockers() -> dict[str, str]:
    """places_count_blockers.tsv, lower case: word → role."""
    return {row.word.lower(): row.role for row in load_rows("places_count_blockers.tsv", CountBlockerRow)}


@cache
def _house_words() -> frozenset[str]:
    """The words before a house's number (`số 5`, `nhà 12`)."""
    return frozenset(word for word, role in _count_blockers().items() if role == "house")


_ADDRESS_UNIT_LEVELS = frozenset({"province", "district", "commune"})


def after_house_number(tokens: Tokens, i: int) -> bool:
    """Token i follows a house number (`số 47`, `số 12,`, `số 138A`): the cheap test of `street_in_address`."""
    return _house_word(tokens, i) >= 0


def _house_word(tokens: Tokens, i: int) -> int:
    """The index of the `số`/`nhà` of a house number right before token i, else -1; of the number itself when
    an address opens with it after a preposition, a parenthesis or a joiner (`(52B Trần Hưng Đạo, P.5, Q.1)`, `và
    40 Nguyễn Thái Học (P.Điện Biên …`: `street_in_address` reads the street only when its ward or district follows,
    so `tại 25 Kim Mã bị phạt` names no place)."""
    k = i - 1 if i and tokens.texts[i - 1] != "," else i - 2
    if k >= 2 and len(tokens.texts[k]) == 1 and tokens.items[k].gap == 0 and tokens.texts[k - 1][-1:].isdigit():
        k -= 1  # `138A`: the number's letter, glued to it
    if k < 1 or not tokens.texts[k][:1].isdigit():
        return -1
    if tokens.lowers[k - 1] in _house_words():
        return k - 1
    bare = k == i - 1 and tokens.texts[k].isdigit() and tokens.texts[k - 1] in _BARE_HOUSE_BEFORE
    return k if bare or (k == i - 2 and tokens.texts[k - 1] in _BARE_HOUSE_BEFORE and _glued_letter(tokens, k)) else -1


_BARE_HOUSE_BEFORE = frozenset({"tại", "ở", "(", "và", ","})  # what an address opens after, its number first


def _glued_letter(tokens: Tokens, k: int) -> bool:
    """`167A`: the house number at k has one capital letter glued to it."""
    letter = tokens.texts[k + 1]
    return tokens.texts[k].isdigit() and len(letter) == 1 and letter.isupper() and tokens.items[k + 1].gap == 0


_HEAD_REACH = 4  # words of a unit's, facility's or school's head before its number


def _numbered_unit(tokens: Tokens, k: int, gaz: Gazetteer) -> bool:
    """A unit word (places_units.tsv: `tổ dân phố`, `thôn`, `ấp`), a facility's head (places_facilities.tsv)
    or a school's (officials_school_heads.txt: `Trường Tiểu học`) ends right before the `số` at toks[k]: the
    number is the unit's, the facility's or the school's (`tổ dân phố số 3 Phú Lãm`), no house's."""
    if list_matcher("officials_school_heads.txt", reverse=True).ending_at(tokens.items, k)[0]:
        return True
    for j in range(max(0, k - _HEAD_REACH), k):
        if gaz.units.match(tokens.items, j)[0] == k - j or gaz.facilities.match(tokens.items, j)[0] == k - j:
            return True
    return False


def street_in_address(tokens: Tokens, i: int, gaz: Gazetteer) -> PlaceSpan | None:
    """`số 47 Lê Văn Lương, quận Thanh Xuân`, `nhà số 12, Hàng Bạc (phường …)`: capitalised words between a
    house number and the commune, district or city of its address are the street's name, whatever else
    the name could be (a person's, a commune's). Written as in the text; `đường` is its head."""
    if not tokens.is_cap_word(i) or len(tokens.texts[i]) == 1:
        return None
    house = _house_word(tokens, i)
    if house < 0 or _numbered_unit(tokens, house, gaz):
        return None
    if tokens.texts[house][:1].isdigit() and org_head_trie().match(tokens.items, i)[0]:
        return None  # `ở 3 Bộ Công Thương, tỉnh …`: a count of bodies, no house number of a street
    last = i + 1
    while last < len(tokens) and last - i < _MAX_ITEM and tokens.joined[last] and tokens.is_cap_word(last):
        last += 1  # every capitalised word: a street may bear a person's whole name (`Lê Văn Lương`)
    if last + 1 >= len(tokens) or tokens.texts[last] not in {",", "("}:
        return None
    _, unit = gaz.units.match(tokens.items, last + 1)
    if not isinstance(unit, Unit) or unit.level not in _ADDRESS_UNIT_LEVELS:
        return None
    return _facility_span(tokens, i, last, "đường")


def _facility_span(tokens: Tokens, i: int, last: int, word: str) -> PlaceSpan:
    """The facility named by tokens [i, last), under its head `word` (`đường Kim Mã`)."""
    written = fold(tokens.view[tokens.starts[i] : tokens.ends[last - 1]])
    return PlaceSpan(
        tokens.starts[i],
        tokens.ends[last - 1],
        i,
        last,
        f"{word} {written}",
        "facility",
        None,
        from_unit=True,
        bare_name=written.lower(),
    )


# --- the streets of a crossing ----------------------------------------------------------------------


def crossing_streets(tokens: Tokens, span: PlaceSpan, head: Facility, gaz: Gazetteer) -> list[PlaceSpan]:
    """The streets that meet at a crossing named after them, joined by spaced dashes (`vòng xoay Lê Văn Sỹ -
    Trần Quang Diệu`, `góc đường Lê Duẩn – Pasteur`): each is a place of its own, written bare. A crossing head
    has the flag `crossing`; a street's head counts after a word of places_crossing_words.txt (`góc`), as
    `đường A - B` alone is one road named after its ends. An unspaced dash joins one name (`Trường Sơn-Tân Sơn
    Nhất`), and every street is capitalised words only (not `Ngã tư Bảy Hiền – cầu Sài Gòn`, a route between
    two facilities)."""
    if "crossing" not in head.flags:
        before = span.first - 1
        if before < 0 or "street" not in head.flags or tokens.lowers[before] not in load_words(_CROSSING_WORDS):
            return []
    first = span.first + gaz.facilities.length(tokens.items, span.first)
    parts: list[tuple[int, int]] = []
    # a crossing's streets are its own words: none runs on past its name (`ngã tư A - B - Xô Viết| Nghệ Tĩnh`); a
    # street's head after `góc` was read as one street, the others follow it
    end = min(len(tokens), span.last) if "crossing" in head.flags else len(tokens)
    while len(parts) < _MAX_ITEM and first < end:
        last = first
        while last < end and last - first < _MAX_ITEM and tokens.joined[last] and tokens.is_cap_word(last):
            last += 1
        if last == first:
            return []  # `Ngã tư Bảy Hiền – cầu Sài Gòn`: a facility after the dash, no street's name
        parts.append((first, last))
        if not (last < end and tokens.texts[last] in DASHES and _spaced(tokens, last)):
            break
        first = last + 1
    return [_facility_span(tokens, a, b, "đường") for a, b in parts] if len(parts) > 1 else []


_CROSSING_WORDS = "places_crossing_words.txt"


def _spaced(tokens: Tokens, m: int) -> bool:
    return m + 1 < len(tokens) and tokens.items[m].gap > 0 and tokens.items[m + 1].gap > 0


# --- lists after a plural -------------------------------------------------------------------------


def opens_list(tokens: Tokens, span: PlaceSpan, kind: Unit | Facility | None) -> PendingList | None:
    """A list starts when the unit word or head is plural: `các huyện`, `các tuyến đường`, `3 huyện`."""
    if kind is None:
        return None
    counted = isinstance(kind, Unit) and _counted(tokens, span.first)  # a number before a road is its house's
    if not (counted or ends_with_phrase(plural_trie(), tokens, span.first)):
        return None
    return PendingList(kind, span.last, span)


# a count of places is small: `3 huyện`, `12 xã`; a larger number before a unit word is a house's or a code
_MAX_COUNT = 99
# the marks after which the count opens a clause (`Ở 2 xã …`, `…: 3 huyện …`), where its word may be capitalised
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";"})


def _counted(tokens: Tokens, k: int) -> bool:
    """`3 huyện A, B và C`, `tại 2 xã A và B`: a count of two or more in digits before the unit word makes it
    plural as `các` does; not the number of an address part (`tổ 3 xã A`, `số 5 phường B`): the word before
    the count is then a unit word, a facility's head, a capitalised word or a word of places_count_blockers.tsv
    (a house's, a day's or month's, a lot's number: `số 5`, `Trong tháng 3 huyện A và B`, `Sáng 15 xã A và B`,
    `tại lô 12 phường A và B`)."""
    if k < 1 or not tokens.joined[k] or not tokens.texts[k - 1].isdigit():
        return False
    digits = tokens.texts[k - 1]
    if digits[0] == "0" or not 2 <= int(digits) <= _MAX_COUNT:
        return False
    m = k - 2  # the word before the count
    if m < 0 or not tokens.joined[m + 1]:
        return True  # the count opens the sentence or the line
    opening = m == 0 or not tokens.joined[m] or tokens.texts[m - 1] in _SENTENCE_ENDS  # `Ở 2 xã …`
    return (
        tokens.items[m].kind == "word"
        and (opening or tokens.texts[m] == tokens.lowers[m])
        and tokens.lowers[m] not in _count_blockers()
        and not _numbered_unit(tokens, k - 1, gazetteer())
    )


def keeps_list(tokens: Tokens, pending: PendingList, i: int) -> bool:
    """Whether token i still belongs between two names of the list (`,`, `và`, a parenthesis)."""
    return tokens.texts[i] in _LIST_KEEPS and i == pending.last


def list_item(tokens: Tokens, i: int, pending: PendingList, gaz: Gazetteer) -> PlaceSpan | None:
    """The next name of a plural list at token i (after a joiner), as a place of the list's kind."""
    if i == 0 or tokens.texts[i - 1] not in LIST_JOINERS or not tokens.is_cap_word(i):
        return None
    admin = gaz.admin_names.length(tokens.items, i)
    kind = pending.kind
    if tokens.texts[i] in not_names() or gaz.facilities.length(tokens.items, i):
        return None
    if isinstance(kind, Unit) and gaz.names.length(tokens.items, i):
        return None  # a known name (`Hà Giang` after `các tỉnh Yên Bái,`) is read as itself; a street's is not
    if 0 < gaz.units.length(tokens.items, i) >= admin:
        return None  # a unit word of its own: `xã Hạ Sơn` after the list
    if isinstance(kind, Facility):
        last = facility_name_end(tokens, i, kind, gaz)
        if last <= i:
            return None
        return _facility_span(tokens, i, last, kind.word)
    last = i + admin if admin else _capitalised_end(tokens, i)
    if last <= i or starts_person(tokens.items, i, minimum=3):
        return None
    last = village_number(tokens, last, kind)  # `các thôn Kim Sơn và Cư Chánh 1`
    name = fold(tokens.view[tokens.starts[i] : tokens.ends[last - 1]])
    entries = gaz.admin.get((kind.word, name), [])
    provinces = tuple(dict.fromkeys(e.province for e in entries if e.province))
    return PlaceSpan(
        tokens.starts[i],
        tokens.ends[last - 1],
        i,
        last,
        f"{kind.word} {name}",
        entries[0].level if entries else admin_level(kind),
        provinces[0] if len(provinces) == 1 else None,
        historical=admin_level(kind) == "district" or (bool(entries) and all(e.historical for e in entries)),
        candidates=provinces,
        from_unit=True,
    )


def _capitalised_end(tokens: Tokens, i: int) -> int:
    k = i
    while k < len(tokens) and k - i < _MAX_ITEM and (k == i or tokens.joined[k]) and tokens.is_cap_word(k):
        if k > i and tokens.texts[k] in not_names():
            break
        k += 1
    return k
