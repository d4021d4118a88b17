"""The places of a document, left to right: at each word, the first reading that fits — a gazetteer name
in context, a unit word and its name, a road written with its number (`QL1A`), a facility, an old
district or commune name in a place's context; and the later names of a plural list."""

from __future__ import annotations

from vnreport.extract.locations.context import (
    LIST_JOINERS,
    PendingList,
    admin_in_context,
    after_house_number,
    crossing_streets,
    enclosing,
    keeps_list,
    list_item,
    opens_list,
    street_in_address,
)
from vnreport.extract.locations.facilities import facility_place, glued_road
from vnreport.extract.locations.foreign import places_before_country
from vnreport.extract.locations.lexicon import Facility, Gazetteer, Tokens, Unit
from vnreport.extract.locations.spans import (
    CROSSING_STREET,
    PlaceSpan,
    named_place,
    not_a_place,
    region_of_country,
    unit_place,
)


def scan_places(tokens: Tokens, gaz: Gazetteer) -> list[PlaceSpan]:
    """Every place mention of the tokens in text order."""
    places: list[PlaceSpan] = []
    pending: PendingList | None = None
    i, n = 0, len(tokens)
    items, texts, lowers, openers = tokens.items, tokens.texts, tokens.lowers, gaz.openers
    while i < n:
        if pending is not None and keeps_list(tokens, pending, i):
            pending.last = i + 1
            i += 1
            continue
        # The cheap test first, inline (every token of the text): no name, unit word or head starts here.
        text = texts[i]
        listed = pending is not None and i == pending.last
        opens = listed or text in openers or lowers[i] in openers or text[-1].isdigit() or after_house_number(tokens, i)
        if not opens or items[i].kind != "word":
            i += 1
            continue
        region = region_of_country(tokens, i, gaz, places)
        if region is not None:
            region_span, i = region
            region_span.source = "region_of_country"
            places.append(region_span)  # `miền Đông Ukraine`; the country is read next, named there too
            continue
        blocked = not_a_place(tokens, i, gaz)
        if blocked and facility_place(tokens, i, gaz) is None:  # `Trung tâm Hội nghị …` is a venue
            i += blocked  # `Trung ương`, `nông thôn`, `Tân Hoa xã`: not `Trung` = China, not `thôn`
            continue
        if pending is not None and i == pending.last:
            item = list_item(tokens, i, pending, gaz)
            if item is not None:
                item.source = item.source or "list_item"
                if pending.opener is not None and isinstance(pending.kind, Unit):
                    _without_plural_unit(tokens, pending.opener, gaz)
                    pending.opener = None
                places.append(item)
                pending.last = i = item.last
                continue
        span, kind = _place_at(tokens, i, gaz, places)
        if span is None:
            i += 1
            continue
        span.inside = enclosing(tokens, span, places)
        span.source = span.source or _SOURCES.get(type(kind), "named")
        places.append(span)
        streets = crossing_streets(tokens, span, kind, gaz) if isinstance(kind, Facility) and not span.inside else []
        if streets and isinstance(kind, Facility) and "crossing" not in kind.flags:
            if span.last == streets[0].last:
                streets = streets[1:]  # `góc đường A - B` read as `đường A`: B is the other street
            else:
                places.pop()  # `góc đường A – B` read as one road: the two streets, no road of that name
        elif streets:
            for street in streets:
                street.source = CROSSING_STREET  # inside the crossing's name, which its address follows
        places.extend(streets)  # `vòng xoay A - B`: A and B too
        if isinstance(kind, Facility) and "venue" in kind.flags:
            inner = _places_inside(tokens, span, gaz)
            places.extend(inner)
            if span.province is None and inner:
                span.province = inner[-1].province  # `Hội trường Thành ủy Đà Nẵng` is in Đà Nẵng
        if pending is not None and i == pending.last and (tokens.texts[i - 1] == "(" or kind is None):
            pending.last = span.last  # `các huyện A Lưới (Thừa Thiên Huế), Buôn Đôn …`; `các tỉnh A, Hà Giang, …`
            opener = pending.opener
            if kind is None and opener is not None and _same_level_item(tokens, i, span, opener, pending):
                # `các tỉnh Kiên Giang, An Giang`: a known name continues the list, so the plural unit word
                # belongs to the whole list and its first place is written bare, as for a list of old names
                _without_plural_unit(tokens, opener, gaz)
                pending.opener = None
        else:
            pending = opens_list(tokens, span, kind)
        i = span.last
    return places_before_country(tokens, places, gaz)  # `ở Tu-lông, Pháp`: an unknown place before its country


def _same_level_item(tokens: Tokens, i: int, span: PlaceSpan, opener: PlaceSpan, pending: PendingList) -> bool:
    """A known name after a list joiner, of the level of the plural unit word's places (`An Giang` after
    `các tỉnh Kiên Giang,`; not `Hà Nội` after `các xã A,`, an address's province)."""
    return isinstance(pending.kind, Unit) and tokens.texts[i - 1] in LIST_JOINERS and span.level == opener.level


def _without_plural_unit(tokens: Tokens, span: PlaceSpan, gaz: Gazetteer) -> None:
    """`các huyện Nhà Bè, Bình Chánh`: the plural unit word belongs to the whole list, so its first place is
    written `Nhà Bè` as the others are (not so in `các xã Phú Mỹ Hưng và xã An Nhơn Tây`)."""
    width = gaz.units.length(tokens.items, span.first)
    if width > 0 and span.first + width < span.last and tokens.joined[span.first + width]:
        span.unit_start, span.start = span.start, tokens.starts[span.first + width]


def _places_inside(tokens: Tokens, venue: PlaceSpan, gaz: Gazetteer) -> list[PlaceSpan]:
    """The places inside a venue's name (`Nha Trang` of `Hội trường Thành ủy Nha Trang`), for the
    organisations named there; they are not the text's own places."""
    inner: list[PlaceSpan] = []
    k = venue.first + 1
    while k < venue.last:
        span = named_place(tokens, k, gaz, inner) or unit_place(tokens, k, gaz)
        if span is None or span.last > venue.last:
            k += 1
            continue
        span.inside = "facility"
        inner.append(span)
        k = span.last
    return inner


def _place_at(
    tokens: Tokens, i: int, gaz: Gazetteer, places: list[PlaceSpan]
) -> tuple[PlaceSpan | None, Unit | Facility | None]:
    span = street_in_address(tokens, i, gaz)  # `số 12 Minh Khai, quận …`: the street, not the commune
    if span is not None:
        span.source = "street_in_address"
        return span, None
    span = named_place(tokens, i, gaz, places)
    if span is not None:
        span.source = "named"
        return span, None
    span = unit_place(tokens, i, gaz)
    if span is not None:
        _, unit = gaz.units.match(tokens.items, i)
        return span, unit if isinstance(unit, Unit) else None
    span = glued_road(tokens, i, gaz)
    if span is not None:
        span.source = "glued_road"
        return span, None
    span = facility_place(tokens, i, gaz)
    if span is not None:
        _, facility = gaz.facilities.match(tokens.items, i)
        return span, facility if isinstance(facility, Facility) else None
    span = admin_in_context(tokens, i, gaz, places)
    if span is not None:
        span.source = "admin_in_context"
    return span, None


_SOURCES: dict[type, str] = {Unit: "unit", Facility: "facility"}
