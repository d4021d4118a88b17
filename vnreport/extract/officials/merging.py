"""A person's titles merged: one entry per distinct post, the fullest writing kept (`Thành ủy TP Hà Nội`),
an abbreviated title given in full where the text writes it (`ĐBQH` → `Đại biểu Quốc hội`)."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from vnreport.extract.officials.lexicon import title_expansions
from vnreport.extract.organizations.lexicon import written_out
from vnreport.lexicon import load_rows, load_words
from vnreport.report.model import OfficialTitle
from vnreport.text import fold


def merge_titles(titles: list[OfficialTitle]) -> list[OfficialTitle]:
    """One entry per distinct title; a title that is the start of a longer one, the same with a word or two fewer
    inside, or the same once abbreviations are spelled out (`written_out_key`), merges into it (again once a
    merge made a title longer, up to _MOST_PASSES times; a new title is compared with the first _MOST_KEPT kept)."""
    merged = _merge_once(titles)
    for _ in range(_MOST_PASSES):
        if len(merged) < 2:
            break
        again = _merge_once(merged)
        if len(again) == len(merged):
            break
        merged = again
    return merged


# Bounds that keep a hostile text (one name given thousands of titles) linear; no person's titles come near them.
_MOST_PASSES = 8  # merging again once a merge made a title longer: two passes settle real titles
_MOST_KEPT = 32  # the distinct posts a new title is compared with


def _merge_once(titles: list[OfficialTitle]) -> list[OfficialTitle]:
    merged: list[OfficialTitle] = []
    keys: list[tuple[str, str]] = []  # each kept title's (title_key, written_out_key), computed once
    for title in titles:
        key, written = title_key(title.text), written_out_key(title.text)
        for i in range(min(len(merged), _MOST_KEPT)):
            kept = merged[i]
            kept_key, kept_written = keys[i]
            same = key == kept_key or written == kept_written
            if same and len(title.text) > len(kept.text):
                title.mentions = kept.mentions + title.mentions
                merged[i], keys[i] = title, (key, written)  # the fuller writing (`Thành ủy TP Hà Nội`) of the same post
                break
            if same or kept_key.startswith(key + " "):
                kept.mentions.extend(title.mentions)
                break
            if key.startswith(kept_key + " ") or _block_inserted(kept_key, key):
                title.mentions = kept.mentions + title.mentions
                merged[i], keys[i] = title, (key, written)
                break
            if _block_inserted(key, kept_key):
                kept.mentions.extend(title.mentions)
                break
        else:
            merged.append(title)
            keys.append((key, written))
    return merged


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


def _block_inserted(short: str, long: str) -> bool:
    """`long` is `short` with one or two words inside it (`Phó Thủ tướng [Thường trực] Chính phủ`, `Bộ trưởng [Bộ]
    Y tế`): another writing of the same post."""
    a, b = short.split(), long.split()
    extra = len(b) - len(a)
    if not 1 <= extra <= 2 or len(a) < 2:
        return False
    return any(b[:k] == a[:k] and b[k + extra :] == a[k:] for k in range(1, len(a)))


def title_key(text: str) -> str:
    """A title compared with another writing of it: folded, dots dropped, without the unit word `TP` or `thành
    phố` (`Bí thư Thành ủy TP Hà Nội`, `Bí thư Thành ủy Hà Nội`; `Phó Chủ tịch UBND thành phố` begins `Phó Chủ
    tịch UBND TP Hà Nội`)."""
    words = fold(text).lower().replace(".", " ").replace(",", " ").replace("thành phố", "tp").split()
    return " ".join(w for w in words if w != "tp")


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
    words = [spelled.get(w, w) for w in title_key(written_out(text)).split()]
    return " ".join(w for k, w in enumerate(words) if w != "tỉnh" or (k + 1 < len(words) and words[k + 1] in bodies))
