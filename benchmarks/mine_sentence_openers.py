"""Mine the word pairs that open sentences and are almost never written capitalised inside one, from a folder
of news texts: the data behind `vnreport/data/sentence_openers.txt`.

Why: the 2017 pages lost their line breaks, so a caption or a sub-heading runs into the next sentence with no
stop between (`… đón Thủ tướng tại sân bay Lý giải cho việc …`). Inside a Vietnamese sentence only names,
titles and organisations are capitalised; a pair that opens many sentences but is (almost) only ever written
in lower case inside one (`lý giải`, `theo đó`, `tỉnh Bình`) marks, capitalised after a lower-case word, where
a new sentence starts. Counting it over thousands of articles covers the language instead of a hand list.

Usage: python benchmarks/mine_sentence_openers.py CORPUS_NEWS_DIR --exclude IDS_FILE \
    > vnreport/data/sentence_openers.txt
(IDS_FILE: ids of texts kept out, e.g. an unseen evaluation set, one per line).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

from corpus_texts import add_arguments, corpus_texts, excluded_ids

_WORD = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_STOPS = frozenset(".!?…")
MIN_OPENS = 10  # sentences the pair opens: rarer pairs say too little
MAX_CAPITALISED_PER_OPEN = 0.05  # capitalised inside a sentence, as a share of the sentences it opens
MAX_CAPITALISED_PER_LOWER = 0.01  # capitalised inside a sentence, as a share of its lower-case uses there
MIN_INSIDE_LOWER = 5  # the pair is a common phrase written in lower case inside sentences, not a name


def _pairs(text: str) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Per folded pair: sentences opened, capitalised inside a sentence after a lower-case word, and written
    in lower case inside a sentence."""
    opens: Counter[str] = Counter()
    inside_cap: Counter[str] = Counter()
    inside_lower: Counter[str] = Counter()
    for line in text.splitlines():
        toks = _WORD.findall(line)
        for k in range(len(toks) - 1):
            first, second = toks[k], toks[k + 1]
            if not (first[0].isalpha() and second[0].isalpha() and second[0].islower()):
                continue  # `Ông Comey`: a name after the opener would make the list one of people
            pair = f"{first.lower()} {second.lower()}"
            before = toks[k - 1] if k else ""
            if first[0].isupper() and (not before or before in _STOPS):
                opens[pair] += 1
            elif before[:1].isalpha() and before[0].islower():
                (inside_cap if first[0].isupper() else inside_lower)[pair] += 1
    return opens, inside_cap, inside_lower


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    args = parser.parse_args()
    opens: Counter[str] = Counter()
    inside_cap: Counter[str] = Counter()
    inside_lower: Counter[str] = Counter()
    for _, text in corpus_texts([args.folder], excluded_ids(args.exclude)):
        o, c, low = _pairs(text)
        opens.update(o)
        inside_cap.update(c)
        inside_lower.update(low)
    chosen = sorted(
        pair
        for pair, n in opens.items()
        if n >= MIN_OPENS
        and inside_lower[pair] >= MIN_INSIDE_LOWER
        and inside_cap[pair] <= MAX_CAPITALISED_PER_OPEN * n
        and inside_cap[pair] <= MAX_CAPITALISED_PER_LOWER * inside_lower[pair]
    )
    sys.stdout.write(
        "# Word pairs that open sentences and are (almost) never capitalised inside one: capitalised after a\n"
        "# lower-case word, they start a new sentence run into a caption or heading. Built by\n"
        f"# benchmarks/mine_sentence_openers.py (opens >= {MIN_OPENS}, lower case inside >= {MIN_INSIDE_LOWER},\n"
        f"# capitalised inside <= {MAX_CAPITALISED_PER_OPEN:.0%} of the opens and <= "
        f"{MAX_CAPITALISED_PER_LOWER:.0%} of the lower-case uses).\n"
    )
    sys.stdout.write("".join(f"{pair}\n" for pair in chosen))


if __name__ == "__main__":
    main()
