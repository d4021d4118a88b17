"""Mentions of a person without their name, for the roles and the titles a clause gives:

- a pronoun opening a clause — `Ông cho biết …`, `Theo bà, …`, `Đồng chí nhấn mạnh …` — refers to the
  last person named before it (`bà được bầu giữ chức …` gives the title to that person);
- a title alone — `Bí thư Thành ủy Hà Nội đã làm việc với …`, `Thủ tướng nhấn mạnh …` — refers to the one
  person named earlier with that title (or a longer one starting with it); when several people hold such
  a title, or none, it refers to no one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

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


class _Node:
    """A word of a folded title's prefix: the words after it, and how many current titles of each record (by id)
    go through it."""

    __slots__ = ("after", "holders")

    def __init__(self) -> None:
        self.after: dict[str, _Node] = {}
        self.holders: dict[int, int] = {}


class HeldTitles(Generic[R]):
    """The current titles of the people of a text, kept as they are given: by each prefix of whole words of the
    title folded (`chủ tịch`, `chủ tịch qh`, … of `Chủ tịch QH`) and by the title written out (`written`, e.g.
    merging.written_out_key: `chủ tịch quốc hội`). A title standing alone asks who holds it in one walk of its own
    words, never a pass over the people of the text (titles × people)."""

    def __init__(self, written: Callable[[str], str]) -> None:
        self._written_key = written
        self._root = _Node()
        self._written: dict[str, dict[int, int]] = {}
        self._records: dict[int, R] = {}

    def add(self, record: R, title: OfficialTitle) -> None:
        """`title` given to `record`; a former post (not current) is nobody's title standing alone."""
        if title.current:
            self._count(record, title, 1)

    def ended(self, record: R, title: OfficialTitle) -> None:
        """`title`, current when given, is no longer (`thôi giữ chức …`)."""
        self._count(record, title, -1)

    def holder(self, key: str) -> R | None:
        """The one record holding a current title equal to `key` (folded, lower case) or starting with it and a
        space; None when none or several do."""
        node = self._root
        for word in key.split(" "):
            after = node.after.get(word)
            if after is None:
                return None
            node = after
        return self._one(node.holders)

    def written_holder(self, written: str) -> R | None:
        """The one record holding a current title whose written-out form is `written`; None when none or several."""
        return self._one(self._written.get(written, {}))

    def _one(self, holders: dict[int, int]) -> R | None:
        return self._records[next(iter(holders))] if len(holders) == 1 else None

    def _count(self, record: R, title: OfficialTitle, step: int) -> None:
        ident = id(record)
        self._records[ident] = record
        node = self._root
        for word in fold(title.text).lower().split(" "):
            node = node.after.setdefault(word, _Node())
            _step(node.holders, ident, step)
        _step(self._written.setdefault(self._written_key(title.text), {}), ident, step)


def _step(holders: dict[int, int], ident: int, step: int) -> None:
    count = holders.get(ident, 0) + step
    if count > 0:
        holders[ident] = count
    else:
        holders.pop(ident, None)


def counted(toks: Sequence[Token], first: int) -> bool:
    """`các Bộ trưởng`, `hai Phó Thủ tướng`: the title names a group, not one person."""
    return first > 0 and (toks[first - 1].lower in _COUNTING or toks[first - 1].kind == "number")
