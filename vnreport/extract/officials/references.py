"""Mentions of a person without their name, for the roles and the titles a clause gives:

- a pronoun opening a clause — `Ông cho biết …`, `Theo bà, …`, `Đồng chí nhấn mạnh …` — refers to the
  last person named before it (`bà được bầu giữ chức …` gives the title to that person);
- a title alone — `Bí thư Thành ủy Hà Nội đã làm việc với …`, `Thủ tướng nhấn mạnh …` — refers to the one
  person named earlier with that title (or a longer one starting with it); when several people hold such
  a title, or none, it refers to no one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from vnreport.report.model import OfficialTitle
from vnreport.segment.tokens import Token
from vnreport.text import fold

_PRONOUNS = frozenset({"ông", "bà"})
_COMRADE = ("đồng", "chí")
# The words a pronoun for a person may open with: any other lower-case word is none.
PRONOUN_STARTS = _PRONOUNS | {_COMRADE[0]}
_CLAUSE_OPENERS = frozenset(
    {",", ";", ":", "theo", "và", "nhưng", "song", "còn", "“", '"', "(", "do", "đó", "khi", "thì"}
)
_NOT_AFTER_PRONOUN = frozenset({"ông", "bà", "và", "cháu", "con", "cha", "mẹ", "nội", "ngoại", "già", "lão", "cụ"})
_OWNER = "chủ"  # a whole word after `ông`/`bà`: `ông chủ` (the boss) names someone new
_COUNTING = frozenset({"các", "những", "mọi", "hai", "ba", "bốn", "năm", "vị", "nhiều"})


class Titled(Protocol):
    titles: list[OfficialTitle]


R = TypeVar("R", bound=Titled)


def pronoun_length(toks: Sequence[Token], i: int) -> int:
    """Tokens of a pronoun for a person at toks[i] (`Ông`, `bà`, `Đồng chí`) opening a clause and followed
    by a lower-case word, not a name (`ông Hải`) or a kinship word (`ông bà`); 0 otherwise."""
    tok = toks[i]
    if tok.lower in _PRONOUNS:
        length = 1
    elif tok.lower == _COMRADE[0] and i + 1 < len(toks) and toks[i + 1].lower == _COMRADE[1]:
        length = 2
    else:
        return 0
    if i > 0 and toks[i - 1].lower not in _CLAUSE_OPENERS:
        return 0
    nxt = toks[i + length] if i + length < len(toks) else None
    if nxt is None or not nxt.is_word or nxt.is_cap or nxt.lower in _NOT_AFTER_PRONOUN:
        return 0
    if nxt.lower == _OWNER and nxt.last:
        return 0  # `ông chủ Điện Kremlin`, `bà chủ quán`: the owner or boss, a noun; not `ông chủ trì`
    return length


def titled_record(key: str, records: Iterable[R]) -> R | None:
    """The one record holding a current title equal to `key` (folded, lower case) or starting with it."""
    found: R | None = None
    for record in records:
        for title in record.titles:
            text = fold(title.text).lower()
            if title.current and (text == key or text.startswith(key + " ")):
                if found is not None and found is not record:
                    return None
                found = record
                break
    return found


def counted(toks: Sequence[Token], first: int) -> bool:
    """`các Bộ trưởng`, `hai Phó Thủ tướng`: the title names a group, not one person."""
    return first > 0 and (toks[first - 1].lower in _COUNTING or toks[first - 1].kind == "number")
