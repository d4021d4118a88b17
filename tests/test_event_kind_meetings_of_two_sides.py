"""Round 19 of the lead story's event (issue #14): its kind, whether there is one, its date. One written lead per
construction; the entity sections are built by hand."""

from __future__ import annotations

from tests.reporthelp import hand_report


def test_a_meeting_of_two_sides_is_talks() -> None:
    text = (
        "Hai bộ trưởng gặp nhau\n\nNgày 3/4, Bộ trưởng Quốc phòng nước A đã có cuộc gặp với người đồng cấp nước B "
        "tại thủ đô nước C."
    )
    event = hand_report(text, (("Ngày 3/4", "XXXX-04-03"),)).summary().event
    assert event is not None and event.kind == "talks"
    text = "Hai nhà lãnh đạo gặp nhau\n\nChiều 3/4, hai nhà lãnh đạo đã có cuộc gặp song phương bên lề hội nghị."
    event = hand_report(text, (("Chiều 3/4", "XXXX-04-03"),)).summary().event
    assert event is not None and event.kind == "talks"


def test_a_meeting_with_a_body_stays_a_meeting() -> None:
    text = "Gặp doanh nghiệp\n\nNgày 3/4, lãnh đạo tỉnh đã có cuộc gặp với các doanh nghiệp trên địa bàn."
    event = hand_report(text, (("Ngày 3/4", "XXXX-04-03"),)).summary().event
    assert event is not None and event.kind == "meeting"
