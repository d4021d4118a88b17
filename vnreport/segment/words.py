"""Word segmentation over the document's tokens: underthesea's CRF model, or greedy longest match on its
word list, with protected tokens kept whole.

We call underthesea's pieces ourselves instead of `word_tokenize`, because `word_tokenize` returns
strings rewritten by its normaliser (`Hoà` → `Hòa`), so offsets into the user's text are lost. Here the
model reads the tokens of the match view (same length as the text, tone marks in the position the model
was trained on), every token keeps its offsets, and the words are sliced back out of the original text.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from vnreport.report.model import Word, WordKind
from vnreport.segment.dictionary import folded_words, model_file, word_prefixes
from vnreport.segment.tokens import Token


@cache
def _crf() -> tuple[Any, Any]:
    """underthesea's CRF word segmentation model, loaded from its files (only for `vnreport segment`)."""
    import joblib
    from underthesea_core import CRFFeaturizer, CRFTagger

    tagger = CRFTagger()
    tagger.load(str(model_file("models.bin")))
    featurizer = CRFFeaturizer(joblib.load(model_file("features.bin")), joblib.load(model_file("dictionary.bin")))
    return featurizer, tagger


def tag_sentences(sentences: list[list[Token]]) -> list[list[str]]:
    """B-W / I-W for every token of every sentence, in one call to the CRF featurizer."""
    if not sentences:
        return []
    featurizer, tagger = _crf()
    features = featurizer.process([[[t.text] for t in tokens] for tokens in sentences])
    return [tagger.tag(x) if x else [] for x in features]


_MAX_DICTIONARY_WORD = 4  # syllables


def tag_by_dictionary(sentences: list[list[Token]]) -> list[list[str]]:
    """B-W / I-W by greedy longest match against underthesea's word list: a cheap stand-in for the CRF
    (no model call) for callers that need word boundaries but not the model's accuracy."""
    words = folded_words()  # the view is already folded: only case differs
    prefixes = word_prefixes()
    tagged = []
    for tokens in sentences:
        syllables = [t.lower if t.kind == "word" else None for t in tokens]
        tags = ["B-W"] * len(tokens)
        i = 0
        count = len(tokens)
        while i < count:
            length = 1
            read = syllables[i]
            # Longer and longer windows while what is read begins some longer word (the longest
            # dictionary word of at most four syllables wins, as trying 4, 3, 2 in turn would give).
            # Most windows stop at two syllables: that step is written out, the loop is for the rest.
            if read is not None and i + 1 < count and (second := syllables[i + 1]) is not None:
                read = f"{read} {second}"
                if read in words:
                    length = 2
                if read in prefixes:
                    for n in range(3, min(_MAX_DICTIONARY_WORD, count - i) + 1):
                        syllable = syllables[i + n - 1]
                        if syllable is None:
                            break
                        read = f"{read} {syllable}"
                        if read in words:
                            length = n
                        if read not in prefixes:
                            break
            for k in range(i + 1, i + length):
                tags[k] = "I-W"
            i += length
        tagged.append(tags)
    return tagged


def _ampersand(tokens: list[Token], k: int) -> bool:
    """`GD&ĐT`: an ampersand written tight between two capitalised syllables."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text == "&"
        and tokens[k].gap == 0
        and tokens[k + 1].gap == 0
        and tokens[k - 1].is_cap_word
        and tokens[k + 1].is_cap_word
    )


def _joins_abbreviation(tokens: list[Token], i: int) -> bool:
    """Token i continues an abbreviation written tight (`TP.HCM`, `T.Ư`, `GD&ĐT`): one word, as the
    segmentation model was trained to see it."""
    tok = tokens[i]
    if tok.kind == "dot" or (tokens[i - 1].kind == "dot" and tok.gap == 0):
        return True
    return _ampersand(tokens, i) or (_ampersand(tokens, i - 1) and tok.gap == 0)


def join_abbreviations(tokens: list[Token], tags: list[str]) -> list[str]:
    """The tags with every abbreviation written tight made one word (I-W after its first token)."""
    joined = list(tags)
    for i in range(1, len(tokens)):
        tok = tokens[i]
        # Only a dot or a token written tight against the one before can continue an abbreviation.
        if (tok.gap == 0 or tok.kind == "dot") and _joins_abbreviation(tokens, i):
            joined[i] = "I-W"
    return joined


def merge_words(text: str, tokens: list[Token], tags: list[str], protected_kinds: frozenset[str]) -> list[Word]:
    """Join I-W syllables onto the previous word (a protected token is always a word of its own) and
    mark each token's place in its word (`first`/`last`)."""
    # Spans first, Word objects once at the end: a word of three syllables is one object, not three.
    starts: list[int] = []
    ends: list[int] = []
    kinds: list[WordKind] = []
    previous_protected = True
    for index, (token, tag) in enumerate(zip(tokens, tags, strict=True)):
        is_protected = token.kind in protected_kinds
        if tag == "I-W" and ends and not is_protected and not previous_protected:
            ends[-1] = token.end
            token.first = False
            tokens[index - 1].last = False
        else:
            starts.append(token.start)
            ends.append(token.end)
            kinds.append("punct" if token.kind == "dot" else token.kind)  # type: ignore[arg-type]
        previous_protected = is_protected
    return [Word(text=text[a:b], start=a, end=b, kind=k) for a, b, k in zip(starts, ends, kinds, strict=True)]
