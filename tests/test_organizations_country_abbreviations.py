"""A country written as two capitals after a body that takes a place or a country (`BHXH VN`, `Bộ Ngoại giao
TQ`): read as that country, so the name does not stop before it; a code glued to the letters is no country."""

from __future__ import annotations

import pytest

from tests.orghelp import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đại diện BHXH VN cho biết sẽ làm việc với các bệnh viện trong tháng tới.", "BHXH VN"),
        ("Theo Ngân hàng Nhà nước VN, lãi suất cho vay sẽ giảm trong quý tới.", "Ngân hàng Nhà nước VN"),
        ("Người phát ngôn Bộ Ngoại giao TQ đã trả lời câu hỏi của phóng viên.", "Bộ Ngoại giao TQ"),
        ("Chủ tịch Hội LHPN VN Nguyễn Thị Lan phát biểu khai mạc hội nghị.", "Hội LHPN VN"),
    ],
)
def test_a_country_abbreviation_ends_the_body_name(text: str, name: str) -> None:
    assert name in names(text)


def test_a_seat_abroad_written_as_an_abbreviation() -> None:
    text = "Ông đã gặp cán bộ, nhân viên Đại sứ quán VN tại TQ vào chiều cùng ngày."
    assert "Đại sứ quán VN tại TQ" in names(text)


@pytest.mark.parametrize("glue", ["-", "–", "/"])
def test_a_code_glued_to_the_letters_is_no_country(glue: str) -> None:
    """A guard: every dash of `text.DASHES` (hyphen and en dash) and a slash glue a code to the letters."""
    found = names(f"Ngân hàng Nhà nước VN{glue}Index đã giảm mạnh trong phiên sáng nay.")
    assert "Ngân hàng Nhà nước" in found
    assert not any("VN" in name for name in found)
