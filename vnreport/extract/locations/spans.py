"""Finding place mentions on word tokens of the match view (so `Thanh Hoá` = `Thanh Hóa`):

* a unit word and a name: `tỉnh Nghệ An`, `TP.HCM`, `quận 1`, `xã Tân Lập`, `thôn Đông` — the name need
  not be known; the gazetteer, when it knows it, fixes where it ends and which province it is in;
* a name from the gazetteer on its own: `Hà Nội`, `Thủ đô`, `Sài Gòn`, `Tây Nguyên`, `Trung Quốc`.
  Names that are also given names or common words (`Huế`, `Nga`, `Anh`) need context
  (`places_gazetteer.tsv`, flags `medium` and `strict`).
"""

from __future__ import annotations

from dataclasses import dataclass

from vnreport.extract.locations.lexicon import (
    CENTRAL_CITIES,
    LOWER_HEAD,
    NOT_A_PLACE,
    Entry,
    Gazetteer,
    Tokens,
    Unit,
    agent_cue_trie,
    cue_trie,
    ends_with_phrase,
    gazetteer,
    name_endings,
    not_names,
    opens_sentence,
    particle_name,
    person_cue_trie,
    region_cue_trie,
    seat_cue_trie,
)
from vnreport.extract.names import capitalised_run, middle_names, starts_person, surnames
from vnreport.lexicon import list_matcher, load_words
from vnreport.segment.dictionary import is_word
from vnreport.text import fold


@dataclass(slots=True)
class PlaceSpan:
    """One place mention. `first`/`last` are token indices (last exclusive); start/end char offsets."""

    start: int
    end: int
    first: int
    last: int
    name: str
    level: str | None
    province: str | None
    historical: bool = False
    candidates: tuple[str, ...] = ()  # possible provinces when the name alone does not decide
    bare: str | None = None  # `city`/`province` for `Thành phố`/`Tỉnh` used without a name
    from_unit: bool = False  # written with a unit word (`xã Tân Lập`), so it can lie in a province
    addressed: bool = False  # its province comes from the address it is written in
    venue: bool = False  # a venue (`Hội trường Thành ủy Nha Trang`): organisations may be named inside it
    eponym: bool = False  # a memorial named after a titled person (`Khu lưu niệm cố Thủ tướng Chính phủ …`):
    # the title's organisation is read inside it, for the person's title, but is no organisation of the text
    inside: str | None = None  # `title` (`Tổng thống Pháp`), `project` (`dự án cầu X`), `facility` (`Hội
    # trường Thành ủy Nha Trang`), `document` (`Thỏa thuận Paris`), `name` (`Campuchia - Lào - Việt Nam
    # (CLV)`), `listed` (`Kuwait` of `Quốc vương Saudi Arabia, Qatar và Kuwait`): inside a longer name or a
    # title, not named on its own; `plan` (`quy hoạch khu du lịch …`): a project's when the facility is of a
    # kind built whole, else named
    bare_name: str = ""  # a facility's name without its head (`Hoàng Sa` of `quần đảo Hoàng Sa`), folded
    zone: bool = False  # a zone facility (`Khu công nghiệp Quế Võ`): often named after the district it lies in
    by_context: bool = False  # an old district or commune name read without its unit word (`tại Đồng Tâm`)
    unit_start: int = -1  # where its plural unit word starts when the mention leaves it to the list (`các
    # huyện Nhà Bè, Bình Chánh`: the mention is `Nhà Bè`)
    source: str = ""  # the reading that found it (`named`, `unit`, `facility`, …): for measuring each reading's
    # precision over the gold sets, never in the output


_ABOLISHED_UNITS = frozenset({"huyện", "quận", "thị xã", "thị trấn"})  # on 1 Jul 2025
_STREET_WORDS = frozenset({"đường", "phố", "Đường", "Phố", "ngõ", "ngách", "hẻm", "đại lộ", "Đại lộ", "Ngõ", "Hẻm"})
_NOT_PERSON_BEFORE = frozenset({"Tỉnh", "Thành", "Huyện", "Quận", "tỉnh", "thành"})  # `Tỉnh Đoàn Hà Giang`
_HOME_STOPS = frozenset({"của", "các", "nước", "mới", "nhiều", "là"})
_DIRECTION_WORDS = frozenset({"hướng", "Hướng"})
_LANGUAGE_WORDS = frozenset({"tiếng", "Tiếng", "văn", "chữ"})
_LIST_JOINERS = frozenset({",", "-", "và", "/", "với"})
_BARE_UNITS = {"thành phố": "city", "tỉnh": "province"}
_FOREIGN_ARTICLES = frozenset({"The", "the", "Le", "La", "Der", "Die"})  # `The New York Times`
_NOT_BARE_AFTER = frozenset({"ủy", "uỷ", "đoàn", "Đoàn", "Ủy", "Uỷ", "ủy viên", "trực", "lộ"})


def not_a_place(tokens: Tokens, i: int, gaz: Gazetteer) -> int:
    if not gaz.names.starts(tokens.items[i]):
        return 0
    width, entry = gaz.names.match(tokens.items, i)
    return width if entry == NOT_A_PLACE else 0


def unit_place(tokens: Tokens, i: int, gaz: Gazetteer) -> PlaceSpan | None:
    width, unit = gaz.units.match(tokens.items, i)
    if not width or not isinstance(unit, Unit):
        return None
    j = i + width
    if "abroad" in unit.flags:
        return _abroad_area(tokens, i, j, unit, gaz)
    if tokens.is_cap(i) and not tokens.sentence_initial(i) and gaz.admin_names.length(tokens.items, i) > width:
        return None  # `Buôn Đôn`, `Thị Xã …`: a capitalised unit word inside a known name
    if "cue" in unit.flags and not (ends_with_phrase(cue_trie(), tokens, i) or (i and tokens.texts[i - 1] == ",")):
        return None
    if j >= len(tokens) or not tokens.joined[j]:
        return _bare_unit(tokens, i, j, unit)
    if "address" in unit.flags and not (tokens.texts[j].isdigit() and _opens_address(tokens, j + 1, gaz)):
        return None
    if tokens.texts[j].isdigit():
        return _numbered_place(tokens, i, j, unit, gaz) if unit.flags & {"digits", "digits_only"} else None
    if "digits_only" in unit.flags and len(tokens.texts[j]) == 1 and not _addressed(tokens, i, j + 1, gaz):
        return None  # `Ảnh: P.V`, `Theo P.V (VNE)`: a reporter's initials (phóng viên), no ward `V`
    if particle_name(tokens, j):
        return _unknown_unit_place(tokens, i, j, unit)  # `thị trấn al-Tanf`
    if not tokens.is_cap_word(j):
        return _bare_unit(tokens, i, j, unit)
    if _common_word(tokens, j) and not gaz.names.length(tokens.items, j):
        return None  # `các Thành phố Thế giới`, `Thành phố Khoa học`: a kind of city, neither a name nor the home city
    return (
        _known_unit_place(tokens, i, j, unit, gaz)
        or _unknown_unit_place(tokens, i, j, unit)
        or _bare_unit(tokens, i, j, unit)  # `UBND TP Nguyễn Đức Chung`: the name is a person's
    )


_ADDRESS_LEVELS = frozenset({"commune", "district"})


def _abroad_area(tokens: Tokens, i: int, j: int, unit: Unit, gaz: Gazetteer) -> PlaceSpan | None:
    """An area word and a name the gazetteer lacks written in plain Latin letters (`xứ Catalonia`, `vùng
    Kyushu`, `khu vực Doklam`): a place abroad. Not a known name (read where the scan comes to it), not a
    name in Vietnamese spelling (`khu vực Nhà nước`: a sector), a number or an acronym (`khu vực I`, `khu vực
    ASEAN`), nor one opening with a Vietnamese syllable."""
    if j >= len(tokens) or not tokens.joined[j] or not tokens.is_cap_word(j) or opens_sentence(tokens, j):
        return None
    if any(matcher.length(tokens.items, j) for matcher in (gaz.names, gaz.admin_names, gaz.units)):
        return None
    first = tokens.texts[j]
    if not first.isascii() or not any(c.islower() for c in first) or is_word(tokens.lowers[j]):
        return None  # `vùng Cao nguyên …`: a Vietnamese syllable written without marks opens no name abroad
    span = _unknown_unit_place(tokens, i, j, unit)
    if span is None:
        return None
    last = j + 1  # the name ends at its first word not in plain letters (`vùng Kyushu Đông Bắc`: Kyushu)
    while last < span.last and tokens.texts[last].isascii():
        last += 1
    end = tokens.ends[last - 1]
    name = fold(tokens.view[tokens.starts[j] : end])  # one place however its area word is written
    return PlaceSpan(tokens.starts[j], end, j, last, name, "other", None)


def _addressed(tokens: Tokens, i: int, k: int, gaz: Gazetteer) -> bool:
    """A place at [i, k) written as an address: after a place cue (`tại`, `ở`) or as the first link of an
    address chain (`P.V, TP Vị Thanh`)."""
    if ends_with_phrase(cue_trie(), tokens, i):
        return True
    if k + 1 >= len(tokens) or tokens.texts[k] != "," or not tokens.joined[k + 1]:
        return False
    return bool(gaz.units.match(tokens.items, k + 1)[0] or gaz.names.match(tokens.items, k + 1)[0])


def _opens_address(tokens: Tokens, k: int, gaz: Gazetteer) -> bool:
    """A comma at k and a commune's or district's unit word after it (`tổ 48, phường Quang Trung`): the
    place before it is the first link of an address chain."""
    if k + 1 >= len(tokens) or tokens.texts[k] != "," or not tokens.joined[k + 1]:
        return False
    width, unit = gaz.units.match(tokens.items, k + 1)
    return bool(width) and isinstance(unit, Unit) and unit.level in _ADDRESS_LEVELS


def _bare_unit(tokens: Tokens, i: int, j: int, unit: Unit) -> PlaceSpan | None:
    """`Thành phố`/`TP`/`Tỉnh` capitalised without a name: the article's home city or province."""
    kind = _BARE_UNITS.get(unit.word)
    if kind is None or not tokens.is_cap(i) or (j < len(tokens) and tokens.texts[j] in _NOT_BARE_AFTER):
        return None
    if list_matcher("places_title_words.txt", "text").match(tokens.items, i)[0]:
        return None  # `Tỉnh trưởng`, `Phó Tỉnh trưởng`: a governor's title, no province
    if j - i > 1 and tokens.texts[j - 1] == "." and (j >= len(tokens) or tokens.items[j].gap != 0):
        j -= 1  # `Bí thư Thành ủy TP. Sắp tới …`: the dot ends the sentence
    return PlaceSpan(tokens.starts[i], tokens.ends[j - 1], i, j, "", None, None, bare=kind)


def _numbered_place(tokens: Tokens, i: int, j: int, unit: Unit, gaz: Gazetteer) -> PlaceSpan:
    number = str(int(tokens.texts[j]))
    candidates = gaz.admin.get((unit.word, number), [])
    return _admin_span(tokens, i, j + 1, unit, f"{unit.word} {number}", candidates)


def _known_unit_place(tokens: Tokens, i: int, j: int, unit: Unit, gaz: Gazetteer) -> PlaceSpan | None:
    width, entry = gaz.names.match(tokens.items, j)
    if width and isinstance(entry, Entry) and entry != NOT_A_PLACE:
        abroad = entry.level == "other" and entry.province is None
        foreign = entry.level in {"country", "region"} or abroad
        if foreign and (abroad or not entry.flags & {"medium", "strict"}):  # `tỉnh Phúc Kiến`
            first = i if entry.level == "other" else j  # `thành phố London`, `tỉnh Savannakhet`; `các tỉnh Tây Nguyên`
            return _entry_span(tokens, first, j + width, entry)
        if entry.level == "province" and (
            unit.word == "tỉnh" or (unit.word == "thành phố" and entry.province in CENTRAL_CITIES)
        ):
            return _entry_span(tokens, i, j + width, entry)
    admin_width, _ = gaz.admin_names.match(tokens.items, j)
    if admin_width and _name_goes_on(tokens, j + max(admin_width, width)):
        return None  # `xã Trang Giang`, `phường Đức Nghĩa`: a longer name the table does not know
    if admin_width and not _person_after_unit(tokens, j, admin_width):
        name = fold(tokens.view[tokens.starts[j] : tokens.ends[j + admin_width - 1]])
        candidates = gaz.admin.get((unit.word, name), [])
        if candidates:
            return _admin_span(tokens, i, j + admin_width, unit, f"{unit.word} {name}", candidates)
        if "digits_only" in unit.flags and all(e.level != unit.level for e in gaz.admin_by_name.get(name, [])):
            return None  # `H.Thanh`: an initial and a commune's name, no district (but `H.Hòa Thành`, a town)
        if admin_width >= width and not _glued_dot_unit(tokens, i, j, unit):
            last = village_number(tokens, j + admin_width, unit)
            name = fold(tokens.view[tokens.starts[j] : tokens.ends[last - 1]])
            return _unit_span(tokens, i, last, unit, name, None)  # a known name, not for this unit
    if width and isinstance(entry, Entry) and entry.level in {"province", "other", "commune"} and entry.province:
        name = fold(tokens.view[tokens.starts[j] : tokens.ends[j + width - 1]])
        return _unit_span(tokens, i, j + width, unit, name, entry.province)  # `TP Hạ Long`
    return None


def admin_level(unit: Unit, province: str | None = None) -> str:
    """The level of a unit word's place: a `thành phố` not in the ward table is a district-level city
    when its province is known, else a city abroad (`thành phố New York`)."""
    return ("district" if province else "other") if unit.word == "thành phố" else unit.level


def _unit_span(tokens: Tokens, i: int, last: int, unit: Unit, name: str, province: str | None) -> PlaceSpan:
    """A unit word and a name the ward table does not list under that unit."""
    level = admin_level(unit, province)
    historical = unit.word in _ABOLISHED_UNITS or level == "district"
    name = f"{unit.word} {name}"
    return PlaceSpan(
        tokens.starts[i], tokens.ends[last - 1], i, last, name, level, province, historical, from_unit=True
    )


def _person_after_unit(tokens: Tokens, j: int, width: int) -> bool:
    """`Chủ tịch Hội Nông dân huyện Phan Thị Hải Yến`: the known name `Phan` starts a person's name."""
    if tokens.texts[j] not in surnames():
        return False
    run = capitalised_run(tokens.items, j, limit=6)
    return run > width and 3 <= run <= 5


def _glued_dot_unit(tokens: Tokens, i: int, j: int, unit: Unit) -> bool:
    """`TP. Dẫn đầu …`: after a unit ending in a dot, an unknown name must follow without a space."""
    return tokens.texts[j - 1] == "." and tokens.starts[j] != tokens.ends[j - 1]


def _admin_span(tokens: Tokens, i: int, last: int, unit: Unit, name: str, candidates: list[Entry]) -> PlaceSpan:
    level = candidates[0].level if candidates else ("district" if unit.word == "thành phố" else unit.level)
    provinces = tuple(dict.fromkeys(c.province for c in candidates if c.province))
    historical = bool(candidates) and all(c.historical for c in candidates)
    if unit.word in _ABOLISHED_UNITS or (unit.word == "thành phố" and level == "district"):
        historical = True  # the district level and thị trấn were abolished on 1 Jul 2025
    province = provinces[0] if len(provinces) == 1 else None
    return PlaceSpan(
        tokens.starts[i],
        tokens.ends[last - 1],
        i,
        last,
        name,
        level,
        province,
        historical,
        candidates=provinces,
        from_unit=True,
    )


def _unknown_unit_place(tokens: Tokens, i: int, j: int, unit: Unit) -> PlaceSpan | None:
    """A unit word and a capitalised name the gazetteer does not know: `thôn Đông`, `thành phố New York`."""
    known = _plain_name_at(tokens, j) and not _name_goes_on(tokens, j + gazetteer().names.match(tokens.items, j)[0])
    known = known and not (_country_syllable(tokens, j, unit) and not _ends_name(tokens, j))  # `xã Nga Mỹ`
    if tokens.texts[j] in not_names() or starts_person(tokens.items, j) or known or _common_word(tokens, j):
        return None  # `Nông Thôn Việt Nam`: a known name after the unit word is not this place's name
    if _before_colon(tokens, j):
        return None  # `Công đoàn TP Ảnh: Hồng Đào`: a caption's word, no city
    if "digits_only" in unit.flags or _glued_dot_unit(tokens, i, j, unit):
        return None
    if len(tokens.texts[j]) >= _ACRONYM_MIN and tokens.texts[j].isupper() and tokens.texts[j].isalpha():
        return None  # `các thành phố ASEAN`: a body's acronym (a known one, `TP HCM`, was read before)
    unit_word = tokens.texts[i]  # written in full (not `TP`, `TX`, which are always in capitals)
    if unit_word.isupper() and unit_word.lower() == unit.word.split()[0] and tokens.texts[j].isupper():
        return None  # `TỈNH ỦY KIỂM TRA …`: in a heading in capitals an unknown name is no more than its words
    last = _transliterated_end(tokens, j + 1)
    while last < len(tokens) and last - j < 4 and tokens.joined[last]:
        text = tokens.texts[last]
        if text == "-" and last + 1 < len(tokens) and tokens.is_cap_word(last + 1) and tokens.joined[last + 1]:
            last += 2
            continue
        if not tokens.is_cap_word(last) or opens_sentence(tokens, last):
            break
        if _plain_name_at(tokens, last) and not _country_syllable(tokens, last, unit):
            break  # `thôn Đông Hà Nội`: a known place after the name; but `xã Vĩnh Mỹ Đông`, `thôn Thái Thông`
        if _common_word(tokens, last):
            break  # `tỉnh Deir Ezzor Quân đội Syria …`: a heading's common word, not the name's
        if text in not_names() and not (text in name_endings() and _ends_name(tokens, last)):
            break
        if _before_colon(tokens, last):
            break
        if last - j >= 2 and starts_person(tokens.items, last, minimum=2):
            break
        last += 1
    last = village_number(tokens, last, unit)
    return _unit_span(tokens, i, last, unit, fold(tokens.view[tokens.starts[j] : tokens.ends[last - 1]]), None)


_LOCAL_LEVELS = frozenset({"district", "commune", "village"})


def _country_syllable(tokens: Tokens, k: int, unit: Unit) -> bool:
    """A country written in one syllable (`Mỹ`, `Nga`, `Đức`, `Thái`, `Pháp`) inside the name of a Vietnamese
    district, commune or village the tables do not know (an old one: `xã Vĩnh Mỹ Đông`, `thôn Đại Nga`): a
    syllable of that name, as it is in the names they do know (`xã Tân Mỹ`, `huyện Mỹ Đức`)."""
    if unit.level not in _LOCAL_LEVELS:
        return False
    width, entry = gazetteer().names.match(tokens.items, k)
    return width == 1 and isinstance(entry, Entry) and entry.level == "country"


def village_number(tokens: Tokens, last: int, unit: Unit) -> int:
    """`thôn Cư Chánh 1`, `ấp Tân Hòa 2`: a village's name may end in a small number written as a word
    of its own (not `thôn Đông 1/3`, `thôn Đông 2,5 ha`)."""
    n = len(tokens)
    if unit.level != "village" or last >= n or not tokens.joined[last] or tokens.items[last].kind != "number":
        return last
    if len(tokens.texts[last]) > 2 or not tokens.texts[last].isdigit():
        return last
    after = last + 1
    if after < n and tokens.items[after].gap == 0 and tokens.texts[after] in {"/", ".", ",", "%"}:
        spaced = tokens.texts[after] == "," and after + 1 < n and tokens.items[after + 1].gap != 0
        if not spaced:
            return last  # `thôn Đông 2,5 ha`; but `xóm Mẫu 3, xã Kim Liên`
    return after


_ACRONYM_MIN = 2  # letters of an acronym after a unit word (`TP HCM` is known; `TP A`, `xóm B` are names)


def _common_word(tokens: Tokens, k: int) -> bool:
    """A capitalised syllable whose word goes on in lower case (`Hồi giáo`, `Quân đội`): a common word
    written with a capital, no syllable of a name (`Đông Hải` is two capitalised words)."""
    after = k + 1
    if after >= len(tokens) or tokens.items[after].first or tokens.items[after].kind != "word":
        return False
    return tokens.joined[after] and tokens.texts[after].islower()


def _transliterated_end(tokens: Tokens, k: int) -> int:
    """Past the lower-case syllables a transliterated name joins by hyphens (`Gang-uôn`, `Uôn-xan`)."""
    n = len(tokens)
    while k + 1 < n and tokens.texts[k] == "-" and tokens.items[k].gap == 0 and tokens.items[k + 1].gap == 0:
        if tokens.items[k + 1].kind != "word":
            break
        k += 2
    return k


def _before_colon(tokens: Tokens, k: int) -> bool:
    """A word right before a colon (`Ảnh:`, `Nguồn:`) opens a caption or a line's label, no place name."""
    return k + 1 < len(tokens) and tokens.texts[k + 1] == ":" and tokens.items[k + 1].gap == 0


def _name_goes_on(tokens: Tokens, k: int) -> bool:
    """A capitalised word at k that goes on the known name before it (`Nghĩa` of `phường Đức Nghĩa`): no
    place, unit word, title word or person of its own, and the name ends after it."""
    if k >= len(tokens) or not tokens.joined[k] or not tokens.is_cap_word(k) or tokens.texts[k].isupper():
        return False
    if _common_word(tokens, k):
        return False  # `thành phố Vũng Tàu Thủ tướng …`: the next sentence of a heading
    if tokens.texts[k] in not_names() and tokens.texts[k] not in name_endings():
        return False
    if gazetteer().names.match(tokens.items, k)[0]:
        return False
    if gazetteer().units.length(tokens.items, k) or starts_person(tokens.items, k, minimum=2):
        return False
    after = k + 1
    return not (after < len(tokens) and tokens.joined[after] and tokens.is_cap_word(after))


def _ends_name(tokens: Tokens, k: int) -> bool:
    """No capitalised word goes on after k (`Mới` ends `xã Hòa Phong Mới`)."""
    after = k + 1
    return not (after < len(tokens) and tokens.joined[after] and tokens.is_cap_word(after))


def _plain_name_at(tokens: Tokens, k: int) -> bool:
    """A gazetteer name at k that is no common syllable (`Trung`, `Anh` are: `phường Trung Tự`)."""
    width, entry = gazetteer().names.match(tokens.items, k)
    return bool(width) and not (isinstance(entry, Entry) and "strict" in entry.flags)


def _entry_span(tokens: Tokens, first: int, last: int, entry: Entry) -> PlaceSpan:
    province = entry.province
    if entry.level == "province" and province is None and entry.name in CENTRAL_CITIES:
        province = entry.name
    return PlaceSpan(
        tokens.starts[first], tokens.ends[last - 1], first, last, entry.name, entry.level, province, entry.historical
    )


_REGION_WORDS = frozenset({"miền", "Miền"})
_COMPASS = frozenset({"đông", "tây", "nam", "bắc", "trung"})
_SIDES = _COMPASS - {"trung"}  # `Trung Đông` is a region's proper name
HOME_COUNTRY = "Việt Nam"  # its regions have names of their own (`miền Nam`, `miền Tây Nam Bộ`)
CROSSING_STREET = "crossing_street"  # the source of a street read from a crossing's name (`Yên Lãng` of `nút giao …`)


def region_of_country(tokens: Tokens, i: int, gaz: Gazetteer, places: list[PlaceSpan]) -> tuple[PlaceSpan, int] | None:
    """`miền Đông Ukraine`, `miền nam Philippines`, `miền đông bắc Đức`, `miền Bắc nước Anh`: a region word,
    one or two compass words and a country abroad name one region of that country (not the `miền Đông` of
    Việt Nam). The country is read on after it by the scan (it is named there too)."""
    if tokens.texts[i] not in _REGION_WORDS:
        return None
    k = i + 1
    while k < len(tokens) and k - i <= 2 and tokens.joined[k] and tokens.lowers[k] in _COMPASS:
        k += 1
    if k == i + 1 or k >= len(tokens) or not tokens.joined[k]:
        return None
    sides = k
    if tokens.lowers[k] == "nước" and k + 1 < len(tokens) and tokens.joined[k + 1]:
        k += 1  # `miền Bắc nước Anh`
    country = named_place(tokens, k, gaz, places)
    if country is None or country.level != "country" or country.name == HOME_COUNTRY:
        return None
    compass = " ".join(word.capitalize() for word in tokens.lowers[i + 1 : sides])
    name = f"miền {compass} {country.name}"
    return PlaceSpan(tokens.starts[i], country.end, i, country.last, name, "region", None), k


def named_place(tokens: Tokens, i: int, gaz: Gazetteer, places: list[PlaceSpan]) -> PlaceSpan | None:
    if not gaz.names.starts(tokens.items[i]):
        return None
    width, entry = gaz.names.match(tokens.items, i)
    if not width or not isinstance(entry, Entry) or not _context_ok(tokens, i, i + width, entry, gaz, places):
        return None
    if entry.level == "country" and gaz.admin_names.length(tokens.items, i) > width:
        return None  # `về Mỹ Đức`, `huyện Anh Sơn`: a district's name that starts with a country's
    return _entry_span(tokens, i, i + width, entry)


def _context_ok(tokens: Tokens, i: int, last: int, entry: Entry, gaz: Gazetteer, places: list[PlaceSpan]) -> bool:
    flags = entry.flags
    if flags & {"after_unit", "not_place"}:
        return False
    previous = tokens.texts[i - 1] if i and tokens.joined[i] else ""
    if previous in _STREET_WORDS:
        return False  # `phố Huế`, `đường Hà Nội` are streets
    if entry.level == "region" and previous in _DIRECTION_WORDS:
        return False  # `theo hướng Tây Bắc`, `về hướng Đông Bắc`: a compass direction, not the region
    if entry.level == "region" and _compass_only(tokens, i, last) and not _compass_region_cued(tokens, i, last):
        return False  # `phía Đông Bắc`, `gió mùa Đông Bắc`, `Tổng công ty Đông Bắc`
    if entry.level == "region" and _of_another_country(tokens, i, last):
        return False  # `ở miền Nam nước này`, `miền Bắc nước Anh`: a part of another country, not Việt Nam's
    if _inside_a_name(tokens, i, last, entry, previous):
        return False
    if LOWER_HEAD in flags and _head_ends_a_compound(tokens, i):
        return False  # `bờ biển Nhật Bản`, `Cảnh sát biển Nhật Bản`: the country's coast, its coast guard
    language = _language_word(tokens, i, previous) or (last < len(tokens) and tokens.lowers[last] == "ngữ")
    if entry.level == "country" and language:
        return False  # `tiếng Anh` is a language
    if "housed" in flags:
        # `tại Nhà Trắng`; `Nhà Trắng cho biết`, `ông chủ Nhà Trắng`, `cuộc đua vào Nhà Trắng`: the body, the office
        return seat_cue_trie().ending_at(tokens.items, i)[1] is True
    following = last < len(tokens) and tokens.joined[last]
    if "home" in flags:
        return not (following and (tokens.is_cap_word(last) or tokens.texts[last] in _HOME_STOPS))
    if not flags & {"medium", "strict"}:
        return True
    if previous and tokens.is_cap_word(i - 1) and not ends_with_phrase(cue_trie(), tokens, i):
        if last - i == 1 and not previous.isupper():
            return False  # `Minh Đức`, `Phù Đức`, `Quý Trung`: one syllable after a capitalised word is a name
        in_union = previous == "Đoàn" and i > 1 and tokens.texts[i - 2] in _NOT_PERSON_BEFORE  # `Tỉnh Đoàn Hà Giang`
        if (previous in surnames() or previous in middle_names()) and not in_union:
            return False
    if ends_with_phrase(person_cue_trie(), tokens, i):
        return False
    if ends_with_phrase(cue_trie(), tokens, i):
        return True  # `Tổng thống Mỹ Donald Trump`, `tại Thái Bình`
    if ends_with_phrase(agent_cue_trie(), tokens, i):
        return not (following and tokens.is_cap_word(last))  # `bị Anh dẫn độ`; not `bị Anh Tuấn đánh`
    if "strict" in flags:
        if _bracketed_after_place(tokens, i, last, places):
            return True  # `tại Brussels (Bỉ)`, `thành phố Manchester (Anh)`: the country the place lies in
        if tokens.sentence_initial(i):
            return _opens_country_list(tokens, i, last, gaz)
        if "clause" in flags and _after_a_lower_word(tokens, i, last):
            return True  # `khi Anh rời EU`, `cảnh sát Bỉ cho biết`: capitalised inside the sentence, the country
        return _next_to_country(tokens, i, last, gaz, places)
    return not (following and tokens.is_cap_word(last) and not starts_person(tokens.items, last, minimum=2))


def _after_a_lower_word(tokens: Tokens, i: int, last: int) -> bool:
    """A strict country flagged `clause` (`Anh`, `Bỉ`), capitalised inside a sentence right after a lower-case
    word (`việc Anh rời EU`, `nộp cho Anh`, `báo chí Anh`, `cảnh sát Bỉ`) and before no capitalised word: the
    country, as the common word or the pronoun is written lower case there. Not after a word of
    places_clause_blockers.txt (`bảng Anh`: the pound; `Ngoại hạng Anh`: a league); a person word before it
    (`ông Anh`) is checked by the caller; nor after a capitalised word and a lower-case one inside the sentence
    (`Thư viện Anh`, `Hoàng hậu Bỉ`: a name's or a title's end). Looks at three tokens: constant time."""
    if not tokens.joined[i] or not tokens.is_word(i - 1):
        return False
    previous = tokens.texts[i - 1]
    if previous != tokens.lowers[i - 1] or not previous.isalpha() or previous in _clause_blockers():
        return False
    if i >= 2 and tokens.joined[i - 1] and tokens.is_cap_word(i - 2) and not tokens.sentence_initial(i - 2):
        return False  # `tại Thư viện Anh`, `Nhà vua và Hoàng hậu Bỉ`: the end of a name or a title
    return not (last < len(tokens) and tokens.joined[last] and tokens.is_cap_word(last))


def _clause_blockers() -> frozenset[str]:
    return load_words("places_clause_blockers.txt")


def _compass_only(tokens: Tokens, i: int, last: int) -> bool:
    """A region's name of compass words alone (`Tây Bắc`, `Đông Bắc`; not `Tây Nguyên`, `Đông Nam Á`)."""
    return all(tokens.lowers[k] in _SIDES for k in range(i, last))


def _of_another_country(tokens: Tokens, i: int, last: int) -> bool:
    """A side of a country named by compass words (`miền Nam`, `miền đông`, `khu vực Đông Bắc`) with
    `nước` after it (`nước này`, `nước Anh`), which names the country it is a side of (not `nước ta`)."""
    sides = load_words("places_side_words.txt")
    if not all(tokens.lowers[k] in _COMPASS or tokens.lowers[k] in sides for k in range(i, last)):
        return False
    if last + 1 >= len(tokens) or not tokens.joined[last] or tokens.lowers[last] != "nước":
        return False
    return tokens.lowers[last + 1] not in load_words("places_our_country.txt")


def _compass_region_cued(tokens: Tokens, i: int, last: int) -> bool:
    """A region word or place word right before (`vùng Tây Bắc`, `ở Đông Bắc`), and no capitalised word
    after it (`Đông Bắc Chư Păh`, `Đông Bắc Venezuela`: a longer name, or a side of a place)."""
    if last < len(tokens) and tokens.joined[last] and tokens.is_cap_word(last):
        return False
    return ends_with_phrase(region_cue_trie(), tokens, i)


def _language_word(tokens: Tokens, i: int, previous: str) -> bool:
    """The word before token i names a language (`tiếng Anh`, `chữ Hán`), not the `văn` of `Nhà văn` that
    closes an association's head (`Hội Nhà văn Việt Nam`: the country is the association's)."""
    if previous not in _LANGUAGE_WORDS:
        return False
    return not (previous == "văn" and i > 1 and tokens.joined[i - 1] and tokens.texts[i - 2] == "Nhà")


def _inside_a_name(tokens: Tokens, i: int, last: int, entry: Entry, previous: str) -> bool:
    """`Lưu Bình Nhưỡng`, `Dương Trung Quốc`: a surname right before makes the name a person's (not `Đoàn
    Hà Nội`, a delegation); `The New York Times`, `Washington Post`: a foreign name inside a longer one."""
    if previous in surnames() and previous != "Đoàn" and last - i <= 2:
        return True
    if entry.level != "other" or entry.province is not None:
        return False  # a city abroad, not a country (`Thủ tướng Anh Theresa May`)
    if not tokens.view[tokens.starts[i] : tokens.ends[last - 1]].isascii():
        return False
    if previous in _FOREIGN_ARTICLES or (previous.isascii() and tokens.is_cap_word(i - 1)):
        return True  # `The New York Times`, `Real Madrid`
    following = last < len(tokens) and tokens.joined[last] and tokens.is_cap_word(last)
    return following and tokens.texts[last].isascii() and not gazetteer().names.length(tokens.items, last)


def _head_ends_a_compound(tokens: Tokens, i: int) -> bool:
    """The lower-case head of a sea's name at i ends a word written before it: a dictionary word with the
    word before (`bờ biển`, `ven biển`; not an area word: `vùng biển Nhật Bản` is the sea), or a capitalised
    body's name (`Cảnh sát biển`, `Phòng vệ biển`: the two words before are a capitalised dictionary word). A head
    written more than once (`Cảnh sát biển biển Nhật Bản`) is walked back over in a loop, then read once."""
    head = tokens.lowers[i]
    while i > 0 and tokens.joined[i] and tokens.is_word(i - 1) and tokens.lowers[i - 1] == head:
        i -= 1
    if i == 0 or not tokens.joined[i] or not tokens.is_word(i - 1):
        return False
    before = tokens.lowers[i - 1]
    if before in load_words("places_area_words.txt"):
        return False
    if is_word(f"{before} {tokens.lowers[i]}"):
        return True
    return ends_a_capitalised_word(tokens, i - 1)


def ends_a_capitalised_word(tokens: Tokens, k: int) -> bool:
    """toks[k] is the second syllable of a capitalised dictionary word (`Xây dựng`), not a word of its own."""
    return (
        k > 0 and tokens.joined[k] and tokens.is_cap_word(k - 1) and is_word(f"{tokens.texts[k - 1]} {tokens.texts[k]}")
    )


def _bracketed_after_place(tokens: Tokens, i: int, last: int, places: list[PlaceSpan]) -> bool:
    """The name alone in brackets right after a place read before (`Brussels (Bỉ)`)."""
    if i < 2 or tokens.texts[i - 1] != "(" or last >= len(tokens) or tokens.texts[last] != ")":
        return False
    return bool(places) and places[-1].last == i - 1


def _next_to_country(tokens: Tokens, i: int, last: int, gaz: Gazetteer, places: list[PlaceSpan]) -> bool:
    """`Mỹ, Anh, Pháp`; `Nhật - Hàn`: a country right before or after, across one joiner."""
    if i >= 2 and tokens.texts[i - 1] in _LIST_JOINERS and places and places[-1].last == i - 1:
        return places[-1].level == "country" or _country_after(tokens, last, gaz)
    return _country_after(tokens, last, gaz)


def _opens_country_list(tokens: Tokens, i: int, last: int, gaz: Gazetteer) -> bool:
    """A country written in one common syllable at toks[i:last] opens a list of countries after a colon (`gồm: Anh,
    Pháp, Đức`): a colon right before it and a comma, then a country, right after. Not after a bracket, a quotation
    mark, a full stop or at a line's start, nor joined by `với`/`và` (`Ông A nói: Anh với Mỹ đi chơi`: a person)."""
    if i == 0 or not tokens.joined[i] or tokens.texts[i - 1] != ":" or last >= len(tokens) or tokens.texts[last] != ",":
        return False
    return _country_after(tokens, last, gaz)


def _country_after(tokens: Tokens, last: int, gaz: Gazetteer) -> bool:
    if last + 1 < len(tokens) and tokens.texts[last] in _LIST_JOINERS:
        width, entry = gaz.names.match(tokens.items, last + 1)
        return bool(width) and isinstance(entry, Entry) and entry.level == "country" and "strict" not in entry.flags
    return False
