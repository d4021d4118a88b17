"""Event heads a corpus writes that the event lexicon lacks: `buổi <word>`, `cuộc <word>` (and their two-word
forms), counted by the articles that hold them, those already in `vnreport/data/summary_events.tsv` left out.

    python benchmarks/event_heads.py ../shared/corpus/news --exclude unseen-ids.txt [--min-docs 15]

`--exclude` names a file of article ids (one a line, the file name without `.txt`) that are never read: a
held-out set must not shape the lexicon. The output is a list to read, not a lexicon: most frequent heads
are no gathering (`cuộc sống`, `cuộc chiến`, `buổi sáng`); a row goes into summary_events.tsv by hand, with
its counts in the commit message (round 13: `cuộc đối thoại` 56 articles, `buổi đối thoại` 29).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from corpus_texts import add_arguments, corpus_texts, excluded_ids

from vnreport.summary.vocabulary import event_words

_HEAD = re.compile(r"(?<!\w)(buổi|cuộc)[^\S\n]+(\w+)(?:[^\S\n]+(\w+))?")


def heads(text: str) -> set[str]:
    """The one- and two-word heads after `buổi`/`cuộc` in a lower-case text."""
    out = set()
    for m in _HEAD.finditer(text):
        out.add(f"{m.group(1)} {m.group(2)}")
        if m.group(3):
            out.add(f"{m.group(1)} {m.group(2)} {m.group(3)}")
    return out


def known(head: str, phrases: set[str]) -> bool:
    """The head, or the words after `buổi`/`cuộc`, is already an event phrase."""
    return head in phrases or head.split(" ", 1)[1] in phrases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(parser)
    parser.add_argument("--min-docs", type=int, default=15)
    args = parser.parse_args()
    phrases = set(event_words())
    docs: Counter[str] = Counter()
    for _, text in corpus_texts([args.folder], excluded_ids(args.exclude)):
        docs.update(heads(text.lower()))
    for head, n in docs.most_common():
        if n < args.min_docs:
            break
        if not known(head, phrases):
            print(f"{n}\t{head}")


if __name__ == "__main__":
    main()
