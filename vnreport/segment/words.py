"""Word segmentation: underthesea's syllable tokenizer and CRF model, with protected tokens kept whole.

We call underthesea's pieces ourselves instead of `word_tokenize`, because `word_tokenize` returns
strings rewritten by its normaliser (`Hoà` → `Hòa`), so offsets into the user's text are lost. Here the
tokenizer runs on the match view (same length as the text, tone marks in the position the model was
trained on), every token keeps its offsets, and the words are sliced back out of the original text.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from vnreport.report.model import Word, WordKind

# underthesea's regex groups → our word kinds
_GROUP_KIND: dict[str, WordKind] = {
    "url": "url",
    "email": "email",
    "phone": "number",
    "datetime": "date",
    "number": "number",
    "punct": "punct",
    "sym": "punct",
    "non_word": "punct",
    "special": "symbol",
    "emoji": "symbol",
}
Token = tuple[int, int, str]  # start, end, kind ("word" … or a protected kind)


@cache
def _syllable_pattern() -> re.Pattern[str]:
    from underthesea.pipeline.word_tokenize import regex_tokenize

    # Compiled from the module's pattern list, not its global `patterns`, which `tokenize(fixed_words=…)`
    # rebinds.
    # Without underthesea's outer group, `match.lastgroup` names the alternative that matched.
    return re.compile("|".join(regex_tokenize.regex_patterns), re.VERBOSE | re.UNICODE)


@cache
def _crf() -> tuple[Any, Any]:
    import underthesea.pipeline.word_tokenize as ws
    from underthesea_core import CRFFeaturizer, CRFTagger

    model_dir = Path(ws.__file__).parent / "models" / "ws_crf_vlsp2013_20230727"
    import joblib

    tagger = CRFTagger()
    tagger.load(str(model_dir / "models.bin"))
    featurizer = CRFFeaturizer(joblib.load(model_dir / "features.bin"), joblib.load(model_dir / "dictionary.bin"))
    return featurizer, tagger


def syllable_tokens(view: str, start: int, end: int, protected: list[tuple[int, int, str]]) -> list[Token]:
    """Tokens of `view[start:end]`: protected spans whole, underthesea's tokens elsewhere."""
    pattern = _syllable_pattern()
    tokens: list[Token] = []
    cursor = start
    for p_start, p_end, p_kind in [*protected, (end, end, "")]:
        for lo, hi in _pieces(view, cursor, p_start):
            for match in pattern.finditer(view, lo, hi):
                tokens.append((match.start(), match.end(), _GROUP_KIND.get(match.lastgroup or "word", "word")))
        if p_end > p_start:
            tokens.append((p_start, p_end, p_kind))
        cursor = p_end
    return tokens


# underthesea's patterns backtrack: on a run of text without spaces, each position may scan the
# rest of the run, so a long run (`a.a.a.a…`, 40,000 characters) takes time in its square. No token
# spans a space, so only runs longer than this are cut, into pieces of this length (issue #11); no
# word of real text comes near it (the longest in 5,000 news articles is under 50 characters).
_MAX_RUN = 128
_LONG_RUN = re.compile(rf"\S{{{_MAX_RUN + 1},}}+")  # a start inside a shorter run scans < _MAX_RUN


def _pieces(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """`view[start:end]` as ranges for the tokenizer: whole, unless a run without spaces is too long."""
    cuts = [start]
    for run in _LONG_RUN.finditer(view, start, end):
        cuts.extend(range(run.start() + _MAX_RUN, run.end(), _MAX_RUN))
    cuts.append(end)
    return list(pairwise(cuts))


def tag_sentences(view: str, sentences: list[list[Token]]) -> list[list[str]]:
    """B-W / I-W for every token of every sentence, in one call to the CRF featurizer."""
    if not sentences:
        return []
    featurizer, tagger = _crf()
    features = featurizer.process([[[view[a:b]] for a, b, _ in tokens] for tokens in sentences])
    return [tagger.tag(x) if x else [] for x in features]


_MAX_DICTIONARY_WORD = 4  # syllables


def tag_by_dictionary(view: str, sentences: list[list[Token]]) -> list[list[str]]:
    """B-W / I-W by greedy longest match against underthesea's word list: a cheap stand-in for the CRF
    (no model call) for callers that need word boundaries but not the model's accuracy."""
    from vnreport.segment.dictionary import folded_words

    words = folded_words()  # the view is already folded: only case differs
    tagged = []
    for tokens in sentences:
        syllables = [view[a:b].lower() if kind == "word" else None for a, b, kind in tokens]
        tags = ["B-W"] * len(tokens)
        i = 0
        while i < len(tokens):
            length = 1
            if syllables[i] is not None:
                for n in range(min(_MAX_DICTIONARY_WORD, len(tokens) - i), 1, -1):
                    window = syllables[i : i + n]
                    if None not in window and " ".join(window) in words:  # type: ignore[arg-type]
                        length = n
                        break
            for k in range(i + 1, i + length):
                tags[k] = "I-W"
            i += length
        tagged.append(tags)
    return tagged


def merge_words(text: str, tokens: list[Token], tags: list[str], protected_kinds: frozenset[str]) -> list[Word]:
    """Join I-W syllables onto the previous word; a protected token is always a word of its own."""
    words: list[Word] = []
    previous_protected = True
    for (start, end, kind), tag in zip(tokens, tags, strict=True):
        is_protected = kind in protected_kinds
        if tag == "I-W" and words and not is_protected and not previous_protected:
            last = words[-1]
            words[-1] = Word(text=text[last.start : end], start=last.start, end=end, kind=last.kind)
        else:
            words.append(Word(text=text[start:end], start=start, end=end, kind=kind))  # type: ignore[arg-type]
        previous_protected = is_protected
    return words
