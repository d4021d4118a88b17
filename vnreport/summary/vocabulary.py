"""The summary's event vocabulary, shared by the event and its people: the event words
(`data/summary_events.tsv`) and the cue phrases (`data/summary_cues.tsv`), as phrase matchers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from vnreport.datafiles import prebuilt
from vnreport.lexicon import PhraseMatcher, load_rows, phrase_matcher
from vnreport.segment.tokens import Token
from vnreport.summary.tokens import table_matchers


class EventRow(NamedTuple):
    phrase: str
    kind: str
    form: str
    flags: str = ""


@dataclass(frozen=True)
class EventWord:
    kind: str
    noun: bool
    once_per_term: bool
    session_if_elected: bool = False  # `phiên họp`, `thảo luận` of an elected body is a session
    needs_elected: bool = False  # `thông qua` names an event only as an elected body's session
    needs_name: bool = False  # `lễ` is an event only with a name, a capital or an organiser verb
    needs_organiser: bool = False  # `kỷ niệm`, `gặp mặt` are an event only after `tổ chức`
    delegation: bool = False  # `đoàn công tác` is the subject: an event verb after it tells what it did
    opens: bool = False  # `lễ khai mạc` an exhibition, a festival or a contest is that event
    announces: bool = False  # `công bố quyết định`: the news only when its sentence names no other event
    needs_predicate: bool = False  # `bổ nhiệm` is the act only as the clause's verb, not after `quyết định`, `việc`
    adopts: bool = False  # `vừa thông qua` a law: the elected body's decision just made is the news, a directive
    votes: bool = False  # `HĐND tỉnh bầu ông A`, `được Thượng viện phê chuẩn`: an elected body's vote on a person
    checks: bool = False  # `kiểm tra`, `điều tra`: an inspection/inquiry verb; ordered in its clause, a directive
    bilateral: bool = False  # `cuộc gặp song phương`, `cuộc gặp với người đồng cấp`: two sides' talks
    orders: bool = False  # `Thủ tướng vừa giao Bộ X …`: an order or an approval; the body after it is the one told
    demandable: bool = False  # `kêu gọi ông A từ chức`: demanded earlier in its clause, no act told
    subject_only: bool = False  # `Tổ công tác … đã làm việc với`: a delegation only as the subject of an event verb
    case_step: bool = False  # `A bị bắt hôm …`, `A phải ra tòa vì …`: a step of a case with the suspect as subject
    step_closed: bool = False  # `bị bắt hôm …`, not `bị bắt gặp`: a step only when a time, a place, a cause follows


@cache
def event_words() -> dict[str, EventWord]:
    words = {}
    for row in load_rows("summary_events.tsv", EventRow):
        flags = row.flags.split(",")
        words[row.phrase.lower()] = EventWord(
            row.kind,
            row.form == "noun",
            "once_per_term" in flags,
            "session_if_elected" in flags,
            "needs_elected" in flags,
            "needs_name" in flags,
            "needs_organiser" in flags,
            "delegation" in flags,
            "opens" in flags,
            "announces" in flags,
            "needs_predicate" in flags,
            "adopts" in flags,
            "votes" in flags,
            "checks" in flags,
            "bilateral" in flags,
            "orders" in flags,
            "demandable" in flags,
            "subject_only" in flags,
            "case_step" in flags,
            "step_closed" in flags,
        )
    return words


@prebuilt("event-trie")
def event_trie() -> PhraseMatcher[bool]:
    return phrase_matcher(event_words())


def cues() -> dict[str, PhraseMatcher[bool]]:
    return table_matchers("summary_cues.tsv")


_SHORT_REACH = 3  # tokens a fixed context of the short form `QH` opens before it (`Ủy ban Thường vụ QH`)


def names_elected(toks: Sequence[Token], lo: int, hi: int, *, whole_words: bool = True) -> bool:
    """Whether toks[lo:hi] name an elected body: an elected_body phrase inside them (`HĐND tỉnh`, `Quốc hội`),
    or the short form `QH` among them in one of its fixed contexts (elected_short: `trước QH`, `kỳ họp QH`, `QH
    khóa XIV`), which may open a few tokens before `lo`; not `đồ án QH phân khu`, `Sở QH-KT` (quy hoạch)."""
    full = cues()["elected_body"]
    part = toks[lo:hi]
    if any(full.length(part, k, whole_words=whole_words) for k in range(len(part))):
        return True
    short = cues()["elected_short"]
    for k in range(max(0, lo - _SHORT_REACH), hi):
        n = short.length(toks, k, whole_words=whole_words)
        if n and k + n > lo and not _dash_joined(toks, k + n):
            return True
    return False


def _dash_joined(toks: Sequence[Token], at: int) -> bool:
    """toks[at] is a dash glued to the token before it (`QH-KT`): the phrase before it is part of a compound."""
    return at < len(toks) and toks[at].gap == 0 and toks[at].text in {"-", "–"}
