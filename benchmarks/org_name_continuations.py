"""The lower-case words right after an organisation's name over corpus text (issue #13: names cut short at a
lower-case word, `Trung tâm Cảnh báo | sớm`): for each word (one or two syllables), how many spans it follows,
in how many articles, and how often the name would be closed right after it (a punctuation mark, a function
word of orgs_name_stops.txt or the line's end), the signal a mined continuation vocabulary would read.

    python benchmarks/org_name_continuations.py CORPUS/news --exclude ids.txt [--min-articles 3] [--closed 0.6]

Measured in round 23 on half the corpus: the words that follow names most are verbs (`phê duyệt`, `thông
qua`, `chủ trì`, `ban hành`), and they are closed as often as the rare true continuations (`đặc biệt`, `sớm`,
`tổng hợp`), which each follow fewer than three spans; neither this closure rate nor how often a word is
capitalised after a capitalised word separated them at 90 %, so no word was added from it.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict

from corpus_texts import add_arguments, corpus_texts, excluded_ids

from vnreport.extract.organizations import find_organizations
from vnreport.lexicon import load_list
from vnreport.segment.document import segment

_WORD = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")


def _after(text: str, end: int) -> list[str]:
    """The tokens after a span's end on its line, when a space follows it (else the span runs into a word)."""
    line = text[end : end + 60].split("\n", 1)[0]
    return _TOKEN.findall(line) if line.startswith(" ") else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(parser)
    parser.add_argument("--min-articles", type=int, default=3)
    parser.add_argument("--closed", type=float, default=0.6, help="the least share of closed uses to list")
    args = parser.parse_args()
    stops = set(load_list("orgs_name_stops.txt"))
    fires: Counter[str] = Counter()
    closed: Counter[str] = Counter()
    articles: defaultdict[str, set[str]] = defaultdict(set)
    for article, text in corpus_texts([args.folder], excluded_ids(args.exclude)):
        for span in find_organizations(segment(text)).spans:
            tokens = _after(text, span.end)
            for size in (1, 2):
                words = tokens[:size]
                if len(words) < size or not all(_WORD.fullmatch(w) and w.islower() for w in words):
                    break
                if words[0] in stops:
                    break
                word = " ".join(words)
                following = tokens[size] if len(tokens) > size else ""
                fires[word] += 1
                closed[word] += not following or not _WORD.fullmatch(following) or following in stops
                articles[word].add(article)
    for word, count in fires.most_common():
        if len(articles[word]) >= args.min_articles and closed[word] / count >= args.closed:
            print(f"{word}\t{count}\t{len(articles[word])}\t{closed[word] / count:.2f}")


if __name__ == "__main__":
    main()
