"""Round 29 (the event's date, issue #14): a day written right after the event word is that happening's own, and
a day years before the article's is a happening recalled, never the news. Texts written for the tests."""

from __future__ import annotations

from tests.conftest import event_kind_and


def test_a_day_right_after_the_event_word_dates_it() -> None:
    # the sentence opens with the day an outlet reported it: the press conference's own day follows its word
    text = (
        "Nước A không xóa nợ cho nước B\n\n"
        "Nhật báo Thủ đô hôm 6/2 thông tin, Đại sứ nước A trong cuộc họp báo hôm 3/2 khẳng định sẽ không xóa nợ.\n\n"
        "Khoản nợ có từ nhiều năm trước."
    )
    assert event_kind_and(text, "date") == ("press_conference", "2024-02-03")


def test_the_day_after_vao_and_the_event_word() -> None:
    text = (
        "Bộ Y tế trả lời về thuốc giả\n\n"
        "Sáng 20/5, ông A, Thứ trưởng Bộ Y tế cho biết tại buổi họp báo vào chiều 19/5, bộ đã công bố kết quả "
        "kiểm tra.\n\n"
        "Kết quả cho thấy nhiều cơ sở vi phạm."
    )
    assert event_kind_and(text, "date") == ("press_conference", "2024-05-19")


def test_a_day_years_before_the_article_is_no_event_day() -> None:
    text = (
        "Kỷ niệm 70 năm ngày Bác Hồ về An toàn khu\n\n"
        "Ngày 20/5/1947, Bác Hồ và một số cán bộ đã đến ở và làm việc tại đồi Khau Tý.\n\n"
        "Tối 19/5/2024, tại tỉnh A, lễ kỷ niệm 70 năm ngày Bác Hồ về An toàn khu đã diễn ra trọng thể."
    )
    found = event_kind_and(text, "date")
    assert found is None or found[1] != "1947-05-20"
