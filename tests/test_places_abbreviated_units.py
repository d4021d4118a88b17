"""Unit words abbreviated with a full stop, with or without a space: `H.` (huyện) and `X.` (xã) before a
name the ward tables know at that level are a district and a commune (`H. Cần Giờ`, `X.Tân Thông Hội`),
also inside a body's name (`UBND H.Củ Chi`); before a name they do not know at that level they are a
person's initial (`H.Thanh` closing an article, `Ảnh: H.Quang Trung`). `Đại sứ đặc mệnh toàn quyền` is a
title like `Đại sứ`: the country after it lies inside the title."""

from __future__ import annotations

import pytest

from vnreport import analyze_text
from vnreport.report.model import Report


def _report(text: str) -> Report:
    return analyze_text(text, source="t.txt", year=2017)


def _locations(text: str) -> list[str]:
    return [m.text for loc in _report(text).locations for m in loc.mentions]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sau cơn bão, nông dân H. Cần Giờ đã bắt tay vào dọn dẹp.", "H. Cần Giờ"),
        ("Mưa lớn kéo dài khiến nhiều tuyến đường ở H.Củ Chi bị ngập.", "H.Củ Chi"),
        ("Các hộ dân X.Tân Thông Hội (H.Củ Chi) được hỗ trợ giống lúa.", "X.Tân Thông Hội"),
    ],
)
def test_an_abbreviated_unit_and_a_known_name_is_a_place(text: str, place: str) -> None:
    assert place in _locations(text)


def test_an_abbreviated_unit_ends_a_bodys_name() -> None:
    report = _report("Ông Lê Văn Tám, Chủ tịch UBND H.Củ Chi, cho biết đã cấp kinh phí sửa đê.")
    assert "UBND H.Củ Chi" in [org.name for org in report.organizations]
    assert not [loc for loc in report.locations if "Củ Chi" in loc.name]


@pytest.mark.parametrize(
    "text",
    [
        "Người dân mong dự án sớm được triển khai. H.Thanh",
        "Ảnh: H.Quang Trung",  # `Quang Trung` is a commune's name, no district's
    ],
)
def test_an_initial_is_no_abbreviated_unit(text: str) -> None:
    assert not [m for m in _locations(text) if m.startswith("H.")]


@pytest.mark.parametrize("title", ["Đại sứ đặc mệnh toàn quyền", "Đại sứ Đặc mệnh Toàn quyền"])
def test_a_country_after_an_ambassadors_full_title_is_inside_it(title: str) -> None:
    text = f"Bộ trưởng đã tiếp ông Kim Min, {title} Hàn Quốc tại Việt Nam."
    assert "Hàn Quốc" not in _locations(text)
