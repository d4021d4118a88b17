"""Where the officials stage carries a title's organisation on through lower-case words or a comma list up
to its holder's full name (`titles._lower_words_to_name`): each firing with the words it took, to read and
count right or wrong by hand (round 15: 31 firings in the news corpus, 29 right).

    python benchmarks/title_run_fires.py ../shared/corpus/news --exclude unseen-ids.txt [--jobs 6]

Prints `id | words before [[words taken]] name …`, one firing a line.
"""

from __future__ import annotations

import rule_fires

from vnreport.extract.names import name_length
from vnreport.extract.officials import titles
from vnreport.segment.tokens import Token

_rule = titles._lower_words_to_name


def _recording(toks: list[Token], last: int) -> int:
    """The rule, with each firing written down."""
    end = _rule(toks, last)
    if end != last:
        rule_fires.record(toks, last, end, end + name_length(toks, end))
    return end


if __name__ == "__main__":
    rule_fires.main(__doc__ or "", titles, "_lower_words_to_name", _recording, jobs=4)
