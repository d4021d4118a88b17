"""Organisation constructions of round 11's second wave, one written example each in the shape of real news
text: a foreign government or army named in lower case before its country, a centre named after the
disease it fights with its place after it; a sea mouth, a quarry, a great hall, a memorial area and an old
quarter named by their head word."""

from __future__ import annotations

import pytest

from tests.orghelp import names, organizations, places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Người phát ngôn cho biết quân đội Pháp đã rút khỏi căn cứ.", "quân đội Pháp"),
        ("Các nhà ngoại giao nói chính phủ Canada vẫn giữ lập trường cũ.", "chính phủ Canada"),
        ("Hãng tin dẫn lời quan chức quân đội Hàn Quốc cho biết như vậy.", "quân đội Hàn Quốc"),
    ],
)
def test_a_lower_case_government_or_army_before_a_foreign_country_is_a_body(text: str, name: str) -> None:
    assert name in names(text)


def test_a_lower_case_army_of_the_home_country_is_a_description() -> None:
    found = names("Cuốn sách viết về tiềm lực quân đội Việt Nam trong thời bình.")
    assert not [n for n in found if n.lower().startswith("quân đội")], found


def test_a_lower_case_government_without_a_country_is_a_common_noun() -> None:
    assert names("Người dân mong chính phủ sớm có biện pháp hỗ trợ.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sở Y tế giao Trung tâm Phòng, chống HIV/AIDS tỉnh theo dõi bệnh nhân.",
            "Trung tâm Phòng, chống HIV/AIDS tỉnh",
        ),
        (
            "Cán bộ Trung tâm Phòng, chống HIV/AIDS thành phố Cần Thơ xuống xã.",
            "Trung tâm Phòng, chống HIV/AIDS thành phố Cần Thơ",
        ),
    ],
)
def test_a_centre_named_after_the_disease_it_fights_runs_to_its_place(text: str, name: str) -> None:
    assert name in names(text)


def test_a_centre_of_a_town_is_no_body() -> None:
    assert names("Ông đến Trung tâm huyện Đông Anh để dự lễ.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tàu cá ra vào cửa biển Sa Huỳnh an toàn.", "cửa biển Sa Huỳnh"),
        ("Xe tải chở đá từ mỏ đá Núi Voi về công trường.", "mỏ đá Núi Voi"),
        ("Lễ đón chính thức diễn ra tại Đại lễ đường Nhân dân.", "Đại lễ đường Nhân dân"),
        ("Đoàn đến viếng Khu tưởng niệm Nguyễn Văn Trỗi.", "Khu tưởng niệm Nguyễn Văn Trỗi"),
    ],
)
def test_a_facility_head_names_the_place(text: str, name: str) -> None:
    assert name in places(text)


def test_the_old_quarter_and_its_area_are_one_place() -> None:
    found = places("Du khách dạo phố cổ Đồng Văn. Đêm hội diễn ra tại Khu phố cổ Đồng Văn.")
    assert [n for n in found if "phố cổ" in n] == ["Khu phố cổ Đồng Văn"], found


def test_a_university_abbreviated_before_its_place_is_a_body_and_no_place() -> None:
    text = "Ba trường thành viên thuộc ĐH Huế và ĐH Cần Thơ được công nhận."
    assert {"ĐH Huế", "ĐH Cần Thơ"} <= set(names(text)), names(text)
    assert "Cần Thơ" not in places(text)


def test_the_same_abbreviation_before_a_roman_numeral_is_a_congress() -> None:
    assert not [n for n in names("Các văn kiện ĐH XII Đảng được quán triệt.") if n.startswith("ĐH")]


def test_the_ethnic_council_runs_to_the_assembly_it_belongs_to() -> None:
    found = organizations("Đại diện Hội đồng Dân tộc của Quốc hội đến thăm tỉnh.")
    assert "Hội đồng Dân tộc của Quốc hội" in found, list(found)


def test_supreme_in_a_foreign_council_s_name_is_no_evening_word() -> None:
    found = names("Thư ký Hội đồng An ninh Quốc gia Tối cao Iran cho biết như vậy.")
    assert "Hội đồng An ninh Quốc gia Tối cao Iran" in found, found


def test_an_evening_after_a_body_still_ends_its_name() -> None:
    assert names("Bộ Y tế Tối nay công bố kết quả.") == ["Bộ Y tế"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Người dân đã trình báo sự việc với công an huyện Đông Anh ngay trong đêm.", "công an huyện Đông Anh"),
        ("Trưởng công an xã Phú Cường cho biết đã lập biên bản.", "công an xã Phú Cường"),
        ("Hồ sơ vụ việc đã được chuyển cho công an quận Cầu Giấy điều tra.", "công an quận Cầu Giấy"),
    ],
)
def test_a_lower_case_police_before_its_unit_and_place_is_a_body(text: str, name: str) -> None:
    assert name in names(text)


def test_a_lower_case_police_before_a_unit_word_alone_is_no_body() -> None:
    found = names("Bí thư Đảng ủy phường Yên Hòa cùng lãnh đạo công an Phường đã đến thăm gia đình.")
    assert not [n for n in found if n.lower().startswith("công an")], found


def test_the_lower_case_police_of_the_home_country_is_a_description() -> None:
    found = names("Chuyên án là thành tích lớn của ngành công an Việt Nam trong năm qua.")
    assert not [n for n in found if n.lower().startswith("công an")], found
