"""Round 27 of the event's kind: an order, an approval or a sanction told as the news (`chỉ đạo`, `yêu cầu`,
`giao`, `phân công`, `chấp thuận`, `đồng ý`, `xử phạt`, `sa thải`, `ra lệnh`), the verb of a body or an office
named right before it in the title or the lead's opening, or just done (`vừa`), is a directive; its organiser is
the body that issues it, never the body told after the verb. Not an order in a clause of condition or time, of a
period's figures, said at a sitting, a step an investigating body orders its units, nor a document's matter
(`quyết định của Bộ Chính trị phân công …`)."""

from __future__ import annotations

from tests.conftest import event_kind_and, found_event_kind_and


def test_an_assignment_just_made_is_a_directive_of_the_issuer() -> None:
    text = (
        "Khởi động tuyến đường ven sông\n\n"
        "Chủ tịch UBND tỉnh Hòa Bình Nguyễn Văn An vừa giao Sở Giao thông vận tải phối hợp với các huyện lập quy "
        "hoạch tuyến đường ven sông."
    )
    assert found_event_kind_and(text, "organizer") == ("directive", "UBND tỉnh Hòa Bình")


def test_an_approval_of_a_province_is_a_directive() -> None:
    text = (
        "Xây nhà ở cho công nhân\n\n"
        "UBND tỉnh Hà Nam đã đồng ý cho Công ty TNHH Minh Phát thực hiện dự án nhà ở cho công nhân thuê."
    )
    assert found_event_kind_and(text, "organizer") == ("directive", "UBND tỉnh Hà Nam")


def test_a_fine_just_imposed_is_a_directive() -> None:
    text = (
        "Phạt công ty xả thải\n\n"
        "Sở Tài nguyên và Môi trường tỉnh Nam Định vừa xử phạt Công ty TNHH Hải Long 80 triệu đồng vì xả thải."
    )
    assert found_event_kind_and(text, "kind")[0] == "directive"


def test_an_approval_on_a_condition_is_no_event() -> None:
    text = (
        "Kế hoạch đấu giá biển số\n\n"
        "Nếu được Quốc hội đồng ý, các biển số xe đẹp sẽ được đem ra đấu giá ở các địa phương."
    )
    assert event_kind_and(text, "kind") is None


def test_an_order_said_at_a_sitting_is_no_directive() -> None:
    text = (
        "Chợ phải truy xuất nguồn gốc thịt\n\n"
        "Tại buổi sơ kết, ông Trần Văn Bình, Phó chủ tịch UBND tỉnh Long An yêu cầu các chợ phải truy xuất "
        "nguồn gốc thịt."
    )
    found = event_kind_and(text, "kind")
    assert found is None or found[0] != "directive"


def test_an_assignment_inside_a_decision_is_its_matter() -> None:
    text = (
        "Ông A làm Bí thư Tỉnh ủy\n\n"
        "Ngày 10/5, bà Trần Thị B đã trao quyết định của Bộ Chính trị phân công ông Nguyễn Văn A giữ chức Bí thư "
        "Tỉnh ủy."
    )
    assert found_event_kind_and(text, "kind")[0] == "ceremony"


def test_an_order_of_the_police_to_its_units_is_the_investigation() -> None:
    text = (
        "Điều tra vụ tàu cá hỏng\n\n"
        "Ngày 13/6, lãnh đạo Công an tỉnh Phú Yên đã chỉ đạo lực lượng an ninh kinh tế vào cuộc điều tra vụ tàu cá."
    )
    assert found_event_kind_and(text, "kind")[0] == "investigation"


def test_an_approval_of_an_official_named_with_his_office_is_a_directive() -> None:
    text = (
        "Đề xuất mở khu vui chơi\n\n"
        "Ngày 4/7, Chủ tịch UBND tỉnh Hậu Giang Trần Văn Minh đã đồng ý để nhà đầu tư nghiên cứu dự án khu vui chơi."
    )
    assert found_event_kind_and(text, "organizer") == ("directive", "UBND tỉnh Hậu Giang")


def test_an_order_said_at_a_sitting_named_after_it_is_no_directive() -> None:
    text = (
        "Đình chỉ hiệu trưởng\n\n"
        "Chủ tịch UBND tỉnh Bắc Giang Lê Văn Hòa đã yêu cầu Sở Giáo dục đình chỉ hiệu trưởng tại cuộc họp giao ban "
        "sáng 6/2."
    )
    found = event_kind_and(text, "kind")
    assert found is None or found[0] != "directive"


def test_an_order_just_given_in_the_opening_is_the_news_over_a_later_dated_sentence() -> None:
    text = (
        "Giao dự toán bổ sung\n\n"
        "Thủ tướng Chính phủ vừa giao các bộ và các tỉnh dự toán bổ sung từ ngân sách trung ương. "
        "Bộ Nông nghiệp và Phát triển nông thôn kiểm tra việc thực hiện theo Quyết định số 1600/QĐ-TTg ngày "
        "16/8/2016."
    )
    assert found_event_kind_and(text, "kind")[0] == "directive"


def test_an_order_proposed_to_the_government_is_no_directive() -> None:
    text = (
        "Kiểm toán giữ quan điểm\n\n"
        "Kiểm toán Nhà nước kiến nghị Chính phủ chỉ đạo Bộ Kế hoạch và Đầu tư kiểm điểm trách nhiệm các cá nhân."
    )
    found = event_kind_and(text, "kind")
    assert found is None or found[0] != "directive"
