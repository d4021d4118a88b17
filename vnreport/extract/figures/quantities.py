"""Quantities: an amount (see `vnreport/numbers.py`) with its unit — a listed unit, a rate (`đồng/người`),
or a counted noun read off the word list (`9 ổ nhóm`) — a range's upper end and its approximation flags.
This module finds spans; the numbers module resolves their values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from vnreport import regexes
from vnreport.extract.documents.lexicon import KINDS
from vnreport.extract.figures.lexicon import Bound, FigureLexicon, key
from vnreport.lexicon import load_list
from vnreport.numbers import Amount, Convention, boundary_ok, evaluate, scan_amount, scan_digits
from vnreport.segment.dictionary import is_word
from vnreport.text import fold

_NEXT_WORD = regexes.compile(r"[ ]*([^\W\d_]+)")
_RANGE_SEPARATOR = regexes.compile(r"[ ]*(?:-|~|đến|tới)[ ]*")
# A syllable of a counted noun: letters only, one space after what comes before it (`viên`; not the
# `c` of `cm3` nor the `ơ` of `ơ-rô`).
_NOUN_SYLLABLE = regexes.compile(r"[ ]([^\W\d_]+)(?!\w|-\w)")
# Syllables spelt with a final `y` or `i` after a consonant (sỹ/sĩ, mỹ/mĩ): the dictionary has one of them.
_I_OR_Y = regexes.compile(r"(?<![^\W\d_])((?:[bcdđghklmnprstvx]|ch|gh|kh|ng|nh|ph|th|tr))([yýỳỷỹỵiíìỉĩị])(?![^\W\d_])")
_SWAP_I_Y = str.maketrans("yýỳỷỹỵiíìỉĩị", "iíìỉĩịyýỳỷỹỵ")
_NOUN_GAP = regexes.compile(r"[ ]+(?=[^\W\d_])")
_LIST_COMMA = regexes.compile(r",[ ]+")
_NOUN_SYLLABLES = 3  # the longest dictionary word looked for after a number
_WORD_BEFORE = regexes.compile(r"(\S*\w)[ ]+$")
_YEAR_LIKE = regexes.compile(r"(?:19|20)\d\d")
_LABEL_REACH = 25  # characters before a number read for a label word (`giai đoạn 2`, `Điều 5`)
_MAX_KIND_WORDS = 3  # the longest kind of document (`nghị quyết liên tịch`)
_MAX_MONTH = 12
_OF_NUMBER = regexes.compile(r"[ ]+số(?=[ ]+[^\W\d_])", re.IGNORECASE)  # `127/128 số phiếu`: of the number of votes
# A part and its whole (`387/465`), not a date or a code going on (`5/12/2024`, `12/5.`, `1/2a`).
_PART_OF_WHOLE = regexes.compile(r"(\d{1,6})/(\d{1,6})(?![\w/]|[.,:]\d)")
_SCALE_WORDS = frozenset({"lệ"})  # `tỷ lệ 1/500`: a map's scale, no count
_TIME_NOUNS = frozenset({"giờ", "ngày", "tuần", "tháng", "năm", "phút"})


@dataclass
class Quantity:
    start: int
    end: int
    value: Decimal | None
    unit: str | None
    kind: str | None  # the unit's kind: money, percent, points, measure, count, skip
    surface: str | None
    amount: Amount
    scaled: bool = False
    upper: Decimal | None = None
    approx: bool = False
    bound: Bound | None = None
    flag_start: int = -1  # where the approximation words before the number begin
    written: tuple[int, int] | None = None  # span of a counted noun that is its own unit (9 ổ nhóm)


class _Unit(NamedTuple):
    end: int
    unit: str
    kind: str
    surface: str
    written: tuple[int, int] | None = None  # the unit is the text of this span (a counted noun)


def _noun_word(view: str, pos: int) -> tuple[int, int] | None:
    """Span of the longest dictionary word of lower-case syllables that starts one space after `pos`."""
    syllables: list[re.Match[str]] = []
    end = pos
    for _ in range(_NOUN_SYLLABLES):
        syllable = _NOUN_SYLLABLE.match(view, end)
        if not syllable or not syllable.group(1).islower():
            break
        syllables.append(syllable)
        end = syllable.end()
    if len(syllables) > 1 and syllables[0].group(1) == syllables[1].group(1):
        return None  # `người người`, `tàu tàu`: a reduplication, not a noun
    for count in range(len(syllables), 0, -1):
        start, end = syllables[0].start(1), syllables[count - 1].end()
        if _in_dictionary(view[start:end]):
            return start, end
    return None


def _in_dictionary(word: str) -> bool:
    return is_word(word) or is_word(_I_OR_Y.sub(lambda m: m.group(1) + m.group(2).translate(_SWAP_I_Y), word.lower()))


def _is_not_noun(word: str, lex: FigureLexicon, *, complement: bool = False) -> bool:
    """Whether `word` cannot be the noun a number counts; after a classifier a verb can (`chủ đầu tư`)."""
    word_key = key(word)
    excluded = lex.not_complements if complement else lex.not_nouns
    return (word_key + " ").startswith(lex.not_noun_starts) or word_key in excluded


def _counted_noun(view: str, pos: int, lex: FigureLexicon) -> tuple[int, int] | None:
    """Span of the noun a number ending at `pos` counts (`9 ổ nhóm`, `1,5 triệu lượt du khách`), or None."""
    gap = _NOUN_GAP.match(view, pos)
    return _noun_at(view, gap.end() - 1, lex) if gap else None


def _noun_at(view: str, pos: int, lex: FigureLexicon) -> tuple[int, int] | None:
    """The counted noun one space after `pos`: the longest dictionary word, or a classifier with its
    complement when that is longer."""
    noun = _noun_word(view, pos)
    if noun is None or _is_not_noun(view[noun[0] : noun[1]], lex):
        return None
    first_end = view.find(" ", noun[0], noun[1])
    first_end = noun[1] if first_end < 0 else first_end
    if key(view[noun[0] : first_end]) not in lex.classifiers:
        return noun
    complement = _noun_word(view, first_end)  # `lượt` + `du khách`, `tân` + `sinh viên`
    if complement is None or _is_not_noun(view[complement[0] : complement[1]], lex, complement=True):
        return noun
    end = complement[1]
    listed = lex.unit_re.match(view, first_end)  # `lượt` + `hộ nghèo`, longer than the dictionary's `hộ`
    if listed and listed.start(1) == complement[0] and lex.units[" ".join(listed.group(1).split())][1] == "count":
        end = max(end, listed.end())
    return noun[0], max(end, noun[1])


def _listed_nouns(view: str, noun: tuple[int, int], lex: FigureLexicon) -> tuple[int, int]:
    """`huyện` + `, thành phố, thị xã`: more nouns of the same kind counted by the same number."""
    start, end = noun
    if key(view[start:end].rsplit(",", 1)[-1]) not in lex.listed_nouns:  # a listed unit may be a list
        return noun
    while True:
        comma = _LIST_COMMA.match(view, end)
        following = _noun_word(view, comma.end() - 1) if comma else None
        if following is None or key(view[following[0] : following[1]]) not in lex.listed_nouns:
            return start, end
        name = _NEXT_WORD.match(view, following[1])
        if name and name.start(1) > following[1] and name.group(1)[0].isupper():
            return start, end  # `huyện, thị xã Sơn Tây` names a place
        end = following[1]


def _longer_noun(view: str, start: int, end: int, lex: FigureLexicon) -> tuple[int, int]:
    """A listed count unit, or the longer noun it begins: `khách` → `khách hàng`, `lượt` → `lượt du khách`,
    `huyện` → `huyện, thành phố, thị xã`."""
    noun = None
    if start and view[start - 1] == " " and key(view[start:end]) not in lex.whole_units:
        noun = _noun_at(view, start - 1, lex)
    return _listed_nouns(view, noun if noun and noun[1] > end else (start, end), lex)


def _read_unit(view: str, pos: int, lex: FigureLexicon) -> _Unit | None:
    """The unit at `pos`, with rate denominators (đồng/người/tháng); a counted noun when no listed unit
    is there."""
    match = lex.unit_re.match(view, pos)
    if not match:
        noun = _counted_noun(view, pos, lex)
        if noun is None:
            return None
        noun = _listed_nouns(view, noun, lex)
        return _Unit(noun[1], key(view[noun[0] : noun[1]]), "count", "", noun)
    surface = " ".join(match.group(1).split())
    unit, kind = lex.units[surface]
    end = match.end()
    following = _NEXT_WORD.match(view, end)
    if following and following.start(1) > end and key(surface + " " + following.group(1)) in lex.not_unit:
        return None
    if kind == "count":
        noun = _longer_noun(view, match.start(1), end, lex)
        if noun[1] > end:
            return _Unit(noun[1], key(view[noun[0] : noun[1]]), kind, surface, noun)
    if kind != "skip":
        for _ in range(2):
            per = lex.per_re.match(view, end)
            if not per:
                break
            denominator = " ".join(per.group(1).split())
            known = lex.units.get(denominator)
            unit += "/" + (known[0] if known and known[1] != "skip" else denominator)
            end = per.end()
    return _Unit(end, unit, kind, surface)


def _unit_after(view: str, amount: Amount, lex: FigureLexicon) -> _Unit | None:
    """The unit after `amount`; a counted noun outside the units table only when the amount can count it."""
    unit = _read_unit(view, amount.end, lex)
    if unit is not None and unit.surface == "" and not _counts(view, amount):
        return None
    if unit is not None and unit.surface == "" and amount.scaled and fold(unit.unit) in lex.verbs:
        return None  # `1.200 tỷ sắm …`: after a sum in `tỷ`, a verb says what was done with it; it counts nothing
    return unit


def scan_quantity(view: str, start: int, lex: FigureLexicon, convention: Convention) -> Quantity | None:
    """The amount at `start` with its unit, a range's upper end and a trailing `trở lên`. The caller
    decides whether it is a figure (a bare number is returned too, with unit None)."""
    low = scan_amount(view, start, convention)
    if low is None:
        return _part_of_whole(view, start, lex)
    unit = _unit_after(view, low, lex)
    value, upper_value, scaled, end = low.value, None, low.scaled, unit[0] if unit else low.end
    upper = _range_upper(view, low, lex, convention, after=unit[0] if unit else None)
    if upper is not None:
        upper_unit = _unit_after(view, upper, lex)
        if unit is not None and (upper_unit is None or upper_unit[1] != unit[1]):
            upper_unit = None
        low_value = value
        if not low.scaled and upper.scaled:
            inherited = _scale_tokens(upper)
            low_value = evaluate(low.tokens + inherited) if inherited else None
        upper_value = upper.value
        fits = upper_unit is not None or (unit is None and upper.scaled)
        if fits and low_value is not None and upper_value is not None and upper_value > low_value:
            value, unit, scaled = low_value, upper_unit, True if upper.scaled else scaled
            end = upper_unit[0] if upper_unit else upper.end
        else:
            upper, upper_value = None, None
    quantity = Quantity(
        start=start,
        end=end,
        value=value,
        unit=unit[1] if unit else None,
        kind=unit[2] if unit else None,
        surface=unit[3] if unit else None,
        amount=low,
        scaled=scaled,
        upper=upper_value,
        written=unit.written if unit else None,
    )
    if upper is not None:
        quantity.bound = "lower"
    if low.vague == "at_least":
        quantity.approx, quantity.bound = True, "lower"
    elif low.vague == "some":
        quantity.approx = True
    after = lex.approx_after_re.match(view, end)
    if after:
        approx, bound = lex.approx[key(after.group(1))]
        quantity.approx = quantity.approx or approx
        quantity.bound = bound or quantity.bound
    return quantity


def _part_of_whole(view: str, start: int, lex: FigureLexicon) -> Quantity | None:
    """`387/465 đại biểu`, `127/128 số phiếu`, `63/63 tỉnh`: so many of a whole, counted by the noun after
    the whole; the figure is the part. A day and month (`5/12 người dân …` after `Sáng`) never has a whole
    over 12, a month and year has a year, and `tỷ lệ 1/500` is a scale."""
    match = _PART_OF_WHOLE.match(view, start)
    if match is None or not boundary_ok(view, start) or _YEAR_LIKE.fullmatch(match.group(2)):
        return None
    part_value, whole_value = int(match.group(1)), int(match.group(2))
    if whole_value <= _MAX_MONTH or part_value > whole_value or previous_word(view, start) in _SCALE_WORDS:
        return None
    after = _OF_NUMBER.match(view, match.end())
    unit = _read_unit(view, after.end() if after else match.end(), lex)
    if unit is None or unit.kind != "count" or key(unit.unit) in _TIME_NOUNS:
        return None  # `24/24 giờ`: round the clock
    amount = Amount(start=start, end=match.end(1), tokens=[("num", Decimal(part_value))], plain=match.group(1))
    return Quantity(
        start=start,
        end=unit.end,
        value=Decimal(part_value),
        unit=unit.unit,
        kind=unit.kind,
        surface=unit.surface,
        amount=amount,
        written=unit.written,
    )


def _scale_tokens(amount: Amount) -> list[tuple[str, Decimal]] | None:
    """The scale words of a simple `number scale…` amount, which a bare lower end of a range shares
    (`5-7 triệu` is 5 triệu to 7 triệu)."""
    rest = amount.tokens[1:]
    if amount.tokens[0][0] != "num" or not all(kind in {"small", "big", "half"} for kind, _ in rest):
        return None
    return rest


def _range_upper(
    view: str, low: Amount, lex: FigureLexicon, convention: Convention, *, after: int | None = None
) -> Amount | None:
    separator = _RANGE_SEPARATOR.match(view, low.end if after is None else after)
    if not separator or separator.end() >= len(view) or not view[separator.end()].isdigit():
        return None
    upper = scan_digits(view, separator.end(), convention)
    if upper is None or (low.scaled and not upper.scaled and after is None):
        return None
    return upper


def approx_before(view: str, quantity: Quantity, lex: FigureLexicon) -> None:
    """Flags from `hơn`, `gần`, `khoảng`, `ước đạt` … written just before the number."""
    pos = quantity.start
    for _ in range(2):
        match = lex.approx_before_re.search(view, max(0, pos - 30), pos)
        if not match:
            return
        phrase = key(match.group(1))
        if phrase == "hơn":
            previous = previous_word(view, match.start())
            if previous in lex.comparatives:
                return  # `cao hơn 5%` compares; it does not mean `more than`
        approx, bound = lex.approx[phrase]
        quantity.approx = quantity.approx or approx
        if quantity.bound is None:
            quantity.bound = bound
        quantity.flag_start = pos = match.start()


def previous_word(view: str, pos: int) -> str:
    words = view[max(0, pos - 20) : pos].split()
    return words[-1].lower() if words else ""


def is_label(view: str, start: int, lex: FigureLexicon) -> bool:
    """`Điều 5`, `tổ 5`, `năm 2024`, `Top 10`: the number names something rather than counting it."""
    window = max(0, start - _LABEL_REACH)
    return bool(lex.label_re.search(view, window, start)) and not lex.label_exception_re.search(view, window, start)


def is_figure(quantity: Quantity, view: str, lex: FigureLexicon) -> bool:
    if quantity.kind == "skip":
        return False
    if quantity.unit is None and not quantity.scaled:
        return False
    plain = quantity.amount.plain
    if plain and quantity.kind in {"count", "money"} and _YEAR_LIKE.fullmatch(plain):
        return False  # `năm 2024 người dân …` without its comma; counts and sums this big take a dot
    return not is_label(view, quantity.start, lex) or _sent(quantity, view, lex)


def _sent(quantity: Quantity, view: str, lex: FigureLexicon) -> bool:
    """A label word that is a verb sending what the number counts (`Mỹ điều 3 tàu sân bay`): in lower case, right
    before a count of a noun that is no document's kind (`điều 219 bộ luật` names an article)."""
    window = max(0, quantity.start - _LABEL_REACH)
    if quantity.kind != "count" or quantity.unit is None or not lex.label_verb_re.search(view, window, quantity.start):
        return False
    words = fold(quantity.unit).lower().split()
    return not any(" ".join(words[:n]) in _document_kinds() for n in range(1, _MAX_KIND_WORDS + 1))


@cache
def _document_kinds() -> frozenset[str]:
    """The kinds of documents (`luật`, `bộ luật`, `nghị định`) and the other nouns an article's number is followed
    by (`hiệp ước`, `dự thảo`), folded."""
    return frozenset(fold(kind).lower() for kind in (*KINDS, *load_list("figures_article_nouns.txt")))


def _counts(view: str, amount: Amount) -> bool:
    """Whether `amount` may count a noun outside the units table: a whole number, and not a bare number
    right after a capitalised word, where it is part of a name (`SEA Games 31 với`, `tàu Biển Ngọc 20`)."""
    value = amount.value
    if value is not None and value != value.to_integral_value():
        return False  # `chiều 5.2 tại …` is a date; nobody counts 5,2 cá nhân
    if amount.plain is None:
        return True
    before = _WORD_BEFORE.search(view, max(0, amount.start - 30), amount.start)
    if not before or not before.group(1)[0].isupper():
        return True
    return _starts_sentence(view, before.start(1))


def _starts_sentence(view: str, pos: int) -> bool:
    """True when only spaces and opening marks stand between `pos` and a sentence end or the text start."""
    index = pos - 1
    while index >= 0 and view[index] in ' "“‘(':
        index -= 1
    return index < 0 or view[index] in ".!?:;\n"
