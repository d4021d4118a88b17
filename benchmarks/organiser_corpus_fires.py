"""How often each organiser source fires over corpus texts, and a seeded sample of its fires to read by hand.

`organiser_sources.py` counts each source's precision on the annotated sets; a source (or a new rule) is kept
only when it is also right on a random sample of its fires over the corpus, and the count of those fires says
whether it can move an unseen set at all. Each article's event kind, organiser and source (labelled as
`organiser_sources.py` labels them) is one row; the table gives the fires per source and per event kind with
no organiser; `--read SOURCE` prints a seeded sample of that source's fires with the lead to read.

    python benchmarks/organiser_corpus_fires.py ../shared/corpus/news --exclude unseen-ids.txt \\
        [--read own:signer_body --sample 30 --seed 23] [--rows rows.jsonl] [--jobs 2]

A folder whose held-out pages must stay unread (the later half of `current/`) needs their ids in an
`--exclude` file too: every `*.txt` of the folder not excluded is read.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

import organiser_sources
from corpus_texts import add_arguments, corpus_texts, excluded_ids

from vnreport.pipeline import analyze_text

_LEAD_SHOWN = 500  # characters of the text printed with a fire to read


def _row(item: tuple[str, str]) -> dict[str, str | None]:
    """The event kind, organiser and organiser source of one article (None where it has none)."""
    article, text = item
    organiser_sources.reset()
    summary = analyze_text(text, source=article).summary
    found = summary.event if summary else None
    organiser = found.organizer if found else None
    return {
        "article": article,
        "kind": found.kind if found else None,
        "organiser": organiser,
        "source": organiser_sources.label(organiser) if organiser else None,
        "lead": text[:_LEAD_SHOWN].replace("\n", " | "),
    }


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(parser, several=True)
    parser.add_argument("--read", help="a source whose fires to print, sampled")
    parser.add_argument("--sample", type=int, default=30, help="fires of --read printed")
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument("--rows", type=Path, help="write one JSON line per article")
    parser.add_argument("--jobs", type=int, default=2)
    return parser.parse_args()


def main() -> None:
    args = _arguments()
    organiser_sources.install()  # before the workers fork, so they trace too
    texts = corpus_texts(args.folders, excluded_ids(args.exclude))
    with Pool(args.jobs) as pool:
        rows = list(pool.imap(_row, texts, chunksize=8))
    fires = Counter(r["source"] for r in rows if r["source"])
    unheld = Counter(r["kind"] for r in rows if r["kind"] and not r["organiser"])
    events = sum(1 for r in rows if r["kind"])
    print(f"articles\t{len(rows)}\twith an event\t{events}\twith an organiser\t{fires.total()}")
    print("source\tfires")
    for source, count in fires.most_common():
        print(f"{source}\t{count}")
    print("kind\tevents with no organiser")
    for kind, count in unheld.most_common():
        print(f"{kind}\t{count}")
    if args.read:
        chosen = [r for r in rows if r["source"] == args.read]
        for r in random.Random(args.seed).sample(chosen, min(args.sample, len(chosen))):
            print(f"== {r['article']}\t{r['kind']}\t{r['organiser']}\n{r['lead']}")
    if args.rows:
        args.rows.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
