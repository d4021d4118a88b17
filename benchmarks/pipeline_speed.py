"""Speed of vnreport against underthesea on the same real articles, in the same run.

Systems, each over the same texts (line by line, as underthesea expects short inputs):
  underthesea word_tokenize   the segmentation baseline
  underthesea ner             the extraction baseline (POS + chunk + CRF NER)
  vnreport segment            our segmentation (protected tokens, offsets)
  vnreport analyze            the whole pipeline: reading aside, segmentation and every extractor

Reports words/s per system (median of --repeats runs) and the ratios issue #15 sets: analyze ≥ 1.5×
word_tokenize and ≥ 15× ner. Timings on a shared machine are noisy: read the ratios.

    python benchmarks/pipeline_speed.py [--articles 200] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from vnreport.text import nfc

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "news"


def load_articles(count: int) -> list[str]:
    files = sorted(CORPUS.glob("*"))[:count]
    return [nfc(f.read_text(encoding="utf-8", errors="replace")) for f in files]


def run_word_tokenize(texts: list[str]) -> None:
    from underthesea import word_tokenize

    for text in texts:
        for line in text.splitlines():
            if line.strip():
                word_tokenize(line)


def run_ner(texts: list[str]) -> None:
    from underthesea import ner

    from vnreport.segment.document import segment

    for text in texts:
        for sentence in segment(text, words=False).sentences:
            ner(sentence.text)


def run_segment(texts: list[str]) -> None:
    from vnreport.segment.document import segment

    for text in texts:
        segment(text)


def run_analyze(texts: list[str]) -> None:
    from vnreport.pipeline import analyze_text

    for text in texts:
        analyze_text(text)


def median_seconds(fn: Callable[[list[str]], None], texts: list[str], repeats: int) -> float:
    fn(texts[:3])  # load models outside the timing
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn(texts)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--ner-articles", type=int, default=40, help="ner is slow: fewer articles, rate compared")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"{CORPUS}: not found (../shared/corpus/news beside the clone)", file=sys.stderr)
        return 1
    texts = load_articles(args.articles)
    words = sum(len(t.split()) for t in texts)
    ner_texts = texts[: args.ner_articles]
    ner_words = sum(len(t.split()) for t in ner_texts)
    print(f"{len(texts)} articles, {words:,} whitespace words (ner on {len(ner_texts)} articles, {ner_words:,} words)")
    rates = {}
    for name, fn, sample, n in (
        ("underthesea word_tokenize", run_word_tokenize, texts, words),
        ("underthesea ner", run_ner, ner_texts, ner_words),
        ("vnreport segment", run_segment, texts, words),
        ("vnreport analyze", run_analyze, texts, words),
    ):
        rates[name] = n / median_seconds(fn, sample, args.repeats)
        print(f"{name:<28}{rates[name]:>12,.0f} words/s")
    base = rates["underthesea word_tokenize"]
    print()
    print(f"segment / word_tokenize  {rates['vnreport segment'] / base:6.2f}×")
    print(f"analyze / word_tokenize  {rates['vnreport analyze'] / base:6.2f}×   (target ≥ 1.5×)")
    print(f"analyze / ner            {rates['vnreport analyze'] / rates['underthesea ner']:6.2f}×   (target ≥ 15×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
