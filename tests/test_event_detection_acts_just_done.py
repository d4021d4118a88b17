"""Round 25 of event detection: the undated first lead sentence that tells an act its subject has just done (`vừa`
before a verb), with no event word, reports that act (kind `other`, `directive` when it issues a paper, no date);
words said, a pair `vừa … vừa …`, a clause of time or of a source, and a question still report none."""

from __future__ import annotations

from tests.conftest import event_kind_and_date


def test_money_just_paid_out_is_an_event() -> None:
    text = (
        "Thêm 300 tỷ đồng hỗ trợ người dân vùng lũ\n\n"
        "Bộ Tài chính vừa chuyển 300 tỷ đồng cho ba tỉnh miền núi để hỗ trợ người dân bị thiệt hại do lũ."
    )
    assert event_kind_and_date(text) == ("other", None)


def test_a_notice_just_sent_out_is_a_directive() -> None:
    text = (
        "Cảnh báo giấy tờ giả mạo cơ quan thuế\n\n"
        "Tổng cục Thuế vừa phát đi thông báo về việc một số đối tượng giả danh cán bộ thuế để thu tiền doanh nghiệp."
    )
    assert event_kind_and_date(text) == ("directive", None)


def test_words_just_said_are_no_event() -> None:
    text = (
        "Giá điện có thể điều chỉnh trong năm tới\n\n"
        "Ông Trần Minh Khôi vừa cho biết giá điện có thể được xem xét điều chỉnh tùy theo chi phí sản xuất."
    )
    assert event_kind_and_date(text) is None


def test_a_pair_of_vua_tells_no_act() -> None:
    text = (
        "Hồ chứa nước Đồng Xanh xuống cấp\n\n"
        "Hồ chứa Đồng Xanh vừa cung cấp nước tưới cho ruộng đồng, vừa phục vụ sinh hoạt của hàng nghìn hộ dân."
    )
    assert event_kind_and_date(text) is None


def test_an_act_inside_the_source_clause_is_no_event() -> None:
    text = (
        "Tỷ lệ thất nghiệp ở thành phố giảm nhẹ\n\n"
        "Theo báo cáo do Cục Thống kê vừa công bố, tỷ lệ thất nghiệp của thành phố trong quý đã giảm nhẹ."
    )
    assert event_kind_and_date(text) is None


def test_an_act_in_a_clause_of_time_is_no_event() -> None:
    text = (
        "Đàn gà chết hàng loạt ở xã Tân Phong\n\n"
        "Sau khi vừa ăn cám mới, hơn 500 con gà của một hộ dân ở xã Tân Phong lăn ra chết trong buổi chiều."
    )
    assert event_kind_and_date(text) is None
