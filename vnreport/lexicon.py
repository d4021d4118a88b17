"""Lexicons: data files in `vnreport/data/`, loaded one way, and the one phrase matcher that reads them.

Files
-----
Plain lists (`.txt`): one entry per line; `#` opens a comment (a whole line, or ` #` after an entry).
Tables (`.tsv`): tab-separated, and the first line that is not a comment names the columns. A table is
read into a `NamedTuple` whose fields are those names (`load_rows("summary_events.tsv", EventRow)`): the
header is checked against the fields, so code reads columns by name and a reordered file fails loudly.
Trailing columns with a default in the row type may be left empty or absent.

Matching
--------
`PhraseMatcher` is the only phrase matcher of the project (as spaCy's `PhraseMatcher(vocab, attr=…)`):
phrases are split into tokens by the same function as the text (`segment/tokens.phrase_tokens`), in the
match view's spelling (tone marks, `Đ`, dashes unified), and matched longest-first over a document's
tokens on the attribute the lexicon chooses — `text` (case as written) or `lower`.
"""

from __future__ import annotations

from collections.abc import Iterable, KeysView, Sequence
from functools import cache
from importlib import resources
from typing import Any, Generic, Literal, NamedTuple, TypeVar

from vnreport.datafiles import prebuilt
from vnreport.segment.tokens import Token, phrase_tokens
from vnreport.text import fold, nfc

Attr = Literal["text", "lower"]
V = TypeVar("V")
R = TypeVar("R", bound=NamedTuple)


# The words that make the verb after them passive (`được giao`, `bị xử phạt`): its subject undergoes the act.
PASSIVE_MARKS = frozenset({"được", "bị"})


class RolePhraseRow(NamedTuple):
    """A row of a `role<TAB>phrase[<TAB>value]` table (summary_cues.tsv, summary_tasks.tsv …), which the
    summary and the officials' roles both read."""

    role: str
    phrase: str
    value: str = ""


class DocumentKindRow(NamedTuple):
    """A row of `documents_kinds.tsv` (a document's type word), which the documents and the dates (a date just after
    `văn bản 567` is that document's) both read."""

    word: str
    kind: str
    code: str
    system: str
    standalone: str
    capital: str = ""


class IssuingVerbRow(NamedTuple):
    """A row of `documents_issuing_verbs.tsv` (a verb that issues a document), which the documents' dates and the
    year of partial dates (a document the story issues is no document it carries out) both read."""

    verb: str
    vote: str
    self: str


class LexiconError(Exception):
    """A data file that does not have the shape its loader expects."""


def data_text(name: str) -> str:
    return resources.files("vnreport").joinpath("data", name).read_text(encoding="utf-8")


def _lines(name: str) -> list[str]:
    rows = []
    for line in data_text(name).splitlines():
        line = line.split(" #", 1)[0].rstrip() if not line.startswith("#") else ""
        if line.strip():
            rows.append(nfc(line.strip()))
    return rows


@cache
def load_words(name: str) -> frozenset[str]:
    return frozenset(_lines(name))


@cache
def load_list(name: str) -> tuple[str, ...]:
    return tuple(_lines(name))


@cache
def treebank_verbs() -> frozenset[str]:
    """The words the UD Vietnamese treebank tags as verbs (summary_verbs.txt, built by
    benchmarks/mine_ud_verbs.py), folded: read by the key facts and by the figures' measures."""
    return frozenset(fold(word) for word in load_list("summary_verbs.txt"))


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("\t")]


@cache
def _table(name: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    lines = _lines(name)
    if not lines:
        raise LexiconError(f"{name}: no header line")
    header = tuple(_cells(lines[0]))
    return header, tuple(tuple(_cells(line)) for line in lines[1:])


def load_rows(name: str, row_type: type[R]) -> tuple[R, ...]:
    """The rows of a table as `row_type` tuples; its header must name `row_type`'s fields in order."""
    header, rows = _table(name)
    fields: tuple[str, ...] = row_type._fields
    defaults: dict[str, Any] = row_type._field_defaults
    if header != fields[: len(header)] or any(f not in defaults for f in fields[len(header) :]):
        raise LexiconError(f"{name}: columns {header} do not match {row_type.__name__}{fields}")
    required = len([f for f in fields if f not in defaults])
    out = []
    for number, row in enumerate(rows, 2):
        if not required <= len(row) <= len(fields):
            raise LexiconError(f"{name}: row {number} has {len(row)} columns, expected {required}–{len(fields)}")
        values = [cell if cell or f not in defaults else defaults[f] for f, cell in zip(fields, row, strict=False)]
        out.append(row_type(*values))  # type: ignore[arg-type]
    return tuple(out)


# --- the phrase matcher ------------------------------------------------------------------------------


class _EndMark:
    """The key that marks a phrase's end in the trie: no token's text can equal it (a string such as "\x00"
    collides with a token of that text, and the walk then reads the phrase's value as a node)."""

    def __reduce__(self) -> str:
        return "_END"  # pickled by reference: a matcher loaded from the cache keeps the one mark


_END: Any = _EndMark()
_NO_MATCH: tuple[int, Any] = (0, None)


class PhraseMatcher(Generic[V]):
    """Longest match of phrases over tokens, on one token attribute (`text` or `lower`).

    Every token of a phrase after the first must stand on the same line as the one before it. With
    `reverse=True` the phrases are stored last token first, to ask what ends right before a token.
    """

    def __init__(self, attr: Attr = "lower", *, reverse: bool = False) -> None:
        self.attr = attr
        self._lower = attr == "lower"
        self.reverse = reverse
        self._root: dict[str, Any] = {}

    def add(self, phrase: str, value: V) -> None:
        key = phrase_tokens(phrase)
        if self.attr == "lower":
            key = tuple(k.lower() for k in key)
        if not key:
            return
        node = self._root
        for part in reversed(key) if self.reverse else key:
            node = node.setdefault(part, {})
        node[_END] = value

    def first_tokens(self) -> frozenset[str]:
        """The keys a phrase may start with (or, reversed, end with)."""
        return frozenset(self._root)

    @property
    def openers(self) -> KeysView[str]:
        """The keys a phrase may start with, as a live view: a loop over every token tests
        `(tok.lower if matcher.reads_lower else tok.text) in openers` without a call per token."""
        return self._root.keys()

    @property
    def reads_lower(self) -> bool:
        return self._lower

    def starts(self, token: Token) -> bool:
        """Whether some phrase begins (or, reversed, ends) with this token: a cheap first test."""
        return (token.lower if self._lower else token.text) in self._root

    def _key(self, token: Token) -> str:
        return token.lower if self.attr == "lower" else token.text

    def match(self, tokens: Sequence[Token], i: int, *, whole_words: bool = False) -> tuple[int, V | None]:
        """(tokens, value) of the longest phrase starting at tokens[i]; (0, None) when none.
        `whole_words`: the phrase must start and end on the word segmenter's boundaries."""
        if i >= len(tokens):
            return _NO_MATCH
        token = tokens[i]
        # Most calls start at a token no phrase starts with: answered by one lookup (the hot path of
        # every extractor).
        node: dict[str, Any] | None = self._root.get(token.lower if self._lower else token.text)
        if node is None or (whole_words and not token.first):
            return _NO_MATCH
        best: tuple[int, V | None] = (1, node[_END]) if _END in node and (not whole_words or token.last) else _NO_MATCH
        j = i + 1
        n = len(tokens)
        lower = self._lower
        while j < n:
            token = tokens[j]
            if token.gap < 0:
                break
            node = node.get(token.lower if lower else token.text)
            if node is None:
                break
            j += 1
            if _END in node and (not whole_words or token.last):
                best = (j - i, node[_END])
        return best

    def length(self, tokens: Sequence[Token], i: int, *, whole_words: bool = False) -> int:
        # The first-token test inline: most callers ask at every token of a sentence.
        if i >= len(tokens) or (tokens[i].lower if self._lower else tokens[i].text) not in self._root:
            return 0
        return self.match(tokens, i, whole_words=whole_words)[0]

    def ending_at(self, tokens: Sequence[Token], end: int, *, whole_words: bool = False) -> tuple[int, V | None]:
        """(tokens, value) of the longest phrase ending right before tokens[end] (a reversed matcher).
        `whole_words`: the phrase must start and end on the word segmenter's boundaries (not `bố` ending `công
        bố`, `tại` ending `hiện tại`)."""
        assert self.reverse, "ending_at needs a matcher built with reverse=True"
        if whole_words and end > 0 and not tokens[end - 1].last:
            return (0, None)
        node: dict[str, Any] | None = self._root
        best: tuple[int, V | None] = (0, None)
        j = end - 1
        while j >= 0 and (j == end - 1 or tokens[j + 1].gap >= 0):
            node = node.get(self._key(tokens[j]))  # type: ignore[union-attr]
            if node is None:
                break
            if _END in node and (not whole_words or tokens[j].first):
                best = (end - j, node[_END])
            j -= 1
        return best


def phrase_matcher(phrases: Iterable[str], attr: Attr = "lower", *, reverse: bool = False) -> PhraseMatcher[bool]:
    """A matcher of plain phrases (each with the value True)."""
    matcher: PhraseMatcher[bool] = PhraseMatcher(attr, reverse=reverse)
    for phrase in phrases:
        matcher.add(phrase, True)
    return matcher


@prebuilt("list-matcher")
def list_matcher(name: str, attr: Attr = "lower", *, reverse: bool = False) -> PhraseMatcher[bool]:
    """The phrases of a data file as a matcher, built once per process."""
    return phrase_matcher(load_list(name), attr, reverse=reverse)
