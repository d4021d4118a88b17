"""Round 15 (r15-chair): talks held `với` the other side, a working session owned by its leader, the inviter of a
visit, a chair cue that names the work of managing; each construction in its shape with written sentences."""

from __future__ import annotations

from tests.reporthelp import HandReport
from tests.test_event_people import _names

_PAIR = (("Lê Văn Hải", "Bộ trưởng Ngoại giao"), ("Karl Berger", "người đồng cấp Áo|Bộ trưởng Ngoại giao Áo"))


def _report(text: str, date: str, officials: tuple[tuple[str, str], ...]) -> HandReport:
    hand = HandReport(text)
    for name, title in officials:
        hand.official(name, title.split("|"), [])
    hand.date(date, "2024-05-30")
    return hand


def test_talks_held_with_the_other_side_are_led_by_both() -> None:
    text = (
        "Mở rộng giao thương hai chiều\n\nPhát biểu với báo giới chiều 30/5/2024, Bộ trưởng Ngoại giao Lê Văn Hải "
        "nói, ở cuộc hội đàm với người đồng cấp Áo Karl Berger sáng cùng ngày, hai ông thống nhất lập nhóm công "
        "tác về xuất khẩu nông sản."
    )
    hand = _report(text, "chiều 30/5/2024", _PAIR)
    chair, people = _names(hand.summary().event)
    assert sorted(chair) == ["Karl Berger", "Lê Văn Hải"] and sorted(people) == ["Karl Berger", "Lê Văn Hải"]
    assert {o.name: o.role for o in hand.report.officials} == {"Lê Văn Hải": "chaired", "Karl Berger": "chaired"}


def test_talks_with_someone_whose_title_is_not_theirs_alone_give_no_pair() -> None:
    text = (
        "Hai nước nhất trí tăng cường hợp tác\n\nNgày 30/5/2024, Bộ trưởng Ngoại giao Lê Văn Hải cho biết, trong "
        "cuộc hội đàm với các doanh nghiệp của Áo có mặt ông Karl Berger, hai bên đã bàn về thương mại."
    )
    chair, _ = _names(_report(text, "Ngày 30/5/2024", _PAIR).summary().event)
    assert chair == []


def test_the_leader_whose_working_session_with_a_body_it_is_chairs_it() -> None:
    officials = (("Phan Quốc Bảo", "Thủ tướng"), ("Đỗ Minh Tâm", "Thứ trưởng Bộ Xây dựng"))
    text = (
        "Giao mặt bằng cầu cảng Bình Lâm\n\nThông tin này được Thứ trưởng Bộ Xây dựng Đỗ Minh Tâm nêu ra sáng "
        "30/5/2024 tại buổi làm việc của Thủ tướng Phan Quốc Bảo với lãnh đạo tỉnh Bình Lâm."
    )
    chair, people = _names(_report(text, "sáng 30/5/2024", officials).summary().event)
    assert chair == ["Phan Quốc Bảo"] and "Đỗ Minh Tâm" in people


def test_a_working_session_of_a_body_names_no_chair() -> None:
    officials = (("Đỗ Minh Tâm", "Thứ trưởng Bộ Xây dựng"),)
    text = (
        "Giao mặt bằng cầu cảng Bình Lâm\n\nThông tin này được Thứ trưởng Bộ Xây dựng Đỗ Minh Tâm nêu ra sáng "
        "30/5/2024 tại buổi làm việc của lãnh đạo Bộ với lãnh đạo tỉnh Bình Lâm."
    )
    chair, _ = _names(_report(text, "sáng 30/5/2024", officials).summary().event)
    assert chair == []


def test_the_inviter_of_a_visit_is_not_its_visitor() -> None:
    officials = (("Khổng Quốc Hưng", "Chủ tịch nước"), ("Karl Berger", "Tổng thống Áo"))
    text = (
        "Tổng thống Áo sang Việt Nam\n\nNhận lời mời của Chủ tịch nước Khổng Quốc Hưng, Tổng thống Áo Karl Berger "
        "bắt đầu thăm Việt Nam ba ngày kể từ ngày 30/5/2024. Trong thời gian này, hai ông dự kiến hội đàm ở Huế."
    )
    chair, _ = _names(_report(text, "ngày 30/5/2024", officials).summary().event)
    assert chair == ["Karl Berger"]


def test_a_chair_cue_after_a_word_of_management_is_no_chair() -> None:
    officials = (("Lý Văn Minh", "Phó Thủ tướng"),)
    text = (
        "Lễ kỷ niệm\n\nSáng 30/5/2024, huyện Đông Khê tổ chức lễ kỷ niệm 45 năm ngày tái lập. Dự lễ có Phó Thủ "
        "tướng Lý Văn Minh. Phát biểu tại lễ mít tinh kỷ niệm, Phó Thủ tướng Lý Văn Minh yêu cầu huyện siết "
        "chặt công tác quản lý và điều hành ngân sách, bớt giấy tờ cho dân."
    )
    chair, people = _names(_report(text, "Sáng 30/5/2024", officials).summary().event)
    assert chair == [] and people == ["Lý Văn Minh"]


def test_running_a_country_or_a_firm_chairs_no_event() -> None:
    officials = (("Lý Văn Minh", "Phó Thủ tướng"), ("Trần Thị Lan", "Bí thư Huyện ủy"))
    text = (
        "Hội nghị\n\nSáng 30/5/2024, tỉnh Đông Khê tổ chức hội nghị tổng kết công tác cán bộ. Hội nghị nêu rõ Bí "
        "thư Huyện ủy Trần Thị Lan tham gia điều hành Công ty Hoa Sen do chồng mình góp vốn."
    )
    chair, _ = _names(_report(text, "Sáng 30/5/2024", officials).summary().event)
    assert chair == []


def test_running_a_sitting_chairs_it() -> None:
    officials = (("Lý Văn Minh", "Phó Chủ tịch Quốc hội"),)
    text = (
        "Kỳ họp\n\nSáng 30/5/2024, Quốc hội thảo luận ở hội trường về dự án Luật Đất đai. Phó Chủ tịch Quốc hội Lý "
        "Văn Minh điều hành phiên họp."
    )
    chair, _ = _names(_report(text, "Sáng 30/5/2024", officials).summary().event)
    assert chair == ["Lý Văn Minh"]


def test_a_report_about_running_is_no_chair() -> None:
    officials = (("Lý Văn Minh", "Bộ trưởng"), ("Trần Thị Lan", "Thứ trưởng"))
    text = (
        "Phiên họp\n\nSáng 30/5/2024, Chính phủ họp phiên thường kỳ tháng 5. Bộ trưởng Lý Văn Minh và Thứ trưởng "
        "Trần Thị Lan lần lượt trình bày báo cáo về điều hành, chỉ đạo của Chính phủ."
    )
    chair, _ = _names(_report(text, "Sáng 30/5/2024", officials).summary().event)
    assert chair == []
