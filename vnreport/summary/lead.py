"""The lead story: the title and the first body sentences, without photo captions, credits and page
residue; and the texts that report no event at all (a law or decision published as text).

News puts the happening in its first dated sentence (`Sáng 13/1, tại …, <organiser> tổ chức <event>`);
the title names it too. A caption (`… trình bày báo cáo tại hội nghị. (Ảnh: …/TTXVN)`) describes a photo,
often of a moment of the event, and a credit (`Ảnh: Lâm Hiển`) nothing: neither is the lead.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from vnreport import regexes
from vnreport.extract.names import ends_with_anchor
from vnreport.extract.officials.credits import BARE_CREDIT_WORDS, is_plain_word
from vnreport.lexicon import PhraseMatcher, load_rows, phrase_matcher
from vnreport.report.model import Report, Sentence
from vnreport.segment.document import Document
from vnreport.segment.openers import counted_pair
from vnreport.segment.tokens import Token
from vnreport.summary.tokens import RolePhraseRow, body_sentences, cue_rows
from vnreport.summary.vocabulary import cues
from vnreport.text import fold

LEAD_SENTENCES = 5  # body sentences that may carry the lead story
_MIN_WORDS = 4  # fewer words: page residue (`Chia sẻ`, `100%`, `Buổi sáng:`), a byline, a dateline
_MAX_CREDITS = 4
_CREDIT_WORDS = 3  # a credit names an agency and a person: `VGP/Lê Sơn`, `Doãn Tấn/TTXVN`
_HEADER_REACH = 300  # characters: a legal text's header stands at its top


@dataclass(frozen=True)
class LeadSentence:
    sentence: Sentence
    order: int  # -1 for the title, else the index among the lead's body sentences
    caption: bool


def cue_phrases(role: str, value: str | None = None) -> list[str]:
    """The phrases of one role of summary_cues.tsv (those of one value, when given), folded."""
    rows = cue_rows("summary_cues.tsv")
    return [fold(row.phrase) for row in rows if row.role == role and value in {None, row.value}]


def alternation(phrases: list[str], space: str = r"\s+") -> str:
    """A regex alternation of the phrases, the longest first, each space between their words read as `space`."""
    return "|".join(re.escape(p).replace(r"\ ", space) for p in sorted(phrases, key=lambda p: (-len(p), p)))


@cache
def raw_cue_words(role: str) -> re.Pattern[str]:
    """The role's phrases (summary_cues.tsv) as words of their own in the raw text (any case, a phrase's words spaced
    on one line): one pattern per role for the stages that search the text as written; `cue_words` reads folded
    text."""
    return regexes.compile(r"(?<!\w)(?i:" + alternation(cue_phrases(role), space=r"[^\S\n]+") + r")(?!\w)")


@cache
def _credit() -> re.Pattern[str]:
    """A photo credit or source line: `(Ảnh: Phương Hoa/TTXVN)`, `Ảnh: AFP`, `Ảnh minh họa`. A credit
    proper ends with its colon (`_is_credit`); the phrases that stand alone end at a word's end."""
    credit, alone = alternation(cue_phrases("credit")), alternation(cue_phrases("credit_alone"))
    return regexes.compile(rf"(?<!\w)(?:{credit})\s*:|(?<!\w)(?:{alone})(?!\w)", re.IGNORECASE)


@cache
def _credit_in_lower_case() -> re.Pattern[str]:
    """`_credit()` for a lower-case view, written so that every branch opens with a letter and the test
    that no letter precedes comes after it: re then skips, in C, every position that does not hold one
    of those first letters, where the case-insensitive pattern opening with a look-behind is tried at
    every character of the text (a few per cent of the whole analysis)."""

    def branches(phrases: list[str]) -> list[str]:
        return regexes.scan_branches(phrases, not_after=r"\w", space=r"\s+")

    credit = [rf"{branch}\s*:" for branch in branches(cue_phrases("credit"))]
    alone = [rf"{branch}(?!\w)" for branch in branches(cue_phrases("credit_alone"))]
    return regexes.compile("|".join(credit + alone))


def _credit_reader(doc: Document) -> tuple[re.Pattern[str], str]:
    """The credit pattern and the text it reads: the lower-case view when there is one."""
    lower = doc.lower_view
    return (_credit_in_lower_case(), lower) if lower is not None else (_credit(), doc.view)


_BRACKET_CREDIT_WORDS = 4  # `(Ảnh KT)`, `(Ảnh Đăng Chính/TTXVN)`, `(ảnh Phapluat Plus)`: a name or an outlet


@cache
def _bracket_credit() -> re.Pattern[str]:
    """A photo credit in brackets with no colon: `(Ảnh` or `(ảnh`, one to four words and an outlet after a slash,
    then `)`. Each word is bounded and the brackets hold no bracket, so a search stays linear; whether the words
    are capitalised is `_is_bracket_credit`'s to read."""
    word = r"[^\W_][\w.+]{0,30}"
    return regexes.compile(
        rf"\(\s?[Ảả]nh((?:[ \t]+{word}){{1,{_BRACKET_CREDIT_WORDS}}}(?:[ \t]*/[ \t]*{word})?)[ \t]*\)"
    )


def _is_bracket_credit(m: re.Match[str]) -> bool:
    """Every word of the name capitalised (`(Ảnh Minh Khánh)`), not a description (`(ảnh minh họa)`, `(ảnh
    chụp ngày 6.2)`)."""
    return all(w[0].isupper() for w in m.group(1).replace("/", " ").split())


def _bracket_credits(doc: Document, start: int, end: int) -> Iterator[re.Match[str]]:
    return (m for m in _bracket_credit().finditer(doc.view, start, end) if _is_bracket_credit(m))


def _credit_search(doc: Document, start: int, end: int) -> re.Match[str] | None:
    pattern, text = _credit_reader(doc)
    found = pattern.search(text, start, end)
    bracket = next(_bracket_credits(doc, start, found.start() if found else end), None)  # the first only
    return bracket or found


def _credit_scan(doc: Document, start: int, end: int) -> list[re.Match[str]]:
    """The credits with a cue (`_credit_reader`) and those in brackets with no colon, in text order, none inside
    another."""
    pattern, text = _credit_reader(doc)
    found = sorted([*pattern.finditer(text, start, end), *_bracket_credits(doc, start, end)], key=lambda m: m.start())
    out: list[re.Match[str]] = []
    for m in found:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def _is_credit(doc: Document, m: re.Match[str]) -> bool:
    """A credit with its colon (`Ảnh:`, `Nguồn :`) or in brackets with no colon (`(Ảnh KT)`), not a phrase that
    stands alone (`Ảnh minh họa`)."""
    return doc.view[m.end() - 1] == ":" or _is_bracketed(m)


def _is_bracketed(m: re.Match[str]) -> bool:
    """A match of `_bracket_credit`, not of the cue pattern."""
    return m.re is _bracket_credit()


@cache
def cue_words(*roles: str) -> re.Pattern[str]:
    """Any phrase of these summary_cues.tsv roles as a whole-word pattern, read in a folded, lower-case text."""
    phrases = sorted({phrase for role in roles for phrase in cue_phrases(role)})
    return regexes.compile(rf"(?<!\w)(?:{alternation(phrases)})(?!\w)")


def _legal_header() -> re.Pattern[str]:
    return cue_words("legal_header")


def is_legal_text(doc: Document) -> bool:
    """A law, decree, decision or resolution published as text (its national motto or `CỘNG HÒA XÃ HỘI CHỦ
    NGHĨA VIỆT NAM` in the header): it reports no event of its own."""
    return _legal_header().search(doc.view, 0, _HEADER_REACH) is not None


def captions(doc: Document, sentences: list[Sentence]) -> set[int]:
    """Starts of the sentences that are photo captions: one holding a credit with little text after it
    (`… tại hội nghị. (Ảnh: …)`, `Ảnh minh họa …`), or one followed by a sentence that opens with a credit
    and a colon (`… ngày 22/5. Ảnh: AFP/TTXVN Phát biểu …`: the credit closes the caption before it)."""
    out: set[int] = set()
    for k, (sentence, m) in enumerate(zip(sentences, _first_credits(doc, sentences), strict=True)):
        if m is None:
            continue
        if _is_credit(doc, m) and m.start() - sentence.start <= 2:
            if k > 0 and not _is_video_link(doc, m) and not _opens_glued_paragraph(doc, sentences[k - 1], sentence):
                out.add(sentences[k - 1].start)
        elif _words_between(doc, after_credit(doc, sentence) or sentence.end, sentence.end) < _MIN_WORDS:
            out.add(sentence.start)
    return out


def _opens_glued_paragraph(doc: Document, before: Sentence, sentence: Sentence) -> bool:
    """`<sapo>\\nẢnh minh họa: Internet Phó Thủ tướng yêu cầu …`: a credit that opens a new paragraph and has the
    body glued after it on its line closes no caption in the paragraph before (a page glues a caption before its
    credit on one line; a credit opening the body's line had no caption text, and the line before is the sapo).
    A credit alone on its line (`Chú thích …\\n\\nẢNH: TÊN`) still closes the caption paragraph before it. Over the
    seen news, 153 body lines open with a credit, 42 of them after a sapo taken as a caption."""
    if doc.text.find("\n", before.end, sentence.start) < 0:
        return False
    resume = after_credit(doc, sentence)
    line_end = doc.text.find("\n", sentence.start, sentence.end)
    end = sentence.end if line_end < 0 else line_end
    return resume is not None and _words_between(doc, resume, end) >= _MIN_WORDS


# `Video: <title>`, `Clip: <title>` opening a sentence link a related video: they close no caption before them (the
# sentence before was body text in 6 of 6 such openings of the ten dev sets and a 300-news sample).
_VIDEO_LINKS = ("video", "clip")


def _is_video_link(doc: Document, m: re.Match[str]) -> bool:
    return fold(doc.view[m.start() : m.end()]).lower().lstrip("( ").startswith(_VIDEO_LINKS)


# `… thế giới. [Truyền thông X ca ngợi Y] Bên cạnh đó, …`: a related article's title in brackets, glued between two
# sentences (39 of the first 40 bracketed runs of 10–200 characters in the dev sets' texts and a 300-news sample;
# the other, a formula `= [mức lương + …] X Tỷ lệ`, opens lower-case after no sentence end).
_LINK = regexes.compile(r"\[[^\[\]\n]{10,200}\]")
_SENTENCE_END = frozenset('.!?"”)…')
_OPENING_QUOTES = "“\"‘'"
_LOOK = 20  # characters read either side of a link for the sentence's end before it and the capital after it


def _links(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The related-article links written in brackets between `start` and `end`: a capitalised title in brackets
    after a sentence's end (or at the text's start) and before a capitalised word (or the end)."""
    text, out = doc.text, []
    for m in _LINK.finditer(text, start, end):
        # a bounded look either side (a text of many links is not recopied for each)
        before = text[max(0, m.start() - _LOOK) : m.start()].rstrip()[-1:]
        after = text[m.end() : m.end() + _LOOK].lstrip()[:1]
        first = text[m.start() + 1 : m.start() + 3].lstrip(_OPENING_QUOTES)[:1]  # `[“Phép thử” …]`: a quoted title
        if first.isupper() and (not before or before in _SENTENCE_END) and (not after or after.isupper()):
            out.append((m.start(), m.end()))
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with the overlapping ones joined, as `spans.covers` wants them."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def caption_spans(doc: Document, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """The spans of the sentences (given in text order) that are no body text, sorted: a whole photo caption
    (`captions`), a related article's title in brackets (`_links`), and, in a sentence of body text, what the page
    glued before the text and after it (`body_text`: a caption and credit, the outlet's tag, a byline, a
    sub-heading; the page furniture after it). The one answer to "is this the story's text?" for the highlights,
    the figures and the tasks read from a sentence."""
    whole = captions(doc, sentences)
    links = _links(doc, sentences[0].start, sentences[-1].end) if sentences else []
    out: list[tuple[int, int]] = []
    for sentence in sentences:
        if sentence.start in whole:
            out.append((sentence.start, sentence.end))
            continue
        body = body_text(doc, sentence, links)
        if body.start > sentence.start:
            out.append((sentence.start, body.start))
        if body.end < sentence.end:
            out.append((body.end, sentence.end))
    return _merged(out + links)


def whole_captions(sentences: list[Sentence], spans: list[tuple[int, int]]) -> set[int]:
    """Starts of the sentences that `caption_spans` (`spans`, read over them) takes whole: photo captions and related
    links standing as a sentence, which hold no highlight and no task."""
    whole = set(spans)
    return {s.start for s in sentences if (s.start, s.end) in whole}


def after_page(
    doc: Document, sentence: Sentence, spans: list[tuple[int, int]], *, links_only: bool = False
) -> Sentence:
    """The sentence from where the text resumes after the caption, credit, link or heading that `caption_spans`
    (`spans`) found glued before it: what a reader of its clauses (the tasks) reads. With `links_only`, only a
    related article's link (`[Tiêu đề bài khác] Bên cạnh đó, …` → `Bên cạnh đó, …`) is left out: a credit glued
    before the text is `trimmed`'s to read."""
    k = bisect_right(spans, (sentence.start, sentence.end)) - 1
    if k < 0 or not spans[k][0] <= sentence.start < spans[k][1] or spans[k][1] >= sentence.end:
        return sentence
    if links_only and doc.text[spans[k][0]] != "[":
        return sentence
    start = spans[k][1]
    while start < sentence.end and doc.text[start].isspace():
        start += 1
    return _part(doc, sentence, start)


def body_text(doc: Document, sentence: Sentence, links: list[tuple[int, int]]) -> Sentence:
    """The sentence's own text, without what the page glued before it (a related article's link among `links`,
    sorted; a caption and its credit; the outlet's tag; a byline; a sub-heading; a caption or sub-heading before a
    dated opening; a credit before a quote) and the page furniture after it."""
    sentence = after_page(doc, sentence, links, links_only=True)
    sentence = trimmed(doc, sentence)
    sentence = _after_glued_heading(doc, _after_byline(doc, _after_source_tag(doc, sentence)))
    return _after_bare_credit(doc, _after_glued_dated_opening(doc, sentence))


def _first_credits(doc: Document, sentences: list[Sentence]) -> list[re.Match[str] | None]:
    """The first credit of each sentence, exactly as `_credit().search(view, start, end)` finds it, from
    one scan of the text rather than one search per sentence. Where the scan may differ from a search
    bounded by the sentence (a match reaching the sentence's end, or one running into it from before),
    the sentence is searched on its own."""
    if not sentences or any(a.start > b.start for a, b in pairwise(sentences)):
        return [_credit_search(doc, s.start, s.end) for s in sentences]
    found = _credit_scan(doc, sentences[0].start, sentences[-1].end)
    starts = [m.start() for m in found]
    out: list[re.Match[str] | None] = []
    for sentence in sentences:
        k = bisect_left(starts, sentence.start)
        m = found[k] if k < len(found) else None
        if (k > 0 and found[k - 1].end() > sentence.start) or (m is not None and m.start() < sentence.end <= m.end()):
            m = _credit_search(doc, sentence.start, sentence.end)
        elif m is not None and m.start() >= sentence.end:
            m = None
        out.append(m)
    return out


def after_credit(doc: Document, sentence: Sentence) -> int | None:
    """Where the text resumes after the last credit written in the sentence, or None when it holds none."""
    resume = None
    start = sentence.start
    for _ in range(_MAX_CREDITS):
        found = _after_one_credit(doc, Sentence(text="", start=start, end=sentence.end))
        if found is None or found <= start:
            break
        resume = start = found
    return resume


def _after_one_credit(doc: Document, sentence: Sentence) -> int | None:
    """Where the text resumes after a credit written in the sentence, or None when it holds none. The
    2017 pages glue a caption, its credit and the next sentence into one: `Người dân … (Nguồn: Cục …)
    Trong cuộc đối thoại …`, `Bí thư … - Ảnh: Minh Khang Tại buổi làm việc …`."""
    view = doc.view
    m = _credit_search(doc, sentence.start, sentence.end)
    if m is None:
        return None
    if _is_bracketed(m):
        return m.end()  # the credit closed its own bracket: the text resumes after it
    opened = view.rfind("(", sentence.start, m.start())
    if opened >= 0 and not view[opened + 1 : m.start()].strip():
        closed = view.find(")", m.end(), sentence.end)
        return closed + 1 if closed >= 0 else sentence.end
    if not _is_credit(doc, m):
        return m.end()
    toks = doc.tokens_in(m.end(), sentence.end)
    k = words = 0
    while k < len(toks) and words < _CREDIT_WORDS:
        tok = toks[k]
        if tok.lower in {"/", "-"}:
            k += 1
            continue
        if not tok.is_cap or _opener().length(toks, k):
            break
        words += 1
        k += 1
    return toks[k].start if k < len(toks) else sentence.end


@cache
def _opener() -> PhraseMatcher[bool]:
    return phrase_matcher([row.phrase for row in load_rows("summary_cues.tsv", RolePhraseRow) if row.role == "opener"])


def _words_between(doc: Document, start: int, end: int) -> int:
    return sum(1 for t in doc.tokens_in(start, end) if t.kind == "word")


def trimmed(doc: Document, sentence: Sentence) -> Sentence:
    """The sentence without the caption and credit that open it, when text follows them, the credit's name read to
    its last capitalised word before the text (`_whole_first_word`)."""
    return _whole_split_word(doc, sentence, _whole_first_word(doc, sentence, _without_credits(doc, sentence)))


def _whole_split_word(doc: Document, before: Sentence, after: Sentence) -> Sentence:
    """A credit's name read one syllable into the text's first word (`Ảnh: Thanh Sơn Tham | dự lễ …`, `Ảnh: Cao
    Cường Kế | hoạch của …`): when the cut falls inside a word of the segmenter, after a capitalised syllable and
    before a lower-case one, the text starts at that syllable. Not after an organisation's head (`Ảnh: Báo Nhân |
    dân`: the credit's name goes on). Of the cuts inside a word in a 330-text corpus subset and the ten dev sets'
    texts, 17 of 17 where it fires open the text so; 3 more, after an organisation's head, are left."""
    if after.start == before.start:
        return after
    word = next((w for w in before.words if w.start < after.start < w.end), None)
    if word is None:
        return after
    toks = doc.tokens_in(before.start, after.end)
    k = next((i for i, t in enumerate(toks) if t.start >= after.start), None)
    if k is None or k < 2 or toks[k - 1].start < word.start:
        return after
    previous, first = toks[k - 1], toks[k]
    if not previous.is_cap_word or first.is_cap or not first.is_wordlike or previous.gap < 0 or first.gap <= 0:
        return after
    heads = _credit_org_heads()
    if heads.length(toks, k - 2) == 1 or (k > 2 and heads.length(toks, k - 3) == 2):
        return after
    return _part(doc, before, previous.start, after.end)


@cache
def _credit_org_heads() -> PhraseMatcher[bool]:
    rows = load_rows("summary_cues.tsv", RolePhraseRow)
    return phrase_matcher([row.phrase for row in rows if row.role == "credit_org_head"])


def _without_credits(doc: Document, sentence: Sentence) -> Sentence:
    start = after_credit(doc, sentence) or sentence.start
    end = doc.view.find(">>", start, sentence.end)  # `… >> Mời quý độc giả xem video …`: page furniture
    end = sentence.end if end < 0 else end
    while start < end and doc.text[start].isspace():
        start += 1
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    if (start, end) == (sentence.start, sentence.end) or start >= end:
        return sentence
    return _part(doc, sentence, start, end)


def _part(doc: Document, sentence: Sentence, start: int, end: int | None = None) -> Sentence:
    """The part of `sentence` from `start` to `end` (its end by default), with the words that lie inside it: what
    is left when a credit, a tag, a link or a heading glued before the text is cut off."""
    end = sentence.end if end is None else end
    words = [w for w in sentence.words if start <= w.start and w.end <= end]
    return Sentence(text=doc.text[start:end], start=start, end=end, words=words)


def word_count(doc: Document, sentence: Sentence) -> int:
    return sum(1 for t in doc.tokens_in(sentence.start, sentence.end) if t.kind == "word")


def lead_sentences(doc: Document) -> list[LeadSentence]:
    """The title's sentences (order -1), then the first LEAD_SENTENCES body sentences that are text. A
    first line that opens with the time of day and a date (`**Sáng 5/3, UBND tỉnh … tổ chức …**`) is no
    title but the lead of a page that has none: its sentences come first among the body's."""
    titles = [s for s in doc.title_sentences() if word_count(doc, s) >= _MIN_WORDS]
    order = 0
    if titles and _DATED_OPENING.match(doc.view, titles[0].start):
        out = [LeadSentence(s, k, False) for k, s in enumerate(titles)]
        order = len(titles)
    else:
        out = [LeadSentence(s, -1, False) for s in titles]
    body = body_sentences(doc)[: 3 * LEAD_SENTENCES]
    caption = captions(doc, body)
    for sentence in body:
        caption_only = sentence.start in caption
        sentence = trimmed(doc, sentence)
        if word_count(doc, sentence) < _MIN_WORDS:
            continue
        out.append(LeadSentence(sentence, order, caption_only))
        order += 1
        if order >= LEAD_SENTENCES:
            break
    return out


# `**Sáng 5/3, …`, `Chiều ngày 12/4/2024, …`, `Sáng nay (30/6), …`, `Thứ Tư, ngày 10/12/2025, …`, `Ngày 12 tháng
# 4 năm 2024, …`: a sentence, never a title, opens so
_DATED_OPENING = regexes.compile(
    r"[*_\s]{0,4}(?:(?:Thứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|Chủ [Nn]hật),\s*)?(?:Vào |vào )?"
    r"(?:Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Ngày|sáng|chiều|tối|trưa|đêm|ngày)(?: nay)?(?: ngày)? \(?"
    r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\d{1,2} tháng \d{1,2}(?: năm \d{4})?)\)?\s*,"
)
_LABEL = regexes.compile(r"\s*:")
_ROUND_UP_SECTIONS = 2


def is_round_up(doc: Document, report: Report, lead: list[LeadSentence]) -> bool:
    """A round-up of several places' news (`Hà Nội: Chiều 26/6, …`, `TP.HCM: Ngày 26/6, …`): sentences
    that open with a place and a colon, each its own story; no single event."""
    openers = {s.sentence.start for s in lead if s.order >= 0}
    labelled = 0
    for location in report.locations:
        for m in location.mentions:
            if m.start in openers and _LABEL.match(doc.view, m.end):
                labelled += 1
    return labelled >= _ROUND_UP_SECTIONS


GLUED_CAPTION_WORDS = 30  # at most this many words of a sub-heading, caption or byline glued before the text
BYLINE_WORDS = 6  # `Tác giả: Thúy Hiền/BNEWS/TTXVN`: the name and agency of a byline glued before the text


def _whole_first_word(doc: Document, before: Sentence, after: Sentence) -> Sentence:
    """A credit cut off before the text (`Ảnh: AFP/TTXVN Triển lãm …`) may take the text's first word with
    it when that word is capitalised like a name: a credit's name is all capitalised words, so a capitalised
    word followed by a lower-case one (`Triển lãm`, `Hãng tin`, `Sở dĩ`) opens the text."""
    if after.start == before.start:
        return after
    toks = doc.tokens_in(before.start, after.end)
    k = next((i for i, t in enumerate(toks) if t.start >= after.start), None)
    if k is None or k == 0:
        return after
    previous, first = toks[k - 1], toks[k]
    if first.text == "." and first.gap == 0:  # `Ảnh: T.L Sở dĩ …` cut at the initials' dot: the text follows them
        j = k + 1
        while j < len(toks) and toks[j].gap == 0:
            j += 1
        if j >= len(toks):
            return after
        return _part(doc, before, toks[j].start, after.end)
    if previous.gap < 0 or first.gap <= 0 or not previous.is_cap_word or not first.is_wordlike or first.is_cap:
        return after
    if len(previous.text) < 2 or (k > 1 and toks[k - 2].text == "."):  # `T.L`, `N.TRI`: initials of the credit
        return after
    agency = k > 1 and (toks[k - 2].text.isupper() or (k > 2 and toks[k - 3].text == "/"))
    if k > 1 and toks[k - 2].kind == "word" and toks[k - 2].is_cap and toks[k - 2].gap >= 0 and not agency:
        return after  # `Minh Khang trao đổi …`: a name of two words before a lower-case verb is the credit's
    # after an agency (`AFP/TTXVN`, `Doãn Tấn/TTXVN`) the credit has ended: the capitalised word opens the text
    return _part(doc, before, previous.start, after.end)


@cache
def _byline() -> tuple[PhraseMatcher[bool], PhraseMatcher[bool]]:
    rows = load_rows("summary_cues.tsv", RolePhraseRow)
    return (
        phrase_matcher([r.phrase for r in rows if r.role == "byline_label"]),
        phrase_matcher([r.phrase for r in rows if r.role == "opener"]),
    )


def _after_byline(doc: Document, sentence: Sentence) -> Sentence:
    """The sentence without a byline glued before it: `Tác giả: Thúy Hiền/TTXVN Sáng 5/7, …` → `Sáng 5/7, …`
    (the text resumes at a sentence opener after the byline's capitalised name and agency)."""
    labels, openers = _byline()
    toks = doc.tokens_in(sentence.start, sentence.end)
    k = labels.length(toks, 0)
    if not k or k >= len(toks) or toks[k].text != ":":
        return sentence
    words = 0
    for i in range(k + 1, len(toks)):
        tok = toks[i]
        if tok.text in {"/", "-", "."}:
            continue
        if words and openers.length(toks, i) and tok.is_cap:
            return _part(doc, sentence, tok.start)
        if not tok.is_cap or words >= BYLINE_WORDS:
            break
        words += 1
    return sentence


# The outlet's tag that opens a page's lead: `(VOV5) - `, `TPO - `, `(Baomoi.vn) – `, `Baomoi.vn - `, or a
# site glued before the text (`tinhnha.gov.vn Để …`). Each part is one run of characters without spaces and
# without the character that ends it, so the pattern reads the text once.
_SOURCE_TAG = regexes.compile(
    r"\s*(?:\((?:[^\s()]{2,40})\)\s*[-–—]|[A-ZĐ]{2,8}\s+[-–—]|[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)\s*[-–—]?)\s+"
)


def before_link(doc: Document, sentence: Sentence, spans: list[tuple[int, int]]) -> Sentence:
    """A highlight's sentence up to a related article's link the segmenter left inside it (`… tổng thống Pháp. [“Phép
    thử” …] Trong thời gian …` → `… tổng thống Pháp.`): a span of `caption_spans` that opens with the link's bracket.
    The text after the link is another sentence, body text still for the tasks."""
    k = bisect_right(spans, (sentence.start, sentence.end))
    if k >= len(spans) or not sentence.start < spans[k][0] < sentence.end:
        return sentence
    end = spans[k][0]
    while end < sentence.end and doc.text[end].isspace():
        end += 1
    if doc.text[end] != "[":
        return sentence
    while end > sentence.start and doc.text[end - 1].isspace():
        end -= 1
    return _part(doc, sentence, sentence.start, end)


def _after_source_tag(doc: Document, sentence: Sentence) -> Sentence:
    """The sentence without the outlet's tag before its text: `(VOV5) - Chủ tịch nước …` → `Chủ tịch nước …`
    (the text after the tag starts with a capital)."""
    match = _SOURCE_TAG.match(doc.view, sentence.start, sentence.end)
    if match is None or match.end() >= sentence.end or not doc.view[match.end()].isupper():
        return sentence
    return _part(doc, sentence, match.end())


def _after_glued_heading(doc: Document, sentence: Sentence) -> Sentence:
    """The sentence without a sub-heading, a caption or a byline that the page glued before it (the 2017 pages
    lost their line breaks): `150 ca mổ mỗi ngày Tại nhiều bệnh viện …` → `Tại nhiều bệnh viện …`. The text starts,
    within GLUED_CAPTION_WORDS words and with no punctuation before it, at a capitalised word that opens it
    (`_opens_text`)."""
    toks = doc.tokens_in(sentence.start, sentence.end)
    words = 0
    for k, tok in enumerate(toks):
        if words > GLUED_CAPTION_WORDS or (tok.kind == "punct" and tok.text not in _HEADING_PUNCT):
            return sentence
        if k and tok.is_cap_word and _opens_text(toks, k):
            return _part(doc, sentence, tok.start)
        if tok.kind in ("word", "number"):
            words += 1
    return sentence


def _opens_text(toks: list[Token], k: int) -> bool:
    """Whether the capitalised word at k (its caller reads a sentence's first words only) starts the text after a
    glued heading.
    Right after a lower-case word or a number (`_glued_after_text`; a capitalised word before it may be a name ending
    in the same syllable: `Nguyễn Văn Tại`; never after `và`, which ends no heading: `Bộ Lao động … và Việc làm`): a
    sure sentence opener (`heading_opener` cues), a word pair counted over the corpus as a sentence opener
    (`sentence_openers.txt`, its second word in lower case), a word after two spaces (the line break the page lost:
    `Kỷ luật cán bộ sai phạm  Trưởng đoàn …`), or `Ông`/`Chị` before a name (`person_opener` cues: `… lên bờ Chị
    Nguyễn Thị H. cho hay`). Right after a capitalised word (`_glued_after_name`, a caption's or sub-heading's last
    word is often a name: `… tỉnh Yên Bái Theo quyết định …`): a sure opener of two words or more (`Tuy nhiên`,
    `Liên quan đến`), or one that never ends a name (`after_name_opener` cues: `Theo`, `Việc`)."""
    openers = cues()["heading_opener"]
    if toks[k].gap >= _LOST_LINE_BREAK and toks[k - 1].lower != "và" and _after_text(toks, k):
        return True  # the line break the page lost, also after a word that may announce a name (`ngư dân  Vụ việc`)
    if _is_label(toks, k, openers.length(toks, k)):
        return False
    if _glued_after_text(toks, k):
        if toks[k - 1].lower == "và":
            return False
        person = cues()["person_opener"].length(toks, k) and k + 1 < len(toks) and toks[k + 1].is_cap_word
        return bool(openers.length(toks, k) or counted_pair(toks, k) or person)
    if _glued_after_name(toks, k):
        return openers.length(toks, k) >= 2 or bool(cues()["after_name_opener"].length(toks, k))
    return False


def _is_label(toks: list[Token], k: int, length: int) -> bool:
    """An opener of `length` tokens at k with a colon right after it: a label (`… thế nào Trả lời: Theo quy định …`,
    a Q&A page's answer) that goes on the question before it, not a sentence that opens after a glued heading. Of the
    sure openers capitalised after a lower-case word in the news corpus, one had a colon after it, `Trả lời:`."""
    return length > 0 and k + length < len(toks) and toks[k + length].text == ":"


def _after_glued_dated_opening(doc: Document, sentence: Sentence) -> Sentence:
    """The sentence from a dated opening (`_DATED_OPENING`: `Sáng 6/2,`, `Chiều nay (8.2),`, `Ngày 7.2,`) the page
    glued after a caption, a sub-heading or a related article's title without its full stop: `Cầu mới thông xe
    Sáng 6/2, Sở GTVT …` → `Sáng 6/2, Sở GTVT …`. Capitalised after a lower-case word, a number, an abbreviation or
    a closing bracket (`_glued_after_text`), it opened a new sentence after a caption, a sub-heading, a related title
    or a byline in 51 of 51 places read (the ten dev sets' texts and a 1,330-text corpus sample), so the cut takes
    no limit of words before it. After a date or a closing quote too (`… từ ngày 11/5 Ngày 11/5, …`, `… chủ đề “X”
    Tối 19/5, …`): with `_opens_text`, 80 of 80 cuts read over the news corpus were a caption or a quoted heading."""
    toks = doc.tokens_in(sentence.start, sentence.end)
    for k in range(1, len(toks)):
        tok = toks[k]
        if not tok.is_cap_word:  # read first: most tokens are not, and the tests after it cost a call each
            continue
        glued = _after_text(toks, k) or _after_name(toks, k)  # a date is no name: after `cử tri` too
        if glued and _DATED_OPENING.match(doc.view, tok.start, sentence.end):
            return _part(doc, sentence, tok.start)
    return sentence


# What a glued sub-heading may hold before the text: `Loa phường “ngốn” vài trăm triệu Đề cập tới …`.
_HEADING_PUNCT = frozenset({"/", "-", "(", ")", ",", "“", "”", '"', "&"})


def _glued_after_text(toks: list[Token], k: int) -> bool:
    """`_after_text`, not after a word that announces a name (`ông Tại`, `cử tri Trần`)."""
    return _after_text(toks, k) and not ends_with_anchor(toks, k)


def _after_text(toks: list[Token], k: int) -> bool:
    """Right after a lower-case word, a number or a date, an abbreviation, a closing bracket or a quote that closes
    within the sentence, on the same line and with no other punctuation between: where the text before may have ended
    (a capitalised word before k may be a name's)."""
    before = toks[k - 1]
    abbreviation = before.kind == "word" and len(before.text) > 1 and before.text.isupper()  # `Vụ TCNH Theo …`
    closed = before.text == ")"  # `… (Ảnh Internet) Theo đó, …`: a caption's credit in brackets ends the caption
    # A caption that ends on a date (`… từ ngày 11/5 Ngày 11/5, …`) or on a quoted name (`… chủ đề “X” Tối 19/5, …`).
    quoted = _closes_a_quote(toks, k - 1)
    return (
        before.gap >= 0
        and toks[k].gap >= 0
        and (
            before.kind in ("number", "date")
            or (before.kind == "word" and not before.is_cap)
            or abbreviation
            or closed
            or quoted
        )
    )


_CLOSING_QUOTES = frozenset({'"', "”"})
_QUOTE_REACH = 40  # tokens back from a closing quote to its opening one: a quoted name or heading is short


def _closes_a_quote(toks: list[Token], k: int) -> bool:
    """A quote at k that closes one opened within the sentence, not far before it (`chủ đề “Nối đôi bờ”`, a quoted
    heading `“Không tăng trưởng bằng mọi giá”`): glued to the word before it, a space after it. A quote whose opening
    is not in the sentence closes a speech the segmenter cut (`… hằng giờ” Bí thư …`): its words are no caption's."""
    if toks[k].text not in _CLOSING_QUOTES or toks[k].gap != 0 or k + 1 >= len(toks) or toks[k + 1].gap <= 0:
        return False
    for j in range(k - 1, max(-1, k - _QUOTE_REACH), -1):
        if toks[j].text == "“" or (toks[j].text == '"' and j + 1 < k and toks[j + 1].gap == 0):
            return True
        if toks[j].text in _CLOSING_QUOTES:
            # an earlier quote closed first (`gọi là “cầu mới” và … lâu”`): the opening before it is its own
            return False
    return False


_LOST_LINE_BREAK = 2  # two spaces or more between a lower-case word and a capitalised one: the page's lost line break


def _glued_after_name(toks: list[Token], k: int) -> bool:
    """`_after_name`, not after a word that announces a name (`ông Tuy`)."""
    return _after_name(toks, k) and not ends_with_anchor(toks, k)


def _after_name(toks: list[Token], k: int) -> bool:
    """A capitalised word (a name's last: `… tỉnh Yên Bái`) right before k, on the same line and with no
    punctuation between."""
    before = toks[k - 1]
    return before.kind == "word" and before.is_cap and before.gap >= 0 and toks[k].gap >= 0


_CREDIT_NAME_WORDS = 4  # `Ảnh AFP`, `Ảnh Reuters/TTXVN`: the credit's capitalised name before the quote


def _after_bare_credit(doc: Document, sentence: Sentence) -> Sentence:
    """The sentence without a credit written with no colon before a quotation: `Ảnh AFP “Việc …” - ông A nói.`
    → `“Việc …” - ông A nói.` (the capitalised name and its agency, then the opening quote)."""
    toks = doc.tokens_in(sentence.start, min(sentence.end, sentence.start + 200))
    k = cues()["credit"].length(toks, 0)
    if len(toks) < 3 or not k or not toks[0].is_cap:
        return sentence
    names = 0
    while k < len(toks) and (toks[k].text == "/" or (toks[k].kind == "word" and toks[k].is_cap)):
        names += toks[k].text != "/"
        k += 1
    if not 0 < names <= _CREDIT_NAME_WORDS or k >= len(toks) or toks[k].text not in {"“", '"'}:
        return _after_photo_credit(doc, sentence, toks)
    return _part(doc, sentence, toks[k].start)


_PHOTO = "ảnh"


def _after_photo_credit(doc: Document, sentence: Sentence, toks: list[Token]) -> Sentence:
    """The sentence without a photo credit written with no colon before its text: `Ảnh Hồng Hải Đề xuất …`, `Ảnh
    T.D Tại buổi …`, `Ảnh Reuters Khoảng 3 giờ …`, `Ảnh H. Văn. “Thành công …`. The credit is `Ảnh` and capitalised
    words (a name, an acronym, initials, a site); the text starts at the first capitalised word after them that a
    lower-case word or a number follows, or at an opening quote. Not `Ảnh hưởng …` (a lower-case word after it), and
    not after more than BARE_CREDIT_WORDS plain capitalised words, the people stage's limit (`Ảnh Đức Trí Thấy Đông
    và …`: where the name ends is not written)."""
    if toks[0].lower != _PHOTO or not toks[1].is_cap_word:
        return sentence
    plain = 0
    for k in range(1, min(len(toks) - 1, 2 * _CREDIT_NAME_WORDS)):
        tok, after = toks[k], toks[k + 1]
        if tok.text in {"/", ".", "-"} or (tok.gap == 0 and toks[k - 1].text == "."):
            continue  # initials and sites (`T.D`, `Chinhphu.vn`), an agency after a slash
        if tok.text in {"“", '"'} and k > 1:
            return _part(doc, sentence, tok.start)
        if not tok.is_cap_word:
            return sentence
        if k > 1 and (after.kind == "number" or (after.kind == "word" and not after.is_cap)):
            return _part(doc, sentence, tok.start)
        plain += is_plain_word(tok)
        if plain > BARE_CREDIT_WORDS:
            return sentence
    return sentence
