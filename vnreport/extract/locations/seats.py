"""Headquarters named after the body they house: `trụ sở Bộ Công an`, `trụ sở Văn phòng Trung ương Đảng`,
`trụ sở Bộ Ngoại giao Hoa Kỳ` — a venue (samples/gold/README.md) whose name is `trụ sở` and the body's
whole name, as the organisation stage read it (where a body's name ends is that stage's to know). The
seats of a few bodies named without their place (`trụ sở Chính phủ`, `trụ sở Tỉnh ủy`) are read with the
other facilities (places_venue_bodies.tsv).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from vnreport.extract.locations.lexicon import venue_bodies
from vnreport.extract.locations.merge import Span
from vnreport.extract.locations.spans import PlaceSpan
from vnreport.lexicon import load_list
from vnreport.segment.tokens import TokenArrays
from vnreport.text import fold

_HEAD = "trụ sở "
_BARE_UNITS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "thôn", "ấp", "bản")


@cache
def _companies() -> tuple[str, ...]:
    """Heads of companies and funds (officials_company_heads.txt): `Công ty …`, `Tập đoàn …`."""
    return tuple(f"{head} " for head in load_list("officials_company_heads.txt"))


def _bare_body(tokens: TokenArrays, start: int, end: int) -> bool:
    """A body that names no one seat without its place (`Đảng ủy`, places_venue_bodies.tsv: required)."""
    first = bisect_left(tokens.starts, start)
    width, needs_place = venue_bodies().match(tokens.items, first)
    return bool(width and needs_place) and tokens.ends[first + width - 1] == end


def _ends_in_bare_unit(body: str) -> bool:
    """`UBND xã`, `Công an huyện`: a body named by a unit word without its place, no one body."""
    return body.endswith(tuple(f" {unit}" for unit in _BARE_UNITS))


def seats_of_bodies(text: str, tokens: TokenArrays, places: list[PlaceSpan], names: Sequence[Span]) -> list[PlaceSpan]:
    """A facility for each body's name right after `trụ sở` (the longest name starting there) that no
    place already covers; its province is that of the last place written inside the name."""
    widest: dict[int, int] = {}
    for name in names:
        if text[max(0, name.start - len(_HEAD)) : name.start].lower() == _HEAD:
            widest[name.start] = max(name.end, widest.get(name.start, name.end))
    if not widest:
        return []
    read = {p.start for p in places if p.level == "facility"}  # `trụ sở Chính phủ`, read with the facilities
    starts = [p.start for p in places]  # in text order
    seats: list[PlaceSpan] = []
    for body_start, end in sorted(widest.items()):
        start = body_start - len(_HEAD)
        if start in read:
            continue
        body = text[body_start:end]
        if _ends_in_bare_unit(body) or body.startswith(_companies()) or _bare_body(tokens, body_start, end):
            continue  # `trụ sở UBND xã`: any commune's; a company's head office is the company's
        first = bisect_left(tokens.starts, start)
        last = bisect_left(tokens.starts, end)
        within = places[bisect_left(starts, body_start) : bisect_left(starts, end)]
        inside = [p for p in within if p.end <= end and p.province]
        canonical = f"trụ sở {fold(text[body_start:end])}"
        province = inside[-1].province if inside else None
        seats.append(
            PlaceSpan(
                start, end, first, last, canonical, "facility", province, from_unit=True, venue=True, source="seat"
            )
        )
    return seats
