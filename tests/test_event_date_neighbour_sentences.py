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


_INVITED_VISIT = (
    "Tin đối ngoại\n\n"
    "Nhận lời mời của Chủ tịch nước Phạm Minh Sơn, Tổng thống Cộng hòa Slovenia Marko Horvat thăm cấp Nhà nước "
    "Việt Nam từ ngày 9 đến 11/4/2024. "
)


def test_an_invited_visits_lead_is_dated_by_the_day_opening_the_next_sentence() -> None:
    # the lead only announces the visit: the welcome and talks the next sentence tells are the event
    text = _INVITED_VISIT + (
        "Sáng 10/4, tại Phủ Chủ tịch, Chủ tịch nước Phạm Minh Sơn chủ trì lễ đón Tổng thống Marko Horvat. "
        "Sau lễ đón, hai nhà lãnh đạo đã hội đàm."
    )
    event = event_kind_and_date(text)
    assert event is not None and event[1] == "2024-04-10"


def test_a_day_deep_in_the_next_sentence_leaves_the_visits_first_day() -> None:
    # the day is no opening of the next sentence: it dates something else, the visit's first day stays
    text = _INVITED_VISIT + (
        "Hai nước đã ký hiệp định hợp tác kinh tế vào ngày 15/3/2022 tại Ljubljana. "
        "Sau lễ đón, hai nhà lãnh đạo đã hội đàm."
    )
    event = event_kind_and_date(text)
    assert event is not None and event[1] == "2024-04-09"
