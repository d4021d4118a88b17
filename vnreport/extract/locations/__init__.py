"""Places: countries, regions, provinces (before and after the 1 Jul 2025 reform), districts, communes and
villages, with the province each belongs to after the reform.

The stage, by concern:

    lexicon     the gazetteer (underthesea's mapping and the `places_*` data files), unit words, cue words,
                facility heads
    spans       a unit word and a name, a known name in context
    facilities  a facility head and its name (`chùa Một Cột`, `quốc lộ 1A`)
    context     old names without a unit word in a place's context, plural lists, places inside titles
    scan        the readings tried at each token, left to right
    resolve     the province of each place: address chains, the article's provinces, bare `Thành phố`
    seats       `trụ sở` and a body's name (`trụ sở Bộ Công an`), from the organisation stage's names
    merge       one `Location` per place

`find_places(doc)` gives the raw spans (the organisation extractor uses them to end an organisation's name
at its place); `extract_locations(doc, places)` merges them into one `Location` per place.
"""

from __future__ import annotations

from collections.abc import Sequence

from vnreport.extract.locations.lexicon import (
    CENTRAL_CITIES,
    Entry,
    Facility,
    FacilityRow,
    Gazetteer,
    GazetteerRow,
    Unit,
    UnitRow,
    gazetteer,
)
from vnreport.extract.locations.merge import Span, merge_locations
from vnreport.extract.locations.resolve import resolve_provinces
from vnreport.extract.locations.scan import scan_places
from vnreport.extract.locations.seats import seats_of_bodies
from vnreport.extract.locations.spans import PlaceSpan
from vnreport.extract.page import page_tail_start
from vnreport.report.model import Location
from vnreport.segment.document import Document


def find_places(doc: Document) -> list[PlaceSpan]:
    """Every place mention of the article in text order."""
    tokens = doc.body_arrays
    places = scan_places(tokens, gazetteer())
    resolve_provinces(places, tokens)
    return places


def extract_locations(
    doc: Document, places: list[PlaceSpan] | None = None, names: Sequence[Span] = ()
) -> list[Location]:
    """One Location per distinct place, mentions in text order, places in order of first mention.
    `places`: the spans of `find_places(doc)` when the caller has them already; `names`: the spans of
    organisation names (the organisations stage's), inside which a place is not named on its own."""
    found = find_places(doc) if places is None else places
    seats = seats_of_bodies(doc.text, doc.body_arrays, found, names)
    if seats:
        found = sorted([*found, *seats], key=lambda p: p.start)
    tail = page_tail_start(doc)  # a list of other articles after the article (`Tin khác`) names no place of it
    return merge_locations(doc, [p for p in found if p.start < tail], names)


__all__ = [
    "CENTRAL_CITIES",
    "Entry",
    "Facility",
    "FacilityRow",
    "Gazetteer",
    "GazetteerRow",
    "Location",
    "PlaceSpan",
    "Span",
    "Unit",
    "UnitRow",
    "extract_locations",
    "find_places",
    "gazetteer",
]
