"""People named after a word of kinship (`vợ`, `con trai`, `cháu nội`, `mẹ`) or an academic degree written out
(`Thạc sĩ`, `Giáo sư`), with no other anchor (issue #12). Sentences written for the tests, one construction each."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment

_HEAD = "Tin trong ngày\n\nSáng 5/6, phường A tổ chức lễ trao quà cho các gia đình khó khăn trên địa bàn.\n\n"


def _people(sentence: str) -> list[str]:
    _, people = extract_people(segment(_HEAD + sentence))
    return [p.name for p in people]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Bà Trần Thị Lan đến trường đón cháu nội Trần Minh Khôi về nhà.", ["Trần Thị Lan", "Trần Minh Khôi"]),
        ("Doanh nghiệp do ông Lý Văn Hòa và con trai Lý Quốc Bảo quản lý.", ["Lý Văn Hòa", "Lý Quốc Bảo"]),
        ("Nhiều năm qua, mẹ Đỗ Văn Hùng vẫn bán hàng nước để trả nợ.", ["Đỗ Văn Hùng"]),
        ("Vợ Phan Quốc Việt cho biết gia đình chưa nhận được thông báo.", ["Phan Quốc Việt"]),
    ],
)
def test_a_full_name_after_a_word_of_kinship_is_a_person(sentence: str, people: list[str]) -> None:
    assert _people(sentence) == people


def test_a_place_after_a_word_of_kinship_is_no_person() -> None:
    assert _people("Các Mẹ Việt Nam Anh hùng được thăm hỏi, tặng quà.") == []
