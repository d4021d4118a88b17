"""The organisation lexicons: heads and what may follow them (`orgs_heads.tsv`), domains, the open-name
vocabulary, title words that end a name, and the abbreviations spelled out (`orgs_abbreviations.tsv`).

Spec letters (in the order they may follow a head): D a domain (`Bộ Tài chính`), N an open name, L an
open name that may open with a vocabulary word (`Ban Quản lý dự án …`), M a proper name that runs
through heads and numbers (`Công ty cổ phần Tập đoàn Hòa Phát`, `Quân khu 4`), C `Trung ương`, S a
nested organisation, P a place or a bare unit word, Q `của Quốc hội`. `!` after a letter: required; a
trailing `+`: at least one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from vnreport.extract.locations import Unit, gazetteer
from vnreport.lexicon import PhraseMatcher, load_list, load_rows, phrase_matcher
from vnreport.text import fold


class HeadRow(NamedTuple):
    head: str
    spec: str
    after: str = ""


class AbbreviationRow(NamedTuple):
    abbreviation: str
    full: str


@dataclass(frozen=True, slots=True)
class Spec:
    letters: str  # complements allowed, in order: D N L M C S P Q
    required: frozenset[str]
    at_least_one: bool


@dataclass(frozen=True, slots=True)
class Head:
    text: str
    spec: Spec
    lower_ok: bool  # written in lower case in the data (`báo`): matched as written
    after: frozenset[str] = frozenset()  # when given, the word before must be one of these


def parse_spec(spec: str) -> Spec:
    if spec == "-":
        return Spec("", frozenset(), False)
    at_least_one = spec.endswith("+")
    body = spec.rstrip("+")
    letters: list[str] = []
    required: set[str] = set()
    for char in body:
        if char == "!":
            required.add(letters[-1])
        else:
            letters.append(char)
    return Spec("".join(letters), frozenset(required), at_least_one)


def is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(slots=True)
class Lexicon:
    heads_lower: PhraseMatcher[Head]  # matched in lower case
    heads_exact: PhraseMatcher[Head]  # acronyms (`WHO`, `EVN`) and lower-case heads (`báo`), as written
    domains: PhraseMatcher[bool]  # lower case
    vocab: PhraseMatcher[bool]  # lower case
    stops: PhraseMatcher[bool]  # as written
    abbreviations: re.Pattern[str]
    expansions: dict[str, str]
    units: PhraseMatcher[Unit]


@cache
def lexicon() -> Lexicon:
    heads_lower: PhraseMatcher[Head] = PhraseMatcher("lower")
    heads_exact: PhraseMatcher[Head] = PhraseMatcher("text")
    for row in load_rows("orgs_heads.tsv", HeadRow):
        before = frozenset(w.strip() for w in row.after.split(",")) if row.after else frozenset()
        head = Head(row.head, parse_spec(row.spec), row.head[0].islower(), before)
        if is_acronym(row.head) or head.lower_ok:
            heads_exact.add(row.head, head)
        else:
            heads_lower.add(row.head, head)
    domains = phrase_matcher(load_list("orgs_domains.txt"), "lower")
    vocab = phrase_matcher(load_list("orgs_vocab.txt"), "lower")
    stops = phrase_matcher(load_list("orgs_title_stops.txt"), "text")
    expansions = {fold(r.abbreviation): r.full for r in load_rows("orgs_abbreviations.tsv", AbbreviationRow)}
    alternatives = "|".join(re.escape(a) for a in sorted(expansions, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w&.\-])(?:{alternatives})(?:(?<=\.)|(?![\w&]))")
    return Lexicon(heads_lower, heads_exact, domains, vocab, stops, pattern, expansions, gazetteer().units)


def expand(text: str) -> str:
    """Abbreviations spelled out: `UBND tỉnh Nghệ An` → `Ủy ban nhân dân tỉnh Nghệ An`."""
    lex = lexicon()
    folded = fold(text)

    def spell(match: re.Match[str]) -> str:
        full = lex.expansions[match.group()]
        glued = match.group().endswith(".") and match.end() < len(folded) and not folded[match.end()].isspace()
        return full + " " if glued else full  # `TP.Vinh` → `thành phố Vinh`

    return lex.abbreviations.sub(spell, folded)
