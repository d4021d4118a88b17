"""Foreign names written in one word: after a formal anchor (`ông Trump`, `bà Harris`, `ông C.`), as a part of a
longer name read earlier (`ông Hwang` after `Hwang Kyo-ahn`), and their full form written elsewhere in the text
without an anchor or a title (`… của Donald Trump … ông Trump`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from vnreport.extract.locations import gazetteer
from vnreport.extract.names import (
    country_matcher,
    foreign_name_length,
    has_foreign_shape,
    place_matcher,
    positional_name_length,
)
from vnreport.extract.officials.lexicon import other_gender
from vnreport.lexicon import load_words
from vnreport.report.model import Mention
from vnreport.segment.tokens import Token
from vnreport.text import fold


class Named(Protocol):
    name: str
    anonymised: bool
    gender: str | None


class Record(Named, Protocol):
    mentions: list[Mention]
    byline: bool
    credit: bool


N = TypeVar("N", bound=Named)
R = TypeVar("R", bound=Record)


def single_foreign(toks: Sequence[Token], i: int, people: Iterable[Named] | None = None) -> bool:
    """One capitalised word shaped unlike Vietnamese at toks[i] that closes the phrase (`ông Trump cho biết`): no
    place, country, acronym, title or company; not a word of a longer name already read (`ông Putin` after
    `Vladimir Putin` is a short mention of him). An initial alone is a person too (`ông C. bất ngờ …`)."""
    if initial_alone(toks, i):
        return True
    if positional_name_length(toks, i, single=True) != 1:
        return False
    if i + 2 < len(toks) and toks[i + 1].text in {"-", "–"} and toks[i + 2].gap == 0:
        return False  # `ông Jean -Marie Le Pen`: a hyphenated name with a stray space
    return people is None or named_part(toks[i], people, anchor=toks[i - 1].lower if i else "") is None


def initial_alone(toks: Sequence[Token], i: int) -> bool:
    """A capital letter and its full stop with no capitalised word right after (`C.`, not `S.Abe`, `J. Smith`)."""
    tok, dot = toks[i], toks[i + 1] if i + 1 < len(toks) else None
    if len(tok.text) != 1 or not tok.text.isupper() or dot is None or dot.text != "." or dot.gap != 0:
        return False
    nxt = toks[i + 2] if i + 2 < len(toks) else None
    return nxt is None or not nxt.is_cap_word


def named_part(tok: Token, people: Iterable[N], anchor: str = "") -> N | None:
    """The person read earlier whose foreign name has the word `tok` in any place (`ông Hwang` after `Hwang
    Kyo-ahn`, `bà Theresa` after `Theresa May`), the latest first; not one of the other gender than the anchor
    before it (`ông Trump` is not `bà Ivanka Trump`)."""
    word = fold(tok.text)
    unwanted = other_gender(anchor)
    for record in reversed(list(people)):
        words = fold(record.name).split()
        if (
            len(words) > 1
            and word in words
            and not record.anonymised
            and (unwanted is None or record.gender != unwanted)
        ):
            return record
    return None


def full_forms(
    tokens: Sequence[Token], text: str, singles: set[str], known: set[str]
) -> dict[str, tuple[str, Mention]]:
    """The foreign name the text writes, anywhere, ending in each one-word name of `singles` (folded), with its
    first mention: only when the text writes one such name (`Ivanka Trump` and `Donald Trump`: neither), and not
    one already read as a person (`known`, folded, lower case). One pass over the tokens; a candidate is read
    only where the word is one of `singles`."""
    seen: dict[str, dict[str, Mention]] = {}
    for k, tok in enumerate(tokens):
        word = fold(tok.text)
        if word not in singles or k == 0 or tok.gap != 1 or not tokens[k - 1].is_cap_word:
            continue
        if k > 1 and tokens[k - 1].lower in load_words("names_patronymic.txt"):
            continue  # `Mohammed bin Salman` is the son of `vua Salman`, not his full name
        for start in range(max(0, k - 3), k):
            if country_matcher().length(tokens, start) or place_matcher().length(tokens, start):
                continue  # `Tổng thống Venezuela Nicolás Maduro`: the country is no part of the name
            if gazetteer().names.length(tokens, start):
                continue  # `bang California Anthony Rendon`
            if foreign_name_length(tokens, start) == k + 1 - start and has_foreign_shape(tokens[start].text):
                full = text[tokens[start].start : tok.end]
                if fold(full).lower() not in known:
                    forms = seen.setdefault(word, {})
                    forms.setdefault(full, Mention(text=full, start=tokens[start].start, end=tok.end))
                break
    return {word: next(iter(forms.items())) for word, forms in seen.items() if len(forms) == 1}


def complete_singles(tokens: Sequence[Token], text: str, people: dict[str, R], order: list[str]) -> list[str]:
    """A one-word foreign name (`ông Trump`, `Tổng thống Trump`) whose full form the text writes elsewhere with
    no anchor or title (`… của Donald Trump …`) takes that form; `people` keyed by the folded lower-case name,
    `order` their keys in the order of the text (updated and returned)."""
    read = {word for key in people if " " in key for word in key.split()}  # words of the longer names read
    singles = {
        key: fold(record.name)
        for key, record in people.items()
        if " " not in record.name
        and key not in read  # `Fillon` beside `Penelope Fillon`: merging the variants decides
        and not (record.byline or record.credit or record.anonymised)
        and has_foreign_shape(record.name)
    }
    if not singles:
        return order
    forms = full_forms(tokens, text, set(singles.values()), set(people))
    for key, word in singles.items():
        if word not in forms:
            continue
        full, mention = forms[word]
        record = people.pop(key)
        record.name = full
        record.mentions = sorted([*record.mentions, mention], key=lambda m: m.start)
        people[fold(full).lower()] = record
        order[order.index(key)] = fold(full).lower()
    return order
