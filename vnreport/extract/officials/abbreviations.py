"""Abbreviated Party titles read from their parts (officials_title_abbrevs.tsv): a member's head glued to the
body it belongs to, as one word or with dots (`UVTƯ Đảng`, `UVT.Ư Đảng`, `UVBTV Tỉnh ủy`, `UV.BCH`), and
bodies written as abbreviations after a head (`Ủy viên dự khuyết TƯ Đảng`, `Ủy viên dự khuyết BCH Trung ương
Đảng`)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from vnreport.lexicon import list_matcher, load_rows
from vnreport.segment.tokens import Token

_MAX_PARTS = 4  # tokens (words and the dots between them) of one abbreviation


class TitleAbbrevRow(NamedTuple):
    written: str
    full: str
    kind: str


@cache
def _parts() -> tuple[frozenset[str], frozenset[str]]:
    rows = load_rows("officials_title_abbrevs.tsv", TitleAbbrevRow)
    heads = frozenset(r.written for r in rows if r.kind == "head")
    bodies = frozenset(r.written for r in rows if r.kind == "body")
    return heads, bodies


def _spelled(toks: Sequence[Token], i: int) -> tuple[str, int]:
    """The capital letters of an abbreviation at toks[i], across dots written without a space (`UVT.Ư`,
    `UV.BTV`): the letters without the dots, and one past its last token ('' when toks[i] is none)."""
    letters: list[str] = []
    j = i
    while j < len(toks) and j - i < _MAX_PARTS:
        tok = toks[j]
        if j > i and tok.start != toks[j - 1].end:
            break
        if tok.kind == "dot" and j > i and j + 1 < len(toks) and toks[j + 1].start == tok.end:
            j += 1
            continue
        if not tok.is_word or not tok.text.isupper():
            break
        letters.append(tok.text)
        j += 1
    if j > i and toks[j - 1].kind == "dot":
        j -= 1
    return "".join(letters), j


def _bodies_only(letters: str) -> bool:
    """`letters` is one or more body abbreviations in a row (`BCHTƯ`, `TƯ`)."""
    _, bodies = _parts()
    reachable = {0}
    for k in range(len(letters) + 1):
        if k in reachable:
            reachable |= {k + len(b) for b in bodies if letters.startswith(b, k)}
    return len(letters) in reachable and bool(letters)


def abbreviated_head(toks: Sequence[Token], i: int) -> int:
    """The tokens of a head abbreviation glued to the bodies it belongs to at toks[i] (`UVTƯ`, `UVT.Ư`,
    `UVBTV`, `UV.BCH`), or a head abbreviation followed by bodies (`UV BTV`); 0 when none."""
    if i >= len(toks):
        return 0
    tok = toks[i]
    if not tok.is_word or not tok.text.isupper() or len(tok.text) < 2:
        return 0
    heads, _ = _parts()
    letters, j = _spelled(toks, i)
    for head in heads:
        if letters.startswith(head) and len(letters) > len(head) and _bodies_only(letters[len(head) :]):
            return j - i + body_length(toks, j)
        if letters == head:
            after = body_length(toks, j)
            return j - i + after if after else 0
    return 0


def body_length(toks: Sequence[Token], i: int) -> int:
    """Body abbreviations that go on a member's head at toks[i] (`TƯ`, `BCH TƯ`, `T.Ư`): their tokens, 0 when
    none."""
    j = i
    while j < len(toks):
        letters, end = _spelled(toks, j)
        if not letters or not _bodies_only(letters):
            break
        j = end
    return j - i


def qualifier_length(toks: Sequence[Token], i: int) -> int:
    """A lower-case qualifier between a head and its organisation at toks[i] (`chuyên trách`, `dự khuyết`:
    officials_head_qualifiers.txt; a word of time before `của`: officials_head_qualifiers_of.txt), when a
    capitalised word follows it (after `của` perhaps); 0 otherwise."""
    if i >= len(toks) or toks[i].is_cap:
        return 0
    length = list_matcher("officials_head_qualifiers.txt").length(toks, i)
    if not length:  # `Chủ tịch hiện tại của EU`: a word of time only before `của`
        length = list_matcher("officials_head_qualifiers_of.txt").length(toks, i)
        if not length or i + length >= len(toks) or toks[i + length].lower != "của":
            return 0
    k = i + length
    if length and k + 1 < len(toks) and toks[k].lower == "của":
        k += 1  # `Phó Chủ tịch thứ nhất của Ủy ban …`
    return length if length and k < len(toks) and toks[k].is_cap_word else 0
