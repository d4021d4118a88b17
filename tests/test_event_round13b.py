"""Round 13b of the event: a lead with no event word whose first dated sentence opens with its day tells a
happening of that day (kind `other`); one written sentence per shape, in the shape of real leads."""

from __future__ import annotations

from vnreport.pipeline import analyze_text


def _event(text: str) -> tuple[str, str | None] | None:
    event = analyze_text(text, year=2024).summary.event
    return (event.kind, event.date) if event is not None else None


def test_an_accident_told_by_a_lead_that_opens_with_its_day_is_an_event_of_that_day() -> None:
    text = (
        "Hai người tử vong dưới giếng\n\n"
        "Đêm 14/3, tại thôn Đông, xã Tân Hòa đã xảy ra ngạt khí dưới giếng khiến hai người tử vong."
    )
    assert _event(text) == ("other", "2024-03-14")


def test_a_happening_after_a_source_named_before_its_day_is_dated_by_that_day() -> None:
    text = (
        "Khởi động bến xe mới\n\n"
        "Báo Tin Mới thông tin, ngày 10/2, gói thầu xây dựng bến xe phía đông đã được khởi động."
    )
    assert _event(text) == ("other", "2024-02-10")


def test_pupils_taking_part_in_a_training_on_a_dated_morning_is_an_event() -> None:
    text = (
        "Học sinh học kỹ năng\n\n"
        "Sáng 20.5, hơn 300 học sinh tiểu học của huyện Tân Phú đã tham gia buổi tập huấn kỹ năng an toàn."
    )
    assert _event(text) == ("other", "2024-05-20")


def test_what_someone_said_on_the_day_is_no_event() -> None:
    text = (
        "Bàn về sai phạm\n\nNgày 5.7, nói về những sai phạm của công ty, ông Lê Văn Bình cho biết tỉnh sẽ xem xét lại."
    )
    assert _event(text) is None
    text = "Ca ngợi chính sách\n\nNgày 7/2, Ngoại trưởng nước A đã ca ngợi cách tiếp cận mới của nước B."
    assert _event(text) is None


def test_a_reporters_own_visit_or_interview_on_the_day_is_no_event() -> None:
    text = "Trại nuôi hổ\n\nChiều tối 7.6, phóng viên báo Tin Mới đã vào trại nuôi hổ ở xã Xuân Hòa."
    assert _event(text) is None
    text = "Tài sản\n\nChiều 29/6, báo Tin Mới đã phỏng vấn ông Lê Văn Bình xung quanh khối tài sản của gia đình."
    assert _event(text) is None


def test_a_day_deep_in_the_sentence_or_a_plan_makes_no_event() -> None:
    text = (
        "Cây xanh\n\nTrước thông tin hơn 1.300 cây xanh ven đường lớn sẽ phải di dời và chặt hạ trong thời gian tới, "
        "sáng 5/6 người dân đã ra đường."
    )
    assert _event(text) is None
    text = "Sân bay mới\n\nNgày 9/6, tỉnh Tân Phú sẽ khởi động gói thầu xây dựng sân bay."
    assert _event(text) is None


def test_the_happening_is_held_at_the_venue_after_tai_in_its_sentence() -> None:
    text = (
        "Hai người tử vong dưới giếng\n\n"
        "Đêm 14/3, tại thôn Đông Sơn, xã Tân Hòa đã xảy ra ngạt khí dưới giếng khiến hai người tử vong."
    )
    event = analyze_text(text, year=2024).summary.event
    assert event is not None and event.location is not None and event.location.startswith("thôn Đông Sơn")
    text = "Tập huấn\n\nSáng 20.5, hơn 300 học sinh tiểu học của huyện Tân Phú đã tham gia buổi tập huấn kỹ năng."
    event = analyze_text(text, year=2024).summary.event
    assert event is not None and event.location is None


def test_a_cut_off_day_after_den_het_dates_no_happening() -> None:
    text = (
        "Giải ngân vốn đầu tư\n\n"
        "Ước số giải ngân đến hết ngày 31/1/2024, vốn đầu tư giải ngân qua Kho bạc đạt 89% kế hoạch."
    )
    assert _event(text) is None


def test_a_document_just_issued_is_not_dated_by_the_day_it_was_told_of() -> None:
    text = (
        "Khen thưởng sinh viên\n\n"
        "Chiều 9/5, bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh Tân Phú, thông tin về việc UBND tỉnh vừa ban hành quyết "
        "định tặng bằng khen cho hai sinh viên đã cứu người đuối nước."
    )
    event = analyze_text(text, year=2024).summary.event
    assert event is not None and event.kind == "directive" and event.date is None
