"""Where the officials stage chains a title to the one before it through `nay là`, `hiện là` with no separator
between them (`titles._linked_connector_length`: `Chủ tịch UBND tỉnh A nay là Bí thư Tỉnh ủy A`): each firing with
the words around it, to read and count right or wrong by hand.

    python benchmarks/title_linked_fires.py ../shared/corpus/news --exclude unseen-ids.txt [--jobs 2]

Prints `id | words before [[connector]] words after`, one firing a line.
"""

from __future__ import annotations

import rule_fires

from vnreport.extract.officials import titles
from vnreport.segment.tokens import Token

_rule = titles._linked_connector_length


def _recording(toks: list[Token], k: int) -> int:
    """The rule, with each firing written down."""
    length = _rule(toks, k)
    if length:
        rule_fires.record(toks, k, k + length, k + length + rule_fires.CONTEXT)
    return length


if __name__ == "__main__":
    rule_fires.main(__doc__ or "", titles, "_linked_connector_length", _recording, jobs=2)
