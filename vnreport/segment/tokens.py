"""The one tokenisation of a document, computed once and read by every extractor and the summary.

A token is a syllable (letters, then letters or digits: `Nội`, `PC04`; Central Highlands names keep their
apostrophe: `H'Hen`, `K'Brơi`), a run of digits, a punctuation mark (`...` and `--` as one), or a
*protected* token kept whole (a URL, e-mail, document number, date, time, number with separators,
percentage: see `protect.py`). A dot written tight between two syllables or numbers (`TP.HCM`, `T.Ư`,
`tháng 3.2017`) is of kind `dot`: it abbreviates, it ends no clause. Each token carries its offsets
into the text, its text in the match view
(tone marks, `Đ`, dashes and spaces unified, see `vnreport/text.py`) and that text in lower case, the
whitespace before it on its line (`gap`, -1 when it opens a line), the sentence it belongs to, and the
word segmenter's boundaries (`first`/`last`: whether it opens or closes a segmenter word).

Lexicon phrases are split by the same function (`phrase_tokens`), so `PGS.TS` or `H'Hen` match the same
way wherever a lexicon is read (see `vnreport/lexicon.py: PhraseMatcher`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import msgspec

from vnreport import regexes
from vnreport.text import match_view, nfc

TokenKind = Literal["word", "number", "punct", "dot", "url", "email", "document", "date", "time", "percent"]

# One pass, no nested repetition: each alternative consumes at least one character and never backtracks
# into another (the syllable's apostrophe groups start with a quote mark that the body cannot match).
_SYLLABLE = r"[^\W\d_](?:[^\W_]|[\u0300-\u036f])*(?:['’][^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*)*"
# `____` (a separator line of a page whose paragraphs were joined) is one mark, so no name runs across it
_TOKEN = regexes.compile(rf"(?P<word>{_SYLLABLE})|(?P<number>\d+)|(?P<punct>\.\.+|--+|__+|[^\w\s])")


class Token(msgspec.Struct, gc=False):
    """One token. A msgspec Struct rather than a dataclass: a document makes one per syllable and mark,
    and a Struct is built in C (twice as fast) and, holding only numbers, strings and flags, is left out
    of the cyclic garbage collector's scans."""

    start: int
    end: int
    text: str  # as in the match view
    lower: str
    kind: TokenKind
    gap: int  # whitespace characters before it on its line; -1 when it opens a line
    sentence: int = -1  # index into Document.sentences
    first: bool = True  # opens a segmenter word
    last: bool = True  # closes a segmenter word
    # Read about a million times per 300 articles: fields set by `scan`, not properties computed at each read.
    is_cap: bool = False  # starts with a capital letter
    is_cap_word: bool = False  # a syllable starting with a capital letter

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    @property
    def is_wordlike(self) -> bool:
        """Letters or digits (a syllable, number, date …), not punctuation."""
        return self.kind != "punct"

    @property
    def joined(self) -> bool:
        """On the same line as the token before it."""
        return self.gap >= 0

    @property
    def glued(self) -> bool:
        """Written against the token before it, with no space."""
        return self.gap == 0


def scan(
    view: str,
    start: int,
    end: int,
    protected: Iterable[tuple[int, int, str]] = (),
    into: list[Token] | None = None,
) -> list[Token]:
    """Tokens of `view[start:end]` (appended to `into` when given): protected spans whole, syllables,
    numbers and marks elsewhere."""
    tokens: list[Token] = [] if into is None else into
    append = tokens.append
    prev_end = tokens[-1].end if tokens else -1  # -1: the first token opens a line
    cursor = start
    # The hot loop of segmentation (every token of every text): locals, and the gap read inline.
    for p_start, p_end, p_kind in [*protected, (end, end, "")]:
        for match in _TOKEN.finditer(view, cursor, p_start):
            t_start, t_end = match.span()
            text = view[t_start:t_end]
            kind = match.lastgroup or "punct"
            cap = text[0].isupper()
            # _gap inline for the two common cases: one space after the token before, or none at all.
            if prev_end >= 0 and (t_start == prev_end or (t_start - prev_end == 1 and view[prev_end] == " ")):
                gap = t_start - prev_end
            else:
                gap = _gap(view, prev_end, t_start)
            append(Token(t_start, t_end, text, text.lower(), kind, gap, -1, True, True, cap, cap and kind == "word"))  # type: ignore[arg-type]
            prev_end = t_end
        if p_end > p_start:
            text = view[p_start:p_end]
            gap = _gap(view, prev_end, p_start)
            append(Token(p_start, p_end, text, text.lower(), p_kind, gap, -1, True, True, text[0].isupper()))  # type: ignore[arg-type]
            prev_end = p_end
        cursor = max(cursor, p_end)
    return tokens


def _gap(view: str, prev_end: int, start: int) -> int:
    """Whitespace before a token on its line; -1 when it opens a line (or is the first token)."""
    if prev_end < 0:
        return -1
    if start - prev_end == 1 and view[prev_end] == " ":
        return 1  # the common case: one space
    between = view[prev_end:start]
    return -1 if "\n" in between or "\r" in between else len(between)


def mark_inner_dots(tokens: list[Token]) -> None:
    """`TP.HCM`, `Q.1`: a dot with no space on either side, between syllables or numbers, is `dot`."""
    for i in range(1, len(tokens) - 1):
        tok = tokens[i]
        glued = tok.text == "." and tok.gap == 0 and tokens[i + 1].gap == 0
        if glued and tokens[i - 1].kind in ("word", "number") and tokens[i + 1].kind in ("word", "number"):
            tok.kind = "dot"


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """A lexicon phrase split as the text is: match-view spelling, same token boundaries."""
    view = match_view(nfc(phrase))
    return tuple(m.group() for m in _TOKEN.finditer(view))


def sentence_slices(tokens: list[Token], count: int) -> list[tuple[int, int]]:
    """(first, last) token indices of each of `count` sentences (last exclusive)."""
    bounds = [(0, 0)] * count
    i = 0
    while i < len(tokens):
        s = tokens[i].sentence
        j = i
        while j < len(tokens) and tokens[j].sentence == s:
            j += 1
        if 0 <= s < count:
            bounds[s] = (i, j)
        i = j
    return bounds


@dataclass(slots=True)
class TokenArrays:
    """Parallel arrays over a list of tokens, for scanners that loop over every token of a document
    (places, organisations): `texts[i]` is cheaper than `tokens[i].text` in a hot loop."""

    items: list[Token]
    view: str
    starts: list[int]
    ends: list[int]
    texts: list[str]
    lowers: list[str]
    joined: list[bool]  # on the same line as the token before it

    @classmethod
    def of(cls, view: str, tokens: list[Token]) -> TokenArrays:
        return cls(
            tokens,
            view,
            [t.start for t in tokens],
            [t.end for t in tokens],
            [t.text for t in tokens],
            [t.lower for t in tokens],
            [t.gap >= 0 for t in tokens],
        )

    def __len__(self) -> int:
        return len(self.texts)

    def is_word(self, i: int) -> bool:
        return self.items[i].kind == "word"

    def is_cap(self, i: int) -> bool:
        return self.items[i].is_cap

    def is_cap_word(self, i: int) -> bool:
        return self.items[i].is_cap_word

    def sentence_initial(self, i: int) -> bool:
        return i == 0 or not self.joined[i] or self.texts[i - 1] in {".", "!", "?", ":", "“", '"', "…", "("}
