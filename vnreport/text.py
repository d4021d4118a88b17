"""Unicode helpers shared by every stage.

Offsets everywhere in vnreport are character offsets into the NFC-normalised input and nothing else.
Matching, however, must treat spelling variants as equal (`Uỷ`/`Ủy`, `Ð`/`Đ`, `–`/`-`). So matching
runs on a *match view*: a string of exactly the same length as the text, with each variant rewritten
in place. A match at `view[a:b]` is reported as `text[a:b]`, which is what the user wrote.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from vnreport import regexes

NFC: Literal["NFC"] = "NFC"
# The dashes a token may be (hyphen, en dash) where one joins or sets off words: `Chi nhánh Công ty A - B`,
# `Nhà máy X – Y`, `- Bộ trưởng …` (an em dash, a document title's separator, is not one of them).
DASHES = frozenset({"-", "–"})


def nfc(text: str) -> str:
    return unicodedata.normalize(NFC, text)


# New-style tone placement ("hoà", "khoẻ", "thuỷ") → traditional ("hòa", "khỏe", "thủy"). Each pair is
# two characters in both styles, so the rewrite keeps the length. Only open syllables move their mark
# (`hoàn` stays), and never after `q` (`quý` is correct as written).
_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
# Only `a`, `e`, `y` carrying a tone mark can be the second letter of a pair to rewrite (see
# `_pair_rewrite`): the pattern names them, so the rewrite is called for real candidates only, not
# for every `mua`, `hoa`, `Huy` of the text.
_TONED_AEY = "".join(sorted({unicodedata.normalize(NFC, v + t) for v in "aeyAEY" for t in _TONES}))
# The `o`/`u` opens the pattern and the look-behind follows it, so re skips every other position in C.
_NEW_STYLE_CANDIDATE = regexes.compile(rf"[oOuU](?<![qQ].)[{_TONED_AEY}](?!\w)")


def _second_has_tone(ch: str) -> tuple[str, str] | None:
    decomposed = unicodedata.normalize("NFD", ch)
    marks = [c for c in decomposed[1:] if c in _TONES]
    if not marks:
        return None
    base = decomposed[0] + "".join(c for c in decomposed[1:] if c not in _TONES)
    return unicodedata.normalize(NFC, base), marks[0]


def _pair_rewrite(match: re.Match[str]) -> str:
    first, second = match.group(0)[0], match.group(0)[1]
    split = _second_has_tone(second)
    if split is None:
        return match.group(0)
    base, mark = split
    if base.lower() not in {"a", "e", "y"} or first.lower() not in {"o", "u"}:
        return match.group(0)
    if (first.lower() == "o" and base.lower() == "y") or (first.lower() == "u" and base.lower() != "y"):
        return match.group(0)
    return unicodedata.normalize(NFC, first + mark) + base


def fold_tone_marks(text: str) -> str:
    """Move tone marks of `oa, oe, uy` syllables to the traditional position; same length."""
    if not text.isascii():
        return _NEW_STYLE_CANDIDATE.sub(_pair_rewrite, text)
    return text


_CHAR_VARIANTS = str.maketrans(
    {
        "\u00d0": "Đ",  # Eth, from OCR and some fonts
        "\u00f0": "đ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2215": "/",
        "\uff0f": "/",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u200b": " ",
        "\u00ad": " ",
        "\ufeff": " ",
        "\t": " ",
    }
)


# Most texts hold none of the variants: one C scan for them is cheaper than translating every character.
_ANY_VARIANT = regexes.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_CHAR_VARIANTS)) + "]")


def match_view(text: str) -> str:
    """The string extractors match against: variants unified, same length as `text`."""
    view = fold_tone_marks(text.translate(_CHAR_VARIANTS) if _ANY_VARIANT.search(text) else text)
    assert len(view) == len(text)
    return view


def fold(text: str) -> str:
    """Canonical form for comparing names: NFC, unified variants, traditional tone marks."""
    return " ".join(match_view(nfc(text)).split())


def strip_tone_marks(text: str) -> str:
    """The text without its tone marks, vowel letters kept (`Tân Lễ`, `Tân Lệ` → `Tân Lê`), in NFC."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))


def strip_accents(text: str) -> str:
    """Accent-free lower-case key (`Hà Nội` → `ha noi`); đ has no decomposition, so map it by hand."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def quotation_open(before: str) -> bool:
    """A quotation opened in `before` is not closed at its end: more curly or angled opening marks (`“`, `«`) than
    closing ones (`”`, `»`), or an odd count of straight marks (`"`, which open and close alike)."""
    curly = before.count("“") + before.count("«") - before.count("”") - before.count("»")
    return curly > 0 or before.count('"') % 2 == 1
