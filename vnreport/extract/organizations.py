"""Organisations: Party committees, State bodies, the Front and mass organisations, army and police units,
courts, companies, banks, schools, hospitals, the press.

An organisation is a head from `orgs_heads.tsv` (`Ủy ban nhân dân`, `UBND`, `Thành ủy`, `Bộ`, `Sở`,
`Tập đoàn` …) followed by the complements its spec allows, in order: a domain (`Bộ Tài chính`), a proper
name (`Bệnh viện Bạch Mai`), `Trung ương`, a nested organisation (`Ban Thường vụ Thành ủy`), a place
(`UBND tỉnh Nghệ An`) — the place spans come from `locations.find_places`, so a name ends where its place
ends and never runs into the person after it (`Thành ủy Hà Nội Nguyễn Thị Tuyến`). A name that has to be
cut without a place stops at a title word or at a surname that starts a personal name (`Tập đoàn
Vingroup Phạm Nhật Vượng`).

Variants are merged on a key: abbreviations spelled out (`orgs_abbreviations.tsv`), an acronym defined in
parentheses dropped (`Mặt trận Tổ quốc (MTTQ) Việt Nam`), the place replaced by its canonical name
(`UBND TP Hà Nội` = `Ủy ban nhân dân thành phố Hà Nội` = `UBND Thành phố` in a Hà Nội article). A bare
`Thành ủy` or `UBND tỉnh` joins the one fully named organisation with the same head, if there is exactly
one. An acronym defined after a name (`Tập đoàn Điện lực Việt Nam (EVN)`) makes later `EVN` a mention.

`find_organizations(doc)` gives the raw spans for other extractors (the officials extractor uses them to
find where the organisation inside a title starts and ends): `(start, end, name)` per mention, nested
organisations included (`Ban Thường vụ Thành ủy Hà Nội` and, inside it, `Thành ủy Hà Nội`), where `name`
is the merged organisation's `Organization.name`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from vnreport.extract.locations import PlaceSpan, Unit, find_places, gazetteer
from vnreport.extract.names import surnames
from vnreport.lexicon import PhraseMatcher, load_list, load_rows, phrase_matcher
from vnreport.report.model import Mention, Organization
from vnreport.segment.dictionary import is_word
from vnreport.segment.document import Document
from vnreport.segment.tokens import TokenArrays
from vnreport.text import fold, strip_accents

Tokens = TokenArrays


class HeadRow(NamedTuple):
    head: str
    spec: str
    after: str = ""


class AbbreviationRow(NamedTuple):
    abbreviation: str
    full: str


class OrgSpan(NamedTuple):
    """An organisation mention: character offsets and the name of the organisation it belongs to."""

    start: int
    end: int
    name: str

_MAX_NAME = 8  # tokens of an open name (`Học viện Chính trị quốc gia Hồ Chí Minh` is 7)
_CENTRAL = frozenset({"Trung ương", "trung ương", "Trung Ương", "TƯ", "TW", "T.Ư", "T.W", "T . Ư", "T . W"})
_GENERIC_BEFORE = frozenset({"các", "những", "mọi", "từng", "Các", "Những"})
_ADMIN_LEVELS = frozenset({"province", "district", "commune"})
_PAREN_ACRONYM = re.compile(r"\s*\(\s*[A-ZĐ][A-ZĐ0-9&\-.]{1,14}\s*\)")
_SPACES = re.compile(r"\s+")


# --- lexicons ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Spec:
    letters: str  # complements allowed, in order: D N L M C S P Q
    required: frozenset[str]
    at_least_one: bool


@dataclass(frozen=True, slots=True)
class Head:
    text: str
    spec: Spec
    lower_ok: bool  # written in lower case in the data (`báo`): matched as written
    after: frozenset[str] = frozenset()  # when given, the word before must be one of these


def _parse_spec(spec: str) -> Spec:
    if spec == "-":
        return Spec("", frozenset(), False)
    at_least_one = spec.endswith("+")
    body = spec.rstrip("+")
    letters: list[str] = []
    required: set[str] = set()
    for char in body:
        if char == "!":
            required.add(letters[-1])
        else:
            letters.append(char)
    return Spec("".join(letters), frozenset(required), at_least_one)


def _is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(slots=True)
class Lexicon:
    heads_lower: PhraseMatcher[Head]  # matched in lower case
    heads_exact: PhraseMatcher[Head]  # acronyms (`WHO`, `EVN`) and lower-case heads (`báo`), as written
    domains: PhraseMatcher[bool]  # lower case
    vocab: PhraseMatcher[bool]  # lower case
    stops: PhraseMatcher[bool]  # as written
    abbreviations: re.Pattern[str]
    expansions: dict[str, str]
    units: PhraseMatcher[Unit]


@cache
def lexicon() -> Lexicon:
    heads_lower: PhraseMatcher[Head] = PhraseMatcher("lower")
    heads_exact: PhraseMatcher[Head] = PhraseMatcher("text")
    for row in load_rows("orgs_heads.tsv", HeadRow):
        before = frozenset(w.strip() for w in row.after.split(",")) if row.after else frozenset()
        head = Head(row.head, _parse_spec(row.spec), row.head[0].islower(), before)
        if _is_acronym(row.head) or head.lower_ok:
            heads_exact.add(row.head, head)
        else:
            heads_lower.add(row.head, head)
    domains = phrase_matcher(load_list("orgs_domains.txt"), "lower")
    vocab = phrase_matcher(load_list("orgs_vocab.txt"), "lower")
    stops = phrase_matcher(load_list("orgs_title_stops.txt"), "text")
    expansions = {fold(r.abbreviation): r.full for r in load_rows("orgs_abbreviations.tsv", AbbreviationRow)}
    alternatives = "|".join(re.escape(a) for a in sorted(expansions, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w&.\-])(?:{alternatives})(?:(?<=\.)|(?![\w&]))")
    return Lexicon(heads_lower, heads_exact, domains, vocab, stops, pattern, expansions, gazetteer().units)


# --- parsing --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class OrgMatch:
    first: int  # token indices, last exclusive
    last: int
    head: Head
    place: PlaceSpan | None = None
    bare_unit: str | None = None  # `UBND tỉnh`: the unit word without a name
    place_first: int | None = None  # token where the place (or bare unit) starts
    acronym: str | None = None  # defined right after it: `Tập đoàn Điện lực Việt Nam (EVN)`
    nested: list[OrgMatch] = field(default_factory=list)


class _Parser:
    """Organisations of one document, found left to right over its tokens."""

    def __init__(self, tokens: Tokens, places: list[PlaceSpan], compounds: dict[int, int]) -> None:
        self.tokens = tokens
        self.compounds = compounds
        self.lex = lexicon()
        self.place_at = {p.first: p for p in places}
        self.inside_place = [False] * len(tokens)
        for place in places:
            for k in range(place.first + 1, place.last):
                self.inside_place[k] = True

    # token tests

    def _joined(self, k: int) -> bool:
        return k < len(self.tokens) and self.tokens.joined[k]

    def head_at(self, k: int) -> tuple[int, Head | None]:
        tokens = self.tokens
        if k >= len(tokens) or not tokens.is_word(k) or self.inside_place[k] or k in self.place_at:
            return 0, None
        exact_width, exact = self.lex.heads_exact.match(tokens.items, k)
        lower_width, lower = self.lex.heads_lower.match(tokens.items, k)
        if not tokens.is_cap(k):
            lower_width, lower = 0, None
        if lower_width > exact_width and isinstance(lower, Head):
            return lower_width, lower
        if not isinstance(exact, Head):
            return 0, None
        if exact.after and not (k and tokens.joined[k] and tokens.texts[k - 1] in exact.after):
            return 0, None
        return exact_width, exact

    def central_at(self, k: int) -> int:
        texts = self.tokens.texts
        for width in (3, 2, 1):
            joined = k + width <= len(texts) and all(self._joined(m) for m in range(k + 1, k + width))
            if joined and " ".join(texts[k : k + width]) in _CENTRAL:
                return width + (1 if self._joined(k + width) and texts[k + width] == "Đảng" else 0)
        return 0

    def acronym_at(self, k: int) -> str | None:
        """`(MTTQ)` at token k: the acronym, else None."""
        texts = self.tokens.texts
        if k + 2 < len(texts) and texts[k] == "(" and texts[k + 2] == ")" and _is_acronym(texts[k + 1]):
            return texts[k + 1]
        return None

    # complements

    def domain(self, k: int) -> int:
        if k >= len(self.tokens) or not self._joined(k):
            return 0
        width, _ = self.lex.domains.match(self.tokens.items, k)
        return width if width and (self.tokens.is_cap(k) or _is_acronym(self.tokens.texts[k])) else 0

    def name(self, k: int, *, through_heads: bool, central_follows: bool, vocab_start: bool = False) -> int:
        """Tokens of an open name starting at k: capitalised words and vocabulary words, no person.
        With `vocab_start`, the name may open with a vocabulary word (`Ban Quản lý dự án …`)."""
        tokens = self.tokens
        if k >= len(tokens) or not self._joined(k):
            return 0
        opens = tokens.is_cap_word(k) or (through_heads and tokens.texts[k].isdigit())
        if not opens and not (vocab_start and self.lex.vocab.match(tokens.items, k)[0]):
            return 0
        j, proper = k, 0  # proper: capitalised words in a row, a proper name (`Lâm nghiệp Tiền Phong`)
        while j < len(tokens) and (j == k or tokens.joined[j]) and j - k < _MAX_NAME:
            span = self.place_at.get(j)
            if through_heads and span is not None and self._name_goes_on(span.last):
                j = span.last  # `Báo Sài Gòn Giải Phóng`: the place is inside the name
                continue
            if span is not None or self.inside_place[j]:
                break
            if self.central_at(j):
                if central_follows:
                    break
                j += self.central_at(j)  # `Bệnh viện Nhi Trung ương`
                continue
            if self.lex.stops.match(tokens.items, j)[0]:
                break
            head_width = self.head_at(j)[0]
            if head_width and not through_heads:
                break
            if head_width:
                j += head_width  # `Công ty cổ phần Tập đoàn Hòa Phát`
                continue
            width = self.domain(j) if tokens.is_cap(j) else 0
            width = width or self.lex.vocab.match(tokens.items, j)[0]
            if width and proper >= 2 and not tokens.is_cap(j):
                break  # `Công ty … Lâm nghiệp Tiền Phong quản lý`: lower case after a proper name is the verb
            if width:
                j, proper = j + width, 0
                continue
            text = tokens.texts[j]
            if tokens.is_cap_word(j):
                after = self._compound_end(j)
                proper = proper + 1 if after == j + 1 else 0
                j = after
                continue
            if through_heads and text.isdigit():
                j += 1
                if not (self._joined(j) and tokens.is_cap_word(j)):
                    break  # `Quân khu 7 giám sát`
                continue
            if text in {"&", "-"} and j > k and self._joined(j + 1) and tokens.is_cap_word(j + 1):
                j += 1
                continue
            break
        while j > k and tokens.texts[j - 1] in {"&", "-"}:
            j -= 1  # `Cục Di sản văn hóa - Bộ …`
        return self._cut_person(k, j) - k

    def _compound_end(self, j: int) -> int:
        """Past the word starting at token j: `Thống kê` in `Tổng cục Thống kê` is one word (the word
        segmenter says so), though its second syllable is lower case."""
        end = self.compounds.get(self.tokens.starts[j])
        k = j + 1
        if end is None:
            return k
        while k < len(self.tokens) and self.tokens.joined[k] and self.tokens.ends[k] <= end:
            k += 1
        return k

    def _name_goes_on(self, k: int) -> bool:
        tokens = self.tokens
        if not self._joined(k) or not tokens.is_cap_word(k) or k in self.place_at:
            return False
        if self.lex.stops.match(tokens.items, k)[0] or self.head_at(k)[0]:
            return False
        return not (tokens.texts[k] in surnames() and self._joined(k + 1) and tokens.is_cap_word(k + 1))

    def _cut_person(self, k: int, j: int) -> int:
        """End of a name [k, j) without a trailing personal name (`Vingroup Phạm Nhật Vượng`)."""
        run = j
        while run > k and self.tokens.is_cap_word(run - 1):
            run -= 1
        for split in range(max(run, k + 2), j - 2):
            if self.tokens.texts[split] in surnames() and 3 <= j - split <= 4:
                return split
        if run <= k + 1 < j - 2 and self.tokens.texts[k + 1] in surnames() and j - (k + 1) <= 4:
            return k + 1
        return j

    def place(self, k: int) -> tuple[int, PlaceSpan | None, str | None]:
        """(tokens, place, bare unit word) of a place complement at k."""
        if k >= len(self.tokens) or not self._joined(k):
            return 0, None, None
        span = self.place_at.get(k)
        if span is not None and (span.name or span.bare):
            if span.level == "country" and self._joined(span.last):
                second = self.place_at.get(span.last)  # `MTTQ Việt Nam thành phố Hà Nội`
                if second is not None and second.level in _ADMIN_LEVELS and second.name:
                    return second.last - k, second, None
            if span.bare and not span.name:  # `UBND Thành phố` in an article that names no city
                return span.last - k, None, "thành phố" if span.bare == "city" else "tỉnh"
            if span.level == "region":
                return span.last - k, None, fold(span.name).lower()
            return span.last - k, span, None
        width, unit = self.lex.units.match(self.tokens.items, k)
        if width and isinstance(unit, Unit) and unit.level in _ADMIN_LEVELS:
            after = k + width
            listed = after < len(self.tokens) and self.tokens.texts[after] == ","
            if listed and self.lex.units.match(self.tokens.items, after + 1)[0]:
                return 0, None, None  # `UBND tỉnh, thành phố`: generic
            return width, None, unit.word
        return 0, None, None

    # the grammar

    def parse(self, k: int, depth: int = 0) -> OrgMatch | None:
        width, head = self.head_at(k)
        if not width or head is None or depth > 3:
            return None
        match = OrgMatch(k, k + width, head)
        got: set[str] = set()
        j = k + width
        for letter in head.spec.letters:
            step = self._complement(letter, j, match, depth)
            if step:
                got.add(letter)
                j += step
            elif letter in head.spec.required:
                return None
        if head.spec.at_least_one and not got:
            return None
        if match.place_first is None and match.nested:  # `Ban Thường vụ Thành ủy Hà Nội`: the place of the whole
            inner = match.nested[-1]
            match.place, match.bare_unit, match.place_first = inner.place, inner.bare_unit, inner.place_first
        match.last = j
        match.acronym = self._own_acronym(k, j)
        return match

    def _own_acronym(self, k: int, j: int) -> str | None:
        """`Tập đoàn Gỗ Trường Thành (TTF)`: an acronym in parentheses that starts like the name (not
        `đại biểu Quốc hội (ĐBQH)`, whose acronym belongs to a longer phrase)."""
        acronym = self.acronym_at(j)
        if acronym is None or j - k < 2:
            return None  # `EU (EVFTA)`: an acronym after an acronym names something else
        initials = {strip_accents(self.tokens.texts[m][0]) for m in range(k, min(j, k + 3)) if self.tokens.is_word(m)}
        return acronym if strip_accents(acronym[0]) in initials else None

    def _complement(self, letter: str, j: int, match: OrgMatch, depth: int) -> int:
        if letter == "D":
            return self.domain(j)
        if letter in {"N", "M", "L"}:
            return self.name(
                j,
                through_heads=letter == "M",
                central_follows="C" in match.head.spec.letters,
                vocab_start=letter == "L",
            )
        if letter == "C":
            return self.central_at(j) if self._joined(j) else 0
        if letter == "Q":
            texts = self.tokens.texts
            if j + 2 < len(texts) and texts[j] == "của" and texts[j + 1] == "Quốc" and texts[j + 2].lower() == "hội":
                return 3
            return 0
        if letter == "S":
            if not self._joined(j):
                return 0
            nested = self.parse(j, depth + 1)
            if nested is None:
                return 0
            match.nested.append(nested)
            return nested.last - j
        if letter == "P":
            skip = 3 if self.acronym_at(j) and self._joined(j + 3) else 0  # `Ủy ban nhân dân (UBND) tỉnh`
            width, place, bare = self.place(j + skip)
            if not width:
                return 0
            match.place, match.bare_unit, match.place_first = place, bare, j + skip
            return skip + width
        return 0

    def all_matches(self) -> list[OrgMatch]:
        found: list[OrgMatch] = []
        k, n = 0, len(self.tokens)
        while k < n:
            match = self.parse(k) if self.tokens.is_word(k) else None
            if match is None or self._generic(match):
                k += 1
                continue
            found.append(match)
            k = match.last
        return found

    def _generic(self, match: OrgMatch) -> bool:
        """`các UBND tỉnh`, `các Sở`: a plural names no particular organisation."""
        k = match.first
        if not (k and self.tokens.joined[k] and self.tokens.texts[k - 1] in _GENERIC_BEFORE):
            return False
        return match.place is None and match.last - match.first <= 3


# --- merging --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Record:
    key: str
    prefix: str  # the key without its place
    units: frozenset[str] | None  # unit words of its named place; None when it has none
    bare_unit: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    written_places: list[bool] = field(default_factory=list)  # per mention: its place is written out


def expand(text: str) -> str:
    """Abbreviations spelled out: `UBND tỉnh Nghệ An` → `Ủy ban nhân dân tỉnh Nghệ An`."""
    lex = lexicon()
    folded = fold(text)

    def spell(match: re.Match[str]) -> str:
        full = lex.expansions[match.group()]
        glued = match.group().endswith(".") and match.end() < len(folded) and not folded[match.end()].isspace()
        return full + " " if glued else full  # `TP.Vinh` → `thành phố Vinh`

    return lex.abbreviations.sub(spell, folded)


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


def _compounds(tokens: Tokens) -> dict[int, int]:
    """Start → end of each capitalised word of several syllables whose later syllables are lower case
    (`Thống kê`, `Lý luận`), from underthesea's word list (no need to run the segmentation model)."""
    compounds: dict[int, int] = {}
    items = tokens.items
    for k, tok in enumerate(items):
        if not tok.is_cap_word:
            continue
        run = k + 1
        while run < len(items) and run - k < 3 and items[run].gap == 1 and items[run].kind == "word":
            if not items[run].text.islower():
                break
            run += 1
        for size in (3, 2):
            if run - k >= size and is_word(" ".join(t.text for t in items[k : k + size])):
                compounds[tok.start] = items[k + size - 1].end
                break
    return compounds


def _collect(doc: Document, places: list[PlaceSpan]) -> tuple[list[_Record], dict[tuple[int, int], _Record]]:
    tokens = doc.body_arrays
    parser = _Parser(tokens, places, _compounds(tokens))
    top = parser.all_matches()
    records: dict[str, _Record] = {}
    by_span: dict[tuple[int, int], _Record] = {}
    acronyms: dict[str, _Record] = {}
    for match in _flatten(top):
        key, prefix, units = _key_parts(match, tokens)
        record = records.setdefault(key, _Record(key, prefix, units, match.bare_unit))
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
    acronyms: dict[str, _Record],
    by_span: dict[tuple[int, int], _Record],
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


def _merge_bare(records: dict[str, _Record], by_span: dict[tuple[int, int], _Record]) -> None:
    """`Thành ủy`, `UBND tỉnh` join the single fully named organisation with the same head."""
    named: dict[str, list[_Record]] = {}
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


def _best_name(record: _Record) -> str:
    """The fullest mention: one that writes its place out (`Công an Hà Nội`, not `Công an thành phố`),
    then one not in capitals (`Quốc hội`, not the header's `QUỐC HỘI`), then the longest once spelled
    out, then one without abbreviations."""
    candidates = [(placed, _clean(text)) for placed, text in zip(record.written_places, record.texts, strict=True)]
    best = max(
        candidates,
        key=lambda c: (c[0], not c[1].isupper(), len(expand(c[1])), fold(c[1]) == expand(c[1]), len(c[1])),
    )
    return best[1]


@dataclass(slots=True)
class OrganizationsFound:
    """The organisations stage: one entry per organisation, and every mention span with its name."""

    organizations: list[Organization]
    spans: list[OrgSpan]  # nested mentions included, sorted by start


def find_organizations(doc: Document, places: list[PlaceSpan] | None = None) -> OrganizationsFound:
    """Every organisation of the article. `places`: the places stage's spans (a name ends where its
    place does); found afresh when not given."""
    records, by_span = _collect(doc, find_places(doc) if places is None else places)
    organizations: list[Organization] = []
    names: dict[int, str] = {}
    for record in sorted(records, key=lambda r: min(r.mentions)):
        name = _best_name(record)
        expanded = expand(name)
        pairs = sorted(set(record.mentions))
        organizations.append(
            Organization(
                name=name,
                expanded=expanded if expanded != fold(name) else None,
                mentions=[Mention(text=doc.text[a:b], start=a, end=b) for a, b in pairs],
            )
        )
        names[id(record)] = name
    spans = sorted(OrgSpan(a, b, names[id(r)]) for (a, b), r in by_span.items())
    return OrganizationsFound(organizations, spans)


def extract_organizations(doc: Document, places: list[PlaceSpan] | None = None) -> list[Organization]:
    """One Organization per distinct organisation, in order of first mention."""
    return find_organizations(doc, places).organizations
