"""A body's web portal named as a source (`Cổng thông tin điện tử Bộ …`, `Cổng TTĐT Chính phủ`): an
organisation of its own, the body nested in it; alone, `cổng thông tin` is a common noun."""

from __future__ import annotations

import pytest

from vnreport import analyze_text


def _organizations(text: str) -> list[str]:
    return [o.name for o in analyze_text(text, source="t.txt", year=2024).organizations]


@pytest.mark.parametrize(
    ("text", "portal", "body"),
    [
        (
            "Theo Cổng thông tin điện tử Bộ Xây dựng, quy định mới có hiệu lực.",
            "Cổng thông tin điện tử Bộ Xây dựng",
            "Bộ Xây dựng",
        ),
        ("Kết quả được công bố trên Cổng TTĐT Chính phủ sáng qua.", "Cổng TTĐT Chính phủ", "Chính phủ"),
        ("Danh sách đã đăng trên cổng thông tin Sở Y tế Hà Nội.", "cổng thông tin Sở Y tế Hà Nội", "Sở Y tế Hà Nội"),
    ],
)
def test_a_portal_and_its_body(text: str, portal: str, body: str) -> None:
    names = _organizations(text)
    assert portal in names
    assert body in names


def test_a_portal_of_nobody_named_is_no_organisation() -> None:
    assert _organizations("Cổng thông tin điện tử sẽ được nâng cấp trong năm tới.") == []
