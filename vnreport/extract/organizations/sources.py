"""News media named without a head: a site named as a source (`Zing.vn`, `(Quanlynhanuoc.vn) –`,
`ảnh nguồn media.quochoi.vn`), the outlet tag that opens an article or a paragraph (`TPO - …`, `(VOV5) -
…`, `(NLĐO) –`), an agency in a photo credit (`(Nguồn: EPA/TTXVN)`, `Ảnh: VGP`) or a closing source line
(`Theo VGP`). Media with a name of their own (`Dân trí`, `VnExpress`) are heads of `orgs_media.tsv`."""

from __future__ import annotations

import re
from functools import cache

from vnreport.extract.names import foreign_name_length, has_foreign_shape, title_matcher
from vnreport.extract.organizations.grammar import OrgMatch, gazetteer_country_width, place_or_country_at
from vnreport.extract.organizations.lexicon import (
    Head,
    MediaRow,
    expand,
    is_acronym,
    lexicon,
    outlet_kinds,
    parse_spec,
)
from vnreport.extract.organizations.names import opens_sentence
from vnreport.extract.organizations.scan import DASHES, Scan, head_at, names_a_product
from vnreport.lexicon import PhraseMatcher, list_matcher, load_rows, load_words, phrase_matcher
from vnreport.segment.dictionary import is_word
from vnreport.segment.syllables import is_foreign_word, is_vietnamese_syllable
from vnreport.text import fold

SOURCE = Head("", parse_spec("-"), False, media=True)
_MAX_TAG = 3  # words of an outlet tag: `(VTC News)`
_MIN_CREDIT = 3  # letters of an agency's acronym in a credit (`Ảnh: BA` is a photographer's initials)


@cache
def _web_suffixes() -> frozenset[str]:
    return load_words("orgs_web_suffixes.txt")


@cache
def _company_suffixes() -> frozenset[str]:
    return load_words("orgs_company_suffixes.txt")


@cache
def _not_agencies() -> frozenset[str]:
    return load_words("orgs_credit_not.txt")


@cache
def _media_any_case() -> PhraseMatcher[bool]:
    """The media of orgs_media.tsv and orgs_media_mined.tsv in lower case: a credit writes an outlet in
    capitals or in lower case (`Ảnh: REUTERS`, `Ảnh: GETTY IMAGES`, `Ảnh: reuters`), not as the lexicon
    spells it, so there only the letters are compared. Not the media of cue `yes` (nor the mined ones, read as
    such): they are also common phrases, and in lower case are the caption's own words (`Ảnh: thanh niên Hà Nội
    dọn vệ sinh`, `Nguồn: tin tức.`)."""
    names = [row.name for row in load_rows("orgs_media.tsv", MediaRow) if row.cue != "yes"]
    return phrase_matcher(names, "lower")


@cache
def _outlet_forms() -> frozenset[str]:
    return load_words("orgs_outlet_forms.txt")


_MAX_EDITION = 99  # a station's number after its name (`Europe 1`); larger numbers are counts or years


def outlet_forms(s: Scan, matches: list[OrgMatch]) -> None:
    """A medium's name runs on over the word that ends an outlet's name (`SBS News`, `Nikkei Shimbun`,
    orgs_outlet_forms.txt) or its station number (`Europe 1`) right after it on the same line: read
    without it, the outlet is cut to a shorter name the text never uses alone."""
    taken = {match.first for match in matches}  # a word another name opens stays that name's
    ends = {match.last for match in matches}
    for match in matches:
        if match.head.media and not match.nested and match.last not in taken:
            match.last += _outlet_form_width(s, match.last, credit=_in_credit(s, match.first))
        if match.head.media and not match.nested and match.first not in ends and _all_capitals(s, match):
            match.first -= _capitalised_news_noun(s, match.first)


def _all_capitals(s: Scan, match: OrgMatch) -> bool:
    """A station named by its acronym (`RFI`, `NHK`): the noun before a worded name (`Đài phát thanh Radio
    France`) is left to the title that may hold it."""
    return match.last - match.first == 1 and is_acronym(s.tokens.texts[match.first])


def _capitalised_news_noun(s: Scan, k: int) -> int:
    """Tokens of a capitalised station noun right before a medium (`Đài RFI`, `Đài truyền hình NHK`, `Kênh
    RT`, orgs_news_cues.txt): written with a capital, `Đài` or `Kênh` is part of the station's name; an
    agency's noun is not, even capitalised at a sentence's start (`Hãng tin AP cho biết`)."""
    tokens = s.tokens
    if not (k and tokens.joined[k]):
        return 0
    width = list_matcher("orgs_news_cues.txt", "lower", reverse=True).ending_at(tokens.items, k)[0]
    station = width and tokens.lowers[k - width] in STATION_NOUNS and tokens.is_cap_word(k - width)
    return width if station else 0


STATION_NOUNS = frozenset({"đài", "kênh"})  # the first words of a station's common noun


def _in_credit(s: Scan, first: int) -> bool:
    """The medium closes a photo credit (`Ảnh: AP`, `EPA/TTXVN`): the caption ends with it, so a number
    after it opens the next sentence (`… Ảnh: EPA/TTXVN 3 ứng cử viên …`)."""
    return first > 0 and s.tokens.texts[first - 1] in {"/", ":"}


def _outlet_form_width(s: Scan, j: int, *, credit: bool) -> int:
    """1 when token j, one space after a medium's name, ends the name: an outlet form word, or a station
    number that nothing glued goes on from (`Europe 1`, not `VGP 1-`, `AP 2/3`) and no credit precedes."""
    tokens = s.tokens
    if not s.joined(j) or tokens.items[j].gap != 1:
        return 0
    text = tokens.texts[j]
    if tokens.is_word(j):
        return 1 if text in _outlet_forms() else 0
    if credit or tokens.items[j].kind != "number" or not text.isdigit() or int(text) > _MAX_EDITION:
        return 0
    after = j + 1
    glued_on = after < len(tokens) and tokens.items[after].gap == 0 and tokens.texts[after] not in {".", ",", ")", ":"}
    return 0 if glued_on else 1


def source_matches(s: Scan, covered: list[bool]) -> list[OrgMatch]:
    """Media named without a head, at tokens no other organisation covers."""
    found: list[OrgMatch] = []
    tokens = s.tokens
    k, n = 0, len(tokens)
    while k < n:
        if covered[k]:
            k += 1
            continue
        item = tokens.items[k]
        plain = item.kind == "word" and item.text.islower() and item.gap >= 0
        credited = k > 0 and tokens.lowers[k - 1] in _credit_last_words()  # `Ảnh: reuters`
        if (item.kind == "punct" and item.text != "(") or (
            plain and not credited and not (k + 1 < n and tokens.items[k + 1].kind == "dot")
        ):
            k += 1  # the cheap test first: most tokens open no source
            continue
        first, last = _outlet_tag(s, k)
        if not last:
            first, last = k, _site(s, k) or _credited_medium(s, k) or _credit(s, k) or _foreign(s, k)
            last = last or _news_acronym(s, k)
        if last:
            found.append(OrgMatch(first, last, SOURCE))
            k = last
        else:
            k += 1
    return found


_MAX_SITE_PARTS = 8  # dotted parts of a site's name (`media.quochoi.vn`, `dichvucong.tinh.gov.vn`)


def _site(s: Scan, k: int) -> int:
    """`Zing.vn`, `Baoquocte.vn`, `media.quochoi.vn` (one protected token): a site's bare name, no path.
    A site in lower case counts only in a credit (`ảnh nguồn media.quochoi.vn`)."""
    tokens = s.tokens
    item = tokens.items[k]
    if _an_address(s, k):
        return 0  # `tại địa chỉ: dichvucong.tinh.gov.vn`: where to go, no source named
    if item.kind == "url":
        text = item.text
        bare = "/" not in text and "@" not in text and text.rsplit(".", 1)[-1].lower() in _web_suffixes()
        return k + 1 if bare and (text[0].isupper() or _after_cue(s, k)) else 0
    if item.kind != "word" or k + 1 >= len(tokens) or tokens.items[k + 1].kind != "dot":
        return 0
    if not (tokens.is_cap(k) or _after_cue(s, k)):
        return 0
    j = k + 1
    while j + 1 < len(tokens) and tokens.items[j].kind == "dot" and tokens.items[j + 1].kind == "word":
        j += 2
        if j - k > 2 * _MAX_SITE_PARTS:
            return 0  # `A.B.A.B.…`: no site's name; stopping here keeps a long run linear (issue #11)
    if j == k + 1 or not _site_suffix(s, k, tokens.texts[j - 1]):
        return 0
    if j < len(tokens) and tokens.texts[j] == "/" and tokens.items[j].gap == 0:
        return 0  # an address with a path is a link, not the site named
    return j


def _site_suffix(s: Scan, k: int, suffix: str) -> bool:
    """The last part of a site's name: a generic one (orgs_web_suffixes.txt: `vn`, `com`), or after a credit's
    cue a country's code in lower case (orgs_country_domains.txt, ISO 3166: `Ảnh: lepoint.fr`, `Ảnh: granma.cu`; not
    `Ảnh: tintuc.zz`): a photo credit or a source line names a site there, where elsewhere two letters after a dot
    are an abbreviation's (`Theo PGS.TS`)."""
    if suffix.lower() in _web_suffixes():
        return True
    return suffix in _country_domains() and _after_credit_cue(s, k)


@cache
def _country_domains() -> frozenset[str]:
    """The countries' two-letter codes in lower case (orgs_country_domains.txt: ISO 3166-1 alpha-2 and the codes it
    reserves for `uk`, `eu`, `ac`)."""
    return load_words("orgs_country_domains.txt")


def _an_address(s: Scan, k: int) -> bool:
    """A web address given as such before token k: after `địa chỉ` (a colon or not), or after `website:`,
    `trang web:` with their colon (orgs_address_cues.txt, orgs_address_colon_cues.txt)."""
    tokens = s.tokens
    if not (k and tokens.joined[k]):
        return False
    colon = tokens.texts[k - 1] == ":"
    end = k - 1 if colon else k
    if list_matcher("orgs_address_cues.txt", "lower", reverse=True).ending_at(tokens.items, end)[0]:
        return True
    with_colon = list_matcher("orgs_address_colon_cues.txt", "lower", reverse=True)
    return colon and bool(with_colon.ending_at(tokens.items, end)[0])


def _outlet_tag(s: Scan, k: int) -> tuple[int, int]:
    """(first, last) of `TPO - …`, `(VOV5) - …`, `(Quanlynhanuoc.vn) – …` opening a line: the outlet that
    publishes it; (k, 0) when none."""
    tokens = s.tokens
    opens = tokens.items[k].gap < 0 or k == 0
    paren = tokens.texts[k] == "(" and opens
    first = k + 1 if paren else k
    if not opens or first >= len(tokens) or not tokens.is_word(first):
        return k, 0
    j = _site(s, first) or first
    while j < len(tokens) and j - first < _MAX_TAG and (j == first or tokens.joined[j]) and tokens.is_cap_word(j):
        j += 1  # `GLO -`, `(VOV5) -`: the tag's first word opens the line
        if j + 1 < len(tokens) and tokens.texts[j] == "&" and tokens.items[j].gap == 0 and tokens.is_cap_word(j + 1):
            j += 1  # `GD&TĐ -`
    if j == first or not (is_acronym(tokens.texts[first]) or paren):
        return k, 0
    if tokens.texts[first] in load_words("byline_prefixes.txt"):
        return k, 0  # `PV Hải Đăng - Tuấn Anh`: a reporter's byline, no outlet
    if j in s.place_at or first in s.place_at or (head_at(s, first)[0] and not paren):
        return k, 0  # `HÀ NỘI - …` is a dateline
    close = j + 1 if paren and j < len(tokens) and tokens.texts[j] == ")" else j
    if paren and close == j:
        return k, 0
    dash = close < len(tokens) and tokens.texts[close] in DASHES and tokens.joined[close]
    return (first, j) if dash else (k, 0)


@cache
def _credit_last_words() -> frozenset[str]:
    """The last token of each cue of orgs_credit_cues.txt (`:`, `nguồn`): a cheap test before the cue is matched."""
    return frozenset(cue.split()[-1].lower() for cue in load_words("orgs_credit_cues.txt"))


def _after_credit_cue(s: Scan, k: int) -> bool:
    """A photo credit's or source line's cue (orgs_credit_cues.txt: `Ảnh:`, `Nguồn:`, `ảnh nguồn`) ends right
    before token k; its last token is tested first, as most tokens follow none."""
    tokens = s.tokens
    if not (k and tokens.lowers[k - 1] in _credit_last_words()):
        return False
    return bool(list_matcher("orgs_credit_cues.txt", "lower", reverse=True).ending_at(tokens.items, k)[0])


def _credited_medium(s: Scan, k: int) -> int:
    """A known medium closing a photo credit, in whatever case it is written: `Ảnh: REUTERS`, `(Ảnh:
    Getty Images)`, `Ảnh: reuters`. The credit must end with it (a line's end, a closing mark, a slash, a
    stop or the capitalised first word of the next sentence): after `Ảnh:` a lower-case phrase that goes on
    is the caption's own words (`Ảnh: thanh niên tình nguyện …`), no outlet."""
    tokens = s.tokens
    if not _after_credit_cue(s, k):
        return 0
    width = _media_any_case().match(tokens.items, k)[0]
    end = k + width
    if not width:
        return 0
    if end >= len(tokens) or not tokens.joined[end] or tokens.texts[end] in _CREDIT_CLOSERS:
        return end
    return end if tokens.is_cap_word(end) else 0  # `Ảnh: reuters Trong …`: the caption's stop lost


_CREDIT_CLOSERS = frozenset({")", "/", ".", ",", "]"})  # marks that close a credit after the outlet


def _credit(s: Scan, k: int) -> int:
    """An agency's acronym in a photo credit or a closing source line: `(Nguồn: EPA/TTXVN)`, `Ảnh:
    VGP`, `Theo VGP` ending its line."""
    tokens = s.tokens
    text = tokens.texts[k]
    if len(text) < _MIN_CREDIT or not text.isupper() or not tokens.is_word(k) or text in _not_agencies():
        return 0
    if not text.replace("Đ", "D").isascii() or (s.joined(k + 1) and tokens.texts[k + 1].isupper()):
        return 0  # `Ảnh: HƯƠNG GIANG`, `Ảnh: TRUNG THANH`: a photographer's name in capitals
    if _after_credit_cue(s, k):
        return k + 1
    line_end = k + 1 >= len(tokens) or tokens.items[k + 1].gap < 0
    if line_end and k and tokens.lowers[k - 1] == "theo" and (k == 1 or tokens.items[k - 1].gap < 0):
        return k + 1  # `Theo VGP` as a line of its own
    return 0


_MAX_FOREIGN = 4  # words of a foreign body's name: `Boston Globe`, `Alphabet Inc.`, `KKR Global`
_MAX_DESCRIPTION = 6  # lower-case words between a common noun and the name (`công ty tình báo địa chính trị`)


def _foreign(s: Scan, k: int) -> int:
    """A foreign body written in Latin letters where the text says what it is: in a photo credit (`Ảnh:
    Getty`, `Ảnh minh họa: Gulf Times`) or after a common noun in lower case (`tờ Hurriyet`, `hãng Renault`,
    `công ty xây dựng Rydon`, `quỹ đầu tư KKR Global`). One word at least is no Vietnamese word, so a
    photographer's or a Vietnamese name is left alone."""
    tokens = s.tokens
    if not tokens.is_cap_word(k) or not tokens.texts[k].isascii() or tokens.texts[k] in _not_agencies():
        return 0
    credit = _after_credit_cue(s, k)
    last = _foreign_run(s, k, credit=credit)
    glued = credit and _opens_in_vietnamese(s, last)  # `Ảnh: Aviacom Bộ trưởng …`: the caption's stop lost
    goes_on = last < len(tokens) and tokens.joined[last] and tokens.is_cap_word(last) and not opens_sentence(s, last)
    goes_on = goes_on and not glued
    if last == k or goes_on:
        return 0  # `Phan Châu Trinh`: the run goes on in Vietnamese letters, a Vietnamese name
    if names_a_product(s, k):
        return 0  # `chiếc Toyota Avalon Limited`: a car's make, model and trim, no company
    if _ends_in_legal_form(s, k, last):  # `Sumitomo Corporation`, `Taisei Corp`: the company says what it is
        stops = s.lex.name_stops
        # `Toyota Motor Corporation`, `Thăng Long Group`: the tail of a longer name (not after `Theo …`)
        tail = k and tokens.joined[k] and tokens.is_cap_word(k - 1) and not stops.match(tokens.items, k - 1)[0]
        return 0 if tail or stops.match(tokens.items, k)[0] else last  # `Theo …` opens the sentence
    if credit:
        after = tokens.texts[last] if last < len(tokens) and tokens.joined[last] else ""
        return last if after in {"", ")", "/", ".", ",", "-", "–"} or opens_sentence(s, last) or glued else 0
    if k in s.place_at or s.inside_place[k]:
        return 0  # `hãng thông tấn Qatar`, `họp báo Tokyo`: a place, no body
    if _opening_outlet_noun(s, k, last) or _source_line(s, k, last):
        return last
    cue = k
    while cue > 0 and k - cue < _MAX_DESCRIPTION and tokens.joined[cue] and tokens.texts[cue - 1].islower():
        width = list_matcher("orgs_foreign_cues.txt", "lower", reverse=True).ending_at(tokens.items, cue)[0]
        if width and _stands_alone(s, cue - width, cue) and not _opens_compound(s, cue - width, cue, k):
            return _before_holder(s, k, last) if _titled(s, cue - width) else last
        if s.lex.name_stops.match(tokens.items, cue - 1)[0]:
            return 0  # `nhóm của ông Trump`: a function word between, the name is not the noun's
        cue -= 1
    return 0


def _source_line(s: Scan, k: int, last: int) -> bool:
    """`Theo Vnreview` as a sentence of its own that closes the article (nothing of the body after it; a credit
    line is read on its own): the foreign name [k, last) is the source the article is taken from (as `Theo VGP`
    for an acronym). Not a line's end with more text after (`… lãi suất. Theo John Smith` then a paragraph), nor
    a personal name's shape (`Theo John Smith`) that no outlet test accepts."""
    tokens = s.tokens
    if k < 1 or tokens.lowers[k - 1] != "theo" or not tokens.joined[k]:
        return False
    opens = k == 1 or tokens.items[k - 1].gap < 0 or tokens.texts[k - 2] in _SENTENCE_ENDS
    # the line may close with its full stop written against the name (`Theo Vnreview.`)
    end = last + (last < len(tokens) and tokens.texts[last] == "." and tokens.items[last].gap == 0)
    return opens and end >= len(tokens) and not _a_personal_name(s, k, last)


def _a_personal_name(s: Scan, k: int, last: int) -> bool:
    """[k, last) is shaped as a foreign personal name of two words (`John Smith`) and nothing says it is an
    outlet: no medium of the lexicon, no outlet form ending it (`Gulf Times`, orgs_outlet_forms.txt), no
    acronym, no company's legal form or suffix."""
    tokens = s.tokens
    if last - k != 2 or foreign_name_length(tokens.items, k) != 2:
        return False
    if _media_any_case().match(tokens.items, k)[0] or tokens.texts[last - 1] in _outlet_forms():
        return False
    words = tokens.texts[k:last]
    return not any(is_acronym(word) or word in _company_suffixes() for word in words)


_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


def _opens_in_vietnamese(s: Scan, j: int) -> bool:
    """A capitalised Vietnamese word at j, marked or not, right after a credit's run of foreign words (`Ảnh:
    Cankao Tờ Nikkei …`, `Ảnh: US Army Hãng RIA …`, `Ảnh: Getty Ban tổ chức …`): no word of the foreign name,
    the caption's next sentence, its full stop lost."""
    tokens = s.tokens
    return j < len(tokens) and tokens.joined[j] and tokens.is_cap_word(j) and _vietnamese_shaped(tokens.texts[j])


def _vietnamese_shaped(word: str) -> bool:
    """A Vietnamese syllable, marked or not (`Bộ`, `Ban`, `Tin`): no foreign letter, the shape of a syllable
    (segment/syllables.py); not an acronym in capitals (`AFP`), not a foreign word with marks (`Française`)."""
    return not (len(word) > 1 and word.isupper()) and not is_foreign_word(word) and is_vietnamese_syllable(word)


def _opening_outlet_noun(s: Scan, k: int, last: int) -> bool:
    """A news outlet's noun opens the sentence right before the name [k, last) and a verb of reporting follows
    it (`Tờ Marca cho hay`, `Hãng tin Kyodo đưa tin`): said lower case mid-sentence it is the cue read above;
    only the nouns of `opens` (orgs_outlet_kinds.tsv), as a company's, a group's or a canal's noun so written
    heads its own name (`Kênh Suez bị tắc`)."""
    tokens = s.tokens
    width = _outlet_openers().ending_at(tokens.items, k)[0]
    first = k - width
    if not width or not tokens.joined[k] or not tokens.sentence_initial(first):
        return False
    return _reports_after(s, last)


_REPORT_REACH = 8  # tokens between an outlet's name and its verb: `Tờ X của Hàn Quốc hôm nay dẫn lời`
_CLAUSE_ENDS = frozenset(",;.:!?")


def _reports_after(s: Scan, k: int) -> bool:
    """A verb of reporting (orgs_media_report_verbs.txt) within a few tokens from k, in the same clause on the
    same line: the subject before it is the outlet reporting (`Tờ X ngày 7.2 dẫn lời …`)."""
    tokens, verbs = s.tokens, list_matcher("orgs_media_report_verbs.txt", "lower")
    for j in range(k, min(len(tokens), k + _REPORT_REACH)):
        if not tokens.joined[j] or _ends_clause(s, j):
            return False
        if verbs.match(tokens.items, j)[0]:
            return True
    return False


def _ends_clause(s: Scan, j: int) -> bool:
    """A comma or a stop at token j with a space after it (the dot of `ngày 7.2` is inside a number)."""
    items = s.tokens.items
    return items[j].text in _CLAUSE_ENDS and (j + 1 == len(items) or items[j + 1].gap != 0)


@cache
def _outlet_openers() -> PhraseMatcher[bool]:
    return phrase_matcher(outlet_kinds("opens"), "lower", reverse=True)


_MAX_TITLE = 5  # tokens of a title before a body's common noun: `Phó Tổng giám đốc điều hành`


def _titled(s: Scan, k: int) -> bool:
    """A title or rank ends right before token k (`Phó chủ tịch` of `Phó chủ tịch tập đoàn …`)."""
    items, titles = s.tokens.items, title_matcher()
    return any(titles.length(items, first) == k - first for first in range(max(0, k - _MAX_TITLE), k))


def _before_holder(s: Scan, k: int, last: int) -> int:
    """End of a foreign body's name [k, last) after a title (`Phó chủ tịch tập đoàn Globex John Carter`):
    the title's holder is named after the body, so a foreign personal name that ends the run is the
    holder's, not words of the body's name (a title, a body, its holder is how the press names a person)."""
    items = s.tokens.items
    for split in range(last - 2, k, -1):  # the shortest name first: `Acme Capital Mary Stone`
        if foreign_name_length(items, split) == last - split:
            return split
    return last


_NEWS_ACRONYM = re.compile(r"[A-Z]{2,6}[0-9]?")  # `RT`, `KBS`, `BFMTV`, `TF1`
_GLUED_ON = frozenset({"-", "–", "/", "&"})  # `đài PT-TH`, `PT&TH`: the acronym is part of a longer one


def _news_acronym(s: Scan, k: int) -> int:
    """An acronym in Latin capitals right after a news outlet's common noun (orgs_news_cues.txt): `đài
    KBS`, `hãng tin RT`, `Kênh RT đưa tin` (the noun opening the sentence). The outlet, unless the acronym
    goes on (`đài PT-TH`, `kênh VTC 7`) or the noun ends a longer word (`tổng đài VCB`); token after it."""
    tokens = s.tokens
    text = tokens.texts[k]
    if not (k and tokens.joined[k] and _NEWS_ACRONYM.fullmatch(text)) or text in _not_agencies():
        return 0
    after = k + 1
    if after < len(tokens) and tokens.joined[after] and _goes_on(s, after):
        return 0
    width, end = _news_noun_before(s, k)
    if not width:
        return 0
    first = end - width
    if end < k:  # qualified (`Đài truyền hình trung ương Trung Quốc CCTV`): a name's capital changes nothing
        if _common_abbreviation(text):
            return 0  # `kênh … BQL dự án`: a body's own abbreviation, no outlet's acronym
        return after if not tokens.texts[first].islower() or _stands_alone(s, first, end) else 0
    alone = _stands_alone(s, first, end) if tokens.texts[first].islower() else tokens.sentence_initial(first)
    return after if alone else 0


def _common_abbreviation(text: str) -> bool:
    """An abbreviation the organisation lexicon spells out as a common noun (`BQL` → `Ban Quản lý`, `UBND`), not a
    known body's name (`VTV`, orgs_known.tsv): it heads a body of its own, no news outlet's acronym."""
    folded = fold(text)
    return folded not in lexicon().known_full and expand(text) != folded


_MAX_QUALIFIED = 6  # tokens between a news noun and its acronym: `hãng thông tấn nhà nước Hungary MTI`


def _news_noun_before(s: Scan, k: int) -> tuple[int, int]:
    """(width, end) of the news outlet's noun (orgs_news_cues.txt) that ends right before token k, or before a
    run of words that only qualify the outlet (orgs_news_qualifiers.txt: `nhà nước`, `quốc gia`, `truyền
    hình`) and its country, `của` before it or not: `hãng thông tấn nhà nước SANA`, `hãng tin quốc gia của Hy
    Lạp ANA`, `đài phát thanh truyền hình RTBF`. (0, 0) when none. At most _MAX_QUALIFIED tokens back, each
    run read forward once: constant work per acronym."""
    nouns = list_matcher("orgs_news_cues.txt", "lower", reverse=True)
    items = s.tokens.items
    for end in range(k, max(0, k - _MAX_QUALIFIED) - 1, -1):
        if end < k and not s.tokens.joined[end]:
            break  # a line's end between the noun and its qualifiers
        width = nouns.ending_at(items, end)[0]
        if width and (end == k or _qualifies_outlet(s, end, k)):
            return width, end
    return 0, 0


def _qualifies_outlet(s: Scan, j: int, k: int) -> bool:
    """Tokens [j, k) only qualify a news outlet: its kind or standing (orgs_news_qualifiers.txt) and at most one
    country, `của` only before it (`quốc gia của Hy Lạp`)."""
    qualifiers = list_matcher("orgs_news_qualifiers.txt", "lower")
    lowers, countries = s.tokens.lowers, 0
    while j < k:
        if not s.tokens.joined[j]:
            return False  # a line's end among them
        width = qualifiers.match(s.tokens.items, j)[0]
        if width:
            j += width
            continue
        j += 1 if lowers[j] == "của" and j + 1 < k else 0
        country = _country_width(s, j)
        if not country or countries:
            return False
        j, countries = j + country, 1
    return j == k


def _country_width(s: Scan, j: int) -> int:
    """Tokens of a country written at j (`Hungary`, `Trung Quốc`), 0 when none."""
    span = place_or_country_at(s, j)
    if span is not None:
        return span.last - j if span.level == "country" else 0
    return gazetteer_country_width(s, j)


def _goes_on(s: Scan, j: int) -> bool:
    """The token at j continues the acronym before it: a joiner, a capitalised word or a number."""
    tokens = s.tokens
    return tokens.texts[j] in _GLUED_ON or tokens.is_cap_word(j) or tokens.items[j].kind == "number"


def _ends_in_legal_form(s: Scan, k: int, last: int) -> bool:
    """The run [k, last) of two words at least ends in a company's legal form (orgs_legal_forms.txt), with
    or without its full stop (`Taisei Corp`, `Microsoft Corp.`)."""
    texts = s.tokens.texts
    end = last - 1 if texts[last - 1] == "." else last
    return end - k >= 2 and texts[end - 1] in load_words("orgs_legal_forms.txt")


def _stands_alone(s: Scan, first: int, last: int) -> bool:
    """A common noun [first, last) in lower case on its own: not the end of a capitalised name (`Thượng
    viện`) nor of a longer word (`họp báo`, `vũ trang`)."""
    tokens = s.tokens
    if not tokens.texts[first].islower():
        return False
    if first == 0 or not tokens.joined[first] or not tokens.is_word(first - 1):
        return True
    return not is_word(f"{tokens.lowers[first - 1]} {' '.join(tokens.lowers[first:last])}")


def _opens_compound(s: Scan, first: int, last: int, k: int) -> bool:
    """The common noun [first, last) begins a longer word with the lower-case word after it, before the name
    at k (`báo chí` of `Thư ký báo chí Sean Spicer`): the press, a title's word, not a newspaper."""
    lowers = s.tokens.lowers
    return last < k and s.tokens.joined[last] and is_word(f"{' '.join(lowers[first:last])} {lowers[last]}")


def _foreign_run(s: Scan, k: int, *, listed: bool = False, credit: bool = False) -> int:
    """End of capitalised words in Latin letters from k, one of which (not an acronym) is no Vietnamese
    word nor syllable (`Getty`, `Gulf Times`; not `Minh Anh`, `Quang Huy`, `HC`); k when there is none.
    `listed` (an item of a list of companies): no Vietnamese syllable is enough (`Canon`). `credit` (the run
    follows a photo credit's cue): a capitalised opener ends it, the credit's full stop lost before it."""
    tokens = s.tokens
    j, foreign = k, False
    while j < len(tokens) and j - k < _MAX_FOREIGN and (j == k or tokens.joined[j]):
        text = tokens.texts[j]
        # in a credit a foreign word with marks goes on the name (`Ảnh: Agence Française`)
        latin = text.isascii() or (credit and j > k and not _vietnamese_shaped(text))
        if not (tokens.is_cap_word(j) and latin) or (j > k and len(text) == 1):
            break
        # `Ảnh: Tass Theo Tass, …`: after a credit a capitalised `Theo` opens the next sentence (its stop
        # lost); elsewhere `Do`, `Sau` may be words of a foreign name (`Banco Do Brasil`); a Vietnamese word,
        # marked or not, after a foreign one opens the caption's next sentence too (`Ảnh: Getty Ban tổ chức …`)
        if credit and j > k and (opens_sentence(s, j) or (foreign and _vietnamese_shaped(text))):
            break
        # `Quang Huy`, `Minh Anh`: Vietnamese syllables written without marks are a photographer's name
        vietnamese = is_word(tokens.lowers[j]) and not listed
        foreign = foreign or (not text.isupper() and not vietnamese and has_foreign_shape(text))
        j += 1
        if text in _company_suffixes() and _abbreviation_dot(s, j):
            j += 1  # `Alphabet Inc. cho biết`
    return j if foreign else k


def _abbreviation_dot(s: Scan, j: int) -> bool:
    """A dot glued at j that abbreviates a company's legal form (`Inc.`, `Corp.`) rather than ends the
    sentence: the sentence goes on after it on the same line in lower case or punctuation."""
    tokens = s.tokens
    if not (j < len(tokens) and tokens.texts[j] == "." and tokens.items[j].gap == 0):
        return False
    after = j + 1
    return s.joined(after) and not tokens.is_cap(after) and tokens.texts[after] != "."


def _after_cue(s: Scan, k: int) -> bool:
    return bool(s.lex.media_cues.ending_at(s.tokens.items, k)[0])


_MAX_LIST_DESCRIPTION = 8  # tokens between a company noun and `như` (`tập đoàn lớn của Hà Lan như …`)
_LIST_JOINERS = frozenset({",", "và", "hay", "hoặc"})
_LIST_OPENERS = frozenset({"như", "gồm", "là"})  # `như A, B`, `gồm A, B`, `bao gồm A, B`, `nhà mạng là A, B`
_LIST_PLACE_WORDS = frozenset({"của", "tại", "ở"})  # before a place: `doanh nghiệp lớn của Đức như …`


def brand_lists(s: Scan, top: list[OrgMatch]) -> tuple[list[OrgMatch], set[int]]:
    """Foreign brands listed as examples of companies (`các doanh nghiệp FDI như Luxshare, Fuyu, Hosiden`,
    `tập đoàn lớn của Hà Lan như Damen, Puma Energy`, `nhà mạng gồm A, B`, `nhà mạng là A, B`, `như: A, B`):
    after `như`, `gồm` or `là` (a colon after it or not) governed by a company noun (orgs_list_cues.txt), or
    opening with two bodies the grammar found (`như Canon, Panasonic, …`), each item of the list that is a run of
    Latin capitalised words, one of them shaped unlike Vietnamese, is a company. Items the grammar found (`Samsung`,
    `Công ty X`) are passed over; a known brand that goes on in Latin words (`LG Display`) is that longer
    company. The list ends at the first item that is neither (a place, a lower-case word). (the new
    matches, the ids of the matches of `top` they replace)."""
    tokens = s.tokens
    found: list[OrgMatch] = []
    replaced: set[int] = set()
    starts = {m.first: m for m in top}
    covered = [False] * len(tokens)
    for match in top:
        covered[match.first : match.last] = [True] * (match.last - match.first)
    for m, lower in enumerate(tokens.lowers):
        if lower not in _LIST_OPENERS or not s.joined(m + 1):
            continue
        bare = lower == "gồm" and m and tokens.joined[m] and tokens.lowers[m - 1] == "bao"
        k = m + 2 if tokens.texts[m + 1] == ":" else m + 1  # `như: A, B`
        if not (_listing_cue(s, m - 1 if bare else m) or _opens_with_two_bodies(s, k, starts)):
            continue
        while k < len(tokens) and s.joined(k):
            known = starts.get(k)
            if known is not None:
                last = _brand_tail(s, known.last) if _brand_alone(known) else known.last
                if last > known.last:
                    found.append(OrgMatch(k, last, SOURCE))  # `LG Display`: a company of its own
                    replaced.add(id(known))
            elif covered[k]:
                break
            else:
                last = _listed_brand(s, k)
                if not last:
                    break
                found.append(OrgMatch(k, last, SOURCE))
            k = last
            if not (s.joined(k) and tokens.texts[k] in _LIST_JOINERS):
                break
            k += 1
            if s.joined(k) and tokens.texts[k - 1] == "," and tokens.lowers[k] in _LIST_JOINERS:
                k += 1  # `A, B, và C`
    return found, replaced


def _opens_with_two_bodies(s: Scan, k: int, starts: dict[int, OrgMatch]) -> bool:
    """The list at k opens with two organisations the grammar found, joined by a comma (`như Canon, Panasonic,
    …`): a list of bodies, whatever noun governs it (`các thương hiệu hàng đầu … trong các lĩnh vực …, như`)."""
    first = starts.get(k)
    if first is None or not (s.joined(first.last) and s.tokens.texts[first.last] == ","):
        return False
    return s.joined(first.last + 1) and (first.last + 1) in starts


def _brand_alone(match: OrgMatch) -> bool:
    """A known brand of one word that takes no complement (`Samsung`, `LG`), no medium."""
    head = match.head
    return not head.spec.letters and not head.media and match.last - match.first == 1 and head.text.isascii()


def _listing_cue(s: Scan, m: int) -> bool:
    """A company noun (orgs_list_cues.txt) in lower case governs the `như` (`gồm`) at m, with only describing words
    between them: lower-case words that are no function word, acronyms (`FDI`), a place, or `của`, `tại`,
    `ở` before a place (`doanh nghiệp hàng đầu của Nhật Bản như …`)."""
    tokens = s.tokens
    cues = list_matcher("orgs_list_cues.txt", "lower", reverse=True)
    k = m
    while k > 0 and m - k <= _MAX_LIST_DESCRIPTION and tokens.joined[k] and tokens.is_word(k - 1):
        width = cues.ending_at(tokens.items, k)[0] if tokens.texts[k - 1].islower() else 0
        if width and _stands_alone(s, k - width, k):
            return True
        if not _describes(s, k - 1, m):
            return False
        k -= 1
    return False


def _describes(s: Scan, k: int, m: int) -> bool:
    """Whether token k, between a company noun and the `như` at m, describes the noun: a lower-case word
    that is no function word, an acronym (`FDI`), a place, or `của`, `tại`, `ở` before a place."""
    tokens = s.tokens
    if tokens.lowers[k] in _LIST_PLACE_WORDS:
        return k + 1 in s.place_at and k + 1 < m  # not `doanh nghiệp của nhiều nước như …`
    if s.inside_place[k] or k in s.place_at or is_acronym(tokens.texts[k]):
        return True
    # not `doanh nghiệp đến từ các nước như …`, `Tập đoàn A như …`
    return tokens.texts[k].islower() and not s.lex.name_stops.match(tokens.items, k)[0]


def _listed_brand(s: Scan, k: int) -> int:
    """End of a brand at k in a list of companies: a run of Latin capitalised words, one shaped unlike
    Vietnamese, that is no place and not the start of a longer capitalised name; 0 when none."""
    tokens = s.tokens
    if not tokens.is_cap_word(k) or k in s.place_at or s.inside_place[k] or tokens.texts[k] in _not_agencies():
        return 0
    last = _foreign_run(s, k, listed=True)
    if last == k:
        return 0
    last = _brand_tail(s, last)
    if last < len(tokens) and tokens.joined[last] and tokens.is_cap_word(last):
        return 0
    return last


def _brand_tail(s: Scan, j: int) -> int:
    """End of what a listed brand ending at j goes on with: a part glued by a hyphen (`Luxshare-ICT`), Latin
    words (`LG Display`), then its country (`Nichirin Việt Nam`); j when nothing follows."""
    tokens = s.tokens
    glued = j + 1 < len(tokens) and tokens.texts[j] in DASHES and tokens.items[j].gap == 0
    if glued and tokens.items[j + 1].gap == 0 and tokens.is_cap(j + 1) and tokens.texts[j + 1].isascii():
        j += 2
    if s.joined(j) and tokens.is_cap_word(j) and j not in s.place_at:
        j = _foreign_run(s, j, listed=True)
    place = s.place_at.get(j) if s.joined(j) else None
    if place is not None and place.level == "country":
        j = place.last
    return j


_BRANCH_LEVELS = frozenset({"country", "province", "region"})
_CITING_WORDS = frozenset({"theo", "với"})  # the body a sentence cites or speaks to: `Theo X`, `nói với X`


def branch_names(s: Scan, top: list[OrgMatch]) -> None:
    """`Agribank Nghệ An`, `Amway Việt Nam`, `Formosa Hà Tĩnh`: a country, province or region written one space
    after a one-word organisation name (a brand, an acronym) names that body's branch; the name runs over it, so
    the place is no place of its own and the branch is the organisation reported. Not a news outlet's name (`Theo
    Reuters Nga đã phóng …`: the agency, then the sentence's subject), not a name closing a photo credit, not
    a place that a clause's auxiliary or verb follows after a body cited (`Theo IMF Mỹ sẽ …`, `nói với X Nga
    không muốn …`, orgs_branch_not_before.txt; a branch may be the subject: `đại diện Grab Việt Nam cho hay`), not
    a bloc of countries (orgs_blocs.txt), nor a place another name opens. One pass over the names."""
    tokens = s.tokens
    taken = {match.first for match in top}
    clause = list_matcher("orgs_branch_not_before.txt", "lower")
    blocs = load_words("orgs_blocs.txt")
    for match in top:
        k, j = match.first, match.last
        if j - k != 1 or match.nested or match.head.media or not tokens.is_cap_word(k) or len(tokens.texts[k]) < 2:
            continue
        if tokens.texts[k] in blocs:
            continue  # `ASEAN - Trung Quốc`, `năm APEC Việt Nam 2017`: a member or the host, no branch
        place = s.place_at.get(j) if s.joined(j) and tokens.items[j].gap == 1 else None
        if place is None or place.level not in _BRANCH_LEVELS or place.from_unit or place.unit_start >= 0:
            continue
        if j in taken or not tokens.is_cap_word(j) or _media_any_case().match(tokens.items, k)[0]:
            continue
        if _after_credit_cue(s, k) or (k and tokens.texts[k - 1] == "/"):
            continue  # `Ảnh: CCO Saudi Arabia, …`: the credit ends with the agency
        end = place.last
        cited = k > 0 and s.joined(k) and tokens.lowers[k - 1] in _CITING_WORDS
        if cited and s.joined(end) and clause.match(tokens.items, end)[0]:
            continue  # `Theo IMF Mỹ sẽ …`: the body cited, then the clause's subject (not `Grab Việt Nam cho hay`)
        match.last = end
