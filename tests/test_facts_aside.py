"""Key facts, round 37: a figure inside parentheses past the lead is an aside (a conversion, a detail), no key fact."""

from __future__ import annotations

from vnreport.pipeline import analyze_text


def _facts(text: str) -> list[str]:
    summary = analyze_text(text).summary
    return [f.text for f in summary.key_facts] if summary else []


def _article(second: str, lead: str | None = None) -> str:
    lead = lead or "Sáng nay, lãnh đạo tỉnh đã làm việc với ban quản lý dự án đường ven biển."
    return "Tỉnh đẩy nhanh dự án đường ven biển\n\n" + lead + "\n\n" + second + " Công trường hiện có nhiều máy móc.\n"


def test_a_conversion_in_parentheses_past_the_lead_is_no_key_fact() -> None:
    facts = _facts(_article("Năm ngoái, ông A kiếm được 5 triệu AUD (3,6 triệu USD), nhiều nhất trong ngành."))
    assert "5 triệu AUD" in facts  # the sum itself, outside the brackets, stays
    assert "3,6 triệu USD" not in facts


def test_a_share_in_parentheses_past_the_lead_is_no_key_fact() -> None:
    assert "21,5%" not in _facts(_article("Đảng B giành thắng lợi, vượt lên trên đảng C (21,5%) và đảng D (13,2%)."))


def test_a_detail_in_parentheses_past_the_lead_is_no_key_fact() -> None:
    facts = _facts(_article("Trước đó, người dân phản ánh việc đổ đất lấn bờ (đoạn bờ bị lấn có chiều dài 300 m)."))
    assert "300 m" not in facts


def test_a_figure_in_parentheses_in_the_lead_is_still_read() -> None:
    lead = "Sáng nay, tỉnh khởi công dự án đường ven biển (tổng vốn đầu tư 4.500 tỷ đồng) trong khu kinh tế."
    assert "4.500 tỷ đồng" in _facts(_article("Công nhân bắt đầu san lấp mặt bằng.", lead))
