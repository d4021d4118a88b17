"""How often each reading of the locations stage is right where it fires, over gold sets.

Each place span carries the reading that found it (`PlaceSpan.source`: `named`, `unit`, `facility`,
`admin_in_context`, …). For every Location of every article the script takes the reading of its first
mention and its level, matches the Locations one-to-one to the gold entries as the scorer does (exact
variants first, then the scorer's lenient match), and counts, per reading and level, the Locations found
and those matched. A Location that repeats a gold entry another one matched already counts as wrong (the
same place reported twice).

    VNREPORT_CORPUS=… python benchmarks/location_sources.py samples/real/dev samples/real/dev2 … [--wrong]
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--wrong", action="store_true", help="list the Locations that match no gold entry")
    args = parser.parse_args()
    stages.extract_locations = _keeping_spans  # type: ignore[assignment]
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
