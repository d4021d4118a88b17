"""A place the gazetteer does not know, read by its position: between a place preposition and the known
country, province or city abroad it lies in — `ở Tu-lông, Pháp`, `tại Xanh Pê-téc-bua (Nga)`, `ở Pác Bó,
Cao Bằng`, `ở Ba-ta-clan, Paris`.

Where a text places something `ở`/`tại` a capitalised name and writes its country right after it (after a
comma, or in brackets), the name is a place of that country. Not so for a person or a body (`tại ông A`,
`tại Đại học X (Mỹ)`, `tại Samsung, Hàn Quốc`: a name that opens with a surname, a head of orgs_heads.tsv or a
dictionary word of two syllables is no place of this reading), nor for a name the gazetteer already read, nor
in a list that goes on after the country (`ở A, Thái Nguyên và Bắc Kinh`: three places side by side).

The scan looks at each place read before, and only a few tokens back from it: linear in the text.
"""

from __future__ import annotations

from vnreport.extract.locations.lexicon import Gazetteer, Tokens, not_names, org_head_trie
from vnreport.extract.locations.spans import PlaceSpan
from vnreport.extract.names import starts_person
from vnreport.lexicon import load_words
from vnreport.segment.dictionary import is_word
from vnreport.text import fold

_MAX_NAME = 4  # syllables of a foreign place's name (`Xanh Pê-téc-bua`, `Kampong Cham`)
_ENCLOSING_LEVELS = frozenset({"country", "province"})
_CLOSERS = {"(": ")", ",": ""}


def places_before_country(tokens: Tokens, places: list[PlaceSpan], gaz: Gazetteer) -> list[PlaceSpan]:
    """`places` (in text order) with the unknown places written between a place preposition and their
    country added, in text order."""
    found: list[PlaceSpan] = []
    previous_end = 0
    for place in places:
        span = _before(tokens, place, previous_end, gaz)
        if span is not None:
            found.append(span)
        previous_end = max(previous_end, place.last)
    if not found:
        return places
    return sorted([*places, *found], key=lambda p: p.first)


def _before(tokens: Tokens, country: PlaceSpan, previous_end: int, gaz: Gazetteer) -> PlaceSpan | None:
    """The unknown place written right before `country` (`Xanh Pê-téc-bua` of `ở Xanh Pê-téc-bua, Nga`),
    or None."""
    if country.inside is not None or country.bare or not _encloses(country):
        return None
    mark = country.first - 1
    if mark < 2 or tokens.texts[mark] not in _CLOSERS or not tokens.joined[country.first]:
        return None
    closer = _CLOSERS[tokens.texts[mark]]
    if closer and (country.last >= len(tokens) or tokens.texts[country.last] != closer):
        return None  # `tại Brúc-xen (Bỉ và Hà Lan …`: no country alone in the brackets
    if not closer and _listed_on(tokens, country.last):
        return None  # `ở Vận Thành, Thái Nguyên và Bắc Kinh`: three places of a list, not one inside another
    start = _name_start(tokens, mark)
    if start >= mark or start <= previous_end or not tokens.joined[start]:
        return None  # no name, or one the scan read already (`tại Hà Nội, Việt Nam`)
    if tokens.lowers[start - 1] not in load_words("places_foreign_prepositions.txt"):
        return None
    if _names_person_or_body(tokens, start, mark, gaz):
        return None
    written = tokens.view[tokens.starts[start] : tokens.ends[mark - 1]]
    return PlaceSpan(
        tokens.starts[start],
        tokens.ends[mark - 1],
        start,
        mark,
        fold(written),
        "other",
        country.province if country.level == "province" else None,
        source="foreign",
    )


def _encloses(place: PlaceSpan) -> bool:
    """A country, a province, or a place abroad below a country (level `other` without a province: a city or
    a state, `Paris`, `California`; the gazetteer and the mined list do not tell the two apart): a place another
    is written before to say where it lies (`ở Pác Bó, Cao Bằng`, `ở Ba-ta-clan, Paris`, `ở Palo Alto,
    California`)."""
    return place.level in _ENCLOSING_LEVELS or (place.level == "other" and place.province is None)


def _listed_on(tokens: Tokens, k: int) -> bool:
    """A list goes on at token k, after the place: `và`, `hoặc`, or a comma and a capitalised word."""
    if k >= len(tokens) or not tokens.joined[k]:
        return False
    if tokens.lowers[k] in load_words("places_list_words.txt"):
        return True
    return tokens.texts[k] == "," and k + 1 < len(tokens) and tokens.joined[k + 1] and tokens.is_cap_word(k + 1)


def _name_start(tokens: Tokens, end: int) -> int:
    """Where the capitalised name that ends right before token `end` starts (`end` when there is none):
    capitalised words on one line, the syllables of a transliteration joined by hyphens (`Pê-téc-bua`)
    included, at most _MAX_NAME words."""
    k, words = end, 0
    while k > 0 and words < _MAX_NAME and tokens.joined[k]:
        m = k - 1
        glued = tokens.items[m].gap == 0 and tokens.items[k].gap == 0
        if tokens.texts[m] == "-" and glued and m > 0:
            k = m  # a hyphen inside a transliterated word: the syllable before it goes on
        elif tokens.is_cap_word(m):
            k, words = m, words + 1
        elif tokens.is_word(m) and m > 0 and tokens.texts[m - 1] == "-" and tokens.items[m].gap == 0:
            k = m  # `téc`, `bua` of `Pê-téc-bua`
        else:
            break
    while k < end and not tokens.is_cap_word(k):
        k += 1  # a lower-case syllable or a hyphen does not open the name
    return k


def _names_person_or_body(tokens: Tokens, start: int, end: int, gaz: Gazetteer) -> bool:
    """A person (a surname and given names), a body or a common word (`Đại học`, `Công ty`, `Nhà máy`: two
    syllables of one dictionary word), an organisation's head (orgs_heads.tsv, brands too: `Samsung`), a word
    that is never a place's name (places_not_names.txt), or a name of the gazetteer (read already, or
    declined there)."""
    if starts_person(tokens.items, start, minimum=2) or tokens.texts[start] in not_names():
        return True
    if org_head_trie().match(tokens.items, start)[0]:
        return True  # `tại Samsung, Hàn Quốc`, `tại Bệnh viện X (Pháp)`: a body (orgs_heads.tsv)
    if end - start > 1 and is_word(f"{tokens.lowers[start]} {tokens.lowers[start + 1]}"):
        return True
    return bool(gaz.names.length(tokens.items, start) or gaz.admin_names.length(tokens.items, start))
