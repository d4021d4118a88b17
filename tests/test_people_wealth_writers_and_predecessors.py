"""People named after a word for their wealth, their writing or their place in a line of office holders
(`đại gia`, `tỷ phú`, `cây viết`, `người tiền nhiệm`); a foreign place after such a word is no one; a title written
later before a predecessor's family name is theirs. Each construction in an invented sentence."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def read(text: str) -> tuple[list[tuple[str, list[str]]], list[str]]:
    officials, others = extract_people(segment(text, words="dictionary"))
    return [(o.name, [t.text for t in o.titles]) for o in officials], [p.name for p in others]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tiêu đề\nKhu nghỉ dưỡng của đại gia Phan Văn Lộc rộng gần 5 ha.\nHết.\n", "Phan Văn Lộc"),
        ("Tiêu đề\nQuê lúa này còn có tỷ phú Đỗ Minh Khang, người đi lên từ nghề mộc.\nHết.\n", "Đỗ Minh Khang"),
        ("Tiêu đề\nTỉ phú Gregor Halvorsen vừa mua lại một đội bóng.\nHết.\n", "Gregor Halvorsen"),
        ("Tiêu đề\nCây viết Tobias Wennerlund của một tờ báo Anh nhận định như vậy.\nHết.\n", "Tobias Wennerlund"),
        ("Tiêu đề\nCây bút Lã Thu Trang cho rằng thị trường còn non trẻ.\nHết.\n", "Lã Thu Trang"),
        ("Tiêu đề\nÔng muốn khác người tiền nhiệm Viktor Oblomsky trong việc này.\nHết.\n", "Viktor Oblomsky"),
        ("Tiêu đề\nNam sinh Vi Đức Toản đã đỗ thủ khoa.\nHết.\n", "Vi Đức Toản"),
        ("Tiêu đề\nBlogger Kha Minh Tú bị khởi tố hôm qua.\nHết.\n", "Kha Minh Tú"),
    ],
)
def test_a_name_after_a_word_for_wealth_writing_or_a_predecessor_is_a_person(text: str, name: str) -> None:
    assert read(text) == ([], [name])


def test_a_foreign_place_after_a_word_for_a_kind_of_person_is_no_one() -> None:
    text = "Tiêu đề\nÔng Lê Văn Tâm đã điện đàm sau khi tỷ phú New York đắc cử tổng thống.\nHết.\n"
    assert read(text) == ([], ["Lê Văn Tâm"])


def test_a_title_before_a_predecessors_family_name_is_theirs() -> None:
    text = (
        "Tiêu đề\nChiến lược do người tiền nhiệm Viktor Oblomsky khởi xướng đã dừng lại.\n"
        "Đó là chính sách của chính quyền Tổng thống Oblomsky.\nHết.\n"
    )
    assert read(text) == ([("Viktor Oblomsky", ["Tổng thống"])], [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tiêu đề\nĐêm nhạc của nữ ca sĩ nhạc pop người Canada Mirelle Dawson bị hủy.\nHết.\n", "Mirelle Dawson"),
        ("Tiêu đề\nHai nhà báo lão thành Tạ Quang Vinh đã dự buổi lễ.\nHết.\n", "Tạ Quang Vinh"),
    ],
)
def test_a_name_after_a_singers_or_writers_kind_in_lower_case_is_a_person(text: str, name: str) -> None:
    assert read(text) == ([], [name])


def test_a_body_after_thuoc_is_no_experts_name() -> None:
    text = "Tiêu đề\nMột nhà báo thuộc Hội Nhà báo tỉnh đã phản ánh việc này.\nHết.\n"
    assert read(text)[1] == []
