"""Round 15 (sentences written for the tests): a title whose organisation runs on in lower case or through a
comma list up to its holder's Vietnamese full name (`Cục trưởng Cục Quốc tịch, hộ tịch và chứng thực
Nguyễn Văn A`), and the shapes where the words between are no part of the organisation."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Cục trưởng Cục Đăng ký, hộ tịch và chứng thực", "Lê Văn Tâm"),
        ("Giám đốc Trung tâm dự báo Thủy văn - Khí tượng T.Ư", "Trần Đức Minh"),
        ("Phó Chủ tịch Ủy ban Tài chính ngân sách của Quốc hội", "Đỗ Thị Hồng Lan"),
        ("Trưởng phòng Quản lý xây dựng - Sở Xây dựng", "Võ Quang Huy"),
    ],
)
def test_organisation_in_lower_case_up_to_the_name(title: str, name: str) -> None:
    officials, people = people_of(f"Sáng 3/7, {title} {name} cho biết kế hoạch sẽ xong trong năm nay.")
    assert officials == {name: [title]} and people == []


@pytest.mark.parametrize(
    ("text", "name", "head"),
    [
        # a verb, then an anchor: the person is not the chairman
        ("Chủ tịch UBND tỉnh Hà Giang đã giao cho ông Trần Đức Minh làm việc này.", "Trần Đức Minh", "Chủ tịch"),
        # a second person after `và`
        ("Bộ trưởng Bộ Y tế và Trần Đức Minh cùng đến thăm bệnh viện.", "Trần Đức Minh", "Bộ trưởng"),
        # a school named after someone closes the words between
        (
            "Hiệu trưởng Trường THPT Lê Lợi - điểm thi Trường THPT Trần Quốc Toản cho biết kỳ thi an toàn.",
            "Trần Quốc Toản",
            "Hiệu trưởng",
        ),
    ],
)
def test_words_between_that_are_no_part_of_the_organisation(text: str, name: str, head: str) -> None:
    officials, _ = people_of(text)
    assert not any(t.startswith(head) for t in officials.get(name, []))


def test_title_with_a_comma_list_absorbs_its_shorter_writing() -> None:
    text = (
        "Giám đốc Khu Quản lý Đường thủy số 2, Sở GTVT Lê Văn Tâm cho biết sẽ sửa cầu. "
        "Giám đốc Khu Quản lý Đường thủy số 2 Lê Văn Tâm nói thêm việc sửa cầu xong trong tháng."
    )
    officials, _ = people_of(text)
    assert officials["Lê Văn Tâm"] == ["Giám đốc Khu Quản lý Đường thủy số 2, Sở GTVT"]


def test_words_run_together_stop_the_run() -> None:
    officials, _ = people_of("Phó Giám đốc, Chủ tịchHội đồng khoa học tỉnh Lê Văn Tâm dự lễ khai mạc.")
    assert not any("tịchHội" in t for t in officials.get("Lê Văn Tâm", []))
