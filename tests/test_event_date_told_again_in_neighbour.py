"""The event's date from a neighbouring lead sentence (issue #14, round 28): a photo caption between the event's
sentence and the dated one does not part them, and a dated sentence that names the event again by a noun of its
kind dates an event named in passing or referred back to. One written sentence per shape, in the shape of real
leads."""

from __future__ import annotations

from tests.conftest import event_kind_and_date


def test_a_caption_between_the_event_and_the_dated_sentence_does_not_part_them() -> None:
    text = (
        "Phấn đấu tăng thu ngân sách\n\n"
        "Mức thu năm nay được bàn kỹ trong tờ trình Chính phủ gửi phiên khai mạc kỳ họp thứ 9 của Quốc hội.\n\n"
        "Các đại biểu dự phiên khai mạc. (Ảnh: Quang Vinh)\n\n"
        "Sáng 20/5, Phó Thủ tướng Trần Văn Lâm đã đọc bản tổng kết thu chi ngân sách năm 2023 trước các đại biểu."
    )
    assert event_kind_and_date(text) == ("session", "2024-05-20")


def test_an_event_named_in_passing_is_dated_by_the_next_sentence_that_names_it_again() -> None:
    text = (
        "Cam kết chung của các bộ trưởng\n\n"
        "Tuyên bố chung của hội nghị BRICS nhấn mạnh vai trò của thương mại nội khối trong năm tới. "
        "Hội nghị Thượng đỉnh nhóm các nền kinh tế mới nổi (BRICS) diễn ra tại Johannesburg vừa kết thúc ngày 12/9 "
        "với cam kết giảm thuế quan."
    )
    assert event_kind_and_date(text) == ("conference", "2024-09-12")


def test_an_event_referred_back_to_is_dated_by_the_earlier_sentence_that_names_it() -> None:
    text = (
        "Bộ trưởng dự các phiên của diễn đàn\n\n"
        "Ngày 14/9, Bộ trưởng Lê Minh Khoa tiếp tục các hoạt động tại Hội nghị thượng đỉnh APEC ở Lima, Peru. "
        "Tại các phiên thảo luận, các nền kinh tế thành viên nhấn mạnh vai trò của thương mại tự do. "
        "Hội nghị cũng kêu gọi các thành viên tăng cường hợp tác về chuỗi cung ứng."
    )
    assert event_kind_and_date(text) == ("conference", "2024-09-14")


def test_a_dated_sentence_naming_another_kind_of_event_leaves_the_event_undated() -> None:
    text = (
        "Cam kết chung của các bộ trưởng\n\n"
        "Tuyên bố chung của hội nghị BRICS nhấn mạnh vai trò của thương mại nội khối trong năm tới. "
        "Thỏa thuận về thuế quan giữa các nền kinh tế mới nổi đã có hiệu lực từ ngày 12/9 tại Johannesburg."
    )
    event = event_kind_and_date(text)
    assert event is not None and event[1] is None
