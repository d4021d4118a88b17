"""Bylines closing the body with a prefix, a suffix, a source note or an outlet in brackets, and photo credits
that run into the next sentence (issue #12). Sentences written for the tests, one construction each."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment

_HEAD = "Xử lý lấn chiếm vỉa hè\n\nSáng 5/6, quận 1 tiếp tục ra quân lập lại trật tự đô thị trên nhiều tuyến phố."


def _people(text: str) -> list[str]:
    _, people = extract_people(segment(text))
    return [p.name for p in people]


@pytest.mark.parametrize(
    ("tail", "people"),
    [
        ("Tổng hợp Minh Châu", ["Minh Châu"]),  # a prefix in lower case before the name
        ("Đ.HÙNG ghi", ["Đ.HÙNG"]),  # who wrote the interview down
        ("Thanh Tâm - Quốc Bảo thực hiện", ["Thanh Tâm", "Quốc Bảo"]),
        ("Thu Hà - Văn Long - Nguồn clip: VTV", ["Thu Hà", "Văn Long"]),  # a source note after the authors
        ("QT (TTXVN)", ["QT"]),  # initials in capitals, closed by an outlet in brackets
    ],
)
def test_byline_closing_the_body(tail: str, people: list[str]) -> None:
    text = f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại sau đợt ra quân. {tail}"
    assert _people(text) == people


def test_capitals_closed_by_a_bracket_that_is_no_outlet() -> None:
    text = f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại sau đợt ra quân. QT (tổng hợp)"
    assert _people(text) == []


def test_credit_initials_before_a_time_of_day() -> None:
    text = f"{_HEAD}\n\nNgười dân ăn bánh kẹo do người lạ phát. Ảnh: HK Chiều 12.5, xã đã báo cáo sự việc."
    assert _people(text) == ["HK"]


def test_credit_stops_before_the_paper_of_the_next_sentence() -> None:
    text = f"{_HEAD}\n\nBinh sĩ diễn tập. Ảnh: Cankao Tờ Asahi Shimbun ngày 9/6 cho hay kế hoạch đã được duyệt."
    assert _people(text) == []


def test_a_lower_case_prefix_before_a_place_names_no_one() -> None:
    text = f"{_HEAD}\n\nNhiều tuyến phố đã thông thoáng trở lại sau đợt ra quân. Tổng hợp Hà Nội"
    assert _people(text) == []
