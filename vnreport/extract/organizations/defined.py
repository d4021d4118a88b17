"""Organisations named before the acronym that defines them (`Quỹ đầu tư trực tiếp của Nga (RFPI)`,
`Nhóm công tác về phát triển nguồn nhân lực (HRDWG)`, `Hãng thông tấn Qatar (QNA)`): a name the grammar
leaves out (its head takes no lower-case words, or is no head at all), but the acronym in parentheses marks
where it ends, and a capitalised kind of body (orgs_defined_openers.txt) where it starts.

Read where no other organisation stands: from each `(ACRONYM)` whose token before is no organisation's,
back over the words of the same line (no punctuation, no other organisation's word) to the
nearest capitalised opener, at most `_MAX_NAME` tokens before: constant work per parenthesis, linear in the
text."""

from __future__ import annotations

from functools import cache

from vnreport.extract.names import address_words, title_matcher
from vnreport.extract.organizations.grammar import OrgMatch
from vnreport.extract.organizations.lexicon import Head, is_acronym, parse_spec
from vnreport.extract.organizations.scan import Scan
from vnreport.lexicon import PhraseMatcher, list_matcher

DEFINED = Head("", parse_spec("-"), False)
_MAX_NAME = 12  # tokens of a name before its acronym, the opener included
_MIN_NAME = 2  # the opener and a word at least: `Nhóm (G7)` names nothing
_TITLE_SUFFIXES = frozenset({"trưởng", "phó"})  # a kind word made a title: `Cục trưởng`, `Viện phó`


@cache
def _openers() -> PhraseMatcher[bool]:
    return list_matcher("orgs_defined_openers.txt", "lower")


@cache
def _stops() -> PhraseMatcher[bool]:
    return list_matcher("orgs_defined_stops.txt", "lower")


def _stops_walk(s: Scan, m: int) -> bool:
    """Whether the name can run back over toks[m] no further: a tense or voice word, `do`, `này`, a verb of
    acting on someone (orgs_defined_stops.txt), a word of address or a title (`ông Nguyễn Văn An (NVA)`,
    `Tổng giám đốc (TGĐ)`): what lies before is the sentence's subject, the acronym a person's or a title's."""
    items = s.tokens.items
    if s.tokens.lowers[m] in address_words():
        return True
    return bool(_stops().length(items, m, whole_words=True) or title_matcher().length(items, m, whole_words=True))


def _acronym_shaped(text: str) -> bool:
    """`RFPI`, `WEFi`, `EUTMMali`: letters, a capital first, two capitals at least (digits allowed)."""
    if not text[:1].isupper() or not text.replace("-", "").replace("&", "").isalnum():
        return False
    return is_acronym(text) or sum(c.isupper() for c in text) >= 2


def defined_matches(s: Scan, covered: list[bool]) -> list[OrgMatch]:
    """The names defined by a following acronym at tokens no other organisation covers."""
    tokens, openers = s.tokens, _openers()
    texts = tokens.texts
    found: list[OrgMatch] = []
    for j in range(1, len(tokens) - 2):
        if texts[j] != "(" or texts[j + 2] != ")" or not s.joined(j) or not s.joined(j + 1):
            continue  # the cheap test first: most tokens are no parenthesis
        acronym = j + 1
        if covered[acronym] or acronym in s.place_at or not _acronym_shaped(texts[acronym]):
            continue  # `(TTXVN)` read by the sources, `(TPHCM)` a place
        if s.joined(j + 3) and tokens.is_cap(j + 3):
            continue  # `Công ty cổ phần (CP) Sứ …`: the name goes on after the acronym of its first words
        first = _opener_before(s, j, covered, openers)
        if first is not None:
            found.append(OrgMatch(first, j, DEFINED, acronym=texts[acronym]))
    return found


def _opener_before(s: Scan, j: int, covered: list[bool], openers: PhraseMatcher[bool]) -> int | None:
    """The token of the nearest capitalised opener before the parenthesis at j, the name's words between
    (none covered, none punctuation, all on the line); None when there is none within `_MAX_NAME` tokens, or
    when it follows `của` after another organisation (`Quỹ … của Tổ chức … (OFID)`: the acronym may be the
    body's or its owner's)."""
    tokens = s.tokens
    stop = max(0, j - _MAX_NAME)
    m = j - 1
    while m >= stop:
        if covered[m] or not tokens.is_word(m) or _stops_walk(s, m):
            return None  # another organisation's word, a comma, a verb, a person: no name runs back over it
        width = openers.length(tokens.items, m) if tokens.is_cap(m) else 0
        if width and j - m >= _MIN_NAME:
            owned = m > 1 and s.joined(m) and tokens.lowers[m - 1] == "của" and covered[m - 2]
            titled = tokens.lowers[m + width] in _TITLE_SUFFIXES  # `Cục trưởng cục …`: a title, no body
            return m if j - m > width and not owned and not titled else None
        if not s.joined(m):
            return None  # the line starts at m: no opener before it on the line
        m -= 1
    return None
