"""Round 30 (dates, issue #14): a bare year without `năm` after the head of a season or a recurring round (`mùa`,
`vụ đông xuân`, `bầu cử`) is a year of a date, named with its season.
Sentences written for the tests, one per construction."""

from __future__ import annotations

import pytest

from vnreport.extract.dates import extract_dates
from vnreport.segment.document import segment


def _values(text: str) -> list[str]:
    return [m.value for m in extract_dates(segment(text))]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Tỉnh chuẩn bị phương án ứng phó trong mùa mưa bão 2026 ở các huyện ven biển.", "2026"),
        ("Nông dân đã gieo cấy xong diện tích lúa vụ đông xuân 2026 trên toàn huyện.", "2026"),
        ("Sau khi mùa lễ hội 2024 kết thúc, các địa phương rút kinh nghiệm công tác quản lý.", "2024"),
        ("Ông bình luận về kết quả cuộc bầu cử Tổng thống 2024 của nước này.", "2024"),
    ],
)
def test_a_bare_year_after_a_season_is_a_date(sentence: str, year: str) -> None:
    assert _values(sentence) == [year]


def test_a_count_after_a_season_is_no_year() -> None:
    # a counted noun after the number: `mùa này đón 2000 khách` is a crowd
    assert _values("Khu du lịch mùa này đón 2000 khách mỗi ngày.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # people counted after the number, a noun the units lack (dates_count_nouns.txt)
        "Cuộc bầu cử có 2024 cử tri tham gia.",
        "Mùa thi năm nay có 2025 thí sinh đăng ký dự thi.",
    ],
)
def test_people_counted_after_a_season_are_no_year(sentence: str) -> None:
    assert _values(sentence) == []
