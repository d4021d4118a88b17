"""Document symbols — `100/2019/NĐ-CP`, `15-NQ/TƯ`, `567/BTC-TCT`, a draft `Số: …/QĐ-UBND` — split into
number, year, type code and issuer codes, and normalised into a key (`15-NQ/TƯ`, `15/NQ-TW` and
`15 - NQ/TW` all give `15-NQ/TW`; DOMAIN.md §1–§2)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnreport import regexes
from vnreport.extract.documents.lexicon import ALL_CODES, CODES, LOWER, PARTY_ISSUERS, STATE_ISSUERS, UPPER

# A code segment: capitals and digits with at most one lower-case run (`TTg`, `QĐi`, `QyĐ`, `CTr`, `TƯ`),
# never followed by a letter, so the `Ban` of `…/QĐ-UBND - Ban …` is not read as a code.
_CODE = rf"[{UPPER}][{UPPER}0-9&]*(?:[{LOWER}]{{1,2}}[{UPPER}0-9]*)?(?![\w])"


_SS = r"\s?/\s?"


_SD = r"\s?-\s?"


SYMBOL = regexes.compile(
    r"(?<![\w/.-])(?:"
    rf"(?P<party>(?P<pn>\d{{1,5}}){_SD}(?P<pt>{_CODE}){_SS}(?P<po>{_CODE}(?:-{_CODE})*))"
    rf"|(?P<state>(?P<sn>\d{{1,5}})(?:(?:{_SS}|{_SD})(?P<sy>(?:19|20)\d\d))?{_SS}(?P<st>{_CODE})"
    rf"(?:(?:{_SD}|/)(?P<so>{_CODE}(?:{_SD}{_CODE})*))?)"  # `25/BC/UBND`: a slash for the dash
    rf"|(?P<dashed>(?P<dn>\d{{1,5}}){_SD}(?P<dt>{_CODE}){_SD}(?P<do>{_CODE}))"
    r")(?![/-]?\w)"
)


DRAFT = regexes.compile(rf"(?<!\w)[Ss]ố\s*:\s*(?:[.…_]+\s*)?/\s?(?P<code>{_CODE}(?:-{_CODE})*)")


LAW_CODE = regexes.compile(r"(?:UBTV)?QH\d{1,2}")


def code_norm(code: str) -> str:
    code = re.sub(r"\s+", "", code)
    if LAW_CODE.fullmatch(code.upper()):
        return code.upper()  # `106/2016/Qh13`: a law's code typed with a lower-case letter is the same law's
    if code in {"QD", "ND", "DU", "TTG"}:
        return {"QD": "QĐ", "ND": "NĐ", "DU": "ĐU", "TTG": "TTg"}[code]
    return re.sub(r"(?:TƯ|Tư|Tw)$", "TW", code)


def is_party_issuer(code: str) -> bool:
    if code in PARTY_ISSUERS:
        return True
    return not is_state_issuer(code) and (code.endswith(("TW", "TU")) or code.startswith("ĐU"))


def is_state_issuer(code: str) -> bool:
    return code in STATE_ISSUERS or code.rstrip("0123456789") in STATE_ISSUERS


def _split_glued(code: str) -> tuple[str, str] | None:
    """`NĐCP` → (`NĐ`, `CP`): a type code run into a known issuer without its hyphen."""
    for type_code in sorted(CODES["state"], key=lambda p: (-len(p), p)):
        rest = code[len(type_code) :]
        if code.startswith(type_code) and rest and is_state_issuer(rest):
            return type_code, rest
    return None


@dataclass(frozen=True, slots=True)
class Symbol:
    number: int
    key: str
    system: str
    type_code: str | None
    issuer_codes: list[str]
    year: int | None
    strength: int  # 2: stands alone; 1: needs `số` or a type word before it; 0: needs a type word


def _party_symbol(num: str, type_code: str, issuers: list[str], spaced: bool) -> Symbol | None:
    if spaced and type_code not in CODES["party"]:
        return None
    system = "state" if is_state_issuer(issuers[0]) and not is_party_issuer(issuers[0]) else "party"
    key = f"{num}-{type_code}/{'-'.join(issuers)}"
    return Symbol(int(num), key, system, type_code, issuers, None, 2)


def read_symbol(match: re.Match[str]) -> Symbol | None:
    """Split a symbol match into its parts and normalised key; None when it is not a document symbol."""
    if match.group("party"):
        issuers = [code_norm(c) for c in match.group("po").split("-")]
        spaced = " " in match.group("party")
        return _party_symbol(match.group("pn"), code_norm(match.group("pt")), issuers, spaced)
    if match.group("dashed"):
        type_code, issuer = code_norm(match.group("dt")), code_norm(match.group("do"))
        if type_code in CODES["party"] and is_party_issuer(issuer):
            return _party_symbol(match.group("dn"), type_code, [issuer], False)
        return None
    num, year = match.group("sn"), match.group("sy")
    first = code_norm(match.group("st"))
    rest = [code_norm(c) for c in re.split(r"\s?-\s?", match.group("so"))] if match.group("so") else []
    year_part = f"/{year}" if year else ""
    if not rest:
        if LAW_CODE.fullmatch(first) and year:
            return Symbol(int(num), f"{num}/{year}/{first}", "state", None, [first], int(year), 2)
        glued = _split_glued(first)
        if glued:
            first, rest = glued[0], [glued[1]]
        else:  # old style `64/CP`, `100/TTg`; `số 12/A` is more likely an address
            strength = 1 if is_state_issuer(first) else 0
            return Symbol(int(num), f"{num}{year_part}/{first}", "state", None, [first], _int(year), strength)
    if first in ALL_CODES:
        if not year and len(rest) == 1 and is_party_issuer(rest[0]) and first in CODES["party"]:
            return _party_symbol(num, first, rest, False)
        key = f"{num}{year_part}/{first}-{'-'.join(rest)}"
        return Symbol(int(num), key, "state", first, rest, _int(year), 2)
    key = f"{num}{year_part}/{first}-{'-'.join(rest)}"  # công văn: issuer-unit
    return Symbol(int(num), key, "state", None, [first, *rest], _int(year), 2 if is_state_issuer(first) else 1)


def _int(value: str | None) -> int | None:
    return int(value) if value else None
