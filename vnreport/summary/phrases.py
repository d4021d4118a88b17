"""Reading an event word in its sentence: the candidate it makes, the organiser verb before it
(`Thành ủy Hà Nội tổ chức Hội nghị …`), and the name it heads, which runs to where the purpose, the place
or the time begins (`Hội nghị giao ban …, triển khai nhiệm vụ …`)."""

from __future__ import annotations

from dataclasses import dataclass

from vnreport.report.model import Sentence
from vnreport.summary.tokens import Token, is_mark, match_length
from vnreport.summary.vocabulary import EventWord, cues, event_trie

_MAX_NAME_TOKENS = 40
_CLAUSE_END = frozenset({".", ";", ":", "!", "?", "…"})
_OPENERS = {"(": ")", "“": "”", '"': '"', "«": "»"}
_DROP_AT_NAME_END = frozenset({"và", "của", "-", ",", "với"})


@dataclass
class Candidate:
    order: int  # -1 the title, else the index of the lead sentence
    sentence: Sentence
    toks: list[Token]
    head: int  # token index of the event word
    word: EventWord
    verb_at: int | None  # token index where the organiser verb (with its adverbs) starts
    kind: str
    just_done: bool  # `vừa ban hành`: the news of the day
    dated_by: Sentence | None = None  # the sentence that dates the event, when not its own
    delegation_at: int | None = None  # the delegation that is the subject (`Đoàn công tác của Bộ Y tế … làm việc`)

    @property
    def word_end(self) -> int:
        """One past the event word's last token; past the head alone when no word of the trie starts there (`họp` of
        `cuộc họp`)."""
        return self.head + max(1, match_length(event_trie(), self.toks, self.head))

    @property
    def strong(self) -> bool:
        """Clear enough to be the event without a date: a verb just done, the object of an organiser verb,
        a capitalised event name (at a sentence's start, `Hội nghị cũng …` refers back; a name goes on)."""
        if self.just_done or self.verb_at is not None:
            return True
        if not (self.word.noun and self.toks[self.head].is_cap):
            return False
        length = match_length(event_trie(), self.toks, self.head)
        return self.head > 0 or name_span(self.toks, self.head)[0] > self.head + length


def organiser_verb_before(toks: list[Token], head: int) -> int | None:
    """Index where `tổ chức` (with `long trọng`, `đã` …) starts when it stands right before toks[head]."""
    found = None
    i = skip_adverbs_back(toks, head)
    for _ in range(2):  # `đã tổ chức khai mạc Triển lãm …`: a verb of holding before the one that opens it
        verbs = cues()["organiser_verb"]
        length = next((n for n in range(min(4, i), 0, -1) if match_length(verbs, toks, i - n) == n), 0)
        if not length:
            break
        found = i = skip_adverbs_back(toks, i - length)
    return found


def skip_adverbs_back(toks: list[Token], i: int) -> int:
    moved = True
    while moved and i > 0:
        moved = False
        for length in (2, 1):
            if i - length >= 0 and match_length(cues()["verb_adverb"], toks, i - length) == length:
                i -= length
                moved = True
                break
    return i


def name_span(toks: list[Token], head: int) -> tuple[int, int | None]:
    """(one past the last token of the name, index of the stop word that ended it or None)."""
    length = match_length(event_trie(), toks, head)
    i = head + length
    stopped_at = None
    while i < len(toks) and i - head < _MAX_NAME_TOKENS:
        tok = toks[i]
        if is_mark(tok, _CLAUSE_END):
            break
        if tok.lower == ",":
            if _continues_after_comma(toks, i + 1):
                i += 1
                continue
            break
        if tok.lower in _OPENERS:
            close = _closing(toks, i)
            if close is None:
                break
            i = close + 1
            continue
        if not tok.is_cap and is_stop(toks, i):
            stopped_at = i
            break
        i += 1
    end = i
    while end > head + length and toks[end - 1].lower in _DROP_AT_NAME_END:
        end -= 1
    return end, stopped_at


def _continues_after_comma(toks: list[Token], i: int) -> bool:
    if i >= len(toks) or toks[i].is_cap:
        return False
    return bool(match_length(cues()["name_continue"], toks, i, whole_words=False))


def is_stop(toks: list[Token], i: int) -> bool:
    if match_length(cues()["name_stop"], toks, i):
        return True
    length = match_length(cues()["name_stop_before_number"], toks, i)
    return bool(length) and i + length < len(toks) and toks[i + length].lower[:1].isdigit()


def _closing(toks: list[Token], i: int) -> int | None:
    close = _OPENERS[toks[i].lower]
    for k in range(i + 1, min(len(toks), i + _MAX_NAME_TOKENS)):
        if toks[k].lower == close:
            return k
        if toks[k].lower in {".", ";"}:
            return None
    return None
