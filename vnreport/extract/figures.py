"""Figures: money, percentages and counted quantities, each with the change phrases that follow it.

A figure is a number with a scale word or a unit: `343,6 nghìn tỷ đồng`, `18,2%`, `hơn 1.200 người`,
`hàng nghìn lao động`. A bare number (a year, a date part, a list number, an ordinal, a document
number) is not a figure, and neither is a duration, an age or a repetition (`70 năm`, `65 tuổi`,
`3 lần`): their units are marked `skip` in `figures_units.tsv`.

A number followed by a lower-case noun counts that noun even when `figures_units.tsv` does not list it
(`9 ổ nhóm`, `30 triệu cổ phiếu`, `21 tổ dân phố`): the noun is the longest word of underthesea's
dictionary over the next three syllables, and the unit is the noun as written. Function words, verbs,
adjectives and mass nouns are not counted nouns (`figures_not_nouns.tsv`); a classifier takes the noun
after it (`lượt du khách`, `chủ đầu tư`: `figures_noun_classifiers.txt`); a listed count unit grows into
the longer word it begins (`khách` → `khách hàng`, except `figures_units_whole.txt`); nouns of one kind
may be listed after one number (`21 huyện, thành phố, thị xã`: `figures_noun_lists.txt`). Such a count
must be a whole number, and a bare number right after a capitalised word is part of a name
(`SEA Games 31 với`, `tàu Biển Ngọc 20 lên`). Symbols are reported as written (`km²`, `km2`, `độ C`, `°C`).

`text` is the number, scale and unit only. Words such as `hơn`, `gần`, `khoảng`, `ước đạt`, `trở lên`
set `approx`/`bound` and stay out of it. A range (`6,5-7%`, `từ 5 đến 7 triệu đồng`) is one figure:
`value` is its lower end, `upper` its upper end, and `bound` is `lower`.

A change phrase right after a figure (`…, tăng 18,2% so với cùng kỳ năm 2023`) belongs to that figure
(`change` is the first, `changes` all of them) and its number is not a figure of its own. A change with
no figure before it (`GDP tăng 7,09%`) becomes a figure of its own quantity that carries the change.
Change values: `ratio` keeps the percentage as written (`bằng 102%` → 102, i.e. +2%); `of_target` is
the percentage of the target reached (`vượt 5% kế hoạch` → 105); `points` is signed (`giảm 2,3 điểm
phần trăm` → -2.3); `multiple` is the factor (`gấp 1,5 lần` → 1.5, `giảm 2 lần` → 0.5).

Numbers follow the Vietnamese convention (decimal comma, dot thousands) unless the document as a whole
is written the English way (`1,234.5`). A comma before exactly three digits (`2,025`) is ambiguous; in a
Vietnamese document it is read as a decimal comma.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Literal, NamedTuple

from vnreport.lexicon import load_list, load_table
from vnreport.report.model import Change, Figure
from vnreport.segment.dictionary import is_word
from vnreport.segment.document import Document
from vnreport.text import fold

Convention = Literal["vi", "en"]
Bound = Literal["lower", "upper"]

_ALNUM_BEFORE = r"(?<![^\W_])"
_ALNUM_AFTER = r"(?![^\W_])"
_DIGITS = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
_NEXT_WORD = re.compile(r"[ ]*([^\W\d_]+)")
_SPACES = re.compile(r"[ ]*")
_ADDITIVE_DIGITS = re.compile(r"[ ]+(\d+(?:[.,]\d+)?)(?![\d.,])")
_RANGE_SEPARATOR = re.compile(r"[ ]*(?:-|~|đến|tới)[ ]*")
_LAN = re.compile(r"[ ]*lần" + _ALNUM_AFTER)
# A syllable of a counted noun: letters only, one space after what comes before it (`viên`; not the
# `c` of `cm3` nor the `ơ` of `ơ-rô`).
_NOUN_SYLLABLE = re.compile(r"[ ]([^\W\d_]+)(?!\w|-\w)")
# Syllables spelt with a final `y` or `i` after a consonant (sỹ/sĩ, mỹ/mĩ): the dictionary has one of them.
_I_OR_Y = re.compile(r"(?<![^\W\d_])((?:[bcdđghklmnprstvx]|ch|gh|kh|ng|nh|ph|th|tr))([yýỳỷỹỵiíìỉĩị])(?![^\W\d_])")
_SWAP_I_Y = str.maketrans("yýỳỷỹỵiíìỉĩị", "iíìỉĩịyýỳỷỹỵ")
_NOUN_GAP = re.compile(r"[ ]+(?=[^\W\d_])")
_LIST_COMMA = re.compile(r",[ ]+")
_NOUN_SYLLABLES = 3  # the longest dictionary word looked for after a number
_WORD_BEFORE = re.compile(r"(\S*\w)[ ]+$")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_CLAUSE_MARKS = ',;:()[]“"”…'
_VERB_ROLES = frozenset({"increase", "decrease", "reach", "exceed", "multiply", "share"})
_BASIS_WORDS = 12
_MEASURE_WORDS = 12
_MEASURE_REACH = 200  # characters before a figure searched for its measure
_BASIS_REACH = 200  # characters after a change searched for the end of its basis
_SUBJECT_WORDS = 8  # an auxiliary (đã, sẽ) after at most this many words ends a subject
_SPELLED_RUN = 6  # spelled numerals between two scale words (hai trăm | năm mươi lăm | nghìn)
# Between a figure and its change phrase (or between two change phrases) only punctuation may stand.
_ATTACH_GAP = re.compile(r"[ ]*\)?[ ]*(?:[,(-][ ]*)?(?:(?:và|tương ứng|,)[ ]*)*", re.IGNORECASE)
# Time frames at either end of the words before a figure (8 tháng đầu năm 2024, quý III/2024, năm nay).
_TIME = (
    r"(?:(?:trong|tính đến|đến|từ|sau|qua|riêng|cả|của|vào)[ ]+)?"
    r"(?:(?:\d+|những)[ ]+tháng(?:[ ]+(?:đầu|cuối))?(?:[ ]+năm)?(?:[ ]+(?:19|20)\d\d)?"
    r"|năm[ ]+(?:19|20)\d\d(?:[ ]*-[ ]*(?:19|20)\d\d)?|năm[ ]+(?:nay|qua|trước|ngoái)"
    r"|quý[ ]+[IVX\d]+(?:[ ]*/[ ]*\d{4}|[ ]+năm[ ]+\d{4})?|tháng[ ]+\d{1,2}(?:[ ]*/[ ]*\d{4})?"
    r"|(?:đầu|cuối|giữa)[ ]+năm(?:[ ]+(?:19|20)\d\d)?|\d+[ ]+năm[ ]+qua|giai đoạn[ ]+\d{4}[ ]*-[ ]*\d{4}"
    r"|cả năm(?:[ ]+(?:19|20)\d\d)?|từ đầu năm(?:[ ]+(?:đến nay|tới nay))?)"
)
_TIME_HEAD = re.compile(r"^[ ]*" + _TIME + r"(?:[ ]+|$)", re.IGNORECASE)
_TIME_TAIL = re.compile(r"(?:^|[ ])" + _TIME + r"[ ]*$", re.IGNORECASE)
_EN_EVIDENCE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d+(?![\d.,])|(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.,])")
_VI_EVIDENCE = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d+(?![\d.,])|(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])"
    r"|(?<![\d.,])\d+,\d{1,2}(?![\d.,])"
)


def _phrases_pattern(phrases: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """One alternation, longest first, with any run of spaces between the words of a phrase."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"[ ]+".join(re.escape(word) for word in phrase.split()) for phrase in ordered)


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _folded_key(phrase: str) -> str:
    """`_key` of a data-file phrase in match-view spelling, to compare with words read off the view."""
    return _key(fold(phrase))


@dataclass(frozen=True)
class _Lexicon:
    scales: dict[str, tuple[Decimal, bool]]  # word → (multiplier, closes a group)
    not_scale: frozenset[tuple[str, str]]
    numerals: dict[str, tuple[Decimal, str]]  # word → (value, role)
    vague: dict[str, str]
    units: dict[str, tuple[str, str]]  # surface → (unit, kind)
    not_unit: frozenset[str]
    not_nouns: frozenset[str]  # words that are never the noun a number counts
    not_complements: frozenset[str]  # … nor the noun after a classifier (verbs can be: chủ đầu tư)
    not_noun_starts: tuple[str, ...]  # words no counted noun begins with, each followed by a space
    classifiers: frozenset[str]
    listed_nouns: frozenset[str]
    whole_units: frozenset[str]  # count units never read as the start of a longer word
    unit_re: re.Pattern[str]
    per_re: re.Pattern[str]
    informal_re: re.Pattern[str]
    approx: dict[str, tuple[bool, Bound | None]]
    approx_before_re: re.Pattern[str]
    approx_forward_re: re.Pattern[str]
    approx_after_re: re.Pattern[str]
    label_re: re.Pattern[str]
    label_exception_re: re.Pattern[str]
    candidate_re: re.Pattern[str]
    change_re: re.Pattern[str]
    change_roles: dict[str, str]
    target_re: re.Pattern[str]
    basis_re: re.Pattern[str]
    multiple_words: dict[str, Decimal]
    comparatives: frozenset[str]
    blocks_comparative: frozenset[str]
    clause_end_re: re.Pattern[str]  # where a basis or a share's whole ends
    trail_re: re.Pattern[str]
    lead_re: re.Pattern[str]
    aux_re: re.Pattern[str]
    cut_re: re.Pattern[str]
    head_re: re.Pattern[str]


@cache
def _lexicon() -> _Lexicon:
    scales = {row[0]: (Decimal(row[1]), row[2] == "big") for row in load_table("figures_scales.tsv")}
    not_scale = frozenset(tuple(_key(p).split(" ", 1)) for p in load_list("figures_not_scale.txt"))
    numerals = {row[0]: (Decimal(row[1]), row[2]) for row in load_table("figures_numerals.tsv")}
    vague = {row[0]: row[1] for row in load_table("figures_vague.tsv")}
    units = {" ".join(row[0].split()): (row[1], row[2]) for row in load_table("figures_units.tsv")}
    per_units = load_list("figures_per_units.txt")
    approx_rows = load_table("figures_approx.tsv")
    approx = {
        _key(row[0]): (row[2] == "yes", None if row[3] == "-" else row[3])  # type: ignore[misc]
        for row in approx_rows
    }
    before = [row[0] for row in approx_rows if row[1] == "before"]
    after = [row[0] for row in approx_rows if row[1] == "after"]
    change_rows = load_table("figures_change_words.tsv")
    roles = {_key(row[0]): row[1] for row in change_rows}
    verbs = [row[0] for row in change_rows if row[1] in _VERB_ROLES]
    targets = [row[0] for row in change_rows if row[1] == "target"]
    bases = [row[0] for row in change_rows if row[1] == "basis"]
    trims = load_table("figures_measure_trim.tsv")
    not_nouns = load_table("figures_not_nouns.tsv")
    starts = [w for w, (_, role) in numerals.items() if role == "start"] + list(vague)
    return _Lexicon(
        scales=scales,
        not_scale=not_scale,  # type: ignore[arg-type]
        numerals=numerals,
        vague=vague,
        units=units,
        not_unit=frozenset(_key(p) for p in load_list("figures_not_unit.txt")),
        not_nouns=frozenset(_folded_key(row[0]) for row in not_nouns),
        not_complements=frozenset(_folded_key(row[0]) for row in not_nouns if row[1] != "verb"),
        not_noun_starts=tuple(_folded_key(row[0]) + " " for row in not_nouns if row[1] == "start"),
        classifiers=frozenset(_folded_key(p) for p in load_list("figures_noun_classifiers.txt")),
        listed_nouns=frozenset(_folded_key(p) for p in load_list("figures_noun_lists.txt")),
        whole_units=frozenset(_key(p) for p in load_list("figures_units_whole.txt")),
        unit_re=re.compile(r"[ ]*(" + _phrases_pattern(list(units)) + ")" + _ALNUM_AFTER),
        per_re=re.compile(r"[ ]*/[ ]*(" + _phrases_pattern(per_units) + ")" + _ALNUM_AFTER),
        informal_re=re.compile(r"(k|tr)" + _ALNUM_AFTER),
        approx=approx,
        approx_before_re=re.compile(_ALNUM_BEFORE + "(" + _phrases_pattern(before) + r")[ ]+$", re.IGNORECASE),
        approx_forward_re=re.compile(r"[ ]+(" + _phrases_pattern(before) + ")" + _ALNUM_AFTER, re.IGNORECASE),
        approx_after_re=re.compile(r"[ ]+(" + _phrases_pattern(after) + ")" + _ALNUM_AFTER, re.IGNORECASE),
        label_re=re.compile(
            _ALNUM_BEFORE + "(?:" + _phrases_pattern(load_list("figures_labels.txt")) + r")[ ]+$", re.IGNORECASE
        ),
        label_exception_re=re.compile(
            _ALNUM_BEFORE + "(?:" + _phrases_pattern(load_list("figures_label_exceptions.txt")) + r")[ ]+$",
            re.IGNORECASE,
        ),
        candidate_re=re.compile(
            _ALNUM_BEFORE + r"(?:\d|(?:" + _phrases_pattern(starts) + ")" + _ALNUM_AFTER + ")", re.IGNORECASE
        ),
        change_re=re.compile(_ALNUM_BEFORE + "(" + _phrases_pattern(verbs) + ")" + _ALNUM_AFTER, re.IGNORECASE),
        change_roles=roles,
        target_re=re.compile(r"[ ]*(?:" + _phrases_pattern(targets) + ")" + _ALNUM_AFTER, re.IGNORECASE),
        basis_re=re.compile(r"[ ]*,?[ ]*(?:" + _phrases_pattern(bases) + ")" + _ALNUM_AFTER, re.IGNORECASE),
        multiple_words={row[0]: Decimal(row[2]) for row in change_rows if row[1] == "multiple_word"},
        comparatives=frozenset(row[0] for row in change_rows if row[1] == "comparative"),
        blocks_comparative=frozenset(row[0] for row in change_rows if row[1] == "blocks_comparative"),
        clause_end_re=re.compile(
            r"[,;:()\[\]\"“”‘’…!?\n]|\.(?!\d)|[ ]-[ ]|[ ](?:"
            + _phrases_pattern([row[0] for row in change_rows if row[1] == "clause_break"])
            + ")[ ]",
            re.IGNORECASE,
        ),
        trail_re=re.compile(
            r"(?:^|[ ])(?:" + _phrases_pattern([r[0] for r in trims if r[1] == "trail"]) + r")[ ]*$", re.IGNORECASE
        ),
        lead_re=re.compile(
            r"^[ ]*(?:" + _phrases_pattern([r[0] for r in trims if r[1] == "lead"]) + r")(?:[ ]+|$)", re.IGNORECASE
        ),
        aux_re=re.compile(r"(?:^|[ ])(?:" + _phrases_pattern([r[0] for r in trims if r[1] == "aux"]) + ")[ ]+"),
        cut_re=re.compile(
            r"(?:^|[ ])(?:" + _phrases_pattern([r[0] for r in trims if r[1] == "cut"]) + ")[ ]+", re.IGNORECASE
        ),
        head_re=re.compile(
            r"(?:^|[ ])(" + _phrases_pattern([r[0] for r in trims if r[1] == "head"]) + ")" + _ALNUM_AFTER,
            re.IGNORECASE,
        ),
    )


# --- numbers ------------------------------------------------------------------------------------


def _valid_groups(whole: str, separator: str) -> bool:
    groups = whole.split(separator)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def parse_digits(s: str, convention: Convention = "vi") -> Decimal | None:
    """A written number (`1.234.567`, `343,6`, `2.025,1`, `1,234.5`) as an exact Decimal."""
    dots, commas = s.count("."), s.count(",")
    try:
        if dots and commas:
            decimal_mark = "." if s.rfind(".") > s.rfind(",") else ","
            group_mark = "," if decimal_mark == "." else "."
            whole, fraction = s.rsplit(decimal_mark, 1)
            if decimal_mark in whole or not _valid_groups(whole, group_mark):
                return None
            return Decimal(whole.replace(group_mark, "") + "." + fraction)
        if not dots and not commas:
            return Decimal(s)
        mark = "." if dots else ","
        whole, _, fraction = s.partition(mark)
        if dots + commas > 1:
            return Decimal(s.replace(mark, "")) if _valid_groups(s, mark) else None
        thousands_mark = "." if convention == "vi" else ","
        if mark == thousands_mark and len(fraction) == 3 and _valid_groups(s, mark):
            return Decimal(whole + fraction)
        return Decimal(whole + "." + fraction)
    except InvalidOperation:
        return None


@dataclass
class _Amount:
    """A number with its scale words: `343,6 nghìn tỷ`, `1 tỷ 200 triệu`, `hàng nghìn`, `250k`."""

    start: int
    end: int
    tokens: list[tuple[str, Decimal]]
    scaled: bool = False
    informal: bool = False
    vague: str | None = None
    plain: str | None = None  # the digits when the amount is a lone unscaled number
    group_scale: Decimal = Decimal(0)  # multiplier of the last closed group (1 tỷ | 200 triệu)

    @property
    def value(self) -> Decimal | None:
        if self.vague == "some":
            return None
        return _evaluate(self.tokens)


def _evaluate(tokens: list[tuple[str, Decimal]]) -> Decimal | None:
    """Value of number tokens: `num` (digits or a spelled digit), `tens` (mươi), `zero` (linh),
    `small` (trăm, chục), `big` (nghìn, triệu, tỷ) and `half` (rưỡi).

    A big scale multiplies the group being built together with every closed group of a smaller
    scale, so `343,6 nghìn tỷ` and `ba nghìn không trăm hai mươi mốt tỷ` come out right, while
    `1 tỷ 200 triệu` adds up."""
    groups: list[tuple[Decimal, Decimal]] = []  # (value, scale) of closed groups
    current = Decimal(0)
    started = False
    last_digit = Decimal(0)
    last_small = Decimal(0)
    previous = ""
    for kind, value in tokens:
        if kind == "num":
            if previous == "num" and not (last_digit == 10 and value < 10):
                return None  # two numbers in a row, except `mười lăm`
            current += value
            started, last_digit = True, value
        elif kind == "tens":
            if not last_digit or last_digit >= 10:
                return None
            current += last_digit * 9
            last_digit = Decimal(0)
        elif kind == "small":
            current = (current if started else Decimal(1)) * value
            started, last_small, last_digit = True, value, Decimal(0)
        elif kind == "big":
            merged = current if started else Decimal(0)
            while groups and groups[-1][1] < value:
                merged += groups.pop()[0]
            if not started and not merged:
                merged = Decimal(1)
            groups.append((merged * value, value))
            current, started, last_digit = Decimal(0), False, Decimal(0)
        elif kind == "half":
            if previous == "big":
                group_value, scale = groups[-1]
                groups[-1] = (group_value + scale / 2, scale)
            else:
                current += last_small / 2
        previous = kind
    return sum((value for value, _ in groups), Decimal(0)) + current


def _boundary_ok(view: str, start: int) -> bool:
    """A number may not continue a word, a code or another number (U23, COVID-19, 1.1.2025, Km 1+200)."""
    if start == 0:
        return True
    before = view[start - 1]
    if before.isalnum() or before in "._,/:#№":
        return False
    if before == "+" and start >= 2 and view[start - 2].isdigit():
        return False  # a kilometre post: Km 738+356
    return not (before == "-" and start >= 2 and view[start - 2].isalnum())


def _scan_digits(view: str, start: int, lex: _Lexicon, convention: Convention) -> _Amount | None:
    match = _DIGITS.match(view, start)
    if not match:
        return None
    end = match.end()
    if end < len(view) and (
        view[end].isdigit() or (view[end] in ".,/:" and end + 1 < len(view) and view[end + 1].isdigit())
    ):
        return None  # a date, a time, a code or a malformed number
    digits = match.group()
    if digits[0] == "0" and len(digits) >= 5 and digits[1:2].isdigit():
        return None  # a phone number
    value = parse_digits(digits, convention)
    if value is None:
        return None
    amount = _Amount(start=start, end=end, tokens=[("num", value)], plain=digits)
    informal = lex.informal_re.match(view, end)
    if informal:
        amount.tokens.append(("big", lex.scales[informal.group(1)][0]))
        amount.end, amount.scaled, amount.informal, amount.plain = informal.end(), True, True, None
        amount.group_scale = lex.scales[informal.group(1)][0]
        return amount
    _read_scales(view, amount, lex, convention, spelled=False)
    return amount


def _scale_at(view: str, pos: int, lex: _Lexicon) -> tuple[re.Match[str], Decimal, bool] | None:
    word = _NEXT_WORD.match(view, pos)
    if not word or word.group(1).lower() not in lex.scales or word.group(1).lower() in {"k", "tr"}:
        return None
    name = word.group(1).lower()
    following = _NEXT_WORD.match(view, word.end())
    if following and following.start(1) > word.end() and (name, following.group(1).lower()) in lex.not_scale:
        return None
    multiplier, big = lex.scales[name]
    return word, multiplier, big


def _read_scales(view: str, amount: _Amount, lex: _Lexicon, convention: Convention, *, spelled: bool) -> None:
    """Extend `amount` over scale words, `rưỡi`, spelled numerals and additive groups (1 tỷ 200 triệu).

    The amount only ever ends on a number or a scale word, never on a dangling numeral (`một triệu năm`).
    """
    pos = amount.end
    pending: list[tuple[str, Decimal]] = []
    group_scale = Decimal(0)
    while True:
        scale = _scale_at(view, pos, lex)
        if scale:
            word, multiplier, big = scale
            kind = "big" if big else "small"
            previous = pending[-1][0] if pending else amount.tokens[-1][0]
            group_scale = group_scale * multiplier if big and previous == "big" else multiplier
            amount.tokens.extend([*pending, (kind, multiplier)])
            pending = []
            amount.end = pos = word.end()
            amount.scaled, amount.plain = True, None
            if big:
                amount.group_scale = group_scale
            half = _NEXT_WORD.match(view, pos)
            if half and half.group(1).lower() == "rưỡi":
                amount.tokens.append(("half", Decimal(0)))
                amount.end = pos = half.end()
            continue
        if spelled:
            word = _NEXT_WORD.match(view, pos)
            name = word.group(1).lower() if word else ""
            if word and word.start(1) > pos and name in lex.numerals and len(pending) < _SPELLED_RUN:
                value, role = lex.numerals[name]
                pending.append(("tens" if role == "tens" else "zero" if role == "zero" else "num", value))
                pos = word.end()
                continue
        if amount.group_scale and not pending:
            added = _ADDITIVE_DIGITS.match(view, pos)
            if added:
                following = _scale_at(view, added.end(), lex)
                value = parse_digits(added.group(1), convention)
                if following and following[2] and following[1] < amount.group_scale and value is not None:
                    pending.append(("num", value))
                    pos = added.end()
                    continue
        if spelled and pending and amount.tokens[-1][0] == "small" and any(k != "num" for k, _ in pending):
            amount.tokens.extend(pending)  # the tail of `một trăm linh năm`, `hai trăm năm mươi`
            amount.end = pos
        return


def _scan_spelled(view: str, start: int, lex: _Lexicon) -> _Amount | None:
    """Spelled numbers (`hai triệu`, `một trăm hai mươi nghìn`) and vague ones (`hàng nghìn`, `vài trăm`);
    only taken with a scale word, since `một`, `năm`, `ba` alone are mostly not numbers."""
    word = _NEXT_WORD.match(view, start)
    if not word:
        return None
    name = word.group(1).lower()
    if name in lex.vague:
        amount = _Amount(start=start, end=word.end(), tokens=[("num", Decimal(1))], vague=lex.vague[name])
    elif name in lex.numerals and lex.numerals[name][1] == "start":
        amount = _Amount(start=start, end=word.end(), tokens=[("num", lex.numerals[name][0])])
    else:
        return None
    _read_scales(view, amount, lex, "vi", spelled=True)
    if not amount.scaled:
        return None
    if amount.vague and amount.tokens[1][0] not in {"small", "big"}:
        return None  # `hàng` must be followed by its scale at once (hàng nghìn)
    return amount


def _scan_amount(view: str, start: int, lex: _Lexicon, convention: Convention) -> _Amount | None:
    if not _boundary_ok(view, start):
        return None
    if view[start].isdigit():
        return _scan_digits(view, start, lex, convention)
    return _scan_spelled(view, start, lex)


@dataclass
class _Quantity:
    start: int
    end: int
    value: Decimal | None
    unit: str | None
    kind: str | None  # the unit's kind: money, percent, points, measure, count, skip
    surface: str | None
    amount: _Amount
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


def _is_not_noun(word: str, lex: _Lexicon, *, complement: bool = False) -> bool:
    """Whether `word` cannot be the noun a number counts; after a classifier a verb can (`chủ đầu tư`)."""
    key = _key(word)
    return (key + " ").startswith(lex.not_noun_starts) or key in (lex.not_complements if complement else lex.not_nouns)


def _counted_noun(view: str, pos: int, lex: _Lexicon) -> tuple[int, int] | None:
    """Span of the noun a number ending at `pos` counts (`9 ổ nhóm`, `1,5 triệu lượt du khách`), or None."""
    gap = _NOUN_GAP.match(view, pos)
    return _noun_at(view, gap.end() - 1, lex) if gap else None


def _noun_at(view: str, pos: int, lex: _Lexicon) -> tuple[int, int] | None:
    """The counted noun one space after `pos`: the longest dictionary word, or a classifier with its
    complement when that is longer."""
    noun = _noun_word(view, pos)
    if noun is None or _is_not_noun(view[noun[0] : noun[1]], lex):
        return None
    first_end = view.find(" ", noun[0], noun[1])
    first_end = noun[1] if first_end < 0 else first_end
    if _key(view[noun[0] : first_end]) not in lex.classifiers:
        return noun
    complement = _noun_word(view, first_end)  # `lượt` + `du khách`, `tân` + `sinh viên`
    if complement is None or _is_not_noun(view[complement[0] : complement[1]], lex, complement=True):
        return noun
    end = complement[1]
    listed = lex.unit_re.match(view, first_end)  # `lượt` + `hộ nghèo`, longer than the dictionary's `hộ`
    if listed and listed.start(1) == complement[0] and lex.units[" ".join(listed.group(1).split())][1] == "count":
        end = max(end, listed.end())
    return noun[0], max(end, noun[1])


def _listed_nouns(view: str, noun: tuple[int, int], lex: _Lexicon) -> tuple[int, int]:
    """`huyện` + `, thành phố, thị xã`: more nouns of the same kind counted by the same number."""
    start, end = noun
    if _key(view[start:end].rsplit(",", 1)[-1]) not in lex.listed_nouns:  # a listed unit may be a list
        return noun
    while True:
        comma = _LIST_COMMA.match(view, end)
        following = _noun_word(view, comma.end() - 1) if comma else None
        if following is None or _key(view[following[0] : following[1]]) not in lex.listed_nouns:
            return start, end
        name = _NEXT_WORD.match(view, following[1])
        if name and name.start(1) > following[1] and name.group(1)[0].isupper():
            return start, end  # `huyện, thị xã Sơn Tây` names a place
        end = following[1]


def _longer_noun(view: str, start: int, end: int, lex: _Lexicon) -> tuple[int, int]:
    """A listed count unit, or the longer noun it begins: `khách` → `khách hàng`, `lượt` → `lượt du khách`,
    `huyện` → `huyện, thành phố, thị xã`."""
    noun = None
    if start and view[start - 1] == " " and _key(view[start:end]) not in lex.whole_units:
        noun = _noun_at(view, start - 1, lex)
    return _listed_nouns(view, noun if noun and noun[1] > end else (start, end), lex)


def _read_unit(view: str, pos: int, lex: _Lexicon) -> _Unit | None:
    """The unit at `pos`, with rate denominators (đồng/người/tháng); a counted noun when no listed unit
    is there."""
    match = lex.unit_re.match(view, pos)
    if not match:
        noun = _counted_noun(view, pos, lex)
        if noun is None:
            return None
        noun = _listed_nouns(view, noun, lex)
        return _Unit(noun[1], _key(view[noun[0] : noun[1]]), "count", "", noun)
    surface = " ".join(match.group(1).split())
    unit, kind = lex.units[surface]
    end = match.end()
    following = _NEXT_WORD.match(view, end)
    if following and following.start(1) > end and _key(surface + " " + following.group(1)) in lex.not_unit:
        return None
    if kind == "count":
        noun = _longer_noun(view, match.start(1), end, lex)
        if noun[1] > end:
            return _Unit(noun[1], _key(view[noun[0] : noun[1]]), kind, surface, noun)
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


def _unit_after(view: str, amount: _Amount, lex: _Lexicon) -> _Unit | None:
    """The unit after `amount`; a counted noun outside the units table only when the amount can count it."""
    unit = _read_unit(view, amount.end, lex)
    if unit is not None and unit.surface == "" and not _counts(view, amount):
        return None
    return unit


def _scan_quantity(view: str, start: int, lex: _Lexicon, convention: Convention) -> _Quantity | None:
    """The amount at `start` with its unit, a range's upper end and a trailing `trở lên`. The caller
    decides whether it is a figure (a bare number is returned too, with unit None)."""
    low = _scan_amount(view, start, lex, convention)
    if low is None:
        return None
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
            low_value = _evaluate(low.tokens + inherited) if inherited else None
        upper_value = upper.value
        fits = upper_unit is not None or (unit is None and upper.scaled)
        if fits and low_value is not None and upper_value is not None and upper_value > low_value:
            value, unit, scaled = low_value, upper_unit, True if upper.scaled else scaled
            end = upper_unit[0] if upper_unit else upper.end
        else:
            upper, upper_value = None, None
    quantity = _Quantity(
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
        approx, bound = lex.approx[_key(after.group(1))]
        quantity.approx = quantity.approx or approx
        quantity.bound = bound or quantity.bound
    return quantity


def _scale_tokens(amount: _Amount) -> list[tuple[str, Decimal]] | None:
    """The scale words of a simple `number scale…` amount, which a bare lower end of a range shares
    (`5-7 triệu` is 5 triệu to 7 triệu)."""
    rest = amount.tokens[1:]
    if amount.tokens[0][0] != "num" or not all(kind in {"small", "big", "half"} for kind, _ in rest):
        return None
    return rest


def _range_upper(
    view: str, low: _Amount, lex: _Lexicon, convention: Convention, *, after: int | None = None
) -> _Amount | None:
    separator = _RANGE_SEPARATOR.match(view, low.end if after is None else after)
    if not separator or separator.end() >= len(view) or not view[separator.end()].isdigit():
        return None
    upper = _scan_digits(view, separator.end(), lex, convention)
    if upper is None or (low.scaled and not upper.scaled and after is None):
        return None
    return upper


def _approx_before(view: str, quantity: _Quantity, lex: _Lexicon) -> None:
    """Flags from `hơn`, `gần`, `khoảng`, `ước đạt` … written just before the number."""
    pos = quantity.start
    for _ in range(2):
        match = lex.approx_before_re.search(view, max(0, pos - 30), pos)
        if not match:
            return
        phrase = _key(match.group(1))
        if phrase == "hơn":
            previous = _previous_word(view, match.start())
            if previous in lex.comparatives:
                return  # `cao hơn 5%` compares; it does not mean `more than`
        approx, bound = lex.approx[phrase]
        quantity.approx = quantity.approx or approx
        if quantity.bound is None:
            quantity.bound = bound
        quantity.flag_start = pos = match.start()


def _previous_word(view: str, pos: int) -> str:
    words = view[max(0, pos - 20) : pos].split()
    return words[-1].lower() if words else ""


def _is_label(view: str, start: int, lex: _Lexicon) -> bool:
    """`Điều 5`, `tổ 5`, `năm 2024`, `Top 10`: the number names something rather than counting it."""
    window = max(0, start - 25)
    return bool(lex.label_re.search(view, window, start)) and not lex.label_exception_re.search(view, window, start)


def _is_figure(quantity: _Quantity, view: str, lex: _Lexicon) -> bool:
    if quantity.kind == "skip":
        return False
    if quantity.unit is None and not quantity.scaled:
        return False
    plain = quantity.amount.plain
    if plain and quantity.kind in {"count", "money"} and _YEAR_LIKE.fullmatch(plain):
        return False  # `năm 2024 người dân …` without its comma; counts and sums this big take a dot
    return not _is_label(view, quantity.start, lex)


def _counts(view: str, amount: _Amount) -> bool:
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


# --- change phrases -----------------------------------------------------------------------------


@dataclass
class _ChangeHit:
    start: int
    end: int
    change: Change
    quantity: _Quantity | None


def _clause_stop(view: str, pos: int, limit: int, lex: _Lexicon) -> int:
    """End of the phrase starting at `pos`: the clause end, or after `limit` words."""
    reach = min(len(view), pos + _BASIS_REACH)
    stop = lex.clause_end_re.search(view, max(pos - 1, 0), reach)  # from the space before, for ` trong khi `
    end = max(stop.start(), pos) if stop else reach
    words = list(re.finditer(r"\S+", view[pos:end]))
    if len(words) > limit:
        end = pos + words[limit - 1].end()
    while end > pos and view[end - 1] in " .":
        end -= 1
    return end


def _basis(view: str, pos: int, lex: _Lexicon, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """The basis phrase starting at `pos` if it opens with one of `pattern`'s words."""
    match = pattern.match(view, pos)
    if not match:
        return None
    begin = _SPACES.match(view, pos).end()  # type: ignore[union-attr]
    if view[begin] == ",":
        begin = _SPACES.match(view, begin + 1).end()  # type: ignore[union-attr]
    end = _clause_stop(view, begin, _BASIS_WORDS, lex)
    return (begin, end) if end > begin else None


def _parse_change(doc: Document, verb: re.Match[str], lex: _Lexicon, convention: Convention) -> _ChangeHit | None:
    view = doc.view
    role = lex.change_roles[_key(verb.group(1))]
    pos = verb.end()
    approx_words = lex.approx_forward_re.match(view, pos)
    if approx_words:
        pos = approx_words.end()
    number_start = _SPACES.match(view, pos).end()  # type: ignore[union-attr]
    if role == "multiply":
        return _parse_multiple(doc, verb, number_start, lex, convention)
    if role == "exceed":
        target = lex.target_re.match(view, pos)
        if target:
            number_start = _SPACES.match(view, target.end()).end()  # type: ignore[union-attr]
            found = _quantity_at(view, number_start, lex, convention)
            if found is None or found.unit != "%" or found.value is None:
                return None
            basis = (_SPACES.match(view, pos).end(), target.end())  # type: ignore[union-attr]
            return _hit(doc, verb.start(), found.end, "of_target", found.value + 100, "%", basis, found)
    found = _quantity_at(view, number_start, lex, convention)
    if found is None or found.value is None:
        return None
    after = found.end
    if role in {"increase", "decrease"}:
        sign = 1 if role == "increase" else -1
        if found.surface == "lần":
            value = found.value if sign > 0 else 1 / found.value if found.value else None
            kind, unit = "multiple", None
        elif found.kind == "points":
            value, kind, unit = found.value * sign, "points", "pp"
        elif found.kind in {"money", "percent", "measure", "count"} or found.scaled:
            value, kind, unit = found.value, role, found.unit
        else:
            return None
        if value is None:
            return None
        basis = _basis(view, after, lex, lex.basis_re)
        return _hit(doc, verb.start(), basis[1] if basis else after, kind, value, unit, basis, found)
    if found.unit != "%":
        return None
    if role == "share":
        basis = None
        begin = _SPACES.match(view, after).end()  # type: ignore[union-attr]
        if begin < len(view) and view[begin].isalpha() and begin > after:
            end = _clause_stop(view, begin, _BASIS_WORDS, lex)
            basis = (begin, end) if end > begin else None
        return _hit(doc, verb.start(), basis[1] if basis else after, "share", found.value, "%", basis, found)
    target = _basis(view, after, lex, lex.target_re)
    if target:
        value = found.value + 100 if role == "exceed" else found.value
        return _hit(doc, verb.start(), target[1], "of_target", value, "%", target, found)
    basis = _basis(view, after, lex, lex.basis_re)
    if basis:
        kind = "increase" if role == "exceed" else "ratio"
        return _hit(doc, verb.start(), basis[1], kind, found.value, "%", basis, found)
    return None


def _quantity_at(view: str, pos: int, lex: _Lexicon, convention: Convention) -> _Quantity | None:
    if pos >= len(view) or not (view[pos].isdigit() or view[pos].isalpha()):
        return None
    found = _scan_quantity(view, pos, lex, convention)
    if found is not None:
        _approx_before(view, found, lex)
    return found


def _parse_multiple(
    doc: Document, verb: re.Match[str], pos: int, lex: _Lexicon, convention: Convention
) -> _ChangeHit | None:
    view = doc.view
    word = _NEXT_WORD.match(view, pos)
    found: _Quantity | None = None
    if word and word.start(1) == pos and word.group(1).lower() in lex.multiple_words:
        value: Decimal | None = lex.multiple_words[word.group(1).lower()]
        end = word.end()
        lan = _LAN.match(view, end)
        end = lan.end() if lan else end
    else:
        found = _quantity_at(view, pos, lex, convention)
        if found is None or found.value is None or found.scaled or found.surface not in {None, "lần"}:
            return None
        value, end = found.value, found.end
    if value is None:
        return None
    basis = _basis(view, end, lex, lex.basis_re)
    return _hit(doc, verb.start(), basis[1] if basis else end, "multiple", value, None, basis, found)


def _hit(
    doc: Document,
    start: int,
    end: int,
    kind: str,
    value: Decimal,
    unit: str | None,
    basis: tuple[int, int] | None,
    quantity: _Quantity | None,
) -> _ChangeHit:
    change = Change(
        text=doc.text[start:end],
        kind=kind,  # type: ignore[arg-type]
        value=float(value),
        unit=unit,
        basis=doc.text[basis[0] : basis[1]] if basis else None,
    )
    return _ChangeHit(start=start, end=end, change=change, quantity=quantity)


def _is_noun_comparative(view: str, verb: re.Match[str], lex: _Lexicon) -> bool:
    """`độ cao hơn 2.100 km` is an altitude of more than 2,100 km, not an increase."""
    first = verb.group(1).split()[0].lower()
    return first in lex.comparatives and _previous_word(view, verb.start()) in lex.blocks_comparative


def _find_changes(doc: Document, lex: _Lexicon, convention: Convention) -> list[_ChangeHit]:
    hits: list[_ChangeHit] = []
    last_end = 0
    for verb in lex.change_re.finditer(doc.view):
        if verb.start() < last_end or _is_noun_comparative(doc.view, verb, lex):
            continue
        hit = _parse_change(doc, verb, lex, convention)
        if hit is not None:
            hits.append(hit)
            last_end = hit.end
    return hits


# --- measure ------------------------------------------------------------------------------------


def _trim_measure(segment: str, lex: _Lexicon) -> tuple[int, int]:
    """The part of `segment` (the words before a figure) that names what the figure measures."""
    start, end = 0, len(segment.rstrip())
    for _ in range(8):
        before = (start, end)
        piece = segment[start:end]
        trail = lex.trail_re.search(piece) or _TIME_TAIL.search(piece)
        if trail:
            end = start + trail.start()
        piece = segment[start:end]
        lead = lex.lead_re.match(piece) or _TIME_HEAD.match(piece)
        if lead and lead.end() > 0:
            start += lead.end()
        while start < end and not segment[start].isalnum():
            start += 1
        while end > start and not segment[end - 1].isalnum() and segment[end - 1] not in ")%":
            end -= 1
        if (start, end) == before:
            break
    auxiliaries = list(lex.aux_re.finditer(segment, start, end))
    if auxiliaries and len(segment[start : auxiliaries[-1].start()].split()) <= _SUBJECT_WORDS:
        start = auxiliaries[-1].end()
    cuts = [m for m in lex.cut_re.finditer(segment, start, end) if m.end() < end]
    if cuts:
        start = cuts[-1].end()
    heads = list(lex.head_re.finditer(segment, start, end))
    if heads:
        start = heads[-1].start(1)
    return start, end


def _measure(doc: Document, anchor: int, floor: int, sentence_start: int, lex: _Lexicon) -> str | None:
    view = doc.view
    low = max(floor, sentence_start, anchor - _MEASURE_REACH)
    if anchor <= low:
        return None
    cut = max(view.rfind(mark, low, anchor) for mark in _CLAUSE_MARKS)
    dash = view.rfind(" - ", low, anchor)
    cut = max(cut, dash + 1 if dash >= 0 else -1)
    begin = cut + 1 if cut >= 0 else low
    start, end = _trim_measure(view[begin:anchor], lex)
    if start >= end and cut > low and view[cut] == ",":
        previous_cut = max(view.rfind(mark, low, cut) for mark in _CLAUSE_MARKS)
        begin2 = previous_cut + 1 if previous_cut >= 0 else low
        start, end = _trim_measure(view[begin2:cut], lex)
        begin = begin2
    words = doc.text[begin + start : begin + end].split()[-_MEASURE_WORDS:]
    if not words or not any(ch.isalpha() for ch in "".join(words)):
        return None
    return " ".join(words)


# --- assembly -----------------------------------------------------------------------------------


def detect_convention(view: str) -> Convention:
    """`en` when the document writes `1,234.5` more often than `1.234,5`; Vietnamese otherwise."""
    english = len(_EN_EVIDENCE.findall(view))
    if not english:
        return "vi"
    return "en" if english > len(_VI_EVIDENCE.findall(view)) else "vi"


@dataclass
class _Draft:
    quantity: _Quantity
    anchor: int  # where the words qualifying the figure begin (approximation words, a change verb)
    changes: list[Change] = field(default_factory=list)
    tail: int = 0  # end of the figure or of its last change phrase


def _figures_from_text(doc: Document, lex: _Lexicon, convention: Convention, hits: list[_ChangeHit]) -> list[_Draft]:
    view = doc.view
    covered = [(h.start, h.end) for h in hits]
    drafts: list[_Draft] = []
    last_end = 0
    index = 0
    for candidate in lex.candidate_re.finditer(view):
        start = candidate.start()
        if start < last_end:
            continue
        while index < len(covered) and covered[index][1] <= start:
            index += 1
        if index < len(covered) and covered[index][0] <= start:
            continue
        quantity = _scan_quantity(view, start, lex, convention)
        if quantity is None:
            continue
        if not _is_figure(quantity, view, lex):
            if quantity.kind == "skip" or quantity.scaled:
                last_end = quantity.end
            continue
        if index < len(covered) and quantity.end > covered[index][0]:
            continue
        _approx_before(view, quantity, lex)
        if quantity.amount.informal and quantity.unit is None:
            quantity.unit, quantity.kind = "VND", "money"
        anchor = quantity.flag_start if quantity.flag_start >= 0 else quantity.start
        drafts.append(_Draft(quantity=quantity, anchor=anchor, tail=quantity.end))
        last_end = quantity.end
    return drafts


def _attach_changes(doc: Document, drafts: list[_Draft], hits: list[_ChangeHit]) -> list[_Draft]:
    """Give each change phrase to the figure right before it; the others become figures themselves."""
    view = doc.view
    ordered = sorted(drafts, key=lambda d: d.quantity.start)
    starts = [d.quantity.start for d in ordered]
    result = list(ordered)
    for hit in hits:
        position = bisect_right(starts, hit.start) - 1
        host = ordered[position] if position >= 0 else None
        if host is not None and host.tail <= hit.start and _ATTACH_GAP.fullmatch(view, host.tail, hit.start):
            host.changes.append(hit.change)
            host.tail = hit.end
            continue
        if hit.quantity is None or hit.quantity.value is None or hit.change.kind == "multiple":
            continue
        standalone = _Draft(quantity=hit.quantity, anchor=hit.start, changes=[hit.change], tail=hit.end)
        result.append(standalone)
        ordered.insert(position + 1, standalone)
        starts.insert(position + 1, hit.quantity.start)
    return sorted(result, key=lambda d: d.quantity.start)


def _to_figure(doc: Document, draft: _Draft, floor: int, sentence_start: int, lex: _Lexicon) -> Figure:
    q = draft.quantity
    unit = " ".join(doc.text[q.written[0] : q.written[1]].split()) if q.written else q.unit
    return Figure(
        text=doc.text[q.start : q.end],
        value=float(q.value) if q.value is not None else None,
        unit=unit,
        start=q.start,
        end=q.end,
        approx=q.approx,
        bound=q.bound,
        change=draft.changes[0] if draft.changes else None,
        changes=draft.changes,
        measure=_measure(doc, draft.anchor, floor, sentence_start, lex),
        upper=float(q.upper) if q.upper is not None else None,
    )


def extract_figures(doc: Document) -> list[Figure]:
    """Every money amount, percentage and counted quantity in `doc`, in text order."""
    lex = _lexicon()
    convention = detect_convention(doc.view)
    hits = _find_changes(doc, lex, convention)
    drafts = _attach_changes(doc, _figures_from_text(doc, lex, convention, hits), hits)
    sentence_starts = [s.start for s in doc.sentences]
    figures: list[Figure] = []
    previous_tail = 0
    for draft in drafts:
        position = bisect_right(sentence_starts, draft.anchor) - 1
        sentence_start = sentence_starts[position] if position >= 0 else 0
        figures.append(_to_figure(doc, draft, previous_tail, sentence_start, lex))
        previous_tail = max(previous_tail, draft.tail)
    return figures


def parse_vietnamese_number(s: str, *, convention: Convention = "vi") -> float | None:
    """`343,6 nghìn tỷ` → 3.436e14, `1 tỷ 200 triệu` → 1.2e9, `250k` → 250000, `hai mươi mốt` → 21,
    `1.234` → 1234; None when `s` is not one number."""
    lex = _lexicon()
    text = " ".join(s.split())
    if not text:
        return None
    amount = _scan_amount(text, 0, lex, convention) if text[0].isdigit() else _scan_spelled_whole(text, lex)
    if amount is None or amount.end != len(text):
        return None
    value = amount.value
    return float(value) if value is not None else None


def _scan_spelled_whole(text: str, lex: _Lexicon) -> _Amount | None:
    """A spelled number read word by word, with or without scale words (`hai mươi mốt`), for
    `parse_vietnamese_number`."""
    amount = _scan_spelled(text, 0, lex)
    if amount is not None and amount.end == len(text):
        return amount
    tokens: list[tuple[str, Decimal]] = []
    for word in text.lower().split():
        if word in lex.numerals:
            value, role = lex.numerals[word]
            tokens.append(("tens" if role == "tens" else "zero" if role == "zero" else "num", value))
        elif word in lex.scales and word not in {"k", "tr"}:
            multiplier, big = lex.scales[word]
            tokens.append(("big" if big else "small", multiplier))
        elif word == "rưỡi" and tokens:
            tokens.append(("half", Decimal(0)))
        else:
            return None
    return _Amount(start=0, end=len(text), tokens=tokens)
