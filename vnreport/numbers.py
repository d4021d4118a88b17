"""Numbers in Vietnamese notation (DOMAIN.md §6): digits with a decimal comma and dot thousands, scale
words (`343,6 nghìn tỷ`, `1 tỷ 200 triệu`, `250k`), spelled numbers (`hai mươi mốt`, `một trăm linh
năm`), vague amounts (`hàng nghìn`, `vài trăm`), ordinals (`lần thứ tư`) and Roman numerals (`khóa XV`).

The one place these are read: figures, dates, documents and the summary all call this module. The
amount scanner works on the match view at a character position and returns the span it read with its
exact value (a `Decimal`), so callers find spans and this module resolves their values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Literal, NamedTuple

from vnreport import regexes
from vnreport.lexicon import load_list, load_rows

Convention = Literal["vi", "en"]
Role = Literal["start", "inner", "tens", "zero", "ordinal"]

_DIGITS = regexes.compile(r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
_NEXT_WORD = regexes.compile(r"[ ]*([^\W\d_]+)")
_ADDITIVE_DIGITS = regexes.compile(r"[ ]+(\d+(?:[.,]\d+)?)(?![\d.,])")
_INFORMAL = regexes.compile(r"(k|tr)(?![^\W_])")
_SPELLED_RUN = 6  # spelled numerals between two scale words (hai trăm | năm mươi lăm | nghìn)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
ROMAN = r"[IVXLC]{1,7}"  # up to 399 (terms, congresses, chapters)


class WordRow(NamedTuple):
    word: str
    value: str
    role: str


class ScaleRow(NamedTuple):
    word: str
    multiplier: str
    size: str


class VagueRow(NamedTuple):
    word: str
    meaning: str


@dataclass(frozen=True)
class NumberWords:
    numerals: dict[str, tuple[Decimal, str]]  # word → (value, role)
    scales: dict[str, tuple[Decimal, bool]]  # word → (multiplier, closes a group)
    vague: dict[str, str]  # hàng → at_least, vài → some
    not_scale: frozenset[tuple[str, str]]  # `tỷ lệ`: a scale word that starts another word


@cache
def number_words() -> NumberWords:
    return NumberWords(
        numerals={r.word: (Decimal(r.value), r.role) for r in load_rows("numbers_words.tsv", WordRow)},
        scales={r.word: (Decimal(r.multiplier), r.size == "big") for r in load_rows("numbers_scales.tsv", ScaleRow)},
        vague={r.word: r.meaning for r in load_rows("numbers_vague.tsv", VagueRow)},
        not_scale=frozenset(_pair(p) for p in load_list("numbers_not_scale.txt")),
    )


def _pair(phrase: str) -> tuple[str, str]:
    first, _, rest = " ".join(phrase.lower().split()).partition(" ")
    return first, rest


def start_words() -> list[str]:
    """Words a spelled or vague amount may open with (`hai`, `hàng`)."""
    words = number_words()
    return [w for w, (_, role) in words.numerals.items() if role == "start"] + list(words.vague)


# --- digits ---------------------------------------------------------------------------------------


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


# --- amounts: a number with its scale words ---------------------------------------------------------


@dataclass
class Amount:
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
        return evaluate(self.tokens)


def evaluate(tokens: list[tuple[str, Decimal]]) -> Decimal | None:
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


def boundary_ok(view: str, start: int) -> bool:
    """A number may not continue a word, a code or another number (U23, COVID-19, 1.1.2025, Km 1+200)."""
    if start == 0:
        return True
    before = view[start - 1]
    if before.isalnum() or before in "._,/:#№":
        return False
    if before == "+" and start >= 2 and view[start - 2].isdigit():
        return False  # a kilometre post: Km 738+356
    return not (before == "-" and start >= 2 and view[start - 2].isalnum())


def scan_digits(view: str, start: int, convention: Convention) -> Amount | None:
    """The amount written in digits at `start`, with its scale words."""
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
    amount = Amount(start=start, end=end, tokens=[("num", value)], plain=digits)
    informal = _INFORMAL.match(view, end)
    if informal:
        scale = number_words().scales[informal.group(1)][0]
        amount.tokens.append(("big", scale))
        amount.end, amount.scaled, amount.informal, amount.plain = informal.end(), True, True, None
        amount.group_scale = scale
        return amount
    _read_scales(view, amount, convention, spelled=False)
    return amount


def _scale_at(view: str, pos: int) -> tuple[re.Match[str], Decimal, bool] | None:
    words = number_words()
    word = _NEXT_WORD.match(view, pos)
    if not word or word.group(1).lower() not in words.scales or word.group(1).lower() in {"k", "tr"}:
        return None
    name = word.group(1).lower()
    following = _NEXT_WORD.match(view, word.end())
    if following and following.start(1) > word.end() and (name, following.group(1).lower()) in words.not_scale:
        return None
    multiplier, big = words.scales[name]
    return word, multiplier, big


def _read_scales(view: str, amount: Amount, convention: Convention, *, spelled: bool) -> None:
    """Extend `amount` over scale words, `rưỡi`, spelled numerals and additive groups (1 tỷ 200 triệu).

    The amount only ever ends on a number or a scale word, never on a dangling numeral (`một triệu năm`).
    """
    numerals = number_words().numerals
    pos = amount.end
    pending: list[tuple[str, Decimal]] = []
    group_scale = Decimal(0)
    while True:
        scale = _scale_at(view, pos)
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
            spelled_word = _NEXT_WORD.match(view, pos)
            name = spelled_word.group(1).lower() if spelled_word else ""
            if spelled_word and spelled_word.start(1) > pos and name in numerals and len(pending) < _SPELLED_RUN:
                numeral, role = numerals[name]
                if role != "ordinal":
                    pending.append(("tens" if role == "tens" else "zero" if role == "zero" else "num", numeral))
                    pos = spelled_word.end()
                    continue
        if amount.group_scale and not pending:
            added = _ADDITIVE_DIGITS.match(view, pos)
            if added:
                following = _scale_at(view, added.end())
                addend = parse_digits(added.group(1), convention)
                if following and following[2] and following[1] < amount.group_scale and addend is not None:
                    pending.append(("num", addend))
                    pos = added.end()
                    continue
        if spelled and pending and amount.tokens[-1][0] == "small" and any(k != "num" for k, _ in pending):
            amount.tokens.extend(pending)  # the tail of `một trăm linh năm`, `hai trăm năm mươi`
            amount.end = pos
        return


def scan_spelled(view: str, start: int) -> Amount | None:
    """Spelled numbers (`hai triệu`, `một trăm hai mươi nghìn`) and vague ones (`hàng nghìn`, `vài trăm`);
    only taken with a scale word, since `một`, `năm`, `ba` alone are mostly not numbers."""
    words = number_words()
    word = _NEXT_WORD.match(view, start)
    if not word:
        return None
    name = word.group(1).lower()
    if name in words.vague:
        amount = Amount(start=start, end=word.end(), tokens=[("num", Decimal(1))], vague=words.vague[name])
    elif name in words.numerals and words.numerals[name][1] == "start":
        amount = Amount(start=start, end=word.end(), tokens=[("num", words.numerals[name][0])])
    else:
        return None
    _read_scales(view, amount, "vi", spelled=True)
    if not amount.scaled:
        return None
    if amount.vague and amount.tokens[1][0] not in {"small", "big"}:
        return None  # `hàng` must be followed by its scale at once (hàng nghìn)
    return amount


def scan_amount(view: str, start: int, convention: Convention) -> Amount | None:
    """The amount (digits or spelled, with scale words) that starts at `start`, or None."""
    if not boundary_ok(view, start):
        return None
    if view[start].isdigit():
        return scan_digits(view, start, convention)
    return scan_spelled(view, start)


def _spelled_tokens(text: str) -> list[tuple[str, Decimal]] | None:
    words = number_words()
    tokens: list[tuple[str, Decimal]] = []
    for word in text.lower().split():
        if word in words.numerals and words.numerals[word][1] != "ordinal":
            value, role = words.numerals[word]
            tokens.append(("tens" if role == "tens" else "zero" if role == "zero" else "num", value))
        elif word in words.scales and word not in {"k", "tr"}:
            multiplier, big = words.scales[word]
            tokens.append(("big" if big else "small", multiplier))
        elif word == "rưỡi" and tokens:
            tokens.append(("half", Decimal(0)))
        else:
            return None
    return tokens


def parse_vietnamese_number(s: str, *, convention: Convention = "vi") -> float | None:
    """`343,6 nghìn tỷ` → 3.436e14, `1 tỷ 200 triệu` → 1.2e9, `250k` → 250000, `hai mươi mốt` → 21,
    `1.234` → 1234; None when `s` is not one number."""
    text = " ".join(s.split())
    if not text:
        return None
    if text[0].isdigit():
        amount = scan_amount(text, 0, convention)
    else:
        amount = scan_spelled(text, 0)
        if amount is None or amount.end != len(text):
            tokens = _spelled_tokens(text)
            amount = Amount(start=0, end=len(text), tokens=tokens) if tokens else None
    if amount is None or amount.end != len(text):
        return None
    value = amount.value
    return float(value) if value is not None else None


# --- small spelled numbers, ordinals, Roman numerals ----------------------------------------------


def small_number(words: str) -> int | None:
    """A spelled whole number up to 19 or an ordinal word: `tư` → 4, `mười một` → 11, `nhất` → 1."""
    numerals = number_words().numerals
    values = []
    for word in words.lower().split():
        entry = numerals.get(word)
        if entry is None or entry[1] not in {"start", "inner", "ordinal"} or entry[0] != int(entry[0]):
            return None
        values.append(int(entry[0]))
    if len(values) == 1:
        return values[0]
    if len(values) == 2 and values[0] == 10 and 0 < values[1] < 10:
        return 10 + values[1]
    return None


def count_phrases(maximum: int, exclude: frozenset[str] = frozenset()) -> dict[str, int]:
    """Spelled counts from one to `maximum` (≤ 19) that may open a number, as written: `sáu`, `mười một`."""
    numerals = number_words().numerals
    singles = {w: int(v) for w, (v, role) in numerals.items() if role == "start" and v == int(v) and 0 < v <= 10}
    phrases = {w: v for w, v in singles.items() if v <= maximum and w not in exclude}
    for word, value in singles.items():
        if value < 10 and 10 + value <= maximum and word not in exclude:
            phrases[f"mười {word}"] = 10 + value
    return phrases


def roman(value: str) -> int | None:
    """`XIV` → 14; a number written in digits is read as is; None when `value` is neither."""
    if value.isdigit():
        return int(value)
    if not value or any(c not in _ROMAN_VALUES for c in value):
        return None
    total = 0
    for a, b in zip(value, [*value[1:], "I"], strict=True):
        total += -_ROMAN_VALUES[a] if _ROMAN_VALUES[a] < _ROMAN_VALUES[b] else _ROMAN_VALUES[a]
    return total
