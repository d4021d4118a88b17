"""The event's place, round 19: a happening told by a verb (`xuống đường tuần hành`, `biểu tình`) is where its
`tại` follows the verb within a few words; further on, `tại` is the matter's place. One written sentence per
construction, analysed whole."""

from __future__ import annotations

from tests.conftest import event_kind_and


def test_tai_right_after_a_happenings_verb_gives_its_place() -> None:
    text = (
        "Tin thế giới\n\n"
        "Vài trăm nông dân đã tuần hành tại quảng trường Cusco ngày 9/3 để chống mức thuế phân bón. "
        "Cảnh sát đã phong tỏa một số tuyến phố."
    )
    assert event_kind_and(text, "location")[1] == "quảng trường Cusco"


def test_a_noun_events_matter_after_it_gives_no_place() -> None:
    # a directive told by a noun has no happening's verb (no reach after one): a `tại` right after its head
    # (token 2) is the matter's place, not the event's
    from vnreport.segment.document import segment
    from vnreport.summary.phrases import Candidate
    from vnreport.summary.tokens import sentence_tokens
    from vnreport.summary.venue import _venue_slots
    from vnreport.summary.vocabulary import EventWord

    doc = segment("Chỉ thị tại phường Bến Lau về dẹp chợ tạm đã được gửi xuống.", words="dictionary")
    sentence = doc.sentences[0]
    toks = sentence_tokens(doc, sentence)
    word = EventWord(kind="directive", noun=True, once_per_term=False)
    best = Candidate(0, sentence, toks, 0, word, None, "directive", just_done=False)
    at = next(k for k, t in enumerate(toks) if t.lower == "tại")
    assert at == 2
    assert not _venue_slots(best)(at)
