"""Where the officials stage ends a title's organisation after the first of three foreign-shaped words that
follow a state's or a city's form (`titles._place_then_name`: `Thị trưởng thành phố Sapporo Katsuhiro Akimoto`,
`Cộng hòa Haiti Youri Latortue`), the two words after it then read as the holder's name: each firing, to read
and count right or wrong by hand.

    python benchmarks/title_place_fires.py ../shared/corpus/news --exclude unseen-ids.txt [--jobs 6]

Prints `id | words before [[place]] name …`, one firing a line.
"""

from __future__ import annotations

import rule_fires

from vnreport.extract.officials import titles
from vnreport.segment.tokens import Token

_rule = titles._place_then_name


def _recording(toks: list[Token], i: int, place: int) -> bool:
    """The rule, with each firing written down."""
    fired = _rule(toks, i, place)
    if fired:
        rule_fires.record(toks, i, i + place, i + place + 4)
    return fired


if __name__ == "__main__":
    rule_fires.main(__doc__ or "", titles, "_place_then_name", _recording, jobs=4)
