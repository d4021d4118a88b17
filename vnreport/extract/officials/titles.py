"""Title phrases in a sentence — a head (`Phó Bí thư`, `Thiếu tướng`) and the organisation after it
(`Thành ủy Hà Nội`, `Bộ Văn hóa, Thể thao và Du lịch`) — and the chains that tie titles to a name:
`<title> <org> <Name>`, `<Name> - <title>, <title>`, `kiêm`, `nguyên`, list headers (`các Thứ trưởng:`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from vnreport.extract.locations import gazetteer
from vnreport.extract.locations.lexicon import NOT_A_PLACE
from vnreport.extract.names import (
    anchor_matcher,
    before_number,
    country_matcher,
    ends_with_anchor,
    foreign_name_length,
    has_foreign_shape,
    is_apostrophe_name,
    is_marked_foreign,
    is_vietnamese_syllable,
    name_length,
    place_matcher,
    positional_name_length,
    surnames,
)
from vnreport.extract.officials.abbreviations import abbreviated_head, body_length, qualifier_length
from vnreport.extract.officials.abroad import (
    NAMED_UNITS,
    THIS_COUNTRY,
    UPPER_UNITS,
    VILLAGES,
    company_heads,
    country_heads,
    ends_in_country,
    foreign_short_form,
    lower_field_abroad,
    lower_field_before_name,
    name_after_country,
    name_inside,
    person_after,
    person_after_organisation,
    person_heads,
    posted_abroad,
    served_leader,
    single_name,
    this_country_at,
    this_country_before_name,
)
from vnreport.extract.officials.lexicon import (
    cue_heads,
    honorific_matcher,
    lower_heads,
    name_stop_words,
    org_name_part_matcher,
    org_phrase_matcher,
    org_vocabulary,
    org_words,
    place_prepositions,
    rank_words,
    set_off_groups,
    set_off_heads,
    set_off_stops,
    title_matcher,
    title_qualifiers,
    unit_words,
)
from vnreport.extract.officials.references import counted
from vnreport.extract.organizations.lexicon import is_acronym
from vnreport.lexicon import PhraseMatcher, RolePhraseRow, list_matcher, load_list, load_rows, load_words
from vnreport.report.model import Mention, OfficialTitle
from vnreport.segment.dictionary import is_word
from vnreport.segment.document import Document
from vnreport.segment.tokens import Token
from vnreport.text import DASHES, fold

_CHAIN_SEPARATORS = {",", "kiêm", "-", "–"}
APPOSITION_SEPARATORS = frozenset({",", "-", "–"})  # what sets a post off after a name (`ông A, Chủ tịch …`)
_DETAIL_ENDS = {",", "-", "–", ";", "(", ")"}
_DETAIL_WINDOW = 30  # tokens of a person's details before their titles


# the connectors of a later post (`Trưởng phòng A rồi Phó Giám đốc Sở B`, `…, sau đó là Giám đốc Sở B`): the
# career goes on from the post before, which the person no longer holds
_LATER_CONNECTORS = (("sau", "đó", "là"), ("rồi",))
_CHAIN_CONNECTORS = (("hiện", "là"), ("nay", "là"), ("đồng", "thời", "là"), ("hiện",), *_LATER_CONNECTORS)
# the connectors that link a title written with no separator to the next: each ends in `là` or is `rồi`; the bare
# `hiện` does not (`Giám đốc Sở A hiện đang …`)
_LINKED_CONNECTORS = (("hiện", "là"), ("nay", "là"), ("đồng", "thời", "là"), ("rồi",))


_AFTER_NAME_SEPARATORS = {"-", ",", "(", ":", "|"}  # `|`: a table row `| Nguyễn Văn A | Bí thư Đảng ủy xã … |`


FORMER = {"nguyên", "cựu"}


ACTING = frozenset({"quyền"})  # `A quyền Trợ lý …`: sets a post off after a name as a comma does


_ORGANISATION_LINKS = {
    "và",
    "của",
    "tại",
    "thuộc",
}  # continue an organisation but never end one  # part of the title: `Quyền Cục trưởng`


_DECEASED = {"cố"}
# Heads that are a post only when the body named after them ends the title (`thành viên Hội đồng Quốc gia`,
# `thành viên Ủy ban Kinh tế (EC)`), not when lower-case words carry it on (`thành viên Chính phủ đầu tiên`).
_NAMED_BODY_HEADS = frozenset({"thành viên"})


_ENDED = "cũ"  # after a title's organisation: the post is no longer held
_NEW = "tân"  # `ông A, tân Bí thư Tỉnh ủy`: newly in post, the title is current
# A minister's rank written bare before the ministry-level post that carries it (`Bộ trưởng, Chủ nhiệm Văn phòng
# Chính phủ`): one office, so one title (samples/gold/README.md). Bare, the rank names no ministry of its own.
_RANKS_OF_POST = frozenset({"bộ trưởng", "thứ trưởng"})
_MODIFIERS = FORMER | _DECEASED | {_NEW}  # written before a title, outside it


def modified_start(toks: Sequence[Token], phrase: TitlePhrase) -> int:
    """The first token of a title with the word written before it (`nguyên`, `cố`, `tân`)."""
    k = phrase.first
    if not phrase.current or phrase.deceased:
        return k - 1
    return k - 1 if k > 0 and toks[k - 1].text == _NEW else k


_NUMBERED_UNITS = frozenset({"quận", "phường"})
# `Cộng hòa`, `Vương quốc`, `Liên bang` before a country's name; `thành phố`, `bang`, `tỉnh` before a city's,
# a state's or a province's
_STATE_FORMS = {"hòa", "quốc", "bang", "phố", "tỉnh"}


@dataclass
class TitlePhrase:
    first: int  # token index of the head (after any `nguyên`/`cố`)
    last: int  # token index one past the organisation
    head_last: int
    current: bool = True
    deceased: bool = False
    after_country: bool = False  # the organisation ends in a country: a foreign name may follow
    person_head: bool = False  # a monarch's or head of government's title: one foreign word may name them
    ended: bool = False  # `cũ` follows (`Bí thư Tỉnh ủy Bắc Giang cũ`): a post no longer held
    bound: bool = False  # a head that is a post only with its body (`nhân viên Công ty A`): no foreign name after it
    sought: bool = False  # `ứng cử viên Tổng thống A`: a post sought, which places the name but is not held
    proxy: bool = False  # `đại diện Công ty A`: a post only for a person the text names apart from it (see proxy_heads)


def _ends_capitalised(toks: list[Token], body: int, last: int) -> bool:
    """The organisation at toks[body:last] ends on a capitalised word, a two-syllable word of the dictionary written
    with a capital on its first syllable only (`Trung ương`, `Soạn thảo`) or a bracket (`(NLA)`), not on lower-case
    words that carry the clause on (`Chính phủ đầu tiên`, `Ủy ban A mới`: `A mới` is no word)."""
    if last <= body:
        return False
    end = toks[last - 1]
    if end.is_cap or end.text == ")":
        return True
    before = toks[last - 2] if last - 2 >= body else None
    return before is not None and before.is_cap_word and is_word(f"{before.text} {end.text}")


def _palace_before(toks: list[Token], start: int) -> bool:
    """A capitalised `Phủ` (the palace, `Phủ Chủ tịch`) right before toks[start], not the `phủ` of `Chính phủ`."""
    return start > 0 and toks[start - 1].text == "Phủ" and (start < 2 or toks[start - 2].lower != "chính")


def title_phrases(
    toks: list[Token], org_ends: dict[int, int], known: frozenset[str] = frozenset()
) -> list[TitlePhrase]:
    """The title phrases of a sentence; `known`: names the text gives after an anchor elsewhere (folded), which
    end a title's organisation (`Tổng Bí thư Trường Chinh` when the text also has `đồng chí Trường Chinh`)."""
    phrases: list[TitlePhrase] = []
    matcher = title_matcher()
    openers, lower = matcher.openers, matcher.reads_lower
    country_openers = country_heads().openers
    set_off_openers = set_off_heads().openers
    i = 0
    while i < len(toks):
        current, deceased = True, False
        start = i
        tok = toks[i]
        word = tok.lower
        if word in country_openers:
            country_title = _country_title(toks, i)
            if country_title is None:
                country_title = _party_leader(toks, i, org_ends, known)  # `lãnh đạo Công đảng Jeremy Corbyn`
            if country_title is None:
                country_title = _body_leader(toks, i, org_ends, known)  # `người đứng đầu Cơ quan A Mỹ B C`
            if country_title is None:
                country_title = _set_off_body_leader(toks, i, org_ends, known)  # `ông A, người đứng đầu WHO,`
            if country_title is None:
                country_title = _leader_reaching_place(toks, i)  # `lãnh đạo phe đa số tại thượng viện Mỹ A B`
            if country_title is not None:  # `nhà lãnh đạo Triều Tiên Kim Jong-un`
                before = toks[i - 1].lower if i > 0 else ""
                if before in FORMER or before in _DECEASED:  # `cựu lãnh đạo đối lập A`, `cố lãnh đạo tối cao B`
                    country_title.current, country_title.deceased = False, before in _DECEASED
                phrases.append(country_title)
                i = country_title.last
                continue
        if (word in set_off_openers or word in FORMER) and i > 1 and toks[i - 1].text in _NAME_SET_OFF:
            described = _set_off_description(toks, i, org_ends, known)  # `ông A, lãnh đạo Trung tâm B,`
            if described is not None:
                phrases.append(described)
                i = described.last
                continue
        acting = word in ACTING and tok.first  # not the `quyền` of `chính quyền`
        own = word in _DECEASED and matcher.length(toks, i)  # `Cố vấn An ninh Quốc gia`, not `cố` + a title
        if (word in FORMER or word in _DECEASED or acting or tok.text == _NEW) and not own:
            current, deceased = word not in FORMER, word in _DECEASED
            start = i + 1
        elif (word if lower else tok.text) not in openers and not (tok.is_cap and abbreviated_head(toks, i)):
            i += 1  # no title starts here (most tokens): no call to the matcher
            continue
        head = matcher.length(toks, start) or abbreviated_head(toks, start)
        named = head  # one past the head's words: the organisation starts there (`Ủy viên` `BCH TƯ Đảng`)
        if head:
            qualified = qualifier_length(toks, start + head)  # `Phó Bí thư chuyên trách Đảng ủy …`
            if qualified or toks[start + head - 1].lower == "viên":
                named += qualified
                head += qualified + body_length(toks, start + head + qualified)  # `Ủy viên dự khuyết TƯ Đảng`
            if qualified and named == head and toks[start + head].lower == "của":
                named = head = head + 1  # `Phó Chủ tịch thứ nhất của Ủy ban …`: the organisation after `của`
        if head and not toks[start + head - 1].last and start + head < len(toks) and not toks[start + head].is_cap:
            head = 0  # `Đại sứ quán`, not the title `Đại sứ`
        if head and start > 0 and toks[start - 1].is_cap and country_matcher().length(toks, start - 1) > 1:
            head = 0  # `Trung Quốc Vương Gia Thụy`: `Quốc` ends a country, it opens no `Quốc vương`
        if head and start > 0 and toks[start - 1].lower == "ban":
            head = 0  # `Ban Thường vụ Tỉnh ủy`, `Ban Bí thư`, `Ban Giám đốc`: a board, not the title after `Ban`
        if head and _palace_before(toks, start):
            head = 0  # `tại Phủ Chủ tịch, Chủ tịch nước A tiếp …`: the palace, not a title whose holder follows
        if not head or (
            not toks[start].is_cap and head > 1 and toks[start + 1].is_cap and not _capital_second(toks, start)
        ):
            i += 1  # `giữ chức vụ Trưởng phòng`: `vụ Trưởng` is no `Vụ trưởng`
            continue
        single = " ".join(t.lower for t in toks[start : start + head]) in person_heads()
        last = _organisation_end(toks, start + head, org_ends, known, single=single)
        if last > start + head and toks[last - 1].lower in {"khóa", "khoá"}:
            last -= 1  # `Phó Bí thư Thành ủy Hà Nội khóa`: the term is no organisation
        elif last > start + head + 1 and toks[last - 2].lower == "nhiệm" and toks[last - 1].lower in {"kỳ", "kì"}:
            last -= 2  # `Bí thư Thành ủy nhiệm kỳ`
        if last > start + named:
            last = _lower_words_to_name(toks, last)  # `Cục trưởng Cục Quốc tịch, hộ tịch và chứng thực Nguyễn Văn A`
        last = _term_to_name(toks, last)  # `Đại biểu Quốc hội khóa XIV Nguyễn Văn A`
        head_words = " ".join(t.lower for t in toks[start : start + head])
        bound = head_words in bound_heads()
        unit = unit_heads().get(head_words)
        if unit is not None and not (
            start + head < len(toks) and toks[start + head].lower == unit and toks[start + head].is_cap
        ):
            i = last  # `đội trưởng Nguyễn Văn A` of a side: a captain; `Đội trưởng Đội CSGT số 3` is a post
            continue
        if bound and (last == start + head or not (toks[start + head].is_cap or toks[start + head].lower == "của")):
            i = last  # `nhân viên bảo vệ`: a kind of worker; `nhân viên Công ty A` is a post
            continue
        if head_words in _NAMED_BODY_HEADS and not _ends_capitalised(toks, start + head, last):
            i = last  # `là thành viên Chính phủ đầu tiên đăng đàn`: a description; `thành viên Ủy ban A` is a post
            continue
        first = i if acting else start
        phrase = TitlePhrase(first, last, start + named, current=current, deceased=deceased, person_head=single)
        phrase.sought = bool(list_matcher("officials_candidacy.txt", reverse=True).ending_at(toks, first)[0])
        phrase.ended = last > start + head and last < len(toks) and toks[last].lower == _ENDED
        phrase.after_country = ends_in_country(toks, start + head, last) or posted_abroad(toks, start + head, last)
        # `máy tính nhân viên Sony Pictures Entertainment`: the company's name goes on; after a country a name
        # follows (`Trợ lý Ngoại trưởng Mỹ A`)
        phrase.bound = bound and not (phrase.after_country or _serving(toks, start, start + head))
        phrase.proxy = head_words in proxy_heads()
        phrases.append(phrase)
        i = last
    phrases = _reach_foreign_holders_of(toks, _reach_foreign_names(toks, _ranks_joined_to_posts(toks, phrases)))
    return _reach_portfolios(toks, phrases)


_PORTFOLIO_WORDS = 10  # tokens of a post's portfolio after `phụ trách`, up to the mark that closes it
# what sets a title off after its holder's name → the marks that close its portfolio: the same kind of mark
# (`ông A - Phó Giám đốc phụ trách kỹ thuật - nhấn mạnh`, `ông A (Phó Giám đốc phụ trách kỹ thuật)`), a comma's
# apposition also at its sentence's end
_CLOSING_MARKS = {
    ",": frozenset({",", ";", "."}),
    "(": frozenset({")"}),
    "-": frozenset({"-", "–", ";", "."}),
    "–": frozenset({"-", "–", ";", "."}),
}


@cache
def _portfolio_stops() -> PhraseMatcher:
    """officials_portfolio_stops.tsv: the words before which a portfolio ends (the holder's verb, a time phrase)."""
    matcher: PhraseMatcher = PhraseMatcher("lower")
    for row in load_rows("officials_portfolio_stops.tsv", RolePhraseRow):
        matcher.add(row.phrase, True)
    return matcher


def _reach_portfolios(toks: list[Token], phrases: list[TitlePhrase]) -> list[TitlePhrase]:
    """A title set off after its holder's name (or after another title of the same run) that the rules read up to
    its head or body only, then its portfolio (officials_portfolio_openers.txt: `phụ trách`) up to the mark that
    closes the apposition (`ông A, Phó Tổng Biên tập phụ trách Tạp chí B, Ủy viên Hội đồng C`): the portfolio is
    part of the post as written, and the next title of the run follows the mark. Only words between (no verb or
    word that opens a clause of its own: officials_run_breaks.txt, a role cue), no other title, no person's name,
    at most _PORTFOLIO_WORDS tokens; a title before its holder's name (`Phó Chủ tịch phụ trách … A B đã …`) is
    not set off and is left as read. One scan per phrase over at most _PORTFOLIO_WORDS tokens: linear in the text."""
    openers = list_matcher("officials_portfolio_openers.txt")
    breaks = load_words("officials_run_breaks.txt")
    firsts = {p.first for p in phrases}
    lasts = {p.last for p in phrases}
    reached: list[TitlePhrase] = []
    for phrase in phrases:
        end = _portfolio_end(toks, phrase, openers, breaks, firsts, lasts)
        reached.append(replace(phrase, last=end) if end else phrase)
    return reached


def _portfolio_end(
    toks: list[Token],
    phrase: TitlePhrase,
    openers: PhraseMatcher,
    breaks: frozenset[str],
    firsts: set[int],
    lasts: set[int],
) -> int:
    """One past the portfolio that closes a set-off title (`_reach_portfolios`), else 0."""
    k = phrase.last
    opener = openers.length(toks, k, whole_words=True) if k < len(toks) else 0
    if not opener:
        return 0
    start = modified_start(toks, phrase)
    mark = start - 1
    if mark < 1 or toks[mark].text not in _CLOSING_MARKS:
        return 0
    if not (toks[mark - 1].is_cap_word or mark in lasts):
        # no name or title before the mark (`Tại buổi lễ, Phó Chủ tịch phụ trách …`). A place's name passes (`Tại Đà
        # Nẵng, Phó Chủ tịch phụ trách đô thị, ông A, …`): the portfolio is then read for the name set off after it,
        # which asking for a person's name here would lose
        return 0
    ends, stops = _CLOSING_MARKS[toks[mark].text], _portfolio_stops()
    for j in range(k + opener, min(len(toks), k + opener + _PORTFOLIO_WORDS)):
        tok = toks[j]
        if tok.text in ends or stops.length(toks, j, whole_words=True) or starts_role_cue(toks, j):
            return j if j > k + opener else 0  # `…, Phó Giám đốc phụ trách chuyên môn cho biết`
        if not tok.is_word or j in firsts:
            return 0
        if not tok.is_cap and tok.lower in breaks:
            return 0
        if tok.is_cap_word and (name_length(toks, j) >= 2 or foreign_name_length(toks, j) >= 2):
            return 0  # a person's name: the portfolio does not close before it
    return 0


_REACH_WORDS = 7  # words between a title's reading and a place that ends right before a foreign name


def _reach_foreign_names(toks: list[Token], phrases: list[TitlePhrase]) -> list[TitlePhrase]:
    """A title whose organisation the rules stopped reading short (`Bộ trưởng` of `Bộ trưởng Thông tin Truyền
    thông nước X A`, `Bộ trưởng phụ trách vấn đề châu Âu B`) runs on to
    a country or place that ends right before a foreign name of two words or more: only words between, no
    punctuation, no other title and no anchor before the name. The place closes the office's description as a
    country does (`after_country`), so the name after it is the holder's."""
    firsts = {p.first for p in phrases}
    reached: list[TitlePhrase] = []
    for phrase in phrases:
        end = _foreign_name_reached(toks, phrase.last, firsts.__contains__)
        reached.append(replace(phrase, last=end, after_country=True) if end else phrase)
    return reached


_OF = "của"
_OF_REACH = 6  # tokens of the body after `của` before its holder's foreign name
_OF_QUALIFIERS = 2  # lower-case words qualifying the head before `của` (`đương nhiệm`, `tối cao`)


def _reach_through_of(toks: list[Token], phrase: TitlePhrase, firsts: set[int]) -> int:
    """`Tổng thư ký của quỹ K-Sports Jeong Hyun-sik`, `Chủ tịch đương nhiệm của nhóm nước G7 Angelino Alfano`: a
    bare head, at most two lower-case words qualifying it, `của`, then the body the post is of, in words only, up
    to a foreign name marked foreign (a letter Vietnamese does not use, a Korean given name, a particle) that
    closes the phrase: one past the body, else 0. The body must have a name of its own (a capital, an acronym)
    before the holder's: a body named in lower case only (`của tập đoàn Guangdong Wen`, `của nhóm Abu Sayyaf`)
    has the capitalised run after it for its name."""
    k = phrase.last
    if phrase.last != phrase.head_last or phrase.after_country:
        return 0
    breaks = load_words("officials_run_breaks.txt")
    qualifiers = 0
    while k < len(toks) and qualifiers < _OF_QUALIFIERS and toks[k].is_word and not toks[k].is_cap:
        if toks[k].lower == _OF or toks[k].lower in breaks or starts_role_cue(toks, k):
            break
        k, qualifiers = k + 1, qualifiers + 1
    if k + 1 >= len(toks) or toks[k].lower != _OF:
        return 0
    for j in range(k + 2, min(len(toks), k + 2 + _OF_REACH)):
        tok = toks[j - 1]
        joined = tok.text == "-" and tok.gap == 0 and toks[j].gap == 0  # `K-Sports`
        if j - 1 in firsts or not (tok.is_word or joined) or (not tok.is_cap and tok.lower in breaks):
            return 0
        if starts_role_cue(toks, j - 1) or ends_with_anchor(toks, j):
            return 0
        named = any(t.is_cap for t in toks[k + 1 : j])  # `quỹ K-Sports`, `nhóm nước G7`, `IS`: the body is named
        if named and toks[j].is_cap_word and toks[j].gap == 1 and _marked_holder(toks, j):
            return j
    return 0


def _marked_holder(toks: list[Token], j: int) -> bool:
    """A foreign name of two words or more at toks[j] that closes the phrase, one of its words marked foreign."""
    if len(toks[j].text) == 1 and j + 1 < len(toks) and toks[j + 1].text == "-":
        return False  # `K-Sports`, `G-7`: a letter and a hyphen make a code, not a given name
    length = foreign_name_length(toks, j)
    if length < 2 or not person_after(toks, j, length):
        return False
    return any(is_marked_foreign(t.text) or (t.is_word and t.text.islower()) for t in toks[j : j + length])


def _reach_foreign_holders_of(toks: list[Token], phrases: list[TitlePhrase]) -> list[TitlePhrase]:
    """Titles that stopped at `của` reach their holder's foreign name (`_reach_through_of`)."""
    firsts = {p.first for p in phrases}
    split: list[TitlePhrase] = []
    for phrase in phrases:
        end = _reach_through_of(toks, phrase, firsts)
        split.append(replace(phrase, last=end, after_country=True) if end else phrase)
    return split


def _leader_reaching_place(toks: list[Token], i: int) -> TitlePhrase | None:
    """`lãnh đạo phe đa số tại thượng viện Mỹ A B`, `lãnh đạo vùng đô thị Madrid C D`: a country head
    (officials_country_heads.txt) with a body in words of its own, closed by a country or a place right before
    a foreign name of two words or more (as `_foreign_name_reached` reads a title's): the leader's post as
    written. No other title may start inside the body."""
    head = country_heads().length(toks, i)
    if not head or counted(toks, i) or (i > 0 and country_heads().length(toks, i - 1) > head):
        return None  # `các nhà lãnh đạo thế giới tại Paris A B và C D`: a group (`lãnh đạo` of it too)
    matcher = title_matcher()

    def is_title(j: int) -> bool:  # asked only at the tokens the scan reaches, however far brackets take it
        return matcher.starts(toks[j]) and matcher.length(toks, j) > 0

    end = _foreign_name_reached(toks, i + head, is_title)
    return TitlePhrase(i, end, i + head, after_country=True) if end else None


def _foreign_name_reached(toks: list[Token], k: int, is_title: Callable[[int], bool]) -> int:
    """One past the place that ends right before a foreign name within a few words of toks[k], else 0; a token
    where `is_title` says a title starts ends the scan."""
    if k >= len(toks) or foreign_name_length(toks, k) >= 2:
        return 0  # the name follows the title already
    if honorific_matcher().length(toks, k) or title_qualifiers().length(toks, k):
        return 0  # `Tổng thống mới đắc cử Chile A`: a qualifier is no part of the title, the name is read past it
    place_end = -1  # one past the last place read, or the body's acronym in brackets
    j, words = k, 0
    while j < len(toks) and words <= _REACH_WORDS:
        acronym = _bracketed_acronym(toks, j) if j > k else 0
        if acronym:  # `Tổ chức Sở hữu trí tuệ thế giới (WIPO)`: the acronym closes the body's name
            j = place_end = j + acronym
            continue
        if not toks[j].is_word or is_title(j):
            return 0  # another title, or punctuation: the title's phrase has ended
        words += 1
        if j < place_end:
            j += 1
            continue
        length = _place_at(toks, j)
        if length:
            place_end = j + length
            j += 1
            continue
        if toks[j].is_cap_word and toks[j].gap == 1 and foreign_name_length(toks, j) >= 2:
            return j if j == place_end and not ends_with_anchor(toks, j) else 0
        j += 1
    return 0


def _bracketed_acronym(toks: list[Token], j: int) -> int:
    """The tokens of an acronym in brackets at toks[j] (`(WIPO)`, `(FN)`), else 0."""
    if j + 2 >= len(toks) or toks[j].text != "(" or toks[j + 2].text != ")":
        return 0
    return 3 if toks[j + 1].is_word and is_acronym(toks[j + 1].text) else 0


def _place_at(toks: list[Token], s: int) -> int:
    """The length of a country or a place of the gazetteer at toks[s], else 0."""
    return country_matcher().length(toks, s) or place_matcher().length(toks, s) or gazetteer().names.length(toks, s)


def _ranks_joined_to_posts(toks: list[Token], phrases: list[TitlePhrase]) -> list[TitlePhrase]:
    """`Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc`: a bare rank, a comma, then a post with its body: one title."""
    joined: list[TitlePhrase] = []
    for phrase in phrases:
        rank = joined[-1] if joined else None
        if (
            rank is not None
            and rank.last == rank.head_last
            and rank.last + 1 == phrase.first
            and toks[rank.last].text == ","
            and phrase.last - phrase.first > 2  # a post with its body, not a second bare rank (`Bộ trưởng, Thứ trưởng`)
            and toks[phrase.first].is_cap
            and " ".join(t.lower for t in toks[rank.first : rank.last]) in _RANKS_OF_POST
        ):
            joined[-1] = replace(phrase, first=rank.first, current=rank.current and phrase.current)
            continue
        joined.append(phrase)
    return joined


@cache
def proxy_heads() -> frozenset[str]:
    """Heads of a representative's post (officials_proxy_heads.txt), lower case: the post places no name of its
    own (`đại diện Hội đồng trị sự Nguyễn Phước tộc`: a clan; `Đại diện Bảo Tín Minh Châu`: a company)."""
    return load_words("officials_proxy_heads.txt")


class UnitHeadRow(NamedTuple):
    head: str
    unit: str


@cache
def unit_heads() -> dict[str, str]:
    """Heads that are a post only with their unit's word right after them (officials_unit_heads.tsv), lower
    case: head → the unit's word."""
    return {row.head: row.unit for row in load_rows("officials_unit_heads.tsv", UnitHeadRow)}


@cache
def bound_heads() -> frozenset[str]:
    """Heads that are a title only with an organisation after them (officials_bound_heads.txt), lower case."""
    return load_words("officials_bound_heads.txt")


def _capital_second(toks: list[Token], start: int) -> bool:
    """The head's second word is capitalised in the lexicon too (`phó Chủ tịch` as `Phó Chủ tịch`), unlike
    `vụ Trưởng` (`Vụ trưởng`): a lower-case first word then a capital is that head only then."""
    return (toks[start].lower, toks[start + 1].text) in _capital_seconds()


@cache
def _capital_seconds() -> frozenset[tuple[str, str]]:
    pairs = set()
    for title in (*load_list("officials_titles.txt"), *load_list("officials_ranks.txt")):
        words = title.split()
        if len(words) > 1 and words[1][:1].isupper():
            pairs.add((words[0].lower(), words[1]))
    return frozenset(pairs)


def _country_title(toks: list[Token], i: int) -> TitlePhrase | None:
    """`lãnh đạo Triều Tiên Kim Jong-un`, `người đồng cấp Mỹ Joe Biden`: a country head, a country, then a name
    closing the phrase (foreign, in Vietnamese spelling, or one foreign word); None otherwise."""
    head = country_heads().length(toks, i)
    k = i + head
    if not head or k >= len(toks) or not toks[k].is_cap:
        return None
    country = country_matcher().length(toks, k)
    if not country:
        return _leader_named(toks, i, k)
    name = k + country
    if name >= len(toks) or not toks[name].is_cap_word:
        return None
    if not (foreign_name_length(toks, name) or name_after_country(toks, name) or single_name(toks, name)):
        return None
    return TitlePhrase(i, name, k, after_country=True)


def _leader_named(toks: list[Token], i: int, k: int) -> TitlePhrase | None:
    """`nhà lãnh đạo Kim Jong-un`: a leader's head (officials_leader_heads.txt) right before a foreign name of two
    words or more is the title without a country; not before a body (`lãnh đạo Bộ Công Thương`), one word
    (`lãnh đạo Taliban`) or a name in Vietnamese spelling, which a leader's head also opens (`lãnh đạo Nguyễn …`
    of a list)."""
    head = " ".join(t.lower for t in toks[i:k])
    if head not in load_words("officials_leader_heads.txt") or foreign_name_length(toks, k) < 2:
        return None
    return TitlePhrase(i, k, k)


_PARTY_WORDS = frozenset({"đảng"})


def _party_leader(toks: list[Token], i: int, org_ends: dict[int, int], known: frozenset[str]) -> TitlePhrase | None:
    """`lãnh đạo Công đảng Jeremy Corbyn`, `lãnh đạo đảng Bảo thủ Theresa May`, `Lãnh đạo đảng DUP, bà A`: a
    country head before a named party is its leader's post when a name follows (the title's organisation
    read as any other's), or after a name set off by a comma or a dash. Not a bare `lãnh đạo Đảng` (`lãnh
    đạo Đảng và Nhà nước`: the leadership), nor one without a name after it (`lãnh đạo đảng này`)."""
    head = country_heads().length(toks, i)
    k = i + head
    if not head or k + 1 >= len(toks):
        return None
    if toks[k].lower in _PARTY_WORDS:
        party = k + 1
    elif toks[k].lower == "công" and toks[k + 1].lower in _PARTY_WORDS:
        party = k + 2
    else:
        return None
    if party == k + 1 and not toks[party].is_cap:
        return None  # `đảng` must be named (`đảng Bảo thủ`, `đảng DUP`); `Công đảng` is a name
    last = max(party, _organisation_end(toks, k, org_ends, known))
    if last >= len(toks):
        return None
    apposed = (
        i > 1 and toks[i - 1].text in APPOSITION_SEPARATORS and toks[i - 2].is_cap_word
    )  # `Ông A, lãnh đạo đảng …`
    holder = last + 1 if toks[last].text == "," and last + 1 < len(toks) else last
    if not (apposed or toks[holder].is_cap_word or anchor_matcher().length(toks, holder)):
        return None
    return TitlePhrase(i, last, k)


def _body_leader(toks: list[Token], i: int, org_ends: dict[int, int], known: frozenset[str]) -> TitlePhrase | None:
    """`người đứng đầu Cơ quan Hàng không Mỹ John Carter`: a body's head (officials_body_leader_heads.txt), a
    capitalised body of two words or more read as any title's organisation, then a name right after it (foreign,
    of two words or more, or Vietnamese): the title as written. None otherwise (`người đứng đầu Chính phủ`, a
    body and no name)."""
    head = list_matcher("officials_body_leader_heads.txt").length(toks, i)
    k = i + head
    if not head or k >= len(toks) or not toks[k].is_cap:
        return None
    last = _organisation_end(toks, k, org_ends, known)
    if last < k + 2 or last >= len(toks) or not toks[last].is_cap_word:
        return None
    if foreign_name_length(toks, last) < 2 and not name_length(toks, last):
        return None
    return TitlePhrase(i, last, k)


_NAME_SET_OFF = frozenset({","}) | DASHES  # what sets a body's head off after its holder's name


def _set_off_body_leader(
    toks: list[Token], i: int, org_ends: dict[int, int], known: frozenset[str]
) -> TitlePhrase | None:
    """`ông A, người đứng đầu Trung tâm B cho biết`, `bà C - người đứng đầu WHO trong 10 năm`: a body's head
    (officials_body_leader_heads.txt) set off by a comma or a dash right after a capitalised word (the end of
    its holder's name), then a capitalised body read as any title's organisation: the title as written, which
    the name before takes as an apposition. A lower-case body (`người đứng đầu cơ quan này`) names no post; with
    no name before it (`trở thành người đứng đầu Bộ X`) the words describe, as `_body_leader` reads them. Over
    the corpus's 5,000 texts it fires 8 times: 7 after a name, each the name's post; once after a place,
    where no name takes it. A name a source cue opens (`Theo ông A, người đứng đầu Bộ B phải …`) takes
    nothing: the phrase is the source's subject."""
    head = list_matcher("officials_body_leader_heads.txt").length(toks, i)
    k = i + head
    if not head or i < 2 or toks[i - 1].text not in _NAME_SET_OFF or not toks[i - 2].is_cap_word:
        return None
    if _attributed(toks, i - 2):
        return None
    if k >= len(toks) or not toks[k].is_cap_word:
        return None
    last = _organisation_end(toks, k, org_ends, known)
    return TitlePhrase(i, last, k) if last > k else None


_DESCRIPTION_REACH = 12  # words of a lower-case description after a set-off head before its closing mark
_DESCRIPTION_ENDS = frozenset({",", "(", ")"}) | DASHES  # marks that close an apposition wherever it stands
# Marks that end a sentence or a clause: they close an apposition only after a name that does not open the
# sentence (`… có ông A, lãnh đạo đơn vị.`); after the sentence's subject the words are its predicate (`Ông A,
# lãnh đạo đơn vị cho biết như vậy.`, `…, lãnh đạo hai nước cùng dự.`).
_SENTENCE_ENDS = frozenset({".", ";", ":", "!", "?"})
_LIST_GOES_ON = frozenset({"và", "cùng"})  # after a set-off body: a list of groups goes on (`lãnh đạo Bộ A và …`)
_OWNER = "của"  # `ông A, phụ tá của ông B,`: the person after `của` is whose post A holds
_ONE_PERSON = "người"  # `người đứng đầu`, `người phụ trách`: a head naming one person, never a group
_HOLDER_REACH = 6  # capitalised words, at most, from the holder's name's first word to the set-off mark


def _set_off_description(
    toks: list[Token], i: int, org_ends: dict[int, int], known: frozenset[str]
) -> TitlePhrase | None:
    """`ông A, lãnh đạo Trung tâm B cho biết`, `bà C - cựu quan chức khí hậu LHQ,`, `ông D, người phụ trách các
    hoạt động của lực lượng E ở F,`: a lower-case descriptive head (officials_set_off_heads.txt), maybe after
    `cựu`/`nguyên`, set off by a comma or a dash right after a person's name. With a capitalised body after it
    the body is read as any title's organisation; with lower-case words they are the post as written up to the
    mark that closes the apposition, within a few words and with no clause word (officials_set_off_stops.txt:
    `lãnh đạo đơn vị này đã cam kết …` is a clause); a sentence end closes them only after a name that does not
    open the sentence (`… của ông A, lãnh đạo đơn vị.`; `Ông A, lãnh đạo đơn vị cho biết.` is a subject and its
    predicate). It names nothing without a name before (`…, lãnh đạo Sở B cho biết`, a group), after a place
    (`Tại Hoàng Sa, …`), after a quantifier or a count (`lãnh đạo một số bộ`, `lãnh đạo hai nước`), before a
    clause word or `và`/`cùng`, before a title (`phụ tá Ngoại trưởng Mỹ John Kerry`: Kerry's) or before another
    person's name, with or without `ông`/`bà`; after a source cue (`Theo ông A, …`, see _attributed) only a
    closed apposition counts. Over the 951 texts of the corpus sample it fires in 4 (a thinker's, a legislator's,
    a committee head's and a patriarch's post). Reads at most _DESCRIPTION_REACH tokens after the head and
    _HOLDER_REACH before the mark: constant work per head."""
    former = toks[i].lower in FORMER
    start = i + 1 if former else i
    head = set_off_heads().length(toks, start)
    if not head or title_matcher().length(toks, start):
        return None  # a head the title list has (`thành viên HĐQT`) is read as a title
    holder = _holder_start(toks, i - 2)
    if holder is None:
        return None
    k = start + head
    if k >= len(toks) or not toks[k].is_word:
        return None
    if toks[start].lower != _ONE_PERSON and toks[k].lower in set_off_groups():
        return None  # `ông A, lãnh đạo một số bộ, ngành`: a group listed after A, not A's post
    stops = set_off_stops()
    if toks[k].is_cap_word:
        if title_matcher().length(toks, k):
            return None  # `ông A, phụ tá Ngoại trưởng Mỹ John Kerry,`: a title opens the body, Kerry's post
        last = _organisation_end(toks, k, org_ends, known)
        if last < len(toks) and toks[last].is_cap_word and _name_opens(toks, last):
            return None  # `…, lãnh đạo DUP Arlene Foster xác nhận`: the post of the name after, read elsewhere
        if _anchor_opens_name(toks, last):
            return None  # `ông A, lãnh đạo Bộ Y tế ông Trần Văn B cho biết`: B's post, not A's
        while last < len(toks) and last - k < _DESCRIPTION_REACH and toks[last].is_cap_word:
            last += 1  # `ông A, lãnh đạo Trung tâm nông nghiệp B C`: no holder after the body, the body runs on
        if last == k or (_attributed(toks, i - 2) and not _description_closed(toks, last)):
            return None  # `Theo ông A, người đứng đầu Bộ B phải …`: what the source says, about someone else
        if last < len(toks) and (toks[last].lower in stops or toks[last].lower in _LIST_GOES_ON):
            return None  # `…, lãnh đạo TP Hà Nội đã …`: a clause's subject; `lãnh đạo Bộ A và …`: a list of groups
        return TitlePhrase(start, last, k, current=not former)
    j = k
    apposed = holder > 0 and toks[holder - 1].is_word and not toks[holder - 1].is_cap  # `… của ông A, …`
    while not _description_closed(toks, j, at_end=apposed):
        if j >= len(toks) or toks[j].text in _SENTENCE_ENDS:
            return None  # the sentence's subject before, its predicate after: no apposition
        if j - k >= _DESCRIPTION_REACH or (not toks[j].is_cap_word and toks[j].lower in stops):
            return None
        if toks[j].lower in _LIST_GOES_ON:
            return None  # `ông A, lãnh đạo hai nước cùng dự`: a group and what it does, not A's post
        if toks[j].is_cap_word and not toks[j - 1].is_cap_word and _name_opens(toks, j):
            return None  # `ông A - quan chức … thời George W. Bush dự đoán`: another person's name, no closing mark
        if _anchor_opens_name(toks, j) and toks[j - 1].lower != _OWNER:
            return None  # `ông A, lãnh đạo đơn vị ông B cho biết`: B's post; `phụ tá của ông B`: A's
        j += 1
    return TitlePhrase(start, j, k, current=not former)


def _anchor_opens_name(toks: list[Token], j: int) -> bool:
    """An anchor (`ông`, `bà`: officials_anchors.txt) at toks[j] with a capitalised word right after it."""
    if j >= len(toks):
        return False
    anchor = anchor_matcher().length(toks, j)
    return bool(anchor) and j + anchor < len(toks) and toks[j + anchor].is_cap_word


def _name_opens(toks: list[Token], j: int) -> bool:
    """A personal name of two words or more opens at toks[j] (Vietnamese or foreign)."""
    return name_length(toks, j) >= 2 or foreign_name_length(toks, j) >= 2


def _description_closed(toks: list[Token], j: int, *, at_end: bool = True) -> bool:
    """A mark at toks[j] closes an apposition (a dash spaced off, not `2010-2016`), or the sentence or a clause
    ends there (_SENTENCE_ENDS) and `at_end` lets that close it."""
    if j >= len(toks):
        return at_end
    tok = toks[j]
    if tok.text in _SENTENCE_ENDS:
        return at_end
    return tok.text in _DESCRIPTION_ENDS and (tok.text not in DASHES or tok.gap != 0)


def _holder_start(toks: list[Token], e: int) -> int | None:
    """Where the name of a person ending at toks[e] starts, with its anchor: capitalised words after `ông`/`bà`/
    `đồng chí`, or a Vietnamese or foreign name ending there (of at most _HOLDER_REACH words). None when no name
    ends there, or when the name is a place: after a place preposition (officials_place_prepositions.txt:
    `Tại Hoàng Sa, …`) or a place the gazetteer knows whole."""
    if e < 0 or not toks[e].is_cap_word:
        return None
    s = e
    while s > 0 and e + 1 - s < _HOLDER_REACH and toks[s - 1].is_cap_word:
        s -= 1
    places = place_prepositions()
    for p in range(s, e + 1):  # the name may open after a capitalised word (`Theo A B,`, `Ông A B,`)
        run = e + 1 - p
        if toks[p].lower in places:
            continue  # `Tại Hồng Phong,`: the preposition opens no name (read as a surname, it would)
        if ends_with_anchor(toks, p):
            return p - list_matcher("officials_anchors.txt", reverse=True).ending_at(toks, p)[0]
        if name_length(toks, p) == run or foreign_name_length(toks, p) == run:
            if (p > 0 and toks[p - 1].lower in places) or _known_place_length(toks, p) >= run:
                return None  # `Tại Hoàng Sa, lãnh đạo huyện đảo,`: a place, no one's name
            return p
    return None


_ATTRIBUTION = frozenset({"theo"})  # `Theo ông A, người đứng đầu Bộ B phải …`: the words are A's, not his post
_ATTRIBUTION_REACH = 6  # tokens back from a name's last word to its clause's `theo` (`theo ông Nguyễn Văn An`)


def _attributed(toks: list[Token], last: int) -> bool:
    """A name ending at `last` that a source cue opens (`Theo ông Nguyễn Văn An,`): what is set off after it
    is what the source says, often about someone else. Looked for back to the clause's start, a few tokens."""
    for j in range(last, max(-1, last - _ATTRIBUTION_REACH), -1):
        if not toks[j].is_word:
            return False
        if toks[j].lower in _ATTRIBUTION:
            return True
    return False


def _organisation_end(
    toks: list[Token], i: int, org_ends: dict[int, int], known: frozenset[str] = frozenset(), *, single: bool = False
) -> int:
    """One past the organisation that follows a title head: `Thành ủy Hà Nội`, `Bộ Văn hóa, Thể thao và Du lịch`;
    none when a name read by its position follows the head (`Thủ tướng Theresa May`)."""
    first = end = i
    i = end = _head_organisation_end(toks, i, org_ends)
    closed = -1  # where a whole organisation or a place the title names ends: a name may follow
    while i < len(toks):
        tok = toks[i]
        if not tok.is_word:
            if tok.text == "&" and i > first and _joins_ampersand(toks, i):
                i += 1  # `TN&MT`, `Tài nguyên & Môi trường`
                continue
            short = toks[i - 1].text.isupper() or len(toks[i - 1].text) <= 2  # `TP.HCM`, `Tp.HCM`, not `Bái.Ngày`
            dotted = tok.kind == "dot" and i > first and short and _joins_code(toks, i)
            if (tok.text == "-" and _joins_code(toks, i)) or dotted:
                i += 1  # `ĐHQG-HCM`, `T.Ư`, `TP.HCM`
                continue
            if tok.kind == "dot" and i > first and _numbered_unit(toks, i):
                i = end = i + 2  # `UBND P.12`, `Công an Q.3`: a ward's or district's number after its letter
                continue
            if tok.kind == "number" and i > first and (_numbered(toks, i) or (end == i and _unit_number(toks, i))):
                i = end = i + 1  # `Vùng 4 Hải quân`, `Quân khu 7`, `Binh đoàn 12`, `Chi bộ 4,`
                continue
            if tok.kind == "number" and i == first and i > 0 and _numbered_head(toks, i):
                i = end = i + 1  # `Trưởng khu 1,`, `Trưởng thôn 3 Nguyễn Văn A`: the head's own unit, numbered
                continue
            if tok.text == "(":
                across = _bracket_then_country(toks, i)
                if across:
                    i = end = across  # `Hội nghị Hiệp thương … (Chính hiệp) Trung Quốc Vương Gia Thụy`
                    break
                close = _abbreviation(toks, i)
                if close:
                    # `Hiệp hội Doanh nghiệp Nhỏ và Vừa (DNNVV)`, `Kế hoạch và Đầu tư (KH-ĐT)`, and the province the
                    # body is of after its short name (`Sở Văn hóa, Thể thao và Du lịch (VHTT&DL) Hà Nam`)
                    i = end = close + _province_after(toks, close)
                    break
            phrase = org_phrase_matcher().length(toks, i - 1) if i > 0 else 0
            if tok.text == "," and phrase > 1:
                i = end = i - 1 + phrase  # `Cục Quản lý Khám, chữa bệnh`
                continue
            if tok.text in {"-", "–"} and i > first and end == i and _places_joined(toks, i):
                i += 1  # `Sài Gòn - Chợ Lớn`: the next place is read as the loop goes on
                continue
            if (
                tok.text == ","
                and not _province_closes(toks, first, i)
                and not _unit_place_at(toks, i + 1)
                and _continues_organisation(toks, i + 1)
            ):
                i += 1  # not after a body its province closed (`Sở GD&ĐT tỉnh A, Trường B là …`), nor into a place
                continue
            break
        this_country = this_country_before_name(toks, i)
        if this_country:
            end = i + this_country  # `Ngoại trưởng nước này Ingrid Holmqvist`: the country the text just named
            break
        served = _served_title(toks, first) if i == first else 0
        if served:
            # `Trợ lý Bộ trưởng Ngoại giao`: the post served, then its organisation; a name may follow it
            # (`Trợ lý Ngoại trưởng Mỹ A`)
            i = end = closed = i + served
            continue
        if i == closed and tok.is_cap_word and person_after_organisation(toks, first, i):
            break  # `Người phát ngôn Điện Kremlin Dmitry Peskov`, `Đại sứ Nhật Bản tại Việt Nam Ito Naoki`
        known_end = org_ends.get(tok.start)
        set_off = _place_set_off(toks, i) if i > first and tok.is_cap_word else 0
        if set_off:
            end = i + set_off  # `Thống đốc bang Río de Janeiro, Luiz Fernando Pezao,`: the place, then its holder
            break
        city = _foreign_city_before_name(toks, i) if i == first and tok.is_cap_word else 0
        if city:
            i = end = i + city
            break
        domain = _title_case_domain(toks, i) if i == first else 0
        if domain:
            i = end = closed = i + domain  # `Bộ trưởng Tư Pháp Elizabeth Truss`: the field, not a name `Tư Pháp …`
            continue
        if i == first and tok.is_cap_word and toks[i - 1].lower not in VILLAGES | NAMED_UNITS:  # not `buôn Kô Êmông`
            named = positional_name_length(toks, i, known=known, single=single)
            if named and (known_end is None or fold(" ".join(t.text for t in toks[i : i + named])).lower() in known):
                break  # `Thủ tướng Theresa May`: a name, not an organisation
        if known_end is not None:
            j = i
            while j < len(toks) and toks[j].end <= known_end:
                j += 1
            j = name_inside(toks, i, j)
            if j > i:
                i = end = closed = j
                continue
        place = (
            place_matcher().length(toks, i)
            or (tok.is_cap and country_matcher().length(toks, i))
            or org_phrase_matcher().length(toks, i)
        )
        if not place and i > first:
            place = org_name_part_matcher().length(toks, i)
        if not place and i > first and toks[i - 1].lower in {"ủy", "uỷ"} and tok.is_cap:
            place = gazetteer().names.length(toks, i) or gazetteer().admin_names.length(toks, i)
            if place and name_length(toks, i) > place:
                place = 0  # `Phó Bí thư Thành ủy Phan Thiên Định`: a person, not `Phan Thiên`
        if not place and i > first and toks[i - 1].lower == "tại" and tok.is_cap:
            place = gazetteer().names.length(toks, i)  # `Tổng lãnh sự Việt Nam tại Fukuoka`: a city, however spelt
            if place and name_length(toks, i) > place:
                place = 0  # a person's name that begins with a place's
        if place:
            i = end = closed = i + place
            country = toks[i - place].is_cap and country_matcher().length(toks, i - place) == place
            if country and (
                name_after_country(toks, i)
                or foreign_name_length(toks, i)
                or single_name(toks, i)
                or honorific_matcher().length(toks, i)
            ):
                break  # `Tổng thống Nga Vladimir Putin`, `Tổng thống Pháp Macron`, `… Campuchia Samdech Hun Sen`
            continue
        foreign = foreign_name_length(toks, i)
        if foreign == 3 and i > first and _place_then_name(toks, i, 1):
            end = i + 1  # `Cộng hòa Haiti Youri Latortue`: the country ends the organisation
            break
        city = _known_place_length(toks, i) if foreign > 3 and i > first else 0
        if city >= 2 and foreign > city and _place_then_name(toks, i, city):
            # `Thống đốc bang New Jersey Chris Christie`, `Thị trưởng thành phố Bandar Seri Begawan A B`: a place of
            # two words or more the gazetteer knows ends the organisation, and the name of two words or more after
            # it is the holder's (the name run, at most four words, may hold only the name's first word after a
            # place of three)
            end = i + city
            break
        if foreign >= 2 and i - 2 >= first and has_foreign_shape(toks[i - 1].text) and _place_then_name(toks, i - 1, 1):
            # `Cảnh sát trưởng thành phố Manchester Ian Hopkins`: a city no list knows, then the name; not a
            # Vietnamese word that opens a longer place (`bang Nam Carolina`, `thành phố Cảng Rotterdam`)
            end = i
            break
        # A name shaped unlike Vietnamese ends the organisation right after the head or an acronym, or when
        # a letter shows it (`James Comey`); inside a name it is part of it (`Cty Hanoi Redtours`, `huyện
        # Krông Ana`).
        after_acronym = i > first and len(toks[i - 1].text) > 1 and toks[i - 1].text.isupper()  # `CIA Avril Haines`
        if foreign and (i == first or after_acronym or any(is_marked_foreign(t.text) for t in toks[i : i + foreign])):
            break
        if after_acronym and _known_alone(toks, i, known):
            break  # `Giám đốc FBI Comey` when the text has `ông Comey`: the acronym ends the body, the name follows
        if (
            foreign
            and i > first
            and toks[i - 1].is_word
            and not toks[i - 1].is_cap
            and person_after(toks, i, foreign)
            and not any(company_heads().length(toks, k) for k in range(first, i))
        ):
            break  # `Bộ trưởng Quốc phòng Tomomi Inada`: a foreign name after a field in lower case
        if i == first and _given_name(toks, i):
            break  # `ĐB Nhường cho rằng`, `Thủ tướng Phúc nhấn mạnh`: a short mention of a person
        named = name_length(toks, i)
        if named and _unit_named_after(toks, i, named):
            i = end = i + named  # `Chủ tịch phường Nguyễn Thái Bình, quận 1`: the ward is named after someone
            continue
        office = i > 1 and toks[i - 2].lower == "văn" and toks[i - 1].lower == "phòng"  # `Văn phòng Chủ tịch nước`
        if named and _school_named_after(toks, first, i, named):
            i = end = i + named  # `Trường THPT dân lập Đinh Tiên Hoàng-`: a school named after someone
            continue
        titled = title_matcher().length(toks, i)
        if titled and not toks[i + titled - 1].last and i + titled < len(toks) and not toks[i + titled].is_cap:
            titled = 0  # `Đại sứ quán`: the words of a title begin a longer word
        if named or is_apostrophe_name(tok) or (titled and not office):
            break
        if tok.text.lower() in _ORGANISATION_LINKS and not (i + 1 < len(toks) and toks[i + 1].is_cap):
            break
        cue = role_cue_length(toks, i)
        if cue and not _field_not_cue(toks, i, cue):
            break
        if i > first and _opens_sentence(toks, i):
            break  # `Trưởng đoàn ĐBQH tỉnh Yên Bái Về thông tin …`: a caption runs into the next sentence
        if i > first and i == end and not tok.is_cap:
            run = _lower_name_run(toks, i)
            if run > i:
                i = end = run  # `Trung tâm Phát triển quỹ đất thuộc Sở`, `Phòng Quản lý đô thị,`
                continue
        head = lower_heads().length(toks, i) if i == first and not tok.is_cap else 0
        if head and i + head < len(toks) and toks[i + head].is_cap_word:
            i = end = i + head  # `Bộ trưởng bộ Y tế`, `Giám đốc bệnh viện Đa khoa`
            i = end = i + domain_matcher().length(toks, i)  # `bộ Y Tế Nguyễn Thị Kim Tiến`
            continue
        if i == first and tok.lower == "của" and i + 1 < len(toks):
            served = title_matcher().length(toks, i + 1)
            if served and served_leader(toks, i + 1, served) and not _leader_named_after_holder(toks, first, i + 1):
                i = end = i + 1 + served  # `Đặc phái viên của Tổng thống Mỹ`: the leader served is the organisation
                continue
        if i == first and tok.lower == "của" and i + 1 < len(toks) and toks[i + 1].start in org_ends:
            i = end = closed = _past_organisation(toks, i + 1, org_ends[toks[i + 1].start])
            continue  # `cố vấn của Ngân hàng Thế giới`, `Chủ tịch của Công ty …`: the body the post is of
        if i == first and tok.lower == "của" and _short_body_closed(toks, i + 1):
            i = end = i + 2  # `CEO của KVT -`, `Chủ tịch kiêm CEO của Norvex,`: a body's short name, then a pause
            continue
        if i == first and not tok.is_cap and tok.text.lower() not in unit_words():
            # `bộ trưởng tư pháp Mỹ Harold Wexley`, `Bộ trưởng quốc phòng Gerhard Lindqvist`
            end = i + (lower_field_abroad(toks, i) or lower_field_before_name(toks, i))
            break
        unit = i == first and tok.lower in unit_words()  # `bang Rheinland-Pfalz`, `đảng ủy xã`
        if tok.is_cap or tok.text.lower() in org_words() or unit or (i == end and _continues_word(toks, i)):
            i += 1
            if tok.text.lower() not in _ORGANISATION_LINKS:
                end = i
            continue
        break
    return end


class PlaceUnitWordRow(NamedTuple):
    role: str
    phrase: str


@cache
def place_unit_words(role: str) -> frozenset[tuple[str, ...]]:
    """The phrases of one role of officials_place_units.tsv (`province`: `tỉnh`, `thành phố`; `city_short`: `hcm`;
    `after_comma`: `quận`, `thị xã`), each as its words in lower case."""
    rows = load_rows("officials_place_units.tsv", PlaceUnitWordRow)
    return frozenset(tuple(row.phrase.split()) for row in rows if row.role == role)


def _unit_word_length(toks: list[Token], k: int, role: str) -> int:
    """The words of the longest unit phrase of `role` (officials_place_units.tsv) at toks[k], or 0."""
    words = tuple(t.lower for t in toks[k : k + 2])
    return max((len(p) for p in place_unit_words(role) if words[: len(p)] == p), default=0)


def _known_alone(toks: list[Token], i: int, known: frozenset[str]) -> bool:
    """One capitalised word at toks[i] that the text gives as a name after `ông`/`bà` elsewhere (`known`, folded),
    with no capitalised word after it: a person's short name, not a word of the organisation before it. Beside
    `positional_name_length(known=…)`, the known-short-name test at the organisation's first word (`i == first`),
    this one reads after an acronym inside it (`Giám đốc FBI Comey`). Not a fix of a full name there: with `ông
    Comey` in the text, `Cựu Giám đốc FBI James Comey` reads `James Comey: Giám đốc FBI` (the `Cựu` lost), as before."""
    if not toks[i].is_cap_word or fold(toks[i].text).lower() not in known:
        return False
    return i + 1 >= len(toks) or not (toks[i + 1].is_cap_word and toks[i + 1].gap == 1)


def _known_place_length(toks: list[Token], i: int) -> int:
    """The length of a place the gazetteer knows at toks[i] (not one of its NOT_A_PLACE entries), else 0."""
    length, entry = gazetteer().names.match(toks, i)
    return length if length and entry != NOT_A_PLACE else 0


def _place_then_name(toks: list[Token], i: int, place: int) -> bool:
    """A place of `place` words at toks[i] after a state's or a city's form, then a foreign name of two words or
    more (`Cộng hòa Haiti Youri Latortue`, `Thị trưởng thành phố Sapporo Katsuhiro Akimoto`, `Cảnh sát trưởng
    thành phố Manchester Ian Hopkins`): the place ends the organisation and the name is the holder's. Of three
    foreign-shaped words after the form, the first is the place: a name of three words there is rare."""
    return toks[i - 1].lower in _STATE_FORMS and foreign_name_length(toks, i + place) >= 2


_PLACE_RUN_MOST = 6  # tokens of a place no list knows between its form and the comma (`Río de Janeiro`)


def _place_set_off(toks: list[Token], i: int) -> int:
    """The length of a place no list knows at toks[i], after a state's or a city's form and up to a comma, when a
    foreign name of two words or more set off by a second comma follows (`Thống đốc bang Río de Janeiro, Luiz
    Fernando Pezao,`, `Tỉnh trưởng tỉnh Nam Jeolla, Lee Nak-yon,`); else 0. Without the place, the title would end
    at its form and the place be read as the holder's name. A Vietnamese name after the comma is left to the
    places the lists know (`tỉnh Quảng Nam, Đà Nẵng,` lists provinces)."""
    if toks[i - 1].lower not in _STATE_FORMS or place_matcher().length(toks, i) or country_matcher().length(toks, i):
        return 0
    particles = load_words("names_particles.txt")
    j = i
    while j < len(toks) and j - i < _PLACE_RUN_MOST and toks[j].text != ",":
        glued = toks[j].text in {"-", "–"} and toks[j].gap == 0
        if not (toks[j].is_cap_word or toks[j].lower in particles or glued):
            return 0
        j += 1
    if j == i or j >= len(toks) or toks[j].text != ",":
        return 0
    name = foreign_name_length(toks, j + 1)
    closed = name >= 2 and j + 1 + name < len(toks) and toks[j + 1 + name].text == ","
    return j - i if closed else 0


def _province_after(toks: list[Token], k: int, *, unit_needed: bool = False) -> int:
    """The tokens of a province or city at toks[k], perhaps after its unit word (`Hà Nam`, `tỉnh Nam Định`, `TP
    Cần Thơ`, `TP Hồ Chí Minh`; a city's short name after it, `TP.HCM`, `TP HCM`: officials_place_units.tsv); with
    `unit_needed`, only after its unit word; 0 when none."""
    unit = _unit_word_length(toks, k, "province")
    if unit_needed and not unit:
        return 0
    whole = place_matcher().length(toks, k) if unit else 0  # the gazetteer's `TP Hồ Chí Minh`
    place = place_matcher().length(toks, k + unit) if k + unit < len(toks) else 0
    short = 0
    if unit:
        dot = int(k + unit < len(toks) and toks[k + unit].text == ".")
        if k + unit + dot < len(toks) and (toks[k + unit + dot].lower,) in place_unit_words("city_short"):
            short = unit + dot + 1
    return max(whole, unit + place if place else 0, short)


def _short_body_closed(toks: list[Token], k: int) -> bool:
    """A body's short name at toks[k] shaped unlike a person's (an acronym `CVI`, a capital or a digit inside
    `FedEx`, `G7`), closed right after by a comma, a dash, a bracket or the sentence's end: nothing after it
    may be the holder's name."""
    if k + 1 >= len(toks) or not toks[k].is_cap_word or toks[k + 1].text not in _PAUSES:
        return False
    word = toks[k].text
    return (len(word) > 1 and word.isupper()) or any(c.isupper() or c.isdigit() for c in word[1:])


_PAUSES = frozenset({",", "-", "–", ")", ".", ";", ":"})


def _title_case_domain(toks: list[Token], i: int) -> int:
    """The length of a ministry's field written in title case right after a title head and before a capitalised
    word (`Bộ trưởng Tư Pháp Elizabeth Truss`, `Bộ trưởng Quốc Phòng Delfin Lorenzana`): read as a name, its
    first word a surname, it would swallow the field; 0 when none."""
    length = domain_matcher().length(toks, i)
    words = toks[i : i + length]
    if length < 2 or not all(t.is_cap_word for t in words) or i + length >= len(toks):
        return 0
    return length if toks[i + length].is_cap_word else 0


def _serving(toks: list[Token], start: int, end: int) -> bool:
    """The head toks[start:end] serves another post-holder (`Trợ lý`, `Phó Trợ lý`): a person, not a company,
    is named after the post it serves (`Phó Trợ lý Ngoại trưởng A`)."""
    return " ".join(t.lower for t in toks[start:end]) in load_words("officials_serving_heads.txt")


def _served_title(toks: list[Token], first: int) -> int:
    """After a head that serves another post-holder (officials_serving_heads.txt: `Trợ lý`, `Thư ký`, `Cố vấn`), the
    title of the post served written right at toks[first]: its length, else 0. Not after `của`: `Phát ngôn viên
    của Tổng thư ký Liên hiệp quốc A`, `một trợ lý của Thượng nghị sĩ B` name the leader served."""
    serving = list_matcher("officials_serving_heads.txt", reverse=True)
    if not serving.ending_at(toks, first)[0]:
        return 0
    k = first + int(toks[first].lower == "của" and _chained_after_body(toks, first + 1))
    titled = title_matcher().length(toks, k) if k < len(toks) and toks[k].is_cap else 0
    end = k + titled
    if not titled or (not toks[end - 1].last and end < len(toks) and not toks[end].is_cap):
        return 0  # `Thư ký Đại sứ quán`: the words of a title begin a longer word
    return end - first


def _leader_named_after_holder(toks: list[Token], of: int, k: int) -> bool:
    """`ông A, người phát ngôn của Tổng thống Philippines B,`: a post serving a leader (`của` at toks[of], the
    leader's title at toks[k]) set off after its holder's name, and a name after the leader's title and country:
    that name is the leader's, so the leader's title is read as its own (`Tổng thống Philippines B`), not as the
    body of the serving post, whose head stays with A."""
    head = list_matcher("officials_serving_heads.txt", reverse=True).ending_at(toks, of)[0]
    start = of - head
    if not head or start < 2 or toks[start - 1].text not in APPOSITION_SEPARATORS or not toks[start - 2].is_cap_word:
        return False
    served = title_matcher().length(toks, k)
    after = k + served + country_matcher().length(toks, k + served)
    return after < len(toks) and toks[after].is_cap_word and foreign_name_length(toks, after) >= 2


def _chained_after_body(toks: list[Token], k: int) -> bool:
    """The title at toks[k] and the words of its body end at a separator, no name among them
    (`Đặc phái viên của Thủ tướng Chính phủ, Tổng thư ký … A`): the post served, in a chain of the holder's
    titles, not the leader named after it (`Phát ngôn viên của Tổng thư ký Liên hiệp quốc A`)."""
    titled = title_matcher().length(toks, k) if k < len(toks) else 0
    j = k + titled
    while titled and j < len(toks) and j - k < _BODY_REACH and toks[j].is_word:
        if name_length(toks, j) or foreign_name_length(toks, j):
            return False
        j += 1
    return bool(titled) and j < len(toks) and toks[j].text in _CHAIN_SEPARATORS


_BODY_REACH = 8  # tokens of a served title and its body before the separator that chains the next title


def _past_organisation(toks: list[Token], i: int, known_end: int) -> int:
    """One past the last token of the organisation at toks[i] that ends at the character `known_end`."""
    while i < len(toks) and toks[i].end <= known_end:
        i += 1
    return i


def _foreign_city_before_name(toks: Sequence[Token], i: int) -> int:
    """A city abroad between a title and a foreign name is the title's place, not part of the name
    (`Thị trưởng London Sadiq Khan`): its length when a gazetteer city with no Vietnamese province opens
    at toks[i] and a foreign name follows it."""
    length, entry = gazetteer().names.match(toks, i)
    if not length or entry is None or entry.level != "other" or entry.province:
        return 0
    return length if foreign_name_length(toks, i + length, loose=True) else 0


def _places_joined(toks: list[Token], i: int) -> bool:
    """A dash between two places (`Hà Nội - Sơn La`, `Việt Nam - Campuchia`) inside an organisation's name."""
    if i + 1 >= len(toks) or not toks[i + 1].is_cap_word:
        return False
    before = any(place_matcher().length(toks, k) == i - k for k in range(max(0, i - 3), i)) or any(
        country_matcher().length(toks, k) == i - k for k in range(max(0, i - 3), i)
    )
    after = place_matcher().length(toks, i + 1) or country_matcher().length(toks, i + 1)
    return before and bool(after)


def _head_organisation_end(toks: list[Token], i: int, org_ends: dict[int, int]) -> int:
    """`Trưởng phòng TN&MT`, `Phó trưởng phòng Kế hoạch – Tài chính`: the head's last word opens an
    organisation the organisations stage read whole; the title's organisation runs to its end. Else i."""
    if i == 0 or i >= len(toks):
        return i
    known_end = org_ends.get(toks[i - 1].start)
    if known_end is None or known_end <= toks[i - 1].end:
        return i
    j = i
    while j < len(toks) and toks[j].end <= known_end:
        j += 1
    for k in range(max(i, j - 2), j):  # `Ban quản lý Khu kinh tế Quảng` read short of `Quảng Ninh`
        j = max(j, k + place_matcher().length(toks, k))
    return j


def _joins_ampersand(toks: list[Token], i: int) -> bool:
    """`&` between two capitalised parts of a name (`TN&MT`, `Tài nguyên & Môi trường`)."""
    return i + 1 < len(toks) and toks[i - 1].is_word and toks[i + 1].is_cap_word


_TO_NAME_LIMIT = 12  # tokens between the organisation read and the holder's name
_NAME_AFTER_RUN = 3  # syllables of the holder's full name: a two-syllable name is often a place (`Sơn Trà`)
_NOT_BEFORE_NAME = frozenset({"và", "của"})  # `… và Nguyễn Văn B`: a second person, not the holder


def _lower_words_to_name(toks: list[Token], last: int) -> int:
    """One past the words that carry an organisation's name on, in lower case or after a comma, up to the
    Vietnamese full name of its holder (`Cục trưởng Cục Quốc tịch, hộ tịch và chứng thực Nguyễn Văn A`,
    `Giám đốc Trung tâm dự báo Khí tượng - Thủy văn T.Ư Nguyễn Văn A`); `last` when anything else stands
    between (a verb or a preposition, officials_run_breaks.txt; a title; an anchor; a second person after
    `và`) or no such name follows within the window."""
    breaks = load_words("officials_run_breaks.txt")
    lower = 0
    j = name_at = last
    limit = min(len(toks), last + _TO_NAME_LIMIT)
    while j < limit:
        tok = toks[j]
        named = name_length(toks, j) if tok.is_cap_word else 0
        if named >= _NAME_AFTER_RUN and tok.text in surnames():
            name_at = j
            break
        if tok.text == "(" and lower:
            # `Cục trưởng Cục Quản lý chất lượng nông, lâm, thủy sản (Bộ NN&PTNT) Nguyễn Văn A`: the body the
            # organisation is under, in brackets, then the holder's name (linked past the bracket by the reader)
            name_at = _parent_body_bracket(toks, j)
            if name_at and toks[name_at].text in surnames() and name_length(toks, name_at) >= _NAME_AFTER_RUN:
                break
            return last
        if named:
            return last  # `Thượng tướng, GS, TS Tô Lâm, diễn giả …`: a person inside the run
        if tok.is_word and not tok.text.isupper() and any(c.isupper() for c in tok.text[1:]):
            return last  # `Chủ tịchỦy ban`: two words run together, a slip the run must not carry on
        if tok.is_word and not tok.is_cap:
            if tok.lower in breaks or starts_role_cue(toks, j) or title_matcher().length(toks, j):
                return last
            if tok.lower == "của" and not (j + 1 < len(toks) and toks[j + 1].is_cap_word):
                return last  # `của các tác giả`: not the body the organisation belongs to
            lower += 1
        elif tok.is_cap_word:
            if title_matcher().length(toks, j):
                return last
        elif tok.text not in {",", "-", "–", "&"} and tok.kind != "dot":
            return last
        j += 1
    else:
        return last
    before = toks[j - 1]
    if not lower or before.lower in _NOT_BEFORE_NAME or not before.is_wordlike or ends_with_anchor(toks, j):
        return last
    named = name_length(toks, name_at)
    if named > _NAME_AFTER_RUN + 1 or not all(_plain_syllable(t.text) for t in toks[name_at : name_at + named]):
        return last  # `Đoàn TNCS Hồ Chí Minh`, `Dương Susan Thornton`, five capitalised words: not one name
    if place_matcher().length(toks, name_at) or gazetteer().names.length(toks, name_at) >= named:
        return last  # `Hồ Chí Minh` of a body named after him, a district written like a name
    if _school_named_after(toks, last, name_at, named):
        return last  # `Trưởng điểm thi Trường THPT Lê Quý Đôn`: the school's name
    return j


_PARENT_REACH = 6  # tokens inside the bracket of a parent body (`(Bộ NN&PTNT)`, `(BHXH Việt Nam)`)


def _parent_body_bracket(toks: list[Token], opened: int) -> int:
    """One past a short bracket at toks[opened] that holds only capitalised words, acronyms and the marks inside
    them (`(Bộ NN&PTNT)`, `(BHXH Việt Nam)`): a parent body or a place; 0 when it holds anything else."""
    for k in range(opened + 1, min(len(toks) - 1, opened + 2 + _PARENT_REACH)):
        tok = toks[k]
        if tok.text == ")":
            return k + 1 if k > opened + 1 else 0
        if tok.is_word and not tok.is_cap and not _continues_word(toks, k):
            return 0  # `(nay là …)`, `(ông A)`: words in lower case, not a body's name
        if not tok.is_word and tok.text not in {"&", "-", "–", "."}:
            return 0
    return 0


def _plain_syllable(word: str) -> bool:
    """A syllable of a Vietnamese name: Vietnamese in shape, not an acronym (`TNCS`)."""
    return is_vietnamese_syllable(word) and not (len(word) > 1 and word.isupper())


_RUN_CLOSERS = frozenset({"thuộc", "tỉnh", "huyện", "quận", "xã", "phường", "thành", "thị"})
_RUN_LIMIT = 8  # tokens of lower-case words inside an organisation's name


def _lower_name_run(toks: list[Token], i: int) -> int:
    """One past a run of lower-case words of organisation names (`quỹ đất`, `đô thị`, `sử dụng đất`) at
    toks[i] that the name closes: punctuation, a capitalised word, `thuộc`, a unit (`tỉnh`) or the end follows
    (`Phòng Quản lý đô thị,`, `Tập đoàn đóng tàu Damen`); i when a verb or anything else follows
    (`Sở Y tế kiểm tra các bệnh viện`)."""
    vocabulary = org_vocabulary()
    j = i
    while j < len(toks) and j - i < _RUN_LIMIT and toks[j].is_word and not toks[j].is_cap:
        if starts_role_cue(toks, j):
            return i
        length = vocabulary.length(toks, j)
        if not length and toks[j].lower in _RUN_JOINERS and j > i:
            length = 1  # `nợ và tài chính đối ngoại`, `tội phạm về tham nhũng`
        if not length:
            break
        j += length
    if j == i or toks[j - 1].lower in _RUN_JOINERS:
        return i
    closed = j >= len(toks) or not toks[j].is_word or toks[j].is_cap or toks[j].lower in _RUN_CLOSERS
    if closed and j + 1 < len(toks) and toks[j].text == "," and vocabulary.length(toks, j + 1):
        return _coded_list_end(toks, j) or i  # `hội đồng bồi thường, hỗ trợ và tái định cư`: the list goes on
        # past the comma, part of the name only when the unit's code closes it (`…, buôn lậu, môi trường (C03)`)
    return j if closed else i


_RUN_JOINERS = frozenset({"và", "về"})


def _coded_list_end(toks: list[Token], j: int) -> int:
    """One past a list of fields (`, kinh tế, buôn lậu, môi trường`) at the comma toks[j] that an abbreviation
    in brackets closes (`(C03)`); 0 when something else ends it."""
    vocabulary = org_vocabulary()
    limit = min(len(toks), j + 3 * _RUN_LIMIT)
    while j < limit and toks[j].text in {",", "và"}:
        length = vocabulary.length(toks, j + 1)
        if not length:
            return 0
        j += 1 + length
    return j if j < len(toks) and toks[j].text == "(" and _abbreviation(toks, j) else 0


def _school_named_after(toks: list[Token], first: int, i: int, length: int) -> bool:
    """A name closing an organisation that a school's head opened (`Trường THPT dân lập Đinh Tiên Hoàng`,
    officials_school_heads.txt) and no name follows: the school's name, not a person."""
    j = i + length
    if j < len(toks) and toks[j].is_cap_word:
        return False
    heads = load_words("officials_school_heads.txt")
    if toks[first].lower == "trường":
        return True  # `Phó Hiệu trưởng trường Tiểu học Hoàng Văn Thụ`: the school opens the organisation
    return any(t.text in heads for t in toks[max(first, i - 4) : i])


def _opens_sentence(toks: list[Token], i: int) -> bool:
    """A capitalised sentence opener (`Về`, `Theo`, `Tại`: names_stop.txt, not `Người`, `Các`, which also
    open names) followed by a lower-case word."""
    tok = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        tok.is_cap
        and tok.text in name_stop_words()
        and tok.text not in _NAME_OPENERS
        and not org_vocabulary().length(toks, i)  # `Tòa án Tối cao`
        and nxt is not None
        and nxt.is_word
        and not nxt.is_cap
    )


_NAME_OPENERS = frozenset({"Người", "Các", "Những"})


def _given_name(toks: list[Token], i: int) -> bool:
    """One capitalised Vietnamese syllable right after a title head and before lower case or punctuation, not
    a word that heads an organisation (`Hội`, `Sở`): a given name."""
    tok = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    joined = nxt is not None and not tok.last and nxt.is_word and not nxt.is_cap  # `Thường trực`, `Ngoại giao`
    return (
        tok.is_cap_word
        and not (i > 0 and toks[i - 1].lower in NAMED_UNITS | UPPER_UNITS | VILLAGES)  # `trưởng thôn Hoành`
        and not tok.text.isupper()
        and not joined
        and (nxt is None or (nxt.is_word and not nxt.is_cap) or nxt.text in {",", ".", ":", ";", "”", '"'})
        and is_vietnamese_syllable(tok.text)
        and tok.text not in load_words("names_not_first.txt")
        and not place_matcher().length(toks, i)
        and not country_matcher().length(toks, i)
    )


def _unit_named_after(toks: list[Token], i: int, length: int) -> bool:
    """A name right after a ward or commune word and followed by the next unit (`phường Nguyễn Thái Bình,
    quận 1`, `xã Nguyễn Huệ (huyện …)`): the name is the unit's."""
    if i == 0 or toks[i - 1].lower not in NAMED_UNITS:
        return False
    j = i + length
    return j + 1 < len(toks) and (toks[j].text in {",", "("}) and toks[j + 1].lower in NAMED_UNITS | UPPER_UNITS


def _bracket_then_country(toks: list[Token], i: int) -> int:
    """One past the country after a body's short name in brackets at toks[i], when a name follows the country
    (`… toàn quốc (Chính hiệp) Trung Quốc Vương Gia Thụy`, `Bộ Quốc phòng (BTQP) Nhật Bản Tomomi Inada`): the
    country is the body's, the name its holder's; 0 otherwise."""
    close = _abbreviation(toks, i) or _short_name_in_brackets(toks, i)
    if not close or close >= len(toks) or not toks[close].is_cap:
        return 0
    k = close + country_matcher().length(toks, close)
    if k == close or k >= len(toks):
        return 0
    named = name_after_country(toks, k) or name_length(toks, k) or foreign_name_length(toks, k) or single_name(toks, k)
    return k if named else 0


def _short_name_in_brackets(toks: list[Token], i: int) -> int:
    """One past `(Chính hiệp)`, `(Hạ viện)` at toks[i]: up to three words in brackets, the first capitalised;
    0 otherwise."""
    j = i + 1
    while j < len(toks) and j - i <= 3 and toks[j].is_word:
        j += 1
    if j > i + 1 and toks[i + 1].is_cap and j < len(toks) and toks[j].text == ")":
        return j + 1
    return 0


def _abbreviation(toks: list[Token], i: int) -> int:
    """One past `(KH-ĐT)`, `(DNNVV)` at toks[i]: an abbreviation in capitals in brackets; 0 otherwise."""
    j = i + 1
    while (
        j < len(toks) and j - i <= 6 and (toks[j].text.isupper() or (toks[j].text in {"-", "&"} and toks[j].gap == 0))
    ):
        j += 1
    if j > i + 1 and j < len(toks) and toks[j].text == ")" and any(len(t.text) > 1 for t in toks[i + 1 : j]):
        return j + 1
    if i + 2 < len(toks) and toks[i + 2].text == ")" and foreign_short_form(toks[i + 1].text):
        return i + 3  # `Cục Dự trữ Liên bang Mỹ (Fed)`
    return 0


def _joins_code(toks: list[Token], i: int) -> bool:
    """A hyphen written tight between two capitalised parts: `ĐHQG-HCM`, `PT-TH`, `VH-TT-DL`."""
    return (
        0 < i < len(toks) - 1
        and toks[i - 1].end == toks[i].start
        and toks[i].end == toks[i + 1].start
        and toks[i - 1].is_cap
        and toks[i + 1].is_word
        and toks[i + 1].is_cap
    )


def _numbered_unit(toks: list[Token], i: int) -> bool:
    """A dot written tight between a unit's capital letter and its number (`P.12`, `Q.3`), not before a
    number that goes on into a date or a code (`P.12/2017`)."""
    before, after = toks[i - 1], toks[i + 1] if i + 1 < len(toks) else None
    return (
        after is not None
        and len(before.text) == 1
        and before.is_cap
        and before.end == toks[i].start
        and toks[i].end == after.start
        and after.kind == "number"
        and (i + 2 >= len(toks) or toks[i + 2].gap > 0 or toks[i + 2].text in {",", ")", "."})
    )


def _continues_word(toks: list[Token], i: int) -> bool:
    """`tế` after `Y` (`Sở Y tế`) is inside a word; `chủ` after `Nội` (`Hà Nội chủ trì`) starts one."""
    for back in (1, 2):
        k = i - back
        if k < 0 or not all(t.is_word for t in toks[k : i + 1]):
            return False
        if is_word(" ".join(t.text for t in toks[k : i + 1])):
            return True
    return False


def _field_not_cue(toks: list[Token], i: int, cue: int) -> bool:
    """A capitalised field that opens with the words of a speech cue `cue` words long, anywhere inside an
    organisation's name after a title head (`Bộ trưởng Thông tin và Truyền thông A`, `Sở Thông tin và Truyền
    thông`: not the cue `thông tin`): the field goes on past the cue's words, or a capitalised word follows it."""
    if not toks[i].is_cap_word:
        return False
    length = domain_matcher().length(toks, i)
    if length < cue:
        return False
    return length > cue or (i + length < len(toks) and toks[i + length].is_cap_word)


def role_cue_length(toks: list[Token], i: int) -> int:
    """The number of words of the longest role cue of two words or more (`cue_heads`) at toks[i], or 0."""
    words = tuple(fold(t.text).lower() for t in toks[i : i + 3])  # as cue_heads: `chủ toạ` is `chủ tọa`
    return max((len(cue) for cue in cue_heads() if words[: len(cue)] == cue), default=0)


def starts_role_cue(toks: list[Token], i: int) -> bool:
    """A role cue of two words or more (`cho biết`, `chủ trì`) starts at toks[i]."""
    return role_cue_length(toks, i) > 0


_PROVINCE_BACK = 6  # tokens a province with its unit word may take before a comma (`tỉnh Bà Rịa - Vũng Tàu`)


def _province_closes(toks: list[Token], first: int, comma: int) -> bool:
    """A province written with its unit word right before the comma toks[comma] (`Sở GD&ĐT tỉnh Vĩnh Phúc,`, `Sở Y
    tế TP.HCM,`): the body is whole, and what follows the comma is no field of its name. At most _PROVINCE_BACK
    tokens are looked back."""
    for size in range(2, _PROVINCE_BACK + 1):
        s = comma - size
        if s <= first:
            return False
        if _province_after(toks, s, unit_needed=True) == size:
            return True
    return False


def _unit_place_at(toks: list[Token], i: int) -> bool:
    """An administrative unit that opens a place at toks[i], after a comma (`…, TP Tây Ninh`, `…, Quận 1`,
    `…, Thành phố Huế`; officials_place_units.tsv after_comma): the place where the body sits, written outside the
    title (README, round 26), not more of its name."""
    if i + 1 >= len(toks) or not toks[i].is_word:
        return False
    unit = _unit_word_length(toks, i, "after_comma")
    if not unit or i + unit >= len(toks):
        return False
    nxt = toks[i + unit]
    return nxt.is_cap_word or (unit == 1 and nxt.kind == "number")


def _continues_organisation(toks: list[Token], i: int) -> bool:
    """After a comma, `Thể thao và Du lịch` continues an organisation; a title or a name does not, nor a
    word that opens a title (`…, Ban Giám đốc và công nhân`)."""
    if i + 1 >= len(toks) or not toks[i].is_cap or not toks[i].is_word:
        return False
    return not (
        title_matcher().length(toks, i)
        or title_matcher().length(toks, i + 1)
        or name_length(toks, i)
        or place_matcher().length(toks, i)
        or anchor_matcher().length(toks, i)  # `ĐB Quốc hội, Luật sư Nguyễn Văn A`
        or _foreign_person_at(toks, i)  # `Phát ngôn viên Bộ Ngoại giao Mỹ, Katrina Adams cho biết`
    )


def _foreign_person_at(toks: list[Token], i: int) -> bool:
    """A name shaped unlike Vietnamese at toks[i] that closes the phrase (lower case or punctuation follows, no
    company suffix): a person, not more of an organisation's name."""
    foreign = foreign_name_length(toks, i, loose=True)
    return bool(foreign) and person_after(toks, i, foreign)


# Numerals that count a title before it (`hai Phó Thủ tướng`); not `năm`, a year as often as five.
COUNT_NUMERALS = frozenset({"hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười"})
# Words that count a title before it (`các ĐBQH`, `hai Phó Thủ tướng`); not `vị` (`trên cương vị Ủy viên …`).
_GROUP_WORDS = frozenset({"các", "những", "mọi", "nhiều"}) | COUNT_NUMERALS
# After a post, a new holder follows (`bầu Chủ tịch mới là bà C`, `2 Phó Chủ tịch mới là ông A và ông B`).
NEW_WORDS = frozenset({"mới"})
_DATE_MARKS = frozenset({".", "/", "-"})  # before a number that ends a date (`sáng 20.6 Ủy viên …`)


def _group_before(toks: list[Token], first: int) -> bool:
    """A count right before the title at toks[first]: a word (`các`, `hai`) or a number not ending a date."""
    if first == 0:
        return False
    before = toks[first - 1]
    if before.kind == "number":
        return first < 2 or toks[first - 2].text not in _DATE_MARKS
    return before.lower in _GROUP_WORDS


_JOINED_OWNER = 4  # words of a first owner before `và` and a title (`của Bộ Chính trị và Thủ tướng`)


def owner_of_noun(toks: list[Token], phrase: TitlePhrase) -> bool:
    """The title follows `của`: it names the owner of a noun (`quyết định của Thủ tướng`, `cố vấn của Tổng thống
    Hàn Quốc`), and a name set off after it or listed after a colon is someone else's."""
    k = modified_start(toks, phrase) - 1
    if k >= 0 and toks[k].lower == "và":  # `quyết định của Trung ương và Thủ tướng Chính phủ:`: owners joined
        words = toks[max(0, k - _JOINED_OWNER) : k]
        return any(t.lower == "của" for t in words) and all(t.is_word for t in words)
    return k >= 0 and toks[k].lower == "của"


def chain_before(toks: list[Token], i: int, by_last: dict[int, TitlePhrase]) -> list[TitlePhrase]:
    chain: list[TitlePhrase] = []
    phrase = by_last.get(i)
    while phrase is not None:
        if chain and delegation_matcher().ending_at(toks, phrase.first)[0]:
            break  # `Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy A`: the first title is someone else's
        if chain and _group_before(toks, phrase.first):
            break  # `bổ nhiệm 2 Thẩm phán Tòa án tối cao, Chánh án Tòa án tối cao A`: a counted title names a group
        chain.insert(0, phrase)
        k = modified_start(toks, phrase)
        if k == phrase.first and _bare_rank(toks, phrase) and _post_before_rank(toks, by_last.get(k)):
            phrase = by_last[k]  # `Thứ trưởng Bộ Công an Thượng tướng A`: the post, then the rank, then the name
            continue
        phrase = by_last.get(k - 1) if k - 1 >= 0 and toks[k - 1].text.lower() in _CHAIN_SEPARATORS else None
        if phrase is not None and toks[k - 1].text == "," and not toks[phrase.first].is_cap:
            break  # `đắc cử tổng thống, Thủ tướng Nhật Bản A`: a title in lower case ends a clause
    return chain


def rank_head(toks: list[Token], phrase: TitlePhrase) -> bool:
    """The phrase's head is a military or police rank (officials_ranks.txt: `Thượng tướng`, `Đại tá`)."""
    return " ".join(t.lower for t in toks[phrase.first : phrase.head_last]) in rank_words()


def _bare_rank(toks: list[Token], phrase: TitlePhrase) -> bool:
    """A military or police rank alone (officials_ranks.txt: `Thượng tướng`, `Đại tá`), with no body after it."""
    return phrase.last == phrase.head_last and rank_head(toks, phrase)


def _post_before_rank(toks: list[Token], post: TitlePhrase | None) -> bool:
    """A post ending right where a bare rank begins, with no comma between (`Thứ trưởng Bộ Công an Thượng tướng A`,
    `Tư lệnh Quân khu 7 Trung tướng B`): the holder's post, chained to the rank, when it is no rank itself."""
    return post is not None and not _bare_rank(toks, post) and not post.sought and not post.proxy


def chain_after(
    toks: list[Token], i: int, by_first: dict[int, TitlePhrase], persons: frozenset[str]
) -> list[TitlePhrase]:
    """The titles written after a name (`A, Bộ trưởng …`, `A (TGĐ Vina Capital)`); `persons`: the last words of
    the names the text gives after an anchor (folded), which no post's body in brackets is."""
    i = _past_alias(toks, i, by_first)
    acting = -1
    if i + 1 < len(toks) and toks[i].lower in FORMER and i + 1 in by_first:
        i -= 1  # `Nguyễn Văn Pha nguyên Phó Chủ tịch …`: `nguyên` opens the title with no comma before it
    elif i < len(toks) and i in by_first and _set_off_unmarked(toks, by_first[i]):
        i -= 1  # `bà A đại diện OHCHR`, `ông A Phó Chủ tịch UBND tỉnh B`: the post right after the name, no comma
    elif i + 1 < len(toks) and toks[i].lower in ACTING and i + 1 in by_first:
        acting = i  # `A quyền Trợ lý Bộ trưởng …`: `quyền` sets the post off as a comma does, and opens it
    elif i >= len(toks) or toks[i].text not in _AFTER_NAME_SEPARATORS:
        return []
    chain: list[TitlePhrase] = []
    k = i + 1
    if k not in by_first and (k + 1 not in by_first or toks[k].lower not in _MODIFIERS):
        k = _after_details(toks, k, by_first)
    while k < len(toks):
        modified = toks[k].text.lower() in _MODIFIERS and k not in by_first  # `cố vấn` is a title of its own
        phrase = by_first.get(k + 1 if modified else k)
        closed = _bracketed_body(toks, i, k, phrase, persons)
        if phrase is not None and closed:
            chain.append(replace(phrase, last=closed))  # `ông A (TGĐ Vina Capital)`: the body, not a holder
            break
        if phrase is None or (
            phrase.last < len(toks)
            and (
                name_length(toks, phrase.last)
                or foreign_name_length(toks, phrase.last)
                or (phrase.last == phrase.head_last and _given_name(toks, phrase.last))
                or (phrase.after_country and name_after_country(toks, phrase.last))  # `…, Chủ tịch Trung Quốc B`
            )
        ):
            break  # `A, Bộ trưởng Bộ X B`, `A, ĐB Nhường …`: a later title that runs into a name is B's, not A's
        chain.append(replace(phrase, first=acting) if acting >= 0 and phrase.first == acting + 1 else phrase)
        k = _past_term(toks, phrase.last)
        inner = by_first.get(k + 1) if k + 1 < len(toks) and toks[k].text == "(" else None
        if inner is not None and inner.last < len(toks) and toks[inner.last].text == ")":
            chain.append(inner)  # `Trưởng đoàn Thanh tra (Phó Chánh thanh tra TP Hà Nội)`: a second post in brackets
            k = inner.last + 1
        if k < len(toks) and toks[k].text.lower() in _CHAIN_SEPARATORS:
            k += 1
            term = _past_term(toks, k)  # `A, Ủy viên …, nhiệm kỳ 2014-2019, Ủy viên …`: the term set off by commas
            if term > k and term < len(toks) and toks[term].text == ",":
                k = term + 1
            if k < len(toks) and toks[k].text.lower() == "kiêm":
                k += 1
            connector = _chain_connector_length(toks, k)
        elif not (connector := _linked_connector_length(toks, k)):
            break
        if connector and _connector_length(toks, k, _LATER_CONNECTORS) == connector:
            chain[-1] = replace(chain[-1], current=False)  # `Trưởng phòng A rồi Phó Giám đốc Sở B`: a post left
        k += connector  # `Chủ tịch UBND tỉnh A nay là Bí thư Tỉnh ủy A`: the post now held, with no comma before
    return chain


def _set_off_unmarked(toks: list[Token], phrase: TitlePhrase) -> bool:
    """A title written right after a name with no mark between them that sets it off as the name's post: one
    opened by `quyền` (`A quyền Giám đốc Sở B`) or a head with its body named after it (`ông A Phó Chủ tịch UBND
    tỉnh B`, `bà A đại diện OHCHR`); not a bare head, which may be a verb (`ông A đại diện cho …`) or open the
    next sentence a caption runs into (`… Zhong Shan Chủ tịch nước nhấn mạnh`), nor a country's post, which a
    caption naming someone else runs into (`… với Thủ tướng A Ngoại trưởng Hoa Kỳ bắt tay …`)."""
    if toks[phrase.first].lower in ACTING:
        return True
    return phrase.last > phrase.head_last and not phrase.after_country


def _bracketed_body(toks: list[Token], opened: int, k: int, phrase: TitlePhrase | None, persons: frozenset[str]) -> int:
    """Where the bracket closes when a title opens a bracket right after a name and a run of capitalised words
    shaped like an organisation fills the rest of it (`ông A (TGĐ Vina Capital)`, `bà B (Giám đốc Acme Group)`):
    the run is the post's body. 0 otherwise, and for a run that names a person: a Vietnamese personal name
    (`ông A (Thư ký Bộ trưởng Trần Văn B)`: B holds the post) or a foreign one the text gives after `ông`, `bà`
    (`persons`)."""
    if phrase is None or k != opened + 1 or toks[opened].text != "(" or phrase.last >= len(toks):
        return 0
    if name_length(toks, phrase.last):
        return 0
    run = foreign_name_length(toks, phrase.last)
    close = phrase.last + run
    if not run or close >= len(toks) or toks[close].text != ")":
        return 0
    return 0 if fold(toks[close - 1].text).lower() in persons else close


def chain_runs_into_name(toks: list[Token], chain: list[TitlePhrase], by_first: dict[int, TitlePhrase]) -> bool:
    """After a chain of titles, a separator and a title that runs into a name (`Bí thư Tỉnh ủy A, Phó Bí thư
    Tỉnh ủy - Chủ tịch UBND tỉnh B`): the chain opens B's titles."""
    k = _past_term(toks, chain[-1].last)
    if k + 1 >= len(toks) or toks[k].text.lower() not in _CHAIN_SEPARATORS:
        return False
    k += 1
    if toks[k].lower in FORMER:
        k += 1
    phrase = by_first.get(k)
    if phrase is None or phrase.last >= len(toks):
        return False  # `Thủ tướng A, Chủ tịch kiêm Giám đốc … Mỹ Thomas B`: a foreign name too
    return bool(name_length(toks, phrase.last) or foreign_name_length(toks, phrase.last))


def _numbered(toks: list[Token], i: int) -> bool:
    """A number in an organisation's name (`Vùng 4 Hải quân`, `Quân khu 7,`, `Công ty CICO 501`): after a
    capitalised word that is no word of time (`Ngày 24`), and not before lower case (`phường X 30 hộ`)."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if toks[i - 1].lower in _NUMBERED_UNITS and toks[i].gap == 1:
        return True  # `Công an quận 2`, `UBND phường 5`
    return (
        toks[i - 1].is_cap_word
        and toks[i].gap == 1
        and not before_number(toks, i - 1)
        and (nxt is None or not nxt.is_word or nxt.is_cap)
    )


_UNIT_NUMBER_DIGITS = 3  # a unit's number (`Chi bộ 4`, `Đoàn 799`); four digits are a year
_NUMBER_GLUE = frozenset({"/", ".", ",", "-", "–", ":"})


def _unit_number(toks: list[Token], i: int) -> bool:
    """A number closing an organisation whose last word is in lower case (`Bí thư Chi bộ 4, …`, `Vụ trưởng Vụ
    Thể thao thành tích cao 2 Nguyễn Văn A`, `Đội CSGT số 3`): one of several units of that name. Not after a
    word of time or count (officials_number_not_after.txt: `… khóa 14`, `… 3 năm`), not a year, and only before a
    punctuation mark, a capitalised word or the end: not `Sở Y tế 2 tuần`, nor a date or an amount (`4/5`,
    `2,5`)."""
    before, tok = toks[i - 1], toks[i]
    if not before.is_word or before.is_cap or tok.gap != 1:
        return False
    if before.lower in load_words("officials_number_not_after.txt"):
        return False
    if not tok.text.isdigit() or len(tok.text) > _UNIT_NUMBER_DIGITS:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return True
    if nxt.is_word:
        return nxt.is_cap
    glued = nxt.text in _NUMBER_GLUE and i + 2 < len(toks) and toks[i + 2].kind == "number" and toks[i + 2].gap <= 1
    return not glued


def _numbered_head(toks: list[Token], i: int) -> bool:
    """A number right after a head whose last word is a unit's (officials_numbered_head_units.txt: `Trưởng khu 1`,
    `Trưởng thôn 3`), closing it as a unit's number closes an organisation (see _unit_number)."""
    return toks[i - 1].lower in load_words("officials_numbered_head_units.txt") and _unit_number(toks, i)


def _term_to_name(toks: list[Token], last: int) -> int:
    """One past a term written between a title and its holder's Vietnamese name (`Đại biểu Quốc hội khóa XIV
    Nguyễn Văn A`, `ĐBQH khóa XI Trần Văn B`, `Bí thư Tỉnh ủy nhiệm kỳ 2015-2020 Lê Văn C`): the term is part of the
    title as written, and the name after it is the holder's. `last` when no term or no such name follows (`cũ`
    is read by the title as a post no longer held)."""
    if last >= len(toks) or toks[last].lower == _ENDED:
        return last
    end = _past_term(toks, last)
    if end == last or end >= len(toks) or toks[end].text not in surnames():
        return last
    return end if name_length(toks, end) >= 2 else last


def _past_term(toks: list[Token], k: int) -> int:
    """Past a term written after a title (`Phó Bí thư Tỉnh ủy khóa XIX, …`, `… nhiệm kỳ 2021-2026 –`) or `cũ`
    (`Bí thư Tỉnh ủy Bắc Giang cũ, …`); else k."""
    if k < len(toks) and toks[k].lower == _ENDED:
        return k + 1
    length = term_matcher().length(toks, k)
    if not length:
        return k
    j = k + length
    while (
        j < len(toks)
        and j - k < 8
        and (_term_part(toks[j]) or (toks[j].text in {"-", "–", ","} and j + 1 < len(toks) and _term_part(toks[j + 1])))
    ):
        j += 1
    return j if j > k + length else k


def _term_part(tok: Token) -> bool:
    """`XIX`, `2021`, `2025-2030`: a part of a term."""
    return tok.kind in ("number", "date") or (tok.is_word and tok.text.isupper())


def domain_matcher() -> PhraseMatcher[bool]:
    """The domains of ministries and departments (orgs_domains.txt: `Y tế`, `Tài chính`), case-insensitive."""
    return list_matcher("orgs_domains.txt")


def delegation_matcher() -> PhraseMatcher[bool]:
    """`thừa ủy quyền của`, `thay mặt` (officials_delegation_cues.txt, matched backwards from a title)."""
    return list_matcher("officials_delegation_cues.txt", reverse=True)


@cache
def term_matcher() -> PhraseMatcher[bool]:
    return list_matcher("officials_terms.txt")


def _past_alias(toks: list[Token], i: int, by_first: dict[int, TitlePhrase]) -> int:
    """Past a bracket after the name that holds no title nor details (`Raul Castro (Ra-un Ca-xtơ-rô), Chủ
    tịch …`, `A (Hà Nội) - Giám đốc …`) when a separator follows it; else i."""
    if i + 1 >= len(toks) or toks[i].text != "(" or i + 1 in by_first or _opens_details(toks, i + 1):
        return i
    for j in range(i + 1, min(len(toks) - 1, i + 12)):
        if toks[j].text == ")":
            return j + 1 if toks[j + 1].text in APPOSITION_SEPARATORS else i
        if toks[j].text in {".", "(", ":"}:
            break
    return i


def _after_details(toks: list[Token], k: int, by_first: dict[int, TitlePhrase]) -> int:
    """Past a person's details (`sinh ngày …`, `SN 1973, trú tại …`, `82 tuổi`) to the title that follows
    them after a comma or a dash (`…, Ủy viên …`, `… - Nguyên Phó Chủ tịch …`); k when none follows."""
    if k >= len(toks) or not _opens_details(toks, k):
        return k
    bracket = k > 0 and toks[k - 1].text == "("
    for j in range(k + 1, min(len(toks), k + _DETAIL_WINDOW)):
        tok = toks[j]
        if tok.text in {".", "“", '"', ":"}:
            break
        if bracket and tok.text == ")":  # the bracket closes the details: a title right after it is the
            # person's (`A (SN 1980) – Chủ tịch …`), not one further on (`A (35 tuổi) ngồi cạnh B, Chủ tịch …`)
            after = j + 2 if j + 1 < len(toks) and toks[j + 1].text in _DETAIL_ENDS else j + 1
            modified = after < len(toks) and toks[after].lower in _MODIFIERS and after not in by_first
            return after if (after + 1 if modified else after) in by_first else k
        if toks[j - 1].text in _DETAIL_ENDS:
            modified = tok.lower in _MODIFIERS and j not in by_first
            if (j + 1 if modified else j) in by_first:
                return j
    return k


def _opens_details(toks: list[Token], k: int) -> bool:
    return bool(detail_matcher().length(toks, k)) or toks[k].kind == "number" or toks[k].lower in FORMER


@cache
def detail_matcher() -> PhraseMatcher[bool]:
    return list_matcher("officials_detail_cues.txt", "text")


def _chain_connector_length(toks: list[Token], k: int) -> int:
    """`…, nguyên Chủ tịch UBND huyện, hiện là Phó Giám đốc Sở`: words that lead to the next title."""
    return _connector_length(toks, k, _CHAIN_CONNECTORS)


def _linked_connector_length(toks: list[Token], k: int) -> int:
    """`nay là`, `hiện là` right after a title with no separator (_LINKED_CONNECTORS): they link the next title."""
    return _connector_length(toks, k, _LINKED_CONNECTORS)


def _connector_length(toks: list[Token], k: int, connectors: tuple[tuple[str, ...], ...]) -> int:
    """The words of the first of `connectors` written at toks[k], or 0."""
    words = tuple(t.text.lower() for t in toks[k : k + 3])
    for connector in connectors:
        if words[: len(connector)] == connector:
            return len(connector)
    return 0


def title_of(doc: Document, toks: list[Token], phrase: TitlePhrase) -> OfficialTitle:
    start, end = toks[phrase.first].start, toks[phrase.last - 1].end
    organisation = None
    last = phrase.last - THIS_COUNTRY if this_country_at(toks, phrase.last - THIS_COUNTRY) else phrase.last
    if last > phrase.head_last:  # `nước này` (the country just named) is no body: not in the organisation
        organisation = doc.text[toks[phrase.head_last].start : toks[last - 1].end]
    text = doc.text[start:end]
    return OfficialTitle(
        text=text,
        organization=organisation,
        current=phrase.current and not phrase.ended,
        mentions=[Mention(text=text, start=start, end=end)],
    )
