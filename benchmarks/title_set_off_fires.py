"""Where the officials stage ends a title's organisation at a comma after a place no list knows that follows a
state's or a city's form, because a foreign name set off by a second comma comes next
(`titles._place_set_off`: `Thống đốc bang Río de Janeiro, Luiz Fernando Pezao,`): each firing, to read and count
right or wrong by hand.

    python benchmarks/title_set_off_fires.py ../shared/corpus/news --exclude unseen-ids.txt [--jobs 2]

Prints `id | words before [[place]] , name …`, one firing a line.
"""

from __future__ import annotations

import rule_fires

from vnreport.extract.officials import titles
from vnreport.segment.tokens import Token

_rule = titles._place_set_off


def _recording(toks: list[Token], i: int) -> int:
    """The rule, with each firing written down."""
    fired = _rule(toks, i)
    if fired:
        rule_fires.record(toks, i, i + fired, i + fired + 6)
    return fired


if __name__ == "__main__":
    rule_fires.main(__doc__ or "", titles, "_place_set_off", _recording, jobs=2)
