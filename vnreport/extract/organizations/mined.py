"""Organisations named with lower-case words only after their head (`Hội đồng chuyên môn`, `Trung tâm
chống độc`): the grammar leaves such a name out (a lower-case name may be any noun phrase: `Trung tâm
phát triển` of a longer one), but these are written as whole names in several articles of the corpus
(orgs_mined_names.tsv, built by benchmarks/mine_org_names.py). Read where no other organisation stands
and where the name is complete: no lower-case word, capitalised word, number or place goes on with it.
A council set up for one case and named by its task (orgs_ad_hoc_councils.txt: `Hội đồng kỷ luật`, like
`Hội đồng xét xử`) is no organisation, however often the corpus writes it whole."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from vnreport.extract.organizations.grammar import OrgMatch
from vnreport.extract.organizations.lexicon import Head, parse_spec
from vnreport.extract.organizations.scan import Scan
from vnreport.lexicon import PhraseMatcher, load_list, load_rows, phrase_matcher
from vnreport.text import fold

MINED = Head("", parse_spec("-"), False)


class MinedRow(NamedTuple):
    """A name of orgs_mined_names.tsv and the number of corpus articles that write it whole."""

    name: str
    articles: str


@cache
def _names() -> PhraseMatcher[bool]:
    ad_hoc = {fold(name).lower() for name in load_list("orgs_ad_hoc_councils.txt")}
    rows = load_rows("orgs_mined_names.tsv", MinedRow)
    return phrase_matcher((row.name for row in rows if fold(row.name).lower() not in ad_hoc), "lower")


def mined_matches(s: Scan, covered: list[bool]) -> list[OrgMatch]:
    """The corpus-attested names at tokens no other organisation covers, their head capitalised."""
    tokens, names = s.tokens, _names()
    found: list[OrgMatch] = []
    k = 0
    while k < len(tokens):
        if covered[k] or not tokens.is_cap(k) or not names.starts(tokens.items[k]):
            k += 1  # the cheap tests first: most tokens open no mined name
            continue
        last = k + names.match(tokens.items, k)[0]
        if last > k and not any(covered[k:last]) and _complete(s, last):
            found.append(OrgMatch(k, last, MINED))
            k = last
        else:
            k += 1
    return found


def _complete(s: Scan, j: int) -> bool:
    """Nothing at token j goes on with the name: the line ends, a punctuation mark or a function word
    follows (`Hội đồng chuyên môn đã họp`; not `Hội đồng chuyên môn cấp tỉnh`, `… Bệnh viện X`)."""
    tokens = s.tokens
    if not s.joined(j) or not tokens.is_word(j):
        return True
    if j in s.place_at or s.lex.units.length(tokens.items, j) or s.lex.generic_after.match(tokens.items, j)[0]:
        return False  # `Trung tâm chống độc tỉnh …`: the grammar reads a name with its place
    if not tokens.texts[j].islower():
        return False
    return bool(s.lex.name_stops.match(tokens.items, j)[0])
