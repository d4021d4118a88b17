"""The Location list: one entry per distinct place, its mentions in text order."""

from __future__ import annotations

from typing import cast

from vnreport.extract.locations.spans import PlaceSpan
from vnreport.report.model import Location, LocationLevel, Mention
from vnreport.segment.document import Document
from vnreport.text import fold


def merge_locations(doc: Document, places: list[PlaceSpan]) -> list[Location]:
    """One Location per distinct place, mentions in text order, places in order of first mention."""
    merged: dict[tuple[str, str | None], Location] = {}
    for place in places:
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
