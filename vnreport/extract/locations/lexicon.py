"""The gazetteer of places: provinces (before and after the 1 Jul 2025 reform), old districts and
communes, countries, regions and the unit words, built once per process.

The administrative data is underthesea's `address/data/mapping.json` (63 old → 34 new provinces, old
districts, old and new wards; see `vnreport/gazetteer.py`), plus `places_*` data files for what it lacks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from vnreport.datafiles import all_data_files, built, prebuilt
from vnreport.extract.dates.lexicon import UnitSurfaceRow, parts_of_day
from vnreport.gazetteer import HCM_SHORT, admin_mapping, mapping_file
from vnreport.lexicon import PhraseMatcher, list_matcher, load_list, load_rows, load_words, phrase_matcher
from vnreport.numbers import number_words
from vnreport.segment.openers import counted_pair
from vnreport.segment.tokens import TokenArrays
from vnreport.text import fold


class GazetteerRow(NamedTuple):
    variant: str
    name: str
    level: str
    province: str
    flags: str


class MinedPlaceRow(NamedTuple):
    """A city or state abroad mined from the corpus (places_foreign_mined.tsv): its name, its country and
    the counts that kept it."""

    name: str
    country: str
    articles: str
    uses: str
    cued: str


class UnitRow(NamedTuple):
    written: str
    word: str
    level: str
    flags: str


class FacilityRow(NamedTuple):
    head: str
    word: str
    follows: str
    flags: str


Tokens = TokenArrays

CENTRAL_CITIES = frozenset({"Hà Nội", "TP Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"})
HCM = "TP Hồ Chí Minh"
_UPPER_LEVELS = frozenset({"country", "province", "district", "commune"})  # also matched in a heading's capitals


class Entry(NamedTuple):
    """A gazetteer name: what it is called, what kind of place, which province it is in now. A tuple:
    the gazetteer holds some 13,000 and loads them from the cache at every start, where a tuple is
    several times quicker to unpickle than a dataclass."""

    name: str
    level: str
    province: str | None
    historical: bool = False
    flags: frozenset[str] = frozenset()


NOT_A_PLACE = Entry("", "none", None, flags=frozenset({"not_place"}))


@dataclass(frozen=True, slots=True)
class Unit:
    word: str  # canonical: `thành phố` for `TP.`
    level: str
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class Facility:
    """A facility head (`chùa`, `quốc lộ`, `Khu công nghiệp`): its canonical word, what may follow it
    (`name`, `number` or `either`) and its flags (places_facilities.tsv)."""

    word: str
    follows: str
    flags: frozenset[str]
    acronym: bool  # matched only as written (`KCN`, `QL`)


@dataclass(slots=True)
class Gazetteer:
    names: PhraseMatcher[Entry]  # as written → Entry (provinces, countries, regions, aliases)
    admin_names: PhraseMatcher[bool]  # old districts, old and new wards (where a unit's name ends)
    admin: dict[tuple[str, str], list[Entry]]  # (unit word, folded name) → candidates
    admin_by_name: dict[str, list[Entry]]  # folded name → candidates of every unit (`Hoàn Kiếm`)
    units: PhraseMatcher[Unit]  # as written → Unit
    facilities: PhraseMatcher[Facility]  # lower case → Facility
    glued: dict[str, Facility]  # acronym heads written against their number (`QL` of `QL1A`)
    new_provinces: frozenset[str]
    openers: frozenset[str] = frozenset()  # first tokens of every name, unit word and head (as written and lower)

    def opens(self, text: str, lower: str) -> bool:
        """Whether some place reading may start at a token: the cheap test every token is asked first."""
        return text in self.openers or lower in self.openers


def _canonical_province(short: str) -> str:
    return HCM if short == HCM_SHORT else fold(short)


def _split_unit(full: str) -> tuple[str, str] | None:
    """`Huyện Mê Linh` → (`huyện`, `Mê Linh`); `Đặc khu Phú Quốc` → (`đặc khu`, `Phú Quốc`)."""
    for prefix in ("Thành phố ", "Thị xã ", "Thị trấn ", "Đặc khu ", "Huyện ", "Quận ", "Phường ", "Xã "):
        if full.startswith(prefix):
            return prefix.strip().lower(), fold(full[len(prefix) :])
    return None


def flags_of(cell: str) -> frozenset[str]:
    return frozenset() if cell in {"", "-"} else frozenset(f.strip() for f in cell.split(","))


def add_with_capital(matcher: PhraseMatcher[Any], phrase: str, value: object, *, upper: bool = False) -> None:
    """Add a phrase, and its sentence-initial capitalised form when it starts in lower case; with `upper`,
    its upper-case form too (`THÀNH PHỐ HÀ NỘI` in a heading)."""
    matcher.add(phrase, value)
    if phrase[:1].islower():  # `Đồng bằng sông Hồng`
        matcher.add(phrase[0].upper() + phrase[1:], value)
    if upper:
        matcher.add(phrase.upper(), value)


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
    """Built once (about 0.4 s: the underthesea mapping is 5 MB of JSON) and kept ready-made in the
    cache (datafiles.built): a later process loads it in a tenth of that. Compared by value, never by
    identity (`== NOT_A_PLACE`): a loaded gazetteer holds copies."""
    sources = [mapping_file(), *all_data_files()]
    return built("gazetteer", sources, _build_gazetteer)


def _build_gazetteer() -> Gazetteer:
    mapping = admin_mapping()
    province_of = {key: _canonical_province(v["short"]) for key, v in mapping["province_names"].items()}
    names: PhraseMatcher[Entry] = PhraseMatcher("text")
    water_heads = frozenset(load_list("places_water_heads.txt"))
    for variant, entry in _province_entries(mapping):
        if variant != HCM_SHORT:
            add_with_capital(names, variant, entry, upper=True)
    rows = load_rows("places_gazetteer.tsv", GazetteerRow)
    written = {row.variant for row in rows}
    for row in rows:
        flag_set = flags_of(row.flags)
        province = None if row.province == "-" else row.province
        entry = Entry(row.name, row.level, province, "historical" in flag_set, flag_set)
        add_with_capital(names, row.variant, entry, upper=row.level in _UPPER_LEVELS)
        head, _, rest = row.variant.partition(" ")
        lowered = f"{head.lower()} {rest}"
        if rest and head in water_heads and lowered not in written:  # `biển Nhật Bản` as `Biển Nhật Bản`
            names.add(lowered, Entry(row.name, row.level, province, entry.historical, flag_set | {LOWER_HEAD}))
    _add_mined_places(names)
    for phrase in load_list("places_not_places.txt"):
        add_with_capital(names, phrase, NOT_A_PLACE)  # `đô la Mỹ`, and `Đô la Mỹ` opening a sentence
    admin = _admin_entries(mapping, province_of)
    admin_names: PhraseMatcher[bool] = PhraseMatcher("text")
    admin_by_name: dict[str, list[Entry]] = {}
    for (_unit, name), entries in admin.items():
        admin_names.add(name, True)
        admin_by_name.setdefault(name, []).extend(entries)
    units: PhraseMatcher[Unit] = PhraseMatcher("text")
    for unit_row in load_rows("places_units.tsv", UnitRow):
        unit = Unit(unit_row.word, unit_row.level, flags_of(unit_row.flags))
        add_with_capital(units, unit_row.written, unit, upper=unit.level in _UPPER_LEVELS)
    facilities: PhraseMatcher[Facility] = PhraseMatcher("lower")
    glued: dict[str, Facility] = {}
    for facility_row in load_rows("places_facilities.tsv", FacilityRow):
        acronym = facility_row.head.isupper()
        facility = Facility(facility_row.word, facility_row.follows, flags_of(facility_row.flags), acronym)
        facilities.add(facility_row.head, facility)
        if acronym and "glued" in facility.flags:
            glued[facility_row.head] = facility
    openers = frozenset(m.first_tokens() for m in (names, admin_names, units, facilities))
    return Gazetteer(
        names,
        admin_names,
        admin,
        admin_by_name,
        units,
        facilities,
        glued,
        frozenset(province_of.values()),
        frozenset().union(*openers),
    )


_MINED_FLAGS = frozenset({"strict"})
# the flag of a sea's name matched with its head in lower case (places_water_heads.txt): the head may end a
# compound there (`bờ biển Nhật Bản`, `Cảnh sát biển Nhật Bản`: the country's coast, its coast guard)
LOWER_HEAD = "lower_head"


def _add_mined_places(names: PhraseMatcher[Entry]) -> None:
    """Cities and states abroad mined from the corpus (none is a name of places_gazetteer.tsv: the data
    test checks it). `strict`: a GeoNames name may also be a surname or a brand abroad (`Lincoln`,
    `Georgia`), so it is a place only after a cue word (`tại`, `ở`, `bang`) or next to a country."""
    for row in load_rows("places_foreign_mined.tsv", MinedPlaceRow):
        names.add(row.name, Entry(row.name, "other", None, flags=_MINED_FLAGS))


@cache
def unit_words() -> PhraseMatcher[bool]:
    """The unit words of places_units.tsv written in lower case (`xã`, `thôn`, `khu phố`, `tổ dân phố`),
    matched lower case: a unit word stands inside a name of people by their place (`Người dân thôn X`)."""
    rows = load_rows("places_units.tsv", UnitRow)
    words = (row.written for row in rows if row.written == row.written.lower() and "abroad" not in row.flags.split(","))
    return phrase_matcher(words, "lower")


def particle_name(tokens: Tokens, j: int) -> bool:
    """A lower-case article of an Arabic name (places_name_particles.txt: `al`) glued by a hyphen to a capitalised
    word at j (`al-Nuri`, `al-Tanf`): a proper name that opens in lower case, read as a capitalised one is after a
    unit word or a facility's head (`thị trấn al-Tanf`, `nhà nguyện al-Nuri`)."""
    if j + 2 >= len(tokens) or tokens.lowers[j] not in name_particles():
        return False
    if not tokens.texts[j].islower() or tokens.texts[j + 1] != "-" or not tokens.is_cap_word(j + 2):
        return False
    return tokens.items[j + 1].gap == 0 and tokens.items[j + 2].gap == 0


@cache
def name_particles() -> frozenset[str]:
    return load_words("places_name_particles.txt")


@cache
def not_names() -> frozenset[str]:
    return load_words("places_not_names.txt")


@cache
def name_endings() -> frozenset[str]:
    return load_words("places_name_endings.txt")


@cache
def facility_before() -> frozenset[str]:
    return load_words("places_facility_before.txt")


@cache
def facility_not_after() -> frozenset[str]:
    return load_words("places_facility_not_after.txt")


_QUANTITY_KINDS = frozenset({"measure", "percent"})


@cache
def quantity_units() -> PhraseMatcher[bool]:
    """The units that make the number before them a quantity, not a facility's number (`mặt đường 12m`,
    `quãng đường 900 cây số`, `đường 6 làn`): the figures' units of measure and percent, the big number
    scales (`3 tỷ`), and the few words only a place reads so (places_code_units.txt). Matched lower
    case. A unit written with a digit (`km 2`, a superscript lost in copying) is left out: after a road's
    number `Km 2` is a milestone on the road."""
    units = [r.surface for r in load_rows("figures_units.tsv", UnitSurfaceRow) if r.kind in _QUANTITY_KINDS]
    scales = [word for word, (_, big) in number_words().scales.items() if big]
    phrases = [*units, *scales, *load_list("places_code_units.txt")]
    return phrase_matcher((p for p in phrases if not any(w.isdigit() for w in p.split()[1:])), "lower")


@cache
def name_side_trie() -> PhraseMatcher[bool]:
    """Sides that end a chained facility's name, matched forward (`phía Đông`)."""
    matcher: PhraseMatcher[bool] = PhraseMatcher("text")
    for phrase in load_list("places_name_sides.txt"):
        matcher.add(phrase, True)
    return matcher


@cache
def plural_trie() -> PhraseMatcher[bool]:
    return _cue_matcher_of("places_plural.txt")


@cache
def admin_cue_trie() -> PhraseMatcher[bool]:
    return _cue_matcher_of("places_admin_cues.txt")


@cache
def region_cue_trie() -> PhraseMatcher[bool]:
    return _cue_matcher_of("places_region_cues.txt")


@cache
def project_trie() -> PhraseMatcher[bool]:
    """Project words (True) and the longer phrases ending in one that tell no project (False): the longest
    match before a facility decides (`chủ đầu tư` is no `đầu tư`)."""
    matcher = _cue_matcher_of("places_project_words.txt")
    for phrase in load_list("places_project_not_words.txt"):
        matcher.add(phrase, False)
        matcher.add(phrase[0].upper() + phrase[1:], False)
    return matcher


@cache
def team_head_trie() -> PhraseMatcher[bool]:
    """Heads of a sports team's name (places_team_heads.txt): `đội tuyển`, `CLB`."""
    return _cue_matcher_of("places_team_heads.txt")


@cache
def team_hiring_markers() -> frozenset[str]:
    """Words after which a bare `tuyển` is the verb to hire (places_team_hiring_markers.txt): `được`, `vừa`."""
    return load_words("places_team_hiring_markers.txt")


@cache
def team_qualifier_trie() -> PhraseMatcher[bool]:
    """Words between a team's head and its place (places_team_qualifiers.txt): `nữ`, `bóng đá`."""
    return _cue_matcher_of("places_team_qualifiers.txt")


@cache
def acronym_head_trie() -> PhraseMatcher[bool]:
    """Lower-case words after which a generic acronym heads one body's name (places_acronym_heads.txt:
    `trường THPT …`), last word first."""
    return phrase_matcher(load_list("places_acronym_heads.txt"), "lower", reverse=True)


@cache
def plant_word_trie() -> PhraseMatcher[bool]:
    """Products that name a plant or a company with the place after them wherever they stand
    (places_plant_words.txt: `DAP`, `bôxit`, `lọc hóa dầu`), in lower case, last word first."""
    return phrase_matcher(load_list("places_plant_words.txt"), "lower", reverse=True)


@cache
def plant_brand_trie() -> PhraseMatcher[bool]:
    """Bare products whose place after them is as often the market or the origin (places_plant_brands.txt: `đạm`,
    `xi măng`, `bia`, `sâm`): a plant's or a brand's name only when capitalised or after a plant's head (`nhà máy`,
    `công ty`: places_plant_heads.txt). Lower case, last word first."""
    return phrase_matcher(load_list("places_plant_brands.txt"), "lower", reverse=True)


@cache
def plant_head_trie() -> PhraseMatcher[bool]:
    """Heads after which a bare product names the plant or the firm (places_plant_heads.txt: `nhà máy`,
    `công ty`), in lower case, last word first."""
    return phrase_matcher(load_list("places_plant_heads.txt"), "lower", reverse=True)


@cache
def demonym_trie() -> PhraseMatcher[bool]:
    return _cue_matcher_of("places_demonym_words.txt")


@cache
def people_trie() -> PhraseMatcher[bool]:
    return _cue_matcher_of("places_people_words.txt")


@cache
def plan_trie() -> PhraseMatcher[bool]:
    """Words that name the plan for the facility after them (`quy hoạch`, `quy hoạch tổng thể phát triển`)."""
    return _cue_matcher_of("places_plan_words.txt")


@cache
def title_trie() -> PhraseMatcher[bool]:
    return _cue_matcher_of("places_title_words.txt")


@cache
def delegation_trie() -> PhraseMatcher[bool]:
    return _cue_matcher_of("places_delegation_words.txt")


@cache
def deputy_trie() -> PhraseMatcher[bool]:
    return _cue_matcher_of("places_deputy_words.txt")


@cache
def org_head_trie() -> PhraseMatcher[bool]:
    """The heads of organisations (orgs_heads.tsv: `Bộ`, `Bệnh viện`, `Công ty`), lower case: a capitalised
    run that opens with one names a body, no street. Not `organizations.lexicon.lexicon().heads_lower`, which
    leaves out the acronyms and the heads written in lower case (matched as written there); its row type is
    imported here, not at the top, as the organisations' lexicon imports this package (its gazetteer)."""
    from vnreport.extract.organizations.lexicon import HeadRow

    return phrase_matcher((row.head for row in load_rows("orgs_heads.tsv", HeadRow)), "lower")


@cache
def document_trie() -> PhraseMatcher[bool]:
    """Kinds of documents whose names may hold a place (`Thỏa thuận Paris`), matched as written."""
    return phrase_matcher(load_list("places_document_words.txt"), "text")


@prebuilt("locations-domain-trie")
def domain_trie() -> PhraseMatcher[bool]:
    """The domains of ministries and departments (`Quốc phòng`, `Thương mại`), ending right before a token."""
    return phrase_matcher(load_list("orgs_domains.txt"), "lower", reverse=True)


@cache
def facility_eponyms() -> PhraseMatcher[bool]:
    """Names with a title a memorial bears (places_facility_eponyms.txt): `Chủ tịch Hồ Chí Minh`."""
    return phrase_matcher(load_list("places_facility_eponyms.txt"), "text")


class FacilityKindRow(NamedTuple):
    head: str
    kind: str


@cache
def facility_kinds() -> dict[str, str]:
    """A facility head's canonical word → the kind of facility it names (places_facility_kinds.tsv):
    `cảng hàng không` and `sân bay` name one kind."""
    return {row.head: row.kind for row in load_rows("places_facility_kinds.tsv", FacilityKindRow)}


class VenueBodyRow(NamedTuple):
    body: str
    place: str  # `required` or `optional`


@cache
def venue_bodies() -> PhraseMatcher[bool]:
    """Bodies a venue is named after (places_venue_bodies.tsv): `Hội trường Tỉnh ủy`, `trụ sở Chính phủ`;
    the value: whether the body needs its place after it (`Hội trường UBND huyện …`, not `trụ sở UBND`)."""
    matcher: PhraseMatcher[bool] = PhraseMatcher("text")
    for row in load_rows("places_venue_bodies.tsv", VenueBodyRow):
        matcher.add(row.body, row.place == "required")
    return matcher


def opens_sentence(tokens: Tokens, k: int) -> bool:
    """A capitalised function word at k that opens the next sentence of a heading or caption that lost its
    full stop (`… chợ Kim Biên Theo đó, …`, `cảng Việt Nam Trong Tuyên bố chung …`, a day and its date:
    `… Cần Thơ Ngày 10-7, …`): a name ends before it, unless a function word starts a place's name (`Từ Liêm`
    of `cầu Bắc Từ Liêm`). A day or time-of-day word before a date ends it always: no place's name goes on
    with a date."""
    openers = list_matcher("orgs_sentence_openers.txt", "text"), list_matcher("places_heading_openers.txt", "text")
    if not any(matcher.match(tokens.items, k)[0] for matcher in openers) and not counted_opener(tokens, k):
        return _dated_opener(tokens, k)
    gaz = gazetteer()
    return not (gaz.admin_names.length(tokens.items, k) or gaz.names.length(tokens.items, k))


# `time` too: `… cầu Hàm Rồng Tối 20h30, …` opens the next sentence as a date does.
_DATE_KINDS = frozenset({"date", "number", "time"})


@cache
def _dated_opener_matcher() -> PhraseMatcher[bool]:
    """The parts of a day of dates_parts_of_day.tsv, capitalised (`Sáng`, `Khuya`, `Đầu giờ chiều`), and the
    day words of places_dated_openers.txt (`Ngày`, `Hôm`, `Tối qua`): one list of the parts of a day to keep."""
    matcher: PhraseMatcher[bool] = PhraseMatcher("text")
    for phrase in [*parts_of_day(), *load_list("places_dated_openers.txt")]:
        matcher.add(phrase[0].upper() + phrase[1:], True)
    return matcher


def _dated_opener(tokens: Tokens, k: int) -> bool:
    """A capitalised day or time-of-day word and the date or time after it at k (`Ngày 10-7`, `Sáng 5/6`,
    `Tối 20h30`): the next sentence's opening, as no place's name goes on with a date."""
    width = _dated_opener_matcher().match(tokens.items, k)[0]
    after = k + width
    return bool(width) and after < len(tokens) and tokens.joined[after] and tokens.items[after].kind in _DATE_KINDS


def counted_opener(tokens: Tokens, j: int) -> bool:
    """A word pair counted over the news corpus as opening sentences and (almost) never capitalised inside one
    (sentence_openers.txt: `Thời điểm`, `Đối với`, `Quyết tâm`), at j, capitalised, its second word in lower
    case as counted, and no capitalised word after it (`Ủy ban Công tác Đặc biệt Thủ đô Viêng Chăn`: the name
    goes on). A name that is no word of a body's vocabulary reaches it only where a heading or caption lost
    its full stop and the next sentence follows."""
    if not (tokens.is_cap_word(j) and j + 1 < len(tokens) and tokens.joined[j + 1] and counted_pair(tokens.items, j)):
        return False
    return not (j + 2 < len(tokens) and tokens.joined[j + 2] and tokens.is_cap_word(j + 2))


@cache
def function_word_trie() -> PhraseMatcher[bool]:
    """Function words and common verbs (orgs_name_stops.txt): `tại`, `với`, `của` …"""
    return phrase_matcher(load_list("orgs_name_stops.txt"), "lower")


def _cue_matcher_of(name: str) -> PhraseMatcher[bool]:
    """Phrases indexed last word first, to test what ends right before a token; with capitalised variants."""
    matcher: PhraseMatcher[bool] = PhraseMatcher("text", reverse=True)
    for phrase in load_list(name):
        matcher.add(phrase, True)
        matcher.add(phrase[0].upper() + phrase[1:], True)
    return matcher


@cache
def cue_trie() -> PhraseMatcher[bool]:
    return _cue_matcher_of("places_cues.txt")


@cache
def agent_cue_trie() -> PhraseMatcher[bool]:
    return _cue_matcher_of("places_agent_cues.txt")


@cache
def seat_cue_trie() -> PhraseMatcher[bool]:
    """Cues of a building as a place (True) and the longer phrases ending in one that are none (False:
    `đua vào`, the race for the office, not a way into the building)."""
    matcher: PhraseMatcher[bool] = PhraseMatcher("text", reverse=True)
    for line in load_list("places_seat_cues.txt"):
        phrase, cue = (line[1:], False) if line.startswith("!") else (line, True)
        matcher.add(phrase, cue)
        matcher.add(phrase[0].upper() + phrase[1:], cue)
    return matcher


@dataclass(frozen=True, slots=True)
class NameHeads:
    """places_name_heads.txt read once: the heads of names that may end in a place and the markers of its lines
    (`!` a longer word that opens no name, `=` a gathering's head that only a proper name follows)."""

    trie: PhraseMatcher[bool]  # each head (True) and each longer word it starts (False), also capitalised
    lower: frozenset[str]  # the heads written in lower case (`thủy điện`): they count in lower case too
    proper: frozenset[str]  # the heads marked `=` (`Hội nghị`): only a proper name after them ends in a place
    titled: frozenset[str]  # the heads marked `^` (`THPT`, `PCCC`): a head only right after a capitalised word
    longest: int  # syllables of the longest line (`Hãng hàng không`): how far back a head may start


@cache
def part_heads() -> frozenset[str]:
    """Heads of places_name_heads.txt that also name a part of a place (`Trung tâm`, the centre)."""
    return frozenset(load_list("places_part_heads.txt"))


@cache
def name_heads() -> NameHeads:
    trie: PhraseMatcher[bool] = PhraseMatcher("text")
    lower: set[str] = set()
    proper: set[str] = set()
    titled: set[str] = set()
    longest = 0
    for line in load_list("places_name_heads.txt"):
        marker = line[0] if line[0] in "!=^" else ""
        phrase, head = line[len(marker) :], marker != "!"
        trie.add(phrase, head)
        if phrase.islower():
            trie.add(phrase[0].upper() + phrase[1:], head)
            if head:
                lower.add(phrase)
        if marker == "=":
            proper.add(phrase)
        if marker == "^":
            titled.add(phrase)
        longest = max(longest, len(phrase.split()))
    return NameHeads(trie, frozenset(lower), frozenset(proper), frozenset(titled), longest)


@cache
def name_vocab_trie() -> PhraseMatcher[bool]:
    """Lower-case words of an organisation's name (`phát triển`, `đa khoa`), read backwards."""
    return phrase_matcher(load_list("orgs_vocab.txt"), "lower", reverse=True)


@cache
def person_cue_trie() -> PhraseMatcher[bool]:
    return _cue_matcher_of("places_person_cues.txt")


def ends_with_phrase(matcher: PhraseMatcher[bool], tokens: Tokens, i: int) -> bool:
    """Whether a phrase of the (reversed) `matcher` ends right before token i (on the same line)."""
    return matcher.ending_at(tokens.items, i)[0] > 0
