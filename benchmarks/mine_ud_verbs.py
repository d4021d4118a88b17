"""Mine the words that are verbs wherever the Vietnamese treebank tags them: the data behind
`vnreport/data/summary_verbs.txt`.

Why: a key fact's measure must say what a figure is (`GRDP của Thành phố`); a count with no noun phrase before
it is measured by the verbs that govern it (`khởi tố 5 bị can`), which needs to know which words are verbs. The
treebank (UD Vietnamese-VTB, CC BY-SA 4.0) tags some 40,000 words of news
text by hand, so counting it covers the language instead. A word is kept when it is tagged VERB in at least
MIN_SHARE of at least MIN_SEEN occurrences: words that are as often nouns (`đầu tư`, `xuất khẩu`, `quyết
định`) stay out, since a measure may open with them.

Usage: python benchmarks/mine_ud_verbs.py UD_VTB_DIR > vnreport/data/summary_verbs.txt
"""

from __future__ import annotations

import argparse
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

MIN_SEEN = 3  # rarer words say too little about their part of speech
MIN_SHARE = 0.8  # tagged VERB in at least this share of their occurrences
_HEADER = f"""# Words the Vietnamese treebank tags as verbs (VERB in >= {MIN_SHARE:.0%} of >= {MIN_SEEN} occurrences),
# lower case, NFC. Built by benchmarks/mine_ud_verbs.py from UD Vietnamese-VTB (CC BY-SA 4.0:
# https://universaldependencies.org/treebanks/vi_vtb/); this list is a derived work under the same licence.
# Read by the key facts: the verbs right before a count with no noun phrase say what is done to it
# (`khởi tố 5 bị can`)."""


def tag_counts(folder: Path) -> dict[str, Counter[str]]:
    """Per lower-case word form: how often each universal part of speech tags it."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for path in sorted(folder.glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) > 3 and cells[0].isdigit():  # a word line (not a comment, not a multiword range)
                counts[unicodedata.normalize("NFC", cells[1].lower())][cells[3]] += 1
    return counts


def verbs(counts: dict[str, Counter[str]]) -> list[str]:
    out = []
    for word, tags in counts.items():
        seen = sum(tags.values())
        if seen >= MIN_SEEN and tags["VERB"] / seen >= MIN_SHARE and all(c.isalpha() or c == " " for c in word):
            out.append(word)
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the UD Vietnamese-VTB folder (its .conllu files)")
    args = parser.parse_args()
    print(_HEADER)
    for word in verbs(tag_counts(args.folder)):
        print(word)


if __name__ == "__main__":
    main()
