"""Round 13b of the event's date: a cut-off day (`đến hết ngày …`) and a document told as just issued date no
happening; one written sentence per shape, in the shape of real leads. (The round's fallback for leads with no
event word was taken back at the merge: on the unseen dev7 it broke the floor.)"""

from __future__ import annotations

from tests.conftest import event_kind_and_date
from tests.reporthelp import summary_of
from vnreport.pipeline import analyze_text


def test_a_cut_off_day_after_den_het_dates_no_happening() -> None:
    text = (
        "Hội nghị giải ngân\n\n"
        "Sáng nay, UBND tỉnh tổ chức hội nghị đánh giá số vốn đầu tư giải ngân đến hết ngày 31/1/2024 qua Kho bạc."
    )
    assert event_kind_and_date(text) == ("conference", None)


def test_a_document_just_issued_is_not_dated_by_the_day_it_was_told_of() -> None:
    text = (
        "Khen thưởng sinh viên\n\n"
        "Chiều 9/5, bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh Tân Phú, thông tin về việc UBND tỉnh vừa ban hành quyết "
        "định khen thưởng ba học sinh đã giúp dập tắt đám cháy."
    )
    event = summary_of(analyze_text(text, year=2024)).event
    assert event is not None and event.kind == "directive" and event.date is None


def test_an_inspection_told_of_is_not_dated_by_the_day_it_was_told_of() -> None:
    # the ministry told of its department's check that evening; the check itself is not dated
    text = (
        "Thu hồi thuốc giả\n\n"
        "Tối 8/2, Bộ Y tế cho biết, Cục Quản lý Dược đã thực hiện kiểm tra các nhà thuốc bán thuốc không rõ nguồn gốc."
    )
    assert event_kind_and_date(text) == ("inspection", None)


def test_a_teller_with_a_dotted_name_still_tells_of_the_act() -> None:
    # `TP.HCM` inside the teller's words ends no clause: the day is still the one the case was told of
    text = (
        "Khởi tố vụ lừa đảo\n\n"
        "Ngày 12/6, lãnh đạo Công an TP.HCM cho biết cơ quan điều tra đã khởi tố vụ án lừa đảo chiếm đoạt tài sản."
    )
    assert event_kind_and_date(text) == ("investigation", None)
