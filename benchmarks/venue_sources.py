"""Which construction gave the event's place (`venue.placed`: `sentence`, `o_after_name`, `told_again`, `title`,
`dateline`, …) and how often each one is right, over gold sets; or each one's firings over a corpus folder, to
read and count by hand.

    VNREPORT_CORPUS=… python benchmarks/venue_sources.py gold samples/real/dev samples/real/dev2 … [--all]
    python benchmarks/venue_sources.py corpus ../shared/corpus/news --exclude unseen-ids.txt [--jobs 2]

With gold sets, per source: the places given, those the scorer counts right, those given where the gold has none,
and the gold places missed (no place given where the gold has one, under the source that gave none: `dateline`
when every construction was tried). `--all` prints every article's line (`set id source gold → found`), not
only the wrong ones. Over a corpus folder, every place given prints `id | source | place | the event's
sentence` (its first characters).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import rule_fires

import vnreport.summary.event as event_stage
from vnreport.evaluate import _same_place
from vnreport.gold import load_set
from vnreport.pipeline import analyze_text
from vnreport.report.model import Report, Sentence
from vnreport.segment.document import Document
from vnreport.summary import venue
from vnreport.summary.phrases import Candidate

_SENTENCE_CHARS = 300  # characters of the event's sentence printed with a corpus firing
_last: list[venue.Place] = []


def _recording(
    doc: Document, report: Report, best: Candidate, following: list[Sentence], date: str | None = None
) -> str | None:
    """`venue.location`, with the place and its source kept for the script (and written down as a firing)."""
    place = venue.placed(doc, report, best, following, date)
    _last[:] = [place]
    if place.name is not None:
        sentence = doc.text[best.sentence.start : best.sentence.end].replace("\n", " ")[:_SENTENCE_CHARS]
        rule_fires.FIRINGS.append(f"{place.source} | {place.name} | {sentence}")
    return place.name


def _gold(sets: list[Path], every: bool) -> None:
    given: Counter[str] = Counter()
    right: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for folder in sets:
        for article in load_set(folder):
            _last.clear()
            report = analyze_text(article.text, source=article.name, year=None if article.real else article.gold.year)
            event = report.summary.event if report.summary else None
            gold_event = article.gold.summary.event if article.gold.summary else None
            gold = (gold_event.place if gold_event else None) or []
            found = event.location if event else None
            source = _last[0].source if _last else "no_event"
            ok = found is not None and any(_same_place(g, found) for g in gold)
            if found is not None:
                given[source] += 1
                right[source] += ok
                extra[source] += not gold
            missed[source] += bool(gold) and not ok
            if every or (not ok and (gold or found)):
                print(f"{folder.name}\t{article.name}\t{source}\t{gold} → {found}")
    print(f"{'source':16} {'right/given':>12} {'no gold':>8} {'missed':>7}", file=sys.stderr)
    for source in sorted(given.keys() | missed.keys(), key=lambda s: -given[s]):
        share = f"{right[source] / given[source]:.2f}" if given[source] else "   -"
        line = f"{source:16} {right[source]:5}/{given[source]:<5} {share} {extra[source]:5} {missed[source]:7}"
        print(line, file=sys.stderr)


def main() -> None:
    event_stage.location = _recording  # type: ignore[assignment]
    if len(sys.argv) > 1 and sys.argv[1] == "corpus":
        sys.argv.pop(1)
        rule_fires.main(__doc__ or "", event_stage, "location", _recording, jobs=2)
        return
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("mode", choices=["gold"])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--all", action="store_true", help="print every article, not only the wrong ones")
    args = parser.parse_args()
    _gold(args.sets, args.all)


if __name__ == "__main__":
    main()
