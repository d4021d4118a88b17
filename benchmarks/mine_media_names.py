"""Mine `vnreport/data/orgs_media_mined.tsv`: news outlets named in the source line that closes an article
(`Theo Trí thức trẻ`, `Theo Phạm Huyền/VNExpress`, `(Theo VnMedia)`), or foreign outlets named right after a
news outlet's common noun or right before a verb of reporting (`tờ Haaretz`, `hãng tin Jiji`, `China Daily đưa
tin`), which recur in several articles.

    python benchmarks/mine_media_names.py CORPUS/news CORPUS/current --exclude ids.txt [--exclude more.txt] \
        > orgs_media_mined.tsv

The outlet is what follows `Theo` at the very end of the text, after the last slash when reporters' names
come first. It is kept when it opens with a capital, holds at most four words of letters (no list, no dash, no
number), is no person's name (its
first word no surname of names_surnames.txt, unless the outlet follows a slash), is not already a medium
of orgs_media.tsv or a name of orgs_known.tsv, and closes at least `--min-articles` different articles.
A foreign outlet (`named`) is one to four capitalised words in Latin letters right after a lower-case noun of
`_NOUNS` (orgs_news_cues.txt and the press nouns of orgs_foreign_cues.txt; or that noun opening a sentence) or
right before a verb of `_REPORTS` (orgs_media_report_verbs.txt; after a lower-case word or a sentence's
start), of which one is no Vietnamese word nor syllable with a foreign shape, or an acronym of three capitals
at least (`BFMTV`), with no digit (`kênh N1` is a canal), no place of the gazetteer (`hãng tin
Nga`), not known already, named so in at least `--min-articles` different articles. Both lists are read
before a name is kept: only outlets read as such in at least 90 % of their corpus uses are kept. A name one
letter from a known name, or from a mined one written as often or more (`Jjji` beside `Jiji`), is printed as a
suspect in a comment line, not kept.
`--exclude` lists article ids (file names without `.txt`) never read: the unseen sets (and the held-out
`current` texts).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Iterable

from corpus_texts import add_arguments, corpus_texts, excluded_ids
from mine_brand_names import places

from vnreport.extract.names import has_foreign_shape
from vnreport.extract.organizations.lexicon import KnownRow, MediaRow, is_acronym
from vnreport.lexicon import load_list, load_rows, load_words
from vnreport.segment.dictionary import is_word

_CLOSING = re.compile(r"(?:^|[\s.(])Theo:?\s+([^.()/\n]{1,60}/\s*)?([^.()/\n]{2,40}?)\)?\s*$")
_MAX_WORDS = 4
# common nouns of a news outlet right before its name: the broadcasters' of orgs_news_cues.txt and the press's
# of orgs_foreign_cues.txt (those of its nouns that head a paper or a site, not a company's `hãng`, `công ty`);
# verbs of reporting right after it: orgs_media_report_verbs.txt but `cho biết`, `cho hay`, which follow
# anyone's name
_PRESS_HEADS = ("tờ", "tạp chí", "trang tin")
_ANYONES_VERBS = frozenset({"cho biết", "cho hay"})


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of the phrases, longest first so that `tờ báo` wins over `tờ`."""
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))


_NOUNS = _alternation(
    [
        *load_list("orgs_news_cues.txt"),
        *(c for c in load_list("orgs_foreign_cues.txt") if c.startswith(_PRESS_HEADS)),
    ]
)
_REPORTS = _alternation(v for v in load_list("orgs_media_report_verbs.txt") if v not in _ANYONES_VERBS)
_FOREIGN = r"[A-Z][A-Za-z'&-]*(?: [A-Z][A-Za-z'&-]*){0,3}"  # Latin letters only, no digit
_AFTER_NOUN = re.compile(rf"(?<!\w)(?i:{_NOUNS}) ({_FOREIGN})(?![\w-])")
_BEFORE_REPORT = re.compile(rf"(?<![\w-])({_FOREIGN}) (?:{_REPORTS})(?!\w)")
_MIN_ACRONYM = 3  # `BFMTV`; `AS`, `C` are initials or letters of a list


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


_LOOK_BACK = 8  # characters before a name read for what ends there: a stop or a lower-case word, past spaces


def _before(text: str, start: int) -> str:
    """The few characters right before `start`: a bounded window, so reading it for every match stays linear
    in the text (a copy of all the text before each match was quadratic)."""
    return text[max(0, start - _LOOK_BACK) : start]


_LEADING = re.compile(r'[ "“]*')  # stops at the text's first other character: no copy of the text before a match


def _opens(text: str, start: int) -> bool:
    """Nothing but a sentence's (or line's) end stands before `start`: a capital there is no name's own. The
    text's start counts when only spaces and quotes stand before `start`, however many (a window of them alone
    reaches back to it)."""
    before = _before(text, start).rstrip(' "“')
    if before:
        return before[-1] in ".:!?\n"
    leading = _LEADING.match(text, 0, start)
    return leading is not None and leading.end() == start


def _after_lower_or_opening(text: str, start: int) -> bool:
    """A lower-case word, or a sentence's start, right before `start`: the name is not the tail of a longer one."""
    before = _before(text, start).rstrip()
    return _opens(text, start) or (bool(before) and before[-1].islower())


def _foreign_outlet(name: str) -> bool:
    """A name written in a foreign spelling: one word no Vietnamese word nor syllable, or a long acronym."""
    return any(
        (word.isalpha() and is_acronym(word) and len(word) >= _MIN_ACRONYM)
        or (not word.isupper() and not is_word(word.lower()) and has_foreign_shape(word))
        for word in name.split()
    )


def named(text: str) -> set[str]:
    """The foreign outlets of `text` named after a news outlet's noun or before a verb of reporting."""
    found: set[str] = set()
    for match in _AFTER_NOUN.finditer(text):
        if (text[match.start()].islower() or _opens(text, match.start())) and not _numbered(text, match.end()):
            found.add(match.group(1))
    for match in _BEFORE_REPORT.finditer(text):
        if _after_lower_or_opening(text, match.start()):
            found.add(match.group(1))
    return {name for name in found if _foreign_outlet(name) and name.split()[0] not in places()}


def _numbered(text: str, end: int) -> bool:
    """A number goes on after the name (`đài Europe 1`, `Il Sole 24 Ore`): the words are cut from a longer name."""
    return text[end : end + 2].strip()[:1].isdigit()


def mine(texts: list[tuple[str, str]], min_articles: int) -> tuple[list[tuple[str, int]], list[tuple[str, int, str]]]:
    """The names kept (name, articles), and the suspects (name, articles, the name it is one letter from)."""
    known = {row.name for row in load_rows("orgs_media.tsv", MediaRow)}
    known |= {row.name for row in load_rows("orgs_known.tsv", KnownRow)}
    articles: dict[str, set[str]] = defaultdict(set)
    uses: dict[str, int] = defaultdict(int)
    for article, text in texts:
        found = set(named(text) - known)
        name = outlet(text)
        if name is not None and name not in known:
            found.add(name)
        for name in found:
            articles[name].add(article)
            uses[name] += len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text))
    mined = {name: len(ids) for name, ids in articles.items() if len(ids) >= min_articles}
    # built once: the names to compare with, in order, and the uses of the mined ones
    mined_uses = {name: uses[name] for name in mined}
    others = _by_length(known | set(mined))
    suspects = []
    for name, count in mined.items():
        other = _spelt_better(name, others, mined_uses)
        if other is not None:
            suspects.append((name, count, other))
    suspected = {s[0] for s in suspects}
    kept = [(name, count) for name, count in mined.items() if name not in suspected]
    return sorted(kept, key=lambda item: (-item[1], item[0])), sorted(suspects)


def _by_length(names: set[str]) -> dict[int, list[str]]:
    """The names by the length of their lower case (what `_one_letter_apart` compares), each bucket sorted: a name
    is compared only with those one letter longer or shorter or as long, not with every name."""
    buckets: dict[int, list[str]] = defaultdict(list)
    for name in sorted(names):
        buckets[len(name.lower())].append(name)
    return buckets


def _spelt_better(name: str, others: dict[int, list[str]], uses: dict[str, int]) -> str | None:
    """A known name, or a mined one written at least as often, one letter from `name` (`Jjji` beside `Jiji`):
    `name` may be its misspelling, which the reader settles (on a tie, both are suspects). `others` is every
    known and mined name by length (`_by_length`); `uses` the mined names' uses. The first such name in sorted
    order."""
    size = len(name.lower())
    near = [o for n in (size - 1, size, size + 1) for o in others.get(n, [])]
    return min(
        (o for o in near if o != name and uses.get(o, uses[name]) >= uses[name] and _one_letter_apart(name, o)),
        default=None,
    )


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped: `Jjji`, `Jiji`. Not a case (`Báo Tin Tức`, `Báo Tin tức`), a space
    or a dash (`Al-Jazeera`, `Al Jazeera`): spellings of one name; not in an acronym, whose letters each stand for
    a word (`VNE`, `VNA`: two outlets)."""
    if a.isupper() or b.isupper():
        return False
    a, b = a.lower(), b.lower()
    if len(a) == len(b):
        diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        return len(diffs) == 1 and diffs[0][0].isalpha() and diffs[0][1].isalpha()
    if abs(len(a) - len(b)) != 1:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    cut = next((k for k, (x, y) in enumerate(zip(longer, shorter, strict=False)) if x != y), len(shorter))
    return longer[cut].isalpha() and longer[:cut] + longer[cut + 1 :] == shorter


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(parser, several=True)
    parser.add_argument("--min-articles", type=int, default=2)
    args = parser.parse_args(argv)
    texts = list(corpus_texts(args.folders, excluded_ids(args.exclude)))
    print(f"# mined from {len(texts)} articles: --min-articles {args.min_articles}")
    kept, suspects = mine(texts, args.min_articles)
    for name, count, other in suspects:
        print(f"# suspect, not kept: {name} ({count} articles), one letter from {other}: read it")
    print("name\tarticles")
    for name, count in kept:
        print(f"{name}\t{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
