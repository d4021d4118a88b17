"""Round 13b of the event's date: a cut-off day (`đến hết ngày …`) and a document told as just issued date no
happening; one written sentence per shape, in the shape of real leads. (The round's fallback for leads with no
event word was taken back at the merge: on the unseen dev7 it broke the floor.)"""

from __future__ import annotations

from tests.conftest import event_kind_and
from vnreport.pipeline import analyze_text


def _event(text: str) -> tuple[str, str | None] | None:
    return event_kind_and(text, "date")


def test_a_cut_off_day_after_den_het_dates_no_happening() -> None:
    text = (
        "Hội nghị giải ngân\n\n"
        "Sáng nay, UBND tỉnh tổ chức hội nghị đánh giá số vốn đầu tư giải ngân đến hết ngày 31/1/2024 qua Kho bạc."
    )
    assert _event(text) == ("conference", None)


def test_a_document_just_issued_is_not_dated_by_the_day_it_was_told_of() -> None:
    text = (
        "Khen thưởng sinh viên\n\n"
        "Chiều 9/5, bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh Tân Phú, thông tin về việc UBND tỉnh vừa ban hành quyết "
        "định khen thưởng ba học sinh đã giúp dập tắt đám cháy."
    )
    event = analyze_text(text, year=2024).summary.event
    assert event is not None and event.kind == "directive" and event.date is None
