"""Where the officials stage carries a bare title head on through `của` and the body the post is of up to its
holder's foreign name (`titles._reach_through_of`: `Tổng thư ký của quỹ K-Sports Jeong Hyun-sik`): each firing
with the words it took, to read and count right or wrong by hand.

    python benchmarks/title_of_fires.py ../shared/corpus/news --exclude unseen-ids.txt [--jobs 2]

Prints `id | words before [[title taken]] name …`, one firing a line.
"""

from __future__ import annotations

import rule_fires

from vnreport.extract.names import foreign_name_length
from vnreport.extract.officials import titles
from vnreport.extract.officials.titles import TitlePhrase
from vnreport.segment.tokens import Token

_rule = titles._reach_through_of


def _recording(toks: list[Token], phrase: TitlePhrase, firsts: set[int]) -> int:
    """The rule, with each firing written down."""
    end = _rule(toks, phrase, firsts)
    if end:
        rule_fires.record(toks, phrase.first, end, end + foreign_name_length(toks, end) + 2)
    return end


if __name__ == "__main__":
    rule_fires.main(__doc__ or "", titles, "_reach_through_of", _recording, jobs=2)
