"""Names with no title nor anchor that are still people (DOMAIN §4: a name needs an anchor): a case named after
its defendant (`vụ A`), a person's details in brackets (`A (SN 1986, …)`, `A và B (cùng 31 tuổi)`), an
address after the name, a verb only a person does (`A đã khai nhận`); and the places named like people
(`phường Châu Phú A`) that are not."""

from __future__ import annotations

from collections.abc import Sequence

from vnreport.extract.locations import gazetteer
from vnreport.extract.names import (
    anchor_matcher,
    capitalised_run,
    country_matcher,
    foreign_name_length,
    initials_length,
    name_length,
    place_matcher,
    title_matcher,
)
from vnreport.extract.officials.lexicon import name_stop_words
from vnreport.extract.officials.titles import detail_matcher
from vnreport.lexicon import list_matcher, load_words
from vnreport.segment.tokens import Token


def case_of(toks: list[Token], i: int) -> bool:
    """`vụ Phạm Công Danh`, `Vụ Hà Văn Thắm`, `vụ án Hà Tuấn Dũng`, `trường hợp A`: a case named after its
    defendant; `vụ` a word of its own (not the `vụ` of `Thường vụ`, nor `Vụ trưởng`)."""
    if i == 0:
        return False
    tok = toks[i - 1]
    if i > 1 and toks[i - 2].lower == "trường" and tok.lower == "hợp":
        return True  # `trường hợp Trịnh Xuân Thanh`
    if i > 1 and toks[i - 2].lower == "vụ" and tok.lower == "án":
        return True  # `vụ án Hà Tuấn Dũng`
    return tok.lower == "vụ" and tok.first and tok.last and (i < 2 or toks[i - 2].lower != "thường")


def after_unit(toks: Sequence[Token], i: int) -> bool:
    """An administrative unit word (`phường`, `xã`, `TP`) ends right before toks[i]."""
    units = gazetteer().units
    return any(units.length(toks, k) == i - k for k in range(max(0, i - 3), i))


def detailed(toks: list[Token], k: int) -> bool:
    """A person's details in brackets after the name (`Lê Thị Hoa (SN 1986, …)`, `A (82 tuổi)`, `B, (sinh năm
    1923, …)`)."""
    if k + 1 < len(toks) and toks[k].text == ",":
        k += 1
    if k + 2 >= len(toks) or toks[k].text != "(":
        return False
    if toks[k + 1].lower == "cùng" and k + 3 < len(toks):
        k += 1  # `A và B (cùng 31 tuổi, …)`
    return bool(detail_matcher().length(toks, k + 1)) or (toks[k + 1].kind == "number" and toks[k + 2].lower == "tuổi")


def detailed_unlisted(toks: list[Token], i: int) -> int:
    """A name the surnames do not open, with a person's details in brackets right after it: a foreign one
    (`Fan Guohui (SN 1986)`: a word unlike a Vietnamese syllable) or initials (`L.Đ.C. (38 tuổi)`); its
    tokens, 0 when none."""
    tok = toks[i]
    initials = initials_length(toks, i)
    if initials:
        end = i + initials
        glued_dot = end < len(toks) and toks[end].text == "." and toks[end].gap == 0
        return initials if detailed(toks, end + int(glued_dot)) else 0
    run = capitalised_run(toks, i, 3)
    if run < 2 or tok.text in name_stop_words() or anchor_matcher().length(toks, i) or _named_otherwise(toks, i):
        return 0
    return run if detailed(toks, i + run) else 0


def _named_otherwise(toks: list[Token], i: int) -> bool:
    """A place or a title opens at toks[i]: no name."""
    return bool(place_matcher().length(toks, i) or title_matcher().length(toks, i))


def detailed_pair(toks: list[Token], k: int) -> bool:
    """`Hoàng Văn A và Hà Quang B (cùng 31 tuổi, …)`: `và` and a second name with details after the name."""
    if k + 2 >= len(toks) or toks[k].lower != "và" or not toks[k + 1].is_cap_word:
        return False
    second = name_length(toks, k + 1) or foreign_name_length(toks, k + 1)
    return bool(second) and detailed(toks, k + 1 + second)


def acting_person(toks: list[Token], before: int, k: int) -> bool:
    """`Nguyễn Văn A đã khai nhận …`: a verb only a person is the subject of (names_person_verbs.txt) after the
    name, perhaps after an adverb, where no facility or capitalised word stands before the name."""
    while k < len(toks) and toks[k].lower in _VERB_ADVERBS:
        k += 1
    if k >= len(toks) or not list_matcher("names_person_verbs.txt").length(toks, k):
        return False
    if before == 0 or toks[before - 1].text in _SENTENCE_ENDS or toks[before - 1].text in {",", ";", ":", "("}:
        return True
    return _after_common_word(toks, before)


_VERB_ADVERBS = frozenset({"đã", "cũng", "vẫn", "còn", "đều", "sau", "đó", "khi", "bước", "đầu"})


def addressed(toks: list[Token], before: int, k: int) -> bool:
    """A name followed by an address in brackets (`giáo dân Trần Lực (xã Hồng Long, …)`, a reader's
    signature `NGUYỄN VĂN A (Phường 3, TP Đà Lạt)`), where no facility, street or school precedes it (`đường
    Lê Lợi (phường …)`, `Trường THPT Chu Văn An (quận …)` name no one)."""
    if k + 1 >= len(toks) or toks[k].text != "(" or not gazetteer().units.length(toks, k + 1):
        return False
    if before == 0 or toks[before - 1].text in _SENTENCE_ENDS:
        return True
    return _after_common_word(toks, before) and not _in_a_named_place(toks, before)


def _in_a_named_place(toks: list[Token], before: int) -> bool:
    """The name may end a place's or a body's name (`khu đô thị mới Yên Hòa`, `Trường ĐH Y khoa Phạm Ngọc Thạch`,
    `phường Bến Nghé và Nguyễn Thái Bình`): the word before it joins it to another name, or a capitalised word or
    a facility's head stands among the few words before it."""
    if toks[before - 1].lower in _JOINERS:
        return True
    facilities = gazetteer().facilities
    return any(
        toks[j].is_cap_word or (toks[j].first and facilities.length(toks, j))  # not `đình` of `gia đình`
        for j in range(max(0, before - _PLACE_WORDS), before)
    )


_JOINERS = frozenset({"và", "hoặc", "với"})
_PLACE_WORDS = 5  # words of a place's or a body's head and kind before its name (`Khu nhà ở liền kề`)


def _after_common_word(toks: list[Token], before: int) -> bool:
    """A lower-case word right before the name that ends no facility's head (`giáo dân`, not `đường`,
    `Trường THPT`): the name is a person's, not a street's or a school's."""
    prev = toks[before - 1]
    facilities = gazetteer().facilities
    return (
        prev.is_word
        and not prev.is_cap
        and not any(facilities.length(toks, j) == before - j for j in range(max(0, before - 3), before))
    )


_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


_PARENTHESIS_REACH = 12  # tokens of a parenthesis, its brackets included: `(13 tuổi)`, `(Thái Bình)`


def after_parenthesis(
    toks: Sequence[Token],
    k: int,
    *,
    reach: int = _PARENTHESIS_REACH,
    stops: frozenset[str] = frozenset(),
    end: int | None = None,
) -> int:
    """One past a parenthesis opened at toks[k] (`Đặng Văn A (13 tuổi)`), else k: its `)` within `reach` tokens
    of the `(` (brackets included) and before toks[end]; a token of `stops` before it (a full stop, another `(`;
    not the dot inside an abbreviation, `T.Ư`) leaves the parenthesis unclosed."""
    if k < len(toks) and toks[k].text == "(":
        limit = min(len(toks) if end is None else end, k + reach)
        for j in range(k + 1, limit):
            if toks[j].text == ")":
                return j + 1
            if toks[j].text in stops and toks[j].kind != "dot":
                break
    return k


_FIELD_WORDS = 4  # lower-case words of an expert's field before the name (`phân tích an ninh`)


def after_regime(toks: list[Token], i: int) -> bool:
    """A word for a government, a regime or an era named after its leader (names_regime_heads.txt: `chính quyền`,
    `chính phủ`, `thời`) ends right before toks[i], on its word boundaries (not `thời` of `đồng thời`)."""
    return list_matcher("names_regime_heads.txt", reverse=True).ending_at(toks, i, whole_words=True)[0] > 0


def after_field(toks: list[Token], i: int) -> bool:
    """An expert's word and their field right before toks[i] (`chuyên gia kinh tế Lê Văn A`, `chuyên gia quân sự
    Nga Konstantin Sivkov`): one to four lower-case words and perhaps a country between the word and the name."""
    k = i
    for start in range(max(0, i - 3), i):
        if toks[start].is_cap and country_matcher().length(toks, start) == i - start:
            k = start  # `… quân sự Nga Konstantin Sivkov`: the country the expert is of
            break
    stops = load_words("officials_field_stops.txt")
    anchors = list_matcher("officials_field_anchors.txt", reverse=True)
    for words in range(1, _FIELD_WORDS + 1):
        j = k - words  # the field's first word
        if j < 1 or not toks[j].is_word or toks[j].is_cap or toks[j].lower in stops:
            return False
        length = anchors.ending_at(toks, j)[0]
        if length:
            start = j - length  # a capitalised anchor after a word is part of a proper name (`Tượng đài Anh hùng
            return not (toks[start].is_cap and start > 0 and toks[start - 1].is_word)  # dân tộc Cuba José Martí`)
    return False
