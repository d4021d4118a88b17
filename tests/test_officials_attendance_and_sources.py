"""Round 12, second wave, officials (sentences written for the tests, in the shapes of 2017 news): an
attendance list opened by a motion verb before `dự` (`Đến dự lễ có …`, `A tới dự …`), and `đến dự án` is no
such cue."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def _roles(text: str) -> dict[str, str | None]:
    officials, _ = extract_people(segment(text, words="dictionary"))
    return {o.name: o.role for o in officials}


@pytest.mark.parametrize(
    "text",
    [
        "Đến dự lễ khánh thành có Bộ trưởng Lê Văn Hòa, Thứ trưởng Phạm Thị Mai.",
        "Tới dự buổi lễ có Bộ trưởng Lê Văn Hòa; Thứ trưởng Phạm Thị Mai.",
        "Đến dự phiên bế mạc có Bộ trưởng Lê Văn Hòa, nguyên Thứ trưởng: Phạm Thị Mai.",
    ],
)
def test_a_motion_verb_before_du_opens_an_attendance_list(text: str) -> None:
    assert _roles(text) == {"Lê Văn Hòa": "attended", "Phạm Thị Mai": "attended"}


def test_a_motion_verb_before_du_after_the_name() -> None:
    assert _roles("Sáng nay, Bộ trưởng Lê Văn Hòa tới dự lễ khai giảng của trường.") == {"Lê Văn Hòa": "attended"}


@pytest.mark.parametrize(
    "text",
    [
        "Liên quan đến dự án cầu mới, Bộ trưởng Lê Văn Hòa không trả lời.",
        "Bộ trưởng Lê Văn Hòa nói về việc đi tới dự thảo cuối cùng.",
    ],
)
def test_a_word_that_du_opens_is_no_attendance(text: str) -> None:
    assert _roles(text)["Lê Văn Hòa"] != "attended"


def _titles(text: str) -> dict[str, list[str]]:
    officials, _ = extract_people(segment(text, words="dictionary"))
    return {o.name: [t.text for t in o.titles] for o in officials}


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("CEO Beta Trần Văn Khoa cho biết hãng sẽ mở văn phòng.", "Trần Văn Khoa", ["CEO Beta"]),
        ("Theo ông Đỗ Văn Khánh - CEO của XTV - công ty sẽ mở rộng.", "Đỗ Văn Khánh", ["CEO của XTV"]),
        (
            "Chủ tịch kiêm CEO của DeltaSoft, ông Mark Brown cho rằng thị trường đang hồi phục.",
            "Mark Brown",
            ["Chủ tịch", "CEO của DeltaSoft"],
        ),
        ("Bà Lý Thị Hạnh, Tổng giám đốc của K9, cho biết doanh thu tăng.", "Lý Thị Hạnh", ["Tổng giám đốc của K9"]),
    ],
)
def test_a_chief_executive_and_a_short_body_after_cua(text: str, name: str, titles: list[str]) -> None:
    assert _titles(text) == {name: titles}


def test_a_person_after_cua_is_no_short_body() -> None:
    assert _titles("Ông Lê Văn Hòa, cố vấn của Trump, cho biết việc này khó.") == {"Lê Văn Hòa": ["cố vấn"]}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Theo Pierre Moreau - Bộ trưởng Nông nghiệp Pháp, mùa vụ năm nay kém.",
            "Pierre Moreau",
            "Bộ trưởng Nông nghiệp Pháp",
        ),
        (
            "Theo Anna Schmidt, Giám đốc Nghiên cứu của Công ty Gamma, giá sẽ giảm.",
            "Anna Schmidt",
            "Giám đốc Nghiên cứu của Công ty Gamma",
        ),
    ],
)
def test_a_source_after_theo_placed_by_an_apposed_title(text: str, name: str, title: str) -> None:
    assert _titles(text) == {name: [title]}


@pytest.mark.parametrize(
    "text",
    [
        "Theo Bloomberg News, Bộ trưởng Tài chính Mỹ sẽ tới thăm.",
        "Theo New York Times, Giám đốc CIA đã từ chức.",
    ],
)
def test_a_news_outlet_after_theo_is_no_source_person(text: str) -> None:
    assert _titles(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("TGĐ Công ty Sao Mai Đỗ Văn Khánh cho biết giá sẽ tăng.", "Đỗ Văn Khánh", "TGĐ Công ty Sao Mai"),
        ("Ông Lý Văn Tài - Phó TGĐ Tập đoàn Dệt may cho biết đơn hàng giảm.", "Lý Văn Tài", "Phó TGĐ Tập đoàn Dệt may"),
        ("PGĐ Sở Công thương Trần Thị Lan cho biết giá sẽ tăng.", "Trần Thị Lan", "PGĐ Sở Công thương"),
    ],
)
def test_an_abbreviated_director_title(text: str, name: str, title: str) -> None:
    assert _titles(text) == {name: [title]}
