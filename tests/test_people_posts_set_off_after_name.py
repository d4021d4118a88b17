"""Round 19, people: a name set off before a post the title reader could not give it (written examples)."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def people(text: str) -> list[str]:
    return [p.name for p in extract_people(segment(text, words="dictionary"))[1]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Trao đổi với phóng viên, ông Hà Minh Khoa, Chủ tịch UBND xã Tả Văn Phìn cho biết đường đã thông.",
            "Hà Minh Khoa",
        ),
        ("Bà Đặng Thu Hà – Phó Giám đốc Công ty TNHH Thương mại Hoàng Gia Minh cho biết giá đã giảm.", "Đặng Thu Hà"),
        ("Chiều mùng hai, ông Lạc Quý Trình - Bí thư xã Pà Thị Hẻo cho hay đàn trâu đã về đủ.", "Lạc Quý Trình"),
    ],
)
def test_a_post_with_its_body_after_the_name_makes_no_untitled_person(text: str, name: str) -> None:
    assert name not in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theo ông Lê Văn Nam, Chủ tịch Hùng đã đồng ý cho dân ở lại.", "Lê Văn Nam"),
        ("Theo ông Trần Văn Bảo, thủ tướng Singapore đã nói dối về ngôi nhà.", "Trần Văn Bảo"),
        ("Ông Nguyễn Văn Tư, 60 tuổi, cho biết nước đã rút.", "Nguyễn Văn Tư"),
    ],
)
def test_a_bare_post_or_the_next_clauses_subject_leaves_the_person(text: str, name: str) -> None:
    assert name in people(text)


def test_the_post_set_off_after_the_name_is_the_holders() -> None:
    # the body's proper name the title reader took for a person's (`Sà Văn Lìn`) is the rest of the post
    text = "Nói với chúng tôi, ông Đỗ Quang Thiều, Chủ tịch UBND xã Sà Văn Lìn cho biết cầu đã sửa xong."
    officials, others = extract_people(segment(text, words="dictionary"))
    assert [(o.name, [t.text for t in o.titles]) for o in officials] == [
        ("Đỗ Quang Thiều", ["Chủ tịch UBND xã Sà Văn Lìn"])
    ]
    assert others == []
