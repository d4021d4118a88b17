"""The issuer of a document named as the subject of the sentence that issues it (README: the issuer as
written when the text names it):

* `UBND tỉnh Nghệ An ban hành Quyết định số …`, `Thủ tướng Chính phủ đã ký Quyết định …`, `Quốc hội
  biểu quyết thông qua Luật …`, `… được UBND Thành phố phê duyệt tại Quyết định …`: the capitalised
  words (and issuer words: `tỉnh`, `thành phố`) right before the verb and its adverbs;
* a person who signs for a body (`Phó Chủ tịch UBND tỉnh Bình Định Trần Văn Châu đã ký …`) gives the body;
  a title alone stays (`Thủ tướng vừa ký …`); a person without a title gives none;
* `Tại Nghị quyết số 1894/NQ-UBTVQH15, Ủy ban Thường vụ Quốc hội phê chuẩn …`: the subject of the clause a
  document opens.

Only documents of the kinds of `documents_kinds.tsv` (not treaties: `Việt Nam và EU ký Hiệp định …`).
"""

from __future__ import annotations

from typing import NamedTuple

from vnreport.extract.documents.context import date_after, line_end
from vnreport.extract.documents.full import LISTED
from vnreport.extract.documents.lexicon import ISSUER_COMPOUNDS, KINDS
from vnreport.extract.names import name_length, title_matcher
from vnreport.lexicon import PhraseMatcher, load_rows, phrase_matcher
from vnreport.report.model import DocumentRef, Mention
from vnreport.segment.document import Document
from vnreport.segment.tokens import Token


class SubjectRow(NamedTuple):
    role: str
    phrase: str


_ROWS = load_rows("documents_subjects.tsv", SubjectRow)


def _matcher(*roles: str, reverse: bool = True) -> PhraseMatcher[bool]:
    return phrase_matcher([r.phrase for r in _ROWS if r.role in roles], reverse=reverse)


_VERBS = _matcher("verb")
_VERBS_NUMBERED = _matcher("verb", "verb_numbered")
_ADVERBS = _matcher("adverb")
_PERSON = _matcher("person", reverse=False)
_OPENERS = _matcher("opener")
_HEADS = _matcher("head", reverse=False)
_BEFORE = frozenset(r.phrase for r in _ROWS if r.role == "before")
_ISSUING_KINDS = frozenset(k.kind for k in KINDS.values())
_MAX_WORDS = 16  # syllables of a subject
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ".", "!", "?", "-", "–", "\u201c", "\u201d", '"'})
_TRIM = "Phó"  # a deputy signs for the body (`Phó Chủ tịch UBND tỉnh …`): the body is the issuer


def issuers_of_subjects(doc: Document, refs: list[DocumentRef]) -> None:
    """Give each document of a known kind without an issuer the subject that issues it (see the module);
    the documents listed after it (`ban hành Quyết định 2345/QĐ-UBND và Quyết định 2346/QĐ-UBND`) too."""
    tokens = doc.tokens
    view = doc.view
    mentions = sorted(((m.start, m.end, ref) for ref in refs for m in ref.mentions), key=lambda item: item[0])
    listed: tuple[int, str, str | None] | None = None  # (where a list may go on, issuer, kind)
    for start, end, ref in mentions:
        if ref.kind not in _ISSUING_KINDS:
            listed = None
            continue
        if ref.issuer is None:
            mention = Mention(text=doc.text[start:end], start=start, end=end)
            issuer = _subject_before(doc, tokens, mention, ref.number is not None)
            issuer = issuer or _subject_after(doc, tokens, mention)
            if (
                issuer is None
                and listed is not None
                and listed[2] == ref.kind
                and LISTED.fullmatch(view, listed[0], start)
            ):
                issuer = listed[1]
            if issuer is not None:
                ref.issuer = issuer
                listed = (_after_date(view, end), issuer, ref.kind)
                continue
        listed = None  # an issuer of its own (`… của Bộ Chính trị`) is that document's


def _after_date(view: str, pos: int) -> int:
    dated = date_after(view, pos, line_end(view, pos), None)
    return dated[1] if dated is not None else pos


def _subject_before(doc: Document, tokens: list[Token], mention: Mention, numbered: bool) -> str | None:
    i = doc.token_index(mention.start)
    if i >= len(tokens) or tokens[i].start != mention.start:
        return None
    n, _ = (_VERBS_NUMBERED if numbered else _VERBS).ending_at(tokens, i)
    if not n:
        return None
    j = i - n
    while (k := _ADVERBS.ending_at(tokens, j)[0]) > 0:
        j -= k
    return _subject_ending(doc, tokens, j)


def _subject_after(doc: Document, tokens: list[Token], mention: Mention) -> str | None:
    """`Tại Nghị quyết số …[ ngày …], <issuer> <verb> …`: the subject of the clause the document opens."""
    i = doc.token_index(mention.start)
    if i == 0 or i >= len(tokens) or not _OPENERS.ending_at(tokens, i)[0]:
        return None
    opener = tokens[i - _OPENERS.ending_at(tokens, i)[0]]
    if opener.start > 0 and not _opens_clause(tokens, doc.token_index(opener.start)):
        return None
    view = doc.view
    pos = mention.end
    dated = date_after(view, pos, line_end(view, pos), None)
    if dated is not None:
        pos = dated[1]
    k = doc.token_index(pos)
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return None
    end = k + 1
    while end < len(tokens) and end - k <= _MAX_WORDS and _issuer_token(tokens, end, forward=True):
        end += 1
    if end >= len(tokens) or end == k + 1 or not tokens[end].is_word or tokens[end].is_cap:
        return None  # the subject is followed by its verb, a lower-case word
    return _issuer_text(doc, tokens, k + 1, end)


def _opens_clause(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in _CLAUSE_MARKS or tokens[i].sentence != tokens[i - 1].sentence


def _issuer_token(tokens: list[Token], i: int, *, forward: bool) -> bool:
    tok = tokens[i]
    if tok.is_cap_word:
        return True
    if not tok.is_word:
        return False
    other = tokens[i - 1] if forward else tokens[i + 1] if i + 1 < len(tokens) else None
    single = tok.lower in ISSUER_COMPOUNDS
    pair = (
        other is not None
        and (f"{other.lower} {tok.lower}" if forward else f"{tok.lower} {other.lower}") in ISSUER_COMPOUNDS
    )
    return single or pair


def _subject_ending(doc: Document, tokens: list[Token], end: int) -> str | None:
    """The issuer written right before token `end`, or None when no body stands there."""
    start = end
    sentence = tokens[end].sentence if end < len(tokens) else -1
    while start > 0 and end - start < _MAX_WORDS and tokens[start - 1].sentence == sentence and tokens[start].gap >= 0:
        if _issuer_token(tokens, start - 1, forward=False):
            start -= 1
        elif (
            start > 1
            and tokens[start - 1].text == "."
            and tokens[start - 2].text.isupper()
            and tokens[start - 1].gap == 0
        ):
            start -= 1  # `UBND TP. Hà Nội`: an abbreviation's dot
        elif (
            start > 1
            and tokens[start - 1].is_word
            and f"{tokens[start - 2].lower} {tokens[start - 1].lower}" in ISSUER_COMPOUNDS
        ):
            start -= 2
        else:
            break
    while start < end and not tokens[start].is_cap_word:
        start += 1
    if start >= end or (start > 0 and tokens[start].gap >= 0 and not _after_boundary(tokens, start)):
        return None  # `Bộ VH-TT&DL …`: the subject was not read whole
    return _issuer_text(doc, tokens, start, end)


def _after_boundary(tokens: list[Token], i: int) -> bool:
    """Token `i` opens its clause, or follows a number or a word after which a clause opens (`Sáng nay`)."""
    before = tokens[i - 1]
    if before.is_word:
        return before.lower in _BEFORE
    return before.is_wordlike or before.text in _CLAUSE_MARKS or before.sentence != tokens[i].sentence


def _issuer_text(doc: Document, tokens: list[Token], start: int, end: int) -> str | None:
    """The body among tokens [start, end): a person's name at the end and a deputy's title at the start
    taken off; None for a person (`ông …`, a name alone) or a lone common word."""
    if _PERSON.length(tokens, start):
        return None
    for k in range(start, end):
        if name_length(tokens, k) == end - k:
            if k == start:
                return None
            title = title_matcher().length(tokens, start)
            if title and start + title < k:
                start += title  # `Chủ tịch UBND thành phố Hà Nội Nguyễn Văn A` → the body
            end = k
            break
    else:
        title = title_matcher().length(tokens, start)
        if title and tokens[start].text == _TRIM and start + title < end:
            start += title
    first = tokens[start]
    abbreviation = first.text.isupper() and len(first.text) > 1
    if not (abbreviation or _HEADS.length(tokens, start) or title_matcher().length(tokens, start)):
        return None  # `Việt Nam`, `Internet …`: no body opens the subject
    return doc.text[first.start : tokens[end - 1].end]
