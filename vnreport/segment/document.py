"""The segmented document every extractor reads: text, match view, paragraphs, sentences, tokens, words."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from vnreport.report.model import Mention, Paragraph, Sentence, Word
from vnreport.segment.protect import protected_spans
from vnreport.segment.sentences import classify_paragraph, paragraph_spans, sentence_spans
from vnreport.segment.tokens import Token, TokenArrays, mark_inner_dots, scan, sentence_slices
from vnreport.segment.words import join_abbreviations, merge_words, tag_by_dictionary, tag_sentences
from vnreport.segment.wraps import unwrap_soft_breaks
from vnreport.text import match_view

_COMMA = re.compile(",")
PROTECTED_KINDS = frozenset({"url", "email", "document", "date", "time", "number", "percent"})
_NOT_BODY = frozenset({"byline", "source"})


@dataclass
class Document:
    text: str
    view: str
    paragraphs: list[Paragraph]
    tokens: list[Token]
    title: Mention | None = None
    year: int | None = None  # publication year when known (`--year`, a page's date)

    @cached_property
    def lower_view(self) -> str | None:
        """The match view in lower case, when lowering keeps every offset (it does unless the text holds
        one of the few letters whose lower case is two characters, such as `İ`): for patterns that read
        lower-case text without the cost of case-insensitive matching."""
        lower = self.view.lower()
        return lower if len(lower) == len(self.view) else None

    @cached_property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts, in order: for a bisect from a character to its sentence."""
        return [s.start for s in self.sentences]

    @cached_property
    def comma_positions(self) -> list[int]:
        """Where each comma of the match view stands, in order: for a bisect from a character to its clause."""
        return [m.start() for m in _COMMA.finditer(self.view)]

    @cached_property
    def words(self) -> list[Word]:
        return [w for s in self.sentences for w in s.words]

    @cached_property
    def sentence_bounds(self) -> list[tuple[int, int]]:
        """(first, last) token index of each sentence, last exclusive."""
        return sentence_slices(self.tokens, len(self.sentences))

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def token_index(self, pos: int) -> int:
        """Index of the first token that starts at or after character `pos`."""
        return bisect_left(self._token_starts, pos)

    @cached_property
    def _token_ends(self) -> list[int]:
        return [t.end for t in self.tokens]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens inside the character span [start, end)."""
        first = self.token_index(start)
        # Tokens never overlap, so their ends are sorted too: a paragraph's tokens by two bisections,
        # not a walk over them (called for every sentence and paragraph the summary reads).
        last = max(first, bisect_right(self._token_ends, end))
        return self.tokens[first:last]

    def sentence_tokens(self, index: int) -> list[Token]:
        first, last = self.sentence_bounds[index]
        return self.tokens[first:last]

    @cached_property
    def body_arrays(self) -> TokenArrays:
        """The tokens of the title and body (not bylines or source lines) as parallel arrays; a one-line
        text that looks like a byline is read all the same."""
        spans = [(p.start, p.end) for p in self.paragraphs if p.kind not in _NOT_BODY]
        if not spans:
            return TokenArrays.of(self.view, self.tokens)
        kept: list[Token] = []
        ends = self._token_ends
        for start, end in spans:
            # The tokens from `start` on that end by `end` (token ends are sorted: a bisection, not a walk).
            first = self.token_index(start)
            kept.extend(self.tokens[first : max(first, bisect_right(ends, end, first))])
        return TokenArrays.of(self.view, kept)

    @cached_property
    def repeated_paragraphs(self) -> list[list[Paragraph]]:
        """Groups of body paragraphs the source has more than once (whatever their spacing, case or
        tone-mark style), in order of first appearance: scraped pages repeat captions and leads."""
        groups: dict[str, list[Paragraph]] = {}
        for paragraph in self.paragraphs:
            if paragraph.kind == "body":
                key = " ".join(self.view[paragraph.start : paragraph.end].lower().split())
                groups.setdefault(key, []).append(paragraph)
        return [group for group in groups.values() if len(group) > 1]

    def paragraphs_of(self, *kinds: str) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind in kinds]

    def title_sentences(self) -> list[Sentence]:
        """The sentences of the title paragraphs, in reading order."""
        return [s for p in self.paragraphs_of("title") for s in p.sentences]


WordMode = Literal["crf", "dictionary"] | bool


def segment(text: str, *, words: WordMode = True) -> Document:
    """Split `text` (already NFC) into paragraphs, sentences, tokens and words.

    `words`: True or "crf" for underthesea's CRF model (the accurate segmentation `vnreport segment`
    prints); "dictionary" for greedy longest match on underthesea's word list (several times cheaper,
    enough for the analysis); False for no words (tokens only).
    """
    # A line cut inside a sentence is one line for every stage (see wraps.py).
    view = unwrap_soft_breaks(match_view(text))
    spans = list(paragraph_spans(view))
    paragraphs: list[Paragraph] = []
    tokens: list[Token] = []
    sentence_index = 0
    for index, (p_start, p_end) in enumerate(spans):
        protected = list(protected_spans(view, p_start, p_end))
        first = len(tokens)
        scan(view, p_start, p_end, protected, into=tokens)
        sentences = []
        k = first
        for s_start, s_end in sentence_spans(view, p_start, p_end, [(a, b) for a, b, _ in protected]):
            while k < len(tokens) and tokens[k].start < s_end:
                tokens[k].sentence = sentence_index
                k += 1
            sentences.append(Sentence(text=text[s_start:s_end], start=s_start, end=s_end))
            sentence_index += 1
        kind = classify_paragraph(text[p_start:p_end], index, len(spans))
        paragraphs.append(Paragraph(start=p_start, end=p_end, kind=kind, sentences=sentences))  # type: ignore[arg-type]
    mark_inner_dots(tokens)
    doc = Document(text=text, view=view, paragraphs=paragraphs, tokens=tokens)
    if words:
        _segment_words(doc, dictionary=words == "dictionary")
    if paragraphs and paragraphs[0].kind == "title":
        first_paragraph = paragraphs[0]
        doc.title = Mention(
            text=text[first_paragraph.start : first_paragraph.end], start=first_paragraph.start, end=first_paragraph.end
        )
    return doc


def _segment_words(doc: Document, *, dictionary: bool) -> None:
    """Word boundaries over each sentence's tokens: the `first`/`last` flags and `Sentence.words`."""
    per_sentence = [doc.sentence_tokens(i) for i in range(len(doc.sentences))]
    tagger = tag_by_dictionary if dictionary else tag_sentences
    tags = tagger(per_sentence)
    for sentence, toks, sentence_tags in zip(doc.sentences, per_sentence, tags, strict=True):
        sentence.words = merge_words(doc.text, toks, join_abbreviations(toks, sentence_tags), PROTECTED_KINDS)
