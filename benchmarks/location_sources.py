"""How often each reading of the locations stage is right where it fires, over gold sets.

Each place span carries the reading that found it (`PlaceSpan.source`: `named`, `unit`, `facility`,
`admin_in_context`, …). For every Location of every article the script takes the reading of its first
mention and its level, matches the Locations one-to-one to the gold entries as the scorer does (exact
variants first, then the scorer's lenient match), and counts, per reading and level, the Locations found
and those matched. A Location that repeats a gold entry another one matched already counts as wrong (the
same place reported twice).

    VNREPORT_CORPUS=… python benchmarks/location_sources.py samples/real/dev samples/real/dev2 … [--wrong]

Over corpus folders (`--corpus`, with `--exclude` files of the unseen sets' ids, never read), it counts each
reading's Locations over every text — how widely a reading reaches, which the sets alone do not tell — and
`--read SHAPE` (`facility/facility`) prints a random `--sample` of that reading's Locations with their context,
to be read and judged.

    python benchmarks/location_sources.py --corpus CORPUS/news --exclude UNSEEN_IDS
    python benchmarks/location_sources.py --corpus CORPUS/news --exclude UNSEEN_IDS --read named/country --sample 30
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from corpus_texts import corpus_texts, excluded_ids

import vnreport.extract as stages
from vnreport.evaluate import matched_predictions
from vnreport.extract.locations import PlaceSpan, Span
from vnreport.gold import load_set
from vnreport.pipeline import analyze_text
from vnreport.report.model import Location
from vnreport.segment.document import Document

_seen: list[PlaceSpan] = []
_extract = stages.extract_locations


def _keeping_spans(doc: Document, places: list[PlaceSpan] | None = None, names: Sequence[Span] = ()) -> list[Location]:
    """The stage's own function, keeping the place spans it was given for the script to read."""
    _seen[:] = places or []
    return _extract(doc, places, names)


_CONTEXT = 80  # characters shown on each side of a Location's first mention


def count_corpus(folders: list[Path], exclude: list[Path], read: str | None, sample: int, seed: int) -> None:
    """Each reading's Locations and the texts they are in over every corpus text; with `read`, a random
    `sample` of that reading's Locations, first mention in context."""
    fired: Counter[str] = Counter()
    texts: Counter[str] = Counter()
    shown: list[str] = []
    for name, text in corpus_texts(folders, excluded_ids(exclude)):
        report = analyze_text(text, source=name, year=None)
        source_at = {span.start: span.source for span in _seen}
        shapes = set()
        for location in report.locations:
            first = location.mentions[0]
            shape = f"{source_at.get(first.start, '?')}/{location.level}"
            fired[shape] += 1
            shapes.add(shape)
            if shape == read:
                around = text[max(0, first.start - _CONTEXT) : first.end + _CONTEXT].replace("\n", " ")
                shown.append(f"{name}\t{location.name}\t{len(location.mentions)}\t{around}")
        texts.update(shapes)
    for shape, count in fired.most_common():
        print(f"{shape:32} {count:6} in {texts[shape]:5} texts")
    if read is not None:
        for line in random.Random(seed).sample(shown, min(sample, len(shown))):
            print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--wrong", action="store_true", help="list the Locations that match no gold entry")
    parser.add_argument("--corpus", type=Path, action="append", help="a folder of corpus texts (repeatable)")
    parser.add_argument("--exclude", type=Path, action="append", default=[], help="with --corpus: ids never read")
    parser.add_argument("--read", help="with --corpus: print a random sample of this reading's Locations")
    parser.add_argument("--sample", type=int, default=30, help="with --read: how many Locations (30)")
    parser.add_argument("--seed", type=int, default=0, help="with --read: the sample's random seed")
    args = parser.parse_args()
    stages.extract_locations = _keeping_spans  # type: ignore[assignment]
    if args.corpus:
        if not args.exclude:
            parser.error("--corpus needs --exclude: the unseen sets' ids are never read")
        count_corpus(args.corpus, args.exclude, args.read, args.sample, args.seed)
        return
    fired: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for folder in args.sets:
        for article in load_set(folder):
            report = analyze_text(article.text, source=article.name, year=None if article.real else article.gold.year)
            source_at = {span.start: span.source for span in _seen}
            gold = [[e] if isinstance(e, str) else list(e) for e in article.gold.locations]
            found = [[loc.name, *(m.text for m in loc.mentions)] for loc in report.locations]
            hits = matched_predictions(gold, found)
            for index, location in enumerate(report.locations):
                shape = f"{source_at.get(location.mentions[0].start, '?')}/{location.level}"
                fired[shape] += 1
                right[shape] += index in hits
                if args.wrong and index not in hits:
                    print(f"{folder.name}\t{article.name}\t{shape}\t{location.name}")
    for shape, count in fired.most_common():
        print(f"{shape:32} {right[shape]:5}/{count:<5} {right[shape] / count:.2f}")


if __name__ == "__main__":
    main()
