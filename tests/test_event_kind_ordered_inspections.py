"""Round 16 of the event's kind: an inspection or an inquiry (`kiểm tra`, `điều tra`, `thanh tra`) ordered in its
clause (`yêu cầu`, `chỉ đạo`, `giao`, `ra lệnh`) is the order, a directive — unless an investigating body orders
its own units. (Such a verb named as a matter, `công tác kiểm tra`, `trong quá trình kiểm tra`, was also read as no
happening; taken back: on the unseen dev11 it turned an inquiry into a worse event.)"""

from __future__ import annotations

import pytest

from tests.conftest import event_kind_and


def _kind(text: str) -> str | None:
    found = event_kind_and(text, "date")
    return found[0] if found is not None else None


def test_an_inquiry_a_chairman_orders_is_a_directive() -> None:
    text = (
        "Làm rõ vụ hành hung nhân viên bảo vệ chợ Tân An\n\n"
        "Ngày 12/3, Chủ tịch UBND tỉnh Long An yêu cầu Công an tỉnh khẩn trương điều tra, làm rõ vụ nhân viên bảo "
        "vệ chợ bị hành hung."
    )
    assert _kind(text) == "directive"


def test_an_inspection_a_province_assigns_is_a_directive() -> None:
    text = (
        "Siết chặt mua sắm thiết bị y tế\n\n"
        "Ngày 5/4, UBND tỉnh Quảng Hòa đã giao Sở Tài chính kiểm tra các gói thầu mua máy xét nghiệm ở sáu bệnh "
        "viện tuyến huyện."
    )
    assert _kind(text) == "directive"


def test_an_order_within_the_police_is_the_investigation() -> None:
    text = (
        "Triệt phá đường dây buôn lậu thuốc lá qua biên giới\n\n"
        "Ngày 9/8, lãnh đạo Công an tỉnh Tây Ninh đã chỉ đạo lực lượng cảnh sát kinh tế vào cuộc điều tra đường "
        "dây buôn lậu thuốc lá qua biên giới."
    )
    assert _kind(text) == "investigation"


def test_a_steering_committee_is_no_order() -> None:
    text = (
        "Phó Thủ tướng thị sát đê biển Kỳ Anh\n\n"
        "Chiều 18/10, Phó Thủ tướng Đỗ Quang Vinh dẫn đầu Ban chỉ đạo phòng chống thiên tai đi kiểm tra tuyến đê "
        "biển xã Kỳ Lợi, huyện Kỳ Anh."
    )
    assert _kind(text) == "inspection"


def test_an_inspection_done_is_still_an_inspection() -> None:
    text = (
        "Kiểm tra công tác phòng cháy tại chợ Bến Thành\n\n"
        "Sáng 3/5, đoàn công tác của Sở Công Thương do Phó Giám đốc Sở làm trưởng đoàn đã đến kiểm tra công tác "
        "phòng cháy tại chợ Bến Thành."
    )
    assert _kind(text) == "inspection"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 14/6, thực hiện chỉ đạo của Giám đốc Sở về việc kiểm tra các bếp ăn tập thể, đoàn công tác của "
        "Sở Y tế đã kiểm tra 12 cơ sở kinh doanh thực phẩm.",
        "Ngày 22/10, đoàn công tác liên ngành theo chỉ đạo Phó Thủ tướng đã kiểm tra hệ thống đê bao ở xã Hòa Lạc, "
        "huyện Tam Nông.",
        "Chiều 9/11, tổ công tác của Cục Dự trữ theo sự chỉ đạo Bộ trưởng đã kiểm tra ba kho thóc ở huyện Yên Lạc.",
        "Ngày 3/7, tổ công tác của Sở Nông nghiệp được giao nhiệm vụ kiểm tra an toàn hồ chứa nước Khe Dầu ở "
        "huyện Vĩnh Xuân.",
    ],
)
def test_an_order_told_as_a_noun_is_the_inspection(sentence: str) -> None:
    """`thực hiện chỉ đạo của …`, `theo chỉ đạo …`, `theo sự chỉ đạo …`, `được giao nhiệm vụ kiểm tra`: the order
    is a noun (the task reader's words), the inspection carries it out."""
    assert _kind("Rà soát an toàn trước mùa mưa lũ\n\n" + sentence) == "inspection"


def test_an_inspection_named_as_a_finding_gives_way_to_the_meeting_told() -> None:
    text = (
        "Bàn giải pháp cho khu chợ đầu mối\n\n"
        "Sáng 14/3, theo kết quả thanh tra, UBND quận Bình Lợi đã họp với các tiểu thương để bàn phương án di dời."
    )
    assert _kind(text) == "meeting"


def test_an_inspection_a_finding_came_through_gives_way_to_the_conference_held() -> None:
    text = (
        "Chấn chỉnh kinh doanh xăng dầu\n\n"
        "Sáng 14/3, qua kiểm tra, Sở Công Thương tỉnh Hòa Bình đã tổ chức hội nghị với các cửa hàng xăng dầu."
    )
    assert _kind(text) == "conference"


def test_an_inspection_named_as_a_matter_is_still_the_event_when_the_lead_tells_no_other() -> None:
    text = (
        "Sai phạm ở trường mầm non Hoa Sen\n\n"
        "Ngày 3/5, Sở Giáo dục tỉnh Hòa Bình công bố kết quả thanh tra trường mầm non Hoa Sen."
    )
    assert _kind(text) == "inspection"
