"""What every summary part reads: the document's tokens sentence by sentence (they know the word
segmenter's boundaries, so `giao` the verb is told apart from `giao` in `giao_ban`), the summary's phrase
lexicons as matchers, the body sentences, and the paragraphs the source repeats.
"""

from __future__ import annotations

from functools import cache

from vnreport.datafiles import prebuilt
from vnreport.lexicon import PhraseMatcher, RolePhraseRow, load_rows, load_words
from vnreport.report.model import Paragraph, Sentence
from vnreport.segment.document import Document
from vnreport.segment.tokens import Token

__all__ = [
    "Token",
    "body_sentences",
    "cue_rows",
    "is_mark",
    "later_copies",
    "match_ending_at",
    "match_length",
    "repeated_paragraphs",
    "sentence_tokens",
    "stopwords",
    "table_matchers",
    "table_values",
]


def is_mark(tok: Token, marks: frozenset[str]) -> bool:
    """A punctuation mark of `marks` (the dot of `TP.HCM` is none: its kind is `dot`)."""
    return tok.kind == "punct" and tok.lower in marks


def sentence_tokens(doc: Document, sentence: Sentence) -> list[Token]:
    """The tokens of a sentence of the document."""
    return doc.tokens_in(sentence.start, sentence.end)


def match_length(matcher: PhraseMatcher[bool], toks: list[Token], i: int, *, whole_words: bool = True) -> int:
    """Tokens in the longest phrase of `matcher` starting at toks[i]; 0 when none.

    With `whole_words`, a phrase must start and end on segmenter word boundaries.
    """
    return matcher.length(toks, i, whole_words=whole_words)


def match_ending_at(
    matcher: PhraseMatcher[bool], toks: list[Token], end: int, max_len: int = 4, *, whole_words: bool = True
) -> int:
    """Tokens in the longest phrase of `matcher` that ends just before toks[end]; 0 when none. `whole_words` as
    in `match_length`."""
    for length in range(min(max_len, end), 0, -1):
        if match_length(matcher, toks, end - length, whole_words=whole_words) == length:
            return length
    return 0


# The role that holds every press phrase (a press_verb before a press_noun, summary_cues.tsv): a speaker's words
# go to the press (people). Not `interview`: it keeps its own few phrases (see its header in the table).
_PRESS_ROLE = "to_press"


@cache
def cue_rows(name: str) -> tuple[RolePhraseRow, ...]:
    """The rows of a `role<TAB>phrase…` table, and a to_press row for each press phrase it holds: each
    press_verb (`trao đổi với`, `trả lời`) before each press_noun (`phóng viên`, `PV`)."""
    rows = load_rows(name, RolePhraseRow)
    verbs = [row.phrase for row in rows if row.role == "press_verb"]
    nouns = [row.phrase for row in rows if row.role == "press_noun"]
    press = [RolePhraseRow(_PRESS_ROLE, f"{verb} {noun}") for verb in verbs for noun in nouns]
    return (*rows, *press)


@prebuilt("table-matchers")
def table_matchers(name: str) -> dict[str, PhraseMatcher[bool]]:
    """A `role<TAB>phrase…` table as one matcher per role."""
    groups: dict[str, PhraseMatcher[bool]] = {}
    for row in cue_rows(name):
        groups.setdefault(row.role, PhraseMatcher("lower")).add(row.phrase, True)
    return groups


@cache
def table_values(name: str) -> dict[str, dict[str, str]]:
    """A `role<TAB>phrase<TAB>value` table as {role: {phrase: value}}."""
    values: dict[str, dict[str, str]] = {}
    for row in load_rows(name, RolePhraseRow):
        if row.value:
            values.setdefault(row.role, {})[row.phrase.lower()] = row.value
    return values


def stopwords() -> frozenset[str]:
    return load_words("summary_stopwords.txt")


# --- paragraphs ----------------------------------------------------------------------------------------


def repeated_paragraphs(doc: Document) -> list[list[Paragraph]]:
    """Groups of body paragraphs the source has more than once, in order of first appearance."""
    return doc.repeated_paragraphs


def later_copies(doc: Document) -> frozenset[int]:
    """Start offsets of the second and later copies of repeated paragraphs."""
    return frozenset(p.start for group in repeated_paragraphs(doc) for p in group[1:])


def body_sentences(doc: Document, *, skip_copies: bool = True) -> list[Sentence]:
    """Sentences of body paragraphs (no title, byline or source line), each repeated paragraph once."""
    copies = later_copies(doc) if skip_copies else frozenset()
    return [s for p in doc.paragraphs if p.kind == "body" and p.start not in copies for s in p.sentences]
