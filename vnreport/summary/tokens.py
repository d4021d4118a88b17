"""What every summary part reads: syllable tokens that know the segmenter's word boundaries, phrase
lexicons as tries, the body sentences, and the paragraphs the source repeats.

Tokens are syllables of the match view (lower-cased), so lexicon phrases match whatever the tone-mark
style; each also records whether it starts or ends a segmenter word, so `giao` the verb is told apart
from `giao` in `giao_ban` or `giao_thông`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vnreport.lexicon import TRIE_END, Trie, build_trie, load_table, load_words
from vnreport.report.model import Paragraph, Sentence
from vnreport.segment.document import Document

_SYLLABLE = re.compile(r"\S+")
_FALLBACK_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Tok:
    text: str  # lower-case, from the match view
    start: int
    end: int
    cap: bool  # written with a capital
    word: bool  # letters or digits, not punctuation
    first: bool  # starts a segmenter word
    last: bool  # ends a segmenter word


def sentence_tokens(doc: Document, sentence: Sentence) -> list[Tok]:
    """The syllables and punctuation of a sentence, with the segmenter's word boundaries (cached on the
    document: several summary parts read the same sentences)."""
    cache: dict[int, list[Tok]] = doc.extras.setdefault("summary_tokens", {})  # type: ignore[assignment]
    if sentence.start not in cache:
        cache[sentence.start] = _tokens(doc, sentence)
    return cache[sentence.start]


def _tokens(doc: Document, sentence: Sentence) -> list[Tok]:
    if not sentence.words:
        found = _FALLBACK_TOKEN.finditer(doc.view, sentence.start, sentence.end)
        return [_tok(doc.view, m.start(), m.end(), True, True) for m in found]
    toks: list[Tok] = []
    for word in sentence.words:
        parts = list(_SYLLABLE.finditer(doc.view, word.start, word.end))
        for k, m in enumerate(parts):
            toks.append(_tok(doc.view, m.start(), m.end(), k == 0, k == len(parts) - 1, word.kind != "punct"))
    return toks


def _tok(view: str, start: int, end: int, first: bool, last: bool, word: bool | None = None) -> Tok:
    raw = view[start:end]
    is_word = raw[0].isalnum() if word is None else word
    return Tok(raw.lower(), start, end, raw[0].isupper(), is_word, first, last)


# --- phrase lexicons ----------------------------------------------------------------------------------



def match_length(trie: Trie, toks: list[Tok], i: int, *, whole_words: bool = True) -> int:
    """Tokens in the longest phrase of `trie` starting at toks[i]; 0 when none.

    With `whole_words`, a phrase must start and end on segmenter word boundaries.
    """
    if i >= len(toks) or (whole_words and not toks[i].first):
        return 0
    node, best, j = trie, 0, i
    while j < len(toks):
        node = node.get(toks[j].text)  # type: ignore[assignment]
        if node is None:
            break
        j += 1
        if TRIE_END in node and (not whole_words or toks[j - 1].last):
            best = j - i
    return best


def match_ending_at(trie: Trie, toks: list[Tok], end: int, max_len: int = 4) -> int:
    """Tokens in the longest phrase of `trie` that ends just before toks[end]; 0 when none."""
    for length in range(min(max_len, end), 0, -1):
        if match_length(trie, toks, end - length) == length:
            return length
    return 0


@cache
def table_tries(name: str) -> dict[str, Trie]:
    """A `role<TAB>phrase…` table as one trie per role."""
    groups: dict[str, list[str]] = {}
    for row in load_table(name):
        if len(row) >= 2:
            groups.setdefault(row[0], []).append(row[1])
    return {role: build_trie(phrases) for role, phrases in groups.items()}


@cache
def table_values(name: str) -> dict[str, dict[str, str]]:
    """A `role<TAB>phrase<TAB>value` table as {role: {phrase: value}}."""
    values: dict[str, dict[str, str]] = {}
    for row in load_table(name):
        if len(row) >= 3:
            values.setdefault(row[0], {})[row[1].lower()] = row[2]
    return values


def stopwords() -> frozenset[str]:
    return load_words("summary_stopwords.txt")


# --- paragraphs ----------------------------------------------------------------------------------------


def paragraph_key(doc: Document, paragraph: Paragraph) -> str:
    """Two copies of a paragraph have the same key whatever their spacing, case or tone-mark style."""
    return " ".join(doc.view[paragraph.start : paragraph.end].lower().split())


def repeated_paragraphs(doc: Document) -> list[list[Paragraph]]:
    """Groups of body paragraphs the source has more than once, in order of first appearance."""
    if "summary_repeats" not in doc.extras:
        groups: dict[str, list[Paragraph]] = {}
        for paragraph in doc.paragraphs:
            if paragraph.kind == "body":
                groups.setdefault(paragraph_key(doc, paragraph), []).append(paragraph)
        doc.extras["summary_repeats"] = [group for group in groups.values() if len(group) > 1]
    return doc.extras["summary_repeats"]  # type: ignore[return-value]


def later_copies(doc: Document) -> frozenset[int]:
    """Start offsets of the second and later copies of repeated paragraphs."""
    return frozenset(p.start for group in repeated_paragraphs(doc) for p in group[1:])


def body_sentences(doc: Document, *, skip_copies: bool = True) -> list[Sentence]:
    """Sentences of body paragraphs (no title, byline or source line), each repeated paragraph once."""
    copies = later_copies(doc) if skip_copies else frozenset()
    return [s for p in doc.paragraphs if p.kind == "body" and p.start not in copies for s in p.sentences]
