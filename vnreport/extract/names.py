"""Personal names on the document's tokens (DOMAIN.md §4): one set of rules for every extractor that has
to know where a person's name starts or ends — officials and people, and the places and organisations
that must stop before a person (`UBND huyện Phan Thị Hải Yến`, `Tập đoàn Vingroup Phạm Nhật Vượng`).

A Vietnamese name is a surname (`names_surnames.txt`), then one to four capitalised syllables, each one
space after the last; an unlisted surname still reads as one before a middle name (`names_middle.txt`)
and a given name (`Quàng Văn Hải`). Central Highlands names keep their prefix (`H'Hen`, `K'Brơi`).
Foreign names are recognised by shape (a letter Vietnamese does not use) where the context allows one.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from vnreport.datafiles import prebuilt
from vnreport.gazetteer import HCM_SHORT, province_short_names
from vnreport.lexicon import PhraseMatcher, list_matcher, load_list, load_rows, load_words, phrase_matcher
from vnreport.segment.dictionary import is_word

# The syllable grammar lives below segmentation (the sentence splitter needs it); the name readers keep
# importing it from here.
from vnreport.segment.syllables import has_foreign_shape as has_foreign_shape
from vnreport.segment.syllables import is_foreign_word as is_foreign_word
from vnreport.segment.syllables import is_vietnamese_syllable as is_vietnamese_syllable
from vnreport.segment.tokens import Token
from vnreport.text import fold

_APOSTROPHE_PREFIXES = frozenset({"H'", "K'", "H’", "K’"})
_MAX_NAME = 5  # syllables


@cache
def surnames() -> frozenset[str]:
    return load_words("names_surnames.txt")


class SpeltSurnameRow(NamedTuple):
    surname: str
    opens: str = ""


@cache
def spelt_surnames() -> dict[str, str]:
    """Foreign surnames spelt in Vietnamese (names_surnames_spelt.tsv), each with the lower-case word after
    which it opens an organisation instead (`Tập đoàn`), "" when none."""
    return {r.surname: r.opens for r in load_rows("names_surnames_spelt.tsv", SpeltSurnameRow)}


class MiddleNameRow(NamedTuple):
    name: str
    strength: str


@cache
def middle_names(*, strong_only: bool = False) -> frozenset[str]:
    """Middle names; `strong_only`: those that mark a name even after an unlisted surname."""
    rows = load_rows("names_middle.tsv", MiddleNameRow)
    return frozenset(r.name for r in rows if r.strength == "strong" or not strong_only)


@prebuilt("title-matcher")
def title_matcher() -> PhraseMatcher[bool]:
    """Titles and ranks (`Phó Bí thư Thường trực`, `Thiếu tướng`): a name never runs into one."""
    return phrase_matcher([*load_list("officials_titles.txt"), *load_list("officials_ranks.txt")])


class PlaceLists(NamedTuple):
    """The place names the readers of names and titles share, read once."""

    extra: frozenset[str]  # places_extra.txt: countries and regions as the press writes them
    countries: frozenset[str]  # officials_countries.txt: countries a foreign official's title ends in
    provinces: frozenset[str]  # province short names; the city of Hồ Chí Minh only with its unit word


# Bare `Hồ Chí Minh` is a person (`Chủ tịch Hồ Chí Minh`); the city always has its unit word.
_HCM_WRITTEN = frozenset({"TP Hồ Chí Minh", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh"})


@cache
def place_lists() -> PlaceLists:
    """Countries, regions and provinces: one loader for the name, country and title readers."""
    provinces = (province_short_names() - {HCM_SHORT}) | _HCM_WRITTEN
    extra = frozenset(load_list("places_extra.txt")) - {HCM_SHORT}
    return PlaceLists(extra, frozenset(load_list("officials_countries.txt")), provinces)


@cache
def place_matcher() -> PhraseMatcher[bool]:
    """Province and country names, so `Thành ủy Hà Nội Nguyễn Thị Tuyến` splits after `Hà Nội`."""
    places = place_lists()
    return phrase_matcher(sorted(places.extra | places.provinces))


@prebuilt("nation-matcher")
def nation_matcher() -> PhraseMatcher[bool]:
    """The countries of country_matcher and Việt Nam itself: a country alone after a kind's head (`các trường đại
    học Mỹ`, `chọn bệnh viện Việt Nam`)."""
    places = place_lists()
    return phrase_matcher(sorted(places.extra | places.countries))


@prebuilt("country-matcher")
def country_matcher() -> PhraseMatcher[bool]:
    """Countries and regions (`Trung Quốc`, `Anh`, `Venezuela`): after one, a title's organisation ends and a
    foreign name in its Vietnamese spelling may follow (`Chủ tịch Trung Quốc Tập Cận Bình`)."""
    places = place_lists()
    return phrase_matcher(sorted((places.extra - {"Việt Nam"}) | places.countries))


def is_apostrophe_name(tok: Token) -> bool:
    """One-word names of the Central Highlands written with a prefix: `K'Brơi`, `H'Hen`."""
    return tok.is_word and tok.text[:2] in _APOSTROPHE_PREFIXES and len(tok.text) > 2


def is_name_start(toks: Sequence[Token], i: int) -> bool:
    tok = toks[i]
    if not tok.is_cap_word:
        return False
    if tok.text in surnames() or tok.text[:2] in _APOSTROPHE_PREFIXES:
        return True
    opens = spelt_surnames().get(tok.text)
    if opens is not None and i + 1 < len(toks):  # `Tập Cận Bình`, but `Tập Đoàn Vingroup` is an organisation
        after = toks[i + 1]
        return after.is_cap_word and after.gap == 1 and after.lower != opens
    # An unlisted surname still reads as one before a middle name and a given name: `Quàng Văn Hải`; an
    # acronym does not (`KCN Đình Vũ`).
    return (
        i + 2 < len(toks)
        and not tok.text.isupper()
        and tok.text not in load_words("names_not_first.txt")
        and toks[i + 1].text in middle_names(strong_only=True)
        and toks[i + 2].is_cap_word
        and toks[i + 1].gap == 1
    )


def name_length(toks: Sequence[Token], i: int) -> int:
    """Syllables of a personal name starting at toks[i]: a surname, then 1–4 capitalised syllables."""
    if i >= len(toks) or not is_name_start(toks, i) or place_matcher().length(toks, i):
        return 0
    j = i + 1
    upper = toks[i].text.isupper()
    while j < len(toks) and j - i < _MAX_NAME and toks[j].is_cap_word and toks[j].gap == 1:
        if title_matcher().length(toks, j) or (toks[j].text in load_words("names_stop.txt") and not _closes(toks, j)):
            break
        if not upper and len(toks[j].text) > 1 and toks[j].text.isupper():
            break  # `Đoàn LS TP.HCM`, `Đoàn TTVN`: an acronym is no syllable of a name written in lower case
        if opens_clause(toks, j, after_middle=j - i > 2) or before_number(toks, j) or (j - i >= 3 and _glued(toks, j)):
            break
        if credit_at(toks, j):
            break  # `… Lý Văn A Ảnh: TTXVN`: a caption's name, then the photo's credit
        if j - i >= 3 and _second_name_at(toks, j):
            break  # `… Lê Văn An Trần Thị Bình …`, `Nguyễn Văn An Em Trần Thị Bình`: a caption's name, then the next
        j += 1
    if j < len(toks) and _hyphen_joins(toks, j) and not toks[j + 1].is_cap:
        return 0  # `Kim Jong-un`, `Moon Jae-in`: a hyphenated given name is Korean, read as a foreign name
    if j - i >= 2 and _names_a_body(toks, i, j):
        return 0
    return j - i if j - i >= 2 else 0


_GENDER_MIDDLES = frozenset({"Văn", "Thị"})  # the middle names that mark a man's and a woman's name


def _second_name_at(toks: Sequence[Token], j: int) -> bool:
    """A second full name opens at toks[j], after a name of three syllables that ended without a stop (a caption
    run into the next line): a surname, then `Văn` or `Thị` (`Lê Thị Hoa`), perhaps after a capitalised word of
    address (`Em Trần Thị Bình`, `Chị Lê Văn …` are the next line's opening)."""
    k = j + int(toks[j].lower in address_words() and toks[j].is_cap_word)
    return (
        k + 1 < len(toks)
        and toks[k].text in surnames()
        and toks[k + 1].text in _GENDER_MIDDLES
        and toks[k].gap == 1
        and toks[k + 1].gap == 1
    )


def credit_at(toks: Sequence[Token], j: int) -> bool:
    """A photo or article credit's cue opens at toks[j], its colon right after it (`Ảnh:`, `Bài và ảnh:`): the
    capitalised cue is no syllable of the name before it, which a caption ends without a stop."""
    length = list_matcher("byline_credit_cues.txt").length(toks, j)
    return bool(length) and j + length < len(toks) and toks[j + length].text == ":"


def _names_a_body(toks: Sequence[Token], i: int, j: int) -> bool:
    """A name toks[i:j] opening with a surname that is also the head of a body (names_not_first.txt: `Đoàn`), the
    rest a place or a country (`Đoàn Việt Nam`), or of two syllables, the second making a word with the lower-case
    syllable after it (`Đoàn Kinh tế quốc phòng`, `Đoàn Thanh niên`): the body's name, no person's — unless a
    form of address stands before it (`Ông Đoàn Hải Dương`)."""
    if toks[i].text not in load_words("names_not_first.txt"):
        return False
    if i > 0 and toks[i - 1].lower in address_words():
        return False  # `Ông Đoàn Hải Dương`, `Chị Đoàn Nga`: a person addressed, whose given name is also a place
    if j - i - 1 in (place_matcher().length(toks, i + 1), country_matcher().length(toks, i + 1)):
        return True
    nxt = toks[j] if j < len(toks) else None
    return j - i == 2 and not toks[i + 1].last and nxt is not None and nxt.is_word and not nxt.is_cap and nxt.gap == 1


def upper_name_length(toks: Sequence[Token], i: int) -> int:
    """A name written in capitals, as readers' letters and some bylines sign (`NGUYỄN THANH CẦN`): a
    surname, then one to three capitalised Vietnamese syllables on the same line; 0 when a capital word
    follows (a heading goes on) or the first is no surname."""
    tok = toks[i]
    if not (tok.is_cap_word and len(tok.text) > 1 and tok.text.isupper()) or tok.text.title() not in surnames():
        return 0
    j = i + 1
    while j < len(toks) and j - i < 4 and toks[j].is_word and toks[j].gap == 1 and toks[j].text.isupper():
        if not is_vietnamese_syllable(toks[j].text):
            return 0
        j += 1
    if j < len(toks) and toks[j].is_word and toks[j].text.isupper() and toks[j].gap == 1:
        return 0
    return j - i if j - i >= 2 else 0


def _glued(toks: Sequence[Token], j: int) -> bool:
    """A capitalised syllable the segmenter joins to the lower-case one after it (`Liên tiếp`, `Phản hồi`):
    a caption's name runs into the next sentence (`… Nguyễn Thế Hùng Phản hồi ý kiến …`)."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        toks[j].first
        and not toks[j].last
        and nxt is not None
        and nxt.is_word
        and not nxt.is_cap
        and nxt.gap == 1
        and is_word(f"{toks[j].lower} {nxt.lower}")
    )


def _closes(toks: Sequence[Token], j: int) -> bool:
    """A word of names_stop.txt that is a given name: a dash or a comma follows it (`ông Trần Huy Sáng -
    Giám đốc`), where a sentence opener (`Sáng 7/2`, `Theo ông`) would go on; a part of the day
    (names_time_given.txt) before a verb or the sentence's end (`Thứ trưởng Nguyễn Văn Sáng cho biết`), not
    before a number or a word of time (`… Sáng nay`, `Chiều 5/3`)."""
    if toks[j].gap != 1:
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is not None and nxt.text in {"-", "–", ","}:
        return True
    if toks[j].text not in load_words("names_time_given.txt"):
        return False
    if nxt is None:
        return True
    if nxt.is_word:
        return not nxt.is_cap and nxt.lower not in load_words("names_time_after.txt")
    return nxt.text in {".", "(", ";", ":", "!", "?"}


def before_number(toks: Sequence[Token], j: int) -> bool:
    """`Năm 1934`, `Ngày 5/3`: a word of time followed by a number opens the next sentence."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        nxt is not None
        and nxt.kind in ("number", "date", "time")
        and toks[j].text in load_words("names_before_number.txt")
    )


def opens_clause(toks: Sequence[Token], j: int, *, after_middle: bool = False) -> bool:
    """A head word followed by a lower-case word begins the next clause (`… Thái Minh Tổng mức đầu tư`,
    `Phạm Văn Tường Trao quyết định`): `names_not_last.txt`; in a full name never right after a middle name
    (`Vũ Văn Bộ`, `Phạm Văn Đồng chỉ đạo`) unless `after_middle` (the name already has three syllables:
    `Vũ Hồng Thanh Đồng quan điểm`)."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        nxt is not None
        and (after_middle or not (j > 0 and toks[j - 1].text in middle_names(strong_only=True)))
        and nxt.is_word
        and (not nxt.is_cap or (after_middle and nxt.is_cap_word))  # `Nguyễn Thế Kỷ Đài Tiếng nói …`
        and nxt.gap == 1
        and toks[j].text in load_words("names_not_last.txt")
    )


class AddressRow(NamedTuple):
    word: str
    gender: str  # m / f / - (none told)
    kind: str  # kin / formal


@cache
def address_words() -> frozenset[str]:
    """Every word of address, formal or kin (names_kin_anchors.tsv: `ông`, `bà`, `anh`, `chị` …), in lower case."""
    return frozenset(row.word for row in load_rows("names_kin_anchors.tsv", AddressRow))


@cache
def formal_address() -> frozenset[str]:
    """`ông`, `bà`, `ngài` (names_kin_anchors.tsv kind `formal`), in lower case."""
    return frozenset(row.word for row in load_rows("names_kin_anchors.tsv", AddressRow) if row.kind == "formal")


def foreign_name_length(toks: Sequence[Token], i: int, *, loose: bool = False) -> int:
    """`Mikkel Sørensen`, `Tony Blair` after a title: 2–3 capitalised words on one line, one with a letter
    Vietnamese does not use or every one shaped unlike a Vietnamese syllable (not `Kô Êmông`, a highland
    village); abbreviations in capitals are never part of one. `loose` (after `ông`, `bà`): one word shaped
    unlike Vietnamese is enough (`ông Cui Tiankai`)."""
    if _inside_hyphenated(toks, i):
        return 0  # `Walter Steinmeier` of `Frank-Walter Steinmeier`: a name opens at its first part
    if i < len(toks) and toks[i].lower in formal_address():
        return 0  # `với Ngài John Smith`: the formal address written with its capital; the name follows it
    j = i
    words: list[str] = []
    initials = particles = 0
    leading = _leading_initials(toks, i)
    if leading:  # `J. Smith`, `H.R. McMaster`
        words, initials, j = ["".join(t.text for t in toks[i : i + leading])], 1, i + leading
    hyphened = False  # the particle before toks[j] ends in a hyphen (`al-Abadi`): no space before the next part
    while (
        j < len(toks)
        and len(words) - initials < _MOST_PARTS
        and (
            len(words) - initials < 3 + min(particles, 2)
            or _by_particle(toks, j, words)
            or _fourth_part(toks, j, words, initials)
        )
        and toks[j].is_cap_word
        and (j == i or toks[j].gap == 1 or hyphened or _after_initial(toks, j))
        and not (len(toks[j].text) > 1 and toks[j].text.isupper())
        and not (j > i and (toks[j].text in load_words("names_stop.txt") or _title_at(toks, j)))
    ):
        words.append(toks[j].text)
        j += 1
        particles += len(words) > 1 and _capital_particle(words)  # `Tamim Bin Hamad Al Thani`: a part more
        while _hyphen_joins(toks, j):  # `Moon Jae-in`, `Frank-Walter Steinmeier`, `Broekers-Knol`
            words[-1] += "-" + toks[j + 1].text
            j += 2
        particle = particle_length(toks, j)  # `Mohammed bin Salman`: the particle belongs to the name
        particles += bool(particle)  # … and allows a fourth part (`Salman bin Abdulaziz Al Saud`)
        j += particle
        hyphened = bool(particle) and toks[j - 1].text == "-"
        if len(words) > 1 and _middle_initial(toks, j):
            words[-1] += "."  # `John F. Kelly`, `Philip B. Bilden`
            initials += 1
            j += 1
    if len(words) > 1 and _suffix_at(toks, j):
        words.append(toks[j].text + ".")  # `Ferdinand Marcos Jr.`
        j += 2
    # counted after the shapes: `III` is no word of the name
    regnal = int(len(words) > 1 and _numeral_at(toks, j, _REGNAL))
    if words and words[0] in load_words("names_not_first.txt"):
        return 0  # `Cty Hanoi Redtours`: an organisation's head
    if words and words[0].rstrip(".") in load_words("orgs_company_suffixes.txt"):
        return 0  # `Samsung Electronics Han Jong-hee`: the company's name goes on
    if business_closed(words):
        return 0  # `Tổng giám đốc Viet Bamboo Airways là …`: a company's name, not a person's
    capital_particles = _capital_particles(words)
    shapes = [  # initials tell nothing; nor does a capitalised particle (`Le` of `Bruno Le Roux`)
        has_foreign_shape(w) for k, w in enumerate(words) if not w.endswith(".") and k not in capital_particles
    ]
    marked = particles or capital_particles or any(is_marked_foreign(w) for w in words)  # `von der`, `Jae-in`
    if len(words) >= 2 and (marked or all(shapes) or (loose and any(shapes)) or _plain_given(words, shapes)):
        if len(words) == 3 and glued_opener(words):
            return _before_last_word(toks, i, j)  # `Donald Trump Hãng tin …`: a sentence glued on
        return j - i + regnal
    return 0


_MOST_PARTS = 7  # parts of a foreign name at most, particles counted: a run of `Le Bin …` is no name


def _by_particle(toks: Sequence[Token], j: int, words: list[str]) -> bool:
    """One part more beside a particle written capitalised: toks[j] is one, or the last part read was one
    (`Tamim Bin Hamad Al Thani`, `Abdul Latif Bin Rashid Al Zayani`); the part after the particle's
    neighbour is counted as usual, so `… Al Thani Nguyễn Văn An` stops at `Thani`."""
    return _capital_particle(words) or _capital_particle([*words, toks[j].text])


def _plain_given(words: list[str], shapes: list[bool]) -> bool:
    """`Sean Spicer`, `Ian Hopkins`, `Ben Cardin`: a Western given name that happens to spell a Vietnamese
    syllable (names_foreign_plain_given.txt), then one surname shaped unlike Vietnamese. A closed list, not
    any Vietnamese-looking word, so a brand (`True Milk`) or a place (`Hong Kong`) never reads as a person."""
    return len(words) == 2 and shapes == [False, True] and words[0] in load_words("names_foreign_plain_given.txt")


def _capital_particles(words: list[str]) -> set[int]:
    """Positions of name particles written capitalised inside a foreign name (`Le` of `Bruno Le Roux`, `Marine Le
    Pen`; `Van` of `Eric Van Der Sypt`): after a first word shaped unlike Vietnamese and before another part,
    they mark the name as foreign as a lower-case particle does. After a Vietnamese word they are syllables
    of the name (`Trần Du Lịch`, `Ngô Di Lân`)."""
    if len(words) < 3 or not has_foreign_shape(words[0]):
        return set()
    return {k for k in range(1, len(words) - 1) if _is_capital_particle(words[k])}  # each word asked once


def _capital_particle(words: list[str]) -> bool:
    """The last of `words` is a name particle written capitalised after a first word shaped unlike Vietnamese."""
    return len(words) > 1 and _is_capital_particle(words[-1]) and has_foreign_shape(words[0])


def _is_capital_particle(word: str) -> bool:
    """`Le`, `Van`, `Bin`, `Al`: a name particle (names_particles.txt) written with its capital."""
    return word[:1].isupper() and word.lower() in load_words("names_particles.txt")


def _title_at(toks: Sequence[Token], j: int) -> bool:
    """A title starts at toks[j] (`Hoàng tử William Nữ hoàng …`: a caption runs into the next title)."""
    matcher = title_matcher()
    return toks[j].lower in matcher.openers and bool(matcher.length(toks, j))


_SUFFIXES = frozenset({"Jr", "Sr"})


def _suffix_at(toks: Sequence[Token], j: int) -> bool:
    """`Jr.`, `Sr.` after a name: the word, then its full stop written tight."""
    return (
        j + 1 < len(toks)
        and toks[j].text in _SUFFIXES
        and toks[j].gap == 1
        and toks[j + 1].text == "."
        and toks[j + 1].gap == 0
    )


_REGNAL = frozenset({"II", "III", "IV"})
# A monarch's or a pope's ordinal after the one name they reign by (`Elizabeth II`, `George VI`, `Rama X`, `Benedict
# XVI`); `I` is left out (a pronoun or a list's first item as often).
_MONARCH_ORDINALS = frozenset(
    {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"}
)


def _numeral_at(toks: Sequence[Token], j: int, numerals: frozenset[str]) -> bool:
    """A Roman numeral of `numerals` at toks[j], one space after the name it closes: a lower-case word or
    punctuation follows, never another capitalised word (the numeral may open something else). A one-letter
    numeral written tight against a full stop is an initial (`Lê Văn V.`); a longer one closes the sentence
    (`Nữ hoàng Elizabeth II.`). `_REGNAL` after a foreign name of two words or more (`Robert S. Mueller III`),
    `_MONARCH_ORDINALS` after the one name a monarch reigns by (`vua George VI`)."""
    if j >= len(toks) or toks[j].text not in numerals or toks[j].gap != 1:
        return False
    if len(toks[j].text) == 1 and j + 1 < len(toks) and toks[j + 1].text == "." and toks[j + 1].gap == 0:
        return False
    return j + 1 == len(toks) or not toks[j + 1].is_cap_word


def _fourth_part(toks: Sequence[Token], j: int, words: list[str], initials: int) -> bool:
    """A fourth word of a foreign name when it and the three before are all shaped unlike Vietnamese (`Retno
    Lestari Priansari Marsudi`); a Vietnamese syllable after three foreign words opens the next sentence."""
    return (
        len(words) - initials == 3
        and toks[j].is_cap_word
        and all(has_foreign_shape(w) for w in words if not w.endswith("."))
        and has_foreign_shape(toks[j].text)
        and not is_vietnamese_syllable(toks[j].text)
    )


def is_marked_foreign(word: str) -> bool:
    """A letter Vietnamese does not use or a Korean hyphenated given name (`Jong-hee`)."""
    return is_foreign_word(word) or hyphenated_given(word)


def hyphenated_given(word: str) -> bool:
    """A Korean given name written with a hyphen (`Young-sam`, `Jae-myung`): unaccented letters, the part after
    the hyphen in lower case. Vietnamese names are never hyphenated; places transcribed with hyphens carry
    Vietnamese marks (`Mát-xcơ-va`)."""
    head, _, rest = word.partition("-")
    return bool(rest) and word.isascii() and head.isalpha() and rest.isalpha() and rest.islower()


def particle_length(toks: Sequence[Token], j: int) -> int:
    """Lower-case name particles from toks[j] on with a capitalised part right after them on the same
    line: the tokens they take (`bin` of `Mohammed bin Salman`, `von der` of `Ursula von der Leyen`, `al-`
    of `al-Assad`), else 0."""
    particles = load_words("names_particles.txt")
    k = j
    while k < len(toks) and k - j < 3 and k > 0 and toks[k].gap == 1 and toks[k].text in particles:
        k += 1
    if k == j or k >= len(toks):
        return 0
    if toks[k].is_cap_word and toks[k].gap == 1:
        return k - j
    hyphen = toks[k].text == "-" and toks[k].gap == 0
    return k - j + 1 if hyphen and k + 1 < len(toks) and toks[k + 1].gap == 0 and toks[k + 1].is_cap_word else 0


def glued_opener(words: Sequence[str]) -> bool:
    """Three capitalised words where two foreign-shaped ones are followed by a Vietnamese syllable with a
    Vietnamese mark (`Donald Trump Hãng`): the last opens the next sentence, its full stop lost when the
    paragraphs were joined. The accents of foreign names (`López`, `Erdoğan`) make no Vietnamese syllable."""
    return (
        len(words) == 3
        and has_foreign_shape(words[0])
        and has_foreign_shape(words[1])
        and not words[2].isascii()
        and is_vietnamese_syllable(words[2])
    )


def _before_last_word(toks: Sequence[Token], i: int, j: int) -> int:
    """The length of toks[i:j] without its last word."""
    k = j - 1
    while k > i and not toks[k].is_cap_word:
        k -= 1
    return k - i


def _leading_initials(toks: Sequence[Token], i: int) -> int:
    """Capital letters, each with its full stop (written tight after the first: `H.R.`), then a capitalised word
    after a space (`J. Smith`, `H.R. McMaster`) or a hyphenated surname written tight (`A.Lu-ca-sen-cô`); the
    tokens of the initials, 0 when none."""
    j = i
    while (
        j + 2 < len(toks)
        and len(toks[j].text) == 1
        and toks[j].text.isupper()
        and toks[j].is_word
        and (j == i or toks[j].gap == 0)
        and toks[j + 1].text == "."
        and toks[j + 1].gap == 0
    ):
        if toks[j + 2].is_cap_word and (toks[j + 2].gap == 1 or _glued_surname(toks, j + 2)):
            return j + 2 - i
        j += 2
    return 0


def _glued_surname(toks: Sequence[Token], j: int) -> bool:
    """A transliterated surname written tight after the initial (`A.Lu-ca-sen-cô`, `P.Gen-ti-lô-ni`): a capitalised
    syllable joined by hyphens to more, no space after the initial's full stop; its first syllable may be one
    capital when a lower-case syllable follows the hyphen (`S.A-bê`). A single word written tight is a surname
    only when it is no Vietnamese syllable (`D.Trump`, `H.Rouhani`): a glued `H.Phong Điền`, `Q.Tân Bình` or
    `N.Huyền` is an abbreviated place or a credit."""
    if toks[j].gap != 0:
        return False
    if _hyphen_joins(toks, j + 1):
        return len(toks[j].text) > 1 or (toks[j + 2].is_word and not toks[j + 2].is_cap)
    return (
        len(toks[j].text) > 2
        and not toks[j].text.isupper()
        and not is_vietnamese_syllable(toks[j].text)
        and (j + 1 >= len(toks) or toks[j + 1].gap > 0 or not toks[j + 1].is_word)
    )


def _middle_initial(toks: Sequence[Token], j: int) -> bool:
    """A capital letter written with its full stop inside a name, a capitalised word after it (`F. Kelly`)."""
    return (
        j + 1 < len(toks)
        and len(toks[j - 1].text) == 1
        and toks[j - 1].text.isupper()
        and toks[j].text == "."
        and toks[j].gap == 0
        and toks[j + 1].is_cap_word
        and toks[j + 1].gap <= 1  # `W. Bush`, or written tight: `George W.Bush`
    )


def _after_initial(toks: Sequence[Token], j: int) -> bool:
    """toks[j] written tight after a middle initial's full stop (`George W.Bush`, `John F.Kennedy`)."""
    return j > 1 and toks[j].gap == 0 and toks[j - 1].text == "." and len(toks[j - 2].text) == 1


def _inside_hyphenated(toks: Sequence[Token], i: int) -> bool:
    """toks[i] is the second part of a capitalised word joined by a tight hyphen (`Jean-Claude`), so no name
    starts at it; a spaced dash (`Bộ trưởng - John Smith`) or a lower-case word before it (`phó-Smith`) is no
    such join."""
    return 1 < i < len(toks) and _hyphen_joins(toks, i - 1) and toks[i - 2].is_cap_word


def _hyphen_joins(toks: Sequence[Token], j: int) -> bool:
    """A hyphen written tight between two parts of one name (`Jae-in`): no space on either side."""
    return (
        j + 1 < len(toks)
        and toks[j].text == "-"
        and toks[j].gap == 0
        and toks[j + 1].gap == 0
        and toks[j + 1].is_word
        and j > 0
        and toks[j - 1].is_word
        and not title_matcher().length(toks, j + 1)  # `Valery Nikiforov-Giám đốc …`
    )


def initials_length(toks: Sequence[Token], i: int) -> int:
    """A name written as its initials alone (`N.V.H`, `L.Đ.C.`, `N.H.Tr`): two or more capitals joined by full
    stops written tight, the last perhaps a two-letter onset (`Tr`); its tokens without a closing full stop, 0
    when a capitalised word is glued after the last dot (`T.T.Nga`, `D.Trump`: a written name, not initials)."""
    j = i
    while j < len(toks) and _initial_letter(toks[j].text) and (j == i or toks[j].gap == 0):
        if j + 2 < len(toks) and toks[j + 1].text == "." and toks[j + 1].gap == 0 and toks[j + 2].gap == 0:
            if not _initial_letter(toks[j + 2].text):
                return 0 if toks[j + 2].is_cap_word else _parts(i, j)
            j += 2
            if j - i > 2 * _MAX_INITIALS:
                return 0  # `A.B.A.B.…`: no one's initials; stopping here keeps a long run linear (issue #11)
            continue
        break
    end = j + 1
    if end < len(toks) and toks[end].gap == 0 and toks[end].text in {"-", "–"}:
        return 0  # `S.A-bê`: a transcribed name after an initial
    if end + 1 < len(toks) and toks[end].text == "." and toks[end].gap == 0 and toks[end + 1].gap == 1:
        nxt = toks[end + 1].text
        if toks[end + 1].is_cap_word and has_foreign_shape(nxt) and not is_vietnamese_syllable(nxt):
            return 0  # `H.R. McMaster`: the initials of a foreign name
    return _parts(i, j)


_MAX_INITIALS = 6  # letters of a person's initials (`N.V.H`, `T.T.T.H`)


def _parts(i: int, j: int) -> int:
    """Tokens from an initial at i to the one at j, when there are two initials or more."""
    return j + 1 - i if j > i else 0


def abbreviated_onset(text: str) -> bool:
    """A capital and a lower-case letter of a Vietnamese onset (`Th`, `Tr`, `Ng`): no syllable, the initial of a
    given name (`Đỗ Ngọc Th.`) when a full stop follows it."""
    return len(text) == 2 and text[0].isupper() and text.lower() in _ONSETS


def _initial_letter(text: str) -> bool:
    """A capital letter, or a capital and a lower-case letter of a Vietnamese onset (`Tr`, `Th`, `Ng`)."""
    return (len(text) == 1 and text.isupper()) or abbreviated_onset(text)


_ONSETS = frozenset({"ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"})


def capitalised_run(toks: Sequence[Token], i: int, limit: int = _MAX_NAME) -> int:
    """Capitalised words from toks[i] on, each on the same line as the one before (at most `limit`)."""
    j = i
    while j < len(toks) and j - i < limit and (j == i or toks[j].joined) and toks[j].is_cap_word:
        j += 1
    return j - i


def starts_person(toks: Sequence[Token], i: int, *, minimum: int = 3) -> bool:
    """A surname followed by capitalised syllables making a name of `minimum`..5 syllables."""
    return toks[i].text in surnames() and capitalised_run(toks, i) >= minimum


def anchor_matcher() -> PhraseMatcher[bool]:
    """Words that announce a name: `ông`, `đồng chí`, `bị cáo` (DOMAIN.md §4)."""
    return list_matcher("officials_anchors.txt")


def ends_with_anchor(toks: Sequence[Token], i: int) -> bool:
    """True when an anchor (`ông`, `đồng chí`, `bị cáo` …) ends right before toks[i]: one walk back
    over the anchors stored last word first, asked at nearly every token."""
    return i > 0 and list_matcher("officials_anchors.txt", reverse=True).ending_at(toks, i)[0] > 0


def positional_name_length(
    toks: Sequence[Token], i: int, *, known: frozenset[str] = frozenset(), anchored: bool = False, single: bool = False
) -> int:
    """A name that does not open with a Vietnamese surname, read by its position and its shape (issue #12):
    right after a title head with no organisation (`Thủ tướng Theresa May`, `Tổng Bí thư Trường Chinh`) or,
    when `anchored`, right after `ông`/`bà`/`đồng chí` (`ông Hun Sen`). One to four capitalised words on one
    line that the next word does not continue (lower case or punctuation follows), none a title, a place, a
    country or an acronym. After an anchor two or three such words are a name. After a title they are one
    when a word is shaped unlike Vietnamese and none opens an organisation or a domain (`Thủ tướng Tài
    chính` is no one), or when the text names them after an anchor elsewhere (`known`, folded); a single
    word only when `single` (a monarch's or a head of government's title: `Nữ hoàng Elizabeth`) and shaped
    unlike Vietnamese. A monarch's ordinal closing the name is part of it (`Nữ hoàng Elizabeth II`, `vua George
    VI`): it is read as the name's end, not as an acronym that makes the words something else."""
    j = i
    placed = False
    numeral = 0
    stops = load_words("names_stop.txt")
    while j < len(toks) and j - i < 4 and toks[j].is_cap_word and (j == i or toks[j].gap == 1):
        tok = toks[j]
        if j > i and tok.text in stops:
            break
        if j > i and _numeral_at(toks, j, _MONARCH_ORDINALS):
            numeral = 1
            break
        if (len(tok.text) > 1 and tok.text.isupper()) or title_matcher().length(toks, j):
            return 0
        place = place_matcher().length(toks, j) or country_matcher().length(toks, j)
        if place and (j == i or place > 1):
            return 0
        placed = placed or bool(place)  # `vua Tự Đức`: a one-word country inside a name spelt in Vietnamese
        j += 1
    end = j + numeral  # one past the name, its ordinal included
    if j == i or (end < len(toks) and (toks[end].is_cap_word or (toks[end].text == "-" and toks[end].gap == 0))):
        return 0  # the capitalised words go on: an organisation's name or a longer phrase
    if end < len(toks) and not toks[end - 1].last and toks[end].is_word and not toks[end].is_cap:
        return 0  # `đồng chí Bộ Chính trị`: the last word runs on in lower case
    length = _positional_words(toks, i, j, known=known, anchored=anchored, single=single, placed=placed)
    return length + numeral if length else 0


def _positional_words(
    toks: Sequence[Token], i: int, j: int, *, known: frozenset[str], anchored: bool, single: bool, placed: bool
) -> int:
    """How many of the capitalised words toks[i:j] positional_name_length reads as a name (0: none)."""
    stops = load_words("names_stop.txt")
    if any(name_length(toks, k) for k in range(i + 1, j)):
        return 0  # `PVTex Vũ Đình Duy`: an organisation, then a Vietnamese name
    words = [t.text for t in toks[i:j]]
    if fold(" ".join(words)).lower() in known:
        return j - i
    if placed:
        return j - i if single and _spelt_name(words) else 0
    if anchored:
        return j - i if 2 <= j - i <= 3 and words[0] not in stops else 0
    if words[0] in load_words("names_not_first.txt") or list_matcher("orgs_domains.txt").length(toks, i):
        return 0
    if any(w.rstrip(".") in load_words("orgs_company_suffixes.txt") for w in words) or (
        j < len(toks) and toks[j].text.rstrip(".") in load_words("orgs_company_suffixes.txt")
    ):
        return 0  # `Samsung Electronics`, `Phúc Khang Corporation`
    if business_closed(words):
        return 0  # `Viet Bamboo Airways`
    if j - i == 1:  # not an initial (`Thủ tướng Nhật Bản S.Abe`)
        return 1 if single and len(words[0]) > 1 and has_foreign_shape(words[0]) else 0
    if any(has_foreign_shape(w) for w in words):
        return j - i
    return j - i if single and _spelt_name(words) else 0


def business_closed(words: Sequence[str]) -> bool:
    """Two words or more whose last is a word of business (orgs_business_last_words.txt: `Airways`, `Holdings`,
    `Electronics`, `Inc`): a company's name (`Viet Bamboo Airways`), never a person's."""
    return len(words) > 1 and words[-1].rstrip(".") in load_words("orgs_business_last_words.txt")


def _spelt_name(words: Sequence[str]) -> bool:
    """Two or three syllables naming a monarch or a head of state or government right after the title, spelt
    in Vietnamese (`Thủ tướng Hun Sen`, `vua Tự Đức`): the first opens no organisation (names_not_first.txt)
    nor is a word of one (officials_org_words.txt), and no two in a row are (`Trung Ương`, `Chính Phủ`); one
    such word later in the name is a syllable of it (`Hoàng đế Quang Trung`)."""
    if not 2 <= len(words) <= 3 or words[0] in load_words("names_not_first.txt"):
        return False
    org = [w.lower() in load_words("officials_org_words.txt") for w in words]
    return not org[0] and not any(a and b for a, b in pairwise(org))
