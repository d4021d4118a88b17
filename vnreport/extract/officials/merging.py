"""A person's titles merged: one entry per distinct post, the fullest writing kept (`Thành ủy TP Hà Nội`),
an abbreviated title given in full where the text writes it (`ĐBQH` → `Đại biểu Quốc hội`)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from vnreport.extract.locations.lexicon import GazetteerRow
from vnreport.extract.names import place_lists
from vnreport.extract.officials.lexicon import title_expansions
from vnreport.extract.organizations.lexicon import written_out
from vnreport.lexicon import load_list, load_rows, load_words
from vnreport.report.model import OfficialTitle
from vnreport.text import fold


def merge_titles(titles: list[OfficialTitle], defined: Definitions | None = None) -> list[OfficialTitle]:
    """One entry per distinct title; a title that is the start of a longer one, the same with words fewer
    inside, or the same once abbreviations are spelled out (`written_out_key`, and the short names the text
    defines in brackets: `defined`), merges into it (again once a merge made a title longer, up to _MOST_PASSES
    times; a new title is compared with the first _MOST_KEPT kept)."""
    defined = defined or Definitions("")
    merged = _merge_once(_own_posts(titles), defined)
    for _ in range(_MOST_PASSES):
        if len(merged) < 2:
            break
        again = _merge_once(merged, defined)
        if len(again) == len(merged):
            break
        merged = again
    return merged


def _own_posts(titles: list[OfficialTitle]) -> list[OfficialTitle]:
    """The titles without a post named by relation (`người đồng cấp Mỹ`: officials_relative_posts.txt) when the
    person holds a post of their own; the descriptor alone stays their title."""
    relative = load_words("officials_relative_posts.txt")
    own = [t for t in titles if not any(fold(t.text).lower().startswith(r + " ") for r in relative)]
    if not own or len(own) == len(titles):
        return titles
    for title in titles:
        if title not in own:
            own[0].mentions = own[0].mentions + title.mentions  # where the text names the post, for the roles
    return own


# Bounds that keep a hostile text (one name given thousands of titles) linear; no person's titles come near them.
_MOST_PASSES = 8  # merging again once a merge made a title longer: two passes settle real titles
_MOST_KEPT = 32  # the distinct posts a new title is compared with


def _merge_once(titles: list[OfficialTitle], defined: Definitions) -> list[OfficialTitle]:
    merged: list[OfficialTitle] = []
    keys: list[tuple[str, str]] = []  # each kept title's (title_key, written_out_key), computed once
    for title in titles:
        key, written = title_key(defined.spelled_out(title.text)), written_out_key(title.text)
        for i in range(min(len(merged), _MOST_KEPT)):
            kept = merged[i]
            kept_key, kept_written = keys[i]
            same = key == kept_key or written == kept_written
            if _rank_written_short(key, kept_key):  # `Tướng` of a `Thiếu tướng`: the full rank is kept
                kept.mentions.extend(title.mentions)
                break
            if _rank_written_short(kept_key, key):
                title.mentions = kept.mentions + title.mentions
                merged[i], keys[i] = title, (key, written)
                break
            if same and len(title.text) > len(kept.text):
                title.mentions = kept.mentions + title.mentions
                merged[i], keys[i] = title, (key, written)  # the fuller writing (`Thành ủy TP Hà Nội`) of the same post
                break
            if same or kept_key.startswith(key + " ") or kept_written.startswith(written + " "):
                kept.mentions.extend(title.mentions)
                break
            if (
                key.startswith(kept_key + " ")
                or written.startswith(kept_written + " ")  # `ĐB` and `ĐBQH`: `đại biểu` begins `đại biểu quốc hội`
                or _block_inserted(kept_key, key)
                or _words_inserted(kept_key, key)
            ):
                title.mentions = kept.mentions + title.mentions
                merged[i], keys[i] = title, (key, written)
                break
            if _block_inserted(key, kept_key) or _words_inserted(key, kept_key):
                kept.mentions.extend(title.mentions)
                break
            if _same_words_placed(written, kept_written):  # the writing with more words is the fuller
                if (len(written.split()), len(title.text)) > (len(kept_written.split()), len(kept.text)):
                    title.mentions = kept.mentions + title.mentions
                    merged[i], keys[i] = title, (key, written)
                else:
                    kept.mentions.extend(title.mentions)
                break
        else:
            merged.append(title)
            keys.append((key, written))
    return merged


_BRACKETED = re.compile(r"\(([^()\s]{2,24})\)")  # `(PVTex)`, `(VHTT&DL)`: a short name in brackets, one word
_DEFINITION_REACH = 200  # characters before the bracket searched for the title's head and the name it defines
_DEFINITION_WORDS = 16  # words of the name a short name stands for
_NOT_IN_DEFINITION = frozenset(".;:()\n")


class Definitions:
    """The short names a text defines in brackets after a body's name (`Công ty cổ phần Hóa dầu và Xơ sợi Dầu khí
    (PVTex)`), found in one pass over the text, so `Tổng Giám đốc PVTex` is read as the same post as `Tổng Giám đốc
    Công ty cổ phần Hóa dầu và Xơ sợi Dầu khí`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.opens: dict[str, list[int]] = {}  # short name (lower case) -> where its brackets open
        self._spelled: dict[str, str] = {}  # title -> its spelled-out form: each merge pass asks again
        for match in _BRACKETED.finditer(text):
            short = match.group(1)
            if sum(c.isupper() for c in short) >= 2:  # `FBI`, `PVTex`; not the country `(Mỹ)` after a place
                self.opens.setdefault(short.lower(), []).append(match.start())

    def spelled_out(self, title: str) -> str:
        """`title` with a short name after its head (`Giám đốc FBI`) replaced by the name the text writes it for
        after the same head (`Giám đốc Cục Điều tra Liên bang (FBI)`); the title itself when there is none."""
        if not self.opens:
            return title
        if title not in self._spelled:
            self._spelled[title] = self._spell_out(title)
        return self._spelled[title]

    def _spell_out(self, title: str) -> str:
        words = title.split()
        for j in range(1, len(words)):
            openings = self.opens.get(words[j].lower(), [])  # `PVTEX` in a headline, `(PVTex)` in the body
            head = " ".join(words[:j]).lower()
            for opening in openings[:_MOST_KEPT]:
                window = self.text[max(0, opening - _DEFINITION_REACH) : opening]
                at = window.lower().rfind(head + " ")
                name = window[at + len(head) :].strip() if at >= 0 else ""
                if _defines(name):
                    return " ".join([*words[:j], name, *words[j + 1 :]])
        return title


def _defines(name: str) -> bool:
    """`name` may be a body's name a short name stands for: capitalised, a few words, no sentence's mark."""
    return (
        bool(name)
        and name[0].isupper()
        and len(name.split()) <= _DEFINITION_WORDS
        and not _NOT_IN_DEFINITION & set(name)
    )


def expanded(title: OfficialTitle, text: str) -> OfficialTitle:
    """An abbreviated title (`ĐB`, `ĐBQH`) written in full elsewhere in the text (`Đại biểu Quốc hội`): its
    fullest form, as the text writes it (officials_title_expansions.tsv)."""
    for full in title_expansions().get(title.text, ()):
        for form in (full, full[0].lower() + full[1:]):
            if form in text:
                return OfficialTitle(
                    text=form, organization=title.organization, current=title.current, mentions=title.mentions
                )
    return title


_PLACE_WORDS = 4  # words of the longest country a title ends in (`Cộng hòa Dân chủ Congo`)


@cache
def _place_names() -> frozenset[str]:
    """Countries, lower case, as a title's written-out key ends in them. Not provinces: a province names a local
    body of its own (`Cục trưởng Hải quan Hà Nội` is not `Cục trưởng Cục Hải quan`), a country the one body a
    foreign title names without it (over the read corpus, every place this rule set aside was a country)."""
    places = place_lists()
    return frozenset(fold(n).lower() for n in places.extra | places.countries)


@cache
def country_names() -> dict[str, str]:
    """Each writing of a country (places_gazetteer.tsv, level `country`: `Mỹ`, `Hợp chúng quốc Hoa Kỳ`), lower
    case, to its one name (`hoa kỳ`): `Ngoại trưởng Mỹ` and `Ngoại trưởng Hoa Kỳ` end in one country."""
    return {
        fold(row.variant).lower(): fold(row.name).lower()
        for row in load_rows("places_gazetteer.tsv", GazetteerRow)
        if row.level == "country"
    }


def _split_place(words: list[str]) -> tuple[list[str], str]:
    """A key's words without the country it ends in (past its head's two words), and that country by its one
    name (`country_names`)."""
    places, names = _place_names(), country_names()
    for k in range(max(2, len(words) - _PLACE_WORDS), len(words)):
        tail = " ".join(words[k:])
        if tail in places or tail in names:
            return words[:k], names.get(tail, tail)
    return words, ""


def _same_words_placed(a: str, b: str) -> bool:
    """Two written-out keys of one post: the same head (first two words) and the same words once the unit words
    (officials_post_unit_words.txt: `Bộ trưởng [Bộ] Thương mại`) and a country only one of them ends in are set
    aside, in any order (`Bộ trưởng Bộ Thương mại`, `Bộ trưởng Thương mại Hoa Kỳ`; `Cục trưởng Biểu diễn Nghệ
    thuật`, `Cục trưởng Cục Nghệ thuật Biểu diễn`). Two places that differ are two posts (`Đại sứ tại Lào`,
    `Đại sứ tại Nhật Bản`); a body the other names only as its owner is another post (`Chủ tịch Quốc hội`,
    `Chủ tịch Ủy ban Đối ngoại của Quốc hội`: `ủy ban đối ngoại` is left over)."""
    x, y = a.split(), b.split()
    if a == b or len(x) < 2 or len(y) < 2 or x[:2] != y[:2]:
        return False
    (x, x_place), (y, y_place) = _split_place(x), _split_place(y)
    if x_place and y_place and x_place != y_place:
        return False
    if x_place and x == y:  # one post of one country written two ways (`Ngoại trưởng Mỹ`, `Ngoại trưởng Hoa Kỳ`)
        return True
    units = load_words("officials_post_unit_words.txt")
    if not any(w not in units for w in x[_head_length(x) :]):
        return False  # a body that is only a unit word (`Giám đốc Sở`, `Phó Giám đốc Cục`) names no body to match
    return {w for w in x if w not in units} == {w for w in y if w not in units}


@cache
def _title_heads() -> frozenset[str]:
    """Titles (officials_titles.txt), lower case, as a written-out key opens with them."""
    return frozenset(fold(t).lower() for t in load_list("officials_titles.txt"))


@cache
def _longest_head() -> int:
    """Words of the longest title (`Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng`): how far a head may run."""
    return max(len(head.split()) for head in _title_heads())


def _head_length(words: list[str]) -> int:
    """The words of the title a key opens with (`phó giám đốc` of `phó giám đốc sở y tế`), at least two."""
    heads = _title_heads()
    return max((k for k in range(2, _longest_head() + 1) if " ".join(words[:k]) in heads), default=2)


def _block_inserted(short: str, long: str) -> bool:
    """`long` is `short` with one or two words inside it (`Phó Thủ tướng [Thường trực] Chính phủ`, `Bộ trưởng [Bộ]
    Y tế`), and maybe a country after them (`Phó Chủ tịch [thường trực] Quốc hội [Việt Nam]`): another writing of
    the same post."""
    a, b = short.split(), long.split()
    if len(a) >= 2 and len(b) > len(a) + 1 and a[-1] != b[-1] and not _split_place(a)[1]:
        b = _split_place(b)[0]  # and a country after it (`Phó Chủ tịch [thường trực] Quốc hội [Việt Nam]`)
    extra = len(b) - len(a)
    if not 1 <= extra <= 2 or len(a) < 2:
        return False
    return any(b[:k] == a[:k] and b[k + extra :] == a[k:] for k in range(1, len(a)))


def _words_inserted(short: str, long: str) -> bool:
    """`long` is `short` with words inserted anywhere between its first and last word, both kept (`Tổng thống
    [Hợp chúng quốc] Hoa Kỳ`, `Chủ tịch Quốc hội [của Chính quyền Nhân dân nước] Cộng hòa Cuba`, `Phó Trưởng Ban
    [Thường trực Ban] Kinh tế Trung ương`): a shorter writing of the same post. Over the distinct titles of each
    person in the read gold sets (2,784 ordered pairs) no two posts are so written."""
    a, b = short.split(), long.split()
    if len(a) < 2 or len(b) <= len(a) or a[0] != b[0] or a[-1] != b[-1]:
        return False
    rest = iter(b)
    return all(word in rest for word in a)


@cache
def _ranks() -> frozenset[str]:
    """Ranks (officials_ranks.txt), folded and lower case, as a title key has them."""
    return frozenset(fold(r).lower() for r in load_list("officials_ranks.txt"))


def _rank_written_short(short: str, long: str) -> bool:
    """`short` is a rank written short (`tướng`, `đô đốc`) and `long` opens with a rank it ends (`thiếu tướng`,
    `trung tướng không quân mỹ`, `phó đô đốc`): the one rank of the person, written in full and short."""
    ranks = _ranks()
    if short not in ranks:
        return False
    return any(r != short and r.endswith(" " + short) and (long == r or long.startswith(r + " ")) for r in ranks)


def title_key(text: str) -> str:
    """A title compared with another writing of it: folded, dots dropped, without the unit word `TP` or `thành
    phố` (`Bí thư Thành ủy TP Hà Nội`, `Bí thư Thành ủy Hà Nội`; `Phó Chủ tịch UBND thành phố` begins `Phó Chủ
    tịch UBND TP Hà Nội`)."""
    words = fold(text).lower().replace(".", " ").replace(",", " ").replace("thành phố", "tp").split()
    return " ".join(w for w in words if w != "tp" and not (w[0] == "(" and w[-1] == ")"))  # nor a short name `(FBI)`


class SpelledRow(NamedTuple):
    written: str  # lower case, as the key has it
    full: str


@cache
def _spelled() -> dict[str, str]:
    """Abbreviations only a title's key spells out (officials_title_spelled.tsv: `VN`)."""
    return {row.written: row.full for row in load_rows("officials_title_spelled.tsv", SpelledRow)}


def written_out_key(text: str) -> str:
    """A title written out (`written_out`: `Chủ tịch UBND tỉnh A` = `Chủ tịch Ủy ban nhân dân tỉnh A`, `Sở TNMT` =
    `Sở Tài nguyên & Môi trường`) with the two steps of titles: `VN` spelled out and the unit word before a place
    (`tỉnh`, `TP`) left out. Two writings of one post have the same key, the fuller is kept (README: fullest form
    once)."""
    spelled, bodies = _spelled(), load_words("officials_unit_bodies.txt")
    words = _same_post_words([spelled.get(w, w) for w in title_key(written_out(text)).split()])
    return " ".join(w for k, w in enumerate(words) if w != "tỉnh" or (k + 1 < len(words) and words[k + 1] in bodies))


class SynonymRow(NamedTuple):
    written: str  # lower case, as the key has it
    same: str


@cache
def _synonyms() -> dict[str, tuple[str, ...]]:
    """Words of a post and the other words it is written with (officials_title_synonyms.tsv: `ngoại trưởng` is
    `bộ trưởng ngoại giao`), by their first word."""
    found: dict[str, tuple[str, ...]] = {}
    for row in load_rows("officials_title_synonyms.tsv", SynonymRow):
        found[row.written] = tuple(row.same.split())
    return found


@cache
def _synonym_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(w.split()) for w in _synonyms()}, reverse=True))


def _same_post_words(words: list[str]) -> list[str]:
    """`words` with each phrase of officials_title_synonyms.tsv written the one way (longest phrase first)."""
    synonyms, lengths = _synonyms(), _synonym_lengths()
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in lengths:
            same = synonyms.get(" ".join(words[i : i + n])) if i + n <= len(words) else None
            if same:
                out.extend(same)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out
