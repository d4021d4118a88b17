"""The shape of a written syllable: whether a word could be Vietnamese at all (DOMAIN.md §4, §7).

Segmentation needs it (the sentence splitter must not cut `ông H.R. McMaster` after the initials) as much as
the name readers (`Tony Blair` after a title), so it lives below both.
"""

from __future__ import annotations

import unicodedata

from vnreport import regexes

_VIETNAMESE_LETTERS = frozenset("abcdđeghiklmnopqrstuvxyăâêôơư")
# A syllable without its marks: onset, vowels, final consonant. One pass, no nested repetition.
_SYLLABLE = regexes.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?"
)


def is_foreign_word(word: str) -> bool:
    """A word with a letter Vietnamese does not use (f, j, w, z, ø, é as a base letter …)."""
    for ch in word.lower():
        base = unicodedata.normalize("NFD", ch)[0] if ch not in "đăâêôơư" else ch
        if ch.isalpha() and base not in _VIETNAMESE_LETTERS and ch not in _VIETNAMESE_LETTERS:
            return True
        if ch in "fjwz":
            return True
    return False


def has_foreign_shape(word: str) -> bool:
    """A foreign letter, or no Vietnamese syllable (`Tony`, `Blair`, `Maduro`, `Shinzo`); abbreviations in
    capitals (`UBND`) are not foreign."""
    if is_foreign_word(word):
        return True
    return not (len(word) > 1 and word.isupper()) and not is_vietnamese_syllable(word)


def is_vietnamese_syllable(word: str) -> bool:
    """An onset, one to three vowels and a final consonant Vietnamese allows (`nghiêng`, `Tập`, `Bình`)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    return _SYLLABLE.fullmatch(bare.replace("đ", "d")) is not None
