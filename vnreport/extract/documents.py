"""Document references: numbered state and Party documents, their short forms, and documents cited by name.

Three kinds of mention are found on the match view (`doc.view`), each reported with offsets into
`doc.text`:

* **Full references** carry a number and symbol: `Nghị định số 100/2019/NĐ-CP`, `Kế hoạch 258-KH/TU`,
  `Luật số: 68/2020/QH14`, a bare `1234/QĐ-UBND`, a công văn `567/BTC-TCT`, a draft `Số: …/QĐ-UBND`.
  The symbol is split into number, year, type code and issuer codes and normalised into a key
  (`15-NQ/TƯ`, `15/NQ-TW` and `15 - NQ/TW` all give `15-NQ/TW`).
* **Named documents** have no number: `Luật Thủ đô (sửa đổi)`, `Bộ luật Hình sự năm 2015`,
  `Hiến pháp năm 2013`, `Luật sửa đổi, bổ sung một số điều của Luật …`, `Nghị quyết Trung ương 4 khóa
  XII`, `Quy hoạch Thủ đô thời kỳ 2021 - 2030`. A name runs while its words can belong to a title; it
  ends at punctuation, a year (kept), or a word that starts a new clause (data file).
* **Short forms** repeat a type and number only: `Nghị quyết 57`, `NQ 57`, `Nghị định 168/2024`. A short
  form is a mention of the nearest earlier full reference with the same type and number (or, when the
  first mention is the short one — a headline — of the nearest later one). A short form that no full
  reference explains becomes a document of its own only when it is unambiguous: a capitalised type word
  whose short forms are not everyday phrases (`Nghị định 67 của Chính phủ`, not `Kế hoạch 5 năm`) and a
  number that does not count something. Abbreviated ones (`NQ 57`) never stand alone.

One `DocumentRef` is returned per distinct document, in order of first mention; its text and span are
those of the fullest mention (type word through number), and `mentions` lists every occurrence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate

from vnreport.lexicon import load_list, load_table, load_words
from vnreport.report.model import DocumentRef, Mention
from vnreport.segment.document import Document
from vnreport.text import nfc, strip_accents

# --- lexicons ------------------------------------------------------------------------------------

_UPPER = "A-ZÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ"
_LOWER = "a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ"


@dataclass(frozen=True, slots=True)
class _Kind:
    kind: str
    code: str | None
    system: str | None
    standalone: bool


def _load_kinds() -> dict[str, _Kind]:
    return {
        row[0].lower(): _Kind(row[1], row[2] or None, row[3] or None, row[4] == "1")
        for row in load_table("documents_kinds.tsv")
    }


def _load_type_codes() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {"state": {}, "party": {}}
    for system, code, kind in load_table("documents_type_codes.tsv"):
        table[system][code] = kind
    return table


_KINDS = _load_kinds()
_CODES = _load_type_codes()
_ALL_CODES = frozenset(_CODES["state"]) | frozenset(_CODES["party"])
_ABBREVS = {row[0]: tuple(row[1].split("|")) for row in load_table("documents_kind_abbrevs.tsv")}
_PARTY_ISSUERS = load_words("documents_party_issuers.txt")
_STATE_ISSUERS = load_words("documents_state_issuers.txt")
_COUNT_NOUNS = frozenset(w.lower() for w in load_list("documents_count_nouns.txt"))
_NAME_STOPS = frozenset(w.lower() for w in load_list("documents_name_stops.txt"))
_ISSUER_WORDS = frozenset(w.lower() for w in load_list("documents_issuer_words.txt"))
_ISSUER_COMPOUNDS = _ISSUER_WORDS | frozenset(w.lower() for w in load_list("documents_issuer_compounds.txt"))
_LAW_BLOCKERS = frozenset(w.lower() for w in load_list("documents_law_blockers.txt"))
_NOT_TITLES = load_words("documents_law_not_titles.txt")
_NUMBER_WORDS = {word: int(value) for word, value in load_table("documents_number_words.tsv")}
# Kinds whose codes overlap: a `QĐ` symbol may be cited as a Quyết định or a Quy định.
_CODE_KINDS: dict[str, frozenset[str]] = {}
for _table in _CODES.values():
    for _code, _kind in _table.items():
        _CODE_KINDS[_code] = _CODE_KINDS.get(_code, frozenset()) | {_kind}
_CODE_KINDS["QĐ"] = _CODE_KINDS["QĐ"] | {"Quy định"}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_KIND_ALT = _alternation(list(_KINDS))
_ABBR_ALT = _alternation(list(_ABBREVS))

# --- patterns (all run on the match view) --------------------------------------------------------

# A code segment: capitals and digits with at most one lower-case run (`TTg`, `QĐi`, `QyĐ`, `CTr`, `TƯ`),
# never followed by a letter, so the `Ban` of `…/QĐ-UBND - Ban …` is not read as a code.
_CODE = rf"[{_UPPER}][{_UPPER}0-9&]*(?:[{_LOWER}]{{1,2}}[{_UPPER}0-9]*)?(?![\w])"
_SS = r"\s?/\s?"
_SD = r"\s?-\s?"
_SYMBOL = re.compile(
    r"(?<![\w/.-])(?:"
    rf"(?P<party>(?P<pn>\d{{1,5}}){_SD}(?P<pt>{_CODE}){_SS}(?P<po>{_CODE}(?:-{_CODE})*))"
    rf"|(?P<state>(?P<sn>\d{{1,5}})(?:(?:{_SS}|{_SD})(?P<sy>(?:19|20)\d\d))?{_SS}(?P<st>{_CODE})"
    rf"(?:{_SD}(?P<so>{_CODE}(?:{_SD}{_CODE})*))?)"
    rf"|(?P<dashed>(?P<dn>\d{{1,5}}){_SD}(?P<dt>{_CODE}){_SD}(?P<do>{_CODE}))"
    r")(?![/-]?\w)"
)
_DRAFT = re.compile(rf"(?<!\w)[Ss]ố\s*:\s*(?:[.…_]+\s*)?/\s?(?P<code>{_CODE}(?:-{_CODE})*)")
_LAW_CODE = re.compile(r"(?:UBTV)?QH\d{1,2}")

_LEAD_KIND = re.compile(rf"(?<!\w)(?P<kind>(?i:{_KIND_ALT}))(?:\s+(?i:số))?\s*:?\s*$")
_LEAD_KIND_WORDS = re.compile(rf"(?<!\w)(?P<kind>(?i:{_KIND_ALT}))(?P<mid>(?:\s+[{_LOWER}]+){{1,6}}?)\s+số\s*:?\s*$")
_LEAD_ABBR = re.compile(rf"(?<!\w)(?P<abbr>{_ABBR_ALT})\s+$")
_LEAD_SO = re.compile(r"(?<!\w)[Ss]ố\s*:?\s*$")
_COORD = re.compile(r"\s*(?:,|;|và|hoặc)\s*(?:(?:số|Số)\s*)?$")

_UNIT = (
    r"(?:(?i:điểm)\s+[a-zđ]\d?(?:\s*(?:,|và)\s*[a-zđ]\d?)*"
    r"|(?i:khoản)\s+\d+[a-z]?(?:\s*(?:,|và)\s*\d+[a-z]?)*"
    r"|(?i:điều)\s+\d+[a-zđ]?(?:\s*(?:,|và)\s*\d+[a-zđ]?)*"
    r"|(?i:mục)\s+\d+|(?i:chương)\s+[IVXLC]+|(?i:phần)\s+(?:thứ\s+\w+|[IVXLC]+))(?!\w)"
)
_ARTICLE = re.compile(rf"(?<!\w)(?P<art>{_UNIT}(?:\s*,?\s+{_UNIT})*)\s+(?:của\s+)?$")

_DATE = (
    r"(?:(?P<d>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<m>\d{1,2})(?:\s?(?P=sep)\s?(?P<y>(?:19|20)\d\d))?(?![\d/.-]?\d)"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s*,?\s+năm\s+(?P<y2>(?:19|20)\d\d))?)"
)
_DATE_NGAY = re.compile(rf"\s*,?\s*(?:\(\s*)?(?:(?:được\s+)?(?:ban hành|ký|thông qua)\s+)?ngày\s+{_DATE}(?:\s*\))?")
_DATE_PAREN = re.compile(rf"\s*\(\s*{_DATE}\s*\)")
_OF = re.compile(r"\s*,?\s*(?:của|do)\s+")
_ABOUT = re.compile(r"\s*[,:]?\s*(?:(?P<ve>về\s+việc|về|V/v)\s*:?\s*)?(?P<q>[“\"«‘])?")
_APPROVE = re.compile(r"\s+(?=phê duyệt\s)")
_CLOSE = {"“": "”", '"': '"', "«": "»", "‘": "’"}
_CLAUSE_END = re.compile(r"[,;.:!?()“”\"«»\n]|\s-\s")

_WORD = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*")
_TOKEN = re.compile(r"\s*([^\W_]+(?:[.'’][^\W_]+)*|[^\w\s])")
_SPACE = re.compile(r"\s+")
_COMMA = re.compile(r",\s+")
_NEXT_WORD = re.compile(r"[ \t]+([^\W_]+(?:[.'’][^\W_]+)*)")
_WORD_GROUP = re.compile(r"([^\W_]+(?:[.'’][^\W_]+)*)")
# `của Chính phủ và Quyết định …`, `… và Khoản 4 Điều 11 …`: what follows `và` is not the issuer's
_ISSUER_AND = re.compile(rf"\s+và\s+(?=[{_UPPER}])(?!(?i:{_KIND_ALT}|điểm|khoản|điều|mục|chương)\b)")
_ISSUER_DASH = re.compile(rf"\s?-\s?(?=[{_UPPER}][{_LOWER}])")
_ISSUER_COMMA_LIST = re.compile(rf",\s+[{_UPPER}][{_LOWER}]*(?:\s+[^\W\d_]+){{0,3}}\s+và\s+[{_UPPER}]")

_NAMED_HEAD = re.compile(r"(?<![\w])(?P<kind>Bộ [Ll]uật|Luật|Pháp lệnh) +")
_AMEND = re.compile(r"(?i:sửa đổi)(?:\s*,\s*bổ sung)?(?:\s+một số điều)?\s+của\s+")
_AMEND_ITEM = re.compile(r"(?P<kind>Bộ luật|Luật|Pháp lệnh)\s+")
_AMEND_JOIN = re.compile(r"\s*,\s*|\s+và\s+")
_AMEND_MANY = re.compile(r"(?:các|\d{1,2})\s+[Ll]uật(?:\s+(?!số\b)[^\W\d_]+){0,14}")
_NAME_TAIL_AMEND = re.compile(r"\s*\(sửa đổi(?:\s*,\s*bổ sung)?\)|\s+sửa đổi(?!\s*,\s*bổ sung)")
_COUNTRY = re.compile(r"\s+nước\s+Cộng hòa xã hội chủ nghĩa Việt Nam")
_NAME_TAIL_YEAR = re.compile(r"\s+(?:năm\s+)?(?P<y>(?:19|20)\d\d)(?![\d/-])")
_HIEN_PHAP = re.compile(
    rf"(?<!\w)Hiến pháp(?P<country>{_COUNTRY.pattern})?"
    r"(?:\s+(?:năm\s+)?(?P<y>(?:19|20)\d\d)(?![\d/-]))?"
    r"(?P<amend>\s*\(sửa đổi(?:\s*,\s*bổ sung)?\)|\s+sửa đổi(?!\s*,\s*bổ sung))?"
)
_ROMAN = r"[IVXLC]{1,6}"
_NQ_CONGRESS = re.compile(
    rf"(?<!\w)Nghị quyết\s+Đại hội(?P<mid>(?:\s+(?!lần\b)[^\W\d_]+){{0,7}}?)\s+(?:lần thứ\s+)?"
    rf"(?P<n>{_ROMAN})(?!\w)(?P<of>\s+của\s+Đảng(?!\s+bộ)(?:\s+Cộng sản Việt Nam)?)?"
)
_NQ_PLENUM = re.compile(
    r"(?<!\w)Nghị quyết\s+(?:Hội nghị\s+)?(?:(?:Ban Chấp hành\s+)?Trung ương\s+(?:Đảng\s+)?(?P<n>\d{1,2})"
    r"|lần thứ\s+(?P<w>[^\W\d_]+(?:\s+(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín))?)\s+Ban Chấp hành\s+"
    r"Trung ương(?:\s+Đảng)?)(?!\w)"
    rf"(?:\s*,?\s*(?:khóa|khoá)\s+(?P<k>{_ROMAN})(?!\w))?"
)
_QUY_HOACH = re.compile(
    r"(?<!\w)(?:Quy hoạch|quy hoạch(?=\s+(?:tỉnh|thành phố|Thủ đô|chung|vùng)\s))"
    r"(?P<mid>(?:\s+[^\s,;.:()“”\"]+){1,10}?)\s+thời kỳ\s+(?P<a>(?:19|20)\d\d)\s?-\s?(?P<b>(?:19|20)\d\d)(?!\d)"
)
_CONVENTION = re.compile(r"Công ước[^.;\n]{0,60}$")

_SHORT = re.compile(
    rf"(?<![\w/])(?P<kind>(?i:{_KIND_ALT}))\s+(?:(?i:số)\s*)?(?P<num>\d{{1,5}})"
    r"(?:\s?/\s?(?P<y>(?:19|20)\d\d)|-(?P<y2>(?:19|20)\d\d)(?!/))?(?![\w/-]|[.,]\d)"
)
_SHORT_ABBR = re.compile(rf"(?<![\w/])(?P<abbr>{_ABBR_ALT})\s?(?P<num>\d{{1,5}})(?![\w/-]|[.,]\d)")
_SHORT_MORE = re.compile(r"(?:\s*,\s*|\s+và\s+)(?P<num>\d{1,5})(?![\w/-]|[.,]\d)")
_YEAR_AFTER = re.compile(r"\s+năm\s+(?P<y>(?:19|20)\d\d)(?!\d)")
_URL = re.compile(r"(?:https?://|www\.)\S+")

_MAX_GENERIC_NAME = 10  # syllables of a law title not in the known list: longer runs are clauses
_MAX_GENERIC_LOWER = 5  # … of which lower-case (capitalised ones are proper names: `Cảnh sát biển Việt Nam`)
_MAX_ISSUER_WORDS = 24
_MAX_SUBJECT = 400

# --- candidates ----------------------------------------------------------------------------------

_RANK_FULL_WORD, _RANK_FULL, _RANK_NAMED, _RANK_SHORT = 3, 2, 2, 0


@dataclass
class _Cand:
    start: int
    end: int
    flavor: str  # full | draft | named | short
    rank: int
    kind: str | None = None
    number: str | None = None
    key: str = ""
    system: str | None = None
    type_code: str | None = None
    issuer_codes: list[str] = field(default_factory=list)
    year: int | None = None
    date: str | None = None
    issuer: str | None = None
    subject: str | None = None
    name: str | None = None
    article: str | None = None
    # linking: a short form or an unqualified name points to a full reference with the same base
    base: tuple[str, str] | None = None
    qual: str | None = None
    kinds: frozenset[str] = frozenset()  # short forms: the kinds they may stand for
    standalone: bool = True
    amends_one: bool = False  # an amending law named by the laws it amends


def _fold_key(text: str) -> str:
    return " ".join(strip_accents(text).split())


def _code_norm(code: str) -> str:
    code = re.sub(r"\s+", "", code)
    if code in {"QD", "ND", "DU", "TTG"}:
        return {"QD": "QĐ", "ND": "NĐ", "DU": "ĐU", "TTG": "TTg"}[code]
    return re.sub(r"(?:TƯ|Tư|Tw)$", "TW", code)


def _is_party_issuer(code: str) -> bool:
    if code in _PARTY_ISSUERS:
        return True
    return not _is_state_issuer(code) and (code.endswith(("TW", "TU")) or code.startswith("ĐU"))


def _is_state_issuer(code: str) -> bool:
    return code in _STATE_ISSUERS or code.rstrip("0123456789") in _STATE_ISSUERS


def _split_glued(code: str) -> tuple[str, str] | None:
    """`NĐCP` → (`NĐ`, `CP`): a type code run into a known issuer without its hyphen."""
    for type_code in sorted(_CODES["state"], key=len, reverse=True):
        rest = code[len(type_code) :]
        if code.startswith(type_code) and rest and _is_state_issuer(rest):
            return type_code, rest
    return None


def _iso(day: int, month: int, year: int | None) -> str | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _date_of(match: re.Match[str], year_hint: int | None) -> str | None:
    if match.group("d"):
        day, month, year = match.group("d"), match.group("m"), match.group("y")
    else:
        day, month, year = match.group("d2"), match.group("m2"), match.group("y2")
    return _iso(int(day), int(month), int(year) if year else year_hint)


# --- the symbol of a full reference --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Symbol:
    number: int
    key: str
    system: str
    type_code: str | None
    issuer_codes: list[str]
    year: int | None
    strength: int  # 2: stands alone; 1: needs `số` or a type word before it; 0: needs a type word


def _party_symbol(num: str, type_code: str, issuers: list[str], spaced: bool) -> _Symbol | None:
    if spaced and type_code not in _CODES["party"]:
        return None
    system = "state" if _is_state_issuer(issuers[0]) and not _is_party_issuer(issuers[0]) else "party"
    key = f"{num}-{type_code}/{'-'.join(issuers)}"
    return _Symbol(int(num), key, system, type_code, issuers, None, 2)


def _read_symbol(match: re.Match[str]) -> _Symbol | None:
    """Split a symbol match into its parts and normalised key; None when it is not a document symbol."""
    if match.group("party"):
        issuers = [_code_norm(c) for c in match.group("po").split("-")]
        spaced = " " in match.group("party")
        return _party_symbol(match.group("pn"), _code_norm(match.group("pt")), issuers, spaced)
    if match.group("dashed"):
        type_code, issuer = _code_norm(match.group("dt")), _code_norm(match.group("do"))
        if type_code in _CODES["party"] and _is_party_issuer(issuer):
            return _party_symbol(match.group("dn"), type_code, [issuer], False)
        return None
    num, year = match.group("sn"), match.group("sy")
    first = _code_norm(match.group("st"))
    rest = [_code_norm(c) for c in re.split(r"\s?-\s?", match.group("so"))] if match.group("so") else []
    year_part = f"/{year}" if year else ""
    if not rest:
        if _LAW_CODE.fullmatch(first) and year:
            return _Symbol(int(num), f"{num}/{year}/{first}", "state", None, [first], int(year), 2)
        glued = _split_glued(first)
        if glued:
            first, rest = glued[0], [glued[1]]
        else:  # old style `64/CP`, `100/TTg`; `số 12/A` is more likely an address
            strength = 1 if _is_state_issuer(first) else 0
            return _Symbol(int(num), f"{num}{year_part}/{first}", "state", None, [first], _int(year), strength)
    if first in _ALL_CODES:
        if not year and len(rest) == 1 and _is_party_issuer(rest[0]) and first in _CODES["party"]:
            return _party_symbol(num, first, rest, False)
        key = f"{num}{year_part}/{first}-{'-'.join(rest)}"
        return _Symbol(int(num), key, "state", first, rest, _int(year), 2)
    key = f"{num}{year_part}/{first}-{'-'.join(rest)}"  # công văn: issuer-unit
    return _Symbol(int(num), key, "state", None, [first, *rest], _int(year), 2 if _is_state_issuer(first) else 1)


def _int(value: str | None) -> int | None:
    return int(value) if value else None


# --- what surrounds a reference ------------------------------------------------------------------


@dataclass
class _Lead:
    start: int
    kind_word: str | None = None
    abbr: str | None = None
    so: bool = False


def _read_lead(view: str, start: int) -> _Lead:
    """The type word (`Nghị quyết số`), abbreviation (`QĐ`) or `số` written right before a symbol."""
    lo = max(0, start - 80)
    window = view[lo:start]
    for pattern in (_LEAD_KIND, _LEAD_KIND_WORDS):
        m = pattern.search(window)
        # `Quyết định khởi tố vụ án số …`; a lower-case `quyết định … số` is more likely the verb
        if m and (pattern is _LEAD_KIND or (m.group("kind")[0].isupper() and m.group("mid").strip().islower())):
            return _Lead(lo + m.start(), kind_word=m.group("kind"), so="số" in m.group(0).lower())
    m = _LEAD_ABBR.search(window)
    if m:
        return _Lead(lo + m.start(), abbr=m.group("abbr"))
    m = _LEAD_SO.search(window)
    if m:
        return _Lead(lo + m.start(), so=True)
    return _Lead(start)


def _read_article(view: str, start: int) -> str | None:
    m = _ARTICLE.search(view, max(0, start - 120), start)
    return _SPACE.sub(" ", m.group("art")) if m else None


def _line_end(view: str, pos: int) -> int:
    end = view.find("\n", pos)
    return len(view) if end < 0 else end


def _issuer_end(view: str, pos: int, limit: int) -> int | None:
    """End of the issuer that starts at `pos` (`Ban Thường vụ Thành ủy Hà Nội`), or None if none starts."""
    m = _WORD.match(view, pos, limit)
    if m is None or not m.group()[0].isupper() or m.group().lower() == "về":
        return None
    end, last, words = m.end(), m.group(), 1
    while words < _MAX_ISSUER_WORDS:
        joined = _ISSUER_AND.match(view, end, limit) or _ISSUER_DASH.match(view, end, limit)
        if joined is None and _ISSUER_COMMA_LIST.match(view, end, limit):
            joined = _COMMA.match(view, end, limit)
        step = _issuer_step(view, joined.end() if joined else end, limit, last if joined is None else "")
        if step is None:
            break
        end, last, words = step[0], step[1], words + 1
    return end


def _issuer_step(view: str, pos: int, limit: int, last: str) -> tuple[int, str] | None:
    """(end, word) of the next issuer word after `pos`, or None when the issuer ends there.

    `last` is the word before (empty after `và`, `-` or a comma): a lower-case syllable continues the
    issuer when it completes that word (`Chính trị`, `Thành ủy`) or is an organisation word itself.
    """
    m = (_NEXT_WORD if last else _WORD_GROUP).match(view, pos, limit)
    if m is None:
        return None
    word = m.group(1)
    if word[0].isupper():
        if word.lower() == "về" or view.startswith("V/v", m.start(1)):
            return None
        return m.end(), word
    if word[0].isdigit() or not last:
        return None
    if f"{last} {word}".lower() in _ISSUER_COMPOUNDS:
        return m.end(), word
    second = _NEXT_WORD.match(view, m.end(), limit)
    pair = f"{word} {second.group(1)}".lower() if second else None
    if second and pair in _ISSUER_WORDS:
        return second.end(), second.group(1)
    if word.lower() in _ISSUER_WORDS and pair not in _NAME_STOPS:
        return m.end(), word
    return None


def _quoted_end(view: str, open_at: int, limit: int) -> int | None:
    """Index just past the quote mark that closes the one at `open_at` (nested “…” counted)."""
    opening = view[open_at]
    closing = _CLOSE[opening]
    depth, i = 1, open_at + 1
    stop = min(limit, open_at + _MAX_SUBJECT)
    while i < stop:
        ch = view[i]
        if ch == closing and (opening == closing or depth == 1):
            return i + 1
        if ch == closing:
            depth -= 1
        elif ch == opening:
            depth += 1
        i += 1
    return None


@dataclass
class _Tail:
    date: str | None = None
    issuer: str | None = None
    subject: str | None = None


def _read_tail(doc: Document, pos: int, year_hint: int | None, kind: str | None) -> _Tail:
    """Date, issuer and subject written after a reference: `, ngày 15/7/2024 của … về “…”`."""
    view, text = doc.view, doc.text
    limit = _line_end(view, pos)
    tail = _Tail()
    for _ in range(2):  # the date may come before or after the issuer
        m = _DATE_NGAY.match(view, pos, limit) or _DATE_PAREN.match(view, pos, limit)
        if m and tail.date is None:
            tail.date = _date_of(m, year_hint)
            pos = m.end()
            continue
        m = _OF.match(view, pos, limit)
        end = _issuer_end(view, m.end(), limit) if m and tail.issuer is None else None
        if m and end is not None:
            tail.issuer = text[m.end() : end]
            pos = end
            continue
        break
    tail.subject = _read_subject(doc, pos, limit, kind)
    return tail


def _read_subject(doc: Document, pos: int, limit: int, kind: str | None) -> str | None:
    view, text = doc.view, doc.text
    m = _ABOUT.match(view, pos, limit)
    if m and m.group("q"):
        close = _quoted_end(view, m.end() - 1, limit)
        if close is not None and (m.group("ve") or not view[pos : m.start("q")].strip()):
            subject = text[m.end() : close - 1].strip()
            return subject or None
        return None
    start = m.end() if m and m.group("ve") else None
    if start is None and kind == "Quyết định":
        approve = _APPROVE.match(view, pos, limit)
        start = approve.end() if approve else None
    if start is None:
        return None
    stop = _CLAUSE_END.search(view, start, min(limit, start + _MAX_SUBJECT))
    subject = text[start : stop.start() if stop else min(limit, start + _MAX_SUBJECT)].strip()
    return subject or None


# --- full references -----------------------------------------------------------------------------


def _kind_of(lead: _Lead, symbol: _Symbol) -> str | None:
    """The kind: the type word written before the number when it fits the code, else the code's kind."""
    code_kind = None
    if symbol.type_code:
        code_kind = _CODES[symbol.system].get(symbol.type_code) or _CODES["state"].get(symbol.type_code)
    elif _LAW_CODE.fullmatch(symbol.issuer_codes[0]):
        code_kind = "Nghị quyết" if symbol.issuer_codes[0].startswith("UBTV") else "Luật"
    else:
        code_kind = "Công văn"
    if lead.kind_word:
        word = _KINDS[_SPACE.sub(" ", lead.kind_word.lower())].kind
        fits = symbol.type_code is None or word in _CODE_KINDS.get(symbol.type_code, frozenset({word}))
        if fits or lead.kind_word[0].isupper():
            return word
    return code_kind


def _full_candidates(doc: Document, named_ends: dict[int, _Cand], skip: _Spans) -> list[_Cand]:
    view = doc.view
    cands: list[_Cand] = []
    for match in _SYMBOL.finditer(view):
        if _inside(match.start(), skip):
            continue
        symbol = _read_symbol(match)
        if symbol is None:
            continue
        named = _named_before(view, match.start(), named_ends)
        lead = _Lead(match.start(), so=True) if named else _read_lead(view, match.start())
        previous = cands[-1] if cands else None
        coordinated = (
            previous is not None
            and not lead.kind_word
            and _COORD.fullmatch(view, previous.end, lead.start if lead.so else match.start()) is not None
            and previous.type_code == symbol.type_code
        )
        written = 2 if (lead.kind_word or named or coordinated) else 1 if (lead.so or lead.abbr) else 0
        if written + symbol.strength < 2:
            continue
        cand = _full_cand(doc, match, symbol, lead)
        if named is not None:
            cand.start, cand.kind, cand.name, cand.rank = named.start, named.kind, named.name, _RANK_FULL_WORD + 1
            cand.base, cand.qual = named.base, str(symbol.year) if symbol.year else named.qual
        elif coordinated and previous is not None and previous.kind:
            cand.kind = previous.kind
        cands.append(cand)
    return cands


def _named_before(view: str, start: int, named_ends: dict[int, _Cand]) -> _Cand | None:
    """A named law written right before the symbol or its `số` (`Bộ luật Hình sự số 100/2015/QH13`)."""
    so = _LEAD_SO.search(view, max(0, start - 12), start)
    before = so.start() if so else start
    while before > 0 and view[before - 1] in " ,":
        before -= 1
    return named_ends.get(before)


def _full_cand(doc: Document, match: re.Match[str], symbol: _Symbol, lead: _Lead) -> _Cand:
    start = lead.start if (lead.kind_word or lead.abbr) else match.start()
    kind = _kind_of(lead, symbol)
    year_hint = symbol.year or doc.year
    tail = _read_tail(doc, match.end(), year_hint, kind)
    year = symbol.year or (int(tail.date[:4]) if tail.date else None)
    base = (kind or "", str(symbol.number))
    return _Cand(
        start=start,
        end=match.end(),
        flavor="full",
        rank=_RANK_FULL_WORD if (lead.kind_word or lead.abbr) else _RANK_FULL,
        kind=kind,
        number=doc.text[match.start() : match.end()],
        key=symbol.key,
        system=symbol.system,
        type_code=symbol.type_code,
        issuer_codes=symbol.issuer_codes,
        year=year,
        date=tail.date,
        issuer=tail.issuer,
        subject=tail.subject,
        article=_read_article(doc.view, start),
        base=base,
        qual=str(year) if year else None,
    )


def _draft_candidates(doc: Document) -> list[_Cand]:
    cands = []
    for m in _DRAFT.finditer(doc.view):
        codes = [_code_norm(c) for c in m.group("code").split("-")]
        type_code = codes[0] if codes[0] in _ALL_CODES else None
        kind = _CODES["state"].get(codes[0], "Công văn") if type_code else "Công văn"
        issuers = codes[1:] if type_code else codes
        cands.append(
            _Cand(
                start=m.start(),
                end=m.end(),
                flavor="draft",
                rank=_RANK_FULL,
                kind=kind,
                key=f"?/{'-'.join(codes)}",
                system="state",
                type_code=type_code,
                issuer_codes=issuers,
            )
        )
    return cands


# --- named documents -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()


def _tokens(view: str, pos: int, limit: int, count: int) -> list[_Tok]:
    toks: list[_Tok] = []
    while len(toks) < count:
        m = _TOKEN.match(view, pos, limit)
        if m is None:
            break
        toks.append(_Tok(m.start(1), m.end(1), m.group(1)))
        pos = m.end()
    return toks


def _build_trie(names: tuple[str, ...]) -> dict:
    root: dict = {}
    for name in names:
        node = root
        for tok in _tokens(name, 0, len(name), 64):
            node = node.setdefault(tok.text.lower(), {})
        node[""] = True
    return root


_LAW_TRIE = _build_trie(load_list("documents_law_names.txt"))


def _known_length(toks: list[_Tok]) -> int:
    node, best = _LAW_TRIE, 0
    for i, tok in enumerate(toks):
        node = node.get(tok.text.lower())
        if node is None:
            break
        if "" in node:
            best = i + 1
    return best


def _stop_at(toks: list[_Tok], i: int) -> bool:
    """A lower-case word (or 2–3 word phrase) at toks[i] that starts a new clause."""
    if not toks[i].is_word or not toks[i].text.islower():
        return False
    phrases = (" ".join(t.text for t in toks[i : i + n]).lower() for n in (3, 2, 1) if i + n <= len(toks))
    return any(phrase in _NAME_STOPS for phrase in phrases)


def _boundary(toks: list[_Tok], i: int) -> bool:
    return i >= len(toks) or not toks[i].is_word or _stop_at(toks, i) or toks[i].text.isdigit()


def _title_end(view: str, pos: int, limit: int) -> int | None:
    """End of a law title starting at `pos` (`Đất đai`, `Phòng, chống tham nhũng`), or None if none does."""
    toks = _tokens(view, pos, limit, 24)
    if not toks or not toks[0].is_word:
        return None
    known = _known_length(toks)
    if known and _boundary(toks, known):
        return toks[known - 1].end
    first = toks[0].text
    if not first[0].isupper() or first in _NOT_TITLES:
        return toks[known - 1].end if known else None
    n, lower = 1, 0
    while n < len(toks) and n < _MAX_GENERIC_NAME and toks[n].is_word and not _stop_at(toks, n):
        if _COUNTRY.match(view, toks[n - 1].end):
            break  # `Bộ luật Hình sự nước Cộng hòa …`: the country is added by _name_tail
        lower += toks[n].text.islower()
        if lower > _MAX_GENERIC_LOWER:
            break
        n += 1
    return toks[n - 1].end


def _blocked_before(view: str, start: int) -> bool:
    """`Luật` inside another name: `Văn phòng Luật sư`, `Công ty Luật`, `Pháp Luật TP.HCM`."""
    words = view[max(0, start - 24) : start].split()
    last = [w.lower() for w in words[-2:]]
    return bool(last) and (last[-1] in _LAW_BLOCKERS or " ".join(last) in _LAW_BLOCKERS)


def _name_tail(view: str, end: int, limit: int) -> tuple[int, int | None]:
    """Extend a name over `(sửa đổi)` and a year: `Luật Đất đai năm 2024`, `Luật Thủ đô (sửa đổi)`."""
    year = None
    m = _COUNTRY.match(view, end, limit)
    end = m.end() if m else end
    m = _NAME_TAIL_AMEND.match(view, end, limit)
    if m and (m.group().strip().startswith("(") or _boundary(_tokens(view, m.end(), limit, 3), 0)):
        end = m.end()
    m = _NAME_TAIL_YEAR.match(view, end, limit)
    if m:
        end, year = m.end(), int(m.group("y"))
        m = _NAME_TAIL_AMEND.match(view, end, limit)
        if m and m.group().strip().startswith("("):
            end = m.end()
    return end, year


def _named_cand(doc: Document, start: int, end: int, kind: str, base: str, qual: str | None) -> _Cand:
    name = doc.text[start:end]
    key = f"{base} {qual}" if qual else base
    return _Cand(
        start=start,
        end=end,
        flavor="named",
        rank=_RANK_NAMED + (1 if qual else 0),
        kind=kind,
        key=key,
        system="party" if kind == "Nghị quyết" else "state",
        name=name,
        year=int(qual) if qual and len(qual) == 4 else None,
        base=("name", base),
        qual=qual,
    )


def _name_base(view: str, start: int, end: int) -> str:
    """The name without its year or country: what mentions of one law share (`luat dat dai`)."""
    base = _fold_key(view[start:end]).replace(" nuoc cong hoa xa hoi chu nghia viet nam", "")
    base = re.sub(r"\s*\(?sua doi(?:\s*,\s*bo sung)?\)?$", " (sua doi)", re.sub(r"(?: nam)? (?:19|20)\d\d\b", "", base))
    return base.strip()


def _law_candidates(doc: Document, skip: _Spans) -> list[_Cand]:
    view = doc.view
    cands: list[_Cand] = []
    for m in _NAMED_HEAD.finditer(view):
        if _inside(m.start(), skip) or (cands and m.start() < cands[-1].end) or _blocked_before(view, m.start()):
            continue
        if _CONVENTION.search(view, max(0, m.start() - 60), m.start()):
            continue  # `Công ước … về Luật Biển năm 1982` is a convention, not a Vietnamese law
        limit = _line_end(view, m.end())
        kind = "Bộ luật" if m.group("kind").startswith("Bộ") else m.group("kind")
        amend = _AMEND.match(view, m.end(), limit)
        if amend:
            end = _amended_laws_end(view, amend.end(), limit)
            if end is not None:
                cand = _named_cand(doc, m.start(), end, kind, _fold_key(view[m.start() : end]), None)
                # `… của Luật Đất đai số 45/2013/QH13`: a number after the list is the amended law's;
                # only `… của các luật … số 38/2009/QH12` gives the amending law's own number.
                cand.amends_one = not _AMEND_MANY.match(view, amend.end(), limit)
                cands.append(cand)
            continue
        title_end = _title_end(view, m.end(), limit)
        if title_end is None:
            continue
        end, year = _name_tail(view, title_end, limit)
        base = _name_base(view, m.start(), end)
        cands.append(_named_cand(doc, m.start(), end, kind, base, str(year) if year else None))
    return cands


def _amended_laws_end(view: str, pos: int, limit: int) -> int | None:
    """End of the list of laws an amending law amends: `Luật A, Luật B và Bộ luật C`, or `các luật …`."""
    many = _AMEND_MANY.match(view, pos, limit)
    if many:
        return many.end()
    end = None
    while True:
        item = _AMEND_ITEM.match(view, pos, limit)
        if item is None or _AMEND.match(view, item.end(), limit):
            return end  # `…, Luật sửa đổi, bổ sung …` starts the next amending law
        title_end = _title_end(view, item.end(), limit)
        if title_end is None:
            return end
        end, _ = _name_tail(view, title_end, limit)
        join = _AMEND_JOIN.match(view, end, limit)
        if join is None:
            return end
        pos = join.end()


def _constitution_candidates(doc: Document) -> list[_Cand]:
    cands = []
    for m in _HIEN_PHAP.finditer(doc.view):
        if not (m.group("country") or m.group("y") or m.group("amend")):
            continue
        base = "hien phap" + (" (sua doi)" if m.group("amend") else "")
        cands.append(_named_cand(doc, m.start(), m.end(), "Hiến pháp", base, m.group("y")))
    return cands


def _roman(value: str) -> int:
    if value.isdigit():
        return int(value)
    numerals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(value, [*value[1:], "I"], strict=True):
        total += -numerals[a] if numerals[a] < numerals[b] else numerals[a]
    return total


def _party_named_candidates(doc: Document) -> list[_Cand]:
    """`Nghị quyết Đại hội XIII của Đảng`, `Nghị quyết Trung ương 4 khóa XII`."""
    cands = []
    for m in _NQ_CONGRESS.finditer(doc.view):
        mid = _fold_key(m.group("mid"))
        local = "dang bo" in mid
        number = _roman(m.group("n"))
        base = f"nghi quyet dai hoi {mid} {number}" if local else f"nghi quyet dai hoi {number}"
        cands.append(_named_cand(doc, m.start(), m.end(), "Nghị quyết", base, None))
    for m in _NQ_PLENUM.finditer(doc.view):
        number = int(m.group("n")) if m.group("n") else _spelled_number(m.group("w"))
        if number is None:
            continue
        qual = str(_roman(m.group("k"))) if m.group("k") else None
        cand = _named_cand(doc, m.start(), m.end(), "Nghị quyết", f"nghi quyet trung uong {number}", None)
        cand.qual, cand.key = qual, f"nghi quyet trung uong {number}" + (f" khoa {qual}" if qual else "")
        cands.append(cand)
    for cand in cands:  # these are cited like numbered ones: `… khóa X “Về tiếp tục hoàn thiện …”`
        tail = _read_tail(doc, cand.end, doc.year, cand.kind)
        cand.date, cand.issuer, cand.subject = tail.date, tail.issuer, tail.subject
    return cands


def _spelled_number(words: str) -> int | None:
    """`tư` → 4, `mười một` → 11."""
    values = [_NUMBER_WORDS.get(w) for w in words.lower().split()]
    if not values or None in values:
        return None
    if len(values) == 2 and values[0] == 10:
        return 10 + values[1]  # type: ignore[operator]
    return values[0] if len(values) == 1 else None


def _plan_candidates(doc: Document) -> list[_Cand]:
    cands = []
    for m in _QUY_HOACH.finditer(doc.view):
        head = _fold_key(doc.view[m.start() : m.start("a")])
        base = f"{head} {m.group('a')}-{m.group('b')}"
        cands.append(_named_cand(doc, m.start(), m.end(), "Quy hoạch", base, None))
    return cands


# --- short forms ---------------------------------------------------------------------------------


def _counts_something(view: str, pos: int, limit: int) -> bool:
    """`Kế hoạch 5 năm`, `Nghị quyết 3 lần`: the number is followed by what it counts (not by a date)."""
    if _DATE_NGAY.match(view, pos, limit):
        return False
    toks = _tokens(view, pos, limit, 2)
    if not toks or not toks[0].is_word:
        return False
    one = toks[0].text.lower()
    two = f"{one} {toks[1].text.lower()}" if len(toks) > 1 else ""
    return one in _COUNT_NOUNS or two in _COUNT_NOUNS or toks[0].text == "%"


def _short_cand(
    doc: Document, start: int, number: re.Match[str], end: int, year: str | None, kinds: frozenset[str]
) -> _Cand:
    """A short form: `start` is its type word, `number` the match whose `num` (and `y`) group is the number."""
    kind = next(iter(kinds)) if len(kinds) == 1 else None
    info = _KINDS.get(kind.lower()) if kind else None
    digits = str(int(number.group("num")))
    key = f"{kind} {digits}" + (f"/{year}" if year else "")
    tail = _read_tail(doc, end, int(year) if year else doc.year, kind)
    return _Cand(
        start=start,
        end=end,
        flavor="short",
        rank=_RANK_SHORT + (1 if year else 0),
        kind=kind,
        number=doc.text[number.start("num") : number.end()],
        key=key,
        system=info.system if info else None,
        type_code=info.code if info else None,
        year=int(year) if year else None,
        date=tail.date,
        issuer=tail.issuer,
        subject=tail.subject,
        article=_read_article(doc.view, start),
        base=("short", digits),
        qual=year,
        kinds=kinds,
    )


def _short_candidates(doc: Document, skip: _Spans) -> list[_Cand]:
    view = doc.view
    cands: list[_Cand] = []
    for m in _SHORT.finditer(view):
        if _inside(m.start(), skip) or _inside(m.end() - 1, skip):
            continue
        limit = _line_end(view, m.end())
        word = m.group("kind")
        info = _KINDS[_SPACE.sub(" ", word.lower())]
        year, end = m.group("y") or m.group("y2"), m.end()
        after = _YEAR_AFTER.match(view, end, limit)
        if after and not year:
            year, end = after.group("y"), after.end()
        elif _counts_something(view, end, limit):
            continue
        year_like = 1945 <= int(m.group("num")) <= 2035 and not year and "số" not in m.group().lower()
        standalone = info.standalone and word[0].isupper() and not year_like
        cand = _short_cand(doc, m.start(), m, end, year, frozenset({info.kind}))
        cand.standalone = standalone
        cands.append(cand)
        cands.extend(_coordinated_shorts(doc, cand, info, limit))
    for m in _SHORT_ABBR.finditer(view):
        if _inside(m.start(), skip) or _inside(m.end() - 1, skip):
            continue
        cand = _short_cand(doc, m.start(), m, m.end(), None, frozenset(_ABBREVS[m.group("abbr")]))
        cand.standalone = False
        cands.append(cand)
    return cands


def _coordinated_shorts(doc: Document, first: _Cand, info: _Kind, limit: int) -> list[_Cand]:
    """`Nghị quyết 57, 59, 66 và 68`: the numbers after the first share its type word."""
    more: list[_Cand] = []
    pos = first.end
    while (m := _SHORT_MORE.match(doc.view, pos, limit)) and not _counts_something(doc.view, m.end(), limit):
        cand = _short_cand(doc, m.start("num"), m, m.end(), None, frozenset({info.kind}))
        cand.standalone = first.standalone
        more.append(cand)
        pos = m.end()
    return more


# --- resolution ----------------------------------------------------------------------------------


class _Spans:
    """Spans sorted by start with the furthest end so far, so each question below is one bisection
    rather than a scan of every span (which made many documents quadratic, issue #11)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(accumulate((b for _, b in ordered), max))

    def _reach_before(self, index: int) -> int:
        return self.reach[index - 1] if index > 0 else -1


def _inside(pos: int, spans: _Spans) -> bool:
    """Some span holds `pos` (a <= pos < b)."""
    return spans._reach_before(bisect_right(spans.starts, pos)) > pos


def _overlaps(cand: _Cand, spans: _Spans) -> bool:
    """Some span overlaps the candidate (a < cand.end and cand.start < b)."""
    return spans._reach_before(bisect_left(spans.starts, cand.end)) > cand.start


@dataclass
class _Entry:
    key: str
    cands: list[_Cand] = field(default_factory=list)


def _short_fits(short: _Cand, anchor: _Cand) -> bool:
    """A short form and an anchor (a full reference, or a short form with its year) agree."""
    if anchor.flavor not in ("full", "short") or anchor.base is None or short.base is None:
        return False
    if anchor.base[1] != short.base[1] or (short.qual and anchor.qual != short.qual):
        return False
    if anchor.kind in short.kinds:
        return True
    return bool(anchor.type_code) and bool(short.kinds & _CODE_KINDS.get(anchor.type_code or "", frozenset()))


def _name_fits(named: _Cand, other: _Cand) -> bool:
    """A named mention and an anchor (a qualified name, or a number written with the name) agree."""
    if other.base != named.base or other.qual is None:
        return False
    return named.qual is None or named.qual == other.qual


class _Anchors:
    """The anchors a candidate may link to, filed under what `_name_fits` and `_short_fits` compare,
    each file in order of (start, order of adding). Finding the nearest fitting anchor is then a
    bisection or two, not a filter over every anchor (which made many documents quadratic, issue #11)."""

    def __init__(self) -> None:
        self.files: dict[tuple, list[tuple[int, int, _Entry]]] = {}
        self.added = 0

    def add(self, cand: _Cand, entry: _Entry) -> None:
        self.added += 1
        keys: list[tuple] = []
        if cand.qual is not None:  # what a name fits: the same base, and a qualifier (the same, if it has one)
            keys += [("name", cand.base), ("name", cand.base, cand.qual)]
        if cand.flavor in ("full", "short") and cand.base is not None:  # what a short form fits, by kind
            kinds = {cand.kind, *(_CODE_KINDS.get(cand.type_code or "", frozenset()) if cand.type_code else ())}
            for kind in kinds:
                keys += [("short", cand.base[1], kind), ("short", cand.base[1], kind, cand.qual)]
        for key in keys:
            insort(self.files.setdefault(key, []), (cand.start, self.added, entry), key=lambda item: item[:2])

    def nearest(self, cand: _Cand, keys: list[tuple]) -> _Entry | None:
        """The entry of the nearest earlier anchor filed under any of `keys`, else of the nearest later
        one; between anchors at the same start, the first added (as a scan in order of adding would)."""
        earlier: tuple[int, int, _Entry] | None = None
        later: tuple[int, int, _Entry] | None = None
        for key in keys:
            file = self.files.get(key)
            if not file:
                continue
            k = bisect_left(file, cand.start, key=lambda item: item[0])
            if k > 0:
                top = file[k - 1][0]
                best = file[bisect_left(file, top, key=lambda item: item[0])]
                if earlier is None or (best[0], -best[1]) > (earlier[0], -earlier[1]):
                    earlier = best
            k = bisect_right(file, cand.start, key=lambda item: item[0])
            if k < len(file) and (later is None or file[k][:2] < later[:2]):
                later = file[k]
        chosen = earlier or later
        return chosen[2] if chosen else None

    def for_name(self, named: _Cand) -> _Entry | None:
        return self.nearest(named, [("name", named.base) if named.qual is None else ("name", named.base, named.qual)])

    def for_short(self, short: _Cand) -> _Entry | None:
        if short.base is None:
            return None
        tail = () if short.qual is None else (short.qual,)
        return self.nearest(short, [("short", short.base[1], kind, *tail) for kind in short.kinds])


def _resolve(cands: list[_Cand]) -> list[_Entry]:
    """Group candidates into documents: full references by key; names and short forms by what they fit."""
    entries: dict[str, _Entry] = {}
    anchors = _Anchors()

    def add(cand: _Cand, entry: _Entry | None, anchor: bool) -> None:
        entry = entry or entries.setdefault(cand.key, _Entry(cand.key))
        entry.cands.append(cand)
        if anchor:
            anchors.add(cand, entry)

    ordered = sorted(cands, key=lambda c: c.start)
    for cand in ordered:
        if cand.flavor in ("full", "draft"):
            add(cand, None, True)
    for cand in ordered:
        if cand.flavor == "named" and cand.qual is not None:
            add(cand, anchors.for_name(cand), True)
    for cand in ordered:
        if cand.flavor == "named" and cand.qual is None:
            add(cand, anchors.for_name(cand), False)
    # short forms with a year (`Quyết định 150/2004`) first: one that stands alone anchors the bare ones
    for cand in sorted((c for c in ordered if c.flavor == "short"), key=lambda c: (c.qual is None, c.start)):
        entry = anchors.for_short(cand)
        if entry is not None or cand.standalone:
            add(cand, entry, cand.qual is not None)
    return sorted(entries.values(), key=lambda e: min(c.start for c in e.cands))


def _first(values: list[str | None]) -> str | None:
    return next((v for v in values if v), None)


def _to_ref(doc: Document, entry: _Entry) -> DocumentRef:
    cands = sorted(entry.cands, key=lambda c: c.start)
    best = max(cands, key=lambda c: (c.rank, c.end - c.start, -c.start))
    ordered = [best, *cands]
    mentions, seen = [], set()
    for c in cands:
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            mentions.append(Mention(text=doc.text[c.start : c.end], start=c.start, end=c.end))
    articles = list(dict.fromkeys(c.article for c in cands if c.article))
    return DocumentRef(
        text=doc.text[best.start : best.end],
        kind=best.kind or _first([c.kind for c in ordered]),
        number=best.number,
        key=entry.key,
        date=_first([c.date for c in ordered]),
        issuer=_first([c.issuer for c in ordered]),
        subject=_first([c.subject for c in ordered]),
        name=_first([c.name for c in ordered]),
        start=best.start,
        end=best.end,
        system=best.system or _first([c.system for c in ordered]),  # type: ignore[arg-type]
        type_code=best.type_code,
        issuer_codes=best.issuer_codes,
        year=best.year or next((c.year for c in ordered if c.year), None),
        mentions=mentions,
        articles=articles,
    )


def extract_documents(doc: Document) -> list[DocumentRef]:
    """Every document the text cites, one entry per distinct document, in order of first mention."""
    view = doc.view
    urls = _Spans([(m.start(), m.end()) for m in _URL.finditer(view)])
    named = [
        *_constitution_candidates(doc),
        *_party_named_candidates(doc),
        *_plan_candidates(doc),
        *_law_candidates(doc, urls),
    ]
    named_ends = {c.end: c for c in named if not c.amends_one}
    full = [*_full_candidates(doc, named_ends, urls), *_draft_candidates(doc)]
    taken = [(c.start, c.end) for c in full]
    full_spans = _Spans(taken)
    kept_named: list[_Cand] = []
    kept_reach = -1  # the kept names come in order of start: one overlaps `cand` iff the furthest end does
    for cand in sorted(named, key=lambda c: (c.start, -(c.end - c.start))):
        if not _overlaps(cand, full_spans) and kept_reach <= cand.start:
            kept_named.append(cand)
            taken.append((cand.start, cand.end))
            kept_reach = max(kept_reach, cand.end)
    taken_spans = _Spans(taken)
    shorts = [c for c in _short_candidates(doc, urls) if not _overlaps(c, taken_spans)]
    entries = _resolve([*full, *kept_named, *shorts])
    refs = [_to_ref(doc, e) for e in entries]
    _date_issuance_sentences(doc, refs)
    return refs


_ISSUANCE = re.compile(r"(?<!\w)(?:ban hành|đã ký|ký ban hành|ký|phê duyệt)(?!\w)", re.IGNORECASE)


def _date_issuance_sentences(doc: Document, refs: list[DocumentRef]) -> None:
    """`Ngày 30 tháng 6 năm 2025, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 125-QĐ/TU`: a numbered
    document without a date of its own takes the day that opens the sentence that issues it."""
    from vnreport.extract.dates import extract_dates

    undated = [r for r in refs if r.date is None and r.number]
    if not undated:
        return
    days = [d for d in extract_dates(doc) if d.precision == "day" and not d.inferred]  # in order of start
    day_starts = [d.start for d in days]
    sentence_starts = [s.start for s in doc.sentences]
    for ref in undated:
        # by bisection: a scan of every sentence and day for every document was quadratic (issue #11)
        index = bisect_right(sentence_starts, ref.start) - 1
        sentence = doc.sentences[index] if index >= 0 and ref.start < doc.sentences[index].end else None
        if sentence is None:
            continue
        first = None
        for k in range(bisect_left(day_starts, sentence.start), bisect_left(day_starts, ref.start)):
            if days[k].end <= ref.start:
                first = days[k]
                break
        if first is not None and _ISSUANCE.search(doc.view, first.end, ref.start):
            ref.date = first.value


def reference_key(reference: str) -> str | None:
    """The normalised key of the first document cited in `reference` (`Nghị quyết số 15-NQ/TƯ` → `15-NQ/TW`).

    Used to compare references written by hand (gold files) with what the extractor finds.
    """
    from vnreport.segment.document import segment

    found = extract_documents(segment(nfc(reference), words=False))
    return found[0].key if found else None
