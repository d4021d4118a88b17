"""Streets and regions read in round 30 (issue #13, part e3), one written example each: a street after a house
number written without `số` (`(52B Trần Hưng Đạo, P.5, Q.1)`); the streets that name a crossing (`vòng xoay A -
B`, `góc đường A – B`), each a place of its own; the euro area as one region, not `châu Âu`."""

from __future__ import annotations

import pytest

from tests.orghelp import names, places
from vnreport.pipeline import analyze_text


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Cửa hàng (52B Trần Hưng Đạo, P.5, Q.1) bị phạt.", "Trần Hưng Đạo"),
        ("Hai khu đất tại 12 đường Kim Mã và 40 Nguyễn Thái Học (P.Điện Biên, Ba Đình) được giao.", "Nguyễn Thái Học"),
    ],
)
def test_a_street_after_a_bare_house_number(text: str, street: str) -> None:
    assert street in places(text)


def test_a_count_of_bodies_is_no_house_number() -> None:
    text = "Hội nghị có đại biểu ở 3 Bộ Công Thương, tỉnh Nghệ An."
    assert "Bộ Công Thương" not in places(text)
    assert "Bộ Công Thương" in names(text)


def test_the_streets_of_a_crossing_are_places_too() -> None:
    found = places("Cầu vượt tại vòng xoay Lê Văn Sỹ - Trần Quang Diệu được xây.")
    assert "vòng xoay Lê Văn Sỹ - Trần Quang Diệu" in found
    assert {"Lê Văn Sỹ", "Trần Quang Diệu"} <= set(found)


def test_the_streets_of_a_crossing_end_with_its_name() -> None:
    # the crossing's name ends before a word the gazetteer reads as an old province: its last street ends there too,
    # and lies in the crossing's city
    text = "Kẹt xe ở ngã tư Lê Lợi - Trần Hưng Đạo - Xô Viết Nghệ Tĩnh, quận Bình Thạnh, TPHCM."
    found = [(m, loc.province) for loc in analyze_text(text, year=2024).locations for m in loc.mentions]
    [crossing] = [m for m, _ in found if m.text.startswith("ngã tư")]
    inside = [(m, province) for m, province in found if crossing.start <= m.start < crossing.end and m != crossing]
    assert len(inside) == 3
    assert all(m.end <= crossing.end and province == "TP Hồ Chí Minh" for m, province in inside), inside


def test_the_corner_of_two_streets_names_both_and_no_road() -> None:
    found = places("Xe máy dừng ở góc đường Lê Lợi – Pasteur rất lâu.")
    assert {"Lê Lợi", "Pasteur"} <= set(found)
    assert "đường Lê Lợi – Pasteur" not in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Nút giao Trường Sơn-Cộng Hòa đang sửa.", "Cộng Hòa"),  # an unspaced dash: one name
        ("Tuyến xe buýt Ngã tư Bảy Hiền – cầu Sài Gòn chạy thử.", "Bảy Hiền"),  # a route between two facilities
    ],
)
def test_no_streets_from_other_dashed_names(text: str, absent: str) -> None:
    assert absent not in places(text)


def test_the_euro_area_is_one_region() -> None:
    found = places("Các nước trong Khu vực đồng tiền chung châu Âu đồng ý giảm nợ.")
    assert "Khu vực đồng tiền chung châu Âu" in found
    assert "châu Âu" not in found
