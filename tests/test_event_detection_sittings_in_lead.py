"""Round 15 of event detection: a lead that names no event of its own in its first sentence, and tells in a later
one what was said or done at a sitting (`Phát biểu tại lễ …`, `Tham dự buổi lễ có …`) or after it (`trả lời báo
chí sau cuộc họp`), reports that sitting."""

from __future__ import annotations

from tests.conftest import event_kind_and_date


def test_a_speech_at_a_ceremony_in_the_lead_is_the_event() -> None:
    text = (
        "Ra mắt Trung tâm nghiên cứu văn hóa biển Đông Hải\n\n"
        "Trung tâm sẽ tập hợp các nhà nghiên cứu về văn hóa biển của cả nước. "
        "Giám đốc trung tâm là nhà sử học Lê Văn Tâm. "
        "Phát biểu tại lễ ra mắt, ông Tâm cho biết trung tâm sẽ xuất bản một tạp chí mỗi quý."
    )
    assert event_kind_and_date(text) == ("ceremony", None)


def test_remarks_after_a_meeting_in_the_lead_tell_the_meeting() -> None:
    text = (
        "Dừng các công trình phụ trợ quanh cảng Bắc Sơn\n\n"
        "Các bộ được giao rà soát toàn bộ quy hoạch khu cảng trong tháng tới. "
        "Các doanh nghiệp trong khu cảng được thông báo trước. "
        "Trả lời báo chí sau cuộc họp, Thứ trưởng Ninh Văn Hòa cho biết các công trình phụ trợ sẽ tạm dừng."
    )
    assert event_kind_and_date(text) == ("meeting", None)


def test_attending_a_ceremony_in_the_lead_is_the_event() -> None:
    text = (
        "Cựu chiến binh về nghĩa trang Đồi Thông\n\n"
        "Nhiều cựu chiến binh đã về nghĩa trang từ sớm. "
        "Tham dự buổi lễ có lãnh đạo tỉnh và đông đảo người dân."
    )
    assert event_kind_and_date(text) == ("ceremony", None)


def test_a_meeting_named_without_at_or_after_is_no_event() -> None:
    text = (
        "Giá lúa tăng mạnh ở đồng bằng\n\n"
        "Giá lúa tại nhiều tỉnh đã tăng thêm 500 đồng mỗi kg. "
        "Nhiều thương lái cho rằng các cuộc họp của hiệp hội không còn tác dụng."
    )
    assert event_kind_and_date(text) is None


def test_a_sitting_told_as_before_the_news_is_no_event() -> None:
    text = (
        "Đạo diễn Hà Phong công diễn vở múa rối mới ở Lạc Dương\n\n"
        "Vở diễn bị một số khán giả phàn nàn vì quá dài. "
        "Trước đó, tại buổi họp báo thường kỳ của UBND tỉnh, người phát ngôn Sở Văn hóa nói đã góp ý với đạo diễn."
    )
    assert event_kind_and_date(text) is None
