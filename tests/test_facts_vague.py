"""Key facts: a number written as a vague word before its scale (`hàng chục`, `hàng nghìn`) gives an order of size,
no figure to take away."""

from __future__ import annotations

from vnreport.pipeline import analyze_text


def _facts(lead: str) -> list[str]:
    text = "Lũ quét tại huyện vùng cao\n\n" + lead + "\n\nChính quyền địa phương đang khắc phục hậu quả.\n"
    summary = analyze_text(text).summary
    return [f.text for f in summary.key_facts] if summary else []


def test_a_vague_count_is_no_key_fact() -> None:
    assert _facts("Đêm qua, lũ quét đã cuốn trôi hàng chục ngôi nhà ven suối của bà con.") == []


def test_a_count_with_its_number_written_is_a_key_fact() -> None:
    assert _facts("Đêm qua, lũ quét đã cuốn trôi 37 ngôi nhà ven suối của bà con.") == ["37 ngôi nhà"]
