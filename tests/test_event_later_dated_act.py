"""An act told by the lead's first dated sentence after an undated opening (issue #14, unseen 2017 news): one
written lead per construction; the entity sections are built by hand."""

from __future__ import annotations

from tests.reporthelp import hand_report


def test_the_act_of_the_first_dated_sentence_after_an_undated_opening() -> None:
    text = (
        "Chiến thắng ở thành phố B\n\nTin chiến thắng liên tiếp được công bố từ các mặt trận. Ngày 29/6, chính quyền "
        "nước A tuyên bố đã đánh bại lực lượng phiến quân tại thành phố B."
    )
    event = hand_report(text, (("Ngày 29/6", "XXXX-06-29"),)).summary().event
    assert event is not None and event.kind == "other" and event.date == "XXXX-06-29"


def test_an_opinion_the_reporters_step_or_a_receipt_is_no_act() -> None:
    opening = "Chuyện ở khu dân cư\n\nNgười dân sinh sống quanh khu chung cư rất bức xúc. "
    for told in (
        "Sáng 25/5, đại biểu Nguyễn Văn A cho rằng đã nắm thông tin báo chí phản ánh.",
        "Sáng 25/5, PV đã đến ghi nhận hình ảnh tại bãi rác của khu chung cư.",
        "Sáng 25/5, Chi cục Kiểm lâm cho biết đã nhận được đơn của người dân.",
        "Sáng 25/5, ông B cho biết hệ thống sẽ được lắp đặt và đã đi vào hoạt động.",
    ):
        assert hand_report(opening + told, (("Sáng 25/5", "XXXX-05-25"),)).summary().event is None, told


def test_an_aside_in_a_quotation_or_a_body_s_name_leaves_the_act() -> None:
    opening = "Chuyện ở thành phố B\n\nTin tức liên tiếp được công bố từ các nơi. "
    for told, orgs in (
        ("Ngày 29/6, PV Gas đã thu hồi toàn bộ lô khí bị lỗi.", ("PV Gas",)),
        ("Ngày 29/6, Hội đồng đánh giá đã thu hồi giấy phép của công ty A.", ("Hội đồng đánh giá",)),
    ):
        event = hand_report(opening + told, (("Ngày 29/6", "XXXX-06-29"),), orgs).summary().event
        assert event is not None and event.kind == "other", told


def test_a_named_receipt_is_no_act_but_taking_a_bribe_is() -> None:
    opening = "Chuyện ở thành phố B\n\nTin tức liên tiếp được công bố từ các nơi. "
    taken = "Ngày 29/6, cựu Giám đốc Nguyễn Văn A đã nhận hối lộ 5 tỷ đồng."
    event = hand_report(opening + taken, (("Ngày 29/6", "XXXX-06-29"),)).summary().event
    assert event is not None and event.kind == "other"
    received = "Ngày 29/6, Chi cục Kiểm lâm cho biết đã nhận đơn của người dân."
    assert hand_report(opening + received, (("Ngày 29/6", "XXXX-06-29"),)).summary().event is None
