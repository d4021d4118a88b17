"""Facilities: one named after the work of building it is the project, no place; a bare name read from
context is the zone of that name. Each construction in sentences of its shape."""

from __future__ import annotations

import pytest

from vnreport.extract import run_extractors
from vnreport.extract.locations import FacilityRow
from vnreport.extract.locations.lexicon import flags_of
from vnreport.lexicon import load_rows
from vnreport.report.model import Location
from vnreport.segment.document import segment


def places(text: str) -> list[Location]:
    return run_extractors(segment(text, words="dictionary")).locations


def facilities(text: str) -> set[str]:
    return {location.name.lower() for location in places(text) if location.level == "facility"}


# --- the work of building a facility: not built yet, so no place ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh kiến nghị sớm đầu tư cầu Tân Hòa để nối hai huyện ven sông.",
        "Ủy ban cho ý kiến về báo cáo tiền khả thi cao tốc Bình Sơn - Tây Lộc trong phiên họp chiều qua.",
        "Thành phố phát lệnh khởi công cầu vượt Hòa Bình vào đầu tháng tới.",
        "Nhiều cây xanh phải di dời để thi công cầu Phú Hội 2 đúng hạn.",
        "Bộ đề nghị khẩn trương triển khai đường cao tốc Bình Sơn - Tây Lộc trong nhiệm kỳ này.",
    ],
)
def test_a_facility_after_the_work_of_building_it_is_no_place(text: str) -> None:
    assert not facilities(text), places(text)


def test_a_facility_of_a_kind_built_whole_is_the_project_wherever_named() -> None:
    text = "Tỉnh đề xuất đầu tư sân bay Tân Lộc. Khi sân bay Tân Lộc hoạt động, du khách sẽ tăng nhanh."
    assert not facilities(text), places(text)


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("Chủ đầu tư khu đô thị Tân Lộc cam kết bàn giao nhà đúng hạn.", "khu đô thị tân lộc"),
        ("Các nhà đầu tư KCN Tân Lộc 2 đề nghị giảm giá thuê đất.", "kcn tân lộc 2"),
        ("Tỉnh cải thiện môi trường đầu tư Khu kinh tế Tân Lộc để giữ chân doanh nghiệp.", "khu kinh tế tân lộc"),
        ("Thành phố đẩy mạnh thu hút đầu tư Khu công nghiệp Tân Lộc trong năm nay.", "khu công nghiệp tân lộc"),
    ],
)
def test_a_facility_after_a_longer_phrase_ending_in_dau_tu_stays_a_place(text: str, facility: str) -> None:
    # `chủ đầu tư`, `nhà đầu tư`, `môi trường đầu tư`, `thu hút đầu tư` tell no work of building the facility
    assert facility in facilities(text), places(text)


def test_a_facility_named_without_the_work_of_building_it_stays_a_place() -> None:
    text = "Các nhà đầu tư đến thăm cầu Tân Hòa vào sáng nay."
    assert "cầu tân hòa" in facilities(text), places(text)


# --- a zone's name read bare from its context is the zone --------------------------------------------


@pytest.mark.parametrize(
    ("text", "zone", "bare"),
    [
        (
            "Hai doanh nghiệp vừa vào Khu công nghệ cao Hòa Lạc. Thành phố sẽ xây thêm nhà ở cho kỹ sư tại Hòa Lạc.",
            "Khu công nghệ cao Hòa Lạc",
            "Hòa Lạc",
        ),
        ("Dự án trường học ở khu Mễ Trì đã xong. Khu đất ở Mễ Trì rộng 20 ha.", "khu Mễ Trì", "Mễ Trì"),
    ],
)
def test_a_bare_name_read_from_context_is_the_zone_of_that_name(text: str, zone: str, bare: str) -> None:
    found = places(text)
    assert [location.name for location in found] == [zone], found
    assert bare in [mention.text for mention in found[0].mentions], found


def test_a_bare_district_stays_a_place_beside_the_zone_named_after_it() -> None:
    text = "Doanh nghiệp mới vào Khu công nghiệp Quế Võ. Mưa lớn gây ngập nhiều nhà dân ở Quế Võ."
    found = {location.name: location for location in places(text)}
    assert found.get("Quế Võ") is not None and found["Quế Võ"].level == "district", found
    assert [mention.text for mention in found["Khu công nghiệp Quế Võ"].mentions] == ["Khu công nghiệp Quế Võ"]


def test_the_heads_whose_bare_name_means_the_facility_are_flagged_bare() -> None:
    flags = {row.head: flags_of(row.flags) for row in load_rows("places_facilities.tsv", FacilityRow)}
    assert {"đường", "sông", "khu công nghiệp", "khu"} <= {head for head, of in flags.items() if "bare" in of}
    assert "bare" not in flags["chùa"]  # `Một Cột` alone is no pagoda's name to merge
