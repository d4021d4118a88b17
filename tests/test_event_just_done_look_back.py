"""Event: the look-back that tells an act just done (`vừa`, `mới`, `đã vừa` before the act, its adverbs and its
verb between) is one function, `told_just_done`, which the event words and the acts of a body both call (issue #14,
round 33: it was written twice)."""

from __future__ import annotations

import pytest

import vnreport.summary.event as event
from vnreport.segment.document import segment
from vnreport.summary.phrases import skip_adverbs_back
from vnreport.summary.tokens import Token, sentence_tokens


def _act(text: str, word: str) -> tuple[list[Token], int]:
    doc = segment(text)
    toks = sentence_tokens(doc, doc.sentences[0])
    return toks, next(k for k, tok in enumerate(toks) if tok.lower.startswith(word))


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("Bộ X vừa ban hành thông tư mới.", True),
        ("Sở Y mới ban hành kế hoạch.", True),
        ("Bộ X vừa chính thức ban hành thông tư.", True),  # an adverb between the mark and the act
        ("Bộ X ban hành thông tư mới.", False),
        ("Thông tư do Bộ X ban hành vừa qua.", False),  # the mark after the act tells a time, not the act
    ],
)
def test_an_act_told_as_just_done(text: str, done: bool) -> None:
    toks, i = _act(text, "ban")
    assert event.told_just_done(toks, skip_adverbs_back(toks, i), i) is done
