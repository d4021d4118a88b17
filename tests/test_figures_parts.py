"""Round 11 figures: a part of a whole (`387/465 đại biểu`) and verbs ending in a label word (`thí điểm 6
nhóm`); a key fact of one counted thing in the body is left out."""

from __future__ import annotations

import pytest

from tests.test_figures import figures
from vnreport.pipeline import analyze_text


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Kết quả biểu quyết có 402/470 đại biểu tán thành.", "402/470 đại biểu", 402, "đại biểu"),
        ("Bà B được bầu làm Chủ tịch với 96/97 số phiếu tán thành.", "96/97 số phiếu", 96, "phiếu"),
        ("Đến nay đã có 58/63 tỉnh, thành phố hoàn thành.", "58/63 tỉnh, thành phố", 58, "tỉnh, thành phố"),
        ("Huyện đã hoàn thành 12/20 nhiệm vụ được giao.", "12/20 nhiệm vụ", 12, "nhiệm vụ"),
    ],
)
def test_a_part_of_a_whole_counts_the_part(sentence: str, text: str, value: int, unit: str) -> None:
    found = [f for f in figures(sentence) if "/" in f.text]
    assert [(f.text, f.value, f.unit) for f in found] == [(text, value, unit)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sáng 5/12 người dân đã tập trung tại trụ sở xã.",  # a day and a month: the whole is not over 12
        "Lực lượng chức năng trực 24/24 giờ tại các chốt.",  # round the clock
        "Bản đồ quy hoạch tỷ lệ 1/500 khu vực trung tâm đã được duyệt.",  # a map's scale
        "Từ ngày 1/7/2025 người dân có thể nộp hồ sơ trực tuyến.",  # a full date
        "Hạn chót là tháng 6/2025 người dân phải hoàn thành.",  # a month and a year
    ],
)
def test_no_part_of_a_whole_in_dates_times_or_scales(sentence: str) -> None:
    assert [f.text for f in figures(sentence) if "/" in f.text] == []


def test_a_verb_ending_in_a_label_word_still_counts() -> None:
    """`điểm 6` names a point of an article, but `thí điểm 6 nhóm` pilots six groups."""
    found = figures("Nghị quyết cho phép thí điểm 6 nhóm cơ chế đặc thù; giải quyết dứt điểm 15 trường hợp.")
    assert [(f.text, f.value) for f in found] == [("6 nhóm", 6), ("15 trường hợp", 15)]
    assert [f.text for f in figures("Theo điểm 6 khoản 2 Điều 5 của Luật này.")] == []


def test_one_counted_thing_in_the_body_is_no_key_fact() -> None:
    text = (
        "Tỉnh hoàn thành 40 nhiệm vụ trọng tâm\n\n"
        "Ngày 5/3/2025, UBND tỉnh A tổ chức hội nghị sơ kết, cho biết tỉnh đã hoàn thành 40 nhiệm vụ trọng tâm "
        "và giải ngân 1.200 tỷ đồng vốn đầu tư công.\n\n"
        "Trong quý, UBND tỉnh đã ban hành 1 quyết định về quy chế làm việc và 25 văn bản chỉ đạo các sở, ngành "
        "triển khai nhiệm vụ."
    )
    facts = analyze_text(text).summary.key_facts  # type: ignore[union-attr]
    texts = [f.text for f in facts]
    assert "40 nhiệm vụ" in texts and "1.200 tỷ đồng" in texts
    assert "1 quyết định" not in texts


def test_a_year_before_a_title_is_no_head_count() -> None:
    text = (
        "Ủy ban cho ý kiến về chương trình 2017 Chủ nhiệm Ủy ban trình bày báo cáo\n\n"
        "Sáng 5/6, Ủy ban Thường vụ Quốc hội cho ý kiến về 4 dự án luật trong chương trình năm 2017, "
        "bổ sung 2 Phó Chủ tịch cho các tỉnh."
    )
    texts = [f.text for f in analyze_text(text).summary.key_facts]  # type: ignore[union-attr]
    assert not any(t.startswith("2017") for t in texts), texts
