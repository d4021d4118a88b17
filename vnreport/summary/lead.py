"""The lead story: the title and the first body sentences, without photo captions, credits and page
residue; and the texts that report no event at all (a law or decision published as text).

News puts the happening in its first dated sentence (`Sáng 13/1, tại …, <organiser> tổ chức <event>`);
the title names it too. A caption (`… trình bày báo cáo tại hội nghị. (Ảnh: …/TTXVN)`) describes a photo,
often of a moment of the event, and a credit (`Ảnh: Lâm Hiển`) nothing: neither is the lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vnreport.lexicon import load_rows
from vnreport.report.model import Report, Sentence
from vnreport.segment.document import Document
from vnreport.summary.tokens import RolePhraseRow, body_sentences
from vnreport.text import fold

LEAD_SENTENCES = 5  # body sentences that may carry the lead story
_MIN_WORDS = 4  # fewer words: page residue (`Chia sẻ`, `100%`, `Buổi sáng:`), a byline, a dateline
_HEADER_REACH = 300  # characters: a legal text's header stands at its top


@dataclass(frozen=True)
class LeadSentence:
    sentence: Sentence
    order: int  # -1 for the title, else the index among the lead's body sentences
    caption: bool


def _phrases(role: str) -> list[str]:
    return [fold(row.phrase) for row in load_rows("summary_cues.tsv", RolePhraseRow) if row.role == role]


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@cache
def _credit() -> re.Pattern[str]:
    """A photo credit or source line: `(Ảnh: Phương Hoa/TTXVN)`, `Ảnh: AFP`, `Ảnh minh họa`."""
    credit, alone = _alternation(_phrases("credit")), _alternation(_phrases("credit_alone"))
    return re.compile(rf"(?<!\w)(?P<credit>{credit})\s*:|(?<!\w)(?:{alone})(?!\w)", re.IGNORECASE)


@cache
def _legal_header() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(_phrases('legal_header'))})(?!\w)")


def is_legal_text(doc: Document) -> bool:
    """A law, decree, decision or resolution published as text (its national motto or `CỘNG HÒA XÃ HỘI CHỦ
    NGHĨA VIỆT NAM` in the header): it reports no event of its own."""
    return _legal_header().search(doc.view, 0, _HEADER_REACH) is not None


def captions(doc: Document, sentences: list[Sentence]) -> set[int]:
    """Starts of the sentences that are photo captions: one holding a credit (`… tại hội nghị. (Ảnh: …)`,
    `Ảnh minh họa …`), or one followed by a sentence that opens with a credit and a colon (`Ảnh: AFP/TTXVN
    Phát biểu …`: the credit closes the caption before it, the text after the credit is the body again)."""
    out: set[int] = set()
    credit = _credit()
    for k, sentence in enumerate(sentences):
        m = credit.search(doc.view, sentence.start, sentence.end)
        if m is None:
            continue
        if m.group("credit") and m.start() - sentence.start <= 2:
            if k > 0:
                out.add(sentences[k - 1].start)  # `… ngày 22/5. Ảnh: AFP/TTXVN Phát biểu …`
        else:
            out.add(sentence.start)
    return out


def word_count(doc: Document, sentence: Sentence) -> int:
    return sum(1 for t in doc.tokens_in(sentence.start, sentence.end) if t.kind == "word")


def lead_sentences(doc: Document) -> list[LeadSentence]:
    """The title's sentences (order -1), then the first LEAD_SENTENCES body sentences that are text."""
    out = [
        LeadSentence(s, -1, False)
        for p in doc.paragraphs_of("title")
        for s in p.sentences
        if word_count(doc, s) >= _MIN_WORDS
    ]
    body = body_sentences(doc)[: 3 * LEAD_SENTENCES]
    caption = captions(doc, body)
    order = 0
    for sentence in body:
        if word_count(doc, sentence) < _MIN_WORDS:
            continue
        out.append(LeadSentence(sentence, order, sentence.start in caption))
        order += 1
        if order == LEAD_SENTENCES:
            break
    return out


_LABEL = re.compile(r"\s*:")
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
