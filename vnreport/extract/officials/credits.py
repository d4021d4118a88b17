"""Authors and signers: bylines, photo credits and the signature block of an official document.

- A photo or article credit after its cue and a colon: `Ảnh: Thái Minh`, `(Ảnh: Phương Hoa/TTXVN)`,
  `Ảnh: T.D`, `Bài và ảnh: Quốc Việt (TTXVN)`. The name stops at the outlet (`/TTXVN`), a closing mark,
  or a capitalised word that opens the next sentence (`Ảnh: Quang Hùng Tham dự …`).
- A byline at the end of the body: a name alone after the last sentence (`… không quá 2 ngày. Phạm Diệp`,
  `… Hữu Toàn`, `Bá Chiêm - Thắng Quang`, `N.Huyền`, `An Mai (Tổng hợp)`, `Theo Phương Dung (Dân Trí)`).
- A byline line right under the title (`Chu Văn`), before the body starts.
- A signature block: position lines in capitals (`CHỦ   TỊCH QUỐC HỘI`, `TM. ỦY BAN NHÂN DÂN` /
  `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`, `T/M BAN THƯỜNG VỤ`) and then the signer's name on a line of its own.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import overload

from vnreport.extract.locations import gazetteer
from vnreport.extract.names import (
    abbreviated_onset,
    anchor_matcher,
    country_matcher,
    ends_with_anchor,
    has_foreign_shape,
    is_name_start,
    is_vietnamese_syllable,
    middle_names,
    name_length,
    opens_clause,
    place_matcher,
    surnames,
    title_matcher,
)
from vnreport.extract.officials.anchoring import after_unit
from vnreport.extract.officials.given import PEN_NAME
from vnreport.extract.officials.lexicon import (
    account_page_heads,
    account_pages,
    account_words,
    byline_prefix_matcher,
    byline_suffix_matcher,
    credit_cue_matcher,
    credit_run_on_words,
    honorific_matcher,
    name_stop_words,
    outlet_matcher,
    signature_authorities,
    source_lead_words,
    source_note_matcher,
)
from vnreport.extract.officials.titles import TitlePhrase, title_phrases
from vnreport.extract.organizations.lexicon import lexicon as org_lexicon
from vnreport.extract.page import related_from, tail_kind
from vnreport.lexicon import load_words
from vnreport.report.model import Paragraph
from vnreport.segment.document import Document
from vnreport.segment.tokens import Token
from vnreport.text import strip_accents

_SEPARATORS = frozenset({"-", "–", ",", "và", "&"})
_NAME_CLOSERS = frozenset({"/", ")", "(", ".", ","})  # after a name's last word (`Ảnh: Nhan Sáng/TTXVN`)
_PHOTO_CUES = frozenset({"ảnh", "ảnh minh họa", "ảnh minh hoạ"})
_SENTENCE_END = frozenset({".", "!", "?", "…", "...", "”", '"', ")", "]", ":", ";"})
_MAX_WORDS = 4  # words of one author's name
_VOWELS = frozenset("aeiouy")  # a word of a name has one (accents stripped); `SVĐ`, `UBND` have none
_MAX_TAIL = 16  # tokens of a byline at the end of the body
_CREDIT_OPENERS = frozenset({"(", "[", "-", "–", "|"})
_REPORTER_CUES = frozenset({"PV", "CTV", "BTV"})  # a reporter's credit with an outlet: `PV A/VOV`
_LEAD_PARAGRAPHS = 3  # paragraphs under the title that may hold a byline


@dataclass
class Credit:
    """A name found as an author (`byline`), a photo credit (`credit`), a signer (`signature`) or a social-network
    account's owner (`account`: a person of the text)."""

    first: int  # index into doc.tokens
    last: int  # one past the name
    kind: str
    titles: list[TitlePhrase] = field(default_factory=list)
    title_tokens: list[Token] = field(default_factory=list)  # the tokens the title phrases index


@dataclass
class Credits:
    names: list[Credit] = field(default_factory=list)
    skip: set[int] = field(default_factory=set)  # paragraphs read here, not as body text


def find_credits(doc: Document, organisations: Sequence[tuple[int, int]] = ()) -> Credits:
    """Bylines, credits and signers of `doc`; a credit that is an organisation (`Ảnh: TTXVN`, `Ảnh: Báo
    Tiền Phong`: one of the `organisations` spans) names no person."""
    found = Credits()
    _signature_blocks(doc, found)
    _photo_credits(doc, found)
    _reporter_credits(doc, found)
    _trailing_byline(doc, found)
    _leading_byline(doc, found)
    _source_authors(doc, found)
    _initial_credits(doc, found)
    _account_owners(doc, found)
    spans = sorted(organisations)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    kept = []
    outlets = outlet_matcher()
    for credit in found.names:
        position = doc.tokens[credit.first].start
        k = bisect_right(starts, position) - 1
        organisation = k >= 0 and reach[k] > position
        outlet = outlets.length(doc.tokens, credit.first) == credit.last - credit.first
        words = [t.text for t in doc.tokens[credit.first : credit.last] if t.is_word]
        foreign = (  # `Ảnh: Japan Times`, `Ảnh: Washington Post`; not initials (`P.B`)
            credit.kind == "credit" and all(len(w) > 2 and has_foreign_shape(w) for w in words)
        )
        if credit.kind == "signature" or not (organisation or outlet or foreign):
            kept.append(credit)
    found.names = kept
    return found


# --- names ----------------------------------------------------------------------------------------------


def _initials(toks: Sequence[Token], i: int) -> int:
    """`T.H`, `N.Huyền`, `Tr. Hùng`, `P.B`: capitals joined by dots, ending in a capital or a syllable. A part of
    two letters is a Vietnamese onset (`Tr`, `TH`); other pairs are acronyms ending a sentence (`… Ảnh: RT. Ông
    …`, `ngành GD-ĐT. Minh`)."""
    j = i
    while (
        j + 2 < len(toks)
        and toks[j].is_cap_word
        and (len(toks[j].text) == 1 or (len(toks[j].text) == 2 and abbreviated_onset(toks[j].text.title())))
        and toks[j + 1].text == "."
        and toks[j + 1].gap == 0
        and toks[j + 2].is_cap_word
        and (toks[j + 2].gap == 0 or (toks[j + 2].gap == 1 and _spaced_part(toks, i, j + 2)))
    ):
        j += 2
    return j + 1 - i if j > i else 0


def _spaced_part(toks: Sequence[Token], i: int, k: int) -> bool:
    """A word after a dot and a space still belongs to the initials that start at toks[i] when one letter stands
    before it (`Tr. Hùng`, `N. Huyền`) or the letters before it are spaced the same way (`N. T. Hà`). After
    letters joined by dots (`N.S.`) the dot closed the credit and the word opens the next sentence (`Ảnh: N.S.
    Theo chị …`, `Ảnh: H.B. Thủ tướng …`): in the news read, every such word was the next sentence's first."""
    return k == i + 2 or toks[k - 2].gap == 1


def _blocks_name(toks: Sequence[Token], j: int, start: int) -> bool:
    """A word that cannot be part of an author's name: a title, a sentence opener (`Tại`), a word of
    capitals after a name in lower case (`TTXVN`), or the start of a word that runs on in lower case
    (`Tham dự`, `Tổng mức`: the next sentence has begun)."""
    tok = toks[j]
    if title_matcher().length(toks, j):
        return True
    cue = credit_cue_matcher().length(toks, j) if j > start else 0
    if cue and j + cue < len(toks) and toks[j + cue].text == ":":
        return True  # `Ảnh: VGP/Quang Hiếu Ảnh: …`: the next credit
    if tok.text in credit_run_on_words():
        return True  # `Ảnh: Cankao Tờ Nikkei Shimbun …`: the next sentence names its paper
    if tok.text in name_stop_words():  # `Tại`, `Sáng 7/2`; not the given name of `Nhan Sáng/TTXVN`
        return not (j > start and j + 1 < len(toks) and toks[j + 1].text in _NAME_CLOSERS)
    if j > start and len(tok.text) > 1 and not set(strip_accents(tok.text)) & _VOWELS:
        return True  # `Ảnh: NGUYỄN HƯỞNG SVĐ Hàng Đẫy …`: an acronym without a vowel opens the next sentence
    if j > start and opens_clause(toks, j, after_middle=True):
        return True  # `Ảnh: Thái Minh Tổng mức đầu tư`: a head word opens the next clause
    # a word in capitals after one that is not (`TTXVN` after `Phương Hoa`) opens something else; a one-letter
    # syllable is written both ways and ends a name (`Ảnh: Như Ý.`, `Hồ Y`), only as its last word: one that a
    # capitalised word continuing a name follows opens the next sentence (`Ảnh: Minh Đức Ở Hà Nội, …`)
    if not (j > start and tok.text.isupper() != toks[start].text.isupper()):
        return False
    return len(tok.text) > 1 or _name_goes_on(toks, j + 1)


def _name_goes_on(toks: Sequence[Token], k: int) -> bool:
    """toks[k] is a capitalised word on the same line that would continue a name (`Hà Nội` after `Ở`), not one
    that opens the next sentence, a lower-case word after it (`Ảnh Gia Y Cho ý kiến …`: `_sentence_opens`). A
    name of the next sentence in that shape (`Hoàng Hà A Lưới là …`) is not told apart."""
    return k < len(toks) and toks[k].is_cap_word and toks[k].gap == 1 and not _sentence_opens(toks, k)


def _opens_word(toks: Sequence[Token], j: int) -> bool:
    """A capitalised syllable that the segmenter joins to the lower-case one after it (`Công an`, `Truyền
    thông`, `Bên cạnh`): a word of the next sentence, not of a name."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return not toks[j].last and nxt is not None and nxt.is_word and not nxt.is_cap and nxt.gap == 1


def author_length(toks: Sequence[Token], i: int, *, single: bool = False, credited: bool = False) -> int:
    """Tokens of one author's name at toks[i]: initials, a name in capitals (`MẠNH QUÂN`, `BA` when
    `single`), or two to four capitalised syllables (`Thắng Quang`, `Trần Văn Nam`)."""
    if i >= len(toks) or not toks[i].is_cap_word or honorific_matcher().length(toks, i):
        return 0  # `Video: TS. Lê Doãn Hợp cho rằng …`: a degree opens a caption about someone, not a credit
    initials = _initials(toks, i)
    if initials:
        return initials
    j = i
    while j < len(toks) and j - i < _MAX_WORDS and toks[j].is_cap_word and (j == i or toks[j].gap == 1):
        if _blocks_name(toks, j, i) or _opens_word(toks, j):
            break
        j += 1
    runs_on = j < len(toks) and toks[j].is_word and not toks[j].is_cap and toks[j].lower not in _SEPARATORS
    if runs_on and (j - i >= 3 or (single and j - i == 2)):
        j -= 1  # `Ảnh: Hà Linh Nhìn lại …`: a capitalised word then lower case opens the next sentence; after a
        # photo cue the same holds for two words (`Ảnh: Internet Tin trên …`), and one word left is no one's name
    if j - i == 4 and [t.text for t in toks[i : i + 2]] == [t.text for t in toks[i + 2 : j]]:
        j -= 2  # `Quang Hiếu Quang Hiếu`: the page wrote the credit twice
    if single and j - i == 3 and _pen_name_runs_on(toks, i, j):
        j -= 1
    if j - i >= 2:
        return 0 if not credited and place_matcher().length(toks, i) == j - i else j - i  # `PV Thái Bình`
    alone = i + 1 >= len(toks) or not toks[i + 1].is_word
    if single and j - i == 1 and toks[i].text.isupper() and len(toks[i].text) >= 2 and alone:
        return 1  # `Ảnh: BA.`, not `Ảnh: TH Vĩnh Long`
    if single and j - i == 1 and toks[i].text.isupper() and 2 <= len(toks[i].text) <= _MAX_INITIALS:
        return int(_sentence_opens(toks, i + 1))  # `Ảnh: NG Chưa thấy …`: the credit, then the next sentence
    return 0


_MAX_INITIALS = 3  # letters of an author's initials written in capitals without dots (`NG`, `KP`, `VQ`)


def _pen_name_runs_on(toks: Sequence[Token], i: int, j: int) -> bool:
    """Three capitalised syllables toks[i:j] after a credit cue, the first no surname, and the text going on
    after them on the same line (`Ảnh: Thu Huyền Năm 2016 …`, `Ảnh: VGP/Quang Hiếu Hai nhà lãnh đạo …`): the
    author signs with a two-syllable pen name and the third syllable opens the next sentence. A full name
    opens with a surname (`Ảnh: Lê Anh Dũng Trước đó …`), and a credit that ends its line or meets `/`, `)`
    or `-` is left whole."""
    if toks[i].text.isupper() or toks[i].text in surnames():
        return False  # `CTV CẦM THI`, `LÊ HOÀNG VŨ`: capitals are read as their own kind of credit
    if any(has_foreign_shape(t.text) for t in toks[i:j]):
        return False  # `Ảnh: Phnom Penh Post …`: an outlet's name, whole
    return j < len(toks) and toks[j].gap == 1 and toks[j].kind in ("word", "number")


def _sentence_opens(toks: Sequence[Token], j: int) -> bool:
    """A capitalised word followed by a lower-case one opens a sentence here (`Chưa thấy`, `Dự kiến`), where a
    run of capitalised words (`TH Vĩnh Long`) may still be a name or a heading; so does any word that never
    continues a name (name_stop_words: `Chiều 12.5, …`, `Tại …`), whatever follows it: no date is checked."""
    if j + 1 < len(toks) and toks[j].gap == 1 and toks[j].text in name_stop_words():
        return True
    return (
        j + 1 < len(toks)
        and toks[j].is_cap_word
        and toks[j].gap == 1
        and toks[j + 1].is_word
        and not toks[j + 1].is_cap
        and not toks[j + 1].is_cap_word
    )


class _Prefix(Sequence[Token]):
    """The first `end` tokens of a list, without copying them: a credit's names are read up to its line's end,
    and a copy per credit (`toks[:end]`) made a file of many credit lines quadratic."""

    __slots__ = ("_end", "_toks")

    def __init__(self, toks: Sequence[Token], end: int) -> None:
        self._toks, self._end = toks, min(end, len(toks))

    def __len__(self) -> int:
        return self._end

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Token]: ...

    def __getitem__(self, index: int | slice) -> Token | Sequence[Token]:
        if isinstance(index, slice):
            return self._toks[slice(*index.indices(self._end))]
        if index < 0:
            index += self._end
        if not 0 <= index < self._end:
            raise IndexError(index)
        return self._toks[index]


def _authors(
    toks: Sequence[Token], i: int, end: int, *, single: bool = False, credited: bool = False
) -> tuple[list[tuple[int, int]], int]:
    """Names from toks[i] on, joined by `-`, `,`, `và`; the index where they stop. `credited`: after `PV`, a
    name that is also a place's is the author's (`PV Thái Bình`)."""
    names: list[tuple[int, int]] = []
    k = i
    while k < end:
        length = author_length(_Prefix(toks, end), k, single=single, credited=credited)
        if not length:
            break
        if k + length + 1 < end and toks[k + length].text == "/" and _outlet_before_name(toks, k, length, end):
            k += length + 1  # `Ảnh: VGP/Nhật Bắc`: the outlet, then the author
            continue
        if length == _MAX_WORDS and _two_pen_names(toks, k):
            names.append((k, k + PEN_NAME))
            k, length = k + PEN_NAME, length - PEN_NAME
        names.append((k, k + length))
        k += length
        if k < end and toks[k].text == "/":  # `Phương Hoa/TTXVN`: the outlet follows
            k += 1
            while k < end and toks[k].gap == 0 and (toks[k].is_wordlike or toks[k].kind == "dot"):
                k += 1
            break
        if k + 1 < end and toks[k].lower in _SEPARATORS and toks[k + 1].is_cap_word:
            k += 1
            continue
        if k < end and toks[k].is_cap_word and toks[k].gap in _MARK_GAPS:
            continue  # `Linh Chi _Văn Khánh`: a mark the tokens leave out (`_`, `•`) between two authors
        if k < end and toks[k].is_cap_word and _initials(toks, names[-1][0]) == names[-1][1] - names[-1][0]:
            if _runs_into_text(toks, k, end):
                break  # `Ảnh: TR.L Như Lao Động đã thông tin …`: the next sentence opens after the credit
            continue  # `N.Duy PHƯƠNG NHUNG`: a photo credit, then the authors
        break
    return names, k


def _runs_into_text(toks: Sequence[Token], k: int, end: int) -> bool:
    """The capitalised words from toks[k] run on into a word in lower case on the line: a sentence, no author."""
    j = k
    while j < end and toks[j].is_cap_word and (j == k or toks[j].gap == 1):
        j += 1
    return j < end and toks[j].is_word and not toks[j].is_cap and toks[j].gap == 1


def _two_pen_names(toks: Sequence[Token], k: int) -> bool:
    """Four capitalised syllables at toks[k] that are two reporters' pen names the page wrote without their `-`
    (`Thu Hằng Hoàng Phương`, `Quang Hiếu Vũ Dũng`): the third opens a name with a surname while the second
    is neither a surname nor a middle name, so the first two cannot open one four-syllable name (`Nguyễn Thị
    Kim Ngân`, `Nguyễn Lê Hoàng Nam`, `Quàng Văn Hải Anh`, `Tôn Nữ Lê Vy` stay whole)."""
    words = [t.text for t in toks[k : k + _MAX_WORDS]]
    if any(w.isupper() or has_foreign_shape(w) for w in words):
        return False  # `NHÓM PV THỜI SỰ`; `Ảnh: Internet Tờ Bành Bái`: an outlet, not two reporters
    second, third = words[1], words[2]
    if f"{words[0]} {second}" in load_words("names_compound_surnames.txt"):
        return False  # `Tôn Nữ Lê Vy`: a compound surname opens one name
    return third in surnames() and second not in surnames() and second not in middle_names()


_MARK_GAPS = frozenset({2, 3})  # characters between two names where a mark (`_`) the tokens leave out stands


def _outlet_before_name(toks: Sequence[Token], k: int, length: int, end: int) -> bool:
    """An outlet in capitals (`VGP`, `TTXVN`: byline_outlets.txt, or an acronym of three letters or more) before
    `/` and an author's name."""
    text = toks[k].text
    outlet = outlet_matcher().length(toks, k) == length or (length == 1 and len(text) >= 3 and text.isupper())
    return outlet and bool(author_length(_Prefix(toks, end), k + length + 1))


# --- photo and article credits --------------------------------------------------------------------------


def _photo_credits(doc: Document, found: Credits) -> None:
    toks = doc.tokens
    matcher = credit_cue_matcher()
    openers, lower = matcher.openers, matcher.reads_lower
    line_ends: list[int] | None = None  # read once, when a cue is found: `Ảnh: ` ×10,000 on one line stays linear
    i = 0
    while i < len(toks):
        if (toks[i].lower if lower else toks[i].text) not in openers:
            i += 1
            continue
        length = matcher.length(toks, i)
        colon = i + length
        listed = i > 0 and toks[i].is_cap and toks[i - 1].text == ","  # `Theo A, Đồ họa: B/VOV.VN`
        if length == 1 and _bare_photo_cue(toks, i):
            colon = i  # `… ngân sách. Ảnh Hồng Hải Đề xuất …`: the cue without its colon, the author right after
        elif (
            not length
            or colon >= len(toks)
            or toks[colon].text != ":"
            or not (listed or _opens_clause(toks, i) or _after_caption(toks, i))
        ):
            i += 1
            continue
        line_ends = line_ends or _line_ends(toks)
        end = line_ends[colon + 1] if colon + 1 < len(toks) else len(toks)
        names, k = _authors(toks, colon + 1, end, single=True)
        cue = " ".join(t.lower for t in toks[i : i + length])
        kind = "credit" if cue in _PHOTO_CUES else "byline"
        for first, last in names:
            if colon == i and _plain_words(toks, first, last) > BARE_CREDIT_WORDS:
                continue  # `Ảnh Đức Trí Thấy Đông và …`: without a colon, where the name ends is not written
            found.names.append(Credit(first, _initials_dot(toks, first, last), kind))
        i = max(k, i + 1)


def _initials_dot(toks: Sequence[Token], first: int, last: int) -> int:
    """End of a credit's name with the dot of its last initial (`Ảnh: N.S. Theo chị …` gives `N.S.`): the name is
    letters joined by dots, its last part one capital letter and the dot glued to it, so the dot is the letter's
    own, written as the gold writes people (with a final dot). A name whose last part is a word keeps the dot to
    its sentence (`Ảnh: M.Hoàng.` gives `M.Hoàng`)."""
    if last - first < 3 or last >= len(toks) or _initials(toks, first) != last - first:
        return last
    end, dot = toks[last - 1], toks[last]
    return last + 1 if len(end.text) == 1 and end.text.isupper() and dot.text == "." and dot.gap == 0 else last


# Plain capitalised words a credit written without its colon may have (`Ảnh Hồng Hải`): a third may be the text's
# (`Ảnh Đức Trí Thấy Đông và …`). The summary's lead cuts such a credit off a sentence by the same limit.
BARE_CREDIT_WORDS = 2


def is_plain_word(tok: Token) -> bool:
    """A word that is not initials or an acronym in capitals (`T.D`, `AFP`): one a name is counted in."""
    return tok.kind == "word" and (len(tok.text) == 1 or not tok.text.isupper())


def _plain_words(toks: Sequence[Token], first: int, last: int) -> int:
    return sum(1 for t in toks[first:last] if is_plain_word(t))


def _bare_photo_cue(toks: Sequence[Token], i: int) -> bool:
    """`Ảnh` written capitalised where a clause opens, without a colon, and a capitalised word after it on the same
    line (`Ảnh Công Xuân`, `Ảnh HT`): a photo credit. Other cues need their colon (`Ảnh minh họa` is a caption)."""
    if toks[i].text != "Ảnh" or i == 0 or not _opens_clause(toks, i) or i + 1 >= len(toks):
        return False
    return toks[i + 1].is_cap_word and toks[i + 1].gap == 1


def _initial_credits(doc: Document, found: Credits) -> None:
    """`… hài lòng" - ông Nghĩa nói. T.Dương Răn đe được ai!`: an author's initials and name where a sentence
    opens, before the next capitalised word or the line's end — a photo's credit left in the text. Not an
    abbreviation (`TP.HCM`: its last part is a word in capitals) nor a degree (`TS.`)."""
    toks = doc.tokens
    taken = {k for c in found.names for k in range(c.first, c.last)}
    until = 0  # one past the last run of initials read: each token is read once (`TP. TP. TP.` …)
    for i, tok in enumerate(toks):
        if i < until or len(tok.text) > 2 or not tok.is_cap_word or i in taken or not _opens_clause(toks, i):
            continue
        if i > 1 and toks[i - 1].text == "." and toks[i - 1].gap == 0 and len(toks[i - 2].text) == 1:
            continue  # inside `B.B.Đ`
        length = _initials(toks, i)
        until = i + length
        if not length:
            continue
        last = toks[i + length - 1]
        nxt = toks[i + length] if i + length < len(toks) else None
        if (len(last.text) > 1 and last.text.isupper()) or honorific_matcher().length(toks, i):
            continue
        if not tok.text.isupper() and is_vietnamese_syllable(tok.text):
            continue  # `Mỹ. Nếu …`: a word ends the sentence, no initial
        if gazetteer().units.length(toks, i) or place_matcher().length(toks, i + length - 1):
            continue  # `Q. Gò Vấp`, `TP. Hồ Chí Minh`: a unit and its place
        if _answer_option(toks, i):
            continue  # `A. Nam Bộ. B. Miền Trung. C. Tây Bắc.`: a multiple-choice question's answers
        if i > 0 and toks[i - 1].text == "(" and nxt is not None and nxt.is_cap_word:
            continue  # `(H.Hòa Thành)`, `(T.Ư Hội NDVN)`: an abbreviated unit or body, its name goes on in the bracket
        if nxt is None or nxt.gap < 0 or nxt.is_cap_word:
            found.names.append(Credit(i, i + length, "credit"))


_ACCOUNT_LINKS = frozenset({"có", "tên", ":"})  # `tài khoản Facebook có tên Thanh Le`, `Nguồn FB: Thu Hà`
_ACCOUNT_CUE_REACH = 3  # tokens between a credit's cue and the account word (`Ảnh: Facebook`, `Nguồn FB`)


def _account_owners(doc: Document, found: Credits) -> None:
    """`tài khoản Facebook Thanh Le đăng clip`, `Ảnh: Facebook Trần Anh Khoa`, `Nguồn FB Kiều Quang Trí`: the name of a
    social-network account (byline_account_words.txt), read as a credit's author is (two to four capitalised
    syllables, with or without accents: `Thu Lengoc`), is its owner's, a person. After a credit's cue (`Ảnh`,
    `Nguồn`) the owner is the photo's credit, elsewhere a person of the text. One word after the platform is a
    product or the next sentence (`Facebook Live`, `Ảnh: CNN/Facebook Hành động …`) and names no one; a capitalised
    run that goes on past the name leaves its end unwritten and is skipped. Each account word is read once, the
    name at most _MAX_WORDS words on: linear in the text."""
    toks = doc.tokens
    words = account_words()
    # a credit read from the platform on (`Ảnh: Facebook Trần Anh` of `Ảnh: Facebook Trần Anh Khoa`) gives way to
    # the owner read after it
    # a credit read from a page's word on (`Ảnh: Trang Facebook Nguyễn Văn` of `… Nguyễn Văn Hùng`) gives way too
    found.names = [c for c in found.names if toks[c.first].text not in words and not _opens_on_page(toks, c.first)]
    taken = {k for c in found.names for k in range(c.first, c.last)}
    cues = credit_cue_matcher()
    for i, tok in enumerate(toks):
        if tok.text not in words or i + 1 >= len(toks) or toks[i + 1].gap < 0:
            continue
        k = i + 1
        while k < len(toks) and k - i <= 2 and toks[k].lower in _ACCOUNT_LINKS:
            k += 1  # `có tên`, `tên`, or `:` between the platform and the name
        if k >= len(toks) or k in taken or toks[k].gap < 0:
            continue
        length = _person_shaped(toks, k)
        if not length and (_page_before(toks, i) or _page_head(toks, k)):
            continue  # `Trang Facebook Tin Tức`, `Ảnh: Facebook Hội Phượt`: a page's or a group's name
        # `trang Facebook Nguyễn Văn Hùng`: a page named as a person is (a surname, then given names) is that
        # person's; elsewhere the name is read as a credit's author is (`Facebook Thanh Le`)
        length = length or author_length(toks, k)
        if length < 2 or _initials(toks, k) == length:
            continue  # `FB N.H`: initials after a platform are read as a credit's, by the other readers
        if k + length < len(toks) and toks[k + length].is_cap_word and toks[k + length].gap == 1:
            continue  # `Ảnh: Facebook Trần Anh Khoa Suối Voi là …`: a caption runs on, where the name ends is unwritten
        cued = any(cues.length(toks, j) for j in range(max(0, i - _ACCOUNT_CUE_REACH), i))
        found.names.append(Credit(k, k + length, "credit" if cued else "account"))
        taken.update(range(k, k + length))


_SHAPED_MAX = 4  # syllables of a Vietnamese full name; a longer capitalised run is a caption running on


def _person_shaped(toks: Sequence[Token], k: int) -> int:
    """Tokens of a name with a person's shape at toks[k]: a surname of the lexicon (names_surnames.txt), then given
    names (`Nguyễn Văn Hùng`), read by `name_length`; 0 for any other name (`Tin Tức`, `Hội Phượt`) and for a run of
    more than _SHAPED_MAX words (`Ảnh: Facebook Trần Anh Khoa Suối Voi là …`: the caption's next sentence runs on,
    where the name ends is unwritten)."""
    length = name_length(toks, k) if toks[k].text in surnames() else 0
    return length if length <= _SHAPED_MAX else 0


def _opens_on_page(toks: Sequence[Token], first: int) -> bool:
    """A credit read from a page's word (or two) on, right before a platform's (`Ảnh: Trang Facebook …`): the name
    after the platform is read by `_account_owners`, a person's only in a person's shape."""
    words = account_words()
    return any(j < len(toks) and toks[j].text in words and _page_before(toks, j) for j in (first + 1, first + 2))


def _page_before(toks: Sequence[Token], i: int) -> bool:
    """The word (or two) right before the platform's toks[i] makes its name a page's (account_pages): `Trang
    Facebook`, `Cộng đồng Facebook`."""
    pages = account_pages()
    return (i > 0 and toks[i - 1].lower in pages) or (i > 1 and f"{toks[i - 2].lower} {toks[i - 1].lower}" in pages)


def _page_head(toks: Sequence[Token], k: int) -> bool:
    """The name at toks[k] opens on a body's head (account_page_heads): `Facebook Hội Phượt`."""
    heads = account_page_heads()
    return toks[k].lower in heads or (k + 1 < len(toks) and f"{toks[k].lower} {toks[k + 1].lower}" in heads)


_OPTIONS = "ABCD"
_OPTION_REACH = 16  # tokens between two answers of one question: bounded, so the look stays linear


def _answer_option(toks: Sequence[Token], i: int) -> bool:
    """toks[i] is a letter of a multiple-choice question's answers (`A. Đồng Nai. B. Cả. C. Thu Bồn. D. Mê Công`):
    `A`–`D` with its dot, and the letters before it in the series back to `A`, each with its dot a few tokens before
    the next (after `A`, `B` after it). One letter with a dot alone stays a credit's initial (`C. Nguyên`), so does
    one after a sentence ending in another letter (`… tòa nhà B. C. Nguyên`: no `A.` opens the series). At most
    three windows of _OPTION_REACH tokens are read."""
    letter = toks[i].text
    if len(letter) != 1 or letter not in _OPTIONS or i + 1 >= len(toks) or toks[i + 1].text != ".":
        return False
    if letter == "A":
        window = range(i + 2, min(len(toks) - 1, i + _OPTION_REACH))
        return any(toks[k].text == "B" and toks[k + 1].text == "." for k in window)
    at = i
    for wanted in reversed(_OPTIONS[: _OPTIONS.index(letter)]):  # `C`: its `B`, then that `B`'s `A`
        window = range(at - 1, max(0, at - _OPTION_REACH) - 1, -1)
        before = next((k for k in window if toks[k].text == wanted and toks[k + 1].text == "."), None)
        if before is None:
            return False
        at = before
    return True


def _reporter_credits(doc: Document, found: Credits) -> None:
    """`PV Thái Bình/VOV Miền Trung thông tin, …`: a reporter named with an outlet, without a colon, where a
    sentence opens."""
    toks = doc.tokens
    for i, tok in enumerate(toks):
        if tok.text not in _REPORTER_CUES or not _opens_clause(toks, i):
            continue
        names, _ = _authors(toks, i + 1, min(len(toks), i + 12), credited=True)
        if names and names[-1][1] < len(toks) and toks[names[-1][1]].text == "/":
            for first, last in names:
                found.names.append(Credit(first, last, "byline"))


def _opens_clause(toks: Sequence[Token], i: int) -> bool:
    """A credit cue opens its line, or follows a sentence end, an opening bracket or a caption's dash (`… đường
    Trường Sơn - Ảnh: Phan Tư`)."""
    return i == 0 or toks[i].gap < 0 or toks[i - 1].text in _SENTENCE_END or toks[i - 1].text in _CREDIT_OPENERS


def _after_caption(toks: Sequence[Token], i: int) -> bool:
    """A capitalised credit cue right after a lower-case word of its line (`… trả lại tài sản cho hành khách  Ảnh:
    May Bình …`): the photo's caption ended without its full stop, and the credit follows it."""
    return i > 0 and toks[i].is_cap_word and toks[i].gap > 0 and toks[i - 1].is_word and not toks[i - 1].is_cap


def _line_ends(toks: Sequence[Token]) -> list[int]:
    """For each token k, the next token after it that opens a line (or the end): where a credit written at k
    ends. One pass from the end instead of a walk from each cue."""
    ends = [len(toks)] * len(toks)
    nxt = len(toks)  # the next token after k that opens a line
    for k in range(len(toks) - 1, -1, -1):
        ends[k] = nxt
        if toks[k].gap < 0:
            nxt = k
    return ends


# --- bylines --------------------------------------------------------------------------------------------


def _before_page_tail(doc: Document, body: list[Paragraph]) -> list[Paragraph]:
    """The body without the page after the article: from the first line in its last half that opens a list
    of other articles (`Tin khác`), and the widget lines before that or at the end (`Lượt xem: 400`)."""
    end = related_from(doc, body)
    while end > 2 and tail_kind(doc, body[end - 1]) is not None:
        end -= 1
    return body[:end]


_STAMP_MARKS = frozenset({"/", ":", ",", ".", "-"})
_MAX_STAMP = 12  # tokens of a date and time after a byline


def _stamp_part(text: str) -> bool:
    """`17/05/2024`, `09:12`, `2024`: digits and the marks of a date or a time."""
    return text[:1].isdigit() and all(c.isdigit() or c in "/:.-" for c in text)


def _before_stamp(toks: list[Token], first: int, end: int) -> int:
    """Where a byline's date and time stamp begins (`| 17/05/2024, 09:12`, `- 14/08/2025 10:25`), digits and
    their marks after a dash or a bar; `end` when the line ends otherwise."""
    k = end
    while k > first and end - k < _MAX_STAMP and (_stamp_part(toks[k - 1].text) or toks[k - 1].text in _STAMP_MARKS):
        k -= 1
    if k == end or not any(_stamp_part(t.text) for t in toks[k:end]):
        return end
    if toks[k].text in {"-", "|"} and k > first:
        return k
    if k > first and toks[k - 1].text in {"|", "–"}:
        return k - 1
    return end


# Tokens of a parenthesis closing a byline: `(TTXVN)`, `(Tổng hợp theo báo TTXVN, VnExpress)`.
_CLOSING_PARENTHESIS = 12
# A reader's address closing a letter may be longer (`(Phố …, phường …, quận …, Hà Nội)`).
_ADDRESS_PARENTHESIS = 24


def _holds_address(toks: Sequence[Token], first: int, end: int) -> bool:
    """An administrative unit and its name among toks[first:end] (`phường Trúc Bạch`): an address."""
    units = gazetteer().units
    return any(toks[j].lower in units.openers and units.length(toks, j) for j in range(first, end))


def _trailing_byline(doc: Document, found: Credits) -> None:
    """A name alone after the last sentence of the body: `… kiểm tra. Trường Lưu`."""
    body = [p for k, p in enumerate(doc.paragraphs) if p.kind in ("body", "title") and k not in found.skip]
    body = _before_page_tail(doc, body)
    if len(body) < 2 or body[-1].kind != "body":
        return
    last = body[-1]
    toks = doc.tokens
    first, end = doc.token_index(last.start), doc.token_index(last.end)
    stopped = end > first and toks[end - 1].text in _FULL_STOPS  # the line ends a sentence: no caption before it
    while end > first and toks[end - 1].text in {".", "/", "-", "–"}:
        end -= 1  # `… về Hoa Kỳ. Trọng Nhân -`
    end = _before_source_note(toks, first, end)  # `Thu Hằng - Đức Yên - Nguồn clip: VTV`
    end -= _repeated_tail(toks, first, end)  # `Bình Minh/VOV.VN Bình Minh/VOV.VN`: the page wrote it twice
    end = _before_stamp(toks, first, end)  # `Mạnh Cường - 17/05/2024, 09:12`: the page's date and time
    # a parenthesis or an outlet that closes the byline: `(Tổng hợp)`, `(TTXVN)`, `/VOV.VN`
    outlet_closed = False  # `QV (TTXVN)`: an outlet in brackets closes the line, initials in capitals before it
    if end - first > 2 and toks[end - 1].text == ")":
        k = end - 2
        while k > first and toks[k].text != "(" and end - k < _ADDRESS_PARENTHESIS:
            k -= 1
        if toks[k].text == "(" and (end - k <= _CLOSING_PARENTHESIS or _holds_address(toks, k + 1, end - 1)):
            outlet_closed = outlet_matcher().length(toks, k + 1) == end - 2 - k
            end = k
    end -= _suffix_length(toks, first, end)  # `Đ.MINH ghi`, `Công Khanh - Bá Chiêm thực hiện`
    slashed = False  # a known outlet after `/` closes the line: the name before it is a reporter's, even one a
    # place bears (`Thái Bình/VOV`)
    for k in range(end - 1, max(first, end - 8), -1):  # `… Đình Thiệu/VOV miền Trung`: the outlet follows
        if toks[k].text in _FULL_STOPS and toks[k].kind != "dot":
            break  # `Ảnh: VGP/Quang Hiếu. Thế Long`: the outlet of a credit in the last sentence, not the byline's
        if toks[k].text == "/" and toks[k].gap == 0 and toks[k - 1].is_cap_word and toks[k + 1].is_cap_word:
            slashed = outlet_matcher().length(toks, k + 1) > 0
            end = k
            break
    start = _tail_start(toks, first, end)
    lower_prefix = start is None  # `Tổng hợp`: what was done, not a reporter's mark (`PV Thái Bình`)
    if lower_prefix:
        start = _prefixed_tail_start(toks, first, end)  # `… ra quân. Tổng hợp Hoàng Hà`
    captioned = start is None and not stopped
    if captioned:
        start = _captioned_tail_start(toks, first, end)  # `… vào Donetsk Ngọc Dương`
    if start is None or _after_clause_colon(toks, first, start):
        return
    if toks[start].lower == "theo":
        start += 1
    prefix = byline_prefix_matcher().length(toks, start)  # `PV Thái Bình/VOV`, without a colon
    prefixed = bool(prefix) and start + prefix < end and toks[start + prefix].is_cap_word
    if prefixed:
        start += prefix
    # not `Tổng hợp Hà Nội`
    names, stop = _authors(toks, start, end, credited=(prefixed and not lower_prefix) or (slashed and not captioned))
    if captioned and any(_written_before(doc.text, toks, a, b) for a, b in names):
        return  # a name the text wrote before is someone the article is about, not its author
    if not names and outlet_closed and end - start == 1 and 2 <= len(toks[start].text) <= _MAX_INITIALS:
        names, stop = _authors(toks, start, end, single=True)  # `QV (TTXVN)`: the reporter's initials
    if (
        not names
        and 2 <= end - start <= 3
        and all(_plain_name_word(toks[k]) for k in range(start, end))
        and place_matcher().length(toks, start) != end - start
        and not anchor_matcher().length(toks, start)
    ):
        names, stop = [(start, end)], end  # `… ra khơi sản xuất được. Viết Ý (TTXVN)`: a name alone fills the tail
    if names and (stop == end or toks[stop].text == "/"):
        for a, b in names:
            found.names.append(Credit(a, b, "byline"))


def _before_source_note(toks: Sequence[Token], first: int, end: int) -> int:
    """Where a source note closing the body begins (`… Đức Yên - Nguồn clip: VTV`): a dash, the note's words
    (`byline_source_notes.txt`), a colon and a few tokens to the line's end; `end` when there is none."""
    notes, leads = source_note_matcher(), source_lead_words()
    for k in range(end - 3, max(first, end - _MAX_SOURCE_NOTE) - 1, -1):
        if toks[k].text not in {"-", "–"} or k + 1 >= end:
            continue
        length = notes.length(toks, k + 1)
        if length and k + 1 + length < end and toks[k + 1 + length].text == ":":
            return k
        if toks[k + 1].text in leads and _outlet_to_end(toks, k + 2, end):
            return k  # `Hồng Vân - Theo Tuổi Trẻ`: the outlet the byline's author took the story from
    return end


def _outlet_to_end(toks: Sequence[Token], k: int, end: int) -> bool:
    """toks[k:end] is an outlet's name closing the line (`Tuổi Trẻ`, `VnExpress`, `Dân trí`): a capitalised first
    word, then at most `_MAX_OUTLET_WORDS` words in all and no sentence end among them."""
    if k >= end or end - k > _MAX_OUTLET_WORDS or not toks[k].is_cap_word or toks[k - 1].gap != 1:
        return False
    return all(t.is_wordlike or t.kind == "dot" for t in toks[k:end])


_MAX_SOURCE_NOTE = 10  # tokens of `- Nguồn clip: VTV` and the like
_MAX_OUTLET_WORDS = 4  # words of an outlet's name after `- Theo` (`Sài Gòn Giải Phóng`)


def _suffix_length(toks: Sequence[Token], first: int, end: int) -> int:
    """The tokens of a word closing a byline after the name (`ghi`, `thực hiện`), when a name's capitalised word
    stands right before it; else 0."""
    length, _ = byline_suffix_matcher().ending_at(toks, end)
    if not length or end - length - 1 < first or not toks[end - length - 1].is_cap_word:
        return 0
    return length


def _prefixed_tail_start(toks: Sequence[Token], first: int, end: int) -> int | None:
    """A byline tail that opens with a prefix in lower case after the last sentence end (`… ra quân. Tổng hợp
    Hoàng Hà`): the prefix's first token, where `_tail_start` stops at the prefix's lower-case word."""
    k = end - 1
    while k >= first and end - k <= _MAX_TAIL and (toks[k].is_cap_word or toks[k].lower in _SEPARATORS):
        k -= 1
    matcher = byline_prefix_matcher()
    for j in range(k, max(first - 1, k - 3), -1):
        if (j == first or toks[j - 1].text in _FULL_STOPS) and matcher.length(toks, j) == k + 1 - j:
            return j
    return None


_CAPTION_DASHES = frozenset({"-", "–"})  # between two authors of a tail that closes a caption (`Hoàng Yến – Xuân Toàn`)


def _captioned_tail_start(toks: Sequence[Token], first: int, end: int) -> int | None:
    """Where the authors start in a byline written right after a photo's caption or another article's title that
    ends without a full stop, the last words of the body (`… nã pháo vào Donetsk Ngọc Dương`, `… tàu Echigo Hồ
    Xuân Mai`, `… Phụ huynh 'tố', trường nói 'vô can' Tú Anh`): the capitalised words that close the body follow a
    word in lower case; the first author is the last two of them (three when the third from the end is a surname),
    the caption's own proper names before them (`Donetsk`, `Echigo`) left out. Not after an anchor, a title, a
    body's or a facility's head (`… làm việc với ông Văn Minh`, `… tại chợ Bến Thành`), nor in a run that opens
    after an anchor, a title, a unit or a body (`… với Bí thư Thành ủy Hà Nội Đinh Tiến Dũng`), and not a place;
    None when the tail has no such shape."""
    k = end
    while k > first and end - k < _MAX_TAIL and (toks[k - 1].is_cap_word or toks[k - 1].text in _CAPTION_DASHES):
        k -= 1
    if k <= first or k == end or not toks[k].is_cap_word or not _lower_word(toks[k - 1]):
        return None
    stop = next((j for j in range(k, end) if toks[j].text in _CAPTION_DASHES), end)  # the first author's end
    size = stop - k
    if size < 2:
        return None
    length = 3 if size >= 3 and toks[stop - 3].text in surnames() else 2
    start = stop - length
    words = toks[start:stop]
    if not all(_plain_name_word(t) and len(t.text) > 1 and is_vietnamese_syllable(t.text) for t in words):
        return None  # `… bang Michigan`, `QA`: no pen name
    if any(t.gap != 1 for t in words[1:]):
        return None
    if place_matcher().length(toks, start) or country_matcher().length(toks, start) or after_unit(toks, start):
        return None  # `… Quảng Nam`, `… Việt Nam`, `… quận Tân Bình`: the caption's place
    if _named_after(toks, start) or _org_head_ends_at(toks, start) or _facility_ends_at(toks, start):
        return None  # `… cho biết anh Văn Minh`, `… của Bộ trưởng Nguyễn Chí Dũng`, `… tại chợ Bến Thành`
    opened = _named_after(toks, k) or after_unit(toks, k) or _org_head_ends_at(toks, k)
    if start > k and opened and not _holder_named(toks, k, start):
        # `… với lãnh đạo tỉnh Quảng Nam Lê Trí Thanh`, `… với Bí thư Thành ủy Hà Nội Đinh Tiến Dũng`: the
        # capitalised run opens after a title, a unit or a body ending in lower case, and its last name is the
        # person the title or the body's post names, unless the run names that person before it (`… của Bộ
        # trưởng Bộ Công Thương Trần Văn Minh Thu Trang`: the author follows the official's full name)
        return None
    return start


def _holder_named(toks: Sequence[Token], k: int, start: int) -> bool:
    """A surname and a capitalised word after it stand in toks[k:start], outside a place or a country's name
    (not the `Hà` of `Hà Nội`)."""
    places, countries, names = place_matcher(), country_matcher(), surnames()
    j = k
    while j < start - 1:
        skip = max(places.length(toks, j), countries.length(toks, j))
        if skip:
            j += skip
            continue
        if toks[j].text in names and toks[j + 1].is_cap_word:
            return True
        j += 1
    return False


def _named_after(toks: Sequence[Token], k: int) -> bool:
    """An anchor or a title ends right before toks[k]."""
    return ends_with_anchor(toks, k) or _title_ends_at(toks, k)


def _org_head_ends_at(toks: Sequence[Token], k: int) -> bool:
    """An organisation's head (orgs_heads.tsv: `Thành ủy`, `Sở`) ends right before toks[k], written with its
    capital unless the data writes it in lower case (`thành ủy`; not the `bộ` of `người đi bộ`)."""
    lex = org_lexicon()
    for j in range(max(0, k - _HEAD_REACH), k):
        for matcher in (lex.heads_lower, lex.heads_exact):
            width, head = matcher.match(toks, j)
            if width == k - j and head is not None and (head.lower_ok or toks[j].is_cap):
                return True
    return False


def _facility_ends_at(toks: Sequence[Token], k: int) -> bool:
    """A facility's head (places_facilities.tsv: `chợ`, `cầu`) ends right before toks[k], a word of its own (not
    the `cầu` of `yêu cầu`)."""
    facilities = gazetteer().facilities
    return any(facilities.length(toks, j, whole_words=True) == k - j for j in range(max(0, k - _HEAD_REACH), k))


_HEAD_REACH = 4  # tokens of a body's or a facility's head (`Ủy ban nhân dân`, `cảng hàng không quốc tế`)


_TITLE_REACH = 5  # tokens of a title that may end right before a name


def _title_ends_at(toks: Sequence[Token], k: int) -> bool:
    """A title (`Bộ trưởng`, `Phó Chủ tịch nước`) ends right before toks[k]."""
    return any(title_matcher().length(toks, j) == k - j for j in range(max(0, k - _TITLE_REACH), k))


def _lower_word(tok: Token) -> bool:
    return tok.is_word and not tok.is_cap


def _written_before(text: str, toks: Sequence[Token], a: int, b: int) -> bool:
    """The name at toks[a:b] is written earlier in the text too, as words of their own (not `Tú Anh` of `Tú
    Anhh`)."""
    name = text[toks[a].start : toks[b - 1].end]
    at = text.find(name, 0, toks[a].start)
    while at >= 0:
        after = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (after >= len(text) or not text[after].isalnum()):
            return True
        at = text.find(name, at + 1, toks[a].start)
    return False


def _after_clause_colon(toks: Sequence[Token], first: int, start: int) -> bool:
    """The tail at toks[start] follows a colon that ends a clause with a title in it, not a label (`Bài và ảnh:`,
    `Clip … gây xôn xao dư luận:`): the names are the items of a list headed by the title (`Dự có các đồng chí
    Ủy viên Bộ Chính trị: A, B`), no byline."""
    if start - 1 <= first or toks[start - 1].text != ":":
        return False
    k = start - 2
    while k >= first and toks[k].text not in _SENTENCE_END:
        k -= 1
    if start - 2 - k <= _LABEL_WORDS:
        return False
    matcher = title_matcher()
    return any(toks[j].lower in matcher.openers and matcher.length(toks, j) for j in range(k + 1, start - 1))


_LABEL_WORDS = 5  # words of a byline's label before its colon (`Nhóm phóng viên thường trú:`)


def _repeated_tail(toks: Sequence[Token], first: int, end: int) -> int:
    """The length of a byline written twice at the end of a paragraph (2–8 tokens repeated), else 0."""
    for n in range(2, 9):
        if end - 2 * n < first:
            break
        if all(toks[end - n + k].text == toks[end - 2 * n + k].text for k in range(n)) and toks[end - n].is_cap_word:
            return n
    return 0


def _plain_name_word(tok: Token) -> bool:
    """A capitalised syllable, neither an abbreviation nor a place's first word."""
    return (tok.is_cap_word and not tok.text.isupper()) or (tok.is_cap_word and len(tok.text) == 1)


def _tail_start(toks: Sequence[Token], first: int, end: int) -> int | None:
    """Where a byline tail begins: after the last sentence end before `end`, within a few tokens."""
    k = end - 1
    while k >= first and end - k <= _MAX_TAIL:
        tok = toks[k]
        initial = (
            tok.text == "."
            and tok.gap == 0
            and k > first
            and len(toks[k - 1].text) == 1
            and toks[k - 1].is_cap
            and not _ends_place(toks, k)
        )
        if (_ends_sentence(tok) or tok.kind == "url") and tok.kind != "dot" and not initial:
            return k + 1 if k + 1 < end else None  # a link closes the text before its author (`… .htm Quang Phong`)
        if not (tok.is_cap_word or tok.lower in _SEPARATORS or tok.text in {"/", "."} or tok.lower == "theo"):
            return None
        k -= 1
    return first if k < first else None


_FULL_STOPS = frozenset({".", "!", "?", "…"})


def _ends_sentence(tok: Token) -> bool:
    """A mark that ends a sentence, dots written four or more times too (`… xây lắp.... Nguyên Vũ`)."""
    return tok.text in _SENTENCE_END or (len(tok.text) > 3 and set(tok.text) == {"."})


def _ends_place(toks: Sequence[Token], k: int) -> bool:
    """A place's name ends right before toks[k] (`Đông Nam Á.`): its last letter is no initial before a full stop."""
    names = gazetteer().names
    return any(names.length(toks, j) == k - j for j in range(max(0, k - 4), k - 1))


def _source_authors(doc: Document, found: Credits) -> None:
    """`Theo Quỳnh Như, Đồ họa: …`: the authors a source line closing the article cites after `Theo`; a
    medium there (`Theo Báo Nhân Dân`) is an organisation's span and is left out with the other credits."""
    for paragraph in doc.paragraphs:
        if paragraph.kind != "source":
            continue
        toks = doc.tokens_in(paragraph.start, paragraph.end)
        if len(toks) < 3 or toks[0].lower != "theo":
            continue
        names, stop = _authors(toks, 1, len(toks))
        if names and (stop == len(toks) or toks[stop].text in _NAME_CLOSERS or toks[stop - 1].text == ","):
            first = doc.token_index(paragraph.start)
            found.names.extend(Credit(first + a, first + b, "byline") for a, b in names)


def _dateline_at(toks: Sequence[Token], k: int) -> bool:
    """A weekday, a date or a time at toks[k], perhaps after a dash (`Thứ bảy, ngày 25/10/2025`, `- 15:18`)."""
    if k < len(toks) and toks[k].text in {"-", "–", "|"}:
        k += 1
    if k >= len(toks):
        return False
    return toks[k].kind in ("date", "time") or toks[k].text in _WEEKDAY_OPENERS


_WEEKDAY_OPENERS = frozenset({"Thứ", "Chủ"})  # `Thứ bảy`, `Chủ nhật`


def _leading_byline(doc: Document, found: Credits) -> None:
    """`Chu Văn` alone on a line under the title, before the body's first long paragraph; an author's name
    that the page glues to the dateline (`Quỳnh Hoa Thứ bảy, ngày 25/10/2025 06:05 GMT+7`)."""
    if not doc.paragraphs or doc.paragraphs[0].kind != "title":
        return
    for index, paragraph in enumerate(doc.paragraphs[1 : 1 + _LEAD_PARAGRAPHS], 1):
        toks = doc.tokens_in(paragraph.start, paragraph.end)
        names, stop = _authors(toks, 0, min(len(toks), 12)) if toks and index not in found.skip else ([], 0)
        if names and 0 < stop < len(toks) and _dateline_at(toks, stop) and len(toks) <= 24:
            first = doc.token_index(paragraph.start)
            found.names.extend(Credit(first + a, first + b, "byline") for a, b in names)
            found.skip.add(index)
            return
        if len(toks) > 6 or index in found.skip:
            if len(toks) > 12:
                return
            continue
        if not toks or toks[0].lower == "theo":
            continue
        names, stop = _authors(toks, 0, len(toks))
        if names and stop == len(toks) and all(not is_name_start(toks, a) or b - a >= 2 for a, b in names):
            first = doc.token_index(paragraph.start)
            for a, b in names:
                found.names.append(Credit(first + a, first + b, "byline"))
            found.skip.add(index)
            return


# --- signature blocks -----------------------------------------------------------------------------------


def _signature_blocks(doc: Document, found: Credits) -> None:
    """Position lines in capitals, then the signer's name alone on its line, near the end of the text."""
    paragraphs = doc.paragraphs
    start = max(0, len(paragraphs) - 12)
    for index in range(start, len(paragraphs)):
        paragraph = paragraphs[index]
        toks = doc.tokens_in(paragraph.start, paragraph.end)
        length = _signer_name(toks)
        if not length:
            continue
        lines: list[int] = []
        k = index - 1
        while k >= 0 and index - k <= 4:
            line = doc.tokens_in(paragraphs[k].start, paragraphs[k].end)
            if not _capital_line(line):
                break
            lines.insert(0, k)
            k -= 1
        if not lines:
            continue
        position = doc.tokens_in(paragraphs[lines[-1]].start, paragraphs[lines[-1]].end)
        skip = _authority_length(position)
        phrases = title_phrases(position[skip:], {})
        if not phrases or phrases[0].first != 0:
            continue
        first = doc.token_index(paragraph.start)
        found.names.append(Credit(first, first + length, "signature", [phrases[0]], position[skip:]))
        found.skip.update(lines)
        found.skip.add(index)


def _signer_name(toks: Sequence[Token]) -> int:
    """`Nguyễn Sinh Hùng`, `Võ   Chí Công`, `Nguyễn Văn An (Đã ký)`: a personal name that fills its line."""
    if not toks or not is_name_start(toks, 0):
        return 0
    j = 1
    while j < len(toks) and j < 5 and toks[j].is_cap_word and not toks[j].text.isupper():
        j += 1
    rest = [t.lower for t in toks[j:]]
    if j >= 2 and (not rest or rest in (["(", "đã", "ký", ")"], ["(", "đã", "ký", ")", "."])):
        return j
    return 0


def _capital_line(toks: Sequence[Token]) -> bool:
    words = [t for t in toks if t.is_word]
    return bool(words) and len(toks) <= 14 and all(t.text.isupper() or len(t.text) == 1 for t in words)


def _authority_length(toks: Sequence[Token]) -> int:
    """`TM.`, `KT.`, `TL.`, `TUQ.`, `Q.`, `T/M`, `K/T` before a position: who signs for whom."""
    for length in (3, 2):
        head = "".join(t.text for t in toks[:length]).upper()
        if head.rstrip(".") in signature_authorities() and (length == 2 or "/" in head or head.endswith(".")):
            return length
    return 0
