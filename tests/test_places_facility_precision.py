"""Round 18's facility precision (issue #13), each construction in sentences of its shape."""

from __future__ import annotations

import pytest

from vnreport.extract import run_extractors
from vnreport.report.model import Location
from vnreport.segment.document import segment


def places(text: str) -> list[Location]:
    return run_extractors(segment(text, words="dictionary")).locations


def facilities(text: str) -> set[str]:
    return {location.name for location in places(text) if location.level == "facility"}


# --- a heading that lost its full stop: the next sentence opens with a common word -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a known place, a verb, then a title: the name is the known place
        ("Hành khách chờ lâu ở sân bay Nội Bài Giao Bộ trưởng Giao thông xem xét ngay.", "sân bay Nội Bài"),
        ("Nhà đầu tư rót vốn vào Khu CNC Hòa Lạc Cơ chế mới giúp thủ tục nhanh hơn.", "Khu CNC Hòa Lạc"),
        # no known place: the name ends before the common word
        ("Du khách đông ở chùa Phúc Khánh Thủ tướng Chính phủ vừa có ý kiến.", "chùa Phúc Khánh"),
        # a dash and a body word open the next sentence with it
        ("Đại lễ tổ chức ở chùa Phúc Khánh - Phó Chủ tịch Hội đồng đọc diễn văn.", "chùa Phúc Khánh"),
    ],
)
def test_a_facility_name_ends_before_a_capitalised_common_word(text: str, name: str) -> None:
    assert name in facilities(text), places(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a function word after a name's last syllable: the sentence goes on, the name is whole
        ("Hàng cây dọc đường Phạm Văn Đồng từ ngã tư đến cầu được giữ lại.", "đường Phạm Văn Đồng"),
        # a memorial named after a titled person: the title is the name's
        ("Đoàn viếng Nhà lưu niệm Nguyên Tổng Bí thư Lê Duẩn ở quê nhà.", "Nhà lưu niệm Nguyên Tổng Bí thư Lê Duẩn"),
    ],
)
def test_a_facility_name_keeps_its_own_words(text: str, name: str) -> None:
    assert name in facilities(text), places(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a known place's name, then a surname and a given name: the next sentence's speaker
        ("Khách phải chờ lâu ở sân bay Nội Bài Trần Hùng kể lại chuyến đi.", "sân bay Nội Bài"),
        # a known place's name, then a capitalised `Ông` and a name
        ("Xe tải chạy chậm trên đường Trường Sơn Ông Kha cho biết thêm.", "đường Trường Sơn"),
    ],
)
def test_a_facility_name_ends_before_a_person_who_opens_the_next_sentence(text: str, name: str) -> None:
    found = facilities(text)
    assert name in found, places(text)


# --- a country after the head of one island of many ---------------------------------------------------


def test_the_islands_of_a_country_are_no_island() -> None:
    found = facilities("Cuộc thi tìm hiểu về biển, đảo Việt Nam thu hút nhiều học sinh.")
    assert not found, found


def test_an_archipelago_may_bear_a_country_s_name() -> None:
    assert "quần đảo Nhật Bản" in facilities("Bão đi dọc quần đảo Nhật Bản trong hai ngày.")


# --- one facility written two ways ------------------------------------------------------------------


def test_a_facility_named_by_its_initials_is_the_facility() -> None:
    found = [
        location
        for location in places("Máy bay hạ cánh ở sân bay Cam Ranh (CR) lúc trưa. Sân bay CR đón thêm khách.")
        if location.level == "facility"
    ]
    assert len(found) == 1 and {m.text for m in found[0].mentions} == {"sân bay Cam Ranh", "Sân bay CR"}, found


def test_a_ring_road_with_and_without_its_street_word_is_one() -> None:
    found = facilities("Xe tải đi đường vành đai 2 vào buổi sáng. Vành đai 2 thường ùn tắc vào giờ cao điểm.")
    assert len(found) == 1, found


# --- a facility of a kind built whole, called a project once -----------------------------------------


def test_a_facility_called_a_project_once_is_the_project_throughout() -> None:
    text = (
        "Tỉnh thúc đẩy dự án Cảng hàng không quốc tế Phan Thiết. Khi sân bay Phan Thiết hoạt động, khách sẽ tăng mạnh."
    )
    assert not facilities(text), places(text)


def test_a_road_called_a_project_stays_a_place_where_named_alone() -> None:
    text = "Dự án quốc lộ 14 chậm tiến độ. Xe khách chạy trên quốc lộ 14 mỗi ngày."
    assert "quốc lộ 14" in facilities(text), places(text)


def test_an_existing_airport_enlarged_is_a_place() -> None:
    text = "Bộ trình dự án mở rộng sân bay Phú Quốc. Sân bay Phú Quốc đón hơn hai triệu khách."
    assert "sân bay phú quốc" in {name.lower() for name in facilities(text)}, places(text)


# --- an abbreviation that opens a foreign name: its full stop does not end the name ------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Khách hành hương đứng chật quảng trường St. Peter sáng nay.", "quảng trường St. Peter"),
        ("Buổi tiệc được tổ chức tại khách sạn St. Regis ở thủ đô.", "khách sạn St. Regis"),
        ("Tàu cá hoạt động trong vịnh St.Lawrence suốt mùa hè.", "vịnh St.Lawrence"),
    ],
)
def test_a_facility_name_goes_on_after_st(text: str, name: str) -> None:
    assert name in facilities(text), places(text)


def test_a_chain_of_name_abbreviations_does_not_run_on() -> None:
    found = facilities("Đoàn nghỉ tại khách sạn St. St. St. Regis trong hai ngày.")
    assert not any(name.count("St") > 1 for name in found), found


def test_a_full_stop_after_a_plain_word_still_ends_the_name() -> None:
    found = facilities("Họ dạo quanh quảng trường Ba Đình. Sau đó họ về nhà.")
    assert found == {"quảng trường Ba Đình"}, found


# --- a number that a unit of measure follows is a quantity, not a facility's number -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Theo thiết kế, mặt đường 9m được trải nhựa trên toàn tuyến.",  # a width glued to its unit
        "Chiếc máy bay đã bay quãng đường 900 km trước khi hạ cánh.",  # a distance
        "Tỉnh cần khoảng 150 tỷ đồng cho mỗi kilomet đường 4 làn xe.",  # lanes
        "Đoàn xe vượt quãng đường 700 cây số để chở hàng cứu trợ.",  # a distance in a two-word unit
        "Mỗi mét vuông mặt đường 8m² được vá lại bằng nhựa nóng.",  # an area glued to its unit
    ],
)
def test_a_road_head_before_a_quantity_names_no_road(text: str) -> None:
    assert not facilities(text), places(text)


def test_a_quantity_after_a_facility_s_name_is_not_its_code() -> None:
    found = facilities("Khu tái định cư nằm cách chợ Hòa Khánh 3 km về phía tây.")
    assert "chợ Hòa Khánh" in found and "chợ Hòa Khánh 3" not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vụ tai nạn xảy ra trên quốc lộ 20 Km 12 thuộc địa phận huyện.", "quốc lộ 20"),  # a milestone on it
        ("Xe khách đi theo quốc lộ 6 năm ngoái vẫn còn nhiều ổ gà.", "quốc lộ 6"),  # a time word is no unit
        ("Đoàn xe tải nối đuôi nhau trên quốc lộ 1K suốt buổi sáng.", "quốc lộ 1K"),  # a code letter, no scale `k`
    ],
)
def test_a_road_number_before_a_milestone_or_a_time_word_stays(text: str, name: str) -> None:
    assert name in facilities(text), places(text)


# --- a dash between two streets named after people: a corner or a crossing, not one road -------------


def test_a_corner_of_two_streets_is_not_one_street() -> None:
    found = facilities("Quán nước nằm ở góc đường Lý Tự Trọng - Nguyễn Trung Trực từ nhiều năm nay.")
    assert "đường Lý Tự Trọng" in found and not any("Lý Tự Trọng - " in name for name in found), found
    assert "Nguyễn Trung Trực" in found  # the other street of the corner is a place too (round 30, as dev18's gold)


def test_a_road_named_by_the_places_it_joins_keeps_its_dash() -> None:
    found = facilities("Xe khách chạy trên đường Hà Nội - Hà Đông mỗi ngày một đông.")
    assert "đường Hà Nội - Hà Đông" in found, found
