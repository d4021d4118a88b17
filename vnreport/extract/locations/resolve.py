"""Which province each place lies in: the address a unit is written in (`xã A, huyện B, tỉnh C`), the one
candidate province the article mentions, and the article's own city or province for a bare `Thành phố`.
"""

from __future__ import annotations

from collections import Counter

from vnreport import regexes
from vnreport.extract.locations.lexicon import CENTRAL_CITIES, Tokens
from vnreport.extract.locations.spans import CROSSING_STREET, PlaceSpan

_ADDRESS_GAP = regexes.compile(r"[\s,(\-–]*")


def resolve_provinces(places: list[PlaceSpan], tokens: Tokens) -> None:
    """The one candidate province the article mentions, then the addresses (which outrank it), then the
    bare `Thành phố`/`Tỉnh`."""
    mentioned = Counter(p.province for p in places if p.province and not p.bare and p.level != "country")
    for place in places:
        if place.province is None and place.candidates:
            inside = [c for c in place.candidates if c in mentioned]
            if len(inside) == 1:
                place.province = inside[0]
    _resolve_addresses(places, tokens.view)
    if _placed_by_name(places):
        _resolve_addresses(places, tokens.view)  # `xã A, huyện B` before `huyện B, tỉnh C`: A lies in C too
    _resolve_bare(places)
    _streets_of_crossings(places)


def _streets_of_crossings(places: list[PlaceSpan]) -> None:
    """The streets read from a crossing's name (`Hoàng Cầu`, `Yên Lãng` of `nút giao Hoàng Cầu - Yên Lãng`) lie
    where the crossing does: its address follows the whole name, not its last street."""
    crossing: PlaceSpan | None = None
    for place in places:
        if place.source != CROSSING_STREET:
            crossing = place
        elif crossing is not None and crossing.start <= place.start and place.end <= crossing.end:
            place.province = crossing.province or place.province


def _placed_by_name(places: list[PlaceSpan]) -> bool:
    """A unit an address places once (`huyện Hoài Nhơn, tỉnh Bình Định`) is that place wherever the text names
    it again (one name of a unit is one place in one text), so an address it ends elsewhere (`xã Tam Quan Nam,
    huyện Hoài Nhơn`) can be read with it. True when a place was given a province."""
    placed: dict[str, set[str]] = {}
    for place in places:
        if place.from_unit and place.province and place.level not in _NOT_SHARED:
            placed.setdefault(place.name.lower(), set()).add(place.province)
    changed = False
    for place in places:
        provinces = placed.get(place.name.lower()) if place.from_unit and place.province is None else None
        if provinces and len(provinces) == 1:
            place.province, place.addressed, changed = next(iter(provinces)), True, True
    return changed


_NOT_SHARED = frozenset({"province", "country", "region", "facility"})


def _resolve_addresses(places: list[PlaceSpan], view: str) -> None:
    """`thôn A, xã B, huyện C, tỉnh D`: the province of the address's last unit applies to all of it."""
    group: list[PlaceSpan] = []
    own = (p for p in places if p.inside != "facility" and p.source != CROSSING_STREET)  # a crossing's street: its name
    for place in [*own, None]:
        if place is not None and group and _ADDRESS_GAP.fullmatch(view, group[-1].end, place.start):
            group.append(place)
            continue
        if len(group) > 1:
            _apply_address(group, view)
        group = [place] if place is not None and not place.bare else []


def _apply_address(group: list[PlaceSpan], view: str) -> None:
    """An address is read inside out: each unit lies in the larger unit written after it, so the province
    of the nearest later place of a higher level applies — over the ward table's guess too (`thị trấn
    Phú Thứ, huyện Kinh Môn, tỉnh Hải Dương` is in Hải Dương whatever other Phú Thứ the table knows)."""
    listed = _listed_facilities(group, view)
    province: str | None = None
    rank = -1
    for k in range(len(group) - 1, -1, -1):
        place = group[k]
        if (not place.from_unit and place.level != "province") or k in listed:
            continue  # `Bình Nhưỡng, Bến Tre`: a list, not an address
        own = _RANK.get(place.level or "", 0)
        if province and rank > own:
            place.province = province  # the address outranks the ward table, which misses mergers
            place.addressed = True
        if place.province and own >= rank:
            province, rank = place.province, own
    province = None
    for k, place in enumerate(group):  # a larger unit the tables do not know lies where its smaller units do
        if not place.from_unit or place.level in {"province", "country", "region"} or k in listed:
            continue
        if place.province is None and province:
            place.province, place.addressed = province, True
        province = place.province or province


def _listed_facilities(group: list[PlaceSpan], view: str) -> set[int]:
    """`Quốc lộ 1A, đường Võ Nguyên Giáp, cầu Rạch Miễu 2, thôn 3 xã …`: facilities next to one another
    are the items of a list when a village or commune follows them, not the start of its address (but `số
    5 đường Lê Lợi, phường …`, `hẻm 103 đường …`, `đền Và, chùa Mía (Sơn Tây)`)."""
    listed: set[int] = set()
    run: list[int] = []
    for k, place in enumerate(group):
        if place.level == "facility":
            if run and "," not in view[group[k - 1].end : place.start]:
                run = []  # `hẻm 103 đường Bờ Bao`: one inside the other
            run.append(k)
            continue
        if len(run) > 1 and place.level in _SMALL_UNITS:
            listed.update(run)  # `đền Và, chùa Mía (Sơn Tây)` do lie in the town after them
        run = []
    return listed


_SMALL_UNITS = frozenset({"commune", "village"})


_RANK = {"province": 4, "district": 3, "commune": 2, "village": 1, "facility": 0, "other": 0}


def _resolve_bare(places: list[PlaceSpan]) -> None:
    """`Thành phố` alone is the article's city, `Tỉnh` its province: the one named last before it (`Cục Thống
    kê thành phố Cần Thơ cho biết GRDP của Thành phố …` after other cities), else the one most mentioned.
    Places come in the order of the text."""
    cities = Counter(p.name for p in places if p.level == "province" and p.name in CENTRAL_CITIES)
    provinces = Counter(p.name for p in places if p.level == "province" and p.name not in CENTRAL_CITIES)
    last: dict[str, str] = {}  # `city`/`province` → the one named last before the place read
    # gathered once: a scan of all places for every bare word is quadratic in a long page
    historical = {p.name for p in places if p.historical and not p.bare}
    for place in places:
        if not place.bare:
            if place.level == "province":
                last["city" if place.name in CENTRAL_CITIES else "province"] = place.name
            continue
        pool = cities if place.bare == "city" else provinces
        if pool:
            name = last.get(place.bare) or pool.most_common(1)[0][0]
            place.name, place.level, place.province = name, "province", name
            place.historical = name in historical
