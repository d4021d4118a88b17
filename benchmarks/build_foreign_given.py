"""Build `vnreport/data/names_foreign_given.txt`: Western given names (`Hillary`, `Kenneth`, `Oscar`) that let
a full foreign name be read as a person's where no title or anchor stands before it (`… ám sát Ruslan X, một
trong …`, `luật sư độc lập Kenneth W. Starr`, `… của 2 ứng cử viên A B và Oscar Ivan Zuluaga`).

    python benchmarks/build_foreign_given.py > vnreport/data/names_foreign_given.txt

The names are the first names of the United States census of 1990 (shipped by the `names` package, MIT, a
`mining` dependency: the data file is built once, the package is not needed at run time), male and female,
kept when:

* they are shaped unlike a Vietnamese syllable (`has_foreign_shape`: not `Long`, `Mai`, `Lan`, `Kim`), of three
  letters at least (not `Al`, `Ed`: `Al Jazeera`, `Al Qaeda`);
* they are no country, region or city of the gazetteer, of the mined foreign places or of the countries of
  titles (`China`, `Israel`, `Paris`, `Virginia`, `Argentina`), nor a month or a weekday in English (`April`,
  `June`, `Sunday`);
* they do not mostly open a thing's or a place's name in the news (`_THINGS`: `China Daily`, `Royal …`);
* they are not written, in the news corpus, in lower case (`--corpus`: a word of English or a brand, `nick`).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import names

from vnreport.lexicon import data_text, load_words
from vnreport.segment.syllables import has_foreign_shape

# Given names of the census that Vietnamese news writes mostly as the first word of a thing's or a place's name
# (`China Daily`, `Chelsea`, `Royal Khmer Airlines`, `Marine One`, `Mercedes Benz`, `Golden West`).
_THINGS = frozenset(
    [
        "Asia",
        "Chelsea",
        "China",
        "Crystal",
        "Golden",
        "Hope",
        "India",
        "Lady",
        "Les",
        "Marina",
        "Marine",
        "Mercedes",
        "Nova",
        "Porsche",
        "Riva",
        "Royal",
        "Sierra",
        "Sunny",
        "Warner",
    ]
)
_CALENDAR = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)


_PLACE_TABLES = ("places_gazetteer.tsv", "places_foreign_mined.tsv")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="a folder of articles: names written there in lower case go")
    args = parser.parse_args()
    places = {line.split("\t")[0] for name in _PLACE_TABLES for line in data_text(name).splitlines()}
    places |= set(load_words("officials_countries.txt"))
    lower: set[str] = set()
    if args.corpus:
        for path in sorted(args.corpus.glob("*.txt")):
            lower.update(re.findall(r"(?<![\w.@-])[a-z]{3,}(?![\w.@-])", path.read_text(encoding="utf-8")))
    folder = Path(names.__file__).parent
    given: set[str] = set()
    for file in ("dist.male.first", "dist.female.first"):
        for line in (folder / file).read_text(encoding="ascii").splitlines():
            word = line.split()[0].title() if line.strip() else ""
            if len(word) < 3 or not has_foreign_shape(word) or word in places or word in _CALENDAR or word in _THINGS:
                continue
            if word.lower() not in lower:
                given.add(word)
    print("# Western given names (the 1990 United States census's first names, male and female), built by")
    print("# benchmarks/build_foreign_given.py: shaped unlike a Vietnamese syllable, of three letters at least, no")
    print("# place or country of the gazetteer, no month or weekday, never written in lower case in the news corpus.")
    print("# A capitalised run of two or three words shaped unlike Vietnamese that one of them opens is read as a")
    print("# person's name where no anchor or title stands before it (`… ám sát Ruslan X, …`).")
    for word in sorted(given):
        print(word)


if __name__ == "__main__":
    main()
