"""Word segmentation against gold: UD Vietnamese-VTB test split, word-boundary precision/recall/F1.

Compares raw underthesea `word_tokenize` with vnreport's segmenter (underthesea + protected tokens)
on the same sentences, and times both in the same run (median of repeats; ratios, not absolutes).

    python benchmarks/segmentation_ud.py [--conllu ../shared/corpus/ud-vtb/vi_vtb-ud-test.conllu]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from vnreport.segment.document import segment
from vnreport.text import nfc

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "ud-vtb" / "vi_vtb-ud-test.conllu"


def read_conllu(path: Path) -> list[tuple[str, list[str]]]:
    sentences: list[tuple[str, list[str]]] = []
    text, words = "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text"):
            text = nfc(line.split("=", 1)[1].strip())
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                words.append(nfc(cols[1]))
        elif not line and words:
            sentences.append((text, words))
            text, words = "", []
    if words:
        sentences.append((text, words))
    return sentences


def boundaries(words: Iterable[str]) -> set[tuple[int, int]]:
    """Word spans counted in non-space characters, so differently spaced outputs compare."""
    spans, cursor = set(), 0
    for word in words:
        length = len("".join(word.split()))
        spans.add((cursor, cursor + length))
        cursor += length
    return spans


def prf(gold: list[set], pred: list[set]) -> tuple[float, float, float]:
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    n_pred, n_gold = sum(map(len, pred)), sum(map(len, gold))
    precision, recall = tp / n_pred, tp / n_gold
    return precision, recall, 2 * precision * recall / (precision + recall)


def underthesea_words(text: str) -> list[str]:
    from underthesea import word_tokenize

    return word_tokenize(text)


def vnreport_words(text: str) -> list[str]:
    return [w.text for w in segment(text).words]


def timed(fn: Callable[[str], list[str]], texts: list[str], repeats: int) -> tuple[list[list[str]], float]:
    outputs = [fn(t) for t in texts]  # warm-up, and the output we score
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        for t in texts:
            fn(t)
        runs.append(time.perf_counter() - started)
    return outputs, statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conllu", type=Path, default=DEFAULT)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if not args.conllu.exists():
        print(f"{args.conllu}: not found (the UD treebank lives in ../shared/corpus/ud-vtb/)", file=sys.stderr)
        return 1
    data = read_conllu(args.conllu)
    texts = [t for t, _ in data]
    gold = [boundaries(w) for _, w in data]
    n_words = sum(len(w) for _, w in data)
    print(f"{len(data)} sentences, {n_words} gold words ({args.conllu.name})")
    print(f"{'system':<34}{'P':>8}{'R':>8}{'F1':>8}{'words/s (median)':>20}{'speed ratio':>13}")
    base_rate = None
    for name, fn in (("underthesea word_tokenize", underthesea_words), ("vnreport segment", vnreport_words)):
        outputs, seconds = timed(fn, texts, args.repeats)
        p, r, f = prf(gold, [boundaries(o) for o in outputs])
        rate = n_words / seconds
        base_rate = base_rate or rate
        print(f"{name:<34}{p:>8.4f}{r:>8.4f}{f:>8.4f}{rate:>20,.0f}{rate / base_rate:>13.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
