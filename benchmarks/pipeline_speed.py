"""Speed of vnreport against underthesea on the same real articles, in the same run.

Systems, each over the same texts (line by line, as underthesea expects short inputs):
  underthesea word_tokenize   the segmentation baseline
  underthesea ner             the extraction baseline (POS + chunk + CRF NER)
  vnreport segment            our segmentation (protected tokens, offsets)
  vnreport analyze            the whole pipeline: reading aside, segmentation and every extractor

Reports words/s per system (median of --repeats rounds, every system once per round) and the ratios
(median of the per-round ratios, with their range) issue #15 sets: analyze ≥ 1.5×
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


def seconds(fn: Callable[[list[str]], None], texts: list[str]) -> float:
    """CPU seconds of this process: what other work on a shared machine does to wall time is left out."""
    started = time.process_time()
    fn(texts)
    return time.process_time() - started


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
    systems = (
        ("underthesea word_tokenize", run_word_tokenize, texts, words),
        ("underthesea ner", run_ner, ner_texts, ner_words),
        ("vnreport segment", run_segment, texts, words),
        ("vnreport analyze", run_analyze, texts, words),
    )
    for _, fn, sample, _ in systems:
        fn(sample[:3])  # load models outside the timing
    # Rounds of every system in turn, ratios taken within a round: a shared machine's speed drifts
    # between rounds far more than within one.
    rounds: list[dict[str, float]] = []
    for _ in range(args.repeats):
        rounds.append({name: n / seconds(fn, sample) for name, fn, sample, n in systems})
    for name, *_ in systems:
        print(f"{name:<28}{statistics.median(r[name] for r in rounds):>12,.0f} words per CPU second (median of rounds)")

    def ratio(a: str, b: str) -> str:
        values = sorted(r[a] / r[b] for r in rounds)
        return f"{statistics.median(values):6.2f}×  [{values[0]:.2f}–{values[-1]:.2f}]"

    print()
    print(f"segment / word_tokenize  {ratio('vnreport segment', 'underthesea word_tokenize')}")
    print(f"analyze / word_tokenize  {ratio('vnreport analyze', 'underthesea word_tokenize')}   (target ≥ 1.5×)")
    print(f"analyze / ner            {ratio('vnreport analyze', 'underthesea ner')}   (target ≥ 15×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
