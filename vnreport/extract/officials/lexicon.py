"""The officials' lexicons: title heads and ranks, honorifics, organisation words and phrases, role cues."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from vnreport.datafiles import prebuilt
from vnreport.extract.names import AddressRow, formal_address, title_matcher
from vnreport.lexicon import PhraseMatcher, list_matcher, load_list, load_rows, load_words, phrase_matcher
from vnreport.text import fold

__all__ = [
    "FORMAL_ANCHORS",
    "address_genders",
    "copula_times",
    "cue_heads",
    "honorific_matcher",
    "kin_anchors",
    "lower_heads",
    "org_name_part_matcher",
    "org_phrase_matcher",
    "org_vocabulary",
    "org_words",
    "other_gender",
    "rank_words",
    "set_off_groups",
    "set_off_heads",
    "set_off_stops",
    "thing_runs",
    "title_matcher",
    "unit_words",
]


class ThingRunRow(NamedTuple):
    """A row of names_thing_runs.tsv: a capitalised run the news writes after a thing's word (`tàu`, `trường`,
    `công ty`, `tại`) and never after a person's (mined by benchmarks/mine_thing_names.py)."""

    run: str
    articles: str


@cache
def thing_runs() -> frozenset[str]:
    """The runs of names_thing_runs.tsv, folded and in lower case (as the people are keyed)."""
    return frozenset(fold(row.run).lower() for row in load_rows("names_thing_runs.tsv", ThingRunRow))


class AuthorityRow(NamedTuple):
    written: str
    canonical: str
    meaning: str


class RoleCueRow(NamedTuple):
    role: str
    cue: str
    where: str


@cache
def _address_rows() -> tuple[AddressRow, ...]:
    return load_rows("names_kin_anchors.tsv", AddressRow)


# `ông`, `bà`, `ngài` before a name: the formal address, read by the officials' extractor (a title before
# `, ông A` is A's) and by given.py (they open no run of a given name).
FORMAL_ANCHORS = formal_address()


@cache
def kin_anchors() -> dict[str, str | None]:
    """The kin words of address (names_kin_anchors.tsv kind `kin`: `anh`, `chị`, `em`), each with the gender it
    tells of the person it names (`m`, `f`), or None (`em`, `bé`)."""
    return {row.word: _gender(row) for row in _address_rows() if row.kind == "kin"}


@cache
def address_genders() -> dict[str, str | None]:
    """Every word of address, kin or formal (`ông` m, `bà` f, `chị` f, `ngài` None), with the gender it tells."""
    return {row.word: _gender(row) for row in _address_rows()}


class NamedHeadRow(NamedTuple):
    head: str
    gender: str  # m / f / - (none told)


@cache
def person_noun_genders() -> dict[str, str | None]:
    """The nouns for a person that announce a name after `tên` (`một phụ nữ tên Thủy`, `mẹ tên Huệ`, `cô tên
    Hồng`), with the gender each tells: every word of address (`address_genders`) and names_named_heads.tsv."""
    nouns = {
        row.head: None if row.gender == "-" else row.gender for row in load_rows("names_named_heads.tsv", NamedHeadRow)
    }
    return nouns | address_genders()


@cache
def person_noun_matcher() -> PhraseMatcher[str]:
    """`person_noun_genders`'s nouns, stored last word first, each with itself as written in its table."""
    matcher: PhraseMatcher[str] = PhraseMatcher("lower", reverse=True)
    for noun in person_noun_genders():
        matcher.add(noun, noun)
    return matcher


def other_gender(word: str) -> str | None:
    """The gender a formal word of address rules out (`ông` → f, `bà` → m, `ngài` → None): a pronoun or an anchor
    never points back to a person of that gender."""
    if word not in FORMAL_ANCHORS:
        return None
    return {"m": "f", "f": "m"}.get(address_genders().get(word) or "")


def _gender(row: AddressRow) -> str | None:
    return None if row.gender == "-" else row.gender


class CopulaTimeRow(NamedTuple):
    time: str
    current: str  # yes / no


@cache
def copula_times() -> PhraseMatcher[str]:
    """Words of time between a title and `là ông` (officials_copula_times.tsv: `lúc đó`, `hiện nay`), stored
    last word first, each with whether the post is held now (`yes`) or was then (`no`)."""
    matcher: PhraseMatcher[str] = PhraseMatcher("lower", reverse=True)
    for row in load_rows("officials_copula_times.tsv", CopulaTimeRow):
        matcher.add(row.time, row.current)
    return matcher


class TitleQualifierRow(NamedTuple):
    qualifier: str
    current: str  # yes / no


@cache
def title_qualifiers() -> PhraseMatcher[str]:
    """Words between a title and its holder's name that qualify the title's body (officials_title_qualifiers.tsv:
    `đối lập`, `đắc cử`), each with whether the holder holds the post now (`yes`) or did before (`no`:
    `tiền nhiệm`)."""
    matcher: PhraseMatcher[str] = PhraseMatcher("lower")
    for row in load_rows("officials_title_qualifiers.tsv", TitleQualifierRow):
        matcher.add(row.qualifier, row.current)
    return matcher


class ExpansionRow(NamedTuple):
    written: str
    full: str


@cache
def title_expansions() -> dict[str, tuple[str, ...]]:
    """Abbreviated titles (`ĐB`) and their full forms (`Đại biểu Quốc hội`): officials_title_expansions.tsv."""
    found: dict[str, list[str]] = {}
    for row in load_rows("officials_title_expansions.tsv", ExpansionRow):
        found.setdefault(row.written, []).append(row.full)
    return {k: tuple(v) for k, v in found.items()}


def org_phrase_matcher() -> PhraseMatcher[bool]:
    """Organisation names with lower-case words or commas (`Khám, chữa bệnh`) that end a title's organisation."""
    return list_matcher("officials_org_phrases.txt")


def org_name_part_matcher() -> PhraseMatcher[bool]:
    return list_matcher("officials_org_name_parts.txt")


def honorific_matcher() -> PhraseMatcher[bool]:
    """Degrees and honours before a name (`PGS.TS`, `NSND`), kept apart from it."""
    return list_matcher("officials_honorifics.txt")


@cache
def rank_words() -> frozenset[str]:
    return frozenset(r.lower() for r in load_list("officials_ranks.txt"))


@cache
def org_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_words("officials_org_words.txt"))


def org_vocabulary() -> PhraseMatcher[bool]:
    """Lower-case words of organisation names (`quỹ đất`, `đô thị`, `đấu thầu`): the organisations'
    vocabulary and the officials' own."""
    return _org_vocabulary()


@prebuilt("officials-org-vocabulary")
def _org_vocabulary() -> PhraseMatcher[bool]:
    return phrase_matcher([*load_list("orgs_vocab.txt"), *load_list("officials_org_vocab.txt")], "lower")


def lower_heads() -> PhraseMatcher[bool]:
    """Heads of organisations written in lower case right after a title (`Bộ trưởng bộ Y tế`)."""
    return list_matcher("officials_lower_heads.txt")


def set_off_heads() -> PhraseMatcher[bool]:
    """Lower-case heads that name a post only when set off right after their holder's name (`ông A, lãnh đạo
    Trung tâm B,`): officials_set_off_heads.txt."""
    return list_matcher("officials_set_off_heads.txt")


def set_off_stops() -> frozenset[str]:
    """Words that make the words after a set-off head a clause, not a post (officials_set_off_stops.txt)."""
    return load_words("officials_set_off_stops.txt")


def set_off_groups() -> frozenset[str]:
    """Quantifiers that make a set-off head a group (`lãnh đạo một số bộ`): officials_set_off_groups.txt."""
    return load_words("officials_set_off_groups.txt")


def place_prepositions() -> frozenset[str]:
    """Prepositions after which capitalised words name a place, not a person (`Tại Hoàng Sa, …`):
    officials_place_prepositions.txt."""
    return load_words("officials_place_prepositions.txt")


def unit_words() -> frozenset[str]:
    return load_words("officials_unit_words.txt")


@cache
def cue_heads() -> frozenset[tuple[str, ...]]:
    """Role cues of two words or more (`chủ trì`, `cho biết`): an organisation's name never runs into one."""
    cues = set()
    for row in load_rows("officials_role_cues.tsv", RoleCueRow):
        words = tuple(fold(row.cue).lower().split())
        if row.role in ("chaired", "met", "attended", "spoke", "signed") and len(words) > 1 and "…" not in row.cue:
            cues.add(words)
    return frozenset(cues)


def byline_prefix_matcher() -> PhraseMatcher[bool]:
    """How a byline line starts before its author (`Bài, ảnh:`, `PV:`)."""
    return list_matcher("byline_prefixes.txt")


def byline_suffix_matcher() -> PhraseMatcher[bool]:
    """Words that close a byline after the author's name (`Đ.MINH ghi`, `Bá Chiêm thực hiện`), read backwards."""
    return list_matcher("byline_suffixes.txt", reverse=True)


def credit_run_on_words() -> frozenset[str]:
    """Capitalised words that open the next sentence after a credit, never its name's (`Ảnh: Cankao Tờ …`)."""
    return load_words("byline_run_on_words.txt")


def source_note_matcher() -> PhraseMatcher[bool]:
    """A source note's words before its colon after a closing byline (`- Nguồn clip: VTV`)."""
    return list_matcher("byline_source_notes.txt")


def source_lead_words() -> frozenset[str]:
    """Words that open a colon-less source note after a closing byline's dash (`- Theo Tuổi Trẻ`)."""
    return load_words("byline_source_leads.txt")


def account_words() -> frozenset[str]:
    """Social-network accounts whose name after them is their owner's (`tài khoản Facebook Thanh Le`, `Ảnh: FB
    Thu Hà`): byline_account_words.txt, as written."""
    return load_words("byline_account_words.txt")


def account_pages() -> frozenset[str]:
    """Words right before a social network's name that make the name after it a page's or a group's (`Trang
    Facebook Tin Tức`, `Nhóm Facebook Yêu Bếp`): byline_account_pages.txt, lower case."""
    return load_words("byline_account_pages.txt")


def account_page_heads() -> frozenset[str]:
    """First words of a name after a social network's that make it a body's page (`Facebook Hội Phượt`):
    byline_account_page_heads.txt, lower case."""
    return load_words("byline_account_page_heads.txt")


def credit_cue_matcher() -> PhraseMatcher[bool]:
    """Cues of a credit inside the text, before a colon and the author (`Ảnh:`, `Bài và ảnh:`)."""
    return list_matcher("byline_credit_cues.txt")


def name_stop_words() -> frozenset[str]:
    """Capitalised words that never continue a personal name (`Tại`, `Theo`, `Bộ`)."""
    return load_words("names_stop.txt")


@cache
def signature_authorities() -> frozenset[str]:
    """`TM`, `KT`, `TL`, `TUQ`, `Q`, `T/M`: who a signature block signs for, before the position
    (the authorities of `selfdoc_authorities.tsv`, compared without their dot)."""
    return frozenset(r.written.rstrip(".") for r in load_rows("selfdoc_authorities.tsv", AuthorityRow))


def outlet_matcher() -> PhraseMatcher[bool]:
    """Agencies, outlets and generic credits that name no person (`Ảnh: AFP`, `Ảnh: T.L`)."""
    return list_matcher("byline_outlets.txt")
