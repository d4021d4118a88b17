"""Round 11, second wave (sentences written for the tests, in the shapes of 2017 news): generic photo credits
that name no person (`Ảnh: KT`, `Ảnh: C.T.V`), a foreign family name written alone after the full name with a
glued particle (`ông Hassan` after `Omar al-Hassan`), and a British junior minister (`Quốc vụ khanh`)."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


@pytest.mark.parametrize("credit", ["KT", "K.T", "C.T.V"])
def test_generic_photo_credit_is_no_person(credit: str) -> None:
    text = f"Cảng cá đông đúc ngày đầu năm. (Ảnh minh họa: {credit}) Ông Lê Văn Tám cho biết giá cá tăng."
    _, people = people_of(text)
    assert people == ["Lê Văn Tám"]


def test_photo_credit_after_caption_is_no_person() -> None:
    text = "Bộ trưởng Trần Văn Hải làm việc với tỉnh ngày 3/5. Ảnh: C.T.V Tại buổi làm việc, ông Hải phát biểu."
    officials, people = people_of(text)
    assert list(officials) == ["Trần Văn Hải"] and people == []


def test_family_name_alone_after_particle_name() -> None:
    text = (
        "Thủ tướng Jordan Omar al-Hassan ngày 2/3 tuyên bố chiến dịch đã kết thúc. "
        "Trong cuộc họp, ông Hassan đã ra lệnh cho quân đội rút về."
    )
    officials, people = people_of(text)
    assert officials == {"Omar al-Hassan": ["Thủ tướng Jordan"]}
    assert people == []


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Quốc vụ khanh Bộ Ngoại giao Anh Mark Field đã đến thăm Hà Nội.",
            "Mark Field",
            ["Quốc vụ khanh Bộ Ngoại giao Anh"],
        ),
        (
            "Thủ tướng bổ nhiệm Quốc vụ khanh thứ nhất Bộ Tài chính Peter Smith làm Bộ trưởng Lao động.",
            "Peter Smith",
            ["Quốc vụ khanh thứ nhất Bộ Tài chính", "Bộ trưởng Lao động"],
        ),
    ],
)
def test_british_junior_minister(text: str, name: str, titles: list[str]) -> None:
    officials, _ = people_of(text)
    assert officials[name] == titles


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh đầu tư khu tưởng niệm cố Chủ tịch Hội đồng Bộ trưởng Lê Văn An ở huyện Long Hồ.",
        "Tỉnh đầu tư khu lưu niệm cố Thủ tướng Chính phủ Trần Văn Bảo ở huyện Vũng Liêm.",
        "Đoàn đến thăm Khu tưởng niệm Đại tướng Hoàng Văn Cường ở quê nhà.",
    ],
)
def test_memorial_named_after_someone_is_no_person(text: str) -> None:
    assert people_of(text) == ({}, [])


def test_posts_held_over_a_time_go_to_the_person_named_after_them() -> None:
    text = (
        "Nói về sai phạm của Phó bí thư Tỉnh ủy Lê Thị Hoa, ông Nam cho biết. Ủy ban Kiểm tra xác định trong "
        "thời gian giữ các cương vị Tỉnh ủy viên, Giám đốc Sở Xây dựng, Bí thư Huyện ủy Long Thành, bà Hoa tham "
        "gia điều hành công ty."
    )
    officials, _ = extract_people(segment(text))
    hoa = next(o for o in officials if o.name == "Lê Thị Hoa")
    assert [(t.text, t.current) for t in hoa.titles] == [
        ("Phó bí thư Tỉnh ủy", True),
        ("Tỉnh ủy viên", False),
        ("Giám đốc Sở Xây dựng", False),
        ("Bí thư Huyện ủy Long Thành", False),
    ]


def test_posts_held_over_a_time_go_to_the_subject_before_them() -> None:
    text = (
        "Ông Trần Văn Long cho biết ông không nhận nhà trong thời gian giữ các vị trí Thứ trưởng rồi Bộ trưởng Tư pháp."
    )
    officials, _ = people_of(text)
    assert officials == {"Trần Văn Long": ["Thứ trưởng", "Bộ trưởng Tư pháp"]}


def test_title_after_a_name_and_lam_is_not_set_off_before_the_next_name() -> None:
    text = (
        "Ông Hoàng Văn Bình từng làm trợ lý cho ông Trần Văn Minh từ thời ông Trần Văn Minh làm Bộ trưởng Bộ Giáo "
        "dục và Đào tạo, ông Hoàng Văn Bình có nhiều kinh nghiệm."
    )
    officials, people = people_of(text)
    assert officials == {"Trần Văn Minh": ["Bộ trưởng Bộ Giáo dục và Đào tạo"]}
    assert people == ["Hoàng Văn Bình"]


def test_title_after_lam_in_a_fronted_clause_is_the_next_persons() -> None:
    officials, _ = people_of("Kể từ khi lên làm Tổng thống Pháp, ông Paul Martin đã nhiều lần phát biểu.")
    assert officials == {"Paul Martin": ["Tổng thống Pháp"]}


def test_investigator_is_a_title() -> None:
    officials, _ = people_of(
        "Mọi thông tin liên hệ Cơ quan điều tra (Điều tra viên Phạm Quốc Huy, số điện thoại 0912)."
    )
    assert officials == {"Phạm Quốc Huy": ["Điều tra viên"]}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Sau khi nghe Tổng lãnh sự Việt Nam tại Fukuoka Trần Văn Bình báo cáo, đoàn đi thăm trường.",
            "Trần Văn Bình",
            "Tổng lãnh sự Việt Nam tại Fukuoka",
        ),
        ("Đại sứ Hà Lan tại Ankara Jan de Wit đã bị triệu tập.", "Jan de Wit", "Đại sứ Hà Lan tại Ankara"),
    ],
)
def test_city_after_tai_ends_an_envoys_title(text: str, name: str, title: str) -> None:
    officials, _ = people_of(text)
    assert officials == {name: [title]}


def test_fisherman_anchors_a_name_not_a_province() -> None:
    _, people = people_of(
        "Còn ngư dân Lê Văn Tư ở thôn Tân An cho biết chuyến biển thắng lớn. Ngư dân Khánh Hòa phấn khởi."
    )
    assert people == ["Lê Văn Tư"]


def test_byline_closed_by_a_long_parenthesis() -> None:
    text = (
        "Tin trong nước\n\nHai nước thúc đẩy quan hệ.\n\nĐến chiều cùng ngày, ông Lê Văn Hướng đã tử vong. "
        "Hoài Nam (Tổng hợp theo báo Lao Động, Tuổi Trẻ)\n"
    )
    _, people = people_of(text)
    assert people == ["Lê Văn Hướng", "Hoài Nam"]
