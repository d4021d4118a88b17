"""Candidates for `vnreport/data/orgs_known.tsv`: foreign brands, agencies and outlets that Vietnamese news names
without a head (`Instagram`, `Volvo`, `JBIC`), mined by their shape and how they are used, to be read before any
is kept.

    python benchmarks/mine_brand_names.py CORPUS/news CORPUS/current --exclude ids.txt [--exclude more.txt]

A candidate is one word in Latin letters without a Vietnamese diacritic (a foreign spelling: no Vietnamese
person's or place's name is written so), opening with a capital, of three letters at least, inside a sentence
(after a lower-case word, so the capital is the name's). It counts as named by a company word when one of
`_CUES` stands right before it (`hãng Volvo`, `mạng xã hội Instagram`), as a person when a person's word
does (`ông`, `Tổng thống`), as a place when a place word does (`tại`, `ở`, `thủ đô`), and as alone otherwise
when no capitalised word follows (a longer name would go on). It is listed when it stands alone in at least
`--min-alone` articles, follows a company word in at least `--min-cued` articles (0 by default: most brands
are written bare), follows a person's or place word in at most a tenth of them, is written in lower case at
most 0.3 times as often (`Tuy`, `Than` are Vietnamese words), is no place of the gazetteer, and is no name of
orgs_known.tsv, orgs_media.tsv or a head of orgs_heads.tsv already. Many candidates are abbreviations of
common nouns (`THPT`, `CSGT`) or products: the list is read, and only names read right as organisations in
at least 90 % of their corpus fires are added to orgs_known.tsv. `--exclude` lists article ids (file names
without `.txt`) never read: the unseen sets (and the held-out `current` texts).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from functools import cache

from corpus_texts import add_arguments, corpus_texts, excluded_ids

from vnreport.extract.organizations.lexicon import HeadRow, KnownRow, MediaRow
from vnreport.lexicon import data_text, load_rows

_TOKEN = re.compile(r"[\w&.'-]*\w|[^\w\s]")
_FOREIGN = re.compile(r"[A-Z][A-Za-z0-9&]{2,}")  # Latin letters only: no Vietnamese diacritic
# words that name a company, agency, outlet or group right before its name
_CUES = (
    "hãng",
    "hãng tin",
    "hãng thông tấn",
    "công ty",
    "tập đoàn",
    "mạng xã hội",
    "kênh",
    "tờ",
    "tờ báo",
    "nhà sản xuất",
    "nhà mạng",
    "ngân hàng",
    "nhóm",
    "tổ chức",
    "thương hiệu",
    "đài",
    "trang",
    "tạp chí",
)
# words before a person or a place: a name written after them is no organisation's
_PERSON = ("ông", "bà", "anh", "chị", "ngài", "Tổng thống", "Thủ tướng", "Bộ trưởng", "Ngoại trưởng", "Giám đốc")
_BARRED_SHARE = 0.1  # after a person's or place word at most this often (articles alone): `ở Facebook`
_LOWER_SHARE = 0.3  # written in lower case at most this often: `than` (coal) is a word, no name; `youtube` a slip
_PLACE = ("tại", "ở", "đến", "thủ đô", "thành phố", "bang", "tỉnh", "nước", "vùng", "sân bay")


def _ending_at(tokens: list[str], k: int, phrases: tuple[str, ...]) -> bool:
    """Whether one of `phrases` ends right before token `k`."""
    for phrase in phrases:
        words = phrase.split()
        if k >= len(words) and [t.lower() for t in tokens[k - len(words) : k]] == [w.lower() for w in words]:
            return True
    return False


@cache
def places() -> frozenset[str]:
    """Names of places of the gazetteer and the mined foreign places, as written (read once)."""
    names: set[str] = set()
    for path in ("places_gazetteer.tsv", "places_foreign_mined.tsv"):
        for line in data_text(path).splitlines():
            if line and not line.startswith("#"):
                names.add(line.split("\t")[0])
    return frozenset(names)


def mine(texts: list[tuple[str, str]], min_alone: int, min_cued: int) -> list[tuple[str, int, int]]:
    """(name, articles alone, articles after a company word) of the names kept, most frequent first."""
    alone: dict[str, set[str]] = defaultdict(set)
    cued: dict[str, set[str]] = defaultdict(set)
    barred: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    for article, text in texts:
        tokens = _TOKEN.findall(text)
        for k in range(1, len(tokens)):
            word = tokens[k]
            if word.islower():
                lower[word] += 1
            if not _FOREIGN.fullmatch(word) or tokens[k - 1][:1].isupper():
                continue  # `Mitsubishi` in `Ngân hàng Mitsubishi`: part of a longer name
            uses[word] += 1
            if _ending_at(tokens, k, _PERSON) or _ending_at(tokens, k, _PLACE):
                barred[word] += 1
            elif _ending_at(tokens, k, _CUES):
                cued[word].add(article)
            elif not (k + 1 < len(tokens) and tokens[k + 1][:1].isupper()):
                alone[word].add(article)
    known = {row.name for row in load_rows("orgs_known.tsv", KnownRow)}
    known |= {row.name for row in load_rows("orgs_media.tsv", MediaRow)}
    known |= {row.head for row in load_rows("orgs_heads.tsv", HeadRow)}
    known |= places()
    kept = [
        (name, len(alone[name]), len(cued[name]))
        for name in alone
        if len(alone[name]) >= min_alone
        and len(cued[name]) >= min_cued
        and barred[name] <= _BARRED_SHARE * len(alone[name])
        and lower[name.lower()] <= _LOWER_SHARE * uses[name]
        and name not in known
    ]
    return sorted(kept, key=lambda item: (-item[1], item[0]))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(parser, several=True)
    parser.add_argument("--min-alone", type=int, default=3)
    parser.add_argument("--min-cued", type=int, default=0)
    args = parser.parse_args(argv)
    texts = list(corpus_texts(args.folders, excluded_ids(args.exclude)))
    print(f"# mined from {len(texts)} articles: --min-alone {args.min_alone} --min-cued {args.min_cued}")
    print("name\talone\tcued")
    for name, n_alone, n_cued in mine(texts, args.min_alone, args.min_cued):
        print(f"{name}\t{n_alone}\t{n_cued}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
