"""Titles held abroad and names written after them: where a title's organisation ends before a foreign name
(`Điện Kremlin Dmitry Peskov`, `Đại sứ Hàn Quốc tại Việt Nam Choi Yong Sam`, `Phòng Thương mại Mỹ Thomas
Donohue`), and the lexicons of heads that name a person by one word (`Nữ hoàng Elizabeth`, `Tổng thống Biden`)
or only before a country (`nhà lãnh đạo Triều Tiên`)."""

from __future__ import annotations

from functools import cache

from vnreport.extract.locations import gazetteer
from vnreport.extract.names import (
    capitalised_run,
    country_matcher,
    foreign_name_length,
    hyphenated_given,
    is_foreign_word,
    place_matcher,
    positional_name_length,
)
from vnreport.extract.officials.lexicon import org_vocabulary, unit_words
from vnreport.extract.organizations.lexicon import AbbreviationRow
from vnreport.lexicon import PhraseMatcher, list_matcher, load_list, load_rows, load_words, phrase_matcher
from vnreport.segment.tokens import Token

NAMED_UNITS = frozenset({"phường", "xã", "thị trấn", "đường", "phố", "thôn", "ấp"})
UPPER_UNITS = frozenset({"quận", "huyện", "thị", "tỉnh", "thành", "tp"})  # `thị xã`, `thành phố`
VILLAGES = frozenset({"thôn", "bản", "ấp", "xóm", "buôn", "làng", "bang"})


def person_after(toks: list[Token], i: int, length: int) -> bool:
    """A foreign-shaped run at toks[i] that closes the phrase (lower case or punctuation follows) and holds
    no company suffix (`Masan Group`): a person's name, not the rest of an organisation."""
    j = i + length
    if j < len(toks) and toks[j].is_cap_word:
        return False
    suffixes = load_words("orgs_company_suffixes.txt")
    return not any(t.text.rstrip(".") in suffixes for t in toks[i:j])


def ends_in_country(toks: list[Token], first: int, last: int) -> bool:
    for k in range(max(first, last - 3), last):
        if toks[k].is_cap and country_matcher().length(toks, k) == last - k:
            return True
    return False


def name_inside(toks: list[Token], i: int, j: int) -> int:
    """Where an organisation read at toks[i:j] really ends when it ran on through a country, an acronym or a
    lower-case word into a foreign name, two words of it at least (`Phòng Thương mại Mỹ Thomas Donohue`, `Tập đoàn
    LG Koo Kwang-mo`, `Ủy ban Olympic quốc tế Thomas Bach`): after it; else j."""
    if j - 2 > i and j + 1 < len(toks) and toks[j].text == "-" and toks[j].gap == 0 and toks[j + 1].gap == 0:
        given = f"{toks[j - 1].text}-{toks[j + 1].text}"  # `Tập đoàn Lotte Shin Dong` cut inside `Shin Dong-bin`
        if hyphenated_given(given) and toks[j - 2].is_cap_word and foreign_name_length(toks, j - 2) >= 2:
            return j - 2
    for k in range(i + 1, j - 1):
        country = country_matcher().length(toks, k) if toks[k].is_cap else 0
        if country and k + country < j and k + country + foreign_name_length(toks, k + country) >= j:
            return k + country
        acronym = len(toks[k].text) > 1 and toks[k].text.isupper() and toks[k].is_word  # `Tập đoàn LG Koo Kwang-mo`
        lower = (  # `Ủy ban Olympic quốc tế Thomas Bach`; not `huyện Krông Pắk`, `châu Âu`
            toks[k].is_word
            and not toks[k].is_cap
            and toks[k].last
            and k + 1 < j
            and toks[k + 1].first
            and toks[k].lower not in NAMED_UNITS | UPPER_UNITS | VILLAGES | unit_words()
        )
        if (acronym or lower) and k + 2 < j and toks[k + 1].is_cap_word:
            if gazetteer().names.length(toks, k + 1) or gazetteer().admin_names.length(toks, k + 1):
                continue
            foreign = foreign_name_length(toks, k + 1)
            if foreign and k + 1 + foreign >= j and (acronym or person_after(toks, k + 1, foreign)):
                if lower and any(company_heads().length(toks, m) for m in range(i, k)):
                    return j  # `Công ty du lịch Hanoi Redtours`: a company's name
                return k + 1
    return j


def _lower_field(toks: list[Token], i: int) -> int:
    """The length of a ministry's field written in lower case at toks[i] (orgs_domains.txt: `quốc phòng`,
    `tư pháp`) with a word after it, else 0."""
    if not toks[i].is_word or toks[i].is_cap:
        return 0
    field = list_matcher("orgs_domains.txt").length(toks, i)
    return field if i + field < len(toks) else 0


def lower_field_abroad(toks: list[Token], i: int) -> int:
    """`bộ trưởng tư pháp Mỹ Harold Wexley`, `phát ngôn viên quốc phòng Campuchia, ông A`: a ministry's field
    in lower case at toks[i], then a country, then its holder's name (or `, ông`/`bà` and a name): the field and
    the country are the title's organisation; their length, else 0. Without the country a lower-case field
    describes a job (`giám đốc kinh doanh`), so it stays outside."""
    field = _lower_field(toks, i)
    k = i + field
    if not field or not toks[k].is_cap:
        return 0
    country = country_matcher().length(toks, k)
    name = k + country
    if not country or name >= len(toks):
        return 0
    if toks[name].text == "," and name + 2 < len(toks) and toks[name + 1].lower in {"ông", "bà", "ngài"}:
        return name - i if toks[name + 2].is_cap_word else 0
    if not toks[name].is_cap_word:
        return 0
    named = foreign_name_length(toks, name, loose=True) or name_after_country(toks, name) or single_name(toks, name)
    return name - i if named else 0


def lower_field_before_name(toks: list[Token], i: int) -> int:
    """`Bộ trưởng quốc phòng Gerhard Lindqvist`, `Chánh văn phòng nội các Colin Ashby`: a ministry's field in lower
    case at toks[i] with no country after it, then a foreign name of two words or more shaped unlike Vietnamese
    (never one loose word) that closes the phrase: the field is the title's organisation; its length, else 0."""
    field = _lower_field(toks, i)
    k = i + field
    if not field or not toks[k].is_cap_word:
        return 0
    named = foreign_name_length(toks, k)
    return field if named >= 2 and person_after(toks, k, named) else 0


def this_country_before_name(toks: list[Token], i: int) -> int:
    """`Ngoại trưởng nước này Ingrid Holmqvist`, `Bộ trưởng Tài chính nước này Nikos Andreadis`: `nước này` (the
    country just named) stands for the country of the post, and a foreign name of two words or more that closes
    the phrase is its holder: the length of `nước này`, else 0."""
    if i + THIS_COUNTRY >= len(toks) or not this_country_at(toks, i) or not toks[i + THIS_COUNTRY].is_cap_word:
        return 0
    named = foreign_name_length(toks, i + THIS_COUNTRY)
    return THIS_COUNTRY if named >= 2 and person_after(toks, i + THIS_COUNTRY, named) else 0


THIS_COUNTRY = 2  # the words of `nước này`


def this_country_at(toks: list[Token], i: int) -> bool:
    """`nước này` at toks[i]: the country the text just named, which a title names but which is no body
    (orgs_generic_levels.txt)."""
    return i >= 0 and i + 1 < len(toks) and toks[i].lower == "nước" and toks[i + 1].lower == "này"


def served_leader(toks: list[Token], i: int, titled: int) -> bool:
    """A head of state or government (officials_person_heads.txt) after `của`, then a country (`… của Tổng thống
    Mỹ Steve Witkoff`): the post serves that leader."""
    head = " ".join(t.lower for t in toks[i : i + titled])
    k = i + titled
    return head in person_heads() and k < len(toks) and toks[k].is_cap and bool(country_matcher().length(toks, k))


def single_name(toks: list[Token], i: int) -> bool:
    """One capitalised word shaped unlike Vietnamese closing the phrase (`Tổng thống Pháp Macron cho biết`): no
    place, country, acronym, title or company (positional_name_length)."""
    return positional_name_length(toks, i, single=True) == 1


def person_after_organisation(toks: list[Token], first: int, i: int) -> bool:
    """After an organisation read whole or a place (`Điện Kremlin`, `Quốc hội Lào`, `tại Việt Nam`): a foreign
    name closing the phrase (`Dmitry Peskov nói`), or after one ending in a country a name in Vietnamese spelling
    or one foreign word (`Bộ Ngoại giao Trung Quốc Mao Ninh`, `Quốc hội Lào Saysomphone`)."""
    if i == first or place_matcher().length(toks, i) or country_matcher().length(toks, i):
        return False  # `Bộ Tư pháp Mỹ Jeff Sessions`: the country goes with the organisation first
    if gazetteer().names.length(toks, i):
        return False  # a city abroad (`… London`)
    foreign = foreign_name_length(toks, i, loose=True)  # `Lầu Năm Góc Sean Parnell`: one word unlike Vietnamese
    if foreign and person_after(toks, i, foreign):
        return True
    if not (ends_in_country(toks, first, i) or posted_abroad(toks, first, i)) or org_vocabulary().length(toks, i):
        return False
    return name_after_country(toks, i) or single_name(toks, i)


def posted_abroad(toks: list[Token], first: int, i: int) -> bool:
    """`Đại sứ Hàn Quốc tại Việt Nam`: a country, `tại` and the place of the post end the title at toks[i]."""
    for k in range(max(first + 1, i - 4), i - 1):
        if toks[k].lower == "tại":
            return ends_in_country(toks, first, k)
    return False


def name_after_country(toks: list[Token], i: int) -> bool:
    """`Chủ tịch Trung Quốc Tập Cận Bình`, `Cố vấn Nhà nước Myanmar Aung San Suu Kyi`: two to four capitalised
    words closing the phrase after a country."""
    run = capitalised_run(toks, i, 5)
    if any(company_heads().length(toks, k) for k in range(i + 1, i + run)):
        return False  # `… Nga Sergei Shoigu Hãng Tass`: a company's name runs on after the person's
    return 2 <= run <= 4 and (i + run >= len(toks) or not toks[i + run].is_cap_word)


def foreign_short_form(word: str) -> bool:
    """A foreign body's short name in brackets written in title case (`Fed`, `Nato`): 2–5 unaccented letters,
    the first a capital, shaped unlike a Vietnamese syllable."""
    return 2 <= len(word) <= 5 and word.isascii() and word.isalpha() and word[0].isupper() and is_foreign_word(word)


def company_heads(*, reverse: bool = False) -> PhraseMatcher[bool]:
    """`Tập đoàn`, `Công ty`, `Ngân hàng` (officials_company_heads.txt), case-insensitive."""
    return list_matcher("officials_company_heads.txt", reverse=reverse)


@cache
def company_forms() -> PhraseMatcher[bool]:
    """A company's legal forms (orgs_company_forms.txt, with their abbreviations of orgs_abbreviations.tsv:
    `TNHH`, `MTV`) and lines of trade (officials_company_forms.txt), case-insensitive, matched backwards."""
    forms = load_list("orgs_company_forms.txt")
    short = [row.abbreviation for row in load_rows("orgs_abbreviations.tsv", AbbreviationRow) if row.full in forms]
    return phrase_matcher([*forms, *short, *load_list("officials_company_forms.txt")], reverse=True)


@cache
def person_heads() -> frozenset[str]:
    """Titles after which one foreign word names the holder (`Nữ hoàng Elizabeth`), lower case."""
    return frozenset(h.lower() for h in load_list("officials_person_heads.txt"))


def country_heads() -> PhraseMatcher[bool]:
    """Words that are a title only before a country and a name (officials_country_heads.txt)."""
    return list_matcher("officials_country_heads.txt")
