"""Word pairs counted over the news corpus as opening sentences (`sentence_openers.txt`), read by the place and
organisation scanners (a name ends before one) and by the summary's lead (a glued heading ends before one): one
list, one test of a pair, so the two readers cannot drift apart."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from vnreport.lexicon import PhraseMatcher, list_matcher
from vnreport.segment.tokens import Token


@cache
def sentence_openers() -> PhraseMatcher[bool]:
    """Word pairs counted over the news corpus as opening sentences and (almost) never capitalised inside one
    (`Lý giải`, `Theo đó`, `Đối với`): capitalised after a lower-case word, a new sentence starts there
    (benchmarks/mine_sentence_openers.py builds the list)."""
    return list_matcher("sentence_openers.txt")


def counted_pair(toks: Sequence[Token], k: int) -> bool:
    """A counted opener pair at k, its second word in lower case as the miner counted it (`… tại sân bay Lý giải
    cho việc …`; not `nhãn hàng Cô Gái …`, a name). The caller tests what comes before k."""
    return k + 1 < len(toks) and not toks[k + 1].is_cap and sentence_openers().length(toks, k) == 2
