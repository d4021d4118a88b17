"""How often each cue that places an untitled person is right: the precision of the people_other sources.

Each person the officials' extractor reads carries the cue that first placed it (`PersonRecord.source`: a byline
or a photo credit, an anonymised name, an honorific, `anchor:<word>` for `ông`, `bà`, `cử tri` …, a list after a
colon, an age or a birth year in brackets, …). Over annotated sets, a person reported without a title is
`right` when the gold lists it in people_other, `official` when the gold lists it as an official (the title
was missed: the official/person split), `wrong` otherwise. Over plain texts (`--texts`), each person is printed
with its cue and its context, to be read. Over corpus folders (`--corpus`), each cue's fires are counted over
every text (how widely a cue reaches, which the sets alone do not tell), and `--read CUE` prints a random
`--sample` of that cue's fires to be read and judged. The organisations are found first, as the pipeline does,
so a credit that names an outlet is left out here as in the report. Every id of an unseen set goes in an
`--exclude` file, the held-out pages of a folder of recent pages too: they are never read.

    python benchmarks/people_sources.py samples/real/dev samples/real/dev2 …
    python benchmarks/people_sources.py --texts LIST_FILE > people.tsv   # one path a line
    python benchmarks/people_sources.py --corpus CORPUS/news --exclude UNSEEN_IDS            # fires per cue
    python benchmarks/people_sources.py --corpus CORPUS/news --exclude UNSEEN_IDS --read anchor:ông --sample 30
"""

from __future__ import annotations

import argparse
import random
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from corpus_texts import corpus_texts, excluded_ids

from vnreport.evaluate import key
from vnreport.extract.locations import find_places
from vnreport.extract.officials import PersonRecord, read_people
from vnreport.extract.organizations import find_organizations
from vnreport.gold import load_set
from vnreport.segment.document import segment


def untitled(text: str) -> list[PersonRecord]:
    """The people the report gives without a title, each with the cue that placed it."""
    doc = segment(text, words="dictionary")
    organizations = find_organizations(doc, find_places(doc)).spans
    return [r for r in read_people(doc, organizations) if not r.titles and not r.posted]


def score_sets(folders: list[str], show: bool = False) -> None:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for folder in folders:
        for article in load_set(Path(folder)):
            people = {key(p) for p in article.gold.people_other}
            officials = {key(o.name) for o in article.gold.officials}
            for record in untitled(article.text):
                name = key(record.name)
                verdict = "right" if name in people else "official" if name in officials else "wrong"
                counts[record.source or "?"][verdict] += 1
                if show and verdict != "right":
                    print(
                        f"{article.name}\t{record.source}\t{verdict}\t{record.name}\t{_context(article.text, record)}"
                    )
    print("source\tfound\tright\tofficial\twrong\tprecision")
    for source, c in sorted(counts.items(), key=lambda item: -sum(item[1].values())):
        n = sum(c.values())
        print(f"{source}\t{n}\t{c['right']}\t{c['official']}\t{c['wrong']}\t{c['right'] / n:.2f}")


def _context(text: str, record: PersonRecord) -> str:
    mention = record.mentions[0] if record.mentions else None
    return " ".join(text[max(0, mention.start - 80) : mention.end + 60].split()) if mention else ""


def list_texts(paths: list[str]) -> None:
    print("file\tsource\tname\tcontext")
    for path in paths:
        text = unicodedata.normalize("NFC", Path(path).read_text(encoding="utf-8"))
        for record in untitled(text):
            print(f"{Path(path).name}\t{record.source}\t{record.name}\t{_context(text, record)}")


def count_corpus(folders: list[Path], exclude: list[Path], read: str | None, sample: int, seed: int) -> None:
    """Each cue's fires (people) and the texts it fires in over every corpus text; with `read`, a random `sample`
    of that cue's fires in context instead, to be judged one by one."""
    fires: Counter[str] = Counter()
    texts: dict[str, set[str]] = defaultdict(set)
    shown: list[str] = []
    for name, text in corpus_texts(folders, excluded_ids(exclude)):
        for record in untitled(text):
            source = record.source or "?"
            fires[source] += 1
            texts[source].add(name)
            if source == read:
                shown.append(f"{name}\t{record.name}\t{_context(text, record)}")
    if read is not None:
        if not shown:  # a misspelt cue and one that never fires look alike: say which sources exist
            print(f"the cue {read!r} never fires; sources that fire: {', '.join(sorted(fires))}", file=sys.stderr)
        for line in random.Random(seed).sample(shown, min(sample, len(shown))):
            print(line)
        return
    print("source\tfires\ttexts")
    for source, n in fires.most_common():
        print(f"{source}\t{n}\t{len(texts[source])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help="annotated set folders, named one by one")
    parser.add_argument("--show", action="store_true", help="with sets: print each person not right, in context")
    parser.add_argument("--texts", help="a file listing plain texts, one path a line, to print for reading")
    parser.add_argument("--corpus", type=Path, action="append", help="a folder of corpus texts (repeatable)")
    parser.add_argument("--exclude", type=Path, action="append", default=[], help="with --corpus: ids never read")
    parser.add_argument("--read", help="with --corpus: print a random sample of this cue's fires")
    parser.add_argument("--sample", type=int, default=30, help="with --read: how many fires (30)")
    parser.add_argument("--seed", type=int, default=0, help="with --read: the sample's random seed")
    args = parser.parse_args()
    if args.corpus:
        if not args.exclude:
            parser.error("--corpus needs --exclude: the unseen sets' ids are never read")
        count_corpus(args.corpus, args.exclude, args.read, args.sample, args.seed)
    elif args.texts:
        list_texts([line.strip() for line in Path(args.texts).read_text().splitlines() if line.strip()])
    elif args.sets:
        score_sets(args.sets, args.show)
    else:
        parser.print_usage(sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
