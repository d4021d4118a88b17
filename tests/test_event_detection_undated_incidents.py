"""Round 15, second wave, of event detection: a title that names one incident over an undated lead with no event
word reports that happening too (kind `other`, no date); counted incidents and a question about one still do not."""

from __future__ import annotations

from tests.conftest import event_kind_and_date


def test_a_title_naming_a_fire_over_an_undated_lead_is_an_event() -> None:
    text = (
        "Số người thiệt mạng trong vụ cháy khu chợ Đông Thành tiếp tục tăng\n\n"
        "Lực lượng cứu hộ xác nhận số người thiệt mạng trong vụ cháy khu chợ đã lên ít nhất 9 người và con số "
        "này có thể còn tăng."
    )
    assert event_kind_and_date(text) == ("other", None)


def test_an_explosion_opening_the_title_over_an_undated_lead_is_an_event() -> None:
    text = (
        "Vụ nổ ở sân vận động Lindby có thể do bom tự chế\n\n"
        "Cảnh sát tin rằng một thiết bị nổ tự chế đã gây ra vụ nổ ở cổng sân vận động, khiến nhiều người bị thương."
    )
    assert event_kind_and_date(text) == ("other", None)


def test_incidents_counted_over_an_undated_lead_are_a_round_up() -> None:
    text = (
        "Nhiều vụ cháy rừng ở miền núi phía Bắc trong mùa khô\n\n"
        "Các chuyên gia cho rằng thời tiết hanh khô khiến nguy cơ cháy rừng ở các tỉnh vùng cao luôn ở mức cao."
    )
    assert event_kind_and_date(text) is None


def test_a_question_about_an_incident_over_an_undated_lead_is_no_event() -> None:
    text = (
        "Vì sao vụ chìm tàu ở cảng Bắc Hà chưa được làm rõ?\n\n"
        "Người dân ven biển vẫn chờ câu trả lời của cơ quan chức năng về nguyên nhân con tàu bị chìm."
    )
    assert event_kind_and_date(text) is None


def test_a_food_poisoning_named_in_the_title_is_an_event() -> None:
    text = (
        "Hơn 40 công nhân nhập viện nghi ngộ độc sau bữa trưa\n\n"
        "Hơn 40 công nhân của một xưởng may ở huyện Tân Lập bị đau bụng, buồn nôn sau bữa ăn trưa tại xưởng."
    )
    assert event_kind_and_date(text) == ("other", None)


def test_a_missile_launch_named_in_the_title_is_an_event() -> None:
    text = (
        "Xứ Bắc phóng tên lửa ra vùng biển phía đông\n\n"
        "Xứ Bắc hôm nay bắn một quả tên lửa từ bờ biển phía tây, quân đội Xứ Nam cho biết."
    )
    assert event_kind_and_date(text) == ("other", None)


def test_a_statement_on_a_launch_makes_the_launch_the_event() -> None:
    text = (
        "Vụ phóng tên lửa của Xứ Bắc không đe dọa Xứ Đông\n\n"
        "Bộ Quốc phòng Xứ Đông khẳng định quả tên lửa Xứ Bắc bắn sáng nay không đặt ra mối đe dọa nào."
    )
    assert event_kind_and_date(text) == ("other", None)


def test_a_landslide_told_as_one_happening_is_an_event() -> None:
    text = (
        "Vụ sạt lở bờ kênh cuốn ba căn nhà xuống nước\n\n"
        "Ba căn nhà ven kênh ở xã Phú Lâm đã đổ xuống nước trong đêm, không ai bị thương."
    )
    assert event_kind_and_date(text) == ("other", None)


def test_landslides_as_a_threat_are_no_event() -> None:
    # bare `sạt lở` names a hazard as often as one happening: only `vụ sạt lở` is an incident
    text = (
        "Sạt lở đe dọa hàng chục hộ dân ven sông\n\n"
        "Nhiều hộ dân ở ấp Tân Hòa lo lắng khi vết nứt trên đường trước nhà ngày càng lan rộng."
    )
    assert event_kind_and_date(text) is None
