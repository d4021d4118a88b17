"""A person the text names by a given name alone after a kin word of address (`chị Vân`, `cô Hồng`, `chị Thu
Nguyệt`), after a noun for a person and `tên` (`một phụ nữ tên Thủy`, `cha tên Quân`), or after a word for a writer,
an artist or a suspect (`nhà văn Nguyên Ngọc`, `nghệ sĩ Xuân Hương`, `đối tượng Von`: a pen or stage name, a
suspect's given name): witnesses, victims, relatives and artists whom the news names without a surname (issue #12).
Two syllables after such a word are read by the officials' reader (`pen_name_length`), so that a post set off after
them is theirs (`nhà văn Nguyên Ngọc – Chủ tịch Viện`). The person's gender is the one the kin word or the
noun tells (`KinGiven.anchor`: `chị`, `mẹ`, `phụ nữ`).

Such a word is far more often a short mention of someone named in full elsewhere in the text (`anh Tuấn` after
or before `anh Nguyễn Văn Tuấn`): the given name is taken only when no person read in the whole text ends with
it. Only Vietnamese-shaped words (after `anh`/`chị` a capitalised foreign word is more often a team, a brand or
a heading run on), not initials (`anh H.`, the anonymised), not places or countries (`anh em Việt Nam`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from vnreport.extract.locations import gazetteer
from vnreport.extract.names import country_matcher, has_foreign_shape, place_matcher, surnames, title_matcher
from vnreport.extract.officials.lexicon import FORMAL_ANCHORS, kin_anchors, person_noun_matcher
from vnreport.lexicon import list_matcher, load_words
from vnreport.segment.dictionary import is_word
from vnreport.segment.tokens import Token
from vnreport.text import DASHES, fold, strip_accents

_MAX_WORDS = 2  # `chị Thu Nguyệt`; three given words without a surname are rare and more often a phrase


def kin_given_length(toks: Sequence[Token], i: int) -> tuple[int, str]:
    """The number of words of a given name alone (one or two) starting at toks[i] right after a kin word of
    address or a person's `tên`, and that word or the noun before `tên` (`KinGiven.anchor`); (0, "") for none. The
    kin word must not end a compound (`anh em`, `con cháu`) and be in lower case unless it opens the sentence
    (`Thủ tướng Anh Theresa May`: the country)."""
    if i == 0:
        return 0, ""
    anchor = _named_by(toks, i - 1) or (toks[i - 1].lower if _kin_anchor(toks, i - 1) else None)
    if anchor is None:
        anchor = _artist(toks, i)
        if anchor is None or gazetteer().names.length(toks, i):
            return 0, ""  # `nhà thơ Sài Gòn`: the poets of a place
    return _given_length(toks, i), anchor


def _given_length(toks: Sequence[Token], i: int, *, post_after: bool = False) -> int:
    """The words of the given name at toks[i] after its anchor (`kin_given_length`), or 0. `post_after`: a post set
    off after the name does not stop it (the officials' reader gives the post to the name)."""
    j = i
    while j < len(toks) and j - i < _MAX_WORDS and _given_word(toks[j]) and (j == i or toks[j].gap == 1):
        j += 1
    if j == i or toks[i].text in surnames():
        return 0
    if j < len(toks) and (toks[j].is_cap_word or (toks[j].text == "-" and toks[j].gap == 0)):
        return 0  # the capitals go on: a longer name, a heading glued on, a hyphenated name
    if j < len(toks) and not toks[j - 1].last and toks[j].is_word and not toks[j].is_cap:
        return 0  # the last word makes a common word with the next (`anh Mười Tiếp đó`, `em Nữ nhi`)
    if not post_after and j + 1 < len(toks) and toks[j].text in DASHES and title_matcher().length(toks, j + 1):
        return 0  # `anh Huy - Phó Chánh thanh tra`: a post set off after the name makes an official
    if any(t.text in load_words("names_stop.txt") for t in toks[i:j]):
        return 0
    if place_matcher().length(toks, i) or country_matcher().length(toks, i) or title_matcher().length(toks, i):
        return 0
    if gazetteer().names.length(toks, i - 1) > 1:
        return 0  # the kin word opens a name of the gazetteer (`Anh Quốc`: Britain)
    if toks[i].lower in kin_anchors() and is_word(f"{toks[i - 1].lower} {toks[i].lower}"):
        return 0  # `Em Bé`: two kin words making a noun (the baby); not `chị Anh`, `cháu Anh Thư` (a given name)
    return j - i


def pen_name_length(toks: Sequence[Token], i: int) -> int:
    """Two given syllables at toks[i] right after a word for a writer, an artist or a suspect (`nhà văn Nguyên
    Ngọc`, `nghệ sĩ Xuân Hương`: names_given_anchors.txt): the pen or stage name, which the officials' reader reads
    as a name so that a post set off after it is given to it (`nhà văn Nguyên Ngọc – Chủ tịch Viện`); 0 otherwise.
    Not a place (`nhà thơ Sài Gòn`)."""
    if i == 0 or _artist(toks, i) is None or gazetteer().names.length(toks, i):
        return 0
    return PEN_NAME if _given_length(toks, i, post_after=True) == PEN_NAME else 0


PEN_NAME = 2  # syllables of a pen or stage name (`Nguyên Ngọc`) and of most reporters' (`Thu Hằng`)


def _artist(toks: Sequence[Token], i: int) -> str | None:
    """A word for a writer, an artist or a suspect (names_given_anchors.txt) ending right before toks[i], on the word
    segmenter's boundaries and in lower case (not a heading's `Nhà văn`): the word, or None."""
    length, _ = list_matcher("names_given_anchors.txt", reverse=True).ending_at(toks, i, whole_words=True)
    if not length or toks[i - length].is_cap:
        return None
    return " ".join(t.lower for t in toks[i - length : i])


def _kin_anchor(toks: Sequence[Token], k: int) -> bool:
    tok = toks[k]
    # A compound ends the word (`anh em`, `con cháu`); one glued to the capital after it is the segmenter
    # reading the name as a common word (`anh Tuấn`: `anh tuấn`, handsome).
    if tok.lower not in kin_anchors() or not tok.first or not (tok.last or toks[k + 1].is_cap):
        return False
    return not tok.is_cap or k == 0 or not toks[k - 1].is_wordlike


_NAMED = "tên"  # `named`: after a noun for a person, the name follows (`một phụ nữ tên Thủy`)


def _named_by(toks: Sequence[Token], k: int) -> str | None:
    """The noun for a person right before `tên` at toks[k], a word of its own (a word of address or one of
    names_named_heads.tsv: `phụ nữ`, `cha`, `cán bộ`, `cụ bà`), or None. The noun is whole words (not `bố` ending
    `công bố`, announce); not a thing's name (`mang tên`, `cái tên`, `đặt tên`) nor an animal's."""
    tok = toks[k]
    if tok.text != _NAMED or not tok.first or not tok.last or k == 0:
        return None
    return person_noun_matcher().ending_at(toks, k, whole_words=True)[1]


def _given_word(tok: Token) -> bool:
    """A capitalised Vietnamese syllable: not an initial (`anh H.`, `cháu Th.`: the anonymised, a foreign shape),
    not an acronym."""
    return tok.is_cap_word and len(tok.text) > 1 and not tok.text.isupper() and not has_foreign_shape(tok.text)


class KinGiven(NamedTuple):
    anchor: str  # the kin word, or the noun for a person before `tên` (`phụ nữ`, `mẹ`), in lower case
    first: int  # the name's tokens in the document
    last: int


def kin_given_names(
    tokens: Sequence[Token], sentences: Iterable[tuple[int, int]], taken: set[int], names: Iterable[str]
) -> list[KinGiven]:
    """Each given name alone after a kin word in the sentences (token ranges of the document), not at a token
    already read as a person (`taken`, token starts) and not a short form of a name of `names` (folded, lower
    case: the people read in the whole text, before or after it)."""
    candidates: list[KinGiven] = []
    for first, last in sentences:
        toks = tokens[first:last]
        for i in range(1, len(toks)):
            length, anchor = (
                kin_given_length(toks, i) if toks[i].is_cap_word and toks[i].start not in taken else (0, "")
            )
            if length:
                candidates.append(KinGiven(anchor, first + i, first + i + length))
    if not candidates:
        return []  # most texts: the whole-text indexes below are not worth building
    short = _short_forms(names) | _short_forms(_surname_runs(tokens))
    tails = _run_tails(tokens)
    # `anh Mười Tiếp đó` after `Trần Văn Mười`: the first word alone is the short mention
    found = [f for f in candidates if not _short_of(tokens[f.first : f.last], short, tails)]
    longer = _short_forms(_key(tokens[f.first : f.last]) for f in found if f.last - f.first > 1)
    # `anh Tuấn` beside `anh Minh Tuấn`: the same person, named in full once
    return [f for f in found if f.last - f.first > 1 or _form(_key(tokens[f.first : f.last])) not in longer]


def _short_of(name: Sequence[Token], short: set[str], tails: set[str]) -> bool:
    """The given name, or its first word, stands for a fuller name: one read or written from a surname
    (`short`, without tone marks), or the tail of a longer capitalised run (`tails`, tone marks kept)."""
    return bool({_form(_key(name)), _form(name[0].text)} & short) or fold(_key(name)).lower() in tails


def _key(toks: Sequence[Token]) -> str:
    return " ".join(t.text for t in toks)


def _surname_runs(tokens: Sequence[Token]) -> list[str]:
    """Every run of capitalised words that opens with a surname, anywhere in the text (`Phạm Thu Phương`):
    a full name the text writes even where it was not read as a person (`cháu nội Phạm Thu Phương`, then
    `cháu Thu Phương`)."""
    runs: list[str] = []
    start = -1
    for k, tok in enumerate([*tokens, None]):
        if tok is not None and tok.is_cap_word and k > start >= 0 and tok.gap == 1:
            continue
        if start >= 0 and k - start > 1:
            runs.append(_key(tokens[start:k]))
        start = k if tok is not None and tok.is_cap_word and tok.text in surnames() else -1
    return runs


def _run_tails(tokens: Sequence[Token]) -> set[str]:
    """The last one and two words of every longer run of capitalised words, tone marks kept (`Hữu Thắng`,
    `Thắng` of `HLV Hữu Thắng`): a name the text writes more fully under a title or shape nothing read. A kin
    word or `ông`/`bà` opens no run, so that `Chị Thu Nguyệt` at a sentence's start is no longer form of itself
    and `Ông Tâm` no fuller form of `anh Tâm`."""
    tails: set[str] = set()
    run: list[str] = []
    for tok in [*tokens, None]:
        if tok is not None and tok.is_cap_word and (not run or tok.gap == 1):
            if run or not _address(tok):
                run.append(fold(tok.text).lower())
            continue
        tails.update(" ".join(run[-n:]) for n in (1, 2) if len(run) > n)
        run = [fold(tok.text).lower()] if tok is not None and tok.is_cap_word and not _address(tok) else []
    return tails


def _short_forms(names: Iterable[str]) -> set[str]:
    """Every name and its last one and two words, without tone marks (`Hanh` may be a mistyped `Hạnh`): what
    a given name alone may stand for."""
    forms: set[str] = set()
    for name in names:
        words = _form(name).split()
        forms.update({" ".join(words), " ".join(words[-1:]), " ".join(words[-2:])})
    return forms


def _form(name: str) -> str:
    return strip_accents(fold(name).lower())


def _address(tok: Token) -> bool:
    return tok.lower in kin_anchors() or tok.lower in FORMAL_ANCHORS
