"""Round 14 of the event's date, one written sentence per shape, in the shape of real leads."""

from __future__ import annotations

from tests.conftest import event_kind_and_date


def test_a_dated_sentence_with_no_event_word_dates_the_event_named_just_before() -> None:
    text = (
        "Phấn đấu tăng thu ngân sách\n\n"
        "Mức thu năm nay được bàn kỹ trong tờ trình Chính phủ gửi phiên khai mạc kỳ họp thứ 9 của Quốc hội. "
        "Sáng 20/5, Phó Thủ tướng Trần Văn Lâm đã đọc bản tổng kết thu chi ngân sách năm 2023 trước các đại biểu."
    )
    assert event_kind_and_date(text) == ("session", "2024-05-20")


def test_an_act_told_as_just_done_is_not_dated_by_the_next_sentence() -> None:
    text = (
        "Khen thưởng tài xế xe khách\n\n"
        "UBND tỉnh Đông Lâm vừa tổ chức lễ khen thưởng 7 tài xế đã giúp hành khách thoát nạn. "
        "Chiếc xe khách bốc khói lúc trưa 30/6 trên đèo Mây Trắng khi đang chở 40 người."
    )
    # the ceremony just held is not dated by the day of the fire the next sentence tells
    assert event_kind_and_date(text) == ("ceremony", None)


def test_a_day_told_after_truoc_do_dates_an_earlier_happening_not_the_event() -> None:
    text = (
        "Thêm xe cứu thương cho vùng cao\n\n"
        "Sở Y tế đã đồng ý cấp thêm 4 xe cứu thương cho trung tâm y tế huyện Mường Sơn. "
        "Trước đó, chiều 3/6, đoàn công tác liên ngành Sở Y tế đã có buổi làm việc tại huyện Mường Sơn."
    )
    event = event_kind_and_date(text)
    assert event is not None and event[1] is None


def test_a_day_of_the_sentence_itself_still_dates_its_event() -> None:
    text = "Về Mường Sơn\n\nChiều 3/6, đoàn công tác liên ngành Sở Y tế đã có buổi làm việc tại huyện Mường Sơn."
    assert event_kind_and_date(text) == ("meeting", "2024-06-03")
