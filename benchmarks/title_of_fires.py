"""Where the officials stage carries a bare title head on through `của` and the body the post is of up to its
holder's foreign name (`titles._reach_through_of`: `Tổng thư ký của quỹ K-Sports Jeong Hyun-sik`): each firing
with the words it took, to read and count right or wrong by hand.

    python benchmarks/title_of_fires.py ../shared/corpus/news --exclude unseen-ids.txt [--jobs 2]

Prints `id | words before [[title taken]] name …`, one firing a line.
"""

from __future__ import annotations

import argparse
from multiprocessing import Pool

from corpus_texts import add_arguments, corpus_texts, excluded_ids

import vnreport
from vnreport.extract.names import foreign_name_length
from vnreport.extract.officials import titles
from vnreport.extract.officials.titles import TitlePhrase
from vnreport.segment.tokens import Token

_CONTEXT = 8  # tokens shown before the title
_firings: list[str] = []
_rule = titles._reach_through_of


def _recording(toks: list[Token], phrase: TitlePhrase, firsts: set[int]) -> int:
    """The rule, with each firing written down."""
    end = _rule(toks, phrase, firsts)
    if end:
        before = " ".join(t.text for t in toks[max(0, phrase.first - _CONTEXT) : phrase.first])
        taken = " ".join(t.text for t in toks[phrase.first : end])
        name = " ".join(t.text for t in toks[end : end + foreign_name_length(toks, end) + 2])
        _firings.append(f"{before} [[{taken}]] {name}")
    return end


def firings(item: tuple[str, str]) -> tuple[str, list[str]]:
    """The firings of one article."""
    _firings.clear()
    vnreport.analyze_text(item[1])
    return item[0], list(_firings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(parser)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    titles._reach_through_of = _recording  # type: ignore[assignment]
    texts = corpus_texts([args.folder], excluded_ids(args.exclude))
    with Pool(args.jobs) as pool:
        for article, found in pool.imap(firings, texts, chunksize=8):
            for line in found:
                print(f"{article} | {line}")


if __name__ == "__main__":
    main()
