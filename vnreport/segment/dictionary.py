"""underthesea's word list (the dictionary its segmentation model was trained with), for cheap
questions about word boundaries without running the CRF: is `y tế` one word (so `Sở Y tế` continues
past `Y`), is `nội chủ` (no: `Thành ủy Hà Nội chủ trì` ends at `Nội`)?
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from vnreport.text import fold


@cache
def folded_words() -> frozenset[str]:
    """The word list as match-view text in lower case: test `view[a:b].lower()` against it directly."""
    import joblib
    import underthesea.pipeline.word_tokenize as ws

    path = Path(ws.__file__).parent / "models" / "ws_crf_vlsp2013_20230727" / "dictionary.bin"
    return frozenset(fold(word).lower() for word in joblib.load(path))


def is_word(syllables: str) -> bool:
    """True when the syllables (space-separated, any case or tone-mark style) form a dictionary word."""
    return fold(syllables).lower() in folded_words()
