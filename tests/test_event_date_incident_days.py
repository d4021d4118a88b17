"""The event's date beside an incident it follows: a day inside `sau vụ …`, even in mid-clause, dates the incident,
not the event told in the sentence; a day of the incident named as the event still dates it. One written sentence
per shape."""

from __future__ import annotations

from tests.conftest import event_kind_and


def test_a_day_after_sau_vu_in_mid_clause_dates_the_incident_not_the_check() -> None:
    text = (
        "Rà soát an toàn cháy nổ\n\n"
        "Chính quyền thành phố cho biết sau vụ cháy chung cư ở quận Hà Đông ngày 14/6 vừa qua, lực lượng chức năng "
        "đã tiến hành kiểm tra 20 tòa nhà cao tầng vào ngày 27/6."
    )
    assert event_kind_and(text, "date") == ("inspection", "2024-06-27")


def test_the_titles_incident_is_still_dated_by_its_day_after_sau_vu() -> None:
    text = (
        "Vụ cháy chung cư ở Hà Đông\n\n"
        "Nhiều người dân hoảng sợ sau vụ cháy chung cư ở quận Hà Đông ngày 14/6, khiến 3 người bị thương."
    )
    assert event_kind_and(text, "date") == ("other", "2024-06-14")


def test_a_day_after_a_capitalised_vu_a_department_dates_the_event() -> None:
    # `Vụ` capitalised is a ministry's department, no incident: the day after `sau Vụ trưởng …` dates the meeting
    text = (
        "Họp bàn phân bổ vốn\n\nThứ trưởng Bộ Y tế đã chủ trì cuộc họp bàn phân bổ vốn ngay sau Vụ trưởng Vụ Kế "
        "hoạch trình báo cáo chiều 14/6 tại trụ sở Bộ."
    )
    assert event_kind_and(text, "date") == ("meeting", "2024-06-14")
