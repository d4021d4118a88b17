"""The Location list: one entry per distinct place, its mentions in text order.

A place written only inside a longer name — an organisation's (`Nghệ An` in `UBND tỉnh Nghệ An`,
`Việt Nam` in `Đài Tiếng nói Việt Nam`) — is not a location; it is one when the text also names it on its
own. The name reported is the fullest mention as written (`TPHCM`, `TP Vinh`); the gazetteer's name is
`canonical`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from itertools import pairwise
from typing import Protocol, cast

from vnreport import regexes
from vnreport.extract.locations.lexicon import facility_kinds
from vnreport.extract.locations.spans import PlaceSpan
from vnreport.lexicon import load_list
from vnreport.report.model import Location, LocationLevel, Mention
from vnreport.segment.document import Document
from vnreport.spans import Spans
from vnreport.text import fold, strip_tone_marks


class Span(Protocol):
    """Character offsets of a longer name (an organisation's mention)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def merge_locations(doc: Document, places: list[PlaceSpan], names: Sequence[Span] = ()) -> list[Location]:
    """One Location per distinct place, mentions in text order, places in order of first mention.
    `names`: spans of organisation or document names; a mention inside one is not the place's own, nor
    is one inside a title (`Tổng thống Pháp`). A place only ever written as a bare `Thành phố` is left
    out too: the text does not name it; unless its city is written inside names or titles (`UBND TP Hà Nội`),
    when the bare `TP` is the city's mention (round 27)."""
    inside = Spans((span.start, span.end) for span in names)
    hosts = Spans((span.start, span.end) for span in names if doc.text.startswith(_missions(), span.start))
    elided = _elided_bodies(doc.text, places, names)
    merged: dict[tuple[str, str | None], Location] = {}
    written: dict[int, list[str]] = {}  # id of a Location → its mentions as written, bare words left out
    addressed: set[tuple[str, str | None]] = set()  # places whose province an address gave
    by_context: set[tuple[str, str | None]] = set()  # places only ever read from their context, bare
    written_out: set[tuple[str, str | None]] = set()
    bare_names: dict[tuple[str, str | None], str] = {}  # the name without unit word or head
    zones: set[tuple[str, str | None]] = set()  # keys of zone facilities
    hidden: dict[tuple[str, str | None], list[str]] = {}  # a city's mentions inside names and titles, as written
    bare_cities: dict[int, tuple[str, str | None]] = {}  # id of a Location → its key, for a bare `TP`
    acronyms = _facility_acronyms(places)
    projects = _projects(places)
    for place in places:
        named = inside.holds(place.start, place.end) and not _host_of_mission(doc.text, place, hosts)
        within = place.inside if place.inside != "plan" else None  # a plan's place that stands: named
        if place.name and (within or named) and place.level in _CITY_LEVELS:
            hidden.setdefault(_place_key(place), []).append(doc.text[place.start : place.end])
        if not place.name or within or named or id(place) in elided:
            continue  # a bare `Thành phố` in an article that names no city; `tỉnh Nghệ An` in `UBND tỉnh Nghệ An`
        key = _place_key(place)
        key = acronyms.get(key, key)
        if key in projects:
            continue  # `khi sân bay Long Thành đưa vào sử dụng` after `dự án Cảng hàng không quốc tế Long Thành`
        bare_names.setdefault(key, place.bare_name or _without_unit(key[0], _MORE_UNIT_WORDS))
        (by_context if place.by_context else written_out).add(key)
        if place.zone:
            zones.add(key)
        location = merged.get(key)
        if location is None:
            location = Location(
                name=place.name,
                canonical=place.name,
                level=cast(LocationLevel, place.level),
                province=place.province,
                historical=place.historical,
            )
            merged[key] = location
            if place.addressed and place.province:
                addressed.add(key)
        else:
            if place.province and (location.province is None or (place.addressed and key not in addressed)):
                location.province = place.province  # an address's word outranks the tables' guess
            if place.addressed and place.province:
                addressed.add(key)
            if len(place.name) > len(location.canonical or ""):
                location.canonical = place.name  # `huyện Củ Chi` over `Củ Chi`
            if place.from_unit and place.level != location.level:
                location.level = cast(LocationLevel, place.level)  # `quận Thủ Đức` (historical) over `Thủ Đức`
                location.historical = place.historical
        text = doc.text[place.start : place.end]
        location.mentions.append(Mention(text=text, start=place.start, end=place.end))
        if not place.bare:
            written.setdefault(id(location), []).append(doc.text[_area_head_start(doc.text, place) : place.end])
        elif _names_the_city(doc.text, place.start, text):
            bare_cities[id(location)] = key
    _merge_bare_names(merged, by_context - written_out, bare_names, zones)
    _merge_tone_variants(merged, written)
    found = []
    for location in merged.values():
        texts = written.get(id(location)) or _named_only_inside(
            hidden, bare_cities.get(id(location)), location.canonical or location.name
        )
        if texts:
            location.name = _as_written(texts, location.name)
            found.append(location)
    return found


_CITY_LEVELS = frozenset({"province", "district", "other"})


def _area_head_start(text: str, place: PlaceSpan) -> int:
    """`khu vực Đông Nam Á`, `vùng Viễn Đông`: a region or a place abroad right after a lower-case word of an area
    (places_area_words.txt) is written with it, its head word (samples/gold/README.md: a place is written with
    its head word when the text has one), so the name reported is `khu vực Đông Nam Á`; its mention stays the
    place as the scan read it (`Đông Nam Á`). Not a country, a province or a district: `khu vực Hà Nội` is an
    area of a unit, not its name. Where the written form starts: before the area word, else at the place."""
    if place.level not in _AREA_LEVELS or place.from_unit:
        return place.start
    if text[place.start : place.start + len(_OWN_HEAD)].lower() == _OWN_HEAD:
        return place.start  # `khu vực miền Trung`: the region is written with a head of its own
    end = _spaces_before(text, place.start)
    if end == place.start:
        return place.start
    for word in _area_words():
        start = end - len(word)
        if start < 0 or text[start:end] != word or (start > 0 and text[start - 1].isalnum()):
            continue
        before = _spaces_before(text, start)
        if any(text[before - len(w) : before].lower() == w for w in _area_not_after() if before >= len(w)):
            return place.start  # `tiểu vùng Mê Kông`: a sub-region, not the region written with its head
        return start
    return place.start


_MAX_GAP = 3  # spaces between an area word and its place (`khu vực  Đông Nam Á`)


def _spaces_before(text: str, at: int) -> int:
    """Where the run of at most three spaces or tabs ending at `at` starts."""
    k = at
    while k > 0 and at - k < _MAX_GAP and text[k - 1] in " \t":
        k -= 1
    return k


_AREA_LEVELS = frozenset({"region", "other"})
_OWN_HEAD = "miền "  # a region's own head word (`miền Trung`, `miền Bắc`)


@cache
def _area_words() -> tuple[str, ...]:
    return load_list("places_area_words.txt")


@cache
def _area_not_after() -> tuple[str, ...]:
    return load_list("places_area_not_after.txt")


_SENTENCE_ENDS = frozenset('.!?:\n"“')


def _names_the_city(text: str, start: int, written: str) -> bool:
    """A bare `TP`, or `Thành phố` opening a sentence (round 29; not a lower-case `thành phố`, nor `tỉnh`),
    that is not one of every city (`UBND các tỉnh, TP`)."""
    before = text[max(0, start - 10) : start]
    if written == "Thành phố":
        return not before.rstrip(" ") or before.rstrip(" ")[-1] in _SENTENCE_ENDS
    return written == "TP" and not before.endswith(_CITY_LISTS)


_CITY_LISTS = ("tỉnh, ", "tỉnh/", "tỉnh và ", "các ")  # `UBND các tỉnh, TP`: every city, none named
_CITY_WORDS = ("TP", "Thành phố", "thành phố")


def _named_only_inside(
    hidden: dict[tuple[str, str | None], list[str]], key: tuple[str, str | None] | None, city: str
) -> list[str]:
    """`đề xuất TP giải quyết` where the city is written only inside names and titles (`UBND TP Hà Nội`, `Sở
    NN&PTNT Hà Nội`): the bare `TP` names the city, a location written as those names write it with its unit word
    (`TP Hà Nội`; not `Sài Gòn` of a park's name), else as the gazetteer does (round 27)."""
    texts = hidden.get(key, []) if key is not None else []
    return [t for t in texts if t.startswith(_CITY_WORDS)] or ([city] if texts else [])


@cache
def _missions() -> tuple[str, ...]:
    return tuple(load_list("places_missions.txt"))


def _host_of_mission(text: str, place: PlaceSpan, hosts: Spans) -> bool:
    """`Đại sứ quán Hoa Kỳ tại Hà Nội`: the place a diplomatic mission is in, after `tại` at the end of
    its name, is named by the text (the mission is `Đại sứ quán Hoa Kỳ`)."""
    return text[max(0, place.start - len(_AT)) : place.start] == _AT and hosts.holds(place.start, place.end)


_AT = " tại "
_ELIDING = frozenset({" và ", ", "})
_PLURAL = " các "


def _elided_bodies(text: str, places: list[PlaceSpan], names: Sequence[Span]) -> set[int]:
    """`UBND tỉnh Tuyên Quang và Phú Thọ`: a bare name of the same level right after an organisation
    that ends in its place, joined by `và` or a comma, names the second body (`UBND tỉnh Phú Thọ`), not
    a place of its own; so do the places of a plural right after an organisation (`Ban An toàn giao
    thông các tỉnh Tuyên Quang, Phú Thọ`). Ids of such places."""
    org_ends = {span.end for span in names}
    ending = {place.end: place for place in places if place.end in org_ends and place.name}
    elided: set[int] = set()
    for place in places:
        if not place.name:
            continue
        start = place.unit_start if place.unit_start >= 0 else place.start
        if text[start - len(_PLURAL) : start] == _PLURAL and start - len(_PLURAL) in org_ends:
            elided.add(id(place))  # `Ban An toàn giao thông các tỉnh Tuyên Quang, Phú Thọ`
            ending[place.end] = place
            continue
        if place.from_unit:
            continue
        for gap in _ELIDING:
            before = ending.get(place.start - len(gap))
            if before is not None and before.level == place.level and text[before.end : place.start] == gap:
                elided.add(id(place))
                ending[place.end] = place  # `UBND các tỉnh A, B và C`
    return elided


_CONTEXT_LEVELS = frozenset({"district", "commune", "village"})
# a zone is named after the district it lies in (`KCN Quế Võ`, `KCN Tiên Du`): a bare district name is the
# district; a commune's name read bare is the zone that took it (`Hòa Lạc`, `Mễ Trì`: 3/3 in a corpus sample)
_OUTLIVES_ZONE = frozenset({"district", "province"})


def _merge_bare_names(
    merged: dict[tuple[str, str | None], Location],
    by_context: set[tuple[str, str | None]],
    bare_names: dict[tuple[str, str | None], str],
    zones: set[tuple[str, str | None]],
) -> None:
    """A name read without its unit word from its context (`Sơn Tây`, `Đa Phúc`, a street list's
    `Hoàng Hoa Thám`) is the one place of the article written with a unit word or a head under that name
    (`tỉnh Sơn Tây`, `thôn Đa Phúc`, `đường Hoàng Hoa Thám`, `quần đảo Hoàng Sa`)."""
    named: dict[str, list[tuple[str, str | None]]] = {}
    for key, name in bare_names.items():
        if key not in by_context:
            named.setdefault(name, []).append(key)
    for key in by_context:
        location = merged.get(key)
        if location is None or location.level not in _CONTEXT_LEVELS:
            continue
        targets = [t for t in named.get(bare_names.get(key, ""), []) if t != key and t in merged]
        if len(targets) != 1:
            continue
        if location.level in _OUTLIVES_ZONE and targets[0] in zones:
            continue  # `ngập ở Quế Võ` after `Khu công nghiệp Quế Võ`: the district the zone is named after
        target = merged[targets[0]]
        target.mentions = sorted([*target.mentions, *location.mentions], key=lambda m: m.start)
        del merged[key]


def _merge_tone_variants(merged: dict[tuple[str, str | None], Location], written: dict[int, list[str]]) -> None:
    """`thôn Tân Lễ` and `thôn Tân Lệ`, `huyện Thọ Xuân` and `huyện Thọ Xuận`: two places of one level whose
    names differ only in their tone marks are one place the text misspells once (no gold text of the read sets
    names two such places apart); its mentions join the spelling written more often (the first, on a tie). Not
    two spellings written close together: the names of a list (`qua cầu Đống, cầu Trầu, cầu Cáo` right after
    `cầu Cao`), two places told apart."""
    spelt: dict[tuple[str, str | None], list[tuple[str, str | None]]] = {}
    for key in merged:
        spelt.setdefault((strip_tone_marks(key[0]), key[1]), []).append(key)
    for keys in spelt.values():
        if len(keys) < 2 or _written_close(merged[key] for key in keys):
            continue
        keys.sort(key=lambda k: -len(merged[k].mentions))  # stable: text order among equals
        target = merged[keys[0]]
        for other in keys[1:]:
            location = merged.pop(other)
            target.mentions = sorted([*target.mentions, *location.mentions], key=lambda m: m.start)
            written.setdefault(id(target), []).extend(written.pop(id(location), []))


_LIST_REACH = 100  # characters between two names of one list (the spellings of a misspelt place: 200 and more)


def _written_close(locations: Iterable[Location]) -> bool:
    """Whether mentions of two of the locations stand within _LIST_REACH characters of each other."""
    mentions = sorted((m.start, m.end, number) for number, location in enumerate(locations) for m in location.mentions)
    return any(b[2] != a[2] and b[0] - a[1] < _LIST_REACH for a, b in pairwise(mentions))


def _projects(places: list[PlaceSpan]) -> set[tuple[str, str | None]]:
    """Keys of the facilities of a kind built whole (places_project_kinds.txt) that the text calls a
    project once (`dự án Cảng hàng không quốc tế Long Thành`), or of a kind a plan brings about as a whole
    (places_planned_kinds.txt) that it names the plan for (`quy hoạch khu du lịch quốc gia …`): not built
    yet, wherever the text names them (a plan for an airport that stands is not: `điều chỉnh quy hoạch cảng
    hàng không quốc tế Tân Sơn Nhất`)."""
    kinds = {"project": _project_kinds(), "plan": _planned_kinds()}
    keys = set()
    for place in places:
        of = kinds.get(place.inside or "")
        if of is not None and place.level == "facility" and place.name:
            key = _place_key(place)
            if any(key[0].startswith(f"{kind} ") for kind in of):
                keys.add(key)
    return keys


@cache
def _planned_kinds() -> tuple[str, ...]:
    return tuple(load_list("places_planned_kinds.txt"))


@cache
def _project_kinds() -> tuple[str, ...]:
    return tuple(load_list("places_project_kinds.txt"))


def _facility_acronyms(places: list[PlaceSpan]) -> dict[tuple[str, str | None], tuple[str, str | None]]:
    """`sân bay TSN` → `sân bay Tân Sơn Nhất`: a facility named by an acronym is the one facility of its
    kind in the text whose name's initials the acronym spells. Keys of such facilities → their target's."""
    facilities = {_place_key(p): p for p in places if p.level == "facility" and p.name and not p.inside}
    # each facility under every (head, initials of the rest) its name splits into (`sân bay` + `tsn` for `sân bay
    # tân sơn nhất`): an acronym finds its targets in one lookup, not by a scan of every facility (hostile input)
    spelled: dict[tuple[str, str], list[tuple[str, str | None]]] = {}
    for other in facilities:
        words = other[0].split(" ")
        for n in range(1, len(words)):
            spelled.setdefault((" ".join(words[:n]), _initials(" ".join(words[n:]))), []).append(other)
    aliases: dict[tuple[str, str | None], tuple[str, str | None]] = {}
    for key, place in facilities.items():
        head, _, last = key[0].rpartition(" ")
        written = place.name.rsplit(" ", 1)[-1]
        if not head or len(written) < _ACRONYM_MIN or not (written.isalpha() and written.isupper()):
            continue
        targets = [other for other in spelled.get((head, last), []) if other != key]
        if len(targets) == 1:
            aliases[key] = targets[0]
    return aliases


_ACRONYM_MIN = 2  # letters of an acronym (`TSN`); one capital is a code (`tòa nhà A`)


def _initials(name: str) -> str:
    """`tân sơn nhất` → `tsn`."""
    return "".join(word[0] for word in name.split(" ") if word)


def _place_key(place: PlaceSpan) -> tuple[str, str | None]:
    """What tells one place from another: its name without unit word, dashes spaced one way (`lăng Tự
    Đức-Đồng Khánh` is `lăng Tự Đức - Đồng Khánh`), a facility's head by its kind (`Cảng hàng không quốc
    tế Tân Sơn Nhất` is `sân bay Tân Sơn Nhất`), and its level — a city of the gazetteer named alone
    (`Hội An`, `Đà Lạt`) being the level of its unit word's place (`thành phố Hội An`)."""
    name = _DASH.sub(" - ", _without_unit(fold(place.name).lower()))
    level = place.level
    if level == "facility":
        name = _by_kind(name)
    elif level == "other" and place.province and not place.from_unit:
        level = "district"  # a domestic city or island of the gazetteer: `thành phố Đà Lạt` is `Đà Lạt`
    return name, level


_DASH = regexes.compile(r" ?- ?")


def _by_kind(name: str) -> str:
    """`cảng hàng không quốc tế tân sơn nhất` → `sân bay tân sơn nhất`: the head by its kind."""
    words = name.split(" ")
    kinds = facility_kinds()
    for width in range(min(_KIND_WORDS, len(words) - 1), 0, -1):
        kind = kinds.get(" ".join(words[:width]))
        if kind is not None:
            return " ".join([kind, *words[width:]])
    return name


_KIND_WORDS = 5  # words of the longest head of places_facility_kinds.tsv (`cảng hàng không quốc tế`)


def _without_unit(name: str, words: tuple[str, ...] = ()) -> str:
    """`huyện củ chi` → `củ chi`: a name with and without its unit word is one place (the level tells
    `thành phố thanh hóa` from the province)."""
    for word in (*_UNIT_WORDS, *words):
        if name.startswith(word):
            return name[len(word) :]
    return name


_UNIT_WORDS = ("thành phố ", "thị xã ", "thị trấn ", "đặc khu ", "huyện ", "quận ", "phường ", "xã ")
_MORE_UNIT_WORDS = ("thôn ", "xóm ", "ấp ", "bản ", "làng ", "buôn ", "tổ dân phố ", "khu phố ", "tỉnh ")


def _as_written(texts: list[str], canonical: str) -> str:
    """The fullest mention in normal case (`thành phố Hà Nội` over `Hà Nội`, not a heading's `HÀ NỘI`)."""
    normal = [t for t in texts if not (t.isupper() and " " in t)]
    return max(normal, key=len) if normal else canonical
