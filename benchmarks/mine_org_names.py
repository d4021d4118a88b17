"""Mine `vnreport/data/orgs_mined_names.tsv`: organisation names written with lower-case words only after
their head (`Hội đồng chuyên môn`, `Trung tâm xúc tiến đầu tư`), which recur as a whole in many articles.

    python benchmarks/mine_org_names.py CORPUS/news --exclude ids.txt [--exclude more.txt] > orgs_mined_names.tsv

A candidate is a capitalised head of `orgs_heads.tsv` written inside a sentence (after a lower-case word,
so the capital is the writer's, not the sentence's) followed by lower-case words (`và` inside, never at
the end; no function word of `orgs_name_stops.txt`, no unit word of a place). It is kept when it stands in
at least `--min-articles` different articles and, in at least `--min-closed` of its uses, ends right there
(a punctuation mark, a function word or the end of the text follows: the name is complete, not the start of
a longer one). `--exclude` lists article ids (file names without `.txt`) never read: the unseen sets.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable

from corpus_texts import add_arguments, corpus_texts, excluded_ids

from vnreport.extract.locations.lexicon import FacilityRow, UnitRow
from vnreport.extract.organizations.lexicon import HeadRow, is_acronym, parse_spec
from vnreport.lexicon import load_list, load_rows
from vnreport.segment.dictionary import is_word

_TOKEN = re.compile(r"\w+|[^\w\s]")
_MAX_WORDS = 8  # lower-case words after the head
_MAX_HEAD = 6


_OPEN_NAMES = frozenset("NLBMW")  # spec letters of a name after the head


def _heads() -> dict[tuple[str, ...], str]:
    """Capitalised heads (no acronym) that take a name and cannot stand alone (`Hội đồng`, `Trung tâm`; not
    `Quốc hội`, whose next lower-case word is a verb), as token tuples."""
    heads = {}
    for row in load_rows("orgs_heads.tsv", HeadRow):
        spec = parse_spec(row.spec)
        takes_name = bool(_OPEN_NAMES & set(spec.letters)) and (spec.at_least_one or bool(spec.required))
        if takes_name and row.head[:1].isupper() and not is_acronym(row.head):
            words = tuple(_TOKEN.findall(row.head))
            # a one-syllable head (`Khoa`, `Viện`, `Đảng`) is also a given name or a word of a sentence
            if 2 <= len(words) <= _MAX_HEAD:
                heads[words] = row.head
    return heads


def _phrases(phrases: Iterable[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(_TOKEN.findall(p.lower())) for p in phrases)


def _stops() -> frozenset[tuple[str, ...]]:
    """Function words (orgs_name_stops.txt): the name has ended before one."""
    return _phrases(load_list("orgs_name_stops.txt"))


def _goes_on() -> frozenset[tuple[str, ...]]:
    """Place units (`tỉnh`, `thành phố`) and levels (`cấp xã`): the name goes on with its place or level,
    so a use before one is no use of the shorter name alone."""
    units = [r.written for r in load_rows("places_units.tsv", UnitRow)]
    return _phrases([*units, *load_list("orgs_generic_levels.txt"), "cấp"])


def _stop_at(tokens: list[str], j: int, stops: frozenset[tuple[str, ...]]) -> bool:
    return any(tuple(t.lower() for t in tokens[j : j + w]) in stops for w in (1, 2, 3))


_ASPECT = frozenset({"đã", "đang", "sẽ", "vừa", "cũng", "không", "chưa", "từng", "hãy"})  # before a verb
_VERB_SHARE = 0.15  # a syllable after an aspect marker this often opens a predicate, not a name


def _verbs(texts: list[tuple[str, str]]) -> frozenset[str]:
    """Syllables that open predicates: after an aspect marker (`đã`, `sẽ` …) in at least `_VERB_SHARE` of
    their uses (`nói`, `thông` of `thông qua`), so `Quốc hội thông qua` is no name `Quốc hội thông`."""
    seen: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for _article, text in texts:
        previous = ""
        for token in _TOKEN.findall(text.lower()):
            seen[token] += 1
            if previous in _ASPECT:
                after[token] += 1
            previous = token
    return frozenset(t for t, n in seen.items() if after[t] >= _VERB_SHARE * n)


def _head_prefixes() -> frozenset[str]:
    """Every head of orgs_heads.tsv and its word prefixes, lower case: names the grammar reads already
    (`Ủy ban nhân dân`, `Cơ quan cảnh sát điều tra`)."""
    out: set[str] = set()
    for row in load_rows("orgs_heads.tsv", HeadRow):
        words = row.head.lower().split()
        out.update(" ".join(words[:i]) for i in range(1, len(words) + 1))
    return frozenset(out)


def _facility_heads() -> frozenset[str]:
    """Heads of places (places_facilities.tsv: `Trung tâm thương mại`, `Trung tâm hội nghị`), lower case."""
    return frozenset(row.head.lower() for row in load_rows("places_facilities.tsv", FacilityRow))


def _lower_word(token: str) -> bool:
    return token.isalpha() and token.islower()


def mine(
    texts: list[tuple[str, str]], min_articles: int, min_closed: float, min_capital: float
) -> list[tuple[str, int]]:
    """(name, articles) of the names kept, most frequent first."""
    heads, stops, goes_on, verbs = _heads(), _stops(), _goes_on(), _verbs(texts)
    lower_heads = {tuple(w.lower() for w in words) for words in heads}
    articles: dict[str, set[str]] = defaultdict(set)
    uses: Counter[str] = Counter()
    closed: Counter[str] = Counter()
    written_lower: Counter[str] = Counter()  # uses inside a sentence with the head in lower case
    for article, text in texts:
        tokens = _TOKEN.findall(text)
        for k in range(1, len(tokens)):
            if not _lower_word(tokens[k - 1]):
                continue
            capital = tokens[k][:1].isupper()
            if capital:
                width = next((w for w in range(_MAX_HEAD, 0, -1) if tuple(tokens[k : k + w]) in heads), 0)
            else:
                width = next((w for w in range(_MAX_HEAD, 0, -1) if tuple(tokens[k : k + w]) in lower_heads), 0)
            if not width:
                continue
            j = k + width
            if j < len(tokens) and is_word(f"{tokens[j - 1].lower()} {tokens[j]}"):
                continue  # `Hội thảo`, `Báo cáo`: the head's last syllable opens a word, no head
            if j < len(tokens) and tokens[j] in verbs:
                continue  # `Chính phủ nói`, `Quốc hội thông qua`: the predicate, no name
            words: list[str] = []
            while j < len(tokens) and len(words) < _MAX_WORDS and _lower_word(tokens[j]):
                if tokens[j] != "và" and (_stop_at(tokens, j, stops) or _stop_at(tokens, j, goes_on)):
                    break
                words.append(tokens[j])
                j += 1
            follower = tokens[j] if j < len(tokens) else ""
            ends_here = not follower or not (follower[:1].isupper() or follower.isdigit() or _lower_word(follower))
            ends_here = ends_here or (bool(follower) and _stop_at(tokens, j, stops))
            ends_here = ends_here and not _stop_at(tokens, j, goes_on)
            for i in range(2, len(words) + 1):  # two syllables at least: `Hội đồng chuyên môn`
                if words[i - 1] == "và":
                    continue
                name = " ".join([*tokens[k : k + width], *words[:i]])
                if not capital:
                    written_lower[name.lower()] += 1
                    continue
                articles[name].add(article)
                uses[name] += 1
                if i == len(words) and ends_here:
                    closed[name] += 1
    known = _head_prefixes() | _facility_heads() | {n.lower() for n in load_list("orgs_ad_hoc_councils.txt")}

    def keep(name: str) -> bool:
        """Recurrent, whole where it stands, capitalised as a name (not `Cơ quan điều tra`, most often
        written `cơ quan điều tra`: a common noun), and no head of the grammar's nor an ad hoc council
        (orgs_ad_hoc_councils.txt: `Hội đồng kỷ luật`)."""
        whole = closed[name] >= min_closed * uses[name]
        proper = uses[name] >= min_capital * (uses[name] + written_lower[name.lower()])
        return len(articles[name]) >= min_articles and whole and proper and name.lower() not in known

    return sorted(((n, len(ids)) for n, ids in articles.items() if keep(n)), key=lambda item: (-item[1], item[0]))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(parser)
    parser.add_argument("--min-articles", type=int, default=3)
    parser.add_argument("--min-closed", type=float, default=0.5)
    parser.add_argument("--min-capital", type=float, default=0.5)
    args = parser.parse_args(argv)
    texts = list(corpus_texts([args.folder], excluded_ids(args.exclude)))
    options = f"--min-articles {args.min_articles} --min-closed {args.min_closed} --min-capital {args.min_capital}"
    print(f"# mined from {len(texts)} articles: {options}")
    print("name\tarticles")
    for name, count in mine(texts, args.min_articles, args.min_closed, args.min_capital):
        print(f"{name}\t{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
