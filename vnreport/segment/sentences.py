"""Paragraphs and sentences with character offsets.

Our own splitter rather than underthesea's `sent_tokenize`: that one returns strings (no offsets) and
cuts URLs and document numbers at their dots. Here a boundary is a run of `.!?…` followed by space
and a sentence opener, never inside a protected token, never after a known abbreviation.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

from vnreport import regexes
from vnreport.lexicon import load_words
from vnreport.segment.syllables import has_foreign_shape

# Tried only where a run of `.!?…` starts, and possessive: a long run of dots is scanned once, not
# once per dot (issue #11). Giving back part of a run could never match anyway.
_BOUNDARY = regexes.compile(r"(?<![.!?…])[.!?…]++[”\"’»)\]]*+(?=\s++[\"“‘«(\[\-–—]?[\dA-ZĐÀ-Ỹ])")
_LINE = regexes.compile(r"[^\r\n]+")
_FINAL_PUNCT = tuple(".!?…:;")
# A headline may close on a question (issue #14). An exclamation is left a body sentence for now: those headlines
# are mostly commentary, whose next sentence the event rules then read as the news (an unmeasured loss).
_HEADLINE_END = ("?",)
_HEADLINE_MAX_WORDS = 30
# A stop followed by a space ends an inner sentence; `TP.HCM` or `3.5` do not.
_HEADLINE_INNER_STOPS = (". ", "! ", "? ")
_BYLINE_MAX_WORDS = 6


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """Non-blank lines, stripped of surrounding space: one paragraph each."""
    for match in _LINE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


@cache
def _abbreviations() -> frozenset[str]:
    """Words whose dot ends no sentence: abbreviations.txt, and those that open a foreign name (`St. Peter`)."""
    return load_words("abbreviations.txt") | load_words("places_name_abbreviations.txt")


def sentence_spans(view: str, start: int, end: int, protected: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Sentences of the paragraph `view[start:end]`; `protected` spans are never cut."""
    abbreviations = _abbreviations()
    starts = [a for a, _ in protected]  # sorted and disjoint (one finditer): only the last before a cut can hold it
    sentence_start = start
    for match in _BOUNDARY.finditer(view, start, end):
        cut = match.end()
        index = bisect_left(starts, cut) - 1
        if index >= 0 and cut < protected[index][1]:
            continue
        if _is_ellipsis(match.group()) and _next_char(view, cut, end).isdigit():
            continue  # `suốt ... 15 năm`: an ellipsis before a number rarely ends a sentence
        if match.group().startswith(".") and _ends_with_abbreviation(
            view, sentence_start, match.start(), abbreviations
        ):
            continue
        initials = match.group() == "." and _initials_before(view, sentence_start, match.start())
        if initials and (_next_char(view, cut, end) == "(" or _foreign_word_at(view, cut, end)):
            continue  # `ông T.V.H. (45 tuổi), Giám đốc …`, `ông H.R. McMaster`: a name written with initials
        yield sentence_start, cut
        sentence_start = cut
        while sentence_start < end and view[sentence_start].isspace():
            sentence_start += 1
    if sentence_start < end:
        yield sentence_start, end


def _is_ellipsis(punct: str) -> bool:
    return "…" in punct or "..." in punct


def _next_char(view: str, position: int, end: int) -> str:
    while position < end and view[position].isspace():
        position += 1
    return view[position] if position < end else ""


def _ends_with_abbreviation(view: str, lo: int, dot: int, abbreviations: frozenset[str]) -> bool:
    word_start = dot
    while word_start > lo and (view[word_start - 1].isalpha() or view[word_start - 1] == "."):
        word_start -= 1
    word = view[word_start:dot]
    if not word:
        return False
    # A single capital before a dot is an initial or an anonymised name (`anh T.`, `Nguyễn Văn A.`).
    return (len(word) == 1 and word.isupper()) or word in abbreviations


def _initials_before(view: str, lo: int, dot: int) -> bool:
    """Two or more initials joined by dots end at `dot` (`T.V.H`, `N.H.Tr`)."""
    word_start = dot
    while word_start > lo and (view[word_start - 1].isalpha() or view[word_start - 1] == "."):
        word_start -= 1
    parts = view[word_start:dot].split(".")
    return len(parts) >= 2 and all(0 < len(p) <= 2 and p[0].isupper() and p[1:] == p[1:].lower() for p in parts)


def _foreign_word_at(view: str, position: int, end: int) -> bool:
    """A capitalised word in plain letters that no Vietnamese syllable spells (`McMaster`, `Smith`, `Fitz`): the
    family name after initials, not the next sentence."""
    position += 1 if position < end and view[position] == " " else 0
    stop = position
    while stop < end and stop - position < 30 and view[stop].isascii() and view[stop].isalpha():
        stop += 1
    word = view[position:stop]
    if len(word) < 2 or not word[0].isupper() or (stop < end and view[stop].isalpha()):
        return False
    return any(c.isupper() for c in word[1:]) or has_foreign_shape(word)


def _has_byline_prefix(text: str) -> bool:
    head, colon, _ = text.partition(":")
    return bool(colon) and head.strip() in load_words("byline_prefixes.txt")


def _is_question_headline(text: str) -> bool:
    """A short first line that ends in `?` and holds no other sentence end is a headline.

    News headlines are often questions; a lead paragraph that ends so runs longer or carries an earlier full stop.
    """
    body = text[:-1]
    return (
        text.endswith(_HEADLINE_END)
        and len(text.split()) <= _HEADLINE_MAX_WORDS
        and not any(stop in body for stop in _HEADLINE_INNER_STOPS)
    )


def classify_paragraph(text: str, index: int, count: int) -> str:
    """title / body / byline / source, from the shape of a scraped article's lines."""
    lowered = text.lower()
    words = text.split()
    if index >= count - 3 and (
        (lowered.startswith(("nguồn", "theo ")) and len(words) <= 12) or ("http" in lowered and len(words) <= 6)
    ):
        return "source"
    if (
        index == 0
        and count > 1
        and len(text) <= 300
        and (not text.endswith(_FINAL_PUNCT) or _is_question_headline(text))
    ):
        return "title"
    if index >= count - 3 and index > 0 and _has_byline_prefix(text) and len(words) <= _BYLINE_MAX_WORDS + 3:
        return "byline"
    if (
        index >= count - 3
        and index > 0
        and len(words) <= _BYLINE_MAX_WORDS
        and not text.endswith(_FINAL_PUNCT)
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    ):
        return "byline"
    return "body"
