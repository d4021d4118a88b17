"""Round 32, officials (sentences written for the tests): a comma after a title whose body a province closes, or
a comma before an administrative unit, ends the title; the words after it are no field of the body's name
(samples/gold/README.md, round 26: a commune or a district written after a title is a place, outside it)."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Theo ông Lê Văn Khải - Phó Giám đốc Sở GD&ĐT tỉnh Hà Nam, Trường THPT Chuyên Biên Hòa có bề dày.",
            "Lê Văn Khải",
            "Phó Giám đốc Sở GD&ĐT tỉnh Hà Nam",
        ),
        (
            "Ông Đỗ Quang Hiếu - Phó Chủ tịch Thường trực HĐND xã Tân Phú, TP Bến Tre cho biết sẽ xử lý dứt điểm.",
            "Đỗ Quang Hiếu",
            "Phó Chủ tịch Thường trực HĐND xã Tân Phú",
        ),
        (
            "Bà Trần Thu Hằng, Chủ tịch UBND phường Tân Định, Quận 1 cho biết phường đã lập biên bản.",
            "Trần Thu Hằng",
            "Chủ tịch UBND phường Tân Định",
        ),
        (
            "Theo bà Lê Thị Hoa - Phó Giám đốc Sở Y tế TP.HCM, Bệnh viện Chợ Rẫy đã tiếp nhận bệnh nhân.",
            "Lê Thị Hoa",
            "Phó Giám đốc Sở Y tế TP.HCM",
        ),
        (
            "Theo bà Lê Thị Hoa - Phó Giám đốc Sở Y tế TP HCM, Bệnh viện Chợ Rẫy đã tiếp nhận bệnh nhân.",
            "Lê Thị Hoa",
            "Phó Giám đốc Sở Y tế TP HCM",
        ),
        (
            "Theo bà Lê Thị Hoa - Phó Giám đốc Sở Y tế TP Hồ Chí Minh, Bệnh viện Chợ Rẫy đã tiếp nhận bệnh nhân.",
            "Lê Thị Hoa",
            "Phó Giám đốc Sở Y tế TP Hồ Chí Minh",
        ),
    ],
)
def test_a_place_closes_the_title_at_the_comma(text: str, name: str, title: str) -> None:
    officials, _ = people_of(text)
    assert officials[name] == [title]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ông Phạm Minh Tâm, Giám đốc Sở Văn hóa, Thể thao và Du lịch Hà Nam cho biết lễ hội sẽ kéo dài ba ngày.",
            "Phạm Minh Tâm",
            "Giám đốc Sở Văn hóa, Thể thao và Du lịch Hà Nam",
        ),
        (
            "Ông Vũ Đức Thịnh, Phó Cục trưởng Cục Cảnh sát giao thông, Bộ Công an cho biết sẽ tăng cường kiểm tra.",
            "Vũ Đức Thịnh",
            "Phó Cục trưởng Cục Cảnh sát giao thông, Bộ Công an",
        ),
    ],
)
def test_a_field_or_a_parent_body_after_the_comma_stays_in_the_title(text: str, name: str, title: str) -> None:
    officials, _ = people_of(text)
    assert officials[name] == [title]
