"""Where the officials stage gives the title after `là` to the person whose own titles stand right before it
(`clauses._after_own_titles`: `ông A - Phó Chánh Thanh tra TP là trưởng đoàn`): each firing with the words around
the cue, to read and count right or wrong by hand.

    python benchmarks/title_copula_fires.py ../shared/corpus/news --exclude unseen-ids.txt [--jobs 2]

Prints `id | name and titles [[cue]] words after`, one firing a line.
"""

from __future__ import annotations

from collections.abc import Sequence

import rule_fires

from vnreport.extract.officials import clauses
from vnreport.segment.tokens import Token

_AFTER = 8  # tokens shown after the cue
_rule = clauses._after_own_titles


def _recording(toks: Sequence[Token], mention: tuple[int, int, int], cue: int) -> bool:
    """The rule, with each firing written down."""
    right = _rule(toks, mention, cue)
    if right:
        before = " ".join(t.text for t in toks[mention[0] : cue])
        after = " ".join(t.text for t in toks[cue + 1 : cue + 1 + _AFTER])
        rule_fires.FIRINGS.append(f"{before} [[{toks[cue].text}]] {after}")
    return right


if __name__ == "__main__":
    rule_fires.main(__doc__ or "", clauses, "_after_own_titles", _recording, jobs=2)
