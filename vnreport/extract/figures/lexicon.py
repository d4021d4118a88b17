"""The figures' lexicons (`figures_*` data files), loaded once into one typed object."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Literal, NamedTuple

from vnreport import regexes
from vnreport.datafiles import all_data_files, built
from vnreport.lexicon import load_list, load_rows, treebank_verbs
from vnreport.numbers import start_words
from vnreport.text import fold

Bound = Literal["lower", "upper"]

ALNUM_BEFORE = r"(?<![^\W_])"
ALNUM_AFTER = r"(?![^\W_])"
_VERB_ROLES = frozenset({"increase", "decrease", "reach", "exceed", "multiply", "share"})


class UnitRow(NamedTuple):
    surface: str
    unit: str
    kind: str


class ApproxRow(NamedTuple):
    phrase: str
    where: str
    approx: str
    bound: str


class ChangeRow(NamedTuple):
    phrase: str
    role: str
    value: str = ""


class TrimRow(NamedTuple):
    phrase: str
    side: str


class NotNounRow(NamedTuple):
    phrase: str
    how: str


def phrases_pattern(phrases: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """One alternation, longest first, with any run of spaces between the words of a phrase."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(r"[ ]+".join(re.escape(word) for word in phrase.split()) for phrase in ordered)


def key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def lower_scan_pattern(phrases: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """`ALNUM_BEFORE (?:phrases_pattern(phrases))` for scanning `Document.lower_view`, written so that re
    can skip by the phrases' first letters (see regexes.scan_branches)."""
    return "(?:" + "|".join(regexes.scan_branches(phrases, not_after=r"[^\W_]", space="[ ]+")) + ")"


def folded_key(phrase: str) -> str:
    """`key` of a data-file phrase in match-view spelling, to compare with words read off the view."""
    return key(fold(phrase))


@dataclass(frozen=True)
class FigureLexicon(regexes.PicklesPatternsAsSource):
    units: dict[str, tuple[str, str]]  # surface → (unit, kind)
    not_unit: frozenset[str]
    not_nouns: frozenset[str]  # words that are never the noun a number counts
    not_complements: frozenset[str]  # … nor the noun after a classifier (verbs can be: chủ đầu tư)
    not_noun_starts: tuple[str, ...]  # words no counted noun begins with, each followed by a space
    classifiers: frozenset[str]
    listed_nouns: frozenset[str]
    whole_units: frozenset[str]  # count units never read as the start of a longer word
    unit_re: re.Pattern[str]
    per_re: re.Pattern[str]
    approx: dict[str, tuple[bool, Bound | None]]
    approx_before_words: frozenset[str]  # the qualifiers written before a number, folded lower case (`hơn`)
    approx_before_re: re.Pattern[str]
    approx_forward_re: re.Pattern[str]
    approx_after_re: re.Pattern[str]
    label_re: re.Pattern[str]
    label_exception_re: re.Pattern[str]
    label_verb_re: re.Pattern[str]  # case-sensitive: `điều` sends, `Điều` names an article
    candidate_re: re.Pattern[str]
    candidate_words_lower_re: re.Pattern[str]  # candidate_re's number words, for Document.lower_view
    change_re: re.Pattern[str]
    change_lower_re: re.Pattern[str]  # change_re for Document.lower_view (see regexes.scan_branches)
    change_roles: dict[str, str]
    target_re: re.Pattern[str]
    basis_re: re.Pattern[str]
    multiple_words: dict[str, Decimal]
    comparatives: frozenset[str]
    blocks_comparative: frozenset[str]
    clause_end_re: re.Pattern[str]  # where a basis or a share's whole ends
    trail_re: re.Pattern[str]
    lead_re: re.Pattern[str]
    aux_re: re.Pattern[str]
    cut_re: re.Pattern[str]
    head_re: re.Pattern[str]
    not_heads: frozenset[str]  # words opening with a head that name a title or body (tổng thống)
    bare_heads: frozenset[str]  # heads that name nothing alone (tổng)
    head_tails: frozenset[str]  # trail words that complete a head before them (tổng | trị giá)
    wholes: frozenset[str]  # the word before a figure that makes it an owner or a whole, not the measured
    verbs: frozenset[str]  # words the treebank tags as verbs (summary_verbs.txt), folded lower case


@cache
def figure_lexicon() -> FigureLexicon:
    """Built from the data files once, then loaded ready-made from the cache (datafiles.built)."""
    return built("figure-lexicon", all_data_files(), _build_figure_lexicon)


def _build_figure_lexicon() -> FigureLexicon:
    units = {" ".join(r.surface.split()): (r.unit, r.kind) for r in load_rows("figures_units.tsv", UnitRow)}
    per_units = load_list("figures_per_units.txt")
    approx_rows = load_rows("figures_approx.tsv", ApproxRow)
    approx: dict[str, tuple[bool, Bound | None]] = {
        key(r.phrase): (r.approx == "yes", None if r.bound == "-" else r.bound)  # type: ignore[misc]
        for r in approx_rows
    }
    before = [r.phrase for r in approx_rows if r.where == "before"]
    after = [r.phrase for r in approx_rows if r.where == "after"]
    change_rows = load_rows("figures_change_words.tsv", ChangeRow)
    roles = {key(r.phrase): r.role for r in change_rows}
    verbs = [r.phrase for r in change_rows if r.role in _VERB_ROLES]
    targets = [r.phrase for r in change_rows if r.role == "target"]
    bases = [r.phrase for r in change_rows if r.role == "basis"]
    trims = load_rows("figures_measure_trim.tsv", TrimRow)
    not_nouns = load_rows("figures_not_nouns.tsv", NotNounRow)

    def trim(side: str) -> str:
        return phrases_pattern([r.phrase for r in trims if r.side == side])

    return FigureLexicon(
        units=units,
        not_unit=frozenset(key(p) for p in load_list("figures_not_unit.txt")),
        not_nouns=frozenset(folded_key(r.phrase) for r in not_nouns),
        not_complements=frozenset(folded_key(r.phrase) for r in not_nouns if r.how != "verb"),
        not_noun_starts=tuple(folded_key(r.phrase) + " " for r in not_nouns if r.how == "start"),
        classifiers=frozenset(folded_key(p) for p in load_list("figures_noun_classifiers.txt")),
        listed_nouns=frozenset(folded_key(p) for p in load_list("figures_noun_lists.txt")),
        whole_units=frozenset(key(p) for p in load_list("figures_units_whole.txt")),
        unit_re=regexes.compile(r"[ ]*(" + phrases_pattern(list(units)) + ")" + ALNUM_AFTER),
        per_re=regexes.compile(r"[ ]*/[ ]*(" + phrases_pattern(per_units) + ")" + ALNUM_AFTER),
        approx=approx,
        approx_before_words=frozenset(fold(phrase).lower() for phrase in before),
        approx_before_re=regexes.compile(ALNUM_BEFORE + "(" + phrases_pattern(before) + r")[ ]+$", re.IGNORECASE),
        approx_forward_re=regexes.compile(r"[ ]+(" + phrases_pattern(before) + ")" + ALNUM_AFTER, re.IGNORECASE),
        approx_after_re=regexes.compile(r"[ ]+(" + phrases_pattern(after) + ")" + ALNUM_AFTER, re.IGNORECASE),
        label_re=regexes.compile(
            ALNUM_BEFORE + "(?:" + phrases_pattern(load_list("figures_labels.txt")) + r")[ ]+$", re.IGNORECASE
        ),
        label_exception_re=regexes.compile(
            ALNUM_BEFORE + "(?:" + phrases_pattern(load_list("figures_label_exceptions.txt")) + r")[ ]+$",
            re.IGNORECASE,
        ),
        label_verb_re=regexes.compile(
            ALNUM_BEFORE + "(?:" + phrases_pattern(load_list("figures_label_verbs.txt")) + r")[ ]+$"
        ),
        candidate_re=regexes.compile(
            ALNUM_BEFORE + r"(?:\d|(?:" + phrases_pattern(start_words()) + ")" + ALNUM_AFTER + ")", re.IGNORECASE
        ),
        candidate_words_lower_re=regexes.compile(lower_scan_pattern(start_words()) + ALNUM_AFTER),
        change_re=regexes.compile(ALNUM_BEFORE + "(" + phrases_pattern(verbs) + ")" + ALNUM_AFTER, re.IGNORECASE),
        change_lower_re=regexes.compile("(" + lower_scan_pattern(verbs) + ")" + ALNUM_AFTER),
        change_roles=roles,
        target_re=regexes.compile(r"[ ]*(?:" + phrases_pattern(targets) + ")" + ALNUM_AFTER, re.IGNORECASE),
        basis_re=regexes.compile(r"[ ]*(?:,[ ]*)?(?:" + phrases_pattern(bases) + ")" + ALNUM_AFTER, re.IGNORECASE),
        multiple_words={r.phrase: Decimal(r.value) for r in change_rows if r.role == "multiple_word"},
        comparatives=frozenset(r.phrase for r in change_rows if r.role == "comparative"),
        blocks_comparative=frozenset(r.phrase for r in change_rows if r.role == "blocks_comparative"),
        clause_end_re=regexes.compile(
            r"[,;:()\[\]\"“”‘’…!?\n]|\.(?!\d)|[ ]-[ ]|[ ](?:"
            + phrases_pattern([r.phrase for r in change_rows if r.role == "clause_break"])
            + ")[ ]",
            re.IGNORECASE,
        ),
        trail_re=regexes.compile(r"(?:^|[ ])(?:" + trim("trail") + r")[ ]*$", re.IGNORECASE),
        lead_re=regexes.compile(r"^[ ]*(?:" + trim("lead") + r")(?:[ ]+|$)", re.IGNORECASE),
        aux_re=regexes.compile(r"(?:^|[ ])(?:" + trim("aux") + ")[ ]+"),
        cut_re=regexes.compile(r"(?:^|[ ])(?:" + trim("cut") + ")[ ]+", re.IGNORECASE),
        head_re=regexes.compile(r"(?:^|[ ])(" + trim("head") + ")" + ALNUM_AFTER, re.IGNORECASE),
        not_heads=frozenset(folded_key(r.phrase) for r in trims if r.side == "not_head"),
        bare_heads=frozenset(folded_key(r.phrase) for r in trims if r.side == "bare"),
        head_tails=frozenset(folded_key(r.phrase) for r in trims if r.side == "head_tail"),
        wholes=frozenset(folded_key(r.phrase) for r in trims if r.side == "whole"),
        verbs=treebank_verbs(),
    )
