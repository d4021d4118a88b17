"""List headers: a title before a colon or a count (`các đồng chí Ủy viên Bộ Chính trị: A, B`, `hai ĐBQH A,
B`) that belongs to every name of the list."""

from __future__ import annotations

from vnreport.extract.names import (
    anchor_matcher,
    capitalised_run,
    foreign_name_length,
    is_apostrophe_name,
    name_length,
)
from vnreport.extract.officials.anchoring import after_parenthesis
from vnreport.extract.officials.titles import COUNT_NUMERALS, FORMER, NEW_WORDS, TitlePhrase, owner_of_noun
from vnreport.segment.tokens import Token

_COUNTING = frozenset({"các", "những"}) | COUNT_NUMERALS
_ITEM_SEPARATORS = frozenset({",", ";", ":", "-", "–", "(", ")"})
# `mới`: `bổ nhiệm 2 Phó Chủ tịch mới là ông A và ông B` (the new holders follow)
_ITEM_OPENERS = (
    frozenset({"và", "các", "đồng", "chí", "ông", "bà", "nguyên", "cựu", "quyền", "như", "là", "gồm", "khác"})
    | NEW_WORDS
)


def list_titles(toks: list[Token], phrases: list[TitlePhrase]) -> dict[int, list[TitlePhrase]]:
    """List headers: the title before a colon belongs to every name of the list, across `;` items, up to
    the sentence's end, `cùng` or the next header (`các đồng chí Ủy viên Trung ương Đảng: A, Bí thư …; B,
    …`); a counted title gives itself to the names right after it (`hai ĐBQH A, B`) or after `gồm`
    (`7 thứ trưởng … gồm: A, B, C`). A header of membership goes on through a counted header of posts nested
    in its list (`các đồng chí Ủy viên Bộ Chính trị: Thủ tướng A; các Phó Thủ tướng: B, C`): B and C hold
    both."""
    listed: dict[int, list[TitlePhrase]] = {}
    # not a title after `của` (`theo quyết định của Thủ tướng Chính phủ: Ông A - Bí thư …`: the owner of the decision)
    headers = {
        p.first: p for p in phrases if p.last < len(toks) and toks[p.last].text == ":" and not owner_of_noun(toks, p)
    }
    starts = {p.first for p in phrases}
    for phrase in phrases:
        k = phrase.last
        counted = phrase.first not in headers
        if not counted:
            k += 1
        elif _counted_before(toks, phrase.first):
            k = _after_gom(toks, k)
            counted = k == phrase.last  # the names right after the title, not a list after `gồm:`
        else:
            continue
        # Items `Name, title; Name, title` share the header; a bare list of names ends at `;`.
        titled = _titled_item(toks, k, starts)
        stops = {".", "cùng"} if titled else {".", "cùng", ";"}
        first = k
        fresh = True  # an item starts here: it must open with a name, an anchor or a title
        while k < len(toks):
            if counted and k != first and k in starts:
                break  # `hai cựu Ngoại trưởng A và B, cựu cố vấn C`: C's own title ends the group
            stop = toks[k].lower in stops and toks[k].kind != "dot"  # not the dot inside `T.Ư`
            if stop or (k != first and k in headers):
                inner = k + 2 if toks[k].text == ";" else k  # `…; các Phó Thủ tướng: A, B`
                if not (inner in headers and _nested(toks, phrase, headers[inner])):
                    break
            # an item's post goes on past a comma to its body (`…; B - Vụ trưởng Vụ Kế hoạch, Tổng cục TDTT; C - …`)
            if fresh and not _opens_item(toks, k, starts) and not (titled and _body_after_comma(toks, k)):
                break  # `các đại biểu … giá trị của Yên Tử`, `Chính ủy …: Việc học tập … Hồ Chí Minh`
            held = listed.setdefault(k, [])
            if phrase not in held:
                held.append(phrase)
            if titled and toks[k].text == "(":
                # `…; C - Vụ trưởng Vụ D (chưa có tên), Tổng cục E; …`: an aside in an item, read on from its `)`
                k = max(k, after_parenthesis(toks, k, reach=_MAX_ASIDE, stops=_ASIDE_STOPS) - 1)
            fresh = toks[k].text in _ITEM_SEPARATORS or (fresh and toks[k].lower in _ITEM_OPENERS)
            k += 1
    for phrase in phrases:
        for item in shared_names(toks, phrase, starts):
            held = listed.setdefault(item, [])
            if phrase not in held:
                held.append(phrase)
    return listed


_LIST_JOINS = frozenset({",", "và"})
_LIST_CLOSES = frozenset({";", ".", "!", "?"})


def shared_names(toks: list[Token], phrase: TitlePhrase, starts: set[int]) -> list[int]:
    """A title before a Vietnamese name, then more bare names joined by `,` or `và`, the list closed by `;` or the
    sentence's end (`nguyên Chủ tịch Quốc hội A, B; …`, `Thứ trưởng C và D.`): the title is every name's, as a
    list header's is. The first token of each name after the first; [] when any item is not a bare name of two
    words or more (a title of its own, an honorific, a place), or the list runs on. Reads only the list's tokens."""
    k = phrase.last
    length = name_length(toks, k)
    if length < 2 or k in starts:
        return []
    k += length
    items: list[int] = []
    while k + 1 < len(toks) and toks[k].lower in _LIST_JOINS:
        j = k + 1
        length = name_length(toks, j)
        if length < 2 or j in starts:
            return []
        items.append(j)
        k = j + length
    closed = k >= len(toks) or (toks[k].text in _LIST_CLOSES and toks[k].kind != "dot")
    return items if closed else []


def _nested(toks: list[Token], outer: TitlePhrase, inner: TitlePhrase) -> bool:
    """A counted header of posts (`các Phó Thủ tướng:`) inside the list of a header of membership (`Ủy viên
    Bộ Chính trị:`), not a second header of membership (`các Ủy viên Trung ương Đảng:`)."""
    return (
        membership(toks, outer) and not membership(toks, inner) and inner.first > 0 and _counts(toks[inner.first - 1])
    )


def membership(toks: list[Token], phrase: TitlePhrase) -> bool:
    """`Ủy viên …`, `Bí thư Trung ương Đảng`: membership of a Party body."""
    words = [t.lower for t in toks[phrase.first : phrase.first + 3]]
    return words[:2] in (["ủy", "viên"], ["uỷ", "viên"]) or words == ["bí", "thư", "trung"]


def _opens_item(toks: list[Token], k: int, starts: set[int]) -> bool:
    """A list item opens with a separator, an anchor (`ông`, `đồng chí`), a title or a personal name."""
    tok = toks[k]
    return (
        tok.text in _ITEM_SEPARATORS
        or tok.lower in _ITEM_OPENERS
        or k in starts
        or bool(anchor_matcher().length(toks, k))
        or bool(name_length(toks, k) or foreign_name_length(toks, k) or is_apostrophe_name(tok))
        or capitalised_run(toks, k, 4) >= 2  # a name of an unlisted surname (`Uông Chu Lưu`), not `Việc học`
        or (k > 0 and toks[k - 1].lower in _ITEM_OPENERS and tok.is_cap_word)
    )


_MAX_ASIDE = 24  # tokens of a bracketed aside inside a list item, its brackets included
_ASIDE_STOPS = frozenset({"(", ".", ";"})  # the aside is no parenthesis closed within its item


def _body_after_comma(toks: list[Token], k: int) -> bool:
    """A capitalised word right after a comma: the body a titled item's post belongs to."""
    return k > 0 and toks[k - 1].text == "," and toks[k].is_cap_word


def _titled_item(toks: list[Token], k: int, starts: set[int]) -> bool:
    """The list's first item is a name followed by its own title (`Nguyễn Văn A, Bí thư Tỉnh ủy;`, `ông B -
    Quyền Chủ tịch …;`)."""
    if k in starts:
        return True  # `Ủy viên Bộ Chính trị: Thủ tướng A; Chủ tịch Quốc hội B`
    k += anchor_matcher().length(toks, k)
    length = name_length(toks, k)
    j = k + length
    return bool(length) and j + 1 < len(toks) and toks[j].text in {",", "-"} and j + 1 in starts


def _counted_before(toks: list[Token], first: int) -> bool:
    """`các Thứ trưởng`, `hai cựu Ngoại trưởng`: a count before the title, perhaps before `cựu`/`nguyên`."""
    k = first - 1
    if k > 0 and toks[k].lower in FORMER:
        k -= 1
    return k >= 0 and _counts(toks[k])


def _counts(tok: Token) -> bool:
    """`các`, `hai`, `7` before a title: it names a group."""
    return tok.kind == "number" or tok.lower in _COUNTING


def _after_gom(toks: list[Token], k: int) -> int:
    if k < len(toks) and toks[k].lower == "là":
        return k + 1  # `2 Xứ ủy viên là đồng chí A, B`
    for j in range(k, min(len(toks), k + 15)):
        if toks[j].text in {".", ";"}:
            break
        if toks[j].lower == "gồm":
            j += 1
            if j < len(toks) and toks[j].lower == "có":
                j += 1  # `8 Phó Giám đốc Sở gồm có ông A, B …`
            j += _plural_anchor(toks, j)
            return j + 1 if j < len(toks) and toks[j].text == ":" else j
    return k


def _plural_anchor(toks: list[Token], k: int) -> int:
    """`các ông`, `những đồng chí` before the colon of a list (`10 phó đoàn gồm các ông: A - …; B - …`): its
    length when a colon follows, so the list's items start after it; else 0."""
    if k >= len(toks) or toks[k].lower not in {"các", "những"}:
        return 0
    length = anchor_matcher().length(toks, k + 1)
    end = k + 1 + length
    return 1 + length if length and end < len(toks) and toks[end].text == ":" else 0


_CELL = "|"
_MAX_CELL = 24  # tokens of a table cell that lists names
_CELL_LIST_WORDS = frozenset({",", ";", "và"})


def cell_titles(
    toks: list[Token], i: int, length: int, by_first: dict[int, TitlePhrase], by_last: dict[int, TitlePhrase]
) -> list[TitlePhrase]:
    """A table row's title for a name that fills a cell with other names or alone: the cell before it when
    that cell is one title (`| Giám đốc Sở Tài chính | Nguyễn Văn A |`), else the cell after it (`| A, B |
    Phó Giám đốc Sở Y tế |`: A's as much as B's)."""
    opening = _cell_edge(toks, i - 1, -1)
    closing = _cell_edge(toks, i + length, 1)
    if opening < 0 or closing < 0:
        return []
    phrase = by_last.get(opening)
    if phrase is not None and (phrase.first == 0 or toks[phrase.first - 1].text == _CELL):
        return [phrase]
    phrase = by_first.get(closing + 1)
    if phrase is not None and (phrase.last == len(toks) or toks[phrase.last].text == _CELL):
        return [phrase]
    return []


def _cell_edge(toks: list[Token], k: int, step: int) -> int:
    """The `|` that bounds the cell from toks[k] in the direction of `step`, over names and the words that
    list them; -1 when another word comes first."""
    for _ in range(_MAX_CELL):
        if not 0 <= k < len(toks):
            return -1
        tok = toks[k]
        if tok.text == _CELL:
            return k
        if not (tok.is_cap_word or tok.lower in _CELL_LIST_WORDS):
            return -1
        k += step
    return -1
