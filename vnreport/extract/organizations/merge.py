"""Merging organisation mentions: variants are merged on a key — abbreviations spelled out, an acronym
defined in parentheses dropped (`Mặt trận Tổ quốc (MTTQ) Việt Nam`), the place replaced by its canonical
name (`UBND TP Hà Nội` = `Ủy ban nhân dân thành phố Hà Nội`). A bare `Thành ủy` or `UBND tỉnh` joins the
one fully named organisation with the same head, if there is exactly one. An acronym defined after a name
(`Tập đoàn Điện lực Việt Nam (EVN)`) makes later `EVN` a mention."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from vnreport import regexes
from vnreport.extract.locations import PlaceSpan
from vnreport.extract.organizations.defined import defined_matches
from vnreport.extract.organizations.grammar import ADMIN_LEVELS, OrgMatch, all_matches
from vnreport.extract.organizations.lexicon import expand, is_acronym, written_out
from vnreport.extract.organizations.mined import mined_matches
from vnreport.extract.organizations.names import compounds
from vnreport.extract.organizations.scan import Scan, Tokens
from vnreport.extract.organizations.sources import (
    SOURCE,
    STATION_NOUNS,
    branch_names,
    brand_lists,
    outlet_forms,
    source_matches,
)
from vnreport.lexicon import load_list, load_words
from vnreport.segment.document import Document
from vnreport.segment.syllables import has_foreign_shape
from vnreport.text import fold

_PAREN_ACRONYM = regexes.compile(r"\s*\(\s*[A-ZĐ][A-ZĐ0-9&\-.]{1,14}\s*\)")
_SPACES = regexes.compile(r"\s+")


@dataclass(slots=True)
class Record:
    key: str
    prefix: str  # the key without its place
    units: frozenset[str] | None  # unit words of its named place; None when it has none
    bare_unit: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    written_places: list[bool] = field(default_factory=list)  # per mention: its place is written out
    extends: str | None = None  # the key of its words before a nested organisation (`ban tổ chức` of
    # `Ban Tổ chức Tỉnh ủy`): a bare `Ban Tổ chức` is this one when no other extends it
    merged_into: Record | None = None
    alone: bool = False  # written on its own at least once, not only as the bare head inside a longer name
    committee: bool = False  # a bare Party committee inside a longer name (`Ban Thường vụ Tỉnh ủy`)
    place: str | None = None  # the canonical name of its province, district or commune

    def owner(self) -> Record:
        root = self
        while root.merged_into is not None:
            root = root.merged_into
        record = self
        while record.merged_into is not None and record.merged_into is not root:
            record.merged_into, record = root, record.merged_into  # compressed: later asks are one step
        return root

    def absorb(self, other: Record) -> None:
        self.mentions.extend(other.mentions)
        self.texts.extend(other.texts)
        self.written_places.extend(other.written_places)
        other.mentions, other.texts, other.written_places = [], [], []
        other.merged_into = self
        self.alone = self.alone or other.alone


def _clean(text: str) -> str:
    return _SPACES.sub(" ", _PAREN_ACRONYM.sub("", text)).strip()


def _normal(text: str) -> str:
    """The merging key of a name: written out (`written_out`), without a defined acronym, the word `số`
    before a number, or the `đa khoa` of a hospital."""
    return _GENERAL_HOSPITAL.sub("bệnh viện", _NUMBER_WORD.sub("", written_out(_clean(text))))


_NUMBER_WORD = regexes.compile(r"\bsố (?=\d)")  # `Đoàn kiểm tra số 469` = `Đoàn kiểm tra 469`
# `Bệnh viện Đa khoa Thanh Hóa` = `bệnh viện tỉnh Thanh Hóa`: the general hospital is the province's hospital
_GENERAL_HOSPITAL = regexes.compile(r"\bbệnh viện đa khoa\b")


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
        return f"{prefix} {fold(place.name).lower()}{_after_place(match, tokens)}", prefix, _units_of(place)
    return f"{prefix} {match.bare_unit or ''}".rstrip(), prefix, None


def _after_place(match: OrgMatch, tokens: Tokens) -> str:
    """What a name holds after its country, with a space before it: the form of state (`Chính phủ nước Việt
    Nam Dân chủ Cộng hòa` is not `Chính phủ Việt Nam`), the partner (`Hội hữu nghị Việt Nam - Lào`); not
    the seat of an embassy (`Đại sứ quán Việt Nam tại Hà Lan` is the one `Đại sứ quán Việt Nam`)."""
    place = match.place
    if place is None or place.last >= match.last or match.place_first is None or place.first < match.place_first:
        return ""
    rest = _normal(tokens.view[tokens.starts[place.last] : tokens.ends[match.last - 1]])
    return "" if not rest or rest.startswith("tại ") else f" {rest}"


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
    scan = Scan.of(tokens, places, compounds(tokens))
    top = all_matches(scan)
    listed, replaced = brand_lists(scan, top)
    top = sorted([*(m for m in top if id(m) not in replaced), *listed], key=lambda m: m.first)
    covered = [False] * len(tokens)
    for match in top:
        for k in range(match.first, match.last):
            covered[k] = True
    sources = source_matches(scan, covered)
    for match in sources:
        covered[match.first : match.last] = [True] * (match.last - match.first)
    mined = mined_matches(scan, covered)
    for match in mined:
        covered[match.first : match.last] = [True] * (match.last - match.first)
    top = sorted([*top, *sources, *mined, *defined_matches(scan, covered)], key=lambda m: m.first)
    outlet_forms(scan, top)
    branch_names(scan, top)
    records: dict[str, Record] = {}
    by_span: dict[tuple[int, int], Record] = {}
    acronyms: dict[str, Record] = {}
    acronym_heads: dict[str, str] = {}  # an acronym → the head of the name it was defined after
    short_places: dict[str, str] = {}  # an acronym defined with its place (`CDC Đắk Lắk`) → the place
    outermost = {id(m) for m in top}
    short_forms: set[str] = set()  # keys of names read without a head (`công ty NutiFood`)
    for match in _flatten(top):
        key, prefix, units = _key_parts(match, tokens)
        if match.head is SOURCE:
            short_forms.add(key)
        record = records.setdefault(key, Record(key, prefix, units, match.bare_unit))
        if units is not None and match.place is not None and match.place.level in ADMIN_LEVELS:
            record.place = match.place.name  # a country's bodies are not told apart by counts (`Quốc hội`)
        # `Khu lưu niệm cố Thủ tướng Chính phủ …`: read for the title, no body the text names on its own
        own = (id(match) in outermost or not match.bare) and not scan.in_memorial[match.first]
        own = own and not (match.bare and _unnamed_alone(match))  # `Bí thư Đảng ủy, Giám đốc …`: whose?
        own = own and not match.credit_only  # `VOV-Paris`: the outlet `VOV` is reported, nested in it
        record.alone = record.alone or own
        record.committee = record.committee or (not own and _committee(match))
        if match.nested and match.nested[0].first > match.first:
            record.extends = _normal(tokens.view[tokens.starts[match.first] : tokens.starts[match.nested[0].first]])
        start, end = tokens.starts[match.first], tokens.ends[match.last - 1]
        record.mentions.append((start, end))
        record.texts.append(doc.text[start:end])
        placed = match.place is not None and bool(match.place.name) and not match.place.bare and not match.shared
        record.written_places.append(placed)
        by_span[(start, end)] = record
        if match.acronym:
            _add_defined_acronym(doc, tokens, match, record, by_span)
            acronyms.setdefault(match.acronym, record)
            acronym_heads.setdefault(match.acronym, match.head.text)
            if match.short_last and match.place is not None:
                short_places.setdefault(match.acronym, match.place.name)
    _add_acronym_mentions(doc, scan, top, acronyms, by_span, short_places)
    for acronym, owner in acronyms.items():
        headed = _normal(f"{acronym_heads[acronym]} {acronym}")  # `đảng Xã hội (PS)`, later `Đảng PS`
        party = _normal(f"đảng {acronym}")  # `Mặt trận Quốc gia (FN)`, later `đảng FN`: the party by its acronym
        partylike = not acronym_heads[acronym] or owner.key.startswith(_party_openers())  # not `Tập đoàn X (ABC)`
        keys = (_normal(acronym), f"{owner.key} {_normal(acronym)}", headed, *((party,) if partylike else ()))
        for key in keys:
            named = records.get(key)  # `Tập đoàn Viễn thông Quân đội (Viettel)`, later `Viettel` or `… Viettel`
            if named is not None and named.owner() is not owner.owner():
                owner.owner().absorb(named)
    _merge_bare(records, _place_counts(places))
    _committees_alone(records)
    _merge_qualified(records)
    _merge_short_forms(records, short_forms)
    _merge_company_short_names(records)
    _merge_press_nouns(records)
    _merge_school_noun(records)
    _merge_same_spelling(records)
    owned = {span: record.owner() for span, record in by_span.items()}
    unique = list({id(r): r for r in owned.values()}.values())
    return unique, owned


@cache
def _party_openers() -> tuple[str, ...]:
    """Openers of a party-like body (data/orgs_party_openers.txt), each with the space after it: `đảng` + its acronym
    names it."""
    return tuple(f"{word} " for word in load_list("orgs_party_openers.txt"))


def _committee(match: OrgMatch) -> bool:
    return fold(match.head.text).lower() in _folded_heads("orgs_nested_alone.txt")


def _committees_alone(records: dict[str, Record]) -> None:
    """`Tỉnh ủy` written only inside `Ban Thường vụ Tỉnh ủy`, `Ủy viên BTV Tỉnh ủy`: the article's own Party
    committee (orgs_nested_alone.txt) is an organisation of its own when the article names no committee
    of that kind with its place (then it is that one, or one of several)."""
    named = {r.prefix for r in records.values() if r.units is not None}
    for record in records.values():
        if record.committee and not record.alone and record.merged_into is None and record.prefix not in named:
            record.alone = True


def _unnamed_alone(match: OrgMatch) -> bool:
    """The match's head is a body named by its kind alone that, written bare, names no body the reader can
    tell (orgs_unnamed_alone.txt: `Đảng ủy` of `Bí thư Đảng ủy, Giám đốc Công ty …`)."""
    return fold(match.head.text).lower() in _folded_heads("orgs_unnamed_alone.txt")


@cache
def _folded_heads(name: str) -> frozenset[str]:
    """The heads of the data list `name`, folded and in lower case as a match's head is compared."""
    return frozenset(fold(h).lower() for h in load_list(name))


def _add_defined_acronym(
    doc: Document, tokens: Tokens, match: OrgMatch, record: Record, by_span: dict[tuple[int, int], Record]
) -> None:
    """`đảng Cứu nguy Dân tộc (CNRP)`: the acronym defined in parentheses is a mention of the name it
    follows (the text names the body by it, even when it never writes it again)."""
    k = match.last + 1
    if k >= len(tokens) or tokens.texts[k] != match.acronym:
        return
    span = (tokens.starts[k], tokens.ends[max(k, match.short_last - 1)])  # `(CDC Đắk Lắk)`: with its place
    if span in by_span:
        return
    record.mentions.append(span)
    record.texts.append(doc.text[span[0] : span[1]])
    record.written_places.append(False)
    by_span[span] = record


def _add_acronym_mentions(
    doc: Document,
    scan: Scan,
    top: list[OrgMatch],
    acronyms: dict[str, Record],
    by_span: dict[tuple[int, int], Record],
    short_places: dict[str, str],
) -> None:
    """Later mentions of a defined acronym, with the place it was defined with (`CDC Đắk Lắk`)."""
    if not acronyms:
        return
    tokens = scan.tokens
    covered = [False] * len(tokens)
    for match in top:
        for k in range(match.first, min(match.last + 3, len(tokens))):
            covered[k] = True
    for k, text in enumerate(tokens.texts):
        record = acronyms.get(text)
        if record is None or covered[k]:
            continue
        start, end = tokens.starts[k], tokens.ends[k]
        place = scan.place_at.get(k + 1) if text in short_places and scan.joined(k + 1) else None
        if place is not None and place.name == short_places[text]:
            end = tokens.ends[place.last - 1]
        record.mentions.append((start, end))
        record.texts.append(doc.text[start:end])
        record.written_places.append(False)
        by_span[(start, end)] = record


def _place_counts(places: list[PlaceSpan]) -> Counter[str]:
    """How many times the article names each place (inside an organisation's name too)."""
    return Counter(place.name for place in places if place.name)


def _merge_bare(records: dict[str, Record], counts: Counter[str]) -> None:
    """`Thành ủy`, `UBND tỉnh` join the single fully named organisation with the same head — of several, the
    one whose place the article names most (`Tỉnh ủy` in an article on Khánh Hòa that names the Ninh Thuận
    committee once); `Ban Tổ chức` the single one it opens (`Ban Tổ chức Tỉnh ủy`)."""
    named: dict[str, list[Record]] = {}
    extended: dict[str, list[Record]] = {}
    for record in records.values():
        if record.units is not None:
            named.setdefault(record.prefix, []).append(record)
        if record.extends:
            extended.setdefault(record.extends, []).append(record)
    for record in list(records.values()):
        if record.units is not None or record.merged_into is not None:
            continue
        targets = [
            t for t in named.get(record.prefix, []) if record.bare_unit is None or record.bare_unit in (t.units or ())
        ]
        if not targets and record.bare_unit is None:
            targets = [t for t in extended.get(record.key, []) if t is not record]
        if len(targets) > 1 and record.bare_unit is not None:
            targets = [t for t in targets if _writes_unit(t, record.bare_unit)]
        if len(targets) > 1:
            targets = _most_named(targets, counts)
        if len(targets) == 1:
            targets[0].owner().absorb(record)


def _most_named(targets: list[Record], counts: Counter[str]) -> list[Record]:
    """The one of several bodies whose place the article names strictly most often; all when none is."""
    ranked = sorted(targets, key=lambda t: counts[t.place or ""], reverse=True)
    first, second = (counts[t.place or ""] for t in ranked[:2])
    return ranked[:1] if first > second else targets


def _writes_unit(record: Record, unit: str) -> bool:
    """Whether a mention of the named body writes the unit word of a bare one (`UBND tỉnh TT-Huế` for `UBND
    tỉnh`, not `UBND thành phố Huế`, whose city the gazetteer also files as a province)."""
    return any(f" {unit} " in f" {_normal(text)} " for text in record.texts)


def _merge_qualified(records: dict[str, Record]) -> None:
    """`Ủy ban ATGT` joins the one `Ủy ban ATGT Quốc gia` of the article, `Ban Chấp hành Trung ương` the
    `Ban Chấp hành Trung ương Đảng`: a name is the same body as the single longer one that only adds a
    qualifier of orgs_qualifiers.txt (`Quốc gia`, `Đảng`, `Việt Nam`, `của Quốc hội`) or its subject (`Ban Chỉ
    đạo` of `Ban Chỉ đạo Trung ương về phòng, chống tham nhũng`)."""
    qualifiers = load_words("orgs_qualifiers.txt")
    longer: dict[str, list[Record]] = {}
    for record in records.values():
        base, subject, _ = record.key.partition(" về ")  # `Ban Chỉ đạo Trung ương về …`: its subject is a qualifier
        if subject:
            longer.setdefault(base, []).append(record)
        words = base.split(" ")
        for cut in range(1, len(words)):
            if " ".join(words[cut:]) in qualifiers:
                longer.setdefault(" ".join(words[:cut]), []).append(record)
    for key, targets in longer.items():
        short = records.get(key)
        owners = {id(t.owner()): t.owner() for t in targets}
        if short is None or len(owners) != 1:
            continue
        target = next(iter(owners.values()))
        if short.owner() is not target:
            target.absorb(short.owner())


_SHORT_FORM_WORDS = 12  # the longest short form looked up (a name read without a head)


def _merge_short_forms(records: dict[str, Record], short_forms: set[str]) -> None:
    """`NutiFood` after `Công ty cổ phần Thực phẩm dinh dưỡng NutiFood`: a name read without a head that
    ends the single longer name of the article is that body's short form."""
    if not short_forms:
        return
    # each key filed under its last _SHORT_FORM_WORDS word suffixes: one lookup per short form, not a pass over
    # every record (a list of thousands of brands after `như`/`là` made this short forms × records)
    ending: dict[str, list[Record]] = {}
    for k, r in records.items():
        spaces = [i for i, ch in enumerate(k) if ch == " "][-_SHORT_FORM_WORDS:]
        for i in spaces:
            ending.setdefault(k[i + 1 :], []).append(r)
    for key in short_forms:
        short = records.get(key)
        if short is None:
            continue
        longer = {id(r.owner()): r.owner() for r in ending.get(key, ())}
        if len(longer) == 1:
            target = next(iter(longer.values()))
            if short.owner() is not target:
                target.absorb(short.owner())


_COMPANY_HEADS = ("công ty ", "tổng công ty ")  # as they read in a key (`Cty`, `TCty` spelled out)
_MIN_COMPANY_NAME = 2  # words of the short name: `Công ty Hoàng Lâm`, not a bare `Công ty Sông`


_FORM_SPELLINGS = {"cp": "cổ phần"}  # a form of orgs_company_forms.txt read as another of its rows


def _company_name(key: str) -> tuple[str, str, frozenset[str]] | None:
    """(head, name, legal forms) of a company's key (`công ty trách nhiệm hữu hạn hoàng lâm` → `công ty`,
    `hoàng lâm`, {`trách nhiệm hữu hạn`}); None for another body."""
    head = next((h for h in sorted(_COMPANY_HEADS, key=len, reverse=True) if key.startswith(h)), None)
    if head is None:
        return None
    name = f" {key[len(head) :]} "
    forms = set()
    for form in load_list("orgs_company_forms.txt"):
        if f" {form} " in name:
            forms.add(_FORM_SPELLINGS.get(form, form))
            name = name.replace(f" {form} ", " ")
    return head.strip(), " ".join(name.split()), frozenset(forms)


def _fits(one: frozenset[str], other: frozenset[str]) -> bool:
    """Two names of a company may be one company: the legal forms of one hold the other's (or one writes
    none); `Công ty TNHH Hoàng Lâm` and `Công ty cổ phần Hoàng Lâm`, both written with a form, do not."""
    return one <= other or other <= one


def _merge_company_short_names(records: dict[str, Record]) -> None:
    """`Công ty Hoàng Lâm` after `Công ty TNHH Hoàng Lâm`, `Công ty TNHH Hoàng Lâm` after `Công ty TNHH Xây
    dựng Hoàng Lâm`: a company written again without its legal form or the trade words before its proper
    name is the single company of the same head whose name ends with the same words and whose legal forms
    do not differ from its own (`_fits`). Two companies whose legal forms differ (`Công ty TNHH Hoàng Lâm`,
    `Công ty cổ phần Hoàng Lâm`) stay apart, and so does a name without a form that either could be."""
    names: dict[tuple[str, str], list[tuple[Record, frozenset[str]]]] = {}
    for record in records.values():
        found = _company_name(record.key)
        if found is not None:
            names.setdefault(found[:2], []).append((record, found[2]))
    for group in names.values():  # the same name with and without its legal form, fullest forms first
        group.sort(key=lambda pair: -len(pair[1]))
        for record, forms in group:
            fuller = {id(r.owner()): r.owner() for r, f in group if forms < f or (forms == f and r is not record)}
            if len(fuller) == 1:
                target = next(iter(fuller.values()))
                if record.owner() is not target:
                    target.absorb(record.owner())
    ending: dict[tuple[str, str], list[tuple[Record, frozenset[str]]]] = {}
    for (head, name), group in names.items():
        words = name.split(" ")
        for cut in range(len(words) - _MIN_COMPANY_NAME + 1):
            ending.setdefault((head, " ".join(words[cut:])), []).extend(group)
    for short, group in names.items():
        if len(short[1].split(" ")) < _MIN_COMPANY_NAME:
            continue
        mine = {id(r.owner()) for r, _ in group}
        members = {id(r) for r, _ in group}
        for record, forms in group:
            if record.owner() is not record and id(record.owner()) in members:
                continue  # merged above into a fuller name of its own group, which goes on its behalf
            owners = {id(r.owner()): r.owner() for r, f in ending.get(short, ()) if _fits(forms, f)}
            longer = [o for i, o in owners.items() if i not in mine]
            if len(longer) == 1 and record.owner() is not longer[0]:
                longer[0].absorb(record.owner())


_PAPER_NOUNS = ("tờ báo", "báo", "tờ")  # `báo Vnexpress`, `tờ Pháp Luật TP.HCM`: the common noun of a paper


@cache
def _press_nouns() -> tuple[str, ...]:
    """The common nouns of a paper, and of a station (`Đài truyền hình NHK`: the station nouns of
    orgs_news_cues.txt), each with its space, longest first."""
    stations = [cue for cue in load_list("orgs_news_cues.txt") if cue.split()[0] in STATION_NOUNS]
    return tuple(sorted((f"{noun} " for noun in (*_PAPER_NOUNS, *stations)), key=len, reverse=True))


def _merge_press_nouns(records: dict[str, Record]) -> None:
    """`báo Vnexpress` and `Vnexpress` in one article: the paper named with and without its common noun is
    one medium (as `Báo Nhân Dân` is `Nhân Dân`)."""
    for key, record in list(records.items()):
        noun = next((n for n in _press_nouns() if key.startswith(n)), None)
        bare = records.get(key[len(noun) :]) if noun else None
        if bare is not None and bare.owner() is not record.owner():
            bare.owner().absorb(record.owner())


def _merge_school_noun(records: dict[str, Record]) -> None:
    """`trường Đại học Salford` and `Đại học Salford` in one article: a school named with and without its
    common noun `trường` is one school (as the gold lists them); so is a company, group or bank named with and
    without its noun (`ngân hàng Vietinbank` and `Vietinbank`, `tập đoàn Lotte` and `Lotte`). A company named by
    its noun and one word of no Vietnamese syllable, a brand (`công ty NutiFood`; not `công ty Sông`), that the
    article reads nowhere bare is, as that word read alone would be (`_merge_short_forms`), the single longer
    name of the same noun ending with it (`Công ty cổ phần Thực phẩm dinh dưỡng NutiFood`)."""
    ending: dict[str, list[Record]] = {}
    for key in records:
        noun = next((n for n in _COMMON_NOUNS if key.startswith(n)), None)
        if noun is not None and " " in key[len(noun) :]:
            ending.setdefault(f"{noun}{key.rsplit(' ', 1)[1]}", []).append(records[key])
    for key, record in list(records.items()):
        noun = next((n for n in _COMMON_NOUNS if key.startswith(n)), None)
        bare = records.get(key[len(noun) :]) if noun is not None else None
        if bare is not None and bare.owner() is not record.owner():
            bare.owner().absorb(record.owner())
        elif bare is None and noun is not None and " " not in key[len(noun) :] and has_foreign_shape(key[len(noun) :]):
            longer = {id(r.owner()): r.owner() for r in ending.get(key, ()) if r.owner() is not record.owner()}
            if len(longer) == 1:
                next(iter(longer.values())).absorb(record.owner())


_COMMON_NOUNS = ("trường ", "công ty ", "tập đoàn ", "ngân hàng ")


def _merge_same_spelling(records: dict[str, Record]) -> None:
    """`Trung tâm Bảo tồn Di tích Cố đô Huế` and `… Cố Đô Huế`: two mentions spelled with the same letters
    but for their case are one body, though their keys differ (one read with a place, one without)."""
    spelled: dict[str, Record] = {}
    for record in list(records.values()):
        if not record.alone or record.merged_into is not None:
            continue
        for text in list(record.texts):
            other = spelled.setdefault(fold(_clean(text)).lower(), record).owner()
            if other is not record.owner():
                other.absorb(record.owner())


def best_name(record: Record) -> str:
    """The fullest mention: one that writes its place out (`Công an Hà Nội`, not `Công an thành phố`),
    then one not in capitals (`Quốc hội`, not the header's `QUỐC HỘI`), then the longest once spelled
    out, then one without abbreviations, then one opening with its capital (`Thanh tra TP Hà Nội`, not
    the `thanh tra TP Hà Nội` of a title `Chánh thanh tra …`). A party chosen as the common noun `đảng` and
    its acronym is named by the acronym alone (`đảng NRP` → `NRP`: `_party_by_acronym`)."""
    candidates = [(placed, _clean(text)) for placed, text in zip(record.written_places, record.texts, strict=True)]
    best = max(
        candidates,
        key=lambda c: (
            c[0],
            not c[1].isupper(),
            len(expand(c[1])),
            fold(c[1]) == expand(c[1]),
            len(c[1]),
            c[1][:1].isupper(),
        ),
    )
    return _party_by_acronym(best[1])


_PARTY_NOUN = "đảng "  # in lower case: the common noun before a party's name (`đảng Bảo thủ`, `đảng LR`)


def _party_by_acronym(name: str) -> str:
    """`LR` for `đảng LR`: a party written as the common noun `đảng` and its acronym is named by the acronym
    (the noun says what it is, as `tờ`, `hãng` do); a worded name keeps its noun (`đảng Bảo thủ`)."""
    rest = name[len(_PARTY_NOUN) :]
    return rest if name.startswith(_PARTY_NOUN) and " " not in rest and is_acronym(rest) else name
