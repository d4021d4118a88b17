"""`P.V` is a ward (`phường V`) only in an address; in a credit (`Ảnh: P.V`, `Theo P.V (VNE)`, a byline
closing the article) it is a reporter's initials (phóng viên), no place."""

from __future__ import annotations

import pytest

from vnreport import analyze_text


def _locations(text: str) -> list[str]:
    return [loc.name for loc in analyze_text(text, source="t.txt", year=2024).locations]


@pytest.mark.parametrize(
    "text",
    [
        "Công trình đã hoàn thành đúng hạn. Theo P.V (VNE)",
        "Máy mới được đưa vào sử dụng. Ảnh: P.V Ông Trần Văn A cho biết như vậy.",
        "Người dân rất phấn khởi, bà Lan nói. P.V",
    ],
)
def test_initials_in_a_credit_are_no_ward(text: str) -> None:
    assert "P.V" not in _locations(text)


@pytest.mark.parametrize(
    "text",
    ["Ông sống tại P.V, TP Vị Thanh từ năm 2010.", "Cửa hàng nằm ở P.V, TP Vị Thanh, tỉnh Hậu Giang."],
)
def test_a_ward_in_an_address_stays(text: str) -> None:
    assert "P.V" in _locations(text)


def test_a_numbered_ward_needs_no_address() -> None:
    assert "P.5" in _locations("Nhà ông ở P.5 đã được sửa lại.")
