"""Round 30 (dates, issue #14): a half or the first or last months of a year written without `năm` before the year
(`nửa cuối 2026`, `6 tháng cuối 2026`) are the same periods as with it (README "Dates": `6 tháng cuối năm 2024` is
`2024-07/2024-12`). Sentences written for the tests, one per construction."""

from __future__ import annotations

import pytest

from vnreport.extract.dates import extract_dates
from vnreport.segment.document import segment


def _values(text: str) -> list[str]:
    return [m.value for m in extract_dates(segment(text))]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Doanh nghiệp kỳ vọng sức mua phục hồi vào nửa cuối 2026 khi giá nguyên liệu giảm.", "2026-07/2026-12"),
        ("Chỉ số giá tiêu dùng nửa đầu 2026 tăng nhẹ so với cùng kỳ.", "2026-01/2026-06"),
        ("Sản lượng điện 6 tháng cuối 2026 dự báo tăng mạnh.", "2026-07/2026-12"),
        ("Kim ngạch xuất khẩu 9 tháng đầu 2026 đạt mức cao.", "2026-01/2026-09"),
        ("Lợi nhuận 2 quý đầu 2026 của ngân hàng giảm.", "2026-01/2026-06"),
    ],
)
def test_a_part_of_a_year_without_nam(sentence: str, value: str) -> None:
    assert _values(sentence) == [value]


def test_a_duration_before_a_bare_number_is_no_part_of_a_year() -> None:
    # no side (`đầu`, `cuối`) before the number: `6 tháng 2026 lượt khách` is no period
    assert _values("Trong 6 tháng 2026 lượt khách đã đến thăm bảo tàng.") == []
