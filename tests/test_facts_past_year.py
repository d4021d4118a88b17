"""Key facts, round 37: past the lead, a figure its sentence dates in a year before the story's is the background,
no key fact (issue #14); a year written after the figure is a comparison and stays."""

from __future__ import annotations

from vnreport.pipeline import analyze_text


def _facts(text: str) -> list[str]:
    summary = analyze_text(text).summary
    return [f.text for f in summary.key_facts] if summary else []


def _article(second: str) -> str:
    lead = "Sáng 12/3/2018, Công an huyện tổ chức hội nghị tổng kết công tác phòng chống tội phạm."
    return "Huyện quyết tâm kéo giảm tội phạm\n\n" + lead + "\n\n" + second + " Hội nghị kết thúc vào buổi trưa.\n"


def test_a_figure_dated_in_an_earlier_year_past_the_lead_is_no_key_fact() -> None:
    facts = _facts(_article("Năm 2016, trên địa bàn huyện đã xảy ra 215 vụ trộm cắp tài sản."))
    assert "215 vụ" not in facts


def test_a_sum_dated_in_an_earlier_year_past_the_lead_is_no_key_fact() -> None:
    facts = _facts(_article("Năm 2016, huyện đặt mục tiêu tổng số tiền thu hồi đạt 7,5 tỷ đồng."))
    assert "7,5 tỷ đồng" not in facts


def test_a_figure_of_the_story_year_past_the_lead_is_still_read() -> None:
    facts = _facts(_article("Năm 2018, huyện đặt mục tiêu tổng số tiền thu hồi đạt 7,5 tỷ đồng."))
    assert "7,5 tỷ đồng" in facts


def test_an_earlier_year_after_the_figure_is_a_comparison_and_stays() -> None:
    facts = _facts(_article("Trên địa bàn huyện đã xảy ra 215 vụ trộm cắp tài sản, giảm 30 vụ so với năm 2016."))
    assert "215 vụ" in facts
