"""Round 17's merges of one place written two ways, each in sentences of its shape (issue #13)."""

from __future__ import annotations

import pytest

from vnreport.extract import run_extractors
from vnreport.extract.locations import FacilityRow
from vnreport.extract.locations.lexicon import facility_kinds
from vnreport.extract.locations.merge import _KIND_WORDS
from vnreport.lexicon import load_rows
from vnreport.report.model import Location
from vnreport.segment.document import segment


def places(text: str) -> list[Location]:
    return run_extractors(segment(text, words="dictionary")).locations


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Chuyến bay hạ cánh xuống sân bay Tân Sơn Nhất lúc 9 giờ. Cảng hàng không quốc tế Tân Sơn Nhất "
            "đã tăng thêm quầy thủ tục.",
            {"sân bay Tân Sơn Nhất", "Cảng hàng không quốc tế Tân Sơn Nhất"},
        ),
        (
            "Xe cộ ùn tắc ở vòng xoay Hàng Xanh từ sáng. Sở sẽ xây cầu vượt để giảm tải cho nút giao Hàng Xanh.",
            {"vòng xoay Hàng Xanh", "nút giao Hàng Xanh"},
        ),
        (
            "Đám cháy bùng lên ở tầng 4 của tòa nhà Sunrise Tower. Cư dân chung cư Sunrise Tower được sơ tán.",
            {"tòa nhà Sunrise Tower", "chung cư Sunrise Tower"},
        ),
        (
            "Một xe khách bị lật trên đường cao tốc Long Hải - Bình Sơn. Cao tốc Long Hải - Bình Sơn được "
            "phong tỏa hai giờ.",
            {"đường cao tốc Long Hải - Bình Sơn", "Cao tốc Long Hải - Bình Sơn"},
        ),
    ],
)
def test_two_heads_of_one_kind_under_one_name_are_one_facility(text: str, written: set[str]) -> None:
    found = [location for location in places(text) if location.level == "facility"]
    assert len(found) == 1, found
    assert {m.text for m in found[0].mentions} == written


def test_heads_of_different_kinds_under_one_name_stay_apart() -> None:
    found = places("Ô tô đi từ đường Hàng Xanh vào nút giao Hàng Xanh thì bị kẹt lại.")
    assert sorted(location.name for location in found) == ["nút giao Hàng Xanh", "đường Hàng Xanh"]


def test_a_facility_whose_name_is_spaced_two_ways_around_its_dash_is_one_place() -> None:
    found = places(
        "Đoàn khách thăm lăng Tự Đức - Đồng Khánh rồi về khu nghỉ. Bãi xe của lăng Tự Đức-Đồng Khánh đã đầy."
    )
    assert len(found) == 1, found


@pytest.mark.parametrize(
    "text",
    [
        "Du khách đổ về Đà Lạt dịp nghỉ lễ. Chính quyền thành phố Đà Lạt đã cấm xe lớn vào trung tâm.",
        "Lễ hội diễn ra tại thành phố Hội An (Quảng Nam). Nhiều khách quốc tế ở lại Hội An thêm vài ngày.",
    ],
)
def test_a_city_named_alone_and_with_its_unit_word_is_one_place(text: str) -> None:
    found = places(text)
    assert len(found) == 1 + ("Quảng Nam" in text), found


def test_every_head_of_a_facility_kind_is_a_facility_head() -> None:
    words = {row.word for row in load_rows("places_facilities.tsv", FacilityRow)}
    assert set(facility_kinds()) <= words
    assert max(len(head.split()) for head in facility_kinds()) <= _KIND_WORDS


@pytest.mark.parametrize(
    ("text", "second_end"),
    [
        ("Thành phố đang làm tuyến xe buýt Long Biên - Yên Viên (quận Long Biên) và một bến xe mới.", "Yên Viên"),
        ("Nhà máy đặt tại khu công nghiệp Quế Võ - Yên Phong (Bắc Ninh) từ năm ngoái.", "Yên Phong"),
    ],
)
def test_a_name_after_a_dash_is_the_second_end_of_a_route_not_a_commune(text: str, second_end: str) -> None:
    assert second_end not in {location.name for location in places(text)}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Kinh tế các nước Đông Á tăng trưởng nhanh hơn dự báo.", "Đông Á"),
        ("Washington gửi thêm binh sĩ tới quốc gia Tây Nam Á này.", "Tây Nam Á"),
    ],
)
def test_regions_of_asia(text: str, region: str) -> None:
    found = {location.name: location for location in places(text)}
    assert region in found and found[region].level == "region", found


@pytest.mark.parametrize(
    "text",
    [
        "Xã nằm ở phía Đông Bắc của huyện, cách trung tâm chừng 30 km.",
        "Do ảnh hưởng của gió mùa Đông Bắc, nhiệt độ giảm mạnh trong đêm.",
        "Mưa lớn trút xuống các bản vùng cao, nước lũ dâng từ hướng Tây Bắc.",
    ],
)
def test_compass_words_alone_without_a_region_word_are_no_region(text: str) -> None:
    assert not [location for location in places(text) if location.level == "region"], places(text)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Lượng khách đến các tỉnh Tây Bắc tăng mạnh trong mùa lúa chín.", "Tây Bắc"),
        ("Nhiều đồi chè ở Đông Bắc đã cho thu hoạch lứa đầu.", "Đông Bắc"),
        ("Dự án hỗ trợ các xã thuộc khu vực Đông Bắc Bộ.", "Đông Bắc Bộ"),
    ],
)
def test_compass_words_after_a_region_word_are_the_region(text: str, region: str) -> None:
    assert region in {location.canonical for location in places(text)}, places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chiếc xe buýt bốc cháy trên đường cao tốc ở miền Nam nước này vào sáng sớm.",
        "Dịch bệnh lan ra nhiều làng ở khu vực Đông Bắc nước này trong tuần qua.",
    ],
)
def test_a_side_of_this_country_is_not_a_region_of_viet_nam(text: str) -> None:
    assert not [location for location in places(text) if location.level == "region"], places(text)


def test_a_side_of_a_named_country_is_that_country_s_region() -> None:
    found = {location.name: location for location in places("Lễ hội diễn ra tại một thị trấn ở miền Tây nước Pháp.")}
    assert found["miền Tây nước Pháp"].level == "region" and "Pháp" in found, found


def test_a_side_of_our_country_is_the_region() -> None:
    assert "miền Trung" in {location.name for location in places("Bão đổ bộ vào miền Trung nước ta đêm qua.")}


def test_a_road_project_written_with_dự_án_đường_bộ_is_no_place_wherever_named() -> None:
    found = places(
        "Ủy ban thẩm tra dự án đường bộ cao tốc Tây Nguyên - Duyên Hải. Khi cao tốc Tây Nguyên - Duyên Hải "
        "hoàn thành, xe tải sẽ đi nhanh hơn."
    )
    assert not [location for location in found if location.level == "facility"], found
