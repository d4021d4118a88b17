"""The officials' lexicons: title heads and ranks, honorifics, organisation words and phrases, role cues."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from vnreport.extract.names import title_matcher
from vnreport.lexicon import PhraseMatcher, list_matcher, load_list, load_rows, load_words
from vnreport.report.model import Role
from vnreport.text import fold

__all__ = [
    "cue_heads",
    "honorific_matcher",
    "org_name_part_matcher",
    "org_phrase_matcher",
    "org_words",
    "rank_words",
    "role_cues",
    "title_matcher",
    "unit_words",
]


class RoleCueRow(NamedTuple):
    role: str
    cue: str
    where: str


def org_phrase_matcher() -> PhraseMatcher[bool]:
    """Organisation names with lower-case words or commas (`Khám, chữa bệnh`) that end a title's organisation."""
    return list_matcher("officials_org_phrases.txt")


def org_name_part_matcher() -> PhraseMatcher[bool]:
    return list_matcher("officials_org_name_parts.txt")


def honorific_matcher() -> PhraseMatcher[bool]:
    """Degrees and honours before a name (`PGS.TS`, `NSND`), kept apart from it."""
    return list_matcher("officials_honorifics.txt")


@cache
def rank_words() -> frozenset[str]:
    return frozenset(r.lower() for r in load_list("officials_ranks.txt"))


@cache
def org_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_words("officials_org_words.txt"))


def unit_words() -> frozenset[str]:
    return load_words("officials_unit_words.txt")


@cache
def role_cues() -> dict[str, list[tuple[Role, tuple[str, ...]]]]:
    cues: dict[str, list[tuple[Role, tuple[str, ...]]]] = {"before": [], "after": []}
    for row in load_rows("officials_role_cues.tsv", RoleCueRow):
        cues[row.where].append((row.role, tuple(fold(row.cue).lower().split())))  # type: ignore[arg-type]
    return cues


@cache
def cue_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(cue for cues in role_cues().values() for _, cue in cues if len(cue) > 1)
