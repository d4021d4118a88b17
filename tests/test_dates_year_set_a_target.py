"""Round 30 (dates, issue #14): a year that opens a clause whose subject sets a plan or a target for it (`Năm 2026,
công ty đặt kế hoạch …`, `đặt mục tiêu`, `đặt chỉ tiêu`) is planned, as with `sẽ` (README "The year of a partial
date": a period of the present year that the story plans names the present). Sentences written for the tests."""

from __future__ import annotations

import pytest

from vnreport.extract.dates import extract_dates
from vnreport.segment.document import segment


def _values(text: str) -> list[str]:
    return [m.value for m in extract_dates(segment(text))]


@pytest.mark.parametrize("cue", ["đặt kế hoạch", "đặt mục tiêu", "đặt chỉ tiêu"])
def test_a_year_a_target_is_set_for_names_the_present(cue: str) -> None:
    text = f"Ngày 5/6, công ty họp đại hội cổ đông. Năm 2026, công ty {cue} doanh thu 100 tỷ đồng."
    assert _values(text) == ["2026-06-05", "2026"]


def test_a_year_end_story_sets_targets_for_the_next_year() -> None:
    # a story dated in December plans the next year: the day's year stays unknown
    text = "Ngày 20/12, công ty họp đại hội cổ đông. Năm 2026, công ty đặt mục tiêu doanh thu 100 tỷ đồng."
    assert _values(text) == ["XXXX-12-20", "2026"]


def test_a_plan_of_the_year_adjusted_up_or_down_names_the_present() -> None:
    # `điều chỉnh giảm … năm 2026`, as `điều chỉnh kế hoạch … năm 2026`: one adjusts the plan of the year under way
    text = "Sáng 4/7, tại kỳ họp, UBND thành phố đề nghị điều chỉnh giảm 12 dự án thu hồi đất năm 2026."
    assert _values(text) == ["2026-07-04", "2026"]
