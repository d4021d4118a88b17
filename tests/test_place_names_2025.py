"""Place names of 2023–2025 local news (written examples): the full name after a unit word or a zone's
head, even where it ends in a word or a province the gazetteer reads on its own."""

from __future__ import annotations

from vnreport.extract import run_extractors
from vnreport.segment.document import segment


def place_names(text: str) -> list[str]:
    doc = segment(text, words="dictionary")
    return [location.name for location in run_extractors(doc).locations]


def test_new_commune_name_ending_in_moi_is_whole() -> None:
    names = place_names("Chiều 5/8, người dân xã Hòa Phong Mới đã nhận hỗ trợ sau bão.")
    assert "xã Hòa Phong Mới" in names
    assert "xã Hòa Phong" not in names


def test_zone_name_ending_in_its_province_is_whole() -> None:
    names = place_names("Nhà máy mới đặt tại Khu kinh tế Đông Nam Quảng Trị và Khu công nghiệp VSIP Bắc Ninh.")
    assert "Khu kinh tế Đông Nam Quảng Trị" in names
    assert "Khu công nghiệp VSIP Bắc Ninh" in names
    assert "Quảng Trị" not in names and "Bắc Ninh" not in names


def test_a_zone_lies_in_the_province_its_name_ends_in() -> None:
    doc = segment(
        "Nhà máy mới đặt tại Khu kinh tế Đông Nam Quảng Trị và Khu công nghiệp VSIP Bắc Ninh.", words="dictionary"
    )
    provinces = {location.name: location.province for location in run_extractors(doc).locations}
    assert provinces["Khu kinh tế Đông Nam Quảng Trị"] == "Quảng Trị"
    assert provinces["Khu công nghiệp VSIP Bắc Ninh"] == "Bắc Ninh"


def test_expressway_with_its_side_is_whole() -> None:
    names = place_names("Bộ Giao thông vận tải đẩy nhanh tuyến cao tốc Bắc - Nam phía Đông qua miền Trung.")
    assert "tuyến cao tốc Bắc - Nam phía Đông" in names


def test_region_keeps_its_head_vung() -> None:
    names = place_names("Hội thảo bàn về sinh kế cho nông dân vùng Đồng bằng sông Cửu Long.")
    assert "vùng Đồng bằng sông Cửu Long" in names


def _provinces(text: str) -> dict[str, str | None]:
    doc = segment(text, words="dictionary")
    return {location.name: location.province for location in run_extractors(doc).locations}


def test_province_does_not_leak_across_a_list_of_facilities() -> None:
    provinces = _provinces(
        "Đoàn kiểm tra đi qua Quốc lộ 14, đường Lê Duẩn, cầu Sông Hinh 3, thôn 5 xã Ea Kly, tỉnh Đắk Lắk."
    )
    assert provinces["xã Ea Kly"] == "Đắk Lắk"
    assert provinces["Quốc lộ 14"] is None
    assert provinces["đường Lê Duẩn"] is None


def test_street_of_an_address_keeps_its_province() -> None:
    provinces = _provinces("Cửa hàng ở số 8 đường Trần Phú, phường Bến Thành, TP.HCM vừa khai trương.")
    assert provinces["đường Trần Phú"] == "TP Hồ Chí Minh"
