"""Mine `vnreport/data/orgs_media_mined.tsv`: news outlets named in the source line that closes an article
(`Theo Trí thức trẻ`, `Theo Phạm Huyền/VNExpress`, `(Theo VnMedia)`), which recur in several articles.

    python benchmarks/mine_media_names.py CORPUS/news --exclude ids.txt [--exclude more.txt] > orgs_media_mined.tsv

The outlet is what follows `Theo` at the very end of the text, after the last slash when reporters' names
come first. It is kept when it opens with a capital, holds at most four words of letters (no list, no dash, no
number), is no person's name (its
first word no surname of names_surnames.txt, unless the outlet follows a slash), is not already a medium
of orgs_media.tsv or a name of orgs_known.tsv, and closes at least `--min-articles` different articles.
`--exclude` lists article ids (file names without `.txt`) never read: the unseen sets.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict

from corpus_texts import add_arguments, corpus_texts, excluded_ids

from vnreport.extract.organizations.lexicon import KnownRow, MediaRow
from vnreport.lexicon import load_rows, load_words

_CLOSING = re.compile(r"(?:^|[\s.(])Theo:?\s+([^.()/\n]{1,60}/\s*)?([^.()/\n]{2,40}?)\)?\s*$")
_MAX_WORDS = 4


def outlet(text: str) -> str | None:
    """The outlet of the source line that closes `text`, or None."""
    match = _CLOSING.search(text.rstrip())
    if match is None:
        return None
    name = match.group(2).strip()
    words = name.split()
    if not words or len(words) > _MAX_WORDS or not name[:1].isupper() or "Theo" in words:
        return None  # `Vnexpress Theo Vnexpress`: two lines run together
    if not all(c.isalpha() or c in " +&" for c in name):
        return None  # `Reuters, BBC`, `VOV-Trung tâm Tin`, `Sputnik An Công -`: a list or a cut line
    if match.group(1) is None and words[0] in load_words("names_surnames.txt"):
        return None  # `Theo Khánh Hồng`: a reporter, no outlet
    return name


def mine(texts: list[tuple[str, str]], min_articles: int) -> list[tuple[str, int]]:
    known = {row.name for row in load_rows("orgs_media.tsv", MediaRow)}
    known |= {row.name for row in load_rows("orgs_known.tsv", KnownRow)}
    articles: dict[str, set[str]] = defaultdict(set)
    for article, text in texts:
        name = outlet(text)
        if name is not None and name not in known:
            articles[name].add(article)
    kept = [(name, len(ids)) for name, ids in articles.items() if len(ids) >= min_articles]
    return sorted(kept, key=lambda item: (-item[1], item[0]))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(parser)
    parser.add_argument("--min-articles", type=int, default=2)
    args = parser.parse_args(argv)
    texts = list(corpus_texts([args.folder], excluded_ids(args.exclude)))
    print(f"# mined from {len(texts)} articles: --min-articles {args.min_articles}")
    print("name\tarticles")
    for name, count in mine(texts, args.min_articles):
        print(f"{name}\t{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
