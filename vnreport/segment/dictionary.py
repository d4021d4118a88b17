"""underthesea's word list (the dictionary its segmentation model was trained with), for cheap
questions about word boundaries without running the CRF: is `y tế` one word (so `Sở Y tế` continues
past `Y`), is `nội chủ` (no: `Thành ủy Hà Nội chủ trì` ends at `Nội`)?
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from vnreport.datafiles import built, underthesea_file
from vnreport.text import fold

MODEL = ("pipeline", "word_tokenize", "models", "ws_crf_vlsp2013_20230727")


def model_file(name: str) -> Path:
    """A file of underthesea's word segmentation model (found by path: no import of underthesea)."""
    return underthesea_file(*MODEL, name)


@cache
def folded_words() -> frozenset[str]:
    """The word list as match-view text in lower case: test `view[a:b].lower()` against it directly.
    Folding 72k words takes most of a second: the result is kept in the cache (see datafiles.py)."""
    path = model_file("dictionary.bin")
    return _set_of_lines(built("folded-word-lines", [path], lambda: _lines_of(_fold_words(path))))


def _fold_words(path: Path) -> frozenset[str]:
    import joblib  # only when the cache has no folded list yet

    return frozenset(fold(word).lower() for word in joblib.load(path))


# A word list is cached as one string of lines, not as a pickled set: splitting it and hashing the
# words is twice as fast as unpickling 72k strings one by one (a tenth of a cold run).
def _lines_of(words: frozenset[str]) -> str:
    return "\n".join(sorted(words))


def _set_of_lines(lines: str) -> frozenset[str]:
    return frozenset(lines.split("\n")) if lines else frozenset()


@cache
def word_prefixes() -> frozenset[str]:
    """The first 2, 3 … syllables of every longer word (`ủy ban nhân` of `ủy ban nhân dân`), folded: a
    longest match stops as soon as what it has read begins no longer word."""
    path = model_file("dictionary.bin")
    return _set_of_lines(built("word-prefix-lines", [path], lambda: _lines_of(_prefixes_of_words())))


def _prefixes_of_words() -> frozenset[str]:
    prefixes = set()
    for word in folded_words():
        syllables = word.split(" ")
        for k in range(2, len(syllables)):
            prefixes.add(" ".join(syllables[:k]))
    return frozenset(prefixes)


def is_view_word(lowered: str) -> bool:
    """`is_word` for syllables already in the match view, lower case and one space apart (token texts)."""
    return lowered in folded_words()


def is_word(syllables: str) -> bool:
    """True when the syllables (space-separated, any case or tone-mark style) form a dictionary word."""
    return fold(syllables).lower() in folded_words()
