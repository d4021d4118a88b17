"""Round 16's place constructions, each in a sentence of its shape (issue #13)."""

from __future__ import annotations

import pytest

from vnreport.extract import run_extractors
from vnreport.report.model import Location
from vnreport.segment.document import segment


def places(text: str) -> dict[str, Location]:
    doc = segment(text, words="dictionary")
    return {location.canonical or location.name: location for location in run_extractors(doc).locations}


@pytest.mark.parametrize(
    "text",
    [
        "Đại biểu Trần Văn Bình (đoàn Kiên Giang) đề nghị làm rõ trách nhiệm.",
        "Ông được chuyển sinh hoạt từ đoàn TP.HCM về đoàn Thanh Hóa.",
        "Đại biểu đoàn tỉnh Phú Yên phát biểu tại hội trường.",
    ],
)
def test_a_delegation_named_by_its_province_is_no_place(text: str) -> None:
    assert places(text) == {}, places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đại biểu tỉnh Lâm Đồng cho rằng dự thảo cần sửa thêm.",
        "Tiếp lời, vị đại biểu thành phố Cần Thơ nêu ba kiến nghị.",
        "Phát biểu tại tổ, ĐB tỉnh Bình Định nêu hai kiến nghị.",  # its abbreviation
    ],
)
def test_a_deputy_named_by_his_constituency_names_no_place(text: str) -> None:
    assert places(text) == {}, places(text)


def test_a_visiting_delegation_of_a_province_is_left_as_it_was() -> None:
    assert "Lâm Đồng" in places("Đoàn đại biểu tỉnh Lâm Đồng đã dâng hoa tại tượng đài.")


def test_the_places_of_counted_delegates_are_places() -> None:
    # a number before `đại biểu` counts those attending: they come from the provinces, no deputy is named
    found = places("Lễ khai mạc có 250 đại biểu Đà Nẵng, Quảng Nam tham dự.")
    assert "Đà Nẵng" in found, found


def test_counted_deputies_named_by_a_unit_word_and_province_name_no_place() -> None:
    # after a number, `đại biểu tỉnh …` still counts deputies of a constituency, not people from a place
    assert places("Tại phiên thảo luận, 3 đại biểu tỉnh Lâm Đồng đề nghị sửa điều 5.") == {}
    assert places("Chiều qua, 2 đại biểu thành phố Cần Thơ chất vấn bộ trưởng.") == {}


def test_the_province_of_a_delegation_named_on_its_own_too_is_a_place() -> None:
    found = places("Đại biểu đoàn Kiên Giang cho biết mưa lớn gây ngập nhiều nơi ở Kiên Giang.")
    assert [m.text for m in found["Kiên Giang"].mentions] == ["Kiên Giang"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Chiều thứ Năm, phái đoàn Na Uy rời sân bay sau ba ngày làm việc với các bộ.", "Na Uy"),
        ("Đoàn Thái Lan do một Phó Thủ tướng dẫn đầu đã ghé thăm khu công nghệ cao.", "Thái Lan"),
    ],
)
def test_a_delegation_named_by_its_country_names_the_country(text: str, country: str) -> None:
    assert country in places(text), places(text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Công ty đặt trụ sở tại số 25 Trần Khánh Dư, quận Hai Bà Trưng, Hà Nội.", "Trần Khánh Dư"),
        ("Bà bán hàng trước cửa nhà số 8, Lê Lai (phường Máy Chai, quận Ngô Quyền).", "Lê Lai"),
        ("Văn phòng ở số 210B Kim Mã, quận Ba Đình.", "Kim Mã"),
    ],
)
def test_a_street_between_a_house_number_and_its_address(text: str, street: str) -> None:
    found = {location.name: location for location in places(text).values()}
    assert street in found, found
    assert found[street].level == "facility"


@pytest.mark.parametrize(
    "text",
    [
        "Ông Nguyễn Văn Bình đeo áo số 10, Lê Minh Tuấn áo số 7.",  # no address after the name
        "Xe mang biển số 29 Hà Nội chạy qua.",  # no commune, district or city after the name
    ],
)
def test_no_street_without_a_house_number_and_an_address(text: str) -> None:
    assert all(location.level != "facility" for location in places(text).values())


@pytest.mark.parametrize(
    "text",
    ["Ông lo bị Anh dẫn độ sang nước khác.", "Kết quả cuộc bầu cử Anh gây bất ngờ."],
)
def test_a_strict_country_after_an_election_or_a_passive_agent(text: str) -> None:
    assert "Anh" in places(text)


@pytest.mark.parametrize(
    "text",
    ["Cơn bão di chuyển theo hướng Tây Bắc với tốc độ 15 km/h.", "Đoàn xe rẽ về hướng Đông Nam."],
)
def test_a_compass_direction_after_huong_is_no_region(text: str) -> None:
    assert places(text) == {}, places(text)


def test_the_region_itself_is_still_a_place() -> None:
    assert "Tây Bắc" in places("Du khách đổ về Tây Bắc mùa lúa chín.")


@pytest.mark.parametrize(
    "text",
    [
        "Hôm qua ông Khải bị Anh Quân đánh gãy tay ngay trước cổng chợ.",
        "Chị Loan bị Hàn Đức Vĩnh lừa mất hai chiếc xe máy.",
    ],
)
def test_a_person_after_the_passive_bi_is_no_country(text: str) -> None:
    assert places(text) == {}, places(text)


def test_a_country_alone_after_the_passive_bi_is_its_agent() -> None:
    found = places("Gã buôn lậu tìm mọi cách để khỏi bị Anh trục xuất.")
    assert "Anh" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Gia đình ông sống ở tổ dân phố số 5 Yên Nghĩa, quận Hà Đông từ năm ngoái.",
        "Các em học sinh Trường Tiểu học số 2 Điện Thắng, huyện Điện Bàn được tặng sách.",
        "Ấp số 3 Tân Lập, xã Mỹ Phước mất điện suốt hai ngày.",
    ],
)
def test_a_numbered_unit_or_school_names_no_street(text: str) -> None:
    assert all(location.level != "facility" for location in places(text).values()), places(text)
