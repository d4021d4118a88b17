"""A paper named with and without its common noun in one article (`báo Vnexpress`, `Vnexpress`; `tờ Pháp
Luật TP.HCM`, `Pháp Luật TP.HCM`): one medium, as the gold has it."""

from __future__ import annotations

import pytest

from vnreport import analyze_text


@pytest.mark.parametrize(
    "text",
    [
        "Ông trả lời phỏng vấn báo Vnexpress hôm qua. Theo Vnexpress, dự án sẽ khởi công vào tháng sau.",
        "Tờ Pháp Luật TP.HCM đưa tin sáng nay. Trả lời Pháp Luật TP.HCM, ông cho biết sẽ kiểm tra lại.",
    ],
)
def test_a_paper_named_with_and_without_its_common_noun_is_one(text: str) -> None:
    names = [o.name for o in analyze_text(text, source="t.txt", year=2024).organizations]
    assert len(names) == 1, names
