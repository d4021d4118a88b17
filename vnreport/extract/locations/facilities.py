"""Existing facilities: a head from `places_facilities.tsv` and the name that follows it — `chùa Một Cột`,
`cầu Long Biên`, `sông Hồng`, `quốc lộ 1A`, `QL1A`, `Khu công nghiệp Phú Mỹ 1`, `Hội trường Thành ủy Nha
Trang`, `Nhà văn hóa thôn Hoành`.

A head is not one inside a dictionary word (`gia đình`, `Chính phủ`, `yêu cầu`; `tuyến đường` and the
other words of `places_facility_before.txt` are allowed), nor capitalised right after a capitalised word
(`Nguyễn Đình Hùng`) or where the words form a known place (`Cầu Giấy`, `Chợ Mới`). The name is a known
place name (`Long Biên`), else capitalised words (a word the segmenter joins to them included: `Thành
ủy`), and may end in a number or code (`Mỹ Xuân A`, `Hòa Bình 6`); a road head takes a number or code.
"""

from __future__ import annotations

from vnreport.extract.locations.lexicon import (
    NOT_A_PLACE,
    Entry,
    Facility,
    Gazetteer,
    Tokens,
    Unit,
    facility_before,
    facility_eponyms,
    facility_not_after,
    function_word_trie,
    gazetteer,
    name_side_trie,
    not_names,
    opens_sentence,
    particle_name,
    quantity_units,
    venue_bodies,
)
from vnreport.extract.locations.spans import PlaceSpan, unit_place
from vnreport.extract.names import anchor_matcher, capitalised_run, starts_person, surnames
from vnreport.lexicon import list_matcher, load_words
from vnreport.segment.dictionary import is_word
from vnreport.text import DASHES, fold

_MAX_NAME = 6  # tokens of a facility's name (`Trung tâm Hội nghị biểu diễn TP Hải Phòng`)
_CODE_MAX = 3  # `A`, `B1`, `1A`: a code after a name or number


def facility_place(tokens: Tokens, i: int, gaz: Gazetteer) -> PlaceSpan | None:
    """The facility whose head starts at token i, or None."""
    if not gaz.facilities.starts(tokens.items[i]):
        return None
    width, facility = gaz.facilities.match(tokens.items, i)
    if not width or not isinstance(facility, Facility) or not _head_ok(tokens, i, width, facility, gaz):
        return None
    j = i + width
    last, name_entry = _name_end(tokens, j, facility, gaz)
    if last <= j and "venue" in facility.flags and tokens.is_cap(i):
        last = _qualified_venue(tokens, j, gaz)  # `Trung tâm Hội nghị tỉnh`, `Cung Văn hóa thiếu nhi tỉnh`
    proper = "venue" in facility.flags and tokens.is_cap(i)  # `Trung tâm Triển lãm Việt Nam`: a proper name
    if last <= j or (name_entry is not None and not proper and _generic(name_entry, facility)):
        return None  # `qua cửa khẩu Việt Nam`: the country's border gates, no one facility
    if "noarea" in facility.flags and _area_entry(name_entry):
        return None  # `giá điện Hà Nội`: the province's electricity, the province the place
    if "proper" in facility.flags and not _proper_name(tokens, j, last, name_entry):
        return None  # `khu A`, `khu Đông`, `khu Liên hợp …`, `khu Sài Gòn`: a block, a side, a kind, the city
    if "venue" not in facility.flags and _common_name(tokens, j, last) and not _body_or_title(tokens, j, last):
        return None  # `con đường Nghệ thuật`, `nhà tù Đế quốc`, `Công viên Địa chất`: a kind, no name
    if ("street" in facility.flags or "lower" in facility.flags) and _street_acronym(tokens, j, last):
        return None  # `con đường XHCN`, `xe buýt điện EV`: an abbreviated word after a lower-case head, no name
    if list_matcher("places_generic_names.txt", "text").match(tokens.items, j)[0] == last - j:
        return None  # `nhà thờ Hồi giáo`: a mosque, no one place
    if _housed_name(tokens, i, last, gaz):
        return None  # `điện Kremlin cho biết`: the body its building names (places_gazetteer.tsv, `housed`)
    span = _span(tokens, i, j, last, facility, name_entry, gaz)
    span.eponym = "eponym" in facility.flags and _titled_person_end(tokens, j, gaz) == last > j
    return span


def _housed_name(tokens: Tokens, i: int, last: int, gaz: Gazetteer) -> bool:
    """The whole facility is a building of the gazetteer that also names the body it houses (`điện Kremlin`,
    flag `housed`): the gazetteer's reading decides where it is a place (`tại điện Kremlin`), not the head."""
    width, entry = gaz.names.match(tokens.items, i)
    return i + width == last and isinstance(entry, Entry) and "housed" in entry.flags


_PROPER_WORDS = 2  # syllables of an area's proper name at least (`Trung Sơn`; not `Đông`, `Depot`)
_AREA_LEVELS = frozenset({"country", "region", "province"})


def _proper_name(tokens: Tokens, j: int, last: int, entry: Entry | None) -> bool:
    """A bare area head's name (`khu Trung Sơn`, `khu Mễ Trì`) is a proper name: every syllable
    capitalised (not `Liên hợp`) and of two syllables at least (not `khu Đông`, a side), no acronym or
    code (`khu ATK`, `khu B`), nor a province, region or country (`khu Sài Gòn` is the city's area: the
    city is the place)."""
    if entry is not None and entry.level in _AREA_LEVELS:
        return False
    if _is_code(tokens, j) or (tokens.texts[j].isupper() and len(tokens.texts[j]) > 1):
        return False
    if last - j < _PROPER_WORDS:
        return False  # `khu Đông`, `khu Depot`: a side, a common word
    return all(tokens.is_cap(k) for k in range(j, last) if tokens.is_word(k))


def _generic(entry: Entry, facility: Facility) -> bool:
    """A country's name after a built facility's head describes, it does not name (`cảng Việt Nam`, `cửa
    khẩu Việt Nam`); after a natural feature's it names (`vịnh Oman`, `quần đảo Nhật Bản`), but not after
    the head of one feature of many (`biển, đảo Việt Nam`: the country's islands)."""
    if entry.level != "country" or "strict" in entry.flags:
        return False  # `sông Hàn` is the river, not Korea
    return "natural" not in facility.flags or "single" in facility.flags


# a known area (places_gazetteer.tsv) after a head that is a common word too (flag `noarea`) is the area's
_NOAREA_LEVELS = frozenset({"country", "region", "province", "district"})


def _area_entry(entry: Entry | None) -> bool:
    """The name after the head is a known area: a country, region, province or district, or a town of
    Vietnam the gazetteer lists with its province (`Đà Lạt`). Not the old districts and wards of the
    administrative mapping alone: palaces bear their names too (`điện Thái Hòa`)."""
    if entry is None:
        return False
    return entry.level in _NOAREA_LEVELS or (entry.level == "other" and entry.province is not None)


def glued_road(tokens: Tokens, i: int, gaz: Gazetteer) -> PlaceSpan | None:
    """`QL1A`, `ĐT741`: a road head written against its number, as one token."""
    text = tokens.texts[i]
    if len(text) < 3 or (not text[-1].isdigit() and not text[-2].isdigit()):
        return None  # the cheap test first: every word token is asked
    split = _glued_number(text)
    facility = gaz.glued.get(text[:split]) if split else None
    if facility is None:
        return None
    name = f"{facility.word} {text[split:]}"
    return PlaceSpan(tokens.starts[i], tokens.ends[i], i, i + 1, name, "facility", None, from_unit=True)


def _glued_number(text: str) -> int:
    """Where the number starts in `QL1A` (2), or 0 when the token is not letters then digits."""
    k = 0
    while k < len(text) and text[k].isalpha() and text[k].isupper():
        k += 1
    rest = text[k:]
    digits = len(rest) - len(rest.lstrip("0123456789"))
    return k if 1 <= k <= 3 and digits and len(rest) - digits <= 1 else 0


def _head_ok(tokens: Tokens, i: int, width: int, facility: Facility, gaz: Gazetteer) -> bool:
    text = tokens.texts[i]
    if facility.acronym:
        return text.isupper()
    joined = i > 0 and tokens.joined[i]
    previous = tokens.texts[i - 1] if joined else ""
    if tokens.is_cap(i):
        if "lower" in facility.flags or text.isupper():
            return False  # `Hồ Chí Minh`; a heading's capitals
        if previous and tokens.is_cap_word(i - 1) and previous not in not_names():
            return False  # `Nguyễn Đình Hùng`, `Chính Phủ` (not `Tại Hội trường …`)
        if gaz.admin_names.length(tokens.items, i) > width or _known_name(tokens, i, gaz) > width:
            return False  # `Cầu Giấy`, `Chợ Mới`: a district, not a bridge or a market
    elif previous and tokens.is_word(i - 1) and previous.lower() not in facility_before():
        before = previous.lower()
        head = " ".join(tokens.lowers[i : i + width])
        pair = width == 1 and is_word(f"{before} {tokens.lowers[i]}")  # `tại nhà` ends before `nhà văn hóa`
        if before in facility_not_after() or pair or is_word(f"{before} {head}"):
            return False  # `gia đình`, `yêu cầu`, `chính phủ`, `tàu sân bay`; `điểm cầu` (of a video conference)
    return True


def _known_name(tokens: Tokens, k: int, gaz: Gazetteer) -> int:
    """Tokens of a gazetteer name at k (not one of the not-a-place phrases)."""
    width, entry = gaz.names.match(tokens.items, k)
    if not width or not isinstance(entry, Entry) or entry == NOT_A_PLACE or "after_unit" in entry.flags:
        return 0
    return width


def facility_name_end(tokens: Tokens, j: int, facility: Facility, gaz: Gazetteer) -> int:
    """End of a facility's name read at j without its head (a later name of a list: `Hoàng Sa`)."""
    return _name_end(tokens, j, facility, gaz)[0]


def _name_end(tokens: Tokens, j: int, facility: Facility, gaz: Gazetteer) -> tuple[int, Entry | None]:
    """(end, gazetteer entry of the name when it is a known place) of the name after a head at j; with
    the flag `chain`, names joined by dashes (`Hà Nội - Hải Phòng`) are one."""
    last, entry = _one_name_end(tokens, j, facility, gaz)
    if "chain" not in facility.flags or last <= j:
        return last, entry
    n = len(tokens)
    while last + 1 < n and tokens.texts[last] in DASHES and tokens.joined[last + 1] and tokens.is_cap_word(last + 1):
        following, _ = _one_name_end(tokens, last + 1, facility, gaz)
        if following <= last + 1:
            break
        last, entry = following, None
    if last < n and tokens.joined[last] and (side := name_side_trie().match(tokens.items, last)[0]):
        last, entry = last + side, None  # `cao tốc Bắc - Nam phía Đông`
    return last, entry


def _one_name_end(tokens: Tokens, j: int, facility: Facility, gaz: Gazetteer) -> tuple[int, Entry | None]:
    n = len(tokens)
    if j >= n or not tokens.joined[j]:
        return j, None
    if facility.follows in {"number", "either"}:
        k = j + 1 if tokens.lowers[j] == "số" and j + 1 < n and tokens.joined[j + 1] else j
        if tokens.items[k].kind == "number" and tokens.texts[k].isalnum():
            if _quantity_at(tokens, k):
                return j, None  # `mặt đường 12m`, `quãng đường 933 km`: a width, a distance, no road
            return _code_end(tokens, k + 1), None  # `quốc lộ 1A`, `đường số 3`, `tiểu khu 153` (not `khổ đường 1.435`)
    if "dated" in facility.flags and _day_month(tokens.texts[j]) and tokens.items[j].kind in {"date", "number"}:
        return j + 1, None  # `Công viên 23/9`, `đường 3/2`: named after the day it commemorates
    if "seat" in facility.flags:
        return _venue_body(tokens, j, gaz), None  # `trụ sở Chính phủ`, not `trụ sở làm việc`, `trụ sở xã …`
    if "venue" in facility.flags:
        body = _venue_body(tokens, j, gaz)
        if body > j:
            return body, None  # `Hội trường Tỉnh ủy`, `Hội trường UBND huyện Mỹ Đức`
    if "venue" in facility.flags and _address_number(tokens, j):
        return _run_end(tokens, j + 1, facility, gaz), None  # `Trung tâm Hội nghị 37 Hùng Vương`
    if "venue" in facility.flags and gaz.units.length(tokens.items, j):
        place = unit_place(tokens, j, gaz)  # `Nhà văn hóa thôn Hoành`
        return (place.last, None) if place is not None and place.name else (j, None)
    if "venue" in facility.flags and not tokens.is_cap(j):
        return _venue_of_place(tokens, j, gaz), None  # `Trung tâm hội nghị biểu diễn TP.Hải Phòng`
    eponym = facility_eponyms().match(tokens.items, j)[0] if facility.follows != "number" else 0
    if eponym:
        return j + eponym, None  # `Nhà tưởng niệm Chủ tịch Hồ Chí Minh`: the title is part of the name
    if "eponym" in facility.flags and (titled := _titled_person_end(tokens, j, gaz)) > j:
        return titled, None  # `Khu lưu niệm cố Thủ tướng Chính phủ Võ Văn Kiệt`: no body of its own inside
    if facility.follows != "number" and particle_name(tokens, j):
        return _run_end(tokens, j + 2, facility, gaz), None  # `nhà nguyện al-Nuri`: the article opens the name
    if facility.follows == "number" or not tokens.is_cap_word(j) or not _opens_name(tokens, j):
        return j, None
    if "street" in facility.flags and _facility_head_at(tokens, j):
        return j, None  # `lòng đường Khu đô thị …`: another facility, not the street's name
    if gaz.units.length(tokens.items, j) and (place := unit_place(tokens, j, gaz)) is not None and place.name:
        if place.level != "province" or "chain" in facility.flags:
            return place.last, None  # `chợ TP Hà Tĩnh`, `bến xe TP Vinh`: named after its town, unit word and all
        return j, None  # `các chung cư TP.HCM`: the city's, no one of them
    known, admin = _known_name(tokens, j, gaz), gaz.admin_names.length(tokens.items, j)
    width = max(known, admin)  # `cầu Nhật Tân` is the ward's name, not `Nhật` = Japan
    goes_on = j + width < n and tokens.joined[j + width] and tokens.is_cap_word(j + width)
    if width and "street" in facility.flags and _dashed_name_after(tokens, j + width):
        goes_on = True  # `đường Tân Sơn Nhất - Bình Lợi`: a road named by the places it joins
    if width >= _PERSON_AFTER_WIDTH and goes_on and _person_opens(tokens, j + width, gaz):
        goes_on = False  # `sân bay Tân Sơn Nhất Phan Tương cho rằng …`: a heading without its full stop
    if width and not (goes_on and not opens_sentence(tokens, j + width)):
        entry = gaz.names.match(tokens.items, j)[1] if known == width else None
        return _code_end(tokens, j + width), entry if isinstance(entry, Entry) else None
    return _run_end(tokens, j, facility, gaz), None


def _person_opens(tokens: Tokens, k: int, gaz: Gazetteer) -> bool:
    """A person's name at k that opens the next sentence, right after a known place's name that ends a
    facility's (`Tân Sơn Nhất` + `Phan Tương thẳng thắn …`, `Trường Sơn` + `Ông Sành cũng …`): a surname
    and capitalised syllables, or a capitalised word that announces a name (officials_anchors.txt: `Ông`,
    `Bà`, `Đồng chí`) and a name, then any word in lower case: mostly the person's verb, but a function
    word is not told apart. Where a heading lost its full stop the next sentence opens with its speaker.
    Not a place's name at k (`Hà Nội`, `Quảng Trị` open with surnames too; a commune named by one
    syllable, `Phan`, is a surname first), nor a name that a number, a comma or a bracket ends
    (`Kim Giang 1`, `Văn Hớn,`: a longer name of the facility's own)."""
    if _known_name(tokens, k, gaz) or gaz.admin_names.length(tokens.items, k) > 1:
        return False
    anchor = anchor_matcher().match(tokens.items, k)[0] if tokens.is_cap(k) else 0
    if not anchor and not starts_person(tokens.items, k, minimum=_PERSON_SYLLABLES):
        return False
    run = capitalised_run(tokens.items, k + anchor) if k + anchor < len(tokens) else 0
    after = k + anchor + run
    return run > 0 and after < len(tokens) and tokens.joined[after] and tokens.texts[after].islower()


# a known place's name of one syllable (`Đông`, `Đức`) may open a longer name that a surname goes on
_PERSON_AFTER_WIDTH = 2
_PERSON_SYLLABLES = 2  # a surname and a given name (`Phan Tương`)


_EPONYM_REACH = 9  # tokens of a title before the person a memorial is named after
_EPONYM_OPENERS = frozenset({"cố", "đồng chí"})  # the late …, comrade …
_EPONYM_STOPS = frozenset({".", ";", ":", "(", ")", "!", "?", "và"})


def _titled_person_end(tokens: Tokens, j: int, gaz: Gazetteer) -> int:
    """End of a person with a title a memorial is named after (`cố Chủ tịch Hội đồng Bộ trưởng Phạm Hùng`,
    `Giáo sư, viện sĩ Trần Đại Nghĩa`, `đồng chí Phan Trọng Tuệ`): after `cố` or `đồng chí`, or a
    capitalised title word, the first personal name within reach ends it; j when none."""
    n = len(tokens)
    k = j
    for opener in _EPONYM_OPENERS:
        words = opener.split(" ")
        if tokens.lowers[k : k + len(words)] == words:
            k += len(words)
            break
    if k == j and not (tokens.is_cap_word(j) and tokens.texts[j] not in surnames()):
        return j  # neither `cố` nor a title: a plain name, read as usual
    for m in range(k, min(n, k + _EPONYM_REACH)):
        if not tokens.joined[m] or tokens.texts[m] in _EPONYM_STOPS:
            return j
        if starts_person(tokens.items, m, minimum=2):
            run = capitalised_run(tokens.items, m)
            return j if gaz.names.length(tokens.items, m) >= run else m + run  # `Hà Tĩnh` is a place
    return j


_VENUE_WORDS = 3  # lower-case words between a venue's head and the place it is named after


_ADDRESS_DIGITS = 3  # a house number a venue is named by (`37 Hùng Vương`)


def _address_number(tokens: Tokens, j: int) -> bool:
    """A house number and a capitalised street name at j (`37 Hùng Vương`): a venue named by its address."""
    n = len(tokens)
    if j + 1 >= n or not tokens.joined[j + 1] or tokens.items[j].kind != "number":
        return False
    text = tokens.texts[j]
    return text.isdigit() and len(text) <= _ADDRESS_DIGITS and tokens.is_cap_word(j + 1)


def _venue_body(tokens: Tokens, j: int, gaz: Gazetteer) -> int:
    """End of a body's name a venue is named after, with the place after the body (`Tỉnh ủy`, `Chính
    phủ`, `UBND huyện Mỹ Đức`, `UBND tỉnh`), or j."""
    width, needs_place = venue_bodies().match(tokens.items, j)
    if not width:
        return j
    k = j + width
    if k < len(tokens) and tokens.joined[k] and gaz.units.length(tokens.items, k):
        place = unit_place(tokens, k, gaz)
        end = place.last if place is not None and place.name else k + _bare_word(tokens, k, gaz)
    else:
        named = k < len(tokens) and tokens.joined[k] and tokens.is_cap_word(k)
        end = k + (max(_province_at(tokens, k, gaz), _known_name(tokens, k, gaz)) if named else 0)
    return j if needs_place and end == k else end


def _qualified_venue(tokens: Tokens, j: int, gaz: Gazetteer) -> int:
    """End of a capitalised venue's name that is a generic qualifier: a few lower-case words and a unit
    word without a name (`Trung tâm Hội nghị tỉnh`, `Cung Văn hóa thiếu nhi tỉnh`: the province's own),
    or j."""
    k, n = j, len(tokens)
    while k < n and k - j < _VENUE_WORDS and tokens.joined[k] and tokens.is_word(k) and tokens.texts[k].islower():
        if gaz.units.length(tokens.items, k):
            break
        if function_word_trie().match(tokens.items, k)[0]:
            return j
        k += 1
    if k >= n or not tokens.joined[k]:
        return j
    bare = _bare_word(tokens, k, gaz)
    return k + bare if bare else j


def _bare_word(tokens: Tokens, k: int, gaz: Gazetteer) -> int:
    """Tokens of a unit word without a name at k (`tỉnh` of `Trung tâm Hội nghị tỉnh`), or 0."""
    width, unit = gaz.units.match(tokens.items, k)
    after = k + width
    if not width or not isinstance(unit, Unit) or unit.level != "province":
        return 0  # `Nhà văn hóa thôn` is any village's
    if after < len(tokens) and tokens.joined[after] and tokens.is_word(after):
        if tokens.is_cap(after) or tokens.lowers[after] in _NOT_BARE_AFTER:
            return 0  # `tỉnh Bình Dương` is named; `tỉnh ủy`, `tỉnh này` go on
        if tokens.lowers[after] != "và" and not function_word_trie().match(tokens.items, after)[0]:
            return 0
    return width


_NOT_BARE_AFTER = frozenset({"ủy", "uỷ", "này", "đó", "nhà", "bạn", "lỵ", "đoàn", "đội"})


def _venue_of_place(tokens: Tokens, j: int, gaz: Gazetteer) -> int:
    """End of a venue's name of a few lower-case words and its place (`biểu diễn TP.Hải Phòng`), or j."""
    k, n = j, len(tokens)
    while k < n and k - j < _VENUE_WORDS and tokens.joined[k] and tokens.is_word(k) and tokens.texts[k].islower():
        if function_word_trie().match(tokens.items, k)[0]:
            return j  # `Hội trường tại Hà Nội`: the place where the hall is, no name of it
        k += 1
    if k == j or k >= n or not tokens.joined[k]:
        return j
    place = unit_place(tokens, k, gaz)
    if place is not None and place.name:
        return place.last
    province = _province_at(tokens, k, gaz)
    return k + province if province else j


def _abbreviation_stop(tokens: Tokens, k: int) -> bool:
    """A full stop at k right after an abbreviation that opens a foreign name (`St. Peter`, `St.Pietro`:
    places_name_abbreviations.txt) and before the name's next capitalised word, on the same line: the name
    goes on across it. Not before another of them (`St. St. St. …`): a name has one, so no chain runs on."""
    abbreviations = load_words("places_name_abbreviations.txt")
    if tokens.texts[k] != "." or tokens.texts[k - 1] not in abbreviations:
        return False
    after = k + 1
    return (
        after < len(tokens)
        and tokens.joined[after]
        and tokens.is_cap_word(after)
        and tokens.texts[after] not in abbreviations
    )


def _day_month(text: str) -> bool:
    """`23/9`, `3/2`, `30/4`: a day and a month without a year."""
    day, slash, month = text.partition("/")
    return bool(slash) and day.isdigit() and month.isdigit() and 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def _opens_name(tokens: Tokens, j: int) -> bool:
    """A capitalised word that can open a name: not a body or title word (`cầu Bộ …`), unless a proper
    name of several capitalised words goes on (`chùa Một Cột`); not the function word that opens the next
    sentence of a heading (`… tại cầu cảng Mặc dù …`)."""
    if opens_sentence(tokens, j) and not (j + 1 < len(tokens) and tokens.joined[j + 1] and tokens.is_cap_word(j + 1)):
        return False  # but `chùa Từ Đàm`
    if tokens.texts[j] not in not_names():
        return True
    k = j + 1
    return k < len(tokens) and tokens.joined[k] and tokens.is_cap_word(k) and tokens.texts[k] not in not_names()


def _facility_head_at(tokens: Tokens, j: int) -> bool:
    """A facility head of several words at j, capitalised (`Khu đô thị`, `Khu công nghiệp`)."""
    return gazetteer().facilities.length(tokens.items, j) > 1


def _run_end(tokens: Tokens, j: int, facility: Facility, gaz: Gazetteer) -> int:
    """End of capitalised words from j: `Một Cột`, `Mỹ Xuân B1 - Conac`, `Thành ủy Nha Trang`."""
    n, k = len(tokens), j
    venue = "venue" in facility.flags
    # `khu dân cư Đài Tiếng nói Việt Nam`: named after a body, whose own name may end in a country or province
    body = tokens.texts[j] in not_names() or "zone" in facility.flags  # `Khu kinh tế Đông Nam Quảng Trị`
    named_after = facility.flags & _NAMED_AFTER_BODIES or tokens.texts[j] in not_names()
    proper = not named_after and not _common_word_at(tokens, j)
    while k < n and k - j < _MAX_NAME and (k == j or tokens.joined[k]):
        if k > j and proper and _common_word_at(tokens, k):
            return _before_next_sentence(tokens, j, k, gaz)  # `sân bay Tân Sơn Nhất Giao Bộ trưởng …`
        if body and k > j and (province := _province_at(tokens, k, gaz)):
            k += province
            break
        if k > j and (_province_at(tokens, k, gaz) or gaz.units.length(tokens.items, k)):
            if venue:
                place = unit_place(tokens, k, gaz)
                return place.last if place is not None else k + _known_name(tokens, k, gaz)
            break  # `đường Phan Kế Bính Hà Nội`: the city is not the street's (but `đường Lê Đức Thọ`)
        if k > j and opens_sentence(tokens, k):
            break  # `chợ Kim Biên Theo đó, …`: a heading without its full stop
        if k > j and (_body_acronym(tokens, k) or _caption_at(tokens, k)):
            break  # `chợ Lương Văn Can UBND quận …`: the next sentence's body; `… - Ảnh: …`, a caption's credit
        if k > j and particle_name(tokens, k):
            k += 2  # `Nhà thờ Hồi giáo Grand al-Nuri`: the article goes on the name, its word next
            continue
        if tokens.is_cap_word(k):
            k += 1
            while k < n and tokens.joined[k] and tokens.items[k].kind == "word" and not tokens.items[k].first:
                if function_word_trie().match(tokens.items, k)[0]:
                    break  # `đường Phạm Văn Đồng từ chân cầu …`: the sentence goes on
                k += 1  # `Thành ủy`: one word to the segmenter
            while k + 1 < n and tokens.texts[k] == "-" and tokens.items[k].gap == 0 and tokens.items[k + 1].gap == 0:
                k += 2  # `Ti-tốp`, `A-da-oa-đi`: a name transliterated syllable by syllable
            continue
        if k > j and _abbreviation_stop(tokens, k):
            k += 1  # `quảng trường St. Peter`, `khách sạn St. Regis`: the stop ends `St`, not the name
            continue
        joins = k > j and tokens.texts[k] in DASHES and k + 1 < n and tokens.joined[k + 1]
        if joins and "street" in facility.flags and _street_after_dash(tokens, k + 1, gaz):
            break  # `góc đường Nguyễn Du - Tôn Đức Thắng`: two streets, the second named after a person
        if joins and (tokens.is_cap_word(k + 1) or _is_code(tokens, k + 1)):
            k += 1
            continue
        if k > j and _is_code(tokens, k):
            return _code_end(tokens, k)
        break
    while k > j + 1 and tokens.texts[k - 1] in DASHES:
        k -= 1  # `cao tốc Thái - Trung`: not a dash at the end
    return k


# heads whose name may be a body or a titled person, common words and all (`Hội trường Thành ủy`, `Nhà lưu
# niệm Nguyên Tổng Bí thư …`)
_NAMED_AFTER_BODIES = frozenset({"venue", "seat", "eponym"})


def _common_word_at(tokens: Tokens, k: int) -> bool:
    """A common word written with a capital at k (`Cơ chế`, `Bộ trưởng`, `Xe buýt`, `Phó Chủ tịch`): a word
    of the segmenter's, capitalised, with a syllable in lower case. A proper name capitalises every
    syllable (`Tràng Tiền`, `Côn Sơn`), so inside one such a word opens the next sentence of a heading. (A
    name's last syllable and the lower-case word after it may make a dictionary word, `Phạm Văn Đồng từ`;
    the segmenter may join them too: a function word in lower case is the sentence's, not a common word's.)"""
    n = len(tokens)
    if not tokens.is_cap_word(k) or tokens.texts[k].isupper():
        return False
    m = k + 1
    while m < n and tokens.joined[m] and not tokens.items[m].first and tokens.is_word(m):
        if tokens.texts[m].islower():
            return not function_word_trie().match(tokens.items, m)[0]  # `Phạm Văn Đồng từ …`: the name ended
        m += 1
    return False


def _before_next_sentence(tokens: Tokens, j: int, k: int, gaz: Gazetteer) -> int:
    """End of a proper name from j whose capitalised run reaches, at k, a common word that opens the next
    sentence of a heading that lost its full stop: the known place at j when there is one (`Tân Sơn Nhất`
    of `Tân Sơn Nhất Giao Bộ trưởng`), else the name before k without the body word or dash that the
    next sentence's words open with (`Quán Sứ` of `Quán Sứ - Phó Chủ tịch`)."""
    known = max(_known_name(tokens, j, gaz), gaz.admin_names.length(tokens.items, j))
    if 0 < known <= k - j:
        return j + known
    while k > j + 1 and (tokens.texts[k - 1] in not_names() or tokens.texts[k - 1] in DASHES):
        k -= 1
    return k


_JOINED_LEVELS = frozenset({"country", "region", "province", "district"})  # what a road joins


def _street_after_dash(tokens: Tokens, k: int, gaz: Gazetteer) -> bool:
    """A person's name at k, after a street's name and a dash: another street (`Nguyễn Thái Sơn - Nguyễn
    Kiệm`, a crossing or a corner; wards are often named after the same people). A road named by the
    places it joins has a town or a province after the dash (`đường Hà Nội - Hà Đông`), not a person."""
    if not starts_person(tokens.items, k, minimum=2):
        return False
    width, entry = gaz.names.match(tokens.items, k)
    if width and isinstance(entry, Entry) and entry.level in _JOINED_LEVELS:
        return False
    if admin := gaz.admin_names.length(tokens.items, k):  # `Hà Đông`: an old district
        written = fold(tokens.view[tokens.starts[k] : tokens.ends[k + admin - 1]])
        return not any(e.level in _JOINED_LEVELS for e in gaz.admin_by_name.get(written, []))
    return True


def _dashed_name_after(tokens: Tokens, k: int) -> bool:
    """A dash and a capitalised word at k (`- Bình Lợi`), on one line."""
    n = len(tokens)
    return k + 1 < n and tokens.texts[k] in DASHES and tokens.joined[k + 1] and tokens.is_cap_word(k + 1)


def _caption_at(tokens: Tokens, k: int) -> bool:
    """A caption's credit at k (`Ảnh:`, `ẢNH:`, `Nguồn:`): the caption of a photo ended before it."""
    if k + 1 >= len(tokens) or tokens.texts[k + 1] != ":" or not tokens.is_cap(k):
        return False
    return bool(list_matcher("orgs_credit_cues.txt", "lower").match(tokens.items, k)[0])


def _common_name(tokens: Tokens, j: int, last: int) -> bool:
    """A name that is one common word written with a capital (`Nhà báo`, `Nghệ thuật`, `Cấp thiết`: the
    later syllables in lower case), not a proper name (`con đường Nghệ thuật ven biển`, `tai nạn đường sắt
    Cấp thiết làm …`)."""
    if last - j < _COMMON_SYLLABLES or not tokens.is_cap(j):
        return False
    return all(not tokens.items[k].first and tokens.texts[k].islower() for k in range(j + 1, last))


_COMMON_SYLLABLES = 2


def _body_or_title(tokens: Tokens, j: int, last: int) -> bool:
    """A body or a title a building is named after (`tòa nhà Quốc hội`, `phủ Thủ tướng`)."""
    if venue_bodies().match(tokens.items, j)[0] == last - j:
        return True
    return list_matcher("places_title_words.txt", "text").match(tokens.items, j)[0] == last - j


def _street_acronym(tokens: Tokens, j: int, last: int) -> bool:
    """A street's name that is an acronym alone (`con đường XHCN`, `các tuyến đường TP`, `làn đường BRT`):
    an abbreviated word, no street (`đường CT2`, a code with its number, is one)."""
    text = tokens.texts[j]
    return last == j + 1 and len(text) > 1 and text.isupper() and text.isalpha()


def _body_acronym(tokens: Tokens, k: int) -> bool:
    """An acronym longer than a code (`UBND`, `HĐND`) after a name's words in normal case: a body's, not a
    syllable of the name (`Mỹ Xuân B1`, `London Bridge` go on; `VSIP Bắc Ninh` starts in capitals)."""
    text = tokens.texts[k]
    return len(text) > _CODE_MAX and text.isupper() and text.isalpha() and not tokens.texts[k - 1].isupper()


def _province_at(tokens: Tokens, k: int, gaz: Gazetteer) -> int:
    """Tokens of a province or country name at k that is no given name (`Hà Nội`, not `Đức`)."""
    width, entry = gaz.names.match(tokens.items, k)
    if not width or not isinstance(entry, Entry) or entry == NOT_A_PLACE:
        return 0
    plain = entry.level in {"province", "country"} and not entry.flags & {"medium", "strict", "after_unit"}
    return width if plain else 0


def _ending_province(tokens: Tokens, j: int, last: int, gaz: Gazetteer) -> str | None:
    """The province a name of tokens j..last ends in (`… Đông Nam Quảng Trị`), else None."""
    for k in range(max(j + 1, last - 4), last):
        width, entry = gaz.names.match(tokens.items, k)
        if width and k + width == last and isinstance(entry, Entry) and entry.level == "province":
            return entry.province
    return None


def _is_code(tokens: Tokens, k: int) -> bool:
    """A number or a short code of capitals and digits (`6`, `A`, `B1`)."""
    text = tokens.texts[k]
    if tokens.items[k].kind == "number":
        return True
    return tokens.items[k].kind == "word" and len(text) <= _CODE_MAX and text.isupper() and text[0].isalpha()


def _quantity_at(tokens: Tokens, k: int) -> bool:
    """The number at k is a quantity: a unit of measure follows it in the sentence (`12m`, `933 km`,
    `900 cây số`, `6 làn`), and no number follows the unit (`Km 15` after a road's number is a milestone
    on it)."""
    n = len(tokens)
    if tokens.items[k].kind != "number" or k + 1 >= n or not tokens.joined[k + 1]:
        return False
    if tokens.items[k + 1].gap == 0 and _is_code(tokens, k + 1):
        return False  # `quốc lộ 1K`: a capital against the number is the road's code, not the scale `k`
    width = quantity_units().match(tokens.items, k + 1)[0]
    if not width:
        return False
    after = k + 1 + width
    return not (after < n and tokens.joined[after] and tokens.items[after].kind == "number")


def _code_end(tokens: Tokens, k: int) -> int:
    """Past a code after a name or number (`Phú Mỹ 1`, `1` `A`, `Mỹ Xuân A`), when there is one."""
    n = len(tokens)
    if k < n and _quantity_at(tokens, k):
        return k  # `chợ Kim Biên 7 km`, `cao tốc Hà Nội - Ninh Bình 2 km`: the number measures, names nothing
    if k < n and tokens.joined[k] and _is_code(tokens, k) and (tokens.items[k].gap == 0 or len(tokens.texts[k]) <= 2):
        k += 1
        if k < n and tokens.items[k].gap == 0 and tokens.items[k].kind == "word" and _is_code(tokens, k):
            k += 1  # `1A`: a number and a letter
    return k


def _span(
    tokens: Tokens, i: int, j: int, last: int, facility: Facility, entry: Entry | None, gaz: Gazetteer
) -> PlaceSpan:
    written = tokens.view[tokens.starts[j] : tokens.ends[last - 1]]
    name = f"{facility.word} {fold(written)}"
    if "street" in facility.flags:
        entry = None  # `đường Điện Biên Phủ` lies wherever the address says, not in Điện Biên
    province = entry.province if entry is not None and entry.level not in {"country", "region"} else None
    if province is None and "zone" in facility.flags:
        province = _ending_province(tokens, j, last, gaz)  # `Khu kinh tế Đông Nam Quảng Trị` lies in Quảng Trị
    candidates: tuple[str, ...] = ()
    if province is None and "street" not in facility.flags:
        entries = gaz.admin_by_name.get(fold(written), []) or gaz.admin_by_name.get(fold(written).rsplit(" ", 1)[0], [])
        candidates = tuple(dict.fromkeys(e.province for e in entries if e.province))  # the article decides
    return PlaceSpan(
        tokens.starts[i],
        tokens.ends[last - 1],
        i,
        last,
        name,
        "facility",
        province,
        candidates=candidates,
        from_unit=True,
        venue="venue" in facility.flags,
        bare_name=fold(written).lower() if "bare" in facility.flags else "",
        zone="bare" in facility.flags and not facility.flags & _LINES_AND_FEATURES,
    )


# a facility named bare that is no street nor natural feature is an area (a zone, a `khu`), which often takes
# its name from the district it lies in
_LINES_AND_FEATURES = frozenset({"street", "natural"})
