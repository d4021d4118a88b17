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
