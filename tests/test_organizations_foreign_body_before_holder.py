"""Organisation boundaries of round 13's second wave, one written example each: a foreign body named in
Latin letters after a title and its common noun (`Phó chủ tịch tập đoàn …`) ends before the title holder's
foreign name that follows it; without a title before it, a run of Latin words stays one name."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông đã gặp Phó chủ tịch tập đoàn Quintex Robert Hanley tại New York.", "Quintex"),
        ("Giám đốc điều hành hãng Lumitech Pierre Dumont cho biết sẽ mở nhà máy.", "Lumitech"),
        ("Chủ tịch quỹ đầu tư Brightfield Capital Michael Stone đánh giá cao thị trường.", "Brightfield Capital"),
        ("Giám đốc công ty Nordvik Aerospace Ivan Petrov phát biểu tại triển lãm.", "Nordvik Aerospace"),
        # a noun of two words (`trang mạng`) between the title and the name
        ("Nhà sáng lập trang mạng Leakbox Daniel Moss tuyên bố sẽ công bố thêm tài liệu.", "Leakbox"),
    ],
)
def test_foreign_body_ends_before_its_title_holder(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theo tờ New York Times, cuộc gặp diễn ra tốt đẹp.", "New York Times"),
        ("Tổng biên tập tờ Boston Globe cho biết đã nhận thư.", "Boston Globe"),
    ],
)
def test_foreign_body_without_a_holder_keeps_its_words(text: str, name: str) -> None:
    assert names(text) == [name]
