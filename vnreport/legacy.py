"""Legacy Vietnamese 8-bit encodings, TCVN3 (ABC) and VNI, detected and converted to Unicode.

Python has no codecs for them. Old archives keep such text as raw bytes, and copy-pastes from documents
set in `.VnTime` or `VNI-Times` fonts carry the same text as Unicode mojibake (`Uû ban nh©n d©n`). Both
read the same once each byte is taken as its Latin-1 character, so detection and conversion work on text.

Detection counts *markers*: characters or sequences that never occur in Unicode Vietnamese (TCVN3's
`© § µ ¹`, VNI's `aâ aù eä`), flagged in the tables (`vnreport/data/legacy_*.tsv`). Only markers that
the other encoding cannot produce are counted, so the two are told apart; real text is full of them,
Unicode Vietnamese has none, so a small density threshold separates them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from vnreport import regexes
from vnreport.lexicon import load_rows

TCVN3 = "tcvn3"
VNI = "vni"
LEGACY_ENCODINGS = (TCVN3, VNI)

_SAMPLE_CHARS = 20000
# Measured on the 5,008 news articles re-encoded: every legacy text has markers in ≥ 30% (TCVN3) or
# ≥ 50% (VNI) of its words; the Unicode originals at most 0.75% (a stray © or ·). 3% sits far from both.
_MIN_MARKERS = 2
_MIN_MARKER_DENSITY = 0.03
_MAX_FOREIGN_LETTERS = 0.005
_MARKERS_PER_UNICODE_LETTER = 4

# Bytes 0x80-0x9F: neither legacy encoding puts letters there, and files typed on Windows use them for
# cp1252 punctuation (curly quotes, dashes), so read them as cp1252 where it defines them.
_C1_AS_CP1252 = {
    byte: bytes([byte]).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if bytes([byte]).decode("cp1252", errors="replace") != "\ufffd"
}


@dataclass(frozen=True, slots=True)
class _Codec:
    name: str
    table: dict[str, str]
    markers: frozenset[str]

    @property
    def longest(self) -> int:
        return max(map(len, self.table))


class LegacyRow(NamedTuple):
    legacy: str  # the legacy sequence as it reads in Latin-1, or U+XXXX
    letter: str
    marker: str  # 1: never occurs in Unicode Vietnamese


def _parse_key(cell: str) -> str:
    return chr(int(cell[2:], 16)) if cell.startswith("U+") else cell


def _load(name: str) -> _Codec:
    table: dict[str, str] = {}
    markers: set[str] = set()
    for row in load_rows(f"legacy_{name}.tsv", LegacyRow):
        key = _parse_key(row.legacy)
        table[key] = row.letter
        if row.marker == "1":
            markers.add(key)
    return _Codec(name=name, table=table, markers=frozenset(markers))


@cache
def _codecs() -> dict[str, _Codec]:
    return {name: _load(name) for name in LEGACY_ENCODINGS}


def _alternation(keys: set[str] | frozenset[str]) -> re.Pattern[str]:
    """One regex matching any of `keys`, longest first (VNI `ôù` before `ô`), grouped by first character."""
    tails_of: dict[str, list[str]] = {}
    for key in sorted(keys):  # a set: sorted, so the pattern is the same in every process
        tails_of.setdefault(key[0], []).append(key[1:])
    lone = "".join(re.escape(first) for first, tails in tails_of.items() if tails == [""])
    parts = [f"[{lone}]"] if lone else []
    for first, tails in tails_of.items():
        longer = sorted((t for t in tails if t), key=lambda p: (-len(p), p))
        if not longer:
            continue
        if all(len(t) == 1 for t in longer):
            tail = "[" + "".join(re.escape(t) for t in longer) + "]"
        else:
            tail = "(?:" + "|".join(re.escape(t) for t in longer) + ")"
        parts.append(re.escape(first) + tail + ("?" if "" in tails else ""))
    return regexes.compile("|".join(parts))


@cache
def _marker_patterns() -> dict[str, re.Pattern[str]]:
    """Per encoding, the markers the other encoding cannot produce (TCVN3's `ö` is VNI's `ư`, so neither counts it)."""
    codecs = _codecs()
    tcvn_markers = {m for m in codecs[TCVN3].markers if not any(m in key for key in codecs[VNI].table)}
    vni_markers = {m for m in codecs[VNI].markers if len(m) > 1}
    return {TCVN3: _alternation(tcvn_markers), VNI: _alternation(vni_markers)}


@cache
def _converters() -> dict[str, re.Pattern[str]]:
    return {name: _alternation(set(codec.table)) for name, codec in _codecs().items()}


def detect_legacy(text: str) -> str | None:
    """ "tcvn3" or "vni" when `text` is legacy-encoded Vietnamese read as Latin-1, else None."""
    sample = text[:_SAMPLE_CHARS]
    if sample.isascii():
        return None
    words = len(sample.split())
    scores = {name: len(pattern.findall(sample)) for name, pattern in _marker_patterns().items()}
    name = max(scores, key=scores.__getitem__)
    if scores[name] < max(_MIN_MARKERS, _MIN_MARKER_DENSITY * words):
        return None
    # Text read from legacy bytes has only Latin-1 characters; Unicode Vietnamese is full of letters
    # beyond it (ạ ế ư đ …), so a © or · among those is just a © or ·.
    if scores[name] <= _MARKERS_PER_UNICODE_LETTER * _unicode_vietnamese_letters(sample):
        return None
    # Any other 8-bit text (Russian in cp1251, say) is dense in Latin-1 accents too; only Vietnamese
    # converts to letters that are all in the Vietnamese alphabet.
    return name if _is_vietnamese_alphabet(convert_legacy(sample, name)) else None


@cache
def _alphabet() -> frozenset[str]:
    letters = {letter for codec in _codecs().values() for letter in codec.table.values()}
    return frozenset(letters | {ch.upper() for ch in letters} | {ch.lower() for ch in letters})


def _unicode_vietnamese_letters(text: str) -> int:
    alphabet = _alphabet()
    return sum(1 for ch in text if ord(ch) > 0xFF and ch in alphabet)


def _is_vietnamese_alphabet(text: str) -> bool:
    alphabet = _alphabet()
    letters = foreign = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            foreign += not ch.isascii() and ch not in alphabet
    return foreign <= _MAX_FOREIGN_LETTERS * letters


def convert_legacy(text: str, encoding: str) -> str:
    """Rewrite `text` from `encoding` ("tcvn3" or "vni", read as Latin-1) to Unicode."""
    table = _codecs()[encoding].table
    return _converters()[encoding].sub(lambda m: table[m.group()], text)


def legacy_view(data: bytes) -> str:
    """The bytes as the legacy fonts' users saw them: Latin-1, with cp1252 punctuation in 0x80-0x9F."""
    return data.decode("latin-1").translate(_C1_AS_CP1252)


def decode_legacy_bytes(data: bytes) -> tuple[str, str] | None:
    """(Unicode text, "tcvn3"|"vni") when the raw bytes are in a legacy encoding, else None."""
    text = legacy_view(data)
    encoding = detect_legacy(text)
    return (convert_legacy(text, encoding), encoding) if encoding else None


def repair_legacy(text: str, encoding: str) -> tuple[str, str]:
    """Convert legacy mojibake carried in Unicode text; the encoding becomes e.g. "utf-8+tcvn3"."""
    if encoding in LEGACY_ENCODINGS:
        return text, encoding
    legacy = detect_legacy(text)
    if legacy is None:
        return text, encoding
    return convert_legacy(text, legacy), f"{encoding}+{legacy}"
