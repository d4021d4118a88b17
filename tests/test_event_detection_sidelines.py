"""Round 17 of event detection: an event named right after `bên lề` / `bên hành lang` is where something else
happened (remarks to reporters, a meeting on the sidelines), never the event itself."""

from __future__ import annotations

from tests.conftest import event_kind_and


def test_a_forum_on_whose_sidelines_someone_spoke_is_no_event() -> None:
    text = (
        "Nước A muốn mua thêm máy bay vận tải\n\n"
        "Nước A chuẩn bị mua thêm sáu máy bay vận tải, tin này do Bộ trưởng Quốc phòng nước B nói với phóng viên "
        "bên lề Diễn đàn Kinh tế Quốc tế Bắc Âu.\n\nCác cuộc đàm phán đang ở giai đoạn đầu."
    )
    assert event_kind_and(text, "date") is None


def test_a_meeting_on_the_sidelines_is_the_event() -> None:
    text = (
        "Hai ngoại trưởng gặp nhau tại Hội nghị ASEAN\n\n"
        "Chiều 4/8, Bộ trưởng Ngoại giao nước A đã có cuộc gặp với người đồng cấp nước B bên lề Hội nghị Bộ trưởng "
        "Ngoại giao ASEAN lần thứ 57.\n\nHai bên trao đổi về hợp tác kinh tế."
    )
    found = event_kind_and(text, "date")
    assert found is not None and found[0] == "talks"  # a meeting with one's counterpart is talks (round 19)
