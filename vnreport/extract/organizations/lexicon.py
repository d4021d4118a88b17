"""The organisation lexicons: heads and what may follow them (`orgs_heads.tsv`), domains, the open-name
vocabulary, title words that end a name, and the abbreviations spelled out (`orgs_abbreviations.tsv`).

Spec letters (in the order they may follow a head): D a domain (`Bộ Tài chính`), R a roman numeral (`Vụ III`),
N an open name, L an open name that may open with a vocabulary word (`Ban Quản lý dự án …`), M a proper name
that runs through heads and numbers (`Công ty cổ phần Tập đoàn Hòa Phát`, `Quân khu 4`), B a business name
that may hold lower-case words (`Công ty TNHH xây dựng và thương mại …`), C `Trung ương`, S a nested
organisation, U the parent body, after a dash or not (`Cơ quan Cảnh sát điều tra - Bộ Công an`), P a place or
a bare unit word, K a country only (a national body), Q `của Quốc hội` or `của Chính phủ`, A a 2025 body's
area (`Tòa án nhân dân khu vực 1`), V the subject after `về` (`Ban Chỉ đạo … về phòng, chống tham nhũng`), W the
subject without `về` before the body's place (`Ban Chỉ đạo phòng, chống tham nhũng … tỉnh Phú Thọ`), F a foreign
agency's lower-case descriptor closed by its country (`Cơ quan tình báo Thụy Sĩ`). `!`
after a letter: required; a trailing `+`: at least one; a leading `^`: never nested in another head's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from vnreport import regexes
from vnreport.datafiles import all_data_files, built
from vnreport.extract.locations import Facility, Unit, gazetteer
from vnreport.lexicon import PhraseMatcher, data_text, load_list, load_rows, phrase_matcher
from vnreport.text import fold, nfc


class HeadRow(NamedTuple):
    head: str
    spec: str
    after: str = ""


class MediaRow(NamedTuple):
    name: str
    spec: str
    cue: str


class MinedMediaRow(NamedTuple):
    """An outlet of orgs_media_mined.tsv and the number of corpus articles its source line closes."""

    name: str
    articles: str


class AbbreviationRow(NamedTuple):
    abbreviation: str
    full: str


class KnownRow(NamedTuple):
    """A body named alone by an acronym or a brand (orgs_known.tsv)."""

    name: str
    kind: str  # state, party, group, bank, exchange, firm, intl
    full: str  # its full Vietnamese name, `-` when it has none


class HeadEventRow(NamedTuple):
    """A head and a word after it that make a festival or a fair (orgs_head_events.tsv)."""

    head: str
    word: str


KNOWN_KINDS = frozenset({"state", "party", "group", "bank", "exchange", "firm", "intl"})


class OutletKindRow(NamedTuple):
    """A word naming a kind of news outlet and where it is read (orgs_outlet_kinds.tsv)."""

    word: str
    uses: str  # comma-separated: OUTLET_USES


OUTLET_USES = frozenset({"country", "reported", "lead", "opens"})


class CountryAbbreviationRow(NamedTuple):
    """A country written as capital letters after a body's name, and its name (orgs_country_abbreviations.tsv)."""

    abbreviation: str
    country: str


@cache
def country_abbreviations() -> dict[str, str]:
    """The letters as written (`VN`) → the country's name (`Việt Nam`)."""
    rows = load_rows("orgs_country_abbreviations.tsv", CountryAbbreviationRow)
    return {row.abbreviation: row.country for row in rows}


@cache
def central_spellings() -> tuple[str, ...]:
    """`Trung ương` and the abbreviations orgs_abbreviations.tsv spells out as it (`TƯ`, `TW`, `T.Ư`, `T.W`): the
    one list the organisations (`5 bệnh viện TW`) and the documents (`Nghị quyết T.Ư 4`) read it from."""
    rows = load_rows("orgs_abbreviations.tsv", AbbreviationRow)
    return ("Trung ương", *(row.abbreviation for row in rows if row.full == "Trung ương"))


@cache
def central_matcher() -> PhraseMatcher[bool]:
    """The spellings of `Trung ương` (central_spellings), matched in any case."""
    return phrase_matcher(central_spellings())


@cache
def outlet_kinds(use: str) -> frozenset[str]:
    """The words naming a kind of news outlet (`báo`, `hãng tin`, `tờ`) read for one use (orgs_outlet_kinds.tsv:
    the one list of them, for the organisations and the event's date)."""
    rows = load_rows("orgs_outlet_kinds.tsv", OutletKindRow)
    return frozenset(row.word for row in rows if use in row.uses.split(","))


_HOME_MEDIA_SECTION = "# --- Vietnamese press"  # the section of orgs_media.tsv that lists the country's own outlets


@cache
def home_media() -> frozenset[str]:
    """The names of Vietnamese outlets, folded and in lower case: the rows of orgs_media.tsv's first section
    (`VnExpress`, `Infonet`), whose kind word stays part of their name (`báo VnExpress`), unlike a foreign
    paper's (`báo Business Insider` names `Business Insider`)."""
    names: set[str] = set()
    inside = False
    for line in data_text("orgs_media.tsv").splitlines():
        if line.startswith("# ---"):
            inside = line.startswith(_HOME_MEDIA_SECTION)
        elif inside and line.strip() and not line.startswith("#"):
            names.add(fold(nfc(line.split("\t", 1)[0].strip())).lower())
    return frozenset(names)


@dataclass(frozen=True, slots=True)
class Spec:
    letters: str  # complements allowed, in order: D F N L M C S P K Q
    required: frozenset[str]
    at_least_one: bool
    opens_only: bool = False  # `^`: never nested in another head's name (`Thuế tỉnh …`, not of `Cục Thuế`)


@dataclass(frozen=True, slots=True)
class Head:
    text: str
    spec: Spec
    lower_ok: bool  # written in lower case in the data (`báo`): matched as written
    after: frozenset[str] = frozenset()  # words before a lower-case head that allow it
    before_capital: bool = True  # a lower-case head may also stand before a capitalised name
    media: bool = False  # a news medium (orgs_media.tsv)
    part: bool = False  # a local body's head (orgs_bare_parts.txt): alone inside a longer name, a part of it
    cue: bool = False  # a medium whose name is also a common phrase: only after a source cue
    untitled: bool = False  # not right after a title (`Thường trực` of `Phó Bí thư Thường trực`): `~`
    alone: bool = False  # a name of orgs_known.tsv: stands alone though its spec asks for more (`VKSND`)
    lower_first: bool = False  # capitalised, but read with a lower-case first letter as a lower-case head is


SPEC_LETTERS = frozenset("DRNLMBCSUPKQAVWF#")  # the letters of the module docstring; `#` a number after the name
SPEC_MARKS = frozenset("!+^")  # required, at least one, never nested


def parse_spec(spec: str) -> Spec:
    """A head's spec (`P!`, `^DNLP+`); a letter none of the grammar reads is a typo in the data, raised."""
    if spec == "-":
        return Spec("", frozenset(), False)
    opens_only = spec.startswith("^")
    spec = spec.lstrip("^")
    at_least_one = spec.endswith("+")
    body = spec.rstrip("+")
    letters: list[str] = []
    required: set[str] = set()
    for char in body:
        if char == "!":
            required.add(letters[-1])
        elif char in SPEC_LETTERS:
            letters.append(char)
        else:
            raise ValueError(f"spec {spec!r}: no letter {char!r}")
    return Spec("".join(letters), frozenset(required), at_least_one, opens_only)


def is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(slots=True)
class Lexicon(regexes.PicklesPatternsAsSource):
    heads_lower: PhraseMatcher[Head]  # matched in lower case
    heads_exact: PhraseMatcher[Head]  # acronyms (`WHO`, `EVN`), lower-case heads (`báo`), media, as written
    domains: PhraseMatcher[bool]  # lower case
    vocab: PhraseMatcher[bool]  # lower case
    stops: PhraseMatcher[bool]  # as written
    name_stops: PhraseMatcher[bool]  # lower case: words a business name does not hold
    media_cues: PhraseMatcher[bool]  # reversed, as written and capitalised: what stands before a source
    generic_after: PhraseMatcher[bool]  # lower case: a level after a head (`cấp xã`): no particular body
    eponyms: PhraseMatcher[bool]  # as written: names institutions bear (`Hồ Chí Minh`), no person to cut off
    abbreviations: re.Pattern[str]
    expansions: dict[str, str]
    known_full: dict[str, str]  # a known name (folded) → its full name (orgs_known.tsv)
    events: frozenset[tuple[str, str]]  # (head, word after it) naming a festival (orgs_head_events.tsv)
    units: PhraseMatcher[Unit]
    facilities: PhraseMatcher[Facility]  # places' facility heads (`Trung tâm Hội nghị`): a venue, no body
    openers: frozenset[str] = frozenset()  # first tokens of every head (as written and in lower case)


@cache
def lexicon() -> Lexicon:
    """Built from the data files once, then loaded ready-made from the cache (datafiles.built)."""
    return built("organization-lexicon", all_data_files(), _build_lexicon)


def _build_lexicon() -> Lexicon:
    heads_lower: PhraseMatcher[Head] = PhraseMatcher("lower")
    heads_exact: PhraseMatcher[Head] = PhraseMatcher("text")
    bare_parts = frozenset(fold(h).lower() for h in load_list("orgs_bare_parts.txt"))
    known = {row.name: row for row in load_rows("orgs_known.tsv", KnownRow)}
    media_names = {row.name for row in load_rows("orgs_media.tsv", MediaRow)}
    heads: set[str] = set()
    for row in load_rows("orgs_heads.tsv", HeadRow):
        untitled = row.after == "~"
        as_written = row.after == "="  # `Cơ quan cảnh sát điều tra`: not `Cơ quan Cảnh sát điều tra`
        after = "" if untitled or as_written else row.after
        strict = bool(after) and not after.startswith("*")
        before = frozenset(w.strip() for w in after.lstrip("*").split(",")) if after else frozenset()
        part = fold(row.head).lower() in bare_parts
        lower_ok = row.head[0].islower()
        # `*` alone after a capitalised head: its first letter may be written in lower case too (`trường THPT …`)
        lower_first = not lower_ok and after == "*"
        alone = row.head in known
        spec = parse_spec(row.spec)
        if lower_first:
            before = frozenset()  # not {''}, which would let it stand after a line break: only before a name
        head = Head(
            row.head,
            spec,
            lower_ok,
            before,
            not strict,
            part=part,
            untitled=untitled,
            alone=alone,
            lower_first=lower_first,
        )
        heads.add(row.head)
        if is_acronym(row.head) or head.lower_ok or as_written:
            heads_exact.add(row.head, head)
        else:
            heads_lower.add(row.head, head)
    for media in load_rows("orgs_media.tsv", MediaRow):
        heads_exact.add(media.name, Head(media.name, parse_spec(media.spec), False, media=True, cue=media.cue == "yes"))
    for mined in load_rows("orgs_media_mined.tsv", MinedMediaRow):
        if mined.name not in media_names:  # `Trí thức trẻ`: only after a source cue (`Theo …`, `/`, `(`)
            media_names.add(mined.name)
            heads_exact.add(mined.name, Head(mined.name, parse_spec("-"), False, media=True, cue=True))
    for name in known:
        if name in heads or name in media_names:
            continue  # `EVN`, `VKSND` are heads already (marked `alone`), `VTV` a medium
        head = Head(name, parse_spec("-"), False, alone=True)
        (heads_exact if is_acronym(name) else heads_lower).add(name, head)
    domains = phrase_matcher(load_list("orgs_domains.txt"), "lower")
    vocab = phrase_matcher(load_list("orgs_vocab.txt"), "lower")
    stops = phrase_matcher(load_list("orgs_title_stops.txt"), "text")
    name_stops = phrase_matcher(load_list("orgs_name_stops.txt"), "lower")
    # a news outlet's own noun (orgs_news_cues.txt: `kênh`, `hãng tin`) names the medium after it as one too
    cue_words = dict.fromkeys(load_list("orgs_media_cues.txt") + load_list("orgs_news_cues.txt"))
    media_cues = phrase_matcher(tuple(cue_words), "lower", reverse=True)
    generic_after = phrase_matcher(load_list("orgs_generic_levels.txt"), "lower")
    eponyms = phrase_matcher(load_list("orgs_eponyms.txt"), "text")
    expansions = {fold(r.abbreviation): r.full for r in load_rows("orgs_abbreviations.tsv", AbbreviationRow)}
    alternatives = "|".join(re.escape(a) for a in sorted(expansions, key=lambda p: (-len(p), p)))
    pattern = regexes.compile(rf"(?<![\w&.\-])(?:{alternatives})(?:(?<=\.)|(?![\w&]))")
    return Lexicon(
        heads_lower,
        heads_exact,
        domains,
        vocab,
        stops,
        name_stops,
        media_cues,
        generic_after,
        eponyms,
        pattern,
        expansions,
        {fold(row.name): row.full for row in known.values() if row.full != "-"},
        frozenset(
            (fold(r.head).lower(), fold(r.word).lower()) for r in load_rows("orgs_head_events.tsv", HeadEventRow)
        ),
        gazetteer().units,
        gazetteer().facilities,
        heads_lower.first_tokens() | heads_exact.first_tokens(),
    )


def expand(text: str) -> str:
    """Abbreviations spelled out: `UBND tỉnh Nghệ An` → `Ủy ban nhân dân tỉnh Nghệ An`."""
    lex = lexicon()
    folded = fold(text)
    if folded in lex.known_full:  # `TKV` → `Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam`
        folded = fold(lex.known_full[folded])

    def spell(match: re.Match[str]) -> str:
        full = lex.expansions[match.group()]
        glued = match.group().endswith(".") and match.end() < len(folded) and not folded[match.end()].isspace()
        return full + " " if glued else full  # `TP.Vinh` → `thành phố Vinh`

    return lex.abbreviations.sub(spell, folded)


def written_out(text: str) -> str:
    """A name compared with another writing of it: abbreviations spelled out, lower case, the joiners of
    domains left out (`Sở Tài nguyên - Môi trường` = `Sở Tài nguyên và Môi trường` = `Sở TN&MT`). The key of
    organisations' merging and of officials' titles starts from it."""
    words = expand(text).lower().replace("&", " & ").replace(",", " , ").split()
    return " ".join(w for w in words if w not in DOMAIN_JOINERS)


# the joiners of a ministry's domains (`Tài nguyên & Môi trường`, `Thông tin - Truyền thông`), read by names.domain
# too: defined here, as names.py imports this module
DOMAIN_JOINERS = frozenset({"và", "&", "-", "–", ","})


@cache
def head_syllable_pairs() -> frozenset[tuple[str, str]]:
    """Syllables that follow each other inside a head (`ban` `nhân` of `Ủy ban nhân dân`), lower case: a
    line break between them splits the head (`VĂN PHÒNG ỦY BAN` / `NHÂN DÂN TỈNH`)."""
    pairs: set[tuple[str, str]] = set()
    for row in load_rows("orgs_heads.tsv", HeadRow):
        words = row.head.lower().split()
        pairs.update(pairwise(words))
    return frozenset(pairs)
