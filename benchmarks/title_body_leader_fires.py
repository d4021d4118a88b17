"""Where the officials stage reads a body's head before a capitalised body and a name as the name's title
(`titles._body_leader`: `người đứng đầu Cơ quan Hàng không Mỹ John Carter`): each firing, to read and count right
or wrong by hand.

    python benchmarks/title_body_leader_fires.py ../shared/corpus/news --exclude unseen-ids.txt [--jobs 2]

Prints `id | words before [[title]] name …`, one firing a line.
"""

from __future__ import annotations

import rule_fires

from vnreport.extract.officials import titles
from vnreport.extract.officials.titles import TitlePhrase
from vnreport.segment.tokens import Token

_rule = titles._body_leader


def _recording(toks: list[Token], i: int, org_ends: dict[int, int], known: frozenset[str]) -> TitlePhrase | None:
    """The rule, with each firing written down."""
    fired = _rule(toks, i, org_ends, known)
    if fired is not None:
        rule_fires.record(toks, i, fired.last, fired.last + 5)
    return fired


if __name__ == "__main__":
    rule_fires.main(__doc__ or "", titles, "_body_leader", _recording, jobs=2)
