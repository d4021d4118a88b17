"""Where the officials stage ties a title to the `ông`/`bà` name after it across the places that only place the
post's unit, between the title and the separator (`officials._before_placing`: `Chủ tịch UBND huyện A (Bình
Định), ông B`, `Chủ tịch UBND xã A, huyện B (Đắk Nông) - ông C`): each firing, to read and count right or wrong
by hand.

    python benchmarks/title_placing_fires.py ../shared/corpus/news --exclude unseen-ids.txt [--jobs 2]

Prints `id | words before [[places]] separator, name …`, one firing a line.
"""

from __future__ import annotations

import rule_fires

from vnreport.extract import officials
from vnreport.extract.officials import TitlePhrase
from vnreport.segment.tokens import Token

_rule = officials._before_placing


def _recording(toks: list[Token], k: int, by_last: dict[int, TitlePhrase]) -> int:
    """The rule, with each firing written down."""
    end = _rule(toks, k, by_last)
    if end != k:
        rule_fires.record(toks, by_last[end].first, end, k + 6)
    return end


if __name__ == "__main__":
    rule_fires.main(__doc__ or "", officials, "_before_placing", _recording, jobs=2)
