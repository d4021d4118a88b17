"""The runner the `*_fires.py` benchmarks share: one rule of the pipeline replaced by a wrapper that writes each
firing down (`FIRINGS`), every corpus text analysed, each firing printed `id | line` to read and count by hand."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from multiprocessing import Pool
from types import ModuleType

from corpus_texts import add_arguments, corpus_texts, excluded_ids

import vnreport
from vnreport.segment.tokens import Token

FIRINGS: list[str] = []  # the firings of the article being analysed, written by the recording wrapper
CONTEXT = 10  # tokens shown before a firing


def record(toks: Sequence[Token], start: int, end: int, shown_to: int) -> None:
    """Write down one firing: the words before it, the span it took in `[[ ]]`, then the tokens up to `shown_to`."""
    before = " ".join(t.text for t in toks[max(0, start - CONTEXT) : start])
    taken = " ".join(t.text for t in toks[start:end])
    after = " ".join(t.text for t in toks[end:shown_to])
    FIRINGS.append(f"{before} [[{taken}]] {after}")


def firings(item: tuple[str, str]) -> tuple[str, list[str]]:
    """The firings of one article."""
    FIRINGS.clear()
    vnreport.analyze_text(item[1])
    return item[0], list(FIRINGS)


def main(description: str, module: ModuleType, name: str, recording: Callable[..., object], jobs: int) -> None:
    """Replace `module.name` by `recording` (the workers fork after it, so they run it too) and print every firing
    over the corpus folder the command line names."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(parser)
    parser.add_argument("--jobs", type=int, default=jobs)
    args = parser.parse_args()
    setattr(module, name, recording)
    texts = corpus_texts([args.folder], excluded_ids(args.exclude))
    with Pool(args.jobs) as pool:
        for article, found in pool.imap(firings, texts, chunksize=8):
            for line in found:
                print(f"{article} | {line}")
