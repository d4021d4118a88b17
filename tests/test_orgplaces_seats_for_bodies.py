"""Organisation and place constructions of round 12, one written example each in the shape of real news
text: a building that names the body it houses (`Nhà Trắng`), a place where a place is meant and the body
elsewhere."""

from __future__ import annotations

import pytest

from tests.orghelp import names
from vnreport.extract import run_extractors
from vnreport.segment.document import segment


def places(text: str) -> list[str]:
    doc = segment(text, words="dictionary")
    return [location.name for location in run_extractors(doc).locations]


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống đã tiếp vị khách châu Á tại Nhà Trắng vào chiều thứ Hai.",
        "Đây là lần đầu tiên ông tới Nhà Trắng kể từ khi nhậm chức.",
        "Tổng thống Nga sẽ đón người đồng cấp ở Điện Kremlin trong tuần tới.",
    ],
)
def test_a_seat_where_a_place_is_meant_is_a_place_not_a_body(text: str) -> None:
    building = "Nhà Trắng" if "Nhà Trắng" in text else "Điện Kremlin"
    assert building in places(text)
    assert building not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nhà Trắng cho biết cuộc gặp sẽ diễn ra vào tháng tới.",
        "Thông cáo của Nhà Trắng nêu rõ hai bên đã đạt được thỏa thuận.",
        "Một quan chức Nhà Trắng giấu tên nói với phóng viên như vậy.",
    ],
)
def test_a_seat_that_speaks_or_issues_is_the_body(text: str) -> None:
    assert "Nhà Trắng" in names(text)
    assert "Nhà Trắng" not in places(text)


@pytest.mark.parametrize(
    ("text", "building"),
    [
        ("Ông chủ mới của Nhà Trắng muốn thay đổi chính sách thương mại.", "Nhà Trắng"),
        ("Phát biểu của ông chủ Điện Kremlin được báo chí chú ý.", "Điện Kremlin"),
        ("Bà từng thua trong cuộc chạy đua vào Nhà Xanh năm ấy.", "Nhà Xanh"),
        ("Hai ứng viên bước vào giai đoạn cuối của cuộc đua vào Nhà Trắng.", "Nhà Trắng"),
    ],
)
def test_a_seat_standing_for_its_office_is_no_place(text: str, building: str) -> None:
    # its holder (`ông chủ …`: a descriptive title) and the race for it name the office, not the building
    assert building not in places(text)


def test_a_way_into_the_seat_is_still_a_place() -> None:
    assert "Nhà Trắng" in places("Phái đoàn được mời vào Nhà Trắng lúc 10 giờ.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Người phát ngôn nói chính phủ Damascus đã bác bỏ cáo buộc này.", "chính phủ Damascus"),
        ("Ông khẳng định chính phủ Ankara sẽ làm mọi điều trong khả năng.", "chính phủ Ankara"),
    ],
)
def test_a_government_named_by_its_capital_is_a_body(text: str, name: str) -> None:
    assert name in names(text)
    assert name.split(" ")[-1] not in places(text)  # the capital only inside the government's name


def test_a_government_before_a_vietnamese_city_is_not_named_by_it() -> None:
    assert not [n for n in names("Họ đề nghị chính phủ Đà Nẵng hỗ trợ thêm.") if "Đà Nẵng" in n]


@pytest.mark.parametrize(
    ("text", "region", "country"),
    [
        ("Giao tranh lại nổ ra ở miền Đông Ukraine trong đêm qua.", "miền Đông Ukraine", "Ukraine"),
        ("Quân đội mở chiến dịch mới tại miền nam Philippines.", "miền nam Philippines", "Philippines"),
        ("Mưa lớn gây lũ ở miền tây bắc Syria.", "miền tây bắc Syria", "Syria"),
    ],
)
def test_a_compass_region_of_a_country_abroad_is_one_region(text: str, region: str, country: str) -> None:
    found = places(text)
    assert region in found
    assert country in found  # the country is named there too
    assert not [p for p in found if p.lower() in {"miền đông", "miền nam", "miền tây", "miền tây bắc"}]


def test_a_compass_region_of_viet_nam_keeps_its_own_name() -> None:
    assert "miền Trung" in places("Bão số 5 gây mưa lớn ở miền Trung.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đại diện Kanemori Corporation cho biết nhà máy sẽ mở rộng.", "Kanemori Corporation"),
        ("Hợp đồng được trao cho Obayashi Engineering Ltd vào tuần trước.", "Obayashi Engineering Ltd"),
        ("Theo Harunomi Holdings, lợi nhuận quý này giảm nhẹ.", "Harunomi Holdings"),
        ("Nhà thầu Taikami Corp đã bàn giao công trình.", "Taikami Corp"),
    ],
)
def test_a_latin_name_ending_in_a_legal_form_is_a_company(text: str, name: str) -> None:
    assert name in names(text)


def test_a_legal_form_after_a_longer_capitalised_name_is_not_cut_from_it() -> None:
    assert not [n for n in names("Ông là Chủ tịch Thái Bình Group từ năm ngoái.") if n == "Bình Group"]


@pytest.mark.parametrize(
    ("text", "memorial", "body"),
    [
        (
            "Đoàn đến dâng hương tại Khu lưu niệm cố Thủ tướng Chính phủ Lê Văn Bình ở huyện bên sông.",
            "Khu lưu niệm cố Thủ tướng Chính phủ Lê Văn Bình",
            "Chính phủ",
        ),
        (
            "Tỉnh tu bổ Nhà tưởng niệm cố Chủ tịch Hội đồng Bộ trưởng Trần Văn Hòa trong năm nay.",
            "Nhà tưởng niệm cố Chủ tịch Hội đồng Bộ trưởng Trần Văn Hòa",
            "Hội đồng Bộ trưởng",
        ),
    ],
)
def test_a_memorial_named_after_a_titled_person_is_one_place(text: str, memorial: str, body: str) -> None:
    assert memorial in places(text)
    assert body not in names(text)  # only inside the memorial's name


def test_a_memorial_named_after_a_comrade_keeps_the_word() -> None:
    text = "Học sinh tham quan nhà lưu niệm đồng chí Nguyễn Văn Cừ vào sáng nay."
    assert "nhà lưu niệm đồng chí Nguyễn Văn Cừ" in places(text)


def test_a_memorial_stops_before_a_province_after_it() -> None:
    text = "Khu lưu niệm Bác về thăm Hà Tĩnh đón nhiều khách."
    assert not [p for p in places(text) if p.endswith("Hà Tĩnh") and p.startswith("Khu")]


@pytest.mark.parametrize(
    "text",
    [
        "Hệ thống chính thức vận hành tại địa chỉ: dichvucong.tinhmoi.gov.vn từ hôm nay.",
        "Danh sách bài hát được đăng trên website: cucvanhoa.gov.vn để người dân tra cứu.",
    ],
)
def test_a_web_address_given_as_such_is_no_organisation(text: str) -> None:
    assert not [n for n in names(text) if ".gov.vn" in n]


def test_a_site_named_as_the_source_is_still_one() -> None:
    assert "Zing.vn" in names("Theo Zing.vn, cuộc họp kéo dài ba giờ.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mưa lớn kéo dài suốt ba ngày qua. Minh Châu/VOV-Tây Nguyên", "Tây Nguyên"),
        ("Cuộc bầu cử diễn ra sôi nổi. Thu Hà/VOV-Paris", "Paris"),
        ("Hai bên đã ký biên bản. PV/VOV- Miền Trung", "Miền Trung"),
    ],
)
def test_an_outlets_bureau_in_a_credit_is_the_outlet_and_no_place(text: str, place: str) -> None:
    assert names(text) == ["VOV"]
    assert places(text) == []
    assert place  # the bureau's place, read inside the credit


def test_an_outlet_before_a_place_without_a_dash_is_unchanged() -> None:
    assert "VOV Giao thông" in names("Theo VOV Giao thông, đường đã thông xe.")
