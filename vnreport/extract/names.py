"""Syllable tokens and the lexicon look-ups the people extractors share (titles, names, places).

A sentence is read as a list of tokens: syllables (letters, with `H'`/`K'` apostrophes kept) and single
punctuation marks, each with offsets into the match view. Phrase lexicons are tries over lower-case
syllables, so `Phó Bí thư Thường trực` is found in one longest-match step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vnreport.lexicon import TRIE_END, Trie, build_trie, load_list, load_words

# Syllables (letters, then letters or digits: `PC04`; `H'Hen` keeps its apostrophe), numbers, punctuation.
_TOKEN = re.compile(r"[^\W\d_][^\W_]*(?:['’][^\W\d_]+)?|\d+(?:[.,/]\d+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str  # as in the match view

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


def tokenize(view: str, start: int, end: int) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(view, start, end)]


def longest_match(trie: Trie, toks: list[Tok], i: int) -> int:
    """Number of tokens of the longest trie phrase starting at toks[i] (0 when none)."""
    node, best, j = trie, 0, i
    while j < len(toks):
        node = node.get(toks[j].text.lower())  # type: ignore[assignment]
        if node is None:
            break
        j += 1
        if TRIE_END in node:
            best = j - i
    return best


@cache
def title_trie() -> Trie:
    return build_trie([*load_list("officials_titles.txt"), *load_list("officials_ranks.txt")])


def _token_trie(phrases: tuple[str, ...]) -> Trie:
    """A trie of phrases tokenised like the text (`PGS.TS` → PGS . TS; `phòng, chống` → phòng , chống)."""
    return build_trie([" ".join(t.text for t in tokenize(p, 0, len(p))) for p in phrases])


@cache
def org_phrase_trie() -> Trie:
    return _token_trie(load_list("officials_org_phrases.txt"))


@cache
def org_name_part_trie() -> Trie:
    return _token_trie(load_list("officials_org_name_parts.txt"))


@cache
def rank_words() -> frozenset[str]:
    return frozenset(r.lower() for r in load_list("officials_ranks.txt"))


@cache
def honorific_trie() -> Trie:
    return _token_trie(load_list("officials_honorifics.txt"))


@cache
def anchor_trie() -> Trie:
    return build_trie(list(load_list("officials_anchors.txt")))


def ends_with_anchor(toks: list[Tok], i: int) -> bool:
    """True when an anchor (`ông`, `đồng chí`, `bị cáo` …) ends right before toks[i]."""
    return any(longest_match(anchor_trie(), toks, k) == i - k for k in range(max(0, i - 3), i))


@cache
def surnames() -> frozenset[str]:
    return load_words("names_surnames.txt")


@cache
def org_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_words("officials_org_words.txt"))


@cache
def place_trie() -> Trie:
    """Province and country names, so `Thành ủy Hà Nội Nguyễn Thị Tuyến` splits after `Hà Nội`."""
    from vnreport.extract.locations import admin_mapping

    names = set(load_list("places_extra.txt"))
    mapping = admin_mapping()
    for table in ("province_names", "old_province_names"):
        for entry in mapping[table].values():
            names.add(entry["short"])
    # Bare `Hồ Chí Minh` is a person (`Chủ tịch Hồ Chí Minh`); the city always has its unit word.
    names.discard("Hồ Chí Minh")
    names.update({"TP Hồ Chí Minh", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh"})
    return build_trie(sorted(names))


@cache
def middle_names() -> frozenset[str]:
    return load_words("names_middle.txt")


def is_apostrophe_name(tok: Tok) -> bool:
    """One-word names of the Central Highlands written with a prefix: `K'Brơi`, `H'Hen`."""
    return tok.is_word and tok.text[:2] in {"H'", "K'", "H’", "K’"} and len(tok.text) > 2


def is_name_start(toks: list[Tok], i: int) -> bool:
    tok = toks[i]
    if not tok.is_cap or not tok.is_word:
        return False
    if tok.text in surnames() or tok.text[:2] in {"H'", "K'", "H’", "K’"}:
        return True
    # An unlisted surname still reads as one before a middle name and a given name: `Quàng Văn Hải`.
    return (
        i + 2 < len(toks)
        and tok.text not in load_words("names_not_first.txt")
        and toks[i + 1].text in middle_names()
        and toks[i + 2].is_cap
        and toks[i + 2].is_word
        and toks[i + 1].start == tok.end + 1
    )


def name_length(toks: list[Tok], i: int) -> int:
    """Syllables of a personal name starting at toks[i]: a surname, then 1–4 capitalised syllables."""
    if i >= len(toks) or not is_name_start(toks, i) or longest_match(place_trie(), toks, i):
        return 0
    j = i + 1
    while j < len(toks) and j - i < 5 and toks[j].is_word and toks[j].is_cap and toks[j].start == toks[j - 1].end + 1:
        if longest_match(title_trie(), toks, j) or toks[j].text in load_words("names_stop.txt"):
            break
        j += 1
    return j - i if j - i >= 2 else 0


_VIETNAMESE_LETTERS = frozenset("abcdđeghiklmnopqrstuvxyăâêôơư")


def is_foreign_word(word: str) -> bool:
    """A word with a letter Vietnamese does not use (f, j, w, z, ø, é as a base letter …)."""
    import unicodedata

    for ch in word.lower():
        base = unicodedata.normalize("NFD", ch)[0] if ch not in "đăâêôơư" else ch
        if ch.isalpha() and base not in _VIETNAMESE_LETTERS and ch not in _VIETNAMESE_LETTERS:
            return True
        if ch in "fjwz":
            return True
    return False


def foreign_name_length(toks: list[Tok], i: int) -> int:
    """`Mikkel Sørensen` after a title: 2–3 capitalised words, at least one visibly non-Vietnamese."""
    j = i
    while j < len(toks) and j - i < 3 and toks[j].is_word and toks[j].is_cap:
        j += 1
    if j - i >= 2 and any(is_foreign_word(t.text) for t in toks[i:j]):
        return j - i
    return 0
