"""Where the officials stage carries a title's organisation on through lower-case words or a comma list up
to its holder's full name (`titles._lower_words_to_name`): each firing with the words it took, to read and
count right or wrong by hand (round 15: 31 firings in the news corpus, 29 right).

    python benchmarks/title_run_fires.py ../shared/corpus/news --exclude unseen-ids.txt [--jobs 6]

Prints `id | words before [[words taken]] name …`, one firing a line.
"""

from __future__ import annotations

import argparse
from multiprocessing import Pool

from corpus_texts import add_arguments, corpus_texts, excluded_ids

import vnreport
from vnreport.extract.names import name_length
from vnreport.extract.officials import titles
from vnreport.segment.tokens import Token

_CONTEXT = 12  # tokens shown before the run
_firings: list[str] = []
_rule = titles._lower_words_to_name


def _recording(toks: list[Token], last: int) -> int:
    """The rule, with each firing written down."""
    end = _rule(toks, last)
    if end != last:
        before = " ".join(t.text for t in toks[max(0, last - _CONTEXT) : last])
        taken = " ".join(t.text for t in toks[last:end])
        name = " ".join(t.text for t in toks[end : end + name_length(toks, end)])
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
    parser.add_argument("--jobs", type=int, default=4)
    args = parser.parse_args()
    titles._lower_words_to_name = _recording  # type: ignore[assignment]
    texts = corpus_texts([args.folder], excluded_ids(args.exclude))
    with Pool(args.jobs) as pool:
        for article, found in pool.imap(firings, texts, chunksize=8):
            for line in found:
                print(f"{article} | {line}")


if __name__ == "__main__":
    main()
