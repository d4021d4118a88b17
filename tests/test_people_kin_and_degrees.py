"""People named after a word of kinship (`vợ`, `con trai`, `cháu nội`, `mẹ`), an academic degree written out
(`Thạc sĩ`, `Giáo sư`), a word for a writer, an artist or a suspect (`nhà văn`, `đối tượng`) or a case (`vụ án`),
with no other anchor (issue #12). Sentences written for the tests, one construction each."""

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


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Thạc sĩ Hoàng Minh Đức (Viện Kinh tế) cho rằng cần tính thêm chi phí.", ["Hoàng Minh Đức"]),
        ("Người dân phản ánh, tiến sĩ Đào Văn Long cũng đồng tình.", ["Đào Văn Long"]),
        ("Giáo sư Peter Holmes từ Đại học Sydney nhận định thị trường sẽ phục hồi.", ["Peter Holmes"]),
    ],
)
def test_a_degree_written_out_announces_a_name(sentence: str, people: list[str]) -> None:
    assert _people(sentence) == people


def test_a_degree_before_a_post_stays_out_of_the_official() -> None:
    officials, people = extract_people(
        segment(_HEAD + "Phó Giáo sư, Tiến sỹ Lâm Văn Đức, Phó Giám đốc Học viện Ngân hàng phát biểu.")
    )
    assert [(o.name, o.honorifics) for o in officials] == [("Lâm Văn Đức", ["Tiến sỹ"])]
    assert people == []


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Buổi ra mắt sách có sự góp mặt của nhà văn Minh Khuê và nhiều độc giả.", ["Minh Khuê"]),
        ("Lực lượng chức năng bắt giữ đối tượng Tèo (20 tuổi) cùng tang vật.", ["Tèo"]),
        ("Năm nay, nhà thơ Sài Gòn tổ chức đêm thơ tại nhà văn hóa.", []),  # the poets of a place
        ("Sáng nay, Nhà văn Thanh Niên tổ chức triển lãm.", []),  # a capitalised `Nhà văn`: a body's name, no writer
        ("Nhiều người chỉ trích nhà báo Việc tấn công phóng viên là vi phạm pháp luật.", []),  # a sentence runs on
    ],
)
def test_a_pen_or_stage_name_after_a_word_for_an_artist_is_a_person(sentence: str, people: list[str]) -> None:
    assert _people(sentence) == people


def test_a_post_set_off_after_a_pen_name_is_the_artists() -> None:
    officials, people = extract_people(
        segment(_HEAD + "Phát biểu tại buổi lễ, nhà văn Vân Khanh – Chủ tịch Hội Nhà văn Việt Nam cho biết.")
    )
    assert [(o.name, [t.text for t in o.titles]) for o in officials] == [
        ("Vân Khanh", ["Chủ tịch Hội Nhà văn Việt Nam"])
    ]
    assert people == []


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Tòa sẽ xét xử vụ án Trần Văn Khải vào tuần tới.", ["Trần Văn Khải"]),  # a case named after its defendant
        ("Tòa sẽ xét xử vụ án Oceanbank vào tuần tới.", []),  # after a company: no one
    ],
)
def test_a_case_named_after_its_defendant(sentence: str, people: list[str]) -> None:
    assert _people(sentence) == people


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Con trâu số 20 đã húc ngã trọng tài Phạm Văn Khoa giữa sới.", ["Phạm Văn Khoa"]),
        ("Tấm huy chương do xạ thủ Đỗ Minh Quân giành được là tấm đầu tiên.", ["Đỗ Minh Quân"]),
    ],
)
def test_a_referee_or_a_shooter_announces_a_name(sentence: str, people: list[str]) -> None:
    assert _people(sentence) == people
