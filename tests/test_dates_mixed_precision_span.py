"""Round 30 (dates, issue #14): a day and a month that both write their year, joined after `từ` by `đến`/`tới`, are one
span (README "Dates": a range written as one range), whichever comes first; a dash or a year at the end keeps two
dates. Sentences written for the tests."""

from __future__ import annotations

import pytest

from vnreport.extract.dates import extract_dates
from vnreport.segment.document import segment


def _values(text: str) -> list[str]:
    return [m.value for m in extract_dates(segment(text))]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Bà giữ chức Giám đốc sở từ ngày 3/8/2019 đến tháng 4/2024.", "2019-08-03/2024-04"),
        ("Ông làm Phó Chủ tịch huyện từ tháng 5/2018 tới ngày 20/1/2023.", "2018-05/2023-01-20"),
    ],
)
def test_a_day_and_a_month_after_tu_are_one_span(sentence: str, value: str) -> None:
    assert _values(sentence) == [value]


def test_a_day_and_a_year_stay_two_dates() -> None:
    assert _values("Từ ngày 1/1/2024 đến năm 2030, quỹ hỗ trợ 5 tỷ đồng mỗi năm.") == ["2024-01-01", "2030"]
