"""Where the officials stage reads a leader's head right before a foreign name as the title without a country
(`titles._leader_named`: `nhà lãnh đạo Kim Jong-un`): each firing with the words it took and the name after
them, to read and count right or wrong by hand.

    python benchmarks/leader_head_fires.py ../shared/corpus/news --exclude unseen-ids.txt [--jobs 2]

Prints `id | words before [[title]] name …`, one firing a line.
"""

from __future__ import annotations

import rule_fires

from vnreport.extract.names import foreign_name_length
from vnreport.extract.officials import titles
from vnreport.extract.officials.titles import TitlePhrase
from vnreport.segment.tokens import Token

_rule = titles._leader_named


def _recording(toks: list[Token], i: int, k: int) -> TitlePhrase | None:
    """The rule, with each firing written down."""
    phrase = _rule(toks, i, k)
    if phrase is not None:
        rule_fires.record(toks, i, k, k + foreign_name_length(toks, k) + 2)
    return phrase


if __name__ == "__main__":
    rule_fires.main(__doc__ or "", titles, "_leader_named", _recording, jobs=2)
