"""Which evidence gave each partial date its year, and how often it is right (round 19): every date the text
writes without a year (`Sáng 5/9`, `tháng 3`) carries the `year_source` that placed it (`dateline`,
`same_day`, `present`, `past_date`, `future_date` …, or none when it stays `XXXX`); this script counts, per
source, how many of the values so placed are the gold's, and the article year's sources the same way.

    python benchmarks/year_sources.py gold samples/real/dev samples/real/dev2 …   # precision per source
    python benchmarks/year_sources.py corpus ../shared/corpus/news --exclude unseen-ids.txt --sample 300

`gold` prints each source's right/fired and every wrong value (`set | article | source | mention | value |
the gold's values of that mention`); `corpus` prints one line per placed date to read by hand.

A date placed by a story's date (`past_date`, `future_date`) is also counted by its anchor's precision and by
where the anchor stands (`anchor day before`: a day-precise anchor written before the date; `after` when written
later in the text). Round 22 over dev..dev14: `past_date` from a day anchor 63 of 72 right (before 18/20, after
45/52), from a month anchor (`tháng 3/2016`) 39 of 57 (before 18/21, after 21/36, the weakest cell: a month of
another story or a month planned, `được tổ chức vào tháng 11/2017`, read later in the text).

A date left `XXXX` is counted too, by the step of `resolve_why` that left it unknown (`unknown no_evidence`,
`unknown cutoff`, `unknown older_anchor`, `unknown far_horizon`, `unknown no_article_year` …): right when the gold
leaves that mention `XXXX` too. Round 23 over dev..dev14: `no_evidence` 496/523 (the 27 misses spread over 12
articles, each a different cue: a Buddhist-era season, `mùa bầu cử năm 2017 đang diễn ra`, a quoted deadline …),
`far_horizon` 2/3, `no_article_year` 4/7, `cutoff` 1/1, `older_anchor` 1/1. Over the 5,008 news and
`current/c001`-`c030`, `far_horizon` drops 29 dates after a day-precise deadline (13 articles; about half
rightly: a vehicle's inspection expiry, a law's effective date a year on) and 9 after a month.

Tried and taken back in round 25: a month after `vào` (`vào tháng 11/2017`) whose sentence has no past cue (`đã`,
`vừa`, `hồi`, `xảy ra`, `diễn ra`, `trước đó`) anchors nothing. Over dev..dev16 it moved 2 wrong `past_date` values
(one became a wrong `future_date`), no right one. Over the 5,008 news and `current/c001`-`c030` (unseen ids left
out) it fired 85 times in 80 texts and changed the anchor in 50; of 30 of those read, 19 right (a month planned:
a summit, a council session, an exam; a month of another story: a treaty, an earlier incident) and 11 wrong (an
untensed passive step of the same story: `hạ thủy vào tháng 9/2016`, `được khởi tố vào tháng 10-2016`,
`được cấp chứng nhận đầu tư vào tháng 11.2016`): 63 %. Kept to clauses with a planning word before it (`tổ
chức`, `trình`, `kỳ họp`, `kỳ thi`, `hướng tới`, `nhằm`, `kịp`) it fires 14 times, about 10 right: too few
and too weak to keep.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

from corpus_texts import sampled_texts, source_arguments

from vnreport.evaluate import unresolved
from vnreport.extract.dates import find_dates, year_evidence
from vnreport.extract.dates.cores import Found, Point
from vnreport.extract.dates.years import Day, YearEvidence, resolve_why
from vnreport.gold import load_set
from vnreport.pipeline import analyze_text
from vnreport.segment.document import segment

_BY_STORY = ("past_date", "future_date")


def _day(point: Point | None) -> Day | None:
    """A found point as the evidence writes a day (day 1 for a month), None without a year or a month."""
    if point is None or point[0] is None or point[1] is None:
        return None
    return (point[0], point[1], point[2] or 1)


def _anchor_of(text: str, year: int | None) -> tuple[Day | None, Found | None]:
    """The story's date that anchors partial dates (the evidence's `anchor`), and the found date written with it."""
    doc = segment(text, words="dictionary")
    doc.year = year
    found = find_dates(doc)
    anchor = year_evidence(doc, found).anchor
    parts = [part for f in found for part in (f.parts or (f,)) if part.explicit]
    for part in parts:
        if anchor is not None and anchor in (_day(part.lo), _day(part.hi)):
            return anchor, part
    return anchor, None


def _anchor_label(anchor: Found | None, at: int) -> str:
    """`anchor PRECISION before|after`: how the anchor is written and on which side of the date at `at`."""
    if anchor is None:
        return "anchor unknown"
    return f"anchor {anchor.precision} {'before' if anchor.start < at else 'after'}"


@lru_cache(maxsize=1)  # the article being read: gathered once for all its dates left unknown
def _evidence_of(text: str, year: int | None) -> tuple[str, dict[int, Found], YearEvidence]:
    """The match view, the found dates by start and the year evidence, as the pipeline gathers them."""
    doc = segment(text, words="dictionary")
    doc.year = year
    found = find_dates(doc)
    return doc.view, {f.start: f for f in found}, year_evidence(doc, found)


def _unknown_label(text: str, year: int | None, at: int) -> str:
    """`unknown REASON`: the step of `resolve_why` that left the date at `at` without a year."""
    view, by_start, evidence = _evidence_of(text, year)
    f = by_start.get(at)
    return f"unknown {resolve_why(view, f, evidence)[2] if f is not None else 'settled'}"


def gold(sets: list[Path]) -> None:
    fired: Counter[str] = Counter()
    right: Counter[str] = Counter()
    wrong: list[str] = []
    for folder in sets:
        for article in load_set(folder):
            report = analyze_text(article.text, year=None if article.real else article.gold.year)
            values = {d.value for d in article.gold.dates if not unresolved(d.value)}
            anchor: tuple[Day | None, Found | None] | None = None  # computed once, for a date placed by it
            by_mention: dict[str, list[str]] = {}
            for d in article.gold.dates:
                by_mention.setdefault(d.mention.lower(), []).append(d.value)
            for m in report.dates:
                if m.inferred and unresolved(m.value) and by_mention.get(m.text.lower()):
                    # a year left unknown: right when the gold leaves it unknown too (`XXXX`)
                    source = _unknown_label(article.text, None if article.real else article.gold.year, m.start)
                    kept = any(unresolved(v) for v in by_mention[m.text.lower()])
                    fired[source] += 1
                    right[source] += kept
                    if not kept:
                        wrong.append(
                            f"{folder.name} | {article.name} | {source} | {m.text} | {by_mention[m.text.lower()]}"
                        )
                if not m.inferred or unresolved(m.value):
                    continue
                source = f"date {m.year_source}"
                fired[source] += 1
                right[source] += m.value in values
                label = ""
                if m.year_source in _BY_STORY:
                    anchor = anchor or _anchor_of(article.text, None if article.real else article.gold.year)
                    label = _anchor_label(anchor[1], m.start)
                    fired[f"{source} {label}"] += 1
                    right[f"{source} {label}"] += m.value in values
                if m.value not in values:
                    gold_values = by_mention.get(m.text.lower(), [])
                    wrong.append(
                        f"{folder.name} | {article.name} | {source} | {m.text} | {m.value} | {gold_values} {label}"
                    )
            if article.real and report.year is not None:
                source = f"year {report.year_source}"
                fired[source] += 1
                right[source] += report.year == article.gold.year
                if report.year != article.gold.year:
                    wrong.append(f"{folder.name} | {article.name} | {source} | {report.year} | {article.gold.year}")
    for source, n in sorted(fired.items()):
        print(f"{source}\t{right[source]}/{n}")
    print(*wrong, sep="\n")


def corpus(folder: Path, exclude: list[Path], sample: int) -> None:
    counts: Counter[str] = Counter()
    for article, text in sampled_texts(folder, exclude, sample):
        report = analyze_text(text)
        counts[f"year {report.year_source}"] += 1
        for m in report.dates:
            if m.inferred and not unresolved(m.value):
                counts[f"date {m.year_source}"] += 1
                print(f"{article} | {m.year_source} | {m.text} | {m.value} | year {report.year} {report.year_source}")
    for source, n in counts.most_common():
        print(f"# {source}\t{n}")


def main() -> None:
    args = source_arguments(
        __doc__ or "", "precision per year source on gold sets", "every placed partial date of a corpus sample"
    )
    if args.command == "gold":
        gold(args.sets)
    else:
        corpus(args.folder, args.exclude, args.sample)


if __name__ == "__main__":
    main()
