"""Documents cited by name: `Luật Thủ đô (sửa đổi)`, `Bộ luật Hình sự năm 2015`, `Hiến pháp năm 2013`,
`Luật sửa đổi, bổ sung một số điều của Luật …`, `Nghị quyết Trung ương 4 khóa XII`, `Quy hoạch Thủ đô
thời kỳ 2021 - 2030`. A name runs while its words can belong to a title; it ends at punctuation, a year
(kept), or a word that starts a new clause (data file)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import NamedTuple

from vnreport import regexes
from vnreport.extract.dates import date_at
from vnreport.extract.documents.candidates import RANK_NAMED, Cand, fold_key, inside
from vnreport.extract.documents.context import date_after, line_end, read_tail
from vnreport.extract.documents.lexicon import LAW_BLOCKERS, LOWER, NAME_STOPS, NOT_TITLES, UPPER, alternation
from vnreport.extract.organizations.lexicon import MediaRow, central_spellings, is_acronym
from vnreport.lexicon import PhraseMatcher, list_matcher, load_list, load_rows, phrase_matcher
from vnreport.numbers import ROMAN, roman, small_number
from vnreport.segment.document import Document
from vnreport.segment.tokens import Token
from vnreport.spans import Spans

# `luật` in lower case heads a name only before a title of the known list (`luật Viên chức`, `luật phòng
# chống tham nhũng`; not `luật pháp`, `luật Brexit`, `… thông qua luật Chiều nay`)
_NAMED_HEAD = regexes.compile(r"(?<![\w])(?P<kind>[Bb]ộ [Ll]uật|Luật|luật(?= +[^\W\d_])|Pháp lệnh) +")


_AMEND = regexes.compile(r"(?i:sửa đổi)(?:\s*,\s*bổ sung)?(?:\s+một số điều)?\s+của\s+")


_AMEND_ITEM = regexes.compile(r"(?P<kind>Bộ luật|Luật|Pháp lệnh)\s+")


_AMEND_JOIN = regexes.compile(r"\s*,\s*|\s+và\s+")


_NUMBER_AFTER = regexes.compile(r"\s*(?:,\s*)?(?:[Ss]ố\s*(?::\s*)?)?\d")


# `các luật …`, `11 luật về quân sự, quốc phòng`: a last pair of words after a comma belongs to the title
# when the clause ends right after it or the law's date follows.
_AMEND_MANY = regexes.compile(
    r"(?:các|\d{1,2})\s+[Ll]uật(?:\s+(?!số\b)[^\W\d_]+){0,14}"
    r"(?:,[^\S\n]+[^\W\d_A-ZĐ]+(?:[^\S\n]+[^\W\d_A-ZĐ]+)?(?=[^\S\n]*(?:[.;:()\n]|$)|[^\S\n]+ngày[^\S\n]+\d))?"
)


_NAME_TAIL_AMEND = regexes.compile(r"\s*\(sửa đổi(?:\s*,\s*bổ sung)?\)|\s+sửa đổi(?!\s*,\s*bổ sung)")


_COUNTRY = regexes.compile(r"\s+nước\s+Cộng hòa xã hội chủ nghĩa Việt Nam")


NAME_TAIL_YEAR = regexes.compile(r"\s+(?:năm\s+)?(?P<y>(?:19|20)\d\d)(?![\d/-])")


_HIEN_PHAP = regexes.compile(
    rf"(?<!\w)Hiến pháp(?P<country>{_COUNTRY.pattern})?"
    r"(?:\s+(?:năm\s+)?(?P<y>(?:19|20)\d\d)(?![\d/-]))?"
    r"(?P<amend>\s*\(sửa đổi(?:\s*,\s*bổ sung)?\)|\s+sửa đổi(?!\s*,\s*bổ sung))?"
)


# `Điều lệ Đảng`, `Điều lệ Hội Nông dân Việt Nam`: the charter of a Party or mass organisation, named by
# the organisation's capitalised name (`Điều lệ công ty` is a company's paper, not a cited document)
_ORG_WORD = rf"\s+[{UPPER}][{LOWER}]*(?:(?:\s+[{LOWER}]+){{1,2}}(?=\s+[{UPPER}]))?"  # `Cựu chiến binh Việt`
_CHARTER = regexes.compile(
    rf"(?<!\w)Điều lệ\s+(?P<org>(?:Đảng|Đoàn|Công đoàn|Hội|Mặt trận)(?:{_ORG_WORD}){{0,8}})(?!\w)"
)


# a bare `Hiến pháp` is the country's constitution unless it names a body (`Tòa án Hiến pháp`, `Ngày Hiến
# pháp`), another country's (`Hiến pháp Mỹ`: a capitalised word follows) or is the formula `Hiến pháp và
# pháp luật` (the law in general)
_CONSTITUTION_BODY = regexes.compile(r"(?<!\w)(?:Tòa án|Toà án|Hội đồng|Ủy ban|Uỷ ban|Ngày|Viện|Tòa|Toà)\s+\Z")
_NOT_CITED_AFTER = regexes.compile(rf"\s+[{UPPER}]|\s+và\s+pháp\s+luật(?!\w)")  # `tuân thủ Hiến pháp và pháp luật`


# `Nghị quyết XVI của Đảng bộ thành phố Hà Nội`: a congress resolution named by the congress's number only
_NQ_NUMBERED = regexes.compile(
    rf"(?<!\w)Nghị quyết\s+(?:Đại hội\s+)?(?P<n>{ROMAN})\s+của\s+(?P<of>Đảng bộ(?:\s+[^\W\d_]+){{1,6}}?)"
    rf"(?=\s*[,.;:()]|\s+(?:và|về|đã|là|được)(?!\w)|\Z)"
)


_NQ_CONGRESS = regexes.compile(
    rf"(?<!\w)Nghị quyết\s+Đại hội(?P<mid>(?:\s+(?!lần\b)[^\W\d_]+){{0,7}}?)\s+(?:lần thứ\s+)?"
    rf"(?P<n>{ROMAN})(?!\w)(?P<of>\s+của\s+Đảng(?!\s+bộ)(?:\s+Cộng sản Việt Nam)?)?"
)


# `Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030`: a congress's resolution named by its term when the
# text gives no congress number
_NQ_CONGRESS_TERM = regexes.compile(
    r"(?<!\w)Nghị quyết\s+Đại hội(?P<mid>(?:\s+(?!lần\b|nhiệm\b)[^\W\d_]+){1,7}?),?\s+nhiệm kỳ\s+"
    r"(?P<a>(?:19|20)\d\d)\s?[-–]\s?(?P<b>(?:19|20)\d\d)(?!\d)"
)
_TERM_AFTER = regexes.compile(r",?\s+nhiệm kỳ\s+(?P<a>(?:19|20)\d\d)\s?[-–]\s?(?P<b>(?:19|20)\d\d)(?!\d)")


# `Trung ương` and its abbreviations (`TƯ`, `TW`, `T.Ư`: the rows of orgs_abbreviations.tsv that spell it out), as a
# plenum's resolution is written (`Nghị quyết TƯ 5 về …`, `Nghị quyết T.Ư 4`)
_CENTRAL = alternation(list(central_spellings()))
_NQ_PLENUM = regexes.compile(
    r"(?<!\w)[Nn]ghị quyết\s+(?:của\s+)?(?:Hội nghị\s+)?"
    rf"(?:(?:Ban Chấp hành\s+)?(?:{_CENTRAL})(?:\s+(?:Đảng\s+)?|(?=\d))(?P<n>\d{{1,2}})"
    r"|lần thứ\s+(?:(?P<d>\d{1,2})|(?P<w>[^\W\d_]+(?:\s+(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín))?))"
    r"\s+Ban Chấp hành\s+"
    r"Trung ương(?:\s+Đảng)?)(?!\w)"
    rf"(?:\s*(?:,\s*)?(?:[Kk]hóa|[Kk]hoá)\s+(?P<k>{ROMAN}|\d{{1,2}})(?!\w)|\s*\((?:[Kk]hóa|[Kk]hoá)\s+(?P<pk>{ROMAN}|\d{{1,2}})\))?"
)

# `Nghị quyết Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh (khóa XX)`, `Nghị quyết Hội nghị Ủy ban T.Ư MTTQ
# Việt Nam lần thứ 7 (khóa VIII)`: a plenum of another body than the Central Committee, its number before or
# after the body's name (its head and at most seven capitalised words or unit words).
# a capitalised word, or a unit word of the body's place
_PLENUM_WORD = rf"(?:Trung ương|bộ|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|[{UPPER}][^\s,;:()]*)"
_PLENUM_BODY = (
    rf"(?:Ban Chấp hành|Ban Thường vụ|BCH|Ủy ban|Uỷ ban|Đảng bộ|Tỉnh ủy|Thành ủy|Huyện ủy)(?:\s+{_PLENUM_WORD}){{0,7}}"
)
_PLENUM_NUMBER = r"\d{1,2}|[^\W\d_]+(?:\s+(?:mươi|một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín))?"
_NQ_BODY_PLENUM = regexes.compile(
    rf"(?<!\w)[Nn]ghị quyết\s+Hội nghị\s+(?:lần thứ\s+(?P<n1>{_PLENUM_NUMBER})\s+(?P<b1>{_PLENUM_BODY})"
    rf"|(?P<b2>{_PLENUM_BODY})\s+lần thứ\s+(?P<n2>{_PLENUM_NUMBER}))"
    rf"(?:\s*(?:,\s*)?(?:khóa|khoá)\s+(?P<k>{ROMAN})(?!\w)|\s*\((?:[Kk]hóa|[Kk]hoá)\s+(?P<pk>{ROMAN})\))?"
)


_QUY_HOACH = regexes.compile(
    r"(?<!\w)(?:Quy hoạch|quy hoạch(?=\s+(?:tỉnh|thành phố|Thủ đô|chung|vùng)\s))"
    r"(?P<mid>(?:\s+[^\s,;.:()“”\"]+){1,10}?)\s+thời kỳ\s+(?P<a>(?:19|20)\d\d)\s?-\s?(?P<b>(?:19|20)\d\d)(?!\d)"
)


# `Quy hoạch xây dựng Công viên địa chất … đến năm 2030`: a plan named by its horizon instead of its period
_QUY_HOACH_HORIZON = regexes.compile(
    r"(?<!\w)Quy hoạch(?P<mid>(?:\s+[^\s,;.:()“”\"]+){1,16}?)\s+(?:đến|tới)\s+năm\s+(?P<y>(?:19|20)\d\d)(?!\d)"
)


_PLAN_OPENING = 6  # words of a plan's name that, with its horizon, identify it


# `Kế hoạch Phát triển kinh tế - xã hội giai đoạn 2016-2020`, `Kế hoạch hợp tác quân sự giai đoạn 2017 - 2020`: a
# plan named by its period, as `Quy hoạch … thời kỳ …` (not `Kế hoạch của thành phố trong giai đoạn …`, whose
# period dates the plan of a body instead of naming it)
_KE_HOACH = regexes.compile(
    r"(?<!\w)Kế hoạch(?![^\S\n]+(?:của|trong)(?!\w))(?P<mid>(?:[^\S\n]+(?!(?:và|Kế)(?!\w))[^\s,;.:()“”\"]+){1,12}?)"
    r"[^\S\n]+giai đoạn[^\S\n]+(?P<a>(?:19|20)\d\d)[^\S\n]?[-–][^\S\n]?(?P<b>(?:19|20)\d\d)(?!\d)"
)


# `Kế hoạch phát triển kinh tế - xã hội đến năm 2030`, `Kế hoạch triển khai công tác … năm 2017`, `Kế hoạch điều
# chỉnh quy hoạch … đến năm 2020, tầm nhìn đến năm 2030`: a plan cited by its name and the year or horizon it is
# for, as `Quy hoạch … đến năm …` (round 30). Its name holds at least two words, none that opens a clause or
# places the year (`Kế hoạch tổ chức hội nghị này hồi năm 2016`, `… đề xuất cho năm 2017`); a range of years is
# the period `_KE_HOACH` reads.
_PLAN_YEAR_NOT_IN = (
    r"và|Kế|này|đó|hồi|cho|vào|từ|trong|đầu|cuối|giữa|của|được|đã|sẽ|là|các|những|nay|mới|tới|đến|sau|trước|theo"
)
_KE_HOACH_YEAR = regexes.compile(
    r"(?<!\w)Kế hoạch(?![^\S\n]+(?:của|trong|này|đó|năm|số|cho)(?!\w))"
    rf"(?P<mid>(?:[^\S\n]+(?!(?:{_PLAN_YEAR_NOT_IN})(?!\w))[^\s,;.:()“”\"]+){{2,14}}?)"
    r"[^\S\n]+(?P<to>(?:đến|tới)[^\S\n]+)?năm[^\S\n]+(?P<y>(?:19|20)\d\d)(?![\d/–-])(?![^\S\n]?[-–])"
    r"(?:,?[^\S\n]+(?:tầm nhìn|định hướng)[^\S\n]+(?:(?:đến|tới)[^\S\n]+)?năm[^\S\n]+(?P<y2>(?:19|20)\d\d)(?!\d))?"
)


# `Quy hoạch tổng thể phát triển khu du lịch quốc gia <Tên>`: a master plan named by the place it is for, with no
# year or period; its name runs to the last capitalised word before a word that opens a clause (see
# `_placed_plan_end`)
_QUY_HOACH_TONG_THE = regexes.compile(r"(?<!\w)Quy hoạch tổng thể[^\S\n]+(?=[^\W\d_])")
_MAX_PLACED_PLAN = 14  # tokens of a master plan's name after `Quy hoạch tổng thể`
# `… Sơn Trà, TP Đà Nẵng đến năm 2025 …`, `… Sơn Trà – TP.Đà Nẵng`: the name goes on with its city, where only
# quotes or a horizon tell its end
_PLACE_GOES_ON = regexes.compile(rf"[^\S\n]*[,–-][^\S\n]*(?:[{UPPER}]|(?:tỉnh|thành phố|huyện|quận|thị xã)(?!\w))")


# a plan's or strategy's title in quotes: the quotes hold the whole name, commas included
# (not a quoted remark, whose next word cannot open a title: `“Quy hoạch của chúng tôi là đúng quy trình, …!”`)
_QUOTED_PLAN = regexes.compile(
    r"[“\"](?P<name>(?P<kind>Quy hoạch|Chiến lược)\s(?P<first>[^\W\d_]+)(?:[^“”\"\n.!?;:]|\.(?=\S)){5,300}?)[”\"]"
)


_CONVENTION = regexes.compile(r"Công ước[^.;\n]{0,60}$")


_YEAR = regexes.compile(r"(?:19|20)\d\d")


class LawAbbrevRow(NamedTuple):
    abbrev: str
    name: str


_LAW_ABBREVS = {r.abbrev: r.name for r in load_rows("documents_law_abbrevs.tsv", LawAbbrevRow)}
_LAW_ABBREV = regexes.compile(
    rf"(?<![\w/.-])(?P<abbr>{'|'.join(sorted(map(re.escape, _LAW_ABBREVS), key=len, reverse=True))})"
    r"(?:\s+(?:năm\s+)?(?P<y>(?:19|20)\d\d))?(?![\w/-])"
)


_MAX_GENERIC_NAME = 10  # syllables of a law title not in the known list: longer runs are clauses


_MAX_GENERIC_LOWER = 5  # … of which lower-case (capitalised ones are proper names: `Cảnh sát biển Việt Nam`)


def tokens_after(doc: Document, pos: int, limit: int, count: int) -> list[Token]:
    """Up to `count` tokens of the document from `pos` on, ending by `limit`."""
    i = doc.token_index(pos)
    return [t for t in doc.tokens[i : i + count] if t.end <= limit]


class LawTitleAbbrevRow(NamedTuple):
    abbrev: str
    words: str


def _title_variants(title: str, abbrevs: list[LawTitleAbbrevRow]) -> set[str]:
    """A known title as news also write it: without its commas (`Luật cán bộ công chức`) and with the
    common abbreviation of its words (`Luật thuế GTGT`, `Luật hỗ trợ DNNVV`)."""
    variants = {title, title.replace(",", "")}
    for row in abbrevs:
        for variant in list(variants):
            lowered = f" {variant.lower()} "
            words = f" {row.words.lower()} "
            if words in lowered:
                variants.add(lowered.replace(words, f" {row.abbrev} ").strip())
    return variants


@cache
def _known_titles() -> PhraseMatcher[bool]:
    abbrevs = list(load_rows("documents_title_abbrevs.tsv", LawTitleAbbrevRow))
    return phrase_matcher(v for title in load_list("documents_law_names.txt") for v in _title_variants(title, abbrevs))


def _known_length(toks: list[Token]) -> int:
    return _known_titles().length(toks, 0)


def _stop_at(toks: list[Token], i: int) -> bool:
    """A lower-case word (or 2–3 word phrase) at toks[i] that starts a new clause."""
    if not toks[i].is_word or not toks[i].text.islower() or not toks[i].first:
        return False  # a stop word opens a word: `trình` (submit) is no stop inside `công trình`
    phrases = (" ".join(t.text for t in toks[i : i + n]).lower() for n in (3, 2, 1) if i + n <= len(toks))
    return any(phrase in NAME_STOPS for phrase in phrases)


def opens_sentence(toks: list[Token], k: int) -> bool:
    """toks[k] is a capitalised word that opens a sentence (documents_title_sentence_openers.txt: `Tại`, `Về`): a
    title it follows was a caption or heading run on into the next sentence without its full stop."""
    tok = toks[k]
    return tok.is_cap_word and tok.first and list_matcher("documents_title_sentence_openers.txt").length(toks, k) > 0


def _boundary(toks: list[Token], i: int) -> bool:
    return i >= len(toks) or not toks[i].is_word or _stop_at(toks, i) or toks[i].text.isdigit()


def _title_end(doc: Document, pos: int, limit: int) -> int | None:
    """End of a law title starting at `pos` (`Đất đai`, `Phòng, chống tham nhũng`), or None if none does."""
    view = doc.view
    toks = tokens_after(doc, pos, limit, 24)
    if not toks or not toks[0].is_word:
        return None
    known = _known_length(toks)
    if known and (_boundary(toks, known) or toks[known].text.islower()):
        # `Luật Xây dựng đánh giá hiệu quả dự án …`: lower-case words after a known title open the clause
        return toks[known - 1].end
    first = toks[0].text
    if not first[0].isupper() or first in NOT_TITLES:
        return toks[known - 1].end if known else None
    if first.isalpha() and is_acronym(first) and len(toks) > 1 and toks[1].text.islower():
        return toks[0].end  # `Luật HTX đáp ứng …`: words after an abbreviated title open the clause
    n, lower = 1, 0
    while n < len(toks) and n < _MAX_GENERIC_NAME and toks[n].is_word and not _stop_at(toks, n):
        if opens_sentence(toks, n):
            break  # `… thực hiện nghiêm Luật Đầu tư công Về vấn đề …`: a heading run on into the next sentence
        if _COUNTRY.match(view, toks[n - 1].end):
            break  # `Bộ luật Hình sự nước Cộng hòa …`: the country is added by _name_tail
        lower += toks[n].text.islower()
        if lower > _MAX_GENERIC_LOWER:
            break
        n += 1
    return toks[n - 1].end


_MIN_LOWER_TITLE = 3  # syllables of a known title in lower case after `luật`: `luật hình sự` is the field


def _generic_lower(doc: Document, start: int, end: int) -> bool:
    """A short lower-case title after a lower-case `luật` names a field of law (`luật hình sự`, `luật lao
    động`), not one law (`luật phòng chống tham nhũng`)."""
    words = doc.view[start:end].split()
    return words[0].islower() and len(words) < _MIN_LOWER_TITLE


def _known_title_end(doc: Document, pos: int, limit: int) -> int | None:
    """End of a title of the known list at `pos`, closed by a boundary, a year or `(sửa đổi)`."""
    toks = tokens_after(doc, pos, limit, 24)
    known = _known_length(toks) if toks and toks[0].is_word else 0
    if not known:
        return None
    end = toks[known - 1].end
    closed = NAME_TAIL_YEAR.match(doc.view, end, limit) or _NAME_TAIL_AMEND.match(doc.view, end, limit)
    return end if closed or _boundary(toks, known) else None


_MAX_DATED_NAME = 16  # tokens of a lower-case title that a year closes
_DATED_NAME_WORDS = frozenset({"và", "về"})  # `Luật về sĩ quan …`, `khai thác và bảo vệ …`: inside a dated name


def _title_before_year(doc: Document, pos: int, limit: int) -> int | None:
    """A title in lower case, commas included, closed by its year: `Pháp lệnh phòng, chống lụt, bão
    năm 1993`, `Luật thuế giá trị gia tăng năm 1997` (without the year it would read as a clause)."""
    toks = tokens_after(doc, pos, limit, _MAX_DATED_NAME + 2)
    for n, tok in enumerate(toks):
        if n and tok.lower == "năm" and n + 1 < len(toks) and _YEAR.fullmatch(toks[n + 1].text):
            return toks[n - 1].end
        if n and tok.lower == "ngày" and n + 1 < len(toks) and date_at(doc.view, toks[n + 1].start):
            return toks[n - 1].end  # `Luật về sĩ quan … ngày 30 tháng 12 năm 1981`
        if (tok.kind == "punct" and tok.text != ",") or (
            tok.is_word and tok.lower not in _DATED_NAME_WORDS and _stop_at(toks, n)
        ):
            return None
    return None


def _blocked_before(view: str, start: int) -> bool:
    """`Luật` inside another name: `Văn phòng Luật sư`, `Công ty Luật`, `Pháp Luật TP.HCM`."""
    words = view[max(0, start - 24) : start].split()
    last = [w.lower() for w in words[-2:]]
    return bool(last) and (last[-1] in LAW_BLOCKERS or " ".join(last) in LAW_BLOCKERS)


def _name_tail(doc: Document, end: int, limit: int) -> tuple[int, int | None]:
    """Extend a name over `(sửa đổi)` and a year: `Luật Đất đai năm 2024`, `Luật Thủ đô (sửa đổi)`."""
    view = doc.view
    year = None
    m = _COUNTRY.match(view, end, limit)
    end = m.end() if m else end
    m = _NAME_TAIL_AMEND.match(view, end, limit)
    if m and (m.group().strip().startswith("(") or _boundary(tokens_after(doc, m.end(), limit, 3), 0)):
        end = m.end()
    m = NAME_TAIL_YEAR.match(view, end, limit)
    if m:
        end, year = m.end(), int(m.group("y"))
        m = _NAME_TAIL_AMEND.match(view, end, limit)
        if m and m.group().strip().startswith("("):
            end = m.end()
    return end, year


def _named_cand(doc: Document, start: int, end: int, kind: str, base: str, qual: str | None) -> Cand:
    name = doc.text[start:end]
    key = f"{base} {qual}" if qual else base
    return Cand(
        start=start,
        end=end,
        flavor="named",
        rank=RANK_NAMED + (1 if qual else 0),
        kind=kind,
        key=key,
        system="party" if kind == "Nghị quyết" else "state",
        name=name,
        year=int(qual) if qual and len(qual) == 4 else None,
        base=("name", base),
        qual=qual,
    )


@cache
def _title_abbrev_words() -> dict[str, str]:
    """Folded abbreviations of a law title's words (`bhxh` → `bao hiem xa hoi`), the comma-free form."""
    rows = load_rows("documents_title_abbrevs.tsv", LawTitleAbbrevRow)
    return {fold_key(r.abbrev): " ".join(fold_key(r.words).split()) for r in rows if "," not in r.words}


def _expand_abbrevs(base: str) -> str:
    """`luat bhxh` → `luat bao hiem xa hoi`: a title written with the abbreviation of its words is the same law
    as the title written out (`Luật BHXH` after `Luật bảo hiểm xã hội 2014`)."""
    words = _title_abbrev_words()
    return " ".join(words.get(w, w) for w in base.split())


def _name_base(view: str, start: int, end: int) -> str:
    """The name without its year or country: what mentions of one law share (`luat dat dai`); without
    commas, which news often leave out (`luật phòng chống tham nhũng`); its abbreviated words written out."""
    base = fold_key(view[start:end].replace(",", " ")).replace(" nuoc cong hoa xa hoi chu nghia viet nam", "")
    base = re.sub(r"\s*\(?sua doi(?:\s*,\s*bo sung)?\)?$", " (sua doi)", re.sub(r"(?: nam)? (?:19|20)\d\d\b", "", base))
    return _expand_abbrevs(base.strip())


def law_candidates(doc: Document, skip: Spans) -> list[Cand]:
    view = doc.view
    cands: list[Cand] = []
    for m in _NAMED_HEAD.finditer(view):
        if inside(m.start(), skip) or (cands and m.start() < cands[-1].end) or _blocked_before(view, m.start()):
            continue
        if _CONVENTION.search(view, max(0, m.start() - 60), m.start()):
            continue  # `Công ước … về Luật Biển năm 1982` is a convention, not a Vietnamese law
        limit = line_end(view, m.end())
        kind = "Bộ luật" if m.group("kind").lower().startswith("bộ") else m.group("kind").capitalize()
        amend = _AMEND.match(view, m.end(), limit)
        if amend:
            amended: list[Cand] = []
            end = _amended_laws_end(doc, amend.end(), limit, amended)
            if end is not None:
                cand = _named_cand(doc, m.start(), end, kind, fold_key(view[m.start() : end]), None)
                # `… của Luật Đất đai số 45/2013/QH13`: a number after one amended law is that law's; after
                # a list (`… của Luật A và Luật B số 57/2005/QH11`, `… của các luật … số 38/2009/QH12`) one
                # number cannot be each law's: it is the amending law's own.
                cand.amends_one = len(amended) == 1 and not _AMEND_MANY.match(view, amend.end(), limit)
                cand.date = _own_date(view, end, limit, doc.year)
                cands.append(cand)
                if not _NUMBER_AFTER.match(view, end, limit):
                    cands += amended  # the laws it amends are documents of their own (numbered: see above)
                elif cand.amends_one:
                    cand.numbered_law = amended[0]
            continue
        if m.group("kind") == "luật":
            title_end = _known_title_end(doc, m.end(), limit)
            if title_end is not None and _generic_lower(doc, m.end(), title_end):
                continue
        else:
            title_end = _title_end(doc, m.end(), limit) or _title_before_year(doc, m.end(), limit)
        if title_end is None:
            continue
        end, year = _name_tail(doc, title_end, limit)
        base = _name_base(view, m.start(), end)
        cand = _named_cand(doc, m.start(), end, kind, base, str(year) if year else None)
        cand.date = _own_date(view, end, limit, doc.year)
        cands.append(cand)
    return cands


# `, được Quốc hội thông qua …`, `, đã được ban hành …`, `, do Chủ tịch nước ký …`: a clause after a comma that
# tells how the document before it was issued
_PASSIVE_ISSUED = regexes.compile(r"[^\S\n]*,[^\S\n]*(?:(?:đã|vừa)[^\S\n]+)?(?:được|do)[^\S\n]")


def _own_date(view: str, end: int, limit: int, year_hint: int | None) -> str | None:
    """The date written right after a law's name, as after a number (`Căn cứ Luật Tổ chức Chính phủ ngày
    18 tháng 02 năm 2025;`); not after a comma, where a date more often opens the next clause, unless a
    passive issuing clause brings it (`Bộ luật Tố tụng Hình sự 2015, được Quốc hội thông qua ngày 27/11/2015`)."""
    if view[end:limit].lstrip().startswith(",") and not _PASSIVE_ISSUED.match(view, end, limit):
        return None
    dated = date_after(view, end, limit, year_hint)
    return dated[0] if dated else None


def _amended_laws_end(doc: Document, pos: int, limit: int, amended: list[Cand]) -> int | None:
    """End of the list of laws an amending law amends: `Luật A, Luật B và Bộ luật C`, or `các luật …`;
    each law of such a list goes to `amended` (`Luật Đặc xá` of `Luật sửa đổi, bổ sung … của Luật Đặc xá`)."""
    view = doc.view
    many = _AMEND_MANY.match(view, pos, limit)
    if many:
        return many.end()
    end = None
    while True:
        item = _AMEND_ITEM.match(view, pos, limit)
        if item is None or _AMEND.match(view, item.end(), limit):
            return end  # `…, Luật sửa đổi, bổ sung …` starts the next amending law
        title_end = _title_end(doc, item.end(), limit)
        if title_end is None:
            return end
        end, year = _name_tail(doc, title_end, limit)
        kind = item.group("kind")
        qual = str(year) if year else None
        cand = _named_cand(doc, item.start(), end, kind, _name_base(view, item.start(), end), qual)
        cand.amended = True
        amended.append(cand)
        join = _AMEND_JOIN.match(view, end, limit)
        if join is None:
            return end
        pos = join.end()


def law_abbrev_candidates(doc: Document) -> list[Cand]:
    """`điều 123 BLHS`, `BLTTHS năm 2015`: a code cited by its abbreviation, the same document as its name."""
    cands = []
    for m in _LAW_ABBREV.finditer(doc.view):
        name = _LAW_ABBREVS[m.group("abbr")]
        kind = "Bộ luật" if name.startswith("Bộ luật") else name.split()[0]
        cands.append(_named_cand(doc, m.start(), m.end(), kind, _name_base(name, 0, len(name)), m.group("y")))
    return cands


def constitution_candidates(doc: Document) -> list[Cand]:
    """`Hiến pháp năm 2013`, `Hiến pháp nước Cộng hòa …`, `Hiến pháp (sửa đổi)`, a bare `Hiến pháp`; and the
    charters cited like it (`Điều lệ Đảng`)."""
    view = doc.view
    cands = []
    for m in _HIEN_PHAP.finditer(view):
        bare = not (m.group("country") or m.group("y") or m.group("amend"))
        if bare and (
            _CONSTITUTION_BODY.search(view, max(0, m.start() - 12), m.start()) or _NOT_CITED_AFTER.match(view, m.end())
        ):
            continue
        base = "hien phap" + (" (sua doi)" if m.group("amend") else "")
        cands.append(_named_cand(doc, m.start(), m.end(), "Hiến pháp", base, m.group("y")))
    for m in _CHARTER.finditer(view):
        cands.append(_named_cand(doc, m.start(), m.end(), "Điều lệ", fold_key(view[m.start() : m.end()]), None))
    return cands


def party_named_candidates(doc: Document) -> list[Cand]:
    """`Nghị quyết Đại hội XIII của Đảng`, `Nghị quyết Trung ương 4 khóa XII`."""
    cands = []
    by_term: dict[str, str] = {}  # `… lần thứ XX, nhiệm kỳ 2025 - 2030`: the term names the same congress
    for m in _NQ_CONGRESS.finditer(doc.view):
        # `Đại hội đại biểu Đảng bộ tỉnh lần thứ I` and `Đại hội Đảng bộ tỉnh lần thứ I` are one congress
        mid = " ".join(fold_key(m.group("mid")).replace("dai bieu", " ").split())
        local = "dang bo" in mid
        number = roman(m.group("n"))
        base = f"nghi quyet dai hoi {mid} {number}" if local else f"nghi quyet dai hoi {number}"
        cands.append(_named_cand(doc, m.start(), m.end(), "Nghị quyết", base, None))
        term = _TERM_AFTER.match(doc.view, m.end())
        if term:
            by_term.setdefault(f"nghi quyet dai hoi {mid} {term.group('a')}-{term.group('b')}", base)
    for m in _NQ_NUMBERED.finditer(doc.view):
        if any(c.start <= m.start() < c.end for c in cands):
            continue
        base = f"nghi quyet dai hoi {fold_key(m.group('of'))} {roman(m.group('n'))}"
        cands.append(_named_cand(doc, m.start(), m.end(), "Nghị quyết", base, None))
    for m in _NQ_CONGRESS_TERM.finditer(doc.view):
        if any(c.start <= m.start() < c.end for c in cands):
            continue
        mid = " ".join(fold_key(m.group("mid")).replace("dai bieu", " ").split())
        base = f"nghi quyet dai hoi {mid} {m.group('a')}-{m.group('b')}"
        cands.append(_named_cand(doc, m.start(), m.end(), "Nghị quyết", by_term.get(base, base), None))
    for m in _NQ_PLENUM.finditer(doc.view):
        digits = m.group("n") or m.group("d")
        number = int(digits) if digits else small_number(m.group("w"))
        if number is None:
            continue
        k = m.group("k") or m.group("pk")
        qual = (k if k.isdigit() else str(roman(k))) if k else None  # `khóa 12` is `khóa XII`
        cand = _named_cand(doc, m.start(), m.end(), "Nghị quyết", f"nghi quyet trung uong {number}", None)
        cand.qual, cand.key = qual, f"nghi quyet trung uong {number}" + (f" khoa {qual}" if qual else "")
        cands.append(cand)
    for m in _NQ_BODY_PLENUM.finditer(doc.view):
        if (m.group("b1") or "").startswith("Ban Chấp hành Trung") or any(c.start <= m.start() < c.end for c in cands):
            continue  # the Central Committee's plenums are read above
        body, n = (m.group("b1"), m.group("n1")) if m.group("b1") else (m.group("b2"), m.group("n2"))
        number = int(n) if n.isdigit() else small_number(n)
        if number is None:
            continue
        k = m.group("k") or m.group("pk")
        base = f"nghi quyet hoi nghi {fold_key(body)} {number}"
        cand = _named_cand(doc, m.start(), m.end(), "Nghị quyết", base, None)
        cand.qual, cand.key = k, base + (f" khoa {k}" if k else "")
        cands.append(cand)
    cands = [c for c in cands if not _plural_lower(doc, c)]
    for cand in cands:  # these are cited like numbered ones: `… khóa X “Về tiếp tục hoàn thiện …”`
        tail = read_tail(doc, cand.end, doc.year, cand.kind)
        cand.date, cand.issuer, cand.subject = tail.date, tail.issuer, tail.subject
    return cands


def _at_sentence_start(doc: Document, pos: int) -> bool:
    """The token at `pos` opens its line or its sentence (where its capital tells nothing)."""
    i = doc.token_index(pos)
    toks = doc.tokens
    return i < len(toks) and (i == 0 or toks[i].gap < 0 or toks[i - 1].sentence != toks[i].sentence)


def _plural_lower(doc: Document, cand: Cand) -> bool:
    """`quán triệt các nghị quyết Hội nghị Trung ương 5 khóa XII`: a lower-case type word after a plural word
    speaks of the several resolutions a meeting adopted, not of one document (a capitalised `các Nghị quyết
    của Hội nghị …` is written as a title, and the read gold lists it)."""
    if not doc.view[cand.start].islower():
        return False
    i = doc.token_index(cand.start)
    plural = list_matcher("documents_plural_words.txt", reverse=True)
    return i < len(doc.tokens) and doc.tokens[i].start == cand.start and plural.ending_at(doc.tokens, i)[0] > 0


def plan_candidates(doc: Document) -> list[Cand]:
    """`Quy hoạch Thủ đô thời kỳ 2021 - 2030`, `Kế hoạch hợp tác … giai đoạn 2017 - 2020`, `Quy hoạch chung xây
    dựng thành phố … đến năm 2025`; a plan or strategy named by its title in quotes (`“Quy hoạch tổng thể phát
    triển Khu du lịch … đến năm 2025, định hướng đến năm 2030”`)."""
    cands = []
    not_first = {*load_list("documents_title_not_first.txt"), *load_list("documents_title_stops.txt")}
    for m in _QUOTED_PLAN.finditer(doc.view):
        if m.group("first").lower() in not_first:
            continue
        start, end = m.span("name")
        kind = m.group("kind")
        cands.append(_named_cand(doc, start, end, kind[0].upper() + kind[1:], fold_key(doc.view[start:end]), None))
    quoted = {c.start for c in cands}
    for m in _QUY_HOACH.finditer(doc.view):
        if m.start() in quoted:
            continue
        head = fold_key(doc.view[m.start() : m.start("a")])
        base = f"{head} {m.group('a')}-{m.group('b')}"
        cands.append(_named_cand(doc, m.start(), m.end(), "Quy hoạch", base, None))
    for m in _KE_HOACH.finditer(doc.view):
        if m.start() in quoted or m.group("mid").split()[-1].lower() == "trong":
            continue
        head = fold_key(doc.view[m.start() : m.start("a")])
        cands.append(_named_cand(doc, m.start(), m.end(), "Kế hoạch", f"{head} {m.group('a')}-{m.group('b')}", None))
    taken = {c.start for c in cands}
    for m in _KE_HOACH_YEAR.finditer(doc.view):
        if m.start() in taken or (_at_sentence_start(doc, m.start()) and not (m.group("to") or m.group("y2"))):
            # `Kế hoạch tăng trưởng kinh tế năm 2017 là 6,7%.`: opening a sentence, where any word is capitalised,
            # a plan for a bare year is a target; a title tells its horizon (`… đến năm 2030`, `… tầm nhìn …`)
            continue
        opening = " ".join(fold_key(m.group("mid")).lower().split()[:_PLAN_OPENING])
        base = f"ke hoach {opening} {m.group('y2') or m.group('y')}"
        cands.append(_named_cand(doc, m.start(), m.end(), "Kế hoạch", base, None))
    dated: dict[str, Cand] = {}  # the plans named with their horizon, by their name without it
    for m in _QUY_HOACH_HORIZON.finditer(doc.view):
        if m.start() not in taken and "thời kỳ" not in m.group("mid"):
            # a plan's name is often repeated without its place (`… Cao nguyên đá Đồng Văn [tỉnh Hà Giang] đến
            # năm 2030`): the words that open it and its horizon tell it from another plan
            opening = " ".join(fold_key(m.group("mid")).lower().split()[:_PLAN_OPENING])
            base = f"quy hoach {opening} {m.group('y')}"
            cands.append(_named_cand(doc, m.start(), m.end(), "Quy hoạch", base, None))
            dated.setdefault(fold_key(doc.view[m.start() : m.end("mid")]).lower(), cands[-1])
    read = Spans([(c.start, c.end) for c in cands])
    dated_names = sorted(dated)
    for m in _QUY_HOACH_TONG_THE.finditer(doc.view):
        if inside(m.start(), read):
            continue
        name_end = _placed_plan_end(doc, m.end(), line_end(doc.view, m.end()))
        if name_end is None or _PLACE_GOES_ON.match(doc.view, name_end):
            continue
        key = fold_key(doc.view[m.start() : name_end])
        cand = _named_cand(doc, m.start(), name_end, "Quy hoạch", key, None)
        # the same plan named with its horizon elsewhere in the text (`… Sơn Trà đến năm 2025`, `… Sơn Trà – TP.Đà
        # Nẵng đến năm 2025`) is that plan; a plan named by its place only is never another plan's
        same = _dated_plan(dated, dated_names, key.lower())
        if same is not None:
            cand.key, cand.base = same.key, same.base
        cands.append(cand)
    return cands


def _dated_plan(dated: dict[str, Cand], names: list[str], name: str) -> Cand | None:
    """The plan of `dated` (by its name without its horizon; `names` sorted) named `name`, or `name` and its
    city (`… Sơn Trà – TP.Đà Nẵng`): one look-up, and one bisection of the sorted names."""
    if name in dated:
        return dated[name]
    k = bisect_left(names, f"{name} ")
    return dated[names[k]] if k < len(names) and names[k].startswith(f"{name} ") else None


def _placed_plan_end(doc: Document, pos: int, limit: int) -> int | None:
    """End of a master plan's name at `pos`: the last capitalised word of a run of words that open no clause
    (`phát triển khu du lịch quốc gia Sơn Trà| do …`); None when the run holds no capitalised word after its
    first (`Quy hoạch tổng thể cần có …`) or is cut by a year (read by `_QUY_HOACH_HORIZON`)."""
    toks = tokens_after(doc, pos, limit, _MAX_PLACED_PLAN)
    last: int | None = None
    for n, tok in enumerate(toks):
        if not tok.is_word or _stop_at(toks, n) or tok.text.isdigit():
            break
        if n and tok.is_cap_word:
            last = n
    return toks[last].end if last is not None else None


# `Tuyên bố về ứng xử của các bên ở Biển Đông (DOC)`, `Tuyên bố Lima về Khu vực mậu dịch tự do … (FTAAP)`: a
# declaration named with its own abbreviation in brackets is a document (a statement without one, `Tuyên bố
# chung`, is the news of a meeting); its abbreviation tells it however its title is worded
# The name opens with `về`, `của` or a capitalised word (`Tuyên bố này được đưa ra … (AFP)` is a statement and a
# credit), and the bracket is no news medium's (orgs_media.tsv).
_DECLARATION = regexes.compile(
    r"(?<!\w)Tuyên bố(?=[^\S\n]+(?:về|của|[A-ZĐ]))(?:[^\S\n]+[^\s,.;:()“”\"]+){1,14}?[^\S\n]+\((?P<abbr>[A-Z]{2,8})\)"
)


@cache
def _media_names() -> frozenset[str]:
    """News media as named in orgs_media.tsv: a credit in brackets, never a declaration's abbreviation."""
    return frozenset(row.name for row in load_rows("orgs_media.tsv", MediaRow))


def declaration_candidates(doc: Document) -> list[Cand]:
    """Declarations named with their abbreviation (see `_DECLARATION`)."""
    return [
        _named_cand(doc, m.start(), m.end(), "Tuyên bố", f"tuyen bo {m.group('abbr').lower()}", None)
        for m in _DECLARATION.finditer(doc.view)
        if m.group("abbr") not in _media_names()
    ]
