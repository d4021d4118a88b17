"""The segmented document every extractor reads: text, match view, paragraphs, sentences, words."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from vnreport.report.model import Mention, Paragraph, Sentence, Word
from vnreport.segment.protect import protected_spans
from vnreport.segment.sentences import classify_paragraph, paragraph_spans, sentence_spans
from vnreport.segment.words import merge_words, syllable_tokens, tag_by_dictionary, tag_sentences
from vnreport.text import match_view

PROTECTED_KINDS = frozenset({"url", "email", "document", "date", "time", "number", "percent"})


@dataclass
class Document:
    text: str
    view: str
    paragraphs: list[Paragraph]
    title: Mention | None = None
    year: int | None = None  # publication year when known (batch metadata, or the caller)
    extras: dict[str, object] = field(default_factory=dict)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]

    @cached_property
    def words(self) -> list[Word]:
        return [w for s in self.sentences for w in s.words]

    def paragraphs_of(self, *kinds: str) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind in kinds]


WordMode = Literal["crf", "dictionary"] | bool


def segment(text: str, *, words: WordMode = True) -> Document:
    """Split `text` (already NFC) into paragraphs, sentences and words.

    `words`: True or "crf" for underthesea's CRF model (the accurate segmentation `vnreport segment`
    prints); "dictionary" for greedy longest match on underthesea's word list (several times cheaper,
    enough for the analysis); False for no words.
    """
    view = match_view(text)
    spans = list(paragraph_spans(text))
    paragraphs: list[Paragraph] = []
    token_lists = []
    for index, (p_start, p_end) in enumerate(spans):
        protected = list(protected_spans(view, p_start, p_end))
        starts = [a for a, _, _ in protected]
        sentences = []
        for s_start, s_end in sentence_spans(view, p_start, p_end, [(a, b) for a, b, _ in protected]):
            sentence = Sentence(text=text[s_start:s_end], start=s_start, end=s_end)
            if words:
                # the protected spans are sorted: those of this sentence by bisection, not by a scan of all
                first, last = bisect_left(starts, s_start), bisect_left(starts, s_end)
                inside = [p for p in protected[first:last] if p[1] <= s_end]
                token_lists.append((sentence, syllable_tokens(view, s_start, s_end, inside)))
            sentences.append(sentence)
        kind = classify_paragraph(text[p_start:p_end], index, len(spans))
        paragraphs.append(Paragraph(start=p_start, end=p_end, kind=kind, sentences=sentences))  # type: ignore[arg-type]
    if token_lists:
        tagger = tag_by_dictionary if words == "dictionary" else tag_sentences
        tags = tagger(view, [tokens for _, tokens in token_lists])
        for (sentence, tokens), sentence_tags in zip(token_lists, tags, strict=True):
            sentence.words = merge_words(text, tokens, sentence_tags, PROTECTED_KINDS)
    title = None
    if paragraphs and paragraphs[0].kind == "title":
        first = paragraphs[0]
        title = Mention(text=text[first.start : first.end], start=first.start, end=first.end)
    return Document(text=text, view=view, paragraphs=paragraphs, title=title)
