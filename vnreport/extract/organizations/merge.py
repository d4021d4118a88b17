"""Merging organisation mentions: variants are merged on a key — abbreviations spelled out, an acronym
defined in parentheses dropped (`Mặt trận Tổ quốc (MTTQ) Việt Nam`), the place replaced by its canonical
name (`UBND TP Hà Nội` = `Ủy ban nhân dân thành phố Hà Nội`). A bare `Thành ủy` or `UBND tỉnh` joins the
one fully named organisation with the same head, if there is exactly one. An acronym defined after a name
(`Tập đoàn Điện lực Việt Nam (EVN)`) makes later `EVN` a mention."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vnreport.extract.locations import PlaceSpan
from vnreport.extract.organizations.grammar import OrgMatch, all_matches
from vnreport.extract.organizations.lexicon import expand
from vnreport.extract.organizations.names import compounds
from vnreport.extract.organizations.scan import Scan, Tokens
from vnreport.segment.document import Document
from vnreport.text import fold

_PAREN_ACRONYM = re.compile(r"\s*\(\s*[A-ZĐ][A-ZĐ0-9&\-.]{1,14}\s*\)")
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class Record:
    key: str
    prefix: str  # the key without its place
    units: frozenset[str] | None  # unit words of its named place; None when it has none
    bare_unit: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    written_places: list[bool] = field(default_factory=list)  # per mention: its place is written out


def _clean(text: str) -> str:
    return _SPACES.sub(" ", _PAREN_ACRONYM.sub("", text)).strip()


def _normal(text: str) -> str:
    return expand(_clean(text)).lower().rstrip(" ,")


def _key_parts(match: OrgMatch, tokens: Tokens) -> tuple[str, str, frozenset[str] | None]:
    """(key, key without the place, unit words of a named place — None when the place is bare or absent)."""
    view = tokens.view
    start, end = tokens.starts[match.first], tokens.ends[match.last - 1]
    if match.place_first is None:
        prefix = _normal(view[start:end])
        return prefix, prefix, None
    prefix = _normal(view[start : tokens.starts[match.place_first]])
    place = match.place
    if place is not None and place.name:
        return f"{prefix} {fold(place.name).lower()}", prefix, _units_of(place)
    return f"{prefix} {match.bare_unit or ''}".rstrip(), prefix, None


def _units_of(place: PlaceSpan) -> frozenset[str]:
    """The unit words a bare mention may use for this place: `UBND tỉnh` for `UBND tỉnh Nghệ An`."""
    if place.level == "province":
        return frozenset({"tỉnh", "thành phố"})
    first = place.name.split(" ")[0]
    return frozenset({" ".join(place.name.split(" ")[:2]) if first in {"thị", "đặc", "thành"} else first})


def _flatten(matches: list[OrgMatch]) -> list[OrgMatch]:
    out: list[OrgMatch] = []
    for match in matches:
        out.append(match)
        out.extend(_flatten(match.nested))
    return out


def collect(doc: Document, places: list[PlaceSpan]) -> tuple[list[Record], dict[tuple[int, int], Record]]:
    tokens = doc.body_arrays
    top = all_matches(Scan.of(tokens, places, compounds(tokens)))
    records: dict[str, Record] = {}
    by_span: dict[tuple[int, int], Record] = {}
    acronyms: dict[str, Record] = {}
    for match in _flatten(top):
        key, prefix, units = _key_parts(match, tokens)
        record = records.setdefault(key, Record(key, prefix, units, match.bare_unit))
        start, end = tokens.starts[match.first], tokens.ends[match.last - 1]
        record.mentions.append((start, end))
        record.texts.append(doc.text[start:end])
        record.written_places.append(match.place is not None and bool(match.place.name) and not match.place.bare)
        by_span[(start, end)] = record
        if match.acronym and match.acronym not in acronyms:
            acronyms[match.acronym] = record
    _add_acronym_mentions(doc, tokens, top, acronyms, by_span)
    _merge_bare(records, by_span)
    unique = list({id(r): r for r in by_span.values()}.values())
    return unique, by_span


def _add_acronym_mentions(
    doc: Document,
    tokens: Tokens,
    top: list[OrgMatch],
    acronyms: dict[str, Record],
    by_span: dict[tuple[int, int], Record],
) -> None:
    if not acronyms:
        return
    covered = [False] * len(tokens)
    for match in top:
        for k in range(match.first, min(match.last + 3, len(tokens))):
            covered[k] = True
    for k, text in enumerate(tokens.texts):
        record = acronyms.get(text)
        if record is None or covered[k]:
            continue
        start, end = tokens.starts[k], tokens.ends[k]
        record.mentions.append((start, end))
        record.texts.append(doc.text[start:end])
        record.written_places.append(False)
        by_span[(start, end)] = record


def _merge_bare(records: dict[str, Record], by_span: dict[tuple[int, int], Record]) -> None:
    """`Thành ủy`, `UBND tỉnh` join the single fully named organisation with the same head."""
    named: dict[str, list[Record]] = {}
    for record in records.values():
        if record.units is not None:
            named.setdefault(record.prefix, []).append(record)
    for record in list(records.values()):
        if record.units is not None:
            continue
        targets = [
            t for t in named.get(record.prefix, []) if record.bare_unit is None or record.bare_unit in (t.units or ())
        ]
        if len(targets) != 1:
            continue
        target = targets[0]
        target.mentions.extend(record.mentions)
        target.texts.extend(record.texts)
        target.written_places.extend(record.written_places)
        for span, owner in list(by_span.items()):
            if owner is record:
                by_span[span] = target
        del records[record.key]


def best_name(record: Record) -> str:
    """The fullest mention: one that writes its place out (`Công an Hà Nội`, not `Công an thành phố`),
    then one not in capitals (`Quốc hội`, not the header's `QUỐC HỘI`), then the longest once spelled
    out, then one without abbreviations."""
    candidates = [(placed, _clean(text)) for placed, text in zip(record.written_places, record.texts, strict=True)]
    best = max(
        candidates,
        key=lambda c: (c[0], not c[1].isupper(), len(expand(c[1])), fold(c[1]) == expand(c[1]), len(c[1])),
    )
    return best[1]
