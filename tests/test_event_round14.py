"""Round 14 of the event's date, one written sentence per shape, in the shape of real leads."""

from __future__ import annotations

from vnreport.pipeline import analyze_text


def _event(text: str) -> tuple[str, str | None] | None:
    event = analyze_text(text, year=2024).summary.event
    return (event.kind, event.date) if event is not None else None


def test_a_dated_sentence_with_no_event_word_dates_the_event_named_just_before() -> None:
    text = (
        "Phấn đấu tăng thu ngân sách\n\n"
        "Nhiều chỉ tiêu được đánh giá trong báo cáo của Chính phủ tại phiên khai mạc kỳ họp thứ 5 của Quốc hội. "
        "Sáng 20/5, Phó Thủ tướng Trần Văn Lâm đã trình bày báo cáo kết quả thực hiện kế hoạch năm 2023."
    )
    assert _event(text) == ("session", "2024-05-20")


def test_an_act_told_as_just_done_is_not_dated_by_the_next_sentence() -> None:
    text = (
        "Khen thưởng người cứu nạn\n\n"
        "Chủ tịch UBND tỉnh Tân Phú Lê Văn Hòa vừa quyết định tặng bằng khen cho 12 cá nhân cứu người. "
        "Vụ tai nạn xảy ra trưa 30/6 trên quốc lộ 14 làm 2 người bị thương."
    )
    event = _event(text)
    assert event is None or event[1] is None


def test_a_day_told_after_truoc_do_dates_an_earlier_happening_not_the_event() -> None:
    text = (
        "Bổ sung máy chạy thận\n\n"
        "Bộ Y tế đã đồng ý mua thêm 12 máy chạy thận cho bệnh viện tỉnh. "
        "Trước đó, chiều 3/6, đoàn công tác của Bộ Y tế đã có buổi làm việc tại bệnh viện tỉnh."
    )
    event = _event(text)
    assert event is not None and event[1] is None


def test_a_day_of_the_sentence_itself_still_dates_its_event() -> None:
    text = "Làm việc tại bệnh viện\n\nChiều 3/6, đoàn công tác của Bộ Y tế đã có buổi làm việc tại bệnh viện tỉnh."
    assert _event(text) == ("meeting", "2024-06-03")
