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
The first sentence of text (the lead's news) is always one. No duplicates: each repeated paragraph counts once, a
repeated one-sentence paragraph (a scraped photo caption) not at all, and a sentence too close to one already chosen
(a lead copied into a caption with small edits; the lead restated in the body with its date and place, most of the
shorter one's words in the longer) is skipped.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import cache
from itertools import combinations

from vnreport import regexes
from vnreport.extract.officials.lexicon import RoleCueRow
from vnreport.lexicon import load_rows
from vnreport.report.model import Mention, Sentence
from vnreport.segment.document import Document
from vnreport.summary.lead import before_link, body_text, caption_spans, whole_captions
from vnreport.summary.tokens import RolePhraseRow, body_sentences, repeated_paragraphs, stopwords
from vnreport.text import fold

MAX_SENTENCES = 150
MIN_HIGHLIGHTS, MAX_HIGHLIGHTS = 3, 5
SENTENCES_PER_HIGHLIGHT = 4  # a 16-sentence article gets 4 highlights
MIN_CONTENT_WORDS = 6
NEAR_DUPLICATE = 0.6  # Jaccard overlap of content words above which two sentences say the same
# Share of the shorter sentence's content words the longer one holds, above which the longer one is the shorter one
# again with a clause more (a lead restated in the body with its date and place): the two say the same.
RESTATED = 0.7
RESTATED_LENGTH = 0.4  # the shorter has at least this share of the longer's words: a restatement, not a remark in it
DAMPING = 0.85
ITERATIONS = 60
TOLERANCE = 1e-7


def highlights(doc: Document, photos: list[tuple[int, int]] | None = None) -> list[Mention]:
    """The best-ranked sentences, in the order of the article. `photos`: the body's `caption_spans`, when the
    caller has read them already (the summary reads them once for the highlights and the tasks)."""
    sentences, bags = _candidates(doc, photos)
    if not sentences:
        return []
    scores = rank(bags)
    wanted = max(MIN_HIGHLIGHTS, min(MAX_HIGHLIGHTS, round(len(sentences) / SENTENCES_PER_HIGHLIGHT)))
    # The first sentence of text is the news (the lead's happening): a summary without it misses the story, however
    # few words it shares with the rest.
    order = [0, *sorted(range(1, len(sentences)), key=lambda k: (-scores[k], k))]
    chosen: list[int] = []
    for index in order:
        if len(chosen) == wanted:
            break
        if not any(_same_news(bags[index], bags[k]) for k in chosen):
            chosen.append(index)
    return [Mention(text=sentences[k].text, start=sentences[k].start, end=sentences[k].end) for k in sorted(chosen)]


def _candidates(
    doc: Document, photos: list[tuple[int, int]] | None = None
) -> tuple[list[Sentence], list[frozenset[str]]]:
    captions = {p.start for group in repeated_paragraphs(doc) for p in group if len(p.sentences) == 1}
    skip = {s.start for p in doc.paragraphs if p.start in captions for s in p.sentences}
    sentences: list[Sentence] = []
    bags: list[frozenset[str]] = []
    body = body_sentences(doc)
    photos = caption_spans(doc, body) if photos is None else photos
    caption = whole_captions(body, photos)
    title = _title_words(doc)
    for sentence in body:
        if sentence.start in caption or sentence.start in skip or _is_attendance_list(doc, sentence):
            continue
        sentence = before_link(doc, body_text(doc, sentence, photos), photos)
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


SAME_AS_TITLE = 0.8  # Jaccard overlap with the title's content words above which a sentence is the title again


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


def _same_news(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences say the same: near the same words, or one holding most of the other's."""
    if _jaccard(a, b) >= NEAR_DUPLICATE:
        return True
    shorter, longer = sorted((len(a), len(b)))
    if not shorter or shorter < RESTATED_LENGTH * longer:
        return False  # a short remark inside a long sentence (`X cũng lên án vụ phóng`): a fact of its own
    return len(a & b) / shorter >= RESTATED


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0
