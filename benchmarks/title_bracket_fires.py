"""Where the officials stage gives a title to the Vietnamese name after a short bracket that follows it
(`officials._name_after_bracket`: `Cục trưởng Cục A (Bộ Y tế) Nguyễn Văn B`): each firing with the title's words,
the bracket and the name, to read and count right or wrong by hand.

    python benchmarks/title_bracket_fires.py ../shared/corpus/news --exclude unseen-ids.txt [--jobs 2]

Prints `id | words before [[title ( … )]] name …`, one firing a line.
"""

from __future__ import annotations

import rule_fires

from vnreport.extract import officials
from vnreport.segment.tokens import Token

_rule = officials._name_after_bracket


def _recording(toks: list[Token], k: int, covered: set[int]) -> int:
    """The rule, with each firing written down."""
    named = _rule(toks, k, covered)
    if named:
        rule_fires.record(toks, k, named, named + 5)
    return named


if __name__ == "__main__":
    rule_fires.main(__doc__ or "", officials, "_name_after_bracket", _recording, jobs=2)
