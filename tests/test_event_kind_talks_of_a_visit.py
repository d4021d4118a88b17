"""Round 21 of the lead story's event kind (issue #14): a visit the lead tells under a title that reports talks
is those talks; drawing lots (`bốc thăm`) is no visit. One written lead per construction; the entity sections are
built by hand."""

from __future__ import annotations

from tests.reporthelp import hand_report

_LEAD = (
    "\n\nNhận lời mời của Thủ tướng nước B, Thủ tướng nước A cùng đoàn đại biểu cấp cao đã thăm chính thức nước B "
    "từ ngày 3 đến 5/4."
)


def test_a_visit_under_a_title_of_talks_is_the_talks() -> None:
    text = "Thủ tướng Lâm Quốc Bảo hội đàm với Thủ tướng Karl Berger" + _LEAD
    event = hand_report(text, (("ngày 3", "XXXX-04-03"),)).summary().event
    assert event is not None and event.kind == "talks"


def test_a_visit_under_a_title_of_a_courtesy_call_stays_a_visit() -> None:
    text = "Thủ tướng Lâm Quốc Bảo hội kiến Chủ tịch Quốc hội Anna Weber" + _LEAD
    event = hand_report(text, (("ngày 3", "XXXX-04-03"),)).summary().event
    assert event is not None and event.kind == "visit"


def test_a_visit_under_a_title_of_no_event_stays_a_visit() -> None:
    text = "Quan hệ hai nước bước sang giai đoạn mới" + _LEAD
    event = hand_report(text, (("ngày 3", "XXXX-04-03"),)).summary().event
    assert event is not None and event.kind == "visit"


def test_drawing_lots_is_no_visit() -> None:
    for text in (
        "Bốc thăm chia bảng\n\nChiều 3/4, các đội tuyển bóng đá đã bốc thăm chia bảng tại Hà Nội.",
        "Kết quả rút thăm\n\nChiều 3/4, đại diện các đội đã rút thăm để chọn sân thi đấu.",
    ):
        event = hand_report(text, (("Chiều 3/4", "XXXX-04-03"),)).summary().event
        assert event is None or event.kind != "visit"


def test_boc_alone_before_another_event_verb_leaves_the_event() -> None:
    # only the whole compounds `bốc thăm`, `rút thăm` name no event; `bốc` before `kiểm tra` is picking at random
    text = "Nhà thuốc vi phạm\n\nChiều 3/4, đoàn liên ngành của Sở Y tế đã bốc kiểm tra ngẫu nhiên 5 nhà thuốc."
    event = hand_report(text, (("Chiều 3/4", "XXXX-04-03"),)).summary().event
    assert event is not None and event.kind == "inspection"
