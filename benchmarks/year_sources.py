"""Which evidence gave each partial date its year, and how often it is right (round 19): every date the text
writes without a year (`Sáng 5/9`, `tháng 3`) carries the `year_source` that placed it (`dateline`,
`same_day`, `present`, `past_date`, `future_date` …, or none when it stays `XXXX`); this script counts, per
source, how many of the values so placed are the gold's, and the article year's sources the same way.

    python benchmarks/year_sources.py gold samples/real/dev samples/real/dev2 …   # precision per source
    python benchmarks/year_sources.py corpus ../shared/corpus/news --exclude unseen-ids.txt --sample 300

`gold` prints each source's right/fired and every wrong value (`set | article | source | mention | value |
the gold's values of that mention`); `corpus` prints one line per placed date to read by hand.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from corpus_texts import sampled_texts, source_arguments

from vnreport.evaluate import unresolved
from vnreport.gold import load_set
from vnreport.pipeline import analyze_text


def gold(sets: list[Path]) -> None:
    fired: Counter[str] = Counter()
    right: Counter[str] = Counter()
    wrong: list[str] = []
    for folder in sets:
        for article in load_set(folder):
            report = analyze_text(article.text, year=None if article.real else article.gold.year)
            values = {d.value for d in article.gold.dates if not unresolved(d.value)}
            by_mention: dict[str, list[str]] = {}
            for d in article.gold.dates:
                by_mention.setdefault(d.mention.lower(), []).append(d.value)
            for m in report.dates:
                if not m.inferred or unresolved(m.value):
                    continue
                source = f"date {m.year_source}"
                fired[source] += 1
                right[source] += m.value in values
                if m.value not in values:
                    gold_values = by_mention.get(m.text.lower(), [])
                    wrong.append(f"{folder.name} | {article.name} | {source} | {m.text} | {m.value} | {gold_values}")
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
