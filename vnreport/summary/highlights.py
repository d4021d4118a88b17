"""Highlights: the 3–5 sentences that best summarise the article, extracted by TextRank.

Sentences are nodes; two sentences are linked by the content words they share, normalised by their
lengths (Mihalcea & Tarau 2004: |Si ∩ Sj| / (log|Si| + log|Sj|)). The rank is PageRank over that graph,
with a teleport vector that leans gently towards the lead, as news puts the gist first. Plain
Python: the graph is built from an inverted index of words, so only sentences that share a word are
compared, and only the first MAX_SENTENCES body sentences are ranked (long documents front-load their
summary too; this bounds the time on laws of thousands of sentences).

Attendance lists (`Dự hội nghị có các đồng chí: …`) are left out: the event panel shows them better.
So are photo captions and credits (`… (Ảnh: …/TTXVN)`; a caption glued to the next sentence is cut
off it, `Ảnh: Reuters Theo đó, …` → `Theo đó, …`), page furniture (`>> Mời quý độc giả xem video …`, `Xem thêm`,
widget residue `![]() |`), bylines and the outlet's tag before a lead (`(VOV) - `, `TTO - `).
No duplicates: each repeated paragraph counts once, a repeated one-sentence paragraph (a scraped photo
caption) not at all, and a sentence too close to one already chosen (a lead copied into a caption
with small edits) is skipped.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from functools import cache
from itertools import combinations

from vnreport import regexes
from vnreport.extract.names import ends_with_anchor
from vnreport.extract.officials.lexicon import RoleCueRow
from vnreport.lexicon import PhraseMatcher, list_matcher, load_rows, phrase_matcher
from vnreport.report.model import Mention, Sentence
from vnreport.segment.document import Document
from vnreport.segment.tokens import Token
from vnreport.summary.lead import caption_spans, trimmed
from vnreport.summary.tokens import RolePhraseRow, body_sentences, repeated_paragraphs, stopwords
from vnreport.summary.vocabulary import cues
from vnreport.text import fold

MAX_SENTENCES = 150
MIN_HIGHLIGHTS, MAX_HIGHLIGHTS = 3, 5
SENTENCES_PER_HIGHLIGHT = 4  # a 16-sentence article gets 4 highlights
MIN_CONTENT_WORDS = 6
NEAR_DUPLICATE = 0.6  # Jaccard overlap of content words above which two sentences say the same
DAMPING = 0.85
ITERATIONS = 60
TOLERANCE = 1e-7


def highlights(doc: Document) -> list[Mention]:
    """The best-ranked sentences, in the order of the article."""
    sentences, bags = _candidates(doc)
    if not sentences:
        return []
    scores = rank(bags)
    wanted = max(MIN_HIGHLIGHTS, min(MAX_HIGHLIGHTS, round(len(sentences) / SENTENCES_PER_HIGHLIGHT)))
    chosen: list[int] = []
    for index in sorted(range(len(sentences)), key=lambda k: (-scores[k], k)):
        if len(chosen) == wanted:
            break
        if all(_jaccard(bags[index], bags[k]) < NEAR_DUPLICATE for k in chosen):
            chosen.append(index)
    return [Mention(text=sentences[k].text, start=sentences[k].start, end=sentences[k].end) for k in sorted(chosen)]


def _candidates(doc: Document) -> tuple[list[Sentence], list[frozenset[str]]]:
    captions = {p.start for group in repeated_paragraphs(doc) for p in group if len(p.sentences) == 1}
    skip = {s.start for p in doc.paragraphs if p.start in captions for s in p.sentences}
    sentences: list[Sentence] = []
    bags: list[frozenset[str]] = []
    body = body_sentences(doc)
    photos = caption_spans(doc, body)
    caption = set(photos)  # a whole sentence is one span: a photo's caption
    title = _title_words(doc)
    for sentence in body:
        if (sentence.start, sentence.end) in caption or sentence.start in skip or _is_attendance_list(doc, sentence):
            continue
        sentence = _after_link(doc, sentence, photos)
        sentence = _whole_first_word(doc, sentence, trimmed(doc, sentence))
        sentence = _after_glued_heading(doc, _after_byline(doc, _after_source_tag(doc, sentence)))
        sentence = _after_bare_credit(doc, sentence)
        if _is_furniture(doc, sentence) or _asks_or_announces(doc, sentence):
            continue  # the page, a question (a headline's or a quoted one) or what announces a list: no fact
        bag = content_words(doc, sentence)
        if title and _jaccard(bag, title) >= SAME_AS_TITLE:
            continue  # the headline again (`Cặp đôi … ?` copied into the body): the reader has it already
        if len(bag) >= MIN_CONTENT_WORDS:
            sentences.append(sentence)
            bags.append(bag)
        if len(sentences) == MAX_SENTENCES:
            break
    return sentences, bags


GLUED_HEADING_WORDS = 14  # at most this many words of a sub-heading, caption end or byline before the text
GLUED_CAPTION_WORDS = 30  # a whole caption before the text, cut only at a corpus-counted sentence opener
SAME_AS_TITLE = 0.8  # Jaccard overlap with the title's content words above which a sentence is the title again
BYLINE_WORDS = 6  # `Tác giả: Thúy Hiền/BNEWS/TTXVN`: the name and agency of a byline glued before the text


def _asks_or_announces(doc: Document, sentence: Sentence) -> bool:
    """A question (a headline's or a quoted one) or a sentence that announces what follows (`…, kết quả như
    sau:`): neither states a fact on its own."""
    return doc.view[sentence.start : sentence.end].rstrip(" \"'”’»)").endswith(("?", ":"))


def _title_words(doc: Document) -> frozenset[str]:
    words: set[str] = set()
    for paragraph in doc.paragraphs_of("title"):
        for sentence in paragraph.sentences:
            words |= content_words(doc, sentence)
    return frozenset(words)


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
        start = toks[j].start
        words = [w for w in before.words if w.start >= start and w.end <= after.end]
        return Sentence(text=doc.text[start : after.end], start=start, end=after.end, words=words)
    if previous.gap < 0 or first.gap <= 0 or not previous.is_cap_word or not first.is_wordlike or first.is_cap:
        return after
    if len(previous.text) < 2 or (k > 1 and toks[k - 2].text == "."):  # `T.L`, `N.TRI`: initials of the credit
        return after
    agency = k > 1 and (toks[k - 2].text.isupper() or (k > 2 and toks[k - 3].text == "/"))
    if k > 1 and toks[k - 2].kind == "word" and toks[k - 2].is_cap and toks[k - 2].gap >= 0 and not agency:
        return after  # `Ngọc Tiến trao đổi …`: a name of two words before a lower-case verb is the credit's
    # after an agency (`AFP/TTXVN`, `Doãn Tấn/TTXVN`) the credit has ended: the capitalised word opens the text
    start = previous.start
    words = [w for w in before.words if w.start >= start and w.end <= after.end]
    return Sentence(text=doc.text[start : after.end], start=start, end=after.end, words=words)


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
            rest = [w for w in sentence.words if w.start >= tok.start]
            return Sentence(text=doc.text[tok.start : sentence.end], start=tok.start, end=sentence.end, words=rest)
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


def _after_link(doc: Document, sentence: Sentence, spans: list[tuple[int, int]]) -> Sentence:
    """The sentence without the related article's link glued before its text (`[Tiêu đề bài khác] Bên cạnh đó,
    …` → `Bên cạnh đó, …`): a span of `caption_spans` that opens it and ends before its end."""
    k = bisect_right(spans, (sentence.start, sentence.end)) - 1
    if k < 0 or not spans[k][0] <= sentence.start < spans[k][1] or spans[k][1] >= sentence.end:
        return sentence
    if doc.text[spans[k][0]] != "[":
        return sentence  # a credit glued before the text: `trimmed` and `_whole_first_word` read it
    start = spans[k][1]
    while start < sentence.end and doc.text[start].isspace():
        start += 1
    words = [w for w in sentence.words if w.start >= start]
    return Sentence(text=doc.text[start : sentence.end], start=start, end=sentence.end, words=words)


def _after_source_tag(doc: Document, sentence: Sentence) -> Sentence:
    """The sentence without the outlet's tag before its text: `(VOV5) - Chủ tịch nước …` → `Chủ tịch nước …`
    (the text after the tag starts with a capital)."""
    match = _SOURCE_TAG.match(doc.view, sentence.start, sentence.end)
    if match is None or match.end() >= sentence.end or not doc.view[match.end()].isupper():
        return sentence
    start = match.end()
    words = [w for w in sentence.words if w.start >= start]
    return Sentence(text=doc.text[start : sentence.end], start=start, end=sentence.end, words=words)


def _after_glued_heading(doc: Document, sentence: Sentence) -> Sentence:
    """The sentence without a sub-heading, a caption or a byline that the page glued before it (the 2017 pages
    lost their line breaks): `150 ca mổ mỗi ngày Tại nhiều bệnh viện …` → `Tại nhiều bệnh viện …`. The text starts
    at a sure sentence opener (`heading_opener` cues) written with its capital within GLUED_HEADING_WORDS words,
    or at a word pair counted over the corpus as a sentence opener (`sentence_openers.txt`, its second word in
    lower case) within GLUED_CAPTION_WORDS (a whole caption); right after a lower-case word or a number (a
    capitalised word before it may be a name ending in the same syllable: `Nguyễn Văn Tại`), never after a word
    that announces a name (`ông Tại`), and with no punctuation before it."""
    toks = doc.tokens_in(sentence.start, sentence.end)
    openers, mined = cues()["heading_opener"], sentence_openers()
    words = 0
    for k, tok in enumerate(toks):
        if words > GLUED_CAPTION_WORDS or (tok.kind == "punct" and tok.text not in _HEADING_PUNCT):
            return sentence
        sure = openers.length(toks, k) if words <= GLUED_HEADING_WORDS else 0
        if k and tok.is_cap_word and _glued_after_text(toks, k) and (sure or _mined_opener(toks, k, mined)):
            words_after = [w for w in sentence.words if w.start >= tok.start]
            return Sentence(
                text=doc.text[tok.start : sentence.end], start=tok.start, end=sentence.end, words=words_after
            )
        if tok.kind in ("word", "number"):
            words += 1
    return sentence


@cache
def sentence_openers() -> PhraseMatcher[bool]:
    """Word pairs counted over the news corpus as opening sentences and (almost) never capitalised inside one
    (`Lý giải`, `Theo đó`): capitalised after a lower-case word, a new sentence starts there
    (benchmarks/mine_sentence_openers.py builds the list)."""
    return list_matcher("sentence_openers.txt")


def _mined_opener(toks: list[Token], k: int, mined: PhraseMatcher[bool]) -> bool:
    """A counted opener pair at k (where the text before may end: `_glued_after_text`), its second word in lower
    case as it was counted (`… tại sân bay Lý giải cho việc …`; not `nhãn hàng Cô Gái …`, a name)."""
    return k + 1 < len(toks) and not toks[k + 1].is_cap and mined.length(toks, k) == 2


# What a glued sub-heading may hold before the text: `Loa phường “ngốn” vài trăm triệu Đề cập tới …`.
_HEADING_PUNCT = frozenset({"/", "-", "(", ")", ",", "“", "”", '"'})


def _glued_after_text(toks: list[Token], k: int) -> bool:
    before = toks[k - 1]
    abbreviation = before.kind == "word" and len(before.text) > 1 and before.text.isupper()  # `Vụ TCNH Theo …`
    closed = before.text == ")"  # `… (Ảnh Internet) Theo đó, …`: a caption's credit in brackets ends the caption
    return (
        before.gap >= 0
        and toks[k].gap >= 0
        and (before.kind == "number" or (before.kind == "word" and not before.is_cap) or abbreviation or closed)
        and not ends_with_anchor(toks, k)
    )


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
        return sentence
    start = toks[k].start
    return Sentence(
        text=doc.text[start : sentence.end],
        start=start,
        end=sentence.end,
        words=[w for w in sentence.words if w.start >= start],
    )


@cache
def _attendance_cues() -> tuple[str, ...]:
    rows = load_rows("officials_role_cues.tsv", RoleCueRow)
    return tuple(row.cue.lower() + " " for row in rows if row.role == "attended" and row.where == "before")


@cache
def _furniture() -> re.Pattern[str]:
    phrases = [fold(r.phrase) for r in load_rows("summary_cues.tsv", RolePhraseRow) if r.role == "boilerplate"]
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=lambda p: (-len(p), p)))
    return regexes.compile(rf"\s*(?:{alternation})(?!\w)|.*(?:!\[|\|)", re.IGNORECASE)


def _is_furniture(doc: Document, sentence: Sentence) -> bool:
    """`>> Mời quý độc giả xem video …`, `Xem thêm: …`, `![]() |`: the page, not the story."""
    opening = doc.view[sentence.start : sentence.end].lstrip("> ")
    return _furniture().match(opening) is not None


def _is_attendance_list(doc: Document, sentence: Sentence) -> bool:
    opening = " ".join(doc.view[sentence.start : sentence.start + 40].lower().split())
    return opening.startswith(_attendance_cues())


def content_words(doc: Document, sentence: Sentence) -> frozenset[str]:
    """Lower-case segmenter words of the sentence, without punctuation, numbers and function words."""
    stop = stopwords()
    lower = doc.lower_view  # one lowering of the text, not one per word
    view = lower if lower is not None else doc.view
    bag: set[str] = set()
    for word in sentence.words:
        if word.kind != "word":
            continue
        text = view[word.start : word.end]
        if lower is None:
            text = text.lower()
        if not text.isalnum():  # whitespace inside: one space between the syllables of a word
            text = " ".join(text.split())
        # A word token opens with a letter (the rest of the test is for other letters of \w).
        if text not in stop and (text[0].isalpha() or any(c.isalpha() for c in text)):
            bag.add(text)
    return frozenset(bag)


def rank(bags: list[frozenset[str]]) -> list[float]:
    """Biased PageRank over the word-overlap graph of the sentences (one score per bag)."""
    n = len(bags)
    edges = _edges(bags)
    out_weight = [sum(edges[i].values()) for i in range(n)]
    teleport = [1.0 / (i + 1) for i in range(n)]
    total = sum(teleport)
    teleport = [t / total for t in teleport]
    scores = teleport[:]
    # The loop below runs up to ITERATIONS times over every edge: the graph as plain lists, read in the
    # same order (so the same sums, to the last bit) without a dict lookup per edge.
    dangling_nodes = [i for i in range(n) if out_weight[i] == 0]
    linked = [(i, out_weight[i], list(edges[i].items())) for i in range(n) if out_weight[i]]
    for _ in range(ITERATIONS):
        dangling = sum(scores[i] for i in dangling_nodes)
        new = [(1 - DAMPING) * t + DAMPING * dangling * t for t in teleport]
        for i, weight_out, targets in linked:
            share = DAMPING * scores[i] / weight_out
            for j, weight in targets:
                new[j] += share * weight
        change = sum(abs(a - b) for a, b in zip(new, scores, strict=True))
        scores = new
        if change < TOLERANCE:
            break
    return scores


def _edges(bags: list[frozenset[str]]) -> list[dict[int, float]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for index, bag in enumerate(bags):
        for word in bag:
            postings[word].append(index)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for indices in postings.values():
        for pair in combinations(indices, 2):
            shared[pair] += 1
    edges: list[dict[int, float]] = [{} for _ in bags]
    for (i, j), count in shared.items():
        weight = count / (math.log(len(bags[i]) + 1) + math.log(len(bags[j]) + 1))
        edges[i][j] = edges[j][i] = weight
    return edges


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0
