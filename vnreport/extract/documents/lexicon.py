"""The documents' lexicons (`documents_*` data files): type words, type codes, issuer codes, stop words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from vnreport.lexicon import DocumentKindRow, load_list, load_rows, load_words


class TypeCodeRow(NamedTuple):
    system: str
    code: str
    kind: str


class AbbrevRow(NamedTuple):
    abbrev: str
    kinds: str


UPPER = "A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ"


LOWER = "a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ"


@dataclass(frozen=True, slots=True)
class Kind:
    kind: str
    code: str | None
    system: str | None
    standalone: bool
    capital: bool = False  # also a common noun: names a document only capitalised (documents_kinds.tsv)


def _load_kinds() -> dict[str, Kind]:
    return {
        row.word.lower(): Kind(
            row.kind, row.code or None, row.system or None, row.standalone == "1", capital=row.capital == "1"
        )
        for row in load_rows("documents_kinds.tsv", DocumentKindRow)
    }


def _load_type_codes() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {"state": {}, "party": {}}
    for row in load_rows("documents_type_codes.tsv", TypeCodeRow):
        table[row.system][row.code] = row.kind
    return table


KINDS = _load_kinds()


CODES = _load_type_codes()


ALL_CODES = frozenset(CODES["state"]) | frozenset(CODES["party"])


ABBREVS = {row.abbrev: tuple(row.kinds.split("|")) for row in load_rows("documents_kind_abbrevs.tsv", AbbrevRow)}


PARTY_ISSUERS = load_words("documents_party_issuers.txt")


STATE_ISSUERS = load_words("documents_state_issuers.txt")


COUNT_NOUNS = frozenset(w.lower() for w in load_list("documents_count_nouns.txt"))


NAME_STOPS = frozenset(w.lower() for w in load_list("documents_name_stops.txt"))


ISSUER_WORDS = frozenset(w.lower() for w in load_list("documents_issuer_words.txt"))


ISSUER_COMPOUNDS = ISSUER_WORDS | frozenset(w.lower() for w in load_list("documents_issuer_compounds.txt"))


# words that carry on a shorter name of the same document (`… về xử lý nợ xấu của các tổ chức tín dụng`)
NAME_LINKS = frozenset(w.lower() for w in load_list("documents_name_links.txt"))
LAW_BLOCKERS = frozenset(w.lower() for w in load_list("documents_law_blockers.txt"))


NOT_TITLES = load_words("documents_law_not_titles.txt")


# Kinds whose codes overlap: a `QĐ` symbol may be cited as a Quyết định or a Quy định.
CODE_KINDS: dict[str, frozenset[str]] = {}


def alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda p: (-len(p), p)))


KIND_ALT = alternation(list(KINDS))


ABBR_ALT = alternation(list(ABBREVS))
