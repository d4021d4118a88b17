"""Places: countries, regions, provinces (before and after the 1 Jul 2025 reform), districts, communes and
villages, with the province each belongs to after the reform.

Two ways a place is found, both on word tokens of the match view (so `Thanh Hoá` = `Thanh Hóa`):

* a unit word and a name: `tỉnh Nghệ An`, `TP.HCM`, `quận 1`, `xã Tân Lập`, `thôn Đông` — the name need
  not be known; the gazetteer, when it knows it, fixes where it ends and which province it is in;
* a name from the gazetteer on its own: `Hà Nội`, `Thủ đô`, `Sài Gòn`, `Tây Nguyên`, `Trung Quốc`.
  Names that are also given names or common words (`Huế`, `Nga`, `Anh`) need context
  (`places_gazetteer.tsv`, flags `medium` and `strict`).

The gazetteer is underthesea's `address/data/mapping.json` (63 old → 34 new provinces, old districts, old
and new wards), read once per process, plus `places_*` data files for what it lacks. A commune name that
exists in several provinces takes its province from the address it is written in (`xã Tân Lập, huyện Đan
Phượng, Hà Nội`) or from the one candidate province the article mentions.

`find_places(doc)` gives the raw spans (the organisation extractor uses them to end an organisation's name
at its place); `extract_locations(doc)` merges them into one `Location` per place.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple, cast

from vnreport.extract.names import capitalised_run, middle_names, starts_person, surnames
from vnreport.gazetteer import HCM_SHORT, admin_mapping
from vnreport.lexicon import PhraseMatcher, load_list, load_rows, load_words
from vnreport.report.model import Location, LocationLevel, Mention
from vnreport.segment.document import Document
from vnreport.segment.tokens import TokenArrays
from vnreport.text import fold


class GazetteerRow(NamedTuple):
    variant: str
    name: str
    level: str
    province: str
    flags: str


class UnitRow(NamedTuple):
    written: str
    word: str
    level: str
    flags: str


Tokens = TokenArrays

# --- the gazetteer -----------------------------------------------------------------------------------

CENTRAL_CITIES = frozenset({"Hà Nội", "TP Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"})
_HCM_SHORT = HCM_SHORT
_HCM = "TP Hồ Chí Minh"


@dataclass(frozen=True, slots=True)
class Entry:
    """A gazetteer name: what it is called, what kind of place, which province it is in now."""

    name: str
    level: str
    province: str | None
    historical: bool = False
    flags: frozenset[str] = frozenset()


_NOT_A_PLACE = Entry("", "none", None, flags=frozenset({"not_place"}))


@dataclass(frozen=True, slots=True)
class Unit:
    word: str  # canonical: `thành phố` for `TP.`
    level: str
    flags: frozenset[str]


@dataclass(slots=True)
class Gazetteer:
    names: PhraseMatcher[Entry]  # as written → Entry (provinces, countries, regions, aliases)
    admin_names: PhraseMatcher[bool]  # old districts, old and new wards (where a unit's name ends)
    admin: dict[tuple[str, str], list[Entry]]  # (unit word, folded name) → candidates
    units: PhraseMatcher[Unit]  # as written → Unit
    new_provinces: frozenset[str]


def _canonical_province(short: str) -> str:
    return _HCM if short == _HCM_SHORT else fold(short)


def _split_unit(full: str) -> tuple[str, str] | None:
    """`Huyện Mê Linh` → (`huyện`, `Mê Linh`); `Đặc khu Phú Quốc` → (`đặc khu`, `Phú Quốc`)."""
    for prefix in ("Thành phố ", "Thị xã ", "Thị trấn ", "Đặc khu ", "Huyện ", "Quận ", "Phường ", "Xã "):
        if full.startswith(prefix):
            return prefix.strip().lower(), fold(full[len(prefix) :])
    return None


def _flags(cell: str) -> frozenset[str]:
    return frozenset() if cell in {"", "-"} else frozenset(f.strip() for f in cell.split(","))


def _add_with_capital(matcher: PhraseMatcher[Any], phrase: str, value: object) -> None:
    """Add a phrase, and its sentence-initial capitalised form when it starts in lower case."""
    matcher.add(phrase, value)
    if phrase[:1].islower():  # `Đồng bằng sông Hồng`
        matcher.add(phrase[0].upper() + phrase[1:], value)


def _province_entries(mapping: dict[str, Any]) -> list[tuple[str, Entry]]:
    ambiguous = {fold(n) for n in load_list("places_ambiguous.txt")}
    new_short = {key: _canonical_province(v["short"]) for key, v in mapping["province_names"].items()}
    rows: list[tuple[str, Entry]] = []
    for key, value in mapping["old_province_names"].items():
        short = fold(value["short"])
        new = new_short[mapping["province_mapping"][key]]
        flags = frozenset({"medium"}) if short in ambiguous else frozenset()
        name = _canonical_province(value["short"])
        rows.append((short, Entry(name, "province", new, historical=key not in new_short, flags=flags)))
    return rows


def _admin_entries(mapping: dict[str, Any], province_of: dict[str, str]) -> dict[tuple[str, str], list[Entry]]:
    admin: dict[tuple[str, str], list[Entry]] = {}
    new_wards: set[tuple[str, str, str]] = set()

    def add(unit_name: tuple[str, str] | None, level: str, province: str, historical: bool) -> None:
        if unit_name is None:
            return
        entries = admin.setdefault(unit_name, [])
        entry = Entry(f"{unit_name[0]} {unit_name[1]}", level, province, historical)
        if entry not in entries:
            entries.append(entry)

    for row in mapping["ward_mapping"]:
        province = province_of[row["new_province_key"]]
        ward = _split_unit(row["new_ward"])
        if ward:
            new_wards.add((ward[0], ward[1], province))
            add(ward, "commune", province, False)
    for row in mapping["ward_mapping"]:
        province = province_of[row["new_province_key"]]
        district = _split_unit(row["old_district"])
        add(district, "district", province, True)
        ward = _split_unit(row["old_ward"])
        if ward and (ward[0], ward[1], province) not in new_wards:
            add(ward, "commune", province, True)
    return admin


@cache
def gazetteer() -> Gazetteer:
    """Built once per process (about 0.4 s: the underthesea mapping is 5 MB of JSON)."""
    mapping = admin_mapping()
    province_of = {key: _canonical_province(v["short"]) for key, v in mapping["province_names"].items()}
    names: PhraseMatcher[Entry] = PhraseMatcher("text")
    for variant, entry in _province_entries(mapping):
        if variant != _HCM_SHORT:
            _add_with_capital(names, variant, entry)
    for row in load_rows("places_gazetteer.tsv", GazetteerRow):
        flag_set = _flags(row.flags)
        province = None if row.province == "-" else row.province
        entry = Entry(row.name, row.level, province, "historical" in flag_set, flag_set)
        _add_with_capital(names, row.variant, entry)
    for phrase in load_list("places_not_places.txt"):
        names.add(phrase, _NOT_A_PLACE)
    admin = _admin_entries(mapping, province_of)
    admin_names: PhraseMatcher[bool] = PhraseMatcher("text")
    for _unit, name in admin:
        admin_names.add(name, True)
    units: PhraseMatcher[Unit] = PhraseMatcher("text")
    for unit_row in load_rows("places_units.tsv", UnitRow):
        _add_with_capital(units, unit_row.written, Unit(unit_row.word, unit_row.level, _flags(unit_row.flags)))
    return Gazetteer(names, admin_names, admin, units, frozenset(province_of.values()))


@cache
def _not_names() -> frozenset[str]:
    return load_words("places_not_names.txt")


def _cue_matcher_of(name: str) -> PhraseMatcher[bool]:
    """Phrases indexed last word first, to test what ends right before a token; with capitalised variants."""
    matcher: PhraseMatcher[bool] = PhraseMatcher("text", reverse=True)
    for phrase in load_list(name):
        matcher.add(phrase, True)
        matcher.add(phrase[0].upper() + phrase[1:], True)
    return matcher


@cache
def _cue_trie() -> PhraseMatcher[bool]:
    return _cue_matcher_of("places_cues.txt")


@cache
def _person_cue_trie() -> PhraseMatcher[bool]:
    return _cue_matcher_of("places_person_cues.txt")


def _ends_with_phrase(matcher: PhraseMatcher[bool], tokens: Tokens, i: int) -> bool:
    """Whether a phrase of the (reversed) `matcher` ends right before token i (on the same line)."""
    return matcher.ending_at(tokens.items, i)[0] > 0


# --- finding places ------------------------------------------------------------------------------------


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


_ABOLISHED_UNITS = frozenset({"huyện", "quận", "thị xã", "thị trấn"})  # on 1 Jul 2025
_STREET_WORDS = frozenset({"đường", "phố", "Đường", "Phố", "ngõ", "ngách", "hẻm", "đại lộ", "Đại lộ", "Ngõ", "Hẻm"})
_NOT_PERSON_BEFORE = frozenset({"Tỉnh", "Thành", "Huyện", "Quận", "tỉnh", "thành"})  # `Tỉnh Đoàn Hà Giang`
_HOME_STOPS = frozenset({"của", "các", "nước", "mới", "nhiều", "là"})
_LANGUAGE_WORDS = frozenset({"tiếng", "Tiếng", "văn", "chữ"})
_LIST_JOINERS = frozenset({",", "-", "và", "/", "với"})
_BARE_UNITS = {"thành phố": "city", "tỉnh": "province"}
_NOT_BARE_AFTER = frozenset({"ủy", "uỷ", "đoàn", "Đoàn", "Ủy", "Uỷ", "ủy viên", "trực", "lộ"})


def find_places(doc: Document) -> list[PlaceSpan]:
    """Every place mention of the article in text order."""
    tokens = doc.body_arrays
    places = _scan(tokens, gazetteer())
    _resolve_provinces(places, tokens)
    return places


def _scan(tokens: Tokens, gaz: Gazetteer) -> list[PlaceSpan]:
    places: list[PlaceSpan] = []
    i, n = 0, len(tokens)
    while i < n:
        if not tokens.is_word(i):
            i += 1
            continue
        blocked = _not_a_place(tokens, i, gaz)
        if blocked:
            i += blocked  # `Trung ương`, `nông thôn`, `Tân Hoa xã`: not `Trung` = China, not `thôn`
            continue
        span = _named_place(tokens, i, gaz, places) or _unit_place(tokens, i, gaz)
        if span is None:
            i += 1
            continue
        places.append(span)
        i = span.last
    return places


def _not_a_place(tokens: Tokens, i: int, gaz: Gazetteer) -> int:
    if not gaz.names.starts(tokens.items[i]):
        return 0
    width, entry = gaz.names.match(tokens.items, i)
    return width if entry is _NOT_A_PLACE else 0


def _unit_place(tokens: Tokens, i: int, gaz: Gazetteer) -> PlaceSpan | None:
    width, unit = gaz.units.match(tokens.items, i)
    if not width or not isinstance(unit, Unit):
        return None
    j = i + width
    if "cue" in unit.flags and not (_ends_with_phrase(_cue_trie(), tokens, i) or (i and tokens.texts[i - 1] == ",")):
        return None
    if j >= len(tokens) or not tokens.joined[j]:
        return _bare_unit(tokens, i, j, unit)
    if tokens.texts[j].isdigit():
        return _numbered_place(tokens, i, j, unit, gaz) if unit.flags & {"digits", "digits_only"} else None
    if not tokens.is_cap_word(j):
        return _bare_unit(tokens, i, j, unit)
    return (
        _known_unit_place(tokens, i, j, unit, gaz)
        or _unknown_unit_place(tokens, i, j, unit)
        or _bare_unit(tokens, i, j, unit)  # `UBND TP Nguyễn Đức Chung`: the name is a person's
    )


def _bare_unit(tokens: Tokens, i: int, j: int, unit: Unit) -> PlaceSpan | None:
    """`Thành phố`/`TP`/`Tỉnh` capitalised without a name: the article's home city or province."""
    kind = _BARE_UNITS.get(unit.word)
    if kind is None or not tokens.is_cap(i) or (j < len(tokens) and tokens.texts[j] in _NOT_BARE_AFTER):
        return None
    return PlaceSpan(tokens.starts[i], tokens.ends[j - 1], i, j, "", None, None, bare=kind)


def _numbered_place(tokens: Tokens, i: int, j: int, unit: Unit, gaz: Gazetteer) -> PlaceSpan:
    number = str(int(tokens.texts[j]))
    candidates = gaz.admin.get((unit.word, number), [])
    return _admin_span(tokens, i, j + 1, unit, f"{unit.word} {number}", candidates)


def _known_unit_place(tokens: Tokens, i: int, j: int, unit: Unit, gaz: Gazetteer) -> PlaceSpan | None:
    width, entry = gaz.names.match(tokens.items, j)
    if width and isinstance(entry, Entry) and entry is not _NOT_A_PLACE:
        foreign = entry.level in {"country", "region"} or (entry.level == "other" and entry.province is None)
        if foreign and not entry.flags & {"medium", "strict"}:
            return _entry_span(tokens, j, j + width, entry)  # `các tỉnh Tây Nguyên`, `thành phố London`
        if entry.level == "province" and (
            unit.word == "tỉnh" or (unit.word == "thành phố" and entry.province in CENTRAL_CITIES)
        ):
            return _entry_span(tokens, i, j + width, entry)
    admin_width, _ = gaz.admin_names.match(tokens.items, j)
    if admin_width and not _person_after_unit(tokens, j, admin_width):
        name = fold(tokens.view[tokens.starts[j] : tokens.ends[j + admin_width - 1]])
        candidates = gaz.admin.get((unit.word, name), [])
        if candidates:
            return _admin_span(tokens, i, j + admin_width, unit, f"{unit.word} {name}", candidates)
        if admin_width >= width and not _glued_dot_unit(tokens, i, j, unit):
            return _unit_span(tokens, i, j + admin_width, unit, name, None)  # a known name, not for this unit
    if width and isinstance(entry, Entry) and entry.level in {"province", "other", "commune"} and entry.province:
        name = fold(tokens.view[tokens.starts[j] : tokens.ends[j + width - 1]])
        return _unit_span(tokens, i, j + width, unit, name, entry.province)  # `TP Hạ Long`
    return None


def _unit_span(tokens: Tokens, i: int, last: int, unit: Unit, name: str, province: str | None) -> PlaceSpan:
    """A unit word and a name the ward table does not list under that unit."""
    level = ("district" if province else "other") if unit.word == "thành phố" else unit.level
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
    if tokens.texts[j] in _not_names() or starts_person(tokens.items, j) or gazetteer().names.length(tokens.items, j):
        return None  # `Nông Thôn Việt Nam`: a known name after the unit word is not this place's name
    if "digits_only" in unit.flags or _glued_dot_unit(tokens, i, j, unit):
        return None
    last = j + 1
    while last < len(tokens) and last - j < 4 and tokens.joined[last]:
        text = tokens.texts[last]
        if text == "-" and last + 1 < len(tokens) and tokens.is_cap_word(last + 1) and tokens.joined[last + 1]:
            last += 2
            continue
        if not tokens.is_cap_word(last) or text in _not_names() or gazetteer().names.length(tokens.items, last):
            break
        if last - j >= 2 and starts_person(tokens.items, last, minimum=2):
            break
        last += 1
    return _unit_span(tokens, i, last, unit, fold(tokens.view[tokens.starts[j] : tokens.ends[last - 1]]), None)


def _entry_span(tokens: Tokens, first: int, last: int, entry: Entry) -> PlaceSpan:
    province = entry.province
    if entry.level == "province" and province is None and entry.name in CENTRAL_CITIES:
        province = entry.name
    return PlaceSpan(
        tokens.starts[first], tokens.ends[last - 1], first, last, entry.name, entry.level, province, entry.historical
    )


def _named_place(tokens: Tokens, i: int, gaz: Gazetteer, places: list[PlaceSpan]) -> PlaceSpan | None:
    if not gaz.names.starts(tokens.items[i]):
        return None
    width, entry = gaz.names.match(tokens.items, i)
    if not width or not isinstance(entry, Entry) or not _context_ok(tokens, i, i + width, entry, gaz, places):
        return None
    return _entry_span(tokens, i, i + width, entry)


def _context_ok(tokens: Tokens, i: int, last: int, entry: Entry, gaz: Gazetteer, places: list[PlaceSpan]) -> bool:
    flags = entry.flags
    if flags & {"after_unit", "not_place"}:
        return False
    previous = tokens.texts[i - 1] if i and tokens.joined[i] else ""
    if previous in _STREET_WORDS:
        return False  # `phố Huế`, `đường Hà Nội` are streets
    language = previous in _LANGUAGE_WORDS or (last < len(tokens) and tokens.lowers[last] == "ngữ")
    if entry.level == "country" and language:
        return False  # `tiếng Anh` is a language
    following = last < len(tokens) and tokens.joined[last]
    if "home" in flags:
        return not (following and (tokens.is_cap_word(last) or tokens.texts[last] in _HOME_STOPS))
    if not flags & {"medium", "strict"}:
        return True
    if previous and tokens.is_cap_word(i - 1) and not _ends_with_phrase(_cue_trie(), tokens, i):
        if last - i == 1 and not previous.isupper():
            return False  # `Minh Đức`, `Phù Đức`, `Quý Trung`: one syllable after a capitalised word is a name
        in_union = previous == "Đoàn" and i > 1 and tokens.texts[i - 2] in _NOT_PERSON_BEFORE  # `Tỉnh Đoàn Hà Giang`
        if (previous in surnames() or previous in middle_names()) and not in_union:
            return False
    if _ends_with_phrase(_person_cue_trie(), tokens, i):
        return False
    if _ends_with_phrase(_cue_trie(), tokens, i):
        return True  # `Tổng thống Mỹ Donald Trump`, `tại Thái Bình`
    if "strict" in flags:
        return not tokens.sentence_initial(i) and _next_to_country(tokens, i, last, gaz, places)
    return not (following and tokens.is_cap_word(last) and not starts_person(tokens.items, last, minimum=2))


def _next_to_country(tokens: Tokens, i: int, last: int, gaz: Gazetteer, places: list[PlaceSpan]) -> bool:
    """`Mỹ, Anh, Pháp`; `Nhật - Hàn`: a country right before or after, across one joiner."""
    if i >= 2 and tokens.texts[i - 1] in _LIST_JOINERS and places and places[-1].last == i - 1:
        return places[-1].level == "country" or _country_after(tokens, last, gaz)
    return _country_after(tokens, last, gaz)


def _country_after(tokens: Tokens, last: int, gaz: Gazetteer) -> bool:
    if last + 1 < len(tokens) and tokens.texts[last] in _LIST_JOINERS:
        width, entry = gaz.names.match(tokens.items, last + 1)
        return bool(width) and isinstance(entry, Entry) and entry.level == "country" and "strict" not in entry.flags
    return False


# --- provinces of communes and bare place words ----------------------------------------------------------

_ADDRESS_GAP = re.compile(r"[\s,(\-–]*")


def _resolve_provinces(places: list[PlaceSpan], tokens: Tokens) -> None:
    _resolve_addresses(places, tokens.view)
    mentioned = Counter(p.province for p in places if p.province and not p.bare and p.level != "country")
    for place in places:
        if place.province is None and place.candidates:
            inside = [c for c in place.candidates if c in mentioned]
            if len(inside) == 1:
                place.province = inside[0]
    _resolve_bare(places)


def _resolve_addresses(places: list[PlaceSpan], view: str) -> None:
    """`thôn A, xã B, huyện C, tỉnh D`: the province of the address's last unit applies to all of it."""
    group: list[PlaceSpan] = []
    for place in [*places, None]:
        if place is not None and group and _ADDRESS_GAP.fullmatch(view, group[-1].end, place.start):
            group.append(place)
            continue
        if len(group) > 1:
            _apply_address(group)
        group = [place] if place is not None and not place.bare else []


def _apply_address(group: list[PlaceSpan]) -> None:
    """Each unit of an address lies in the next larger unit written after it: the province of the
    nearest later place that has one."""
    province: str | None = None
    for place in reversed(group):
        if not place.from_unit and place.level != "province":
            continue  # `Bình Nhưỡng, Bến Tre`: a list, not an address
        if place.province is None and province:
            place.province = province  # the address outranks the ward table, which misses pre-2025 mergers
        if place.province:
            province = place.province


def _resolve_bare(places: list[PlaceSpan]) -> None:
    """`Thành phố` alone is the article's city, `Tỉnh` its province: the one most mentioned."""
    cities = Counter(p.name for p in places if p.level == "province" and p.name in CENTRAL_CITIES)
    provinces = Counter(p.name for p in places if p.level == "province" and p.name not in CENTRAL_CITIES)
    for place in places:
        if not place.bare:
            continue
        pool = cities if place.bare == "city" else provinces
        if pool:
            name = pool.most_common(1)[0][0]
            place.name, place.level, place.province = name, "province", name
            place.historical = any(p.historical for p in places if p.name == name and not p.bare)


# --- the Location list -------------------------------------------------------------------------------------


def extract_locations(doc: Document, places: list[PlaceSpan] | None = None) -> list[Location]:
    """One Location per distinct place, mentions in text order, places in order of first mention.
    `places`: the spans of `find_places(doc)` when the caller has them already."""
    merged: dict[tuple[str, str | None], Location] = {}
    for place in find_places(doc) if places is None else places:
        if not place.name:
            continue  # a bare `Thành phố` in an article that names no city
        key = (fold(place.name).lower(), place.level)
        location = merged.get(key)
        if location is None:
            location = Location(
                name=place.name,
                level=cast(LocationLevel, place.level),
                province=place.province,
                historical=place.historical,
            )
            merged[key] = location
        elif location.province is None and place.province:
            location.province = place.province
        location.mentions.append(Mention(text=doc.text[place.start : place.end], start=place.start, end=place.end))
    return list(merged.values())
