"""Where the officials stage gives a person the titles written right before a short mention of them
(`officials._give_short_mention_titles`: `Thủ tướng Netanyahu` after `Benjamin Netanyahu`, `đại biểu Thống` after
`Dương Văn Thống`): each firing with the title given and the person they went to, to read and count right or
wrong by hand.

    python benchmarks/short_title_fires.py ../shared/corpus/news --exclude unseen-ids.txt [--jobs 2]

Prints `id | words before [[titles]] short name => person`, one firing a line.
"""

from __future__ import annotations

import rule_fires

from vnreport.extract import officials
from vnreport.extract.officials import PersonRecord
from vnreport.extract.officials.titles import TitlePhrase
from vnreport.report.model import OfficialTitle
from vnreport.segment.document import Document
from vnreport.segment.tokens import Token

_CONTEXT = 8  # tokens shown before the titles
_rule = officials._give_short_mention_titles


def _recording(
    doc: Document,
    toks: list[Token],
    record: PersonRecord,
    chain: list[TitlePhrase],
    used: set[int],
    people: officials._People,
    context: officials._Context,
) -> None:
    """The rule, with each firing written down."""
    held: list[OfficialTitle] = list(record.titles)
    _rule(doc, toks, record, chain, used, people, context)
    given = [t.text for t in record.titles[len(held) :]]
    if given:
        first, last = chain[0].first, chain[-1].last
        before = " ".join(t.text for t in toks[max(0, first - _CONTEXT) : first])
        taken = " ".join(t.text for t in toks[first:last])
        rule_fires.FIRINGS.append(f"{before} [[{taken}]] {toks[last].text} => {record.name}: {given}")


if __name__ == "__main__":
    rule_fires.main(__doc__ or "", officials, "_give_short_mention_titles", _recording, jobs=2)
